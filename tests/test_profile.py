"""Profile extraction from English and Chinese questions."""

from __future__ import annotations

import pytest

from assistant.profile import extract_profile


@pytest.mark.parametrize("question,expected", [
    ("Which CNI plugin for VMware NAT with latency needs?", {"platform": "vmware", "latency_sensitive": True}),
    ("Our cluster runs on vSphere", {"platform": "vmware"}),
    ("three ESXi hosts", {"platform": "vmware"}),
    ("k8s 节点都是虚拟机", {"platform": "vm"}),
    ("OpenStack private cloud", {"platform": "openstack"}),
    ("私有云上部署", {"platform": "openstack"}),
    ("20 physical servers", {"platform": "bare-metal", "nodes": 20}),
    ("物理机集群", {"platform": "bare-metal"}),
    ("We use EKS", {"platform": "aws", "managed": True}),
    ("阿里云上应该选哪个CNI插件?", {"platform": "aliyun"}),
    ("Alibaba Cloud ACK", {"platform": "aliyun", "managed": True}),
    ("AKS cluster", {"platform": "azure", "managed": True}),
    ("Google Cloud", {"platform": "gcp"}),
    ("边缘节点", {"platform": "edge"}),
])
def test_platform(question, expected):
    assert extract_profile(question).known() == expected


@pytest.mark.parametrize("question,key,value", [
    ("all nodes are on the same switch", "l2_adjacent", True),
    ("nodes in one L2 segment", "l2_adjacent", True),
    ("所有节点在同一交换机下", "l2_adjacent", True),
    # Different hypervisors break L2 only behind NAT (bridged VMs may share a segment).
    ("VMs on different hypervisors", "l2_adjacent", None),
    ("跨hypervisor的虚拟机", "l2_adjacent", None),
    ("NAT VMs on two different hypervisors", "l2_adjacent", False),
    ("两台不同宿主机上的 NAT 模式虚拟机", "l2_adjacent", False),
    ("nodes are not on the same switch", "l2_adjacent", False),
    ("VMware NAT across hypervisors", "l2_adjacent", False),
    ("所有节点在同一二层网络", "l2_adjacent", True),
    ("nodes across subnets", "cross_subnet", True),
    ("节点跨网段", "cross_subnet", True),
    ("ToR supports BGP", "bgp_fabric", True),
    ("we have BGP routers", "bgp_fabric", True),
    ("交换机支持BGP", "bgp_fabric", True),
    ("交换机不支持BGP", "bgp_fabric", False),
    ("our routers do not support BGP", "bgp_fabric", False),
    ("低延迟很重要", "latency_sensitive", True),
    ("网络延时要小", "latency_sensitive", True),
    ("we need NetworkPolicy", "network_policy", True),
    ("需要网络策略", "network_policy", True),
    ("without NetworkPolicy", "network_policy", False),
    ("traffic must be encrypted with WireGuard", "encryption", True),
    ("no need for encryption", "encryption", False),
    ("不需要加密", "encryption", False),
    ("encryption is not required", "encryption", False),
    ("some Windows nodes", "windows_nodes", True),
    ("dual-stack", "ipv6", True),
    ("需要双栈", "ipv6", True),
    ("nodes have SR-IOV NICs", "sriov_nics", True),
    ("pods need multiple NICs", "multi_nic", True),
    ("需要多网卡", "multi_nic", True),
    ("keep it simple", "simplicity", True),
    ("越简单越好", "simplicity", True),
    ("we want to replace kube-proxy", "kube_proxy_replacement", True),
    ("run without kube-proxy", "kube_proxy_replacement", True),
    ("kernel 3.10", "kernel", "3.10"),
    ("CentOS 7 nodes", "kernel", "3.10"),
    ("Ubuntu 22.04", "kernel", "5.15"),
    ("内核 4.19", "kernel", "4.19"),
    ("50 nodes", "nodes", 50),
    ("50个节点", "nodes", 50),
    ("MTU 1450", "mtu", 1450),
    ("MTU为1400", "mtu", 1400),
])
def test_keys(question, key, value):
    assert getattr(extract_profile(question), key) == value


def test_unknown_stays_none():
    profile = extract_profile("What does portmap do?")
    assert profile.known() == {}


def test_combined_chinese_question():
    profile = extract_profile("不需要加密，需要网络策略，内核 3.10，50个节点，同一交换机下的物理机")
    assert profile.known() == {"platform": "bare-metal", "l2_adjacent": True, "network_policy": True,
                               "encryption": False, "kernel": "3.10", "nodes": 50}


def test_negation_stays_in_its_clause():
    profile = extract_profile("No Windows nodes, but we need NetworkPolicy and encryption")
    assert (profile.windows_nodes, profile.network_policy, profile.encryption) == (False, True, True)


