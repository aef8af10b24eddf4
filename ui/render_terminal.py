"""An AskResult as plain terminal text: the answer, a checks table per option, the sources."""

from __future__ import annotations

from assistant.models import AskResult

STATUS_MARK = {"pass": "ok", "warn": "warn", "fail": "FAIL", "unknown": "?"}


def render(result: AskResult, width: int = 100) -> str:
    out = [result.answer, ""]
    if result.notice:
        out += [f"Note: {result.notice}", ""]
    out += _reading(result)
    for rec in result.recommendations:
        out.append(f"{rec.name} [{rec.id}]: {rec.verdict} (score {rec.score:.2f})")
        name_w = max((len(c.name) for c in rec.checks), default=0)
        for c in rec.checks:
            refs = "".join(f"[{n}]" for n in c.citations)
            line = f"  {STATUS_MARK[c.status]:<4} {c.name:<{name_w}}  {c.detail} {refs}".rstrip()
            # Truncate by hand: textwrap.shorten would collapse the column padding.
            out.append(line if len(line) <= width * 2 else line[: width * 2 - 4] + " ...")
            out += [f"       | {seen}" for seen in c.observed[:6]]
        out.append("")
    if result.follow_up:
        out += ["Follow-up:"] + [f"  - {q}" for q in result.follow_up] + [""]
    if result.citations:
        out.append("Sources:")
        for cite in result.citations:
            where = " > ".join(x for x in (cite.source, cite.heading) if x)
            out.append(f"  [{cite.n}] {where}" + (f"  {cite.url}" if cite.url else ""))
    return "\n".join(out).rstrip() + "\n"


def _reading(result: AskResult) -> list[str]:
    """What was read from the question: each fact with where it came from (correct it with --profile)."""
    reading = result.reading
    if reading is None or not (reading.facts or reading.unknown or reading.conflicts):
        return []
    out = [f"Read ({reading.kind}):"]
    for f in reading.facts:
        value = ",".join(f.value) if isinstance(f.value, list) else f.value
        where = f'"{f.text}"' if f.source == "stated" and f.text else (f.detail or f.source)
        out.append(f"  {f.key}={value}  [{f.source}] {where}".rstrip())
    out += [f"  unknown name: {name}" for name in reading.unknown]
    out += [f"  conflict: {c}" for c in reading.conflicts]
    return out + [""]
