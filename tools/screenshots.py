"""Take the README screenshots from the demo with realistic data.

Run under a real X server: `make screenshots` (xvfb-run). Writes docs/screenshots/*.png.
`tools/screenshots.py --languages fr el` shoots the three tabs and Settings in those
languages at the window's default size (compose-fr.png, …); the offscreen platform does.
Add `--dark` for the dark scheme (compose-fr-dark.png) or `--scale 2` for 200%
(compose-fr-200.png).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_sms.app import open_gui
from desktop_sms.args import parse
from desktop_sms.core import paths, store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.settings import Settings
from desktop_sms.core.templates import Templates
from desktop_sms.demo import SAMPLE_CONTACTS
from desktop_sms.ui.cheaper_offer import CheaperOfferDialog
from desktop_sms.ui.contact_dialog import ContactDialog
from desktop_sms.ui.cost_check import CostCheck
from desktop_sms.ui.import_report import ImportReport
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.templates_menu import TemplatesMenu
from desktop_sms.ui.welcome import WelcomeDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str) -> None:
    wait(300)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


SENDS = [
    ("Team", "Καλημέρα! Η συνάντηση μεταφέρεται στις 11:00 στο γραφείο."),
    ("Claire Dubois, Hans Müller", "Votre commande est prête 🎉 À bientôt !"),
    ("Oliver Smith", "Your delivery is scheduled for tomorrow between 9 and 12. "
     "Reply STOP to opt out. " * 3),
    ("Test failure", "This one will fail: the demo fails numbers ending in 0."),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", nargs="+", metavar="CODE",
                        help="only the tabs and Settings, in these languages")
    parser.add_argument("--dark", action="store_true", help="in the dark colour scheme")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="the screen's scale: 2 is 200%% (QT_SCALE_FACTOR)")
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = ""
    if options.dark:  # read when the application starts, as the user's would be
        os.environ["DESKTOP_SMS_COLOR_SCHEME"] = "dark"
        suffix += "-dark"
    if options.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = f"{options.scale:g}"
        suffix += f"-{options.scale * 100:.0f}"
    if options.languages:
        for code in options.languages:
            shoot_language(code, suffix)
        return 0
    with tempfile.TemporaryDirectory() as data:
        session = open_gui(parse(["--demo", "--data-dir", data]))
        assert session is not None
        window = session.window
        window.resize(1100, 720)
        compose = window.compose
        send_samples(window)
        compose.recipients_edit.setText("Team, Claire Dubois, +30 694 555 1234, 12345")
        compose.message_edit.setPlainText(
            "Γεια σας! Οι προσφορές της εβδομάδας είναι online 🛍️ — -20% σε όλα.")
        compose.recheck()
        window.tabs.setCurrentWidget(compose)
        shoot(window, "compose")
        # A pasted list goes in one per line and is checked in slices; a paste that would
        # pass the message's limit is refused whole, with the reason.
        compose.recipients_edit.clear()
        QApplication.clipboard().setText(", ".join(f"+30 694 {i:03d} {i:04d}"
                                                   for i in range(100, 1300)))
        compose.recipients_edit.paste()
        compose.message_edit.setPlainText("Η προσφορά ισχύει μέχρι την Κυριακή.")
        QApplication.clipboard().setText("Καλημέρα 🎉 " * 90_000)
        compose.message_edit.paste()
        wait(1500)
        shoot(window, "compose-hostile-paste")
        shoot_cost_check(window)  # the 1,200 pasted numbers, sent: the cost comes first
        compose.recipients_edit.setText("Team, Claire Dubois, +30 694 555 1234")
        compose.message_edit.setPlainText(
            "Γεια σας {first_name|φίλε}! Το ραντεβού σας είναι αύριο στις 10:00.")
        compose.recheck()
        shoot(window, "compose-merge")
        compose.recipients_edit.clear()
        compose.message_edit.clear()
        window.tabs.setCurrentWidget(window.contacts)
        window.contacts.view.selectRow(0)
        shoot(window, "contacts")
        shoot_import(window, Path(data))
        window.tabs.setCurrentWidget(window.outbox)
        window.outbox.view.selectRow(1)
        shoot(window, "outbox")
        window.outbox.search_edit.setText("commande")  # answered by the search thread
        wait(1500)
        window.outbox.view.selectRow(0)
        shoot(window, "outbox-search")
        window.outbox.search_edit.clear()
        dialog = window.open_settings()
        shoot(dialog, "settings")
        dialog.reject()
        contact = ContactDialog(window, "GR")
        contact.name_edit.setText("Anna Nikolaou")
        contact.number_edit.setText("694 555 12")
        contact.show()
        shoot(contact, "contact-dialog")
        contact.reject()
        welcome = WelcomeDialog()
        welcome.show()
        shoot(welcome, "welcome")
        welcome.reject()
        shoot_cheaper_offer(window)
        shoot_lists(window)
        shoot_campaign(window)
        session.close()
    shoot_failed_open()
    return 0


def send_samples(window: MainWindow) -> None:
    compose = window.compose
    for recipients, text in SENDS:
        compose.recipients_edit.setText(recipients)
        compose.message_edit.setPlainText(text)
        compose.recheck()
        compose.send_button.click()
        wait(400)
    wait(7000)  # statuses arrive: sent, then delivered or failed


def shoot_campaign(window: MainWindow) -> None:
    """A campaign of 400 while it sends (paced, so that it is caught running: the panel's
    count, rate and time left), a message scheduled for tomorrow in Compose, then the
    Outbox grouped by campaign with the finished one's counts, rate and cost: its report."""
    compose = window.compose
    window.settings.max_per_minute = 600  # 10 a second: 40 s for the campaign
    compose.recipients_edit.setText(", ".join(f"+30 694 {i:03d} {i:04d}"
                                              for i in range(100, 500)))
    compose.message_edit.setPlainText("Γεια σας! -20% σε όλα μέχρι την Κυριακή 🛍️")
    compose.recheck()
    wait(1500)
    compose.campaign_edit.setText("Προσφορά Νοεμβρίου")
    compose.send_button.click()
    wait(1500)
    check = window.findChild(CostCheck)  # shot on its own in cost-check.png: send
    assert check is not None
    check.over.setChecked(True)  # the demo's 500 credits are less: sent anyway
    check.send_button.click()
    window.tabs.setCurrentWidget(window.outbox)
    wait(6000)
    shoot(window, "campaign-running")
    window.settings.max_per_minute = 0
    window.session.pause()  # the pace is read at each drain: go on at full speed
    wait(1500)
    window.session.resume()
    compose.recipients_edit.setText("Team")
    compose.message_edit.setPlainText("Υπενθύμιση: αύριο στις 10:00 η απογραφή.")
    compose.send_at.box.setChecked(True)
    compose.recheck()
    window.tabs.setCurrentWidget(compose)
    shoot(window, "compose-send-at")
    compose.send_button.click()
    wait(9000)  # the campaign's statuses arrive: sent, then delivered or failed
    window.tabs.setCurrentWidget(window.outbox)
    window.outbox.campaigns.toggle.setChecked(True)
    wait(1500)
    window.outbox.campaigns.view.selectRow(0)
    shoot(window, "campaign-report")
    window.outbox.campaigns.toggle.setChecked(False)


