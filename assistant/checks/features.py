"""Checks about what the plugin can do: policy, encryption, services, upkeep."""

from __future__ import annotations

from assistant.catalog import Distribution, Fact, Option
from assistant.catalog_props import Feature
from assistant.checks.base import Context, Finding, Tier, finding, version_tuple
from assistant.checks.interfaces import attaches_extra, wants_extra_interfaces
from assistant.models import EvidenceRef
from assistant.text import Text


def feature(need: bool | None, fact: Fact, have: bool, ctx: Context, yes: Text, no: Text,
             unasked: Tier = Tier.HEADROOM) -> Finding | None:
    """A yes/no capability: required -> pass/fail, unasked -> a small pass/warn, refused -> nothing."""
    if need is False:
        return None
    detail = (yes if have else no).of(ctx.lang)
    if need:
        return finding("pass" if have else "fail", detail, fact, tier=Tier.REQUIRED)
    return finding("pass" if have else "warn", detail, fact, tier=unasked)


def unasked_counts(ctx: Context) -> bool:
    # Someone who asks for simple wants no credit given for features they did not ask for.
    return not ctx.profile.simplicity


def _addon(opt: Option, key: Feature) -> tuple[str | None, Fact | None]:
    fact = opt.props.addons
    addon = fact.value.get(key) if fact is not None else None
    return (addon, fact) if addon else (None, None)


def _policy_distribution(opt: Option, ctx: Context) -> Distribution | None:
    """The distribution, when it enforces NetworkPolicy beside this plugin as its default pod network (K3s, RKE2 Canal)."""
    dist = ctx.distribution
    return dist if dist and dist.network_policy_builtin and dist.default_plugin == opt.plugin else None


def network_policy(opt: Option, ctx: Context) -> Finding | None:
    need = ctx.profile.network_policy
    if need is None and not unasked_counts(ctx):
        return None
    fact, say = opt.props.network_policy, ctx.say
    dist = _policy_distribution(opt, ctx)
    if not fact.value and need is not False and dist is not None:
        return finding("pass", say(f"{dist.name} enforces NetworkPolicy next to {opt.name} with its built-in policy controller.",
                                   f"{dist.name} 内置的策略控制器会在 {opt.name} 之外执行 NetworkPolicy。"),
                       fact, tier=Tier.REQUIRED if need else Tier.MINOR, refs=(dist.evidence,))
    addon, addon_fact = _addon(opt, "network_policy")
    env = ctx.environment
    if not fact.value and need and ctx.profile.managed and env is not None and env.offers(opt.plugin, opt.id):
        # The service runs this plugin as its own managed pod network: no policy engine is added beside it there.
        service = env.service or opt.name
        return finding("fail", say(f"{service} offers {opt.name} as a managed pod network without NetworkPolicy, and no policy "
                                   f"engine is added to it there.",
                                   f"{service} 托管的 {opt.name} 网络不支持 NetworkPolicy，也不能在其上另加策略引擎。"),
                       fact, env.managed_plugins, tier=Tier.REQUIRED)
    if not fact.value and addon is not None and need is not False:
        return _with_addon(opt, ctx, need, fact, addon, addon_fact,
                           Text("enforce Kubernetes NetworkPolicy", "执行 Kubernetes NetworkPolicy"), Tier.MINOR)
    if not fact.value and need and wants_extra_interfaces(ctx.profile) and attaches_extra(opt):
        # An extra interface beside the primary: the primary still polices the pod's main interface.
        return finding("warn", say(f"{opt.name} enforces no NetworkPolicy on the extra interface it adds; the primary network "
                                   "still enforces it on the pod's main interface.",
                                   f"{opt.name} 不对它添加的额外网卡执行 NetworkPolicy；Pod 主网卡上的策略仍由主网络插件执行。"),
                       fact, tier=Tier.REQUIRED)
    return feature(need, fact, fact.value, ctx,
                   Text(f"{opt.name} enforces Kubernetes NetworkPolicy.", f"{opt.name} 支持 Kubernetes NetworkPolicy。"),
                   Text(f"{opt.name} does not enforce Kubernetes NetworkPolicy.", f"{opt.name} 不支持 Kubernetes NetworkPolicy。"),
                   unasked=Tier.MINOR)


def _with_addon(opt: Option, ctx: Context, need: bool | None, fact: Fact, addon: str, addon_fact: Fact | None,
                what: Text, unasked: Tier) -> Finding:
    """The option lacks the feature and an add-on provides it: possible, but only with the add-on."""
    return finding("warn", ctx.say(f"{opt.name} can {what.en} only with {addon}.", f"{opt.name} 只有配合 {addon} 才能{what.zh}。"),
                   fact, addon_fact, tier=Tier.REQUIRED if need else unasked)


