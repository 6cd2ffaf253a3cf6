"""`import-swot` twice adds nothing the second time; a folder, a long cell or a formula
without a value is said in words."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cluster_planner import cli
from cluster_planner.services.plan_document import PlanDocument


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_importing_the_same_file_twice_skips_what_is_on_the_board(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second import reports each row already on the board and adds nothing; asked,
    it adds them anyway."""
    plan = tmp_path / "plan.clusterplan"
    PlanDocument.create(plan).close()
    source = tmp_path / "swot.csv"
    source.write_text("quadrant,statement\nS,Skilled cutters\nW,Old machines\n", encoding="utf-8")
    assert run(capsys, "import-swot", str(plan), str(source))[0] == 0
    source.write_text(
        "quadrant,statement\nS,Skilled cutters\nW,Old machines\nT,Cheap imports\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "import-swot", str(plan), str(source))
    assert status == 0
    assert err.splitlines() == [
        "swot.csv, row 2: already on the board as a strength card; skipped",
        "swot.csv, row 3: already on the board as a weakness card; skipped",
    ]
    assert "Imported 1 SWOT item(s)" in out and "2 row(s) already on the board" in out
    with PlanDocument.open(plan, read_only=True) as document:
        assert len(document.swot_items()) == 3
    status, out, _ = run(capsys, "import-swot", str(plan), str(source), "--allow-duplicates")
    assert status == 0 and "Imported 3 SWOT item(s)" in out
    with PlanDocument.open(plan, read_only=True) as document:
        assert len(document.swot_items()) == 6


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _long_cell(path: Path) -> Path:
    path.write_text("quadrant,statement\nS," + "x" * 140_000 + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_folder, "is a folder, not a CSV or XLSX file"),
        (_long_cell, "holds a cell of more than 131,072 characters"),
    ],
)
def test_files_that_cannot_be_imported_are_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, message: str
) -> None:
    """Each is one line on stderr with exit 2, and the plan is left as it was."""
    plan = tmp_path / "plan.clusterplan"
    PlanDocument.create(plan).close()
    before = plan.read_bytes()
    source = make(tmp_path / "swot.csv")
    status, _, err = run(capsys, "import-swot", str(plan), str(source))
    assert status == 2 and err.count("\n") == 1 and message in err
    assert plan.read_bytes() == before


def test_a_formula_without_a_value_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The row is reported as a formula to compute, not as a row without a statement."""
    plan = tmp_path / "plan.clusterplan"
    PlanDocument.create(plan).close()
    workbook = openpyxl.Workbook()
    workbook.active.append(["Quadrant", "Statement"])
    workbook.active.append(["S", "=B3"])
    workbook.active.append(["W", "Old machines"])
    workbook.save(tmp_path / "swot.xlsx")
    status, _, err = run(capsys, "import-swot", str(plan), str(tmp_path / "swot.xlsx"))
    assert status == 1
    assert err.splitlines()[0] == (
        "swot.xlsx, row 2: a formula without a computed value (=B3); open and save the "
        "workbook in Excel or LibreOffice, then import it again"
    )