def test_different_is_not_negation():
    # "不同" (different) starts with 不 but negates nothing
    assert extract_profile("不同网段的节点需要加密").encryption is True


def test_plugin_names_and_tcp_words_are_not_platforms():
    assert extract_profile("Should I run Terway on VMware?").platform == "vmware"
    assert extract_profile("pods drop TCP ack packets").platform is None


def test_earliest_platform_wins():
    assert extract_profile("VMware today, moving to AWS next year").platform == "vmware"


@pytest.mark.parametrize("question,expected", [
    ("在AWS上跑Kubernetes,推荐哪个CNI插件?", {"platform": "aws"}),
    ("用EKS,需要NetworkPolicy", {"platform": "aws", "managed": True, "network_policy": True}),
    ("CentOS7内核,节点支持SR-IOV和IPv6", {"os": "centos 7", "kernel": "3.10", "sriov_nics": True, "ipv6": True}),
    ("需要Multus多网卡", {"multi_nic": True}),
    ("服务器是bare metal,MTU 1450的环境", {"platform": "bare-metal", "mtu": 1450}),
])
def test_latin_words_glued_to_chinese_still_match(question, expected):
    # Python's default \b treats CJK as word characters, so "在AWS上" used to give an empty profile.
    assert extract_profile(question).known() == expected


@pytest.mark.parametrize("question,expected", [
    ("We want to replace kube-proxy with an eBPF data plane. Which CNI?",
     {"kube_proxy_replacement": True, "ebpf_dataplane": True}),
    ("想用 eBPF 数据面替代 kube-proxy", {"kube_proxy_replacement": True, "ebpf_dataplane": True}),
    ("We want to run without kube-proxy", {"kube_proxy_replacement": True}),
    ("We do not need an eBPF dataplane", {"ebpf_dataplane": False}),
    ("What is eBPF?", {}),
])
def test_ebpf_dataplane_and_kube_proxy(question, expected):
    assert extract_profile(question).known() == expected


# --- Classes of misreading, each shown with phrasings written for the test (not from the labelled set) ---

@pytest.mark.parametrize("question,expected", [
    # versions are not node counts
    ("Our Ubuntu 18.04 nodes drop packets", None),
    ("We run Debian 12 servers in a rack", None),
    ("Pods on the Amazon Linux 2 nodes time out", None),
    ("The Windows Server 2019 worker nodes cannot pull images", None),
    ("三台 CentOS 7 服务器", 3),
    # thousands separators and "k"
    ("around 2,500 machines across regions", 2500),
    ("roughly 3k hosts", 3000),
    # current vs planned size
    ("60 nodes now, 400 next year", 400),
    ("现在 20 个节点，明年计划扩容到 200 个节点", 200),
    ("We have 10 servers and 5 more will join next month", 15),
    # control plane plus workers, glued nouns, Chinese numerals
    ("3 masters and 12 workers", 15),
    ("集群：2master+6worker，都是物理机", 8),
    ("二十台服务器", 20),
    ("十二个节点", 12),
    # the cluster of the writer vs clusters in general
    ("We have a cluster of 20 nodes on KVM", 20),
    ("For clusters of more than 100 nodes use route reflectors", None),
    ("Calico supports clusters of up to 5000 nodes", None),
    # one node among others is not the size; a single-node cluster is
    ("one node cannot reach the API server", None),
    ("有一个节点无法拉取镜像", None),
    ("all-in-one install on my laptop", 1),
    ("单台物理机部署 k8s", 1),
    # workloads are not nodes
    ("在 10 节点集群上创建了 500 台虚拟机（KubeVirt）", 10),
    ("we run 200 KubeVirt VMs inside the cluster", None),
    # instance sizes and CPU counts are not nodes
    ("5 台 4C8G 的虚拟机", 5),
    ("nodes have 16 cores and 64 GB", None),
])
def test_node_counts(question, expected):
    assert extract_profile(question).nodes == expected


@pytest.mark.parametrize("question,expected", [
    # a pasted `kubectl get nodes` listing
    ("kubectl get nodes\nalpha Ready control-plane 3d v1.29.1\nbeta Ready <none> 3d v1.29.1\ngamma NotReady <none> 1d v1.29.1", 3),
    # hosts with their addresses, joined with ";"
    ("cp-a 10.1.0.5 Rocky Linux 9; wk-a 10.1.0.6; wk-b 10.1.0.7; wk-c 10.1.0.8", 4),
    # an inventory's groups
    ('"kube_control_plane": ["cp-x"], "kube_node": ["wk-x", "wk-y"]', 3),
    # hosts named by role and number
    ("worker-1 and worker-2 can't reach pods on master", 3),
    ("node01 和 node02 之间 pod 不通", 2),
    # configuration variables and issue-template answers
    ("export CLUSTER_NUM_NODES=5", 5),
    ("Size of cluster (how many worker nodes are in the cluster?) 7", 7),
    ("node count: 12", 12),
])
def test_node_counts_from_listings_and_fields(question, expected):
    assert extract_profile(question).nodes == expected


