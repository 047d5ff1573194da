"""The Qt side of SIC Desktop: windows, item models, editors, undo, background work, printing."""
