"""Blanks left from a template or a mail merge: `{{ name }}`, `[Name]`, `%FIRSTNAME%`,
`<first name>`, `{first_name}`, `*|FNAME|*`, "XXX".

A message that goes out with one of these tells the reader it was sent in bulk, so each is
an error; when the contact's record has the value, it is offered as the replacement.
"""

from __future__ import annotations

import re

from app.checker.findings import Finding, Severity
from app.checker.recipient import Recipient
from app.message_catalog import say

# Every repetition is bounded: an unbounded `.*?` after "{{" would rescan the rest of the
# line from each of 10,000 unclosed "{{" in a long draft.
_TAG = 200
# Every alternative opens with one of the characters of the first look-ahead, which lets
# the engine skip the rest of the text at once (five times faster on a long draft).
_BLANKS = re.compile(
    r"(?=[{$\[%*<}XTF_])(?:"
    rf"\{{\{{.{{0,{_TAG}}}?\}}\}}|\{{%.{{0,{_TAG}}}?%\}}|\{{#.{{0,{_TAG}}}?#\}}"  # Jinja
    r"|\$\{[^{}\n]{1,40}\}"  # ${firstName}
    r"|\{[A-Za-z_][\w .-]{0,40}\}"  # {first_name}
    r"|\[\[?[A-Za-z][^\[\]\n]{0,40}\]\]?(?!\()"  # [Name], [[Company]]; not a [link](url)
    r"|%[A-Za-z_]{2,40}%"  # %FIRSTNAME%
    r"|\*\|[A-Za-z_]{2,40}\|\*"  # *|FNAME|*
    r"|<<?[A-Za-z][\w .'-]{0,40}>>?"  # <first name>, <<Company>>
    r"|\{\{|\}\}|\{%|%\}"  # a template tag left half-deleted
    r"|\bXXX+\b|\b(?:TODO|TBD|FIXME)\b|_{3,})",  # notes to self and blanks to fill
)
_FIELD_NAMES = {
    "name": "first_name",
    "firstname": "first_name",
    "first": "first_name",
    "fname": "first_name",
    "givenname": "first_name",
    "lastname": "last_name",
    "surname": "last_name",
    "lname": "last_name",
    "fullname": "name",
    "company": "company",
    "companyname": "company",
    "organisation": "company",
    "organization": "company",
    "employer": "company",
    "title": "title",
    "jobtitle": "title",
    "role": "title",
    "position": "title",
    "location": "location",
    "city": "location",
    "industry": "industry",
}


def find_placeholders(text: str, recipient: Recipient, language: str) -> tuple[Finding, ...]:
    findings = []
    for match in _BLANKS.finditer(text):
        blank = match.group()
        findings.append(
            Finding(
                code="placeholder",
                severity=Severity.ERROR,
                message=say(language, "checker.placeholder", blank=blank),
                start=match.start(),
                end=match.end(),
                suggestions=_fillings(blank, recipient),
            )
        )
    return tuple(findings)


def _fillings(blank: str, recipient: Recipient) -> tuple[str, ...]:
    """The contact's value for the field a blank names, if the record has it."""
    key = re.sub(r"[^a-z]", "", blank.lower())
    values = dict(recipient.merge) | {field: text for field, text in recipient.context}
    field = _FIELD_NAMES.get(key)
    if field is None:
        field = next((name for name in values if re.sub(r"[^a-z]", "", name) == key), None)
    value = values.get(field, "") if field else ""
    return (value,) if value else ()
