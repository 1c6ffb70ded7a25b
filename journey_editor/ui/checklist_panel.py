"""The checklist dock: the method's step-7 questions, answered for the current journey.

Each question has an answer (yes / partly / no / not checked) and a one-line note. Every
change replaces the journey's whole checklist in one undoable command; typing a note
in one visit to the field is one undo step. The panel follows the document live.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.model import checklist
from journey_editor.model.edits import Change
from journey_editor.model.types import ChecklistAnswer, ChecklistItem
from journey_editor.ui.follow import follow_document

ANSWERS: tuple[ChecklistAnswer, ...] = ("unchecked", "yes", "partly", "no")


class ChecklistPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id: str | None = None
        self._listening: Document | None = None
        self._session = 0  # typing in one visit to a note is one undo step
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._new_typing_session)
        self.progress = QLabel(self)
        self.answers: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.other = QLabel(self)  # answers to questions this version does not know
        self.other.setWordWrap(True)
        self._build_layout()
        self.set_document(document)

    def _build_layout(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        row = 0
        for group in checklist.GROUPS:
            heading = QLabel(group.title, body)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for q in checklist.questions_in(group.id):
                text = QLabel(q.text, body)
                text.setWordWrap(True)
                answer = QComboBox(body)
                for value in ANSWERS:
                    answer.addItem(checklist.answer_text(value), value)
                answer.setAccessibleName(q.text)
                answer.activated.connect(lambda _, qid=q.id: self._answer_chosen(qid))
                note = QLineEdit(body)
                note.setPlaceholderText(self.tr("Note"))
                note.setAccessibleName(self.tr("Note: {0}").format(q.text))
                note.textEdited.connect(lambda value, qid=q.id: self._note_edited(qid, value))
                grid.addWidget(text, row, 0)
                grid.addWidget(answer, row, 1)
                grid.addWidget(note, row + 1, 0, 1, 2)
                row += 2
                self.answers[q.id], self.notes[q.id] = answer, note
        grid.addWidget(self.other, row, 0, 1, 2)
        grid.setRowStretch(row + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.progress)
        layout.addWidget(scroll, 1)

    # --- what is shown ----------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        follow_document(self, document)
        self._new_typing_session()
        self.refresh()

    def set_journey(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            self._new_typing_session()
            self.refresh()

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.kind == "journey" or c.journey == self.journey_id for c in changes):
            self.refresh()

    def _journey_exists(self) -> bool:
        return self.journey_id is not None and self.document.exists(
            None, "journey", self.journey_id)

    def refresh(self) -> None:
        exists = self._journey_exists()
        given = checklist.answers(self.document.journey(self.journey_id)) if exists else {}
        for qid, box in self.answers.items():
            item = given.get(qid)
            box.setCurrentIndex(ANSWERS.index(item.answer if item else "unchecked"))
            box.setEnabled(exists)
            note = self.notes[qid]
            text = item.note if item else ""
            if note.text() != text:  # only then: setText moves the cursor to the end
                position = note.cursorPosition()
                note.setText(text)
                note.setCursorPosition(min(position, len(text)))
            note.setEnabled(exists)
        answered = sum(1 for qid in self.answers
                       if qid in given and given[qid].answer != "unchecked")
        if not exists:
            self.progress.setText(self.tr("No journey to check."))
        else:
            self.progress.setText(self.tr("{0} of {1} answered").format(
                answered, len(self.answers)))
        unknown = checklist.unknown_answers(self.document.journey(self.journey_id)) \
            if exists else []
        self.other.setVisible(bool(unknown))
        self.other.setText("\n".join(
            self.tr("Other question {0}: {1}").format(item.question,
                                                      checklist.answer_text(item.answer))
            for item in unknown))

    # --- widgets -> commands ------------------------------------------------------------

    def _new_typing_session(self, *_: object) -> None:
        self._session += 1

    def _answer_chosen(self, question_id: str) -> None:
        answer = self.answers[question_id].currentData()
        self._change(question_id, answer=answer, text=self.tr("Answer checklist question"))

    def _note_edited(self, question_id: str, note: str) -> None:
        self._change(question_id, note=note, text=self.tr("Edit checklist note"),
                     merge=("checklist", self.journey_id, question_id, self._session))

    def _change(self, question_id: str, *, text: str, answer: ChecklistAnswer | None = None,
                note: str | None = None, merge: object = None) -> None:
        if not self._journey_exists():
            return
        assert self.journey_id is not None
        journey = self.document.journey(self.journey_id)
        given = checklist.answers(journey)
        old = given.get(question_id)
        given[question_id] = ChecklistItem(
            question=question_id,
            answer=answer if answer is not None else (old.answer if old else "unchecked"),
            note=note if note is not None else (old.note if old else ""))
        items = [given[q.id] for q in checklist.QUESTIONS if q.id in given]
        items = [i for i in items if i.answer != "unchecked" or i.note != ""]
        items += checklist.unknown_answers(journey)  # a newer file's: never dropped
        outcome = edit_facade.edit(self.document, None, "journey", self.journey_id,
                                   {"checklist": items}, text=text, merge=merge)
        if outcome is edit_facade.Outcome.UNCHANGED and merge is None:
            self.refresh()  # refused or no change: show the model's answer again
