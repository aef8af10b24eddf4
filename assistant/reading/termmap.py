"""A Chinese -> English term map learned from the KB's bilingual note pairs (`x.md` and `x.zh.md`).

The Chinese notes restate their English twins section by section, and both keep the same
latin anchors (names, flags, numbers, ports). Those anchors align the sections, then the
sentences inside them; counting which Chinese bigrams and English words meet in aligned
sentences (Dice coefficient) gives the English words a Chinese question means, without a
hand-kept glossary that only ever covers the words someone thought of. A glossary note (one
with the topic `glossary`) glosses terms in place, "覆盖网络 (overlay network)": those glosses are
taken as they are written (elsewhere brackets hold examples as often as translations).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from assistant.text import CJK_CHARS, CJK_RUN, STOP_WORDS, bigrams

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_LATIN = re.compile(r"[a-z0-9][a-z0-9_.\-/]*[a-z0-9]|[a-z0-9]", re.I)
_EN_WORD = re.compile(r"[a-z][a-z0-9]+", re.I)  # hyphenated names split: expansions stay plain words
_ZH_END = re.compile(r"(?<=[。！？；])")
_EN_END = re.compile(r"(?<=[.!?;])\s+")
# "覆盖网络 (overlay network)": a Chinese term with its English in brackets right after it; synonyms
# share one gloss ("拆包 / 解封装 (decapsulation)"), and a wrapped line may break the English. A term
# right after a latin word is part of a mixed name ("pause 容器 (pause container)") and is not glossed.
_TERM = rf"[{CJK_CHARS}]{{2,}}"
_GLOSS = re.compile(rf"(?<![{CJK_CHARS}A-Za-z0-9])(?<![A-Za-z0-9]\s)((?:{_TERM}\s*/\s*)*{_TERM})"
                    r"\s*[(（]\s*([A-Za-z][A-Za-z0-9\s,/\-.+]*?)\s*[)）]")
_GLOSSARY = re.compile(r"^topics:.*\bglossary\b", re.M)
_NOTE_ID = re.compile(r"^id:\s*(\S+)", re.M)
GLOSS_CHARS = 4  # Chinese noun phrases end in their head: a long run is keyed by its last characters
# Words that say nothing a Chinese question could mean by itself (grammar, the KB's house words).
_EN_NOISE = STOP_WORDS | frozenset(
    "also only both each other more most such will may must should would could has have had been being "
    "one two per via see like just any all some every between within without over under".split()
)

MIN_PAIRS = 2  # a pairing seen once is as likely chance as meaning
MIN_DICE = 0.35
MIN_NOTES = 2  # a pairing must recur in another note to be a meaning
PER_TERM = 2  # English words kept per Chinese bigram


@dataclass
class TermMap:
    """Chinese bigram -> English words with their Dice scores; glossed phrase -> English words."""

    terms: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    glosses: dict[str, list[str]] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)  # ids of the glossary notes: word lists, not sources of facts

    def english(self, text: str, limit: int = 12) -> list[str]:
        """English words for the Chinese of `text`, glosses first, then strongest first; at most `limit`."""
        scored: dict[str, float] = {}
        for phrase, words in self.glosses.items():
            if phrase in text:
                scored.update((w, 2.0 + len(phrase) / 10) for w in words)
        for run in CJK_RUN.findall(text):
            for bg in bigrams(run):
                for word, score in self.terms.get(bg, []):
                    scored[word] = max(score, scored.get(word, 0.0))
        present = {w.lower() for w in _LATIN.findall(text)}
        ranked = sorted((w for w in scored if w not in present), key=lambda w: -scored[w])
        return ranked[:limit]

    def __len__(self) -> int:
        return len(self.terms)


def _body(text: str) -> str:
    """A note without its front matter."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end > 0 else text
    return text


