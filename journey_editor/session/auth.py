"""The session code and the handshake that proves it (no Qt, no IO).

The host shows a short code; whoever joins must know it. The code never crosses the
network: the host sends a random salt and nonce, the participant answers with its
own nonce and an HMAC of both under a key derived from the code, and the host
answers with its own HMAC, so the participant knows it reached the host that showed
the code and not an impostor. The key is derived with scrypt (~30 ms), so that
someone who recorded a handshake on the network cannot simply try every code; the
host derives it once per session. Wrong answers are counted per address, and an
address that keeps guessing is refused for a while.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed on a laptop
CODE_LENGTH = 8  # 40 bits
MAGIC = b"JES1"  # the handshake's version: an older or newer peer is told apart
NONCE = 16
MAC = 32
CHALLENGE_SIZE = len(MAGIC) + 2 * NONCE
ANSWER_SIZE = len(MAGIC) + NONCE + MAC
PROOF_SIZE = len(MAGIC) + MAC


class HandshakeError(ValueError):
    """The other side does not know the code, or does not speak this handshake."""


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def shown(code: str) -> str:
    """The code as displayed: two groups of four (ABCD-EFGH)."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def normalized(typed: str) -> str:
    """What someone typed, as the code: case, spaces and dashes do not matter."""
    return "".join(typed.upper().split()).replace("-", "")


def derive_key(code: str, salt: bytes) -> bytes:
    return hashlib.scrypt(normalized(code).encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


def _mac(key: bytes, role: bytes, salt: bytes, server_nonce: bytes,
         client_nonce: bytes) -> bytes:
    return hmac.new(key, role + salt + server_nonce + client_nonce, hashlib.sha256).digest()


@dataclass
class HostSide:
    """The host's half of one handshake: `challenge()`, then `check(answer)`."""

    key: bytes
    salt: bytes
    nonce: bytes = field(default_factory=lambda: secrets.token_bytes(NONCE))
    client_nonce: bytes = b""

    def challenge(self) -> bytes:
        return MAGIC + self.salt + self.nonce

    def check(self, answer: bytes) -> bytes:
        """The proof to send back; raises HandshakeError for a wrong answer."""
        if len(answer) != ANSWER_SIZE or not answer.startswith(MAGIC):
            raise HandshakeError("not a session handshake")
        self.client_nonce = answer[len(MAGIC):len(MAGIC) + NONCE]
        expected = _mac(self.key, b"client", self.salt, self.nonce, self.client_nonce)
        if not hmac.compare_digest(expected, answer[len(MAGIC) + NONCE:]):
            raise HandshakeError("wrong session code")
        return MAGIC + _mac(self.key, b"server", self.salt, self.nonce, self.client_nonce)


@dataclass
class GuestSide:
    """The participant's half: `answer(challenge)`, then `verify(proof)`."""

    code: str
    nonce: bytes = field(default_factory=lambda: secrets.token_bytes(NONCE))
    _expected: bytes = b""

    def answer(self, challenge: bytes) -> bytes:
        if len(challenge) != CHALLENGE_SIZE or not challenge.startswith(MAGIC):
            raise HandshakeError("not a Journey Editor session")
        salt = challenge[len(MAGIC):len(MAGIC) + NONCE]
        server_nonce = challenge[len(MAGIC) + NONCE:]
        key = derive_key(self.code, salt)
        self._expected = MAGIC + _mac(key, b"server", salt, server_nonce, self.nonce)
        return MAGIC + self.nonce + _mac(key, b"client", salt, server_nonce, self.nonce)

    def verify(self, proof: bytes) -> None:
        if not self._expected or not hmac.compare_digest(proof, self._expected):
            raise HandshakeError("the host did not prove the code")


@dataclass
class Throttle:
    """Refuses an address after `limit` wrong answers within `window` seconds."""

    limit: int = 5
    window: float = 60.0
    _failures: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def blocked(self, address: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        failures = self._failures[address]
        while failures and failures[0] < now - self.window:
            failures.popleft()
        return len(failures) >= self.limit

    def failed(self, address: str, now: float | None = None) -> None:
        self._failures[address].append(time.monotonic() if now is None else now)
