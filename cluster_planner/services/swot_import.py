"""Reading SWOT items from a CDA's spreadsheet (CSV, XLSX) or from pasted lines.

Parsing never touches the plan: it returns an ImportPreview of good rows and bad
rows (with their row numbers). ``PlanDocument.import_swot_items`` then adds the
good rows in one action. Header names are accepted in English, Spanish and
French. Hostile files are refused before they are parsed: size limits, an XLSX
zip-bomb check, and XML read through defusedxml (no entity expansion).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cluster_planner.domain.enums import BUILTIN_THEMES, Quadrant
from cluster_planner.domain.errors import ImportRefused

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
_UNREADABLE_WORKBOOK = "the workbook cannot be read: it is damaged or not a workbook"
MAX_ZIP_RATIO = 100  # a real workbook compresses 5–20×; a zip bomb thousands of times


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One good row, ready to become a SWOT card."""

    row: int
    quadrant: Quadrant
    statement: str
    themes: tuple[str, ...] = ()
    evidence: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that cannot be imported, and why (in English; the UI words its own)."""

    row: int
    code: str  # "no_statement", "unknown_quadrant", "no_quadrant", "formula_without_value"
    value: str = ""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would add, and what it would leave out."""

    rows: tuple[ImportRow, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def clean(self) -> bool:
        """True when every row can be imported."""
        return not self.problems


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces: 'Énoncé ' → 'enonce'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_]+", " ", plain)


_HEADERS = {
    "quadrant": [
        "quadrant",
        "type",
        "category",
        "swot",
        "cuadrante",
        "tipo",
        "categoria",
        "categorie",
        "dafo",
        "foda",
        "ffom",
    ],
    "statement": [
        "statement",
        "item",
        "text",
        "finding",
        "description",
        "enunciado",
        "texto",
        "descripcion",
        "afirmacion",
        "hallazgo",
        "enonce",
        "texte",
        "libelle",
        "constat",
    ],
    "theme": ["theme", "themes", "topic", "tema", "temas", "theme(s)", "thematique"],
    "evidence": ["evidence", "evidencia", "preuve", "preuves", "justification", "justificacion"],
    "source": ["source", "fuente", "origen", "reference"],
}
HEADER_NAMES = {_fold(name): key for key, names in _HEADERS.items() for name in names}

_QUADRANTS = {
    Quadrant.STRENGTH: [
        "s",
        "strength",
        "strengths",
        "f",
        "fortaleza",
        "fortalezas",
        "force",
        "forces",
        "atout",
        "atouts",
    ],
    Quadrant.WEAKNESS: [
        "w",
        "weakness",
        "weaknesses",
        "d",
        "debilidad",
        "debilidades",
        "faiblesse",
        "faiblesses",
    ],
    Quadrant.OPPORTUNITY: [
        "o",
        "opportunity",
        "opportunities",
        "oportunidad",
        "oportunidades",
        "opportunite",
        "opportunites",
    ],
    Quadrant.THREAT: [
        "t",
        "threat",
        "threats",
        "a",
        "amenaza",
        "amenazas",
        "m",
        "menace",
        "menaces",
        "risque",
        "risques",
    ],
}
QUADRANT_NAMES = {_fold(name): q for q, names in _QUADRANTS.items() for name in names}

_THEMES = {
    "markets": ["markets", "market", "mercados", "mercado", "marches", "marche"],
    "production_technology": [
        "production & technology",
        "production and technology",
        "production",
        "technology",
        "produccion y tecnologia",
        "produccion",
        "tecnologia",
        "production et technologie",
        "technologie",
    ],
    "raw_materials": [
        "raw materials",
        "inputs",
        "materias primas",
        "insumos",
        "matieres premieres",
    ],
    "finance": [
        "finance",
        "financing",
        "credit",
        "finanzas",
        "financiamiento",
        "financiacion",
        "credito",
        "financement",
    ],
    "skills": [
        "skills",
        "training",
        "habilidades",
        "competencias",
        "capacitacion",
        "competences",
        "formation",
    ],
    "infrastructure": ["infrastructure", "infraestructura"],
    "institutions_governance": [
        "institutions & governance",
        "institutions and governance",
        "institutions",
        "governance",
        "instituciones y gobernanza",
        "instituciones",
        "gobernanza",
        "institutions et gouvernance",
        "gouvernance",
    ],
    "policy": ["policy", "politica", "politicas", "politique", "politiques"],
    "environment": ["environment", "medio ambiente", "ambiente", "environnement"],
    "social_gender": [
        "social & gender",
        "social and gender",
        "gender",
        "social",
        "social y genero",
        "genero",
        "social et genre",
        "genre",
    ],
}
THEME_NAMES = {_fold(name): key for key, names in _THEMES.items() for name in names}
THEME_NAMES.update({_fold(key): key for key in BUILTIN_THEMES})


