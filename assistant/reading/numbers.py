"""Numbers with their unit and role: node counts, the underlay MTU.

A number is a node count only when a count noun follows it ("40 nodes", "2,500 machines",
"12台服务器") and nothing marks it as something else: a version ("Ubuntu 18.04 nodes",
"Debian 12 servers", "Windows Server 2019 workers"), an address, a port or a size.
When a question gives a current and a planned size, the planned one counts: the cluster has
to work at the size it will reach.
"""

from __future__ import annotations

import re

from assistant.reading.spans import Hit, rx

_WORDS = {"one": 1, "a single": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
          "a hundred": 100, "hundred": 100, "a thousand": 1000, "thousand": 1000}
_ZH_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NUM = (r"(?<![\w.,/:-])(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?\s*k|\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) +
        r")(?![\w.]\d|[\w:/%])")
_OS_WORDS = (r"(?:(?:ubuntu|debian|centos|rhel|rocky|alma|oracle|fedora|amazon linux|windows server|windows|flatcar|talos|"
             r"bottlerocket)\s*[\d.]*\s+)?")
_QUALIFIERS = _OS_WORDS + (r"(?:(?:worker|workers|master|masters|control[\s-]plane|k8s|kubernetes|bare[\s-]?metal|physical|linux|windows|"
               r"virtual|vm|edge|gpu|cpu|compute|storage|cloud|ec2|raspberry pi|pi|arm64?|x86|amd64|production|prod|"
               r"dedicated|new|more|total|additional|big|small)\s+){0,3}")
_NOUNS = r"(?:nodes?|servers?|machines?|hosts?|vms?|virtual machines|instances|workers?|masters?|agents?|boxes|boards)"
COUNT = re.compile(rf"{_NUM}\s*(?:\+\s*)?(?:-\s*)?{_QUALIFIERS}{_NOUNS}\b", re.I | re.A)
COUNT_ZH = re.compile(r"(?<![A-Za-z\d.])(\d{1,3}(?:[,，]\d{3})+|\d+|[两二三四五六七八九十])(?![\d.])\s*(?:多|余)?\s*(?:个|台|臺)?\s*"
                      r"(?:[A-Za-z][\w-]*\s*[\d.]*\s*)?(?:[\u4e00-\u9fff]{0,4}?)(?:节点|服务器|机器|主机|虚拟机|物理机)")
SINGLE = re.compile(r"\bsingle[\s-]node\b|\bone[\s-]node (cluster|setup)\b|单节点|单机(部署|集群|版)|只有一个节点|一台(机器|服务器)(上|部署)", re.I)
# The noun first: "节点 20 台", "nodes: 3".
COUNT_AFTER = re.compile(r"(?:节点|服务器|机器|主机)\s*(?:数|数量)?\s*(?:为|是|有|共)?\s*(\d+)\s*(?:个|台)|"
                         r"\b(?:node count|number of nodes|cluster size)\s*(?:is|of|:|=)?\s*(\d+)\b", re.I)
# A count of the cluster's nodes is never preceded by these: it is a version or a model number.
_VERSION_BEFORE = rx(r"\b(ubuntu|debian|centos|rhel|red hat|rocky|alma(linux)?|oracle|fedora|sles|suse|opensuse|linux|windows server|"
                     r"windows|photon|flatcar|amazon|kernel|version|release|v|k8s|kubernetes|k3s|rke2|calico|cilium|flannel|"
                     r"python|openshift|ocp|vsphere|esxi|pi|raspberry pi|jetson|pine|graviton)\s*$",
                     r"(版本|内核|系统)\s*$")
# "for more than 100 nodes, use route reflectors", "for example 3 masters": not this cluster's size.
_NOT_OURS = rx(r"\b(for|with|over|above|beyond) (more|fewer|less) than\s*$", r"\b(for example|e\.g\.|such as|like)\b[^.;]*$",
               r"(例如|比如|假设|假如)[^。；]*$", r"\bclusters? (of|with)( up to)?\s*$", r"\bup to\s*$")
