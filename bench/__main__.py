"""Run every benchmark, compare with its budget, and print a table for docs/performance.md."""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

from bench import action_plan, board, diagnostic, edits, live, review, roadmap, startup, timeline


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    """Run the benchmarks; exit 1 when a budget is exceeded."""
    start = startup.measure()
    edit = edits.measure()
    swot = diagnostic.measure()
    swot.update(board.measure())
    plan = action_plan.measure()
    chart = timeline.measure()
    documents = roadmap.measure()
    history = review.measure()
    hall = live.measure()
    bare = start["bare_window_s"]
    rows = [
        ("Bare PySide6 QMainWindow, first paint", f"{bare:.3f} s", "reference", True),
        (
            "Main window first painted (`--demo`)",
            f"{start['app_first_paint_s']:.3f} s = {start['app_first_paint_s'] / bare:.2f}× bare",
            "≤ 1.5× bare",
            start["app_first_paint_s"] <= 1.5 * bare,
        ),
        (
            "Demo plan's Cluster page ready for input",
            f"{start['demo_page_ready_s']:.3f} s = {start['demo_page_ready_s'] / bare:.2f}× bare",
            "≤ 5× bare",
            start["demo_page_ready_s"] <= 5 * bare,
        ),
        (
            "The first demo ever (builds the demo template once)",
            f"{start['first_demo_ever_ready_s']:.3f} s",
            "—",
            True,
        ),
        (
            f"One edit committed ({int(edit['people'])}-person plan), p95",
            f"{edit['edit_p95_ms']:.1f} ms (median {edit['edit_median_ms']:.1f} ms)",
            "≤ 50 ms",
            edit["edit_p95_ms"] <= 50,
        ),
        ("Its undo, p95", f"{edit['undo_p95_ms']:.1f} ms", "—", True),
        (
            "Diagnostic page over 400 cards: read, build, show, paint",
            f"{swot['board_400_open_s'] * 1000:.0f} ms",
            "≤ 300 ms",
            swot["board_400_open_s"] <= 0.3,
        ),
        (
            "SWOT import of 2,000 rows from CSV (preview + import)",
            f"{swot['csv_import_s']:.2f} s",
            "≤ 1 s",
            swot["csv_import_s"] <= 1,
        ),
        (
            "SWOT import of 2,000 rows from XLSX (preview + import)",
            f"{swot['xlsx_import_s']:.2f} s",
            "≤ 1 s",
            swot["xlsx_import_s"] <= 1,
        ),
        (
            "Action plan page over 2,000 actions: read, build, show, paint",
            f"{plan['page_shown_s'] * 1000:.0f} ms "
            f"({plan['page_shown_s'] / plan['page_shown_1000_s']:.2f}× the 1,000-action page)",
            "≤ 500 ms",
            plan["page_shown_s"] <= 0.5,
        ),
        (
            "One action edit committed and shown (2,000 actions), median",
            f"{plan['edit_median_ms']:.1f} ms (p90 {plan['edit_p90_ms']:.1f} ms)",
            "≤ 30 ms",
            plan["edit_median_ms"] <= 30,
        ),
        (
            "A filter applied and shown (2,000 actions), slowest of 6",
            f"{plan['filter_max_ms']:.0f} ms (median {plan['filter_median_ms']:.0f} ms)",
            "≤ 100 ms",
            plan["filter_max_ms"] <= 100,
        ),
        (
            "The app's peak memory with the 2,000-action plan on the Action plan step",
            f"{plan['peak_memory_mb']:.0f} MB",
            "≤ 400 MB",
            plan["peak_memory_mb"] <= 400,
        ),
        (
            "Timeline scene built (2,000 actions, 1,500 links, 2,000 milestones), median",
            f"{chart['scene_built_ms']:.0f} ms "
            f"(1,000 actions: {chart['scene_built_1000_ms']:.0f} ms)",
            "≤ 300 ms",
            chart["scene_built_ms"] <= 300,
        ),
        *(
            (
                f"Timeline {kind} frames at the {scale} scale, p90",
                f"{chart[f'{kind}_p90_ms_{scale}']:.1f} ms",
                "≤ 16 ms",
                chart[f"{kind}_p90_ms_{scale}"] <= 16,
            )
            for scale in ("week", "month", "quarter", "year", "fit")
            for kind in ("pan", "zoom")
        ),
        (
            "Timeline frame time, 2,000 actions ÷ 1,000 (median, pan and zoom)",
            f"{chart['frame_ratio_2000_to_1000']:.2f}×",
            "≤ 1.3×",
            chart["frame_ratio_2000_to_1000"] <= 1.3,
        ),
        (
            "Timeline drag step: mouse move to repainted frame, median",
            f"{chart['drag_step_median_ms']:.1f} ms (p90 {chart['drag_step_p90_ms']:.1f} ms)",
            "≤ 16 ms",
            chart["drag_step_median_ms"] <= 16,
        ),
        (
            "Roadmap PDF, every section, 1,000 actions (snapshot to file), median of 3",
            f"{documents['pdf_1000_s']:.2f} s ({documents['pdf_1000_pages']:.0f} pages)",
            "≤ 3 s",
            documents["pdf_1000_s"] <= 3,
        ),
        (
            "Roadmap Word file, every section, 1,000 actions, median of 3",
            f"{documents['docx_1000_s']:.2f} s",
            "≤ 2 s",
            documents["docx_1000_s"] <= 2,
        ),
        (
            "Roadmap time, 2,000 actions ÷ 1,000 (PDF; Word)",
            f"{documents['pdf_ratio']:.2f}×; {documents['docx_ratio']:.2f}×",
            "≤ 2.5×",
            max(documents["pdf_ratio"], documents["docx_ratio"]) <= 2.5,
        ),
        (
            "Adopting a revision of a 2,000-action plan, median of 5",
            f"{history['adopt_median_ms']:.0f} ms (slowest {history['adopt_max_ms']:.0f} ms)",
            "≤ 300 ms",
            history["adopt_median_ms"] <= 300,
        ),
        (
            "Comparing two revisions of 2,000 actions (read both, diff), median of 5",
            f"{history['compare_median_ms']:.0f} ms ({history['changes']:.0f} changes; "
            f"with the plan now: {history['compare_with_plan_ms']:.0f} ms)",
            "≤ 200 ms",
            history["compare_median_ms"] <= 200,
        ),
        (
            "60 phones vote within a minute over loopback: ballots kept, each once",
            f"{hall['phones']} of 60 in {hall['hall_seconds']:.0f} s, requests p95 "
            f"{hall['phone_p95_ms']:.0f} ms",
            "all, once",
            hall["phones"] == 60 and hall["all_kept_once"] and not hall["problems"],
        ),
        (
            "The facilitator's edit committed while 60 phones vote, p95",
            f"{hall['commit_serving_p95_ms']:.1f} ms (not serving: "
            f"{hall['commit_quiet_p95_ms']:.1f} ms)",
            "≤ 50 ms",
            hall["commit_serving_p95_ms"] <= 50,
        ),
        (
            "The facilitator's edit shown on the Diagnostic page while serving, p95",
            f"{hall['edit_serving_p95_ms']:.0f} ms = "
            f"{hall['edit_serving_p95_ms'] / hall['edit_quiet_p95_ms']:.2f}× not serving",
            "≤ 1.5× not serving",
            hall["edit_serving_p95_ms"] <= 1.5 * hall["edit_quiet_p95_ms"],
        ),
    ]
    print(f"Machine: {_machine()}\n")
    print("| measure | result | budget | within |")
    print("|---|---|---|---|")
    for name, result, budget, ok in rows:
        print(f"| {name} | {result} | {budget} | {'yes' if ok else '**no**'} |")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(
        json.dumps(
            {
                "startup": start,
                "edits": edit,
                "swot": swot,
                "action_plan": plan,
                "roadmap": documents,
                "review": history,
            },
            indent=2,
        )
    )
    return 0 if all(ok for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
