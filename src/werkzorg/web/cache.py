"""Django's database cache, with one change: `incr` is atomic across processes.

Django's own `incr` reads, adds and writes; two processes counting at the same moment can both write the same number,
so a rate limit on the database cache would let through more than its limit. Here the read and the write happen in
one transaction that first takes the database's write lock for the key: SQLite's (by a write that changes nothing, so
the transaction holds the lock from its start) or a PostgreSQL advisory lock on the key. Redis (REDIS_URL) has an
atomic INCR of its own.
"""

from __future__ import annotations

from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router, transaction


class DatabaseCache(DjangoDatabaseCache):
    def incr(self, key, delta=1, version=None):
        alias = router.db_for_write(self.cache_model_class)
        connection = connections[alias]
        table = connection.ops.quote_name(self._table)
        with transaction.atomic(using=alias):
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [self.make_and_validate_key(key, version=version)])
                else:
                    cursor.execute(f"UPDATE {table} SET expires = expires WHERE 1 = 0")  # noqa: S608 - our own table name
            return super().incr(key, delta, version)
