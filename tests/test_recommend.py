"""The recommendation engine on the repo's catalog: the scenarios the product must get right."""

from __future__ import annotations

import pytest

from assistant.catalog import load_catalog
from assistant.checks import SPECS, Tier
from assistant.kbcheck import markdown_headings, note_id_for
from assistant.models import Profile
from assistant.profile import extract_profile
from assistant.recommend import recommend
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


def plan_for(catalog, question, lang="en"):
    return recommend(extract_profile(question), catalog, lang, catalog.plugins_named_in(question))


def by_id(plan):
    return {o.id: o for o in plan.options}


def test_vmware_nat_latency(catalog):
    # VMware alone does not settle L2 adjacency (NAT across hosts vs a vSphere distributed switch):
    # routed modes stay open, an overlay leads, and the plan asks and gives both outcomes.
    plan = plan_for(catalog, "Which CNI plugin for VMware NAT with latency needs?")
    options = by_id(plan)
    for routed in ("flannel:host-gw", "calico:bgp"):
        assert options[routed].verdict != "recommended"
        l2 = next(c for c in options[routed].checks if c.check == "l2")
        assert l2.status == "unknown" and ("env-vm-hypervisors", "vSphere distributed switches") in {(e.note, e.heading) for e in l2.evidence}
    first = plan.options[0]
    assert first.verdict == "recommended"
    assert first.id in {"calico:vxlan-crosssubnet", "calico:ipip-crosssubnet", "flannel:vxlan"}
    latency = next(c for c in first.checks if c.check == "latency")
    assert latency.evidence and latency.detail
    # lower overhead wins when latency matters: IPIP (20 B) before VXLAN (50 B) in the same mode family
    assert options["calico:ipip-crosssubnet"].score > options["calico:vxlan-crosssubnet"].score > options["flannel:vxlan"].score
    assert plan.profile.l2_adjacent is None and not any("L2" in a for a in plan.assumptions)
    assert plan.follow_up[0].startswith("Are the VMs on one L2 network")
    assert len(plan.conditional) == 2
    assert plan.conditional[0].condition.startswith("If all VMs share one L2 network")
    assert all(cond.evidence for cond in plan.conditional)


def test_vmware_nat_across_hypervisors_rejects_routed_modes(catalog):
    plan = recommend(Profile(platform="vmware", l2_adjacent=False, latency_sensitive=True), catalog)
    for routed in ("flannel:host-gw", "calico:bgp"):
        assert by_id(plan)[routed].verdict == "rejected"
    assert catalog.option(plan.options[0].id).props.encapsulation.value != "none"


def test_openstack_assumes_no_l2_and_does_not_ask_what_would_not_change_the_advice(catalog):
    # Port security drops pod addresses on any Neutron network, one hypervisor or several: an overlay either way,
    # so neither the hypervisor question nor a conditional "routed mode on one hypervisor" is offered.
    plan = plan_for(catalog, "Which CNI plugin for OpenStack VMs?")
    assert plan.profile.l2_adjacent is False and any("L2" in a for a in plan.assumptions)
    assert "Are all nodes VMs on one hypervisor?" not in plan.follow_up
    assert not any(c.condition.startswith("If all nodes are VMs on one hypervisor") for c in plan.conditional)
    assert by_id(plan)["calico:bgp"].verdict == "rejected"


def test_vmware_on_one_hypervisor_allows_underlay(catalog):
    plan = plan_for(catalog, "VMware, all nodes on one hypervisor, latency matters")
    assert by_id(plan)["calico:bgp"].verdict == "recommended"
    assert plan.conditional == [] and not any("hypervisor" in q for q in plan.follow_up)


