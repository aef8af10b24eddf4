"""One fixture per output format and per distro or tool variant: the format is recognised and its facts read."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.models import Profile
from assistant.observe import read_evidence

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"


def read(*names: str):
    return read_evidence([(FIXTURES / n).read_text(encoding="utf-8") for n in names])


CASES = [
    ("arp_n_centos7.txt", ["arp"], {"current_plugin": "flannel:vxlan", "platform": "vmware"}),
    ("arp_a_ubuntu.txt", ["arp -a"], {"platform": "vm"}),
    ("ip_neigh.txt", ["ip neigh"], {}),
    ("ip_addr_flannel_ubuntu2204.txt", ["ip addr"], {"mtu": 1500, "platform": "vmware", "current_plugin": "flannel:vxlan"}),
    ("ip_br_addr.txt", ["ip -br addr", "ip -br link"], {"platform": "vm"}),
    ("ifconfig_centos7.txt", ["ifconfig"], {"mtu": 1500, "platform": "vmware"}),
    ("ifconfig_old_nettools.txt", ["ifconfig"], {"mtu": 1500, "platform": "vm"}),
    ("ip_route_routed.txt", ["ip route"], {"current_plugin": "flannel:vxlan"}),
    ("route_n.txt", ["route -n"], {}),
    ("kubectl_nodes_wide_routed.txt", ["kubectl get nodes -o wide"],
     {"nodes": 3, "kernel": "3.10.0-1160", "os": "centos 7", "arch": "amd64"}),
    ("kubectl_nodes_windows.txt", ["kubectl get nodes -o wide"],
     {"nodes": 2, "windows_nodes": True, "kernel": "5.4.0-170", "os": "ubuntu 20.04"}),
    ("node_aws.yaml", ["kubectl get nodes -o yaml"],
     {"platform": "aws", "arch": "arm64", "kernel": "5.10.205-195", "os": "amzn 2", "managed": True}),
    ("nodes_azure.json", ["kubectl get nodes -o json"],
     {"platform": "azure", "arch": "amd64", "os": "ubuntu 22.04", "ipv6": True, "dual_stack": True}),
    ("nodes_custom_columns.txt", ["kubectl get nodes -o custom-columns"], {"platform": "openstack", "arch": "amd64"}),
    ("system_centos7.txt", ["uname -r", "os-release"], {"kernel": "3.10.0-1160", "os": "centos 7", "arch": "amd64"}),
    ("system_ubuntu2204.txt", ["uname -a", "os-release"], {"kernel": "5.15.0-101", "os": "ubuntu 22.04", "arch": "amd64"}),
    ("system_rhel810_hostnamectl.txt", ["hostnamectl", "/etc/redhat-release"],
     {"kernel": "4.18.0-553", "os": "rhel 8.10", "arch": "amd64", "platform": "vmware"}),
    ("system_arm64_debian.txt", ["uname -m", "uname -r", "os-release", "systemd-detect-virt"],
     {"kernel": "6.1.0-21", "os": "debian 12", "arch": "arm64", "platform": "bare-metal"}),
    ("sriov_ip_d_link.txt", ["ip -d link", "ethtool -i"], {"sriov_nics": True, "mtu": 9000}),
    ("sriov_lspci.txt", ["lspci"], {"sriov_nics": True}),
    ("ethtool_vmxnet3.txt", ["ethtool -i"], {"sriov_nics": False}),
    ("kube_system_pods_calico.txt", ["kubectl get pods"], {"current_plugin": "calico"}),
    ("ds_all_flannel.txt", ["kubectl get ds"], {"current_plugin": "flannel"}),
]


@pytest.mark.parametrize("name,formats,facts", CASES, ids=[c[0] for c in CASES])
def test_fixture(name, formats, facts):
    obs = read(name)
    assert obs.formats == formats
    got = {f.key: f.value for f in obs.facts}
    for key, expected in facts.items():
        assert got.get(key) == expected, f"{key}: {got.get(key)!r}"
    for fact in obs.facts:
        Profile.model_validate({fact.key: fact.value})
        assert fact.lines and all(line in (FIXTURES / name).read_text() for line in fact.lines), "lines are pasted lines"
        assert fact.detail_en.startswith("Observed:") and fact.detail_zh.startswith("观察到")
    assert not obs.conflicts


def test_facts_not_shown_are_not_invented():
    got = {f.key for f in read("ip_br_addr.txt").facts}
    assert got == {"platform"}, "ip -br addr prints no MTU and no kernel"
    assert read("ip_neigh.txt").facts == []


def test_os_release_keeps_both_proving_lines():
    fact = read("system_ubuntu2204.txt").fact("os")
    assert fact.lines == ["ID=ubuntu", 'VERSION_ID="22.04"']


def test_the_oldest_kernel_of_a_mixed_cluster_is_the_fact():
    fact = read("kubectl_nodes_wide_mixed16.txt").fact("kernel")
    assert fact.value == "5.15.0-97"
    assert "oldest of 3" in fact.detail_en
    assert len(fact.lines) == 1 and fact.lines[0].startswith("edge-a-1 ")


def test_different_distributions_give_no_os_but_say_so():
    listing = (FIXTURES / "kubectl_nodes_wide_routed.txt").read_text().replace(
        "node3   Ready    <none>          12d    v1.28.6   10.0.2.7      <none>        CentOS Linux 7 (Core)   ",
        "node3   Ready    <none>          12d    v1.28.6   10.0.2.7      <none>        Rocky Linux 9.3 (Blue Onyx)   ")
    obs = read_evidence(listing)
    assert obs.fact("os") is None
    assert any("rocky 9.3 on node3" in n for n in obs.notices)


def test_one_host_with_two_kernels_is_a_conflict():
    uname = "[root@node2 ~]# uname -r\n5.4.0-150-generic\n"
    obs = read_evidence([uname, (FIXTURES / "kubectl_nodes_wide_routed.txt").read_text()])
    assert obs.fact("kernel") is None
    assert len(obs.conflicts) == 1 and "node2" in obs.conflicts[0]
    assert "5.4.0-150" in obs.conflicts[0] and "3.10.0-1160" in obs.conflicts[0]
