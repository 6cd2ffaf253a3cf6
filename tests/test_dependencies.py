"""Guards on the dependency set: the PySide6 build we install must survive long sessions."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

STRESS = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(200_000):
    label.setText(str(i))
print("survived", flush=True)
"""


def test_installed_pyside_is_not_the_known_bad_combination() -> None:
    """PySide6 6.12.0 on Python 3.11 aborts after many void Qt calls; pyproject excludes it."""
    pyside = version("PySide6-Essentials")
    assert not (sys.version_info[:2] == (3, 11) and pyside.startswith("6.12.0")), pyside


def test_many_qt_calls_returning_nothing_do_not_abort_the_process() -> None:
    """200,000 QLabel.setText calls finish normally (the 6.12.0/3.11 'deallocating None' abort)."""
    result = subprocess.run(
        [sys.executable, "-c", STRESS], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
