"""The grounded answer, without an LLM: every sentence comes from a check or a retrieved passage.

Choice questions are written from the recommendation plan (its checks carry the evidence);
concept questions are extractive: the passages' own sentences most related to the question.
"""

from __future__ import annotations

from assistant.checks import VERDICT_ORDER, CheckResult, Tier, label
from assistant.evidence import CitationBook
from assistant.models import Passage
from assistant.recommend import OptionResult, Plan
from assistant.reading.query import expand_query
from assistant.sentences import body, sentences, unbracket
from assistant.text import Lang, terms

TEXT = {
    "en": {
        "top": "**Recommended: {name}**{cites}",
        "best": "**Best fit: {name}** ({verdict}){cites}",
        "none": "None of the options fits every requirement; the closest is **{name}**{cites}",
        "why": "Why:",
        "watch": "Watch out:",
        "also": "Also worth considering: {names}.",
        "rejected": "Not recommended:",
        "if": "{condition}: {advice}{cites}",
        "depends": "It depends on a fact I don't know yet:",
        "assume": "Assumed: {a}",
        "none_found": "The knowledge base has no passage that answers this directly; see the sources below.",
        "out_of_scope": (
            "I can only answer questions about Kubernetes pod networking: choosing a CNI plugin "
            "(flannel, Calico, Cilium, Weave Net, AWS VPC CNI, Aliyun Terway, SR-IOV, ...), their modes, "
            "and how CNI works. My knowledge base has nothing on this question."
        ),
    },
    "zh": {
        "top": "**推荐:{name}**{cites}",
        "best": "**最合适:{name}**({verdict}){cites}",
        "none": "没有选项能满足全部要求;最接近的是 **{name}**{cites}",
        "why": "理由:",
        "watch": "注意:",
        "also": "也可以考虑:{names}。",
        "rejected": "不推荐:",
        "if": "{condition}:{advice}{cites}",
        "depends": "取决于一个尚不清楚的条件:",
        "assume": "假设:{a}",
        "none_found": "知识库中没有直接回答这个问题的段落;请参考下面的来源。",
        "out_of_scope": (
            "我只能回答 Kubernetes Pod 网络相关的问题:CNI 插件的选择(flannel、Calico、Cilium、Weave Net、"
            "AWS VPC CNI、阿里云 Terway、SR-IOV 等)、它们的模式,以及 CNI 的工作原理。知识库中没有关于这个问题的内容。"
        ),
    },
}
VERDICT_ZH = {"recommended": "推荐", "possible": "可行", "rejected": "不推荐"}
MAX_WHY, MAX_WATCH, MAX_REJECTED, MAX_SENTENCES, MAX_BACKGROUND = 4, 3, 5, 3, 2


def cites(numbers) -> str:
    return "".join(f" [{n}]" for n in sorted(set(numbers)))


def out_of_scope(lang: str) -> str:
    return TEXT[lang]["out_of_scope"]


def _by_weight(checks: list[CheckResult], status: str) -> list[CheckResult]:
    # Stated requirements (heavier checks) explain a choice better than generic fitness, and
    # "can be the primary network" is true of nearly every option, so it explains nothing.
    return sorted((c for c in checks if c.status == status), key=lambda c: (c.check == "primary", -c.weight))


def _names(names: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else "; ").join(names)


