"""Fortieth round: planning classes, each beside a near-miss."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _plan(question: str):
    result = plan(understand(question, CATALOG), CATALOG)
    assert result is not None
    return result


def test_a_managed_services_own_addon_answers_whether_the_plugin_in_use_can():
    result = _plan("Our AKS cluster uses Azure CNI. Can we turn on WireGuard encryption between pods?")
    assert result.options[0].id == "azure-cni:cilium"
    # another plugin's add-on is still no yes: flannel needs a policy engine beside it
    flannel = _plan("Our self-managed cluster runs flannel vxlan on Ubuntu VMs. Can flannel enforce NetworkPolicy?")
    assert flannel.options[0].plugin != "flannel"


def test_a_plugin_without_network_policy_has_no_policy_log():
    result = _plan("等保测评要求被拒绝的连接要留日志。我们 k8s 用的是 flannel，节点是 OpenStack 上的 openEuler 22.03 虚拟机。flannel 本身能满足吗？")
    assert result.options[0].plugin != "flannel"
    flannel = next(o for o in result.options if o.plugin == "flannel")
    assert any(c.check == "policy_log" and c.status == "fail" for c in flannel.checks)
    # a plugin that enforces policy but documents no log stays unknown, not a no
    kube_router = next(o for o in result.options if o.plugin == "kube-router")
    assert any(c.check == "policy_log" and c.status != "fail" for c in kube_router.checks)


def test_the_plugin_in_use_within_an_older_releases_kernel_floor_is_a_warning():
    result = _plan("kubeadm on Ubuntu 20.04, Cilium 1.14 in native routing mode; both nodes in the same subnet, but pods on the master "
                   "cannot reach pods on the worker. What's wrong?")
    assert result.options[0].plugin == "cilium"
    kernel = next(c for c in result.options[0].checks if c.check == "kernel")
    assert kernel.status == "warn" and "1.17" in kernel.detail
    # below every release's floor it still fails, and so does a new install on the older kernel
    old = _plan("We run Cilium on CentOS 7 with kernel 3.10 and pods on different nodes cannot reach each other. What's wrong?")
    assert all(c.status == "fail" for o in old.options if o.plugin == "cilium" for c in o.checks if c.check == "kernel")
    new = _plan("Which mode of Cilium should we install on our Ubuntu 20.04 nodes?")
    assert all(c.status == "fail" for o in new.options if o.plugin == "cilium" for c in o.checks if c.check == "kernel")
    # asked whether it could run there, the plugin gets the current floor, however the question is read
    whether = _plan("We run Cilium on our Ubuntu 20.04 nodes with kernel 5.4. Can Cilium run on this kernel?")
    assert all(c.status == "fail" for o in whether.options if o.plugin == "cilium" for c in o.checks if c.check == "kernel")


def test_the_plugin_in_use_lacking_a_wish_hands_it_to_others():
    result = _plan("k3s on 10 Ubuntu 24.04 mini PCs, all on one switch, stock flannel. We'd like to drop kube-proxy entirely. Can flannel "
                   "do that, and if not, what would?")
    assert result.options[0].plugin != "flannel"
    assert any(c.check == "kube_proxy" and c.status == "pass" for c in result.options[0].checks)
    # a named plugin that cannot run here leaves the wish waiting, the plugin in use kept
    waiting = _plan("We run flannel on CentOS 7. Can Cilium replace kube-proxy for us?")
    assert waiting.options[0].plugin == "flannel"


def test_a_wish_that_is_the_plugins_own_setting_waits_within_it():
    result = _plan("5G core lab: 6 bare-metal servers, Ubuntu 22.04, one rack. We switched Calico to the eBPF data plane and removed "
                   "kube-proxy. Now the vendor says their pods speak SCTP, including through a Service. Will that work on our setup?")
    assert result.options[0].plugin == "calico"


def test_a_policy_that_allows_only_ipsec_rules_out_wireguard_only_plugins():
    result = _plan("Our security team says IPsec only: WireGuard isn't on the approved list. 35 bare-metal nodes on Rocky 9 across three racks, "
                   "and the network team peers BGP with us. Calico or Cilium for us?")
    assert result.options[0].plugin == "cilium"
    assert all(c.status == "fail" for o in result.options if o.plugin == "calico" for c in o.checks if c.check == "encryption")
    # encryption asked without a protocol: Calico's WireGuard passes
    plain = _plan("35 bare-metal nodes on Rocky 9 across three racks, BGP with the ToRs, traffic must be encrypted. Calico or Cilium?")
    assert any(c.status == "pass" for o in plain.options if o.id == "calico:bgp" for c in o.checks if c.check == "encryption")


def test_flannel_masquerades_to_the_node_so_it_has_no_fixed_egress_ip():
    result = _plan("VMware, 20 Ubuntu VMs on one port group. The core banking firewall allows callers by source IP, so a few namespaces must "
                   "leave from two fixed addresses. We run flannel: which CNI gives a fixed egress IP?")
    assert all(o.verdict == "rejected" for o in result.options if o.plugin == "flannel")
    # without that need flannel stays a candidate
    plain = _plan("VMware, 20 Ubuntu VMs on one port group, we run flannel. Which mode should we use?")
    assert any(o.verdict != "rejected" for o in plain.options if o.plugin == "flannel")
