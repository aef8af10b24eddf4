"""Forty-seventh round: readings from held-out batch 47, each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, vocabulary


def test_ipsec_mandated_and_wireguard_refused_in_other_words():
    said = facts("Compliance requires that node-to-node pod traffic be encrypted using IPsec; WireGuard is not on our approved cipher list.")
    assert said.get("encryption_protocol") == "ipsec" and said.get("encryption") is True
    assert facts("审计只认 IPsec，WireGuard 没通过算法评审。").get("encryption_protocol") == "ipsec"
    assert "encryption_protocol" not in facts("Should we encrypt with IPsec or WireGuard?")


def test_each_tenant_with_an_isolated_network_of_its_own_in_chinese():
    assert facts("每个租户（namespace）要有自己隔离的一张子网，默认跟别的租户不通。").get("tenant_networks") is True
    assert "tenant_networks" not in facts("所有业务都在一张网络里。")


def test_default_isolation_is_no_symptom():
    assert understand("每个租户要有自己独立的子网，默认跟别的租户不通。Kube-OVN 和 Calico 哪个合适？", CATALOG).kind != "troubleshoot"
    assert understand("新加的节点上的 pod 跟老节点的 pod 不通，Calico VXLAN。", CATALOG).kind == "troubleshoot"


def test_a_vlan_id_before_the_subnet_is_no_second_vlan():
    assert "cross_subnet" not in facts("All VMs are on one port group (VLAN 30, 10.30.0.0/24).")
    assert facts("The racks are on VLAN 30, 40 and 50.").get("cross_subnet") is True


def test_windows_servers_that_host_the_vms_are_no_windows_nodes():
    assert "windows_nodes" not in facts("The cluster runs on Hyper-V (Windows Server 2019 hosts, Debian 12 guest VMs).")
    assert facts("We add two Windows Server 2019 workers for .NET apps.").get("windows_nodes") is True


def test_rdma_kept_outside_kubernetes_is_no_second_pod_interface():
    assert "multi_nic" not in facts("The MPI jobs use RoCE outside Kubernetes, on the bare hosts.")
    assert facts("Training pods need RoCE on a second NIC.").get("multi_nic") is True


def test_a_made_up_mode_key_is_an_unknown_name():
    known = vocabulary("ipipmode", "vxlanmode", "crosssubnet", "never", "always")
    reading = understand("Calico 的 IPPool 里 anycastMode: Enabled 怎么配？", CATALOG, vocabulary=known)
    assert reading.kind == "decline" and "anycastMode" in reading.unknown
    assert understand("Calico 的 IPPool 里 vxlanMode: CrossSubnet 怎么配？", CATALOG, vocabulary=known).kind != "decline"


def test_a_load_balancer_and_whitelist_given_pod_addresses_in_chinese():
    assert facts("希望 SLB 直接把 Pod 挂成后端。").get("routable_pod_ips") is True
    assert facts("RDS 白名单里直接放 Pod 的 VPC 地址。").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("SLB 挂的是 NodePort。")
