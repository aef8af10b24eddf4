"""Yes/no facts stated in words, English and Chinese: topology, routing, needs, hardware.

Each rule sets one key when its pattern matches. A negatable rule flips its value when a
negation cue sits in the same clause just before or inside the match ("no need for
encryption", "the routers won't peer BGP", "不需要加密"). When a key matches more than once,
the last mention wins: later sentences usually refine earlier ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.reading.spans import Hit, negated, rx


@dataclass(frozen=True)
class Rule:
    key: str
    value: object
    pattern: re.Pattern[str]
    negatable: bool = True
    need: bool = False  # a wish: only "no need", "don't want" negate it, not "can't reach"


def _r(key: str, value: object, *patterns: str, negatable: bool = True) -> Rule:
    return Rule(key, value, rx(*patterns), negatable)


def _need(key: str, *patterns: str) -> Rule:
    return Rule(key, True, rx(*patterns), True, need=True)


# Where nodes can be apart at L3: subnets, VLANs, racks, rooms, sites, regions, clouds.
_PLACES = (r"subnets?|network segments?|segments|vlans?|racks?|data ?cent(er|re)s?|dcs|regions?|zones?|availability zones|"
           r"sites?|locations?|lans|buildings|campuses|networks|cloud providers|providers|clouds|iaas( providers)?|offices|branches|provinces|cities")
_PLACES_ZH = r"网段|子网|机架|机房|数据中心|地域|区域|可用区|园区|城市|局域网|VLAN|vlan|云厂商|站点|地区|IDC|idc"

RULES: tuple[Rule, ...] = (
    # --- L2 adjacency and topology ---
    _r("l2_adjacent", True,
       r"\b(same|one|single|a single|common|shared|flat) (switch|l2( segment| network| domain)?|layer[\s-]?2( segment| network| domain)?|"
       r"broadcast domain|hypervisor|esxi host|physical host|lan|ethernet segment)\b",
       r"\bL2[\s-]adjacent\b", r"\b(layer[\s-]?2|l2) (connectivity|reachab\w+) between (all )?(the )?nodes\b",
       r"\b(plugged|connected|attached) (in)?to (an?|one|the same) (\w+ )?switch\b",
       r"\bon the same (switch|l2|layer 2|lan|broadcast domain)\b",
       r"同一(个|台)?\s*(交换机|二层|广播域|hypervisor|宿主机|局域网|物理机上)", r"一个交换机", r"二层(互通|可达|直通)"),
    _r("l2_adjacent", False,
       r"\b(different|multiple|several|two|many|separate) (hypervisors|esxi hosts|physical hosts|hosts running the vms)\b",
       r"\b(across|cross)[\s-]hypervisors?\b", r"\bL2[\s-]isolat\w*",
       r"\b(another|other|second|different) (hypervisor|esxi host|physical (host|machine|server))\b", r"\bno (l2|layer[\s-]?2)\b", r"\bNAT across\b",
       r"\b(l3|layer[\s-]?3)[\s-]only\b", r"\bnot (l2|layer[\s-]?2)[\s-]adjacent\b", r"\bbehind (a )?nat\b",
       r"跨\s*(hypervisor|宿主机|物理机)", r"不同的?\s*(hypervisor|宿主机)", r"二层隔离", r"二层不通", r"二层不可达",
       negatable=False),
    _r("cross_subnet", True,
       rf"\b(across|multiple|different|several|separate|two|three|many|other|another|second|distinct|remote) ({_PLACES})\b",
       rf"\b(spans?|spanning|spread (over|across)) (multiple |several |two |many )?({_PLACES})\b",
       r"\bcross[\s-](subnets?|racks?|regions?|dcs?|data ?cent(er|re)s?|sites?|az|zones?|vlans?|cloud)\b",
       r"\b(multi|hybrid)[\s-](cloud|region|site|dc|datacenter|data center|zone|az)\b",
       r"\b(over|across|via|through) the (public )?internet\b", r"\bpublic ip( address)?s?\b",
       r"\b(routed|l3) (network|fabric|underlay) between (the )?nodes\b", r"\bvia (a |the )?(gateway|router)\b",
       rf"跨\s*({_PLACES_ZH}|公网|云服务商|云)", rf"不同(的)?\s*({_PLACES_ZH}|运营商|云服务商)", rf"多个\s*({_PLACES_ZH})", rf"(两|三|几|多)个\s*({_PLACES_ZH})",
       r"公网\s*(IP|ip|地址|互通|通信)", r"(通过|走)\s*公网", r"异地", r"混合云"),
    _r("cross_subnet", False, r"\b(same|one|single|a single) (subnet|network segment|vlan|lan|/\d\d)\b",
       r"同一(个)?\s*([A-Za-z]{2,5}\s*)?(网段|子网|VLAN|vlan|局域网)", negatable=False),
    _r("bgp_fabric", True,
       r"\bbgp[\s-]*(capable|enabled|routers?|fabric|peers?|peering|speakers?|switch(es)?|sessions?|neighbou?rs?)\b",
       r"\b(routers?|switch(es)?|tors?|top[\s-]of[\s-]rack|fabric|upstream|gateways?|network team|spines?|leaf|leaves|"
       r"core|datacenter|data center)\b[^.,;!?]{0,40}\bbgp\b",
       r"\bpeer\w*\b[^.,;!?]{0,25}\bbgp\b", r"\bbgp\b[^.,;!?]{0,25}\b(peer\w*|routers?|switch(es)?|tors?)\b",
       r"(支持|能跑|可以跑|运行)\s*bgp", r"bgp\s*(路由|对等|邻居|协议)", r"(交换机|路由器|核心)[^，。,.]{0,12}bgp"),
    _r("bgp_fabric", False, r"\b(no|without) bgp\b", r"没有\s*bgp", negatable=False),
    # --- needs ---
    _need("latency_sensitive", r"\blatency\b", r"\blow[\s-]latency\b", r"\breal[\s-]time\b",
       r"\bhigh[\s-](performance|throughput|bandwidth)\b", r"\bperformance[\s-](sensitive|critical)\b",
       r"\b(best|maximum|max|better|good|raw|network|line[\s-]rate) (network )?(performance|throughput)\b", r"\bthroughput\b",
       r"低延迟", r"延时", r"延迟", r"时延", r"网络性能", r"高性能", r"吞吐", r"性能(要求|损耗|开销|最好|更好)"),
    _need("network_policy", r"\bnetwork\s?polic(y|ies)\b", r"\bmicro[\s-]?segmentation\b", r"\bnetpol\b",
       r"\b(isolat\w+|firewall\w*) (between|among) (pods|namespaces|tenants)\b", r"\b(pod|namespace) isolation\b",
       r"网络策略", r"隔离策略", r"微隔离", r"网络隔离", r"(租户|命名空间|namespace)\s*隔离"),
    _need("l7_policy", r"\b(l7|layer[\s-]?7)\b[^.,;!?]{0,20}\b(polic(y|ies)|rules?|filter\w*|visibility|aware)\b",
       r"\b(http|grpc|kafka|dns|fqdn)[\s-](aware|based|level)\b[^.,;!?]{0,20}\b(polic(y|ies)|rules?|filter\w*)\b",
       r"\b(polic(y|ies)|rules?) (on|by|based on) (http|url|path|method|header|fqdn|dns name)s?\b",
       r"\bfqdn[\s-]based\b", r"(七层|L7|l7)\s*(策略|规则|过滤)", r"基于\s*(HTTP|http|域名|URL|url)\s*的?\s*(策略|规则|访问控制)"),
    _need("encryption", r"\bencrypt(ion|ed|ing|s)?\b", r"\bwireguard\b", r"\bipsec\b", r"\bin[\s-]transit\b",
       r"\bmtls\b", r"加密"),
    _r("untrusted_network", True, r"\b(over|across|via|through) the (public )?internet\b", r"\buntrusted\b",
       r"\bpublic (network|internet|ips?( addresses)?)\b", r"\b(shared|third[\s-]party|hostile|insecure) network\b",
       r"\bnat traversal\b", r"公网"),
    _r("untrusted_network", True, r"不可信", r"不受信", r"不安全的网络", negatable=False),
    _r("untrusted_network", False, r"\b(trusted|private|isolated|dedicated) (network|lan|links?)\b",
       r"(内网|专线|私有网络)", negatable=False),
    _need("ipv6", r"\bipv6\b", r"\bdual[\s-]stack\b", r"双栈"),
    _r("ipv6", False, r"\bipv4[\s-]only\b", r"\b(we|i) (just |only )?(use|need|run) (only )?ipv4\b", r"\bipv4 only\b",
       r"仅\s*ipv4", r"只(用|需要)?\s*ipv4", negatable=False),
    _need("dual_stack", r"\bdual[\s-]stack\b", r"双栈", r"\bipv4 and ipv6\b", r"\bipv6 and ipv4\b", r"\bipv4\s*/\s*ipv6\b",
       r"ipv4\s*(和|与|/)\s*ipv6"),
    _r("dual_stack", False, r"\bipv6[\s-]only\b", r"\bipv4[\s-]only\b", r"(纯|仅)\s*ipv6", negatable=False),
    _r("sriov_nics", True, r"\bsr-?iov\b", r"\b(virtual functions|vfs)\b"),
    _need("multi_nic", r"\bmulti(ple)?[\s-](nics?|network interfaces|interfaces|networks|homed)\b",
       r"\b(second(ary)?|extra|additional|another) (nics?|interfaces?|networks?|network interfaces?)\b",
       r"\bmore than one (network )?interface\b", r"\bmultus\b",
       r"多(个|块)?网卡", r"多网络", r"第二(块|个)?网卡", r"(附加|额外|辅助)\s*网卡"),
    _need("pod_density", r"\b(run(ning)?|ran) out of (pod )?ip( address)?s?\b", r"\bip (address )?exhaustion\b",
       r"\bexhaust\w* (the )?(pod |vpc |subnet )?ip\b", r"\b(not enough|too few|no more|insufficient) (free )?(pod )?ip( address)?s\b",
       r"\bmax[\s-]?pods\b", r"\bpod density\b", r"\b(many|hundreds of|lots of) pods per node\b", r"\bip(s| addresses)? (are )?(running out|exhausted)\b",
       r"\bno more ips available\b", r"\bips? (is |are )?(exhausted|depleted)\b", r"\b(no|without) (available|free) ip( address)?s\b",
       r"\bmaximum (amount|number) of (given |available )?ips?\b", r"\b\d+ pods? (on|per) (the same |a |one |each )?node\b",
       r"ip\s*(地址)?.{0,3}(不够|不足|耗尽|用完|紧张)", r"(地址|ip)\s*耗尽", r"pod\s*密度", r"只能跑\s*\d+\s*个\s*pod"),
    _need("simplicity", r"\bsimple(st|r)?\b", r"\beas(y|ier|iest)\b", r"\bminimal (ops|operations|maintenance|setup)\b",
       r"\blow[\s-]maintenance\b", r"\bno[\s-]frills\b", r"简单", r"易用", r"容易", r"少运维", r"省事"),
    _r("kube_proxy_replacement", True, r"\bkube-?proxy[\s-]?(replacement|free|less)\b",
       r"\b(replace|replacing|without|no|drop|remove|removing|disable|get rid of) kube-?proxy\b",
       r"\bkube-?proxy\b[^.,;!?]{0,20}\b(replace\w*|removed|disabled)\b",
       r"(替代|取代|替换|不要|去掉|不用|移除|去除|禁用)\s*kube-?proxy", r"kube-?proxy\s*(替代|替换)", negatable=False),
    _need("ebpf_dataplane", r"\bebpf[\s-]*(based\s+)?(data[\s-]?plane|datapath|networking|cni|mode)\b",
       r"\b(use|using|with|want|prefer|try|adopt)\s+(an?\s+)?ebpf\b", r"ebpf\s*(的)?\s*(数据面|数据平面|网络|模式)",
       r"(用|使用|采用)\s*ebpf"),
)


def read_flags(text: str) -> list[Hit]:
    """Every yes/no fact the text states, with its span; negated mentions flip the value."""
    hits: list[Hit] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            value = rule.value
            if rule.negatable and negated(text, m.start(), m.end(), need=rule.need):
                value = not value
            hits.append(Hit(rule.key, value, m.start(), m.end(), m.group(0)))
    return hits
