"""Fortieth round: profile misreadings, each beside a near-miss."""

from __future__ import annotations

from reading_facts import facts


def test_a_path_ending_in_lib_is_no_infiniband():
    assert "multi_nic" not in facts("failed to set up pod network: stat /var/lib/calico/nodename: no such file or directory")
    assert facts("MPI pods talk over IB between the GPU nodes").get("multi_nic") is True


def test_the_clients_os_in_a_version_block_is_no_node():
    said = facts("Talos version: Client OS/Arch: windows/amd64; Server: Tag: v1.4.5, OS/Arch: linux/arm64")
    assert "windows_nodes" not in said and said.get("arch") == "arm64"
    assert facts("Two of our worker nodes run Windows Server 2022.").get("windows_nodes") is True


def test_the_plugin_something_is_a_replacement_for_is_the_one_in_use():
    said = facts("Deploy and test Cilium CNI as potential replacement for Flannel, kube-proxy and MetalLB.")
    assert said.get("current_plugin") == "flannel" and said.get("kube_proxy_replacement") is True
    assert facts("We run Calico. Is Cilium a good replacement?").get("current_plugin") == "calico"


def test_a_setting_named_in_a_validation_error_is_no_wish():
    assert "kube_proxy_replacement" not in facts("failed to create cilium clusters, the value 'probe' of kube-proxy-replacement is invalid.")
    assert "kube_proxy_replacement" not in facts("Error: kubeProxyReplacement must be explicitly set to a valid value (true or false).")
    assert facts("We set kubeProxyReplacement=true and NodePort stopped working.").get("kube_proxy_replacement") is True


def test_a_client_and_the_cluster_on_different_vlans_is_no_nodes_apart():
    assert "cross_subnet" not in facts("It works when client and k8s cluster are on the same network, but if they are on two different "
                                       "VLANs the packet is dropped.")
    assert facts("Our nodes are on two different VLANs.").get("cross_subnet") is True


def test_a_source_address_fixed_for_a_whitelist_is_an_egress_ip():
    assert facts("Their traffic has to leave from a fixed address.").get("egress_ip") is True
    assert facts("The licence server only accepts a couple of whitelisted source IPs.").get("egress_ip") is True
    assert "egress_ip" not in facts("Node traffic leaves from the node address.")


def test_lightest_and_small_footprint_in_chinese_want_simplicity():
    assert facts("船员没人懂 K8s，要求组件越轻越好、资源占用小。").get("simplicity") is True
    assert "simplicity" not in facts("监控显示资源占用偏高。")


def test_a_modes_name_hybrid_is_no_hybrid_platform():
    said = facts("我们在 Azure 上用 kubeadm 自建的集群，20 台 VM 在同一个 subnet。想用 Antrea 的 noEncap 或者 hybrid 模式，这样能行吗？")
    assert said.get("platform") == "azure"
    assert facts("混合云集群：机房 10 台物理机加 Azure 上 5 台 VM，同一个集群。").get("platform") == "hybrid"


def test_a_private_cloud_project_on_bare_metal_is_bare_metal():
    assert facts("私有云项目，16 台裸金属跑 KubeVirt，同一个二层。").get("platform") == "bare-metal"
    assert facts("我们的私有云上跑 k8s").get("platform") == "openstack"


def test_multus_weighed_in_a_which_one_question_is_no_second_interface():
    assert "multi_nic" not in facts("Kube-OVN underlay 和 Multus + macvlan 哪个更合适？")
    assert facts("主网络用 Kube-OVN，部分 pod 还要通过 Multus 加一块 macvlan 网卡。").get("multi_nic") is True


def test_a_cpe_doing_nat_and_buildings_each_on_a_vlan_put_nodes_apart():
    assert facts("边缘盒子通过 5G CPE 上网（CPE 做 NAT，盒子只有 192.168 的内网地址）").get("cross_subnet") is True
    assert facts("两栋厂房，各自一个 VLAN/网段，中间隔着一台 FortiGate。").get("cross_subnet") is True
    assert "cross_subnet" not in facts("两台服务器各自一个网卡")


def test_a_plugin_the_team_is_asked_to_adopt_or_asked_about_is_not_in_use():
    assert "current_plugin" not in facts("领导看了个技术分享，想让我们上 Cilium，把 kube-proxy 干掉。这个内核能跑 Cilium 吗？")
    assert facts("我们集群一直在跑 Cilium，能用 Hubble 吗").get("current_plugin") == "cilium"


def test_a_plugin_read_or_heard_of_is_not_in_use():
    assert "current_plugin" not in facts("Someone read that Cilium can replace kube-proxy. Can we do that on these machines?")
    assert "current_plugin" not in facts("听说 Calico 支持 WireGuard 加密，我们能用吗")
    assert facts("We run Calico and I read the docs.").get("current_plugin") == "calico"


