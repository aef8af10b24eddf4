"""Who runs the cluster: a cloud's managed service or a self-managed one (and built with what: kubeadm,
k3s, RKE2, OpenShift, kind ...). platforms.py says where the nodes run."""

from __future__ import annotations

import re

from assistant.reading.examples import example
from assistant.reading.plans import planned
from assistant.reading.platforms import FORMERLY
from assistant.reading.roles import in_identifier
from assistant.reading.scope import own
from assistant.reading.spans import Hit, negated, rx

# (a chart value named after the service, "gke.enabled=true", configures a plugin on plain VMs)
MANAGED = rx(r"(?-i:\b(ACK|OKE|DOKS|TKE|CCE|IKS|LKE)\b)", r"\b(eks|aks|gke)\b(?![\s-]*(anywhere|distro|engine|-a\b|-d\b|on[\s-]prem))(?!\.[a-z])",
             r"\back[\s-]pro\b", r"(?<!self-)(?<!self )(?<!non-)\bmanaged[\s_-]?(kubernetes|k8s|cluster|service)\b(?!\s*\(?\s*(on[\s-]?prem|in our))",
             # the service's build in a version string ("v1.28.5-eks-5e0fdde", "1.27.3-gke.1700") or "ack" in lowercase
             r"\bv?\d+\.\d+\.\d+-(eks|gke)[-.][\w.]+", r"\back\s*(cluster|集群)", r"\bfargate\b", r"(?-i:\b(ROSA|ARO)\b)", r"\bopenshift dedicated\b",
             r"\b(azure kubernetes service|google kubernetes engine|elastic kubernetes service|container service for kubernetes|"
             r"digitalocean kubernetes|linode kubernetes engine|oracle kubernetes engine|kapsule)\b",
             r"\bmanaged node[\s-]?groups?\b", r"\b(gke autopilot|eks fargate)\b", r"托管(?!费)(版|集群|的)?\s*(k8s|kubernetes)?",
             r"容器服务\s*(ACK|TKE)",
             # the services' Chinese names and their Terraform resources: "阿里云k8s容器服务", "容器服务控制台"
             r"(阿里云|腾讯云)\s*(k8s|kubernetes|Kubernetes|K8s)?\s*容器服务", r"容器服务\s*(控制台|Kubernetes\s*版|k8s\s*版)",
             r"\b(alicloud_)?cs_managed_kubernetes\b", r"\btencentcloud_kubernetes_cluster\b")
# Installers people run themselves; a name glued to other letters or digits or after "--" is
# another tool's flag or variable ("k3d", "--k3s").
# After a distribution's or installer's name: a glued release tag ("k3s1", "rke2r1", "kubeasz3.2") or the
# end of the word, not a longer word ("k3d"; k3sup, the k3s installer, is named on its own).
_RELEASE = r"(?=r?\d+(?![a-z])|[^a-z0-9]|$)"
_INSTALLERS = r"kubeadm|kops|kubespray|k3s|k0s|rke[12]?|microk8s|kubeasz|ezctl|easzctl|sealos|sealer|kubekey|minikube"
# "kind" is also an English word and a YAML key ("kind: Deployment"): only its cluster shapes count.
_KIND = (r"\bkind (cluster|node|config)s?\b", r"(?-i:\bkind\b)(?= (v?\d|cluster|create|load))", r"\bkindnet\b",
         r"\bkind version\b", r"(?-i:\bKind\b)(?= (as|cluster|node|version)\b)", r"\b(using|with|via) kind\b(?! of)",
         r"(?-i:\bkind)-(control-plane|worker|init|install|cluster)")
