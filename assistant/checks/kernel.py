"""The kernel check: hard floors a data plane cannot run without, the distributions whose older
kernels carry the needed backports, documented floors that only warn, and kernel modules that an
older kernel needs installed."""

from __future__ import annotations

import re

from assistant.catalog import Fact, KernelException, Option
from assistant.checks.base import Context, Finding, Tier, finding, kernel_build, kernel_series, version_tuple

# kubeadm's preflight compares node kernels with the upstream LTS series and, since v1.34, only
# warns; every kernel in use is at least 3.10, so a minimum at or below it is always met.
OLDEST_NODE_KERNEL = "3.10"
# How people write distribution families -> the spelling kernel exceptions use.
OS_FAMILIES = {"redhat": "rhel", "redhatenterpriselinux": "rhel", "rockylinux": "rocky", "alma": "almalinux",
               "oracle": "ol", "oraclelinux": "ol"}


def os_release(os: str | None) -> tuple[str | None, str | None]:
    """"rhel 8.10" -> ("rhel", "8.10"); "Rocky Linux 8.9" -> ("rocky", "8.9"); unknown parts are None."""
    if not os:
        return None, None
    hit = re.match(r"\s*([^\d]*?)\s*(\d+(?:\.\d+)*)?\s*$", os.lower())
    if not hit:
        return None, None
    family = re.sub(r"[\s_-]", "", hit.group(1)) or None
    return OS_FAMILIES.get(family or "", family), hit.group(2)


def _matches(exc: KernelException, family: str | None, version: str | None, have: str) -> bool:
    """Does this node match the exception: family listed, OS release new enough, kernel series equal,
    and the build new enough when both are known (a known OS release at or past os_min implies it)."""
    if family not in exc.os or kernel_series(have) != exc.kernel:
        return False
    if version is None or version_tuple(version) < version_tuple(exc.os_min):
        return False
    build = kernel_build(have)
    return exc.min_build is None or build is None or build >= exc.min_build


def _release_unsaid(exc: KernelException, family: str | None, version: str | None, have: str) -> bool:
    """The exception's distribution and kernel, its release given without the minor the exception names ("centos 7" for 7.4+)."""
    return (family in exc.os and kernel_series(have) == exc.kernel and version is not None and "." not in version
            and version == exc.os_min.split(".")[0])


def _below_floor(opt: Option, ctx: Context, fact: Fact, dp: Fact, need: str, have: str, kind: str) -> Finding:
    say, exceptions = ctx.say, opt.props.kernel_exceptions
    family, version = os_release(ctx.profile.os)
    for exc in exceptions.value if exceptions else []:
        if _matches(exc, family, version, have):
            os_name = ctx.profile.os
            if exc.status == "pass":
                return finding("pass", say(f"{opt.name} needs Linux {need}, and documents {os_name} with kernel {have} as equivalent.",
                                           f"{opt.name} 需要 Linux {need}，并注明 {os_name} 的 {have} 内核与之等效。"),
                               exceptions, fact, tier=Tier.REQUIRED)
            return finding("warn", say(f"{opt.name} needs Linux {need}; its docs name a {exc.kernel} kernel as equivalent only on the "
                                       f"distribution {os_name} rebuilds, so check the exact kernel release first.",
                                       f"{opt.name} 需要 Linux {need}；其文档只注明 {os_name} 所衍生的发行版上的 {exc.kernel} 内核与之等效，"
                                       "请先核对具体内核版本。"),
                           exceptions, fact, tier=Tier.REQUIRED)
    series = kernel_series(have)
    if family is None and exceptions and any(exc.kernel == series for exc in exceptions.value):
        names = ", ".join(sorted({f"{o} {exc.os_min}+" for exc in exceptions.value if exc.kernel == series for o in exc.os}))
        return finding("unknown", say(f"{opt.name} needs Linux {need}; kernel {have} qualifies only on some distributions ({names}). "
                                      "Which Linux distribution and release do the nodes run?",
                                      f"{opt.name} 需要 Linux {need}；内核 {have} 只在部分发行版上满足要求({names})。节点运行的是哪个 Linux 发行版和版本?"),
                       exceptions, fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"The {kind}data plane of {opt.name} needs Linux {need} or newer, but the nodes run {have}.",
                               f"{opt.name} 的{kind}数据面需要 Linux {need} 或更新的内核，而节点内核是 {have}。"),
                   fact, dp, exceptions, tier=Tier.REQUIRED)


