"""Thirty-sixth to thirty-ninth rounds: planning and catalog classes, each beside a near-miss."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _plan(question: str):
    result = plan(understand(question, CATALOG), CATALOG)
    assert result is not None
    return result


def test_a_plugin_found_too_heavy_is_no_recommendation():
    result = _plan("Five Hetzner Cloud VMs on one private network, kubeadm, Ubuntu 24.04. We tried Cilium and it was too heavy for "
                   "boxes this small. We don't need NetworkPolicy yet. What's a lighter pod network we should put on instead?")
    assert not any(o.plugin == "cilium" for o in result.recommended)
    # a plugin kept is still recommended where it fits
    kept = _plan("Five cloud VMs, 4 GB RAM each, kubeadm, we run Cilium. Which mode should we use?")
    assert any(o.plugin == "cilium" for o in kept.recommended)


def test_calico_for_windows_is_not_supported_on_openstack():
    result = _plan("Our cluster lives on OpenStack, 8 Ubuntu workers with Calico. We have to add 3 Windows Server 2022 workers "
                   "and want NetworkPolicy on them. What CNI should the cluster run?")
    assert all(o.verdict == "rejected" for o in result.options if o.plugin == "calico")
    on_prem = _plan("8 Ubuntu bare-metal workers with Calico. We have to add 3 Windows Server 2022 workers and want NetworkPolicy "
                    "on them. What CNI should the cluster run?")
    assert any(o.verdict != "rejected" for o in on_prem.options if o.plugin == "calico")


def test_antrea_multicast_is_ipv4_only():
    result = _plan("转码服务的 pod 之间用 IPv6 组播分发。集群是 IPv6 单栈，6 台物理服务器接同一个二层交换机。Antrea 和 OVN-Kubernetes 哪个更合适？")
    assert all(o.verdict == "rejected" for o in result.options if o.plugin == "antrea")
    v4 = _plan("转码服务的 pod 之间用组播分发，6 台物理服务器接同一个二层交换机。Antrea 和 OVN-Kubernetes 哪个更合适？")
    assert any(o.verdict != "rejected" for o in v4.options if o.plugin == "antrea")
