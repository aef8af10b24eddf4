"""Plugins the writer will not run: refused ("we don't want to operate Cilium"), banned by someone else ("Cilium is not
on the approved list", "禁止使用 Calico"), waved away ("Cilium 那种就算了"), found wanting ("found Cilium too heavy"), or
tried and given up ("试了 flannel，不通"). A failed try only says the plugin failed as tried (its default mode, a setting),
so it takes the plugin out of the candidates the question names without ruling its other modes out."""

from __future__ import annotations

import re

from assistant.models import ReadFact

_REFUSED_BEFORE = re.compile(
    r"\b(don'?t|do not|doesn'?t|does not|won'?t|will not|never) (want|wish|like|plan|intend|need) to (use|run|operate|manage|maintain|"
    r"deal with|install|babysit|own|self-manage)\s+(our own\s+|a self-managed\s+|the\s+)?$|"
    r"(不想|不愿意|不打算|不要)(再|自己|去|还|额外|单独)*(用|维护|运维|管理|折腾|装|部署|上|引入)\s*(一套|一个|一层|个)?\s*$|"
    # an installer's bundled plugin left out: "能不能先不装 calico", "skip Calico and install Cilium ourselves"
    r"(先不|不|跳过|不用)\s*(装|安装|部署)\s*(自带的|默认的)?\s*$|\b(skip|skipping|leave out|leaving out)\s+(the\s+)?(bundled\s+|default\s+)?$", re.I)
# banned by whoever decides: "security banned Cilium", "anything but Calico", "we are not allowed to run Weave", "禁止使用 Calico"
_BANNED_BEFORE = re.compile(
    r"\b(bann?(ed|s)?|forbids?|forbidden|forbade|prohibit(s|ed)?|vetoed|veto|blacklisted|won'?t (approve|allow|permit|sign off on))\s+"
    r"(the\s+)?(use of\s+)?(using\s+|running\s+)?$|"
    r"\b(anything|something|any (cni|plugin|option)|whatever) (but|except|other than)\s+$|"
    r"\b(not (allowed|permitted|approved) to|may not|must not|mustn'?t) (use|run|install|deploy)\s+(the\s+)?$|"
    r"(禁止|不允许|不准|不让|严禁)(使用|用|上|装|安装|部署)?\s*$|(不考虑|别(用|推荐|选|考虑|上))\s*$", re.I)
# a plugin banned after its name, up to the end of the clause: "Cilium is off the table", "Calico 被安全部门否了"
# ("Calico is not allowed to peer BGP" bans a setting, not the plugin)
_BANNED_AFTER = re.compile(
    r"\s+(is|was|has been|are|were|got|gets)\s+(banned|forbidden|prohibited|blacklisted|vetoed|ruled out|off the table|"
    r"out of the question|a no-go|a non-starter|not an option|not on (the|our) (approved|allowed) list|"
    r"not (allowed|permitted|approved)(?! to\b))\b|"
    r"\s+(isn'?t|wasn'?t|aren'?t) (an option|allowed|permitted|approved)(?! to\b)\b|"
    # (one of a list refused together: "Calico、Cilium 都被安全拒了")
    r"(\s*[、/和与]\s*[\w.-]+)*\s*(都|也|全)?(被)?[^，,。；;！!？?\s]{0,6}?(禁用|禁止使用|否决|否了|毙了|排除|拒了|拒绝了|驳回了?|打回了?)了?\s*"
    r"(?=[，,。；;！!？?）)]|$)|"
    r"\s*(不在|不属于)(考虑|选型|白名单|准入)?(范围|清单|名单)(内|之内|里)?", re.I)
# tried and found wanting: "We evaluated Cilium and found its memory footprint too high", "Calico 太重了，不合适"
_WANTING_AFTER = re.compile(r"[^.;!?。；！？]{0,50}?\b(found|find|was|is|were|are|proved|proves|turned out)\b[^.;!?]{0,40}\btoo "
                            r"(heavy|high|complex|complicated|much|big|slow|hard|hungry|expensive|resource[\s-]hungry)\b|"
                            r"\s*[，,]?\s*(觉得|感觉|发现)?\s*(太重|太复杂|太吃(内存|资源)|(内存|资源)占用太(高|大))|"
                            # "试过 Cilium，agent 一起来内存就很紧张了"
                            r"[^。；！？]{0,20}(内存|资源|cpu|CPU)\s*(就|都)?\s*(很|太|非常|特别)?\s*(紧张|吃紧|不够|吃不消|扛不住)", re.I)
# waved away without a try: "Cilium 那种就算了", "Cilium 就不考虑了", "Cilium is out"
# (or out of reach with its partner: "Multus + SR-IOV 那套用不了")
_WAVED_AFTER = re.compile(r"\s*(那种|这种|这类|之类的?)?\s*(就)?\s*(算了|不考虑了?|免了|不要了)|\s+is out\b(?! of\b)|"
                          r"(\s*[+＋/&和与]\s*[\w-]+)?\s*(那套|这套|那种|这种)\s*(方案)?\s*(就|也|都|根本)?\s*(用不了|不能用|没法用|行不通|走不通)", re.I)
_MEANT_BEFORE = re.compile(r"(本来|原本|起初|一开始|原先|最初)(是)?(想|打算|准备|计划)(要)?(上|用|装|试试?|玩玩|换成?)?\s*$|"
                           r"\b(originally|initially|at first)\s+(i\s+|we\s+)?(wanted|thought|planned|meant|was going|were going)\s+"
                           r"(to\s+)?(use|try|run|go with|install|deploy)?\s*(out\s+)?$", re.I)
