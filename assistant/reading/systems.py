"""The nodes' operating system, kernel and CPU architecture.

Users name the distribution more often than the kernel, and a distribution release pins a
kernel series, so the release gives the kernel unless the user states one (`uname -r` wins).
"""

from __future__ import annotations

import re

from assistant.reading.examples import example
from assistant.reading.plans import planned
from assistant.reading.roles import role
from assistant.reading.scope import own
from assistant.reading.spans import Hit, rx, sentence

# (pattern, os id, {release major: kernel}); the release is group "v".
# not a package version's epoch: "Debian 1:6.12.34-1+rpt1"
_V = r"[\s-]*(?:gnu/)?(?:linux\s*)?(?:advanced\s*)?(?:(?:server|iot|workstation|cloud|desktop|core)\s*)?(?:lts\s*)?(?:release\s*)?" \
     r"v?(?P<v>\d+(?:\.\d+)?)(?!:\d)(?![\d.]*-\d)(?![\d.]*[a-z])(?![\d.]*-(?:k8s|kube|node|master|worker|test|host|vm|srv))"  # nor a host: "centos72-k8s"
DISTROS: tuple[tuple[re.Pattern[str], str, dict[str, str]], ...] = (
    # CentOS Stream is its own distribution (it runs ahead of RHEL), with the same kernel series
    (rx(rf"\b(?:centos|cent os)\s*stream{_V}"), "centos stream", {"8": "4.18", "9": "5.14", "10": "6.12"}),
    # the release before the edition: "Centos 9 Stream"
    (rx(r"\b(?:centos|cent os)\s*(?P<v>8|9|10)\s*stream\b"), "centos stream", {"8": "4.18", "9": "5.14", "10": "6.12"}),
    (rx(rf"\b(?:centos|cent os|cenos|cetnos|centso){_V}(?!\s*stream\b)"), "centos", {"7": "3.10", "8": "4.18", "9": "5.14"}),
    (rx(rf"\b(?:rhel|red hat enterprise linux|red hat|redhat){_V}"), "rhel", {"7": "3.10", "8": "4.18", "9": "5.14", "10": "6.12"}),
    (rx(rf"\brocky{_V}"), "rocky", {"8": "4.18", "9": "5.14"}),
    (rx(rf"\balma(?:linux)?{_V}"), "alma", {"8": "4.18", "9": "5.14"}),
    (rx(rf"\boracle(?:\s*linux)?{_V}"), "oracle", {"7": "3.10", "8": "4.18", "9": "5.14"}),
    # common misspellings ("ubantu22.04")
    (rx(rf"\b(?:ubuntu|ubantu|ubunto|unbuntu|ubunut|ubunutu|ubutnu|ubuntuu|ubunttu){_V}",
        r"\bubuntu\s*(?P<name>trusty|xenial|bionic|focal|jammy|noble)\b"), "ubuntu",
     {"16.04": "4.4", "18.04": "4.15", "20.04": "5.4", "22.04": "5.15", "24.04": "6.8"}),
    # the release before the name: "ARM64 20.04 ubuntu AMI from AWS"
    (rx(r"(?<![\w.])(?P<v>(?:16|18|20|22|24)\.04)\s+ubuntu\b"), "ubuntu", {"16.04": "4.4", "18.04": "4.15", "20.04": "5.4", "22.04": "5.15", "24.04": "6.8"}),
    # `uname -a` of an HWE kernel names the release it was built for: "#15~22.04.1-Ubuntu SMP"
    (rx(r"#\d+~(?P<v>\d{2}\.\d{2})\.\d+-ubuntu\b"), "ubuntu", {}),
    # /etc/os-release pasted: VERSION="20.04.4 LTS (Focal Fossa)"
    (rx(r"\bversion\s*=\s*\"?(?P<v>\d+\.\d+)(?:\.\d+)? lts \((?:trusty|xenial|bionic|focal|jammy|noble)\b"), "ubuntu",
     {"16.04": "4.4", "18.04": "4.15", "20.04": "5.4", "22.04": "5.15", "24.04": "6.8"}),
    (rx(rf"\bdebian{_V}", r"\bdebian\s*(?P<name>buster|bullseye|bookworm|stretch)\b"), "debian",
     {"9": "4.9", "10": "4.19", "11": "5.10", "12": "6.1"}),
    (rx(r"\b(?:amazon linux|amzn|al)\s*(?P<v>2023|2)\b"), "amazon linux", {"2": "5.10", "2023": "6.1"}),
    (rx(rf"\b(?:sles|suse linux enterprise(?: server)?|opensuse(?: leap)?){_V}"), "sles", {}),
    (rx(rf"\bfedora{_V}"), "fedora", {}),
    # The guide's table stops at these distributions: Kylin and openEuler releases give no kernel.
    (rx(rf"(?:\bkylin|麒麟){_V}"), "kylin v", {}),
    (rx(rf"\bopen\s*euler{_V}"), "openeuler", {}),
    (rx(rf"\banolis(?:\s*os)?{_V}"), "anolis", {}),
    (rx(r"龙蜥\s*(?:os)?\s*v?(?P<v>\d+(?:\.\d+)?)"), "anolis", {}),
    (rx(rf"\b(?:azure linux|cbl-?mariner){_V}"), "azure linux", {}),
    (rx(r"\b(?:uos|统信)\s*v?(?P<v>\d+)\b"), "uos v", {}),
    (rx(r"\b(?:container linux by coreos|coreos(?: container linux)?)\s*v?(?P<v>\d+\.\d+\.\d+|\d{3,4}\b)"), "coreos", {}),
    (rx(r"\bflatcar(?: container)?(?: linux)?(?: by kinvolk)?\s*v?(?P<v>\d+\.\d+\.\d+)"), "flatcar", {}),
    # Talos and Photon releases name the system, not its kernel: "Talos 1.3.2", "Photon OS 3"
    (rx(r"\btalos(?: linux| os)?\s*v?(?P<v>\d+\.\d+)(?:\.\d+)?\b(?!\.x)"), "talos", {}),
    (rx(r"\bphoton(?: os)?\s*v?(?P<v>\d+)(?:\.\d+)?\b"), "photon", {}),
    (rx(r"\braspbian(?: gnu/linux)?\s*v?(?P<v>\d+)\b"), "raspbian", {}),
)
# Release code names: "Ubuntu Xenial", "Debian bookworm"
_DEBIAN_NAMES = {"stretch": "9", "buster": "10", "bullseye": "11", "bookworm": "12", "trusty": "14.04", "xenial": "16.04",
                 "bionic": "18.04", "focal": "20.04", "jammy": "22.04", "noble": "24.04"}
