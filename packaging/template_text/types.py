"""The shape of one language's template text (see build_templates.py)."""

from __future__ import annotations

from typing import TypedDict

Strings = dict[str, str]


class TemplateText(TypedDict):
    title: str                     # workspace title
    journey: Strings               # name, goal, description
    departments: list[str]
    personas: dict[str, Strings]   # persona id -> name, segment, goals, needs, frustrations, quote
    stages: dict[str, Strings]     # stage id -> name, description
    lanes: Strings                 # lane id -> name; overrides LanguageText["lanes"]
    cards: dict[str, Strings]      # card id -> Card text fields, plus "evidence.<kind>" notes


class LanguageText(TypedDict):
    lanes: Strings                 # names of the lanes that several templates share
    metrics: dict[str, Strings]    # metric key -> name, source
    templates: dict[str, TemplateText]
