"""The PySide6 face of the workstation: main window, pages, table models, dialogs and background jobs."""

from ui import qt_compat as _qt_compat  # noqa: F401 - fixes the binding's signal refcount bug first
