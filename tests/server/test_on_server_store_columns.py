"""tests/core/test_store_columns.py, every test of it, on a PostgreSQL server (`on_server`)."""

import pytest
from test_store_columns import *  # noqa: F403 - the file's tests, collected again here

pytestmark = pytest.mark.usefixtures("on_server")
