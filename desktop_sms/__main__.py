from __future__ import annotations

import sys

from desktop_sms.app import main

sys.exit(main())
