"""Address-management needs: fixed pod IPs and per-tenant networks, read in both languages, and
the check that narrows the choice to the plugins documenting them."""

from __future__ import annotations

import pytest

from assistant.checks import run_checks
from assistant.models import Profile
from assistant.recommend import recommend
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text", ["Our StatefulSet pods must keep their IP addresses when they are re-created.",
                                  "The licence server only accepts pods with a fixed IP.",
                                  "KubeVirt VMs should keep the same IP across live migration.",
                                  "要求 Pod 重建后 IP 不变。", "数据库 Pod 需要固定 IP。"])
def test_fixed_pod_ips_are_read(text):
    assert facts(text).get("static_pod_ips") is True


@pytest.mark.parametrize("text", ["Our nodes have static IPs from the office DHCP server.", "We set static IPs for all nodes.",
                                  "The load balancer IP is static.", "宿主机 IP 固定。",
                                  "I configured a static ip 192.168.10.2 on ens192.", "网卡2: 静态IP，网卡1: DHCP。"])
def test_node_or_service_addresses_are_not_pod_ips(text):
    assert "static_pod_ips" not in facts(text)


def test_not_needing_fixed_ips_is_read_as_no():
    assert facts("We don't need static pod IPs at all.").get("static_pod_ips") is False


@pytest.mark.parametrize("text", ["Each tenant needs its own isolated VPC, possibly with overlapping CIDRs.",
                                  "Every namespace should get its own subnet.", "每个租户要有独立的 VPC。", "每个 namespace 要有自己的子网。"])
def test_tenant_networks_are_read(text):
    assert facts(text).get("tenant_networks") is True


def test_kubevirt_vms_are_workloads_not_the_nodes_platform():
    assert "platform" not in facts("We run KubeVirt and the VMs must keep their IPs.")


def test_the_ipam_check_passes_documented_plugins_fails_documented_noes_and_warns_the_rest():
    need = Profile(static_pod_ips=True, tenant_networks=True)

    def ipam(option_id: str):
        found = [r for r in run_checks(CATALOG.option(option_id), need, "en", CATALOG.environments_by_id,
                                       CATALOG.distributions_by_id) if r.check == "ipam"]
        return found[0] if found else None

    assert ipam("kube-ovn:geneve").status == "pass" and ipam("kube-ovn:geneve").evidence
    calico = ipam("calico:vxlan")
    # its pools may not overlap (topic-calico-ipam-reference): tenants cannot bring overlapping ranges, a documented no
    assert calico.status == "fail" and "per-tenant" in calico.detail and "fixed" not in calico.detail
    assert ipam("cilium:vxlan").status == "warn"
    flannel = ipam("flannel:vxlan")  # its per-node ranges are documented: a no for both, not a silence
    assert flannel.status == "fail" and "fixed" in flannel.detail and "per-tenant" in flannel.detail
    assert ipam("multus") is None  # an extra interface beside the primary network
    assert ipam_unasked() is None
    assert recommend(need, CATALOG, "en").options[0].plugin == "kube-ovn"


def ipam_unasked():
    found = [r for r in run_checks(CATALOG.option("calico:vxlan"), Profile(), "en", CATALOG.environments_by_id,
                                   CATALOG.distributions_by_id) if r.check == "ipam"]
    return found[0] if found else None


def test_openstacks_tenant_network_is_not_a_tenant_network_need():
    assert "tenant_networks" not in facts("Kubespray on OpenStack, 8 VMs on one tenant network.")
