"""Modes that name their plugin.

"I have decided to switch to host-gw; the nodes are in different VPC subnets" asks about flannel though flannel goes
unnamed: some mode names and settings belong to one plugin only. Read only where no plugin is named at all, so a
plugin named beside them keeps its own reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.catalog import Catalog

# Names and settings no other plugin uses. Not words a user may say of the network ("cross-subnet", "sleeve", "underlay",
# "native routing"), nor tunnel types several plugins share, nor a feature flag discussed as such ("auto-direct-node-routes are
# limited to a single L2 domain").
_SIGNATURES = ("host-gw", "hostgw", "host gw", "ipipmode", "vxlanmode", "ipip crosssubnet", "vxlan crosssubnet", "ipip-crosssubnet",
               "vxlan-crosssubnet", "tunl0", "vxlan.calico", "fastdp", "eniip", "eni multi-ip", "exclusive eni", "独占 eni", "共享 eni",
               "dataplane v2", "dataplane-v2", "dpv2", "ipam.mode=eni",
               "network_type=vlan", "tunnel_type=geneve", "azure cni overlay", "azure cni powered by cilium")


def _squeezed(name: str) -> str:
    return re.sub(r"[\s_-]+", "", name.lower())


def _owners(catalog: Catalog) -> dict[str, str]:
    """Each signature with the one plugin whose options carry it, as an alias or the start of a setting
    ("ipipMode" of "ipipMode: Always"); a signature two plugins share names neither."""
    return dict(_owned(tuple((a, o.plugin) for o in catalog.options for a in (*o.aliases, o.mode or "") if a)))


@lru_cache(maxsize=4)
def _owned(aliases: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    # worked out once per catalog: every question without a plugin name asks again
    squeezed = [(_squeezed(a), pid) for a, pid in aliases]
    out = []
    for sig in _SIGNATURES:
        key = _squeezed(sig)
        plugins = {pid for a, pid in squeezed if a == key} or {pid for a, pid in squeezed if a.startswith(key)}
        if len(plugins) == 1:
            out.append((sig, plugins.pop()))
    return tuple(out)


def signature_mentions(catalog: Catalog, text: str) -> list[tuple[int, int, str]]:
    """(start, end, plugin id) of each signature in `text`."""
    out = [hit for sig, pid in _owners(catalog).items() for hit in _find(sig, pid, text)]
    # the plugin's other modes named beside it are its too: "vxlan works, but I decided to switch to host-gw"
    for pid in {pid for *_, pid in out}:
        out += [hit for o in catalog.options if o.plugin == pid for a in o.aliases for hit in _find(a, pid, text)
                if not any(s <= hit[0] < e for s, e, _ in out)]
    return sorted(set(out))


def _find(name: str, pid: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), pid) for m in _pattern(name).finditer(text)]


@lru_cache(maxsize=512)
def _pattern(name: str) -> re.Pattern[str]:
    body = re.escape(name).replace(r"\ ", r"[\s-]?")
    return re.compile(rf"(?<![\w.-]){body}(?![\w-])", re.I)
