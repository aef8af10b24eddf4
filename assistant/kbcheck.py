"""`kb check`: prove the knowledge base is consistent before anything cites it.

Notes need valid front matter and a source; the catalog must validate; every evidence
reference must name an existing note heading. Each problem names the file and line to fix.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from assistant.catalog import RawPlugin, build_option, catalog_files

LANGS = ("en", "zh")
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


class Problem(BaseModel):
    path: str  # as shown to the user, e.g. "kb/catalog/flannel.yaml"
    line: int | None = None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class KBReport(BaseModel):
    problems: list[Problem]
    notes: int
    plugins: int
    options: int
    evidence_refs: int

    @property
    def ok(self) -> bool:
        return not self.problems


def note_id_for(path: Path) -> str:
    """The id a note file must carry: its stem, with a language suffix as `-zh` (x.zh.md -> x-zh)."""
    return path.name.removesuffix(".md").replace(".", "-")


def markdown_headings(text: str) -> list[tuple[int, str]]:
    """(line, text) of every ATX heading outside fenced code blocks."""
    found, fence = [], None
    for n, line in enumerate(text.splitlines(), 1):
        opened = _FENCE.match(line)
        if opened:
            fence = None if fence == opened.group(1) else (fence or opened.group(1))
            continue
        hit = None if fence else _HEADING.match(line)
        if hit and hit.group(2):
            found.append((n, hit.group(2)))
    return found


def split_front_matter(text: str) -> tuple[str, int] | None:
    """The YAML between the leading `---` lines and the line where it starts, or None."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return "\n".join(lines[1:end]), 2
    return None


def _line_of(node: yaml.Node | None, loc: tuple, base: int = 1) -> int | None:
    """The line of the deepest YAML node along a pydantic error location."""
    line = node.start_mark.line + base if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + base
    return line


def _check_note(path: Path, shown: str, plugin_ids: set[str]) -> tuple[str | None, set[str], list[Problem]]:
    text = path.read_text("utf-8")
    problems: list[Problem] = []
    bad = lambda line, msg: problems.append(Problem(path=shown, line=line, message=msg))  # noqa: E731
    headings = {h for _, h in markdown_headings(text)}
    front = split_front_matter(text)
    if front is None:
        bad(1, "no front matter: start the note with a `---` YAML block (id, title, lang, plugins, topics, sources)")
        return None, headings, problems
    source, base = front
    try:
        node, meta = yaml.compose(source), yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        bad(base + mark.line if mark else 1, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}")
        return None, headings, problems
    if not isinstance(meta, dict):
        bad(1, "front matter must be a YAML mapping")
        return None, headings, problems
    at = lambda key: _line_of(node, (key,), base) or 1  # noqa: E731
    note_id, want = meta.get("id"), note_id_for(path)
    if note_id != want:
        bad(at("id"), f"id {note_id!r} must equal the file name: use `id: {want}`")
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        bad(at("title"), "missing title: add `title: ...`")
    if meta.get("lang") not in LANGS:
        bad(at("lang"), f"lang {meta.get('lang')!r} must be one of {', '.join(LANGS)}")
    plugins = meta.get("plugins", [])
    if not isinstance(plugins, list):
        bad(at("plugins"), "plugins must be a list of plugin ids")
    elif plugin_ids:
        for i, pid in enumerate(plugins):
            if pid not in plugin_ids:
                bad(_line_of(node, ("plugins", i), base), f"unknown plugin id {pid!r} (catalog ids: kb/catalog/*.yaml)")
    topics = meta.get("topics")
    if not isinstance(topics, list) or not all(isinstance(t, str) and t for t in topics):
        bad(at("topics"), "topics must be a list of words, e.g. `topics: [mtu, overlay]`")
    sources = meta.get("sources")
    if not isinstance(sources, list) or not sources:
        bad(at("sources"), "the note has no source: list URLs or `seed:<file>` refs under `sources:`")
    else:
        for i, src in enumerate(sources):
            if not (isinstance(src, str) and re.match(r"^(https?://\S+|seed:\S+)$", src)):
                bad(_line_of(node, ("sources", i), base), f"source {src!r} must be an http(s) URL or a `seed:` ref")
    return note_id if isinstance(note_id, str) else None, headings, problems


