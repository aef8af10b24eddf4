"""Kernel floors: hard ones, the current releases' documented floors (a new install below them fails, the plugin
already running passes) and the distributions their docs name as equivalent."""

from __future__ import annotations

import pytest

from assistant.catalog import load_catalog
from assistant.models import Profile
from assistant.recommend import recommend
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


def by_id(plan):
    return {o.id: o for o in plan.options}


def test_current_releases_kernel_floor_rejects_a_new_install_but_not_the_plugin_running(catalog):
    # The Calico note lists 5.10 for current releases: a new install on 3.10 needs a kernel upgrade first, while
    # a Calico already running there is a release that works on it.
    old = by_id(recommend(Profile(kernel="3.10"), catalog))
    kernel = {c.check: c for c in old["calico:vxlan"].checks}["kernel"]
    assert kernel.status == "fail" and "5.10" in kernel.detail and old["calico:vxlan"].verdict == "rejected"
    assert [(e.note, e.heading) for e in kernel.evidence] == [("plugin-calico", "Kernel requirements")]
    assert {c.check: c.status for c in old["calico:ebpf"].checks}["kernel"] == "fail"
    # Antrea's 4.6 floor has a CentOS/RHEL 7.4+ exception on 3.10: with the distribution unsaid, ask for it
    assert {c.check: c.status for c in old["antrea:geneve"].checks}["kernel"] == "unknown"
    assert {c.check: c.status for c in by_id(recommend(Profile(kernel="3.10", os="centos 7.9"), catalog))["antrea:geneve"].checks}["kernel"] == "warn"
    running = by_id(recommend(Profile(kernel="3.10", current_plugin="calico"), catalog))
    assert {c.check: c.status for c in running["calico:vxlan"].checks}["kernel"] == "pass"
    new = by_id(recommend(Profile(kernel="5.15"), catalog))
    assert {c.check: c.status for c in new["calico:vxlan"].checks}["kernel"] == "pass"


def test_old_kernel_prefers_documented_support_over_silence(catalog):
    options = by_id(recommend(Profile(kernel="3.10"), catalog))
    status = {i: {c.check: c.status for c in o.checks}["kernel"] for i, o in options.items()}
    assert status["flannel:vxlan"] == "pass" and status["flannel:host-gw"] == "pass"
    assert status["kube-router"] == "unknown"  # no documented minimum: not vouched for
    assert status["cilium:vxlan"] == "fail"
    first = recommend(Profile(kernel="3.10"), catalog).options[0]
    assert first.verdict == "recommended" and first.id.startswith("flannel")
