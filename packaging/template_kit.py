"""House style for the Word templates: A4 page, styles, header and footer, tables (python-docx)."""

import copy
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates"
FONT = "Arial"  # on every Windows and Mac; LibreOffice maps it to the metric-equal Liberation Sans
PRIMARY = "2F5D50"
TEXT = "222222"
MUTED = "6B7570"
RULE = "C9D2CE"
LABEL_FILL = "EEF3F0"
TEXT_WIDTH_MM = 165  # A4 (210) less 25 mm left and 20 mm right margins
FIXED_TIME = datetime(2025, 1, 1)


# ---------------------------------------------------------------- styles and page
def _rpr_font(style: BaseStyle, size: float, *, bold: bool = False, color: str = TEXT,
              italic: bool = False) -> None:
    """Give a style explicit font settings, dropping the theme fonts Word would prefer."""
    rpr = style.element.get_or_add_rPr()
    for child in list(rpr):
        if child.tag in (qn("w:rFonts"), qn("w:color"), qn("w:sz"), qn("w:szCs")):
            rpr.remove(child)
    style.font.name = FONT  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), FONT)
    fonts.set(qn("w:eastAsia"), FONT)
    style.font.size = Pt(size)  # type: ignore[attr-defined]
    style.font.bold = bold  # type: ignore[attr-defined]
    style.font.italic = italic  # type: ignore[attr-defined]
    style.font.color.rgb = RGBColor.from_string(color)  # type: ignore[attr-defined]


def _spacing(style: BaseStyle, before: float, after: float, line: float = 1.15,
             keep_next: bool = False) -> None:
    fmt = style.paragraph_format  # type: ignore[attr-defined]
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = line
    fmt.keep_with_next = keep_next


def _drop(parent: object, tag: str) -> None:
    for old in parent.findall(qn(tag)):  # type: ignore[attr-defined]
        parent.remove(old)  # type: ignore[attr-defined]


# Word refuses (or "repairs") parts whose children are out of the schema's order, so new
# elements go before their first successor rather than at the end.
PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                  "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                  "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                  "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                  "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                     "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                     "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _bottom_rule(ppr: Any, color: str = RULE, size: int = 6) -> None:
    _drop(ppr, "w:pBdr")
    ppr.insert_element_before(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="4" '
        f'w:color="{color}"/></w:pBdr>'), *PPR_AFTER_PBDR)


TABLE_STYLE = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="SICTable">
  <w:name w:val="SIC Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="252" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/><w:sz w:val="18"/>
    <w:szCs w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="{PRIMARY}"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="{PRIMARY}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tblPr/>
    <w:trPr><w:tblHeader/></w:trPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{PRIMARY}"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


# ---------------------------------------------------------------- languages
# The words of the template being built: None for English (the texts as written here), else the
# language's translations (packaging/template_words.py). Every text goes through `say`.
_words: dict[str, str] | None = None
_language = "en"
missing: list[str] = []
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def build_in(language: str, words: dict[str, str] | None) -> None:
    """Build the next templates in `language` with these translations (None: English as written)."""
    global _words, _language
    _words, _language = words, language
    missing.clear()


def say(text: str) -> str:
    """`text` in the language being built; a text with no words outside its placeholders stays."""
    if _words is None or not re.search(r"[A-Za-z]", _JINJA.sub("", text)):
        return text
    if text not in _words:
        missing.append(text)
        return text
    return _words[text]


