"""Names nobody knows.

A name that looks like a CNI plugin, mode or feature ("Calico's HyperMesh encapsulation",
"the Zephyr CNI", `tunnelProtocol: turbotunnel`) but that neither the catalog nor any indexed
document has ever mentioned is reported as unknown: the assistant must not answer as if it existed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from assistant.catalog import Catalog
from assistant.reading.spans import FLAGS
from assistant.text import tokenize

Vocabulary = Callable[[str], bool]  # does any indexed passage contain this term (or phrase)?

# Shapes in which people name a plugin, a mode or a feature.
_CANDIDATES = (
    # one word of what it does may sit between: "Antrea's SwiftPath acceleration mode"
    # (quoted too: "Antrea's 'turbo-encap' traffic mode")
    re.compile(r"(?P<owner>[A-Za-z][A-Za-z0-9_-]*)(?:'s|(?<=s)')\s+['\"‘“`]?(?P<name>[A-Za-z][A-Za-z0-9_.-]*)['\"’”`]?\s+([a-z-]+\s+){0,2}(mode|backend|encapsulation|encap|tunnel\w*|"
               r"protocol|feature|datapath|data ?plane|option|plugin|overlay|routing)\b", FLAGS),
    re.compile(r"\b(?P<name>[A-Z][A-Za-z0-9_-]*[A-Za-z0-9])\s+(CNI|CNI plugin|network(ing)? plugin|network add-?on|overlay network)\b"),
    re.compile(r"\b(ipipMode|vxlanMode|tunnelProtocol|tunnel-protocol|tunnelType|tunnel|routingMode|routing-mode|backend|trafficEncapMode|encapsulation|encapMode|"
               r"datapathMode|linuxDataplane|dataplane|bpf-lb-mode|Type|后端)[\"']?\s*(?:[:=]|\bto\b|\bas\b|(?:直接|可以|能|能够|也可以|也能)?\s*(?:改成|改为|设为|设成|设置为|设置成|换成|写成|写为|配成|配为|配置成|配置为|调成|调为))\s*"
               r"[\"“”']?(?P<name>[A-Za-z][A-Za-z0-9_-]*)", FLAGS),
    # an encapsulation's mode key no plugin has: "IPPool 加了 geneveMode: CrossSubnet"
    # (and "multicastMode: PIMSparse"; not the keys the plugins or their installers document, whatever the index holds:
    # KubeKey's flannel `backendMode`, kube-proxy's `proxyMode`)
    # (a key switched on or off names a setting, not a mode: "rootDevices, sriovMode: false, deviceType: uio")
    re.compile(r"\b(?!(?:ipip|vxlan|routing|trafficEncap|bpfExternalService|datapath|ipam|tunnel|backend|proxy)Mode\b)(?P<name>[a-z]{3,12}Mode)\s*[:=]"
               r"(?!\s*[\"']?(true|false|yes|no|on|off)\b)"),
    # the same in a snake_case config key: "eni-config 里配 eni_bond_mode: lacp" (the documents' keys read as their words: "hairpin mode")
    re.compile(r"(?<![\w-])(?P<name>[a-z]{2,12}(?:_[a-z]{2,12}){1,2}_mode)\s*[:=]"),
    # a feature switch of the plugin's environment: "ENABLE_ENI_TURBO=true" (the VPC CNI and Cilium name theirs ENABLE_*)
    re.compile(r"(?<![\w-])(?P<name>(?:ENABLE|DISABLE)(?:_[A-Z0-9]+){2,})\s*[=:]"),
    # "FlowMesh 流量模式", "GlobalMesh 跨地域模式": a few words of what the mode does may sit between
    # "「量子隧道」(QuantumTunnel) 后端": a bracket or quote may close first
    re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9])\s*[)）」』\"”]?\s*(?:(?!的)[\u4e00-\u9fff]){0,6}?(模式|后端|网络插件|插件|封装|隧道|数据面|数据平面)"),
    # "in ebpf-gw mode", "with the turbo-vxlan backend"
    # ('an "Express-Lane mode"': the quote may close after the kind)
    re.compile(r"\b(the|a|an|its|their|our|this|in|with|using)\s+['\"‘“`]?(?P<name>[A-Z][a-z]+[A-Z][A-Za-z0-9_-]*|[A-Z][a-z]+-[A-Z][a-z]+|"
               r"[a-z]+-[a-z]+(-[a-z]+)?)['\"’”`]?\s+"
               r"([a-z]+-[a-z]+\s+)?((traffic|routing|forwarding|network(ing)?|encap|tunnel(ing)?|datapath|transport|acceleration|overlay)\s+)?"
               r"(mode|backend|encapsulation|tunnel|datapath|data ?plane)\b"),
    # a capitalised name, one word of what it does before the kind: "to the new Hyperflow RDMA mode"
    re.compile(r"\b(the|a|an|its|their|our|this|in|with|using|to|into)\s+(new\s+)?['\"‘“`]?(?P<name>[A-Z][a-z]{3,}[A-Za-z0-9]*)['\"’”`]?\s+"
               r"([A-Za-z]+\s+)?(mode|backend|datapath)\b"),
    # a hyphenated name right before the kind, wherever the sentence is written: "新出了一个 ebpf-gw backend"
    re.compile(r"(?<![\w./-])(?P<name>[a-z][a-z0-9]*-[a-z0-9]+)\s+(backend|mode)\b"),
    # the plugin's own, by "its": "switch flannel to its meshgw backend", "its 'hyperlane' routing mode"
    re.compile(r"\bits\s+['\"‘“`]?(?P<name>[a-z][a-z0-9-]{3,})['\"’”`]?\s+((routing|forwarding|encap\w*|tunnel\w*|network(ing)?)\s+)?"
               r"(mode|backend|datapath)\b", FLAGS),
    # quoted before its kind, words between the owner and it: 'flannel's built-in "meshgate" backend'
    # (two or three words too: 'into "Tachyon mesh" mode', 'its "Overdrive L2 mesh" mode')
    re.compile(r"['\"‘“`](?P<name>[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9][A-Za-z0-9_-]*){0,2})['\"’”`]\s+"
               r"((routing|forwarding|encap\w*|tunnel\w*|network(ing)?|traffic|transport|acceleration)\s+)?"
               r"(mode|backend|encapsulation|tunnel|datapath|data ?plane|transport)\b", FLAGS),
    # the plugin word glued to the name: "HyperlaneCNI" (the stem is what an index would know: "AzureCNI" is Azure's)
    re.compile(r"\b(?P<name>[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*?)(?=CNI\b)"),
    # written in lowercase after a verb: "anyone run flashroute cni on bm?"
    re.compile(r"\b(run|running|use|using|used|tried|try|trying|install\w*|deploy\w*|switch\w* to|heard of|about)\s+(the\s+)?"
               r"(?P<name>[a-z][a-z0-9-]{3,})\s+cni\b"),
    # "Kube-Lattice 这个 CNI 插件", "Hyperlane 这款网络插件"
    re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9])\s*(这个|这款|这种)\s*(CNI|cni)?\s*(网络)?(插件|方案|CNI|cni)"),
    # "有个叫 LatticeNet 的 CNI 插件", "a plugin called LatticeNet"
    # but not a host, NIC or cluster by its name: "有一个节点的网卡名字叫em1", "a node named Worker1"
    re.compile(r"(?<!网卡名字)(?<!网卡名)(?<!接口名)(?<!主机名)(?<!节点名)(?<!名字)(叫|名为|叫做|称为)\s*(?P<name>[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9])"),
    re.compile(r"(?<!interface )(?<!nic )(?<!node )(?<!host )(?<!server )(?<!machine )(?<!cluster )(?<!device )(?<!bridge )"
               r"\b(called|named)\s+(?P<name>[A-Z][A-Za-z0-9_-]*[A-Za-z0-9]|[a-z]+[A-Z][A-Za-z0-9]*)"),
    # a name given in brackets after the plugin word: "青岚 CNI (QinglanNet)", "the new CNI (Skyweave)"
    re.compile(r"(CNI|cni|网络插件|插件)\s*[（(]\s*(?P<name>[A-Z][A-Za-z0-9_-]*[A-Za-z0-9])\s*[)）]"),
)
# Words that fill those shapes without naming anything.
_GENERIC = frozenset(
    "the a an this that which what our your their its default new old native direct routing routed overlay underlay "
    "tunnel tunneling tunnelling encapsulation encap network networking mode backend plugin cni kubernetes k8s pod pods "
    "cluster node nodes host hybrid policy policies proxy ipam dual single multi ipv4 ipv6 l2 l3 bridge nat snat dnat "
    "always never crosssubnet cross-subnet off on true false enabled disabled disable enable none auto strict partial "
    "iptables ipvs nftables ebpf bpf userspace kernel user secondary primary main extra other another same different "
    "local global public private this that some any all each every better best faster slower "
    # cloud load balancers, databases and proxies: "SLB 后端" are a load balancer's backends, not a CNI backend
    "slb elb alb nlb clb lb rds ecs vpc vswitch nginx haproxy envoy istio metallb f5 "
    # the cluster add-ons people install beside the CNI and call 插件 too: "安装了dns、dashboard、ingress-nginx插件"
    "ingress-nginx nginx-ingress traefik dashboard coredns kube-dns dns metrics-server cert-manager helm prometheus grafana "
    "kube-state-metrics longhorn rook velero argocd linkerd kube-vip keepalived "
    # how a cluster is deployed, not a network mode: "kube-router 可以在 Allinone 模式下用吗"
    "allinone all-in-one aio standalone single-node singlenode ha offline online".split()
)


def _known_names(catalog: Catalog) -> set[str]:
    names = set()
    for plugin in catalog.plugins:
        names |= {plugin.id, plugin.name.lower(), *(a.lower() for a in plugin.aliases)}
        for option in plugin.options:
            names |= {a.lower() for a in option.aliases} | ({option.mode} if option.mode else set())
    return names


_FUNCTION_WORDS = frozenset("of to the in and by on for at a with".split())
_PLACEHOLDER = re.compile(r"(x{4,}|\*{3,}|\.{3,}|<[a-z_-]+>)")


def _is_known(name: str, catalog_names: set[str], vocabulary: Vocabulary | None) -> bool:
    low = name.lower().strip("-_.")
    if not low or low in _GENERIC or low in catalog_names or len(low) < 3 or low.isdigit():
        return True
    if len(parts := low.split("-")) >= 3 and _FUNCTION_WORDS.intersection(parts):
        return True  # an English phrase hyphenated, no product's name: "the point-of-sale backend", "end-to-end encryption"
    if len(parts) == 2 and {"windows", "win", "linux"} & set(parts) and set(parts) & (catalog_names | {"overlay", "bridge", "l2bridge"}):
        return True  # a mode for one OS's nodes: Calico's "windows-bgp", the "win-overlay" and "win-bridge" plugins
    if _PLACEHOLDER.search(low):
        return True  # a generated name written with its random part held open: "caliXXXXXXXXXXX", "veth****"
    if vocabulary is None:
        return True  # without an index nothing can be called unknown
    # an installer's variable prefixes the setting it passes on: "calico_ipip_mode" is Calico's "IPIP mode"
    words = tokenize(low)
    if "_" in low and any(vocabulary(" ".join(words[i:])) for i in range(1, len(words) - 1)):
        return True
    # a name the documents glue into one word, written apart: "VXLAN cross subnet" for "VXLANCrossSubnet"
    return vocabulary(" ".join(words)) or (" " in low and vocabulary("".join(low.split())))


_RIVAL_BEFORE = re.compile(r"\b(?P<name>[A-Z][A-Za-z0-9]*[A-Z0-9a-z](?:-[A-Za-z0-9]+)?)\s*(?:or|vs\.?|versus|还是|或者?|和)\s*$")
_RIVAL_AFTER = re.compile(r"^\s*(?:or|vs\.?|versus|还是|或者?|和)\s*(?P<name>[A-Z][A-Za-z0-9]*[A-Z0-9a-z](?:-[A-Za-z0-9]+)?)\b")


def _rivals(text: str, mentions: list[tuple[int, int, str]]) -> list[str]:
    """Names weighed against a catalog plugin ("NetMesh or Calico?", "Calico vs Quasar"): if no
    document knows them, the comparison is about something that may not exist."""
    out = []
    ends = {e for _, e, _ in mentions}
    for start, end, _ in mentions:
        left = max(0, start - 30)
        before = _RIVAL_BEFORE.search(text[left:start])
        # "Cilium KPR vs Calico eBPF": a word right after a plugin's name is that plugin's feature, not a rival
        if before is not None and not any(0 <= left + before.start("name") - e <= 1 for e in ends):
            out.append(before.group("name"))
        after = _RIVAL_AFTER.search(text[end:end + 30])
        if after is not None:
            out.append(after.group("name"))
    return out


def _rest_is_generic(rest: str) -> bool:
    words = [w for w in re.split(r"[\s_.-]+", rest) if w]
    return all(w in _GENERIC or w in ("k8s", "cni", "plugin", "ipam") or w.isdigit() for w in words)


# Tunnel types people attach to a plugin. A plugin's own ones are its catalog modes and aliases plus the ones its
# documents describe that the catalog does not model as options (Antrea's tunnelType vxlan/gre/stt, Kube-OVN's
# vxlan/stt tunnels, OVN-Kubernetes' hybrid overlay over VXLAN, flannel's udp and ipip backends, Weave's sleeve over
# UDP, Calico's and Cilium's unencapsulated routing).
# data-plane words too ("Flannel 的 xdp 后端", "Calico's DPDK mode"): real technology, a mode only where documented
# and routing or transport protocols of the network itself ("flannel's OSPF backend", "Calico 的 EVPN 模式", "Cilium's RDMA passthrough
# mode"): real words, no plugin's mode
# and the application protocols a firewall lets through ("flannel's tcp backend over port 443"): no plugin tunnels in them
_TUNNEL_TYPES = ("geneve", "vxlan", "ipip", "ip-in-ip", "gre", "stt", "host-gw", "hostgw", "udp", "noencap", "no-encap", "bgp",
                 "xdp", "dpdk", "quic", "srv6", "ospf", "is-is", "isis", "rip", "evpn", "mpls", "l2tp", "pptp", "rdma", "roce", "infiniband",
                 "tcp", "tls", "https?", "ssh", "websockets?")
_ALSO_DOCUMENTED = {"antrea": {"vxlan", "gre", "stt", "bgp"}, "kube-ovn": {"vxlan", "stt", "bgp", "dpdk"}, "ovn-kubernetes": {"vxlan", "bgp", "dpdk"},
                    "cilium": {"bgp", "noencap", "no-encap", "xdp"}, "flannel": {"udp", "ipip", "ip-in-ip"}, "weave": {"vxlan", "udp"},
                    "calico": {"noencap", "no-encap", "xdp"}}
_QUOTES = frozenset("'\"‘’“”「」『』`")
_MODED = frozenset({"antrea", "calico", "cilium", "flannel", "kube-ovn", "ovn-kubernetes", "terway", "weave"})
# a compound keeps its head: "flannel's bgp-mesh backend" is a BGP mode flannel lacks
# a move to it may come first: "flannel 想从 vxlan 换成 geneve 后端", "switch flannel from vxlan to the geneve backend"
_MOVE_TO = (r"(?:\s*(?:想|要|打算|准备|怎么|如何|怎样|能否|能不能|可以|可不可以)?\s*(?:从\s*[\w-]+\s*)?(?:换成|改成|改为|切到|切换到|换到)"
            r"|\s+(?:from\s+[\w-]+\s+)?to)?")
# or said to have one: "Does flannel now have a QUIC backend?", "flannel 新版本加了 QUIC backend"
_HAS = (r"(?:\s+(?:now\s+|already\s+|finally\s+)?(?:has|have|had|got|gets|added|adds|supports?|ships?|offers?|comes with|introduced)"
        r"|\s*(?:新版本?|最新版本?|现在|也|已经)?\s*(?:加了|增加了|新增了?|支持|有了?|出了|推出了?|引入了?))?")
_TUNNEL_AFTER = re.compile(r"^(?:'s|\s*的)?" + _HAS + _MOVE_TO + r"\s*(?:(?:with|using|in)\s+)?(?:the\s+|an?\s+|its\s+|their\s+)?['\"`“]?"
                           r"(?P<word>" + "|".join(_TUNNEL_TYPES) + r")"
                           r"(?:-[a-z]+)?['\"`”]?"
                           r"(?:\s+[A-Za-z]+)?\s*(?:mode|backend|encapsulation|encap|tunnel\w*|overlay|模式|后端|封装|隧道)", FLAGS)


def _foreign_modes(catalog: Catalog, text: str, mentions: list[tuple[int, int, str]]) -> tuple[list[str], list[str]]:
    """A real tunnel type given to a plugin that has no such mode ("flannel's geneve backend", "Calico geneve
    CrossSubnet 模式"): the mode does not exist, however familiar its words are."""
    unknown: list[str] = []
    closest: list[str] = []
    for start, end, pid in mentions:
        found = _TUNNEL_AFTER.search(text[end:end + 60]) if pid in _MODED else None
        if found is None:
            continue
        # a whole phrase in quotes is one read somewhere, asked about beside a choice ("教程里看到有 'Cilium 的 IPIP 模式'")
        if text[max(0, start - 1):start] in _QUOTES and text[end + found.end():end + found.end() + 1] in _QUOTES:
            continue
        word = found.group("word").lower()
        own = {o.mode for o in catalog.options if o.plugin == pid and o.mode} | _ALSO_DOCUMENTED.get(pid, set())
        own |= {a.lower() for o in catalog.options if o.plugin == pid for a in o.aliases}
        if word in own or word.replace("-", "") in {w.replace("-", "") for w in own}:
            continue
        unknown.append(text[start:end + found.end()].strip())
        closest += [o.id for o in catalog.options if o.plugin == pid]
    return unknown, closest


# A setting written as code and handed over as one ("set `tunnel-compression: zstd`", "（eni_cross_zone_roaming: true）在哪配置"):
# a key no document has, or a mode key given a value none has ("(ipam.mode: hcloud)"). Only a setting in backticks, in
# brackets of its own or right after a verb of setting counts, never a log line or a label ("calico-01: chmod", "-l
# k8s-app=kube-dns"); a message with more than two "key: value" lines is a pasted config, whose keys may come from
# documents the index lacks; and a plugin's prefix marks an installer's variable ("calico_network_backend: vxlan").
_SETTING = re.compile(r"(?<![\w.$/@:-])['\"]?(?P<name>[a-z][a-z0-9]*(?:[-_.][a-z0-9]+){1,4}|[A-Za-z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)['\"]?"
                      r"\s*[:=]\s*['\"]?(?P<value>[a-z][\w.-]*)")
_SET_VERB = re.compile(r"(\b(set|setting|enable|enabling|configure|add|put|flip|turn on)(\s+the)?"
                       r"|设置|配置|配|开启|打开|加上|改成|改为|设成|设为)\s*[`'\"]?$", FLAGS)
_KEY_VALUE = re.compile(r"(?<![\w/])[A-Za-z][\w.-]*\s*[:=]\s*\S")
_VALUE_NAMES = re.compile(r"(mode|type|backend|protocol)$")
_BOOLEANS = frozenset("true false yes no on off enabled disabled".split())
_KEY_WORDS = frozenset("type name kind enabled enable version id".split())


def _handed_over(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 25):start], text[end:end + 1]
    return ("`" in (before[-1:], after) or (before[-1:] in ("(", "（") and after in (")", "）"))
            or _SET_VERB.search(before) is not None or _NAMED_MODE.match(text, end) is not None)


