"""Needs described by example rather than named, found missing on the profile set's held-out
listing (third round), one class per test: layer 7 rules shown as requests or domain names, pod
IPs that outside systems address directly, pods that need a second interface, and nodes that
only meet over public addresses.

The sentences are paraphrases, not the labelled items' wording; each class is paired with
near-misses a fix could overreach into.
"""

from __future__ import annotations

import pytest

from reading_facts import facts


# HTTP-aware rules (l7_policy) and egress by DNS name (fqdn_policy) are read apart: GKE Dataplane V2
# has the second without the first.
@pytest.mark.parametrize("text", [
    "The billing service should only be able to call POST /v2/charges on the payments API.",
    "Our auditors want the checkout pods limited to GET and HEAD on /catalog/*.",
    "Rules must match on the X-Tenant-ID request header.",
    "We have to restrict which gRPC methods the mobile gateway may invoke.",
    "Only the ledger service may produce to the payments Kafka topic.",
    "订单服务只允许调用 GET /api/orders。",
    "需要按 HTTP 头做访问控制。",
    "要限制哪些服务可以写 Kafka 的某个 topic。",
])
def test_layer_7_rules_described_by_example_are_read(text):
    read = facts(text)
    assert read.get("l7_policy") is True and "fqdn_policy" not in read


@pytest.mark.parametrize("text", [
    "Outbound traffic from the build pods should be allowed only to *.github.com and *.docker.io.",
    "Egress must be whitelisted by domain name, not by IP, because the SaaS endpoints keep changing addresses.",
    "We need a DNS allowlist for pod egress.",
    "We run Calico today but need FQDN egress policies for the payment pods.",
    "We need a CNI that supports DNS-based egress rules.",  # a relative clause is the writer's wish, not a product
    "出口流量要按域名白名单放行。",
    "只允许 Pod 访问 *.aliyuncs.com。",
])
def test_egress_by_domain_name_is_its_own_need(text):
    read = facts(text)
    assert read.get("fqdn_policy") is True and "l7_policy" not in read


@pytest.mark.parametrize("text", [
    "Cilium supports FQDN-based egress policies and HTTP-aware rules.",
    "Antrea offers layer 7 NetworkPolicy for HTTP, which lets you allow GET /health only.",
    "curl GET /healthz on the service returns 503 from one node.",
    "Our Kafka cluster has 40 topics and runs on three nodes.",
    "The pods resolve *.svc.cluster.local through CoreDNS.",
    "Pods cannot resolve external domain names since the upgrade.",
    "The VXLAN header adds 50 bytes to every packet.",
    "OVN-Kubernetes adds DNS-name based egress rules.",
    "Features built on Dataplane V2, such as FQDN policies, are not available on the legacy data plane.",
    "Pods use dnsPolicy: ClusterFirst and a custom DNS policy.",
    "Cilium 支持基于 FQDN 的出口策略。",
    "Pod 无法解析外部域名。",
])
def test_layer_7_words_that_describe_a_product_or_a_symptom_are_not_a_need(text):
    read = facts(text)
    assert "l7_policy" not in read and "fqdn_policy" not in read


def test_no_need_for_layer_7_rules_is_read_as_no():
    read = facts("We don't need L7 rules or domain-based egress, plain NetworkPolicy is enough.")
    assert read.get("l7_policy") is False and read.get("fqdn_policy") is False
    assert facts("不需要按域名放行，三四层策略就够了。").get("fqdn_policy") is False


