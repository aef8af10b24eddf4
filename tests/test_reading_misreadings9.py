"""Classes of misreading, ninth round: user-space NIC needs (DPDK, vfio-pci), SR-IOV named as a plugin
in a list of plugins, the primary network beside an extra interface, and failing to get something
wanted. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text", ["The UPF uses DPDK and needs the VF bound to vfio-pci inside the pod.",
                                  "Our packet core does kernel bypass on the data plane.",
                                  "5G UPF 用户态收发包，VF 要绑定 vfio-pci 直通进 Pod"])
def test_pods_that_drive_the_nic_from_user_space_need_dpdk(text):
    assert facts(text).get("dpdk") is True


def test_a_refused_dpdk_is_read_as_refused():
    assert facts("The VFs stay on the kernel iavf driver, we don't use DPDK at all.").get("dpdk") is False


def test_failing_to_get_a_wanted_feature_working_is_no_refusal():
    # inability is a symptom: the writer wants DPDK, and cannot get it working
    assert facts("We are not able to use UPF pods with DPDK mode on our SR-IOV VFs.").get("dpdk") is True
    assert facts("We are not able to use WireGuard here, the kernel is too old.").get("encryption") is True


@pytest.mark.parametrize("text", ["Which secondary CNI for the data plane: macvlan, ipvlan or SR-IOV?",
                                  "SR-IOV vs macvlan for the media pods?", "数据面用 macvlan 还是 SR-IOV？"])
def test_sriov_listed_beside_other_plugins_names_the_plugin(text):
    assert "sriov" in understand(text, CATALOG).asked


@pytest.mark.parametrize("text", ["Our NICs support SR-IOV and we run Calico. Can pods get a VF?",
                                  "We use Calico and SR-IOV NICs, which mode?"])
def test_sriov_as_the_nics_feature_names_no_plugin(text):
    reading = understand(text, CATALOG)
    assert "sriov" not in reading.plugins
    assert reading.profile.sriov_nics is True


@pytest.mark.parametrize("text", ["Primary network is Calico.", "主网络还是 Calico，想给 UPF 加一张 VF。", "主网络是 Calico。"])
def test_the_primary_network_named_beside_an_extra_interface_is_in_use(text):
    assert facts(text).get("current_plugin", "").startswith("calico")


@pytest.mark.parametrize("text", ["主网络用 Calico 还是 Cilium？", "Which primary network is better here, Calico or Cilium?"])
def test_a_primary_network_still_to_choose_is_not_in_use(text):
    assert "current_plugin" not in facts(text)