# a setting called a mode of its own: "有个 ipam.mode=vpc-borrow 的模式", "`--network-plugin-mode hyperlane` mode"
_NAMED_MODE = re.compile(r"\s*(的)?\s*(模式|mode\b)", re.I)
_FLAG = re.compile(r"(?<![\w-])--(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:mode|type|backend))[= ]+['\"]?(?P<value>[a-z][\w.-]*)")


def _settings(catalog: Catalog, text: str, catalog_names: set[str], vocabulary: Vocabulary | None) -> list[str]:
    if len(_KEY_VALUE.findall(text)) > 2:
        return []
    plugins = {p.id.replace("-", "_") for p in catalog.plugins} | {p.name.lower().replace(" ", "_") for p in catalog.plugins}
    out = []
    for m in _SETTING.finditer(text):
        name, value = m.group("name"), m.group("value")
        words = [w.lower() for w in re.split(r"[-_.]|(?<=[a-z0-9])(?=[A-Z])", name) if w]
        if not _handed_over(text, m.start(), m.end()) or words[0] in plugins:
            continue
        # a key of generic words names no feature ("ipam.mode"), and one that picks a CNI or provider may name any ("cni_type = npn")
        unknown_key = not all(w in _GENERIC or w in _KEY_WORDS for w in words) and not _is_known(name, catalog_names, vocabulary)
        if unknown_key or (_VALUE_NAMES.search(name) and not {"cni", "plugin", "provider"} & set(words) and value not in _BOOLEANS
                           and not _is_known(value, catalog_names, vocabulary)):
            out.append(f"{name}: {value}")
    # a command-line flag that picks a mode, given a value no document has: "--network-plugin-mode hyperlane"
    out += [f"--{m.group('name')} {m.group('value')}" for m in _FLAG.finditer(text) if not _is_known(m.group("value"), catalog_names, vocabulary)]
    return out


