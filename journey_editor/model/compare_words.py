"""Field paths of a comparison as words a reader knows: `key_touchpoint` reads "key
touchpoint", `checklist["q-goal"].answer` reads "checklist 'q-goal' answer", the
workspace's `title` reads "map title".

Every word is a literal `translate("Compare", ...)` call, so that lupdate finds it. A
field added to the model without a word here still reads as its name with spaces
(tests/unit/test_diff_complete.py asks for its word, so translators get it).
"""

from __future__ import annotations

import json
import re

from journey_editor.i18n import translate

# A name (`.name`), a position (`[0]`), a key in JSON quotes (`["q-goal"]`) or `[order]`.
_STEP = re.compile(r'\.?(?P<name>\w+)|\[(?P<index>\d+)\]|\[(?P<key>"(?:[^"\\]|\\.)*")\]'
                   r'|\[(?P<order>order)\]')


def words() -> dict[str, str]:
    """Field name (or `Type.field` where a type reads its field its own way) -> words."""
    return {
        "Workspace.title": translate("Compare", "map title"),
        "format": translate("Compare", "format"),
        "version": translate("Compare", "format version"),
        "title": translate("Compare", "title"),
        "personas": translate("Compare", "personas"),
        "journeys": translate("Compare", "journeys"),
        "revisions": translate("Compare", "revisions"),
        "Revision.name": translate("Compare", "baseline name"),
        "snapshot": translate("Compare", "baseline's copy of the map"),
        "id": translate("Compare", "id"),
        "name": translate("Compare", "name"),
        "segment": translate("Compare", "segment"),
        "goals": translate("Compare", "goals"),
        "needs": translate("Compare", "needs"),
        "frustrations": translate("Compare", "frustrations"),
        "quote": translate("Compare", "quote"),
        "Persona.picture": translate("Compare", "photo"),
        "picture": translate("Compare", "picture"),
        "persona": translate("Compare", "persona"),
        "state": translate("Compare", "state"),
        "based_on": translate("Compare", "based on"),
        "goal": translate("Compare", "goal"),
        "scope": translate("Compare", "scope"),
        "language": translate("Compare", "language of its labels"),
        "departments": translate("Compare", "departments"),
        "description": translate("Compare", "description"),
        "stages": translate("Compare", "stages"),
        "lanes": translate("Compare", "lanes"),
        "cards": translate("Compare", "cards"),
        "connections": translate("Compare", "arrows"),
        "checklist": translate("Compare", "checklist"),
        "question": translate("Compare", "question"),
        "answer": translate("Compare", "answer"),
        "note": translate("Compare", "note"),
        "voting": translate("Compare", "voting"),
        "participants": translate("Compare", "participants"),
        "dots_per_participant": translate("Compare", "dots per participant"),
        "phase": translate("Compare", "phase"),
        "width": translate("Compare", "width"),
        "kind": translate("Compare", "kind"),
        "preset": translate("Compare", "content"),
        "zone": translate("Compare", "zone"),
        "color": translate("Compare", "colour"),
        "height": translate("Compare", "height"),
        "emotion_values": translate("Compare", "emotion values"),
        "stage": translate("Compare", "stage"),
        "lane": translate("Compare", "lane"),
        "notes": translate("Compare", "notes"),
        "channel": translate("Compare", "channel"),
        "owner": translate("Compare", "owner"),
        "control": translate("Compare", "control"),
        "direct": translate("Compare", "direct"),
        "emotion": translate("Compare", "emotion"),
        "customer_goal": translate("Compare", "customer goal"),
        "expectations": translate("Compare", "expectations"),
        "pain_points": translate("Compare", "pain points"),
        "desired_think": translate("Compare", "desired thinking"),
        "desired_do": translate("Compare", "desired doing"),
        "desired_feel": translate("Compare", "desired feeling"),
        "ideas": translate("Compare", "ideas"),
        "evidence": translate("Compare", "evidence"),
        "inconsistent": translate("Compare", "inconsistent"),
        "key_touchpoint": translate("Compare", "key touchpoint"),
        "status": translate("Compare", "status"),
        "votes": translate("Compare", "votes"),
        "metrics": translate("Compare", "metrics"),
        "comments": translate("Compare", "comments"),
        "value": translate("Compare", "value"),
        "date": translate("Compare", "date"),
        "source": translate("Compare", "source"),
        "target": translate("Compare", "target"),
        "label": translate("Compare", "label"),
        "link": translate("Compare", "link"),
        "text": translate("Compare", "text"),
        "author": translate("Compare", "author"),
        "summary": translate("Compare", "summary"),
    }


def field_words(path: str, owner: str = "") -> str:
    """A path as words; `owner` names the type whose field the path starts with."""
    table = words()
    parts: list[str] = []
    for step in _STEP.finditer(path):
        name, index, key = step.group("name", "index", "key")
        if name is not None:
            own = table.get(f"{owner}.{name}") if not parts else None
            parts.append(own or table.get(name) or name.replace("_", " "))
        elif index is not None:
            parts.append(str(int(index) + 1))  # people count from 1
        elif key is not None:
            parts.append(f"'{json.loads(key)}'")
        else:
            parts.append(translate("Compare", "order"))
    return " ".join(parts)
