"""What the bot does with a question, a thread reply or a button press; Bolt wiring lives in app.py."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.errors import AdvisorError
from assistant.models import AskResult
from ui.slack import blocks
from ui.slack.answers import Answer, AnswerCache
from ui.slack.guards import BoundedSet, RateLimiter
from ui.slack.text import question_text, split_evidence

if TYPE_CHECKING:
    from ui.feedback import Vote

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong while answering. Please try again in a minute."
EXPIRED = "That answer is too old for this button now; ask again to get a fresh one."


class SlackBot:
    """Holds the advisor and the bounded memory (answers, threads, rate limit) shared by all listeners."""

    def __init__(self, advisor, settings, *, rate_limit: int = 5):
        self.advisor, self.settings = advisor, settings
        self.answers = AnswerCache()
        self.threads = BoundedSet()  # threads the bot answered in: replies there continue the chat
        self.events = BoundedSet()
        self.limiter = RateLimiter(limit=rate_limit)
        # Two cores: one answer at a time keeps each one fast instead of all of them slow.
        self._ask_lock = threading.Lock()

    # -- questions -------------------------------------------------------------------------------

    def answer_in_thread(self, client, *, channel: str, user: str, text: str, ts: str,
                         thread_ts: str | None, bot_user_id: str | None) -> None:
        """A mention or DM: answer in its thread, with the thread's earlier questions as context;
        code blocks in the message are pasted node output, read as evidence."""
        question, evidence = split_evidence(text)
        root = thread_ts or ts
        if not question:
            client.chat_postMessage(channel=channel, thread_ts=root, text=blocks.HELLO)
            return
        if not self.limiter.allow(user):
            client.chat_postEphemeral(channel=channel, user=user, thread_ts=root, text=self._slow_down(user))
            return
        earlier = self._earlier_questions(client, channel, root, ts, bot_user_id) if thread_ts else []
        answer = self._ask(question, user=user, channel=channel, earlier=earlier, evidence=evidence,
                           on_error=lambda msg: client.chat_postMessage(channel=channel, thread_ts=root, text=msg))
        if answer is None:
            return
        self.threads.add(f"{channel}:{root}")
        for message in blocks.render(answer.result, answer_id=answer.id):
            client.chat_postMessage(channel=channel, thread_ts=root, blocks=message,
                                    text=blocks.fallback_text(answer.result))

    def answer_command(self, respond, *, user: str, channel: str, text: str) -> None:
        """`/cni question`: answered only to the asker, with a button to share it."""
        question, evidence = split_evidence(text)
        if not question:
            respond(text=blocks.HELLO, response_type="ephemeral")
            return
        if not self.limiter.allow(user):
            respond(text=self._slow_down(user), response_type="ephemeral")
            return
        answer = self._ask(question, user=user, channel=channel, earlier=[], evidence=evidence,
                           on_error=lambda msg: respond(text=msg, response_type="ephemeral"))
        if answer is None:
            return
        for message in blocks.render(answer.result, answer_id=answer.id, ephemeral=True):
            respond(blocks=message, text=blocks.fallback_text(answer.result), response_type="ephemeral",
                    replace_original=False)

    def is_followup(self, channel: str, thread_ts: str | None) -> bool:
        return bool(thread_ts) and f"{channel}:{thread_ts}" in self.threads

    # -- buttons ---------------------------------------------------------------------------------

    def feedback(self, respond, *, answer_id: str, vote: Vote, user: str, message_text: str = "") -> None:
        from ui.feedback import record_feedback

        answer = self.answers.get(answer_id)
        try:
            # An answer older than the cache still gets its vote, with the text Slack sent back.
            record_feedback(
                self.settings,
                question=answer.question if answer else "",
                answer=answer.result.answer if answer else message_text,
                chunk_ids=answer.chunk_ids if answer else [],
                vote=vote,
                channel="slack",
                user=user,
            )
        except AdvisorError as exc:
            log.warning("feedback not recorded: %s", exc)
            respond(text=f"Sorry, your feedback could not be saved: {exc}", response_type="ephemeral",
                    replace_original=False)
            return
        respond(text="Thanks, your feedback was recorded.", response_type="ephemeral", replace_original=False)

    def post_to_channel(self, client, respond, *, answer_id: str, channel: str, user: str) -> None:
        answer = self.answers.get(answer_id)
        if answer is None:
            respond(text=EXPIRED, response_type="ephemeral", replace_original=False)
            return
        from slack_sdk.errors import SlackApiError

        asked = blocks.asked_by(user, answer.question)
        messages = blocks.render(answer.result, answer_id=answer.id)
        messages[0] = [asked, *messages[0]][: blocks.MAX_BLOCKS]
        try:
            first = client.chat_postMessage(channel=channel, blocks=messages[0],
                                            text=blocks.fallback_text(answer.result))
            root = first.get("ts")
            for message in messages[1:]:
                client.chat_postMessage(channel=channel, thread_ts=root, blocks=message,
                                        text=blocks.fallback_text(answer.result))
        except SlackApiError as exc:
            reason = exc.response.get("error", "error")
            respond(text=f"I could not post here ({reason}): invite me with `/invite @cni-advisor` and retry.",
                    response_type="ephemeral", replace_original=False)
            return
        if root:
            self.threads.add(f"{channel}:{root}")
        respond(delete_original=True)

    # -- helpers ---------------------------------------------------------------------------------

    def _ask(self, question: str, *, user: str, channel: str, earlier: list[str],
             on_error: Callable[[str], object], evidence: list[str] | None = None) -> Answer | None:
        try:
            with self._ask_lock:
                conversation = self.advisor.conversation_from(earlier) if earlier else None
                result: AskResult = self.advisor.ask(question, conversation=conversation, evidence=evidence or None)
        except AdvisorError as exc:
            on_error(f":warning: {exc}")
            return None
        except Exception:  # a bug must not leave the asker waiting in silence
            log.exception("answering a Slack question failed")
            on_error(SORRY)
            return None
        return self.answers.put(Answer(question=question, result=result, user=user, channel=channel))

    def _earlier_questions(self, client, channel: str, root: str, ts: str, bot_user_id: str | None) -> list[str]:
        """The people's messages before this one in the thread (the bot's own answers left out)."""
        try:
            resp = client.conversations_replies(channel=channel, ts=root, limit=100)
        except Exception:  # no history scope or a transient error: answer without context
            log.warning("conversations.replies failed for %s/%s", channel, root, exc_info=True)
            return []
        questions = []
        for msg in resp.get("messages", []):
            if msg.get("bot_id") or msg.get("user") == bot_user_id or msg.get("subtype"):
                continue
            if float(msg.get("ts", "0")) >= float(ts):
                continue
            if q := question_text(msg.get("text", "")):
                questions.append(q)
        return questions

    def _slow_down(self, user: str) -> str:
        wait = self.limiter.retry_after(user)
        return (f"You're asking faster than I can think ({self.limiter.limit} questions a minute)."
                f" Please wait about {wait} s and ask again.")