# WireGuard is built into Linux from 5.6; older kernels need the module installed first.
WIREGUARD_KERNEL = "5.6"
WIREGUARD_REF = EvidenceRef(note="topic-encryption", heading="WireGuard on kernels older than 5.6")


def encryption(opt: Option, ctx: Context) -> Finding | None:
    need = ctx.profile.encryption
    if need is None and ctx.profile.untrusted_network:
        # Traffic over a network nobody vouches for: encryption is advised even when not asked for.
        kinds = ", ".join(opt.props.encryption.value)
        return finding("pass" if kinds else "warn", ctx.say(
            f"Node-to-node traffic crosses an untrusted network; {opt.name} can encrypt it ({kinds})." if kinds else
            f"Node-to-node traffic crosses an untrusted network and {opt.name} cannot encrypt it.",
            f"节点间流量经过不可信网络；{opt.name} 可以加密它({kinds})。" if kinds else
            f"节点间流量经过不可信网络，而 {opt.name} 无法加密。"), opt.props.encryption, tier=Tier.DECISIVE)
    if need is None and not unasked_counts(ctx):
        return None
    fact, say, kernel = opt.props.encryption, ctx.say, ctx.profile.kernel
    kinds = ", ".join(fact.value)
    addon, addon_fact = _addon(opt, "encryption")
    if not kinds and addon is not None and need is not False:
        return _with_addon(opt, ctx, need, fact, addon, addon_fact,
                           Text("encrypt pod traffic between nodes", "加密节点间 Pod 流量"), Tier.HEADROOM)
    protocol = ctx.profile.encryption_protocol
    if need and protocol and kinds and protocol not in fact.value:
        # "IPsec only: WireGuard isn't on the approved list": encrypting with the other protocol does not meet it
        return finding("fail", say(f"{opt.name} encrypts only with {kinds}, and {protocol} is the protocol required here.",
                                   f"{opt.name} 只支持 {kinds} 加密，而这里要求使用 {protocol}。"), fact, tier=Tier.REQUIRED)
    if need and fact.value == ["wireguard"] and kernel and version_tuple(kernel) < version_tuple(WIREGUARD_KERNEL):
        return finding("warn", say(f"{opt.name} encrypts with WireGuard, which kernel {kernel} does not build in: "
                                   "install the WireGuard module on the nodes first.",
                                   f"{opt.name} 使用 WireGuard 加密，内核 {kernel} 未内置 WireGuard：需先在节点上安装 WireGuard 模块。"),
                       fact, tier=Tier.REQUIRED, refs=(WIREGUARD_REF,))
    return feature(need, fact, bool(kinds), ctx,
                   Text(f"{opt.name} can encrypt pod traffic between nodes ({kinds}).", f"{opt.name} 支持节点间 Pod 流量加密({kinds})。"),
                   Text(f"{opt.name} cannot encrypt pod traffic between nodes.", f"{opt.name} 不支持节点间 Pod 流量加密。"))


def service_support(opt: Option, ctx: Context) -> Finding:
    fact, say = opt.props.service_support, ctx.say
    if fact.value:
        return finding("pass", say(f"Kubernetes Services work normally with {opt.name}.", f"{opt.name} 下 Kubernetes Service 正常工作。"), fact)
    return finding("warn", say(f"Pod traffic on {opt.name} bypasses the node's IP stack, so kube-proxy Services do not reach it.",
                               f"{opt.name} 的 Pod 流量绕过节点 IP 层，kube-proxy 的 Service 对其不生效。"), fact, tier=Tier.DECISIVE)


def kube_proxy(opt: Option, ctx: Context) -> Finding | None:
    fact, say = opt.props.kube_proxy_replacement, ctx.say
    if not ctx.profile.kube_proxy_replacement:
        return None  # only ever set when asked for, so it is a stated requirement below
    if fact.value:
        return finding("pass", say(f"{opt.name} can replace kube-proxy.", f"{opt.name} 可以替代 kube-proxy。"), fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} cannot replace kube-proxy; kube-proxy keeps running.",
                               f"{opt.name} 不能替代 kube-proxy，仍需运行 kube-proxy。"), fact, tier=Tier.REQUIRED)


