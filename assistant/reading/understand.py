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
from assistant.reading.asked import additions, asked_plugins, bases, moved_to, vehicles
from assistant.reading.blocked import read_blocked
from assistant.reading.flags import read_flags
from assistant.reading.hanzi import simplified
from assistant.reading.hearsay import doubted, someone_elses
from assistant.reading.implied import implied
from assistant.reading.kinds import BETWEEN_NODES, NEW_CLUSTER, classify
from assistant.reading.lacking import lacked
from assistant.reading.moves import other_modes, unwrapped
from assistant.reading.moving import MOVE, leaving_current, moves_plugin, staying
from assistant.reading.mtu import read_mtu
from assistant.reading.names import Names, plugins_in, read_names
from assistant.reading.numbers import read_nodes
from assistant.reading.platforms import on_premises, read_platform, read_platform_all
from assistant.reading.presumed import absent_features
from assistant.reading.query import TOPICS, expand_query, topic_stated
from assistant.reading.reach import read_reach
from assistant.reading.refusals import ruled_out_fact
from assistant.reading.scope import own
from assistant.reading.services import read_distribution, read_managed
from assistant.reading.spans import Hit
from assistant.reading.symptoms import symptom_checks, symptom_topics
from assistant.reading.systems import read_arch, read_kernel, read_os
from assistant.reading.topical import off_domain, on_topic
from assistant.reading.unknown import Vocabulary
from assistant.reading.windows import read_windows
from assistant.text import detect_lang

FEATURES = ("network_policy", "l7_policy", "fqdn_policy", "encryption", "ipv6", "dual_stack", "windows_nodes", "kube_proxy_replacement",
            "ebpf_dataplane", "multi_nic", "sriov_nics", "dpdk", "multi_cluster", "multicast", "sctp")


def read_profile(text: str, catalog: Catalog | None = None, vocabulary: Vocabulary | None = None,
                 names: Names | None = None) -> list[ReadFact]:
    """The facts a text states, one per key, each with the words it came from. `names`, when the
    caller has already read the text's names, saves reading them again."""
    written, text = text, simplified(text)
    hits: list[Hit] = [
        *read_flags(text), *read_blocked(text), *read_nodes(text), *read_mtu(text), *read_os(text), *read_kernel(text),
        *read_arch(text), *read_platform(text), *read_managed(text), *read_distribution(text), *read_windows(text), *read_reach(text)]
    # Words inside a link are its address, not the setup: "url: http://host/CentOS-7-x86_64-GenericCloud.qcow2" is a VM image
    links = [m.span() for m in _LINK.finditer(text)]
    hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in links)]
    if names is None and catalog is not None:
        names = read_names(catalog, text, vocabulary)
    if names is not None:
        hits = lacked(text, hits + ([names.current] if names.current is not None else []), names.mentions)
    return [_in_own_characters(_fact(h), written) for h in _resolve(hits)]


_LINK = re.compile(r"\bhttps?://\S+", re.I)


def _resolve(hits: Iterable[Hit]) -> list[Hit]:
    best: dict[str, Hit] = {}
    blocked: list[str] = []
    for h in sorted(hits, key=lambda h: (h.rank, h.start)):
        if h.key == "encap_blocked":
            blocked += [e for e in h.value if e not in blocked]
            h = Hit(h.key, list(blocked), h.start, h.end, h.text, h.rank)
        best[h.key] = h  # sorted by rank, then position: the strongest reader's last mention stays
    return sorted(best.values(), key=lambda h: h.start)


def _in_own_characters(fact: ReadFact, written: str) -> ReadFact:
    """The fact with its span quoted as written (Traditional characters too): simplified() keeps every offset."""
    if fact.start is None or fact.end is None:
        return fact
    own_words = written[fact.start:fact.end]
    return fact.model_copy(update={"text": own_words}) if own_words != fact.text and simplified(own_words) == fact.text else fact


def _fact(h: Hit) -> ReadFact:
    return ReadFact(key=h.key, value=h.value, source="stated", text=h.text, start=h.start, end=h.end)




def _platform(question: str, stated: dict[str, ReadFact], plugins: list[str], catalog: Catalog) -> list[ReadFact]:
    """Where the nodes run, when the words name a plugin's home cloud rather than the user's:
    "Terway is made for Alibaba Cloud, can we use it on Tencent's VPC?" runs on Tencent; a cloud's
    own plugin named alone ("Calico policy with Terway?") puts the nodes on that cloud, as an assumption."""
    # only plugins named about the writer's cluster: "our staging on AWS uses the VPC CNI, if that matters" places nothing
    plugins = [p for p in plugins if p in plugins_in(catalog, own(question))] if plugins else plugins
    if (current := stated.get("current_plugin")) is not None:  # and the plugin in use, however told ("AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG")
        plugins = [*plugins, str(current.value).split(":")[0]]
    homes = {pid: home for pid, home in catalog.home_clouds.items() if pid in plugins}
    platform = stated.get("platform")
    if platform is not None and platform.value in homes.values():
        others = [h for h in read_platform_all(question) if h.value != platform.value and h.value not in homes.values()]
        if others:
            stated["platform"] = _fact(others[0])
    if platform is None and len(set(homes.values())) == 1:
        pid, home = next(iter(homes.items()))
        return [ReadFact(key="platform", value=home, source="assumed", text=catalog.plugin(pid).name)]
    return []


