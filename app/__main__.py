"""`python -m app`: the `rapport` command, or the render worker when started as one."""

import sys

from app.rendering.child import serve_if_asked

if __name__ == "__main__":
    serve_if_asked()
    from app.cli import main

    sys.exit(main())
