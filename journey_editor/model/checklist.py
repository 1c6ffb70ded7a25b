"""The analysis questions of METHOD step 7, which a journey answers in its checklist.

No Qt. The ids are saved in `.journey` files (`ChecklistItem.question`): never change
or reuse one. Every question is phrased so that "yes" is the good answer, so a list of
answers reads the same way throughout. The texts are the English source; `text` and
`title` translate them when read (context "Checklist"), not at import, because this
module may be imported before the GUI installs its translator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.model.types import ChecklistAnswer, ChecklistItem, Journey

GroupId = Literal["customer", "touchpoints", "organisation"]


def _n(text: str) -> str:
    """Marks an English source for the catalogs (translated when read, see the module)."""
    return QT_TRANSLATE_NOOP("Checklist", text)


@dataclass(frozen=True)
class Group:
    id: GroupId
    source: str  # English title

    @property
    def title(self) -> str:
        return translate("Checklist", self.source)


@dataclass(frozen=True)
class Question:
    id: str
    group: GroupId
    source: str  # English text

    @property
    def text(self) -> str:
        return translate("Checklist", self.source)


GROUPS: list[Group] = [
    Group("customer", _n("What the customer has")),
    Group("touchpoints", _n("How the touchpoints work")),
    Group("organisation", _n("How the organisation works")),
]

QUESTIONS: list[Question] = [
    Question("customer-expectations", "customer",
             _n("Does the customer know what will happen next, and when?")),
    Question("customer-timely-information", "customer",
             _n("Does the customer get the information they need at the moment they need it?")),
    Question("customer-contacts", "customer",
             _n("For every kind of problem, does the customer know whom to contact and how?")),
    Question("customer-confirmation", "customer",
             _n("Does the customer receive a confirmation of the order?")),
    Question("customer-complaints", "customer",
             _n("Does the customer have a clear way to complain?")),
    Question("touchpoints-work", "touchpoints",
             _n("Do the touchpoints work the way they were designed to?")),
    Question("touchpoints-workflow", "touchpoints",
             _n("Is the way through them logical and easy to follow?")),
    Question("touchpoints-information", "touchpoints",
             _n("Do they give just enough information: not too much, not too little?")),
    Question("touchpoints-quality", "touchpoints",
             _n("Do they deliver the quality we mean to deliver?")),
    Question("organisation-efficient", "organisation",
             _n("Does the organisation behind the touchpoints work efficiently?")),
    Question("organisation-service-levels", "organisation",
             _n("Is the work organised around clear service-level goals?")),
    Question("organisation-few-contacts", "organisation",
             _n("Does the customer deal with few enough people and departments not to be"
                " confused?")),
]

_BY_ID = {question.id: question for question in QUESTIONS}

ANSWER_SOURCES: dict[ChecklistAnswer, str] = {
    "yes": _n("yes"), "partly": _n("partly"), "no": _n("no"), "unchecked": _n("not checked"),
}


def question(question_id: str) -> Question | None:
    return _BY_ID.get(question_id)


def questions_in(group: GroupId) -> list[Question]:
    return [q for q in QUESTIONS if q.group == group]


def answer_text(answer: ChecklistAnswer) -> str:
    """'yes', 'partly', 'no' or 'not checked', translated."""
    return translate("Checklist", ANSWER_SOURCES[answer])


def answers(journey: Journey) -> dict[str, ChecklistItem]:
    """The journey's answers by question id; a question missing here is not checked."""
    return {item.question: item for item in journey.checklist}


def unknown_answers(journey: Journey) -> list[ChecklistItem]:
    """Answers to questions this version does not know (a newer file): kept and shown,
    never dropped."""
    return [item for item in journey.checklist if item.question not in _BY_ID]
