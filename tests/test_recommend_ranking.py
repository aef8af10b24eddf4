"""Ranking rules on top of the checks: the mode in use in a troubleshooting answer, old kernels
against undocumented kernel floors, and data-plane wishes nothing here can grant."""

from __future__ import annotations

import pytest

from assistant.catalog import load_catalog
from assistant.models import Profile
from assistant.recommend import recommend
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


def by_id(plan):
    return {o.id: o for o in plan.options}


def test_the_mode_in_use_leads_while_no_check_rejects_it(catalog):
    # Windows workers joining flannel VXLAN: the symptom is VXLAN's configuration, not a reason to move to host-gw.
    windows = Profile(windows_nodes=True, current_plugin="flannel:vxlan")
    plan = recommend(windows, catalog, "en", ["flannel"], ("flannel:host-gw", "flannel:wireguard"), stay="flannel:vxlan")
    assert plan.options[0].id == "flannel:vxlan" and plan.options[0].verdict == "recommended"
    # host-gw across subnets is rejected: another mode of the plugin in use leads instead
    apart = Profile(cross_subnet=True, l2_adjacent=False, current_plugin="flannel:host-gw")
    plan = recommend(apart, catalog, "en", ["flannel"], ("flannel:vxlan", "flannel:wireguard"), stay="flannel:host-gw")
    assert plan.options[0].id in ("flannel:vxlan", "flannel:wireguard")
    assert by_id(plan)["flannel:host-gw"].verdict == "rejected"


def test_on_an_old_kernel_options_documented_to_run_there_lead(catalog):
    # CentOS 7's 3.10: an option with no documented kernel floor must not lead options that pass the kernel check.
    plan = recommend(Profile(kernel="3.10", os="centos 7", encryption=True), catalog, "en")
    top = plan.options[0]
    assert not any(c.check == "kernel" and c.status == "unknown" for c in top.checks), top.id
    # a new kernel leaves undocumented floors alone: EKS keeps the VPC CNI first
    eks = recommend(Profile(platform="aws", managed=True, kernel="6.1", network_policy=True), catalog, "en")
    assert eks.options[0].id == "aws-vpc-cni"


def test_an_unmet_data_plane_wish_gives_what_works_without_it(catalog):
    # CentOS 7's 3.10 runs no eBPF data plane: the advice is a plugin that runs there, not a cloud's own
    # data plane whose platform nobody stated.
    plan = recommend(Profile(kernel="3.10", os="centos 7.9", ebpf_dataplane=True), catalog, "en", ["calico"], ("calico:ebpf",))
    assert plan.options[0].plugin in ("antrea", "flannel") and plan.options[0].verdict == "recommended"
    assert by_id(plan)["calico:ebpf"].verdict == "rejected"
    assert any("eBPF data plane" in a for a in plan.assumptions)
    # where the wish can be met, it stays
    met = recommend(Profile(kernel="6.1", ebpf_dataplane=True), catalog, "en")
    assert met.profile.ebpf_dataplane and not any("ranked without" in a for a in met.assumptions)


def test_a_wish_granted_only_below_its_documented_kernel_is_unmet(catalog):
    # Ubuntu 16.04's 4.4 and a kube-proxy replacement: Antrea's proxyAll documents a newer kernel (4.6) than the
    # nodes have, so it grants the wish on paper only, and the ranking goes on without the wish.
    old = Profile(kernel="4.4", os="ubuntu 16.04", platform="bare-metal", kube_proxy_replacement=True)
    plan = recommend(old, catalog, "en", ["cilium"], ("cilium:vxlan",))
    assert any("ranked without" in a for a in plan.assumptions)
    assert not plan.profile.kube_proxy_replacement
    # on a kernel that runs it the wish stays and an option that grants it leads
    new = recommend(old.model_copy(update={"kernel": "5.15", "os": "ubuntu 22.04"}), catalog, "en", ["cilium"], ("cilium:vxlan",))
    assert new.profile.kube_proxy_replacement
    assert any(c.check == "kube_proxy" and c.status == "pass" for c in new.options[0].checks)


