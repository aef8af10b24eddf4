"""What the rule readers share: a hit with its span, patterns, clauses and negation.

Every fact read from a question keeps the words it came from (`Hit.text`, `start`, `end`), so
the user can see why the assistant believes it and correct it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# ASCII mode: CJK characters count as word characters to Python's default `\b`, so "在AWS上" would
# hide AWS; with re.A, `\b` and `\w` only see ASCII letters and Chinese next to a latin word is an edge.
FLAGS = re.I | re.A


def rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), FLAGS)


@dataclass(frozen=True)
class Hit:
    key: str
    value: Any
    start: int
    end: int
    text: str
    rank: int = 0  # readers that can disagree use it: higher wins over position


@dataclass(frozen=True)
class Rule:
    """One yes/no fact: `key` gets `value` where `pattern` matches. A negatable rule flips its
    value when a negation cue sits in the match's clause; a need rule only for cues that deny a
    need or a use ("no need", "don't want"), not inability ("can't reach"). `context`, when set,
    must also match somewhere in the text, `absent` nowhere in it; `unless` must not match in the
    match's sentence."""

    key: str
    value: Any
    pattern: re.Pattern[str]
    negatable: bool = True
    need: bool = False
    context: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None  # a sentence matching this gives nothing
    absent: re.Pattern[str] | None = None  # a text matching this anywhere gives nothing
    rank: int = 0  # a higher rank outranks other mentions of the key wherever they sit


def rule(key: str, value: Any, *patterns: str, negatable: bool = True, context: str | None = None,
         unless: str | None = None, need: bool = False, absent: str | None = None, rank: int = 0) -> Rule:
    return Rule(key, value, rx(*patterns), negatable, need, rx(context) if context else None, rx(unless) if unless else None,
                rx(absent) if absent else None, rank)


def need(key: str, *patterns: str, context: str | None = None, unless: str | None = None) -> Rule:
    return rule(key, True, *patterns, context=context, unless=unless, need=True)


def hit(key: str, value: Any, m: re.Match[str], rank: int = 0) -> Hit:
    return Hit(key, value, m.start(), m.end(), m.group(0), rank)