# "Can we stay on the default network plugin?" names the distribution's plugin without its name.
_DEFAULT_PLUGIN = re.compile(r"\b(the |its |their |our )?(default|built[\s-]in|bundled|stock|out[\s-]of[\s-]the[\s-]box) "
                             r"(network(ing)? plugin|cni( plugin)?|pod network|sdn|network provider)\b|默认\s*的?\s*(网络插件|cni|CNI|网络)", re.I)


def _default_plugin(question: str, stated: dict[str, ReadFact], catalog: Catalog) -> ReadFact | None:
    """The plugin a stated distribution installs, when the question speaks of it as "the default"."""
    dist = stated.get("distribution")
    m = _DEFAULT_PLUGIN.search(question)
    if m is None or dist is None or "current_plugin" in stated:
        return None
    found = catalog.distributions_by_id.get(str(dist.value))
    if found is None or found.default_option is None:
        return None
    return ReadFact(key="current_plugin", value=found.default_option, source="assumed", text=m.group(0), start=m.start(), end=m.end())


def _cloud_part(question: str, stated: dict[str, ReadFact], catalog: Catalog) -> list[ReadFact]:
    """A hybrid cluster's cloud part keeps its fabric's limits: "8 nodes in our colo and 6 Azure VMs" cannot carry IP-in-IP."""
    platform = stated.get("platform")
    if platform is None or platform.value != "hybrid" or "encap_blocked" in stated:
        return []
    for hit in read_platform_all(question):
        env = catalog.environment(str(hit.value))
        if env is not None and env.blocked_encapsulation is not None and env.blocked_encapsulation.value:
            return [ReadFact(key="encap_blocked", value=list(env.blocked_encapsulation.value), source="assumed", text=hit.text,
                             start=hit.start, end=hit.end)]
    return []


def _only_network(stated: dict[str, ReadFact], catalog: Catalog) -> list[ReadFact]:
    """A distribution that offers one network runs that one: "we're on GKE Autopilot" runs Dataplane V2."""
    dist = stated.get("distribution")
    found = catalog.distributions_by_id.get(str(dist.value)) if dist is not None else None
    if dist is None or found is None or "current_plugin" in stated or found.only_options != [found.default_option]:
        return []
    return [dist.model_copy(update={"key": "current_plugin", "value": found.default_option, "source": "assumed"})]


def _service_only(options: list[str], stated: dict[str, ReadFact], catalog: Catalog) -> list[ReadFact]:
    """An option only a managed service offers, named for the cluster ("Azure CNI Powered by Cilium"), puts it on that service."""
    if "managed" in stated:
        return []
    for option in (o for o in catalog.options if o.id in options):
        only, home = option.props.managed_only, option.props.cloud.value
        platform = stated.get("platform")
        if only is not None and only.value and (platform is None or platform.value == home):
            return [ReadFact(key="managed", value=True, source="assumed", text=option.name)]
    return []


def _described(facts: list[ReadFact], catalog: Catalog) -> list[ReadFact]:
    """In a troubleshooting question, "we switched Calico to the eBPF data plane and it broke" describes
    what runs now: the eBPF words name the current mode, not a requirement the fix must keep."""
    current = next((f for f in facts if f.key == "current_plugin"), None)
    if current is None:
        return facts
    option = next((o for o in catalog.options if o.id == current.value), None)
    if option is None or option.props.dataplane.value != "ebpf":
        return facts
    return [f for f in facts if not (f.key == "ebpf_dataplane" and f.source == "stated")]


def _current(facts: list[ReadFact]) -> str | None:
    return next((str(f.value) for f in facts if f.key == "current_plugin"), None)


