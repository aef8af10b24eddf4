"""Pods reachable from outside the cluster at their own IPs: external servers, registries and
gateways that talk to pod IPs directly need routes to them, which overlays do not give."""

from __future__ import annotations

import re

from assistant.reading.scope import own
from assistant.reading.spans import Hit, negated, rx

# a few pods of the kind named before: "院内其他系统要能直接访问这些 pod 的 IP"
_SOME = r"(这些|那些|这几个|这个|几个|部分|一些|某些|一部分|业务|我们的|它们的)?\s*"


# Pods given addresses of the physical network: "Pod 直接使用机房物理网段的 IP"; where KubeVirt runs, its VMs are the pods.
def _physical(subject: str) -> str:
    # (a rule against it is none: "pod 不许占用机房的地址段")
    return (rf"({subject})(?:(?!不许|不能|不允许|不准|不得|禁止|不要|不可以)[^。；！？]){{0,10}}(直接)?(使用|用|分配|拿到|拿|获得|获取|挂在|挂到|接入|连到)"
            rf"[^。；！？]{{0,12}}(物理网段|物理网络|机房|底层网络|underlay|交换机|"
            r"节点同网段|同一网段|(已有|现有|对应|所在|各自)的?\s*(vlan|VLAN)\s*\d*|"
            # a network of a place or a use: "实验室网段", "办公网段" (not the pods' own: "Pod 网段", "容器网段")
            r"(实验室|办公室?|业务|生产|内网|局域网|车间|校园|公司|园区|工厂|门店|现有|已有)网段?)[^。；！？]{0,20}(ip|IP|地址)")


