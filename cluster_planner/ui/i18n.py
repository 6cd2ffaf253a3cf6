"""The interface's translatable text: finding it in the code and keeping the .ts files.

Every module wraps ``QCoreApplication.translate`` in a small function of its own
(``_tr``, ``tr``) that names the module's context; Qt's ``lupdate`` does not see
through such wrappers, so this module reads the code itself (with ``ast``, without
importing it) and writes Qt Linguist ``.ts`` files that Linguist and ``lrelease``
understand. ``python -m cluster_planner.ui.i18n update`` refreshes them, keeping the
translations already made; ``check`` lists text shown to people that does not go
through a translation function at all.

Counts go through ``formats.plural(context, "%n action(s)", count)``: such a text is a
*numerus* message, translated with one form per plural form of the language (Spanish
and French: two, singular and plural). English has a file of its own holding only
these messages ("%n action" / "%n actions").
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("es", "fr")
# Languages whose file holds only the plural forms of the counts (the source language).
PLURAL_ONLY = ("en",)
# The function that words a count: plural(context, text, count), text holding %n.
PLURAL = "plural"

_MARKUP = re.compile(r"<[^>]*>|&\w+;")  # rich-text tags and entities are not words
# Modules that only make pictures for the documentation.
_NOT_SHOWN = frozenset(
    {
        "screenshots.py",
        "diagnostic_screenshots.py",
        "presentation_screenshots.py",
        "roadmap_screenshots.py",
        "step_screenshots.py",
    }
)
# Calls that put their text argument in front of people.
_SHOWN_BY = frozenset(
    {
        "setText",
        "setToolTip",
        "setWindowTitle",
        "setPlaceholderText",
        "setStatusTip",
        "showMessage",
        "setTitle",
        "addItem",
        "addTab",
        "insertTab",
        "setTabText",
        "addMenu",
        "setAccessibleName",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolButton",
    }
)


@dataclass(frozen=True, slots=True)
class Message:
    """One translatable text: its context, source text and where it is used."""

    context: str
    source: str
    comment: str
    file: str
    line: int
    numerus: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """Text shown to people that no translation function sees."""

    file: str
    line: int
    text: str


def _modules(root: Path) -> Iterator[tuple[str, Path]]:
    """(dotted module name, file) for every module below ``root``."""
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        yield ".".join(relative.parts), path


def _is_translate(node: ast.expr) -> bool:
    """``QCoreApplication.translate`` or a local alias named ``translate``."""
    if isinstance(node, ast.Attribute):
        return node.attr == "translate"
    return isinstance(node, ast.Name) and node.id == "translate"


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that translate their one argument in a fixed context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        parameter = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and _is_translate(inner.func)
                and len(inner.args) >= 2
                and isinstance(inner.args[0], ast.Constant)
                and isinstance(inner.args[0].value, str)
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == parameter
            ):
                found[node.name] = inner.args[0].value
    return found


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _parsed(root: Path) -> dict[str, tuple[Path, ast.Module]]:
    return {name: (path, ast.parse(path.read_text("utf-8"))) for name, path in _modules(root)}


def _names_in(name: str, tree: ast.Module, wrappers: dict[str, dict[str, str]]) -> dict[str, str]:
    """The translation wrappers a module can call: its own and those it imports."""
    names = dict(wrappers.get(name, {}))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in wrappers:
            for alias in node.names:
                context = wrappers[node.module].get(alias.name)
                if context is not None:
                    names[alias.asname or alias.name] = context
    return names


PROBLEMS = "problems"  # the context of the reasons the core gives for refusing an edit


def core_problems(
    roots: Iterable[Path] = (PACKAGE / "services", PACKAGE / "domain"),
) -> list[Message]:
    """The fixed reasons the core refuses an edit (``ValidationError(field, "…")``).

    The interface words them in the person's language through the ``problems`` context.
    """
    messages: list[Message] = []
    for root in roots:
        for _, path in _modules(root):
            file = str(path.relative_to(PACKAGE.parent))
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "ValidationError"
                    and len(node.args) == 2
                ):
                    text = _text(node.args[1])
                    if text is not None:
                        messages.append(Message(PROBLEMS, text, "", file, node.lineno))
    return messages


def extract(root: Path = PACKAGE / "ui") -> tuple[list[Message], list[Finding]]:
    """Every literal text given to a translation function (and the core's fixed refusal
    reasons), and the calls it cannot read."""
    parsed = _parsed(root)
    wrappers = {name: _wrappers(tree) for name, (_, tree) in parsed.items()}
    messages: list[Message] = []
    dynamic: list[Finding] = []
    for name, (path, tree) in parsed.items():
        file = str(path.relative_to(PACKAGE.parent))
        known = _names_in(name, tree, wrappers)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            context: str | None = None
            text_node: ast.expr | None = None
            comment = ""
            numerus = _is_plural(node.func) and len(node.args) >= 3
            if numerus:
                context, text_node = _text(node.args[0]), node.args[1]
                if context is None:
                    dynamic.append(Finding(file, node.lineno, ast.unparse(node.args[0])))
                    continue
            elif isinstance(node.func, ast.Name) and node.func.id in known:
                context, text_node = known[node.func.id], node.args[0]
            elif _is_translate(node.func) and len(node.args) >= 2:
                context = _text(node.args[0])
                text_node = node.args[1]
                if len(node.args) >= 3:
                    comment = _text(node.args[2]) or ""
            if context is None or text_node is None:
                continue
            source = _text(text_node)
            if source is None:
                # The core's refusal reasons are listed by core_problems() instead.
                if context != PROBLEMS and not _inside_wrapper(node, tree, known):
                    dynamic.append(Finding(file, node.lineno, ast.unparse(text_node)))
                continue
            messages.append(Message(context, source, comment, file, node.lineno, numerus))
    if root == PACKAGE / "ui":
        messages += core_problems()
    return messages, dynamic


def _is_plural(node: ast.expr) -> bool:
    """``plural(…)`` or ``formats.plural(…)``: a count worded in the plural form."""
    if isinstance(node, ast.Attribute):
        return node.attr == PLURAL
    return isinstance(node, ast.Name) and node.id == PLURAL


def _inside_wrapper(call: ast.Call, tree: ast.Module, known: dict[str, str]) -> bool:
    """True for the wrapper's own ``translate(context, text)`` call."""
    return any(
        isinstance(node, ast.FunctionDef)
        and node.name in known
        and any(inner is call for inner in ast.walk(node))
        for node in tree.body
    )


