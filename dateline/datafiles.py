"""Reading Dateline's YAML data files."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans only: in trigger lists "on", "off", "yes" and "no" are words."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def load_yaml(text: str) -> Any:
    """Parse YAML where only true/false are booleans."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)


def read_data(path: str) -> Any:
    """A YAML file under ``dateline/data`` (``path`` relative to it)."""
    return load_yaml(resources.files("dateline").joinpath(f"data/{path}").read_text("utf-8"))
