"""Platforms and distributions (kb/catalog/_environments.yaml): what the engine may assume about
where the nodes run, and what a Kubernetes distribution bundles or restricts.

Every fact cites a note heading; environments name their note per fact, a distribution names one
note heading for all of its facts (each distribution has its own heading).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.catalog_props import Encapsulation, Fact
from assistant.models import EvidenceRef

ID = r"^[a-z0-9][a-z0-9-]*$"
EnvKind = Literal["cloud", "hypervisor", "bare-metal", "edge", "hybrid"]
ENV_FACTS = ("assume_l2_adjacent", "assume_bgp_fabric", "assume_mac_filtering", "blocked_encapsulation", "risky_encapsulation", "advice",
             "managed_plugins", "plugin_fixed", "subnet_drops_pod_ips", "one_subnet_is_l2")


class _Named(BaseModel):
    """A catalog entry the user sees by name, in English and Chinese."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID)
    name: str
    name_zh: str


class Environment(_Named):
    """A platform's defaults: what to assume when the user does not say, and its general advice."""

    kind: EnvKind
    service: str | None = None  # the managed Kubernetes service's short name (EKS, AKS, GKE, ACK)
    # None as a value: it depends (bridged or NAT VMs), so ask instead of assuming.
    assume_l2_adjacent: Fact[bool | None] | None = None
    # nodes the user puts in one subnet share an L2 segment: the owner's own switches join hosts of a subnet at L2
    one_subnet_is_l2: Fact[bool] | None = None
    assume_bgp_fabric: Fact[bool] | None = None
    assume_mac_filtering: Fact[bool] | None = None  # the virtual network drops frames from MACs it did not assign
    # Even between VMs of one subnet the fabric drops pod addresses until routes or address pairs are added
    # (Azure, OpenStack port security), so CrossSubnet modes lose pod traffic in every subnet, not only in a single one.
    subnet_drops_pod_ips: Fact[bool | None] | None = None  # None: some platforms of the kind do
    blocked_encapsulation: Fact[list[Encapsulation]] | None = None  # the network drops these
    risky_encapsulation: Fact[list[Encapsulation]] | None = None  # often dropped: warn
    advice: Fact[Literal["overlay", "underlay", "vendor-plugin"]] | None = None
    # The managed service keeps the pod network for itself: besides its own, only these plugins are
    # documented as the primary network there (None: the service lets you bring any plugin).
    managed_plugins: Fact[list[str]] | None = None  # plugin ids, or option ids where only one mode is offered
    # The managed service fixes the pod network when a cluster is created: an existing cluster cannot switch plugin.
    plugin_fixed: Fact[bool] | None = None

    def offers(self, plugin: str, option: str) -> bool:
        """True when the managed service offers this option as its pod network besides its own plugin."""
        return self.managed_plugins is not None and (plugin in self.managed_plugins.value or option in self.managed_plugins.value)


class Distribution(_Named):
    """A Kubernetes distribution: its default pod network, what it bundles, what it restricts."""

    evidence: EvidenceRef
    default_option: str | None  # catalog option id installed by default; None: none, or not in the catalog
    bundled: list[str]  # plugin ids shipped with the distribution
    supported: dict[str, Literal["pass", "warn"]] = Field(default_factory=dict)  # documented, not bundled
    any_plugin: bool = False  # installs no CNI of its own or lets it be switched off: any plugin fits
    closed: bool = False  # supports only what it bundles or certifies: any other plugin fails
    only_options: list[str] | None = None  # of the bundled plugins, only these modes are offered
    windows_plugins: list[str] | None = None  # the only plugins it supports on Windows nodes
    network_policy_builtin: bool = False  # enforces NetworkPolicy beside its default pod network

    @property
    def default_plugin(self) -> str | None:
        return self.default_option.split(":")[0] if self.default_option else None


class RawFact(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: Any
    note: str | None = None
    heading: str = Field(min_length=1)


class RawEnvironment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID)
    name: str = Field(min_length=1)
    name_zh: str = Field(min_length=1)
    kind: EnvKind
    service: str | None = None
    assume_l2_adjacent: RawFact | None = None
    assume_bgp_fabric: RawFact | None = None
    assume_mac_filtering: RawFact | None = None
    subnet_drops_pod_ips: RawFact | None = None
    one_subnet_is_l2: RawFact | None = None
    blocked_encapsulation: RawFact | None = None
    risky_encapsulation: RawFact | None = None
    advice: RawFact | None = None
    managed_plugins: RawFact | None = None
    plugin_fixed: RawFact | None = None

    def facts(self) -> dict[str, RawFact]:
        return {k: f for k in ENV_FACTS if (f := getattr(self, k)) is not None}


class RawDistribution(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID)
    name: str = Field(min_length=1)
    name_zh: str = Field(min_length=1)
    note: str = Field(min_length=1)
    heading: str = Field(min_length=1)
    default_option: str | None
    bundled: list[str] = Field(default_factory=list)
    supported: dict[str, Literal["pass", "warn"]] = Field(default_factory=dict)
    any_plugin: bool = False
    closed: bool = False
    only_options: list[str] | None = None
    windows_plugins: list[str] | None = None
    network_policy_builtin: bool = False


class RawEnvironments(BaseModel):
    model_config = ConfigDict(extra="forbid")
    environments: list[RawEnvironment]
    distributions: list[RawDistribution] = Field(default_factory=list)


def build_environment(raw: RawEnvironment) -> Environment:
    fields = {k: {"value": f.value, "evidence": {"note": f.note, "heading": f.heading}} for k, f in raw.facts().items()}
    return Environment.model_validate({"id": raw.id, "name": raw.name, "name_zh": raw.name_zh, "kind": raw.kind,
                                       "service": raw.service, **fields})


def build_distribution(raw: RawDistribution) -> Distribution:
    data = raw.model_dump(exclude={"note", "heading"})
    return Distribution.model_validate({**data, "evidence": {"note": raw.note, "heading": raw.heading}})
