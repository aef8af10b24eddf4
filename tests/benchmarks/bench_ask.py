"""Warm `Advisor.ask` latency against its floor (query embedding + one Chroma query), and cold
`cni-advisor ask` processes against theirs (importing chromadb, onnxruntime and tokenizers plus
loading the ONNX session), with the torch backend's cold ask measured in the same run.

Usage: .venv/bin/python tests/benchmarks/bench_ask.py [--index DIR] [--rounds N] [--cold-runs N]
Without --index it ingests kb/notes into a temporary index first (one to two minutes).
The backend is the configured one (CNI_ADVISOR_EMBEDDING_BACKEND / _QUANTIZE, default onnx).
Goals: warm p50 <= 1.5 x its floor; cold ask <= 2 x its floor and >= 4 x faster than torch's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

FALLBACK = [
    "Which CNI plugin for VMware NAT with latency needs?", "阿里云上应该选哪个CNI插件?",
    "We need NetworkPolicy on bare metal, which CNI?", "Our nodes run kernel 3.10, which CNI plugin should we use?",
    "What does portmap do?", "CNI 是什么?", "What is the capital of France?", "How does flannel vxlan work?",
]


def questions() -> list[str]:
    import yaml

    found = []
    for path in sorted((REPO / "kb" / "eval").glob("*.yaml")):
        found += [item["question"] for item in yaml.safe_load(path.read_text("utf-8")) or [] if "question" in item]
    return found or FALLBACK


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--cold-runs", type=int, default=3)
    args = ap.parse_args()
    from assistant.ask import Advisor
    from assistant.settings import Settings

    index = args.index
    if index is None:
        from ingest import run_ingest

        index = Path(tempfile.mkdtemp(prefix="bench-ask-"))
        t = time.perf_counter()
        run_ingest(Settings(_env_file=None, index_dir=index))
        print(f"ingested kb/notes in {time.perf_counter() - t:.1f}s")
    settings = Settings(_env_file=None, index_dir=index)
    print(f"embedding backend: {settings.embedding_backend}, quantize: {settings.embedding_quantize}")
    advisor = Advisor(settings)
    qs = questions()
    for q in qs[:3]:  # warm: model, store, catalog, evidence cache
        advisor.ask(q)
    store = advisor.store
    emb = store.chroma._embedding_function

    floor, warm, answered = [], [], []
    for _ in range(args.rounds):
        for q in qs:
            # Interleaved, so background load hits both series alike.
            t = time.perf_counter()
            vec = emb.embed_query(q)
            store.chroma._collection.query(query_embeddings=[vec], n_results=settings.top_k)
            floor.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            result = advisor.ask(q)
            warm.append((time.perf_counter() - t) * 1000)
            if result.answerable:  # declined off-topic questions skip retrieval: report them apart
                answered.append((warm[-1], floor[-1]))
    f50, w50 = statistics.median(floor), statistics.median(warm)
    print(f"questions: {len(qs)} x {args.rounds} rounds, chunks in index: {store.count()}")
    print(f"floor (embed + 1 chroma query): p50 {f50:.1f} ms  p95 {pct(floor, 0.95):.1f} ms")
    print(f"warm ask:                       p50 {w50:.1f} ms  p95 {pct(warm, 0.95):.1f} ms")
    print(f"ratio p50: {w50 / f50:.2f} (goal <= 1.5)")
    if answered:
        a50, af50 = statistics.median(a for a, _ in answered), statistics.median(f for _, f in answered)
        print(f"answered questions only ({len(answered)}): ask p50 {a50:.1f} ms vs floor p50 {af50:.1f} ms,"
              f" ratio {a50 / af50:.2f}")

    if args.cold_runs:
        cold(index, qs[0], getattr(emb._model(), "directory", None), args.cold_runs)


def cold(index: Path, question: str, onnx_dir: Path | None, runs: int) -> None:
    """Fresh processes, interleaved so background load hits every series alike; medians printed."""
    env = {**os.environ, "CNI_ADVISOR_INDEX_DIR": str(index)}
    torch_env = {**env, "CNI_ADVISOR_EMBEDDING_BACKEND": "torch", "CNI_ADVISOR_EMBEDDING_QUANTIZE": "none"}
    ask = [str(Path(sys.executable).with_name("cni-advisor")), "ask", "--json", question]
    series = [("ask", "cold `cni-advisor ask`", ask, env), ("torch", "cold ask, torch backend", ask, torch_env)]
    if onnx_dir is not None:
        session = (f"import chromadb, onnxruntime, tokenizers; onnxruntime.InferenceSession("
                   f"{str(onnx_dir / 'model.onnx')!r}, providers=['CPUExecutionProvider'])")
        series.insert(0, ("floor", "floor: imports + ONNX session", [sys.executable, "-c", session], env))
    times: dict[str, list[float]] = {key: [] for key, *_ in series}
    for _ in range(runs):
        for key, label, cmd, cmd_env in series:
            t = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, env=cmd_env)
            times[key].append(time.perf_counter() - t)
            if proc.returncode:
                print(f"{label}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    med = {key: statistics.median(values) for key, values in times.items()}
    for key, label, *_ in series:
        print(f"{label:32s} median {med[key]:5.2f} s  (runs: {', '.join(f'{v:.2f}' for v in times[key])})")
    if "floor" in med:
        print(f"cold ask / floor: {med['ask'] / med['floor']:.2f} (goal <= 2)")
    print(f"torch backend's cold ask / this one's: {med['torch'] / med['ask']:.2f} (goal >= 4)")


if __name__ == "__main__":
    main()