# not a login or a home directory: "ubuntu@p9g-lpar07:~$", "/home/ubuntu#"
# nor a domain: "flannel.alpha.coreos.com/public-ip", nor an image's repository: "quay.io/coreos/flannel:v0.9.0", "coreos/flannel:v0.7.0"
_BARE_OS = rx(r"(?<!@)(?<!home/)(?<!\.)(?<!\.io/)(?<!\.com/)(?<!\.cn/)\b(?!\w+/[\w.-]+:)"
              r"(?P<os>ubuntu|debian|centos|rhel|rocky linux|almalinux|flatcar|bottlerocket|talos|photon os|coreos|"
              r"raspberry pi os|raspbian|armbian|openeuler|kylin|arch ?linux|hypriotos|fedora coreos|k3os)\b(?!@)(?!\.[a-z])"
              r"(?!\s*(这个|的)?\s*用户)(?!\s+user\b)", r"(?P<zh>麒麟|龙蜥)")  # nor a login: "在ubuntu这个用户下装的", "as the ubuntu user"
# Raspbian was renamed Raspberry Pi OS: one distribution, labelled by its first name.
_RENAMED = {"raspberry pi os": "raspbian", "photon os": "photon", "archlinux": "arch linux"}
# /etc/os-release pasted: NAME="Kylin Linux Advanced Server" ... VERSION="V10 (Sword)".
# /etc/os-release pasted on one line or on its own lines (`grep -E '^(NAME|VERSION_ID)'`)
_OS_RELEASE = re.compile(r"\bNAME=\"(?P<name>[^\"]+)\"(?:[^\n]|\n(?=[A-Z_]+=)){0,200}?\bVERSION(?:_ID)?=\"(?P<version>[^\"]+)\"")

