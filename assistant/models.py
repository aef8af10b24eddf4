"""Typed results that cross module borders. `AskResult.model_dump()` is the JSON of `ask --json`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.text import Lang

Status = Literal["pass", "warn", "fail", "unknown"]
Verdict = Literal["recommended", "possible", "rejected"]
# What a question asks for; see assistant/reading/kinds.py.
Kind = Literal["choice", "feasibility", "compare", "troubleshoot", "concept", "decline"]
# Where a fact came from, strongest first: what the user set, what their machines printed, what
# the question says, what an LLM read, what earlier turns of the conversation said, and what the
# assistant assumed from the rest (a cloud's own plugin named alone puts the nodes on that cloud).
Source = Literal["explicit", "observed", "stated", "llm", "conversation", "assumed"]
SOURCE_ORDER: tuple[Source, ...] = ("explicit", "observed", "stated", "llm", "conversation", "assumed")


class Profile(BaseModel):
    """The user's environment, as facts the checks read. None means unknown.

    Values that name things (platform, distribution, current_plugin) use the ids of the catalog
    (`kb/catalog/*.yaml`, `kb/catalog/_environments.yaml`), so the checks never match display names.
    """

    # Where the nodes run: an environment id of kb/catalog/_environments.yaml, e.g. vmware, vm
    # (another hypervisor), openstack, bare-metal, aws, aliyun, azure, gcp, cloud (a public cloud
    # the catalog has no vendor plugin for), edge, hybrid (nodes on premises and in a cloud).
    platform: str | None = None
    managed: bool | None = None  # a managed service (EKS, AKS, GKE, ACK) rather than self-managed nodes
    distribution: str | None = None  # openshift, rke2, k3s, k0s, microk8s, kubeadm, kind, ...
    current_plugin: str | None = None  # catalog id of the plugin in use now, "plugin" or "plugin:mode"
    ruled_out: list[str] | None = None  # catalog plugin ids the user will not run ("Cilium is off the table", "Cilium 那种就算了")
    l2_adjacent: bool | None = None
    cross_subnet: bool | None = None  # nodes sit in different subnets / VLANs / racks / sites
    bgp_fabric: bool | None = None  # the routers can peer BGP with the nodes
    # The node network routes each node's pod CIDR to it: a cloud controller manager's route
    # controller, or routes set on the routers. Routed modes then cross subnets without BGP.
    pod_routes: bool | None = None
    encap_blocked: list[str] | None = None  # encapsulations the network drops: ipip, vxlan, geneve
    latency_sensitive: bool | None = None
    network_policy: bool | None = None
    l7_policy: bool | None = None  # HTTP-aware (layer 7) policy: methods, paths, headers, gRPC, Kafka
    fqdn_policy: bool | None = None  # egress allowed or denied by DNS name (toFQDNs), not by IP
    policy_logging: bool | None = None  # a log of the connections policy allowed or denied (audit, compliance)
    encryption: bool | None = None
    encryption_protocol: Literal["ipsec", "wireguard"] | None = None  # the only protocol a security policy allows
    untrusted_network: bool | None = None  # node-to-node traffic crosses a network nobody vouches for
    windows_nodes: bool | None = None
    ipv6: bool | None = None  # pods need IPv6 (IPv6-only or dual-stack); False: IPv4 only
    dual_stack: bool | None = None  # IPv4 and IPv6 at once
    sriov_nics: bool | None = None
    multi_nic: bool | None = None
    multi_cluster: bool | None = None  # pods or Services must reach across several clusters
    multicast: bool | None = None  # pods send or receive IP multicast (IGMP groups)
    sctp: bool | None = None  # pods speak SCTP (telco signalling: 5G N2/NGAP, S1AP, Diameter)
    dpdk: bool | None = None  # pods drive a NIC from user space (DPDK, a VF bound to vfio-pci)
    arch: Literal["amd64", "arm64", "armv7", "ppc64le", "s390x"] | None = None
    os: str | None = None  # the nodes' Linux distribution and release, "rhel 8.10", "ubuntu 22.04"
    kernel: str | None = None  # "3.10", "5.15", "4.18.0-305"
    nodes: int | None = None  # the planned cluster size when both a current and a planned one are given
    pod_density: bool | None = None  # many pods per node or pod IPs running out
    # the node network's addresses (VPC, VNet, subnet) may not go to pods: none to spare and no room to grow, or a rule forbids it
    network_ips_reserved: bool | None = None
    routable_pod_ips: bool | None = None  # machines outside the cluster must reach pods at their own IPs
    # The (virtual) switch drops frames from MAC addresses it did not assign to the VM: promiscuous mode,
    # forged transmits or MAC spoofing refused. Pods with MACs of their own (macvlan) are cut off.
    mac_filtering: bool | None = None
    static_pod_ips: bool | None = None  # pods or KubeVirt VMs must keep a fixed IP across restarts or migration
    live_migration: bool | None = None  # KubeVirt VMs live-migrate on the pod network, keeping their IP and open connections
    egress_ip: bool | None = None  # traffic leaving the cluster must come from fixed, known source IPs (egress gateway)
    pod_security_groups: bool | None = None  # chosen pods sit behind cloud security groups of their own, not the node's
    tenant_networks: bool | None = None  # tenants or namespaces get isolated subnets or VPCs (overlapping CIDRs)
    cloud_api: bool | None = None  # the CNI may call the cloud provider's API (to create and attach interfaces)
    mtu: int | None = None  # the underlay MTU
    simplicity: bool | None = None
    kube_proxy_replacement: bool | None = None
    ebpf_dataplane: bool | None = None  # asked for an eBPF data plane (not only a kube-proxy replacement)

    def known(self) -> dict:
        return self.model_dump(exclude_none=True)

    def merged(self, override: Profile | dict | None) -> Profile:
        """This profile with every known value of `override` on top."""
        if override is None:
            return self
        extra = override.known() if isinstance(override, Profile) else {
            k: v for k, v in override.items() if v is not None
        }
        return Profile.model_validate({**self.known(), **extra})


class ReadFact(BaseModel):
    """One fact about the user's environment and where it came from."""

    key: str  # a Profile field
    value: Any
    source: Source
    text: str = ""  # the words it was read from, or the pasted lines joined
    start: int | None = None  # its span in the question, for stated facts
    end: int | None = None
    lines: list[str] = Field(default_factory=list)  # observed: the pasted lines that prove it
    detail: str = ""  # observed: one sentence saying what was seen, in the question's language


