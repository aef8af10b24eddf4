"""Troubleshooting answers: a symptom plus a setup. The likely causes come first, ranked by what
the profile says (a check the current mode fails here), then what the documentation says about
the symptom, then what to switch to: the current plugin first when one of its modes works."""

from __future__ import annotations

from assistant.checks import UNDOCUMENTED, Tier, label
from assistant.compose.choice import by_weight, conditional
from assistant.compose.concept import concept
from assistant.compose.texts import ASSUME, BACKGROUND, CAUSE, CAUSES, CAUSES_IF, DOCUMENTED, KEEP, NO_CAUSE, OPEN_HEAD, SWITCH, UNSAID_HEAD, cites, join_names
from assistant.evidence import CitationBook
from assistant.models import Passage, Reading
from assistant.plan import OptionResult, Plan
from assistant.planning import network_gaps, options_in_use

MAX_CAUSES, MAX_SENTENCES = 3, 3
# Checks that say how well a working option copes with what the user stresses (addresses, size), as opposed to
# whether it runs at all: where the mode in use only warns on one, that is the likely cause of a symptom.
STRAIN_CHECKS = ("density",)
# Checks that reject an option for a new cluster but cause no symptom in a running one: upstream's maintenance status.
NOT_CAUSES = ("maintenance",)


def troubleshoot(reading: Reading, plan: Plan, passages: list[Passage], book: CitationBook) -> str:
    """Likely causes ranked by the profile, the documentation on the symptom, the way out; then what was assumed."""
    lines = [_causes(reading, plan, passages, book)]
    for a in plan.assumptions:  # (as in a choice answer: "Assumed the plugin runs its default mode, flannel, VXLAN")
        lines += ["", ASSUME.of(reading.lang).format(a=a)]
    return "\n".join(lines).strip()


def _causes(reading: Reading, plan: Plan, passages: list[Passage], book: CitationBook) -> str:
    lang, current = reading.lang, plan.profile.current_plugin or reading.profile.current_plugin
    lines: list[str] = []
    in_use = options_in_use(plan, current) if current else []
    causes = [(o, c) for o in in_use for c in by_weight(o.checks, "fail") if c.weight >= Tier.DECISIVE and c.check not in NOT_CAUSES]
    if not causes and (reading.profile.multi_nic or reading.profile.sriov_nics):
        # the symptom is on the extra interface: a plugin attached beside the primary one (macvlan via Multus) fails here
        beside = [o for o in plan.options if o.plugin in reading.asked and o.plugin != (current or "").split(":")[0]
                  and o.verdict == "rejected"]
        if causes := [(o, c) for o in beside for c in by_weight(o.checks, "fail") if c.weight >= Tier.DECISIVE]:
            in_use = beside
    if not causes:  # it runs, but strains where the profile presses ("out of VNet addresses") or where the symptom is: the likely cause
        causes = [(o, c) for o in in_use for c in o.checks if c.check in (*STRAIN_CHECKS, *reading.suspects) and c.status == "warn"]
    # With the mode unknown and one of the plugin's modes working here, a failing mode is a cause only
    # if it is the one running: the documentation on the symptom comes first, those modes after it.
    if causes and len(in_use) > 1 and any(o.verdict != "rejected" for o in in_use):
        lines += [BACKGROUND.of(lang), concept(reading, passages, book, MAX_SENTENCES), "",
                  CAUSES_IF.of(lang).format(plugin=in_use[0].plugin)]
        lines += [CAUSE.of(lang).format(name=o.name, check=label(c.check, lang), detail=c.detail, cites=cites(book.cite_refs(c.evidence)))
                  for o, c in causes[:MAX_CAUSES]]
        lines += _switch(plan, in_use, {o.id for o, _ in causes}, book, lang) + conditional(plan, book, lang)
        return "\n".join(lines).strip()
    if causes:
        lines.append(CAUSES.of(lang))
        for o, c in causes[:MAX_CAUSES]:
            lines.append(CAUSE.of(lang).format(name=o.name, check=label(c.check, lang), detail=c.detail,
                                               cites=cites(book.cite_refs(c.evidence))))
        lines.append("")
    elif in_use and reading.between_nodes and (unsaid := _unsaid(plan, in_use, book, lang)):
        # "native routing fails across nodes, VXLAN works": whether the VMs share one L2 segment is the open question
        lines += [*unsaid, "", BACKGROUND.of(lang), concept(reading, passages, book, MAX_SENTENCES)]
        return "\n".join(lines + conditional(plan, book, lang)).strip()
    elif in_use:
        lines += _open(plan, in_use, book, lang)
        lines.append(NO_CAUSE.of(lang).format(name=in_use[0].name))
    else:
        lines.append(BACKGROUND.of(lang))
    lines.append(concept(reading, passages, book, MAX_SENTENCES))
    if causes:
        lines += _switch(plan, in_use, {o.id for o, _ in causes}, book, lang)
    lines += conditional(plan, book, lang)
    return "\n".join(lines).strip()


