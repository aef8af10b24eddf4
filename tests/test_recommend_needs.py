"""Needs only some plugins meet, checked against the catalog: the network's addresses reserved from pods,
KubeVirt live migration, a fixed egress IP, and a cloud fabric that drops pod addresses inside a subnet."""

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


def test_options_that_give_pods_network_addresses_fail_where_the_network_may_not(catalog):
    reserved = recommend(Profile(platform="aws", managed=False, network_ips_reserved=True, pod_density=True, network_policy=True), catalog, "en")
    assert by_id(reserved)["aws-vpc-cni"].verdict == "rejected"
    assert reserved.options[0].id != "aws-vpc-cni"
    # only short of addresses: the VPC CNI stays, with the density warning
    short = recommend(Profile(platform="aws", managed=True, pod_density=True), catalog, "en")
    assert by_id(short)["aws-vpc-cni"].verdict != "rejected"


def test_kubevirt_live_migration_fails_the_overlays_calico_documents_it_not_for(catalog):
    plan = recommend(Profile(live_migration=True, static_pod_ips=True, platform="bare-metal"), catalog, "en", ["calico", "ovn-kubernetes"])
    verdicts = by_id(plan)
    assert verdicts["calico:vxlan"].verdict == "rejected" and verdicts["calico:ipip"].verdict == "rejected"
    assert verdicts["calico:bgp"].verdict != "rejected"
    assert plan.options[0].id in ("ovn-kubernetes:geneve", "calico:bgp")


def test_a_fixed_egress_ip_passes_the_plugins_that_document_one(catalog):
    plan = recommend(Profile(egress_ip=True, platform="bare-metal", network_policy=True), catalog, "en")
    verdicts = by_id(plan)
    assert verdicts["calico:vxlan"].verdict == "rejected"
    assert plan.options[0].plugin in ("cilium", "antrea", "ovn-kubernetes", "kube-ovn"), plan.options[0].id


def test_self_managed_aliyun_drops_the_same_subnet_traffic_of_crosssubnet_modes(catalog):
    plan = recommend(Profile(platform="aliyun", managed=False, cross_subnet=True, nodes=60), catalog, "zh")
    verdicts = by_id(plan)
    assert verdicts["calico:ipip-crosssubnet"].verdict == "rejected" and verdicts["calico:vxlan-crosssubnet"].verdict == "rejected"
    assert verdicts["calico:vxlan"].verdict != "rejected"


def test_antrea_egress_works_only_in_the_encap_and_hybrid_modes(catalog):
    plan = recommend(Profile(egress_ip=True, platform="vmware", l2_adjacent=True, network_policy=True), catalog, "en")
    verdicts = by_id(plan)
    assert verdicts["antrea:noencap"].verdict == "rejected"
    assert verdicts["antrea:geneve"].verdict != "rejected" and verdicts["antrea:hybrid"].verdict != "rejected"


def test_a_second_interface_through_a_named_meta_plugin_asks_for_what_it_delegates_to(catalog):
    from assistant.planning import plan
    from assistant.reading import understand
    text = ("vSphere 7, the port group rejects promiscuous mode, MAC changes and forged transmits. RKE2 with Canal on 9 VMs. "
            "About 20 pods need a second interface through Multus to the storage VLAN. Which CNI plugin for the second interface?")
    result = plan(understand(text, catalog), catalog)
    assert result is not None and result.options[0].id == "ipvlan", [o.id for o in result.options[:3]]
    assert by_id(result)["macvlan"].verdict == "rejected"
    # Multus as the subject, not the vehicle, is still the answer: "Multus can give more than one interface; only some pods?"
    subject = plan(understand("AFAIK Multus can give more than one network interface to a pod. Is there a way to add multiple "
                              "interfaces to specific pods only?", catalog), catalog)
    assert subject is not None and subject.options[0].id == "multus"
    # with no meta-plugin given and no primary in use, the meta-plugin that carries the interface is the answer
    plain = plan(understand("vSphere 7, 9 VMs. About 20 pods need a second interface to the storage VLAN. Which CNI plugin should we use?",
                            catalog), catalog)
    assert plain is not None and plain.options[0].id == "multus"


def test_on_the_managed_service_that_sells_it_an_add_on_meets_a_stated_need(catalog):
    from reading_facts import check_status
    on_aks = Profile(platform="azure", managed=True, fqdn_policy=True, network_policy=True)
    assert check_status("azure-cni:cilium", on_aks, "fqdn") == "pass"
    assert recommend(on_aks, catalog, "en").options[0].plugin in ("azure-cni", "cilium")
    # not asked for, or on self-managed Azure VMs where the add-on is not sold, it stays a caveat
    assert check_status("azure-cni:cilium", Profile(platform="azure", managed=False, fqdn_policy=True), "fqdn") == "warn"


def test_calico_ebpf_on_a_rhel_rebuild_with_a_backported_kernel(catalog):
    from reading_facts import check_status
    rocky = Profile(os="rocky 8.10", kernel="4.18.0-553", ebpf_dataplane=True)
    assert check_status("calico:ebpf", rocky, "kernel") == "pass"
    assert check_status("calico:ebpf", Profile(os="ubuntu 18.10", kernel="4.18.0-10", ebpf_dataplane=True), "kernel") != "pass"


def test_a_compare_led_by_the_plugin_its_asking_sentence_weighs(catalog):
    from assistant.planning import plan
    from assistant.reading import understand
    text = ("Is IPv6-only (no IPv4 at all) doable with plain flannel? New bare-metal cluster, kubeadm 1.31, 14 nodes on Debian 12, "
            "all on one VLAN. Some folks here assume we'd need Calico or Cilium for IPv6, but we like flannel's simplicity.")
    reading = understand(text, catalog)
    result = plan(reading, catalog)
    assert reading.kind == "compare" and result is not None and result.options[0].plugin == "flannel"
