"""The people and their cases, as a list that says which case the person chose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import Signal

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QTreeWidgetItem, QWidget

    from secondopinion_desktop.model import Case, Person
    from secondopinion_desktop.services.people_preview import PersonGlance

# Qt.ItemDataRole.UserRole is 256. Written as numbers because the first touch of Qt's enums
# builds all of them (about 60 ms), which would otherwise delay the first window.
PERSON_ROLE = 256
CASE_ROLE = 257


class PeopleList(QtWidgets.QWidget):
    """The side column: people with their cases, and the buttons to add, rename and delete.

    It also fills the compact case chooser that stands in for it when the window is narrow.
    It never opens a case itself: it says which one was chosen, and the window opens it.
    """

    case_chosen = Signal(int)  # a case's id
    person_chosen = Signal(int)  # a person's row, not one of their cases
    new_person_requested = Signal()
    new_case_requested = Signal()
    rename_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_chooser: QtWidgets.QComboBox | None = None
        layout = QtWidgets.QVBoxLayout(self)
        caption = QtWidgets.QLabel(self.tr("People and their cases"), self)
        caption.setObjectName("sectionHeading")
        caption.setWordWrap(True)
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("People and their cases"))
        caption.setBuddy(self.tree)
        self.tree.currentItemChanged.connect(self._selection_changed)
        layout.addWidget(caption)
        layout.addWidget(self.tree, 1)
        self.add_person_button = QtWidgets.QPushButton(self.tr("New person..."), self)
        self.add_case_button = QtWidgets.QPushButton(self.tr("New case..."), self)
        self.rename_button = QtWidgets.QPushButton(self.tr("Rename..."), self)
        self.delete_button = QtWidgets.QPushButton(self.tr("Delete..."), self)
        self.add_person_button.clicked.connect(self.new_person_requested)
        self.add_case_button.clicked.connect(self.new_case_requested)
        self.rename_button.clicked.connect(self.rename_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        for button in self.buttons():
            button.setAutoDefault(False)
            layout.addWidget(button)

    def use_chooser(self, chooser: QtWidgets.QComboBox) -> None:
        """The compact chooser above the page that stands in for this list when it is folded."""
        self.case_chooser = chooser
        chooser.activated.connect(self._chosen_in_chooser)
        # The words on hover are the chosen line's, whatever changes it (a choice, a rename).
        chooser.currentTextChanged.connect(chooser.setToolTip)

    def buttons(self) -> tuple[QtWidgets.QPushButton, ...]:
        return (
            self.add_person_button, self.add_case_button, self.rename_button, self.delete_button
        )

    # -- words ------------------------------------------------------------------------------
    def person_name(self, person: Person) -> str:
        return person.full_name or self.tr("(no name yet)")

    def case_title(self, case: Case) -> str:
        return case.title or self.tr("(untitled case)")

    def case_words(self, case: Case) -> str:
        """"Person — case", as the heading and the compact chooser name a case."""
        return (
            self.tr("%1 \u2014 %2")
            .replace("%1", self.person_name(case.person))
            .replace("%2", self.case_title(case))
        )

    # -- filling ------------------------------------------------------------------------------
    def show_glance(self, people: Sequence[PersonGlance]) -> None:
        """The names from the store's first, light read, shown while it opens the full way:
        to be seen, not chosen (the list is off until :meth:`fill` puts the real one in)."""
        self.tree.blockSignals(True)
        self.tree.clear()
        for person in people:
            person_item = QtWidgets.QTreeWidgetItem([person.full_name or self.tr("(no name yet)")])
            self.tree.addTopLevelItem(person_item)
            for case in person.cases:
                title = case.title or self.tr("(untitled case)")
                person_item.addChild(QtWidgets.QTreeWidgetItem([title]))
            person_item.setExpanded(True)
        self.tree.setEnabled(False)
        self.tree.blockSignals(False)

    def fill(self, people: Sequence[Person], select_case_id: int | None) -> bool:
        """Show ``people`` and choose the case ``select_case_id`` (its signal goes out).

        False when that case is not among them, so nothing is chosen.
        """
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.setEnabled(True)
        chosen: QTreeWidgetItem | None = None
        for person in people:
            person_name = self.person_name(person)
            person_item = QtWidgets.QTreeWidgetItem([person_name])
            # Long names are cut with "..." in a narrow list; the whole name shows on hover.
            person_item.setToolTip(0, person_name)
            person_item.setData(0, PERSON_ROLE, person.id)
            self.tree.addTopLevelItem(person_item)
            for case in person.cases:
                case_title = self.case_title(case)
                case_item = QtWidgets.QTreeWidgetItem([case_title])
                case_item.setToolTip(0, case_title)
                case_item.setData(0, PERSON_ROLE, person.id)
                case_item.setData(0, CASE_ROLE, case.id)
                person_item.addChild(case_item)
                if case.id == select_case_id:
                    chosen = case_item
            person_item.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen is None:
            return False
        self.tree.setCurrentItem(chosen)
        return True

    def fill_chooser(self, people: Sequence[Person], current_case_id: int | None) -> None:
        """The compact chooser: one line per case, "person — case"."""
        chooser = self.case_chooser
        if chooser is None:
            return
        chooser.blockSignals(True)
        chooser.clear()
        for person in people:
            for case in person.cases:
                chooser.addItem(self.case_words(case), case.id)
        if current_case_id is None:
            chooser.setCurrentIndex(-1)
        else:
            chooser.setCurrentIndex(chooser.findData(current_case_id))
        chooser.setToolTip(chooser.currentText())
        chooser.blockSignals(False)

    def rename(self, case: Case) -> None:
        """Show the new names of ``case`` and its person, in the list and the chooser."""
        for child in self._case_items():
            if child.data(0, CASE_ROLE) == case.id:
                child.setText(0, self.case_title(case))
                child.setToolTip(0, self.case_title(case))
                parent = child.parent()
                if parent is not None:
                    parent.setText(0, self.person_name(case.person))
                    parent.setToolTip(0, self.person_name(case.person))
        chooser = self.case_chooser
        if chooser is None:
            return
        # Every line of the person: a new name shows on their other cases too.
        for each in case.person.cases or [case]:
            row = chooser.findData(each.id)
            if row >= 0:
                chooser.setItemText(row, self.case_words(each))

    # -- what is chosen -------------------------------------------------------------------------
    def chosen_case_id(self) -> int | None:
        item = self.tree.currentItem()
        case_id = item.data(0, CASE_ROLE) if item is not None else None
        return int(case_id) if case_id is not None else None

    def chosen_person_id(self) -> int | None:
        item = self.tree.currentItem()
        person_id = item.data(0, PERSON_ROLE) if item is not None else None
        return int(person_id) if person_id is not None else None

    def shown_case_ids(self) -> frozenset[int]:
        """The numbers of the cases the list shows."""
        return frozenset(
            int(item.data(0, CASE_ROLE))
            for item in self._case_items()
            if item.data(0, CASE_ROLE) is not None
        )

    def _case_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            person_item = self.tree.topLevelItem(index)
            if person_item is None:
                continue
            for child_index in range(person_item.childCount()):
                child = person_item.child(child_index)
                if child is not None:
                    items.append(child)
        return items

    def _selection_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        case_id = current.data(0, CASE_ROLE)
        if case_id is not None:
            self.case_chosen.emit(int(case_id))
        else:
            self.person_chosen.emit(int(current.data(0, PERSON_ROLE)))

    def _chosen_in_chooser(self, row: int) -> None:
        case_id = self.case_chooser.itemData(row) if self.case_chooser is not None else None
        if case_id is None:
            return
        for child in self._case_items():
            if child.data(0, CASE_ROLE) == case_id:
                self.tree.setCurrentItem(child)  # the list says so, as if chosen there
                return
