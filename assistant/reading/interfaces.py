"""Extra interfaces for pods and the hardware behind them: SR-IOV NICs and their VFs, DPDK, a second network.
A host's own NICs (multi-homed nodes) are how it is wired, not a need of the pods."""

from __future__ import annotations

from assistant.reading.spans import Rule
from assistant.reading.spans import need as _need
from assistant.reading.spans import rule as _r

# Who carries a second interface: pods and the jobs they run, not the nodes.
_POD_SIDE = r"(pods?|containers?|training|inference|jobs?|workloads?|nccl|mpi|hpc|ml)"
_SOME_PODS = r"(a few|some|several|certain|selected|specific|a handful of|a couple of|only \w+) (of (our|the) )?(\w+ ){0,2}pods"
# A node's interface by its kernel name: eth1, ens5, bond1, ib0 (eth0 is the default route, not another network).
_HOST_NIC = r"(eth[1-9]|ens\d+|enp\w+|eno[1-9]|bond\d|ib\d)\b"
# Nodes with several NICs ("节点都是双网卡", "our workers are multi-homed") say how the hosts are wired, which
# matters for interface autodetection; it is no need for a second interface in the pods.
_PRIMARIES = r"(kube-ovn|calico|cilium|flannel|antrea|ovn-kubernetes|terway|weave)"
_WEIGHED = (rf"\b{_PRIMARIES}\b[^.;!?。；！？]{{0,20}}(\bor\b|\bvs\.?|\bversus\b|还是|或者?)\s*multus\b|"
            rf"\bmultus\b[^.;!?。；！？]{{0,30}}(\bor\b|\bvs\.?|\bversus\b|还是|或者?)\s*{_PRIMARIES}\b|"
            rf"(比较|对比|compar\w+)[^.;!?。；！？]{{0,10}}\b{_PRIMARIES}\s*(和|与|and)\s*multus\b|"
            # "Kube-OVN underlay 和 Multus + macvlan 哪个更合适": weighed in a which-one question
            rf"\b{_PRIMARIES}\b[^.;!?。；！？]{{0,20}}(和|与|跟)\s*multus\b[^.;!?。；！？]{{0,20}}(哪个|哪一个|哪种|谁)")
_MULTIHOMED_NODES = "|".join((r"\b(each|every|the|a) (vm|node|host|server|machine|worker)'s (second|2nd|other|extra|additional) (nic|interface)\b",
                              # "Each box has a public NIC plus a second NIC in our vRack"
                              r"\b(each|every) (box|node|host|server|machine|vm|instance|worker)\b[^.;!?]{0,20}\b(has|have|gets|got|with)\b[^.;!?]{0,40}"
                              r"\b(second|2nd|another|extra|additional) (nic|network card|network interface|interface)\b(?![^.;!?]*\b(pods?|containers?)\b)",
                              r"\b(nodes?|hosts?|servers?|workers?|machines?|masters?|route ?reflectors?|routers?|gateways?)\b[^.;!?]{0,25}"
                     r"\b(have|has|with|are|is)\b[^.;!?]{0,10}"
                     r"\b(two|2|multiple|several|dual|a second|another|an extra|an additional)[\s-]?(nics?|network cards?|network interfaces?|interfaces?)\b"
                     r"(?![^.;!?]*\b(pods?|containers?)\b)",
                     r"\b(nodes?|hosts?|servers?|workers?|machines?)\b[^.;!?]{0,20}\b(multi|dual)[\s-]homed\b(?![^.;!?]*\b(pods?|containers?)\b)",
                     # the nodes' NICs as the cause of a symptom: "Multiple network interfaces break Calico pod network"
                     r"\bmulti(ple)?[\s-](nics?|network (interfaces|adapters|adaptors|cards)|interfaces)\b[^.;!?]{0,15}\b(break|breaks|broke|confus\w+)\b",
                     r"\b(nodes?|hosts?|servers?|machines?)\b[^.;!?]{0,10}\beach (with|having|has) (two|three|four|\d+|multiple|several) "
                     r"(nics?|network (interfaces|adapters|adaptors|cards))\b",
                     # a sentence with no pod before or after its NICs: "calico 多网卡不同子网问题", "本地多网卡集群"
                     r"(?:\A|(?<=[。；！？!?\n]))(?:(?!pod|Pod|POD|容器|需要|要|想|希望)[^。；！？!?])*?(双网卡|多网卡|两块网卡|多块网卡)"
                     r"(?![^。；！？]*(pod|Pod|POD|容器))",
                     r"(主机|节点|服务器|机器|宿主机)[^。；！？]{0,8}(有|配置了|带)?\s*(多个|两个|多块|两块|双)\s*网卡(?![^。；！？]*(pod|Pod|POD|容器))",
                     # the machines' own second NIC: "用 vRack 把它们的第二块网卡连起来"
                     r"(它们|他们|服务器|节点|主机|机器|物理机|虚机|虚拟机|每台)[^。；！？]{0,4}的\s*第二\s*(块|个|张)?\s*网卡(?![^。；！？]*(pod|Pod|POD|容器))",
                     # a cloud's secondary ENI is the node's, whatever the pods do with it
                     r"(辅助|弹性)网卡[^。；！？]*(ECS|ecs|ENI|eni|terway|Terway)|(ECS|ecs|ENI|eni|terway|Terway)[^。；！？]*(辅助|弹性)网卡"))

