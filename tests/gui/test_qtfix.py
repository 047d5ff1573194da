"""The guard keeps None, True and False alive through PySide6 6.12's dropped references."""

import sys

import pytest
from PySide6.QtCore import QObject

import ui.qtfix


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and the booleans are immortal from 3.12")
def test_singletons_survive_many_void_calls() -> None:
    ui.qtfix.protect_none()
    holder = QObject()
    before = {value: sys.getrefcount(value) for value in (None, True, False)}
    for _ in range(20_000):  # more than None's own count in a plain interpreter
        holder.setObjectName("x")
        holder.blockSignals(False)
    assert all(sys.getrefcount(value) > 1 << 30 for value in before)
