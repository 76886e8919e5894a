"""Bundle entry point for the window (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # must run first: export renders in a spawned child
    from ui.app import main

    sys.exit(main())
