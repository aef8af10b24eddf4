"""Profile reading by class of misreading: topology, needs, general statements, blocked encapsulations,
OS and kernel, architecture, underlay MTU and more platform names.
"""

from __future__ import annotations

import pytest

from assistant.profile import extract_profile


@pytest.mark.parametrize("question,key,value", [
    # negation and modality of the BGP fabric
    ("the routers won't peer BGP with the nodes", "bgp_fabric", False),
    ("no BGP here, just a flat office network", "bgp_fabric", False),
    ("the cloud provider does not allow BGP peering", "bgp_fabric", False),
    ("核心交换机无法和节点建立 BGP 邻居", "bgp_fabric", False),
    ("机房的交换机不能跑 BGP", "bgp_fabric", False),
    ("our spine switches peer with every node over BGP", "bgp_fabric", True),
    ("calico peers with the upstream routers", "bgp_fabric", True),
    # the nodes' own BGP mesh is not a fabric
    ("calico node-to-node mesh has 40 BGP sessions per node", "bgp_fabric", None),
    ("节点之间的 BGP 邻居都建立了", "bgp_fabric", None),
    ("BGP peering with 10.0.0.1 is down since the upgrade", "bgp_fabric", None),
    # the network device may sit in another sentence of the same question
    ("Our ToR switches run BGP. The BGP peering with two nodes flaps.", "bgp_fabric", True),
    # topology words
    ("the workers sit in three racks", "cross_subnet", True),
    ("nodes in two data centres", "cross_subnet", True),
    ("our nodes are spread across regions", "cross_subnet", True),
    ("the nodes only talk over the internet", "cross_subnet", True),
    ("the new node is in a different subnet", "cross_subnet", True),
    ("节点分布在两个机房", "cross_subnet", True),
    ("新加的节点网段不同", "cross_subnet", True),
    ("节点不在同一个网段", "cross_subnet", True),
    ("all nodes are in the same office subnet", "cross_subnet", False),
    # mode names and pod networks are not node topology
    ("we set ipipMode to cross-subnet", "cross_subnet", None),
    ("pods get addresses from different pod subnets", "cross_subnet", None),
    # node addresses in different subnets
    ("master (10.20.1.5) and worker (10.20.7.9) cannot reach each other's pods", "cross_subnet", True),
    # a control plane in a cloud, workers at home or at the edge
    ("the master is on a cloud VPS and the workers are at home", "cross_subnet", True),
    ("master 在云上，worker 节点在本地机房", "cross_subnet", True),
    # L2 words
    ("all three VMs run on my laptop", "l2_adjacent", True),
    ("the VMs use a bridged adapter", "l2_adjacent", True),
    ("节点在同一个大二层里", "l2_adjacent", True),
    ("the nodes are at home behind a NAT", "l2_adjacent", False),
    ("宿主机之间 ARP 广播被隔离", "l2_adjacent", False),
    ("pods on one hypervisor cannot reach pods on another hypervisor", "l2_adjacent", None),
])
def test_topology_classes(question, key, value):
    assert getattr(extract_profile(question), key) == value


