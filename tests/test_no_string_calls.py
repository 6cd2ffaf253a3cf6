"""No façade call goes through a string: the plan's methods are run as typed callables.

``session.run(session.document.update_action, action_id, status=…)`` lets mypy check the
arguments and a reader follow the call; ``session.run("update_action", …)`` lets neither.
Read from the source (no Qt), so it also covers modules no other test imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

import cluster_planner

PACKAGE = Path(cluster_planner.__file__).parent
# The methods that run one of the plan's methods as an undo step, and the classes defining them.
RUNNERS = frozenset({"run", "updater"})
# The UI also keeps a session's run as ``self._run`` (the services' ``_run`` records a name).
UI_RUNNERS = RUNNERS | {"_run"}
RUNNING_CLASSES = {
    "ui/plan_session.py": "PlanSession",
    "ui/action_detail_tables.py": "ActionContext",
}


def _string_names(tree: ast.AST) -> set[str]:
    """Names (module, class or ``self.`` attributes) a module assigns a string to."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            pairs: list[tuple[ast.expr, ast.expr]] = []
            for target in node.targets:
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs.extend(zip(target.elts, node.value.elts, strict=False))
                else:
                    pairs.append((target, node.value))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            pairs = [(node.target, node.value)]
        else:
            continue
        for target, value in pairs:
            if isinstance(value, ast.JoinedStr) or (
                isinstance(value, ast.Constant) and isinstance(value.value, str)
            ):
                if isinstance(target, ast.Name):
                    names.add(target.id)
                elif isinstance(target, ast.Attribute):
                    names.add(target.attr)
    return names


def string_calls(source: str, where: str, runners: frozenset[str] = RUNNERS) -> list[str]:
    """``where:line`` for each call to one of ``runners`` whose first argument is a string."""
    tree = ast.parse(source)
    strings = _string_names(tree)
    found = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in runners
            and node.args
        ):
            continue
        first = node.args[0]
        if (
            isinstance(first, ast.JoinedStr)
            or (isinstance(first, ast.Constant) and isinstance(first.value, str))
            or (isinstance(first, ast.Name) and first.id in strings)
            or (isinstance(first, ast.Attribute) and first.attr in strings)
        ):
            found.append(f"{where}:{node.lineno} {ast.unparse(node)[:80]}")
    return found


def str_in_signature(source: str, class_name: str, method: str = "run") -> list[str]:
    """The annotations of ``class_name.method`` (every overload) that mention ``str``."""
    tree = ast.parse(source)
    mentions = []
    defined = False
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ClassDef) and node.name == class_name):
            continue
        for item in node.body:
            if not (isinstance(item, ast.FunctionDef) and item.name == method):
                continue
            defined = True
            arguments = item.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
            every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
            for argument in every:
                annotation = argument.annotation
                if annotation is None:
                    continue
                text = ast.unparse(annotation)
                names = {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)}
                if "str" in names or "str" in text.replace("'", " ").replace('"', " ").split():
                    mentions.append(f"{class_name}.{method}({argument.arg}: {text})")
    assert defined, f"{class_name}.{method} not found"
    return mentions


def test_no_call_in_the_package_runs_a_plan_method_by_name() -> None:
    """Every ``.run(`` and ``.updater(`` in cluster_planner (and bench/) passes a callable."""
    found = []
    bench = PACKAGE.parent / "bench"  # beside the package in a checkout
    for path in sorted([*PACKAGE.rglob("*.py"), *bench.glob("*.py")]):
        where = path.relative_to(PACKAGE.parent).as_posix()
        runners = UI_RUNNERS if where.startswith("cluster_planner/ui/") else RUNNERS
        found += string_calls(path.read_text(encoding="utf-8"), where, runners)
    assert found == [], "Run the document's method instead of its name:\n" + "\n".join(found)


def test_the_runners_accept_no_string() -> None:
    """PlanSession.run and ActionContext.run take a callable only: a name does not type-check."""
    for module, class_name in RUNNING_CLASSES.items():
        source = (PACKAGE / module).read_text(encoding="utf-8")
        assert str_in_signature(source, class_name) == []


def test_the_checks_see_each_way_of_naming_a_call() -> None:
    """The checks above find a literal, an f-string and a name bound to a string."""
    source = """
class Panel:
    ADD, UPDATE = ("add_x", "update_x")
    verb: str = "delete_x"

    def go(self, session, entity):
        session.run("add_action", 1)
        self._session.run(f"update_{entity}", 2, title="T")
        self.context.updater("update_indicator")
        session.run(self.ADD, 3)
        session.run(self.verb, 4)
        session.run(session.document.update_action, 5)
        subprocess.run(["ls"])
"""
    lines = [found.split()[0] for found in string_calls(source, "panel.py")]
    assert lines == ["panel.py:7", "panel.py:8", "panel.py:9", "panel.py:10", "panel.py:11"]
    kept = 'self._run("update_option", 1)'
    assert string_calls(kept, "ui.py", UI_RUNNERS) and not string_calls(kept, "core.py")

    typed = """
class PlanSession:
    def run(self, action: Callable[P, ChangeRecord], /, *args: P.args, **kwargs: P.kwargs): ...
"""
    by_name = """
class PlanSession:
    def run(self, action: "str | Callable[..., ChangeRecord]", *args: Any, **kwargs: Any): ...
"""
    assert str_in_signature(typed, "PlanSession") == []
    assert len(str_in_signature(by_name, "PlanSession")) == 1
