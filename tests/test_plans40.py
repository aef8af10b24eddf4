"""Fortieth round: planning classes, each beside a near-miss."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _plan(question: str):
    result = plan(understand(question, CATALOG), CATALOG)
    assert result is not None
    return result


def test_a_managed_services_own_addon_answers_whether_the_plugin_in_use_can():
    result = _plan("Our AKS cluster uses Azure CNI. Can we turn on WireGuard encryption between pods?")
    assert result.options[0].id == "azure-cni:cilium"
    # another plugin's add-on is still no yes: flannel needs a policy engine beside it
    flannel = _plan("Our self-managed cluster runs flannel vxlan on Ubuntu VMs. Can flannel enforce NetworkPolicy?")
    assert flannel.options[0].plugin != "flannel"
