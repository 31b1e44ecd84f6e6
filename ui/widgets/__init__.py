"""Widgets of the workstation GUI."""
