"""Retrieval as LangChain retrievers: dense (Chroma), lexical (FTS5) and their reciprocal-rank fusion.

The retrievers are thin: the store module owns how to query each side; here we only decide
what to ask (query expansion, plugin filter with fallback) and how to merge the two rankings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.models import Passage
from assistant.reading.query import expand_query

RRF_K = 60  # the constant from the RRF paper; damps the head so one list cannot dominate

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

    def fetch(self, query, k, plugins):
        from assistant.store import dense_search

        return dense_search(self.store, query, k, plugins=plugins)


class LexicalRetriever(_PassageRetriever):
    index: Any
    kind: str = "lexical"

    def fetch(self, query, k, plugins):
        return self.index.search(query, k, plugins=plugins)


class HybridRetriever(BaseRetriever):
    """Reciprocal rank fusion of several retrievers: score = sum of 1 / (RRF_K + rank)."""

    retrievers: list[BaseRetriever]
    k: int = 6

    def _get_relevant_documents(self, query: str, *, run_manager=None) -> list[Document]:
        fused: dict[str, Document] = {}
        totals: dict[str, float] = {}
        for retriever in self.retrievers:
            for rank, doc in enumerate(retriever.invoke(query), start=1):
                cid = doc.metadata["chunk_id"]
                if cid in fused:
                    fused[cid].metadata["scores"].update(doc.metadata["scores"])
                else:
                    fused[cid] = doc
                totals[cid] = totals.get(cid, 0.0) + 1.0 / (RRF_K + rank)
        best = _diverse(sorted(totals, key=totals.get, reverse=True), fused, self.k)
        for cid in best:
            fused[cid].metadata["score"] = round(totals[cid], 5)
        return [fused[cid] for cid in best]


MAX_PER_SOURCE = 2


def _diverse(ranked: list[str], docs: dict[str, Document], k: int) -> list[str]:
    """The top k, at most MAX_PER_SOURCE chunks of one file first: one long note must not crowd
    out the others (a note's neighbouring chunks say much the same). Skipped chunks fill up the rest."""
    counts: dict[str, int] = {}
    first, rest = [], []
    for cid in ranked:
        source = docs[cid].metadata.get("source", "")
        counts[source] = counts.get(source, 0) + 1
        (first if counts[source] <= MAX_PER_SOURCE else rest).append(cid)
    return (first + rest)[:k]


@dataclass
class Retrieved:
    passages: list[Passage]
    relevance: float  # best dense similarity seen (1.0 in lexical mode when anything matched)
    query: str = ""
    scores: dict[str, dict] = field(default_factory=dict)


def build_retriever(store, kind: str, k: int, plugins: list[str] | None = None) -> BaseRetriever:
    # Each side fetches more than k so fusion has something to reorder.
    fetch_k = max(2 * k, 10) if kind == "hybrid" else k
    dense = DenseRetriever(store=store, k=fetch_k, plugins=plugins or None)
    lexical = LexicalRetriever(index=store.lexical, k=fetch_k, plugins=plugins or None)
    if kind == "dense":
        return dense
    if kind == "lexical":
        return lexical
    return HybridRetriever(retrievers=[dense, lexical], k=k)


def retrieve(store, question: str, lang: str, *, kind: str, k: int, plugins: list[str] | None = None) -> Retrieved:
    query = expand_query(question, lang)
    docs = build_retriever(store, kind, k, plugins).invoke(query)
    scores = {d.metadata["chunk_id"]: d.metadata.get("scores", {}) for d in docs}
    dense = [s["dense"] for s in scores.values() if "dense" in s]
    relevance = max(dense) if dense else (1.0 if docs else 0.0)
    return Retrieved([to_passage(d) for d in docs], relevance, query, scores)
