"""Ingest benchmark: embedding throughput ONNX vs torch on the same texts, the pipeline against its
raw floor, unchanged re-ingest, peak RSS.

Usage: .venv/bin/python tests/benchmarks/bench_ingest.py [CORPUS_DIR] [--max-files N]
Default corpus: ../shared/corpus (relative to the repo), its first 150 files (--max-files 0: all).
The pipeline runs on the configured backend (CNI_ADVISOR_EMBEDDING_BACKEND, default onnx); its
floor is that backend's raw encode of the same texts. Prints figures; asserts nothing.
Goals: ONNX raw throughput >= 1.4 x torch's; pipeline >= 85 % of its floor; re-ingest <= 5 %.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Measure this checkout's code, not whichever one the virtualenv has installed (a worktree shares
# another checkout's .venv): run as a script, only tests/benchmarks would be on sys.path.
sys.path.insert(0, str(REPO))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--max-files", type=int, default=150, help="ingest only the first N files (0: all)")
    args = ap.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["ANONYMIZED_TELEMETRY"] = "False"

    from assistant.embeddings import get_embeddings
    from assistant.settings import Settings
    from ingest import run_ingest

    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    corpus = Path(args.corpus).resolve()
    if args.max_files:
        corpus = _subset(corpus, work / corpus.name, args.max_files)
    settings = Settings(_env_file=None, index_dir=work / "index")
    backend = settings.embedding_backend + ("-int8" if settings.embedding_quantize == "int8" else "")

    t = time.perf_counter()
    get_embeddings(settings).embed_query("warm up")  # model load is reported apart from throughput
    load_s = time.perf_counter() - t
    texts = _chunk_texts(corpus, settings)
    onnx = _encoder(settings.model_copy(update={"embedding_backend": "onnx"}))
    torch = _encoder(settings.model_copy(update={"embedding_backend": "torch", "embedding_quantize": "none"}))
    floor = onnx if settings.embedding_backend == "onnx" else torch

    # The box is shared: each raw series is measured before and after the ingest, interleaved.
    raw = {"onnx": [_seconds(onnx, texts)], "torch": [_seconds(torch, texts)]}
    full = run_ingest(settings, [corpus])
    raw["onnx"].append(_seconds(onnx, texts))
    raw["torch"].append(_seconds(torch, texts))
    again = run_ingest(settings, [corpus])

    t = time.perf_counter()
    cli = subprocess.run([str(Path(sys.executable).parent / "cni-advisor"), "ingest", str(corpus), "--json",
                          "--index", str(settings.index_dir)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))})
    cli_s = time.perf_counter() - t

    rate = {name: len(texts) * 2 / sum(values) for name, values in raw.items()}
    pipe_rate = full.chunks_added / full.seconds
    floor_name = "onnx" if floor is onnx else "torch"
    floor_rate = rate[floor_name]
    print(f"corpus: {corpus}  files seen {full.files_seen}, indexed {full.files_indexed},"
          f" failed {len(full.files_failed)}, skipped {full.files_skipped}")
    print(f"chunks: {full.chunks_added} (total in index {full.chunks_total}), batch size {settings.embedding_batch_size}")
    labels = {"onnx": "onnx-int8" if settings.embedding_quantize == "int8" else "onnx", "torch": "torch"}
    for name, values in raw.items():
        print(f"raw encode, {labels[name]:9s} (same texts): {rate[name]:5.1f} chunks/s"
              f" (before ingest {values[0]:.1f}s, after {values[1]:.1f}s)")
    print(f"{labels['onnx']} / torch throughput: {rate['onnx'] / rate['torch']:.2f} x (goal >= 1.4)")
    print(f"pipeline backend: {backend}; model load (excluded below): {load_s:.1f}s")
    print(f"full ingest: {full.seconds:.1f}s = {pipe_rate:.1f} chunks/s")
    print(f"pipeline / raw {floor_name} floor: {100 * pipe_rate / floor_rate:.0f}% (goal >= 85%)")
    print(f"re-ingest unchanged (in process): {again.seconds:.2f}s = {100 * again.seconds / full.seconds:.1f}%"
          f" of full (goal <= 5%); unchanged files {again.files_unchanged}, chunks added {again.chunks_added}")
    print(f"re-ingest unchanged (fresh `cni-advisor ingest` process, exit {cli.returncode}): {cli_s:.2f}s"
          f" = {100 * cli_s / full.seconds:.1f}% of full")
    print(f"peak RSS (both backends loaded in this process): {_rss_mb():.0f} MB")
    for f in full.files_failed[:10]:
        print(f"  failed: {f['path']}: {f['error']}")
    shutil.rmtree(work, ignore_errors=True)


def _encoder(settings):
    """A function embedding a list of texts the way the pipeline does on that backend, warmed up."""
    from assistant.embeddings import get_embeddings

    embeddings = get_embeddings(settings)
    embeddings.embed_documents(["warm up"])
    return embeddings.embed_documents


def _seconds(encode, texts: list[str]) -> float:
    t = time.perf_counter()
    encode(texts)
    return time.perf_counter() - t


def _chunk_texts(corpus: Path, settings) -> list[str]:
    """The exact chunk texts the pipeline will embed (same loaders and splitter)."""
    from ingest.chunks import file_documents
    from ingest.discover import discover
    from ingest.document import LoadError
    from ingest.loaders import supported
    from ingest.metadata import repo_plugins

    repos = repo_plugins(settings.kb_dir)
    texts = []
    for f in discover([corpus])[0]:
        if supported(f.path):
            try:
                texts += [d.page_content for d in file_documents(f.path, f.root, f.path.read_bytes(), settings, repos)]
            except LoadError:
                pass
    return texts


def _subset(src: Path, dst: Path, n: int) -> Path:
    files = sorted(p for p in src.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")[:n]
    for p in files:
        (dst / p.relative_to(src)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(p, dst / p.relative_to(src))
    if (src / "MANIFEST.tsv").exists():
        shutil.copy2(src / "MANIFEST.tsv", dst / "MANIFEST.tsv")
    return dst


if __name__ == "__main__":
    main()