_KUBEVIRT_VM = re.compile(_physical("vms?|虚拟机"), re.I)
_REACH = rx(
    r"\b(external|outside|non-cluster|legacy|bare[\s-]metal|physical|hardware) (servers?|hosts?|machines?|clients?|services?|"
    r"systems?|vms?)\b[^.;?]{0,60}\b(reach|access|connect( directly)? to|talk( directly)? to|call|route to|ping)\b[^.;?]{0,30}\bpods?\b",
    r"\b(reach|access|route to|connect to|call)\b[^.;?]{0,25}\bpod ips?\b[^.;?]{0,40}\b(from )?(outside|external|"
    r"beyond) (the )?(cluster|kubernetes)\b",
    r"\bpods?( ips?)? (are |is |be |should be |must be )?(routable|reachable) (from )?(outside|externally)\b",
    # "pods are reachable by IP from the rest of the corporate network"
    r"\bpods? (are |is |be |should be |must be )?(routable|reachable|accessible) (directly )?(by|at) (their )?(own )?ips?\b[^.;?]{0,15}"
    r"\bfrom (the )?(rest of )?(the |our )?(corporate |office |campus |plant |company )?(network|lan|datacenter|data ?cent(er|re)|vpc)\b",
    r"\bpod (ipv[46] )?(ips?|addresses)\b[^.;?]{0,30}\b(routable|reachable|accessible|visible)\b[^.;?]{0,30}\b(outside|externally|from (the |our )"
    r"(rest of the )?(lan|network|datacenter|data ?cent(er|re)|dc|vpc|campus|office|backbone|core))\b",
    # "pod IPs must be reachable directly from our other (non-k8s) servers"
    r"\bpod ips?\b[^.;?]{0,30}\b(routable|reachable|accessible)\b[^.;?]{0,15}\bfrom\b[^.;?]{0,25}\b(non-k8s|non-kubernetes|"
    r"non-cluster|outside|external|other|legacy|office|on-?prem\w*)\b", r"\b(routable|flat) pod (ips?|network|addresses)\b",
    r"\b(access|reach|visit|connect|route|ping)\w*\b[^.;?]{0,20}\bpods?\b[^.;?]{0,40}\bfrom (an? |the )?(external|outside|"
    r"non-cluster|other)\b",
    r"\b(out of|outside( of)?) (the )?cluster\b[^.;?]{0,40}\b(visit|reach|access|route to|connect to|ping)\b[^.;?]{0,30}\bpods?\b",
    r"\b(access|reach|visit|call|hit|connect to|talk to)\w* (the )?pod ips? directly\b",
    # "the monitoring hosts outside the cluster scrape the pods directly on their pod IPs"
    r"\b(hosts?|machines?|servers?|systems?|clients?)\b (outside|out of) (of )?the cluster\b[^.;?]{0,60}\b(pod ips?|pods directly|"
    r"directly (on|at|via) (their|the) pod)",
    # "on-prem servers must open connections straight to pod IPs"
    r"\b(connect\w*|connections?|talk|reach|call|send)\b[^.;?]{0,25}\b(straight|directly) to (the |their |specific |certain |individual )?pod ?ips?\b",
    # "pods must stay reachable on their VPC IPs from the on-prem network"
    r"\bpods?\b[^.;?]{0,30}\b(routable|reachable|accessible)\b[^.;?]{0,40}\bfrom (the |our |an? )?(on-?prem\w*|outside|external|office|"
    r"corporate|datacenter|data centre|partner|legacy)\b",
    r"(集群外|k8s外|kubernetes外|外部|外面|外边|非\s*(?:k8s|kubernetes)\s*(?:集群)?的?|集群之外|集群以外)[^。？，,]{0,20}(服务器|主机|机器|服务)?[^。？]{0,20}(访问|互相访问|互通|连接|路由到)[^。？]{0,12}(pod|容器)",
    r"(pod|容器)\s*ip[^。？]{0,15}(注册|直接访问|对外|可路由|外部可达|暴露)", r"直接访问\s*pod\s*ip",
    # "想让容器直接接到机房现有的 VLAN 里"
    r"(pod|容器)[^。；！？]{0,6}直接\s*(接|接入|挂|连)到?\s*(机房|现有|已有|业务|生产|办公)[^。；！？]{0,6}(vlan|VLAN|网段|网络)",
    # "希望 pod 地址在数据中心内部直接可路由"
    r"(pod|容器)\s*(的)?\s*(地址|网段)[^。？，,]{0,15}(直接)?\s*可路由",
    r"直接\s*(用|通过)\s*(ip|地址)\s*(访问|连|调用)\s*(pod|容器)",
    # "老的 EC2 服务需要直接用 pod IP 去连 pod（不经过 Service/NodePort）"
    r"直接\s*(用|通过|拿|走)\s*(pod|容器)\s*(的)?\s*ip\s*(去|来)?\s*(连|访问|调用|通信|互通)",
    # published into the datacenter's network: "pod的ip，如何发布到机房网络中（可以和机房网络内其他主机ip互访）"
    r"(pod|容器)\s*(的)?\s*ip[^。？不没无]{0,12}(发布|宣告|通告|公布|路由|暴露)到[^。？]{0,8}(机房|物理|数据中心|外部|内网|办公|交换机|企业|现有)",
    r"(pod|容器)\s*(的)?\s*ip[^。？不没无]{0,40}(和|与|跟)[^。？]{0,15}(其他|其它|外部|机房|集群外)[^。？]{0,10}(主机|服务器|机器)[^。？不没无]{0,10}(互访|互通|直接访问)",
    r"\b(expose|advertise|announce)\w*\s+(the\s+)?pod ips?\b[^.;?]{0,30}\b(outside|external\w*|to the (lan|network|datacenter))\b",
    # legacy systems reaching some pods by address, or pods given addresses of their segment: "老系统要按 IP 直接访问一部分 pod",
    # "希望这些 pod 拿到和老系统同网段的地址"
    r"(按|用|通过)\s*(ip|IP)\s*直接\s*(访问|连|连接|调用)[^。；！？]{0,10}(pod|Pod|容器)",
    r"(pod|Pod|容器)[^。；！？]{0,10}(拿到|获得|分配到?|用)[^。；！？]{0,10}(和|与|跟)[^。；！？]{0,10}同(一个)?网段的?\s*(ip|IP|地址)",
    # connections opened from the datacentre or office to the pods: "on-prem servers need to initiate connections to our pods",
    # "traffic initiated from on-premise to the pods", "本地机房的服务要直接访问 AKS 里的 pod IP"
    r"\b(on[\s-]?prem(ise)?s?|datacenter|data cent(er|re)|office|corporate|campus)\b[^.;?]{0,40}\b(initiat\w*|open\w*|reach\w*|connect\w*)\b"
    r"[^.;?]{0,30}\b(to|into) (the |our |their )?(\w+ )?pods?\b",
    r"\binitiated (from|by) (the )?(on[\s-]?prem(ise)?s?|datacenter|data cent(er|re)|office|corporate network|outside)\b",
    r"(机房|线下|本地|办公网|IDC|数据中心|集群外)[^。；！？]{0,20}直接\s*(访问|连|连接|调用)[^。；！？]{0,15}(pod|容器)\s*(的)?\s*ip",
    # services kept off the cluster calling pods by their IPs: "没上 k8s 的老 dubbo 服务……要按注册中心里的 pod IP 直接调 pod"
    r"(没上|没有上|不在|未上)\s*(k8s|kubernetes|集群)[^。；！？]{0,50}(pod|容器)\s*ip\s*(直接)?\s*(调|调用|访问|连)",
    # said of systems named earlier: "它们需要直接访问 K8s 里 Pod 的 IP，不经过 Service"
    r"(需要|要|得|必须|希望)\s*直接\s*(访问|连|连接|调用)[^。；！？]{0,15}(pod|容器)\s*(的)?\s*ip",
    r"(老|旧|外部|现有|已有|其他|其它)的?\s*(业务)?\s*(系统|服务|设备|客户端)[^。；！？，,]{0,6}直接\s*(访问|连|连接|调用)\s*" + _SOME + r"(pod|容器)",
    # pods placed on a network of the site: "we want certain pods to sit directly on that OT network with their own IP"
    r"\bpods?\b[^.;?]{0,25}\bdirectly on (that|the|our|this|a|an) (?!pod\b|cluster\b|overlay\b|container\b)([\w-]+\s+){0,2}(network|lan|vlan|segment)\b",
    # pods given addresses on a network of a place or a use, which its machines reach: "some pods get addresses on the shop-floor VLAN"
    r"\bpods?\b[^.;?]{0,20}\b(get|gets|getting|take|takes|have|receive|receives)\s+(an? |their own |real )?(ip )?(addresses|ips?|address)\s+"
    r"(on|in|from)\s+(the |our |a |that )?(?!pod\b|cluster\b|overlay\b|container\b|service\b|node\b|vpc\b|vnet\b)[\w-]+(\s[\w-]+)?\s+(vlan|lan|segment)\b",
)