def test_template_example_is_not_a_count():
    text = "Environment: How many nodes and their hardware configuration: For example: Rocky 9.2 / 3 masters: 4cpu; 5 nodes: 8cpu"
    assert extract_profile(text).known() == {}


@pytest.mark.parametrize("question,expected", [
    # the machine hosting the VMs is not where the nodes run, and its Windows is not a Windows node
    ("my laptop runs Windows and hosts three VMware VMs for the cluster", {"platform": "vmware", "nodes": 3}),
    ("我的笔记本是 Windows，用 VMware Workstation 开了三台虚拟机装 k8s", {"platform": "vmware", "nodes": 3}),
    # a public cloud without a vendor, VPSes, several clouds, an unnamed Chinese vendor
    ("our nodes are VMs in a public cloud", {"platform": "cloud"}),
    ("节点都在公有云上", {"platform": "cloud"}),
    ("three cheap VPSes from different providers", {"platform": "cloud", "nodes": 3, "cross_subnet": True}),
    ("节点跨云服务商部署", {"platform": "cloud", "cross_subnet": True}),
    ("我们用的是星河云的云主机", {"platform": "cloud"}),
    # EC2 instance types name AWS
    ("the workers are c5.2xlarge instances", {"platform": "aws"}),
    # boards and abbreviations for bare metal
    ("four rpi4 boards on my desk", {"platform": "bare-metal", "nodes": 4}),
    ("a rack of our own hardware", {"platform": "bare-metal"}),
    ("树莓派集群", {"platform": "bare-metal"}),
])
def test_platform_classes(question, expected):
    assert extract_profile(question).known() == expected


@pytest.mark.parametrize("question,expected", [
    # the workers' platform wins over where the control plane is hosted
    ("the master runs on DigitalOcean and the workers are Raspberry Pi boards at home", "bare-metal"),
    ("master 节点在腾讯云上，worker 节点是公司机房的物理机", "bare-metal"),
    ("control plane in a public cloud; nodes are in our office behind NAT", None),
    # a managed service's name still places the nodes
    ("EKS control plane with self-managed nodes", "aws"),
    # words inside hostnames and kernel builds are not evidence
    ("Linux web-vm-03-12 5.15.0-1030-kvm #35-Ubuntu SMP", None),
    ("node ip-10-0-3-7.ec2.internal is NotReady", None),
    # examples and negated vendors
    ("it is not related to AWS at all, this is on Proxmox", "vm"),
    ("It runs on many platforms (Azure, GCP, Hetzner, etc.)", None),
    # advice addressed to the reader and general statements
    ("If you run on AWS, you should open UDP 4789 in the security group.", None),
    ("如果使用阿里云部署，需要在安全组放行 IPIP。", None),
    ("Some clouds, like Azure, drop IP-in-IP packets.", None),
])
def test_platform_scope(question, expected):
    assert extract_profile(question).platform == expected


@pytest.mark.parametrize("question,key,value", [
    ("we use an EKS managed node group", "managed", True),
    ("ACK Pro 集群", "managed", True),
    ("I installed kubernetes on three VMs myself", "managed", False),
    ("我们自己搭建的 k8s 集群", "managed", False),
    # a symptom next to an installer's name does not negate self-management
    ("can't get k3s to work on the Pis", "managed", False),
    ("kubeadm 部署后无法启动 coredns", "managed", False),
    # distributions named inside variables and identifiers
    ('INSTALL_K3S_EXEC="server --disable traefik"', "distribution", "k3s"),
    ("openshift_node_group_name=node-config-infra", "distribution", "openshift"),
    ("kind-control-plane is NotReady", "distribution", "kind"),
    # another tool's name or flag is not the distribution
    ("k3d cluster create demo", "distribution", None),
])
def test_managed_and_distribution(question, key, value):
    assert getattr(extract_profile(question), key) == value


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
    ("we need to filter egress by DNS names", "l7_policy", True),
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


@pytest.fixture(scope="module")
def catalog():
    from assistant.catalog import load_catalog
    from assistant.settings import REPO_ROOT
    return load_catalog(REPO_ROOT / "kb")


def _current(text, catalog):
    from assistant.reading import read_profile
    return {f.key: f.value for f in read_profile(text, catalog)}.get("current_plugin")


