"""The SURE test (Légaré F, et al. 2010): four yes/no items, yes = 1.

A total of 3 or less, once all four are answered, flags decisional conflict. One rule for the
wizard and the printed summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import BaseModel

FLAG_AT_OR_BELOW = 3


class SureScore(BaseModel):
    answered: int
    total: int  # number of "yes"
    complete: bool
    flagged: bool


def score(answers: Mapping[str, bool | None], item_ids: Iterable[str]) -> SureScore:
    given = [answers.get(i) for i in item_ids]
    answered = sum(a is not None for a in given)
    total = sum(a is True for a in given)
    complete = bool(given) and answered == len(given)
    return SureScore(
        answered=answered, total=total, complete=complete,
        flagged=complete and total <= FLAG_AT_OR_BELOW,
    )