def untranslated_text(root: Path = PACKAGE / "ui") -> list[Finding]:
    """Literal words handed straight to a widget, not through a translation function."""
    findings: list[Finding] = []
    for _, path in _modules(root):
        if path.name in _NOT_SHOWN:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        file = str(path.relative_to(PACKAGE.parent))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else None
            if isinstance(node.func, ast.Name):
                called = node.func.id
            if called not in _SHOWN_BY:
                continue
            for argument in [*node.args[:1], *(k.value for k in node.keywords if k.arg == "text")]:
                for text in _literal_words(argument):
                    findings.append(Finding(file, node.lineno, text))
    return findings


def _literal_words(node: ast.expr) -> Iterable[str]:
    """The literal parts of ``node`` that hold words (letters outside markup), if any."""
    parts: list[str] = []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        ]
    return [p for p in parts if sum(c.isalpha() for c in _MARKUP.sub("", p)) >= 2]


# --- .ts files ------------------------------------------------------------------------------


def read_translations(path: Path) -> dict[tuple[str, str, str], str | list[str]]:
    """(context, source, comment) → translation, for the finished entries of a .ts file.

    A numerus message's translation is the list of its forms (singular first).
    """
    if not path.exists():
        return {}
    found: dict[tuple[str, str, str], str | list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                found[key] = [form.text or "" for form in translation.iter("numerusform")]
            else:
                found[key] = translation.text or ""
    return found


# How many plural forms each language has, as Qt counts them (lrelease knows the rules).
NUMERUS_FORMS = {"en": 2, "es": 2, "fr": 2}


def write_ts(messages: Iterable[Message], path: Path, language: str) -> tuple[int, int]:
    """Write the .ts file for ``language``, keeping its translations; (done, to do)."""
    known = read_translations(path)
    by_context: dict[str, dict[tuple[str, str], list[Message]]] = {}
    for message in messages:
        entries = by_context.setdefault(message.context, {})
        entries.setdefault((message.source, message.comment), []).append(message)
    root = ET.Element("TS", version="2.1", language=language)
    done = todo = 0
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for (source, comment), uses in by_context[context_name].items():
            numerus = any(use.numerus for use in uses)
            element = ET.SubElement(context, "message")
            if numerus:
                element.set("numerus", "yes")
            for file in sorted({use.file for use in uses}):  # no line: edits move them
                ET.SubElement(element, "location", filename=f"../../../{file}")
            ET.SubElement(element, "source").text = source
            if comment:
                ET.SubElement(element, "comment").text = comment
            translation = ET.SubElement(element, "translation")
            text = known.get((context_name, source, comment))
            if numerus:
                forms = text if isinstance(text, list) else []
                forms = forms + [""] * (NUMERUS_FORMS.get(language, 2) - len(forms))
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                finished = all(forms)
            else:
                finished = isinstance(text, str) and bool(text)
                if isinstance(text, str) and text:
                    translation.text = text
            if finished:
                done += 1
            else:
                translation.set("type", "unfinished")
                todo += 1
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )
    return done, todo


def ts_path(language: str) -> Path:
    """Where the translations into ``language`` are kept."""
    return TRANSLATIONS / f"cluster_planner_{language}.ts"


def build(force: bool = False, target: Path | None = None) -> list[Path]:
    """Compile each .ts file to the .qm file the app loads (when missing or older).

    ``target`` is the folder the .qm files go to (default: beside the .ts files); the
    package build (``setup.py``) passes its own build folder, so a wheel carries them.
    """
    import subprocess

    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    built: list[Path] = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target_file = (target or source.parent) / source.with_suffix(".qm").name
        target_file.parent.mkdir(parents=True, exist_ok=True)
        if (
            not force
            and target_file.exists()
            and target_file.stat().st_mtime >= source.stat().st_mtime
        ):
            continue
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target_file)], check=True)
        built.append(target_file)
    return built


def main(argv: list[str]) -> int:
    """``update``: refresh the .ts files; ``build``: compile them; ``check``: list text
    that is not translatable."""
    command = argv[0] if argv else "update"
    if command == "build":
        for path in build(force="--force" in argv):
            print(f"built {path.name}")
        return 0
    messages, dynamic = extract()
    if command == "update":
        for language in LANGUAGES:
            done, todo = write_ts(messages, ts_path(language), language)
            print(f"{ts_path(language).name}: {done} translated, {todo} to translate")
        counts = [m for m in messages if m.numerus]
        for language in PLURAL_ONLY:
            done, todo = write_ts(counts, ts_path(language), language)
            print(f"{ts_path(language).name}: {done} translated, {todo} to translate")
        return 0
    problems = untranslated_text() + dynamic
    for finding in problems:
        print(f"{finding.file}:{finding.line}: {finding.text}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
