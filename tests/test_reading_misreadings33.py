"""Thirty-third round: classes found on the older held-out sets before batch 33 came in, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, vocabulary


def test_a_routing_protocol_given_to_a_plugin_as_its_mode_is_unknown():
    # the index knows these words (OSPF is named in flannel's and Calico's documents), but no plugin has such a mode
    knows = vocabulary("vxlan", "host-gw", "ospf", "evpn", "mpls", "bgp")
    for question in ("We want flannel's OSPF backend between our two racks: how do we turn it on?",
                     "Calico 的 EVPN 模式怎么开？", "Can Cilium's MPLS encapsulation run over our carrier network?"):
        assert understand(question, CATALOG, vocabulary=knows).kind == "decline", question
    # the protocol spoken by the network, or a plugin's documented mode, is no made-up mode
    for question in ("Our routers speak OSPF, not BGP: which flannel backend fits two racks?", "Calico 的 BGP 模式怎么开？",
                     "Does flannel's host-gw backend work across our two racks?"):
        assert understand(question, CATALOG, vocabulary=knows).kind != "decline", question


def test_a_mode_only_one_plugin_has_names_that_plugin_when_none_is_named():
    said = facts("Our cluster runs vxlan across two VPC subnets. I have decided to switch to host-gw: will it work?")
    assert said.get("current_plugin") == "flannel:vxlan"
    assert facts("我们的集群用的 host-gw，节点跨网段后 Pod 不通").get("current_plugin") == "flannel:host-gw"
    # a plugin named keeps its own reading; a tunnel type several plugins share names none
    assert facts("We run Calico and want to switch to host-gw style routing.").get("current_plugin", "").startswith("calico")
    assert "current_plugin" not in facts("Our cluster uses vxlan and pods on other nodes time out.")


def test_a_decision_to_move_is_a_wish_not_the_mode_in_use():
    assert facts("We run flannel. I have decided to switch to host-gw.").get("current_plugin") == "flannel"
    assert facts("We run flannel. We switched to host-gw last week.").get("current_plugin") == "flannel:host-gw"


def test_pod_density_is_a_pod_networking_word():
    for question in ("[EKS] Increased pod density on smaller instance types", "How do we get more pods per node on small AKS VMs?"):
        assert understand(question, CATALOG).kind != "decline", question
    assert understand("How do we get more memory per node on small AKS VMs?", CATALOG).kind == "decline"


def test_an_address_kept_unchanged_when_the_pod_comes_back_is_a_fixed_pod_ip():
    assert facts("Feature request: assign an IP from the subnet and keep IP unchanged when pod recreates.").get("static_pod_ips") is True
    assert "static_pod_ips" not in facts("We keep IPs unchanged in the hosts file of every node.")


def test_plaintext_refused_for_everything_that_crosses_is_encryption_wanted():
    assert facts("Compliance says nothing may cross the internet unencrypted.").get("encryption") is True
    assert facts("Data may not leave the rack unencrypted.").get("encryption") is True
    assert "encryption" not in facts("Nothing can be done about the unencrypted legacy traffic.")


def test_egress_allowed_only_to_a_partners_domains_in_chinese_is_fqdn_policy():
    assert facts("结算服务的 pod 出网只能访问合作方平台的几个域名，对方 IP 经常变").get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("pod 只能访问 DNS 服务器")


def test_a_colleague_pushing_for_a_data_plane_is_a_proposal():
    assert "ebpf_dataplane" not in facts("A colleague keeps pushing for an eBPF dataplane for speed.")
    assert "ebpf_dataplane" not in facts("Someone on the team wants Cilium's eBPF mode.")
    assert facts("We need an eBPF dataplane for speed.").get("ebpf_dataplane") is True


def test_how_to_combine_plugins_is_a_choice():
    for question in ("核心网跑在物理机上，UPF 要 VF 直通跑 DPDK。这套 CNI 应该怎么组合？",
                     "Our UPF needs SR-IOV VFs with DPDK on bare metal: how should we combine the CNIs?"):
        assert understand(question, CATALOG).kind == "choice", question
    assert understand("UPF 要 VF 直通跑 DPDK，SR-IOV 的 VF 数量默认是多少？", CATALOG).kind != "choice"


def test_a_far_site_on_a_wan_link_is_another_network():
    for text in ("船上的节点通过卫星（VSAT）连回岸上机房", "ships connect back to the shore datacenter over a satellite link",
                 "门店节点通过 4G 路由器连回总部"):
        assert facts(text).get("cross_subnet") is True, text
    assert "cross_subnet" not in facts("We run a 5G core on 6 servers in one rack.")


def test_one_cluster_over_two_vendors_clouds_is_on_no_single_cloud():
    assert facts("集群节点一半在阿里云 ECS，一半在腾讯云 CVM，都是自建 k8s").get("platform") == "cloud"
    assert facts("Our cluster spans AWS and GCP.").get("platform") == "cloud"
    assert facts("We run one cluster on AWS; our other cluster is on GCP.").get("platform") == "aws"


def test_a_cloud_product_built_on_a_plugin_is_no_way_out_off_its_cloud():
    plan = planned("Our golden image is Oracle Linux 8.6 with the Red Hat kernel 4.18.0-372, and we need HTTP path rules between services. "
                   "Will Cilium run on these nodes as they are?")
    assert all(o.verdict != "recommended" for o in plan.options if o.plugin == "azure-cni")


def test_a_pod_that_cannot_reach_other_nodes_keeps_a_setup_listing_helm_on_topic():
    asked = ("MicroK8s HA on three Rocky 9 VMs; addons enabled: dns, ha-cluster, helm. Traffic from pods cannot reach the other nodes, "
             "so ClusterIP services only work when the backing pod is local. What should I check?")
    assert understand(asked, CATALOG).kind != "decline"
    assert understand("MicroK8s on three VMs with the helm addon: how do I upgrade a Helm release?", CATALOG).kind == "decline"


def test_a_clouds_own_plugin_in_use_places_the_nodes_on_its_cloud():
    reading = understand("Running with AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG the max pods are calculated wrongly and pods get stuck "
                         "in ContainerCreating. What's the recommended way to handle this?", CATALOG)
    assert reading.profile.platform == "aws"
    assert understand("We run Calico and pods get stuck in ContainerCreating. What should we check?", CATALOG).profile.platform is None


def test_numbered_hosts_given_as_examples_of_many_count_nothing():
    assert "nodes" not in facts("I have multiple nodes in different NAT ranges; node1 and node2 cannot reach each other's pods.")
    assert facts("node1 and node2 cannot reach each other's pods.").get("nodes") == 2


def test_pods_per_node_density_is_a_density_need():
    assert facts("The limited pods per node density is going to become a problem on our t3.large nodes.").get("pod_density") is True


def test_a_plugin_image_deployed_by_its_tag_is_the_plugin_in_use():
    assert facts("sealos run labring/kubernetes:v1.27.4 labring/calico:v3.25.1 --masters 10.0.0.11").get("current_plugin") == "calico"
    assert "current_plugin" not in facts("Should we pick calico:v3.25 or cilium:1.15 images?")


def test_an_aside_in_brackets_does_not_break_a_sum_of_node_groups():
    assert facts("One cluster: 5 Proxmox VMs (10.20.0.0/24) in our office and 7 EC2 instances, joined over WireGuard.").get("nodes") == 12
    assert facts("5 Proxmox VMs in our office. Separately, 7 EC2 instances run our CI.").get("nodes") != 12


def test_which_configuration_works_here_is_a_choice():
    assert understand("On IPv6-only hosts Cilium pods get no reply. Which Cilium configuration works for an IPv6-only cluster?",
                      CATALOG).kind == "choice"
    assert understand("Which config file does flannel read its backend from?", CATALOG).kind != "choice"


def test_a_cloud_left_behind_is_not_where_the_cluster_will_run():
    said = facts("We've been on EC2 VMs with a Squid egress allowlist, and we're now moving to our own bare-metal cluster in a colo.")
    assert said.get("platform") == "bare-metal"
    assert facts("我们打算把业务从阿里云 ACK 迁回自己的 IDC 机房，20 台物理机").get("platform") == "bare-metal"
    assert understand("We're moving off GKE to self-managed kubeadm on plain GCE VMs.", CATALOG).profile.managed is False
    # the far end of the move is the platform, whichever way it goes
    assert facts("We are migrating from our datacenter to EKS.").get("platform") == "aws"


def test_a_self_managed_cluster_is_not_a_managed_one():
    assert facts("We plan to set up a self-managed cluster.").get("managed") is not True
    assert facts("We run a managed cluster.").get("managed") is True


def test_pods_wanting_an_address_on_the_storage_network_need_a_second_interface():
    assert facts("有几个数据库 pod 希望直接在存储网上有个 IP，流量不走 Calico。").get("multi_nic") is True
    assert facts("Some database pods need an IP on the storage VLAN, bypassing Calico.").get("multi_nic") is True
    assert "multi_nic" not in facts("Our storage network carries the Ceph replication traffic.")


def test_a_port_group_kept_strict_filters_foreign_macs():
    assert facts("The VMware admins won't relax the port group security settings.").get("mac_filtering") is True
    assert facts("VMware 管理员不肯放开端口组的安全策略").get("mac_filtering") is True
    assert "mac_filtering" not in facts("The admins will relax the port group security settings for us.")


def test_a_transport_given_to_a_plugin_as_its_mode_is_unknown():
    knows = vocabulary("rdma", "vxlan", "roce")
    assert understand("How do I switch on Cilium's RDMA passthrough mode in the Helm values?", CATALOG, vocabulary=knows).kind == "decline"
    assert understand("flannel 的 RDMA 后端怎么配？", CATALOG, vocabulary=knows).kind == "decline"
    assert understand("Can Cilium pods use RDMA over our RoCE NICs through Multus?", CATALOG, vocabulary=knows).kind != "decline"


def test_cluster_mesh_is_a_pod_networking_word():
    asked = "Can Cluster Mesh be used with the CRD backend, with no etcd deployed other than the k8s control planes?"
    assert understand(asked, CATALOG).kind != "decline"
    assert understand("Can we back up etcd with no downtime on the k8s control planes?", CATALOG).kind == "decline"


def test_a_symptom_of_not_all_pods_is_the_writers_own_cluster():
    reading = understand("I am trying to run these helm charts on AKS but I have an issue in which not all pods become available. "
                         "[sock] FATAL: ogs_sctp_socket: Assertion failed.", CATALOG)
    assert reading.profile.platform == "azure" and reading.profile.sctp is True
    assert "platform" not in facts("Not all clouds let pods keep their own addresses, AKS for one.")


def test_a_host_name_in_uname_is_no_release_and_an_elrepo_kernel_is_not_the_tables():
    said = facts("Operating System and version: debian11 Linux debian-242 5.10.0-21-amd64")
    assert said.get("os") == "debian 11"
    assert "kernel" not in facts("Kernel 5.x.el7.elrepo.x86_64, OperatingSystem: CentOS Linux 7 (Core)")
    assert facts("OperatingSystem: CentOS Linux 7 (Core)").get("kernel") == "3.10"


def test_kube_routers_own_switches_say_policy_and_service_proxy():
    said = facts("applied the kube-router cni yaml, with router and firewall as true and service-proxy set to false.")
    assert said.get("network_policy") is True and said.get("kube_proxy_replacement") is False
    assert facts("kube-router --run-firewall=true --run-service-proxy=true").get("kube_proxy_replacement") is True
    assert "network_policy" not in facts("Our corporate firewall is enabled.")


def test_a_node_out_of_network_interfaces_is_short_of_pod_addresses():
    assert facts("the pod lands on a node that has no more network interfaces available for pods").get("pod_density") is True


def test_needs_the_old_setup_met_are_still_needs():
    said = facts('Compliance needs two things the old setup did: egress only to named domains (api.stripe.com, *.adyen.com), '
                 'and rules like "only GET /v1/status from the monitoring namespace".')
    assert said.get("fqdn_policy") is True and said.get("l7_policy") is True
    assert "current_plugin" not in facts("The old setup did run Weave.")


def test_a_long_chinese_can_question_is_feasibility():
    asked = "集群用的是 Antrea，有 Windows 节点。安全部门要求加密，Antrea 能在 Windows 节点上开 WireGuard 或者 IPsec 吗？"
    assert understand(asked, CATALOG).kind == "feasibility"


def test_a_corp_network_machine_added_to_a_cloud_cluster_makes_it_hybrid():
    said = facts("Our cluster has 6 nodes in DigitalOcean. I have a new Ubuntu VM outside of DigitalOcean in our corp network "
                 "and want to add it to the cluster.")
    assert said.get("platform") == "hybrid"
    assert facts("Our cluster has 6 nodes in DigitalOcean; I want to add a seventh droplet to the cluster.").get("platform") == "cloud"


def test_macsec_between_nodes_is_encryption():
    assert facts("I want flannel nodes to talk to each other over MACsec.").get("encryption") is True


def test_a_tool_self_hosted_on_a_managed_cluster_keeps_it_managed():
    said = understand("I wanted to set up a self hosted kubernetes network tool like flannel on AKS, but azure-cni is also there "
                      "and I cannot delete it.", CATALOG).profile
    assert said.managed is not False
    assert understand("We run a self-hosted kubernetes cluster on Azure VMs.", CATALOG).profile.managed is False


def test_ipip_gone_at_the_security_group_or_given_up_is_blocked():
    said = facts("抓包看到 IPIP 的包在安全组那里就没了，安全组协议下拉框里也只有 TCP/UDP/ICMP。")
    assert said.get("encap_blocked") == ["ipip"]
    assert facts("所以 IPIP 这条路基本放弃。").get("encap_blocked") == ["ipip"]
    assert facts("We gave up on VXLAN after the firewall upgrade.").get("encap_blocked") == ["vxlan"]
    assert "encap_blocked" not in facts("IPIP 的包在安全组那里都放行了")


def test_a_plugin_installed_then_uninstalled_is_not_in_use():
    assert "current_plugin" not in facts("测试环境之前装过 calico 默认的 IPIP，跨节点不通，已经卸掉了。")
    assert "current_plugin" not in facts("We installed Cilium, it kept crashing, so we removed it.")
    assert facts("We run Calico; it has been stable.").get("current_plugin") == "calico"


def test_a_vendor_pushing_for_a_data_plane_is_a_proposal():
    assert "ebpf_dataplane" not in facts("Our security vendor keeps pushing us towards an eBPF data plane; fine if it works.")


def test_a_helm_upgrade_of_the_plugin_in_use_is_on_topic():
    asked = "We run Cilium 1.14 on Ubuntu 20.04 VMs with the stock 5.4 kernel. Is a straight helm upgrade to the current release OK?"
    assert understand(asked, CATALOG).kind != "decline"
    assert understand("How do I roll back a Helm chart of our Grafana release?", CATALOG).kind == "decline"


def test_partner_hosts_reached_only_by_name_is_fqdn_policy():
    assert facts("The claims pods may only reach a handful of partner hosts by name, not by IP ranges.").get("fqdn_policy") is True


def test_cephs_public_network_is_no_untrusted_network_and_a_storage_nic_for_pods_is_a_second_interface():
    said = facts("有些 pod 需要直接挂一块存储网的网卡去访问 Ceph public network。")
    assert said.get("multi_nic") is True and "untrusted_network" not in said
    assert facts("Our nodes talk over the public network.").get("untrusted_network") is True


def test_a_question_said_to_be_unrelated_to_kubernetes_is_declined():
    asked = "跟 k8s 没关系，但还是想请教下：办公室的 H3C 路由器怎么给打印机做 MAC 和 IP 绑定？"
    assert understand(asked, CATALOG).kind == "decline"
    assert understand("Not k8s related as such, but can Calico pods reach the office printer on our VLAN?", CATALOG).kind != "decline"


def test_plaintext_found_with_dismay_is_encryption_wanted_and_an_ipsec_vpn_underlay_is_not():
    assert facts("Right now it's flannel vxlan across the internet, which I just realised is plaintext.").get("encryption") is True
    assert "encryption" not in facts("两个机房用防火墙做的 IPsec site-to-site VPN 打通，flannel 用的默认 vxlan。")
