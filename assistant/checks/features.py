"""Checks about what the plugin can do: policy, encryption, OS and IP families, kernel, upkeep."""

from __future__ import annotations

from assistant.catalog import Fact, Option
from assistant.checks.base import HEADROOM, REQUIRED, CheckResult, result, say, version_tuple
from assistant.models import Profile


def _feature(name: str, need: bool | None, fact: Fact, have: bool, lang: str, en: tuple[str, str],
             zh: tuple[str, str]) -> CheckResult | None:
    """A yes/no capability: required -> pass/fail, unasked -> small pass/warn, refused -> nothing."""
    if need is False:
        return None
    if need:
        return result(name, "pass" if have else "fail", say(lang, en[0] if have else en[1], zh[0] if have else zh[1]),
                       fact, weight=REQUIRED)
    return result(name, "pass" if have else "warn", say(lang, en[0] if have else en[1], zh[0] if have else zh[1]),
                   fact, weight=HEADROOM if name != "NetworkPolicy" else 0.5)


def _unasked_counts(p: Profile) -> bool:
    # Someone who asks for simple wants no credit given for features they did not ask for.
    return not p.simplicity


def network_policy(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    if p.network_policy is None and not _unasked_counts(p):
        return None
    return _feature("NetworkPolicy", p.network_policy, opt.props.network_policy, opt.props.network_policy.value, lang,
                    (f"{opt.name} enforces Kubernetes NetworkPolicy.", f"{opt.name} does not enforce Kubernetes NetworkPolicy."),
                    (f"{opt.name} 支持 Kubernetes NetworkPolicy。", f"{opt.name} 不支持 Kubernetes NetworkPolicy。"))


def encryption(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    if p.encryption is None and not _unasked_counts(p):
        return None
    kinds = ", ".join(opt.props.encryption.value)
    return _feature("Encryption", p.encryption, opt.props.encryption, bool(kinds), lang,
                    (f"{opt.name} can encrypt pod traffic between nodes ({kinds}).", f"{opt.name} cannot encrypt pod traffic between nodes."),
                    (f"{opt.name} 支持节点间 Pod 流量加密({kinds})。", f"{opt.name} 不支持节点间 Pod 流量加密。"))


def windows(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    if p.windows_nodes is None and not _unasked_counts(p):
        return None
    return _feature("Windows", p.windows_nodes, opt.props.windows, opt.props.windows.value, lang,
                    (f"{opt.name} supports Windows nodes.", f"{opt.name} does not support Windows nodes."),
                    (f"{opt.name} 支持 Windows 节点。", f"{opt.name} 不支持 Windows 节点。"))


def ipv6(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    if p.ipv6 is None and not _unasked_counts(p):
        return None
    return _feature("IPv6", p.ipv6, opt.props.ipv6, opt.props.ipv6.value, lang,
                    (f"{opt.name} supports IPv6 and dual-stack.", f"{opt.name} does not support IPv6 / dual-stack."),
                    (f"{opt.name} 支持 IPv6 和双栈。", f"{opt.name} 不支持 IPv6/双栈。"))


# kubeadm's preflight refuses kernels older than 3.10, so a minimum at or below it is always met.
OLDEST_NODE_KERNEL = "3.10"


def kernel(opt: Option, p: Profile, lang: str) -> CheckResult:
    fact, dp, name = opt.props.min_kernel, opt.props.dataplane, "Kernel / eBPF"
    need = fact.value
    kind = "eBPF " if dp.value == "ebpf" else ""
    soft = opt.props.soft_min_kernel
    if need is None and soft is not None and soft.value:
        return _soft_kernel(opt, p, lang, soft, name)
    if need == "any" or (need is None and p.kernel is None):
        return result(name, "pass", say(lang, f"{opt.name} has no special kernel requirement.", f"{opt.name} 对内核没有特殊要求。"), fact, dp)
    if need is None:  # an old kernel was stated and nothing documents this plugin on it: do not vouch for it
        return result(name, "unknown", say(lang, f"No minimum kernel is documented for {opt.name}; check that kernel {p.kernel} has the modules it needs.",
                                            f"{opt.name} 没有文档说明最低内核版本；请确认内核 {p.kernel} 具备它需要的模块。"), fact, dp)
    if p.kernel is None and version_tuple(need) <= version_tuple(OLDEST_NODE_KERNEL):
        return result(name, "pass", say(lang, f"{opt.name} needs Linux {need} or newer, which any Kubernetes node kernel meets.",
                                         f"{opt.name} 需要 Linux {need} 或更新的内核，任何 Kubernetes 节点的内核都满足。"), fact, dp)
    if p.kernel is None:
        return result(name, "unknown", say(lang, f"The {kind}data plane of {opt.name} needs Linux {need} or newer; the nodes' kernel is unknown.",
                                            f"{opt.name} 的{kind}数据面需要 Linux {need} 或更新的内核；目前不清楚节点内核版本。"), fact, dp)
    if version_tuple(p.kernel) >= version_tuple(need):
        return result(name, "pass", say(lang, f"Kernel {p.kernel} meets the Linux {need} that {opt.name} needs.",
                                         f"内核 {p.kernel} 满足 {opt.name} 对 Linux {need} 的要求。"), fact, dp, weight=REQUIRED)
    return result(name, "fail", say(lang, f"The {kind}data plane of {opt.name} needs Linux {need} or newer, but the nodes run {p.kernel}.",
                                     f"{opt.name} 的{kind}数据面需要 Linux {need} 或更新的内核，而节点内核是 {p.kernel}。"), fact, dp, weight=REQUIRED)


def _soft_kernel(opt: Option, p: Profile, lang: str, soft: Fact, name: str) -> CheckResult:
    """A documented floor that older releases or distro backports get below: a warning, never a rejection."""
    floor = soft.value
    if p.kernel is None:  # informational: most kernels in use meet it, and older ones only warn
        return result(name, "pass", say(lang, f"Current {opt.name} releases document Linux {floor} or later.",
                                         f"{opt.name} 当前版本文档要求 Linux {floor} 或更新的内核。"), soft)
    if version_tuple(p.kernel) >= version_tuple(floor):
        return result(name, "pass", say(lang, f"Kernel {p.kernel} meets the Linux {floor} that current {opt.name} releases document.",
                                         f"内核 {p.kernel} 满足 {opt.name} 当前版本对 Linux {floor} 的要求。"), soft, weight=REQUIRED)
    return result(name, "warn", say(lang, f"Current {opt.name} documentation lists Linux {floor} or later and the nodes run {p.kernel}: "
                                          "check the requirements of the exact release you deploy, or upgrade the kernel.",
                                     f"{opt.name} 当前文档要求 Linux {floor} 或更新的内核，而节点内核是 {p.kernel}：请核对所用版本的要求，或升级内核。"),
                  soft, weight=REQUIRED)


def service_support(opt: Option, p: Profile, lang: str) -> CheckResult:
    fact, name = opt.props.service_support, "Service support"
    if fact.value:
        return result(name, "pass", say(lang, f"Kubernetes Services work normally with {opt.name}.", f"{opt.name} 下 Kubernetes Service 正常工作。"), fact)
    return result(name, "warn", say(lang, f"Pod traffic on {opt.name} bypasses the node's IP stack, so kube-proxy Services do not reach it.",
                                     f"{opt.name} 的 Pod 流量绕过节点 IP 层，kube-proxy 的 Service 对其不生效。"), fact, weight=2)


def kube_proxy(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    fact, name = opt.props.kube_proxy_replacement, "kube-proxy replacement"
    if not p.kube_proxy_replacement:
        return None  # only ever set when asked for, so it is a stated requirement below
    if fact.value:
        return result(name, "pass", say(lang, f"{opt.name} can replace kube-proxy.", f"{opt.name} 可以替代 kube-proxy。"),
                      fact, weight=REQUIRED)
    return result(name, "fail", say(lang, f"{opt.name} cannot replace kube-proxy; kube-proxy keeps running.",
                                     f"{opt.name} 不能替代 kube-proxy，仍需运行 kube-proxy。"), fact, weight=REQUIRED)


def ebpf_dataplane(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    """Replacing kube-proxy is not the same as eBPF: AntreaProxy and kube-router do it with OVS / IPVS."""
    fact, name = opt.props.dataplane, "eBPF data plane"
    if not p.ebpf_dataplane:
        return None
    if fact.value == "ebpf":
        return result(name, "pass", say(lang, f"{opt.name} forwards pod traffic with eBPF programs.",
                                         f"{opt.name} 使用 eBPF 程序转发 Pod 流量。"), fact, weight=REQUIRED)
    return result(name, "fail", say(lang, f"{opt.name} uses a {fact.value} data plane, not eBPF.",
                                     f"{opt.name} 的数据面是 {fact.value}，不是 eBPF。"), fact, weight=REQUIRED)


def maintenance(opt: Option, p: Profile, lang: str) -> CheckResult:
    fact, name = opt.props.maintained, "Maintenance status"
    if fact.value:
        return result(name, "pass", say(lang, f"{opt.name} is actively maintained.", f"{opt.name} 仍在积极维护。"), fact)
    return result(name, "fail", say(lang, f"{opt.name} is deprecated or no longer maintained, so new clusters should not start on it.",
                                     f"{opt.name} 已弃用或不再维护，新集群不应再选用。"), fact, weight=REQUIRED)


def pod_startup(opt: Option, p: Profile, lang: str) -> CheckResult:
    fact, name = opt.props.pod_startup, "Pod start-up"
    if fact.value == "fast":
        return result(name, "pass", say(lang, f"{opt.name} sets up pod networking quickly.", f"{opt.name} 创建 Pod 网络速度快。"), fact)
    return result(name, "warn", say(lang, f"{opt.name} must coordinate hardware or cloud resources per pod, so pods start more slowly.",
                                     f"{opt.name} 每个 Pod 都要协调硬件或云资源，Pod 创建较慢。"), fact)


def scale(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    fact, name = opt.props.max_nodes, "Scale"
    limit = fact.value
    if limit is None:
        return None
    if p.nodes is None:
        return result(name, "warn", say(lang, f"{opt.name} is limited to about {limit} nodes.", f"{opt.name} 最多支持约 {limit} 个节点。"), fact)
    ok = p.nodes <= limit
    return result(name, "pass" if ok else "fail",
                  say(lang, f"{p.nodes} nodes is {'within' if ok else 'beyond'} the {limit}-node limit of {opt.name}.",
                      f"{p.nodes} 个节点{'在' if ok else '超出了'} {opt.name} 约 {limit} 个节点的上限{'之内' if ok else ''}。"),
                  fact, weight=2)


def simplicity(opt: Option, p: Profile, lang: str) -> CheckResult | None:
    fact, name = opt.props.simple, "Simplicity"
    if not p.simplicity or fact is None or not fact.value:
        return None  # only a note's explicit word counts; silence is not a claim of complexity
    return result(name, "pass", say(lang, f"{opt.name} is small and simple to run.", f"{opt.name} 组件少，部署和运维简单。"),
                  fact, weight=2)
