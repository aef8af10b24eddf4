"""Moves between plugins and modes: what was removed, the mode moved away from, the mode wanted.

"How can I change Calico from IPIP to BGP?" runs IPIP and wants BGP; "we switched to VXLAN" runs
VXLAN; "should I delete calico and reinstall it?" has not removed anything yet.
"""

from __future__ import annotations

import re

from assistant.catalog import Option
from assistant.reading.cues import _DONE, _REMOVED, _WANT_TO, _WISH
from assistant.reading.spans import sentence

FROM = re.compile(r"(\bfrom\s+(the\s+)?|从\s*)$", re.I)


def removed(text: str, start: int) -> bool:
    """Removed before the question was written: "uninstalled calico", not "should I delete calico and reinstall it?"."""
    m = _REMOVED.search(text[max(0, start - 40):start])
    if m is None:
        return False
    verb = max(0, start - 40) + m.start()
    return not re.search(r"\b(should|shall|must|need to|have to|can|could|do|would|want to)\s+(i|we|you)?\s*$|(要不要|是否|需要|想|要)\s*$",
                         text[max(0, verb - 20):verb], re.I)


def wanted_modes(text: str, modes: list[tuple[int, Option]]) -> list[tuple[int, Option]]:
    """Modes the writer wants to move to, in a sentence that asks or wishes rather than reports."""
    out = []
    for pos, option in modes:
        left, right = sentence(text, pos, pos + 1)
        if _WANT_TO.search(text[max(left, pos - 80):pos]) and _WISH.search(text, left, right) \
                and not _DONE.search(text, left, right):
            out.append((pos, option))
    return out
