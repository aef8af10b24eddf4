"""Slack's incoming message text back to the plain question a person typed."""

from __future__ import annotations

import html
import re

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_LABELLED = re.compile(r"<(?:[^|>]+)\|([^>]+)>")  # <url|label>, <#C123|channel>
_BARE = re.compile(r"<([^>|]+)>")


_CODE = re.compile(r"```(.*?)```", re.S)


def split_evidence(text: str) -> tuple[str, list[str]]:
    """A message's question and its code blocks: pasted `arp`, `ip route`, `kubectl get nodes` output
    that the assistant reads as evidence (data, never run)."""
    blocks = [html.unescape(m.group(1)).strip("\n") for m in _CODE.finditer(text or "")]
    return question_text(_CODE.sub(" ", text or "")), [b for b in blocks if b.strip()]


def question_text(text: str) -> str:
    """Mentions dropped, links and channels shown as typed, entities unescaped, spaces collapsed."""
    text = _MENTION.sub(" ", text or "")
    text = _LABELLED.sub(r"\1", text)
    text = _BARE.sub(r"\1", text)
    return " ".join(html.unescape(text).split())


def mentions(text: str, user_id: str | None) -> bool:
    return bool(user_id) and f"<@{user_id}" in (text or "")
