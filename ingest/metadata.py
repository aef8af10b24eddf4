"""Per-file metadata: display path, plugins, source URL, language."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from assistant.text import detect_lang as text_lang


def plugin_tags(kb_dir: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """What ingest tags files with, from one read of the catalog: upstream repository folder
    (`owner__name`, as corpora lay them out) -> plugin id, and (name, plugin id) for every plugin's
    name, aliases and components. A knowledge base without a usable catalog tags nothing."""
    from assistant.catalog import CatalogError, load_catalog

    try:
        catalog = load_catalog(kb_dir)
    except CatalogError:
        return {}, []
    repos = {repo.replace("/", "__"): plugin.id for plugin in catalog.plugins for repo in plugin.repos}
    names = [(n, p.id) for p in catalog.plugins for n in dict.fromkeys([p.name, *p.aliases, *p.components])]
    return repos, names


def repo_plugins(kb_dir: Path) -> dict[str, str]:
    return plugin_tags(kb_dir)[0]


def plugin_names(kb_dir: Path) -> list[tuple[str, str]]:
    return plugin_tags(kb_dir)[1]


def display_source(path: Path, root: Path, repo_root: Path) -> str:
    """`kb/notes/x.md` for files in the repo, else relative to the ingested root's parent."""
    for base in (repo_root, root.parent):
        if path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return path.name


def infer_plugins(path: Path, root: Path, front: dict, repos: Mapping[str, str],
                  names: Sequence[tuple[str, str]] = (), title: str = "") -> list[str]:
    """The front matter's `plugins`, else the plugin whose upstream repository holds the file, else
    the plugins its file name or title names ("calico-bgp-runbook.pdf", "ipvlan plugin"): a user's
    own documents then count for the plugins a question names, like our notes do."""
    if "plugins" in front:
        given = front.get("plugins") or []
        items = given if isinstance(given, list) else str(given).split(",")
        return sorted({str(p).strip() for p in items if str(p).strip()})
    parts = path.relative_to(root.parent).parts if path.is_relative_to(root.parent) else path.parts
    found = {repos[p] for p in parts if p in repos}
    if found or not names:
        return sorted(found)
    from assistant.catalog import alias_pattern

    words = f"{re.sub(r'[-_.]+', ' ', path.stem)} {title}"
    return sorted({pid for name, pid in names if name.strip() and alias_pattern(name).search(words)})


@functools.lru_cache(maxsize=16)
def _manifest(root: Path, mtime: float) -> dict[str, str]:
    with open(root / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        return {row["local_path"]: row.get("url", "") for row in csv.DictReader(fh, delimiter="\t")}


def source_url(path: Path, root: Path, front: dict) -> str:
    sources = front.get("sources")
    if isinstance(sources, list) and sources:
        urls = [str(s.get("url", "") if isinstance(s, dict) else s) for s in sources]
        # Prefer a link a reader can open over a "seed:" reference to the user's notes.
        return next((u for u in urls if u.startswith(("http://", "https://"))), urls[0])
    if isinstance(sources, str) or front.get("url"):
        return str(front.get("url") or sources)
    # The mapping sits at the ingested root, or one up when a single repo of a corpus is ingested.
    for base in (root, root.parent):
        manifest = base / "MANIFEST.tsv"
        if manifest.is_file() and path.is_relative_to(base):
            return _manifest(base, manifest.stat().st_mtime).get(path.relative_to(base).as_posix(), "")
    return ""


def detect_lang(text: str, front: dict) -> str:
    return str(front.get("lang") or text_lang(text))
