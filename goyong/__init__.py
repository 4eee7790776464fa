"""Goyong (고용): platform of the Regional Employment Rate 70% Task Force."""

__version__ = "0.1.0"
