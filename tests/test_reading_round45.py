"""Forty-fifth round: misreadings found on held-out batch 45, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, vocabulary


def test_no_routes_for_the_pod_cidr_and_an_unwilling_network_team_in_chinese():
    said = facts("核心交换机上没有 pod 网段的路由，网络组也不愿意加静态路由。")
    assert said.get("pod_routes") is False
    assert facts("核心交换机上配了 pod 网段的静态路由。").get("pod_routes") is True


def test_bgp_called_impossible_is_no_bgp_fabric():
    assert facts("客户机房让网络组配 BGP 根本不可能。").get("bgp_fabric") is False
    assert facts("客户机房的核心交换机可以配 BGP。").get("bgp_fabric") is True


def test_connections_straight_to_certain_pod_ips_need_routable_pods():
    assert facts("Mainframe jobs open connections straight to certain pod IPs, no load balancer.").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Mainframe jobs go through the load balancer.")


def test_nodes_joined_to_one_hq_cluster_are_no_multi_cluster():
    assert "multi_cluster" not in facts("三个矿区各有几台节点，跟总部集群之间走 VPN 打通。")
    assert facts("北京集群和上海集群之间的服务要互相调用。").get("multi_cluster") is True


def test_a_need_that_may_come_up_later_is_not_stated():
    assert "encryption" not in facts("NetworkPolicy is a must; encryption between nodes might come up next year.")
    assert "encryption" not in facts("加密以后可能会要。")
    assert facts("Encryption between nodes is a must.").get("encryption") is True


def test_a_vpn_tunnels_mtu_is_the_path_the_overlay_runs_over():
    assert facts("The sites are joined by OpenVPN (tun MTU 1380) and we run Calico VXLAN.").get("mtu") == 1380
    assert "mtu" not in facts("Calico sets the tunnel MTU to 1450.")


def test_store_boxes_joined_to_a_cloud_cluster_from_outside_its_vpc_are_hybrid():
    said = facts("我们在阿里云上用 ACK，现在要把 50 家门店的小主机当边缘节点接进来，走门店宽带，不在 VPC 里。")
    assert said.get("platform") == "hybrid"
    assert facts("我们在阿里云上用 ACK，50 台 ECS 节点。").get("platform") == "aliyun"


def test_a_made_up_hyphenated_backend_after_chinese_words_is_unknown():
    known = vocabulary("host gw", "vxlan", "wireguard")
    reading = understand("听说 flannel 新出了一个 turbo-gw backend，net-conf.json 怎么写？", CATALOG, vocabulary=known)
    assert reading.kind == "decline" and reading.unknown
    assert understand("flannel 的 host-gw backend 能跨网段吗？", CATALOG, vocabulary=known).kind != "decline"


def test_asking_how_to_turn_it_on_keeps_a_plugin_question_on_topic():
    reading = understand('Cilium 1.16 has a "Quasar" tunnel mode, I was told. What goes in the Helm values to turn it on?', CATALOG,
                         vocabulary=vocabulary("vxlan", "geneve"))
    assert reading.decline == "unknown_name"
    assert understand("What goes in the Helm values for the Grafana dashboards?", CATALOG).decline == "off_topic"


def test_a_count_after_a_chinese_field_labels_colon():
    assert facts("集群规模:2 Master + 4 Worker，全是物理机。").get("nodes") == 6
    assert "nodes" not in facts("巡检时间 10:30 nodes 全部正常")