KERNEL = rx(r"\bkernel(?:-(?:ml|lt))?\s*(?:version\s*)?(?:\(e\.g\.[^)]{0,25}\)\s*)?(?:is\s*|of\s*|=\s*|:\s*|v|\(\s*)?"
            r"(?P<k>[2-7]\.\d+(?:\.\d+)?(?:-\d+)?)(?!\d)",
            # `uname -a`: "Linux host 5.15.84-v8+ #1613 SMP"
            r"\blinux\s+[\w.-]+\s+(?P<k7>[2-6]\.\d{1,2}\.\d{1,3}(?:-\d+)?)[\w.+~-]*\s+#\d+",
            # Raspberry Pi kernels in `kubectl get nodes -o wide`: "4.19.118-v7+", "5.15.84-v8+"
            r"(?<![\w.])(?P<k12>[2-6]\.\d{1,2})\.\d{1,3}-v[678]l?\+",
            r"\b(?P<k2>\d+\.\d+)(?:\.\d+)?(?:-[\w.]+)?\s*kernel",
            r"\buname -r\W{0,6}(?:shows|gives|returns|prints|says|is|output)?\W{0,4}(?P<k3>\d+\.\d+(?:\.\d+)?(?:-\d+)?)",
            r"(?<![\w.])(?P<k4>[2-6]\.\d{1,2}\.\d{1,3}-\d+)(?:[.\w+~-]*(?:el\d|generic|amzn|aws|azure|gcp|gke|lts|cloud|rt|arm64|amd64|"
            r"x86_64|aarch64|raspi|rpi|v8|v7l?|kvm|oem|tegra|oracle|lowlatency|default|ky10|oe\d*|an\d|tlinux|bpo|virtual|pve|fc\d+))",
            # a vendor kernel without a build number: "/lib/modules/4.9.140-tegra"
            r"(?<![\w.])(?P<k11>[2-6]\.\d{1,2}\.\d{1,3})-(?:tegra|raspi|rpi|v8|v7l?|oracle|aws|azure|gcp|generic|pve|coreos|flatcar)\b",
            # what an error found running after the floor it quotes: "minimum ipvlan kernel requirement of 4.2, found 3.10.0",
            # Cilium's "kernel version that is running is: 3.10.0"
            r"\bkernel\b(?:[^.;\n]|\.(?=\d)){0,80}?\b(?:found|that is running is:?|running is:?)\s*v?(?P<k14>[2-6]\.\d{1,2}(?:\.\d{1,3})?(?:-\d+)?)",
            # the kernel column of `kubectl get nodes -o wide`, before the runtime's: "4.15.11-mainline-rev1 containerd://1.2.5"
            r"(?<![\w.])(?P<k13>[2-6]\.\d{1,2}\.\d{1,3})(?:-[\w.+~-]+)?(?=\s+(?:containerd|docker|cri-o)://)",
            # "Linux 5.4.0-42" and "kernel upgraded from 3.10 to 5.4": the release after "linux", the target after "to"
            r"\blinux\s+(?P<k8>[3-6]\.\d{1,2}\.\d{1,3}(?:-\d+)?)\b",
            # /proc/version: "Linux version 6.1.82-talos (@buildkitsandbox)"
            r"\blinux version\s+(?P<k20>[3-6]\.\d{1,2}(?:\.\d{1,3})?)(?:-[\w.]+)?",
            # ELRepo's long-term and mainline kernels are named "lt" and "ml": "upgraded to kernel-lt 5.4"
            r"\bkernel\b(?:[^.;,]|\.(?=\d)){0,30}?\bto\s+(?:kernel-)?(?:lt|ml)?\s*v?(?P<k9>[2-6]\.\d+(?:\.\d+)?(?:-\d+)?)",
            r"(?:内核\s*(?:从\s*v?[\d.-]+\s*)?(?:已经?|统一|都|全部|均)*(?:升级|更新|升)(?:到|至|为|成)了?|升级内核(?:到|至)了?|内核换成了?)\s*(?:kernel-)?(?:lt|ml)?\s*v?(?P<k10>[2-6]\.\d+(?:\.\d+)?(?:-\d+)?)",
            r"内核\s*(?:版本)?\s*(?:是|为|还是|仍是|仍然是|依然是|:|：)?\s*v?(?P<k5>\d+\.\d+(?:\.\d+)?(?:-\d+)?)",
            # not "Centos7.9 内核4.4" or "Ubuntu 22.04 内核 5.15": the distro's release
            r"(?<![A-Za-z\d.])(?P<k6>[2-6]\.\d+)(?:\.\d+)?\s*(?:的)?\s*内核(?!\s*(?:版本)?\s*(?:是|为|:|：)?\s*v?\d)")

