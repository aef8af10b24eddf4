"""Twenty-eighth round: misreadings on the held-out sets of 2026-12-04 (batch 20), each with a near-miss that must
keep its reading."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_a_need_denied_inside_its_own_words_is_none():
    assert "routable_pod_ips" not in facts("Pod IP 也不需要对外暴露。")
    assert "routable_pod_ips" not in facts("Pod IPs don't need to be reachable from outside the cluster.")
    assert facts("Pod IPs must be reachable from outside the cluster.").get("routable_pod_ips") is True
    assert facts("Pod IP 需要对外暴露给机房里的老系统。").get("routable_pod_ips") is True


def test_a_mac_filter_that_only_passes_the_vms_own_mac():
    assert facts("Proxmox 防火墙给每台 VM 都开着 MAC filter（只允许 VM 自己的 MAC 发包）。").get("mac_filtering") is True
    assert facts("The hypervisor firewall only allows each VM's own MAC.").get("mac_filtering") is True
    assert facts("We enabled the MAC filter on the VM firewall.").get("mac_filtering") is True
    assert "mac_filtering" not in facts("Each VM has its own MAC address.")


def test_a_light_footprint_is_a_wish_for_simplicity():
    assert facts("CNI 选什么好？要轻量，别太吃内存。").get("simplicity") is True
    assert facts("We need something with a small memory footprint.").get("simplicity") is True
    assert "simplicity" not in facts("The nodes have 4 GB of memory.")


def test_asked_for_the_least_effort_a_simple_overlay_leads_a_mode_without_encapsulation():
    asked = "5 台树莓派 3B+，32 位 Raspbian（armv7l），同一个网段。kubeadm 搭 k8s 学习用，CNI 选什么好？要轻量，别太吃内存。"
    assert planned(asked).options[0].plugin == "flannel"
    # without the wish, the mode that sends pod traffic unencapsulated on one segment keeps its edge
    assert planned("5 台树莓派 3B+，32 位 Raspbian（armv7l），同一个网段。kubeadm 搭 k8s，CNI 选什么好？").options[0].plugin != "flannel"


def test_a_cloud_named_as_an_articles_author_is_not_where_the_nodes_run():
    found = facts("领导看了阿里云的文章，说 Terway 性能好，想让我们在自己 IDC 机房的 50 台物理机上也用 Terway。")
    assert found.get("platform") == "bare-metal"
    assert facts("We read an AWS blog post about prefix delegation; our cluster is 20 VMs on vSphere.").get("platform") == "vmware"
    assert facts("We run on AWS with 20 nodes; an AWS blog post says prefix delegation helps.").get("platform") == "aws"
    assert planned("领导看了阿里云的文章，想让我们在自己 IDC 机房的 50 台物理机上也用 Terway。这个能用吗？").options[0].plugin != "terway"


def test_on_a_managed_service_a_named_plugin_comes_as_the_clouds_flavour_of_it():
    asked = "我们用 AKS，60 个节点，pod 不允许再占用 VNet 的地址。需要 NetworkPolicy，后续可能还想上 Cilium 的那套可观测。网络方案怎么选？"
    assert planned(asked).options[0].id == "azure-cni:cilium"
    # self-managed VMs on the same cloud: the plugin itself is a candidate
    assert planned("Self-managed kubeadm on 60 Azure VMs, we need NetworkPolicy and want Cilium's observability. "
                   "Which CNI?").options[0].plugin == "cilium"


def test_which_of_two_named_in_chinese_is_a_comparison():
    reading = understand("Pod 需要第二块网卡（用 Multus 挂）。macvlan 和 ipvlan 选哪个？", CATALOG)
    assert reading.kind == "compare"
    assert understand("我们有 30 台物理机和 5 台虚拟机，CNI 选哪个？", CATALOG).kind == "choice"
    asked = ("Pod 需要第二块网卡直连存储网络（用 Multus 挂）。节点是 ESXi 7 上的虚拟机，vSphere 管理员不允许打开混杂模式和伪传输。"
             "macvlan 和 ipvlan 选哪个？")
    assert planned(asked).options[0].id == "ipvlan"


def test_the_nodes_nics_named_as_a_symptoms_cause_are_no_need_for_pod_interfaces():
    assert "multi_nic" not in facts("Multiple network interfaces break Calico pod network.")
    assert "multi_nic" not in facts("I have a lab with 3 nodes, each with 4 network adaptors.")
    assert facts("Our pods need multiple network interfaces.").get("multi_nic") is True


def test_a_kube_router_flag_without_its_dashes_names_kube_router():
    assert facts("enable-overlay=false seems to break my networking (IPv6 only).").get("current_plugin") == "kube-router"
    assert "current_plugin" not in facts("We want to enable overlay networking later.")


def test_open_vswitch_offload_is_pod_networking():
    assert understand("When I use ovs offload, is OS kernel 4.18 ok? Why do I need 5.7.0 and above?", CATALOG).kind != "decline"
    assert understand("How do I make a fluffy omelette?", CATALOG).kind == "decline"


def test_an_example_list_in_a_template_field_is_no_fact():
    found = facts("Calico version: 3.29.3; Calico dataplane (iptables, windows etc.): eBPF w/ DSR, no encap, no NAT, no kube-proxy")
    assert "windows_nodes" not in found and found.get("current_plugin") == "calico:ebpf-noencap"
    assert facts("We run Calico with the eBPF dataplane and no encapsulation.").get("current_plugin") == "calico:ebpf-noencap"
    assert facts("We run Calico with no encap between racks.").get("current_plugin") == "calico:bgp"
    assert facts("We moved Calico from BGP to eBPF.").get("current_plugin") == "calico:ebpf"
    assert facts("2 Windows Server 2019 nodes (and 4 Linux ones, etc.)").get("windows_nodes") is True


def test_a_features_limit_and_a_benefit_are_not_the_setup():
    found = facts("auto-direct-node-routes are limited to single layer2 domain. We do have cluster nodes that can span multiple subnets.")
    assert "l2_adjacent" not in found and found.get("cross_subnet") is True
    assert facts("Our nodes are on a single layer2 domain.").get("l2_adjacent") is True
    assert "latency_sensitive" not in facts("A future PR can enable Cilium's kube-proxy replacement (reduces memory, improves latency).")
    assert facts("We need to reduce latency between the pods.").get("latency_sensitive") is True


def test_words_inside_a_link_are_its_address():
    assert "os" not in facts("url: http://192.168.1.100/CentOS-7-x86_64-GenericCloud.qcow2")
    assert facts("Nodes run CentOS 7, see https://example.com/docs").get("os") == "centos 7"


def test_tools_and_fields_that_name_their_plugin_or_cloud():
    assert facts("~# kubectl ko nbctl lr-policy-list ovn-cluster").get("current_plugin") == "kube-ovn"
    assert facts("ovn.kubernetes.io/ip_address: 192.16.0.100").get("current_plugin") == "kube-ovn"
    assert facts("What version of acs-engine? 0.15.0").get("platform") == "azure"
    assert facts("Now I have some nodes on a private subnet different than the Cloud").get("cross_subnet") is True


def test_a_kernel_with_its_distributions_suffix_and_an_eks_build():
    assert facts("Kernel version (run `uname -a`) 4.19.106-coreos").get("kernel") == "4.19"
    found = facts("Kernel Version: 5.4.228-132.418.amzn2.x86_64; Kubernetes Version: v1.22.17-eks-48e63af")
    assert found.get("platform") == "aws" and found.get("managed") is True
    assert "platform" not in facts("Kubernetes Version: v1.22.17")
    # eBPF beside an encapsulating pool is not the mode without encapsulation
    found = facts("Installation: calicoNetwork: linuxDataplane: BPF; bgp: Enabled; ipPools: - cidr: 10.244.0.0/16 encapsulation: VXLANCrossSubnet")
    assert found.get("current_plugin") != "calico:ebpf-noencap"


def test_a_choice_for_nodes_apart_also_searches_overlay_and_underlay():
    apart = understand("Our Kubernetes nodes are VMware NAT VMs on two different hypervisors. Which CNI plugin should we use?", CATALOG)
    assert "overlay encapsulation" in apart.query
    assert "overlay encapsulation" not in understand("Our nodes are on one switch. Which CNI plugin should we use?", CATALOG).query
    # a question about one setting keeps its own words only
    assert "overlay encapsulation" not in understand("Our nodes sit in two subnets. What does Calico's natOutgoing do?", CATALOG).query


def test_pods_per_node_given_as_a_range():
    assert facts("ACK 集群，每个节点要跑 60~80 个小 pod。").get("pod_density") is True
    assert facts("Each node must run 60-80 small pods.").get("pod_density") is True
    assert "pod_density" not in facts("Each node runs 5 pods.")


def test_a_move_to_one_that_does_what_the_plugin_in_use_does_not():
    asked = ("现在 30 台 VMware 虚机上跑的是 flannel vxlan + kube-proxy（iptables 模式），想换一个能用 eBPF 直接替掉 kube-proxy 的方案。"
             "Ubuntu 22.04，节点都在同一个网段。推荐哪个？")
    assert understand(asked, CATALOG).leaving
    assert facts(asked).get("kube_proxy_replacement") is True
    assert planned(asked).options[0].plugin != "flannel"
    assert not understand("We run flannel vxlan on 30 VMware VMs. Which flannel backend is fastest?", CATALOG).leaving


def test_below_a_documented_floor_with_no_word_of_the_os_ranks_under_one_that_names_it():
    asked = ("Is Cilium fine for us? 50 bare-metal boxes on CentOS 7.9, kernel 3.10.0-1160, one L2 segment, we need NetworkPolicy. "
             "An OS upgrade is not happening before next year.")
    assert planned(asked).options[0].plugin == "antrea"  # Antrea names CentOS 7 kernels as working through backports
    # on a kernel that meets Calico's documented floor nothing changes
    assert planned("50 bare-metal boxes on Ubuntu 22.04, one L2 segment, we need NetworkPolicy. Which CNI?").options[0].plugin != "antrea"


def test_more_words_for_sites_apart_reserved_addresses_logs_and_one_bridge():
    assert facts("全是物理机，分在两栋楼，每栋楼一个网段，楼之间走核心交换机三层路由。").get("cross_subnet") is True
    found = facts("The VPC is a /22 that networking refuses to expand, and they've flat out said pods may not take addresses from it.")
    assert found.get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("The VPC can be expanded later.")
    assert facts("Compliance wants a record of every connection our NetworkPolicies allowed or denied.").get("policy_logging") is True
    assert "policy_logging" not in facts("We keep a record of every connection to the database.")
    assert facts("Proxmox 单机上开了 9 台虚机跑 k8s，全挂在同一个 vmbr0 网桥上。").get("l2_adjacent") is True
    assert understand("Self-managed kubeadm on EC2, 40 nodes. What should pod networking look like?", CATALOG).kind == "choice"


def test_k3s_without_its_flannel_and_a_cloud_cni_beside_a_policy_engine():
    assert "current_plugin" not in facts("k3s with flannel-backend: none and disable-network-policy.")
    assert facts("k3s server --flannel-backend=none, then we installed Calico").get("current_plugin") == "calico"
    found = facts("Setting ENABLE_PREFIX_DELEGATION: true causes aws-node to crash. Environment: CNI amazon-k8s-cni:v1.9.0, "
                  "aws-calico-0.3.5 chart from eks-charts, Calico installed on EKS.")
    assert found.get("current_plugin") == "aws-vpc-cni"
    assert facts("We run Cilium in ENI mode on EKS, aws-node was removed.").get("current_plugin") == "cilium:eni"
    assert "current_plugin" not in facts("3 run in the Hetzner cloud and 1 in AWS. The AWS node ip-172-31-7-1 has 172.31.7.1.")


def test_a_question_put_to_the_maintainers_is_the_writers_own():
    assert facts("I want to ask if you have any plans to support windows (at least basic routing)? (kube-router)").get("windows_nodes") is True
    assert "windows_nodes" not in facts("If you run Windows nodes, use Calico.")
    assert understand("I use weave net with encryption. What is the best way to answer the auditor?", CATALOG).kind != "choice"
    assert understand("What's the best way to network pods across two sites?", CATALOG).kind == "choice"
    assert facts("net1 with IP 10.10.10.1/24 in POD1 should be able to ping net1 with IP 10.10.10.2/24 in POD2.").get("multi_nic") is True


def test_a_pod_range_in_its_own_clause_and_numbered_host_names_are_no_sites():
    assert "cross_subnet" not in facts("Nodes live in 10.43.0.0/16 space; Pod CIDR as defined in kubeadm: 10.1.0.0/16; one interface (eth0)")
    assert facts("Two port groups: 10.8.1.0/24 and 10.8.2.0/24").get("cross_subnet") is True
    assert "cross_subnet" not in facts("Two websites resolve to the same address: site1.somedomain.com and site2.somedomain.com.")
    assert facts("node1 in site 1, node2 in site 2").get("cross_subnet") is True


def test_batch_22_scenarios_reading():
    reading = understand("有人用过 Kube-Lattice 这个 CNI 插件吗？想在我们 20 台物理机上试试，怎么装？", CATALOG, vocabulary=lambda n: False)
    assert reading.kind == "decline" and reading.unknown == ["Kube-Lattice"]
    assert understand("Calico 这个 CNI 插件支持 IPv6 吗？", CATALOG, vocabulary=lambda n: False).kind != "decline"
    assert facts("我们机房的裸金属服务器（跟 AWS 没关系），同事说 AWS VPC CNI 性能好").get("platform") == "bare-metal"
    assert facts("我们跟阿里云签了合同，集群在阿里云上").get("platform") == "aliyun"
    assert facts("集群没开网络策略。").get("network_policy") is False
    assert facts("VNet 地址空间也扩不了。").get("network_ips_reserved") is True
    assert facts("Network team won't give us more VPC ranges. What setup gets pods off the VPC address space?").get("network_ips_reserved")
    assert facts("四台都接在家里同一个路由器下。").get("l2_adjacent") is True
    assert facts("家里三块树莓派 3B，想搭个 k8s 玩玩").get("simplicity") is True
    assert facts("明年要在另一个园区的机房再加 20 台，两边是三层路由互通的。").get("cross_subnet") is True
    assert facts("Next year we add 20 servers in a second building.").get("cross_subnet") is True


def test_a_raspberry_pi_os_32_bit_kernel_is_armv7():
    found = facts("publish cilium arm/arm64 images. Kernel Version: GNU/Linux 11 (bullseye) 5.15.32-v7l+. Raspbian GNU/Linux 11")
    assert found.get("arch") == "armv7"
    assert facts("Linux pi4 5.15.84-v8+ #1613 SMP aarch64").get("arch") == "arm64"


def test_calicos_requirements_page_names_distributions_whose_kernels_it_accepts():
    from assistant.models import Profile
    from reading_facts import check_status
    assert check_status("calico:vxlan", Profile(os="debian 10", kernel="4.19"), "kernel") == "pass"
    assert check_status("calico:vxlan", Profile(os="ubuntu 20.04", kernel="5.4"), "kernel") == "pass"
    assert check_status("calico:vxlan", Profile(os="centos 7.9", kernel="3.10"), "kernel") == "fail"
    # the eBPF data plane keeps its own hard floor
    assert check_status("calico:ebpf", Profile(os="ubuntu 20.04", kernel="5.4"), "kernel") == "fail"


def test_a_made_up_datapath_is_unknown():
    known = ("ebpf", "native-routing", "cilium")
    reading = understand("How do I switch Cilium to its HyperFlow direct-fabric datapath? Which Helm value turns it on?", CATALOG,
                         vocabulary=lambda n: n.lower() in known)
    assert reading.kind == "decline" and reading.unknown == ["HyperFlow"]
    assert understand("How do I enable the native-routing datapath in Cilium?", CATALOG, vocabulary=lambda n: n.lower() in known).kind != "decline"
