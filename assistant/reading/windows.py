"""Windows nodes in the cluster, told apart from Windows on the machine that hosts the VMs."""

from __future__ import annotations

from assistant.reading.examples import example
from assistant.reading.scope import own
from assistant.reading.spans import Hit, negated, rx, sentence

# Windows as the machine that hosts the VMs, or the admin's desktop: not a cluster node.
_HOST_WORDS = rx(r"\b(laptop|notebook|desktop|my (pc|computer|machine|mac)|host (machine|os|pc)|workstation(?! nat)|"
                 r"macbook|windows (7|8|8\.1|xp|vista|10|11|pc|laptop|desktop|hosts?|machines?)|on windows,|the host (is|runs)|hyper-v|"
                 # kubectl's or talosctl's own build: 'Client Version: ... Platform:"windows/amd64"', "Client OS/Arch: windows/amd64"
                 r"client (version|os(/arch)?|platform|arch))\b",
                 r"笔记本|电脑|宿主机|本机|主机上|Hyper-V|hyper-v")
# pods and containers only right after it: in "my laptop (Windows) to visit pods" the pods are the cluster's, not Windows ones
_WINDOWS_NODES = rx(r"\bwindows\b[^.,;!?]{0,25}\b(nodes?|workers?|hosts? in the cluster|agents?)\b",
                    r"\bwindows[\s-]+([\w.]+[\s-]+){0,2}(pods?|containers?|workloads?)\b",
                    r"\b(nodes?|workers?)\b[^.,;!?]{0,15}\bwindows\b", r"\bmixed (linux and windows|windows and linux)\b",
                    # (not the machines that host the VMs: "Hyper-V (Windows Server 2022 hosts, Ubuntu guest VMs)")
                    # nor a host named so in Chinese: "宿主机是 Windows Server 2019"
                    r"(?<!宿主机是)(?<!宿主机是 )(?<!宿主机为)(?<!宿主机为 )(?<!宿主机用的是)(?<!宿主机用的是 )"
                    r"\bwindows server\b(?![^.,;!?。，]{0,12}hyper-v)(?!\s*\d{0,4}\s*(hosts?|hypervisors?)\b)",
                    r"windows\s*(节点|工作节点|容器|worker)", r"(节点|worker)[^，。,.]{0,8}windows",
                    # cluster objects that add Windows nodes: OpenShift's WMCO, machine sets, node pools
                    r"\bwindows machine (config operator|sets?|pools?)\b", r"\bwindows (machinesets?|node ?pools?|wmco)\b", r"\bwmco\b")
_WINDOWS = rx(r"(?<![.\w-])windows\b(?!\.[a-z])")  # not a host name: "*.blob.core.windows.net", "login.windows.net"
_LINUX_ONLY = rx(r"\b(linux[\s-]only|only linux)\b", r"\bno windows( nodes)?\b", r"(只有|仅|全是|都是|全|都)\s*linux",
                  # "Windows is not in scope", "Windows nodes are out of scope"
                  r"\bwindows( nodes| workers)? (is|are) (not in|out of) scope\b",
                  # (not "Windows 节点不在同一个 VLAN")
                  r"windows\s*(节点)?\s*(不在(本期|本次|这次|此次)?(范围|考虑|计划)|不需要|不考虑|用不上)")


_OTHER_CLUSTERS = rx(r"\b(other|another|old|older|previous|former|legacy|existing)\b[\s,]*$", r"(其他|其它|另一个|别的|以前的|老的?)[^，。；]{0,4}$")
_CLUSTERS_AFTER = rx(r"\s*(k8s |kubernetes )?clusters\b", r"\s*的?(其他|其它)?集群")
_TEMPLATE_CHOICE = rx(r"\(\s*(linux\s*/\s*windows|windows\s*/\s*linux)\s*\)", r"\b(linux\s*/\s*windows|windows\s*/\s*linux)\s*[:：]")
_GUEST_VMS = rx(r"\s*(/\s*linux\s*)?(server\s*)?(\d{4}\s*)?(虚拟机|虚机|vms?\b|virtual machines|guests?\b|workloads?\b)")


# A field of an environment block answered with nothing: "Windows workers: none", "Windows 节点：无".
_NONE_GIVEN = rx(r"[^\n:：=]{0,12}[:：=]\s*(none|no|n/?a|0|nope|无|没有)\s*($|[\n,;.，；。])")


_LACKS_AFTER = rx(r"\s*(上)?\s*(都|也)?\s*(不支持|不能用|用不了|跑不了)", r"\s+(don'?t|doesn'?t|do not|does not|can'?t|cannot) (support|run)\b")
_LATER_NODES = rx(r"\b(next (year|quarter|phase)|later|phase (2|two)|second phase|planned|plan to|will (add|join|need|get)|wants?|"
                  r"going to add|coming|added|joined|adding|now (has|have|includes?))\b", r"明年|以后|后续|二期|计划|将来|(新)?加了|新加|新增|加入")
# Linux-only told of the past: "集群原来全是 Linux", "the cluster was all Linux until last week"
_ONCE = rx(r"(原来|原先|以前|之前|本来|过去|一直)\s*(都|全)?\s*$", r"\b(was|were|used to be|originally|previously|had been|until now)\s+(all\s+)?$")


def read_windows(text: str) -> list[Hit]:
    """Windows nodes in the cluster; Windows on the machine that hosts the VMs does not count."""
    text = own(text)
    hits: list[Hit] = []
    for m in _LINUX_ONLY.finditer(text):
        if _OTHER_CLUSTERS.search(text[max(0, m.start() - 20):m.start()]) or _CLUSTERS_AFTER.match(text, m.end()):
            continue  # "on our other, Linux-only clusters": another cluster's, not this one's
        hits.append(Hit("windows_nodes", False, m.start(), m.end(), m.group(0), rank=1))
    for m in _WINDOWS.finditer(text):
        s, e = sentence(text, m.start(), m.end())
        node = _WINDOWS_NODES.search(text, s, e)
        if _HOST_WORDS.search(text, s, e) and not node:
            continue
        if _TEMPLATE_CHOICE.search(text, max(0, m.start() - 8), min(len(text), m.end() + 8)):
            continue  # an issue template's "Which Operating System (Linux/Windows): Linux"
        if _GUEST_VMS.match(text, m.end()) and not node:
            continue  # Windows VMs run as workloads (KubeVirt, Harvester): the guests' OS, not the nodes'
        if example(text, m.start(), m.end()) and not node:
            continue  # one of a template's examples: "Calico dataplane (iptables, windows etc.): eBPF"

        end = node.end() if node else m.end()
        # what Windows nodes lack is no denial of them: "哪些模式 Windows 节点不支持", "modes Windows nodes don't support"
        value = (not negated(text, m.start(), end) or _LACKS_AFTER.match(text, end) is not None) and not _NONE_GIVEN.match(text, end)
        hits.append(Hit("windows_nodes", value, m.start(), m.end(), m.group(0)))
    # "Phase 1 is Linux only, but next year we add Windows workers": the plugin has to carry the planned ones
    planned = [h for h in hits if h.value and h.rank == 0 and (_LATER_NODES.search(text, *sentence(text, h.start, h.end))
                                                              or any(_ONCE.search(text[max(0, o.start - 12):o.start]) for o in hits
                                                                     if o.value is False and o.start < h.start))]
    if planned:
        hits = [h for h in hits if h.value is not False] + [Hit("windows_nodes", True, planned[0].start, planned[0].end, planned[0].text, rank=2)]
    return hits