def shoot_language(code: str, suffix: str = "") -> None:
    """The three tabs and Settings as a user of ``code`` sees them (README: Languages);
    ``suffix`` ends each file's name ('-dark', '-200')."""
    with tempfile.TemporaryDirectory() as data:
        Settings(language=code).save(paths.data_dir(data, demo=True))
        session = open_gui(parse(["--demo", "--data-dir", data]))
        assert session is not None
        window = session.window  # at its default size: what clips there is what we fix
        send_samples(window)
        compose = window.compose
        compose.recipients_edit.setText("Team, Claire Dubois, +30 694 555 1234, 12345")
        compose.message_edit.setPlainText(
            "Γεια σας {first_name|φίλε}! Οι προσφορές της εβδομάδας είναι online 🛍️ — -20%.")
        compose.recheck()
        window.tabs.setCurrentWidget(compose)
        shoot(window, f"compose-{code}{suffix}")
        compose.recipients_edit.clear()
        compose.message_edit.clear()
        window.tabs.setCurrentWidget(window.contacts)
        window.contacts.view.selectRow(0)
        shoot(window, f"contacts-{code}{suffix}")
        window.tabs.setCurrentWidget(window.outbox)
        window.outbox.view.selectRow(1)
        shoot(window, f"outbox-{code}{suffix}")
        dialog = window.open_settings()
        shoot(dialog, f"settings-{code}{suffix}")
        dialog.reject()
        session.close()


def shoot_cost_check(window: MainWindow) -> None:
    """Send to the long pasted list: the cost check, with the balance fetched now (the
    demo's is smaller than the cost, so it asks for an explicit yes)."""
    compose = window.compose
    compose.message_edit.setPlainText("Η προσφορά ισχύει μέχρι την Κυριακή.")
    compose.recheck()
    wait(1500)
    compose.send()
    wait(1500)
    dialog = window.findChild(CostCheck)
    assert dialog is not None
    shoot(dialog, "cost-check")
    dialog.reject()


def shoot_cheaper_offer(window: MainWindow) -> None:
    offer = CheaperOfferDialog(window, (
        "Καλημέρα! Το ραντεβού σας στο «Ιατρείο Υγεία» είναι αύριο, 10:30–11:00. Για αλλαγή "
        "καλέστε 2101234567 ή απαντήστε ΟΧΙ… Ευχαριστούμε! Καλή σας μέρα."), 1200)
    offer.show()
    shoot(offer, "cheaper-offer")
    offer.reject()


