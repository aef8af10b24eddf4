"""Fifty-eighth round: readings left from batch 57 and from held-out batch 58 (blind432-435), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, vocabulary


def test_a_count_split_over_subnets_is_a_part_not_a_plan():
    assert facts("kube-router on 14 Azure VMs, 7 in 10.1.0.0/24 and 7 in 10.1.1.0/24.").get("nodes") == 14
    assert facts("10 servers, 5 in rack A and 5 in rack B.").get("nodes") == 10
    assert facts("We have 60 nodes now, 400 in two years.").get("nodes") == 400
    assert facts("20 nodes today, 50 in Q3.").get("nodes") == 50


def test_a_macvlan_address_that_does_not_answer_is_no_l2_isolation():
    assert "l2_adjacent" not in facts("从别的虚机 ping 这些 Pod 的 macvlan 地址都不通。")
    assert facts("节点之间 arp 被隔离了。").get("l2_adjacent") is False


def test_macvlan_dropped_by_a_port_group_leads_to_ipvlan_not_to_multus():
    text = ("vSphere 7 的虚机上跑 k8s。用 Multus 给一部分 Pod 加了第二块 macvlan 网卡，想让 Pod 直接拿物理网段的 IP。"
            "从别的虚机 ping 这些 Pod 的 macvlan 地址都不通。端口组的安全策略是默认的，我们没权限改。该怎么办？")
    assert planned(text).options[0].id == "ipvlan"


def test_a_distribution_in_a_slash_list_of_others_is_not_the_writers():
    assert "distribution" not in facts("Cilium refuses to start when running K8s/OCP/OKD on RHEL-based operating systems.")
    assert facts("We run OCP 4.14 on bare metal.").get("distribution") == "openshift"


def test_cluster_add_ons_called_plugins_are_no_unknown_cni():
    text = "根据教程（flannel 网络）创建了集群，也安装了dns、dashboard、ingress-nginx插件，但是容器 ping 不通其他服务器"
    assert understand(text, CATALOG, vocabulary=vocabulary("flannel")).unknown == []
    assert understand("我们想试试 Hyperlane 网络插件，它支持 IPv6 吗？", CATALOG, vocabulary=vocabulary("flannel")).unknown


def test_two_primaries_compared_beside_multus_in_use_lead():
    text = ("OVN-Kubernetes vs Antrea for OVS hardware offload on ConnectX-6 Dx: which is the better fit? 60 bare-metal nodes, "
            "sriov-network-device-plugin and Multus deployed. We want the primary pod network itself offloaded.")
    assert planned(text).options[0].plugin in ("ovn-kubernetes", "antrea")


def test_multus_not_used_or_out_of_reach_is_no_second_interface():
    assert facts("AMF 的 N2 接口直接跑在 pod 主网络上，没用 Multus。").get("multi_nic") is False
    text = "节点是虚拟机、网卡是 virtio，所以 Multus + SR-IOV 那套用不了。听说 Calico 有个用户态数据面，可行吗？"
    said = facts(text)
    assert "multi_nic" not in said and "current_plugin" not in said
    assert "multus" in understand(text, CATALOG).fact("ruled_out").value
    assert facts("我们用 Multus 给 Pod 加第二块网卡。").get("multi_nic") is True


def test_a_mode_only_tried_is_not_the_mode_in_use():
    assert facts("We run Calico (BGP, no encap) on 48 nodes and tried turning on the eBPF data plane; calico-node goes unready.")[
        "current_plugin"] == "calico:bgp"
    assert facts("我们 Calico 是 BGP 模式，尝试开启了 eBPF 数据面，结果一半节点起不来")["current_plugin"] == "calico:bgp"
    assert facts("We run Calico BGP on 48 nodes; we turned on the eBPF data plane last week.")["current_plugin"] == "calico:ebpf-noencap"


def test_a_must_from_whoever_sets_the_rules_is_the_writers_requirement():
    assert facts("现在老板突然说 pod 之间走公网的流量必须加密。").get("encryption") is True
    assert facts("The boss says pod traffic between nodes must be encrypted.").get("encryption") is True
    assert "l2_adjacent" not in facts("网上说 host-gw 必须二层互通。")


def test_one_cluster_put_together_from_three_vendors_is_a_cloud_without_one_vendor():
    assert facts("阿里云 ECS 一台、腾讯云轻量一台、华为云一台，想用 kubeadm 拼一个三节点集群练手。").get("platform") == "cloud"
    assert facts("阿里云上一个集群，腾讯云上另一个集群。").get("platform") == "aliyun"


def test_a_classmates_word_is_a_report():
    assert "latency_sensitive" not in facts("同学说 flannel 用 host-gw 性能最好，到底选啥？")


def test_a_plugin_named_for_a_cluster_still_to_be_built_is_not_in_use():
    text = "三台云服务器，想用 kubeadm 拼一个三节点集群练手，只能走公网。flannel 要怎么知道每台机器的公网地址？"
    assert "current_plugin" not in facts(text)
    assert facts("我们的 kubeadm 集群用 flannel，flannel 要怎么知道每台机器的公网地址？").get("current_plugin") == "flannel"


def test_a_flag_seen_on_an_installers_menu_is_not_the_setup():
    assert "current_plugin" not in facts("跨节点的 pod 不通。看到 k3s 有 --flannel-backend=wireguard-native 和 --node-external-ip，这个场景能用吗？")
    assert facts("k3s 用的 --flannel-backend=wireguard-native，跨节点不通").get("current_plugin") == "flannel:wireguard"


def test_a_plugin_run_beside_its_installer_is_in_use():
    assert facts("一共 4 台 VM 跑 kubeadm + flannel，现在是默认的 vxlan。").get("current_plugin") == "flannel:vxlan"


def test_a_yes_no_before_a_detail_question_is_a_feasibility_question():
    assert understand("我们 flannel 现在是 vxlan。改成 host-gw 可不可行？能快多少？", CATALOG).kind == "feasibility"
    assert understand("flannel vxlan 默认端口是多少？", CATALOG).kind == "concept"


def test_the_machines_own_second_nic_is_no_second_pod_interface():
    assert "multi_nic" not in facts("3 台 OVH 独立服务器，用 vRack 把它们的第二块网卡连起来，官方说 vRack 是二层互通的。")
    assert facts("有几个 pod 需要第二张网卡接到存储网。").get("multi_nic") is True


def test_a_wrong_interface_keeps_the_plugin_in_use_whatever_rival_is_wondered_about():
    text = ("VirtualBox 开了三台虚拟机，每台两块网卡：网卡1 是 NAT，网卡2 是 host-only。flannel 也装好了，但不同节点上的 pod 互相 ping 不通。"
            "flannel 日志里写着 Using interface with name enp0s3 and address 10.0.2.15。要不要换 calico？")
    assert planned(text).options[0].plugin == "flannel"


def test_a_quoted_headline_names_no_plugin_of_the_writers():
    text = ("Single Linode running k3s for side projects. Do I even need to think about the CNI on one node? "
            "I keep reading \"replace flannel with Cilium\" posts. I do NOT need network policies and want this to stay light.")
    assert planned(text).options[0].plugin == "flannel"


def test_an_option_only_the_managed_service_has_waits_for_the_cluster_to_be_said_to_be_it():
    text = ("kube-router doing pod networking on 14 Azure VMs, 7 in 10.1.0.0/24 and 7 in 10.1.1.0/24. "
            "Pods crossing to the other subnet time out. Any idea what's wrong?")
    top = planned(text).options[0]
    assert top.plugin != "azure-cni"
    aks = planned("AKS cluster on the Azure CNI overlay, 14 nodes. Pods crossing to the other subnet time out. Any idea what's wrong?")
    assert aks.options[0].plugin == "azure-cni"


def test_a_change_of_the_mode_in_use_pins_the_plugins_own_passage():
    from assistant.pinned import mode_change

    reading = understand("4 台 VM 跑 kubeadm + flannel，现在是默认的 vxlan。想问改成 host-gw 可不可行？", CATALOG)
    assert mode_change(reading) == "flannel"
    assert mode_change(understand("4 台 VM 跑 kubeadm + flannel，现在是默认的 vxlan，跨节点不通。", CATALOG)) is None


def test_the_control_plane_listed_before_the_parts_joins_them():
    assert facts("I run a mixed k8s cluster: 1 control plane, 4 linux nodes and 2 windows 2019 server nodes.").get("nodes") == 7
    assert facts("4 linux nodes and 2 windows nodes").get("nodes") == 6


def test_one_node_said_as_the_clusters_configuration_or_an_all_in_one_install():
    assert facts("Cluster Configuration: One node.").get("nodes") == 1
    assert facts("使用 aio 方式部署。kubeasz版本: 3.6.7").get("nodes") == 1
    assert "nodes" not in facts("One node can't reach the others.")


def test_an_ip_pool_running_short_or_many_pods_over_few_nodes_is_density():
    assert facts("集群默认 calico 子网池不足时会新增一个子网池").get("pod_density") is True
    assert facts("I want to run 50000 pods on all 5 instances using a single EKS cluster.").get("pod_density") is True
    assert facts("10 台节点跑 3000 个 Pod").get("pod_density") is True
    assert "pod_density" not in facts("We run 500 pods across 10 nodes.")
