"""2,000 sequential send_sms calls: GatewayClient vs a bare requests.Session, same simulator.

Run: .venv/bin/python -m bench.gateway_throughput
"""

from __future__ import annotations

import time

import requests

from bench.simproc import simulator_process
from desktop_sms.gateway.client import GatewayClient

N = 2000
NUMBER, TEXT = "306912345678", "Benchmark message"


def client_rate(url: str) -> float:
    with GatewayClient(url, "demo", "demo") as client:
        client.get_balance()  # open the keep-alive connection outside the timing
        start = time.perf_counter()
        for _ in range(N):
            client.send_sms(NUMBER, TEXT)
        return N / (time.perf_counter() - start)


def bare_rate(url: str) -> float:
    params = {"cmd": "easysms", "action": "send_sms", "text": TEXT, "mobile_number": NUMBER}
    with requests.Session() as session:
        session.auth = ("demo", "demo")
        session.trust_env = False  # as GatewayClient does: a fair comparison
        session.get(url, params={"cmd": "easysms", "action": "get_balance"}).close()
        start = time.perf_counter()
        for _ in range(N):
            response = session.get(url, params=params, timeout=30)
            assert response.content.startswith(b"1|")
        return N / (time.perf_counter() - start)


def main() -> None:
    with simulator_process() as url:
        bare_rate(url)  # warm-up
        client = (client_rate(url) + client_rate(url)) / 2
        bare = (bare_rate(url) + bare_rate(url)) / 2
    print(f"GatewayClient.send_sms : {client:8.0f} messages/s ({N} sequential, mean of 2 runs)")
    print(f"bare requests.Session  : {bare:8.0f} requests/s")
    print(f"ratio client/bare      : {client / bare:8.2f}   (target >= 0.8)")
    print(f"simulator sustained    : {max(client, bare):8.0f} requests/s (target >= 1000)")


if __name__ == "__main__":
    main()
