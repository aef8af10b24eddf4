"""The plugin in use as its configuration shows it: flags, environment variables, settings and
component names that name a plugin or its mode without the plugin's name standing alone.

"--flannel-backend=wireguard-native" runs flannel with WireGuard; CALICO_NETWORKING_BACKEND
"vxlan" runs Calico with VXLAN; route reflectors and the node-to-node mesh are Calico's BGP mode;
"rke2-cilium" is Cilium; Canal is flannel with Calico's policy.
"""

from __future__ import annotations

import re

from assistant.reading.spans import rx

# (pattern, plugin, {captured value: option id}); a pattern without a group names the plugin only,
# or the option given as the single value.
# between a setting and its value in prose: '"CALICO_IPV4POOL_IPIP" environment variable set to "CrossSubnet"'
_SET_TO = r"\W{0,4}(?:(?:environment |env )?(?:variable|var)\s+)?(?:(?:is|was)\s+)?(?:set\s+)?(?:to\s+|as\s+)?\W{0,2}"
_SETTINGS: tuple[tuple[re.Pattern[str], str, dict[str, str]], ...] = (
    # k3s's older backends too: "ipsec" (removed, no catalog mode), "wg" for WireGuard
    (rx(r"--?flannel-backend[=\s]\"?(?P<v>vxlan|host-gw|wireguard-native|wireguard|wg|ipsec)\b"), "flannel",
     {"vxlan": "flannel:vxlan", "host-gw": "flannel:host-gw", "wireguard-native": "flannel:wireguard", "wireguard": "flannel:wireguard",
      "wg": "flannel:wireguard", "ipsec": "flannel"}),
    (rx(r"\bCALICO_NETWORKING_BACKEND\W{0,4}(?P<v>vxlan|bird)"), "calico", {"vxlan": "calico:vxlan", "bird": "calico:bgp"}),
    (rx(r"\bCALICO_IPV4POOL_IPIP" + _SET_TO + r"(?P<v>always|crosssubnet)"), "calico",
     {"always": "calico:ipip", "crosssubnet": "calico:ipip-crosssubnet"}),
    (rx(r"\bCALICO_IPV4POOL_VXLAN" + _SET_TO + r"(?P<v>always|crosssubnet)"), "calico",
     {"always": "calico:vxlan", "crosssubnet": "calico:vxlan-crosssubnet"}),
    (rx(r"\b(?P<v>tunnel\W{0,3}disabled|auto-?direct-?node-?routes\W{0,3}true)"), "cilium", {"": "cilium:native-routing"}),
    (rx(r"(?<![a-z])rke2-(?P<v>cilium|calico|canal)\b"), "", {"cilium": "cilium", "calico": "calico", "canal": "flannel"}),
    (rx(r"\bcanal\b"), "flannel", {}),
    (rx(r"\b(amazon|aws) (vpc )?cni\b"), "aws-vpc-cni", {}),
    # AKS's own settings (az CLI, Terraform, ARM): network_plugin azure, with its mode or data plane
    (rx(r"(?:--network-plugin-mode|\bnetwork_plugin_mode|\bnetworkPluginMode|--network-dataplane|\bnetwork_data_plane|\bnetworkDataplane)"
        r"\W{0,4}(?P<v>overlay|cilium)\b"), "azure-cni", {"overlay": "azure-cni:overlay", "cilium": "azure-cni:cilium"}),
    (rx(r"(?:--network-plugin|\bnetwork_plugin|\bnetworkPlugin)(?![-_]?mode)\W{0,4}azure\b"), "azure-cni", {}),
    # Objects and tools that exist only where the plugin runs: applying a CiliumNetworkPolicy or
    # running `calicoctl node status` says which plugin the cluster has.
    (rx(r"\bCilium(ClusterwideNetworkPolicy|NetworkPolicy|Node|Endpoint|EgressGatewayPolicy|LoadBalancerIPPool)s?\b"), "cilium", {}),
    (rx(r"\b(calicoctl|(Global)?NetworkSet|GlobalNetworkPolicy|FelixConfiguration|BGPConfiguration)\b"), "calico", {}),
    (rx(r"\bkube-flannel(-ds)?\b", r"\bflanneld\b", r"\bdaemon-flanneld\b"), "flannel", {}),
    (rx(r"\baws-node\b", r"\btype=\W?aws-cni\b"), "aws-vpc-cni", {}),
    # k3s's flannel flags, Calico's data plane in an issue template, GKE's Dataplane V2 switch, the VPC CNI's settings
    (rx(r"--flannel-(iface|ipv6-masq|external-ip)\b"), "flannel", {}),
    # flanneld's own flags and Weave Net's settings and commands
    (rx(r"--(iface-regex|iface-can-reach|kube-subnet-mgr)\b", r"/run/flannel/subnet\.env\b"), "flannel", {}),
    (rx(r"\b(IPALLOC_RANGE|WEAVE_PASSWORD|WEAVE_MTU|CHECKPOINT_DISABLE)\b", r"\bweave (ps|status( connections| peers)?|reset)\b"), "weave", {}),
    # flannel's own issue template: "Backend used (e.g. vxlan or udp): vxlan"
    (rx(r"\bbackend used\s*\(e\.g\.\s*vxlan or udp\)\s*:\s*(?P<v>vxlan|host-gw|wireguard|udp)\b"), "flannel",
     {"vxlan": "flannel:vxlan", "host-gw": "flannel:host-gw", "wireguard": "flannel:wireguard", "udp": "flannel"}),
    (rx(r"\bcalico (dataplane|data plane)\W{0,4}(?P<v>bpf|ebpf)\b"), "calico", {"bpf": "calico:ebpf", "ebpf": "calico:ebpf"}),
    (rx(r"(?P<v>\bdatapath[-_]provider\W{0,6}advanced_datapath\b|--enable-dataplane-v2\b)"), "gke", {"": "gke:dataplane-v2"}),
    (rx(r"\b(AWS_VPC_K8S_CNI_[A-Z_]+|AWS_VPC_CNI_[A-Z_]+|WARM_IP_TARGET|WARM_ENI_TARGET|MINIMUM_IP_TARGET|EXTERNALSNAT|"
        r"ENABLE_POD_ENI|ENABLE_PREFIX_DELEGATION|POD_SECURITY_GROUP_ENFORCING_MODE)\b", r"\bvpc\.amazonaws\.com/has-trunk-attached\b"), "aws-vpc-cni", {}),
    # kube-router's own flags
    (rx(r"--(run-router|enable-overlay|run-firewall|advertise-cluster-ip|advertise-pod-cidr|overlay-type)\b",
        r"(?<![\w-])(run-router|enable-overlay|advertise-pod-cidr|overlay-type)=(true|false|subnet|full)\b"), "kube-router", {}),
    # Kube-OVN's kubectl plugin and its subnet fields: "kubectl ko nbctl", "gatewayType: distributed"
    (rx(r"\bkubectl[\s-]ko\b", r"(?-i:\bgatewayType\b)", r"\bovn\.kubernetes\.io/(ip_address|logical_switch|mac_address)\b"), "kube-ovn", {}),
    # the operator's Installation lists ipPools; Calico's IPPool objects
    (rx(r"(?-i:\bipPools\b)"), "calico", {}),
)
# Settings that give a plugin's mode but do not name the plugin on their own account.
_MODE_SETTINGS: tuple[tuple[re.Pattern[str], str, dict[str, str]], ...] = (
    # a status page's "IPIP Mode: Disabled - VXLAN Mode: Enabled" too
    # (the v1 pool's nested form too: "ipip: enabled: true, mode: cross-subnet")
    (rx(r"\bipip(?:[-_ ]?mode|\W{0,4}enabled\W{0,4}true\W{0,6}mode)\W{0,4}(?P<v>always|crosssubnet|cross-subnet|enabled)\b"), "calico",
     {"always": "calico:ipip", "crosssubnet": "calico:ipip-crosssubnet", "cross-subnet": "calico:ipip-crosssubnet", "enabled": "calico:ipip"}),
    (rx(r"\bvxlan[-_ ]?mode\W{0,4}(?P<v>always|crosssubnet|cross-subnet|enabled)\b"), "calico",
     {"always": "calico:vxlan", "crosssubnet": "calico:vxlan-crosssubnet", "cross-subnet": "calico:vxlan-crosssubnet",
      "enabled": "calico:vxlan"}),
    (rx(r"\bencapsulation\W{0,4}(?P<v>ipipcrosssubnet|vxlancrosssubnet|ipip|vxlan)\b"), "calico",
     {"ipip": "calico:ipip", "vxlan": "calico:vxlan", "ipipcrosssubnet": "calico:ipip-crosssubnet",
      "vxlancrosssubnet": "calico:vxlan-crosssubnet"}),
    (rx(r"\b(?P<v>bpf[-_]?enabled\W{0,4}true|linux[-_]?dataplane\W{0,4}bpf)\b"), "calico", {"": "calico:ebpf"}),
    (rx(r"\brouting[-_ ]?mode\W{0,4}(?P<v>native|tunnel)"), "cilium", {"native": "cilium:native-routing", "tunnel": "cilium:vxlan"}),
    (rx(r"\btunnel[-_ ]?protocol\W{0,4}(?P<v>vxlan|geneve)"), "cilium", {"vxlan": "cilium:vxlan", "geneve": "cilium:geneve"}),
    (rx(r"\"type\"\s*:\s*\"(?P<v>vxlan|host-gw|wireguard)\""), "flannel",
     {"vxlan": "flannel:vxlan", "host-gw": "flannel:host-gw", "wireguard": "flannel:wireguard"}),
    # the tunnel device a mode creates: Calico's tunl0 is IP-in-IP, vxlan.calico VXLAN; flannel.1 is flannel's VXLAN
    (rx(r"\b(?P<v>tunl0|vxlan\.calico|vxlan-v6\.calico)\b"), "calico",
     {"tunl0": "calico:ipip", "vxlan.calico": "calico:vxlan", "vxlan-v6.calico": "calico:vxlan"}),
    (rx(r"\b(?P<v>flannel\.1|flannel-wg)\b"), "flannel", {"flannel.1": "flannel:vxlan", "flannel-wg": "flannel:wireguard"}),
    (rx(r"\b(?P<v>cilium_vxlan|cilium_geneve)\b"), "cilium", {"cilium_vxlan": "cilium:vxlan", "cilium_geneve": "cilium:geneve"}),
    (rx(r"\bdaemon[-_ ]?mode\W{0,4}(?P<v>enimultiip|eniip|eni|vpc)\b"), "terway",
     {"enimultiip": "terway:eniip", "eniip": "terway:eniip", "eni": "terway:eni", "vpc": "terway:vpc"}),
    (rx(r"\btraffic[-_ ]?encap[-_ ]?mode\W{0,4}(?P<v>encap|noencap|hybrid)"), "antrea",
     {"encap": "antrea:geneve", "noencap": "antrea:noencap", "hybrid": "antrea:hybrid"}),
)
# Calico's BGP mode in words: its mesh, route reflectors, BGP peers.
CALICO_BGP = rx(r"\b(node[\s-]to[\s-]node mesh|full[\s-]mesh|route[\s-]?reflectors?|router reflectors?|bgp peers?|bgppeer)\b",
                r"路由反射器|全互联")


def configured(text: str, *, modes_only: bool = False) -> list[tuple[int, int, str, str | None]]:
    """(start, end, plugin id, option id or None) for every configuration that names a plugin, or
    with `modes_only`, for every setting that gives a mode of a plugin named elsewhere."""
    out = []
    for pattern, plugin, options in (_MODE_SETTINGS if modes_only else _SETTINGS):
        for m in pattern.finditer(text):
            raw = (m.groupdict().get("v") or "").lower()
            value = options.get(raw) if raw in options else options.get("") if "" in options else None
            pid = plugin or (value or "").split(":")[0]
            if pid:
                out.append((m.start(), m.end(), pid, value if value and ":" in value else None))
    # Cilium's routing mode decides: with "routing-mode: native" a tunnel protocol left set is not used.
    if any(oid == "cilium:native-routing" for *_, oid in out):
        out = [hit for hit in out if hit[3] not in ("cilium:vxlan", "cilium:geneve")]
    return out
