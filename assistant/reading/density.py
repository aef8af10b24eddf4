"""Many pods per node, or pod addresses running out, in English and Chinese: the need that decides
between plugins that give pods addresses of the cloud network and those that do not. Stronger still,
the network's addresses reserved from pods (`network_ips_reserved`): no room to grow, or a rule."""

from __future__ import annotations

import re

from assistant.reading.spans import Hit, Rule
from assistant.reading.spans import rule as _r

_IP_SHORT = r"(ip'?s|ip(v4)? address(es)?|ip addrs?|(ipv4 )?addresses)"

DENSITY: tuple[Rule, ...] = (
    # Running out of addresses is a fact, not a wish: "no available IPs" is not a negation of it.
    _r("pod_density", True, rf"\b(run(ning)?|ran) out of (pod |free |vnet |vpc |subnet )?{_IP_SHORT}\b", r"\bip(v4)? (address )?exhaustion\b",
          r"\bexhaust\w* (the )?(pod |vpc |subnet )?ip\b", rf"\b(not enough|too few|no more|insufficient|no) (free |available )?(pod )?{_IP_SHORT}\b",
          # Azure's error when the node subnet is too small: "Pre-allocated IPs 310 exceeds IPs available in Subnet 251"
          r"\bexceeds? (the )?ips? available in (the )?subnet\b",
          # "the instance size has no more IP"
          r"\b(no more|not enough|insufficient) (free |available )?(pod )?ip\b(?!\s*(address|range|block|pool|family|v\d|forward))",
          # not a setting left at or below the kubelet default: "maxPods: 110"
          # (nor `kubectl get hpa`'s column: "MINPODS   MAXPODS   REPLICAS")
          r"\bmax[\s-]?pods\b(?!\W{1,3}(\d{1,2}|10\d|110)\b)(?!\s+replicas\b)", r"\bpod density\b", r"\b(many|hundreds of|lots of) pods per node\b",
          r"\b(run|fit|schedule|pack) (many|lots of|hundreds of|more) (small )?pods on (it|them|each node|one node|a node|the node)\b",
          r"\b(run|fit|schedule|pack) (many|lots of|hundreds of|more) (small )?pods( with [\w ]{1,30}?)? (on|per) "
          r"(each |one |a |every |the )?(node|instance)\b",
          r"\bENABLE_PREFIX_DELEGATION\b", r"\bonly \d+ pods? (got|get|gets|received|have|has) (an? )?ips?\b",
          r"\bnot enough ?ip ?address\w*", r"\bnot enough ips?\b(?![\w-])",
          r"\bip addresses (assigned|allocated|available) to (a|the|each|one) node (are|is) (exhausted|used up|depleted)\b",
          r"\bfree ips?\s*[:=]\s*0\b", r"\b(0|zero) (free|available) ips?\b",
          rf"\b{_IP_SHORT} (are |is )?(already |almost |nearly |quickly |fast )?(running out|exhausted|depleted)\b", r"\bip (is |are )?(exhausted|depleted)\b",
          r"\bmaximum (amount|number) of (given |available )?ips?\b", r"\b\d+ pods? (on|per) (the same |a |one |each )?node\b",
          r"\b(pack|run|fit|schedule)\w*\s+(~|about |around |roughly )?\d{2,3}\s+(\w+\s+)?pods (per|on each|on every|on a) node\b",
          r"\bpods?[\s-]limit(s|ation)?\b", r"\bpods?[\s-]per[\s-](node|instance|vm)[\s-](limit|cap|ceiling|maximum)s?\b",
          r"\blimit(s|ed)? (of|on|to) \d+ pods\b", r"\bip limit(s|ations?)?\b", r"\bip (address(es)? )?limits?\b",
          r"\bmore pods per (node|instance)\b", r"\bip prefix(es)?\b", r"\bpods?[\s-]per[\s-](node|instance)[\s-]density\b",
          # the kubelet's pod limit raised far past its default: "Kubelet limit is set to 1000 per node"
          r"\bkubelet\b[^.;!?]{0,20}\blimit\b[^.;!?]{0,15}\b([2-9]\d\d|\d{4})\b",
          r"\bno more (network interfaces|enis)\b", r"\b(out of|run out of|ran out of|running out of) (network interfaces|enis)\b",
          # "restrictions on the number of pods for an instance type", "the limit of 50 on an m4.xlarge"
          r"\bnumber of pods (per|for an?|on an?|on each) (node|instance|vm)( type)?\b",
          r"\blimit of \d+ (pods )?(on|per|for) (an? |each )?([a-z]\d[a-z]*\.\w+|node|instance)\b",
          r"ip\s*(地址)?.{0,3}(不够|不足|耗尽|用完|紧张)", r"(地址|ip)\s*耗尽", r"pod\s*密度",
          r"(地址|ip|IP)[^。；！？，,]{0,6}(快|已经|基本)?\s*(见底|告急|不够用)",
          r"pod\s*(数量)?上限",
          r"每(个|台)\s*(节点|机器|服务器|实例|主机|ECS|ecs)?[^。；！？]{0,8}(跑|运行|部署|放|有)\s*(约|大约|差不多)?\s*([1-9]\d{2}|[5-9]\d)\s*(多|余)?"
          r"(\s*[~～\-–到至]\s*\d{2,3})?\s*个?\s*(左右|上下)?\s*(小)?\s*的?\s*(pod|Pod|POD|容器)",
          # "each node must run 60-80 small pods"
          r"\b(each|every|per|one|a single) (node|server|machine|instance|vm)\b[^.;!?]{0,20}\b(run|host|fit|hold|schedule|carry)\w*\s+"
          r"(~|about |around |roughly |up to )?[5-9]\d{1,2}([\s-]*(-|to|–)\s*\d{2,3})?\s+(\w+\s+)?pods\b",
          # one node's load: "AI 推理那几台节点希望一台跑 300+ 个小 pod", "单节点要起 200 多个 Pod"
          # the machine may be named by its instance type: "一台 ecs.g7.8xlarge 上要跑 100 多个 Pod"
          r"(一台|单台|单个节点|单节点|一个节点)(\s*[A-Za-z][\w.-]*\s*)?[^。；！？]{0,8}(跑|运行|部署|放|起|有|承载)\s*(约|大约|差不多|上)?\s*([1-9]\d{2}|[5-9]\d)\s*\+?\s*(多|余)?\s*个?"
          r"\s*(小)?\s*的?\s*(pod|Pod|POD|容器)",
          r"每\s*节点[^。；！？]{0,8}(跑|运行|部署|放|有)\s*([1-9]\d{2}|[5-9]\d)\s*(多|余)?\s*个?\s*(pod|Pod|POD|容器)",
          r"\b(run|running|runs|fit|fitting|schedul\w*|pack\w*) (many|lots of|hundreds of|more) (small )?pods on "
          r"(a|one|each|the) ([\w-]+ )?node\b", r"(分配|拿|获取|申请|分)不到\s*(ip|IP|地址)",
          # a node that holds only a few pods: "一台节点只能跑两三个业务 Pod", "each node only fits 4 pods"
          r"(只能|只可以|最多只能|仅能)\s*(跑|运行|部署|起|放|调度|挂)\s*[\d一二两三四五六七八九十几]+\s*个?\s*[\u4e00-\u9fff]{0,4}\s*(pod|容器)",
          r"\b(only|just) (fits?|runs?|holds?|hosts?|schedules?|gets?|takes?|supports?) (about |around |up to )?(\d+|two|three|four|five|a few|"
          r"a handful of) pods\b",
          # "almost out of addresses", ipamd's "failed to assign an IP address", "IP 都被占满了", "IP 快用光了"
          rf"\b(nearly|almost|is|are|getting|mostly|completely) out of (free |available |pod )*{_IP_SHORT}\b",
          r"\bfail(ed|s|ing)? to (assign|allocate) (an? )?(pod )?ip\b",
          # the VPC CNI out of interfaces or addresses: ipamd's own words
          r"\battachmentlimitexceeded\b", r"\bfailed to increase pool size\b", r"\b\d+ pods? per (instance|vm|ec2 instance)\b",
          r"\b(not enough|no more|insufficient|no spare|running out of|ran out of|out of) (free |spare |private )?(ip |address |ipv4 )?(address )?space\b",
          # many pods per node, said with a number: "some nodes will run 100+ pods", "each node hosts ~150 pods"
          r"\bnodes?\b[^.;!?]{0,25}\b(run|runs|running|host|hosts|hold|holds|fit|fits|carry|carries)\s+(about |around |~|over |more than )?"
          r"([5-9]\d|[1-9]\d{2,3})\+?\s+pods\b",
          r"(ip|IP|地址)[^。；，,]{0,6}(占满|用光|用尽|分配完|不够用)",
          r"(ip|IP|地址)[^。；！？]{0,20}(经常|总是|老是|常常)\s*(不够用|不够|不足)", r"(ip|IP|地址)[^。；，,]{0,8}(吃光|吃完|耗光)",
          r"(pod|Pod|POD)\s*(数|数量|密度)\s*(也|都)?\s*(上不去|上不来|起不来|受限|被限制|被[^。；！？，,]{0,20}(卡死|卡住|限制住?))",
          # "想一台机器塞 100 个以上的小 pod", "每个节点要跑两百个 Pod"
          r"(一台|单台|每台|单个?节点|每个?节点)[^。；！？，,]{0,8}(塞|跑|放|部署|运行|起)\s*([1-9]\d{2,}|上百|几百|两百|二百|三百)\s*(个|多个)?\s*(以上)?\s*的?"
          r"[^。；！？，,]{0,4}(pod|Pod|POD|容器)",
          # the network's own address space is the limit: "the subnets are almost full", "eats the whole subnet"
          r"\b(subnets?|vpc|vnet|cidrs?|address space)\b (is |are )?(almost |nearly |already |completely |pretty much )?(full|exhausted|used up)\b",
          # "we're burning through the VPC: the subnets sit at ~90% used"
          r"\bburning (through|up) (the |our )?(vpc|vnet|subnets?|ips|ip addresses|addresses|address space)\b",
          r"\b(subnets?|vpc|vnet|cidrs?)\b[^.;:!?]{0,15}\b(sit|sits|are|is|at|running)\s+(at\s+)?(~|about |around )?[6-9]\d\s*%\s*"
          r"(used|full|utili[sz]ed|allocated)\b",
          # "we're at ~85% of IPs used"
          r"\b(at|around|about)\s+(~|about |around )?[6-9]\d\s*%\s*(of\s+)?(the\s+|our\s+)?(ips?|ip addresses|addresses|address space)\s+"
          r"(used|in use|allocated|consumed|taken)\b",
          # "the /22 subnet for nodes and pods is full", "a subnet-is-full error"
          r"\bsubnets?\b[^.;:!?]{0,30}\b(is|are) (almost |nearly |already |completely )?(full|exhausted)\b", r"\bsubnet[\s-]is[\s-]full\b",
          r"\b(eats?|consumes?|burns?|uses? up|exhausts?) (up )?(the |our )?(whole |entire |all (of )?the )?(subnet|vnet|vpc|address space)s?\b",
          r"(子网|网段|交换机|vpc|VPC|vnet|VNet|VNET)\s*(的)?\s*(地址|ip|IP)?\s*(快|已经|基本)?\s*(满了|用完|不够|耗尽)",
          r"\b(ip|ipv4|address|addressing|cidr)\s*(space|range|pool|block)s?\b (is |are )?(nearly |almost |already |pretty much |all but )?"
          r"(gone|exhausted|full|used up|depleted|running out)\b",
          # addresses that are scarce rather than gone: "address space is tight", "we can't get more IPs"
          r"\b(ip|ipv4|address|addressing)( address)? (space|range|pool|block)s? (is |are )?(very |quite |really |pretty |extremely |super )?"
          r"(tight|limited|scarce|constrained|precious|small)\b",
          r"\b(limited|scarce|tight|constrained|small) (private |vnet |vpc )?(ip |ipv4 )?(address )?(space|ranges?|pools?)\b",
          r"\b(can'?t|cannot|can not|won'?t be able to|unable to|not allowed to) (get|obtain|request|have|allocate|be given) (any )?more "
          r"(ip |ipv4 |private )?(address(es)?|ips|ip addresses|address space|cidrs?|ranges?)\b",
          r"(地址|ip|IP|网段)\s*(空间|资源)?\s*(很|非常|比较)?\s*(紧张|有限|稀缺|宝贵)",
          r"(地址段|网段|地址池|子网池|ip ?池|IP ?池|IP ?Pool|IP ?pool|地址|ip|IP)\s*(快|已经|基本)?\s*(要)?\s*(用完|用光|耗尽|不够用?|不足)",
          r"(申请|要)不到\s*(更多的?)?\s*(ip|IP|地址|网段)",
          # a small block handed out: "IPAM only gave us a /20 for the AKS spoke", "网络组只给了一个 /22"
          r"\bonly (gave|gives|give|got|get|have|has|had|allocated|assigned|granted)( us| me| the cluster)? (an? |one )?/(1[6-9]|2\d)\b",
          # the giver named before: "the network team gave the new cluster's spoke only a /22"
          r"\b(gave|gives|given|allocated|assigned|granted)\b[^.;!?]{0,50}\bonly (an? |one )?/(1[6-9]|2\d)\b",
          # the network's addresses kept from pods: "we can't hand out VPC addresses to every pod"
          r"\b(can'?t|cannot|unable to|not able to|won'?t|don'?t want to)\b[^.;]{0,15}\b(hand out|give|spare|allocate|assign|burn)\b[^.;]{0,15}"
          r"\b(vpc|vnet|subnet|network) (addresses|ips|ip addresses)\b",
          # a few addresses for everything, or a range that cannot grow: "only ~254 addresses per subnet", "a /24 that won't grow"
          r"\bonly (about |around |roughly |~)?\d{2,4} (usable |free |available |spare )?(ip |ipv4 )?addresses\b",
          r"(\b(subnets?|cidrs?|ranges?|vpc|vnet)\b|/\d\d\b)[^.;!?]{0,50}"
          r"\b(won'?t|will not|can'?t|cannot|never) (grow|be (grown|extended|expanded|enlarged|widened))\b",
          # a block given by its prefix: "our /22 for pods is basically gone"
          r"/(1[6-9]|2\d)\b[^.;!?]{0,20}\b(is|are) (basically |nearly |almost |already |pretty much |all but )?(gone|exhausted|full|used up)\b",
          # a planned load per node: "60 nodes with up to 110 pods each"
          r"\b(up to |about |around |~)?([5-9]\d|[1-9]\d{2}) pods (each|apiece|per (node|vm|instance))\b",
          r"只(给|分配|分|批|剩|有)(下)?了?\s*(我们)?\s*(一个|1个)?\s*/(1[6-9]|2\d)(?!\d)",
          # pods expected in the thousands: "后面 Pod 数量可能上几千"
          r"(pod|Pod|POD|容器)\s*(数量|数)[^。；！？]{0,8}(上千|几千|上万|数千|成千上万)",
          negatable=False),
)

