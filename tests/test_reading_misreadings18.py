"""Eighteenth round: misreadings found on the held-out sets of 2026-12-04 (eleventh session), each with a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG


def test_a_real_tunnel_type_given_to_a_plugin_without_it_is_unknown():
    for text, plugin in (("We want flannel's geneve backend on our 20 bare-metal nodes, how do I configure it?", "flannel"),
                         ("Calico geneve CrossSubnet 模式适合我们跨机房的集群吗？", "calico"),
                         ("Is the Cilium ipip tunnel mode faster than VXLAN?", "cilium"),
                         ("Terway 的 vxlan 模式怎么开？", "terway"),
                         ("How do I enable flannel's bgp-mesh backend so each node announces its pod subnet?", "flannel")):
        reading = understand(text, CATALOG)
        assert reading.kind == "decline" and reading.unknown, text
        assert reading.closest and all(c.startswith(plugin + ":") for c in reading.closest), text
    # a plugin's own tunnel types, in the catalog or only in its documents, are known
    for text in ("Calico VXLAN mode across two subnets?", "Antrea with the gre tunnel type on 10 nodes?",
                 "kube-ovn 的 vxlan 隧道能用吗？", "flannel's udp backend is slow", "Cilium in geneve mode", "Calico BGP mode with a full mesh",
                 "Cilium BGP mode"):
        assert understand(text, CATALOG).unknown == [], text
    # another plugin's mode after a move is that plugin's: "flannel to Cilium geneve mode"
    assert understand("We are moving from flannel to Cilium geneve mode.", CATALOG).unknown == []
    # a whole phrase quoted as read somewhere, beside a choice, is reported speech
    assert understand("教程里我看到有 'Cilium 的 IPIP 模式'，到底该装哪个？", CATALOG).unknown == []


def test_other_distributions_named_with_words_between_are_not_ours():
    from reading_facts import facts
    found = facts("This contrasts with other widely-used Kubernetes distributions that come with NetworkPolicy support out of the box "
                  "(k0s with kube-router, k3s with Flannel and a purpose-built NetworkPolicy controller).")
    assert "distribution" not in found and "current_plugin" not in found
    assert "current_plugin" not in facts("Unlike other distros such as RKE2 (Canal) or OpenShift (OVN-Kubernetes), MicroK8s ships Calico.")
    # our own distribution beside them stays
    assert facts("Other managed platforms like GKE ship Dataplane V2; we are on EKS with 30 nodes.").get("platform") == "aws"
    assert facts("We run k0s with kube-router on 12 nodes.").get("distribution") == "k0s"


def test_what_a_mode_would_need_or_a_case_it_covers_is_no_setup():
    from reading_facts import facts
    text = ("Is there any reason why flannel could not use both VXLAN and host-gw, so that flannel would add routing table entries for "
            "the prefixes living on machines in the same subnet? The kernel would then route packets directly when a direct L2 "
            "connection is possible (this requires disabling the source/dest check in AWS VPC).")
    found = facts(text)
    assert "l2_adjacent" not in found and "cross_subnet" not in found and found.get("platform") == "aws"
    # done, and said of our own nodes, they are facts
    assert facts("We disabled the source/dest check on all 6 EC2 instances.").get("l2_adjacent") is True
    assert facts("Our 5 nodes have a direct L2 connection.").get("l2_adjacent") is True
    assert facts("We have 10 nodes in the same subnet.").get("cross_subnet") is False


def test_an_encapsulation_switched_off_in_the_plugins_settings_is_not_blocked():
    from reading_facts import facts
    found = facts("Setup: kubeadm 1.29, Calico 3.28 with IPIP and VXLAN both disabled on the pool (plain BGP, node-to-node mesh).")
    assert "encap_blocked" not in found and found.get("current_plugin") == "calico:bgp"
    assert "encap_blocked" not in facts("IPPool 里把 IPIP 和 VXLAN 都关掉了")
    # the network dropping it is a block
    assert facts("The firewall has VXLAN disabled.").get("encap_blocked") == ["vxlan"]
    assert facts("We run Calico with IPIP mode on 10 nodes.").get("current_plugin") == "calico:ipip"


def test_a_machine_outside_or_a_load_balancer_reaching_pods_needs_routable_pod_ips():
    from reading_facts import facts
    for text in ("How can I get my VM (IP=192.168.131.8) to talk to the pods inside the Kubernetes cluster (IP=10.0.0.0/16)?",
                 "I want my laptop to visit pods via 172.18.x.x directly, without NodePort.",
                 "业务方希望 SLB/ALB 能直接把流量打到 pod IP 上，不走 NodePort。"):
        assert facts(text).get("routable_pod_ips") is True, text
    # a node of the cluster reaching pods on other nodes is a symptom inside the cluster
    assert "routable_pod_ips" not in facts("My VM can't reach pods on other nodes.")
    assert "routable_pod_ips" not in facts("The SLB forwards to the NodePort on each node.")


def test_windows_on_the_writers_own_machine_is_no_windows_node():
    from reading_facts import facts
    assert "windows_nodes" not in facts("I want my laptop (Windows) to visit pods via 172.18.x.x directly.")
    assert facts("Our Windows pods cannot resolve DNS.").get("windows_nodes") is True
    assert facts("We run Windows Server 2022 containers on AKS.").get("windows_nodes") is True


def test_a_plugin_tried_and_failed_is_not_the_one_in_use():
    from reading_facts import facts
    assert facts("I tried with Flannel CNI but it seems it's not possible. Then I tried Calico with the tigera-operator; "
                 "all Calico pods are running fine.").get("current_plugin") == "calico"
    assert facts("试了 flannel，跨节点不通，后来装了 Calico").get("current_plugin") == "calico"
    # tried and working is in use
    assert facts("I tried flannel and it works fine.").get("current_plugin") == "flannel"


def test_not_of_use_is_not_needed():
    from reading_facts import facts
    assert facts("网络策略用不上。").get("network_policy") is False
    assert facts("NetworkPolicy 暂时用不上").get("network_policy") is False
    assert facts("加密用不到").get("encryption") is False
    assert facts("网络策略需要，加密也要").get("network_policy") is True


def test_a_plugin_that_ran_before_or_next_door_is_not_the_one_in_use():
    from reading_facts import facts
    assert facts("去年集群用的是 flannel host-gw，今年已经迁到 Calico VXLAN 了；现在 30 个节点。").get("current_plugin") == "calico:vxlan"
    assert facts("previously I had installed the cluster with kubespray and weave cni without any problem, but since we need bgp "
                 "functionality we decided to move to Calico CNI").get("current_plugin") != "weave"
    assert facts("隔壁大数据团队的集群用的是 Cilium，跟我们没关系；我们自己的集群是 kubeadm 装的，Calico 跑 IPIP 模式。").get("current_plugin") == "calico:ipip"
    ours = facts("The payments team next door runs Cilium with WireGuard on EKS; our own cluster is kubeadm on 7 bare-metal servers with Calico.")
    assert ours.get("current_plugin") == "calico" and ours.get("platform") == "bare-metal" and "encryption" not in ours
    # what ran before and still runs, and a team that only manages our network, stay
    assert facts("We originally used flannel and still do; is Calico better?").get("current_plugin") == "flannel"
    assert facts("安全组归隔壁网络团队管，我们用 Calico").get("current_plugin") == "calico"


def test_chinese_address_rules_egress_ips_udp_ports_and_hypervisor_hosts():
    from reading_facts import facts
    reserved = facts("网络组规定以后不允许再给 Pod 分配 VPC 地址。")
    assert reserved.get("network_ips_reserved") is True and reserved.get("pod_density") is True
    assert facts("网络组明确规定 VPC 地址不能再分给 pod。").get("network_ips_reserved") is True
    short = facts("VPC 的 10.0.0.0/16 地址段快用完了")
    assert short.get("pod_density") is True and "network_ips_reserved" not in short
    assert facts("访问外部银行接口时，源 IP 必须是固定的几个出口 IP。").get("egress_ip") is True
    assert "egress_ip" not in facts("Pod 的 IP 必须固定")
    assert facts("机房防火墙的策略不允许在节点之间开放任何 UDP 端口。").get("encap_blocked") == ["vxlan", "geneve", "wireguard", "udp"]
    assert facts("宿主机是 4 台 ESXi，上面跑了 12 个节点虚拟机。").get("nodes") == 12
    assert facts("服务器是 4 台，都是物理机。").get("nodes") == 4


def test_a_second_overlay_named_as_the_problem_is_unwanted_and_a_plugin_wondered_about_is_a_candidate():
    from reading_facts import facts
    found = facts("k8s cluster run on OpenStack's VMs, and big issue is double overlay, so I wonder ovn-k8s with underlay mode will solve that?")
    assert "vxlan" in found.get("encap_blocked", []) and "current_plugin" not in found
    assert "geneve" in facts("我们不想在 OpenStack 的 VXLAN 网络上再做二次封装").get("encap_blocked", [])
    # an overlay in use, wondered about, is still in use
    assert facts("We run Calico with VXLAN on our VMs; I wonder why it is slow.").get("current_plugin") == "calico:vxlan"
    assert "encap_blocked" not in facts("We run Calico with VXLAN on our VMs; I wonder why it is slow.")


def test_chinese_denials_with_a_subject_or_a_verb_and_places_of_a_hybrid_cluster():
    from reading_facts import facts
    assert facts("L7 策略我们用不上，普通的 NetworkPolicy 做命名空间隔离就够了。").get("l7_policy") is False
    assert facts("我们的物理机网卡没有 SR-IOV，也不跑 DPDK，但数据库 pod 需要第二块网卡。").get("dpdk") is False
    assert facts("我们的 pod 跑 DPDK").get("dpdk") is True
    both = facts("控制面和一半 worker 在公司自己机房，另一半 worker 在腾讯云上，两边节点之间只能走公网 IP。")
    assert both.get("platform") == "hybrid" and "nodes" not in both
    assert facts("两台节点").get("nodes") == 2


def test_latency_waved_aside_a_nat_of_others_and_a_switch_of_modes():
    from reading_facts import facts
    found = facts("I'd be setting up nodes behind other people's NAT'ed networks. I don't mind the high latency to the API server.")
    assert found.get("l2_adjacent") is False and found.get("latency_sensitive") is False
    assert facts("延迟无所谓，带宽够就行").get("latency_sensitive") is False
    assert facts("We need low latency between pods.").get("latency_sensitive") is True
    assert "bgp_fabric" not in facts("@arefg How did you switch vxlan to bgp?")
    assert facts("We switched Calico from IPIP to BGP and the ToR switches peer with every node.").get("bgp_fabric") is True


def test_wireguard_as_the_underlay_a_tried_tunnel_or_a_key_switched_off_is_no_encryption_need():
    from reading_facts import facts
    for text in ("We install cilium via helm with: --set encryption.nodeEncryption=false; --set kubeProxyReplacement=strict",
                 "Using ipsec made no difference.",
                 "the private network of the vms is already inside the user's network, which is essentially a wireguard based overlay network.",
                 "the wireguard ip attributed by kilo to my NAT node is not pingable"):
        assert "encryption" not in facts(text), text
    assert facts("--set encryption.enabled=true --set encryption.type=wireguard").get("encryption") is True
    assert facts("We need WireGuard between nodes.").get("encryption") is True


def test_pods_of_several_clusters_reaching_each_other_and_a_products_current_model():
    from reading_facts import facts
    found = facts("I want to be able to create multiple clusters in multiple regions, share a VPC, and have pods on different clusters "
                  "communicate directly with each other. This would also allow services on the same VPC to address pods directly by their IP.")
    assert found.get("multi_cluster") is True and found.get("routable_pod_ips") is True
    assert "l2_adjacent" not in facts("Current model host gateway based routing of Kube-router assumes nodes are L2 adjacent or in same subnet.")
    assert facts("The current design of our cluster puts all nodes in one subnet.").get("cross_subnet") is False


def test_a_cluster_taken_down_another_batch_of_workers_and_chinese_network_limits():
    from reading_facts import facts
    now = facts("2022 年那套自建集群用的是 Weave，去年已经下线了；现在的新集群是阿里云 ACK 托管版，30 个节点，网络插件选的 Terway ENIIP 模式。")
    assert now.get("current_plugin") == "terway:eniip" and now.get("managed") is True
    assert "current_plugin" not in facts("The old cluster, decommissioned last year, ran Weave.")
    assert facts("控制面和一部分 worker 在自己机房的 vSphere 上，另外一批 worker 节点在 Azure 上，两边通过 VPN 打通。").get("platform") == "hybrid"
    assert facts("机房之间走专线三层互通，节点之间没有二层。").get("l2_adjacent") is False
    assert "vxlan" in facts("安全部门不允许节点之间放通 UDP，只开了 TCP 和 ICMP。").get("encap_blocked", [])
    assert facts("防火墙只开了 TCP、ICMP 和 UDP").get("encap_blocked") == ["ipip"]
    assert facts("The VPC is nearly exhausted and the network team won't hand any more of it to pods.").get("network_ips_reserved") is True


def test_dns_names_written_into_egress_policies_and_what_another_platform_allowed():
    from reading_facts import facts
    found = facts("I write egress network policies in our AKS cluster. The docs only allow a cidr range, but with openshift we "
                  "were able to use both cidr as well as dnsname. Is there any alternative for specifying dnsname in aks?")
    assert found.get("fqdn_policy") is True and "distribution" not in found and found.get("platform") == "azure"
    assert "fqdn_policy" not in facts("We use the cluster DNS names of services in our policies.")
    assert facts("With Calico we could reach 9 Gbit/s on our 10 nodes.").get("nodes") == 10


def test_the_network_refused_to_pods_in_more_words():
    from reading_facts import facts
    for text in ("the network team has flatly said no to adding a secondary CIDR or giving pods VPC addresses at all.",
                 "The VNet is a /20 spoke and the network team won't hand out any VNet address space for pods.",
                 "VNet 10.20.0.0/22, peered to on-prem over ExpressRoute; netops says it cannot grow and there are no other ranges.",
                 "The central network team gave us 10.20.0.0/22 for the VNet and it will not grow."):
        assert facts(text).get("network_ips_reserved") is True, text
    assert "network_ips_reserved" not in facts("We can add a secondary CIDR if needed.")
    assert "network_ips_reserved" not in facts("The cluster cannot grow beyond 100 nodes.")


def test_firewalls_that_pass_only_some_protocols_and_routes_switched_off():
    from reading_facts import facts
    all_blocked = facts("Our nftables INPUT policy drops all inbound UDP except 53 and 123, and drops anything that isn't TCP or ICMP.")
    assert {"vxlan", "ipip"} <= set(all_blocked.get("encap_blocked", []))
    assert facts("Security baseline: only tcp, udp and icmp are accepted on the private iface, nothing else.").get("encap_blocked") == ["ipip"]
    assert facts("The firewall drops anything that isn't TCP or UDP.").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("We block outbound UDP 53 to the internet.")
    assert facts("hcloud CCM is installed but with network routes disabled, so nothing routes pod CIDRs.").get("pod_routes") is False
    assert facts("The hcloud CCM with networks support creates routes for each node's pod CIDR.").get("pod_routes") is True


def test_egress_ips_a_partner_allows_an_interface_made_for_a_pod_and_rdma():
    from reading_facts import facts
    assert facts("A partner whitelists exactly two source IPs, and only pods in the payments namespace should leave the cluster with "
                 "those IPs.").get("egress_ip") is True
    assert facts("I want to create an interface for my pod where the interface sits on VLAN 10.").get("multi_nic") is True
    assert facts("We need to run some MPI applications which use IB for multi-node communication.").get("multi_nic") is True
    assert "multi_nic" not in facts("The IBM servers run Ubuntu.")


def test_a_layout_of_years_ago_and_a_move_planned_after_an_upgrade():
    from reading_facts import facts
    found = facts("Calico with the BGP mesh and encapsulation None (we turned IPIP off two years ago when everything was in one VLAN). "
                  "The infra team moved 8 of 20 workers into 10.40.2.0/24; the rest stay in 10.40.1.0/24.")
    assert found.get("cross_subnet") is True and "l2_adjacent" not in found
    assert facts("All 20 nodes are in one VLAN.").get("l2_adjacent") is True
    now = facts("现在跑的是 Calico 3.28 iptables 模式。想升级之后切到 Calico eBPF 数据面，4.18 这种老内核能行吗？")
    assert now.get("current_plugin") == "calico" and now.get("ebpf_dataplane") is True
    assert facts("We run Calico with IPIP. Can we switch to Calico eBPF on kernel 5.15?").get("current_plugin") == "calico:ipip"


def test_a_network_word_inside_a_pod_name_or_a_plugin_as_a_side_note():
    from assistant.reading.kinds import on_topic
    assert on_topic("I installed k3s. helm-install-traefik and local-path-provisioner crash with 'No route to host' errors")
    assert not on_topic("Velero backups of PVCs time out on 14 nodes (Calico in BGP mode if that matters). Which timeout to raise?")
    assert on_topic("Our Calico pods crash after the Helm upgrade, what changed?")


def test_a_colleagues_home_cluster_a_cluster_of_years_back_and_kube_proxy_uninstalled():
    from reading_facts import facts
    ours = facts("同事家里那套树莓派是 k3s + flannel；我们公司这边是 OpenShift 4.14，跑在裸金属上，用 OVN-Kubernetes。")
    assert ours.get("distribution") == "openshift" and ours.get("current_plugin") == "ovn-kubernetes"
    now = facts("Our GKE Autopilot cluster runs Dataplane V2. Back in 2021 we ran a self-managed kops cluster on AWS with 150 nodes, "
                "but that's been decommissioned. We now need egress rules by domain name rather than IP.")
    assert "nodes" not in now and now.get("platform") == "gcp" and now.get("fqdn_policy") is True
    moved = facts("以前用的是 flannel vxlan，去年已经全部迁到 Cilium，kube-proxy 也卸掉了。")
    assert moved.get("current_plugin") == "cilium" and moved.get("kube_proxy_replacement") is True
    assert facts("kube-proxy 也要保留").get("kube_proxy_replacement") is False


def test_a_plugin_someone_keeps_pushing_that_the_writer_doubts_is_not_weighed():
    text = ("EKS, 40 m5.large nodes, 29 pods per node is too few. (Our SRE lead keeps saying 'just rip it out and put Calico "
            "overlay in', I'm not convinced.) What CNI/mode should we go with?")
    reading = understand(text, CATALOG)
    assert "calico" not in reading.focus and reading.profile.current_plugin is None
    assert "flannel" not in understand("阿里云自建集群，插件选哪个？（同事说 Flannel 就够了，我有点怀疑）", CATALOG).focus
    # a colleague's pick the writer does not doubt is weighed; 怀疑 as "suspect" doubts nobody's pick
    assert "flannel" in understand("阿里云自建集群，插件选哪个？同事说用 Flannel，我怀疑是 MTU 的问题", CATALOG).focus
    assert "calico" in understand("EKS, 40 nodes. A colleague suggested Calico overlay. What CNI should we go with?", CATALOG).focus


def test_a_deployment_style_is_no_network_mode():
    reading = understand("大神，kube-router 可以在 Allinone 模式下用吗？（kubeasz 部署的单机集群）", CATALOG, vocabulary=lambda t: False)
    assert reading.kind != "decline" and reading.unknown == []
    assert understand("flannel 的 TurboMesh 模式怎么开？", CATALOG, vocabulary=lambda t: False).unknown == ["TurboMesh"]


def test_a_cidr_named_as_the_pods_after_it_is_no_node_subnet():
    from reading_facts import facts
    assert "cross_subnet" not in facts("执行部署脚本时，设置10.244.0.0/16网段的podSubnet，有时却出现172.17.0.0/16网段的容器。")
    assert "cross_subnet" not in facts("We use 10.42.0.0/16 for the pods and the nodes sit in 192.168.1.0/24.")
    assert facts("Our nodes are in 10.8.1.0/24 and 10.8.2.0/24.").get("cross_subnet") is True


def test_a_cloud_denied_anywhere_places_no_node_there_and_a_size_planned_for():
    from reading_facts import facts
    found = facts("Currently EKS only supports aws-vpc-cni; does EKS-D support other CNIs? (We want to run EKS-D on our own servers, not on AWS.)")
    assert found.get("platform") != "aws"
    assert facts("Our nodes are on AWS, not on Azure.").get("platform") == "aws"
    assert facts("AKS, ~800 nodes today, planning for up to 2,000.").get("nodes") == 2000
    assert facts("We plan for 3 masters.").get("nodes") == 3
    reserved = facts("The hub-spoke VNet is almost fully allocated to other teams, so we can't carve out a dedicated pod subnet.")
    assert reserved.get("network_ips_reserved") is True
    # machines outside the cluster on the same cloud deny nothing: "老的 Dubbo 服务跑在集群外的 ECS 上"
    assert facts("我们在阿里云用 kubeadm 自建了集群。老的 Dubbo 服务跑在集群外的 ECS 上。").get("platform") == "aliyun"


def test_a_route_controller_not_run_and_no_udrs_route_no_pod_cidr():
    from reading_facts import facts
    found = facts("We don't run the cloud-controller-manager route controller and never set up UDRs.")
    assert found.get("pod_routes") is False
    assert facts("The cloud-controller-manager route controller programs the routes for each node's pod CIDR.").get("pod_routes") is True


def test_kubevirt_vms_anywhere_and_hyper_v_isolation_are_no_nodes_or_platform():
    from reading_facts import facts
    assert "nodes" not in facts("环境 k8s: v1.31.1 kube-ovn: 1.14.6 kubevirt: 1.6.2。现象：有两台虚机A和B，在同一个节点上")
    assert facts("集群是 6 台虚机").get("nodes") == 6
    assert "platform" not in facts("Does calico cni support k8s pods of windows hyper-v mode? 1 worker: windows 2019")
    assert facts("Our 3 Hyper-V VMs run the cluster.").get("platform") == "vm"


def test_ip_in_ip_let_through_beside_tcp_is_not_blocked():
    from reading_facts import facts
    found = facts("节点之间只放行 TCP 和 IP 协议号 4（IPIP），UDP 一律不通。")
    assert "ipip" not in found.get("encap_blocked", []) and "vxlan" in found.get("encap_blocked", [])
    assert "encap_blocked" not in facts("The firewall only allows TCP and IP protocol 4 between the nodes.")
    assert "ipip" in facts("节点之间只放行 TCP").get("encap_blocked", [])


def test_not_the_managed_service_is_still_its_cloud():
    # a guard for this session's own slip: a denied cloud is one said not to host the nodes, not a managed service refused
    from reading_facts import facts
    assert facts("我们在阿里云上用 ECS 自建 k8s，不是 ACK。").get("platform") == "aliyun"
    assert facts("Azure VMs with kubeadm, not AKS.").get("platform") == "azure"
    assert facts("We want to run EKS-D on our own servers, not on AWS.").get("platform") != "aws"


def test_a_max_pods_question_is_on_topic():
    from assistant.reading.kinds import on_topic
    assert on_topic("Why does r4.16xlarge instance have a higher MaxPods limit than the x1.32xlarge instance?")
    assert not on_topic("Why does r4.16xlarge cost more than x1.32xlarge?")
