"""The nodes' operating system, kernel and CPU architecture.

Users name the distribution more often than the kernel, and a distribution release pins a
kernel series, so the release gives the kernel unless the user states one (`uname -r` wins).
"""

from __future__ import annotations

import re

from assistant.reading.spans import Hit, rx

# (pattern, os id, {release major: kernel}); the release is group "v".
_V = r"[\s-]*(?:linux\s*)?(?:server\s*)?(?:release\s*)?v?(?P<v>\d+(?:\.\d+)?)"
DISTROS: tuple[tuple[re.Pattern[str], str, dict[str, str]], ...] = (
    (rx(rf"\b(?:centos|cent os)(?:\s*stream)?{_V}"), "centos", {"7": "3.10", "8": "4.18", "9": "5.14"}),
    (rx(rf"\b(?:rhel|red hat enterprise linux|red hat|redhat){_V}"), "rhel", {"7": "3.10", "8": "4.18", "9": "5.14", "10": "6.12"}),
    (rx(rf"\brocky{_V}"), "rocky", {"8": "4.18", "9": "5.14"}),
    (rx(rf"\balma(?:linux)?{_V}"), "alma", {"8": "4.18", "9": "5.14"}),
    (rx(rf"\boracle(?:\s*linux)?{_V}"), "oracle", {"7": "3.10", "8": "4.18", "9": "5.14"}),
    (rx(rf"\bubuntu{_V}"), "ubuntu", {"16.04": "4.4", "18.04": "4.15", "20.04": "5.4", "22.04": "5.15", "24.04": "6.8"}),
    (rx(rf"\bdebian{_V}", r"\bdebian\s*(?P<name>buster|bullseye|bookworm|stretch)\b"), "debian",
     {"9": "4.9", "10": "4.19", "11": "5.10", "12": "6.1"}),
    (rx(r"\b(?:amazon linux|amzn|al)\s*(?P<v>2023|2)\b"), "amazon linux", {"2": "5.10", "2023": "6.1"}),
    (rx(rf"\b(?:sles|suse linux enterprise(?: server)?|opensuse(?: leap)?){_V}"), "sles", {}),
    (rx(rf"\bfedora{_V}"), "fedora", {}),
    (rx(rf"(?:\bkylin|麒麟){_V}"), "kylin v", {"10": "4.19"}),
    (rx(rf"\bopen\s*euler{_V}"), "openeuler", {"20.03": "4.19", "22.03": "5.10", "24.03": "6.6"}),
)
_DEBIAN_NAMES = {"stretch": "9", "buster": "10", "bullseye": "11", "bookworm": "12"}
_GENERAL = rx(r"\b(like|such as|e\.g\.|for example|including)\s*[^.;]{0,25}$", r"(例如|比如)[^。；]{0,15}$")
_BARE_OS = rx(r"\b(?P<os>ubuntu|debian|centos|rhel|rocky linux|almalinux|flatcar|bottlerocket|talos|photon os|coreos|"
              r"raspberry pi os|raspbian|armbian|openeuler|kylin|coreos)\b")

KERNEL = rx(r"\bkernel\s*(?:version\s*)?(?:is\s*|of\s*|=\s*|:\s*|v)?(?P<k>\d+\.\d+(?:\.\d+)?(?:-\d+)?)",
            r"\b(?P<k2>\d+\.\d+)(?:\.\d+)?(?:-[\w.]+)?\s*kernel",
            r"\buname -r\W{0,6}(?P<k3>\d+\.\d+(?:\.\d+)?(?:-\d+)?)",
            r"(?<![\w.])(?P<k4>[2-6]\.\d{1,2}\.\d{1,3}-\d+)(?:[.\w-]*(?:el\d|generic|amzn|aws|azure|gcp|lts|cloud|rt|arm64|x86_64))",
            r"内核\s*(?:版本)?\s*(?:是|为|:|：)?\s*v?(?P<k5>\d+\.\d+(?:\.\d+)?(?:-\d+)?)",
            r"(?P<k6>\d+\.\d+)(?:\.\d+)?\s*(?:的)?\s*内核")

