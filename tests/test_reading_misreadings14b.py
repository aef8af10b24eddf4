"""Fourteenth round, facts: counts (per role, per total, ordinals, pairs), whose setup a sentence describes (another
team, a past site, a side note, a colleague's push, a build box), platforms (hybrid sites, a move left behind, a
planned OS, Hyper-V hosts), topology, trust, blocked encapsulation and needs said other ways, in English and
Chinese. Each with a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_counts_per_role_add_up_whatever_sits_between_the_number_and_the_role():
    assert facts("Our cluster: 1 Controller, 1 Windows Node, running Calico vxlan").get("nodes") == 2
    assert facts("3 台 x86 的 master，5 台鲲鹏 的 worker").get("nodes") == 8
    assert facts("we run 2 ingress controllers on 5 nodes").get("nodes") == 5  # controllers counted only beside another count


def test_a_total_with_the_counter_alone_and_an_arch_before_the_noun_are_counts():
    assert facts("集群是我们自己用 kubeadm 在阿里云 ECS 上搭的，一共 8 台；").get("nodes") == 8
    assert facts("the real cluster is 12 x86_64 VMs on Proxmox").get("nodes") == 12
    assert facts("24 x c6i.2xlarge workers across three private subnets").get("nodes") == 24
    assert "nodes" not in facts("一共 3 台交换机")
    assert "nodes" not in facts("a 2 x 10G bond on each server")


def test_a_routed_l3_link_alone_puts_nodes_in_different_subnets():
    assert facts("The new site joins over a routed L3 link.").get("cross_subnet") is True


def test_routes_refused_in_chinese_and_another_project_groups_trial():
    assert facts("也不会给我们加 Pod 网段的静态路由。").get("pod_routes") is False
    assert facts("运维会给我们加 Pod 网段的静态路由").get("pod_routes") is True
    read = facts("我们在机房有 72 台物理机。去年另一个项目组在 3 台虚拟机上试过 flannel host-gw，觉得挺快。")
    assert read.get("platform") == "bare-metal" and "current_plugin" not in read and read.get("nodes") == 72
    assert facts("We tried it, another project team runs Calico on 40 GKE nodes.").get("platform") is None


def test_an_office_server_room_and_a_cloud_in_one_cluster_are_hybrid_in_chinese():
    text = "我们想把一个 k3s 集群拉通到两个地方：上海办公室机房 4 台服务器，以及腾讯云广州的 3 台 CVM"
    assert facts(text).get("platform") == "hybrid"
    assert facts("混合云环境部署（公网IP部署），推荐网络模组？").get("platform") == "hybrid"
    assert facts("办公室有 3 台测试机，生产在阿里云 ACK 上").get("platform") == "aliyun"


def test_a_gateway_not_wanted_is_no_refusal_of_encryption():
    assert facts("Pod 之间的流量必须加密，希望运维简单，不想再单独维护一套 IPsec 网关。").get("encryption") is True
    assert facts("We don't want IPsec.").get("encryption") is False


def test_a_plugin_asked_about_as_needed_is_no_stated_need():
    assert "multi_nic" not in facts("Can we keep OVN-Kubernetes and still get multicast, or do we need another CNI or Multus for that?")
    assert facts("Our pods need a second NIC; do we need Multus?").get("multi_nic") is True
    assert facts("请教一下，这种情况是否能查看networkpolicy的log？").get("network_policy") is True


def test_the_vendors_chinese_service_names_are_managed():
    read = facts("阿里云k8s容器服务目前只支持Flannel和Terway插件")
    assert read.get("managed") is True and read.get("platform") == "aliyun"
    assert facts("集群是我们自己用 kubeadm 在阿里云 ECS 上搭的").get("managed") is False


def test_external_systems_that_talk_to_pods_by_ip_need_routable_pod_ips():
    text = "The on-prem settlement system in our Manchester DC talks to some pods directly by pod IP over Direct Connect."
    assert facts(text).get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("The on-prem settlement system talks to the ingress over Direct Connect.")


def test_a_question_in_a_not_a_form_negates_nothing():
    assert facts("能不能只给 UPF 的 Pod 额外挂一个 VF 做数据面？").get("sriov_nics") is True
    assert facts("服务器 BIOS 里 SR-IOV 是关的。").get("sriov_nics") is False
    assert facts("SR-IOV is disabled in the BIOS.").get("sriov_nics") is False


def test_only_tcp_and_udp_let_through_by_whoever_holds_the_firewall_blocks_ipip():
    assert facts("安全组的同事只肯放行 TCP 和 UDP，不放其他协议。").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("安全组放行了 TCP 和 UDP 的 443 端口。")


def test_an_example_in_brackets_ends_with_them():
    text = "安全部门新提了要求：pod 出公网只能访问白名单域名（比如 *.aliyuncs.com、api.github.com），内部 API 还要按 HTTP 方法和路径做控制"
    read = facts(text)
    assert read.get("fqdn_policy") is True and read.get("l7_policy") is True
    assert "nodes" not in facts("比如 3 台节点的小集群，flannel 就够了")


def test_another_teams_setup_ends_where_the_writers_own_resumes():
    read = facts("隔壁团队用的是 Cilium 加 BGP，我们这边还是 flannel vxlan，20 台 CentOS 7.9 虚拟机，跑在 KVM 上。")
    assert read.get("current_plugin") == "flannel:vxlan" and read.get("nodes") == 20 and read.get("platform") == "vm"
    assert "current_plugin" not in facts("隔壁团队用的是 Cilium 加 BGP，规模 300 台。")
    assert understand("flannel 还是 calico？", CATALOG).kind == "compare"


def test_trust_freedom_from_cloud_apis_and_32_bit_pis_said_other_ways():
    assert facts("Two data centres joined by a private dark-fibre link we fully trust.").get("untrusted_network") is False
    assert facts("Policy forbids any cluster component from holding AWS credentials or calling EC2 APIs.").get("cloud_api") is False
    assert facts("Is it possible to add a Raspberrypi 4 32bit to the cluster?").get("arch") == "armv7"
    assert facts("Three Raspberry Pi 4 on 64-bit Ubuntu.").get("arch") == "arm64"


def test_nodes_given_a_role_and_a_pair_between_two_are_not_the_cluster():
    assert "nodes" not in facts("choose two calico nodes as RR; RR peer with each other")
    assert "nodes" not in facts("my communication between two pods on two nodes is not encrypted")
    assert facts("traffic between our 3 nodes is slow").get("nodes") == 3


def test_the_multus_annotation_pods_routable_outside_and_a_conditional_in_chinese():
    assert facts("macvlan pod: k8s.v1.cni.cncf.io/networks: kube-system/macvlan-vlan0").get("multi_nic") is True
    assert facts("Expected Behavior: pod routable outside").get("routable_pod_ips") is True
    assert "cross_subnet" not in facts("部署了一套calico。但是如果calico要是跨网段的话，使用IPIP，跟flannel没啥区别。")
    assert facts("我们的节点跨网段，用的 calico").get("cross_subnet") is True


def test_public_ips_as_the_network_a_plugins_own_policy_kinds_and_a_shortened_attachment_name():
    assert facts("we want to set up the k8s network on public IPs").get("untrusted_network") is True
    assert "untrusted_network" not in facts("the load balancer has public IPs")
    assert facts("kind: CiliumNetworkPolicy, description: Default deny all rule").get("network_policy") is True
    assert facts("Below is my sample Network-Attach-definition and test-pod").get("multi_nic") is True


def test_a_hybrid_cluster_named_as_such_unless_it_mixes_operating_systems():
    assert facts("node is nat'd and doesn't know its IP address on hybrid cluster use wireguard-native").get("platform") == "hybrid"
    assert facts("We run a hybrid cluster of Linux and Windows nodes").get("platform") is None


def test_a_move_for_speed_and_a_product_described_in_general():
    assert facts("I want to be able to use eBPF for the performance benefit.").get("latency_sensitive") is True
    general = facts("Weave-net is a CNI implementation that is widely used in production Kubernetes clusters. It is found to work "
                    "pretty good to the cluster sizes of 100 nodes.")
    assert "current_plugin" not in general and "nodes" not in general
    assert facts("We run Weave on 100 nodes.") == {"current_plugin": "weave", "nodes": 100}
    assert facts("We use the commonly used flannel vxlan backend on 3 VMs.").get("current_plugin") == "flannel:vxlan"


def test_a_planned_os_counts_when_the_question_is_about_the_time_after_the_move():
    text = "我们的节点还是 CentOS 7（3.10 内核）。下个月全部重装成 Rocky Linux 9，到时候能不能上 Cilium 并且把 kube-proxy 替换掉？"
    read = facts(text)
    assert read.get("os") == "rocky 9" and read.get("kernel") == "5.14"
    assert facts("节点是 CentOS 7，明年计划升级到 Rocky 9。现在 pod 跨节点不通。").get("os") == "centos 7"
    assert facts("We can't move to RHEL 9 before 2026; we're on CentOS 7, by then what CNI?").get("os") == "centos 7"


def test_a_quoted_sentence_ends_at_its_closing_quote():
    text = ("I read a blog post which says: 'By themselves, simple routed networks or the commonly used flannel network driver "
            "cannot apply network policy.' So will flannel support network policy? When?")
    assert facts(text).get("network_policy") is True


def test_a_max_pods_setting_at_the_default_is_no_pressure_and_a_plugin_config_field_names_the_one_in_use():
    read = facts("kubernetes version: v1.23.17, maxPods: 110; network: plugin: calico, ipipMode: Always")
    assert "pod_density" not in read and read.get("current_plugin") == "calico:ipip"
    assert facts("we raised maxPods to 250 on each node").get("pod_density") is True
    assert "current_plugin" not in facts("Which plugin: calico or cilium?")


def test_no_router_between_nodes_is_one_segment_and_a_colleagues_push_or_background_is_not_ours():
    read = facts("40 Dell boxes, one VLAN, one /23, no router between any two nodes. Dave keeps pushing Weave because he used it in 2019.")
    assert read.get("l2_adjacent") is True and "current_plugin" not in read
    assert facts("There's a router between the nodes.").get("cross_subnet") is True
    gke = facts("Our GKE Standard cluster runs Dataplane V2. A colleague who came from a vSphere/Tanzu shop wants to install Antrea on it.")
    assert gke.get("platform") == "gcp"
    assert facts("We pushed Calico to all nodes last week and now pods can't start.").get("current_plugin") == "calico"


def test_a_hybrid_clusters_cloud_part_keeps_its_fabrics_limits():
    reading = understand("One kubeadm cluster across 8 bare-metal nodes in our colo and 6 Azure VMs, talking over public IPs. Which CNI?", CATALOG)
    assert reading.profile.platform == "hybrid" and reading.profile.encap_blocked == ["ipip"]
    assert understand("One cluster across 8 servers in our colo and 6 EC2 instances. Which CNI?", CATALOG).profile.encap_blocked is None


def test_rooms_routed_apart_and_a_vpcs_switches_put_nodes_in_different_subnets():
    text = ("Two Proxmox hosts in two different server rooms; on each, the k8s VMs are bridged on vmbr0 onto that room's LAN, "
            "and the rooms are connected through the office router.")
    profile = understand(text, CATALOG).profile  # the bridging is dropped once both are read
    assert profile.cross_subnet is True and profile.l2_adjacent is None and profile.nodes is None
    assert facts("Our VMs are bridged onto the LAN.").get("l2_adjacent") is True
    assert facts("都在同一个 VPC 的两个交换机（vSwitch）里。").get("cross_subnet") is True
    assert "cross_subnet" not in facts("机房里有两个交换机做了堆叠")


def test_a_small_block_given_and_a_planned_load_per_node_are_ip_pressure():
    assert facts("the network team gave the new AKS cluster's spoke only a /22, and we plan ~60 nodes with up to 110 pods each.").get(
        "pod_density") is True
    assert "pod_density" not in facts("each node runs about 10 pods each")


def test_a_past_experience_is_neither_the_platform_nor_the_plugin_in_use_and_an_egress_ip_is_no_pod_ip():
    text = "We used Terway on ACK and liked it. We're now bringing a second cluster onto our own bare-metal servers. Can we run Terway there?"
    profile = understand(text, CATALOG).profile
    assert profile.platform == "bare-metal" and profile.current_plugin is None and profile.managed is None
    assert facts("We run Terway on ACK and like it.").get("platform") == "aliyun"
    assert "static_pod_ips" not in facts("The primary reason we look at Antrea is the egress static ip feature.")
    assert facts("our StatefulSet pods need static IPs").get("static_pod_ips") is True


def test_what_a_move_leaves_behind_is_not_the_cluster_described():
    profile = understand("我们准备把自建机房的 k8s 业务上云，迁到阿里云 ACK。ACK 上网络插件选哪个？", CATALOG).profile
    assert profile.managed is True and profile.platform == "aliyun"
    assert facts("集群是我们自己用 kubeadm 在阿里云 ECS 上搭的").get("managed") is False


def test_a_side_note_a_past_site_and_a_build_box_are_not_the_cluster():
    assert "platform" not in understand("Our staging environment on AWS uses the VPC CNI, if that matters. Which CNI for our 7 servers?",
                                        CATALOG).profile.model_dump(exclude_none=True)
    read = facts("阿里云 ACK Pro 集群。我们以前自建 IDC 用的是 Calico BGP。ACK 上该用哪个网络插件？")
    assert read.get("managed") is True and "current_plugin" not in read
    assert facts("12 servers on CentOS 7.9. Our Jenkins build box is already Ubuntu 22.04.").get("os") == "centos 7.9"


def test_pods_called_directly_through_a_firewall_and_vpc_addresses_withheld_from_pods():
    text = "their firewall must allow traffic to and from individual pod IPs, because their batch jobs call our pods directly"
    assert facts(text).get("routable_pod_ips") is True
    assert facts("the VPC is shared with the data team, so we can't hand out VPC addresses to every pod.").get("pod_density") is True


def test_hyper_v_as_the_host_and_its_mac_spoofing_switched_off():
    read = facts("Windows Server 2022 的 Hyper-V 上跑了 3 台 Ubuntu VM 做 k8s 节点。VM 网卡的“启用 MAC 地址欺骗”默认是关的。")
    assert "windows_nodes" not in read and read.get("mac_filtering") is True
    assert facts("We add Windows Server 2022 worker nodes to the cluster.").get("windows_nodes") is True


def test_a_cloud_named_as_such_keeps_its_platform_beside_a_dedicated_box_and_a_chart_value_is_no_service():
    text = "We run k3s on 9 Hetzner Cloud servers on one private Network; our Prometheus box on a dedicated server joins it."
    assert facts(text).get("platform") == "cloud"
    assert facts("We want to create k8s cluster on Hetzner hw nodes.").get("platform") == "bare-metal"
    read = facts("Kubernetes 1.30 on GCE VMs with kubeadm; installed Cilium with routingMode=native, gke.enabled=true")
    assert read.get("managed") is False and read.get("platform") == "gcp"


def test_nothing_that_needs_a_thing_is_no_need():
    assert "routable_pod_ips" not in facts("Nothing on-prem needs to reach pods directly; everything comes in through a load balancer.")


def test_kubectls_client_build_a_trusted_vpc_and_a_direct_l2_network():
    assert "windows_nodes" not in facts('kubectl version: Client Version: GitVersion:"v1.14.7" Platform:"windows/amd64"')
    assert facts("encryption is not required because the VPC is trusted.").get("untrusted_network") is False
    assert facts("vxlan is unnecessary as we have a direct L2 network between the nodes.").get("l2_adjacent") is True


def test_an_ordinal_past_the_count_raises_it():
    text = "2 Servers are running on Scaleway, each with a private ip. Third server is running on Online.net, with a public ip only."
    assert facts(text).get("nodes") == 3
    assert facts("We have 5 nodes; the third node fails.").get("nodes") == 5
