"""The plugin catalog loads, covers every plugin and mode, and cites a note for every fact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.catalog import PROPERTY_NAMES, CatalogError, load_catalog
from assistant.settings import REPO_ROOT

PLUGINS = {"flannel", "calico", "cilium", "weave", "aws-vpc-cni", "azure-cni", "gke", "terway", "sriov", "macvlan",
           "ipvlan", "kube-router", "antrea", "ovn-kubernetes", "multus", "midonet", "contiv", "kube-ovn"}
MODES = {"flannel:vxlan", "flannel:host-gw", "flannel:wireguard", "calico:ipip", "calico:ipip-crosssubnet",
         "calico:vxlan", "calico:vxlan-crosssubnet", "calico:bgp", "calico:ebpf", "calico:ebpf-noencap", "cilium:vxlan",
         "cilium:geneve", "cilium:native-routing", "cilium:eni", "cilium:azure", "cilium:alibabacloud", "weave:fastdp",
         "terway:eniip", "terway:eni", "terway:vpc", "antrea:geneve", "antrea:noencap", "antrea:hybrid",
         "ovn-kubernetes:geneve", "aws-vpc-cni", "sriov", "multus", "azure-cni:pod-subnet", "azure-cni:overlay",
         "azure-cni:cilium", "gke:dataplane-v2", "gke:legacy", "kube-ovn:geneve", "kube-ovn:underlay"}
ARCHES = {"amd64", "arm64", "armv7", "ppc64le", "s390x"}
CLEAN = Path(__file__).parent / "fixtures" / "kb_clean" / "kb"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


def test_every_plugin_and_mode(catalog):
    assert {p.id for p in catalog.plugins} == PLUGINS
    assert MODES <= {o.id for o in catalog.options}
    assert "azure-cni" not in {o.id for o in catalog.options} and "gke" not in {o.id for o in catalog.options}


def test_every_plugin_records_its_checked_release_and_every_option_its_architectures(catalog):
    assert catalog.plugin("calico").checked_against.release == "Calico 3.32"
    assert all(p.checked_against.docs.startswith("https://") for p in catalog.plugins)
    for option in catalog.options:
        assert set(option.props.arch.value) == ARCHES, option.id
        assert option.props.arch.evidence.note.startswith(("topic-cpu-architectures", "plugin-")), option.id


def test_every_property_names_evidence(catalog):
    for option in catalog.options:
        for name in PROPERTY_NAMES:
            fact = getattr(option.props, name)
            if fact is None:  # optional properties (e.g. `simple`) may be absent
                continue
            evidence = fact.evidence
            assert evidence.note.startswith(("plugin-", "topic-", "overlay-", "env-", "cni-")) and evidence.heading, (option.id, name)


def test_modes_override_plugin_defaults(catalog):
    vxlan, host_gw = catalog.option("flannel:vxlan").props, catalog.option("flannel:host-gw").props
    assert (vxlan.encapsulation.value, vxlan.needs_l2_adjacency.value) == ("vxlan", False)
    assert (host_gw.encapsulation.value, host_gw.overhead_bytes.value, host_gw.needs_l2_adjacency.value) == ("none", 0, True)
    assert host_gw.encapsulation.evidence.heading == "host-gw"
    assert vxlan.network_policy.evidence.model_dump() == {"note": "plugin-flannel", "heading": "NetworkPolicy"}


def test_multus_is_not_a_primary_network(catalog):
    assert catalog.option("multus").props.primary.value is False
    assert all(o.props.primary.value for o in catalog.options if o.plugin != "multus")


def test_cloud_plugins_belong_to_their_cloud(catalog):
    clouds = {o.id: o.props.cloud.value for o in catalog.options if o.props.cloud.value}
    assert clouds == {"aws-vpc-cni": "aws", "azure-cni:pod-subnet": "azure", "azure-cni:overlay": "azure",
                      "azure-cni:cilium": "azure", "gke:dataplane-v2": "gcp", "gke:legacy": "gcp", "terway:eniip": "aliyun",
                      "terway:eni": "aliyun", "terway:vpc": "aliyun", "cilium:eni": "aws", "cilium:azure": "azure",
                      "cilium:alibabacloud": "aliyun"}
    # Cilium's cloud-IPAM modes run only on their cloud but are not the cloud's own plugin.
    vendor = {o.id for o in catalog.options if o.vendor}
    assert "aws-vpc-cni" in vendor and "gke:legacy" in vendor and not vendor & {"cilium:eni", "cilium:azure", "cilium:vxlan"}
    assert {o.id for o in catalog.options if o.props.managed_only and o.props.managed_only.value} == {
        "azure-cni:pod-subnet", "azure-cni:overlay", "azure-cni:cilium", "gke:dataplane-v2", "gke:legacy"}


def test_constraints_add_up_from_plugin_and_option(catalog):
    calico = catalog.option("calico:vxlan").props.constraints
    assert [c.when for c in calico] == [{"windows_nodes": True, "ipv6": True}, {"windows_nodes": True, "dual_stack": True},
                                        {"windows_nodes": True, "encryption": True}, {"live_migration": True, "encryption": True},
                                        {"windows_nodes": True, "platform": "openstack"},
                                        {"windows_nodes": True, "platform": "gcp", "managed": True}]
    assert [c.evidence.note for c in calico] == ["plugin-calico"] * 3 + ["cni-ipam"] + ["plugin-calico"] * 2
    vpc = catalog.option("aws-vpc-cni").props.constraints
    assert {"network_policy": True, "kernel_below": "5.10"} in [c.when for c in vpc]
    flannel = catalog.option("flannel:vxlan").props.constraints
    assert [(c.when, c.evidence.note) for c in flannel] == [({"windows_nodes": True, "network_policy": True}, "topic-windows-nodes")]
    assert catalog.option("macvlan").props.constraints == []


def test_distributions_and_environments(catalog):
    dists = catalog.distributions_by_id
    assert set(dists) == {"openshift", "rke2", "k3s", "k0s", "microk8s", "kubeadm", "kind", "gke-autopilot", "harvester"}
    assert dists["openshift"].default_option == "ovn-kubernetes:geneve" and dists["rke2"].windows_plugins == ["calico", "flannel"]
    # GKE Autopilot is a mode of a managed service: its evidence is the GKE note, and it offers one data plane only
    assert dists["gke-autopilot"].only_options == ["gke:dataplane-v2"] and dists["gke-autopilot"].evidence.note == "plugin-gke"
    assert all(d.evidence.note == "env-distributions" and d.evidence.heading == d.name for d in dists.values() if d.id != "gke-autopilot")
    envs = catalog.environments_by_id
    assert envs["vmware"].assume_l2_adjacent.value is None and envs["vm"].assume_l2_adjacent.value is None
    assert envs["azure"].blocked_encapsulation.value == ["ipip"] and envs["cloud"].risky_encapsulation.value == ["ipip"]


def test_unmaintained_plugins(catalog):
    assert {o.id for o in catalog.options if not o.props.maintained.value} == {"weave:fastdp", "midonet", "contiv",
                                                                             "terway:vpc"}  # deprecated mode


@pytest.mark.parametrize("text,ids", [
    ("flannel 还是 Calico 好?", ["flannel", "calico"]),
    ("用Cilium还是Flannel好?", ["cilium", "flannel"]),  # latin names glued to Chinese text
    ("Is Weave Net still maintained?", ["weave"]),
    ("Amazon VPC CNI prefix delegation", ["aws-vpc-cni"]),
    ("terway 的 ENIIP 模式", ["terway"]),
    ("阿里云上选什么插件", []),  # cloud words are for the profile, not plugin names
    ("calicoish node status", []),  # a name inside another word names nothing
    ("calicoctl node status", ["calico"]),  # a component (kb/catalog: components) names its plugin
    ("Kube-OVN or OVN-Kubernetes?", ["kube-ovn", "ovn-kubernetes"]),
    ("kubeovn underlay", ["kube-ovn"]),  # "ovn" inside kube-ovn is not OVN-Kubernetes
    ("GKE Dataplane V2 or Azure CNI Overlay", ["gke", "azure-cni"]),
])
def test_plugins_named_in(catalog, text, ids):
    assert catalog.plugins_named_in(text) == ids


def test_empty_catalog_is_a_user_error(tmp_path):
    (tmp_path / "kb" / "catalog").mkdir(parents=True)
    with pytest.raises(CatalogError, match="no plugin catalog"):
        load_catalog(tmp_path / "kb")


def test_invalid_catalog_names_the_file(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    path = kb / "catalog" / "demo.yaml"
    path.write_text(path.read_text().replace("value: iptables", "value: carrier-pigeon"))
    with pytest.raises(CatalogError, match=r"demo\.yaml.*kb check"):
        load_catalog(kb)


def test_fixture_catalog_loads():
    catalog = load_catalog(CLEAN)
    assert [o.id for o in catalog.options] == ["demo:plain"] and catalog.option("demo:plain").mode == "plain"


def test_an_option_built_on_an_unknown_plugin_is_refused(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    path = kb / "catalog" / "demo.yaml"
    text = path.read_text()
    first = text.index("    name:", text.index("options:"))
    path.write_text(text[:first] + "    built_on: nosuchplugin\n" + text[first:])
    with pytest.raises(CatalogError, match="built_on: nosuchplugin"):
        load_catalog(kb)


def test_managed_options_name_the_plugin_they_run(catalog):
    assert catalog.option("azure-cni:cilium").built_on == "cilium" and catalog.option("gke:dataplane-v2").built_on == "cilium"
    assert catalog.option("azure-cni:overlay").built_on is None