@pytest.mark.parametrize("question,key,value", [
    # an untrusted link is one the traffic crosses, not a public address a node has
    ("nodes reach each other through their public IPs", "untrusted_network", True),
    ("节点之间走公网通信", "untrusted_network", True),
    ("the ingress node has a public IP", "untrusted_network", None),
    ("the link is our own fibre and we trust it", "untrusted_network", False),
    ("机房内网是可信网络", "untrusted_network", False),
    # a VPN the nodes already use is their underlay, not an encryption need
    ("the sites are connected with a WireGuard VPN", "encryption", None),
    ("pod traffic between nodes must be encrypted", "encryption", True),
    ("不需要额外加密", "encryption", False),
    # IPv4 only, both languages, implies a single stack
    ("we only need IPv4", "ipv6", False),
    ("we only need IPv4", "dual_stack", False),
    ("集群只用 IPv4", "dual_stack", False),
    ("how do I make some pods use only IPv4 in a dual-stack cluster", "dual_stack", True),
    ("we don't need IPv6", "ipv6", False),
    # IP exhaustion is a fact, also in negative words
    ("there are no free IP addresses left in the subnet", "pod_density", True),
    ("we will be running out of IP's soon", "pod_density", True),
    ("每个节点 pod 数量上限太低", "pod_density", True),
    # a wish for simplicity, not any "simple"
    ("I wrote a simple NetworkPolicy", "simplicity", None),
    ("it is simple to enable", "simplicity", None),
    ("we want something easy to operate", "simplicity", True),
    ("希望方案简单一点", "simplicity", True),
    # kube-proxy: configuration values and keeping it
    ("kubeProxyReplacement: disabled", "kube_proxy_replacement", False),
    ("kubeProxyReplacement: strict", "kube_proxy_replacement", True),
    ("we must keep kube-proxy for now", "kube_proxy_replacement", False),
    ("k3s started with --disable-kube-proxy", "kube_proxy_replacement", True),
    ("不使用 kube-proxy", "kube_proxy_replacement", True),
    # eBPF, L7, isolation, measured performance
    ("all service traffic is handled via eBPF", "ebpf_dataplane", True),
    ("we need to filter egress by DNS names", "fqdn_policy", True),
    ("需要七层代理做 HTTP 策略", "l7_policy", True),
    ("tenants must be isolated from each other", "network_policy", True),
    ("租户之间需要隔离", "network_policy", True),
    ("iperf between nodes shows 2 Gbit/s", "latency_sensitive", True),
    ("用 wrk 压测时响应时间很长", "latency_sensitive", True),
    ("pods attach a second network through a NetworkAttachmentDefinition", "multi_nic", True),
])
def test_need_classes(question, key, value):
    assert getattr(extract_profile(question), key) == value


@pytest.mark.parametrize("question", [
    "Some clouds drop IP-in-IP, so use VXLAN there.",
    "If you need encryption, you should enable WireGuard.",
    "host-gw only works when all nodes share an L2 segment.",
    "host-gw 模式只支持二层互通的网络。",
    "你的节点是在公有云还是物理机上？",
    "In many cases, running 100 pods per node is fine.",
])
def test_general_statements_and_advice_label_nothing(question):
    assert extract_profile(question).known() == {}


@pytest.mark.parametrize("question,expected", [
    ("the security group only allows TCP/UDP/ICMP", ["ipip"]),
    ("安全组只能放行 TCP 和 UDP", ["ipip"]),
    ("IP protocol 4 is not permitted by the firewall", ["ipip"]),
    ("UDP 8472 is not open between the sites", ["vxlan"]),
    ("modprobe: FATAL: Module vxlan not found", ["vxlan"]),
    ("防火墙没有放行 UDP 4789", ["vxlan"]),
    # large packets dropped inside a tunnel are an MTU problem
    ("large packets inside IP-in-IP are dropped", None),
    ("VXLAN 大包被丢弃，怀疑是 MTU", None),
    # general advice about some clouds
    ("Some clouds drop IP-in-IP, so use VXLAN there.", None),
    ("如果使用腾讯云主机部署，默认禁用了 IPIP，需要改用 VXLAN。", None),
])
def test_blocked_encapsulations(question, expected):
    assert extract_profile(question).encap_blocked == expected


