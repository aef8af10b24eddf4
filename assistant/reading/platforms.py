"""Where the nodes run: platform, managed service or self-managed, distribution, Windows nodes.

Scope matters: "my laptop runs Windows and hosts three VMware VMs" puts the nodes on VMware
and says nothing about Windows nodes; "physical servers running ESXi" puts them in VMs.
"""

from __future__ import annotations

from assistant.reading.spans import Hit, negated, rx, sentence

# Named products and vendors: among these the first mentioned wins ("VMware now, AWS next year").
NAMED = (
    ("aliyun", rx(r"阿里云", r"\baliyun\b", r"\balibaba[\s-]?cloud\b", r"(?-i:\bACK\b)", r"\becs\b(?! (task|service|cluster|fargate))",
                  r"\balicloud\b")),
    ("aws", rx(r"\baws\b", r"\bEKS\b", r"\bamazon\b", r"亚马逊", r"\bec2\b")),
    ("azure", rx(r"\bazure\b", r"(?-i:\bAKS\b)", r"微软云")),
    ("gcp", rx(r"(?-i:\bGKE\b)", r"\bGCP\b", r"\bgoogle cloud\b", r"\bgce\b", r"\bcompute engine\b", r"谷歌云")),
    ("openstack", rx(r"\bopenstack\b", r"\bneutron\b")),
    ("vmware", rx(r"\bvmware\b", r"\bvsphere\b", r"\besxi?\b", r"\bvcenter\b", r"\btanzu\b", r"\bnsx(-t)?\b")),
    ("vm", rx(r"\bkvm\b", r"\blibvirt\b", r"\bproxmox\b", r"\bpve\b", r"\bvirtualbox\b", r"\bvagrant\b", r"\bhyper-?v\b",
              r"\bmultipass\b", r"\bqemu\b", r"\bxen(server)?\b", r"\bnutanix\b")),
    ("edge", rx(r"\bkubeedge\b", r"\bopenyurt\b", r"\bsuperedge\b")),
    ("cloud", rx(r"\b(digital ?ocean|hetzner|linode|vultr|scaleway|ovh(cloud)?|tencent( cloud)?|huawei cloud|oracle cloud|oci|"
                 r"ibm cloud|upcloud|contabo|civo|exoscale)\b", r"腾讯云", r"华为云", r"京东云", r"百度云", r"天翼云", r"金山云", r"青云")),
)
# Generic words, strongest first: the nodes are edge devices, in some cloud, in VMs, on the metal
# under them ("physical servers running VMs" puts the nodes in VMs).
GENERIC = (
    ("edge", rx(r"\bedge (nodes?|computing|sites?|devices?|clusters?|locations?|servers?)\b", r"边缘")),
    ("cloud", rx(r"\bpublic cloud\b", r"公有云", r"共有云", r"\bcloud (vms?|instances?|providers?|servers?)\b", r"\bIaaS\b")),
    ("openstack", rx(r"\bprivate cloud\b", r"私有云")),
    ("vm", rx(r"\bvirtual machines?\b", r"\bVMs?\b", r"虚拟机", r"虚拟化", r"\bhypervisors?\b")),
    ("bare-metal", rx(r"\bbare[\s-]?metal\b", r"\bphysical (servers?|machines?|nodes?|hosts?|hardware|boxes)\b",
                      r"物理机", r"物理服务器", r"裸金属", r"裸机", r"\bon[\s-]prem(ise|ises)?\b", r"\bhome ?lab\b",
                      r"\braspberry pis?\b", r"\bpine64\b", r"\bdedicated servers?\b", r"\bcolo(cation)?\b", r"自建机房", r"\bIDC\b")),
)



MANAGED = rx(r"(?-i:\b(EKS|AKS|GKE|ACK|OKE|DOKS|TKE|CCE|IKS)\b)", r"\bmanaged (kubernetes|k8s|cluster|service)\b",
             r"\b(gke autopilot|eks fargate)\b", r"托管(版|集群|的)?\s*(k8s|kubernetes)?", r"容器服务\s*(ACK|TKE)")
SELF_MANAGED = rx(r"\bself[\s-]?(managed|hosted|built|installed)\b", r"\b(kubeadm|kops|kubespray|k3s|k0s|rke[12]?|microk8s|"
                  r"kubeasz|sealos|kubekey|kind|minikube)\b", r"\bthe hard way\b", r"\bvanilla (kubernetes|k8s)\b",
                  r"\bon (ec2|gce|ecs|azure vms?)\b", r"自建", r"自己搭建", r"自行搭建", r"二进制(部署|安装)", r"开源版")

