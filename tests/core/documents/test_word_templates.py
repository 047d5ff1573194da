"""The shipped Word templates: what the build script makes, complete, A4, filled correctly."""

import runpy
import zipfile
from pathlib import Path

import pytest
from docx import Document

from sic_desktop.documents import samples, word
from sic_desktop.documents.template_check import check_template
from sic_desktop.errors import InputRefused

from .conftest import TEMPLATES, RenderSample

BUILD_SCRIPT = TEMPLATES.parents[1] / "packaging" / "make_templates.py"


@pytest.mark.parametrize("name", word.TEMPLATES)
def test_shipped_template_uses_only_what_the_data_provides(name: str) -> None:
    assert check_template(TEMPLATES / f"{name}.docx", samples.all_contexts()[name]) == []


def test_build_script_reproduces_the_shipped_templates(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = runpy.run_path(str(BUILD_SCRIPT))
    monkeypatch.setitem(namespace["save"].__globals__, "OUT", tmp_path)  # template_kit's OUT
    for built in namespace["build_all"]():
        shipped = TEMPLATES / built.name
        assert built.parent == tmp_path
        with zipfile.ZipFile(built) as new, zipfile.ZipFile(shipped) as old:
            assert new.namelist() == old.namelist()
            for part in new.namelist():
                assert new.read(part) == old.read(part), f"{built.name}: {part} differs"


@pytest.mark.parametrize("name", word.TEMPLATES)
def test_rendered_document_is_a4_with_header_footer_and_page_numbers(
        name: str, tmp_path: Path, render_sample: RenderSample) -> None:
    document = Document(str(render_sample(name, tmp_path)))
    section = document.sections[0]
    width, height, left = section.page_width, section.page_height, section.left_margin
    assert width is not None and height is not None and left is not None
    assert (round(width.mm), round(height.mm), round(left.mm)) == (210, 297, 25)
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    body = document.element.xml
    assert "{{" not in body and "{%" not in body
    assert "{{" not in section.header._element.xml


def test_concept_note_holds_every_part(tmp_path: Path, render_sample: RenderSample) -> None:
    document = Document(str(render_sample("concept-note", tmp_path)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Restoring soil carbon in Sahelian agropastoral landscapes" in text
    assert "Version 3 · Validated · 14 March 2025" in text
    assert "Rainfall is erratic" in text  # the second paragraph of a long text
    assert "Amount requested: 2,400,000 EUR. Co-financing covers 13% of the total budget." in text
    header = document.sections[0].header.paragraphs[0].text
    assert header == ("Restoring soil carbon in Sahelian agropastoral landscapes\t"
                      "Concept note · version 3")
    tables = {t.rows[0].cells[0].text: t for t in document.tables}
    partners = tables["Organisation"]
    assert [c.text for c in partners.rows[3].cells] == [
        "CIRAD", "France", "Associate", "MRV methods and laboratory analyses"]
    budget = tables["Category"]
    assert [c.text for c in budget.rows[-1].cells] == [
        "Total", "", "2,400,000", "150,000", "200,000", "2,750,000"]
    assert len(tables["Activity"].rows) == 4 and len(tables["Indicator"].rows) == 4
    facts = tables["Task force"]
    assert facts.rows[-1].cells[1].text == "2,750,000 EUR (co-financing 13%)"
    soil = tables["SOC change"]
    assert soil.rows[2].cells[1].text == "8,750 t C/yr (32,083 t CO₂e/yr)"


def test_empty_parts_say_so_instead_of_an_empty_table(tmp_path: Path) -> None:
    context = samples.all_contexts()["concept-note"]
    for part in ("partners", "work_plan", "indicators", "budget", "risks"):
        context[part] = []
    context["acronym"] = ""
    target = tmp_path / "empty.docx"
    word.render("concept-note", context, target, template=TEMPLATES / "concept-note.docx")
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    for sentence in ("No partners are listed yet.", "No work plan is given yet.",
                     "No indicators are defined yet.", "No budget is given yet.",
                     "Not provided."):
        assert sentence in text
    assert "SAHEL-SOC" not in text


def test_text_with_markup_characters_is_escaped(tmp_path: Path) -> None:
    context = samples.all_contexts()["letter-of-support"]
    context["title"] = "Soils & <climate> \"now\""
    target = tmp_path / "letter.docx"
    word.render("letter-of-support", context, target, template=TEMPLATES / "letter-of-support.docx")
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Letter of support: Soils & <climate> \"now\" (SAHEL-SOC)" in text


def test_secretariat_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    document = Document()
    document.add_paragraph("OUR LETTERHEAD {{ reference }}")
    document.save(str(own / "letter-of-support.docx"))
    assert word.template_path("letter-of-support", overrides=own) == own / "letter-of-support.docx"
    assert word.template_path("meeting-minutes", overrides=own).parent.name == "templates"
    target = tmp_path / "letter.docx"
    word.render("letter-of-support", samples.all_contexts()["letter-of-support"], target,
                overrides=own)
    assert Document(str(target)).paragraphs[0].text == "OUR LETTERHEAD LoS-2025-007"


def test_a_template_asking_for_unknown_data_is_refused(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("{{ no_such_value }}")
    document.save(str(tmp_path / "bad.docx"))
    with pytest.raises(InputRefused, match="cannot be filled"):
        word.render("letter-of-support", {}, tmp_path / "out.docx",
                    template=tmp_path / "bad.docx")


def test_a_template_that_is_no_word_document_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "meeting-minutes.docx").write_text("not a document")
    with pytest.raises(InputRefused, match="is not a Word document"):
        word.render("meeting-minutes", samples.all_contexts()["meeting-minutes"],
                    tmp_path / "out.docx", overrides=own)
    problems = check_template(own / "meeting-minutes.docx", {})
    assert [p.kind for p in problems] == ["syntax"]
