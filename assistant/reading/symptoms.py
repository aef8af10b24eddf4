"""Symptoms whose documented causes are written in words a question seldom uses: "为什么会用到 enp0s8" is Calico's
address autodetection, "only ping works across VMware nodes" is VXLAN checksum offload. The cause's own terms are
added to a troubleshooting question's retrieval query, so the passage that names the cause is found."""

from __future__ import annotations

from assistant.reading.spans import rx

_INTERFACE = rx(r"\b(two|2|dual|multiple|several|second|another) (nics?|network (cards?|interfaces?|adapters?)|interfaces|ethernet ports)\b",
                r"\bwrong (interface|nic|network card|ip address|node ip)\b", r"\b(multi[\s-]?homed|dual[\s-]?homed)\b",
                r"双网卡|多网卡|两块网卡|两个网卡|两张网卡|多块网卡|网卡选错|选错网卡|错误的网卡|(加|新增|多)了\s*(一|1)\s*(块|张|个)\s*[^。；！？]{0,8}网卡|"
                # the node or peer address moved to another NIC's range: "peer 地址变成了 10.99 段的", "节点 IP 变成了存储网的"
                r"(peer|节点|node|bgp)\s*(的)?\s*(地址|ip|IP)\s*(变成|变为|换成|跑到)了?\s*[^。；！？]{0,12}(段|网卡|网)|用(到|了)\s*[a-z]+\d+[a-z0-9]*\s*(网卡)?\s*(呢|吗|？|\?)",
                # a node address taken from a virtual bridge: libvirt's virbr0 (192.168.122.1), docker0, VirtualBox's NAT 10.0.2.15
                r"\b(ipv4address|ip_autodetection_method|node ?ip|internal ?ip|address)\b[^\n]{0,20}\b(192\.168\.122\.1|172\.17\.0\.1|10\.0\.2\.15)\b",
                r"\b(virbr\d|docker0|lxdbr0|vboxnet\d)\b[^.;!?]{0,40}\b(address|ip|interface|picked|chose|selected|autodetect\w*)\b",
                # every VM showing VirtualBox's NAT address (`kubectl get nodes -o wide`), or told so
                r"\b10\.0\.2\.15\b[\s\S]{0,300}?\b10\.0\.2\.15\b", r"\b(all|every|each)\b[^.;!?]{0,40}\b10\.0\.2\.15\b",
                r"\b(all|every|each)\b[^.;!?]{0,30}\b(same|identical) (internal[\s-]?ip|node ip|ip)\b",
                # libvirt's bridge address on every node: calicoctl listing 192.168.122.1 for each
                r"\b192\.168\.122\.1\b[\s\S]{0,200}?\b192\.168\.122\.1\b")
# calico-node that never gets ready: its docs' first suspect is the address it autodetected (the wrong NIC, a Wi-Fi one)
_CALICO_NODE_DOWN = rx(r"\bcalico[\s/-]node\b[^.;!?]{0,80}\b(crash\s?loop\w*|not ready|0/1|unready|restarting|"
                       r"bird is not ready|bgp (is )?not established)",
                       r"calico[\s/-]node[^。；！？]{0,40}(起不来|不正常|一直重启|未就绪|not ready|CrashLoop|0/1)")
# A BGP session that never comes up while its mode is sound: TCP 179 between the peers, a setting of the network, not the mode
_BGP_DOWN = rx(r"\bbird is not ready\b",
               r"\bbgp\s+(sessions?|peers?|peerings?|neighbou?rs?)?\s*(is\s+|are\s+)?(not established|never establish\w*|stuck in (active|connect|idle))\b",
               r"\bactive socket: connection (timed out|refused)\b",
               r"\bbgp\s*(会话|邻居|连接|peer)?[^。；！？\n]{0,8}(没有建立|未建立|建立不起来|建不起来|一直是?\s*(active|connect|idle))",
               # "那两个 peer 一直在 Connect / Active，死活不到 Established"
               r"\bpeers?\b[^。；！？\n]{0,12}(一直|始终|总是)\s*(在|是|处于)?\s*(active|connect|idle)",
               r"(不到|到不了|进不了|上不了|起不来)\s*established", r"\bnever (reach|get|gets|reaches|goes) (to )?established\b",
               r"\bpeers?\b[^.;!?\n]{0,25}\b(stuck|remain\w*|stay\w*|hang\w*)\s+(in\s+)?(state\s+)?(active|connect|idle)\b")
