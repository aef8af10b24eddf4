"""Classes of misreading, sixth round: template labels and leftovers, packages installed by hand,
moves between plugins, tunnel devices, the VPC CNI's own words, and what products were tested on.
Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from reading_facts import facts


@pytest.mark.parametrize("text, platform", [("Cloud provider or hardware configuration: Baremetal; OS: Ubuntu 16.04", "bare-metal"),
                                            ("What cloud provider are you using? AWS", "aws")])
def test_a_template_field_label_names_no_cloud(text, platform):
    assert facts(text).get("platform") == platform


def test_a_cloud_providers_vms_are_still_a_cloud():
    assert facts("We run on a cloud provider's VMs.").get("platform") == "cloud"


def test_a_package_installed_by_hand_says_nothing_of_the_cluster():
    assert "managed" not in facts("本机未安装 ipset，试过手动安装到最新版 7.15")
    assert facts("集群是手动部署的 k8s").get("managed") is False


@pytest.mark.parametrize("text, plugin", [("As soon as I changed from kube-router to flannel everything started working.", "flannel"),
                                          ("We changed from Weave to Calico last month and pods still time out.", "calico")])
def test_changed_from_x_to_y_runs_y(text, plugin):
    assert facts(text).get("current_plugin", "").split(":")[0] == plugin


@pytest.mark.parametrize("text, option", [("calico node can not ping another node's tunl0; calico manages pod IPs", "calico:ipip"),
                                          ("Calico is installed and vxlan.calico is down on node2", "calico:vxlan"),
                                          ("flannel is running but flannel.1 has no address", "flannel:vxlan")])
def test_the_tunnel_device_names_the_mode(text, option):
    assert facts(text).get("current_plugin") == option


def test_flanneld_names_flannel():
    assert facts("microk8s.daemon-flanneld: Error registering network").get("current_plugin", "").startswith("flannel")


def test_a_template_field_left_at_its_example_states_nothing():
    got = facts("内核版本: 5.16; 运行模式: eg. 物理机 （内存 16g）， 虚拟机 ( vmware16 ); 集群规模: eg 2master 2node; 附加说明: sealos 安装")
    assert got.get("kernel") == "5.16" and not {"platform", "nodes"} & set(got)


@pytest.mark.parametrize("text", ["ipamd: Failed to increase pool size due to not able to allocate ENI",
                                  "AttachmentLimitExceeded: Interface count 4 has reached its limit", "c5.2xlarge allows 58 pods per instance."])
def test_the_vpc_cnis_own_words_for_running_out_of_addresses(text):
    assert facts(text).get("pod_density") is True


@pytest.mark.parametrize("text, value", [("Calico crashes with no IPv4 address present in an IPv6 kubernetes cluster", True),
                                         ("We do not run an IPv6 cluster.", False)])
def test_an_ipv6_cluster_beside_a_missing_ipv4_address(text, value):
    assert facts(text).get("ipv6") is value


def test_what_a_product_was_tested_on_is_not_the_writers_cluster():
    assert "nodes" not in facts("This was tested on a cluster with 31 servers: 3 control planes and 26 worker nodes.")


def test_demo_scenarios_asked_for_are_hypothetical():
    assert "nodes" not in facts("可否再补充三个场景的 demo：场景一 云上三个 master 节点，边缘一个节点")


def test_a_listing_folded_into_one_line_counts_every_name():
    assert facts("kubectl get nodes: bigdata01, bigdata02, master1, node1, node2 均为 Ready").get("nodes") == 5


@pytest.mark.parametrize("text", ["calico 子网池不足时会新增一个子网池（在不同网段）", "pod-cidr 地址划分了两个 vpc 交换机，两个网段分别用于测试和生产"])
def test_ip_pool_ranges_are_the_pods_not_the_nodes(text):
    assert facts(text).get("cross_subnet") is not True


def test_a_product_described_by_what_it_offers_is_not_in_use():
    assert "current_plugin" not in facts("Feature request: Cilium offers a kube-proxy replacement. We should make kube-proxy optional.")
    assert facts("We run Cilium, which offers a kube-proxy replacement.").get("current_plugin") == "cilium"
