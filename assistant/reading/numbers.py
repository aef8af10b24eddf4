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

_NUM = r"(?<![\w.,/:-])(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?\s*k|\d+)(?![\w.]\d|[\w:/%])"
_QUALIFIERS = (r"(?:(?:worker|workers|master|masters|control[\s-]plane|k8s|kubernetes|bare[\s-]?metal|physical|linux|windows|"
               r"virtual|vm|esxi|edge|gpu|cpu|compute|storage|cloud|ec2|raspberry pi|pi|arm64?|x86|amd64|production|prod|"
               r"dedicated|new|more|total|additional|big|small)\s+){0,3}")
_NOUNS = r"(?:nodes?|servers?|machines?|hosts?|vms?|virtual machines|instances|workers?|masters|boxes|boards)"
COUNT = re.compile(rf"{_NUM}\s*(?:\+\s*)?(?:-\s*)?{_QUALIFIERS}{_NOUNS}\b", re.I | re.A)
COUNT_ZH = re.compile(r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+|\d+)(?![\d.])\s*(?:多|余)?\s*(?:个|台|臺)?\s*"
                      r"(?:[^\d\s，。,.;；、：:]{0,4}?)(?:节点|node|服务器|机器|主机|虚拟机|物理机|worker)", re.I)
# A count of the cluster's nodes is never preceded by these: it is a version or a model number.
_VERSION_BEFORE = rx(r"\b(ubuntu|debian|centos|rhel|red hat|rocky|alma(linux)?|oracle|fedora|sles|suse|opensuse|linux|server|"
                     r"windows|photon|flatcar|amazon|kernel|version|release|v|k8s|kubernetes|k3s|rke2|calico|cilium|flannel|"
                     r"python|go|node|openshift|ocp|vsphere|esxi|pi|raspberry pi|jetson|pine|graviton)\s*$",
                     r"(版本|内核|系统)\s*$")
_PLANNED = rx(r"\b(next|coming|following) (year|quarter|months?)\b", r"\b(will|plan|planned|planning|expect\w*|grow\w*|scale\w*|"
              r"eventually|future|later|target|up to|soon|reach)\b", r"计划|将来|未来|明年|扩容|扩展到|扩到|增加到|达到|规划|预计|以后")
_NOW = rx(r"\b(now|today|currently|at the moment|at present|for now)\b", r"目前|现在|当前")
_CONTROL = rx(r"\b(masters?|control[\s-]plane)\b", r"master|控制(平面|节点)|管理节点")
_WORKER = rx(r"\bworkers?\b", r"工作节点|计算节点|worker")


def _value(raw: str) -> int:
    raw = raw.replace(",", "").replace("，", "").strip().lower()
    if raw.endswith("k"):
        return int(float(raw[:-1]) * 1000)
    return int(float(raw))


def _counts(text: str) -> list[tuple[int, re.Match[str]]]:
    out = []
    for pattern in (COUNT, COUNT_ZH):
        for m in pattern.finditer(text):
            if _VERSION_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                continue
            try:
                value = _value(m.group(1))
            except ValueError:
                continue
            if 0 < value <= 100_000:
                out.append((value, m))
    return out


def read_nodes(text: str) -> list[Hit]:
    """The cluster size: planned over current, control plane plus workers when both are counted."""
    counts = _counts(text)
    if not counts:
        return []
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