_VMWARE = rx(r"\b(vmware|vsphere|esxi|vmxnet3|vcenter)\b")
_FIREWALL = rx(r"\b(firewall\w*|security groups?|iptables|nftables|ufw)\b", r"防火墙|安全组")
_FLANNEL = rx(r"\b(flannel|canal)\b")
_VXLAN_OR_FLANNEL = rx(r"\b(vxlan|flannel|canal|rke2|k3s)\b")
_SERVICES_FAIL = rx(r"\b(dns|kube[\s-]?api|api server|apis?|services?|time ?outs?|timing out|tcp|udp|curl|connectivity)\b", r"超时|解析|不通")

TOPICS = {
    "interface": "node address autodetection picks the wrong network card: IP_AUTODETECTION_METHOD interface= can-reach, flannel --iface",
    "forward": "cross-node pod traffic dropped on the host: iptables FORWARD policy DROP, net.ipv4.ip_forward, firewalld, VXLAN UDP 8472",
    "checksum": "VXLAN checksum offload on VMware vmxnet3: bad udp cksum, ethtool -K tx-checksum-ip-generic off",
    "mtu": "MTU too large for the underlay: set the pod and tunnel MTU to the path MTU minus encapsulation overhead",
    "bgp": "BIRD is not ready: BGP not established: TCP 179 allowed between the BGP peers through firewalls and security groups",
    "module": "VXLAN kernel module missing on the node: modprobe vxlan; Ubuntu for Raspberry Pi ships it in linux-modules-extra-raspi",
    "ports": "tunnel port between nodes allowed in the security group or firewall: VXLAN UDP 8472 (flannel, Cilium) or 4789 (Calico), "
             "Geneve UDP 6081, WireGuard UDP 51820; Cilium tunnel-port",
}
# A firewall that opens only some ports ("安全组里只放行了 UDP 4789", "the security group only allows UDP 4789"): the tunnel's
# own port may not be among them, a setting of the network or of the mode in use.
_PORTS_ONLY = rx(r"\b(security groups?|firewall\w*|nsgs?|acls?)\b[^.;!?]{0,40}\bonly (allows?|allowed|opens?|opened|permits?|permitted|lets? through)\b"
                 r"[^.;!?]{0,20}\b(udp|tcp|ports?)\s*\d{2,5}\b",
                 r"\bonly (udp|tcp|port)\s*\d{2,5}\b[^.;!?]{0,20}\b(is |was )?(open|opened|allowed|permitted)\b",
                 r"(安全组|防火墙|ACL|acl)[^。；！？]{0,30}(只|仅)\s*(放行|开放|允许|开|放)了?[^。；！？]{0,12}(udp|UDP|tcp|TCP|端口)\s*\d{2,5}",
                 # the cloud's own security group passing TCP alone: a rule of the user's to add the tunnel's UDP port to
                 r"(安全组|\bsecurity groups?\b|\bnsgs?\b)[^。；！？.;!?]{0,20}(只|仅|\bonly)\s*(放行|开放|允许|allows?|opens?|permits?)了?\s*(tcp|TCP)")
# The tunnel device never created: the node's kernel lacks the module ("节点上压根没有 flannel.1", "vxlan: operation not supported")
_NO_TUNNEL = rx(r"\b(no|missing|without)\s+(the\s+)?(flannel\.1|vxlan\.calico|cilium_vxlan|tunl0)\b",
                r"\b(flannel\.1|vxlan\.calico|cilium_vxlan|tunl0)\b[^.;!?]{0,30}\b(missing|not (found|created|there)|(doesn'?t|does not) exist)\b",
                r"(没有|缺少|找不到|没看到)[^。；！？]{0,10}(flannel\.1|vxlan\.calico|tunl0)", r"\boperation not supported\b|\bunknown device type\b",
                r"(raspberry|树莓派|\brpi\b)[^。；！？.]{0,80}vxlan|vxlan[^。；！？.]{0,80}(raspberry|树莓派|\brpi\b)")
