"""Classes of misreading, fifth round continued: modes shown by a configuration or a failing attempt,
misspelt platforms, installs in the past, address space and pod density said with numbers, and the rest
of that round. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading.understand import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text, option", [
    ("calicoNetwork: bgp: Enabled; ipPools: cidr: 10.244.0.0/16, encapsulation: VXLANCrossSubnet", "calico:vxlan-crosssubnet"),
    ("terway 部署后 policy 容器报错；daemonMode: ENIMultiIP", "terway:eniip"),
    ("I am trying to run flannel with vxlan as backend and the second node is not able to add its subnet.", "flannel:vxlan"),
])
def test_the_mode_a_configuration_or_a_failing_attempt_shows_runs_now(text, option):
    assert facts(text).get("current_plugin") == option


def test_an_attempt_without_a_symptom_is_still_a_wish():
    assert understand("We are trying to move Calico to VXLAN mode, how?", CATALOG).wanted == ["calico:vxlan"]


@pytest.mark.parametrize("text, platform", [("two vms (created from opentack)", "openstack"), ("nodes on vShpere 7", "vmware"),
                                            ("a k8s cluster on alicloud ecs nodes, following the terway README-zh_CN.md", "aliyun")])
def test_misspelt_platforms_and_a_guide_followed(text, platform):
    assert facts(text).get("platform") == platform


def test_after_an_install_is_past_not_a_plan():
    assert facts("安装完成以后 calico 状态一直处于 init").get("current_plugin") == "calico"


@pytest.mark.parametrize("text", ["We've been told there's no more address space in the VNet.", "Some nodes will run 100+ pods.",
                                  "Each node hosts around 150 pods."])
def test_address_space_and_pods_per_node_said_with_a_number(text):
    assert facts(text).get("pod_density") is True


def test_a_few_pods_per_node_is_no_density_need():
    assert "pod_density" not in facts("Each node runs 12 pods.")


@pytest.mark.parametrize("text, os", [("kernel 6.6.143 (Azure Linux 3.0)", "azure linux 3.0"), ("uosV20 arm64 架构上安装失败", "uos v20")])
def test_more_distributions_by_name(text, os):
    assert facts(text).get("os") == os


def test_v6_subnets_are_ipv6():
    assert facts("We need to stretch the cluster across multiple v6 subnets.").get("ipv6") is True


@pytest.mark.parametrize("text, value", [("daemonMode: ENIMultiIP; enableNetworkPolicy: true", True),
                                         ("enable_network_policy: false", False)])
def test_a_plugins_policy_switch(text, value):
    assert facts(text).get("network_policy") is value


def test_a_feature_requests_case_for_everyone_is_not_the_writers_cluster():
    text = "In modern workloads, SaaS APIs sit behind DNS names. Teams therefore must run a second policy engine on EKS."
    assert {"platform", "network_policy"}.isdisjoint(facts(text))


@pytest.mark.parametrize("text, value", [("The ops team won't touch port security or allowed-address-pairs for us.", False),
                                         ("We can't change the anti-spoofing rules on the tenant network.", False),
                                         ("Port security is disabled on the node ports.", True),
                                         ("We removed port security from the Neutron ports.", True)])
def test_only_a_guard_switched_off_gives_l2_back(text, value):
    assert facts(text).get("l2_adjacent") is value


@pytest.mark.parametrize("text", ["Node VMs are split over 3 port groups, one VLAN per zone.", "Nodes sit in VLAN 110/120/130.",
                                  "Inter-VLAN routing is done by the firewall."])
def test_vlans_counted_numbered_or_routed_between(text):
    got = facts(text)
    assert got.get("cross_subnet") is True and got.get("l2_adjacent") is not True


@pytest.mark.parametrize("text", ["The firewall between the VLANs is one we cannot run BGP against.",
                                  "We won't be able to peer BGP, the network team said we can't use BGP."])
def test_bgp_that_cannot_be_run(text):
    assert facts(text).get("bgp_fabric") is False


@pytest.mark.parametrize("text", ["Antrea since we're a VMware shop, or Calico?", "Cilium because of Hubble, or Calico?"])
def test_plugins_weighed_in_one_question_are_not_in_use(text):
    assert "current_plugin" not in facts(text)


def test_the_plugin_in_use_beside_a_question_about_another_stays():
    assert facts("We run Calico today. Should we move to Cilium?").get("current_plugin") == "calico"


def test_no_cloud_controller_manager_means_no_pod_routes():
    assert facts("Self-managed on GCE VMs with kubeadm, no cloud-controller-manager.").get("pod_routes") is False


def test_a_packet_that_never_shows_up_is_a_symptom_and_switch_to_is_a_choice():
    r = understand("Calico BGP on OpenStack: the packet leaves eth0 and never shows up on the receiver.", CATALOG)
    assert r.kind == "troubleshoot"
    assert understand("Calico BGP on OpenStack with port security on. What do I switch to?", CATALOG).kind == "choice"


def test_one_network_given_by_its_cidr_is_one_subnet():
    assert facts("All 5 VMs sit on the same neutron network 192.168.50.0/24.").get("cross_subnet") is False


@pytest.mark.parametrize("text", ["kube-ovn 能否把 pod IP 直接暴露给集群外部访问？", "We need to expose pod IPs to the datacenter network."])
def test_exposing_pod_ips_outside_needs_routable_ips(text):
    assert facts(text).get("routable_pod_ips") is True


def test_a_chinese_feasibility_and_a_comparison_name_no_plugin_in_use():
    r = understand("kube-ovn 能否把 pod IP 直接暴露给集群外部访问？能给个操作指南就好。macvlan 网络比这个高级吗？", CATALOG)
    assert r.profile.current_plugin is None
    assert set(r.asked) == {"kube-ovn", "macvlan"}


def test_plugins_weighed_as_an_addition_leave_the_plugin_in_use_asked():
    text = "We run Calico and pods can't reach other nodes. Do I need flannel or kube-router just to route between nodes?"
    assert understand(text, CATALOG).asked == ["calico"]


def test_a_secondary_network_plugin_is_a_real_addition():
    r = understand("We run Calico and the VF is not attached to the pod. Do we also need Multus for SR-IOV?", CATALOG)
    assert "multus" in r.asked


def test_a_plugin_weighed_as_a_replacement_is_still_asked():
    r = understand("We run Calico and pods can't reach other nodes. Should we switch to Cilium?", CATALOG)
    assert "cilium" in r.asked


def test_a_name_in_brackets_after_the_plugin_word_is_an_unknown_name():
    r = understand("有人用过青岚 CNI (QinglanNet) 吗？支持 NetworkPolicy 吗", CATALOG, vocabulary=lambda p: False)
    assert r.kind == "decline" and "QinglanNet" in r.unknown


def test_a_known_name_in_brackets_is_known():
    r = understand("Which mode for the default CNI (Calico) on bare metal?", CATALOG, vocabulary=lambda p: False)
    assert r.kind != "decline"


def test_kube_proxy_gone_is_a_replacement_wish():
    assert facts("We want kube-proxy gone entirely.").get("kube_proxy_replacement") is True


@pytest.mark.parametrize("text", ["准备用 KubeVirt 把一批 Windows 虚拟机搬到 k8s 上。", "We will run Windows VMs on KubeVirt."])
def test_windows_guests_are_not_windows_nodes(text):
    assert facts(text).get("windows_nodes") is not True


@pytest.mark.parametrize("text", ["Ceph client pods need to reach the storage network directly on VLAN 40.",
                                  "数据库 pod 需要直接接入存储网络。"])
def test_pods_on_a_dedicated_host_network_need_a_second_interface(text):
    assert facts(text).get("multi_nic") is True


def test_vms_hung_on_an_existing_vlan_keep_their_addresses():
    got = facts("用 KubeVirt 迁移老系统，这些 VM 必须直接挂在机房现有的 VLAN 100 上，IP 要保持原来的不变。")
    assert got.get("routable_pod_ips") is True and got.get("static_pod_ips") is True


@pytest.mark.parametrize("text", ["边缘盒子走 4G 上网，运营商 CGNAT，没有公网 IP。", "The agents sit behind carrier-grade NAT on LTE."])
def test_carrier_nat_puts_nodes_apart(text):
    got = facts(text)
    assert got.get("l2_adjacent") is False and got.get("cross_subnet") is not False


def test_routed_l3_segments_are_several_subnets():
    assert facts("Nodes are on a couple of routed L3 segments.").get("cross_subnet") is True


def test_a_cluster_mixing_linux_and_windows_nodes_is_pod_networking():
    text = "RKE2 with 2 Linux nodes and 1 Windows node; the agent on the Windows node fails to start. What do I change?"
    assert understand(text, CATALOG).kind != "decline"


def test_windows_alone_is_not_pod_networking():
    assert understand("How do I enable RDP on a Windows node?", CATALOG).kind == "decline"


def test_a_yes_no_question_about_switching_modes_is_a_wish():
    r = understand("现在用的 Terway 共享 ENI 模式，是要整个集群换成独占 ENI 吗？", CATALOG)
    assert r.wanted == ["terway:eni"] and r.profile.current_plugin == "terway:eniip"


@pytest.mark.parametrize("text", ["I need to set up a kubernetes cluster on bare metal with calico as networking.",
                                  "我们准备搭建一个 k8s 集群，网络插件用 calico。"])
def test_a_cluster_still_to_be_built_runs_no_plugin_yet(text):
    assert "current_plugin" not in facts(text)


def test_a_cluster_already_built_runs_its_plugin():
    assert facts("We set up a kubernetes cluster on bare metal with calico as networking.").get("current_plugin") == "calico"


def test_an_abbreviation_does_not_end_the_asking_sentence():
    r = understand("We use Azure CNI on AKS. Is there a cleaner way to run Cilium on AKS, e.g. a profile without a CNI?", CATALOG)
    assert "cilium" in r.asked


def test_stuck_with_a_choice_is_a_constraint_not_a_symptom():
    assert understand("On GKE, can I install Cilium myself, or am I stuck with whatever Google ships?", CATALOG).kind != "troubleshoot"
    assert understand("Pods are stuck in ContainerCreating with Calico.", CATALOG).kind == "troubleshoot"