def quadrant_from_label(label: str) -> Quadrant | None:
    """The quadrant a label names in English, Spanish or French ('S', 'Fortalezas', 'Menace')."""
    return QUADRANT_NAMES.get(_fold(label).rstrip(":"))


def themes_from_cell(cell: str) -> tuple[str, ...]:
    """Built-in theme keys for known names, custom themes kept as typed; split on ; , |."""
    themes = []
    for part in re.split(r"[;,|]", cell):
        part = part.strip()
        if part:
            themes.append(THEME_NAMES.get(_fold(part), part))
    return tuple(dict.fromkeys(themes))


@dataclass(frozen=True, slots=True)
class UncomputedFormula:
    """A workbook cell holding a formula whose value was never computed and saved (a file
    written by a program, not by Excel or LibreOffice): there is nothing to import in it."""

    formula: str

    def __str__(self) -> str:
        return ""


def preview_rows(table: Iterable[Sequence[object]]) -> ImportPreview:
    """Turn a table (first row: headers) into a preview; rows are numbered as in the file."""
    rows = iter(table)
    header: list[str] | None = None
    header_row = 0
    for number, raw in enumerate(rows, start=1):
        cells = ["" if c is None else str(c) for c in raw]
        if any(c.strip() for c in cells):
            header, header_row = cells, number
            break
    if header is None:
        raise ImportRefused("the file has no rows")
    columns = {
        HEADER_NAMES[_fold(h)]: i
        for i, h in reversed(list(enumerate(header)))
        if _fold(h) in HEADER_NAMES
    }
    if "statement" not in columns:
        raise ImportRefused(
            "the first row must name the columns; a 'statement' column (or enunciado, énoncé) "
            "is required, with quadrant, theme and evidence as needed"
        )
    good: list[ImportRow] = []
    problems: list[RowProblem] = []
    for number, raw in enumerate(rows, start=header_row + 1):
        if number - header_row > MAX_ROWS:
            raise ImportRefused(f"the file has more than {MAX_ROWS} rows")
        cells = ["" if c is None else str(c).strip() for c in raw]

        def cell(key: str, cells: list[str] = cells) -> str:
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else ""

        formulas = {
            key: found.formula
            for key, index in columns.items()
            if index < len(raw)
            for found in (raw[index],)
            if isinstance(found, UncomputedFormula)
        }
        if not any(cells) and not formulas:
            continue
        statement = cell("statement")
        label = cell("quadrant")
        quadrant = quadrant_from_label(label) if label else None
        if not statement and "statement" in formulas:
            problems.append(RowProblem(number, "formula_without_value", formulas["statement"]))
        elif not statement:
            problems.append(RowProblem(number, "no_statement"))
        elif not label and "quadrant" in formulas:
            problems.append(RowProblem(number, "formula_without_value", formulas["quadrant"]))
        elif "quadrant" not in columns or not label:
            problems.append(RowProblem(number, "no_quadrant"))
        elif quadrant is None:
            problems.append(RowProblem(number, "unknown_quadrant", label))
        else:
            good.append(
                ImportRow(
                    number,
                    quadrant,
                    statement,
                    themes_from_cell(cell("theme")),
                    cell("evidence"),
                    cell("source"),
                )
            )
    return ImportPreview(tuple(good), tuple(problems))


def _decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page; read it rather than refuse.
        return data.decode("cp1252", errors="replace"), ("read as Windows-1252, not UTF-8",)


