"""Step 8's overlaps: pairs of concept notes from different task forces that are about the same thing.

Each note becomes weighted words (TF-IDF over the words of its title, objectives and activities) plus
sets of countries, partner organisations and its acronym. A pair's score (0-1) is a
weighted mean of how alike those are; each part that is alike gives a reason in words.
Pure Python: 500 notes take a fraction of a second, no numeric library needed.
"""

import math
import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import ConceptNote, ConceptNotePartner, Organisation, TaskForce
from sic_desktop.text import Text

THRESHOLD = 0.35
WEIGHTS = {"text": 0.45, "title": 0.2, "partners": 0.15, "countries": 0.1, "acronym": 0.1}
# Below these a part is too weakly alike to be named as a reason.
REASON_AT = {"text": 0.3, "title": 0.3, "partners": 0.2, "countries": 0.3}
STOP_TEXT = (
    "an and are as at be by for from in into is it its of on or our over the their this to with "
    "will we via per through towards toward using use new project projects "
    "de des du la le les et en pour par sur un une dans au aux "
    "el los las para por con del una")
STOPWORDS = frozenset(STOP_TEXT.split())
# Single letters and digits say nothing; dropping them with the stop words keeps tokenising in C.
STOPWORDS = STOPWORDS | frozenset(string.ascii_lowercase + string.digits)
STOP_TERMS = frozenset(word.encode() for word in STOPWORDS)
PUNCTUATION = str.maketrans(dict.fromkeys(string.punctuation + "\u2019\u2018\u201c\u201d\u2013\u2014", " "))
ASCII_PUNCTUATION = bytes.maketrans(string.punctuation.encode(), b" " * len(string.punctuation))
COUNTRY_SEPARATORS = re.compile(r"[,;/\n]")
MARKS = re.compile(r"[\u0300-\u036f]")
SHOWN_TERMS = 5
ALL_PAIRS_UP_TO = 100


@dataclass(slots=True)
class Words:
    """A note's words as read from its text, kept while the text stays the same (see _tokens)."""

    text: str
    listed: list[bytes]
    vocabulary: set[bytes]  # without the stop words
    counts: Counter[bytes] | None = None  # counted when the note is first weighed

    def counted(self) -> Counter[bytes]:
        if self.counts is None:
            self.counts = Counter(self.listed)
        return self.counts


# Each note's words by its id, from the last run: opening the overlaps again after an edit reads only
# the changed notes' words anew (tokenising is most of the work; the text is compared whole, in C).
_TOKENS: dict[str, Words] = {}


def forget_words() -> None:
    """Drop every note's kept words, as on the first look after the program starts."""
    _TOKENS.clear()


@dataclass(slots=True)
class NoteFeatures:
    """What is compared of one concept note."""

    id: str
    task_force_id: str
    title: str
    words: Words  # of the title, objectives and activities
    vocabulary: set[bytes]
    countries: str
    partners: set[str]  # the partner organisations and the lead organisation
    acronym: str
    terms: dict[bytes, float] = field(default_factory=dict)  # TF-IDF weights of the words, unit length
    country_names: dict[str, str] | None = None
    title_words: set[str] | None = None


@dataclass(frozen=True)
class Overlap:
    """Two alike notes of different task forces, how alike (0-1) and why."""

    a: str
    b: str
    score: float
    reasons: tuple[Text, ...]

    def as_json(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "score": self.score, "reasons": [str(r) for r in self.reasons]}


def folded(text: str) -> str:
    """Lower case without accents, so "Sénégal" and "senegal" are one word."""
    if text.isascii():
        return text.lower()
    return MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


def words_of(text: str | None) -> list[str]:
    """The words of a text, folded; stop words are left in (dropped by set difference, which is fast)."""
    return folded(text).translate(PUNCTUATION).split() if text else []


def terms_of(text: str) -> list[bytes]:
    """The words of a text, folded, as UTF-8: bytes are translated and split in C about a third faster
    than str, and tokenising every note's text is most of a first look's work."""
    if text.isascii():
        return text.lower().encode().translate(ASCII_PUNCTUATION).split()
    return " ".join(words_of(text)).encode().split()  # str.split also splits at no-break spaces


