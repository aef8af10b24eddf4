"""Sixty-ninth round: readings from held-out batch 69 (blind480-487), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_the_writers_first_pick_is_a_candidate_not_the_plugin_in_use():
    for text in ("We're leaning towards Cilium native routing for the new 40-node cluster, nodes on one L2. Good idea?",
                 "12 VMs on Proxmox across two VLANs. Calico cross-subnet VXLAN was my first thought, is that right?",
                 "Was thinking kube-router since it's simple. 10 nodes, same switch, need netpol."):
        assert "current_plugin" not in facts(text), text
    assert facts("We run kube-router since it's simple. 10 nodes, same switch.").get("current_plugin") == "kube-router"
    assert facts("We keep an eye on latency; our Calico runs VXLAN on 10 nodes.").get("current_plugin") == "calico:vxlan"


def test_a_pick_put_up_for_a_verdict_is_a_feasibility_question():
    read = understand("We're leaning towards Cilium native routing for the new 40-node cluster, nodes on one L2. Good idea?", CATALOG)
    assert read.kind == "feasibility" and read.options == ["cilium:native-routing"]
    assert understand("我本来想用 flannel host-gw，节点都在一个网段，20台，这个思路对吗？", CATALOG).wanted == ["flannel:host-gw"]
    assert understand("Cilium native routing: what is it? A good idea for the docs team to explain.", CATALOG).kind == "concept"


def test_cross_subnet_named_before_the_encapsulation():
    assert understand("Calico cross-subnet VXLAN across two VLANs, is that fine?", CATALOG).options == ["calico:vxlan-crosssubnet"]
    assert understand("Calico cross-subnet IPIP across two VLANs, is that fine?", CATALOG).options == ["calico:ipip-crosssubnet"]


def test_a_question_about_something_running_outside_kubernetes_or_a_gpu_device_plugin_is_declined():
    assert understand("公司门户网站前面的 Nginx（装在物理机上，不在 k8s 里）每天晚上偶发 502，是 keepalive 配置的问题吗？", CATALOG).kind == "decline"
    assert understand("Pods requesting nvidia.com/gpu stay Pending and the nvidia-device-plugin logs 'could not load NVML'. How do I fix "
                      "the containerd runtime config?", CATALOG).kind == "decline"
    assert understand("We're rebuilding on 40 bare-metal GPU servers on one pair of switches. What pod networking should the new cluster "
                      "use?", CATALOG).kind == "choice"
    assert understand("Nginx 在 k8s 里跑，pod 之间偶发 502，跨节点才出现，calico vxlan", CATALOG).kind != "decline"


def test_windows_nodes_added_to_a_cluster_that_was_all_linux():
    text = "集群原来全是 Linux，Calico 用的 IPIP。上周加了 4 台 Windows Server 2022 工作节点，Windows 上的 Pod 跟 Linux 上的 Pod ping 不通。"
    assert facts(text).get("windows_nodes") is True
    assert facts("The cluster was all Linux until last month; now it has 3 Windows Server 2022 workers.").get("windows_nodes") is True
    assert facts("集群全是 Linux，以后也不会有 Windows 节点").get("windows_nodes") is False


def test_the_data_plane_moved_from_names_the_plugin_in_use_and_the_one_moved_to_is_wanted():
    read = understand("我们在考虑把现网 Calico 从 iptables 数据面切到 eBPF，集群里有 SCTP 的 Service，切 eBPF 会不会出问题？", CATALOG)
    assert read.kind == "feasibility" and read.wanted == ["calico:ebpf"] and read.profile.current_plugin == "calico"
    read = understand("Calico from the manifest with default settings on 8 Azure VMs; cross-node pods time out. Would switching the pool "
                      "to VXLAN fix it?", CATALOG)
    assert read.wanted == ["calico:vxlan"] and read.profile.current_plugin == "calico"


def test_a_greenfield_cluster_runs_no_plugin_yet():
    text = ("Greenfield cluster, IPv6-only: 25 bare-metal nodes over several routed /64s, no BGP. We'd like Cilium in its default "
            "tunnel mode. Is VXLAN over an IPv6 underlay a thing in Cilium, or are we forced into native routing?")
    assert "current_plugin" not in facts(text)
    assert facts("Our cluster runs Cilium in native routing mode; is VXLAN over an IPv6 underlay a thing in Cilium?").get(
        "current_plugin") == "cilium:native-routing"


def test_network_addresses_refused_to_pods_in_other_words():
    assert facts("The network team flat-out refused to add another CIDR to the VPC.").get("network_ips_reserved") is True
    text = ("The VPC is shared with a dozen other business units, and network governance flatly said pod addresses must not come out "
            "of the VPC CIDR.")
    assert facts(text).get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("A dozen other teams run Cilium on EKS and pods there get VPC addresses.")


def test_the_public_ip_pods_try_to_reach_places_no_node():
    text = "On-prem, Calico BGP-peered with our two core switches. curl to any public IP from a pod times out."
    read = facts(text)
    assert read.get("bgp_fabric") is True and "cross_subnet" not in read
    assert facts("Two nodes talk over public IPs, one at home and one in a cloud.").get("cross_subnet") is True


def test_ipsec_only_said_as_only_with_ipsec_or_wireguard_off_their_list():
    text = "Infosec signed off on encryption, but only with IPsec: WireGuard isn't on their approved crypto list yet."
    assert facts(text).get("encryption_protocol") == "ipsec"
    assert facts("We need encryption, IPsec or WireGuard both fine.").get("encryption_protocol") is None


def test_a_fixed_egress_address_asked_for_as_a_verb_in_chinese():
    assert facts("能不能让某个 namespace 的 pod 出集群时固定用一两个出口 IP？").get("egress_ip") is True
    assert "egress_ip" not in facts("pod 出集群时用的是节点 IP，这样正常吗？")


def test_an_on_premises_site_that_reaches_pods_over_a_private_line_runs_no_nodes():
    text = ("阿里云 ACK 托管版上准备新建一个集群，60 台 ecs.g7，分在两个可用区的 vSwitch 里。RDS 白名单要按 pod IP 放行，"
            "IDC 机房那边走专线过来也要能直接访问 pod IP。")
    read = facts(text)
    assert read.get("platform") == "aliyun" and read.get("routable_pod_ips") is True
    assert facts("一个集群：IDC 机房 10 台物理机，阿里云 ECS 5 台，走专线互通。").get("platform") == "hybrid"


def test_pods_kept_from_being_snatted_to_the_node_address():
    text = "阿里云 ECS 自建集群，RDS 的白名单希望直接按 pod 所在交换机的网段放行，不想让 pod 流量都 SNAT 成节点 IP。"
    assert facts(text).get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("阿里云 ECS 自建集群，pod 访问 RDS 时 SNAT 成节点 IP，白名单放节点网段就行。")


def test_what_people_in_general_do_is_no_fact_of_the_writers_cluster():
    text = "通常大家在公有云上使用厂家提供的 CNI 组件，但在 IDC 自建集群时就要选型。我司在自建机房内用 Calico BGP。"
    assert facts(text).get("platform") == "bare-metal"
    assert "platform" not in facts("本地开发测试，搭一个 K8s 轻量服务。实际部署时，可以用云厂商的 K8s 服务。")
    assert facts("大家好，我们在阿里云上有 10 台 ECS。").get("platform") == "aliyun"


def test_an_unreachable_service_is_a_symptom_and_a_bug_is_no_second_option():
    read = understand("[Canal] A NodePort Service can't be reached externally; I tested with both Flannel and Calico. "
                      "Is this a lack of documentation or a bug?", CATALOG)
    assert read.kind == "troubleshoot"
    assert understand("Flannel or Calico for 5 nodes on one switch?", CATALOG).kind == "compare"


def test_nodes_spread_over_several_routed_prefixes_are_apart():
    assert facts("25 bare-metal nodes scattered over several routed /64s, IPv6-only.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("25 bare-metal nodes, pods get /64s from the pool.")


def test_two_modes_of_one_plugin_compared_and_one_ruled_out_leave_the_other_first():
    text = ("Greenfield cluster, IPv6-only: 25 bare-metal nodes scattered over several routed /64s, no BGP, no static routes for pod "
            "CIDRs. We'd like Cilium in its default tunnel mode. Is VXLAN over an IPv6 underlay a thing in Cilium, or are we forced "
            "into native routing?")
    from assistant.planning import plan
    read = understand(text, CATALOG)
    assert read.kind == "compare"
    result = plan(read, CATALOG)
    assert result is not None and result.options[0].id == "cilium:vxlan"


def test_a_bundled_network_that_stops_starting_after_a_kernel_change_is_ours():
    text = ("I upgraded my Raspberry Pi 4s to Ubuntu 21.10. The K3s installation script tries to start, fails, and then restarts "
            "the process again. Are there extra steps?")
    assert understand(text, CATALOG).kind != "decline"
    assert understand("k3s keeps restarting after I updated the Raspberry Pi; etcdserver says database space exceeded",
                      CATALOG).kind == "decline"
    assert understand("k3s agent keeps restarting after upgrading to v1.28, pods fine otherwise", CATALOG).kind == "decline"
