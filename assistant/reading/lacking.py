"""A feature a named plugin lacks is one the writer needs: "Flannel doesn't support network policy, which CNI
instead?" asks for policy. The negation belongs to the plugin's capability, not to the writer's need, so a need read
as refused right after such words is read as wanted."""

from __future__ import annotations

from assistant.reading.spans import Hit, rx, sentence

_LACKS = rx(r"\s*(\(\w+\)\s*)?(doesn'?t|does not|don'?t|do not|can'?t|cannot|won'?t) (support|provide|offer|have|do|enforce|implement)\b|"
            r"\s*(\(\w+\)\s*)?(lacks|has no|offers no|provides no|has zero)\b",
            r"\s*(本身)?\s*(不支持|没有|不提供|不能做|做不了|无法(支持|提供|实现))")
# what a need may be said as while the plugin lacks it: a feature, not a fact of the network ("has no BGP" stays as said)
NEEDS = frozenset({"network_policy", "l7_policy", "fqdn_policy", "encryption", "ipv6", "dual_stack", "multicast", "multi_cluster",
                   "kube_proxy_replacement", "ebpf_dataplane", "egress_ip", "static_pod_ips", "windows_nodes", "sctp"})


# Something else unsupported on the need: "Why is IPIP not supported on an IPv6 IP pool?" has IPv6, not IPv4 only.
_UNSUPPORTED_ON = rx(r"\b(is|are)\s+(not|n'?t)\s+supported\s+(on|with|for|in)\s+(an?\s+|the\s+)?$",
                     r"\b(isn'?t|aren'?t)\s+supported\s+(on|with|for|in)\s+(an?\s+|the\s+)?$",
                     r"\b(doesn'?t|does not|won'?t|can'?t|cannot)\s+(work|run)\s+(on|with|in|over)\s+(an?\s+|the\s+)?$")


def lacked(text: str, hits: list[Hit], mentions: list[tuple[int, int, str]]) -> list[Hit]:
    """`hits` with each need refused in words that say a named plugin lacks it, or that something else is not
    supported on it, read as wanted."""
    spans = []
    for _, end, _ in mentions:
        if (m := _LACKS.match(text, end)) is not None:
            spans.append((m.end(), sentence(text, end, end)[1]))
    flipped = {h.start for h in hits if h.key in NEEDS and h.value is False
               and (any(left <= h.start < right for left, right in spans) or _UNSUPPORTED_ON.search(text, max(0, h.start - 40), h.start))}
    # the single stack read from the same IPv6 words goes with the refusal
    derived = {h.start for h in hits if h.key == "ipv6" and h.start in flipped and not h.text.lower().startswith("dual")}
    return [Hit(h.key, True, h.start, h.end, h.text, h.rank) if h.key in NEEDS and h.value is False and h.start in flipped else h
            for h in hits if not (h.key == "dual_stack" and h.value is False and h.start in derived)]
