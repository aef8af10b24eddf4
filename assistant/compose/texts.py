"""Every sentence frame the grounded answers use, in English and Chinese."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.text import Text

TOP = Text("**Recommended: {name}**{cites}", "**推荐:{name}**{cites}")
BEST = Text("**Best fit: {name}** ({verdict}){cites}", "**最合适:{name}**({verdict}){cites}")
NONE_FITS = Text("None of the options fits every requirement; the closest is **{name}**{cites}",
                 "没有选项能满足全部要求;最接近的是 **{name}**{cites}")
WHY = Text("Why:", "理由:")
WATCH = Text("Watch out:", "注意:")
ALSO = Text("Also worth considering: {names}.", "也可以考虑:{names}。")
REJECTED = Text("Not recommended:", "不推荐:")
IF = Text("{condition}: {advice}{cites}", "{condition}:{advice}{cites}")
DEPENDS = Text("It depends on a fact I don't know yet:", "取决于一个尚不清楚的条件:")
ASSUME = Text("Assumed: {a}", "假设:{a}")
NONE_FOUND = Text("The knowledge base has no passage that answers this directly; see the sources below.",
                  "知识库中没有直接回答这个问题的段落;请参考下面的来源。")
OUT_OF_SCOPE = Text(
    "I can only answer questions about Kubernetes pod networking: choosing a CNI plugin (flannel, Calico, Cilium, "
    "Weave Net, AWS VPC CNI, Aliyun Terway, SR-IOV, ...), their modes, and how CNI works. My knowledge base has "
    "nothing on this question.",
    "我只能回答 Kubernetes Pod 网络相关的问题:CNI 插件的选择(flannel、Calico、Cilium、Weave Net、AWS VPC CNI、"
    "阿里云 Terway、SR-IOV 等)、它们的模式,以及 CNI 的工作原理。知识库中没有关于这个问题的内容。")
UNKNOWN = Text(
    "**Unknown: {names}.** None of the indexed documentation mentions {it}, so I cannot say anything about {it}: "
    "as far as this knowledge base knows, there is no such CNI plugin, mode or feature.",
    "**未知名称:{names}。** 知识库的文档中没有提到{it},所以无法回答:就知识库所知,不存在这样的 CNI 插件、模式或功能。")
ABSENT = Text(
    "**{plugin} does not support {feature}.** No such feature is documented for any of its modes, so there is nothing "
    "to turn on or configure. {cites}",
    "**{plugin} 不支持{feature}。** 它的任何模式都没有这项功能的文档，所以无从开启或配置。{cites}")
HAVING = Text("Plugins that document {feature}: {names}.", "有文档记载{feature}的插件：{names}。")
CLOSEST = Text("Closest known names: {names}.", "最接近的已知名称:{names}。")
KNOWN_MODES = Text("Documented modes of {plugin}: {modes}.", "{plugin} 有文档记载的模式:{modes}。")
VERDICT = {"recommended": Text("recommended", "推荐"), "possible": Text("possible", "可行"),
           "rejected": Text("rejected", "不推荐")}
STATUS = {"pass": Text("pass", "通过"), "warn": Text("warn", "注意"), "fail": Text("fail", "不满足"),
          "unknown": Text("unknown", "未知")}

# Feasibility, comparison, troubleshooting.
YES = Text("**Yes: {name} works here.**{cites}", "**可以:{name} 在这个环境下可行。**{cites}")
YES_BUT = Text("**Yes, with a caveat: {name} works here.**{cites}", "**可以,但要注意:{name} 在这个环境下可行。**{cites}")
NO = Text("**No: {name} does not fit here.**{cites}", "**不行:{name} 不适合这个环境。**{cites}")
DEPENDS_ON = Text("**It depends on {facts}.** {name} works only if that holds.{cites}",
                  "**取决于{facts}。** 只有满足这一点,{name} 才可行。{cites}")
DECIDED_BY = Text("Deciding check, {check}: {detail}{cites}", "决定性检查({check}):{detail}{cites}")
INSTEAD = Text("Instead: {names}.", "可以改用:{names}。")
COMPARE_HEAD = Text("**{a} vs {b}**, check by check for this environment:", "**{a} 与 {b} 对比**(按本环境逐项检查):")
COMPARE_ROW = Text("- {check}: {a} {sa}; {b} {sb}", "- {check}:{a} {sa};{b} {sb}")
COMPARE_SAME = Text("Both pass: {checks}.", "两者都满足:{checks}。")
COMPARE_WINNER = Text("For this environment **{name}** fits better{cites}.", "在这个环境下 **{name}** 更合适{cites}。")
COMPARE_CURRENT = Text("What you run now is ruled out here: {detail}{cites}", "当前使用的插件在这里不可行:{detail}{cites}")
COMPARE_NEITHER = Text("Neither works here:", "两者在这里都不可行:")
COMPARE_TIE = Text("Neither is ruled out here; the difference lies in the checks above.", "两者在这里都可行;区别见上面的检查项。")
BACKGROUND = Text("What the documentation says:", "文档中的相关内容:")
CAUSES = Text("Likely causes, from what you describe:", "根据你的描述,可能的原因:")
CAUSES_IF = Text("It also depends on the mode {plugin} runs in, which the question does not say:",
                 "还取决于 {plugin} 所用的模式(问题中没有说明):")
CAUSE = Text("- {name}, {check}: {detail}{cites}", "- {name},{check}:{detail}{cites}")
NO_CAUSE = Text("No check that could cause this symptom fails for {name} with what you describe; the documentation on this symptom:",
                "按你描述的环境,{name} 没有可能导致这个现象的不满足项;关于这个现象的文档:")
OPEN_HEAD = Text("What our sources leave open, and may be the cause:", "资料中没有说明、可能就是原因的一点:")
UNSAID_HEAD = Text("What your description leaves open, and the likely cause:", "你的描述没有说明、很可能就是原因的一点:")
DOCUMENTED = Text("Documented for it: {names}.", "文档明确支持的方案:{names}。")
SWITCH = Text("What works here instead: **{name}**{cites}.", "这个环境下可行的做法:**{name}**{cites}。")
KEEP = Text("Within {plugin}, **{name}** works here{cites}.", "在 {plugin} 内,**{name}** 在这里可行{cites}。")


def cites(numbers: Iterable[int]) -> str:
    return "".join(f" [{n}]" for n in sorted(set(numbers)))


def join_names(names: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else "; ").join(names)
