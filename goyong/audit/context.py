from contextvars import ContextVar

# The address of the request being served, if any (CLI and tasks have none).
client_ip: ContextVar[str | None] = ContextVar("client_ip", default=None)
