"""A guard against PySide6 6.12.0 on Python 3.11 dropping references to None, True and False."""

import ctypes
import sys

# PySide6 6.12.0 returns None from void methods (and True/False from some bool conversions)
# without a new reference. On Python 3.11 these are not yet immortal (PEP 683 came in 3.12), so a
# few thousand calls such as `widget.resize()` end the process with "none_dealloc" or
# "bool_dealloc". Lending each a huge reference count once makes them immortal in practice; the
# guard does nothing on 3.12+, where their counts are never touched.
_LOAN = 1 << 40
_done = False


def protect_none() -> None:
    """Make None, True and False effectively immortal on Python < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += _LOAN
    _done = True
