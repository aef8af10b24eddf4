"""Sizes told for later or added to the cluster: "60 nodes now, 400 next year", "and 5 more will join",
"growing to 300", "扩容到 200"; the words that make a count planned, added or a target rather than today's size,
and the ones that make it no size of this cluster at all (an example, a bound, a limit, a port). Also what a plan says
of a plugin or a release: one to adopt or a cluster to build is not what runs now (`planned`, `to_build`)."""

from __future__ import annotations

import re

from assistant.reading.examples import LIKE
from assistant.reading.spans import clause, rx, sentence

ADDED = rx(r"\b(join|joining|added|add|adding|more|additional|another|extra|new)\b", r"新增|再加|加入|增加(?!到)|扩容(?!到)")
PLANNED = rx(r"\b(next|coming|following) (year|quarter|months?)\b", r"\bby (q[1-4]|the end of|end of|summer|spring|autumn|fall|winter|20\d\d)\b",
             r"\b(we'?re|we are) adding\b", r"\b(will|plan|planned|planning|expect\w*|grow\w*|scale\w*|"
             r"eventually|future|later|target|soon)\b",
             r"\b(up to|reach\w*|to)\s+(about |around |roughly |~)?\d", r"计划|将来|未来|明年|扩容|扩展到|扩到|增加到|达到|规划|预计|以后")
# "in"/"within" plans only with a time after it: ", 400 in two years" is planned, ", 7 in 10.1.0.0/24" is a part
_TIME = (r"(?:(?:(?:a|an|one|two|three|four|five|six|\d+|a few|few|a couple of|half a)\s+(?:years?|months?|weeks?|quarters?|days?)|the next|the coming|"
         r"the future|future|q[1-4]|h[12]|20\d\d|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
         r"september|october|november|december)\b)")
# A planned size whose noun is left out: "60 nodes now, 400 next year", "and 5 more will join",
# "growing to 300", "扩容到 200".
ELLIPTIC = rx(r"\b(?:grow\w*|scal\w*|expand\w*|increas\w*|reach\w*|head(?:ing|ed)?|go(?:ing)? to|plan(?:ning|ned)? for)\s+(?:up\s+)?(?:to\s+)?"
              r"(?:about |around |roughly |~)?"
              r"(\d{1,3}(?:,\d{3})+|\d+k?)\b(?!\s*(?:%|pods?|gb|mb|ms|ips?|cores?|cpus?))",
              r"(?<!\d)[,;(（]\s*(?:and\s+)?(?:up to\s+)?~?\s*(\d{1,3}(?:,\d{3})+|\d+k?)\s+"
              r"(?:next|by|(?:in|within)(?=\s+" + _TIME + r")|later|after|planned|eventually)\b",
              r"\sand\s+~?(\d{1,3}(?:,\d{3})+|\d+k?)\s+(?:next|later|after|planned|eventually)\b",
              r"\b(\d+)\s+(?:more|additional|extra|new)\b(?!\s+\w+\s+(?:pods?|ips?))",
              # "we're at 6 nodes now and expect 20 by the end of the year"
              r"\b(?:expect\w*|plan\w*(?: for| is)?|aim\w*(?: for)?|target\w*(?: is)?)\s+(?:about |around |roughly |~)?(\d{1,3}(?:,\d{3})+|\d+k?)\s+"
              r"(?:by|next|in|within|before|at the end)\b",
              # the plan as the subject: "capacity plan says 450 by next summer", "the forecast is 300 next year"
              r"\b(?:plan|forecast|roadmap|projection)s?\s+(?:says|say|is|are|calls? for|shows?)\s+(?:about |around |roughly |~)?"
              r"(\d{1,3}(?:,\d{3})+|\d+k?)\s+(?:by|next|in|within|before|at the end)\b",
              # "fine at <30 nodes, but now with ~130": the size today, its noun left out
              r"\bnow (?:with |at |has |have |running |on )?(?:about |around |roughly |~)?(\d{1,3}(?:,\d{3})+|\d+)\b"
              r"(?=\s*(?:[,;)!?]|\.(?!\d)|$))",
              r"(?:扩容|扩展|增加|扩|增长)到\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(?![\d.\w])(?!\s*(?:个|万)?\s*(?:pod|Pod|POD|ip|IP))")
