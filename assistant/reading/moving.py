"""A question that changes the CNI of a running cluster: a move between plugins ("can we move to Cilium without
rebuilding?"), a move still to be chosen ("what should we migrate to?"), and the plugin in use left behind."""

from __future__ import annotations

from assistant.models import ReadFact
from assistant.reading.names import Names
from assistant.reading.spans import rx


def current_of(facts: list[ReadFact]) -> str | None:
    return next((str(f.value) for f in facts if f.key == "current_plugin"), None)


MOVE = rx(r"\b(mov(e|es|ed|ing)|migrat\w*|switch(es|ed|ing)? (over )?(to|from)|swap\w*|replac\w*|transition\w*|"
           r"chang\w* (\w+ )?(over )?(to|from))\b", r"迁移|迁到|切到|改用|切换|换成|换到|替换|改成|改为|(更改|更换)[^。，,？?]{0,15}为")


def moves_plugin(question: str, facts: list[ReadFact], plugins: list[str]) -> bool:
    """The plugin in use and another one named with words of a move ("can we move to Cilium without rebuilding?"), or a move to be chosen."""
    current = current_of(facts)
    others = [p for p in plugins if current is None or p != current.split(":")[0]]
    return current is not None and (bool(others) and MOVE.search(question) is not None or _MOVE_OPEN.search(question) is not None)


def leaving_current(question: str, facts: list[ReadFact], names: Names, asked: list[str]) -> bool:
    """The plugin in use is what the question moves away from: "Cilium 太重了，换什么？", "what should we use instead?".
    Asked about by name, it stays a candidate: "classic Azure CNI is out of IPs: what should we move to?" may keep Azure CNI."""
    current = current_of(facts)
    pid = current.split(":")[0] if current else None
    return pid is not None and (pid in names.refused or _MOVE_AWAY.search(question) is not None
                                or (_MOVE_OPEN.search(question) is not None and pid not in asked))


# a move to be chosen: "换成啥?", "现有 flannel 怎么迁过去", "what should we migrate to?"
_MOVE_OPEN = rx(r"\b(switch|move|migrate|change) (over )?to (what|which)\b",
                r"\b(cni|plugin|one|option)\s+to\s+(migrate|move|switch)\s+to\b", r"\bhow (do|can|should|would) (we|i) migrate\b",
                r"\b(what|which)( (cni|plugin|network plugin|one|option))? (should|do|would|could|can) (we|i) (switch|move|migrate|go) (over )?to\b",
                r"\bwhat (should|do|would|can) (we|i) (use|run|pick) instead\b",
                r"换成(啥|什么|哪个)|换(啥|什么|哪个|哪种)|(怎么|如何)\s*(迁移|迁过去|迁)|迁过去")


# a move to something that does what the one in use does not: "想换一个能用 eBPF 替掉 kube-proxy 的方案"
_MOVE_AWAY = rx(r"\b(switch|move|migrate) (over )?to (something|one|a (cni|plugin|solution)) (that|which)\b",
                # another plugin that works, asked for after errors with this one: "errors about Weave. Which pod network works?"
                r"\bwhich (pod )?(network|cni|network plugin|plugin) (works|would work|will work)\b",
                r"\breplace (it|\w+) with (something|one|a (cni|plugin)) (that|which)\b", r"\blooking for (a |an )?(replacement|alternative)\b",
                # "Weave's repo is archived, so we want off it": the plugin in use left, its successor to be chosen
                r"\b(want|wants|need|needs|have|has|plan|planning|going|trying)( to)? (get |move |migrate )?off (of )?(it|this one|that one)\b",
                r"\bwhatever (replaces|succeeds) it\b",
                # the plugin given up on as a project: "Weave looks dead, so what do we move to?", "weave 已经停更了，换什么"
                r"\b(looks|seems|is|being) (dead|abandoned|unmaintained|archived|end[\s-]of[\s-]life|eol)\b[^.;!?]{0,30}\b(so|and|now)\b[^.;!?]{0,30}"
                r"\b(move|migrate|switch|replace|go)\b",
                r"(停更|不维护了|没人维护|凉了|废弃了|归档了)[^。；！？]{0,20}(换|迁)",
                r"换(一个|个|一种|成一个|成)\s*(能|可以|支持|带|有)[^。；！？]{0,30}(方案|插件|cni|CNI)",
                # the plugin changed, to be chosen ("顺便换 CNI", "switch CNIs"), unless told with both ends ("change the CNI from A to B")
                # or only asked whether it must ("or do we need to replace the CNI?")
                r"(顺便|顺带|趁机|同时|(?<!不)想|(?<![需不])要|(?<!不)打算|(?<!不)准备)\s*(换|更换|替换)(掉)?\s*(个|一个|一下)?\s*(cni|CNI|网络插件)",
                r"(?<!need to )(?<!have to )(?<!must )(?<!whether to )\b(switch|change|swap|replace)\s+(the\s+|our\s+)?(cni|cnis|network plugin)\b"
                r"(?!\s+(config|configuration|setting|mtu|binary|bin))(?![^.;!?]{0,60}\bfrom\b[^.;!?]{0,40}\bto\b)")


