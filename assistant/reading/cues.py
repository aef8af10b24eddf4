"""Cues around a plugin's name that say whether it is the one in use: words of use before or after
it, strong cues ("as the CNI", a version, being replaced), and shapes that make it a candidate being
weighed, a removed plugin, a host named after it, or a name that does not say which plugin runs.
"""

from __future__ import annotations

import re

from assistant.reading.spans import rx

# A past experience told as such ("We used Terway on ACK and liked it"): neither the plugin nor the platform in use.
EXPERIENCE = r"\b(we|i) (used|ran|tried|had)\b[^.;!?]*\b(liked|loved|enjoyed|were happy with|was happy with)\b"

# Words right before or after a plugin's name that say it is the one running.
_CURRENT_BEFORE = rx(r"\b(currently|presently|right now|already|now)\s+(using|running|on|use|run)?\s*(the\s+)?$",
                     r"\b(use|uses|used|using|run|runs|running|ran|deployed|installed|install|installing|deploy|deploying|have|has|with|"
                     r"w/|on)\s*(the\s+|a\s+)?$",
                     # its manifest applied: "coredns is always pending after apply flannel.yml"
                     # (done, not a step asked about: "can I just ... apply the calico manifest?")
                     r"\b(applied|after (apply|applying)|kubectl apply)\s+(-f\s+)?(the\s+)?(\S*/)?$",
                     r"\b(migrat(e|ing)|switch(ing)?|mov(e|ing)|chang(e|ing)|upgrad\w+)\s+(from|off|away from)\s*(the\s+)?$",
                     r"\bour\s+(existing\s+|current\s+)?$", r"\bafter installing\s+(the\s+)?$",
                     # a config field: "network: plugin: calico", "kube_network_plugin: cilium", "CNI: flannel"
                     r"\b(network[\s_-]?plugin|kube_network_plugin|network[\s_-]?provider|plugin|cni)\s*[:=]\s*[\"']?$",
                     # the primary an extra interface or a second tool runs beside: "via Multus next to Calico"
                     r"\b(next to|beside|alongside|on top of|atop)\s+(the\s+|our\s+)?$",
                     r"(使用|用了|用的|用的是|使用的是|装了|部署了|安装了|安装完|采用|跑的|跑着|目前是|现在是|当前是|网络插件是|网络插件为|从|选择了|选了)\s*$",
                     r"(现在|目前|当前|正在|一直|还在)\s*(在)?\s*(用|使用|跑)\s*$",
                     # "我们这边还是 flannel vxlan": still on it (还是 alone is also "or")
                     r"(我们|我们这边|我们这里|这边|目前|现在|当前)\s*(还是|仍然是|仍是|依然是|依旧是|还在用|仍在用)\s*$",
                     # a plane or traffic carried by it: "管理面走 calico"
                     r"(面|流量|网络)\s*走\s*$",
                     # beside the installer it runs with: "4 台 VM 跑 kubeadm + flannel", "running k3s + Calico"
                     r"(\b(run|runs|running|ran)|跑|运行|部署了?|装了)\s*[\w.-]+\s*(\+|＋|加)\s*$")
_CURRENT_AFTER = rx(r"^\s*(is|was)\s+(installed|deployed|running|our cni|the cni|used)\b",
                    # "Azure CNI overlay today": in use now, with or without its mode
                    r"^\s*([\w-]+\s+){0,2}(today|these days|at the moment|for now)\b", r"^\s*(cluster|network|setup|install\w*|pods?)\b",
                    r"^\s*(is |was )?(currently|now)\b", r"^\s*(集群|网络|环境|插件下|网络插件下|模式下|现在|目前|当前|一直)",
                    # "calico 用的 IPIP 模式", "flannel 默认配置": the plugin with how it runs
                    r"^\s*(用的是?|使用的是|采用的是?|跑的是)\s*[\w-]+\s*(模式|后端)", r"^\s*(默认配置|默认安装|默认部署)",
                    # its backend already switched: "flannel 后端已经换成了 wireguard-native"
                    r"^\s*(的)?\s*(后端|backend|模式)\s*(已经|已)?\s*(换成|改成|切换到|切到|改为)了",
                    r"^\s*[(（]?\s*v?\d+\.\d+", r"^\s*version\b", r"^\s*\d+\.\d+\s*版本")
