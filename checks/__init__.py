"""The porting guide's checks: pure Python (standard library + phonenumbers).

Run by CPython (tests, CLI) and by Pyodide in the browser, from the same source.
"""

from checks.eligibility import EligibilityReport, NumberResult, Reason, Verdict
from checks.eligibility import check as check_eligibility
from checks.loa import LoaReport
from checks.loa import check as check_loa
from checks.records import Coverage, DataError

__all__ = [
    "Coverage",
    "DataError",
    "EligibilityReport",
    "LoaReport",
    "NumberResult",
    "Reason",
    "Verdict",
    "check_eligibility",
    "check_loa",
]
