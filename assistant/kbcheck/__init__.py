"""`kb check`: prove the knowledge base is consistent before anything cites it.

Notes need valid front matter and a source; the catalog must validate; every evidence
reference must name an existing note heading. Each problem names the file and line to fix.
"""

from __future__ import annotations

from pathlib import Path

from assistant.catalog import RawPlugin, catalog_files, environments_file
from assistant.kbcheck.base import KBReport, Problem
from assistant.kbcheck.catalog import check_catalog_file, check_environments, raw_plugin_ids
from assistant.kbcheck.notes import check_note, markdown_headings, note_id_for, split_front_matter
from assistant.kbcheck.references import check_distribution_references, check_plugin_references

__all__ = ["KBReport", "Problem", "check_kb", "markdown_headings", "note_id_for", "scan_kb", "split_front_matter"]


def scan_kb(kb_dir: Path) -> KBReport:
    kb_dir = Path(kb_dir)

    def shown(p: Path) -> str:
        return str(p.relative_to(kb_dir.parent))

    files = catalog_files(kb_dir)
    plugin_ids = raw_plugin_ids(files)
    problems: list[Problem] = []
    notes: dict[str, set[str]] = {}
    note_paths = sorted((kb_dir / "notes").glob("*.md"))
    for path in note_paths:
        note_id, headings, found = check_note(path, shown(path), plugin_ids)
        problems += found
        if note_id:
            if note_id in notes:
                problems.append(Problem(path=shown(path), line=2, message=f"duplicate note id {note_id!r}"))
            notes[note_id] = headings
    if not files:
        problems.append(Problem(path=shown(kb_dir / "catalog"), message="no catalog files (*.yaml)"))
    counts = {"plugins": 0, "options": 0, "evidence_refs": 0}
    seen: set[str] = set()
    valid: list[tuple[Path, str, RawPlugin]] = []
    for path in files:
        parsed: list[RawPlugin] = []
        problems += check_catalog_file(path, shown(path), notes, seen, counts, parsed)
        valid += [(path, shown(path), raw) for raw in parsed]
    env_path, envs = environments_file(kb_dir), None
    if env_path.exists():
        found, envs = check_environments(env_path, shown(env_path), notes, counts)
        problems += found
    problems += check_plugin_references(valid, envs)
    if envs is not None:
        problems += check_distribution_references(env_path, shown(env_path), envs, [raw for _, _, raw in valid])
    releases = {raw.id: raw.checked_against.release for _, _, raw in sorted(valid, key=lambda v: v[2].id)}
    return KBReport(problems=problems, notes=len(note_paths), releases=releases, **counts)


def check_kb(kb_dir: Path) -> list[Problem]:
    """Every problem in the knowledge base; empty means clean."""
    return scan_kb(kb_dir).problems
