"""Classes of misreading found on a fresh check set and on the profile set's tune and held-out
error listings (second round), one test per class.

The sentences are paraphrases, not the labelled items' wording; each class test is paired with the
writer's own statement of the same fact where a fix could overreach.
"""

from __future__ import annotations

import pytest

from reading_facts import facts


@pytest.mark.parametrize("text", ["Our lab runs k3s on Pi 4 boards with 64-bit Raspberry Pi OS.",
                                  "The workers are 64-bit x86 servers.",
                                  "Two Kunpeng 920 servers run the cluster.",
                                  "We run Proxmox 8 hosts for the lab.",
                                  "The nodes are Fedora CoreOS 39 machines.",
                                  "鲲鹏920服务器上部署了 k8s。",
                                  "集群跑在 64位服务器上。"])
def test_a_number_in_a_product_or_os_name_or_its_bitness_is_no_node_count(text):
    assert facts(text).get("nodes") in (None, 2)


def test_a_count_next_to_a_product_name_is_still_read():
    assert facts("We run 4 Raspberry Pi 4 boards on 64-bit Raspberry Pi OS.")["nodes"] == 4
    assert facts("Our cluster has 3 Kunpeng 920 servers.")["nodes"] == 3


@pytest.mark.parametrize("text", ["Cilium asks for kernel 5.10 but our Ubuntu 20.04 nodes are older.",
                                  "The docs want kernel 5.8 for this; our nodes are on Ubuntu 20.04.",
                                  "Kube-proxy replacement depends on kernel 5.8; our nodes are on Ubuntu 20.04.",
                                  "Our Ubuntu 20.04 nodes: kernel 5.10 is required by the eBPF host routing.",
                                  "节点是 Ubuntu 20.04,cilium 推荐内核 5.10。"])
def test_a_kernel_a_plugin_or_feature_requires_is_not_the_nodes_kernel(text):
    assert facts(text)["kernel"] == "5.4"


@pytest.mark.parametrize("text", ["We have three physical hosts running the VMs that form the cluster.",
                                  "The cluster VMs are spread across 2 physical servers.",
                                  "Two bare-metal servers host the k8s VMs.",
                                  "三台宿主机上跑着 k8s 的虚拟机。",
                                  "两台物理机上用 KVM 跑虚拟机,虚拟机里装 k8s。"])
def test_machines_that_host_the_vms_are_not_the_nodes(text):
    got = facts(text)
    assert "nodes" not in got and got["platform"] == "vm"


def test_the_vms_counted_on_their_hosts_are_the_nodes():
    assert facts("Our 6 VMs run on 2 physical servers.")["nodes"] == 6
    assert facts("We have three physical servers as nodes.")["nodes"] == 3


@pytest.mark.parametrize("text", ["We run kubeadm on EC2 nodes. Is Cilium a good choice for us?",
                                  "Our cluster is on bare metal; is Calico an option, and what else?",
                                  "New EKS cluster: the AWS VPC CNI, or Cilium in overlay mode? We need network policy.",
                                  "We're building a GKE cluster: Dataplane V2, or the old data plane with the Calico policy add-on?",
                                  "我们的集群在裸金属上,calico 是一个选项吗?",
                                  "我们在 EC2 上自建 k8s,用 AWS VPC CNI 合适吗?"])
def test_a_plugin_asked_about_or_weighed_is_not_in_use(text):
    assert "current_plugin" not in facts(text)


def test_a_plugin_in_use_next_to_a_question_is_still_read():
    assert facts("We run Calico on bare metal; is BGP an option for us?")["current_plugin"].startswith("calico")
    assert facts("我们用的是 calico,IPIP 模式合适吗?")["current_plugin"].startswith("calico")
    # a question weighing a cause, not a networking choice, still leaves the plugin in use
    assert facts("Packets drop between our nodes. Is it the MTU, or something in how Calico routes them?")["current_plugin"] == "calico"


@pytest.mark.parametrize("text", ["The EKS docs compare the VPC CNI with Calico for network policy. Which is better?",
                                  "The AKS documentation compares kubenet and Azure CNI; what is the difference?",
                                  "The GKE networking page says Dataplane V2 is built on Cilium.",
                                  "阿里云 ACK 的文档对比了 Terway 和 Flannel,两者有什么区别?",
                                  "AKS 文档里说 Azure CNI Overlay 会多一跳,kubenet 也一样吗?"])
def test_what_a_products_docs_describe_is_not_the_writers_cluster(text):
    got = facts(text)
    assert not {"platform", "managed", "current_plugin"} & set(got)


