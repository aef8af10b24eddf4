"""Warm `Advisor.ask` latency against the floor (query embedding + one Chroma query), and one cold CLI run.

Usage: .venv/bin/python tests/benchmarks/bench_ask.py [--index DIR] [--rounds N]
Without --index it ingests kb/notes into a temporary index first (about two minutes).
Goal (issue 5): warm p50 at most 1.5 x the floor's p50, both measured here in the same run.
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

    env = {**os.environ, "CNI_ADVISOR_INDEX_DIR": str(index)}
    cli = str(Path(sys.executable).with_name("cni-advisor"))
    t = time.perf_counter()
    proc = subprocess.run([cli, "ask", "--json", qs[0]], capture_output=True, text=True, env=env)
    cold = time.perf_counter() - t
    print(f"cold `cni-advisor ask` wall time: {cold:.2f} s (exit {proc.returncode})")


if __name__ == "__main__":
    main()
