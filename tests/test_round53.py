"""Fifty-third round: readings from held-out batch 53 (blind414-417), each class beside a near-miss."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, vocabulary


def test_a_team_that_will_not_change_the_network_is_a_constraint_not_a_symptom():
    text = "Our DC has 30 servers in 3 racks, a /26 each. The NOC won't add routes for pod CIDRs and they won't peer BGP. Which CNI mode?"
    assert understand(text, CATALOG).kind == "choice"
    assert understand("Since the upgrade, pods on node 3 won't connect to anything.", CATALOG).kind == "troubleshoot"


def test_looking_for_documentation_is_no_symptom():
    text = "Can Cilium replace kube-proxy on our EKS nodes? I can't find any docs about it for EKS."
    assert understand(text, CATALOG).kind == "feasibility"
    assert understand("Pods can't find the DNS server after we moved to Calico.", CATALOG).kind == "troubleshoot"


def test_latency_waved_aside_in_english():
    assert facts("Latency isn't that important for these batch jobs.").get("latency_sensitive") is False
    assert facts("Latency doesn't matter much here.").get("latency_sensitive") is False
    assert facts("Latency is critical for the trading pods.").get("latency_sensitive") is True


def test_not_paying_for_encapsulation_inside_a_segment_is_a_wish_for_less_overhead():
    assert facts("We would rather not pay for the overlay between pods in the same rack.").get("latency_sensitive") is True


def test_a_rule_that_pods_get_no_network_addresses_reserves_them():
    said = facts("Security decided it: pods will not get VNet addresses in this subscription.")
    assert said.get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("Since the upgrade our pods don't get VPC addresses any more.")


def test_teams_a_network_is_shared_with_are_no_other_cluster():
    said = facts("The subnet is shared with about six other teams, and the network team insisted: pods will not get subnet IPs.")
    assert said.get("network_ips_reserved") is True
    assert "current_plugin" not in facts("Another team runs Cilium on their own cluster.")


def test_not_wanting_to_fiddle_with_a_plugin_rules_it_out_in_chinese():
    said = understand("训练 pod 要第二张网卡，但不想自己再额外维护一套 multus。", CATALOG).fact("ruled_out")
    assert said is not None and said.value == ["multus"]


def test_deleting_a_daemonset_asked_about_leaves_that_plugin_in_use():
    said = facts("Managed cluster on Linode, 4 nodes. Can I simply remove the cilium DaemonSet and install flannel instead?")
    assert said.get("current_plugin") == "cilium"


def test_options_laid_out_as_a_and_b_are_candidates_not_the_setup():
    text = "Option B: drop kube-proxy and run Cilium in native routing mode. Option A: stay on flannel host-gw. Thoughts?"
    assert not str(facts(text).get("current_plugin")).startswith("cilium")
    assert facts("We run Cilium in native routing mode on 12 nodes.").get("current_plugin") == "cilium:native-routing"


def test_a_security_group_opened_for_tcp_and_udp_alone_drops_ipip_in_chinese():
    assert facts("安全组已把节点间 TCP 和 UDP 都放开了，跨节点 pod 还是不通。").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("安全组放开了 TCP/UDP 的 6443 端口。")


def test_a_move_between_plugins_is_asked_of_its_destination():
    reading = understand("Is it possible to swap the AWS VPC CNI for Cilium on a live EKS cluster?", CATALOG)
    assert reading.kind == "feasibility" and reading.moving and reading.asked == ["cilium"]
    reading = understand("We run the AWS VPC CNI on EKS. Does it support IPv6?", CATALOG)
    assert not reading.moving and reading.asked == ["aws-vpc-cni"]


def test_a_company_name_after_from_is_no_move_away():
    reading = understand("After a webinar from Tigera we'd like to replace flannel with Calico on our live cluster. Is that possible?", CATALOG)
    assert reading.kind == "feasibility" and reading.asked == ["calico"]


def test_a_platform_word_inside_a_plugin_name():
    assert facts("our nodes run amazon-kubernetes-vpc-cni 1.18").get("current_plugin") == "aws-vpc-cni"


def test_a_made_up_value_for_a_known_setting_in_chinese_is_unknown():
    known = vocabulary("calico", "vxlanmode", "always", "crosssubnet", "never", "ippool")
    reading = understand("Calico 的 IPPool 能把 vxlanMode 设置成 ZoneLocal 吗？", CATALOG, vocabulary=known)
    assert reading.kind == "decline" and "ZoneLocal" in reading.unknown
    assert understand("Calico 的 IPPool 能把 vxlanMode 设置成 CrossSubnet 吗？", CATALOG, vocabulary=known).kind != "decline"


def test_a_made_up_snake_case_mode_key_is_unknown_but_an_installers_prefix_is_not():
    known = vocabulary("flannel", "vxlan", "ipip mode", "proxy mode")
    reading = understand("Can flannel's net-conf.json take backend_turbo_mode: on?", CATALOG, vocabulary=known)
    assert "backend_turbo_mode" in reading.unknown
    assert understand("kubespray with calico_ipip_mode: Always, pods time out across nodes", CATALOG, vocabulary=known).kind != "decline"


def test_clusters_of_other_systems_are_not_ours():
    assert understand("Pacemaker cluster of 3 nodes keeps fencing the DB node, which NIC should the heartbeat use?", CATALOG).kind == "decline"
    assert understand("packer builds our node image; the VMs never get a DHCP lease, what to check?", CATALOG).kind == "decline"
    assert understand("3 Proxmox hosts run our k8s VMs; pods on different hosts cannot reach each other", CATALOG).kind == "troubleshoot"


def test_a_machine_count_written_as_a_multiplier():
    assert facts("The lab is 6x Intel NUCs on one switch.").get("nodes") == 6
    assert facts("Nodes are c6i.4xlarge instances.").get("nodes") is None


def test_fqdn_and_l7_policies_named_together():
    said = facts("We need Cilium FQDN/L7 policies for the payment namespace.")
    assert said.get("fqdn_policy") is True and said.get("l7_policy") is True


def test_an_as_per_rack_design_routes_between_racks():
    said = facts("We peer every node with its ToR, an AS per rack.")
    assert said.get("cross_subnet") is True and said.get("bgp_fabric") is True


def test_a_plugins_daemonset_named_after_its_mode():
    assert facts("terway-eniip pods restart after we edited the eni-config").get("current_plugin") == "terway:eniip"


def test_every_encapsulation_switched_off_is_bgp_but_one_left_on_is_that_one():
    assert facts("network: {plugin: calico, calico: {ipipMode: Never, vxlanMode: Never}}").get("current_plugin") == "calico:bgp"
    assert facts("our calico pool: vxlanMode: CrossSubnet, ipipMode: Never").get("current_plugin") == "calico:vxlan-crosssubnet"


def test_mac_and_ip_bound_in_either_order_is_anti_spoofing():
    assert facts("云平台对虚拟机做了 MAC/IP 绑定。").get("l2_adjacent") is False


def test_an_ec2_cluster_whose_network_team_keeps_vpc_addresses_from_pods_gets_an_overlay():
    text = ("kubeadm on EC2 (not EKS), 20 workers over 3 AZ subnets. The network team was clear: pods do not get VPC IPs. "
            "NetworkPolicy required. Which CNI?")
    top = planned(text).options[0]
    assert top.id.split(":")[0] not in ("aws-vpc-cni",) and top.id != "cilium:eni"


@pytest.mark.slow
def test_a_move_between_plugins_cites_what_the_move_costs(kb_index_dir, monkeypatch):
    from assistant.ask import Advisor
    from assistant.settings import load_settings

    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))
    advisor = Advisor(load_settings())
    result = advisor.ask("Our 40-node on-prem cluster still runs Weave. Which CNI should we migrate to, and how?")
    assert result.reading is not None and result.reading.moving
    assert any(c.source.endswith("topic-migration.md") for c in result.citations)
    result = advisor.ask("我们现在用 flannel，想迁移到 Cilium，线上集群能直接换吗？")
    assert any(c.source.endswith("topic-migration.zh.md") for c in result.citations)


def test_a_providers_managed_service_keeps_the_plugin_it_installed():
    from assistant.models import Profile
    from reading_facts import check_status

    on_lke = Profile(platform="cloud", managed=True, current_plugin="cilium")
    assert check_status("calico:vxlan", on_lke, "cloud") == "fail"
    assert check_status("cilium:vxlan", on_lke, "cloud") == "pass"
    assert check_status("calico:vxlan", Profile(platform="cloud", managed=False, current_plugin="cilium"), "cloud") == "pass"
