"""The VectorStore that `index()` writes to: Chroma and the keyword index, kept in step."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.vectorstores import VectorStore


class DualStore(VectorStore):
    """add_documents/delete go to Chroma first, then to the lexical index (same ids).

    A crash between the two leaves ids on one side only; the pipeline's reconcile step
    removes them, and index() re-adds whatever its record manager no longer knows.
    """

    def __init__(self, store):
        self.store = store
        self.embedded = 0  # chunks sent to the embedding model

    @property
    def embeddings(self):
        return self.store.chroma.embeddings

    def add_documents(self, documents: list[Document], **kwargs) -> list[str]:
        ids = list(kwargs.pop("ids"))
        kwargs.pop("batch_size", None)
        docs = []
        for doc, chunk_id in zip(documents, ids, strict=True):
            docs.append(Document(page_content=doc.page_content, metadata={**doc.metadata, "chunk_id": chunk_id}))
        self.store.chroma.add_documents(docs, ids=ids)
        self.embedded += len(docs)
        self.store.lexical.upsert(docs)
        return ids

    def add_texts(self, texts, metadatas=None, **kwargs):
        docs = [Document(page_content=t, metadata=m or {}) for t, m in zip(texts, metadatas or [{}] * len(texts), strict=True)]
        return self.add_documents(docs, **kwargs)

    def delete(self, ids: list[str] | None = None, **kwargs) -> bool:
        if ids:
            for i in range(0, len(ids), 1000):
                self.store.chroma.delete(ids=ids[i : i + 1000])
            self.store.lexical.delete(ids)
        return True

    def similarity_search(self, query: str, k: int = 4, **kwargs) -> list[Document]:
        return self.store.chroma.similarity_search(query, k=k, **kwargs)

    @classmethod
    def from_texts(cls, texts, embedding, metadatas=None, **kwargs):
        raise NotImplementedError("DualStore wraps an opened Store; it is not built from texts")
