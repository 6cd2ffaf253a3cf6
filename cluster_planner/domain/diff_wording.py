"""The phrasebook of the comparison: every sentence and word it writes, per language.

A change is told about a *thing* — an action, an objective or the vision — as a subject
("A1.2 “Joint purchase of leather”") and a clause ("status changed from approved to in
progress"): lists group the clauses under their subject, a single sentence joins the two
("{subject}: {clause}."). Each is kept as a ``Phrase``: an English template with
``{name}`` placeholders and the values that fill them. The values say what they are — a
date, an amount, a number of days, a count of things, a word of the plan's vocabulary, a
quoted title, or a further phrase — so each language writes them its own way. The
catalogues (``EN``, ``ES``, ``FR``) are keyed by the English template or word; ``EN``
lists every key, and the other languages must translate all of them, keeping the
placeholders. Dates are written with the month abbreviated (1 Jun 2026, 1 jun 2026,
1 juin 2026), as the roadmap's tables write them; French and Spanish contract a
preposition with the article or vowel that follows it (au, aux, du, des, d’; al, del).

Figures and amounts are written by ``numbers.py``, as the screen writes them ("50 %" with a
no-break space).

To add a language: add its catalogue (every key of ``EN``), its figures (``numbers.py``), month
abbreviations, quotation marks, semicolon, "and" and contractions to the tables at the
end of this module.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

from cluster_planner.domain.numbers import write_money
from cluster_planner.domain.text import isolate


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the plan's vocabulary (a status, a source, a field), translated."""

    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A title or statement the user wrote, shown between quotation marks, never translated,
    and isolated (``domain.text``) so that right-to-left text cannot reorder the sentence."""

    text: str


@dataclass(frozen=True, slots=True)
class Day:
    """A date, with the month abbreviated in the language's words."""

    day: dt.date


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money or a figure, grouped by thousands; ``signed`` shows + or −;
    with a ``currency``, written as the roadmap writes money (USD 1,200 / 1 200 USD)."""

    value: float | None
    signed: bool = False
    currency: str = ""


@dataclass(frozen=True, slots=True)
class Days:
    """A number of days. English lags always say "days" (``always_plural``)."""

    count: int
    always_plural: bool = False


@dataclass(frozen=True, slots=True)
class Count:
    """A number of things of one kind ("action", "objective"): "1 action", "3 actions"."""

    count: int
    kind: str


@dataclass(frozen=True, slots=True)
class Joined:
    """Several phrases in one sentence, joined by commas, (``semicolons``) semicolons, or
    (``last_and``) commas and the language's "and" before the last."""

    parts: tuple[Part, ...]
    semicolons: bool = False
    last_and: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """An English template and the values of its placeholders."""

    template: str
    values: tuple[tuple[str, Part], ...] = ()


Part = str | int | Word | Quote | Day | Amount | Days | Count | Joined | Phrase


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
    if isinstance(part, Count):
        return set(_COUNT_KEYS[part.kind])
    if isinstance(part, Joined):
        return set().union(*(keys(p) for p in part.parts)) if part.parts else set()
    return set()


