"""Twenty-fourth round: misreadings on the held-out sets of 2026-12-04 (batch 16), each with a near-miss that must
keep its reading."""

from __future__ import annotations

from assistant.reading import understand
from assistant.reading.topical import off_domain
from reading_facts import CATALOG


def test_what_is_to_be_kept_is_no_negation():
    from reading_facts import facts
    assert facts("Can we move to Azure CNI Powered by Cilium without losing the Windows pool?").get("windows_nodes") is True
    assert facts("Without Windows nodes, which CNI?").get("windows_nodes") is False


def test_ipv6_alone_is_ipv6_wanted_whatever_is_refused_beside_it():
    from reading_facts import facts
    found = facts("新建一个纯 IPv6 集群（IPv6-only，不要双栈），kubespray 部署")
    assert found.get("ipv6") is True and found.get("dual_stack") is False
    assert facts("We want dual-stack, not IPv6-only.").get("dual_stack") is True
    assert facts("IPv4 only, no IPv6.").get("ipv6") is False


def test_cloud_api_unwanted_and_static_routes_refused():
    from reading_facts import facts
    assert facts("We also don't want the CNI calling the EC2 API or needing its own IAM role.").get("cloud_api") is False
    assert facts("The network team refuses both BGP and static routes for pod CIDRs.").get("pod_routes") is False
    assert facts("We add static routes for the pod CIDRs on the core router.").get("pod_routes") is True


def test_a_helm_question_about_enabling_a_mode_told_before_is_on_topic():
    asked = ("We're on Cilium 1.16, nodes split across two L3 subnets, no BGP anywhere. I read that Cilium has a routingMode: "
             "meshroute that does native routing across subnets. How do I enable meshroute in the Helm values?")
    assert not off_domain(asked)
    reading = understand(asked, CATALOG, vocabulary=lambda p: p != "meshroute")
    assert reading.kind == "decline" and reading.decline == "unknown_name"
    assert off_domain("We run Calico. How do I enable TLS for our Helm chart?")
