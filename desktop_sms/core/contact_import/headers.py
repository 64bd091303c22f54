"""Column headers people and programs write, in English, French and Greek, and the exact
header sets of Google Contacts' and Outlook's CSV exports."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from desktop_sms.core import contact_export


class Role(Enum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    NUMBER = "number"
    GROUP = "group"
    NOTES = "notes"
    FIELD = "field"  # a custom field, named by the column's header
    IGNORE = "ignore"


def normalized(header: str) -> str:
    """Lower case, no accents, words apart: 'Téléphone portable' → 'telephone portable',
    'ΚΙΝΗΤΌ' → 'κινητο', 'E-mail_Address' → 'e mail address'."""
    decomposed = unicodedata.normalize("NFD", header.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.split(r"[\W_]+", plain)).strip()


def _words(*headers: str) -> frozenset[str]:
    return frozenset(normalized(h) for h in headers)


# 'Όνομα' is a first name beside 'Επώνυμο' and a full name alone; so is French 'Nom' a
# last name beside 'Prénom'. They are in NAME here; the mapping decides.
AMBIGUOUS = _words("Όνομα", "Nom")
HEADERS: dict[Role, frozenset[str]] = {
    Role.NAME: _words(
        "Name", "Full name", "Display name", "Contact", "Contact name", "Nom", "Nom complet",
        "Όνομα", "Ονοματεπώνυμο", "Ονοματεπωνυμο", "Πλήρες όνομα", "Επαφή"),
    Role.FIRST_NAME: _words(
        "First name", "Firstname", "Given name", "Forename", "Prénom", "Μικρό όνομα"),
    Role.LAST_NAME: _words(
        "Last name", "Lastname", "Surname", "Family name", "Nom de famille", "Επώνυμο"),
    Role.NUMBER: _words(
        "Number", "Phone", "Phone number", "Telephone", "Telephone number", "Tel", "Tel.",
        "Mobile", "Mobile phone", "Mobile number", "Cell", "Cell phone", "Cellphone", "GSM",
        "MSISDN", "Numéro", "Numéro de téléphone", "Téléphone", "Portable",
        "Téléphone portable", "Tél. portable", "Mobile (portable)", "Κινητό",
        "Κινητό τηλέφωνο", "Τηλέφωνο", "Αριθμός", "Αριθμός τηλεφώνου", "Τηλ."),
    Role.GROUP: _words(
        "Group", "Groups", "Group membership", "Labels", "Category", "Categories",
        "Groupe", "Groupes", "Catégorie", "Catégories", "Ομάδα", "Ομάδες", "Κατηγορία"),
    Role.NOTES: _words(
        "Notes", "Note", "Comment", "Comments", "Remarks", "Remarques", "Commentaire",
        "Commentaires", "Σημειώσεις", "Σημείωση", "Σχόλια"),
}
# Among several number columns, a mobile's wins.
MOBILE = _words("Mobile", "Mobile phone", "Mobile number", "Cell", "Cell phone", "Cellphone",
                "GSM", "Portable", "Téléphone portable", "Tél. portable", "Mobile (portable)",
                "Κινητό", "Κινητό τηλέφωνο")

# Google Contacts' export (contacts.google.com, 2023 on): 'Phone 1 - Label' with
# 'Phone 1 - Value'; the older one has 'Name', 'Given Name', 'Phone 1 - Type'.
GOOGLE = _words("First Name", "Middle Name", "Last Name", "Phonetic First Name",
                "Name Prefix", "Name Suffix", "Nickname", "File As", "Labels",
                "Given Name", "Additional Name", "Family Name", "Group Membership",
                "Phone 1 - Label", "Phone 1 - Type", "Phone 1 - Value")
GOOGLE_ROLES: dict[str, Role] = {
    normalized(h): r for h, r in (
        ("Name", Role.NAME), ("First Name", Role.FIRST_NAME),
        ("Given Name", Role.FIRST_NAME), ("Last Name", Role.LAST_NAME),
        ("Family Name", Role.LAST_NAME), ("Phone 1 - Value", Role.NUMBER),
        ("Labels", Role.GROUP), ("Group Membership", Role.GROUP), ("Notes", Role.NOTES))}
# Outlook's export (File → Open & Export → Import/Export → Comma Separated Values).
OUTLOOK = _words("Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company",
                 "Department", "Job Title", "Business Street", "Business Phone",
                 "Home Phone", "Mobile Phone", "Categories", "E-mail Address")
OUTLOOK_ROLES: dict[str, Role] = {
    normalized(h): r for h, r in (
        ("First Name", Role.FIRST_NAME), ("Last Name", Role.LAST_NAME),
        ("Mobile Phone", Role.NUMBER), ("Categories", Role.GROUP), ("Notes", Role.NOTES),
        # filled in by Outlook for every contact ('Normal', 'False'): nothing to keep
        ("Gender", Role.IGNORE), ("Priority", Role.IGNORE), ("Private", Role.IGNORE),
        ("Sensitivity", Role.IGNORE))}


# Our own CSV export: its columns in order, then custom fields named by their headers
# (whatever they are called: a field "Mobile" is not the number).
OWN_ROLES = (Role.NAME, Role.FIRST_NAME, Role.LAST_NAME, Role.NUMBER, Role.GROUP, Role.NOTES)
assert len(OWN_ROLES) == len(contact_export.COLUMNS)


_KNOWN = frozenset().union(*HEADERS.values(), GOOGLE, OUTLOOK, GOOGLE_ROLES, OUTLOOK_ROLES,
                           map(normalized, contact_export.COLUMNS))


def is_header_word(cell: str) -> bool:
    """Whether a cell is a header some sheet or program writes ('Mobile', 'Κινητό')."""
    return normalized(cell) in _KNOWN


class Format(Enum):
    GOOGLE = "google"
    OUTLOOK = "outlook"
    OWN = "own"  # desktop-sms's export


def known_format(headers: tuple[str, ...]) -> Format | None:
    """Google's, Outlook's or our own export, told by their own headers."""
    if headers[:len(OWN_ROLES)] == contact_export.COLUMNS:
        return Format.OWN
    found = {normalized(h) for h in headers}
    if len(found & GOOGLE) >= 4 and any(h.startswith("phone 1 ") for h in found):
        return Format.GOOGLE
    if len(found & OUTLOOK) >= 6:
        return Format.OUTLOOK
    return None
