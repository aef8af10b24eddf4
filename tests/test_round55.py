"""Fifty-fifth round: readings, catalog facts and planning from held-out batch 55 (blind422-425), each beside a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from assistant.reading import understand
from reading_facts import CATALOG, check_status, facts, planned, vocabulary


def test_a_setting_value_after_can_be_set_to_is_checked_for_existence():
    known = vocabulary("calico", "ippool", "encapsulation", "vxlan", "ipip", "crosssubnet")
    reading = understand("Calico 的 IPPool 里 encapsulation 能设成 TurboMesh 吗？", CATALOG, vocabulary=known)
    assert reading.kind == "decline" and "TurboMesh" in reading.unknown


def test_home_network_gear_without_a_container_word_is_off_topic():
    assert understand("My pfSense box: how do I put the cameras on a VLAN that cannot reach the NAS?", CATALOG).kind == "decline"
    assert understand("Our OPNsense firewall sits between the k8s nodes; which CNI mode avoids needing routes on it?", CATALOG).kind != "decline"


def test_a_build_tool_question_is_ours_only_with_a_pod_network_word():
    assert understand("packer template for our k8s nodes: the VM never gets a DHCP lease, what to check?", CATALOG).kind == "decline"
    assert understand("3 Proxmox hosts run our k3s cluster; which network plugin should it use?", CATALOG).kind == "choice"
    assert understand("Terraform-built EKS: pods on different nodes can't reach each other", CATALOG).kind == "troubleshoot"


def test_wireguard_still_not_approved_leaves_ipsec():
    said = facts("WireGuard still isn't on the approved list, so IPsec it is for pod traffic.")
    assert said.get("encryption_protocol") == "ipsec"


def test_pods_going_out_from_one_fixed_address_want_an_egress_ip():
    assert facts("Pods of the payments app must go out through a single static public IP.").get("egress_ip") is True
    assert "egress_ip" not in facts("Pods go out through the node's own address today.")


def test_the_mode_in_use_asked_about_runs_on_the_network_it_needs():
    text = "We run Calico in BGP mode on 20 nodes and it works fine. Can it also encrypt pod traffic with WireGuard?"
    l2 = next(c for c in planned(text).options if c.id == "calico:bgp").checks
    assert next(c.status for c in l2 if c.check == "l2") == "pass"
    fresh = planned("Would Calico BGP (no encapsulation) work for our 20 new nodes?")
    assert next(c.status for o in fresh.options if o.id == "calico:bgp" for c in o.checks if c.check == "l2") == "unknown"


def test_calico_live_migration_does_not_take_encryption():
    assert check_status("calico:bgp", Profile(live_migration=True, encryption=True), "combos") == "fail"
    assert check_status("calico:bgp", Profile(live_migration=True), "combos") == "pass"


def test_an_egress_gateway_across_cluster_mesh_warns():
    assert check_status("cilium:native-routing", Profile(egress_ip=True, multi_cluster=True, kube_proxy_replacement=True), "combos") == "warn"
    assert check_status("cilium:native-routing", Profile(egress_ip=True, kube_proxy_replacement=True), "combos") == "pass"


def test_a_caveat_on_the_plugin_in_use_keeps_it_leading_a_yes_no():
    text = ("Two Cilium clusters in native routing mode with kube-proxy replacement, joined by Cluster Mesh. "
            "Can pods of cluster B use egress gateway nodes of cluster A for a fixed egress IP?")
    top = planned(text).options[0]
    assert top.plugin == "cilium" and next(c.status for c in top.checks if c.check == "combos") == "warn"


def test_a_subnet_too_small_for_preallocated_ips_and_openstack_by_its_cluster_api_names():
    assert facts("Deployment fails: Pre-allocated IPs 930 exceeds IPs available in Subnet 507").get("pod_density") is True
    said = facts("Two nodes built with CAPO; OCCM runs with the route controller enabled.")
    assert said.get("platform") == "openstack" and said.get("pod_routes") is True
