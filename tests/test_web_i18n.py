"""The web chrome in English and Chinese, status badges without emoji, follow-ups listed once."""

from __future__ import annotations

import re

import pytest

from assistant.ask import Advisor
from assistant.models import AskResult, Check, Recommendation
from assistant.settings import load_settings
from ui.web import render
from ui.web.chat import ChatState, run_turn
from ui.web.i18n import ENV_FIELDS, LANGS, TEXT, from_accept_language

EMOJI = re.compile("[\u2705\u274c\u2754\u26a0\U0001f300-\U0001faff]")


@pytest.mark.parametrize("header, lang", [
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
    ("en-US,en;q=0.9,zh-CN;q=0.8", "en"),
    ("fr-FR,fr;q=0.9,zh-TW;q=0.5,en;q=0.4", "zh"),  # the preferred language we have
    ("de-DE,de;q=0.9", "en"),
    ("en;q=0.2, ZH-hans;q=0.7", "zh"),
    ("zh;q=0, en;q=0.1", "en"),  # q=0 means "not this one"
    ("zh;q=oops,en", "en"),
    ("", "en"),
    (None, "en"),
])
def test_the_page_language_follows_accept_language(header, lang):
    assert from_accept_language(header) == lang


def test_every_text_has_both_languages():
    for key, texts in {**TEXT, **ENV_FIELDS}.items():
        assert set(texts) == set(LANGS) and all(texts.values()), key


def _recs(check_name: str = "二层可达") -> list[Recommendation]:
    return [
        Recommendation(id="flannel:host-gw", name="flannel (host-gw)", verdict="recommended", score=1, checks=[
            Check(id="l2", name=check_name, status="pass", detail="ok", citations=[1]),
            Check(id="encryption", name="加密", status="warn", detail="需要 WireGuard")]),
        Recommendation(id="calico:bgp", name="Calico (BGP)", verdict="possible", score=0.5, checks=[
            Check(id="l2", name=check_name, status="fail", detail="x")]),
        Recommendation(id="weave", name="Weave Net", verdict="rejected", score=0, checks=[
            Check(id="encryption", name="加密", status="fail", detail="x")]),
    ]


def test_checks_matrix_in_chinese_uses_text_badges_not_emoji():
    html = render.checks_html(_recs(), "zh")
    assert not EMOJI.search(html)
    assert "<th>方案</th>" in html and "<th>结论</th>" in html and "已排除的方案（1 个）" in html
    assert "<th>二层可达</th>" in html and "<th>加密</th>" in html  # the engine's names, as given
    for status, word in [("pass", "通过"), ("warn", "注意"), ("fail", "不满足"), ("unknown", "未知"),
                         ("recommended", "推荐"), ("possible", "可行"), ("rejected", "排除")]:
        assert f'<span class="cna-badge cna-badge-{status}">{word}</span>' in html, status
    assert "Option" not in html and "Verdict" not in html and "pass<" not in html


def test_badge_classes_follow_the_status_not_the_check_name():
    # Same statuses under other names: the same cells, classes and badges, only the header differs.
    named_zh, en = render.checks_html(_recs("二层可达"), "en"), render.checks_html(_recs("L2 adjacency"), "en")
    assert re.findall(r'class="[^"]*"', named_zh) == re.findall(r'class="[^"]*"', en)
    assert "<th>Option</th>" in en and '<span class="cna-badge cna-badge-warn">warn</span>' in en


def test_every_status_and_verdict_has_a_badge_colour_in_the_stylesheet():
    css = render.css()
    for status in ["pass", "warn", "fail", "unknown", "recommended", "possible", "rejected"]:
        rule = re.search(rf"\.cna-badge-{status}\b[^{{]*\{{([^}}]*)\}}", css)
        assert rule and "background" in rule.group(1), status


def test_environment_panel_and_sources_in_chinese():
    from assistant.models import ReadFact, Reading

    reading = Reading(question="q", lang="zh", kind="choice", facts=[
        ReadFact(key="platform", value="vmware", source="stated", text="VMware"),
        ReadFact(key="encryption", value=True, source="stated", text="加密")])
    html = render.profile_html(reading, {"platform": "aws", "ipv6": False}, {"platform": "aws"}, "zh")
    assert "<th>设置</th><th>从对话中读取</th><th>采用</th>" in html
    assert "平台" in html and "需要加密" in html and "aws ✎" in html and "<td>是 " in html and ">否<" in html
    assert "Platform" not in html and "yes" not in html
    assert "暂无来源" in render.sources_html([], "zh")
    assert "没有比较任何方案" in render.checks_html([], "zh")


def test_follow_ups_are_listed_once_under_a_heading_in_the_answers_language():
    res = AskResult(question="选哪个 CNI？", lang="zh", answerable=True, answer="建议用 Calico [1]。",
                    follow_up=["节点是否在同一个二层网络？", "需要加密吗？"])
    md = render.answer_markdown(res)
    assert md.count("为了给出更准确的建议") == 1 and "To narrow it down" not in md
    assert all(md.count(q) == 1 for q in res.follow_up)
    en = render.answer_markdown(res.model_copy(update={"lang": "en", "follow_up": ["Same L2?"]}))
    assert "**To narrow it down:**\n- Same L2?" in en


@pytest.mark.slow
def test_a_chinese_question_in_a_chinese_page_shows_each_follow_up_once(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))
    question = "我们要新建一个 Kubernetes 集群，应该选哪个 CNI 插件？"
    *_, view = run_turn(Advisor(load_settings()), question, {}, [], ChatState(), "zh")
    result = view.state.panels.result
    assert result.lang == "zh" and result.follow_up, "an under-specified question asks follow-ups"
    bubble = view.history[-1]["content"]
    assert bubble.count("为了给出更准确的建议") == 1 and "To narrow it down" not in bubble
    for q in result.follow_up:
        assert bubble.count(q) == 1, q
    assert "<th>方案</th>" in view.checks and "<th>设置</th>" in view.profile
    assert not EMOJI.search(view.checks)
    # The language switch redraws the same panels in English.
    sources, checks, profile = view.state.panels.render("en")
    assert "<th>Option</th>" in checks and "<th>Setting</th>" in profile and sources == view.sources
