"""What the catalog says about one option: typed properties, each a `Fact` citing a note heading.

The recommendation checks read these; `kb/catalog/README.md` lists them with the check that reads
each. Optional properties default to absent, and an absent property claims nothing.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.models import EvidenceRef

T = TypeVar("T")
Arch = Literal["amd64", "arm64", "armv7", "ppc64le", "s390x"]
ARCHES: tuple[str, ...] = ("amd64", "arm64", "armv7", "ppc64le", "s390x")
Encapsulation = Literal["none", "vxlan", "ipip", "geneve", "wireguard", "gre", "udp", "ipsec", "fou"]
Feature = Literal["network_policy", "encryption", "l7_policy", "fqdn_policy"]
# Profile keys a combination constraint may test, plus `kernel_below`.
ConstraintKey = Literal["windows_nodes", "network_policy", "ipv6", "dual_stack", "encryption", "l7_policy", "fqdn_policy",
                        "kube_proxy_replacement", "ebpf_dataplane", "pod_density", "managed", "egress_ip", "sctp", "multicast", "multi_cluster",
                        "live_migration", "arch", "kernel_below", "platform"]


class Fact(BaseModel, Generic[T]):
    model_config = ConfigDict(extra="forbid")
    value: T
    evidence: EvidenceRef


class KernelException(BaseModel):
    """A distribution whose older kernel series carries the backports a floor asks for.

    `os` are distribution families as `Profile.os` spells them ("rhel 8.10" -> rhel); `kernel` is a
    major.minor series; `min_build` the number after major.minor.patch- in RHEL kernel releases
    (4.18.0-305.el8 -> 305). A matching node gets `status` instead of a failure.
    """

    model_config = ConfigDict(extra="forbid")
    os: list[str] = Field(min_length=1)
    os_min: str
    kernel: str = Field(pattern=r"^\d+\.\d+$")
    min_build: int | None = None
    status: Literal["pass", "warn"]


class ModuleFloor(BaseModel):
    """Below `kernel` the feature still works once `module` is installed (WireGuard before 5.6)."""

    model_config = ConfigDict(extra="forbid")
    module: str
    kernel: str


class Constraint(BaseModel):
    """A combination of profile facts the option does not support, e.g. Windows nodes with IPv6."""

    model_config = ConfigDict(extra="forbid")
    when: dict[ConstraintKey, bool | str] = Field(min_length=1)
    status: Literal["fail", "warn"]
    evidence: EvidenceRef


class OptionProps(BaseModel):
    """What the recommendation checks read. Kernel versions are strings like "4.19"."""

    model_config = ConfigDict(extra="forbid")
    encapsulation: Fact[Encapsulation]
    overhead_bytes: Fact[int] = Field(description="bytes of header per packet when encapsulating")
    # always: every packet is encapsulated; cross-subnet: only packets that leave the subnet.
    encap_scope: Fact[Literal["always", "cross-subnet", "never"]]
    needs_l2_adjacency: Fact[bool]
    # across-l3: routes are exchanged over BGP, so routers must peer once nodes span L3 segments.
    needs_bgp_fabric: Fact[Literal["no", "across-l3", "always"]]
    cloud: Fact[str | None]  # the id of the cloud environment the option only runs on
    network_policy: Fact[bool]
    l7_policy: Fact[bool]  # HTTP-aware (layer 7) policy rules
    fqdn_policy: Fact[bool]  # egress rules by DNS name
    vpc_pod_ips: Fact[bool]  # every pod takes an address of the cloud network (pods per node, subnet size)
    encryption: Fact[list[str]]
    # None: not documented either way; "limited": works with restrictions the cited heading names.
    windows: Fact[bool | Literal["limited"] | None]
    ipv6_only: Fact[bool | Literal["limited"] | None]
    dual_stack: Fact[bool | None]
    dataplane: Fact[Literal["iptables", "ebpf", "ovs", "vpp", "kernel-routing", "sriov", "l2-bridge", "delegates"]]
    min_kernel: Fact[str | None]  # what the data plane cannot run without: older kernels fail
    # Optional: a documented floor with exceptions (older releases, distro backports): older kernels warn.
    soft_min_kernel: Fact[str | None] | None = None
    kernel_exceptions: Fact[list[KernelException]] | None = None  # distributions that meet min_kernel otherwise
    module_below_kernel: Fact[ModuleFloor] | None = None
    release_kernel_floors: Fact[dict[str, str]] | None = None  # last release -> the lower floor it asked for
    service_support: Fact[bool]
    kube_proxy_replacement: Fact[bool]
    pod_startup: Fact[Literal["fast", "slow"]]
    max_nodes: Fact[int | None]
    needs_sriov_nic: Fact[bool]
    maintained: Fact[bool]
    primary: Fact[bool]
    secondary_via: Fact[str | None]  # e.g. "multus": usually attached as an extra interface
    arch: Fact[dict[Arch, bool | None]]  # a missing architecture is undocumented, like None
    # Optional: only set where a note calls the plugin simple to run; absence claims nothing.
    simple: Fact[bool] | None = None
    # A feature the option lacks that an add-on provides: a stated requirement then warns, naming it.
    addons: Fact[dict[Feature, str]] | None = None
    alternate_encapsulation: Fact[list[Encapsulation]] | None = None  # used where the default one is dropped
    # Routed pod traffic follows each node's pod CIDR, so routes a cloud's route controller writes carry it.
    cloud_routes: Fact[bool] | None = None
    # Optional address-management features, set only where a note documents them; absence claims nothing.
    network_pod_ips: Fact[bool] | None = None  # pods take addresses of the nodes' own network segment (underlay)
    multi_cluster: Fact[bool | Literal["limited"] | None] | None = None  # connects clusters itself
    multicast: Fact[bool | Literal["limited"] | None] | None = None  # carries IP multicast between pods; limited: beta, one mode
    user_space_nic: Fact[bool] | None = None  # the pod's interface can be driven from user space (DPDK)
    pod_macs: Fact[bool] | None = None  # pods show MAC addresses of their own on the node's NIC
    interface_per_pod: Fact[bool] | None = None  # each pod holds a whole interface: pods per node = attachable interfaces
    # every pod takes an address of the network and the mode is documented to need a large, unfragmented range of them
    large_address_space: Fact[bool] | None = None
    static_ips: Fact[bool] | None = None  # a pod (or KubeVirt VM) can keep a fixed IP
    live_migration: Fact[bool | None] | None = None  # KubeVirt VMs on the pod network live-migrate keeping IP and connections
    egress_ip: Fact[bool | None] | None = None  # chosen pods leave the cluster from a fixed source IP (egress gateway)
    pod_security_groups: Fact[bool | None] | None = None  # a cloud security group on individual pods (EKS branch ENIs, ACK trunk ENIs)
    static_ips_managed_only: Fact[bool] | None = None  # only the cloud's managed service offers the mode that keeps them
    tenant_networks: Fact[bool] | None = None  # isolated per-tenant subnets or VPCs, overlapping CIDRs allowed
    needs_vxlan_between_nodes: Fact[bool] | None = None  # even without an overlay (eBPF NodePort forwarding)
    managed_only: Fact[bool] | None = None  # exists only inside the cloud's managed Kubernetes service
    public_cloud: Fact[bool] | None = None  # false: cannot work on any public cloud
    legacy: Fact[str] | None = None  # the option id upstream recommends instead
    alpha: Fact[list[Feature]] | None = None  # features upstream still ships as alpha, off by default behind a feature gate
    policy_logging: Fact[bool] | None = None  # logs the connections its policy allowed or denied; None: nothing documented
    constraints: list[Constraint] = Field(default_factory=list)

    @field_validator("constraints")
    @classmethod
    def _kernel_below_is_a_version(cls, value: list[Constraint]) -> list[Constraint]:
        for c in value:
            if "kernel_below" in c.when and not isinstance(c.when["kernel_below"], str):
                raise ValueError("kernel_below must be a version string such as \"5.10\"")
            if "arch" in c.when and c.when["arch"] not in ARCHES:
                raise ValueError(f"arch must be one of {', '.join(ARCHES)}")
            if any(not isinstance(v, bool) for k, v in c.when.items() if k not in ("kernel_below", "arch", "platform")):
                raise ValueError("constraint keys other than kernel_below, arch and platform take true or false")
        return value


PROPERTY_NAMES = tuple(name for name in OptionProps.model_fields if name != "constraints")