# The strongest cues: "flannel as the CNI", "CNI: cilium", a version attached ("3.26版本的Calico"), the plugin replaced.
_STRONG_BEFORE = (r"\b(cni|network plugin|network add-?on|network provider)(\s+(used|in use|installed))?(\s+and\s+its\s*version)?"
                  r"(\s*\([^)]{0,40}\))?\s*(is|was|:|=)\s*(the\s+)?$",
                  # beside an extra interface: "primary network is Calico", "主网络还是 Calico" (还是: still)
                  r"\b(primary|main|default)\s+(network|cni|pod network|network plugin|interface)\s+(is|was|stays|remains|[:=])\s*(still\s+)?(the\s+)?$",
                  r"主(网络|网卡|CNI|cni)\s*(仍然|依然|继续|还)?\s*(是|用的是|使用的是|[:：])\s*$", r"主网络\s*(还是|仍是|依然是|仍然是)\s*$",
                  r"\b(replace|replacing|to replace|swap|swapping|to swap)\s*(out\s+)?(the\s+)?$",
                  # "Cilium as a potential replacement for Flannel"
                  r"\breplacement\s+(for|of)\s+(the\s+|our\s+)?$",
                  # what a move starts from: "we want to switch our Calico to a faster mode"
                  r"\b(switch|move|migrate|change|convert)\s+(our|my|the existing|the current|our existing|our current)\s+$",
                  # a plan to take it out names the one in use (done, it is removed): "wants to rip out aws-node"
                  r"\b(rip|tear|pull)\s+out\s+(the\s+)?$",
                  # the one moved away from: "Change CNI from calico to cilium", "switching our pod network from flannel"
                  r"\b(chang\w*|switch\w*|mov\w*|migrat\w*)\s+(the\s+|our\s+|my\s+)?(cni|network plugin|pod network|networking)\s+from\s+(the\s+)?$",
                  # done: "we switched to cilium", "replaced flannel with calico", "已经换成了 calico"
                  r"\b(switched|migrated|moved|changed|went|upgraded)\s+(over\s+)?to\s*(the\s+)?$", r"\breplaced\s+[\w-]+\s+with\s*$",
                  r"\b(was|were|got|has been|have been|and)\s+replaced (it |them )?(with|by)\s*(the\s+)?$",
                  r"(换成了|改成了|切换到了|迁移到了|改用了|已经换成)\s*$",
                  r"(已经|已)\s*(全部|都|整体)?\s*(迁到|迁移到|迁移至|迁至|换到|切到|切换到|换成|改成|改用)\s*了?\s*$",
                  r"v?\d+\.\d+(\.\d+)?\s*版本的\s*$", r"(网络插件|cni|CNI)\s*(目前|现在|当前)?\s*(是|为|用的是|使用的是|[:：])\s*$",
                  r"(替换|取代|替代)(掉)?\s*$", r"(现有|已有|原有)的\s*$",  # "现有的 calico 集群"
                  # the bundled one moved away from: "想把默认的 flannel 换成 Cilium" (on a k3s that runs it)
                  r"把\s*(默认|自带|内置)的?\s*$",
                  # "更改线上flannel为calico": the plugin changed from, in production
                  r"(更改|更换|修改|改变)\s*(线上|生产|现有|现在|集群)?\s*(环境)?\s*(的)?\s*$",
                  # in use now, said outright: "we're currently using Calico; Cilium or Antrea?", "现在用 Calico"
                  r"\b(currently|presently|right now)\s+(using|running)\s*(the\s+)?$", r"(现在|目前|当前|还在)\s*(在)?\s*(用|使用|跑)(的是)?\s*$")
_STRONG_AFTER = (r"^\s*as (the |our |a |my )?(primary )?(cni|network plugin|pod network|networking|network add-?on)\b|^\s*作为\s*(网络插件|cni|CNI)|"
                 # the start of a move: "Flannel to Calico migration", "flannel -> cilium cutover"
                 r"^\s*(->|→|=>|to)\s*[\w-]+\s+(migration|migrations|move|switch|switchover|cutover)\b|"
                 # done in Chinese: "将 calico 换成 flannel 后成功访问": the plugin switched to, then it worked
                 r"^\s*(后|之后|以后)\s*[,，]?\s*(就|都|也)?\s*(成功|正常|能|可以|好了|解决|通了|恢复)|"
                 # "换成flannel成功": switched to, and it worked
                 r"^\s*(就|都|也)?\s*(成功了?|正常了|好了|通了)")
