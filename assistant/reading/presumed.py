"""Features a question takes for granted in a plugin that has none of them.

"How do I turn on flannel's L7 policy engine?" and "flannel's built-in FQDN egress policy: how do I enable it?"
presume the feature exists in that plugin. When every mode of the plugin documents its absence (and no add-on
provides it), there is nothing to turn on: the question is declined with the documented absence, not answered as a
fault to troubleshoot. "Does flannel support FQDN policy?" presumes nothing and stays a yes/no question.
"""

from __future__ import annotations

import re

from assistant.catalog import Catalog
from assistant.catalog_props import OptionProps
from assistant.models import ReadFact
from assistant.reading.spans import rx
from assistant.text import Text

# Profile feature keys and the option property that says whether the plugin has them.
PROPERTY = {"l7_policy": "l7_policy", "fqdn_policy": "fqdn_policy", "encryption": "encryption",
            "windows_nodes": "windows", "kube_proxy_replacement": "kube_proxy_replacement"}
NAMES = {"l7_policy": Text("L7 (HTTP-aware) policy", "七层(HTTP)策略"), "fqdn_policy": Text("DNS-name (FQDN) egress policy", "域名(FQDN)出口策略"),
         "encryption": Text("encryption of pod traffic", "Pod 流量加密"), "windows_nodes": Text("Windows node support", "Windows 节点支持"),
         "kube_proxy_replacement": Text("kube-proxy replacement", "kube-proxy 替代")}

# asked how to switch it on or set it up, not whether it exists
_HOW_ON = rx(r"\b(how (do|can|should|would|to)( i| we| you| one)?|where (do|can) (i|we))\s+(turn on|switch on|enable|activate|configure|"
             r"set up|setup|use|get)\b", r"\b(turn(ing)? on|switch(ing)? on|enabl(e|ing)|activat(e|ing))\b",
             r"(怎么|如何|怎样)\s*(开启|打开|启用|开|配置|设置|使用|用)", r"(开启|打开|启用)")
# The feature named as the plugin's own, right after its name: "flannel's built-in FQDN policy", "flannel 自带的七层策略".
_WORDS = {"l7_policy": r"l7|layer[\s-]?7|http[\s-]aware|七层|应用层", "fqdn_policy": r"fqdn|dns[\s-]?(name|based)|域名",
          "encryption": r"encrypt\w*|wireguard|ipsec|加密", "windows_nodes": r"windows",
          "kube_proxy_replacement": r"kube-?proxy[\s-]?(replacement|free)|kpr|kube-?proxy\s*替代"}
_GAP = r"(?:(?!(?:lack|absence|missing|no|not|without|limits?|limitations?)\b)[\w-]+\s+){0,2}?"  # not "flannel's lack of L7 policy"
_OWNED = {key: re.compile(rf"^\s*(?:'s|’s|s'|自带的|内置的|的)\s*(?:(?:built-?in|native|own|内置|自带)\s*)?{_GAP}(?:{words})", re.I)
          for key, words in _WORDS.items()}


def _lacks(props: OptionProps, prop: str) -> bool:
    value = getattr(props, prop).value
    return value is False or value == []


def absent_features(question: str, catalog: Catalog, mentions: list[tuple[int, int, str]], facts: list[ReadFact]) -> list[str]:
    """Feature keys the question presumes in a plugin whose every mode documents it does not have them."""
    if len({pid for _, _, pid in mentions}) != 1 or _HOW_ON.search(question) is None:
        return []
    plugin = catalog.plugin(mentions[0][2])
    out = []
    for fact in facts:
        if fact.key not in PROPERTY or fact.value is not True or fact.source != "stated":
            continue
        owned = any(_OWNED[fact.key].match(question[e:e + 60]) for _, e, _ in mentions)
        addon = any(o.props.addons and fact.key in o.props.addons.value for o in plugin.options)
        if owned and not addon and all(_lacks(o.props, PROPERTY[fact.key]) for o in plugin.options):
            out.append(fact.key)
    return out


def having(catalog: Catalog, feature: str) -> list[str]:
    """Names of the maintained plugins at least one of whose modes has the feature."""
    prop = PROPERTY[feature]
    return [p.name for p in catalog.plugins
            if any(not _lacks(o.props, prop) and getattr(o.props, prop).value is not None and o.props.maintained.value for o in p.options)]
