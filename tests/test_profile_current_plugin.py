"""The plugin in use, read with the catalog: named with its mode, from settings, and words that name nothing."""

from __future__ import annotations

import pytest

from assistant.profile import extract_profile


@pytest.fixture(scope="module")
def catalog():
    from assistant.catalog import load_catalog
    from assistant.settings import REPO_ROOT
    return load_catalog(REPO_ROOT / "kb")


def _current(text, catalog):
    from assistant.reading import read_profile
    return {f.key: f.value for f in read_profile(text, catalog)}.get("current_plugin")


@pytest.mark.parametrize("question,expected", [
    # the plugin in use, with its mode
    ("We run Calico in IPIP mode on 12 nodes", "calico:ipip"),
    ("集群网络插件是 flannel，后端 host-gw", "flannel:host-gw"),
    ("cilium is currently our CNI and pods time out", "cilium"),
    # configuration names the plugin or its mode
    ('k3s server --flannel-backend=wireguard-native', "flannel:wireguard"),
    ('CALICO_NETWORKING_BACKEND: "vxlan" in our manifest', "calico:vxlan"),
    ("our calico uses two route reflectors peering to the core", "calico:bgp"),
    ("the rke2-canal pods crash on one node", "flannel"),
    # "as the CNI" beats a plugin named only for its policy engine
    ("NetworkPolicy not enforced with Calico 3.20 for policy and flannel as the CNI", "flannel"),
    # being installed counts, even when it fails
    ("I'm trying to install antrea on kubeadm and the agent crashes", "antrea"),
    # a version attached to the name, in Chinese
    ("部署时选择了 3.28 版本的 calico，pod 之间 ping 不通", "calico"),
    # switching, done and planned
    ("we switched from flannel to cilium last month and now DNS is slow", "cilium"),
    ("我们已经换成了 cilium，但是 service 访问不通", "cilium"),
    ("we use weave today and plan to move to calico next year", "weave"),
    ("现在用 flannel，后面打算换 calico", "flannel"),
    ("use antrea to replace weave in our lab cluster", "weave"),
    # removed plugins are not current
    ("I applied kube-flannel.yml, then ran kubectl delete -f kube-flannel.yml and installed calico", "calico"),
    # the primary plugin, not the one adding networks
    ("pods get a second interface from Multus; the primary CNI is cilium", "cilium"),
    ("we deploy Multus on our bare-metal nodes", "multus"),
    # "Azure CNI Powered by Cilium" is a catalog option of its own, not Cilium
    ("our AKS cluster uses Azure CNI powered by Cilium", "azure-cni:cilium"),
])
def test_current_plugin(question, expected, catalog):
    assert _current(question, catalog) == expected


@pytest.mark.parametrize("question", [
    # weighing, asking, planning, advice: no plugin in use
    "flannel 和 calico 各有什么优缺点？",
    "Cilium vs Calico for a 50-node bare-metal cluster?",
    "Does Cilium support IPv6-only clusters?",
    "antrea 支持 Windows 节点吗？",
    "I am interested in trying Cilium for its L7 policies",
    "Is there any documentation for running kube-router with IPv6?",
    "As an operator I want to be able to deploy clusters with calico by default.",
    "If you use Calico on Azure, you should switch to VXLAN.",
    # a managed service's name
    "We're on GKE Autopilot and pods are slow to start",
    # a secondary network in a NetworkAttachmentDefinition
    '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1"} as a NetworkAttachmentDefinition on our servers',
])
def test_no_current_plugin(question, catalog):
    assert _current(question, catalog) is None


@pytest.mark.parametrize("question,expected", [
    # "kind" the English word and the YAML key is not the installer
    ("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy", {"network_policy": True}),
    ("some kind of timeout between pods", {}),
    # managed OpenShift services
    ("a ROSA cluster in eu-west-1", {"platform": "aws", "managed": True, "distribution": "openshift"}),
    # general statements about hardware
    ("Not all NICs support SR-IOV.", {}),
    ("This is typically required for telco workloads with SR-IOV.", {}),
])
def test_words_that_name_nothing_here(question, expected):
    assert extract_profile(question).known() == expected


@pytest.mark.parametrize("question,expected", [
    ("our calico IPPool has ipipMode: CrossSubnet", "calico:ipip-crosssubnet"),
    ("we installed cilium with --set routingMode=native", "cilium:native-routing"),
    ('our flannel net-conf.json has "Backend": {"Type": "host-gw"}', "flannel:host-gw"),
    ("we run antrea with trafficEncapMode: noEncap", "antrea:noencap"),
])
def test_current_plugin_mode_from_settings(question, expected, catalog):
    assert _current(question, catalog) == expected
