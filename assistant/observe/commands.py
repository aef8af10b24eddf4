"""The read-only commands whose output read_evidence understands, as `cni-advisor collect` lists and runs them.

Data only: this package never runs anything. `argv` is what `collect --run` executes on a node (no shell);
`{nic}` stands for the interface of the default route.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class CollectCommand:
    where: Literal["node", "kubectl"]
    shown: str  # what the user types
    argv: tuple[str, ...] | None  # what --run executes; None: not run locally
    why_en: str
    why_zh: str
    keep: str | None = None  # --run keeps only output lines containing one of these words ("|"-separated)


COMMANDS: tuple[CollectCommand, ...] = (
    CollectCommand("node", "uname -a", ("uname", "-a"),
                   "kernel release, CPU architecture and the host name", "内核版本、CPU 架构和主机名"),
    CollectCommand("node", "cat /etc/os-release", ("cat", "/etc/os-release"),
                   "the Linux distribution and release", "Linux 发行版及版本"),
    CollectCommand("node", "systemd-detect-virt", ("systemd-detect-virt",),
                   "the hypervisor the node runs on, or none for bare metal", "节点所在的虚拟化平台（物理机显示 none）"),
    CollectCommand("node", "ip -br addr", ("ip", "-br", "addr"),
                   "the node's addresses and prefixes, so its subnets", "节点的地址和前缀，即所在网段"),
    CollectCommand("node", "ip -d link", ("ip", "-d", "link"),
                   "MTU, MAC addresses (their vendor names the hypervisor), tunnel devices of an installed CNI, SR-IOV VFs",
                   "MTU、MAC 地址（厂商前缀可看出虚拟化平台）、已装 CNI 的隧道设备、SR-IOV VF"),
    CollectCommand("node", "ip route", ("ip", "route"),
                   "whether the other nodes are on-link (same L2 segment) or behind a gateway", "其他节点是直连（同一二层）还是经网关路由"),
    CollectCommand("node", "ip neigh", ("ip", "neigh"),
                   "the neighbours this node reaches at L2 (the ARP table)", "本节点在二层能直接访问的邻居（ARP 表）"),
    CollectCommand("node", "ethtool -i <nic>", ("ethtool", "-i", "{nic}"),
                   "the driver of the NIC the default route uses (`ip route` names it): virtual function or paravirtual NIC",
                   "默认路由所用网卡（`ip route` 中可见）的驱动：是否为 VF 或半虚拟化网卡"),
    CollectCommand("node", "lspci | grep -i -e ethernet -e network", ("lspci",),
                   "network controllers, including SR-IOV virtual functions", "网络控制器，包括 SR-IOV 虚拟功能（VF）",
                   keep="Ethernet|Network controller|Infiniband"),
    CollectCommand("kubectl", "kubectl get nodes -o wide", None,
                   "node count, InternalIPs, OS image, kernel and container runtime", "节点数量、InternalIP、操作系统、内核和容器运行时"),
    CollectCommand("kubectl", "kubectl get nodes -o custom-columns=NAME:.metadata.name,PROVIDER-ID:.spec.providerID,"
                              "ARCH:.status.nodeInfo.architecture,POD-CIDRS:.spec.podCIDRs[*]", None,
                   "the cloud (providerID), CPU architecture and pod CIDRs of each node", "每个节点的云平台（providerID）、CPU 架构和 Pod 网段"),
    CollectCommand("kubectl", "kubectl get ds -A", None,
                   "the CNI plugin already installed (its DaemonSet)", "已安装的 CNI 插件（其 DaemonSet）"),
)
