"""Twenty-first round: misreadings and rankings from the untuned held-out sets of 2026-12-04 (batch 13), each with a
near-miss that must keep its reading or ranking."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _top(text: str) -> str:
    result = plan(understand(text, CATALOG), CATALOG)
    assert result is not None
    return result.options[0].id


def test_ip_in_ip_refused_by_the_rules_allowed_or_a_team_that_will_not_add_it():
    from reading_facts import facts
    assert facts("Security groups are owned by the platform team and only TCP/UDP/ICMP rules are allowed.").get("encap_blocked") == ["ipip"]
    assert facts("Calico on AWS, 3 subnets. The network team won't add IP protocol 4 to the security groups.").get("encap_blocked") == ["ipip"]
    # adding nodes says nothing about a protocol; a rule that was added lets it through
    assert "encap_blocked" not in facts("Calico IPIP on AWS. The platform team won't add more nodes before Q3.")
    assert "encap_blocked" not in facts("Calico IPIP on AWS. The platform team added IP protocol 4 to the security groups last week.")


def test_a_mode_upstream_calls_legacy_does_not_lead_a_maintained_fit():
    # Cilium's Azure IPAM is legacy upstream ("use Azure CNI Powered by Cilium"): on self-managed Azure VMs an overlay leads
    self_managed = ("We're not allowed to use AKS, so it's kubeadm 1.30 on Azure VMs: 25 Ubuntu 22.04 nodes in one VNet split "
                    "across two subnets. We need standard NetworkPolicy. What should we run?")
    assert _top(self_managed) != "cilium:azure"
    # asked about by name, it is still the subject of the answer
    assert _top("We run kubeadm on Azure VMs. Can Cilium's Azure IPAM mode give our pods VNet IPs?") == "cilium:azure"


def test_a_hedged_old_kernel_is_no_plan_for_a_wish():
    # Antrea's docs say CentOS 7's 3.10 "should work" through backports: a warning, so on that kernel the advice for a
    # Cilium-with-KPR question is a plugin that runs there without doubt, not Antrea's proxyAll.
    asked = ("Is it OK to roll out Cilium 1.16 with kube-proxy replacement on our on-prem cluster? 30 nodes, CentOS 7.9, "
             "kernel 3.10.0-1160, all in one VLAN.")
    assert _top(asked).split(":")[0] not in ("antrea", "cilium")
    # on a kernel past its documented floor Antrea's check passes
    result = plan(understand("Antrea on 20 Ubuntu 22.04 nodes, kernel 5.15, one VLAN. Which mode?", CATALOG), CATALOG)
    assert result is not None
    antrea = next(o for o in result.options if o.id == "antrea:geneve")
    assert next(c for c in antrea.checks if c.check == "kernel").status == "pass"


def test_an_alpha_feature_counts_less_than_one_shipped_generally():
    # Antrea documents L7 NetworkPolicy, but as an alpha feature off by default; Cilium ships it: Cilium leads
    asked = ("kubeadm on OpenStack, 25 Ubuntu 24.04 VMs in one tenant network. Compliance wants HTTP rules like 'only POST /v1/charge' "
             "and egress to *.stripe.com by DNS name. Which CNI should we use?")
    result = plan(understand(asked, CATALOG), CATALOG)
    assert result is not None
    assert result.options[0].plugin == "cilium", result.options[0].id
    l7 = {o.id: next(c for c in o.checks if c.check == "l7") for o in result.options if o.id in ("antrea:geneve", "cilium:vxlan")}
    assert l7["antrea:geneve"].status == "warn" and "alpha" in l7["antrea:geneve"].detail
    assert l7["cilium:vxlan"].status == "pass"