def sections(text: str) -> list[tuple[str, str]]:
    """(heading, body) of a Markdown note, front matter dropped, code blocks left out of the body."""
    text = _body(text)
    out: list[tuple[str, list[str]]] = [("", [])]
    fence = None
    for line in text.splitlines():
        if m := _FENCE.match(line):
            fence = None if fence == m.group(1) else (fence or m.group(1))
            continue
        if fence:
            continue
        if (h := _HEADING.match(line)) and h.group(2):
            out.append((h.group(2), []))
        else:
            out[-1][1].append(line)
    return [(h, "\n".join(body).strip()) for h, body in out if h or "".join(body).strip()]


def _anchors(text: str) -> set[str]:
    return {w.lower() for w in _LATIN.findall(text) if len(w) > 1 or w.isdigit()}


def _sentences(text: str, zh: bool) -> list[str]:
    joined = re.sub(r"\s*\n\s*", "" if zh else " ", text)
    return [s.strip() for s in (_ZH_END if zh else _EN_END).split(joined) if s.strip()]


def _best(zh_anchor: set[str], candidates: list[set[str]], weight: Counter) -> int | None:
    def score(i: int) -> float:
        # Summed in a fixed order: float sums over a set differ in the last bit with the hash
        # seed, and that broke ties differently from one process to the next.
        return sum(1.0 / weight[a] for a in sorted(zh_anchor & candidates[i]))

    best = max(range(len(candidates)), key=score, default=None)
    return best if best is not None and score(best) > 0 else None


def align(en_text: str, zh_text: str) -> list[tuple[str, str]]:
    """(Chinese, English) pairs of headings and sentences that restate each other."""
    return [(z, e) for _, z, e in aligned(en_text, zh_text)]


def aligned(en_text: str, zh_text: str) -> list[tuple[str, str, str]]:
    """(Chinese heading, Chinese, English) for the headings and sentences that restate each other.

    Sections pair by shared anchors (each English section joins the Chinese one it shares most
    with, since the Chinese notes merge some sections); sentences inside a section pair the same
    way, and a sentence without anchors pairs by position when both sides have as many sentences.
    """
    en_secs, zh_secs = sections(en_text), sections(zh_text)
    if not en_secs or not zh_secs:
        return []
    zh_anchor = [_anchors(h + " " + b) for h, b in zh_secs]
    weight = Counter(a for s in zh_anchor for a in s)
    grouped: dict[int, list[tuple[str, str]]] = {}
    for h, b in en_secs:
        j = _best(_anchors(h + " " + b), zh_anchor, weight)
        if j is not None:
            grouped.setdefault(j, []).append((h, b))
    out: list[tuple[str, str, str]] = []
    for j, ens in grouped.items():
        zh_head, zh_body = zh_secs[j]
        out += [(zh_head, zh_head, h) for h, _ in ens]
        zs = _sentences(zh_body, zh=True)
        es = [s for _, b in ens for s in _sentences(b, zh=False)]
        if not zs or not es:
            continue
        e_anchor = [_anchors(s) for s in es]
        local = Counter(a for s in e_anchor for a in s)
        for i, z in enumerate(zs):
            k = _best(_anchors(z), e_anchor, local)
            if k is None and len(zs) == len(es):
                k = i
            if k is not None:
                out.append((zh_head, z, es[k]))
    return out


def glosses(text: str) -> dict[str, list[str]]:
    """The in-place glosses of a note: Chinese phrase -> the English words given for it."""
    out: dict[str, list[str]] = {}
    # A heading names a group of terms ("覆盖网络与承载网络 (overlay / underlay)"), each glossed below.
    body = "\n".join(line for line in _body(text).splitlines() if not _HEADING.match(line))
    for m in _GLOSS.finditer(body):
        words = [w.lower() for w in _EN_WORD.findall(m.group(2)) if w.lower() not in _EN_NOISE]
        for term in re.split(r"\s*/\s*", m.group(1)) if words else []:
            key = term[-GLOSS_CHARS:]
            out[key] = list(dict.fromkeys([*out.get(key, []), *words]))
    return out