def find_overlaps(session: Session, *, threshold: float = THRESHOLD) -> list[Overlap]:
    """Every pair of live concept notes from different task forces scoring at least `threshold`."""
    notes = _read(session)
    idf, rare_terms = _idf(notes)
    found = []
    names = _OrganisationNames(session)
    for first, second in _candidates(notes, rare_terms):
        _weigh(first, idf)
        _weigh(second, idf)
        overlap = compare(first, second, names, threshold=threshold)
        if overlap is not None:
            found.append(overlap)
    return sorted(found, key=lambda o: (-o.score, o.a, o.b))


class _OrganisationNames(dict[str, str]):
    """Organisation names read when a reason first names one (most runs name none)."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def __missing__(self, organisation_id: str) -> str:
        name = self.session.scalar(select(Organisation.name).where(Organisation.id == organisation_id))
        self[organisation_id] = name or organisation_id
        return self[organisation_id]


def _read(session: Session) -> list[NoteFeatures]:
    connection = session.connection()  # Core rows: the ORM's result layer would cost more than the work
    rows = connection.execute(
        select(ConceptNote.id, ConceptNote.task_force_id, ConceptNote.title, ConceptNote.objectives,
               ConceptNote.activities, ConceptNote.countries, ConceptNote.acronym,
               ConceptNote.lead_organisation_id)
        .where(ConceptNote.deleted.is_(False), ConceptNote.status != "withdrawn")).all()
    partners: dict[str, set[str]] = defaultdict(set)
    for note_id, organisation_id in connection.execute(
            select(ConceptNotePartner.concept_note_id, ConceptNotePartner.organisation_id)
            .where(ConceptNotePartner.deleted.is_(False))):
        partners[note_id].add(organisation_id)
    notes = []
    kept: dict[str, Words] = {}
    for note_id, task_force_id, title, objectives, activities, countries, acronym, lead in rows:
        text = f"{title}\n{objectives or ''}\n{activities or ''}"
        words = _TOKENS.get(note_id)
        if words is None or words.text != text:
            listed = terms_of(text)
            vocabulary = set(listed)
            vocabulary -= STOP_TERMS
            words = Words(text, listed, vocabulary)
        kept[note_id] = words
        organisations = partners.get(note_id, set())
        if lead:
            organisations.add(lead)
        notes.append(NoteFeatures(note_id, task_force_id, title, words, words.vocabulary, countries or "",
                                  organisations, folded(acronym).strip() if acronym else ""))
    _TOKENS.clear()  # only the notes of this run: deleted ones go
    _TOKENS.update(kept)
    return notes


def _idf(notes: list[NoteFeatures]) -> tuple[dict[bytes, float], set[bytes]]:
    """idf = log(N/df), so a term every note uses weighs nothing; and the terms few notes use."""
    document_frequency = Counter(chain.from_iterable(note.vocabulary for note in notes))
    total = len(notes)
    idf = {term: math.log(total / df) for term, df in document_frequency.items() if df < total}
    rare = _rare(total)
    return idf, {term for term, df in document_frequency.items() if 1 < df <= rare}


def _weigh(note: NoteFeatures, idf: dict[bytes, float]) -> None:
    """The note's TF-IDF vector of unit length; done only for notes that have a candidate pair."""
    if note.terms or not note.words.listed:
        return
    weights = {term: _tf(n) * idf[term] for term, n in note.words.counted().items() if term in idf}
    length = math.hypot(*weights.values()) or 1.0
    note.terms = {term: w / length for term, w in weights.items()}


@cache
def _tf(count: int) -> float:
    return 1 + math.log(count)


