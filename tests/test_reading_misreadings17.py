"""Seventeenth round: misreadings found on the held-out sets of 2026-12-04 (tenth session), each with a near-miss."""

from __future__ import annotations

from reading_facts import facts


def test_all_in_one_segment_without_same_is_one_subnet():
    assert facts("20 台物理机，都在一个网段。").get("cross_subnet") is False
    assert facts("三台节点全部位于一个子网").get("cross_subnet") is False
    # one segment per site is not one segment
    assert facts("两个机房，每个机房一个网段。").get("cross_subnet") is not False


def test_addresses_the_network_may_not_give_pods_are_reserved_not_only_short():
    for text in ("Needs: NetworkPolicy; pods must NOT consume VPC addresses (those /24s are shared with RDS).",
                 "The VNet is shared with three other teams, so anything that burns a VNet IP per pod is out.",
                 "The network team has already said no to more address space.",
                 "Pod 不能占用 VPC 的 IP。", "VPC 网段没法再扩了。"):
        found = facts(text)
        assert found.get("network_ips_reserved") is True and found.get("pod_density") is True, text
    # running out is fixed inside the cloud's plugin (prefix delegation, a secondary CIDR): short, not reserved
    short = facts("We ran out of VPC IPs on EKS.")
    assert short.get("pod_density") is True and "network_ips_reserved" not in short
    assert "network_ips_reserved" not in facts("We can expand the VPC CIDR if needed, that is possible.")


def test_a_network_shared_with_other_teams_is_still_ours():
    found = facts("AKS, 200 nodes. The VNet (10.20.0.0/16) is shared with three other teams and our /22 for pods is basically gone.")
    assert found.get("pod_density") is True and found.get("platform") == "azure"
    # another team's own cluster stays theirs
    assert "nodes" not in facts("Another team runs Cilium on 300 GKE nodes.")


def test_a_planned_size_given_by_the_plan_as_subject():
    assert facts("AKS cluster, currently 200 nodes, capacity plan says 450 by next summer.").get("nodes") == 450
    assert facts("Currently 200 nodes; the plan is to keep it that way.").get("nodes") == 200


def test_a_cloud_plugins_vendor_name_is_no_platform_when_the_nodes_are_placed():
    asked = facts("Can I use amazon-vpc-cni-k8s on my cluster? I set it up on the physical machine with kubeadm.")
    assert asked.get("platform") == "bare-metal"
    # alone, the vendor's plugin still says where the nodes are
    assert facts("We use the Amazon VPC CNI.").get("platform") == "aws"


def test_dns_names_wanted_in_rules_however_said():
    assert facts("Support for dns name based policy rules would help us.").get("fqdn_policy") is True
    assert facts("It's really hard to write egress rules for external services without using dns names.").get("fqdn_policy") is True
    # rules that do without names, and a product's feature, are no need
    assert facts("We write egress rules without using dns names; IP blocks are enough.").get("fqdn_policy") is not True
    assert "fqdn_policy" not in facts("Cilium supports DNS-name based policy.")


def test_kubevirt_live_migration_is_its_own_need():
    for text in ("Which CNI lets us live-migrate the KubeVirt VMs and keep the VM IP?",
                 "Can LiveMigration keep VMI IP unchanged? Two virt-launcher pods run during live-migration.",
                 "KubeVirt 虚拟机需要热迁移"):
        found = facts(text)
        assert found.get("live_migration") is True and found.get("static_pod_ips") is True, text
    # a hypervisor's live migration of the node VMs is not KubeVirt's
    assert "live_migration" not in facts("vSphere live migration (vMotion) of the node VMs drops pod traffic for a second.")
    # KubeVirt's VMs are workloads: neither the platform nor the node count
    found = facts("Two VMs talking on the same pod network would be NAT'd; the virt-launcher pod keeps its IP.")
    assert found.get("platform") != "vm" and "nodes" not in found


def test_multus_named_is_in_use_unless_the_denial_is_said_of_it():
    assert facts("the two pods can not use the same IP with multus CNI").get("multi_nic") is True
    assert facts("no multus here, just calico").get("multi_nic") is False
