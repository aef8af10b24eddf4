"""Fourteenth round: counts per role and per total, a plugin run with another one as its base, asks in reported
speech and symptoms of "works here but not there", routes refused and whose trial it was, hybrid sites in Chinese,
an IPsec gateway that is not a wish to encrypt, a plugin asked about as needed, glued and spelled-in names,
declines on the sentence that asks, and the alternatives to a rejected macvlan. Each with a near-miss."""

from __future__ import annotations

from assistant.compose import compose
from assistant.evidence import CitationBook
from assistant.lexical import LexicalIndex
from assistant.models import Profile
from assistant.reading import understand
from assistant.reading.unknown import unknown_names
from assistant.recommend import recommend
from reading_facts import CATALOG, facts


def test_counts_per_role_add_up_whatever_sits_between_the_number_and_the_role():
    assert facts("Our cluster: 1 Controller, 1 Windows Node, running Calico vxlan").get("nodes") == 2
    assert facts("3 台 x86 的 master，5 台鲲鹏 的 worker").get("nodes") == 8
    assert facts("we run 2 ingress controllers on 5 nodes").get("nodes") == 5  # controllers counted only beside another count


def test_a_total_with_the_counter_alone_and_an_arch_before_the_noun_are_counts():
    assert facts("集群是我们自己用 kubeadm 在阿里云 ECS 上搭的，一共 8 台；").get("nodes") == 8
    assert facts("the real cluster is 12 x86_64 VMs on Proxmox").get("nodes") == 12
    assert facts("24 x c6i.2xlarge workers across three private subnets").get("nodes") == 24
    assert "nodes" not in facts("一共 3 台交换机")
    assert "nodes" not in facts("a 2 x 10G bond on each server")


def test_a_routed_l3_link_alone_puts_nodes_in_different_subnets():
    assert facts("The new site joins over a routed L3 link.").get("cross_subnet") is True


def test_a_plugin_run_with_another_is_asked_about_not_its_base():
    text = ("I would like to ask if there's any way to run cilium with flannel as a CNI (similar to how cilium is running "
            "with kube-router). The use case is cilium in clusters that already run flannel.")
    reading = understand(text, CATALOG)
    assert reading.kind == "feasibility" and reading.asked == ["cilium"]
    assert understand("Is Cilium or kube-router better for our flannel cluster?", CATALOG).asked != ["cilium"]


def test_a_symptom_of_working_here_but_not_there_is_troubleshooting_and_an_addition_asks_about_the_plugin_in_use():
    text = ("Ping works for pods on the same node but not for pods on different nodes (100% packets loss). We use Calico on 4 nodes, "
            "do I need flannel or kube-router just to route between the nodes?")
    reading = understand(text, CATALOG)
    assert reading.kind == "troubleshoot" and reading.asked == ["calico"]
    assert understand("Calico works fine for us. Is flannel or kube-router simpler?", CATALOG).kind != "troubleshoot"


def test_routes_refused_in_chinese_and_another_project_groups_trial():
    assert facts("也不会给我们加 Pod 网段的静态路由。").get("pod_routes") is False
    assert facts("运维会给我们加 Pod 网段的静态路由").get("pod_routes") is True
    read = facts("我们在机房有 72 台物理机。去年另一个项目组在 3 台虚拟机上试过 flannel host-gw，觉得挺快。")
    assert read.get("platform") == "bare-metal" and "current_plugin" not in read and read.get("nodes") == 72
    assert facts("We tried it, another project team runs Calico on 40 GKE nodes.").get("platform") is None


def test_an_office_server_room_and_a_cloud_in_one_cluster_are_hybrid_in_chinese():
    text = "我们想把一个 k3s 集群拉通到两个地方：上海办公室机房 4 台服务器，以及腾讯云广州的 3 台 CVM"
    assert facts(text).get("platform") == "hybrid"
    assert facts("混合云环境部署（公网IP部署），推荐网络模组？").get("platform") == "hybrid"
    assert facts("办公室有 3 台测试机，生产在阿里云 ACK 上").get("platform") == "aliyun"


def test_a_gateway_not_wanted_is_no_refusal_of_encryption():
    assert facts("Pod 之间的流量必须加密，希望运维简单，不想再单独维护一套 IPsec 网关。").get("encryption") is True
    assert facts("We don't want IPsec.").get("encryption") is False


def test_a_plugin_asked_about_as_needed_is_no_stated_need():
    assert "multi_nic" not in facts("Can we keep OVN-Kubernetes and still get multicast, or do we need another CNI or Multus for that?")
    assert facts("Our pods need a second NIC; do we need Multus?").get("multi_nic") is True
    assert facts("请教一下，这种情况是否能查看networkpolicy的log？").get("network_policy") is True


def test_the_vendors_chinese_service_names_are_managed():
    read = facts("阿里云k8s容器服务目前只支持Flannel和Terway插件")
    assert read.get("managed") is True and read.get("platform") == "aliyun"
    assert facts("集群是我们自己用 kubeadm 在阿里云 ECS 上搭的").get("managed") is False


def test_external_systems_that_talk_to_pods_by_ip_need_routable_pod_ips():
    text = "The on-prem settlement system in our Manchester DC talks to some pods directly by pod IP over Direct Connect."
    assert facts(text).get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("The on-prem settlement system talks to the ingress over Direct Connect.")


def test_a_name_glued_to_cni_is_a_candidate_and_a_catalog_name_spelled_into_one_is_not():
    def unknown(text: str) -> list[str]:
        return unknown_names(CATALOG, text, [], lambda term: term in {"azure", "calico"})[0]
    assert unknown("Has anyone run HyperlaneCNI on Proxmox?") == ["Hyperlane"]
    assert unknown("We run AzureCNI on AKS.") == []
    reading = understand("Is AmazonVPC-CNI or Calico better on EKS?", CATALOG, vocabulary=lambda term: term in {"calico"})
    assert reading.kind != "decline"


def test_an_off_topic_ask_after_a_cluster_description_is_declined_but_installing_the_plugin_is_not():
    jvm = ("集群是 30 个节点的 Cilium 1.15，节点是 Rocky 9。请问 -XX:MaxGCPauseMillis、MaxRAMPercentage 这些 JVM 参数应该怎么调？")
    assert understand(jvm, CATALOG).kind == "decline"
    helm = "The Cilium docs say that on OpenShift we install Cilium with the Operator. Can I install it another way (Helm maybe?"
    assert understand(helm, CATALOG).kind != "decline"


def test_a_rejected_macvlan_is_answered_with_its_peers_not_with_multus(tmp_path):
    profile = Profile(platform="vmware", multi_nic=True, mac_filtering=True, current_plugin="calico:vxlan")
    plan = recommend(profile, CATALOG, "en", ["calico", "multus", "macvlan"], stay="calico:vxlan")
    top = next(o for o in plan.options if o.verdict == "recommended")
    assert top.id == "ipvlan"
    plain = recommend(Profile(platform="vmware", multi_nic=True), CATALOG, "en", ["macvlan"])
    assert next(o for o in plain.options if o.verdict == "recommended").id == "macvlan"  # not rejected: it still leads
    text = ("We installed Multus and gave pods a macvlan net1; net1 cannot ping the gateway. The vSphere port group rejects "
            "promiscuous mode, MAC address changes and forged transmits. Primary CNI is Calico VXLAN. Why?")
    reading = understand(text, CATALOG)
    answer = compose(reading, plan, [], CitationBook(LexicalIndex(tmp_path / "lex.sqlite3").find, "en"))
    assert "macvlan" in answer.split("\n\n")[0] and "ipvlan" in answer
