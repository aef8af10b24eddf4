"""Sixty-second round: readings and plans from held-out batch 62 (blind448-451), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.symptoms import symptom_checks, symptom_topics
from reading_facts import CATALOG, facts, planned


def test_a_bgp_session_that_never_comes_up_is_a_setting_of_the_network_not_the_mode():
    text = ("Calico BGP, no encap, R7 nodes peer with their ToR via a BGPPeer. calico-node there is 0/1 with "
            "\"BIRD is not ready: BGP not established with 10.7.0.1\". Should we give up and move R7 to VXLAN?")
    assert "bgp" in symptom_checks(text) and "bgp" in symptom_topics(text, between_nodes=False)
    assert "interface" not in symptom_topics(text, between_nodes=False)  # its own passage names a wrong node address too
    assert planned(text).options[0].id == "calico:bgp"
    # the move asked for leads where no symptom says a setting of the mode in use fixes it
    assert planned("We run Calico BGP. How do we move to VXLAN mode?").options[0].id == "calico:vxlan"


def test_large_responses_with_a_word_between_are_the_path_mtu():
    text = "Cilium in VXLAN mode on OpenStack VMs. Small requests are fine, but big HTTP responses and scp between pods on different nodes just hang."
    assert "mtu" in symptom_checks(text)
    assert "mtu" not in symptom_checks("Cilium in VXLAN mode: a big cluster of 300 nodes, pods on different nodes hang at start-up.")


def test_the_plugin_in_use_without_its_mode_offers_its_modes_before_a_rival_wondered_about():
    text = ("Self-managed kubeadm on Azure VMs (not AKS), Calico installed from the default manifest. Pods on another VM time out. "
            "I keep reading Cilium would 'just work' here - do I switch, or is this a Calico setting?")
    assert planned(text).options[0].plugin == "calico"


def test_every_overlay_blocked_by_a_security_group_keeps_the_mode_in_use():
    text = "华为云上自建 k8s，Calico 已经改成 VXLAN 模式，但跨节点 Pod 还是不通。安全组只放行了 TCP 全端口和 ICMP。是不是只能换 flannel？"
    assert planned(text).options[0].id == "calico:vxlan"


def test_a_compare_whose_named_candidates_are_all_ruled_out_keeps_the_mode_in_use():
    text = "现有 Calico（IPIP）集群，节点是 CentOS 7.9（3.10 内核）。想打开 Calico 的 eBPF 数据面，能直接开吗？或者干脆全换成 Cilium？"
    assert planned(text).options[0].id == "calico:ipip"
    # a candidate that runs here is weighed: the mode in use is no longer the only answer
    assert planned("现有 Calico（IPIP）集群，节点是 Ubuntu 22.04。Calico VXLAN 和 Cilium 哪个好？").options[0].id != "calico:ipip"


def test_a_named_plugin_with_restricted_windows_support_leads_a_feasibility_answer():
    result = planned("我们要在 Linux 集群里加入 Windows 节点。kube-ovn 现在支持 Windows 节点了么？")
    assert result.options[0].plugin == "kube-ovn"
    # one that does not support Windows at all stays behind the ones that do
    assert planned("We need Windows worker nodes. Does Cilium support Windows nodes?").options[0].plugin != "cilium"


def test_weighing_two_options_and_a_third_as_a_fallback_is_a_compare_not_a_plugin_in_use():
    reading = understand("自建集群，同事想上 Calico BGP；我倾向 Terway ENI 多 IP。这俩怎么取舍？flannel vxlan 算不算备选？", CATALOG)
    assert reading.kind == "compare" and reading.profile.current_plugin is None
    assert facts("自建集群，现在跑的是 flannel vxlan，跨节点不通。").get("current_plugin") == "flannel:vxlan"


def test_a_plugin_first_wanted_then_thought_better_of_is_ruled_out():
    reading = understand("三台树莓派在同一个路由器上。本来想上 Cilium 玩玩 Hubble，后来想想内存太小，算了。用哪个？", CATALOG)
    assert "cilium" in reading.profile.ruled_out and "cilium" not in reading.asked
    english = understand("Originally I wanted to use Cilium for Hubble, but on second thought the Pis only have 4 GB. Which CNI?", CATALOG)
    assert "cilium" in english.profile.ruled_out
    assert "cilium" not in (understand("本来就想上 Cilium，用哪个模式？", CATALOG).profile.ruled_out or [])


def test_pis_said_to_run_a_32_bit_os_hold_back_a_mixed_fleet():
    text = "10 Dell x86 servers plus 6 Ampere Altra (aarch64) boxes, and four Raspberry Pi 3Bs running 32-bit Raspbian."
    said = facts(text)
    assert said.get("arch") == "armv7" and said.get("nodes") == 20
    assert facts("10 Dell x86 servers plus 6 Ampere Altra (aarch64) boxes.").get("arch") == "arm64"


def test_counts_across_a_board_model_and_an_old_small_host():
    assert facts("3 台树莓派 4（64 位 Ubuntu 22.04）加 2 台旧 x86 小主机，全插在同一个路由器上。").get("nodes") == 5
    assert facts("3 台树莓派 4，全插在同一个路由器上。").get("nodes") == 3


def test_a_host_name_with_a_distro_in_it_is_no_release():
    assert "os" not in facts("kubectl get no: centos72-k8s Ready <none>; k8s-node1 Ready")
    assert facts("nodes on centos7, kernel untouched").get("os") == "centos 7"


def test_virtual_private_servers_and_ipv4_exhaustion():
    assert facts("The Virtual Private Servers I chose have no private network option.").get("platform") == "cloud"
    assert facts("Resolve EKS IPv4 exhaustion with custom networking").get("pod_density") is True
    assert "pod_density" not in facts("EKS with IPv4 addresses for pods, dual stack later")


def test_pods_on_some_nodes_that_cannot_reach_pods_on_others_are_between_nodes():
    text = "Cluster is flannel vxlan. Pods on the rebuilt Rocky nodes can't reach pods on the nodes still on CentOS 7. Any idea?"
    reading = understand(text, CATALOG)
    assert reading.between_nodes and "firewalld" in reading.query
    assert not understand("flannel vxlan: pods on the rebuilt nodes can't reach the internet. Any idea?", CATALOG).between_nodes
