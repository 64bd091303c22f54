"""The address book's names and custom fields (schema 3)."""

from __future__ import annotations

import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook, NewContact
from desktop_sms.core.errors import InputError
from desktop_sms.core.folding import fold


@pytest.fixture
def book(conn: store.Connection) -> AddressBook:
    return AddressBook(conn)


def test_first_last_names_and_fields_round_trip(book: AddressBook) -> None:
    contact_id = book.add(" Ελένη Παπά ", "+306912345671", first_name=" Ελένη ",
                          last_name="Παπά", fields={"City": "Αθήνα", "Blank": "  ",
                                                    "Odd": "a\x1fb\x1e\"c"})
    contact = book.get(contact_id)
    assert contact is not None
    assert (contact.name, contact.first_name, contact.last_name) == ("Ελένη Παπά", "Ελένη",
                                                                      "Παπά")
    # A blank value is no field; any character survives.
    assert dict(contact.fields) == {"City": "Αθήνα", "Odd": "a\x1fb\x1e\"c"}
    assert book.field_names() == ["City", "Odd"]


def test_update_keeps_what_is_not_given_and_replaces_fields(book: AddressBook) -> None:
    contact_id = book.add("Claire Dubois", "+33612345678", first_name="Claire",
                          fields={"Ville": "Lyon", "Code": "69001"})
    book.update(contact_id, name="Claire D.", number="+33612345678", notes="")
    contact = book.get(contact_id)
    assert contact is not None and contact.first_name == "Claire"
    assert dict(contact.fields) == {"Ville": "Lyon", "Code": "69001"}
    book.update(contact_id, name="Claire D.", number="+33612345678", notes="",
                first_name="", fields={"Ville": "Paris"})
    contact = book.get(contact_id)
    assert contact is not None and contact.first_name == ""
    assert dict(contact.fields) == {"Ville": "Paris"}
    assert book.field_names() == ["Ville"]


def test_fields_go_with_the_contact(book: AddressBook) -> None:
    contact_id = book.add("Nikos", "+306944123456", fields={"City": "Patra"})
    book.delete([contact_id])
    assert book.field_names() == []
    with pytest.raises(InputError):
        book.add("  ", "+306944123456")


def _names(book: AddressBook, text: str) -> list[str]:
    return [c.name for c in book.search(text)]


def test_search_folds_case_and_accents_in_every_script(book: AddressBook) -> None:
    book.add("Ελένη Παπαδοπούλου", "+306912345671", notes="ΠΕΛΆΤΙΣΣΑ")
    book.add("Éloïse Martin", "+33612345678", fields={"Ville": "Besançon"})
    book.add("Nikos", "+306944123456", first_name="Νίκος", last_name="Γεωργίου")
    assert _names(book, "ελένη") == ["Ελένη Παπαδοπούλου"]
    assert _names(book, "ΕΛΕΝΗ") == ["Ελένη Παπαδοπούλου"]
    assert _names(book, "πελατισσα") == ["Ελένη Παπαδοπούλου"]  # notes
    assert _names(book, "eloise") == ["Éloïse Martin"]
    assert _names(book, "besancon") == ["Éloïse Martin"]  # a custom field's value
    assert _names(book, "γεωργιου") == ["Nikos"]  # the last name
    assert _names(book, "6944 123") == ["Nikos"]  # the number, spaces aside
    assert _names(book, "%") == []  # no wildcards: the text is looked for as typed
    assert len(_names(book, "  ")) == 3  # blank: all


def test_the_search_key_follows_every_change(book: AddressBook) -> None:
    contact_id = book.add("Anna", "+306912345671", fields={"City": "Πάτρα"})
    assert _names(book, "πατρα") == ["Anna"]
    book.update(contact_id, name="Anna", number="+306912345671", notes="",
                fields={"City": "Λάρισα"})
    assert _names(book, "πατρα") == [] and _names(book, "λαρισα") == ["Anna"]
    book.update(contact_id, name="Άννα", number="+306912345671", notes="")
    assert _names(book, "αννα") == ["Άννα"] and _names(book, "λαρισα") == ["Άννα"]


