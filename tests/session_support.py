"""Live-session test helpers (no Qt): participants on loopback and random edits.

A `Participant` is what a Journey Editor window is to a session, minus the window:
a workspace, a `Peer` keeping it in line with the shared document, and a
`SessionClient` carrying the messages. `random_edit` makes the edits a workshop
makes (adds, moves, renames, deletes, votes, connections, stages), as the editor's
commands do: reversible model steps, whose Changes go to the peer.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

from journey_editor.fileformat.writer import encode_workspace
from journey_editor.model import ops
from journey_editor.model.edits import Change, Edit, Insert, MoveCards, Remove, Reorder, Step
from journey_editor.model.types import Card, Connection, Journey, Stage, Workspace, new_id
from journey_editor.session.client import SessionClient, State, session_url
from journey_editor.session.host import SessionHost
from journey_editor.session.peer import Peer

CODE = "K7M2-PQ9X"


class Participant:
    def __init__(self, name: str, port: int, code: str = CODE,
                 workspace: Workspace | None = None) -> None:
        self.name = name
        self.changes: list[Change] = []
        if workspace is None:
            self.peer = Peer.join(self._send, self.changes.append)
        else:
            self.peer = Peer.host(workspace, self._send, self.changes.append)
        self.states: list[State] = []
        self.client = SessionClient(session_url("127.0.0.1", port), code, self.peer.receive,
                                    self._on_state)
        self.task: asyncio.Task[State] | None = None

    @property
    def workspace(self) -> Workspace:
        return self.peer.workspace

    def start(self) -> None:
        self.task = asyncio.create_task(self.client.run())

    async def stop(self) -> None:
        self.client.stop()
        if self.task is not None:
            await asyncio.wait_for(self.task, 5)

    def _send(self, message: bytes) -> None:
        self.client.send(message)

    def _on_state(self, state: State) -> None:
        self.states.append(state)
        if state is State.CONNECTED:
            self.peer.connected()
        else:
            self.peer.disconnected()

    async def connected(self, timeout: float = 20) -> None:
        """Connected and holding the map: the map arrives after the handshake (a joined
        window shows it only then), and a busy machine can take its time."""
        await until(lambda: self.client.state is State.CONNECTED
                    and bool(self.workspace.journeys), timeout)

    def edit(self, steps: list[Step]) -> None:
        """Applies steps as a command would, and tells the peer what changed."""
        changes = [step.apply(self.workspace) for step in steps]
        self.peer.local(changes)

    def encoded(self) -> bytes:
        return encode_workspace(self.workspace)


async def start_host(workspace: Workspace, code: str = CODE) -> tuple[SessionHost, Participant]:
    """The host's server and the host's own window, seeded from `workspace`."""
    own = Participant("host", 0, code, workspace)
    server = SessionHost(own.peer.doc.get_update(), code)
    port = await server.start()
    own.client.url = session_url("127.0.0.1", port)
    own.start()
    await own.connected()
    return server, own


async def until(condition: Callable[[], bool], timeout: float = 10, step: float = 0.02) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(step)


async def converged(participants: list[Participant], timeout: float = 20) -> bytes:
    """Waits until every participant shows the same map; returns its encoding."""
    def same() -> bool:
        first = participants[0].encoded()
        return all(p.encoded() == first for p in participants[1:])

    await until(same, timeout, 0.05)
    return participants[0].encoded()


def doc_map(server: SessionHost) -> bytes:
    """The room's document read as a map (what a new participant would see)."""
    from journey_editor.session.projection import project_workspace

    return encode_workspace(project_workspace(server.doc))


# --- random workshop edits --------------------------------------------------------------

def random_edit(rng: random.Random, workspace: Workspace, who: str) -> list[Step]:
    """One edit a participant could make on the first journey (may be none)."""
    journey = workspace.journeys[0]
    edit = rng.choices(_EDITS, weights=[weight for _, weight in _WEIGHTS])[0]
    return edit(rng, journey, who)


