"""IndicatorForm: the in-page form for one indicator, with its baseline taken from the profile."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_form_fields
from cluster_planner.ui.date_field import DateField, not_a_date
from cluster_planner.ui.form_fields import install_form_keys
from cluster_planner.ui.formats import format_date, format_number
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.vision_fields import tr
from cluster_planner.ui.vocabulary import field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import BaselineFigure, Indicator
    from cluster_planner.ui.plan_session import PlanSession


def figure_text(figure: BaselineFigure) -> str:
    """A baseline figure as the chooser lists it: ``Exports: 3,200,000 (31 Dec 2025)``."""
    text = f"{label(figure.kind)}: {format_number(figure.value)}"
    if figure.as_of is not None:
        text += f" ({format_date(figure.as_of)})"
    return text


def parse_number(text: str) -> float | None:
    """A number typed in the locale's way, or with a decimal point; None when unreadable.

    Separators must make sense: "1.500,50" on an English laptop or "12,5" where the
    comma groups thousands is refused rather than read as 1.5005 or 125.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(cleaned)
        if ok:
            return float(value)
    return None


class IndicatorForm(QWidget):
    """Name, unit, baseline (typed, or a figure of the profile), target and verification.

    Contract: ``save`` runs one action (add_indicator or update_indicator) and emits
    ``saved``. A figure chosen as the baseline is copied by the plan itself.
    """

    saved = Signal()
    closed = Signal()
    problem = Signal(str)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicator_form")
        self._session = session
        self.objective_id: int | None = None
        self.indicator_id: int | None = None
        self.heading = QLabel()
        theme.set_role(self.heading, theme.HEADING)
        self.fields: dict[str, QLineEdit] = {}
        examples = {
            "name": tr("e.g. Firms selling under the common brand"),
            "unit": tr("e.g. firms, USD, people"),
            "baseline_value": "",
            "baseline_source": tr("e.g. Diagnostic study 2025"),
            "target_value": "",
            "means_of_verification": tr("e.g. Customs records, firm survey"),
            "frequency": tr("e.g. Yearly"),
        }
        for name, example in examples.items():
            edit = QLineEdit()
            edit.setObjectName(f"indicator_{name}")
            edit.setPlaceholderText(example)
            self.fields[name] = edit
        self.baseline_date = DateField(optional=True)
        self.baseline_date.setObjectName("indicator_baseline_date")
        self.target_date = DateField(optional=True)
        self.target_date.setObjectName("indicator_target_date")
        # A target's calendar opens at the end of the plan's horizon, not today.
        self.target_date.suggestion = self._horizon_end
        for field in (self.baseline_date, self.target_date):
            field.unreadable.connect(lambda text: self.problem.emit(not_a_date(text)))
        self.figure = QComboBox()
        self.figure.setObjectName("indicator_baseline_figure")
        self.figure.currentIndexChanged.connect(self._show_figure)
        self.responsible = QComboBox()
        self.responsible.setObjectName("indicator_responsible")
        self.save_button = QPushButton(tr("Save indicator"))
        self.save_button.setObjectName("indicator_save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(key_name("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(tr("Close without saving"))
        self.cancel_button.setToolTip(key_name("Escape"))
        self.discard = install_form_keys(self, self.save, self.closed.emit)
        self.cancel_button.clicked.connect(self.discard.request_close)
        self.saved.connect(self.discard.done)
        self._layout()

    def _layout(self) -> None:
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows_left: list[tuple[str, QWidget]] = [
            (field_label("name"), self.fields["name"]),
            (field_label("unit"), self.fields["unit"]),
            (tr("Baseline from the profile"), self.figure),
            (field_label("baseline_value"), self.fields["baseline_value"]),
            (field_label("baseline_date"), self.baseline_date),
            (field_label("baseline_source"), self.fields["baseline_source"]),
        ]
        rows_right: list[tuple[str, QWidget]] = [
            (field_label("target_value"), self.fields["target_value"]),
            (field_label("target_date"), self.target_date),
            (field_label("means_of_verification"), self.fields["means_of_verification"]),
            (field_label("frequency"), self.fields["frequency"]),
            (field_label("responsible_id"), self.responsible),
        ]
        for form, rows in ((left, rows_left), (right, rows_right)):
            for text, field in rows:
                caption = QLabel(text)
                caption.setBuddy(field)
                form.addRow(caption, field)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        fit_form_fields(left)
        fit_form_fields(right)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.fields["name"],
            self.fields["unit"],
            self.figure,
            self.fields["baseline_value"],
            self.baseline_date,
            self.fields["baseline_source"],
            self.fields["target_value"],
            self.target_date,
            self.fields["means_of_verification"],
            self.fields["frequency"],
            self.responsible,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def start(self, objective_id: int, indicator: Indicator | None) -> None:
        """Fill the form with ``indicator`` of ``objective_id`` (None: a new one)."""
        self.objective_id = objective_id
        self.indicator_id = indicator.id if indicator is not None else None
        self.heading.setText(
            tr("Change the indicator") if indicator else tr("A new indicator for this objective")
        )
        self.figure.blockSignals(True)
        self.figure.clear()
        self.figure.addItem(tr("— typed below —"), None)
        for figure in self._session.baseline_figures():
            self.figure.addItem(figure_text(figure), figure.id)
        self.figure.setCurrentIndex(
            max(self.figure.findData(indicator.baseline_figure_id), 0) if indicator else 0
        )
        self.figure.blockSignals(False)
        self.responsible.clear()
        self.responsible.addItem("—", None)
        for organisation in self._session.organisations():
            self.responsible.addItem(organisation.name, organisation.id)
        self.responsible.setCurrentIndex(
            max(self.responsible.findData(indicator.responsible_id), 0) if indicator else 0
        )
        for name in ("name", "unit", "baseline_source", "means_of_verification", "frequency"):
            self.fields[name].setText(getattr(indicator, name) if indicator else "")
        for name in ("baseline_value", "target_value"):
            value = getattr(indicator, name) if indicator else None
            self.fields[name].setText(format_number(value) if value is not None else "")
        self.baseline_date.set_value(indicator.baseline_date if indicator else None)
        self.target_date.set_value(indicator.target_date if indicator else None)
        self._show_figure()
        self.discard.mark_clean()
        self.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_figure(self, figure_id: int | None) -> None:
        """Take the baseline from the profile's figure ``figure_id`` (None: typed)."""
        self.figure.setCurrentIndex(max(self.figure.findData(figure_id), 0))

    def _chosen_figure(self) -> BaselineFigure | None:
        figure_id = self.figure.currentData()
        return next((f for f in self._session.baseline_figures() if f.id == figure_id), None)

    def _show_figure(self, *_args: Any) -> None:
        figure = self._chosen_figure()
        # A baseline from the profile is the profile's: shown here, changed there.
        for widget in (self.fields["baseline_value"], self.baseline_date):
            widget.setEnabled(figure is None)
        if figure is not None:
            self.fields["baseline_value"].setText(format_number(figure.value))
            self.baseline_date.set_value(figure.as_of)
            if not self.fields["baseline_source"].text():
                self.fields["baseline_source"].setText(figure.source)

    def values(self) -> dict[str, Any]:
        """The indicator's fields as add_indicator takes them."""
        figure = self._chosen_figure()
        values: dict[str, Any] = {
            name: self.fields[name].text().strip()
            for name in ("name", "unit", "baseline_source", "means_of_verification", "frequency")
        }
        values.update(
            baseline_value=parse_number(self.fields["baseline_value"].text()),
            baseline_date=self.baseline_date.value(),
            target_value=parse_number(self.fields["target_value"].text()),
            target_date=self.target_date.value(),
            responsible_id=self.responsible.currentData(),
            baseline_figure_id=figure.id if figure else None,
        )
        if figure is not None:
            # The plan copies value and date from the figure when no value is given.
            values.update(baseline_value=None, baseline_date=None)
        return values

    def _horizon_end(self) -> dt.date:
        year = self._session.profile().horizon_end
        return dt.date(year, 12, 31) if year else dt.date.today()

    def save(self) -> None:
        """Add or change the indicator (one undo step)."""
        if self.objective_id is None or self._session.read_only:
            return
        for field in (self.baseline_date, self.target_date):
            typed = field.value()
            if isinstance(typed, str) and field.isEnabled():
                self.problem.emit(not_a_date(typed))
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        values = self.values()
        for name in ("baseline_value", "target_value"):
            text = self.fields[name].text().strip()
            if (
                text
                and values[name] is None
                and not (name == "baseline_value" and self._chosen_figure())
            ):
                self.problem.emit(
                    tr("{field} was not saved: “{text}” is not a number.").format(
                        field=field_label(name), text=text
                    )
                )
                return
        if self.indicator_id is None:
            record = self._session.run(
                self._session.document.add_indicator, self.objective_id, **values
            )
        else:
            record = self._session.run(
                self._session.document.update_indicator, self.indicator_id, **values
            )
        if record is not None:
            self.saved.emit()
