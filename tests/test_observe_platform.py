"""Where the nodes run: providerID per cloud, the hypervisor's MAC prefixes, what the host itself reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.observe import read_evidence

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"


def read(*names: str):
    return read_evidence([(FIXTURES / n).read_text(encoding="utf-8") for n in names])


@pytest.mark.parametrize("name,platform,provider", [
    ("node_aws.yaml", "aws", "aws:///us-west-2a/i-0a1b2c3d4e5f60718"),
    ("nodes_azure.json", "azure", "azure:///subscriptions/"),
    ("node_gce.yaml", "gcp", "gce://demo-project-123/europe-west1-b/"),
    ("node_alicloud.yaml", "aliyun", "cn-hangzhou.i-bp1a2b3c4d5e6f7g8h9i"),
    ("nodes_alicloud_columns.txt", "aliyun", "alicloud://cn-hangzhou.i-bp1h6biv9bg24lmdc2o"),
    ("node_vsphere.yaml", "vmware", "vsphere://4237a1b2"),
    ("nodes_custom_columns.txt", "openstack", "openstack:///5b9a2c1e"),
])
def test_provider_id_names_the_platform(name, platform, provider):
    fact = read(name).fact("platform")
    assert fact is not None and fact.value == platform
    assert any(provider in line for line in fact.lines)
    assert "providerID" in fact.detail_en and "providerID" in fact.detail_zh


@pytest.mark.parametrize("name,managed", [("node_aws.yaml", True), ("node_gce.yaml", True), ("nodes_azure.json", True),
                                          ("node_alicloud.yaml", True), ("node_vsphere.yaml", None)])
def test_managed_services_from_their_labels(name, managed):
    fact = read(name).fact("managed")
    assert (fact.value if fact else None) is managed


def test_kubelet_builds_name_distributions():
    row = "k3s-1   Ready    control-plane,master   3d    v1.29.4+k3s1\n"
    obs = read_evidence("$ kubectl get nodes\nNAME     STATUS   ROLES                  AGE   VERSION\n" + row)
    assert obs.fact("distribution").value == "k3s"
    assert obs.fact("nodes").value == 1


def test_own_nic_prefix_beats_the_neighbours_guess():
    own = "[root@n1 ~]# ip link\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP mode DEFAULT group default qlen 1000\n" \
          "    link/ether 52:54:00:01:02:03 brd ff:ff:ff:ff:ff:ff\n"
    neighbours = ("[root@n1 ~]# ip neigh\n10.0.0.5 dev eth0 lladdr 00:50:56:aa:bb:01 REACHABLE\n"
                  "10.0.0.6 dev eth0 lladdr 00:50:56:aa:bb:02 STALE\n")
    fact = read_evidence([neighbours, own]).fact("platform")
    assert fact.value == "vm" and "KVM/QEMU" in fact.detail_en


def test_neighbours_alone_give_an_assumed_platform():
    fact = read("arp_n_centos7.txt").fact("platform")
    assert fact.value == "vmware" and "assumed" in fact.detail_en and "据此认为" in fact.detail_zh


def test_provider_id_beats_what_the_hypervisor_reports():
    virt = "[root@aks-node ~]# systemd-detect-virt\nmicrosoft\n"
    fact = read_evidence([virt, (FIXTURES / "nodes_azure.json").read_text()]).fact("platform")
    assert fact.value == "azure"


def test_one_host_reporting_two_hypervisors_is_a_conflict():
    paste = "[root@x ~]# systemd-detect-virt\nkvm\n[root@x ~]# hostnamectl\n  Virtualization: vmware\n"
    obs = read_evidence(paste)
    assert obs.fact("platform") is None
    assert len(obs.conflicts) == 1 and "VMware" in obs.conflicts[0] and "hypervisor" in obs.conflicts[0]


def test_nodes_on_two_clouds_give_no_platform():
    obs = read("node_aws.yaml", "node_gce.yaml")
    assert obs.fact("platform") is None
    assert any("different platforms" in n for n in obs.notices)


def test_ipv4_only_pod_cidrs_state_nothing_about_ipv6():
    obs = read("node_gce.yaml")
    assert obs.fact("ipv6") is None and obs.fact("dual_stack") is None
