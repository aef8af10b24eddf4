"""Retrieval as LangChain retrievers: dense (Chroma), lexical (FTS5), exact identifiers, and their fusion.

The retrievers are thin: the store module owns how to query each side; here we only decide
what to ask (query expansion, plugin filter with fallback) and how to merge the rankings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.models import Passage
from assistant.reading.identifiers import identifiers
from assistant.reading.query import expand_query
from assistant.reading.termmap import term_map
from assistant.text import CJK_RUN
from assistant.window import widen

RRF_K = 60  # the constant from the RRF paper; damps the head so one list cannot dominate


@dataclass(frozen=True)
class Fusion:
    """How the hybrid retriever fuses its sides; the values were chosen on kb/eval/corpus/needles-tune.yaml.

    `weights[lang][side]` scales each side's reciprocal ranks: the bundled embedding model only
    knows English, so for a Chinese question the dense side reads only the English part of the
    query and counts for less. `exact` is the list of chunks that spell the question's identifiers.
    """

    pool: int = 24  # candidates per side before fusion (or 2 k when that is more)
    rare: int = 30  # identifiers held by at most this many chunks are boosted
    focus: float = 1.0  # weight of the lists narrowed to the plugins the question names
    unfocused: bool = True  # with named plugins, also search unnarrowed (False: narrowed only)
    weights: dict[str, dict[str, float]] = field(default_factory=lambda: {
        "en": {"dense": 1.0, "lexical": 1.0, "exact": 1.0},
        "zh": {"dense": 0.5, "lexical": 1.0, "exact": 1.0, "latin": 1.0},
    })
    per_source: float = 2 / 3  # at most this share of k from one file (at least one chunk)
    notes_share: float = 0.5  # at most this share of k from our own notes while other documents compete

    def source_cap(self, k: int) -> int:
        return max(1, math.ceil(k * self.per_source))

    def notes_cap(self, k: int) -> int:
        return max(1, math.ceil(k * self.notes_share))


FUSION = Fusion()


def to_document(p: Passage, kind: str) -> Document:
    meta = p.model_dump(exclude={"text"})
    meta["scores"] = {kind: p.score}
    return Document(page_content=p.text, metadata=meta)


def to_passage(doc: Document) -> Passage:
    meta = {k: v for k, v in doc.metadata.items() if k != "scores"}
    return Passage(text=doc.page_content, **meta)


class _PassageRetriever(BaseRetriever):
    """Shared knobs; `fetch` returns passages, `plugins` narrows to chunks about those plugins."""

    k: int = 6
    plugins: list[str] | None = None
    kind: str = ""

    def fetch(self, query: str, k: int, plugins: list[str] | None) -> list[Passage]:
        raise NotImplementedError

    def _get_relevant_documents(self, query: str, *, run_manager=None) -> list[Document]:
        found = self.fetch(query, self.k, self.plugins) if self.plugins else []
        # A plugin filter that finds little (a plugin the KB barely covers) must not starve the answer.
        if len(found) < max(2, self.k // 2):
            seen = {p.chunk_id for p in found}
            found += [p for p in self.fetch(query, self.k, None) if p.chunk_id not in seen]
        return [to_document(p, self.kind) for p in found[: self.k]]


class DenseRetriever(_PassageRetriever):
    store: Any
    kind: str = "dense"
    # query text -> embedding, shared by the dense sides of one question. Typed Any on purpose:
    # pydantic copies a field typed dict, and each side then embedded the same query again.
    vectors: Any = None

    def fetch(self, query, k, plugins):
        from assistant.store import dense_search

        # The embedding model has no Chinese: CJK characters only add noise to the vector, the
        # English expansion and the latin names carry the meaning.
        text = latin_part(query) or query
        if self.vectors is None:
            return dense_search(self.store, text, k, plugins=plugins)
        if text not in self.vectors:
            self.vectors[text] = self.store.chroma.embeddings.embed_query(text)
        return dense_search(self.store, text, k, plugins=plugins, vector=self.vectors[text])


def latin_part(query: str) -> str:
    """The query without its Chinese: the English expansion and the latin names it contains."""
    return " ".join(CJK_RUN.sub(" ", query).split())


class LexicalRetriever(_PassageRetriever):
    index: Any
    kind: str = "lexical"
    latin_only: bool = False  # search with the latin part only (English pages for a Chinese question)

    def fetch(self, query, k, plugins):
        return self.index.search(latin_part(query) if self.latin_only else query, k, plugins=plugins)


class ExactRetriever(_PassageRetriever):
    """Chunks that contain the question's rare identifiers verbatim (as token sequences).

    Only identifiers few chunks hold pin the answer down (`EVENT_QUEUE_DEPTH`, `vlanQoS`); one
    that hundreds of chunks mention (`kube-proxy`, `eBPF`) would rank noise as if it were exact.
    """

    index: Any
    kind: str = "exact"
    rare: int = 30  # at most this many chunks may hold an identifier for it to count

    def fetch(self, query, k, plugins):
        rare = [i for i in identifiers(query) if 0 < self.index.phrase_count(i, self.rare + 1) <= self.rare]
        return self.index.search_phrases(rare, k, plugins=plugins) if rare else []


class HybridRetriever(BaseRetriever):
    """Weighted reciprocal rank fusion: score = sum of weight / (RRF_K + rank) over the retrievers."""

    retrievers: list[BaseRetriever]
    weights: list[float] | None = None
    k: int = 6
    source_cap: int = 2
    notes_cap: int | None = None
    notes_prefix: str = "kb/notes/"
    lang: str = "en"  # the question's language: one passage in it is kept when the pool has one
    vocabulary: frozenset[str] = frozenset()  # word-list notes (the glossary): not what that kept passage should be

    def _get_relevant_documents(self, query: str, *, run_manager=None) -> list[Document]:
        fused: dict[str, Document] = {}
        totals: dict[str, float] = {}
        weights = self.weights or [1.0] * len(self.retrievers)
        for retriever, weight in zip(self.retrievers, weights, strict=True):
            if weight <= 0:
                continue
            for rank, doc in enumerate(retriever.invoke(query), start=1):
                cid = doc.metadata["chunk_id"]
                if cid in fused:
                    fused[cid].metadata["scores"].update(doc.metadata["scores"])
                else:
                    fused[cid] = doc
                totals[cid] = totals.get(cid, 0.0) + weight / (RRF_K + rank)
        ranked = sorted(totals, key=lambda c: totals[c], reverse=True)
        best = diverse(ranked, {c: d.metadata.get("source", "") for c, d in fused.items()}, self.k,
                       self.source_cap, self.notes_cap, self.notes_prefix)
        # A Chinese question whose best passages are all English still sees the best Chinese one:
        # the answer is written from passages in the reader's language when there are any. A word list
        # in that language (the glossary) does not count as one: it explains terms, not the question.
        def own_lang(c: str) -> bool:
            return fused[c].metadata.get("lang") == self.lang and fused[c].metadata.get("note_id") not in self.vocabulary

        if best and not any(own_lang(c) for c in best):
            own = next((c for c in ranked if own_lang(c)), None)
            if own is not None:
                best[-1] = own
        for cid in best:
            fused[cid].metadata["score"] = round(totals[cid], 5)
        return [fused[cid] for cid in best]


def diverse(ranked: list[str], sources: dict[str, str], k: int, cap: int,
            notes_cap: int | None = None, notes_prefix: str = "kb/notes/") -> list[str]:
    """The top k with at most `cap` chunks of one file and `notes_cap` of our notes, while others remain.

    One long note must not crowd out the others (a note's neighbouring chunks say much the same),
    and our notes must not crowd out the user's documents that hold the detail. Chunks held back
    fill up the rest when nothing else is left.
    """
    counts: dict[str, int] = {}
    notes = 0
    first, rest = [], []
    for cid in ranked:
        source = sources[cid]
        counts[source] = counts.get(source, 0) + 1
        ours = source.startswith(notes_prefix)
        if counts[source] <= cap and not (ours and notes_cap is not None and notes >= notes_cap):
            first.append(cid)
            notes += ours
        else:
            rest.append(cid)
    return (first + rest)[:k]


@dataclass
class Retrieved:
    passages: list[Passage]
    relevance: float  # best dense similarity seen (1.0 in lexical mode when anything matched)
    query: str = ""
    scores: dict[str, dict] = field(default_factory=dict)


def build_retriever(store, kind: str, k: int, plugins: list[str] | None = None, *, lang: str = "en",
                    fusion: Fusion | None = None, latin_side: bool = True,
                    vocabulary: frozenset[str] = frozenset()) -> BaseRetriever:
    fusion = fusion or FUSION
    plugins = plugins or None
    if kind == "dense":
        return DenseRetriever(store=store, k=k, plugins=plugins)
    if kind == "lexical":
        return LexicalRetriever(index=store.lexical, k=k, plugins=plugins)
    # Each side fetches a deep pool so fusion has something to reorder.
    pool = max(fusion.pool, 2 * k)
    weights = fusion.weights.get(lang) or fusion.weights["en"]
    vectors: dict = {}
    narrow = None if fusion.unfocused else plugins
    sides: list[tuple[BaseRetriever, float]] = [
        (DenseRetriever(store=store, k=pool, plugins=narrow, vectors=vectors), weights.get("dense", 0.0)),
        (LexicalRetriever(index=store.lexical, k=pool, plugins=narrow), weights.get("lexical", 0.0)),
        (ExactRetriever(index=store.lexical, k=pool, plugins=narrow, rare=fusion.rare), weights.get("exact", 0.0)),
    ]
    if lang == "zh" and latin_side and weights.get("latin"):
        # Chinese bigrams rank our Chinese notes first; the English pages that hold most answers
        # match the English expansion, which this list weighs on its own.
        sides.append((LexicalRetriever(index=store.lexical, k=pool, plugins=narrow, latin_only=True, kind="latin"),
                      weights["latin"]))
    if plugins and fusion.unfocused:
        # The plugins a question names narrow the search, but only as extra lists: a user's own
        # documents and generic upstream pages carry no plugin tag and must still be found.
        sides += [
            (DenseRetriever(store=store, k=pool, plugins=plugins, vectors=vectors),
             fusion.focus * weights.get("dense", 0.0)),
            (LexicalRetriever(index=store.lexical, k=pool, plugins=plugins), fusion.focus * weights.get("lexical", 0.0)),
        ]
    kb = store.settings.kb_dir
    return HybridRetriever(
        retrievers=[r for r, _ in sides], weights=[w for _, w in sides], k=k,
        source_cap=fusion.source_cap(k), notes_cap=fusion.notes_cap(k), notes_prefix=f"{kb.name}/notes/", lang=lang,
        vocabulary=vocabulary,
    )


def retrieve(store, question: str, lang: str, *, kind: str, k: int, plugins: list[str] | None = None) -> Retrieved:
    query = expand_query(question, lang, store.settings.kb_dir / "notes")
    # A latin part of one word ("CNI 是什么") is a keyword search for one name: it ranks whichever
    # chunks repeat the name most and would outvote the Chinese words that carry the question.
    latin_side = len(re.findall(r"[A-Za-z0-9]+", latin_part(query))) > 1
    vocabulary = frozenset(term_map(store.settings.kb_dir / "notes").vocabulary)
    docs = build_retriever(store, kind, k, plugins, lang=lang, latin_side=latin_side, vocabulary=vocabulary).invoke(query)
    scores = {d.metadata["chunk_id"]: d.metadata.get("scores", {}) for d in docs}
    dense = [s["dense"] for s in scores.values() if "dense" in s]
    relevance = max(dense) if dense else (1.0 if docs else 0.0)
    passages = widen([to_passage(d) for d in docs], store.lexical)
    return Retrieved(passages, relevance, query, scores)
