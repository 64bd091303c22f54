"""The bundle's entry point (PyInstaller needs a script, not a module)."""

from __future__ import annotations

import sys

from desktop_sms.app import main

if __name__ == "__main__":
    sys.exit(main())
