"""What a question is: its language, whether it asks for a choice, which plugins it names, whether it is on topic.

Pure string work (no model, no index) so it runs before anything heavy and is cheap to test.
"""

from __future__ import annotations

import re

from assistant.text import detect_lang  # noqa: F401 - re-exported until the reading replaces this module


# Phrases that ask us to pick something. "vs" and "还是" compare options, which is a choice too.
_CHOICE_EN = re.compile(
    r"\b(which|what)\s+(?!(is|are|was|were|does|do|did|can|could|should|would|happens?)\b)(\w+\s+)?"
    r"(cni|plugin|network(ing)? (plugin|solution)|overlay|mode|backend|data ?plane)s?\b"
    r"|\brecommend|\bshould (we|i|you)\b|\bbest\b[^?.]{0,30}\b(cni|plugin|choice|option)"
    r"|\b(choose|choosing|pick|select|selecting)\b|\bbetter\b|\bgood fit\b|\bsuitable\b"
    r"|\bwhat (do|should|can) (we|i) (use|install|run|pick|deploy)\b|\bwhich (one|of them)\b"
    r"|\b(overlay or underlay|underlay or overlay)\b",
    re.I,
)
_CHOICE_ZH = ("选哪个", "选哪", "推荐", "应该用", "应该选", "选择", "选用", "哪个好", "哪种", "哪一个", "用什么", "该用",
              "选什么", "装哪个", "装什么", "哪些", "用哪个", "哪个插件", "哪个网络插件")
# Comparing words: a choice between plugins, but "overlay vs underlay" alone is a concept question.
_COMPARE = re.compile(r"\bvs\.?\b|\bversus\b|\bcompare\b|\bor\b|还是|对比|比较", re.I)

# Vocabulary of the domain, both languages. A question with none of these is not ours,
# whatever the retriever finds for it.
_TOPIC_EN = re.compile(
    r"\b(k8s|kubernetes|kubelet|kube-proxy|cni|pods?|nodes?|clusters?|containers?|docker|containerd|cri-o"
    r"|network(ing|s)?|overlay|underlay|vxlan|geneve|ipip|ip-in-ip|bgp|host-gw|ebpf|bpf|iptables|ipvs|nat"
    r"|mtu|encapsulation|encap|subnet|vlan|l2|l3|layer ?[23]|arp|mac|routing|routes?|ipam|ip addresse?s?|ipv[46]"
    r"|dual-stack|network ?polic(y|ies)|wireguard|ipsec|encryption|latency|bandwidth|throughput|services?"
    r"|ingress|egress|dns|firewall|eni|vpc|hypervisor|vmware|openstack|bare[- ]metal|sr-iov|sriov|multus"
    r"|macvlan|ipvlan|portmap|bridge|veth|conflist|daemonset|calico|flannel|cilium|weave|terway|antrea"
    r"|kube-router|ovn|midonet|contiv|aws|azure|gke|aliyun|alibaba|eks|aks|windows nodes?|kernel)\b",
    re.I,
)
_TOPIC_ZH = (
    "网络", "容器", "集群", "节点", "插件", "覆盖", "封包", "拆包", "延迟", "延时", "带宽", "二层", "三层",
    "广播", "交换机", "路由", "子网", "网段", "隧道", "加密", "网络策略", "内核", "虚拟化", "虚拟机", "私有云",
    "公有云", "共有云", "阿里云", "云厂商", "物理机", "裸金属", "服务发现", "负载均衡", "网卡", "地址", "防火墙",
)


def wants_choice(question: str, named_plugins: int | None = None) -> bool:
    """True when the question asks us to pick or compare options (so recommendations are shown).

    `named_plugins`: how many catalog plugins the question names, when known; comparing words
    ("vs", "还是") only ask for a choice when there are plugins to compare (or we don't know).
    """
    if _CHOICE_EN.search(question) or any(p in question for p in _CHOICE_ZH):
        return True
    return bool(_COMPARE.search(question)) and (named_plugins is None or named_plugins >= 2)


def on_topic(question: str) -> bool:
    """True when the question uses Kubernetes / container networking vocabulary (en or zh)."""
    if _TOPIC_EN.search(question):
        return True
    return any(word in question for word in _TOPIC_ZH)
