"""Classes of misreading, tenth round (second part): clauses after "since", nothing created yet,
hybrid halves, planned sizes without a noun, boards and vendor servers, vendor kernels, Chinese sites,
pod density, DNS-name egress, templates, removed plugins. Each class is paired with a near-miss that
must not be read."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_a_clause_after_since_keeps_its_own_polarity():
    read = facts("No encryption since we trust the link.")
    assert read.get("encryption") is False and read.get("untrusted_network") is False


def test_nothing_created_yet_is_no_refusal():
    assert facts("Network policy is enabled with Calico. No network policy has been created yet.").get("network_policy") is True
    assert facts("We don't need network policy.").get("network_policy") is False


def test_half_here_and_half_in_a_cloud_is_hybrid():
    text = "Half of our nodes are mini PCs in the office, the other half are Hetzner Cloud servers."
    assert facts(text).get("platform") == "hybrid"


def test_an_expected_size_without_its_noun_is_the_planned_count():
    assert facts("We're at 6 nodes now and expect 20 by the end of the year.").get("nodes") == 20
    assert facts("We expect 50 pods by Friday on 3 nodes.").get("nodes") == 3


@pytest.mark.parametrize("text, platform", [("running k3s on Jetson-TX2", "bare-metal"), ("5G UPF on 8 Dell servers", "bare-metal"),
                                            ("Armbian on a Rock64", "bare-metal")])
def test_boards_and_vendor_servers_are_bare_metal(text, platform):
    assert facts(text).get("platform") == platform


def test_vendor_kernels_without_a_build_number_and_k3os():
    assert facts("not found in directory /lib/modules/4.9.140-tegra").get("kernel") == "4.9"
    read = facts("k3os version v0.22.2-k3s2r0; 5.13.0-1036-oracle #43~20.04.1-Ubuntu SMP")
    assert read.get("distribution") == "k3s" and read.get("kernel") == "5.13.0-1036"


def test_a_model_name_between_a_count_and_servers():
    assert facts("The cluster is 4 IBM Power9 servers (ppc64le)").get("nodes") == 4


@pytest.mark.parametrize("text", ["两地三中心，节点间走专线", "我们是异地多活部署"])
def test_chinese_sites_in_several_cities_are_apart(text):
    assert facts(text).get("cross_subnet") is True


@pytest.mark.parametrize("text", ["每个节点要跑 100 多个 Pod", "Running many pods on a Windows node leads to CNI failures"])
def test_many_pods_per_node_is_density(text):
    assert facts(text).get("pod_density") is True


def test_a_few_pods_per_node_is_not():
    assert "pod_density" not in facts("每个节点跑 10 个 Pod")


def test_egress_allowed_only_to_a_list_of_domains():
    assert facts("Egress must be allowed only to a list of domains like api.github.com").get("fqdn_policy") is True


def test_tenants_bringing_their_own_overlapping_cidr_need_tenant_networks():
    assert facts("Each tenant brings its own (overlapping) 10.0.0.0/24.").get("tenant_networks") is True
    assert "tenant_networks" not in facts("The cluster uses 10.0.0.0/24 for nodes.")


@pytest.mark.parametrize("text", ["我们的节点一半在 192.168.10.x 一半在 192.168.20.x", "节点之间中间隔了个路由器"])
def test_nodes_in_wildcard_subnets_or_behind_a_router_are_apart(text):
    assert facts(text).get("cross_subnet") is True


def test_wildcard_pod_addresses_are_no_node_topology():
    assert "cross_subnet" not in facts("pods get 10.244.1.x and 10.244.2.x")


def test_asking_where_two_modes_differ_is_a_comparison():
    assert understand("flannel 的 vxlan 和 host-gw 到底差在哪？", CATALOG).kind == "compare"


def test_a_kernel_release_after_a_distro_name_is_no_distro_release():
    read = facts("We are running CentOS 3.10.0-327.28.2.el7.x86_64.")
    assert read.get("os") == "centos" and read.get("kernel") == "3.10.0-327"
    assert facts("CentOS 7.9 nodes").get("os") == "centos 7.9"


def test_lpars_are_counted_and_one_l2_segment_in_chinese_is_one_subnet():
    assert facts("Our cluster is four RHEL 8.8 LPARs on POWER9").get("nodes") == 4
    assert facts("都在同一个二层网段里").get("cross_subnet") is False


def test_egress_locked_to_domains_and_ovn_interconnection():
    text = "Egress from the payments namespace is locked to api.stripe.com and *.amazonaws.com by domain name."
    assert facts(text).get("fqdn_policy") is True
    assert facts("Kube-OVN with ovn-ic: can the Service network be connected too?").get("multi_cluster") is True


def test_an_oci_registry_is_no_oracle_cloud():
    assert "platform" not in facts("Cluster 1 exposes a Zot OCI registry via a NodePort.")
    assert facts("Our nodes run on OCI in Frankfurt.").get("platform") == "cloud"


def test_workers_added_in_a_cloud_to_office_vms_make_a_hybrid_cluster():
    text = "Control plane and 3 workers run as Proxmox VMs in our office, plus 2 workers on Hetzner Cloud."
    assert facts(text).get("platform") == "hybrid"


def test_two_interfaces_of_each_vm_are_no_nodes_apart():
    text = "vagrant + virtualbox 起了3台 ubuntu 22.04,每台一个NAT网卡(10.0.2.15)加一个 host-only 网卡 192.168.56.x"
    assert "cross_subnet" not in facts(text)


def test_karpenter_on_aks_is_azure():
    assert facts("Do self-managed Karpenter deployments on AKS support Calico as a CNI?").get("platform") == "azure"
    assert facts("We use Karpenter for node provisioning.").get("platform") == "aws"


def test_a_pod_reachable_only_from_its_own_node_is_a_symptom():
    text = "BGP peers are established, but a pod IP is only reachable from the node the pod is hosted on. Please give me some hints."
    assert understand(text, CATALOG).kind == "troubleshoot"


def test_the_traefik_dashboard_is_off_topic():
    assert understand("Is there an option to enable the Traefik UI from the k3s installation params?", CATALOG).kind == "decline"
    assert understand("Traefik cannot reach pods on other nodes with flannel vxlan", CATALOG).kind != "decline"


def test_hosts_numbered_as_work1_count():
    text = "my kubernetes cluster: master1:192.168.1.1, master2:192.168.1.2, work1: 192.168.1.3, work2: 192.168.1.4, work3: 192.168.1.5"
    assert facts(text).get("nodes") == 5


@pytest.mark.parametrize("text", ["weave performance slow: we run CentOS", "which indicated there is a network bottleneck",
                                  "Our pods show low throughput between nodes"])
def test_poor_network_performance_measured_is_latency_sensitive(text):
    assert facts(text).get("latency_sensitive") is True


def test_low_performance_hardware_is_not():
    assert "latency_sensitive" not in facts("The nodes are low performance machines from 2015.")


def test_one_switch_with_two_adjectives_and_everything_in_one_cidr():
    read = facts("Everything sits in 192.168.1.0/24 behind one dumb unmanaged switch.")
    assert read.get("l2_adjacent") is True and read.get("cross_subnet") is False


def test_chinese_addresses_eaten_up_and_pods_per_node_capped_are_density():
    assert facts("子网 IP 快被 pod 吃光了，小机型每个节点 pod 数也上不去。").get("pod_density") is True


def test_one_k8s_per_site_is_multi_cluster():
    assert facts("上海、北京两个机房各一套 k8s，两边业务要能通过 Service 互相调用").get("multi_cluster") is True


def test_a_chinese_planned_size_with_a_thousands_separator():
    assert facts("目前 40 台物理机，明年扩到 1,200 台左右").get("nodes") == 1200


def test_running_only_ipv4_in_chinese():
    assert facts("集群只跑 IPv4").get("ipv6") is False


def test_half_in_the_office_half_in_a_cloud_with_a_tcp_udp_icmp_group():
    read = facts("Half the cluster is in our office on Proxmox and half is EC2; the AWS security group only passes TCP, UDP and ICMP.")
    assert read.get("platform") == "hybrid" and read.get("encap_blocked") == ["ipip"]


def test_each_datacenter_with_its_own_as_number_is_apart():
    assert facts("each datacenter has a different AS number assigned").get("cross_subnet") is True


def test_restricting_traffic_to_a_domain_and_the_microsoft_cloud():
    assert facts("a policy to restrict traffic to site1.somedomain.com").get("fqdn_policy") is True
    assert facts("In the Centos virtual machine on the Microsoft cloud").get("platform") == "azure"


def test_an_issue_templates_os_choice_is_no_windows_node():
    assert "windows_nodes" not in facts("Which Operating System (Linux/Windows): Linux Centos 7.5.1804")
    assert facts("We have Linux/Windows worker nodes mixed").get("windows_nodes") is True


def test_a_hybrid_cluster_is_across_subnets():
    reading = understand("Half the cluster is in our office on Proxmox and half is EC2 in us-east-1.", CATALOG)
    assert reading.profile.platform == "hybrid" and reading.profile.cross_subnet is True


def test_a_status_field_saying_encryption_is_disabled():
    assert facts("weave status: Version: 2.5.1, Encryption: disabled, Peers: 10").get("encryption") is False
    assert facts("encryption: enabled").get("encryption") is True


@pytest.mark.parametrize("text, key, value", [("Slow overlay performance as compared to host networking", "latency_sensitive", True),
                                              ("edgecore is joined to cloudcore using keadm", "platform", "edge"),
                                              ("集群是 5 台鲲鹏服务器", "platform", "bare-metal")])
def test_overlay_performance_kubeedge_parts_and_kunpeng_servers(text, key, value):
    assert facts(text).get(key) == value


def test_a_plugin_removed_before_a_troubleshooting_question_is_not_asked_about():
    text = ("I removed flannel (kubectl delete -f kube-flannel.yml) and applied the calico manifest. New pods still come up "
            "with 10.244.x.x addresses and a few fail with 'loadFlannelSubnetEnv failed'. What did I miss?")
    reading = understand(text, CATALOG)
    assert reading.kind == "troubleshoot" and reading.asked == ["calico"]
    kept = understand("Calico pods crash after we added flannel next to it. What did I miss?", CATALOG)
    assert "flannel" in kept.asked