def _evidence(raw: RawPlugin) -> list[tuple[tuple, str, str]]:
    """(yaml location, note, heading) of every fact the file writes."""
    refs = [(("defaults", key), f.note or raw.note, f.heading) for key, f in raw.defaults.items()]
    for i, opt in enumerate(raw.options):
        refs += [(("options", i, "properties", key), f.note or raw.note, f.heading)
                 for key, f in opt.properties.items()]
    return refs


def _check_catalog_file(path: Path, shown: str, notes: dict[str, set[str]], seen: set[str], report: dict) -> list[Problem]:
    problems: list[Problem] = []
    bad = lambda line, msg: problems.append(Problem(path=shown, line=line, message=msg))  # noqa: E731
    text = path.read_text("utf-8")
    try:
        node, data = yaml.compose(text), yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        bad(mark.line + 1 if mark else 1, f"not valid YAML: {getattr(exc, 'problem', exc)}")
        return problems
    try:
        raw = RawPlugin.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "file"
            bad(_line_of(node, err["loc"]), f"{where}: {err['msg']}")
        return problems
    report["plugins"] += 1
    if raw.id != path.stem:
        bad(_line_of(node, ("id",)), f"plugin id {raw.id!r} must equal the file name {path.stem!r}")
    if raw.note not in notes:
        bad(_line_of(node, ("note",)), f"plugin {raw.id!r} has no note: write kb/notes/{raw.note}.md")
    for i, opt in enumerate(raw.options):
        if opt.id in seen:
            bad(_line_of(node, ("options", i, "id")), f"duplicate option id {opt.id!r}")
        seen.add(opt.id)
        try:
            build_option(raw, opt)
            report["options"] += 1
        except ValueError as exc:  # ValidationError is a ValueError too
            errors = exc.errors() if isinstance(exc, ValidationError) else [{"loc": (), "msg": str(exc)}]
            for err in errors:
                key = err["loc"][0] if err["loc"] else None
                loc = ("options", i, "properties", key) if key in opt.properties else (
                    ("defaults", key) if key in raw.defaults else ("options", i))
                detail = ".".join(str(p) for p in err["loc"])
                bad(_line_of(node, loc), f"option {opt.id}: {detail + ': ' if detail else ''}{err['msg']}")
    for loc, note, heading in _evidence(raw):
        report["evidence_refs"] += 1
        if note not in notes:
            if note != raw.note:  # a missing plugin note is reported once, above
                bad(_line_of(node, loc), f"evidence note {note!r} not found in kb/notes")
        elif heading not in notes[note]:
            bad(_line_of(node, loc), f"evidence heading {heading!r} not found in note {note}")
    return problems


def _raw_plugin_ids(files: list[Path]) -> set[str]:
    ids = set()
    for path in files:
        try:
            data: Any = yaml.safe_load(path.read_text("utf-8"))
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            ids.add(data["id"])
    return ids


def scan_kb(kb_dir: Path) -> KBReport:
    kb_dir = Path(kb_dir)
    shown = lambda p: str(p.relative_to(kb_dir.parent))  # noqa: E731
    files = catalog_files(kb_dir)
    plugin_ids = _raw_plugin_ids(files)
    problems: list[Problem] = []
    notes: dict[str, set[str]] = {}
    note_paths = sorted((kb_dir / "notes").glob("*.md"))
    for path in note_paths:
        note_id, headings, found = _check_note(path, shown(path), plugin_ids)
        problems += found
        if note_id:
            if note_id in notes:
                problems.append(Problem(path=shown(path), line=2, message=f"duplicate note id {note_id!r}"))
            notes[note_id] = headings
    if not files:
        problems.append(Problem(path=shown(kb_dir / "catalog"), message="no catalog files (*.yaml)"))
    counts = {"plugins": 0, "options": 0, "evidence_refs": 0}
    seen: set[str] = set()
    for path in files:
        problems += _check_catalog_file(path, shown(path), notes, seen, counts)
    return KBReport(problems=problems, notes=len(note_paths), **counts)


def check_kb(kb_dir: Path) -> list[Problem]:
    """Every problem in the knowledge base; empty means clean."""
    return scan_kb(kb_dir).problems