_STRONG = rx(*_STRONG_BEFORE)
# "想把 calico 换一种模式", "把现有的 flannel 迁到 Cilium": the plugin a move starts from is the one in use
BA_BEFORE = rx(r"把\s*(现有的?|现在的?|当前的?|线上的?|集群的?|我们的?|生产的?|现网的?|生产环境的?|原有的?)?\s*$")
# "想把 cilium 装到新集群上": what is to be installed is a plan, not what runs
BA_PLANNED_AFTER = rx(r"^\s*(装|安装|部署|上到|用到|用在|引入|落地|推到|跑在|跑到)")
# (to another of its modes; a switch to a named plugin may be a suggestion: "想把 calico 换成 flannel 后再试试吗？")
BA_MOVED_AFTER = rx(r"^\s*(集群|网络)?\s*(的\s*)?([\w-]+\s*(模式|后端)\s*)?(从[^，。；！？]{0,20})?\s*"
                    r"(换|改|迁|切|替换|更换)[^，。；！？]{0,12}(模式|后端|封装)",
                    # from one data plane or mode to another: "把现网 Calico 从 iptables 数据面切到 eBPF"
                    r"^\s*从[^，。；！？]{1,20}(换|改|迁|切|切换)(到|成|为)")
_CURRENT_AFTER_STRONG = rx(_STRONG_AFTER)
# A plugin weighed "as the CNI" is a candidate, not the one in use: "Evaluate Cilium as CNI alternative".
_WEIGHED_AS = rx(r"\b(evaluat\w*|consider\w*|try(ing)?|test(ing)?|propos\w*|choos\w*|pick(ing)?|recommend\w*|suggest\w*|"
                 r"introduc\w*|adopt(ing)?)\s+(the\s+|using\s+)?$",
                 # a wish, however strongly put: "We would like to use Antrea as a CNI on AKS"
                 r"\b(would like|'d like|want|wants|plan(ning)?|intend|hope|wish|going)\s+to\s+(use|run|deploy|install|try|adopt|have)\s+(the\s+)?$")
