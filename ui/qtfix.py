"""A guard against PySide6 6.12.0 on Python 3.11 dropping a reference to None on every void call."""

import ctypes
import sys

# PySide6 6.12.0 returns None from void methods without a new reference. On Python 3.11 None is
# not yet immortal (PEP 683 came in 3.12), so a few thousand calls such as `widget.resize()` end
# the process with "none_dealloc". Lending None a huge reference count once makes it immortal in
# practice; the guard does nothing on 3.12+, where None's count is never touched.
_LOAN = 1 << 40
_done = False


def protect_none() -> None:
    """Make None effectively immortal on Python < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += _LOAN
    _done = True
