"""The plugin catalog: kb/catalog/*.yaml (one file per plugin) as typed, validated data.

Every property of every option is a `Fact`: a value plus the note heading that says so, so a
check built on it can always cite its source. Options inherit the plugin's `defaults` and
override what their mode changes; a property may leave out `note` to mean the plugin's own note.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import AdvisorError
from assistant.models import EvidenceRef

T = TypeVar("T")
# libyaml when present: the pure-Python loader is ~20x slower on the catalog.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader


def compose_yaml(text: str) -> yaml.Node | None:
    return yaml.compose(text, Loader=LOADER)
ID = r"^[a-z0-9][a-z0-9-]*$"


class Fact(BaseModel, Generic[T]):
    model_config = ConfigDict(extra="forbid")
    value: T
    evidence: EvidenceRef


class OptionProps(BaseModel):
    """What the recommendation checks read. Kernel versions are strings like "4.19"."""

    model_config = ConfigDict(extra="forbid")
    encapsulation: Fact[Literal["none", "vxlan", "ipip", "geneve", "wireguard", "gre", "udp", "ipsec"]]
    overhead_bytes: Fact[int] = Field(description="bytes of header per packet when encapsulating")
    # always: every packet is encapsulated; cross-subnet: only packets that leave the subnet.
    encap_scope: Fact[Literal["always", "cross-subnet", "never"]]
    needs_l2_adjacency: Fact[bool]
    # across-l3: routes are exchanged over BGP, so routers must peer once nodes span L3 segments.
    needs_bgp_fabric: Fact[Literal["no", "across-l3", "always"]]
    cloud: Fact[str | None]  # the id of the cloud environment the option only runs on
    network_policy: Fact[bool]
    encryption: Fact[list[str]]
    windows: Fact[bool]
    ipv6: Fact[bool]
    dataplane: Fact[Literal["iptables", "ebpf", "ovs", "vpp", "kernel-routing", "sriov", "l2-bridge", "delegates"]]
    min_kernel: Fact[str | None]  # what the data plane cannot run without: older kernels fail
    # Optional: a documented floor with exceptions (older releases, distro backports): older kernels warn.
    soft_min_kernel: Fact[str | None] | None = None
    service_support: Fact[bool]
    kube_proxy_replacement: Fact[bool]
    pod_startup: Fact[Literal["fast", "slow"]]
    max_nodes: Fact[int | None]
    needs_sriov_nic: Fact[bool]
    maintained: Fact[bool]
    primary: Fact[bool]
    secondary_via: Fact[str | None]  # e.g. "multus": usually attached as an extra interface
    # Optional: only set where a note calls the plugin simple to run; absence claims nothing.
    simple: Fact[bool] | None = None


PROPERTY_NAMES = tuple(OptionProps.model_fields)


class Option(BaseModel):
    id: str
    name: str
    plugin: str
    mode: str | None = None
    aliases: list[str] = Field(default_factory=list)  # how users name the mode: "host-gw", "ipipMode: Never"
    props: OptionProps


class Plugin(BaseModel):
    id: str
    name: str
    note: str
    aliases: list[str]
    repos: list[str] = Field(default_factory=list)  # upstream "owner/name" repositories documenting it
    rank: int = 100
    options: list[Option]


EnvKind = Literal["cloud", "hypervisor", "bare-metal", "edge"]


class Environment(BaseModel):
    """A platform's defaults: what to assume when the user does not say, and its general advice."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID)
    name: str
    name_zh: str
    kind: EnvKind
    assume_l2_adjacent: Fact[bool] | None = None
    advice: Fact[Literal["overlay", "underlay", "vendor-plugin"]] | None = None


class Catalog(BaseModel):
    plugins: list[Plugin]
    environments: list[Environment] = Field(default_factory=list)

    def environment(self, env_id: str | None) -> Environment | None:
        return next((e for e in self.environments if e.id == env_id), None)

    @property
    def environments_by_id(self) -> dict[str, Environment]:
        return {e.id: e for e in self.environments}

    @property
    def options(self) -> list[Option]:
        return [o for p in self.plugins for o in p.options]

    def plugin(self, plugin_id: str) -> Plugin:
        return next(p for p in self.plugins if p.id == plugin_id)

    def option(self, option_id: str) -> Option:
        return next(o for o in self.options if o.id == option_id)

    def plugins_named_in(self, text: str) -> list[str]:
        """Plugin ids whose name or alias the text mentions, in order of first mention."""
        found: dict[str, int] = {}
        for plugin in self.plugins:
            for alias in [plugin.id, plugin.name, *plugin.aliases]:
                hit = _alias_pattern(alias).search(text)
                if hit and (plugin.id not in found or hit.start() < found[plugin.id]):
                    found[plugin.id] = hit.start()
        return sorted(found, key=found.get)


