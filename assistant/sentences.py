"""Sentences out of a chunk, as the extractive answers quote them."""

from __future__ import annotations

import re

from assistant.models import Passage
from assistant.text import CJK_RUN, WIDE

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9`*\"(])|(?<=[。！？；])")
_LIST_ITEM = re.compile(r"^([-*+]|\d+[.)])\s+")


_TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")


def sentences(text: str, *, rows: bool = False) -> list[str]:
    """Prose sentences of a chunk; code blocks, tables and headings are not sentences.

    Notes wrap lines inside paragraphs, so lines are joined back before splitting. With `rows`,
    each table data row is one more sentence, its cells joined by " | ": reference pages keep
    their ports and defaults in tables.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    in_code = False

    def flush():
        if current:
            joined = current[0]
            for nxt in current[1:]:
                glue = "" if WIDE.match(joined[-1]) and WIDE.match(nxt[0]) else " "
                joined += glue + nxt
            paragraphs.append(joined)
            current.clear()

    for line in text.splitlines():
        s = line.strip()
        if s.startswith("```"):
            in_code = not in_code
            flush()
            continue
        if rows and not in_code and s.startswith("|") and not _TABLE_RULE.match(s):
            flush()
            paragraphs.append(" | ".join(c.strip() for c in s.strip("|").split("|") if c.strip()))
            continue
        if in_code or not s or s.startswith(("#", "|", "<", "---", ">")):
            flush()
            continue
        if _LIST_ITEM.match(s):
            flush()
            s = _LIST_ITEM.sub("", s)
        current.append(s)
    flush()
    out = [s.strip() for para in paragraphs for s in _SENTENCE_END.split(para) if s.strip()]
    return [s for s in out if 12 <= len(s) <= 500 or (CJK_RUN.search(s) and 6 <= len(s) <= 300)]


def body(p: Passage) -> str:
    """The chunk without its first line, the title and heading path it starts with (for retrieval)."""
    head, sep, rest = p.text.partition("\n\n")
    if sep and ((p.heading and head.endswith(p.heading)) or (not p.heading and p.title and head == p.title)):
        return rest
    return p.text[len(p.heading):] if p.heading and p.text.startswith(p.heading) else p.text


def unbracket(sentence: str) -> str:
    # A quoted "[2024]" would read as citation 2024; only our own numbers may look like that.
    return re.sub(r"\[(\d+)\]", r"(\1)", sentence)


# What a question asks for, and what a sentence holding that kind of value looks like. A
# question that asks for a port wants the sentence with the number in it, not the one that
# explains what the port is for.
_ASKS = {
    "port": (r"\bports?\b|端口", r"\b\d{2,5}\b"),
    "version": (r"\b(versions?|releases?|kernel|minimum|at least|requires?)\b|版本|内核|至少",
                r"\bv?\d+\.\d+(?:\.\d+)?\b"),
    "path": (r"\b(path|director(?:y|ies)|dir|folder|where|file)\b|路径|目录|文件|哪里|在哪",
             r"(?<![\w.])/[\w.\-]+(?:/[\w.\-]*)*|\b[\w.\-]+\.(?:conf|json|ya?ml|log|lock|sock|conflist)\b"),
    "key": (r"\b(flags?|options?|settings?|parameters?|fields?|keys?|annotations?|labels?|variables?|"
            r"feature gates?|called|named|name|tags?)\b|参数|字段|选项|配置项|注解|标签|变量|名字|名叫|叫什么|哪个",
            r"`[^`]+`|--?[a-z][\w-]+|\b[a-z]+[A-Z]\w*|\b\w+_\w+\b|\b[\w-]+(?:\.[\w-]+)+/[\w-]+"),
    "amount": (r"\b(default|how (?:many|much|long|large|big)|maximum|max|minimum|limit|size|range|timeout|"
               r"length|mtu|count)\b|默认|多少|最多|上限|多久|多长|范围|大小|几个|长度",
               r"\d"),
}
_ASK_RE = {k: (re.compile(q, re.I), re.compile(v)) for k, (q, v) in _ASKS.items()}
_DEFAULT_Q = re.compile(r"\bdefault|默认", re.I)
_DEFAULT_S = re.compile(r"\bdefaults?\b|\bby default\b", re.I)


def asked(question: str) -> list[str]:
    """The kinds of value the question asks for (port, version, path, key, amount)."""
    return [k for k, (q, _) in _ASK_RE.items() if q.search(question)]


def holds_value(sentence: str, kinds: list[str], question: str = "") -> int:
    """How many of the asked kinds of value the sentence states (a default counts when asked for)."""
    n = sum(1 for k in kinds if _ASK_RE[k][1].search(sentence))
    return n + bool(question and _DEFAULT_Q.search(question) and _DEFAULT_S.search(sentence))
