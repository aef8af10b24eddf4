"""Thirteenth round: whose setup it is (another team, a trial that is over, the old site, what the team knows,
a colleague's plan, a goal), which plugin and mode run (wished for by name, a mode set to Never, a backend
switched), the platform (a cloud's own VMs, a plugin's hybrid mode, a managed move planned for later), topology
(vSwitches and zones, a routed link to a new site, BGP peering with every node or none, MAC guards, the internet
between sites), Chinese ways of stating counts, blocked IP-in-IP, MTU, IP pressure and routable pod IPs, off-topic
kinds, and the checks for CrossSubnet modes where subnets drop pod addresses. Each with a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from assistant.reading import understand
from reading_facts import CATALOG, check_status, facts


def test_a_clouds_own_vms_are_not_premises():
    assert facts("We run one kubeadm cluster on Azure VMs, 5 nodes.").get("platform") == "azure"
    assert facts("我们在阿里云ECS虚拟机上搭了一个集群").get("platform") == "aliyun"
    assert facts("One cluster: 3 VMs in our office and 4 EC2 instances.").get("platform") == "hybrid"


def test_a_plugins_hybrid_mode_is_no_hybrid_cluster():
    text = "Self-managed k8s on Azure VMs, 18 nodes in two subnets of one VNet. Will Antrea hybrid work here, with trafficEncapMode: hybrid?"
    assert facts(text).get("platform") == "azure"
    assert facts("A hybrid cluster: 3 VMs in our office and 4 on Azure.").get("platform") == "hybrid"


def test_where_the_team_knows_a_plugin_from_is_not_where_the_nodes_run():
    text = "Self-managed k8s on Azure VMs. We picked Antrea because the team knows it from vSphere."
    assert facts(text).get("platform") == "azure"
    assert facts("Our nodes are VMs on vSphere.").get("platform") == "vmware"


def test_a_trial_that_is_over_is_not_the_plugin_in_use():
    assert "current_plugin" not in facts("阿里云上自建k8s。之前同事用flannel vxlan搭过测试环境，外面访问不到pod IP。这种情况选什么CNI？")
    assert "current_plugin" not in facts("We tried flannel in a PoC cluster last year and it was fine. Now we build prod on bare metal, which CNI?")
    assert facts("Our test cluster runs flannel and pods can't reach each other across nodes.").get("current_plugin") == "flannel"


def test_a_colleagues_plan_to_install_is_not_the_plugin_in_use():
    assert "current_plugin" not in facts("准备装k8s 1.29，同事想直接用Calico默认安装。有坑吗？")
    assert facts("集群现在用的 Calico 默认安装，跨节点不通。").get("current_plugin", "").startswith("calico")


def test_a_chinese_counter_before_an_english_machine_word_is_a_count():
    assert facts("10台VM在同一个tenant network里").get("nodes") == 10
    assert "nodes" not in facts("每台VM 8 核 16G")


def test_chinese_firewall_rules_that_cannot_name_ip_protocol_4_block_ipip():
    assert facts("他们说安全组只能开TCP/UDP/ICMP。").get("encap_blocked") == ["ipip"]
    assert facts("防火墙策略是按TCP/UDP端口放行的。").get("encap_blocked") == ["ipip"]
    assert facts("安全组不支持IP协议4。").get("encap_blocked") == ["ipip"]
    assert facts("在对端节点 tcpdump 'ip proto 4' 什么都抓不到。").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("安全组放行了 IP 协议 4 和 UDP 4789。")


def test_a_networks_mtu_after_a_chinese_comma_is_the_underlay():
    assert facts("底层是VXLAN，MTU 1450").get("mtu") == 1450
    assert "mtu" not in facts("vxlan mtu 1450")


def test_pods_that_must_keep_the_networks_addresses_are_reached_from_outside():
    assert facts("业务要求pod IP直接就是VPC地址。").get("routable_pod_ips") is True
    assert facts("老的ECS服务要能直接访问pod，不想走NAT。").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Terway 模式下 pod IP 就是 VPC 地址。")


def test_a_fabric_that_peers_with_every_node_is_a_bgp_fabric():
    text = "Leafs are Arista 7050X running eBGP and the network team is happy to peer with every node (one ASN per rack)."
    assert facts(text).get("bgp_fabric") is True
    assert facts("The network team is happy to peer with every node.").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("Calico nodes peer with every node in a full mesh.")


def test_two_switches_in_one_vpc_are_not_one_l2():
    assert "l2_adjacent" not in facts("20台ECS，在同一个VPC的两个vSwitch里。")
    assert facts("所有节点在同一个交换机下").get("l2_adjacent") is True


def test_a_release_the_nodes_cannot_move_to_yet_is_not_their_os():
    text = "Nodes are RHEL 8.6. We can't move to RHEL 9 or 8.10 before 2026."
    assert facts(text).get("os") == "rhel 8.6"
    assert facts("Since upgrading to Ubuntu 22.04 pods cannot reach each other.").get("os") == "ubuntu 22.04"


def test_a_plugin_the_team_knows_is_not_the_plugin_in_use():
    text = "We're building a DIY cluster on Azure VMs (kubeadm, not AKS). The team knows Calico well and wants the usual IPIP mode."
    assert "current_plugin" not in facts(text)
    assert facts("Our cluster runs Calico in IPIP mode.").get("current_plugin") == "calico:ipip"


def test_a_small_address_block_handed_out_is_ip_pressure():
    assert facts("IPAM only gave us a /20 for the AKS spoke.").get("pod_density") is True
    assert facts("网络组只给了一个 /22 给集群用").get("pod_density") is True
    assert "pod_density" not in facts("Our VNet is 10.0.0.0/16.")


def test_a_plugin_wished_for_by_name_is_the_move_the_answer_is_about():
    q = "k3s on 8 NUCs with the default flannel vxlan. Management wants Cilium for Hubble. Can we switch the CNI in place, or is that a rebuild?"
    reading = understand(q, CATALOG)
    assert "cilium:vxlan" in reading.wanted and reading.profile.current_plugin == "flannel:vxlan"
    assert understand("Management reviewed Cilium and our flannel setup last week.", CATALOG).wanted == []


def test_the_api_servers_virtual_ip_is_not_pod_networking():
    q = "多master多node（kubeasz），在配置Master VIP时把lb地址写成了master的外网地址，结果node无法访问vip 8443端口。lb地址该配内网还是外网？"
    assert understand(q, CATALOG).kind == "decline"
    assert understand("We use keepalived for the master VIP. Pods on different nodes cannot ping each other with Calico IPIP.", CATALOG).kind == "troubleshoot"


def test_crosssubnet_modes_fail_in_every_subnet_of_a_fabric_that_drops_pod_addresses():
    # a cluster of unstated size has more nodes than subnets; two nodes may sit one per subnet
    assert check_status("calico:vxlan-crosssubnet", Profile(platform="azure", cross_subnet=True), "l2") == "fail"
    assert check_status("calico:vxlan-crosssubnet", Profile(platform="azure", cross_subnet=True, nodes=2), "l2") == "warn"
    assert check_status("calico:vxlan-crosssubnet", Profile(platform="bare-metal", cross_subnet=True), "l2") == "pass"
    assert check_status("calico:vxlan-crosssubnet", Profile(platform="aws", cross_subnet=True), "l2") == "pass"  # src/dst check off: the fix


def test_another_teams_cluster_is_not_ours():
    text = "Another team here runs Cilium with WireGuard on about 300 GKE nodes. We are on EKS with the AWS VPC CNI, 25 m5.large nodes."
    read = facts(text)
    assert read.get("platform") == "aws" and read.get("nodes") == 25 and "encryption" not in read
    assert facts("隔壁团队用的是 Cilium。我们这边是 20 台物理机跑 Calico。").get("current_plugin", "").startswith("calico")
    assert facts("Our team runs Cilium on 30 bare-metal nodes.").get("current_plugin") == "cilium"


def test_kube_proxy_already_removed_in_chinese_is_a_replacement():
    assert facts("网络插件是 cilium，kube-proxy 已经删掉了，完全由 cilium 替代。").get("kube_proxy_replacement") is True
    assert "kube_proxy_replacement" not in facts("kube-proxy 还没删掉，先跑着。")


def test_a_backend_already_switched_names_the_plugin_in_use_and_its_mode():
    assert facts("都是树莓派 4B，flannel 后端已经换成了 wireguard-native。").get("current_plugin") == "flannel:wireguard"


def test_traffic_that_goes_over_the_public_network_crosses_an_untrusted_one():
    assert facts("边缘节点放在各个门店，到云上的 master 走的是公网。").get("untrusted_network") is True
    assert "untrusted_network" not in facts("门店节点走的是专线。")


def test_a_workstations_words_stop_at_a_contrast():
    text = "我自己的电脑是 M1 的 MacBook，但集群节点是 x86_64 物理服务器"
    read = facts(text)
    assert read.get("arch") == "amd64" and "nodes" not in read
    assert "arch" not in facts("kubectl on my MacBook (darwin/amd64) talks to the cluster.")


def test_a_self_managed_move_planned_for_later_leaves_the_managed_service():
    read = facts("We're on GKE Autopilot today and might move to self-managed kubeadm on bare metal next year.")
    assert read.get("managed") is True and read.get("platform") == "gcp"
    assert facts("We run self-managed kubeadm on bare metal.").get("managed") is False


def test_a_plugin_installed_as_a_goal_is_not_the_plugin_in_use():
    assert "current_plugin" not in facts("I would like to disable flannel. My goal is to build the cluster successfully then install Cilium as CNI.")
    assert facts("We installed Cilium as CNI last week.").get("current_plugin") == "cilium"


def test_a_rancher_managed_cluster_on_premises_is_no_managed_service():
    text = "Running 500 pods per node on 6 worker nodes of a managed cluster (on premises) we experience network timeouts."
    assert "managed" not in facts(text)
    assert facts("It is a managed cluster on AWS (EKS).").get("managed") is True


def test_kube_proxy_in_a_list_of_things_replaced_is_a_replacement():
    text = "I would like to replace Calico, iptables/nftables and kube-proxy by Cilium and eBPF on the fly."
    assert facts(text).get("kube_proxy_replacement") is True
    assert "kube_proxy_replacement" not in facts("I would like to replace Calico by Cilium; kube-proxy stays.")


def test_a_size_said_as_an_example_is_no_count():
    assert "nodes" not in facts("For a small cluster this is ok; but for a bigger one (say 100 nodes) it is not really doable.")
    assert facts("Our cluster has 100 nodes.").get("nodes") == 100


def test_a_fabric_the_writer_does_not_trust_is_untrusted():
    assert facts("We need WireGuard between nodes, because the colo fabric is shared and we don't trust it.").get("untrusted_network") is True
    assert facts("We trust the fabric between the racks.").get("untrusted_network") is False


def test_crosssubnet_modes_fail_where_several_nodes_share_a_subnet_that_drops_pod_addresses():
    assert check_status("antrea:hybrid", Profile(platform="azure", cross_subnet=True, nodes=18), "l2") == "fail"
    assert check_status("antrea:hybrid", Profile(platform="azure", cross_subnet=True, nodes=2), "l2") == "warn"


def test_pods_on_exclusive_enis_get_no_network_policy():
    assert check_status("terway:eni", Profile(platform="aliyun", network_policy=True), "policy") == "fail"
    assert check_status("terway:eniip", Profile(platform="aliyun", network_policy=True), "policy") == "pass"


def test_zones_and_vswitches_counted_with_digits_put_nodes_apart():
    read = facts("40 台节点分布在 3 个可用区 3 个 vSwitch。")
    assert read.get("cross_subnet") is True and read.get("nodes") == 40
    assert "nodes" not in facts("节点在 3 个 vSwitch 里")
    assert "cross_subnet" not in facts("1 个可用区")


def test_what_the_old_site_ran_is_not_the_plugin_in_use():
    assert "current_plugin" not in facts("阿里云上自建 k8s。之前 IDC 用的 calico bgp，同事说照搬 calico bgp 就行。")
    assert facts("我们 IDC 现在用的 calico bgp，跨机房不通。").get("current_plugin") == "calico:bgp"


def test_a_mode_set_to_never_is_not_the_mode_in_use():
    text = "Bare metal, Calico BGP with node-to-node mesh, IPPool ipipMode: Never, vxlanMode: Never. The new rack is not peered with Calico."
    read = facts(text)
    assert read.get("current_plugin") == "calico:bgp"
    assert facts("We run Calico with IPPool vxlanMode: Always.").get("current_plugin") == "calico:vxlan"


def test_a_switch_not_peered_with_the_nodes_is_no_bgp_fabric():
    assert facts("The new rack is routed by the core switch, which is not peered with Calico.").get("bgp_fabric") is False
    assert facts("The core switch is peered with Calico over eBGP.").get("bgp_fabric") is True


def test_port_group_guards_that_cannot_be_switched_on_filter_macs():
    assert facts("网络组说端口组的混杂模式、MAC 地址更改、伪传输都不能开(安全基线)。").get("mac_filtering") is True
    assert facts("端口组的混杂模式已经开启。").get("mac_filtering") is False


def test_a_cloud_instance_count_given_noun_first_adds_to_the_premises():
    assert facts("本地 IDC 12 台物理机 + 腾讯云 CVM 8 台,组成一个自建 k8s 集群").get("nodes") == 20


def test_object_storage_backups_are_not_pod_networking():
    q = "CloudNativePG on EKS: barman-cloud WAL archiving to S3 fails with AccessDenied. The IRSA role annotation looks right."
    assert understand(q, CATALOG).kind == "decline"
    assert understand("Pods on EKS cannot reach S3 through the VPC endpoint since we enabled Calico network policy.", CATALOG).kind == "troubleshoot"


def test_one_sites_bgp_routers_carry_no_pod_routes_over_the_internet():
    over_internet = Profile(platform="hybrid", cross_subnet=True, bgp_fabric=True, untrusted_network=True)
    assert check_status("calico:bgp", over_internet, "l2") == "fail"
    assert check_status("calico:bgp", Profile(platform="bare-metal", cross_subnet=True, bgp_fabric=True), "l2") == "pass"


def test_a_scheme_of_that_kind_ruled_out_is_not_in_use():
    text = "集群全部是 vSphere 上的虚拟机，安全规定不允许混杂模式，所以 macvlan 那种方案用不了。"
    assert "current_plugin" not in facts(text)
    assert facts("我们现在用的 macvlan 方案，跨节点不通。").get("current_plugin") == "macvlan"


def test_a_port_guard_that_drops_macs_it_did_not_assign_filters_macs():
    assert facts("Neutron port security drops any MAC it didn't assign.").get("mac_filtering") is True
    assert "mac_filtering" not in facts("Neutron port security drops traffic from other IPs.")


def test_a_routed_link_to_a_new_site_outranks_the_one_vlan_inside_a_site():
    text = ("We run flannel host-gw on 30 bare-metal nodes in DC1, all one VLAN. Next quarter we add 10 nodes in DC2, "
            "connected over a routed L3 link (no stretched VLAN).")
    assert facts(text).get("cross_subnet") is True
    assert facts("All 30 nodes sit in one VLAN.").get("cross_subnet") is False


def test_a_small_block_left_and_pods_in_the_thousands_are_ip_pressure():
    assert facts("给我们这个 spoke 的 VNet 只剩一个 /23 可用。").get("pod_density") is True
    assert facts("后面 Pod 数量可能上几千。").get("pod_density") is True
    assert "pod_density" not in facts("集群里大概有 200 个 Pod。")


def test_windows_workers_joining_a_linux_cluster_is_a_pod_network_question():
    q = "RKE2 v1.30 on vSphere, installed with defaults (so Canal), 25 Linux nodes in production. Business now wants Windows Server 2022 workers to join."
    assert understand(q, CATALOG).kind != "decline"
    assert understand("How do I renew certificates on Linux nodes? We also have Windows nodes.", CATALOG).kind == "decline"


def test_a_workloads_traffic_on_its_own_vlan_or_nic_is_a_second_network():
    assert facts("几个服务之间靠组播收发行情，行情走单独的 VLAN 300（网卡 ens2f1）。").get("multi_nic") is True
    assert "multi_nic" not in facts("所有流量都走同一个 VLAN。")
