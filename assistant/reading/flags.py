"""Yes/no facts stated in words, English and Chinese: needs, address families, hardware; the
topology rules live in `topology`.

Each rule sets one key when its pattern matches. A negatable rule flips its value when a
negation cue sits in the same clause just before or inside the match ("no need for
encryption", "the routers won't peer BGP", "不需要加密"). When a key matches more than once,
the last mention wins: later sentences usually refine earlier ones.
"""

from __future__ import annotations

from assistant.reading.addresses import both_families, node_cidrs, node_subnets, split_sites
from assistant.reading.crypto import CRYPTO
from assistant.reading.density import DENSITY, RESERVED, crowded, outgrown
from assistant.reading.families import A_TOOLS_LIMIT, IPV4_ONLY
from assistant.reading.guards import POD_SECURITY_GROUPS
from assistant.reading.interfaces import INTERFACES
from assistant.reading.ipam import IPAM
from assistant.reading.l7 import L7
from assistant.reading.proxy import PROXY
from assistant.reading.scope import own
from assistant.reading.spans import Hit, Rule, asked_whether_needed, negated, rx, sentence
from assistant.reading.spans import need as _need
from assistant.reading.spans import rule as _r
from assistant.reading.symptoms import POLICY_IGNORED
from assistant.reading.topology import TOPOLOGY

_WEIGHED_PLANES = (r"\b(ebpf|bpf)\b[^.;!?。；！？]{0,50}(和|与|或者?|还是|\bor\b|\bvs\.?|\bversus\b|\band\b)[^.;!?。；！？]{0,40}\biptables\b"
                   r"[^.;!?。；！？]{0,40}(\bwhich\b|\bbetter\b|哪|选|对比|比较)|"
                   r"\biptables\b[^.;!?。；！？]{0,50}(和|与|或者?|还是|\bor\b|\bvs\.?|\bversus\b|\band\b)[^.;!?。；！？]{0,40}\b(ebpf|bpf)\b"
                   r"[^.;!?。；！？]{0,40}(\bwhich\b|\bbetter\b|哪|选|对比|比较)")
