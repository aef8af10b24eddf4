"""Markdown (as the advisor writes it) to Slack mrkdwn, which has its own, smaller syntax."""

from __future__ import annotations

import re

_FENCE = re.compile(r"(```.*?```)", re.S)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.S)
# Single-star italics only where they cannot be a list bullet or part of a bold pair.
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![*\w])")
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
_BULLET = re.compile(r"^(\s*)[-*+]\s+", re.M)
_HRULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.M)


def escape(text: str) -> str:
    """Slack reads &, < and > as control characters, so plain text must escape them."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_mrkdwn(markdown: str) -> str:
    """Convert Markdown to mrkdwn; code fences pass through untouched, `[n]` citations stay."""
    parts = _FENCE.split(markdown or "")
    return "".join(
        part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") if i % 2 else _convert(part)
        for i, part in enumerate(parts)
    )


def _convert(text: str) -> str:
    text = escape(text)
    text = _HRULE.sub("", text)
    # Placeholders keep bold markers from being read again as italics.
    text = _HEADING.sub(lambda m: f"\x00{_strip_bold(m.group(1))}\x00", text)
    text = _BOLD.sub(lambda m: f"\x00{m.group(1) or m.group(2)}\x00", text)
    text = _BULLET.sub(lambda m: f"{m.group(1)}• ", text)
    text = _ITALIC.sub(r"_\1_", text)
    text = _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)
    return text.replace("\x00", "*")


def _strip_bold(text: str) -> str:
    return text.replace("**", "").replace("__", "")
