"""Built-in checks: who stands behind a claim.

Three rules read the attribution model (:attr:`mediacheck.Document.attributions`):
``vague-attribution`` for claims credited to "analysts", "reports" or no one,
``anonymous-source`` for claims credited to an unnamed individual, and
``unsourced-statistic`` for figures no one is credited with.
"""

from __future__ import annotations

from collections.abc import Sequence

from mediacheck import Check, hookimpl
from mediacheck_attribution import anonymous, statistics, vague

__all__ = ["mediacheck_checks"]

#: The mediacheck plugin API this plugin is written for.
MEDIACHECK_API = 1


@hookimpl
def mediacheck_checks() -> Sequence[Check]:
    return [vague.check, anonymous.check, statistics.check]
