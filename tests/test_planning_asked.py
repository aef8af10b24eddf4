"""What a question asks about leads its plan: a named mode asked whether it works, when it works with a caveat;
the cloud's own flavour of a plugin asked about on that cloud."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _top(text: str) -> str:
    result = plan(understand(text, CATALOG), CATALOG)
    assert result is not None
    return result.options[0].id


def test_a_named_mode_asked_about_leads_when_only_a_caveat_stands_in_its_way():
    # WireGuard is not built into 4.15: the module has to be installed, a caveat, not a no
    asked = ("Hetzner Cloud 上 12 台虚拟机跑 k3s，系统还是 Ubuntu 18.04（内核 4.15，短期升不了）。客户要求 pod 之间的流量加密。"
             "想用 flannel 的 wireguard-native 后端，这个内核行不行？")
    assert _top(asked) == "flannel:wireguard"
    # asked as a choice, the option that fits outright still leads
    choice = ("Hetzner Cloud 上 12 台虚拟机跑 k3s，系统还是 Ubuntu 18.04（内核 4.15，短期升不了）。客户要求 pod 之间的流量加密。"
              "用哪个 CNI？")
    assert _top(choice) != "flannel:wireguard"
    # a feature the plugin needs an add-on for is a no: the options that enforce it lead
    assert not _top("We run flannel on 10 kubeadm nodes. Can flannel enforce our NetworkPolicies?").startswith("flannel")


def test_a_no_still_leads_with_the_alternatives():
    text = "Our 20 nodes run CentOS 7.9 (kernel 3.10). Can Cilium run on this kernel? We need NetworkPolicy."
    assert not _top(text).startswith("cilium")


def test_the_clouds_flavour_of_a_plugin_asked_about_leads_on_that_cloud():
    text = ("I created an AKS cluster with Azure CNI dynamic IP allocation and an additional pod subnet. Then I installed Cilium, but "
            "the Cilium pods are stuck waiting for IP. How should Cilium run on an AKS cluster with a separate pod subnet?")
    assert _top(text) == "azure-cni:cilium"
    # a plugin with no flavour on that cloud: the cloud's own plugin in use stays first while it works
    eks = "EKS with the VPC CNI: pods on one node cannot reach a Service. Is this a VPC CNI thing? Should we put Calico on instead?"
    assert _top(eks) == "aws-vpc-cni"


def test_asked_whether_the_meta_plugin_itself_does_it():
    text = ("I have Calico and Flannel plugins. For one pod I only want an interface from the Calico network and for the other pod an "
            "interface from the Flannel network. Can this be achieved using Multus?")
    assert _top(text) == "multus"
    # told as the vehicle of a choice, what it delegates to is the pick
    assert _top("第二块网卡通过 Multus 挂，主网络是 Calico，用哪个 CNI？") != "multus"


def test_a_new_cluster_needing_vm_migration_and_a_second_nic_picks_its_primary():
    text = ("OpenShift 4.16 on bare metal, 18 nodes, mostly for OpenShift Virtualization (KubeVirt). The VMs must keep their IP when they "
            "live-migrate between hosts, a few need a second NIC on a VLAN-backed network, and the firewall team wants one stable egress "
            "IP per namespace. What should the cluster network be?")
    reading = understand(text, CATALOG)
    assert reading.kind == "choice"
    assert _top(text) == "ovn-kubernetes:geneve"
    # only the second NIC asked, beside the primary in use: what attaches it leads
    assert _top("Calico is our primary CNI on 12 bare-metal nodes; some pods need a second NIC on a VLAN. What do we install?") != "calico:bgp"
