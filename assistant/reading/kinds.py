"""What a question asks for: its kind (whether it is about our domain at all is topical.py's).

Kinds, in the order they are decided: decline (off-topic, or a thing nobody knows), troubleshoot
(a symptom), compare (two named options), feasibility ("can / does / will X work here?"),
choice ("which plugin?"), concept (everything else: explain).
"""

from __future__ import annotations

from assistant.models import Kind
from assistant.reading.cues import FALLBACK
from assistant.reading.spans import rx
from assistant.reading.symptom_words import symptomatic

# Where a symptom is: on the way between nodes, which a routed mode's needs of the network (one L2 segment, BGP
# peers) decide, as opposed to one node's agent or addresses ("calico-node stops starting after 700 nodes").
BETWEEN_NODES = rx(
    r"\b(different|other|another|separate|remote|second|two|both|across)\s+(worker\s+)?(nodes?|hosts?|machines?|servers?|vms?|workers?)\b(?![\s-]to[\s-])",
    r"\b(across|between|among)\s+(the\s+|our\s+|all\s+)?(nodes|hosts|machines|servers|vms|racks|subnets|sites|zones|workers)\b",
    r"\b(cross|inter)[\s-]?(node|host|subnet|rack|zone)\b", r"\bnode[\s-]to[\s-]node (traffic|communication|connectivity|ping)\b",
    r"\bpods?[\s-]to[\s-]pods?\b", r"\beach other\b",
    # "pods on the rebuilt nodes can't reach pods on the nodes still on CentOS 7"
    r"\b(reach|ping|talk to|connect to|access)\s+(the\s+)?pods? on (the |other |another |remote |some )?([\w-]+\s+){0,3}"
    r"(nodes?|hosts?|machines?|workers?|vms?)\b",
    r"跨(节点|主机|机器|子网|机房|机架|可用区|node)|不同(的)?(节点|主机|机器|node)|(其他|其它|别的|另一个|另一台|另外的?)(节点|主机|机器|node)|"
    r"(节点|主机|node|pod|Pod|容器)(之间|间)|互通|互相(访问|ping|通信)",
)
# A cluster still to be built: what older clusters run is no plugin in use there.
NEW_CLUSTER = rx(r"\b(new|greenfield|brand[\s-]new|fresh|next|second|another) (k8s |kubernetes |production |prod |\d+[\s-]node )?clusters?\b(?! (api|version))",
                 # (not a step told in passing: "This can be configured manually after standing up a cluster")
                 r"(?<!after )\b(build|building|set up|setting up|stand up|standing up|spin up|create|creating|deploy|deploying) (a |an |our )?(new )?"
                 r"(\d+[\s-]node )?(k8s |kubernetes )?cluster\b",
                 r"新建|新搭|新装|新部署|新集群|新的集群|(再|重新)(搭|建|部署)(一套|一个)?\s*(k8s|K8s|集群)",
                 # "New setup though: kubeadm on Azure VMs"
                 r"\b(new|greenfield|fresh) (setup|environment|build[\s-]?out|platform|install(ation)?)\b(?!\s+(of|for)\b)")
COMPARE = rx(r"\bvs\.?\b", r"\bversus\b", r"\bcompared? (to|with)\b", r"\bcomparison\b", r"\bdifferences?\b", r"\bdiffer\b",
             r"\bbetter than\b", r"\bpros and cons\b", r"\btrade[\s-]?offs?\b", r"\b(which|what) is (better|faster|preferred)\b",
             # not an "or" between what a change may cost: "without rebuilding the cluster or taking a full outage"
             r"\bor\b(?!\s+(taking|having|doing|rebuilding|recreating|reinstalling|losing|causing|breaking|restarting|rebooting|"
             r"downtime|outages?|not|without|else|so|whatever|something|anything|more|less|fewer|later|sooner|"
             # what the trouble is, not a second option: "is this a lack of documentation or a bug?"
             r"(a |an )?(bug|issue|problem|misconfiguration|expected|intended|normal|known issue|regression))\b)",
             r"区别|对比|比较|差异|差别|差在哪|有啥不同|哪里不一样|哪个好|哪个更|优缺点|不同之处|有什么不同|哪个(比较|最)?(适合|合适)",
             r"(怎么|如何|该怎么|应该怎么)\s*(取舍|权衡)", r"(和|与|跟)\s*[^，。；！？,;]{1,30}(比起来|相比)\s*(怎么样|如何|怎样|咋样)",
             # between the two named: "macvlan 和 ipvlan 选哪个？"
             r"(和|与|跟)\s*[^，。；！？,;]{1,30}(之间)?\s*(该|应该)?(选哪个|用哪个|选哪一个|用哪一个|挑哪个|怎么选)",
             # how far apart two named options are: "flannel 的 vxlan 和 host-gw 到底差多少？"
             r"(到底|究竟)?\s*(差多少|差多大|差距(有)?多大|性能差多少)",
             # 还是 is "or", except after whoever is still on something: "我们这边还是 flannel"
             r"(?<!我们)(?<!这边)(?<!这里)(?<!目前)(?<!现在)(?<!当前)还是")