_THOUGHT_BETTER = re.compile(r"[^。；！？.;!?]{0,60}?(后来|想想|想了想|再想想|再一想)[^。；！？]{0,40}?(算了|放弃|不上了|不用了|不折腾)|"
                             r"[^.;!?]{0,80}?\b(changed (my|our) minds?|on second thought|never ?mind|scrap that|decided against( it)?|"
                             r"thought better of it)\b", re.I)
_WANTING_BEFORE = re.compile(r"\b(ruled out|rejected|dropped|abandoned|gave up on|decided against)\s+(the\s+)?$|(放弃了?|排除了?)\s*$", re.I)
_ANYMORE = re.compile(r"[\s\w-]{0,20}\b(any ?more|any longer|no longer)\b|\s*了", re.I)
# tried and failed: "I tried with Flannel CNI but it seems it's not possible", "试了 flannel，不通"
_TRIED_BEFORE = re.compile(r"\b(tried|tested|attempted)\s+(with\s+|using\s+|out\s+)?(the\s+)?$|(试了|试过|尝试了?)(下|一下)?\s*$", re.I)
_FAILED_AFTER = re.compile(r"[^.;!?。；！？]{0,25}?\b(but|and|however)\b[^.;!?]{0,12}?\b(seems?|seemed|looks?|looked|turned out|didn'?t|did not|"
                           r"doesn'?t|does not|failed|wasn'?t|isn'?t|couldn'?t|can'?t|cannot|no luck|not possible)\b|"
                           r"[^。；！？]{0,12}?(不行|没用|不通|失败|搞不定|行不通)", re.I)

Mention = tuple[int, int, str]


def never_run(text: str, s: int, e: int) -> bool:
    """Refused, banned or waved away: a mention of a plugin that is not the one in use either."""
    # "don't want to run Calico anymore" leaves the plugin in use: a move, not a refusal
    return ((bool(_REFUSED_BEFORE.search(text[max(0, s - 50):s])) and not _ANYMORE.match(text, e))
            or bool(_BANNED_BEFORE.search(text[max(0, s - 40):s]) or _BANNED_AFTER.match(text, e)) or waved_away(text, s, e))


def _ruling_out(text: str, s: int, e: int) -> bool:
    """Never to be run, or found wanting (which the plugin in use may be): not to be run here."""
    return never_run(text, s, e) or bool(_WANTING_AFTER.match(text, e) or _WANTING_BEFORE.search(text[max(0, s - 30):s]))


def refused_plugins(text: str, mentions: list[Mention]) -> set[str]:
    """Plugins every mention of which the writer rules out or tried and gave up on ("I tried with Flannel but it seems it's
    not possible"): no candidate the question names."""
    def refusing(s: int, e: int, pid: str) -> bool:
        # a component named right after its plugin goes with it: "本来想上 Cilium 玩玩 Hubble，后来想想……算了"
        return _ruling_out(text, s, e) or failed_try(text, s, e) or any(
            p == pid and e0 <= s <= e0 + 12 and waved_away(text, s0, e0) for s0, e0, p in mentions)

    return {pid for _, _, pid in mentions if all(refusing(s, e, pid) for s, e, p in mentions if p == pid)}


def ruled_out_plugins(text: str, mentions: list[Mention], refused: set[str]) -> list[Mention]:
    """The first ruling-out mention of each refused plugin that the writer rules out rather than only tried: the options
    of these are no answer here ("Cilium 那种就算了", "security has banned Weave"), while "试过 calico 默认配置跨云不通" leaves
    Calico's other modes open. `refused`: refused_plugins() of the same mentions, which the caller has already read."""
    firm = [(s, e, pid) for s, e, pid in mentions if pid in refused and _ruling_out(text, s, e)]
    return list({pid: (s, e, pid) for s, e, pid in reversed(firm)}.values())[::-1]


def waved_away(text: str, start: int, end: int) -> bool:
    """Ruled out in passing, never run: "Cilium 那种就算了" (unlike one tried and found too heavy, which may still run), or
    first wanted and then thought better of: "本来想上 Cilium 玩玩 Hubble，后来想想……算了"."""
    return _WAVED_AFTER.match(text, end) is not None or bool(
        _MEANT_BEFORE.search(text[max(0, start - 40):start]) and _THOUGHT_BETTER.match(text, end))


def failed_try(text: str, start: int, end: int) -> bool:
    """Tried and given up: no candidate and, unlike a plugin found too heavy, not the one running either."""
    return bool(_TRIED_BEFORE.search(text[max(0, start - 20):start]) and _FAILED_AFTER.match(text, end))


def ruled_out_fact(text: str, mentions: list[Mention], current: str | None, leaving: bool) -> ReadFact | None:
    """The plugins ruled out, as a fact read at the first one's words. The plugin in use stays a candidate (found too heavy,
    it may be tuned) unless the question moves away from it ("Cilium 太重了，换什么？")."""
    mine = (current or "").split(":")[0]
    kept = [(s, e, pid) for s, e, pid in mentions if pid != mine or leaving]
    if not kept:
        return None
    s, e, _ = kept[0]
    return ReadFact(key="ruled_out", value=[pid for _, _, pid in kept], source="stated", text=text[s:e], start=s, end=e)
