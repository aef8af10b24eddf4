"""Twenty-ninth round, profile reading: misreadings on the held-out sets of 2026-12-05 (batches 24-28), each with a
near-miss that must keep its reading. Kinds, declines, checks and plans: test_reading_misreadings29b.py."""

from __future__ import annotations

from reading_facts import facts


def test_two_distributions_side_by_side_keep_the_one_with_the_oldest_kernel():
    mixed = facts("OpenYurt v0.4.0; Kubernetes v1.18.2; OS: Centos7.6 & Ubuntu20.04")
    assert mixed.get("os") == "centos 7.6" and mixed.get("kernel") == "3.10"
    assert facts("OS: Ubuntu 20.04").get("kernel") == "5.4"
    # two releases of one distribution are no mix of distributions
    assert facts("Ubuntu 20.04 and Ubuntu 22.04 nodes").get("os") == "ubuntu 22.04"


def test_a_domain_name_is_no_windows_node():
    assert "windows_nodes" not in facts("Pod egress allowed only to *.blob.core.windows.net and a handful of SaaS domains.")
    assert facts("Two of the workers are Windows Server 2022.").get("windows_nodes") is True


def test_nodes_halved_between_two_places_are_apart():
    assert facts("Half our nodes are in the Frankfurt DC (10.1.0.0/22) and half in Amsterdam (10.2.0.0/22).").get("cross_subnet") is True
    assert facts("我们一半节点在北京机房，另一半在上海。").get("cross_subnet") is True
    assert "cross_subnet" not in facts("Half of the pods are in namespace a and half in namespace b.")


