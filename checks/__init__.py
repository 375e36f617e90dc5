"""The porting guide's checks: pure Python (standard library + phonenumbers).

Run by CPython (tests, CLI) and by Pyodide in the browser, from the same source.
"""

from checks.eligibility import EligibilityReport, NumberResult, Reason, Verdict
from checks.eligibility import check as check_eligibility
from checks.records import Coverage, DataError

__all__ = [
    "Coverage",
    "DataError",
    "EligibilityReport",
    "NumberResult",
    "Reason",
    "Verdict",
    "check_eligibility",
]
