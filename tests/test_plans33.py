"""Thirty-third round: checks and plans, each beside a near-miss."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.catalog import CatalogError, load_catalog
from assistant.models import Profile
from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG, check_status, planned


def test_cilium_tunnels_on_an_ipv6_only_cluster_are_a_caveat_native_routing_is_not():
    only6 = Profile(ipv6=True, dual_stack=False)
    assert check_status("cilium:vxlan", only6, "ipv6") == "warn"
    assert check_status("cilium:native-routing", only6, "ipv6") == "pass"
    # dual-stack tunnels are documented without that restriction
    assert check_status("cilium:vxlan", Profile(ipv6=True, dual_stack=True), "ipv6") == "pass"


def test_antrea_hybrid_cannot_work_on_azure_whose_vnet_drops_unknown_ips():
    assert check_status("antrea:hybrid", Profile(platform="azure"), "combos") == "fail"
    assert check_status("antrea:hybrid", Profile(platform="aws"), "combos") in (None, "pass")
    assert check_status("antrea:geneve", Profile(platform="azure"), "combos") in (None, "pass")


def test_a_constraint_on_a_platform_the_environments_do_not_have_is_a_catalog_error(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(Path(__file__).resolve().parents[1] / "kb" / "catalog", kb / "catalog")
    path = kb / "catalog" / "antrea.yaml"
    path.write_text(path.read_text("utf-8").replace("{platform: azure}", "{platform: azur}"), "utf-8")
    with pytest.raises(CatalogError, match="platform"):
        load_catalog(kb)


def test_a_concept_question_about_a_named_plugin_shows_its_checks():
    result = planned("I am wondering what is the difference between kube-router and the native IPVS proxy of kube-proxy?")
    assert result is not None and result.options[0].plugin == "kube-router"
    assert plan(understand("What is VXLAN encapsulation?", CATALOG), CATALOG) is None