DISTRIBUTIONS = (
    ("openshift", rx(r"\bopenshift\b", r"\bocp\b", r"\bokd\b")), ("rke2", rx(r"\brke2\b", r"\brancher kubernetes engine 2\b")),
    ("rke", rx(r"\brke1?\b(?!2)")), ("k3s", rx(r"\bk3s\b", r"\bk3d\b")), ("k0s", rx(r"\bk0s\b")),
    ("microk8s", rx(r"\bmicrok8s\b")), ("kubeadm", rx(r"\bkubeadm\b")), ("kind", rx(r"\bkind (cluster|node|config)s?\b",
                                                                                  r"(?-i:\bkind\b)(?= (v?\d|cluster|create))",
                                                                                  r"\bkindnet\b")),
    ("minikube", rx(r"\bminikube\b")), ("kops", rx(r"\bkops\b")), ("kubespray", rx(r"\bkubespray\b")),
)

# Windows as the machine that hosts the VMs, or the admin's desktop: not a cluster node.
_HOST_WORDS = rx(r"\b(laptop|notebook|desktop|my (pc|computer|machine|mac)|host (machine|os|pc)|workstation(?! nat)|"
                 r"macbook|windows (10|11|pc|laptop|desktop|host|machine)|on windows,)\b", r"笔记本|电脑|宿主机|本机|主机上")
_WINDOWS_NODES = rx(r"\bwindows\b[^.,;!?]{0,25}\b(nodes?|workers?|pods?|containers?|workloads?|hosts? in the cluster|agents?)\b",
                    r"\b(nodes?|workers?)\b[^.,;!?]{0,15}\bwindows\b", r"\bmixed (linux and windows|windows and linux)\b",
                    r"\bwindows server\b", r"windows\s*(节点|工作节点|容器|worker)", r"(节点|worker)[^，。,.]{0,8}windows")
_WINDOWS = rx(r"\bwindows\b")
_LINUX_ONLY = rx(r"\b(linux[\s-]only|only linux)\b", r"\bno windows( nodes)?\b", r"(只有|仅|全是|都是)\s*linux")


def read_platform(text: str) -> list[Hit]:
    """One platform: the first named product or vendor, else the strongest generic word."""
    named = [Hit("platform", name, m.start(), m.end(), m.group(0)) for name, pattern in NAMED for m in pattern.finditer(text)]
    if named:
        return [min(named, key=lambda h: h.start)]
    for name, pattern in GENERIC:
        if m := pattern.search(text):
            return [Hit("platform", name, m.start(), m.end(), m.group(0))]
    return []


def read_platform_all(text: str) -> list[Hit]:
    """Every named platform, first mention of each, in order."""
    hits = sorted((Hit("platform", name, m.start(), m.end(), m.group(0)) for name, pattern in NAMED for m in pattern.finditer(text)),
                  key=lambda h: h.start)
    return list({h.value: h for h in reversed(hits)}.values())[::-1]


def read_managed(text: str) -> list[Hit]:
    hits = [Hit("managed", True, m.start(), m.end(), m.group(0)) for m in MANAGED.finditer(text)]
    hits += [Hit("managed", False, m.start(), m.end(), m.group(0), rank=1 if "self" in m.group(0).lower() or "自" in m.group(0) else 0)
             for m in SELF_MANAGED.finditer(text)]
    return [h if not negated(text, h.start, h.end) else Hit(h.key, not h.value, h.start, h.end, h.text, h.rank) for h in hits]


def read_distribution(text: str) -> list[Hit]:
    hits = [Hit("distribution", name, m.start(), m.end(), m.group(0)) for name, pattern in DISTRIBUTIONS for m in pattern.finditer(text)]
    return [min(hits, key=lambda h: h.start)] if hits else []


def read_windows(text: str) -> list[Hit]:
    """Windows nodes in the cluster; Windows on the machine that hosts the VMs does not count."""
    hits: list[Hit] = []
    for m in _LINUX_ONLY.finditer(text):
        hits.append(Hit("windows_nodes", False, m.start(), m.end(), m.group(0), rank=1))
    for m in _WINDOWS.finditer(text):
        s, e = sentence(text, m.start(), m.end())
        node = _WINDOWS_NODES.search(text, s, e)
        if _HOST_WORDS.search(text, s, e) and not node:
            continue
        value = not negated(text, m.start(), node.end() if node else m.end())
        hits.append(Hit("windows_nodes", value, m.start(), m.end(), m.group(0)))
    return hits
