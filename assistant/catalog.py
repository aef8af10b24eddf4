"""The plugin catalog: kb/catalog/*.yaml (one file per plugin) as typed, validated data.

Every property of every option is a `Fact`: a value plus the note heading that says so, so a
check built on it can always cite its source. Options inherit the plugin's `defaults` and
override what their mode changes; a property may leave out `note` to mean the plugin's own note.
Combination constraints add up instead: an option has the plugin's and its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.catalog_envs import Distribution, Environment, RawDistribution, RawEnvironment, RawEnvironments, RawFact, build_distribution, build_environment
from assistant.catalog_props import ARCHES, PROPERTY_NAMES, Constraint, Fact, KernelException, OptionProps
from assistant.errors import AdvisorError

# libyaml when present: the pure-Python loader is ~20x slower on the catalog.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ID = r"^[a-z0-9][a-z0-9-]*$"


def read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=LOADER)  # LOADER is a safe loader (C or Python)


def compose_yaml(text: str) -> yaml.Node | None:
    return yaml.compose(text, Loader=LOADER)


def yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, object]:
    """(0-based line, what is wrong) of a YAML error: PyYAML marks parser and scanner errors, not reader errors."""
    if isinstance(exc, yaml.MarkedYAMLError):
        return (exc.problem_mark.line if exc.problem_mark else None), exc.problem
    return None, exc


class Option(BaseModel):
    id: str
    name: str
    plugin: str
    mode: str | None = None
    aliases: list[str] = Field(default_factory=list)  # how users name the mode: "host-gw", "ipipMode: Never"
    # The cloud's own plugin (every mode runs only there), not a cloud-IPAM mode of a portable plugin.
    vendor: bool = False
    # The portable plugin a managed option runs ("Azure CNI Powered by Cilium" runs Cilium): a question
    # about that plugin is about this option too.
    built_on: str | None = None
    props: OptionProps


class CheckedAgainst(BaseModel):
    """The upstream release and docs the plugin's facts were last checked against."""

    model_config = ConfigDict(extra="forbid")
    release: str = Field(min_length=1)
    docs: str = Field(pattern=r"^https?://")


class Plugin(BaseModel):
    id: str
    name: str
    note: str
    aliases: list[str]
    # Its agents and tools ("Felix", "Hubble"): a question about one is about the plugin. Matched as
    # written only, never as a misspelling: "hubble" is one letter from "bubble".
    components: list[str] = Field(default_factory=list)
    repos: list[str] = Field(default_factory=list)  # upstream "owner/name" repositories documenting it
    # Names that also name hardware or a feature ("SR-IOV"): the plugin only when listed with other plugins.
    listed_names: list[str] = Field(default_factory=list)
    rank: int = 100
    checked_against: CheckedAgainst
    options: list[Option]
    # The mode a plain install runs (flannel: vxlan): what "flannel from the manifest" runs when no mode is told.
    default_mode: str | None = None


class Catalog(BaseModel):
    plugins: list[Plugin]
    environments: list[Environment] = Field(default_factory=list)
    distributions: list[Distribution] = Field(default_factory=list)

    def environment(self, env_id: str | None) -> Environment | None:
        return next((e for e in self.environments if e.id == env_id), None)

    @property
    def environments_by_id(self) -> dict[str, Environment]:
        return {e.id: e for e in self.environments}

    @property
    def distributions_by_id(self) -> dict[str, Distribution]:
        return {d.id: d for d in self.distributions}

    @property
    def options(self) -> list[Option]:
        return [o for p in self.plugins for o in p.options]

    @property
    def home_clouds(self) -> dict[str, str]:
        """Plugin id -> the cloud every one of its options runs on only (Terway: aliyun): a cloud's own plugin."""
        out = {}
        for plugin in self.plugins:
            clouds = {o.props.cloud.value for o in plugin.options}
            if len(clouds) == 1 and (home := clouds.pop()):
                out[plugin.id] = home
        return out

    def plugin(self, plugin_id: str) -> Plugin:
        return next(p for p in self.plugins if p.id == plugin_id)

    def option(self, option_id: str) -> Option:
        return next(o for o in self.options if o.id == option_id)

    def plugins_named_in(self, text: str) -> list[str]:
        """Plugin ids whose name or alias the text mentions, in order of first mention."""
        found: dict[str, int] = {}
        for plugin in self.plugins:
            for alias in [plugin.id, plugin.name, *plugin.aliases, *plugin.components]:
                hit = alias_pattern(alias).search(text)
                if hit and (plugin.id not in found or hit.start() < found[plugin.id]):
                    found[plugin.id] = hit.start()
        return sorted(found, key=found.__getitem__)


@lru_cache(maxsize=2048)
def alias_pattern(alias: str) -> re.Pattern:
    # Latin aliases need word edges ("calico" not in "calicoctl-like"); CJK text has no spaces.
    # A name after a hyphen is part of another name: "ovn" in "kube-ovn" is not OVN-Kubernetes.
    body = re.escape(alias.strip()).replace(r"\ ", r"[\s-]?")
    if alias.isascii():
        body = rf"(?<![A-Za-z0-9-]){body}(?![A-Za-z0-9])"
    return re.compile(body, re.I)


# --- raw file shape (validated first, so errors can name the YAML line) ---