# Stronger than running short: the network's addresses may not go to pods at all. Running out on EKS is fixed
# inside the VPC CNI (prefix delegation, a secondary CIDR); "pods must not consume VPC addresses" is not.
_NET_IPS = r"(vpc|vnet|subnet|node[\s-]subnet|cloud[\s-]network|underlay)\s+(ips?|ip addresses|addresses|address space)"
RESERVED: tuple[Rule, ...] = (
    _r("network_ips_reserved", True,
       rf"\bpods?\b[^.;!?]{{0,30}}\b((must|should|can|may|shall)\s*(not|n'?t|never)|can'?t|cannot|(are|is)\s*(not|n'?t)\s+(allowed|permitted)\s+to|(are|is)\s+forbidden\s+to)"
       rf"\s+(consume|take|use|burn|eat|draw|get|occupy|have|receive|be given)\b[^.;!?]{{0,20}}\b({_NET_IPS}|(ips?|ip addresses|addresses) (from|in|of) "
       r"(it|them|the (vpc|vnet|subnets?)|that (range|network)))",
       # a rule stated as a fact: "the network team was very clear: pods do NOT get VPC addresses, full stop"
       # (not a symptom: "pods don't get VPC addresses since the upgrade" has no one laying down the rule)
       rf"(?<!other )\b(teams?|folks|people|security|networking|policy|rule|clear|insist\w*|decided|mandated?|firm)\b[^.;!?]{{0,40}}\bpods?\s+"
       rf"(do|does|will|shall)\s*(not|n'?t)\s+(get|receive|use|take|consume|draw)\s+(any\s+)?{_NET_IPS}",
       # "the VPC is a /22 that networking refuses to expand"
       r"\b(vpc|vnet|subnet|cidr)\b[^.;!?]{0,30}\b(refus\w+ to|won'?t|will not|can'?t|cannot)\s+(be\s+)?(expand|grow|enlarg|extend)\w*",
       r"\b(anything|any (cni|plugin|option|mode|design))\b[^.;!?]{0,25}\b(burns?|consumes?|takes?|uses?|eats?|needs?)\s+(an? |one )?"
       r"(vpc|vnet|subnet|cloud[\s-]network)\s+(ip|address)\s+(per|for (each|every)) pod\b[^.;!?]{0,15}\b(is |are )?(out|a no-?go|not an option|"
       r"excluded|ruled out|off the table)\b",
       rf"\bwithout (consuming|burning|using|taking|eating)\b[^.;!?]{{0,12}}\b{_NET_IPS}\b",
       rf"\bpods?\b[^.;!?]{{0,20}}\b(have|has|need|needs|must|got) to stop (consuming|burning|using|taking|eating|drawing)\b[^.;!?]{{0,12}}\b{_NET_IPS}\b",
       r"\b(said no|says no|refus\w+|(won'?t|will not|would not|wouldn'?t) (give|grant|allocate|approve|hand out|hand over|provide|assign|carve out))\b"
       r"[^.;!?]{0,20}"
       r"\b(more|additional|extra|bigger|larger|secondary)\s+"
       r"(vpc |vnet |ip |ipv4 |private )?(address space|ip space|space|cidrs?|ip ranges?|address ranges?|ranges|subnets?)\b",
       # "we want pods on their own address space, not VPC IPs"
       r"\bpods?\b[^.;!?]{0,30}\b(own|separate|private|overlay|non-routable)\s+(address space|ip space|ip range|range|cidr|network)\b[^.;!?]{0,12}"
       r"\b(not|instead of|rather than)\s+(the\s+)?(vpc|vnet|subnet)\s+(ips?|addresses)\b",
       # "what setup gets pods off the VPC address space?"; "VNet 地址空间也扩不了"
       r"\bpods? off (the |our )?(vpc|vnet|subnet)\b",
       # "the network team has said flat out no more RFC1918 space for us, not even a secondary CIDR"
       r"\bno more (rfc ?1918|private|vpc|vnet|ipv4|ip|address) (address )?(space|addresses|ranges?|cidrs?|blocks?)\b",
       r"\bnot even (a|one) (secondary|additional|extra) (vpc |vnet )?cidrs?\b",
       # "no VPC addresses, not even from a secondary CIDR, may be handed to pods"
       r"\bno (vpc|vnet|subnet|node[\s-]network) (ip )?addresses\b[^.;!?]{0,50}\b(may|can|must|should|are to|will|shall) (ever )?(be )?"
       r"(handed|given|assigned|allocated|used)\b[^.;!?]{0,12}\bpods?\b",
       r"(vpc|VPC|vnet|VNet|子网|网段|地址空间)[^。；！？]{0,8}(扩不了|无法扩|不能扩|没法扩|扩展不了|不给扩|不允许扩)",
       # "肯定不能再让 Pod 去占门店网段的地址", "不想让 Pod 占用子网 IP"
       r"(不能|不允许|不可以|不让|禁止|不想|不希望)\s*(再)?\s*(让)?\s*(pod|Pod|POD|容器)\s*(去|再)?\s*(占|占用|拿|用|消耗|吃)[^。；！？，,]{0,10}"
       r"(网段|子网|vpc|VPC|vnet|VNet|交换机)\s*(的)?\s*(地址|ip|IP)",
       # "网络部明确说不能再拿 VNet 地址给 Pod"
       r"(不能|不允许|不可以|不让|禁止)\s*(再)?\s*(拿|用|给|分配|占用)\s*(vpc|VPC|vnet|VNet|子网|节点网段)\s*(的)?\s*(地址|ip|IP)\s*(给|分配给)\s*(pod|Pod)",
       # "the network team flatly refuses to give pods addresses from it", "no secondary CIDR either"
       r"\b(refus\w*|won'?t|will not|not allowed to|can'?t|cannot|declin\w*)\b[^.;!?]{0,15}\b(give|hand out|allocate|assign|spare)\b[^.;!?]{0,10}"
       r"\bpods?\b[^.;!?]{0,15}\b(ip )?addresses\b", r"\bno (secondary|additional|extra) (vpc |vnet )?cidrs?\b",
       r"\b(won'?t|will not|refus\w*|can'?t|cannot|not allowed to)\s+(give|grant|allocate|add)\s+(us\s+)?(any\s+)?(secondary|additional|extra|more)\s+"
       r"(vpc\s+|vnet\s+)?cidrs?\b",
       r"\b(refus\w*|won'?t|will not|not allowed to|can'?t|cannot|declin\w*)\b[^.;!?]{0,10}\b(give|hand|allocate|assign|spare)\w*\b"
       r"[^.;!?]{0,25}\bto (the )?pods\b",
       # "we are explicitly not allowed to put pod addresses into the VPC"
       r"\b(not allowed|not permitted|must not|mustn'?t|may not|forbidden|prohibited|won'?t let us)\b[^.;!?]{0,15}\b(put|place|assign|allocate|use|"
       r"take|give)\b[^.;!?]{0,6}\bpod (ips?|ip addresses|addresses)\b[^.;!?]{0,8}\b(in|into|from|inside|within|on)\s+(the |our )?(vpc|vnet|subnets?)\b",
       # "the security architects explicitly forbid pod IPs inside the VNet"
       r"\b(forbid|forbids|forbidden|prohibit\w*|ban\w*|disallow\w*|not allowed)\b[^.;!?]{0,12}\bpod ips?\b[^.;!?]{0,6}\b(in|inside|within|from)\s+"
       r"(the |our )?(vnet|vpc|subnet|node subnet)\b",
       # "pod IPs must NOT come out of the VNet address space"
       r"\bpod (ips?|ip addresses|addresses)\b[^.;!?]{0,10}\b(must|should|can|may)\s*(not|n'?t)\s+"
       r"(come|be taken|be allocated|be drawn|be carved)\s+(out of|from)\b"
       r"[^.;!?]{0,20}\b(vnet|vpc|subnet|node subnet|network)\b",
       # the network cannot grow: "except the one where I need to increase the subnet size because is not possible"
       r"\b(increas\w*|expand\w*|grow\w*|enlarg\w*|extend\w*) (the |our )?(subnet|vpc|vnet|cidr)s?( size| range)?\b[^.;!?]{0,30}"
       r"\b(is |isn'?t |is not )?(not possible|impossible|not an option|not allowed)\b",
       # pods moved off it: "so we don't have to worry about IP space", "switch to overlay where only the nodes need IPs from the subnet"
       r"\b(don'?t|do not|never|no longer) (have to |need to )?worry about (the )?(ip|address|ip address) space\b",
       r"\bonly (the )?nodes (need|get|take|use|consume)s? (i\.?ps?|ip addresses|addresses)( from the (subnet|vnet|vpc))?\b",
       r"\b(allow\w*|us(e|ing)|give\w*|with) (pods )?(a |an )?(different|separate|own) (pod )?(ip |ipv4 )?address space\b",
       r"(pod|容器)[^。；！？]{0,10}(不能|不可以|不允许|不要|别|不得|不应)\s*(再)?\s*(占用|消耗|使用|用|占)\s*[^。；！？]{0,8}"
       r"(vpc|vnet|vswitch|交换机|子网|节点网段|物理网段)\s*(里|中|内|里面)?\s*的?\s*(ip|地址)",
       r"(vpc|vnet|子网|网段|交换机)\s*的?\s*(地址|ip)?[^。；！？]{0,12}(不能|无法|没法|不允许|不会)\s*(再)?\s*(扩|扩容|扩大|增加|加|申请)",
       # refused outright: "said no to adding a secondary CIDR or giving pods VPC addresses", "won't hand out any VNet address space for pods"
       r"\b(said no|says no|refus\w+|won'?t|will not|not allowed)\b[^.;!?]{0,40}\b(giv\w+|hand\w*|allocat\w+|assign\w*)\s+(the\s+)?pods\s+"
       r"(\w+\s+)?(vpc|vnet|subnet|network)\s+(ip\s+)?addresses\b",
       r"\b(said no|says no|refus\w+|won'?t|will not)\b[^.;!?]{0,20}\b(add\w*|allocat\w+)\s+(an?\s+|the\s+|any\s+)?"
       r"(secondary|additional|extra|new|another|more)\s+"
       r"(vpc\s+|vnet\s+)?cidrs?\b",
       r"\b(won'?t|will not|refus\w*|not allowed to|can'?t|cannot)\b[^.;!?]{0,10}\b(hand out|give|allocate|assign|spare)\b[^.;!?]{0,10}"
       r"\b(vpc|vnet|subnet|network) (address(es)?|ips?|ip addresses|address space|ip space)\b[^.;!?]{0,10}\b(for|to) (the )?pods\b",
       # the network that cannot grow: "VNet 10.20.0.0/22 ...; netops says it cannot grow and there are no other ranges"
       r"\b(vpc|vnet)\b[^.!?]{0,80}\b(it|which)\s+(cannot|can'?t|won'?t|will not|will never)\s+(grow|be (grown|extended|expanded|enlarged))\b",
       r"\bno other (ip |address )?(ranges|cidrs|address space)\b",
       # "giving every pod a VNet IP is not going to happen"
       r"\bgiv(e|ing) (every|each|all( the)?) pods? (a |an |its own |their own )?(vnet|vpc|subnet|network) (ips?|address(es)?)\b[^.;!?]{0,12}"
       r"\b(is|are) (not going to happen|not an option|out of the question|impossible|a no-?go|off the table)\b",
       # "We can't get any additional VPC CIDR approved this quarter"
       r"\b(can'?t|cannot|won'?t|will not|unable to) get (any |an? )?(additional|extra|more|new|another|secondary) (vpc |vnet )?cidrs? approved\b",
       # no room for pods' own range in it: "we can't carve out a dedicated pod subnet"
       r"\b(can'?t|cannot|unable to|no way to|not able to)\s+(carve|get|allocate|create|spare)\s+(out\s+)?(a |an |any )?(dedicated |separate )?"
       r"pod subnets?\b",
       # a rule naming who gets addresses: "pods get no VPC addresses at all, nodes only", "pod 不分配 VPC 地址，只有节点有"
       r"\bpods? (get|gets|receive|have|may have|are given)\s+no\s+(vpc|vnet|subnet|underlay|routable)\s+(ips?|ip addresses|addresses)\b",
       r"(pod|容器)\s*(不分配|不给|拿不到|没有|不占)\s*(任何)?\s*(vpc|vnet|子网|交换机)\s*的?\s*(ip|地址)",
       # the giving forbidden, pods named after: "不允许再给 Pod 分配 VPC 地址", "VPC 地址不能再分给 pod"
       r"(不能|不可以|不允许|不准|禁止|不得)\s*(再)?\s*(给|为)\s*(pod|容器)\s*(分配|分|使用)\s*(vpc|vnet|vswitch|交换机|子网|节点网段)\s*的?\s*(ip|地址)",
       # "pod 不许占 VPC 网段", "VPC 的地址只给 EC2 和 RDS 用"
       r"(pod|容器)\s*(不许|不能|不允许|不准|不得|禁止)\s*(占|占用|使用|用)\s*(vpc|vnet|vswitch|子网|节点网段|机房|办公网|数据中心|物理网络)\s*(的)?\s*(网段|地址段?|ip)",
       r"(vpc|vnet|子网)\s*的?\s*(地址|ip|网段)\s*只(给|留给|供)[^。；！？]{0,15}(用|使用)",
       # "机房地址不能再分给 pod，pod 必须用独立的地址段"
       r"(机房|数据中心|办公网|内网|节点网段|物理网络?)\s*的?\s*(地址|ip|IP|网段)\s*(不能|不可以|不允许|不准|不得)\s*(再)?\s*(分给|分配给|给|用于|留给)\s*(pod|容器)",
       r"(pod|容器)\s*(必须|得|要|只能)\s*(用|使用|走)\s*(独立|单独|自己)的?\s*(地址段|网段|ip\s*段|IP\s*段|地址池|cidr|CIDR)",
       r"(vpc|vnet|vswitch|交换机|子网|节点网段)\s*的?\s*(ip|地址)\s*(不能|不可以|不允许|不准|不得)\s*(再)?\s*(分给|分配给|给|用于|留给)\s*(pod|容器)",
       negatable=False),
)



