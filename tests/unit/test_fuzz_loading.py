"""Mutated files never crash or hang the loader: a Workspace or one JourneyFileError."""

from __future__ import annotations

import json
import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.fileformat import JourneyFileError, encode_workspace, parse_workspace
from journey_editor.model.types import Workspace
from tests.factories import small_workspace

VALID = encode_workspace(small_workspace())
TIME_BOUND = 2.0  # seconds; a valid 5,000-card file loads in ~10 ms


def _load(data: bytes) -> None:
    start = time.perf_counter()
    try:
        result = parse_workspace(data, "fuzzed.journey")
    except JourneyFileError as error:
        message = str(error)
        assert message.startswith("fuzzed.journey: ") and "\n" not in message
    else:
        assert isinstance(result, Workspace)
    assert time.perf_counter() - start < TIME_BOUND


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.binary(min_size=0, max_size=4)),
                min_size=1, max_size=8))
def test_byte_mutations(edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(VALID)
    for position, replacement in edits:
        data[position:position + max(len(replacement), 1)] = replacement  # b"": delete one
    _load(bytes(data))


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(VALID)))
def test_truncations(length: int) -> None:
    _load(VALID[:length])


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=12)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_structure_mutations(data: st.DataObject) -> None:
    doc = json.loads(VALID)
    path = data.draw(st.sampled_from(_paths(doc)[1:]))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    action = data.draw(st.sampled_from(["replace", "delete", "duplicate"]))
    if action == "replace":
        parent[path[-1]] = data.draw(_json)
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, list):
        parent.insert(path[-1], parent[path[-1]])
    else:
        parent[path[-1] + "_copy" if isinstance(path[-1], str) else path[-1]] = parent[path[-1]]
    _load(json.dumps(doc).encode())


def test_inputs_the_coverage_fuzzer_found() -> None:
    """Found by tests/fuzz/fuzz_loader.py: a NUL inside a key broke the message parser."""
    from pathlib import Path

    found = sorted((Path(__file__).parents[1] / "data" / "fuzz-found").glob("crash-*"))
    assert found
    for path in found:
        try:
            parse_workspace(path.read_bytes(), path.name)
        except JourneyFileError as error:
            assert "\n" not in str(error) and "unknown field" in str(error)
        else:
            raise AssertionError(f"{path.name} should not load")