# Small packets pass, large ones stall: the path MTU, not the plugin ("ping 得通 ... 一拉大一点的文件或者做 TLS 握手就卡住")
_MTU_SYMPTOM = rx(r"\b(large|big|bigger|larger)\s+(\w+\s+)?(packets?|ones|files?|downloads?|uploads?|responses?|transfers?|payloads?|requests?)\b[^.;!?]{0,60}"
                  r"\b(hang|hangs|stall\w*|stuck|freez\w*|time ?outs?|timing out|fail\w*|never (arrive|complete))",
                  r"\b(tls|ssl|https) handshakes?\b[^.;!?]{0,40}\b(hang|hangs|stall\w*|stuck|freez\w*|time ?outs?|timing out|fail\w*)",
                  # a transfer of some size: "pulling a 5 MB file hangs forever"
                  r"\b\d+(\.\d+)?\s*(kb|mb|gb|kib|mib|gib)\b[^.;!?]{0,25}\b(files?|downloads?|uploads?|responses?|transfers?|payloads?|bodies|body|"
                  r"objects?|images?)\b[^.;!?]{0,30}\b(hang|hangs|stall\w*|stuck|freez\w*|time ?outs?|timing out|fail\w*|never (arrive|complete)\w*)",
                  r"(大一点|大点|大一些|较大|大的?)\s*的?\s*(文件|包|请求|响应|数据|报文)[^。；！？]{0,20}(卡住|卡死|超时|失败|不动|hang|断)",
                  r"(tls|ssl|https)\s*握手[^。；！？]{0,10}(卡|超时|失败)",
                  # the tunnel or pod MTU left behind a raised underlay: "vxlan.calico 和 pod 里网卡的 MTU 还是 1450"
                  r"(mtu|MTU)[^。；！？]{0,25}(还是|仍然是?|依然是?|仍是)\s*\d{4}", r"\bmtu\b[^.;!?]{0,30}\b(still|stayed|remains?|stuck at)\s+(at\s+)?\d{4}\b",
                  # "small curl works, but anything big (helm pulling charts, postgres replication) just hangs"
                  r"\b(anything|everything|whatever is) (big|large|bigger|larger)\b[^.;!?]{0,120}\b(hang|hangs|stall\w*|freez\w*|times? out|timing out)\b")


def symptom_topics(question: str, between_nodes: bool) -> tuple[str, ...]:
    """The symptom topics a troubleshooting question shows."""
    found = ["mtu"] if _MTU_SYMPTOM.search(question) else []
    if _NO_TUNNEL.search(question):
        found.append("module")
    bgp_down = _BGP_DOWN.search(question) is not None
    if bgp_down:  # its passage names a wrong node address too
        found.append("bgp")
    if _INTERFACE.search(question) or (_CALICO_NODE_DOWN.search(question) and not bgp_down):
        found.append("interface")
    if _PORTS_ONLY.search(question):
        found.append("ports")
    if _FIREWALL.search(question):
        # a firewall the question names is its own lead; with flannel between nodes, the host firewall passage names it too
        # (a Chinese question's words alone did not find it: "firewalld 默认开着")
        if between_nodes and _FLANNEL.search(question):
            found.append("forward")
        return tuple(found)
    if _VMWARE.search(question) and _VXLAN_OR_FLANNEL.search(question) and _SERVICES_FAIL.search(question):
        found.append("checksum")
    elif between_nodes and _FLANNEL.search(question):
        # the host's FORWARD chain is what flannel's own troubleshooting guide names (Docker set it to DROP)
        found.append("forward")
    return tuple(found)


