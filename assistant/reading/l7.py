"""Policy above L3/L4, named or described by example: rules on what a request asks for (a method
and a path, a header, a gRPC method, a Kafka topic) are `l7_policy`; egress allowed by domain name is
`fqdn_policy`; a record of what policy allowed or denied is `policy_logging`.

The two are kept apart because the plugins differ on them: GKE Dataplane V2 allows egress by DNS
name but has no HTTP-aware rules, while Cilium and Antrea have both. Products described in general
("Cilium supports FQDN-based egress") state no need of the writer's.
"""

from __future__ import annotations

from assistant.reading.spans import Rule
from assistant.reading.spans import need as _need
from assistant.reading.spans import rule as _rule

# Words that make a request-shaped example a rule rather than a log line or a curl: a limit, a
# permission or a policy.
_LIMIT = (r"(only|allow\w*|permit\w*|restrict\w*|limit\w*|deny|denied|block\w*|whitelist\w*|allow[\s-]?list\w*|may|"
          r"rules?|polic(y|ies)|filter\w*|match\w*|enforc\w*|control\w*)")
_METHOD = r"(get|post|put|patch|delete|head)"
_DOMAIN = r"(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|io|net|org|dev|cloud|cn|app|ai|co)\b"
_ZH_LIMIT = r"(只允许|只能|仅允许|允许|限制|控制|放行|白名单|禁止|策略|规则)"
# A product, a plugin or "it" offering the feature: a description, not the writer's need. "Our Cilium
# policy allows..." is the writer's own.
_OFFERS = (r"(?<!\bour )(?<!\bmy )\b(cilium|antrea|calico|istio|envoy|linkerd|it|which)('s)?( \w+){0,3} (also )?"
           r"(supports?|offers?|provides?|adds?|implements?|comes with|features?|lets you|allows you)\b",
           # any subject but a relative pronoun: "OVN-Kubernetes adds DNS-name based egress", not "a CNI that supports it"
           r"\b(?!(that|which|who|one)\b)[a-z][\w-]* (also )?(supports|offers|provides|adds|implements)\b",
           r"\b(cilium|antrea|calico|istio|ovn-kubernetes|gke|it)('s)?( \w+){0,2} (can|could) (use|match|filter|allow)\b",
           r"\blets you\b", r"\b(features|capabilities) (built on|of|in|from) [\w\s,-]{0,30}\b(such as|like|including)\b",
           r"(cilium|Cilium|antrea|Antrea|calico|Calico|istio|Istio)\s*(也)?\s*(支持|提供|实现)")

