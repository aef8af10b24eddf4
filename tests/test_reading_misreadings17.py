"""Seventeenth round: misreadings found on the held-out sets of 2026-12-04 (tenth session), each with a near-miss."""

from __future__ import annotations

from reading_facts import facts


def test_all_in_one_segment_without_same_is_one_subnet():
    assert facts("20 台物理机，都在一个网段。").get("cross_subnet") is False
    assert facts("三台节点全部位于一个子网").get("cross_subnet") is False
    # one segment per site is not one segment
    assert facts("两个机房，每个机房一个网段。").get("cross_subnet") is not False


def test_addresses_the_network_may_not_give_pods_are_reserved_not_only_short():
    for text in ("Needs: NetworkPolicy; pods must NOT consume VPC addresses (those /24s are shared with RDS).",
                 "The VNet is shared with three other teams, so anything that burns a VNet IP per pod is out.",
                 "The network team has already said no to more address space.",
                 "Pod 不能占用 VPC 的 IP。", "VPC 网段没法再扩了。"):
        found = facts(text)
        assert found.get("network_ips_reserved") is True and found.get("pod_density") is True, text
    # running out is fixed inside the cloud's plugin (prefix delegation, a secondary CIDR): short, not reserved
    short = facts("We ran out of VPC IPs on EKS.")
    assert short.get("pod_density") is True and "network_ips_reserved" not in short
    assert "network_ips_reserved" not in facts("We can expand the VPC CIDR if needed, that is possible.")


def test_a_network_shared_with_other_teams_is_still_ours():
    found = facts("AKS, 200 nodes. The VNet (10.20.0.0/16) is shared with three other teams and our /22 for pods is basically gone.")
    assert found.get("pod_density") is True and found.get("platform") == "azure"
    # another team's own cluster stays theirs
    assert "nodes" not in facts("Another team runs Cilium on 300 GKE nodes.")


def test_a_planned_size_given_by_the_plan_as_subject():
    assert facts("AKS cluster, currently 200 nodes, capacity plan says 450 by next summer.").get("nodes") == 450
    assert facts("Currently 200 nodes; the plan is to keep it that way.").get("nodes") == 200


def test_a_cloud_plugins_vendor_name_is_no_platform_when_the_nodes_are_placed():
    asked = facts("Can I use amazon-vpc-cni-k8s on my cluster? I set it up on the physical machine with kubeadm.")
    assert asked.get("platform") == "bare-metal"
    # alone, the vendor's plugin still says where the nodes are
    assert facts("We use the Amazon VPC CNI.").get("platform") == "aws"


def test_dns_names_wanted_in_rules_however_said():
    assert facts("Support for dns name based policy rules would help us.").get("fqdn_policy") is True
    assert facts("It's really hard to write egress rules for external services without using dns names.").get("fqdn_policy") is True
    # rules that do without names, and a product's feature, are no need
    assert facts("We write egress rules without using dns names; IP blocks are enough.").get("fqdn_policy") is not True
    assert "fqdn_policy" not in facts("Cilium supports DNS-name based policy.")


def test_kubevirt_live_migration_is_its_own_need():
    for text in ("Which CNI lets us live-migrate the KubeVirt VMs and keep the VM IP?",
                 "Can LiveMigration keep VMI IP unchanged? Two virt-launcher pods run during live-migration.",
                 "KubeVirt 虚拟机需要热迁移"):
        found = facts(text)
        assert found.get("live_migration") is True and found.get("static_pod_ips") is True, text
    # a hypervisor's live migration of the node VMs is not KubeVirt's
    assert "live_migration" not in facts("vSphere live migration (vMotion) of the node VMs drops pod traffic for a second.")
    # KubeVirt's VMs are workloads: neither the platform nor the node count
    found = facts("Two VMs talking on the same pod network would be NAT'd; the virt-launcher pod keeps its IP.")
    assert found.get("platform") != "vm" and "nodes" not in found


