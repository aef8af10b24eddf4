"""Score the rule reader on the labelled profile-reading set and print per-key precision and recall
as Markdown: the tune part, the held-out third (never used to tune the reader) and the whole set.

    .venv/bin/python scripts/profile_report.py [--set kb/eval/profile/sentences.yaml] [--out FILE]

Only the figures are printed, never the items: the held-out third stays unread.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from assistant.catalog import load_catalog  # noqa: E402
from assistant.errors import BadInput  # noqa: E402
from assistant.evaluation.profile_set import KeyScore, ProfileScore, load_sentences, score_reader  # noqa: E402
from assistant.reading import read_profile  # noqa: E402


def scores(set_path: Path) -> dict[str, ProfileScore]:
    catalog = load_catalog(REPO / "kb")
    items = load_sentences(set_path)

    def read(text: str) -> dict:
        return {f.key: f.value for f in read_profile(text, catalog)}

    parts = {"tune": [i for i in items if not i.held_out], "held out": [i for i in items if i.held_out], "all": items}
    return {name: score_reader(part, read) for name, part in parts.items()}


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.0%}"


def _cell(ks: KeyScore | None) -> str:
    if ks is None or not (ks.labelled or ks.predicted):
        return "– | –"
    return f"{_pct(ks.precision)} | {_pct(ks.recall)}"


def render(by_part: dict[str, ProfileScore]) -> str:
    names = list(by_part)
    keys = sorted({k for s in by_part.values() for k in s.keys})
    head = "| key | labelled (all) | " + " | ".join(f"{n} P | {n} R" for n in names) + " |"
    rows = [head, "|---|---|" + "---|---|" * len(names)]
    for key in keys:
        labelled = by_part["all"].keys.get(key, KeyScore(key=key)).labelled
        rows.append(f"| {key} | {labelled} | " + " | ".join(_cell(by_part[n].keys.get(key)) for n in names) + " |")
    rows.append(f"| **all** | {by_part['all'].total.labelled} | "
                + " | ".join(f"**{_pct(by_part[n].total.precision)}** | **{_pct(by_part[n].total.recall)}**" for n in names) + " |")
    over = ", ".join(f"{n} {by_part[n].over_read_modes}" for n in names)
    return "\n".join([*rows, "", f"Plugin modes read where the label names only the plugin: {over}."])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=REPO / "kb" / "eval" / "profile" / "sentences.yaml")
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    try:
        text = render(scores(args.set))
    except BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(text)
    if args.out:
        args.out.write_text(text + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
