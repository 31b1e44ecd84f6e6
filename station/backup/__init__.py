"""Backups that restore (issue 12): a zip with the database, a manifest, and the attachments stored aside.

    make       take_backup: the SQLite backup API or pg_dump -Fc (else the portable export), atomically named
    verify     verify_backup: a test-restore into a scratch database, the counts compared with the manifest
    restore    restore_backup: verify, safety backup, exclusive lock, swap, migrate, audit, a new epoch
    retention  prune, daily_due: automatic backups kept N days, only what our manifest says we wrote
    location   refuse a SQLite file on a network share; the lock file that tells who holds the file
    epoch      the value a restore changes so every other PC is told on its next action

Services here take an engine (a backup is not a transaction); station/actions/backup.py is the user action.
"""
