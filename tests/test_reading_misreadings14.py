"""Fourteenth round, questions and answers: which plugin a question is about (one run with another, an
addition, one found wanting or moved away from, a hyphen written as a space), kinds (asks in reported speech,
symptoms, declines on the sentence that asks, unknown names glued, quoted or spelled in), and the answers (a rejected
macvlan's peers, an unstated need named as the cause, fixed IPs only a managed service offers). Each with a near-miss."""

from __future__ import annotations

from assistant.compose import compose
from assistant.evidence import CitationBook
from assistant.lexical import LexicalIndex
from assistant.models import Profile
from assistant.reading import understand
from assistant.reading.unknown import unknown_names
from assistant.recommend import recommend
from reading_facts import CATALOG, check_status, facts


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
    primary = recommend(Profile(platform="vmware", mac_filtering=True), CATALOG, "en", ["macvlan"])
    assert next(o for o in primary.options if o.verdict == "recommended").plugin not in ("ipvlan", "sriov")  # a primary network asked
    plain = recommend(Profile(platform="vmware", multi_nic=True), CATALOG, "en", ["macvlan"])
    assert next(o for o in plain.options if o.verdict == "recommended").id == "macvlan"  # not rejected: it still leads
    text = ("We installed Multus and gave pods a macvlan net1; net1 cannot ping the gateway. The vSphere port group rejects "
            "promiscuous mode, MAC address changes and forged transmits. Primary CNI is Calico VXLAN. Why?")
    reading = understand(text, CATALOG)
    answer = compose(reading, plan, [], CitationBook(LexicalIndex(tmp_path / "lex.sqlite3").find, "en"))
    assert "macvlan" in answer.split("\n\n")[0] and "ipvlan" in answer


def test_a_plugin_found_wanting_or_moved_away_from_is_no_candidate():
    reading = understand("Cilium 太重了，我们的边缘节点只有 2G 内存，换什么 CNI？", CATALOG)
    assert reading.kind == "choice" and reading.leaving and "cilium" not in reading.focus
    assert "cilium" not in understand("We evaluated Cilium and found its memory footprint too high. What should we use instead?", CATALOG).plugins
    assert "calico" in understand("Is Calico too complex for a 3-node lab?", CATALOG).plugins
    kept = understand("Our AKS cluster runs classic Azure CNI and the subnet is full. Calico is our policy engine. What should we move to?",
                      CATALOG)
    assert not kept.leaving and "azure-cni" in kept.focus  # asked about by name: its other modes stay candidates


def test_a_plugins_hyphen_written_as_a_space_and_a_tool_like_another_plugin_as_an_addition():
    text = ("I have installed a Kubernetes cluster that makes use of the azure vnet and ipam CNI plugins. They don't seem to support "
            "NetworkPolicy. Are we supposed to use another tool like Calico for this NetworkPolicy functionality?")
    reading = understand(text, CATALOG)
    assert reading.profile.current_plugin == "azure-cni" and reading.asked == ["azure-cni"]
    assert facts("So I use IPIP mode to cross subnet and Calico peering.").get("current_plugin") == "calico:ipip"


def test_a_symptom_where_the_mode_needs_what_the_question_leaves_open_names_that_need_and_a_way_out(tmp_path):
    text = "使用cloudpods虚拟机部署k8s，cilium的native route模式无法跨节点访问pod ip，只有用vxlan模式才能互通，是虚拟化底层的影响吗？"
    reading = understand(text, CATALOG)
    assert reading.kind == "troubleshoot" and reading.profile.current_plugin == "cilium:native-routing"
    plan = recommend(reading.profile, CATALOG, "zh", ["cilium"], stay="cilium:native-routing")
    answer = compose(reading, plan, [], CitationBook(LexicalIndex(tmp_path / "lex.sqlite3").find, "zh"))
    assert answer.startswith("你的描述没有说明") and "二层" in answer and "**Cilium, VXLAN**" in answer
    settled = recommend(Profile(platform="vm", l2_adjacent=True, current_plugin="cilium:native-routing"), CATALOG, "zh", ["cilium"],
                        stay="cilium:native-routing")
    assert not compose(reading, settled, [], CitationBook(LexicalIndex(tmp_path / "lex2.sqlite3").find, "zh")).startswith("你的描述没有说明")


def test_fixed_ips_from_a_mode_only_the_managed_service_offers_fail_a_self_managed_cluster():
    assert check_status("terway:eniip", Profile(platform="aliyun", managed=False, static_pod_ips=True), "ipam") == "fail"
    assert check_status("terway:eniip", Profile(platform="aliyun", managed=True, static_pod_ips=True), "ipam") == "pass"
    assert check_status("calico:vxlan", Profile(platform="aliyun", managed=False, static_pod_ips=True), "ipam") == "pass"


def test_a_quoted_made_up_backend_is_a_candidate_and_dropping_vxlan_as_a_wish_blocks_nothing():
    reading = understand("A consultant told us to switch flannel to its 'turbo-gw' backend. How do I enable turbo-gw?", CATALOG,
                         vocabulary=lambda term: term in {"flannel"})
    assert reading.kind == "decline" and "turbo-gw" in reading.unknown
    assert "encap_blocked" not in facts("flannel's tencent-vpc backend writes pod routes into the VPC route table so we could drop VXLAN.")
    assert facts("the firewall drops VXLAN between the nodes").get("encap_blocked") == ["vxlan"]


def test_a_nic_or_host_by_its_name_is_no_unknown_plugin():
    assert understand("有一个节点的网卡名字叫em1，calico 找不到网卡就报错", CATALOG, vocabulary=lambda term: False).kind != "decline"
    assert understand("有个叫 LatticeNet 的 CNI 插件，适合我们吗？", CATALOG, vocabulary=lambda term: False).kind == "decline"