@pytest.mark.parametrize("question,lang,first", [
    ("阿里云上应该选哪个CNI插件?", "zh", "terway:eniip"),
    ("Which CNI on Alibaba Cloud?", "en", "terway:eniip"),
    ("Which CNI plugin on AWS EKS?", "en", "aws-vpc-cni"),
    ("AKS: which network plugin?", "en", "azure-cni:overlay"),
    ("GKE: which data plane?", "en", "gke:dataplane-v2"),
])
def test_public_cloud_vendor_plugin_first(catalog, question, lang, first):
    plan = plan_for(catalog, question, lang)
    assert plan.options[0].id == first and plan.options[0].verdict == "recommended"
    home = catalog.option(first).props.cloud.value
    for option in catalog.options:
        if option.props.cloud.value not in (None, home):
            assert by_id(plan)[option.id].verdict == "rejected", option.id


def test_chinese_plan_speaks_chinese(catalog):
    plan = plan_for(catalog, "阿里云上应该选哪个CNI插件?", "zh")
    cloud = next(c for c in plan.options[0].checks if c.check == "cloud")
    assert cloud.status == "pass" and "阿里云" in cloud.detail


def test_network_policy_rejects_l2_plugins_and_names_flannels_add_on(catalog):
    plan = recommend(Profile(network_policy=True), catalog)
    options = by_id(plan)
    for option_id in ("macvlan", "ipvlan", "sriov"):
        assert options[option_id].verdict == "rejected", option_id
        assert any(c.check == "policy" and c.status == "fail" for c in options[option_id].checks)
    # flannel enforces policy only with the kube-network-policies add-on of its chart: possible, not recommended
    for option_id in ("flannel:vxlan", "flannel:host-gw", "flannel:wireguard"):
        policy = next(c for c in options[option_id].checks if c.check == "policy")
        assert policy.status == "warn" and "kube-network-policies" in policy.detail, option_id
        assert options[option_id].verdict == "possible"
    assert plan.options[0].verdict == "recommended"


def test_k3s_enforces_policy_next_to_flannel(catalog):
    plan = recommend(Profile(network_policy=True, distribution="k3s"), catalog)
    policy = next(c for c in by_id(plan)["flannel:vxlan"].checks if c.check == "policy")
    assert policy.status == "pass" and ("env-distributions", "K3s") in {(e.note, e.heading) for e in policy.evidence}
    dist = next(c for c in by_id(plan)["cilium:vxlan"].checks if c.check == "distribution")
    assert dist.status == "warn"


def test_kernel_310_rejects_ebpf(catalog):
    plan = plan_for(catalog, "Our nodes run CentOS 7 with kernel 3.10")
    options = by_id(plan)
    for option_id in ("cilium:vxlan", "cilium:geneve", "cilium:native-routing", "calico:ebpf", "calico:ebpf-noencap"):
        assert options[option_id].verdict == "rejected", option_id
        assert any(c.check == "kernel" and c.status == "fail" for c in options[option_id].checks)
    # current Calico documents 5.10 and names no CentOS 7 exception; Antrea documents CentOS 7.4+ kernels as working
    assert options["calico:vxlan"].verdict == "rejected"
    assert options["antrea:geneve"].verdict != "rejected" and options["flannel:vxlan"].verdict != "rejected"


def test_bare_metal_same_switch_latency_prefers_underlay(catalog):
    plan = plan_for(catalog, "bare metal servers on the same switch, latency critical")
    recommended = {o.id for o in plan.recommended}
    assert recommended & {"calico:bgp", "flannel:host-gw"}
    assert plan.options[0].id == "calico:bgp"


def test_sriov_nics_go_through_multus(catalog):
    plan = plan_for(catalog, "bare metal on the same switch, latency critical, nodes have SR-IOV NICs")
    sriov = by_id(plan)["sriov"]
    assert sriov.verdict != "rejected"
    assert {c.check: c.status for c in sriov.checks}["sriov"] == "pass"
    assert by_id(plan)["multus"].verdict != "rejected"  # asked for extra NICs, Multus is how they attach
    advice = [c.advice for c in plan.conditional]
    assert any("SR-IOV CNI" in a and "Multus" in a for a in advice)


