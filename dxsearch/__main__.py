"""`python -m dxsearch`: the command line."""

import sys

from .cli import main

sys.exit(main())
