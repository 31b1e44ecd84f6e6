"""Consumption from the database: the matrix the scan reads, the suspects list, line loss and a customer's curve."""
