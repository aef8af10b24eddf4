"""Twenty-second round: misreadings on the held-out sets of 2026-12-04 (batch 14), each with a near-miss that must
keep its reading."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG


def _top(text: str) -> str:
    result = plan(understand(text, CATALOG), CATALOG)
    assert result is not None
    return result.options[0].id


def test_what_a_proposed_mode_would_bring_is_not_the_network():
    from reading_facts import facts
    found = facts("节点分布在两个子网里，一共 30 台。同事想改成 VXLAN CrossSubnet，这样同一个子网里的节点之间就不用封装，省点 CPU。")
    assert found.get("cross_subnet") is True and "encap_blocked" not in found
    found = facts("Our 12 nodes sit in two subnets. A colleague wants to switch to VXLAN CrossSubnet so that nodes in the same subnet don't need "
                  "encapsulation.")
    assert found.get("cross_subnet") is True and "encap_blocked" not in found
    # the writer's own wish, with no proposal before it, still counts; and 这样 that is no outcome keeps what follows
    assert facts("节点都在同一个子网里，我们不想用封装。").get("encap_blocked")
    assert facts("领导想换成 Cilium，这样我们 30 台节点都要重启。").get("nodes") == 30


def test_protocols_let_through_or_ports_a_team_will_not_open():
    from reading_facts import facts
    assert facts("安全组只放开了 TCP、UDP 和 ICMP；节点都是 arm64 虚拟机。").get("encap_blocked") == ["ipip"]
    assert facts("Security won't let us open UDP 4789 between node groups.").get("encap_blocked") == ["vxlan"]
    assert "encap_blocked" not in facts("Security won't let us open a ticket for the VXLAN issue before Monday.")


def test_the_plugin_in_use_is_not_one_weighed_suggested_or_not_bought():
    from reading_facts import facts
    assert facts("我们自己是在阿里云 ECS 上用 kubeadm 自建的集群，CNI 还是 calico 的 IPIP 模式。").get("current_plugin") == "calico:ipip"
    assert "current_plugin" not in facts("新集群 40 个节点都在同一个二层网段里，现在正在评估 Cilium 和 Calico。")
    assert "current_plugin" not in facts("只用开源版，不买 Calico Enterprise。")
    assert "current_plugin" not in facts("A colleague keeps telling me to rip out the default and install Cilium with Hubble.")
    found = facts("My colleague's homelab runs Cilium on three Raspberry Pi 4s, but the cluster I'm asking about is ours at work: 24 VMs "
                  "on Proxmox, currently Calico with CALICO_NETWORKING_BACKEND=vxlan.")
    assert found.get("current_plugin") == "calico:vxlan" and found.get("nodes") == 24
    # what a boss says about our nodes leaves the plugin we run ours
    assert facts("We run Cilium. My boss told me our nodes are fine.").get("current_plugin") == "cilium"


def test_a_colleagues_pick_the_writer_sets_aside_does_not_lead():
    pushed = ("Five Raspberry Pi 4s on one switch running k3s. A colleague keeps telling me to install Cilium, but honestly I just want "
              "pod networking that works and doesn't eat RAM. What CNI setup should I go with?")
    assert not _top(pushed).startswith("cilium")


def test_addresses_refused_to_pods_and_a_network_shared_with_other_teams():
    from reading_facts import facts
    found = facts("The VPC is a shared 10.40.0.0/20 that three other teams also live in, and the network team's rule is blunt: "
                  "pods get no VPC addresses at all, nodes only.")
    assert found.get("network_ips_reserved") is True
    assert facts("Pod 不分配 VPC 地址，只有节点有。").get("network_ips_reserved") is True
    # another team's own cluster is still someone else's
    assert "current_plugin" not in facts("Another team runs Cilium on 300 GKE nodes.")


def test_fixed_egress_tenant_networks_and_pods_seen_by_their_own_address():
    from reading_facts import facts
    assert facts("某几个 namespace 出集群的流量要固定源 IP，对端按 IP 加白名单。").get("egress_ip") is True
    assert facts("几个租户的 namespace 要各自一张隔离的网络，而不只是靠 NetworkPolicy 拦。").get("tenant_networks") is True
    assert facts("Is it possible to SNAT traffic from a pod or set of pods to a specific IP address?").get("egress_ip") is True
    assert facts("Workload outside the cluster must see the real Pod ip address.").get("routable_pod_ips") is True
    assert facts("Customers need end to end routed Pods without NAT.").get("routable_pod_ips") is True
    assert facts("Is there a way to disable SNAT of Pods behind the Node IP?").get("routable_pod_ips") is True
    # NAT to reach the internet is no wish for routable pods
    assert "routable_pod_ips" not in facts("Pods can't reach the internet without NAT on the nodes.")
    assert "tenant_networks" not in facts("团队各自用自己的笔记本。")


def test_kube_virt_spelled_apart_is_kubevirt():
    from reading_facts import facts
    assert facts("Using Cilium for VMs connectivity (aka Kube Virt). Requirements: Support Live Migration for VMs.").get("live_migration") is True
    assert "live_migration" not in facts("vSphere cluster; vMotion does live migration for VMs.")
