"""Whether a question is about our domain at all: Kubernetes pod networking, not a neighbouring subject (storage, Helm,
certificates, monitoring) that names the CNI only as background."""

from __future__ import annotations

import re

from assistant.reading.spans import rx

# Vocabulary of the domain, both languages: a question with none of these is not ours,
# whatever the retriever finds for it.
_TOPIC_EN = rx(
    r"\b(k8s|kubernetes|kubelet|kube-proxy|kubeadm|k3s|rke2|openshift|cnis?|pods?|max[\s-]?pods|nodes?|clusters?|containers?|docker|containerd|cri-o"
    r"|network(ing|s)?|overlay|underlay|vxlan|geneve|ipip|ip-in-ip|bgp|host-gw|ebpf|bpf|iptables|ipvs|nats?"
    r"|mtu|encapsulation|encap|subnets?|vlans?|ip[\s-]?pools?|(ipip|vxlan)[_-]?mode|l2|l3|layer ?[23]|arp|mac|routing|routes?|ipam|ip addresse?s?|ipv[46]"
    r"|dual-stack|network ?polic(y|ies)|wireguard|ipsec|encryption|latency|bandwidth|throughput|services?"
    r"|egress|firewall|security[\s-]?groups?|eni|vpc|hypervisor|vmware|openstack|bare[- ]metal|sr-iov|sriov|multus"
    r"|macvlan|ipvlan|portmap|bridge|veth|conflist|daemonset|calico|flannel|canal|cilium|weave|terway|antrea"
    r"|kube-router|ovn|kube-ovn|midonet|contiv|aws|azure|gke|aliyun|alibaba|eks|aks|windows nodes?|kernel|dpdk|nic"
    # Service plumbing is pod networking too: a question about EndpointSlices or a NodePort has none of the above.
    r"|endpoints?|endpointslices?|clusterip|nodeport|loadbalancer|ingress|dns|coredns|conntrack|nftables|ports?"
    # Packet-level words: a detailed question about a component ("NodeLocal DNSCache", "an IP set") may use only these.
    r"|packets?|tunnels?|ip ?sets?|dns\w+|nodelocal\w*|dhcp|tcp|udp|icmp|sctp|netfilter|xdp"
    # How packets are addressed and rewritten: "ping for externalIP when DSR is enabled", "how about broadcast?"
    r"|multicast|broadcast|anycast|unicast|dsr|direct server return|external[\s-]?ips?|snat|dnat|masquerad\w*|hairpin\w*"
    r"|kube-controller-manager|kube-apiserver)\b",
)
_TOPIC_ZH = (
    "网络", "容器", "集群", "节点", "插件", "覆盖", "封包", "拆包", "延迟", "延时", "带宽", "二层", "三层",
    "广播", "交换机", "路由", "子网", "网段", "隧道", "加密", "网络策略", "内核", "虚拟化", "虚拟机", "私有云",
    "公有云", "共有云", "阿里云", "云厂商", "物理机", "裸金属", "服务发现", "负载均衡", "网卡", "地址", "防火墙",
    "端点", "端口", "连接跟踪",
)
# Words every Kubernetes question uses, networking or not.
_GENERIC_K8S = rx(r"\b(k8s|kubernetes|kubelet|kubeadm|k3s|rke2|openshift|pods?|nodes?|clusters?|containers?|docker|containerd|cri-o|"
                  r"daemonsets?|aws|azure|gke|eks|aks|aliyun|alibaba|kernel|kube-controller-manager|kube-apiserver|windows nodes?)\b")
_NETWORKISH = rx(_TOPIC_EN.pattern, r"\b(plugins?|sandbox|reach\w*|connect\w*|ping\w*|talk\w*|communicat\w*|traffic|time ?outs?|"
                 r"timed out|(not |in)accessible|call(s|ing)? each other|(across|between) (the )?nodes|unreachable|curl|packets?|addresses?|ips?|"
                 r"session ?affinity|client ?ip|external ?traffic ?policy|"
                 r"internal ?traffic ?policy|headless|topology[\s-]aware|host ?ports?|host ?network|network ?type|network[_-]plugin|"
                 r"no route to host|(network|host) (is )?unreachable)\b")
