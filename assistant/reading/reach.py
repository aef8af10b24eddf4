"""Pods reachable from outside the cluster at their own IPs: external servers, registries and
gateways that talk to pod IPs directly need routes to them, which overlays do not give."""

from __future__ import annotations

from assistant.reading.spans import Hit, rx

_REACH = rx(
    r"\b(external|outside|non-cluster|legacy|bare[\s-]metal|physical|hardware) (servers?|hosts?|machines?|clients?|services?|"
    r"systems?|vms?)\b[^.;?]{0,60}\b(reach|access|connect to|talk to|call|route to|ping)\b[^.;?]{0,30}\bpods?\b",
    r"\b(reach|access|route to|connect to|call)\b[^.;?]{0,25}\bpod ips?\b[^.;?]{0,40}\b(from )?(outside|external|"
    r"beyond) (the )?(cluster|kubernetes)\b",
    r"\bpod ips?\b[^.;?]{0,30}\b(routable|reachable|accessible|visible)\b[^.;?]{0,30}\b(outside|externally|from the "
    r"(lan|network|datacenter|data centre|vpc))\b", r"\b(routable|flat) pod (ips?|network|addresses)\b",
    r"\b(access|reach|visit|connect|route|ping)\w*\b[^.;?]{0,20}\bpods?\b[^.;?]{0,40}\bfrom (an? |the )?(external|outside|"
    r"non-cluster|other)\b",
    r"\b(out of|outside( of)?) (the )?cluster\b[^.;?]{0,40}\b(visit|reach|access|route to|connect to)\b[^.;?]{0,30}\bpods?\b",
    r"\b(access|reach|visit)\w* (the )?pod ips? directly\b",
    r"(集群外|k8s外|kubernetes外|外部)[^。？，,]{0,20}(服务器|主机|机器|服务)?[^。？]{0,20}(访问|互相访问|互通|连接|路由到)[^。？]{0,12}(pod|容器)",
    r"(pod|容器)\s*ip[^。？]{0,15}(注册|直接访问|对外|可路由|外部可达)", r"直接访问\s*pod\s*ip",
)


def read_reach(text: str) -> list[Hit]:
    return [Hit("routable_pod_ips", True, m.start(), m.end(), m.group(0)) for m in _REACH.finditer(text)]
