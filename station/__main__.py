"""`python -m station …` is the `station` console command."""

import sys

from station.cli import main

sys.exit(main())
