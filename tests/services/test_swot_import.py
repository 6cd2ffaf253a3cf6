"""SWOT import: CSV, XLSX and pasted lines; bad rows by number; hostile files refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from cluster_planner.domain.enums import Quadrant
from cluster_planner.domain.errors import ImportRefused
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.services.swot_import import (
    preview_csv,
    preview_file,
    preview_pasted,
    preview_xlsx,
)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_english_csv_with_bom_and_commas() -> None:
    """A UTF-8 CSV with BOM, English headers and commas gives one row per item."""
    data = (
        "\ufeffQuadrant,Statement,Theme,Evidence\n"
        "S,Skilled knitters,Skills,Diagnostic survey\n"
        'Threat,"Cheap imports, mostly from Asia",Markets; Policy,Customs data\n'
    ).encode()
    preview = preview_csv(data)
    assert preview.clean
    assert [(r.row, r.quadrant, r.statement) for r in preview.rows] == [
        (2, Quadrant.STRENGTH, "Skilled knitters"),
        (3, Quadrant.THREAT, "Cheap imports, mostly from Asia"),
    ]
    assert preview.rows[1].themes == ("markets", "policy")
    assert preview.rows[0].evidence == "Diagnostic survey"


def test_spanish_csv_with_semicolons_and_windows_encoding() -> None:
    """Spanish headers, semicolons and a Windows-1252 file are read, with a note on the encoding."""
    data = (
        "Cuadrante;Enunciado;Tema;Evidencia\n"
        "Fortaleza;Tradición textil de más de 50 años;Habilidades;Estudio\n"
        "Amenaza;Importaciones baratas;Mercados;Aduana\n"
    ).encode("cp1252")
    preview = preview_csv(data)
    assert [r.quadrant for r in preview.rows] == [Quadrant.STRENGTH, Quadrant.THREAT]
    assert preview.rows[0].statement == "Tradición textil de más de 50 años"
    assert preview.rows[0].themes == ("skills",)
    assert preview.notes


def test_french_headers_and_custom_themes() -> None:
    """French headers and quadrant names work; an unknown theme is kept as a custom theme."""
    data = "Catégorie;Énoncé;Thème\nFaiblesses;Pas de marque commune;Design textile\n".encode()
    preview = preview_csv(data)
    assert preview.rows[0].quadrant is Quadrant.WEAKNESS
    assert preview.rows[0].themes == ("Design textile",)


def test_bad_rows_are_reported_with_their_row_numbers() -> None:
    """Rows without statement or with an unknown quadrant are listed by file row number."""
    data = b"quadrant,statement\nS,Good\n,\nX,Mystery\nO,\nW,Weak\n"
    preview = preview_csv(data)
    assert [r.row for r in preview.rows] == [2, 6]
    assert [(p.row, p.code) for p in preview.problems] == [
        (4, "unknown_quadrant"),
        (5, "no_statement"),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no rows"),
        (b"name,amount\nA,1\n", "statement"),
        (b"\x00\x01binary\x00", "not a text"),
    ],
)
def test_unusable_csv_is_refused(data: bytes, message: str) -> None:
    """A CSV without rows, without a statement column, or binary, is refused with a reason."""
    with pytest.raises(ImportRefused, match=message):
        preview_csv(data)


def test_xlsx_first_sheet(tmp_path: Path) -> None:
    """The first worksheet of an XLSX is read like a CSV."""
    path = write_xlsx(
        tmp_path / "swot.xlsx",
        [
            ["Quadrant", "Statement", "Theme"],
            ["Opportunity", "Tourists visit the Sunday market", "Markets"],
            [None, None, None],
            ["W", "Old knitting machines", "production"],
        ],
    )
    preview = preview_xlsx(path)
    assert [(r.row, r.quadrant) for r in preview.rows] == [
        (2, Quadrant.OPPORTUNITY),
        (4, Quadrant.WEAKNESS),
    ]
    assert preview.rows[1].themes == ("production_technology",)


def test_xlsx_zip_bomb_is_refused(tmp_path: Path) -> None:
    """A workbook whose parts unpack to far more than they weigh is refused before parsing."""
    path = write_xlsx(tmp_path / "bomb.xlsx", [["Quadrant", "Statement"], ["S", "x"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(ImportRefused, match="unsafe"):
        preview_xlsx(path)


def test_xlsx_entity_expansion_is_refused(tmp_path: Path) -> None:
    """A worksheet declaring XML entities (billion laughs) is refused, not expanded."""
    path = write_xlsx(tmp_path / "laughs.xlsx", [["Quadrant", "Statement"], ["S", "x"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = laughs + sheet[sheet.index(b"<worksheet") :]
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    with pytest.raises(ImportRefused):
        preview_xlsx(path)


def test_wrong_file_types_are_refused(tmp_path: Path) -> None:
    """A .docx, a fake .xlsx and a missing file each get a clear refusal."""
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "fake.xlsx").write_text("not a zip")
    with pytest.raises(ImportRefused, match="cannot be imported"):
        preview_file(tmp_path / "report.docx")
    with pytest.raises(ImportRefused, match="not an Excel workbook"):
        preview_file(tmp_path / "fake.xlsx")
    with pytest.raises(ImportRefused, match="does not exist"):
        preview_file(tmp_path / "nope.csv")


def test_pasted_lines_with_prefixes_or_into_one_quadrant() -> None:
    """Pasted 'S: …' lines go to their quadrants; plain lines go to the chosen quadrant."""
    text = "S: Skilled knitters\n- Amenaza: Importaciones\n\nNo prefix here\n"
    preview = preview_pasted(text)
    assert [(r.quadrant, r.statement) for r in preview.rows] == [
        (Quadrant.STRENGTH, "Skilled knitters"),
        (Quadrant.THREAT, "Importaciones"),
    ]
    assert [(p.row, p.code) for p in preview.problems] == [(4, "no_quadrant")]
    into = preview_pasted("• first\n• second", default=Quadrant.OPPORTUNITY)
    assert [r.statement for r in into.rows] == ["first", "second"]


def test_import_adds_all_rows_in_one_undo_step(empty_document: PlanDocument) -> None:
    """Importing rows adds every card in one action, and one undo removes them all."""
    preview = preview_csv(b"quadrant,statement,theme\nS,A,skills\nS,B,\nT,C,markets\n")
    before = empty_document.snapshot().swot_items
    record = empty_document.import_swot_items(preview.rows)
    items = empty_document.swot_items()
    assert [(i.statement, i.position) for i in items] == [("A", 0), ("B", 1), ("C", 0)]
    assert items[0].themes == ("skills",)
    empty_document.undo(record)
    assert empty_document.snapshot().swot_items == before
