"""How the nodes are connected: one L2 segment or not, one subnet or several (routing.py: who carries pod
routes between them, and whether the path is trusted).

Words give most of it ("nodes in two VLANs", "同一交换机下", "the routers won't peer BGP"). Two
shapes give it without the words: node addresses in different subnets, and a control plane in a
cloud whose workers sit at home, in an office or at the edge.
"""

from __future__ import annotations

from assistant.reading.addresses import ONE_HOST_SUBNETS
from assistant.reading.guards import ANTI_SPOOFING, MAC_FILTERING
from assistant.reading.routing import ROUTING
from assistant.reading.sites import NIC_NETS, OTHER_DEVICES, PER_PLACE, ROUTED_SWITCH, SITES
from assistant.reading.spans import rule

# Where nodes can be apart at L3: subnets, VLANs, racks, rooms, sites, regions, clouds, tenants.
_PLACES = (r"sub-?nets?|network segments?|segments|vlans?|racks?|port ?groups?|data[\s-]?cent(er|re)s?|dcs|regions?|zones?|availability zones|azs?|"
           r"sites?|locations?|lans|buildings?|campus(es)?|networks|cloud providers|providers|clouds|iaas( providers)?|offices|branches|"
           r"provinces|cities|vpcs|tenants?|accounts|countries|continents|rooms?|offices?|network spaces?")
_PLACES_ZH = r"网段|子网|机架|机柜|机房|数据中心|地域|区域|可用区|园区|城市|局域网|VLAN|vlan|云厂商|站点|地区|IDC|idc|VPC|vpc|租户|端口组"
_VENDORS = (r"aws|amazon|azure|gcp|google cloud|alibaba cloud|aliyun|ali ?cloud|tencent cloud|huawei cloud|baidu cloud|digitalocean|"
            r"hetzner|linode|vultr|oracle cloud|阿里云|腾讯云|百度云|华为云|京东云|天翼云|移动云|青云|ucloud")
# A place word after "different" that belongs to the pods, not the nodes ("different pod subnets").
_NOT_NODES = r"(?!pods?\b|services?\b|containers?\b|docker\b|cluster\b|overlay\b)"
# Calico's and others' mode names contain the words: "set ipipMode to CrossSubnet", "vxlan cross-subnet".
_MODE_NAME = r"(?<!ipip )(?<!vxlan )(?<!mode )(?<!to )(?<!: )(?<!=)(?<!\")"
# Sentences comparing the pod or docker network with another, or a machine outside the cluster with the nodes,
# say nothing about how the nodes reach each other: "docker 与flannel 不在同一网段", "non-cluster host and cluster hosts".
_OTHER_NETS = (r"\b(non-cluster|outside (of )?the cluster)\b|\b(docker0?|flannel|cni0|pods?|containers?)\s*(networks?|ips?|cidrs?|subnets?)?\s*"
               r"(and|&|vs\.?)\s*(the\s+)?(docker0?|flannel|cni0|pods?|containers?|hosts?|nodes?)\b|"
               r"(docker|flannel|pod|容器|cni)\s*(网络|网卡|地址|ip)?\s*(与|和|跟)\s*(docker|flannel|pod|容器|cni|宿主机)|集群外|"
               r"\bsubnets?\b[^.;!?]{0,40}\bnamespaces?\b|\bnamespaces?\b[^.;!?]{0,40}\bsubnets?\b|"  # namespaces' subnets (Kube-OVN) are pods'
               r"\bsubnet cidrs?\b|\bsegments? of (the )?(k8s |kubernetes )?(services?|pods?)\b|\bclients? and (the )?(k8s )?cluster\b|"
               # the pods' range set against the nodes': "my pod subnet is different from my node subnet"
               r"\bpods?\s*(subnet|cidr|network|range)s?\b[^.;!?]{0,50}\b(node|host)s?\s*(subnet|cidr|network|range)s?\b|"
               r"(命名空间|namespace|租户|事业部|业务线)[^。；！？]{0,20}(子网|网段|vlan|VLAN)|(子网|网段)[^。；！？]{0,20}(命名空间|namespace|租户)|"
               # an IP pool's ranges are the pods': "calico 子网池不足时会新增一个子网池（在不同网段）", "pod-cidr 划分了两个交换机"
               r"(子网池|地址池|ip\s*池|IP\s*池|ippool)[^。；！？]{0,20}(网段|子网)|pod-?cidr[^。；！？]{0,40}(网段|子网|交换机)|"
               # subnets named beside IP pools are IPAM objects: "集群中存在多个子网和 IP 池时", "multiple subnets and IP pools"
               r"(子网|网段)\s*(和|与|及|以及|、|或)\s*(ip|IP)\s*池|\bsubnets? (and|or|&) ip ?pools?\b|"
               # several subnets on one machine are pod address ranges
               rf"{ONE_HOST_SUBNETS}|"
               r"\bsubnets?\b[^.;!?]{0,60}\bso (that )?(i|we) can (deploy|run|put|place|schedule)\b[^.;!?]{0,25}\b(pods?|containers?)\b|"
               # one cluster per place: the places hold clusters, not one cluster's nodes apart
               r"\b(two|three|several|multiple|[2-9]) ([\w-]+ )?clusters\b[^.;!?,]{0,15}\b(in|across) (different|separate|two|several|multiple)\b|"
               r"各(有)?\s*一\s*(套|个)\s*(k8s|kubernetes|集群)|"
               # tenants given networks of their own are a multi-tenancy need, not nodes apart
               r"\btenants?\b[^.;!?]{0,40}\b(own|isolated|separate|overlap\w*)\b|租户[^。；！？]{0,20}(独立|自己的|重叠|隔离)|"
               # several clusters' pod ranges planned apart: "三个集群的 Pod 网段已经规划成不重叠的"
               r"(pod|Pod|POD|容器)\s*(网段|cidr|CIDR)[^。；！？]{0,20}不重叠|\bnon-?overlapping pod (cidrs|ranges|subnets)\b|" + NIC_NETS)
