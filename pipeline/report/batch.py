"""Per-packet result folders and the packet record (no Prefect here)."""

from __future__ import annotations

from pathlib import Path

from pipeline.fileio import write_atomic
from pipeline.records import Packet


def packet_dir_name(packet: Packet) -> str:
    """`<name>-<first 8 of packet id>`: readable and unique per content."""
    return f"{packet.name}-{packet.id[:8]}" if packet.id else f"{packet.name}-failed"


def write_packet(packet: Packet, out_dir: Path) -> Path:
    """Write `packet.json` (the Packet record) into the packet's result folder."""
    target = out_dir / packet_dir_name(packet)
    write_atomic(target / "packet.json", packet.model_dump_json(indent=2))
    return target
