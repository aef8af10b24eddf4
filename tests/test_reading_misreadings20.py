"""Twentieth round: misreadings on the held-out sets of 2026-12-04 (second batch), each with a near-miss that must
keep its reading."""

from __future__ import annotations


def test_a_port_that_cannot_be_opened_or_a_protocol_dropped_is_blocked():
    from reading_facts import facts
    assert facts("安全组规则里 UDP 8472 开不了，IP 协议号 4（IPIP）也不放行。").get("encap_blocked") == ["vxlan", "ipip"]
    assert facts("防火墙只放行 TCP/UDP/ICMP，IP 协议 4（IPIP）直接丢。").get("encap_blocked") == ["ipip"]
    found = facts("The security group lets all TCP and UDP through between the VMs, but custom IP protocols are not something they'll add.")
    assert found.get("encap_blocked") == ["ipip"]
    # a page that does not open is a symptom, not a firewall
    assert "encap_blocked" not in facts("网页打不开，我们用 flannel vxlan")


def test_what_the_writer_would_rather_not_run_or_maintain():
    from reading_facts import facts
    assert facts("The CCM programs the routes already. I'd rather not run an overlay on top of that.").get("encap_blocked")
    found = facts("OPNsense routes between the VLANs, but it runs no routing protocol and I'd rather not maintain static routes for pod CIDRs.")
    assert found.get("pod_routes") is False
    assert facts("We maintain static routes for the pod CIDRs on the core router.").get("pod_routes") is True


def test_counts_planned_added_and_named_after_the_machines():
    from reading_facts import facts
    assert facts("Right now it's 3 control-plane VMs and 8 workers on vSphere 7.0 U3; by Q3 2025 we're adding another 24 workers."
                 ).get("nodes") == 35
    assert facts("25 nodes today spread over three AZs, so three subnets, heading to ~60 by summer.").get("nodes") == 60
    assert facts("托管机房，裸金属 36 台 Ubuntu 22.04，分在 3 个网段").get("nodes") == 36
    assert facts("物理机共 12 台，交换机 2 台").get("nodes") == 12
    # a pair of pods on two nodes, or a ping's sequence number, is no size
    assert "nodes" not in facts("创建两个Pod调度到两个节点，两个Pod的IP按照网段被分配出来")
    assert "nodes" not in facts("From 192.168.10.155 icmp_seq=1 Destination Host Unreachable")
    assert facts("集群有两个节点").get("nodes") == 2


