"""Sixty-fifth round: readings from held-out batch 65 (blind460-463), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.symptoms import symptom_checks
from reading_facts import CATALOG, facts, planned, vocabulary


def test_who_is_still_on_a_plugin_tells_no_symptom():
    text = "We're one of the holdouts still on Weave Net, 40 bare-metal boxes. Weaveworks is gone, so what do we move to?"
    assert understand(text, CATALOG).kind != "troubleshoot"
    assert planned(text).options[0].plugin != "weave"
    assert understand("after the switch pod traffic is still on the old interface, why?", CATALOG).kind == "troubleshoot"


def test_an_installers_backend_mode_key_is_no_made_up_name():
    text = "KubeKey: network: plugin: flannel, flannel: backendMode: vxlan, Directrouting: true. After deploy only vxlan works."
    known = vocabulary("kubekey", "flannel", "vxlan", "directrouting", "calico", "ippool", "crosssubnet")
    assert not understand(text, CATALOG, vocabulary=known).unknown
    assert understand("Calico IPPool: geneveMode: CrossSubnet, does it work?", CATALOG, vocabulary=known).unknown


def test_every_node_showing_virtualboxs_nat_address_is_the_wrong_interface():
    assert "interface" in symptom_checks("Vagrant lab, flannel vxlan, cross-node curl hangs; every node shows the public-ip annotation 10.0.2.15.")
    assert "interface" not in symptom_checks("Vagrant lab, flannel vxlan, cross-node curl hangs; node1 is 192.168.56.11.")


def test_an_mtu_reduced_to_a_value_is_that_value():
    assert facts('Hetzner: the "normal" 1500 MTU is reduced by 50 Bytes to 1450.').get("mtu") == 1450
    assert facts("our MTU is 1500").get("mtu") == 1500


def test_multus_named_as_the_way_macvlan_is_attached_is_no_candidate_left():
    text = ("We attach a second NIC to some pods with Multus + macvlan on vSphere. From any other ESXi host nothing comes back. "
            "The vSphere admins refuse to turn on promiscuous mode or forged transmits. Any way around this?")
    assert planned(text).options[0].id == "ipvlan"  # macvlan ruled out leaves its peer, not the meta-plugin that attaches it