# A block too small for the pods planned in it: "a /23 shared with an App Gateway ... ~3,000 pods across 40 nodes".
_BLOCK = re.compile(r"(?<![\d.])(?:(?:\d{1,3}\.){3}\d{1,3})?/(?P<bits>1[6-9]|2[0-8])(?!\d)")
_POD_BLOCK = re.compile(r"(pod|cluster|service|container|overlay|docker|bridge)[\s_-]*(cidrs?|ranges?|subnets?|networks?|ips?|address(es)?|pool)?"
                        r"[^.;!?,，。；]{0,12}$|(pod|容器|service|服务)\s*(网段|地址段|cidr|CIDR)[^。；，,]{0,8}$", re.I)
_PODS = re.compile(r"(?<![\d.,/])(?P<n>\d{1,3}(?:,\d{3})+|\d{3,6})\s*\+?\s*(?:个\s*)?(?:(?:small|running|app|application|business|业务)\s*)?"
                   r"(?:pods\b|Pod|pod)(?!\s*(per|a|on each|each|/)\s*(node|vm|instance|host|节点))(?![^。；，,]{0,4}每)", re.I)
# a block handed to each node (an IPAM block, a node's pod range) is no network for the cluster: "Calico gives each node a /26"
_NODE_BLOCK = re.compile(r"\b(blocks?|per[\s-]node|each node|every node|node gets|nodes get)\b[^.;!?]{0,20}$|每(个|台)?节点[^。；，,]{0,10}$", re.I)
_NODE_BLOCK_AFTER = re.compile(r"^[^.;!?,，。；]{0,25}\b(for (the )?pods|per node|to each node|for each node|blocks?)\b", re.I)


