"""The Qt side of SIC Desktop: windows, item models, editors, undo, background work, printing."""

from ui.qtfix import protect_none

protect_none()
