"""Phrasings the blind scenario questions showed the reader getting wrong, one class per test."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text, expected", [
    ("We run kubeadm ourselves on Compute Engine VMs (no GKE).", False),  # a service ruled out says nothing
    ("We are on GKE, not EKS.", True),
    ("阿里云 ECS 自建集群,不用 ACK", False),
])
def test_a_service_named_to_be_ruled_out_does_not_make_the_cluster_managed(text, expected):
    assert facts(text).get("managed") is expected


def test_the_default_network_plugin_of_a_named_distribution_is_an_assumed_current_plugin():
    reading = understand("OpenShift 4 on bare metal: can we stay on the default network plugin and encrypt pod traffic?", CATALOG)
    current = next(f for f in reading.facts if f.key == "current_plugin")
    assert (current.value, current.source) == ("ovn-kubernetes:geneve", "assumed")
    assert "ovn-kubernetes" in reading.plugins
    # without a distribution there is nothing to assume
    bare = understand("Can we stay on the default network plugin and encrypt pod traffic?", CATALOG)
    assert not any(f.key == "current_plugin" for f in bare.facts)


@pytest.mark.parametrize("text", [
    "Bare-metal nodes; a few pods must sit directly on our OT VLAN with their own MAC and IP.",
    "有少数 Pod 需要直接接入生产 VLAN",
])
def test_some_pods_on_a_physical_vlan_need_a_second_interface(text):
    assert facts(text).get("multi_nic") is True


def test_all_pods_on_the_vlan_is_no_second_interface():
    assert "multi_nic" not in facts("物理机集群,希望 Pod 直接使用机房 VLAN 的地址")


def test_a_troubleshooting_question_about_the_ebpf_mode_in_use_does_not_require_ebpf():
    question = "We switched Calico to the eBPF data plane on Ubuntu 18.04 (kernel 4.15) and calico-node fails with BPF errors. What now?"
    reading = understand(question, CATALOG)
    assert reading.kind == "troubleshoot"
    assert reading.profile.current_plugin == "calico:ebpf"
    assert reading.profile.ebpf_dataplane is None and "ebpf_dataplane" not in reading.features
    # the same words as a wish in a choice stay a requirement
    assert understand("We want an eBPF data plane on Ubuntu 22.04 nodes. Which CNI?", CATALOG).profile.ebpf_dataplane is True


def test_data_plane_is_not_a_plan():
    assert facts("We switched to the eBPF data plane on our Ubuntu 18.04 nodes")["os"] == "ubuntu 18.04"
    assert "os" not in facts("We plan to move to Rocky 9 next year")


def test_an_example_in_parentheses_keeps_the_clause_before_it():
    text = "我们想限制服务之间只能调用特定的 HTTP 方法和路径(比如只允许 GET /api/orders),但不想引入服务网格"
    assert facts(text).get("l7_policy") is True
    assert facts("比如 CentOS 7 这样的系统") == {}


@pytest.mark.parametrize("text", [
    "Our security team doesn't allow anything inside the cluster to call the AWS API.",
    "The workers are EC2 instances without IAM permissions for network interfaces.",
    "安全团队不允许集群组件调用阿里云 OpenAPI 去创建弹性网卡",
])
def test_a_cluster_barred_from_the_cloud_api(text):
    assert facts(text).get("cloud_api") is False


def test_both_address_families_is_dual_stack():
    assert facts("every pod needs both an IPv4 and an IPv6 address")["dual_stack"] is True


@pytest.mark.parametrize("text, encryption", [
    ("k3s with --flannel-backend=wireguard-native across two sites", None),  # the plugin in use, not a wish
    ("flannel wireguard backend shows internal IPs instead of the external ones", None),
    ("We want WireGuard between the nodes.", True),
    ("We want the wireguard backend for encryption", True),  # the wish is stated in its own words
])
def test_a_configured_wireguard_backend_is_the_plugin_in_use_not_a_wish_to_encrypt(text, encryption):
    assert facts(text).get("encryption") is encryption


def test_a_bare_ovn_names_neither_ovn_plugin():
    # Kube-OVN and OVN-Kubernetes both build on OVN: the word alone must not pick one of them.
    assert understand("两个集群里面都部署了独立的ovn网络，怎么让 pod ip 互通？", CATALOG).plugins == []
    assert understand("We run OVN-Kubernetes on OpenShift.", CATALOG).plugins == ["ovn-kubernetes"]


@pytest.mark.parametrize("text, plugin", [
    ("混合云公网ip部署（fannel网络），跨机pod内网ip无法ping通", "flannel"),
    ("I find cillium very interesting as CNI", "cilium"),
    ("we run calcio in BGP mode", "calico"),
])
def test_a_long_plugin_name_misspelled_by_one_letter_is_still_named(text, plugin):
    assert plugin in understand(text, CATALOG).plugins


def test_words_one_letter_from_no_plugin_name_stay_plain_words():
    assert understand("The channel to the tunnel is slow, we checked the kernel.", CATALOG).plugins == []


@pytest.mark.parametrize("text", [
    "I note that flannel is constrained in a single subnet. What does a 'subnet' mean?",
    "BGP mode uses node hosts under the same VLAN; ipip mode is mainly used across segments. Is my guess correct?",
])
def test_what_a_plugin_or_mode_is_built_for_says_nothing_about_the_cluster(text):
    assert "cross_subnet" not in facts(text)


@pytest.mark.parametrize("text", [
    "Different nodes are interconnected by IP layer routers.",
    "节点之间通过路由器互联",
])
def test_nodes_joined_by_routers_are_in_different_subnets(text):
    assert facts(text).get("cross_subnet") is True


@pytest.mark.parametrize("text, plugin", [
    ("Does Typha fan out datastore updates to every node?", "calico"),
    ("Which flows does Hubble keep when its ring buffer is full?", "cilium"),
    ("ipamd 日志里一直报没有可用地址", "aws-vpc-cni"),
])
def test_a_plugin_component_names_the_plugin_and_keeps_the_question_on_topic(text, plugin):
    reading = understand(text, CATALOG)
    assert plugin in reading.plugins and reading.kind != "decline"


def test_a_component_name_is_matched_as_written_not_as_a_misspelling():
    assert understand("The bubble chart shows node traffic per second.", CATALOG).plugins == []


@pytest.mark.parametrize("text", [
    "How large can the cache of NodeLocal DNSCache grow before it evicts entries?",
    "Which UDP and TCP packets does the agent drop when the conntrack table is full?",
])
def test_packet_level_words_keep_a_detailed_question_on_topic(text):
    assert understand(text, CATALOG).kind != "decline"


@pytest.mark.parametrize("text", ["How do I reverse a linked list in Java?", "What is a good interface for a Java class?"])
def test_words_outside_networking_still_decline(text):
    assert understand(text, CATALOG).kind == "decline"


@pytest.mark.parametrize("text, kind", [
    ("We are stuck on RHEL 7 with its 3.10 kernel until next summer. Which CNI plugin can we use?", "choice"),
    ("Pods are stuck in ContainerCreating after we installed flannel.", "troubleshoot"),
])
def test_stuck_on_an_old_release_is_a_constraint_not_a_symptom(text, kind):
    assert understand(text, CATALOG).kind == kind


@pytest.mark.parametrize("text, blocked", [
    ("Our droplets sit behind a DigitalOcean cloud firewall. Which overlay should we run?", True),
    ("We attached a DO firewall to every node.", True),
    ("云主机是 DigitalOcean 的 droplet，挂了云防火墙", True),
    ("Do firewalls on bare metal usually filter VXLAN ports?", False),
])
def test_a_firewall_that_only_names_tcp_udp_and_icmp_drops_ipip(text, blocked):
    assert ("ipip" in (facts(text).get("encap_blocked") or [])) is blocked


@pytest.mark.parametrize("text", [
    "Does flannel host-gw work across different subnets?",
    "Will Calico BGP mode work when our nodes are in different subnets?",
])
def test_a_question_about_a_mode_in_a_scenario_reads_the_scenario(text):
    # "host-gw only works on L2" states nothing about the cluster; asked as a question, the
    # scenario is what the feasibility answer is checked against.
    assert facts(text).get("cross_subnet") is True


def test_calicos_bgp_mesh_words_name_calico_but_no_mode():
    # Calico distributes routes over BGP in its IPIP and CrossSubnet modes too: the mesh names no mode.
    reading = understand("Any side effects of route reflectors instead of the node-to-node mesh at 150 nodes?", CATALOG)
    assert "calico" in reading.plugins and not reading.options
