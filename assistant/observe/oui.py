"""MAC address prefixes (OUIs) that hypervisors give their virtual NICs, and interface names that are not the underlay."""

from __future__ import annotations

import re

# prefix -> (hypervisor, Profile.platform). 00:16:3e is Xen's, which Alibaba Cloud ECS also uses.
HYPERVISORS: dict[str, tuple[str, str]] = {
    "00:50:56": ("VMware", "vmware"), "00:0c:29": ("VMware", "vmware"), "00:05:69": ("VMware", "vmware"),
    "00:1c:14": ("VMware", "vmware"),
    "08:00:27": ("VirtualBox", "vm"),
    "52:54:00": ("KVM/QEMU", "vm"),
    "00:15:5d": ("Hyper-V", "vm"),
    "00:16:3e": ("Xen", "vm"),
    "00:1c:42": ("Parallels", "vm"),
}

# Interfaces a CNI plugin, a container runtime or kube-proxy creates: never the nodes' own network.
_VIRTUAL = re.compile(
    r"^(lo|flannel[.-].*|cni\d+|cbr\d+|docker\d+|tunl\d+|vxlan[.-].*|cali.*|cilium_.*|lxc.*|antrea-.*|weave|datapath|"
    r"vethwe.*|veth.*|kube-.*|ovn.*|genev_sys_.*|br-int|mirror\d+|eni[0-9a-f]{6,}.*|azv.*|virbr\d+.*|nodelocaldns|"
    r"dummy\d+|ifb\d+|tun\d+|tap.*|wg\d+|sit\d+|ip6tnl\d+|gre\d+|erspan\d+|nerdctl\d+|podman\d+|tun-.*)$")


def normal_mac(mac: str) -> str | None:
    """aa:bb:cc:dd:ee:ff, from 0:1:2:3:4:5 (macOS) or AA-BB-... (Windows); None if not a 6-byte MAC."""
    parts = re.split(r"[:-]", mac.strip())
    if len(parts) != 6 or not all(re.fullmatch(r"[0-9a-fA-F]{1,2}", p) for p in parts):
        return None
    return ":".join(p.lower().zfill(2) for p in parts)


def hypervisor(mac: str | None) -> tuple[str, str] | None:
    return HYPERVISORS.get(mac[:8]) if mac else None


def is_underlay(iface: str | None) -> bool:
    """A NIC the node itself uses (eth0, ens34, bond0, eno1, ...), not one a plugin or runtime made."""
    if not iface:
        return False
    return not _VIRTUAL.match(iface.split("@")[0])