# The writer will not change the CNI, whatever is missing: "不想重建 pod 网络/换 CNI（停机窗口批不下来）", "we can't replace the
# CNI on this cluster", "without swapping out flannel". Whatever the plugin in use lacks has to come beside it.
_STAYING = rx(r"\b(don'?t|do not|can'?t|cannot|won'?t|will not|not allowed to|no way to|would rather not|unable to)\s+(want to\s+|afford to\s+|be\s+)?"
              r"(replac\w*|chang\w*|swap\w*|switch\w*|migrat\w*|rebuild\w*|re-?install\w*|touch\w*|rip\w* out)\s+(out\s+)?(the\s+|our\s+|my\s+)?"
              r"(cni|network plugin|pod network(ing)?|networking layer)\b",
              r"\bwithout (replac|chang|swap|switch|migrat|rebuild|re-?install|rip)\w*\s+(out\s+)?(the\s+|our\s+)?(cni|network plugin|pod network(ing)?)\b",
              r"(不想|不能|不愿|不愿意|没法|无法|不打算|不希望|不可能|不允许|不敢)[^。；！？]{0,8}(换|更换|替换|重建|重装|动)\s*(掉)?\s*"
              r"(cni|CNI|网络插件|pod\s*网络|Pod\s*网络|容器网络|网络方案)",
              # "we're sticking w/ flannel (vxlan backend) ..., not switching, dont ask"
              r"\b(we'?re|we are|i'?m|i am|we'?ll|we will|we)\s+(sticking|staying|stick|stay)\s+(w/|with|on)\b",
              r"\b(not|no) (switching|migrating|replacing it|changing (it|cni|the cni))\b",
              # "ideally we wouldn't even touch the data plane"
              r"\b(wouldn'?t|would not|won'?t|don'?t want to|do not want to|can'?t)\s+(even\s+)?touch\s+the\s+(data ?plane|cni|network plugin|pod network)\b",
              r"(坚持|继续)\s*用\s*[A-Za-z][\w-]*[^。；！？]{0,6}(不换|不打算换|不会换)",
              # the object first: "领导的意思是网络插件别换，风险太大"
              r"(cni|网络插件|网络方案|容器网络)\s*(最好|还是)?\s*(是)?\s*(真的?)?\s*(别|不要|不能|不许|不让|不准|不敢)\s*(换|动|改|替换)",
              # "不换网络插件能不能让 NetworkPolicy 生效"
              r"(?<![想要会能])不(换|更换|替换)\s*(cni|CNI|网络插件|插件)")


def staying(question: str, facts: list[ReadFact]) -> bool:
    """A plugin runs and the writer will not change it: what it lacks is added beside it, not by replacing it."""
    return current_of(facts) is not None and _STAYING.search(question) is not None