@pytest.mark.parametrize("question,key,value", [
    # a stated kernel beats the distro table
    ("Rocky Linux 8.9 nodes, uname -r shows 5.14.0-362", "kernel", "5.14.0-362"),
    ("CentOS 7.9 with the elrepo kernel 5.4.278", "kernel", "5.4"),
    ("系统 Ubuntu 20.04，内核 5.15.0-105", "kernel", "5.15.0-105"),
    ("Debian 11 nodes", "kernel", "5.10"),
    ("RHEL 9.2", "kernel", "5.14"),
    ("Amazon Linux 2023 nodes", "kernel", "6.1"),
    # kernels in pasted output
    ("Linux wk-3 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian", "kernel", "6.1.0-18"),
    ("kernel (6.5.11) on every node", "kernel", "6.5"),
    ("we upgraded the kernel from 3.10 to 5.4", "kernel", "5.4"),
    ("内核升级到 4.19 之后", "kernel", "4.19"),
    # a requirement or a plan is not the nodes' kernel
    ("eBPF host routing requires kernel 5.10 or newer", "kernel", None),
    ("next quarter we will move the kernel to 6.1", "kernel", None),
    # the guide's table stops at its distributions
    ("openEuler 22.03 LTS", "kernel", None),
    ("麒麟 V10 服务器", "kernel", None),
    # os: pasted os-release, point releases, planned upgrades, examples
    ('NAME="Rocky Linux" VERSION="9.3 (Blue Onyx)"', "os", "rocky 9.3"),
    ("Flatcar Container Linux by Kinvolk 3510.2.1", "os", "flatcar 3510.2.1"),
    ("Debian GNU/Linux 12 (bookworm)", "os", "debian 12"),
    ("现在是 CentOS 7.9，计划明年升级到 Rocky 9", "os", "centos 7.9"),
    ("we run Ubuntu 22.04 and plan to move to Ubuntu 24.04 later", "os", "ubuntu 22.04"),
    ("Cilium works on distributions like Ubuntu 22.04 and Fedora", "os", None),
    # the control plane's OS when the workers run elsewhere
    ("the master runs Ubuntu on a NUC; the worker nodes are Pi 3 boards with Raspbian", "os", "raspbian"),
    ("a master node on Debian 12 and some worker nodes on Pi boards", "os", None),
])
def test_os_and_kernel_classes(question, key, value):
    assert getattr(extract_profile(question), key) == value


@pytest.mark.parametrize("question,expected", [
    ("nodes are aarch64", "arm64"),
    ("Graviton3 worker nodes", "arm64"),
    ("鲲鹏服务器", "arm64"),
    ("the images are built for linux/arm/v7", "armv7"),
    ("32 位 arm 板子", "armv7"),
    # boards give the architecture only with the bitness of their OS
    ("a Raspberry Pi 3 running 32-bit Raspbian", "armv7"),
    ("树莓派 3B，装的是 32 位系统", "armv7"),
    ("Pi 4 boards with a 64-bit OS", "arm64"),
    ("Raspberry Pi 4 boards", None),
    ("an ARM cluster", None),
    # a mixed cluster takes the architecture that limits its images
    ("amd64 control plane, armhf workers", "armv7"),
    # the workstation is not a node
    ("terraform runs on darwin_arm64 and creates x86_64 VMs", "amd64"),
])
def test_arch_classes(question, expected):
    assert extract_profile(question).arch == expected


@pytest.mark.parametrize("question,expected", [
    ("our network MTU is 1450", 1450),
    ("jumbo frames are enabled on the switches", 9000),
    ("underlay MTU of 9,000 bytes", 9000),
    ("we changed the host MTU from 1500 to 9000", 9000),
    ("宿主机网卡 MTU 为 1400", 1400),
    # the host's NIC, not the pod's or the tunnel's interface
    ("cali12ab@if3: mtu 1440 ... eth0: mtu 9001", 9001),
    ("flannel.1: mtu 1450", None),
    # plugin settings and examples
    ('veth_mtu: "1440" in the calico-config', None),
    ("FLANNEL_MTU=1450", None),
    ("if MTU=9000 then the pods get 8950", None),
])
def test_underlay_mtu(question, expected):
    assert extract_profile(question).mtu == expected


@pytest.mark.parametrize("question,key,value", [
    ("we run EKS Anywhere on our own hardware", "managed", False),
    ("a Google Kubernetes Engine cluster", "managed", True),
    ("pods on Fargate profiles", "managed", True),
    ("my eks cluster in us-east-1", "platform", "aws"),
    ("oVirt VMs", "platform", "vm"),
    ("OpenStack Magnum cluster", "platform", "openstack"),
    ("two Orange Pi boards", "platform", "bare-metal"),
    ("nodes on Volcengine", "platform", "cloud"),
    ("火山引擎的云主机", "platform", "cloud"),
])
def test_more_platform_and_service_names(question, key, value):
    assert getattr(extract_profile(question), key) == value
