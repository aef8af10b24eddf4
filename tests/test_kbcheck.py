"""`kb check` against the repo's knowledge base and against broken fixtures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.kbcheck import check_kb, markdown_headings, note_id_for, scan_kb
from assistant.settings import REPO_ROOT
from ui.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN, CLEAN = FIXTURES / "kb_broken" / "kb", FIXTURES / "kb_clean" / "kb"


def test_repo_knowledge_base_is_clean():
    problems = check_kb(REPO_ROOT / "kb")
    assert [str(p) for p in problems] == []


def test_repo_catalog_evidence_is_all_counted():
    report = scan_kb(REPO_ROOT / "kb")
    assert report.plugins == 18 and report.options >= 39 and report.evidence_refs > 500


def test_clean_fixture_passes():
    report = scan_kb(CLEAN)
    assert report.ok and (report.notes, report.plugins, report.options, report.evidence_refs) == (1, 1, 1, 25)


def test_broken_fixture_names_file_and_line():
    found = {str(p) for p in check_kb(BROKEN)}
    assert "kb/catalog/demo.yaml:6: evidence heading 'Foo' not found in note plugin-demo" in found
    assert "kb/catalog/demo.yaml:8: evidence heading 'Foo' not found in note plugin-demo" in found
    # a heading that only appears inside a fenced code block is not a heading
    assert "kb/catalog/demo.yaml:11: evidence heading 'Hidden inside a code fence' not found in note plugin-demo" in found
    assert "kb/catalog/demo.yaml:38: evidence note 'ghost-note' not found in kb/notes" in found
    assert any(s.startswith("kb/catalog/demo.yaml:37: option demo:odd: encapsulation.value") for s in found)
    assert "kb/catalog/other.yaml:8: options.0.colour: Extra inputs are not permitted" in found
    assert "kb/notes/bad-note.md:2: id 'not-the-stem' must equal the file name: use `id: bad-note`" in found
    assert "kb/notes/bad-note.md:4: lang 'fr' must be one of en, zh" in found
    assert "kb/notes/bad-note.md:5: unknown plugin id 'nosuch' (catalog ids: kb/catalog/*.yaml)" in found
    assert any(s.startswith("kb/notes/bad-note.md:7: the note has no source") for s in found)
    assert any(s.startswith("kb/notes/no-front.md:1: no front matter") for s in found)
    assert len(found) == 11


def test_missing_plugin_note_is_reported(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    (kb / "notes" / "plugin-demo.md").unlink()
    assert [str(p) for p in check_kb(kb)] == [
        "kb/catalog/demo.yaml:3: plugin 'demo' has no note: write kb/notes/plugin-demo.md"]


def test_bad_source_and_missing_title(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    note = kb / "notes" / "plugin-demo.md"
    note.write_text(note.read_text().replace("title: Demo plugin\n", "").replace("https://example.org/demo", "example.org"))
    found = [str(p) for p in check_kb(kb)]
    assert "kb/notes/plugin-demo.md:2: missing title: add `title: ...`" in found
    assert "kb/notes/plugin-demo.md:7: source 'example.org' must be an http(s) URL or a `seed:` ref" in found


def test_markdown_headings_skip_fences_and_trailing_hashes():
    text = "# Top #\n\n```sh\n# not a heading\n```\n~~~\n## nor this\n~~~\n### vxlan\n####### too deep\n"
    assert markdown_headings(text) == [(1, "Top"), (9, "vxlan")]


def test_language_suffix_maps_to_id():
    assert note_id_for(Path("kb/notes/overlay-vs-underlay.zh.md")) == "overlay-vs-underlay-zh"
    assert note_id_for(Path("kb/notes/plugin-calico.md")) == "plugin-calico"


@pytest.mark.parametrize("kb,code", [(CLEAN, 0), (BROKEN, 1)])
def test_cli_exit_codes_and_json(kb, code):
    result = CliRunner().invoke(cli, ["kb", "check", "--kb", str(kb), "--json"])
    assert result.exit_code == code, result.output
    report = json.loads(result.output)
    assert report["ok"] is (code == 0)
    assert all({"path", "line", "message"} <= set(p) for p in report["problems"])


def test_cli_plain_output_lists_problems():
    result = CliRunner().invoke(cli, ["kb", "check", "--kb", str(BROKEN)])
    assert result.exit_code == 1
    assert "kb/catalog/demo.yaml:6: evidence heading 'Foo' not found in note plugin-demo" in result.output
    assert "11 problem(s)" in result.output


def test_cli_missing_kb_dir_is_a_user_error(tmp_path):
    result = CliRunner().invoke(cli, ["kb", "check", "--kb", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no knowledge base at" in result.output and "Traceback" not in result.output


def test_environments_table_is_checked(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    (kb / "catalog" / "_environments.yaml").write_text(
        "environments:\n"
        "  - id: vmware\n"
        "    name: VMware\n"
        "    name_zh: VMware\n"
        "    kind: hypervisor\n"
        "    assume_l2_adjacent: {value: false, note: plugin-demo, heading: Facts}\n"
        "    advice: {value: overlay, note: plugin-demo, heading: Nowhere}\n"
        "  - id: aws\n"
        "    name: AWS\n"
        "    name_zh: AWS\n"
        "    kind: cloud\n"
        "    advice: {value: vendor-plugin, heading: Facts}\n")
    assert [str(p) for p in check_kb(kb)] == [
        "kb/catalog/_environments.yaml:7: evidence heading 'Nowhere' not found in note plugin-demo",
        "kb/catalog/_environments.yaml:12: environment aws: advice needs a `note:` (environments have no default note)"]


def test_kb_check_and_ingest_read_headings_the_same_way():
    from assistant.kbcheck import markdown_headings
    from ingest.markdown import load_markdown

    text = "# `host-gw` *mode*\n\nRoutes.\n\nSetext title\n---\n\nBody.\n\n```\n# not a heading\n```\n"
    checked = [title for _, title in markdown_headings(text)]
    indexed = [s.headings[-1] for s in load_markdown(text).sections]
    assert checked == indexed == ["host-gw mode", "Setext title"]


def test_every_plugin_shows_the_release_it_was_checked_against():
    report = scan_kb(REPO_ROOT / "kb")
    assert report.releases["calico"] == "Calico 3.32" and report.releases["cilium"].startswith("Cilium")
    assert set(report.releases) == {p.stem for p in (REPO_ROOT / "kb" / "catalog").glob("[!_]*.yaml")}
    result = CliRunner().invoke(cli, ["kb", "check"])
    assert result.exit_code == 0 and "checked against: calico: Calico 3.32" in result.output


def test_missing_checked_against_is_reported(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    path = kb / "catalog" / "demo.yaml"
    path.write_text("\n".join(line for line in path.read_text().splitlines() if not line.startswith("checked_against")))
    assert [str(p) for p in check_kb(kb)] == ["kb/catalog/demo.yaml:1: checked_against: Field required"]


ENVS = """environments:
  - id: aws
    name: AWS
    name_zh: AWS
    kind: cloud
    advice: {value: vendor-plugin, note: plugin-demo, heading: Facts}
