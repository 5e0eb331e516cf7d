"""Werkzorg: see what dividing paid work and care means for a Dutch household."""

__version__ = "0.1.0"
