"""Fifty-seventh round: readings from held-out batch 57 (blind429-431), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts


def test_a_report_joined_by_and_leaves_the_writers_own_setup_before_it():
    said = facts("We run 12 Ubuntu 22.04 VMs on KVM and a vendor keeps pushing Cilium for the next cluster.")
    assert said.get("nodes") == 12 and said.get("platform") == "vm"
    assert "current_plugin" not in said


def test_heard_from_someone_in_chinese_is_a_report():
    said = facts("听腾讯云的同学说 VPC-CNI 很好用。我们是自己机房的 12 台物理机，都在一个网段。")
    assert said.get("platform") == "bare-metal" and said.get("nodes") == 12


def test_a_plugins_own_resource_kinds_name_it():
    reading = understand("EKS, 40 nodes on the VPC CNI. We'd like CiliumNetworkPolicy for two teams. What should we run?", CATALOG)
    assert "cilium" in reading.plugins
    assert "calico" in understand("Our GlobalNetworkPolicy objects stopped matching after the upgrade.", CATALOG).plugins
