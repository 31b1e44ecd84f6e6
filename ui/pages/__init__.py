"""Pages of the workstation GUI."""
