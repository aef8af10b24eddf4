"""`cni-advisor collect`: the listing, and `--run` for real on this machine, read back by read_evidence."""

from __future__ import annotations

import json
import os
import platform
import shutil
import socket
import stat
import subprocess
import sys

import pytest

from assistant.observe import read_evidence
from assistant.observe.commands import COMMANDS
from assistant.observe.values import normal_kernel
from ui.commands.collect import is_read_only, run_one


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ui.cli", "collect", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "HF_HUB_OFFLINE": "1"})


def test_listing_names_every_command_with_its_reason():
    proc = cli()
    assert proc.returncode == 0, proc.stderr
    for c in COMMANDS:
        assert c.shown in proc.stdout
        assert c.why_en in proc.stdout
    assert proc.stdout.index("On each node") < proc.stdout.index("ip route") < proc.stdout.index("On a machine with kubectl")
    assert "only reads" in proc.stdout


def test_listing_in_chinese_and_as_json():
    zh = cli("--lang", "zh")
    assert zh.returncode == 0 and "只读取" in zh.stdout and "节点" in zh.stdout
    data = json.loads(cli("--json").stdout)
    assert [c["command"] for c in data["node"]][:2] == ["uname -a", "cat /etc/os-release"]
    assert "kubectl get nodes -o wide" in [c["command"] for c in data["kubectl"]]
    assert all(c["why"] for c in data["node"] + data["kubectl"])


def test_run_here_prints_a_paste_the_reader_reads_back():
    proc = cli("--run")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith(f"# host: {socket.gethostname()}\n")
    assert "$ uname -a\n" in out and "kubectl get nodes -o wide" in proc.stderr
    for c in COMMANDS:
        if c.where == "node" and shutil.which(c.argv[0]) is None:
            assert f"# skipped: {c.argv[0]}" in out and "not installed" in out
    obs = read_evidence(out)
    assert obs.hosts == 1 and not obs.conflicts
    assert obs.fact("kernel").value == normal_kernel(platform.release())
    assert "uname -a" in obs.formats and "os-release" in obs.formats
    if shutil.which("ip"):
        assert {"ip -br addr", "ip -d link", "ip route"} <= set(obs.formats)
    assert not any("read as one host" in n for n in obs.notices)


def test_run_as_json_carries_statuses_and_the_paste():
    data = json.loads(cli("--run", "--json").stdout)
    statuses = {r["command"].split()[0]: r["status"] for r in data["results"]}
    assert statuses["uname"] == "ok"
    assert set(statuses.values()) <= {"ok", "skipped", "failed", "timeout"}
    assert read_evidence(data["text"]).fact("kernel") is not None


def test_every_command_run_is_on_the_read_only_list():
    for c in COMMANDS:
        if c.argv:
            assert is_read_only(tuple("eth0" if a == "{nic}" else a for a in c.argv)), c.argv


@pytest.mark.parametrize("argv", [
    ("ip", "route", "add", "10.0.0.0/8", "via", "10.0.0.1"), ("ip", "link", "set", "eth0", "down"), ("ip", "neigh", "flush", "all"),
    ("ethtool", "-s", "eth0", "speed", "10"), ("ethtool", "-i", "eth0;reboot"), ("cat", "/etc/shadow"), ("rm", "-rf", "/"),
    ("sh", "-c", "uname -a"),
])
def test_anything_else_is_refused(argv):
    assert not is_read_only(argv)


def test_a_missing_tool_is_skipped_with_a_note(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    lspci = next(c for c in COMMANDS if c.argv == ("lspci",))
    ran = run_one(lspci, "eth0", 5)
    assert ran.status == "skipped" and ran.note == "lspci is not installed"


def test_a_hanging_tool_is_stopped_at_the_timeout(tmp_path, monkeypatch):
    fake = tmp_path / "lspci"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    lspci = next(c for c in COMMANDS if c.argv == ("lspci",))
    ran = run_one(lspci, None, 0.5)
    assert ran.status == "timeout" and "0.5 s" in ran.note


def test_run_keeps_only_network_controllers_from_lspci(tmp_path, monkeypatch):
    fake = tmp_path / "lspci"
    fake.write_text("#!/bin/sh\necho '00:00.0 Host bridge: Intel Corporation 440FX'\n"
                    "echo '3b:02.0 Ethernet controller: Intel Corporation Ethernet Virtual Function 700 Series (rev 02)'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    ran = run_one(next(c for c in COMMANDS if c.argv == ("lspci",)), None, 5)
    assert ran.status == "ok" and "Host bridge" not in ran.output and "Virtual Function" in ran.output
    assert read_evidence(f"# host: n1\n$ lspci\n{ran.output}").fact("sriov_nics").value is True
