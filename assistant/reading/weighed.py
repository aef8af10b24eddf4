"""Plugins weighed against each other in one question ("Kube-OVN 和 Calico 哪个合适？", "..., or Cilium?"): candidates,
not the plugin in use."""

from __future__ import annotations

import re

from assistant.reading.cues import _ALTERNATIVE_AFTER, _ALTERNATIVE_BEFORE, _CHOICE, _CURRENT_BEFORE, _FIRST_PERSON, _WHICH_ASKED
from assistant.reading.spans import rx, sentence

_OR_BETWEEN = rx(r"^[^.;!?。；！？]{0,50}\b(or|还是|或者?)\s*$", r"^[^.;!?。；！？]{0,50}(还是|或者?)\s*$")


def paired(text: str, found: list[tuple[int, int, str]]) -> set[int]:
    """Starts of plugins weighed against each other in one question: "Antrea since we're a VMware shop, or Calico?"."""
    out = set()
    for s1, e1, p1 in found:
        for s2, e2, p2 in found:
            asked = text[s2:sentence(text, s2, e2)[1]].rstrip()
            # "Kube-OVN 和 Calico 哪个合适？", "Terway and flannel: which fits us?"
            if p1 != p2 and s2 > e1 and asked.endswith(("?", "？")) and (
                    _OR_BETWEEN.search(text[e1:s2]) or (_AND_BETWEEN.fullmatch(text[e1:s2]) and _WHICH.match(text, e2)
                                                         and not _IN_USE_BEFORE.search(text[max(0, s1 - 20):s1]))):
                out |= {s1, s2}
    # what a weighed one comes with is weighed too: "Kube-OVN or Multus with macvlan?"
    ends = {e for s, e, _ in found if s in out}
    return out | {s for s, _, _ in found if any(0 < s - e <= 12 and _WITH_BETWEEN.fullmatch(text[e:s]) for e in ends)}


_AND_BETWEEN = re.compile(r"\s*(和|与|跟|and|&)\s*", re.I)
_WHICH = re.compile(r"\s*[:：,，]?\s*(哪个|哪一个|哪种|选哪|谁更|which\b)", re.I)
_IN_USE_BEFORE = re.compile(r"(\b(run|use|using|running|have|with)|用|跑|装了)\s*(the\s+)?$", re.I)
_WITH_BETWEEN = re.compile(r"\s*(with|plus|\+|和|加|配合|搭配)\s*", re.I)


def alternative(text: str, start: int, end: int, left: int, right: int) -> bool:
    """One of the alternatives a question weighs: "..., or Cilium?", "X, or the data plane with Calico?".
    Only networking choices are weighed: "is the problem the MTU or Calico?" still names the plugin in use."""
    if not text[left:right].rstrip().endswith(("?", "？")) or not _CHOICE.search(text, left, right):
        return False
    which = _WHICH_ASKED.search(text, end, right) and not _CURRENT_BEFORE.search(text, max(left, start - 40), start)
    alt = _ALTERNATIVE_BEFORE.search(text[max(left, start - 50):start])
    if which or _ALTERNATIVE_AFTER.search(text[end:end + 12]):
        return True
    return alt is not None and not _FIRST_PERSON.search(alt.group(0))