NOW = rx(r"\b(now|today|currently|at the moment|at present|for now)\b", r"目前|现在|当前")
TARGET = rx(r"\b(to|reach\w*|up to)\s+(about |around |roughly |~)?$", r"(扩容?到|扩展到|增加到|增长到|达到|到)\s*$")
JUST_ADDED = rx(r"\b(added|adding|add|joined|joining)\s+(another\s+|the\s+)?$", r"(新增加?|新加|再加|加入|增加)(了|的)?\s*$")
# "for more than 100 nodes, use route reflectors", "for example 3 masters": not this cluster's size.
NOT_OURS = rx(r"\b(for|with|over|above|beyond|clusters? of|clusters? with)\s+(\w+\s+){0,2}?(more|fewer|less) than\s*$",
                rf"\b(for example|e\.g\.|such as|{LIKE})\b[^.;]*$",
                r"(例如|比如|假设|假如)[^。；]*$",
                # a bound written as a comparison: "when the cluster size is >200 nodes", "<=200"
                r"[<>≤≥]=?\s*$",
                # a condition, not a size: "if the cluster is larger than 50 nodes, enable Typha", "如果超过 50 个节点"
                r"\b(if|when|whenever|once|unless)\b[^.;!?]{0,30}\b(larger|bigger|more|greater|fewer|less|smaller)\s+than\s*$",
                r"\b(if|when|whenever|unless)\b[^.;!?]{0,30}\b(exceeds?|exceeding|surpass\w*)\s*$",
                r"(如果|假如|若|当|一旦)[^。；，,]{0,12}(超过|大于|多于|少于|小于|不到)\s*$",
                # sizes in general ("for large clusters of 1000 nodes"), not "on a cluster with 1400 nodes" of the writer's
                r"\b(large|larger|big|bigger|small|smaller|huge)\s+(\w+\s+)?clusters? (of|with)( up to)?\s*$",
                r"\b(for|in|on|with)\s+(\w+\s+)?clusters (of|with)( up to)?\s*$",
                r"\bcluster sizes? (of|up to|around|beyond)\s*$",
                r"\b(supports?|handles?|scales?|tested|limit\w*|maximum|max)\b[^.;]{0,20}\bup to\s*$",
                # a limit worked out: "max nodes for AKS is 128 nodes only", "the subnet can afford 48 pods"
                r"\b(max(imum)?|at most|limit)\s+(number of\s+)?(nodes?|node count|cluster size)\b[^.;]{0,25}\b(is|are|=|would be|becomes?)\s*(only\s*)?$",
                r"\b(can|could) (afford|hold|fit|accommodate|take)\s*(only|just|at most)?\s*$",
                # a capacity asked about or quoted: 'does it support "1000 nodes and 250 pods/node"', "scales to 5000 nodes"
                r"\b(supports?|supported|handles?|scales? to|scale up to|allows?|limited to)\s*[\"“']?\s*$",
                r"\bor\s*[\"“']\s*$",
                # a port number: "BGP runs over TCP port 179 between nodes"
                r"\b(tcp|udp|sctp)?\s*ports?\s*(number\s*)?[:=]?\s*$", r"端口\s*(号)?\s*[:：]?\s*$", r"\b(icmp_seq|seq|ttl)=\s*$",
                # a CPU's memory domains: "EAL: Detected NUMA nodes: 2"
                r"\bnuma\s*$",
                # a load test's pretend cluster: "模拟 100 个节点的请求", "simulating 500 nodes"
                r"(模拟|仿真)\s*(了|出)?\s*$", r"\bsimulat\w*\s*(about |around |~)?$")
