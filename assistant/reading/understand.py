"""`understand()`: read a question once into a `Reading`.

Rule readers find facts with the words they came from; per key the strongest reader wins (a
stated kernel over the one a distribution implies), then the last mention. Facts then merge by
source: what the user set explicitly, what their pasted output shows, what the question says,
what an LLM read, what earlier turns said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from assistant.catalog import Catalog
from assistant.models import SOURCE_ORDER, Profile, ReadFact, Reading, Source
from assistant.reading.blocked import read_blocked
from assistant.reading.flags import read_flags
from assistant.reading.kinds import classify, on_topic
from assistant.reading.names import Vocabulary, read_names
from assistant.reading.numbers import read_mtu, read_nodes
from assistant.reading.platforms import read_distribution, read_managed, read_platform, read_platform_all, read_windows
from assistant.reading.query import expand_query
from assistant.reading.reach import read_reach
from assistant.reading.spans import Hit
from assistant.reading.systems import read_arch, read_kernel, read_os
from assistant.text import detect_lang

FEATURES = ("network_policy", "l7_policy", "encryption", "ipv6", "dual_stack", "windows_nodes", "kube_proxy_replacement",
            "ebpf_dataplane", "multi_nic", "sriov_nics")
_MANAGED_CLOUDS = {"aws", "azure", "gcp", "aliyun"}


def read_profile(text: str, catalog: Catalog | None = None, vocabulary: Vocabulary | None = None) -> list[ReadFact]:
    """The facts a text states, one per key, each with the words it came from."""
    hits: list[Hit] = [
        *read_flags(text), *read_blocked(text), *read_nodes(text), *read_mtu(text), *read_os(text), *read_kernel(text),
        *read_arch(text), *read_platform(text), *read_managed(text), *read_distribution(text), *read_windows(text),
        *read_reach(text),
    ]
    if catalog is not None and (current := read_names(catalog, text, vocabulary).current) is not None:
        hits.append(current)
    return [_fact(h) for h in _resolve(hits)]


def _resolve(hits: Iterable[Hit]) -> list[Hit]:
    best: dict[str, Hit] = {}
    blocked: list[str] = []
    for h in sorted(hits, key=lambda h: (h.rank, h.start)):
        if h.key == "encap_blocked":
            blocked += [e for e in h.value if e not in blocked]
            h = Hit(h.key, list(blocked), h.start, h.end, h.text, h.rank)
        best[h.key] = h  # sorted by rank, then position: the strongest reader's last mention stays
    return sorted(best.values(), key=lambda h: h.start)


def _fact(h: Hit) -> ReadFact:
    return ReadFact(key=h.key, value=h.value, source="stated", text=h.text, start=h.start, end=h.end)


def _implied(facts: dict[str, ReadFact]) -> None:
    """Facts that follow from others: dual-stack needs IPv6; "managed" only means a cloud's service."""
    platform, managed = facts.get("platform"), facts.get("managed")
    if platform and managed and managed.value and platform.value not in _MANAGED_CLOUDS | {"cloud"}:
        del facts["managed"]  # "managed" next to VMware or bare metal is not a cloud service
    if (ipv6 := facts.get("ipv6")) is not None and ipv6.value is False and "dual_stack" not in facts:
        facts["dual_stack"] = ipv6.model_copy(update={"key": "dual_stack", "value": False})
    if (dual := facts.get("dual_stack")) is not None and dual.value and "ipv6" not in facts:
        facts["ipv6"] = dual.model_copy(update={"key": "ipv6", "value": True})


def _homes(catalog: Catalog) -> dict[str, str]:
    """Plugin id -> the cloud every one of its options runs on only (Terway: aliyun)."""
    out = {}
    for plugin in catalog.plugins:
        clouds = {o.props.cloud.value for o in plugin.options}
        if len(clouds) == 1 and (home := clouds.pop()):
            out[plugin.id] = home
    return out


def _platform(question: str, stated: dict[str, ReadFact], plugins: list[str], catalog: Catalog) -> list[ReadFact]:
    """Where the nodes run, when the words name a plugin's home cloud rather than the user's:
    "Terway is made for Alibaba Cloud, can we use it on Tencent's VPC?" runs on Tencent; a cloud's
    own plugin named alone ("Calico policy with Terway?") puts the nodes on that cloud, as an assumption."""
    homes = {pid: home for pid, home in _homes(catalog).items() if pid in plugins}
    platform = stated.get("platform")
    if platform is not None and platform.value in homes.values():
        others = [h for h in read_platform_all(question) if h.value != platform.value and h.value not in homes.values()]
        if others:
            stated["platform"] = _fact(others[0])
    if platform is None and len(set(homes.values())) == 1:
        pid, home = next(iter(homes.items()))
        return [ReadFact(key="platform", value=home, source="assumed", text=catalog.plugin(pid).name)]
    return []


def _asked(question: str, plugins: list[str], catalog: Catalog) -> list[str]:
    """The plugins named in the question's own sentence ("Calico's docs show a design I like. Can
    kube-router do it?" asks about kube-router), or all named ones when no sentence asks."""
    asking = [s for s in re.split(r"(?<=[.!。！])\s*", question) if s.strip().endswith(("?", "？", "吗", "么"))]
    if not asking:
        return plugins
    named = read_names(catalog, " ".join(asking)).plugins
    return [p for p in plugins if p in named] or plugins


def merge(*layers: Iterable[ReadFact]) -> list[ReadFact]:
    """One fact per key: the one from the strongest source wins."""
    best: dict[str, ReadFact] = {}
    for fact in (f for layer in layers for f in layer):
        held = best.get(fact.key)
        if held is None or SOURCE_ORDER.index(fact.source) < SOURCE_ORDER.index(held.source):
            best[fact.key] = fact
    return list(best.values())


def facts_of(profile: Profile | dict[str, Any] | None, source: Source) -> list[ReadFact]:
    """A profile's known values as facts of one source (explicit settings, earlier turns)."""
    if profile is None:
        return []
    known = profile.known() if isinstance(profile, Profile) else {k: v for k, v in profile.items() if v is not None}
    return [ReadFact(key=k, value=v, source=source) for k, v in known.items()]


def understand(question: str, catalog: Catalog, *, conversation: Profile | dict[str, Any] | None = None,
               explicit: Profile | dict[str, Any] | None = None, observed: Iterable[ReadFact] = (),
               llm_facts: Iterable[ReadFact] = (), vocabulary: Vocabulary | None = None) -> Reading:
    lang = detect_lang(question)
    names = read_names(catalog, question, vocabulary)
    stated = {f.key: f for f in read_profile(question, catalog, vocabulary)}
    _implied(stated)
    assumed = _platform(question, stated, names.plugins, catalog)
    facts = merge(facts_of(explicit, "explicit"), observed, stated.values(), llm_facts, facts_of(conversation, "conversation"),
                  assumed)
    topical = on_topic(question)
    named = len(set(names.plugins) | {o.split(":")[0] for o in names.options}) + max(0, len(names.options) - 1)
    kind = classify(question, named=named, unknown=bool(names.unknown), topical=topical)
    features = [k for k in FEATURES if k in stated and stated[k].value]
    return Reading(
        question=question, lang=lang, kind=kind,
        decline=None if kind != "decline" else ("off_topic" if not topical else "unknown_name"),
        facts=sorted(facts, key=lambda f: (SOURCE_ORDER.index(f.source), f.start or 0)),
        plugins=names.plugins, asked=_asked(question, names.plugins, catalog), options=names.options,
        features=features, unknown=names.unknown,
        closest=names.closest, query=expand_query(question, lang),
    )