# A plugin named as something to consider, compare, ask about or move to is not the one in use.
_CANDIDATE = rx(r"\b(should|would|could|want|wants|wanted(?=\s+(the\s+)?$)|wish|like to|'d like|'d love|'d prefer|"
                r"consider\w*|evaluat\w+|plan(?!es?\b)\w*|prefer\w*|recommend\w*|choos\w+|propos\w+|"
                r"pick\w*|select\w*|switch(ing)? to|swap(ping)? (over )?to|migrat(e|ing) to|mov(e|ing) to|go(ing)? with|instead of|rather than|replace\w* with|"
                r"used to (use|run)|previously|formerly|before that|"
                r"try(?! to)|trying(?! to)|try out|explor\w+|vs\.?|versus|compar\w+|than|interested (in|to)|looking (at|for)|search\w*|roadmap|"
                r"absence of|is it possible|how (to|do i|can i) (deploy|install|use|set up|setup)|wonder\w*|curious (whether|if|about)|"
                # held loosely: "I'm not married to Calico", "we're not tied to flannel"
                r"(married|wedded|attached|tied) to|as (an? )?(potential |possible |drop-in )?(replacement|alternative|successor)|pitch(ed|es|ing)?|"
                # someone else's pick: "Dave keeps pushing Weave", "a colleague suggested Calico", "he swears by Cilium"
                r"roll(ing)? out|push(es|ing)( for)?|(?<!we )(?<!i )pushed( for)?|suggest\w*|advocat\w+( for)?|lobby\w*( for)?|swears? by|a (big )?fan of|"
                # the writer's own first pick, not yet run: "leaning towards Cilium", "was thinking kube-router", "eyeing Antrea"
                r"lean(s|ing)? (towards?|to)|(was |were |been |am |'m )?think(ing)?( (of|about))?( (using|going with|running|trying))?(?=\s+(the\s+)?$)|"
                r"tempted (by|to (use|go with|try|run))|eyeing|inclined to (use|go with|run|try)|"
                r"(first|initial|gut|default) (thought|idea|instinct|pick|choice|plan) (was|is)( to (use|go with|run))?)\b",
                # the same said after the name: "Calico cross-subnet VXLAN was my first thought", "Cilium seems the obvious pick"
                r"^[^.;!?]{0,40}?\b(was|is) (my|our|the team's) (first|initial|gut|default|obvious|current) "
                r"(thought|idea|instinct|pick|choice|plan|favou?rite)\b",
                r"^[^.;!?]{0,40}?\b(seems|looks) (like )?(the )?(obvious|natural|safe|default) (choice|pick|option)\b",
                # someone else's advice: "our platform guy says just install Calico", "he said to go with Weave"
                # (quoted, with a step before: "keeps saying 'just rip it out and put Calico overlay in'")
                r"\b(?<!we )(?<!i )(says?|saying|said|insists?|insisted|thinks?|reckons?)\s+[\"'‘“]?(that\s+)?(we\s+)?(should\s+)?(just\s+|simply\s+)?"
                r"(to\s+)?([\w-]+ (it|this|that) out and\s+)?(install|use|go with|run|deploy|put|stick with|pick)\s+(the\s+)?$",
                r"\b(tells?|telling|told|advises?|advising|advised|urges?|urging|urged|wants?) (me|us|everyone|the team) to (just |simply )?"
                # a step before: "keeps telling me to rip out the default and install Cilium"
                r"([\w-]+( [\w-]+){0,3} and )?"
                r"(install|use|go with|run|deploy|put|stick with|pick|try|switch to|move to)\s+(the\s+)?$",
                # what the team knows is experience, not the setup: "The team knows Calico well", "团队比较熟悉 Calico"
                r"\b(knows?|knew|familiar with|experience with|experienced with|comfortable with|expertise (in|with))\s+$", r"(熟悉|擅长|用惯了)\s*$",
                r"\b(which|what)\s*$", r"\b(similar to|akin to|comparable to|something like|the likes of|analogous to)\s*$",
                # one of the options laid out: "Option B: remove aws-node and run cilium in ENI IPAM mode", "方案二：换成 Cilium"
                r"\b(option|plan|approach|alternative|choice)\s*([a-d1-4]|one|two|three)\s*[:：)]", r"方案\s*[一二三四1-4a-dA-D]\s*[:：)）]",
                # asked about as a next step: "can I just install Cilium myself?"
                r"\b(can|could|shall|may) (i|we) (just |simply |still |also )?(helm |kubectl )?(install|deploy|use|run|put|add|try|adopt)\s+"
                r"(in\s+|on\s+)?(the\s+|our own\s+|my own\s+|an?\s+)?(current\s+|latest\s+|recent\s+|newer\s+)?"
                r"(upstream\s+|vanilla\s+|oss\s+|open[\s-]source\s+|self-managed\s+)?$",
                # a product's default, not the writer's choice: "The default CNI provider deployed by Kubespray is Calico"
                r"\b(cni|plugin|provider|add-?on|network) (deployed|installed|shipped|used|chosen) by (?!(us|me|our|my)\b)[\w-]+ (is|was)\s*$",
                # an opinion of a plugin weighed: "I found terway is a good plugin", "I find cilium very interesting"
                r"^\s*(is|seems|looks|sounds)\s+(like\s+)?(a |an |the )?(very |really |quite |pretty )?(good|great|nice|promising|"
                r"interesting|solid|reliable|mature|popular|better|best)\b", r"^\s*(very |really |quite )?(interesting|promising|appealing)\b",
                r"^\s*(to\s+)?(replac\w+|instead)\b", r"^\s*,?\s*or\b", r"\bor\s+(the\s+)?$",
                # its mode weighed against another: "Cilium native routing or VXLAN?"
                r"^\s*([\w-]+\s+){1,2}(or|vs\.?|versus)\s+[\w-]+\s*([?？]|$)",
                # run until a time gone by: "We ran Weave on this cluster until 2022; since then it's Cilium"
                r"^\s*(on|in|at|for|across) (this|our|the|that|these|those|all)\b[^.;!?]{0,40}\buntil (19|20)\d\d\b",
                # a product described by what it offers: "Cilium offers a kube-proxy replacement"
                r"^\s*(offers|provides|has the ability to|is able to)\b",
                r"(^\s*|[.?!:]\s*|\b(and|but|so)\s+)(does|do|can|could|will|would|is|are)\s+(the\s+)?$", r"[;,]\s*(is|are|would|could)\s+(the\s+)?$",
                # the plugin as the subject of a question about its fitness: "Is Cilium a good choice?", "calico 是一个选项吗"
                r"^\s*(really\s+)?(a|an)\s+(good\s+|viable\s+|valid\s+|possible\s+|reasonable\s+|sensible\s+|better\s+|real\s+|"
                r"suitable\s+|realistic\s+)?(option|choice|fit|candidate|alternative|way to go|idea)\b",
                r"^\s*(viable|suitable|feasible|worth it)\b",
                # "flannel 行不行?", "calico 可不可以"
                r"^[^，。；！？]{0,15}?(行不行|可不可以|能不能用|能用吗|能不能跑|能跑吗|行吗|可以吗|靠谱吗|合适吗)",
                r"^[^，。；！？]{0,30}(支持|能|可以|行|合适|适合|可行|靠谱|好用)[^，。；！？]{0,20}(吗|么)",
                r"^[^，。；！？]{0,15}(选项|选择|方案)\s*(吗|么)",
                r"^[^，。；！？]{0,20}(算不算|能不能算|能不能当|可不可以当|能否作为|可以作为)\s*(一个|一种|个)?\s*(备选|候选|选项|备胎)",
                r"^\s*(能否|能不能|可否|是否|可不可以|支不支持|支持不支持)",
                r"^[^，。；！？]{0,20}(比|相比|对比|和|与)[^，。；！？]{0,20}(更|还)?\s*(好|高级|强|快|稳定|合适|简单)[^，。；！？]{0,6}(吗|么|？|\?)",
                r"(以前|之前|原来|曾经)(用|使用|装)(的是|了)?\s*$",
                r"如何(部署|安装|使用)|怎么(部署|安装|在|用)|可以|应该|选哪|选什么|选型|该选|怎么选|如何选|选择哪|推荐|考虑|打算|想用|想要|倾向于?|偏向于?|看中了?|看上了?|相中了?|换成(?!了)|提议|建议|"
                r"迁移到(?!了)|替换为|评估|调研|不买|不采购|力推|力荐|(能|能不能|可不可以)\s*(跑|用|装|上)\s*$|"
                # "想把 kube-proxy 去掉，用 Cilium 的 KPR": what would replace it
                r"(想|打算|准备|计划)把[^。；！？]{0,20}(去掉|干掉|替换掉?|换掉)\s*[，,]?\s*(改)?(用|上)\s*$|"
                # "还是" as "or", not as "still": "CNI 还是 calico 的 IPIP 模式", "我们现在还是 flannel"
                r"(?<!我们)(?<!这边)(?<!这里)(?<!目前)(?<!现在)(?<!当前)(?<!cni)(?<!cni )(?<!插件)(?<!插件 )(?<!用的)还是|"
                r"对比|比较|区别|优缺点|是否|能不能|研究|(?<!交)换(?!机|了|成了|到了)|改用(?!了)|试试|替换(?!掉)|"
                # "同事想直接用Calico默认安装", "准备先装 cilium": a plan with an adverb between
                # or asked of the team: "领导想让我们上 Cilium", "要求我们用 Calico"
                r"(想|准备|打算|计划)\s*(直接|先|就|还是|再)\s*(用|装|上|部署|安装)|(想|希望|要求)\s*(让|叫)?\s*(我们|大家|团队|咱们)\s*(用|装|上|部署|安装)")
