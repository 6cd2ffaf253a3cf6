"""Headless commands: ``new``, ``dump``, ``check``, ``revisions``, ``diff``, ``export`` …. No Qt.

Every failure ends in one clear line on stderr and a non-zero exit, never a traceback.
Exit codes: 0 success, 1 the plan has problems (``check``: the plan checks found
something), 2 the command could not run (``check``: the file cannot be read).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cluster_planner.domain import errors

EXIT_OK, EXIT_PROBLEMS, EXIT_FAILED = 0, 1, 2


def describe(error: Exception) -> str:
    """One English sentence for a typed error: what happened and what to do."""
    path = getattr(error, "path", "")
    name = Path(path).name if path else ""
    match error:
        case errors.PlanFileMissing():
            return f"{path}: no such file. Check the name and folder."
        case errors.PlanFileUnreadable():
            return f"{path}: cannot be read or written ({error.detail})."
        case errors.NotSQLite():
            return f"{name} is not a Cluster Planner plan ({error.detail}). Nothing was changed."
        case errors.NotAPlanFile():
            return f"{name} is a database of another application, not a plan. Nothing was changed."
        case errors.PlanFileTooNew():
            return (
                f"{name} was saved by a newer Cluster Planner (schema {error.found}; this "
                f"version knows up to {error.supported}). Update Cluster Planner to open it."
            )
        case errors.PlanFileNeedsUpgrade():
            return f"{name} was saved by an older version; open it for editing once to upgrade it."
        case errors.PlanFileDamaged():
            return f"{name} is damaged ({error.detail}). Nothing was changed."
        case errors.PlanFileLocked():
            owner = error.owner
            return (
                f"{name} is being edited by {owner.user} on {owner.host} since {owner.since}. "
                "Close it there first."
            )
        case errors.PlanFileExists():
            return f"{path} already exists. Choose another name or remove it first."
        case errors.MigrationFailed():
            return f"{name} could not be upgraded: {error.detail}."
        case errors.SnapshotError():
            return f"The snapshot cannot be read: {error}."
        case errors.ImportRefused():
            return f"Cannot import: {error}."
        case errors.ValidationError():
            return f"Invalid value for {error.field}: {error.problem}."
        case NoSuchRevision():
            return str(error)
        case ExportRefused():
            return f"Cannot export: {error}."
    return str(error)


def what_can_be_done(path: Path) -> str:
    """What a person can still do with a damaged plan: its readable revisions, a fresh copy."""
    from cluster_planner.services.plan_document import left_open, readable_revisions

    advice = ""
    if left_open(path):
        advice = (
            "A lock file lies beside it, so it was probably copied while it was open and being "
            "saved: copy it again after closing it, or use Save a Copy in Cluster Planner. "
        )
    readable = readable_revisions(path) if path.is_file() else []
    if not readable:
        return advice + "Open a backup copy of the plan instead."
    last = readable[-1]
    held = (
        f"Revision {last} can still be read"
        if len(readable) == 1
        else f"Revisions {', '.join(map(str, readable[:-1]))} and {last} can still be read"
    )
    return (
        f"{advice}{held}: `cluster-planner dump {path} --revision {last} > revision-{last}.json` "
        f"then `cluster-planner new COPY.clusterplan --from revision-{last}.json` makes a plan "
        "of it; or open a backup copy."
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cluster-planner", description="Headless commands.")
    commands = parser.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="create a plan file")
    new.add_argument("path", type=Path)
    source = new.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="fill it with the demo plan")
    source.add_argument("--from", dest="snapshot", type=Path, help="fill it from a JSON snapshot")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    dump = commands.add_parser("dump", help="print the plan snapshot as JSON")
    dump.add_argument("path", type=Path)
    dump.add_argument("--revision", type=int, help="print adopted revision N instead")
    revisions = commands.add_parser("revisions", help="list the plan's adopted revisions")
    revisions.add_argument("path", type=Path)
    diff = commands.add_parser("diff", help="what changed between two revisions")
    diff.add_argument("path", type=Path)
    diff.add_argument("--from", dest="from_number", type=int, required=True, metavar="N")
    diff.add_argument(
        "--to", dest="to_number", type=int, metavar="M", help="default: the current plan"
    )
    diff.add_argument("--json", action="store_true", help="print the changes as JSON")
    diff.add_argument(
        "--lang",
        choices=("en", "es", "fr"),
        default="en",
        help="the language of the sentences: en, es or fr (default: en)",
    )
    check = commands.add_parser(
        "check",
        help="check a plan file and print the plan checks' warnings",
        description="Open the plan read-only, check that the file is healthy, and print what "
        "the plan checks find (as the Action plan page's Plan checks tab lists them).",
        epilog="exit status: 0 the file is healthy and the plan checks find nothing; "
        "1 the plan checks find problems (each printed as a warning line); "
        "2 the file cannot be read (damaged, not a plan, newer, missing).",
    )
    check.add_argument("path", type=Path)
    export = commands.add_parser("export", help="write the roadmap as a PDF or Word file")
    export.add_argument("path", type=Path, help="the plan")
    export.add_argument("--format", choices=("pdf", "docx"), help="default: from -o's suffix")
    export.add_argument("-o", "--output", dest="output", type=Path, required=True, metavar="OUT")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export.add_argument(
        "--sections",
        type=_sections,
        metavar="LIST",
        help="comma-separated, in any order (default: all): " + ", ".join(ROADMAP_SECTIONS),
    )
    export.add_argument(
        "--lang",
        metavar="LANG",
        help="en, es or fr (default: the plan's language when it is one of these, else en)",
    )
    export.add_argument("--revision", type=int, metavar="N", help="adopted revision N")
    export.add_argument("--logo", type=Path, metavar="PICTURE", help="a PNG or JPEG for the cover")
    swot = commands.add_parser("import-swot", help="add SWOT items from a CSV or XLSX file")
    swot.add_argument("path", type=Path, help="the plan")
    swot.add_argument("source", type=Path, help="a .csv or .xlsx file")
    swot.add_argument(
        "--valid-only", action="store_true", help="import the good rows even if some are bad"
    )
    _live_parser(commands)
    swot.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import rows that say what a card of their quadrant already says (default: skip)",
    )
    return parser


def _live_parser(commands: Any) -> None:
    live = commands.add_parser(
        "live", help="serve the phone page for a live round, capture or vote on drafts"
    )
    live.add_argument("path", type=Path, help="the plan")
    what = live.add_mutually_exclusive_group(required=True)
    what.add_argument("--round", type=int, metavar="N", help="the voting round N (1 is the oldest)")
    what.add_argument("--capture", action="store_true", help="SWOT ideas, as pending cards")
    what.add_argument("--drafts", action="store_true", help="a vote on the vision drafts")
    live.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDR",
        help="the address to listen on, one of this computer's (default: 127.0.0.1, this "
        "computer only)",
    )
    live.add_argument("--port", type=int, default=8421, metavar="P", help="default: 8421")


def _live(args: argparse.Namespace) -> int:
    from cluster_planner.live.headless import NoSuchActivity, serve
    from cluster_planner.live.state import Kind

    kind = Kind.CAPTURE if args.capture else Kind.DRAFTS if args.drafts else Kind.VOTE
    try:
        ipaddress.ip_address(args.host)
    except ValueError:
        print(
            f"error: --host {args.host} is not an IP address (such as 192.168.1.5).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if not 0 <= args.port <= 65535:
        print(f"error: --port {args.port} is not a port (0 to 65535).", file=sys.stderr)
        return EXIT_FAILED
    try:
        serve(
            args.path,
            kind=kind,
            round_number=args.round or 0,
            address=args.host,
            port=args.port,
            out=sys.stdout,
        )
    except NoSuchActivity as exc:
        print(f"error: {args.path.name}: {exc}.", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        if isinstance(exc, errors.PlanError):
            raise
        from cluster_planner.live.interfaces import interfaces

        choices = ", ".join(f"{i.address} ({i.name})" for i in interfaces())
        print(
            f"error: cannot listen on {args.host}: {exc.strerror or exc}. "
            f"This computer's addresses: {choices}.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


# The roadmap's sections, as the command line names them (exports.roadmap.Section values).
ROADMAP_SECTIONS = (
    "cover",
    "contents",
    "vision",
    "swot",
    "options",
    "objectives",
    "action_plan",
    "timeline",
    "commitments",
    "budget",
    "monitoring",
    "revisions",
    "endorsement",
)


def _sections(text: str) -> tuple[str, ...]:
    names = [name.strip().replace("-", "_") for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in ROADMAP_SECTIONS]
    choices = ", ".join(ROADMAP_SECTIONS)
    if not names:
        raise argparse.ArgumentTypeError(f"no sections given; choose from {choices}")
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown section {', '.join(unknown)}; choose from {choices}"
        )
    return tuple(dict.fromkeys(names))


def _read_snapshot(path: Path) -> Any:
    """The plan snapshot and its history (revisions, restores) a JSON file holds."""
    from cluster_planner.domain.snapshot import PlanHistory, PlanSnapshot

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise errors.SnapshotError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise errors.SnapshotError(f"{path} is a folder, not a JSON file") from None
    except UnicodeDecodeError:
        raise errors.SnapshotError(f"{path} is not a JSON file (it is not UTF-8 text)") from None
    except RecursionError:
        raise errors.SnapshotError(
            f"{path} nests its JSON far deeper than a plan snapshot does"
        ) from None
    except json.JSONDecodeError as exc:
        raise errors.SnapshotError(f"{path} is not a JSON file ({exc})") from None
    except ValueError:  # Python refuses to read a whole number thousands of digits long
        raise errors.SnapshotError(
            f"{path} holds a number thousands of digits long, far beyond any plan's"
        ) from None
    except OSError as exc:
        raise errors.SnapshotError(f"{path} cannot be read ({exc.strerror or exc})") from None
    snapshot = PlanSnapshot.from_dict(data)
    return snapshot, PlanHistory.from_dict(data)


def _new(args: argparse.Namespace) -> int:
    from cluster_planner.services.demo import build_demo
    from cluster_planner.services.plan_document import PlanDocument

    snapshot, history = _read_snapshot(args.snapshot) if args.snapshot else (None, None)

    def fill(document: PlanDocument) -> None:
        if args.demo:
            build_demo(document)
        elif snapshot is not None:
            document.load_snapshot(snapshot, history)

    # Built and filled beside the target, renamed over it only when whole; a plan
    # someone is editing is refused before anything is touched.
    PlanDocument.create(args.path, overwrite=args.force, fill=fill).close()
    print(f"Created {args.path}")
    return EXIT_OK


def _read(path: Path, *, salvage: bool = False) -> Any:
    """The plan at ``path`` opened read-only, saying on stderr when it had been left in the
    middle of a save; with ``salvage``, a damaged plan is opened to read what it still holds."""
    from cluster_planner.services.plan_document import PlanDocument

    try:
        document = PlanDocument.open(path, read_only=True)
    except errors.PlanFileDamaged:
        if not salvage:
            raise
        document = PlanDocument.open_to_salvage(path)
    if document.recovered:
        print(
            f"note: {path.name} was left in the middle of a save (the program saving it "
            "stopped); this reads it as it was last saved whole, without changing it. "
            "Opening it for editing once finishes the recovery.",
            file=sys.stderr,
        )
    return document


def _dump(args: argparse.Namespace) -> int:
    document = _read(args.path, salvage=args.revision is not None)
    try:
        if args.revision is None:
            # The whole plan: its content, then its history (revisions and restores).
            data = document.verified_snapshot().to_dict() | document.verified_history().to_dict()
        else:
            with document.reporting_damage():
                _check_revisions(document, args.path, args.revision)
            data = document.verified_revision_snapshot(args.revision).to_dict()
    finally:
        document.close()
    _print_json(data)
    return EXIT_OK


def _print_json(data: Any) -> None:
    """Strict JSON on stdout, built whole before a byte is written: a value JSON cannot hold
    (NaN, infinity) is an error here, never a file other readers refuse."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


