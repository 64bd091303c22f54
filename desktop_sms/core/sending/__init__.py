"""Sending: the engine that sends queued messages (engine.py, paced by pacing.py), for the
window and the command line alike, and the schedule that queues them (schedule.py)."""
