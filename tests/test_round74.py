"""Seventy-fourth round: readings from held-out batch 74 (blind520-527), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, top, vocabulary

KNOWS = vocabulary("overlay", "cluster-pool", "kubernetes", "ipvs", "ipam mode")



def test_services_with_security_groups_of_their_own_and_a_pod_nic_on_the_storage_network():
    assert facts("A handful of services need security groups of their own so only they reach RDS.").get("pod_security_groups") is True
    assert "pod_security_groups" not in facts("The nodes' security group allows all traffic inside the VPC.")
    assert facts("有几个数据库 Pod 想直接在存储网上多一块网卡去访问 Ceph。").get("multi_nic") is True
    assert "multi_nic" not in facts("节点多一块网卡接存储网。")


def test_wanting_it_light_and_a_plugin_tried_and_found_too_hungry():
    assert facts("i just want it to work and not eat half my RAM").get("simplicity") is True
    read = understand("单节点 kubeadm。试过 Cilium，agent 一起来内存就很紧张了。有没有更轻量的网络插件推荐？", CATALOG)
    assert read.profile.ruled_out == ["cilium"] and read.profile.simplicity is True
    assert understand("单节点 kubeadm，现在用 Cilium，内存够用。怎么开 Hubble？", CATALOG).profile.ruled_out is None


def test_peering_with_the_tors_and_bgp_refused_as_a_no_go():
    assert facts("Calico in BGP mode, node-to-node mesh disabled, every node peers with its two ToRs.").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("Calico's node-to-node mesh between the nodes, nothing else.")
    assert facts("The network team will trunk VLAN 120, but BGP with servers is a no-go.").get("bgp_fabric") is False
    text = ("Calico in BGP mode peering with the ToRs. After a new ACL the peers are stuck in Active/Connect and other racks are "
            "unreachable. A colleague wants to flip the whole cluster to VXLAN. Where should we look?")
    assert top(text) == "calico:bgp"


def test_a_chinese_comparison_with_no_trouble_told():
    read = understand("机房 kube-router 跑了一年多，一直没什么问题。kube-router 和 Calico BGP 比起来怎么样？真有必要迁吗？", CATALOG)
    assert read.kind == "compare"
    assert understand("kube-router 一直报错，BGP 起不来，怎么办？", CATALOG).kind == "troubleshoot"


def test_made_up_modes_as_flags_or_called_modes_and_things_outside_kubernetes():
    assert understand("On AKS I read that --network-plugin-mode hyperlane gives direct routing. Does it support Windows pools?", CATALOG,
                      vocabulary=KNOWS).kind == "decline"
    assert understand("az aks create --network-plugin azure --network-plugin-mode overlay; pods cannot reach the API", CATALOG,
                      vocabulary=KNOWS).unknown == []
    assert understand("看到有人说 Cilium 有个 ipam.mode=vpc-borrow 的模式，可以借别的子网的 IP，怎么开？", CATALOG,
                      vocabulary=KNOWS).kind == "decline"
    for text in ("My Pi-hole runs in plain Docker (no Kubernetes involved at all). Guests on the UniFi VLAN can't resolve through it.",
                 "How do we configure MCLAG with a peer-link on SONiC 202305 for the ToR pairs?",
                 "存储网 MTU 已经改成 9000 了，Ceph 还是经常报 slow ops，bluestore 缓存该怎么调？"):
        assert understand(text, CATALOG).kind == "decline", text
    assert understand("Pods on k3s can't resolve through Pi-hole on the guest VLAN; flannel vxlan.", CATALOG).kind != "decline"


def test_a_plugin_to_be_added_for_one_job_is_still_weighed():
    read = understand("我们用 flannel，能不能再装个 Calico 只做网络策略？", CATALOG)
    assert "calico" in read.plugins and read.profile.current_plugin == "flannel"
    assert understand("现状：Antrea noEncap，用 kube-router 只做 BGP 通告。Egress 在 noEncap 下能用吗？", CATALOG).asked == ["antrea"]
