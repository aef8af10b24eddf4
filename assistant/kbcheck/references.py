"""Checks across catalog files: the ids one file names must exist in another.

An option's `cloud` must be a cloud environment, `legacy` an option; a distribution's plugins and
default option must be in the catalog; an alias may name one plugin only; repos are owner/name.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.catalog import RawEnvironments, RawPlugin, compose_yaml
from assistant.kbcheck.base import Loc, Problem, line_of

REPO = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


def check_plugin_references(plugins: list[tuple[Path, str, RawPlugin]], envs: RawEnvironments | None) -> list[Problem]:
    problems: list[Problem] = []
    option_ids = {o.id for _, _, raw in plugins for o in raw.options}
    clouds = {e.id for e in envs.environments if e.kind == "cloud"} if envs else None
    owner: dict[str, str] = {}
    for path, shown, raw in plugins:
        node = compose_yaml(path.read_text("utf-8"))

        def bad(loc: Loc, msg: str, shown: str = shown, node: yaml.Node | None = node) -> None:
            problems.append(Problem(path=shown, line=line_of(node, loc), message=msg))

        names = [(("id",), raw.id), (("name",), raw.name), *((("aliases", j), a) for j, a in enumerate(raw.aliases)),
                 *((("components", j), c) for j, c in enumerate(raw.components))]
        for loc, alias in names:
            key = alias.strip().casefold()
            if not key:
                bad(loc, "empty alias")
            elif owner.setdefault(key, raw.id) != raw.id:
                bad(loc, f"alias {alias!r} also names plugin {owner[key]!r}: an alias must name one plugin")
        for j, repo in enumerate(raw.repos):
            if not REPO.match(repo):
                bad(("repos", j), f"repo {repo!r} must be a GitHub owner/name")
        facts = [(("defaults",), raw.defaults)] + [(("options", i, "properties"), o.properties) for i, o in enumerate(raw.options)]
        for where, props in facts:
            cloud = props.get("cloud")
            if clouds is not None and cloud is not None and cloud.value is not None and cloud.value not in clouds:
                bad((*where, "cloud"), f"cloud {cloud.value!r} is not a cloud environment of kb/catalog/_environments.yaml")
            legacy = props.get("legacy")
            if legacy is not None and legacy.value not in option_ids:
                bad((*where, "legacy"), f"legacy names {legacy.value!r}, which is not a catalog option id")
    return problems


def check_distribution_references(path: Path, shown: str, envs: RawEnvironments, plugins: list[RawPlugin]) -> list[Problem]:
    problems: list[Problem] = []
    node = compose_yaml(path.read_text("utf-8"))
    plugin_ids = {raw.id for raw in plugins}
    option_ids = {o.id for raw in plugins for o in raw.options}
    for i, dist in enumerate(envs.distributions):
        def bad(key: str, msg: str, i: int = i) -> None:
            problems.append(Problem(path=shown, line=line_of(node, ("distributions", i, key)), message=msg))

        if dist.default_option is not None and dist.default_option not in option_ids:
            bad("default_option", f"distribution {dist.id}: default_option {dist.default_option!r} is not a catalog option id")
        named = {"bundled": dist.bundled, "supported": list(dist.supported), "windows_plugins": dist.windows_plugins or []}
        for key, ids in named.items():
            for unknown in [p for p in ids if p not in plugin_ids]:
                bad(key, f"distribution {dist.id}: {key} names {unknown!r}, which is not a catalog plugin id")
    for i, env in enumerate(envs.environments):
        # a managed service's lock names plugins, or single options it offers (ACK's VPC-routed flannel)
        locked = env.managed_plugins.value if env.managed_plugins is not None else []
        for unknown in [x for x in locked if x not in plugin_ids | option_ids]:
            problems.append(Problem(path=shown, line=line_of(node, ("environments", i, "managed_plugins")),
                                    message=f"environment {env.id}: managed_plugins names {unknown!r}, which is not a catalog plugin or option id"))
    return problems
