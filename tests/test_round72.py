"""Seventy-second round: readings from held-out batch 72 (blind504-511), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, top, vocabulary

# what an index of the notes knows, for the settings below: real keys and values, none of the made-up ones
KNOWS = vocabulary("ipam mode", "cluster-pool", "kubernetes", "tunnel", "vxlan", "routing mode", "native", "mtu", "eni", "dsr")


def test_a_made_up_setting_handed_over_as_code_is_unknown():
    for text in ("Someone said to set `tunnel-compression: zstd` in the cilium-config ConfigMap. What level should I pick?",
                 "Terway 的 ENI 跨可用区漂移模式（eni_cross_zone_roaming: true）在哪配置？",
                 "Should we move Cilium to its Hetzner IPAM mode (ipam.mode: hcloud), or stay on cluster-pool?"):
        reading = understand(text, CATALOG, vocabulary=KNOWS)
        assert reading.kind == "decline" and reading.unknown, text


def test_real_settings_logs_labels_and_pasted_configs_name_nothing_unknown():
    for text in ("Should we move Cilium to ipam.mode: cluster-pool or stay on kubernetes?",
                 "We set `routing-mode: native` in Cilium and pods across nodes time out.",
                 "部署calico-01时出错：==> calico-01: chmod: cannot access '/srv/kubernetes'",
                 "kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide shows them pending on the flannel nodes",
                 "With calico_network_backend: vxlan the calico-node pods never become ready.",
                 "Our Cilium values: `bpf-lb-mode: dsr`, `cluster-name: east`, `hubble-relay: true`. Why do pods time out?"):
        assert understand(text, CATALOG, vocabulary=KNOWS).unknown == [], text


def test_an_application_protocol_is_no_plugins_tunnel():
    assert understand("Our firewall only passes TCP, so I'd like to switch flannel to its tcp backend over port 443. Where is the port set?",
                      CATALOG, vocabulary=KNOWS).kind == "decline"
    assert understand("Our firewall only passes TCP and UDP 8472; can flannel's vxlan backend work?", CATALOG, vocabulary=KNOWS).unknown == []



def test_a_missing_tunnel_module_is_fixed_on_the_node_and_the_mode_in_use_leads():
    text = ("Upgraded my Pi 4 nodes to Ubuntu 24.04 and since then k3s pods only reach pods on the same node. No flannel.1 interface, "
            "and the k3s log says it failed to create the vxlan device (operation not supported). Default k3s install. What happened?")
    assert top(text) == "flannel:vxlan"
    # a network that drops VXLAN is no module to load: the mode in use gives way
    assert top("k3s with flannel vxlan; the datacentre firewall drops VXLAN between our two racks, so pods across racks time out. "
                "What now?") != "flannel:vxlan"


def test_a_move_asked_about_is_neither_a_block_nor_the_mode_in_use():
    from reading_facts import facts

    read = understand("Calico VXLAN across two DCs; big responses hang across the line while ping works. What's wrong, should we drop VXLAN?",
                      CATALOG)
    assert "encap_blocked" not in {f.key for f in read.facts}
    assert facts("Our provider drops VXLAN between the two DCs.").get("encap_blocked") == ["vxlan"]
    text = "Both racks run Calico BGP, no encapsulation. Since the ACL change pods can't reach rack 1. Should we just fall back to VXLAN?"
    assert understand(text, CATALOG).profile.current_plugin == "calico:bgp"
    assert understand("Both racks fell back to VXLAN after the ACL change; Calico pods can't reach rack 1.", CATALOG).profile.current_plugin \
        == "calico:vxlan"
    # a fallback described with its condition is CrossSubnet, not a move: "native in one network, but fall back to ipip when ..."
    described = understand("It would be better to let Calico use the native connection when both hosts are in the same network, but fall "
                           "back to ipip when they are in different networks (as in AWS EC2 VPC). Is that possible?", CATALOG)
    assert "calico:ipip" not in described.wanted


def test_a_cni_nobody_dares_touch_stays_in_chinese():
    assert understand("老集群 flannel vxlan 跑了三年，CNI 是真不敢动。不换网络插件能不能让 NetworkPolicy 生效？", CATALOG).staying
    assert not understand("现在用 flannel，要不要换网络插件？", CATALOG).staying


def test_a_move_decided_leaves_the_plugin_in_use_and_the_comparison_is_about_the_new_one():
    read = understand("准备把集群从 Calico 迁到 Cilium，顺便打开透明加密。WireGuard 和 IPsec 在吞吐上差多少？", CATALOG)
    assert read.asked == ["cilium"] and read.leaving
    read = understand("We run Calico. Should we stay on Calico or move to Cilium?", CATALOG)
    assert set(read.asked) == {"calico", "cilium"} and not read.leaving


def test_a_managed_service_not_taken_and_its_fee():
    from reading_facts import facts

    assert facts("阿里云上用 ECS 自己 kubeadm 搭的 k8s，没上 ACK（领导嫌托管费贵）").get("managed") is False
    assert facts("阿里云上用的是 ACK 托管版").get("managed") is True


def test_link_speeds_and_cpus_per_machine_are_no_node_counts():
    from reading_facts import facts

    assert "nodes" not in facts("我们是 40G 网卡的物理机，Ubuntu 22.04。")
    assert "nodes" not in facts("I've installed the master node on a 96 CPU ARM64 server.")
    assert facts("40 来台 ecs.g7，挂在两个交换机上").get("nodes") == 40
    assert facts("4 GPU nodes and 2 CPU nodes").get("nodes") == 6


def test_an_arm_architecture_in_a_mixed_cluster_and_arm_images():
    from reading_facts import facts

    assert facts("其中部分节点是x86架构，部分节点是ARM架构").get("arch") == "arm64"
    assert facts("拉取的 arm架构的镜像有问题").get("arch") is None


def test_nodes_split_between_home_and_a_cloud_are_hybrid():
    from reading_facts import facts

    assert facts("I run the cluster over the internet: master node is in the cloud, some workers are in other clouds and some at home "
                 "behind a NAT.").get("platform") == "hybrid"
    assert facts('I use a rancher cluster inside my "home" network. I want to set up a new worker node in AWS cloud.').get("platform") == "hybrid"
    assert facts("All our nodes are in the cloud; my laptop at home runs kubectl.").get("platform") != "hybrid"


def test_no_arp_broadcast_and_real_hardware():
    from reading_facts import facts

    assert facts("换成 host-gw 以后，VPC 下不支持 ARP 广播导致 pod 间无法通信").get("l2_adjacent") is False
    assert facts("Installing Kubernetes with kubeadm on real hardware (running ubuntu).").get("platform") == "bare-metal"


def test_services_kept_off_the_cluster_on_vms_are_not_its_nodes_but_reach_its_pods():
    from reading_facts import facts

    read = facts("自建机房，80 台物理机。机房里还有一堆没上 k8s 的老 dubbo 服务（跑在 VM 上），要按注册中心里的 pod IP 直接调 pod。")
    assert read.get("platform") == "bare-metal" and read.get("routable_pod_ips") is True
    assert facts("k8s 节点都跑在 VM 上，老服务走 Ingress。").get("platform") == "vm"


def test_a_pure_bgp_mode_is_no_bgp_fabric():
    from reading_facts import facts

    assert "bgp_fabric" not in facts("刚把集群搬到 AWS EC2，Calico 沿用了机房的配置：ipipMode Never、vxlanMode Never，纯 BGP 路由。")
    assert facts("机房核心交换机跟每台 node 建了 BGP 邻居。").get("bgp_fabric") is True


def test_a_plugin_kept_for_one_job_is_not_weighed():
    text = "现状：Antrea noEncap，用 kube-router 只做 BGP 通告。Egress 在 noEncap 下能用吗？不行的话改 hybrid 还是 encap？"
    assert understand(text, CATALOG).asked == ["antrea"]
    assert understand("We run EKS with the default VPC CNI. Can we add Calico just for network policy?", CATALOG).asked == ["aws-vpc-cni"]


def test_an_os_qualified_mode_is_known_and_remote_access_vpns_are_not_ours():
    assert understand("RKE2 sets Calico to vxlan on Windows nodes; we need windows-bgp mode. Can Calico do that?", CATALOG,
                      vocabulary=KNOWS).kind != "decline"
    assert understand("Remote access for 200 employees' laptops into the office LAN: WireGuard or OpenVPN, which is easier with SSO?",
                      CATALOG).kind == "decline"
    assert understand("Our k3s nodes talk over WireGuard; which CNI mode should the pods use?", CATALOG).kind != "decline"


def test_nodes_on_public_addresses_talk_over_the_internet():
    from reading_facts import facts

    read = facts("kubectl describe nodes reveals that most nodes have a public IPv4 address as their InternalIP.")
    assert read.get("cross_subnet") is True and read.get("untrusted_network") is True
    assert facts("node10（222.222.222.222）和 master 外网通信，和 node11 内网可以通信").get("untrusted_network") is True
    assert "untrusted_network" not in facts("节点之间内网通信正常，pod 访问外网不通")
