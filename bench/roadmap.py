"""Roadmap benchmark: the whole roadmap (every section) of generated plans, as PDF and Word.

Measures, for plans of 1,000 and 2,000 actions, the time from the plan's snapshot to
the file on disk (content built, document laid out, written and renamed), the median
of three runs each, and how the time grows from 1,000 to 2,000 actions. Reading the
snapshot from the plan file is not included (the app already has it open).

``python -m bench.roadmap --samples docs/images`` instead renders the sample pages of
the user guide (PNG, with pdftoppm) from the demo plan.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ACTIONS = 1000
RUNS = 3


def _snapshot(actions: int) -> object:
    from bench.generate import large_snapshot
    from cluster_planner.domain.snapshot import PlanSnapshot

    return PlanSnapshot.from_dict(large_snapshot(actions=actions))


def _time(write: object, snapshot: object, path: Path) -> float:
    from cluster_planner.exports.roadmap import RoadmapOptions, build_roadmap

    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        roadmap = build_roadmap(snapshot, RoadmapOptions())  # type: ignore[arg-type]
        write(roadmap, path)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure() -> dict[str, float]:
    """PDF and Word times at 1,000 and 2,000 actions, and their growth."""
    from cluster_planner.exports.docx import write_docx
    from cluster_planner.exports.pdf import write_pdf

    numbers: dict[str, float] = {"actions": ACTIONS}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # One warm-up: fonts registered, modules imported (an export in the app does it once).
        small = _snapshot(ACTIONS)
        _time(write_pdf, small, folder / "warm.pdf")
        for actions in (ACTIONS, 2 * ACTIONS):
            snapshot = small if actions == ACTIONS else _snapshot(actions)
            numbers[f"pdf_{actions}_s"] = _time(write_pdf, snapshot, folder / "r.pdf")
            numbers[f"pdf_{actions}_pages"] = float(_pages(folder / "r.pdf"))
            numbers[f"docx_{actions}_s"] = _time(write_docx, snapshot, folder / "r.docx")
    numbers["pdf_ratio"] = numbers[f"pdf_{2 * ACTIONS}_s"] / numbers[f"pdf_{ACTIONS}_s"]
    numbers["docx_ratio"] = numbers[f"docx_{2 * ACTIONS}_s"] / numbers[f"docx_{ACTIONS}_s"]
    return numbers


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# --- sample pages for the user guide -------------------------------------------------------


def save_samples(folder: Path) -> list[Path]:
    """Render sample pages of the demo roadmap to ``folder``/roadmap-*.png; return them."""
    from cluster_planner.exports.docx import write_docx
    from cluster_planner.exports.history import baseline_of, revision_history
    from cluster_planner.exports.pdf import write_pdf
    from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
    from cluster_planner.services.demo import create_demo_plan

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        document = create_demo_plan(scratch / "demo.clusterplan")
        try:
            snapshot = document.snapshot()
            revisions = document.revisions()
            history = revision_history(revisions, document.compare, None, current=True)
            baseline = baseline_of(revisions, document.revision_snapshot, None)
        finally:
            document.close()
        printed = dt.date(2026, 11, 28)
        options = RoadmapOptions(printed_on=printed, baseline=baseline)
        roadmap = build_roadmap(snapshot, options, history)
        pdf = write_pdf(roadmap, scratch / "roadmap.pdf")
        pages = _find_pages(
            pdf,
            (
                "Prioritised SWOT",
                "Action plan",
                "Timeline",
                "Confecciones La Estancia",
                "Revision history",
            ),
        )
        wanted = {
            "cover": 1,
            "swot": pages[0],
            "action-plan": pages[1],
            "timeline": pages[2],
            "commitments": pages[3],
            "history": pages[4],
        }
        world = build_roadmap(_world(snapshot), RoadmapOptions(printed_on=printed))
        world_pdf = write_pdf(world, scratch / "world.pdf")
        (world_page,) = _find_pages(world_pdf, ("Action plan",))
        saved = [_render(pdf, page, folder / f"roadmap-{key}") for key, page in wanted.items()]
        saved.append(_render(world_pdf, world_page, folder / "roadmap-scripts"))
        # The Word file's timeline, as LibreOffice lays it out.
        word = build_roadmap(
            snapshot,
            RoadmapOptions(sections=(Section.TIMELINE,), printed_on=printed, baseline=baseline),
        )
        docx = write_docx(word, scratch / "timeline.docx")
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(scratch), str(docx)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        saved.append(_render(scratch / "timeline.pdf", 1, folder / "roadmap-word-timeline"))
    return saved


def _world(snapshot: object) -> object:
    """The demo with lead organisations named in Amharic, Arabic and Russian."""
    names = ("የአዲስ አበባ ሸማኔዎች ማህበር", "جمعية النساجين", "Союз швейников")
    leads: list[int] = []
    for action in snapshot.actions:  # type: ignore[attr-defined]
        if action.lead_id is not None and action.lead_id not in leads:
            leads.append(action.lead_id)
    renamed = dict(zip(leads, names, strict=False))
    organisations = tuple(
        dataclasses.replace(o, name=renamed[o.id], acronym="") if o.id in renamed else o
        for o in snapshot.organisations  # type: ignore[attr-defined]
    )
    return dataclasses.replace(snapshot, organisations=organisations)  # type: ignore[type-var]


def _find_pages(pdf: Path, texts: tuple[str, ...]) -> list[int]:
    """The first page (after the contents) whose first lines start with each text."""
    from pypdf import PdfReader

    heads = [
        [line.strip() for line in (page.extract_text() or "").splitlines()[:8]]
        for page in PdfReader(pdf).pages
    ]
    return [
        next(
            n
            for n, lines in enumerate(heads, start=1)
            if n > 2 and any(line.startswith(text) for line in lines)
        )
        for text in texts
    ]


def _render(pdf: Path, page: int, stem: Path) -> Path:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    return stem.with_suffix(".png")


def main() -> None:
    """Print the measures, or render the sample pages with --samples FOLDER."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=Path, help="render sample pages into this folder")
    args = parser.parse_args()
    if args.samples:
        for path in save_samples(args.samples):
            print(path)
        return
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")


if __name__ == "__main__":
    main()
