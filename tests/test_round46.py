"""Forty-sixth round: readings and plans from held-out batch 46, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_a_rule_against_pods_taking_the_datacentres_addresses():
    said = facts("网络组明确说 pod 不许占用办公网的地址段，必须用自己的私有网段。")
    assert said.get("network_ips_reserved") is True and "routable_pod_ips" not in said
    assert facts("Pod 直接使用办公网段的 IP。").get("routable_pod_ips") is True


def test_some_pods_over_a_nic_of_their_own_need_a_second_interface():
    assert facts("A few pods (the backup jobs) must reach the tape library over that backup NIC, not the default route.").get("multi_nic") is True
    assert "multi_nic" not in facts("Pod CIDR 10.32.0.0/16, to be routed via eth1 between the nodes.")


def test_a_firewall_opened_for_tcp_and_udp_drops_ipip():
    assert facts("The firewall team opened all TCP and UDP between the two sites.").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("The firewall team opened the ports we listed.")


def test_the_nodes_own_bgp_sessions_between_sites_are_no_fabric():
    said = facts("Calico with IPIP; the firewall sits between the sites, and the BGP sessions between the nodes show Established.")
    assert "bgp_fabric" not in said
    assert facts("Our ToR routers peer BGP with every node.").get("bgp_fabric") is True


def test_an_l3_switch_routing_two_subnets_is_no_shared_segment():
    said = facts("20 台服务器挂在同一台三层交换机下面，分了三个网段。")
    assert said.get("cross_subnet") is True and "l2_adjacent" not in said
    assert facts("20 台服务器挂在同一台交换机下面。").get("l2_adjacent") is True


def test_our_own_server_room_is_bare_metal():
    assert facts("我们是自己机房的服务器，10 台。").get("platform") == "bare-metal"


def test_a_no_encapsulation_effect_wanted_in_chinese():
    assert facts("想要类似不封装的效果。").get("latency_sensitive") is True
    assert "latency_sensitive" not in facts("封装无所谓，能通就行。")


def test_can_x_and_if_not_what_is_a_yes_no_with_alternatives():
    reading = understand("我们是自己机房的物理机，分两个网段，能不能装 amazon-vpc-cni？不行的话该选什么？", CATALOG)
    assert reading.kind == "feasibility"
    assert understand("我们是自己机房的物理机，分两个网段，该选什么 CNI？", CATALOG).kind == "choice"


def test_a_plugin_weighed_whose_only_caveat_is_a_kernel_module_leads_the_comparison():
    result = planned("Calico vs Cilium for 50 bare-metal nodes on Ubuntu 20.04 (kernel 5.4, no upgrades allowed), two racks, "
                   "ToRs peer BGP; NetworkPolicy and WireGuard encryption needed.")
    assert result.options[0].plugin == "calico"
    # below a plugin's hard floor it does not lead: Cilium needs 5.10 whatever is installed
    assert all(c.status == "fail" for o in result.options if o.plugin == "cilium" for c in o.checks if c.check == "kernel")


def test_a_hosting_vendors_dedicated_servers_with_a_word_between_are_bare_metal():
    assert facts("We rent 12 Hetzner dedicated AMD servers on one vSwitch.").get("platform") == "bare-metal"
    assert facts("We rent 12 Hetzner Cloud servers in one network.").get("platform") == "cloud"


def test_an_ubuntu_release_written_before_its_name():
    said = facts("Nodes use the 22.04 ubuntu AMI, arm64.")
    assert said.get("os") == "ubuntu 22.04" and said.get("kernel") == "5.15"
    assert facts("kubectl 1.22.04 ubuntu").get("os") != "ubuntu 22.04"


def test_a_plugin_waved_away_is_neither_a_candidate_nor_the_one_in_use():
    reading = understand("节点资源很紧，越轻越好，Antrea 那种就算了。k3s 默认是 flannel vxlan，换成什么好？", CATALOG)
    assert "antrea" not in reading.plugins
    assert facts("节点资源很紧，越轻越好，Antrea 那种就算了。k3s 默认是 flannel vxlan，换成什么好？").get("current_plugin") != "antrea"
    assert "antrea" in understand("Antrea 还是 Calico，哪个更轻？", CATALOG).plugins


def test_one_subnet_inside_each_place_is_no_single_subnet_for_the_cluster():
    said = facts("一个集群跨两个机房，各 8 台物理机，机房内是同一个网段，机房之间走专线，也不让我们跑 BGP。")
    assert said.get("cross_subnet") is True and said.get("bgp_fabric") is False
    assert facts("8 台物理机，都在同一个网段。").get("cross_subnet") is False


def test_the_newly_added_nodes_subnet_differs():
    assert facts("原来 10 台都在同一网段，上个月新加了 6 台，网段不一样。").get("cross_subnet") is True
    assert "cross_subnet" not in facts("两个集群的 pod 网段不一样。")
