"""Bundle entry point for the command line (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from decisionaid.cli import main

    sys.exit(main())
