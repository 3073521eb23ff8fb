"""Per-packet result files and batch summary rows (no Prefect here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.chain import packet_status
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


def packet_row(packet: Packet, result_dir: Path | None = None) -> dict[str, Any]:
    """One summary row: status, counts, OCR quality, time, first error."""
    pages = [p for d in packet.documents for p in d.pages]
    ocr = [p for p in pages if p.method == "ocr"]
    confs = [p.ocr_confidence for p in ocr if p.ocr_confidence is not None]
    errors = packet.all_errors()
    return {
        "source": packet.source,
        "packet": packet.name,
        "packet_id": packet.id,
        "status": packet_status(packet),
        "documents": len(packet.documents),
        "pages": len(pages),
        "ocr_pages": len(ocr),
        "mean_ocr_confidence": round(sum(confs) / len(confs), 1) if confs else None,
        "seconds": packet.seconds,
        "errors": len(errors),
        "error": f"{errors[0].file}: {errors[0].message}" if errors else "",
        "result_dir": str(result_dir) if result_dir else "",
    }


def write_summary(rows: list[dict[str, Any]], out_dir: Path) -> Path:
    path = out_dir / "batch_summary.json"
    write_atomic(path, json.dumps(rows, indent=2, ensure_ascii=False))
    return path
