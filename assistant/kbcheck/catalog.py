"""Catalog files: schema, option building and evidence references, each problem with its line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.catalog import (
    RawEnvironments,
    RawPlugin,
    build_distribution,
    build_environment,
    build_option,
    compose_yaml,
    default_mode_problem,
    read_yaml,
    yaml_problem,
)
from assistant.kbcheck.base import Loc, Problem, line_of


def _evidence(raw: RawPlugin) -> list[tuple[Loc, str, str]]:
    """(yaml location, note, heading) of every fact and constraint the file writes."""
    refs: list[tuple[Loc, str, str]] = [(("defaults", key), f.note or raw.note, f.heading) for key, f in raw.defaults.items()]
    refs += [(("constraints", j), c.note or raw.note, c.heading) for j, c in enumerate(raw.constraints)]
    if raw.default_mode is not None:
        refs.append((("default_mode",), raw.default_mode.note or raw.note, raw.default_mode.heading))
    for i, opt in enumerate(raw.options):
        refs += [(("options", i, "properties", key), f.note or raw.note, f.heading)
                 for key, f in opt.properties.items()]
        refs += [(("options", i, "constraints", j), c.note or raw.note, c.heading) for j, c in enumerate(opt.constraints)]
    return refs


def check_catalog_file(path: Path, shown: str, notes: dict[str, set[str]], seen: set[str], report: dict,
                       valid: list[RawPlugin] | None = None) -> list[Problem]:
    """Problems of one plugin file; a file that validates is appended to `valid` for the cross-file checks."""
    problems: list[Problem] = []

    def bad(line: int | None, msg: str) -> None:
        problems.append(Problem(path=shown, line=line, message=msg))

    text = path.read_text("utf-8")
    try:
        node, data = compose_yaml(text), read_yaml(text)
    except yaml.YAMLError as exc:
        line, problem = yaml_problem(exc)
        bad(line + 1 if line is not None else 1, f"not valid YAML: {problem}")
        return problems
    try:
        raw = RawPlugin.model_validate(data)
    except ValidationError as exc:
        for invalid in exc.errors():
            where = ".".join(str(p) for p in invalid["loc"]) or "file"
            bad(line_of(node, invalid["loc"]), f"{where}: {invalid['msg']}")
        return problems
    report["plugins"] += 1
    if valid is not None:
        valid.append(raw)
    if raw.id != path.stem:
        bad(line_of(node, ("id",)), f"plugin id {raw.id!r} must equal the file name {path.stem!r}")
    if raw.note not in notes:
        bad(line_of(node, ("note",)), f"plugin {raw.id!r} has no note: write kb/notes/{raw.note}.md")
    for i, opt in enumerate(raw.options):
        if opt.id in seen:
            bad(line_of(node, ("options", i, "id")), f"duplicate option id {opt.id!r}")
        seen.add(opt.id)
        try:
            build_option(raw, opt)
            report["options"] += 1
        except ValueError as exc:  # ValidationError is a ValueError too
            errors: Sequence[Mapping[str, Any]] = exc.errors() if isinstance(exc, ValidationError) else [{"loc": (), "msg": str(exc)}]
            for err in errors:
                key = err["loc"][0] if err["loc"] else None
                loc: Loc = ("options", i, "properties", key) if key in opt.properties else (
                    ("defaults", key) if key in raw.defaults else ("options", i))
                detail = ".".join(str(p) for p in err["loc"])
                bad(line_of(node, loc), f"option {opt.id}: {detail + ': ' if detail else ''}{err['msg']}")
    if (problem := default_mode_problem(raw)) is not None:
        bad(line_of(node, ("default_mode",)), problem)
    for ref, note, heading in _evidence(raw):
        report["evidence_refs"] += 1
        if note not in notes:
            if note != raw.note:  # a missing plugin note is reported once, above
                bad(line_of(node, ref), f"evidence note {note!r} not found in kb/notes")
        elif heading not in notes[note]:
            bad(line_of(node, ref), f"evidence heading {heading!r} not found in note {note}")
    return problems


def _ref_problem(notes: dict[str, set[str]], note: str | None, heading: str) -> str | None:
    if note not in notes:
        return f"evidence note {note!r} not found in kb/notes"
    if heading not in notes[note]:
        return f"evidence heading {heading!r} not found in note {note}"
    return None


def check_environments(path: Path, shown: str, notes: dict[str, set[str]], report: dict) -> tuple[list[Problem], RawEnvironments | None]:
    """Problems of the environments and distributions table, and the table when it validates."""
    problems: list[Problem] = []

    def bad(line: int | None, msg: str) -> None:
        problems.append(Problem(path=shown, line=line, message=msg))

    text = path.read_text("utf-8")
    try:
        node, raw = compose_yaml(text), RawEnvironments.model_validate(read_yaml(text))
    except yaml.YAMLError as exc:
        line, problem = yaml_problem(exc)
        bad(line + 1 if line is not None else 1, f"not valid YAML: {problem}")
        return problems, None
    except ValidationError as exc:
        for err in exc.errors():
            bad(line_of(compose_yaml(text), err["loc"]), f"{'.'.join(map(str, err['loc']))}: {err['msg']}")
        return problems, None
    ids = [e.id for e in raw.environments] + [d.id for d in raw.distributions]
    for i, env in enumerate(raw.environments):
        if ids.count(env.id) > 1:
            bad(line_of(node, ("environments", i, "id")), f"duplicate environment id {env.id!r}")
        facts = env.facts()
        for key in [k for k, f in facts.items() if not f.note]:
            bad(line_of(node, ("environments", i, key)),
                f"environment {env.id}: {key} needs a `note:` (environments have no default note)")
        if any(not f.note for f in facts.values()):
            continue
        try:
            build_environment(env)
        except ValidationError as exc:
            for err in exc.errors():
                bad(line_of(node, ("environments", i, err["loc"][0])), f"environment {env.id}: {err['msg']}")
            continue
        for key, fact in facts.items():
            report["evidence_refs"] += 1
            if (msg := _ref_problem(notes, fact.note, fact.heading)) is not None:
                bad(line_of(node, ("environments", i, key)), msg)
    for i, dist in enumerate(raw.distributions):
        if ids.count(dist.id) > 1:
            bad(line_of(node, ("distributions", i, "id")), f"duplicate distribution id {dist.id!r}")
        build_distribution(dist)
        report["evidence_refs"] += 1
        if (msg := _ref_problem(notes, dist.note, dist.heading)) is not None:
            bad(line_of(node, ("distributions", i, "heading")), msg)
    return problems, raw


def raw_plugin_ids(files: list[Path]) -> set[str]:
    ids = set()
    for path in files:
        try:
            data: Any = read_yaml(path.read_text("utf-8"))
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            ids.add(data["id"])
    return ids
