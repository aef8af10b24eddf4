"""Moves between plugins and modes: what was removed, the mode moved away from, the mode wanted.

"How can I change Calico from IPIP to BGP?" runs IPIP and wants BGP; "we switched to VXLAN" runs
VXLAN; "should I delete calico and reinstall it?" has not removed anything yet.
"""

from __future__ import annotations

import re

from assistant.catalog import Catalog, Option
from assistant.reading.cues import _DONE, _REMOVED, _WANT_TO, _WISH
from assistant.reading.spans import rx, sentence

FROM = re.compile(r"(\bfrom\s+(the\s+)?|从\s*)$", re.I)
_REMOVED_AFTER = re.compile(r"[\w.-]+(?:\s+[\w.-]+){0,2}?\s+(?:was\s+|is\s+|has been\s+|got\s+|already\s+)?"
                            r"(?:removed|deleted|uninstalled)\s*(?:$|[,;).])", re.I)
_UNINSTALLED_LATER = re.compile(r"[\w.-]+[^。；！？]{0,30}?(已经|已)\s*(卸掉|卸载|删掉|删除|移除|拆掉)了?|"
                                r"[\w.-]+[^.;!?]{0,50}?\b(so |and |then )(we |i )?(removed|uninstalled|deleted|ripped out) it\b", re.I)
_TAKEN_AWAY = re.compile(r"[\w.-]+\s*(给)?\s*(移走|删掉|删除|卸载|去掉|移除|拿掉|干掉)(了|掉)")
_NO_BACKEND = re.compile(r"flannel[-_]backend\W{0,4}none\b", re.I)
# no longer used: "我不再用默认的calico，改为flannel", "we no longer run the default Canal"
_NO_LONGER = re.compile(r"((不再|已经不|已不)\s*(用|使用|跑)|\bno longer (use|using|run|running))\s*(the\s+)?(默认的?|原来的?|自带的?|default\s+)?\s*$", re.I)


_RESTARTED_UNTIL = re.compile(r"\b(until|till|unless|whenever|every time|each time)\s+(the\s+)?$", re.I)


def removed(text: str, start: int) -> bool:
    """Removed before the question was written: "uninstalled calico", not "should I delete calico and reinstall it?"."""
    if _NO_BACKEND.match(text, start) or _NO_LONGER.search(text[max(0, start - 16):start]):
        return True  # k3s started without its flannel: "flannel-backend: none", "--flannel-backend=none"
    if re.search(r"把\s*$", text[max(0, start - 4):start]) and _TAKEN_AWAY.match(text, start):
        return True  # the verb after it: "现在我把flannel移走了"
    if _RESTARTED_UNTIL.search(text[max(0, start - 16):start]):
        return False  # "IP assignment fails until aws-node is deleted": its pods restarted as a workaround
    if _REMOVED_AFTER.match(text, start) or _UNINSTALLED_LATER.match(text, start):
        return True  # a setting listed as done: "(nodeinit.enabled=true, VPC CNI removed)"; "装过 calico ... 已经卸掉了"
    m = _REMOVED.search(text[max(0, start - 40):start])
    if m is None:
        return False
    verb = max(0, start - 40) + m.start()
    return not re.search(r"\b(should|shall|must|need to|have to|can|could|do|would|wants? to|will|going to|plan(ning)? to|would like to|"
                         r"trying to)\s+(i|we|you)?\s*((just|simply|safely|also|then|first)\s+)?$|'ll\s+$|(要不要|是否|需要|想|要)\s*$",
                         text[max(0, verb - 20):verb], re.I)


def wanted_modes(text: str, modes: list[tuple[int, Option]]) -> list[tuple[int, Option]]:
    """Modes the writer wants to move to, in a sentence that asks or wishes rather than reports."""
    from assistant.reading.symptom_words import SYMPTOM

    out = []
    for pos, option in modes:
        left, right = sentence(text, pos, pos + 1)
        if re.search(r"\b(e\.g|i\.e)\.\s*$", text[max(0, left - 8):left], re.I):
            left = sentence(text, left - 6, left - 5)[0]  # "e.g." ends no sentence
        want = _WANT_TO.search(text[max(left, pos - 80):pos])
        # "trying to run flannel with vxlan as backend ... it's not able to": an attempt that fails runs now
        attempt = want is not None and re.search(r"\btry(ing)?\s+to\b", want.group(0), re.I) and SYMPTOM.search(text)
        if want and re.search(r"\bfall", want.group(0), re.I) and re.match(r"[\w-]+\s+(\w+\s+)?(when|whenever|if|only)\b", text[pos:pos + 40], re.I):
            continue  # "native in one network, but fall back to ipip when they are in different networks": CrossSubnet described
        if want and not attempt and _WISH.search(text, left, right) and not _done(text, left, right, pos):
            out.append((pos, option))
    return out


