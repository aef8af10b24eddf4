"""Retrieved chunks widened to their section: neighbours under the same heading, on a real SQLite index."""

from __future__ import annotations

from langchain_core.documents import Document

from assistant.lexical import LexicalIndex
from assistant.window import join, widen

HEAD = "Felix > Dataplane: eBPF > BPFPSNATPorts"
DESCRIPTION = f"{HEAD}\n\nSets the range from which we randomly pick a port if there is a source port collision."
TABLE = f"{HEAD}\n\n| Detail | |\n| Default value | `20000:29999` |"


def _chunk(index: int, text: str, heading: str = HEAD, path: str = "felix/config-params.md") -> Document:
    return Document(page_content=text, metadata={
        "chunk_id": f"{path}#{index}", "source": f"corpus/{path}", "path": path, "heading": heading,
        "chunk_index": index, "title": "Felix", "lang": "en"})


def _index(tmp_path, *docs: Document, name: str = "lex") -> LexicalIndex:
    idx = LexicalIndex(tmp_path / f"{name}.sqlite3")
    idx.upsert(list(docs))
    return idx


def test_the_next_chunk_of_the_section_joins_without_its_heading_line(tmp_path):
    idx = _index(tmp_path, _chunk(0, DESCRIPTION), _chunk(1, TABLE))
    [wide] = widen(idx.get(["felix/config-params.md#0"]), idx)
    assert "`20000:29999`" in wide.text and wide.text.startswith(DESCRIPTION)
    assert wide.text.count(HEAD) == 1


def test_the_previous_chunk_comes_first(tmp_path):
    idx = _index(tmp_path, _chunk(0, DESCRIPTION), _chunk(1, TABLE))
    [wide] = widen(idx.get(["felix/config-params.md#1"]), idx)
    assert wide.text.index("randomly pick") < wide.text.index("20000:29999")


def test_other_headings_other_files_and_shown_passages_are_left_alone(tmp_path):
    idx = _index(tmp_path, _chunk(0, DESCRIPTION), _chunk(1, "Felix > Other\n\nUnrelated setting.", heading="Felix > Other"),
                 _chunk(2, TABLE, path="felix/other.md"))
    [alone] = widen(idx.get(["felix/config-params.md#0"]), idx)
    assert alone.text == DESCRIPTION
    idx2 = _index(tmp_path, _chunk(0, DESCRIPTION), _chunk(1, TABLE), name="pair")
    both = widen(idx2.get(["felix/config-params.md#0", "felix/config-params.md#1"]), idx2)
    assert [p.text for p in both] == [DESCRIPTION, TABLE]  # each neighbour is already shown on its own


def test_a_neighbour_that_would_pass_the_size_limit_is_not_joined(tmp_path):
    idx = _index(tmp_path, _chunk(0, DESCRIPTION), _chunk(1, TABLE))
    [short] = widen(idx.get(["felix/config-params.md#0"]), idx, max_chars=len(DESCRIPTION) + 10)
    assert short.text == DESCRIPTION


def test_the_overlap_the_splitter_repeats_is_dropped():
    first = "The agent programs routes. It reads the datastore every thirty seconds and then"
    second = "It reads the datastore every thirty seconds and then applies the policy."
    assert join(first, second) == ("The agent programs routes. It reads the datastore every thirty seconds and then"
                                   " applies the policy.")
    assert join("alpha beta", "gamma delta") == "alpha beta\n\ngamma delta"


def test_growth_reaches_past_the_next_chunk_while_the_size_allows(tmp_path):
    limits = f"{HEAD}\n\nThe default cache size is 10000 entries, about 30 MB when full."
    oom = f"{HEAD}\n\nA pod that uses more memory than it may is shut down."
    restart = f"{HEAD}\n\nThe container is restarted by its DaemonSet."
    idx = _index(tmp_path, _chunk(0, limits), _chunk(1, oom), _chunk(2, restart))
    [wide] = widen(idx.get(["felix/config-params.md#2"]), idx)
    assert "30 MB" in wide.text and wide.text.index("30 MB") < wide.text.index("restarted")
    [bounded] = widen(idx.get(["felix/config-params.md#2"]), idx, max_chars=len(restart) + len(oom) + 5)
    assert "30 MB" not in bounded.text and "shut down" in bounded.text
