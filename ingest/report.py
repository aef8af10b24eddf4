"""What one ingest run did; `to_json()` is the `ingest --json` object."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

JSON_KEYS = (
    "files_seen", "files_indexed", "files_unchanged", "files_removed", "files_failed",
    "chunks_added", "chunks_removed", "chunks_total", "seconds",
)


@dataclass
class IngestReport:
    files_seen: int = 0
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    files_failed: list[dict] = field(default_factory=list)  # [{"path", "error"}]
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_total: int = 0
    seconds: float = 0.0
    # Not part of the `ingest --json` object (JSON_KEYS); shown in the human summary only.
    files_skipped: int = 0
    repaired: int = 0

    def fail(self, path, error: str) -> None:
        self.files_failed.append({"path": str(path), "error": error})

    @property
    def exit_code(self) -> int:
        """1 when files failed and nothing at all is indexed from this run's files; else 0."""
        nothing = self.files_indexed == 0 and self.files_unchanged == 0
        return 1 if self.files_failed and nothing else 0

    def to_json(self) -> dict:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return {k: data[k] for k in JSON_KEYS}

    def summary(self) -> str:
        line = (
            f"{self.files_indexed} indexed, {self.files_unchanged} unchanged, {self.files_removed} removed,"
            f" {len(self.files_failed)} failed, {self.files_skipped} skipped (unsupported type)"
            f" of {self.files_seen} files; chunks +{self.chunks_added} -{self.chunks_removed},"
            f" {self.chunks_total} in the index; {self.seconds:.1f}s"
        )
        fails = [f"  failed: {f['path']}: {f['error']}" for f in self.files_failed]
        return "\n".join([line, *fails])