def shoot_lists(window: MainWindow) -> None:
    """Compose's templates menu, open (a popup: grabbed from the screen), and the opt-out
    list. The button sits under the message here; where Compose puts it is Compose's."""
    with store.connect(store.database_path(window.folder)) as conn:
        templates = Templates(conn)
        templates.save("Ραντεβού", "Καλημέρα {first_name}! Το ραντεβού σας είναι αύριο "
                       "στις {time}. Για αλλαγή απαντήστε ΟΧΙ.")
        templates.save("Offer", "Hi {first_name|there}, -20% on everything this weekend!")
        templates.save("Προσφορά", "Γεια σας {first_name|φίλε}! -20% σε όλα μέχρι την Κυριακή.")
        opt_outs = OptOutList(conn)
        opt_outs.add(["+306977654321"], "replied STOP")
        opt_outs.add(["+447911123456", "+33698765432"], "Unsubscribe list May.csv")
        opt_outs.add(["+306944555123"], "απάντησε ΣΤΟΠ")
    conn.close()
    compose = window.compose
    window.tabs.setCurrentWidget(compose)
    compose.recipients_edit.setText("Team")
    compose.message_edit.setPlainText("Hi {first_name|there}, -20% on everything this weekend!")
    compose.recheck()
    button = compose.findChild(TemplatesMenu)  # beside the counter
    assert button is not None
    wait(300)
    button.menu().popup(button.mapToGlobal(QPoint(0, button.height())))
    wait(500)
    screen = QApplication.primaryScreen().grabWindow(0)
    area = window.frameGeometry().united(button.menu().geometry())
    path = OUT / "templates-menu.png"
    screen.copy(area).save(str(path))
    print(f"wrote {path}")
    button.menu().hide()
    dialog = window.open_opt_outs()
    wait(800)  # read on the worker
    dialog.view.selectRow(1)
    dialog.number_edit.setText("694 555 12")
    shoot(dialog, "optout-dialog")
    dialog.close()


SAMPLE_SHEET = (  # as Excel saves a Greek shop's customer list: Windows-1253, semicolons
    "Όνομα;Επώνυμο;Κινητό;Ομάδα;Πόλη;Σημειώσεις\r\n"
    "Γιάννης;Παπαδόπουλος;6912345678;Πελάτες;Αθήνα;Πληρώνει μετρητοίς\r\n"
    "Ευτυχία;Μαϊστρέλη;+30 697 123 4567;Πελάτες;Θεσσαλονίκη;\r\n"
    "Σπύρος;Ρήγας;0030 694 555 1234;Προμηθευτές;Βόλος;«Καλός» πελάτης\r\n"
    "Αλέξανδρος;Οικονόμου;2101234567;;Πειραιάς;σταθερό\r\n"
    "Ζωή;Κωνσταντίνου;69123;Πελάτες;Πάτρα;\r\n"
    "Νίκος;Γεωργίου;6944123456;Πελάτες;Λάρισα;\r\n"
    "Μαρία;Παππά;6912345678;Πελάτες;Αθήνα;ίδιος αριθμός\r\n"
)


def shoot_import(window: MainWindow, folder: Path) -> None:
    """The import's preview of a Greek Excel sheet, then its report."""
    sheet = folder / "πελάτες.csv"
    sheet.write_bytes(SAMPLE_SHEET.encode("cp1253"))
    dialog = window.contacts.import_file(sheet)
    wait(2000)  # read and checked on the worker
    shoot(dialog, "import-preview")
    dialog.import_button.click()
    wait(1500)
    report = window.findChild(ImportReport)
    assert report is not None
    shoot(report, "import-report")
    report.close()


def shoot_failed_open() -> None:
    """The window whose database another program holds locked: it says so, with Retry."""
    with tempfile.TemporaryDirectory() as data:
        folder = paths.location(data, demo=True)
        folder.mkdir()
        path = store.database_path(folder)
        with store.connect(path) as conn:  # the demo's contacts: start-up writes none
            for name, number, *_rest in SAMPLE_CONTACTS:
                AddressBook(conn).add(name, number)
        conn.close()
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        store.BUSY_TIMEOUT_SECONDS = 0.5  # not the usual 10 s wait before it gives up
        session = open_gui(parse(["--demo", "--data-dir", data]))
        assert session is not None
        window = session.window
        window.resize(1100, 720)
        wait(3000)
        if window.problems.box is not None:  # the status bar is what this shot shows
            window.problems.box.accept()
        shoot(window, "failed-open-retry")
        other.rollback()
        other.close()
        session.close()


if __name__ == "__main__":
    sys.exit(main())