_POD_IP = r"(pod'?s?'? (own )?ips?|pod ip addresses|pod addresses|source ips? of (the )?pods)"
_ZH_POD_IP = r"(pod|容器)\s*(的)?\s*ip"
# Needs shown by what addresses pods directly, read only in the writer's own sentences. A pod address stated
# as what a plugin gives ("with the VPC CNI pods get VPC IPs") is no need, and neither is outbound NAT ("pods
# can't reach the internet without NAT").
_DIRECT = rx(
    # (the "not" inside is whose machines, no denial: only words before the span count here)
    # machines that are no nodes: "I want hosts that are not k8s nodes to visit k8s pod IPs directly"
    r"\b(hosts?|machines?|servers?|vms?)\s+(that|which)\s+(are|is)\s+not\s+(k8s\s+|kubernetes\s+|cluster\s+)?nodes?\b[^.;?]{0,30}"
    r"\b(visit|reach|access|connect to|call|ping)\b[^.;?]{0,20}\bpod\s*ips?\b",
    # load balancers that target pod IPs: ALB/NLB "target-type: ip", Application Gateway, F5
    r"\btarget[\s_-]?type\W{0,3}ip\b", r"\bip(-mode)? targets?\b",
    rf"\b(alb|nlb|elb|load[\s-]?balancers?|application gateway|agic|f5|big-?ip)\b[^.;?]{{0,60}}\b(forward|send|rout|target|register|"
    rf"point|balanc)\w*\b[^.;?]{{0,20}}\b(to|at|on) (the )?{_POD_IP}",
    r"\b(alb|nlb|elb|load[\s-]?balancers?|application gateway|agic|f5|big-?ip|ingress)\b[^.;?]{0,60}\b(straight|directly) to (the )?pods?\b",
    # a need for addresses the network routes: "must keep VPC-routable IPs", "must keep addresses from the VPC"
    r"\b(must|need|needs|have to|has to|should|required? to|want)\b[^.;?]{0,25}\b(vpc|vnet|network|lan|subnet|datacenter|underlay)"
    r"[\s-]routable\b",
    r"\bpods?\b[^.;?]{0,15}\b(must|need to|needs to|have to|has to|should)\b (keep|get|have|use|take) (\w+ ){0,2}(addresses|ips?) "
    r"(from|in|of|on) (the |our )?(vpc|vnet|subnet|physical network|datacenter network|lan|underlay)\b",
    # machines outside the cluster that address pods by IP: on-prem apps, mainframe jobs, office clients
    r"\b(on[\s-]?prem\w*|office|corporate|external|outside|legacy|mainframe|datacenter|partner|non-cluster|bare[\s-]metal|physical)"
    r"( \w+){0,2} (apps?|applications?|clients?|servers?|hosts?|machines?|systems?|services?|jobs?|users?|vms?|databases?)\b"
    r"[^.;?]{0,60}\b(reach|access|call|connects? to|talks? to|hit|routes? to|ping|scrape|poll|query|probe|send\w* to|forward\w* to)\w*\b"
    r"[^.;?]{0,30}\bpods?\b",
    r"\b(must|need|needs|have to|has to|should|want|required? to|be able to|allow\w*)\b[^.;?]{0,30}\b(reach|access|call|connect to|talk to|hit|"
    r"route to|address)\w*\s+(the\s+)?pods?\s+(directly\s+)?(by|at|on|via) (their )?(own )?(pod )?ips?\b",
    rf"\b{_POD_IP}[^.;?]{{0,60}}\b(without|no|not|never)\b[^.;?]{{0,10}}\bs?nat(ed|ted)?\b",
    # the far end should see the pod's address, not the node's: "I expected the external service to get the pod IP"
    rf"\b(external|outside|remote|upstream|destination|target|backend)\w* (services?|servers?|hosts?|systems?|endpoints?|apis?|apps?|"
    rf"databases?)\b[^.;?]{{0,40}}\b(see|get|receive|log|record|show)\w*\b[^.;?]{{0,15}}\b(the |a |real |actual )*{_POD_IP}",
    rf"\b{_POD_IP}[^.;?]{{0,40}}\binstead of (the )?(node|host|worker)('s)? ips?\b",
    # "must see the real Pod ip address", "end to end routed Pods without NAT", "disable SNAT of Pods"
    r"\b(must|should|needs? to|has to|have to|want to)\s+see\s+(the\s+)?(real|actual|original|true)\s+pod('?s)?\s+(source\s+)?ip",
    r"\b(routed|routable) pods?\b[^.;?]{0,20}\bwithout (any )?s?nat\b",
    r"\b(disable|disabling|turn off|switch off|avoid|skip)\s+(the\s+)?s?nat(ing)?\s+(of|for|on)\s+(the\s+)?pods?\b",
    rf"(外部|集群外|后端|对端|目标)[^。；！？]{{0,10}}(看到|拿到|获取|获得|收到|记录)[^。；！？]{{0,10}}(真实的?)?\s*{_ZH_POD_IP}",
    r"(保留|保持)[^。；！？]{0,6}(pod|容器)\s*(的)?\s*(源|真实)?\s*(ip|IP)",
    # firewalls and allow-lists keyed on pod addresses
    rf"\b(firewalls?|acls?|security appliances?|appliances?|waf|allow[\s-]?lists?|whitelists?)\b[^.;?]{{0,60}}\b(individual )?{_POD_IP}",
    r"\b(call|reach|hit|access|connect to|talk to)\w* (our |the |their )?pods directly\b(?! (from|on) (the |that |this )?(same )?node)",
    rf"\b(whitelist|allowlist|filter)\w*\b[^.;?]{{0,20}}\b(individual |specific )?{_POD_IP}",
    # a firewall keyed on the pods' range: "security wants to allowlist the pod range of one app (not node IPs)"
    r"\b(whitelist|allow[\s-]?list|firewall|filter)\w*\b[^.;?]{0,20}\bpod (ip )?(range|cidr|subnet)s?\b",
    rf"(防火墙|ACL|acl|安全组|安全设备|白名单)[^。；！？]{{0,20}}{_ZH_POD_IP}",
    rf"{_ZH_POD_IP}[^。；！？]{{0,15}}(防火墙|白名单|访问控制|放行|acl)",
    _physical("pod|容器"),
    # a need, not what a plugin gives: "要求 Pod 直接用 VPC 里的 IP"
    r"(要求|需要|希望|想|想要|必须|得)[^。；！？]{0,6}(pod|Pod|POD|容器)[^。；！？]{0,6}(直接)?(使用|用|拿|分配|获得|获取)[^。；！？]{0,8}"
    r"(vpc|VPC|vnet|VNet|vswitch|交换机)[^。；！？]{0,6}(ip|IP|地址)",
    rf"{_ZH_POD_IP}[^。；！？，,]{{0,15}}(打通|互通|直通|直达)",  # in its own clause: "pod ip，只有用vxlan模式才能互通" is a symptom
    # the pod address asked to be the network's own: "业务要求pod IP直接就是VPC地址"
    rf"(要求|需要|希望|想|想要|必须)[^。；！？]{{0,10}}{_ZH_POD_IP}[^。；！？]{{0,6}}(就是|是|为|等于|用|使用)\s*(vpc|VPC|vnet|VNet|vswitch|交换机|物理网络|底层网络|机房网段|内网)"
    r"[^。；！？]{0,6}(ip|IP|地址|网段)",
    # machines outside that must reach pods themselves: "老的ECS服务和RDS白名单要能直接访问pod"
    r"(要|需要|得|必须)\s*(能|能够|可以)\s*直接\s*(访问|连|连接|调用|请求|ping)\s*(到)?\s*" + _SOME + r"(pod|Pod|POD|容器)",
    r"(办公网|机房|外部|集群外|数据中心|本地|线下|物理机|虚拟机)[^。；！？]{0,20}(直接)?(通过|用|按)\s*(pod|容器)\s*ip",
    # pod addresses seen as they are by the network's own services: "pod 的 IP 能直接被 VPC 里的 RDS 白名单和 SLB 看到"
    rf"{_ZH_POD_IP}[^。；！？]{{0,8}}(能|可以|要|需要|得)?\s*(直接)?\s*被[^。；！？]{{1,25}}(看到|识别|访问|直连|路由到|加入白名单|加白)",
    # reached by pod IP from outside: "pod 要被车间 PLC 网关直接按 pod IP 访问（不走 NodePort）"
    r"(被|让)[^。；！？]{1,20}(直接)?\s*(按|用|通过)\s*(pod|容器)\s*ip\s*(访问|连|调用|直连)",
    # a need to call by pod address: "它们需要直接用 Pod IP 调用集群里的服务", "they must call the services by pod IP directly"
    rf"(需要|要|得|必须|希望|要求)\s*(能|能够|可以)?\s*直接\s*(通过|用|按|走|使用)\s*{_ZH_POD_IP}\s*(来)?\s*(调用|调|访问|连接|连|请求|通信)",
    rf"\b(must|need|needs|have to|has to|want|required? to|be able to)\b[^.;?]{{0,40}}\b(by|via|using|through|with) (the )?{_POD_IP}\s+directly\b",
    rf"\b(must|need|needs|have to|has to|want|required? to|be able to)\b[^.;?]{{0,40}}\bdirectly (by|via|using|through|with|on) (the |their )?{_POD_IP}",
    r"(pod|容器)[^。！？]{0,40}(不做|不经过|不走|不要|不用|没有|无需|不需要|不能做|不能|不可以做?|不允许做?)\s*(任何)?\s*s?nat",
    # a machine of the writer's that is no node: "get my VM to talk to the pods inside the cluster", "my laptop to visit pods"
    r"\b(my|our|an?|the|this) (\w+ ){0,2}(vms?|hosts?|servers?|machines?|laptops?|pcs?|desktops?|workstations?)\b(\s*\([^)]{0,40}\))?"
    r"[^.;?]{0,20}\b(talk|reach|access|connect|ping|visit|route|call)\w*\b[^.;?]{0,12}\bpods?\b[^.;?]{0,12}\b(inside|in|within) the "
    r"(\w+ )?cluster\b",
    r"\b(my|our) (\w+ )?(laptops?|pcs?|desktops?|workstations?)\b[^.;?]{0,20}\b(talk|reach|access|connect|ping|visit|call)\w*\b[^.;?]{0,12}\bpods?\b",
    # a cloud load balancer sending straight to pod addresses: "SLB/ALB 能直接把流量打到 pod IP 上，不走 NodePort"
    r"(slb|alb|nlb|elb|clb|负载均衡)[^。；！？]{0,20}(直接|直连|直通)[^。；！？]{0,10}(打到|转发到|转到|发到|挂到|挂载|访问|到|挂)\s*(pod|容器)",
    # "SLB 直接把 Pod 挂成后端、RDS 白名单里直接放 Pod 的 VPC 地址"
    r"(slb|alb|nlb|elb|clb|负载均衡)[^。；！？]{0,20}直接\s*把\s*(pod|容器)\s*(挂|加|作为|当)",
    r"白名单[^。；！？]{0,10}(放|加|填|写)\s*(pod|容器)\s*(的)?\s*(vpc\s*)?(ip|地址)",
    # allow-listed by the pods' own range, not SNATed to the node: "RDS 的白名单希望直接按 pod 所在交换机的网段放行，不想让 pod 流量都 SNAT 成节点 IP"
    r"白名单[^。；！？]{0,16}按\s*(pod|容器)[^。；！？]{0,12}(网段|地址|ip)",
    r"(不想|不希望|不要|不能|别)\s*(让)?\s*(pod|容器)\s*(的)?\s*(流量)?[^。；！？]{0,6}(snat|nat)\s*(成|为|到)\s*(节点|宿主机|node)",
    # "RDS 白名单要求直接看到 Pod 的真实 IP，不能是节点 SNAT 之后的地址"
    r"(看到|看见|识别|拿到|得到|认到)\s*(pod|容器)\s*的?\s*(真实|原始|本来)的?\s*(ip|地址)",
    r"不能是\s*(节点|宿主机|node)\s*(snat|nat)",
)


# How far back a denial reaches a need to reach pods: "Nothing outside the cluster needs to reach pods directly".
_DENIAL_REACH = 50


def read_reach(text: str) -> list[Hit]:
    # a need denied before or inside its words is none ("Pod IPs don't need to be reachable from outside", "Pod IP 不需要对外暴露")
    hits = [Hit("routable_pod_ips", True, m.start(), m.end(), m.group(0)) for m in _REACH.finditer(text)
            if not negated(text, m.start(), m.end(), _DENIAL_REACH, need=True)]
    if "kubevirt" in text.lower():
        hits += [Hit("routable_pod_ips", True, m.start(), m.end(), m.group(0)) for m in _KUBEVIRT_VM.finditer(text)]
    mine = own(text)
    # A denial before the span drops the match rather than reading "no": in "don't encapsulate if outside hosts must
    # reach pod IPs" it denies another verb. Only the words before count: "without NAT" inside the span is the need.
    hits += [Hit("routable_pod_ips", True, m.start(), m.end(), m.group(0))
             for m in _DIRECT.finditer(mine) if not negated(mine, m.start(), m.start(), _DENIAL_REACH, need=True)]
    return sorted(hits, key=lambda h: h.start)