def _check_revisions(document: Any, path: Path, *numbers: int | None) -> None:
    """Raise NoSuchRevision for the first of ``numbers`` the plan has not adopted."""
    adopted = [r.number for r in document.revisions()]
    for number in numbers:
        if number is not None and number not in adopted:
            raise NoSuchRevision(path, number, adopted)


class ExportRefused(errors.PlanError):
    """A roadmap cannot be written: an unknown format, a missing or read-only folder."""


class NoSuchRevision(errors.PlanError):
    """A revision number the plan does not have."""

    def __init__(self, path: Path, number: int, adopted: list[int]) -> None:
        if not adopted:
            super().__init__(
                f"{path.name} has no revision {number}: no revision has been adopted yet "
                "(the Review step adopts them)."
            )
            return
        held = (
            "it has revision 1 only"
            if len(adopted) == 1
            else f"it has revisions {adopted[0]} to {adopted[-1]}"
        )
        super().__init__(
            f"{path.name} has no revision {number}: {held}. "
            f"`cluster-planner revisions {path}` lists them."
        )


def _revisions(args: argparse.Namespace) -> int:

    document = _read(args.path)
    try:
        with document.reporting_damage():
            revisions = document.revisions()
            restores = document.restores()
    finally:
        document.close()
    if not revisions:
        print(f"{args.path.name}: no revision adopted yet")
        return EXIT_OK
    for revision in revisions:
        line = f"{revision.number:>3}  {revision.adopted_on.isoformat()}  {revision.title}"
        if revision.meeting:
            line += f"  (endorsed at {revision.meeting})"
        print(line)
        for caption, text in (("decision", revision.decision), ("reason", revision.reason)):
            if text:
                print(f"     {caption}: {text}")
    for number, when in restores:
        print(f"restored revision {number} as the current plan on {_utc(when)}")
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from cluster_planner.domain.diff import changed_things, comparison_heading, to_json

    document = _read(args.path)
    try:
        with document.reporting_damage():
            _check_revisions(document, args.path, args.from_number, args.to_number)
        # Both sides read as any reader of the plan reads them: damage is said, not compared.
        document.verified_revision_snapshot(args.from_number)
        if args.to_number is None:
            document.verified_snapshot()
        else:
            document.verified_revision_snapshot(args.to_number)
        with document.reporting_damage():
            changes = document.compare(args.from_number, args.to_number)
    finally:
        document.close()
    changes = [change.in_language(args.lang) for change in changes]
    if args.json:
        data = {
            "from": args.from_number,
            "to": args.to_number,
            "changes": to_json(changes, args.lang),
        }
        _print_json(data)
        return EXIT_OK
    # One heading line per thing that changed (its code and title), its changes under it.
    things = changed_things(changes)
    print(comparison_heading(things, args.from_number, args.to_number, args.lang))
    for thing in things:
        heading = thing.heading(args.lang)
        if heading:
            print(heading)
        for line in thing.lines(args.lang):
            print(f"    - {line}" if heading else line)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    import datetime as dt

    from cluster_planner.exports.history import baseline_of, revision_history
    from cluster_planner.exports.roadmap import (
        Paper,
        RoadmapOptions,
        Section,
        build_roadmap,
        unprintable_warning,
    )
    from cluster_planner.exports.wording import LANGUAGES

    suffix = args.output.suffix.lower().lstrip(".")
    kind = args.format or suffix
    if kind not in ("pdf", "docx"):
        raise ExportRefused(
            f"cannot tell the format from {args.output.name}: add --format pdf or --format docx"
        )
    if args.format and suffix in ("pdf", "docx") and suffix != args.format:
        raise ExportRefused(
            f"{args.output.name} names a .{suffix} file but --format asks for {args.format}: "
            f"name it .{args.format} or leave --format out"
        )
    if suffix != kind:  # no suffix, or another one: the file gets the format's
        args.output = args.output.with_name(f"{args.output.name}.{kind}")
    folder = args.output.resolve().parent
    if not folder.is_dir():
        raise ExportRefused(f"the folder {folder} does not exist")
    if args.lang is not None and args.lang not in LANGUAGES:
        raise ExportRefused(
            f"roadmaps are written in English (en), Spanish (es) or French (fr), "
            f"not in {args.lang!r}"
        )
    logo = _read_logo(args.logo) if args.logo else None
    document = _read(args.path)
    try:
        if args.revision is None:
            snapshot = document.verified_snapshot()
            revision = None
        else:
            with document.reporting_damage():
                _check_revisions(document, args.path, args.revision)
            snapshot = document.verified_revision_snapshot(args.revision)
        with document.reporting_damage():
            revisions = document.revisions()
            history = revision_history(
                revisions, document.compare, args.revision, current=args.revision is None
            )
        if args.revision is not None:
            revision = next(h for h in history if h.number == args.revision)
        baseline = baseline_of(revisions, document.revision_snapshot, args.revision)
    finally:
        document.close()
    sections = tuple(Section(name) for name in args.sections or ROADMAP_SECTIONS)
    language = args.lang or snapshot.profile.language
    options = RoadmapOptions(
        sections=sections,
        paper=Paper(args.paper),
        language=language if language in LANGUAGES else "en",
        revision=revision,
        printed_on=dt.date.today(),
        logo=logo,
        baseline=baseline,
    )
    roadmap = build_roadmap(snapshot, options, history)
    unprintable = unprintable_warning(snapshot, options.language)
    if unprintable:
        print(f"warning: {unprintable}", file=sys.stderr)
    try:
        if kind == "pdf":
            from cluster_planner.exports.pdf import write_pdf

            write_pdf(roadmap, args.output)
        else:
            from cluster_planner.exports.docx import write_docx

            write_docx(roadmap, args.output)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportRefused(
            f"{args.output} cannot be written ({reason}); nothing was written"
        ) from None
    print(f"Wrote {args.output}")
    return EXIT_OK


