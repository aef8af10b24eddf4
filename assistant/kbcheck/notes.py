"""Note files: front matter, headings, and the checks on both."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.catalog import compose_yaml, read_yaml, yaml_problem
from assistant.kbcheck.base import Problem, line_of
from assistant.markdown import headings

LANGS = ("en", "zh")


def note_id_for(path: Path) -> str:
    """The id a note file must carry: its stem, with a language suffix as `-zh` (x.zh.md -> x-zh)."""
    return path.name.removesuffix(".md").replace(".", "-")


def markdown_headings(text: str) -> list[tuple[int, str]]:
    """(line, plain title) of every heading, read as ingest reads them (assistant.markdown)."""
    return [(h.line, h.title) for h in headings(text) if h.title]


def split_front_matter(text: str) -> tuple[str, int] | None:
    """The YAML between the leading `---` lines and the line where it starts, or None."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return "\n".join(lines[1:end]), 2
    return None


def check_note(path: Path, shown: str, plugin_ids: set[str]) -> tuple[str | None, set[str], list[Problem]]:
    text = path.read_text("utf-8")
    problems: list[Problem] = []

    def bad(line: int | None, msg: str) -> None:
        problems.append(Problem(path=shown, line=line, message=msg))

    headings = {h for _, h in markdown_headings(text)}
    front = split_front_matter(text)
    if front is None:
        bad(1, "no front matter: start the note with a `---` YAML block (id, title, lang, plugins, topics, sources)")
        return None, headings, problems
    source, base = front
    try:
        node, meta = compose_yaml(source), read_yaml(source)
    except yaml.YAMLError as exc:
        line, problem = yaml_problem(exc)
        bad(base + line if line is not None else 1, f"front matter is not valid YAML: {problem}")
        return None, headings, problems
    if not isinstance(meta, dict):
        bad(1, "front matter must be a YAML mapping")
        return None, headings, problems

    def at(key: str) -> int:
        return line_of(node, (key,), base) or 1

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
                bad(line_of(node, ("plugins", i), base), f"unknown plugin id {pid!r} (catalog ids: kb/catalog/*.yaml)")
    topics = meta.get("topics")
    if not isinstance(topics, list) or not all(isinstance(t, str) and t for t in topics):
        bad(at("topics"), "topics must be a list of words, e.g. `topics: [mtu, overlay]`")
    sources = meta.get("sources")
    if not isinstance(sources, list) or not sources:
        bad(at("sources"), "the note has no source: list URLs or `seed:<file>` refs under `sources:`")
    else:
        for i, src in enumerate(sources):
            if not (isinstance(src, str) and re.match(r"^(https?://\S+|seed:\S+)$", src)):
                bad(line_of(node, ("sources", i), base), f"source {src!r} must be an http(s) URL or a `seed:` ref")
    return note_id if isinstance(note_id, str) else None, headings, problems
