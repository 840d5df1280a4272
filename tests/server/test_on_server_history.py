"""tests/core/test_history.py, every test of it, on a PostgreSQL server (`on_server`)."""

import pytest
from test_history import *  # noqa: F403 - the file's tests, collected again here

pytestmark = pytest.mark.usefixtures("on_server")
