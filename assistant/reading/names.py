"""Names in a question: catalog plugins and modes, the plugin in use now, and names nobody knows (`unknown`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.catalog import Catalog, Option
from assistant.reading.cues import (
    _AMBIGUOUS_AFTER,
    _AMBIGUOUS_BEFORE,
    _CANDIDATE,
    _CURRENT_AFTER,
    _CURRENT_AFTER_STRONG,
    _CURRENT_BEFORE,
    _DESCRIPTIVE,
    _ELSEWHERE,
    _FIRST_PERSON,
    _HOSTNAME_AFTER,
    _HOSTNAME_BEFORE,
    _LB_BEFORE,
    _NAD_TYPE,
    _NOT_A_PLUGIN,
    _SECONDARY,
    _STRONG,
    _WEIGHED_AS,
    _WEIGHING,
    _WISHED,
    BA_BEFORE,
    BA_MOVED_AFTER,
    BA_PLANNED_AFTER,
)
from assistant.reading.moves import FROM, described_modes, formerly, removed, wanted_modes
from assistant.reading.plans import UNBUILT
from assistant.reading.refusals import failed_try, never_run, refused_plugins, ruled_out_plugins, waved_away
from assistant.reading.running_mode import running_mode
from assistant.reading.scope import own
from assistant.reading.signatures import signature_mentions
from assistant.reading.spans import Hit, negated, sentence
from assistant.reading.unknown import Vocabulary, unknown_names
from assistant.reading.weighed import alternative, paired


@dataclass
class Names:
    plugins: list[str] = field(default_factory=list)  # plugin ids, in order of first mention
    options: list[str] = field(default_factory=list)  # option ids whose mode the question names
    current: Hit | None = None  # the plugin (or option) in use now
    wanted: list[str] = field(default_factory=list)  # option ids the writer wants to move to
    unknown: list[str] = field(default_factory=list)
    closest: list[str] = field(default_factory=list)  # known names like the unknown ones
    removed: list[str] = field(default_factory=list)  # plugins removed before the question was written
    moved_from: list[str] = field(default_factory=list)  # plugins named as what a move starts from ("from Flannel to Antrea")
    refused: list[str] = field(default_factory=list)  # plugins refused or found wanting ("found Cilium too heavy")
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, plugin id) of each one not refused
    ruled_out: list[tuple[int, int, str]] = field(default_factory=list)  # the refused ones not merely tried: their mention


_VENDORS = frozenset({"tigera", "isovalent", "weaveworks"})  # the companies behind the plugins


def _alias_rx(alias: str, spaced: bool = False) -> re.Pattern[str]:
    # Latin aliases need word edges ("calico" not in "calicoctl"); CJK text has no spaces.
    # "ipipMode: Never" is also written "ipipMode Never" or "ipipMode=Never".
    # A plugin's hyphen is also written as a space ("azure vnet" is "azure-vnet"); a mode's is not ("to cross subnet").
    body = re.escape(alias.strip()).replace(r"\ ", r"[\s-]?").replace(":", r"\s*[:=]?")
    if spaced:  # a platform word inside a plugin's name: "amazon-k8s-vpc-cni" is the Amazon VPC CNI
        body = body.replace(r"[\s-]?", r"[\s-]?(?:(?:k8s|kubernetes)[\s-])?")
    # (not a DaemonSet's name: "the AWS node ip-172-31-7-1" is a node in AWS, not `aws-node`)
    body = body.replace(r"\-", r"[\s-]") if spaced and not alias.endswith("-node") else body
    if alias.isascii():
        # A name after a hyphen is part of another name: "ovn" in "kube-ovn" is not OVN-Kubernetes.
        # A release glued on ("kube-ovn1.11.3") still names the plugin; other trailing digits do not.
        body = rf"(?<![A-Za-z0-9-]){body}(?![A-Za-z]|[0-9](?![0-9]*\.[0-9]))"
    return re.compile(body, re.I)


def _mentions(catalog: Catalog, text: str, components: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, plugin id) of every plugin mention, and of a one-letter misspelling of a long name
    ("fannel", "cillium", "calcio"); with `components`, of its agents and tools too ("Felix")."""
    out = []
    spelled: dict[str, str] = {}
    for plugin in catalog.plugins:
        # The id is a name only when the catalog lists it as one: "gke" is the platform, "sriov" the hardware.
        for alias in {plugin.name, *plugin.aliases}:
            if len(alias) >= 6 and alias.isascii() and alias.isalpha():
                spelled[alias.lower()] = plugin.id
        for alias in {plugin.name, *plugin.aliases, *(plugin.components if components else ())}:
            out += [(m.start(), m.end(), plugin.id) for m in _alias_rx(alias, spaced=True).finditer(text)]
    # "SR-IOV" is the NIC feature, unless it stands in a list of plugins: "macvlan, ipvlan or SR-IOV?".
    listed = [(m.start(), m.end(), plugin.id) for plugin in catalog.plugins for name in plugin.listed_names
              for m in _alias_rx(name).finditer(text)]
    out += [(s, e, pid) for s, e, pid in listed
            if not any(s2 < e and s < e2 for s2, e2, _ in out) and not _HARDWARE_AFTER.match(text, e)
            and any(p2 != pid and ((e2 <= s and _LIST_SEP.fullmatch(text[e2:s])) or (e <= s2 and _LIST_SEP.fullmatch(text[e:s2])))
                    for s2, e2, p2 in out)]
    for m in _WORD.finditer(text):
        word = m.group(0).lower()
        if word not in spelled:
            pid = next((pid for name, pid in spelled.items() if _one_edit(word, name)), None)
            if pid is not None:
                out.append((m.start(), m.end(), pid))
    out = out or signature_mentions(catalog, text)  # "switch to host-gw" names flannel, when nothing else is named
    # A name inside another plugin's longer name ("Azure CNI Powered by Cilium") or before "-powered"
    # ("the Cilium-powered one") names the product built on it, not the plugin itself.
    return sorted((s, e, pid) for s, e, pid in out
                  if not _BUILT_ON.match(text, e) and not _SIBLING_PRODUCT.match(text, e)
                  and not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) and pid2 != pid for s2, e2, pid2 in out))


