from __future__ import annotations

import sys

from desktop_sms.simulator.command import main

sys.exit(main())
