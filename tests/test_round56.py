"""Fifty-sixth round: readings from held-out batch 56 (blind426-428), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.symptoms import symptom_topics
from reading_facts import CATALOG, facts


def test_a_block_guessed_in_a_question_is_no_finding():
    assert "encap_blocked" not in facts("节点上没有 flannel.1，是不是这台机器的内核不支持 vxlan？")
    assert "encap_blocked" not in facts("Is it because the cloud firewall drops VXLAN?")
    assert facts("这台机器的内核不支持 vxlan。").get("encap_blocked") == ["vxlan"]


def test_a_tunnel_device_never_created_points_at_the_kernel_module():
    assert "module" in symptom_topics("flannel.1 does not exist on node 2 and pods there get no route", True)
    assert "module" in symptom_topics("Orange Pi 跑 k3s，vxlan 报错，没有 flannel.1", True)
    assert "module" not in symptom_topics("pods on node 2 time out", True)


def test_the_mode_in_use_stays_when_its_module_is_missing():
    text = "k3s on Raspberry Pi 4 with Ubuntu 22.04, flannel vxlan. Pods can't reach other nodes. Is it because the Pi doesn't support VXLAN?"
    reading = understand(text, CATALOG)
    assert reading.kind == "troubleshoot" and reading.fact("encap_blocked") is None


def test_across_networks_written_with_a_hyphen():
    assert facts("The nodes are deployed in an across-networks setup.").get("cross_subnet") is True


def test_flex_instance_types_name_aws():
    assert facts("Nodes are c7i-flex.xlarge instances.").get("platform") == "aws"