_LIST_SEP = re.compile(r"\s*(?:[,/、]\s*)?(?:(?:or|and|vs\.?|versus)\b|还是|或者?|和|与|跟)?\s*", re.I)
_HARDWARE_AFTER = re.compile(r"[\s-]*(nics?|cards?|vfs?|capable|enabled|interfaces?|hardware|devices?|ports?|网卡|设备)\b", re.I)
_SUPPORTS_AFTER = re.compile(r"\s+(already\s+|also\s+|even\s+|now\s+|really\s+)?(supports?|handles?|implements?)\b", re.I)
_ASKED_AFTER = re.compile(r"\s*[?？]")
_BUILT_ON = re.compile(r"[\s-]powered\b(?!\s+by\b)", re.I)
# The vendor's other products, not its network: "Weave Scope" (a visualiser), "Weave GitOps", "Cilium Tetragon"
_SIBLING_PRODUCT = re.compile(r"[\s-]+(scope|gitops|ignite|tetragon)\b", re.I)
_MODE_WORD = re.compile(r"\s*[\w-]+(\s+[\w-]+)?\s*(模式|mode\b|backend\b)", re.I)
_SET_OFF = re.compile(r"\w*\s*[:=]?\s*[\"']?(both\s+)?(never|disabled?|false|off|none)\b|"
                      r"\s*(and|&|/|,)\s*[\w-]+\s+(both\s+|are\s+|were\s+)?(disabled|off|set to never)\b", re.I)  # "IPIP and VXLAN both disabled"
# an image deployed by its tag: "sealos run labring/kubernetes:v1.27.4 labring/calico:v3.25.1"
_IMAGE_TAG = re.compile(r":v?\d+\.\d+")
_WORD = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z]{5,}(?![A-Za-z0-9-])")


