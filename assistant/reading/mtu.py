"""The underlay MTU a text states: a host interface's or the network's, not a pod's or a tunnel's."""

from __future__ import annotations

import re

from assistant.reading.scope import own
from assistant.reading.spans import Hit, rx

MTU = rx(r"\bmtu\b[^.;!?\d]{0,25}?\bfrom\s+\d[\d,]{2,5}\s*(?:bytes\s*)?(?:to|->|→)\s*(\d[\d,]{2,5})\b",
         # "the 1500 MTU is reduced by 50 Bytes to 1450": what is left
         r"(?:(?<![\w.])\d{3,5}\s*(?:bytes\s*)?)?\bmtu\b[^.;!?\d]{0,25}?\b(?:reduced|lowered|decreased|drops?|dropped|shrinks?|goes down)\b"
         r"[^.;!?]{0,25}?\bto\s+(\d{3,5})\b",
         r"\bmtu\b[^.,;!?\d]{0,25}?(?<![\w.])(\d{1,2},\d{3}|\d{3,5})\b", r"(?<![\w.])(\d{3,5})[\s-]*(?:byte|B)?\s*mtu\b",
         r"mtu\s*(?:为|是|设置为|只有|仅)?\s*(\d{3,5})")
# A tunnel word just before the MTU names the tunnel's; one before a comma does not ("底层是VXLAN，MTU 1450").
_POD_MTU = rx(r"\b(pod|veth|tun|tunl0?|tunnel|vxlan|calico|flannel|cilium|container|inner|overlay|cni|wireguard)\b[^.,;!?，。；！？]{0,12}$",
              r"(pod|容器|隧道)\s*的?\s*$")
_VPN = rx(r"\b(openvpn|vpn|ipsec|strongswan|tailscale|zerotier)\b", r"专线")
# An MTU the plugin picks for its own interfaces: "Flannel determines the correct mtu for its interfaces as 9000".
_PLUGIN_SETS = rx(r"\b(flannel|calico|cilium|weave|antrea|felix|the cni|the plugin)\b[^.;]{0,12}\b(determines?|sets?|calculates?|picks?|"
                  r"chooses?|detects?|configures?|computes?)\b[^.;]{0,30}$")
# An MTU in a plugin's configuration ("vethMTU", "FLANNEL_MTU", `"mtu": 1450`, `--mtu`) or an example ("if MTU=9000").
_CONFIG_KEY = re.compile(r"[A-Za-z_]$|\"$|--?$")
_EXAMPLE = rx(r"\b(if|e\.g\.|for example|say|like|such as|suppose)\b[^.;]{0,12}$", r"(如果|假设|比如|例如)[^。；]{0,8}$")
# The interface an `ip link` line or a sentence gives the MTU of: the host's own NICs are the underlay.
_IFACE = re.compile(r"\b(eth\d+|ens\w+|enp\w+|eno\d+|em\d+|bond\d+(?:\.\d+)?|br\w*|cali\w+|tunl0|flannel\.\d+|vxlan[.\w]*|cni0|"
                    r"docker0|veth\w+|cilium_\w+|lxc\w+|genev_sys_\w+|eni\w+|weave|wg\d+|tun\d+|kube-ipvs0|ovn\w*|antrea-\w+)\b")
_OVERLAY_IFACE = re.compile(r"(cali|tunl|flannel|vxlan|cni0|docker|veth|cilium|lxc|genev|eni|weave|wg|tun|kube-ipvs|ovn|antrea)")
_UNDERLAY = rx(r"\b(eth\d+|ens\w+|enp\w+|eno\d+|bond\d+|host|hosts|node|nodes|underlay|physical|vpc|network|interfaces?|nics?|jumbo|path)\b",
               r"网卡|物理|宿主机|底层|节点|网络")
JUMBO = rx(r"\bjumbo frames?\b", r"巨型帧")
# jumbo frames lacked: "because of lack of jumbo frames support", "没有开巨型帧"
_NO_JUMBO = rx(r"\b(lack of|lacking|without|no|not|missing|absence of)\s+(\w+\s+)?$", r"(没有|不支持|没开|未开启|不能开)\s*(开)?\s*$")


def read_mtu(text: str) -> list[Hit]:
    """The underlay MTU: a host interface's or the network's, not a pod's or a tunnel's."""
    text = own(text)
    hits = []
    for m in MTU.finditer(text):
        number = next(g for g in m.groups() if g)
        before = text[max(0, m.start() - 25):m.start()]
        vpn = _VPN.search(text, max(0, m.start() - 40), m.start()) is not None  # a VPN's tun device is the path the overlay runs over
        if (_POD_MTU.search(before) and not vpn) or _PLUGIN_SETS.search(text, max(0, m.start() - 50), m.start()) \
                or _CONFIG_KEY.search(text[:m.start()]) or _EXAMPLE.search(before):
            continue  # a pod or tunnel MTU they set, a plugin setting, or an example
        segment_start = max(text.rfind(c, 0, m.start()) for c in ";\n(") + 1
        ifaces = list(_IFACE.finditer(text, max(segment_start, m.start() - 60), m.start() + 1))
        if ifaces and _OVERLAY_IFACE.match(ifaces[-1].group(0)):
            continue
        value = int(number.replace(",", ""))
        if 576 <= value <= 9216:
            underlay = bool(ifaces) or bool(_UNDERLAY.search(text, max(0, m.start() - 40), m.end() + 15))
            hits.append(Hit("mtu", value, m.start(), m.end(), m.group(0), rank=1 if underlay else 0))
    if not hits and (j := JUMBO.search(text)) and not _NO_JUMBO.search(text[max(0, j.start() - 30):j.start()]):
        hits.append(Hit("mtu", 9000, j.start(), j.end(), j.group(0)))
    return hits
