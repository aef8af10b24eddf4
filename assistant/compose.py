"""The grounded answer, without an LLM: every sentence comes from a check or a retrieved passage.

Choice questions are written from the recommendation plan (its checks carry the evidence);
concept questions are extractive: the passages' own sentences most related to the question.
"""

from __future__ import annotations

from assistant.evidence import CitationBook
from assistant.models import Passage
from assistant.retrieve import expand_query
from assistant.sentences import body, sentences, terms, unbracket

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
        "concept": "",
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
        "concept": "",
        "none_found": "知识库中没有直接回答这个问题的段落;请参考下面的来源。",
        "out_of_scope": (
            "我只能回答 Kubernetes Pod 网络相关的问题:CNI 插件的选择(flannel、Calico、Cilium、Weave Net、"
            "AWS VPC CNI、阿里云 Terway、SR-IOV 等)、它们的模式,以及 CNI 的工作原理。知识库中没有关于这个问题的内容。"
        ),
    },
}
VERDICT_ZH = {"recommended": "推荐", "possible": "可行", "rejected": "不推荐"}
CHECK_ZH = {
    "Primary network": "主网络", "Cloud integration": "云平台集成", "L2 adjacency": "二层相邻",
    "BGP fabric": "BGP 网络", "Latency / encapsulation overhead": "延迟/封包开销", "NetworkPolicy": "网络策略",
    "Encryption": "加密", "Kernel / eBPF": "内核/eBPF", "Windows": "Windows 节点", "IPv6": "IPv6",
    "Service support": "Service 支持", "kube-proxy replacement": "kube-proxy 替代", "SR-IOV hardware": "SR-IOV 硬件",
    "Pod start-up": "Pod 启动", "Scale": "规模", "Maintenance status": "维护状态",
}
MAX_WHY, MAX_WATCH, MAX_REJECTED, MAX_SENTENCES, MAX_BACKGROUND = 4, 3, 5, 3, 2


def cites(numbers) -> str:
    return "".join(f" [{n}]" for n in sorted(set(numbers)))


def out_of_scope(lang: str) -> str:
    return TEXT[lang]["out_of_scope"]


def _check_name(name: str, lang: str) -> str:
    return CHECK_ZH.get(name, name) if lang == "zh" else name


def _by_weight(checks, status: str) -> list:
    # Stated requirements (heavier checks) explain a choice better than generic fitness, and
    # "can be the primary network" is true of nearly every option, so it explains nothing.
    return sorted((c for c in checks if c.status == status),
                  key=lambda c: (c.name == "Primary network", -getattr(c, "weight", 1.0)))


def _names(names: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else "; ").join(names)


def compose_choice(plan, book: CitationBook, lang: str, question: str = "", passages: list[Passage] = (),
                   focus: list[str] = ()) -> str:
    """Top option and why, background from the notes, the rejected ones and what fails, conditional advice, assumptions."""
    t = TEXT[lang]
    lines: list[str] = []
    rank = {"recommended": 0, "possible": 1}
    options = sorted(plan.options, key=lambda o: rank.get(o.verdict, 2))  # stable: the engine's order within
    if options:
        top = options[0]
        why = [(c, book.cite_refs(c.evidence or [])) for c in _by_weight(top.checks, "pass")[:MAX_WHY]]
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
            lines += ["", t["why"]] + [f"- {_check_name(c.name, lang)}: {c.detail}{cites(ns)}" for c, ns in why]
        # Features nobody asked for (Windows, IPv6 on a plain Linux question) carry headroom weight
        # only: they stay in the checks matrix but are not worth a warning in the answer.
        warns = [c for c in _by_weight(top.checks, "warn") if getattr(c, "weight", 1.0) >= 1.0][:MAX_WATCH]
        if warns:
            lines += ["", t["watch"]] + [
                f"- {_check_name(c.name, lang)}: {c.detail}{cites(book.cite_refs(c.evidence or []))}" for c in warns]
        lines += _others(options[1:], book, lang, list(focus))
    lines += _conditional(plan, book, lang)
    for a in getattr(plan, "assumptions", None) or []:
        lines += ["", t["assume"].format(a=a)]
    return "\n".join(lines).strip()


def _about_one_plugin(p: Passage) -> bool:
    """A plugin's own note or upstream docs, as opposed to a note on an environment or a topic."""
    return bool(p.plugins) and (p.note_id.startswith("plugin-") or not p.note_id)


GENERIC_REASONS = ("Cloud integration", "Primary network", "Maintenance status")


def _others(options, book: CitationBook, lang: str, focus: list[str]) -> list[str]:
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
        reason = x[1].name if x[1] else ""
        if reason not in seen and x not in named:
            seen.add(reason)
            distinct.append(x)
    # Within that, reasons about this network (L2, BGP, policy, kernel...) before the generic ones:
    # a VMware user learns little from "Amazon VPC CNI only runs on AWS".
    distinct.sort(key=lambda x: (
        -getattr(x[1], "weight", 0.0) if x[1] else 0.0,
        (x[1].name if x[1] else "") in GENERIC_REASONS,
    ))
    shown = (named + distinct)[:MAX_REJECTED]
    if shown:
        lines += ["", t["rejected"]]
        for o, fail in shown:
            if fail is None:
                lines.append(f"- {o.name}")
            else:
                lines.append(f"- {o.name}: {fail.detail}{cites(book.cite_refs(fail.evidence or []))}")
    return lines


def _conditional(plan, book: CitationBook, lang: str) -> list[str]:
    t = TEXT[lang]
    lines: list[str] = []
    conditional = getattr(plan, "conditional", None) or []
    if conditional:
        lines += ["", t["depends"]]
        for c in conditional:
            numbers = book.cite_refs(getattr(c, "evidence", None) or [])
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
