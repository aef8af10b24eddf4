"""What runs in the cluster: `kubectl get pods|ds -n kube-system` (or `-A`), and flannel's net-conf.json backend."""

from __future__ import annotations

import re

from assistant.observe.cni import workload_plugin
from assistant.observe.records import Block, Parsed, Sign

POD_ROW = re.compile(r"^(?:(?P<ns>[a-z0-9][a-z0-9-]*)\s+)?(?P<name>[a-z0-9][a-z0-9.-]*)\s+\d+/\d+\s+[A-Z][\w:/-]*\s+\d+")
DS_ROW = re.compile(r"^(?:(?P<ns>[a-z0-9][a-z0-9-]*)\s+)?(?P<name>[a-z0-9][a-z0-9.-]*)(?:\s+\d+){5}\s+")
FLANNEL_BACKEND = re.compile(r'"Type"\s*:\s*"(?P<v>vxlan|host-gw|wireguard|udp|ipip|ipsec|alivpc|alloc|extension|gce|aws-vpc)"')
FLANNEL_MODES = {"vxlan": "vxlan", "host-gw": "host-gw", "wireguard": "wireguard"}


def parse(block: Block, host: str, out: Parsed) -> None:
    flannel_config = any("net-conf.json" in line or "kube-flannel-cfg" in line for line in block.lines) or \
        "kube-flannel-cfg" in (block.command or "")
    for line in block.lines:
        s = line.strip()
        m = POD_ROW.match(s) or DS_ROW.match(s)
        if m and (found := workload_plugin(m["name"])):
            plugin, mode = found
            what = ("pod " if m.re is POD_ROW else "DaemonSet ") + m["name"]
            out.signs.append(Sign(plugin, mode, True, line, what))
            out.saw("kubectl get pods" if m.re is POD_ROW else "kubectl get ds")
            continue
        if flannel_config and (b := FLANNEL_BACKEND.search(s)):
            out.signs.append(Sign("flannel", FLANNEL_MODES.get(b["v"]), True, line, f"flannel backend {b['v']}"))
            out.saw("kube-flannel-cfg")