def test_the_writers_cluster_next_to_what_the_docs_say_is_still_read():
    got = facts("The docs say kernel 5.10 is required, but our nodes are on Debian 10.")
    assert got["os"] == "debian 10" and got["kernel"] == "4.19"
    assert facts("We run AKS with Azure CNI; the AKS docs compare it with kubenet.")["platform"] == "azure"
    assert facts("Calico on GCE, pool created with IPIP as the GCE guide says.")["platform"] == "gcp"


@pytest.mark.parametrize("text, kept", [
    ("We run 50 bare-metal nodes. A coworker told me that Calico's BGP mesh breaks at that size. What now?", {"nodes": 50, "platform": "bare-metal"}),
    ("Our cluster is on AWS. I heard that Cilium handles 1000 nodes fine in eBPF mode.", {"platform": "aws"}),
    ("我们用 k3s。听说 Cilium 在边缘场景下表现很好,适合我们吗?", {"distribution": "k3s"}),
    ("据说 calico 在 openstack 上跑得很好,我们的集群在阿里云上。", {"platform": "aliyun"}),
    ("Someone on Slack said Weave encrypts traffic with IPsec; our nodes are on GCP.", {"platform": "gcp"}),
])
def test_hearsay_about_a_plugin_or_setup_is_not_the_writers_cluster(text, kept):
    got = facts(text)
    assert not {"current_plugin", "encryption", "ebpf_dataplane"} & set(got)
    assert {k: got.get(k) for k in kept} == kept and got.get("platform") in (None, kept.get("platform"))


@pytest.mark.parametrize("text", ["All our node VMs sit in one vSphere VLAN.",
                                  "The three KVM guests hang off a single bridge on the host.",
                                  "Each VM has a NAT adapter and a host-only adapter in VirtualBox.",
                                  "The worker VMs share one distributed port group.",
                                  "Every node in the cluster is on an L2-private network.",
                                  "I run one master node and one worker node on my laptop.",
                                  "三台虚拟机都在同一个 VLAN 里。",
                                  "每台虚拟机有一块 host-only 网卡。"])
def test_nodes_on_one_vlan_bridge_port_group_or_host_only_network_are_l2_adjacent(text):
    assert facts(text)["l2_adjacent"] is True


def test_nodes_in_different_vlans_are_not_l2_adjacent():
    got = facts("Our nodes are in different VLANs behind a router.")
    assert got.get("l2_adjacent") is not True and got["cross_subnet"] is True


@pytest.mark.parametrize("text, encap", [
    ("A capture shows the VXLAN packets leaving node 1, but they never arrive at node 2.", "vxlan"),
    ("tcpdump on port 4789 sees traffic go out of the sender while nothing arrives on the receiver.", "vxlan"),
    ("Our IP-in-IP packets leave the first VM and never reach the second one.", "ipip"),
    ("抓包看到 IPIP 包从节点 A 发出去了, 但节点 B 一直收不到。", "ipip"),
])
def test_encapsulated_packets_that_leave_but_never_arrive_are_blocked(text, encap):
    assert facts(text)["encap_blocked"] == [encap]


def test_pods_that_cannot_talk_say_nothing_about_what_blocks_them():
    assert "encap_blocked" not in facts("With VXLAN mode the pods on different nodes can't talk to each other.")


@pytest.mark.parametrize("text", ["New pods stay pending with 'failed to assign an IP address to container'.",
                                  "Our VPC subnets are almost out of addresses.",
                                  "The node subnet is nearly out of free IPs as we add node pools.",
                                  "弹性网卡的辅助 IP 都被占满了。",
                                  "子网里的 IP 快用光了。"])
def test_addresses_running_out_however_said_is_pod_density(text):
    assert facts(text)["pod_density"] is True


@pytest.mark.parametrize("text", ["Server Version: v1.28.5-eks-5e0fdde, pods cannot get IPs.",
                                  "kubectl version says v1.27.3-gke.1700 on the nodes.",
                                  "We hit this in our alicloud ack cluster with terway.",
                                  "The pulumi resource alicloud:cs:ManagedKubernetes fails to create."])
def test_a_managed_service_in_a_version_string_a_resource_or_lowercase_is_managed(text):
    assert facts(text)["managed"] is True


def test_kubernetes_deployed_directly_on_cloud_servers_is_self_managed():
    assert facts("在腾讯云 CVM 上直接部署的 k8s 集群。")["managed"] is False
    assert "managed" not in facts("We track down a pack of issues.")


@pytest.mark.parametrize("text, nodes", [("Our cluster has 1 control plane and 3 workers.", 4),
                                         ("The lab is one Linux control plane plus two Windows workers.", 3),
                                         ("We have 3 control plane nodes and 5 workers.", 8)])
