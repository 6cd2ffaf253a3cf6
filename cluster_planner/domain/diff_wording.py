"""The phrasebook of the comparison: every sentence and word it writes, per language.

A change's sentence is kept as a ``Phrase``: an English template with ``{name}``
placeholders and the values that fill them. The values say what they are — a date, an
amount, a number of days, a word of the plan's vocabulary, a quoted title, or a further
phrase — so each language writes them its own way. The catalogues (``EN``, ``ES``,
``FR``) are keyed by the English template or word; ``EN`` lists every key, and the
other languages must translate all of them, keeping the placeholders. Dates and
percentages are written as the screen and the roadmap write them: 1 Jun 2026 / 1 jun 2026 /
1 juin 2026, and "50 %" with a no-break space.

To add a language: add its catalogue (every key of ``EN``), its figures (``numbers.py``), month
abbreviations, quotation marks and semicolon to the tables at the end of this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from cluster_planner.domain.numbers import write_number


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the plan's vocabulary (a status, a source, a field), translated."""

    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A title or statement the user wrote, shown between quotation marks, never translated."""

    text: str


@dataclass(frozen=True, slots=True)
class Day:
    """A date, its month abbreviated: 1 Jun 2026, 1 jun 2026, 1 juin 2026."""

    day: dt.date


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money or a figure, grouped by thousands; ``signed`` shows + or −."""

    value: float | None
    signed: bool = False


@dataclass(frozen=True, slots=True)
class Days:
    """A number of days. English lags always say "days" (``always_plural``)."""

    count: int
    always_plural: bool = False


@dataclass(frozen=True, slots=True)
class Joined:
    """Several phrases in one sentence, joined by commas or (``semicolons``) semicolons."""

    parts: tuple[Part, ...]
    semicolons: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """An English template and the values of its placeholders."""

    template: str
    values: tuple[tuple[str, Part], ...] = ()


Part = str | int | Word | Quote | Day | Amount | Days | Joined | Phrase


def say(template: str, **values: Part) -> Phrase:
    """The phrase ``template`` with its placeholders' values."""
    return Phrase(template, tuple(values.items()))


def render(part: Part, language: str = "en", missing: set[str] | None = None) -> str:
    """``part`` written in ``language`` (English when there is no catalogue for it).

    A template or word a catalogue lacks is written in English and added to ``missing``.
    """
    if language not in CATALOGUES:
        language = "en"
    return _Writer(language, missing).write(part)


def keys(part: Part) -> set[str]:
    """Every template and word ``part`` uses (the keys the catalogues need)."""
    if isinstance(part, Phrase):
        found = {part.template}
        for _, value in part.values:
            found |= keys(value)
        return found
    if isinstance(part, Word):
        return {part.text}
    if isinstance(part, Days):
        return {_DAY_KEYS[0], _DAY_KEYS[1]}
    if isinstance(part, Joined):
        return set().union(*(keys(p) for p in part.parts)) if part.parts else set()
    return set()


def placeholders(template: str) -> set[str]:
    """The ``{name}`` placeholders of a template."""
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class _Writer:
    def __init__(self, language: str, missing: set[str] | None) -> None:
        self.language = language
        self.catalogue = CATALOGUES[language]
        self.missing = missing

    def look_up(self, key: str) -> str:
        found = self.catalogue.get(key)
        if found is None:
            if self.missing is not None:
                self.missing.add(key)
            return key
        return found

    def write(self, part: Part) -> str:
        if isinstance(part, str):
            return part
        if isinstance(part, bool):
            return str(part)
        if isinstance(part, int):
            return str(part)
        if isinstance(part, Phrase):
            template = self.look_up(part.template)
            return template.format(**{k: self.write(v) for k, v in part.values})
        if isinstance(part, Word):
            return self.look_up(part.text)
        if isinstance(part, Quote):
            opening, closing = _QUOTES[self.language]
            return f"{opening}{part.text}{closing}"
        if isinstance(part, Day):
            months = _SHORT_MONTHS[self.language]
            return f"{part.day.day} {months[part.day.month - 1]} {part.day.year}"
        if isinstance(part, Amount):
            return self.amount(part)
        if isinstance(part, Days):
            count = abs(part.count)
            if self.language == "en":
                one = count == 1 and not part.always_plural
            else:
                one = count <= 1 if self.language == "fr" else count == 1
            return self.look_up(_DAY_KEYS[0] if one else _DAY_KEYS[1]).format(count=count)
        if isinstance(part, Joined):
            between = _SEMICOLONS[self.language] if part.semicolons else ", "
            return between.join(self.write(p) for p in part.parts)
        raise TypeError(f"cannot word {part!r}")

    def amount(self, amount: Amount) -> str:
        value = amount.value
        if value is None:
            return "—"
        shown = abs(value) if amount.signed else value
        text = write_number(shown, self.language)
        if amount.signed:
            return ("+" if value >= 0 else "−") + text
        return text