def test_an_interface_per_pod_fails_high_density(catalog):
    plan = recommend(Profile(platform="aliyun", managed=True, pod_density=True), catalog, "en", ["terway"])
    density = next(c for c in by_id(plan)["terway:eni"].checks if c.check == "density")
    assert density.status == "fail"
    assert by_id(plan)["terway:eniip"].verdict != "rejected"


def test_routers_that_peer_carry_routed_modes_whatever_the_segment(catalog):
    plan = recommend(Profile(platform="bare-metal", bgp_fabric=True), catalog, "en", ["calico"])
    l2 = next(c for c in by_id(plan)["calico:bgp"].checks if c.check == "l2")
    assert l2.status == "pass"
    # without peering routers the segment still decides
    plan = recommend(Profile(platform="bare-metal"), catalog, "en", ["calico"])
    assert next(c for c in by_id(plan)["calico:bgp"].checks if c.check == "l2").status == "unknown"


def test_anti_spoofing_rejects_unencapsulated_modes(catalog):
    plan = recommend(Profile(platform="vm", l2_adjacent=False, cross_subnet=False, network_policy=True), catalog, "en")
    ids = by_id(plan)
    assert ids["calico:vxlan-crosssubnet"].verdict == "rejected" and ids["calico:bgp"].verdict == "rejected"
    assert plan.options[0].id in ("calico:vxlan", "calico:ipip", "antrea:geneve", "cilium:vxlan", "cilium:geneve")


def test_own_macs_fail_where_the_switch_drops_them(catalog):
    plan = recommend(Profile(platform="vmware", mac_filtering=True, multi_nic=True), catalog, "en", ["macvlan", "ipvlan"])
    ids = by_id(plan)
    assert next(c for c in ids["macvlan"].checks if c.check == "macs").status == "fail"
    assert next(c for c in ids["ipvlan"].checks if c.check == "macs").status == "pass"
    assert ids["kube-ovn:underlay"].verdict == "rejected"


def test_named_modes_are_the_candidates_of_a_comparison(catalog):
    plan = recommend(Profile(platform="bare-metal", l2_adjacent=True, network_policy=True), catalog, "zh",
                     ["flannel", "calico"], ("flannel:host-gw", "calico:bgp"))
    recommended = [o.id for o in plan.options if o.verdict == "recommended"]
    assert recommended and set(recommended) <= {"flannel:host-gw", "calico:bgp"}


def test_primaries_compared_for_a_second_nic_are_weighed_as_primaries(catalog):
    # the extra interface comes from Multus beside whichever primary wins, not instead of them
    plan = recommend(Profile(platform="bare-metal", multi_nic=True), catalog, "en", ["kube-ovn", "ovn-kubernetes"])
    assert plan.options[0].plugin in ("kube-ovn", "ovn-kubernetes")
    # asked about the extra interface alone, the plugins that attach one still lead
    alone = recommend(Profile(platform="bare-metal", multi_nic=True), catalog, "en")
    assert alone.options[0].plugin in ("multus", "macvlan", "ipvlan", "sriov")


def test_a_sibling_mode_without_the_overhead_leads_a_latency_wish(catalog):
    # "we want the lowest overhead: should we change flannel's VXLAN?" on one L2 segment: host-gw has no encapsulation cost
    fast = Profile(l2_adjacent=True, cross_subnet=False, latency_sensitive=True)
    plan = recommend(fast, catalog, "en", ["flannel"], ("flannel:vxlan",))
    assert plan.options[0].id == "flannel:host-gw" and plan.options[0].verdict == "recommended"
    # without the wish the mode asked about still leads
    plan = recommend(Profile(l2_adjacent=True, cross_subnet=False), catalog, "en", ["flannel"], ("flannel:vxlan",))
    assert plan.options[0].id == "flannel:vxlan"
    # nor does the wish move a troubleshooting answer off the mode in use
    plan = recommend(fast.model_copy(update={"current_plugin": "flannel:vxlan"}), catalog, "en", ["flannel"],
                     ("flannel:host-gw", "flannel:wireguard"), stay="flannel:vxlan")
    assert plan.options[0].id == "flannel:vxlan"


