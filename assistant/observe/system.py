"""The host itself: `uname -a|-r|-m`, `/etc/os-release`, `/etc/redhat-release`, `lsb_release -a`, `hostnamectl`, `systemd-detect-virt`."""

from __future__ import annotations

import re

from assistant.observe.records import Block, HostFact, Parsed
from assistant.observe.values import kernel_arch, normal_arch, normal_kernel, os_from_image, os_from_release

UNAME_A = re.compile(r"^Linux\s+(?P<host>[\w.-]+)\s+(?P<kernel>\d+\.\d+\S*)\s+#.*?\s(?P<arch>x86_64|aarch64|armv7l|armv8l|ppc64le|s390x|i686)\b")
KERNEL_LINE = re.compile(r"^[2-6]\.\d+\.\d+-\d+\S*$")  # a lone `uname -r` line; other versions rarely look like this
OS_RELEASE = re.compile(r'^(?P<key>NAME|VERSION|ID|ID_LIKE|VERSION_ID|PRETTY_NAME|VERSION_CODENAME'
                        r'|HOME_URL|SUPPORT_URL|BUG_REPORT_URL|ANSI_COLOR|CPE_NAME|PLATFORM_ID|PRIVACY_POLICY_URL|LOGO'
                        r'|DOCUMENTATION_URL|REDHAT_\w+|CENTOS_\w+|UBUNTU_\w+|VARIANT\w*|BUILD_ID)=(?P<v>.*)$')
REDHAT_RELEASE = re.compile(r"^(?:CentOS|Red Hat Enterprise Linux|Rocky Linux|AlmaLinux|Oracle Linux Server|Alibaba Cloud Linux|Fedora)\b.*\brelease\s+\d")
HOSTNAMECTL = re.compile(r"^\s*(?P<key>Static hostname|Virtualization|Operating System|Kernel|Architecture):\s*(?P<v>.+?)\s*$")
LSB = re.compile(r"^(?P<key>Distributor ID|Release):\s*(?P<v>\S+)\s*$")
VIRT_WORDS = {"none", "kvm", "qemu", "vmware", "oracle", "microsoft", "xen", "amazon", "google", "bochs", "parallels",
              "bhyve", "powervm", "zvm", "docker", "podman", "lxc", "lxc-libvirt", "systemd-nspawn", "wsl", "openvz"}


def parse(block: Block, host: str, out: Parsed) -> None:
    cmd = block.command or ""
    add = out.host_facts.append
    release: dict[str, tuple[str, str]] = {}
    lsb: dict[str, tuple[str, str]] = {}
    for line in block.lines:
        s = line.strip()
        if m := UNAME_A.match(s):
            add(HostFact(host, "hostname", m["host"], line, "uname -a"))
            add(HostFact(host, "kernel", normal_kernel(m["kernel"]), line, "uname -a"))
            add(HostFact(host, "arch", normal_arch(m["arch"]), line, "uname -a"))
            out.saw("uname -a")
        elif (re.search(r"\buname\s+-r\b", cmd) and re.match(r"^\d+\.\d+", s)) or KERNEL_LINE.match(s):
            add(HostFact(host, "kernel", normal_kernel(s), line, "uname -r"))
            if arch := kernel_arch(s):
                add(HostFact(host, "arch", arch, line, "uname -r"))
            out.saw("uname -r")
        elif re.search(r"\buname\s+-m\b", cmd) and normal_arch(s):
            add(HostFact(host, "arch", normal_arch(s), line, "uname -m"))
            out.saw("uname -m")
        elif m := OS_RELEASE.match(s):
            if m["key"] in release:  # a second os-release file pasted in the same block
                _release(host, release, out)
                release = {}
            release[m["key"]] = (m["v"].strip().strip('"\''), line)
        elif REDHAT_RELEASE.match(s) and (os := os_from_image(s)):
            add(HostFact(host, "os", os, line, "/etc/redhat-release"))
            out.saw("/etc/redhat-release")
        elif m := HOSTNAMECTL.match(line):
            _hostnamectl(host, m["key"], m["v"], line, out)
        elif m := LSB.match(s):
            lsb[m["key"]] = (m["v"], line)
        elif re.search(r"\bsystemd-detect-virt\b", cmd) and s in VIRT_WORDS:
            add(HostFact(host, "virt", s, line, "systemd-detect-virt"))
            out.saw("systemd-detect-virt")
    if release:
        _release(host, release, out)
    if "Distributor ID" in lsb and "Release" in lsb:
        add(HostFact(host, "os", os_from_release(lsb["Distributor ID"][0], lsb["Release"][0]), lsb["Distributor ID"][1],
                     "lsb_release", (lsb["Release"][1],)))
        out.saw("lsb_release -a")


def _release(host: str, release: dict[str, tuple[str, str]], out: Parsed) -> None:
    if "ID" not in release:
        return
    ident, line = release["ID"]
    version, vline = release.get("VERSION_ID", (None, None))
    out.host_facts.append(HostFact(host, "os", os_from_release(ident, version), line, "/etc/os-release",
                                   (vline,) if vline else ()))
    out.saw("os-release")


def _hostnamectl(host: str, key: str, value: str, line: str, out: Parsed) -> None:
    add = out.host_facts.append
    out.saw("hostnamectl")
    if key == "Static hostname":
        add(HostFact(host, "hostname", value, line, "hostnamectl"))
    elif key == "Virtualization" and value.lower() in VIRT_WORDS:
        add(HostFact(host, "virt", value.lower(), line, "hostnamectl"))
    elif key == "Operating System" and (os := os_from_image(value)):
        add(HostFact(host, "os", os, line, "hostnamectl"))
    elif key == "Kernel" and (k := normal_kernel(value.removeprefix("Linux").strip())):
        add(HostFact(host, "kernel", k, line, "hostnamectl"))
    elif key == "Architecture" and (a := normal_arch(value)):
        add(HostFact(host, "arch", a, line, "hostnamectl"))
