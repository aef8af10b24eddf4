"""Traditional Chinese read as Simplified: "三臺物理服務器" is "三台物理服务器" to every rule and to the lexical index.

Only one character for one character, so every span the rules find keeps its place in the question.
"""

from __future__ import annotations

import functools
import importlib.resources


@functools.cache
def _table() -> dict[int, int]:
    # OpenCC's Traditional-to-Simplified character list (Apache-2.0), shipped in opencc-python-reimplemented
    lines = importlib.resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8").splitlines()
    pairs = [(trad, simps.split()[0]) for trad, _, simps in (line.partition("\t") for line in lines) if simps.strip()]
    return {ord(t): ord(s) for t, s in pairs if len(t) == 1 and len(s) == 1 and t != s}


def simplified(text: str) -> str:
    """`text` with its Traditional characters in Simplified form, same length."""
    if text.isascii():
        return text
    return text.translate(_table())