_TOPIC_ZH_NET = tuple(w for w in _TOPIC_ZH if w not in ("容器", "集群", "节点", "内核", "虚拟机", "私有云", "公有云", "共有云", "阿里云",
                                                        "云厂商", "物理机", "裸金属")) + ("通信", "访问", "互通", "不通", "ping")
# Kubernetes words that alone do not make a question about pod networking: the knowledge base has
# nothing on storage, TLS certificates, Helm or CI, so those are declined even inside a cluster.
# (not inside a hyphenated name: the pod "helm-install-traefik" is no Helm question)
_OFF_DOMAIN = rx(r"(?<![\w-])(storageclass|persistent ?volumes?|persistentvolumeclaims?|pvcs?|csi|ceph|rbd|nfs|longhorn|helm(?! (upgrade|install))|chart|rbac|"
                 r"serviceaccount|hpa|autoscal\w+|x509|certificates?|postgres\w*|mysql|redis|gitlab|"
                 r"tls|https|cert-manager|registry|harbor|docker login|ci|runner|github actions|jenkins|grub|crontab|"
                 # backup tools, application memory and monitoring stacks: words a network question does not need
                 # ("restore connectivity" or "Java pods time out" stay ours)
                 r"velero|heap|jvm|-?xmx\w*|maxrampercentage|garbage collect\w*|prometheus|grafana|alertmanager|fluentd|fluent ?bit|"
                 # object storage and database backups: "barman-cloud WAL archiving to S3 fails with AccessDenied"
                 r"s3|buckets?|irsa|iam (role|polic\w+)|wal archiv\w*|barman[\w-]*|cloudnativepg|cnpg|backups?|"
                 r"loki|elasticsearch|log rotation|modbus|opc[\s-]?ua|scada|"  # (field protocols: polling a PLC's registers)
                 # accelerators and the device plugins that expose them: "pods requesting nvidia.com/gpu sit in Pending"
                 # (not the GPU servers a network question runs on, nor NVIDIA's NICs)
                 r"nvidia\.com/gpu|nvidia-(smi|device-plugin|container-toolkit|container-runtime|ctk)|nvml|cuda|(gpu|nvidia) device[\s-]plugins?|"
                 r"gpu[\s-]operator|etcdserver|mvcc|database space exceeded|"
                 # GitOps tools and their sync state: "Argo CD keeps showing our Helm-based apps as OutOfSync"
                 r"argo ?cd|argocd|flux ?cd|kustomiz\w+|outofsync|mutating webhooks?|helm-based|"
                 # an ingress controller's own settings (timeouts, annotations, TLS): not the pod network
                 r"ingress[\s-]nginx|nginx[\s-]ingress|traefik('s)? (web )?(ui|dashboard)|proxy[_-](connect|read|send)[_-]timeout|50[234] gateway|"
                 # the API server's own high availability: a virtual IP and load balancer in front of the masters
                 r"keepalived|haproxy|kube-vip|(master|apiserver|api server|control[\s-]plane) (vip|virtual ip|load[\s-]?balancer|endpoint))(?![\w-])",
                 r"证书|存储|镜像仓库|权限|自动扩缩|备份|快照|内存溢出|堆内存|监控告警|日志收集|寄存器|轮询周期|(master|apiserver|主节点|控制面)\s*vip|lb\s*地址")
