"""Classes of misreading, tenth round: sizes told by 规模 and per shop, an architecture ruled out,
Chinese BGP peering told by the network team, questions in A-not-A form, and negations inside a
rule's own example. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text, nodes", [("规模四百台左右，后面还要扩。", 400), ("集群规模两千台", 2000),
                                         ("节点数大概 120 台", 120)])
def test_a_chinese_size_told_by_scale_is_a_count(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_a_scale_in_pods_is_no_count():
    assert "nodes" not in facts("规模大概五千个 Pod")


@pytest.mark.parametrize("text, nodes", [("Five shops, each with a single Raspberry Pi 3 joined into one k3s cluster.", 5),
                                         ("三个门店，每个门店 2 台服务器", 6)])
def test_counts_per_shop_multiply(text, nodes):
    assert facts(text).get("nodes") == nodes


@pytest.mark.parametrize("text, arch", [("Pi 3s on 32-bit Raspberry Pi OS (so armv7, not arm64)", "armv7"),
                                        ("the boards run arm64, not armv7", "arm64"),
                                        ("树莓派，不是 arm64，是 32 位 arm 系统", "armv7")])
def test_an_architecture_ruled_out_is_not_the_nodes(text, arch):
    assert facts(text).get("arch") == arch


@pytest.mark.parametrize("text", ["柜顶交换机是三层的，网络组说可以跟我们跑 eBGP。", "上联交换机已经配好了 BGP"])
def test_the_network_team_running_bgp_with_us_is_a_fabric(text):
    assert facts(text).get("bgp_fabric") is True


@pytest.mark.parametrize("text", ["我们能不能跑 BGP？", "交换机跑不跑 BGP 我不确定"])
def test_a_question_in_a_not_a_form_states_no_bgp_fact(text):
    assert "bgp_fabric" not in facts(text)


def test_refusing_bgp_is_still_read():
    assert facts("机房不让跑 BGP").get("bgp_fabric") is False


@pytest.mark.parametrize("text", ["Policies that allow GET /healthz but not POST /admin.", "只允许 GET /api，不允许 POST /admin"])
def test_a_negation_inside_a_rules_example_is_part_of_the_rule(text):
    assert facts(text).get("l7_policy") is True


def test_not_needing_such_rules_is_still_a_no():
    assert facts("We don't need policies that allow GET /healthz only.").get("l7_policy") is False


def test_a_pasted_https_link_does_not_make_a_question_off_topic():
    text = ("Will it be possible to remove the restrictions on the number of pods for an instance type? See "
            "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html. In the other CNIs there are none.")
    reading = understand(text, CATALOG)
    assert reading.kind != "decline" and reading.profile.pod_density is True
    assert understand("How do I renew the kubelet https certificates on my nodes?", CATALOG).kind == "decline"


def test_the_number_of_pods_per_instance_is_density_but_a_job_limit_is_not():
    assert facts("The number of pods per node is capped at 29 on t3.medium.").get("pod_density") is True
    assert "pod_density" not in facts("Is there a limit on the number of pods a CronJob starts?")


@pytest.mark.parametrize("text", ["I expected the external service to get the pod IP, not the node IP.",
                                  "The backend servers should see the pod IPs instead of the node IP."])
def test_the_far_end_seeing_pod_addresses_needs_routable_pods(text):
    assert facts(text).get("routable_pod_ips") is True


def test_a_far_end_logging_the_node_address_states_no_need():
    assert "routable_pod_ips" not in facts("The external service logs show the node IP.")


def test_plugins_a_primary_is_chained_onto_are_not_rivals():
    chained = understand("Can you chain Cilium on top of other plugins such as aws-cni or calico, and enable encryption?", CATALOG)
    assert chained.kind == "feasibility" and chained.asked == ["cilium"]
    # Multus on top of two primaries still asks which primary
    assert understand("Multus on top of Calico or Cilium: which primary?", CATALOG).kind == "compare"


def test_subnets_pods_are_put_into_on_one_host_are_no_node_topology():
    text = ("Is there any way to set different subnets on the same host using kube-router? I want two subnets "
            "(10.244.1.0/24 and 10.244.2.0/24) so I can deploy pods into these two subnets on the same host.")
    assert "cross_subnet" not in facts(text)
    assert facts("Nodes in different subnets, and we run several pods on the same host.").get("cross_subnet") is True


@pytest.mark.parametrize("text, nodes", [("我们的 k3s 集群是 3 台树莓派 4", 3), ("边缘侧是 40 台 ARM64 工控机", 40)])
def test_chinese_counts_of_boards_and_industrial_pcs(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_a_chinese_change_already_made_names_the_mode_in_use():
    assert facts("flannel 从 vxlan 改成了 host-gw").get("current_plugin") == "flannel:host-gw"
    assert facts("想把 flannel 从 vxlan 改成 host-gw 可以吗？").get("current_plugin") == "flannel:vxlan"


@pytest.mark.parametrize("text", ["两个机房各一套集群，两边的 Service 要互相调用",
                                  "Two EKS clusters in different regions. Services in cluster A must call services in cluster B."])
def test_clusters_calling_each_other_are_multi_cluster_and_their_places_hold_clusters(text):
    read = facts(text)
    assert read.get("multi_cluster") is True and "cross_subnet" not in read
    assert facts("One cluster across two data centres").get("cross_subnet") is True


def test_a_trusted_link_said_in_chinese():
    assert facts("机房之间是专线，链路可信").get("untrusted_network") is False
    assert facts("公网链路不可信").get("untrusted_network") is True


def test_ip_allocation_failing_and_a_refused_cloud_api():
    assert facts("Pod 数量上来以后经常分配不到 IP。").get("pod_density") is True
    assert facts("Security won't let any in-cluster component call the ECS/VPC OpenAPI.").get("cloud_api") is False


def test_a_total_over_office_vms_and_cloud_servers_is_one_hybrid_cluster():
    text = "9 nodes in total: 3 Proxmox VMs in our office and 6 servers on Hetzner Cloud, joined over the public internet."
    assert facts(text).get("platform") == "hybrid"
    assert facts("We are moving 30 servers in total from our office to AWS.").get("platform") == "aws"


def test_a_desktop_windows_hosting_the_vms_is_no_windows_node():
    assert "windows_nodes" not in facts("It starts with Vagrant on VirtualBox. The host is a Windows 7.")
    assert facts("We added two Windows Server 2019 nodes.").get("windows_nodes") is True


def test_a_kernel_field_with_a_plus_is_the_nodes_kernel_but_a_floor_is_not():
    assert facts("os: centos 7.9; kernel: 5.18+").get("kernel") == "5.18"
    assert "kernel" not in facts("Cilium needs kernel 5.10+")


def test_a_calico_variable_set_in_prose_names_the_mode():
    text = 'I have the "CALICO_IPV4POOL_IPIP" environment variable set to "CrossSubnet," instead of "Always".'
    assert facts(text).get("current_plugin") == "calico:ipip-crosssubnet"


@pytest.mark.parametrize("text, platform", [("The cluster is not running on Azure but on Hetzner Cloud.", "cloud"),
                                            ("我们不在 AWS 上，是自建机房的物理机", "bare-metal")])
def test_a_platform_ruled_out_is_not_where_the_nodes_run(text, platform):
    assert facts(text).get("platform") == platform


def test_equinix_metal_plans_are_bare_metal_not_ec2():
    read = facts("Equinix Metal, forty c3.small.x86 boxes spread over 3 racks.")
    assert read.get("platform") == "bare-metal"
    assert facts("Our EKS nodes are c5.large instances.").get("platform") == "aws"


def test_peering_with_a_router_address_is_a_bgp_fabric_but_bgp_on_the_nodes_is_not():
    assert facts("Local BGP is enabled on the project, each server can peer with 169.254.255.1 and .2.").get("bgp_fabric") is True
    assert "bgp_fabric" not in facts("BGP is enabled on all nodes.")


def test_pod_ips_reachable_from_other_servers_need_routable_pods():
    text = "Pod IPs must be reachable directly from our other (non-k8s) servers, no NAT."
    assert facts(text).get("routable_pod_ips") is True


def test_a_question_only_about_certificates_with_the_cni_as_background_is_declined():
    text = "ingress-nginx 的 HTTPS 证书怎么用 cert-manager 自动续期?ClusterIssuer 用 http01 还是 dns01 好?我们集群网络插件是 calico。"
    assert understand(text, CATALOG).kind == "decline"
    kept = "We run Calico. After installing cert-manager the webhook times out from the API server. Why?"
    assert understand(kept, CATALOG).kind != "decline"


@pytest.mark.parametrize("text, nodes", [("forty c3.small.x86 boxes", 40), ("forty-two nodes", 42), ("Seventy VMs on vSphere", 70)])
def test_every_english_number_word_counts(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_a_number_word_for_time_is_no_count():
    assert facts("It took forty seconds to start 3 nodes").get("nodes") == 3