def unknown_names(catalog: Catalog, text: str, mentions: list[tuple[int, int, str]],
                  vocabulary: Vocabulary | None) -> tuple[list[str], list[str]]:
    """The unknown names in `text`, and the known names closest to them."""
    catalog_names = _known_names(catalog)
    unknown: list[str] = []
    for name in [m.group("name") for pattern in _CANDIDATES for m in pattern.finditer(text)] + _rivals(text, mentions):
        # a catalog plugin's name spelled into it ("AmazonVPC-CNI" is the VPC CNI a mention already found), but not a
        # plugin's name with a made-up mode glued on ("ipvlan-gw")
        named_inside = any(name.lower() in text[s:e].lower() or (text[s:e].lower() in name.lower() and _rest_is_generic(
            name.lower().replace(text[s:e].lower(), " "))) for s, e, _ in mentions)
        if not named_inside and not _is_known(name, catalog_names, vocabulary) and name.lower() not in {u.lower() for u in unknown}:
            unknown.append(name)
    unknown += [s for s in _settings(catalog, text, catalog_names, vocabulary) if not any(u.lower() in s.lower() for u in unknown)]
    foreign, foreign_closest = _foreign_modes(catalog, text, mentions)
    if foreign:
        return list(dict.fromkeys([*foreign, *unknown])), list(dict.fromkeys(foreign_closest))[:4]
    if not unknown:
        return [], []
    pool = sorted(catalog_names)
    close = [c for n in unknown for c in difflib.get_close_matches(n.lower(), pool, n=2, cutoff=0.5)]
    return unknown, list(dict.fromkeys(close))[:4]