def ebpf_dataplane(opt: Option, ctx: Context) -> Finding | None:
    """Replacing kube-proxy is not the same as eBPF: AntreaProxy and kube-router do it with OVS / IPVS."""
    fact, say = opt.props.dataplane, ctx.say
    if ctx.profile.ebpf_dataplane is False and fact.value == "ebpf":  # put off or banned: "the CISO forbids loading eBPF programs"
        return finding("fail", say(f"{opt.name} forwards pod traffic with eBPF programs, which this environment rules out.",
                                   f"{opt.name} 使用 eBPF 程序转发 Pod 流量，而当前环境不允许 eBPF。"), fact, tier=Tier.REQUIRED)
    if not ctx.profile.ebpf_dataplane:
        return None
    if fact.value == "ebpf":
        return finding("pass", say(f"{opt.name} forwards pod traffic with eBPF programs.", f"{opt.name} 使用 eBPF 程序转发 Pod 流量。"),
                       fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} uses a {fact.value} data plane, not eBPF.", f"{opt.name} 的数据面是 {fact.value}，不是 eBPF。"),
                   fact, tier=Tier.REQUIRED)


def maintenance(opt: Option, ctx: Context) -> Finding:
    fact, say, legacy = opt.props.maintained, ctx.say, opt.props.legacy
    if fact.value and legacy is not None:
        return finding("warn", say(f"{opt.name} is maintained but marked legacy upstream, which recommends {legacy.value} instead.",
                                   f"{opt.name} 仍在维护，但上游已将其标为遗留模式，推荐改用 {legacy.value}。"), fact, legacy,
                       tier=Tier.DECISIVE)  # upstream's own "use X instead" outweighs a generic fit
    if fact.value:
        return finding("pass", say(f"{opt.name} is actively maintained.", f"{opt.name} 仍在积极维护。"), fact)
    if ctx.operating:
        # asked whether the plugin the cluster runs can do something: it keeps running, so the answer is about it
        return finding("warn", say(f"{opt.name} is deprecated or no longer maintained: it keeps running here, but plan a move.",
                                   f"{opt.name} 已弃用或不再维护：现有集群还能用，但应规划迁移。"), fact, tier=Tier.DECISIVE)
    return finding("fail", say(f"{opt.name} is deprecated or no longer maintained, so new clusters should not start on it.",
                               f"{opt.name} 已弃用或不再维护，新集群不应再选用。"), fact, tier=Tier.REQUIRED)


def pod_startup(opt: Option, ctx: Context) -> Finding:
    fact, say = opt.props.pod_startup, ctx.say
    if fact.value == "fast":
        return finding("pass", say(f"{opt.name} sets up pod networking quickly.", f"{opt.name} 创建 Pod 网络速度快。"), fact)
    return finding("warn", say(f"{opt.name} must coordinate hardware or cloud resources per pod, so pods start more slowly.",
                               f"{opt.name} 每个 Pod 都要协调硬件或云资源，Pod 创建较慢。"), fact)


def scale(opt: Option, ctx: Context) -> Finding | None:
    fact, nodes, say = opt.props.max_nodes, ctx.profile.nodes, ctx.say
    limit = fact.value
    if limit is None:
        return None
    if nodes is None:
        return finding("warn", say(f"{opt.name} is limited to about {limit} nodes.", f"{opt.name} 最多支持约 {limit} 个节点。"), fact)
    ok = nodes <= limit
    return finding("pass" if ok else "fail",
                   say(f"{nodes} nodes is {'within' if ok else 'beyond'} the {limit}-node limit of {opt.name}.",
                       f"{nodes} 个节点{'在' if ok else '超出了'} {opt.name} 约 {limit} 个节点的上限{'之内' if ok else ''}。"),
                   fact, tier=Tier.DECISIVE)


def simplicity(opt: Option, ctx: Context) -> Finding | None:
    fact = opt.props.simple
    if not ctx.profile.simplicity or fact is None or not fact.value:
        return None  # only a note's explicit word counts; silence is not a claim of complexity
    return finding("pass", ctx.say(f"{opt.name} is small and simple to run.", f"{opt.name} 组件少，部署和运维简单。"),
                   fact, tier=Tier.DECISIVE)