class RawConstraint(BaseModel):
    model_config = ConfigDict(extra="forbid")
    when: dict[str, Any] = Field(min_length=1)
    status: Literal["fail", "warn"]
    note: str | None = None
    heading: str = Field(min_length=1)


class RawOption(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9-]+(:[a-z0-9-]+)?$")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    built_on: str | None = Field(default=None, pattern=ID)
    properties: dict[str, RawFact] = Field(default_factory=dict)
    constraints: list[RawConstraint] = Field(default_factory=list)


class RawPlugin(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID)
    name: str = Field(min_length=1)
    note: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    components: list[str] = Field(default_factory=list)
    repos: list[str] = Field(default_factory=list)
    listed_names: list[str] = Field(default_factory=list)
    rank: int = Field(default=100, ge=0, description="breaks exact score ties only: lower first")
    checked_against: CheckedAgainst
    defaults: dict[str, RawFact] = Field(default_factory=dict)
    constraints: list[RawConstraint] = Field(default_factory=list)  # every option has these
    options: list[RawOption] = Field(min_length=1)
    default_mode: RawFact | None = None  # value: the option id a plain install runs


class CatalogError(AdvisorError):
    """The catalog does not validate; `cni-advisor kb check` names file and line."""


def _constraint(raw: RawPlugin, c: RawConstraint) -> dict:
    return {"when": c.when, "status": c.status, "evidence": {"note": c.note or raw.note, "heading": c.heading}}


def build_option(raw: RawPlugin, opt: RawOption) -> Option:
    """One option with the plugin defaults merged in and every fact typed; raises ValidationError/ValueError."""
    plugin_id, _, mode = opt.id.partition(":")
    if plugin_id != raw.id:
        raise ValueError(f"option id {opt.id!r} must start with the plugin id {raw.id!r}")
    facts: dict[str, Any] = {
        key: {"value": f.value, "evidence": {"note": f.note or raw.note, "heading": f.heading}}
        for key, f in {**raw.defaults, **opt.properties}.items()
    }
    facts["constraints"] = [_constraint(raw, c) for c in [*raw.constraints, *opt.constraints]]
    home = raw.defaults.get("cloud")
    return Option(id=opt.id, name=opt.name, plugin=raw.id, mode=mode or None, aliases=opt.aliases,
                  vendor=bool(home and home.value), built_on=opt.built_on, props=OptionProps.model_validate(facts))


def default_mode_problem(raw: RawPlugin) -> str | None:
    """Why the plugin's `default_mode` is not one of its options, if it is not."""
    default = raw.default_mode.value if raw.default_mode is not None else None
    if default is None or default in {o.id for o in raw.options}:
        return None
    return f"default_mode {default!r} is not an option of {raw.id}"


def build_plugin(raw: RawPlugin) -> Plugin:
    options = [build_option(raw, opt) for opt in raw.options]
    if (problem := default_mode_problem(raw)) is not None:
        raise ValueError(problem)
    default = raw.default_mode.value if raw.default_mode is not None else None
    return Plugin(id=raw.id, name=raw.name, note=raw.note, aliases=raw.aliases, components=raw.components,
                  repos=raw.repos, listed_names=raw.listed_names, rank=raw.rank,
                  checked_against=raw.checked_against, options=options, default_mode=default)


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
            first = " ".join(str(exc).splitlines()[0:3])
            raise CatalogError(f"{path}: invalid catalog entry ({first}); run `cni-advisor kb check`") from None
    ids = [o.id for p in plugins for o in p.options]
    if len(ids) != len(set(ids)):
        raise CatalogError("duplicate option ids in the catalog; run `cni-advisor kb check`")
    known = {p.id for p in plugins}
    if stray := sorted({f"{o.id} (built_on: {o.built_on})" for p in plugins for o in p.options if o.built_on and o.built_on not in known}):
        raise CatalogError(f"options built on a plugin the catalog does not have: {', '.join(stray)}")
    environments, distributions = [], []
    env_path = environments_file(kb_dir)
    if env_path.exists():
        try:
            raw_envs = RawEnvironments.model_validate(read_yaml(env_path.read_text("utf-8")))
            environments = [build_environment(e) for e in raw_envs.environments]
            distributions = [build_distribution(d) for d in raw_envs.distributions]
        except (yaml.YAMLError, ValidationError, ValueError) as exc:
            first = " ".join(str(exc).splitlines()[0:3])
            raise CatalogError(f"{env_path}: invalid environments table ({first}); run `cni-advisor kb check`") from None
    places = {e.id for e in environments}
    if stray := sorted({f"{o.id} (platform: {c.when['platform']})" for p in plugins for o in p.options for c in o.props.constraints
                        if "platform" in c.when and c.when["platform"] not in places}):
        raise CatalogError(f"constraints on a platform the environments table does not have: {', '.join(stray)}")
    return Catalog(plugins=sorted(plugins, key=lambda p: (p.rank, p.id)), environments=environments,
                   distributions=distributions)


__all__ = ["ARCHES", "PROPERTY_NAMES", "Catalog", "CatalogError", "CheckedAgainst", "Constraint", "Distribution",
           "Environment", "Fact", "KernelException", "Option", "OptionProps", "Plugin", "RawDistribution",
           "RawEnvironment", "RawEnvironments", "RawFact", "RawOption", "RawPlugin", "build_distribution",
           "build_environment", "build_option", "build_plugin", "catalog_files", "compose_yaml", "environments_file",
           "load_catalog", "read_yaml", "yaml_problem"]
