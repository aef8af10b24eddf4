"""Seventieth round: readings from held-out batch 70 (blind488-495), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_refusals_from_whoever_runs_the_network():
    read = facts("They will not peer BGP with servers, full stop, and they also refused to put a static route for a pod range on the core.")
    assert read.get("bgp_fabric") is False and read.get("pod_routes") is False
    assert facts("DO's cloud firewall only does TCP/UDP/ICMP rules, and obviously nobody is going to BGP-peer with us.").get("bgp_fabric") is False
    assert facts("Calico BGP-peered with our two core switches.").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("calico bgp peers show connection refused on port 179")
    assert facts("Throughput declined after we enabled encryption between nodes.").get("encryption") is True


def test_route_table_and_bgp_refused_in_chinese():
    read = facts("VPC 路由表不允许我们加自定义路由条目，BGP 更是想都别想。RDS 白名单要求直接看到 Pod 的真实 IP，不能是节点 SNAT 之后的地址。")
    assert read.get("pod_routes") is False and read.get("bgp_fabric") is False and read.get("routable_pod_ips") is True


def test_plugins_turned_down_together_are_no_candidates():
    read = understand("EKS 集群，第三方的 DaemonSet、agent 一律不让装（Calico、Cilium 都被安全拒了）。要 NetworkPolicy，网络插件这块怎么配？",
                      CATALOG)
    assert read.kind == "choice" and read.profile.ruled_out == ["calico", "cilium"] and read.profile.current_plugin is None
    assert understand("EKS 集群，Calico 装好了。要 NetworkPolicy，网络插件这块怎么配？", CATALOG).profile.ruled_out is None


def test_a_plugin_the_boss_fancies_is_a_candidate():
    assert "current_plugin" not in facts("领导看中了 Antrea 的策略日志，想在新集群上用。节点分在两个网段。")
    assert facts("我们现在用的是 Antrea，看中了它的策略日志。").get("current_plugin") == "antrea"


def test_a_plugin_given_up_as_a_project_is_left():
    read = understand("Still on Weave Net 2.8.1 across 25 VMs. Weave looks dead, so what do we move to that handles policy?", CATALOG)
    assert read.kind == "choice" and read.leaving
    assert understand("Pods are still on the old node after a drain; Calico VXLAN, why?", CATALOG).kind == "troubleshoot"


def test_cleartext_refused_and_tcp_udp_icmp_only_rules():
    read = facts("Six Hetzner boxes and five droplets see each other over public IPs. Security's rule: no pod traffic crosses the internet "
                 "in cleartext. DO's cloud firewall only does TCP/UDP/ICMP rules.")
    assert read.get("encryption") is True and read.get("encap_blocked") == ["ipip"]
    assert "encryption" not in facts("No pod traffic crosses the internet; all nodes sit in one rack.")


def test_hosts_on_a_segment_of_their_own_routed_to_the_rest():
    assert facts("Windows workers will live in their own VLAN/subnet, routed, and our routers don't do BGP.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("The cluster gets its own VLAN, all 10 nodes.")


def test_the_cloud_moved_off_is_not_where_the_new_nodes_run():
    text = ("Years ago we built everything with kops on AWS. Company is moving off AWS: new clusters will be kubeadm on plain Azure VMs "
            "(not AKS), nodes over two subnets. Can we reuse the same Calico setup there?")
    assert facts(text).get("platform") == "azure"
    text = "机房里现在是 Calico BGP，节点和 ToR 交换机建了 BGP 邻居。明年整体搬到 AWS EKS，节点分布在 3 个可用区。到 EKS 上 pod 网络应该怎么选？"
    assert facts(text).get("platform") == "aws"
    assert facts("We run 10 EC2 nodes with Calico; management wants to get off AWS someday. Pods time out across AZs.").get("platform") == "aws"


def test_a_node_address_moved_to_another_nics_range_is_the_interface_symptom():
    text = ("calico.yaml 默认配置（IPIP）。上周每台服务器加了一块 25G 网卡走存储网。之后重启过的节点上 pod 跨节点不通，calicoctl node status 里 "
            "peer 地址变成了 10.99 段的。要不要改成 VXLAN？")
    assert "interface" in understand(text, CATALOG).suspects
    assert "interface" not in understand("calico IPIP 跨节点不通，要不要改成 VXLAN？", CATALOG).suspects


def test_nodes_said_to_span_clouds_have_no_one_vendor():
    text = "k3s 默认的 flannel。原来节点都在腾讯云一个 VPC 里，现在把阿里云 ECS 上的几台也加进来，只能走公网互通。跨云的 pod 完全不通。"
    assert facts(text).get("platform") == "cloud"
    assert facts("k3s 默认的 flannel，节点都在阿里云 ECS 上，跨可用区的 pod 不通。").get("platform") == "aliyun"


def test_address_space_nearly_used_and_no_cidr_approved_is_no_symptom():
    text = ("EKS 1.30, VPC CNI on defaults. Our three private subnets are /24s, we're at ~85% of IPs used. We can't get any additional "
            "VPC CIDR approved this quarter. What are the options for pod networking that don't eat more VPC addresses?")
    read = understand(text, CATALOG)
    assert read.kind == "choice" and read.profile.pod_density is True and read.profile.network_ips_reserved is True
    assert understand("EKS pods can't get an IP address since this morning; VPC CNI on defaults.", CATALOG).kind == "troubleshoot"


def test_the_plugin_in_use_kept_when_the_boss_says_not_to_change_it():
    text = "华为云 ECS 上自建集群，flannel 一直没动过。现在等保要求做 namespace 之间的访问隔离，领导的意思是网络插件别换，风险太大。有什么办法？"
    read = understand(text, CATALOG)
    assert read.staying and read.kind != "troubleshoot"
    assert understand("flannel 的 pod 一直重启，网络插件要不要换？", CATALOG).kind == "troubleshoot"


def test_machines_that_are_no_nodes_reaching_pod_ips():
    assert facts("I want hosts that are not k8s nodes to visit k8s pod IPs directly.").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Hosts that are not k8s nodes don't need to reach anything in the cluster.")
