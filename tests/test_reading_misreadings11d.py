"""Eleventh round (fourth part): domains with dots inside an egress rule, one switch described with brand and
port count, the platform a KubeVirt move replaces, Chinese business units with overlapping subnets and VMs that
keep IP and MAC, and a stated need a plugin's documentation is silent on. Each with a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from assistant.recommend import recommend
from reading_facts import CATALOG, check_status, facts


def test_egress_allowed_only_to_dotted_domains_is_fqdn_policy():
    text = "Compliance wants egress from the payments namespace allowed only to api.stripe.com and *.github.com."
    assert facts(text).get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("Egress from the payments namespace goes through a NAT gateway.")


def test_one_switch_described_with_brand_and_ports_is_one_l2_segment():
    assert facts("three towers plugged into one unmanaged TP-Link 8-port gigabit switch").get("l2_adjacent") is True
    assert "l2_adjacent" not in facts("the first one is using to bridge guest machines on Vagrant")


def test_the_platform_a_kubevirt_move_replaces_is_not_where_the_nodes_run():
    read = facts("我们在自建 IDC 的物理机上用 KubeVirt 跑虚拟机,替换老的 OpenStack。")
    assert read.get("platform") == "bare-metal"


def test_business_units_with_overlapping_subnets_and_vms_that_keep_ip_and_mac():
    read = facts("虚拟机热迁移之后 IP 和 MAC 不变;不同事业部要有各自独立的子网,网段可能互相重叠")
    assert read.get("static_pod_ips") is True and read.get("tenant_networks") is True
    assert "tenant_networks" not in facts("不同事业部用同一个集群")


def test_a_need_the_plugin_asked_about_is_silent_on_lets_documented_options_lead():
    base = {"current_plugin": "flannel:vxlan", "platform": "bare-metal", "l2_adjacent": True}
    plan = recommend(Profile(multicast=True, **base), CATALOG, "zh", ["flannel"])
    assert plan.options[0].plugin in ("antrea", "ovn-kubernetes", "macvlan", "ipvlan", "multus")
    # without the need, the plugin asked about leads
    assert recommend(Profile(**base), CATALOG, "zh", ["flannel"]).options[0].plugin == "flannel"


def test_harvester_is_read_and_keeps_its_own_network():
    from assistant.reading import understand

    reading = understand("Is it possible to replace the CNI Canal installed by default in the Harvester cluster with Cilium?", CATALOG)
    assert reading.kind == "feasibility" and any(f.key == "distribution" and f.value == "harvester" for f in reading.facts)
    assert understand("Does flannel enable DirectRouting by default?", CATALOG).kind == "concept"
    assert facts("We use the Harvester CSI driver in our RKE2 guest cluster").get("distribution") != "harvester"
    profile = Profile(distribution="harvester")
    assert check_status("flannel:vxlan", profile, "distribution") == "pass"
    assert check_status("cilium:vxlan", profile, "distribution") == "fail" and check_status("flannel:host-gw", profile, "distribution") == "fail"


def test_chinese_counts_of_cloud_instances_and_vms_and_a_single_node_that_runs_somewhere():
    assert facts("集群是 5 台华为云 ECS,kubeadm 自建").get("nodes") == 5
    assert facts("OpenStack 上 12 台虚机组的集群").get("nodes") == 12
    assert facts("k3s 单节点跑在树莓派 4B 上").get("nodes") == 1
    assert "nodes" not in facts("单节点跑不了多少 Pod")


def test_a_trusted_intranet_pods_with_another_nic_and_an_internet_allowlist_in_chinese():
    assert facts("节点之间是内网，完全可信，不需要加密").get("untrusted_network") is False
    assert facts("Pod 另外还有一块 calico 的默认网卡").get("multi_nic") is True
    assert facts("有几个 Pod 出公网只允许访问白名单里的几个域名").get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("出公网走 NAT 网关")


def test_an_issue_templates_kernel_field_and_kind_named_by_its_version_or_use():
    assert facts("Kernel (e.g. `uname -a`): 4.15.0-54; Install tools: kubeadm").get("kernel") == "4.15.0-54"
    assert facts("Environment: kind version: v0.11.1").get("distribution") == "kind"
    assert facts("a poc from ubuntu 22 using kind").get("distribution") == "kind"
    assert "distribution" not in facts("using kind of a hack")


def test_on_premises_nodes_plus_a_cloud_node_are_one_hybrid_cluster():
    assert facts("RKE Custom (3 nodes on-prem + 1 node on Azure)").get("platform") == "hybrid"


def test_a_cpu_model_between_count_and_machines_and_an_issue_templates_cloud_checkbox():
    assert facts("环境：3台鲲鹏920物理机，麒麟V10 SP2 arm64").get("nodes") == 3
    assert facts("Infrastructure: [x] Cloud [ ] Hosted.").get("platform") == "cloud"
    assert "platform" not in facts("Infrastructure: [ ] Cloud [x] Hosted.")


def test_windows_guests_moved_into_kubevirt_and_tenant_subnets_say_nothing_of_the_nodes():
    read = facts("我们准备用 KubeVirt 把一批老的 Windows/Linux 虚拟机搬到 k8s 上跑,而且不同租户要有各自隔离的子网。")
    assert "windows_nodes" not in read and "cross_subnet" not in read and read.get("tenant_networks") is True
    assert facts("节点分在不同机房的不同子网").get("cross_subnet") is True


def test_an_encapsulation_left_out_to_save_overhead_is_not_the_one_dropped():
    read = facts("想用 flannel host-gw 省掉 vxlan 封包开销,但是装完之后跨节点 pod 不通,tcpdump 看包从 ens3 发出去了对面收不到。")
    assert "encap_blocked" not in read and read.get("latency_sensitive") is True
    assert facts("vxlan 的包从 ens3 发出去了对面收不到").get("encap_blocked") == ["vxlan"]


def test_not_just_a_feature_asks_for_more_and_refuses_nothing():
    assert facts("we need HTTP path rules between services, not just port-level NetworkPolicy.").get("network_policy") is True
    assert facts("We don't need NetworkPolicy.").get("network_policy") is False