ARCH = (
    ("arm64", rx(r"\b(arm64|aarch64|armv8|arm v8|graviton\d*|ampere( altra)?|raspberry pi [45]|pi [45]|pine64|rockpro64|"
                 r"jetson)\b", r"64\s*位\s*arm")),
    ("armv7", rx(r"\b(armv7l?|armhf|arm32|armel|32[\s-]?bit arm|arm 32[\s-]?bit|raspberry pi [23]|pi [23]|raspbian)\b",
                 r"32\s*位\s*arm")),
    ("ppc64le", rx(r"\b(ppc64le|ppc64|power ?[89]|power ?10|ibm power)\b")),
    ("s390x", rx(r"\b(s390x|mainframe|linuxone|ibm z|z/?linux)\b")),
    ("amd64", rx(r"\b(amd64|x86_64|x86-64|x64|intel xeon|amd epyc)\b")),
)


def read_os(text: str) -> list[Hit]:
    """The distribution and release ("rhel 8.10") and, from the table, its kernel series."""
    hits: list[Hit] = []
    for pattern, os_id, kernels in DISTROS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            release = groups.get("v") or _DEBIAN_NAMES.get((groups.get("name") or "").lower(), "")
            if not release:
                continue
            if _GENERAL.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "distributions like Ubuntu 20.04" names an example, not these nodes
            if os_id == "ubuntu" and re.fullmatch(r"\d{4}", release):
                release = f"{release[:2]}.{release[2:]}"  # "ubuntu 2204"
            name = f"{os_id}{release}" if os_id.endswith(" v") else f"{os_id} {release}"
            hits.append(Hit("os", name, m.start(), m.end(), m.group(0)))
            major = release if release in kernels else release.split(".")[0]
            if (kernel := kernels.get(release) or kernels.get(major)) is not None:
                hits.append(Hit("kernel", kernel, m.start(), m.end(), m.group(0), rank=-1))
    if not any(h.key == "os" for h in hits) and (m := _BARE_OS.search(text)):
        hits.append(Hit("os", m.group("os").lower(), m.start(), m.end(), m.group(0)))
    return hits


def read_kernel(text: str) -> list[Hit]:
    """A stated kernel; it outranks the one a distribution release implies."""
    hits = []
    for m in KERNEL.finditer(text):
        if _REQUIRED.search(text[max(0, m.start() - 30):m.start()]) or _OR_NEWER.search(text[m.end():m.end() + 20]):
            continue  # a requirement quoted from docs or an error, not the nodes' kernel
        value = next(v for v in m.groupdict().values() if v)
        hits.append(Hit("kernel", _short(value), m.start(), m.end(), m.group(0), rank=1))
    return hits


_REQUIRED = rx(r"\b(needs?|requires?|required|minimum|at least|>=?|newer than|older than|supports?|since|from)\b[^.;,:]{0,12}$",
               r"(需要|要求|至少|最低|大于|高于|以上)[^。；，,：:]{0,6}$")
_OR_NEWER = rx(r"^\s*(\+|or (newer|later|above|higher)|and (newer|later|above)|以上|及以上|或更高|或更新)")


def _short(kernel: str) -> str:
    """"5.15.0-91" -> "5.15"; a RHEL-style "4.18.0-305" keeps its build: backports are judged by it."""
    parts = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?(?:-(\d+))?", kernel)
    if parts is None:
        return kernel
    major, minor, patch, build = parts.groups()
    if build and patch == "0":
        return f"{major}.{minor}.0-{build}"
    return f"{major}.{minor}"


def read_arch(text: str) -> list[Hit]:
    hits = []
    for arch, pattern in ARCH:
        for m in pattern.finditer(text):
            hits.append(Hit("arch", arch, m.start(), m.end(), m.group(0)))
    # A cluster that mixes architectures is held back by its non-amd64 nodes.
    exotic = [h for h in hits if h.value != "amd64"]
    return exotic or hits