# Words only pod networking uses: with one of these, a certificate or Helm word is a side detail.
_NETWORK_CORE = rx(r"\b(cnis?|overlay|underlay|vxlan|geneve|ipip|bgp|host-gw|ebpf|mtu|encapsulation|ipam|network ?polic\w*|egress|tofqdns?|fqdns?|"
                   r"wireguard|ipsec|multus|macvlan|ipvlan|sr-?iov|calico|flannel|cilium|weave|terway|antrea|kube-router|ovn|"
                   r"ovs|open ?vswitch|ovs[\s-]offload|(hardware|hw|nic) offload\w*|smart ?nics?|"
                   r"kube-?ovn|pod (network|ip|cidr)s?|cluster[\s-]cidr|kube-proxy|ipvs|veth|tunl0|cni0|data[\s-]?plane( v[12])?|dpv2|"
                   r"(fixed|static|pod'?s?) ip( address)?s?|network ?type|network[_-]plugin|max[\s-]?pods(?!\s+replicas\b)|pod density|"
                   r"pods per (node|instance)|"
                   # the VPC CNI's security groups for pods: "pods requiring Security Groups (via ENABLE_POD_ENI)"
                   r"enable_pod_eni|(branch|trunk|pod) enis?|has-trunk-attached|security groups? for pods|"
                   r"pod[\s-]to[\s-]pod|(communication|traffic) between pods|"
                   r"(number of )?pods? (per|for an?|on an?) (node|instance)( type)?|"
                   # an IP pool's encapsulation keys: "vxlanMode: CrossSubnet", "ipipMode: Never"
                   r"(ipip|vxlan)[_-]?mode|ip[\s-]?pools?|no route to host|cluster ?ips?|node ?ports?|cluster ?mesh|clustermesh|"
                   # a pod's own interface on a LAN, and the switch settings that decide it: "a second interface on the plant-floor VLAN"
                   r"(second|extra|additional|another|secondary) (network )?(interfaces?|nics?)|vlans?|promiscuous mode|forged transmits)\b",
                   # a pod that cannot reach another node is a pod-network symptom, whatever else the setup lists (Helm, DNS add-ons)
                   r"\bpods?\b[^.;!?]{0,20}\b(cannot|can'?t|could not|couldn'?t|unable to|fail to|fails to) (reach|ping|connect to|talk to)\b",
                   # a plugin's own resource kinds and tools, glued into one word: "SriovNetworkNodePolicy", "CiliumNetworkPolicy", "calicoctl"
                   r"\b(sriov|cilium|calico|flannel|antrea|multus|kubeovn|whereabouts)[a-z]{2,}\w*|\b\w*networkpolic(y|ies)\b",
                   r"网络插件|网络策略|覆盖网络|隧道|封包|二层|三层|网卡|(固定|静态|pod\s*的?)\s*ip|ip\s*(地址)?\s*(发生了?|会)?\s*(改变|变化|变了)")


# A link's words are not the question's subject: "https" in a pasted AWS docs link is no TLS question.
_URL = re.compile(r"\bhttps?://\S+", re.I)


# an ask about the plugin named before it: "the Cilium docs say ... Can I install it another way (Helm maybe?"
# the plugin or its mode named before, asked about again: "configure it", "我们想开这个，Helm values 应该怎么写？"
_THE_PLUGIN_AGAIN = rx(r"\b(install|deploy|upgrade|replace|configure|run|set up|migrate|enable|turn on)\w*\s+(it|them|this|that)\b",
                       r"\b(turn|switch)\s+(it|them|this|that)\s+on\b",
                       r"(安装|部署|升级|替换|配置)\s*(它|它们)", r"(开|开启|打开|启用|配置)\s*(这个|它|该模式|这个模式)",
                       # the verb after it: "这个模式在 Helm 里怎么开？", "how do I enable this mode in the Helm chart?"
                       r"(这个|该|这种)\s*(模式|后端|功能|特性)[^。？?]{0,15}(怎么|如何|怎样)\s*(开|开启|打开|启用|配置)",
                       r"\b(enable|turn on|switch on|configure|set up)\s+(this|that|the) (mode|backend|feature|datapath)\b")


_SIDE_NOTE = re.compile(r"[(（][^()（）]*\b(if (that|it) matters|fwiw|for what it'?s worth|not that it matters)\b[^()（）]*[)）]|"
                        r"[^.;!?()]*\b(if (that|it) matters|fwiw|not that it matters)\b", re.I)


