"""Running without kube-proxy: wanted or done ("get rid of kube-proxy", "kubeProxyReplacement=strict", "把 kube-proxy 干掉"),
and kept or refused ("must keep kube-proxy", "不能上 kube-proxy replacement", `kubeProxyReplacement: disabled`)."""

from __future__ import annotations

from assistant.reading.spans import Rule
from assistant.reading.spans import rule as _r

PROXY: tuple[Rule, ...] = (
    # also as a prefixed variable: "cilium_kube_proxy_replacement=strict", "KUBE_PROXY_REPLACEMENT=true"
    _r("kube_proxy_replacement", True, r"(?<![a-z0-9])(kube|k)[\s_-]?proxy[\s_-]?(replacement|free|less)\b(?!\W{0,3}(disabled|false|none|partial))",
       r"(?-i:\bKPR\b)(?!\W{0,3}(disabled|false|none|partial))",
       r"(?<!without )(?<!\bnot )\b(replac\w*|without|no|drop|remove|removing|disable|get rid of|turn(ed|ing)? off|switch(ed|ing)? off) "
       r"(the )?kube[\s_-]?proxy\b",
       # kube-proxy in a list of things replaced: "replace Calico, iptables/nftables and kube-proxy by Cilium"
       r"\breplac\w*\b[^.;!?]{0,40}\bkube[\s_-]?proxy\b[^.;!?]{0,4}\b(by|with)\b",
       r"\breplacement (for|of)\b[^.;!?]{0,40}\bkube[\s_-]?proxy\b",  # "Cilium as replacement for Flannel, kube-proxy and MetalLB"
       r"\bkube[\s_-]?proxy\b[^.,;!?]{0,20}\b(replaced|removed|disabled|deleted|gone|not (installed|deployed|running))\b",
       r"\b(skip\w*|disable|disabled|disabling)[\s-](the[\s-])?([\w-]+'s\s+)?(addon/)?kube[\s_-]?proxy\b",
       r"\b(don'?t|do not|not|never) (run|running|use|using|deploy|deploying|install|installing|need|want)\w* kube[\s_-]?proxy\b",
       r"(?<!不能)(?<!无法)(?<!没法)(?<!不可以)(?<!完全)(?<!不打算)(?<!不准备)(?<!不想)(?<!暂不)(?<!不接受)(?<!不允许)(?<!不同意)(?<!受替)(?<!许替)(?<!意替)"
       r"(替代|取代|替换|替掉|换掉|干掉|不要|去掉|不用|不使用|不部署|不安装|关闭|移除|去除|删除|删掉|禁用|无)\s*(掉)?\s*kube[\s_-]?proxy",
       r"kube[\s_-]?proxy\s*(替代|替换)", r"把\s*kube[\s_-]?proxy\s*(去掉|删掉|移除|干掉|替换掉?|关掉|拿掉)",
       r"kube[\s_-]?proxy\s*(也|已经|已|都|一起|一并|同时|顺便)*\s*(被)?\s*(删掉|删除|去掉|移除|干掉|替换掉|关掉|卸掉|卸载)了",
       # the setting's name in a validation error is no choice: "the value 'probe' of kube-proxy-replacement is invalid",
       # "kubeProxyReplacement must be explicitly set to a valid value"
       negatable=False, unless=r"\b(is (invalid|not valid|not a valid)|invalid value|must be (explicitly )?set|unknown value|not supported value)\b"),
    _r("kube_proxy_replacement", False, r"(?<![a-z0-9])kube[\s_-]?proxy[\s_-]?replacement\W{0,3}(disabled|false|none)\b",
       r"(不能|无法|没法|不可以|不可能|不打算|不准备|不想|暂不|暂时不|不接受|不允许|不同意)\s*(完全)?\s*(删除|删掉|去掉|移除|去除|替换|替代|关闭|禁用)(掉)?\s*kube[\s_-]?proxy",
       r"\b(keep|keeping|retain|still (use|run|need)|rely on|depend on)\w* (the )?kube[\s_-]?proxy\b", r"保留\s*kube[\s_-]?proxy",
       r"\b(without|not) (removing|replacing|disabling|dropping|deleting|touching) (the )?kube[\s_-]?proxy\b",
       r"kube[\s_-]?proxy\s*(也|还|仍然?|依然)?\s*(要|需要|得|必须)?\s*(保留|留着)",
       r"\bkube[\s_-]?proxy (has to|must|needs to|should|will) (stay|remain|be kept|keep running)\b",
       # "our security team audits the iptables rules kube-proxy writes and insists kube-proxy stays"
       r"\b(insist\w*|require\w*|demand\w*|want\w*|need\w*)( that)? kube[\s_-]?proxy (stays|remains|is kept|keeps running|stay|remain)\b",
       negatable=False),
    # refused by name, which the wish's own pattern above would read as wanted: "不能上 kube-proxy replacement"
    _r("kube_proxy_replacement", False,
       r"(不能|无法|不可以|不允许|不准|禁止|不要|不想|不打算|不准备|不让)\s*(上|用|开|启用|开启|使用|做)?\s*"
       r"(kube[\s_-]?proxy[\s_-]?(replacement|free|less)|(?-i:KPR)|kpr)",
       r"\b(can'?t|cannot|must not|not allowed to|won'?t|will not|may not) (go |use |run |enable |turn on )?(the )?"
       r"(kube[\s_-]?proxy[\s_-]?(replacement|free|less)|(?-i:KPR))\b", negatable=False, rank=1),
    # kube-router's own switches: `--run-service-proxy=true` is the Service proxy in kube-proxy's place, `firewall` its policy
    _r("kube_proxy_replacement", True, r"\b(run-)?service[\s-]proxy\W{0,4}(=|:|as|set to|to)?\W{0,3}(true|enabled)\b",
       r"\bkube-router\b[^.;!?]{0,40}\bmanag\w+\b[^.;!?]{0,40}\bservice proxy\b", negatable=False),
    _r("kube_proxy_replacement", False, r"\b(run-)?service[\s-]proxy\W{0,4}(=|:|as|set to|to)?\W{0,3}(false|disabled)\b", negatable=False, rank=1),
    _r("network_policy", True, r"\b(run-)?firewall\W{0,4}(=|:|as|set to|to)?\W{0,3}(true|enabled)\b",
       r"\bkube-router\b[^.;!?]{0,80}\b(namespace|network) firewall\b", negatable=False, context=r"\bkube-router\b"),
)