def _switch(plan: Plan, in_use: list[OptionResult], failing: set[str], book: CitationBook, lang: str) -> list[str]:
    """Another mode of the plugin in use when one works here, else the best option that does."""
    same_plugin = next((o for o in plan.options if o.plugin == in_use[0].plugin and o.verdict != "rejected"), None)
    best = next((o for o in plan.options if o.verdict != "rejected"), None)
    if same_plugin is not None and same_plugin.id not in failing:
        why = by_weight(same_plugin.checks, "pass")[:1]
        return ["", KEEP.of(lang).format(plugin=in_use[0].plugin, name=same_plugin.name,
                                         cites=cites(book.cite_refs(why[0].evidence)) if why else "")]
    if best is not None and best.id not in failing:  # the mode in use still leads: its configuration is the fix
        why = by_weight(best.checks, "pass")[:1]
        return ["", SWITCH.of(lang).format(name=best.name, cites=cites(book.cite_refs(why[0].evidence)) if why else "")]
    return []


def _unsaid(plan: Plan, in_use: list[OptionResult], book: CitationBook, lang: str) -> list[str]:
    """The mode in use needs something of the network the question does not state (one L2 segment, BGP peers): for
    a symptom between nodes that is the likely cause, and an option that does not need it is the way out."""
    if len(in_use) != 1:
        return []
    gaps, outs = network_gaps(plan, in_use[0])
    way_out = next((o for o in outs if o.plugin == in_use[0].plugin), outs[0] if outs else None)  # its own plugin's mode first
    if not gaps or way_out is None:
        return []
    lines = [UNSAID_HEAD.of(lang)] + [CAUSE.of(lang).format(name=in_use[0].name, check=label(c.check, lang), detail=c.detail,
                                                            cites=cites(book.cite_refs(c.evidence))) for c in gaps]
    why = by_weight(way_out.checks, "pass")[:1]
    return lines + [SWITCH.of(lang).format(name=way_out.name, cites=cites(book.cite_refs(why[0].evidence)) if why else "")]


def _open(plan: Plan, in_use: list[OptionResult], book: CitationBook, lang: str) -> list[str]:
    """"Multicast doesn't work with the VPC CNI": nothing fails, but what the user needs is undocumented for the
    plugin in use. That gap is the likely cause, and the options documented for the need are the way out."""
    gaps = [c for c in in_use[0].checks if c.status == "unknown" and c.check in UNDOCUMENTED]
    if not gaps:
        return []
    gap = gaps[0]
    lines = [OPEN_HEAD.of(lang), CAUSE.of(lang).format(name=in_use[0].name, check=label(gap.check, lang), detail=gap.detail,
                                                      cites=cites(book.cite_refs(gap.evidence)))]
    documented = [o.name for o in plan.options if o.verdict != "rejected"
                  and any(c.check == gap.check and c.status == "pass" for c in o.checks)][:3]
    return lines + ([DOCUMENTED.of(lang).format(names=join_names(documented, lang)), ""] if documented else [""])
