"""How a step's state is shown - its symbol and its colour - in the window, the workbook and the PDF.

Kept apart from the services (no SQLAlchemy), so the window can paint an overview page first thing.
"""

# Each state is told by a symbol and a word as well as its colour (never by colour alone).
SYMBOLS = {"done": "\u2713", "due": "\u25cf", "late": "!", "not_started": "\u25cb",
           "not_applicable": "\u2013"}
COLOURS = {"done": "C8E6C9", "due": "FFE29A", "late": "F4B4AE", "not_started": "E6EAEC",
           "not_applicable": "FFFFFF"}
