"""Models of the workstation GUI."""
