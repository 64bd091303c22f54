"""Compose's Campaign field: the name of a send to 2 or more recipients (a campaign,
followed as one in the Outbox), its default shown as the placeholder."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLineEdit

from desktop_sms.core.outbox.campaigns import MAX_NAME_CHARS, campaign_for, default_name
from desktop_sms.core.outbox.messages import NewCampaign
from desktop_sms.core.plan import SendPlan
from desktop_sms.ui.sizes import wide


class CampaignNameEdit(QLineEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("campaignEdit")
        self.setAccessibleName(self.tr("Campaign name"))
        self.setToolTip(self.tr("A send to several recipients is followed as one campaign "
                                "in the Outbox (By campaign); leave empty for the default"))
        self.setMaxLength(MAX_NAME_CHARS)  # never refused for its length
        self.setMaximumWidth(wide(self, 420))

    def show_for(self, plan: SendPlan) -> bool:
        """Whether the field applies to ``plan`` (2+ recipients), its placeholder the
        name the send gets if none is typed."""
        wanted = len(plan.sendable) >= 2
        if wanted:
            self.setPlaceholderText(default_name(plan.draft.text, datetime.now()))
        return wanted

    def campaign(self, plan: SendPlan) -> NewCampaign | None:
        """The campaign ``plan`` makes: a name only counts while the field is shown."""
        shown = len(plan.sendable) >= 2
        return campaign_for(self.text() if shown else "", plan.draft.text,
                            len(plan.sendable))
