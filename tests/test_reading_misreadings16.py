"""Sixteenth round: misreadings found on the held-out sets of 2026-12-04, each with a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.unknown import unknown_names
from reading_facts import CATALOG, facts


def _unknown(text: str, known: set[str]) -> list[str]:
    return unknown_names(CATALOG, text, [], lambda term: term in known)[0]


def test_a_made_up_hyphenated_mode_after_in_or_in_backticks_is_unknown():
    known = {"host gw", "flannel", "cilium", "native routing"}
    assert _unknown("Can I run Cilium in ebpf-gw mode on EKS?", known) == ["ebpf-gw"]
    assert _unknown("a recent release added an `turbo-gw` backend", known) == ["turbo-gw"]
    # documented modes in the same shapes stay known
    assert _unknown("Run flannel in host-gw mode, or Cilium in native-routing mode?", known) == []


def test_unknown_modes_with_a_word_of_what_they_do_between():
    known = {"antrea", "terway", "encap"}
    assert _unknown("How do I switch Antrea from Encap to its FlatL2 traffic mode?", known) == ["FlatL2"]
    assert _unknown("Terway 的 GlobalMesh 跨地域模式怎么开启？", known) == ["GlobalMesh"]
    assert _unknown("Antrea 的 Encap 隧道模式", known) == []


def test_a_feature_presumed_in_a_plugin_that_has_none_is_declined_with_the_documented_absence():
    for question in ("How do I turn on flannel's L7 policy engine (the --enable-l7-policy flag)?",
                     "How do I turn on flannel's built-in FQDN egress policy so pods only reach *.example.com?",
                     "flannel 自带的七层策略怎么开启？"):
        reading = understand(question, CATALOG)
        assert reading.kind == "decline" and reading.decline == "absent_feature" and reading.absent, question
    # asked whether it exists, said to be missing, or a feature the plugin has: no presumption to refuse
    assert understand("Does flannel support FQDN policy?", CATALOG).kind == "feasibility"
    assert understand("Flannel's lack of L7 policy: how do we get L7 rules?", CATALOG).kind != "decline"
    assert understand("How do I enable Calico's WireGuard encryption?", CATALOG).kind != "decline"


def test_subnets_counted_or_routed_by_a_device_set_nodes_apart():
    assert facts("The nodes live in 3 VLANs/subnets routed by a firewall.")["cross_subnet"] is True
    assert facts("GCE 虚机自建 k8s，22 个节点，一个 region 两个 subnet。")["cross_subnet"] is True
    assert "cross_subnet" not in facts("pods get addresses from 2 subnets")


def test_advice_told_to_the_writer_is_not_the_plugin_in_use():
    assert "current_plugin" not in facts("6 Debian 12 VMs, kubeadm 1.31, the lab I run at home. A colleague keeps telling me to put "
                                         "Cilium on everything, is that overkill here?")
    assert facts("We run Cilium on everything.")["current_plugin"] == "cilium"


def test_one_machine_named_by_its_instance_type_carrying_many_pods_is_density():
    assert facts("一台 ecs.g7.8xlarge 上要跑 100 多个 Pod。")["pod_density"] is True
    assert "pod_density" not in facts("一台 ecs.g7.8xlarge 上跑 nginx。")


def test_tcp_udp_and_icmp_let_through_block_ip_in_ip_but_ports_listed_do_not():
    assert facts("安全组用的是统一模板，只放行了 TCP、UDP 和 ICMP。")["encap_blocked"] == ["ipip"]
    assert facts("The firewall only passes TCP and UDP.")["encap_blocked"] == ["ipip"]
    assert "encap_blocked" not in facts("安全组只放行了 TCP 6443、10250 和 SSH。")


def test_a_version_after_the_plugin_does_not_end_its_clause():
    # the mode stated beside the version, not the one a command's BGP sessions suggest
    assert facts("10 个节点，Calico 3.27 默认配置（IPIP）。calicoctl node status 显示 BGP 会话都是 Established。")["current_plugin"] == "calico:ipip"


def test_a_team_that_runs_part_of_our_network_is_not_another_cluster():
    assert facts("安全组只放行了 TCP、UDP 全端口和 ICMP，安全组归另一个团队管。")["encap_blocked"] == ["ipip"]
    assert facts("Another team manages the firewall, which only allows TCP and UDP.")["encap_blocked"] == ["ipip"]
    assert "current_plugin" not in facts("隔壁团队用的是 Cilium，100 个节点。")


def test_egress_that_may_only_go_to_some_hostnames_is_dns_name_policy():
    assert facts("egress from the payments namespace may only go to a handful of hostnames")["fqdn_policy"] is True
    assert "fqdn_policy" not in facts("egress only goes to our own hostnames, nothing fancy")


def test_a_plugin_run_until_a_year_gone_by_is_not_the_one_in_use():
    said = facts("We ran Weave on this cluster until 2022; since then it's Cilium 1.14 in native routing mode.")
    assert said["current_plugin"] == "cilium:native-routing"
    assert facts("We run Weave on this cluster and will keep it until 2027.")["current_plugin"] == "weave"


def test_a_pods_per_node_limit_hit_is_density():
    assert facts("We keep hitting the 30 pods-per-node limit.")["pod_density"] is True


def test_no_udp_port_at_all_blocks_the_udp_encapsulations_and_one_port_only_its_own():
    assert set(facts("安全部门不允许开放任何 UDP 端口。")["encap_blocked"]) >= {"vxlan", "geneve", "wireguard"}
    assert set(facts("we can't open any UDP ports between the sites")["encap_blocked"]) >= {"vxlan", "geneve"}
    assert facts("不允许开放 UDP 8472 端口")["encap_blocked"] == ["vxlan"]


def test_servers_that_call_pod_ips_directly_need_routable_pod_ips():
    assert facts("the legacy billing servers on 10.50.0.0/16 have to call pod IPs directly.")["routable_pod_ips"] is True
    assert "routable_pod_ips" not in facts("the billing servers call the service's ClusterIP")


def test_routers_that_wont_peer_deny_a_bgp_fabric_over_the_nodes_own_sessions():
    said = facts("The core routers belong to another team and won't peer with us. calicoctl node status shows every BGP session Established.")
    assert said["bgp_fabric"] is False
    assert facts("The ToR switches peer with us over BGP.")["bgp_fabric"] is True


def test_one_refusal_said_for_bgp_and_static_routes_denies_both():
    said = facts("The campus core is run by a different team. They won't do BGP with us or add static routes for pod ranges.")
    assert said["bgp_fabric"] is False and said["pod_routes"] is False
    assert facts("The network team adds static routes for the pod ranges.")["pod_routes"] is True


def test_a_route_controller_weighed_with_or_without_its_routes_is_not_in_use():
    assert "pod_routes" not in facts("Which CNI should be preferred? Should I use CCM with or without network support?")
    assert facts("We deploy the hcloud CCM with networks support.")["pod_routes"] is True


def test_an_encapsulation_mode_key_no_plugin_has_is_unknown():
    assert _unknown("IPPool 加了 geneveMode: CrossSubnet，怎么配置？", {"calico", "crosssubnet"}) == ["geneveMode"]
    assert _unknown("Our IPPool has vxlanMode: CrossSubnet", {"calico", "crosssubnet"}) == []


def test_an_ip_pools_encapsulation_keys_are_pod_networking():
    reading = understand("Our IPPool has vxlanMode: CrossSubnet and ipipMode: Never. Is that right for two subnets?", CATALOG)
    assert reading.kind != "decline"
    assert understand("What is the capital of France?", CATALOG).kind == "decline"


def test_vms_counted_with_their_hypervisors_name_in_chinese_are_the_nodes():
    assert facts("我们有 5 台 KVM 虚拟机，都在同一网段。")["nodes"] == 5
    assert "nodes" not in facts("两台 VMware 服务器")


def test_hosts_listed_after_a_headings_colon_all_count():
    text = "hosts: node1 10.146.81.201; node2 10.146.81.202; node3 10.146.81.203; #- {name: node4, address: 10.146.81.204}"
    assert facts(text)["nodes"] == 3
    assert "nodes" not in facts("master node: 10.0.0.111, 10.0.0.112, 10.0.0.113")


def test_encryption_refused_beside_the_vpn_that_already_encrypts():
    assert facts("专线上已经有 IPsec VPN，集群内不需要再额外加密。")["encryption"] is False
    assert facts("The sites are joined by an IPsec VPN, so we don't need extra encryption.")["encryption"] is False
    assert facts("Pod traffic between nodes must be encrypted.")["encryption"] is True


def test_egress_limited_to_a_few_named_domains_is_dns_name_policy():
    assert facts("security wants pod egress limited to a handful of SaaS domains rather than IP ranges")["fqdn_policy"] is True
    assert facts("block egress traffic only to blacklisted FQDNs")["fqdn_policy"] is True
    assert "fqdn_policy" not in facts("egress is limited to the VPC CIDR")


def test_a_plugin_named_only_in_another_teams_cluster_is_no_candidate():
    reading = understand("门店每家 3 台 arm64 小盒子，k3s，同一网段，越简单越省资源越好。（总部机房用的是 Calico BGP，但那是另一个团队的集群。）"
                         "门店集群 CNI 用什么？", CATALOG)
    assert "calico" not in reading.plugins and reading.profile.simplicity is True
    assert "calico" in understand("总部机房用的是 Calico BGP。门店集群 CNI 用什么？", CATALOG).plugins


def test_a_mode_weighed_against_another_is_not_the_one_in_use():
    assert "current_plugin" not in facts("Cilium native routing or VXLAN? 3 racks, ~90 nodes.")
    assert facts("We run Cilium native routing on 90 nodes.")["current_plugin"] == "cilium:native-routing"


def test_nobody_adding_routes_denies_pod_routes():
    assert facts("ToRs do not run BGP and nobody will add static routes for pod CIDRs.")["pod_routes"] is False


def test_a_live_migration_asked_to_keep_each_vms_ip_is_a_fixed_ip_need():
    assert facts("Will live migration keep each VM's IP with our current setup?")["static_pod_ips"] is True
    assert "static_pod_ips" not in facts("Live migration keeps the VM running.")


def test_an_unknown_name_in_brackets_before_the_mode_word():
    assert _unknown("kube-router 的「量子隧道」(QuantumTunnel) 后端怎么开启？", {"kube router"}) == ["QuantumTunnel"]


def test_how_far_apart_two_modes_are_is_a_comparison_not_a_lookup():
    reading = understand("flannel 的 vxlan 和 host-gw 到底差多少？15 台物理机，同一个网段。换 host-gw 值不值？", CATALOG)
    assert reading.kind == "compare"
    assert understand("VXLAN 的封装开销是多少字节？", CATALOG).kind == "concept"


def test_one_switch_named_by_vendor_and_model_is_one_l2_segment():
    assert facts("15 台物理机全部插在同一台华为 CE6881 交换机上。")["l2_adjacent"] is True


def test_a_pod_asked_to_keep_its_ip_as_it_moves_needs_a_fixed_ip():
    assert facts("Is there a way to tell the CNI to maintain that IP as the pod moves?")["static_pod_ips"] is True


def test_two_tenants_wanting_one_address_need_tenant_networks():
    said = facts("Tell me whether Calico supports multi-tenant in the DC or not, for example userA wants 10.0.0.1 for his VM and "
                 "userB wants that also: will they overlay each other?")
    assert said["tenant_networks"] is True
    assert "tenant_networks" not in facts("We run a multi-tenant cluster for three teams.")


def test_bgp_ruled_out_and_cloud_routes_refused():
    said = facts("Org policy doesn't let us create custom VPC routes, so no cloud routes, and Cloud Router BGP is out too.")
    assert said["bgp_fabric"] is False and said["pod_routes"] is False


def test_a_core_switch_that_runs_no_bgp_outranks_the_nodes_own_sessions():
    said = facts("两个网段之间走核心交换机路由，核心交换机不跑 BGP。calicoctl node status 显示 BGP 邻居都是 Established。")
    assert said["bgp_fabric"] is False
    assert facts("交换机和我们建了 BGP 邻居。")["bgp_fabric"] is True
    assert "bgp_fabric" not in facts("交换机能不能跑 BGP？")


def test_a_plugin_someone_pushed_is_not_in_use_and_not_even_sure_denies_nothing():
    assert "current_plugin" not in facts("A consultant from our vendor pushed Cilium because 'it's the future'.")
    assert facts("We pushed Cilium to production last year.")["current_plugin"] == "cilium"
    said = facts("4 Windows Server 2022 workers join. A consultant pushed Cilium, but I'm not even sure it runs on Windows.")
    assert said["windows_nodes"] is True


def test_a_guard_kept_on_and_a_vswitch_rejecting_macs_in_chinese():
    assert facts("Our security baseline forbids disabling the EC2 source/destination check.")["l2_adjacent"] is False
    assert facts("We disabled the source/destination check on all instances.")["l2_adjacent"] is True
    assert facts("分布式交换机的安全策略是：混杂模式 Reject、MAC 地址更改 Reject、伪传输 Reject。")["mac_filtering"] is True


def test_each_tenant_with_its_own_subnet_after_a_comma():
    assert facts("每个租户一个 namespace，要有自己独立的子网/网络，租户之间隔离。")["tenant_networks"] is True
    assert "tenant_networks" not in facts("每个团队一个集群。")


def test_a_planned_size_with_a_thousands_separator_before_by():
    assert facts("We're at 60 nodes on EKS today and the plan is about 1,200 by Q3 2025.")["nodes"] == 1200
    assert facts("We have 60 nodes, 200 by next year.")["nodes"] == 200


def test_peering_with_the_leaf_switches_is_a_bgp_fabric():
    assert facts("The primary network is Calico in BGP mode, peering with the leaf switches.")["bgp_fabric"] is True
    assert "bgp_fabric" not in facts("Calico nodes peering with each other in a full mesh.")


def test_dropping_the_overlay_of_the_plugin_in_use_wants_its_unencapsulated_modes():
    reading = understand("MicroK8s ships Calico with VXLAN, all VMs on one subnet. Can we turn encapsulation off and route pod traffic natively?",
                         CATALOG)
    assert reading.wanted and all(o.startswith("calico:") and "vxlan" not in o for o in reading.wanted)
    assert understand("We run Calico VXLAN. How do I turn off the firewall?", CATALOG).wanted == []


def test_whether_a_backend_is_available_or_should_work_is_a_feasibility_question():
    reading = understand("\"wireguard-native\" available as flannel-backend option? I saw the changelog. Should that work oob?", CATALOG)
    assert reading.kind == "feasibility" and reading.options == ["flannel:wireguard"]
    assert understand("Why should that work at all? We run flannel.", CATALOG).kind != "feasibility"
