"""Models (see models/__init__.py for who owns which module)."""

__all__: list[str] = []
