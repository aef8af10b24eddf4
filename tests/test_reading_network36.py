"""Thirty-sixth to thirty-ninth rounds: the network the nodes sit on (sites, topology, BGP, counts, platforms) as read
from a question (batches 36–39), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_one_more_part_counted_with_the_counter_alone_adds_to_the_first():
    assert facts("我们有 10 台阿里云 ECS，另外 6 台在 IDC，想用同一个集群").get("nodes") == 16
    assert facts("我们有 5 台服务器，另外还有 3 台在机房").get("nodes") == 8
    # "the other two nodes" still counts the one the writer stands on, and "the other two" of three are the rest of them
    assert facts("其他两台节点上的 pod ping 不通").get("nodes") == 3
    assert facts("三台主机，主机名master是kubernetes master，另外两台是node节点。").get("nodes") == 3


def test_an_isps_nat_or_a_site_to_site_link_had_or_refused_puts_the_sites_apart():
    said = facts("The stores are on whatever DSL the local ISP sells us, behind the ISP router's NAT; there is no site-to-site VPN.")
    assert said.get("cross_subnet") is True and said.get("untrusted_network") is True and said.get("l2_adjacent") is False
    assert facts("每个站是独立网段，中间全是运营商的路由器").get("cross_subnet") is True
    assert facts("Each store has its own subnet.").get("cross_subnet") is True
    # nodes said to share one LAN still do
    assert facts("All 3 nodes sit on the same LAN.").get("l2_adjacent") is True


def test_devices_beside_the_nodes_on_one_lan_say_nothing_of_the_nodes():
    assert facts("The receipt printer and the background-music player sit on the same store LAN.") == {}
    assert facts("One dumb switch per site, 3 boxes each").get("l2_adjacent") is True


def test_a_carrier_refusing_bgp_and_a_mode_switched_to_are_no_bgp_fabric():
    said = facts("中间全是运营商的路由器，运营商明确不会跟我们跑 BGP。现在用的是 Calico 默认的 IPIP，想把 IPIP 关掉改成纯 BGP 路由")
    assert said.get("bgp_fabric") is False
    assert "bgp_fabric" not in facts("中间全是运营商的路由器。现在用的是 Calico 默认的 IPIP，想把 IPIP 关掉改成纯 BGP 路由")
    assert facts("交换机和 calico 建立 BGP 路由").get("bgp_fabric") is True


def test_a_count_per_place_multiplies_by_places_of_any_kind():
    assert facts("我们有 120 个加油站，每站 2 台边缘服务器").get("nodes") == 240
    assert facts("We're a grocery chain, about 35 stores. The plan is one Intel NUC per store joining our central cluster.").get("nodes") == 35
    assert facts("We have 12 nodes in 3 racks").get("nodes") == 12


def test_a_hypervisor_whose_vms_move_onto_kubevirt_is_not_where_the_nodes_run():
    assert facts("正在把老 VMware 上的一批业务虚机迁到 KubeVirt。12 台物理机，机房两台交换机").get("platform") == "bare-metal"
    assert facts("We run KubeVirt on vSphere VMs with nested virtualization").get("platform") == "vmware"


def test_a_platform_named_as_a_likeness_is_not_where_the_nodes_run():
    said = facts("Kubernetes 1.20.4 set up with kubeadm using only IPv6 subnets (similar to an AWS IPv6 kubeadm configuration).")
    assert "platform" not in said and said.get("ipv6") is True
    assert facts("Our kubeadm cluster runs on AWS with IPv6 only").get("platform") == "aws"


def test_control_plane_and_workers_counted_without_a_noun_add_up():
    assert facts("We have a 3 controller 3 worker cluster deployed on ubuntu 22.04").get("nodes") == 6
    assert facts("2 controller nodes and 4 workers").get("nodes") == 6
    assert facts("We've set up a master & 2 nodes on OpenStack").get("nodes") == 3


def test_a_kind_config_counts_its_role_entries():
    said = facts("nodes: - role: control-plane image: kindest/node:v1.26.6; - role: worker; - role: worker; - role: worker")
    assert said.get("nodes") == 4
    assert "nodes" not in facts("nodes: - role: control-plane image: kindest/node:v1.26.6")


def test_no_routing_equipment_for_bgp_is_no_fabric():
    said = facts("I re-queried the BGP related information, but I don't have the available routing equipment to implement it.")
    assert said.get("bgp_fabric") is False
    assert "bgp_fabric" not in facts("I don't have the available routing equipment to implement it.")


def test_a_cloud_controller_with_networks_by_any_prefix_sets_pod_routes():
    assert facts("There is an issue when deploying hcloud-controller with network.").get("pod_routes") is True


def test_boards_and_private_clouds_place_the_nodes():
    assert facts("embedded board: Radxa Rock 5b; system image: ubuntu focal arm64").get("platform") == "bare-metal"
    assert facts("I am using k8s cluster on my company private cloud vms.").get("platform") != "cloud"
    assert facts("We run on cloud VMs at a small provider").get("platform") == "cloud"


def test_nodes_on_the_local_lan_are_adjacent():
    assert facts("my Pi cluster: all nodes using wlan0 to connect to the local LAN for connectivity").get("l2_adjacent") is True
    assert "l2_adjacent" not in facts("our nodes are on the home network and the cloud")


def test_routers_that_run_ebgp_with_the_servers_are_a_fabric():
    assert facts("The Juniper MX at each office is happy to run eBGP with the servers").get("bgp_fabric") is True
    assert facts("our Arista switches won't run BGP").get("bgp_fabric") is False


def test_systems_on_premises_that_reach_a_cloud_cluster_are_not_its_nodes():
    said = facts("要新建一个 ACK 集群，规划 300 个节点左右。IDC 那边的老系统通过专线要能直接访问 Pod IP。")
    assert said.get("platform") == "aliyun"
    assert facts("一个集群：IDC 里 20 台物理机 + 阿里云 ECS 30 台").get("platform") == "hybrid"


def test_a_vsphere_switch_left_at_its_default_security_filters_macs():
    assert facts("节点是 ESXi 7 上的虚机。vSwitch 安全策略没动过，都是默认值。").get("mac_filtering") is True
    assert facts("ESXi hosts with the default vSwitch security settings").get("mac_filtering") is True
    assert "mac_filtering" not in facts("Proxmox with default security settings")


def test_an_ansible_run_counts_the_hosts_it_reports():
    run = "fatal: [192.168.11.172]: FAILED! ...; fatal: [192.168.11.173]: FAILED! ...; ok: [192.168.11.171]"
    assert facts(run).get("nodes") == 3
    assert "nodes" not in facts("fatal: [localhost]: FAILED!")


def test_on_prem_alone_assumes_own_hardware_without_stating_it():
    reading = understand("We run Calico VXLAN on-prem with 6 Linux and 3 Windows Server 2022 workers.", CATALOG)
    platform = next(f for f in reading.facts if f.key == "platform")
    assert platform.value == "bare-metal" and platform.source == "assumed"
    assert reading.profile.nodes == 9
    assert not any(f.key == "platform" for f in understand("We run Calico VXLAN with 3 workers.", CATALOG).facts)


def test_two_kinds_counted_before_one_noun_add_up():
    assert facts("4 x86 + 2 arm64 nodes").get("nodes") == 6
    assert facts("6 Linux and 3 Windows Server 2022 workers").get("nodes") == 9
    assert facts("a cluster of 3 Linux workers").get("nodes") == 3


def test_a_cloud_run_on_before_a_move_home_is_not_where_the_nodes_run():
    said = facts("之前业务跑在 AWS EKS 上（VPC CNI），为了省钱现在要搬回自己 IDC。30 台物理机，两个机柜，每个机柜一个网段")
    assert said.get("platform") == "bare-metal" and "current_plugin" not in said
    assert facts("业务跑在 AWS EKS 上（VPC CNI），30 个节点").get("platform") == "aws"


def test_no_routers_to_peer_with_is_no_fabric():
    said = facts("On-prem we ran Calico with BGP peering to our Arista ToRs. In AWS there are no ToRs to peer with.")
    assert said.get("bgp_fabric") is False


def test_outside_machines_reaching_pods_by_ip_in_chinese_want_routable_pods():
    assert facts("外面的编码器和播出服务器（不在集群里）要直接用 IP 访问 Pod").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Pod 之间用 Service 访问")


def test_a_second_nic_for_storage_makes_multihomed_nodes_not_pods():
    said = facts("All nodes live on the same subnet, but the worker nodes have a second NIC in a different subnet for our SAN.")
    assert "multi_nic" not in said and "cross_subnet" not in said
    assert facts("Our pods need a second NIC for the storage network").get("multi_nic") is True


def test_nodes_across_l2_segments_are_not_adjacent():
    assert facts("worker nodes across 3 different l2 network segments, one subnet each").get("l2_adjacent") is False
    assert facts("All 3 nodes sit on the same LAN.").get("l2_adjacent") is True


def test_vms_on_windows_hosts_on_one_vlan():
    said = facts("I provisioned 4 empty VM's across two separate Windows hosts via Terraform on the same VLAN.")
    assert said.get("l2_adjacent") is True and "windows_nodes" not in said
    assert facts("We run 3 Windows Server 2022 workers").get("windows_nodes") is True


def test_subnets_each_different_in_chinese_are_apart():
    assert facts("我们医院有三个院区，每个院区机房放几台节点，网段各不相同。").get("cross_subnet") is True


def test_the_bgp_sessions_calico_node_shows_are_its_own_mesh():
    assert "bgp_fabric" not in facts("The provider's edge filter only passes TCP, UDP and ICMP. All calico-node pods are Ready and the BGP "
                                     "sessions show Established.")
    assert facts("Our ToR switches have BGP sessions with every node").get("bgp_fabric") is True
