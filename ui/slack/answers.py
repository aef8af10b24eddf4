"""Answers the bot has given, kept briefly so buttons (feedback, post to channel) can refer to them."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

from assistant.models import AskResult


@dataclass(frozen=True)
class Answer:
    question: str
    result: AskResult
    user: str = ""
    channel: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])

    @property
    def chunk_ids(self) -> list[str]:
        return [c.chunk_id for c in self.result.citations]


class AnswerCache:
    """The most recent `capacity` answers by id; older ones are forgotten (memory stays bounded)."""

    def __init__(self, capacity: int = 500):
        self._items: OrderedDict[str, Answer] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def put(self, answer: Answer) -> Answer:
        with self._lock:
            self._items[answer.id] = answer
            while len(self._items) > self._capacity:
                self._items.popitem(last=False)
        return answer

    def get(self, answer_id: str) -> Answer | None:
        with self._lock:
            return self._items.get(answer_id)