def test_openshift_fails_plugins_it_does_not_support(catalog):
    plan = recommend(Profile(distribution="openshift", platform="bare-metal"), catalog, "en", ["flannel"], ("flannel:vxlan",))
    assert by_id(plan)["flannel:vxlan"].verdict == "rejected"
    assert plan.options[0].plugin in ("ovn-kubernetes", "calico")


def test_across_subnets_a_latency_wish_prefers_encapsulating_only_between_them(catalog):
    # one subnet per rack, no BGP: CrossSubnet leaves traffic inside a rack unencapsulated
    racks = Profile(platform="bare-metal", cross_subnet=True, bgp_fabric=False, latency_sensitive=True)
    plan = by_id(recommend(racks, catalog, "en", ["calico"]))
    assert plan["calico:ipip-crosssubnet"].score > plan["calico:ipip"].score
    assert plan["calico:vxlan-crosssubnet"].score > plan["calico:vxlan"].score


def test_self_managed_on_gce_one_subnet_still_needs_encapsulation(catalog):
    # the GCE fabric drops pod addresses it has no routes for, whatever the subnet (kb/notes/env-gcp.md)
    gce = Profile(platform="gcp", managed=False, cross_subnet=False)
    plan = by_id(recommend(gce, catalog, "en", []))
    assert plan["flannel:host-gw"].verdict == "rejected"
    assert plan["calico:vxlan-crosssubnet"].verdict == "rejected"
    assert plan["calico:vxlan"].verdict != "rejected"


def test_a_managed_services_own_flannel_cannot_take_a_policy_engine(catalog):
    # ACK offers Terway or its flannel option, which has no NetworkPolicy (kb/notes/env-aliyun.md)
    ack = Profile(platform="aliyun", managed=True, network_policy=True)
    plan = by_id(recommend(ack, catalog, "zh", ["flannel", "terway"]))
    assert plan["flannel:host-gw"].verdict == "rejected" and plan["terway:eniip"].verdict == "recommended"
    assert plan["calico:vxlan"].verdict == "rejected"  # nor can another plugin replace the pod network there
    assert plan["flannel:vxlan"].verdict == "rejected"  # ACK's flannel routes through the VPC; VXLAN is not offered
    # self-managed on ECS, flannel with a policy add-on stays possible
    ecs = by_id(recommend(ack.model_copy(update={"managed": False}), catalog, "zh", ["flannel"]))
    assert ecs["flannel:vxlan"].verdict != "rejected"


def test_fixed_ips_fail_where_addresses_come_from_each_nodes_own_range(catalog):
    # host-local's per-node ranges (flannel, kube-router) cannot keep an address across nodes: a documented no
    # fails; a plugin whose docs say nothing only warns; the documented ones pass.
    plan = by_id(recommend(Profile(static_pod_ips=True), catalog, "en"))
    ipam = {oid: next(c.status for c in plan[oid].checks if c.check == "ipam") for oid in ("flannel:vxlan", "kube-router",
                                                                                             "cilium:vxlan", "kube-ovn:geneve")}
    assert ipam == {"flannel:vxlan": "fail", "kube-router": "fail", "cilium:vxlan": "warn", "kube-ovn:geneve": "pass"}


def test_a_mode_that_needs_a_large_address_space_fails_when_addresses_run_short(catalog):
    # Classic Azure CNI out of VNet addresses: its flat mode is rejected and Overlay (own pod CIDR) leads; the
    # VPC CNI on EKS only warns (prefix delegation, custom networking), so it stays first as the plugin in use.
    azure = Profile(platform="azure", managed=True, current_plugin="azure-cni:pod-subnet", pod_density=True)
    siblings = tuple(o.id for o in catalog.options if o.plugin == "azure-cni" and o.id != "azure-cni:pod-subnet")
    plan = recommend(azure, catalog, "en", ["azure-cni"], siblings, stay="azure-cni:pod-subnet")
    assert plan.options[0].id in ("azure-cni:overlay", "azure-cni:cilium")
    assert by_id(plan)["azure-cni:pod-subnet"].verdict == "rejected"
    eks = Profile(platform="aws", managed=True, current_plugin="aws-vpc-cni", pod_density=True)
    plan = recommend(eks, catalog, "en", ["aws-vpc-cni", "calico"], (), stay="aws-vpc-cni")
    assert plan.options[0].id == "aws-vpc-cni"
    assert next(c.status for c in plan.options[0].checks if c.check == "density") == "warn"
    # without a shortage the flat mode in use leads
    calm = Profile(platform="azure", managed=True, current_plugin="azure-cni:pod-subnet")
    assert recommend(calm, catalog, "en", ["azure-cni"], siblings, stay="azure-cni:pod-subnet").options[0].id == "azure-cni:pod-subnet"


