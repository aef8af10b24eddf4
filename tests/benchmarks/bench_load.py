"""Load on the web API: 8 concurrent clients for 30 s against POST /api/ask.

Starts `cni-advisor serve` on a free loopback port (index: --index, else CNI_ADVISOR_INDEX_DIR,
else a temp index built from kb/notes), asks the evaluation questions of kb/eval/*.yaml in turn
and prints, per round, requests/s, p50/p95 latency, errors and the server's RSS before and after.
Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import yaml

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
FALLBACK = [
    "Which CNI plugin for VMware NAT with latency needs?",
    "We need NetworkPolicy and encryption on bare metal with BGP routers. Calico or Cilium?",
    "What is the difference between an overlay and an underlay network?",
    "我们在阿里云上，选 Terway 还是 flannel？",
]


def questions() -> list[str]:
    found = []
    for path in sorted((REPO / "kb" / "eval").glob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        found += [i["question"] for i in items if isinstance(i, dict) and i.get("question")]
    return found or FALLBACK


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def index_dir(arg: str | None, tmp: str) -> str:
    chosen = arg or os.environ.get("CNI_ADVISOR_INDEX_DIR")
    if chosen:
        return chosen
    subprocess.run([BIN / "cni-advisor", "ingest", "--index", tmp, str(REPO / "kb" / "notes")], check=True)
    return tmp


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    sys.exit(f"server not healthy after {timeout:.0f}s")


def client(url: str, qs: list[str], offset: int, stop: float, lat: list, errors: list) -> None:
    with httpx.Client(base_url=url, timeout=60) as c:
        i = offset
        while time.monotonic() < stop:
            q = qs[i % len(qs)]
            i += 1
            t = time.perf_counter()
            try:
                r = c.post("/api/ask", json={"question": q})
                ok = r.status_code == 200
            except httpx.HTTPError as exc:
                ok, r = False, exc
            (lat if ok else errors).append(time.perf_counter() - t if ok else f"{q[:40]!r}: {r}")


def one_round(url: str, qs: list[str], args, pid: int, n: int) -> list[str]:
    rss_before = rss_mb(pid)
    lat: list[float] = []
    errors: list[str] = []
    stop = time.monotonic() + args.seconds
    threads = [threading.Thread(target=client, args=(url, qs, c * 3, stop, lat, errors))
               for c in range(args.clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    if not lat:
        return errors or ["no request succeeded"]
    p95 = statistics.quantiles(lat, n=20)[18] if len(lat) >= 2 else lat[0]
    print(f"round {n}: requests {len(lat) + len(errors)} in {elapsed:.1f}s | {len(lat) / elapsed:.2f} req/s"
          f" | p50 {statistics.median(lat) * 1000:.0f} ms | p95 {p95 * 1000:.0f} ms"
          f" | errors {len(errors)}" + (f" (first: {errors[0]})" if errors else "")
          + f" | server RSS {rss_before:.0f} -> {rss_mb(pid):.0f} MB")
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        cmd = [BIN / "cni-advisor", "serve", "--port", str(port), "--index", index_dir(args.index, tmp)]
        proc = subprocess.Popen(cmd, env=env)
        try:
            wait_healthy(url, proc)
            qs = questions()
            print(f"questions: {len(qs)} | clients: {args.clients} | {args.seconds:.0f}s x {args.rounds} round(s)")
            errors = []
            for n in range(1, args.rounds + 1):
                # Several rounds tell warm-up growth (caches filling) from a leak (growing every round).
                errors += one_round(url, qs, args, proc.pid, n)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
