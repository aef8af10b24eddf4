"""`cni-advisor collect`: the read-only commands whose output `ask --evidence` reads; `--run` runs the node-side ones here."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from assistant.observe.commands import CollectCommand

MAX_OUTPUT = 64_000  # per command, so a whole node's paste stays well under the reader's bound
# Programs --run may start, and what they may be asked: nothing here can change the system.
READ_ONLY: dict[str, set[tuple[str, ...]]] = {
    "uname": {("-a",)}, "cat": {("/etc/os-release",)}, "systemd-detect-virt": {()}, "lspci": {()},
    "ip": {("-br", "addr"), ("-d", "link"), ("route",), ("neigh",)}, "ethtool": {("-i", "*")},
}


@dataclass
class Ran:
    command: str
    status: str  # ok, failed, skipped, timeout
    output: str
    note: str = ""


def is_read_only(argv: tuple[str, ...]) -> bool:
    allowed = READ_ONLY.get(argv[0], set())
    args = argv[1:]
    return any(len(a) == len(args) and all(p == "*" and re.fullmatch(r"[\w.@:-]+", x) or p == x for p, x in zip(a, args, strict=True))
               for a in allowed)


def default_nic() -> str | None:
    try:
        out = subprocess.run(["ip", "route", "show", "default"], capture_output=True, text=True, timeout=5,
                             stdin=subprocess.DEVNULL, env={**os.environ, "LC_ALL": "C"}).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"\bdev\s+(\S+)", out)
    return m[1] if m else None


def run_one(cmd: CollectCommand, nic: str | None, timeout: float) -> Ran:
    argv = cmd.argv
    if argv is None:
        return Ran(cmd.shown, "skipped", "", "runs on a machine with kubectl")
    if "{nic}" in argv:
        if not nic:
            return Ran(cmd.shown, "skipped", "", "no default route, so no NIC to ask about")
        argv = tuple(nic if a == "{nic}" else a for a in argv)
    shown = " ".join(argv)
    if not is_read_only(argv):  # the command table and this allow-list must agree; refuse rather than guess
        return Ran(shown, "skipped", "", "not on the read-only list")
    if shutil.which(argv[0]) is None:
        return Ran(shown, "skipped", "", f"{argv[0]} is not installed")
    try:
        proc = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout, errors="replace",
                              stdin=subprocess.DEVNULL, env={**os.environ, "LC_ALL": "C"})
    except subprocess.TimeoutExpired:
        return Ran(shown, "timeout", "", f"no answer within {timeout:g} s")
    except OSError as exc:
        return Ran(shown, "skipped", "", f"could not start: {exc.strerror}")
    out = proc.stdout
    if cmd.keep:
        out = "".join(line for line in out.splitlines(keepends=True) if re.search(cmd.keep, line))
    note = ""
    if len(out) > MAX_OUTPUT:
        out, note = out[:MAX_OUTPUT].rsplit("\n", 1)[0] + "\n", f"output cut at {MAX_OUTPUT // 1000} KB"
    # systemd-detect-virt exits 1 when it prints "none": the output still counts.
    if proc.returncode != 0 and not out.strip():
        first = (proc.stderr.strip().splitlines() or [""])[0]
        return Ran(shown, "failed", "", f"exit status {proc.returncode}" + (f": {first}" if first else ""))
    return Ran(shown, "ok", out, note)


def as_paste(host: str, results: list[Ran]) -> str:
    """The outputs with `# host:` and `$ cmd` headers, the shape read_evidence splits hosts and commands by."""
    name = re.sub(r"[^\w.-]", "-", host)  # the reader takes a host name of letters, digits, dots and dashes
    parts = [f"# host: {name}\n"]
    for r in results:
        if r.status == "ok":
            parts.append(f"$ {r.command}\n{r.output}")
            if r.output and not r.output.endswith("\n"):
                parts.append("\n")
            if r.note:
                parts.append(f"# note: {r.note}\n")
        else:
            parts.append(f"# skipped: {r.command}: {r.note}\n")
    return "".join(parts)


@click.command(name="collect")
@click.option("--run", "run", is_flag=True,
              help="Run the node-side commands here (read-only, each with a timeout) and print their output for pasting.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True, help="Language of the explanations.")
@click.option("--timeout", type=click.FloatRange(0.5, 60), default=5.0, show_default=True, help="Seconds each command may take.")
def command(run, as_json, lang, timeout):
    """Show what to run on your nodes so `ask --evidence` can read facts instead of guessing them.

    Every command only reads: nothing is configured, installed or changed.
    """
    from assistant.observe.commands import COMMANDS

    if run:
        nic = default_nic()
        node = [c for c in COMMANDS if c.where == "node"]
        results = [run_one(c, nic, timeout) for c in node]
        host = socket.gethostname() or "this-node"
        if as_json:
            click.echo(json.dumps({"host": host, "results": [asdict(r) for r in results], "text": as_paste(host, results)},
                                  ensure_ascii=False, indent=2))
        else:
            click.echo(as_paste(host, results), nl=False)
        kubectl = [c.shown for c in COMMANDS if c.where == "kubectl"]
        click.echo(("Also run on a machine with kubectl: " if lang == "en" else "另请在能执行 kubectl 的机器上运行：")
                   + " ; ".join(kubectl), err=True)
        return
    if as_json:
        click.echo(json.dumps({where: [{"command": c.shown, "why": c.why_en if lang == "en" else c.why_zh}
                                       for c in COMMANDS if c.where == where] for where in ("node", "kubectl")},
                              ensure_ascii=False, indent=2))
        return
    click.echo(_listing(lang, COMMANDS), nl=False)


def _listing(lang: str, commands: Iterable[CollectCommand]) -> str:
    zh = lang == "zh"
    titles = {"node": ("On each node (or run `cni-advisor collect --run` there):", "在每个节点上运行（或在节点上执行 `cni-advisor collect --run`）："),
              "kubectl": ("On a machine with kubectl:", "在能执行 kubectl 的机器上：")}
    lines = []
    for where in ("node", "kubectl"):
        lines.append(titles[where][zh])
        for c in (c for c in commands if c.where == where):
            lines.append(f"  {c.shown}")
            lines.append(f"      # {c.why_zh if zh else c.why_en}")
        lines.append("")
    lines.append("每条命令都只读取信息，不做任何修改。粘贴时请保留提示符（如 [root@node1 ~]#），或在每台主机的输出前加一行 `# host: 主机名`。"
                 if zh else "Every command only reads. Paste the outputs with their prompts (e.g. [root@node1 ~]#), "
                 "or put a `# host: NAME` line before each host's outputs.")
    return "\n".join(lines) + "\n"
