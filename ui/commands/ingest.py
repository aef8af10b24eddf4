"""`cni-advisor ingest [PATH ...]`: documents into the index."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ui.commands._common import index_option, make_settings, user_errors


@click.command(name="ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@index_option
@click.option("--rebuild", is_flag=True, help="Drop the whole index first and ingest from scratch.")
@click.option("--wait", is_flag=True, help="Wait for another running ingest instead of refusing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary object.")
def command(paths, index_dir, rebuild, wait, as_json):
    """Ingest Markdown/MDX, reStructuredText, text and HTML files (default: kb/notes).

    Incremental: unchanged files are skipped, changed files replaced, files gone from a
    given folder removed. Exit 0 if anything is indexed, 1 if nothing could be, 2 on
    configuration or store errors.
    """
    settings = make_settings(index_dir)
    with user_errors():
        from ingest.pipeline import run_ingest

        report = run_ingest(settings, list(paths) or None, rebuild=rebuild, progress=not as_json, wait=wait)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        click.echo(report.summary(), file=sys.stdout)
    sys.exit(report.exit_code)
