"""Answers about named options: "can X work here?" (feasibility) and "X vs Y" (compare).

Both lead with what the checks decided for the options the question names, and cite the
check that decides it; a "no" is followed by what works instead.
"""

from __future__ import annotations

from assistant.checks import CheckResult, Tier, label
from assistant.compose.choice import about_one_plugin, by_weight, conditional
from assistant.compose.concept import concept
from assistant.compose.texts import (
    BACKGROUND,
    COMPARE_CURRENT,
    COMPARE_HEAD,
    COMPARE_NEITHER,
    COMPARE_ROW,
    COMPARE_SAME,
    COMPARE_TIE,
    COMPARE_WINNER,
    DECIDED_BY,
    DEPENDS_ON,
    INSTEAD,
    NO,
    REJECTED,
    STATUS,
    WATCH,
    YES,
    YES_BUT,
    cites,
    join_names,
)
from assistant.evidence import CitationBook
from assistant.models import Passage, Reading
from assistant.plan import OptionResult, Plan
from assistant.recommend import MARGIN

MAX_BACKGROUND, MAX_ALTERNATIVES, MAX_ROWS = 2, 3, 6


def targets(plan: Plan, reading: Reading) -> list[OptionResult]:
    """The options the question is about, in the plan's order with those wished for first: the modes
    it names, and every option of each plugin it names without a mode (or of the one in use)."""
    plugins = set(reading.asked or reading.plugins or reading.focus)
    named = {o for o in reading.options if o.split(":")[0] in plugins}
    # a plugin named with its mode stands for that mode; one named alone for all of its modes
    moded = {o.split(":")[0] for o in named}
    found = [o for o in plan.options if o.id in named or (o.plugin in plugins and o.plugin not in moded)]
    # "Management wants Cilium; can we switch in place?": the option moved to is what the answer is about
    return sorted(found, key=lambda o: o.id not in reading.wanted)


def _cite(book: CitationBook, check) -> str:
    return cites(book.cite_refs(check.evidence))


def _background(reading: Reading, passages: list[Passage], book: CitationBook, plugins: set[str]) -> list[str]:
    relevant = [p for p in passages if plugins & set(p.plugins) or not about_one_plugin(p)]
    return ["", BACKGROUND.of(reading.lang), concept(reading, relevant, book, MAX_BACKGROUND)] if relevant else []


def feasibility(reading: Reading, plan: Plan, passages: list[Passage], book: CitationBook) -> str:
    lang = reading.lang
    asked = targets(plan, reading)
    if not asked:
        from assistant.compose.choice import choice

        return choice(reading, plan, passages, book)
    live = [o for o in asked if o.verdict != "rejected"]
    lines: list[str] = []
    if live:
        best = live[0]
        deciding = [c for c in best.checks if c.status == "unknown" and c.weight >= Tier.DECISIVE]
        warns = [c for c in by_weight(best.checks, "warn") if c.weight >= Tier.GENERAL]
        decider: CheckResult | None
        if deciding:
            facts = join_names([label(c.check, lang) for c in deciding[:2]], lang)
            lines.append(DEPENDS_ON.of(lang).format(facts=facts, name=best.name, cites=_cite(book, deciding[0])))
            decider = deciding[0]
        else:
            lines.append((YES_BUT if warns else YES).of(lang).format(name=best.name, cites=""))
            decider = next(iter(by_weight(best.checks, "pass")), None)
        if decider is not None:
            lines.append(DECIDED_BY.of(lang).format(check=label(decider.check, lang), detail=decider.detail,
                                                    cites=_cite(book, decider)))
        if warns and not deciding:
            lines += ["", WATCH.of(lang)] + [f"- {label(c.check, lang)}: {c.detail}{_cite(book, c)}" for c in warns[:2]]
        failing = [o for o in asked if o.verdict == "rejected"][:2]
        lines += [_ruled_out(o, book) for o in failing]
    else:
        first = asked[0]
        fail = by_weight(first.checks, "fail")[0]
        lines.append(NO.of(lang).format(name=first.name, cites=""))
        lines.append(DECIDED_BY.of(lang).format(check=label(fail.check, lang), detail=fail.detail, cites=_cite(book, fail)))
        alternatives = [o.name for o in plan.options if o.verdict == "recommended"][:MAX_ALTERNATIVES]
        if alternatives:
            lines += ["", INSTEAD.of(lang).format(names=join_names(alternatives, lang))]
    lines += _background(reading, passages, book, {o.plugin for o in asked})
    lines += conditional(plan, book, lang)
    return "\n".join(lines).strip()


