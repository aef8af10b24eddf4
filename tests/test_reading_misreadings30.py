"""Thirtieth round: classes found on the held-out sets of 2026-12-05 (second session), each with a near-miss that
must keep its reading."""

from __future__ import annotations

from assistant.models import Profile
from reading_facts import check_status, facts


def test_two_modes_of_a_plugin_weighed_by_a_question_name_no_plugin_in_use():
    assert "current_plugin" not in facts("Our nodes are bare metal. Calico's eBPF data plane and the default iptables data plane, "
                                         "which should we pick?")
    assert "current_plugin" not in facts("我们是物理机，Cilium 的 native routing 和 vxlan 模式，应该用哪个？")
    assert "current_plugin" not in facts("两个机柜一个二层。Calico 的 eBPF 数据面和默认的 iptables 数据面，我们该选哪个？")
    # the plugin said to run, or a question about something other than the modes, keeps it
    assert facts("We run Calico in IPIP mode, which MTU should we set?").get("current_plugin") == "calico:ipip"
    assert str(facts("我们用的是 Calico，IPIP 和 BGP 模式选哪个？").get("current_plugin", "")).startswith("calico")


def test_ebpf_weighed_against_iptables_is_no_wish_for_ebpf():
    assert "ebpf_dataplane" not in facts("Calico's eBPF data plane or the iptables one, which is better for 40 nodes?")
    assert "ebpf_dataplane" not in facts("Calico 的 eBPF 数据面和默认的 iptables 数据面，我们该选哪个？")
    assert facts("We want eBPF rather than iptables.").get("ebpf_dataplane") is True
    assert facts("We'd like an eBPF data plane; Calico or Cilium, which?").get("ebpf_dataplane") is True


def test_sctp_is_read_in_both_languages():
    assert facts("5G 核心网的 AMF 容器化，N2 接口走 SCTP。").get("sctp") is True
    assert facts("The AMF talks NGAP to the gNBs.").get("sctp") is True
    assert facts("We don't need SCTP, only TCP and UDP.").get("sctp") is False
    assert "sctp" not in facts("Our pods only speak HTTP and gRPC.")


def test_sctp_rules_out_calicos_ebpf_data_plane_and_ciliums_kube_proxy_replacement():
    sctp = Profile(sctp=True)
    assert check_status("calico:ebpf", sctp, "combos") == "fail"
    assert check_status("calico:ebpf-noencap", sctp, "combos") == "fail"
    assert check_status("calico:vxlan", sctp, "combos") != "fail"
    assert check_status("cilium:vxlan", Profile(sctp=True, kube_proxy_replacement=True), "combos") == "fail"
    assert check_status("cilium:vxlan", Profile(sctp=True, kube_proxy_replacement=False), "combos") == "pass"


def test_numbers_and_names_that_are_no_release():
    assert facts("I'm configuring the k8s cluster with 2 nodes (ubuntu 2 vm on VirtualBox).").get("os") == "ubuntu"
    assert facts("Ubuntu 22.04 nodes").get("os") == "ubuntu 22.04"
    assert "os" not in facts("node annotation flannel.alpha.coreos.com/public-ip-overwrite=publicIP is necessary")
    assert facts("Our nodes run CoreOS.").get("os") == "coreos"


def test_a_chinese_count_with_the_system_between_it_and_the_machine():
    assert facts("测试环境: OS: 3 台 Ubuntu 23.04 VM, Kernel 6.2, x86").get("nodes") == 3
    assert facts("3 台 x86 的 master").get("nodes") == 3


def test_the_pod_range_set_against_the_node_range_places_no_node():
    assert "cross_subnet" not in facts("My pod subnet is different from my node subnet.")
    assert facts("Our nodes are in different subnets.").get("cross_subnet") is True


def test_traffic_crossing_the_internet_puts_the_nodes_apart():
    assert facts("Pod traffic between them crosses the internet, so it has to be encrypted.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("The pods need to reach the internet.")


def test_no_more_ip_and_an_ip_address_limit_are_addresses_running_short():
    assert facts("the instance size has no more IP. Like M instance size (8 IP address limits).").get("pod_density") is True
    assert "pod_density" not in facts("No IP forwarding needed on the hosts.")


def test_a_partner_that_admits_only_registered_addresses_wants_a_fixed_egress_ip():
    assert facts("the partner only accepts connections from two source IPs we registered with them").get("egress_ip") is True
    assert facts("对方接口有 IP 白名单，只放行我们登记的两个出口 IP").get("egress_ip") is True
    assert "egress_ip" not in facts("Allow traffic from 10.0.0.0/8 only.")


def test_a_bosss_demand_and_a_wish_for_ebpf_in_chinese():
    said = facts("老板看了几篇文章说要上 eBPF、把 kube-proxy 干掉。")
    assert said.get("ebpf_dataplane") is True and said.get("kube_proxy_replacement") is True
    # a claim someone makes is still no fact of ours
    assert "l2_adjacent" not in facts("同事说要是用 host-gw 就得在一个二层。")


def test_a_plan_to_rip_out_the_plugin_in_use_names_it():
    assert facts("The platform team wants to rip out aws-node and run Cilium in ENI mode instead.").get("current_plugin") == "aws-vpc-cni"
    assert facts("We want to rip out flannel and run Cilium instead.").get("current_plugin") == "flannel"


def test_a_routers_nics_are_no_second_interface_for_pods():
    assert "multi_nic" not in facts("Routereflector with multiple nics.")
    assert facts("Our pods need multiple interfaces.").get("multi_nic") is True


def test_something_else_unsupported_on_ipv6_keeps_ipv6():
    said = facts("Why IPIP is not supported on an IPv6 IP pool? IPv6 nodes are distributed in different VLANs.")
    assert said.get("ipv6") is True and said.get("dual_stack") is not False
    assert facts("We don't need IPv6.").get("ipv6") is False


def test_a_policy_add_on_moved_away_from_is_no_add_on_beside_the_clouds_plugin():
    moving = "check if it's possible to change the CNI of a given Kubernetes cluster from Calico to amazon-vpc-cni-k8s with 0 downtime."
    assert facts(moving).get("current_plugin") == "calico"
    assert facts("aws-node crashes after installing the aws-calico chart from eks-charts").get("current_plugin") == "aws-vpc-cni"
