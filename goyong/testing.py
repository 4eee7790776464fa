"""A pytest plugin loaded with `-p goyong.testing` (pyproject), before Django's settings are
read: the test suite talks plain HTTP to the test client and to live servers, so the HTTPS-only
settings (redirect, secure cookies) are off unless a test asks for them."""

import os

os.environ.setdefault("GOYONG_SECURE", "0")
