"""The Chinese twin of an English note sentence, so a Chinese question is answered in Chinese.

The Chinese notes restate their English twins section by section (`x.md` and `x.zh.md`). A
sentence quoted from an English note whose Chinese twin says the same is quoted from the twin
instead: the reader gets their language and the citation points at the Chinese note, whichever
of the two retrieval happened to rank first (the English expansion of a Chinese question often
lifts the English note above its twin).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.reading.termmap import note_pairs

KEY_CHARS = 80  # sentences are matched on their first letters and digits: splitters differ on the tail
MIN_KEY = 20  # a shorter sentence ("See below.") could be anything's twin


@dataclass(frozen=True)
class Twin:
    note: str  # the Chinese note's id
    heading: str  # the section heading it sits under
    text: str  # the Chinese sentence


def twin_key(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]", "", sentence.casefold())[:KEY_CHARS]


def _names(sentence: str) -> set[str]:
    return set(re.findall(r"[a-z0-9][a-z0-9_.\-/]*", sentence.casefold()))


@functools.lru_cache(maxsize=4)
def twins(notes_dir: Path) -> dict[str, Twin]:
    """English sentence key -> its Chinese twin, over every `x.md` / `x.zh.md` pair in `notes_dir`.

    Several Chinese sentences may pair with one English one (the Chinese notes merge some); the
    one sharing most names and numbers with it is its twin.
    """
    out: dict[str, tuple[int, Twin]] = {}
    for pair in note_pairs(notes_dir):
        for heading, zh, en in pair.aligned if pair.note_id else ():
            key = twin_key(en)
            if zh == heading or len(key) < MIN_KEY:
                continue
            score = len(_names(zh) & _names(en))
            if key not in out or score > out[key][0]:
                out[key] = (score, Twin(pair.note_id, heading, zh))
    return {k: t for k, (_, t) in out.items()}
