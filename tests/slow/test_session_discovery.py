"""Sessions found on the network by zeroconf, on loopback: a hosted session is listed
with the host's name and the map's title (never the code) and goes from the list
when it ends. Skipped, with the measured reason, where multicast does not work."""

from __future__ import annotations

import asyncio
import threading

import pytest

from journey_editor.session.discovery import Advert, Browser, Found, instance_name
from tests.session_support import loopback_multicast, until

pytestmark = pytest.mark.slow
REASON = loopback_multicast()


@pytest.mark.skipif(REASON is not None, reason=f"discovery not testable here: {REASON}")
def test_a_hosted_session_is_listed_and_goes_when_it_ends() -> None:
    changed = threading.Event()
    browser = Browser(changed.set, ["127.0.0.1"])

    async def scenario() -> list[list[Found]]:
        adverts = [Advert("Ann", "Onboarding v2.1", "127.0.0.1", 40123),
                   Advert("Ann", "Onboarding v2.1", "127.0.0.1", 40124)]  # a name taken
        for advert in adverts:
            await advert.start()
        await until(lambda: len(browser.sessions()) == 2, timeout=10)
        listed = browser.sessions()
        await adverts[0].stop()
        await until(lambda: len(browser.sessions()) == 1, timeout=10)
        left = browser.sessions()
        await adverts[1].stop()
        return [listed, left]

    try:
        listed, left = asyncio.run(scenario())
    finally:
        browser.close()
    assert changed.is_set()
    assert {(f.host_name, f.title, f.address, f.port) for f in listed} == {
        ("Ann", "Onboarding v2.1", "127.0.0.1", 40123),
        ("Ann", "Onboarding v2.1", "127.0.0.1", 40124)}
    assert len({f.key for f in listed}) == 2  # the second took another name
    assert [f.port for f in left] == [40124]


def test_an_announcement_name_is_one_dns_label() -> None:
    name = instance_name("Åsa Ölund", "Map. " * 40)
    assert "." not in name and len(name.encode()) <= 63
    assert name.startswith("Åsa Ölund: Map")
    assert instance_name("", "") == "Session"
