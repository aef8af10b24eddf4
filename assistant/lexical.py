"""Keyword index beside the dense one: SQLite FTS5 over pre-tokenized text.

FTS5's tokenizers do not segment Chinese, so text is tokenized here (latin words plus CJK
character bigrams) and FTS5 only ranks whitespace-separated tokens with bm25.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from assistant.models import Passage
from assistant.text import tokenize

META_KEYS = (
    "source", "path", "root", "title", "heading", "url", "lang", "note_id",
    "plugins", "chunk_index", "content_hash", "file_hash",
)
SCHEMA = f"""
PRAGMA journal_mode=WAL;
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL,
    {", ".join(f"{k} {'INTEGER' if k == 'chunk_index' else 'TEXT'}" for k in META_KEYS)}, text TEXT
);
CREATE INDEX IF NOT EXISTS chunks_note ON chunks(note_id);
CREATE INDEX IF NOT EXISTS chunks_path ON chunks(path);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(tokens, tokenize='unicode61');
"""


def _row_to_passage(row: sqlite3.Row, score: float = 0.0) -> Passage:
    return Passage(
        chunk_id=row["chunk_id"], source=row["source"] or "", title=row["title"] or "",
        heading=row["heading"] or "", url=row["url"] or "", lang=row["lang"] or "en",
        note_id=row["note_id"] or "", plugins=[p for p in (row["plugins"] or "").split(",") if p],
        text=row["text"] or "", score=score,
    )


class LexicalIndex:
    """Chunks with their metadata in SQLite; `conn` is shared with the ingest bookkeeping."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.executescript(SCHEMA)

    def upsert(self, items: Iterable) -> int:
        """Insert or replace Passages, or langchain Documents whose metadata carries chunk_id."""
        n = 0
        with self.conn:
            for item in items:
                meta, text = _as_meta(item)
                self._delete_one(meta["chunk_id"])
                cur = self.conn.execute(
                    f"INSERT INTO chunks (chunk_id, {', '.join(META_KEYS)}, text)"
                    f" VALUES ({', '.join('?' * (len(META_KEYS) + 2))})",
                    [meta["chunk_id"], *(meta.get(k, "") for k in META_KEYS), text],
                )
                tokens = tokenize(" ".join((meta.get("title", ""), meta.get("heading", ""), text)))
                self.conn.execute(
                    "INSERT INTO chunks_fts (rowid, tokens) VALUES (?, ?)",
                    (cur.lastrowid, " ".join(tokens)),
                )
                n += 1
        return n

    def _delete_one(self, chunk_id: str) -> None:
        row = self.conn.execute("SELECT rowid FROM chunks WHERE chunk_id = ?", (chunk_id,)).fetchone()
        if row:
            self.conn.execute("DELETE FROM chunks_fts WHERE rowid = ?", (row[0],))
            self.conn.execute("DELETE FROM chunks WHERE rowid = ?", (row[0],))

    def delete(self, ids: Iterable[str]) -> None:
        with self.conn:
            for chunk_id in ids:
                self._delete_one(chunk_id)

    def ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT chunk_id FROM chunks")}

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM chunks").fetchone()[0]

    def search(self, query: str, k: int, plugins: list[str] | None = None) -> list[Passage]:
        """Best first; score is -bm25 (higher is better). Any query token may match (OR)."""
        tokens = sorted(set(tokenize(query)))
        return self._match(" OR ".join(_quoted(t) for t in tokens), k, plugins) if tokens else []

    def search_phrases(self, phrases: list[str], k: int, plugins: list[str] | None = None) -> list[Passage]:
        """Chunks holding any of `phrases` as a token sequence, best first by bm25 (rarer phrases weigh more)."""
        quoted = dict.fromkeys(_quoted(" ".join(t)) for p in phrases if (t := tokenize(p)))
        return self._match(" OR ".join(quoted), k, plugins) if quoted else []

    def phrase_count(self, phrase: str, limit: int) -> int:
        """How many chunks hold `phrase` as a token sequence, counted up to `limit`."""
        tokens = tokenize(phrase)
        if not tokens:
            return 0
        sql = "SELECT count(*) FROM (SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH ? LIMIT ?)"
        return self.conn.execute(sql, (_quoted(" ".join(tokens)), limit)).fetchone()[0]

    def _match(self, match: str, k: int, plugins: list[str] | None) -> list[Passage]:
        if k <= 0:
            return []
        sql = (
            "SELECT c.*, bm25(chunks_fts) AS rank FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid"
            " WHERE chunks_fts MATCH ?"
        )
        args: list = [match]
        if plugins:
            sql += " AND (" + " OR ".join("instr(',' || c.plugins || ',', ?) > 0" for _ in plugins) + ")"
            args += [f",{p}," for p in plugins]
        sql += " ORDER BY rank LIMIT ?"
        rows = self.conn.execute(sql, [*args, k]).fetchall()
        return [_row_to_passage(r, -r["rank"]) for r in rows]

    def has_phrase(self, phrase: str) -> bool:
        """Whether any chunk contains these tokens in this order (a name the documents use)."""
        tokens = tokenize(phrase)
        if not tokens:
            return False
        query = _quoted(" ".join(tokens))
        return self.conn.execute("SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH ? LIMIT 1", (query,)).fetchone() is not None

    def get(self, ids: list[str]) -> list[Passage]:
        """Passages in the order of `ids`; unknown ids are left out."""
        marks = ", ".join("?" * len(ids))
        rows = {r["chunk_id"]: r for r in self.conn.execute(
            f"SELECT * FROM chunks WHERE chunk_id IN ({marks})", list(ids))} if ids else {}
        return [_row_to_passage(rows[i]) for i in ids if i in rows]

    def section(self, chunk_id: str, reach: int) -> tuple[int, dict[int, Passage]]:
        """This chunk's index in its file and the chunks within `reach` of it under the same heading."""
        row = self.conn.execute("SELECT path, heading, chunk_index FROM chunks WHERE chunk_id = ?", (chunk_id,)).fetchone()
        if row is None or row["chunk_index"] is None:
            return 0, {}
        at = row["chunk_index"]
        near = self.conn.execute(
            "SELECT * FROM chunks WHERE path = ? AND heading = ? AND chunk_index BETWEEN ? AND ?",
            (row["path"], row["heading"], at - reach, at + reach))
        return at, {r["chunk_index"]: _row_to_passage(r) for r in near}

    def find(self, note: str, heading: str) -> list[Passage]:
        """Chunks of KB note `note` under `heading` (last heading-path element, else any element)."""
        rows = self.conn.execute(
            "SELECT * FROM chunks WHERE note_id = ? ORDER BY chunk_index", (note,)
        ).fetchall()
        want = heading.strip().lower()
        parts = [[p.strip().lower() for p in (r["heading"] or "").split(" > ")] for r in rows]
        exact = [r for r, p in zip(rows, parts, strict=True) if p and p[-1] == want]
        if not exact:
            exact = [r for r, p in zip(rows, parts, strict=True) if any(want in x for x in p)]
        return [_row_to_passage(r) for r in exact]

    def sources(self) -> dict[str, int]:
        """Display source path -> number of chunks."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT source, count(*) FROM chunks GROUP BY source ORDER BY source")}

    def close(self) -> None:
        self.conn.close()


def _quoted(phrase: str) -> str:
    """An FTS5 string literal: the tokens in this order, nothing in them read as syntax."""
    return '"' + phrase.replace('"', '""') + '"'


def _as_meta(item) -> tuple[dict, str]:
    if isinstance(item, Passage):
        meta = item.model_dump(exclude={"text", "score"})
        meta["plugins"] = ",".join(item.plugins)
        return meta, item.text
    meta = dict(item.metadata)
    if "chunk_id" not in meta and getattr(item, "id", None):
        meta["chunk_id"] = item.id
    return meta, item.page_content


def clear(index: LexicalIndex) -> None:
    """Drop every chunk (used by `ingest --rebuild`)."""
    with index.conn:
        index.conn.execute("DELETE FROM chunks_fts")
        index.conn.execute("DELETE FROM chunks")
