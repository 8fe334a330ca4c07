"""analysis.

This module imports nothing, so the command line can offer the screening's choices before any library loads.
"""

#: the default score from which a single best candidate is a match (analysis.screening.matcher)
DEFAULT_THRESHOLD = 0.85
#: the file formats of a screening report (analysis.screening.reports.render)
REPORT_FORMATS = ("csv", "json", "xlsx", "html")
