"""Review and print, the printouts on the later pages, and a name for every input on them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pages_helpers import click, current_page, spoken_name, ticked, visible_inputs
from pages_helpers import focus as focus_on
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from secondopinion_desktop.model import Appointment, Opinion, Question
from secondopinion_desktop.model.enums import CaseStatus
from secondopinion_desktop.ui.focus import tab_stops as tab_stops_of
from secondopinion_desktop.ui.pages.appointment_page import AppointmentPage
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.compare_page import ComparePage
from secondopinion_desktop.ui.pages.recap_page import RecapPage
from secondopinion_desktop.ui.pages.review_page import ReviewPage

MY_STEPS = ("questions", "appointment", "review", "recap", "compare", "decision")


def filled_case(window: Any) -> None:
    case = window.current_case
    ws = window.workspace
    ws.add(case, "questions", Question(text="Is my diagnosis correct?", must_ask=True))
    ws.add(case, "appointments", Appointment(
        with_doctor="Dr Okafor", starts_at=datetime.now(UTC) + timedelta(days=3)))
    ws.add(case, "opinions", Opinion(ordinal=1, doctor="Dr Adams", diagnosis="Arthritis"))
    ws.add(case, "opinions", Opinion(ordinal=2, doctor="Dr Baker", diagnosis="Torn meniscus"))


def test_review_lists_what_is_missing_and_links_to_it(case_window, qtbot) -> None:
    window = case_window("review")
    page = current_page(window, ReviewPage)
    sentences = [link.text_shown() for link in page.readiness.links]
    assert "Write down the diagnosis you were given." in sentences
    assert "Write down the questions you want to ask." in sentences
    assert not ticked(window, page.key)
    assert page.ready.text() == "Nothing yet: the list below says where to start."
    questions_link = next(
        link for link in page.readiness.links
        if link.text_shown() == "Write down the questions you want to ask."
    )
    click(qtbot, questions_link)
    qtbot.waitUntil(lambda: window.stack.currentWidget().key == "questions")


def test_review_is_done_once_the_visit_has_happened(case_window) -> None:
    window = case_window("review")
    page = current_page(window, ReviewPage)
    assert not ticked(window, page.key)
    window.save(window.current_case, "status", CaseStatus.VISITED)
    assert ticked(window, page.key)


def test_review_says_what_is_already_done(case_window) -> None:
    window = case_window("review")
    filled_case(window)
    window.go_to_step("questions")
    window.go_to_step("review")
    page = current_page(window, ReviewPage)
    lines = page.ready.text().splitlines()
    assert "\u2713 Questions written: 1 (must ask: 1)." in lines
    assert any(
        line.startswith("\u2713 Appointment: ") and line.endswith(", with Dr Okafor.")
        for line in lines
    )
    assert not any("primary care" in line for line in lines)


def test_each_page_prints_its_own_printout(case_window, qtbot) -> None:
    window = case_window("review")
    filled_case(window)
    for key, kind, page_type in (
        ("review", "summary", ReviewPage),
        ("recap", "pcp-letter", RecapPage),
        ("compare", "comparison", ComparePage),
    ):
        window.go_to_step(key)
        page: Any = current_page(window, page_type)
        assert page.printout.kind() == kind
        data = page.printout.pdf_bytes()
        assert data is not None and data.startswith(b"%PDF")
        assert page.printout.page_count() >= 1


def test_every_visible_input_on_these_steps_has_a_spoken_name(case_window, qtbot) -> None:
    window = case_window("questions")
    filled_case(window)
    for key in MY_STEPS:
        window.go_to_step(key)
        page = window.stack.currentWidget()
        assert isinstance(page, StepPage) and page.key == key
        if isinstance(page, AppointmentPage | ComparePage):
            assert page.editor.details.isVisibleTo(page), "the chosen item's form is shown"
        inputs = visible_inputs(page)
        assert len(inputs) >= 3
        unnamed = [
            f"{type(widget).__name__} near {widget.pos().x()},{widget.pos().y()}"
            for widget in inputs if not spoken_name(widget)
        ]
        assert unnamed == [], f"step {key}: inputs without a name: {unnamed}"
        lists = [w for w in inputs if isinstance(w, QAbstractItemView)]
        assert all(spoken_name(w) for w in lists)


def deepest_proxy(widget: QWidget) -> QWidget:
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    return widget


def test_tab_reaches_every_input_of_these_steps(case_window, qtbot) -> None:
    window = case_window("questions")
    filled_case(window)
    for key in ("appointment", "recap", "compare", "decision"):
        window.go_to_step(key)
        page = window.stack.currentWidget()
        wanted = {id(deepest_proxy(w)): spoken_name(w) for w in tab_stops_of(page, window)}
        focus_on(qtbot, window.back_button)
        reached: set[int] = set()
        for _ in range(len(wanted) + 30):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.add(id(QApplication.focusWidget()))
        missed = [name for ident, name in wanted.items() if ident not in reached]
        assert missed == [], f"step {key}: Tab never reaches {missed}"


def test_spanish_words_on_these_steps(case_window) -> None:
    from secondopinion_desktop.ui.translations import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "es")
    try:
        window = case_window("compare", language="es")
        filled_case(window)
        window.go_to_step("questions")
        window.go_to_step("compare")
        page = current_page(window, ComparePage)
        assert page.title() == "Comparar opiniones"
        assert page.disagree_note.text().startswith("Las opiniones no coinciden.")
        assert page.side_by_side()[0][1:] == ["Primera opinión", "Segunda opinión"]
        titles = [p.title() for p in window.pages if p.key in MY_STEPS]
        assert titles == [
            "Preguntas que hacer", "Cita y acompañante", "Revisar e imprimir",
            "Resumen de la consulta", "Comparar opiniones", "Decisión",
        ]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
