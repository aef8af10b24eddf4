"""`run_ingest`: files -> chunks -> Chroma + keyword index, incremental and crash-safe.

Order of writes per group of files: vectors and keywords (DualStore), then LangChain's
record keys, then the file table. A crash anywhere leaves at worst ids that `_reconcile`
removes and files that the next run re-reads (their unchanged chunks are not re-embedded).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from assistant.errors import ConfigError
from assistant.settings import Settings, check_index_dir
from ingest.discover import discover
from ingest.document import LoadError
from ingest.loaders import read_bytes, supported
from ingest.report import IngestReport


def run_ingest(settings: Settings, paths: list[Path] | None = None, *, rebuild: bool = False,
               progress: bool = False, wait: bool = False) -> IngestReport:
    from ingest.lock import ingest_lock

    started = time.perf_counter()
    found, roots = discover(paths or [settings.kb_dir / "notes"])
    check_index_dir(settings, write=True)
    with ingest_lock(settings.index_dir, wait=wait):
        report = _Run(settings, rebuild).run(found, roots, progress)
    report.seconds = time.perf_counter() - started
    return report


class _Run:
    def __init__(self, settings: Settings, rebuild: bool):
        from assistant.lexical import clear
        from assistant.store import open_store
        from ingest.records import SQLiteRecordManager
        from ingest.sink import DualStore

        self.settings = settings
        self.store = open_store(settings, create=True)
        self.records = SQLiteRecordManager(self.store.lexical.conn, f"chroma/{settings.collection}")
        self.records.create_schema()
        built_with = self.store.embedding_model()
        if not rebuild and built_with and built_with != settings.embedding_model and self.store.count():
            self.store.close()
            raise ConfigError(
                f"the index at {settings.chroma_url or settings.index_dir} was built with embedding model"
                f" {built_with}: run `cni-advisor ingest --rebuild` to switch to {settings.embedding_model}"
            )
        if rebuild:
            self.store.chroma.reset_collection()
            clear(self.store.lexical)
            self.records.clear()
        self.sink = DualStore(self.store)
        self.report = IngestReport()
        from ingest.metadata import plugin_tags

        self.repos, self.names = plugin_tags(settings.kb_dir)
        # Big groups let sentence-transformers sort texts by length across many files (less padding).
        self.group_size = max(64, settings.embedding_batch_size * 32)

    def run(self, found, roots, progress: bool) -> IngestReport:
        from tqdm import tqdm

        report = self.report
        try:
            report.repaired += self._reconcile()
            known = self.records.files()
            report.files_seen = len(found)
            self._remove_gone(found, roots, known)
            pending: list = []
            rows: list = []
            bar = tqdm(total=len(found), unit="file", disable=not (progress and sys.stderr.isatty()))
            for item in found:
                bar.update(1)
                if not supported(item.path):
                    report.files_skipped += 1
                    continue
                self._prepare(item, known, pending, rows)
                if len(pending) >= self.group_size:
                    self._flush(pending, rows)
                    bar.set_postfix(chunks=report.chunks_added)
            self._flush(pending, rows)
            bar.close()
            report.repaired += self._reconcile()
            report.chunks_total = self.store.count()
        finally:
            self.store.close()
        return report

    def _prepare(self, item, known, pending, rows) -> None:
        from ingest.chunks import file_documents, fingerprint

        key = str(item.path)
        try:
            data = read_bytes(item.path)
            fp = fingerprint(data, self.settings)
            if known.get(key, (None, None))[1] == fp:
                self.report.files_unchanged += 1
                return
            docs = file_documents(item.path, item.root, data, self.settings, self.repos, self.names)
            if not docs:
                raise LoadError("no text to index")
        except LoadError as exc:
            self.report.fail(item.path, str(exc))
            return
        pending.extend(docs)
        rows.append((key, str(item.root), fp, len(docs)))

    def _flush(self, pending: list, rows: list) -> None:
        """Index whole files at once: incremental cleanup is per index() call and per source."""
        from langchain_core.indexing import index

        from ingest.chunks import chunk_key

        if not pending:
            return
        result = index(
            pending, self.records, self.sink, batch_size=len(pending), cleanup="incremental",
            source_id_key="path", key_encoder=chunk_key,
        )
        self.records.mark_files(rows)
        self.report.files_indexed += len(rows)
        self.report.chunks_added += result["num_added"]
        self.report.chunks_removed += result["num_deleted"]
        pending.clear()
        rows.clear()

    def _remove_gone(self, found, roots, known) -> None:
        """Files indexed earlier from under a directory given now, and no longer in it."""
        present = {str(f.path) for f in found}
        prefixes = tuple(str(r) + os.sep for r in roots)
        gone = [p for p in known if p.startswith(prefixes) and p not in present]
        for path in gone:
            keys = self.records.list_keys(group_ids=[path])
            self.sink.delete(keys)
            self.records.delete_keys(keys)
            self.report.chunks_removed += len(keys)
        self.records.forget_files(gone)
        self.report.files_removed = len(gone)

    def _reconcile(self) -> int:
        """Make Chroma ids == keyword ids == record keys; returns how many ids were fixed."""
        records = self.records.all_keys()
        dense, lexical = self.store.dense_ids(), self.store.lexical.ids()
        good = records.keys() & dense & lexical
        stray = list((dense | lexical) - good)
        broken = [k for k in records if k not in good]
        self.sink.delete(stray)
        self.records.delete_keys(broken)
        # A file with a missing chunk must be read again; index() re-adds only what is missing.
        stale = {records[k] for k in broken} | (set(self.records.files()) - set(records.values()))
        self.records.forget_files(list(stale))
        return len(stray) + len(broken)