RULES: tuple[Rule, ...] = (
    _need("latency_sensitive", r"\blatency\b", r"\blow[\s-]latency\b", r"\breal[\s-]time\b",
          r"\bhigh[\s-](performance|throughput|bandwidth)\b", r"\bperformance[\s-](sensitive|critical)\b",
          r"\b(best|maximum|max|better|good|raw|network|line[\s-]rate) (possible |achievable )?(network )?(performance|throughput)\b", r"\bthroughput\b",
          r"\b(iperf3?|jmeter|netperf|qperf|sockperf)\b", r"\bwrk\b(?![-\w])",
          r"\b(faster|slower) (connection|network|networking|replication)\b",
          r"\b(communicate|talk|replicate|transfer) faster\b", r"\bunderperform\w*\b", r"\bresponse times?\b",
          r"\bjitter\b", r"\btick[\s-]?rate\b", r"抖动",
          r"\b(require|need|want)s? fast\b[^.;!?]{0,15}\b(links?|network(ing)?|connections?|interconnects?)\b",
          # measured as poor: "weave performance slow", "a network bottleneck", like "underperforming"
          r"\b(performance|throughput|bandwidth) (is |was |are )?(very |really |so )?(slow|poor|bad|low)\b",
          r"\b(slow|poor|bad|low) (network |pod |overlay |cross[\s-]node )?(performance|throughput|bandwidth)\b"
          r"(?!\s+(gpus?|cpus?|disks?|storage|machines?|nodes?|instances?|hardware|vms?)\b)", r"\bnetwork bottlenecks?\b",
          r"\bperformance (penalty|hit|drop|degradation|loss|impact|regression)\b", r"\baffects? (the )?performance\b",
          r"低延迟", r"延时", r"延迟", r"时延", r"网络性能", r"高性能", r"吞吐", r"性能(要求|损耗|开销|最好|更好)", r"压测", r"响应时间",
          # a symptom ("pods experience high latency, up to 20s") or a product's selling point ("offering benefits for
          # performance") is not a wish for a fast network
          unless=r"\b(high|huge|increased|unexpected|extra) latency\b|\bexperienc\w+ [^.;!?]{0,15}latency\b|"
                 r"\b(offers?|offering|provides?|providing|brings?|bringing|gives?)\b[^.;!?]{0,30}\b(performance|latency|throughput)\b|"
                 r",\s*(improving|reducing|lowering|boosting)\b[^.;!?]{0,30}\b(performance|latency|throughput)\b|"
                 r"\([^()]{0,40}\b(improves?|reduces?|lowers?|boosts?|better)\s+(\w+\s+)?(performance|latency|throughput)\b[^()]*\)"),
    # latency waved aside: "I don't mind the high latency with communications to the API server", "延迟无所谓"
    _r("latency_sensitive", False, r"\b(don'?t|do not|doesn'?t|does not|wouldn'?t) (really )?(mind|care about)\b[^.;!?]{0,25}\b(latency|performance|speed)\b",
       r"(延迟|延时|时延|性能)[^。；！？，]{0,6}(无所谓|不敏感|不重要|不在乎)",
       # "latency isn't critical", "performance is not a big concern", "not latency-sensitive", "latency doesn't matter much"
       r"\b(latency|performance|speed|throughput)\s+(isn'?t|is not|aren'?t|are not|is no|is hardly)\s+(really |that |very |too |super |particularly )?"
       r"(critical|important|crucial|key|an issue|a (big |major |huge |real )?(concern|issue|priority|problem|deal))\b",
       r"\bnot (very |really |that |particularly )?(latency|performance)[\s-](sensitive|critical)\b",
       r"\b(latency|performance|speed)\s+(doesn'?t|does not|don'?t) (really |much |that much )?matter\b", negatable=False, rank=1),
    # a move made for speed: "I want to use eBPF for the performance benefit", "为了提升性能"
    _r("latency_sensitive", True, r"\bfor (the )?(performance|speed) (benefits?|gains?|reasons?|improvements?)\b", r"为了(提升|提高|更好的)性能",
       r"\b(resolve|solve|fix|address)\w*\s+(some |the |our |these |those )?(network )?performance (issues|problems)\b",
       negatable=False),
    # the cost of encapsulation as something to keep small: "lowest overhead", "avoid encapsulation overhead"
    _r("latency_sensitive", True,
       r"\b(lowest|least|minimal|minimum|low|lower|less|little|reduce|cut|avoid\w*|without( the)?|no extra)\s+(\w+\s+)?overhead\b",
       r"\bnear[\s-]line[\s-]rate\b", r"线速",
       # "pure layer 3 without IPIP encapsulation", "不想封包": the encapsulation itself is what to avoid
       r"\b(without|avoid\w*|no need for) (the )?(ipip |ip-in-ip |vxlan |any )?encap(sulation)?\b(?! (is|was) (needed|required))",
       r"\bavoid\w*\b[^.;!?]{0,30}\bencapsulation\b(?! (is|was) (needed|required))",
       # the price of it: "I'd rather not pay encapsulation for intra-rack traffic"
       r"\b(rather not|not|don'?t want to|do not want to|avoid|without) pay(ing)? (for )?(the |any )?(encapsulation|encap|overlay|tunnel\w*|vxlan|ipip)\b",
       r"\bpure (l3|layer[\s-]?3)\b",
       # "we'd like to avoid any overlay", "no overlay if possible", "overlay-free": the wish, not a network without one
       r"\b(without|avoid\w*|no need for|(don'?t|do not|rather not) (want|need|use|run)) (an? |the |any )?overlays?\b"
       r"(?! (is|was|are) (needed|required|used))",
       r"\boverlay[\s-]free\b",
       r"(不想|不要|不用|避免|尽量不)\s*(封包|封装|overlay)", r"(省掉|省去|去掉)[^。，,]{0,8}(封包|封装)|(不封装|无封装|免封装)的?\s*(效果|性能)",
       r"(封包|封装|overlay)\s*(最好|能|可以|尽量)?\s*(也|都)?\s*(去掉|省掉|省去|拿掉|砍掉)",
       r"(开销|损耗)\s*(最小|最低|尽量小|尽可能小|小一点|更小|低)", r"(最小|最低|更小|更低)的?\s*(开销|损耗)",
       negatable=False),
    # a plugin's switch for it: Terway's "enableNetworkPolicy: true", "--enable-network-policy=false"
    _r("network_policy", True, r"enable[-_]?network[-_]?polic(y|ies)\W{0,4}(true|yes|enabled?)\b",
       # AKS's engine chosen: --network-policy calico, network_policy = "azure"
       r"(--network-policy|\bnetwork_policy|\bnetworkPolicy)\W{0,4}(azure|calico|cilium)\b", negatable=False),
    # a policy applied and not enforced is a policy in use: "k3s does not appear to be honoring a NetworkPolicy", "networkpolicy 根本不生效"
    _r("network_policy", True, *POLICY_IGNORED, negatable=False, rank=1),
    _r("network_policy", False, r"enable[-_]?network[-_]?polic(y|ies)\W{0,4}(false|no|disabled?)\b",
       # an environment field answered with nothing: "Network policy engine: none", "--network-policy none"
       r"\bnetwork[\s_-]?polic(y|ies)([\s_-]?(engine|provider|plugin))?\s*[:=]?\s*(none|n/a|disabled)\b",
       # "No fancy policies needed": policy of any kind refused
       r"\bno (fancy |special |complex |network )?polic(y|ies) (needed|required|necessary)\b", negatable=False, rank=1),
    # k3s's flag switches its own policy controller off; policies applied anyway (through another plugin) outrank it
    _r("network_policy", False, r"--disable-network-policy\b", negatable=False, rank=-1),
    _need("network_policy", r"(?<!--disable-)\bnetwork[\s-]?polic(y|ies)\b", r"\b(cilium|ciliumclusterwide|global)network[\s-]?polic(y|ies)\b",
          r"\bmicro[\s-]?segmentation\b", r"\bnetpol\b",
          r"\b(isolat\w+|firewall\w*) (between|among) (pods|namespaces|tenants)\b", r"\b(pod|namespace|tenant) isolation\b",
          # an isolated subnet or VPC per tenant is a network of its own (tenant_networks), not a policy
          r"\bisolat\w*\b(?!\s+(subnets?|networks?|vpcs?|cidrs?|address))[^.;!?]{0,30}\b(tenants?|namespaces?|pods|workloads)\b",
          r"\b(tenants?|namespaces|teams|workloads)\b[^.;!?]{0,20}\bisolated\b(?!\s+(subnets?|networks?|vpcs?|cidrs?|address))",
          r"网络策略", r"隔离策略", r"微隔离", r"网络隔离", r"(租户|命名空间|namespace)[^，。；！？]{0,6}隔离",
          # what is configured now, not what is needed: "No network policies have been set"
          unless=r"\bno (network ?)?polic(y|ies) (have|has) been (set|defined|applied|created|configured)\b|"
                 r"\bno (network ?)?polic(y|ies) (are|is|were|was) (set|defined|applied|created|configured|in place)\b"),
    # weighed against IPv4 it is the question, not a need: "will it require IPv6, or can I keep using IPv4?"
    _need("ipv6", r"\bipv6\b", r"\bdual[\s-]stack\b", r"双栈", r"\bv6 (cluster|subnets?|network|only|addresses|pods?)\b",
          # nor a status line: calicoctl's "IPv6 BGP status: No IPv6 peers found."
          unless=r"\bipv6\b[^.?!;]{0,40}\bor\b[^.?!;]{0,40}\bipv4\b|\bipv4\b[^.?!;]{0,40}\bor\b[^.?!;]{0,40}\bipv6\b|\bno ipv6 peers found|\bipv6 bgp status|"
                 # a table's column headers: calicoctl's "NAME ASN IPV4 IPV6"
                 r"\bipv4\s+ipv6\s*$|\bipv4\s+ipv6\s*\n"),
    # a symptom with IPv6 addresses is no refusal of them: "--iface-can-reach does not seem to be working with IPv6 addresses"
    _r("ipv6", True, r"\b(not|n'?t) (seem to )?(be )?work\w* (with|for|on|over) ipv6\b", negatable=False, rank=1),
    # "no IPv4 address present in an IPv6 kubernetes cluster": the negation is IPv4's
    _r("ipv6", True, r"(?<!\bno )(?<!\bnot )(?<!\bnon-)(?<!\bwithout )\b(an |our |the )?ipv6([\s-]only)? (kubernetes |k8s )?cluster\b", negatable=False,
       unless=r"\b(not|n't|never)\s+(run|use|have|running|using|need|want|build|building)\b", rank=1),
    # IPv6 alone is IPv6 wanted, whatever is refused beside it: "纯 IPv6 集群（IPv6-only，不要双栈）"
    _r("ipv6", True, r"(?<!不是)(?<!不是 )(?<!\bnot )(?<!\bnot an )(?<!n't )(?<!\bno )(?<!\brather than )(?<!\binstead of )\bipv6[\s-]only\b",
       r"(?<!不是)(纯|仅|只用|只要)\s*ipv6", negatable=False, rank=1),
    # switched on in a config: "cilium_enable_ipv6: true", "ipv6.enabled=true"
    _r("ipv6", True, r"enable[-_]?ipv6\W{0,4}true\b", r"\bipv6[._-]?enabled?\W{0,4}true\b", negatable=False, rank=1),
    _r("dual_stack", True, r"enable[-_]?ipv4\W{0,4}true\b[^!?。\n]{0,80}enable[-_]?ipv6\W{0,4}true\b",
       r"enable[-_]?ipv6\W{0,4}true\b[^!?。\n]{0,80}enable[-_]?ipv4\W{0,4}true\b", negatable=False, rank=1),
    _r("ipv6", False, *IPV4_ONLY, negatable=False, unless=A_TOOLS_LIMIT),
    # switched off in settings: "ipv6: false", "enable_ipv6 = false", "enableIPv6: disabled"
    _r("ipv6", False, r"\b(enable[-_]?)?ipv6\s*[:=]\s*\"?(false|no|disabled?|off)\b", r"\bipv6\.disable\s*=\s*1\b",
       r"\b(disabled?|disabling|turned off|switched off)\s+(the\s+)?ipv6\b", r"\bipv6\s+(is\s+|was\s+)?(disabled|turned off|switched off)\b",
       r"(禁用|关闭|关掉)了?\s*ipv6|ipv6\s*(已经?|被)?(禁用|关闭|关掉)", negatable=False, rank=2),
    # switched on in a plugin's settings: "enableIPv6=true", "ipv6: enabled: true", "--enable-ipv6"
    _r("ipv6", True, r"\benable[-_]?ipv6\s*[:=]\s*\"?true\b", r"\bipv6\s*:\s*\{?\s*enabled\s*:\s*true\b", r"--enable-ipv6(=true)?\b",
       negatable=False, rank=1),
    _need("dual_stack", r"\bdual[\s-]?stack\b", r"\bipv6dualstack\b", r"双栈", r"\bipv4 and ipv6\b", r"\bipv6 and ipv4\b",
          # "every pod needs both an IPv4 and an IPv6 address"
          r"\bboth (an? )?ipv4\b[^.;]{0,15}\band (an? )?ipv6\b", r"\bboth (an? )?ipv6\b[^.;]{0,15}\band (an? )?ipv4\b", r"\bipv4\s*/\s*ipv6\b",
          r"ipv4\s*(和|与|/)\s*ipv6"),
    # "真双栈, 不是 IPv6-only", "dual-stack, not IPv6-only": the family refused is not the one wanted
    _r("dual_stack", False, r"(?<!不是)(?<!不是 )(?<!\bnot )(?<!\bnot an )(?<!n't )(?<!\bno )(?<!\brather than )(?<!\binstead of )\bipv6[\s-]only\b",
       r"\bonly ipv6\b", r"\b(pure|pure[\s-]play|native|single) ipv6\b",
       r"\bipv4_stack\s*[:=]\s*false\b", r"(纯|仅|只用|只要)\s*ipv6",
       # IPv6 with IPv4 switched off: "an IPv6 cluster (with IPv4 disabled)", "assign_ipv4": "false"
       r"\bipv4 (is |was )?(disabled|turned off|switched off)\b", r"\bassign_ipv4\W{0,4}false\b", *IPV4_ONLY,
       r"\bipv6 (pod )?(addresses|ips|addressing) only\b", r"\b(single[\s-]stack ipv6|ipv6 single[\s-]stack)\b", r"ipv6\s*单栈|单栈\s*ipv6",
       negatable=False, unless=A_TOOLS_LIMIT),
    # Pods or Services reaching across clusters: "multi-cluster", "cluster mesh", "call Services in the other cluster"
    _need("multi_cluster", r"\bmulti[\s-]?clusters?\b(?![\s-]+(management|manager|dashboard|gitops|deploy\w*|argo\w*|monitoring))",
          r"\bcluster[\s-]?mesh\b", r"\bcross[\s-]cluster\b",
          r"\b(across|between|spanning) (the |our |both |two |multiple |several |\d )?((different|separate) clusters?|clusters)\b",
          r"\b(global|multi[\s-]cluster) services?\b", r"\bovn[\s-]ic\b", r"\bservice(export|import)s?\b", r"\bsubmariner\b",
          r"\b(in|of|to) (the other|another|a different|a remote) cluster\b", r"多集群(?!管理)", r"\bpods? (on|in) (different|other|separate) clusters\b",
          r"跨集群", r"(两|多|几|各|不同的?)(个|套)?[^，。；！？]{0,8}集群\s*之?间|集群[和与跟][^，。；！？]{0,9}集群\s*之?间",
          # "connect two cluster k3s", Submariner's CLI
          r"\bconnect\w* (the |our |my )?(two|2|both|three|multiple|several) (\w+ )?clusters?\b", r"\bsubctl\b",
          # "A 集群的 pod 能直接调 B 集群的 Service"
          r"(调|访问|调用|连|请求)\s*[^。；！？，,]{0,6}?(另一个|另一套|对端|对面|其他|别的|[A-Za-z0-9])\s*(个|套)?\s*集群\s*(的|里的?|中的?|内的?)\s*(service|svc|服务|pod)"),
    # several clusters whose pods or Services must reach each other: "two clusters ... pods in FRA call Services in AMS"
    _need("multi_cluster", r"\b(two|2|three|3|several|multiple|many) ([\w-]+ ){0,2}clusters\b", r"\bcluster [a-z0-9]\b[^.;!?]{0,40}\bcluster [a-z0-9]\b",
          r"(多|两|几)(个|套)?\s*(k8s|kubernetes)?\s*集群", r"各(有)?\s*一\s*(套|个)\s*(k8s|kubernetes|集群)",
          context=r"\b(fail[\s-]?over|failing over)\b|\bcall\w*\s+(some |the |each other'?s? |one another'?s? )?services?\b|"
                  r"\b(reach|talk to|talk with|communicate with|connect to) "
                  r"(each other|pods|services)\b|互联|互通|互访|访问对方|故障转移|互相调用|相互调用|互调"),
    # IP multicast between pods: "multicast", "IGMP", "组播/多播"; not an interface's flags ("<BROADCAST,MULTICAST,UP>"),
    # "allmulticast" (a tuning flag) or a multicast DNS responder
    # "multicast isn't functional in kube-router" is a symptom, not a refusal: only the need is read
    _r("multicast", True, r"(?<![,<])\bmulticast\b(?![,>])(?![\s-]*dns)", r"\bigmp\b", r"组播|多播", negatable=False),
    # SCTP between pods or to Services: telco signalling (5G N2 carries NGAP over SCTP, LTE's S1AP); "We DON'T have SCTP connectivity" is a symptom
    _r("sctp", False, r"\b(don'?t|do not|doesn'?t|does not|won'?t) (need|use|run|carry|speak)\s+(any\s+)?sctp\b",
       r"\bno sctp\b(?! (connectivity|traffic|association))", r"(不需要|不用|不跑|没有用到?)\s*sctp", negatable=False, rank=1),
    _r("sctp", True, r"\bsctp\b", r"(?<=_)sctp(?=_)", r"\b(ngap|s1ap|s1-mme|x2ap)\b", r"\bn2 (interface|signall?ing|traffic)\b",
       negatable=False),  # (?<=_): an app's SCTP socket in its log, "ogs_sctp_socket: Assertion failed"
    *INTERFACES,
    # Nodes that only meet over public addresses: no private link between them, so their traffic crosses networks
    # nobody vouches for. "No public IPs" or "no internet access" says the opposite and matches none of these.
    _r("untrusted_network", True,
       r"(?<!\bfor nodes )(?<!\bfor clusters )\b(no|without|lacks?|lacking)\b (\w+ ){0,2}(private|internal|dedicated|direct) "
       r"(network(ing)?|interconnect|links?|connectivity|lan|peering|connections?|lines?|circuits?)\b",
       r"\b(only|just) (have |has |got )?(an? |their |one )?public (ips?|addresses|ip addresses|ipv4s?|endpoints)\b",
       r"\bpublic[\s-]ips?[\s-]only\b", r"\b(over|across|via|through) (the )?(open|plain|bare) internet\b",
       # "we want to set up the k8s network on public IPs"
       r"\b(network(ing)?|traffic|cluster|overlay|tunnels?)\b[^.;!?]{0,15}\b(on|over|via|through) (the |their |our )?public (ips?|addresses)\b",
       r"(没有|无|缺少)\s*(任何)?\s*((内网|私网)\s*(互通|互联|连接|连通|通信|链路|打通|网络|ip|IP|地址)|专线)",
       r"内网\s*(不通|不互通|无法互通|互不相通|不能互通)", r"(只有|仅有|只能用|只能通过|只能走|只能)\s*公网",
       r"跨\s*(公网|互联网)", r"(通过|走|经过|跨)\s*(互联网|因特网)", negatable=False),
    # A wish for simplicity, not any "simple" ("a simple NetworkPolicy", "simple to enable").
    _need("simplicity", r"\bkeep (it|things|everything) (simple|easy|light)\b", r"\bsimplest\b", r"\bsimpler\b",
          r"\bleast (effort|work|hassle|maintenance|ops|babysitting|upkeep|care|tinkering|fiddling)\b", r"\b(fewest|least|fewer|as few) (\w+ )?moving parts\b",
          r"\b(something|a cni|a plugin|one|an option) (that is |that's )?(simple|easy|light\w*)\b",
          r"\b(want|need|prefer|looking for|would like)\b[^.;!?]{0,25}\b(simple|easy|light\w*|minimal)\b",
          r"\beas(y|ier|iest) to (manage|operate|maintain|run|understand|debug)\b", r"\btoo (complex|complicated)\b",
          r"\b(overkill|over-engineered)\b", r"\bminimal (ops|operations|maintenance|setup)\b",
          r"\blow[\s-]maintenance\b|\bno[\s-]frills\b|\b(maintained|run|looked after|managed) by (one|a single|a|our) part[\s-]time\b", r"最简单",
          r"简单(点|些|一点)?的\s*(网络)?\s*(插件|cni|CNI|方案)", r"(简单|轻量|易用|容易)(一点|一些|些|的方案|的插件|为主|优先|就好|就行)",
          r"(希望|想要|需要|要求|最好)[^，。；！？]{0,8}(简单|轻量|易用|容易维护)", r"太复杂", r"(?<![不没])(要|得)\s*(简单|轻量)",
          r"(别|不要|不能|不想)\s*太?\s*(吃|占|耗)\s*(内存|资源|cpu|CPU)", r"少运维", r"省事", r"省心", r"最?省\s*(资源|内存|cpu|CPU)",
          r"\b(small|low|light|tiny|minimal)\b[^.;!?]{0,8}\b(memory|resource|ram)\s+(footprint|usage|use)\b",
          r"\bjust want (it|this|things) to work\b",
          r"(更|比较)?轻量(的|点|一点|一些)?\s*(网络)?\s*(插件|cni|CNI|方案)",
          r"\b(for learning|learning purposes|to learn (kubernetes|k8s)|to play (around )?with|just for fun)\b",
          r"\b(lighter|lightweight|light-weight)\b[^.;!?]{0,15}\b(pod network|cni|plugin|network(ing)?|option)\b|\btoo heavy\b",
          r"运维[^，。；]{0,6}(简单|成本|压力|人手)|越(简单|轻|省|少)[^。；！？，,]{0,8}越好|(资源|内存)\s*(占用|消耗|开销)\s*(要|得|尽量)?\s*(小|少|低)|(只有|就)\s*(一个|一名|1\s*个)\s*(兼职)?\s*(运维|网管|it)|玩玩|练手|学习用|学着玩"),
    # the resource a wish spares, told with its "not": "I just want it to work and not eat half my RAM"
    _r("simplicity", True, r"\b(eat|eats|eating|hog|hogs|hogging) (up )?(half|all|most|much|a lot) (of )?(my |the )?(ram|memory)\b", negatable=False,
       need=True),
    # Security teams forbid cluster components to call the cloud's API: plugins that attach ENIs cannot run.
    _r("cloud_api", False,
       r"\b(not allowed|no permission|not permitted|forbidden|forbids?|prohibits?|bans?|may not|must not|cannot|can'?t|aren'?t allowed|isn'?t allowed|"
       r"(does not|doesn'?t|do not|don'?t|won'?t|will not) (allow|permit|let))\b"
       r"[^.;!?]{0,60}\b(call|use|access|invok)\w*\b[^.;!?]{0,25}\b(api|apis|openapi)\b",
       r"\bno (iam|ram) (permissions?|roles?|policy)\b", r"\bwithout (iam|ram|cloud[\s-]api) (permissions?|access)\b",
       r"(不允许|禁止|不能|无权)[^。；！？]{0,30}(调用|访问|使用)[^。；！？]{0,15}(OpenAPI|openapi|API|api|接口)",
       r"没有\s*(RAM|IAM|ram|iam)\s*(权限|授权)",
       # "we don't want the CNI calling the EC2 API or needing its own IAM role"
       r"\b(don'?t|do not|doesn'?t|won'?t) want\b[^.;!?]{0,30}\b(call|calling|use|using|access|accessing|hitting)\b[^.;!?]{0,15}\bapis?\b",
       r"\b(don'?t|do not) want\b[^.;!?]{0,50}\b(needing|requiring|with) (its |an? )?(own )?(iam|ram) roles?\b", negatable=False),
    # A wish: "we want an eBPF data plane"; "We switched Calico to eBPF and it broke" describes what runs, no requirement to keep it.
    # Put off or banned: "先不要上 eBPF", "not ready for eBPF yet", "the CISO forbids loading custom eBPF programs".
    _r("ebpf_dataplane", False, r"(先|暂时|暂|还)?\s*(不要|不想|不用|不上|不考虑|别)\s*(上|用|使用|采用|开|启用)?\s*ebpf",
       r"\bnot ready for ebpf\b", r"\b(don'?t|do not) (want|need) (an? )?ebpf\b", r"(禁止|不允许|不准|严禁)[^。；！？，,]{0,16}ebpf",
       r"\b(forbids?|forbidden|bans?|banned|prohibits?|prohibited|disallows?)\s+(loading\s+|running\s+|the use of\s+)?(custom\s+|any\s+)?ebpf\b",
       r"\bebpf\b[^.;!?]{0,20}\b(is|are) (forbidden|banned|prohibited|not allowed|not permitted|off the table)\b", negatable=False),
    _need("ebpf_dataplane", r"\b(want|wants|need|needs|prefer|require|looking for|interested in|considering|would like|plan to use|"
          r"like to use)\b[^.;!?,]{0,40}\bebpf\b", r"\bebpf\b[^.;!?]{0,25}\b(is a must|is required|requirement)\b",
          r"\b(handled|done|implemented|enforced) (in|via|through|by) ebpf\b",
          r"\bebpf (instead of|rather than|over) iptables\b", r"(想|希望|需要|要求|打算|考虑)[^。；！？]{0,10}(用|使用|采用)?\s*ebpf",
          r"(要|想|打算|准备)\s*上\s*ebpf",
          r"\bebpf[\s-]*(based\s+)?(data[\s-]?plane|datapath|networking|cni|mode)\b", r"\b(use|using|enable|try|adopt)\s+(an?\s+)?ebpf\b",
          r"ebpf\s*(的)?\s*(数据面|数据平面|网络|模式)", r"\b(in|via|through) ebpf\b", r"(用|使用|采用|基于)\s*ebpf",
          r"(转发|数据面|数据平面)\s*(完全|全部|都|也|最好|希望|要|得)?\s*(走|跑在|是|用)\s*ebpf",
          # switched on: Calico's "bpfEnabled: true", "linuxDataplane: BPF"
          r"\bbpf[-_]?enabled\W{0,4}true\b", r"\blinux[-_]?dataplane\W{0,4}bpf\b",
          # weighed, not wanted: "Calico's eBPF data plane or the iptables one, which?", "eBPF 和 iptables 数据面选哪个"
          unless=_WEIGHED_PLANES),
)


