"""Nineteenth round: profile misreadings left on the earlier held-out profile sets (2026-12-04), each with a
near-miss that must keep its reading."""

from __future__ import annotations


def test_how_things_tend_to_be_is_no_setup():
    from reading_facts import facts
    text = ("CNI plugins such as flannel require that the network between nodes are reachable, but in edge scenarios, it often appears "
            "that edge nodes and cloud nodes belong to different local area networks, and the cloud nodes are generally assigned public "
            "network IP while edge nodes will not.")
    found = facts(text)
    assert "platform" not in found and "untrusted_network" not in found and "current_plugin" not in found
    zh = facts("公有云环境下 IPIP 很多时候会被安全组拦截，我们在阿里云上用 calico")
    assert "encap_blocked" not in zh and zh.get("platform") == "aliyun"
    # said of the writer's own cluster, the same words are facts
    assert facts("Our edge nodes sit in different LANs from the cloud nodes.").get("platform") == "edge"
    assert facts("阿里云上的安全组拦截了 IPIP，我们用 calico").get("encap_blocked") == ["ipip"]


def test_subnets_beside_ip_pools_are_ipam_objects():
    from reading_facts import facts
    assert "cross_subnet" not in facts("[BUG] 集群中存在多个子网和 IP 池时，kubeovn 无法正确识别 logical_switch 注解")
    assert "cross_subnet" not in facts("With multiple subnets and IP pools defined, Kube-OVN assigns the wrong address.")
    assert facts("我们的节点分布在多个子网，用的是 kube-ovn").get("cross_subnet") is True


def test_a_public_ip_made_for_egress_places_no_node():
    from reading_facts import facts
    text = "By the docs, the first public IP created in the cluster is the one used for every egress traffic."
    assert "cross_subnet" not in facts(text)
    assert "cross_subnet" not in facts("The public IP used for the load balancer changes on every redeploy.")
    assert facts("Our nodes talk to each other over public IPs.").get("cross_subnet") is True


def test_a_simulated_cluster_size_is_no_count():
    from reading_facts import facts
    assert "nodes" not in facts("脚本模拟 100 个节点的 pinger 请求，并发启动 5 个脚本时（等价于模拟500个节点），cpu 占用到 60% 以上")
    assert "nodes" not in facts("We simulated 500 nodes against the API server.")
    assert facts("集群有 100 个节点，pinger 请求压力很大").get("nodes") == 100


def test_addresses_already_running_out_and_forwarding_in_ebpf():
    from reading_facts import facts
    assert facts("We run 1,200 nodes on EKS and pod IPs are already running out in our /19 subnets.").get("pod_density") is True
    assert "pod_density" not in facts("We run 1,200 nodes on EKS; pod IPs are plentiful.")
    found = facts("之前用的是 weave，去年已经全部迁到 cilium 了，现在 kube-proxy 也去掉了，Service 转发完全走 eBPF。")
    assert found.get("ebpf_dataplane") is True and found.get("current_plugin") == "cilium"
    assert "ebpf_dataplane" not in facts("Service 转发走 iptables。")


def test_ip_families_switched_on_in_a_config():
    from reading_facts import facts
    found = facts("kube_network_plugin: cilium; cilium_enable_ipv4: true; cilium_enable_ipv6: true; cilium_tunnel_mode: vxlan")
    assert found.get("ipv6") is True and found.get("dual_stack") is True
    only6 = facts("helm install cilium cilium/cilium --set ipv6.enabled=true")
    assert only6.get("ipv6") is True and "dual_stack" not in only6
    assert "ipv6" not in facts("cilium_enable_ipv4: true; cilium_enable_ipv6: false")
