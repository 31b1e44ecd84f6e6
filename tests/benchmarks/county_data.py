"""A county on PostgreSQL for bench_county: N customers × 36 months, made with numpy and written with COPY.

Not the demo generator (about a minute per 200,000 customers through the ORM's bulk inserts): the customers
go in as one text COPY, the 36 × N readings as one binary COPY of a numpy array (big-endian fields laid out
as PostgreSQL's binary tuples), and the derived rows (each customer's metering point, 台区 link and meter)
by INSERT … SELECT on the server. The readings table's indexes and keys are dropped for the load and built
again after it, as a bulk load does. A marker table says what was built, so a second run reuses the county.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from typing import Any

import numpy as np

MONTHS = 36
FIRST_MONTH = 202311  # readings 2023-11 … 2026-10, as bench_consumption
PER_AREA = 250
SEED = 2026
#: Bumped whenever the generated data changes, so a kept county is rebuilt.
GENERATOR = 1
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌志"
TOWNS = ("城关镇", "东关乡", "西河镇", "南湖村", "北山乡", "新华街道")
_MARKER = "bench_county_marker"


def months(first: int = FIRST_MONTH, count: int = MONTHS) -> list[int]:
    out, y, m = [], first // 100, first % 100
    for _ in range(count):
        out.append(y * 100 + m)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def kept(conn: Any, n: int) -> bool:
    """True when the database already holds the county this generator builds for n customers."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass(%s)", (_MARKER,))
        if cur.fetchone()[0] is None:
            return False
        cur.execute(f"SELECT customers, months, generator FROM {_MARKER}")
        return cur.fetchone() == (n, MONTHS, GENERATOR)


def customer_rows(n: int, seed: int = SEED) -> dict[str, np.ndarray]:
    """The ledger's columns of n customers (numpy arrays), 250 to a 台区, one in ten on 380 V."""
    rng = np.random.default_rng(seed)
    numbers = np.unique(rng.integers(0, 10**8, n + n // 5 + 100))  # unique, ascending
    numbers = rng.permutation(numbers)[:n]
    surnames = np.array(list(SURNAMES))[rng.integers(0, len(SURNAMES), n)]
    given = np.array(list(GIVEN))
    one, two = given[rng.integers(0, len(GIVEN), n)], given[rng.integers(0, len(GIVEN), n)]
    names = np.where(rng.random(n) < 0.5, np.char.add(surnames, one), np.char.add(np.char.add(surnames, one), two))
    towns = np.array(TOWNS)[rng.integers(0, len(TOWNS), n)]
    i = np.arange(n)
    return {
        "account_no": np.char.add("33", np.char.zfill(numbers.astype(str), 8)),
        "name": names,
        "address": np.char.add(np.char.add(towns, rng.integers(1, 301, n).astype(str)), "号"),
        "phone": np.char.add(np.char.add("1", rng.integers(3, 10, n).astype(str)),
                             np.char.zfill(rng.integers(0, 10**9, n).astype(str), 9)),
        "business": i % 10 == 0,
        "area": i // PER_AREA + 1,
        "opened": (2000 + i % 24).astype(str),
    }


def consumption(n: int, seed: int = SEED) -> np.ndarray:
    """kWh, customers × months: a seasonal household profile, a few vacant homes and a few sudden drops."""
    rng = np.random.default_rng(seed + 1)
    base = rng.lognormal(5.0, 0.6, n)
    m = np.array([x % 100 for x in months()])
    season = 1.0 + 0.25 * np.cos(2 * np.pi * (m - 1) / 12) + 0.15 * np.cos(2 * np.pi * (m - 7) / 12)
    kwh = base[:, None] * season[None, :] * rng.normal(1.0, 0.08, (n, MONTHS)).clip(0.5, 1.5)
    kwh[rng.random(n) < 0.02] *= 0.02  # vacant homes
    drop = np.flatnonzero(rng.random(n) < 0.005)  # a sudden drop in the last year
    starts = rng.integers(MONTHS - 12, MONTHS - 1, drop.size)
    for j in range(MONTHS - 12, MONTHS):
        kwh[drop[starts <= j], j] *= 0.3
    return np.round(kwh, 1)


def _binary_readings(kwh: np.ndarray, month_index: int, first_id: int, batch_id: int) -> bytes:
    """One month of readings as PostgreSQL binary COPY tuples: (id, customer_id, month, kwh, import_batch_id)."""
    n = kwh.shape[0]
    t = np.empty(n, dtype=[("f", ">i2"), ("l0", ">i4"), ("id", ">i4"), ("l1", ">i4"), ("c", ">i4"),
                           ("l2", ">i4"), ("m", ">i4"), ("l3", ">i4"), ("k", ">f8"), ("l4", ">i4"), ("b", ">i4")])
    t["f"] = 5
    t["l0"] = t["l1"] = t["l2"] = t["l4"] = 4
    t["l3"] = 8
    t["id"] = np.arange(first_id, first_id + n)
    t["c"] = np.arange(1, n + 1)
    t["m"] = months()[month_index]
    t["k"] = kwh[:, month_index]
    t["b"] = batch_id
    return t.tobytes()


def _text_copy(cur: Any, sql: str, columns: list[np.ndarray]) -> None:
    """COPY FROM STDIN in text format of equal-length string columns (no tabs, newlines or backslashes)."""
    body = "\n".join("\t".join(row) for row in zip(*[c.astype(str) for c in columns], strict=True)) + "\n"
    with cur.copy(sql) as copy:
        copy.write(body.encode("utf-8"))


def _indexes_of(cur: Any, table: str) -> list[str]:
    """Drop `table`'s indexes that back no constraint (the search indexes among them); their CREATE statements."""
    cur.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname NOT IN"
                " (SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass)", (table, table))
    indexes = cur.fetchall()
    for name, _ in indexes:
        cur.execute(f"DROP INDEX {name}")
    return [d for _, d in indexes]


def _keys_of(cur: Any, table: str) -> list[str]:
    """The statements that re-create `table`'s constraints and indexes (dropped here for the bulk load)."""
    cur.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass"
        " ORDER BY contype = 'f'", (table,))  # keys first, then the foreign keys that need them
    make = [f"ALTER TABLE {table} ADD CONSTRAINT {name} {d}" for name, d in cur.fetchall()]
    indexes = _indexes_of(cur, table)
    cur.execute("SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass ORDER BY contype <> 'f'", (table,))
    for (name,) in cur.fetchall():
        cur.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    return make + indexes