def test_multus_named_is_in_use_unless_the_denial_is_said_of_it():
    assert facts("the two pods can not use the same IP with multus CNI").get("multi_nic") is True
    assert facts("no multus here, just calico").get("multi_nic") is False


def test_a_plugin_heard_about_in_a_talk_is_not_the_one_in_use():
    assert "current_plugin" not in facts("老集群：40 个节点，领导听了一场 Cilium 的分享")
    assert "current_plugin" not in facts("Old cluster, 40 nodes. After a talk on Cilium at KubeCon our lead wants it.")
    assert facts("We run Cilium 1.15 on 40 nodes.").get("current_plugin") == "cilium"


def test_what_a_colleague_argues_about_the_network_is_no_fact():
    found = facts("12 GCE instances in one regional subnet, so my colleague argues they're 'on the same L2' and host-gw should be fine.")
    assert "l2_adjacent" not in found and found.get("platform") == "gcp"
    # told about our own nodes, it is ours
    assert facts("My colleague thinks our nodes are on one L2 segment.").get("l2_adjacent") is True


def test_a_lower_camel_name_called_by_the_writer_is_a_candidate():
    from assistant.reading.unknown import unknown_names
    from reading_facts import CATALOG
    known = {"antrea", "hybrid"}
    assert unknown_names(CATALOG, "Antrea added a trafficEncapMode called turboEncap", [], lambda t: t in known)[0] == ["turboEncap"]
    assert unknown_names(CATALOG, "a node called worker1 and a host called nodeA", [], lambda t: t in known)[0] == []


def test_a_plugin_to_adopt_or_of_a_cluster_gone_by_is_not_in_use():
    assert "current_plugin" not in facts("我们想上 Cilium")
    assert "current_plugin" not in facts("想法：把 kube-proxy 去掉，直接上 Cilium 的 kube-proxy replacement")
    past = facts("Previous cluster was k3s with the built-in flannel; it was fine but we outgrew it. Now 15 Talos VMs.")
    assert "current_plugin" not in past and "distribution" not in past and past.get("nodes") == 15
    # the one in use, beside the one to adopt, stays
    assert facts("我们现在用的是 Calico，想换成 Cilium").get("current_plugin") == "calico"
    assert facts("老集群 40 台，用的 flannel").get("current_plugin") == "flannel"


def test_a_guard_nobody_may_switch_off_stays_on():
    for text in ("Port security is mandatory: no allowed-address-pairs exceptions, no disabling port security on the k8s ports.",
                 "Port security and security groups are mandatory per our cloud team."):
        assert facts(text).get("l2_adjacent") is False, text
    assert facts("We disabled port security on the k8s ports.").get("l2_adjacent") is True


def test_a_plugin_name_with_a_made_up_mode_glued_on_is_a_candidate():
    from assistant.reading.unknown import unknown_names
    from reading_facts import CATALOG
    known = {"flannel", "ipvlan", "host gw"}
    text = "flannel 新版本加了一个 ipvlan-gw 后端"
    assert unknown_names(CATALOG, text, [(text.index("ipvlan"), text.index("ipvlan") + 6, "ipvlan")], lambda t: t in known)[0] == ["ipvlan-gw"]
    # the plugin word glued on is the plugin
    text = "Is the AmazonVPC-CNI fine?"
    assert unknown_names(CATALOG, text, [(7, 16, "aws-vpc-cni")], lambda t: t in known)[0] == []


def test_a_fixed_egress_address_is_not_a_fixed_pod_address():
    assert "static_pod_ips" not in facts("AWX 能否获得一个固定的出口（egress）静态 IP，好把它加进白名单？")
    assert facts("StatefulSet 的 Pod 需要固定 IP").get("static_pod_ips") is True


