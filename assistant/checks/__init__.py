"""The check registry: every recommendation check with its stable id, labels and follow-up question.

The engine, the composer, follow-ups and tests refer to checks by `id` only; labels are for
people and come in both languages, so renaming one breaks nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.catalog import Distribution, Environment, Option
from assistant.checks import addresses, audit, clusters, combos, deployment, documented, features, interfaces, multicast, network, nodes
from assistant.checks.base import POINTS, STATUS_ORDER, VERDICT_ORDER, CheckResult, Context, Finding, Tier, effective_overhead, unique_refs
from assistant.checks.kernel import kernel
from assistant.models import Profile
from assistant.text import Lang, Text

Run = Callable[[Option, Context], Finding | None]


@dataclass(frozen=True)
class CheckSpec:
    id: str
    label: Text
    run: Run
    ask: Text | None = None  # the follow-up question when `asks` is unknown and decides this check
    asks: str | None = None  # the Profile key that question fills in
    ask_rank: int = 99  # lower asks first: the facts that decide most come first
    reads: tuple[str, ...] = ()  # the Profile keys that decide it: observed ones are cited with the pasted lines


CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec("ruled_out", Text("Ruled out by you", "已被你排除"), deployment.ruled_out, reads=("ruled_out",)),
    CheckSpec("primary", Text("Primary network", "主网络"), interfaces.primary_network),
    CheckSpec("cloud", Text("Cloud integration", "云平台集成"), deployment.cloud,
              Text("Where do the nodes run: which public cloud, which hypervisor, or bare metal?",
                   "节点运行在哪里:哪家公有云、哪种虚拟化平台，还是物理机?"), "platform", 2, reads=("platform",)),
    CheckSpec("managed", Text("Managed service", "托管服务"), deployment.managed,
              Text("Is this a managed Kubernetes service (EKS, AKS, GKE, ACK) or a cluster you run yourself?",
                   "这是托管的 Kubernetes 服务(EKS、AKS、GKE、ACK)，还是自建集群?"), "managed", 2, reads=("managed", "platform")),
    CheckSpec("distribution", Text("Distribution", "发行版"), deployment.distribution,
              reads=("distribution", "windows_nodes")),
    CheckSpec("l2", Text("L2 adjacency", "二层相邻"), network.l2_adjacency,
              Text("Are all nodes on one L2 segment (one switch or one broadcast domain)?",
                   "所有节点是否在同一个二层网络(同一交换机或同一广播域)内?"), "l2_adjacent", 1,
              reads=("l2_adjacent", "cross_subnet", "bgp_fabric", "pod_routes")),
    CheckSpec("macs", Text("Pod MAC addresses", "Pod MAC 地址"), interfaces.mac_filtering, reads=("mac_filtering",)),
    CheckSpec("encap", Text("Encapsulation allowed", "封装是否可用"), network.encapsulation_allowed,
              reads=("encap_blocked", "platform")),
    CheckSpec("bgp", Text("BGP fabric", "BGP 网络"), network.bgp_fabric,
              Text("Do your routers or ToR switches support BGP peering?", "你们的路由器或 ToR 交换机支持 BGP 对等吗?"),
              "bgp_fabric", 4, reads=("bgp_fabric", "l2_adjacent", "cross_subnet")),
    CheckSpec("routable", Text("Pod IPs reachable from outside", "集群外可访问 Pod IP"), network.routable_pod_ips,
              reads=("routable_pod_ips",)),
    CheckSpec("latency", Text("Latency / encapsulation overhead", "延迟/封包开销"), network.latency, reads=("mtu",)),
    CheckSpec("policy", Text("NetworkPolicy", "网络策略"), features.network_policy,
              Text("Do you need Kubernetes NetworkPolicy?", "是否需要 Kubernetes NetworkPolicy(网络策略)?"), "network_policy", 5),
    CheckSpec("l7", Text("Layer 7 policy", "七层策略"), features.l7_policy, reads=("l7_policy",)),
    CheckSpec("fqdn", Text("DNS-name egress policy", "域名出口策略"), features.fqdn_policy, reads=("fqdn_policy",)),
    CheckSpec("policy_log", Text("Policy audit log", "策略审计日志"), audit.policy_logging, reads=("policy_logging",)),
    CheckSpec("ipam", Text("Fixed IPs / tenant networks", "固定 IP/租户网络"), features.ipam, reads=("static_pod_ips", "tenant_networks")),
    CheckSpec("density", Text("Pod density / IP supply", "Pod 密度/IP 供给"), addresses.pod_density, reads=("pod_density", "network_ips_reserved")),
    CheckSpec("cloud_api", Text("Cloud API access", "云 API 权限"), addresses.cloud_api, reads=("cloud_api",)),
    CheckSpec("encryption", Text("Encryption", "加密"), features.encryption,
              Text("Must pod traffic between nodes be encrypted?", "节点之间的 Pod 流量是否必须加密?"), "encryption", 8,
              reads=("encryption", "encryption_protocol")),
    CheckSpec("kernel", Text("Kernel / eBPF", "内核/eBPF"), kernel,
              Text("Which Linux kernel do the nodes run (`uname -r`)?", "节点的 Linux 内核版本是多少(`uname -r`)?"), "kernel", 3,
              reads=("kernel", "os")),
    CheckSpec("arch", Text("CPU architecture", "CPU 架构"), nodes.arch, reads=("arch",)),
    CheckSpec("windows", Text("Windows", "Windows 节点"), nodes.windows, reads=("windows_nodes",)),
    CheckSpec("ipv6", Text("IPv6", "IPv6"), nodes.ipv6, reads=("ipv6", "dual_stack")),
    CheckSpec("combos", Text("Feature combinations", "功能组合"), combos.combinations,
              reads=("windows_nodes", "network_policy", "ipv6", "dual_stack", "encryption", "kernel", "sctp", "multicast", "arch")),
    CheckSpec("services", Text("Service support", "Service 支持"), features.service_support),
    CheckSpec("kube_proxy", Text("kube-proxy replacement", "kube-proxy 替代"), features.kube_proxy),
    CheckSpec("ebpf", Text("eBPF data plane", "eBPF 数据面"), features.ebpf_dataplane),
    CheckSpec("extra_interfaces", Text("Extra interfaces", "额外网卡"), interfaces.extra_interfaces),
    CheckSpec("sriov", Text("SR-IOV hardware", "SR-IOV 硬件"), interfaces.sriov_hardware,
              Text("Do the nodes have SR-IOV capable NICs?", "节点是否有支持 SR-IOV 的网卡?"), "sriov_nics", 6, reads=("sriov_nics",)),
    CheckSpec("multi_cluster", Text("Multi-cluster", "多集群"), clusters.multi_cluster, reads=("multi_cluster",)),
    CheckSpec("multicast", Text("Multicast", "组播"), multicast.multicast, reads=("multicast",)),
    CheckSpec("live_migration", Text("KubeVirt live migration", "KubeVirt 热迁移"), documented.live_migration, reads=("live_migration",)),
    CheckSpec("egress_ip", Text("Fixed egress IP", "固定出口 IP"), documented.egress_ip, reads=("egress_ip",)),
    CheckSpec("pod_security_groups", Text("Security groups per pod", "Pod 级安全组"), documented.pod_security_groups,
              reads=("pod_security_groups",)),
    CheckSpec("dpdk", Text("DPDK / user-space NIC", "DPDK/用户态网卡"), interfaces.user_space_nic, reads=("dpdk",)),
    CheckSpec("pod_startup", Text("Pod start-up", "Pod 启动"), features.pod_startup),
    CheckSpec("scale", Text("Scale", "规模"), features.scale,
              Text("How many nodes will the cluster have?", "集群会有多少个节点?"), "nodes", 7, reads=("nodes",)),
    CheckSpec("simplicity", Text("Simplicity", "简单易用"), features.simplicity),
    CheckSpec("maintenance", Text("Maintenance status", "维护状态"), features.maintenance),
)
SPECS: Mapping[str, CheckSpec] = {spec.id: spec for spec in CHECKS}
# Checks whose "unknown" means the plugin's documentation is silent on a stated need, not that a fact of the
# environment is missing (L2 adjacency, SR-IOV hardware, the kernel: those are asked about instead).
UNDOCUMENTED = ("windows", "ipv6", "multi_cluster", "multicast", "live_migration", "egress_ip", "pod_security_groups")


def label(check_id: str, lang: Lang | str) -> str:
    return SPECS[check_id].label.of(lang)


def run_checks(opt: Option, profile: Profile, lang: Lang, environments: Mapping[str, Environment],
               distributions: Mapping[str, Distribution] | None = None, operating: bool = False, running: bool = False,
               deployed: bool = False) -> list[CheckResult]:
    """Every check that has something to say about `opt`, in display order, each stamped with its id."""
    ctx = Context(profile=profile, lang=lang, environments=environments, distributions=distributions or {}, operating=operating,
                  running=running, deployed=deployed)
    return [CheckResult(check=spec.id, **found.model_dump())
            for spec in CHECKS if (found := spec.run(opt, ctx)) is not None]


__all__ = ["CHECKS", "POINTS", "SPECS", "STATUS_ORDER", "UNDOCUMENTED", "VERDICT_ORDER", "CheckResult", "CheckSpec", "Context",
           "Tier", "effective_overhead", "label", "run_checks", "unique_refs"]