def preview_csv(data: bytes) -> ImportPreview:
    """Preview a CSV file's bytes: UTF-8 with or without BOM, comma, semicolon or tab."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data[:4096]:
        raise ImportRefused("this is not a text (CSV) file")
    text, notes = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        preview = preview_rows(reader)
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ImportRefused(
                f"row {reader.line_num} holds a cell of more than "
                f"{csv.field_size_limit():,} characters, far more than any SWOT statement"
            ) from None
        raise ImportRefused(f"row {reader.line_num} cannot be read as CSV ({exc})") from None
    return ImportPreview(preview.rows, preview.problems, notes)


def _check_zip(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportRefused("this is not an Excel workbook (.xlsx)") from None
    with archive:
        total = 0
        for info in archive.infolist():
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if total > MAX_UNZIPPED_BYTES or (
                info.file_size > 1024 * 1024 and ratio > MAX_ZIP_RATIO
            ):
                raise ImportRefused(
                    "the workbook unpacks to far more than it weighs; refused as unsafe"
                )


def preview_xlsx(path: Path) -> ImportPreview:
    """Preview the first worksheet of an .xlsx workbook, after the safety checks."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportRefused(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    _check_zip(path)
    import openpyxl  # imported here: it costs start-up time and only imports need it
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise ImportRefused("safe XML reading (defusedxml) is not installed")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many types for broken files
        raise ImportRefused(
            "the workbook cannot be read: it is damaged or not a workbook"
        ) from None
    try:
        sheet = workbook.worksheets[0]
        preview = preview_rows(sheet.iter_rows(values_only=True))
        if any(p.code in ("no_statement", "no_quadrant") for p in preview.problems):
            # A cell with no saved value may hold a formula nobody computed: say so.
            preview = preview_rows(_with_formulas(sheet, path))
        return preview
    except ImportRefused:
        raise
    except Exception:  # noqa: BLE001 - malformed sheets fail deep inside openpyxl
        raise ImportRefused(
            "the workbook cannot be read: it is damaged or not a workbook"
        ) from None
    finally:
        workbook.close()


def _with_formulas(sheet: Any, path: Path) -> Iterator[list[object]]:
    """The sheet's rows of saved values, with an UncomputedFormula where a formula cell has
    no saved value (read from the same sheet of the workbook opened for its formulas)."""
    import openpyxl

    formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        written = formulas.worksheets[0].iter_rows(values_only=True)
        for values, raw in zip(sheet.iter_rows(values_only=True), written, strict=False):
            row: list[object] = list(values)
            for index, source in enumerate(raw):
                if (
                    index < len(row)
                    and row[index] is None
                    and isinstance(source, str)
                    and source.startswith("=")
                ):
                    row[index] = UncomputedFormula(source)
            yield row
    finally:
        formulas.close()


def preview_file(path: Path | str) -> ImportPreview:
    """Preview a CSV or XLSX file, chosen by its extension."""
    path = Path(path)
    if path.is_dir():
        raise ImportRefused(f"{path} is a folder, not a CSV or XLSX file")
    if not path.exists():
        raise ImportRefused(f"{path} does not exist")
    if not path.is_file():
        raise ImportRefused(f"{path} is not a file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return preview_csv(path.read_bytes())
    if suffix == ".xlsx":
        return preview_xlsx(path)
    raise ImportRefused(
        f"{suffix or 'files without an extension'} cannot be imported; use .csv or .xlsx"
    )


def already_on_the_board(
    rows: Sequence[ImportRow], cards: Iterable[tuple[Quadrant, str]]
) -> tuple[tuple[ImportRow, ...], tuple[ImportRow, ...]]:
    """Split rows into (new, already on the board): a row is on the board when a card of
    its quadrant says the same (letter case, accents and spacing aside), so importing
    the same file twice adds nothing the second time."""
    known = {(quadrant, _fold(statement)) for quadrant, statement in cards}
    new: list[ImportRow] = []
    repeated: list[ImportRow] = []
    for row in rows:
        key = (row.quadrant, _fold(row.statement))
        (repeated if key in known else new).append(row)
    return tuple(new), tuple(repeated)


_PREFIX = re.compile(r"^\s*(?:[-*•]\s*)?([^:：]{1,20})\s*[:：]\s*(.+)$")


def preview_pasted(text: str, default: Quadrant | None = None) -> ImportPreview:
    """Preview pasted lines: 'S: …', 'Fortaleza: …', or plain lines into ``default``."""
    good: list[ImportRow] = []
    problems: list[RowProblem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        match = _PREFIX.match(line)
        quadrant = quadrant_from_label(match.group(1)) if match else None
        if match and quadrant is not None:
            good.append(ImportRow(number, quadrant, match.group(2).strip()))
        elif default is not None:
            good.append(ImportRow(number, default, re.sub(r"^[-*•]\s*", "", line)))
        else:
            problems.append(RowProblem(number, "no_quadrant", line[:40]))
    return ImportPreview(tuple(good), tuple(problems))