# Alternatives in a question: "the AWS VPC CNI, or Cilium?", "Dataplane V2, or the legacy data plane with the Calico add-on?"
_ALTERNATIVE_AFTER = rx(r"^\s*[,，、]\s*(or|还是|或者?)\b")
# A question over what was just named: "Calico's eBPF data plane and the iptables one, which should we pick?",
# "Cilium 的 native routing 和 vxlan 模式，应该用哪个？"; not "which MTU should we set?"
_WHICH_ASKED = rx(r"\bwhich\s+(one\s+|of (the|these|them|those)( two)?\s+)?(should|would|do|does|is|to|makes|fits|suits)\b",
                  r"\bwhich\s+(mode|plugin|data ?plane|option|backend)\b",
                  r"选哪|该选|用哪(个|种|一个)|哪(个|种|一个|一种)\s*(更|好|合适|适合|比较|[？?])")
_ALTERNATIVE_BEFORE = rx(r"\b(or|还是|或者?)\b[^.;!?]*$")
_CHOICE = rx(r"\b(cni|plugins?|data ?planes?|datapath|modes?|overlay|backend|network(ing)? (model|option|add-?on)|add-?on|v2)\b",
             r"插件|模式|数据面|方案|网络")
# Sentences that weigh plugins or ask how to set one up name no plugin in use.
_WEIGHING = rx(r"\b(vs\.?|versus|pros and cons|differences? between|comparison|compared to|which (one|cni|plugin) (is|should))\b",
               # a list of candidates: "On the table: Calico (iptables), Calico eBPF, Cilium", "候选有 Calico 和 Cilium"
               r"\b(on the table|short-?list(ed)?|candidates (are|include)|contenders)\b", r"候选(方案|插件)?(有|是|[:：])",
               r"\b(is there|are there|any)\s+(any\s+)?(docs?|documentation|guides?|tutorials?)\b", r"\bwant to be able to\b",
               r"优缺点|区别|对比|哪个(好|更|能|可以|支持)|如何部署|怎么部署|是不是可以考虑|有没有(文档|教程)",
               # torn between options: "现在纠结两个方案：A，还是 B？", "torn between Calico and Cilium"
               r"纠结|(两|几)(个|种)(方案|选择|选项)[:：]|二选一|\btorn between\b")
