"""Matching engine: pure numeric tests (no database)."""