# Words that name an architecture outright.
ARCH = (
    ("arm64", rx(r"\b(arm64|aarch64|armv8|arm v8|graviton\d*|ampere( altra)?|kunpeng)\b", r"64\s*位\s*arm|arm\s*64\s*位|鲲鹏",
                 # "arm服务器", "ARM 架构的机器": servers, not boards (a Pi says its bitness elsewhere)
                 r"(?<![\w-])arm\s*(架构)?\s*(的)?\s*(服务器|物理机|机器|主机|节点)|(?<![\w-])arm\s*架构(?!\s*的?\s*(镜像|版本|安装包|二进制))",
                 r"\barm[\s-]+(based\s+)?(servers?|instances?)\b", r"\b(cloud|server)\b[^.;!?]{0,15}\barm (processors?|cpus?)\b",
                 r"(?:\bkylin|麒麟)\s*v?10\s*(sp\d)?\s*(arm|aarch64)\b",
                 # Azure's Arm sizes carry a "p" after the vCPU count: Standard_D2pls_v5, Standard_E4ps_v5
                 r"\bstandard_[a-z]{1,2}\d+p[a-z]*_v\d\b")),
    # a Raspberry Pi OS 32-bit kernel: "5.15.32-v7l+", "4.19.118-v7+" (the 64-bit one is "-v8+")
    ("armv7", rx(r"\b(armv7l?|armhf|arm32|armel|32[\s-]?bit arm|arm 32[\s-]?bit)\b", r"\barm/v7\b", r"32\s*位\s*arm", r"\b\d+\.\d+\.\d+-v7l?\+")),
    ("ppc64le", rx(r"\b(ppc64le|ppc64|power ?[89]|power ?10|ibm power)\b")),
    # a mainframe the pods talk to is not the nodes' CPU: only nodes "on a mainframe" are s390x
    ("s390x", rx(r"\b(s390x|linuxone|ibm z|z/?linux)\b", r"\b(on|onto|to) (an? |the |our |ibm )*mainframes?\b")),
    ("amd64", rx(r"\b(amd64|x86_64|x86-64|x64|intel xeon|amd epyc)\b", r"(?<![\w-])x86\b(?![-_/]?(32|64))(?![-_.][a-z])")),
)
# Boards imply an architecture only with the bitness of their OS: a Pi 3 runs 32- or 64-bit.
_PI = rx(r"\b(?:raspberry[\s-]?pi|rpi|pi)\s?(?P<gen>[2-5])\w{0,3}\b", r"树莓派\s*(?P<gen2>[2-5])")
_OS32 = rx(r"\b(raspbian|hypriot\w*|32[\s-]?bit|armhf)\b", r"32\s*位")
_NOT_ARCH = rx(r"\b(not|rather than|instead of|never)\s*(an? )?$", r"(不是|而非|并非|非)\s*$")
_BITS32 = rx(r"\b32[\s-]?bit\b|\barmhf\b", r"32\s*位")
_OS64 = rx(r"\b(64[\s-]?bit|aarch64|arm64)\b", r"64\s*位")
_BOARDS64 = rx(r"\b(pine64|rockpro64|jetson)\b")
# The workstation that runs Terraform or kubectl is not a node.
_WORKSTATION = rx(r"\b(darwin|macos|mac os|macbook|terraform|pulumi|client version|my mac)\b")
_CONTRAST = rx(r"\b(but|however|whereas|while)\b", r"但是?|而|不过")


