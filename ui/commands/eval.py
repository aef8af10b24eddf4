"""`cni-advisor eval FILE ...`: run question sets through ask(), report, and gate on thresholds."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ui.commands._common import index_option, make_settings, user_errors

_RATIO = click.FloatRange(0.0, 1.0)
_OUT = click.Path(dir_okay=False, path_type=Path, allow_dash=True)


@click.command(name="eval")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "json_out", type=_OUT, help="Write the JSON report here ('-' for stdout).")
@click.option("--markdown", "md_out", type=_OUT, help="Write the Markdown report here.")
@click.option("--retriever", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid",
              show_default=True)
@click.option("--top-k", type=click.IntRange(1, 50), default=None, help="Passages per answer.")
@click.option("--min-pass-rate", type=_RATIO, help="Fail (exit 1) below this share of passed questions.")
@click.option("--min-top1", type=_RATIO, help="... below this top-1 accuracy.")
@click.option("--min-source-recall", type=_RATIO, help="... below this sources_any recall.")
@click.option("--min-refusal-precision", type=_RATIO, help="... below this refusal precision.")
@click.option("--min-refusal-recall", type=_RATIO, help="... below this refusal recall.")
@click.option("--min-citation-validity", type=_RATIO,
              help="... below this share of answers whose citation numbers all resolve.")
@click.option("--max-exclusion-violations", type=click.IntRange(0), help="... above this many.")
@index_option
def command(files, json_out, md_out, retriever, top_k, index_dir, **limits):
    """Score question sets (YAML list or JSON Lines) against the index.

    Exit 0 when every threshold is met, 1 when one is not, 2 for a bad file or setting.
    """
    from assistant.evaluation import Report, Thresholds, breaches, load_sets, summarize, write_reports
    from assistant.evaluation.report import SUMMARY_ROWS, fmt_value

    settings = make_settings(index_dir, retriever=retriever)
    thresholds = Thresholds(**limits)
    with user_errors():
        questions = load_sets(files)  # every file is checked before the model loads
        outcomes = _run(settings, questions, retriever, top_k)
    summary = summarize(outcomes)
    report = Report(files=[str(f) for f in files], retriever=retriever, summary=summary,
                    thresholds=thresholds, breaches=breaches(summary, thresholds), questions=outcomes)
    to_stdout = json_out == Path("-")
    write_reports(report, None if to_stdout else json_out, md_out)
    if to_stdout:
        click.echo(report.model_dump_json(indent=2))

    def echo(msg: str) -> None:
        click.echo(msg, err=to_stdout)  # with --json -, stdout holds the JSON report alone

    echo(f"{summary.passed}/{summary.questions} passed (retriever {retriever})")
    for label, field in SUMMARY_ROWS:
        echo(f"  {label:<22} {fmt_value(field, getattr(summary, field))}")
    for o in outcomes:
        if not o.passed:
            echo(f"  FAIL {o.set}/{o.id}: " + "; ".join(f"{f.key}: {f.detail}" for f in o.failures))
    for line in report.breaches:
        echo(f"below threshold: {line}")
    sys.exit(0 if report.ok else 1)


def _run(settings, questions, retriever, top_k):
    from tqdm import tqdm

    from assistant.ask import Advisor
    from assistant.evaluation import run_questions

    advisor = Advisor(settings)
    # One untimed question first: opening Chroma and loading the model would otherwise land in
    # the first question's latency and skew p95 on small sets.
    run_questions(advisor, questions[:1], retriever=retriever)
    with tqdm(total=len(questions), unit="q", disable=not sys.stderr.isatty(), file=sys.stderr) as bar:
        return run_questions(advisor, questions, retriever=retriever, top_k=top_k,
                             on_outcome=lambda _: bar.update())