# (not a tool installed by hand on the cluster: "self hosted kubernetes network tool like flannel on AKS")
SELF_MANAGED = rx(r"\bself[\s-]?(managed|hosted|built|installed)\b(?!\s+(karpenter|prometheus|grafana|gitlab|argo\w*|vault|registry)\b)"
                  r"(?!\s+(kubernetes |k8s )?(network(ing)? )?(tools?|cnis?|plugins?|add-?ons?)\b)",
                  rf"(?<![a-z0-9])(?<!--)({_INSTALLERS}){_RELEASE}", *_KIND,
                  # KubeKey's command: "kk create cluster", "使用kk安装"
                  r"(?<![\w-])kk\s+(v?\d+(\.\d+)*\s+)?(create|add|delete|upgrade|init)\b", r"(用|使用|通过)\s*kk(?![\w-])", r"\b(by|with|using|via) kk\b",
                  r"\bthe hard way\b", r"\bvanilla (kubernetes|k8s)\b", r"\bon (ec2|gce|ecs|azure vms?)\b",
                  r"\b(eks|aks|gke)[\s-]*(anywhere|distro|-a|-d|on[\s-]prem\w*)\b", r"\b(our|my) own (k8s|kubernetes) clusters?\b",
                  # "we run our own control plane on EC2 ... a private API only available to EKS"
                  r"\b(run|running|host|hosting|operate|operating|manage|managing)\s+(our|my|its|their) own (k8s |kubernetes )?control[\s-]planes?\b",
                  r"\bcluster (built|installed|set up) on (our |my )?(own )?(vms|servers|machines|bare metal)\b",
                  r"\b(i|we) (have |had )?(installed|install|deployed|deploy|set up|setup|built|build|created|bootstrapped)\s+"
                  r"(a |an |my |our )?(own )?(\w+ )?(k8s|kubernetes)\b",
                  r"自建", r"自己(搭建|部署|安装)", r"直接(部署|搭建|安装)(了|的)?\s*(k8s|kubernetes|集群)", r"自行(搭建|部署|安装)",
                  r"手动(搭建|部署|安装)(?!\s*到)(?![^。；，,]{0,6}(ipset|iptables|ipvs|conntrack|包|模块|依赖|驱动))",
                  r"二进制(部署|安装)", r"开源版", r"(我|我们)\s*(自己)?\s*(部署|搭建|安装)了?\s*(一套|一个)?\s*(k8s|kubernetes)")
# A service named to be ruled out says nothing about who runs the cluster: "kubeadm on Compute Engine
# VMs (no GKE)", "on GKE, not EKS", "不用 ACK".
_NOT_SERVICE = rx(r"\b(no|not|without|instead of|rather than|not using|don'?t use|no managed)\s+(the\s+)?$",
                  r"(不用|不是|没有用|没用|没有使用|未使用|而非|不使用|不上|没上|没有上)\s*$")
# Only the words "managed" and "self-built" themselves can be negated: "can't get k3s to work" is a symptom.
_MANAGED_WORD = rx(r"managed|hosted|托管|自建")

_GOOGLE = rx(r"\b(gke|google|gcp)\b", r"谷歌")
DISTRIBUTIONS = (
    ("openshift", rx(r"(?<![a-z0-9])(openshift|ocp|okd)(?![a-z0-9])", r"(?-i:\b(ROSA|ARO)\b)")),
    ("rke2", rx(rf"(?<![a-z0-9])rke2{_RELEASE}", r"\brancher kubernetes engine 2\b")),
    # a release tag glued on counts: "v1.29.5+k3s1", "v1.28.12+rke2r1"
    ("rke", rx(r"\brke1?\b(?!2)")), ("k3s", rx(rf"(?<![a-z0-9-])k3s{_RELEASE}", r"\bk3sup\b", r"\bk3os\b")), ("k0s", rx(rf"\bk0s{_RELEASE}")),
    ("microk8s", rx(r"\bmicrok8s\b")), ("kubeadm", rx(r"\bkube-?adm\b")),
    ("kind", rx(*_KIND)),
    # GKE's mode of running every node for the user; a YAML key ("autopilot: {}") states nothing
    ("gke-autopilot", rx(r"\bautopilot\b(?!\s*:)")),
    # SUSE's HCI appliance; its CSI driver or cloud provider in a guest cluster names no Harvester cluster
    ("harvester", rx(r"(?-i:\bHarvester\b)(?![\s-]*(csi|cloud provider))", r"\bharvester(hci| hci)\b")),
    ("minikube", rx(r"\bminikube\b")), ("kops", rx(r"\bkops\b")), ("kubespray", rx(rf"\bkubespray{_RELEASE}", r"\bkargo\b")),
)


_WEIGHED_ALTERNATIVE = rx(r"(还是|或者|或是)[^。；，,！？!?]{0,15}$", r"\b(or|instead|rather than|otherwise)\b[^.;,!?]{0,25}$")


# what a move leaves behind: "把自建机房的 k8s 业务上云，迁到阿里云 ACK", "moving our self-hosted cluster to EKS"
# the far end of a move off a service: "moving off GKE to self-managed kubeadm" is where the cluster will run
_OFF_TO = rx(r"\b(off|from|away from|out of)\s+[\w-]+(\s+[\w-]+)?\s+(to|onto)\s+$")
_LEFT_BEHIND = rx(r"把[^，。,；;]{0,10}自建[^。；;]{0,25}(迁到|迁移到|迁往|搬到|上云)",
                  # told a sentence later: "现在 IDC 里的自建集群用的是 Calico BGP……今年要整体迁到阿里云 ACK"
                  r"自建[\s\S]{0,120}?(迁到|迁移到|迁往|搬到)\s*(阿里云|腾讯云|华为云|aws|azure|谷歌云)?\s*(ack|eks|aks|gke|tke|cce)\b",
                  r"\b(mov|migrat)\w*\s+(our|the|a)\s+(\w+\s+)?self[\s-]?(managed|hosted|built)\b[^.;(]{0,25}(\([^()]{0,200}\))?[^.;]{0,10}\b(to|onto)\b")


