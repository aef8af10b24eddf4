"""`cni-advisor kb`: knowledge-base maintenance (`kb check`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ui.commands._common import index_option, make_settings, user_errors


@click.group(name="kb")
def command():
    """Knowledge base: notes under kb/notes and the plugin catalog under kb/catalog."""


@command.command(name="check")
@index_option
@click.option("--kb", "kb_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Knowledge-base directory [env CNI_ADVISOR_KB_DIR; default the repo's kb/].")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(index_dir, kb_dir, as_json):
    """Validate note front matter, the catalog and every evidence reference; exit 1 on problems."""
    from assistant.errors import ConfigError
    from assistant.kbcheck import scan_kb

    settings = make_settings(index_dir, kb_dir=kb_dir)
    with user_errors():
        if not settings.kb_dir.is_dir():
            raise ConfigError(f"no knowledge base at {settings.kb_dir}: pass --kb DIR or set CNI_ADVISOR_KB_DIR")
        report = scan_kb(settings.kb_dir)
    if as_json:
        click.echo(json.dumps({"ok": report.ok, **report.model_dump()}, ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            click.echo(str(problem))
        for plugin, release in report.releases.items():  # so a plugin whose facts are stale shows
            click.echo(f"checked against: {plugin}: {release}")
        summary = (f"{report.notes} notes, {report.plugins} plugins, {report.options} options, "
                   f"{report.evidence_refs} evidence references")
        click.echo(f"kb check: {summary}: " + ("OK" if report.ok else f"{len(report.problems)} problem(s)"),
                   err=not report.ok)
    raise SystemExit(0 if report.ok else 1)