def test_add_many_is_one_transaction_with_groups_and_fields(book: AddressBook) -> None:
    book.add("Existing", "+306900000000", groups=("Team",))
    ids = book.add_many([
        NewContact("Ελένη", "+306912345671", groups=("team", "Πελάτες"), fields={"A": "1"}),
        NewContact("Claire", "+33612345678", first_name="Claire", groups=("Πελάτες",)),
    ])
    assert [c.name for c in book.contacts(ids)] == ["Ελένη", "Claire"]
    # "team" is the group "Team": group names differ by more than case.
    assert book.groups() == [("Team", 2), ("Πελάτες", 2)]
    assert dict(book.contacts(ids[:1])[0].fields) == {"A": "1"}
    with pytest.raises(InputError):
        book.add_many([NewContact("Fine", "+306911111111"), NewContact(" ", "+306922222222")])
    assert len(book.search()) == 3  # nothing of the refused lot


def test_group_membership_in_bulk(book: AddressBook) -> None:
    ids = book.add_many([NewContact(f"C{i:04d}", f"+3069{i:08d}") for i in range(3000)])
    book.add_to_group([*ids, 999_999], "Bulk")  # an id deleted meanwhile is skipped
    assert book.groups() == [("Bulk", 3000)]
    book.remove_from_group(ids[:1000], "Bulk")
    assert book.member_ids("Bulk") == ids[1000:]
    book.delete(ids[1000:2000])
    assert book.groups() == [("Bulk", 1000)]
    assert book.numbers([ids[2500], ids[1500], ids[0]]) == ["+306900002500", "+306900000000"]
    with pytest.raises(InputError):
        book.member_ids("Nobody")


def test_field_names_are_each_name_once(book: AddressBook) -> None:
    book.add_many([NewContact(f"C{i}", f"+3069{i:08d}", fields={"City": "x", "Zip": str(i)})
                   for i in range(50)])
    book.add("D", "+306911111111", fields={"Age": "3"})
    assert book.field_names() == ["Age", "City", "Zip"]


def test_the_search_key_made_on_insert_is_the_one_sql_makes(book: AddressBook) -> None:
    """Inserts fold the key in Python (no UPDATE pass over an import); every other write
    uses store.CONTACT_SEARCH_KEY: both must give the same text."""
    book.add_many([
        NewContact(" Ελένη Παπά ", "+306912345671", "σημ\nείωση", " Ελένη ", "Παπά", ("A",),
                   {"Πόλη": " Αθήνα ", "Blank": " ", "b": "Zeta"}),
        NewContact("Éloïse", "+33612345678")])
    made = [row[0] for row in book.conn.execute("SELECT search_key FROM contacts ORDER BY id")]
    book.conn.execute(f"UPDATE contacts SET search_key = {store.CONTACT_SEARCH_KEY}")
    assert made == [row[0] for row in book.conn.execute(
        "SELECT search_key FROM contacts ORDER BY id")]
    assert made[1] == "eloise\x1f\x1f\x1f\x1f"


# Greek and French as people write them: capitals with and without accents, final sigma,
# dialytika, ligatures, and a German ß among the French.
NAMES = ["ΕΛΈΝΗ ΠΑΠΑΔΟΠΟΎΛΟΥ", "Οδυσσέας Ελύτης", "Ϊάσονας Προϋπολογισμός", "ΐ ΰ ς",
         "Zoé Lefèvre", "François Œuvre-Cœur", "Ça ÿ Ñ Ï", "Straße Müller", "ÉLOÏSE"]


def test_the_search_key_in_sql_is_pythons_fold(book: AddressBook) -> None:
    """The key the database folds (on a write that is not an insert) is the one Python
    folds, on either engine: a contact is found by what was typed, whoever wrote it."""
    ids = book.add_many([NewContact(name, f"+3069{i:08d}", notes=name.upper(),
                                    fields={"Πόλη": "Αθήνα", "Ville": "Orléans"})
                         for i, name in enumerate(NAMES)])
    book.conn.execute(f"UPDATE contacts SET search_key = {store.CONTACT_SEARCH_KEY}")
    keys = [row[0] for row in book.conn.execute("SELECT search_key FROM contacts ORDER BY id")]
    assert keys == [fold(f"{name}\x1f\x1f\x1f{name.upper()}\x1fOrléans\x1fΑθήνα")
                    for name in NAMES]
    assert list(book.ordered_ids("ελενη παπαδοπουλου")) == [ids[0]]
    assert list(book.ordered_ids("ΟΔΥΣΣΈΑΣ")) == [ids[1]]
    assert list(book.ordered_ids("coeur")) == []  # a ligature is a letter of its own
    assert list(book.ordered_ids("œuvre-cœur")) == [ids[5]]
    assert list(book.ordered_ids("eloise")) == [ids[8]]
    assert list(book.ordered_ids("strasse")) == [ids[7]]
    assert len(book.ordered_ids("orleans")) == len(NAMES)
