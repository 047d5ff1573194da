"""The installed Qt binding keeps Python's reference counts straight (PySide6 6.12.0 did not)."""

import subprocess
import sys


def test_void_qt_calls_leave_none_true_and_false_alone() -> None:
    # In a fresh interpreter that never imported `ui` (and its guard): a broken binding aborts it.
    program = (
        "import sys\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "before = [sys.getrefcount(x) for x in (None, True, False)]\n"
        "for _ in range(20000):\n"
        "    o.setObjectName('x'); o.blockSignals(o.signalsBlocked())\n"
        "after = [sys.getrefcount(x) for x in (None, True, False)]\n"
        "assert all(abs(a - b) < 100 for a, b in zip(before, after)), (before, after)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