# Text that describes the user's own cluster rather than asking about plugins in general.
_DESCRIPTIVE = rx(r"\b(i|i'm|i've|my|we|we're|we've|our|us)\b", r"\b(environment|installed|deployed|deploy|install|"
                  r"setup|set up|cluster|nodes?)\b", r"我|我们|咱们|部署|安装|环境|集群|节点")
_MODE_IN_USE = rx(r"\b(we|i) (are|am|'re|'m) (now |currently )?(using|running)\s+(the\s+)?$", r"\bnow (using|running|on)\s+(the\s+)?$",
                  r"(现在|目前|当前)\s*(用|使用|跑)(的是)?\s*$",
                  # "Calico 用的是默认的 IPIP（Always）", "runs the default VXLAN"
                  r"(用|使用|跑|采用)的是\s*(默认的?|缺省的?)?\s*$", r"\b(uses|using|runs|running|on) (the )?default\s+$")
_SWITCHED_TO = rx(r"\b(to|->|→|into)\s*$", r"(换成|改为|改成|切换到|切到|换到)了?\s*$")
_FIRST_PERSON = rx(r"\b(i|i'm|i've|my|we|we're|we've|our)\b", r"我")
# Removed: "kubectl delete -f flannel.yaml", "uninstalled calico", "删除了flannel".
_REMOVED = rx(r"\b(delete[sd]?|uninstall\w*|remov\w+|purg\w+|tore down|cleaned up|replaced|(rip|ripped|tear|tore|torn|pull|pulled) out)\b(\s+-f)?\s*(the\s+|https?://\S*/)?$",
              r"\b(switched|migrated|moved|went|changed)\s+(away\s+)?(from|off)\s*(the\s+)?$",
              r"(删除|卸载|删掉|移除|去掉)(了)?\s*$",
              # never there: "sealos init 没有安装calico", "calico was not installed"
              r"(没有|没|未)\s*(安装|部署|装)(上|好)?\s*$", r"\b(no|never|without)\s+(installing|deploying)\s+(the\s+)?$",
              # deployed without it: "We tried deploying RKE2 without Canal"
              r"\b(deploy\w*|install\w*|set ?up|ran|run|running|built|build\w*)\b[^.;!?]{0,25}\bwithout\s+(the\s+|its\s+|a\s+)?$",
              # k3s with its flannel switched off: "disable flannel and enable calico", "--flannel-backend=none"
              r"\b(disabl\w+|turn\w* off|switch\w* off)\s+(the\s+)?(built-?in\s+|bundled\s+|default\s+)?$")
# Plugins that add networks to a primary one: with a primary named, the primary is the one in use.
_SECONDARY = {"multus", "macvlan", "ipvlan", "sriov"}
# A managed service's name ("We're on GKE") or "Azure CNI powered by Cilium" does not say which plugin runs.
_NOT_A_PLUGIN = rx(r"^(gke|eks|aks)$")
# "powered by" names another product's engine; "is out", "is ruled out", "不考虑", k3s's "--flannel-backend=none"
# rule the plugin out.
_AMBIGUOUS_AFTER = rx(r"^\s*powered by\b",
                      # a plugin beside the primary, not the primary: "kube-ovn用作第二网络插件", "cilium as secondary CNI"
                      r"^\s*(用作|作为|当作|当)\s*(第二|辅助|次要|附加|额外的?)",
                      r"^\s*as (a |the )?(second(ary)?|additional|extra|chained) (cni|network plugin)\b",
                      r"^(\s+[\w-]+)?\s+(is|are) (already )?(out(?! of\b)|ruled out|excluded|not an option|off the table|a no-go|no option)\b",
                      r"^\s*(不考虑|排除|不在考虑)", r"^[-_]backend\s*[=:]\s*['\"]?none\b",
                      # a scheme ruled out or only expected to work: "所以 macvlan 方案用不了", "macvlan 应该没问题"
                      r"^\s*(那种|这种|那类|这类|的)?\s*(方案|模式|插件)?\s*(就|也|都|肯定|根本)?\s*(用不了|不能用|没法用|无法使用|不可用|行不通|走不通|"
                      r"应该(没问题|可以|能用|行))",
                      r"^(\s+[\w-]+)?\s+(should|would) (be fine|work|be ok(ay)?)\b")
