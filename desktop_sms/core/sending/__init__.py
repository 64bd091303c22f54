"""Sending: the engine that sends queued messages, and the schedule that queues them."""
