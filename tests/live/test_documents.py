"""A phone's idea, once on the board, prints as typed in the roadmap (PDF and Word)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document

from cluster_planner.services.plan_document import PlanDocument, new_id

HOSTILE = '<img src="file:///etc/hostname"/> <b>Bold</b> & <font size=40>big</font>'


def test_a_phones_markup_prints_as_text_in_both_roadmaps(hall_path: Path, tmp_path: Path) -> None:
    document = PlanDocument.open(hall_path)
    try:
        document.add_pending_card("phoneAAAAAAAAAAAAAAAAA", "strength", HOSTILE)
        item = new_id(document.accept_pending_card(document.pending_cards()[0].id), "swot_item")
        round_id = document.voting_rounds()[-1].id
        document.set_phone_ballot(round_id, "phoneAAAAAAAAAAAAAAAAA", {item: 3})
        document.reveal_voting_round(round_id)
    finally:
        document.close()
    pdf, docx = tmp_path / "roadmap.pdf", tmp_path / "roadmap.docx"
    for out in (pdf, docx):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "cluster_planner",
                "export",
                str(hall_path),
                "-o",
                str(out),
                "--sections",
                "swot",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "<b>Bold</b>" in " ".join(text.split()) and "<font size=40>big</font>" in text
    cells = [c.text for t in Document(str(docx)).tables for row in t.rows for c in row.cells]
    body = "\n".join([*cells, *(p.text for p in Document(str(docx)).paragraphs)])
    assert "<b>Bold</b> & <font size=40>big</font>" in body
