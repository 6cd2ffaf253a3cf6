"""The network interfaces the live server may listen on, for the facilitator to pick."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Interface:
    """One IPv4 address of one network interface of this computer."""

    name: str  # as the system names it: "wlan0", "Wi-Fi", "en0"
    address: str

    @property
    def loopback(self) -> bool:
        """True for this computer only (127.x): phones cannot reach it."""
        return ipaddress.ip_address(self.address).is_loopback


def interfaces() -> list[Interface]:
    """The interfaces that are up, with an IPv4 address: the hall's networks first (private
    addresses such as a hotspot's), this computer only (loopback) last."""
    import psutil

    stats = psutil.net_if_stats()
    found = []
    for name, addresses in psutil.net_if_addrs().items():
        if name in stats and not stats[name].isup:
            continue
        for entry in addresses:
            if entry.family == socket.AF_INET and entry.address:
                found.append(Interface(name, entry.address))

    def order(interface: Interface) -> tuple[int, str]:
        ip = ipaddress.ip_address(interface.address)
        rank = 2 if ip.is_loopback else (0 if ip.is_private else 1)
        return rank, interface.name

    return sorted(set(found), key=order)
