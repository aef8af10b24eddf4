"""A log of what policy allowed or denied: read in both languages, and only the documented plugins pass it."""

from __future__ import annotations

from reading_facts import facts, planned


def _checks(text: str) -> dict[str, str]:
    return {o.id: next((c.status for c in o.checks if c.check == "policy_log"), "-") for o in planned(text).options}


def test_the_need_is_read_in_english_and_chinese_but_not_from_a_description():
    assert facts("Compliance wants denied and allowed connections logged for audit.").get("policy_logging") is True
    assert facts("合规要求被拒绝/放行的连接要有日志可以审计。").get("policy_logging") is True
    assert facts("Without logging letting me know that some traffic is denied, I cannot debug my policies.").get("policy_logging") is True
    assert "policy_logging" not in facts("Cilium supports policy verdict logging via Hubble.")
    assert "policy_logging" not in facts("Calico logs show the pod was restarted.")


def test_documented_plugins_pass_the_legacy_gke_data_plane_fails_the_rest_are_unknown():
    status = _checks("GKE Standard, new cluster: NetworkPolicy required and denied connections must be logged for audit. Which data plane?")
    assert status["gke:dataplane-v2"] == "pass" and status["gke:legacy"] == "fail"
    status = _checks("20 bare-metal nodes on one switch; we need NetworkPolicy and a log of denied connections. Which CNI?")
    assert status["antrea:geneve"] == "pass" and status["calico:vxlan"] == "pass" and status["cilium:vxlan"] == "pass"
    assert status["kube-router"] == "unknown"
    assert _checks("20 bare-metal nodes on one switch; we need NetworkPolicy. Which CNI?")["antrea:geneve"] == "-"
