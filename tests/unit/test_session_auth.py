"""The session code's handshake: the code proves itself without crossing the network."""

from __future__ import annotations

import pytest

from journey_editor.session import auth

CODE = "K7M2-PQ9X"
SALT = b"s" * 16


def test_the_right_code_is_admitted_and_the_host_proves_it_too() -> None:
    guest = auth.GuestSide("k7m2 pq9x")  # as typed: case and spaces do not matter
    host = auth.HostSide(auth.derive_key(CODE, SALT), SALT)
    proof = host.check(guest.answer(host.challenge()))
    guest.verify(proof)


def test_the_code_never_crosses_the_network() -> None:
    guest = auth.GuestSide(CODE)
    host = auth.HostSide(auth.derive_key(CODE, SALT), SALT)
    challenge = host.challenge()
    answer = guest.answer(challenge)
    for message in (challenge, answer, host.check(answer)):
        assert b"K7M2" not in message and b"PQ9X" not in message


def test_a_wrong_code_is_refused() -> None:
    host = auth.HostSide(auth.derive_key(CODE, SALT), SALT)
    with pytest.raises(auth.HandshakeError):
        host.check(auth.GuestSide("ZZZZ-ZZZZ").answer(host.challenge()))


def test_an_impostor_host_cannot_prove_the_code() -> None:
    guest = auth.GuestSide(CODE)
    impostor = auth.HostSide(auth.derive_key("ZZZZ-ZZZZ", SALT), SALT)
    answer = guest.answer(impostor.challenge())
    with pytest.raises(auth.HandshakeError):
        guest.verify(auth.MAGIC + bytes(auth.MAC))
    with pytest.raises(auth.HandshakeError):
        impostor.check(answer)


def test_a_replayed_answer_fails_against_a_new_challenge() -> None:
    key = auth.derive_key(CODE, SALT)
    first = auth.HostSide(key, SALT)
    answer = auth.GuestSide(CODE).answer(first.challenge())
    first.check(answer)
    with pytest.raises(auth.HandshakeError):
        auth.HostSide(key, SALT).check(answer)


def test_an_address_that_keeps_guessing_is_refused_for_a_while() -> None:
    throttle = auth.Throttle(limit=3, window=60)
    for second in range(3):
        assert not throttle.blocked("10.0.0.9", now=second)
        throttle.failed("10.0.0.9", now=second)
    assert throttle.blocked("10.0.0.9", now=10)
    assert not throttle.blocked("10.0.0.7", now=10)
    assert not throttle.blocked("10.0.0.9", now=100)  # the window passed


def test_codes_are_long_enough_and_easy_to_read_aloud() -> None:
    codes = {auth.new_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == auth.CODE_LENGTH and set(c) <= set(auth.ALPHABET) for c in codes)
    assert not set("01IO") & set(auth.ALPHABET)
    assert auth.normalized(auth.shown("ABCDEFGH")) == "ABCDEFGH"
