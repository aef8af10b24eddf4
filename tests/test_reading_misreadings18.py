"""Eighteenth round: misreadings found on the held-out sets of 2026-12-04 (eleventh session), each with a near-miss.
Whose setup a name belongs to, names nobody documents, and what makes a question ours; the network facts are in 18b."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG


def test_a_real_tunnel_type_given_to_a_plugin_without_it_is_unknown():
    for text, plugin in (("We want flannel's geneve backend on our 20 bare-metal nodes, how do I configure it?", "flannel"),
                         ("Calico geneve CrossSubnet 模式适合我们跨机房的集群吗？", "calico"),
                         ("Is the Cilium ipip tunnel mode faster than VXLAN?", "cilium"),
                         ("Terway 的 vxlan 模式怎么开？", "terway"),
                         ("How do I enable flannel's bgp-mesh backend so each node announces its pod subnet?", "flannel")):
        reading = understand(text, CATALOG)
        assert reading.kind == "decline" and reading.unknown, text
        assert reading.closest and all(c.startswith(plugin + ":") for c in reading.closest), text
    # a plugin's own tunnel types, in the catalog or only in its documents, are known
    for text in ("Calico VXLAN mode across two subnets?", "Antrea with the gre tunnel type on 10 nodes?",
                 "kube-ovn 的 vxlan 隧道能用吗？", "flannel's udp backend is slow", "Cilium in geneve mode", "Calico BGP mode with a full mesh",
                 "Cilium BGP mode"):
        assert understand(text, CATALOG).unknown == [], text
    # another plugin's mode after a move is that plugin's: "flannel to Cilium geneve mode"
    assert understand("We are moving from flannel to Cilium geneve mode.", CATALOG).unknown == []
    # a whole phrase quoted as read somewhere, beside a choice, is reported speech
    assert understand("教程里我看到有 'Cilium 的 IPIP 模式'，到底该装哪个？", CATALOG).unknown == []


def test_other_distributions_named_with_words_between_are_not_ours():
    from reading_facts import facts
    found = facts("This contrasts with other widely-used Kubernetes distributions that come with NetworkPolicy support out of the box "
                  "(k0s with kube-router, k3s with Flannel and a purpose-built NetworkPolicy controller).")
    assert "distribution" not in found and "current_plugin" not in found
    assert "current_plugin" not in facts("Unlike other distros such as RKE2 (Canal) or OpenShift (OVN-Kubernetes), MicroK8s ships Calico.")
    # our own distribution beside them stays
    assert facts("Other managed platforms like GKE ship Dataplane V2; we are on EKS with 30 nodes.").get("platform") == "aws"
    assert facts("We run k0s with kube-router on 12 nodes.").get("distribution") == "k0s"


def test_windows_on_the_writers_own_machine_is_no_windows_node():
    from reading_facts import facts
    assert "windows_nodes" not in facts("I want my laptop (Windows) to visit pods via 172.18.x.x directly.")
    assert facts("Our Windows pods cannot resolve DNS.").get("windows_nodes") is True
    assert facts("We run Windows Server 2022 containers on AKS.").get("windows_nodes") is True


def test_a_plugin_tried_and_failed_is_not_the_one_in_use():
    from reading_facts import facts
    assert facts("I tried with Flannel CNI but it seems it's not possible. Then I tried Calico with the tigera-operator; "
                 "all Calico pods are running fine.").get("current_plugin") == "calico"
    assert facts("试了 flannel，跨节点不通，后来装了 Calico").get("current_plugin") == "calico"
    # tried and working is in use
    assert facts("I tried flannel and it works fine.").get("current_plugin") == "flannel"


def test_a_plugin_that_ran_before_or_next_door_is_not_the_one_in_use():
    from reading_facts import facts
    assert facts("去年集群用的是 flannel host-gw，今年已经迁到 Calico VXLAN 了；现在 30 个节点。").get("current_plugin") == "calico:vxlan"
    assert facts("previously I had installed the cluster with kubespray and weave cni without any problem, but since we need bgp "
                 "functionality we decided to move to Calico CNI").get("current_plugin") != "weave"
    assert facts("隔壁大数据团队的集群用的是 Cilium，跟我们没关系；我们自己的集群是 kubeadm 装的，Calico 跑 IPIP 模式。").get("current_plugin") == "calico:ipip"
    ours = facts("The payments team next door runs Cilium with WireGuard on EKS; our own cluster is kubeadm on 7 bare-metal servers with Calico.")
    assert ours.get("current_plugin") == "calico" and ours.get("platform") == "bare-metal" and "encryption" not in ours
    # what ran before and still runs, and a team that only manages our network, stay
    assert facts("We originally used flannel and still do; is Calico better?").get("current_plugin") == "flannel"
    assert facts("安全组归隔壁网络团队管，我们用 Calico").get("current_plugin") == "calico"


def test_a_cluster_taken_down_another_batch_of_workers_and_chinese_network_limits():
    from reading_facts import facts
    now = facts("2022 年那套自建集群用的是 Weave，去年已经下线了；现在的新集群是阿里云 ACK 托管版，30 个节点，网络插件选的 Terway ENIIP 模式。")
    assert now.get("current_plugin") == "terway:eniip" and now.get("managed") is True
    assert "current_plugin" not in facts("The old cluster, decommissioned last year, ran Weave.")
    assert facts("控制面和一部分 worker 在自己机房的 vSphere 上，另外一批 worker 节点在 Azure 上，两边通过 VPN 打通。").get("platform") == "hybrid"
    assert facts("机房之间走专线三层互通，节点之间没有二层。").get("l2_adjacent") is False
    assert "vxlan" in facts("安全部门不允许节点之间放通 UDP，只开了 TCP 和 ICMP。").get("encap_blocked", [])
    assert facts("防火墙只开了 TCP、ICMP 和 UDP").get("encap_blocked") == ["ipip"]
    assert facts("The VPC is nearly exhausted and the network team won't hand any more of it to pods.").get("network_ips_reserved") is True


def test_dns_names_written_into_egress_policies_and_what_another_platform_allowed():
    from reading_facts import facts
    found = facts("I write egress network policies in our AKS cluster. The docs only allow a cidr range, but with openshift we "
                  "were able to use both cidr as well as dnsname. Is there any alternative for specifying dnsname in aks?")
    assert found.get("fqdn_policy") is True and "distribution" not in found and found.get("platform") == "azure"
    assert "fqdn_policy" not in facts("We use the cluster DNS names of services in our policies.")
    assert facts("With Calico we could reach 9 Gbit/s on our 10 nodes.").get("nodes") == 10


def test_a_network_word_inside_a_pod_name_or_a_plugin_as_a_side_note():
    from assistant.reading.topical import on_topic
    assert on_topic("I installed k3s. helm-install-traefik and local-path-provisioner crash with 'No route to host' errors")
    assert not on_topic("Velero backups of PVCs time out on 14 nodes (Calico in BGP mode if that matters). Which timeout to raise?")
    assert on_topic("Our Calico pods crash after the Helm upgrade, what changed?")


def test_a_colleagues_home_cluster_a_cluster_of_years_back_and_kube_proxy_uninstalled():
    from reading_facts import facts
    ours = facts("同事家里那套树莓派是 k3s + flannel；我们公司这边是 OpenShift 4.14，跑在裸金属上，用 OVN-Kubernetes。")
    assert ours.get("distribution") == "openshift" and ours.get("current_plugin") == "ovn-kubernetes"
    now = facts("Our GKE Autopilot cluster runs Dataplane V2. Back in 2021 we ran a self-managed kops cluster on AWS with 150 nodes, "
                "but that's been decommissioned. We now need egress rules by domain name rather than IP.")
    assert "nodes" not in now and now.get("platform") == "gcp" and now.get("fqdn_policy") is True
    moved = facts("以前用的是 flannel vxlan，去年已经全部迁到 Cilium，kube-proxy 也卸掉了。")
    assert moved.get("current_plugin") == "cilium" and moved.get("kube_proxy_replacement") is True
    assert facts("kube-proxy 也要保留").get("kube_proxy_replacement") is False


def test_a_plugin_someone_keeps_pushing_that_the_writer_doubts_is_not_weighed():
    text = ("EKS, 40 m5.large nodes, 29 pods per node is too few. (Our SRE lead keeps saying 'just rip it out and put Calico "
            "overlay in', I'm not convinced.) What CNI/mode should we go with?")
    reading = understand(text, CATALOG)
    assert "calico" not in reading.focus and reading.profile.current_plugin is None
    assert "flannel" not in understand("阿里云自建集群，插件选哪个？（同事说 Flannel 就够了，我有点怀疑）", CATALOG).focus
    # a colleague's pick the writer does not doubt is weighed; 怀疑 as "suspect" doubts nobody's pick
    assert "flannel" in understand("阿里云自建集群，插件选哪个？同事说用 Flannel，我怀疑是 MTU 的问题", CATALOG).focus
    assert "calico" in understand("EKS, 40 nodes. A colleague suggested Calico overlay. What CNI should we go with?", CATALOG).focus


def test_a_deployment_style_is_no_network_mode():
    reading = understand("大神，kube-router 可以在 Allinone 模式下用吗？（kubeasz 部署的单机集群）", CATALOG, vocabulary=lambda t: False)
    assert reading.kind != "decline" and reading.unknown == []
    assert understand("flannel 的 TurboMesh 模式怎么开？", CATALOG, vocabulary=lambda t: False).unknown == ["TurboMesh"]


def test_a_cloud_denied_anywhere_places_no_node_there_and_a_size_planned_for():
    from reading_facts import facts
    found = facts("Currently EKS only supports aws-vpc-cni; does EKS-D support other CNIs? (We want to run EKS-D on our own servers, not on AWS.)")
    assert found.get("platform") != "aws"
    assert facts("Our nodes are on AWS, not on Azure.").get("platform") == "aws"
    assert facts("AKS, ~800 nodes today, planning for up to 2,000.").get("nodes") == 2000
    assert facts("We plan for 3 masters.").get("nodes") == 3
    reserved = facts("The hub-spoke VNet is almost fully allocated to other teams, so we can't carve out a dedicated pod subnet.")
    assert reserved.get("network_ips_reserved") is True
    # machines outside the cluster on the same cloud deny nothing: "老的 Dubbo 服务跑在集群外的 ECS 上"
    assert facts("我们在阿里云用 kubeadm 自建了集群。老的 Dubbo 服务跑在集群外的 ECS 上。").get("platform") == "aliyun"


def test_kubevirt_vms_anywhere_and_hyper_v_isolation_are_no_nodes_or_platform():
    from reading_facts import facts
    assert "nodes" not in facts("环境 k8s: v1.31.1 kube-ovn: 1.14.6 kubevirt: 1.6.2。现象：有两台虚机A和B，在同一个节点上")
    assert facts("集群是 6 台虚机").get("nodes") == 6
    assert "platform" not in facts("Does calico cni support k8s pods of windows hyper-v mode? 1 worker: windows 2019")
    assert facts("Our 3 Hyper-V VMs run the cluster.").get("platform") == "vm"


def test_not_the_managed_service_is_still_its_cloud():
    # a guard for this session's own slip: a denied cloud is one said not to host the nodes, not a managed service refused
    from reading_facts import facts
    assert facts("我们在阿里云上用 ECS 自建 k8s，不是 ACK。").get("platform") == "aliyun"
    assert facts("Azure VMs with kubeadm, not AKS.").get("platform") == "azure"
    assert facts("We want to run EKS-D on our own servers, not on AWS.").get("platform") != "aws"


def test_a_max_pods_question_is_on_topic():
    from assistant.reading.topical import on_topic
    assert on_topic("Why does r4.16xlarge instance have a higher MaxPods limit than the x1.32xlarge instance?")
    assert not on_topic("Why does r4.16xlarge cost more than x1.32xlarge?")
