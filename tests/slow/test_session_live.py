"""Live sessions on loopback, no display: a host and participants through real
websockets, as the host's window and the participants' laptops would be."""

from __future__ import annotations

import asyncio
import os
import random
from pathlib import Path
from typing import Any

import pytest
from pycrdt import Map
from websockets.asyncio.client import connect

from journey_editor.fileformat import save_workspace
from journey_editor.model.edits import Edit
from journey_editor.session import auth
from journey_editor.session.client import State, session_url
from journey_editor.session.host import MAX_MESSAGE, PATH
from journey_editor.session.layout import encode_value
from journey_editor.session.mirror import root
from journey_editor.session.presence import Presence
from tests.factories import small_workspace
from tests.session_support import (
    CODE,
    Participant,
    converged,
    doc_map,
    random_edit,
    start_host,
    until,
)

pytestmark = pytest.mark.slow
EDITS = int(os.environ.get("SESSION_EDITS", "500"))  # per participant, as issue 17 asks


async def _edit_randomly(participant: Participant, seed: int, count: int) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        participant.edit(random_edit(rng, participant.workspace, participant.name))
        await asyncio.sleep(rng.random() * 0.01)  # 0-10 ms between edits, as people type


def test_three_participants_editing_at_once_converge_on_the_hosts_file(tmp_path: Path) -> None:
    async def scenario() -> tuple[bytes, list[Participant]]:
        server, host = await start_host(small_workspace())
        guests = [Participant(f"guest{i}", server.port) for i in range(3)]
        for guest in guests:
            guest.start()
        for guest in guests:
            await guest.connected()
        await asyncio.gather(*(_edit_randomly(g, i, EDITS) for i, g in enumerate(guests)))
        final = await converged([host, *guests], timeout=60)
        assert doc_map(server) == final  # the room holds the same map
        save_workspace(host.workspace, tmp_path / "host.journey")
        for participant in [host, *guests]:
            await participant.stop()
        await server.stop()
        return final, guests

    final, guests = asyncio.run(scenario())
    assert (tmp_path / "host.journey").read_bytes() == final
    journey = guests[0].workspace.journeys[0]
    assert len(journey.cards) > 10 and any(c.votes for c in journey.cards)  # a real workshop
    assert all(g.peer.rejected == 0 for g in guests)


def test_a_participant_offline_keeps_editing_and_catches_up_on_reconnect() -> None:
    async def scenario() -> None:
        server, host = await start_host(small_workspace())
        guest = Participant("guest", server.port)
        guest.start()
        await guest.connected()
        guest.client.drop()  # the network goes away
        await until(lambda: guest.client.state is State.OFFLINE)
        guest.edit([Edit("j1", "card", "a", {"title": "Written offline"})])
        host.edit([Edit("j1", "card", "c", {"title": "Written by the host"})])
        await guest.connected()
        final = await converged([host, guest])
        assert b"Written offline" in final and b"Written by the host" in final
        for participant in (host, guest):
            await participant.stop()
        await server.stop()

    asyncio.run(scenario())


def test_a_killed_participant_restarted_converges() -> None:
    async def scenario() -> None:
        server, host = await start_host(small_workspace())
        guests = [Participant(f"guest{i}", server.port) for i in range(2)]
        for guest in guests:
            guest.start()
            await guest.connected()
        work = [asyncio.create_task(_edit_randomly(g, i, 60)) for i, g in enumerate(guests)]
        await asyncio.sleep(0.2)
        victim = guests[1]
        work[1].cancel()
        victim.client.drop()  # killed: no goodbye, its document gone with it
        assert victim.task is not None
        victim.task.cancel()
        restarted = Participant("guest1-again", server.port)
        restarted.start()
        await restarted.connected()
        await work[0]
        await converged([host, guests[0], restarted], timeout=30)
        for participant in (host, guests[0], restarted):
            await participant.stop()
        await server.stop()

    asyncio.run(scenario())


def test_a_participant_without_the_code_gets_nothing() -> None:
    async def scenario() -> None:
        server, host = await start_host(small_workspace())
        intruder = Participant("intruder", server.port, code="AAAA-AAAA")
        intruder.start()
        assert await asyncio.wait_for(intruder.task, 10) is State.WRONG_CODE  # type: ignore[arg-type]
        assert intruder.workspace.journeys == [] and server.refused == 1
        assert server.connections == 1  # the host's own window only
        await host.stop()
        await server.stop()

    asyncio.run(scenario())


