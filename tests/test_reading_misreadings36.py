"""Thirty-sixth to thirty-ninth rounds: reading classes found before and after batches 36–39 came in, each beside a near-miss."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG, facts, vocabulary


def test_one_more_part_counted_with_the_counter_alone_adds_to_the_first():
    assert facts("我们有 10 台阿里云 ECS，另外 6 台在 IDC，想用同一个集群").get("nodes") == 16
    assert facts("我们有 5 台服务器，另外还有 3 台在机房").get("nodes") == 8
    # "the other two nodes" still counts the one the writer stands on, and "the other two" of three are the rest of them
    assert facts("其他两台节点上的 pod ping 不通").get("nodes") == 3
    assert facts("三台主机，主机名master是kubernetes master，另外两台是node节点。").get("nodes") == 3


def test_modes_weighed_in_a_question_are_not_the_mode_in_use():
    for question in ("We run Calico. IPIP or VXLAN?", "We moved to Calico last month. Should we use IPIP or VXLAN?",
                     "我们用 calico，ipip 还是 vxlan 好？"):
        assert facts(question).get("current_plugin") == "calico", question
    # a mode said to run stays, beside the one weighed
    assert facts("We run Calico in IPIP mode. Should we switch to VXLAN or stay?").get("current_plugin") == "calico:ipip"
    assert facts("We run Calico with IPIP. Is that fine for us?").get("current_plugin") == "calico:ipip"


def test_a_plugin_an_installer_supports_is_its_menu_not_the_plugin_in_use():
    assert "current_plugin" not in facts("RKE supports weave, why can't I see it in Rancher?")
    assert facts("kubespray 支持 cilium，我们现在用的 calico").get("current_plugin") == "calico"
    # what the tool ships and the writer kept, or runs, is in use
    assert facts("k3s ships with flannel and we kept it").get("current_plugin") == "flannel"
    assert facts("Our RKE cluster runs weave").get("current_plugin") == "weave"


def test_an_image_repository_named_after_a_distribution_is_no_os():
    for text in ('image: quay.io/coreos/flannel:v0.9.0-amd64; command: [ "/opt/bin/flanneld" ]', "image coreos/flannel:v0.7.0-arm on my nodes"):
        assert "os" not in facts(text), text
    assert facts("Our nodes run CoreOS and flannel").get("os") == "coreos"


def test_what_a_plugin_supports_told_by_no_one_about_their_own_setup_is_no_plugin_in_use():
    said = facts("FIREBREAK: Encrypted node traffic with Wireguard. Calico supports Wireguard enabled encryption of cluster traffic on EKS.")
    assert "current_plugin" not in said
    # a first-person setup, or the plugin's version given, still names it
    assert facts("Calico supports WireGuard and we run it on EKS.").get("current_plugin") == "calico"
    assert facts("cilium supports kube-proxy replacement. Cilium 1.11.4; kernel 5.4").get("current_plugin") == "cilium"


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


def test_one_part_time_admin_asks_for_simplicity():
    assert facts("60 tiny clusters, maintained by one part-time tech. Pick one.").get("simplicity") is True
    assert facts("我们就一个兼职运维").get("simplicity") is True
    assert "simplicity" not in facts("I run a part-time business and our cluster has 3 nodes")


def test_a_hypervisor_whose_vms_move_onto_kubevirt_is_not_where_the_nodes_run():
    assert facts("正在把老 VMware 上的一批业务虚机迁到 KubeVirt。12 台物理机，机房两台交换机").get("platform") == "bare-metal"
    assert facts("We run KubeVirt on vSphere VMs with nested virtualization").get("platform") == "vmware"


def test_multus_weighed_against_a_primary_is_no_need_for_a_second_interface():
    assert facts("在比较 Kube-OVN 和 Multus + macvlan 两种方案，哪个更合适？") == {}
    assert facts("Kube-OVN or Multus with macvlan for KubeVirt VMs?") == {}
    assert facts("We run Calico and Multus for a second NIC").get("multi_nic") is True


def test_a_field_protocol_question_with_no_cluster_in_it_is_off_topic():
    question = "风电场 SCADA 用 Modbus TCP 采集 30 台风机的数据，场站到集控中心的链路才 2M。轮询周期和寄存器批量读取一般怎么设置比较合理？"
    assert understand(question, CATALOG).kind == "decline"
    assert understand("Our Modbus TCP gateway pods can't reach the PLCs on the factory VLAN from Calico pods. Why?", CATALOG).kind != "decline"


def test_a_platform_named_as_a_likeness_is_not_where_the_nodes_run():
    said = facts("Kubernetes 1.20.4 set up with kubeadm using only IPv6 subnets (similar to an AWS IPv6 kubeadm configuration).")
    assert "platform" not in said and said.get("ipv6") is True
    assert facts("Our kubeadm cluster runs on AWS with IPv6 only").get("platform") == "aws"


def test_an_options_own_family_limit_or_a_symptom_with_ipv6_is_no_family_of_the_cluster():
    said = facts("The arg option --iface-can-reach does not seem to be working with IPv6 addresses; --iface-regex also seems to be IPv4 only.")
    assert said.get("ipv6") is True and said.get("current_plugin") == "flannel"
    assert facts("We run IPv4 only.").get("ipv6") is False
    assert facts("We don't use IPv6.").get("ipv6") is False


def test_a_plugins_own_settings_name_it():
    assert facts("I set IPALLOC_RANGE to 10.40.0.0/16 and pods still overlap").get("current_plugin") == "weave"
    assert facts("flanneld runs with --kube-subnet-mgr --iface-regex=eth1").get("current_plugin") == "flannel"
    assert "current_plugin" not in facts("I set the pod CIDR to 10.40.0.0/16 and pods still overlap")


def test_a_hedge_about_missing_something_blocks_nothing():
    assert "encap_blocked" not in facts("FastDP uses vxlan (unless I'm missing something).")
    assert facts("we can't use the vxlan backend because the module is missing").get("encap_blocked") == ["vxlan"]


def test_an_error_that_keeps_coming_or_a_range_that_collides_is_a_symptom():
    question = ("When choosing the network & policy I applied weave-kube but weave-net keeps erroring: "
                "Network 10.32.0.0/12 overlaps with existing route 10.42.0.0/16 on host. How can I fix this?")
    assert understand(question, CATALOG).kind == "troubleshoot"
    assert understand("When choosing the network & policy for a new cluster, which plugin fits?", CATALOG).kind == "choice"


def test_a_symptom_the_plugin_in_use_only_warns_on_is_its_likely_cause():
    question = ("The pods deployed with macvlan are not able to communicate with any service virtual IPs, because macvlans don't go "
                "through the host iptables. Bare metal, Ubuntu 16.04.")
    reading = understand(question, CATALOG)
    assert reading.suspects == ["services"]
    result = plan(reading, CATALOG)
    assert result is not None and result.options[0].plugin != "macvlan"
    # a symptom elsewhere keeps the plugin in use first
    other = understand("The pods deployed with macvlan cannot reach the internet. Bare metal, Ubuntu 16.04.", CATALOG)
    assert other.suspects == [] and plan(other, CATALOG).options[0].plugin == "macvlan"


def test_control_plane_and_workers_counted_without_a_noun_add_up():
    assert facts("We have a 3 controller 3 worker cluster deployed on ubuntu 22.04").get("nodes") == 6
    assert facts("2 controller nodes and 4 workers").get("nodes") == 6
    assert facts("We've set up a master & 2 nodes on OpenStack").get("nodes") == 3


def test_a_kind_config_counts_its_role_entries():
    said = facts("nodes: - role: control-plane image: kindest/node:v1.26.6; - role: worker; - role: worker; - role: worker")
    assert said.get("nodes") == 4
    assert "nodes" not in facts("nodes: - role: control-plane image: kindest/node:v1.26.6")


def test_a_darwin_kernel_is_no_linux_kernel():
    assert "kernel" not in facts("OS: Darwin LANELSON-mac 16.5.0 Darwin Kernel Version 16.5.0")
    assert facts("kernel version 5.15.0-117").get("kernel", "").startswith("5.15")


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


def test_a_menu_of_supported_plugins_or_a_feature_request_is_no_plugin_in_use():
    menu = "Currently only '--networking cni', '--networking weave', '--networking calico' are supported for private topologies"
    assert "current_plugin" not in facts(menu)
    assert "current_plugin" not in facts("Allow cilium to be deployed with the pod to pod transparent encryption enabled.")
    assert facts("Calico, Cilium and Antrea are supported by our installer; we use Calico.").get("current_plugin") == "calico"


def test_nodes_on_the_local_lan_are_adjacent():
    assert facts("my Pi cluster: all nodes using wlan0 to connect to the local LAN for connectivity").get("l2_adjacent") is True
    assert "l2_adjacent" not in facts("our nodes are on the home network and the cloud")


def test_a_capitalised_mode_name_no_plugin_has_is_unknown():
    knows = vocabulary("vxlan", "rdma", "geneve", "native", "direct")
    question = "How do I switch Cilium's tunnel from VXLAN to the new Hyperflow RDMA mode? What's the Helm value?"
    assert understand(question, CATALOG, vocabulary=knows).kind == "decline"
    assert understand("Should we use the Geneve tunnel mode in Cilium?", CATALOG, vocabulary=knows).kind != "decline"


def test_routers_that_run_ebgp_with_the_servers_are_a_fabric():
    assert facts("The Juniper MX at each office is happy to run eBGP with the servers").get("bgp_fabric") is True
    assert facts("our Arista switches won't run BGP").get("bgp_fabric") is False


def test_two_plugins_joined_by_and_before_which_are_weighed():
    assert "current_plugin" not in facts("地址段可能还跟别家重叠。Kube-OVN 和 Calico 哪个合适？节点是麒麟 V10 x86")
    assert facts("We run Calico and Multus; which is better for SR-IOV?").get("current_plugin") == "calico"


def test_a_unit_with_its_own_vpc_and_overlapping_ranges_wants_tenant_networks():
    assert facts("最好每个单位一个独立的 VPC，地址段可能还跟别家重叠").get("tenant_networks") is True
    assert "tenant_networks" not in facts("地址段不会重叠")
    assert facts("节点是麒麟 V10 x86，100 台左右。").get("nodes") == 100


def test_systems_on_premises_that_reach_a_cloud_cluster_are_not_its_nodes():
    said = facts("要新建一个 ACK 集群，规划 300 个节点左右。IDC 那边的老系统通过专线要能直接访问 Pod IP。")
    assert said.get("platform") == "aliyun"
    assert facts("一个集群：IDC 里 20 台物理机 + 阿里云 ECS 30 台").get("platform") == "hybrid"


def test_a_vsphere_switch_left_at_its_default_security_filters_macs():
    assert facts("节点是 ESXi 7 上的虚机。vSwitch 安全策略没动过，都是默认值。").get("mac_filtering") is True
    assert facts("ESXi hosts with the default vSwitch security settings").get("mac_filtering") is True
    assert "mac_filtering" not in facts("Proxmox with default security settings")


def test_a_step_told_in_passing_is_no_new_cluster():
    assert not understand("Weave MTU can be configured manually after standing up a cluster. Should we set 8912?", CATALOG).new_cluster
    assert understand("We are standing up a new cluster. Is weave fine?", CATALOG).new_cluster


def test_ipv6_switched_off_on_the_nodes_is_no_ipv6():
    assert facts('GRUB_CMDLINE_LINUX="ipv6.disable=1"').get("ipv6") is False
    assert facts("I have ipv6 disabled on my k8s nodes").get("ipv6") is False
    assert facts("Pods on IPv6 cannot reach each other across nodes").get("ipv6") is True


def test_an_hwe_kernels_build_string_names_the_ubuntu_release():
    said = facts("Linux worker-1 6.5.0-15-generic #15~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux")
    assert said.get("os") == "ubuntu 22.04" and said.get("kernel", "").startswith("6.5")
    assert facts("Linux node01 6.8.0-79-generic #79-Ubuntu SMP x86_64").get("os") != "ubuntu 22.04"


def test_anolis_by_its_chinese_name_is_an_os():
    assert facts("龙蜥系统 安装calico 工作节点异常报错").get("os") == "anolis"


def test_an_ansible_run_counts_the_hosts_it_reports():
    run = "fatal: [192.168.11.172]: FAILED! ...; fatal: [192.168.11.173]: FAILED! ...; ok: [192.168.11.171]"
    assert facts(run).get("nodes") == 3
    assert "nodes" not in facts("fatal: [localhost]: FAILED!")


def test_a_policy_engine_named_on_a_managed_service_rides_on_the_clouds_own_plugin():
    said = facts("I want to upgrade an existing AKS cluster with calico network policy to overlay.")
    assert said.get("current_plugin", "").startswith("azure-cni")
    assert facts("EKS with Calico policies: pods can't reach each other").get("current_plugin") == "aws-vpc-cni"
    # installed as the CNI itself, or off a managed service, it is the plugin in use
    assert facts("Our AKS BYOCNI cluster runs Calico as the CNI").get("current_plugin") == "calico"
    assert facts("We run Calico network policy on our kubeadm cluster").get("current_plugin") == "calico"
    # only weighed as the policy engine, it rides on nothing yet
    weighed = facts("Is Calico Network Policy plugin a good replacement for Azure NPM in an AKS cluster with over 250 nodes?")
    assert not weighed.get("current_plugin", "").startswith("azure-cni")


def test_will_it_work_on_our_nodes_asks_about_what_runs_now():
    said = facts("Will Calico's eBPF dataplane work on our RHEL 8.2 GPU nodes (kernel 4.18.0-193)?")
    assert said.get("os") == "rhel 8.2"
    assert "os" not in facts("We will move the nodes to RHEL 9 next year")


def test_egress_locked_down_to_a_handful_of_domains_is_fqdn_policy():
    said = facts("Compliance wants outbound traffic locked down to a handful of processor domains (api.stripe.com, two bank endpoints)")
    assert said.get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("Our nodes are limited to two domains of trust")


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


def test_what_a_vendor_wants_of_the_nics_is_a_requirement_not_a_proposal():
    said = facts("Our UPF vendor wants VFs bound to vfio-pci for DPDK inside the pod, and the AMF talks SCTP (NGAP on N2).")
    assert said.get("dpdk") is True and said.get("sctp") is True and said.get("sriov_nics") is True
    assert "ebpf_dataplane" not in facts("Our vendor wants us to run Cilium in eBPF mode")
    # a NIC feature weighed as a colleague's pick is no requirement
    weighed = facts("A few pods need a second interface on the studio VLAN. One colleague says SR-IOV, another says macvlan through Multus.")
    assert "current_plugin" not in weighed and "sriov_nics" not in weighed


def test_whats_the_right_cni_setup_asks_to_choose():
    assert understand("Six bare-metal servers with SR-IOV NICs. What's the right CNI setup for this?", CATALOG).kind == "choice"
    assert understand("What's the right MTU for flannel VXLAN on a 1500 network?", CATALOG).kind != "choice"


def test_a_cloud_run_on_before_a_move_home_is_not_where_the_nodes_run():
    said = facts("之前业务跑在 AWS EKS 上（VPC CNI），为了省钱现在要搬回自己 IDC。30 台物理机，两个机柜，每个机柜一个网段")
    assert said.get("platform") == "bare-metal" and "current_plugin" not in said
    assert facts("业务跑在 AWS EKS 上（VPC CNI），30 个节点").get("platform") == "aws"


def test_no_routers_to_peer_with_is_no_fabric():
    said = facts("On-prem we ran Calico with BGP peering to our Arista ToRs. In AWS there are no ToRs to peer with.")
    assert said.get("bgp_fabric") is False


def test_a_lighter_network_asked_for_is_simplicity():
    assert facts("What's a lighter pod network we should put on instead?").get("simplicity") is True
    assert "simplicity" not in facts("Which pod network do you suggest for lighting control systems?")


def test_outside_machines_reaching_pods_by_ip_in_chinese_want_routable_pods():
    assert facts("外面的编码器和播出服务器（不在集群里）要直接用 IP 访问 Pod").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Pod 之间用 Service 访问")


def test_a_made_up_routing_mode_switched_into_is_unknown():
    knows = vocabulary("vxlan", "geneve", "native", "sd-wan", "bgp")
    assert understand("How do I switch Cilium into MeshLink routing mode?", CATALOG, vocabulary=knows).kind == "decline"
    assert understand("How do I switch Cilium into native routing mode?", CATALOG, vocabulary=knows).kind != "decline"


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


def test_a_fixed_count_of_source_ips_for_outbound_traffic_is_an_egress_ip():
    said = facts("要求信贷这个 namespace 出去访问核心的流量必须是固定的 2 个源 IP，不能是随便哪个节点的 IP。")
    assert said.get("egress_ip") is True
    assert "egress_ip" not in facts("出去访问核心的流量走节点 IP 就行")


def test_the_bgp_sessions_calico_node_shows_are_its_own_mesh():
    assert "bgp_fabric" not in facts("The provider's edge filter only passes TCP, UDP and ICMP. All calico-node pods are Ready and the BGP "
                                     "sessions show Established.")
    assert facts("Our ToR switches have BGP sessions with every node").get("bgp_fabric") is True