def _done(text: str, left: int, right: int, pos: int) -> bool:
    """A move made, not one planned after another step ("想升级之后切到 Calico eBPF": the upgrade comes first), nor a step
    done before the move is asked about ("集群安装完成之后，可以改成 BGP 吗"): "after" marks the move done only after it."""
    return any(not (m.group(0) in ("之后", "以后") and (m.start() < pos or re.search(r"(想|打算|计划|准备|希望|要)[^，。；！？]{0,6}$",
                                                                              text[left:m.start()])))
               for m in _DONE.finditer(text, left, right))


# CrossSubnet described rather than named: "native when both hosts are in the same network, but fall back
# to IPIP when they are in different networks", "只在跨网段时走隧道，同网段直接路由".
_ENCAP = r"(ipip|ip-in-ip|vxlan|geneve|encapsulat\w*|tunnel\w*|overlay)"
_DIRECT = r"(native\w*|direct\w*|unencapsulated|plain|routed|routing|no encapsulation|without encapsulation)"
_SAME = r"(same|one|a single|the local) (subnet|network|l2( segment)?|segment|rack|vlan)"
_APART = r"(different|other|separate|remote|another) (subnets?|networks?|racks?|segments?|vlans?)"
_DESCRIBED_HYBRID = re.compile(
    rf"\b{_DIRECT}\b[^.?!]{{0,80}}\b{_SAME}\b[^.?!]{{0,80}}\b{_ENCAP}\b[^.?!]{{0,50}}\b{_APART}\b|"
    rf"\b{_ENCAP}\b[^.?!]{{0,50}}\b{_APART}\b[^.?!]{{0,80}}\b{_DIRECT}\b[^.?!]{{0,50}}\b{_SAME}\b|"
    rf"\bonly (encapsulat\w*|tunnel\w*|use (ipip|vxlan|an overlay))\b[^.?!]{{0,30}}\b(between|across|for)\b[^.?!]{{0,20}}\b{_APART}\b|"
    # the local half alone, the subnets being several: "pod traffic unencapsulated inside each subnet"
    r"\b(unencapsulated|without encapsulation|natively routed|routed natively|no encapsulation) (inside|within|in) "
    r"(each|every|its own|the same) (subnet|segment|vlan)\b|"
    r"(同一?个?(网段|子网)|二层)[^。？！?]{0,20}(直接路由|直连|不封装|走路由)[^。？！?]{0,30}(跨|不同的?)\s*(网段|子网)[^。？！?]{0,20}"
    r"(封装|隧道|ipip|vxlan|IPIP|VXLAN|overlay)|"
    r"(跨|不同的?)\s*(网段|子网)[^。？！?]{0,20}(封装|隧道|ipip|vxlan|IPIP|VXLAN|overlay)[^。？！?]{0,30}(同一?个?(网段|子网)|二层)[^。？！?]{0,20}"
    r"(直接路由|直连|不封装|走路由)", re.I)


# A mode asked for by what it lacks: "can Kube-OVN support a mode without encapsulation?", "有没有不封装的模式".
_UNENCAPSULATED = rx(r"\b(without|no|not using|avoid\w*|skip\w*) (any |the )?(encapsulation|overlay|tunnel\w*)\b", r"\bno[\s-]?encap\w*\b",
                     r"\bunencapsulated\b", r"(不|无|没有|无需)\s*(封装|隧道|overlay)|非封装")


