"""Imports: LinkedIn's data export, vCard files and CSV files into the store, Qt-free.

Every import parses and writes inside one transaction: it saves all of a file or, on a
malformed file (ImportFileError), a cancel (ImportCancelled) or a database problem
(StoreError), nothing. Importing the same file again changes nothing. Each import takes
an optional progress callback `(done, total)` and a cancel (a callable returning True,
or a threading.Event), both consulted between rows, and returns an ImportSummary.
"""

from app.importers.csv_import import csv_headers, import_csv
from app.importers.csv_mapping import (
    MAPPABLE_FIELDS,
    mapping_problems,
    parse_mapping,
    propose_mapping,
)
from app.importers.errors import ImportCancelled, ImportFileError
from app.importers.linkedin import import_linkedin
from app.importers.plan import ImportSummary
from app.importers.table import SkippedRow
from app.importers.vcard import import_vcard

__all__ = [
    "MAPPABLE_FIELDS",
    "ImportCancelled",
    "ImportFileError",
    "ImportSummary",
    "SkippedRow",
    "csv_headers",
    "import_csv",
    "import_linkedin",
    "import_vcard",
    "mapping_problems",
    "parse_mapping",
    "propose_mapping",
]
