"""The CLI skeleton: help, version, settings errors, and that --help stays light."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from ui.cli import cli

COMMANDS = ("ingest", "ask", "serve", "eval", "kb")


def test_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name}" in result.output


def test_version():
    from assistant import __version__

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_imports_nothing_heavy():
    code = (
        "import sys\n"
        "from ui.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'chromadb', 'gradio', 'sentence_transformers', 'langchain_core')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout


def _run(args, env_extra, tmp_path):
    import os

    env = {**os.environ, **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args], capture_output=True, text=True, env=env, cwd=tmp_path
    )


def test_unknown_provider_is_a_one_line_error(tmp_path):
    out = _run(["ask", "what is CNI?"], {"CNI_ADVISOR_LLM_PROVIDER": "gpt"}, tmp_path)
    assert out.returncode == 2
    assert "CNI_ADVISOR_LLM_PROVIDER" in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_bad_chroma_url_names_the_setting(tmp_path):
    out = _run(["ask", "what is CNI?"], {"CNI_ADVISOR_CHROMA_URL": "localhost:8000"}, tmp_path)
    assert out.returncode == 2
    assert "CNI_ADVISOR_CHROMA_URL" in out.stderr
    assert "Traceback" not in out.stderr


def test_index_dir_that_is_a_file_is_refused(tmp_path):
    from assistant.errors import ConfigError
    from assistant.settings import check_index_dir, load_settings

    bogus = tmp_path / "not-a-dir"
    bogus.write_text("x")
    settings = load_settings(index_dir=bogus)
    try:
        check_index_dir(settings, write=False)
    except ConfigError as exc:
        assert "CNI_ADVISOR_INDEX_DIR" in str(exc)
    else:
        raise AssertionError("a file as index dir was accepted")


def test_settings_read_env_and_dotenv(tmp_path, monkeypatch):
    from assistant.settings import load_settings

    (tmp_path / ".env").write_text("CNI_ADVISOR_TOP_K=9\nCNI_ADVISOR_LLM_PROVIDER=ollama\n")
    monkeypatch.setenv("CNI_ADVISOR_CHROMA_URL", "http://127.0.0.1:8000/")
    settings = load_settings()
    assert settings.top_k == 9
    assert settings.llm_provider == "ollama"
    assert settings.storage_mode == "server"
    assert settings.chroma_url == "http://127.0.0.1:8000"