def _add_card(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if not journey.stages or not journey.lanes:
        return []
    card = Card(id=new_id("card"), stage=rng.choice(journey.stages).id,
                lane=rng.choice(journey.lanes).id, title=f"{who} {rng.randrange(1000)}")
    return [Insert(journey.id, "card", card)]


def _move_card(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if not journey.cards:
        return []
    card = rng.choice(journey.cards)
    cell = (rng.choice(journey.stages).id, rng.choice(journey.lanes).id)
    if (card.stage, card.lane) == cell:
        return []
    return [MoveCards(journey.id, "card", [(card.id, *cell)])]


def _rename_card(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if not journey.cards:
        return []
    card = rng.choice(journey.cards)
    return [Edit(journey.id, "card", card.id, {"title": f"{card.title[:20]} by {who}"})]


def _card_notes(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if not journey.cards:
        return []
    card = rng.choice(journey.cards)
    return [Edit(journey.id, "card", card.id, {"notes": f"{who} noted {rng.randrange(99)}",
                                                 "emotion": rng.randint(-3, 3)})]


def _delete_card(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if not journey.cards:
        return []
    card = rng.choice(journey.cards)
    steps: list[Step] = [Remove(journey.id, "connection", link.id)
                         for link in ops.connections_of(journey, [card.id])]
    return [*steps, Remove(journey.id, "card", card.id)]


def _vote(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if not journey.cards:
        return []
    card = rng.choice(journey.cards)
    votes = {**card.votes, who: card.votes.get(who, 0) + 1}
    return [Edit(journey.id, "card", card.id, {"votes": votes})]


def _connect(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if len(journey.cards) < 2:
        return []
    source, target = rng.sample(journey.cards, 2)
    if any(c.source == source.id and c.target == target.id for c in journey.connections):
        return []
    link = Connection(id=new_id("link"), source=source.id, target=target.id)
    return [Insert(journey.id, "connection", link)]


def _add_stage(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if len(journey.stages) >= 8:
        return []
    stage = Stage(id=new_id("stage"), name=f"Stage of {who}")
    return [Insert(journey.id, "stage", stage, rng.randint(0, len(journey.stages)))]


def _rename_stage(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    stage = rng.choice(journey.stages)
    return [Edit(journey.id, "stage", stage.id, {"name": f"{who}'s {rng.randrange(99)}"})]


def _reorder_stage(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    if len(journey.stages) < 2:
        return []
    stage = rng.choice(journey.stages)
    return [Reorder(journey.id, "stage", stage.id, rng.randrange(len(journey.stages)))]


def _delete_stage(rng: random.Random, journey: Journey, who: str) -> list[Step]:
    """As commands.make_remove_header: the stage's cards and their connections go too."""
    if len(journey.stages) < 4:
        return []
    stage = rng.choice(journey.stages)
    cards = [c.id for c in ops.cards_in(journey, stage=stage.id)]
    steps: list[Step] = [Remove(journey.id, "connection", link.id)
                         for link in ops.connections_of(journey, cards)]
    steps += [Remove(journey.id, "card", card_id) for card_id in cards]
    steps += [Edit(journey.id, "lane", lane.id, {"emotion_values": {
        k: v for k, v in lane.emotion_values.items() if k != stage.id}})
        for lane in journey.lanes if stage.id in lane.emotion_values]
    return [*steps, Remove(journey.id, "stage", stage.id)]


Edit_ = Callable[[random.Random, Journey, str], list[Step]]
# How often each edit comes, roughly as in a workshop: many cards, moves, renames and
# votes; now and then a stage added, moved or deleted.
_WEIGHTS: list[tuple[Edit_, float]] = [
    (_add_card, 4), (_move_card, 3), (_rename_card, 3), (_card_notes, 1), (_vote, 3),
    (_connect, 2), (_delete_card, 1), (_add_stage, 0.5), (_rename_stage, 1),
    (_reorder_stage, 0.5), (_delete_stage, 0.3)]
_EDITS = [edit for edit, _ in _WEIGHTS]


def loopback_multicast() -> str | None:
    """Why multicast cannot carry a datagram on loopback here, measured by sending one
    to the mDNS group and waiting for it (None: it came back, discovery can be tested)."""
    import socket
    import struct

    group, wanted = "224.0.0.251", b"journey-editor multicast probe"
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver, \
                socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            receiver.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            receiver.bind(("", 0))
            port = receiver.getsockname()[1]
            receiver.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, struct.pack(
                "4s4s", socket.inet_aton(group), socket.inet_aton("127.0.0.1")))
            receiver.settimeout(2)
            sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF,
                              socket.inet_aton("127.0.0.1"))
            sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
            sender.sendto(wanted, (group, port))
            while receiver.recv(256) != wanted:
                pass
    except TimeoutError:
        return "a multicast datagram sent on loopback did not come back within 2 s"
    except OSError as error:
        return f"multicast on loopback failed: {error}"
    return None
