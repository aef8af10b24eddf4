"""Read the user's environment (a `Profile`) out of a question, in English or Chinese.

Phrase tables, no model: each rule sets one key when its pattern matches. A negation cue
just before a match in the same clause ("no need for encryption", "不需要加密") flips a
boolean to False. When a key matches more than once, the last mention wins, because later
sentences usually refine earlier ones. Anything not mentioned stays None (unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.models import Profile


@dataclass(frozen=True)
class Rule:
    key: str
    value: object
    pattern: re.Pattern
    negatable: bool = True


# ASCII mode: CJK characters count as word characters to Python's default `\b`, so "在AWS上" would
# hide AWS; with re.A, `\b` and `\w` only see ASCII letters and Chinese text next to a latin word is an edge.
FLAGS_RE = re.I | re.A


def _rules(key: str, value: object, *patterns: str, negatable: bool = True) -> list[Rule]:
    return [Rule(key, value, re.compile(p, FLAGS_RE), negatable) for p in patterns]


# Platforms: the earliest mention wins (see extract_profile), so "VMware, moving to AWS later" is vmware.
PLATFORMS = [
    *_rules("platform", "aliyun", r"阿里云", r"\baliyun\b", r"\balibaba[\s-]?cloud\b", r"(?-i:\bACK\b)"),
    *_rules("platform", "aws", r"\bAWS\b", r"\bEKS\b", r"\bamazon\b", r"亚马逊"),
    *_rules("platform", "azure", r"\bazure\b", r"\bAKS\b", r"微软云"),
    *_rules("platform", "gcp", r"\bGKE\b", r"\bGCP\b", r"\bgoogle cloud\b", r"谷歌云"),
    *_rules("platform", "openstack", r"\bopenstack\b", r"\bprivate cloud\b", r"私有云", r"\bKVM\b", r"\bproxmox\b"),
    *_rules("platform", "vmware", r"\bvmware\b", r"\bvsphere\b", r"\besxi?\b", r"\bvcenter\b",
            r"\bvirtual machines?\b", r"\bVMs?\b", r"虚拟机", r"虚拟化", r"\bhypervisors?\b"),
    *_rules("platform", "bare-metal", r"\bbare[\s-]?metal\b", r"\bphysical (servers?|machines?|nodes?|hosts?|hardware)\b",
            r"物理机", r"物理服务器", r"裸金属", r"\bon[\s-]prem(ise|ises)? (servers?|hardware)\b"),
    *_rules("platform", "edge", r"\bedge (nodes?|computing|sites?|devices?|clusters?|locations?)\b", r"\bk3s\b", r"边缘"),
]

FLAGS = [
    *_rules("l2_adjacent", True, r"\b(same|one|single) (switch|l2( segment| network| domain)?|layer[\s-]?2( segment| network)?|broadcast domain|hypervisor|esxi host)\b",
            r"\bL2[\s-]adjacent\b", r"同一(个|台)?(交换机|二层|广播域|hypervisor|宿主机)", r"一个交换机", r"二层(互通|可达)"),
    *_rules("l2_adjacent", False, r"\b(different|multiple|several|two|many) (hypervisors|esxi hosts|physical hosts)\b",
            r"\b(across|cross)[\s-]hypervisors?\b", r"\bL2[\s-]isolat", r"\bno L2\b", r"\bNAT across\b",
            r"\bL3[\s-]only\b", r"跨\s*(hypervisor|宿主机|物理机)", r"不同的?\s*(hypervisor|宿主机)", r"二层隔离", r"二层不通",
            negatable=False),
    *_rules("cross_subnet", True, r"\b(across|multiple|different|several) (subnets|network segments|racks)\b",
            r"\bcross[\s-]subnets?\b", r"跨(网段|子网|机架)", r"不同(的)?(网段|子网)", r"多个(网段|子网)"),
    *_rules("cross_subnet", False, r"\b(same|one|single) subnet\b", r"同一(个)?(网段|子网)", negatable=False),
    *_rules("bgp_fabric", True, r"\bbgp[\s-](capable|enabled|routers?|fabric|peers?|peering|speakers?|switch(es)?)\b",
            r"\b(routers?|switch(es)?|tor|fabric|network)\s+(that\s+)?(supports?|speaks?|runs?|with|has)\s+bgp\b",
            r"支持\s*bgp", r"bgp\s*(路由|对等|邻居)", r"(交换机|路由器)\s*(能|可以)?\s*(跑|运行)\s*bgp"),
    *_rules("bgp_fabric", False, r"\b(no|without) bgp\b", r"\b(can'?t|cannot|don'?t|doesn'?t|do not|does not) (support|speak|run) bgp\b",
            r"没有\s*bgp", r"不支持\s*bgp", negatable=False),
    *_rules("latency_sensitive", True, r"\blatency\b", r"\blow[\s-]latency\b", r"\breal[\s-]time\b",
            r"\bhigh[\s-]performance\b", r"\bperformance[\s-](sensitive|critical)\b", r"低延迟", r"延时", r"延迟", r"时延",
            r"网络性能", r"高性能"),
    *_rules("network_policy", True, r"\bnetwork\s?polic(y|ies)\b", r"\bmicro[\s-]?segmentation\b",
            r"网络策略", r"隔离策略", r"微隔离", r"网络隔离"),
    *_rules("encryption", True, r"\bencrypt(ion|ed|ing)?\b", r"\bwireguard\b", r"\bipsec\b", r"加密"),
    *_rules("windows_nodes", True, r"\bwindows\b"),
    *_rules("ipv6", True, r"\bipv6\b", r"\bdual[\s-]stack\b", r"双栈"),
    *_rules("sriov_nics", True, r"\bsr-?iov\b"),
    *_rules("multi_nic", True, r"\bmulti(ple)?[\s-](nics?|network interfaces|interfaces|networks)\b",
            r"\bsecond(ary)? (nic|interface|network)s?\b", r"\bmultus\b", r"多(个)?网卡", r"多网络", r"第二(块|个)?网卡"),
    *_rules("simplicity", True, r"\bsimple(st)?\b", r"\beas(y|iest)\b", r"\bminimal (ops|operations|maintenance)\b",
            r"简单", r"易用", r"容易", r"少运维"),
    *_rules("kube_proxy_replacement", True, r"\bkube-?proxy[\s-](replacement|free|less)\b",
            r"\b(replace|replacing|without|no|drop|remove) kube-?proxy\b", r"(替代|取代|替换|不要|去掉|不用)\s*kube-?proxy",
            negatable=False),
    *_rules("ebpf_dataplane", True, r"\bebpf[\s-]*(based\s+)?(data[\s-]?plane|datapath|networking|cni)\b",
            r"\b(use|using|with|want|prefer)\s+(an?\s+)?ebpf\b", r"ebpf\s*(的)?\s*(数据面|数据平面|网络)",
            r"(用|使用)\s*ebpf"),
]

# Distribution releases pin a kernel series, and users name the distro more often than the kernel.
DISTRO_KERNELS = [
    (r"\b(centos|rhel|red hat( enterprise linux)?|oracle linux)\s*7\b", "3.10"),
    (r"\b(centos|rhel|red hat( enterprise linux)?|rocky( linux)?|alma(linux)?|oracle linux)\s*8\b", "4.18"),
    (r"\b(centos( stream)?|rhel|red hat( enterprise linux)?|rocky( linux)?|alma(linux)?)\s*9\b", "5.14"),
    (r"\bubuntu\s*18\.04\b", "4.15"), (r"\bubuntu\s*20\.04\b", "5.4"), (r"\bubuntu\s*22\.04\b", "5.15"),
    (r"\bubuntu\s*24\.04\b", "6.8"), (r"\bdebian\s*(10|buster)\b", "4.19"), (r"\bdebian\s*(11|bullseye)\b", "5.10"),
    (r"\bdebian\s*(12|bookworm)\b", "6.1"),
]
KERNEL = [r"\bkernel\s*(?:version\s*)?(?:is\s*|of\s*|=\s*)?v?(\d+\.\d+)", r"\b(\d+\.\d+)(?:\.\d+)?\s*kernel",
          r"内核\s*(?:版本)?\s*(?:是|为|:|：)?\s*v?(\d+\.\d+)", r"(\d+\.\d+)(?:\.\d+)?\s*(?:的)?\s*内核"]
NODES = [r"\b(\d{1,5})\s*(?:\+\s*)?(?:(?:worker|k8s|kubernetes|bare[\s-]?metal|physical|linux|virtual|vm|esxi)\s+){0,2}(?:nodes|node|servers|machines|hosts|vms)\b",
         r"(\d{1,5})\s*(?:个|台)\s*(?:节点|node|服务器|机器|主机|虚拟机)", r"(\d{1,5})\s*节点"]
MTU = [r"\bmtu\s*(?:of|is|=|:|为|是)?\s*(\d{3,5})\b", r"mtu\s*(?:为|是)?\s*(\d{3,5})"]

_NEG_BEFORE = re.compile(
    r"(\b(no|not|without|never|neither|nor|isn'?t|aren'?t|don'?t|doesn'?t|do not|does not|cannot|can'?t|won'?t|skip)\b"
    r"|不(?!同|错|仅)|无需|没有|无(?!线)|别|非(?!常))", FLAGS_RE)
_NEG_AFTER = re.compile(
    r"^[^,.;!?，。；！？]{0,12}?\b(is |are )?(not|n't) (needed|required|necessary|important|a requirement|wanted)\b"
    r"|^[^,.;!?，。；！？]{0,6}?(不需要|不是必须|不重要|不用|不要)", FLAGS_RE)
_CLAUSE_END = re.compile(r"[,.;!?，。；！？\n]|\b(but|and|while)\b|但|而且|并且|和", re.A)
_WINDOW = 24


def _negated(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _WINDOW):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    return bool(_NEG_BEFORE.search(before[cut:])) or bool(_NEG_AFTER.search(text[end:end + 30]))


def _first_number(patterns: list[str], text: str) -> str | None:
    hits = [m for p in patterns for m in re.finditer(p, text, FLAGS_RE)]
    return min(hits, key=lambda m: m.start()).group(1) if hits else None


def extract_profile(question: str) -> Profile:
    """The environment the question describes; keys it does not mention stay None."""
    text = question or ""
    values: dict[str, object] = {}
    platform_hits = [(m.start(), r.value) for r in PLATFORMS for m in r.pattern.finditer(text)]
    if platform_hits:
        values["platform"] = min(platform_hits, key=lambda h: h[0])[1]
    last_pos: dict[str, int] = {}
    for rule in FLAGS:
        for m in rule.pattern.finditer(text):
            value = (not rule.value) if rule.negatable and _negated(text, m.start(), m.end()) else rule.value
            if m.start() >= last_pos.get(rule.key, -1):
                values[rule.key], last_pos[rule.key] = value, m.start()
    kernel = _first_number(KERNEL, text)
    if kernel is None:
        kernel = next((k for p, k in DISTRO_KERNELS if re.search(p, text, FLAGS_RE)), None)
    if kernel:
        values["kernel"] = kernel
    for key, patterns in (("nodes", NODES), ("mtu", MTU)):
        number = _first_number(patterns, text)
        if number:
            values[key] = int(number)
    return Profile.model_validate(values)
