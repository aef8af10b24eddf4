"""Words of a symptom: what makes a question a troubleshooting one ("pods time out", "跨节点不通"), and the
wordings that look like one but are not (a wish for isolation, a team that will not change its network)."""

from __future__ import annotations

from assistant.reading.cues import ISOLATION_WISH
from assistant.reading.spans import rx

SYMPTOM = rx(
    r"\b(time[sd]?[\s-]?out|timing out|timeouts?|unreachable|not reachable|packets? loss|dropp?(ed|ing) packets|no route to host)\b",
    r"\b(can'?t|cannot|can not|unable to|could not|couldn'?t|fail(s|ed|ing)? to|not able to|won'?t|doesn'?t|does not|don'?t)\s+"
    r"(reach|ping|connect|access|resolve|communicate|talk|start|come up|get|work|route|establish|load|find|see|allocate|add|create|"
    r"join|assign|pull|mount|bind|forward|schedule)\b(?<!find)(?<!see)"
    # (not what someone will not grant: "we can't get any additional VPC CIDR approved")
    r"(?<!get(?= (any |an? |the )?(additional|extra|more|new|another|approval|approved|budget|sign[\s-]?off)\b))|"
    # looking for documentation is no symptom: "couldn't find official documentation", "don't see any mention of it"
    r"\b(can'?t|cannot|can not|unable to|could not|couldn'?t|not able to|don'?t|didn'?t)\s+(find|see)\b"
    r"(?!\s+(any\s+|the\s+|an?\s+|official\s+|much\s+|clear\s+|good\s+|proper\s+|up-to-date\s+)*"
    r"(docs?|documentation|info|information|guides?|guidance|examples?|answers?|references?|articles?|tutorials?|mentions?|ways?|details?|"
    r"instructions|steps|blog|anything (about|on|in the docs))\b)",
    r"\b(not|isn'?t|aren'?t|never)\s+(working|reachable|accessible|ready|established|running|coming up|starting|responding|resolving)\b",
    # "A NodePort Service can't be reached externally", "the service cannot be accessed from outside"
    r"\b(can'?t|cannot|can not|couldn'?t|could not)\s+be\s+(reached|accessed|pinged|resolved|connected to)\b",
    r"\b(stopped|stops|stop) working\b",
    r"\b(ping|pings|traffic|connectivity|networking)\s+(is|are|went|goes|seems)\s+(completely\s+)?dead\b",
    r"\b(crash\w*|crashloopbackoff|containercreating|oomkilled|panic\w*|segfault)\b",
    # "stuck on CentOS 7 for another year" is a constraint, not a symptom ("stuck in ContainerCreating" is).
    # "am I stuck with whatever Google ships" is a constraint too
    r"\b(stuck(?!\s+with\b)(?!\s+(?:on|at)\s+(?:an?\s+)?(?:old(?:er)?\s+)?(?:centos|rhel|red hat|ubuntu|debian|rocky|alma|"
    r"amazon linux|kernel|linux|version|release|v?\d))|(hangs?|hanging)(?! off\b)|broken|flaky|intermittent\w*|error|errors|failure|failed|fails|failing)\b",
    r"\bstill (goes|going|uses|using|sees?|shows?|routes?|through|via)\b",
    # (not who is still on a plugin: "we're still on Calico BGP", "one of the holdouts still on Weave Net")
    r"(?<!we're )(?<!we are )(?<!i'm )(?<!i am )(?<!we )(?<!holdouts )(?<!cluster is )(?<!clusters are )\bstill on\b"
    # nor a plugin, release or OS stayed on: "Still on Weave Net 2.8.1 across 25 VMs"
    r"(?!\s+(weave|calico|flannel|cilium|antrea|kube-router|canal|kube-ovn|terway|v?\d+\.\d+(?!\.\d+\.\d)|kubernetes|k8s|centos|ubuntu|rhel|debian|"
    r"rocky|kernel|ipip|vxlan|bgp|iptables))", r"\bwhat('s| is) wrong\b",
    # "Ping works for pods on the same node but not for pods on different nodes"
    r"\b(works?|working|fine|ok)\b[^.!?]{0,60}\bbut not (for|on|from|to|across|between|with|in)\b",
    r"\bslow(er)? than (expected|it should)\b", r"\bnothing (gets|goes|comes) through\b", r"\b(erroring|errored)\b",
    # a measured rate far below the links: "iperf3 只有 3 Gbps 左右", "iperf only gets ~3 Gbps" (not a link told as slow: "only 1 Gbps links")
    r"\b(iperf3?|throughput|benchmark\w*)\b[^.;!?]{0,60}\b(only|just)\s+(gets?\s+|getting\s+|reach\w*\s+|shows?\s+)?(about\s+|around\s+|~)?"
    r"\d+(\.\d+)?\s*(gbps|gbit/s|gb/s|mbps|mbit/s)\b", r"(iperf3?|吞吐|带宽|压测|测出|跑出)[^。；！？]{0,30}(只有|才|仅)\s*\d+(\.\d+)?\s*[GgMm](bps|b/s|bit/s)",
    # an address range that collides: "Network 10.32.0.0/12 overlaps with existing route 10.42.0.0/16 on host"
    r"\b(overlaps?|conflicts?|clash(es)?) with (an? |the )?(existing|host'?s?|node'?s?) (routes?|networks?|subnets?|ranges?|cidrs?)\b",
    # reachable only where it runs: "a pod IP is only reachable from the node the pod is hosted on, not from other nodes"
    r"\bonly (reachable|accessible|pingable|works?|responds?) (from|on|within) (the |its |their )?(same |own |local )?(node|host|machine)\b",
    r"\bnever (arriv\w+|reach\w+|shows? up|gets? (there|through)|comes? (back|through))\b",
    r"\b(packets?|traffic) (is |are |gets? )?(lost|dropped|blackholed)\b",
    # "pods on different nodes randomly lose packets", "keeps losing packets"
    r"\b(lose|loses|losing|drop|drops|dropping)\s+(\w+\s+){0,2}packets\b",
    r"超时|不通|失败|报错|错误|异常|无法(访问|连接|通信|启动|ping|解析|建立|分配)|无法(跨|在|从|到)[^。，；！？]{1,8}(访问|连接|通信|ping|互通)|访问不了|连不上|ping不通|卡住|卡在|丢包|起不来|"
    r"崩溃|重启|不正常|没有生效|不生效|还是走|仍然走|仍然经过|还是经过|(还是|仍然是?|依然是?)明文|(这|这是|是)什么原因|原因是什么|怎么回事|咋回事|一直(?!在[^，。；！？]{0,15}?(用|使用|跑|运行)|在?(用|使用|跑|采用|是|都是|以来|沿用|挺|很|都很|比较|稳|正常|没(什么|啥)?(问题|毛病)|好好的|没(动|改|换|变|碰)过?))|不能访问|不能通信|通不了|不可达",
)

# What a team or a rule refuses is a constraint of the setup, not a fault: "they won't add static routes for pod
# ranges", "management won't budge on that", "网络组不允许跑 BGP".
_REFUSED = rx(r"\b(they|he|she|team|teams|folks|people|guys|admins?|department|dept|it|ops|netops|secops|security|management|noc|neteng|"
              r"infra|infrastructure|sre|sres|colo|isp|network|networking|hoster|landlord|"
              r"boss|bosses|leadership|customers?|clients?|vendors?|providers?|hosters?|dc|datacenter|data center)\s+"
              r"(won'?t|will not|wouldn'?t|would not|refuses? to|don'?t want to|do not want to|doesn'?t want to|does not want to)\s+"
              r"(budge|add|create|allow|permit|open|change|touch|configure|give|assign|provide|route|peer|enable|run|let|accept|hand out)\b")


def symptomatic(text: str) -> bool:
    """Whether the question tells a symptom, once wishes for isolation and refusals by people are taken out."""
    return SYMPTOM.search(_REFUSED.sub(" ", ISOLATION_WISH.sub(" ", text))) is not None
