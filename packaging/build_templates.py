"""Builds the bundled starting maps: resources/templates/<name>.<lang>.journey.

Run from the repository: python packaging/build_templates.py

Two kinds of tables drive it. The structure tables here (ids, phases, lane kinds, card
attributes, connections) hold no words and are shared by every language. The text
tables in template_text/<lang>.py hold every user-visible string, keyed by those ids;
English is the reference and every other table must have exactly its keys (checked
before anything is written). To add a language, add a module there and list it in
template_text.LANGUAGES. Output is deterministic: fixed ids, fixed dates, no revisions.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from journey_editor.fileformat import encode_workspace, parse_workspace, save_workspace
from journey_editor.model.types import (
    Card, CardStatus, Connection, ControlKind, Evidence, EvidenceKind, Journey, Lane,
    LaneKind, Metric, Persona, Phase, ScopeKind, Stage, Workspace, Zone, new_workspace,
)

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:  # template_text sits beside this file, run as a script or imported
    sys.path.insert(0, _HERE)
from template_text import TEXT, Strings, check_parallel  # noqa: E402
from template_text.types import LanguageText  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "templates"
METRIC_DATE = dt.date(2026, 10, 1)


# --------------------------------------------------------------------------- structure

@dataclass(frozen=True)
class LaneSpec:
    id: str
    kind: LaneKind = "text"
    preset: str = ""
    zone: Zone = "customer"
    emotion_values: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class CardSpec:
    id: str
    stage: str
    lane: str
    emotion: int | None = None
    control: ControlKind = "owned"
    direct: bool = True
    status: CardStatus = "draft"
    key: bool = False
    inconsistent: bool = False
    evidence: tuple[EvidenceKind, ...] = ()
    metrics: tuple[tuple[str, float], ...] = ()   # (metric key, value), dated METRIC_DATE


@dataclass(frozen=True)
class TemplateSpec:
    name: str
    stages: tuple[tuple[str, Phase], ...]
    lanes: tuple[LaneSpec, ...]
    cards: tuple[CardSpec, ...] = ()
    paths: tuple[tuple[str, ...], ...] = ()   # each path links its cards in order
    personas: tuple[str, ...] = ()
    persona: str | None = None
    scope: ScopeKind = "broad"


GOALS = LaneSpec("lane-goals", preset="goals")
QUESTIONS = LaneSpec("lane-questions", preset="questions")
PAIN = LaneSpec("lane-pain", preset="pain_points")
IDEAS = LaneSpec("lane-ideas", preset="ideas")
TEAMS = LaneSpec("lane-teams", preset="teams", zone="backstage")


def channel_lane(lane_id: str) -> LaneSpec:
    return LaneSpec(lane_id, "channel", "touchpoints", "frontstage")


def emotion_lane(**by_stage: float) -> LaneSpec:
    """Stages given here get a set value; the others show the mean of their cards."""
    return LaneSpec("lane-emotion", "emotion", "emotion",
                    emotion_values={f"stage-{stage}": value for stage, value in by_stage.items()})


def notes(lane: str, *placements: tuple[str, str]) -> tuple[CardSpec, ...]:
    """Plain text cards: (card id, stage id) pairs in one lane."""
    return tuple(CardSpec(card_id, stage, lane) for card_id, stage in placements)


BLANK = TemplateSpec(
    name="blank",
    stages=(("stage-before", "before"), ("stage-during", "during"), ("stage-after", "after")),
    lanes=(GOALS, channel_lane("lane-touchpoints"), emotion_lane(), PAIN, IDEAS, TEAMS),
)

SIX_PHASES: tuple[Phase, ...] = ("before", "before", "during", "during", "after", "after")

R = "stage-discover", "stage-research", "stage-choose", "stage-buy", "stage-receive", "stage-use"
RETAIL = TemplateSpec(
    name="retail",
    stages=tuple(zip(R, SIX_PHASES, strict=True)),
    lanes=(GOALS, QUESTIONS, *map(channel_lane, ("lane-social", "lane-online", "lane-store",
                                                  "lane-mail", "lane-service")),
           emotion_lane(discover=1.0, receive=-1.5, use=0.5), PAIN, IDEAS, TEAMS,
           LaneSpec("lane-systems", preset="systems", zone="support")),
    cards=(
        CardSpec("card-advertising", R[0], "lane-social", 0, "paid", status="validated",
                 evidence=("analytics",)),
        CardSpec("card-social-media", R[0], "lane-social", 1, "earned", False),
        CardSpec("card-word-of-mouth", R[0], "lane-social", 2, "uncontrolled", False, "validated",
                 evidence=("interview",)),
        CardSpec("card-pr", R[0], "lane-social", 1, "earned", False),
        CardSpec("card-community", R[0], "lane-social", 1),
        CardSpec("card-ratings-reviews", R[1], "lane-social", 0, "uncontrolled", False, "validated",
                 evidence=("review_site",)),
        CardSpec("card-testimonials", R[1], "lane-social", 1, "earned", False),
        CardSpec("card-website", R[2], "lane-online", -1, status="validated", key=True,
                 inconsistent=True, evidence=("analytics",), metrics=(("conversion", 2.4),)),
        CardSpec("card-catalog", R[2], "lane-mail", 1),
        CardSpec("card-promotions", R[2], "lane-online", 1),
        CardSpec("card-store", R[2], "lane-store", 2, status="validated", key=True,
                 evidence=("observation",)),
        CardSpec("card-sales-staff", R[3], "lane-store", 1, status="validated"),
        CardSpec("card-phone-line", R[2], "lane-service", -1),
        CardSpec("card-point-of-sale", R[3], "lane-store", 1, status="validated"),
        CardSpec("card-transactional-emails", R[4], "lane-mail", -2, status="validated", key=True,
                 evidence=("support_log",)),
        CardSpec("card-billing", R[4], "lane-mail", -1),
        CardSpec("card-thank-you-card", R[4], "lane-mail", 2, status="planned"),
        CardSpec("card-online-help-center", R[5], "lane-online", 0),
        CardSpec("card-service-support", R[5], "lane-service", 1, status="validated", key=True,
                 evidence=("survey",), metrics=(("csat", 4.2),)),
        CardSpec("card-follow-up", R[5], "lane-service", 0),
        CardSpec("card-marketing-emails", R[5], "lane-mail", -1),
        *notes("lane-goals", ("card-goal-discover", R[0]), ("card-goal-research", R[1]),
               ("card-goal-choose", R[2]), ("card-goal-buy", R[3]), ("card-goal-receive", R[4]),
               ("card-goal-use", R[5])),
        *notes("lane-questions", ("card-question-research", R[1]), ("card-question-choose", R[2]),
               ("card-question-buy", R[3]), ("card-question-receive", R[4]),
               ("card-question-use", R[5])),
        *notes("lane-pain", ("card-pain-research", R[1]), ("card-pain-choose", R[2]),
               ("card-pain-receive", R[4]), ("card-pain-use", R[5])),
        *notes("lane-ideas", ("card-idea-choose", R[2]), ("card-idea-receive", R[4]),
               ("card-idea-use", R[5])),
        *notes("lane-teams", ("card-team-discover", R[0]), ("card-team-research", R[1]),
               ("card-team-choose", R[2]), ("card-team-buy", R[3]), ("card-team-receive", R[4]),
               ("card-team-use", R[5])),
        *notes("lane-systems", ("card-system-web-stock", R[2]), ("card-system-store-stock", R[2]),
               ("card-system-payment", R[3]), ("card-system-carrier", R[4]),
               ("card-system-tickets", R[5])),
    ),
    paths=(
        ("card-advertising", "card-social-media", "card-ratings-reviews", "card-testimonials",
         "card-website", "card-promotions", "card-store", "card-sales-staff",
         "card-point-of-sale", "card-transactional-emails", "card-thank-you-card",
         "card-billing", "card-online-help-center", "card-service-support", "card-follow-up",
         "card-marketing-emails"),
        ("card-word-of-mouth", "card-ratings-reviews"),
        ("card-catalog", "card-store"),
        ("card-website", "card-phone-line", "card-store"),
    ),
    personas=("persona-first-home",),
    persona="persona-first-home",
)

B = "stage-need", "stage-research", "stage-evaluate", "stage-buy", "stage-onboard", "stage-adopt"
B2B = TemplateSpec(
    name="b2b-software",
    stages=tuple(zip(B, SIX_PHASES, strict=True)),
    lanes=(GOALS, QUESTIONS, *map(channel_lane, ("lane-search", "lane-events", "lane-sales",
                                                  "lane-web", "lane-email", "lane-support")),
           emotion_lane(buy=-1.0, onboard=-0.5, adopt=1.5), PAIN, IDEAS, TEAMS),
    cards=(
        CardSpec("card-peer-advice", B[0], "lane-search", 1, "uncontrolled", False),
        CardSpec("card-online-search", B[0], "lane-search", 0, "earned"),
        CardSpec("card-blog", B[0], "lane-search", 1, status="validated", evidence=("analytics",)),
        CardSpec("card-review-sites", B[1], "lane-search", 0, "uncontrolled", False, "validated",
                 evidence=("review_site",)),
        CardSpec("card-conference", B[1], "lane-events", 1, "paid"),
        CardSpec("card-pricing-page", B[1], "lane-web", -1, status="validated", key=True,
                 evidence=("analytics",)),
        CardSpec("card-email-campaign", B[1], "lane-email", 0),
        CardSpec("card-free-trial", B[2], "lane-web", 2, status="validated", key=True,
                 metrics=(("trial_conversion", 18.0),)),
        CardSpec("card-trial-emails", B[2], "lane-email", -1),
        CardSpec("card-product-demo", B[2], "lane-sales", 1, status="validated",
                 evidence=("interview",)),
        CardSpec("card-sales-call", B[2], "lane-sales", 0),
        CardSpec("card-security-docs", B[2], "lane-web", -1),
        CardSpec("card-quote", B[3], "lane-sales", 0, status="validated"),
        CardSpec("card-supplier-questionnaire", B[3], "lane-sales", -1),
        CardSpec("card-e-signing", B[3], "lane-web", 1),
        CardSpec("card-invoice", B[3], "lane-email", -2, status="validated"),
        CardSpec("card-welcome-email", B[4], "lane-email", 1),
        CardSpec("card-kickoff", B[4], "lane-sales", 0, status="validated", key=True,
                 evidence=("interview",)),
        CardSpec("card-setup-guides", B[4], "lane-support", 0),
        CardSpec("card-who-to-contact", B[4], "lane-support", -2, status="validated",
                 inconsistent=True, evidence=("support_log",)),
        CardSpec("card-support-tickets", B[5], "lane-support", 1, status="validated", key=True,
                 evidence=("survey",), metrics=(("csat", 4.4), ("early_tickets", 14.0))),
        CardSpec("card-user-conference", B[5], "lane-events", 2),
        CardSpec("card-update-emails", B[5], "lane-email", 0),
        CardSpec("card-renewal", B[5], "lane-sales", 1),
        *notes("lane-goals", ("card-goal-need", B[0]), ("card-goal-research", B[1]),
               ("card-goal-evaluate", B[2]), ("card-goal-buy", B[3]), ("card-goal-onboard", B[4]),
               ("card-goal-adopt", B[5])),
        *notes("lane-questions", ("card-question-research", B[1]), ("card-question-evaluate", B[2]),
               ("card-question-buy", B[3]), ("card-question-onboard", B[4]),
               ("card-question-adopt", B[5])),
        *notes("lane-pain", ("card-pain-research", B[1]), ("card-pain-evaluate", B[2]),
               ("card-pain-buy", B[3]), ("card-pain-onboard", B[4])),
        *notes("lane-ideas", ("card-idea-research", B[1]), ("card-idea-evaluate", B[2]),
               ("card-idea-onboard", B[4])),
        *notes("lane-teams", ("card-team-need", B[0]), ("card-team-research", B[1]),
               ("card-team-evaluate", B[2]), ("card-team-buy", B[3]), ("card-team-onboard", B[4]),
               ("card-team-adopt", B[5])),
    ),
    paths=(
        ("card-peer-advice", "card-online-search", "card-blog", "card-review-sites",
         "card-pricing-page", "card-free-trial", "card-product-demo", "card-sales-call",
         "card-security-docs", "card-quote", "card-supplier-questionnaire", "card-e-signing",
         "card-invoice", "card-welcome-email", "card-kickoff", "card-setup-guides",
         "card-who-to-contact", "card-support-tickets", "card-update-emails", "card-renewal"),
        ("card-blog", "card-email-campaign", "card-pricing-page"),
        ("card-conference", "card-pricing-page"),
        ("card-free-trial", "card-trial-emails"),
        ("card-user-conference", "card-renewal"),
    ),
    personas=("persona-it-lead", "persona-buyer"),
    persona="persona-it-lead",
    scope="specific",
)

TEMPLATES = (BLANK, RETAIL, B2B)


# --------------------------------------------------------------------------- building

def build_workspace(spec: TemplateSpec, language: LanguageText) -> Workspace:
    text = language["templates"][spec.name]
    _check_keys(f"{spec.name} cards", {c.id for c in spec.cards}, text["cards"])
    _check_keys(f"{spec.name} personas", set(spec.personas), text["personas"])
    lane_names = language["lanes"] | text["lanes"]
    journey = Journey(
        id=f"journey-{spec.name}",
        persona=spec.persona,
        scope=spec.scope,
        departments=list(text["departments"]),
        stages=[Stage(id=sid, phase=phase, **text["stages"][sid]) for sid, phase in spec.stages],
        lanes=[_lane(lane, lane_names[lane.id]) for lane in spec.lanes],
        cards=[_card(card, text["cards"][card.id], language["metrics"]) for card in spec.cards],
        connections=_connections(spec.paths),
        **text["journey"],
    )
    personas = [Persona(id=pid, **text["personas"][pid]) for pid in spec.personas]
    return new_workspace(text["title"], personas=personas, journeys=[journey])


def _check_keys(where: str, expected: set[str], table: Mapping[str, object]) -> None:
    if missing := expected - table.keys():
        raise KeyError(f"{where}: no text for {sorted(missing)}")
    if extra := table.keys() - expected:
        raise KeyError(f"{where}: text for unknown ids {sorted(extra)}")


def _lane(spec: LaneSpec, name: str) -> Lane:
    return Lane(id=spec.id, name=name, kind=spec.kind, preset=spec.preset, zone=spec.zone,
                emotion_values=dict(spec.emotion_values))


def _card(spec: CardSpec, text: Strings, metric_text: dict[str, Strings]) -> Card:
    fields = {k: v for k, v in text.items() if not k.startswith("evidence.")}
    return Card(
        id=spec.id, stage=spec.stage, lane=spec.lane, control=spec.control, direct=spec.direct,
        emotion=spec.emotion, status=spec.status, key_touchpoint=spec.key,
        inconsistent=spec.inconsistent,
        evidence=[Evidence(kind=kind, note=text[f"evidence.{kind}"]) for kind in spec.evidence],
        metrics=[Metric(value=value, date=METRIC_DATE, **metric_text[key])
                 for key, value in spec.metrics],
        **fields,
    )


def _connections(paths: Iterable[tuple[str, ...]]) -> list[Connection]:
    pairs = [pair for path in paths for pair in itertools.pairwise(path)]
    return [Connection(id=f"link-{n}", source=source, target=target)
            for n, (source, target) in enumerate(pairs, start=1)]


def main() -> None:
    for code, language in TEXT.items():  # all first: a gap in Finnish must not leave
        check_parallel(TEXT["en"], language, code)  # half of the files rebuilt
    for code, language in TEXT.items():
        for spec in TEMPLATES:
            path = OUT_DIR / f"{spec.name}.{code}.journey"
            workspace = build_workspace(spec, language)
            parse_workspace(encode_workspace(workspace), path)  # the checks a user's open runs
            save_workspace(workspace, path, backup=False)
            journey = workspace.journeys[0]
            print(f"{path.name}: {len(journey.stages)} stages, {len(journey.lanes)} lanes, "
                  f"{len(journey.cards)} cards, {len(journey.connections)} connections")


if __name__ == "__main__":
    main()