_AMBIGUOUS_BEFORE = rx(r"\bpowered by\s*$")
# A numbered host: "calico-01", "flannel_2"; not a version ("cilium-1.14.2").
_HOSTNAME_AFTER = re.compile(r"[-_]\d{1,3}(?![\d.])")
_HOSTNAME_BEFORE = rx(r"\b(host\s*name|node\s*name|named|called)\s*(is|was|:|=)?\s*$", r"主机名\s*(是|为|:|：)?\s*$")
_NAD_TYPE = rx(r"\"type\"\s*:\s*\"$")
# A mode the writer wants to move to: "how can I change Calico from IPIP to BGP?", "we need to run it in
# BGP mode", "想把 calico 从 ipip 改成 bgp". Past tense ("we switched to VXLAN") says what runs now instead.
# the plugin's name may sit between: "switch to Calico eBPF", "切到 Calico eBPF 数据面"
_WANT_TO = rx(r"\b(change|switch|migrate|move|convert|go|turn|transition|upgrade|fall(s|ing)? back|revert)\w*\b"
              r"(?:e\.g\.|i\.e\.|[^.;?!]){0,40}\b(to|into)\s+(the\s+|a\s+)?"
              r"((?-i:[A-Z])[\w-]*\s+)?$",
              r"\b(want|wants|need|needs|would like|plan|planning|trying|try|have|has)\s+to\s+(run|use|enable|deploy|install|set ?up|"
              r"configure|get)\b[^.;?!]{0,40}\b(in|with|to|on|using)\s+(the\s+|a\s+)?$",
              # (not 使用/用: "使用 host-gw 模式" says what runs)
              r"(换成|改为|改成|切换到|切换为|切到|换到|迁移到|改用)\s*([A-Za-z][\w-]*\s*)?(独占|共享|专用|独享)?\s*$")
_WISH = rx(r"\b(how|can (i|we|you|it|they|one)|could (i|we|you|it|they)|should|want|wants|need|needs|would like|plan|planning|trying|try|"
           r"decided|decide|going to|about to|intend|intends|"
           r"possible|best way|is there a way|(provide|add|give|offer) a way|support|supports|would be|"
           # the move weighed as a fix: "Would switching the pool to VXLAN fix it?"
           r"(would|will|could|does|did) (switching|changing|moving|migrating|going|turning))\b",
           r"如何|怎么|怎样|想|希望|打算|考虑|准备|计划|需要|能否|能不能|可以|可否|是否|是要|要不要|该不该|应该|吗|会不会|好不好|行不行",
           # asked of the writer: "领导让把 calico 切到 ebpf", "客户要求换成 Cilium"
           r"(领导|老板|上面|上级|公司|客户|甲方)\s*(让|要求|要|叫)", r"让(我们|我)")
_DONE = rx(r"\b(switched|changed|migrated|moved|converted|went|turned)\b",
           r"\bafter (switching|changing|migrating|moving|converting)\b", r"(换成|改为|改成|切换到|切到|换到|迁移到)了|之后|以后|后(成功|正常|就)")
# Plugins wished for, used elsewhere, or weighed with "or" in one question.
_WISHED = rx(r"\b(would like|'d like|want|wants|plan(ning)?|intend|hope|wish|decided|going)\s+to\s+(use|run|deploy|install|adopt|try|"
             r"switch to|move to|migrate to)\s+(the\s+)?$", r"(想|希望|打算|计划|准备)(要)?\s*(用|使用|换成|改用|部署|上|迁移到|迁到|切到|切换到)\s*$",
             # the move's far end: "want to move off it to Cilium", "plan to migrate from Calico to Cilium"
             r"\b(want|wants|need|needs|plan|planning|would like|'d like|going|intend|hope|decided|trying)\s+to\s+(switch|move|migrate|go|change)\s+"
             r"(over\s+)?(off|away from|from)\s+[^.;!?]{1,30}?\s+to\s+(the\s+)?$",
             # a plugin wished for by name: "Management wants Cilium for Hubble", "领导想要 Cilium"
             r"\b(management|leadership|boss|cto|architects?|security( team)?|they|we|i)\s+(really\s+)?"
             r"(wants?|would like|'d like|asks? for|asked for|insists? on)\s+$",
             r"(领导|老板|架构师|安全部门|公司)\s*(想要|要求用|希望用|想上|要上)\s*$")
