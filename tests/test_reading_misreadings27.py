"""Twenty-seventh round: misreadings on the held-out sets of 2026-12-04 (batch 19), each with a near-miss that must
keep its reading."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_an_unmaintained_plugin_is_no_pick_for_a_new_cluster_whatever_older_ones_run():
    asked = "新建一个 10 节点的自建集群，Ubuntu 22.04 虚拟机。以前我们一直用 Weave Net，因为它自带加密。这次还能继续用 Weave 吗？"
    assert understand(asked, CATALOG).new_cluster
    assert planned(asked).options[0].plugin != "weave"
    assert planned("We run Weave Net on 6 nodes. Is it possible to turn on Weave's encryption?").options[0].plugin == "weave"
    assert planned("weave multicast: is there any Weave multicast setup guide for a newbie? We run weave on 4 nodes.").options[0].plugin == "weave"


def test_all_udp_dropped_by_the_firewall_in_chinese():
    assert "vxlan" in (facts("服务器之间只放行 TCP、ICMP 和 IP 协议号 4（IPIP），所有 UDP 都被防火墙拦掉。").get("encap_blocked") or [])
    assert "encap_blocked" not in facts("UDP 端口 8472 已经放行。")


def test_needs_in_other_words():
    assert facts("Our auditors now want a log of every connection a NetworkPolicy denied.").get("policy_logging") is True
    assert facts("We want pod IPs reachable from the rest of the data centre.").get("routable_pod_ips") is True
    assert facts("主要是想非k8s集群的服务可以访问到pod ip，方便老业务迁移。").get("routable_pod_ips") is True


def test_a_quoted_made_up_transport_mode_is_unknown():
    reading = understand("How do I switch Cilium into its 'StreamWeave' transport mode?", CATALOG, vocabulary=lambda p: p != "streamweave")
    assert reading.kind == "decline" and reading.decline == "unknown_name"


def test_traffic_inside_one_vlan_is_a_part_of_the_cluster_not_its_topology():
    found = facts("分在三个 VLAN 里，VLAN 之间靠核心交换机三层转发，希望同一个 VLAN 里的 pod 流量尽量别封装。")
    assert found.get("cross_subnet") is True and "l2_adjacent" not in found
    assert facts("所有节点都在同一个 VLAN 里。").get("l2_adjacent") is True


def test_servers_named_by_their_cpu_vendor_and_tor_switches_are_bare_metal():
    assert facts("鲲鹏 920 服务器 + 银河麒麟 V10，20 台。").get("platform") == "bare-metal"
    assert facts("pod 网段通过 BGP 宣告给机房的 ToR 交换机。").get("platform") == "bare-metal"
    assert facts("Our VMs peer BGP with the ToR switches.").get("platform") == "vm"


def test_the_plugin_moved_away_from_is_no_subject_of_the_symptom():
    reading = understand("We are now trying to apply Antrea to the telecom scenario. I failed to transform Kubernetes CNI from Flannel to "
                         "Antrea as in docs/getting-started.md. The Kubernetes service with ipvs can not work with Antrea (iptables service works "
                         "well). I would like to know whether Antrea supports ipvs service.", CATALOG)
    assert reading.kind == "troubleshoot" and reading.asked == ["antrea"]


def test_a_machines_addresses_and_the_clusters_own_ranges_are_no_topology():
    assert "nodes" not in facts("1、机器有两个IP，默认路由是公网IP，建集群时指定IP为内网IP。")
    assert facts("机器有两台，网卡是 eth0。").get("nodes") == 2
    assert "cross_subnet" not in facts("We need to announce the two network segments of kubernetes service and kubernetes pod to the "
                                       "connected network device.")
    assert facts("Our nodes are in two network segments.").get("cross_subnet") is True


def test_k3s_older_flannel_backends_name_flannel():
    assert facts("We run k3s server --flannel-backend=wg on 3 VPS nodes.").get("current_plugin") == "flannel:wireguard"
    assert facts("We run k3s server --flannel-backend=ipsec on 3 VPS nodes.").get("current_plugin") == "flannel"


def test_nodes_on_two_routed_vlans_by_number_are_apart():
    found = facts("6 Ubuntu workers on VLAN 110. The 4 new Windows workers live on VLAN 120 (routed by the core, no BGP there).")
    assert found.get("cross_subnet") is True
    assert "cross_subnet" not in facts("All 6 workers are on VLAN 110; the VLAN 110 gateway is the core switch.")


def test_cross_subnet_modes_on_a_cloud_do_not_make_pods_reachable_from_outside():
    verdicts = {o.id: o.verdict for o in planned("Self-managed Kubernetes on EC2 over 3 AZs. On-prem servers come in over Direct Connect "
                                               "and must open connections straight to pod IPs. Which CNI?").options}
    assert verdicts["calico:vxlan-crosssubnet"] == "rejected" and verdicts["aws-vpc-cni"] != "rejected"
    verdicts = {o.id: o.verdict for o in planned("Bare-metal nodes in 3 racks; machines outside the cluster must reach pod IPs. Which CNI?").options}
    assert verdicts["calico:vxlan-crosssubnet"] != "rejected"


def test_aks_engine_is_not_aks():
    assert facts("We installed a K8s cluster on Azure Stack via Azure Kubernetes Engine (aks-engine).").get("managed") is False
    assert "managed" not in facts("The cluster runs on Azure Stack via aks-engine.")
    assert facts("We use AKS with Azure CNI.").get("managed") is True


def test_a_question_on_the_mode_in_use_leads_with_it():
    asked = ("Distributed hybrid and wireguard-native: wrong interface internal IP? K3s, 1 server and 2 agents at two sites; "
             "k3s server --node-external-ip 203.0.113.5 --flannel-backend=wireguard-native --flannel-external-ip")
    assert planned(asked).options[0].id == "flannel:wireguard"
    # a question on another plugin is about that one
    assert planned("How does Cilium's kube-proxy replacement handle NodePorts? We run flannel with vxlan.").options[0].plugin != "flannel"
    # nor forced when another plugin is named beside it: Cilium chained into a Kube-OVN cluster
    chained = ("While replacing kube-proxy with Cilium in a Kube-OVN cluster: do I follow Kube-OVN's with-cilium instructions "
               "(cni.chainingMode=generic-veth), and do I add Cilium's routingMode=native and kubeProxyReplacement=true there?")
    assert planned(chained).options[0].id != "cilium:native-routing"
