"""The order Tab goes through each tab, chosen rather than left to the order the widgets
were made in (Compose's Templates and cheaper-form buttons are made after the first
paint, and would otherwise come after Send)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from desktop_sms.ui.compose_tab import ComposeTab
    from desktop_sms.ui.contacts_tab import ContactsTab
    from desktop_sms.ui.outbox_tab import OutboxTab


def chain(widgets: list[QWidget]) -> None:
    """Tab goes from each widget to the next (hidden or disabled ones are passed over)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _row(layout: QBoxLayout) -> list[QWidget]:
    """The widgets of a row but its labels, left to right."""
    found = (layout.itemAt(i).widget() for i in range(layout.count()))
    return [w for w in found if w is not None and not isinstance(w, QLabel)]


def compose(tab: ComposeTab) -> None:
    """Recipients → message and its tools → options → campaign and send time → Send."""
    chain([tab.recipients_edit, tab.recipient_list, tab.message_edit, *_row(tab.counter_row),
           tab.preview.combo, tab.preview.text, tab.sender_edit, tab.flash_box,
           tab.report_box, tab.campaign_edit, tab.send_at.box, tab.send_at.edit,
           tab.send_button])


def contacts(tab: ContactsTab) -> None:
    """Search → list → its buttons → the groups and theirs."""
    chain([tab.search_edit, tab.view, tab.add_button, tab.edit_button, tab.delete_button,
           tab.send_button, tab.import_button, tab.export_button, tab.group_list,
           tab.new_group_button, tab.rename_group_button, tab.delete_group_button,
           tab.join_button, tab.leave_button])


def outbox(tab: OutboxTab) -> None:
    """Search and filters → campaigns (when shown) → messages → details → buttons."""
    campaigns = tab.campaigns
    chain([tab.search_edit, tab.state_filter, campaigns.toggle, campaigns.view,
           campaigns.again_button, campaigns.unknown_button, campaigns.report_button,
           tab.view, tab.details, tab.cancel_button, tab.reschedule_button, tab.again_button,
           tab.copy_button, tab.delete_button, tab.export_button])
