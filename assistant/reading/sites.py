"""Sites that reach each other over networks the writer does not run: an ISP's NAT, a site-to-site link
(had or refused), each site with a segment of its own. And devices that share a LAN where the nodes are not told to."""

from __future__ import annotations

from assistant.reading.spans import rule

# "the receipt printer and the music player sit on the same store LAN": the devices beside a node, not the nodes
OTHER_DEVICES = (r"\b(printers?|cameras?|cctv|tills?|pos (terminals?|systems?)|(music|media) players?|phones?|tvs?|iot devices?|plcs?|"
                 r"scanners?|access points?|guest wi-?fi|kiosks?|displays?|signage)\b[^.;!?]{0,60}\b(same|one|a single)\b|"
                 r"(打印机|摄像头|收银机|收款机|音箱|电视|门禁|扫码枪|工控屏)[^。；！？]{0,30}同一")
# an L3 switch routing several subnets is no shared segment: "挂在同一台三层交换机下面，分了两个网段"
ROUTED_SWITCH = r"三层交换机[^。；！？]{0,20}(两|三|四|五|多|几|不同|\d+)\s*个?\s*(网段|子网|vlan|VLAN)"
# one subnet inside each place is no single subnet for the cluster: "跨三个机房…机房内是同一个网段", "one /24 per rack"
PER_PLACE = (r"(机房|楼|站点|园区|厂区|门店|机柜|机架)\s*(内|里|内部)\s*(是|都是|都在|在)?\s*(同一|一)个?\s*(网段|子网|vlan|VLAN)|"
             r"\b(within|inside|in) each (site|rack|room|dc|data ?cent(er|re)|building|location|zone)\b")
# a node's second NIC on another network is no second place: "the workers have a second NIC in a different subnet for the SAN"
NIC_NETS = (r"\b(nics?|interfaces?|network cards?|ports?|eth\d|en[opsx]\w+)\b (is |are )?(in|on) (a |an )?(different|separate|another|other|dedicated) "
            r"(subnet|vlan|network|segment)\b|(网卡|网口)[^。；！？]{0,6}(在|接)[^。；！？]{0,4}(另一个|不同的?|单独的?)\s*(网段|子网|vlan|VLAN)")
# behind an ISP's or a home connection's NAT: the node reaches the others over the internet
_ISP_NAT = (r"\bbehind (the |a |an |each |their |its |our |every |whatever )?((local|store'?s?|office|site) )?(isp|dsl|cable|consumer|residential|"
            r"home|4g|lte|5g|carrier|provider)('s)?( [\w-]+)?( router| modem| gateway| box)?('s)? nat\b|"
            # "通过 5G CPE 上网（CPE 做 NAT）", "4G 路由器做了 NAT", "each box sits behind a 5G CPE doing NAT"
            r"\b(cpe|4g|lte|5g|dsl|cable|home) (routers?|modems?|gateways?|boxe?s?)?\s*(doing|does|with|performs?) nat\b|"
            r"(CPE|cpe|4G|5G|LTE|光猫|路由器|运营商)[^。；！？，,]{0,8}(做|做了|有|进行|带)\s*(了)?\s*(NAT|nat|地址转换)")

# behind a NAT of their own while another part of the cluster is in a cloud: "master on GCE and minions locally behind a NAT",
# "HomeLab worker ... Cloud master ... 两端的主机都位于NAT后"
_NAT_TO_CLOUD = (r"\bbehind ((a|an|the|their|our|my) )?(home |local |office |router'?s? )?nat\b", r"(位于|在|处于)\s*(nat|NAT)\s*(后|后面|之后)")
_CLOUD_PART = r"\b(gce|gcp|aws|ec2|azure|cloud|vps|hetzner|digitalocean|linode|vultr|(on|in) (the )?public internet)\b|云"

_REGION = r"\b(us|eu|ap|ca|sa|me|af|asia|europe|australia|northamerica|southamerica)-[a-z]+(-\d|\d)\b"

