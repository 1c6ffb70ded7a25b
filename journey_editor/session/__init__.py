"""Live workshop sessions: one map shared by several Journey Editors on a network.

The workspace is mirrored in a CRDT document (pycrdt, the Python binding of the Yjs
engine) keyed by the same stable ids the file uses (`layout`, `mirror`,
`projection`); local edits stay undoable commands and are written into it, remote
ones come back as model steps outside the undo stack (`remote`, `peer`). The host
serves the document with pycrdt-websocket's room behind a session-code handshake
(`auth`, `host`) and checks every update before it reaches the room (`gate`);
participants connect and reconnect with `client`. Everything here but the Qt
edge is Qt-free, and pycrdt and websockets are imported only when a session starts.
"""
