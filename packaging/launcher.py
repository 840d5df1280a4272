"""PyInstaller entry point: the same `solieu` command as the wheel's console script.

`freeze_support` first: `solieu extract --jobs N` starts worker processes
(`solieu.extract.pool`), which in a frozen app re-run this executable."""

import multiprocessing
import sys

from solieu.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