_ADDED = rx(r"\b(join|joining|added|add|adding|more|additional|another|extra|new)\b", r"新增|再加|增加|加入|扩容")
_PLANNED = rx(r"\b(next|coming|following) (year|quarter|months?)\b", r"\b(will|plan|planned|planning|expect\w*|grow\w*|scale\w*|"
              r"eventually|future|later|target|up to|soon|reach)\b", r"计划|将来|未来|明年|扩容|扩展到|扩到|增加到|达到|规划|预计|以后")
_NOW = rx(r"\b(now|today|currently|at the moment|at present|for now)\b", r"目前|现在|当前")
_CONTROL = rx(r"\b(masters?|control[\s-]plane|servers?)\b", r"master|控制(平面|节点)|管理节点")
_WORKER = rx(r"\b(workers?|agents?)\b", r"工作节点|计算节点|worker")


def _value(raw: str) -> int:
    raw = raw.replace(",", "").replace("，", "").strip().lower()
    if raw in _WORDS or raw in _ZH_DIGITS:
        return _WORDS.get(raw) or _ZH_DIGITS[raw]
    if raw.endswith("k"):
        return int(float(raw[:-1]) * 1000)
    return int(float(raw))


def _counts(text: str) -> list[tuple[int, re.Match[str]]]:
    out = []
    for pattern in (COUNT, COUNT_ZH, COUNT_AFTER):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30):m.start()]
            if _VERSION_BEFORE.search(before[-20:]) or _NOT_OURS.search(before):
                continue
            try:
                value = _value(next(g for g in m.groups() if g))
            except ValueError:
                continue
            if 0 < value <= 100_000:
                out.append((value, m))
    return out


def read_nodes(text: str) -> list[Hit]:
    """The cluster size: planned over current, control plane plus workers when both are counted."""
    counts = _counts(text)
    if not counts:
        single = SINGLE.search(text)
        return [Hit("nodes", 1, single.start(), single.end(), single.group(0))] if single else []
    planned, control, workers = [], [], []
    for value, m in counts:
        around = text[max(0, m.start() - 40):m.end() + 40]
        if _PLANNED.search(around) and not _NOW.search(text[m.end():m.end() + 12]):
            planned.append((value, m))
        if _CONTROL.search(m.group(0)):
            control.append((value, m))
        elif _WORKER.search(m.group(0)):
            workers.append((value, m))
    if planned:
        value, m = max(planned, key=lambda x: x[0])
        now = [v for v, other in counts if (v, other) not in planned]
        if now and _ADDED.search(text[max(0, m.start() - 20):m.end() + 20]):
            value += max(now)  # "4 more will join next quarter" adds to what runs now
        return [Hit("nodes", value, m.start(), m.end(), m.group(0), rank=1)]
    if control and workers:
        c, w = max(control, key=lambda x: x[0]), max(workers, key=lambda x: x[0])
        first, last = sorted((c[1], w[1]), key=lambda m: m.start())
        return [Hit("nodes", c[0] + w[0], first.start(), last.end(), text[first.start():last.end()])]
    value, m = max(counts, key=lambda x: x[0])
    return [Hit("nodes", value, m.start(), m.end(), m.group(0))]


MTU = rx(r"\bmtu\b[^.,;!?\d]{0,25}?(?<![\w.])(\d{3,5})\b", r"(?<![\w.])(\d{3,5})[\s-]*(?:byte|B)?\s*mtu\b",
         r"mtu\s*(?:为|是|设置为|只有|仅)?\s*(\d{3,5})")
_POD_MTU = rx(r"\b(pod|veth|tunnel|vxlan|calico|flannel|cilium|container|inner)\b[^.,;!?]{0,12}$", r"(pod|容器|隧道)\s*的?\s*$")
JUMBO = rx(r"\bjumbo frames?\b", r"巨型帧")


def read_mtu(text: str) -> list[Hit]:
    hits = []
    for m in MTU.finditer(text):
        number = next(g for g in m.groups() if g)
        if _POD_MTU.search(text[max(0, m.start() - 25):m.start()]):
            continue  # a pod or tunnel MTU they set, not the underlay's
        value = int(number)
        if 576 <= value <= 9216:
            hits.append(Hit("mtu", value, m.start(), m.end(), m.group(0)))
    if not hits and (j := JUMBO.search(text)):
        hits.append(Hit("mtu", 9000, j.start(), j.end(), j.group(0)))
    return hits