_FORBIDDEN = rx(r"\b(won'?t let (anyone|us|anybody|teams?|people)|(are|is)n'?t allowed to|(are|is) not allowed to|not allowed to|forbids?|"
                r"forbidden|bans?|banned|prohibits?|prohibited|(no one|nobody|no team) (may|can|is allowed to))\b[^.;!?]{0,20}$",
                r"(不允许|禁止|不准|不让)[^。；！？]{0,8}$")


def read_managed(text: str) -> list[Hit]:
    text = own(text)
    hits = [Hit("managed", True, m.start(), m.end(), m.group(0)) for m in MANAGED.finditer(text)
            if not in_identifier(text, m.start(), m.end()) and not example(text, m.start(), m.end())]
    # A self-built cluster weighed as the alternative ("on GKE, or only self-built on GCE?") is not the one described.
    hits += [Hit("managed", False, m.start(), m.end(), m.group(0), rank=1 if any(w in m.group(0).lower() for w in ("self", "自", "own control")) else 0)
             for m in SELF_MANAGED.finditer(text) if not example(text, m.start(), m.end())
             and (not planned(text, m.start()) or _OFF_TO.search(text[max(0, m.start() - 40):m.start()]))
             and not (hits and _WEIGHED_ALTERNATIVE.search(text[max(0, m.start() - 25):m.start()]))
             and not _LEFT_BEHIND.search(text[max(0, m.start() - 40):m.end() + 240])]
    ruled_out = [h for h in hits if h.value and _NOT_SERVICE.search(text[max(0, h.start - 25):h.start])]
    # self-managed clusters forbidden leave the managed service: "the platform team won't let anyone run self-managed clusters"
    forbidden = [h for h in hits if not h.value and _FORBIDDEN.search(text[max(0, h.start - 40):h.start])]
    hits = [h for h in hits if h not in forbidden]
    # what the writer ran before, managed or not: "previously on EKS", "我们以前自建 IDC 用的是 Calico BGP"
    hits = [h for h in hits if h not in ruled_out and not FORMERLY.search(text[max(0, h.start - 30):h.start])]
    if ruled_out and not any(h.value for h in hits):
        # "a cluster on AWS (internally made, not EKS)": the service ruled out, nothing managed left, is self-managed
        hits.append(Hit("managed", False, ruled_out[0].start, ruled_out[0].end, ruled_out[0].text))
    return [Hit(h.key, not h.value, h.start, h.end, h.text, h.rank)
            if _MANAGED_WORD.search(h.text) and negated(text, h.start, h.end, 14) else h for h in hits] \
        + [Hit("managed", True, h.start, h.end, h.text, 1) for h in forbidden[:1]]


_SLASHED = re.compile(r"[\w.+-]+(?:\s*/\s*[\w.+-]+)+")


def _one_of_several(text: str, start: int, end: int, name: str) -> bool:
    """"K8s/OCP/OKD", "k3s/RKE2": a distribution in a slash list of others is one case the writer covers, not theirs."""
    chain = next((m.group(0) for m in _SLASHED.finditer(text, max(0, start - 40)) if m.start() <= start and end <= m.end()), None)
    if chain is None:
        return False
    others = {other for word in re.split(r"\s*/\s*", chain) for other, pattern in DISTRIBUTIONS if pattern.fullmatch(word)} - {name}
    return bool(others) or any(w.lower() in ("k8s", "kubernetes", "vanilla") for w in re.split(r"\s*/\s*", chain))


def read_distribution(text: str) -> list[Hit]:
    text = own(text)
    # "without kubeadm", "instead of kubespray": an installer ruled out is not the one used
    hits = [Hit("distribution", name, m.start(), m.end(), m.group(0)) for name, pattern in DISTRIBUTIONS for m in pattern.finditer(text)
            if not example(text, m.start(), m.end()) and not _NOT_SERVICE.search(text[max(0, m.start() - 25):m.start()])
            and (name != "gke-autopilot" or _GOOGLE.search(text)) and not _one_of_several(text, m.start(), m.end(), name)]
    return [min(hits, key=lambda h: h.start)] if hits else []
