"""Thirty-third round: checks and plans, each beside a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from reading_facts import check_status


def test_cilium_tunnels_on_an_ipv6_only_cluster_are_a_caveat_native_routing_is_not():
    only6 = Profile(ipv6=True, dual_stack=False)
    assert check_status("cilium:vxlan", only6, "ipv6") == "warn"
    assert check_status("cilium:native-routing", only6, "ipv6") == "pass"
    # dual-stack tunnels are documented without that restriction
    assert check_status("cilium:vxlan", Profile(ipv6=True, dual_stack=True), "ipv6") == "pass"

