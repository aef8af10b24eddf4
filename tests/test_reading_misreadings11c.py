"""Classes of misreading and answering, eleventh round (third part): os-release lines pasted one per line, a
path under /etc taken for "etc.", halves of a cluster with addresses between them, the simplest plugin asked for
in Chinese, and a value sentence quoted twice. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

from assistant.compose.concept import concept
from assistant.evidence import CitationBook
from assistant.lexical import LexicalIndex
from assistant.models import Passage, Reading
from reading_facts import facts


def test_os_release_pasted_line_by_line_names_the_release():
    text = "our fleet:\n$ cat /etc/os-release | grep -E '^(NAME|VERSION_ID)'\nNAME=\"Red Hat Enterprise Linux\"\nVERSION_ID=\"8.10\"\n"
    assert facts(text).get("os") == "rhel 8.10"
    assert facts("NAME=\"Red Hat Enterprise Linux\"\nsome other text\nand VERSION_ID=\"8.10\" later").get("os") != "rhel 8.10"


def test_a_path_under_etc_is_no_list_of_examples():
    assert facts("our nodes run RHEL 8.10:\n$ cat /etc/os-release").get("os") == "rhel 8.10"
    assert facts("distros such as RHEL 8.10, Ubuntu 22.04 etc. are supported").get("os") is None


def test_halves_of_a_cluster_with_addresses_between_them_are_one_hybrid_cluster():
    text = "half the workers are in our own DC (Frankfurt, 172.16.40.0/22) and half are plain EC2 instances in eu-central-1"
    assert facts(text).get("platform") == "hybrid"


def test_the_simplest_plugin_asked_for_in_chinese_is_simplicity():
    assert facts("想装个最简单的网络插件,装啥?").get("simplicity") is True
    assert "simplicity" not in facts("这个问题不简单")


def test_a_value_sentence_quoted_with_its_predecessor_is_not_quoted_twice(tmp_path):
    passage = Passage(chunk_id="c1", source="kb/notes/x.md", heading="Cilium > Kernel", lang="en", text=(
        "Cilium requires Linux kernel 5.10 or newer on amd64 and arm64 nodes for its eBPF data plane.\n"
        "Older kernels fail: 4.19 is too old.\n"))
    reading = Reading(question="Which kernel does Cilium need, is 4.19 too old?", query="Which kernel does Cilium need, is 4.19 too old?",
                      lang="en", kind="concept")
    answer = concept(reading, [passage], CitationBook(LexicalIndex(tmp_path / "lex.sqlite3").find, "en"))
    assert answer.count("Cilium requires Linux kernel 5.10") == 1


def test_pods_per_machine_said_with_a_chinese_counter_is_pod_density():
    assert facts("ECS 实例规格比较小,但每台要跑 60 个左右的 Pod").get("pod_density") is True
    assert "pod_density" not in facts("每台跑 6 个 Pod")


def test_legacy_services_that_connect_directly_to_pod_ips_need_routable_pod_ips():
    assert facts("Legacy services on other EC2 instances outside the cluster must connect directly to pod IPs").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Legacy services connect to the ingress only.")


def test_a_team_that_will_not_maintain_routes_for_pod_ranges_gives_no_pod_routes():
    assert facts("The network team won't maintain static routes for pod ranges.").get("pod_routes") is False
    assert facts("The network team adds static routes for the pod CIDRs.").get("pod_routes") is True


def test_vms_moved_from_vmware_into_kubevirt_are_workloads_on_the_new_platform():
    read = facts("We're moving about 200 VMs from VMware into KubeVirt on bare-metal nodes.")
    assert read.get("platform") == "bare-metal" and "nodes" not in read
    assert facts("our 6 nodes are VMs on VMware").get("platform") == "vmware"


def test_each_business_unit_with_its_own_subnet_is_a_tenant_network():
    assert facts("Each business unit wants its own isolated subnet; two reuse the same 10.20.0.0/16.").get("tenant_networks") is True
    assert "tenant_networks" not in facts("each team has its own laptop")


def test_a_release_named_with_masters_and_workers_is_the_whole_clusters():
    read = facts("## Ubuntu 16.04 LTS with 3 masters, 3 workers and Calico")
    assert read.get("os") == "ubuntu 16.04" and read.get("nodes") == 6
    assert facts("The master runs Ubuntu 16.04 and the 3 workers run Debian 12.").get("os") == "debian 12"


def test_raspberry_pi_kernels_anolis_and_kylin_in_chinese():
    assert facts("w3 Ready <none> v1.18.6+k3s1 Raspbian GNU/Linux 10 (buster) 4.19.118-v7+").get("kernel") == "4.19"
    assert facts("anolis7.9下安装报错").get("os") == "anolis 7.9"
    assert facts("鲲鹏银河麒麟ARM机器执行sealos 报错").get("os") == "kylin"
    assert "kernel" not in facts("cilium v1.15.6-v7 tag")


def test_connecting_two_clusters_is_multi_cluster():
    assert facts("Hi i try to connect two cluster k3s (one at home, the other in aws)").get("multi_cluster") is True
    assert "multi_cluster" not in facts("we connect to the cluster via VPN")


def test_only_get_on_certain_paths_in_chinese_is_l7():
    assert facts("内部服务之间只允许 GET 特定路径").get("l7_policy") is True
    assert "l7_policy" not in facts("只允许访问特定的服务")


def test_which_is_the_best_plugin_in_chinese_is_a_choice():
    from assistant.reading import understand
    from reading_facts import CATALOG

    assert understand("与kubevirt搭配使用最好的cni插件是哪个，kube-ovn是不是最佳搭配", CATALOG).kind == "choice"
    assert understand("kube-ovn 的 underlay 模式是什么原理", CATALOG).kind != "choice"