def placeholders(template: str) -> set[str]:
    """The ``{name}`` placeholders of a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def short_date(day: dt.date, language: str = "en") -> str:
    """A date with the month abbreviated: 3 Mar 2027, 3 mar 2027, 3 mars 2027."""
    months = _SHORT_MONTHS.get(language, _SHORT_MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def semicolon(language: str = "en") -> str:
    """What separates the clauses of one sentence: "; ", or in French " ; " (thin space)."""
    return _SEMICOLONS.get(language, _SEMICOLONS["en"])


def contract(before: str, value: str, language: str) -> tuple[str, str]:
    """The text before a placeholder and its value, a preposition ending the text contracted
    with the article or vowel starting the value: French "de approuvée" → "d’approuvée",
    "à le plan" → "au plan", "de les" → "des"; Spanish "a el plan" → "al plan", "de el" →
    "del". Quoted titles (« … », “ … ”) and figures are left as they are."""
    if language == "fr":
        match = _FR_PREPOSITION.search(before)
        if match is not None:
            word = match.group(1)
            head = before[: match.start(1)]
            capital = word[0].isupper()
            article = _article(value, ("le ", "les "))
            if article:
                joined = {("à", "le "): "au", ("à", "les "): "aux"}
                joined |= {("de", "le "): "du", ("de", "les "): "des"}
                merged = joined[word.lower(), article]
                merged = merged.capitalize() if capital else merged
                return f"{head}{merged} ", value[len(article) :]
            if word.lower() == "de" and value[:1] in _VOWELS:
                return f"{head}{'D' if capital else 'd'}’", value
    elif language == "es":
        match = _ES_PREPOSITION.search(before)
        if match is not None and _article(value, ("el ",)):
            word = match.group(1)
            merged = "al" if word.lower() == "a" else "del"
            merged = merged.capitalize() if word[0].isupper() else merged
            return f"{before[: match.start(1)]}{merged} ", value[3:]
    return before, value


def _article(value: str, articles: tuple[str, ...]) -> str:
    return next((a for a in articles if value.startswith(a)), "")


_VOWELS = frozenset("aeiouyàâäéèêëîïôöûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜ")
_FR_PREPOSITION = re.compile(r"(?:^|(?<=[\s(]))([Dd]e|[àÀ]) $")
_ES_PREPOSITION = re.compile(r"(?:^|(?<=[\s(]))([Dd]e|[Aa]) $")


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

    def fill(self, template: str, values: Mapping[str, str]) -> str:
        """``template`` with its placeholders filled, prepositions contracted."""
        out: list[str] = []
        for literal, name, _spec, _conversion in string.Formatter().parse(template):
            out.append(literal)
            if name is None:
                continue
            value = values[name]
            before, value = contract("".join(out), value, self.language)
            out = [before, value]
        return "".join(out)

    def write(self, part: Part) -> str:
        if isinstance(part, str):
            return part
        if isinstance(part, bool):
            return str(part)
        if isinstance(part, int):
            return str(part)
        if isinstance(part, Phrase):
            template = self.look_up(part.template)
            return self.fill(template, {k: self.write(v) for k, v in part.values})
        if isinstance(part, Word):
            return self.look_up(part.text)
        if isinstance(part, Quote):
            opening, closing = _QUOTES[self.language]
            return f"{opening}{isolate(part.text)}{closing}"
        if isinstance(part, Day):
            return short_date(part.day, self.language)
        if isinstance(part, Amount):
            return self.amount(part)
        if isinstance(part, Days):
            count = abs(part.count)
            if self.language == "en":
                one = count == 1 and not part.always_plural
            else:
                one = count <= 1 if self.language == "fr" else count == 1
            return self.look_up(_DAY_KEYS[0] if one else _DAY_KEYS[1]).format(count=count)
        if isinstance(part, Count):
            one = part.count <= 1 if self.language == "fr" else part.count == 1
            singular, plural = _COUNT_KEYS[part.kind]
            return self.look_up(singular if one else plural).format(count=part.count)
        if isinstance(part, Joined):
            pieces = [self.write(p) for p in part.parts]
            if part.last_and and len(pieces) > 1:
                return ", ".join(pieces[:-1]) + _AND[self.language] + pieces[-1]
            between = _SEMICOLONS[self.language] if part.semicolons else ", "
            return between.join(pieces)
        raise TypeError(f"cannot word {part!r}")

    def amount(self, amount: Amount) -> str:
        value = amount.value
        if value is None:
            return "—"
        shown = abs(value) if amount.signed else value
        text = write_money(shown, amount.currency, self.language)
        if amount.signed:
            return ("+" if value >= 0 else "−") + text
        return text


# --- the tables ---------------------------------------------------------------------------

_NB = "\u00a0"
_DAY_KEYS = ("{count} day", "{count} days")
_COUNT_KEYS = {
    "action": ("{count} action", "{count} actions"),
    "objective": ("{count} objective", "{count} objectives"),
}

# Every template, English then Spanish then French. Subjects and clauses first, then the
# words. A clause is what changed about its thing, written to follow its subject.
_PHRASES: tuple[tuple[str, str, str], ...] = (
    # a change as one sentence, and its subject
    ("{subject}: {clause}.", "{subject}: {clause}.", f"{{subject}}{_NB}: {{clause}}."),
    ("{code} {title}", "{code} {title}", "{code} {title}"),
    # the vision
    (
        "version {number} adopted on {date}: {statement}",
        "versión {number} adoptada el {date}: {statement}",
        f"version {{number}} adoptée le {{date}}{_NB}: {{statement}}",
    ),
    (
        "statement of version {number} changed from {before} to {after}",
        "el enunciado de la versión {number} cambió de {before} a {after}",
        "l’énoncé de la version {number} est passé de {before} à {after}",
    ),
    (
        "version {number} is no longer in the plan",
        "la versión {number} ya no figura en el plan",
        "la version {number} ne figure plus dans le plan",
    ),
    # objectives (and, for renumbering and renaming, actions too)
    ("added", "se agregó", "ajouté"),
    ("removed", "se eliminó", "supprimé"),
    (
        "renumbered (was {before})",
        "nuevo número (antes {before})",
        "nouveau numéro (auparavant {before})",
    ),
    (
        "renamed from {before}",
        "nuevo título (antes {before})",
        "nouveau titre (auparavant {before})",
    ),
    ("description changed", "cambió la descripción", "description modifiée"),
    # indicators
    ("indicator {name} added", "se agregó el indicador {name}", "indicateur {name} ajouté"),
    (
        "indicator {name} added with target {target}",
        "se agregó el indicador {name} con la meta {target}",
        "indicateur {name} ajouté avec la cible {target}",
    ),
    ("indicator {name} removed", "se eliminó el indicador {name}", "indicateur {name} supprimé"),
    (
        "target of indicator {name} changed from {before} to {after}",
        "la meta del indicador {name} cambió de {before} a {after}",
        "la cible de l’indicateur {name} est passée de {before} à {after}",
    ),
    ("{value}", "{value}", "{value}"),
    ("{value} {unit}", "{value} {unit}", "{value} {unit}"),
    ("{value} by {date}", "{value} al {date}", "{value} au {date}"),
    ("{value} {unit} by {date}", "{value} {unit} al {date}", "{value} {unit} au {date}"),
    ("no target", "sin meta", "aucune cible"),
    # actions
    (
        "added under {objective}",
        "se agregó en el objetivo {objective}",
        "ajoutée à l’objectif {objective}",
    ),
    ("removed from the plan", "se eliminó del plan", "retirée du plan"),
    ("dropped", "se descartó", "abandonnée"),
    (
        "dropped (reason: {reason})",
        "se descartó (motivo: {reason})",
        f"abandonnée (motif{_NB}: {{reason}})",
    ),
    (
        "taken up again (now {status})",
        "se retomó (ahora: {status})",
        f"reprise (désormais{_NB}: {{status}})",
    ),
    (
        "status changed from {before} to {after}",
        "el estado cambió de {before} a {after}",
        "le statut est passé de {before} à {after}",
    ),
    (
        "moved from {objective_before} to {objective_after} (was {before})",
        "pasó del objetivo {objective_before} al {objective_after} (antes {before})",
        "est passée de l’objectif {objective_before} à {objective_after} (auparavant {before})",
    ),
    ("start set to {date}", "inicio fijado el {date}", "début fixé au {date}"),
    ("end set to {date}", "fin fijado el {date}", "fin fixée au {date}"),
    (
        "start cleared (was {date})",
        "inicio sin fecha (era el {date})",
        "début sans date (auparavant le {date})",
    ),
    (
        "end cleared (was {date})",
        "fin sin fecha (era el {date})",
        "fin sans date (auparavant le {date})",
    ),
    (
        "start moved {days} later ({before} → {after})",
        "inicio aplazado {days} ({before} → {after})",
        "début repoussé de {days} ({before} → {after})",
    ),
    (
        "start moved {days} earlier ({before} → {after})",
        "inicio adelantado {days} ({before} → {after})",
        "début avancé de {days} ({before} → {after})",
    ),
    (
        "end moved {days} later ({before} → {after})",
        "fin aplazado {days} ({before} → {after})",
        "fin repoussée de {days} ({before} → {after})",
    ),
    (
        "end moved {days} earlier ({before} → {after})",
        "fin adelantado {days} ({before} → {after})",
        "fin avancée de {days} ({before} → {after})",
    ),
    (
        "lead changed from {before} to {after}",
        "la organización líder cambió de {before} a {after}",
        "le chef de file est passé de {before} à {after}",
    ),
    (
        "{name} joined as a partner ({contribution}, {amount})",
        "{name} se sumó como socio ({contribution}, {amount})",
        "{name} a rejoint les partenaires ({contribution}, {amount})",
    ),
    ("{name} is no longer a partner", "{name} ya no es socio", "{name} n’est plus partenaire"),
    (
        "partner {name} changed: {changes}",
        "cambios en el socio {name}: {changes}",
        f"modifications du partenaire {{name}}{_NB}: {{changes}}",
    ),
    ("partner {before} → {after}", "socio {before} → {after}", "partenaire {before} → {after}"),
    (
        "contribution {before} → {after}",
        "aporte {before} → {after}",
        "apport {before} → {after}",
    ),
    ("amount {before} → {after}", "monto {before} → {after}", "montant {before} → {after}"),
    (
        "budget changed from {before} to {after} ({difference})",
        "el presupuesto cambió de {before} a {after} ({difference})",
        "le budget est passé de {before} à {after} ({difference})",
    ),
    (
        "cost line {line} of {amount} added ({status})",
        "se agregó la línea de costo {line} por {amount} ({status})",
        "la ligne de cofinancement {line} de {amount} a été ajoutée ({status})",
    ),
    (
        "cost line {line} of {amount} removed",
        "se eliminó la línea de costo {line} por {amount}",
        "la ligne de cofinancement {line} de {amount} a été supprimée",
    ),
    (
        "cost line {line} changed: {changes}",
        "cambios en la línea de costo {line}: {changes}",
        f"modifications de la ligne de cofinancement {{line}}{_NB}: {{changes}}",
    ),
    ("status {before} → {after}", "estado {before} → {after}", "statut {before} → {after}"),
    ("source {before} → {after}", "fuente {before} → {after}", "source {before} → {after}"),
    (
        "paid by {before} → {after}",
        "financiada por {before} → {after}",
        "financée par {before} → {after}",
    ),
    (
        "spent so far {before} → {after}",
        "gastado a la fecha {before} → {after}",
        "dépensé à ce jour {before} → {after}",
    ),
    (
        f"progress changed from {{before}}{_NB}% to {{after}}{_NB}%",
        f"el avance pasó de {{before}}{_NB}% a {{after}}{_NB}%",
        "l’avancement est passé de {before}\u202f% à {after}\u202f%",
    ),
    (
        "milestone {title} on {date} added",
        "se agregó el hito {title} para el {date}",
        "jalon {title} du {date} ajouté",
    ),
    ("milestone {title} removed", "se eliminó el hito {title}", "jalon {title} supprimé"),
    (
        "milestone {before} renamed to {after}",
        "el hito {before} pasó a llamarse {after}",
        "jalon {before} renommé {after}",
    ),
    (
        "milestone {title} moved {days} later ({before} → {after})",
        "el hito {title} se aplazó {days} ({before} → {after})",
        "jalon {title} repoussé de {days} ({before} → {after})",
    ),
    (
        "milestone {title} moved {days} earlier ({before} → {after})",
        "el hito {title} se adelantó {days} ({before} → {after})",
        "jalon {title} avancé de {days} ({before} → {after})",
    ),
    ("milestone {title} reached", "se alcanzó el hito {title}", "jalon {title} atteint"),
    (
        "milestone {title} no longer marked reached",
        "el hito {title} ya no figura como alcanzado",
        "jalon {title} plus marqué comme atteint",
    ),
    ("started on {date}", "comenzó el {date}", "a commencé le {date}"),
    ("finished on {date}", "se terminó el {date}", "a été achevée le {date}"),
    (
        "{field} changed from {before} to {after}",
        "cambio en {field}: de {before} a {after}",
        "{field} passe de {before} à {after}",
    ),
    # dependencies (told about the action that waits)
    (
        "now waits for {predecessor} ({kind})",
        "ahora depende de {predecessor} ({kind})",
        "dépend désormais de {predecessor} ({kind})",
    ),
    (
        "now waits for {predecessor} ({kind}, lag {lag})",
        "ahora depende de {predecessor} ({kind}, desfase de {lag})",
        "dépend désormais de {predecessor} ({kind}, décalage de {lag})",
    ),
    (
        "no longer waits for {predecessor} ({kind})",
        "ya no depende de {predecessor} ({kind})",
        "ne dépend plus de {predecessor} ({kind})",
    ),
    (
        "no longer waits for {predecessor} ({kind}, lag {lag})",
        "ya no depende de {predecessor} ({kind}, desfase de {lag})",
        "ne dépend plus de {predecessor} ({kind}, décalage de {lag})",
    ),
    (
        "waits for {predecessor} differently: {kind_before}, lag {lag_before} → "
        "{kind_after}, lag {lag_after}",
        "depende de {predecessor} de otra forma: {kind_before}, desfase de {lag_before} → "
        "{kind_after}, desfase de {lag_after}",
        f"dépend autrement de {{predecessor}}{_NB}: {{kind_before}}, décalage de "
        "{lag_before} → {kind_after}, décalage de {lag_after}",
    ),
    # headings of a comparison
    (
        "From revision {first} to {target}: {things} changed",
        "De la revisión {first} a {target}: cambios en {things}",
        f"De la révision {{first}} à {{target}}{_NB}: modifications de {{things}}",
    ),
    (
        "Nothing changed from revision {first} to {target}.",
        "Nada cambió de la revisión {first} a {target}.",
        "Rien n’a changé de la révision {first} à {target}.",
    ),
    ("the current plan", "el plan actual", "le plan actuel"),
    ("revision {number}", "la revisión {number}", "la révision {number}"),
    ("the vision", "la visión", "la vision"),
    ("Vision", "Visión", "Vision"),
    ("{count} action", "{count} acción", "{count} action"),
    ("{count} actions", "{count} acciones", "{count} actions"),
    ("{count} objective", "{count} objetivo", "{count} objectif"),
    ("{count} objectives", "{count} objetivos", "{count} objectifs"),
    ("{count} day", "{count} día", "{count} jour"),
    ("{count} days", "{count} días", "{count} jours"),
)

# Every word the comparison writes, in English.
_WORDS: tuple[str, ...] = (
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
    "not stated",
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

_ES_WORDS: dict[str, str] = {
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
    "not stated": "sin precisar",
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

_FR_WORDS: dict[str, str] = {
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
    "not stated": "non précisé",
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

EN: dict[str, str] = {en: en for en, _, _ in _PHRASES} | {word: word for word in _WORDS}
ES: dict[str, str] = {en: es for en, es, _ in _PHRASES} | _ES_WORDS
FR: dict[str, str] = {en: fr for en, _, fr in _PHRASES} | _FR_WORDS

CATALOGUES: Mapping[str, Mapping[str, str]] = {"en": EN, "es": ES, "fr": FR}

_QUOTES = {"en": ("“", "”"), "es": ("“", "”"), "fr": ("«\u00a0", "\u00a0»")}
_SEMICOLONS = {"en": "; ", "es": "; ", "fr": "\u202f; "}
_AND = {"en": " and ", "es": " y ", "fr": " et "}
_SHORT_MONTHS: dict[str, tuple[str, ...]] = {
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
