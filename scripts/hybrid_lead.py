"""Gate on fusion: hybrid must pass enough questions AND lead both single retrievers, in one run.

    .venv/bin/python scripts/hybrid_lead.py FILE ... --index DIR [--min-pass-rate 0.90] [--min-lead 0.05] [--json OUT]

Runs every question with hybrid, dense and lexical retrieval on the same index and prints each
one's pass rate (overall and per language). Only aggregates are printed: the held-out needle set
must not be read question by question. Exit 0 when both conditions hold, 1 when one does not,
2 for a bad question file, setting or index.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--index", type=Path, required=True, help="the index to ask against")
    ap.add_argument("--min-pass-rate", type=float, default=0.90, help="hybrid's pass rate at least this (0..1)")
    ap.add_argument("--min-lead", type=float, default=0.05, help="hybrid ahead of dense and of lexical by this (0..1)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)

    from assistant.ask import Advisor
    from assistant.errors import AdvisorError
    from assistant.evaluation import load_sets
    from assistant.evaluation.versus import versus
    from assistant.settings import load_settings

    try:
        questions = load_sets(args.files)
        advisor = Advisor(load_settings(index_dir=args.index))
        advisor.ask(questions[0].question)  # opening the store and loading the model are not measured
        result = versus(advisor, questions)
    except AdvisorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    names = ", ".join(f.name for f in args.files)
    print(f"{len(questions)} questions from {names}")
    for retriever, s in result.summaries.items():
        langs = ", ".join(f"{lang} {rate:.1%}" for lang, rate in s.by_lang.items() if rate is not None)
        print(f"  {retriever:<8} {s.passed}/{s.questions} = {s.pass_rate:.1%} ({langs})")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(result.model_dump_json(indent=2, exclude={"failing"}) + "\n", encoding="utf-8")
    problems = result.breaches(args.min_pass_rate, args.min_lead)
    for line in problems:
        print(f"below threshold: {line}")
    print("hybrid lead: " + ("FAILED" if problems else "met"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
