"""Checks about how the cluster is deployed: a managed cloud service, a Kubernetes distribution."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding
from assistant.checks.network import attaches_extra


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
