"""Evaluation sets for the sudden-drop scan, written apart from the scan and its demo generator.

- `station_gen`: a second station generator with its own assumptions (heavy-tailed sizes, reading lag, regional
  seasons and a moving Spring Festival, genuine closures and stoppages as decoys, meter swaps, 台区 supply).
- `real_data`: real public consumption (SGCC daily readings) with theft injected by `theft.inject`.
- `baseline`: a plain year-over-year + 3-month-mean + CUSUM rule to set beside the scan.
- `metrics`: AUC, precision@k, recall by shape, start month within ±1, decoys flagged.

Every set has a TUNE part and a REPORT part (see `station_gen.TUNE_SEEDS` / `REPORT_SEEDS` and
`real_data.part_of`): tune on the one, quote the other.
"""
