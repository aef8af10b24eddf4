"""Choice answers: the top option and why, background from the notes, what else fits, what is
rejected and why, advice that depends on an unknown fact, and what was assumed."""

from __future__ import annotations

from assistant.checks import VERDICT_ORDER, CheckResult, Tier, label
from assistant.compose.concept import concept
from assistant.compose.texts import ALSO, ASSUME, BEST, DEPENDS, IF, NONE_FITS, REJECTED, TOP, VERDICT, WATCH, WHY, cites, join_names
from assistant.evidence import CitationBook
from assistant.models import Passage, Reading
from assistant.plan import OptionResult, Plan
from assistant.text import Lang

MAX_WHY, MAX_WATCH, MAX_REJECTED, MAX_BACKGROUND = 4, 3, 5, 2


def by_weight(checks: list[CheckResult], status: str) -> list[CheckResult]:
    # Stated requirements (heavier checks) explain a choice better than generic fitness, and
    # "can be the primary network" is true of nearly every option, so it explains nothing.
    return sorted((c for c in checks if c.status == status), key=lambda c: (c.check == "primary", -c.weight))


def choice(reading: Reading, plan: Plan, passages: list[Passage], book: CitationBook) -> str:
    """Top option and why, background from the notes, the rejected ones and what fails, conditional advice, assumptions."""
    lang = reading.lang
    lines: list[str] = []
    options = sorted(plan.options, key=lambda o: VERDICT_ORDER.index(o.verdict))  # stable: the engine's order within
    if options:
        top = options[0]
        why = [(c, book.cite_refs(c.evidence)) for c in by_weight(top.checks, "pass")[:MAX_WHY]]
        frame = {"recommended": TOP, "possible": BEST}.get(top.verdict, NONE_FITS)
        head = cites(n for _, ns in why[:2] for n in ns)
        lines.append(frame.of(lang).format(name=top.name, verdict=VERDICT[top.verdict].of(lang), cites=head))
        # What the notes say about this situation, in their own words; a passage about one other
        # plugin (macvlan when Calico is advised) would read as a non sequitur here.
        plugin = top.id.split(":")[0]
        background = [p for p in passages if plugin in p.plugins or not about_one_plugin(p)]
        if background:
            lines += ["", concept(reading, background, book, MAX_BACKGROUND)]
        if why:
            lines += ["", WHY.of(lang)] + [f"- {label(c.check, lang)}: {c.detail}{cites(ns)}" for c, ns in why]
        # Features nobody asked for (Windows, IPv6 on a plain Linux question) carry headroom weight
        # only: they stay in the checks matrix but are not worth a warning in the answer.
        warns = [c for c in by_weight(top.checks, "warn") if c.weight >= Tier.GENERAL][:MAX_WATCH]
        if warns:
            lines += ["", WATCH.of(lang)] + [
                f"- {label(c.check, lang)}: {c.detail}{cites(book.cite_refs(c.evidence))}" for c in warns]
        lines += others(options[1:], book, lang, reading.focus)
    lines += conditional(plan, book, lang)
    for a in plan.assumptions:
        lines += ["", ASSUME.of(lang).format(a=a)]
    return "\n".join(lines).strip()


def about_one_plugin(p: Passage) -> bool:
    """A plugin's own note or upstream docs, as opposed to a note on an environment or a topic."""
    return bool(p.plugins) and (p.note_id.startswith("plugin-") or not p.note_id)


GENERIC_REASONS = ("cloud", "primary", "maintenance")


def others(options: list[OptionResult], book: CitationBook, lang: Lang, focus: list[str]) -> list[str]:
    lines: list[str] = []
    also = [o.name for o in options if o.verdict in ("recommended", "possible")][:4]
    if also:
        lines += ["", ALSO.of(lang).format(names=join_names(also, lang))]
    rejected = [(o, next((c for c in o.checks if c.status == "fail"), None)) for o in options if o.verdict == "rejected"]
    # Options of plugins the question named come first: the user asked about them.
    named = [x for x in rejected if x[0].id.split(":")[0] in focus][:2]
    # Then one option per distinct reason, failures of stated requirements first, so the list
    # shows why things fail rather than five cloud plugins that all fail the same way.
    seen: set[str] = set()
    distinct = []
    for x in rejected:
        reason = x[1].check if x[1] else ""
        if reason not in seen and x not in named:
            seen.add(reason)
            distinct.append(x)
    # Within that, reasons about this network (L2, BGP, policy, kernel...) before the generic ones:
    # a VMware user learns little from "Amazon VPC CNI only runs on AWS".
    distinct.sort(key=lambda x: (-x[1].weight if x[1] else 0.0, (x[1].check if x[1] else "") in GENERIC_REASONS))
    shown = (named + distinct)[:MAX_REJECTED]
    if shown:
        lines += ["", REJECTED.of(lang)]
        for o, fail in shown:
            if fail is None:
                lines.append(f"- {o.name}")
            else:
                lines.append(f"- {o.name}: {fail.detail}{cites(book.cite_refs(fail.evidence))}")
    return lines


def conditional(plan: Plan, book: CitationBook, lang: Lang) -> list[str]:
    lines: list[str] = []
    if plan.conditional:
        lines += ["", DEPENDS.of(lang)]
        for c in plan.conditional:
            numbers = book.cite_refs(c.evidence)
            lines.append("- " + IF.of(lang).format(condition=c.condition, advice=c.advice, cites=cites(numbers)))
    # Follow-up questions travel as data (`AskResult.follow_up`): every client lists them once.
    return lines