def test_dns_name_egress_is_checked_apart_from_http_rules(catalog):
    # GKE Dataplane V2 allows egress by DNS name but has no HTTP-aware rules; AKS's Cilium data plane
    # has both only with its ACNS add-on (on managed AKS, which sells it, a pass naming it); the legacy GKE data plane has neither.
    fqdn = by_id(recommend(Profile(platform="gcp", managed=True, fqdn_policy=True), catalog, "en"))
    assert next(c for c in fqdn["gke:dataplane-v2"].checks if c.check == "fqdn").status == "pass"
    assert next(c for c in fqdn["gke:legacy"].checks if c.check == "fqdn").status == "fail"
    assert fqdn["gke:dataplane-v2"].verdict == "recommended"
    http = by_id(recommend(Profile(platform="gcp", managed=True, l7_policy=True), catalog, "en"))
    assert next(c for c in http["gke:dataplane-v2"].checks if c.check == "l7").status == "fail"
    aks = by_id(recommend(Profile(platform="azure", managed=True, fqdn_policy=True), catalog, "en"))
    acns = next(c for c in aks["azure-cni:cilium"].checks if c.check == "fqdn")
    assert acns.status == "pass" and "Advanced Container Networking" in acns.detail


def test_a_distributions_own_network_leads_where_nothing_named_works(catalog):
    # "Can Kube-OVN run on OKD?": no (not certified); OpenShift's own OVN-Kubernetes leads what works, before
    # certified third-party plugins; with no distribution named nothing is favoured that way.
    others = tuple(o.id for o in catalog.options if o.plugin == "kube-ovn")
    plan = recommend(Profile(distribution="openshift", current_plugin="kube-ovn"), catalog, "en", ["kube-ovn"], others)
    assert plan.options[0].id == "ovn-kubernetes:geneve"
    assert all(o.verdict == "rejected" for o in plan.options if o.plugin == "kube-ovn")
    plain = recommend(Profile(current_plugin="kube-ovn", cross_subnet=True), catalog, "en", ["kube-ovn"], others)
    assert plain.options[0].plugin == "kube-ovn"


def test_a_managed_service_that_fixes_the_plugin_at_creation_rejects_other_plugins_for_an_existing_cluster(catalog):
    # ACK with Terway in use: its flannel option takes a new cluster; Terway's modes stay, and so does a new cluster's choice.
    plan = by_id(recommend(Profile(platform="aliyun", managed=True, current_plugin="terway:eniip", pod_density=True), catalog, "en"))
    assert plan["flannel:host-gw"].verdict == "rejected"
    assert "new cluster" in next(c.detail for c in plan["flannel:host-gw"].checks if c.check == "cloud")
    assert plan["terway:eniip"].verdict != "rejected"
    fresh = by_id(recommend(Profile(platform="aliyun", managed=True), catalog, "en"))
    assert fresh["flannel:host-gw"].verdict != "rejected"


def test_asked_for_least_effort_a_simple_option_wins_an_exact_tie(catalog):
    profile = Profile(platform="vm", l2_adjacent=True, os="ubuntu 22.04", kernel="5.15")
    plain = recommend(profile, catalog)
    easy = recommend(profile.merged({"simplicity": True}), catalog)
    assert plain.options[0].score == easy.options[0].score == 1.0
    assert plain.options[0].plugin != "flannel" and easy.options[0].plugin == "flannel"


def test_a_named_plugin_weighs_the_managed_options_built_on_it(catalog):
    aks = Profile(platform="azure", managed=True, network_policy=True)
    plan = recommend(aks, catalog, "en", ["cilium"])
    assert plan.options[0].id == "azure-cni:cilium"


