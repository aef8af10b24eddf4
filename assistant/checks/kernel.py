"""The kernel check: hard floors a data plane cannot run without, and documented floors that only warn."""

from __future__ import annotations

from assistant.catalog import Fact, Option
from assistant.checks.base import Context, Finding, Tier, finding, version_tuple

# kubeadm checks node kernels against its supported LTS list, and every kernel in use is at
# least 3.10: a minimum at or below it is always met.
OLDEST_NODE_KERNEL = "3.10"


def kernel(opt: Option, ctx: Context) -> Finding:
    fact, dp, have, say = opt.props.min_kernel, opt.props.dataplane, ctx.profile.kernel, ctx.say
    need = fact.value
    kind = "eBPF " if dp.value == "ebpf" else ""
    soft = opt.props.soft_min_kernel
    if need is None and soft is not None and soft.value:
        return _soft(opt, ctx, soft)
    if need == "any" or (need is None and have is None):
        return finding("pass", say(f"{opt.name} has no special kernel requirement.", f"{opt.name} 对内核没有特殊要求。"), fact, dp)
    if need is None:  # an old kernel was stated and nothing documents this plugin on it: do not vouch for it
        return finding("unknown", say(f"No minimum kernel is documented for {opt.name}; check that kernel {have} has the modules it needs.",
                                      f"{opt.name} 没有文档说明最低内核版本；请确认内核 {have} 具备它需要的模块。"), fact, dp)
    if have is None and version_tuple(need) <= version_tuple(OLDEST_NODE_KERNEL):
        return finding("pass", say(f"{opt.name} needs Linux {need} or newer, which any Kubernetes node kernel meets.",
                                   f"{opt.name} 需要 Linux {need} 或更新的内核，任何 Kubernetes 节点的内核都满足。"), fact, dp)
    if have is None:
        return finding("unknown", say(f"The {kind}data plane of {opt.name} needs Linux {need} or newer; the nodes' kernel is unknown.",
                                      f"{opt.name} 的{kind}数据面需要 Linux {need} 或更新的内核；目前不清楚节点内核版本。"), fact, dp)
    if version_tuple(have) >= version_tuple(need):
        return finding("pass", say(f"Kernel {have} meets the Linux {need} that {opt.name} needs.",
                                   f"内核 {have} 满足 {opt.name} 对 Linux {need} 的要求。"), fact, dp, tier=Tier.REQUIRED)
    return finding("fail", say(f"The {kind}data plane of {opt.name} needs Linux {need} or newer, but the nodes run {have}.",
                               f"{opt.name} 的{kind}数据面需要 Linux {need} 或更新的内核，而节点内核是 {have}。"), fact, dp, tier=Tier.REQUIRED)


def _soft(opt: Option, ctx: Context, soft: Fact) -> Finding:
    """A documented floor that older releases or distro backports get below: a warning, never a rejection."""
    floor, have, say = soft.value, ctx.profile.kernel, ctx.say
    if have is None:  # informational: most kernels in use meet it, and older ones only warn
        return finding("pass", say(f"Current {opt.name} releases document Linux {floor} or later.",
                                   f"{opt.name} 当前版本文档要求 Linux {floor} 或更新的内核。"), soft)
    if version_tuple(have) >= version_tuple(floor):
        return finding("pass", say(f"Kernel {have} meets the Linux {floor} that current {opt.name} releases document.",
                                   f"内核 {have} 满足 {opt.name} 当前版本对 Linux {floor} 的要求。"), soft, tier=Tier.REQUIRED)
    return finding("warn", say(f"Current {opt.name} documentation lists Linux {floor} or later and the nodes run {have}: "
                               "check the requirements of the exact release you deploy, or upgrade the kernel.",
                               f"{opt.name} 当前文档要求 Linux {floor} 或更新的内核，而节点内核是 {have}：请核对所用版本的要求，或升级内核。"),
                   soft, tier=Tier.REQUIRED)
