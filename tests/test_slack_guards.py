"""Retry dedupe and rate limit keep bounded memory and let people back in after the window."""

from __future__ import annotations

from ui.slack.guards import BoundedSet, RateLimiter


def test_bounded_set_forgets_the_oldest():
    seen = BoundedSet(capacity=3)
    assert seen.add("a") and not seen.add("a")
    for key in "bcd":
        assert seen.add(key)
    assert len(seen) == 3 and "a" not in seen and "d" in seen


def test_rate_limit_window_slides():
    now = [1000.0]
    limiter = RateLimiter(limit=2, window=60, clock=lambda: now[0])
    assert limiter.allow("u1") and limiter.allow("u1")
    assert not limiter.allow("u1")
    assert limiter.allow("u2"), "one user's burst must not block another"
    assert limiter.retry_after("u1") == 60
    now[0] += 59.5
    assert not limiter.allow("u1")
    now[0] += 1
    assert limiter.allow("u1")


def test_rate_limit_memory_is_bounded():
    limiter = RateLimiter(limit=1, window=60, max_users=100)
    for i in range(1000):
        limiter.allow(f"u{i}")
    assert len(limiter._hits) == 100
