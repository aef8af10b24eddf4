"""Reading a question once: language, kind, names, topic."""

import pytest

from assistant.catalog import load_catalog
from assistant.reading import understand
from assistant.reading.topical import on_topic
from assistant.settings import REPO_ROOT
from assistant.text import detect_lang

CATALOG = load_catalog(REPO_ROOT / "kb")
KNOWN = {"calico", "flannel", "ipip", "vxlan", "kindnet", "cilium", "bgp", "mode"}


def kind(question: str) -> str:
    # A vocabulary standing in for the index: the names its documents use.
    return understand(question, CATALOG, vocabulary=lambda phrase: phrase in KNOWN).kind


@pytest.mark.parametrize("question, lang", [
    ("Which CNI plugin for VMware NAT?", "en"),
    ("阿里云上应该选哪个CNI插件?", "zh"),
    ("阿里云上用 Terway 还是 Calico?", "zh"),  # Latin plugin names must not flip a Chinese question
    ("What does 覆盖网络 mean in Calico VXLAN CrossSubnet mode?", "en"),
])
def test_detect_lang(question, lang):
    assert detect_lang(question) == lang


@pytest.mark.parametrize("question, expected", [
    ("Which CNI plugin for VMware NAT with latency needs?", "choice"),
    ("What's the best CNI for bare metal?", "choice"),
    ("Can you recommend an overlay?", "choice"),
    ("推荐一个插件", "choice"),
    ("Latency-critical pods on bare metal: overlay or underlay?", "choice"),
    ("What does portmap do?", "concept"), ("CNI 是什么?", "concept"), ("How does VXLAN work?", "concept"),
    ("为什么跨 Hypervisor 的虚拟机之间不适合用 underlay 插件?", "concept"),
    ("I measured IPIP faster than native routing with Calico. Is it normal, and why?", "concept"),
    ("flannel vs calico for a small lab", "compare"), ("用 flannel 还是 Calico?", "compare"),
    ("Terway 独占 ENI 模式和共享 ENI (ENIIP) 哪个适合我们?", "compare"), ("物理机上哪种网络插件适合我们?", "choice"),
    ("Overlay networking or flat pod IPs on AKS, which one suits us?", "choice"),
    ("What is the difference between Cilium and Calico?", "compare"),
    ("Can kube-router's policy controller run next to flannel?", "feasibility"),
    ("Is Antrea noEncap fine for our two sites?", "feasibility"),
    ("Does flannel support NetworkPolicy?", "feasibility"),
    ("calico无法在阿里云使用BGP模式么？需要使用IPINIP才可以么？", "feasibility"),
    ("terway能用于普通的社区开源版本的k8s集群吗？", "feasibility"),
    ("Since half the nodes moved to a second rack, pods across racks time out with flannel host-gw.", "troubleshoot"),
    ("calico/node is not ready: BGP not established with 10.0.2.7", "troubleshoot"),
    ("flannel 安装后跨节点 ping 不通", "troubleshoot"),
    ("How do I make a fluffy omelette?", "decline"),
    ("Should we enable Calico's HyperMesh encapsulation or flannel's quantum-gw backend?", "decline"),
    ("Is the Zephyr CNI plugin a good fit for bare metal?", "decline"),
])
def test_kinds(question, expected):
    assert kind(question) == expected


def test_unknown_names_and_closest_known_ones():
    reading = understand("Should we enable Calico's HyperMesh encapsulation?", CATALOG, vocabulary=lambda p: False)
    assert reading.decline == "unknown_name" and reading.unknown == ["HyperMesh"] and reading.plugins == ["calico"]
    real = understand("Does kindnet support NetworkPolicy?", CATALOG, vocabulary=lambda p: p == "kindnet")
    assert real.kind != "decline"


def test_named_plugins_and_modes_in_order():
    reading = understand("Amazon VPC CNI or Calico with VXLAN CrossSubnet?", CATALOG)
    assert reading.plugins == ["aws-vpc-cni", "calico"] and reading.options == ["calico:vxlan-crosssubnet"]
    assert understand("阿里云 Terway 和 flannel", CATALOG).plugins == ["terway", "flannel"]
    assert understand("how do I install calicoctl", CATALOG).plugins == ["calico"]  # its tool: the question is about Calico
    assert understand("Kube-OVN with Multus", CATALOG).plugins == ["kube-ovn", "multus"]  # "ovn" inside Kube-OVN is not OVN-Kubernetes


def test_current_plugin_is_read_with_its_mode():
    reading = understand("We run flannel with the host-gw backend; should we move to Calico?", CATALOG)
    assert reading.profile.current_plugin == "flannel:host-gw"
    assert reading.fact("current_plugin").text.lower().startswith("flannel")