distributions:
  - {id: k3s, name: K3s, name_zh: K3s, note: plugin-demo, heading: Facts, default_option: demo:plain, bundled: [demo]}
  - {id: rke2, name: RKE2, name_zh: RKE2, note: plugin-demo, heading: Nowhere, default_option: demo:gone,
     bundled: [demo, nosuch], windows_plugins: [ghost]}
"""


def test_cross_references_name_file_and_line(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    (kb / "catalog" / "_environments.yaml").write_text(ENVS)
    demo = kb / "catalog" / "demo.yaml"
    demo.write_text(demo.read_text().replace("cloud: {value: null, heading: Facts}", "cloud: {value: mars, heading: Facts}")
                    .replace("aliases: [demo]", "aliases: [demo, demo-agent]"))
    (kb / "catalog" / "twin.yaml").write_text(demo.read_text().replace("id: demo\n", "id: twin\n").replace("demo:plain", "twin:plain")
                                              .replace("name: Demo\n", "name: Twin\n")
                                              .replace("aliases: [demo, demo-agent]", "aliases: [Demo]\ncomponents: [demo-agent]")
                                              .replace("note: plugin-demo\n", "note: plugin-demo\nrepos: [not-a-repo]\n"))
    found = [str(p) for p in check_kb(kb)]
    assert "kb/catalog/_environments.yaml:9: evidence heading 'Nowhere' not found in note plugin-demo" in found
    assert "kb/catalog/_environments.yaml:9: distribution rke2: default_option 'demo:gone' is not a catalog option id" in found
    assert "kb/catalog/_environments.yaml:10: distribution rke2: bundled names 'nosuch', which is not a catalog plugin id" in found
    assert "kb/catalog/_environments.yaml:10: distribution rke2: windows_plugins names 'ghost', which is not a catalog plugin id" in found
    assert any(s.startswith("kb/catalog/demo.yaml:") and "cloud 'mars' is not a cloud environment" in s for s in found)
    assert any(s.startswith("kb/catalog/twin.yaml:") and "alias 'Demo' also names plugin 'demo'" in s for s in found)
    assert any(s.startswith("kb/catalog/twin.yaml:") and "repo 'not-a-repo' must be a GitHub owner/name" in s for s in found)
    assert any(s.startswith("kb/catalog/twin.yaml:") and "alias 'demo-agent' also names plugin 'demo'" in s for s in found)
    assert len(found) == 9, found  # the twin also reuses demo's cloud


def test_a_managed_lock_names_plugins_or_options(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    envs = ENVS.replace("    advice: {value: vendor-plugin, note: plugin-demo, heading: Facts}\n",
                        "    advice: {value: vendor-plugin, note: plugin-demo, heading: Facts}\n"
                        "    managed_plugins: {value: [demo, 'demo:plain', ghost], note: plugin-demo, heading: Facts}\n")
    assert envs != ENVS
    (kb / "catalog" / "_environments.yaml").write_text(envs)
    found = [str(p) for p in check_kb(kb)]
    assert any("environment aws: managed_plugins names 'ghost', which is not a catalog plugin or option id" in s for s in found)
    assert not any("managed_plugins names 'demo" in s for s in found)


def test_a_default_mode_must_be_an_option_backed_by_a_heading(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(CLEAN, kb)
    path = kb / "catalog" / "demo.yaml"
    text = path.read_text()
    path.write_text(text.replace("defaults:\n", 'default_mode: {value: "demo:plain", heading: plain}\ndefaults:\n', 1))
    assert check_kb(kb) == []
    path.write_text(text.replace("defaults:\n", 'default_mode: {value: "demo:gone", heading: Nowhere}\ndefaults:\n', 1))
    assert [str(p) for p in check_kb(kb)] == [
        "kb/catalog/demo.yaml:6: default_mode 'demo:gone' is not an option of demo",
        "kb/catalog/demo.yaml:6: evidence heading 'Nowhere' not found in note plugin-demo"]
