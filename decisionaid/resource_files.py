"""Access to the packaged `resources/` folder, in a checkout and in an installed wheel.

pyproject.toml maps the top-level `resources/` folder to the `decisionaid.resources`
package, so importlib.resources finds it in editable and wheel installs alike.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources as _ir
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


def _yaml_loader():
    """libyaml's C loader (~10x faster than the pure-Python one), imported on first use so
    the app's first page does not wait for it."""
    import yaml

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def root() -> Traversable:
    """The resources folder as a Traversable."""
    return _ir.files("decisionaid.resources")


def path(*parts: str) -> Traversable:
    node = root()
    for p in parts:
        node = node.joinpath(p)
    return node


def fs_path(*parts: str) -> Path:
    """A real filesystem path (resources are always installed unzipped)."""
    return Path(str(path(*parts)))


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_data(*parts: str) -> Any:
    """Parse a YAML or JSON resource file (cached: resources are read-only)."""
    text = read_text(*parts)
    if parts[-1].endswith(".json"):
        return json.loads(text)
    yaml, loader = _yaml_loader()
    return yaml.load(text, Loader=loader)
