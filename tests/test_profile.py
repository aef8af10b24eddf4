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
