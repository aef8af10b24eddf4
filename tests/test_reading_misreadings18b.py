"""Eighteenth round, network facts: needs, blocks, topology and routes misread on the held-out sets of 2026-12-04,
each with a near-miss."""

from __future__ import annotations


def test_what_a_mode_would_need_or_a_case_it_covers_is_no_setup():
    from reading_facts import facts
    text = ("Is there any reason why flannel could not use both VXLAN and host-gw, so that flannel would add routing table entries for "
            "the prefixes living on machines in the same subnet? The kernel would then route packets directly when a direct L2 "
            "connection is possible (this requires disabling the source/dest check in AWS VPC).")
    found = facts(text)
    assert "l2_adjacent" not in found and "cross_subnet" not in found and found.get("platform") == "aws"
    # done, and said of our own nodes, they are facts
    assert facts("We disabled the source/dest check on all 6 EC2 instances.").get("l2_adjacent") is True
    assert facts("Our 5 nodes have a direct L2 connection.").get("l2_adjacent") is True
    assert facts("We have 10 nodes in the same subnet.").get("cross_subnet") is False


def test_an_encapsulation_switched_off_in_the_plugins_settings_is_not_blocked():
    from reading_facts import facts
    found = facts("Setup: kubeadm 1.29, Calico 3.28 with IPIP and VXLAN both disabled on the pool (plain BGP, node-to-node mesh).")
    assert "encap_blocked" not in found and found.get("current_plugin") == "calico:bgp"
    assert "encap_blocked" not in facts("IPPool 里把 IPIP 和 VXLAN 都关掉了")
    # the network dropping it is a block
    assert facts("The firewall has VXLAN disabled.").get("encap_blocked") == ["vxlan"]
    assert facts("We run Calico with IPIP mode on 10 nodes.").get("current_plugin") == "calico:ipip"


def test_a_machine_outside_or_a_load_balancer_reaching_pods_needs_routable_pod_ips():
    from reading_facts import facts
    for text in ("How can I get my VM (IP=192.168.131.8) to talk to the pods inside the Kubernetes cluster (IP=10.0.0.0/16)?",
                 "I want my laptop to visit pods via 172.18.x.x directly, without NodePort.",
                 "业务方希望 SLB/ALB 能直接把流量打到 pod IP 上，不走 NodePort。"):
        assert facts(text).get("routable_pod_ips") is True, text
    # a node of the cluster reaching pods on other nodes is a symptom inside the cluster
    assert "routable_pod_ips" not in facts("My VM can't reach pods on other nodes.")
    assert "routable_pod_ips" not in facts("The SLB forwards to the NodePort on each node.")


def test_not_of_use_is_not_needed():
    from reading_facts import facts
    assert facts("网络策略用不上。").get("network_policy") is False
    assert facts("NetworkPolicy 暂时用不上").get("network_policy") is False
    assert facts("加密用不到").get("encryption") is False
    assert facts("网络策略需要，加密也要").get("network_policy") is True


def test_chinese_address_rules_egress_ips_udp_ports_and_hypervisor_hosts():
    from reading_facts import facts
    reserved = facts("网络组规定以后不允许再给 Pod 分配 VPC 地址。")
    assert reserved.get("network_ips_reserved") is True and reserved.get("pod_density") is True
    assert facts("网络组明确规定 VPC 地址不能再分给 pod。").get("network_ips_reserved") is True
    short = facts("VPC 的 10.0.0.0/16 地址段快用完了")
    assert short.get("pod_density") is True and "network_ips_reserved" not in short
    assert facts("访问外部银行接口时，源 IP 必须是固定的几个出口 IP。").get("egress_ip") is True
    assert "egress_ip" not in facts("Pod 的 IP 必须固定")
    assert facts("机房防火墙的策略不允许在节点之间开放任何 UDP 端口。").get("encap_blocked") == ["vxlan", "geneve", "wireguard", "udp"]
    assert facts("宿主机是 4 台 ESXi，上面跑了 12 个节点虚拟机。").get("nodes") == 12
    assert facts("服务器是 4 台，都是物理机。").get("nodes") == 4