SITES = (
    rule("cross_subnet", True, *_NAT_TO_CLOUD, context=_CLOUD_PART, negatable=False),
    rule("untrusted_network", True, *_NAT_TO_CLOUD, context=_CLOUD_PART, negatable=False),
    rule("cross_subnet", True, _ISP_NAT,
         # a site-to-site link, had or refused ("there is no site-to-site VPN"), says the sites are apart
         r"\bsite[\s-]to[\s-]site\b",
         # a node that joins from elsewhere through an overlay VPN: "a cheap VPS in Frankfurt that joins over Tailscale"
         r"\b(joins?|joined|joining|connects?|connected) (the cluster |in )?(over|via|through) (tailscale|zerotier|netbird|headscale|nebula|"
         r"a vpn|the (public )?internet)\b", r"(通过|走|用)\s*(tailscale|zerotier|netbird|headscale|nebula|公网)\s*(加入|接入|连进|组网)",
         r"(每个|每|各个?)\s*[\u4e00-\u9fff]{0,3}\s*(都)?\s*(是|有|用|使用)\s*(一个)?\s*(独立|单独|各自|自己)\s*的?\s*(网段|子网|vlan|VLAN)",
         # its "不" is the point: "每个院区机房放几台节点，网段各不相同", "Windows 节点和 Linux 节点不在一个网段"
         r"(?<![dD器]\s)(?<![dD器])(网段|子网)\s*(各|都|也)?\s*(不相同|不同|不一样)", r"(节点|机器|服务器)\s*不在\s*一个\s*(网段|子网)",
         # "两栋厂房，各自一个 VLAN/网段", "两个机房分别是不同的子网"
         r"(各自|分别)\s*(是|有|用|在|属于)?\s*(一个|独立的?|自己的?|不同的?)\s*(vlan|VLAN|网段|子网)",
         r"\b(each|every) (store|site|branch|shop|office|location|station|plant|school|ship)\b[^.;!?]{0,20}\b(has|is on|gets|uses) (its|their) own "
         r"(subnet|vlan|lan|network|segment)\b",
         # "VMs on two Hyper-V clusters, one subnet per Hyper-V cluster"
         r"\b(one|a|its own|a separate|a different) (subnet|vlan|segment|/\d\d) (per|for each|in each) ([\w-]+\s){0,2}(clusters?|racks?|sites?|rooms?|"
         r"buildings?|hosts?|datacent(er|re)s?|dcs?|zones?|halls?|floors?)\b",
         # part of the nodes moved to a place with its own routed subnet: "hall B, which is its own routed /24"
         r"\b(hall|rack|room|site|building|dc|data ?cent(er|re)|floor|zone|az|cage|pod|campus)\b[^.;!?]{0,40}\b(its|their) own (routed |separate )?"
         r"(/\d\d|subnets?|vlans?|segments?|l3 (segment|network)s?)\b",
         # a BGP design with an AS of its own per rack: each rack is routed, "an AS-per-rack topology, nodes peering with the ToR"
         r"\b(as|asn)[\s-]per[\s-]rack\b", r"\b(an? |its own |one |separate )(as|asn|as number) (per|for each|in each) rack\b",
         # two cloud regions by their codes: "worker subnets in us-central1 and us-east1", "eu-west-1 and eu-central-1"
         rf"{_REGION}[^.;!?]{{0,25}}\b(and|&|plus)\s+(\w+\s+)?{_REGION}", negatable=False),
    rule("untrusted_network", True, _ISP_NAT, negatable=False),
    # "all nodes using wlan0 to connect to the local LAN"
    rule("l2_adjacent", True, r"\b(all|the|our|my) (\w+ )?(nodes|machines|servers|pis|hosts|vms|boxes)\b[^.;!?]{0,40}\b(connect\w*|sit|sitting|are|live) "
         r"(to|on|in) (the |our |a |one )?(same |local |home )(lan|network|wi-?fi)\b(?! (and|plus|or)\b)", negatable=False),
    # "worker nodes across 3 different l2 network segments"
    rule("l2_adjacent", False, r"\b(different|separate|multiple|several|\d|two|three) (different )?(l2|layer[\s-]?2)( network)? (segments|domains|networks)\b",
         negatable=False),
    # a cluster per site, each on its switch: "~60 school-site clusters, one dumb switch per site"
    rule("l2_adjacent", True, r"\b(one|a single|a) ((dumb|unmanaged|cheap|small|simple|flat) )?(switch|lan) (per|in each|at each|for each) "
         r"(site|store|school|office|branch|location|cluster)\b", negatable=False),
)
