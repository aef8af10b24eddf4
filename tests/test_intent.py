"""Question classification: language, choice, named plugins, topic."""

import pytest

from assistant.catalog import load_catalog
from assistant.intent import detect_lang, on_topic, wants_choice
from assistant.settings import REPO_ROOT

CATALOG = load_catalog(REPO_ROOT / "kb")


@pytest.mark.parametrize("question, lang", [
    ("Which CNI plugin for VMware NAT?", "en"),
    ("阿里云上应该选哪个CNI插件?", "zh"),
    ("阿里云上用 Terway 还是 Calico?", "zh"),  # Latin plugin names must not flip a Chinese question
    ("What does 覆盖网络 mean in Calico VXLAN CrossSubnet mode?", "en"),
])
def test_detect_lang(question, lang):
    assert detect_lang(question) == lang


@pytest.mark.parametrize("question", [
    "Which CNI plugin for VMware NAT with latency needs?", "What's the best CNI for bare metal?",
    "Should we use Cilium?", "Can you recommend an overlay?",
    "阿里云上应该选哪个CNI插件?", "推荐一个插件", "Latency-critical pods on bare metal: overlay or underlay?", "用 flannel 还是 Calico?",
])
def test_choice_questions(question):
    assert wants_choice(question)


@pytest.mark.parametrize("question", [
    "What does portmap do?", "CNI 是什么?", "Which directory holds the CNI config?", "How does VXLAN work?",
    "What is CNI in Kubernetes?", "为什么跨 Hypervisor 的虚拟机之间不适合用 underlay 插件?",
])
def test_concept_questions_are_not_choices(question):
    assert not wants_choice(question)


def test_comparisons_are_choices_only_between_plugins():
    assert wants_choice("flannel vs calico", named_plugins=2)
    assert wants_choice("用 flannel 还是 Calico?", named_plugins=2)
    assert not wants_choice("What are the pros and cons of overlay versus underlay?", named_plugins=0)
    assert wants_choice("flannel vs calico")  # plugins unknown: take the comparison as a choice


def test_mentioned_plugins_by_id_name_and_alias_in_order():
    assert CATALOG.plugins_named_in("Amazon VPC CNI or Calico?") == ["aws-vpc-cni", "calico"]
    assert CATALOG.plugins_named_in("阿里云 Terway 和 flannel") == ["terway", "flannel"]
    # "calicoctl" is a tool, not a mention of the plugin by word
    assert CATALOG.plugins_named_in("how do I install calicoctl") == []


@pytest.mark.parametrize("question, expected", [
    ("Which CNI plugin for VMware NAT?", True), ("CNI 是什么?", True), ("跨主机的容器之间延迟很高怎么办", True),
    ("What is the capital of France?", False), ("今天天气怎么样", False), ("Write me a poem about cats", False),
])
def test_on_topic(question, expected):
    assert on_topic(question) is expected
