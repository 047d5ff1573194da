"""The kinds of record the services take and return, for callers above the core (the window).

The window names a kind by its model class when it hands it to a service, and reads its table name;
it never queries one. This is the one door it takes them through, so that `ui/` depends on the
services and not on the database layer (tests/core/test_layering.py checks it).
"""

from sic_desktop.db.base import Record, record_class, record_classes
from sic_desktop.db.changelog import RecordedChange

__all__ = ["Record", "RecordedChange", "record_class", "record_classes"]
