"""Sixty-seventh round: readings from held-out batch 67 (blind472-475), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_an_older_clusters_setup_is_not_the_new_ones():
    text = ("New cluster: 6 Ubuntu 22.04 Linux nodes plus 4 Windows Server 2022 workers, bare metal on the same VLAN. "
            "On our old Linux-only cluster we ran Calico with IPIP. What should we use this time?")
    read = facts(text)
    assert read.get("windows_nodes") is True and "current_plugin" not in read
    assert facts("Our cluster is Linux-only: 6 Ubuntu nodes on one VLAN. Which CNI?").get("windows_nodes") is False


def test_address_space_refused_or_nearly_full_is_read():
    text = ("EKS, ~180 nodes across three private /20 subnets. We're burning through the VPC: the subnets sit at ~90% used and the "
            "network team has said no more RFC1918 space for us, not even a secondary CIDR. What CNI setup instead of aws-node?")
    read = facts(text)
    assert read.get("pod_density") is True and read.get("network_ips_reserved") is True
    assert planned(text).options[0].id not in ("aws-vpc-cni", "cilium:eni")
    assert "network_ips_reserved" not in facts("EKS, ~180 nodes across three private /20 subnets at 40% used. Which CNI?")


def test_a_transfer_of_some_size_that_stalls_is_the_path_mtu():
    text = ("OpenStack VMs, eth0 MTU 1450, 15 nodes on Calico VXLAN. Pods on different nodes: ping works, but pulling a 5 MB file "
            "hangs forever and TLS handshakes to a couple of services stall. Do we need to switch to IPIP?")
    assert "mtu" in understand(text, CATALOG).suspects
    assert planned(text).options[0].id == "calico:vxlan"
    assert "mtu" not in understand("Pulling a 5 MB file from S3 takes two seconds. Calico VXLAN, 15 nodes.", CATALOG).suspects


def test_a_second_nic_on_each_node_is_no_second_subnet_of_nodes():
    text = ("新扩容的 4 台物理机是双网卡：ens192 走业务（10.20.0.0/16），ens224 是存储网（192.168.100.0/24）。集群是 Calico BGP 全互联。"
            "新节点上的 pod 跟老节点的 pod 不通，calicoctl node status 看到新节点的 peer 地址是 192.168.100.x。要不要换成 VXLAN？")
    assert "cross_subnet" not in facts(text)
    assert planned(text).options[0].id == "calico:bgp"
    assert facts("节点分在 10.20.0.0/24 和 10.30.0.0/24 两个网段。").get("cross_subnet") is True


def test_the_mode_used_by_default_and_protocols_refused_in_chinese():
    text = ("OpenStack 上自建 K8s，30 台虚机分在两个子网里，Calico 用的是默认的 IPIP（Always）。安全组规范只允许按 TCP/UDP/ICMP 写规则，"
            "不给放其他 IP 协议。迁完以后同一台节点上的 pod 互通正常，跨节点的 pod 全部不通，calicoctl node status 里 BGP 邻居都是 Established。")
    read = facts(text)
    assert read.get("current_plugin") == "calico:ipip" and read.get("nodes") == 30 and read.get("encap_blocked") == ["ipip"]
    assert facts("要把一部分节点搬到一个不让 IPIP 过的网络环境").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("现在的网络环境 IPIP 可以过，Calico 用的是默认的 IPIP。")


def test_the_hosts_lan_is_not_the_nat_vms_segment():
    text = ("两台笔记本上各跑 VMware，虚机都是 NAT 网卡，宿主机在同一个办公室局域网里，一共 5 个节点。flannel 用的 host-gw，跨笔记本的 pod 不通。")
    assert facts(text).get("l2_adjacent") is False
    assert planned(text).options[0].id != "flannel:host-gw"
    assert facts("三台物理机在同一个局域网里").get("l2_adjacent") is True


def test_the_kernel_refusing_vxlan_and_a_misspelt_centos():
    read = facts("flanneld can not start [VXLAN init: operation not supported]. it is CenOS 7")
    assert read.get("encap_blocked") == ["vxlan"] and read.get("os") == "centos 7"
    assert "encap_blocked" not in facts("flanneld started, VXLAN init: done. it is CentOS 7")


def test_an_egress_address_is_no_static_pod_address():
    text = "EKS in public subnets. Is it possible to make outbound requests from pods appear to come from a static ip address?"
    read = facts(text)
    assert read.get("egress_ip") is True and "static_pod_ips" not in read
    assert facts("Our pods need a static IP that survives restarts.").get("static_pod_ips") is True


def test_an_ansible_inventory_counts_its_hosts():
    text = "[all] master01 ansible_host=10.10.15.198; master02 ansible_host=10.10.15.199; app01 ansible_host=10.10.15.201; [kube-master] master01"
    assert facts(text).get("nodes") == 3
