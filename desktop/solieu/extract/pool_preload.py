"""Imported once by the pool's fork server, before it forks any worker: the extractor
with what it loads on first use (places, lexicons) already in memory, so a worker
forked from it starts ready instead of loading the same things again (copy-on-write),
and a worker replaced after a document ran past its limit is back at once. The window
starts the server while the reviewer picks the files (`pool_workers.prestart_workers`)."""

from solieu.extract import period_words
from solieu.extract.pool_workers import _warm_up

_warm_up()
# every time-expression pattern (a tenth of a second): a worker then compiles none
for _word in (*period_words.STARTING_WORDS, "#"):
    period_words.patterns_for(_word)
