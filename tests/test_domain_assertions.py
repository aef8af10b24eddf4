"""What a platform engineer expects the checks to decide, row by row from tests/data/domain_assertions.yaml,
each row with the upstream source that says so: the registry's checks run on the repo's catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.catalog import load_catalog
from assistant.checks import SPECS, run_checks
from assistant.checks.base import kernel_build, kernel_series
from assistant.checks.kernel import os_release
from assistant.models import Profile
from assistant.settings import REPO_ROOT

ROWS = yaml.safe_load((Path(__file__).parent / "data" / "domain_assertions.yaml").read_text("utf-8"))
# The table names checks as kb/catalog/REVIEW.md does; two of them have shorter registry ids.
CHECK_IDS = {"encapsulation": "encap", "combination": "combos"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


def test_the_table_covers_every_finding_and_names_real_checks(catalog):
    findings = {row["finding"] for row in ROWS}
    assert set(range(1, 19)) <= findings
    ids = {o.id for o in catalog.options}
    for row in ROWS:
        assert row["option"] in ids, row
        assert CHECK_IDS.get(row["check"], row["check"]) in SPECS, row
        assert row["expect"] in ("pass", "warn", "fail", "unknown") and row["source"].startswith("https://"), row


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['finding']}-{r['option']}-{r['check']}-{i}" for i, r in enumerate(ROWS)])
def test_domain_assertion(catalog, row):
    profile = Profile.model_validate(row["profile"])
    check_id = CHECK_IDS.get(row["check"], row["check"])
    results = run_checks(catalog.option(row["option"]), profile, "en", catalog.environments_by_id,
                         catalog.distributions_by_id)
    found = next((r for r in results if r.check == check_id), None)
    status = found.status if found else "no result"
    assert status == row["expect"], (
        f"{row['option']} under {row['profile']}: check {check_id} says {status}, expected {row['expect']} "
        f"({row['why']}; source: {row['source']}); detail: {found.detail if found else '-'}")
    assert found is not None and found.evidence, f"{check_id} on {row['option']} cites no evidence"


# --- the parsing and edges the table does not reach -------------------------------------------

@pytest.mark.parametrize("os,want", [
    ("rhel 8.10", ("rhel", "8.10")), ("Rocky Linux 8.9", ("rocky", "8.9")),
    ("Red Hat Enterprise Linux 8.10", ("rhel", "8.10")), ("ubuntu 22.04", ("ubuntu", "22.04")),
    ("debian", ("debian", None)), (None, (None, None)),
])
def test_os_release(os, want):
    assert os_release(os) == want


@pytest.mark.parametrize("kernel,series,build", [
    ("4.18", "4.18", None), ("4.18.0-553", "4.18", 553), ("4.18.0-553.el8_10.x86_64", "4.18", 553),
    ("5.15.0-91-generic", "5.15", 91), ("6.1", "6.1", None),
])
def test_kernel_series_and_build(kernel, series, build):
    assert (kernel_series(kernel), kernel_build(kernel)) == (series, build)


def status(catalog, option_id, check_id, lang="en", **profile):
    found = [r for r in run_checks(catalog.option(option_id), Profile(**profile), lang, catalog.environments_by_id,
                                   catalog.distributions_by_id) if r.check == check_id]
    return found[0] if found else None


def test_rhel_rebuilds_and_full_release_strings(catalog):
    assert status(catalog, "cilium:vxlan", "kernel", os="rocky 8.10", kernel="4.18.0-553.el8_10.x86_64").status == "warn"
    assert status(catalog, "cilium:vxlan", "kernel", os="ubuntu 18.04", kernel="4.18").status == "fail"
    unknown = status(catalog, "calico:ebpf", "kernel", kernel="4.18.0-305")
    assert unknown.status == "unknown" and "rhel 8.4+" in unknown.detail
    # a known RHEL 8.4+ with an older build than the backport is not covered
    assert status(catalog, "calico:ebpf", "kernel", os="rhel 8.6", kernel="4.18.0-240").status == "fail"


def test_checks_without_their_profile_input_say_nothing(catalog):
    for check_id in ("arch", "combos", "distribution", "windows"):
        assert status(catalog, "gke:dataplane-v2", check_id, simplicity=True) is None, check_id
    assert status(catalog, "cilium:vxlan", "managed") is None  # not a managed-only option
    assert status(catalog, "multus", "distribution", distribution="openshift") is None  # an extra interface


def test_combinations_pass_when_stated_and_none_applies(catalog):
    assert status(catalog, "aws-vpc-cni", "combos", network_policy=True, kernel="5.15").status == "pass"
    assert status(catalog, "aws-vpc-cni", "combos", latency_sensitive=True) is None
    zh = status(catalog, "calico:vxlan", "combos", "zh", windows_nodes=True, dual_stack=True)
    assert zh.status == "fail" and "Windows 节点" in zh.detail and "双栈" in zh.detail


def test_managed_option_of_another_cloud_fails(catalog):
    found = status(catalog, "gke:dataplane-v2", "managed", platform="aws", managed=True)
    assert found.status == "fail" and "GKE" in found.detail


def test_unasked_ipv6_tells_ipv6_only_from_dual_stack(catalog):
    assert status(catalog, "aws-vpc-cni", "ipv6", platform="aws").status == "warn"
    assert status(catalog, "aws-vpc-cni", "ipv6", platform="aws", ipv6=True).status == "warn"
    assert status(catalog, "cilium:vxlan", "ipv6", ipv6=True).status == "pass"


def test_every_check_has_both_labels():
    assert all(spec.label.en and spec.label.zh for spec in SPECS.values())
    assert {"combos", "managed", "arch", "distribution", "encap"} <= set(SPECS)


def test_a_managed_service_that_keeps_the_pod_network_rejects_other_primaries(catalog):
    # GKE: Calico only as the policy engine on GKE networking; Cilium has a documented GKE mode.
    locked = status(catalog, "calico:vxlan", "cloud", platform="gcp", managed=True)
    assert locked.status == "fail" and "GKE" in locked.detail and locked.evidence
    assert status(catalog, "cilium:vxlan", "cloud", platform="gcp", managed=True).status != "fail"
    # self-managed on GCE VMs, or the service not stated: the overlay stays a candidate
    assert status(catalog, "calico:vxlan", "cloud", platform="gcp", managed=False).status != "fail"
    assert status(catalog, "calico:vxlan", "cloud", platform="gcp").status != "fail"
    assert status(catalog, "multus", "cloud", platform="gcp", managed=True).status != "fail"  # an extra interface


def test_a_crosssubnet_mode_inside_one_cloud_subnet_routes_unencapsulated(catalog):
    # Azure delivers only the VMs' own addresses: CrossSubnet in one subnet sends pod IPs it drops.
    one_subnet = status(catalog, "calico:vxlan-crosssubnet", "l2", platform="azure", l2_adjacent=False, cross_subnet=False)
    assert one_subnet.status == "fail" and one_subnet.evidence
    assert status(catalog, "calico:vxlan-crosssubnet", "l2", platform="azure", l2_adjacent=False).status == "warn"
    # across subnets it encapsulates, but the nodes that share a subnet still exchange pod IPs unencapsulated,
    # which the fabric drops as well; with routes for the pod CIDRs, or on one real L2 segment, it is fine
    # which the fabric drops as well: a cluster of unstated size has more nodes than subnets; two nodes may sit one per subnet
    assert status(catalog, "calico:vxlan-crosssubnet", "l2", platform="azure", l2_adjacent=False, cross_subnet=True).status == "fail"
    assert status(catalog, "calico:vxlan-crosssubnet", "l2", platform="azure", l2_adjacent=False, cross_subnet=True, nodes=2).status == "warn"
    assert status(catalog, "calico:vxlan-crosssubnet", "l2", platform="bare-metal", l2_adjacent=False, cross_subnet=True).status == "pass"
    assert status(catalog, "calico:vxlan-crosssubnet", "l2", platform="azure", l2_adjacent=False, cross_subnet=False,
                  pod_routes=True).status == "pass"
    assert status(catalog, "calico:vxlan-crosssubnet", "l2", l2_adjacent=True, cross_subnet=False).status == "pass"
    assert status(catalog, "calico:vxlan", "l2", platform="azure", l2_adjacent=False, cross_subnet=False).status == "pass"


def test_pod_ips_reachable_from_outside_need_a_network_that_routes_them(catalog):
    reach = {"routable_pod_ips": True}
    # Azure CNI Overlay SNATs a private pod CIDR; Pod Subnet gives VNet addresses
    assert status(catalog, "azure-cni:overlay", "routable", platform="azure", **reach).status == "fail"
    assert status(catalog, "azure-cni:pod-subnet", "routable", platform="azure", **reach).status == "pass"
    # Terway VPC mode: the VPC route table carries each node's pod CIDR
    assert status(catalog, "terway:vpc", "routable", platform="aliyun", **reach).status == "pass"
    # BGP-routed pod CIDRs reach outside machines only through routers that peer
    assert status(catalog, "calico:bgp", "routable", bgp_fabric=True, **reach).status == "pass"
    assert status(catalog, "calico:bgp", "routable", **reach).status == "unknown"
    assert status(catalog, "calico:bgp", "routable", bgp_fabric=False, **reach).status == "warn"
    # Kube-OVN underlay gives pods addresses of the physical segment
    assert status(catalog, "kube-ovn:underlay", "routable", **reach).status == "pass"
    assert status(catalog, "flannel:vxlan", "routable", **reach).status == "fail"


def test_a_cloud_assumes_mac_filtering_until_the_user_says_otherwise(catalog):
    assert status(catalog, "macvlan", "macs", platform="gcp").status == "fail"
    assert status(catalog, "macvlan", "macs", platform="gcp", mac_filtering=False) is None
    assert status(catalog, "macvlan", "macs", platform="bare-metal") is None


def test_multi_cluster_says_nothing_unless_asked(catalog):
    assert status(catalog, "cilium:vxlan", "multi_cluster") is None
    assert status(catalog, "aws-vpc-cni", "multi_cluster", multi_cluster=True).status == "unknown"


def test_a_hybrid_cluster_rejects_the_vendor_plugins_and_assumes_no_l2(catalog):
    assert status(catalog, "aws-vpc-cni", "cloud", platform="hybrid").status == "fail"
    assert status(catalog, "flannel:vxlan", "cloud", platform="hybrid").status == "pass"
    assert status(catalog, "flannel:host-gw", "l2", platform="hybrid").status == "fail"


def test_self_managed_routing_on_aws_needs_the_source_destination_check_off(catalog):
    # the VPC drops pod addresses its ENIs do not own: routed modes fail unless the user says the check is off
    assert status(catalog, "cilium:native-routing", "l2", platform="aws").status == "fail"
    assert status(catalog, "cilium:native-routing", "l2", platform="aws", l2_adjacent=True).status == "pass"