def _one_edit(a: str, b: str) -> bool:
    """One letter dropped, added, changed, or two neighbours swapped (Damerau distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _modes(catalog: Catalog, text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, Option]]:
    """Options whose mode alias appears, attributed to the nearest plugin mentioned before it
    (or the only plugin named, or after it when none precedes)."""
    named = list(dict.fromkeys(pid for _, _, pid in mentions))
    found: list[tuple[int, int, Option]] = []
    for option in catalog.options:
        if option.mode is None or option.plugin not in named:
            continue
        for alias in option.aliases:
            for m in _alias_rx(alias).finditer(text):
                # "no encapsulation", "ipipMode: Never": a denial only before it
                denial = alias.lower().startswith(("no ", "without ", "unencap")) or alias.lower().endswith("never")
                if negated(text, m.start(), m.start() if denial else m.end()) or _SET_OFF.match(text, m.end()) \
                        or _LB_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                    continue  # "BGP disabled", "without IPIP", "vxlanMode: Never", "MetalLB(BGP模式)": not the plugin's mode
                before = [pid for s, _, pid in mentions if s <= m.start()]
                owner = before[-1] if before else next((pid for s, _, pid in mentions if s > m.start()), None)
                if owner == option.plugin or len(named) == 1:
                    found.append((m.start(), m.end(), option))
    # "ipip crosssubnet" also contains "ipip": a mode named inside a longer one's words is not named.
    kept = [(s, e, o) for s, e, o in found
            if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) and o2.plugin == o.plugin for s2, e2, o2 in found)]
    # one encapsulation switched off beside another switched on ("vxlanMode: Always, ipipMode: Never") runs the one on
    off = {(s, o.id) for s, e, o in kept if text[s:e].lower().endswith("never")}
    kept = [(s, e, o) for s, e, o in kept if (s, o.id) not in off or all((s2, o2.id) in off for s2, _, o2 in kept if o2.plugin == o.plugin)]
    return [(s, o) for s, _, o in sorted(kept, key=lambda x: x[0])]


def _current(text: str, mentions: list[tuple[int, int, str]], modes: list[tuple[int, Option]],
             cloud_own: dict[str, str] | None = None, services: dict[str, str] | None = None) -> Hit | None:
    """The plugin in use: the best-scored mention not weighed as a candidate. Scores: a strong cue
    ("as the CNI", a version, being replaced) 3, a cue of use 2, a description of the writer's
    cluster 1; a mention in a first-person sentence wins a tie."""
    from assistant.reading.configs import CALICO_BGP, configured
    from assistant.reading.hearsay import heard_of, offered, suggested
    from assistant.reading.plans import planned, to_build
    from assistant.reading.spans import clause
    from assistant.reading.symptom_words import SYMPTOM

    mine = own(text)
    settings = configured(mine)
    found = [(s, e, pid) for s, e, pid in mentions if mine[s:e].strip()] + [(s, e, pid) for s, e, pid, _ in settings]
    gone = {pid for s, e, pid in found if removed(mine, s) or waved_away(mine, s, e)}  # nor one waved away: "Cilium 那种就算了"
    # a former plugin, told as such before another one is named: "previously I had installed ... weave ... we decided to move to Calico"
    gone |= {pid for s, e, pid in found if formerly(mine, s, e) and any(s2 > e and p2 != pid for s2, _, p2 in found)}
    weighed = paired(mine, found)
    descriptive = bool(_DESCRIPTIVE.search(mine) or SYMPTOM.search(mine))
    unbuilt = UNBUILT.search(mine) is not None
    scored = []
    for start, end, pid in sorted(found):
        left, right = sentence(mine, start, end)
        before, after = mine[max(left, start - 40):start], mine[end:min(clause(mine, start, end)[1], end + 40)]
        if _HOSTNAME_AFTER.match(mine, end) or _HOSTNAME_BEFORE.search(before):
            continue  # a host named after the plugin ("hostname is calico-01") says nothing about the CNI
        if pid in gone or _NOT_A_PLUGIN.match(mine[start:end].strip().lower()) or _AMBIGUOUS_AFTER.search(after) \
                or _AMBIGUOUS_BEFORE.search(before) or _NAD_TYPE.search(before) or heard_of(mine, start, end) \
                or suggested(mine, start, end) or offered(mine, start, end) \
                or (BA_BEFORE.search(before) and BA_PLANNED_AFTER.search(after)):
            continue
        # "migrate flannel from vxlan to host-gw": the mode moved away from runs now
        moved_from = any(o.plugin == pid and FROM.search(mine[max(0, pos - 8):pos]) for pos, o in modes if end <= pos <= end + 30)
        # a plan, however firmly put ("a cluster to set up with Calico as networking"), is not what runs
        # "install Cilium as CNI" as a goal is a plan; "swap out flannel" even as a plan names the one in use
        as_cni = _CURRENT_AFTER_STRONG.search(after) and not planned(mine, start)
        moved_from = moved_from or bool(BA_BEFORE.search(before) and BA_MOVED_AFTER.search(after))
        strong = (_STRONG.search(before) or as_cni or moved_from) and not _WEIGHED_AS.search(before) and not to_build(mine, start)
        asked = _ASKED_AFTER.match(mine, end) is not None  # "calico? which mode?": the name itself is the question
        # "AFAICT Calico already supports IPv6 policies?": what it supports is the question, not the setup
        # and where no one speaks of their own setup, "Calico supports WireGuard encryption on EKS" tells what it can do
        asked = asked or (_SUPPORTS_AFTER.match(mine, end) is not None and (mine[left:right].rstrip().endswith(("?", "？"))
                                                                            or not _FIRST_PERSON.search(mine)))
        if not strong and (asked or _CANDIDATE.search(before) or _CANDIDATE.search(after) or _WEIGHING.search(mine, left, right)
                           or _ELSEWHERE.search(mine, left, right) or start in weighed or to_build(mine, start)
                           or planned(mine, start) or alternative(mine, start, end, left, right)):
            continue
        used = _CURRENT_BEFORE.search(before) or _CURRENT_AFTER.search(after) or _IMAGE_TAG.match(mine, end)
        score = 3 if strong else 2 if used else 1 if descriptive and not unbuilt else 0
        if score and _ON_A_TEST_BOX.search(before):  # "我在测试机上 helm 装了 cilium": tried aside, the cluster's own plugin wins
            score = 1
        if any(s == start and pid2 == pid for s, _, pid2, _ in settings):
            score = max(score, 2)
        if any(end <= pos <= end + 3 for pos, o in modes if o.plugin == pid) and _MODE_WORD.match(mine, end):
            score = max(score, 1)  # "terway eniip模式，…": a plugin named with its mode describes a running setup
        if score:
            scored.append((score + 0.5 * bool(_FIRST_PERSON.search(mine, left, right)), start, end, pid))
    if any(pid not in _SECONDARY for *_, pid in scored):
        scored = [x for x in scored if x[3] not in _SECONDARY]
    if not scored:
        return None
    _, start, end, pid = max(scored, key=lambda x: (x[0], -x[1]))
    cloud_own = cloud_own or {}
    own_cni = [x for x in scored if x[3] in cloud_own]
    # (not moved away from: "change the CNI from Calico to amazon-vpc-cni-k8s" leaves Calico)
    if pid in _POLICY_ADDONS and own_cni and not any(o.plugin == pid for _, o in modes) and not FROM.search(mine[max(0, start - 8):start]):
        # "aws-node crashes ... aws-calico chart from eks-charts": beside the cloud's own CNI, Calico (or Cilium, Antrea)
        # with no mode of its own named enforces policy; the cloud's plugin carries the pods
        _, start, end, pid = max(own_cni, key=lambda x: (x[0], -x[1]))
    elif pid in _POLICY_ADDONS and _AS_POLICY.match(mine, end) and _USED_WITH.search(mine[max(0, start - 12):start]) \
            and (cloud := next((c for s, c in (services or {}).items() if re.search(rf"\b{s}\b", mine)), None)) is not None:
        # "an existing AKS cluster with calico network policy": on a managed service the plugin named for policy is its
        # policy engine; the cloud's own plugin carries the pods
        home = next((p for p, home_cloud in cloud_own.items() if home_cloud == cloud), None)
        return Hit("current_plugin", home, start, end, text[start:end]) if home else None
    settings += configured(mine, modes_only=True)
    return Hit("current_plugin", running_mode(mine, pid, end, modes, settings, CALICO_BGP), start, end, text[start:end])


_ON_A_TEST_BOX = re.compile(r"(测试机|测试环境|测试集群|实验环境|测试节点)\s*(上|里|中)?[^，。；！？]{0,12}(装|部署|试|跑)了?\s*$|"
                            r"\b(on|in) (a|one|our|my|the) (test|staging|lab|sandbox|spare) (box|machine|cluster|node|vm|server|environment)\b"
                            r"[^.;!?]{0,30}\b(installed|deployed|tried|set up)\s*$", re.I)
_POLICY_ADDONS = {"calico", "cilium", "antrea", "kube-router"}
_AS_POLICY = re.compile(r"\s*(network\s*)?(polic(y|ies)|网络策略)", re.I)
_USED_WITH = re.compile(r"\b(with|using|uses|runs?|running|enabled|has)\s+$", re.I)
def plugins_in(catalog: Catalog, text: str) -> list[str]:
    """The plugins a text names (none refused), in order of first mention: read_names().plugins without
    reading modes, the plugin in use or unknown names."""
    mentions = _mentions(catalog, text)
    refused = refused_plugins(text, mentions)
    return list(dict.fromkeys(pid for _, _, pid in mentions if pid not in refused))


def read_names(catalog: Catalog, text: str, vocabulary: Vocabulary | None = None) -> Names:
    mentions = _mentions(catalog, text)
    # A plugin the writer refuses to run is no candidate: a managed flavour of it may still be ("AKS should manage it").
    refused = refused_plugins(text, mentions)
    all_mentions, mentions = mentions, [m for m in mentions if m[2] not in refused]
    modes = _modes(catalog, text, mentions)
    names = Names(plugins=list(dict.fromkeys(pid for _, _, pid in mentions)),
                  options=list(dict.fromkeys(opt.id for _, opt in modes)), mentions=mentions)
    # A tool named is no sign of the plugin in use: "I want to try Hubble for troubleshooting".
    wanted = wanted_modes(text, modes)
    described = described_modes(text, names.plugins, catalog.options)
    # A plugin wished for without a mode: "We would like to use Antrea as a CNI on AKS" weighs each of its modes.
    chosen = {o.plugin for _, o in wanted} | {d.split(":")[0] for d in described}
    wished_at = {pid: e for s, e, pid in mentions if _WISHED.search(text[max(0, s - 40):s]) and pid not in chosen}
    # ... or with its mode named right after it: "我本来想用 flannel host-gw" weighs host-gw alone
    right_after = {pid: [o.id for pos, o in modes if o.plugin == pid and e <= pos <= e + 3] for pid, e in wished_at.items()}
    wished = [oid for pid in wished_at for oid in (right_after[pid] or [o.id for o in catalog.options if o.plugin == pid])]
    wanted_ids = list(dict.fromkeys(o.id for _, o in wanted))
    names.wanted = list(dict.fromkeys([*wanted_ids, *described, *wished]))
    names.options = list(dict.fromkeys([*names.options, *described]))
    # The mode moved to is not the one in use, wherever else it is named: "Change IPIP mode to BGP mode. How can I change
    # Calico from IPIP to BGP?" runs IPIP.
    running = [m for m in _mentions(catalog, text, components=False) if not failed_try(text, m[0], m[1]) and not never_run(text, m[0], m[1])]
    names.current = _current(text, running,
                             [m for m in modes if m[1].id not in wanted_ids], catalog.home_clouds,
                             {e.service: e.id for e in catalog.environments if e.service})
    names.removed = list(dict.fromkeys(pid for s, _, pid in mentions if removed(own(text), s)))
    # (not a company: "a presentation from Tigera" is by Calico's makers, no move away from Calico)
    names.moved_from = list(dict.fromkeys(pid for s, e, pid in mentions if FROM.search(text[max(0, s - 8):s])
                                          and text[s:e].lower() not in _VENDORS))
    names.refused = sorted(refused)
    names.ruled_out = ruled_out_plugins(text, all_mentions, refused)
    names.unknown, names.closest = unknown_names(catalog, text, mentions, vocabulary)
    return names
