"""Twenty-sixth round: misreadings on the held-out sets of 2026-12-04 (batch 17), each with a near-miss that must
keep its reading."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, planned


def test_pods_not_allowed_to_take_the_networks_addresses():
    assert facts("Pods are not allowed to consume VPC addresses at all.").get("network_ips_reserved") is True
    assert facts("网络组明确说 pod 不能再占用 VNet 里的地址了").get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("Pods are allowed to use VPC IPs.")
    verdicts = {o.id: o.verdict for o in planned("AKS 集群，网络组明确说 pod 不能再占用 VNet 里的地址了，用什么网络插件？").options}
    assert verdicts["azure-cni:pod-subnet"] == "rejected" and verdicts["azure-cni:overlay"] != "rejected"


def test_ranges_that_do_not_overlap_ask_for_no_tenant_networks():
    assert "tenant_networks" not in facts("两个集群通过专线打通，两边 pod 网段也没重叠。")
    assert facts("不同租户的网段会重叠，要各自隔离。").get("tenant_networks") is True


def test_a_made_up_backend_the_plugin_is_switched_to_is_unknown():
    for text in ("How do I switch flannel to its QUIC backend?", "flannel 怎么切换到 QUIC 后端？"):
        reading = understand(text, CATALOG)
        assert reading.kind == "decline" and reading.decline == "unknown_name", text
    for text in ("How do I switch flannel to its host-gw backend?", "Calico 怎么切换到 vxlan 模式？"):
        assert understand(text, CATALOG).kind != "decline", text


def test_no_encapsulation_wanted_after_another_wish_in_the_sentence():
    found = facts("We want to run without kube-proxy and without any encapsulation.")
    assert "vxlan" in (found.get("encap_blocked") or [])
    assert "encap_blocked" not in facts("We want to run without kube-proxy, and avoid encapsulation wherever possible.")


def test_the_mode_moved_to_is_not_the_one_running_wherever_it_is_named():
    reading = understand("Change IPIP mode to BGP mode. How can I change calico from IPIP mode to BGP mode?", CATALOG)
    assert reading.profile.current_plugin == "calico:ipip" and reading.wanted == ["calico:bgp"]
    assert understand("We run Calico in BGP mode. How do we add a second IP pool?", CATALOG).profile.current_plugin == "calico:bgp"


def test_pod_ips_published_into_the_datacenter_network():
    assert facts("用flannel组网的话，pod的ip，如何发布到机房网络中（可以和机房网络内其他主机ip互访）").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Pod IP 不需要发布到机房网络")


def test_a_feature_of_the_unmaintained_plugin_in_use_is_answered_about_it():
    asked = "We run Weave Net on 6 nodes. Is it possible to turn on Weave's encryption? What must be done?"
    result = planned(asked)
    assert result.options[0].plugin == "weave"
    assert next(c for c in result.options[0].checks if c.check == "maintenance").status == "warn"
    # a move away from it, or a choice, still does not start on it
    assert planned("We run Weave Net on 12 nodes; it is archived. What should we migrate to? We need NetworkPolicy.").options[0].plugin != "weave"
    assert planned("Can Weave Net do NetworkPolicy on our new 10-node cluster?").options[0].plugin != "weave"


def test_vm_ports_that_may_filter_addresses_are_named_as_a_cause():
    result = planned("我们在 cloudpods 虚拟机上部署 k8s，cilium 的 native routing 模式跨节点访问不了 pod ip，只有 vxlan 模式能通。")
    native = next(o for o in result.options if o.id == "cilium:native-routing")
    l2 = next(c for c in native.checks if c.check == "l2")
    assert l2.status == "unknown" and "防欺骗" in l2.detail
    # bare metal has no VM ports to filter
    bare = planned("我们在物理机上部署 k8s，cilium 的 native routing 模式跨节点访问不了 pod ip，只有 vxlan 模式能通。")
    l2 = next(c for c in next(o for o in bare.options if o.id == "cilium:native-routing").checks if c.check == "l2")
    assert "防欺骗" not in l2.detail


def test_whether_to_move_at_all_is_a_choice():
    for text in ("我们现在用 weave，20 个节点，要不要换？需要网络策略和加密", "是否需要更换网络插件？"):
        assert understand(text, CATALOG).kind == "choice", text
    assert planned("我们现在用 weave，20 个节点，要不要换？需要网络策略和加密").options[0].plugin != "weave"


def test_a_feature_a_named_plugin_lacks_is_needed():
    assert facts("Flannel doesn't support network policy. Which CNI should we use instead?").get("network_policy") is True
    assert facts("Flannel has no encryption; our nodes talk over the internet.").get("encryption") is True
    assert facts("We don't need network policy; flannel is fine.").get("network_policy") is False


def test_pod_addresses_kept_out_of_the_vpc_and_pods_reached_from_on_prem():
    assert facts("Each AZ subnet is a /26 and we are explicitly not allowed to put pod addresses into the VPC.").get("network_ips_reserved") is True
    assert facts("Central IT gave us a /22 and won't hand out more address space.").get("network_ips_reserved") is True
    assert facts("Pods must stay reachable on their VPC IPs from the on-prem network.").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("Pods are reachable from each other on every node.")


def test_a_symptoms_documented_cause_is_searched_in_its_own_words():
    two_nics = understand("双网卡下会报这个错误。我配置用的是enp0s3网卡，为什么会用到 enp0s8 呢？", CATALOG)
    assert "IP_AUTODETECTION_METHOD" in two_nics.query
    vmware = understand("RKE2 on VMware VMs with flannel: except the first node, nodes cannot resolve DNS or reach the API.", CATALOG)
    assert vmware.kind == "troubleshoot" and "checksum" in vmware.query
    assert "checksum" not in understand("RKE2 on bare metal with flannel: except the first node, nodes cannot resolve DNS.", CATALOG).query


def test_an_unmaintained_plugin_in_use_is_no_cause_of_a_symptom():
    from assistant.compose.troubleshoot import troubleshoot
    from assistant.evidence import CitationBook
    reading = understand("Our 8-node cluster runs weave. Since last week pods on different nodes can't reach each other.", CATALOG)
    result = planned(reading.question)
    # the plugin in use keeps running while it is fixed: its support status warns, it does not reject the fix
    assert result.options[0].plugin == "weave" and result.options[0].verdict != "rejected"
    # asked for another network that works, it is left: "errors about Weave. Which pod network works in this setup?"
    left = planned("I still don't have a working pod; the errors I see are about Weave and CNI. Which pod network works in this setup?")
    assert next(o for o in left.options if o.plugin == "weave").verdict == "rejected"
    answer = troubleshoot(reading, result, [], CitationBook(lambda note, heading: [], "en"))
    assert "maintained" not in answer


def test_a_symptom_on_something_in_use_does_not_deny_it():
    assert facts("The network policy works with Linux pods, but not working with windows pods.").get("windows_nodes") is True
    assert facts("Calico policy doesn't work on Windows nodes.").get("windows_nodes") is True
    assert facts("We have no Windows nodes.").get("windows_nodes") is False


def test_centos_stream_and_one_node_installs():
    assert facts("Kubernetes 1.31 on CentOS Stream 9 with kubeadm").get("os") == "centos stream 9"
    assert facts("CentOS 7.9 nodes").get("os") == "centos 7.9"
    assert facts("我使用sealos创建了一个单点的“集群”，问题也可以复现。").get("nodes") == 1


def test_a_size_written_as_a_comparison_is_a_bound():
    assert "nodes" not in facts("Route reflectors are proposed when the cluster size is >200 nodes; for <=200 nodes use the mesh.")
    assert facts("We have 40 nodes.").get("nodes") == 40
