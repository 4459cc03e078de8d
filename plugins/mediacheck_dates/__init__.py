"""Built-in checks: dates that cannot all be true.

The rules read the temporal expressions of the document model
(:attr:`mediacheck.Document.temporal`), resolved against the publication
date: ``weekday-mismatch`` and ``impossible-date`` for dates no calendar
has, ``date-after-publication`` and ``unanchored-date`` for dates judged
against the publication date, ``relative-date-conflict`` and
``chronology-conflict`` for statements about time that contradict each other,
``markup-date-conflict`` for a date a page shows and its markup disagreeing on.
"""

from __future__ import annotations

from collections.abc import Sequence

from mediacheck import Check, hookimpl
from mediacheck_dates import calendar_rules, conflicts, markup, publication

__all__ = ["mediacheck_checks"]

#: The mediacheck plugin API this plugin is written for.
MEDIACHECK_API = 1


@hookimpl
def mediacheck_checks() -> Sequence[Check]:
    return [calendar_rules.check, publication.check, conflicts.check, markup.check]
