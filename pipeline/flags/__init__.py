"""The flag and assess stages: lexicons in context, rules, consistency checks and a model."""

from pipeline.flags.engine import assess_packet, flag_packet

__all__ = ["assess_packet", "flag_packet"]
