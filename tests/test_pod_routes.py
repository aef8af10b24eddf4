"""Pod routes in the node network (a cloud's route controller, static routes): read from the
question, and a routed mode that follows each node's pod CIDR crossing subnets without BGP."""

from __future__ import annotations

import pytest

from assistant.catalog import load_catalog
from assistant.models import Profile
from assistant.profile import extract_profile
from assistant.recommend import recommend
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


@pytest.mark.parametrize("question, value", [
    ("The cloud controller manager's route controller writes a route for every node's pod CIDR.", True),
    ("We deploy the hcloud CCM with networks support and our cluster CIDR.", True),
    ("kube-controller-manager runs with --configure-cloud-routes on our GCE VMs", True),
    ("Our network team added static routes for each node's pod subnet on the core routers.", True),
    ("云控制器会把每个节点的 Pod 网段写进 VPC 路由表", True),
    ("The CCM does not create correct routes since the upgrade.", True),  # a broken route controller is still one in use
    ("We run the CCM with HCLOUD_NETWORK_ROUTES_ENABLED=false and an overlay.", False),
    ("kube-controller-manager runs with --configure-cloud-routes=false", False),
    ("We run flannel VXLAN between three VMs.", None),
])
def test_routes_for_pod_cidrs_are_read(question, value):
    assert extract_profile(question).pod_routes is value


def _l2(plan, option_id):
    """The option's L2 and BGP checks (None for an option that needs no BGP)."""
    option = next(o for o in plan.options if o.id == option_id)
    return next(c for c in option.checks if c.check == "l2"), next((c for c in option.checks if c.check == "bgp"), None)


def test_a_routed_mode_on_node_pod_cidrs_crosses_subnets_when_the_network_routes_them(catalog):
    routed = recommend(Profile(platform="cloud", cross_subnet=True, bgp_fabric=False, pod_routes=True), catalog, "en")
    plain = recommend(Profile(platform="cloud", cross_subnet=True, bgp_fabric=False), catalog, "en")
    l2, bgp = _l2(routed, "antrea:noencap")
    assert l2.status == "pass" and bgp.status == "pass"
    assert ("env-public-cloud", "Routes for pod CIDRs programmed by the cloud") in {(e.note, e.heading) for e in l2.evidence}
    assert _l2(plain, "antrea:noencap")[0].status == "fail"
    # Calico's own IPAM blocks are no node's pod CIDR: the cloud's routes do not carry them.
    assert _l2(routed, "calico:bgp")[0].status == "fail"
    assert _l2(routed, "flannel:host-gw")[0].status == "fail"
