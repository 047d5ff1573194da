"""The template check names split placeholders (in the raw XML) and data the template lacks."""

from pathlib import Path

from docx import Document

from sic_desktop.documents import samples
from sic_desktop.documents.template_check import check_template, split_placeholders


def make(tmp_path: Path, *paragraphs: list[str]) -> Path:
    """A .docx whose paragraphs are made of the given runs (as Word saves edited text)."""
    document = Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text in runs:
            paragraph.add_run(text)
    path = tmp_path / "template.docx"
    document.save(str(path))
    return path


def test_a_placeholder_split_across_runs_is_named(tmp_path: Path) -> None:
    path = make(tmp_path, ["Dear ", "{{ addressee.name }}", ","],
                ["Title: {{ ti", "tle }} and {%p if ", "notes %}"])
    problems = split_placeholders(path)
    assert [(p.kind, p.placeholder, p.where) for p in problems] == [
        ("split", "{{ title }}", "document, paragraph 2"),
        ("split", "{%p if notes %}", "document, paragraph 2"),
    ]
    assert "retype it" in str(problems[0])


def test_an_unclosed_placeholder_is_named(tmp_path: Path) -> None:
    problems = split_placeholders(make(tmp_path, ["Hello {{ name"]))
    assert [(p.kind, p.placeholder) for p in problems] == [("unclosed", "{{ name")]


def test_placeholders_the_data_lacks_are_named_top_level_and_nested(tmp_path: Path) -> None:
    path = make(tmp_path, ["{{ title }} {{ colour }}"],
                ["{%p for p in partners %}"], ["{{ p.organisation }} {{ p.website }}"],
                ["{%p endfor %}"], ["{{ soil.area }} {{ soil.depth }}"])
    context = samples.all_contexts()["concept-note"]
    found = sorted(str(p) for p in check_template(path, context))
    assert found == [
        "template.docx: {{ colour }} is not provided by the data",
        "template.docx: {{ partners[].website }} is not provided by the data",
        "template.docx: {{ soil.depth }} is not provided by the data",
    ]


def test_a_syntax_error_is_reported_not_raised(tmp_path: Path) -> None:
    problems = check_template(make(tmp_path, ["{% if %}"]), {})
    assert [p.kind for p in problems] == ["syntax"]


def test_headers_and_footers_are_checked_too(tmp_path: Path) -> None:
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run("{{ ver")
    header.add_run("sion }}")
    path = tmp_path / "t.docx"
    document.save(str(path))
    problems = split_placeholders(path)
    assert [(p.placeholder, p.where) for p in problems] == [("{{ version }}", "header1, paragraph 1")]
