"""Check a Word template: placeholders the data does not provide, and placeholders Word split."""

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from docxtpl import DocxTemplate
from jinja2 import ChainableUndefined, TemplateError
from jinja2.exceptions import SecurityError
from jinja2.lexer import TOKEN_NAME, TOKEN_STRING
from lxml import etree

from sic_desktop.documents.sandbox import DocumentSandbox

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
OPENERS = re.compile(r"\{[{%#]")
PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes)\.xml")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a template, said so a Secretariat can fix it in Word."""

    kind: Literal["missing", "split", "unclosed", "syntax", "unsafe"]
    placeholder: str
    where: str

    def __str__(self) -> str:
        if self.kind == "missing":
            return f"{self.where}: {self.placeholder} is not provided by the data"
        if self.kind == "split":
            return (f"{self.where}: {self.placeholder} is split across formatting runs; "
                    "retype it in one go (or clear its formatting) in Word")
        if self.kind == "unsafe":
            return (f"{self.where}: {self.placeholder} reaches beyond the document's data - a "
                    "template may only read its placeholders' values; do not use this template")
        if self.kind == "unclosed":
            return f"{self.where}: {self.placeholder!r} opens a placeholder that never closes"
        return f"{self.where}: {self.placeholder}"


def check_template(template: Path, context: Mapping[str, Any]) -> list[Problem]:
    """Every problem found: split placeholders in the raw XML, then names the data lacks."""
    if not zipfile.is_zipfile(template):
        return [Problem("syntax", "this is not a Word document (.docx)", template.name)]
    problems = split_placeholders(template)
    unsafe = unsafe_placeholders(template)
    problems += unsafe
    problems += missing_placeholders(template, context, unsafe_found=bool(unsafe))
    return problems


def split_placeholders(template: Path) -> list[Problem]:
    """Placeholders whose text Word spread over several runs (the XML, not what Word shows)."""
    problems: list[Problem] = []
    with zipfile.ZipFile(template) as archive:
        names = sorted(n for n in archive.namelist() if PARTS.fullmatch(n))
        for name in names:
            root = etree.fromstring(archive.read(name))
            part = name.removeprefix("word/").removesuffix(".xml")
            for number, paragraph in enumerate(root.iter(f"{W}p"), start=1):
                problems += _check_paragraph(paragraph, f"{part}, paragraph {number}")
    return problems


def unsafe_placeholders(template: Path) -> list[Problem]:
    """Placeholders naming something private (`__globals__`, `_x`): an attempt to escape the data."""
    problems: list[Problem] = []
    lexer = DocumentSandbox()
    with zipfile.ZipFile(template) as archive:
        for name in sorted(n for n in archive.namelist() if PARTS.fullmatch(n)):
            root = etree.fromstring(archive.read(name))
            part = name.removeprefix("word/").removesuffix(".xml")
            for number, paragraph in enumerate(root.iter(f"{W}p"), start=1):
                text = "".join(node.text or "" for node in paragraph.iter(f"{W}t"))
                for match in TAG.finditer(text):
                    if _reaches_private(lexer, match.group(0)):
                        problems.append(Problem("unsafe", match.group(0), f"{part}, paragraph {number}"))
    return problems


def _reaches_private(lexer: DocumentSandbox, tag: str) -> bool:
    try:
        tokens = list(lexer.lex(tag))
    except TemplateError:
        return False  # a syntax error is reported by the other passes
    return any(kind in (TOKEN_NAME, TOKEN_STRING) and (value.startswith("_") or "__" in value)
               for _, kind, value in tokens)


def _check_paragraph(paragraph: Any, where: str) -> list[Problem]:
    spans: list[tuple[int, int]] = []
    text = ""
    for node in paragraph.iter(f"{W}t"):
        piece = node.text or ""
        spans.append((len(text), len(text) + len(piece)))
        text += piece
    if "{" not in text:
        return []
    problems: list[Problem] = []
    covered = 0
    for match in TAG.finditer(text):
        start, end = match.span()
        if not any(a <= start and end <= b for a, b in spans):
            problems.append(Problem("split", match.group(0), where))
        covered = end
    leftover = OPENERS.search(text, covered)
    if leftover:
        problems.append(Problem("unclosed", text[leftover.start():leftover.start() + 30], where))
    return problems


def missing_placeholders(template: Path, context: Mapping[str, Any], *,
                         unsafe_found: bool = False) -> list[Problem]:
    """Names used by the template that the context lacks (statically, and while rendering).

    The render is sandboxed; a reach beyond the data the static pass missed (a name built at
    run time) is reported as unsafe here.
    """
    where = template.name
    document = DocxTemplate(template)
    try:
        unknown = document.get_undeclared_template_variables(context=dict(context))
    except TemplateError as exc:
        return [Problem("syntax", f"the placeholders cannot be read: {exc}", where)]
    problems = [Problem("missing", f"{{{{ {name} }}}}", where) for name in sorted(unknown)]
    seen = {p.placeholder for p in problems}
    missing, refused = _render_recording(document, context)
    if refused and not unsafe_found:
        problems.append(Problem("unsafe", f"a placeholder ({refused})", where))
    for path in missing:
        placeholder = f"{{{{ {path} }}}}"
        if placeholder not in seen:
            seen.add(placeholder)
            problems.append(Problem("missing", placeholder, where))
    return problems


def _render_recording(document: DocxTemplate, context: Mapping[str, Any]) -> tuple[list[str], str]:
    """Render in memory, recording every lookup that finds nothing (e.g. `p.country`).

    Also returns why the sandbox stopped the render, if it did ("" otherwise).
    """
    owners = _paths(context)
    missing: list[str] = []

    class Recording(ChainableUndefined):
        def __init__(self, hint: str | None = None, obj: Any = None, name: str | None = None,
                     exc: Any = None) -> None:
            super().__init__(hint, obj, name, exc)
            if name is not None and not isinstance(obj, Recording):
                owner = owners.get(id(obj)) if obj is not None else None
                missing.append(f"{owner}.{name}" if owner else name)

    env = DocumentSandbox(autoescape=True, undefined=Recording)
    refused = ""
    try:
        document.render(dict(context), jinja_env=env, autoescape=True)
        document.save(io.BytesIO())
    except SecurityError as exc:
        refused = str(exc)
    except TemplateError:
        pass  # reported by the static pass
    return list(dict.fromkeys(m for m in missing if m.split(".")[0] not in context
                              or "." in m)), refused


def _paths(context: Mapping[str, Any]) -> dict[int, str]:
    """Where each nested mapping sits in the context, by identity: `soil`, `partners[]`."""
    found: dict[int, str] = {}

    def walk(value: Any, path: str) -> None:
        if isinstance(value, Mapping):
            found[id(value)] = path
            for key, inner in value.items():
                walk(inner, f"{path}.{key}")
        elif isinstance(value, list):
            for item in value:
                walk(item, f"{path}[]")

    for key, value in context.items():
        walk(value, key)
    return found
