"""The text toolkit every module shares: scripts, language, tokens and bilingual wording.

One place for what counts as Chinese, so the lexical index, sentence matching, language
detection and ingest can never disagree about it.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

Lang = Literal["en", "zh"]

CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK = re.compile(f"[{CJK_CHARS}]")
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
LATIN = re.compile(r"[A-Za-z]")
# CJK text and its punctuation: lines wrapped inside such text join without a space.
WIDE = re.compile(f"[\u3000-\u303f{CJK_CHARS}\uff00-\uffef]")
_TOKEN = re.compile(rf"[{CJK_CHARS}]+|[^\W_{CJK_CHARS}]+")
# Words for matching sentences to questions keep inner dots, dashes and slashes: host-gw, 10.244.0.0/16.
_WORD = re.compile(r"[a-z0-9][a-z0-9_.\-/]*[a-z0-9]|[a-z0-9]", re.I)
STOP_WORDS = frozenset(
    "the a an and or of to in on for with what which how does do is are was be can why when where who "
    "it its this that these those we i you our my your use used using there their about into than then "
    "vs not no yes if from by as at".split()
)


class Text(NamedTuple):
    """One user-facing string in both languages."""

    en: str
    zh: str

    def of(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def say(lang: str, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


def detect_lang(text: str) -> Lang:
    """"zh" when CJK characters are a real share of the text, else "en".

    Chinese writing is full of latin product names and code ("阿里云上用 Terway 还是 Calico?"),
    so a simple majority would misread it: a CJK character weighs as much as a short latin word
    (four letters), and a 30% share of CJK is enough.
    """
    cjk = len(CJK.findall(text))
    if cjk == 0:
        return "en"
    return "zh" if cjk / (cjk + len(LATIN.findall(text)) / 4) > 0.3 else "en"


def bigrams(run: str) -> list[str]:
    """A CJK run as overlapping character bigrams (a lone character as itself): Chinese has no spaces."""
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def tokenize(text: str) -> list[str]:
    """Index tokens: lowercase latin/digit words split at punctuation, CJK runs as bigrams."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower()):
        out.extend(bigrams(tok) if CJK.match(tok) else [tok])
    return out


def terms(text: str) -> set[str]:
    """Terms that relate a sentence to a question: content words (kept whole) and CJK bigrams."""
    words = {w.lower() for w in _WORD.findall(text)} - STOP_WORDS
    return words | {b for run in CJK_RUN.findall(text) for b in bigrams(run)}
