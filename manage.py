#!/usr/bin/env python
"""Same as the `goyong` command, for habits and IDEs."""

from goyong.cli import main

if __name__ == "__main__":
    main()