# A machine outside the cluster: "On-Premises elasticsearch is running in Ubuntu 18.04".
_OTHER_MACHINE = rx(r"\b(elasticsearch|database|db server|mysql|postgres\w*|redis|kafka|registry|jenkins|gitlab|nfs server|ldap|"
                    r"bastion|jump ?host|(external|legacy|remote) (server|machine|host))\b[^.;,]{0,25}\b(is |are )?(running|runs|on|in)\s*$",
                    # "Our Jenkins build box is already Ubuntu 22.04"
                    r"\b(build|ci|jenkins|gitlab|monitoring|prometheus|backup|bastion|jump) (box|server|machine|host|runner|vm)s?\b"
                    r"[^.;,]{0,15}\b(is|are|runs?|running)( already| still| now)?( on)?\s*$",
                    # a local cluster tool's host: "I am using the latest minikube in Ubuntu 16.04" (its node is a VM or container)
                    r"\b(minikube|docker desktop|rancher desktop|colima|multipass)\b[^.;,]{0,10}\b(in|on|under|running on)\s*$",
                    r"(跳板机|堡垒机|数据库|镜像仓库|监控机|备份机|运维机|管理机|部署机|jenkins|gitlab|harbor)\s*(服务器)?\s*(是|用的是|用|跑的是|跑|还是)\s*$")


def _about_nodes(text: str, start: int, end: int, workers_elsewhere: bool) -> bool:
    """False for an example, a plan, or the control plane's machine when the workers run elsewhere."""
    if example(text, start, end) or planned(text, start) or _OTHER_MACHINE.search(text[max(0, start - 60):start]):
        return False
    # "Ubuntu 16.04 LTS with 3 masters, 3 workers": the workers are named with the masters, the release is theirs too
    with_workers = _WITH_WORKERS.match(text, end) is not None
    return not (workers_elsewhere and role(text, start, end) == "control" and not with_workers)


def read_os(text: str) -> list[Hit]:
    """The distribution and release ("rhel 8.10") and, from the table, its kernel series."""
    text = own(text)
    workers = any(role(text, m.start(), m.end()) == "worker" for m in _WORKER_WORDS.finditer(text))
    hits: list[Hit] = []
    for m in _OS_RELEASE.finditer(text):
        pasted = f"{m.group('name')} {m.group('version')}"
        hits += [Hit(h.key, h.value, m.start(), m.end(), m.group(0), h.rank) for h in _distros(pasted)]
    later: list[Hit] = []
    for h in _distros(text):
        if _about_nodes(text, h.start, h.end, workers):
            hits.append(h)
        elif planned(text, h.start) and not example(text, h.start, h.end) and not _CANNOT.search(text[max(0, h.start - 40):h.start]):
            later.append(h)
    if _OWN_KERNEL.search(text):  # a kernel installed over the release's own (ELRepo's kernel-ml): the table says nothing
        hits = [h for h in hits if not (h.key == "kernel" and h.rank == -1)]
    if later and _THEN.search(text):
        # "下个月全部重装成 Rocky Linux 9，到时候能不能上 Cilium？": the question is about the nodes after the move
        return [Hit(h.key, h.value, h.start, h.end, h.text, rank=2) for h in later]
    if (oldest := _mixed(text, hits)) is not None:
        # "OS: Centos7.6 & Ubuntu20.04": the nodes run both, and the oldest kernel is the one that limits the choice
        return [h for h in hits if h.start == oldest.start or (h.key != "os" and h.rank != -1)]
    if not any(h.key == "os" for h in hits):
        for m in _BARE_OS.finditer(text):
            if _about_nodes(text, m.start(), m.end(), workers):
                name = {"麒麟": "kylin", "龙蜥": "anolis"}[m.group("zh")] if m.group("zh") else m.group("os").lower()
                hits.append(Hit("os", _RENAMED.get(name, name), m.start(), m.end(), m.group(0)))
                break
    return hits


_SIDE_BY_SIDE = re.compile(r"\s*(?:&|and|/|\+|,|和|与|及|、)\s*", re.I)


