"""A record of what policy allowed or denied, which compliance asks for: only the plugins whose documentation shows
such a log pass; one documented without it, or without any policy of its own, fails; the rest stay unknown."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding


def policy_logging(opt: Option, ctx: Context) -> Finding | None:
    if not ctx.profile.policy_logging:
        return None
    fact, say = opt.props.policy_logging, ctx.say
    policy = opt.props.network_policy
    if fact is None and not policy.value:
        # a plugin that enforces no policy has no decisions of its own to log (an engine added beside it would)
        return finding("fail", say(f"{opt.name} enforces no NetworkPolicy itself, so it has no log of allowed or denied connections.",
                                   f"{opt.name} 本身不执行 NetworkPolicy，也就没有放行或拒绝连接的日志。"), policy, tier=Tier.REQUIRED)
    if fact is None:
        return finding("unknown", say(f"Our sources do not say whether {opt.name} can log the connections its policy allows or denies.",
                                      f"资料中没有说明 {opt.name} 能否记录策略放行或拒绝的连接。"), tier=Tier.REQUIRED)
    if fact.value:
        return finding("pass", say(f"{opt.name} can log the connections its policy allows or denies.",
                                   f"{opt.name} 可以记录策略放行或拒绝的连接。"), fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} has no log of the connections its policy allows or denies.",
                               f"{opt.name} 没有记录策略放行或拒绝连接的日志功能。"), fact, tier=Tier.REQUIRED)
