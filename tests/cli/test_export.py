"""`cluster-planner export`: roadmaps written headless, with clear failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cluster_planner", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture
def plan(demo_path: Path) -> Path:
    """A copy of the demo plan (two adopted revisions) in the test's folder."""
    return demo_path


def test_export_pdf_on_letter_paper(plan: Path) -> None:
    """The whole roadmap as a Letter PDF, its revision history filled in."""
    result = run("export", plan.name, "-o", "roadmap.pdf", "--paper", "letter", cwd=plan.parent)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(plan.parent / "roadmap.pdf")
    first = reader.pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == (612, 792)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Revision history" in text and "Revision 2" in text


def test_export_word_of_a_revision_with_chosen_sections(plan: Path) -> None:
    """--revision and --sections: the cover names revision 1; only those parts are written."""
    result = run(
        "export",
        plan.name,
        "--format",
        "docx",
        "-o",
        "r1.docx",
        "--revision",
        "1",
        "--sections",
        "revisions,cover,action-plan",
        cwd=plan.parent,
    )
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(plan.parent / "r1.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Action plan", "Revision history"]
    cover = " ".join(p.text for p in document.paragraphs[:12])
    assert "Revision 1, adopted on 21 May 2026" in cover
    assert "Revision 2" not in " ".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "r.pdf", "--revision", "9"), "has no revision 9"),
        (("-o", "r.txt"), "add --format pdf or --format docx"),
        (("-o", "missing/r.pdf"), "does not exist"),
        (("-o", "r.pdf", "--format", "odt"), "invalid choice"),
        (("-o", "r.pdf", "--sections", "cover,gantt"), "unknown section gantt"),
        (("-o", "r.pdf", "--sections", ""), "no sections given"),
        (("-o", "r.pdf", "--format", "docx"), "names a .pdf file but --format asks for docx"),
    ],
)
def test_failures_say_what_is_wrong(plan: Path, args: tuple[str, ...], message: str) -> None:
    """A wrong revision, format, folder or section: a clear message, exit 2, no file."""
    result = run("export", plan.name, *args, cwd=plan.parent)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not list(plan.parent.glob("r.*")) and not list(plan.parent.glob(".r.*"))


