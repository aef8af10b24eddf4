"""Normal forms of what the outputs print: kernel versions, architectures, distribution names."""

from __future__ import annotations

import re

ARCHES = {"x86_64": "amd64", "x86-64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64",
          "armv7l": "armv7", "armv7": "armv7", "arm": "armv7", "armhf": "armv7", "ppc64le": "ppc64le", "s390x": "s390x"}

# Product names (kubectl's OS-IMAGE, hostnamectl, /etc/redhat-release) -> os-release ID and how much of the version it keeps.
_IMAGES: list[tuple[str, str, int]] = [
    (r"CentOS(?: Linux| Stream)?(?: release)? (\d+(?:\.\d+)*)", "centos", 1),
    (r"Red Hat Enterprise Linux CoreOS (\d+(?:\.\d+)*)", "rhcos", 2),
    (r"Red Hat Enterprise Linux(?: Server)?(?: release)? (\d+(?:\.\d+)*)", "rhel", 2),
    (r"Rocky Linux(?: release)? (\d+(?:\.\d+)*)", "rocky", 2),
    (r"AlmaLinux(?: release)? (\d+(?:\.\d+)*)", "almalinux", 2),
    (r"Oracle Linux Server(?: release)? (\d+(?:\.\d+)*)", "ol", 2),
    (r"Ubuntu (\d+\.\d+)", "ubuntu", 2),
    (r"Debian GNU/Linux (\d+)", "debian", 1),
    (r"Amazon Linux (\d+)", "amzn", 1),
    (r"Bottlerocket OS (\d+(?:\.\d+)*)", "bottlerocket", 3),
    (r"Flatcar Container Linux by Kinvolk (\d+(?:\.\d+)*)", "flatcar", 3),
    (r"Container-Optimized OS from Google", "cos", 0),
    (r"openSUSE Leap (\d+(?:\.\d+)*)", "opensuse-leap", 2),
    (r"SUSE Linux Enterprise Server (\d+)", "sles", 1),
    (r"Alibaba Cloud Linux(?: \(Aliyun Linux\))?(?: release)? (\d+)", "alinux", 1),
    (r"Kylin Linux Advanced Server V(\d+)", "kylin", 1),
    (r"openEuler (\d+\.\d+)", "openeuler", 2),
    (r"Fedora(?: Linux)?(?: release)? (\d+)", "fedora", 1),
    (r"Talos \(v?(\d+\.\d+)", "talos", 2),
]


def normal_kernel(text: str) -> str | None:
    """3.10.0-1160.el7.x86_64 -> 3.10.0-1160; 5.15.0-91-generic -> 5.15.0-91; 6.1.55 -> 6.1.55."""
    m = re.match(r"^v?(\d+\.\d+(?:\.\d+)?(?:-\d+)?)", text.strip())
    return m[1] if m else None


def normal_arch(text: str) -> str | None:
    return ARCHES.get(text.strip().lower())


def kernel_arch(kernel: str) -> str | None:
    """The architecture some distributions append to the kernel release (3.10.0-1160.el7.x86_64)."""
    m = re.search(r"[.-](x86_64|aarch64|ppc64le|s390x|amd64|arm64)$", kernel.strip())
    return normal_arch(m[1]) if m else None


def os_from_image(text: str) -> str | None:
    """'CentOS Linux 7 (Core)' -> 'centos 7'; 'Ubuntu 22.04.3 LTS' -> 'ubuntu 22.04'; Windows -> 'windows'."""
    text = text.strip().strip('"')
    if re.match(r"^Windows\b", text, re.I):
        return "windows"
    for pattern, ident, keep in _IMAGES:
        m = re.match(pattern, text)
        if m:
            if keep == 0:
                return ident
            return f"{ident} {'.'.join(m[1].split('.')[:keep])}"
    return None


def os_from_release(ident: str, version: str | None) -> str:
    ident = ident.strip('"').lower()
    if not version:
        return ident
    version = version.strip('"')
    if ident == "centos":
        version = version.split(".")[0]
    return f"{ident} {version}"
