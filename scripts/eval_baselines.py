"""Measure hybrid, dense and lexical retrieval side by side on the same sets, in one run, and
write the Markdown table (docs/eval-baselines.md by default).

    .venv/bin/python scripts/eval_baselines.py [--kb-index DIR] [--full-index DIR] [--out FILE]

The indexes are the ones `scripts/gate.sh` builds (kb/notes; kb/notes plus ../shared/corpus).
"""

from __future__ import annotations

import argparse
import datetime
import glob
import os
import platform
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RETRIEVERS = ("hybrid", "dense", "lexical")


def measure(index_dir: Path, files: list[str]) -> dict:
    from assistant.ask import Advisor
    from assistant.evaluation import load_sets, run_questions, summarize
    from assistant.settings import load_settings

    questions = load_sets(files)
    advisor = Advisor(load_settings(index_dir=index_dir))
    advisor.ask(questions[0].question)  # warm-up, untimed: model load and store open
    out = {}
    for retriever in RETRIEVERS:
        outcomes = run_questions(advisor, questions, retriever=retriever)
        out[retriever] = (summarize(outcomes), [o for o in outcomes if not o.passed])
        print(f"{index_dir.name} {retriever}: {out[retriever][0].passed}/{len(questions)} passed", flush=True)
    return out


def table(title: str, files: list[str], figures: dict) -> list[str]:
    from assistant.evaluation.report import SUMMARY_ROWS, fmt_value

    n = next(iter(figures.values()))[0].questions
    lines = [f"### {title}", "", f"{n} questions from {', '.join(Path(f).name for f in files)}.", "",
             "| figure | " + " | ".join(RETRIEVERS) + " |", "|---" * (len(RETRIEVERS) + 1) + "|"]
    for label, field in SUMMARY_ROWS:
        cells = [fmt_value(field, getattr(figures[r][0], field)) for r in RETRIEVERS]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("")
    for r in RETRIEVERS:
        failed = ", ".join(o.id for o in figures[r][1]) or "none"
        lines.append(f"- failing with {r}: {failed}")
    return lines + [""]


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb-index", type=Path, help="kb/notes index, for kb/eval/*.yaml")
    ap.add_argument("--full-index", type=Path, help="KB + corpus index, for kb/eval/corpus/*.yaml")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "eval-baselines.md")
    args = ap.parse_args()

    kb_files = sorted(glob.glob(str(REPO / "kb/eval/*.yaml")))
    corpus_files = sorted(glob.glob(str(REPO / "kb/eval/corpus/*.yaml")))
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["# Evaluation baselines: hybrid vs dense vs lexical retrieval", "",
             f"Measured in one run on {stamp}, {os.cpu_count()} cores ({platform.machine()}), "
             "no LLM (grounded answers), default top_k. Latency is the wall time of `Advisor.ask` "
             "after one warm-up question. Regenerate with `scripts/eval_baselines.py`.", ""]
    if args.kb_index:
        lines += table("KB sets against a kb/notes index", kb_files, measure(args.kb_index, kb_files))
    if args.full_index and corpus_files:
        lines += table("Corpus retrieval set against a kb/notes + ../shared/corpus index",
                       corpus_files, measure(args.full_index, corpus_files))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
