"""Names that give away the CNI plugin already installed: its pods, its interfaces, its routes."""

from __future__ import annotations

import re

# Pod or DaemonSet name prefixes -> (plugin id of kb/catalog, mode or None). Longest prefixes first.
WORKLOADS: list[tuple[str, str, str | None]] = [
    ("kube-flannel-ds", "flannel", None), ("kube-flannel", "flannel", None), ("canal", "flannel", None),
    ("calico-node", "calico", None), ("calico-kube-controllers", "calico", None), ("calico-typha", "calico", None),
    ("cilium-operator", "cilium", None), ("cilium-envoy", "cilium", None), ("cilium", "cilium", None),
    ("anetd", "gke", None),
    ("aws-node", "aws-vpc-cni", None),
    ("terway-eniip", "terway", "eniip"), ("terway-eni", "terway", "eni"), ("terway", "terway", None),
    ("azure-cns", "azure-cni", None), ("azure-cni", "azure-cni", None),
    ("antrea-agent", "antrea", None), ("antrea-controller", "antrea", None),
    ("kube-router", "kube-router", None),
    ("ovnkube-node", "ovn-kubernetes", "geneve"), ("ovnkube-master", "ovn-kubernetes", "geneve"),
    ("ovnkube-control-plane", "ovn-kubernetes", "geneve"),
    ("kube-ovn-cni", "kube-ovn", None), ("kube-ovn-controller", "kube-ovn", None),
    ("weave-net", "weave", "fastdp"),
    ("contiv-netplugin", "contiv", None),
    ("kube-multus-ds", "multus", None), ("kube-multus", "multus", None),
    ("kube-sriov-device-plugin", "sriov", None), ("kube-sriov-cni-ds", "sriov", None),
]

# Plugins that attach extra interfaces beside the primary one: never the answer to "which CNI is installed".
META = {"multus", "sriov"}

# Interface names -> (plugin, mode, strong). Weak ones count only when nothing strong is seen.
INTERFACES: list[tuple[re.Pattern, str, str | None, bool]] = [
    (re.compile(r"^flannel(-v6)?\.\d+$"), "flannel", "vxlan", True),
    (re.compile(r"^flannel-wg(-v6)?$"), "flannel", "wireguard", True),
    (re.compile(r"^cni0$"), "flannel", None, False),
    (re.compile(r"^vxlan(-v6)?\.calico$"), "calico", "vxlan", True),
    (re.compile(r"^cali[0-9a-f]{6,}$"), "calico", None, True),
    (re.compile(r"^tunl0$"), "calico", "ipip", False),  # ipip module's device: Calico's only when Calico is seen
    (re.compile(r"^cilium_vxlan$"), "cilium", "vxlan", True),
    (re.compile(r"^cilium_geneve$"), "cilium", "geneve", True),
    (re.compile(r"^cilium_(host|net)$"), "cilium", None, True),
    (re.compile(r"^antrea-(gw|tun)\d+$"), "antrea", None, True),
    (re.compile(r"^(weave|datapath|vxlan-6784)$"), "weave", "fastdp", True),
    (re.compile(r"^ovn-k8s-mp\d+$"), "ovn-kubernetes", "geneve", True),
    (re.compile(r"^ovn0$"), "kube-ovn", None, True),
    (re.compile(r"^kube-(bridge|dummy-if)$"), "kube-router", None, True),  # kube-ipvs0 is kube-proxy's (IPVS mode), no CNI
    (re.compile(r"^tun-\d{4,}$"), "kube-router", None, True),  # its IPIP tunnels to nodes in other subnets
    (re.compile(r"^eni[0-9a-f]{11}$"), "aws-vpc-cni", None, True),
    (re.compile(r"^azv[0-9a-f]{11}$"), "azure-cni", None, True),
]


def workload_plugin(name: str) -> tuple[str, str | None] | None:
    for prefix, plugin, mode in WORKLOADS:
        if name == prefix or name.startswith(prefix + "-"):
            return plugin, mode
    return None


def interface_plugin(name: str) -> tuple[str, str | None, bool] | None:
    bare = name.split("@")[0]
    for rx, plugin, mode, strong in INTERFACES:
        if rx.match(bare):
            return plugin, mode, strong
    return None

# The ids of kb/catalog a reading may produce; anything else falls back to the bare plugin id.
CATALOG_IDS = {
    "antrea", "antrea:geneve", "antrea:noencap", "antrea:hybrid", "aws-vpc-cni", "azure-cni",
    "calico", "calico:bgp", "calico:ipip", "calico:ipip-crosssubnet", "calico:vxlan", "calico:vxlan-crosssubnet", "calico:ebpf",
    "cilium", "cilium:vxlan", "cilium:geneve", "cilium:native-routing", "contiv",
    "flannel", "flannel:vxlan", "flannel:host-gw", "flannel:wireguard", "gke", "kube-router",
    "ovn-kubernetes", "ovn-kubernetes:geneve", "terway", "terway:eniip", "terway:eni", "terway:vpc", "weave", "weave:fastdp",
}


def plugin_id(plugin: str, mode: str | None) -> str:
    return f"{plugin}:{mode}" if mode and f"{plugin}:{mode}" in CATALOG_IDS else plugin