@pytest.mark.parametrize("text", [
    "The NLB is set to IP targets, so the pods must keep addresses from the VPC.",
    "Our ALB ingress uses target-type: ip and sends traffic straight to the pods.",
    "Pods need VNet-routable IPs because Application Gateway forwards to pod IPs.",
    "The mainframe batch jobs connect to pods at their pod IP over Direct Connect, with no NAT in between.",
    "Office clients must hit the pods by their own IPs through the VPN.",
    "The perimeter firewall filters on pod IPs, so source addresses must not be SNATed.",
    "Security appliances whitelist individual pod IP addresses.",
    "Our on-prem monitoring servers scrape pods by their pod IP.",
    "Pod 要直接使用机房的物理网段地址，中间不经过 NAT。",
    "数据中心的防火墙需要按照 Pod 的 IP 放行。",
    "办公网的机器要能直接通过 Pod IP 访问到容器。",
    "Pod IP 要和机房网络打通，不做 SNAT。",
])
def test_outside_systems_addressing_pods_directly_need_routable_pod_ips(text):
    assert facts(text).get("routable_pod_ips") is True


@pytest.mark.parametrize("text", [
    "With the AWS VPC CNI, pods get IP addresses from the VPC subnet.",
    "The VPC CNI gives each pod a VPC IP, which is why we run out of addresses.",
    "Pods cannot reach the internet without NAT.",
    "The firewall blocks port 179 between the nodes.",
    "Pod 通过 SNAT 访问外网。",
    "Pod 获取的是 VPC 的 IP。",
])
def test_pod_addresses_stated_as_a_fact_or_outbound_nat_are_no_routable_need(text):
    assert "routable_pod_ips" not in facts(text)


@pytest.mark.parametrize("text", [
    "Our ML jobs use GPUDirect RDMA over the ConnectX ports, next to the regular cluster network.",
    "The HPC pods need InfiniBand for MPI traffic.",
    "Inference pods talk RoCE v2 to the storage fabric.",
    "A handful of pods must join the plant network on bond1 and pull a DHCP address there.",
    "Some of the pods should show up on the camera VLAN as ordinary hosts with their own MAC.",
    "We need to attach the SIP pods to eth2 of the node as well as the default pod network.",
    "Those pods need a passthrough NIC for the packet capture.",
    "训练任务的 Pod 需要用 RDMA 网卡跑 NCCL。",
    "给这些容器再加一块网卡，接到存储网络。",
    "部分 Pod 需要网卡直通。",
    "Pod 需要同时接入两个网络。",
])
def test_a_second_interface_described_by_what_it_carries_is_multi_nic(text):
    assert facts(text).get("multi_nic") is True


@pytest.mark.parametrize("text", [
    "eth1 is the management NIC of the node.",
    "The nodes have eth0 for the cluster and eth1 for IPMI.",
    "Ceph on the storage nodes uses RDMA.",
    "Pods get their IPs from Calico IPAM.",
    "节点的 eth1 是管理网卡。",
])
def test_node_interfaces_and_node_rdma_are_not_a_pod_second_interface(text):
    assert "multi_nic" not in facts(text)


def test_no_need_for_a_second_interface_is_read_as_no():
    assert facts("Our pods don't need RDMA or a second interface.").get("multi_nic") is False


def test_rdma_alone_does_not_claim_sriov_hardware():
    assert "sriov_nics" not in facts("The training pods need RDMA for NCCL.")


@pytest.mark.parametrize("text", [
    "There is no private network between the sites; the nodes only have public IPs.",
    "Each VPS has only a public address and no internal link to the others.",
    "The workers sit in three homes and talk over the open internet.",
    "The clusters have no private interconnect at all.",
    "机器之间内网不通，只能走公网。",
    "各节点只有公网 IP。",
    "节点分布在不同云厂商，跨公网通信。",
    "没有专线，节点之间通过互联网连接。",
])
def test_nodes_meeting_only_over_public_addresses_is_an_untrusted_network(text):
    assert facts(text).get("untrusted_network") is True


@pytest.mark.parametrize("text", [
    "Pods can't reach the internet.",
    "The nodes have no public IPs; they sit on a private network.",
    "The cluster is air-gapped, with no internet access.",
    "Only the load balancer has a public IP.",
    "Pod 无法访问公网。",
    "节点没有公网 IP，只有内网。",
])
def test_no_internet_access_or_private_only_nodes_are_not_an_untrusted_network(text):
    assert facts(text).get("untrusted_network") is not True
