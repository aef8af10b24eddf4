"""The query side of retrieval: identifiers read from questions, the term map learned from the
bilingual notes, and the expansion of Chinese questions with it."""

from __future__ import annotations

from assistant.reading.identifiers import identifiers
from assistant.reading.query import expand_query
from assistant.reading.termmap import align, glosses, term_map
from assistant.settings import REPO_ROOT

NOTES = REPO_ROOT / "kb" / "notes"


def test_identifiers_are_flags_keys_paths_and_numbers_not_plain_words():
    got = identifiers("Which BGPPeer field sets --bpf-policy-map-max, EVENT_QUEUE_DEPTH or vlanQoS under "
                      "/etc/cni/net.d, k8s.ovn.org/egress-assignable on port 8472 with a 15s lease in 1.2.3?")
    assert got == ["BGPPeer", "--bpf-policy-map-max", "EVENT_QUEUE_DEPTH", "vlanQoS", "/etc/cni/net.d",
                   "k8s.ovn.org/egress-assignable", "8472", "15s", "1.2.3"]
    assert identifiers("What is the default MTU of the overlay network?") == []
    assert identifiers("flannel 用 udp 后端时走哪个 UDP 端口？") == []
    assert identifiers("e.g. this") == []


def test_aligned_sentences_pair_by_shared_names_and_numbers():
    en = "# Ports\n\n## VXLAN\n\nVXLAN uses UDP port 8472 by default. The MTU drops by 50 bytes.\n"
    zh = "# 端口\n\n## VXLAN\n\n封包后 MTU 减少 50 字节。VXLAN 默认使用 UDP 8472 端口。\n"
    pairs = align(en, zh)
    assert ("VXLAN 默认使用 UDP 8472 端口。", "VXLAN uses UDP port 8472 by default.") in pairs
    assert ("封包后 MTU 减少 50 字节。", "The MTU drops by 50 bytes.") in pairs


def test_term_map_learned_from_a_small_pair_of_notes(tmp_path):
    pairs = [("alpha", "The alpha agent listens on port 9000 by default.", "alpha 代理默认监听 9000 端口。"),
             ("beta", "Beta opens port 9001 for metrics.", "beta 为指标打开 9001 端口。"),
             ("gamma", "Gamma uses port 9002 unless another is set.", "gamma 使用 9002 端口，除非另行设置。"),
             ("delta", "The delta default timeout is 30 seconds.", "delta 默认超时为 30 秒。")]
    # Two note pairs: a pairing must recur in another note to count as a meaning.
    for note, part in (("plugin-a", pairs[::2]), ("plugin-b", pairs[1::2])):
        en = "# Plugin\n\n" + "".join(f"## {name}\n\n{e}\n\n" for name, e, _ in part)
        zh = "# Plugin\n\n" + "".join(f"## {name}\n\n{z}\n\n" for name, _, z in part)
        (tmp_path / f"{note}.md").write_text(en, encoding="utf-8")
        (tmp_path / f"{note}.zh.md").write_text(zh, encoding="utf-8")
    # One note that says "基准" twice beside a product's name teaches nothing about the word.
    (tmp_path / "bench.md").write_text("# Bench\n\n## One\n\nThe Acmebench run used 9100.\n\n"
                                       "## Two\n\nThe Acmebench run used 9200.\n", encoding="utf-8")
    (tmp_path / "bench.zh.md").write_text("# 基准\n\n## One\n\n基准测试用了 9100。\n\n"
                                          "## Two\n\n基准测试用了 9200。\n", encoding="utf-8")
    (tmp_path / "alone.zh.md").write_text("# 孤立\n\n没有英文版本的笔记。\n", encoding="utf-8")
    learned = term_map(tmp_path)
    assert [w for w, _ in learned.terms["端口"]][0] == "port"
    assert "default" in [w for w, _ in learned.terms["默认"]]
    assert "孤立" not in learned.terms
    assert "acmebench" not in [w for ws in learned.terms.values() for w, _ in ws]
    assert term_map(tmp_path / "no-such-dir").terms == {}


def test_the_shipped_notes_teach_the_words_needle_questions_use():
    learned = term_map(NOTES)
    for zh, en in [("端口", "port"), ("默认", "default"), ("内核", "kernel"), ("节点", "node"), ("路径", "path")]:
        assert en in [w for w, _ in learned.terms.get(zh, [])], zh


def test_chinese_questions_also_search_in_english_and_expansion_is_idempotent():
    query = expand_query("flannel 的 udp 后端默认用哪个端口?", "zh", NOTES)
    assert {"port", "default", "backend"} <= set(query.split())
    assert expand_query(query, "zh", NOTES) == query
    assert expand_query("overlay drawbacks", "en") == "overlay drawbacks"
    assert "overlay" in expand_query("覆盖网络的缺点是什么", "zh")


def test_glosses_take_synonyms_and_wrapped_english_but_not_headings_or_mixed_names():
    note = ("---\ntitle: 术语表 (glossary)\ntopics: [glossary]\n---\n\n## 上限与下限 (limits)\n\n"
            "上限 / 最多 (limit, maximum)：允许的最大数量。租约 (lease\nduration)。pause 容器 (pause container)。"
            "单根 I/O 虚拟化 (SR-IOV)。\n")
    got = glosses(note)
    assert got["上限"] == got["最多"] == ["limit", "maximum"]
    assert got["租约"] == ["lease", "duration"]
    assert not {"术语表", "与下限", "容器", "虚拟化", "拟化"} & set(got)


def test_the_glossary_note_covers_the_words_of_exact_fact_questions():
    learned = term_map(NOTES)
    for zh, en in [("默认", "default"), ("端口", "port"), ("上限", "limit"), ("超时", "timeout"), ("间隔", "interval"),
                   ("租约", "lease"), ("空闲", "idle"), ("回收", "reclaim"), ("范围", "range"), ("前缀", "prefix"),
                   ("注解", "annotation"), ("标签", "label"), ("参数", "flag"), ("环境变量", "environment"),
                   ("网卡名", "interface"), ("端点", "endpoint"), ("静态", "static"), ("动态", "dynamic"),
                   ("后端", "backend"), ("版本要求", "version"), ("内核模块", "module"),
                   ("要求", "requirements"), ("限制", "limitations")]:  # the plural a section heading uses
        assert en in learned.glosses.get(zh, []), zh
    query = expand_query("Calico 源端口冲突时随机挑选端口的默认范围是多少？", "zh", NOTES)
    assert {"source", "port", "conflict", "default", "range"} <= set(query.split())
