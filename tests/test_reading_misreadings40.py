"""Fortieth round: profile misreadings, each beside a near-miss."""

from __future__ import annotations

from reading_facts import facts


def test_a_path_ending_in_lib_is_no_infiniband():
    assert "multi_nic" not in facts("failed to set up pod network: stat /var/lib/calico/nodename: no such file or directory")
    assert facts("MPI pods talk over IB between the GPU nodes").get("multi_nic") is True


def test_the_clients_os_in_a_version_block_is_no_node():
    said = facts("Talos version: Client OS/Arch: windows/amd64; Server: Tag: v1.4.5, OS/Arch: linux/arm64")
    assert "windows_nodes" not in said and said.get("arch") == "arm64"
    assert facts("Two of our worker nodes run Windows Server 2022.").get("windows_nodes") is True


def test_the_plugin_something_is_a_replacement_for_is_the_one_in_use():
    said = facts("Deploy and test Cilium CNI as potential replacement for Flannel, kube-proxy and MetalLB.")
    assert said.get("current_plugin") == "flannel" and said.get("kube_proxy_replacement") is True
    assert facts("We run Calico. Is Cilium a good replacement?").get("current_plugin") == "calico"


def test_a_setting_named_in_a_validation_error_is_no_wish():
    assert "kube_proxy_replacement" not in facts("failed to create cilium clusters, the value 'probe' of kube-proxy-replacement is invalid.")
    assert "kube_proxy_replacement" not in facts("Error: kubeProxyReplacement must be explicitly set to a valid value (true or false).")
    assert facts("We set kubeProxyReplacement=true and NodePort stopped working.").get("kube_proxy_replacement") is True


def test_a_client_and_the_cluster_on_different_vlans_is_no_nodes_apart():
    assert "cross_subnet" not in facts("It works when client and k8s cluster are on the same network, but if they are on two different "
                                       "VLANs the packet is dropped.")
    assert facts("Our nodes are on two different VLANs.").get("cross_subnet") is True
