"""The retrieval query of a question: its own words, plus English for the Chinese terms it uses."""

from __future__ import annotations

from pathlib import Path

from assistant.models import ReadFact
from assistant.reading.symptoms import TOPICS as SYMPTOM_TOPICS
from assistant.reading.termmap import term_map
from assistant.settings import REPO_ROOT

# The notes that ship with the project; a KB elsewhere passes its own folder.
BUNDLED_NOTES = REPO_ROOT / "kb" / "notes"
MAX_EXTRA = 12  # English words added at most: more drown the question's own names


# A move between plugins asked about ("can we move to Cilium without rebuilding?") is a migration, whatever
# words it uses: the passages on changing the CNI of a running cluster say how.
MIGRATION = "migration: changing the CNI plugin of a running cluster"
# What every such move costs, asked of the passages on its own: a question's words about its plugins outrank it.
MIGRATION_COST = {"en": "why switching the CNI plugin of a running cluster is disruptive: maintenance window, pods recreated",
                  "zh": "为什么在线更换运行中集群的 CNI 会中断业务：维护窗口，Pod 重建"}
# Changing the mode of the plugin in use: whether it can change on a running cluster, and how.
MODE_CHANGE_COST = {"en": "{plugin}: changing the backend or mode of a running cluster, whether it can be changed at runtime",
                    "zh": "{plugin} 在运行中的集群更换后端或模式：能否在运行时切换"}
# A move between modes of one plugin ("can the default be changed to BGP?") is a setting to edit.
MODE_CHANGE = "change the mode or encapsulation setting of a running cluster (ipipMode, vxlanMode, backend)"


# Needs whose passages use words a question seldom does: the topic's own terms find them.
TOPICS = {
    "multi_cluster": "multi-cluster pod networking: Cluster Mesh, Multi-cluster Services, Submariner",
    "multicast": "IP multicast between pods: IGMP groups, Antrea multicast, Multus macvlan secondary interface",
    "sctp": "SCTP support: Calico eBPF data plane does not support SCTP, kube-proxy replacement SCTP limitations",
    "dpdk": "DPDK pods: SR-IOV VF bound to vfio-pci, device plugin, Multus",
    "hybrid": "one cluster with nodes on premises and in a public cloud: vendor plugin, overlay across sites",
    # nodes not on one L2 segment, a plugin to pick: the passages on overlay and underlay explain the modes that fit
    "apart": "nodes not on one L2 segment: overlay encapsulation or underlay routing between them",
}


def expand_query(question: str, lang: str, notes_dir: Path | None = None, *, moving: bool = False,
                 changing_mode: bool = False, topics: tuple[str, ...] = (), symptoms: tuple[str, ...] = ()) -> str:
    """The question plus the English words its Chinese terms mean (Chinese questions only).

    The embedding model only knows English and most documents are English, so a Chinese
    question also searches for the English words it means. The words come from the term map
    learned from the bilingual notes; words the question already has are not added twice, so
    expanding an expanded query changes nothing.
    """
    if moving and MIGRATION not in question:
        question = f"{question} {MIGRATION}"
    elif changing_mode and MODE_CHANGE not in question:
        question = f"{question} {MODE_CHANGE}"
    for words in [*(TOPICS[t] for t in topics), *(SYMPTOM_TOPICS[t] for t in symptoms)]:
        if words not in question:
            question = f"{question} {words}"
    if lang != "zh":
        return question
    extra = term_map(Path(notes_dir or BUNDLED_NOTES)).english(question, MAX_EXTRA)
    return f"{question} {' '.join(extra)}" if extra else question


def topic_stated(stated: dict[str, ReadFact], topic: str, kind: str) -> bool:
    """Whether the facts stated make `topic` one the retrieval query should name."""
    if topic == "hybrid":
        return "platform" in stated and stated["platform"].value == "hybrid"
    if topic == "apart":
        return kind in ("choice", "compare") and (getattr(stated.get("l2_adjacent"), "value", None) is False
                                                  or getattr(stated.get("cross_subnet"), "value", None) is True)
    return topic in stated and stated[topic].value is True