# Used on other clusters, not this one: "we like Antrea and already use it on other Kubernetes distros".
_ELSEWHERE = rx(r"\b(use|uses|used|using|run|runs|running)\s+(it|them|this|that)\s+(on|in|with|for)\s+(our\s+)?(other|another|different|"
                r"some other)\s+([\w-]+\s+)?(clusters?|distros?|distributions|environments?|projects?|platforms?)\b",
                # a past experience told as such: "We used Terway on ACK and liked it"
                EXPERIENCE,
                # the other site's or cluster's setup: "我们 IDC 那边一直用 calico ipip", "our other clusters run Calico"
                # (or an older one: "On our old Linux-only cluster we ran Calico with IPIP")
                r"\b(in|on|at|for) (our|the) (other|on[\s-]?prem\w*|datacenter|dc|old|older|previous|former|legacy) ([\w-]+ )?"
                r"(clusters?|side|sites?|environments?|setup)\b",
                r"(IDC|idc|机房|线下|本地|云下|云上|另一个集群|另一套集群|其他集群|别的集群|老集群)\s*(那边|那里|那套|那个集群|那套集群)",
                # what the old site ran: "之前 IDC 用的 calico bgp，同事说照搬就行"
                r"(之前|以前|原来)\s*(在)?\s*(自建\s*)?(IDC|idc|机房|线下|老集群|本地|自建机房)\s*(里|那边)?\s*(用|跑|使用)(的是|的)?",
                # a trial that is over: "之前同事用flannel vxlan搭过测试环境", "we tried flannel in a PoC cluster last year"
                r"(之前|以前|先前|早先|去年)[^。；！？]{0,20}(搭过|试过|测过|跑过|装过)[^。；！？]{0,20}(测试|poc|PoC|POC|demo|实验|验证)",
                r"(之前|以前|先前|早先|去年)[^。；！？]{0,12}(测试|poc|PoC|POC|demo|实验|验证)(环境|集群)[^。；！？]{0,20}(搭过|试过|测过|跑过|装过|用过)",
                # a setup of the past, told as such: "we used the Weave plugin on Swarm back in 2019"
                r"\b(we|i) used\b[^.;!?]{0,60}\b(back in|years ago|in the past|a while ago|long ago)\b", r"\b[\w-]+-era\b",
                # a past job's setup: "a colleague from my last job used Calico", "上家公司用的 Cilium"
                r"\b(previous|last|old|former|prior|earlier) (job|employer|company|workplace|gig|shop|role)\b",
                r"(上家|上一家|前一家|之前的|以前的|原来的)(公司|单位|东家)|老东家|前公司",
                r"\b(tried|trialled|trialed|piloted|played with|experimented with|tested)\b[^.;!?]{0,40}\b(in|on|for|during) (a|an|our|the) "
                r"(\w+ )?(poc|pilot|proof of concept|test (cluster|environment|setup)|lab( cluster)?|sandbox)\b")
# a load balancer's own mode is not the CNI's: "MetalLB(BGP模式)", "kube-vip in BGP mode"
_LB_BEFORE = rx(r"\b(metallb|kube-vip|purelb|openelb|porter|loxilb)\s*[(（:：]?\s*(in\s+)?$")


# A fallback asked for after a yes/no: "能不能装 X？不行的话该选什么", "Can X run here? If not, what should we use?"
FALLBACK = rx(r"\b(if not|otherwise|if no|if it can'?t|if that doesn'?t work|failing that)\b", r"不行的话|不行就|如果不行|否则|要是不行|如果不能|不能的话")
# Isolation wanted, not a symptom: "默认跟别的租户不通", "要求租户之间互相不通"
ISOLATION_WISH = rx(r"默认[^。；！？，,]{0,12}不通", r"(要|需要|要求|必须|应该)[^。；！？，,]{0,8}(互相|彼此|相互)?不通",
                    # "so pods from one namespace cannot talk to another", "I don't want pods of team A to reach team B"
                    r"\b(so( that)?|such that|to (make sure|ensure)|ensur\w+|guarantee\w*)\b[^.;!?]{0,40}\b(cannot|can'?t|won'?t|don'?t|do not|"
                    r"are not able to|aren'?t able to)\s+(talk|reach|communicate|connect|access|see)\b",
                    r"\b(don'?t|do not|doesn'?t|does not) want\b[^.;!?]{0,40}\bto (talk|reach|communicate|connect|access|see)\b",
                    r"\b(must|should|shall)\s*(not|n'?t|never)\s+(be able to\s+)?(talk|reach|communicate|connect)\b")
