"""The CNI plugin already installed, from its pods, its DaemonSets, its interfaces and its routes."""

from __future__ import annotations

from pathlib import Path

import yaml

from assistant.observe import read_evidence
from assistant.observe.cni import CATALOG_IDS, INTERFACES, WORKLOADS, plugin_id
from assistant.settings import REPO_ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"


def read(*names: str):
    return read_evidence([(FIXTURES / n).read_text(encoding="utf-8") for n in names])


def test_flannel_from_its_interfaces():
    fact = read("ip_addr_flannel_ubuntu2204.txt").fact("current_plugin")
    assert fact.value == "flannel:vxlan"
    assert any(line.startswith("3: flannel.1:") for line in fact.lines)


def test_calico_ipip_from_tunl0_and_its_veths():
    fact = read("calico_ipip_node.txt").fact("current_plugin")
    assert fact.value == "calico:ipip"
    assert any("tunl0" in line for line in fact.lines) and any("calie1d0e0d3cd5" in line for line in fact.lines)


def test_calico_cross_subnet_from_bird_routes_over_the_underlay():
    paste = (FIXTURES / "calico_ipip_node.txt").read_text() + "10.233.97.0/24 via 172.20.0.13 dev eth0 proto bird\n"
    assert read_evidence(paste).fact("current_plugin").value == "calico:ipip-crosssubnet"


def test_calico_vxlan_from_brief_link_listing():
    assert read("calico_vxlan_br.txt").fact("current_plugin").value == "calico:vxlan"


def test_cilium_vxlan():
    assert read("cilium_node.txt").fact("current_plugin").value == "cilium:vxlan"


def test_a_lone_tunl0_is_the_ipip_module_not_calico():
    assert read("ifconfig_centos7.txt").fact("current_plugin") is None


def test_pods_and_interfaces_agree_on_plugin_and_mode():
    fact = read("kube_system_pods_calico.txt", "calico_ipip_node.txt").fact("current_plugin")
    assert fact.value == "calico:ipip"


def test_calico_veths_beside_flannel_read_as_canal():
    paste = (FIXTURES / "ip_addr_flannel_ubuntu2204.txt").read_text() + \
        "9: cali0a1b2c3d4e5@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default\n"
    obs = read_evidence(paste)
    assert obs.fact("current_plugin").value == "flannel:vxlan"
    assert any("Canal" in n for n in obs.notices)


def test_two_plugins_are_a_conflict():
    obs = read("ds_all_flannel.txt", "cilium_node.txt")
    assert obs.fact("current_plugin") is None
    assert len(obs.conflicts) == 1 and "flannel" in obs.conflicts[0] and "cilium" in obs.conflicts[0]


def test_multus_is_not_the_primary_plugin():
    ds = ("$ kubectl get ds -n kube-system\nNAME             DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE\n"
          "kube-multus-ds   3         3         3       3            3           <none>          9d\n"
          "aws-node         3         3         3       3            3           <none>          9d\n")
    assert read_evidence(ds).fact("current_plugin").value == "aws-vpc-cni"


def test_every_id_the_reader_can_produce_is_in_the_catalog():
    ids = set()
    for path in (REPO_ROOT / "kb" / "catalog").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "options" in data:
            ids.add(data["id"])
            ids.update(o["id"] for o in data["options"])
    assert CATALOG_IDS <= ids
    produced = {plugin_id(p, m) for _, p, m in WORKLOADS} | {plugin_id(p, m) for _, p, m, _ in INTERFACES}
    assert produced - ids <= {"kube-ovn", "multus", "sriov", "contiv"} - ids, produced - ids


def test_kube_router_from_route_n_and_kube_ipvs0_is_no_cni():
    routes = ("$ route -n\nKernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
              "0.0.0.0         163.172.212.1   0.0.0.0         UG    0      0        0 enp0s20\n"
              "10.244.0.0      0.0.0.0         255.255.255.0   U     0      0        0 kube-bridge\n"
              "10.244.1.0      0.0.0.0         255.255.255.0   U     0      0        0 tun-21247234133\n")
    assert read_evidence(routes).fact("current_plugin").value == "kube-router"
    ipvs = "$ ip -br addr\nkube-ipvs0       DOWN           10.96.0.1/32 10.96.0.10/32\neth0             UP             10.1.0.5/24\n"
    assert read_evidence(ipvs).fact("current_plugin") is None