def compose_choice(plan: Plan, book: CitationBook, lang: Lang, question: str = "", passages: list[Passage] = (),
                   focus: list[str] = ()) -> str:
    """Top option and why, background from the notes, the rejected ones and what fails, conditional advice, assumptions."""
    t = TEXT[lang]
    lines: list[str] = []
    options = sorted(plan.options, key=lambda o: VERDICT_ORDER.index(o.verdict))  # stable: the engine's order within
    if options:
        top = options[0]
        why = [(c, book.cite_refs(c.evidence)) for c in _by_weight(top.checks, "pass")[:MAX_WHY]]
        key = {"recommended": "top", "possible": "best"}.get(top.verdict, "none")
        verdict = VERDICT_ZH.get(top.verdict, top.verdict) if lang == "zh" else top.verdict
        head = cites(n for _, ns in why[:2] for n in ns)
        lines.append(t[key].format(name=top.name, verdict=verdict, cites=head))
        # What the notes say about this situation, in their own words; a passage about one other
        # plugin (macvlan when Calico is advised) would read as a non sequitur here.
        plugin = top.id.split(":")[0]
        background = [p for p in passages if plugin in p.plugins or not _about_one_plugin(p)]
        if background:
            lines += ["", compose_concept(question, background, book, lang, MAX_BACKGROUND)]
        if why:
            lines += ["", t["why"]] + [f"- {label(c.check, lang)}: {c.detail}{cites(ns)}" for c, ns in why]
        # Features nobody asked for (Windows, IPv6 on a plain Linux question) carry headroom weight
        # only: they stay in the checks matrix but are not worth a warning in the answer.
        warns = [c for c in _by_weight(top.checks, "warn") if c.weight >= Tier.GENERAL][:MAX_WATCH]
        if warns:
            lines += ["", t["watch"]] + [
                f"- {label(c.check, lang)}: {c.detail}{cites(book.cite_refs(c.evidence))}" for c in warns]
        lines += _others(options[1:], book, lang, list(focus))
    lines += _conditional(plan, book, lang)
    for a in plan.assumptions:
        lines += ["", t["assume"].format(a=a)]
    return "\n".join(lines).strip()


def _about_one_plugin(p: Passage) -> bool:
    """A plugin's own note or upstream docs, as opposed to a note on an environment or a topic."""
    return bool(p.plugins) and (p.note_id.startswith("plugin-") or not p.note_id)


GENERIC_REASONS = ("cloud", "primary", "maintenance")


def _others(options: list[OptionResult], book: CitationBook, lang: Lang, focus: list[str]) -> list[str]:
    t = TEXT[lang]
    lines: list[str] = []
    also = [o.name for o in options if o.verdict in ("recommended", "possible")][:4]
    if also:
        lines += ["", t["also"].format(names=_names(also, lang))]
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
        lines += ["", t["rejected"]]
        for o, fail in shown:
            if fail is None:
                lines.append(f"- {o.name}")
            else:
                lines.append(f"- {o.name}: {fail.detail}{cites(book.cite_refs(fail.evidence))}")
    return lines


def _conditional(plan: Plan, book: CitationBook, lang: Lang) -> list[str]:
    t = TEXT[lang]
    lines: list[str] = []
    if plan.conditional:
        lines += ["", t["depends"]]
        for c in plan.conditional:
            numbers = book.cite_refs(c.evidence)
            lines.append("- " + t["if"].format(condition=c.condition, advice=c.advice, cites=cites(numbers)))
    # Follow-up questions travel as data (`AskResult.follow_up`): every client lists them once.
    return lines


# --- concept questions: extractive -------------------------------------------------------

def compose_concept(question: str, passages: list[Passage], book: CitationBook, lang: str,
                    max_sentences: int = MAX_SENTENCES) -> str:
    """The retrieved passages' sentences that share the most terms with the question, each cited."""
    wanted = terms(expand_query(question, lang))
    # Prefer passages in the question's language: the answer should read in it.
    ranked = sorted(enumerate(passages), key=lambda ip: (ip[1].lang != lang, ip[0]))
    scored = []
    for rank, (_, p) in enumerate(ranked[:4]):
        on_heading = bool(wanted & terms(p.heading.split(" > ")[-1]))
        for pos, s in enumerate(sentences(body(p))):
            overlap = len(wanted & terms(s))
            if overlap:
                # Earlier sentences of a section usually state its point; later ones qualify it.
                scored.append((overlap + 0.5 * on_heading - 0.3 * rank - 0.05 * pos, rank, pos, s, p))
    best = sorted(scored, key=lambda x: -x[0])[:max_sentences]
    if not best and ranked:
        p = ranked[0][1]
        best = [(0, 0, i, s, p) for i, s in enumerate(sentences(body(p))[:2])]
    if not best:
        return TEXT[lang]["none_found"]
    best.sort(key=lambda x: (x[1], x[2]))  # read in the passages' own order
    return " ".join(f"{unbracket(s)}{cites([book.cite(p)])}" for _, _, _, s, p in best)
