"""The domain of the station workstation: rules, services, calculations, analysis, imports, reports, CLI.

Nothing in this package imports Qt; the GUI in `ui/` and the `station` CLI both call it.
"""

__version__ = "0.1.0"
