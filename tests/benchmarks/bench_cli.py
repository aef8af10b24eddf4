"""Start-up cost of the CLI: `cni-advisor --help` wall time against a bare `python -c pass` (same run).

Usage: .venv/bin/python tests/benchmarks/bench_cli.py [--runs N]
Goal: --help under 1 s of wall time; heavy imports happen only in the commands that need them.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def wall(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    runs = ap.parse_args().runs
    floor = wall([sys.executable, "-c", "pass"], runs)
    helps = wall([str(BIN / "cni-advisor"), "--help"], runs)
    version = wall([str(BIN / "cni-advisor"), "--version"], runs)
    f = statistics.median(floor)
    for name, times in (("python -c pass (floor)", floor), ("cni-advisor --help", helps),
                        ("cni-advisor --version", version)):
        med = statistics.median(times)
        print(f"{name:28s} median {med * 1000:7.1f} ms  max {max(times) * 1000:7.1f} ms  x{med / f:4.1f} floor")
    print(f"goal --help < 1000 ms: {'met' if statistics.median(helps) < 1 else 'NOT met'}")


if __name__ == "__main__":
    main()
