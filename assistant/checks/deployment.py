"""Checks about how the cluster is deployed: the plugins the user rules out, the cloud it runs on, a managed cloud service,
a Kubernetes distribution."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding
from assistant.checks.interfaces import attaches_extra

# Where the cloud's advice is its vendor plugin, a portable plugin's cloud-IPAM mode (Cilium ENI)
# integrates just as well but is the second choice there: a pass that counts a little less.
CLOUD_IPAM_POINTS = 0.8


def ruled_out(opt: Option, ctx: Context) -> Finding | None:
    """A plugin the user will not run is no answer, whatever its checks say: the user's own words are the evidence."""
    if opt.plugin not in (ctx.profile.ruled_out or ()):
        return None
    return Finding(status="fail", detail=ctx.say("The question rules this plugin out.", "问题中已排除这个插件。"), tier=Tier.REQUIRED)


def managed(opt: Option, ctx: Context) -> Finding | None:
    """Options that exist only inside a cloud's managed Kubernetes (GKE's data planes, the AKS modes)."""
    fact, p, say = opt.props.managed_only, ctx.profile, ctx.say
    if fact is None or not fact.value:
        return None
    home = opt.props.cloud.value
    env = ctx.environments.get(home or "")
    service = (env.service if env and env.service else None) or ctx.platform_name(home or "")
    if p.managed is False:
        return finding("fail", say(f"{opt.name} exists only in {service}, the managed service; a self-managed cluster cannot select it.",
                                   f"{opt.name} 只存在于托管服务 {service} 中，自建集群无法选用。"), fact, tier=Tier.REQUIRED)
    if p.managed and p.platform and home and p.platform != home:
        return finding("fail", say(f"{opt.name} exists only in {service}, and this managed cluster runs on {ctx.platform_name(p.platform)}.",
                                   f"{opt.name} 只存在于 {service} 中，而该托管集群运行在{ctx.platform_name(p.platform)}上。"),
                       fact, tier=Tier.REQUIRED)
    if p.managed:
        return finding("pass", say(f"{opt.name} is chosen in the {service} cluster settings.", f"{opt.name} 在 {service} 集群设置中选择。"),
                       fact, tier=Tier.DECISIVE)
    return finding("unknown", say(f"{opt.name} exists only in {service}; whether the cluster is {service} or self-managed is not known yet.",
                                  f"{opt.name} 只存在于 {service} 中；目前还不清楚集群是 {service} 还是自建集群。"),
                   fact, tier=Tier.DECISIVE)


def distribution(opt: Option, ctx: Context) -> Finding | None:
    """What the named distribution bundles, documents, or restricts (Windows nodes)."""
    dist, p, say = ctx.distribution, ctx.profile, ctx.say
    if dist is None:
        return None
    refs = (dist.evidence,)
    plugin = opt.plugin
    if p.windows_nodes and dist.windows_plugins is not None and plugin not in dist.windows_plugins:
        allowed = ", ".join(dist.windows_plugins)
        return finding("fail", say(f"{dist.name} supports Windows nodes only with {allowed}.",
                                   f"{dist.name} 的 Windows 节点只支持 {allowed}。"), tier=Tier.REQUIRED, refs=refs)
    if plugin in dist.bundled and dist.only_options is not None and opt.id not in dist.only_options:
        return finding("fail", say(f"{dist.name} does not offer {opt.name}; it runs only its default mode (see the cited section).",
                                   f"{dist.name} 不提供 {opt.name}，只运行默认模式(见引用部分)。"), tier=Tier.REQUIRED, refs=refs)
    if plugin in dist.bundled:
        default = dist.default_plugin == plugin
        return finding("pass", say(f"{opt.name} {'is the default pod network of' if default else 'ships with'} {dist.name}.",
                                   f"{opt.name} {'是' if default else '随'} {dist.name} {'的默认 Pod 网络' if default else '一起提供'}。"),
                       tier=Tier.DECISIVE, refs=refs)
    if plugin in dist.supported:
        status = dist.supported[plugin]
        detail = say(f"{opt.name} has a documented install on {dist.name}.", f"{opt.name} 在 {dist.name} 上有文档化的安装方式。") \
            if status == "pass" else say(f"{opt.name} runs on {dist.name} only with restrictions (see the cited section).",
                                         f"{opt.name} 只能在一定限制下运行于 {dist.name}(见引用部分)。")
        return finding(status, detail, tier=Tier.DECISIVE, refs=refs)
    if dist.any_plugin:
        return finding("pass", say(f"{dist.name} leaves the pod network to you, so {opt.name} can be installed.",
                                   f"{dist.name} 不限定 Pod 网络，可以安装 {opt.name}。"), tier=Tier.GENERAL, refs=refs)
    if attaches_extra(opt):
        return None  # a second interface beside the distribution's network; nothing documented either way
    if dist.closed:
        return finding("fail", say(f"{dist.name} supports only its own network and the plugins certified for it; {opt.name} is not one of them.",
                                   f"{dist.name} 只支持自带网络和经过认证的插件，{opt.name} 不在其中。"), tier=Tier.REQUIRED, refs=refs)
    return finding("warn", say(f"{opt.name} is not bundled with {dist.name}, and our sources document no install of it there.",
                               f"{opt.name} 不随 {dist.name} 提供，现有资料也没有它在 {dist.name} 上的安装说明。"),
                   tier=Tier.DECISIVE, refs=refs)