class Reading(BaseModel):
    """A question read once: what every later step reads instead of the text."""

    question: str = Field(default="", exclude=True)
    lang: Lang
    kind: Kind
    decline: Literal["off_topic", "unknown_name", "absent_feature"] | None = None
    facts: list[ReadFact] = Field(default_factory=list)  # the fact that counts, one per key
    plugins: list[str] = Field(default_factory=list)  # catalog plugin ids named, in order
    asked: list[str] = Field(default_factory=list)  # the plugins the question sentence itself is about
    via: list[str] = Field(default_factory=list)  # meta-plugins named as what carries an extra interface ("通过 Multus 挂第二块网卡")
    options: list[str] = Field(default_factory=list)  # catalog option ids whose mode is named
    wanted: list[str] = Field(default_factory=list)  # option ids the question wants to move to ("change IPIP to BGP")
    features: list[str] = Field(default_factory=list)  # Profile keys of capabilities asked about
    unknown: list[str] = Field(default_factory=list)  # names that look like CNI things nobody knows
    closest: list[str] = Field(default_factory=list)  # known names like the unknown ones
    absent: list[str] = Field(default_factory=list)  # features presumed in a plugin that documents none ("flannel's L7 policy")
    conflicts: list[str] = Field(default_factory=list)  # pasted output that contradicts itself
    leaving: bool = False  # the plugin in use is what the question moves away from ("换什么？", "use instead?")
    staying: bool = False  # the writer will not change the plugin in use ("不想换 CNI", "can't replace the CNI")
    moving: bool = False  # the question is about changing the CNI plugin of a running cluster ("pick the right CNI to migrate to")
    between_nodes: bool = False  # a symptom on traffic between nodes ("pods on other nodes time out", "跨节点不通")
    new_cluster: bool = False  # the question is about a cluster still to be built ("新建一套集群", "for the new cluster")
    suspects: list[str] = Field(default_factory=list)  # checks a symptom points at ("pods cannot reach service VIPs": services)
    query: str = Field(default="", exclude=True)  # the retrieval query (question + glossary English)

    @property
    def profile(self) -> Profile:
        return Profile.model_validate({f.key: f.value for f in self.facts})

    def fact(self, key: str) -> ReadFact | None:
        return next((f for f in self.facts if f.key == key), None)

    @property
    def focus(self) -> list[str]:
        """The plugins the question is about: those its question sentence names, the others named, the one in use
        (unless the question leaves it)."""
        current = (self.profile.current_plugin or "").split(":")[0]
        if self.leaving:  # found wanting or moved away from: no longer a candidate
            return [p for p in dict.fromkeys([*self.asked, *self.plugins]) if p != current]
        return list(dict.fromkeys([*self.asked, *self.plugins, *([current] if current else [])]))


class Passage(BaseModel):
    """One indexed chunk as retrieval returns it."""

    chunk_id: str
    source: str  # path as stored: "kb/notes/x.md" for the KB, "corpus/<repo>/..." for corpus files
    title: str = ""
    heading: str = ""  # heading path, "Top > Sub"
    url: str = ""
    lang: str = "en"
    note_id: str = ""
    plugins: list[str] = Field(default_factory=list)
    text: str = ""
    score: float = 0.0


class EvidenceRef(BaseModel):
    """Where the catalog says a fact is written: a KB note id and one of its headings."""

    note: str
    heading: str


class Citation(BaseModel):
    n: int
    chunk_id: str
    source: str
    title: str
    heading: str
    url: str
    text: str
    score: float


class Check(BaseModel):
    id: str  # stable check id ("l2", "kernel", ...): what programs compare
    name: str  # the check's label in the answer's language: what people read
    status: Status
    detail: str
    citations: list[int] = Field(default_factory=list)
    observed: list[str] = Field(default_factory=list)  # pasted lines that decided it: "Observed: ...", then the lines


class Recommendation(BaseModel):
    id: str  # "plugin" or "plugin:mode"
    name: str
    verdict: Verdict
    score: float
    checks: list[Check] = Field(default_factory=list)


class AskResult(BaseModel):
    question: str
    lang: Lang
    answerable: bool
    answer: str
    profile: dict = Field(default_factory=dict)
    follow_up: list[str] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    notice: str | None = None  # e.g. "LLM unreachable, grounded answer shown"
    kind: Kind = "concept"
    reading: Reading | None = None  # what was read from the question, each fact with its source


class Conversation(BaseModel):
    """What a chat carries from one turn to the next (web history, Slack thread)."""

    profile: dict = Field(default_factory=dict)
    wants_choice: bool = False

    @classmethod
    def after(cls, result: AskResult, before: Conversation | None = None) -> Conversation:
        return cls(
            profile=result.profile,
            wants_choice=bool(result.recommendations) or bool(before and before.wants_choice),
        )
