"""Address-management needs, English and Chinese: pods (or KubeVirt VMs) that keep a fixed IP,
and tenants or namespaces that get isolated subnets or VPCs of their own. Few plugins document
either (Kube-OVN both; Calico and Terway fixed IPs), so a stated need narrows the choice."""

from __future__ import annotations

from assistant.reading.spans import Rule, rule
from assistant.reading.spans import need as _need

_KEEP = r"(keep|keeps|retain\w*|preserv\w*|stay\w*|remain\w*|survive\w*)"
_LIVE = r"\blive[\s-]?migrat\w*|\bmigrat\w* (the |a |an |our )?vmis?\b"
_KUBEVIRT = (r"\bkube[\s-]?virt\b|\bvirt-launcher\b|\bvmis?\b|\bpod network\b|\b(multus|whereabouts|network-attachment-definitions?)\b|"
             r"\bmigration pods?\b|\bkube[\s-]?ovn\b")  # VMs on Kube-OVN are KubeVirt's; so is the pod a migration starts

IPAM: tuple[Rule, ...] = (
    _need("static_pod_ips",
          # not the address traffic leaves by: "the egress static ip feature" is an egress gateway's, not a pod's
          r"(?<!\begress )(?<!\bsnat )(?<!\boutbound )\b(static|fixed|stable|sticky|pinned|persistent) (pod )?(ips?|ip ?addrs?|ip addresses|addresses)\b"
          r"(?! (of|for) (the )?(nodes?|hosts?|servers?))(?! (for|on) (egress|outbound))"
          # (nor the address outbound requests appear to come from: "make outbound requests appear to come from a static ip")
          r"(?<!\bcome from a static ip)(?<!\bcomes from a static ip)(?<!\bcoming from a static ip)(?<!\bcome from one static ip)",
          r"\b(starts?|comes? back|restarts?|re-?creat\w*|returns?) with the same ip\b",
          # "keep IP unchanged when pod recreates"
          rf"\b{_KEEP} (the |its |their |pods?'? |an? )*(ips?|ip ?addrs?|ip addresses) (unchanged|constant|the same)\b"
          r"[^.;!?]{0,30}\b(pods?|restart\w*|re-?creat\w*|reschedul\w*|migrat\w*)\b",
          rf"\b(pods?|vms?|virtual machines|statefulsets?|workloads?)\b[^.;!?]{{0,50}}\b{_KEEP} (their|its|the same) (pod )?(ips?|ip addresses|addresses)\b",
          # "maintain that IP as the pod moves"
          r"\b(maintain|keep|retain|preserve)\w*\b (that|the|its|their|the same) (pod )?ip( address)?s?\b[^.;!?]{0,20}\b(as|when|after|if|while) "
          r"(the |a )?(pod|vm)s? (moves?|is rescheduled|gets rescheduled|restarts?|migrates?|is re-?created)\b",
          r"\bsame ip (after|across|on) (restart|re-?creat\w+|reschedul\w+|live[\s-]migration|migration)s?\b",
          # a move asked to keep each one's address: "Will live migration keep each VM's IP?"
          rf"\b(live[\s-]migrat\w*|migrat\w*|restarts?|reschedul\w+)\b[^.;!?]{{0,20}}\b{_KEEP} (each|every|the|their|its|our) "
          r"(vm|virtual machine|pod|instance)?'?s?'? ?(ips?|ip addresses|addresses)\b",
          r"\b(ips?|addresses) (must |should )?(not change|never change|stay the same|survive)\b[^.;!?]{0,40}\b(restart|re-?creat|reschedul|migrat)",
          # a VM's address that must outlive its moves: "throughout the VM life cycle the IP should remain the same"
          r"\b(vm|virtual machine|pod|statefulset)s?\b[^.;!?]{0,40}\bips?\b (must |should |has to |needs to )?(remain|stay|be kept|keep) (the )?same\b",
          r"固定\s*(pod\s*)?(ip|IP|地址)",
          r"(ip|IP|地址)(\s*(和|与|、|及)\s*(mac|MAC)\s*(地址)?)?\s*(要|需要|必须|得|都|也|还|能|能够|可以)*\s*(保持)?\s*(原来的?|原有的?)?\s*(不变|固定)",
          r"静态\s*(ip|IP)", r"保持\s*(原来的\s*)?(ip|IP|地址)",
          # a pod bound for good to its first address: "让有状态的 pod 始终绑定它第一次创建时拿到的 IP 地址"
          r"(pod|Pod|POD|容器|实例)[^。；！？]{0,12}(始终|一直|永远|总是)\s*(绑定|使用|用|保持|拿到|分配到?)[^。；！？]{0,20}(ip|IP|地址)",
          r"\b(pods?|statefulsets?)\b[^.;!?]{0,30}\b(always|permanently|forever)\s+(get|gets|keep|keeps|bound to|use|uses|have|has)\b"
          r"[^.;!?]{0,30}\b(same|first|original|initial) ips?\b",
          # "热迁移时 IP 不能变": an address that must not change across moves
          r"(迁移|重启|重建|漂移)[^。；！？]{0,10}(ip|IP|地址)\s*(不能|不可以|不会|不要|不允许|不得)\s*(变|改变|变化|改)",
          r"(ip|IP|地址)\s*(不能|不可以|不要|不允许|不得)\s*(变|改变|变化)[^。；！？]{0,6}(迁移|重启|重建)?",
          unless=r"\b(node|host|server|master|load ?balancer|external|egress|service|cluster) ips?\b[^.;!?]{0,10}\b(static|fixed)\b|"
                 # the address traffic is NATed to on its way out: "NAT its IP address to a reliable static IP from the VPC CIDR"
                 r"\b(nat|nats|nated|natted|snat|snatted|masquerad\w*)\b[^.;!?]{0,40}\b(static|fixed|stable)\b|"
                 r"\b(nodes?|hosts?|servers?|machines|masters?|workers?)\b (have|has|with|use|got|get|are on)\b[^.;!?]{0,12}\b(static|fixed)\b|"
                 r"\b(static|fixed) ips?\b[^.;!?]{0,12}\b(for|on|of) (the |our |all )?(nodes|hosts|servers|machines)\b|"
                 r"(节点|主机|宿主机|服务器)\s*(的)?\s*(ip|IP)\s*(要|能|也|还|可以|都)*\s*(保持)?\s*(固定|不变|(不能|不可以|不要|不允许|不得)\s*(变|改))|"
                 # a NIC's static address is the node's: "网卡2: 静态IP", "static ip 192.168.10.2 with ens192"
                 r"\b(nics?|network cards?|interfaces?|ens\d+|eth\d+|enp\w+|netplan|dhcp)\b[^.;!?]{0,25}\b(static|fixed)\b|"
                 r"\b(static|fixed)\b[^.;!?]{0,25}\b(nics?|network cards?|interfaces?|ens\d+|eth\d+|enp\w+|netplan|dhcp)\b|"
                 r"网卡[^。；]{0,10}(静态|固定)|(静态|固定)[^。；]{0,10}网卡|(static|fixed) ips?\s+\d{1,3}\.\d|"
                 # the address traffic leaves by, in Chinese: "固定的出口（egress）静态 IP"
                 r"(出口|出网|出站|出集群|egress|snat)[^。；！？]{0,20}(静态|固定)\s*(ip|地址)|(静态|固定)的?\s*(出口|出网|出站|egress)|"
                 r"(出口|出网|出站|出集群|egress|snat)[^。；！？]{0,12}(源\s*)?(ip|地址)\s*(要|需要|必须)?\s*(固定|不变)|"
                 r"(静态|固定)的?\s*(ip|地址)\s*出去|(出去|出网|出站|访问外部)\s*(时|的时候)?\s*(用|走|使用)[^。；！？]{0,8}(静态|固定)|"
                 # addresses registered with a partner or allow-listed: "只认我们报备的 2 个固定 IP"
                 r"(报备|登记|备案|白名单)[^。；！？]{0,10}(静态|固定)\s*(ip|地址)|"
                 r"\b(egress|outbound|outgoing)\b[^.;!?]{0,40}\b(static|fixed|specified|single|predictable)\s+(source )?(ip|vip|address)|"
                 # "leave the cluster from one fixed IP"
                 r"\b(leave|leaves|leaving|exit|exits|exiting)\b[^.;!?]{0,30}\b(static|fixed|stable)\s+(source )?(ip|vip|address)|"
                 # "pods in the billing namespace need to go out from one fixed SNAT address"
                 r"\b(go|goes|going|get|gets) out\b[^.;!?]{0,20}\b(from|through|via|with|as) (one|a|two|the same|a single)?\s*(fixed|static|stable|"
                 r"dedicated|known|single)\s+(snat |source |egress |public |outbound )?(ips?|vips?|address(es)?)\b"),
    # A KubeVirt VM live-migrated on the pod network keeps its address: that is what the migration needs of the network.
    # KubeVirt named, or its words: a VMI, the virt-launcher pod, a VM on the pod network
    rule("static_pod_ips", True, _LIVE, r"热迁移", context=_KUBEVIRT, negatable=False),
    _need("live_migration", _LIVE, r"热迁移", context=_KUBEVIRT),
    # services kept apart by the address they leave with: "Other and the SMTP service must not share an external IP"
    rule("egress_ip", True, r"\b(must|should|can|do|does|may)\s*(not|n'?t) share (an? |the same |one )?(external|egress|outbound|public|source) ips?\b",
         negatable=False),
    # the source address traffic leaves the cluster by, fixed: an egress gateway, not the pod's own address
    _need("egress_ip", r"\b(static|fixed|stable|predictable|consistent|dedicated|known|single|specific|specified|reliable) (egress|outbound|outgoing|source) "
          r"(source )?(ips?|ip addresses|addresses)\b",
          r"\begress[\s-]?(gateways?|ips?)\b(?!\s*(rules?|polic))", r"\begressip\b",
          # "control what IP is used when a service is connecting to something externally"
          r"\bcontrol (what|which) (source |external |public |outbound )?ip( address)? (is |gets )?used\b[^.;!?]{0,60}\b(external\w*|outside|outbound)\b",
          # "namespace specific SNAT ips to outside cluster", "a source IP per namespace"
          r"\b(namespace|pod|app|tenant)[\s-]?(specific|dedicated) (snat|egress|source|outbound) ips?\b",
          r"\b(snat|egress|source|outbound) ips? (per|for each|for every|by) (namespace|pod|app|tenant)\b",
          r"\b(egress|outbound|outgoing) (pod )?traffic\b[^.;!?]{0,30}\b(appear|come|originate)s? (as|from) (a |one |the same )?(specified |single |"
          r"fixed |static |specific |known )+(ip|vip|address)\b",
          r"\b(outgoing|outbound|egress) (requests?|connections?|traffic)\b[^.;!?]{0,30}\b(predictable|fixed|static|single) ip\b",
          r"\b(go|goes|going|get|gets) out\b[^.;!?]{0,20}\b(from|through|via|with|as) (one|a|two|the same|a single)?\s*(fixed|static|stable|"
          r"dedicated|known|single)\s+(snat |source |egress |public |outbound )?(ips?|vips?|address(es)?)\b",
          # "a partner whitelists exactly two source IPs ... pods should leave the cluster with those IPs"
          r"\b(leave|exit|go out of)\w* the cluster (with|from|via|using|through) (those|these|the|one|a single|a|two|three|a few|specific|fixed|"
          r"dedicated|known|"
          r"stable) (\w+ )?(source )?ips?\b",
          r"\b(whitelist|allowlist|allow-list)\w*\b[^.;!?]{0,20}\b(exactly |only )?(one|two|three|a few|a couple of|\d) (specific |fixed |known )?"
          r"source ips?\b",
          # the far end admits only addresses given to it: "the partner only accepts connections from two source IPs we registered",
          # "whitelists our IPs", "只放行我们登记的两个出口 IP"
          r"\b(only )?(accepts?|allows?|admits?|permits?|lets in)\b[^.;!?]{0,25}\bfrom\b[^.;!?]{0,20}\b(source |egress |outbound |public )?ips?"
          r"( address(es)?)? (we|that we|which we) (registered|gave|provided|whitelisted|allowlisted|declared)\b",
          r"\b(accepts?|allows?|admits?|permits?)\b[^.;!?]{0,25}\bfrom\b[^.;!?]{0,10}\b(our )?(registered|whitelisted|allowlisted|declared) "
          r"(source |egress |outbound |public )?ips?\b",
          r"\b(whitelist|allowlist|allow-list)s? (our|the cluster'?s?) (egress |outbound |source |public )?ips?\b",
          r"(白名单|放行)[^。；！？]{0,20}(出口|源|出网)\s*(ip|IP|地址)|(登记|报备|备案)的?[^。；！？]{0,8}(出口|源|固定)\s*(ip|IP)",
          r"(源|出口)\s*(ip|IP|地址)\s*白名单", r"(只认|只允许|只放行|只接受)[^。；！？]{0,8}(固定|指定|登记)的?\s*(源|出口)\s*(ip|IP|地址)",
          r"(出站|出口|出网|出集群)(的)?流量[^。；！？]{0,10}(固定|统一|都)\s*(从|用|走)[^。；！？]{0,10}(ip|IP|地址)\s*出去",
          # "Pods in the billing namespace must reach it from one fixed, known IP"
          r"\b(reach|access|call|connect to)\b[^.;!?]{0,20}\bfrom (one|a|a single|the same) (fixed|known|static|stable)"
          r"(,? (and )?(fixed|known|static|stable))? (source )?(ip|address)\b",
          r"\b(predictable|fixed|static|single|dedicated|stable) (source )?ip( address)?\b[^.;!?]{0,10}\bfor (all )?(outgoing|outbound|egress)\b",
          # "their traffic has to leave from one or two fixed, known IPs"
          r"\b(traffic|pods?)\b[^.;!?]{0,40}\b(leave|leaves|exit|exits|egress|come|comes|originate|originates)\b[^.;!?]{0,10}\b(from|with|via)\b[^.;!?]{0,25}"
          r"\b(fixed|known|static|stable|predictable|dedicated)\b[^.;!?]{0,15}\b(ips?|address(es)?)\b",
          # "a licence server that only accepts a couple of whitelisted source IPs"
          r"\b(one|two|three|a few|a couple of|a handful of|\d) (whitelisted|allowlisted|allow-listed|registered|approved) (source |egress )?ips?\b",
          r"(固定|静态|指定)的?\s*(几个|一个|一组|某个|某几个)?\s*(出口|出网|出站)[^。；！？]{0,16}(ip|IP|地址)",
          # "出集群的流量都从两个固定 IP 出去"
          r"(出集群|出网|访问外部|访问外网)[^。；！？]{0,20}(固定|指定|静态)的?\s*(ip|IP|地址)",
          r"从[^。；！？]{0,10}(固定|指定|静态)的?\s*(ip|IP|地址)\s*出去",
          r"(出|访问外部|访问外网|出集群|外部)[^。；！？]{0,20}源\s*(ip|IP|地址)\s*(必须|要|需要|得)?\s*(是)?\s*(固定|不变)",
          r"(出口|出网|出站)\s*(ip|IP)\s*(固定|不变)", r"出口网关|egress\s*网关",
          # the fixing as a verb before the address: "出集群时固定用一两个出口 IP"
          r"(固定|统一|指定)\s*(用|使用|走|从)\s*[^。；！？]{0,8}(出口|源|出网)\s*(ip|IP|地址)",
          # "SNAT traffic from a pod or set of pods to a specific IP address"
          r"\bs?nat\w*\s+(the\s+)?(traffic|packets|connections)?\s*(from|of)\s+(a |the |some |certain )?(pods?|set of pods|namespaces?)\b"
          r"[^.;?]{0,30}\bto (a |one |the )?(specific|fixed|static|single|dedicated|particular|given|known) (source )?ip",
          # the fixing before the address: "出集群的流量要固定源 IP"
          r"(出去|出集群|出网|出站|访问外部|访问外网|外部)[^。；！？]{0,16}(要|需要|必须|得)?\s*(是)?\s*(固定|指定)的?\s*(的)?\s*(\d+\s*个)?\s*源\s*(ip|IP|地址)",
          unless=r"\begress (network )?polic(y|ies)\b|\begress rules?\b"),
    _need("tenant_networks",
          r"\b(each|every|per|own|separate|isolated|dedicated)\b[^.;!?]{0,20}\b(tenant|namespace|team|customer|business unit|department|bu)\b"
          r"[^.;!?]{0,30}\b(own |isolated |separate )?"
          r"(vpcs?|subnets?|networks?|address spaces?|cidrs?)\b",
          r"\b(subnets?|vpcs?|networks?|cidrs?|ip ranges?)( range)?\b[^.;!?]{0,15}\b(for|per|to) (each|every|a) (k8s |kubernetes )?"
          r"(namespace|tenant|customer|team)\b",
          # not OpenStack's "tenant network", the project network the VMs sit on
          r"\bnamespace[\s-](vpcs?|subnets?)\b", r"\btenant vpcs?\b",
          r"\btenants?\b[^.;!?]{0,30}\b(own|isolated|separate)\b[^.;!?]{0,20}\b(vpcs?|networks?|subnets?)",
          # "each tenant brings its own (overlapping) 10.0.0.0/24"
          r"\btenants?\b[^.;!?]{0,30}\b(own|overlapping)\b[^.;!?]{0,20}(\d{1,3}\.){3}\d{1,3}/\d{1,2}",
          r"\baddress (ranges|spaces) (may|can|might|will) overlap\b", r"\bper[\s-]tenant (networks?|subnets?|vpcs?)\b",
          # "group networks have to be allowed to overlap", "each research group must get its own isolated network"
          r"\b(networks?|subnets?|cidrs?|ranges)\b[^.;!?]{0,15}\b(may|can|must|have to|need to)( be allowed to| be able to)? overlap\b",
          r"\b(each|every) (\w+ )?(group|lab|project|faculty|school)\b[^.;!?]{0,25}\b(its|their) own (isolated |separate |private )?(network|subnet|vpc)\b",
          r"\boverlapping (cidrs?|subnets?|ip ranges|address(es| spaces)?)\b",
          r"\b(ip|cidr|subnet|address)[\s-]?overlap\w*", r"\b(ips?|cidrs?|subnets?) (that )?overlap\b",
          r"\bsame (cidr|subnet|ip range|address plan|cidr address plan)\b[^.;!?]{0,40}\b(different|two|each|other|another) (namespaces?|vpcs?|tenants?)\b",
          r"\b(different|two|each|several) (namespaces?|vpcs?|tenants?)\b[^.;!?]{0,40}\bsame (cidr|subnet|ip range|address plan)\b",
          r"\b(custom|own|dedicated|separate|isolated) vpcs?\b[^.;!?]{0,50}\b(per|each|every|own\w*)\b[^.;!?]{0,15}\b(namespace|tenant|customer|account)s?\b",
          r"\bmulti[\s-]tenan\w+ (vpcs?|networks?|networking|subnets?)\b",
          # (not "不同 namespace 之间做网络隔离": isolation between them is NetworkPolicy)
          r"(每个|各个|不同)\s*(的)?\s*(租户|namespace|命名空间|项目|事业部|部门|团队|业务线|单位|客户|委办局|机构)[^，。；！？]{0,10}(自己的|独立的?|单独的?|各自的?)?\s*"
          r"(vpc|VPC|子网|网段|网络(?!\s*(隔离|策略|访问控制)))",
          r"(租户|多租户)\s*(vpc|VPC|子网)",
          # Kube-OVN's tenant VPCs: "自定义vpc无法通过vpc网关上网", its CRD "kind: Vpc"
          r"自定义\s*(vpc|VPC)", r"(?-i:\bkind:\s*Vpc\b)",
          # "几个租户的 namespace 要各自一张隔离的网络"
          r"(租户|团队|客户)[^。；！？]{0,16}(各自|各有|分别)[^。；！？]{0,4}(一张|一个|一套)?\s*(隔离|独立|单独)?的?\s*(vpc|VPC|子网|网段|网络)",
          # "每个租户一个 namespace，要有自己独立的子网/网络"
          r"每(个|一个)\s*(租户|团队|客户)[^。；！？]{0,20}(自己的?|独立的?|单独的?|各自的?)\s*(隔离|独立|单独)?的?\s*(一张|一个|一套)?\s*(vpc|VPC|子网|网段|网络)",
          r"(子网|网段|地址)[^。；，,没不无未]{0,10}(?<![不没无未])(重叠|冲突也能用)",
          # "按租户(namespace)划分子网", "给每个团队分独立网段"
          r"(按|给|为)\s*(每个|各个)?\s*(租户|namespace|命名空间|团队|项目)[^。；！？，]{0,12}(划分|分配|分|隔离|独立)[^。；！？，]{0,6}(子网|网段|vpc|VPC)"),
    # two tenants wanting one address: "userA might want 10.0.0.1 for his VM and userB that also: will they overlay each other?"
    # (a "whether ... or not" around it asks, it denies nothing)
    rule("tenant_networks", True, r"\bmulti[\s-]?tenan\w*\b[^?]{0,160}\b(same (ip|address)|(overlap|overlay)\w* each other)\b", negatable=False),
)
