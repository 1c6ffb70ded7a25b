"""Maps the layout tests lay out: the retail template, four edge maps and seeded random maps.

The golden files (tests/golden/) hold the layout of the named maps, so a change here is
a change of the goldens: regenerate them (see tests/unit/test_golden_layout.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from journey_editor.fileformat import read_workspace
from journey_editor.model.types import (
    MAX_NAME,
    Card,
    Connection,
    Journey,
    Lane,
    LaneKind,
    Phase,
    Stage,
    Zone,
)
from journey_editor.templates import find_template

# Words from the template languages and beyond: compounds longer than any card line,
# scripts the bundled font lacks (measured as the fallback glyph), right-to-left text.
LONG_WORDS = [
    "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz",
    "lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas",
    "aansprakelijkheidsverzekeringsmaatschappijen",
    "realisationsvinstbeskattning",
    "speciallægepraksisplanlægningsstabiliseringsperiode",
    "Превысокомногорассмотрительствующий",
    "αντιστοιχισμένων",
    "お客様サポートセンターへのお問い合わせ手続き",
    "خدمة العملاء عبر الإنترنت",
    "https://shop.example.com/checkout/step-3?session=abcdef0123456789",
    "x" * 500,  # the longest title the format allows, without a space
]
# Text a pasted title brings: line breaks, tabs, invisible and combining characters.
ODD_WORDS = ["a\nb", "\n\n", "\t", "\u200b", "e\u0301\u0301", "\u00a0\u00a0", "W" * 40,
             "a-hyphenated-compound-longer-than-a-line"]
SHORT_WORDS = ["Ad", "Store", "pays", "by", "card", "asks", "a", "question", "and", "waits",
               "for", "the", "parcel", "Kassa", "betalen", "kundtjänst", "ostoskori", "🛒"]


def retail() -> Journey:
    """The retail template as the app ships it (read directly: no revision dated now)."""
    return read_workspace(find_template("retail").path).journeys[0]


def empty() -> Journey:
    """No stages, no lanes, no cards: what a file may hold before anything is added."""
    return Journey(id="j", name="Empty")


def huge_cell() -> Journey:
    """200 cards in one wide cell, beside one small cell in each direction; arrows inside
    the big cell and out of it."""
    stages = [Stage(id="wide", name="Wide stage", width=700.0), Stage(id="next", name="Next")]
    lanes = [Lane(id="notes", name="Notes", kind="text", preset="ideas"),
             Lane(id="web", name="Website", kind="channel", zone="frontstage")]
    rng = random.Random(200)
    cards = [_random_card(rng, f"c{i:03}", "wide", "notes", SHORT_WORDS) for i in range(200)]
    cards += [Card(id="n1", stage="next", lane="notes", title="After"),
              Card(id="w1", stage="wide", lane="web", title="Site", emotion=1)]
    links = [Connection(id=f"k{i}", source=f"c{i:03}", target=f"c{i + 7:03}")
             for i in range(0, 190, 9)]
    links += [Connection(id="out", source="c199", target="n1"),
              Connection(id="up", source="w1", target="c000")]
    return Journey(id="j", name="Huge cell", stages=stages, lanes=lanes, cards=cards,
                   connections=links)


def long_titles() -> Journey:
    """Stage, lane and card names in several languages with very long words."""
    words = LONG_WORDS + SHORT_WORDS + ODD_WORDS
    phases: list[Phase | None] = ["before", "during", None, "after", None]
    stages = [Stage(id=f"s{i}", name=_joined(words[i::5]), phase=phase)
              for i, phase in enumerate(phases)]
    kinds: list[tuple[LaneKind, Zone]] = [("text", "customer"), ("channel", "frontstage"),
                                          ("emotion", "customer"), ("text", "backstage")]
    lanes = [Lane(id=f"l{i}", name=_joined(words[i::4]), kind=kind, zone=zone)
             for i, (kind, zone) in enumerate(kinds)]
    cards = [Card(id=f"c{i}", stage=f"s{i % 5}", lane=f"l{i % 4}",
                  title=_joined(words[i % len(words):] + words[:i % 3]),
                  emotion=(i % 7) - 3 if i % 2 else None, key_touchpoint=i % 5 == 0)
             for i in range(len(words))]
    links = [Connection(id=f"k{i}", source=f"c{i}", target=f"c{i + 1}")
             for i in range(len(cards) - 1)]
    return Journey(id="j", name="Long titles", stages=stages, lanes=lanes, cards=cards,
                   connections=links)


def hundred_stages() -> Journey:
    """100 stages of varied widths; a path along them and arrows back over many stages."""
    stages = [Stage(id=f"s{i:03}", name=f"Stage {i}",
                    width=(None, 120.0, 260.0, 10.0)[i % 4], phase=(None, "during")[i % 2])
              for i in range(100)]
    lanes = [Lane(id="doing", name="Doing", kind="text", preset="actions"),
             Lane(id="web", name="Web", kind="channel", zone="frontstage"),
             Lane(id="feel", name="Feeling", kind="emotion",
                  emotion_values={f"s{i:03}": float((i % 7) - 3) for i in range(0, 100, 3)}),
             Lane(id="crm", name="CRM", kind="text", preset="systems", zone="support")]
    cards = [Card(id=f"c{i:03}", stage=f"s{i:03}", lane=("doing", "web", "crm")[i % 3],
                  title=f"Step {i}", emotion=(i % 5) - 2 if i % 2 else None)
             for i in range(100)]
    links = [Connection(id=f"k{i}", source=f"c{i:03}", target=f"c{i + 1:03}") for i in range(99)]
    links += [Connection(id=f"b{i}", source=f"c{i + 40:03}", target=f"c{i:03}")
              for i in range(0, 60, 15)]
    return Journey(id="j", name="Hundred stages", stages=stages, lanes=lanes, cards=cards,
                   connections=links)


NAMED_MAPS: dict[str, Callable[[], Journey]] = {
    "retail": retail, "empty": empty, "huge_cell": huge_cell, "long_titles": long_titles,
    "hundred_stages": hundred_stages,
}


def random_map(seed: int) -> Journey:
    """A map a file may hold: 1-8 stages and 1-6 lanes of any kind, width and height,
    up to 60 cards anywhere (emotion lanes too), arrows between any two distinct cards."""
    rng = random.Random(seed)
    phases: list[Phase | None] = [None, "before"]
    kinds: list[LaneKind] = ["text", "channel", "emotion"]
    zones: list[Zone] = ["customer", "frontstage", "backstage", "support"]
    stages = [Stage(id=f"s{i}", name=_words(rng, 0, 6), phase=rng.choice(phases),
                    width=rng.choice([None, 10.0, rng.uniform(10.0, 600.0)]))
              for i in range(rng.randint(1, 8))]
    lanes = [Lane(id=f"l{i}", name=_words(rng, 0, 8), kind=rng.choice(kinds),
                  zone=rng.choice(zones),
                  height=rng.choice([None, 10.0, rng.uniform(10.0, 300.0)]))
             for i in range(rng.randint(1, 6))]
    cards = [_random_card(rng, f"c{i}", rng.choice(stages).id, rng.choice(lanes).id,
                          SHORT_WORDS + LONG_WORDS[:3] + ODD_WORDS)
             for i in range(rng.randint(0, 60))]
    pairs = {(a.id, b.id) for a, b in (rng.sample(cards, 2) for _ in range(len(cards)))
             } if len(cards) > 1 else set()
    links = [Connection(id=f"k{i}", source=a, target=b) for i, (a, b) in enumerate(sorted(pairs))]
    return Journey(id="j", name=f"Random {seed}", stages=stages, lanes=lanes, cards=cards,
                   connections=links)


def _words(rng: random.Random, low: int, high: int, words: list[str] = SHORT_WORDS) -> str:
    return _joined(rng.choices(words, k=rng.randint(low, high)))


def _joined(words: list[str]) -> str:
    """The words as one name, cut to the longest a file may hold."""
    return " ".join(words)[:MAX_NAME]


def _random_card(rng: random.Random, card_id: str, stage: str, lane: str,
                 words: list[str]) -> Card:
    """A card with a title of 0-30 words and, at random, each mark a footer shows."""
    return Card(id=card_id, stage=stage, lane=lane, title=_words(rng, 0, 30, words),
                emotion=rng.choice([None, None, -3, 0, 2]),
                votes=rng.choice([{}, {}, {"Ann": 2, "Bo": 1}]),
                key_touchpoint=rng.random() < 0.2, inconsistent=rng.random() < 0.1,
                status=rng.choice(["draft", "draft", "validated", "retired"]),
                color=rng.choice([None, "#ffcc00"]))
