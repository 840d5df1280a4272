"""PyInstaller entry point: the same `solieu` command as the wheel's console script."""

import sys

from solieu.cli import main

if __name__ == "__main__":
    sys.exit(main())