def _read_logo(path: Path) -> bytes:
    """The bytes of a cover picture, refused unless it is a PNG or JPEG file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExportRefused(f"the logo {path} cannot be read ({exc.strerror or exc})") from None
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ExportRefused(f"the logo {path.name} is not a PNG or JPEG picture")
    return data


def _utc(stamp: str) -> str:
    """A stored ISO 8601 UTC time as "2026-11-28 00:53 UTC"."""
    return stamp.replace("T", " ")[:16] + " UTC" if "T" in stamp else stamp


def _check(args: argparse.Namespace) -> int:
    from cluster_planner.domain.checks import check_plan

    try:
        document = _read(args.path)
    except errors.PlanFileDamaged as error:
        print(f"damage: {error.detail}")
        print(f"{args.path.name}: damaged. {what_can_be_done(args.path)}")
        return EXIT_PROBLEMS
    try:
        damage, refused = document.health()
        snapshot = None if damage else document.verified_snapshot()
    finally:
        document.close()
    if snapshot is None:
        for finding in damage:
            print(f"damage: {finding}")
        print(
            f"{args.path.name}: damaged, {len(damage)} problem(s) found. "
            f"{what_can_be_done(args.path)}"
        )
        return EXIT_PROBLEMS
    for finding in refused:
        print(f"problem: {finding}")
    warnings = check_plan(snapshot)
    for warning in warnings:
        print(f"warning: {warning.message}")
    found = {0: "nothing", 1: "1 warning"}.get(len(warnings), f"{len(warnings)} warnings")
    if refused:
        print(
            f"{args.path.name}: readable, but it holds a value an edit would refuse; "
            f"correct it in Cluster Planner. The plan checks found {found}"
        )
        return EXIT_PROBLEMS
    print(f"{args.path.name}: the file is healthy; the plan checks found {found}")
    return EXIT_PROBLEMS if warnings else EXIT_OK


PROBLEMS = {
    "no_statement": "no statement",
    "no_quadrant": "no quadrant",
    "unknown_quadrant": "unknown quadrant {value!r} (use S, W, O, T or their names)",
    "formula_without_value": (
        "a formula without a computed value ({value}); open and save the workbook in Excel "
        "or LibreOffice, then import it again"
    ),
}


def _import_swot(args: argparse.Namespace) -> int:
    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.services.swot_import import (
        ImportRow,
        already_on_the_board,
        preview_file,
    )

    preview = preview_file(args.source)
    for problem in preview.problems:
        reason = PROBLEMS[problem.code].format(value=problem.value)
        print(f"{args.source.name}, row {problem.row}: {reason}", file=sys.stderr)
    if preview.problems and not args.valid_only:
        print(
            f"error: nothing imported: {len(preview.problems)} row(s) cannot be read. "
            "Fix them, or add --valid-only to import the other rows.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    if not preview.rows:
        print("error: nothing to import", file=sys.stderr)
        return EXIT_PROBLEMS
    document = PlanDocument.open(args.path)
    try:
        rows: tuple[ImportRow, ...] = preview.rows
        repeated: tuple[ImportRow, ...] = ()
        if not args.allow_duplicates:
            with document.reporting_damage():
                cards = [(item.quadrant, item.statement) for item in document.swot_items()]
            rows, repeated = already_on_the_board(preview.rows, cards)
        for row in repeated:
            print(
                f"{args.source.name}, row {row.row}: already on the board as a "
                f"{row.quadrant.value} card; skipped",
                file=sys.stderr,
            )
        if rows:
            document.import_swot_items(rows)
    finally:
        document.close()
    skipped = (
        f"; {len(repeated)} row(s) already on the board were skipped "
        "(--allow-duplicates imports them anyway)"
        if repeated
        else ""
    )
    print(f"Imported {len(rows)} SWOT item(s) into {args.path.name}{skipped}")
    return EXIT_OK


def main(argv: Sequence[str]) -> int:
    """Run one headless command; return the process exit code."""
    args = _parser().parse_args(list(argv))
    handlers = {
        "new": _new,
        "dump": _dump,
        "check": _check,
        "import-swot": _import_swot,
        "revisions": _revisions,
        "diff": _diff,
        "export": _export,
        "live": _live,
    }
    try:
        return handlers[args.command](args)
    except errors.PlanFileDamaged as exc:
        print(f"error: {describe(exc)} {what_can_be_done(Path(exc.path))}", file=sys.stderr)
        return EXIT_FAILED
    except errors.PlanError as exc:
        print(f"error: {describe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # the reader (head, less) stopped reading: not an error
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        print(f"error: {exc.filename or ''} {exc.strerror or exc}".strip(), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        # A failure no rule foresaw is still one sentence: every write is one transaction
        # or a file built beside its target, so nothing was left half done.
        if os.environ.get("CLUSTER_PLANNER_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200] or "no detail"
        print(
            f"error: the command stopped on a problem Cluster Planner does not know ({detail}); "
            "nothing was left half done. Please report it with the command you ran "
            "(CLUSTER_PLANNER_DEBUG=1 shows where it happened).",
            file=sys.stderr,
        )
        return EXIT_FAILED
