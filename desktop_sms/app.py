"""Entry point: with a command it is the CLI; without one it opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop_sms import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return cli.run_command(args)
    if args.demo:
        # Until the window exists, the demo is the simulator plus the CLI against it.
        from desktop_sms.simulator.server import main as simulator_main

        print("Try, in another terminal:\n  DESKTOP_SMS_PASSWORD=demo .venv/bin/desktop-sms "
              "--gateway-url http://127.0.0.1:8765/srvauth/index --user demo "
              "send --to 306912345678 --text Hello")
        return simulator_main([])
    print("The window is not built yet; use a command (desktop-sms --help).", file=sys.stderr)
    return 2
