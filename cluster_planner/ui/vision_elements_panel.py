"""ElementsPanel: the named elements of the vision, each traced to options and SWOT items."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.ui import theme
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.vision_fields import (
    ID_ROLE,
    CheckList,
    EntityFormEditing,
    FormActions,
    item_entries,
    option_entries,
    scaled_font,
    tr,
)

if TYPE_CHECKING:
    from cluster_planner.domain.entities import VisionElement
    from cluster_planner.ui.plan_session import PlanSession


class ElementsPanel(EntityFormEditing, QWidget):
    """A list of vision elements beside the form of the selected one (or of a new one).

    Contract: Save runs one action (add or update_vision_element); Delete runs
    delete_vision_element, which the plan refuses for an element an adopted version names.
    """

    ENTITY = "vision_element"

    def _actions(self) -> FormActions:
        document = self._session.document
        return FormActions(
            document.add_vision_element,
            document.update_vision_element,
            document.delete_vision_element,
        )

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vision_elements_panel")
        self._session = session
        self.entry_id: int | None = None

        self.list = QListWidget()
        self.list.setObjectName("vision_element_list")
        self.list.setAccessibleName(tr("Vision elements"))
        self.list.setWordWrap(True)
        self.list.setFont(scaled_font(self.font(), 1.15))
        self.list.setSpacing(2)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.add_button = QPushButton(tr("New element"))
        self.add_button.setObjectName("vision_element_add")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(tr("Delete element"))
        self.delete_button.setObjectName("vision_element_delete")
        self.delete_button.clicked.connect(self.delete_selected)

        self.form_title = QLabel()
        theme.set_role(self.form_title, theme.HEADING)
        self.name = QLineEdit()
        self.name.setObjectName("vision_element_name")
        self.name.setFont(scaled_font(self.font(), 1.15))
        self.name.setPlaceholderText(tr("e.g. “A recognised brand in export markets”"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("vision_element_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.options = CheckList(tr("Comes from these strategic options"), "element_options")
        self.items = CheckList(tr("…and these SWOT items"), "element_items")
        self.save_button = QPushButton(tr("Save element"))
        self.save_button.setObjectName("vision_element_save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(key_name("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Discard changes"))
        self.revert_button.clicked.connect(self._show_current)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        heading = QLabel(tr("Vision elements"))
        theme.set_role(heading, theme.HEADING)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_label = QLabel(tr("Name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        form.addRow(tr("Description"), self.description)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addWidget(self.options, 1)
        lists.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.form_title)
        right_layout.addLayout(form)
        right_layout.addLayout(lists, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        chain = [
            self.list,
            self.add_button,
            self.delete_button,
            self.name,
            self.description,
            self.options.list,
            self.items.list,
            self.revert_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- reading -------------------------------------------------------------------------

    def elements(self) -> tuple[VisionElement, ...]:
        """The elements listed."""
        return self._session.vision_elements()

    def refresh(self) -> None:
        """Re-read the elements, keeping the selection and any form being written."""
        keep = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for element in self.elements():
            entry = QListWidgetItem(element.name)
            entry.setData(ID_ROLE, element.id)
            entry.setToolTip(element.description)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if not self.select(keep) and self.list.count():
            self.list.setCurrentRow(0)
        if self.entry_id is not None or not self.name.text():
            self._show_current()
        self._update_buttons()

    def _show_current(self) -> None:
        element_id = self.selected_id()
        element = next((e for e in self.elements() if e.id == element_id), None)
        self._load(element)

    def _load(self, element: VisionElement | None) -> None:
        self.entry_id = element.id if element is not None else None
        self.form_title.setText(
            tr("Change the element") if element is not None else tr("A new vision element")
        )
        self.name.setText(element.name if element else "")
        self.description.setPlainText(element.description if element else "")
        self.options.load(option_entries(self._session), element.option_ids if element else ())
        self.items.load(
            item_entries(self._session, element.item_ids if element else ()),
            element.item_ids if element else (),
        )
        self._update_buttons()

    def _first_field(self) -> QWidget:
        return self.name

    def _form_values(self) -> dict[str, object]:
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText().strip(),
            "option_ids": self.options.checked_ids(),
            "item_ids": self.items.checked_ids(),
        }

    def _update_buttons(self) -> None:
        editable = not self._session.read_only
        for widget in (self.add_button, self.save_button, self.revert_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable and self.selected_id() is not None)
        self.name.setReadOnly(not editable)
        self.description.setReadOnly(not editable)
        self.options.set_read_only(not editable)
        self.items.set_read_only(not editable)

    # --- editing -------------------------------------------------------------------------