def test_a_second_overlay_named_as_the_problem_is_unwanted_and_a_plugin_wondered_about_is_a_candidate():
    from reading_facts import facts
    found = facts("k8s cluster run on OpenStack's VMs, and big issue is double overlay, so I wonder ovn-k8s with underlay mode will solve that?")
    assert "vxlan" in found.get("encap_blocked", []) and "current_plugin" not in found
    assert "geneve" in facts("我们不想在 OpenStack 的 VXLAN 网络上再做二次封装").get("encap_blocked", [])
    # an overlay in use, wondered about, is still in use
    assert facts("We run Calico with VXLAN on our VMs; I wonder why it is slow.").get("current_plugin") == "calico:vxlan"
    assert "encap_blocked" not in facts("We run Calico with VXLAN on our VMs; I wonder why it is slow.")


def test_chinese_denials_with_a_subject_or_a_verb_and_places_of_a_hybrid_cluster():
    from reading_facts import facts
    assert facts("L7 策略我们用不上，普通的 NetworkPolicy 做命名空间隔离就够了。").get("l7_policy") is False
    assert facts("我们的物理机网卡没有 SR-IOV，也不跑 DPDK，但数据库 pod 需要第二块网卡。").get("dpdk") is False
    assert facts("我们的 pod 跑 DPDK").get("dpdk") is True
    both = facts("控制面和一半 worker 在公司自己机房，另一半 worker 在腾讯云上，两边节点之间只能走公网 IP。")
    assert both.get("platform") == "hybrid" and "nodes" not in both
    assert facts("两台节点").get("nodes") == 2


def test_latency_waved_aside_a_nat_of_others_and_a_switch_of_modes():
    from reading_facts import facts
    found = facts("I'd be setting up nodes behind other people's NAT'ed networks. I don't mind the high latency to the API server.")
    assert found.get("l2_adjacent") is False and found.get("latency_sensitive") is False
    assert facts("延迟无所谓，带宽够就行").get("latency_sensitive") is False
    assert facts("We need low latency between pods.").get("latency_sensitive") is True
    assert "bgp_fabric" not in facts("@arefg How did you switch vxlan to bgp?")
    assert facts("We switched Calico from IPIP to BGP and the ToR switches peer with every node.").get("bgp_fabric") is True


def test_wireguard_as_the_underlay_a_tried_tunnel_or_a_key_switched_off_is_no_encryption_need():
    from reading_facts import facts
    for text in ("We install cilium via helm with: --set encryption.nodeEncryption=false; --set kubeProxyReplacement=strict",
                 "Using ipsec made no difference.",
                 "the private network of the vms is already inside the user's network, which is essentially a wireguard based overlay network.",
                 "the wireguard ip attributed by kilo to my NAT node is not pingable"):
        assert "encryption" not in facts(text), text
    assert facts("--set encryption.enabled=true --set encryption.type=wireguard").get("encryption") is True
    assert facts("We need WireGuard between nodes.").get("encryption") is True


def test_pods_of_several_clusters_reaching_each_other_and_a_products_current_model():
    from reading_facts import facts
    found = facts("I want to be able to create multiple clusters in multiple regions, share a VPC, and have pods on different clusters "
                  "communicate directly with each other. This would also allow services on the same VPC to address pods directly by their IP.")
    assert found.get("multi_cluster") is True and found.get("routable_pod_ips") is True
    assert "l2_adjacent" not in facts("Current model host gateway based routing of Kube-router assumes nodes are L2 adjacent or in same subnet.")
    assert facts("The current design of our cluster puts all nodes in one subnet.").get("cross_subnet") is False


def test_the_network_refused_to_pods_in_more_words():
    from reading_facts import facts
    for text in ("the network team has flatly said no to adding a secondary CIDR or giving pods VPC addresses at all.",
                 "The VNet is a /20 spoke and the network team won't hand out any VNet address space for pods.",
                 "VNet 10.20.0.0/22, peered to on-prem over ExpressRoute; netops says it cannot grow and there are no other ranges.",
                 "The central network team gave us 10.20.0.0/22 for the VNet and it will not grow."):
        assert facts(text).get("network_ips_reserved") is True, text
    assert "network_ips_reserved" not in facts("We can add a secondary CIDR if needed.")
    assert "network_ips_reserved" not in facts("The cluster cannot grow beyond 100 nodes.")


