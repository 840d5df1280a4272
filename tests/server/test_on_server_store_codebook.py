"""tests/core/test_store_codebook.py, every test of it, on a PostgreSQL server (`on_server`)."""

import pytest
from test_store_codebook import *  # noqa: F403 - the file's tests, collected again here

pytestmark = pytest.mark.usefixtures("on_server")

# a file's migration from an older version: the server is created at this one
del test_a_v5_file_gains_the_codebook_and_the_step_is_idempotent  # noqa: F821
