"""What keeps the bot safe on the open internet: retry dedupe and a per-user rate limit, both bounded."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable


class BoundedSet:
    """Keys seen recently (event ids, threads the bot answered in); the oldest are forgotten past `capacity`."""

    def __init__(self, capacity: int = 2048):
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def add(self, key: str) -> bool:
        """True when `key` is new. Slack retries events it thinks we missed: answering twice is worse."""
        with self._lock:
            if key in self._keys:
                self._keys.move_to_end(key)
                return False
            self._keys[key] = None
            while len(self._keys) > self._capacity:
                self._keys.popitem(last=False)
            return True

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)


class RateLimiter:
    """At most `limit` questions per user in a sliding `window` of seconds."""

    def __init__(self, limit: int = 5, window: float = 60.0, max_users: int = 10_000,
                 clock: Callable[[], float] = time.monotonic):
        self.limit, self.window = limit, window
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._max_users = max_users
        self._clock = clock
        self._lock = threading.Lock()

    def allow(self, user: str) -> bool:
        now = self._clock()
        with self._lock:
            hits = self._hits.pop(user, None) or deque()
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            allowed = len(hits) < self.limit
            if allowed:
                hits.append(now)
            self._hits[user] = hits  # re-inserted last: least recently active users go first
            while len(self._hits) > self._max_users:
                self._hits.popitem(last=False)
            return allowed

    def retry_after(self, user: str) -> int:
        """Whole seconds until `user` may ask again (0 if now)."""
        with self._lock:
            hits = self._hits.get(user)
            if not hits or len(hits) < self.limit:
                return 0
            return max(1, int(self.window - (self._clock() - hits[0]) + 0.999))

