"""A retrieved chunk widened to the section around it.

Sections longer than one chunk are split, and the fact a user asks for often sits in a chunk
next to the one that matched: a setting's description ranks, the table with its default value
right after it does not, because the table repeats none of the question's words. Each passage
grows over its neighbours under the same heading (the next one first), as far as `max_chars`
allows.
"""

from __future__ import annotations

from assistant.models import Passage

MAX_CHARS = 2200  # about two chunks and a half: enough for a description and its table
REACH = 3  # chunks looked at on each side


def widen(passages: list[Passage], index, max_chars: int = MAX_CHARS) -> list[Passage]:
    """The passages in the same order, each with the same-heading chunks around it joined in."""
    shown = {p.chunk_id for p in passages}
    out = []
    for p in passages:
        at, near = index.section(p.chunk_id, REACH)
        # A neighbour that is itself among the passages is shown there: growth stops before it.
        near = {i: c for i, c in near.items() if i == at or c.chunk_id not in shown}
        lo = hi = at
        size = len(p.text)
        grew = True
        while grew:
            grew = False
            for i in (hi + 1, lo - 1):
                if i in near and size + len(near[i].text) <= max_chars:
                    size += len(near[i].text)
                    lo, hi = min(lo, i), max(hi, i)
                    grew = True
        text = p.text
        for i in range(at + 1, hi + 1):
            text = join(text, body(near[i].text, p.text))
        for i in range(at - 1, lo - 1, -1):
            text = join(near[i].text, body(text, near[i].text))
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
