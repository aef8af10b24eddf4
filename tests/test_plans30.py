"""Thirtieth round, plans: the plugin in use asked whether it can go on, a move away from the plugin in use, and Cilium
multicast's kernel floors."""

from __future__ import annotations

from assistant.models import Profile
from reading_facts import check_status, planned


def _top(text: str) -> str:
    return planned(text).options[0].id


def test_the_plugin_in_use_leads_where_only_its_own_setting_must_change():
    kube_router = ("kube-router 能不能跨机房用？我们两个机房各 8 台节点，不在一个网段，核心交换机不跟服务器建 BGP 邻居。"
                   "机房之间的防火墙只放行 TCP/UDP，IPIP 这种协议号 4 的包会被丢掉。现在单机房用 kube-router 挺好的，想直接扩过去。")
    assert _top(kube_router).startswith("kube-router")
    wireguard = ("线上集群用的 Calico（IPIP 模式），18 台节点，大部分是 Ubuntu 22.04，还有 3 台老的 CentOS 7.9（3.10 内核）暂时下不掉。"
                 "合规要求节点之间的 Pod 流量要加密，Calico 自带的 WireGuard 能直接开吗？")
    assert _top(wireguard).startswith("calico")
    # an add-on the feature needs is still a no
    assert not _top("We run flannel on 10 kubeadm nodes. Can flannel enforce our NetworkPolicies?").startswith("flannel")


def test_switching_the_cni_leaves_the_one_in_use():
    text = ("机房里三台 Proxmox 宿主机，上面 12 台 Debian 12 虚拟机，同一个 192.168.10.0/24。之前的 flannel 是随手装的，"
            "老板说要上 eBPF、把 kube-proxy 干掉。打算新建一套集群顺便换 CNI，用哪个合适？")
    assert _top(text).split(":")[0] in ("cilium", "calico")


def test_cilium_multicast_needs_kernel_6_on_arm64():
    arm = Profile(multicast=True, arch="arm64", kernel="5.15")
    assert check_status("cilium:vxlan", arm, "combos") == "fail"
    assert check_status("cilium:vxlan", Profile(multicast=True, arch="amd64", kernel="5.15"), "combos") != "fail"
    assert check_status("cilium:vxlan", Profile(multicast=True, arch="arm64", kernel="6.1"), "combos") != "fail"
    assert check_status("cilium:vxlan", Profile(multicast=True, kernel="4.19"), "combos") == "fail"



def test_the_vpc_cni_encrypts_only_with_wireguard_chained_beside_it():
    assert check_status("aws-vpc-cni", Profile(encryption=True, platform="aws"), "encryption") == "warn"
    assert check_status("flannel:vxlan", Profile(encryption=True), "encryption") == "fail"


def test_a_move_told_with_both_ends_does_not_leave_its_destination():
    text = ("Migrating from Calico to Amazon VPC. I've been doing PoCs to check if it's possible to change the CNI of a given "
            "Kubernetes cluster from Calico to amazon-vpc-cni-k8s with 0 downtime. In the time between deploying "
            "amazon-vpc-cni-k8s as CNI and assigning a new IP to old pods by deleting them, requests were not stable. Is that possible?")
    assert _top(text) == "aws-vpc-cni"
