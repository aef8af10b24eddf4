"""Classes of misreading, seventh round: scarce address space, plugins ruled out, public addresses
the nodes lack, edge frameworks, fields answered "none", Chinese upgrades, counts, peering and
refusals. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading.names import read_names
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text", ["The VNet is a /22 peered to on-prem, and the address space is tight there.",
                                  "We can't get more address space from the network team.",
                                  "Only a small private address range is left for the cluster.",
                                  "我们 VPC 的地址很紧张", "网络组那边申请不到更多的网段"])
def test_scarce_address_space_is_ip_exhaustion(text):
    assert facts(text).get("pod_density") is True


def test_a_roomy_address_space_is_no_exhaustion():
    assert "pod_density" not in facts("Our VNet is a /16 with plenty of room.")


@pytest.mark.parametrize("text", ["AKS cluster. Azure CNI classic is out. Overlay or the Cilium-powered one?",
                                  "We run kubeadm on VMs; Weave is ruled out and flannel is not an option.",
                                  "新集群,flannel 不考虑,Calico 还是 Cilium?"])
def test_a_plugin_ruled_out_is_not_in_use(text):
    assert "current_plugin" not in facts(text)


def test_a_plugin_out_of_date_is_still_in_use():
    assert facts("Calico is out of date on our cluster and pods time out.").get("current_plugin", "").startswith("calico")


def test_a_public_address_the_node_does_not_know_still_puts_it_apart():
    text = ("My cloud provider uses DNAT (the server doesn't know its own public IP), and I wanted to join "
            "my board at home into that cluster.")
    assert facts(text).get("cross_subnet") is True


def test_no_public_address_on_one_switch_is_not_apart():
    got = facts("Our nodes have no public IP; they are all on one switch.")
    assert got.get("l2_adjacent") is True and "cross_subnet" not in got


def test_the_k3s_installer_names_k3s():
    assert facts("We install with k3sup on three boards.").get("distribution") == "k3s"


def test_an_edge_framework_names_the_platform_whichever_side_mentions_it():
    text = ("cloudcore on the k8s master node: KubeEdge v1.8.1. The Raspberry Pi 4 runs edgecore, "
            "PRETTY_NAME=Raspbian GNU/Linux 10")
    assert facts(text).get("platform") == "edge"


def test_raspberry_pis_without_an_edge_framework_stay_bare_metal():
    assert facts("Four Raspberry Pi 4 boards run k3s at home.").get("platform") == "bare-metal"


@pytest.mark.parametrize("text", ["Environment:\n- Windows Server 2022 workers: none\n- IPv6: no", "Windows nodes: no",
                                  "Windows 节点：无"])
def test_a_field_answered_none_denies_it(text):
    assert facts(text).get("windows_nodes") is False


def test_a_field_answered_with_a_number_states_it():
    assert facts("Windows Server 2022 workers: 3").get("windows_nodes") is True


@pytest.mark.parametrize("text, kernel", [("CentOS 7.9，内核升级到了 5.4.278", "5.4"), ("CentOS 7，内核已经升级至 5.10", "5.10"),
                                          ("CentOS 7，升级内核到了 4.19", "4.19")])
def test_an_upgraded_kernel_wins_over_the_distro_table(text, kernel):
    assert facts(text).get("kernel") == kernel


def test_a_distro_alone_gives_its_kernel():
    assert facts("CentOS 7.9 物理机").get("kernel") == "3.10"


@pytest.mark.parametrize("text, nodes", [("边缘节点大概 200 个，分布在各个工厂", 200), ("服务器一共 12 台", 12)])
def test_a_chinese_count_after_the_noun_with_about(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_peering_with_the_switch_told_without_the_word_bgp():
    assert facts("现在用的是 Calico BGP，已经跟核心交换机建了邻居。").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("节点之间已经建好了 SSH 互信。")


def test_ebpf_and_kube_proxy_kept_for_now():
    got = facts("先不要上 eBPF，团队还不熟；kube-proxy 也要保留，继续用 IPVS 模式。")
    assert got.get("ebpf_dataplane") is False and got.get("kube_proxy_replacement") is False
    assert facts("我们想用 eBPF 数据面").get("ebpf_dataplane") is True


def test_a_vswitch_refusing_promiscuous_mode_filters_macs():
    assert facts("vSwitch 的混杂模式和伪传输都被安全策略禁止了").get("mac_filtering") is True
    assert facts("vSwitch 已开启混杂模式").get("mac_filtering") is not True


def test_a_product_powered_by_a_plugin_is_not_the_plugin():
    names = read_names(CATALOG, "AKS. Overlay, pod subnet, or the Cilium-powered one?")
    assert "cilium" not in names.plugins
    names = read_names(CATALOG, "AKS: Azure CNI Overlay or Azure CNI Powered by Cilium?")
    assert names.plugins == ["azure-cni"] and "azure-cni:cilium" in names.options
    assert "cilium" in read_names(CATALOG, "We run Cilium powered by eBPF on bare metal.").plugins


def test_a_port_number_is_not_a_node_count():
    assert "nodes" not in facts("BGP happens over TCP port 179 between nodes.")
    assert "nodes" not in facts("flannel 用 UDP 端口 8472 在节点之间通信")
    assert facts("We have 3 nodes across two racks.").get("nodes") == 3


def test_dualstack_in_one_word_and_pure_ipv6():
    assert facts("Hoping to run dualstack Kubernetes pods.").get("dual_stack") is True
    got = facts("A pure IPv6 deployment: ipv6_stack: true, ipv4_stack: false")
    assert got.get("ipv6") is True and got.get("dual_stack") is False


def test_a_vm_address_that_must_stay_the_same_is_a_fixed_ip():
    assert facts("Throughout the VM life cycle the IP should remain the same.").get("static_pod_ips") is True
    assert "static_pod_ips" not in facts("The node IP should remain the same after reboot.")


@pytest.mark.parametrize("text", ["kops cluster in us-east-2 with a CentOS AMI", "nodes use ami-e0eac385"])
def test_aws_regions_and_amis_name_aws(text):
    assert facts(text).get("platform") == "aws"


def test_other_clouds_region_names_are_not_aws():
    assert facts("GKE cluster in us-east1").get("platform") == "gcp"


def test_virtualmachine_in_one_word_is_a_vm():
    assert facts("install in VirtualMachine but the calico pod crashes").get("platform") == "vm"


def test_ubuntu_with_a_decimal_comma():
    assert facts("OS: Ubuntu 20,04; K8S: RKE2").get("os") == "ubuntu 20.04"


def test_a_node_agents_pods_count_the_nodes():
    text = ("get 所有 Pod 的结果：calico-kube-controllers 0/1 Pending; calico-node-2lfnb 1/1 Running; "
            "calico-node-52lnc 1/1 Running; calico-node-l7sv2 1/1 Running; coredns 0/1 Pending")
    assert facts(text).get("nodes") == 3
    # a Deployment's pods (the operator) are not one per node
    assert "nodes" not in facts("cilium-operator-5d8f9c-abcde 1/1 Running; cilium-x7k2p 0/1 CrashLoopBackOff")


def test_a_listing_after_a_colon_or_a_quoted_command():
    assert facts("集群是 NotReady：k8s-master NotReady v1.16.6; k8s-node-01 NotReady v1.16.6。").get("nodes") == 2
    assert facts('When I run "kubectl get nodes": edge02 NotReady worker v1.20.0; edge03 NotReady master v1.20.0').get("nodes") == 2


def test_a_target_size_is_the_total_even_when_others_join():
    assert facts("目前测试集群 5 个节点，明年生产要扩到 300 个节点，还会有 Windows 节点加入。").get("nodes") == 300
    assert facts("We run 10 nodes now and 4 more will join next quarter.").get("nodes") == 14


@pytest.mark.parametrize("text, os", [("running Talos 1.3.2 and Cilium 1.12.5", "talos 1.3"), ("Antrea on Photon OS 3 VMs", "photon 3"),
                                      ("OS: Flatcar Linux 2605.8.0", "flatcar 2605.8.0"), ("2 worker coreos 991 nodes", "coreos 991")])
def test_an_os_release_without_a_kernel_table_keeps_its_version(text, os):
    assert facts(text).get("os") == os


@pytest.mark.parametrize("text", ["I upgraded my ubuntu 20.04 to 22.04.1 and the problem appears",
                                  "After update of host OS Ubuntu 20.04 -> 22.04 pods cannot connect"])
def test_an_upgraded_release_is_the_one_running(text):
    got = facts(text)
    assert got.get("os") == "ubuntu 22.04" and got.get("kernel") == "5.15"


def test_a_login_or_home_directory_names_no_os():
    assert "os" not in facts("ubuntu@p9g-lpar07:~$ sudo journalctl -u kubelet")
    assert "os" not in facts("root@hongkong-micro:/home/ubuntu# curl -sfL https://get.example | sh -")
    assert facts("OS: ubuntu").get("os") == "ubuntu"


def test_a_hosting_vendors_dedicated_machines_are_bare_metal():
    assert facts("We want a k8s cluster on Hetzner hw nodes with public IPs.").get("platform") == "bare-metal"
    assert facts("Hetzner Cloud CX21 VMs with a private network").get("platform") == "cloud"


def test_aks_bring_your_own_cni_names_azure():
    assert facts("cilium values: aksbyocni: enabled: true").get("platform") == "azure"

