"""Use cases: functions of (session, *, args) that return a result saying what changed."""

# Every local write is checked at flush, whichever service or import made it.
from sic_desktop.services import gate as _gate  # noqa: F401

# An approved nomination makes its membership, whichever path recorded the Board's decision.
from sic_desktop.services import nominations as _nominations  # noqa: F401

# The concept-note rules hook every local write of a session (SQLAlchemy events), wherever it comes from.
from sic_desktop.services import note_rules as _note_rules  # noqa: F401