def test_export_does_not_import_qt(plan: Path) -> None:
    """The export runs on a server: no Qt module is loaded."""
    code = (
        "import sys; from cluster_planner.app import main;"
        f"rc = main(['export', {str(plan)!r}, '-o', {str(plan.parent / 'q.pdf')!r}]);"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported';"
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr


def test_a_cover_logo(plan: Path) -> None:
    """--logo puts a PNG on the cover; a file that is no picture is refused."""
    from PIL import Image

    Image.new("RGB", (200, 80), (0, 114, 178)).save(plan.parent / "logo.png")
    (plan.parent / "logo.txt").write_text("hello")
    result = run(
        "export",
        plan.name,
        "-o",
        "c.pdf",
        "--sections",
        "cover",
        "--logo",
        "logo.png",
        cwd=plan.parent,
    )
    assert result.returncode == 0, result.stderr
    assert b"/Subtype /Image" in (plan.parent / "c.pdf").read_bytes()
    refused = run("export", plan.name, "-o", "d.pdf", "--logo", "logo.txt", cwd=plan.parent)
    assert refused.returncode == 2 and "not a PNG or JPEG" in refused.stderr
    assert not (plan.parent / "d.pdf").exists()


def test_the_current_plan_lists_the_changes_not_yet_adopted(plan: Path) -> None:
    """The current plan's roadmap: the cover names the revision it builds on, the history
    ends with what changed since, and changes read one line per action in the document's
    date and percent style."""
    result = run("export", plan.name, "-o", "current.pdf", cwd=plan.parent)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(plan.parent / "current.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert "Based on revision 2 of 12 November 2026" in flat
    assert "Changes since revision 2 (not yet adopted)" in flat
    history = flat[flat.rindex("Revision 2: ") :]
    assert history.count("A1.1 ") == 1  # its status, progress and dates in one line
    assert "progress changed from 0 % to 100 %" in history
    assert "(1 Oct 2026 → 2 Nov 2026)" in history
    assert "2026-" not in history and "0%" not in history


def _layout_text(path: Path) -> list[str]:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [" ".join(line.split()) for line in result.stdout.splitlines() if line.strip()]


def test_the_endorsement_lists_every_seat_in_role_order(plan: Path) -> None:
    """A row per Commission seat (chair first, observers last), spare rows, and the
    meeting named by its title and date in words."""
    result = run(
        "export",
        plan.name,
        "-o",
        "r1.pdf",
        "--revision",
        "1",
        "--sections",
        "endorsement",
        cwd=plan.parent,
    )
    assert result.returncode == 0, result.stderr
    lines = _layout_text(plan.parent / "r1.pdf")
    flat = " ".join(lines)
    assert "at its meeting “action plan adoption” on 21 May 2026." in flat
    assert "2026-05-21" not in flat
    roles = [
        line.split()[0]
        for line in lines
        if line.split()[0] in ("Chair", "Vice-chair", "Secretary", "Member", "Observer")
    ]
    order = ["Chair", "Vice-chair", "Secretary", "Member", "Observer"]
    assert roles == sorted(roles, key=order.index)
    assert roles[:3] == ["Chair", "Vice-chair", "Secretary"] and roles[-1] == "Observer"
    assert roles.count("Member") >= 5


def test_the_current_plan_s_blank_meeting_stays_with_its_words(plan: Path) -> None:
    result = run("export", plan.name, "-o", "c.pdf", "--sections", "endorsement", cwd=plan.parent)
    assert result.returncode == 0, result.stderr
    lines = _layout_text(plan.parent / "c.pdf")
    blank = next(line for line in lines if "____" in line)
    assert blank.startswith("meeting of ____") or "its meeting of ____" in blank


def test_a_name_without_suffix_gets_the_format_s(plan: Path) -> None:
    result = run(
        "export",
        plan.name,
        "-o",
        "roadmap",
        "--format",
        "docx",
        "--sections",
        "cover",
        cwd=plan.parent,
    )
    assert result.returncode == 0, result.stderr
    written = plan.parent / "roadmap.docx"
    assert "Atuntaqui" in " ".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert not (plan.parent / "roadmap").exists()
    assert "Wrote roadmap.docx" in result.stdout


def _pdf_words(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(result.stdout.split())


def test_lang_chooses_the_roadmap_s_language(plan: Path) -> None:
    """--lang es and --lang fr: titles, dates and footers in that language."""
    for language, title, footer in (
        ("es", "Historial de revisiones", "Página 3 de "),
        ("fr", "Historique des révisions", "Page 3 sur "),
    ):
        result = run(
            "export", plan.name, "-o", f"{language}.pdf", "--lang", language, cwd=plan.parent
        )
        assert result.returncode == 0, result.stderr
        text = _pdf_words(plan.parent / f"{language}.pdf")
        assert title in text and footer in text
        assert "Revision history" not in text


def test_the_plan_s_own_language_is_the_default(plan: Path) -> None:
    """A plan written in French prints in French unless --lang says otherwise; a plan in a
    language roadmaps are not written in prints in English."""
    from cluster_planner.services.plan_document import PlanDocument

    for language, expected in (("fr", "Historique des révisions"), ("ar", "Revision history")):
        document = PlanDocument.open(plan)
        try:
            document.update_profile(language=language)
        finally:
            document.close()
        assert run("export", plan.name, "-o", "r.pdf", cwd=plan.parent).returncode == 0
        assert expected in _pdf_words(plan.parent / "r.pdf")
    assert run("export", plan.name, "-o", "r.pdf", "--lang", "en", cwd=plan.parent).returncode == 0
    assert "Revision history" in _pdf_words(plan.parent / "r.pdf")


def test_an_unknown_language_is_refused_in_one_sentence(plan: Path) -> None:
    result = run("export", plan.name, "-o", "r.pdf", "--lang", "de", cwd=plan.parent)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: Cannot export: roadmaps are written in English (en), Spanish (es) or French "
        "(fr), not in 'de'."
    ]
    assert not list(plan.parent.glob("r.*"))


def test_emoji_print_and_characters_no_font_has_are_named_in_one_warning(plan: Path) -> None:
    """“T3 Shoes 👞👠” prints its emoji (a black-and-white face is bundled); a character no
    bundled face has prints as � and `export` names it, and where it is, in one line."""
    from cluster_planner.services.plan_document import PlanDocument

    document = PlanDocument.open(plan)
    threat = next(i for i in document.swot_items() if i.quadrant.value == "threat")
    document.update_swot_item(threat.id, statement="Shoes 👞👠")
    organisation = document.organisations()[0]
    document.update_organisation(organisation.id, name="上海 Knitting Co.")
    document.close()
    exported = run("export", plan.name, "-o", "out.pdf", cwd=plan.parent)
    assert exported.returncode == 0, exported.stderr
    warnings = [line for line in exported.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert "上 (U+4E0A) in organisation “上海 Knitting Co.” (name)" in warnings[0]
    assert "海 (U+6D77)" in warnings[0] and "👞" not in warnings[0]
    text = subprocess.run(
        ["pdftotext", str(plan.parent / "out.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Shoes 👞👠" in text
    assert "\ufffd\ufffd Knitting Co." in text
    clean = run("export", plan.name, "-o", "out.docx", "--sections", "cover", cwd=plan.parent)
    assert "warning:" in clean.stderr  # the plan still holds the characters
