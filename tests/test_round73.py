"""Seventy-third round: readings from held-out batch 73 (blind512-519), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned, top, vocabulary

KNOWS = vocabulary("direct routing", "directrouting", "vxlan", "host-gw", "wireguard", "calico", "felixconfiguration")



def test_made_up_features_in_any_spelling_are_unknown():
    for text in ('A colleague says flannel\'s vxlan backend has `"AutoHostGW": true`, which switches peers on the same L2 to host-gw. '
                 "What value should the probe interval have?",
                 "Should we enable Calico's QuantumShield post-quantum encryption mode instead of plain WireGuard?",
                 "anyone run flashroute cni on bm? supposedly lower latency than calico bgp, worth switching?"):
        assert understand(text, CATALOG, vocabulary=KNOWS).kind == "decline", text
    for text in ('We set `"DirectRouting": true` in net-conf.json and routes still go via flannel.1.',
                 "I am using VCN-native pod networking, `cni_type = \"npn\"`, and pods cannot reach the API endpoint.",
                 "anyone using calico cni on bare metal with BGP?"):
        assert understand(text, CATALOG, vocabulary=KNOWS).unknown == [], text


def test_vpn_appliances_and_cloud_ipconfigs():
    assert understand("Our ASA 5516 site-to-site tunnel to the AWS virtual private gateway drops every hour with Phase 2 Mismatch. "
                      "Should I change the PFS group?", CATALOG).kind == "decline"
    assert understand("Our k8s nodes reach AWS over a site-to-site VPN (Cisco ASA); pods time out across it. Calico VXLAN.",
                      CATALOG).kind != "decline"
    assert understand("Provisioning AKS with Terraform in our own vnet created lots of ipconfigs on the node network interfaces. Why?",
                      CATALOG).kind != "decline"


def test_a_clouds_vms_seen_from_one_of_them():
    text = ("Built a kubeadm cluster on plain Azure VMs (not AKS): 7 nodes in one VNet subnet. tcpdump on the receiving VM: zero "
            "packets. What is Azure doing to us?")
    assert facts(text).get("platform") == "azure"
    assert facts("Three VMs on VirtualBox; the receiving VM sees nothing.").get("platform") == "vm"


def test_half_here_half_there_is_hybrid():
    assert facts("集群一半节点在aws ec2 一半在自己机房，中间走site-to-site vpn，cni怎么选").get("platform") == "hybrid"
    assert facts("集群全部在 aws ec2 上，机房只放了跳板机").get("platform") == "aws"


def test_methods_on_unnamed_paths_names_by_domain_and_a_record_of_denials():
    read = facts("Only allow GET and POST on a couple of paths of the card-vault API, and let the settlement pods reach "
                 "api.visa-partner.example by name and nothing else.")
    assert read.get("l7_policy") is True and read.get("fqdn_policy") is True
    assert "l7_policy" not in facts("curl GET on a couple of paths returns 404.")
    assert facts("The auditors want evidence of which pod connections our NetworkPolicies actually denied.").get("policy_logging") is True
    assert "policy_logging" not in facts("I have no idea which rule blocked the connection.")


def test_bgp_peers_stuck_in_active_are_a_setting_of_the_mode_in_use():
    assert top("calico bgp: calicoctl node status shows peers stuck in Active/Connect, nodes same subnet, firewalld on. "
                "cross node pods dead") == "calico:bgp"


def test_the_mode_moved_away_from_or_back_to_is_not_blocked():
    assert "encap_blocked" not in facts("flannel 从 vxlan 改成 host-gw 之后跨节点就不通了：源节点 tcpdump 能看到包发出去，"
                                        "目标节点 eth0 上一个都收不到；改回 vxlan 又好了。")
    assert facts("The firewall drops VXLAN; nothing arrives at the other node.").get("encap_blocked") == ["vxlan"]


def test_a_security_group_of_ones_own_is_opened_not_routed_around():
    assert top("flannel vxlan，同节点pod能通 跨节点不通。云上安全组只放行了tcp全端口") == "flannel:vxlan"
    assert top("flannel vxlan，跨节点不通。公司防火墙只放行 TCP，网络组不肯开 UDP。") != "flannel:vxlan"


def test_an_mtu_left_behind_and_a_measured_rate_are_symptoms():
    read = understand("Calico VXLAN 模式，二十台物理机 25G 网卡。网络组把 MTU 改到 9000 后，跨节点 iperf3 只有 3 Gbps 左右，"
                      "vxlan.calico 的 MTU 还是 1450。该怎么调？", CATALOG)
    assert read.kind == "troubleshoot" and "mtu" in read.suspects
    assert understand("We only have 1 Gbps links between the two sites; which Calico mode?", CATALOG).kind != "troubleshoot"


def test_pod_ips_wanted_where_no_plugin_gives_them_leave_a_plugin_that_runs():
    text = "腾讯云 CVM 上自建的 k8s，20 个节点。想让 pod 直接拿 VPC 的 IP，装了 terway 一直 CrashLoopBackOff。该换成什么？"
    top = planned(text).options[0]
    assert top.verdict != "rejected" and not top.id.startswith("terway")


def test_a_missing_module_the_kernel_cannot_take_moves_to_a_mode_without_it():
    text = ("6 块 RK3588 开发板（aarch64，厂商内核 5.10.110），都插在同一台交换机上。flannel 默认配置起不来：failed to configure interface "
            "flannel.1: operation not supported。`modprobe vxlan` 提示 Module vxlan not found。厂商内核我们没法重新编译。该换后端还是换插件？")
    assert top(text) == "flannel:host-gw"


def test_pod_ips_wanted_with_another_unmet_wish_still_pick_the_plugin_that_gives_them():
    text = ("我们在阿里云 ECS 上用 kubeadm 自建的集群（不是 ACK），120 个节点，一直跑 flannel vxlan。现在想让 pod 直接拿 VPC 里的 IP，"
            "另外安全那边希望能给几个支付服务的 pod 单独绑安全组。换 Terway 合适吗，选哪个模式？")
    assert top(text).startswith("terway")


def test_a_mode_key_with_a_made_up_value_after_the_generic_key_rule():
    text = "On Hetzner Cloud, should we move Cilium to its Hetzner IPAM mode (ipam.mode: hcloud), or stay on cluster-pool?"
    assert understand(text, CATALOG, vocabulary=vocabulary("cluster-pool", "ipam mode")).kind == "decline"
    text = "Should we move Cilium to (ipam.mode: kubernetes) or stay on cluster-pool?"
    assert understand(text, CATALOG, vocabulary=vocabulary("cluster-pool", "ipam mode", "kubernetes")).unknown == []


def test_boards_counted_as_raspis_and_outside_nodes_pinging_pods():
    assert facts("Installed longhorn via helm chart on a 4-raspi k3s, no arguments.").get("nodes") == 4
    assert facts("Expected: nodes outside the cluster can directly ping pods in the k8s cluster.").get("routable_pod_ips") is True
    assert "platform" not in facts("linux-modules-extra-raspi is missing on the node")