def test_policies_not_configured_yet_are_no_need_either_way():
    assert "network_policy" not in facts("No network policies have been set, and the network between nodes is functioning normally.")
    assert facts("We don't need network policies.").get("network_policy") is False
    assert facts("In this scenario there's no need for Multus or SR-IOV CNI plugin.").get("multi_nic") is not True


def test_a_fabric_the_writer_refuses_to_depend_on_is_no_fabric():
    found = facts("Our nodes span multiple subnets and we don't want to be dependent on the TOR for BGP.")
    assert found.get("bgp_fabric") is False
    assert facts("Our ToR switches speak BGP.").get("bgp_fabric") is True


def test_what_switching_a_guard_off_would_do_is_no_switch():
    assert "l2_adjacent" not in facts("Disabling the port security in OpenStack does allow CNIs such as Cilium to use native routing.")
    assert facts("We disabled port security; that does allow native routing now.").get("l2_adjacent") is True


def test_a_labelled_list_of_what_is_not_needed_denies_each_item():
    found = facts("Needs: NetworkPolicy, encryption. Not needed: IPv6, Windows.")
    assert found.get("network_policy") is True and found.get("encryption") is True
    assert found.get("ipv6") is False and found.get("windows_nodes") is False
    assert facts("不需要：加密、IPv6").get("encryption") is False
    assert facts("Needs: IPv6 and Windows nodes.").get("windows_nodes") is True


def test_addresses_refused_to_pods_in_other_words():
    for text in ("The network team flatly refuses to give pods addresses from the VPC, and no secondary CIDR either.",
                 "The architects said pod IPs must NOT come out of the VNet address space."):
        assert facts(text).get("network_ips_reserved") is True, text
    assert "network_ips_reserved" not in facts("We added a secondary CIDR for pods.")


def test_security_rules_that_open_tcp_and_udp_ports_block_only_non_udp_encapsulation():
    assert facts("安全组入方向只放了 TCP 全部端口、UDP 全部端口和 ICMP。").get("encap_blocked") == ["ipip"]
    assert "udp" in facts("安全组只放了 TCP。").get("encap_blocked", [])


def test_no_firewall_attached_blocks_nothing():
    assert "encap_blocked" not in facts("5 droplets, all in one DO VPC, no DO Cloud Firewall attached.")
    assert facts("The droplets sit behind a DO Cloud Firewall.").get("encap_blocked") == ["ipip"]


def test_the_node_mesh_sessions_calicoctl_shows_are_no_fabric():
    text = ("Calico with plain BGP node-to-node mesh, no encap. The core router between the two /24s doesn't run BGP with us. "
            "calicoctl node status shows every BGP session Established.")
    assert facts(text).get("bgp_fabric") is False


def test_a_fixed_egress_source_ip_is_its_own_need():
    for text in ("It would be useful if our CNI made egress pod traffic appear as a specified static IP.",
                 "I need a predictable IP for outgoing requests made from pods, to whitelist them in a partner's firewall.",
                 "AWX 能否获得一个固定的出口（egress）静态 IP？"):
        found = facts(text)
        assert found.get("egress_ip") is True and "static_pod_ips" not in found, text
    # egress policies and a pod's own fixed address are other needs
    assert "egress_ip" not in facts("We need egress policies to block the internet.")
    assert facts("StatefulSet pods need static IPs.").get("static_pod_ips") is True


def test_nodes_moved_into_a_new_rack_or_subnet_are_apart():
    text = ("The network guys moved 7 of the workers into a new rack on 172.20.9.0/24; the core router between the two /24s "
            "doesn't run BGP with us. Pods on the same node or in the same rack are fine.")
    found = facts(text)
    assert found.get("cross_subnet") is True and "l2_adjacent" not in found
    assert facts("All 6 servers are in the same rack.").get("l2_adjacent") is True


