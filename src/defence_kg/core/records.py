"""core: the public API's results are frozen dataclasses; this is how they become JSON.

A field's JSON name is its own, or ``metadata["json"]`` (for names Python reserves, like ``from``);
``metadata["omit_none"]`` leaves an unset optional field out rather than writing ``null``;
``metadata["json"] = None`` keeps a field out of JSON altogether (a raw result object, say).
Every ``--format json`` output of the command line is ``to_json`` of the API's result.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

OMIT_NONE = {"omit_none": True}


def to_data(value: Any) -> Any:
    """Dataclasses, tuples, lists and dicts as plain JSON-ready data, in field order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            name = f.metadata.get("json", f.name)
            item = getattr(value, f.name)
            if name is None or (item is None and f.metadata.get("omit_none")):
                continue
            out[name] = to_data(item)
        return out
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def to_json(value: Any, *, indent: int = 1) -> str:
    """A result as JSON text (UTF-8 characters kept), ending in a newline."""
    return json.dumps(to_data(value), ensure_ascii=False, indent=indent) + "\n"