@pytest.mark.parametrize("question, expected", [
    ("Which CNI plugin for VMware NAT?", True), ("CNI 是什么?", True), ("跨主机的容器之间延迟很高怎么办", True),
    ("What is the capital of France?", False), ("今天天气怎么样", False), ("Write me a poem about cats", False),
    ("helm upgrade fails: another operation is in progress on Kubernetes 1.21", False),
    ("docker login fails with x509: certificate signed by unknown authority on our cluster nodes", False),
    # Service plumbing is pod networking even without the words above.
    ("How many endpoints can one EndpointSlice hold before kube-controller-manager splits it?", True),
    ("EndpointSlice 每片最多多少个端点？", True), ("NodePort 默认用哪段端口？", True),
])
def test_on_topic(question, expected):
    assert on_topic(question) is expected


@pytest.mark.parametrize("question", ["Should we pick NetMesh or Calico for VMware NAT nodes?",
                                      "Calico vs Quasar on bare metal?", "用 Zebra 还是 Calico？"])
def test_an_unknown_name_weighed_against_a_plugin_is_declined(question):
    reading = understand(question, CATALOG, vocabulary=lambda phrase: phrase in KNOWN | {"vmware", "nat"})
    assert reading.kind == "decline" and len(reading.unknown) == 1


def test_a_known_name_weighed_against_a_plugin_is_a_comparison():
    assert kind("Cilium or Calico for bare metal?") in ("compare", "choice")


@pytest.mark.parametrize("text", [
    "I run the bridge plugin with ipMasq on an nftables host. Which option selects the masquerade backend?",
    "What file does the Multus daemonset write into /etc/cni/net.d?",
    "Which environment variable sets how long a freed pod IP waits before AWS VPC CNI hands it out again?",
    "Calico 的 Typha 默认监听哪个端口？",
    "How many clusters can Cilium Cluster Mesh connect at most?",
])
def test_asking_for_one_documented_detail_is_a_lookup(text):
    assert understand(text, CATALOG).kind == "concept"


@pytest.mark.parametrize("text", [
    "Which CNI plugin should we use on bare metal with 40 nodes?",
    "Which Calico mode fits nodes in two subnets, and what MTU value should we set?",
    "阿里云上推荐哪个网络插件？默认的 Terway 模式够用吗？",
])
def test_a_question_asking_for_a_plugin_or_mode_stays_a_choice(text):
    assert understand(text, CATALOG).kind == "choice"


def test_asking_whether_the_default_mode_can_change_is_no_lookup():
    assert understand("calico 的默认模式可以改成 BGP 吗？", CATALOG).kind != "concept"
    assert understand("calico 的 IPIP 模式默认 MTU 是多少？", CATALOG).kind == "concept"


@pytest.mark.parametrize("text", ["How do I schedule etcd snapshots of the kubeadm control plane to S3 and restore one?",
                                  "Our Java pods get OOMKilled at a 2Gi limit; how should I size the heap?",
                                  "集群的 etcd 怎么定期备份？"])
def test_kubernetes_operations_outside_networking_are_off_topic(text):
    assert not on_topic(text)


def test_a_networking_question_naming_a_backup_stays_on_topic():
    assert on_topic("After restoring an etcd backup, Calico pods lost their IP pool; which CNI setting restores it?")


@pytest.mark.parametrize("text", ["kubeadm cluster: etcd says 'mvcc: database space exceeded'. How do I compact and defrag it?",
                                  "Our EKS node group upgrade is stuck because a PodDisruptionBudget blocks the drain."])
def test_kubernetes_words_alone_do_not_make_a_networking_question(text):
    assert not on_topic(text)


@pytest.mark.parametrize("text", ["Which plugin should I use for my 3-node cluster?", "Pods on different nodes cannot talk to each other.",
                                  "With sessionAffinity: ClientIP, how long does a client stay pinned to a pod?", "k8s 集群该选哪个插件",
                                  "集群里 pod 之间不通"])
def test_a_cluster_question_about_the_network_in_any_words_stays_on_topic(text):
    assert on_topic(text)


@pytest.mark.parametrize("text", ["How do I restore pod connectivity after a node reboot?", "Our Java pods time out calling each other across nodes."])
def test_everyday_words_near_other_subjects_keep_a_network_question(text):
    assert on_topic(text)


def test_an_ingress_controllers_own_settings_are_not_pod_networking():
    assert not on_topic("We use the nginx ingress controller 0.17; one app gets 504 gateway timed out even after setting "
                        "proxy_connect_timeout to 300s. Is there a max limit for timeouts?")
    assert on_topic("ingress-nginx pods cannot reach backend pods on other nodes since we installed Calico with VXLAN")