# --- the tables ---------------------------------------------------------------------------

_DAY_KEYS = ("{count} day", "{count} days")

# Every template and word the comparison writes, in English.
_ENGLISH: tuple[str, ...] = (
    # vision
    "Vision version {number} was adopted on {date}: {statement}.",
    "The statement of vision version {number} changed from {before} to {after}.",
    "Vision version {number} is no longer in the plan.",
    # objectives
    "Objective {code} {title} was added.",
    "Objective {code} {title} was removed.",
    "Objective {before} is now {code}.",
    "Objective {code} was renamed from {before} to {after}.",
    "The description of objective {code} changed.",
    # indicators
    "{code}: indicator {name} was added.",
    "{code}: indicator {name} was added with target {target}.",
    "{code}: indicator {name} was removed.",
    "{code}: the target of indicator {name} changed from {before} to {after}.",
    "{value}",
    "{value} {unit}",
    "{value} by {date}",
    "{value} {unit} by {date}",
    "no target",
    # actions
    "{code} {title} was added under {objective}.",
    "{code} {title} was removed from the plan.",
    "{code} {title} was dropped.",
    "{code} {title} was dropped. Reason: {reason}.",
    "{code} {title} was taken up again (now {status}).",
    "{code} status changed from {before} to {after}.",
    "{before} moved from {objective_before} to {objective_after} and is now {code}.",
    "{before} is now {code}.",
    "{code} was renamed from {before} to {after}.",
    "{code} {changes}.",
    "start set to {date}",
    "end set to {date}",
    "start cleared (was {date})",
    "end cleared (was {date})",
    "start moved {days} later ({before} → {after})",
    "start moved {days} earlier ({before} → {after})",
    "end moved {days} later ({before} → {after})",
    "end moved {days} earlier ({before} → {after})",
    "{code} lead changed from {before} to {after}.",
    "{code}: {name} joined as a partner ({contribution}, {amount}).",
    "{code}: {name} is no longer a partner.",
    "{code}: partner {name} changed: {changes}.",
    "partner {before} → {after}",
    "contribution {before} → {after}",
    "amount {before} → {after}",
    "description changed",
    "{code} budget changed from {before} to {after} ({difference}).",
    "{code}: cost line {line} of {amount} was added ({status}).",
    "{code}: cost line {line} of {amount} was removed.",
    "{code}: cost line {line} changed: {changes}.",
    "status {before} → {after}",
    "source {before} → {after}",
    "paid by {before} → {after}",
    "spent so far {before} → {after}",
    "{code} progress changed from {before}% to {after}%.",
    "{code}: milestone {title} on {date} was added.",
    "{code}: milestone {title} was removed.",
    "{code}: milestone {before} was renamed to {after}.",
    "{code}: milestone {title} moved {days} later ({before} → {after}).",
    "{code}: milestone {title} moved {days} earlier ({before} → {after}).",
    "{code}: milestone {title} was reached.",
    "{code}: milestone {title} is no longer marked reached.",
    "{code} started on {date}.",
    "{code} was finished on {date}.",
    "{code} {field} changed from {before} to {after}.",
    # dependencies
    "{successor} now waits for {predecessor} ({kind}).",
    "{successor} now waits for {predecessor} ({kind}, lag {lag}).",
    "{successor} no longer waits for {predecessor} ({kind}).",
    "{successor} no longer waits for {predecessor} ({kind}, lag {lag}).",
    "{successor} waits for {predecessor} differently: "
    "{kind_before}, lag {lag_before} → {kind_after}, lag {lag_after}.",
    *_DAY_KEYS,
    # words
    "— none —",
    "yes",
    "no",
    "proposed",
    "approved",
    "in progress",
    "completed",
    "delayed",
    "on hold",
    "dropped",
    "cash",
    "in kind",
    "staff days",
    "cluster firms",
    "association",
    "government",
    "donor",
    "bank",
    "other",
    "pledged",
    "secured",
    "spent",
    "horizontal",
    "vertical",
    "institutional",
    "pilot",
    "short term",
    "strategic",
    "finish-to-start",
    "start-to-start",
    "finish-to-finish",
    "start-to-finish",
    "description",
    "category",
    "network type",
    "horizon",
    "risks",
    "actual start",
    "actual end",
    "addresses women",
    "beneficiary firms",
    "beneficiary women",
    "beneficiary youth",
    "beneficiary poor households",
    "joint_purchase",
    "joint_marketing",
    "trade_fair",
    "shared_equipment",
    "training",
    "study_tour",
    "design",
    "quality",
    "technology",
    "finance",
    "business_services",
    "infrastructure",
    "social_protection",
    "institution_building",
    "policy_dialogue",
)