# Yes/no questions about what something can do here: "can X run next to Y?", "does X support Y?",
# "is X fine for our two sites?". "Is it normal?" asks for an explanation, not a verdict.
_CAPABLE = (r"(work|works|working|run|runs|support|supports|supported|handle|do|use|used|be used|replace|coexist|"
            r"allocate|provide|enforce|encrypt|peer|route|need|needed|required|necessary|fine|ok|okay|suitable|compatible|cover|covers|apply|applies|"
            r"possible|feasible|able|enough|good|a good (fit|choice|idea)|recommended|viable|an option|stay)")
FEASIBILITY = rx(
    r"^\W*(can|could|will|would)\b", r"(^|[,.;:!?]\s*)(can|could|will|would)\b[^.!?]*\?",
    rf"\b(does|do|did|is|are|will|would)\b[^.!?]{{0,60}}\b{_CAPABLE}\b[^.!?]*\?",
    rf"^\W*(does|do|is|are)\b[^.!?]{{0,60}}\b{_CAPABLE}\b", r"\bis (it|this|that) (possible|feasible|supported|ok|fine)\b",
    r"\b(possible|feasible) to\b", r"\b(works?|runs?) (with|on|in|alongside|next to|together with|behind|across|over)\b[^.!?]*\?",
    # a capability asked of a plugin's roadmap: "any plan to implement BGP routing in Cilium?"
    r"\b(any|a|the) (plans?|roadmap|timeline|eta) (to|for) (implement|support|add|offer|provide)\w*\b[^.!?]*\?",
    r"\bis there (any )?(support|a way) (for|to)\b[^.!?]*\?",
    # "should that work out of the box?", "\"wireguard-native\" available as flannel-backend option?"
    r"(?<!\bwhy )\bshould (that|this|it|they) (work|run)\b", r"\b(available|supported) as (an? |the )?[\w\s-]{0,30}\b(option|backend|mode)s?\b[^.!]*\?",
    # asked in reported speech, with or without a question mark: "I'd like to ask if there's any way to run cilium with
    # flannel", "wondering whether Calico can peer with our ToRs"
    r"\b(if|whether) there('?s| is| are) (any|a|some) (way|option|support)s? (for|to)\b",
    r"\b(wonder\w*|ask\w*|know|curious|unsure|not sure)\s+(if|whether)\b[^.!?]{0,80}\b(can|could|possible|feasible|work|works|supports?)\b",
    r"能不能|能否|可不可以|可以吗|是否(支持|可以|能|可用|需要)|支持吗|能用吗|能用于|行不行|可行吗|可以[^。？！?]{0,40}吗|能[^。？！?]{0,40}吗|支持[^。？！?]{0,40}吗|"
    r"需要.{0,12}吗|只能.{0,20}吗|才可以么|么[？?]|(行|走)得通|能行吗|可行不|可不可行|是否可行|靠谱吗|有没有问题|会不会(有|出)问题|会出问题吗|有(没有)?影响吗|会不会有影响",
    # a pick put up for a verdict: "Good idea?", "does that make sense?", "any gotchas?", "这个思路对吗", "有坑吗"
    r"(^|[.!?,;:]\s*)((is|would|does) (this|that|it) (be )?)?(a )?(good|bad|sane|sound|reasonable|sensible|smart|wise|the right) "
    r"(idea|call|choice|plan|approach|move|fit|pick)\s*[?？]",
    r"\b(does|would) (this|that|it) (make sense|sound (right|ok|okay|good|reasonable|sane))\b",
    r"\b(is|was) (this|that|it|the plan) (sound|sane|viable|workable|realistic)\b[^.!]*[?？]",
    r"\bany (gotchas|pitfalls|caveats|red flags|downsides)\b[^.!]*[?？]",
    r"(对吗|对不对|合理吗|合不合理|妥吗|有坑吗|有什么坑|有没有坑|会踩坑吗)",
)
# Asking us to pick: this outranks a yes/no shape ("Are there alternatives? Recommendations?").
CHOICE = rx(
    r"\b(which|what)\s+(?!(is|are|was|were|does|do|did|can|could|should|would|happens?)\b)(\w+\s+){0,2}"
    r"(cni|plugin|network(ing)? (plugin|solution|add-?on)|overlay|mode|backend|data ?plane|pod network(ing)?|option|encapsulation)s?\b",
    # "What should the backend (or the CNI, if it comes to that) be after the move?"; "Suggestions?" after a setup
    r"\bwhat should (the|our|my) (cni|plugin|backend|mode|network plugin|pod network|encapsulation|overlay|data ?plane)\b[^.?!]{0,50}\bbe\b",
    r"(^|[.!]\s+)(any )?(suggestions|recommendations|ideas|advice)\s*\?",
    r"\brecommend", r"\bshould (we|i|you) (use|choose|pick|go with|run|deploy|install|switch|move)\b",
    # the setting that picks the plugin: "what do we put as networkType in install-config.yaml?"
    r"\bwhat (do|should|can|would) (we|i) (put|set|use|pick|choose|enter|specify) (as|for|in)\b[^?.]{0,20}\b(network ?type|network[_-]plugin|"
    r"cni|kube_network_plugin|network provider)\b",
    r"\bbest\b[^?.]{0,30}\b(cni|plugin|choice|option|mode)", r"\bbest way to (network|connect|run|set up|route|deploy|build|wire)\b",
    r"\b(choose|choosing|pick|select|selecting|alternatives?)\b",
    r"\bwhat (do|should|can|would) (we|i) (use|install|run|pick|deploy|choose|switch to|move to|migrate to|change to)\b", r"\bwhich (one|of them|works)\b",
    r"\b(overlay or underlay|underlay or overlay)\b", r"\bwhat works\b", r"\bwhat else\b", r"\bother options\b",
    r"\bwhat can we (deploy|use|run|install)\b",
    r"\bwhat (do|does|would) (people|folks|ppl|others|everyone|you all|y'?all|teams) (run|use|pick|choose|go with|deploy)\b",
    r"\bwhat should (the|our|my) (cluster |pod )?network(ing)? be\b", r"\bwhat should (the |our |my )?(cluster |pod )?network(ing)? look like\b",
    r"\bhow should (we|i) (do|set up|design|build|approach) (the |our |my )?(cluster |pod )?network(ing)?\b",
    # "What's the right CNI setup for this?", "what's a lighter pod network we should put on instead?"
    r"\bwhat('s| is) (the |a |an )?(right|best|better|lighter|simpler|sensible|recommended) (cni|plugin|pod network|network(ing)?)\b",
    r"(集群|pod|Pod)\s*网络\s*(应该|该)\s*(用|选)\s*(什么|哪个)",
    # "which suits us?", "哪个适合我们?": asking to pick, whatever the options are called
    r"\b(which|what)( one)? (suits|fits|would suit|would fit|is (more |most |the most )?(suitable|appropriate|right))\b",
    r"(哪个|哪种)\s*([A-Za-z]+\s*)?(插件|方案|模式)?\s*(比较|最|更)?(适合|合适)|(什么|哪个|哪种)(方案|模式|插件)?(比较|最|更)?适合(我们|我)",
    r"选哪个|选哪|推荐|应该用|应该选|选择|选用|哪个好|哪种|哪一个|用什么|该用|选什么|装哪个|装什么|用哪个|哪个插件|哪个网络插件",
    r"(换|迁|迁移|切|切换|改)(成|用|到|去)?\s*(什么|哪个|哪种|啥)",
    # a wish for another mode without naming it: "想换个性能更好的模式", "would like to switch to a faster backend"
    r"(换|切换|切|改|换成|改成|改用)\s*(个|一个|一种|种|另一种|别的|其他|其它)\s*[^，。；？?！]{0,12}(模式|方案|插件|后端|网络插件|cni|CNI)",
    r"\b(switch|move|change|migrate|go)\s+([\w-]+\s+){0,2}(over\s+)?to\s+(a|an|another|some)\s+(\w+\s+){0,2}"
    r"(mode|backend|plugin|cni|overlay|encapsulation|data ?plane)s?\b",
    # whether to move at all: "现在用 weave，要不要换？", "该不该迁移到 Cilium"
    r"(要不要|该不该|需不需要|是否(需要|应该|要)?)\s*(换|迁移|迁|切换|切|改用|替换|更换)",
    # "CNI 该怎么选", "Calico 和 Cilium 哪个能做": asking to pick, in other words
    r"(怎么|如何|咋)\s*选|选啥|哪个(能|可以|支持|满足|做得到)",
    # "网络插件这块怎么配？", "CNI 方面该如何规划"
    r"(网络插件|cni|插件|容器网络|pod\s*网络)\s*(这块|这边|方面|部分|这一块)?\s*(该|应该|要)?\s*(怎么|如何|咋)\s*(配|搞|弄|规划|设计|选型)",
    # "what do we move to?", "what should we migrate to"
    r"\bwhat (do|should|can|would) (we|i) (move|migrate|switch|go) (over )?to\b",
    # one more candidate weighed: "flannel vxlan 算不算备选？", "能不能当个备选"
    r"(算不算|能不能算|能不能当|可不可以当|能否作为|可以作为)\s*(一个|一种|个)?\s*(备选|候选|选项|备胎|方案)",
    # the set of plugins to put together: "这套 CNI 应该怎么组合？", "how should we combine the CNIs?"
    r"(怎么|如何|怎样|咋)\s*(组合|搭配)", r"\b(which|what) (\w+ ){0,2}(configuration|config|setup) (works|would work|fits|suits|is (the )?(best|right))\b",
    r"\bhow (should|do|would|could) (we|i) (combine|pair|mix)\b", r"\b(what|which) combination\b",
    # "搭配使用最好的cni插件是哪个", "是不是最佳搭配"
    r"(最好|最佳|最合适|最推荐)的?[^。？?！!]{0,12}是哪(个|种|一个|一种)", r"是不是最(佳|好|合适)",
)
# Asking for one documented detail (a flag, a default, a port, a file) is a lookup, whatever
# plugin it names: "which option selects nftables for ipMasq?", "what file does Multus write?",
# "默认端口是多少？". A question that asks for a plugin or mode is still a choice.
DETAIL = rx(
    r"\b(which|what)\s+(\w+\s+){0,2}(flags?|settings?|parameters?|fields?|variables?|env(ironment)? vars?|annotations?|"
    r"labels?|keys?|drivers?|ports?|files?|paths?|director(y|ies)|values?|defaults?|limits?|versions?|modules?|"
    r"commands?|prefix(es)?|names?|interfaces? names?)\b(?!\s+(of\s+)?(cni|plugins?|modes?))",
    r"\b(which|what)\s+(\w+\s+){0,2}(option|setting|flag|key|field)s?\s+(selects?|sets?|controls?|enables?|disables?|"
    r"configures?|turns?|determines?|decides?|limits?|changes?)\b",
    # not a component "installed by default", which a question about replacing it names
    r"\b(what|which) is the default\b",
    r"(?<!installed )(?<!deployed )(?<!shipped )(?<!bundled )(?<!included )\bby default\b[^.!?]*\?", r"\bhow (many|much|long|large|big)\b",
    # "默认是多少" asks for a value; "默认可以改成 BGP 吗" asks whether a mode can be chosen.
    r"默认[^，,。？?！]{0,12}(多少|是什么|什么|哪个|哪些|多大|多长|多久|几)|(?<!差)多少|叫什么|什么名字|哪个(参数|字段|注解|变量|环境变量|端口|文件|驱动|配置项|选项|命令)|(什么|哪个)路径|在哪个?(目录|路径|文件)",
)
_ASKS_FOR_A_PLUGIN = rx(
    r"\b(which|what)\s+(\w+\s+){0,2}(cni|plugin|network(ing)? (plugin|solution|add-?on)|overlay|mode|backend|data ?plane|"
    r"pod network|encapsulation)s?\b", r"\brecommend", r"\bshould (we|i|you) (use|choose|pick|go with|run|deploy|install|switch|move)\b",
    r"\b(choose|choosing|pick|alternatives?)\b", r"选哪|推荐|应该用|应该选|选择|选用|用什么插件|哪个插件|哪个网络插件|哪种(插件|模式|方案)",
)
# Weaker hints of a choice, used only when the question is no yes/no about a named option.
CHOICE_WEAK = rx(r"\bshould (we|i|you)\b", r"\b(options|better|good fit|suitable)\b", r"哪些|方案")

