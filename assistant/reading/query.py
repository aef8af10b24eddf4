"""The retrieval query of a question: its own words, plus English for the Chinese terms it uses."""

from __future__ import annotations

# The embedding model only knows English, and Chinese notes use English terms freely, so a
# Chinese question also searches for the English words it means.
GLOSSARY = {
    "覆盖网络": "overlay network", "覆盖": "overlay", "底层网络": "underlay", "封包": "encapsulation",
    "拆包": "decapsulation", "延迟": "latency", "延时": "latency", "二层": "layer 2 L2",
    "数据链路层": "data link layer L2", "广播": "broadcast", "交换机": "switch", "公有云": "public cloud",
    "共有云": "public cloud", "私有云": "private cloud", "阿里云": "aliyun alibaba cloud terway",
    "亚马逊": "aws amazon", "虚拟化": "virtualization hypervisor", "虚拟机": "virtual machine vm",
    "物理机": "bare metal physical", "网络策略": "networkpolicy network policy", "加密": "encryption",
    "内核": "kernel", "路由": "routing route", "隧道": "tunnel", "插件": "plugin", "网段": "subnet cidr",
    "子网": "subnet", "服务发现": "service discovery", "性能": "performance", "带宽": "bandwidth",
    "是什么": "what is", "跨主机": "cross host", "网卡": "nic interface", "地址分配": "ipam",
}


def expand_query(question: str, lang: str) -> str:
    """The question plus the English words of any glossary term it uses (Chinese questions only)."""
    if lang != "zh":
        return question
    extra = [en for zh, en in GLOSSARY.items() if zh in question]
    return f"{question} {' '.join(extra)}" if extra else question
