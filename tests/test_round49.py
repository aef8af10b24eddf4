"""Forty-ninth round: readings and plans from held-out batch 49, each beside a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from assistant.reading import understand
from reading_facts import CATALOG, check_status, facts, planned


def test_pods_behind_security_groups_of_their_own():
    said = facts("Our PCI auditor wants the pods in the payments namespace to sit behind their own AWS security groups, not the node's SG.")
    assert said.get("pod_security_groups") is True
    assert facts("诉求：部分 pod 要绑定单独的安全组。").get("pod_security_groups") is True
    assert "pod_security_groups" not in facts("Open UDP 4789 in the nodes' security group.")


def test_only_options_that_give_pods_cloud_addresses_with_per_pod_groups_pass():
    need = Profile(pod_security_groups=True, platform="aws")
    assert check_status("aws-vpc-cni", need, "pod_security_groups") == "pass"
    assert check_status("calico:vxlan", need, "pod_security_groups") == "fail"
    assert check_status("cilium:eni", need, "pod_security_groups") == "fail"  # groups per node's ENIs, not per pod
    assert check_status("calico:vxlan", Profile(platform="aws"), "pod_security_groups") is None
    result = planned("EKS, managed node groups. Pods in the payments namespace must sit behind their own AWS security groups. Which CNI setup?")
    assert result.options[0].id == "aws-vpc-cni"
    assert all(o.verdict == "rejected" for o in result.options if o.id.startswith("calico:"))


def test_the_hosting_vendors_name_is_no_cloud_product():
    assert facts("We rent 12 dedicated servers at OVHcloud, all on the same vRack.").get("platform") == "bare-metal"
    assert facts("9 Hetzner Cloud servers and our Prometheus box on a dedicated server.").get("platform") == "cloud"
    assert facts("A k8s cluster on hcloud machines, and a bare-metal server (non-k8s) on the same private network.").get("platform") == "cloud"


def test_pod_addresses_routable_inside_the_datacentre_or_pods_on_a_site_network():
    assert facts("希望 pod 地址在数据中心内部直接可路由，尽量别上 overlay。").get("routable_pod_ips") is True
    assert facts("We want certain pods to sit directly on that OT network with their own IP.").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Pods run directly on the pod network.")


def test_datacentre_addresses_kept_from_pods_in_chinese():
    assert facts("网络组明确说机房地址不能再分给 pod，pod 必须用独立的地址段。").get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("pod 用的是独立的地址段 10.244.0.0/16。")


def test_fewest_moving_parts_is_simplicity():
    assert facts("No NetworkPolicy needed, just want pods talking with the fewest moving parts.").get("simplicity") is True
    assert "simplicity" not in facts("The cluster has many moving parts.")


def test_pods_calling_the_other_clusters_services_is_multi_cluster():
    assert facts("要求 A 集群的 pod 能直接调 B 集群的 Service，一边挂了能切到另一边。").get("multi_cluster") is True
    assert "multi_cluster" not in facts("A 集群的 pod 调本集群的 Service 超时。")


def test_a_wifi_link_takes_no_macvlan():
    assert facts("The gateways reach the OT network only over Wi-Fi (wlan0), so we'd put macvlan on wlan0.").get("mac_filtering") is True
    assert "mac_filtering" not in facts("The laptop has Wi-Fi and Ethernet.")
    assert check_status("macvlan", Profile(mac_filtering=True), "macs") == "fail"


def test_own_control_plane_on_ec2_is_self_managed_though_eks_is_named():
    said = facts("We run our own control plane on EC2 with the VPC CNI; per-pod security groups are only available to EKS.")
    assert said.get("managed") is False
    assert facts("Our EKS cluster uses the VPC CNI.").get("managed") is True


def test_a_path_mtu_symptom_keeps_the_mode_in_use_whatever_rival_is_wondered_about():
    text = ("两个机房之间走 IPsec VPN，隧道 MTU 只有 1400。CNI 是 Calico，vxlanMode: CrossSubnet。跨机房 pod ping 得通，"
            "但一拉大一点的文件或者做 TLS 握手就卡住。要不要换成 Cilium？")
    assert "mtu" in understand(text, CATALOG).suspects
    assert planned(text).options[0].plugin == "calico"
    # another symptom with a rival named still leads with the rival
    other = "We run Canal and pods on new nodes cannot reach each other. Would you recommend Calico instead?"
    assert "mtu" not in understand(other, CATALOG).suspects


def test_network_functions_virtualised_are_no_vm_platform():
    assert facts("核心网虚拟化项目，N2 口走 SCTP。物理机 16 台，Ubuntu 22.04。").get("platform") == "bare-metal"
    assert facts("我们的节点都在虚拟化平台上。").get("platform") == "vm"


def test_a_vendors_chart_default_or_advice_is_not_the_plugin_in_use():
    text = "物理机 16 台。A 厂商的 helm chart 默认写的是 Calico eBPF 模式，B 厂商说要用 Cilium 把 kube-proxy 换掉。该怎么选？"
    assert "current_plugin" not in facts(text)
    assert facts("我们现在用的是 Calico eBPF 模式，厂商说要换 Cilium。").get("current_plugin") == "calico:ebpf"


def test_terways_per_pod_groups_are_ack_only_and_a_wish_nothing_here_grants_gives_way():
    self_managed = Profile(pod_security_groups=True, platform="aliyun", managed=False)
    assert check_status("terway:eniip", self_managed, "pod_security_groups") == "fail"
    assert check_status("terway:eniip", self_managed.merged({"managed": True}), "pod_security_groups") == "pass"
    result = planned("阿里云 ECS 上 kubeadm 自建的集群（不是 ACK），跑的是 Terway ENI 多 IP 模式。要给部分 Pod 单独挂安全组、固定 IP，自建集群能开吗？")
    assert result.options[0].verdict == "recommended" and not result.options[0].plugin == "terway"


def test_an_underlay_cannot_take_addresses_the_network_keeps_from_pods():
    kept = Profile(network_ips_reserved=True, platform="vmware")
    assert check_status("kube-ovn:underlay", kept, "density") == "fail"
    assert check_status("kube-ovn:geneve", kept, "density") == "pass"


def test_both_roles_of_a_plan_add_up():
    assert facts("规划 3 master + 40 node，每台要跑 60~80 个 pod。").get("nodes") == 43
    assert facts("We plan 3 control-plane nodes and 12 workers.").get("nodes") == 15
    assert facts("60 nodes now, 400 next year.").get("nodes") == 400
