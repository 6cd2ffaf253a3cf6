"""Diagnostic benchmarks: importing a 2,000-row SWOT (CSV and XLSX), preview and import."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.services.swot_import import preview_file

QUADRANTS = ["Strength", "Weakness", "Opportunity", "Threat"]
THEMES = ["Markets", "Skills", "Finance", "Raw materials", "Design"]


def _rows(count: int) -> list[list[str]]:
    return [
        [
            QUADRANTS[i % 4],
            f"Finding number {i} of the diagnostic, with enough words to be realistic",
            THEMES[i % 5],
            f"Interview {i}",
        ]
        for i in range(count)
    ]


def write_sources(folder: Path, count: int = 2000) -> tuple[Path, Path]:
    """A CSV and an XLSX file with ``count`` SWOT rows each."""
    import openpyxl

    header = ["Quadrant", "Statement", "Theme", "Evidence"]
    csv_path = folder / "swot.csv"
    csv_path.write_text(
        "\n".join(";".join(r) for r in [header, *_rows(count)]) + "\n", encoding="utf-8"
    )
    xlsx_path = folder / "swot.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in [header, *_rows(count)]:
        sheet.append(row)
    workbook.save(xlsx_path)
    return csv_path, xlsx_path


def measure(count: int = 2000, runs: int = 5) -> dict[str, float]:
    """Median seconds to preview and import ``count`` rows from CSV and from XLSX."""
    results: dict[str, list[float]] = {"csv_import_s": [], "xlsx_import_s": []}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        csv_path, xlsx_path = write_sources(folder, count)
        for run in range(runs):
            for key, source in (("csv_import_s", csv_path), ("xlsx_import_s", xlsx_path)):
                document = PlanDocument.create(folder / f"{key}-{run}.clusterplan")
                try:
                    start = time.perf_counter()
                    preview = preview_file(source)
                    document.import_swot_items(preview.rows)
                    results[key].append(time.perf_counter() - start)
                    assert len(preview.rows) == count
                finally:
                    document.close()
    return {key: statistics.median(values) for key, values in results.items()}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
