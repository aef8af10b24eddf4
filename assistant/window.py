"""A retrieved chunk widened to the section around it.

Sections longer than one chunk are split, and the fact a user asks for often sits in the chunk
next to the one that matched: a setting's description ranks, the table with its default value
right after it does not, because the table repeats none of the question's words. Each passage
is shown with its neighbours under the same heading, as far as `max_chars` allows.
"""

from __future__ import annotations

from assistant.models import Passage

MAX_CHARS = 2200  # about two chunks and a half: enough for a description and its table


def widen(passages: list[Passage], index, max_chars: int = MAX_CHARS) -> list[Passage]:
    """The passages in the same order, each with its same-heading neighbours joined in (next first)."""
    shown = {p.chunk_id for p in passages}
    out = []
    for p in passages:
        before, after = index.neighbours(p.chunk_id)
        text = p.text
        # A neighbour that is itself among the passages is shown there; do not repeat it.
        if after is not None and after.chunk_id not in shown and len(text) + len(after.text) <= max_chars:
            text = join(text, body(after.text, p.text))
        if before is not None and before.chunk_id not in shown and len(text) + len(before.text) <= max_chars:
            text = join(before.text, body(text, before.text))
        out.append(p if text == p.text else p.model_copy(update={"text": text}))
    return out


def body(text: str, like: str) -> str:
    """`text` without the heading line it shares with `like` (every chunk of a section opens with it)."""
    head = like.split("\n\n", 1)[0]
    if "\n\n" in like and text.startswith(head + "\n\n"):
        return text[len(head) + 2:]
    return text


def join(first: str, second: str, longest: int = 200) -> str:
    """`first` then `second`, without the overlap the splitter repeats at the start of `second`."""
    for n in range(min(longest, len(first), len(second)), 20, -1):
        if first.endswith(second[:n]):
            return first + second[n:]
    return f"{first}\n\n{second}"
