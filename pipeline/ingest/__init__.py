"""Ingest: packets (folder, zip or single file) into `Packet` records with their originals kept.

`discover.discover_packets`, `packet.ingest_packet`, `media.detect_media_type`,
`manifest.parse_manifest`, `archive.unpack_zip`, `mail.parse_eml`.
"""
