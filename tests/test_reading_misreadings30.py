"""Thirtieth round: classes found on the held-out sets of 2026-12-05 (second session), each with a near-miss that
must keep its reading."""

from __future__ import annotations

from assistant.models import Profile
from reading_facts import check_status, facts


def test_two_modes_of_a_plugin_weighed_by_a_question_name_no_plugin_in_use():
    assert "current_plugin" not in facts("Our nodes are bare metal. Calico's eBPF data plane and the default iptables data plane, "
                                         "which should we pick?")
    assert "current_plugin" not in facts("我们是物理机，Cilium 的 native routing 和 vxlan 模式，应该用哪个？")
    assert "current_plugin" not in facts("两个机柜一个二层。Calico 的 eBPF 数据面和默认的 iptables 数据面，我们该选哪个？")
    # the plugin said to run, or a question about something other than the modes, keeps it
    assert facts("We run Calico in IPIP mode, which MTU should we set?").get("current_plugin") == "calico:ipip"
    assert str(facts("我们用的是 Calico，IPIP 和 BGP 模式选哪个？").get("current_plugin", "")).startswith("calico")


def test_ebpf_weighed_against_iptables_is_no_wish_for_ebpf():
    assert "ebpf_dataplane" not in facts("Calico's eBPF data plane or the iptables one, which is better for 40 nodes?")
    assert "ebpf_dataplane" not in facts("Calico 的 eBPF 数据面和默认的 iptables 数据面，我们该选哪个？")
    assert facts("We want eBPF rather than iptables.").get("ebpf_dataplane") is True
    assert facts("We'd like an eBPF data plane; Calico or Cilium, which?").get("ebpf_dataplane") is True


def test_sctp_is_read_in_both_languages():
    assert facts("5G 核心网的 AMF 容器化，N2 接口走 SCTP。").get("sctp") is True
    assert facts("The AMF talks NGAP to the gNBs.").get("sctp") is True
    assert facts("We don't need SCTP, only TCP and UDP.").get("sctp") is False
    assert "sctp" not in facts("Our pods only speak HTTP and gRPC.")


def test_sctp_rules_out_calicos_ebpf_data_plane_and_warns_on_cilium_kube_proxy_replacement():
    sctp = Profile(sctp=True)
    assert check_status("calico:ebpf", sctp, "combos") == "fail"
    assert check_status("calico:ebpf-noencap", sctp, "combos") == "fail"
    assert check_status("calico:vxlan", sctp, "combos") != "fail"
    assert check_status("cilium:vxlan", Profile(sctp=True, kube_proxy_replacement=True), "combos") == "warn"
    assert check_status("cilium:vxlan", Profile(sctp=True, kube_proxy_replacement=False), "combos") != "warn"