_TOPOLOGY_IDS = frozenset(id(r) for r in TOPOLOGY)  # facts about the network, which a wish cannot negate
# A layout the move or the re-cabling ended: "Before the move all 18 nodes were on one VLAN", "原来都在一个网段"
_FORMER = rx(r"\b(before|until|prior to) (the |our |last (week|weekend|month)'?s? )?(dc |datacenter |data center |network )?"
             r"(move|migration|re-?rack\w*|re-?cabl\w*|re-?ip\w*|change|split|cutover)\b",
             r"\bused to (be|sit|live)\b", r"\b(previously|formerly|originally)\b", r"(迁移|搬迁|调整|改造|割接|搬家)(之)?前",
             r"(原来|以前|之前|当时|当初)\s*(都|全部|所有节点)?\s*(在|是)",
             # "(we turned IPIP off two years ago when everything was in one VLAN)"
             r"\bwhen (everything|all (of )?(the |our )?(nodes|servers|machines|workers|vms)|all of them|it all|we) (was|were) (still )?(in|on)\b",
             r"\b(two|three|four|five|several|a few|\d+) (years?|months?) ago\b")
_WISH_NEGATION = rx(r"\b(don'?t|do not|doesn'?t|does not|never) (really )?(want|wish|like)\b", r"\b(would rather not|prefer not)\b",
                    r"不想|不希望|不愿意?")