L7: tuple[Rule, ...] = (
    # named: "L7 policy", "HTTP-aware rules", "七层策略"
    _need("l7_policy", r"\b(l7|layer[\s-]?7)\b[^.,;!?]{0,20}\b(polic(y|ies)|rules?|filter\w*|visibility|aware|proxy|cnps?|cnp\w*)\b",
          r"\b(http|grpc|kafka)[\s-](aware|based|level)\b[^.,;!?]{0,20}\b(polic(y|ies)|rules?|filter\w*)\b",
          # "policy at the Kafka level", "rules on the HTTP layer"
          r"\b(polic(y|ies)|rules?|filter\w*)\b[^.,;!?]{0,15}\b(at|on|in) the (kafka|http|grpc|application) (level|layer)\b",
          r"\b(polic(y|ies)|rules?|filter\w*)\b[^.,;!?]{0,15}\b(on|by|based on|using) (http|url|path|method|header)\s*"
          r"(names?|paths?|methods?|headers?)?s?\b",
          r"(七层|L7|l7)\s*(策略|规则|过滤|代理)", r"基于\s*(HTTP|http|URL|url)\s*的?\s*(策略|规则|访问控制)", r"按\s*(URL|url|HTTP)",
          r"(HTTP|http|七层|L7|l7)\s*(层面|层级|级别|层)\s*的?\s*(策略|规则|访问控制|控制)",
          r"(做到|要求|需要|实现|支持|要做)\s*(到)?\s*(七层|L7|l7)(?![\s\d]*(负载|LB|lb|ingress|网关))",
          r"(只允许|仅允许|只放行|仅放行)\s*(GET|POST|PUT|DELETE)\s*/",
          # rules on what a request asks for: "only allow GET /api/orders", "限制只能调用特定的 HTTP 方法和路径"
          r"\b(http|rest|api) (methods?|verbs?|paths?|routes?|endpoints?)\b[^.;!?]{0,20}\b(allow|deny|restrict|limit|polic|rules?)",
          r"\b(allow|deny|restrict|limit)\w*\b[^.;!?]{0,30}\b(http (methods?|paths?)|get /|post /)", r"\bonly (allow )?(get|post) /",
          r"(HTTP|http|API|api)\s*(方法|路径|接口)[^。；！？]{0,10}(限制|控制|允许|策略)", r"(限制|控制|只允许)[^。；！？]{0,20}(HTTP|http)\s*(方法|路径)",
          unless="|".join(_OFFERS)),
    _need("l7_policy",
          # a method with a path, or methods on a path, under a limit: "may only call GET /api/v1/orders",
          # "limited to GET and HEAD on /catalog/*"
          rf"\b{_LIMIT}\b[^.;!?]{{0,50}}\b{_METHOD}( (and|or|,) {_METHOD})*\s+(on\s+|to\s+)?/[\w/*{{}}.-]*",
          rf"\b{_METHOD}( (and|or|,) {_METHOD})* (requests? )?(on|to) /[\w/*{{}}.-]+[^.;!?]{{0,30}}\b{_LIMIT}\b",
          # methods on paths left unnamed: "only allow GET and POST on a couple of paths of the card-vault API"
          rf"\b{_LIMIT}\b[^.;!?]{{0,30}}\b{_METHOD}( (and|or|,) {_METHOD})*\b[^.;!?]{{0,20}}\b(on|to|for) (a (few|couple of|handful of)|some|certain|"
          r"specific|particular|two|three|selected) (paths|endpoints|routes|urls)\b",
          rf"{_ZH_LIMIT}[^。；！？]{{0,40}}(?-i:GET|POST|PUT|PATCH|DELETE)\s*/",
          r"(HTTP|http)\s*(路径|方法|接口)[^。；！？]{0,10}(一律|全部|都|统统)?\s*(拒绝|禁止|不允许|拦截)",
          rf"{_ZH_LIMIT}[^。；！？]{{0,20}}(?-i:GET|POST|PUT|PATCH|DELETE)\s*(特定|指定|某些|部分|固定)的?\s*(路径|接口|URL|url)",
          # headers, gRPC methods and Kafka topics named as what rules see
          rf"\b{_LIMIT}\b[^.;!?]{{0,40}}\b(http|request|x-[\w-]+) headers?\b", rf"\b(http|request) headers?\b[^.;!?]{{0,30}}\b{_LIMIT}\b",
          rf"\b{_LIMIT}\b[^.;!?]{{0,40}}\bgrpc (methods?|services?|calls?)\b", rf"\bgrpc (methods?|services?|calls?)\b[^.;!?]{{0,30}}\b{_LIMIT}\b",
          r"\b(produce|consume|publish|subscribe|write|read)\w*\b[^.;!?]{0,30}\bkafka topics?\b",
          rf"\b{_LIMIT}\b[^.;!?]{{0,40}}\bkafka\b[^.;!?]{{0,20}}\btopics?\b",
          rf"(HTTP|http)\s*(头|header|Header)[^。；！？]{{0,10}}{_ZH_LIMIT}|{_ZH_LIMIT}[^。；！？]{{0,10}}(HTTP|http)\s*(头|header)",
          rf"(gRPC|grpc)\s*(方法|接口|服务)[^。；！？]{{0,10}}{_ZH_LIMIT}|{_ZH_LIMIT}[^。；！？]{{0,20}}(gRPC|grpc)\s*(方法|接口)",
          r"(限制|控制|只允许|只能)[^。；！？]{0,20}(kafka|Kafka)[^。；！？]{0,10}(topic|主题)",
          unless="|".join(_OFFERS)),
    # egress by DNS name: named ("toFQDNs", "DNS-aware rules", 基于域名的策略) or by example
    # rules the writer cannot do well without names: "really hard to write egress rules without using dns names"
    _rule("fqdn_policy", True, r"\b(hard|difficult|impossible|painful|unworkable|not feasible)\b[^.;!?]{0,60}\bwithout (using |having )?"
          r"(dns|domain|fqdn|host ?)[\s-]?(names?|based rules?)\b", negatable=False, need=True, unless="|".join(_OFFERS), rank=1),
    _need("fqdn_policy", r"\b(dns|domain)[\s-]names?[\s-]based\b[^.,;!?]{0,25}\b(polic(y|ies)|rules?|egress)\b",
          unless="|".join(_OFFERS)),
    # names written into the policies: "we are able to only use cidr range ... any alternative for specifying dnsname in aks"
    _need("fqdn_policy", r"\b(specify\w*|specifi\w+|defin\w+|writ\w+|allow\w*)\b[^.;!?]{0,20}\b(dnsnames?|dns[\s-]names?|fqdns?|domain[\s-]names?)\b",
          r"\bcidrs?( ranges?| blocks?)? (as well as|and|or|plus) (the )?(dnsnames?|dns[\s-]names?|fqdns?|domain[\s-]names?)\b",
          context=r"\b(polic(y|ies)|egress)\b|策略", unless="|".join(_OFFERS)),
    _need("fqdn_policy", r"\b(dns|fqdn)[\s-](aware|based|level)\b[^.,;!?]{0,20}\b(polic(y|ies)|rules?|filter\w*|(traffic |access )?control)\b",
          # "FQDNs in egress network policies", "DNS domains as ingress or egress peer"
          r"\b(fqdns?|fully qualified domain names?|dns (names|domains))\b[^.;!?]{0,30}\b(as|in|for) (an? )?((ingress|egress|network|or|and|/)\s*)*"
          r"(polic(y|ies)|rules?|peers?|destinations?)\b",
          r"\b(polic(y|ies)|rules?|filter\w*)\b[^.,;!?]{0,15}\b(on|by|based on|using) (fqdn|dns)\s*(names?|host ?names?)?s?\b",
          r"\bfqdn[\s-]based\b", r"\btoFQDNs\b",
          # the kinds listed together: "ACNS FQDN/L7 network policies", "L7 and FQDN policies"
          r"\bfqdn\s*(/|and|&|,|\+)\s*(l7|layer[\s-]?7)\b[^.;!?]{0,20}\b(polic(y|ies)|rules?)\b",
          r"\b(l7|layer[\s-]?7)\s*(/|and|&|,|\+)\s*fqdn\b[^.;!?]{0,20}\b(polic(y|ies)|rules?)\b",
          r"\b(egress|outbound) (rules?|polic(y|ies))\b[^.;!?]{0,10}\bby (dns |domain |host ?)names?\b",
          r"基于\s*域名\s*的?\s*(策略|规则|访问控制)", r"按\s*域名",
          # egress by DNS name: "allowed by DNS name", "whitelisted by domain", "a DNS allowlist", "egress to *.stripe.com"
          r"\b(allow|permit|restrict|whitelist|allowlist|block|deny|filter|limit|control|lock)\w*\b(?:[^.;!?]|\.(?=\w)){0,50}\b(by|on|based on|via|using|per) "
          r"(the )?((dns|domain)[\s-]?(names?)?|host[\s-]?names?)\b",
          # "egress locked down to a few SaaS hostnames like api.stripe.com rather than IP ranges"
          # ("locked down to a handful of processor domains (api.stripe.com, ...)")
          r"\b(locked down|restricted|limited|allowed|pinned)\s+to\s+(a few |some |specific |certain |named |a handful of |a small set of )?"
          r"([\w-]+ ){0,2}(host ?names|domain names|domains|fqdns)\b(?! of\b)",
          # "must only reach a handful of external APIs by domain name"
          r"\b(reach|access|talk to|call|connect to|get to)\b(?:[^.;!?]|\.(?=\w)){0,40}\b(external|outside|third[\s-]party|saas|internet|public|partner)\b"
          r"(?:[^.;!?]|\.(?=\w)){0,30}\bby (their )?((dns |domain |host ?)names?|name)\b",
          r"\b(dns|domain|fqdn|host ?name)[\s-]?(names? )?(allow[\s-]?lists?|white[\s-]?lists?|filter\w*|based (egress|rules?|allow\w*))\b",
          # "FQDN egress policies", "DNS egress allowlist"; not "DNS policy" (a pod's dnsPolicy)
          r"\bfqdn[\s-]?(based )?(egress|polic(y|ies)|rules?|allow\w*|filter\w*)\b", r"\bdns[\s-]?(based )?(egress|allow[\s-]?list\w*|white[\s-]?list\w*)\b",
          r"\b(allow[\s-]?lists?|white[\s-]?lists?) of (external )?(domains?|dns names|fqdns|host ?names)\b",
          # "egress must be allowed only to a list of domains like api.github.com"
          r"\b(allow\w*|permit\w*|restrict\w*|limit\w*)\b[^.;!?]{0,20}\bto (a (fixed |short )?list of |specific |certain |approved )?"
          r"(external )?(domains|dns names|fqdns|host ?names)\b",
          # a dot inside a name ("api.stripe.com and *.github.com") does not end the sentence
          rf"\b(egress|outbound|outgoing)\b(?:[^.;!?]|\.(?=\w)){{0,80}}\*\.{_DOMAIN}",
          rf"\b(only|allow\w*|permit\w*)\b(?:[^.;!?]|\.(?=\w)){{0,40}}\*\.{_DOMAIN}",
          # "connections that leave the cluster need to be whitelisted ... targets: mydependency1.example.com:443"
          rf"\b(whitelist\w*|allow[\s-]?list\w*)\b(?:[^.;!?]|\.(?=\w)){{0,80}}\b{_DOMAIN}:\d+",
          rf"\b(egress|outbound)\b[^.;!?]{{0,50}}\b(only )?to (only )?{_DOMAIN}",
          rf"\b(restrict|limit|allow|permit)\w*\b[^.;!?]{{0,15}}\b(traffic|egress|access|connections?) (only )?to (only )?{_DOMAIN}",
          # "pod egress limited to a handful of SaaS domains", "block egress traffic only to blacklisted FQDNs"
          r"\b(egress|outbound|outgoing)\b[^.;!?]{0,30}\b(limit|restrict|block|deny|allow|permit)\w*\b[^.;!?]{0,12}\bto\s+(a |an )?(handful|few|couple|"
          r"list|set|small set|number|specific|certain|approved|allowed|blacklisted|whitelisted|allow-?listed|deny-?listed)\b[^.;!?]{0,20}"
          r"\b(domains|dns names|fqdns|host ?names)\b",
          r"\b(block|deny|blacklist)\w*\b[^.;!?]{0,30}\b(blacklisted|specific|certain|listed|denied) (fqdns|domains|dns names)\b",
          # "egress from the payments namespace may only go to a handful of hostnames"
          r"\b(egress|outbound|outgoing)\b[^.;!?]{0,50}\b((may|can|must|should|needs? to) (only|just)|(only|just) (be )?allowed)\b[^.;!?]{0,20}"
          r"\b(go|reach|connect|talk|be sent)?\s*to\b[^.;!?]{0,25}"
          r"\b(domains|dns names|fqdns|host ?names)\b",
          # "the payment pods can only reach api.stripe.com; NetworkPolicy only does IPs"
          rf"\b(only|just) (be allowed to )?(reach|access|call|talk to|connect to|send to|hit)\b[^.;!?]{{0,25}}\b{_DOMAIN}",
          r"\b(network ?polic(y|ies)|polic(y|ies))\b (only|just) (do|does|supports?|handles?|matches|knows?|works? (with|on)) (ip|cidr)s?(-based rules)?\b",
          r"(域名|FQDN|fqdn|DNS|dns)\s*(白名单|放行|过滤|访问控制|出口策略)", r"基于\s*(域名|FQDN|fqdn|DNS)\s*的?\s*(出口|出站|访问|放行|策略|规则)",
          rf"(只允许|只能|仅允许|允许|放行|限制)[^。；！？]{{0,40}}\*\.{_DOMAIN}",
          rf"(只允许|只能|仅允许|仅能)[^。；！？]{{0,12}}(访问|连接|连到|访问到)\s*{_DOMAIN}",  # "只能出网访问 api.stripe.com"
          # "Pod 出站只能访问几个域名": egress limited to a few named domains
          r"(出站|出口|外网|对外|外部|出公网|出网)[^。；！？]{0,15}(只能|只允许|仅允许|仅能|限制)[^。；！？]{0,8}(访问|到|去|连)?[^。；！？]{0,8}"
          r"(几个|特定|指定|某些|部分|一些|固定|白名单(里|中|上)?)的?\s*域名",
          # the other side named by what it is: "只能访问医保平台的几个域名"
          r"(只能|只允许|仅允许|仅能)\s*(访问|连接|连到|去)[^。；！？，,]{0,15}的?(几个|特定|指定|某些|一些)\s*域名",
          unless="|".join(_OFFERS)),
    # a record of what policy allowed or denied: "denied and allowed connections must be logged for audit", "被拒绝/放行的连接要有日志"
    _need("policy_logging",
          r"\b(log|logs|logged|logging|audit\w*|record\w*)\b[^.;!?]{0,30}\b(allowed|denied|dropped|blocked|rejected|accepted)\b[^.;!?]{0,20}"
          r"\b(connections?|traffic|flows?|packets?|requests?)\b",
          r"\b(allowed|denied|dropped|blocked|rejected)\b[^.;!?]{0,25}\b(connections?|traffic|flows?|packets?)\b[^.;!?]{0,30}\b(logged|logs?|"
          r"audit\w*|recorded)\b",
          r"\b(network[\s-]?)?polic(y|ies)\b[^.;!?]{0,10}\b(audit[\s-]?)?(logs|logging|audit trail)\b", r"\bpolicy verdicts?\b",
          r"\blog\w*\b[^.;!?]{0,20}\bpolic(y|ies)\s+(denies|drops|denials|rejects|hits|decisions|verdicts)\b",
          # the traffic first, what policy does to it, the log after: "every pod connection that policy denies has to be logged"
          r"\b(connections?|traffic|flows?|packets?|requests?)\b[^.;!?]{0,15}\b(that|which)\s+(the\s+)?(network\s*)?polic(y|ies)\s+"
          r"(denies|deny|drops|drop|blocks|block|rejects|reject|allows|allow)\b[^.;!?]{0,30}\b(logged|logs?|recorded|audited)\b",
          r"\blog\w*\s+(for|of)\s+(every\s+|each\s+|all\s+)?(the\s+)?(traffic|connections?|packets?|flows?)\b[^.;!?]{0,25}"
          r"\b(blocked|denied|dropped|rejected|allowed)\b",
          # "a record of every connection our NetworkPolicies allowed or denied"
          r"\b(logs?|records?|audit\w*|trail)\s+of\s+(every|each|all)\b[^.;!?]{0,15}\b(connections?|flows?|requests?|packets?)\b[^.;!?]{0,40}"
          r"\b(allow|deny|drop|block|reject)(ed|s)?\b",
          # "evidence of which pod connections our NetworkPolicies actually denied"
          r"\b(records?|evidence|proof|logs?|audit\w*)\s+of\s+(which|what|whatever)\b[^.;!?]{0,50}\b(allowed|denied|dropped|blocked|rejected)\b",
          r"(拒绝|放行|丢弃|阻断|允许)[^。；！？]{0,12}(连接|流量|请求)[^。；！？]{0,12}(日志|审计|记录)",
          r"(策略|网络策略|networkpolicy|NetworkPolicy)\s*(的)?\s*(命中)?\s*(日志|审计)",
          # "保留 NetworkPolicy 的 allow/deny 日志"
          r"\b(allow|deny)\s*/\s*(deny|allow)\b[^。；！？.;!?]{0,6}(日志|logs?)", unless="|".join(_OFFERS)),
    # the log missed, said with a negation that is no refusal: "without logging letting me know that some traffic is denied",
    # "I could not see any entries for my dropped policies"
    _rule("policy_logging", True,
          r"\blog\w*\b[^.;!?]{0,60}\b(traffic|connections?|packets?|requests?|flows?) (is|are|was|were|gets?|got|being) (denied|dropped|blocked|rejected)\b",
          r"\b(logs?|log entries|entries)\b[^.;!?]{0,40}\b(dropped|denied|blocked|rejected)\s+(by\s+)?(\w+\s+)?(network\s*)?polic(y|ies)\b",
          negatable=False, need=True, unless="|".join(_OFFERS)),
)
