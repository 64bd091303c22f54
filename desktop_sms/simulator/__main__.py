from __future__ import annotations

import sys

from desktop_sms.simulator.server import main

sys.exit(main())
