"""What a file on disk looked like when we last read or wrote it (no Qt).

Comparing identities tells whether someone else (another laptop, a sync client)
wrote the file since: size and modification time first, the hash of the bytes to be
sure (a sync client that rewrites the same bytes, or a `touch`, is not a change).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class DiskIdentity(NamedTuple):
    size: int
    mtime_ns: int
    sha256: str


def disk_identity(path: str | Path) -> DiskIdentity | None:
    """The file's identity, or None when it cannot be read (missing, a folder, no access)."""
    import hashlib  # here: loading OpenSSL is a noticeable part of the editor's start-up

    path = Path(path)
    try:
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return DiskIdentity(info.st_size, info.st_mtime_ns, digest)


def same_content(known: DiskIdentity | None, now: DiskIdentity | None) -> bool:
    """True when `now` holds the bytes `known` described (a missing file on both sides too)."""
    if known is None or now is None:
        return known is None and now is None
    return known.size == now.size and known.sha256 == now.sha256
