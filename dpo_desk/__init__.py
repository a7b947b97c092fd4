"""DPO Desk: the offline desk of a Vietnamese company's data protection officer."""

__version__ = "0.5.0"