EN: dict[str, str] = {key: key for key in _ENGLISH}
# The key keeps the sign glued to the number; the sentence writes it as the screen does.
EN["{code} progress changed from {before}% to {after}%."] = (
    "{code} progress changed from {before}\u00a0% to {after}\u00a0%."
)

ES: dict[str, str] = {
    "Vision version {number} was adopted on {date}: {statement}.": (
        "La versión {number} de la visión fue adoptada el {date}: {statement}."
    ),
    "The statement of vision version {number} changed from {before} to {after}.": (
        "El enunciado de la versión {number} de la visión cambió de {before} a {after}."
    ),
    "Vision version {number} is no longer in the plan.": (
        "La versión {number} de la visión ya no figura en el plan."
    ),
    "Objective {code} {title} was added.": "Se agregó el objetivo {code} {title}.",
    "Objective {code} {title} was removed.": "Se eliminó el objetivo {code} {title}.",
    "Objective {before} is now {code}.": "El objetivo {before} ahora es {code}.",
    "Objective {code} was renamed from {before} to {after}.": (
        "El objetivo {code} cambió de nombre: de {before} a {after}."
    ),
    "The description of objective {code} changed.": ("Cambió la descripción del objetivo {code}."),
    "{code}: indicator {name} was added.": "{code}: se agregó el indicador {name}.",
    "{code}: indicator {name} was added with target {target}.": (
        "{code}: se agregó el indicador {name} con la meta {target}."
    ),
    "{code}: indicator {name} was removed.": "{code}: se eliminó el indicador {name}.",
    "{code}: the target of indicator {name} changed from {before} to {after}.": (
        "{code}: la meta del indicador {name} cambió de {before} a {after}."
    ),
    "{value}": "{value}",
    "{value} {unit}": "{value} {unit}",
    "{value} by {date}": "{value} al {date}",
    "{value} {unit} by {date}": "{value} {unit} al {date}",
    "no target": "sin meta",
    "{code} {title} was added under {objective}.": (
        "Se agregó la acción {code} {title} en el objetivo {objective}."
    ),
    "{code} {title} was removed from the plan.": ("La acción {code} {title} se eliminó del plan."),
    "{code} {title} was dropped.": "La acción {code} {title} fue descartada.",
    "{code} {title} was dropped. Reason: {reason}.": (
        "La acción {code} {title} fue descartada. Motivo: {reason}."
    ),
    "{code} {title} was taken up again (now {status}).": (
        "La acción {code} {title} se retomó (ahora: {status})."
    ),
    "{code} status changed from {before} to {after}.": (
        "El estado de {code} cambió de {before} a {after}."
    ),
    "{before} moved from {objective_before} to {objective_after} and is now {code}.": (
        "{before} pasó del objetivo {objective_before} al {objective_after} y ahora es {code}."
    ),
    "{before} is now {code}.": "{before} ahora es {code}.",
    "{code} was renamed from {before} to {after}.": (
        "{code} cambió de nombre: de {before} a {after}."
    ),
    "{code} {changes}.": "{code}: {changes}.",
    "start set to {date}": "inicio fijado el {date}",
    "end set to {date}": "fin fijado el {date}",
    "start cleared (was {date})": "inicio sin fecha (era el {date})",
    "end cleared (was {date})": "fin sin fecha (era el {date})",
    "start moved {days} later ({before} → {after})": "inicio aplazado {days} ({before} → {after})",
    "start moved {days} earlier ({before} → {after})": (
        "inicio adelantado {days} ({before} → {after})"
    ),
    "end moved {days} later ({before} → {after})": "fin aplazado {days} ({before} → {after})",
    "end moved {days} earlier ({before} → {after})": "fin adelantado {days} ({before} → {after})",
    "{code} lead changed from {before} to {after}.": (
        "La organización líder de {code} cambió de {before} a {after}."
    ),
    "{code}: {name} joined as a partner ({contribution}, {amount}).": (
        "{code}: {name} se sumó como socio ({contribution}, {amount})."
    ),
    "{code}: {name} is no longer a partner.": "{code}: {name} ya no es socio.",
    "{code}: partner {name} changed: {changes}.": (
        "{code}: cambios en el socio {name}: {changes}."
    ),
    "partner {before} → {after}": "socio {before} → {after}",
    "contribution {before} → {after}": "aporte {before} → {after}",
    "amount {before} → {after}": "monto {before} → {after}",
    "description changed": "cambió la descripción",
    "{code} budget changed from {before} to {after} ({difference}).": (
        "El presupuesto de {code} cambió de {before} a {after} ({difference})."
    ),
    "{code}: cost line {line} of {amount} was added ({status}).": (
        "{code}: se agregó la línea de costo {line} por {amount} ({status})."
    ),
    "{code}: cost line {line} of {amount} was removed.": (
        "{code}: se eliminó la línea de costo {line} por {amount}."
    ),
    "{code}: cost line {line} changed: {changes}.": (
        "{code}: cambios en la línea de costo {line}: {changes}."
    ),
    "status {before} → {after}": "estado {before} → {after}",
    "source {before} → {after}": "fuente {before} → {after}",
    "paid by {before} → {after}": "financiada por {before} → {after}",
    "spent so far {before} → {after}": "gastado a la fecha {before} → {after}",
    "{code} progress changed from {before}% to {after}%.": (
        "El avance de {code} pasó de {before}\u00a0% a {after}\u00a0%."
    ),
    "{code}: milestone {title} on {date} was added.": (
        "{code}: se agregó el hito {title} para el {date}."
    ),
    "{code}: milestone {title} was removed.": "{code}: se eliminó el hito {title}.",
    "{code}: milestone {before} was renamed to {after}.": (
        "{code}: el hito {before} pasó a llamarse {after}."
    ),
    "{code}: milestone {title} moved {days} later ({before} → {after}).": (
        "{code}: el hito {title} se aplazó {days} ({before} → {after})."
    ),
    "{code}: milestone {title} moved {days} earlier ({before} → {after}).": (
        "{code}: el hito {title} se adelantó {days} ({before} → {after})."
    ),
    "{code}: milestone {title} was reached.": "{code}: se alcanzó el hito {title}.",
    "{code}: milestone {title} is no longer marked reached.": (
        "{code}: el hito {title} ya no figura como alcanzado."
    ),
    "{code} started on {date}.": "{code} comenzó el {date}.",
    "{code} was finished on {date}.": "{code} se terminó el {date}.",
    "{code} {field} changed from {before} to {after}.": (
        "{code}: cambio en {field}: de {before} a {after}."
    ),
    "{successor} now waits for {predecessor} ({kind}).": (
        "{successor} ahora depende de {predecessor} ({kind})."
    ),
    "{successor} now waits for {predecessor} ({kind}, lag {lag}).": (
        "{successor} ahora depende de {predecessor} ({kind}, desfase de {lag})."
    ),
    "{successor} no longer waits for {predecessor} ({kind}).": (
        "{successor} ya no depende de {predecessor} ({kind})."
    ),
    "{successor} no longer waits for {predecessor} ({kind}, lag {lag}).": (
        "{successor} ya no depende de {predecessor} ({kind}, desfase de {lag})."
    ),
    "{successor} waits for {predecessor} differently: "
    "{kind_before}, lag {lag_before} → {kind_after}, lag {lag_after}.": (
        "{successor} depende de {predecessor} de otra forma: "
        "{kind_before}, desfase de {lag_before} → {kind_after}, desfase de {lag_after}."
    ),
    "{count} day": "{count} día",
    "{count} days": "{count} días",
    "— none —": "— ninguna —",
    "yes": "sí",
    "no": "no",
    "proposed": "propuesta",
    "approved": "aprobada",
    "in progress": "en curso",
    "completed": "completada",
    "delayed": "retrasada",
    "on hold": "en pausa",
    "dropped": "descartada",
    "cash": "efectivo",
    "in kind": "en especie",
    "staff days": "días de personal",
    "cluster firms": "empresas del clúster",
    "association": "asociación",
    "government": "gobierno",
    "donor": "donante",
    "bank": "banco",
    "other": "otra fuente",
    "pledged": "comprometido",
    "secured": "asegurado",
    "spent": "gastado",
    "horizontal": "horizontal",
    "vertical": "vertical",
    "institutional": "institucional",
    "pilot": "piloto",
    "short term": "corto plazo",
    "strategic": "estratégico",
    "finish-to-start": "fin a inicio",
    "start-to-start": "inicio a inicio",
    "finish-to-finish": "fin a fin",
    "start-to-finish": "inicio a fin",
    "description": "la descripción",
    "category": "la categoría",
    "network type": "el tipo de red",
    "horizon": "el horizonte",
    "risks": "los riesgos",
    "actual start": "el inicio real",
    "actual end": "el fin real",
    "addresses women": "el enfoque en mujeres",
    "beneficiary firms": "el número de empresas beneficiarias",
    "beneficiary women": "el número de mujeres beneficiarias",
    "beneficiary youth": "el número de jóvenes beneficiarios",
    "beneficiary poor households": "el número de hogares pobres beneficiarios",
    "joint_purchase": "compra conjunta",
    "joint_marketing": "comercialización conjunta / marca común",
    "trade_fair": "feria comercial / rueda de negocios",
    "shared_equipment": "equipo compartido / centro de servicios común",
    "training": "capacitación",
    "study_tour": "gira de estudio / hermanamiento",
    "design": "diseño / desarrollo de productos",
    "quality": "calidad, ensayos, certificación",
    "technology": "tecnología, energía, producción más limpia",
    "finance": "financiamiento / vínculo con el crédito",
    "business_services": "vínculo con servicios empresariales",
    "infrastructure": "infraestructura",
    "social_protection": "protección social / seguridad laboral",
    "institution_building": "fortalecimiento institucional",
    "policy_dialogue": "diálogo de políticas",
}