def _mixed(text: str, hits: list[Hit]) -> Hit | None:
    """Of two distributions named side by side, the one with the oldest known kernel (None when not mixed)."""
    oses = sorted((h for h in hits if h.key == "os"), key=lambda h: h.start)
    if not any(a.value.split()[0] != b.value.split()[0] and _SIDE_BY_SIDE.fullmatch(text[a.end:b.start])
               for a, b in zip(oses, oses[1:], strict=False)):
        return None
    kernels = [h for h in hits if h.key == "kernel" and h.rank == -1]
    return min(kernels, key=lambda h: tuple(int(n) for n in re.findall(r"\d+", h.value)), default=oses[0])


_OWN_KERNEL = rx(r"\belrepo\b|\bkernel-(ml|lt)\b")
_THEN = rx(r"\b(by then|at that point|after (that|the (upgrade|reinstall|migration|move))|once (we'?re|we are|they'?re|they are|it'?s) on)\b",
           r"到时候|届时|到那时|升级(完|之)后|重装(完|之)后|迁移(完|之)后")
_CANNOT = rx(r"\b(can'?t|cannot|unable to|not able to|won'?t be able to)\b[^.;!?]*$", r"(不能|无法|没法|不让)[^。；！？]*$")
_WITH_WORKERS = re.compile(r"[^;.]{0,30}\b(masters?|control[\s-]?planes?)\b,?\s+(and\s+)?\d+\s+(workers?|worker nodes|nodes)\b", re.I)
_WORKER_WORDS = rx(r"\b(workers?|agents?|worker nodes?)\b", r"worker|工作节点|计算节点")


_UPGRADED_TO = re.compile(r"(?:\.\d+)*(?:\s+lts)?\s*(?:->|→|=>|\bto\b|升级到|升级为|升到)\s*v?(?P<v>\d+\.\d+)(?:\.\d+)?\b",
                          re.I)