def described_modes(text: str, plugins: list[str], options: list[Option]) -> list[str]:
    """The named plugins' modes a text describes instead of naming: encapsulating only between subnets
    (of Calico's two such modes, the one whose encapsulation the text names), or no encapsulation at all
    in a sentence that asks for it."""
    if (m := _DESCRIBED_HYBRID.search(text)) is not None:
        words = m.group(0).lower()
        found = [o for o in options if o.plugin in plugins and o.props.encap_scope.value == "cross-subnet"]
        named = [o for o in found if (o.props.encapsulation.value or "") in words] or \
            [o for o in found if (o.props.encapsulation.value or "") in text.lower()]
        return [o.id for o in (named or found)]
    for m in _UNENCAPSULATED.finditer(text):
        left, right = sentence(text, m.start(), m.end())
        if _WISH.search(text, left, right) and not _DONE.search(text, left, right):
            return [o.id for o in options if o.plugin in plugins and o.props.encapsulation.value == "none"]
    return []


# the overlay of the plugin in use to be dropped: "can we turn encapsulation off and route pod traffic natively?", "想去掉封装"
_UNWRAP = rx(r"\b(turn|switch)(ing)? (the )?(encapsulation|overlay|vxlan|ipip|tunnel\w*) off\b",
             r"\b(turn|switch)(ing)? off (the )?(encapsulation|overlay|vxlan|ipip)\b",
             r"\b(disabl\w+|drop\w*|remov\w+|get rid of) (the )?(encapsulation|overlay|vxlan|ipip|tunnel\w*)\b|\broute pod traffic natively\b",
             r"(去掉|关闭|关掉|不要|取消)\s*(封装|隧道|overlay|vxlan|VXLAN|ipip|IPIP)")


def unwrapped(question: str, current: str | None, catalog: Catalog) -> list[str]:
    """The modes of the plugin in use that route without encapsulation, when the question wants its overlay gone."""
    if current is None or _UNWRAP.search(question) is None:
        return []
    return [o.id for o in catalog.options if o.plugin == current.split(":")[0] and o.props.encap_scope.value == "never" and o.id != current]


# another mode of the plugin in use wanted, none named: "想把 calico 换一种模式", "we'd like to switch flannel to a faster backend"
_ANOTHER_MODE = rx(r"(换|切换|切|改|换成|改成|改用)\s*(到|成)?\s*(个|一个|一种|种|另一种|别的|其他|其它)\s*[^，。；？?！]{0,12}(模式|后端|封装方式)",
                   # (wished, not weighed: "should we be looking at a different mode or plugin?" may stay)
                   r"\b(want|wants|'d like|would like|need|needs|plan|planning|hoping|hope)\s+to\s+(switch|move|change|migrate|go)\s+(\w+\s+){0,2}"
                   r"(over\s+)?to\s+(a|an|another|some)\s+(\w+\s+){0,2}(mode|backend|encapsulation)\b")


def other_modes(question: str, current: str | None, catalog: Catalog) -> list[str]:
    """The other modes of the plugin in use, when the question wants to leave its mode for one it does not name."""
    if current is None or ":" not in current or _ANOTHER_MODE.search(question) is None:
        return []
    return [o.id for o in catalog.options if o.plugin == current.split(":")[0] and o.id != current]


_FORMERLY = rx(r"\b(previously|formerly|originally|at first|initially|in the past|last year|used to)\b[^.;!?]{0,60}$",
               r"(去年|以前|之前|原来|原先|早先|当初|起初|最初)[^。；！？]{0,20}$")


_STILL = rx(r"^[^.;!?]{0,30}\b(still|to this day)\b", r"^[^。；！？]{0,15}(仍然|依然|还在|一直|至今)")


# what ran up to some time: "We ran Weave Net on this cluster until last spring", "flannel 一直用到去年"
_UNTIL = rx(r"^[^.;!?]{0,40}\buntil (last|early|late|mid|this|recently|\d{4}\b|a (few|couple)|\w+ (weeks?|months?|years?) ago)",
            # "until we ripped it out last year"
            r"^[^.;!?]{0,40}\buntil (we|they|i|someone) (ripped|tore|took|pulled|replaced|removed|uninstalled|swapped|moved)\b",
            r"^[^。；！？]{0,15}(一直)?用到(了)?\s*(去年|前年|上个月|上半年|年初|\d{4})")


def formerly(text: str, start: int, end: int) -> bool:
    """Told as what ran before: "previously I had installed ... weave", "去年集群用的是 flannel", "ran Weave until last spring";
    not "originally used flannel and still do"."""
    before = _FORMERLY.search(text[max(0, start - 70):start]) is not None or _UNTIL.search(text[end:end + 60]) is not None
    return before and not _STILL.search(text[end:end + 40])