@pytest.mark.parametrize("question,expected", [
    # the plugin in use, with its mode
    ("We run Calico in IPIP mode on 12 nodes", "calico:ipip"),
    ("集群网络插件是 flannel，后端 host-gw", "flannel:host-gw"),
    ("cilium is currently our CNI and pods time out", "cilium"),
    # configuration names the plugin or its mode
    ('k3s server --flannel-backend=wireguard-native', "flannel:wireguard"),
    ('CALICO_NETWORKING_BACKEND: "vxlan" in our manifest', "calico:vxlan"),
    ("our calico uses two route reflectors peering to the core", "calico:bgp"),
    ("the rke2-canal pods crash on one node", "flannel"),
    # "as the CNI" beats a plugin named only for its policy engine
    ("NetworkPolicy not enforced with Calico 3.20 for policy and flannel as the CNI", "flannel"),
    # being installed counts, even when it fails
    ("I'm trying to install antrea on kubeadm and the agent crashes", "antrea"),
    # a version attached to the name, in Chinese
    ("部署时选择了 3.28 版本的 calico，pod 之间 ping 不通", "calico"),
    # switching, done and planned
    ("we switched from flannel to cilium last month and now DNS is slow", "cilium"),
    ("我们已经换成了 cilium，但是 service 访问不通", "cilium"),
    ("we use weave today and plan to move to calico next year", "weave"),
    ("现在用 flannel，后面打算换 calico", "flannel"),
    ("use antrea to replace weave in our lab cluster", "weave"),
    # removed plugins are not current
    ("I applied kube-flannel.yml, then ran kubectl delete -f kube-flannel.yml and installed calico", "calico"),
    # the primary plugin, not the one adding networks
    ("pods get a second interface from Multus; the primary CNI is cilium", "cilium"),
    ("we deploy Multus on our bare-metal nodes", "multus"),
    # "Azure CNI Powered by Cilium" is a catalog option of its own, not Cilium
    ("our AKS cluster uses Azure CNI powered by Cilium", "azure-cni:cilium"),
])
def test_current_plugin(question, expected, catalog):
    assert _current(question, catalog) == expected


@pytest.mark.parametrize("question", [
    # weighing, asking, planning, advice: no plugin in use
    "flannel 和 calico 各有什么优缺点？",
    "Cilium vs Calico for a 50-node bare-metal cluster?",
    "Does Cilium support IPv6-only clusters?",
    "antrea 支持 Windows 节点吗？",
    "I am interested in trying Cilium for its L7 policies",
    "Is there any documentation for running kube-router with IPv6?",
    "As an operator I want to be able to deploy clusters with calico by default.",
    "If you use Calico on Azure, you should switch to VXLAN.",
    # a managed service's name
    "We're on GKE Autopilot and pods are slow to start",
    # a secondary network in a NetworkAttachmentDefinition
    '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1"} as a NetworkAttachmentDefinition on our servers',
])
def test_no_current_plugin(question, catalog):
    assert _current(question, catalog) is None


@pytest.mark.parametrize("question,expected", [
    # "kind" the English word and the YAML key is not the installer
    ("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy", {"network_policy": True}),
    ("some kind of timeout between pods", {}),
    # managed OpenShift services
    ("a ROSA cluster in eu-west-1", {"platform": "aws", "managed": True, "distribution": "openshift"}),
    # general statements about hardware
    ("Not all NICs support SR-IOV.", {}),
    ("This is typically required for telco workloads with SR-IOV.", {}),
])
def test_words_that_name_nothing_here(question, expected):
    assert extract_profile(question).known() == expected


@pytest.mark.parametrize("question,expected", [
    ("our calico IPPool has ipipMode: CrossSubnet", "calico:ipip-crosssubnet"),
    ("we installed cilium with --set routingMode=native", "cilium:native-routing"),
    ('our flannel net-conf.json has "Backend": {"Type": "host-gw"}', "flannel:host-gw"),
    ("we run antrea with trafficEncapMode: noEncap", "antrea:noencap"),
])
def test_current_plugin_mode_from_settings(question, expected, catalog):
    assert _current(question, catalog) == expected


@pytest.mark.parametrize("question", [
    "kubelet runs with --cloud-provider=external",
    "MetalLB is a bare-metal load balancer for Kubernetes",
    "we run 200 KubeVirt VMs inside the cluster",
])
def test_trade_words_name_no_platform(question):
    assert extract_profile(question).platform is None


@pytest.mark.parametrize("text", ["CentOS 7 nodes, kernel upgraded to lt 5.4 from ELRepo", "系统是 CentOS 7，内核升级到 lt 5.4",
                                  "centos7，内核换成 kernel-ml 5.10"])
def test_an_upgraded_kernel_beats_the_distro_table(text):
    assert extract_profile(text).kernel in ("5.4", "5.10") and extract_profile(text).os.startswith("centos 7")


def test_another_network_plugin_is_not_a_second_pod_network():
    assert extract_profile("Would you recommend another network plugin than Canal?").multi_nic is None
    assert extract_profile("Pods need another network interface for storage traffic").multi_nic is True
