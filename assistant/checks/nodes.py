"""Checks about the nodes themselves: Windows nodes, IP families, CPU architecture."""

from __future__ import annotations

from assistant.catalog import Fact, Option
from assistant.checks.base import Context, Finding, Tier, finding
from assistant.checks.features import feature, unasked_counts
from assistant.models import Status
from assistant.text import Text


def windows(opt: Option, ctx: Context) -> Finding | None:
    need = ctx.profile.windows_nodes
    if need is None and not unasked_counts(ctx):
        return None
    fact, say = opt.props.windows, ctx.say
    if fact.value is None:  # undocumented: only worth saying when Windows nodes are wanted
        return None if not need else finding(
            "unknown", say(f"Our sources do not say whether {opt.name} supports Windows nodes; check the current vendor documentation.",
                           f"现有资料没有说明 {opt.name} 是否支持 Windows 节点；请查阅厂商的最新文档。"), fact, tier=Tier.REQUIRED)
    if fact.value == "limited" and need is not False:
        return finding("warn", say(f"{opt.name} supports Windows nodes only with restrictions (see the cited section).",
                                   f"{opt.name} 仅在一定限制下支持 Windows 节点(见引用部分)。"),
                       fact, tier=Tier.REQUIRED if need else Tier.HEADROOM)
    return feature(need, fact, bool(fact.value), ctx,
                   Text(f"{opt.name} supports Windows nodes.", f"{opt.name} 支持 Windows 节点。"),
                   Text(f"{opt.name} does not support Windows nodes.", f"{opt.name} 不支持 Windows 节点。"))


def ipv6(opt: Option, ctx: Context) -> Finding | None:
    """Dual-stack and IPv6-only are separate capabilities: the VPC CNI does one, not the other."""
    p, say = ctx.profile, ctx.say
    only, dual = opt.props.ipv6_only, opt.props.dual_stack
    if p.dual_stack:
        return _family(opt, ctx, dual, Text("dual-stack (IPv4 and IPv6) pods", "双栈(IPv4 和 IPv6)Pod"))
    if p.ipv6 and p.dual_stack is False:
        if only.value == "limited":  # Cilium's tunnels: over an IPv6 underlay only since 1.18
            return finding("warn", say(f"{opt.name} runs IPv6-only clusters only with restrictions (see the cited section).",
                                       f"{opt.name} 仅在一定限制下支持纯 IPv6 集群(见引用部分)。"), only, tier=Tier.REQUIRED)
        return _family(opt, ctx, only, Text("IPv6-only pods", "纯 IPv6 的 Pod"))
    if p.ipv6 is False or (p.ipv6 is None and not unasked_counts(ctx)):
        return None
    tier = Tier.REQUIRED if p.ipv6 else Tier.HEADROOM
    if dual.value:
        return finding("pass", say(f"{opt.name} supports IPv6 and dual-stack.", f"{opt.name} 支持 IPv6 和双栈。"), dual, tier=tier)
    if only.value:
        return finding("warn", say(f"{opt.name} supports IPv6-only clusters, not dual-stack.", f"{opt.name} 支持纯 IPv6 集群，不支持双栈。"),
                       only, dual, tier=tier)
    if only.value is None or dual.value is None:
        return finding("unknown", say(f"Our sources do not say whether {opt.name} supports IPv6.", f"现有资料没有说明 {opt.name} 是否支持 IPv6。"),
                       only, dual, tier=tier)
    status: Status = "fail" if p.ipv6 else "warn"
    return finding(status, say(f"{opt.name} does not support IPv6 / dual-stack.", f"{opt.name} 不支持 IPv6/双栈。"), only, dual, tier=tier)


def _family(opt: Option, ctx: Context, fact: Fact, what: Text) -> Finding:
    say = ctx.say
    if fact.value is None:
        return finding("unknown", say(f"Our sources do not say whether {opt.name} supports {what.en}.",
                                      f"现有资料没有说明 {opt.name} 是否支持{what.zh}。"), fact, tier=Tier.REQUIRED)
    ok = bool(fact.value)
    return finding("pass" if ok else "fail", say(f"{opt.name} {'supports' if ok else 'does not support'} {what.en}.",
                                                 f"{opt.name} {'支持' if ok else '不支持'}{what.zh}。"), fact, tier=Tier.REQUIRED)


def arch(opt: Option, ctx: Context) -> Finding | None:
    want, fact, say = ctx.profile.arch, opt.props.arch, ctx.say
    if want is None:
        return None
    have = fact.value.get(want)
    if have is None:
        return finding("unknown", say(f"Our sources do not say whether {opt.name} ships {want} images.",
                                      f"现有资料没有说明 {opt.name} 是否提供 {want} 镜像。"), fact, tier=Tier.DECISIVE)
    return finding("pass" if have else "fail",
                   say(f"{opt.name} {'runs' if have else 'does not run'} on {want} nodes.",
                       f"{opt.name} {'支持' if have else '不支持'} {want} 架构的节点。"), fact, tier=Tier.REQUIRED)
