"""Consumption analysis in numpy: the sudden-drop scan, line loss per 台区, a synthetic data generator."""
