"""First start: use a real account, or try the demo."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    ACCOUNT, DEMO = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to desktop-sms"))
        intro = QLabel(self.tr(
            "<h2>Welcome</h2><p>desktop-sms sends SMS through your <b>easysms</b> account, "
            "keeps your contacts, and follows every message until it is delivered.</p>"))
        intro.setWordWrap(True)
        account = QPushButton(self.tr("&Enter my easysms account…"))
        account.setObjectName("accountButton")
        demo = QPushButton(self.tr("Try the &demo (no account needed)"))
        demo.setObjectName("demoButton")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(account)
        layout.addWidget(demo)
        account.clicked.connect(lambda: self.done(self.ACCOUNT))
        demo.clicked.connect(lambda: self.done(self.DEMO))
        account.setDefault(True)
        self.resize(440, self.sizeHint().height())
