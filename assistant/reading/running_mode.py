"""The mode of the plugin in use: the one switched to, the one said to run, the only one named, else what its
configuration shows. A mode weighed in a question is a candidate, not what runs."""

from __future__ import annotations

import re

from assistant.catalog import Option
from assistant.reading.cues import _MODE_IN_USE, _SWITCHED_TO
from assistant.reading.spans import sentence
from assistant.reading.weighed import paired

_MODE_END = re.compile(r"[\w-]*")
# A mode only tried is no mode in use: "We run Calico (BGP) and tried turning on the eBPF data plane; calico-node goes unready"
_TRIED = re.compile(r"(\b(tried|trying|attempted|attempting|tested|testing)\s+(to\s+)?(turn(ing)?\s+on|enabl\w*|switch\w*( over)? to|mov\w* to|"
                    r"migrat\w* to)\s+(the\s+)?([\w-]+('s)?\s+)?|"
                    r"(试了|试过|尝试|试着)(一下|下)?\s*(开启|启用|打开|切到|切换到|换成|改成)\s*(了)?\s*([\w-]+\s*(的)?\s*)?)$", re.I)
_CALLED_MODE = re.compile(r"\s*(mode|模式)", re.I)
_WEIGHED_QUESTION = re.compile(r".*(\bvs\.?|\bversus\b|\bor\b|还是|或者|对比|比较).*[?？]", re.I | re.S)


def running_mode(text: str, pid: str, end: int, modes: list[tuple[int, Option]], settings: list, calico_bgp: re.Pattern[str]) -> str:
    """The mode of `pid`, whose mention ends at `end` (`modes`: modes named; `settings`: modes its configuration shows)."""
    own = [(pos, opt.id) for pos, opt in modes if opt.plugin == pid and text[pos:pos + 1].strip()]
    own = [(pos, oid) for pos, oid in own if not _TRIED.search(text[max(0, pos - 50):pos])] or own
    # "We run Calico. IPIP or VXLAN?": modes weighed in a question are what it asks, not what runs
    weighed = paired(text, [(pos, _MODE_END.match(text, pos).end(), oid) for pos, oid in own])  # type: ignore[union-attr]
    own = [(pos, oid) for pos, oid in own if pos not in weighed or _MODE_IN_USE.search(text[max(0, pos - 25):pos])]
    # "Cilium vs Calico eBPF for us? ... (we run Calico BGP today)": a mode weighed in another sentence's question is a candidate
    here = sentence(text, max(0, end - 1), end)
    asks = [(pos, oid) for pos, oid in own
            if not here[0] <= pos < here[1] and _WEIGHED_QUESTION.fullmatch(text[slice(*sentence(text, pos, pos + 1))].strip())]
    own = [x for x in own if x not in asks] or own
    own += [(s, oid) for s, _, p, oid in settings if p == pid and oid]
    own.sort()
    switched = [(pos, oid) for pos, oid in own if _SWITCHED_TO.search(text[max(0, pos - 12):pos])]
    distinct = {oid for _, oid in own}
    if switched:
        return switched[-1][1]
    if distinct == {"calico:ebpf", "calico:bgp"}:  # (not beside an encapsulating mode: "BPF; bgp: Enabled; VXLANCrossSubnet")
        return "calico:ebpf-noencap"  # "dataplane: eBPF w/ DSR, no encap": the eBPF data plane without an overlay
    in_use = [(pos, oid) for pos, oid in own if _MODE_IN_USE.search(text[max(0, pos - 25):pos])]
    # A configuration key ("encapsulation: VXLANCrossSubnet") says which mode runs; a mode word beside it
    # ("bgp: Enabled", Calico's routing under that encapsulation) does not outrank it.
    keyed = {oid for _, _, p, oid in settings if p == pid and oid}
    if len(keyed) == 1 and not in_use:
        return keyed.pop()
    if len(distinct) > 1 and in_use:
        return in_use[-1][1]  # "vxlan mode was underperforming; instead we are using BGP": the one in use
    if len(distinct) == 1:
        return own[0][1]
    # a mode called so beats one named for its routing: "Calico in IPIP mode with the default BGP mesh" runs IPIP
    said = {oid for pos, oid in own if _CALLED_MODE.match(text, _MODE_END.match(text, pos).end())}  # type: ignore[union-attr]
    if len(said) == 1:
        return said.pop()
    if own:
        # the first mode named after the mention, else the last one before it ("Calico BGP ... not peered with Calico")
        return next((oid for pos, oid in own if pos >= end), own[-1][1])
    if pid == "calico" and calico_bgp.search(text):
        return "calico:bgp"
    return pid
