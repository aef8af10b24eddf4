"""Who carries pod traffic between the nodes' segments: routers that peer BGP with them, routes the
cloud programs for each node's pod CIDR, and whether the path between them is a network the writer trusts."""

from __future__ import annotations

from assistant.reading.spans import Rule, rule

ROUTING: tuple[Rule, ...] = (
    rule("bgp_fabric", True,
         r"\b[ei]?bgp[\s-]*(capable|enabled|routers?|fabric|speakers?|switch(es)?)\b",
         # "the whole network is interconnected by BGP"
         r"\bnetwork\b[^.,;!?]{0,25}\b(interconnected|connected|routed|runs?|built) (by|via|with|over|on) [ei]?bgp\b",
         r"\b[ei]?bgp\b[^.,;!?]{0,15}\b(to|with) (my|our|the|a|an) ([\w-]+ )?(routers?|switch(es)?|tors?|gateways?|firewalls?)\b",
         r"\b(routers?|switch(es)?|tors?|top[\s-]of[\s-]rack|fabric|upstream|gateways?|network (team|folks|people|guys|engineers)|netops|spines?|leaf|leaves|"
         r"core|datacenter|data center|leafs)\b[^.,;!?]{0,40}\b[ei]?bgp\b",
         # "the network team is happy to peer with every node": the fabric offers the peering
         r"\b(network(ing)? team|routers?|switch(es)?|tors?|leaf|leafs|leaves|spines?|fabric)\b[^.;!?]{0,40}\bpeer\w* with (every|each|all|the|our|its|their) "
         r"(k8s |kubernetes |cluster )?(nodes?|servers?|hosts?)\b",
         r"\b(peer\w*|integrat\w+|connect\w*) with (an? |the |our |\d )?(edge |border |core |upstream |physical |external |tor |top[\s-]of[\s-]rack )"
         r"(routers?|switch(es)?)\b",
         r"(支持|能跑|可以跑|运行)\s*bgp", r"(?<![不没])(可以|能|可)\s*(配|配置|开|开启|跑|做|上|起)\s*bgp",
         r"(?<![不没])(同意|答应|愿意|批准)了?\s*(跟|和|与|给)\s*[^。；，,]{0,12}(跑|建立?|配|做|开)\s*[ei]?bgp",
         r"bgp\s*(路由器|交换机)", r"(交换机|路由器|核心|柜顶|上联|网络组|网络部|网络团队)[^，。,.]{0,12}bgp",
         # the routers offer the peering, by vendor or by what they run with the servers: "The Juniper MX at each office is happy
         # to run eBGP with the servers"
         r"\b(juniper|arista|cisco|mikrotik|nexus|fortigate|vyos|frr)\b[^.;!?]{0,40}\b[ei]?bgp\b",
         r"\b(run|speak|peer|establish)\w* [ei]?bgp (sessions? )?with (the |our |all |each |every )?(servers|nodes|hosts|k8s nodes)\b",
         # the plugin's BGP joined to the writer's router: "Since it's Calico with BGP, I integrated it with my router"
         r"\bbgp\b[^.;!?]{0,40}\b(integrated|peered|connected|hooked up) (it |calico |them |the cluster )?(with|to|into) (my|our|the) (\w+ )?"
         r"(router|routers|tors?|core switch|firewall|edge router)\b",
         # Calico's "AS per rack" model: each rack's ToR peers with its nodes under its own AS number
         r"\bas[\s-]per[\s-]rack\b",
         # a router's address to peer with, or BGP switched on in the provider's network: "each server can peer with 169.254.255.1"
         r"\b(can|could|will|should|must|may|need to|needs to|has to|have to)\s+peer\s+with\s+(\d{1,3}\.){3}\d{1,3}\b",
         r"\b(local |global )?bgp\b[^.;!?]{0,10}\benabled (on|for|in) (the |our )?"
         r"(project|account|network|vpc|fabric|switch(es)?|routers?)\b", r"\b(tors?|top[\s-]of[\s-]rack switch(es)?)\b[^.;!?]{0,30}(?-i:\b(AS|ASN)\b)",
         # peering told without the word: "已经跟核心交换机建了邻居"
         r"(交换机|路由器)\s*(建了|建立了?|建好了?|做了|配了|配置了)\s*(bgp|BGP)?\s*(邻居|对等|peer)",
         # "能不能跑 BGP" asks; "we don't want to be dependent on the TOR for BGP" refuses it
         unless=r"([\u4e00-\u9fff])[不没]\1[^。；，,？?）)]{0,8}bgp|\b(don'?t|do not|rather not|avoid\w*)\b[^.;!?]{0,25}\b(depend\w*|rely\w*|reliance)\b|"
                # switching a plugin's mode, not a network switch: "How did you switch vxlan to bgp?"
                r"\bswitch(ed|ing)?\s+(from\s+)?([\w-]+\s+){0,2}(to|over to|into)\s+(the\s+)?[ei]?bgp\b"),
    # BGP sessions and peers count only where the network, not the nodes' own mesh, is meant.
    rule("bgp_fabric", True, r"\bpeer\w*\b[^.,;!?]{0,25}\b[ei]?bgp\b",
         # "Calico in BGP mode, peering with the leaf switches"
         r"\bpeer(s|ed|ing)? with (the |our |its |their )?(two |both |a pair of |each )?(leaf|spine|tor|top[\s-]of[\s-]rack|core|border|upstream|edge)"
         r"(s?\s*(switch(es)?|routers?)\b|(?<=tor)s?\b)",
         # "Calico BGP-peered with our two core switches"
         r"\bbgp[\s-]peer(s|ed|ing)? with (the |our |its |their )?(\w+ )?(leaf|spine|tor|top[\s-]of[\s-]rack|core|border|upstream|edge|physical)\s*"
         r"(switch(es)?|routers?)\b",
         r"\b[ei]?bgp[\s-]*(peers?|peering|sessions?|neighbou?rs?)\b",
         r"bgp\s*(对等|邻居|协议|路由)",
         context=r"\b(routers?|switch(es)?|tors?|fabric|upstream|gateways?|network team|networking team|infrastructure|cloud|provider|vpc|"
                 r"isp|spines?|leaf|leaves|asn?|l3|physical|datacenter|data center|dc|firewalls?|metallb)\b|交换机|路由器|云|机房",
         # the node-to-node mesh's own sessions, as calicoctl shows them, are no fabric
         # nor a mode switched to: "想把 IPIP 关掉改成纯 BGP 路由"
         unless=r"\b(node[\s-]to[\s-]node|full[\s-]mesh)\b(?!( (bgp )?mesh)? (is |was )?(disabled|turned off|off)\b)|节点之间|全互联|"
                r"\bcalicoctl node status\b|\bcalico[\s-]node\b|"
                r"\bbgp sessions? between (the )?(nodes|sites|data ?cent(er|re)s|dcs|racks)\b|"
                r"(改成|换成|切到|切换到|改为|改用|换到)\s*(纯)?\s*bgp|纯\s*bgp\s*(路由|模式)",  # a mode: "ipipMode Never，纯 BGP 路由"
         absent=r"\b(node[\s-]to[\s-]node (bgp )?mesh|full[\s-]mesh)\b(?! (is |was )?(disabled|turned off|off)\b)"),
    # the nodes peer with the switches themselves: "节点直接跟 tor 交换机 peer", "和核心交换机建了 BGP 邻居" (calicoctl's
    # status beside it shows those sessions, not the node mesh)
    # (not in a place being left: "IDC 里 calico BGP（跟核心交换机建邻居），明年整体搬到阿里云")
    rule("bgp_fabric", True, r"(跟|和|与)\s*(tor|核心|上联|leaf|spine|接入)?\s*(交换机|路由器)\s*(建立?了?)?\s*(bgp\s*)?(peer|对等|邻居)",
         unless=r"搬到|搬去|迁到|迁移到|迁去|上云|\bmov(e|ing) (to|onto)\b|\bmigrat\w* to\b"),
    rule("bgp_fabric", False, r"\b(no|without) bgp\b",
         r"\b(don'?t|do not|rather not)\s+(want|wish|like)\s+to\s+(be\s+)?(depend\w*|rely\w*)\s+on\b[^.;!?]{0,30}\bbgp\b",
         # "routed by the core switch, which is not peered with Calico"
         r"\b(switch(es)?|routers?|core|tors?|fabric|spines?|leafs?)\b[^.;!?]{0,30}\b(not|isn'?t|aren'?t|never) peer(ed|ing|s)? with\b",
         # "I don't have any hardware that supports BGP"
         r"\b(no|don'?t have( any)?|without( any)?) (\w+ ){0,2}(hardware|routers?|switch(es)?|gear|equipment) (that |which )?"
         r"(supports?|speaks?|can (do|speak|run)) bgp\b",
         r"\b(refus\w*|declin\w*|unwilling|not willing)\b[^.;!?]{0,20}\bbgp\b",
         r"\bbgp\b[^.!?]{0,80}\b(don'?t|do not) have (the |any )?(available |suitable )?(routing|network) (equipment|hardware|gear|devices?)\b",
         r"\b(can'?t|cannot|can not|won'?t|will not|not allowed to|unable to|no way to) (run|use|do|speak|enable|establish|peer( with)?) bgp\b",
         # "能不能跑 BGP" asks; it refuses nothing
         # ruled out: "Cloud Router BGP is out too", "BGP is off the table"
         r"\bbgp\b[^.;!?,]{0,10}\b(is|are) (also )?(out|off the table|not an option|ruled out)\b",
         negatable=False),
    # Someone refusing BGP outranks the network words around it: "网络组也不同意和我们建 BGP 邻居"
    # the network said not to run it outranks the nodes' own sessions: "核心交换机不跑 BGP … BGP 邻居都是 Established"
    rule("bgp_fabric", False, r"(不同意|不批准|不愿意|不肯|拒绝|(?<!支)不支持)[^。；，,]{0,12}bgp",
         r"没有\s*bgp", r"bgp\s*(更是|也是|就更|也|就|那)?\s*(想都别想|别想了?|免谈|没戏|不可能|更不可能|更不行)",
         r"(?<![能给让肯允])不(给|让|允许|肯|能)\s*(我们|咱们)?\s*(配|配置|开|开启|启用|跑|用|做)?\s*bgp",
         r"(?<![跑用开上做支])不\s*(跑|用|开|上|支持|做)\s*bgp",
         # "配不了 BGP", "跑不了 BGP 这种东西": cannot, in the verb-不了 form; "阿里云 VPC 那边没法跟我们 peer"
         r"(配|配置|跑|开|用|做|建|上|支持)\s*不了\s*bgp", r"bgp[^。；！？，,]{0,6}(基本|根本|几乎|完全)?\s*(不可能|没可能|做不到|不现实)",
         r"(没法|无法|不能|不会|不肯|不愿意?)\s*(跟|和|与|同)\s*(我们|我|集群|节点)\s*(做|建立?)?\s*(peer|对等|邻居)",
         r"不(会|愿意?|想|肯|能|可能)\s*(跟|和|与|给|同|帮)\s*(我们|我|你们|咱们|集群|节点)[^。；，,]{0,4}(跑|做|建立?|配置?|开|启用|对接)\s*bgp",
         r"\b(refus\w*|declin\w*|unwilling|not willing|won'?t agree)\b[^.;!?]{0,20}\bbgp\b",
         # "In AWS there are no ToRs to peer with"
         r"\bno (tors?|top[\s-]of[\s-]rack switch(es)?|routers?|switch(es)?|bgp (peers?|routers?|neighbou?rs?)) to peer with\b",
         # "the core routers belong to another team and won't peer with us"
         r"\b(switch(es)?|routers?|core|tors?|fabric|spines?|leafs?)\b[^.;!?]{0,40}\b(won'?t|will not|refuse to|don'?t|do not|can'?t|cannot) peer\b",
         negatable=False, rank=1),
    # The cloud's route controller (or someone) puts each node's pod CIDR into the network's routes.
    rule("pod_routes", True, r"\broute[\s-]?controller\b", r"--configure-cloud-routes(=true)?(?![=\w])",
         r"\brouter?[\s-]?controller (is |be |was )?enabled\b",
         r"\b(h?ccm|h?cloud[\s-]controller(?:[\s-]manager)?)\b[^.;!?]{0,60}\b(networks? support|w/ ?networks?|with networks?|routes?|routing)\b",
         r"\b(creates?|adds?|programs?|sets? up|configures?|writes?)\b[^.;!?]{0,30}\broutes? for (the |each node'?s? |every node'?s? )?"
         r"pod (cidrs?|subnets?|networks?|ranges?)\b",
         r"\b(adds?|puts?|writes?)\b[^.;!?]{0,20}\bpod cidr( range)?s?\b[^.;!?]{0,30}\b(route|routing)[\s-]?tables?\b",
         r"\bstatic routes?\b[^.;!?]{0,40}\bpod (cidrs?|subnets?|networks?|ranges?)\b",
         # the network's route table, not a node's ("路由表里也有别的节点的 pod 网段" is what BGP put on the nodes)
         r"(云控制器|ccm|cloud-controller-manager)[^。；！？]{0,30}路由",
         r"(vpc|VPC|路由器|交换机|网关|核心|出口|云上|云平台|上游)[^。；！？]{0,8}路由表[^。；！？]{0,20}(pod|容器)\s*(网段|cidr)",
         r"(pod|容器)\s*(网段|cidr)[^。；！？]{0,20}((vpc|VPC|路由器|交换机|网关)[^。；！？]{0,6}路由表|静态路由)",
         # "the CCM w/ network does not create correct routes" is a broken route controller, still in use.
         # "Should I use CCM with or without network support?" weighs it: nothing runs yet.
         negatable=False, unless=r"\bwith or without\b|(用|装|开)\s*(还是|或)\s*不(用|装|开)"),
    rule("pod_routes", False, r"\bHCLOUD_NETWORK_ROUTES_ENABLED\s*=\s*false\b", r"--configure-cloud-routes=false",
         r"\b(disabled?|without|no) (the )?(cloud[\s-])?(route[\s-]?controller|cloud[\s-]controller[\s-]manager|ccm)\b",
         # "We don't run the cloud-controller-manager route controller and never set up UDRs"
         r"\b(don'?t|do not|never|didn'?t|did not) (run|use|have|enable|deploy)\w* (the |a |any )?([\w-]+ )?"
         r"(route[\s-]?controller|cloud[\s-]controller[\s-]manager|ccm)\b",
         r"\b(never|didn'?t|did not|don'?t|do not) (set up|configure|create|add)\w* (any )?(udrs?|user[\s-]defined routes|route tables?)\b", r"\bno udrs?\b",
         # the network team will not route pod CIDRs: "不让加路由", "they won't add static routes"
         r"\b(won'?t|will not|can'?t|cannot|not allowed to|refuses? to|don'?t) (let us )?(add|configure|set up|create|maintain|manage|keep) "
         r"(\w+ ){0,2}routes\b",
         # "Org policy doesn't let us create custom VPC routes, so no cloud routes" (not "the CCM does not create correct routes")
         r"\b(doesn'?t|does not|do not) (let|allow) (us|anyone|teams?) (to )?(add|configure|set up|create) (\w+ ){0,2}routes\b",
         r"\bno (cloud|vpc|custom|static) routes\b",
         r"\b(rather not|prefer not to|(don'?t|do not) want to)\s+(maintain|add|manage|keep|configure|set up|write)\s+(\w+ ){0,2}routes\b",
         # "hcloud CCM is installed but with network routes disabled, so nothing routes pod CIDRs"
         r"\b(network |cloud |pod )?routes? (disabled|turned off|switched off)\b", r"\bnothing routes (the )?pod (cidrs?|ranges?|subnets?)\b",
         r"\broute[\s-]?controller\b[^.;!?]{0,15}\b(turned off|disabled|switched off|is off|off)\b",
         r"\b(nobody|no one|no-one|none of them)\b[^.;!?]{0,20}\b(will|would|is going to|can|may) (add|configure|set up|create|maintain) "
         r"(\w+ ){0,2}routes\b",
         # the refusal said once for two things: "They won't do BGP with us or add static routes for pod ranges"
         r"\b(won'?t|will not|can'?t|cannot|refuses? to|don'?t)\b[^.;!?]{0,30}\bor (add|configure|set up|create) (\w+ ){0,2}routes\b",
         r"\bno (static |extra |manual )?routes? (for|to) (the )?pod (cidrs?|subnets?|networks?|ranges?)\b",
         r"(不让|不允许|不能|不给|不肯|不愿意?|不同意)\s*(我们)?\s*(加|添加|配|配置|设置)\s*(静态|自定义|额外的?)?路由",
         r"(没有|没)\s*(pod|容器)\s*(网段|cidr)\s*的?\s*路由",
         # "refuses both BGP and static routes for pod CIDRs": the routes named in a refusal are refused
         r"\b(refus\w*|rejects?|rejected|said no to|won'?t (do|allow|accept|give us))\b[^.;!?]{0,25}\bstatic routes?\b",
         # "VPC 路由表我们也不想手工维护", "没装 CCM"
         r"路由(表)?[^。；！？，,]{0,10}(不想|不愿意|不打算|不会|没法|无法)\s*(手工|手动|人工)?\s*(维护|配置|加|写|管)",
         r"(没装|没有装|未安装|没有部署|没部署|没有)\s*(ccm|CCM|cloud-controller-manager|云控制器)",
         # "也不会给我们加 Pod 网段的静态路由"
         r"(不会|不能|不给|不让|不肯|不允许|不愿意)[^。；！？]{0,12}(加|添加|配|配置|设置|写)[^。；！？]{0,6}(pod|Pod|POD|容器)\s*(网段|cidr|CIDR)[^。；！？]{0,6}路由",
         # "也不会给 Pod 网段加静态路由"
         r"(不会|不能|不给|不让|不肯|不允许|不愿意)[^。；！？]{0,8}(pod|Pod|POD|容器)\s*(网段|cidr|CIDR)[^。；！？]{0,4}(加|添加|配|配置|设置|写)[^。；！？]{0,4}(静态)?路由",
         # "也不会在 VPC 路由表里给我们一条条加 pod 网段"
         r"(不会|不能|不给|不让|不肯|不允许|不愿意)[^。；！？]{0,20}路由表[^。；！？]{0,15}(加|添加|配|写)[^。；！？]{0,8}(pod|Pod|容器)\s*(网段|cidr|CIDR)",
         negatable=False, rank=1),
    # refused in so many words: "BGP with servers is a no-go", "BGP 是不可能的"
    rule("bgp_fabric", False, r"\bbgp\b[^.;!?]{0,30}\b(is|are)\s+(a\s+)?(no[\s-]go|non[\s-]starter|not an option|off the table|out of the question)\b",
         negatable=False, rank=1),
    rule("untrusted_network", True, r"\b(over|across|via|through) the (public )?internet\b", r"\buntrusted\b",
         r"(?<!\bceph )\bpublic (network|internet)\b",
         r"\b(shared|third[\s-]party|hostile|insecure) network\b(?! (between|for|among) (my |our |the )?(pods|containers))",
         r"\b(only|just) (have )?public ips\b", r"\bpublic ips? only\b", r"\bnat traversal\b", r"\bpublic ip(v4|v6)? (address )?as (their|its) internal ?ip\b",
         # nodes each behind its own NAT reach each other over the internet: "both behind different NATs", "my home network is NATed too"
         r"\b(both |each |all )?behind (different|separate|their own|its own|two|several|multiple) nats?\b",
         r"\b(home|office|residential) (network|lan|connection|internet)( is| are)? (nat'?t?ed|behind (a )?nat)\b",
         r"(分别|各自)\s*(在|处于)\s*(不同的?)?\s*NAT\s*(后面|之后|下)",
         r"\b(over|via|through|across|using) (their |the |its )?public (ips?|addresses|ip addresses)\b",
         r"(通过|走|经过)(的是)?\s*(公网|外网)", r"(公网|外网)\s*(互联|通信|互通|连接|连)", r"公网\s*(ip|地址)\s*(组网|部署|互联|通信|连接)",
         # public addresses and no private link between the nodes: their traffic crosses the internet
         r"只有\s*公网\s*(ip|地址)"),
    # public addresses and no private link between the nodes: their traffic crosses the internet
    rule("untrusted_network", True, r"(没有|无)\s*(任何)?\s*(内网|私网)\s*(互通|互联|连通|连接)",
         r"\bno (private|internal) (network|link|interconnect|connectivity)\b[^.;!?]{0,40}\b(between|among) (the )?(nodes|sites|offices)\b",
         negatable=False),
    rule("untrusted_network", True, r"不可信", r"不受信", r"不安全的网络",
         r"\b(don'?t|do not|can'?t|cannot|won'?t) (fully )?trust (it|them|(the|that|this|our) (link|links|network|fabric|underlay|line|wan))\b",
         negatable=False),
    # "it" or "them" trusted is the network only where one is named: "because I trust them" (a benchmark's authors) is not
    rule("untrusted_network", False, r"\b(we|i) (fully |can )?trust (it|them)\b", negatable=False,
         context=r"\b(links?|network|fabric|underlay|lines?|fibre|fiber|wan|vpn|interconnect|dark fiber)\b"),
    rule("untrusted_network", False, r"(?<!un)\btrusted (network|lan|links?|fabric|underlay)\b",
         r"\b(we|i) (fully |can )?trust (the|that|this|our) (link|links|network|fabric|underlay|line|fibre|fiber)\b",
         r"\b(link|links|network|fabric|line|fibre|fiber|connection)s?\b[^.;!?]{0,30}?,? (that |which )?(we|i) (fully |completely |totally )?trust\b",
         r"\b(one|ones) (that |which )?(we|i) (fully |completely |totally )?trust\b",
         r"\b(vpc|vnet|network|link|lan|fabric|underlay) (is|are) (fully |completely )?trusted\b",
         r"\b(can|could) be trusted\b", r"(?<!不)可信(的)?\s*(网络|链路|内网)",
         r"(链路|网络|专线|内网|线路)[，,\s]*(是|都是|很|比较|也|完全|绝对)?\s*(?<!不)可信(?!赖性)", r"(信任|相信)\s*(这|该)?\s*(网络|链路)",
         r"(流量|网络|链路|内网|专线)[^。；，,]{0,6}[，,]?[^。；，,]{0,4}(?<!不)(可以|能够|是)?\s*(?<!不)(?<!无法)信任",
         # a leased line of one's own: "机房之间是我们自己的专线"
         r"(自己|自有|自建)的?\s*专线"),
    # nodes on two VLANs by number, routed between them: "workers on VLAN 110 ... those VMs live on VLAN 120 (routed by the core)"
    rule("cross_subnet", True, r"\bvlan\s*(?P<vid>\d{1,4})\b(?:(?!\bvlan\b)[^\n]){0,200}?\bvlan\s*(?!(?P=vid)\b)\d{1,4}\b",
         context=r"\brout(ed|es|ing|er|ers)\b|\b(l3|layer[\s-]?3)\b|三层|路由", negatable=False),
)