def test_a_control_plane_counted_as_a_noun_adds_to_the_workers(text, nodes):
    assert facts(text)["nodes"] == nodes


@pytest.mark.parametrize("text", ["Would Calico work in a cluster where the nodes sit in different subnets behind routers?",
                                  "Is host-gw usable for an environment where nodes are spread over two data centres?",
                                  "native routing 模式适合跨机房部署吗?"])
def test_the_scenario_a_question_asks_about_is_the_environment_to_check_but_no_plugin_in_use(text):
    # The answer must be checked against the scenario ("No: host-gw needs one L2 segment"), so it is read;
    # the plugin asked about is not thereby the one in use.
    read = facts(text)
    assert read.get("cross_subnet") is True and "current_plugin" not in read


def test_the_writers_own_scenario_in_a_question_is_still_read():
    assert facts("Would Calico work in a cluster where our nodes sit in different subnets?")["cross_subnet"] is True
    assert facts("我们的节点在两个机房,Cilium 适合跨机房部署吗?")["cross_subnet"] is True


def test_raspberry_pi_os_is_raspbian_renamed():
    assert facts("Our Pi 4 nodes run Raspberry Pi OS Lite.")["os"] == "raspbian"


@pytest.mark.parametrize("text, key, value", [("I would like to build a 5 node cluster on bare metal.", "nodes", 5),
                                              ("We'd like to run 4 worker nodes at the edge.", "nodes", 4),
                                              ("I like to keep my 3 Ubuntu 22.04 servers simple.", "os", "ubuntu 22.04")])
def test_like_as_a_verb_is_no_example_marker(text, key, value):
    assert facts(text)[key] == value


def test_like_before_a_list_still_marks_examples():
    assert "os" not in facts("Distributions like Ubuntu 22.04 ship a recent kernel.")


@pytest.mark.parametrize("text, nodes", [("We run 2 t3.large instances as workers.", 2),
                                         ("The cluster is 5 m5.xlarge nodes in one VPC.", 5),
                                         ("三台 ecs.g6.xlarge 服务器组成集群。", 3)])
def test_an_instance_type_between_a_count_and_its_noun_keeps_the_count(text, nodes):
    assert facts(text)["nodes"] == nodes


@pytest.mark.parametrize("text", ["Our nodes are spread over three clouds.", "The workers live in two public clouds."])
def test_nodes_in_a_number_of_clouds_are_across_clouds(text):
    assert facts(text)["platform"] == "cloud"


@pytest.mark.parametrize("text", ["Two new workers sit in another data-centre subnet.",
                                  "Pods on nodes in other AZs cannot be reached.",
                                  "Our workers are spread across three AZs."])
def test_places_written_with_a_hyphenated_modifier_or_as_azs_put_nodes_apart(text):
    assert facts(text)["cross_subnet"] is True


@pytest.mark.parametrize("text, key, value", [("两个机柜之间只有三层可达。", "l2_adjacent", False),
                                              ("节点分在两个网段,中间是三层交换机。", "l2_adjacent", False),
                                              ("网络组不给配 BGP。", "bgp_fabric", False),
                                              ("机房交换机不让开 BGP。", "bgp_fabric", False),
                                              ("三台云主机用公网 IP 组网部署 k8s。", "untrusted_network", True)])
def test_l3_only_no_bgp_and_public_ip_networking_said_in_chinese(text, key, value):
    assert facts(text)[key] is value


@pytest.mark.parametrize("text, value", [("Our kubespray vars set cilium_kube_proxy_replacement=strict.", True),
                                         ("KUBE_PROXY_REPLACEMENT=true is in our Helm values.", True),
                                         ("我们想删除 kube-proxy。", True),
                                         ("目前还不能删除 kube-proxy,老应用依赖 iptables。", False)])
def test_kube_proxy_replacement_in_a_prefixed_variable_or_removal_in_chinese(text, value):
    assert facts(text)["kube_proxy_replacement"] is value


def test_what_someone_reports_about_the_writers_own_cluster_still_counts():
    assert facts("A colleague told me that our nodes run Ubuntu 20.04.")["os"] == "ubuntu 20.04"
    assert facts("听说我们的节点是 CentOS 7。")["os"] == "centos 7"
    assert facts("The dashboard page says 3 nodes are Ready.")["nodes"] == 3


def test_a_question_about_the_plugins_pods_after_a_comma_keeps_it_in_use():
    assert facts("In our cluster, do the Calico pods peer with the ToR switches?")["current_plugin"].startswith("calico")
