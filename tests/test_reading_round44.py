"""Forty-fourth round: misreadings found on held-out batch 44, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, vocabulary


def test_a_cloud_left_for_a_colo_is_not_the_platform():
    said = facts("We're pulling production out of AKS into our own server room: 10 Dell servers on one switch. What CNI for the new boxes?")
    assert said.get("platform") == "bare-metal"
    assert facts("Our production runs on AKS with 10 nodes. What CNI?").get("platform") == "azure"


def test_lifting_from_one_cloud_to_another_reads_the_destination():
    assert facts("We're lifting our kubeadm clusters from AWS to plain GCE VMs next month; one VPC.").get("platform") == "gcp"
    assert facts("Our kubeadm clusters run on plain GCE VMs; one VPC.").get("platform") == "gcp"


def test_one_cluster_stretched_over_both_sides_of_a_move_is_hybrid():
    said = facts("While we move out of our colo, one kubeadm cluster is stretched across both sides: 8 bare-metal workers in the cage "
                 "and 6 EC2 workers in a VPC, joined by a VPN.")
    assert said.get("platform") == "hybrid"
    # a move with no cluster across both places is no hybrid
    assert facts("We are moving from our colo to EC2 workers in a VPC next quarter.").get("platform") == "aws"


def test_a_negation_about_a_vlan_keeps_the_windows_nodes():
    said = facts("另外有 3 台 Windows Server 2019 worker，Windows 节点和 Linux 节点不在一个网段。")
    assert said.get("windows_nodes") is True and said.get("cross_subnet") is True
    assert facts("Windows 节点不在这次范围内。").get("windows_nodes") is False


def test_an_unmanaged_switch_is_still_one_switch():
    assert facts("6 台服务器插在一台不带网管的千兆交换机上。").get("l2_adjacent") is True
    assert facts("Four NUCs on an unmanaged switch in the lab.").get("l2_adjacent") is not False
    assert facts("节点不在同一个二层，中间隔着三层交换机。").get("l2_adjacent") is False


def test_the_thing_before_for_is_what_is_not_supported():
    assert facts("KubeVirt, which does not support ipam for sriov itself, gets its address from cloud-init.").get("sriov_nics") is True
    assert facts("Our NICs do not support SR-IOV.").get("sriov_nics") is False


def test_cannot_in_the_verb_bu_liao_form_refuses_bgp():
    assert facts("机房交换机是最便宜的那种，配不了 BGP。").get("bgp_fabric") is False
    assert facts("公有云那边没法跟我们做 peer，机房核心能跑 BGP。").get("bgp_fabric") is False
    assert facts("核心交换机能跑 BGP。").get("bgp_fabric") is True


def test_not_wanting_any_overlay_in_chinese_rules_encapsulation_out():
    assert set(facts("训练集群不想要任何 overlay，延迟很敏感。").get("encap_blocked", [])) >= {"vxlan", "ipip"}
    assert "encap_blocked" not in facts("overlay 也可以，不强求。")


def test_an_ebpf_data_plane_wished_in_chinese():
    assert facts("新集群数据面最好是 eBPF。").get("ebpf_dataplane") is True
    assert "ebpf_dataplane" not in facts("新集群数据面用 iptables 就行。")


def test_pods_that_cannot_take_the_networks_addresses():
    assert facts("The subnet is tiny, so pods can't use VPC IPs.").get("network_ips_reserved") is True
    assert facts("Networking won't carve out more address space for us.").get("pod_density") is True
    assert "network_ips_reserved" not in facts("Pods use VPC IPs today and that works.")


def test_systems_that_reach_pods_directly_in_chinese():
    assert facts("老的计费系统需要直接访问 Pod 的 IP，不走 Service。").get("routable_pod_ips") is True
    assert facts("旧系统直接访问 Pod，不经过 NodePort。").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("集群内的服务通过 Service 访问 Pod。")


def test_some_pods_on_the_lans_own_segment_need_a_second_interface():
    said = facts("有些 Pod 要直接拿办公网段的 IP 给打印机用。")
    assert said.get("multi_nic") is True
    assert "multi_nic" not in facts("Pod 拿的是 10.244.0.0/16 里的地址。")


def test_a_mode_weighed_in_another_sentences_question_is_not_the_running_one():
    said = facts("Cilium vs Calico eBPF for our fleet? We run Calico BGP today with IPIP off on 80 nodes.")
    assert said.get("current_plugin") == "calico:bgp"
    assert facts("We run Calico. IPIP or VXLAN?").get("current_plugin") == "calico"


def test_two_cloud_region_codes_are_two_subnets():
    assert facts("Workers sit in eu-west-1 and eu-central-1 of one account.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("All workers sit in eu-west-1.")


def test_a_previous_clusters_sentence_gives_back_the_new_clusters_needs():
    said = facts("Our last cluster ran flannel, but the new one must log every denied connection for the auditors.")
    assert said.get("policy_logging") is True
    assert "policy_logging" not in facts("Our previous cluster was on flannel and logged every denied connection for the auditors.")


def test_a_quoted_made_up_mode_of_three_words_is_unknown_but_a_real_one_spaced_is_not():
    known = vocabulary("vxlancrosssubnet", "nativerouting", "vxlan", "cross subnet")
    made_up = understand('Can Calico run in its "Warp Mesh Lane" mode?', CATALOG, vocabulary=known)
    assert made_up.kind == "decline" and made_up.unknown
    real = understand('Can Calico run in its "VXLAN Cross Subnet" mode across racks?', CATALOG, vocabulary=known)
    assert real.kind != "decline" and not real.unknown


def test_a_plugins_glued_resource_kind_keeps_the_question_on_topic():
    reading = understand("Creating a SriovNetworkNodePolicy for the card is denied: vendor/device 15b3/1017 is not supported", CATALOG)
    assert reading.kind != "decline"
    assert understand("How do I back up etcd with Velero?", CATALOG).kind == "decline"


def test_the_plugin_a_change_of_cni_moves_away_from_is_the_one_in_use():
    assert facts("We'd like to switch the pod network from weave to Antrea; 12 VMs.").get("current_plugin") == "weave"
    assert facts("Change CNI from kube-router to Calico. kube-router served us well.").get("current_plugin") == "kube-router"
    assert "current_plugin" not in facts("Should we change the CNI to Calico?")


def test_a_source_destination_check_the_cloud_team_keeps_on_in_chinese():
    assert facts("ECS 网卡开着源/目的检查，云管不给关。").get("l2_adjacent") is False
    assert facts("ECS 网卡的源/目的检查已经关了。").get("l2_adjacent") is not False
