"""HTML for the web panels: sources, checks matrix, environment read from the question.

Every string that came from a user, a document or an LLM goes through `html.escape`:
a question or a passage containing markup must show as text, never run.
"""

from __future__ import annotations

from html import escape

from assistant.models import AskResult, Citation, Recommendation

STATUS_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌", "unknown": "❔"}
VERDICT_ICON = {"recommended": "✅", "possible": "⚠️", "rejected": "❌"}

# The environment panel's fields, in the order the issue lists them, with their labels.
ENV_FIELDS = {
    "platform": "Platform",
    "l2_adjacent": "Nodes on the same L2",
    "bgp_fabric": "BGP-capable routers",
    "latency_sensitive": "Latency critical",
    "network_policy": "NetworkPolicy needed",
    "encryption": "Encryption needed",
    "windows_nodes": "Windows nodes",
    "ipv6": "IPv6",
    "sriov_nics": "SR-IOV NICs",
    "kernel": "Kernel",
}


def _link(url: str, label: str) -> str:
    # Only http(s) becomes a link: a javascript: URL in a document must not be clickable.
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">{escape(label)}</a>'
    return escape(label)


def sources_html(citations: list[Citation]) -> str:
    if not citations:
        return '<div class="cna-sources cna-empty">No sources yet.</div>'
    items = []
    for c in citations:
        items.append(
            f'<li class="cna-source" id="cna-source-{c.n}">'
            f'<div class="cna-source-head"><span class="cna-n">[{c.n}]</span> '
            f"<b>{escape(c.title or c.source)}</b>"
            + (f' <span class="cna-heading">› {escape(c.heading)}</span>' if c.heading else "")
            + f'</div><div class="cna-source-link">{_link(c.url, c.url or c.source)}</div>'
            f'<blockquote class="cna-text">{escape(c.text.strip())}</blockquote></li>'
        )
    return f'<ol class="cna-sources">{"".join(items)}</ol>'


def _columns(recs: list[Recommendation]) -> list[str]:
    # Union of check names in first-seen order, so options with fewer checks still line up.
    cols: list[str] = []
    for r in recs:
        for c in r.checks:
            if c.name not in cols:
                cols.append(c.name)
    return cols


def _matrix(recs: list[Recommendation], cols: list[str]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in cols)
    rows = []
    for r in recs:
        by_name = {c.name: c for c in r.checks}
        cells = []
        for col in cols:
            chk = by_name.get(col)
            status = chk.status if chk else "unknown"
            tip = chk.detail if chk else "not checked"
            refs = "".join(f"[{n}]" for n in chk.citations) if chk else ""
            cells.append(
                f'<td class="cna-{status}" title="{escape(tip)}">'
                f'{STATUS_ICON[status]} <span class="cna-status">{status}</span>'
                f'<span class="cna-refs">{refs}</span></td>'
            )
        rows.append(
            f'<tr class="cna-row-{r.verdict}"><th scope="row">{escape(r.name)}</th>{"".join(cells)}'
            f'<td class="cna-verdict cna-{r.verdict}">{VERDICT_ICON[r.verdict]} {r.verdict}</td></tr>'
        )
    return (
        '<table class="cna-matrix"><thead><tr><th>Option</th>'
        f'{head}<th>Verdict</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def checks_html(recs: list[Recommendation]) -> str:
    if not recs:
        return '<div class="cna-matrix cna-empty">No options compared for this question.</div>'
    cols = _columns(recs)
    kept = [r for r in recs if r.verdict != "rejected"]
    rejected = [r for r in recs if r.verdict == "rejected"]
    if not kept:
        return _matrix(recs, cols)
    # Rejected options usually fail one check and leave the rest unknown: folded, so the
    # candidates stay readable at a glance.
    folded = (
        f'<details class="cna-rejected"><summary>{len(rejected)} rejected option(s)</summary>'
        f"{_matrix(rejected, cols)}</details>"
        if rejected else ""
    )
    return _matrix(kept, cols) + folded


def _show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return escape(str(value))


def profile_html(read: dict, used: dict, overrides: dict) -> str:
    """What was read from the question (and earlier turns), what the panel overrode, what was used."""
    rows = []
    for key, label in ENV_FIELDS.items():
        mark = " ✎" if key in overrides else ""
        rows.append(
            f"<tr><th scope='row'>{label}</th><td>{_show(read.get(key))}</td>"
            f"<td>{_show(used.get(key))}{mark}</td></tr>"
        )
    return (
        '<table class="cna-profile"><thead><tr><th>Setting</th><th>Read from the chat</th>'
        f'<th>Used</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def answer_markdown(result: AskResult) -> str:
    """The chat bubble: escaped answer text (markdown still formats it), notice and follow-ups."""
    if not result.answer:  # still composing or streaming: the panels are there, the answer comes next
        return "…"
    parts = [escape(result.answer)]
    if result.notice:
        parts.append(f"_{escape(result.notice)}_")
    if result.follow_up:
        parts.append("**To narrow it down:**\n" + "\n".join(f"- {escape(q)}" for q in result.follow_up))
    return "\n\n".join(parts)


def notice_html(message: str, kind: str = "warn") -> str:
    return f'<div class="cna-notice cna-{kind}">{escape(message)}</div>'


CSS = """
.cna-matrix { border-collapse: collapse; width: 100%; font-size: 0.9em; }
.cna-matrix th, .cna-matrix td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; }
.cna-matrix thead th { background: #f6f8fa; }
.cna-pass { background: #dafbe1; } .cna-warn { background: #fff8c5; }
.cna-fail { background: #ffebe9; } .cna-unknown { background: #eef0f2; color: #57606a; }
.cna-refs { font-size: 0.8em; color: #57606a; margin-left: 2px; }
.cna-status { font-size: 0.85em; }
.cna-sources { padding-left: 0; list-style: none; max-height: 720px; overflow-y: auto; }
.cna-rejected summary { cursor: pointer; margin: 6px 0; color: #57606a; }
#cna-profile table, #cna-profile th, #cna-profile td { border-left: none !important; border-right: none !important; }
.cna-source { margin-bottom: 10px; }
.cna-n { font-weight: bold; color: #0969da; }
.cna-heading, .cna-source-link { color: #57606a; font-size: 0.9em; }
.cna-text { white-space: pre-wrap; margin: 4px 0; padding: 6px 8px; border-left: 3px solid #d0d7de;
  max-height: 14em; overflow: auto; font-size: 0.88em; }
.cna-profile { border-collapse: collapse; font-size: 0.9em; width: 100%; }
.cna-profile th, .cna-profile td { border: none; border-bottom: 1px solid #eaeef2; padding: 2px 6px;
  text-align: left; }
.cna-notice { padding: 6px 10px; border-radius: 6px; }
.cna-notice.cna-warn { background: #fff8c5; } .cna-notice.cna-ok { background: #dafbe1; }
.cna-notice.cna-error { background: #ffebe9; }
"""
