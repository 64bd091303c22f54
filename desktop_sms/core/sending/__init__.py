"""Sending what is queued: the engine (engine.py) that the window and the command line
share, and its pacing (pacing.py)."""
