"""An empty list in a question set means "none": accepted, and the key is not scored."""

from __future__ import annotations

import json

import pytest

from assistant.errors import BadInput
from assistant.evaluation import load_questions, score, summarize
from assistant.models import AskResult, Citation, Recommendation

LIST_KEYS = ["recommend_top_any", "recommend_exclude", "answer_contains_any", "sources_any"]


def _answer() -> AskResult:
    # An answer that would fail every non-empty expectation below: nothing excluded is rejected,
    # no cited source or term would match a real glob or term.
    return AskResult(
        question="?", lang="en", answerable=True, answer="Use flannel [1].",
        citations=[Citation(n=1, chunk_id="c1", source="kb/notes/x.md", title="", heading="", url="",
                            text="t", score=0.5)],
        recommendations=[Recommendation(id="flannel:vxlan", name="flannel", verdict="recommended", score=1)],
    )


@pytest.mark.parametrize("key", LIST_KEYS)
def test_each_list_key_accepts_an_empty_list_in_yaml_and_jsonl(tmp_path, key):
    yaml_path = tmp_path / "s.yaml"
    yaml_path.write_text(f"- id: a\n  question: Which CNI?\n  expect:\n    {key}: []\n", encoding="utf-8")
    jsonl_path = tmp_path / "s.jsonl"
    jsonl_path.write_text(json.dumps({"id": "a", "question": "Which CNI?", "expect": {key: []}}), encoding="utf-8")
    for path in (yaml_path, jsonl_path):
        (q,) = load_questions(path)
        assert getattr(q.expect, key) is None


def test_empty_lists_score_nothing_and_count_in_no_aggregate(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("- id: all-empty\n  question: Which CNI?\n  expect:\n"
                    + "".join(f"    {k}: []\n" for k in LIST_KEYS), encoding="utf-8")
    (q,) = load_questions(path)
    outcome = score(q, _answer())
    assert outcome.passed and outcome.failures == []
    assert outcome.top1_hit is None and outcome.sources_hit is None
    summary = summarize([outcome])
    assert summary.top1_scored == 0 and summary.source_scored == 0 and summary.pass_rate == 1.0


def test_the_same_answer_fails_non_empty_lists(tmp_path):
    # The counterpart: the answer above is not simply passing everything.
    path = tmp_path / "s.yaml"
    path.write_text("- id: strict\n  question: Which CNI?\n  expect:\n"
                    "    recommend_top_any: [calico]\n    recommend_exclude: [flannel]\n"
                    "    answer_contains_any: [[overlay]]\n    sources_any: ['corpus/*']\n", encoding="utf-8")
    (q,) = load_questions(path)
    assert [f.key for f in score(q, _answer()).failures] == LIST_KEYS


def test_an_empty_group_inside_answer_contains_any_is_still_a_mistake(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("- {id: a, question: q, expect: {answer_contains_any: [[overlay], []]}}\n", encoding="utf-8")
    with pytest.raises(BadInput, match="each inner list needs at least one term"):
        load_questions(path)
