"""Profile reading by class of misreading: node counts, platforms and their scope, managed services and distributions.

Each class is shown with phrasings written for the test, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from assistant.profile import extract_profile


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