def cloud(opt: Option, ctx: Context) -> Finding:
    fact, p, say = opt.props.cloud, ctx.profile, ctx.say
    home, env, public = fact.value, ctx.environment, opt.props.public_cloud
    if env is not None and env.kind == "cloud":
        here = ctx.platform_name(env.id)
        if public is not None and public.value is False:
            return finding("fail", say(f"{opt.name} cannot work on a public cloud such as {here}.",
                                       f"{opt.name} 无法在{here}这样的公有云上使用。"), public, tier=Tier.REQUIRED)
        if home == env.id and opt.vendor:
            return finding("pass", say(f"{opt.name} is {here}'s own plugin: pods get VPC addresses with no overlay.",
                                       f"{opt.name} 是{here}自己的插件：Pod 直接使用 VPC 地址，无需 overlay。"), fact, tier=Tier.REQUIRED)
        if home == env.id:  # a portable plugin's cloud-IPAM mode: integrated, though not the vendor's default
            vendor_first = env.advice is not None and env.advice.value == "vendor-plugin"
            return finding("pass", say(f"{opt.name} gives pods {here} VPC addresses through the cloud's API, with no overlay.",
                                       f"{opt.name} 通过云 API 为 Pod 分配{here}的 VPC 地址，无需 overlay。"),
                           fact, tier=Tier.REQUIRED, value=CLOUD_IPAM_POINTS if vendor_first else None)
        if home:
            return finding("fail", say(f"{opt.name} only runs on {ctx.platform_name(home)}, not on {here}.",
                                       f"{opt.name} 只能用于{ctx.platform_name(home)}，不能用于{here}。"), fact, tier=Tier.REQUIRED)
        locked = env.managed_plugins
        fixed, current = env.plugin_fixed, (p.current_plugin or "").split(":")[0]
        if fixed is not None and fixed.value and p.managed and current and current != opt.plugin and opt.props.primary.value:
            if env.service is None:  # a provider's service the catalog has no entry of its own for (DOKS, LKE, TKE)
                return finding("fail", say(f"The provider's managed service installs and keeps its own pod network: {opt.name} cannot "
                                           f"replace it there (only on self-managed VMs).",
                                           f"云厂商的托管服务自己安装并管理 Pod 网络：{opt.name} 不能替换它(只能用于自建集群)。"),
                               fixed, tier=Tier.REQUIRED)
            return finding("fail", say(f"{env.service} fixes the pod network when a cluster is created: this cluster cannot move "
                                       f"to {opt.name}; that takes a new cluster.",
                                       f"{env.service} 在创建集群时就确定了网络插件：现有集群不能改用 {opt.name}，需要新建集群。"),
                           fixed, tier=Tier.REQUIRED)
        if locked is not None and p.managed and opt.props.primary.value and not env.offers(opt.plugin, opt.id):
            service = env.service or here
            return finding("fail", say(f"{service} keeps the pod network for itself: {opt.name} cannot replace it there "
                                       f"(only as a policy engine or on self-managed VMs).",
                                       f"{service} 的 Pod 网络由云厂商托管：{opt.name} 不能替换它(只能作为策略引擎，或用于自建集群)。"),
                           locked, tier=Tier.REQUIRED)
        if not (env.advice and env.advice.value == "vendor-plugin"):  # no vendor plugin known: generic plugins are the choice
            return finding("pass", say(f"{opt.name} runs on {here} as an overlay or routed network of its own.",
                                       f"{opt.name} 可以在{here}上以自己的 overlay 或路由网络运行。"), fact, tier=Tier.GENERAL)
        return finding("warn", say(f"{opt.name} runs on {here} but is not integrated with its VPC; the vendor plugin is preferred there.",
                                   f"{opt.name} 可以在{here}上运行，但不与其 VPC 集成；公有云上建议用云厂商的插件。"), fact, tier=Tier.REQUIRED)
    if home and env is not None and env.kind == "hybrid":
        return finding("fail", say(f"{opt.name} only runs on {ctx.platform_name(home)}, and part of these nodes run outside it.",
                                   f"{opt.name} 只能用于{ctx.platform_name(home)}，而部分节点不在该云上。"), fact, tier=Tier.REQUIRED)
    if home and p.platform:
        return finding("fail", say(f"{opt.name} only runs on {ctx.platform_name(home)}, and these nodes are not there.",
                                   f"{opt.name} 只能用于{ctx.platform_name(home)}，而这些节点不在该云上。"), fact, tier=Tier.REQUIRED)
    if home:
        return finding("unknown", say(f"{opt.name} only runs on {ctx.platform_name(home)}; where the nodes run is not known yet.",
                                      f"{opt.name} 只能用于{ctx.platform_name(home)}；目前还不清楚节点运行在哪里。"), fact, tier=Tier.DECISIVE)
    return finding("pass", say(f"{opt.name} does not depend on any cloud provider.", f"{opt.name} 不依赖任何云厂商。"), fact)