def _rules(opt: Option, ctx: Context, key: Feature, what: Text, yes: Text, no: Text) -> Finding | None:
    """A kind of policy rule beyond L3/L4: required -> pass/fail, or a warn naming the add-on that provides it."""
    need, fact = getattr(ctx.profile, key), getattr(opt.props, key)
    if not need:
        return None
    addon, addon_fact = _addon(opt, key)
    if not fact.value and addon is not None:  # AKS's ACNS: only as an add-on
        found = _with_addon(opt, ctx, need, fact, addon, addon_fact, what, Tier.HEADROOM)
        # On the managed service that sells it, the add-on is the vendor's own way to these rules.
        on_vendor = ctx.profile.managed is True and ctx.profile.platform == opt.props.cloud.value
        return found.model_copy(update={"status": "pass"}) if on_vendor else found
    alpha = opt.props.alpha
    if need and fact.value and alpha is not None and key in alpha.value:
        # documented, but as an alpha feature switched off by default: less than a plugin that ships it generally available
        return finding("warn", ctx.say(f"{yes.en} Upstream still ships it as alpha, off by default behind a feature gate.",
                                       f"{yes.zh} 但上游仍将其作为 alpha 功能发布，默认关闭，需打开特性开关。"), fact, alpha, tier=Tier.REQUIRED)
    return feature(need, fact, fact.value, ctx, yes, no)


def l7_policy(opt: Option, ctx: Context) -> Finding | None:
    return _rules(opt, ctx, "l7_policy", Text("enforce HTTP-aware rules", "执行基于 HTTP 的规则"),
                  Text(f"{opt.name} enforces layer 7 (HTTP-aware) policy rules.", f"{opt.name} 支持七层(HTTP)策略规则。"),
                  Text(f"{opt.name} has no layer 7 policy of its own; only L3/L4 NetworkPolicy.",
                       f"{opt.name} 本身没有七层策略，只有三/四层 NetworkPolicy。"))


def fqdn_policy(opt: Option, ctx: Context) -> Finding | None:
    """Egress by DNS name is a narrower need than HTTP-aware rules: GKE Dataplane V2 has it without
    having layer 7 rules, so the two are checked apart."""
    return _rules(opt, ctx, "fqdn_policy", Text("allow egress by DNS name", "按域名放行出口流量"),
                  Text(f"{opt.name} can allow egress by DNS name (FQDN rules).", f"{opt.name} 支持按域名(FQDN)放行出口流量。"),
                  Text(f"{opt.name} matches egress by IP only; it has no DNS-name (FQDN) rules.",
                       f"{opt.name} 只能按 IP 控制出口，没有按域名(FQDN)的规则。"))


def ipam(opt: Option, ctx: Context) -> Finding | None:
    """Fixed pod IPs and tenant networks: only the plugins whose documentation shows them pass; those
    documented not to fail; the rest warn (nothing documented), so a stated need picks the documented ones."""
    p, props, say = ctx.profile, opt.props, ctx.say
    wants = [(key, fact) for key, need, fact in (("static", p.static_pod_ips, props.static_ips),
                                                   ("tenant", p.tenant_networks, props.tenant_networks)) if need]
    if not wants or attaches_extra(opt):
        return None
    trunk = props.static_ips_managed_only
    if p.static_pod_ips and trunk is not None and trunk.value and p.managed is False:
        return finding("fail", say(f"{opt.name} keeps pod IPs fixed only in a mode the managed service alone offers; this cluster is "
                                   f"self-managed.", f"{opt.name} 只有托管服务才提供的模式能固定 Pod IP；这个集群是自建的。"),
                       trunk, tier=Tier.REQUIRED)
    names = {"static": Text("fixed pod IPs", "固定 Pod IP"), "tenant": Text("per-tenant subnets or VPCs", "按租户划分的子网或 VPC")}
    missing = [names[k].of(ctx.lang) for k, fact in wants if fact is None or not fact.value]
    documented = [fact for _, fact in wants if fact is not None and fact.value]
    if not missing:
        listed = (", " if ctx.lang == "en" else "、").join(names[k].of(ctx.lang) for k, _ in wants)
        return finding("pass", say(f"{opt.name} documents {listed}.", f"{opt.name} 有文档支持{listed}。"), *documented,
                       tier=Tier.REQUIRED)
    listed = (", " if ctx.lang == "en" else "、").join(missing)
    denied = [(k, fact) for k, fact in wants if fact is not None and fact.value is False]
    if denied:
        no = (", " if ctx.lang == "en" else "、").join(names[k].of(ctx.lang) for k, _ in denied)
        return finding("fail", say(f"{opt.name} cannot give {no}.", f"{opt.name} 无法提供{no}。"), *(f for _, f in denied),
                       tier=Tier.REQUIRED)
    return finding("warn", say(f"Our sources document no {listed} for {opt.name}.", f"现有资料没有说明 {opt.name} 支持{listed}。"),
                   *documented, tier=Tier.REQUIRED)
