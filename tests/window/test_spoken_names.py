"""What a screen reader is told (QAccessible): fields told apart, labels linked, links once."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QComboBox, QWidget
from window_helpers import WindowFactory, example_case

from secondopinion_desktop.ui.fields import DateField

STEPS_WITH_DATES = ("diagnosis", "person", "insurance", "records", "appointment", "recap",
                    "compare", "decision")


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def labels_of(widget: QWidget) -> list[str]:
    """The texts of the labels a screen reader says belong to ``widget`` (labelled-by)."""
    relations = interface(widget).relations(QAccessible.RelationFlag.Label)
    return [other.text(QAccessible.Text.Name) for other, _kind in relations]


def shown(page: QWidget, kind: type[QWidget]) -> list[Any]:
    return [w for w in page.findChildren(kind) if w.isVisibleTo(page)]


def test_reason_detail_fields_are_named_for_their_reason(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    example_case(window)
    window.go_to_step("diagnosis")
    page = window.stack.currentWidget()
    for box in page.reason_boxes.values():
        if not box.isChecked():
            box.click()
    details = [page.reason_details[code] for code in page.reason_boxes]
    names = [interface(line).text(QAccessible.Text.Name) for line in details]
    assert len(set(names)) == len(names), names
    assert "A few words about: the treatment is not working (optional)" in names
    assert any(name.startswith("A few words about: I must choose") for name in names)
    for line, name in zip(details, names, strict=True):
        assert labels_of(line) == [name]


def test_choices_are_named_by_their_question(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    example_case(window)
    window.go_to_step("insurance")
    page = window.stack.currentWidget()
    combos = shown(page, QComboBox)
    questions = [combo.accessibleName() for combo in combos]
    assert "Is the second opinion covered?" in questions
    assert len(set(questions)) == len(questions), questions
    for combo, question in zip(combos, questions, strict=True):
        # Qt on Linux reports a drop-down's value as its name and its question as the label
        # linked to it; other systems report the name. Both must be the question.
        assert labels_of(combo) == [question]
        assert question != combo.currentText()


def test_every_date_field_is_linked_to_its_label(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    example_case(window)
    checked = 0
    for key in STEPS_WITH_DATES:
        window.go_to_step(key)
        page = window.stack.currentWidget()
        for field in shown(page, DateField):
            name = field.line.accessibleName()
            assert name, f"{key}: a date field without a name"
            assert labels_of(field.line) == [name], f"{key}: {name}"
            assert field.line.placeholderText() != name
            checked += 1
    assert checked >= 8


def spoken_everywhere(root: QAccessibleInterface) -> list[str]:
    """Every name a screen reader can reach under ``root`` (invisible parts left out)."""
    names: list[str] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.state().invisible:
            continue
        names.append(node.text(QAccessible.Text.Name))
        stack.extend(node.child(i) for i in range(node.childCount()))
    return names


def test_each_to_do_link_is_read_once_on_review(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    example_case(window)
    window.go_to_step("review")
    qtbot.wait(20)
    page = window.stack.currentWidget()
    sentences = [link.text_shown() for link in page.readiness.links]
    assert sentences
    names = spoken_everywhere(interface(window))
    for sentence in sentences:
        assert names.count(sentence) == 1, sentence
    # Elsewhere the side panel carries the list, and it is read once there too.
    window.go_to_step("records")
    qtbot.wait(20)  # links added to a shown panel appear once the event loop runs
    names = spoken_everywhere(interface(window))
    for sentence in sentences:
        assert names.count(sentence) == 1, sentence
