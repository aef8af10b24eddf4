"""Which options a question weighs first: the modes it names or moves to, the mode in use in a
troubleshooting question, the attachments when it asks about a second interface. The checks then
decide (recommend.py); this module only picks the focus and the preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.models import Reading
from assistant.reading.symptoms import SETTING_SYMPTOMS
from assistant.text import say

# What a routed mode needs of the network between the nodes: left unsaid, it is the likely cause of a symptom between them.
NETWORK_NEEDS = ("l2", "bgp")

if TYPE_CHECKING:
    from assistant.catalog import Catalog
    from assistant.checks import CheckResult
    from assistant.plan import OptionResult, Plan


def attachment_asked(reading: Reading) -> bool:
    """A question about a second interface for pods (SR-IOV VFs, Multus networks, DPDK) naming only the primary
    plugin in use or the meta-plugin that carries it ("第二块网卡通过 Multus 挂，用哪个 CNI？"): the attachment is what it asks."""
    current = (reading.profile.current_plugin or "").split(":")[0]
    # "Can this be achieved using Multus?" asks whether the vehicle itself does it: Multus is the subject, not given
    given = {current, *(reading.via if reading.kind == "choice" else [])} - {""}
    kind_ok = reading.kind == "feasibility" or (reading.kind == "choice" and bool(reading.via))
    return (kind_ok and bool(given) and all(p in given for p in reading.asked)
            and any(f in reading.features for f in ("sriov_nics", "multi_nic", "dpdk")))


def plan(reading: Reading, catalog: Catalog) -> Plan | None:
    """The checks for every option, unless the question is purely conceptual (no environment, no choice, no plugin asked
    about: "does kube-router's proxy differ from kube-proxy's IPVS mode?" shows kube-router's checks beside the answer)."""
    if reading.kind == "concept" and not reading.facts and not reading.asked:
        return None
    from assistant.checks.interfaces import attaches_extra
    from assistant.recommend import recommend

    prefer: tuple[str, ...] = ()
    stay = None
    focus = reading.focus
    current = reading.profile.current_plugin
    if (reading.kind == "troubleshoot" or reading.staying) and current and ":" not in current:
        # "flannel applied straight from the manifest": a plugin installed without a mode told runs its default mode (so too
        # the plugin a question will not change: "kube-flannel-ds from the stock manifest … we wouldn't even touch the data plane")
        current = next((p.default_mode for p in catalog.plugins if p.id == current and p.default_mode), current)
    profile = reading.profile
    fixable = {"module", "ports"}.intersection(reading.suspects)
    if reading.kind == "troubleshoot" and fixable and current and ":" in current and profile.encap_blocked:
        # the node's kernel lacks the tunnel's module ("failed to create vxlan device: operation not supported"), or the user's
        # own security group lacks its port: loading the one or opening the other fixes the mode in use, so the network is not
        # taken to drop that encapsulation
        kept_encaps = [e for e in profile.encap_blocked if e != current.split(":")[1]]
        profile = profile.model_copy(update={"encap_blocked": kept_encaps or None})
    others = [p for p in reading.asked if current is None or p != current.split(":")[0]]
    setting_symptom = any(s in reading.suspects for s in SETTING_SYMPTOMS)  # a setting of the mode in use fixes it
    fixed_in_place = reading.kind == "troubleshoot" and current is not None and setting_symptom
    if reading.wanted and not fixed_in_place:  # "how do I change Calico from IPIP to BGP?": the mode moved to leads
        prefer = tuple(reading.wanted)
    elif reading.kind == "troubleshoot" and current and (not others or setting_symptom):
        # the plugin in use first: its mode, then its other modes; so too for a path-MTU symptom, whatever rival the question
        # wonders about ("large files stall over the VPN: is Calico VXLAN buggy, should we move to Cilium?"): a setting fixes it
        prefer = tuple(o.id for o in catalog.options if o.plugin == current.split(":")[0] and o.id != current)
        stay = current if ":" in current else None
    elif reading.kind == "troubleshoot" and others:  # "would you recommend another plugin than Canal? Calico?"
        prefer = tuple(o.id for o in catalog.options if o.plugin in others)
        # "EKS: is this a VPC CNI thing? Should we put Calico on instead?": the cloud's own plugin in use still
        # leads while it works; the cloud prefers it, and the symptom is its configuration.
        # Where its mode in use fails, its sibling modes come before the plugins wondered about (Overlay on AKS).
        mine = next((o for o in catalog.options if o.id == current), None)
        # "How should Cilium run on AKS with a pod subnet?": the cloud's own flavour built on the plugin asked about leads
        flavours = tuple(o.id for o in catalog.options if o.built_on in others and o.plugin == mine.plugin) if mine is not None else ()
        if flavours:
            prefer = flavours + prefer
        elif mine is not None and mine.props.cloud.value == reading.profile.platform:
            stay = current
            prefer = tuple(o.id for o in catalog.options if o.plugin == mine.plugin and o.id != current) + prefer
        elif current is not None:
            # "IPIP is dropped: change Calico to VXLAN, or switch to flannel vxlan?": a sibling mode of the plugin in use is a
            # setting to change, so it comes before the plugins wondered about when it works; so are its modes when the one
            # in use is unsaid ("Calico from the default manifest: do I switch to Cilium, or is it a Calico setting?")
            plugin = current.split(":")[0]
            prefer = tuple(o.id for o in catalog.options if o.plugin == plugin and o.id != current) + prefer
    elif reading.kind in ("choice", "compare") and reading.options:  # "macvlan or Kube-OVN underlay?": the modes weighed
        # The mode in use is the baseline a choice moves away from, not one of the candidates it weighs.
        prefer = tuple(o for o in reading.options if o != current)
    elif reading.kind == "compare" and reading.asked:
        # "Is IPv6-only doable with plain flannel? Some folks assume we'd need Calico or Cilium": the plugins the asking
        # sentence weighs lead, each by its checks; the others named around them follow.
        prefer = tuple(o.id for o in catalog.options if o.plugin in reading.asked)
    elif attachment_asked(reading):
        # "Calico is our primary CNI; we want a VF per training pod: what do we install?" The extra interface is
        # the question, the primary in use stays: the plugins that attach it lead.
        # The meta-plugin named as the vehicle is given too: what it delegates to is the pick.
        given = {(current or "").split(":")[0], *reading.asked}
        prefer = tuple(o.id for o in catalog.options if attaches_extra(o) and o.plugin not in given)
        focus = list(dict.fromkeys(o.split(":")[0] for o in prefer))
    elif (reading.kind == "concept" and current and ":" in current and not reading.new_cluster
          and reading.asked in ([], [current.split(":")[0]])):  # not when others are named (chaining, a comparison)
        # "k3s with wireguard-native: why does the node get the wrong internal IP?": a question on the mode in use is about it
        prefer, stay = (current,), current
    elif reading.kind == "feasibility":
        asked = reading.asked or reading.plugins
        named = tuple(o for o in reading.options if o.split(":")[0] in asked)
        prefer = named or tuple(o.id for o in catalog.options if o.plugin in asked)
    # Asked whether the plugin in use can do something, not whether to pick it for a new cluster: it keeps running
    in_use = (current or "").split(":")[0]
    # and a symptom of the plugin in use is one of a plugin that runs ("weave connections stay in sleeve, not fastdp", "Weave 2.9.0:
    # pods cannot reach each other"): its fix comes first, the support status as a warning. One the question moves away from
    # ("errors about Weave, which pod network works?") is no running one.
    running = reading.kind in ("feasibility", "concept", "troubleshoot")
    operating = in_use if (in_use and not reading.leaving and not reading.new_cluster and running and in_use in reading.asked) else None
    result = recommend(profile, catalog, reading.lang, focus, prefer, stay, whether=reading.kind == "feasibility",
                       operating=operating)
    # the mode in use named ("现有 Calico（IPIP）集群") is no candidate; candidates all ruled out leave it as the baseline
    weighed = {o for o in reading.options if o != current}
    open_weighed = any(o.id in weighed and o.verdict != "rejected" for o in result.options)
    kept = _kept(result, reading) if reading.kind == "compare" and not open_weighed and stay is None else None
    if kept is not None:
        # "Can kube-router (in use) run dual-stack, or must we switch to Calico?": staying needs no migration, so the
        # plugin in use leads when it meets every stated requirement outright
        result = recommend(profile, catalog, reading.lang, focus, prefer, kept, whether=False, operating=operating)
    if reading.kind == "troubleshoot" and in_use and _suspected(result, reading):
        # "macvlan pods cannot reach any Service IP": the plugin in use warns on what the symptom is about, so it is the
        # likely cause and no longer leads; the options that pass that check do
        focus = [p for p in focus if p != in_use]
        result = recommend(profile, catalog, reading.lang, focus, (), None, operating=None)
    if reading.leaving and in_use and any(o.plugin == in_use and o.verdict == "recommended" for o in result.options):
        # "We tried Cilium and it was too heavy: what's a lighter pod network?" The plugin left behind is no recommendation
        from assistant.checks import VERDICT_ORDER
        for o in result.options:
            o.verdict = "possible" if o.plugin == in_use and o.verdict == "recommended" else o.verdict
        result.options.sort(key=lambda o: VERDICT_ORDER.index(o.verdict))
    if reading.kind in ("compare", "feasibility", "choice") and stay is None and not reading.wanted:
        _named_winner_first(result, reading)
    if reading.staying and in_use and (kept_up := [o for o in result.options if o.plugin == in_use and o.verdict != "rejected"]):
        # "不想换 CNI, 有没有在 flannel 基础上加策略的办法？" The plugin in use leads, what it lacks shown as its warnings (an add-on beside it)
        _lead_with(result, next((o for o in kept_up if o.id == current), kept_up[0]))
    if stay is not None and reading.between_nodes and _unsaid_need(result, stay) and not setting_symptom:
        # "host-gw: pods on other nodes unreachable", the nodes' segment unsaid: the answer names that as the likely
        # cause and a mode without the need as the way out, so the mode in use does not lead the list either.
        result = recommend(profile, catalog, reading.lang, focus, prefer, None, operating=operating)
    if current != reading.profile.current_plugin and current is not None:
        # the default mode taken as the one running: said as an assumption, and the composer names it rather than "unsaid"
        name = catalog.option(current).name
        result.assumptions.append(say(reading.lang, f"Assumed the plugin runs its default mode, {name}: the question does not say which.",
                                      f"假设该插件运行默认模式 {name}：问题中没有说明。"))
        result.profile = result.profile.model_copy(update={"current_plugin": current})
    return result


def _named_winner_first(result: Plan, reading: Reading) -> None:
    """"VPC CNI 能这样搞吗？要不要换成 Cilium 的 ENI 模式？" Where every option of the plugins compared is ruled out but one
    plugin's, that plugin leads the list too, as it does the answer's verdict."""
    named = set(reading.options)
    moded = {o.split(":")[0] for o in named}
    weighed = {p for p in reading.asked if p not in reading.via}  # not Multus named as the way macvlan is attached
    compared = [o for o in result.options if o.plugin in weighed and (o.id in named or o.plugin not in moded)]
    live = [o for o in compared if o.verdict != "rejected"]
    # or two modes of one plugin weighed and one ruled out: "VXLAN over IPv6 in Cilium, or are we forced into native routing?"
    modes = [o for o in result.options if o.id in named]
    survivors = [o for o in modes if o.verdict != "rejected"]
    if reading.kind == "compare" and len(moded) == 1 and len(modes) >= 2 and len(survivors) == 1 and result.options[0] is not survivors[0]:
        _lead_with(result, survivors[0])
        return
    if len(weighed) < 2 or len({o.plugin for o in live}) != 1 or result.options[0] is live[0]:
        return
    _lead_with(result, live[0])


def _lead_with(result: Plan, lead: OptionResult) -> None:
    """`lead` recommended at the head of the list, the others in their verdicts' order."""
    from assistant.checks import VERDICT_ORDER

    lead.verdict = "recommended"
    result.options.sort(key=lambda o: (o is not lead, VERDICT_ORDER.index(o.verdict)))


def network_gaps(result: Plan, option: OptionResult) -> tuple[list[CheckResult], list[OptionResult]]:
    """What `option` needs of the network that the question leaves open (one L2 segment, BGP peers), and the
    options that work here without it, best first."""
    gaps = [c for c in option.checks if c.status == "unknown" and c.check in NETWORK_NEEDS]
    needed = {g.check for g in gaps}
    outs = [o for o in result.options if o.verdict != "rejected" and o.id != option.id
            and all(c.status == "pass" for c in o.checks if c.check in needed)]
    return gaps, outs


def _kept(result: Plan, reading: Reading) -> str | None:
    """The option in use, when it is one of the plugins compared and fits outright (every stated requirement met)."""
    from assistant.fits import fits, old_kernel

    current = reading.profile.current_plugin
    if not current or current.split(":")[0] not in reading.asked or len(set(reading.asked)) < 2:
        return None
    mine = next((o for o in result.options if o.id == current), None)
    clean = mine is not None and mine.verdict != "rejected" and fits(mine, old_kernel(reading.profile))
    return current if clean else None


def _unsaid_need(result: Plan, stay: str) -> bool:
    mine = next((o for o in result.options if o.id == stay), None)
    if mine is None:
        return False
    gaps, outs = network_gaps(result, mine)
    return bool(gaps and outs)


def options_in_use(result: Plan, current: str) -> list[OptionResult]:
    """The option in use, or every option of the plugin in use when its mode is not known."""
    exact = [o for o in result.options if o.id == current]
    return exact or [o for o in result.options if o.plugin == current.split(":")[0]]


def _suspected(result: Plan, reading: Reading) -> bool:
    """The option in use warns on a check the symptom points at."""
    mine = options_in_use(result, reading.profile.current_plugin or "")
    return bool(mine) and all(any(c.check in reading.suspects and c.status == "warn" for c in o.checks) for o in mine)
