"""Bookkeeping in the lexical index's SQLite file: LangChain's record manager and a file table.

Living in the same file as the keyword index keeps one place to delete on --rebuild and
one connection to reason about.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence

from langchain_core.indexing.base import RecordManager

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    namespace TEXT NOT NULL, key TEXT NOT NULL, group_id TEXT, updated_at REAL NOT NULL,
    PRIMARY KEY (namespace, key)
);
CREATE INDEX IF NOT EXISTS records_group ON records(namespace, group_id, updated_at);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, root TEXT NOT NULL, fingerprint TEXT NOT NULL, chunks INTEGER NOT NULL
);
"""
_BATCH = 500


def _chunks(seq: Sequence[str]):
    for i in range(0, len(seq), _BATCH):
        yield list(seq[i : i + _BATCH])


class SQLiteRecordManager(RecordManager):
    """`langchain_core.indexing.index()` record keeping on a shared sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection, namespace: str):
        super().__init__(namespace)
        self.conn = conn

    def create_schema(self) -> None:
        self.conn.executescript(SCHEMA)

    async def acreate_schema(self) -> None:
        self.create_schema()

    def get_time(self) -> float:
        return time.time()

    async def aget_time(self) -> float:
        return self.get_time()

    def update(self, keys: Sequence[str], *, group_ids: Sequence[str | None] | None = None,
               time_at_least: float | None = None) -> None:
        if group_ids and len(keys) != len(group_ids):
            raise ValueError("Length of keys must match length of group_ids")
        now = max(self.get_time(), time_at_least or 0.0)
        groups = group_ids or [None] * len(keys)
        with self.conn:
            self.conn.executemany(
                "INSERT INTO records (namespace, key, group_id, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(namespace, key) DO UPDATE SET updated_at = excluded.updated_at,"
                " group_id = COALESCE(excluded.group_id, records.group_id)",
                [(self.namespace, k, g, now) for k, g in zip(keys, groups, strict=True)],
            )

    async def aupdate(self, keys, *, group_ids=None, time_at_least=None) -> None:
        self.update(keys, group_ids=group_ids, time_at_least=time_at_least)

    def exists(self, keys: Sequence[str]) -> list[bool]:
        found: set[str] = set()
        for part in _chunks(keys):
            found.update(r[0] for r in self.conn.execute(
                f"SELECT key FROM records WHERE namespace = ? AND key IN ({','.join('?' * len(part))})",
                [self.namespace, *part]))
        return [k in found for k in keys]

    async def aexists(self, keys: Sequence[str]) -> list[bool]:
        return self.exists(keys)

    def list_keys(self, *, before: float | None = None, after: float | None = None,
                  group_ids: Sequence[str] | None = None, limit: int | None = None) -> list[str]:
        sql, args = "SELECT key FROM records WHERE namespace = ?", list[str | float]([self.namespace])
        if before is not None:
            sql, args = sql + " AND updated_at < ?", [*args, before]
        if after is not None:
            sql, args = sql + " AND updated_at > ?", [*args, after]
        if group_ids is not None:
            sql += f" AND group_id IN ({','.join('?' * len(group_ids))})"
            args = [*args, *group_ids]
        if limit:
            sql, args = sql + " LIMIT ?", [*args, limit]
        return [r[0] for r in self.conn.execute(sql, args)]

    async def alist_keys(self, *, before=None, after=None, group_ids=None, limit=None) -> list[str]:
        return self.list_keys(before=before, after=after, group_ids=group_ids, limit=limit)

    def delete_keys(self, keys: Sequence[str]) -> None:
        with self.conn:
            for part in _chunks(keys):
                self.conn.execute(
                    f"DELETE FROM records WHERE namespace = ? AND key IN ({','.join('?' * len(part))})",
                    [self.namespace, *part])

    async def adelete_keys(self, keys: Sequence[str]) -> None:
        self.delete_keys(keys)

    # --- beyond the RecordManager interface: per-file state for skipping unchanged files ---

    def all_keys(self) -> dict[str, str]:
        """Every record key -> its group (the file's absolute path)."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT key, group_id FROM records WHERE namespace = ?", (self.namespace,))}

    def files(self) -> dict[str, tuple[str, str]]:
        """Absolute path -> (ingested root, fingerprint) of every fully indexed file."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT path, root, fingerprint FROM files")}

    def mark_files(self, rows: list[tuple[str, str, str, int]]) -> None:
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", rows)

    def forget_files(self, paths: Sequence[str]) -> None:
        with self.conn:
            self.conn.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in paths])

    def clear(self) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM records")
            self.conn.execute("DELETE FROM files")