_WEIGHING = rx(r"\bhow do (these|the|those) (two|three|options|fixes) compare\b",
               r"\b(weighing|comparing) (two|three|both|the two) (fixes|options|approaches|paths)\b",
               r"(这|两|几)\s*(个|种)\s*(方案|办法|思路)[^。；！？]{0,10}(怎么选|哪个好|比较|对比)")


def classify(text: str, *, named: int, unknown: bool, topical: bool) -> Kind:
    """`named`: how many catalog plugins or modes the question names."""
    if not topical or unknown:
        return "decline"
    if named >= 2 and _WEIGHING.search(text):
        return "compare"  # fixes weighed for a symptom: "I'm weighing two fixes ... How do these two compare for us?"
    if symptomatic(text):
        return "troubleshoot"
    # (a yes/no on a named option asked before the detail is the question: "改成 host-gw 可不可行？能快多少？")
    if (detail := DETAIL.search(text)) and not _ASKS_FOR_A_PLUGIN.search(text) and not (
            named >= 1 and (yes_no := FEASIBILITY.search(text)) and yes_no.end() <= detail.start()):
        return "concept"
    if COMPARE.search(text) and named >= 2:
        return "compare"
    if CHOICE.search(text) and not (FEASIBILITY.search(text) and named >= 1 and FALLBACK.search(text)):
        return "choice"
    if FEASIBILITY.search(text) and named >= 1:
        return "feasibility"
    if CHOICE_WEAK.search(text):
        return "choice"
    return "concept"