def _module(opt: Option, ctx: Context, floor: Fact) -> Finding:
    """Below the kernel that builds the module in, the feature needs the module installed, nothing more."""
    module, kernel, have, say = floor.value.module, floor.value.kernel, ctx.profile.kernel, ctx.say
    if have is None or version_tuple(have) >= version_tuple(kernel):
        where = say(f"kernel {have}", f"内核 {have}") if have else say("current kernels", "当前内核")
        return finding("pass", say(f"{opt.name} uses the {module} module, built into Linux {kernel} and later ({where}).",
                                   f"{opt.name} 使用 {module} 内核模块，Linux {kernel} 起已内置({where})。"),
                       floor, tier=Tier.REQUIRED if have else Tier.GENERAL)
    return finding("warn", say(f"Kernel {have} predates the built-in {module} module (Linux {kernel}): install the {module} module "
                               f"package on the nodes before using {opt.name}.",
                               f"内核 {have} 早于内置 {module} 模块的 Linux {kernel}：使用 {opt.name} 前需在节点上安装 {module} 模块。"),
                   floor, tier=Tier.REQUIRED)


def kernel(opt: Option, ctx: Context) -> Finding:
    fact, dp, have, say = opt.props.min_kernel, opt.props.dataplane, ctx.profile.kernel, ctx.say
    need = fact.value
    kind = "eBPF " if dp.value == "ebpf" else ""
    soft, module = opt.props.soft_min_kernel, opt.props.module_below_kernel
    if need is None and module is not None:
        return _module(opt, ctx, module)
    if need is None and have is not None and (ctx.profile.current_plugin or "").split(":")[0] == opt.plugin:
        # no hard floor, and the plugin in use already runs on this kernel: that is the evidence the docs lack
        return finding("pass", say(f"{opt.name} documents no hard kernel floor and already runs on these nodes' kernel {have}.",
                                   f"{opt.name} 没有硬性的内核下限，且已在这些节点的 {have} 内核上运行。"), soft or fact, tier=Tier.REQUIRED)
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
    below = _below_floor(opt, ctx, fact, dp, need, have, kind)
    return (_older_release(opt, ctx, have, need) if below.status == "fail" else None) or below


def _older_release(opt: Option, ctx: Context, have: str, need: str) -> Finding | None:
    """The plugin in use, below the current floor but within an older release's: the release it runs decides, and
    upgrading to a current one needs a newer kernel first ("Cilium 1.14 on Ubuntu 20.04's 5.4")."""
    floors = opt.props.release_kernel_floors
    if floors is None or not ctx.running:  # (whether it could run on these nodes is the floor's to answer)
        return None
    met = [release for release, floor in floors.value.items() if version_tuple(have) >= version_tuple(floor)]
    if not met:
        return None
    last, say = max(met, key=version_tuple), ctx.say
    return finding("warn", say(f"Kernel {have} is below the Linux {need} that current {opt.name} releases need, but {opt.name} {last} and "
                               f"earlier accepted it: the release in use decides, and an upgrade past {last} needs a newer kernel first.",
                               f"内核 {have} 低于 {opt.name} 当前版本要求的 Linux {need}，但 {opt.name} {last} 及更早版本支持它："
                               f"取决于正在运行的版本，升级到 {last} 之后的版本前需要先升级内核。"),
                   floors, opt.props.min_kernel, tier=Tier.REQUIRED)


