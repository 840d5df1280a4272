"""Imported once by the pool's fork server, before it forks any worker: the extractor
with what it loads on first use (places, lexicons) already in memory, so a worker
forked from it starts ready instead of loading the same things again (copy-on-write),
and a worker replaced after a document ran past its limit is back at once."""

from solieu.extract.pool import _warm_up

_warm_up()
