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
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNZIPPED_BYTES,
    _check_zip,
    already_on_the_board,
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


# --- the limits and the files that used to end in a traceback or a wrong sentence ----------


def test_a_csv_cell_too_long_for_the_csv_reader_is_refused_in_words() -> None:
    """A cell over the csv module's field limit (131,072 characters) is one sentence."""
    data = ("quadrant,statement\nS," + "x" * 140_000 + "\n").encode()
    with pytest.raises(ImportRefused, match=r"row \d+ holds a cell of more than 131,072"):
        preview_csv(data)


def test_a_folder_is_said_to_be_a_folder(tmp_path: Path) -> None:
    """A folder is not "a file that does not exist"."""
    with pytest.raises(ImportRefused, match="is a folder, not a CSV or XLSX file"):
        preview_file(tmp_path)
    with pytest.raises(ImportRefused, match="does not exist"):
        preview_file(tmp_path / "missing.csv")


def test_a_formula_without_a_computed_value_is_named(tmp_path: Path) -> None:
    """A workbook written by a program stores formulas without their values: the row says so
    (with the formula) instead of "no statement"; rows with values import as ever."""
    path = write_xlsx(
        tmp_path / "swot.xlsx",
        [["Quadrant", "Statement"], ["S", '="Skilled " & "cutters"'], ["W", "Old machines"]],
    )
    preview = preview_xlsx(path)
    assert [(p.row, p.code, p.value) for p in preview.problems] == [
        (2, "formula_without_value", '="Skilled " & "cutters"')
    ]
    assert [r.statement for r in preview.rows] == ["Old machines"]


