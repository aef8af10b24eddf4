"""When an option fits a question outright: every stated requirement met without an add-on, a backport or a
doubt about where it runs; and the shapes of question that loosen it (primaries weighed beside an extra
interface, a yes/no whose only caveat is a kernel module)."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks import CHECKS, UNDOCUMENTED, Tier
from assistant.checks.base import version_tuple
from assistant.checks.features import WIREGUARD_REF
from assistant.checks.interfaces import wants_extra_interfaces
from assistant.models import Profile
from assistant.plan import OptionResult

# Below this series the kernels are the long-lived enterprise ones (CentOS 7's 3.10, Ubuntu 18.04's 4.15)
# that undocumented plugins most often fail on.
OLD_KERNEL = (4, 18)


def old_kernel(profile: Profile) -> bool:
    return profile.kernel is not None and version_tuple(profile.kernel)[:2] < OLD_KERNEL


def primary_asked(profile: Profile) -> bool:
    """Extra interfaces wanted on a new cluster beside needs only its primary network can meet."""
    return wants_extra_interfaces(profile) and profile.current_plugin is None and any(
        getattr(profile, k) for k in ("live_migration", "egress_ip", "static_pod_ips", "multi_cluster", "multicast"))


def module_caveats(option: OptionResult) -> tuple[str, ...]:
    """Checks whose warning is a kernel module to install (WireGuard before 5.6), named by the kernel check or by the
    encryption check itself (the plugin in use passes the kernel check on its own record)."""
    module = any((c.check == "kernel" and c.status == "warn") or (c.check == "encryption" and c.status == "warn" and WIREGUARD_REF in c.evidence)
                 for c in option.checks)
    return ("encryption",) if module else ()


def limited_support(option: Option) -> tuple[str, ...]:
    """Checks that warn because the documented support comes with restrictions (Kube-OVN's Windows nodes, Antrea's beta
    multicast), not because it is missing: asked whether the option can, "yes, within these limits" is the answer."""
    return tuple(check for check in ("windows", "multicast") if getattr(getattr(option.props, check), "value", None) == "limited")


def service_addons(option: Option) -> tuple[str, ...]:
    """Checks a managed-only option meets with the service's own add-on (AKS's Advanced Container Networking Services
    for WireGuard): a setting of the service in use, not another plugin to run beside it. A feature's check is the
    one that asks for it or reads it first."""
    managed_only = option.props.managed_only is not None and option.props.managed_only.value
    addons = option.props.addons.value if managed_only and option.props.addons is not None else {}
    return tuple(spec.id for key in addons for spec in CHECKS if spec.asks == key or spec.reads[:1] == (key,))


def costly(option: OptionResult) -> bool:
    return any(c.check == "latency" and c.status == "warn" for c in option.checks)


def primaries_weighed(in_focus: list[OptionResult], profile: Profile, extras: frozenset[str] = frozenset()) -> bool:
    """A new cluster weighing primaries ("Kube-OVN vs OVN-Kubernetes, some VMs need a second NIC"): the extra
    interface comes from Multus beside whichever wins. With a plugin in use, swapping it for another primary
    does not bring the interface; the plugins that attach one lead. Multus in use (one of `extras`, the plugins
    that only attach interfaces) is no primary: two primaries weighed beside it are still a primary's choice."""
    def extra(r: OptionResult, status: str) -> bool:
        return any(c.check == "extra_interfaces" and c.status == status for c in r.checks)
    current = (profile.current_plugin or "").split(":")[0]
    weighed = {r.plugin for r in in_focus if extra(r, "warn")}
    return len(weighed) >= 2 and not any(extra(r, "pass") for r in in_focus if r.id not in extras) and (not current or current in extras)


def fits(option: OptionResult, old: bool = False, beside: tuple[str, ...] = ()) -> bool:
    """Every stated requirement met outright: no required check that only warns (an add-on, a backport),
    and no doubt about whether the option runs here at all (a cloud-only option where the cloud is unknown;
    on the right cloud, a managed-only option stays a candidate while managed or not is asked).
    A cloud's preference for its own plugin and the cost of encapsulation are advice, not requirements.
    On an old kernel, an option whose documentation gives no kernel floor to check it against does not
    fit outright either (Kube-OVN on CentOS 7's 3.10): options documented to run there come first. Nor does
    one whose documentation is silent on a stated need (multicast, Windows nodes, an IP family, several
    clusters): the options documented for it come first."""
    return not any((c.tier == Tier.REQUIRED and c.status == "warn" and c.check not in ("latency", "kernel", "cloud", *beside))
                   or (c.tier == Tier.REQUIRED and c.status == "unknown" and c.check in UNDOCUMENTED)
                   or (c.check == "cloud" and c.status == "unknown")
                   or (old and c.check == "kernel" and c.status == "unknown") for c in option.checks)


def awaits_managed(option: OptionResult, profile: Profile, self_installed: bool) -> bool:
    """An option that exists only in the managed service, asked of a cluster that runs a plugin it installed itself
    (kube-router on Azure VMs) with nobody saying it is that service: no way out until someone says it is."""
    return self_installed and profile.managed is None and any(c.check == "managed" and c.status == "unknown" for c in option.checks)