def test_node_groups_on_two_cidrs_are_apart_even_in_an_office():
    said = facts("5 nodes in the office building on 192.168.10.0/24, and we added 4 nodes in the warehouse, which IT put on 192.168.20.0/24.")
    assert said.get("cross_subnet") is True
    assert "cross_subnet" not in facts("Nodes on 10.0.1.0/24; office LAN is 10.0.2.0/24 and VPN clients 10.0.3.0/24")
    assert facts("master 在办公室的服务器上，中间隔了一个三层交换。").get("l2_adjacent") is False


def test_a_no_that_takes_its_own_object_is_not_the_places():
    said = facts("两个机房，节点在不同网段。3）跨机房不要求加密。")
    assert said.get("cross_subnet") is True and said.get("encryption") is False
    assert facts("跨机房不需要").get("cross_subnet") is False


def test_machines_added_from_a_cloud_make_a_hybrid_cluster():
    said = facts("集群原来 6 台机房物理机。上周新加了 3 台阿里云 ECS 当 worker，机房和阿里云之间走 IPsec VPN。")
    assert said.get("platform") == "hybrid"
    assert facts("阿里云上 6 台 ECS，机房的服务器通过专线访问。").get("platform") == "aliyun"


def test_a_planned_count_with_a_separator_and_a_jump_hosts_os():
    assert facts("现在 800 台物理机，明年到 1,200 台").get("nodes") == 1200
    said = facts("节点全是 Ubuntu 22.04（跳板机是 CentOS 7，不是节点）。")
    assert said.get("os") == "ubuntu 22.04" and said.get("kernel") == "5.15"
    assert facts("节点是 CentOS 7。").get("os") == "centos 7"


def test_an_analogy_a_mirror_or_a_templates_label_names_no_platform():
    said = facts("Both VMs are attached to the same network (this would be a VPC in AWS or GCP), with port security disabled.")
    assert said.get("platform") == "vm" and "cross_subnet" not in said
    # a wish is no analogy: "It would be great if k0s offers ..." still names the distribution
    assert facts("It would be great if k0smotron or k0s offers an option for nodes in different infrastructure. k3s offers such options.").get(
        "distribution") == "k0s"
    assert "platform" not in facts("可以使用阿里云搭建的yum源 baseurl=https://mirrors.aliyun.com/kubernetes/yum/repos/")
    assert "platform" not in facts("; 私有云： VIP 负载模式 ; 公有云： 不推荐使用 slb 模式")
    assert facts("集群在阿里云上，用阿里云的 docker 镜像加速").get("platform") == "aliyun"


def test_routed_point_to_point_links_and_a_v1_pools_nested_ipip_mode():
    assert facts("Pure L3. Every link to the servers is a routed point-to-point.").get("cross_subnet") is True
    said = facts("calicoctl apply: kind: ipPool, cidr: 100.64.0.0/10, ipip: enabled: true, mode: cross-subnet, nat-outgoing: true")
    assert said.get("current_plugin") == "calico:ipip-crosssubnet"


def test_a_plugin_asked_whether_it_can_be_adopted_or_pitched_is_not_in_use():
    assert "current_plugin" not in facts("Our nodes are pinned to Ubuntu 18.04. Can we adopt Cilium anyway?")
    assert "current_plugin" not in facts("A consultant pitched Cilium to us for the Hubble UI. Can we run a current Cilium release here?")
    assert "current_plugin" not in facts("节点都是 Ubuntu 20.04。想把 kube-proxy 去掉，用 Cilium 的 kube-proxy replacement，这个内核上 Cilium 能跑吗？")
    assert "current_plugin" not in facts("Calico 的 eBPF 能在 RHEL 8.8 上开吗？顺便问下 Cilium 在这个内核上行不行。")
    assert facts("We run Cilium 1.14 and it works fine.").get("current_plugin") == "cilium"


def test_batch_42_profile_classes():
    # the kubelet's pod limit far past its default is pod density; the default is not
    assert facts("worker0 has 75 pods, but it can go up to 700. Kubelet limit is set to 1000 per node").get("pod_density") is True
    assert "pod_density" not in facts("Kubelet limit is set to 110 per node")
    # a VM's second NIC is the node's; jumbo frames lacked are no MTU of 9000
    assert "multi_nic" not in facts("one for running K8s services on each VM's second NIC")
    assert "mtu" not in facts("results are not great because of lack of jumbo frames support.")
    assert facts("We use jumbo frames on the storage network.").get("mtu") == 9000
    # pods whose addresses may not be NATed must be routable
    assert facts("主要业务pod的地址不能做NAT转换,必须相互间三层路由可达。").get("routable_pod_ips") is True
    # a load balancer's BGP mode is not the CNI's
    assert facts("CNI插件:Calico(支持Network Policies); 服务暴露:MetalLB(BGP模式)").get("current_plugin") != "calico:bgp"
    assert facts("We run Calico in BGP mode.").get("current_plugin") == "calico:bgp"
    # a size supposed for the sake of a question is no cluster
    assert "nodes" not in facts("How do we get the best performance with many pods? Say 300 nodes, each node have 30 pods.")