def test_a_managed_flavour_refused_by_a_distribution_does_not_refuse_the_plugin(catalog):
    # OpenShift certifies Cilium; that it has no Azure CNI Powered by Cilium says nothing about Cilium
    okd = Profile(distribution="openshift", current_plugin="cilium", os="rhel 7", kernel="3.10.0-940")
    prefer = tuple(o.id for o in catalog.options if o.plugin == "cilium")
    assert recommend(okd, catalog, "en", ["cilium"], prefer).options[0].plugin != "ovn-kubernetes"


def test_asked_only_about_the_extra_interface_the_attachments_lead_beside_the_primary(catalog):
    gpu = Profile(current_plugin="calico:bgp", network_policy=True, sriov_nics=True, multi_nic=True, nodes=16)
    attach = ("sriov", "macvlan", "ipvlan", "multus")
    plan = recommend(gpu, catalog, "en", ["sriov", "macvlan", "ipvlan", "multus"], attach)
    assert plan.options[0].id in attach and plan.options[0].verdict == "recommended"
    policy = next(c for c in by_id(plan)["sriov"].checks if c.check == "policy")
    assert policy.status == "warn" and "main interface" in policy.detail


def test_asked_for_the_least_effort_about_a_plugin_no_note_calls_simple_the_simple_ones_lead(catalog):
    lab = Profile(platform="vm", nodes=6, l2_adjacent=True, network_policy=False, simplicity=True)
    plan = recommend(lab, catalog, "en", focus=["cilium"])
    assert plan.options[0].plugin == "flannel" and plan.options[0].verdict == "recommended"
    assert all(o.verdict != "recommended" for o in plan.options if o.plugin == "cilium")
    # the plugin in use stays the subject, and without the wish for simplicity the named plugin leads
    assert recommend(lab.model_copy(update={"current_plugin": "cilium"}), catalog, "en", focus=["cilium"]).options[0].plugin == "cilium"
    assert recommend(lab.model_copy(update={"simplicity": None}), catalog, "en", focus=["cilium"]).options[0].plugin == "cilium"




def test_the_plugin_in_use_stays_when_a_wish_for_a_named_plugin_cannot_be_met(catalog):
    # Cilium for kube-proxy replacement on CentOS 7.9's 3.10, with flannel running: Cilium cannot run there, so the
    # advice is to stay on flannel (it runs on that kernel), not to move to a third plugin for the wish.
    old = Profile(kernel="3.10.0-1160", os="centos 7.9", kube_proxy_replacement=True, current_plugin="flannel:vxlan")
    plan = recommend(old, catalog, "zh", ["cilium"], ("cilium:vxlan",))
    assert plan.options[0].id == "flannel:vxlan", plan.options[0].id
    # With no plugin in use, Antrea grants the wish, but its docs only say CentOS 7's 3.10 "should work" through
    # backports: a doubt, not a plan, so the wish is dropped and a plugin with no kernel doubt leads.
    fresh = recommend(old.model_copy(update={"current_plugin": None}), catalog, "zh", ["cilium"], ("cilium:vxlan",))
    assert any(c.check == "kernel" and c.status == "warn" for c in by_id(fresh)["antrea:geneve"].checks)
    assert not fresh.profile.kube_proxy_replacement
    assert fresh.options[0].plugin not in ("antrea", "cilium"), fresh.options[0].id



def test_a_latency_wish_in_a_troubleshooting_answer_moves_off_a_costlier_mode_in_use(catalog):
    # Calico VXLAN across three subnets, "avoid encapsulation for the best possible performance": a mode that
    # encapsulates only between subnets leads the one in use.
    apart = Profile(cross_subnet=True, latency_sensitive=True, current_plugin="calico:vxlan")
    moves = ("calico:bgp", "calico:ipip", "calico:ipip-crosssubnet", "calico:vxlan-crosssubnet")
    plan = recommend(apart, catalog, "en", ["calico"], moves, stay="calico:vxlan")
    assert plan.options[0].id.endswith("crosssubnet"), plan.options[0].id
    # without the wish, the mode in use leads while nothing rejects it
    plain = recommend(apart.model_copy(update={"latency_sensitive": None}), catalog, "en", ["calico"], moves, stay="calico:vxlan")
    assert plain.options[0].id == "calico:vxlan"
