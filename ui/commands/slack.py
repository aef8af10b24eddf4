"""`cni-advisor slack --socket`: the Slack bot without a public URL (HTTP mode lives in `serve`)."""

import click

from ui.commands._common import index_option, make_settings, user_errors


@click.command(name="slack")
@click.option("--socket", "socket_mode", is_flag=True,
              help="Connect to Slack over Socket Mode (needs SLACK_APP_TOKEN and SLACK_BOT_TOKEN).")
@index_option
def command(socket_mode, index_dir):
    """Run the Slack bot. Without a public URL use --socket; with one, `cni-advisor serve` answers
    at /slack/events when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set."""
    settings = make_settings(index_dir)
    with user_errors():
        from assistant.errors import ConfigError
        from ui.slack.config import SlackConfig
        from ui.slack.socket_mode import check_socket_config, run_socket_mode

        if not socket_mode:
            raise ConfigError("pass --socket for Socket Mode; for HTTP mode set SLACK_SIGNING_SECRET and"
                              " SLACK_BOT_TOKEN and run `cni-advisor serve`")
        config = SlackConfig.from_env()
        check_socket_config(config)
        from assistant.ask import Advisor
        from assistant.settings import check_index_dir

        if not check_index_dir(settings, write=False).exists():
            raise ConfigError(f"no index at {settings.index_dir}: run `cni-advisor ingest` first")
        click.echo("Slack bot connected over Socket Mode; Ctrl-C stops it.", err=True)
        run_socket_mode(Advisor(settings), settings, config)