# Clause edges: punctuation, line breaks and the conjunctions that start a new claim.
# A subordinate clause starts one too: in "does it not work when nodes are on different subnets?" the
# negation belongs to "work", not to the subnets.
# a dot inside a version or an address ("Calico 3.27 默认配置") ends nothing
_CLAUSE_END = re.compile(r"[,;:!?()，。；：！？、（）\n]|\.(?!\d)|\b(but|and|while|whereas|although|though|so|because|since|when|whenever|once)\b"
                         r"|但|而且|并且|而|所以|因为|不过|可是", re.A | re.I)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the last edge before it to the first edge after it."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    return left, right


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span: edges are . ! ? 。！？ and line breaks."""
    edges = re.compile(r"[.!?。！？\n](?=\s|$|[^\x00-\x7f])")
    left = max((m.end() for m in edges.finditer(text, 0, start)), default=0)
    right = next((m.end() for m in edges.finditer(text, end)), len(text))
    return left, right


_NEGATION = rx(
    r"\b(no|not|without|never|neither|nor|none|lacks?|lacking|skip|avoid|disable[ds]?|disabling)\b",
    # a refusal by whoever runs the network: "they also refused to put a static route", "nobody is going to BGP-peer with us"
    # (not "connection refused", a symptom; nor "declined", which throughput does too)
    r"(?<!connection )(?<!connect: )\b(refus(e|es|ed|ing)|nobody|no one|forbid\w*|prohibit\w*)\b",
    r"\b(isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|do not|does not|did not|cannot|can'?t|won'?t|"
    r"will not|wouldn'?t|shouldn'?t|mustn'?t|haven'?t|hasn'?t)\b",
    r"\bno (need|requirement|plans?)\b", r"\b(not (allowed|permitted|possible|supported|available|needed|required|"
    r"necessary|important|wanted|an option))\b",
    # 别 is "don't", except inside words such as 分别 "each" and 区别 "difference"
    r"不(?!同|错|仅|但|少|久|断|停|管|论|过|如|光|只)", r"没有|没|无法|无需|无须|(?<![分区特级类差告识个辨性])别|未|禁止|禁用|关闭|不允许",
)
# Words inside a clause that make a "no" in it refer to something else ("no matter", "not only").
_NOT_NEGATION = rx(r"\bno matter\b", r"\bnot (only|just|merely|simply)\b", r"\bnot (even |really |quite |entirely |totally |100% )?sure\b",
                   r"\bno idea\b", r"\bif not\b",
                   r"\bwhether or not\b", r"\bnot yet\b",
                   # what is to be kept: "without losing the Windows pool", "without breaking NetworkPolicy", "不影响加密"
                   r"\bwithout (losing|breaking|dropping|giving up|sacrificing|affecting|disrupting|removing|killing)\b",
                   r"(不影响|不丢失|不失去|不放弃|保留住?)",
                   # a symptom: "eBGP routes were not propagated back to the peers" denies the routes, not BGP
                   r"\b((were|was|are|is) not|weren'?t|wasn'?t|aren'?t|isn'?t) (being )?(propagated|advertised|received|established|learned|"
                   r"installed|programmed|forwarded|delivered|synced|exchanged)\b",
                   # a symptom on something in use: "policy is not working with windows pods", "doesn't work on Windows nodes"
                   r"\b(is not|isn'?t|are not|aren'?t|was not|wasn'?t|does not|doesn'?t|do not|don'?t|did not|didn'?t|not) "
                   r"(work|working|apply|applied|applying|take effect|taking effect|enforced)\s+(with|on|for|in|to|against)\b",
                   # a rule's own example: "allow GET /healthz but not POST /admin", "但不允许 POST /admin"
                   r"\b(but |and )?not (get|post|put|patch|delete|head) /", r"不(允许|能|可以)?\s*(?-i:GET|POST|PUT|PATCH|DELETE)\s*/",
                   # a question in A-not-A form asks and refuses nothing: 能不能, 跑不跑, 有没有, 可不可以
                   # (a named group: rx() joins patterns, so a numbered backreference would point at another one's group)
                   r"(?P<a_not_a>[\u4e00-\u9fff])[不没](?P=a_not_a)",
                   # the denial is of the thing before "for": "(which does not support ipam for sriov itself)" keeps SR-IOV
                   r"\b(does not|doesn'?t|do not|don'?t|did not|didn'?t|cannot|can'?t) (support|provide|offer|handle) [\w-]+ (for|of) ",
                   # a kind of switch, not a denial: "一台不带管理的万兆交换机" (unmanaged), "non-managed switch"
                   r"(不带|没有|无)\s*(网管|管理)(功能)?\s*的?(?=[^。；！？，,]{0,8}交换机)|不可网管|非网管|\b(un|non-?)managed\b(?=[\w\s-]{0,20}\bswitch)")


_AFTER = rx(r"^\s*(is|are|was|were)?\s*(not|n't)\s+(really |actually |much of |that much of |that big of |a big )?"
           r"(needed|required|necessary|important|allowed|permitted|possible|"
           r"supported|available|wanted|an option|a requirement|a concern|an issue)\b",
           r"^\s*(is |are |was |were )?(disabled|turned off|switched off|off)\b", r"^\s*(关闭|禁用|关掉)",
           r"^\s*(更是|也是|就更|也)?\s*(想都别想|别想了?|免谈|没戏|不可能)",
           # not required: "NetworkPolicy is optional for now"
           r"^\s*(is|are)\s+optional\b",
           r"^\s*(mode)?\s*[:=]?\s*(never|false|none)\b", r"^\s*[:=]\s*(disabled|off|no)\b",
           r"^\s*(我们|我|咱们|这边)?\s*(暂时|目前|暂|也|都|基本)?\s*(不需要|不是必须|不重要|不用|不要|不支持|不可用|不允许|被禁止|被禁|无法使用|用不了|不能用|"
           r"用不上|用不到|用不着|不会用到|不强求|不是刚需|没有要求|没要求|不做要求|可有可无|无所谓|先不考虑|不考虑)"
           # (unless it takes its own object: in "跨机房不要求加密" the no is the encryption's, not the sites')
           r"(?!求?\s*(加密|网络策略|策略|ipv6|双栈|bgp|组播|多播|l7|七层|隔离|ebpf|wireguard|ipsec))")
# Saying something is not needed or not used: "no need for encryption", "we don't want IPv6", "不需要加密".
# "We can't reach pods over IPv6" is a symptom, not a wish: inability words do not negate a need.
_NEED_NEGATION = rx(r"\b(no|not|without|never|neither|nor|none|nobody|no one|nothing|skip|avoid|disable[ds]?|disabling|don'?t|doesn'?t|do not|does not|"
                    r"didn'?t|isn'?t|aren'?t)\b", r"不需要|不用|不要|无需|无须|没有|不必|不想|关闭|禁用|没开|未开启?|未启用|没启用"
                    r"|不打算|不准备|不考虑|不(?=需|用|要|想|必|跑|装|启用)|暂不|先不|不上(?=\s*[A-Za-z])|用不到|用不着|用不上|不涉及")
# "we are not able to use DPDK mode" is a failure to get something wanted, not a refusal of it.
_INABILITY = rx(r"\b(not|never) (been |yet )?able to\b")
_NONE_YET = re.compile(r"\s*(objects?|resources?|rules?)?\s*(has|have) (been )?(created|applied|defined|deployed|configured|written) yet\b", re.I)
WINDOW = 30  # characters before a span that a negation cue may sit in: "no need for", "don't want"


def negated(text: str, start: int, end: int, window: int = WINDOW, *, need: bool = False) -> bool:
    """True when a negation cue sits just before the span in the same clause, inside it ("routers
    won't peer BGP"), or right after it ("encryption is not needed", "加密不需要"). `need`: only
    cues that deny a need or a use count, not inability ("can't reach")."""
    left, right = clause(text, start, end)
    # cues that are no negation are blanked on a wider span first, so the window never cuts one in half ("...were not| propagated")
    wide = _NOT_NEGATION.sub(lambda m: " " * len(m.group(0)), text[max(left, start - window - 25):end])
    before = wide[-(end - max(left, start - window)):]
    if need:
        before = _INABILITY.sub(" ", before)
    if _NONE_YET.match(text, end, right):
        return False  # "no network policy has been created yet": nothing made so far, nothing refused
    cues = _NEED_NEGATION if need else _NEGATION
    return bool(cues.search(before)) or bool(_AFTER.search(text[end:right])) or bool(_LIST_DENIAL.search(text, max(0, start - 120), start))


# A labelled list that denies every item in it: "Not needed: IPv6, Windows", "不需要：加密、IPv6"
_LIST_DENIAL = re.compile(r"\b(not needed|not required|not wanted|no need( for)?|(don'?t|do not) need|out of scope)\s*[:：]\s*[^.;!?\n。；！？:：]*$|"
                          r"(不需要|不用|无需|不要)\s*[:：]\s*[^.;!?\n。；！？:：]*$", re.I)


_ASKED_NEED = rx(r"\b(do|does|would|will|should) (we|i|you|one) (still |also |really |then |now )?need\b[^.;!?]{0,40}$",
                 r"(是否(还)?需要|需不需要|要不要|需要不需要|还要不要|是不是(得|要|需要|必须)|是否(得|要|必须))[^。；！？]{0,15}$")


# only a possibility: "Encryption between nodes may come up next year", "加密以后可能会要"
_MAYBE_LATER = rx(r"^[^.;!?]{0,25}\b(may|might|could) (come up|become (a )?(requirement|necessary|needed)|be (needed|required|asked for) "
                  r"(later|one day|someday|eventually|next year))\b", r"^[^。；！？]{0,10}(以后|将来|后面|明年)\s*(可能|也许|或许)\s*(会)?\s*(要|需要|用到|提)")


def asked_whether_needed(text: str, start: int, end: int, left: int, right: int) -> bool:
    """"Or do we need another CNI or Multus for that?": whether it is needed is the question, not a need stated;
    nor is a need that may only come up later."""
    return (_ASKED_NEED.search(text, max(left, start - 60), start) is not None and any(c in "?？" for c in text[end:right + 1])) \
        or _MAYBE_LATER.search(text[end:right]) is not None
