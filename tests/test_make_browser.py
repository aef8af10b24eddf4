"""`make test`'s browser prerequisites on a machine without Chromium.

scripts/browser-prereqs.sh runs with a PATH holding only fakes of `id`, `sudo` and `apt-get`
(shell scripts that record their arguments), so Chromium looks absent whatever this machine has.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from assistant.settings import REPO_ROOT

SCRIPT = REPO_ROOT / "scripts" / "browser-prereqs.sh"
BASH = "/bin/bash"

# apt-get "installs" by creating the two commands in the fake bin directory.
FAKE_APT = """#!/bin/sh
echo "apt-get $*" >> "{log}"
case "$*" in *install*) for b in chromium chromedriver; do
  printf '#!/bin/sh\\n' > "{bin}/$b"; /bin/chmod +x "{bin}/$b"; done;; esac
"""
FAKE_APT_BROKEN = """#!/bin/sh
echo "apt-get $*" >> "{log}"
echo "E: Unable to locate package chromium" >&2
exit 100
"""
FAKE_SUDO_OK = """#!/bin/sh
echo "sudo $*" >> "{log}"
[ "$1" = -n ] && shift
[ "$1" = true ] && exit 0
while case "$1" in *=*) true;; *) false;; esac; do export "$1"; shift; done
exec "$@"
"""
FAKE_SUDO_NEEDS_PASSWORD = """#!/bin/sh
echo "sudo $*" >> "{log}"
echo "sudo: a password is required" >&2
exit 1
"""


def _fakes(tmp_path: Path, uid: int, sudo: str | None = None, apt: str = FAKE_APT) -> tuple[Path, Path]:
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    scripts = {"id": f'#!/bin/sh\n[ "$1" = -u ] && echo {uid}\n', "apt-get": apt}
    if sudo:
        scripts["sudo"] = sudo
    for name, text in scripts.items():
        path = bin_dir / name
        path.write_text(text.format(log=log, bin=bin_dir))
        path.chmod(0o755)
    return bin_dir, log


def _run(bin_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([BASH, str(SCRIPT)], env={"PATH": str(bin_dir)}, capture_output=True,
                          text=True, timeout=60)


def _calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_as_root_it_installs_chromium_and_the_driver_with_apt_get(tmp_path):
    bin_dir, log = _fakes(tmp_path, uid=0)
    result = _run(bin_dir)
    assert result.returncode == 0, result.stderr
    assert _calls(log) == ["apt-get update -qq", "apt-get install -y -qq chromium chromium-driver"]
    assert "installing chromium chromium-driver" in result.stdout


def test_with_passwordless_sudo_it_installs_through_sudo(tmp_path):
    bin_dir, log = _fakes(tmp_path, uid=1000, sudo=FAKE_SUDO_OK)
    result = _run(bin_dir)
    assert result.returncode == 0, result.stderr
    calls = _calls(log)
    assert calls[0] == "sudo -n true"
    assert "sudo -n DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver" in calls
    assert "apt-get install -y -qq chromium chromium-driver" in calls


def test_without_root_or_passwordless_sudo_it_fails_naming_the_command(tmp_path):
    bin_dir, log = _fakes(tmp_path, uid=1000, sudo=FAKE_SUDO_NEEDS_PASSWORD)
    result = _run(bin_dir)
    assert result.returncode != 0
    assert not [c for c in _calls(log) if c.startswith("apt-get")]
    message = result.stderr.strip()
    assert "\n" not in message
    assert "chromium chromium-driver" in message and "cannot install" in message
    command = re.search(r"Run: (.*?)  then make test again", message).group(1)
    assert command == "sudo sh -c 'apt-get update && apt-get install -y chromium chromium-driver'"


def test_a_failing_apt_get_fails_the_target(tmp_path):
    bin_dir, log = _fakes(tmp_path, uid=0, apt=FAKE_APT_BROKEN)
    result = _run(bin_dir)
    assert result.returncode != 0
    assert "apt-get update failed" in result.stderr


def test_nothing_is_installed_when_both_are_there(tmp_path):
    bin_dir, log = _fakes(tmp_path, uid=0)
    for name in ("chromium", "chromedriver"):
        (bin_dir / name).write_text("#!/bin/sh\n")
        (bin_dir / name).chmod(0o755)
    result = _run(bin_dir)
    assert result.returncode == 0 and _calls(log) == []


def test_make_test_runs_the_prerequisites_before_the_suite():
    out = subprocess.run(["make", "-n", "test"], cwd=REPO_ROOT, capture_output=True, text=True,
                         timeout=60, env={"PATH": "/usr/bin:/bin", "HOME": "/tmp"}).stdout
    lines = out.splitlines()
    prereq = next(i for i, line in enumerate(lines) if "browser-prereqs.sh" in line)
    pytest_run = next(i for i, line in enumerate(lines) if "-m pytest" in line)
    assert prereq < pytest_run