def learn(pairs: list[tuple[str, str]], notes: list[str] | None = None) -> TermMap:
    """Dice association between Chinese bigrams and English words over aligned pairs.

    `notes[i]` names the note pair i comes from: a pairing seen in one note only is that note's
    topic ("测试" beside the InfraBuilder benchmark), not what the word means.
    """
    notes = notes or [str(i) for i in range(len(pairs))]
    units = []
    zc: Counter[str] = Counter()
    ec: Counter[str] = Counter()
    for zh, en in pairs:
        zs = {bg for run in CJK_RUN.findall(zh) for bg in bigrams(run) if len(bg) == 2}
        es = {w.lower() for w in _EN_WORD.findall(en) if len(w) > 2} - _EN_NOISE
        zc.update(zs)
        ec.update(es)
        units.append((zs, es))
    both: Counter = Counter()
    seen_in: dict[tuple[str, str], set[str]] = {}
    for (zs, es), note in zip(units, notes, strict=True):  # only terms seen often enough can pair often enough
        for pair in itertools.product([z for z in zs if zc[z] >= MIN_PAIRS], [e for e in es if ec[e] >= MIN_PAIRS]):
            both[pair] += 1
            seen_in.setdefault(pair, set()).add(note)
    terms: dict[str, list[tuple[str, float]]] = {}
    for (z, e), n in both.items():
        if n < MIN_PAIRS or len(seen_in[(z, e)]) < MIN_NOTES:
            continue
        dice = 2 * n / (zc[z] + ec[e])
        if dice >= MIN_DICE:
            terms.setdefault(z, []).append((e, round(dice, 3)))
    # Ties broken by the word: the pairs come out of sets, whose order changes with the hash seed.
    return TermMap({z: sorted(ws, key=lambda x: (-x[1], x[0]))[:PER_TERM] for z, ws in terms.items()})


@dataclass(frozen=True)
class NotePair:
    """A Chinese note and its English twin, aligned once for the term map and the twin sentences."""

    name: str  # the Chinese note's file name
    note_id: str  # the Chinese note's id ("" when it has none)
    aligned: tuple[tuple[str, str, str], ...]  # (Chinese heading, Chinese, English), as `aligned` gives them


@functools.lru_cache(maxsize=4)
def note_pairs(notes_dir: Path) -> tuple[NotePair, ...]:
    """Every `x.md` / `x.zh.md` pair under `notes_dir`, read and aligned once."""
    out = []
    for path in sorted(Path(notes_dir).glob("*.zh.md")):
        twin = path.with_name(path.name.removesuffix(".zh.md") + ".md")
        try:
            if not twin.is_file():
                continue
            text = path.read_text("utf-8")
            note = _NOTE_ID.search(text[:1500])
            out.append(NotePair(path.name, note.group(1) if note else "", tuple(aligned(twin.read_text("utf-8"), text))))
        except (OSError, UnicodeDecodeError):
            continue  # a broken note is kb check's business; the map just learns less
    return tuple(out)


@functools.lru_cache(maxsize=4)
def term_map(notes_dir: Path) -> TermMap:
    """The map learned from every `x.md` / `x.zh.md` pair under `notes_dir`, and the glossary notes."""
    pairs: list[tuple[str, str]] = []
    notes: list[str] = []
    for pair in note_pairs(notes_dir):
        pairs += [(zh, en) for _, zh, en in pair.aligned]
        notes += [pair.name] * len(pair.aligned)
    glossed: dict[str, list[str]] = {}
    vocabulary: set[str] = set()
    for path in sorted(Path(notes_dir).glob("*.md")):
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if _GLOSSARY.search(text[:1500]):
            glossed.update(glosses(text))
            if m := _NOTE_ID.search(text[:1500]):
                vocabulary.add(m.group(1))
    learned = learn(pairs, notes)
    learned.glosses = glossed
    learned.vocabulary = vocabulary
    return learned