# A NetworkPolicy applied and not enforced: a symptom of the policy check, and a sign that the cluster uses policies.
POLICY_IGNORED = (r"\b(not|n'?t|never|stopped|fails? to|failing to)\s+(appear to be\s+|seem to be\s+|actually\s+)?(honou?r|enforc|apply|respect|block)\w*\s+"
                  r"(an?\s+|the\s+|my\s+|our\s+|any\s+)?(\w+\s+)?network[\s-]?polic(y|ies)\b",
                  r"network\s*polic(y|ies)[^。；！？，,]{0,12}(根本|完全|都|也)?\s*(不生效|没生效|没有生效|无效|不起作用|没起作用)")

# What a symptom is about, by the check that decides it: where the option in use only warns on that check
# ("macvlan pods cannot reach any Service IP"), the warning is the likely cause.
_SUSPECTS = {
    "services": rx(r"\b(reach|access|communicate with|talk to|hit|connect to|resolve)\b[^.;!?]{0,25}\b(services?|cluster ?ips?|kube-dns|coredns)\b",
                   r"(访问|连接|解析)[^。；！？]{0,10}(service|svc|clusterip|kube-dns|coredns)",
                   r"(service|svc|clusterip)\s*(ip)?\s*(不通|访问不了|无法访问)"),
    "encryption": rx(r"\b(encryption|encrypted)\b[^.;!?]{0,40}\b(not (occurring|happening|working|applied)|doesn'?t (seem to )?work|no effect)\b",
                     r"\bnot (being )?encrypted\b", r"(加密)[^。；！？]{0,10}(没有生效|不生效|没生效)|没有加密"),
    "multicast": rx(r"\bmulticast\b[^.;!?]{0,40}\b(not|doesn'?t|don'?t|never|fails?)\b", r"组播[^。；！？]{0,10}(不通|收不到|不生效)"),
    # a NetworkPolicy applied and ignored: the plugin in use may not enforce it ("k3s does not appear to be honoring a NetworkPolicy")
    "policy": rx(*POLICY_IGNORED, r"\bnetwork[\s-]?polic(y|ies)\b[^.;!?]{0,30}\b(has no effect|not (working|enforced|applied)|doesn'?t (work|apply|block))\b"),
}


def symptom_checks(question: str) -> list[str]:
    """The checks a troubleshooting question's symptom points at ("mtu": the path MTU, a setting of the mode in use)."""
    return [check for check, pattern in _SUSPECTS.items() if pattern.search(question)] + (["mtu"] if _MTU_SYMPTOM.search(question) else []) \
        + (["interface"] if _INTERFACE.search(question) else []) + (["bgp"] if _BGP_DOWN.search(question) else []) \
        + (["ports"] if _PORTS_ONLY.search(question) else []) \
        + (["module"] if _MODULE_MISSING.search(question) and not _KERNEL_LOCKED.search(question) else [])


# The kernel's own refusal to create the tunnel device: its module is missing on the node
_MODULE_MISSING = rx(r"\b(vxlan|flannel\.1|tunl0|ipip|geneve)\b[^\n]{0,60}\b(operation not supported|unknown device type)\b",
                     r"\bmodule (vxlan|ipip|geneve|wireguard) not found\b", r"(缺少?|没有|找不到)\s*(vxlan|ipip)\s*(内核)?\s*模块")
# ... unless the kernel cannot take it: "厂商内核我们没法重新编译", "a vendor kernel we can't rebuild"
_KERNEL_LOCKED = rx(r"\b(can'?t|cannot|unable to|no way to)\s+(re)?(build|compile|change|replace)\s+(the\s+|our\s+|that\s+)?(vendor\s+)?kernel\b",
                    r"\bvendor kernel\b[^.;!?]{0,30}\b(can'?t|cannot)\b", r"内核[^。；！？]{0,12}(没法|无法|不能|改不了)\s*(重新)?(编译|更换|换|升级)")
# Symptoms a setting of the mode in use fixes (the path MTU, the NIC it picked, a kernel module loaded): a rival wondered
# about is no way out.
SETTING_SYMPTOMS = ("mtu", "interface", "bgp", "ports", "module")
