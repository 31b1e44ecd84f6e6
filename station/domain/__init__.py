"""Immutable domain values, code tables and pure rules (no database, no Qt)."""
