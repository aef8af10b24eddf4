"""Opening the index: Chroma (embedded or server) for dense search, SQLite FTS5 for keywords."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from assistant.errors import StoreUnavailable
from assistant.lexical import LexicalIndex
from assistant.models import Passage
from assistant.settings import Settings


class _LazyEmbeddings(Embeddings):
    """Loads the model on first embed, so opening a store for keyword-only work stays fast."""

    def __init__(self, settings: Settings):
        self._settings = settings

    def _model(self):
        from assistant.embeddings import get_embeddings

        return get_embeddings(self._settings)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._model().embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self._model().embed_query(text)


@dataclass
class Store:
    chroma: Any  # langchain_chroma.Chroma
    lexical: LexicalIndex
    settings: Settings

    def embedding_model(self) -> str:
        """The model the collection was created for ("" for collections made elsewhere)."""
        return str((self.chroma._collection.metadata or {}).get("embedding_model", ""))

    def embedding_backend(self) -> str:
        """The backend the collection was created with (informative: both backends give the same vectors)."""
        return str((self.chroma._collection.metadata or {}).get("embedding_backend", ""))

    def count(self) -> int:
        return self.chroma._collection.count()

    def dense_ids(self) -> set[str]:
        ids: set[str] = set()
        offset, page = 0, 5000
        while True:
            got = self.chroma._collection.get(include=[], limit=page, offset=offset)["ids"]
            ids.update(got)
            if len(got) < page:
                return ids
            offset += page

    def close(self) -> None:
        self.lexical.close()


def backend_label(settings: Settings) -> str:
    """What computes the vectors under `settings`: onnx, onnx-int8 or torch."""
    if settings.embedding_backend == "onnx" and settings.embedding_quantize == "int8":
        return "onnx-int8"
    return settings.embedding_backend


def _client(settings: Settings, *, create: bool):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if not settings.chroma_url:
        if not create and not settings.chroma_dir.is_dir():
            raise StoreUnavailable(f"no index at {settings.index_dir}: run `cni-advisor ingest` first")
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    url = urlparse(settings.chroma_url)
    try:
        client = chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https", settings=chroma_settings,
        )
        client.heartbeat()
        return client
    except Exception:
        raise StoreUnavailable(
            f"cannot reach Chroma server at {settings.chroma_url}: start it with"
            " `chroma run --path DIR --port PORT` or unset CNI_ADVISOR_CHROMA_URL"
        ) from None


def open_store(settings: Settings, *, create: bool = False) -> Store:
    """The index of `settings`; StoreUnavailable (one line, how to fix) when it is missing or unreachable."""
    from langchain_chroma import Chroma

    if not create and not settings.lexical_path.exists():
        raise StoreUnavailable(f"no index at {settings.index_dir}: run `cni-advisor ingest` first")
    client = _client(settings, create=create)
    if not create:
        names = {getattr(c, "name", c) for c in client.list_collections()}
        if settings.collection not in names:
            raise StoreUnavailable(
                f"no collection {settings.collection!r} in the index at"
                f" {settings.chroma_url or settings.index_dir}: run `cni-advisor ingest` first"
            )
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    chroma = Chroma(
        collection_name=settings.collection,
        embedding_function=_LazyEmbeddings(settings),
        client=client,
        # Recorded at creation so a later run with another model can refuse instead of mixing vectors.
        # The backend is recorded for people and tools reading the index; it is never a reason to refuse.
        collection_metadata={"hnsw:space": "cosine", "embedding_model": settings.embedding_model,
                             "embedding_backend": backend_label(settings)},
    )
    return Store(chroma=chroma, lexical=LexicalIndex(settings.lexical_path), settings=settings)


def passage_from_document(doc, score: float = 0.0) -> Passage:
    """A langchain Document from the index as a Passage."""
    m = doc.metadata or {}
    return Passage(
        chunk_id=str(m.get("chunk_id") or doc.id or ""), source=str(m.get("source", "")),
        title=str(m.get("title", "")), heading=str(m.get("heading", "")), url=str(m.get("url", "")),
        lang=str(m.get("lang") or "en"), note_id=str(m.get("note_id", "")),
        plugins=[p for p in str(m.get("plugins", "")).split(",") if p],
        text=doc.page_content, score=score,
    )


def dense_search(store: Store, query: str, k: int, plugins: list[str] | None = None, *,
                 vector: list[float] | None = None) -> list[Passage]:
    """Nearest chunks by embedding, best first; score is cosine similarity (1 - distance).

    `vector` is the query's embedding when the caller has it already (several searches for one
    question embed it once).
    """
    where = None
    if plugins:
        terms = [{f"plugin_{p}": True} for p in plugins]
        where = terms[0] if len(terms) == 1 else {"$or": terms}
    if vector is None:
        hits = store.chroma.similarity_search_with_score(query, k=k, filter=where)
    else:  # langchain_chroma returns distances here too, despite the name
        hits = store.chroma.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)
    return [passage_from_document(doc, 1.0 - dist) for doc, dist in hits]
