"""Twelfth round: wishes and refusals (an overlay wished away, plans declined, a bundled plugin left out),
whose setup it is (colleagues, strangers, vendors, another site, a platform moved off, VMs the cluster places),
which plugin runs or is asked about, topology (one tenant network, port security, routers in between), node
counts in parts, and kinds ("一直用" is no symptom, an open move asks for a migration). Each with a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_an_overlay_wished_away_asks_for_low_overhead():
    assert facts("We'd like to avoid any overlay if possible, and we need NetworkPolicy.").get("latency_sensitive") is True
    assert "latency_sensitive" not in facts("We run an overlay between the two sites.")


def test_a_quoted_hybrid_cluster_over_idc_and_ec2_is_hybrid():
    text = "公司想搞一个“混合”集群：控制面和 20 台 worker 在自己 IDC 的物理机上，另外 10 台 worker 是 AWS 上的 EC2。"
    assert facts(text).get("platform") == "hybrid"
    assert facts("20 台 worker 都是 AWS 上的 EC2。").get("platform") == "aws"


def test_fallbacks_resigned_to_are_not_what_is_asked():
    q = "内核是 4.18，是不是意味着这个环境就只能用 Calico/flannel 了？Cilium 还能装吗？"
    assert understand(q, CATALOG).asked == ["cilium"]
    assert understand("Are we stuck with flannel, or can Cilium run on kernel 3.10?", CATALOG).asked == ["cilium"]
    assert set(understand("Can Calico or flannel run on kernel 4.18?", CATALOG).asked) == {"calico", "flannel"}


def test_one_tenant_network_named_with_two_words_keeps_nodes_together():
    assert facts("9 VMs on one Neutron tenant network (VXLAN-backed).").get("cross_subnet") is False
    assert facts("all attached to one hcloud private network 10.0.0.0/16").get("cross_subnet") is False
    assert "cross_subnet" not in facts("9 VMs with one Neutron port each.")


def test_firewalls_between_rack_subnets_put_nodes_apart():
    assert facts("our DC firewalls between rack subnets only pass TCP/UDP/ICMP").get("cross_subnet") is True
    assert "cross_subnet" not in facts("traffic between pods is dropped by the firewall")


def test_a_mode_the_boss_asks_for_is_not_the_one_in_use():
    read = facts("老集群 kube-proxy 的 iptables 规则太多了，领导让把 calico 切到 ebpf 数据面顺便把 kube-proxy 干掉。这个内核能搞吗？")
    assert read.get("current_plugin") == "calico"
    assert facts("我们已经把 calico 切到 ebpf 数据面了，现在 Service 不通。").get("current_plugin") == "calico:ebpf"


def test_the_plugin_another_site_runs_is_not_this_clusters():
    text = "新建 AKS 集群，要能做 NetworkPolicy。我们 IDC 那边一直用 calico ipip，想着 AKS 上也装 calico ipip 保持一致，可以吗？"
    assert "current_plugin" not in facts(text)
    assert facts("我们的集群一直用 calico ipip，跨节点 Pod 不通。").get("current_plugin") == "calico:ipip"


def test_always_used_reports_use_not_a_symptom():
    assert understand("我们一直用 calico ipip，新集群在 AKS 上怎么选网络模式？", CATALOG).kind != "troubleshoot"
    assert understand("calico ipip 模式下 pod 一直 pending，怎么办？", CATALOG).kind == "troubleshoot"


def test_a_colleagues_or_former_employers_setup_is_not_the_writers():
    assert facts("同事之前那家公司用的是 AWS EKS 加 Cilium，跑了 300 多个节点，我们这边情况完全不同。") == {}
    read = facts("At my last job we ran Calico on 300 nodes. Now we have 5 Hetzner boxes.")
    assert read.get("nodes") == 5 and "current_plugin" not in read
    assert facts("my colleague's cluster runs Cilium on 40 nodes, ours is 6 nodes of k3s").get("nodes") == 6
    assert facts("我们公司用的是 EKS，3 个节点").get("platform") == "aws"


def test_node_counts_given_in_parts_add_up():
    assert facts("OpenShift 裸金属集群，3 个控制节点加 10 个 worker，另外还有 2 台 Windows Server 2022 节点").get("nodes") == 15
    assert facts("three Proxmox VMs running k3s with the wireguard flannel backend, plus one Raspberry Pi at my parents' place").get("nodes") == 4
    # parts in separate sentences are not one cluster's parts
    assert facts("Our cluster has 5 nodes. My laptop runs 2 VMs for testing.").get("nodes") == 5


def test_racks_before_a_total_are_no_node_count():
    assert facts("我们机房有 3 个机柜共 48 台物理机").get("nodes") == 48
    assert facts("3台鲲鹏920物理机").get("nodes") == 3


def test_openeuler_release_written_as_year_and_month():
    assert facts("系统底层是openeuler2203").get("os") == "openeuler 22.03"


def test_a_scheme_ruled_out_or_only_expected_to_work_is_not_in_use():
    read = facts("我们是 VMware ESXi 上的 5 台 CentOS 7.9 虚拟机，安全策略不允许开启混杂模式和伪传输，所以 macvlan 方案用不了。")
    assert "current_plugin" not in read and read.get("mac_filtering") is True
    read = facts("虚拟化团队已经在端口组上开启了混杂模式和伪传输，所以 macvlan 应该没问题。")
    assert "current_plugin" not in read and read.get("mac_filtering") is False
    assert facts("我们集群用的 macvlan 方案，pod 不通。").get("current_plugin") == "macvlan"


def test_vms_the_cluster_places_are_workloads_not_nodes():
    assert "platform" not in facts("kube ovn solves static IP for VM, but meets a problem while doing VM live migration")
    assert "platform" not in facts("We migrate the vm from one node to another node and the secondary IP changes.")
    assert "platform" not in facts("Pod on one node can not ping VM on other node.")
    # VMs that are the nodes stay the platform, migrated or not
    assert facts("Our cluster is 6 VMs on Proxmox; we live-migrate VMs between hosts for maintenance.").get("platform") == "vm"


def test_other_peoples_setups_seen_or_run_by_a_colleague_are_not_the_writers():
    assert facts("网上看到有人在阿里云上用 Terway 跑了 5000 个节点，想问一下这种规模一般怎么规划？我们自己还没定用哪家云。") == {}
    read = facts("A colleague runs Cilium with WireGuard on Hetzner, but our own cluster is three k3s nodes on Proxmox with flannel.")
    assert read.get("current_plugin") == "flannel" and read.get("nodes") == 3
    assert facts("我们用的是天翼云").get("platform") == "cloud"


def test_a_platform_moved_off_is_not_where_the_nodes_run():
    read = facts("We're moving off our old VMware cluster (CentOS 7, Weave). The new one is 12 bare-metal Dell servers on Rocky Linux 9.3.")
    assert read.get("platform") == "bare-metal" and read.get("nodes") == 12


def test_the_compliance_baseline_dengbao_lists_nothing():
    read = facts("老集群是 RHEL 8.2,客户的等保基线锁死了,没法升级")
    assert read.get("os") == "rhel 8.2"
    assert "os" not in facts("节点系统有 CentOS 7、Ubuntu 20.04 等")


def test_a_dns_name_egress_question_naming_helm_stays_on_topic():
    q = ('we\'re on GKE Autopilot. secops wants egress from the payments ns locked down to a handful of domains. '
         'my colleague says "just helm install cilium and use toFQDNs". what should we use')
    assert understand(q, CATALOG).kind != "decline"
    assert understand("How do I roll back a helm release of my app?", CATALOG).kind == "decline"


def test_port_security_with_no_word_of_subnets_keeps_the_nodes_on_one_network():
    text = "私有云 OpenStack,虚机端口开着 port security,没配 allowed-address-pairs。安全组现在只放了 TCP/UDP/ICMP。"
    read = facts(text)
    assert read.get("encap_blocked") == ["ipip"]
    reading = understand(text, CATALOG)
    assert reading.profile.cross_subnet is False and reading.profile.l2_adjacent is False
    apart = understand("OpenStack VMs in three different subnets, port security on, no allowed-address-pairs.", CATALOG)
    assert apart.profile.cross_subnet is True


def test_egress_only_to_named_domains_in_chinese_is_fqdn_policy():
    assert facts("payments 命名空间只能出网访问 api.stripe.com 和 *.alipay.com,对方 IP 经常变").get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("节点只能访问 10.0.0.1")


def test_what_a_vendor_says_its_workload_needs_is_a_requirement():
    assert facts("The CNF vendor says their pods run DPDK (the NIC bound to vfio-pci).").get("dpdk") is True
    assert facts("The vendor says Calico is the best choice for 500 nodes.") == {}


def test_a_plugin_told_with_how_it_runs_or_as_the_base_of_an_extra_interface_is_in_use():
    assert facts("服务器都在同一网段，calico 用的 IPIP 模式；不需要网络策略。").get("current_plugin") == "calico:ipip"
    assert facts("三台树莓派 5 跑 k3s，flannel 默认配置。").get("current_plugin") == "flannel"
    assert facts("The CNF pods bind two VFs to vfio-pci for DPDK, with Multus on top of Calico.").get("current_plugin") == "calico"
    assert "current_plugin" not in facts("Can kube-router run next to flannel?")


def test_a_plan_declined_in_chinese_denies_the_need():
    read = facts("我们不打算上 eBPF，也不准备去掉 kube-proxy。")
    assert read.get("ebpf_dataplane") is False and read.get("kube_proxy_replacement") is False
    read = facts("我们打算上 eBPF，去掉 kube-proxy")
    assert read.get("ebpf_dataplane") is True and read.get("kube_proxy_replacement") is True


def test_an_installers_bundled_plugin_left_out_is_not_asked_about():
    assert understand("用 sealos 装集群时能不能先不装 calico,我们想自己装 cilium?", CATALOG).asked == ["cilium"]
    assert understand("Can we skip Calico and install Cilium ourselves with kubespray?", CATALOG).asked == ["cilium"]
    assert understand("装完 calico 之后 pod 不通", CATALOG).asked == ["calico"]


def test_plugins_on_the_table_are_candidates_not_the_one_in_use():
    text = "~120 bare-metal nodes, kube-proxy sync is slow. On the table: Calico (iptables), Calico eBPF, Cilium. Which would you pick?"
    assert "current_plugin" not in facts(text)
    assert facts("We run Calico (iptables) on 120 bare-metal nodes.").get("current_plugin") == "calico"


def test_a_guard_the_cloud_team_said_no_to_switching_off_stays_on():
    text = ("masters on neutron net k8s-ctl, workers on k8s-work, a neutron router in between. port security is ON and the "
            "cloud team said no to allowed_address_pairs or disabling port security on our ports")
    read = facts(text)
    assert read.get("l2_adjacent") is False and read.get("cross_subnet") is True
    assert facts("we disabled port security on the node ports").get("l2_adjacent") is True


def test_stable_all_along_is_no_symptom_and_an_open_move_asks_for_a_migration():
    q = "40 台物理机,CNI 是 flannel host-gw,一直挺稳。下个月要扩 rack B,机架之间走三层。host-gw 还能继续用吗?换成啥?现有 flannel 怎么迁过去?"
    reading = understand(q, CATALOG)
    assert reading.kind != "troubleshoot" and "migration" in reading.query
    assert "migration" not in understand("40 台物理机,CNI 是 flannel host-gw,跨机架的 pod 不通。", CATALOG).query
