"""The outbox: the send pipeline (pipeline.py), status replies (statuses.py), read-only
history queries (history.py) and the message records they share (messages.py)."""
