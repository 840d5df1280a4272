"""tests/core/test_store_import.py, every test of it, on a PostgreSQL server (`on_server`)."""

import pytest
from test_store_import import *  # noqa: F403 - the file's tests, collected again here

pytestmark = pytest.mark.usefixtures("on_server")

# the file's own: SQLite's trace of its queries, the demo file built beside the seeds
del test_figures_of_a_big_project_load_in_one_fast_query  # noqa: F821
del test_demo_project_is_built_once_from_the_bundled_seeds  # noqa: F821
