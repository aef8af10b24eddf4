"""Feature combinations an option does not support, though each feature alone passes its own
check: Windows nodes with IPv6 on Calico, NetworkPolicy on Windows nodes with the VPC CNI, ..."""

from __future__ import annotations

from assistant.catalog import Constraint, Option
from assistant.checks.base import Context, Finding, Tier, finding, version_tuple
from assistant.models import Profile, Status
from assistant.text import Text

LABELS = {
    "windows_nodes": Text("Windows nodes", "Windows 节点"), "network_policy": Text("NetworkPolicy", "NetworkPolicy"),
    "ipv6": Text("IPv6", "IPv6"), "dual_stack": Text("dual-stack", "双栈"), "encryption": Text("encryption", "加密"),
    "l7_policy": Text("L7 policy", "七层策略"), "fqdn_policy": Text("DNS-name egress policy", "域名出口策略"),
    "kube_proxy_replacement": Text("kube-proxy replacement", "kube-proxy 替代"),
    "ebpf_dataplane": Text("an eBPF data plane", "eBPF 数据面"), "pod_density": Text("high pod density", "高 Pod 密度"),
    "managed": Text("a managed cluster", "托管集群"), "egress_ip": Text("a fixed egress IP", "固定出口 IP"),
    "sctp": Text("SCTP", "SCTP"), "multicast": Text("multicast", "组播"),
    "multi_cluster": Text("multi-cluster networking (Cluster Mesh)", "多集群互通(Cluster Mesh)"),
    "live_migration": Text("KubeVirt live migration", "KubeVirt 热迁移"),
}


def _stated(p: Profile, key: str) -> bool:
    return (p.kernel if key == "kernel_below" else getattr(p, key)) is not None


def _holds(p: Profile, key: str, want: bool | str) -> bool:
    if key == "kernel_below":
        return p.kernel is not None and version_tuple(p.kernel) < version_tuple(str(want))
    return getattr(p, key) == want


def _describe(c: Constraint, ctx: Context) -> str:
    parts = []
    for key, want in c.when.items():
        if key == "kernel_below":
            parts.append(ctx.say(f"a kernel older than {want}", f"低于 {want} 的内核"))
        elif key == "platform":
            env = ctx.environments.get(str(want))
            parts.append((env.name_zh if ctx.lang == "zh" else env.name) if env is not None else str(want))
        elif isinstance(want, str):
            parts.append(ctx.say(f"{want} nodes", f"{want} 节点"))  # a value, not a yes/no: "arm64"
        else:
            label = LABELS[key].of(ctx.lang)
            parts.append(label if want else ctx.say(f"no {label}", f"不使用{label}"))
    return ctx.say(" with ", "与").join(parts)


def combinations(opt: Option, ctx: Context) -> Finding | None:
    constraints, p, say = opt.props.constraints, ctx.profile, ctx.say
    if not constraints or not any(_stated(p, k) for c in constraints for k in c.when):
        return None
    hits = [c for c in constraints if all(_holds(p, k, v) for k, v in c.when.items())]
    if not hits:
        return finding("pass", say(f"None of the feature combinations {opt.name} does not support applies here.",
                                   f"{opt.name} 不支持的功能组合在此都不涉及。"), tier=Tier.HEADROOM,
                       refs=tuple(c.evidence for c in constraints))
    worst: Status = "fail" if any(c.status == "fail" for c in hits) else "warn"
    combos = say("; ".join(_describe(c, ctx) for c in hits), "；".join(_describe(c, ctx) for c in hits))
    return finding(worst, say(f"{opt.name} does not support {combos}.", f"{opt.name} 不支持{combos}。"),
                   tier=Tier.REQUIRED, refs=tuple(c.evidence for c in hits))
