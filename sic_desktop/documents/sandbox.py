"""The Jinja sandbox Word templates render in: a template is code, and templates travel by e-mail."""

import operator
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

# Longest string or list a template may build with `*`, and the largest power it may raise to.
MAX_REPEAT = 100_000
MAX_EXPONENT = 64
# The only attributes a template may read besides its data's keys: a loop's counters, a mapping's views.
LOOP_ATTRIBUTES = frozenset({"index", "index0", "revindex", "revindex0", "first", "last", "length",
                             "previtem", "nextitem", "depth", "depth0", "cycle", "changed"})
MAPPING_ATTRIBUTES = frozenset({"items", "keys", "values", "get"})


class DocumentSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, narrowed to the document's own data.

    A placeholder may read the keys of the mappings it was given (`p.country`), index lists and
    use loop counters; any other attribute - `cycler.__init__`, a string's methods, anything
    starting with `_` - raises SecurityError at once rather than rendering as blank.
    """

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        # `cycler`, `joiner`, `namespace`, `dict` and `lipsum` are objects a template could poke at.
        self.globals = {"range": self.globals["range"]}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, LoopContext):
            return attr in LOOP_ATTRIBUTES
        return isinstance(obj, Mapping) and attr in MAPPING_ATTRIBUTES

    def getattr(self, obj: Any, attribute: str) -> Any:
        # The data's own key wins over a method of the same name (`item.values` is a field).
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        if isinstance(obj, Undefined):
            return super().getattr(obj, attribute)
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            return self.undefined(obj=obj, name=attribute)
        if self.is_safe_attribute(obj, attribute, value):
            return value
        return self.unsafe_undefined(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, Mapping | Sequence) and not isinstance(obj, Undefined):
            try:
                return obj[argument]
            except (TypeError, LookupError):
                pass
        if isinstance(argument, str):
            return self.getattr(obj, argument)
        return self.undefined(obj=obj, name=argument)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        raise SecurityError(f"{attribute!r} of {type(obj).__name__} is not part of the document's data")

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"a power above {MAX_EXPONENT} is not allowed in a template")
            return operator.pow(left, right)
        result_size = _repeat_size(left, right)
        if result_size > MAX_REPEAT:
            raise SecurityError(f"a repetition longer than {MAX_REPEAT:,} is not allowed in a template")
        return operator.mul(left, right)


def _repeat_size(left: Any, right: Any) -> int:
    for seq, count in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(count, int):
            return len(seq) * count
    return 0
