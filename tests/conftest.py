import os

# Tests talk plain HTTP to the test client and live servers.
os.environ.setdefault("GOYONG_SECURE", "0")
