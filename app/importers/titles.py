"""Titles people put before their first name on LinkedIn ("Dr. Amal", "Eng. Omar",
"Prof. Dr. Petra"), taken off so a greeting says "Hi Amal," and never "Hi Dr.,".

Only a title followed by another word is taken off: a first name that is only "Dr." is
left as written rather than emptied.
"""

from __future__ import annotations

import re

# Academic, professional and courtesy titles in the languages Rapport speaks, with or
# without their dot, then spacing; repeated, for "Prof. Dr.".
_TITLES = re.compile(
    r"(?:(?:dr|dra|prof|profa|profª|eng|engr|ing|mr|mrs|ms|mx|sr|sra|srta|mme|mlle|herr|frau)"
    r"\.?\s+)+",
    re.IGNORECASE,
)


def without_title(first_name: str) -> str:
    """`first_name` without the titles it starts with."""
    if " " not in first_name:  # a title needs a name after it: most names end here
        return first_name
    match = _TITLES.match(first_name)
    if match is None or match.end() == len(first_name):
        return first_name
    return first_name[match.end() :]
