"""Fifteenth round, facts and kinds: someone else's advice and a past job's setup are not in use, "today" names what
runs, a bare Chinese count told by when, places counted with a CIDR between, nodes moved to another room, a need to
call by pod address, TCP alone or no UDP blocking encapsulations, a test cluster waved aside, unknown modes in Chinese
shapes, migrations to a named plugin, and kinds asked in other words. Each with a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.unknown import unknown_names
from reading_facts import CATALOG, facts


def test_advice_and_a_past_job_are_not_the_plugin_in_use_and_today_is():
    said = facts("We're on AKS with Azure CNI overlay today. Our platform guy says just install Calico OSS.")
    assert said["current_plugin"] == "azure-cni:overlay"
    assert "current_plugin" not in facts("A colleague from my last job used Calico with VXLANCrossSubnet and wants the same here.")
    assert facts("We used Calico with VXLANCrossSubnet for two years on these nodes.")["current_plugin"] == "calico:vxlan-crosssubnet"
    assert facts("我们用 flannel。上家公司用的 Cilium。")["current_plugin"] == "flannel"


def test_a_bare_chinese_count_told_by_when_and_not_a_switch_count():
    assert facts("节点分在三个交换机里，现在 30 台，年底要到 80 台。")["nodes"] == 80
    assert "nodes" not in facts("交换机现在是 2 台，够用。")


def test_places_counted_with_a_cidr_between_and_nodes_moved_to_another_room():
    assert facts("节点分在两个 /64 网段，中间路由器不跑 BGP。")["cross_subnet"] is True
    assert facts("nodes are in two /24 subnets")["cross_subnet"] is True
    assert facts("上周把两台 worker 从 A 机房迁到了 B 机房。")["cross_subnet"] is True
    assert "cross_subnet" not in facts("我们把所有节点从 A 机房迁到了 B 机房。")
    assert "cross_subnet" not in facts("pods get addresses from two /26 blocks")
    assert facts("节点都在同一个 region 的一个子网里")["cross_subnet"] is False
    assert facts("节点都在两个可用区的两个子网")["cross_subnet"] is True


def test_a_need_to_call_by_pod_address():
    assert facts("VPC 里的老服务需要直接用 Pod IP 调用集群里的服务。")["routable_pod_ips"] is True
    assert facts("the legacy VMs need to call the services directly via pod IP")["routable_pod_ips"] is True
    assert "routable_pod_ips" not in facts("老服务通过 Service 的 ClusterIP 调用集群里的服务。")


def test_tcp_alone_blocks_every_encapsulation_and_no_udp_the_udp_ones():
    assert set(facts("The firewall lets nothing but TCP through.")["encap_blocked"]) >= {"ipip", "vxlan", "geneve", "wireguard"}
    blocked = facts("UDP is blocked between the nodes.")["encap_blocked"]
    assert "vxlan" in blocked and "ipip" not in blocked
    assert facts("安全组只放行 TCP 和 UDP。")["encap_blocked"] == ["ipip"]
    # a list of ports opened is a configuration to fix, not a protocol refused
    assert "encap_blocked" not in facts("安全组只放行了 TCP 6443、10250 和 SSH。")


def test_a_test_cluster_waved_aside_is_not_the_cluster():
    said = facts("我们在阿里云 ACK 托管版上跑了大概 60 个节点。测试环境是自建的 k3s + flannel，那个不用管。")
    assert said["managed"] is True and "distribution" not in said
    assert facts("测试环境是自建的 k3s + flannel，跨节点不通。")["distribution"] == "k3s"


def test_unknown_modes_in_chinese_shapes():
    def unknown(text: str) -> list[str]:
        return unknown_names(CATALOG, text, [], lambda term: term in {"noencap", "antrea"})[0]
    assert unknown("Antrea 新版本出了个 FlowMesh 流量模式，想把 trafficEncapMode 改成 flowMesh") in (["FlowMesh"], ["flowMesh"])
    assert unknown("Antrea 的 noEncap 流量模式") == []


def test_a_move_to_a_named_plugin_is_wanted_and_an_or_between_costs_is_no_comparison():
    reading = understand("We run Calico IPIP on 40 nodes and want to move off it to Cilium. Can we migrate node by node without "
                         "rebuilding the cluster or taking a full outage?", CATALOG)
    assert reading.kind == "feasibility" and all(o.startswith("cilium:") for o in reading.wanted)
    assert understand("We run Calico. Is Cilium or Antrea better for us?", CATALOG).kind == "compare"
    assert understand("We moved from flannel to Calico last week and pods on other nodes time out.", CATALOG).wanted == []


def test_kinds_asked_in_other_words():
    assert understand("现在是 flannel vxlan，迁到什么 CNI 比较合适？", CATALOG).kind == "choice"
    assert understand("Calico 想改成 ipipMode: CrossSubnet，在 GCP 上行得通吗？", CATALOG).kind == "feasibility"
    assert understand("We run Calico VXLAN. If I turn on WireGuard, does that also cover the Windows nodes?", CATALOG).kind == "feasibility"


def test_questions_on_topic_by_networking_words_alone():
    assert understand("EKS worker nodes have a pod limit per instance type. How can we run more pods per node?", CATALOG).kind != "decline"
    reading = understand("My k3s cluster has 1 server and 1 agent, both behind different NATs. A notebook on the agent is not accessible.",
                         CATALOG)
    assert reading.kind == "troubleshoot" and reading.profile.cross_subnet is True
    assert understand("How do I renew the kubelet certificates? We have 3 nodes.", CATALOG).kind == "decline"


def test_directly_connected_nodes_not_pod_addresses():
    assert facts("The three servers are directly connected to each other with 10G cables.")["l2_adjacent"] is True
    assert "l2_adjacent" not in facts("On the same calico network, all of the ip-addresses of containers are directly connected.")


def test_traffic_between_nodes_secured_is_encryption():
    assert facts("If I used a public interface, how is flannel securing the communication between nodes?")["encryption"] is True
    assert "encryption" not in facts("How do we secure the API server?")


def test_a_pod_bound_for_good_to_its_first_address_and_an_egress_nat_address_is_not():
    assert facts("如果能让有状态的 pod 始终绑定它第一次创建时拿到的 IP 地址会很有帮助")["static_pod_ips"] is True
    said = facts("We need to NAT the pod's IP address to a reliable static IP from the VPC CIDR, similar to Cilium's egress gateway.")
    assert "static_pod_ips" not in said and "current_plugin" not in said


def test_one_nodes_load_in_chinese_is_density_not_a_one_node_cluster():
    said = facts("单节点要起 200 多个 Pod")
    assert said["pod_density"] is True and "nodes" not in said
    assert facts("AI 推理那几台节点希望一台跑 300+ 个小 pod。")["pod_density"] is True
    assert "pod_density" not in facts("一台机器上跑 5 个 pod")


def test_a_crosssubnet_mode_on_self_managed_gce_is_not_clean():
    from assistant.models import Profile
    from reading_facts import check_status
    # the GCE fabric drops the unencapsulated pod traffic a CrossSubnet mode sends inside each subnet, even when the
    # cluster spans several subnets ("two regions, ten nodes")
    spread = Profile(platform="gcp", managed=False, cross_subnet=True, nodes=10)
    assert check_status("calico:ipip-crosssubnet", spread, "l2") == "fail"
    assert check_status("calico:ipip", spread, "l2") == "pass"


def test_profile_words_of_the_fifteenth_round():
    assert facts("为啥我是在arm服务器上运行的，kk 一直在下载 amd 的包")["arch"] == "arm64"
    assert "arch" not in facts("我们有一台 arm 的开发板在办公室")
    said = facts("目前我的使用场景是kube-ovn用作第二网络插件")
    assert said["multi_nic"] is True and "current_plugin" not in said
    assert facts("the security team won't open UDP 4789 between them")["encap_blocked"] == ["vxlan"]
    assert facts("每台能分的 Pod IP 受 ENI 数量限制，经常不够用")["pod_density"] is True
    assert "current_plugin" not in facts("Explore eBPF w/ calico.")
    assert facts("all traffic stays in our own datacenter network, which we trust.")["untrusted_network"] is False


def test_advice_for_whoever_reads_is_not_the_writers_setup():
    assert facts("For anyone experiencing the networking problems when using Calico with Kubenet, here is a simple fix.") == {}
    assert "untrusted_network" not in facts("For cases where users don't trust the network this might be problematic.")
    assert facts("There is an AWS blog about replacing kube-proxy with calico in eBPF mode.") == {}
    assert facts("We run Calico with Kubenet on AWS; here is what we see.")["current_plugin"] == "calico"


def test_two_places_named_one_by_one_and_a_plugin_to_migrate_to():
    said = facts("RKE2 on plain GCE VMs, nodes split between a us-central1 subnet and a europe-west1 subnet.")
    assert said["cross_subnet"] is True
    assert "cross_subnet" not in facts("pods are in a /16 range and services in a /12 range")
    # a move to be chosen: the documentation on migrating is retrieved beside the options
    reading = understand("We run Weave on a large bare-metal cluster. Any suggestions to pick the right CNI to migrate to?", CATALOG)
    assert "migrat" in reading.query.lower().replace(reading.question.lower(), "")
    assert "migrat" not in understand("We run Weave on a large bare-metal cluster. Which CNI is fastest?", CATALOG).query.lower()


def test_denied_reach_a_range_that_cannot_grow_an_allowlisted_pod_range_a_past_setup_and_another_router():
    assert "routable_pod_ips" not in facts("Nothing outside the cluster needs to reach pods directly.")
    assert facts("Our on-prem systems need to reach pods directly by their IPs.")["routable_pod_ips"] is True
    assert facts("each subnet is a /24 that central networking carved for us and won't grow")["pod_density"] is True
    assert "pod_density" not in facts("our cluster won't grow beyond 10 nodes")
    assert facts("security wants to allowlist the pod range of one specific app (not node IPs)")["routable_pod_ips"] is True
    assert "current_plugin" not in facts("We used the Weave plugin on Swarm back in 2019. For the new kubeadm cluster, Weave or flannel?")
    assert facts("We use Calico since 2019 on these nodes.")["current_plugin"] == "calico"
    assert facts("I moved two of them to the garage, where they hang off a second router.")["cross_subnet"] is True
    assert "cross_subnet" not in facts("All five hang off the same router.")


def test_an_upgraded_kernel_a_teams_clusters_a_step_not_taken_and_tcp_with_icmp_only():
    assert facts("系统 CentOS 7.9，内核从 3.10 升级到了 5.4.278。")["kernel"] == "5.4"
    assert facts("暂时也不上 DPDK")["dpdk"] is False
    said = facts("The platform team's EKS clusters use the AWS VPC CNI, but ours is a 12-node kubeadm cluster on Proxmox VMs.")
    assert said["platform"] == "vm" and "current_plugin" not in said
    assert "ipip" in facts("The firewall between the sites passes only TCP and ICMP: no UDP, no IP protocol 4.")["encap_blocked"]
    assert facts("the firewall only allows TCP and UDP")["encap_blocked"] == ["ipip"]
    # a team's rules on our own network are ours
    assert facts("The security team's firewall rules between the servers let nothing but TCP through.")["encap_blocked"]


def test_a_remark_waved_aside_is_narrow():
    assert facts("We run 5 nodes on AWS, so it doesn't matter which plugin as long as it works.")["nodes"] == 5
    assert facts("We run Calico 3.26 on 5 nodes but Felix seems to ignore it.")["current_plugin"] == "calico"
    assert facts("For those 3 nodes we run Calico.")["current_plugin"] == "calico"
    # a side remark waved aside at its end
    assert "l2_adjacent" not in facts("Oh, and the coffee machines are on the same LAN, not relevant. Which CNI?")


def test_pod_routes_refused_with_the_pod_range_first():
    assert facts("网络组说交换机不会跟服务器跑 BGP，也不会给 Pod 网段加静态路由。")["pod_routes"] is False
    assert facts("网络组会给 Pod 网段加静态路由。")["pod_routes"] is True
