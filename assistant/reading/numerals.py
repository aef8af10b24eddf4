"""Numbers written as words or numerals: "forty-two", "一百五十", "2,500", "1.2k"."""

from __future__ import annotations

import re

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# every number word up to ninety-nine: "forty c3.small boxes", "twenty-four nodes"
WORDS = {**_UNITS, "a single": 1, "single": 1, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, **_TENS,
         **{f"{t}-{u}": tv + uv for t, tv in _TENS.items() for u, uv in _UNITS.items()},
         "a hundred": 100, "hundred": 100, "a thousand": 1000, "thousand": 1000}
# an ordinal past a count raises it: "2 servers on Scaleway ... the third server is on Online.net"
ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL = re.compile(rf"\b({'|'.join(ORDINALS)}) (server|node|machine|vm|host|worker|box|instance)\b", re.I)
_ZH_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _zh_number(raw: str) -> int:
    """Chinese numerals: "三" 3, "十二" 12, "二十" 20, "一百五十" 150."""
    total, digit = 0, 0
    for ch in raw:
        if ch in _ZH_DIGITS and ch != "十":
            digit = _ZH_DIGITS[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (digit or 1) * unit
            digit = 0
    return total + digit


def value(raw: str) -> int:
    """A count as written: digits with separators, "1.2k", an English number word or Chinese numerals."""
    raw = raw.replace(",", "").replace("，", "").strip().lower()
    if raw in WORDS:
        return WORDS[raw]
    if re.fullmatch(r"[一二两三四五六七八九十百千]+", raw):
        return _zh_number(raw)
    if raw.endswith("k"):
        return int(float(raw[:-1]) * 1000)
    return int(float(raw))
