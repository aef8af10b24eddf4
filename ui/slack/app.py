"""The Bolt app: Slack events, `/cni` and buttons routed to SlackBot. Built on demand, never at import."""

from __future__ import annotations

import re

from ui.slack import blocks
from ui.slack.bot import SlackBot
from ui.slack.config import SlackConfig
from ui.slack.text import mentions


def build_app(bot: SlackBot, config: SlackConfig, *, client=None, socket_mode: bool = False):
    """A sync Bolt App. Listeners run on Bolt's thread pool after the ack, so Slack hears back within 3 s."""
    from slack_bolt import App, BoltResponse
    from slack_sdk import WebClient

    client = client or WebClient(token=config.bot_token, base_url=config.api_url)
    app = App(
        client=client,  # carries the bot token
        signing_secret=config.signing_secret or None,
        request_verification_enabled=not socket_mode,
        token_verification_enabled=False,  # no network at build time; auth.test runs on the first event
        process_before_response=False,
    )

    @app.middleware
    def drop_retries(body, next):
        # Runs after signature checks, so a forged request cannot mark an event id as handled.
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if event_id and not bot.events.add(event_id):
            return BoltResponse(status=200, body="")
        return next()

    @app.event("app_mention")
    def on_mention(event, client, context):
        if event.get("bot_id") or str(event.get("channel", "")).startswith("D"):
            return  # a bot's own words; DMs arrive again as message.im and are answered there
        _answer(bot, client, event, context)

    @app.event("message")
    def on_message(event, client, context):
        if event.get("subtype") or event.get("bot_id") or event.get("user") == context.bot_user_id:
            return  # edits, joins and bots (ourselves included) are not questions
        if event.get("channel_type") != "im":
            # In channels only thread replies under our answers count; mentions come as app_mention.
            if mentions(event.get("text", ""), context.bot_user_id):
                return
            if not bot.is_followup(event.get("channel", ""), event.get("thread_ts")):
                return
        _answer(bot, client, event, context)

    @app.event(re.compile(".*"))
    def on_other_event():
        """Other events are acknowledged quietly, so Slack does not retry them."""

    @app.command("/cni")
    def on_command(ack, command, respond):
        ack(text=":hourglass_flowing_sand: Looking into it…")
        bot.answer_command(respond, user=command.get("user_id", ""), channel=command.get("channel_id", ""),
                           text=command.get("text", ""))

    @app.action(re.compile(f"^({blocks.FEEDBACK_UP}|{blocks.FEEDBACK_DOWN})$"))
    def on_vote(ack, body, action, respond):
        ack()
        bot.feedback(respond, answer_id=action.get("value", ""),
                     vote="up" if action["action_id"] == blocks.FEEDBACK_UP else "down",
                     user=body.get("user", {}).get("id", ""),
                     message_text=(body.get("message") or {}).get("text", ""))

    @app.action(blocks.POST_TO_CHANNEL)
    def on_post(ack, body, action, client, respond):
        ack()
        bot.post_to_channel(client, respond, answer_id=action.get("value", ""),
                            channel=(body.get("channel") or {}).get("id", ""),
                            user=body.get("user", {}).get("id", ""))

    return app


def _answer(bot: SlackBot, client, event: dict, context) -> None:
    bot.answer_in_thread(client, channel=event.get("channel", ""), user=event.get("user", ""),
                         text=event.get("text", ""), ts=event.get("ts", "0"),
                         thread_ts=event.get("thread_ts"), bot_user_id=context.bot_user_id)