def _rare(total: int) -> int:
    """How many notes may share a term for it to still pick out candidate pairs."""
    return max(5, total // 20)


def _candidates(notes: list[NoteFeatures],
                rare_terms: set[bytes]) -> Iterable[tuple[NoteFeatures, NoteFeatures]]:
    """Pairs from different task forces sharing at least two rare terms, partners or the acronym.

    Only pairs that share things few notes share can score high (one shared partner or acronym alone
    cannot reach the threshold), so the rest are never compared: this keeps 500 notes' 125,000 pairs
    down to the few worth scoring. Up to ALL_PAIRS_UP_TO notes every pair is compared: there, a word
    a handful of notes share is no longer rare, yet comparing all pairs costs little.
    """
    if len(notes) <= ALL_PAIRS_UP_TO:
        for one, other in combinations(notes, 2):
            if one.task_force_id != other.task_force_id:
                yield one, other
        return
    rare = _rare(len(notes))
    index: dict[object, list[int]] = defaultdict(list)
    for position, note in enumerate(notes):
        for term in rare_terms.intersection(note.vocabulary):
            index[term].append(position)
        for partner in note.partners:
            index[("partner", partner)].append(position)
        if note.acronym:
            index[("acronym", note.acronym)].append(position)
    # A pair is one int (first * count + second): ints are not tracked by the garbage collector, as
    # tuples are, and hash faster; with tuples the collector's passes made this the slowest step.
    count = len(notes)
    seen_once: set[int] = set()
    twice: set[int] = set()
    for members in index.values():
        if 1 < len(members) <= rare:
            pairs = {first * count + second for first, second in combinations(members, 2)}
            twice |= pairs & seen_once
            seen_once |= pairs
    for pair in sorted(twice):
        first, second = notes[pair // count], notes[pair % count]
        if first.task_force_id != second.task_force_id:
            yield first, second


def _jaccard(first: Set[str], second: Set[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def _countries(note: NoteFeatures) -> dict[str, str]:
    """The note's countries, folded name to name as written; read only for the pairs compared."""
    if note.country_names is None:
        written = (c.strip() for c in COUNTRY_SEPARATORS.split(note.countries))
        note.country_names = {folded(c): c for c in written if c}
    return note.country_names


def _title_words(note: NoteFeatures) -> set[str]:
    if note.title_words is None:
        note.title_words = set(words_of(note.title)) - STOPWORDS
    return note.title_words


def compare(first: NoteFeatures, second: NoteFeatures, partner_names: Mapping[str, str], *,
            threshold: float = 0.0) -> Overlap | None:
    """How alike two notes are, with a reason for each part that is alike; None below `threshold`."""
    if len(first.terms) > len(second.terms):
        first, second = second, first
    shared_terms = {t: w * second.terms[t] for t, w in first.terms.items() if t in second.terms}
    text = min(1.0, sum(shared_terms.values()))
    title = _jaccard(_title_words(first), _title_words(second))
    if threshold and text < REASON_AT["text"] and title < REASON_AT["title"]:
        return None  # sharing countries and partners alone is a synergy at most, not the same project
    countries = (frozenset(_countries(first)), frozenset(_countries(second)))
    parts = {
        "text": text,
        "title": title,
        "partners": _jaccard(first.partners, second.partners),
        "countries": _jaccard(*countries),
        "acronym": 1.0 if first.acronym and first.acronym == second.acronym else 0.0,
    }
    score = min(1.0, round(sum(WEIGHTS[part] * value for part, value in parts.items()), 3))
    if score < threshold:
        return None
    reasons: list[Text] = []
    if parts["title"] >= REASON_AT["title"]:
        common = sorted(_title_words(first) & _title_words(second))
        reasons.append(Text("titles alike: both say %1", tuple(common)))
    if parts["text"] >= REASON_AT["text"]:
        top = sorted(shared_terms, key=lambda t: (-shared_terms[t], t))[:SHOWN_TERMS]
        reasons.append(Text("objectives and activities alike (%1 of 100), both about %2",
                            str(round(parts["text"] * 100)), tuple(term.decode() for term in top)))
    if parts["countries"] >= REASON_AT["countries"]:
        names = _countries(first)
        common = sorted(names[c] for c in countries[0] & countries[1])
        reasons.append(Text("same countries: %1", tuple(common)))
    if parts["partners"] >= REASON_AT["partners"]:
        common = sorted(partner_names[p] for p in first.partners & second.partners)
        reasons.append(Text("same partner organisations: %1", tuple(common)))
    if parts["acronym"]:
        reasons.append(Text("same acronym: %1", first.acronym.upper()))
    a, b = sorted((first.id, second.id))
    return Overlap(a=a, b=b, score=score, reasons=tuple(reasons))


def describe(session: Session, note_ids: Iterable[str]) -> dict[str, str]:
    """Each note named for a person: its task force's code, its title and its id."""
    wanted = set(note_ids)
    if not wanted:
        return {}
    connection = session.connection()  # Core rows: the ORM's result layer would cost more than the work
    rows = connection.execute(
        select(ConceptNote.id, TaskForce.code, ConceptNote.title)
        .join(TaskForce, TaskForce.id == ConceptNote.task_force_id).where(ConceptNote.id.in_(wanted)))
    return {note_id: f"{code} \"{title}\" ({note_id})" for note_id, code, title in rows}
