"""Starting the window: the application object, translations, the database (made on first run)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ui import featurecheck, settings

featurecheck.install()  # before the window's modules are imported

if TYPE_CHECKING:  # SQLAlchemy is imported on the database thread, after the window shows
    from sic_desktop.services.site import Store
    from ui.mainwindow import MainWindow
    from ui.worker import Worker

log = logging.getLogger(__name__)

FIRST_RUN_ROLE = "secretariat"
FIRST_RUN_NAME = "This computer"
_translations: list[QTranslator] | None = None


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with the names QSettings() needs set once, and translations installed.

    The focus ring (ui/focusring.py) comes later: the main window puts it on after its first paint
    (its style's enums and a restyle cost ~10 ms of start-up), a dialog shown before it at once."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setOrganizationDomain(settings.ORGANISATION_DOMAIN)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QApplication.setApplicationDisplayName(settings.APPLICATION)
    global _translations
    if _translations is None:  # once: asked again (the tests do), it would stack up translators
        _translations = install_translations(app, QLocale())
    return app


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings and ours, in the person's language when we have it; the ones installed.

    English is the source language; its translation holds only plural forms ("1 change", "2 changes").
    """
    from sic_desktop.paths import resources_dir

    installed = []
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    if not english:
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    ours, where = QTranslator(app), str(resources_dir() / "translations")
    # English, and the fallback for a language we do not have yet, comes with its plural forms.
    if (not english and ours.load(locale, "sic_desktop", "_", where)) or ours.load("sic_desktop_en", where):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def open_database(path: Path) -> Store:
    """Open the database; a first run makes one for a Secretariat site named 'This computer'."""
    from sic_desktop.services.site import open_store

    if path.exists() and path.stat().st_size:
        return open_store(path)
    from sic_desktop.services.site import init_database

    store = init_database(path, role=FIRST_RUN_ROLE, name=FIRST_RUN_NAME)
    try:
        from sic_desktop.sync.setup import prepare_site

        prepare_site(store, secretariat_key=None)
    except Exception as problem:
        log.warning("No site key made at first run: %s", problem)
    return store


def site_role(store: Store) -> str:
    from sic_desktop.services.records import site_role as role_of

    with store.session() as session:
        return role_of(session) or FIRST_RUN_ROLE


def start_window(db_path: Path) -> tuple[MainWindow, Worker]:
    """Show the main window on `db_path`: its first screen from a quick read when the file allows.

    The store (SQLAlchemy, migrations) opens on the database thread once the window is painted;
    the window's reads queue behind it. A new or old file is opened first, the plain way.
    """
    from ui.mainwindow import MainWindow
    from ui.quickread import first_screen
    from ui.worker import Worker

    path = Path(db_path)
    probe = MainWindow.peek_place()
    first = first_screen(path, probe[1], probe[0])
    if first is None:
        store = open_database(path)
        worker = Worker(store)
        window = MainWindow(worker, role=site_role(store))
        window.show_as_left()
        window.start()
        return window, worker
    worker = Worker(lambda: open_database(path), start=False)
    window = MainWindow(worker, role=first.role)
    # The database thread starts on the next turn of the event loop, once the first paint is done:
    # its imports would otherwise compete for the interpreter with the window being built.
    window.ready.connect(lambda: QTimer.singleShot(0, worker.start))
    window.show_as_left()
    window.start(first)
    return window, worker


def first_run(path: Path) -> bool:
    """Ask who this copy is and create its database; False when the person cancels.

    A set-up refused (a key file that is not the Secretariat's) says why in the dialog, which stays
    open for another try: it used to close the application.
    """
    from sic_desktop.errors import SicError
    from ui.errors import message_of
    from ui.firstrun import FirstRunDialog, set_up
    from ui.focusring import install

    install()
    dialog = FirstRunDialog(path)
    while dialog.exec() == FirstRunDialog.DialogCode.Accepted:
        try:
            set_up(path, *dialog.choice())
        except SicError as refused:
            dialog.show_problem(message_of(refused))
            continue
        return True
    return False


def run_window(db_path: Path) -> int:
    """Open the main window on `db_path` and run until it closes; the exit code."""
    from ui.errors import install_excepthook

    app = make_application()
    install_excepthook()
    path = Path(db_path)
    try:
        if not (path.exists() and path.stat().st_size) and not first_run(path):
            return 0
        _window, worker = start_window(path)
    except Exception as problem:
        from sic_desktop.errors import SicError  # imported here: start-up does not need it

        if not isinstance(problem, SicError):
            raise
        from PySide6.QtWidgets import QMessageBox

        from ui.errors import message_of

        QMessageBox.critical(None, QCoreApplication.translate("app", "SIC Desktop"), message_of(problem))
        return 1
    try:
        return int(app.exec())
    finally:
        worker.close()
