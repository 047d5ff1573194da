"""Use cases: functions of (session, *, args) that return a result saying what changed."""
