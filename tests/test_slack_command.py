"""`cni-advisor slack` tells how to fix its setup in one line; the manifest matches what the bot handles."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from assistant.settings import REPO_ROOT
from ui.cli import cli


def run(*args):
    return CliRunner().invoke(cli, ["slack", *args])


def test_without_socket_flag_points_to_serve():
    result = run()
    assert result.exit_code == 2
    assert "--socket" in result.output and "cni-advisor serve" in result.output
    assert "Traceback" not in result.output


def test_socket_mode_needs_an_app_token(monkeypatch):
    result = run("--socket")
    assert result.exit_code == 2 and "SLACK_APP_TOKEN" in result.output
    monkeypatch.setenv("SLACK_APP_TOKEN", "xoxb-wrong-kind")
    result = run("--socket")
    assert result.exit_code == 2 and "xapp-" in result.output
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
    result = run("--socket")
    assert result.exit_code == 2 and "SLACK_BOT_TOKEN" in result.output


def test_socket_mode_needs_an_index(monkeypatch, tmp_path):
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    result = run("--socket", "--index", str(tmp_path / "nothing-here"))
    assert result.exit_code == 2 and "cni-advisor ingest" in result.output


def test_bad_rate_limit_is_a_config_error(monkeypatch):
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_RATE_LIMIT", "lots")
    result = run("--socket")
    assert result.exit_code == 2 and "SLACK_RATE_LIMIT" in result.output


def test_manifest_matches_what_the_bot_listens_to():
    manifest = yaml.safe_load((REPO_ROOT / "ui" / "slack" / "manifest.yaml").read_text())
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "im:history", "channels:history"} <= scopes
    settings = manifest["settings"]
    assert {"app_mention", "message.im", "message.channels"} <= set(settings["event_subscriptions"]["bot_events"])
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/cni"
    urls = [command["url"], settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"]]
    assert all(u.endswith("/slack/events") for u in urls)
