"""Word documents from templates: the Secretariat's own template first, else the shipped one."""

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateError
from jinja2.exceptions import SecurityError
from lxml import etree

from sic_desktop.documents.sandbox import DocumentSandbox
from sic_desktop.errors import InputRefused
from sic_desktop.files import replacing
from sic_desktop.paths import data_dir, resources_dir
from sic_desktop.text import Text

TEMPLATES = ("concept-note", "letter-of-support", "meeting-minutes", "annual-report")


@dataclass(frozen=True)
class Image:
    """A picture for a placeholder: PNG bytes and the width it takes on the page."""

    png: bytes
    width_mm: float


def override_dir() -> Path:
    """Where a Secretariat puts its own templates (same file names as the shipped ones)."""
    return data_dir() / "templates"


def template_path(name: str, *, overrides: Path | None = None) -> Path:
    """The template used for `name`: an override when one exists, else the shipped one."""
    if name not in TEMPLATES:
        raise ValueError(f"unknown document template {name!r}")
    own = (overrides if overrides is not None else override_dir()) / f"{name}.docx"
    if own.is_file():
        return own
    return resources_dir() / "templates" / f"{name}.docx"


def environment() -> DocumentSandbox:
    """Jinja as the templates use it: sandboxed, values escaped for XML, a missing value is an error."""
    return DocumentSandbox(autoescape=True, undefined=StrictUndefined)


def render(name: str, context: Mapping[str, Any], target: Path | io.BytesIO, *,
           images: Mapping[str, Image] | None = None, overrides: Path | None = None,
           template: Path | None = None) -> None:
    """Fill the template `name` with `context` and save the .docx to `target`."""
    source = template or template_path(name, overrides=overrides)
    try:
        document = DocxTemplate(source)
        document.init_docx()
    except (OSError, zipfile.BadZipFile, KeyError, PackageNotFoundError) as exc:
        raise InputRefused(Text("the template %1 is not a Word document (.docx): %2",
                                str(source), str(exc))) from exc
    values = dict(context)
    for key, image in (images or {}).items():
        values[key] = InlineImage(document, io.BytesIO(image.png), width=Mm(image.width_mm))
    try:
        document.render(values, jinja_env=environment(), autoescape=True)
    except SecurityError as exc:
        raise InputRefused(Text("the template %1 tries to reach beyond the document's data (%2) and "
                                "was not used. `sic-desktop documents check-template` names the "
                                "placeholder.", str(source), str(exc))) from exc
    except (TemplateError, etree.XMLSyntaxError) as exc:
        # A placeholder the data lacks, a Jinja mistake, or a tag that cuts Word's XML in two.
        raise InputRefused(Text("the template %1 cannot be filled: %2. `sic-desktop documents "
                                "check-template` names what is wrong.", str(source), str(exc))) from exc
    if isinstance(target, str | Path):
        with replacing(Path(target)) as partial:
            document.save(partial)
    else:
        document.save(target)
