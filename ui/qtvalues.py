"""Values of Qt's enums as plain ints, for the code that paints the first window.

The first use of PySide6's `Qt` namespace makes all ~90 of its Python enums at once (about 15 ms,
a tenth of the start-up), so the first window is painted without it:
- its models answer `data()` with these ints; a list's header takes its titles from a C++ model;
- a setting goes through Qt's property system: `setProperty("alignment", ALIGN_CENTER)`;
- no call that PySide would first try against a Qt enum: a QSplitter gets its parent by keyword,
  an action its shortcuts through `setShortcuts`;
- what needs the enums (sorting, the header's menu) is set on the next turn of the event loop.
Modules on that path import `QtCore` and write `QtCore.Qt...`, looked up only when it runs.
tests/gui/test_startup.py checks the first paint goes without `Qt`; test_qtvalues.py these values.
"""

DISPLAY_ROLE = 0
TOOL_TIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
USER_ROLE = 256

ALIGN_CENTER = 0x0084  # Qt.AlignHCenter | Qt.AlignVCenter
ALIGN_RIGHT_MIDDLE = 0x0082  # Qt.AlignRight | Qt.AlignVCenter

VERTICAL = 2  # Qt.Orientation.Vertical
