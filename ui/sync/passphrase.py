"""Asking for the passphrase of this site's key file where no keyring works, then trying again."""

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ui.hub import Hub
from ui.worker import Job

# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def run_with_passphrase(hub: Hub, job: Job, on_done: Callable[[Any], None], parent: QWidget, *,
                        operation: bool = False, label: str | None = None) -> None:
    """Run a job that needs the site key; if the key file's passphrase is missing, ask and retry."""

    def failed(error: BaseException) -> None:
        from sic_desktop.sync.keys import PASSPHRASE_ENV, PassphraseProblem

        if not isinstance(error, PassphraseProblem):
            if hub.worker.error_handler is not None:
                hub.worker.error_handler(error)
            return
        text, ok = QInputDialog.getText(
            parent, translate("passphrase", "Passphrase of this site's key"),
            translate("passphrase", "No keyring works on this computer, so this site's key is kept in a "
                      "file encrypted with a passphrase. Passphrase:"), QLineEdit.EchoMode.Password)
        if ok and text:
            # The core reads it from the environment, for this process only and until it ends.
            os.environ[PASSPHRASE_ENV] = text
            run_with_passphrase(hub, job, on_done, parent, operation=operation, label=label)

    if operation:  # the job's core service opens its own write transaction
        hub.operation(job, on_done, on_error=failed, label=label)
    else:
        hub.read(job, on_done, on_error=failed, label=label)