@pytest.mark.parametrize("question,profile", [
    ("Telco pods need SR-IOV virtual functions for near line-rate throughput. What do we use?",
     {"sriov_nics": True, "latency_sensitive": True}),
    ("需要给 Pod 直通 SR-IOV 网卡 VF,追求最低延迟,用什么插件?", {"sriov_nics": True, "latency_sensitive": True}),
    ("Pods need a second network interface on our storage VLAN. Which CNI setup?", {"multi_nic": True}),
])
def test_extra_interface_questions_rank_secondary_networks_first(catalog, question, profile):
    lang = "en" if question.isascii() else "zh"
    plan = recommend(extract_profile(question).merged(profile), catalog, lang, catalog.plugins_named_in(question))
    top = plan.options[0]
    assert top.plugin in {"multus", "sriov", "macvlan", "ipvlan"} and top.verdict == "recommended"
    for option_id in ("multus", "sriov", "macvlan"):
        primary = {c.check: c for c in by_id(plan)[option_id].checks}["primary"]
        assert primary.status == "pass" and primary.evidence
    # The extra interface still needs a primary network: the plan names one beside it.
    primaries = {o.name for o in plan.options if catalog.option(o.id).props.primary.value
                 and not catalog.option(o.id).props.secondary_via.value}
    assert any(any(name in c.advice for name in primaries) for c in plan.conditional)


def test_without_extra_nic_need_secondary_networks_are_not_primary(catalog):
    plan = recommend(Profile(platform="bare-metal"), catalog)
    checks = {o.id: {c.check: c.status for c in o.checks} for o in plan.options}
    assert checks["multus"]["primary"] == "fail"
    assert checks["sriov"]["primary"] == "warn"
    assert "extra_interfaces" not in checks["calico:vxlan"]


def test_sriov_without_nics_is_rejected(catalog):
    plan = recommend(Profile(platform="bare-metal", sriov_nics=False), catalog)
    assert by_id(plan)["sriov"].verdict == "rejected"


@pytest.mark.parametrize("option_id", ["weave:fastdp", "midonet", "contiv"])
def test_unmaintained_plugins_are_rejected(catalog, option_id):
    result = by_id(recommend(Profile(), catalog))[option_id]
    assert result.verdict == "rejected"
    assert {c.check: c.status for c in result.checks}["maintenance"] == "fail"


def test_focus_ranks_named_plugins_first(catalog):
    plan = plan_for(catalog, "flannel or Calico for VMware?")
    live = [o.plugin for o in plan.options if o.verdict != "rejected"]
    cut = next(i for i, p in enumerate(live) if p not in ("flannel", "calico"))
    assert set(live[cut:]).isdisjoint({"flannel", "calico"})
    assert plan.recommended and all(o.plugin in ("flannel", "calico") for o in plan.recommended)


def test_focus_on_rejected_plugin_recommends_an_alternative(catalog):
    plan = plan_for(catalog, "Can macvlan do NetworkPolicy?")
    # Best first: a rejected option never leads, but the named plugin heads the rejected ones.
    assert plan.options[0].plugin != "macvlan" and plan.options[0].verdict == "recommended"
    rejected = [o for o in plan.options if o.verdict == "rejected"]
    assert rejected[0].plugin == "macvlan"
    assert plan.recommended and all(o.plugin != "macvlan" for o in plan.recommended)


def test_scale_limit(catalog):
    options = by_id(recommend(Profile(platform="aliyun", nodes=500), catalog))
    assert {c.check: c.status for c in options["terway:vpc"].checks}["scale"] == "fail"
    assert options["terway:eniip"].verdict == "recommended"
    small = by_id(recommend(Profile(platform="aliyun", nodes=50), catalog))
    assert {c.check: c.status for c in small["terway:vpc"].checks}["scale"] == "pass"


