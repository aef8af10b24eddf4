"""Socket Mode: the bot dials out to Slack over a websocket, so no public URL is needed."""

from __future__ import annotations

from assistant.errors import ConfigError
from ui.slack.config import SlackConfig


def check_socket_config(config: SlackConfig) -> None:
    if not config.app_token:
        raise ConfigError("set SLACK_APP_TOKEN to the app-level token (xapp-…, scope connections:write)"
                          " from your Slack app's Basic Information page")
    if not config.app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp-, not a bot token")
    if not config.bot_token:
        raise ConfigError("set SLACK_BOT_TOKEN to the bot token (xoxb-…) from your Slack app's OAuth & Permissions page")


def socket_handler(advisor, settings, config: SlackConfig):
    """The Bolt Socket Mode handler, not yet connected; `.start()` blocks, `.connect()` does not."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from ui.slack.app import build_app
    from ui.slack.bot import SlackBot

    check_socket_config(config)
    app = build_app(SlackBot(advisor, settings, rate_limit=config.rate_limit), config, socket_mode=True)
    # Bolt's built-in client: no extra dependency. It opens the socket through app.client (api_url).
    return SocketModeHandler(app, config.app_token)


def run_socket_mode(advisor, settings, config: SlackConfig) -> None:
    """Blocks until interrupted. Events are acked over the socket, answers posted by the Web API."""
    socket_handler(advisor, settings, config).start()
