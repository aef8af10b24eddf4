"""Which of the plugins a question names it asks about: those in the sentence that asks, not the fallbacks
resigned to, not the base another plugin is chained onto or run with, and not a primary network only weighed as
an addition to the one in use."""

from __future__ import annotations

import re

from assistant.catalog import Catalog
from assistant.reading.names import plugins_in


def asked_plugins(question: str, plugins: list[str], catalog: Catalog) -> list[str]:
    """The plugins named in the question's own sentence ("Calico's docs show a design I like. Can
    kube-router do it?" asks about kube-router), or all named ones when no sentence asks."""
    # a full stop ends a sentence only before a capital or a Chinese character: "e.g. a profile" goes on
    asking = [s for s in re.split(r"(?<=[!?。！？])\s*|(?<=\.)\s+(?=[A-Z\u4e00-\u9fff])", question)
              if s.strip().endswith(("?", "？", "吗", "么"))]
    # a plugin kept for one narrow job is part of the setup, not an option: "用 kube-router 只做 BGP 通告"
    # (not one to be added for it: "能不能再装个 Calico 只做网络策略" weighs adding Calico)
    helpers = set(plugins_in(catalog, " ".join(m.group("names") or m.group("names2") for m in _HELPER.finditer(question)
                                               if not _ADDED_BEFORE.search(question, max(0, m.start() - 12), m.start()))))
    plugins = [p for p in plugins if p not in helpers] or plugins
    if not asking:
        return plugins
    named = plugins_in(catalog, " ".join(asking))
    # "does that mean we're stuck with Calico/flannel? Can Cilium still go on?": the fallbacks resigned to
    # are not what is asked about, while another plugin is
    resigned = set(plugins_in(catalog, " ".join(m.group("names") or m.group("names2") for s in asking for m in _RESIGNED.finditer(s))))
    named = [p for p in named if p not in resigned] or named
    return [p for p in plugins if p in named] or plugins


_HELPER = re.compile(r"(?P<names>\b[A-Za-z][\w-]*)\s*(只做|只负责|只用来|只用于|仅做|仅用于|仅负责)|"
                     r"\b(?P<names2>[A-Za-z][\w-]*)\s+(?:is\s+|runs\s+)?(only|solely|purely) (does|handles|advertises|announces|(used )?for (the )?bgp)\b",
                     re.I)


_ADDED_BEFORE = re.compile(r"(装|加|部署|上)个?\s*$|\b(add|install|deploy|run)\s+$", re.I)


_RESIGNED = re.compile(r"(只能(用|选|装|上|使用)|只好(用|选)|只剩下?)\s*(?P<names>[^，。？！?,;；]{1,40}?)\s*(了|吗|么|？|\?|$)|"
                       r"\b(stuck with|limited to|settle for|(fall|falling) back to|left with|forced (to use|onto))\s+(?P<names2>[^.?!;,]{1,60})",
                       re.I)


# "Can you chain Cilium on top of other plugins such as aws-cni or calico?": the plugins underneath are the
# base the named one joins, not rivals to compare it with.
# So are those one is run with: "any way to run cilium with flannel as a CNI (as cilium runs with kube-router)?"
_UNDERNEATH = re.compile(r"\b(on top of|atop|chain\w*(?: \w+){0,3} (?:with|onto|to|on)|in chaining mode with|"
                         r"(?:run|runs|running|use|using)(?: [\w-]+)? (?:with|alongside|together with|next to|on))\s+(?P<names>[^.?!;()]{1,80})",
                         re.I)


# "through Multus", "通过 Multus": the meta-plugin named as the vehicle of an extra interface, not the thing asked about
_VEHICLE = re.compile(r"(\b(through|via|using|with|over)\s+(the\s+)?|(通过|借助|经由|使用|用)\s*)$", re.I)


def vehicles(question: str, mentions: list[tuple[int, int, str]], catalog: Catalog) -> list[str]:
    """Meta-plugins (no option of theirs is a primary network) named right after a vehicle word."""
    meta = {p.id for p in catalog.plugins if not any(o.props.primary.value for o in p.options)}
    return list(dict.fromkeys(pid for s, _, pid in mentions if pid in meta and _VEHICLE.search(question[max(0, s - 12):s])))


def bases(question: str, plugins: list[str], catalog: Catalog) -> set[str]:
    """Plugins named only as what a primary network is chained onto; empty when that would leave none asked.
    Multus "on top of Calico or Cilium" still asks about those two: an attachment is no pod network of its own."""
    bases: set[str] = set()
    for m in _UNDERNEATH.finditer(question):
        before = plugins_in(catalog, question[:m.start("names")])
        bases |= {p for p in plugins_in(catalog, m.group("names")) if p not in before}
    primaries = {o.plugin for o in catalog.options if o.props.primary.value}
    return bases if any(p not in bases and p in primaries for p in plugins) else set()


