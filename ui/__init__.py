"""The PySide6 face of the workstation: main window, pages, table models, dialogs and background jobs."""
