"""Records of one task force's kind that belong to the whole Initiative (every task force sees them).

Kept free of SQLAlchemy: the first screen's quick read (sic_desktop/listing.py) uses it too.
"""

# The TF leaders' meeting (steps 3, 9, 12): recorded once, by any task force, for all of them.
INITIATIVE_MEETING = "TFL meeting"
# table -> (field, value): such a record is every task force's to see, and every regional copy gets it.
INITIATIVE_WIDE_RECORDS: dict[str, tuple[str, str]] = {"meeting": ("kind", INITIATIVE_MEETING)}
