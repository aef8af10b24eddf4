"""The keyword index on real SQLite FTS5: tokenizing, ranking (Chinese included), filters, lookups."""

from __future__ import annotations

from assistant.lexical import LexicalIndex
from assistant.models import Passage
from assistant.text import tokenize


def _p(cid, text, *, note="", heading="", plugins=(), lang="en"):
    return Passage(chunk_id=cid, source=f"kb/notes/{cid}.md", title=cid, heading=heading, note_id=note,
                   plugins=list(plugins), text=text, lang=lang)


def test_tokenize_latin_words_and_cjk_bigrams():
    assert tokenize("Calico 的 BGP模式, MTU=1450 网") == ["calico", "的", "bgp", "模式", "mtu", "1450", "网"]
    assert tokenize("三层网络") == ["三层", "层网", "网络"]


def test_chinese_query_ranks_the_matching_chinese_chunk_first(tmp_path):
    idx = LexicalIndex(tmp_path / "lex.sqlite3")
    idx.upsert([
        _p("zh-bgp", "如果节点之间可以运行BGP，选择三层路由模式，没有封装开销。", lang="zh"),
        _p("zh-vxlan", "覆盖网络通过VXLAN封装容器流量，要调低MTU。", lang="zh"),
        _p("en", "Overlay networks encapsulate pod traffic with VXLAN."),
    ])
    hits = idx.search("三层路由的封装开销", k=3)
    assert hits[0].chunk_id == "zh-bgp"
    assert hits[0].score > hits[-1].score
    assert idx.search("调低MTU", k=1)[0].chunk_id == "zh-vxlan"


def test_upsert_replaces_delete_removes_and_plugin_filter(tmp_path):
    idx = LexicalIndex(tmp_path / "lex.sqlite3")
    idx.upsert([_p("a", "vxlan overlay", plugins=["flannel"]), _p("b", "vxlan ebpf", plugins=["cilium"])])
    idx.upsert([_p("a", "host-gw routes", plugins=["flannel"])])
    assert idx.count() == 2 and idx.ids() == {"a", "b"}
    assert [p.chunk_id for p in idx.search("vxlan", k=5)] == ["b"]
    assert idx.search("vxlan", k=5, plugins=["flannel"]) == []
    assert [p.chunk_id for p in idx.search("routes", k=5, plugins=["flannel", "calico"])] == ["a"]
    idx.delete(["a", "missing"])
    assert idx.ids() == {"b"}
    assert idx.search("", k=3) == [] and idx.search("!!!", k=3) == []


def test_get_keeps_order_and_find_matches_headings(tmp_path):
    idx = LexicalIndex(tmp_path / "lex.sqlite3")
    idx.upsert([
        _p("n1", "intro", note="overlay", heading="Overlay > MTU"),
        _p("n2", "more", note="overlay", heading="Overlay > MTU sizing > Jumbo frames"),
        _p("n3", "other", note="bgp", heading="BGP > MTU"),
    ])
    assert [p.chunk_id for p in idx.get(["n3", "nope", "n1"])] == ["n3", "n1"]
    assert [p.chunk_id for p in idx.find("overlay", "mtu")] == ["n1"]
    assert [p.chunk_id for p in idx.find("overlay", "MTU Sizing")] == ["n2"]
    assert idx.find("overlay", "nothing here") == []
    assert idx.sources() == {"kb/notes/n1.md": 1, "kb/notes/n2.md": 1, "kb/notes/n3.md": 1}


def test_phrase_search_finds_identifiers_in_order_only(tmp_path):
    idx = LexicalIndex(tmp_path / "lex.sqlite3")
    idx.upsert([
        _p("env", "Set EVENT_QUEUE_DEPTH to bound the event queue; it defaults to 5000."),
        _p("words", "The queue of events has a depth limit."),
        _p("flag", "Raise it with --bpf-policy-map-max on the agent.", plugins=["cilium"]),
    ])
    assert [p.chunk_id for p in idx.search_phrases(["EVENT_QUEUE_DEPTH"], k=5)] == ["env"]
    assert [p.chunk_id for p in idx.search_phrases(["depth queue event"], k=5)] == []
    both = idx.search_phrases(["--bpf-policy-map-max", "EVENT_QUEUE_DEPTH"], k=5)
    assert {p.chunk_id for p in both} == {"env", "flag"}
    assert [p.chunk_id for p in idx.search_phrases(["--bpf-policy-map-max"], k=5, plugins=["calico"])] == []
    assert idx.search_phrases([], k=5) == [] and idx.search_phrases(['"', "!!"], k=5) == []
