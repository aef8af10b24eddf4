"""The question-set format: bad files are refused with the file, item and key named (exit 2)."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.errors import BadInput
from assistant.evaluation import load_questions, load_sets
from assistant.settings import REPO_ROOT
from ui.cli import cli

GOOD = {"id": "q1", "question": "Which CNI on AWS?", "expect": {"recommend_top_any": ["aws-vpc-cni"]}}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_YAML = {
    "unknown top key": ("- {id: a, question: q, answer: x}\n", ["item 1", "'answer'", "unknown key"]),
    "unknown expect key": ("- {id: a, question: q, expect: {recommend_top: [flannel]}}\n",
                           ["item 1", "expect.recommend_top", "unknown key"]),
    "missing question": ("- {id: a}\n- {id: b, question: q, expect: {answerable: maybe}}\n",
                         ["item 1", "'question'"]),
    "non-bool answerable": ("- {id: b, question: q, expect: {answerable: 'no'}}\n",
                            ["item 1 (id 'b')", "expect.answerable"]),
    "flat answer_contains_any": ("- {id: a, question: q, expect: {answer_contains_any: [overlay]}}\n",
                                 ["expect.answer_contains_any"]),
    "number term": ("- {id: a, question: q, expect: {answer_contains_any: [[1450]]}}\n",
                    ["expect.answer_contains_any", "quote it"]),
    "bad lang": ("- {id: a, question: q, lang: fr}\n", ["item 1", "'lang'"]),
    "unknown profile key": ("- {id: a, question: q, profile: {cloud: aws}}\n", ["'profile'", "cloud"]),
    "kernel as float": ("- {id: a, question: q, profile: {kernel: 3.10}}\n", ["'profile.kernel'", "quote it"]),
    "duplicate id": ("- {id: a, question: q}\n- {id: b, question: q}\n- {id: a, question: q2}\n",
                     ["item 3 (id 'a')", "'id'", "duplicate of item 1"]),
    "not a list": ("id: a\nquestion: q\n", ["YAML list"]),
    "item not a mapping": ("- just a string\n", ["item 1", "mapping"]),
    "empty set": ("[]\n", ["empty"]),
    "broken yaml": ("- {id: a, question: [\n", ["not valid YAML"]),
    "set is ours": ("- {id: a, question: q, set: x}\n", ["unknown key 'set'"]),
}


@pytest.mark.parametrize("case", sorted(BAD_YAML))
def test_bad_yaml_names_item_and_key(tmp_path, case):
    text, needles = BAD_YAML[case]
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(BadInput) as err:
        load_questions(path)
    message = str(err.value)
    assert str(path) in message and "\n" not in message
    for needle in needles:
        assert needle in message


def test_jsonl_items_numbered_by_line(tmp_path):
    bad = dict(GOOD, id="q2", extra=1)
    path = write(tmp_path, "set.jsonl", json.dumps(GOOD) + "\n\n" + json.dumps(bad) + "\n")
    with pytest.raises(BadInput, match=r"item 3 \(id 'q2'\): unknown key 'extra'"):
        load_questions(path)


def test_jsonl_and_yaml_load_the_same_questions(tmp_path):
    rows = [GOOD, {"id": "q2", "question": "烹饪?", "lang": "zh", "expect": {"answerable": False}}]
    jl = load_questions(write(tmp_path, "s.jsonl", "\n".join(json.dumps(r) for r in rows)))
    import yaml

    ym = load_questions(write(tmp_path, "s.yaml", yaml.safe_dump(rows, allow_unicode=True)))
    assert [q.model_dump() for q in jl] == [q.model_dump() for q in ym]
    assert jl[1].expect.answerable is False and jl[0].expect.answerable is True
    assert jl[0].set == "s" and jl[0].expect.sources_any is None


def test_broken_jsonl_line(tmp_path):
    path = write(tmp_path, "s.jsonl", json.dumps(GOOD) + "\n{not json\n")
    with pytest.raises(BadInput, match="line 2: not valid JSON"):
        load_questions(path)


def test_cli_exits_2_on_bad_file_before_loading_anything(tmp_path):
    good = write(tmp_path, "good.yaml", "- {id: a, question: q}\n")
    bad = write(tmp_path, "bad.yaml", "- {id: a, question: q, expect: {sources: ['*']}}\n")
    result = CliRunner().invoke(cli, ["eval", str(good), str(bad), "--index", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "bad.yaml: item 1 (id 'a'): unknown key 'expect.sources'" in result.output
    assert "Traceback" not in result.output


def test_repo_sets_are_valid_and_big_enough():
    kb = load_sets(sorted(glob.glob(str(REPO_ROOT / "kb/eval/*.yaml"))))
    assert len(kb) >= 60
    assert sum(q.lang == "zh" for q in kb) >= 20
    assert sum(not q.expect.answerable for q in kb) >= 10
    assert all(q.why for q in kb), "every expectation needs its rationale"
    corpus = load_sets(sorted(glob.glob(str(REPO_ROOT / "kb/eval/corpus/*.yaml"))))
    assert len(corpus) >= 20
    assert all(g.startswith("corpus/") for q in corpus for g in q.expect.sources_any)


def test_question_ask_refuses_is_named_by_set_and_id(tmp_path):
    path = write(tmp_path, "long.yaml", f"- {{id: too-long, question: '{'x' * 3000}'}}\n")
    result = CliRunner().invoke(cli, ["eval", str(path), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 2, result.output
    assert "set 'long', id 'too-long'" in result.output and "Traceback" not in result.output
