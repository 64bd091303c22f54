"""The domain: messages, contacts and the outbox. Plain Python and sqlite3."""
