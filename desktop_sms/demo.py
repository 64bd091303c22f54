"""The demo: the built-in simulator, a separate data folder and a few sample contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.settings import Settings

if TYPE_CHECKING:
    from desktop_sms.simulator import GatewaySimulator

DEMO_USER = DEMO_PASSWORD = "demo"

SAMPLE_CONTACTS = [
    ("Eleni Papadopoulou", "+306912345671", "Team", "Athens office"),
    ("Nikos Georgiou", "+306944123456", "Team", ""),
    ("Maria Konstantinou", "+306977654321", "Customers", "Prefers SMS after 10:00"),
    ("Claire Dubois", "+33612345678", "Customers", "Lyon"),
    ("Hans Müller", "+4915123456789", "Customers", ""),
    ("Oliver Smith", "+447911123456", "Suppliers", "Night shift"),
    ("Test failure", "+306912345670", "", "Numbers ending in 0 fail in the demo"),
]


def prepare(settings: Settings, book: AddressBook) -> None:
    settings.username = DEMO_USER
    if not settings.default_sender:
        settings.default_sender = "DemoShop"
    if not book.search():
        for name, number, group, notes in SAMPLE_CONTACTS:
            book.add(name, number, notes=notes, groups=(group,) if group else ())


class DemoGateway:
    """The simulator behind the demo, started once the window is on screen."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.simulator: GatewaySimulator | None = None

    def start(self) -> None:
        from desktop_sms.simulator import GatewaySimulator

        if self.simulator is None:
            # Delays long enough to watch a message go queued → sent → delivered.
            self.simulator = GatewaySimulator(
                users={DEMO_USER: DEMO_PASSWORD}, balance=500, sent_delay=1.0, final_delay=3.0
            ).start()
            self.settings.gateway_url = self.simulator.url

    def stop(self) -> None:
        if self.simulator is not None:
            self.simulator.stop()
            self.simulator = None