def test_firewalls_that_pass_only_some_protocols_and_routes_switched_off():
    from reading_facts import facts
    all_blocked = facts("Our nftables INPUT policy drops all inbound UDP except 53 and 123, and drops anything that isn't TCP or ICMP.")
    assert {"vxlan", "ipip"} <= set(all_blocked.get("encap_blocked", []))
    assert facts("Security baseline: only tcp, udp and icmp are accepted on the private iface, nothing else.").get("encap_blocked") == ["ipip"]
    assert facts("The firewall drops anything that isn't TCP or UDP.").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("We block outbound UDP 53 to the internet.")
    assert facts("hcloud CCM is installed but with network routes disabled, so nothing routes pod CIDRs.").get("pod_routes") is False
    assert facts("The hcloud CCM with networks support creates routes for each node's pod CIDR.").get("pod_routes") is True


def test_egress_ips_a_partner_allows_an_interface_made_for_a_pod_and_rdma():
    from reading_facts import facts
    assert facts("A partner whitelists exactly two source IPs, and only pods in the payments namespace should leave the cluster with "
                 "those IPs.").get("egress_ip") is True
    assert facts("I want to create an interface for my pod where the interface sits on VLAN 10.").get("multi_nic") is True
    assert facts("We need to run some MPI applications which use IB for multi-node communication.").get("multi_nic") is True
    assert "multi_nic" not in facts("The IBM servers run Ubuntu.")


def test_a_layout_of_years_ago_and_a_move_planned_after_an_upgrade():
    from reading_facts import facts
    found = facts("Calico with the BGP mesh and encapsulation None (we turned IPIP off two years ago when everything was in one VLAN). "
                  "The infra team moved 8 of 20 workers into 10.40.2.0/24; the rest stay in 10.40.1.0/24.")
    assert found.get("cross_subnet") is True and "l2_adjacent" not in found
    assert facts("All 20 nodes are in one VLAN.").get("l2_adjacent") is True
    now = facts("现在跑的是 Calico 3.28 iptables 模式。想升级之后切到 Calico eBPF 数据面，4.18 这种老内核能行吗？")
    assert now.get("current_plugin") == "calico" and now.get("ebpf_dataplane") is True
    assert facts("We run Calico with IPIP. Can we switch to Calico eBPF on kernel 5.15?").get("current_plugin") == "calico:ipip"


def test_a_cidr_named_as_the_pods_after_it_is_no_node_subnet():
    from reading_facts import facts
    assert "cross_subnet" not in facts("执行部署脚本时，设置10.244.0.0/16网段的podSubnet，有时却出现172.17.0.0/16网段的容器。")
    assert "cross_subnet" not in facts("We use 10.42.0.0/16 for the pods and the nodes sit in 192.168.1.0/24.")
    assert facts("Our nodes are in 10.8.1.0/24 and 10.8.2.0/24.").get("cross_subnet") is True


def test_a_route_controller_not_run_and_no_udrs_route_no_pod_cidr():
    from reading_facts import facts
    found = facts("We don't run the cloud-controller-manager route controller and never set up UDRs.")
    assert found.get("pod_routes") is False
    assert facts("The cloud-controller-manager route controller programs the routes for each node's pod CIDR.").get("pod_routes") is True


def test_ip_in_ip_let_through_beside_tcp_is_not_blocked():
    from reading_facts import facts
    found = facts("节点之间只放行 TCP 和 IP 协议号 4（IPIP），UDP 一律不通。")
    assert "ipip" not in found.get("encap_blocked", []) and "vxlan" in found.get("encap_blocked", [])
    assert "encap_blocked" not in facts("The firewall only allows TCP and IP protocol 4 between the nodes.")
    assert "ipip" in facts("节点之间只放行 TCP").get("encap_blocked", [])
