"""Thirty-sixth round: classes found before and after batch 36 came in, each beside a near-miss."""

from __future__ import annotations

from reading_facts import facts


def test_one_more_part_counted_with_the_counter_alone_adds_to_the_first():
    assert facts("我们有 10 台阿里云 ECS，另外 6 台在 IDC，想用同一个集群").get("nodes") == 16
    assert facts("我们有 5 台服务器，另外还有 3 台在机房").get("nodes") == 8
    # "the other two nodes" still counts the one the writer stands on
    assert facts("其他两台节点上的 pod ping 不通").get("nodes") == 3


def test_modes_weighed_in_a_question_are_not_the_mode_in_use():
    for question in ("We run Calico. IPIP or VXLAN?", "We moved to Calico last month. Should we use IPIP or VXLAN?",
                     "我们用 calico，ipip 还是 vxlan 好？"):
        assert facts(question).get("current_plugin") == "calico", question
    # a mode said to run stays, beside the one weighed
    assert facts("We run Calico in IPIP mode. Should we switch to VXLAN or stay?").get("current_plugin") == "calico:ipip"
    assert facts("We run Calico with IPIP. Is that fine for us?").get("current_plugin") == "calico:ipip"


def test_a_plugin_an_installer_supports_is_its_menu_not_the_plugin_in_use():
    assert "current_plugin" not in facts("RKE supports weave, why can't I see it in Rancher?")
    assert facts("kubespray 支持 cilium，我们现在用的 calico").get("current_plugin") == "calico"
    # what the tool ships and the writer kept, or runs, is in use
    assert facts("k3s ships with flannel and we kept it").get("current_plugin") == "flannel"
    assert facts("Our RKE cluster runs weave").get("current_plugin") == "weave"


def test_an_image_repository_named_after_a_distribution_is_no_os():
    for text in ('image: quay.io/coreos/flannel:v0.9.0-amd64; command: [ "/opt/bin/flanneld" ]', "image coreos/flannel:v0.7.0-arm on my nodes"):
        assert "os" not in facts(text), text
    assert facts("Our nodes run CoreOS and flannel").get("os") == "coreos"
