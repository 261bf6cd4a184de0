"""Text from articles, file names and gold files, made safe to print for a person.

A corpus is often a folder someone else made: an escape sequence in an article (clearing the
screen, setting the title, writing the clipboard) or a newline in a file name (forging an output
line) must reach the terminal as visible characters, never as commands. Everything printed for a
person goes through ``plain`` (no markup) or ``shown`` (inside rich markup); ``--json`` output is
JSON-escaped already.
"""

from __future__ import annotations

import re

from rich.markup import escape

# C0 controls but tab and newline, DEL, C1 controls; and the bidirectional overrides that reorder text
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    ch = m.group()
    return {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\x1b": "\\e"}.get(ch, f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")


def plain(text: object, name: bool = False) -> str:
    """``text`` with control characters written out (``\\e[2J``); in a name, newlines and tabs too."""
    return (_CONTROL_IN_NAMES if name else _CONTROL).sub(_visible, str(text))


def shown(text: object, name: bool = False) -> str:
    """:func:`plain`, escaped for rich markup: the characters appear as they are, never as markup."""
    return escape(plain(text, name))
