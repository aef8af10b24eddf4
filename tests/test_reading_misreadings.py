"""Classes of misreading found on the profile set's tune and held-out parts, one test per class.

Each test pairs the misread shape with the writer's own statement of the same fact, so it fails
both when the fix stops working and when it overreaches. The sentences are paraphrases, not the
labelled items' wording.
"""

from __future__ import annotations

import pytest

from reading_facts import facts

# --- whose environment: statements about deployments, products or docs in general ---------------

@pytest.mark.parametrize("text", ["When deployed on a public cloud, the overlay is usually unnecessary.",
                                  "If running in AWS, BGP peering with the VPC is not possible."])
def test_a_condition_without_a_subject_is_about_any_deployment(text):
    assert "platform" not in facts(text)


def test_the_writers_own_platform_is_still_read():
    assert facts("We run our nodes on a public cloud.")["platform"] == "cloud"
    assert facts("If I run my cluster on AWS, do I need IPIP?")["platform"] == "aws"


def test_many_kinds_of_cases_are_general():
    assert facts("In most hybrid edge scenarios the workers sit behind NAT.") == {}


def test_what_a_guide_says_is_not_the_writers_setup():
    assert facts("According to the OpenStack admin guide, in Neutron the MTU is 1450.") == {}
    assert facts("Our OpenStack cluster uses a 1450 MTU according to the admin guide.")["platform"] == "openstack"


def test_other_plugins_described_in_general_give_nothing():
    assert facts("Other common CNI plugins, such as Cilium, provide better throughput than flannel.") == {}


def test_a_requirements_list_names_no_node_os():
    assert facts("Requirements: kernel>=4.19, containerd >=1.6, OS Ubuntu 20.04.") == {}
    assert facts("We run Ubuntu 20.04 nodes with kernel 5.4.")["os"] == "ubuntu 20.04"


def test_a_list_of_options_to_evaluate_is_not_the_setup():
    got = facts("VXLAN packets are dropped on our ESXi hosts. Options to consider: move flannel to host-gw, or use IPsec.")
    assert got["encap_blocked"] == ["vxlan"] and got["platform"] == "vmware"
    assert "encryption" not in got and "current_plugin" not in got


# --- the plugin in use --------------------------------------------------------------------------

def test_a_host_named_after_a_plugin_names_no_plugin():
    assert "current_plugin" not in facts("Node names are flannel-1 and flannel-2, running on two Ubuntu VMs.")
    assert facts("We run cilium-1.14 on our nodes.")["current_plugin"] == "cilium"  # a version, not a host number


def test_a_plugin_judged_good_is_a_candidate():
    assert "current_plugin" not in facts("I found antrea is a good plugin for a small cluster.")
    assert "current_plugin" not in facts("Honestly, kube-router seems very promising.")
    assert facts("We run antrea on 3 nodes.")["current_plugin"] == "antrea"


def test_a_products_default_plugin_is_not_the_writers():
    got = facts("The CNI shipped by RKE2 is Canal; we are looking at alternatives.")
    assert got["distribution"] == "rke2" and "current_plugin" not in got


def test_the_mode_in_use_wins_over_one_found_wanting():
    assert facts("Calico IPIP mode was slow for us, so we are now using BGP peering with the ToR.")["current_plugin"] == "calico:bgp"


# --- needs and blocked encapsulations ------------------------------------------------------------

def test_latency_as_a_symptom_or_a_selling_point_is_no_wish():
    assert "latency_sensitive" not in facts("Our pods see high latency of several seconds.")
    assert "latency_sensitive" not in facts("Cilium offers better network performance thanks to eBPF.")
    assert facts("We need low latency between pods.")["latency_sensitive"] is True


def test_missing_vxlan_offload_does_not_block_vxlan():
    assert "encap_blocked" not in facts("The NICs don't have VXLAN offloading enabled.")
    assert facts("The firewall drops VXLAN traffic between our nodes.")["encap_blocked"] == ["vxlan"]


# --- topology, numbers, systems, platforms --------------------------------------------------------

@pytest.mark.parametrize("text", ["docker0 and the flannel network are in different subnets.",
                                  "docker 与 flannel 不在同一网段",
                                  "External hosts outside the cluster are in a different subnet from the nodes."])
def test_pod_networks_or_machines_outside_the_cluster_say_nothing_of_node_subnets(text):
    assert "cross_subnet" not in facts(text)


def test_node_subnets_are_still_read():
    assert facts("Our nodes are in different subnets.")["cross_subnet"] is True
    assert facts("节点都在同一网段")["cross_subnet"] is False


def test_a_tunnel_mtu_or_one_the_plugin_picks_is_not_the_underlay():
    assert facts("eth0 has MTU 1500 and the tun interface MTU is 1440.")["mtu"] == 1500
    assert facts("Our host NICs use an MTU of 9000 and flannel sets the mtu of its interfaces to 8950.")["mtu"] == 9000


def test_a_board_model_number_is_not_a_node_count():
    assert "nodes" not in facts("Adding a RasPi 3 node fails.")
    assert facts("Our cluster is three Raspberry Pi 4 boards.")["nodes"] == 3


@pytest.mark.parametrize("text", ["We added two worker nodes and they cannot reach pods.", "我们新加的三台服务器上 pod 不通"])
def test_nodes_just_added_are_not_the_cluster_size(text):
    assert "nodes" not in facts(text)


def test_the_os_of_a_machine_outside_the_cluster_is_not_the_nodes():
    assert facts("Our database server runs CentOS 7 while the nodes are Ubuntu 22.04.")["os"] == "ubuntu 22.04"
    assert "os" not in facts("The PostgreSQL host is on RHEL 8.")


def test_an_elrepo_kernel_with_its_version_in_brackets_is_stated():
    assert facts("kernel-lt (5.4) on centos 7 nodes")["kernel"] == "5.4"


def test_an_installer_ruled_out_is_not_the_distribution():
    assert "distribution" not in facts("Setting up the cluster without kubespray, by hand.")
    assert facts("A kubespray deployed cluster.")["distribution"] == "kubespray"


def test_vmware_spelled_with_a_hyphen():
    assert facts("Our cluster runs on vm-ware VMs.")["platform"] == "vmware"


def test_vms_in_two_clouds_put_the_nodes_across_clouds():
    assert facts("I made the server on a VM in Azure and joined an agent on a VM in AWS.")["platform"] == "cloud"
    assert facts("Our nodes are on AWS; the docs mention Azure and GCP too.")["platform"] == "aws"


def test_hearsay_and_examples_for_the_reader_are_general():
    assert facts("It is said that with route reflectors, Calico nodes on AWS peer with a subset.") == {}
    assert "nodes" not in facts("For example, you may run 5000 nodes with route reflectors.")


def test_an_effect_a_feature_brings_is_no_wish():
    assert "latency_sensitive" not in facts("Traffic is handled in eBPF, reducing latency for everyone.")


def test_vms_the_cluster_runs_are_not_its_platform():
    assert "platform" not in facts("30节点集群创建3000台虚拟机")
    assert "platform" not in facts("The cluster runs 1,200 VMs for our CI.")
    assert facts("Our cluster runs on 5 VMs.")["platform"] == "vm"


def test_a_raspbian_release_written_with_a_v():
    assert facts("Raspbian v10 on a Pi 3")["os"] == "raspbian 10"