def _soft(opt: Option, ctx: Context, soft: Fact) -> Finding:
    """The current releases' floor, which older releases and distro backports got below: the named distributions pass
    or warn, an unknown kernel passes (most in use meet it), a stated older one fails a new install."""
    floor, have, say = soft.value, ctx.profile.kernel, ctx.say
    exceptions = opt.props.kernel_exceptions
    family, version = os_release(ctx.profile.os)
    if have is not None and exceptions and any(exc.status == "pass" and _matches(exc, family, version, have) for exc in exceptions.value):
        return finding("pass", say(f"Current {opt.name} releases document Linux {floor} or later, and {ctx.profile.os} with kernel {have} "
                                   "as working through backports.",
                                   f"{opt.name} 当前版本文档要求 Linux {floor} 或更新的内核，并注明 {ctx.profile.os} 的 {have} 内核"
                                   "因有回移补丁而可用。"), exceptions, soft, tier=Tier.REQUIRED)
    if have is not None and exceptions and any(_matches(exc, family, version, have) for exc in exceptions.value):
        # "should work": a hedge, not a tested release, so it warns like the floor itself, with the reason
        return finding("warn", say(f"Current {opt.name} releases document Linux {floor} or later, and say {ctx.profile.os} with kernel "
                                   f"{have} should work through backports: test your exact kernel first.",
                                   f"{opt.name} 当前版本文档要求 Linux {floor} 或更新的内核，并说 {ctx.profile.os} 的 {have} 内核"
                                   "因有回移补丁应当可用：请先用实际内核测试。"), exceptions, soft, tier=Tier.REQUIRED)
    if have is None:  # informational: most kernels in use meet it
        return finding("pass", say(f"Current {opt.name} releases document Linux {floor} or later.",
                                   f"{opt.name} 当前版本文档要求 Linux {floor} 或更新的内核。"), soft)
    if exceptions and any(_release_unsaid(exc, family, version, have) for exc in exceptions.value):
        first = next(exc.os_min for exc in exceptions.value if _release_unsaid(exc, family, version, have))
        return finding("warn", say(f"Current {opt.name} releases document Linux {floor} or later, and {ctx.profile.os} kernels as working "
                                   f"from release {first} on: check the exact release and kernel first.",
                                   f"{opt.name} 当前版本要求 Linux {floor} 或更新的内核，并注明 {ctx.profile.os} 从 {first} 版起的内核可用："
                                   "请先核对具体版本和内核。"), exceptions, soft, tier=Tier.REQUIRED)
    if family is None and exceptions and any(exc.kernel == kernel_series(have) for exc in exceptions.value):
        names = ", ".join(sorted({f"{o} {exc.os_min}+" for exc in exceptions.value if exc.kernel == kernel_series(have) for o in exc.os}))
        return finding("unknown", say(f"Current {opt.name} releases document Linux {floor} or later; kernel {have} qualifies only on some "
                                      f"distributions ({names}). Which Linux distribution and release do the nodes run?",
                                      f"{opt.name} 当前版本要求 Linux {floor} 或更新的内核；内核 {have} 只在部分发行版上可用({names})。"
                                      "节点运行的是哪个 Linux 发行版和版本?"), exceptions, soft, tier=Tier.REQUIRED)
    if version_tuple(have) >= version_tuple(floor):
        return finding("pass", say(f"Kernel {have} meets the Linux {floor} that current {opt.name} releases document.",
                                   f"内核 {have} 满足 {opt.name} 当前版本对 Linux {floor} 的要求。"), soft, tier=Tier.REQUIRED)
    # Not in use yet: a new install takes a current release, whose documented floor these nodes are below. (In use,
    # the running release is the evidence: `kernel` passes it before coming here.)
    return finding("fail", say(f"Current {opt.name} releases require Linux {floor} or later and the nodes run {have}, with no "
                               "documented exception for it: a new install needs a kernel upgrade first.",
                               f"{opt.name} 当前版本要求 Linux {floor} 或更新的内核，而节点内核是 {have}，文档没有为它写明例外："
                               "新装需要先升级内核。"),
                   soft, tier=Tier.REQUIRED)
