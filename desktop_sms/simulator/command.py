"""`desktop-sms-simulator`: run the simulated gateway on its own, e.g. for manual tests."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from desktop_sms.simulator.server import GatewaySimulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="desktop-sms-simulator", description="An easysms-compatible gateway for testing."
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--user", default="demo")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--balance", type=int, default=500)
    parser.add_argument("--sent-delay", type=float, default=1.0, help="seconds until 's'")
    parser.add_argument("--final-delay", type=float, default=4.0, help="seconds until 'd'/'f'")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each reply")
    parser.add_argument("--tls-cert", type=Path, metavar="PEM",
                        help="serve HTTPS with this certificate (chain) file")
    parser.add_argument("--tls-key", type=Path, metavar="PEM",
                        help="the private key of --tls-cert")
    args = parser.parse_args(argv)
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")
    try:
        sim = GatewaySimulator(
            users={args.user: args.password}, balance=args.balance, port=args.port,
            sent_delay=args.sent_delay, final_delay=args.final_delay, latency=args.latency,
            tls=(args.tls_cert, args.tls_key) if args.tls_cert else None,
        )
    except OSError as exc:  # also ssl.SSLError: a bad cert/key file, or the port is taken
        parser.error(f"cannot start: {exc}")
    sim.start()
    print(f"easysms simulator on {sim.url} (user {args.user!r}); Ctrl+C to stop", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0