def test_topology_said_by_sites_switches_and_shared_ranges():
    from reading_facts import facts
    assert facts("8 nodes split between GRA and SBG, each with its own /64.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("nodes split between Ubuntu and Windows")
    assert facts("我们 20 台物理服务器都挂在一台 H3C 核心交换机下面").get("l2_adjacent") is True
    assert "cross_subnet" not in facts("Our slice of the VPC is a single /22 shared with two other teams.")
    assert facts("All 6 nodes sit in a single /24.").get("cross_subnet") is False
    zh = facts("三个集群的 Pod 网段已经规划成不重叠的（10.100.0.0/16、10.101.0.0/16、10.102.0.0/16）。")
    assert "cross_subnet" not in zh and "tenant_networks" not in zh
    assert facts("Nodes are in 10.0.1.0/24 and 10.0.2.0/24.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("[Feature] 支持不同租户下的网络隔离。")


def test_addresses_refused_to_pods_and_density_asked():
    from reading_facts import facts
    assert facts("The security architects explicitly forbid pod IPs inside the VNet.").get("network_ips_reserved") is True
    assert facts("The network team won't give us secondary CIDRs.").get("network_ips_reserved") is True
    assert facts("The dev teams want to pack ~80 small pods per node.").get("pod_density") is True
    assert facts("How can I fix the cluster that have not enough IP?").get("pod_density") is True
    assert "pod_density" not in facts("We run 80 pods in total.")


def test_needs_said_without_their_usual_words():
    from reading_facts import facts
    text = "I would like to control what IP is used when a service is connecting to something externally from the k8s cluster."
    assert facts(text).get("egress_ip") is True
    assert facts("Other and the SMTP service must not share an external IP.").get("egress_ip") is True
    assert facts("Our two on-prem clusters have to call each other's Services directly.").get("multi_cluster") is True
    assert "multi_cluster" not in facts("We have two clusters, one for dev and one for prod.")
    assert facts("We need Kubernetes NetworkPolicy; Windows is not in scope.").get("windows_nodes") is False
    assert facts("节点之间本来就走 IPsec VPN 专线，不需要 CNI 再加一层加密。").get("encryption") is False


def test_what_runs_said_by_settings_and_moves():
    from reading_facts import facts
    assert facts("Calico version: 3.31.0; Calico dataplane: bpf; Orchestrator version: k0s 1.34.1").get("current_plugin") == "calico:ebpf"
    assert facts('resource "google_container_cluster" "x" { datapath_provider = "ADVANCED_DATAPATH" }').get("current_plugin") == \
        "gke:dataplane-v2"
    assert facts("I upgraded the CNI plugin to 1.1.0 with AWS_VPC_K8S_CNI_EXTERNALSNAT set to true.").get("current_plugin") == "aws-vpc-cni"
    assert facts("the --flannel-iface flag only accepts interface names").get("current_plugin") == "flannel"
    moved = facts("We ran Weave Net on this cluster until last spring; it was ripped out and replaced with Calico in VXLAN mode.")
    assert moved.get("current_plugin") == "calico:vxlan"
    assert facts("We run Weave Net until the new cluster is ready.").get("current_plugin") == "weave"
    assert facts("以前用的是 weave，去年已经全部迁到 cilium 了，kube-proxy 也一起去掉了。").get("kube_proxy_replacement") is True
    assert facts("内核还是 3.10，所以数据面先不要上 eBPF。").get("kernel") == "3.10"


def test_a_colleagues_advice_is_not_what_runs():
    from reading_facts import facts
    found = facts('We run kubeadm on EC2. My colleague keeps saying "just use the AWS VPC CNI". NetworkPolicy is a must.')
    assert "current_plugin" not in found
    assert facts("My colleague set up the cluster; we use the AWS VPC CNI.").get("current_plugin") == "aws-vpc-cni"
    assert facts("领导说直接上 Cilium，我们现在用的是 flannel").get("current_plugin") == "flannel"


def test_status_lines_and_flags_are_no_wishes():
    from reading_facts import facts
    assert "ipv6" not in facts("IPv4 BGP status: 172.17.8.102 | node-to-node mesh | up. IPv6 BGP status: No IPv6 peers found.")
    assert facts("We run IPv6 single-stack.").get("ipv6") is True
    text = "K3s with Calico, started with --disable-network-policy. Services break after applying NetworkPolicies."
    assert facts(text).get("network_policy") is True
    assert facts("curl -sfL https://get.k3s.io | sh -s - --disable-network-policy --flannel-backend=host-gw").get("network_policy") is False


def test_another_teams_cluster_said_as_theirs_and_a_tool_run_by_hand():
    from reading_facts import facts
    found = facts("Our payments team runs Cilium with WireGuard on GKE, but that's their cluster, not ours. Ours is a kubeadm cluster "
                  "on Dell R640s in one rack, all in the same /24, running flannel with the vxlan backend.")
    assert found.get("current_plugin") == "flannel:vxlan" and found.get("platform") == "bare-metal"
    assert facts("Our payments team runs Cilium on GKE.").get("current_plugin") == "cilium"
    karpenter = facts("I'm looking to understand whether self-managed Karpenter deployments on AKS support the use of Calico as a CNI?")
    assert karpenter.get("managed") is True
    assert facts("We run a self-managed cluster on Azure VMs.").get("managed") is False


def test_a_data_plane_word_given_to_a_plugin_without_it_is_an_unknown_mode():
    from assistant.reading import understand
    from reading_facts import CATALOG
    for text in ('请问 Flannel 的 xdp 后端怎么开启？我想把 Backend Type 设成 "xdp"。', "How do I turn on Calico's DPDK mode?"):
        reading = understand(text, CATALOG)
        assert reading.kind == "decline" and reading.unknown, text
    # where the plugin's documents describe it, it is known
    for text in ("Does Cilium's XDP mode need a special NIC driver?", "Kube-OVN 的 DPDK 模式需要什么网卡？"):
        assert understand(text, CATALOG).unknown == [], text


def test_guards_kept_and_a_helm_question_about_a_mode():
    from assistant.reading.topical import off_domain
    from reading_facts import facts
    kept = facts("Port security is on and the cloud ops folks flatly refuse to add allowed-address-pairs for a pod CIDR or to switch port "
                 "security off.")
    assert kept.get("l2_adjacent") is False
    assert facts("We switched port security off on all ports.").get("l2_adjacent") is True
    assert not off_domain("听说 Cilium 有个 DirectMesh 路由模式。我们在阿里云上两个交换机之间想开这个，Helm values 应该怎么写？")
    assert off_domain("我们用 Cilium。Helm chart 的 values 应该怎么写才能升级 Grafana？")


def test_batch_twelve_blocks_routes_and_load_balancers():
    from reading_facts import facts
    assert facts("firewalld 只按白名单放行 TCP/UDP 端口，IP 协议 4 被拦掉了。").get("encap_blocked") == ["ipip"]
    assert facts("安全部门坚决不同意放行 IPIP 协议。").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("安全部门同意放行 IPIP 协议了。")
    assert facts("CCM: hcloud-cloud-controller-manager, route controller turned off (we don't want it touching routes)").get(
        "pod_routes") is False
    assert facts("hcloud-cloud-controller-manager runs with the route controller on.").get("pod_routes") is True
    assert facts("业务那边要求 SLB/ALB 后端直接挂 Pod IP，不走 NodePort。").get("routable_pod_ips") is True
    assert facts("以前用 Azure CNI（每个 Pod 占一个 VNet IP），地址已经快见底了。").get("pod_density") is True


def test_options_one_is_torn_between_are_no_current_plugin():
    from reading_facts import facts
    found = facts("AKS 1.30，下个月要加一个 Windows Server 2022 节点池。VNet 是跟别的团队共用的 /20，以前用 Azure CNI（每个 Pod 占一个 "
                  "VNet IP），地址已经快见底了。现在纠结两个方案：Azure CNI Overlay + Calico 做网络策略，还是 BYO CNI 自己装 Calico VXLAN？")
    assert "current_plugin" not in found
    assert facts("AKS 1.30，现在用的是 Calico VXLAN，网络策略也是 Calico 做的。").get("current_plugin") == "calico:vxlan"


def test_gitops_questions_are_off_domain_and_pod_security_groups_are_not():
    from assistant.reading.topical import off_domain, on_topic
    assert off_domain("Our platform runs on EKS with Cilium, not that it matters here. Argo CD keeps showing our Helm-based apps as "
                      "OutOfSync because a mutating webhook adds an annotation. How do I make Argo CD ignore that diff?")
    assert not off_domain("Argo CD deploys Cilium; pods on different nodes can't reach each other over VXLAN. Why?")
    assert on_topic("I followed the security-groups-per-pod lab of the EKS workshop on t3.small instances. Why don't security groups "
                    "for pods work on this node group?")


def test_a_quoted_made_up_backend_is_unknown():
    from assistant.reading import understand
    from reading_facts import CATALOG
    text = 'How do I enable flannel\'s built-in "meshgate" backend so that each node load-balances pod traffic across its two uplinks?'
    # a vocabulary that knows nothing: only the catalog's own names are known
    assert understand(text, CATALOG, vocabulary=lambda t: False).unknown == ["meshgate"]
    assert understand('Is flannel\'s "vxlan" backend fine here?', CATALOG, vocabulary=lambda t: False).unknown == []


def test_securing_the_tunnel_is_encryption_wanted():
    from reading_facts import facts
    text = "How can we secure VXLAN on a bare metal provider? Our k3s nodes are cheap VPS hosts that talk over public IPs."
    assert facts(text).get("encryption") is True
    assert "encryption" not in facts("We secure the VXLAN port with the cloud firewall.")