async def _raw_session(port: int) -> Any:
    """A connection that passed the handshake, to send whatever bytes it likes."""
    websocket = await connect(session_url("127.0.0.1", port), max_size=None, proxy=None)
    side = auth.GuestSide(CODE)
    await websocket.send(side.answer(await websocket.recv()))
    side.verify(await websocket.recv())
    return websocket


def test_a_malicious_participant_changes_nothing_on_the_host() -> None:
    async def scenario() -> None:
        server, host = await start_host(small_workspace())
        honest = Participant("honest", server.port)
        honest.start()
        await honest.connected()
        before = host.encoded()

        # A participant whose edits break the model's rules, behind its own model's back.
        rogue = Participant("rogue", server.port)
        rogue.start()
        await rogue.connected()
        await converged([host, rogue])
        card: Map[Any] = root(rogue.peer.doc, "journeys")["j1"]["cards"]["a"]
        card["title"] = encode_value("x" * 10_000)
        assert await asyncio.wait_for(rogue.task, 10) is State.REFUSED  # type: ignore[arg-type]

        # Oversized and damaged messages from a connection that knows the code.
        for message in (b"\x00\x02" + os.urandom(MAX_MESSAGE + 10), b"\x00\x02\xff\xff\x7f",
                        b"\x05nonsense"):
            websocket = await _raw_session(server.port)
            await websocket.send(message)
            await asyncio.wait_for(websocket.wait_closed(), 10)
            assert websocket.close_code in (1009, 4008)

        await asyncio.sleep(0.2)
        assert host.encoded() == before and honest.encoded() == before
        assert doc_map(server) == before
        honest.edit([Edit("j1", "card", "a", {"title": "Still working"})])  # the session goes on
        final = await converged([host, honest])
        assert b"Still working" in final
        for participant in (host, honest):
            await participant.stop()
        await server.stop()

    asyncio.run(scenario())


def test_ending_the_session_closes_every_connection() -> None:
    async def scenario() -> None:
        server, host = await start_host(small_workspace())
        guests = [Participant(f"guest{i}", server.port) for i in range(3)]
        for guest in guests:
            guest.start()
            await guest.connected()
        assert server.connections == 4
        await server.stop()
        for participant in [host, *guests]:
            assert await asyncio.wait_for(participant.task, 10) is State.ENDED  # type: ignore[arg-type]
        assert server.connections == 0

    asyncio.run(scenario())


def test_a_websocket_on_another_path_is_closed() -> None:
    async def scenario() -> None:
        server, host = await start_host(small_workspace())
        async with connect(session_url("127.0.0.1", server.port).replace(PATH, "/other"),
                           proxy=None) as websocket:
            await asyncio.wait_for(websocket.wait_closed(), 10)
            assert websocket.close_code == 4003
        await host.stop()
        await server.stop()

    asyncio.run(scenario())


def test_who_is_on_which_card_reaches_the_others_and_a_forged_presence_does_not() -> None:
    async def scenario() -> None:
        server, host = await start_host(small_workspace())
        ann, bo = Participant("ann", server.port), Participant("bo", server.port)
        for guest in (ann, bo):
            guest.start()
            await guest.connected()
        ann.peer.set_presence(Presence(name="Ann", color="#d7263d", journey="j1", cards=["b"]))

        def seen_by(participant: Participant) -> list[tuple[str, list[str]]]:
            return [(p.name, p.cards) for p in participant.peer.roster.others().values()]

        await until(lambda: ("Ann", ["b"]) in seen_by(host) and ("Ann", ["b"]) in seen_by(bo))

        # A state of another shape (a name far too long) is refused at the host.
        roster = bo.peer.roster
        roster.awareness.set_local_state({"name": "x" * 5000, "cards": ["b"]})
        bo.peer.renew_presence()
        assert await asyncio.wait_for(bo.task, 10) is State.REFUSED  # type: ignore[arg-type]
        await asyncio.sleep(0.2)
        assert all(len(name) <= 60 for name, _ in seen_by(host) + seen_by(ann))
        for participant in (host, ann):
            await participant.stop()
        await server.stop()

    asyncio.run(scenario())
