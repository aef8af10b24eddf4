"""Retrieval over the real KB index: dense, lexical, their RRF fusion, plugin filter and fallback."""

import pytest
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.retrieve import Fusion, HybridRetriever, diverse, retrieve
from assistant.settings import load_settings
from assistant.store import open_store


class Fixed(BaseRetriever):
    """A retriever with a fixed ranking: the LangChain interface, to pin down the fusion arithmetic."""

    ids: list[str]
    kind: str

    def _get_relevant_documents(self, query, *, run_manager=None):
        return [Document(page_content=i, metadata={"chunk_id": i, "scores": {self.kind: 1.0}}) for i in self.ids]


def test_rrf_prefers_agreement_and_keeps_both_scores():
    hybrid = HybridRetriever(retrievers=[Fixed(ids=["a", "b", "c"], kind="dense"),
                                         Fixed(ids=["c", "d", "a"], kind="lexical")], k=3)
    docs = hybrid.invoke("q")
    assert [d.metadata["chunk_id"] for d in docs] == ["a", "c", "b"]
    assert docs[0].metadata["score"] == pytest.approx(1 / 61 + 1 / 63, abs=1e-5)
    assert docs[0].metadata["scores"] == {"dense": 1.0, "lexical": 1.0}


def test_weights_scale_each_side_and_zero_leaves_a_side_out():
    sides = [Fixed(ids=["a", "b"], kind="dense"), Fixed(ids=["b", "c"], kind="lexical")]
    lexical_heavy = HybridRetriever(retrievers=sides, weights=[0.5, 2.0], k=3).invoke("q")
    assert [d.metadata["chunk_id"] for d in lexical_heavy] == ["b", "c", "a"]
    assert lexical_heavy[0].metadata["score"] == pytest.approx(0.5 / 62 + 2 / 61, abs=1e-5)
    dense_only = HybridRetriever(retrievers=sides, weights=[1.0, 0.0], k=3).invoke("q")
    assert [d.metadata["chunk_id"] for d in dense_only] == ["a", "b"]


def test_diversity_caps_files_and_our_notes_while_other_documents_remain():
    ranked = ["n1", "n2", "n3", "m1", "d1", "d2", "d3", "e1"]
    sources = {"n1": "kb/notes/a.md", "n2": "kb/notes/a.md", "n3": "kb/notes/a.md", "m1": "kb/notes/b.md",
               "d1": "corpus/x.md", "d2": "corpus/x.md", "d3": "corpus/x.md", "e1": "corpus/y.md"}
    assert diverse(ranked, sources, 4, cap=2) == ["n1", "n2", "m1", "d1"]
    assert diverse(ranked, sources, 4, cap=2, notes_cap=1) == ["n1", "d1", "d2", "e1"]
    # Nothing else left: held-back chunks fill up the answer in their rank order.
    assert diverse(ranked[:3], sources, 3, cap=1, notes_cap=1) == ["n1", "n2", "n3"]


def test_caps_grow_with_k():
    fusion = Fusion(per_source=1 / 3, notes_share=0.5)
    assert [fusion.source_cap(k) for k in (1, 3, 6, 10)] == [1, 1, 2, 4]
    assert [fusion.notes_cap(k) for k in (1, 3, 6, 10)] == [1, 2, 3, 5]


@pytest.fixture
def store(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))
    st = open_store(load_settings())
    yield st
    st.close()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["hybrid", "dense", "lexical"])
def test_each_retriever_finds_the_portmap_note(store, kind):
    found = retrieve(store, "What does the portmap plugin do?", "en", kind=kind, k=4)
    assert 1 <= len(found.passages) <= 4
    assert len({p.chunk_id for p in found.passages}) == len(found.passages)
    assert any("portmap" in p.source for p in found.passages[:3])


@pytest.mark.slow
def test_relevance_separates_on_and_off_topic(store):
    on = retrieve(store, "How does flannel's vxlan backend work?", "en", kind="hybrid", k=6)
    off = retrieve(store, "What is the best pizza in Naples?", "en", kind="hybrid", k=6)
    assert on.relevance > off.relevance + 0.2
    assert [p.score for p in on.passages] == sorted((p.score for p in on.passages), reverse=True)


@pytest.mark.slow
def test_plugin_filter_narrows_and_falls_back(store):
    found = retrieve(store, "Does it support encryption?", "en", kind="hybrid", k=6, plugins=["calico"])
    assert found.passages and all("calico" in p.plugins for p in found.passages[:3])
    # A plugin no chunk is tagged with: the filter finds nothing, so unfiltered results are used.
    fallback = retrieve(store, "Does it support encryption?", "en", kind="hybrid", k=6, plugins=["no-such-plugin"])
    assert len(fallback.passages) == 6


@pytest.mark.slow
def test_chinese_question_reaches_chinese_notes(store):
    found = retrieve(store, "跨 Hypervisor 的虚拟机之间为什么要用覆盖网络?", "zh", kind="hybrid", k=6)
    # The English note may rank first (it holds the same facts, and the English expansion matches
    # it); the Chinese one must still be among the passages shown.
    assert any(p.lang == "zh" for p in found.passages)
    assert any("overlay" in p.source for p in found.passages)


@pytest.mark.slow
def test_one_question_is_embedded_once_however_many_dense_lists_it_feeds(store, monkeypatch):
    # A named plugin adds narrowed dense lists, and a thin filter falls back to an unnarrowed
    # search: all of them read the same query vector.
    embedded = []
    real = type(store.chroma.embeddings).embed_query

    def counting(self, text):
        embedded.append(text)
        return real(self, text)

    monkeypatch.setattr(type(store.chroma.embeddings), "embed_query", counting)
    found = retrieve(store, "Does Calico support WireGuard encryption?", "en", kind="hybrid", k=6, plugins=["calico"])
    assert found.passages and len(embedded) == 1, embedded


class Tagged(BaseRetriever):
    """A fixed ranking whose documents carry a language and a note id."""

    docs: list[tuple[str, str, str]]  # (chunk id, lang, note id)

    def _get_relevant_documents(self, query, *, run_manager=None):
        return [Document(page_content=c, metadata={"chunk_id": c, "lang": lang, "note_id": note, "source": f"{c}.md",
                                                   "scores": {"dense": 1.0}}) for c, lang, note in self.docs]


def test_a_question_keeps_one_passage_in_its_language_and_not_from_a_word_list():
    ranked = Tagged(docs=[("a", "en", "n1"), ("b", "en", "n2"), ("c", "en", "n3"), ("g", "zh", "glossary"), ("z", "zh", "n4")])
    zh = HybridRetriever(retrievers=[ranked], k=3, lang="zh", vocabulary=frozenset({"glossary"}))
    assert [d.metadata["chunk_id"] for d in zh.invoke("q")] == ["a", "b", "z"]
    en = HybridRetriever(retrievers=[ranked], k=3, lang="en")
    assert [d.metadata["chunk_id"] for d in en.invoke("q")] == ["a", "b", "c"]


def test_a_word_list_among_the_best_passages_does_not_stand_for_the_readers_language():
    ranked = Tagged(docs=[("a", "en", "n1"), ("g", "zh", "glossary"), ("c", "en", "n3"), ("z", "zh", "n4")])
    zh = HybridRetriever(retrievers=[ranked], k=3, lang="zh", vocabulary=frozenset({"glossary"}))
    assert [d.metadata["chunk_id"] for d in zh.invoke("q")] == ["a", "g", "z"]