def _pair(plan: Plan, reading: Reading) -> list[OptionResult]:
    """One option per named plugin (its best mode), or the named modes themselves."""
    asked = targets(plan, reading)
    if len(reading.options) >= 2:
        return asked[:2]
    picked: dict[str, OptionResult] = {}
    for o in asked:
        picked.setdefault(o.plugin, o)
    return list(picked.values())[:2]


def compare(reading: Reading, plan: Plan, passages: list[Passage], book: CitationBook) -> str:
    lang = reading.lang
    pair = _pair(plan, reading)
    if len(pair) < 2:
        return feasibility(reading, plan, passages, book)
    a, b = pair
    by_a, by_b = {c.check: c for c in a.checks}, {c.check: c for c in b.checks}
    lines = [COMPARE_HEAD.of(lang).format(a=a.name, b=b.name)]
    shared = [k for k in by_a if k in by_b]
    differ = [k for k in shared if by_a[k].status != by_b[k].status]
    differ.sort(key=lambda k: -max(by_a[k].weight, by_b[k].weight))
    for k in differ[:MAX_ROWS]:
        ca, cb = by_a[k], by_b[k]
        lines.append(COMPARE_ROW.of(lang).format(
            check=label(k, lang), a=a.name, b=b.name, sa=f"{STATUS[ca.status].of(lang)} ({ca.detail}){_cite(book, ca)}",
            sb=f"{STATUS[cb.status].of(lang)} ({cb.detail}){_cite(book, cb)}"))
    same = [label(k, lang) for k in shared if k not in differ and by_a[k].status == "pass" and k != "primary"]
    if same:
        lines += ["", COMPARE_SAME.of(lang).format(checks=join_names(same[:6], lang))]
    ranked = sorted(pair, key=lambda o: (o.verdict == "rejected", -o.score))
    if all(o.verdict == "rejected" for o in pair):
        # a score between two rejected options ranks nothing: say what rules out each, then what works
        lines += ["", COMPARE_NEITHER.of(lang)] + [_ruled_out(o, book) for o in pair]
        alternatives = [o.name for o in plan.options if o.verdict == "recommended"][:MAX_ALTERNATIVES]
        if alternatives:
            lines += ["", INSTEAD.of(lang).format(names=join_names(alternatives, lang))]
    elif ranked[0].verdict != ranked[1].verdict or ranked[0].score - ranked[1].score > MARGIN:
        why = by_weight(ranked[0].checks, "pass")[:1]
        lines += ["", COMPARE_WINNER.of(lang).format(name=ranked[0].name, cites=_cite(book, why[0]) if why else "")]
        if ranked[1].verdict == "rejected":  # what rules the other out may be a check only it has (a feature combination)
            lines += [REJECTED.of(lang), _ruled_out(ranked[1], book)]
    else:
        lines += ["", COMPARE_TIE.of(lang)]
    lines += _current_ruled_out(reading, plan, book, {a.plugin, b.plugin})
    lines += _background(reading, passages, book, {a.plugin, b.plugin})
    lines += conditional(plan, book, lang)
    return "\n".join(lines).strip()


def _ruled_out(option: OptionResult, book: CitationBook) -> str:
    fail = by_weight(option.checks, "fail")[0]
    return f"- {option.name}: {fail.detail}{_cite(book, fail)}"


def _current_ruled_out(reading: Reading, plan: Plan, book: CitationBook, compared: set[str]) -> list[str]:
    """"Flannel today, can't do it? Kube-OVN or OVN-Kubernetes?": the plugin in use, when the checks reject it, says why."""
    current = reading.profile.current_plugin
    if current is None or current.split(":")[0] in compared:
        return []
    mine = [o for o in plan.options if o.id == current or (":" not in current and o.plugin == current)]
    if not mine or any(o.verdict != "rejected" for o in mine):
        return []
    deciding = next((c for c in mine[0].checks if c.status == "fail"), None)
    if deciding is None:
        return []
    return ["", COMPARE_CURRENT.of(reading.lang).format(detail=deciding.detail, cites=_cite(book, deciding))]
