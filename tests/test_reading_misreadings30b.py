"""Thirtieth round, second batch (held-out sets of 2026-12-05, batch 30): each class with a near-miss that keeps its
reading."""

from __future__ import annotations

from assistant.models import Profile
from reading_facts import check_status, facts, planned


def test_a_managed_service_not_used_in_chinese_is_self_managed():
    assert facts("阿里云上买了 3 台 ECS，自己装 k3s 跑几个小网站，没用 ACK。").get("managed") is False
    assert facts("我们用的是 ACK 托管版。").get("managed") is True


def test_a_vswitchs_addresses_kept_from_pods():
    assert facts("网络组明确说 vSwitch 的地址不能再分给 Pod。").get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("vSwitch 的地址够用。")


def test_least_babysitting_after_someone_elses_advice_and_no_fancy_policies():
    said = facts("A consultant told us to 'just install Cilium', but honestly I want whatever needs the least babysitting. "
                 "No fancy policies needed.")
    assert said.get("simplicity") is True and said.get("network_policy") is False
    assert "simplicity" not in facts("A consultant told us that Cilium needs the least babysitting.")


def test_pods_given_addresses_of_a_named_local_network_are_routable():
    assert facts("我们想让 Pod 直接拿实验室网段 10.20.30.0/24 的地址。").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Pod 拿到 Pod 网段的地址了。")


def test_connections_policy_denies_logged():
    assert facts("every pod connection that policy denies has to be logged somewhere we can forward to Splunk").get("policy_logging") is True
    assert "policy_logging" not in facts("every pod connection that policy denies times out")


def test_someone_in_the_team_wanting_ebpf_is_a_proposal():
    assert "ebpf_dataplane" not in facts("组里有人想主网络直接上 Calico 的 eBPF 模式，说性能好。")
    assert facts("我们想上 eBPF。").get("ebpf_dataplane") is True


def test_a_nodes_route_table_is_no_route_in_the_network():
    assert "pod_routes" not in facts("calicoctl node status 看 BGP 都是 Established，路由表里也有别的节点的 pod 网段。")
    assert facts("VPC 路由表里加了每个节点的 pod 网段。").get("pod_routes") is True


def test_a_security_group_opened_for_tcp_udp_and_icmp_drops_ipip():
    assert facts("安全组已经放开了全部 TCP/UDP/ICMP。").get("encap_blocked") == ["ipip"]
    assert facts("The security group allows all TCP, UDP and ICMP.").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("安全组放开了 TCP/UDP/ICMP 和 IPIP。")


def test_sctp_through_services_rules_out_ciliums_kube_proxy_replacement_too():
    text = ("Is Calico's eBPF data plane a good idea for us? 14 bare-metal nodes, Ubuntu 24.04, one L2 segment. We'd love to drop "
            "kube-proxy, but a couple of our signalling pods talk SCTP to each other through Services.")
    top = planned(text).options[0].id
    assert top.startswith("calico") and top not in ("calico:ebpf", "calico:ebpf-noencap")
    assert check_status("cilium:vxlan", Profile(sctp=True, kube_proxy_replacement=True), "combos") == "fail"


def test_flannels_issue_template_names_its_backend():
    assert facts("Your Environment: Backend used (e.g. vxlan or udp): vxlan; Etcd version: 3.2.24").get("current_plugin") == "flannel:vxlan"
    assert "current_plugin" not in facts("Backend used (e.g. vxlan or udp):")


def test_the_kubernetes_templates_cloud_provider_answer():
    assert facts("Cloud provider or hardware configuration: Google; OS: ubuntu 16.04").get("platform") == "gcp"
    assert "platform" not in facts("Cloud provider or hardware configuration:")


def test_machines_of_two_cloud_vendors_are_apart():
    assert facts("Ali cloud as master and Tencent cloud as node").get("cross_subnet") is True
    assert facts("我现在有三台服务器，一台阿里云，两台百度云服务器，想搭建k8s集群").get("cross_subnet") is True
    assert "cross_subnet" not in facts("We moved from AWS to Azure.")


def test_a_count_per_place_with_the_places_uncounted_is_no_size():
    assert "nodes" not in facts("We have ~3 nodes in each AZ in region eu-central-1.")
    assert facts("Two data centres, 20 nodes in each").get("nodes") == 40


def test_deployed_without_a_plugin_names_no_plugin_in_use():
    assert "current_plugin" not in facts("We tried deploying RKE2 without Canal, but it would not accept the dual stack CIDR.")
    assert facts("We run Calico without encapsulation.").get("current_plugin") == "calico:bgp"


def test_a_trust_in_people_is_no_trusted_network():
    assert "untrusted_network" not in facts("I have decided to switch to host-gw (because I trust them).")
    assert facts("The dark fibre between the sites is ours, we trust it.").get("untrusted_network") is False


def test_the_vpc_cnis_security_groups_for_pods_are_on_topic():
    from assistant.reading import understand
    from reading_facts import CATALOG

    text = ("c6in instances do not have the vpc.amazonaws.com/has-trunk-attached=true label applied, so pods requiring Security "
            "Groups (via ENABLE_POD_ENI) can't be scheduled on them. Our AutoScaling Groups use Instance Requirements.")
    assert understand(text, CATALOG).kind != "decline"
    assert understand("Our HPA autoscaling keeps flapping between 3 and 5 replicas.", CATALOG).kind == "decline"
