"""Which of a card's fields the Inspector offers, by the lane the card sits in.

A touchpoint (a card in a channel lane) has the whole form: channel, owner, control,
contact, feedback. A sticky note in a goals, questions, pain-point, idea, team or
system lane gets the fields the method asks of that kind of note (METHOD steps 5-7),
and never the touchpoint's: a customer goal has no channel and no owner.

A field the form leaves out but that holds a value (the card came from another lane,
or a file set it) is still shown, so nothing is hidden that the card holds, and
nothing is ever cleared by a change of lane.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.types import Card, Lane

# Every form has these: what the note says (and shows), how it was checked, where it is.
_COMMON = ("title", "picture", "notes", "status", "evidence", "comments", "votes", "stage",
           "lane", "color")


@dataclass(frozen=True)
class CardForm:
    name: str  # marked with QT_TRANSLATE_NOOP("Inspector", ...): the form's section title
    fields: frozenset[str]  # the model attributes the form shows
    hint: str = ""  # the title field's placeholder, marked like `name`


def _form(name: str, hint: str, *fields: str) -> CardForm:
    return CardForm(name, frozenset((*_COMMON, *fields)), hint)


TOUCHPOINT = CardForm(
    QT_TRANSLATE_NOOP("Inspector", "Touchpoint"), frozenset(Card.__struct_fields__),
    QT_TRANSLATE_NOOP("Inspector", "Where the customer meets the brand"))
NOTE = _form(QT_TRANSLATE_NOOP("Inspector", "Sticky note"), "", "emotion", "ideas")
EMOTION = _form(QT_TRANSLATE_NOOP("Inspector", "Emotion"), "", "emotion")

# By the lane's preset (a sticky-note lane without one, or with one this version does
# not know, gets NOTE).
FORMS: dict[str, CardForm] = {
    "goals": _form(QT_TRANSLATE_NOOP("Inspector", "Customer goal"),
                   QT_TRANSLATE_NOOP("Inspector", "What the customer wants to achieve"),
                   "expectations", "emotion"),
    "actions": _form(QT_TRANSLATE_NOOP("Inspector", "Customer action"),
                     QT_TRANSLATE_NOOP("Inspector", "What the customer does"),
                     "customer_goal", "expectations", "emotion"),
    "questions": _form(QT_TRANSLATE_NOOP("Inspector", "Customer question"),
                       QT_TRANSLATE_NOOP("Inspector", "What the customer asks here"),
                       "emotion", "ideas"),
    "thoughts": _form(QT_TRANSLATE_NOOP("Inspector", "Thought"), "", "emotion"),
    "feelings": _form(QT_TRANSLATE_NOOP("Inspector", "Feeling"), "", "emotion"),
    # How bad it is: the emotion it causes, the dots it got, the numbers that show it.
    "pain_points": _form(QT_TRANSLATE_NOOP("Inspector", "Pain point"),
                         QT_TRANSLATE_NOOP("Inspector", "What gets in the customer's way"),
                         "emotion", "ideas", "inconsistent", "metrics"),
    "ideas": _form(QT_TRANSLATE_NOOP("Inspector", "Idea"),
                   QT_TRANSLATE_NOOP("Inspector", "How the experience could be better"),
                   "desired_think", "desired_do", "desired_feel"),
    "opportunities": _form(QT_TRANSLATE_NOOP("Inspector", "Opportunity"), "",
                           "desired_think", "desired_do", "desired_feel"),
    "teams": _form(QT_TRANSLATE_NOOP("Inspector", "Team"),
                   QT_TRANSLATE_NOOP("Inspector", "Which teams the customer meets here"),
                   "inconsistent"),
    "backstage": _form(QT_TRANSLATE_NOOP("Inspector", "Backstage"),
                       QT_TRANSLATE_NOOP("Inspector", "What happens behind the scenes"),
                       "inconsistent"),
    "systems": _form(QT_TRANSLATE_NOOP("Inspector", "System or partner"), "", "inconsistent"),
    # What the organisation tells the customer, and where: wrong information is flagged.
    "information": _form(QT_TRANSLATE_NOOP("Inspector", "Information"),
                         QT_TRANSLATE_NOOP("Inspector", "What the customer needs to know"),
                         "channel", "inconsistent"),
}

_DEFAULTS = Card(id="-", stage="-", lane="-")


def form_for(lane: Lane) -> CardForm:
    if lane.kind == "channel":
        return TOUCHPOINT
    if lane.kind == "emotion":
        return EMOTION
    return FORMS.get(lane.preset, NOTE)


def fields_to_show(card: Card, form: CardForm) -> set[str]:
    """The form's fields, and every other field that holds something."""
    held = {name for name in Card.__struct_fields__
            if getattr(card, name) != getattr(_DEFAULTS, name)}
    return set(form.fields) | (held - {"id"})
