"""The package build's one step of its own: compile the interface's translations.

The Qt Linguist sources (``resources/translations/*.ts``) are compiled to the ``.qm``
files the app loads, by the same function ``./dev`` and ``python -m
cluster_planner.ui.i18n build`` use, with the ``lrelease`` that PySide6 ships (a build
requirement in pyproject.toml). So ``pip install`` of the package, or of a wheel built
from it, speaks Spanish and French without any other step. Everything else about the
package is declared in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
I18N = HERE / "cluster_planner" / "ui" / "i18n.py"


def _i18n() -> ModuleType:
    """The translation tools, read from the source tree (the package is not installed yet)."""
    spec = importlib.util.spec_from_file_location("_cluster_planner_i18n", I18N)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    """build_py that also writes the compiled translations into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            # An editable install runs from the source tree: compile beside the sources.
            _i18n().build()
            return
        target = Path(self.build_lib) / "cluster_planner" / "resources" / "translations"
        built = _i18n().build(force=True, target=target)
        if not built:
            raise SystemExit("no translations were compiled: resources/translations is empty")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / "cluster_planner" / "resources" / "translations"
        outputs += [str(target / ts.with_suffix(".qm").name) for ts in _sources()]
        return outputs


def _sources() -> list[Path]:
    return sorted((HERE / "cluster_planner" / "resources" / "translations").glob("*.ts"))


setup(cmdclass={"build_py": BuildWithTranslations})