def new_document(title: str) -> DocumentType:
    """An A4 document with the house styles: Arial, deep-green headings, a quiet table style."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.header_distance, section.footer_distance = Mm(11), Mm(10)
    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        styles.element.remove(defaults)
    styles.element.insert(0, parse_xml(
        f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
        '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        '</w:pPr></w:pPrDefault></w:docDefaults>'))
    _rpr_font(styles["Normal"], 10)
    _spacing(styles["Normal"], 0, 6)
    _rpr_font(styles["Title"], 22, bold=True, color=PRIMARY)
    _spacing(styles["Title"], 0, 4, 1.0)
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for old in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(old)
    _rpr_font(styles["Subtitle"], 11, color=MUTED)
    _spacing(styles["Subtitle"], 0, 2, 1.1)
    _rpr_font(styles["Heading 1"], 13, bold=True, color=PRIMARY)
    _spacing(styles["Heading 1"], 18, 6, 1.0, keep_next=True)
    _bottom_rule(styles["Heading 1"].element.get_or_add_pPr())
    _rpr_font(styles["Heading 2"], 10.5, bold=True)
    _spacing(styles["Heading 2"], 10, 3, 1.0, keep_next=True)
    for name in ("Header", "Footer"):
        _rpr_font(styles[name], 8, color=MUTED)
        _spacing(styles[name], 0, 0, 1.0)
        _drop(styles[name].element.get_or_add_pPr(), "w:tabs")  # Letter-sized tab stops
    _drop(styles["Subtitle"].element.get_or_add_rPr(), "w:spacing")
    _drop(styles["Subtitle"].element.get_or_add_pPr(), "w:numPr")
    spacer = styles.add_style("Spacer", 1)
    spacer.base_style = styles["Normal"]
    _rpr_font(spacer, 4)
    _spacing(spacer, 0, 0, 1.0)
    kicker = styles.add_style("Kicker", 1)
    kicker.base_style = styles["Normal"]
    _rpr_font(kicker, 8.5, bold=True, color=PRIMARY)
    _spacing(kicker, 0, 6, 1.0)
    kicker.element.get_or_add_rPr().insert_element_before(
        parse_xml(f'<w:spacing {nsdecls("w")} w:val="20"/>'), *RPR_AFTER_SPACING)
    cell_text = styles.add_style("Table Text", 1)
    cell_text.base_style = styles["Normal"]
    _rpr_font(cell_text, 9)
    _spacing(cell_text, 0, 0, 1.05)
    note = styles.add_style("Note", 1)
    note.base_style = styles["Normal"]
    _rpr_font(note, 8.5, italic=True, color=MUTED)
    _spacing(note, 3, 6, 1.1)
    for name in ("List Bullet", "List Number"):
        _spacing(styles[name], 0, 3)
    styles.element.append(parse_xml(TABLE_STYLE))
    props = doc.core_properties
    props.title = say(title)
    props.author = "4 per 1000 Initiative"
    props.comments = "SIC Desktop template: docxtpl placeholders; see the README on templates."
    props.created = props.modified = FIXED_TIME
    props.last_modified_by = "SIC Desktop"
    props.revision = 1
    return doc


# ---------------------------------------------------------------- header and footer
def _field(paragraph: Paragraph, code: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out pages."""
    def fld(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)
    fld("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    paragraph.add_run()._r.append(instr)
    fld("separate")
    paragraph.add_run(placeholder)
    fld("end")


def header_footer(doc: DocumentType, left: str, right: str, footer_left: str) -> None:
    """Title left and document kind with version right above a rule; page X of Y below."""
    section = doc.sections[0]
    tab_at = Mm(TEXT_WIDTH_MM)
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    header.paragraph_format.tab_stops.add_tab_stop(tab_at, WD_TAB_ALIGNMENT.RIGHT)
    header.add_run(say(left))
    header.add_run("\t" + say(right))
    _bottom_rule(header._p.get_or_add_pPr(), size=4)
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.paragraph_format.tab_stops.add_tab_stop(tab_at, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(say(footer_left) + "\t" + say("Page") + " ")
    _field(footer, "PAGE", "1")
    footer.add_run(" " + say("of") + " ")
    _field(footer, "NUMPAGES", "1")


# ---------------------------------------------------------------- blocks
def para(doc: DocumentType, text: str, style: str = "Normal") -> Paragraph:
    return doc.add_paragraph(say(text), style=style)


def tag(doc: DocumentType, jinja: str) -> Paragraph:
    """A paragraph holding only a {%p ... %} tag: docxtpl removes it, keeping what it wraps."""
    return doc.add_paragraph("{%p " + jinja + " %}")


def text_block(doc: DocumentType, variable: str, style: str = "Normal",
               empty: str = "Not provided.") -> None:
    """One paragraph per element of a list-of-paragraphs variable, or a quiet 'not provided'."""
    tag(doc, f'for text in {variable} or ["{say(empty)}"]')
    para(doc, "{{ text }}", style)
    tag(doc, "endfor")


def section_text(doc: DocumentType, heading: str, variable: str) -> None:
    doc.add_heading(say(heading), level=2)
    text_block(doc, variable)


def _shade(cell: _Cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _cell_text(cell: _Cell, text: str, *, bold: bool = False, color: str | None = None,
               align: str = "left") -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = "Table Text"
    if align == "right":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(say(text))
    run.bold = bold or None
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _keep_with_next(row: object) -> None:
    """A row that stays on the page of the row after it.

    Only the header row: keeping every row together pushes long tables to a new page and leaves
    half a page empty (LibreOffice honours it to the letter).
    """
    for cell in row.cells:  # type: ignore[attr-defined]
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _row_props(row: object, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _fix_widths(table: Table, widths: Sequence[float]) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    tbl_pr = table._tbl.tblPr  # autofit = False above already set a fixed layout
    width = tbl_pr.find(qn("w:tblW"))
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    for index, mm in enumerate(widths):
        table.columns[index].width = Mm(mm)
        for cell in table.columns[index].cells:
            cell.width = Mm(mm)


@dataclass(frozen=True)
class Column:
    title: str
    expr: str
    width: float
    align: str = "left"


def data_table(doc: DocumentType, loop: str, columns: Sequence[Column],
               totals: Sequence[str] | None = None) -> Table:
    """Header row, one repeated row per item ({%tr for %}), and an optional totals row."""
    rows = 4 + (1 if totals else 0)
    table: Table = doc.add_table(rows=rows, cols=len(columns))
    table.style = doc.styles["SIC Table"]
    for index, column in enumerate(columns):
        header = table.rows[0].cells[index]
        _cell_text(header, column.title, bold=True, color="FFFFFF", align=column.align)
        _shade(header, PRIMARY)  # also direct: older readers ignore table-style header rows
        _cell_text(table.rows[2].cells[index], "{{ " + column.expr + " }}", align=column.align)
    _row_props(table.rows[0], header=True)
    _row_props(table.rows[2])
    _keep_with_next(table.rows[0])  # never a header alone at the foot of a page
    _cell_text(table.rows[1].cells[0], "{%tr for " + loop + " %}")
    _cell_text(table.rows[3].cells[0], "{%tr endfor %}")
    if totals:
        for index, expr in enumerate(totals):
            cell = table.rows[4].cells[index]
            _cell_text(cell, expr, bold=True, align=columns[index].align)
            _shade(cell, LABEL_FILL)
        _row_props(table.rows[4])
    _fix_widths(table, [c.width for c in columns])
    doc.add_paragraph(style="Spacer")
    return table


def facts_table(doc: DocumentType, facts: Sequence[tuple[str, str]],
                widths: tuple[float, float] = (50, TEXT_WIDTH_MM - 50)) -> Table:
    """Label and value pairs: the key facts at the top of a document."""
    table: Table = doc.add_table(rows=len(facts), cols=2)
    table.style = doc.styles["SIC Table"]
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:val"), "0000")
    for row, (label, expr) in zip(table.rows, facts, strict=True):
        _cell_text(row.cells[0], label, bold=True, color=PRIMARY)
        _shade(row.cells[0], LABEL_FILL)
        _cell_text(row.cells[1], expr)
        _row_props(row)
    _fix_widths(table, widths)
    doc.add_paragraph(style="Spacer")
    return table


def save(doc: DocumentType, name: str) -> Path:
    """Save with fixed zip timestamps so a rebuild of unchanged templates changes no bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    if _language != "en":  # concept-note.docx -> concept-note.fr.docx
        name = name.removesuffix(".docx") + f".{_language}.docx"
    target = OUT / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(
            target, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, source.read(info.filename))
    return target


def first_page_without_header(doc: DocumentType) -> None:
    """A letter: no running header on page one (the letterhead is there), the same footer."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    first = section.first_page_footer.paragraphs[0]
    first._p.getparent().replace(first._p, copy.deepcopy(footer._p))


def rule_below(paragraph: Paragraph) -> None:
    """A thin line under a paragraph (the letterhead)."""
    _bottom_rule(paragraph._p.get_or_add_pPr(), color=PRIMARY, size=6)