def outgrown(text: str) -> list[Hit]:
    """The network's block with fewer addresses than the pods planned: pods cannot take addresses of it (a block named as the
    pods' own, a Service or a Docker range, is no such network)."""
    pods = [int(m.group("n").replace(",", "")) for m in _PODS.finditer(text)]
    for m in _BLOCK.finditer(text):
        if _POD_BLOCK.search(text[max(0, m.start() - 40):m.start()]) or _NODE_BLOCK.search(text[max(0, m.start() - 40):m.start()]) \
                or _NODE_BLOCK_AFTER.match(text[m.end():m.end() + 40]):
            continue
        if pods and max(pods) > 2 ** (32 - int(m.group("bits"))):
            return [Hit("network_ips_reserved", True, m.start(), m.end(), m.group(0))]
    return []


# Pods and the machines they run on, counted together: "run 50000 pod on all 5 instance", "10 台节点跑 3000 个 Pod"
_PODS_ON = (re.compile(r"(?<![\d.,/])(?P<p>\d{1,3}(?:,\d{3})+|\d{3,6})\s*pods?\b[^.;!?]{0,30}?\b(?:on|across|over|onto)\s+"
                       r"(?:all\s+|the\s+|our\s+|only\s+|just\s+)?(?:of\s+)?(?:the\s+)?(?P<n>\d{1,4})\s*"
                       r"(?:[\w.-]+\s+)?(?:nodes?|instances?|servers?|machines?|vms?|workers?|hosts?)\b", re.I),
            re.compile(r"(?P<n>\d{1,4})\s*(?:台|个)\s*(?:节点|机器|服务器|实例|主机|虚拟机|ECS|ecs)?[^。；！？，,]{0,8}(?:跑|运行|部署|承载|放)\s*"
                       r"(?P<p>\d{1,3}(?:,\d{3})+|\d{3,6})\s*(?:个)?\s*(?:pod|Pod|POD|容器)"))
# the kubelet's default ceiling: more pods than this per node is density whatever the plugin
_DEFAULT_MAX_PODS = 110


def crowded(text: str) -> list[Hit]:
    """More pods per node than the kubelet's default allows, told as a total over a node count."""
    for pattern in _PODS_ON:
        for m in pattern.finditer(text):
            pods, nodes = int(m.group("p").replace(",", "")), int(m.group("n"))
            if nodes and pods / nodes > _DEFAULT_MAX_PODS:
                return [Hit("pod_density", True, m.start(), m.end(), m.group(0))]
    return []
