"""Facts that follow from others the question states: dual-stack needs IPv6, layer 7 rules are policy, nodes on
premises and in a cloud are apart; and what one stated fact takes back from another ("managed" beside VMware)."""

from __future__ import annotations

import re

from assistant.models import ReadFact

_MANAGED_CLOUDS = {"aws", "azure", "gcp", "aliyun"}


def implied(facts: dict[str, ReadFact]) -> None:
    """Facts that follow from others: dual-stack needs IPv6; "managed" only means a cloud's service."""
    platform, managed = facts.get("platform"), facts.get("managed")
    if platform and managed and managed.value and platform.value not in _MANAGED_CLOUDS | {"cloud"}:
        del facts["managed"]  # "managed" next to VMware or bare metal is not a cloud service
    if (ipv6 := facts.get("ipv6")) is not None and ipv6.value is False and "dual_stack" not in facts:
        facts["dual_stack"] = ipv6.model_copy(update={"key": "dual_stack", "value": False})
    for key in ("l7_policy", "fqdn_policy"):  # layer 7 and DNS-name rules are policy enforced
        if (rules := facts.get(key)) is not None and rules.value and "network_policy" not in facts:
            facts["network_policy"] = rules.model_copy(update={"key": "network_policy"})
    if platform and platform.value == "hybrid" and "cross_subnet" not in facts:
        # nodes on premises and in a cloud are in different networks whatever else is said
        facts["cross_subnet"] = platform.model_copy(update={"key": "cross_subnet", "value": True})
    if (l2 := facts.get("l2_adjacent")) is not None and l2.value and re.search(r"bridg|桥接", l2.text, re.I) \
            and (apart := facts.get("cross_subnet")) is not None and apart.value:
        del facts["l2_adjacent"]  # VMs bridged onto each room's LAN, the rooms routed apart: bridging is per host
    if (dual := facts.get("dual_stack")) is not None and dual.value and "ipv6" not in facts:
        facts["ipv6"] = dual.model_copy(update={"key": "ipv6", "value": True})
    if (l2 := facts.get("l2_adjacent")) is not None and l2.value is False and _ANTI_SPOOFING.search(l2.text) and "cross_subnet" not in facts:
        # An anti-spoofing guard drops unencapsulated pod traffic inside the VMs' own network, where CrossSubnet
        # modes send it raw: with no word of several subnets, the nodes are taken to share one.
        facts["cross_subnet"] = l2.model_copy(update={"key": "cross_subnet", "value": False, "source": "assumed"})


_ANTI_SPOOFING = re.compile(r"port[\s_-]?security|anti[\s-]?spoof|mac[\s-]+(binding|bound|pinning)|端口安全|欺骗|绑定", re.I)
