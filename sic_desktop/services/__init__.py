"""Use cases: functions of (session, *, args) that return a result saying what changed."""

# The concept-note rules hook every local write of a session (SQLAlchemy events), wherever it comes from.
from sic_desktop.services import note_rules as _note_rules  # noqa: F401
