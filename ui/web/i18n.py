"""The web app's own words in English and Chinese, and which of the two a browser asks for.

Answers already come in the question's language from the engine; this is the chrome around them
(headings, labels, table headers, badges, banner). One table instead of Gradio's client-side I18n:
the panels are HTML rendered on the server, and the page's language switch must change both.
"""

from __future__ import annotations

from assistant.text import Lang

LANGS: tuple[Lang, ...] = ("en", "zh")
LANG_NAMES = {"en": "English", "zh": "中文"}

TEXT: dict[str, dict[Lang, str]] = {
    "title": {"en": "## cni-advisor — which CNI plugin for your cluster?",
              "zh": "## cni-advisor — 你的集群该用哪个 CNI 插件？"},
    "chat": {"en": "Chat", "zh": "对话"},
    "question": {"en": "Your question", "zh": "你的问题"},
    "placeholder": {"en": "Describe your cluster: platform, network, what matters…",
                    "zh": "描述你的集群：平台、网络、看重什么……"},
    "ask": {"en": "Ask", "zh": "提问"},
    "clear": {"en": "New conversation", "zh": "新对话"},
    "examples": {"en": "Examples", "zh": "示例"},
    "environment": {"en": "Your environment (overrides the question)", "zh": "你的环境（优先于问题里的描述）"},
    "kernel_placeholder": {"en": "auto, e.g. 5.15", "zh": "自动，例如 5.15"},
    "auto": {"en": "auto", "zh": "自动"},
    "yes": {"en": "yes", "zh": "是"},
    "no": {"en": "no", "zh": "否"},
    "checks": {"en": "### Checks", "zh": "### 检查"},
    "sources": {"en": "### Sources", "zh": "### 来源"},
    "narrow": {"en": "To narrow it down:", "zh": "为了给出更准确的建议："},
    "option": {"en": "Option", "zh": "方案"},
    "verdict": {"en": "Verdict", "zh": "结论"},
    "not_checked": {"en": "not checked", "zh": "未检查"},
    "rejected_folded": {"en": "{n} rejected option(s)", "zh": "已排除的方案（{n} 个）"},
    "no_options": {"en": "No options compared for this question.", "zh": "这个问题没有比较任何方案。"},
    "no_sources": {"en": "No sources yet.", "zh": "暂无来源。"},
    "setting": {"en": "Setting", "zh": "设置"},
    "read": {"en": "Read from the chat", "zh": "从对话中读取"},
    "used": {"en": "Used", "zh": "采用"},
    "index_ready": {"en": "Index ready: {chunks} passages, {mode} store, embedding model {model}, LLM {llm}",
                    "zh": "索引就绪：{chunks} 个段落，{mode} 存储，嵌入模型 {model}，LLM {llm}"},
    "index_unavailable": {"en": "Index unavailable — {reason}", "zh": "索引不可用 — {reason}"},
    "ingest_hint": {"en": "run `cni-advisor ingest` to build the index",
                    "zh": "运行 `cni-advisor ingest` 建立索引"},
    "thanks": {"en": "Thanks, feedback recorded.", "zh": "谢谢，反馈已记录。"},
    "evidence": {"en": "Paste what your nodes print (optional)", "zh": "粘贴节点上命令的输出（可选）"},
    "evidence_placeholder": {"en": "arp -n, ip route, ip -br addr, kubectl get nodes -o wide, uname -r … "
                                   "(`cni-advisor collect` lists them; read as data, never run)",
                             "zh": "arp -n、ip route、ip -br addr、kubectl get nodes -o wide、uname -r 等的输出"
                                   "（`cni-advisor collect` 会列出这些命令；只作为数据读取，不会执行）"},
    "seen": {"en": "seen", "zh": "实测"},
    "observed_head": {"en": "Seen in what you pasted", "zh": "从你粘贴的输出中看到"},
    "kind": {"en": "Question read as: {kind}", "zh": "问题类型：{kind}"},
    "unknown_name": {"en": "Unknown name: {name}", "zh": "未知名称：{name}"},
    "stated": {"en": "question", "zh": "问题"},
    "observed": {"en": "pasted output", "zh": "粘贴的输出"},
    "explicit": {"en": "you set it", "zh": "你的设置"},
    "llm": {"en": "LLM", "zh": "LLM"},
    "conversation": {"en": "earlier turn", "zh": "之前的对话"},
    "assumed": {"en": "assumed", "zh": "推断"},
    "choice": {"en": "which plugin or mode", "zh": "选哪个插件或模式"},
    "feasibility": {"en": "will it work here", "zh": "是否可行"},
    "compare": {"en": "comparison", "zh": "对比"},
    "troubleshoot": {"en": "troubleshooting", "zh": "排障"},
    "concept": {"en": "explanation", "zh": "概念解释"},
    "decline": {"en": "outside the knowledge base", "zh": "超出知识库范围"},
    # Check statuses and verdicts: the badges of the checks matrix.
    "pass": {"en": "pass", "zh": "通过"},
    "warn": {"en": "warn", "zh": "注意"},
    "fail": {"en": "fail", "zh": "不满足"},
    "unknown": {"en": "unknown", "zh": "未知"},
    "recommended": {"en": "recommended", "zh": "推荐"},
    "possible": {"en": "possible", "zh": "可行"},
    "rejected": {"en": "rejected", "zh": "排除"},
}

# The environment panel's fields, in the panel's order.
ENV_FIELDS: dict[str, dict[Lang, str]] = {
    "platform": {"en": "Platform", "zh": "平台"},
    "l2_adjacent": {"en": "Nodes on the same L2", "zh": "节点在同一二层网络"},
    "bgp_fabric": {"en": "BGP-capable routers", "zh": "路由器支持 BGP"},
    "latency_sensitive": {"en": "Latency critical", "zh": "延迟敏感"},
    "network_policy": {"en": "NetworkPolicy needed", "zh": "需要 NetworkPolicy"},
    "encryption": {"en": "Encryption needed", "zh": "需要加密"},
    "windows_nodes": {"en": "Windows nodes", "zh": "Windows 节点"},
    "ipv6": {"en": "IPv6", "zh": "IPv6"},
    "sriov_nics": {"en": "SR-IOV NICs", "zh": "SR-IOV 网卡"},
    "kernel": {"en": "Kernel", "zh": "内核版本"},
}


def supported(code: str | None) -> Lang | None:
    return next((lang for lang in LANGS if lang == code), None)


def lang_or_default(lang: str | None) -> Lang:
    return supported(lang) or "en"


def t(key: str, lang: str | None, **values) -> str:
    text = TEXT[key][lang_or_default(lang)]
    return text.format(**values) if values else text


def field_label(key: str, lang: str | None) -> str:
    return ENV_FIELDS[key][lang_or_default(lang)]


def from_accept_language(header: str | None) -> Lang:
    """The supported language the browser prefers most (RFC 9110 quality values); English otherwise."""
    best: tuple[float, int, Lang] | None = None
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        primary = supported(tag.strip().lower().split("-")[0])
        if primary is None:
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0 and (best is None or (q, -position) > (best[0], best[1])):
            best = (q, -position, primary)
    return best[2] if best else "en"