# traffic kept off Kubernetes: "the GPU jobs do their MPI/NCCL traffic over InfiniBand outside Kubernetes"
_OFF_CLUSTER = r"|\boutside (of )?(kubernetes|k8s|the cluster|the pod network)\b|(k8s|kubernetes|集群)\s*之外"

INTERFACES: tuple[Rule, ...] = (
    _r("sriov_nics", True, r"\bsr-?iov\b", r"\b(virtual functions?|vfs?)\b"),
    # switched off where it is set: "BIOS 里 SR-IOV 是关的", "SR-IOV is disabled in the BIOS"
    # or not to be had: "could do SR-IOV in theory but it's disabled in BIOS", "our NICs don't support SR-IOV", "不支持 SR-IOV"
    _r("sriov_nics", False, r"\bsr-?iov\b[^.;,!?。；，]{0,12}(\b(is|are) (off|disabled|turned off)\b|是关的|关着|是关闭的|已关闭|没开|没有开|未开启)",
       r"\bsr-?iov\b[^.;!?。；]{0,30}\b(is|are|it'?s|was|stays?|remains?)\s+(off|disabled|turned off|switched off|not enabled|not available|"
       r"not supported|off the table|not an option)\b", r"\b(don'?t|doesn'?t|do not|does not|can'?t|cannot|won'?t)\s+(support|do|have|offer)\s+sr-?iov\b",
       r"\b(no|without)\s+sr-?iov\b(?![\s-]+(vfs?|nics?|cni|plugin|operator|device))", r"(不支持|没有|不能开|不让开|不允许开?|禁用了?)\s*sr-?iov",
       r"sr-?iov[^。；，,]{0,10}(不支持|不能开|不让开|不允许|被禁用|禁用了|用不了|开不了)", negatable=False, rank=1),
    # NIC families built for SR-IOV, named as the servers' cards where a fast data plane is the point
    _r("sriov_nics", True, r"\b(intel\s+)?(e810|x710|xxv710|xl710|82599(es)?|x520|x550)\b(?![\w-])",
       r"\b(mellanox\s+|nvidia\s+)?connectx[\s-]?[3-7]\w*\b", r"\bbluefield[\s-]?\d?\b", negatable=False,
       context=r"\b(cnfs?|vnfs?|dpdk|upf|5g|telco|line[\s-]rate|data[\s-]?plane|vfs?|sr-?iov)\b|线速|数据面|运营商|电信"),
    # Pods that drive the NIC themselves: DPDK, a VF bound to vfio-pci, kernel bypass
    _need("dpdk", r"\bdpdk\b", r"\bvfio([\s_-]?pci)?\b", r"\bkernel[\s-]bypass\b", r"\bigb_uio\b",
          r"\buser[\s-]?space (networking|data[\s-]?plane|nic|drivers?|packet processing|poll mode)\b", r"绕过内核", r"用户态(网络|驱动|转发|数据面|收发包)"),
    _need("multi_nic", r"\bmulti(ple)?[\s-](nics?|network interfaces|interfaces|networks|homed)\b",
          # "another network plugin" is another CNI, not a second network for pods
          r"\b(second(ary)?|extra|additional|another) (pod )?(nics?|legs?|interfaces?|networks?(?! (plugin|provider|solution|add-?on|polic))|"
          r"network interfaces?)\b",
          # VFs handed to pods: "our UPF pods get two extra VFs"
          r"\bpods?\b[^.;!?]{0,30}\b(extra|additional|second|two|2) (\w+ )?(vfs|vf|virtual functions?)\b",
          r"\bmore than one (network )?interface\b", r"\bnetwork-?attach(ment)?-?definitions?\b", r"\bnet-attach-def\b",
          r"\bk8s\.v1\.cni\.cncf\.io/networks\b",  # the pod annotation that asks Multus for extra interfaces
          # Multus's default name for a pod's second interface: "POD A with net1 on vf 3", "ping -I net1"
          r"\bpods?( [a-z0-9])?\b[^.;!?]{0,30}\bnet[1-9]\b", r"-I net[1-9]\b", r"\bnet[1-9]\b(?:[^.;!?]|\.(?=\d)){0,40}\bin pod\w*\b",
          r"多(个|块)?网卡", r"多网络", r"(用作|作为|当作|当)\s*(第二|辅助|次要|附加|额外的?)\s*(网络插件|cni|CNI|网络)",
          r"第二(块|个)?网卡", r"(附加|额外|辅助)\s*网卡",
          r"(pod|Pod|容器)[^。；！？]{0,10}(两|2|三|3|多)\s*(张|块|个)\s*网卡",
          r"(pod|Pod|容器)[^。；！？]{0,10}(另外|还)还?有\s*(一|1)?\s*(块|张|个)[^。；！？]{0,12}网卡",
          r"(pod|Pod|容器)[^。；！？]{0,20}(多|再加|加|额外加?|另加)\s*(一|1)\s*(块|张|个)\s*网卡",
          # pods on a dedicated network of the hosts: "ceph client pods need to reach the storage network directly"
          r"\bpods?\b[^.;!?]{0,40}\b(reach|access|attach(ed)? to|join|sit on|be on|talk to|use)\b[^.;!?]{0,20}\b(the |a |our )?(dedicated |separate )?"
          r"(storage|backup|management|data|replication|iscsi|nfs|ceph|san|rdma) (network|vlan|lan|subnet|nic)\b",
          r"(pod|Pod|容器)[^。；！？]{0,20}(直接)?(接入|连到|连入|访问|挂到|挂在|挂\s*(一|1)?\s*(块|张|个))[^。；！？]{0,10}(存储|管理|备份|业务|数据)"
          r"(网络|网)?的?\s*(网络|网|vlan|VLAN|网卡)",
          # an address of its own on such a network: "数据库 pod 希望直接在存储网上有个 IP", "pods get an IP on the storage VLAN"
          r"(pod|Pod|容器)[^。；！？]{0,12}(直接)?在\s*(存储|管理|备份|数据|复制)(网络|网|vlan|VLAN)\s*上?[^。；！？]{0,6}(IP|ip|地址)",
          r"\bpods?\b[^.;!?]{0,40}\b(ip|address)\b[^.;!?]{0,12}\bon (the |our |a )?(dedicated |separate )?"
          r"(storage|backup|management|replication|iscsi|nfs|ceph|san) (network|vlan|lan|subnet)\b",
          # pods that also need an ordinary cluster interface beside a dedicated one
          r"(pod|Pod|POD|容器)[^。；！？]{0,6}(还|也|同时|另外)[^。；！？]{0,4}(得|要|需要|必须)?\s*有?\s*(一|两|第二)\s*(张|块|个)[^。；！？]{0,10}网卡",
          r"\bpods?\b[^.;!?]{0,30}\b(also|still|additionally)\b[^.;!?]{0,20}\b(need|needs|have|get|keep)\b[^.;!?]{0,25}\b"
          r"(regular|normal|default|ordinary|cluster|management) (interface|nic|network)\b",
          # some pods, not all, placed on a physical network: a second interface beside the pod network
          r"\b(a few|some|several|certain|selected) (of (our|the) )?pods\b[^.;]{0,30}\b(directly )?(on|in|attached to|into) "
          r"(our|the|an?) (\w+ ){0,2}(vlans?|lan|physical network|segment)\b",
          r"(部分|少数|个别|一些|某些)\s*(pod|Pod|容器)[^。；]{0,20}(直接)?(接入|连到|连入|使用|放到)[^。；]{0,10}(vlan|VLAN|物理网络)",
          # an interface made for the pod on a VLAN or NIC of the host: "create an interface for my pod ... on VLAN 10"
          r"\b(create|add|attach|give)\w* (an? |another |extra )?(vlan |macvlan |ipvlan )?interfaces? (for|to|in) (my|our|the|a|each) pods?\b",
          # RDMA over InfiniBand or RoCE rides a device beside the pod network: IPoIB, rdma-shared-dev-plugin, GPUDirect
          # (said of pods or their jobs: "Ceph on the storage nodes uses RDMA" is the nodes')
          r"\b(pods?|containers?|mpi|workloads?|jobs?|applications?|apps?)\b[^.;!?]{0,60}\b(rdma|infiniband|ipoib|roce(v2)?|gpudirect|(?-i:IB))\b",
          r"\b(rdma|infiniband|ipoib|roce(v2)?|gpudirect)\b[^.;!?]{0,40}\b(pods?|containers?|k8s|kubernetes|mpi)\b", r"\brdma[\s-]shared[\s-]dev[\s-]plugin\b",
          r"(pod|Pod|容器|mpi|MPI)[^。；！？]{0,30}(rdma|RDMA|infiniband|(?<![\w/])(?-i:IB)\b|roce|RoCE)|(rdma|RDMA)[^。；！？]{0,30}(pod|Pod|容器|k8s|K8s)",
          unless=_MULTIHOMED_NODES + _OFF_CLUSTER),
    # Multus named: in use unless the denial is said of it ("no Multus", "without Multus"), not of a verb
    # further back ("the two pods can not use the same IP with multus CNI")
    # (not Multus weighed against a primary plugin: "比较 Kube-OVN 和 Multus + macvlan 两种方案", "Kube-OVN or Multus with macvlan?")
    # (nor ruled out after it: "Multus + SR-IOV 那套用不了")
    _r("multi_nic", True, r"(?<!\bno )(?<!\bwithout )(?<!\bnot )(?<!没用 )(?<!没有用 )(?<!不用 )(?<!没有 )(?<!没 )(?<!无需 )(?<!不需要 )\bmultus\b"
       r"(?![^。；！？.;!?]{0,15}(用不了|不能用|没法用|行不通|走不通|不可行))", negatable=False, need=True, unless=_MULTIHOMED_NODES + "|" + _WEIGHED),
    _r("multi_nic", False, r"\b(no|without|not using|no need (for|of)|don'?t (use|need|want)|do not (use|need|want))( the)? multus\b",
       r"(没用|没有用|不用|没有|没|无需|不需要)\s*multus\b", negatable=False, rank=1),
    # A second interface described by what it carries: RDMA fabrics (RoCE, InfiniBand, GPUDirect) reach pods through
    # an extra NIC (SR-IOV, host-device or macvlan via Multus), but pods must be in the sentence: "Ceph uses RDMA" is
    # the nodes'. SR-IOV hardware is not implied.
    _need("multi_nic", rf"\b{_POD_SIDE}\b[^.;!?]{{0,60}}\b(rdma|roce(\s*v?2)?|infiniband|gpudirect)\b",
          rf"\b(rdma|roce(\s*v?2)?|infiniband|gpudirect)\b[^.;!?]{{0,60}}\b{_POD_SIDE}\b",
          # another LAN alongside the pod network: "attach the SIP pods to eth2 ... as well as the default pod network",
          # "some pods show up on the camera VLAN". Every pod on the LAN (macvlan as the only network) is no second interface.
          rf"\b(attach|connect|bridge|plug|join|expose|put)\w*\b[^.;!?]{{0,30}}\bpods?\b[^.;!?]{{0,30}}\b(to|onto|on|into) "
          rf"(the )?(node'?s? |host'?s? )?{_HOST_NIC}",
          # (not the pod network routed over a node NIC: "Pod CIDR 10.128.32.0/20, to be routed via eth1")
          rf"\bpods?\b(?!\s*(cidr|network|subnet|range|traffic))[^.;!?]{{0,40}}\b(on|to|onto|via|through) (the )?(node'?s? |host'?s? )?{_HOST_NIC}",
          # some pods over a NIC of their own: "some pods should talk NFS to the filer directly over that storage NIC"
          rf"\b{_SOME_PODS}\b[^.;!?]{{0,90}}\b(over|via|through|using) (that|the|a|its|their|our) (\w+ ){{0,2}}(nic|network card|port|interface)\b",
          rf"\b{_SOME_PODS}\b[^.;]{{0,40}}\b(on|in|attached to|into|onto|join|to|show up on|appear on) (our|the|an?|that|this|those|"
          r"another|their) (\w+ ){0,2}(vlans?|lans?|physical network|segment|(plant|factory|office|storage|camera|ot|iot|production|"
          r"legacy|customer|provider|tenant|separate|other|physical) (network|subnet))\b",
          r"\b(as well as|in addition to|besides|alongside|next to|on top of|but also)\b[^.;!?]{0,20}\b(the )?(normal|regular|default|"
          r"usual|primary|cluster|main) (pod |cluster |k8s |kubernetes )?(network|interface|cni|eth0)\b",
          r"\b(passthrough|passed[\s-]through|pass[\s-]through|host-device) (nics?|network (cards?|interfaces?|adapters?)|interfaces?)\b",
          r"\b(nics?|network cards?) (passthrough|passed[\s-]through)\b", r"\bdual[\s-]homed\b",
          r"(rdma|RDMA|RoCE|roce|InfiniBand|infiniband|GPUDirect)[^。；！？]{0,20}(网卡|网络)|(pod|Pod|容器|训练)[^。；！？]{0,20}(rdma|RDMA|RoCE|InfiniBand)",
          r"(给|为)\s*[^。；！？，,]{0,10}(pod|Pod|容器)[^。；！？，,]{0,6}(再)?(挂|加|添加|挂载|接|插|绑定|分配)[^。；！？，,]{0,6}(网卡|网口|网络接口)",
          r"(pod|Pod|容器)[^。；！？]{0,10}(再|额外)?(挂|挂载|添加|加)\s*(一|1|多)?\s*(块|个|张)\s*(网卡|网口)",
          r"直通\s*(的)?\s*(网卡|网口|nic|NIC)|网卡\s*直通", r"双网卡",
          # "有几个 pod 需要第二张网卡直接接到存储 VLAN"
          r"(pod|Pod|容器)[^。；！？]{0,10}(需要|要|得|想要|希望)\s*(有)?\s*(第二|另一|额外的?|多一)\s*(张|块|个)?\s*(网卡|网口|网络接口)",
          # traffic of some workload kept on a separate VLAN or NIC: "行情走单独的 VLAN 300（网卡 ens2f1）"
          r"走\s*(单独|独立|专用|另外)的?\s*(一个|一块|的)?\s*(vlan|VLAN|网卡|网口|网络平面|业务网)",
          r"(pod|Pod|容器)[^。；！？]{0,15}(同时)?(接入|连到|连接|连入|加入)\s*(两|2|多)\s*个\s*(网络|网段|vlan|VLAN)",
          # some pods given addresses of a LAN the machines already use: "要求一部分 Pod 直接拿这个网段的 IP"
          r"(一部分|部分|几个|某些|少数|个别|有些)\s*(的)?\s*(pod|Pod|容器)[^。；！？]{0,12}(直接)?(拿|用|分配|获得|获取|拿到)[^。；！？]{0,10}网段\s*(的|里的)?\s*(ip|IP|地址)",
          unless=_MULTIHOMED_NODES + _OFF_CLUSTER),
)