def _alias_pattern(alias: str) -> re.Pattern:
    # Latin aliases need word edges ("calico" not in "calicoctl-like"); CJK text has no spaces.
    body = re.escape(alias.strip()).replace(r"\ ", r"[\s-]?")
    if alias.isascii():
        body = rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])"
    return re.compile(body, re.I)


# --- raw file shape (validated first, so errors can name the YAML line) ---

class RawFact(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: Any
    note: str | None = None
    heading: str = Field(min_length=1)


class RawOption(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9-]+(:[a-z0-9-]+)?$")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, RawFact] = Field(default_factory=dict)


class RawPlugin(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID)
    name: str = Field(min_length=1)
    note: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    repos: list[str] = Field(default_factory=list)
    rank: int = Field(default=100, ge=0, description="breaks exact score ties only: lower first")
    defaults: dict[str, RawFact] = Field(default_factory=dict)
    options: list[RawOption] = Field(min_length=1)


class CatalogError(AdvisorError):
    """The catalog does not validate; `cni-advisor kb check` names file and line."""


def build_option(raw: RawPlugin, opt: RawOption) -> Option:
    """One option with the plugin defaults merged in and every fact typed; raises ValidationError/ValueError."""
    plugin_id, _, mode = opt.id.partition(":")
    if plugin_id != raw.id:
        raise ValueError(f"option id {opt.id!r} must start with the plugin id {raw.id!r}")
    facts = {
        key: {"value": f.value, "evidence": {"note": f.note or raw.note, "heading": f.heading}}
        for key, f in {**raw.defaults, **opt.properties}.items()
    }
    return Option(id=opt.id, name=opt.name, plugin=raw.id, mode=mode or None, aliases=opt.aliases,
                  props=OptionProps.model_validate(facts))


def build_plugin(raw: RawPlugin) -> Plugin:
    options = [build_option(raw, opt) for opt in raw.options]
    return Plugin(id=raw.id, name=raw.name, note=raw.note, aliases=raw.aliases, repos=raw.repos, rank=raw.rank,
                  options=options)


class RawEnvironment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID)
    name: str = Field(min_length=1)
    name_zh: str = Field(min_length=1)
    kind: EnvKind
    assume_l2_adjacent: RawFact | None = None
    advice: RawFact | None = None


class RawEnvironments(BaseModel):
    model_config = ConfigDict(extra="forbid")
    environments: list[RawEnvironment]


def build_environment(raw: RawEnvironment) -> Environment:
    fields = {k: {"value": f.value, "evidence": {"note": f.note, "heading": f.heading}}
              for k in ("assume_l2_adjacent", "advice") if (f := getattr(raw, k)) is not None}
    return Environment.model_validate({"id": raw.id, "name": raw.name, "name_zh": raw.name_zh, "kind": raw.kind, **fields})


def catalog_files(kb_dir: Path) -> list[Path]:
    """One file per plugin; files starting with `_` hold other tables."""
    return sorted(p for p in (Path(kb_dir) / "catalog").glob("*.yaml") if not p.name.startswith("_"))


def environments_file(kb_dir: Path) -> Path:
    return Path(kb_dir) / "catalog" / "_environments.yaml"


def load_catalog(kb_dir: Path) -> Catalog:
    """The catalog under kb_dir/catalog; a one-line CatalogError when any file is invalid."""
    files = catalog_files(kb_dir)
    if not files:
        raise CatalogError(f"no plugin catalog in {Path(kb_dir) / 'catalog'}: set CNI_ADVISOR_KB_DIR to the repo's kb/")
    plugins = []
    for path in files:
        try:
            plugins.append(build_plugin(RawPlugin.model_validate(read_yaml(path.read_text("utf-8")))))
        except (yaml.YAMLError, ValidationError, ValueError) as exc:
            first = str(exc).splitlines()[0:3]
            raise CatalogError(f"{path}: invalid catalog entry ({' '.join(first)}); run `cni-advisor kb check`") from None
    ids = [o.id for p in plugins for o in p.options]
    if len(ids) != len(set(ids)):
        raise CatalogError("duplicate option ids in the catalog; run `cni-advisor kb check`")
    environments = []
    env_path = environments_file(kb_dir)
    if env_path.exists():
        try:
            raw_envs = RawEnvironments.model_validate(read_yaml(env_path.read_text("utf-8")))
            environments = [build_environment(e) for e in raw_envs.environments]
        except (yaml.YAMLError, ValidationError, ValueError) as exc:
            first = " ".join(str(exc).splitlines()[0:3])
            raise CatalogError(f"{env_path}: invalid environments table ({first}); run `cni-advisor kb check`") from None
    return Catalog(plugins=sorted(plugins, key=lambda p: (p.rank, p.id)), environments=environments)
