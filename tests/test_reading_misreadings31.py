"""Thirty-first round (held-out sets of 2026-12-05, batch 31): each class with a near-miss that keeps its reading."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, vocabulary


def test_a_colleagues_report_on_our_own_firewall_is_ours():
    said = facts("我们机房两个网段之间隔着一台防火墙，安全的同事说策略只放行 TCP、UDP 和 ICMP，其他协议一律丢。")
    assert said.get("encap_blocked") == ["ipip"]
    assert facts("The network team says the firewall only passes TCP and UDP.").get("encap_blocked") == ["ipip"]
    # a colleague's opinion stays theirs
    assert "latency_sensitive" not in facts("同事说 host-gw 性能最好。")


def test_a_vendors_word_on_what_its_pods_speak_is_our_need():
    assert facts("Now the AMF vendor says their pods speak SCTP on N2 to the gNB simulators.").get("sctp") is True


def test_sites_over_a_carriers_l3_network_are_apart():
    assert facts("站点之间走运营商的三层网络。").get("cross_subnet") is True


def test_a_second_leg_for_pods_and_pods_reachable_from_the_corporate_network():
    assert facts("Is macvlan OK for giving a few pods a second leg on our plant-floor VLAN?").get("multi_nic") is True
    assert facts("We need pods reachable by IP from the rest of the corporate network.").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("The pods are reachable from each other.")


def test_a_pod_ip_registered_in_a_registry_is_no_egress_ip():
    assert "egress_ip" not in facts("要能直接用 Pod IP 调到容器里的 provider（注册中心里登记的就是 Pod IP）。")
    assert facts("对方只放行我们登记的出口 IP。").get("egress_ip") is True


def test_macvlan_refused_on_a_filtering_switch_leaves_ipvlan_for_lan_addresses():
    text = ("学校实验室的 k8s 跑在 vSphere 虚拟机上。我们想让 Pod 直接拿实验室网段 10.20.30.0/24 的地址。但信息中心说分布式交换机的混杂模式、"
            "MAC 地址更改、伪传输全都是拒绝，不会改。这种情况下 macvlan 还能用吗？")
    assert planned(text).options[0].id == "ipvlan"
    leg = ("Is macvlan OK for giving a few pods a second leg on our plant-floor VLAN? Nodes are VMs on vSphere standard vSwitches, "
           "and our security baseline keeps promiscuous mode, MAC address changes and forged transmits all on Reject.")
    assert planned(leg).options[0].id == "ipvlan"


def test_a_generated_interface_name_is_no_unknown_plugin():
    text = ("microk8s with ufw: the calico-kube-controllers pod's network interface (randomly named caliXXXXXXXXXXX) must be "
            "allowed with sudo ufw allow in on caliXXXXXXXXXXX.")
    knows = vocabulary("ufw", "microk8s", "calico-kube-controllers", "sudo", "interface")
    assert understand(text, CATALOG, vocabulary=knows).kind != "decline"
    # a made-up name beside it still is one
    assert understand("Does Calico have a QuantumMesh mode?", CATALOG, vocabulary=knows).kind == "decline"


def test_the_os_minikube_runs_in_is_the_hosts():
    said = facts("This should not work but it works fine. I am using the latest minikube in Ubuntu 16.04.")
    assert "os" not in said and "kernel" not in said
    assert facts("Our 3 nodes run Ubuntu 16.04.").get("os") == "ubuntu 16.04"


def test_fixed_addresses_registered_with_a_bank_are_egress_ips_not_pod_ips():
    said = facts("银行那边的防火墙只按源 IP 白名单放行，而且只认我们报备的 2 个固定 IP。要求只有 payment 这个 namespace 的 Pod 出去时用这两个固定 IP。")
    assert said.get("egress_ip") is True and "static_pod_ips" not in said
    assert facts("有些 StatefulSet 要求 pod 重建后 IP 不变，要固定 IP。").get("static_pod_ips") is True


def test_lts_between_name_and_release_and_a_templates_choices():
    assert facts("I currently got two nodes: Ubuntu LTS 22.04.4 as control-plane").get("os", "").startswith("ubuntu 22.04")
    assert facts("Type/provider of hosts: (VirtualBox/Bare-metal/AWS/GCE/DO) AWS ECS").get("platform") == "aws"
    assert facts("Type/provider of hosts: VirtualBox").get("platform") == "vm"


def test_after_switching_modes_the_new_one_runs():
    text = "What should I do about the issue that occurred after switching from vxlan to ipip? Calico cross host pod not working"
    assert facts(text).get("current_plugin") == "calico:ipip"
    assert facts("How can I switch Calico from vxlan to ipip?").get("current_plugin") == "calico:vxlan"


def test_a_plugin_dropping_packets_by_its_own_rule_is_no_network_block():
    assert "encap_blocked" not in facts("Calico unconditionally drops VXLAN packets that are not related to Calico.")
    assert facts("The firewall drops VXLAN packets between the racks.").get("encap_blocked") == ["vxlan"]


def test_a_switch_port_capped_to_a_few_macs_filters_pods_macs():
    assert facts("The switch ports have port-security with a maximum of 2 MAC addresses per port.").get("mac_filtering") is True
    assert facts("Can we use macvlan for a second pod interface on our storage VLAN?").get("multi_nic") is True
    assert "mac_filtering" not in facts("Each node has 2 MAC addresses, one per NIC.")


def test_reaching_a_partner_from_one_fixed_known_ip_is_an_egress_ip():
    text = "Pods in the billing namespace must reach it from one fixed, known IP; the rest of the cluster must not get that IP."
    assert facts(text).get("egress_ip") is True
    assert "egress_ip" not in facts("Pods reach the database from their own pod IPs.")


def test_a_cluster_that_spans_an_office_and_a_cloud_and_pods_kept_off_the_vpc():
    text = "Our cluster spans our office server room (5 Proxmox VMs) and 7 EC2 instances in a VPC, joined by an AWS site-to-site VPN."
    assert facts(text).get("platform") == "hybrid"
    assert facts("网络组明确规定 VPC 的地址只给 EC2 和 RDS 用，pod 不许占 VPC 网段。").get("network_ips_reserved") is True
    assert facts("MES 的采集服务 pod 要被车间 PLC 网关直接按 pod IP 访问（不走 NodePort）").get("routable_pod_ips") is True


def test_a_quoted_two_word_mode_nobody_documents_is_unknown():
    knows = vocabulary("cilium", "mesh", "native", "routing", "aks")
    assert understand('How do I switch Cilium on our AKS cluster into "Tachyon mesh" mode?', CATALOG, vocabulary=knows).kind == "decline"
    assert understand('How do I switch Cilium into "native routing" mode?', CATALOG, vocabulary=knows).kind != "decline"
