"""A Chinese question is answered from the Chinese twin of an English note sentence, when the KB has one."""

from __future__ import annotations

from assistant.compose.concept import concept
from assistant.evidence import CitationBook
from assistant.models import Passage, Reading
from assistant.twins import twin_key, twins

EN_NOTE = """---
id: topic-switch
lang: en
---

# Switching plugins

## Why switching is disruptive

Installing a new plugin does not touch running pods: old pods keep the old plugin's addresses until they are recreated.
Plan a maintenance window unless the target plugin has a live-migration tool such as `migration-job.yaml`.

## Leftovers

Old plugins leave files in `/etc/cni/net.d` that the runtime keeps reading.
"""

ZH_NOTE = """---
id: topic-switch-zh
lang: zh
---

# 更换插件

## 为什么在线更换会中断业务

装上新插件不会改动已运行的 Pod:旧 Pod 保留旧插件的地址,直到重建为止。
除非目标插件提供 `migration-job.yaml` 这样的在线迁移工具,否则应安排停机窗口。
"""

EN_PASSAGE = Passage(chunk_id="e1", source="kb/notes/topic-switch.md", heading="Switching plugins > Why switching is disruptive",
                     text="Installing a new plugin does not touch running pods: old pods keep the old plugin's addresses until "
                          "they are recreated. Plan a maintenance window unless the target plugin has a live-migration tool "
                          "such as `migration-job.yaml`.")
LEFTOVERS = Passage(chunk_id="e2", source="kb/notes/topic-switch.md", heading="Switching plugins > Leftovers",
                    text="Old plugins leave files in `/etc/cni/net.d` that the runtime keeps reading.")
ZH_PASSAGE = Passage(chunk_id="z1", source="kb/notes/topic-switch.zh.md", lang="zh", heading="更换插件 > 为什么在线更换会中断业务",
                     text=ZH_NOTE.split("## 为什么在线更换会中断业务")[1])


def _notes(tmp_path):
    (tmp_path / "topic-switch.md").write_text(EN_NOTE, "utf-8")
    (tmp_path / "topic-switch.zh.md").write_text(ZH_NOTE, "utf-8")
    return tmp_path


def _book(tmp_path, lang: str) -> CitationBook:
    found = {("topic-switch-zh", "为什么在线更换会中断业务"): [ZH_PASSAGE]}
    return CitationBook(lambda note, heading: found.get((note, heading), []), lang, twins(_notes(tmp_path)))


def test_an_english_sentence_maps_to_the_chinese_sentence_that_restates_it(tmp_path):
    found = twins(_notes(tmp_path))
    twin = found[twin_key("Plan a maintenance window unless the target plugin has a live-migration tool such as `migration-job.yaml`.")]
    assert twin.note == "topic-switch-zh" and twin.heading == "为什么在线更换会中断业务"
    assert twin.text.startswith("除非目标插件")
    # a section the Chinese note leaves out has no twin
    assert twin_key("Old plugins leave files in `/etc/cni/net.d` that the runtime keeps reading.") not in found


def test_a_chinese_question_quotes_the_twin_and_cites_the_chinese_note(tmp_path):
    book = _book(tmp_path, "zh")
    reading = Reading(question="在线更换插件要停机吗", query="在线更换插件要停机吗 maintenance window live-migration plugin", lang="zh", kind="concept")
    answer = concept(reading, [EN_PASSAGE], book)
    assert "停机窗口" in answer and "maintenance window" not in answer
    assert [c.chunk_id for c in book.citations] == ["z1"]


def test_an_english_question_and_a_sentence_without_twin_stay_english(tmp_path):
    reading = Reading(question="Do I need a maintenance window to switch plugins?",
                      query="Do I need a maintenance window to switch plugins?", lang="en", kind="concept")
    assert "maintenance window" in concept(reading, [EN_PASSAGE], _book(tmp_path, "en"))
    zh = Reading(question="旧插件留下什么文件", query="旧插件留下什么文件 old plugins leave files runtime", lang="zh", kind="concept")
    assert "/etc/cni/net.d" in concept(zh, [LEFTOVERS], _book(tmp_path, "zh"))