# A cluster the writer has yet to put together: a plugin named in its description ("flannel 要怎么知道每台机器的公网地址？") is
# one they mean to run, not one that runs.
UNBUILT = rx(r"\b(want|wants|need|needs|plan|planning|going|trying|would like|'d like) to (build|set ?up|create|stand up|spin up|assemble|"
             r"put together) (a |an |my |our )?((small|little|tiny|new|first|test|home ?lab|\w+[\s-]node) )*(k8s |kubernetes |k3s )?cluster\b",
             r"(想|准备|打算|计划|要)\s*(用\s*[\w-]+\s*)?(拼|搭|建|组|装|部署)\s*(个|一个|一套)\s*[^。；！？，,]{0,8}集群",
             # nothing built yet: "Greenfield cluster, IPv6-only", "从零搭建", "全新的集群"
             r"\b(greenfield|brand[\s-]new|from scratch)\b", r"从零(开始)?\s*(搭|建|部署)|全新的?\s*(k8s|K8s|集群)")


# A plan: "next year we move to Rocky 9", "明年计划升级到 Rocky 9", "we will add 4 nodes".
_PLAN = rx(r"\b(plan(?!es?\b)\w*|will|going to|intend\w*|next (year|quarter|month)|(?<!\bas )soon(?! as\b)|later|eventually|considering|"
           r"(my|our|the) (goal|aim|objective) is)\b[^.;!?]*$",
           # a move not made yet, allowed or not: "we can't move to RHEL 9 before 2026" (past "upgraded to B" is done)
           r"(?<!\bafter )(?<!\bsince )\b(move|moving|upgrade|upgrading|migrate|migrating)\s+(\w+\s+){0,2}to\s+(the\s+)?([\w-]+\s+){0,2}$",
           # "安装完成以后", "重启以后": after something done, not a plan
           r"(计划|打算|明年|将来|未来|(?<![完好了成装启署级])以后|下个?(季度|月)|考虑)[^。；！？]*$",
           # "想上 Cilium", "直接上 Cilium 的 KPR", "准备换成 Calico": a plugin to adopt
           r"(想|要|准备|打算|直接|建议|希望)\s*(换成?|上|改用|切到|切换到|用)\s*$")


# A cluster still to be built: "I need to set up a cluster on bare metal with calico as networking".
_TO_BUILD = rx(r"\b(need|have|want|am going|are going|'m going|'re going) to (set ?up|build|create|deploy|stand up|spin up) (a |an |the |our |my )?"
               r"(new )?(\w+ )?(k8s |kubernetes )?cluster\b[^.;!?]*$",
               r"(需要|要|准备|想|打算)(搭建|新建|部署|建)\s*(一个|一套)?[^。；！？]{0,10}集群[^。；！？]*$")


def to_build(text: str, start: int) -> bool:
    """True when the sentence before the span describes a cluster still to be built."""
    left = max(0, max(text.rfind(c, 0, start) for c in ".!?。！？\n") + 1)
    return bool(_TO_BUILD.search(text[left:start]))


def planned(text: str, start: int) -> bool:
    """True when the clause before the span says it is a plan, not what runs now."""
    left, _ = clause(text, start, start)
    # searched in place, not in a slice, so that "since upgrading to" can see the word before its clause
    m = _PLAN.search(text, max(left, start - 60), start)
    # "Will Calico's eBPF dataplane work on our RHEL 8.2 nodes?" asks about what runs now
    return m is not None and not (m.group(0).lower().startswith("will") and _WILL_IT_WORK.match(text, m.start())
                                  and text[:sentence(text, start, start)[1]].rstrip().endswith("?"))


_WILL_IT_WORK = re.compile(r"will\s+(?!(we|i|they|you)\b)[\w'’ -]{1,50}?\b(work|run|function|be (ok|okay|fine|supported|compatible))\b", re.I)
