"""Dialogs of the workstation GUI."""