def _distros(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for pattern, os_id, kernels in DISTROS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            release = groups.get("v") or _DEBIAN_NAMES.get((groups.get("name") or "").lower(), "")
            if not release or (re.search(r"\bLinux\s+$", text[max(0, m.start() - 8):m.start()]) and re.match(r"\s+\d+\.\d+\.\d+", text[m.end():])):
                continue  # (a host name in `uname -a`: "Linux debian-242 5.10.0-21-amd64")
            if os_id == "ubuntu" and re.fullmatch(r"\d", release):
                continue  # "ubuntu 2 vm": a count; Ubuntu's releases are year.month from 4.10 on
            if os_id in ("ubuntu", "openeuler") and re.fullmatch(r"\d{4}", release):
                release = f"{release[:2]}.{release[2:]}"  # "ubuntu 2204", "openeuler2203": year and month
            if os_id == "ubuntu" and re.fullmatch(r"\d\d", release) and (comma := re.match(r",(04|10)\b", text[m.end():])):
                release = f"{release}.{comma.group(1)}"  # "Ubuntu 20,04": a decimal comma
            if (upgraded := _UPGRADED_TO.match(text, m.end())) is not None:
                release = upgraded.group("v")  # "ubuntu 20.04 to 22.04.1", "Ubuntu 20.04 -> 22.04": the release now
            name = f"{os_id}{release}" if os_id.endswith(" v") else f"{os_id} {release}"
            hits.append(Hit("os", name, m.start(), m.end(), m.group(0)))
            major = release if release in kernels else release.split(".")[0]
            if (kernel := kernels.get(release) or kernels.get(major)) is not None:
                hits.append(Hit("kernel", kernel, m.start(), m.end(), m.group(0), rank=-1))
    return hits


def read_kernel(text: str) -> list[Hit]:
    """A stated kernel; it outranks the one a distribution release implies."""
    text = own(text)
    hits = []
    for m in KERNEL.finditer(text):
        # an environment field "kernel: 5.18+" reports the nodes' kernel series; "kernel 5.10+" alone is a floor
        newer = _OR_NEWER.search(text[m.end():m.end() + 20])
        field = _FIELD.match(m.group(0)) and newer is not None and newer.group(0).strip() == "+"
        if _REQUIRED.search(text[max(0, m.start() - 30):m.start()]) or (newer and not field) or planned(text, m.start()):
            continue  # a requirement quoted from docs or an error, or a planned upgrade: not the nodes' kernel
        value = next(v for v in m.groupdict().values() if v)
        hits.append(Hit("kernel", _short(value), m.start(), m.end(), m.group(0), rank=1))
    return hits


# A kernel a plugin, a feature or the docs ask for: "Cilium asks for kernel 5.10", "depends on kernel 5.8",
# "kernel 5.10 is required by ...", "推荐内核 5.10".
_REQUIRED = rx(r"\b(needs?|needed|requires?|required|requirements?|prerequisites?|minimum|at least|>=?|newer than|older than|supports?|"
               r"since|from|asks? for|asking for|calls? for|wants?|expects?|demands?|recommends?|recommended|depends? on|"
               r"relies on|only (works|runs) (on|with))\b[^.;,:]{0,12}$",
               r"(需要|要求|至少|最低|大于|高于|以上|推荐|建议|依赖)[^。；，,：:]{0,6}$")
_FIELD = re.compile(r"(kernel|内核)\s*(version|版本)?\s*[:：=]", re.I)
_OR_NEWER = rx(r"^\s*(\+|or (newer|later|above|higher)|and (newer|later|above)|以上|及以上|或更高|或更新)",
               r"^\s*(is|are|was|be)\s+(the\s+)?(required|needed|recommended|minimum|a (hard )?requirement|a prerequisite)\b",
               r"^\s*(是|为)?\s*(必需|必须|必要|最低要求)")


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
    text = own(text)
    hits = []
    for arch, pattern in ARCH:
        for m in pattern.finditer(text):
            left, right = sentence(text, m.start(), m.end())
            if _NOT_ARCH.search(text[max(left, m.start() - 15):m.start()]):
                continue  # "armv7, not arm64": the arch ruled out
            # the workstation's words count only up to a contrast: "我的电脑是 M1 的 MacBook，但集群节点是 x86_64 服务器"
            near = max([left, m.start() - 40] + [c.end() for c in _CONTRAST.finditer(text, max(left, m.start() - 40), m.start())])
            if not _WORKSTATION.search(text, near, min(right, m.end() + 20)) and not example(text, m.start(), m.end()):
                hits.append(Hit("arch", arch, m.start(), m.end(), m.group(0), rank=1))
    for m in _PI.finditer(text):
        gen = m.group("gen") or m.group("gen2")
        if gen == "2" or (gen in "34" and _OS32.search(text)):  # a Pi 4 on a 32-bit OS runs armv7 binaries too
            # the board's own words saying so ("four Pi 3Bs running 32-bit Raspbian") are the span: shown, not guessed
            shown = _BITS32.search(text, m.end(), min(len(text), m.end() + 40))
            end = shown.end() if shown else m.end()
            hits.append(Hit("arch", "armv7", m.start(), end, text[m.start():end]))
        elif gen in "345" and _OS64.search(text):
            hits.append(Hit("arch", "arm64", m.start(), m.end(), m.group(0)))
    hits += [Hit("arch", "arm64", m.start(), m.end(), m.group(0)) for m in _BOARDS64.finditer(text)]
    # A cluster that mixes architectures is held back by its non-amd64 nodes, and most by 32-bit ARM ones,
    # for which the fewest plugins publish images ("3x Pi 3B on 32-bit Raspberry Pi OS and 2x Pi 4 on arm64").
    # Only nodes shown to be 32-bit count so ("armv7l", "32-bit", a Pi 2 or 3 on a 32-bit OS), not a wish such as
    # "ARMv7 support for the operator image" on Pi 4s running arm64.
    exotic = [h for h in hits if h.value != "amd64"]
    said = [h for h in exotic if h.value == "armv7" and re.search(r"armv7l|32[\s-]?bit|armhf|-v7l?\+", h.text, re.I)]
    # a board's generation guesses the arch only where no arch is written out ("Pi 3s on raspbian aarch64" are arm64)
    guessed = [h for h in exotic if h.value == "armv7" and h.rank == 0] if not any(h.rank == 1 for h in exotic) else []
    return said or guessed or exotic or hits
