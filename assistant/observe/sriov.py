"""SR-IOV hardware: `ethtool -i` (the NIC driver) and `lspci` (virtual functions); `ip -d link` vf lines are read in addr.py."""

from __future__ import annotations

import re

from assistant.observe.records import Block, HostFact, Parsed

DRIVER = re.compile(r"^driver:\s*(?P<v>\S+)\s*$")
BUS_INFO = re.compile(r"^bus-info:\s*\S*")
LSPCI = re.compile(r"^(?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]\s+(?:Ethernet|Network|Infiniband) controller(?: \[[0-9a-f]{4}\])?:\s*(?P<desc>.+)$", re.I)
SRIOV_CAP = re.compile(r"^\s+Capabilities:\s*\[[0-9a-f]+\]\s*Single Root I/O Virtualization \(SR-IOV\)")

# Drivers of virtual functions, and drivers of NICs that offer no SR-IOV to the node (emulated, paravirtual,
# cloud NICs whose virtual functions the provider keeps, desktop chips).
VF_DRIVERS = {"ixgbevf", "iavf", "i40evf", "igbvf", "qede_vf", "nfp_netvf"}
PLAIN_DRIVERS = {"vmxnet3", "virtio_net", "e1000", "pcnet32", "xen_netfront", "vif", "8139cp", "ena", "gve", "hv_netvsc",
                 "tg3", "r8169"}


def parse(block: Block, host: str, out: Parsed) -> None:
    seen_bus = any(BUS_INFO.match(line.strip()) for line in block.lines)
    iface = _ethtool_iface(block.command)
    for line in block.lines:
        s = line.strip()
        if (m := DRIVER.match(s)) and (seen_bus or iface):
            driver = m["v"]
            kind = "vf-driver" if driver in VF_DRIVERS else "plain-driver" if driver in PLAIN_DRIVERS else "driver"
            out.sriov.append(HostFact(host, kind, f"{driver} ({iface})" if iface else driver, line, "ethtool -i"))
            out.saw("ethtool -i")
        elif m := LSPCI.match(s):
            kind = "vf" if re.search(r"Virtual Function", m["desc"]) else "nic"
            out.sriov.append(HostFact(host, kind, m["desc"], line, "lspci"))
            out.saw("lspci")
        elif SRIOV_CAP.match(line):
            out.sriov.append(HostFact(host, "capable", "SR-IOV capability", line, "lspci -v"))


def _ethtool_iface(command: str | None) -> str | None:
    m = re.search(r"\bethtool\s+-i\s+(\S+)", command or "")
    return m[1] if m else None
