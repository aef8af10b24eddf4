"""Fifty-ninth round: readings from held-out batch 59 (blind436-439), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, vocabulary


def test_pods_on_their_own_address_space_or_a_secondary_cidr_refused_reserve_the_network():
    assert facts("We want pods on their own address space, not VPC IPs.").get("network_ips_reserved") is True
    assert facts("Netops flat out refuses a secondary CIDR (no 100.64 either).").get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("Pods get VPC IPs from the node's subnet.")


def test_an_ebpf_wish_after_a_refused_thing_in_its_own_clause_stays_a_wish():
    said = facts("want: no kube-proxy at all, eBPF datapath instead of iptables, and HTTP-aware policy")
    assert said.get("ebpf_dataplane") is True and said.get("kube_proxy_replacement") is True
    assert facts("We don't want eBPF.").get("ebpf_dataplane") is False


def test_what_people_run_asks_for_a_choice():
    assert understand("30 bare-metal nodes, one L2 segment, we want no kube-proxy. What do ppl run for that in 2025?", CATALOG).kind == "choice"


def test_no_cloud_route_controller_gives_no_pod_routes():
    assert facts("nodes in 3 subnets, no BGP anywhere, no cloud route controller (plain KVM VMs)").get("pod_routes") is False
    assert facts("The cloud route controller adds routes for each node.").get("pod_routes") is True


def test_a_made_up_feature_switch_of_a_plugins_environment_is_unknown():
    known = vocabulary("enable prefix delegation", "prefix delegation", "vpc cni")
    text = "Has anyone turned on the VPC CNI's ENI Turbo pooling (ENABLE_ENI_TURBO=true)? Worth enabling on EKS 1.31?"
    assert understand(text, CATALOG, vocabulary=known).unknown
    assert not understand("We set ENABLE_PREFIX_DELEGATION=true on the VPC CNI. Pods still stuck.", CATALOG, vocabulary=known).unknown


def test_machines_joined_into_a_managed_cluster_make_it_hybrid():
    text = "我们用的是腾讯云 TKE，现在想把自己 IDC 机房里二十来台物理机以注册节点的方式挂进集群。"
    assert facts(text).get("platform") == "hybrid"
    assert facts("我们用的是腾讯云 TKE。").get("platform") == "cloud"


def test_many_pods_squeezed_onto_one_machine_is_density():
    assert facts("我们想一台机器塞 100 个以上的小 pod，又不想换成 overlay。").get("pod_density") is True
    assert facts("单节点 pod 数被弹性网卡数和辅助 IP 配额卡死，三十多个就到顶了。").get("pod_density") is True
    assert "pod_density" not in facts("一台机器跑 20 个 pod。")


def test_openstack_networking_without_a_container_word_is_off_topic():
    text = "When I tried to create a VXLAN network using Neutron, it showed that VXLAN is not supported. Mechanism driver 'ovn' failed."
    assert understand(text, CATALOG).kind == "decline"
    assert understand("Calico on OpenStack: Neutron port security drops pod traffic between k8s nodes", CATALOG).kind != "decline"


def test_an_edition_word_between_a_distro_and_its_release():
    assert facts("2 VMs running Fedora IoT 31").get("os") == "fedora 31"
    assert facts("Ubuntu Server 22.04 nodes").get("os") == "ubuntu 22.04"


def test_a_policy_not_honoured_is_a_policy_in_use():
    assert facts("k3s does not appear to be honoring a NetworkPolicy denying all traffic to a pod").get("network_policy") is True
    assert facts("apply 了 networkpolicy 根本不生效").get("network_policy") is True
    assert facts("We don't need network policies.").get("network_policy") is False


def test_a_vm_live_migrated_beside_multus_is_kubevirts():
    said = facts("Have a multus network using whereabouts. Things worked until I live migrated a vm, then launched a new vm.")
    assert said.get("live_migration") is True
    assert "live_migration" not in facts("Our node VMs live migrate between ESXi hosts at night.")


def test_kube_ovns_custom_vpcs_are_tenant_networks():
    assert facts("自定义vpc无法通过vpc网关上网").get("tenant_networks") is True
    assert "tenant_networks" not in facts("our custom VPC on AWS has three subnets")


def test_a_compare_of_modes_drops_the_one_that_needs_routes_nobody_installs():
    text = ("antrea question: nodes are in 3 different subnets, no BGP anywhere, no cloud route controller (plain KVM VMs). "
            "want to cut geneve overhead. noEncap or hybrid, which one actually works here?")
    top = planned(text).options[0]
    assert top.id in ("antrea:hybrid", "antrea:geneve")


def test_a_cni_the_writer_will_not_change_leads_with_what_it_lacks_as_its_warning():
    text = ("现网 kubeadm 集群 30 节点，flannel vxlan 跑了两年挺稳。现在要上 NetworkPolicy，apply 了 networkpolicy 根本不生效。"
            "不想重建 pod 网络/换 CNI（停机窗口批不下来），有没有在 flannel 基础上加策略的办法？")
    reading = understand(text, CATALOG)
    assert reading.staying and "policy" in reading.suspects
    top = planned(text).options[0]
    assert top.id == "flannel:vxlan" and any(c.check == "policy" and c.status == "warn" for c in top.checks)
    assert not understand("flannel vxlan 跑了两年，现在要上 NetworkPolicy，准备换 CNI，换成什么好？", CATALOG).staying
    assert understand("We run flannel and can't replace the CNI on this cluster. How do we get NetworkPolicy?", CATALOG).staying