_NOT_KUBERNETES = rx(r"(跟|和|与)\s*(k8s|kubernetes)\s*(没|无)\s*(有)?\s*(关系|关)",
                     r"\b(not|nothing to do with|unrelated to) (k8s|kubernetes)[\s-]?(related)?\b", r"\bnon[\s-](k8s|kubernetes)\b",
                     # the thing asked about runs outside any cluster: "Nginx 装在物理机上，不在 k8s 里", "not running in Kubernetes"
                     r"(不在|没在|没有在|不跑在|没跑在)\s*(k8s|kubernetes|集群)\s*(里|中|内|上)",
                     r"\b(not|isn'?t|aren'?t|wasn'?t|never) (running |deployed |hosted )?(in|on|inside|under) (k8s|kubernetes)\b",
                     # the writer says so: "请教个 k8s 问题（不是网络的哈）", "not a networking question"
                     # (not "是不是网络的问题？", which asks whether it is one)
                     r"[（(]\s*(这个?|此)?\s*(不是|不属于|无关)\s*网络[^）)]{0,6}[）)]", r"(跟|和|与)\s*网络\s*(无关|没关系|没有关系)",
                     r"\bnot (a |really a )?network(ing)?[\s-](question|issue|related)\b")
# said outright, whatever network words follow: "(no Kubernetes involved at all)", "完全不涉及 k8s"
_NO_KUBERNETES_AT_ALL = rx(r"\bno (k8s|kubernetes) (involved|at all)\b", r"(不涉及|没有用到|没用到)\s*(k8s|kubernetes|K8s)")
_SWITCHED_ON = re.compile(r"\b(?:enable|turn on|switch on|configure|set up|activate)\s+(?:the\s+)?([A-Za-z][\w-]{3,})\b", re.I)


def off_domain(text: str) -> bool:
    """Mainly about a neighbouring subject (storage, Helm, certificates, ...) with no pod-networking word,
    or asking only about such a subject while naming the CNI as background ("how do I renew the HTTPS
    certificates with cert-manager? Our network plugin is Calico")."""
    text = _URL.sub(" ", text)
    if (_NOT_KUBERNETES.search(text) and not _NETWORK_CORE.search(text)) or _NO_KUBERNETES_AT_ALL.search(text):
        return True  # "跟 k8s 没关系，但还是想请教下：打印机怎么做 MAC 和 IP 绑定？"
    if not _OFF_DOMAIN.search(text):
        return False
    # the plugin told as a side note ("(vSphere CSI 3.1, Calico in BGP mode if that matters)") makes no network question
    if not _NETWORK_CORE.search(_SIDE_NOTE.sub(" ", text)):
        return True
    # the sentence that asks, not the setup before it: "... 30 个节点的 Cilium 1.15。请问这些 JVM 参数应该怎么调？"
    sentences = re.split(r"(?<=[?？。！!；;])|(?<=\.)(?=\s)", text)
    asks = [s for s in sentences if s.rstrip().endswith(("?", "？"))]
    # "How do I enable meshroute in the Helm values?": what is switched on was told before as a network thing
    told = {m.group(1).lower() for s in asks for m in _SWITCHED_ON.finditer(s)}
    again = any(w in s.lower() and _NETWORK_CORE.search(s) for w in told for s in sentences if s not in asks)
    return (any(_OFF_DOMAIN.search(s) for s in asks) and not again
            and not any(_NETWORK_CORE.search(s) or _THE_PLUGIN_AGAIN.search(s) for s in asks))


# Clusters of something else and home network gear: with no container or Kubernetes word, a question about them is not ours
# ("Proxmox VE 集群 5 个节点，corosync 心跳和 Ceph 网络要不要拆开走不同网卡？", "VLANs on my UniFi gear so the IoT stuff can't reach my NAS").
_OTHER_SYSTEMS = rx(r"\b(proxmox|pve|corosync|pacemaker|drbd|vsan|failover cluster(ing)?|fenc(e|ed|ing)|"
                    r"unifi|ubiquiti|pfsense|opnsense|openwrt|tp-link|netgear|fritz!?box|synology|qnap|"
                    # OpenStack's own networking (a Neutron network type, an ML2 driver), not the pods'
                    r"neutron|ml2|mechanism drivers?|"
                    # people's own devices reaching an office ("remote access for 200 employees' laptops: WireGuard or OpenVPN?")
                    r"openvpn|remote[\s-]access|road[\s-]?warriors?|(employees'?|staff|users'?) (windows |macos |mac )?(laptops|devices)|"
                    # a VPN appliance's own tunnel: "ASA site-to-site tunnel ... Phase 2 Mismatch ... PFS group"
                    r"(cisco )?asa( \d{4})?|crypto maps?|phase ?2|pfs groups?|ike ?v?[12]?|fortigate|fortinet|sonicwall|virtual private gateway|"
                    # the switches' own clustering and the storage cluster's tuning
                    r"sonic|mc-?lag|vpc peer-link|peer-link|nx-?os|ceph|bluestore|osds?|slow ops)\b")