def test_nodes_behind_a_nat_with_the_rest_in_a_cloud_are_apart_and_untrusted():
    said = facts("The master is on GCE and the minions (raspberry pis) are locally behind a NAT.")
    assert said.get("cross_subnet") is True and said.get("untrusted_network") is True
    assert facts("HomeLab worker 和 Cloud master，两端的主机都位于NAT后，是内网IP。").get("cross_subnet") is True
    assert "cross_subnet" not in facts("All three Pis sit behind my home router's NAT on one switch.")


def test_batch_42_scenario_classes():
    # machines added to the cluster from elsewhere make it hybrid
    assert facts("公司原来在 IDC 里有 25 台 VMware 虚拟机跑 k8s。现在新加的 30 个节点直接买阿里云 ECS，IDC 和阿里云之间拉了专线。").get(
        "platform") == "hybrid"
    assert facts("AWS 上用 EC2 自建了 k8s。现在想把机房里 12 台物理机通过 Direct Connect 也加进这个集群。").get("platform") == "hybrid"
    # where a cluster is lifted or rebuilt onto is what it must run on
    assert facts("We're lifting our kubeadm cluster (60 nodes, today on VMware in our own DC) onto plain Azure VMs.").get("platform") == "azure"
    assert facts("Our cluster has lived on VMware VMs for two years, but we're rebuilding on 40 bare-metal servers.").get(
        "platform") == "bare-metal"
    assert facts("We run on VMware VMs, 5 nodes.").get("platform") == "vmware"
    # a fixed source address the far side accepts, in Chinese
    assert facts("对方防火墙只认两个固定源 IP。").get("egress_ip") is True
    assert facts("怎么让指定 namespace 的出站流量固定从这两个 IP 出去？").get("egress_ip") is True
    # '用不到' denies a need; a policy's allow/deny log is policy logging
    assert facts("暂时用不到网络策略，也没有加密要求").get("network_policy") is False
    assert facts("合规审计要求保留 NetworkPolicy 的 allow/deny 日志。").get("policy_logging") is True
    # asked whether Multus is needed, with each server's two NICs, is no need for a second pod interface
    assert "multi_nic" not in facts("每台服务器两块网卡：eth0 接管理网，eth1 接业务网。pod 之间的流量怎么保证走 eth1？是不是得上 Multus？")
    # legacy systems reaching pods by IP on their own segment
    assert facts("老系统要按 IP 直接访问一部分 pod，希望这些 pod 拿到和老系统同网段的地址。").get("routable_pod_ips") is True


def test_the_only_encryption_protocol_a_policy_allows():
    said = facts("安全要求节点间加密只能用 IPsec，WireGuard 不在合规清单里。")
    assert said.get("encryption_protocol") == "ipsec" and said.get("encryption") is True
    assert facts("Our crypto policy: IPsec only, WireGuard isn't on it.").get("encryption_protocol") == "ipsec"
    assert "encryption_protocol" not in facts("We installed the WireGuard module on all nodes.")
    # two protocols weighed in a question are no policy
    assert "encryption_protocol" not in facts("Is VXLAN traffic encrypted by default, or do I need to use IPSec/WireGuard?")


def test_fips_leaves_ipsec_without_asking_for_encryption():
    said = facts("Our RKE2 nodes run RHEL 9 in FIPS mode.")
    assert said.get("encryption_protocol") == "ipsec" and "encryption" not in said
    assert "encryption_protocol" not in facts("We enabled FIPS-compliant TLS for etcd only.")
    assert facts("Feature: Mandatory wireguard, I'd rather have the network break than send traffic un-encrypted.").get(
        "encryption_protocol") == "wireguard"


def test_batch_43_profile_classes():
    # a vendor's wish for its interfaces as VFs is the writer's requirement, and the same sentence's SCTP stays
    said = facts("The UPF vendor wants its N3/N6 interfaces as VFs bound to vfio-pci for DPDK, and the AMF speaks SCTP on N2.")
    assert said.get("dpdk") is True and said.get("sctp") is True
    # another cluster that is Linux-only says nothing of this one's Windows workers
    said = facts("We're adding four Windows Server 2022 workers to our cluster. On our other, Linux-only clusters we use Calico.")
    assert said.get("windows_nodes") is True
    assert facts("Our cluster is Linux-only.").get("windows_nodes") is False
    # a replacement of kube-proxy refused; an egress source address fixed is no pod's fixed address
    assert facts("安全部门要求 kube-proxy 必须保留，不接受替换掉 kube-proxy 的方案。").get("kube_proxy_replacement") is False
    assert facts("想替换掉 kube-proxy").get("kube_proxy_replacement") is True
    said = facts("要求某几个 namespace 出集群的流量源 IP 固定。")
    assert said.get("egress_ip") is True and "static_pod_ips" not in said
    assert facts("StatefulSet 的 pod 重建后 IP 要固定").get("static_pod_ips") is True
