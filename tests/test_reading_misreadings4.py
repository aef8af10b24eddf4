"""Classes of misreading, fourth round: objects that only exist where a plugin runs, a kernel
beside a distribution's release, and node counts split by OS or counted as "the others".
Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading.understand import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text, plugin", [
    ("Applied a CiliumNetworkPolicy with an egress rule, and traffic still leaves the namespace.", "cilium"),
    ("The CiliumClusterwideNetworkPolicy blocks kube-dns on our three nodes.", "cilium"),
    ("calicoctl node status shows no IPv4 peers found on the workers.", "calico"),
    ("Our GlobalNetworkPolicy denies traffic to the metadata API but pods still reach it.", "calico"),
    ("kube-flannel-ds pods restart every few minutes on the new node.", "flannel"),
    ("aws-node pods are in CrashLoopBackOff after the upgrade.", "aws-vpc-cni"),
    # issue-template fields, a plugin's own flags and settings, an outcome after switching
    ("Network plugin used: Cilium", "cilium"),
    ("海光cpu安装calico失败，换成flannel成功", "flannel"),
    ("--run-router=true --enable-overlay=false --run-firewall=true", "kube-router"),
    ('plugin type="aws-cni" name="aws-cni" failed (add): failed to assign an IP address', "aws-vpc-cni"),
    ("ipPools: - blockSize: 26, cidr: 10.42.0.0/16, encapsulation: IPIP", "calico"),
])
def test_what_only_a_running_plugin_shows_names_the_plugin_in_use(text, plugin):
    assert facts(text)["current_plugin"].split(":")[0] == plugin


@pytest.mark.parametrize("text", [
    "We are picking a CNI for EKS: is a CiliumNetworkPolicy or a plain NetworkPolicy better for FQDN rules?",
    "Should we evaluate calicoctl-managed policies or Cilium for our new cluster?",
])
def test_an_object_weighed_in_a_choice_puts_nothing_in_use(text):
    assert "current_plugin" not in facts(text)


@pytest.mark.parametrize("text, kernel", [("Centos7.9 内核4.4 环境是内网环境", "4.4"),
                                          ("Rocky9.2 内核 5.14 的机器", "5.14"),
                                          ("节点是 5.10 内核", "5.10")])
def test_a_release_glued_to_a_distribution_is_not_the_kernel(text, kernel):
    assert facts(text)["kernel"] == kernel


@pytest.mark.parametrize("text, nodes", [("We have 2 linux nodes and 1 windows node.", 3),
                                         ("a hybrid cluster: 4 Linux workers plus 2 Windows nodes", 6),
                                         ("Pods on node1 cannot reach pods on the other two nodes.", 3),
                                         ("从master节点ping其他两个节点上的pod不通", 3)])
def test_parts_of_one_cluster_are_added_up(text, nodes):
    assert facts(text)["nodes"] == nodes


@pytest.mark.parametrize("text, nodes", [("We run 5 nodes; the other nodes are fine.", 5),
                                         ("Two nodes can ping each other, but pods cannot.", 2)])
def test_counts_without_parts_or_others_stay_as_said(text, nodes):
    assert facts(text)["nodes"] == nodes


# --- a mode the writer wants to move to -------------------------------------------------------

@pytest.mark.parametrize("text, current, wanted", [
    ("How can I change calico from IPIP mode to BGP mode?", "calico:ipip", "calico:bgp"),
    ("We need to run calico in BGP mode, but the cluster runs in IPIP mode. How do we switch?", "calico:ipip", "calico:bgp"),
    ("想把 calico 从 ipip 模式改成 vxlan 模式，怎么改？", "calico:ipip", "calico:vxlan"),
    ("Is it possible to migrate flannel from vxlan to host-gw without downtime?", "flannel:vxlan", "flannel:host-gw"),
])
def test_a_mode_wished_for_is_the_target_not_the_mode_in_use(text, current, wanted):
    reading = understand(text, CATALOG)
    assert reading.profile.current_plugin == current
    assert reading.wanted == [wanted]


@pytest.mark.parametrize("text, current", [
    ("We switched calico from IPIP to VXLAN mode and now pods can't reach each other.", "calico:vxlan"),
    ("calico 从 ipip 改成 vxlan 之后 pod 不通了", "calico:vxlan"),
])
def test_a_switch_already_made_names_the_mode_in_use(text, current):
    reading = understand(text, CATALOG)
    assert reading.profile.current_plugin == current and reading.wanted == []


def test_a_removal_asked_about_has_not_happened():
    text = "Calico came with rancher and runs in IPIP mode. Should I delete calico and install it in BGP mode manually?"
    assert facts(text)["current_plugin"] == "calico:ipip"
    assert "current_plugin" not in facts("We uninstalled calico last week; which CNI should replace it?")


# --- how the nodes are wired ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["OpenStack VMs with port security enabled, all in one tenant network.",
                                  "The hypervisor has anti-spoofing on for every VM, and the nodes share one VLAN.",
                                  "虚拟化平台开了 IP-MAC 绑定和防 ARP 欺骗，节点都在同一网段"])
def test_anti_spoofing_delivers_only_the_nodes_own_addresses(text):
    assert facts(text)["l2_adjacent"] is False


def test_port_security_turned_off_gives_the_segment_back():
    assert facts("We disabled port security on the neutron ports of our 6 nodes.")["l2_adjacent"] is True


@pytest.mark.parametrize("text", ["8 bare-metal nodes in one rack behind a single ToR.", "节点都在同一个机柜里"])
def test_one_rack_is_one_segment(text):
    assert facts(text)["l2_adjacent"] is True


@pytest.mark.parametrize("text", ["calico BGP 模式，节点都是双网卡：bond0 业务网，eth2 存储网",
                                  "Each node has two NICs, one for management and one for storage; calico picks the wrong one.",
                                  "Our workers are multi-homed and flannel uses the wrong interface."])
def test_nodes_with_several_nics_are_no_need_for_pod_interfaces(text):
    assert "multi_nic" not in facts(text)


@pytest.mark.parametrize("text", ["我们的 pod 需要双网卡", "Our nodes have two NICs and some pods must sit on the storage VLAN."])
def test_pods_that_need_a_second_interface_still_do(text):
    assert facts(text)["multi_nic"] is True


def test_all_in_one_before_a_place_is_no_single_node():
    assert "nodes" not in facts("OpenStack VMs, all in one tenant network")
    assert facts("kubeasz all in one 部署")["nodes"] == 1


# --- density, address families, architecture ----------------------------------------------------

@pytest.mark.parametrize("text", ["现在 Terway 独占 ENI 模式，一台节点只能跑两三个业务 Pod",
                                  "each m5.large node only fits 29 pods", "Our VPC's IPv4 space is nearly gone."])
def test_few_pods_per_node_or_no_addresses_left_is_density(text):
    assert facts(text)["pod_density"] is True


@pytest.mark.parametrize("text", ["Can the cluster give pods IPv6 addresses only?", "we want single-stack IPv6 pods"])
def test_ipv6_addresses_only_is_a_single_stack(text):
    got = facts(text)
    assert got["ipv6"] is True and got["dual_stack"] is False


def test_a_mainframe_the_pods_talk_to_is_not_the_nodes_cpu():
    assert "arch" not in facts("a fixed egress IP so the mainframe firewall can allowlist apps")
    assert facts("we run the workers on an IBM mainframe")["arch"] == "s390x"


@pytest.mark.parametrize("text, value", [
    ("the vSphere team refuses to enable promiscuous mode / forged transmits on the port group", True),
    ("虚拟化组不允许在端口组上开混杂模式和伪传输", True),
    ("MAC address spoofing is disabled on the Hyper-V adapters", True),
    ("Forged transmits and promiscuous mode are set to accept on the port group", False),
])
def test_a_switch_that_drops_unknown_macs(text, value):
    assert facts(text)["mac_filtering"] is value


def test_a_switch_that_drops_unknown_macs_leaves_the_segment_alone():
    # routed pod traffic leaves with the node's MAC: a refused promiscuous mode says nothing about L2
    got = facts("All VMs on one port group; promiscuous mode is not allowed by policy.")
    assert got["mac_filtering"] is True and got["l2_adjacent"] is True


def test_a_second_nic_beside_a_fixed_pod_ip_need_is_not_the_nodes_static_address():
    assert facts("VMs must keep their IP across live migration, some VMs need a second NIC onto VLAN 100.")["static_pod_ips"] is True
    assert "static_pod_ips" not in facts("i added a network card with static ip 192.168.10.2 on ens192")


@pytest.mark.parametrize("text, plugin", [("Should we swap OVN-Kubernetes for Calico to get that?", "ovn-kubernetes"),
                                          ("we plan to swap out flannel for cilium next quarter", "flannel")])
def test_the_plugin_swapped_out_is_the_one_in_use(text, plugin):
    assert facts(text)["current_plugin"] == plugin


@pytest.mark.parametrize("text", ["we're adding EKS Hybrid Nodes: 30 on-prem servers joined to an EKS control plane",
                                  "Anthos on bare metal, 12 nodes in our DC"])
def test_on_prem_nodes_under_a_cloud_control_plane_are_bare_metal(text):
    assert facts(text)["platform"] == "bare-metal"


def test_a_managed_cluster_in_the_cloud_stays_in_the_cloud():
    assert facts("EKS 1.31 with 30 m5.large nodes")["platform"] == "aws"


def test_a_switch_to_a_plugin_still_wished_for_puts_nothing_in_use():
    assert "current_plugin" not in facts("我们打算换成flannel，可以吗")


def test_an_encapsulation_turned_off_in_the_plugin_is_not_blocked_by_the_network():
    assert "encap_blocked" not in facts("Disabled IP-in-IP tunneling, but it still creates tunnel")
    assert facts("The firewall drops IP-in-IP between our nodes")["encap_blocked"] == ["ipip"]


def test_a_package_epoch_is_no_distribution_release():
    assert facts("PREEMPT Debian 1:6.12.34-1+rpt1~bookworm")["os"] == "debian"


@pytest.mark.parametrize("text", ["calico 多网卡不同子网问题：calicoctl node status", "本地多网卡集群（iptables模式）主机"])
def test_a_chinese_multi_nic_cluster_is_the_hosts_wiring(text):
    assert "multi_nic" not in facts(text)


def test_sealos_plural_flags_list_every_host():
    text = "sealos run labring/kubernetes:v1.25.0 --masters 192.168.56.9,192.168.56.10,192.168.56.11 --nodes 192.168.56.12"
    assert facts(text)["nodes"] == 4


@pytest.mark.parametrize("text", ["an EKS cluster with a single worker node of type r6g.medium", "Start a standalone k8s node"])
def test_a_single_worker_is_one_node(text):
    assert facts(text)["nodes"] == 1


@pytest.mark.parametrize("text", ["I want to run many small pods on it so I set ENABLE_PREFIX_DELEGATION to true",
                                  "only 14 pods got ip as one ENI supports 14 addresses"])
def test_more_pods_than_addresses_is_density(text):
    assert facts(text)["pod_density"] is True


def test_old_installer_names_and_spellings():
    assert facts("Kargo: d323501, Network: Calico")["distribution"] == "kubespray"
    assert facts("I install kube-router as a daemonset for my kube-adm clusters")["distribution"] == "kubeadm"


def test_peering_with_an_external_router_is_a_bgp_fabric():
    assert facts("kube-router was configured to peer with external router")["bgp_fabric"] is True


@pytest.mark.parametrize("text", ["20 台 VMware 虚拟机，分在两个端口组，中间隔着一台防火墙",
                                  "our nodes sit in 10.0.1.0/24 and 10.0.2.0/24",
                                  "the two VLANs are separated by a firewall"])
def test_firewalls_port_groups_and_node_cidrs_put_nodes_apart(text):
    assert facts(text)["cross_subnet"] is True


@pytest.mark.parametrize("text", ["pod cidr 10.244.0.0/16, service cidr 10.96.0.0/12, nodes on 192.168.1.0/24",
                                  "The office network 192.168.8.0/24; kubernetes node ip 192.168.33.0/24"])
def test_pod_service_and_office_cidrs_are_not_the_nodes(text):
    assert facts(text).get("cross_subnet") is not True


def test_a_network_team_that_adds_no_routes():
    assert facts("网络组管，不让加路由")["pod_routes"] is False
    assert facts("the network team won't add static routes for us")["pod_routes"] is False


@pytest.mark.parametrize("text, platform", [
    ("we're lift-and-shifting our clusters from vSphere to Azure VMs with Azure Migrate", "azure"),
    ("我们要把集群从 VMware 迁移到阿里云 ECS", "aliyun"),
    ("VMware today, moving to AWS next year", "vmware"),
])
def test_a_migration_under_way_lands_where_it_is_going(text, platform):
    assert facts(text)["platform"] == platform


def test_a_mode_said_to_be_used_in_a_chinese_question_is_the_mode_in_use():
    reading = understand("flannel 使用 host-gw 模式，节点在不同网段，怎么解决？", CATALOG)
    assert reading.profile.current_plugin == "flannel:host-gw" and reading.wanted == []


def test_a_port_number_is_no_migration():
    # "port" alone is a port number: only porting or ported the cluster moves it
    assert facts("VMware VMs, we opened port 8472 to AWS for the VPN")["platform"] == "vmware"