# The tools that build the machines: a question about them is ours only with a word of the pods' network
# ("terraform times out waiting for the new k8s node VM's IP" is about the VMs).
_BUILD_TOOLS = rx(r"\b(terraform|packer|pulumi|vagrant|cloud-init|customi[sz]ation spec|vm templates?|clon\w+ [^.;!?]{0,30}\btemplates?)\b")
_POD_WORDS = rx(r"\b(pods?|containers?|cnis?|docker|containerd|cri-o|kube-proxy|daemonsets?|services?|ingress|ipconfigs?|ip configurations|"
                r"network ?polic(y|ies)|overlay|calico|flannel|cilium|weave|antrea|multus)\b", r"容器|网络插件|网络策略")
_CONTAINER_WORDS = rx(_POD_WORDS.pattern, r"\b(k8s|kubernetes|k3s|k0s|rke2?|openshift|kubeadm|microk8s|kubespray)\b")


def on_topic(text: str) -> bool:
    """True when the question uses Kubernetes / container networking vocabulary (en or zh) and is
    not mainly about a neighbouring subject the knowledge base does not cover."""
    if not (_TOPIC_EN.search(text) or _NETWORK_CORE.search(text) or any(word in text for word in _TOPIC_ZH)):
        return False
    if off_domain(text):
        return False
    if (_OTHER_SYSTEMS.search(text) and not _CONTAINER_WORDS.search(text)) or (_BUILD_TOOLS.search(text) and not _POD_WORDS.search(text)):
        return False
    # Kubernetes words alone (a cluster, its pods and nodes, a managed service) do not make a question
    # about pod networking: an etcd quota or a drain blocked by a PodDisruptionBudget has only those.
    # A cluster mixing Linux and Windows nodes is one: whether Windows nodes join depends on the pod network.
    # Words only pod networking uses count before the Kubernetes words are taken out: "pods per node" is IP capacity.
    return bool(_NETWORKISH.search(_GENERIC_K8S.sub(" ", text)) or _NETWORK_CORE.search(text) or any(w in text for w in _TOPIC_ZH_NET)
                or _MIXED_OS.search(text) or (_BUNDLED_CNI.search(text) and _WONT_START.search(text) and _NEW_KERNEL.search(text)))


# A distribution that ships its own pod network and stops starting after a kernel or OS change: the kernel modules that
# network needs (VXLAN's, on Raspberry Pi Ubuntu kernels) are the documented cause, though no network word is said.
_BUNDLED_CNI = rx(r"\b(k3s|rke2|k0s|microk8s)\b")
_WONT_START = rx(r"\b(fails? to start|won'?t start|doesn'?t start|does not start|keeps restarting|restarts? (the process )?again|crash\w*|"
                 r"tries to start, fails)\b", r"(起不来|启动失败|无法启动|一直重启|反复重启)")
# (an OS or kernel changed, not the distribution's own release: "keeps restarting after upgrading to v1.28" may be anything)
_NEW_KERNEL = rx(r"\b(kernel|raspberry pi|raspi|(upgrad\w+|updat\w+) (\w+ ){0,3}(to )?(ubuntu|debian|raspbian|raspberry pi os|rhel|rocky|"
                 r"centos|fedora|the os|os))\b", r"(内核|树莓派|(升级|更新)(了)?\s*(系统|操作系统|ubuntu|debian|centos))")


_WINDOWS_NODES = r"\bwindows( server)?( \d{4})? (nodes?|workers?|node ?pools?)\b"
_MIXED_OS = rx(rf"\blinux (nodes?|workers?)\b[^?!]{{0,80}}{_WINDOWS_NODES}", rf"{_WINDOWS_NODES}[^?!]{{0,80}}\blinux (nodes?|workers?)\b")