def _former(text: str, left: int, start: int, end: int) -> bool:
    """A former-layout cue in the match's clause, not one a "; now ..." has left behind."""
    cues = list(_FORMER.finditer(text, left, end))
    return bool(cues) and not _NOW.search(text, cues[-1].end(), start)


_NOW = rx(r"[;；]", r"\bnow\b", r"现在|目前|如今")


def read_flags(text: str) -> list[Hit]:
    """Every yes/no fact the text states about the writer's cluster, with its span; negated
    mentions flip the value."""
    text = own(text)
    hits: list[Hit] = []
    for r in (*TOPOLOGY, *RULES, *PROXY, *DENSITY, *RESERVED, *L7, *IPAM, *CRYPTO, *POD_SECURITY_GROUPS):
        for m in r.pattern.finditer(text):
            left, right = sentence(text, m.start(), m.end())
            if (r.context is not None and not r.context.search(text)) or (r.absent is not None and r.absent.search(text)):
                continue
            if r.unless is not None and r.unless.search(text, left, right):
                continue
            if id(r) in _TOPOLOGY_IDS and _former(text, left, m.start(), m.end()):
                continue
            if r.need and asked_whether_needed(text, m.start(), m.end(), left, right):
                continue
            value = r.value
            if r.negatable and negated(text, m.start(), m.end(), need=r.need):
                # "I don't want pod traffic going over the internet in plaintext": a wish says nothing of the network
                if id(r) in _TOPOLOGY_IDS and _WISH_NEGATION.search(text, max(left, m.start() - 40), m.start()):
                    continue
                value = not value
            hits.append(Hit(r.key, value, m.start(), m.end(), m.group(0), r.rank))
    hits += node_subnets(text) + node_cidrs(text) + split_sites(text) + outgrown(text) + crowded(text)
    if not any(h.key in ("dual_stack", "ipv6") and h.value is False for h in hits):
        hits += both_families(text)
    # Dual-stack wanted is IPv6 wanted: "no IPv6 CIDR configured" beside it is a log line, not a refusal.
    if any(h.key == "dual_stack" and h.value for h in hits):
        hits = [h for h in hits if not (h.key == "ipv6" and h.value is False)]
    # IPv4 only, however it is said, is a single stack.
    if not any(h.key == "dual_stack" for h in hits):
        hits += [Hit("dual_stack", False, h.start, h.end, h.text) for h in hits if h.key == "ipv6" and h.value is False][-1:]
    # Addresses the network cannot give pods are addresses running short.
    if not any(h.key == "pod_density" for h in hits):
        hits += [Hit("pod_density", True, h.start, h.end, h.text) for h in hits if h.key == "network_ips_reserved" and h.value][:1]
    return hits