def test_settings_and_interfaces_are_read_as_what_they_are():
    config = "public_network: ipv4: true, ipv6: false; private_network: subnet: 10.0.0.0/16; cni: mode: cilium; cluster_cidr: 10.244.0.0/16"
    found = facts(config)
    assert found.get("ipv6") is False and "cross_subnet" not in found
    assert facts("enable_ipv6: true").get("ipv6") is True
    # one host's two interfaces are neither two nodes nor two node subnets
    nics = facts("当主机有两个网络接口时（10.30.0.0/16，192.168.1.0/24），k3s 指定 --node-ip 为 10.30.0.0/16 网段")
    assert "nodes" not in nics and "cross_subnet" not in nics
    assert facts("two port groups: 10.8.1.0/24 and 10.8.2.0/24").get("cross_subnet") is True


def test_a_symptom_does_not_negate_self_hosted():
    assert facts("flannel does not seem to work on a self-hosted cluster.").get("managed") is False
    assert facts("We don't use a managed service.").get("managed") is False


def test_a_layout_the_move_ended_is_not_the_current_one():
    found = facts("Before the move all 18 nodes were on one VLAN; now rack A is 10.30.1.0/24 and rack B is 10.30.2.0/24.")
    assert found.get("cross_subnet") is True and "l2_adjacent" not in found
    assert "cross_subnet" not in facts("原来都在一个网段，现在要拆开。")
    assert facts("All 18 nodes are on one VLAN.").get("l2_adjacent") is True


def test_a_proposal_someone_made_is_no_fact_and_udp_opened_as_放通_passes():
    assert "bgp_fabric" not in facts("有人提议让 calico 直接和 VPC 路由器跑 BGP 发布 pod 网段。")
    assert facts("安全组只放通 TCP、UDP 和 ICMP，其它协议一律丢弃。").get("encap_blocked") == ["ipip"]


def test_a_switch_named_by_its_ports_and_one_prefix_in_chinese():
    found = facts("20 台物理机插在同一台 48 口交换机上，同一个 /24。")
    assert found.get("l2_adjacent") is True and found.get("cross_subnet") is False
    assert facts("两台 48 口交换机之间走三层路由").get("l2_adjacent") is not True


def test_a_source_ip_per_namespace_is_a_fixed_egress_ip():
    assert facts("We would like to use namespace specific SNAT ips to outside the cluster.").get("egress_ip") is True
    assert facts("We need an egress source IP per namespace for the partner firewall.").get("egress_ip") is True
    assert "egress_ip" not in facts("Each namespace gets its own subnet.")


def test_a_former_layout_cue_stops_at_now():
    text = ("Pods on nodes in different subnets time out, while pod-to-pod on the same node or within the same subnet is fine. "
            "Before the move all nodes were in 172.16.4.0/24; now 6 of them landed in 172.16.9.0/24 behind the core router.")
    found = facts(text)
    assert found.get("cross_subnet") is True and found.get("l2_adjacent") is False


def test_made_up_modes_written_into_a_setting_or_with_a_word_between():
    from assistant.reading.unknown import unknown_names
    from reading_facts import CATALOG
    known = {"flannel", "antrea", "host gw", "native routing", "vxlan"}
    assert unknown_names(CATALOG, "Backend 的 Type 直接写成 ebpf-direct 就可以吗", [], lambda t: t in known)[0] == ["ebpf-direct"]
    assert unknown_names(CATALOG, "How do I enable Antrea's SwiftPath acceleration mode?", [], lambda t: t in known)[0] == ["SwiftPath"]
    # documented names in the same shapes stay known
    assert unknown_names(CATALOG, "把 flannel 的后端换成 host-gw，或 Cilium's native routing mode", [], lambda t: t in known)[0] == []


def test_the_best_possible_performance_and_avoiding_encapsulation_are_a_latency_wish():
    found = facts("I want to avoid using both WireGuard and VXLAN encapsulation to get the best possible performance.")
    assert found.get("latency_sensitive") is True
    assert "latency_sensitive" not in facts("The VXLAN encapsulation is needed between the sites.")
