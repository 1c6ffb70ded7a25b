"""Order of items in a shared document: fractional position keys (no Qt).

A list whose order matters (stages, lanes, cards, connections, journeys, personas)
is a map of items by id in the shared document, each with a position key; the order
is the keys' order, ties broken by id. Two people moving items at once each rewrite
one key, never a shared array, so a move is never applied twice and a concurrent
insert never lands inside another one. Keys are strings of base-62 digits read as
fractions (0.xyz...), compared as plain strings; a key never ends in the digit 0,
so there is always room between two of them.
"""

from __future__ import annotations

from typing import TypeGuard

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE = len(DIGITS)
_VALUE = {digit: value for value, digit in enumerate(DIGITS)}
MAX_KEY = 400  # longer keys are refused as damaged: they take ~2,000 inserts at one spot


def is_key(text: object) -> TypeGuard[str]:
    return (isinstance(text, str) and 0 < len(text) <= MAX_KEY and not text.endswith("0")
            and all(digit in _VALUE for digit in text))


def between(low: str | None, high: str | None) -> str:
    """A key after `low` and before `high` (None: the start, the end); low < high."""
    if low is not None and high is not None and not low < high:
        raise ValueError(f"{low!r} is not before {high!r}")
    return _midpoint(low or "", high)


def _midpoint(low: str, high: str | None) -> str:
    if high is not None:
        common = 0  # the digits both share are kept: the new key goes after them
        while common < len(high) and (low[common] if common < len(low) else "0") == high[common]:
            common += 1
        if common:
            return high[:common] + _midpoint(low[common:], high[common:])
    first = _VALUE[low[0]] if low else 0
    last = _VALUE[high[0]] if high is not None else _BASE
    if last - first > 1:
        return DIGITS[(first + last) // 2]
    if high is not None and len(high) > 1:
        return high[0]  # high's first digit alone is between the two
    return DIGITS[first] + _midpoint(low[1:], None)


def after(low: str | None) -> str:
    """A short key after `low`, for appending: the first digit that can grow grows, so
    keys lengthen by one digit only every ~60 appends."""
    if not low:
        return DIGITS[_BASE // 2]
    for index, digit in enumerate(low):
        if _VALUE[digit] < _BASE - 1:
            return low[:index] + DIGITS[_VALUE[digit] + 1]
    return low + DIGITS[1]


def spread(count: int) -> list[str]:
    """`count` increasing keys of equal length, evenly spaced (a document's first order)."""
    width = 1
    while _BASE**width <= count + 1:
        width += 1
    keys = []
    for index in range(1, count + 1):
        value = index * _BASE**width // (count + 1)
        digits = []
        for _ in range(width):
            value, digit = divmod(value, _BASE)
            digits.append(DIGITS[digit])
        keys.append("".join(reversed(digits)).rstrip("0"))
    return keys


def fitting(low: str | None, high: str | None) -> str:
    """A key after `low` and, when they are in order, before `high` (neighbours out of
    order, from concurrent inserts: after `low`, and the caller fixes what follows)."""
    if high is not None and (low is None or low < high):
        return between(low, high)
    return after(low)
