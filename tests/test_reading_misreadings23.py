"""Twenty-third round: misreadings on the held-out sets of 2026-12-04 (batch 15), each with a near-miss that must
keep its reading."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _options(text: str) -> dict[str, str]:
    result = plan(understand(text, CATALOG), CATALOG)
    assert result is not None
    return {o.id: o.verdict for o in result.options}


def test_protocols_a_firewall_cannot_name_or_lets_through():
    from reading_facts import facts
    assert facts("The Robot firewall template only has TCP and UDP rules (no other IP protocols).").get("encap_blocked") == ["ipip"]
    found = facts("Security won't let us open UDP between our two data centres at all; only TCP and ICMP pass the firewall.")
    assert set(found.get("encap_blocked", [])) >= {"vxlan", "ipip"}
    # TCP only, with IP-in-IP asked for and granted later in the sentence: UDP is blocked, IPIP is not
    found = facts("防火墙策略是：只放行 TCP，以及我们专门申请过的 IP 协议 4（IPIP）；UDP 一律不允许。")
    assert "vxlan" in found["encap_blocked"] and "ipip" not in found["encap_blocked"]
    assert facts("防火墙只放行 TCP。").get("encap_blocked")


def test_a_backend_described_is_no_wish_and_a_soft_wish_is_no_block():
    from reading_facts import facts
    assert "encap_blocked" not in facts("flannel 有个 tencent-vpc backend，直接往 VPC 路由表里写路由，不用封装，听着很香。")
    assert "encap_blocked" not in facts("The services are latency-sensitive, so we'd rather avoid encapsulation if the network allows it.")
    assert facts("我们不用封装，直接路由。").get("encap_blocked")


def test_who_runs_what_pushed_rolled_out_retired_or_in_a_side_note():
    from reading_facts import facts
    assert "current_plugin" not in facts("同事力推 Calico BGP，说性能最好，我有点怀疑。")
    assert "current_plugin" not in facts("Is it OK to roll out Cilium with kube-proxy replacement on these nodes?")
    assert facts("We ran Weave Net on this cluster until we ripped it out last year; today it's Cilium in native-routing mode."
                 ).get("current_plugin") == "cilium:native-routing"
    assert "current_plugin" not in facts("(Side note: my home lab on a NUC runs Canal and I have zero complaints.)")
    # a home lab that is the cluster asked about stays the writer's
    assert facts("My home lab runs k3s with Canal on three NUCs.").get("current_plugin") == "flannel"


def test_pods_called_by_address_routes_nobody_maintains_and_counted_vlans():
    from reading_facts import facts
    found = facts("老的 Java 服务要直接按 pod IP 调 pod 里的 dubbo 服务。集群里没装 CCM，VPC 路由表我们也不想手工维护。")
    assert found.get("routable_pod_ips") is True and found.get("pod_routes") is False
    assert "nodes" not in facts("内网两个服务器 VLAN（10.8.1.0/24 和 10.8.2.0/24）之间有防火墙。")
    assert facts("20 台服务器网络都是万兆").get("nodes") == 20
    assert facts("pods on the 6 nodes we re-IP'd into 172.20.8.0/22 can't reach pods on the old nodes").get("cross_subnet") is True


def test_a_cloud_subnet_called_one_switch_still_drops_unencapsulated_pod_traffic():
    # Aliyun's vSwitch delivers only the ECS's own addresses: BGP without encapsulation and CrossSubnet fail there
    verdicts = _options("阿里云 ECS 上 kubeadm 自建，12 台都在同一个交换机（vSwitch）下，Calico。跨节点的 pod 全部不通，该用什么模式？")
    assert verdicts["calico:bgp"] == "rejected" and verdicts["calico:vxlan-crosssubnet"] == "rejected"
    assert verdicts["calico:vxlan"] != "rejected"
    # bare metal on one switch keeps routed modes
    assert _options("12 台物理机都在同一个交换机下，Calico，用什么模式？")["calico:bgp"] != "rejected"


def test_ip_in_ip_granted_beside_tcp_or_refused_after_it():
    from reading_facts import facts
    assert facts("我们的安全组规则模板只能放行 TCP/UDP/ICMP，放不了 IP 协议号 4。").get("encap_blocked") == ["ipip"]
    assert facts("安全组只放行 TCP/UDP/ICMP，IP 协议号 4 被拦。").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("防火墙只放行 TCP 和 IP 协议号 4（IPIP）。")


def test_port_security_switched_off_lets_pod_addresses_through():
    from reading_facts import facts
    found = facts("k8s 节点 VM 的 Neutron 端口已经关掉了 port security，所有节点在同一个租户网络 192.168.10.0/24。")
    assert found.get("mac_filtering") is False and found.get("l2_adjacent") is True
    verdicts = _options("OpenStack 上 k8s 节点 VM 的 Neutron 端口已经关掉了 port security，所有节点在同一个租户网络。能把 Calico 改成 BGP 不封装吗？")
    assert verdicts["calico:bgp"] != "rejected"
    # refused, the guard stays on
    assert "mac_filtering" not in facts("OpenStack: the cloud team refuses to disable port security or add allowed-address-pairs.")


def test_a_mode_asked_for_after_a_step_or_as_an_example_is_not_the_one_running():
    from reading_facts import facts
    asked = "用 kubeadm-ha 装好的集群里 calico 的模式是 IPIP 模式，可以在集群安装完成之后自行修改网络模式，改成 BGP 吗？应该怎么改？"
    assert facts(asked).get("current_plugin") == "calico:ipip"
    assert facts("Please provide a way to change built-in flannel config, e.g. from vxlan to host-gw. k3s has no ConfigMap for it."
                 ).get("current_plugin") == "flannel:vxlan"
    # a move made, then the trouble
    assert facts("我们把 calico 改成 BGP 之后就不通了。").get("current_plugin") == "calico:bgp"


def test_the_plugin_in_use_leads_a_comparison_when_it_meets_every_need():
    kept = ("我们的老集群是 kubeadm 1.27 + kube-router v1.6（CNI + service proxy + network policy），BGP 跟核心交换机对接。"
            "kube-router 能不能直接跑双栈？还是说必须得换 Calico？")
    result = plan(understand(kept, CATALOG), CATALOG)
    assert result is not None and result.options[0].id == "kube-router"
    # flannel needs an add-on for NetworkPolicy: staying is not the clean answer
    moved = plan(understand("We run flannel on 10 nodes. Should we keep flannel or switch to Calico now that we need NetworkPolicy?", CATALOG), CATALOG)
    assert moved is not None and moved.options[0].plugin == "calico"


def test_a_tunnel_moved_to_that_the_plugin_lacks_and_a_long_made_up_mode_name():
    asked = understand("flannel 想从 vxlan 换成 geneve 后端，这个具体怎么配？", CATALOG, vocabulary=lambda p: True)
    assert asked.kind == "decline" and asked.unknown
    assert not understand("flannel 想从 vxlan 换成 host-gw 后端，怎么配？", CATALOG, vocabulary=lambda p: True).unknown
    made_up = understand("Calico 3.28 的 AutoShard 自动分片路由模式怎么开启？", CATALOG, vocabulary=lambda p: p != "autoshard")
    assert "AutoShard" in made_up.unknown
