"""All recommendation checks, in the order they are shown."""

from __future__ import annotations

from typing import Callable

from assistant.catalog import Option
from assistant.checks import features, network
from assistant.checks.base import VALUES, CheckResult, effective_overhead, unique_refs
from assistant.models import Profile

Check = Callable[[Option, Profile, str], CheckResult | None]

CHECKS: list[Check] = [
    network.primary_network, network.cloud, network.l2_adjacency, network.bgp_fabric, network.latency,
    features.network_policy, features.encryption, features.kernel, features.windows, features.ipv6,
    features.service_support, features.kube_proxy, features.ebpf_dataplane, network.extra_interfaces, network.sriov_hardware, features.pod_startup,
    features.scale, features.simplicity, features.maintenance,
]


def run_checks(opt: Option, profile: Profile, lang: str) -> list[CheckResult]:
    return [r for check in CHECKS if (r := check(opt, profile, lang)) is not None]


__all__ = ["CHECKS", "VALUES", "CheckResult", "effective_overhead", "run_checks", "unique_refs"]