# "Do I need flannel or kube-router just to route between the nodes?": plugins weighed as an addition to the one in use.
# "Are we supposed to use another tool like Calico for this NetworkPolicy functionality?" too.
_ADDITION = re.compile(r"\b((do|does|would|will|should|must) (i|we|you|it|one) (really |also |still )?(need|have to|require)|"
                       r"(are|am|is) (we|i|one) (supposed|expected|meant) to)\s+"
                       r"(to )?((use|install|add|run|deploy)\s+)?((another|a|some) (tool|plugin|cni|component) )?(like |such as )?"
                       r"(?P<names>[^.?!;]{1,60}?)\s+"
                       r"(just |also |as well |in addition )?(to|for|on top|beside|alongside)\b|"
                       # "Can we add Calico just for network policy?", "could I layer Cilium on top for Hubble?"
                       r"\b(can|could|may|should) (i|we|you|one) (also |still |just )?(add|install|layer|bolt on|deploy)\s+"
                       r"(?P<added>[^.?!;]{1,40}?)\s+(just |only |purely )?(for|to (do|get|enforce|provide|handle)|on top|beside|alongside|next to)\b"
                       r"(?!\s+(the |our )?(pod network|networking|cni|primary|main))|"
                       # "Does it support NetworkPolicy, or do we need to switch to Calico?": the fallback if the one in use falls short
                       r"\bor (do|would|will|must|should) (i|we|you) (really |still )?(need|have) to (switch|move|migrate|change|go|jump) (over )?to\s+"
                       r"(?P<fallback>[^.?!;,]{1,40})|"
                       # "能不能再装个 Calico 来做网络策略", "可以叠加 Cilium 做可观测吗"
                       r"(再|另外|额外|叠加|加|装)\s*(一)?(个|套)?\s*(?P<added_zh>[A-Za-z][\w -]{1,30}?)\s*(来|用来|专门|只)?\s*(做|实现|提供|管|负责)"
                       r"(?!\s*(cni|CNI|网络插件|主网络|主\s*CNI|容器网络))|"
                       r"还是(说)?(要|得|需要|必须)\s*(换|切|迁移)(成|到)?\s*(?P<fallback_zh>[A-Za-z][\w -]{1,30})", re.I)


def additions(question: str, asked: list[str], current: str | None, catalog: Catalog) -> list[str]:
    """The plugin in use, when every other plugin a question asks about is a primary network
    only weighed as an addition to it (Multus beside Calico is a real addition, and stays asked)."""
    if current is None:
        return asked
    pid = current.split(":")[0]
    others = [p for p in asked if p != pid]
    primaries = {o.plugin for o in catalog.options if o.props.primary.value}
    added = {p for m in _ADDITION.finditer(question) for g in ("names", "added", "fallback", "added_zh", "fallback_zh") if m.group(g)
             for p in plugins_in(catalog, m.group(g)) if p in primaries}
    # "能不能像 Cilium 那样用 Hubble？不想换网络插件": the plugin named as the model to copy, by one who stays, is no candidate
    likened = {p for m in _LIKE.finditer(question) for p in plugins_in(catalog, m.group("names") or m.group("names2"))}
    return [pid] if others and (set(others) <= added or (set(others) <= likened and _STAYING.search(question))) else asked


_LIKE = re.compile(r"(像|跟|和|同)\s*(?P<names>[A-Za-z][\w -]{1,30}?)\s*(那样|一样|似的)|"
                   r"\b(like|as|the way)\s+(?P<names2>[A-Za-z][\w-]{1,20})\s+(does|do|did|can|offers|has)\b", re.I)
_STAYING = re.compile(r"(不想|不打算|不愿意?|不能|没法|不方便)\s*(换|更换|替换|切换|迁移)\s*(网络插件|插件|cni|CNI)?|"
                      r"\b(without|rather not|don'?t want to|do not want to|can'?t|cannot) (switching|changing|replacing|switch|change|replace|"
                      r"migrating|migrate) (the |our )?(cni|network plugin|plugin)\b", re.I)


def moved_to(asked: list[str], current: str | None, moving: bool, moved_from: list[str]) -> list[str]:
    """Whether a move can be made is asked of where it goes: "is it possible to replace the VPC CNI with Calico?" asks
    about Calico, not about the plugin it leaves (the one named after "from", else the one in use)."""
    left = set(moved_from) or {(current or "").split(":")[0]}
    kept = [p for p in asked if p not in left]
    return kept if moving and kept and len(kept) < len(asked) else asked
