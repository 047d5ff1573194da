"""Developer tool: the README's screenshots. `python -m dev.screenshots DATABASE OUTDIR [WHICH [SUFFIX]]`.

Run under Xvfb. WHICH `regional` and `stc` shoot FOLDER/north.sqlite and FOLDER/stc.sqlite made by
`python -m tests.realistic_regions FOLDER` (a TFRR's candidacy, an STC assessor's assessment).
WHICH `realistic` shoots FOLDER/sec.sqlite made by `python -m tests.realistic FOLDER` (every
column filled, French and Spanish text): the inventory with a record open, a meeting, its printed
minutes and the conflicts tab, each named NAME-SUFFIX.png; `cycle` shoots FOLDER/cycle.sqlite (its
overview grid, printed, and the overlaps), `due` FOLDER/north.sqlite (a region's "due from me"). Choose the
screen, scale and language with
`xvfb-run -s "-screen 0 1366x768x24"`, QT_SCALE_FACTOR=1.5 and LANGUAGE/LC_ALL=fr_FR.UTF-8.
"""

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.app import make_application, start_window


def _settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(database: Path, folder: Path, which: str = "main", suffix: str = "") -> int:
    app = make_application()
    window, worker = start_window(database)
    folder.mkdir(parents=True, exist_ok=True)
    steps: list[Callable[[], Any]] = []

    def wait_idle() -> None:
        while not worker.is_idle():
            app.processEvents()
        _settle(app)

    def shot(name: str, widget: QWidget | None = None) -> None:
        wait_idle()
        named = f"{name}-{suffix}" if suffix else name
        (widget or window).grab().save(str(folder / f"{named}.png"))
        print(folder / f"{named}.png")

    def first_record(area: str, table: str | None = None) -> Any:
        """The area's list (its tab of `table`, when named), its first record open."""
        window.navigation.choose_area(area)
        wait_idle()
        holder: Any = window.page(area)
        if table is not None:
            holder.tabs.setCurrentIndex(holder.area.kinds.index(table))
            wait_idle()
        page = holder.current_list()
        page.view.selectRow(0)
        page.open_current()
        wait_idle()
        return page

    def realistic_inventory() -> None:
        first_record("inventory")
        shot("inventory")

    def realistic_meeting() -> None:
        page = first_record("meetings")
        page.panel.tabs.setCurrentIndex(1)  # the participants
        shot("meeting")
        page.panel.tabs.setCurrentIndex(0)
        from ui.documents import preview as print_preview

        print_preview(window.hub, page.panel.record_id, page.panel)
        wait_idle()
        dialog = getattr(page.panel, "print_preview", None)
        if isinstance(dialog, QWidget):
            dialog.resize(window.size())
            shot("print-preview", dialog)
            dialog.close()

    def inventory() -> None:
        page = window.page("inventory").current_list()  # type: ignore[attr-defined]
        window.navigation.choose_area("inventory")
        wait_idle()
        page.search.setText("restoration kenya")
        page.view.selectRow(0)
        page.open_current()
        wait_idle()
        shot("inventory")

    def concept_note() -> None:
        window.navigation.choose_area("notes")
        wait_idle()
        page = window.page("notes").current_list()  # type: ignore[attr-defined]
        page.view.selectRow(3)
        page.open_current()
        wait_idle()
        page.panel.tabs.setCurrentIndex(3)  # the budget
        page.splitter.setSizes([330, 660])  # the list keeps its titles, the budget shows whole
        wait_idle()
        shot("concept-note")

    def meeting() -> None:
        window.navigation.choose_area("meetings")
        wait_idle()
        page = window.page("meetings").current_list()  # type: ignore[attr-defined]
        page.view.selectRow(0)
        page.open_current()
        page.splitter.setSizes([380, 610])
        wait_idle()
        page.panel.tabs.setCurrentIndex(1)  # the participants
        wait_idle()
        shot("meeting")

    def members() -> None:
        tree: Any = window.navigation.tree
        tree.setCurrentItem(tree.topLevelItem(1).child(1))
        window.navigation.choose_area("members")
        wait_idle()
        shot("members")

    def overview() -> None:
        tree: Any = window.navigation.tree
        tree.setCurrentItem(tree.topLevelItem(0))
        window.navigation.choose_area("overview")
        wait_idle()
        shot("overview")

    def sync() -> None:
        window.navigation.choose_area("sync")
        wait_idle()
        shot("sync")

    def conflicts() -> None:
        window.navigation.choose_area("sync")
        wait_idle()
        page: Any = window.page("sync")
        page.tabs.setCurrentWidget(page.conflicts)
        page.conflicts.reload()
        wait_idle()
        rows = [at for at, item in enumerate(page.conflicts.items)
                if item.text_field and len(str(item.master)) > 40]
        page.conflicts.view.selectRow(rows[0] if rows else 0)
        wait_idle()
        shot("conflicts")

    def preview() -> None:
        bundle = database.with_name("africa.sicbundle")
        window.navigation.choose_area("sync")
        wait_idle()
        page: Any = window.page("sync")
        page.open_bundle(bundle)
        wait_idle()
        shot("bundle-preview", page.bundles.preview)

    def regional() -> None:
        # A TFRR's copy: the Governing Board's decision on a candidacy is read-only, saying why.
        page = first_record("members", "candidacy")
        from PySide6.QtCore import QPoint
        from PySide6.QtWidgets import QToolTip

        field = page.panel.form.inputs["board_decision"].widget
        wait_idle()
        QToolTip.showText(field.mapToGlobal(QPoint(0, field.height() + 36)), field.toolTip(), field)
        _settle(app)
        named = f"regional-candidacy-{suffix}" if suffix else "regional-candidacy"
        # The screen, not the window: a tooltip is a window of its own.
        window.screen().grabWindow(0).save(str(folder / f"{named}.png"))
        print(folder / f"{named}.png")

    def stc() -> None:
        # An STC assessor's copy: the submitted note's assessment, its scores to fill in.
        first_record("assessments", "assessment")
        shot("stc-assessment")

    def cycle_overview() -> None:
        tree: Any = window.navigation.tree
        tree.setCurrentItem(tree.topLevelItem(0))
        window.navigation.choose_area("overview")
        wait_idle()
        page: Any = window.page("overview")
        page.grid_view.setFocus()
        page.grid_view.setCurrentIndex(page.grid.index(0, 3))  # A1's action plan: why it is done
        shot("cycle-overview")
        dialog = page.print_preview()
        wait_idle()
        if isinstance(dialog, QWidget):
            dialog.resize(window.size())
            shot("cycle-overview-print", dialog)
            dialog.close()

    def due() -> None:
        window.navigation.choose_area("overview")
        wait_idle()
        page: Any = window.page("overview")
        page.tabs.setCurrentIndex(page.due_tab)
        shot("cycle-due")

    def overlaps() -> None:
        window.navigation.choose_area("overlaps")
        wait_idle()
        shot("overlaps")

    if which in ("regional", "stc"):
        window.setGeometry(window.screen().availableGeometry())
        steps.append(regional if which == "regional" else stc)
    elif which in ("cycle", "due"):  # FOLDER/cycle.sqlite and FOLDER/north.sqlite of tests.realistic
        window.setGeometry(window.screen().availableGeometry())
        steps += [cycle_overview, overlaps] if which == "cycle" else [due]
    elif which == "realistic":
        # As a person's small screen shows it: maximised (Xvfb has no window manager to do it).
        window.setGeometry(window.screen().availableGeometry())
        steps += [realistic_inventory, realistic_meeting, conflicts]
    elif which == "conflicts":
        steps.append(conflicts)
    elif which == "preview":
        steps.append(preview)
    else:
        steps += [inventory, concept_note, meeting, members, overview, sync]

    def run() -> None:
        for step in steps:
            step()
        app.quit()

    QTimer.singleShot(300, run)
    app.exec()
    worker.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:5]))
