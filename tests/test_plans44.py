"""Forty-fourth round: plans that followed from a misreading, each beside a near-miss."""

from __future__ import annotations

from reading_facts import planned


def _verdict(result, option: str) -> str:
    return next(o.verdict for o in result.options if o.id == option)


def test_a_cloud_plugin_is_rejected_for_the_colo_a_cluster_moves_to():
    result = planned("We're pulling our dev cluster out of EKS into a colo: 6 HPE servers on one switch, Ubuntu 22.04. "
                   "We use the AWS VPC CNI there today. Which CNI for the colo? NetworkPolicy needed.")
    assert _verdict(result, "aws-vpc-cni") == "rejected"
    on_eks = planned("Our dev cluster runs on EKS with the AWS VPC CNI. Which CNI setup for NetworkPolicy?")
    assert _verdict(on_eks, "aws-vpc-cni") != "rejected"


def test_bgp_that_only_one_side_of_a_hybrid_cluster_can_peer_is_no_bgp_fabric():
    result = planned("混合部署：腾讯云上 8 台 CVM 和自建机房 12 台物理机加入同一个集群，走专线，网段不同。"
                   "机房核心交换机能跑 BGP，但腾讯云 VPC 那边没法跟我们 peer。选什么 CNI？")
    assert result.options[0].id not in {"calico:bgp", "cilium:native-routing", "antrea:noencap", "calico:ebpf-noencap"}
    assert _verdict(result, "calico:bgp") == "rejected"


def test_some_pods_on_the_lans_own_segment_lead_with_a_secondary_interface():
    result = planned("仓库的 5 台服务器接在同一台交换机上，部分 Pod 要直接拿这个网段的 IP，让扫码枪系统直接访问 Pod。用什么网络方案？")
    assert result.options[0].plugin in {"macvlan", "ipvlan", "multus", "kube-ovn"}


def test_the_destination_cloud_decides_a_carried_over_mode():
    result = planned("We're lifting our kubeadm cluster from GCE to plain Azure VMs in one VNet; on GCE we ran Calico with the default IP-in-IP pool. "
                   "What pod networking on Azure? NetworkPolicy needed.")
    assert _verdict(result, "calico:ipip") == "rejected"


def test_the_plugin_built_for_the_named_nics_leads_the_meta_plugin_that_carries_it():
    result = planned("Our SR-IOV pods lose their VF link after a reboot; how do I set the VF to stay up?")
    assert result.options[0].plugin == "sriov"
    # without SR-IOV NICs a second interface is Multus's or macvlan's
    plain = planned("Our servers have no SR-IOV NICs; some pods need a second interface on the storage VLAN. What do we use?")
    assert plain.options[0].plugin != "sriov"


def test_the_running_mode_with_only_a_kernel_module_caveat_leads_its_troubleshooting():
    result = planned("k3s on Ubuntu 20.04 (kernel 5.4) with --flannel-backend=wireguard-native to encrypt pod traffic; since the reboot pods on different "
                   "nodes cannot reach each other. What's wrong?")
    assert result.options[0].id == "flannel:wireguard"
    # a mode a check rejects does not lead: host-gw between subnets
    apart = planned("flannel host-gw on 6 VMs in two subnets; pods across the subnets time out. What's wrong?")
    assert apart.options[0].id != "flannel:host-gw"


def test_a_public_cloud_without_a_vendor_plugin_drops_pod_addresses_inside_a_subnet():
    result = planned("20 Tencent Cloud CVMs in two subnets, self-managed kubeadm, NetworkPolicy needed. Which CNI and mode?")
    assert _verdict(result, "calico:vxlan-crosssubnet") == "rejected"
    # with routes for the pod CIDRs programmed by the cloud controller the unencapsulated leg is delivered
    routed = planned("20 Hetzner Cloud servers in two subnets, hcloud-ccm with networks support creates routes for each node's pod CIDR. "
                   "NetworkPolicy needed. Which CNI and mode?")
    assert _verdict(routed, "calico:vxlan-crosssubnet") != "rejected"


def test_physical_servers_in_one_subnet_share_an_l2_segment():
    result = planned("Which CNI mode for 12 bare-metal servers in one /24, kernel 6.1, lowest latency?")
    l2 = next(c for o in result.options if o.id == "cilium:native-routing" for c in o.checks if c.check == "l2")
    assert l2.status == "pass"
    assert any("L2" in a for a in result.assumptions)
    # VMs in one subnet may still sit behind NAT on several hosts: that stays a question
    vms = planned("Which CNI mode for 12 VirtualBox VMs in one /24, lowest latency?")
    l2_vm = next(c for o in vms.options if o.id == "cilium:native-routing" for c in o.checks if c.check == "l2")
    assert l2_vm.status != "pass"