def build(conn: Any, n: int, say: Any = None) -> None:
    """Empty the county's tables and write n customers × 36 months (conn: a psycopg connection, migrated)."""
    say = say or (lambda line: print(line, flush=True))
    t0 = time.perf_counter()
    cur = conn.cursor()
    cur.execute("SET maintenance_work_mem = '512MB'")
    cur.execute(f"DROP TABLE IF EXISTS {_MARKER}")
    cur.execute("TRUNCATE customer, transformer_area, import_batch, monthly_consumption, area_supply,"
                " customer_area_link, metering_point, asset, asset_event, audit_log, consumption_column,"
                " consumption_matrix_state RESTART IDENTITY CASCADE")
    c = customer_rows(n)
    n_areas = int(c["area"][-1])
    areas = np.arange(1, n_areas + 1)
    _text_copy(cur, "COPY transformer_area (id, code, name, area_type) FROM STDIN",
               [areas, np.char.add("T", np.char.zfill(areas.astype(str), 5)), np.char.add(areas.astype(str), "号台区"),
                np.full(n_areas, "public")])
    ids = np.arange(1, n + 1)
    biz = c["business"]
    remake_customer = _indexes_of(cur, "customer")  # built once after the load, as a bulk load does
    _text_copy(cur, "COPY customer (id, account_no, name, address, phone, tariff_category, industry, voltage_level,"
               " contract_capacity_kva, area_id, status, opened_on) FROM STDIN",
               [ids, c["account_no"], c["name"], c["address"], c["phone"], np.where(biz, "一般工商业", "居民生活"),
                np.where(biz, "批发和零售业", "城乡居民生活"), np.where(biz, "380V", "220V"), np.where(biz, "30", "8"),
                c["area"], np.full(n, "active"), np.char.add(c["opened"], "-03-01")])
    for stmt in remake_customer:
        cur.execute(stmt)
    say(f"   customers and 台区 by COPY, the customers' indexes after: {time.perf_counter() - t0:.1f} s")
    _derived(cur)
    say(f"   metering points, links, meters and CTs by INSERT … SELECT: {time.perf_counter() - t0:.1f} s")
    kwh = consumption(n)
    cur.execute("INSERT INTO import_batch (id, kind, file_name, file_sha256, imported_at, operator, n_new, n_updated,"
                " n_unchanged, n_rejected) VALUES (1, 'readings', 'county.csv', %s, %s, 'bench', %s, 0, 0, 0)",
                ("0" * 64, dt.datetime(2026, 11, 5), n * MONTHS))
    remake = _keys_of(cur, "monthly_consumption")
    with cur.copy("COPY monthly_consumption (id, customer_id, month, kwh, import_batch_id) FROM STDIN (FORMAT binary)") as copy:
        copy.write(b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") * 2)
        for j in range(MONTHS):  # month by month, the order the monthly imports write them
            copy.write(_binary_readings(kwh, j, j * n + 1, 1))
        copy.write((-1).to_bytes(2, "big", signed=True))
    say(f"   {n * MONTHS:,} readings by binary COPY: {time.perf_counter() - t0:.1f} s")
    for stmt in remake:
        cur.execute(stmt)
    say(f"   readings' keys and indexes built: {time.perf_counter() - t0:.1f} s")
    _supply(cur, kwh, c["area"], n_areas)
    for table in ("transformer_area", "customer", "monthly_consumption", "area_supply", "customer_area_link",
                  "metering_point", "asset", "import_batch"):
        cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    cur.execute(f"CREATE TABLE {_MARKER} (customers int, months int, generator int)")
    cur.execute(f"INSERT INTO {_MARKER} VALUES (%s, %s, %s)", (n, MONTHS, GENERATOR))
    conn.commit()
    conn.autocommit = True
    cur.execute("VACUUM ANALYZE")  # as autovacuum would have left a real county: statistics, visibility map
    conn.autocommit = False
    say(f"   vacuum and statistics: {time.perf_counter() - t0:.1f} s")
    cur.close()


def _derived(cur: Any) -> None:
    """Each customer's main metering point, its 台区 link, its installed meter, and CTs on the 380 V ones."""
    cur.execute(
        "INSERT INTO metering_point (id, customer_id, name, metering_method, device_class, multiplier, energised_on)"
        " SELECT id, id, '主计量点', '低供低计', CASE WHEN voltage_level = '220V' THEN 'V' ELSE 'IV' END,"
        " CASE WHEN voltage_level = '220V' THEN 1 ELSE 20 END, opened_on FROM customer")
    cur.execute("INSERT INTO customer_area_link (customer_id, area_id, valid_from, source)"
                " SELECT id, area_id, opened_on, 'import' FROM customer ORDER BY id")
    # Meters verified over the last eight years, so the rotation list has every status.
    cur.execute(
        "INSERT INTO asset (id, asset_no, factory_no, kind, model, maker, accuracy_class, rated_voltage,"
        " rated_current, constant, ratio, phases, verified_on, verification_result, status, batch_no,"
        " metering_point_id)"
        " SELECT id, '33000' || lpad(id::text, 17, '0'), '', 'meter',"
        " CASE WHEN device_class = 'V' THEN 'DDZY' ELSE 'DTZY' END || (id % 7), '某表计厂', '2', '220V',"
        " '5(60)A', 1200, '', CASE WHEN device_class = 'V' THEN 1 ELSE 3 END,"
        " date '2018-06-01' + (id::bigint * 7919 % 2920)::int, 'pass', 'installed', 'B' || (id % 97), id FROM metering_point")
    cur.execute("SELECT setval(pg_get_serial_sequence('asset', 'id'), (SELECT max(id) FROM asset))")
    cur.execute(
        "INSERT INTO asset (asset_no, factory_no, kind, model, maker, accuracy_class, rated_voltage, rated_current,"
        " ratio, phases, verified_on, verification_result, status, batch_no, metering_point_id)"
        " SELECT '33001' || lpad(id::text, 17, '0'), '', 'ct', 'LMZ', '某互感器厂', '0.5S', '', '',"
        " '100/5', 1, date '2018-06-01' + (id::bigint * 104729 % 2920)::int, 'pass', 'installed', 'C' || (id % 31), id"
        " FROM metering_point WHERE device_class = 'IV'")


def _supply(cur: Any, kwh: np.ndarray, area: np.ndarray, n_areas: int) -> None:
    """Each 台区's gateway kWh: its customers' kWh plus a loss of 3–8 % (a few areas 15 %)."""
    rng = np.random.default_rng(SEED + 2)
    loss = rng.uniform(0.03, 0.08, n_areas)
    loss[rng.random(n_areas) < 0.03] = 0.15
    buf = io.StringIO()
    for j, m in enumerate(months()):
        total = np.bincount(area - 1, weights=kwh[:, j], minlength=n_areas) / (1 - loss)
        for a in range(n_areas):
            buf.write(f"{a + 1}\t{m}\t{total[a]:.1f}\t1\n")
    with cur.copy("COPY area_supply (area_id, month, supplied_kwh, import_batch_id) FROM STDIN") as copy:
        copy.write(buf.getvalue().encode("utf-8"))
