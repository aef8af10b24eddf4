"""Which nodes a clause is about (control plane or workers), and spans that sit inside an identifier:
where the workers run decides the platform, OS and architecture; "vm-20-26" is a hostname, not a count."""

from __future__ import annotations

import re

from assistant.reading.spans import rx

# Roles in a mixed cluster: where the workers run decides the platform, OS and architecture.
_CONTROL = rx(r"\b(masters?|control[\s-]plane|server node|k3s server|head node)\b", r"master|控制(平面|节点)|管理节点|主节点")
_WORKER = rx(r"\b(workers?|agents?|edge nodes?|worker nodes?|minions?|(other|remaining|rest of the) nodes|nodes)\b",
             r"worker|工作节点|计算节点|边缘节点|(?<!master)节点")
_EDGE = re.compile(r"[,;:!?()，。；：！？\n]|\b(and|while|whereas|but)\b|然后|而|但", re.I)


def role(text: str, start: int, end: int) -> str | None:
    """"control" when the span's clause is about the control plane only, "worker" when it is about
    the workers (or nodes in general), else None."""
    left = max((m.end() for m in _EDGE.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _EDGE.finditer(text, end)), len(text))
    piece = text[left:right]
    if _CONTROL.search(piece):
        return "control" if not re.search(r"\b(and|\+|&)\s*(workers?|nodes?)\b|和|及", piece, re.I) else None
    return "worker" if _WORKER.search(piece) else None


def in_identifier(text: str, start: int, end: int) -> bool:
    """True when the span is part of a hostname, a kernel build or another joined identifier:
    "ali-f-tair-vm-20-26", "5.15.0-1012-kvm", "ip-10-0-1-5.ec2.internal"."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    joined_before = bool(re.fullmatch(r"[A-Za-z0-9][-_.]", before))
    joined_after = bool(re.fullmatch(r"[-_.][A-Za-z0-9]", after))
    return (joined_before and joined_after) or bool(re.fullmatch(r"\d-", before)) or bool(re.fullmatch(r"-\d", after))
