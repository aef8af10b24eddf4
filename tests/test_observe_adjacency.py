"""L2 adjacency and subnets from neighbour tables, routes, address prefixes and kubectl's InternalIPs."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.observe import read_evidence
from assistant.settings import REPO_ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"
SEED = REPO_ROOT.parent / "shared" / "seed" / "cni-plugin-selection-notes.zh.txt"
# The user's notes live beside the repository (../shared/seed); a clone without them skips these.
NEEDS_SEED = pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not beside the repository")


def text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def read(*names: str):
    return read_evidence([text(n) for n in names])


def test_two_hypervisors_are_not_l2_adjacent_and_the_lines_prove_it():
    obs = read("two_hypervisors_a.txt", "two_hypervisors_b.txt")
    fact = obs.fact("l2_adjacent")
    assert fact is not None and fact.value is False
    assert fact.nodes_seen == 2 and obs.hosts == 2
    assert "[root@kube-w3 ~]# arp" in fact.lines
    assert "? (192.168.122.1) at 52:54:00:8d:3e:41 [ether] on eth0" in fact.lines
    assert any(line.startswith("kube-w2 ") and "00:0c:29:41:8a:6e" in line for line in fact.lines)
    assert not any("flannel.1" in line for line in fact.lines), "overlay neighbours prove nothing about the underlay"
    assert "kube-m1" in fact.detail_en and "kube-w3" in fact.detail_en and "not in one L2 segment" in fact.detail_en
    assert "二层" in fact.detail_zh
    assert obs.fact("cross_subnet") is None, "an ARP cache says nothing about subnets"


def test_listing_order_and_concatenation_do_not_matter():
    a, b = text("two_hypervisors_a.txt"), text("two_hypervisors_b.txt")
    for texts in ([b, a], [a + "\n" + b], [b + a]):
        fact = read_evidence(texts).fact("l2_adjacent")
        assert fact is not None and fact.value is False and fact.nodes_seen == 2


def test_one_listing_alone_decides_nothing():
    obs = read("two_hypervisors_a.txt")
    assert obs.fact("l2_adjacent") is None
    assert any("two nodes" in n for n in obs.notices)


def test_hosts_sharing_one_gateway_are_not_called_apart():
    b = ("[root@kube-w3 ~]# arp -a\n? (172.16.80.2) at 00:50:56:f3:11:07 [ether] on ens33\n"
         "laptop (172.16.80.77) at 3c:22:fb:10:9a:4e [ether] on ens33\n")
    assert read_evidence([text("two_hypervisors_a.txt"), b]).fact("l2_adjacent") is None


def test_hosts_that_only_see_their_gateways_decide_nothing():
    a = "[root@n1 ~]# arp -a\ngateway (10.0.0.1) at 00:11:22:33:44:55 [ether] on eth0\n"
    b = "[root@n2 ~]# arp -a\ngateway (10.9.0.1) at 00:11:22:33:44:66 [ether] on eth0\n"
    assert read_evidence([a, b]).fact("l2_adjacent") is None


@NEEDS_SEED
def test_the_seed_notes_own_two_arp_listings():
    notes = SEED.read_text(encoding="utf-8")
    listings = notes[notes.index("[root@k8s-ha-master02 ~]# arp"):notes.index("通过mac广播")]
    obs = read_evidence(listings)
    fact = obs.fact("l2_adjacent")
    assert fact is not None and fact.value is False and fact.nodes_seen == 2
    assert "[root@bogon dist]# arp" in fact.lines
    assert "gateway (192.168.43.1) at a8:9c:ed:f2:4b:a6 [ether] on ens34" in fact.lines
    assert any(line.startswith("k8s-node01 ") for line in fact.lines)
    assert "k8s-ha-master02" in fact.detail_en and "bogon" in fact.detail_en
    assert obs.fact("platform").value == "vmware"
    assert obs.fact("current_plugin").value == "flannel:vxlan"


@NEEDS_SEED
def test_the_whole_seed_file_reads_the_same_and_its_flannel_config():
    obs = read_evidence(SEED.read_text(encoding="utf-8"))
    assert obs.fact("l2_adjacent").value is False
    fact = obs.fact("current_plugin")
    assert fact.value == "flannel:vxlan"
    assert any('"Type": "vxlan"' in line for line in fact.lines)


def test_a_node_behind_a_gateway_is_not_on_link():
    obs = read("ip_route_routed.txt", "kubectl_nodes_wide_routed.txt")
    l2, cross = obs.fact("l2_adjacent"), obs.fact("cross_subnet")
    assert l2.value is False and cross.value is True
    assert "node3 (10.0.2.7) is reached via 10.0.1.1 from node1, not on-link" in l2.detail_en
    assert "default via 10.0.1.1 dev eth0 proto dhcp src 10.0.1.5 metric 100" in l2.lines
    assert any(line.startswith("node3 ") for line in l2.lines)
    assert l2.nodes_seen == 3


def test_route_n_gives_the_same_placement():
    obs = read("route_n.txt", "kubectl_nodes_wide_routed.txt")
    assert obs.fact("l2_adjacent").value is False
    assert "via 10.0.1.254" in obs.fact("l2_adjacent").detail_en
    assert "route -n" in obs.formats


def test_all_nodes_on_link():
    listing = text("kubectl_nodes_wide_routed.txt").replace("10.0.2.7", "10.0.1.7")
    obs = read_evidence([text("ip_route_routed.txt"), listing])
    assert obs.fact("l2_adjacent").value is True and obs.fact("l2_adjacent").nodes_seen == 3
    assert obs.fact("cross_subnet").value is False
    assert "10.0.1.0/24 dev eth0 proto kernel scope link src 10.0.1.5 metric 100" in obs.fact("l2_adjacent").lines


def test_address_prefixes_place_nodes_when_no_routes_are_pasted():
    addrs = "[root@node1 ~]# ip -br addr\neth0             UP             10.0.1.5/24\n"
    obs = read_evidence([addrs, text("kubectl_nodes_wide_routed.txt")])
    assert obs.fact("l2_adjacent").value is False
    assert "outside node1's subnets (10.0.1.0/24)" in obs.fact("l2_adjacent").detail_en


def test_neighbour_tables_on_both_sides_show_one_segment():
    obs = read("onlink_pair.txt")
    assert obs.hosts == 2
    assert obs.fact("l2_adjacent").value is True and obs.fact("l2_adjacent").nodes_seen == 2


def test_kubectl_listing_spanning_unrelated_ranges_is_cross_subnet_with_the_assumption_stated():
    obs = read("kubectl_nodes_wide_mixed16.txt")
    fact = obs.fact("cross_subnet")
    assert fact.value is True and "assuming" in fact.detail_en and "假设" in fact.detail_zh
    assert obs.fact("l2_adjacent") is None
    assert len(fact.lines) == 3


def test_kubectl_listing_in_neighbouring_24s_is_left_open_without_a_prefix():
    obs = read("kubectl_nodes_wide_mixed24.txt")
    assert obs.fact("cross_subnet") is None
    assert any("10.8.1.0/24, 10.8.2.0/24" in n and "prefix" in n for n in obs.notices)


def test_a_pasted_prefix_settles_the_mixed_listing():
    obs = read("ip_br_addr_rack1.txt", "kubectl_nodes_wide_mixed24.txt")
    assert obs.fact("cross_subnet").value is True
    assert obs.fact("l2_adjacent").value is False
    assert "rack2-a (10.8.2.10) is reached via 10.8.1.1 from rack1-a" in obs.fact("l2_adjacent").detail_en


def test_a_node_both_on_link_and_behind_a_gateway_is_a_conflict():
    arp = ("[root@node1 ~]# arp -n\nAddress                  HWtype  HWaddress           Flags Mask            Iface\n"
           "10.0.2.7                 ether   00:0c:29:11:22:33   C                     eth0\n")
    obs = read_evidence([text("ip_route_routed.txt"), arp, text("kubectl_nodes_wide_routed.txt")])
    assert obs.fact("l2_adjacent") is None and obs.fact("cross_subnet") is None
    assert len(obs.conflicts) == 1
    assert "10.0.2.7" in obs.conflicts[0] and "neighbour table" in obs.conflicts[0] and "via 10.0.1.1" in obs.conflicts[0]
    assert len(obs.conflicts_zh) == 1
