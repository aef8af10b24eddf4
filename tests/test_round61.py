"""Sixty-first round: readings from held-out batch 61 (blind444-447), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, vocabulary


def test_switch_settings_someone_else_will_not_change_filter_macs():
    assert facts("vSwitch 的混杂模式、伪传输这些安全策略归 VMware 组管，他们说不会改。").get("mac_filtering") is True
    assert "mac_filtering" not in facts("vSwitch 的混杂模式、伪传输已经改成 Accept 了。")


def test_ipsec_as_the_only_approved_protocol_and_wireguard_explicitly_refused():
    said = facts("the only thing on the approved crypto list is IPsec; WireGuard is explicitly not approved.")
    assert said.get("encryption_protocol") == "ipsec" and said.get("encryption") is True
    assert "encryption_protocol" not in facts("Do we need IPsec or WireGuard between the nodes?")


def test_made_up_values_of_real_mode_keys_and_a_quoted_transport_are_unknown():
    known = vocabulary("antrea", "geneve", "gre", "calico", "bpf", "nftables", "iptables")
    assert understand("Antrea can carry pod traffic over QUIC (tunnelType: quicmesh). Which feature gate?", CATALOG, vocabulary=known).unknown
    assert understand("听说 Calico 出了 StreamLane 数据面（linuxDataplane: StreamLane），值得切吗？", CATALOG, vocabulary=known).unknown
    assert not understand("Antrea with tunnelType: gre between our DCs, does NetworkPolicy still work?", CATALOG, vocabulary=known).unknown
    assert not understand("Installation has linuxDataplane: Nftables, is that fine?", CATALOG, vocabulary=known).unknown


def test_pods_talking_across_different_clusters_is_multi_cluster():
    text = "two kubernetes clusters A and B, both on flannel. Can pods talk with each other directly across different cluster?"
    assert facts(text).get("multi_cluster") is True
    assert "multi_cluster" not in facts("pods spread across the cluster cannot talk")


def test_a_plugins_manifest_applied_names_it_in_use():
    assert facts("coredns is always pending after apply flannel.yml.").get("current_plugin") == "flannel"
    assert "current_plugin" not in facts("should I apply calico.yaml or cilium?")
