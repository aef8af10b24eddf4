"""Sixty-third round: readings from held-out batch 63 (blind452-455), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.symptoms import symptom_checks
from reading_facts import CATALOG, facts, planned


def test_each_box_with_a_second_nic_of_its_own_is_no_pod_interface():
    assert "multi_nic" not in facts("10 dedicated servers. Each box has a public NIC plus a second NIC in our vRack; one VLAN.")
    assert facts("Each pod needs a second NIC on the storage VLAN.").get("multi_nic") is True


def test_a_managed_service_left_for_the_same_clouds_vms_keeps_the_cloud():
    assert facts("我们要把一个 AKS 集群迁到 Azure VM 上自建（kubeadm，20 台，也不打算让 cloud provider 去写路由）").get("platform") == "azure"
    assert facts("We are moving off EKS to our own bare-metal servers.").get("platform") == "bare-metal"


def test_a_plugin_tried_on_a_test_box_gives_way_to_the_clusters_own():
    text = "30 台物理机，现在是 calico ipip，跑得好好的。领导想去掉 kube-proxy，我在测试机上 helm 装了 cilium，agent 直接起不来。"
    assert facts(text).get("current_plugin") == "calico:ipip"
    assert facts("On a test cluster I installed Cilium and pods can't reach each other.").get("current_plugin") == "cilium"


def test_an_hpa_listing_is_no_pod_density_and_no_network_question():
    text = "HPA 一直不扩容：\nNAME  REFERENCE  TARGETS  MINPODS   MAXPODS   REPLICAS\nweb  Deployment/web  <unknown>/70%  2  10  2\n这个怎么排查？"
    assert "pod_density" not in facts(text)
    assert understand(text, CATALOG).kind == "decline"
    assert facts("kubelet maxPods 250 on each node").get("pod_density") is True


def test_a_security_group_passing_icmp_and_tcp_only_blocks_every_overlay():
    assert "vxlan" in facts("云平台安全组只放了 ICMP 和 TCP 全部端口。").get("encap_blocked", [])
    assert "vxlan" not in (facts("安全组只放了 ICMP、TCP 和 UDP 全部端口。").get("encap_blocked") or [])


def test_every_vm_on_virtualboxs_nat_address_is_the_wrong_interface():
    text = "3 node vagrant lab, flannel vxlan. pods on node2 can't talk off-node.\nk8s-1 Ready 10.0.2.15\nk8s-2 Ready 10.0.2.15\n"
    assert "interface" in symptom_checks(text)
    assert planned(text).options[0].id == "flannel:vxlan"
    assert "interface" not in symptom_checks("vagrant lab, flannel vxlan, k8s-1 is 192.168.56.11, pods can't talk off-node")


def test_a_terway_mode_moved_to_after_its_qualifier_is_wanted():
    reading = understand("ACK 集群，Terway 共享 ENI 模式。改成独占 ENI 会不会好一点？", CATALOG)
    assert reading.wanted == ["terway:eni"] and reading.profile.current_plugin == "terway:eniip"
    assert understand("ACK 集群，Terway 独占 ENI 模式，pod 起不来。", CATALOG).profile.current_plugin == "terway:eni"


def test_pi_shorthand_boards_and_the_kernel_column_of_kubectl():
    assert facts("trialing cilium on an arm64 cluster using rp4 + ubuntu 20.04").get("platform") == "bare-metal"
    assert facts("K3s on a custom ARM64 board running CentOS").get("platform") == "bare-metal"
    assert facts("k8s-node-1 Ready v1.14.0 Debian GNU/Linux 9 (stretch) 4.15.11-mainline-rev1 containerd://1.2.5").get("kernel") == "4.15"
    assert "platform" not in facts("rp 3 is needed for this")


def test_vm_live_migration_on_kube_ovn_is_kubevirts():
    assert facts("kube ovn gives the VM a static IP, but VM live migration binds the same IP to the migration pod").get("live_migration") is True
    assert "live_migration" not in facts("we live migrate the VMware VMs of the cluster with vMotion")


def test_a_compare_whose_other_plugin_is_ruled_out_leads_with_the_one_left():
    text = "EKS 新集群想直接让 pod 用 IPv6。VPC CNI 能这样搞吗？要不要干脆换成 Cilium 的 ENI 模式？"
    assert planned(text).options[0].id == "aws-vpc-cni"  # Cilium's ENI mode is IPv4 only, so the verdict and the list agree
    assert planned("EKS cluster, IPv4. VPC CNI or Cilium's ENI mode for L7 policies?").options[0].plugin == "cilium"


def test_a_self_built_cluster_moving_to_a_managed_service_is_planned_there():
    zh = "现在 IDC 里的自建集群用的是 Calico BGP，跟核心交换机建了邻居。今年要整体迁到阿里云 ACK。ACK 上网络该怎么选？"
    assert facts(zh).get("managed") is True
    en = "We're moving our three self-managed clusters (kubeadm on EC2, Calico in IPIP mode) onto EKS next quarter."
    assert facts(en).get("managed") is True
    assert facts("Our self-managed kubeadm cluster on EC2 runs Calico in IPIP mode.").get("managed") is False
