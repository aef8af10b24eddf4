"""The CNI plugin already installed, and its mode where the interfaces or routes show it."""

from __future__ import annotations

from assistant.observe.cni import META, interface_plugin, plugin_id
from assistant.observe.findings import Findings
from assistant.observe.oui import is_underlay
from assistant.observe.records import Parsed, Sign


def _interface_signs(parsed: Parsed) -> list[Sign]:
    seen: dict[str, Sign] = {}
    named = [(i.name, i.lines[0]) for i in parsed.ifaces]
    named += [(r.dev, r.line) for r in parsed.routes if r.dev]
    named += [(n.iface, n.line) for n in parsed.neighbours if n.iface]
    for name, line in named:
        bare = name.split("@")[0]
        found = interface_plugin(bare)
        if found and bare not in seen:
            plugin, mode, strong = found
            seen[bare] = Sign(plugin, mode, strong, line, f"interface {bare}")
    return list(seen.values())


def _calico_mode(parsed: Parsed, signs: list[Sign]) -> str | None:
    """Calico's mode from its devices and BIRD's routes: pod routes through a tunnel and, in cross-subnet mode,
    straight over the underlay to nodes of the same subnet."""
    ipip = any(s.what == "interface tunl0" for s in signs)
    vxlan = any(s.mode == "vxlan" and s.plugin == "calico" for s in signs)
    underlay = any(r.proto in ("bird", "80") and r.via and r.dev and is_underlay(r.dev) and r.dst.prefixlen > 0
                   for r in parsed.routes)
    if ipip and vxlan:
        return None
    if ipip or vxlan:
        mode = "ipip" if ipip else "vxlan"
        return f"{mode}-crosssubnet" if underlay else mode
    return "bgp" if underlay else None


def derive(parsed: Parsed, findings: Findings) -> None:
    signs = [s for s in parsed.signs + _interface_signs(parsed) if s.plugin not in META]
    plugins = {s.plugin for s in signs if s.strong}
    if not plugins:
        plugins = {s.plugin for s in signs if s.plugin != "calico"}  # a lone tunl0 is the ipip module, not Calico
    if "flannel" in plugins and "calico" in plugins:
        calico_proof = [s for s in signs if s.plugin == "calico" and not s.what.startswith("interface cali")]
        if not calico_proof or any(s.what.startswith("pod canal") or s.what.startswith("DaemonSet canal") for s in parsed.signs):
            plugins.discard("calico")  # Calico's veths beside flannel's VXLAN device: Canal
            findings.notice("Calico veths (cali*) beside flannel's devices look like Canal: flannel carries the pod network.",
                            "flannel 设备旁有 Calico 的 veth（cali*），看起来是 Canal：Pod 网络由 flannel 承载。")
    if len(plugins) > 1:
        shown = "; ".join(f"{p} ({next(s.what for s in signs if s.plugin == p)})" for p in sorted(plugins))
        findings.conflict(f"The outputs show more than one CNI plugin: {shown}; no current plugin is taken",
                          f"输出中出现了多个 CNI 插件：{shown}；不采用当前插件")
        return
    if not plugins:
        return
    plugin = plugins.pop()
    used = [s for s in signs if s.plugin == plugin and (s.strong or plugin != "calico" or s.what == "interface tunl0")]
    if plugin == "calico":
        mode = _calico_mode(parsed, used)
    else:
        modes = {s.mode for s in used if s.mode}
        mode = modes.pop() if len(modes) == 1 else None
        if len(modes) > 0:
            findings.notice(f"{plugin}: the outputs show several modes, so only the plugin is taken.",
                            f"{plugin}：输出显示了多种模式，只采用插件本身。")
    value = plugin_id(plugin, mode)
    what = ", ".join(dict.fromkeys(s.what for s in used[:4]))
    mode_en = f" in {value.split(':', 1)[1]} mode" if ":" in value else ""
    mode_zh = f"（{value.split(':', 1)[1]} 模式）" if ":" in value else ""
    findings.fact("current_plugin", value, [s.line for s in used],
                  f"Observed: {plugin}{mode_en} is installed ({what}).", f"观察到：已安装 {plugin}{mode_zh}（{what}）。")