def _current_is(facts: list[ReadFact], option: str) -> bool:
    return any(f.key == "current_plugin" and f.value == option for f in facts)


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
    written, question = question, simplified(question)  # one character for one: the spans still point into what was written
    lang = detect_lang(question)
    names = read_names(catalog, question, vocabulary)
    stated = {f.key: f for f in read_profile(question, catalog, vocabulary, names)}
    implied(stated)
    assumed = _platform(question, stated, names.plugins, catalog) + _only_network(stated, catalog) + _cloud_part(question, stated, catalog) \
        + _service_only(names.options, stated, catalog)
    if "platform" not in stated and not any(f.key == "platform" for f in assumed) and (here := on_premises(question)) is not None:
        assumed.append(ReadFact(key="platform", value=here.value, source="assumed", text=here.text, start=here.start, end=here.end))
    plugins, options = names.plugins, names.options
    if (default := _default_plugin(question, stated, catalog)) is not None:
        assumed.append(default)
        plugins, options = [*plugins, default.value.split(":")[0]], [*options, default.value]
    facts = merge(facts_of(explicit, "explicit"), observed, stated.values(), llm_facts, facts_of(conversation, "conversation"),
                  assumed)
    # A name from the catalog (an alias or a component like Felix) is our domain even without its words,
    # unless the question is about storage or Helm and names only a platform ("the PVC stays Pending, unlike on GKE").
    # a plugin's own settings name it too ("pods requiring Security Groups (via ENABLE_POD_ENI)")
    topical = on_topic(question) or (bool(names.plugins or names.options or names.current) and not off_domain(question))
    under = bases(question, plugins, catalog)
    named = len((set(plugins) | {o.split(":")[0] for o in options}) - under) + max(0, len(options) - 1)
    kind = classify(question, named=named, unknown=bool(names.unknown), topical=topical)
    absent = absent_features(question, catalog, names.mentions, list(stated.values())) if kind not in ("choice", "compare") else []
    kind = "decline" if absent else kind
    if kind == "troubleshoot":
        facts = _described(facts, catalog)
    if kind == "choice" and default is None:
        # a plugin named only in another team's or a past setup ("总部用的是 Calico BGP，但那是另一个团队的集群") is no candidate
        # (not a plugin a blog or a colleague recommends: that one is weighed, unless the writer doubts it)
        mine = own(question)
        aside = {pid for pid in plugins if pid in names.plugins and all(
            (not mine[s:e].strip() and someone_elses(question, s, e)) or doubted(question, s, e) for s, e, p in names.mentions if p == pid)}
        plugins, options = [p for p in plugins if p not in aside], [o for o in options if o.split(":")[0] not in aside]
    features = [k for k in FEATURES if k in stated and stated[k].value and any(f.key == k for f in facts)]
    asked = plugins if default is not None else [p for p in asked_plugins(question, plugins, catalog) if p not in under]
    if default is None:
        narrowed = additions(question, asked, _current(facts), catalog)
        # rivals named only as fallbacks or additions to the plugin in use: a yes/no about that one ("flannel 能做吗，还是得换 Calico？")
        kind, asked = ("feasibility" if kind == "compare" and narrowed != asked else kind), narrowed
    if kind == "troubleshoot" and default is None:
        # "I removed flannel and applied Calico; pods still get flannel addresses": the plugin taken out is no candidate, the one in use is
        # nor the one moved away from: "I failed to move the CNI from Flannel to Antrea ... does Antrea support IPVS?"
        left = set(names.moved_from) - {(_current(facts) or "").split(":")[0]}
        asked = [p for p in asked if p not in names.removed and p not in left] or asked
    moving = moves_plugin(question, facts, plugins)
    # and so is a comparison made once the move is decided: "把集群从 Calico 迁到 Cilium … WireGuard 和 IPsec 差多少？"
    decided = kind == "compare" and (_current(facts) or "").split(":")[0] in names.moved_from
    asked = moved_to(asked, _current(facts), moving, names.moved_from) if kind == "feasibility" or decided else asked
    stays = staying(question, facts)  # "can't replace the CNI" names a move only to refuse it
    leaving = not stays and (leaving_current(question, facts, names, asked) or (decided and moving and len(asked) < len(plugins)))
    # the plugin in use found too heavy is ruled out only where the question picks another ("Cilium 太重了，换什么？")
    if (out := ruled_out_fact(question, names.ruled_out, _current(facts), leaving and kind in ("choice", "compare", "feasibility"))) is not None:
        facts = merge(facts, [out])
    facts = [_in_own_characters(f, written) for f in facts]
    return Reading(
        question=question, lang=lang, kind=kind,  # (in Simplified characters: what the composer matches passages against)
        decline=None if kind != "decline" else (
            "off_topic" if not topical else "unknown_name" if names.unknown or not absent else "absent_feature"),
        facts=sorted(facts, key=lambda f: (SOURCE_ORDER.index(f.source), f.start or 0)),
        plugins=plugins, asked=asked, options=options, via=vehicles(question, names.mentions, catalog),
        wanted=[o for o in names.wanted if not _current_is(facts, o)] or unwrapped(question, _current(facts), catalog)
        or other_modes(question, _current(facts), catalog),
        features=features, unknown=names.unknown,
        closest=names.closest, absent=absent, leaving=leaving, staying=stays,
        between_nodes=(between := kind == "troubleshoot" and BETWEEN_NODES.search(question) is not None),
        new_cluster=NEW_CLUSTER.search(own(question)) is not None, suspects=symptom_checks(question) if kind == "troubleshoot" else [],
        moving=moving,
        query=expand_query(question, lang, moving=moving,
                           changing_mode=bool(names.wanted) and MOVE.search(question) is not None,
                           topics=tuple(t for t in TOPICS if topic_stated(stated, t, kind)),
                           symptoms=symptom_topics(question, between) if kind == "troubleshoot" else ()),
    )
