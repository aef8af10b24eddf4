"""AskResult -> Block Kit messages, each within Slack's limits (3,000 chars a section, 50 blocks a message)."""

from __future__ import annotations

from assistant.models import AskResult, Citation, Recommendation
from ui.slack.mrkdwn import escape, to_mrkdwn

MAX_SECTION_CHARS = 3000
MAX_BLOCKS = 50
MAX_CONTEXT_ELEMENTS = 10
TOP_RECOMMENDATIONS = 3

STATUS_EMOJI = {
    "pass": ":white_check_mark:",
    "warn": ":warning:",
    "fail": ":x:",
    "unknown": ":grey_question:",
}
VERDICT_EMOJI = {"recommended": ":star:", "possible": ":large_blue_circle:", "rejected": ":no_entry_sign:"}

FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
POST_TO_CHANNEL = "post_to_channel"

HELLO = ("Ask me about Kubernetes pod networking, e.g. _which CNI for bare metal with a BGP fabric"
         " and network policy?_ Reply in the thread to refine the answer.")


def render(result: AskResult, *, answer_id: str, ephemeral: bool = False) -> list[list[dict]]:
    """The answer as one or more messages' blocks; the buttons ride on the last message."""
    blocks: list[dict] = []
    if result.notice:
        blocks.append(_context([f":information_source: {escape(result.notice)}"]))
    blocks += [_section(part) for part in split_text(to_mrkdwn(result.answer) or "_(no answer)_")]
    blocks += _reading(result)
    blocks += _recommendations(result.recommendations[:TOP_RECOMMENDATIONS])
    blocks += _sources(result.citations)
    if result.follow_up:
        lines = "\n".join(f"• {escape(q)}" for q in result.follow_up)
        blocks += [_section(p) for p in split_text(f"*To sharpen the advice, tell me:*\n{lines}")]
    blocks.append(_actions(answer_id, ephemeral))
    return [blocks[i : i + MAX_BLOCKS] for i in range(0, len(blocks), MAX_BLOCKS)]


def fallback_text(result: AskResult, limit: int = 300) -> str:
    """Plain text for notifications and clients that cannot show blocks."""
    text = " ".join((result.answer or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def asked_by(user: str, question: str) -> dict:
    """The line above an answer shared from `/cni`, so the channel sees what was asked."""
    return _context([f"<@{user}> asked: {escape(question)[:2800]}"])


def split_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Cut at paragraph, then line, then word boundaries; a hard cut only for one huge word."""
    out: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cuts = (window.rfind(sep) for sep in ("\n\n", "\n", " "))
        cut = next((c for c in cuts if c > limit // 4), limit)
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return out


def _recommendations(recs: list[Recommendation]) -> list[dict]:
    if not recs:
        return []
    blocks: list[dict] = [{"type": "divider"}, _section("*Top recommendations*")]
    for rec in recs:
        head = f"{VERDICT_EMOJI.get(rec.verdict, '')} *{escape(rec.name)}* — {rec.verdict} (score {rec.score:.2f})"
        lines = [head] + [
            f"{STATUS_EMOJI.get(c.status, STATUS_EMOJI['unknown'])} {escape(c.name)}: {to_mrkdwn(c.detail)}"
            + (" " + "".join(f"[{n}]" for n in c.citations) if c.citations else "")
            + (f"\n      :mag: _{escape(c.observed[0])}_" if c.observed else "")
            for c in rec.checks
        ]
        blocks += [_section(part) for part in split_text("\n".join(lines))]
    return blocks


SOURCE_WORDS = {"stated": "you said", "observed": "seen in your paste", "explicit": "you set", "llm": "read by the LLM",
                "conversation": "earlier in the thread", "assumed": "assumed"}


def _reading(result: AskResult) -> list[dict]:
    """What was read from the message, each fact with where it came from, and what pasted output showed."""
    reading = result.reading
    if reading is None or not reading.facts:
        return []
    facts = [f"`{f.key}={','.join(f.value) if isinstance(f.value, list) else f.value}` ({SOURCE_WORDS.get(f.source, f.source)})"
             for f in reading.facts]
    blocks = [_context([escape("Read from your message: ") + "; ".join(facts)][:1])]
    for f in (x for x in reading.facts if x.source == "observed"):
        lines = "\n".join(f.lines[:8])
        blocks += [_section(part) for part in split_text(f":mag: {escape(f.detail)}\n```{escape(lines)}```")]
    return blocks


def _sources(citations: list[Citation]) -> list[dict]:
    elements = [_source(c) for c in citations]
    return [
        _context(elements[i : i + MAX_CONTEXT_ELEMENTS])
        for i in range(0, len(elements), MAX_CONTEXT_ELEMENTS)
    ]


def _source(c: Citation) -> str:
    label = c.title or c.source
    if c.heading and c.heading != label:
        label = f"{label} › {c.heading}"
    label = escape(label).replace("|", "/")[:200]
    url = escape(c.url).replace("|", "%7C") if c.url.startswith(("http://", "https://")) else ""
    return f"[{c.n}] <{url}|{label}>" if url else f"[{c.n}] {label} ({escape(c.source)})"


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:MAX_SECTION_CHARS]}}


def _context(texts: list[str]) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t[:MAX_SECTION_CHARS]} for t in texts]}


def _actions(answer_id: str, ephemeral: bool) -> dict:
    buttons = [
        _button("👍 Helpful", FEEDBACK_UP, answer_id),
        _button("👎 Not helpful", FEEDBACK_DOWN, answer_id),
    ]
    if ephemeral:
        buttons.append(_button("Post to channel", POST_TO_CHANNEL, answer_id, style="primary"))
    return {"type": "actions", "block_id": f"answer:{answer_id}", "elements": buttons}


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    button = {"type": "button", "text": {"type": "plain_text", "text": text, "emoji": True},
              "action_id": action_id, "value": value}
    if style:
        button["style"] = style
    return button
