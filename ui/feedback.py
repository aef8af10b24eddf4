"""Thumbs up / down from the web app and Slack, appended to feedback.jsonl in the index directory."""

from __future__ import annotations

import json
import time
from typing import Literal

from filelock import FileLock

from assistant.settings import Settings, check_index_dir

Vote = Literal["up", "down"]


def record_feedback(
    settings: Settings,
    *,
    question: str,
    answer: str,
    chunk_ids: list[str],
    vote: Vote,
    channel: str,
    user: str = "",
) -> dict:
    """Append one vote; a lock keeps concurrent writers from interleaving lines."""
    if vote not in ("up", "down"):
        raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
    check_index_dir(settings, write=True)
    record = {
        "ts": time.time(),
        "channel": channel,
        "user": user,
        "vote": vote,
        "question": question,
        "answer": answer,
        "chunk_ids": list(chunk_ids),
    }
    path = settings.feedback_path
    with FileLock(str(path) + ".lock", timeout=10):
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record
