"""The list editor: add, edit through the form, reorder by keyboard, remove only when confirmed."""

from __future__ import annotations

from page_context import Context
from PySide6.QtCore import Qt
from sqlalchemy import select

from secondopinion_desktop.model import Case, Question
from secondopinion_desktop.storage.store import Store
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor


class _QuestionsPage(StepPage):
    key = "test"

    def title(self) -> str:
        return "Questions"

    def build(self) -> None:
        def form(layout, target):  # type: ignore[no-untyped-def]
            self.line(layout, "Question", target, "text", required=True)
            self.check(layout, "Must ask", target, "must_ask")

        self.editor = ChildListEditor(
            self, name="My questions", owner=lambda: self.case, collection="questions",
            make_item=lambda: Question(text=""), describe=lambda q: q.text,
            build_form=form, add_label="Add a question", empty_text="No questions yet.",
            reorderable=True,
        )
        self.content.addWidget(self.editor)

    def refresh(self) -> None:
        self.editor.refresh()


def _stored_texts(store: Store) -> list[str]:
    with store.session() as session:
        case = session.scalars(select(Case)).one()
        return [q.text for q in case.questions]


def test_add_type_reorder_remove(qtbot, ctx: Context, store: Store) -> None:
    person = ctx.workspace.add_person("Ana")
    case = ctx.workspace.add_case(person, "Knee")
    page = _QuestionsPage(ctx)
    qtbot.addWidget(page)
    page.set_case(case)
    page.show()
    editor = page.editor
    assert editor.empty.isVisibleTo(page)
    for text in ("First", "Second", "Third"):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        edit = editor.item_bindings[0].widget  # type: ignore[attr-defined]
        qtbot.keyClicks(edit, text)
        editor.item_bindings[0].flush()  # type: ignore[attr-defined]
        page.on_saved()
        editor.relabel()
    assert _stored_texts(store) == ["First", "Second", "Third"]
    assert [editor.list.item(i).text() for i in range(3)] == ["First", "Second", "Third"]

    editor.list.setCurrentRow(2)
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _stored_texts(store) == ["First", "Third", "Second"]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert _stored_texts(store) == ["Third", "First", "Second"]

    ctx.answers = [False]
    editor.list.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "Third" in ctx.questions[-1]
    assert _stored_texts(store) == ["Third", "First", "Second"]
    ctx.answers = [True]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert _stored_texts(store) == ["First", "Second"]


def test_drag_order_is_saved(qtbot, ctx: Context, store: Store) -> None:
    person = ctx.workspace.add_person("Ana")
    case = ctx.workspace.add_case(person, "Knee")
    for text in ("A", "B", "C"):
        ctx.workspace.add(case, "questions", Question(text=text))
    page = _QuestionsPage(ctx)
    qtbot.addWidget(page)
    page.set_case(case)
    model = page.editor.list.model()
    # What a drag does inside the list: the row moves, then rowsMoved fires.
    assert model.moveRow(model.index(0, 0).parent(), 0, model.index(0, 0).parent(), 3)
    assert _stored_texts(store) == ["B", "C", "A"]


class _CallsPage(StepPage):
    key = "calls"

    def title(self) -> str:
        return "Opinions"

    def build(self) -> None:
        def form(layout, target):  # type: ignore[no-untyped-def]
            self.date(layout, "On", target, "on")

        from secondopinion_desktop.model import Opinion

        self.editor = ChildListEditor(
            self, name="Opinions", owner=lambda: self.case, collection="opinions",
            make_item=lambda: Opinion(ordinal=1), describe=lambda o: str(o.doctor or ""),
            build_form=form, add_label="Add", empty_text="None yet.",
        )
        self.content.addWidget(self.editor)

    def refresh(self) -> None:
        self.editor.refresh()


def test_an_unreadable_value_is_not_lost_by_choosing_another_item(qtbot, ctx: Context) -> None:
    from secondopinion_desktop.model import Opinion

    person = ctx.workspace.add_person("Ana")
    case = ctx.workspace.add_case(person, "Knee")
    for doctor in ("Dr A", "Dr B"):
        ctx.workspace.add(case, "opinions", Opinion(ordinal=1, doctor=doctor))
    page = _CallsPage(ctx)
    qtbot.addWidget(page)
    page.set_case(case)
    editor = page.editor
    editor.list.setCurrentRow(0)
    field = editor.item_bindings[0].widget  # type: ignore[attr-defined]
    field.line.setText("next thursday-ish")
    field.edited.emit()
    editor.list.setCurrentRow(1)
    assert editor.list.currentRow() == 0
    assert field.line.text() == "next thursday-ish"
    field.line.setText("2026-12-03")
    field.edited.emit()
    editor.list.setCurrentRow(1)
    assert editor.list.currentRow() == 1
    assert case.opinions[0].on is not None and case.opinions[0].on.isoformat() == "2026-12-03"


def test_a_very_long_item_shows_its_start_and_end_in_its_row(
    qtbot, ctx: Context, store: Store
) -> None:
    person = ctx.workspace.add_person("Ana")
    case = ctx.workspace.add_case(person, "Knee")
    start = "Could a partial knee replacement be possible for me, "
    end = "and when could I drive again? [MUST ASK]"
    long_text = start + "and what would the recovery be like at my age " * 2_000 + end
    ctx.workspace.add(case, "questions", Question(text=long_text))
    ctx.workspace.add(case, "questions", Question(text="Short one"))
    page = _QuestionsPage(ctx)
    qtbot.addWidget(page)
    page.set_case(case)
    row = page.editor.list.item(0).text()
    assert len(row) <= 305
    assert row.startswith(start) and row.endswith(end)
    assert "\u2026" in row
    assert page.editor.list.item(1).text() == "Short one"
    assert _stored_texts(store)[0] == long_text  # only the row is short: the question is whole
    # The question before removing it names the item the same short way.
    ctx.answers = [False]
    page.editor.list.setCurrentRow(0)
    qtbot.mouseClick(page.editor.remove_button, Qt.MouseButton.LeftButton)
    assert len(ctx.questions[-1]) < 500 and end in ctx.questions[-1]


def test_a_long_row_is_cut_between_whole_letters_and_emoji() -> None:
    # Thai has no spaces between words and writes vowels as marks on the letter before; a
    # family emoji is several characters joined. A cut inside either showed a lone mark (on
    # a dotted circle) or half an emoji beside the "…".
    import unicodedata

    from secondopinion_desktop.ui.pages.child_list import shortened

    def joined(text: str, at: int) -> bool:
        # True when a cut before text[at] splits what is read as one letter or picture.
        return 0 < at < len(text) and (
            unicodedata.category(text[at]) in {"Mn", "Mc", "Me"}
            or 0x1F3FB <= ord(text[at]) <= 0x1F3FF
            or text[at] == "\u200d"
            or text[at - 1] == "\u200d"
        )

    for unit in ("สวัสดีครับ", "ब्रह्मा", "👨\u200d👩\u200d👧\u200d👦👍🏽", "e\u0301"):
        for extra in range(8):
            words = "x" * extra + unit * (400 // len(unit) + 2)
            row = shortened(words)
            head, tail = row.split(" \u2026 ")
            assert words.startswith(head) and words.endswith(tail)
            assert not joined(words, len(head)), (unit, extra, "head")
            assert not joined(words, len(words) - len(tail)), (unit, extra, "tail")
    # Marks alone (or "^" and "`", which join nothing) still leave a start and an end.
    for words in ("e" + "\u0301" * 1_000, "^`" * 400):
        head, tail = shortened(words).split(" \u2026 ")
        assert head and tail and len(head) + len(tail) <= 300