def test_the_file_size_limit(tmp_path: Path) -> None:
    """Files of up to 10 MB are read; one byte more is refused, CSV and XLSX alike."""
    header = b"quadrant,statement\n"
    line = b"S,Skilled cutters and stitchers of the cluster\n"
    body = header + line * ((MAX_FILE_BYTES - len(header)) // len(line))
    body += b" " * (MAX_FILE_BYTES - len(body) - 1) + b"\n"
    assert len(body) == MAX_FILE_BYTES
    with pytest.raises(ImportRefused, match="more than 20000 rows"):
        preview_csv(body)  # within the size limit: the row limit speaks
    with pytest.raises(ImportRefused, match="larger than 10 MB"):
        preview_csv(body + b" ")
    workbook = tmp_path / "big.xlsx"
    workbook.write_bytes(b"PK" + b"\0" * (MAX_FILE_BYTES - 2))
    with pytest.raises(ImportRefused, match="not an Excel workbook"):
        preview_xlsx(workbook)
    workbook.write_bytes(b"PK" + b"\0" * (MAX_FILE_BYTES - 1))
    with pytest.raises(ImportRefused, match="larger than 10 MB"):
        preview_xlsx(workbook)


def test_the_row_limit() -> None:
    """20,000 rows are read; one more is refused."""
    rows = b"quadrant,statement\n" + b"S,Skilled\n" * MAX_ROWS
    assert len(preview_csv(rows).rows) == MAX_ROWS
    with pytest.raises(ImportRefused, match="more than 20000 rows"):
        preview_csv(rows + b"S,One more\n")


def test_the_unzipped_total_limit(tmp_path: Path) -> None:
    """Parts that each look ordinary but together unpack to over 100 MB are refused, as are
    parts of over 1 MB that unpack 100 times their size; a 1 MB part may."""
    path = write_xlsx(tmp_path / "many.xlsx", [["Quadrant", "Statement"], ["S", "x"]])
    part = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/one.bin", part)
    assert preview_xlsx(path).rows  # 1 MB at a huge ratio: not above the 1 MB threshold
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for number in range(MAX_UNZIPPED_BYTES // len(part)):
            archive.writestr(f"xl/media/p{number}.bin", part)
    with pytest.raises(ImportRefused, match="unsafe"):
        preview_xlsx(path)


def test_the_compression_ratio_limit(tmp_path: Path) -> None:
    """A part of over 1 MB unpacking to 100 times its size or less is read; more is not."""
    import random

    noise = random.Random(4).randbytes(1024 * 1024 // 90 + 1)
    ordinary = (noise + b"\0" * (1024 * 1024))[: 1024 * 1024 + 1024]
    path = write_xlsx(tmp_path / "ok.xlsx", [["Quadrant", "Statement"], ["S", "x"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/ok.bin", ordinary)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/media/ok.bin")
        assert info.file_size > 1024 * 1024 and info.file_size / info.compress_size <= 100
    assert preview_xlsx(path).rows


def test_rows_already_on_the_board_are_told_apart() -> None:
    """Letter case, accents and spacing aside, a row saying what a card of its quadrant says
    is already on the board; the same words in another quadrant are not."""
    preview = preview_csv(
        "quadrant,statement\nS,Skilled  CUTTERS\nW,Skilled cutters\nS,Télares viejos\n".encode()
    )
    new, repeated = already_on_the_board(
        preview.rows,
        [(Quadrant.STRENGTH, "skilled cutters"), (Quadrant.STRENGTH, "Telares Viejos ")],
    )
    assert [r.row for r in repeated] == [2, 4]
    assert [r.row for r in new] == [3]


# --- what mutation testing found untested (docs/robustness.md) ------------------------------


def test_windows_1252_with_bytes_it_does_not_define() -> None:
    """A non-UTF-8 file is read as Windows-1252, saying so; bytes that code page leaves
    undefined become a replacement mark instead of stopping the import."""
    preview = preview_csv("quadrant;statement\nS;Técnicos\x81\n".encode("latin-1"))
    assert preview.notes == ("read as Windows-1252, not UTF-8",)
    assert [r.statement for r in preview.rows] == ["Técnicos\ufffd"]


def test_txt_and_tsv_files_are_read_as_csv(tmp_path: Path) -> None:
    """.txt and .tsv are spreadsheets saved as text; a file without an extension is named."""
    for name in ("swot.txt", "swot.tsv", "SWOT.CSV"):
        path = tmp_path / name
        path.write_text("quadrant\tstatement\nS\tSkilled cutters\n", encoding="utf-8")
        assert [r.statement for r in preview_file(path).rows] == ["Skilled cutters"]
    bare = tmp_path / "swot"
    bare.write_text("x")
    with pytest.raises(ImportRefused) as refused:
        preview_file(bare)
    assert str(refused.value) == (
        "files without an extension cannot be imported; use .csv or .xlsx"
    )


def test_pasted_lines_keep_their_numbers_and_the_start_of_a_bad_line() -> None:
    """Each pasted row keeps its line number; a line without a quadrant is quoted (its first
    40 characters) so the person finds it; a known prefix wins over the chosen quadrant."""
    text = "S: Skilled\n\nplain line\nX: " + "y" * 60 + "\n"
    preview = preview_pasted(text)
    assert [(r.row, r.quadrant, r.statement) for r in preview.rows] == [
        (1, Quadrant.STRENGTH, "Skilled")
    ]
    assert [(p.row, p.code, p.value) for p in preview.problems] == [
        (3, "no_quadrant", "plain line"),
        (4, "no_quadrant", ("X: " + "y" * 60)[:40]),
    ]
    into = preview_pasted("W: Old machines\n- plain", default=Quadrant.OPPORTUNITY)
    assert [(r.row, r.quadrant, r.statement) for r in into.rows] == [
        (1, Quadrant.WEAKNESS, "Old machines"),
        (2, Quadrant.OPPORTUNITY, "plain"),
    ]


def _with_saved_value(path: Path, cell: str, formula: str, value: str) -> None:
    """Give a formula cell of the first sheet the value Excel would have saved with it."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index(f'<c r="{cell}"')
    end = sheet.index("</c>", start) + len("</c>")
    escaped = formula.replace("&", "&amp;").replace('"', "&quot;")
    parts["xl/worksheets/sheet1.xml"] = (
        sheet[:start] + f'<c r="{cell}" t="str"><f>{escaped}</f><v>{value}</v></c>' + sheet[end:]
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_formula_with_its_saved_value_imports_and_one_without_is_named(
    tmp_path: Path,
) -> None:
    """A formula Excel computed imports its value; a formula with no saved value is named, in
    the quadrant column too; numbers beside an empty statement do not trip the reader."""
    path = write_xlsx(
        tmp_path / "swot.xlsx",
        [
            ["Quadrant", "Statement", "Votes"],
            ["S", '="Skilled " & "cutters"', 3],
            ["=C4", "Old machines", 4],
            ["T", None, 7],
        ],
    )
    _with_saved_value(path, "B2", '"Skilled " & "cutters"', "Skilled cutters")
    preview = preview_xlsx(path)
    assert [r.statement for r in preview.rows] == ["Skilled cutters"]
    assert [(p.row, p.code, p.value) for p in preview.problems] == [
        (3, "formula_without_value", "=C4"),
        (4, "no_statement", ""),
    ]


def test_a_broken_workbook_is_one_sentence(tmp_path: Path) -> None:
    """A zip that is not a workbook inside is refused with a sentence, not a class name."""
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportRefused) as refused:
        preview_xlsx(path)
    assert str(refused.value) == "the workbook cannot be read: it is damaged or not a workbook"
    path.write_bytes(b"PK\x03\x04 not a zip at all")
    with pytest.raises(ImportRefused) as refused:
        preview_xlsx(path)
    assert str(refused.value) == "this is not an Excel workbook (.xlsx)"


def _zip_of(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *sizes: tuple[int, int]) -> Path:
    """A workbook whose parts report ``(unpacked, packed)`` sizes, for the arithmetic alone."""
    path = write_xlsx(tmp_path / "sized.xlsx", [["Quadrant", "Statement"], ["S", "x"]])
    infos = []
    for number, (unpacked, packed) in enumerate(sizes):
        info = zipfile.ZipInfo(f"part{number}")
        info.file_size, info.compress_size = unpacked, packed
        infos.append(info)
    monkeypatch.setattr(zipfile.ZipFile, "infolist", lambda self: infos)
    return path


MEGABYTE = 1024 * 1024


@pytest.mark.parametrize(
    ("sizes", "refused"),
    [
        ([(MAX_UNZIPPED_BYTES - 1, MAX_UNZIPPED_BYTES // 10), (1, 1)], False),  # 100 MB exactly
        ([(MAX_UNZIPPED_BYTES, MAX_UNZIPPED_BYTES // 10), (1, 1)], True),
        ([(MEGABYTE, 1)], False),  # 1 MB at any ratio
        ([(MEGABYTE + 1, 1)], True),
        ([(1_048_600, 10_486)], False),  # over 1 MB, a ratio of exactly 100
        ([(1_048_600, 10_485)], True),
    ],
)
def test_the_unpacking_limits_at_their_edges(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sizes, refused: bool
) -> None:
    """Up to 100 MB unpacked in all, and parts over 1 MB up to 100 times their packed size."""
    path = _zip_of(monkeypatch, tmp_path, *sizes)
    if refused:
        with pytest.raises(ImportRefused) as error:
            _check_zip(path)
        assert str(error.value) == (
            "the workbook unpacks to far more than it weighs; refused as unsafe"
        )
    else:
        _check_zip(path)


def test_short_rows_and_empty_cells_leave_the_optional_fields_empty() -> None:
    """A row that stops before the last columns, or leaves them empty, imports with no
    themes, evidence or source; a source column is read like the others."""
    preview = preview_csv(
        b"quadrant,statement,theme,evidence,source\n"
        b"S,Good schools\n"
        b"W,Old machines,,,\n"
        b"O,New buyers,Markets,Survey 2025,Chamber\n"
    )
    assert preview.clean
    short, empty, full = preview.rows
    for row in (short, empty):
        assert (row.themes, row.evidence, row.source) == ((), "", "")
    assert (full.evidence, full.source) == ("Survey 2025", "Chamber")


def test_an_empty_or_unknown_quadrant_is_told_apart() -> None:
    """An empty quadrant cell is a missing quadrant; an unknown one is named as written."""
    preview = preview_csv(b"quadrant,statement\n,Good schools\nStrong-ish,New buyers\n")
    assert [(p.row, p.code, p.value) for p in preview.problems] == [
        (2, "no_quadrant", ""),
        (3, "unknown_quadrant", "Strong-ish"),
    ]