_NAT = r"\bnat(ed)?\b|\bNAT\b|NAT"
_ONLY_SAME = (r"\b(only|just)\b[^.;!?]{0,50}\b(same|one) (\w+ )?(subnet|network segment|vlan|l2 segment|/\d\d)\b[^.;!?]{0,30}\b(can|could|are able to|"
              r"were able to|work|works|worked|communicate|reach|talk|ping)|(只有|仅|只能)[^。；！？，]{0,12}同一?\s*(个)?\s*(网段|子网|vlan|VLAN)"
              r"[^。；！？]{0,12}(能|可以|才)?\s*(通|互通|访问|ping)")
_WITHIN_SAME = (r"同一?\s*(个)?\s*(vlan|VLAN|网段|子网)\s*(里|内|中|之内)\s*的?\s*(pod|Pod|流量|通信|报文|封装|封包|开销)|"  # a part of the cluster's traffic
                r"(流量|通信)[^。；！？]{0,10}(在|走)\s*同一?\s*(个)?\s*(vlan|VLAN|网段|子网)\s*(里|内|中|之内)?|"
                r"\b(traffic|pods?|packets?|flows?|encapsulation|overhead)\b (within|inside|in) (the same|one|a) (subnet|vlan|rack|segment)\b")

# Rules in order: the earlier ones about the segments, then who routes between them (routing.py).
TOPOLOGY = (
    rule("l2_adjacent", True,
         # machines on one office or home LAN: "3 Intel NUCs on the office LAN"
         r"\b(nodes?|servers?|machines?|boxes|nucs|pis|vms|hosts)\b[^.;!?]{0,30}\b(on|in) (the|our|one|a single|the same) (office |home |local )?lan\b",
         r"\b(one|a single|the same) pair of (tor |top[\s-]of[\s-]rack |access |leaf )?switch(es)?\b",
         # a count between names several: "同一个VPC的两个vSwitch" is two switches
         r"同一(个|台|套)?\s*([A-Za-z]+\s*)*(?:(?!两|多|几|各|每|不同|[二三四五六七八九十\d]\s*个)[\u4e00-\u9fff]){0,4}?"
         r"(交换机|二层|端口组|port ?group|vswitch|VLAN|vlan|局域网|宿主机)",
         r"\b(same|one|single|a single) /\d\d (vlan|l2|segment|broadcast domain)\b",
         r"\b(same|one|single|a single|common|shared|flat) ((unmanaged|managed|dumb|cheap|old|small|gigabit|\d+-port|[a-z]+-link|netgear|cisco|"
         r"huawei|h3c) ){0,3}(\w+ ){0,2}(switch|(tor|top[\s-]of[\s-]rack)( switch(es)?)?( pair)?|"
         r"l2( segment| network| domain)?|layer[\s-]?2( segment| network| domain)?|"
         r"broadcast domain|hypervisor|esxi host|physical host|host machine|lan|ethernet segment|vlan|bridge|linux bridge|"
         r"(distributed )?port ?group|vswitch|virtual switch|host-only network)\b(?!\s+(per|for each|in each|each)\b)",
         # a VirtualBox host-only network is one virtual switch on one host: "NAT + Host-Only", "vboxnet0"
         r"\bhost[\s-]only\b", r"\bvboxnet\d+\b", r"\b(an?|one|the same) (l2|layer[\s-]?2)[\s-](private|only|flat|isolated)? ?(network|segment|domain)\b",
         r"\b(proxmox|kvm|esxi|hyper-?v|virtualbox|vmware) host\b(?=[^.;]{0,20}\b(all|every|both)\b)|\b(all|both|every)\b[^.;]{0,40}\b(on|in) "
         r"(one|a single|the same) (\w+ )?(host|hypervisor|server|machine)\b",
         r"\b(an?|one) (l2|layer[\s-]?2) (network|segment|domain)\b",
         r"\b(vms?|virtual machines|nodes?)\b[^.;]{0,60}\b(on|in) (my|an?|one|the same|a single) ([\w-]+ )?(laptop|desktop|pc|computer|workstation|"
         r"macbook|mac|notebook|host machine)\b",
         r"(同一台|一台|我的|本地)\s*(电脑|笔记本|物理机|宿主机|主机|台式机)上的?\s*[\d两三四五几]*\s*(个|台)?\s*虚拟机",
         # the nodes themselves, not the pods' addresses ("all of the ip-addresses of containers are directly connected")
         r"\b(nodes|servers|machines|hosts|vms|boxes|workers)\b[^.;]{0,30}\bdirectly connected\b",
         r"\bdirectly connected (nodes|servers|machines|hosts|vms|boxes|workers)\b", r"\bdirect (l2|layer[\s-]?2) (network|connection|connectivity|link)\b",
         # one rack hangs off one top-of-rack switch
         r"\b(in|on|within) (the same|one|a single) rack\b", r"(同一个?|一个)\s*(机柜|机架)(内|里|中)?",
         r"\bL2[\s-]adjacent\b", r"\b(layer[\s-]?2|l2) (connectivity|reachab\w+) between (all )?(the )?nodes\b",
         r"\b(plugged|connected|attached) (in)?to (an?|one|the same) (\w+ )?switch\b",
         r"\bon the same (switch|l2|layer 2|lan|vlan|broadcast domain)\b", r"\b(connected|joined|linked|share\w*|talk) (in|at|over) (l2|layer[\s-]?2)\b",
         r"(/\d\d|\bsubnet|\bnetwork|\bvlan) at (l2|layer[\s-]?2)\b",
         r"\bflat (l2 |layer[\s-]?2 )?network\b", r"\bbridged (network(ing)?|adapters?|mode|interfaces?|vms?)\b",
         r"\b(vms|guests|nodes)\b[^.;,]{0,15}\bbridged (on|to|onto|into)\b",
         r"\b(all|the|our|three|two|\d+) (vms|virtual machines|nodes)\b[^.;]{0,30}\b(on|in) (one|a single|the same) "
         r"(host|machine|laptop|pc|desktop|server|box|workstation)\b",
         r"同一(个|台)?\s*(交换机|二层|广播域|hypervisor|宿主机|局域网|物理机上|vlan|VLAN|网桥|端口组)", r"一个交换机",
         # the bridge or switch by its name: "全挂在同一个 vmbr0 网桥上"; all VMs on one host: "Proxmox 单机上开了 9 台虚机"
         r"同一(个|台)?\s*[A-Za-z][\w.-]{0,15}\s*(网桥|交换机|端口组|bridge|vswitch)", r"单机上[^。；！？]{0,12}(虚机|虚拟机)",
         r"(挂|接|连|插)在\s*(同)?一台\s*[\u4e00-\u9fffA-Za-z0-9\s-]{0,12}?(?<!三层)交换机\s*(下面|下|上)",
         # a home router is one LAN: "四台都接在家里同一个路由器下", "all plugged into the same home router"
         r"(接|连|插|挂)在[^。；！？]{0,6}同一(个|台)\s*(家用)?\s*路由器\s*(下面|下|上)", r"\b(same|one) (home|wi-?fi|household) router\b",
         # a vendor and model may name the switch: "同一台华为 CE6881 交换机"
         r"同一(个|台)\s*[\u4e00-\u9fffA-Za-z]{0,6}\s*[A-Za-z]{1,4}[-\s]?\d{2,5}[A-Za-z0-9-]*\s*(交换机|switch)", r"二层(互通|可达|直通)",
         # by its port count: "插在同一台 48 口交换机上"
         r"同一(个|台)\s*\d{1,3}\s*口\s*的?\s*(千兆|万兆|[\u4e00-\u9fff]{0,4})?\s*交换机",
         r"(一个|同一个?)\s*(大)?二层(网络)?", r"大二层", r"桥接(模式|网络|网卡)?", r"同一(个|台)\s*(家用)?路由器\s*(的)?\s*(LAN|lan)\s*口",
         # one hypervisor's bridge: "5 debian 12 VMs all on vmbr0" (Proxmox), "all VMs on virbr0 / br0"
         r"\b(all |both )?(on|in|behind|attached to|bridged to) (the same |one |a single )?(vmbr\d+|virbr\d+|br\d+|linux bridge)\b",
         # "pods on the same node or in the same rack are fine" is a symptom: the others are not
         unless=_WITHIN_SAME + "|" + OTHER_DEVICES + "|" + ROUTED_SWITCH + r"|\b(another|other|second|different|separate)\s+(hypervisor|host|switch|esxi|lan)|"
                r"另一(个|台)|"
                # the machines that host the VMs share the LAN, not the VMs behind their NAT: "宿主机在同一个办公室局域网里"
                r"(宿主机|笔记本|电脑|台式机)\s*(都|也)?\s*(在|接在|连在|插在|处于|位于)\s*同一|"
                r"\b(laptops|host machines|hypervisors|physical hosts|desktops|pcs)\b (are |sit |live )?(all )?(on|in) (the )?same\b|"
                r"\bpods?\b[^.;!?]{0,50}\bsame (node|rack)\b[^.;!?]{0,30}\b(fine|ok|okay|work\w*|reach\w*)\b|"
                # a case, not a setup: "route packets directly when a direct L2 connection is possible"
                r"\b(when|whenever|where|if)\b[^.;!?]{0,40}\b(is|are) (possible|available)\b|\b(where|when|if) possible\b|"
                # a feature's limit, not the nodes: "auto-direct-node-routes are limited to single layer2 domain"
                r"\b((limited|restricted|confined) to|only (works?|supported|applies|possible) (in|on|within|for)) (an? |one |the same )?"
                r"(single )?(l2|layer[\s-]?2)\b"),
    # With the EC2 source/destination check off, the VPC delivers pod addresses within a subnet as a shared L2 segment would.
    rule("l2_adjacent", True, r"\b(disabl\w+|turn\w* off|switch\w* off|no)\b[^.;!?]{0,20}\bsource[\s/-]*dest(ination)?[\s-]*checks?\b",
         r"\bsource[\s/-]*dest(ination)?[\s-]*checks?\b[^.;!?]{0,12}\b(disabled|off|false)\b", r"\bSourceDestCheck\s*[:=]?\s*false\b",
         negatable=False,
         absent=r"\b(different|multiple|across|other|several|two|three|spans?|spanning) (\w+ )?(subnets?|azs?|availability zones|regions)\b",
         # what a mode would need, not what was done: "(this requires disabling the source/dest check in AWS VPC)"
         unless=r"\b(requires?|required|requiring|would (need|have) to|needs? to|have to|has to|must)\s+(be\s+)?(disabl|turn\w* off|switch\w* off)"),
    rule("l2_adjacent", False, r"\bL2[\s-]isolat\w*", r"\bno (l2|layer[\s-]?2)\b", r"\bNAT across\b",
         r"\b(different|separate|multiple|two|several) nat( ranges| networks| gateways| segments)?\b", r"不同的?\s*NAT",
         r"\b(l3|layer[\s-]?3)[\s-]only\b", r"\bnot (l2|layer[\s-]?2)[\s-]adjacent\b", r"\bbehind (a |the |an? \w+ )?nat\b",
         r"\bbehind\b[^.;!?]{0,30}\bnat'?(ed|ted)\b",
         r"\bnat traversal\b", r"\bbehind (an? |my |our |the )?(isp |home |\w+ )?(router|nat gateway)\b", r"\b(cgnat|carrier[\s-]grade nat)\b",
         r"运营商\s*(级)?\s*NAT", r"(NAT|nat)\s*(的)?\s*(后面|后边|背后)",
         r"二层隔离", r"二层不通", r"二层不可达", r"不在(同)?一(个)?二层", r"之间\s*(没有|无|不通)\s*二层",
         r"只有\s*三层", r"(中间|之间)\s*(是|有|隔着?|隔了|通过|经过|走)\s*(一个|一台|一层)?\s*三层(交换机?|路由器?|网络|设备)?",
         r"\b(arp|mac|broadcast)( requests?| broadcasts?| traffic)? (is |are )?(isolated|blocked|filtered|dropped|not forwarded)\b",
         r"(arp|mac(?![a-z])|广播)[^，。；]{0,10}(隔离|不通|屏蔽|被过滤|被丢弃)|不支持\s*(arp|ARP)\s*(广播)?", negatable=False),
    *ANTI_SPOOFING,
    *MAC_FILTERING,
    # Different hypervisors break L2 when the VMs sit behind NAT; on a bridged network they may share it.
    rule("l2_adjacent", False,
         r"\b(different|multiple|several|two|many|separate) (hypervisors|esxi hosts|physical hosts|hosts running the vms)\b",
         r"\b(across|cross)[\s-]hypervisors?\b", r"\b(another|other|second|different) (hypervisor|esxi host|physical (host|machine|server))\b",
         r"跨\s*(hypervisor|宿主机|物理机)", r"不同的?\s*(hypervisor|宿主机)", r"(两|多)台(不同的?)?\s*宿主机",
         # VMs on two laptops or PCs, each behind its own NAT: "two laptops: master on the Mac, node02 on the Windows box"
         r"\b(two|2|three|3|several|multiple|separate|different) (laptops|pcs|desktops|computers|workstations)\b",
         r"\b(another|other|second|different) (laptop|pc|desktop|computer|workstation)\b",
         r"(两|三|多)台\s*(不同的?)?\s*(笔记本|电脑|主机|物理机|台式机)", r"另(一|外一)台\s*(笔记本|电脑|主机|物理机|台式机)",
         # "笔记本 A 上 ... 笔记本 B 上", "laptop A ... laptop B"
         r"(笔记本|电脑|主机|laptop|pc|host)\s*[B-D]\b",
         negatable=False, context=_NAT),
    # Only a negation on the places keeps nodes together (the False rule below); "pods cannot talk across networks" is a symptom.
    rule("cross_subnet", True,
         rf"\b(across|multiple|different|several|separate|two|three|many|other|another|second|distinct|remote)[ -]{_NOT_NODES}([\w/-]+ )?({_PLACES})\b",
         rf"\b(sit|sits|are|live|lives|spread|split) (in|across|over|into) (?<![\d.:/])[2-9] (different |separate )?({_PLACES})\b",
         # behind another router: "two of them hang off a second router"
         r"\b(hang|hangs|hanging|sit|sits|sitting|are|is|live|lives) (off|behind|on) (a |an )?(second|different|separate|another|other|their own|its own) "
         r"(router|gateway|l3 switch|firewall)\b",
         # two places named one by one: "split between a us-central1 subnet and a europe-west1 subnet"
         rf"\b(split|spread|divided|distributed|sit|sitting|are|live)\s+(between|across|over|in)\s+(an?|one|the)\s+[\w./-]+\s+({_PLACES})\s+and\s+"
         rf"(an?|one|another|the)\s+(other\s+)?([\w./-]+\s+)?({_PLACES})\b",
         # a digit before physical places only: "3 datacenters", "2 racks" (not "2 subnets" handed to namespaces)
         r"\b[2-9] (data[\s-]?cent(er|re)s|dcs|racks|regions|zones|availability zones|azs?|sites|locations|buildings|campuses|offices|"
         r"branches|cities|countries)\b",
         rf"\b(spans?|spanning|(spread|split|divided|distributed) (over|across|between|into)) (multiple |several |two |many |\d )?({_PLACES})\b",
         # numbered VLANs ("VLAN 110/120/130", not "VLAN 120, 10.12.0.0/24"), routing or a device between them
         r"\bvlans? \d+\s*(/|,|and|&)\s*\d+\b(?!\.\d)", r"\binter[\s-]?(vlan|subnet)\b",
         rf"\bbetween (the |our |two )?{_NOT_NODES}(rack |site |dc )?({_PLACES})\b",  # and "each datacenter has a different AS number"
         r"\b(each|every) (data[\s-]?cent(er|re)|dc|site|rack|region|zone)\b (has|have|gets?|uses?) (a |its own |an? )?(different|separate|own)\b",
         # "some nodes on a private subnet different than the Cloud"
         rf"\b(on|in) (an?|their|its) (own |private |separate )?({_PLACES}) (that is |which is |that's )?different (than|from)\b",
         unless=_OTHER_NETS, negatable=False),
    rule("cross_subnet", True,
         rf"{_MODE_NAME}\bcross[\s-](subnets?|racks?|regions?|dcs?|data ?cent(er|re)s?|sites?|az|zones?|vlans?|cloud)\b(?![\s-]mode)",
         r"\b(multi|hybrid)[\s-](cloud|region|site|dc|datacenter|data center|zone|az|location)\b",
         # machines of two cloud vendors in one cluster: "Ali cloud as master and Tencent cloud as node", "一台阿里云，两台百度云"
         # (machines named: a list of offerings, "Azure, GCP, EKS Anywhere", is none)
         rf"(?P<cv>{_VENDORS})[^.;!?。；！？]{{0,30}}?(\band\b|和|与|，|,|、|\+)[^.;!?。；！？]{{0,12}}?(?!(?P=cv))({_VENDORS})"
         r"(?=[^.;!?。；！？]{0,15}(masters?|nodes?|servers?|workers?|vms?|vps|instances?|ecs|机器|服务器|主机|节点|云主机))",
         # an installer given several zones: kops "--zones=us-east-1a,us-east-1b", eksctl "--zones us-west-2a,us-west-2b"
         r"--(?:node-)?zones?[= ][\"']?[a-z]{2}-[a-z]+-\d[a-z]\s*,\s*[a-z]{2}-[a-z]+-\d[a-z]\b",
         r"\b(over|across|via|through) the (public )?internet\b", r"\b(cross(es|ing)?|travers(es?|ing)) the (public )?internet\b",
         r"\b(routed|l3) (network|fabric|underlay) between (the )?nodes\b", r"\bvia (a |the )?(gateway|router)\b", r"\brouted point[\s-]to[\s-]point\b",
         r"\b(interconnected|connected|linked|joined) (by|via|through) (an? |the |our )?(\w+ )?(ip[\s-]layer |l3 |layer[\s-]3 |ip )?routers?\b",
         r"\b(separated|split|divided) by (an? |one or more |several |multiple )?(l3 |layer[\s-]3 |ip )?(routers?|gateways?|l3 hops?|firewalls?)\b",
         r"\b(a |an )?(router|firewall|gateway) (sits |is )?(in )?between (the |our )?(nodes|subnets|vlans|segments|port ?groups)\b",
         r"(中间|之间)\s*(隔着|隔了|有|经过|通过)\s*(一台|一个|一道|个|台|道)?\s*(防火墙|路由器|网关|三层交换机)",
         r"\bbehind (different|separate|their own|two|several|multiple) (routers|gateways)\b", r"\b(an? )?(l3|layer[\s-]3) hops?\b|\brouter in between\b",
         r"\brouted (l3 |layer[\s-]?3 )?(subnets|networks|segments|vlans)\b",
         # "the nodes live in 3 VLANs/subnets routed by a firewall"
         r"\b(subnets|vlans|segments)\b (are |get )?routed (by|through|via) (an? |the |our )?(firewall|router|gateway|core|l3)",
         r"\b(nodes|workers|servers|machines|hosts)\b (live |sit |are |reside )?(in|on|across|over) [2-9] (vlans|subnets|segments)\b",
         r"\b(each|every) (rack|site|zone|az|room|floor|office)\b[^.;!?]{0,25}\b(is|has|gets|sits in) (its|their) own ([\w-]+ )?"
         r"(subnet|/\d\d|vlan|network|l2 domain)\b",
         r"\b(a |one )?(subnet|/\d\d|vlan) per (rack|site|zone|room|floor)\b", r"\bper[\s-](rack|site|zone) (subnets?|vlans?|/\d\d)\b",
         r"\b(one |a |each )?(node|worker|instance|server|machine)s? (per|in each|in every|in a different) (az|availability zone|zone|rack|site|region)\b",
         r"(每个|每一个|一个|每)\s*(机柜|机架|机房|可用区|栋楼|座楼|楼|园区|站点)\s*(一个|各一个|各)?\s*(独立的?|各自的?|单独的?)?\s*(网段|子网|vlan|VLAN)",
         # nodes in two buildings routed at L3: "分在两栋楼…楼之间走核心交换机三层路由"
         r"(之间|间)\s*(走|通过|经过|靠)[^。；！？]{0,12}三层\s*(路由|转发|互通|网络)",
         r"(通过|经过|经)\s*(三层)?\s*路由器\s*(互联|连接|相连|连通)",
         r"\b(subnets?|network segments?|segments?|vlans?)\b[^.;]{0,40}\b(is|are) different\b",
         r"\b(in|on) a different (subnet|network segment|vlan|network)\b",
         # "rack B (different /24)"; not a pod CIDR per node ("each node gets a different /24 for pods")
         r"(?<!\bpods got )(?<!\bnode gets )(?<!\bnodes get )\b(a |in a |on a )?(different|separate|another|other) /\d\d\b"
         r"(?![^.;,)]{0,20}\b(pods?|each|per node|for each|to each)\b)",
         # "L3 ToR between racks", "routed between racks"
         r"\b((l3|layer[\s-]3|routed) (tors?|top[\s-]of[\s-]rack( switch(es)?)?|switch(es)?|spines?|core)\s+|routed )(between|across) "
         r"(the )?(racks|rooms|sites|subnets|vlans|segments)\b",
         rf"跨\s*({_PLACES_ZH}|公网|云服务商|云)", rf"不同(的)?\s*({_PLACES_ZH}|运营商|云服务商)", rf"多个\s*({_PLACES_ZH})",
         rf"(两|三|几|多|(?<![\d.])[2-9]\s*|(?<![\d.])[1-9]\d\s*)个\s*(/\d{{1,3}}\s*(的)?\s*)?({_PLACES_ZH}|vswitch|vSwitch|VSwitch|subnets?|vlans?|VLANs?|segments?|regions?|zones?|racks?|sites?|AZs?|azs?)",
         # nodes moved to another room or segment than the rest: "两台 worker 从 A 机房迁到了 B 机房"
         r"(?:^|(?<=[，。；！？,.;!?\n]))(?:(?!所有|全部|整个|整套|全体)[^，。；！？,.;!?\n]){0,40}从\s*\w{0,6}\s*(机房|机架|机柜|网段|子网|数据中心|IDC|idc)\s*(迁|搬|挪|移)(到|去|至)了?\s*\w{0,6}\s*(机房|机架|机柜|网段|子网|数据中心|IDC|idc)",
         # a cloud VPC's switches are its subnets: "同一个 VPC 的两个交换机（vSwitch）"
         r"(vpc|VPC)\s*(的|下|里|内)?\s*(两|三|几|多|[2-9])\s*个\s*交换机",
         r"(两|三|多)地(三|多|双)?(中心|机房|活)?|异地(多活|机房|部署)?|跨(地域|城市|机房)",
         r"(网段|子网)\s*不同", r"(另一个|另外一个|另一|别的|其他|其它)\s*(网段|子网|VLAN|vlan|机房|园区|数据中心|站点|地域|可用区)",
         r"(两边|两地|两个(机房|园区|站点|数据中心))[^。；！？]{0,8}三层\s*(路由|转发|互通)",
         r"(通过|走|经过)\s*公网", r"异地", r"混合云",
         # sites joined by a VPN are different networks: "site-to-site IPsec VPN between the office and the VPC"
         r"\b(nodes?|sites?|offices?|datacenters?|data centers?)\b[^.;!?]{0,40}\b(over|across|through|via) (an? |the |our )?"
         r"(ipsec |wireguard |openvpn |site[\s-]to[\s-]site )?(vpn|tunnel)s?\b",
         r"\b(linked|connected|joined|tied|interconnected) (by|via|over|through) (an? |the |our )?(routed )?(ipsec |wireguard |openvpn |l3 )?vpns?\b",
         # the nodes halved between two places: "half our nodes are in the Frankfurt DC and half in Amsterdam"
         r"\bhalf (of )?(our |the |my |its )?(nodes|servers|machines|workers|hosts|vms|cluster|fleet)\b(?:[^.;!?]|\.(?=\d)){0,40}\b(in|at|on)\b"
         r"(?:[^.;!?]|\.(?=\d)){0,60}\band (the other |another )?half\b[^.;!?]{0,15}\b(in|at|on)\b",
         r"一半\s*(的)?\s*(节点|服务器|机器|主机|worker)[^。；！？]{0,30}(在|放在|位于)[^。；！？]{0,30}另一半[^。；！？]{0,6}(在|放在|位于)",
         r"(节点|机房|办公室|站点)[^。；！？]{0,20}(通过|走|经过)\s*(ipsec\s*)?(vpn|VPN|隧道)", unless=_OTHER_NETS),
    # public addresses, had or lacking ("没有公网 IP" is a node behind NAT): the nodes are apart either way
    rule("cross_subnet", True, r"公网\s*(IP|ip|地址|互通|通信)", r"\b(cgnat|carrier[\s-]grade nat)\b", r"运营商\s*(级)?\s*NAT",
         # no direct path between the nodes' networks: "cloud端和edge网络无法直通", "edge nodes cannot directly access the master"
         r"(网络|节点|机器|两边|之间)[^。；！？，,]{0,8}(无法|不能|没法|不可以)\s*直(接)?\s*(通|连|访问|互通|互访)",
         r"\b(nodes?|networks?|sites?|masters?|workers?)\b[^.;!?]{0,20}\b(cannot|can'?t|unable to|not able to) directly (reach|access|connect to|talk to)\b"
         r"(?![^.;!?]{0,20}\bpods?\b)",
         # nodes each behind its own NAT: "both behind different NATs", "the agent sits behind a home router's NAT"
         r"\b(both |each |all )?(are |is |sits? |sitting )?behind (different|separate|their own|its own|two|several|multiple) nats?\b",
         r"(分别|各自)\s*(在|处于)\s*(不同的?)?\s*NAT\s*(后面|之后|下)",
         # a far site's nodes reaching the centre over a WAN link: "ships connect back to shore over VSAT", "门店节点通过 4G 路由器连回总部"
         r"\b(satellite|vsat|lte|4g|5g|cellular|microwave|dsl)\s+(links?|uplinks?|connections?|backhaul|routers?|modems?)\b",
         r"(卫星|VSAT|4G|5G|LTE|微波)\s*(链路|线路|路由器?|网络|回传|连接)?[^。；！？]{0,6}(连回|回连|接回|连到|接入)",
         r"\b(connect\w*|link\w*|phones?|tunnel\w*) (back )?(home )?to (the )?(hq|headquarters|head office|shore|main site|"
         r"central (site|dc|datacenter|office))\b",
         unless=_OTHER_NETS, negatable=False),
    rule("cross_subnet", False,
         rf"\b(not|never|aren'?t|isn'?t|weren'?t) (\w+ )?(in|on|across|spread across|split across|in any) (different|separate|multiple|several) "
         rf"({_PLACES})\b", rf"\b(don'?t|do not|doesn'?t|does not) (have|use|span|cross) (multiple|different|separate|several|any other) ({_PLACES})\b",
         rf"(不|没有)\s*(跨|在不同的?)\s*({_PLACES_ZH})",
         # one range said to hold every node outranks an address that strays from it (that node is the symptom): "all nodes on 10.8.0.0/24"
         r"\ball (the |our |of the )?(k8s |kubernetes |cluster )?nodes (are |sit |live )?(all )?(on|in) (the )?(same )?(\d{1,3}\.){3}\d{1,3}/\d{1,2}\b",
         r"(所有|全部)\s*(的)?\s*节点\s*(都)?\s*(在|是)\s*(同一个?)?\s*(\d{1,3}\.){3}\d{1,3}/\d{1,2}", negatable=False, rank=1),
    # Public addresses put the nodes apart unless they talk over a private network of their own; had or
    # lacking ("the server doesn't know its own public IP") they are apart, as with "没有公网 IP" above.
    rule("cross_subnet", True, r"\bpublic ip(v4|v6)?( address)?(e?s)?\b",
         absent=r"\bprivate (network|lan|interfaces?|subnet|vswitch)\b|内网|\b(same|one|single) (switch|subnet|lan|vlan|l2)\b",
         # an address the cloud hands out for egress or a load balancer places no node: "the first public IP created in the
         # cluster is the one used for every egress traffic"
         unless=r"\bpublic ips?( address(es)?)? (created|allocated|reserved|provisioned)\b|"
                r"\bpublic ips?\b[^.;!?]{0,30}\b(used|using) (for|as) (every |all |the )?(egress|outbound|snat|load ?balanc\w*|ingress)\b|"
                # where pod traffic is headed, not where nodes sit: "curl to any public IP times out"
                r"\b(to|reach|reaching|ping|pinging|curl|access|hit|towards?)\s+(any|a|some|every|external|the internet'?s?)\s+(\w+\s+)?public ips?\b",
         negatable=False),
    # Numbered places: "node1 in datacenter 1, node2 in datacenter 2".
    # (not host names: "site1.somedomain.com site2.somedomain.com")
    rule("cross_subnet", True, r"\b(?P<pl>data ?cent(?:er|re)|dc|site|rack|region|zone|pop)[\s-]*(?P<n1>\d+)\b(?!\.[a-z])"
         r"(?:.|\n){0,200}?(?P=pl)[\s-]*(?!(?P=n1)\b)\d+\b(?!\.[a-z])",
         r"(?P<plz>机房|机柜|数据中心)\s*(?P<nz>\d+)(?!\d)(?:.|\n){0,200}?(?P=plz)\s*(?!(?P=nz)(?!\d))\d+", negatable=False, rank=1),
    # its "no" is the point, not a negation: "no router between any two nodes"
    rule("l2_adjacent", True, r"\bno (l3 |layer[\s-]?3 )?(router|gateway|l3 hop|hop)s? (in )?between\b", negatable=False),
    # a routed link between sites outranks the one VLAN inside a site: "DC1 all one VLAN; DC2 over a routed L3 link"
    rule("cross_subnet", True, r"\b(routed|layer[\s-]?3|l3) (link|links|connection|interconnect|uplink|wan)\b",
         r"\bno stretched (vlan|l2|layer[\s-]?2)\b", r"\b(not|isn'?t|aren'?t) stretched\b", negatable=False, rank=1),
    # "Only pods on nodes in the same subnet can reach each other" says some nodes are in another one.
    rule("cross_subnet", True, _ONLY_SAME, negatable=False),
    # "the core router between the two /24s", "moved 7 of the workers into a new rack on 172.20.9.0/24"
    rule("cross_subnet", True, r"\bbetween (the |our )?(two|2|three|3|both|all) (/\d\d|subnets|vlans|racks|networks|segments)\b",
         # hosts on a segment of their own, routed ("in their own VLAN/subnet, routed"); prefixes counted ("over several routed /64s")
         r"\b(their|its) own (vlan|subnet|segment|network)(\s*/\s*(vlan|subnet|segment))?\s*,?\s*(routed|behind (a|the|another) router)\b",
         r"\b(over|across|in|on|into) (several|multiple|many|different|separate|two|three|four|five|\d) (routed )?/\d{1,3}s\b",
         # two sites by name: "8 nodes split between GRA and SBG" (not an OS or CPU mix)
         r"\b(nodes|servers|machines|hosts|workers)\b[^.;!?]{0,15}\b(split|spread|divided|distributed) (between|across) "
         r"(?!(ubuntu|debian|centos|rhel|rocky|alma|windows|linux|arm|amd|intel|x86)\b)(?-i:[A-Z][\w-]+) and (?-i:[A-Z][\w-]+)\b",
         r"\b(moved|migrated|re-?racked|relocated)\b[^.;!?]{0,40}\b(into|to|onto) (a |the )?(new|another|different|second|other) (rack|subnet|vlan|"
         r"network segment|/\d\d)\b", r"\bre-?(ip'?d|address(ed)?|number(ed)?)\b[^.;!?]{0,10}\b(into|to|onto) (\d{1,3}\.){3}\d{1,3}/\d", negatable=False),
    # "not on the same subnet" says they are apart.
    rule("cross_subnet", False, r"\b(same|one|single|a single) (\w+ )?(subnet|network segment|vlan|lan|/\d\d)\b(?!\s+(per|for each|in each)\b)",
         # a cloud's one virtual network: "Nova VMs on one tenant network"
         r"\b(same|one|single|a single) ((hcloud|neutron|tenant|provider|project|private|internal)\s+){1,2}network\b(?!\s+(per|for each|in each)\b)",
         r"同一(个)?\s*(租户|内部|私有|tenant|private|internal|provider|neutron)\s*(网络|network)",
         # "all 5 VMs on the same neutron network 192.168.50.0/24": a network given by its one CIDR
         r"\b(same|one|single|a single) (\w+ )?network\s*\(?\s*(\d{1,3}\.){3}\d{1,3}/\d\d\b",
         r"\beverything (sits |is |lives |runs )?(in|on) (the )?(\d{1,3}\.){3}\d{1,3}/\d\d\b",  # "everything sits in 192.168.1.0/24"
         r"同一(个)?\s*([A-Za-z]{2,9}\s*|二层\s*)?(网段|子网|VLAN|vlan|局域网)", r"同一(个)?\s*/\d\d(?!\d)",
         # one subnet, of a wider place or not: "节点都在同一个 region 的一个子网里", "都在一个网段"
         r"(都|全部|全都|均)\s*(在|位于|处于)\s*([^。；！？，,]{0,15}的\s*)?(一个|同一个?)\s*(子网|网段|vlan|VLAN|交换机|vswitch|vSwitch)(?!\s*(里|中|内)?\s*(和|与|及|或))",
         # "pod-to-pod on the same node or within the same subnet is fine" is a symptom: the others are not
         unless=rf"{_OTHER_NETS}|{_ONLY_SAME}|{_WITHIN_SAME}|{OTHER_DEVICES}|{PER_PLACE}|"
                rf"\bpods?\b[^.;!?]{{0,50}}\bsame (node|rack|subnet|vlan)\b[^.;!?]{{0,30}}\b(fine|ok|okay|work\w*)\b|"
                # some of the nodes, named by where they sit: "add routes for the prefixes living on machines in the same subnet"
                r"\b(for|between|to|on) (the )?(machines|nodes|hosts|instances|peers|servers)\b[^.;!?]{0,12}\b(in|on|within) the same (subnet|vlan|segment)\b|"
                r"\b(a single|one|single) (/\d\d|vpc|vnet|cidr)\b[^.;!?]{0,10}\bshared with\b"),
) + SITES + ROUTING