def test_windows_and_bgp_fabric(catalog):
    options = by_id(recommend(Profile(windows_nodes=True, cross_subnet=True, bgp_fabric=True), catalog))
    assert options["calico:bgp"].verdict != "rejected"  # routers carry the routes across subnets
    assert options["cilium:vxlan"].verdict == "rejected"  # no Windows nodes


def test_plan_shape_and_evidence_resolves(catalog):
    plan = recommend(extract_profile("Which CNI for OpenStack?"), catalog, "en")
    headings = {note_id_for(path): {h for _, h in markdown_headings(path.read_text())}
                for path in (REPO_ROOT / "kb" / "notes").glob("*.md")}
    for option in plan.options:
        assert 0.0 <= option.score <= 1.0 and option.checks
        assert {c.check for c in option.checks} <= set(SPECS)
        for check in option.checks:
            assert check.detail.endswith((".", "。")) and check.evidence
            for ref in check.evidence:
                assert ref.heading in headings[ref.note], (option.id, check.check, ref)
    scores = [o.score for o in plan.options if o.verdict != "rejected"]
    assert scores == sorted(scores, reverse=True)


def test_unknown_platform_asks_where_nodes_run(catalog):
    plan = recommend(Profile(), catalog)
    assert any("Where do the nodes run" in q for q in plan.follow_up)
    assert len(plan.follow_up) <= 3


def test_platform_decided_checks_cite_the_platform_note(catalog):
    plan = plan_for(catalog, "Which CNI plugin for OpenStack VMs?")
    l2 = next(c for c in by_id(plan)["flannel:host-gw"].checks if c.check == "l2")
    assert ("env-openstack", "OpenStack constraints for Kubernetes nodes") in {(e.note, e.heading) for e in l2.evidence}
    cloud = next(c for c in plan_for(catalog, "阿里云上用什么插件", "zh").options[0].checks if c.check == "cloud")
    assert {e.note for e in cloud.evidence} == {"plugin-terway", "env-aliyun"}


def test_simplicity_favours_plugins_a_note_calls_simple(catalog):
    plain = by_id(recommend(Profile(platform="vmware"), catalog))
    simple = by_id(recommend(Profile(platform="vmware", simplicity=True), catalog))
    assert simple["flannel:vxlan"].score > plain["flannel:vxlan"].score
    assert next(o for o in recommend(Profile(platform="vmware", simplicity=True), catalog).options).id == "flannel:vxlan"
    assert "simplicity" in {c.check for c in simple["flannel:vxlan"].checks}


def test_ebpf_kube_proxy_replacement_prefers_ebpf_dataplanes(catalog):
    plan = plan_for(catalog, "We want to replace kube-proxy with an eBPF data plane. Which CNI?")
    options = by_id(plan)
    assert plan.options[0].id.startswith("cilium") or plan.options[0].id == "calico:ebpf"
    assert all(options[i].verdict == "rejected" for i in ("flannel:vxlan", "antrea:geneve", "calico:vxlan"))
    antrea = {c.check: c for c in options["antrea:geneve"].checks}
    # AntreaProxy does replace kube-proxy; what it lacks is eBPF.
    assert antrea["kube_proxy"].status == "pass" and antrea["ebpf"].status == "fail"
    assert antrea["ebpf"].evidence


def test_kube_proxy_replacement_alone_is_a_requirement(catalog):
    plan = recommend(Profile(kube_proxy_replacement=True), catalog)
    options = by_id(plan)
    assert options["flannel:vxlan"].verdict == "rejected"
    assert options["antrea:geneve"].verdict != "rejected"  # AntreaProxy counts without the eBPF wish
    assert all(c.tier == Tier.REQUIRED for o in plan.options for c in o.checks if c.check == "kube_proxy")


def test_rejected_options_never_lead(catalog):
    plan = plan_for(catalog, "CentOS 7 内核 3.10,能用 Cilium 吗?")
    assert plan.options[0].verdict != "rejected"
    verdicts = [o.verdict for o in plan.options]
    assert verdicts == sorted(verdicts, key=["recommended", "possible", "rejected"].index)
