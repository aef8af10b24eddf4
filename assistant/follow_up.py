"""The questions to ask back: the facts whose answer could change the ranking."""

from __future__ import annotations

from assistant.checks import CHECKS
from assistant.models import Profile
from assistant.plan import OptionResult
from assistant.text import Lang, Text

# Most decisive first: the follow-up questions of the checks that have one.
QUESTIONS = sorted((spec for spec in CHECKS if spec.ask is not None and spec.asks), key=lambda spec: spec.ask_rank)
HYPERVISOR_Q = Text("Are all nodes VMs on one hypervisor?", "所有节点是否都是同一台 hypervisor 上的虚拟机?")
# Where the platform leaves L2 adjacency open (bridged or NAT VMs, a vSphere distributed switch).
VM_L2_Q = Text("Are the VMs on one L2 network (one hypervisor, or one port group/VLAN of a distributed switch), "
               "or behind NAT on several hosts?",
               "这些虚拟机是在同一个二层网络上(同一台 hypervisor，或分布式交换机的同一端口组/VLAN)，还是分布在多台宿主机上并经过 NAT?")


def follow_up(options: list[OptionResult], profile: Profile, lang: Lang, asked_hypervisor: bool,
              ask_vm_l2: bool = False) -> list[str]:
    """Questions whose answer could change the ranking: an unknown on any live option, or leaders that differ."""
    live = [o for o in options if o.verdict != "rejected"]
    questions = [HYPERVISOR_Q.of(lang)] if asked_hypervisor else [VM_L2_Q.of(lang)] if ask_vm_l2 else []
    asked_hypervisor = asked_hypervisor or ask_vm_l2
    for spec in QUESTIONS:
        key = spec.asks or ""
        if getattr(profile, key) is not None or (asked_hypervisor and key == "l2_adjacent"):
            continue
        unknown = any(c.check == spec.id and c.status == "unknown" for o in live for c in o.checks)
        leaders = {c.status for o in live[:6] for c in o.checks if c.check == spec.id}
        if (unknown or len(leaders) > 1) and spec.ask is not None:
            questions.append(spec.ask.of(lang))
    return questions[:3]
