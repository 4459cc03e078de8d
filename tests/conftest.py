"""The trap rounds' shared tests assert in ``trap_articles``: rewritten as a
test module's are, so a failure shows what was found beside what was expected."""

import pytest

pytest.register_assert_rewrite("trap_articles")