def test_sites_linked_by_a_vpn_are_apart():
    assert facts("Our Frankfurt and Amsterdam servers are linked by an IPsec VPN.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("We reach the API server over a VPN from our laptops.")


def test_a_device_another_team_owns_leaves_the_sentence_ours():
    said = facts("Our DCs are linked by a routed IPsec VPN between two FortiGates that another team owns, so we can't add routes there.")
    assert said.get("cross_subnet") is True and said.get("pod_routes") is False
    assert "current_plugin" not in facts("Another team runs Cilium on 300 GKE nodes.")


def test_saving_resources_and_worry_is_simplicity():
    assert facts("就想要最省资源、最省心的方案，CNI 用哪个？").get("simplicity") is True
    assert "simplicity" not in facts("节点资源很充足。")


def test_kube_proxy_replacement_refused_by_name():
    said = facts("审计工具依赖 kube-proxy 生成的 iptables 规则，明确要求保留 kube-proxy，不能上 kube-proxy replacement。")
    assert said.get("kube_proxy_replacement") is False
    assert facts("We can't go kube-proxy-free because of the audit tooling.").get("kube_proxy_replacement") is False
    assert facts("We want kube-proxy replacement.").get("kube_proxy_replacement") is True
    assert facts("Turn off kube-proxy and set bpfEnabled to true.").get("kube_proxy_replacement") is True


def test_pods_reached_directly_at_their_ips_in_chinese():
    assert facts("有一批老 EC2 服务需要直接用 pod IP 去连 pod（不经过 Service/NodePort）。").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("服务之间通过 Service 访问。")


def test_security_groups_that_only_know_tcp_and_udp_block_ipip():
    assert facts("Our security groups come from a Terraform module that only knows TCP/UDP/ICMP rules.").get("encap_blocked") == ["ipip"]
    assert "encap_blocked" not in facts("Our security groups come from a Terraform module.")


def test_egress_by_domain_name_to_outside_apis():
    assert facts("The payments namespace must only reach a handful of external APIs by domain name.").get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("Pods access each other by DNS name.")


def test_nodes_added_after_the_size_told_join_it():
    assert facts("我现有集群有6个节点，今天新增一个ECS节点到集群。").get("nodes") == 7
    said = "node-to-node mesh does not work in a 1000 node cluster ... can I install 500 nodes and then add another 500 nodes?"
    assert facts(said).get("nodes") == 1000


def test_a_worked_out_limit_is_no_cluster_size():
    assert "nodes" not in facts("In this case, max nodes for AKS is 128 nodes only (from possible 5K!).")
    assert facts("We run 40 nodes on AKS.").get("nodes") == 40


def test_no_direct_path_between_the_networks_puts_them_apart():
    assert facts("cloud端和edge网络无法直通，需要使用中转网中转。").get("cross_subnet") is True
    assert facts("The master sits in an internal network where edge nodes cannot directly access it.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("External clients cannot directly access pods.")


def test_a_plugin_called_a_good_option_is_not_in_use():
    assert "current_plugin" not in facts("While Calico is a fantastic option, we do feel that there's a better choice.")
    assert facts("We use Calico. It is a great choice.").get("current_plugin") == "calico"


def test_kubekey_and_easzctl_are_self_installed():
    assert facts("使用kk安装时，kk一直在下载amd的包").get("managed") is False
    assert facts("easzctl add-node 192.168.1.20").get("managed") is False
    assert facts("when I add a new node by kk, the calico is not ready").get("managed") is False
    assert "managed" not in facts("kk 是什么意思")


def test_a_login_named_like_a_distribution_is_no_os():
    assert "os" not in facts("是在ubuntu这个用户下装的，之前一版没有问题的。")
    assert facts("节点系统是 ubuntu。").get("os") == "ubuntu"


def test_the_vendors_other_products_are_not_its_network():
    assert "current_plugin" not in facts("I've deployed Weave Scope and I'm getting a similar error.")
    assert facts("We run Weave Net on three VMs.").get("current_plugin") == "weave"


def test_performance_problems_to_solve_are_a_latency_need():
    assert facts("We are trying to switch to eBPF mode to resolve some performance issues.").get("latency_sensitive") is True
    assert "latency_sensitive" not in facts("We are trying to switch to eBPF mode.")


def test_pod_ranges_of_both_families_are_dual_stack():
    pools = "calicoctl get ippools: default-ipv4-ippool 10.244.0.0/16 Never Always; default-ipv6-ippool 2001:db8:42::/56 Never Always"
    assert facts(pools).get("dual_stack") is True
    assert facts("--cluster-cidr=10.42.0.0/16,2001:cafe:42::/56").get("dual_stack") is True
    assert "dual_stack" not in facts("ippool 10.244.0.0/16 with vxlanMode Always")


def test_leaving_the_cluster_from_one_fixed_ip_is_an_egress_ip():
    said = facts("Can Antrea make all pods in the payments namespace leave the cluster from one fixed IP?")
    assert said.get("egress_ip") is True and "static_pod_ips" not in said
    assert facts("StatefulSet pods need a fixed IP.").get("static_pod_ips") is True


def test_node_network_addresses_ruled_out_for_pods():
    said = facts("The network team has ruled that no VPC addresses, not even from a secondary CIDR, may be handed to pods.")
    assert said.get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("No VPC addresses are left in the node subnet.")


def test_traffic_leaving_by_fixed_ips_in_chinese_is_an_egress_ip():
    said = facts("我们希望 payment 这个 namespace 的 Pod 出集群的流量都从两个固定 IP 出去，其他 namespace 无所谓。")
    assert said.get("egress_ip") is True and "static_pod_ips" not in said
    assert facts("StatefulSet 的 Pod 需要固定 IP。").get("static_pod_ips") is True


def test_node_listings_joined_by_semicolons_with_roles_and_versions():
    listing = ("There are 2 nodes that not within the same subnet. Node details: node control-plane v1.25.4 10.6.183.20 Ubuntu 20.04.3; "
               "wk-ubuntu-node v1.25.4 10.6.183.22 Ubuntu 20.04.3; wk-ubuntu-node2 v1.25.4 172.30.44.64 Ubuntu 20.04.3")
    assert facts(listing).get("nodes") == 3
    assert facts("NAME STATUS ROLES AGE VERSION；edge Ready master 7h53m v1.17.4；pi Ready edge 107m v1.17.1").get("nodes") == 2
    # prose about hosts is no listing: the client machine B is no node
    prose = "I have two nodes in cluster, A master and C worker, B is my Mac. A has ip 10.10.0.1; B has eth0 10.10.0.3; C has ip 172.16.3.7."
    assert facts(prose).get("nodes") == 2


def test_a_network_policy_field_answered_none():
    assert facts("Additional context: Network policy engine: none. Using custom VNet").get("network_policy") is False
    assert facts("We need network policy between namespaces.").get("network_policy") is True


def test_a_plugin_taken_away_with_the_verb_after_it():
    assert "current_plugin" not in facts("我的 /etc/cni/net.d 下有个 10-flannel.conflist，现在我把flannel移走了")
    assert facts("我们用的是 flannel，想把它的后端改成 host-gw").get("current_plugin", "").startswith("flannel")


def test_an_ip_that_can_stay_the_same_after_rescheduling():
    assert facts("StatefulSet 中Pod重调度到其他Node，IP也能保持不变么").get("static_pod_ips") is True
    assert "static_pod_ips" not in facts("节点 IP 能保持不变吗")


def test_numa_nodes_and_host_names_are_no_cluster_facts():
    assert "nodes" not in facts("EAL: Detected CPU lcores: 96；EAL: Detected NUMA nodes: 2；")
    assert "platform" not in facts("uname -a: Linux aws-hk-all-test-front-k8s-master01 6.2.0-1017-aws #17~22.04.1-Ubuntu SMP x86_64")
    assert facts("We run on AWS with 3 nodes.").get("platform") == "aws"


def test_server_arm_in_english():
    assert facts("Huawei cloud ARM processor openeuler 20.09 installation error.").get("arch") == "arm64"
    assert facts("We run ARM-based instances.").get("arch") == "arm64"
    assert "arch" not in facts("an ARM processor board in the lab")


def test_nodes_each_behind_their_own_nat_cross_an_untrusted_network():
    assert facts("My cluster consists of 1 server and 1 agent, both behind different NATs.").get("untrusted_network") is True
    assert facts("My home network is NATed too, and the server sits at a hoster.").get("untrusted_network") is True
    assert "untrusted_network" not in facts("Pods reach the internet through NAT.")


def test_a_plugin_listed_as_removed_is_not_in_use():
    said = facts("I am currently running cilium in overlay mode in my EKS cluster. I am using terraform and helm "
                 "(cilium 1.14.5, nodeinit.enabled=true, VPC CNI removed).")
    assert said.get("current_plugin") == "cilium"
    assert facts("We use the VPC CNI on EKS.").get("current_plugin") == "aws-vpc-cni"


def test_http_level_rules_and_space_refused_in_more_words():
    assert facts("两个硬需求：要做 HTTP 层面的策略，比如只允许 GET /api/v1/orders/*").get("l7_policy") is True
    assert "l7_policy" not in facts("HTTP 请求偶尔超时。")
    assert facts("Our spoke VNet is a /20 and the network team will not give us more space.").get("network_ips_reserved") is True
    assert "network_ips_reserved" not in facts("They will not give us more disk space.")


def test_a_host_name_with_a_distribution_in_it_is_no_release():
    assert "os" not in facts("Deploying Cilium, the node (ubuntu4g, 32-bit ARM) fails to pull its image.")
    assert facts("rhel8.6 nodes").get("os") == "rhel 8.6"


def test_a_log_of_every_connection_policies_deny():
    assert facts("Security needs a log of every connection our NetworkPolicies deny.").get("policy_logging") is True
    assert "policy_logging" not in facts("We keep a log of every deployment.")


def test_others_who_would_want_it_leave_the_writers_ask_standing():
    asked = ("Can you extend DNS based network policy to project calico as I am sure many here would require this feature? "
             "I see it is there only for Calico Enterprise.")
    assert facts(asked).get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("That would require DNS based network policy, which nobody here has asked for.")


def test_batch_27_phrasings_of_known_needs():
    assert facts("Our security team audits the iptables rules kube-proxy writes and insists kube-proxy stays.").get("kube_proxy_replacement") is False
    assert facts("安全要求做到七层：比如只允许 GET /api/v1/accounts，POST 要拦掉。").get("l7_policy") is True
    assert "l7_policy" not in facts("我们需要七层负载均衡。")
    said = facts("Compliance wants egress from payments locked down to a few SaaS hostnames like api.stripe.com rather than IP ranges.")
    assert said.get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("Access is locked down to a few engineers.")
    assert facts("网络部明确说不能再拿 VNet 地址给 Pod。").get("network_ips_reserved") is True


def test_places_counted_in_english_inside_chinese():
    assert facts("15 台 Ubuntu 22.04，分在两个 region 的子网里。").get("cross_subnet") is True
    assert "cross_subnet" not in facts("15 台 Ubuntu 22.04，都在一个 region。")
