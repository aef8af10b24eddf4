"""One file into langchain Documents carrying the chunk metadata of docs/architecture.md."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from langchain_core.documents import Document

from assistant.settings import Settings
from ingest import metadata
from ingest.loaders import load_file


def fingerprint(data: bytes, settings: Settings) -> str:
    """Changes when the file or anything that shapes its chunks or vectors changes."""
    h = hashlib.sha256(data)
    h.update(f"|{settings.chunk_size}|{settings.chunk_overlap}|{settings.embedding_model}|v5".encode())
    return h.hexdigest()


def chunk_key(doc: Document) -> str:
    """index()'s record key and our chunk_id: text plus metadata, so any change is a new chunk."""
    payload = json.dumps([doc.page_content, doc.metadata], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def file_documents(path: Path, root: Path, data: bytes, settings: Settings,
                   repos: Mapping[str, str], names: Sequence[tuple[str, str]] = ()) -> list[Document]:
    """`repos`: upstream repository folder -> plugin id (`metadata.repo_plugins`); `names`: catalog
    names -> plugin id (`metadata.plugin_names`), for files no repository or front matter tags."""
    from ingest.split import split

    loaded, text = load_file(path, data)
    front = loaded.meta
    top = next((s.headings[0] for s in loaded.sections if s.headings and s.headings[0]), "")
    title = str(front.get("title") or loaded.title or top or path.name)
    plugins = metadata.infer_plugins(path, root, front, repos, names, title)
    base = {
        "source": metadata.display_source(path, root, settings.kb_dir.resolve().parent),
        "path": str(path),
        "root": str(root),
        "title": title,
        "url": metadata.source_url(path, root, front),
        "lang": metadata.detect_lang(text, front),
        "note_id": str(front.get("id") or ""),
        "plugins": ",".join(plugins),
        "file_hash": hashlib.sha256(data).hexdigest(),
        **{f"plugin_{p}": True for p in plugins},
    }
    docs = []
    for i, (heading, chunk) in enumerate(split(loaded, title, settings.chunk_size, settings.chunk_overlap)):
        meta = {**base, "heading": heading, "chunk_index": i,
                "content_hash": hashlib.sha256(chunk.encode()).hexdigest()[:16]}
        docs.append(Document(page_content=chunk, metadata=meta))
    return docs