_NB = "\u00a0"

FR: dict[str, str] = {
    "Vision version {number} was adopted on {date}: {statement}.": (
        f"La version {{number}} de la vision a été adoptée le {{date}}{_NB}: {{statement}}."
    ),
    "The statement of vision version {number} changed from {before} to {after}.": (
        "L’énoncé de la version {number} de la vision est passé de {before} à {after}."
    ),
    "Vision version {number} is no longer in the plan.": (
        "La version {number} de la vision ne figure plus dans le plan."
    ),
    "Objective {code} {title} was added.": "L’objectif {code} {title} a été ajouté.",
    "Objective {code} {title} was removed.": "L’objectif {code} {title} a été supprimé.",
    "Objective {before} is now {code}.": "L’objectif {before} devient {code}.",
    "Objective {code} was renamed from {before} to {after}.": (
        "L’objectif {code} a été renommé de {before} en {after}."
    ),
    "The description of objective {code} changed.": (
        "La description de l’objectif {code} a changé."
    ),
    "{code}: indicator {name} was added.": f"{{code}}{_NB}: l’indicateur {{name}} a été ajouté.",
    "{code}: indicator {name} was added with target {target}.": (
        f"{{code}}{_NB}: l’indicateur {{name}} a été ajouté avec la cible {{target}}."
    ),
    "{code}: indicator {name} was removed.": (
        f"{{code}}{_NB}: l’indicateur {{name}} a été supprimé."
    ),
    "{code}: the target of indicator {name} changed from {before} to {after}.": (
        f"{{code}}{_NB}: la cible de l’indicateur {{name}} est passée de {{before}} à {{after}}."
    ),
    "{value}": "{value}",
    "{value} {unit}": "{value} {unit}",
    "{value} by {date}": "{value} au {date}",
    "{value} {unit} by {date}": "{value} {unit} au {date}",
    "no target": "aucune cible",
    "{code} {title} was added under {objective}.": (
        "L’action {code} {title} a été ajoutée à l’objectif {objective}."
    ),
    "{code} {title} was removed from the plan.": ("L’action {code} {title} a été retirée du plan."),
    "{code} {title} was dropped.": "L’action {code} {title} a été abandonnée.",
    "{code} {title} was dropped. Reason: {reason}.": (
        f"L’action {{code}} {{title}} a été abandonnée. Motif{_NB}: {{reason}}."
    ),
    "{code} {title} was taken up again (now {status}).": (
        f"L’action {{code}} {{title}} a été reprise (désormais{_NB}: {{status}})."
    ),
    "{code} status changed from {before} to {after}.": (
        "Le statut de {code} est passé de {before} à {after}."
    ),
    "{before} moved from {objective_before} to {objective_after} and is now {code}.": (
        "{before} est passée de l’objectif {objective_before} à {objective_after} "
        "et devient {code}."
    ),
    "{before} is now {code}.": "{before} devient {code}.",
    "{code} was renamed from {before} to {after}.": (
        "{code} a été renommée de {before} en {after}."
    ),
    "{code} {changes}.": f"{{code}}{_NB}: {{changes}}.",
    "start set to {date}": "début fixé au {date}",
    "end set to {date}": "fin fixée au {date}",
    "start cleared (was {date})": "début sans date (auparavant le {date})",
    "end cleared (was {date})": "fin sans date (auparavant le {date})",
    "start moved {days} later ({before} → {after})": (
        "début repoussé de {days} ({before} → {after})"
    ),
    "start moved {days} earlier ({before} → {after})": (
        "début avancé de {days} ({before} → {after})"
    ),
    "end moved {days} later ({before} → {after})": "fin repoussée de {days} ({before} → {after})",
    "end moved {days} earlier ({before} → {after})": "fin avancée de {days} ({before} → {after})",
    "{code} lead changed from {before} to {after}.": (
        "Le chef de file de {code} est passé de {before} à {after}."
    ),
    "{code}: {name} joined as a partner ({contribution}, {amount}).": (
        f"{{code}}{_NB}: {{name}} a rejoint les partenaires ({{contribution}}, {{amount}})."
    ),
    "{code}: {name} is no longer a partner.": (f"{{code}}{_NB}: {{name}} n’est plus partenaire."),
    "{code}: partner {name} changed: {changes}.": (
        f"{{code}}{_NB}: modifications du partenaire {{name}}{_NB}: {{changes}}."
    ),
    "partner {before} → {after}": "partenaire {before} → {after}",
    "contribution {before} → {after}": "apport {before} → {after}",
    "amount {before} → {after}": "montant {before} → {after}",
    "description changed": "description modifiée",
    "{code} budget changed from {before} to {after} ({difference}).": (
        "Le budget de {code} est passé de {before} à {after} ({difference})."
    ),
    "{code}: cost line {line} of {amount} was added ({status}).": (
        f"{{code}}{_NB}: la ligne de cofinancement {{line}} de {{amount}} a été ajoutée "
        "({status})."
    ),
    "{code}: cost line {line} of {amount} was removed.": (
        f"{{code}}{_NB}: la ligne de cofinancement {{line}} de {{amount}} a été supprimée."
    ),
    "{code}: cost line {line} changed: {changes}.": (
        f"{{code}}{_NB}: modifications de la ligne de cofinancement {{line}}{_NB}: {{changes}}."
    ),
    "status {before} → {after}": "statut {before} → {after}",
    "source {before} → {after}": "source {before} → {after}",
    "paid by {before} → {after}": "financée par {before} → {after}",
    "spent so far {before} → {after}": "dépensé à ce jour {before} → {after}",
    "{code} progress changed from {before}% to {after}%.": (
        "L’avancement de {code} est passé de {before}\u202f% à {after}\u202f%."
    ),
    "{code}: milestone {title} on {date} was added.": (
        f"{{code}}{_NB}: le jalon {{title}} du {{date}} a été ajouté."
    ),
    "{code}: milestone {title} was removed.": (
        f"{{code}}{_NB}: le jalon {{title}} a été supprimé."
    ),
    "{code}: milestone {before} was renamed to {after}.": (
        f"{{code}}{_NB}: le jalon {{before}} a été renommé {{after}}."
    ),
    "{code}: milestone {title} moved {days} later ({before} → {after}).": (
        f"{{code}}{_NB}: le jalon {{title}} a été repoussé de {{days}} ({{before}} → {{after}})."
    ),
    "{code}: milestone {title} moved {days} earlier ({before} → {after}).": (
        f"{{code}}{_NB}: le jalon {{title}} a été avancé de {{days}} ({{before}} → {{after}})."
    ),
    "{code}: milestone {title} was reached.": f"{{code}}{_NB}: le jalon {{title}} a été atteint.",
    "{code}: milestone {title} is no longer marked reached.": (
        f"{{code}}{_NB}: le jalon {{title}} n’est plus marqué comme atteint."
    ),
    "{code} started on {date}.": "{code} a commencé le {date}.",
    "{code} was finished on {date}.": "{code} a été achevée le {date}.",
    "{code} {field} changed from {before} to {after}.": (
        f"{{code}}{_NB}: {{field}} passe de {{before}} à {{after}}."
    ),
    "{successor} now waits for {predecessor} ({kind}).": (
        "{successor} dépend désormais de {predecessor} ({kind})."
    ),
    "{successor} now waits for {predecessor} ({kind}, lag {lag}).": (
        "{successor} dépend désormais de {predecessor} ({kind}, décalage de {lag})."
    ),
    "{successor} no longer waits for {predecessor} ({kind}).": (
        "{successor} ne dépend plus de {predecessor} ({kind})."
    ),
    "{successor} no longer waits for {predecessor} ({kind}, lag {lag}).": (
        "{successor} ne dépend plus de {predecessor} ({kind}, décalage de {lag})."
    ),
    "{successor} waits for {predecessor} differently: "
    "{kind_before}, lag {lag_before} → {kind_after}, lag {lag_after}.": (
        f"{{successor}} dépend autrement de {{predecessor}}{_NB}: "
        "{kind_before}, décalage de {lag_before} → {kind_after}, décalage de {lag_after}."
    ),
    "{count} day": "{count} jour",
    "{count} days": "{count} jours",
    "— none —": "— aucune —",
    "yes": "oui",
    "no": "non",
    "proposed": "proposée",
    "approved": "approuvée",
    "in progress": "en cours",
    "completed": "achevée",
    "delayed": "en retard",
    "on hold": "suspendue",
    "dropped": "abandonnée",
    "cash": "en numéraire",
    "in kind": "en nature",
    "staff days": "jours de personnel",
    "cluster firms": "entreprises du cluster",
    "association": "association",
    "government": "pouvoirs publics",
    "donor": "bailleur de fonds",
    "bank": "banque",
    "other": "autre source",
    "pledged": "promis",
    "secured": "acquis",
    "spent": "dépensé",
    "horizontal": "horizontal",
    "vertical": "vertical",
    "institutional": "institutionnel",
    "pilot": "pilote",
    "short term": "court terme",
    "strategic": "stratégique",
    "finish-to-start": "fin à début",
    "start-to-start": "début à début",
    "finish-to-finish": "fin à fin",
    "start-to-finish": "début à fin",
    "description": "la description",
    "category": "la catégorie",
    "network type": "le type de réseau",
    "horizon": "l’horizon",
    "risks": "l’énoncé des risques",
    "actual start": "le début effectif",
    "actual end": "la fin effective",
    "addresses women": "le ciblage des femmes",
    "beneficiary firms": "le nombre d’entreprises bénéficiaires",
    "beneficiary women": "le nombre de femmes bénéficiaires",
    "beneficiary youth": "le nombre de jeunes bénéficiaires",
    "beneficiary poor households": "le nombre de ménages pauvres bénéficiaires",
    "joint_purchase": "achat groupé",
    "joint_marketing": "commercialisation conjointe / marque commune",
    "trade_fair": "salon professionnel / rencontre acheteurs-vendeurs",
    "shared_equipment": "équipement partagé / centre commun",
    "training": "formation / compétences",
    "study_tour": "voyage d’étude / jumelage",
    "design": "design / développement de produits",
    "quality": "qualité, essais, certification",
    "technology": "technologie, énergie, production plus propre",
    "finance": "financement / accès au crédit",
    "business_services": "liens avec les services aux entreprises",
    "infrastructure": "infrastructures",
    "social_protection": "protection sociale / sécurité au travail",
    "institution_building": "renforcement institutionnel",
    "policy_dialogue": "dialogue sur les politiques",
}

CATALOGUES: Mapping[str, Mapping[str, str]] = {"en": EN, "es": ES, "fr": FR}

_QUOTES = {"en": ("“", "”"), "es": ("“", "”"), "fr": ("«\u00a0", "\u00a0»")}
_SEMICOLONS = {"en": "; ", "es": "; ", "fr": "\u202f; "}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}
