"""HTML for the web panels: sources, checks matrix, environment read from the question.

Every string that came from a user, a document or an LLM goes through `html.escape`:
a question or a passage containing markup must show as text, never run. The panels speak the
page's language (`lang`); check names come from the engine, in the question's language.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from assistant.models import AskResult, Check, Citation, Reading, Recommendation
from ui.web.i18n import ENV_FIELDS, field_label, t


def _link(url: str, label: str) -> str:
    # Only http(s) becomes a link: a javascript: URL in a document must not be clickable.
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">{escape(label)}</a>'
    return escape(label)


def sources_html(citations: list[Citation], lang: str = "en") -> str:
    if not citations:
        return f'<div class="cna-sources cna-empty">{t("no_sources", lang)}</div>'
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


def badge(status: str, lang: str = "en") -> str:
    """A status or verdict drawn as text on a CSS colour: emoji glyphs are empty boxes without an emoji font."""
    return f'<span class="cna-badge cna-badge-{status}">{escape(t(status, lang))}</span>'


def _key(check: Check) -> str:
    # Columns line up on the check's stable id: the name follows the question's language.
    return check.id


def _columns(recs: list[Recommendation]) -> dict[str, str]:
    """Column key -> header, the union of every option's checks in first-seen order."""
    cols: dict[str, str] = {}
    for r in recs:
        for c in r.checks:
            cols.setdefault(_key(c), c.name)
    return cols


def _matrix(recs: list[Recommendation], cols: dict[str, str], lang: str) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name in cols.values())
    rows = []
    for r in recs:
        by_key = {_key(c): c for c in r.checks}
        cells = []
        for col in cols:
            chk = by_key.get(col)
            status = chk.status if chk else "unknown"
            tip = chk.detail if chk else t("not_checked", lang)
            refs = "".join(f"[{n}]" for n in chk.citations) if chk else ""
            seen = (f' <span class="cna-seen" title="{escape(chr(10).join(chk.observed))}">{t("seen", lang)}</span>'
                    if chk and chk.observed else "")
            cells.append(
                f'<td class="cna-{status}" title="{escape(tip)}">{badge(status, lang)}'
                f'<span class="cna-refs">{refs}</span>{seen}</td>'
            )
        rows.append(
            f'<tr class="cna-row-{r.verdict}"><th scope="row">{escape(r.name)}</th>{"".join(cells)}'
            f'<td class="cna-verdict cna-{r.verdict}">{badge(r.verdict, lang)}</td></tr>'
        )
    return (
        f'<table class="cna-matrix"><thead><tr><th>{t("option", lang)}</th>'
        f'{head}<th>{t("verdict", lang)}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def checks_html(recs: list[Recommendation], lang: str = "en") -> str:
    if not recs:
        return f'<div class="cna-matrix cna-empty">{t("no_options", lang)}</div>'
    cols = _columns(recs)
    kept = [r for r in recs if r.verdict != "rejected"]
    rejected = [r for r in recs if r.verdict == "rejected"]
    if not kept:
        return _matrix(recs, cols, lang)
    # Rejected options usually fail one check and leave the rest unknown: folded, so the
    # candidates stay readable at a glance.
    folded = (
        f'<details class="cna-rejected"><summary>{t("rejected_folded", lang, n=len(rejected))}</summary>'
        f"{_matrix(rejected, cols, lang)}</details>"
        if rejected else ""
    )
    return _matrix(kept, cols, lang) + folded


def _show(value, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    return escape(str(value))


def profile_html(reading: Reading | None, used: dict, overrides: dict, lang: str = "en") -> str:
    """What was read from the chat (each fact with its source and words), what the panel overrode, what was used."""
    facts = {f.key: f for f in reading.facts} if reading else {}
    keys = list(ENV_FIELDS) + [k for k in [*facts, *used] if k not in ENV_FIELDS]
    rows = []
    for key in dict.fromkeys(keys):
        fact = facts.get(key)
        read = _show(fact.value, lang) if fact and fact.source != "explicit" else "—"
        if fact and fact.source != "explicit":
            words = fact.text if fact.source == "stated" else fact.detail
            read += (f' <span class="cna-src cna-src-{fact.source}" title="{escape(words)}">'
                     f"{t(fact.source, lang)}{': “' + escape(words[:60]) + '”' if words else ''}</span>")
        mark = " ✎" if key in overrides else ""
        rows.append(f"<tr><th scope='row'>{escape(_label(key, lang))}</th><td>{read}</td>"
                    f"<td>{_show(used.get(key), lang)}{mark}</td></tr>")
    head = f'<div class="cna-kind">{t("kind", lang, kind=t(reading.kind, lang))}</div>' if reading else ""
    unknown = "".join(f'<div class="cna-unknown">{escape(t("unknown_name", lang, name=n))}</div>'
                      for n in (reading.unknown if reading else []))
    return (
        f'{head}{unknown}<table class="cna-profile"><thead><tr><th>{t("setting", lang)}</th><th>{t("read", lang)}</th>'
        f'<th>{t("used", lang)}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>' + observed_html(reading, lang)
    )


def observed_html(reading: Reading | None, lang: str) -> str:
    """Each fact seen in pasted output, with the lines that prove it (escaped: pasted text is data)."""
    seen = [f for f in (reading.facts if reading else []) if f.source == "observed"]
    if not seen and not (reading and reading.conflicts):
        return ""
    items = "".join(f'<li><b>{escape(_label(f.key, lang))}</b>: {escape(f.detail)}'
                    f'<pre class="cna-lines">{escape(chr(10).join(f.lines[:12]))}</pre></li>' for f in seen)
    items += "".join(f'<li class="cna-conflict">{escape(c)}</li>' for c in (reading.conflicts if reading else []))
    return f'<div class="cna-observed"><b>{t("observed_head", lang)}</b><ul>{items}</ul></div>'


def _label(key: str, lang: str) -> str:
    return field_label(key, lang) if key in ENV_FIELDS else key.replace("_", " ")


def answer_markdown(result: AskResult) -> str:
    """The chat bubble: escaped answer text (markdown still formats it), notice and follow-ups.

    The bubble is the answer, so it follows the question's language (`result.lang`), not the page's.
    The follow-up questions are listed here once: the engine keeps them out of the answer text.
    """
    if not result.answer:  # still composing or streaming: the panels are there, the answer comes next
        return "…"
    parts = [escape(result.answer)]
    if result.notice:
        parts.append(f"_{escape(result.notice)}_")
    if result.follow_up:
        parts.append(f"**{t('narrow', result.lang)}**\n" + "\n".join(f"- {escape(q)}" for q in result.follow_up))
    return "\n\n".join(parts)


def notice_html(message: str, kind: str = "warn") -> str:
    return f'<div class="cna-notice cna-{kind}">{escape(message)}</div>'


@lru_cache(maxsize=1)
def css() -> str:
    """The page's stylesheet (ui/static/web.css): badge colours, matrix, sources, panels."""
    from importlib.resources import files

    return files("ui").joinpath("static", "web.css").read_text(encoding="utf-8")
