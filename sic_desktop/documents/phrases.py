"""The program's own words inside a document's data (statuses, kinds, labels) in French and Spanish.

The builders of each context write English; `localise` swaps the values that are exactly one of these
phrases, so a French minutes says "En ligne" while a person's own text is never touched.
"""

import re
from typing import Any

from sic_desktop.documents import languages

_FR = {
    "Online": "En ligne", "Total": "Total", "All task forces": "Tous les groupes de travail",
    "No region stated": "Région non indiquée", "The project team": "L'équipe de projet",
    "Dear colleagues,": "Chères et chers collègues,",
    "No currency is stated for these amounts.": "Aucune monnaie n'est indiquée pour ces montants.",
    "Executive Secretary, on behalf of the Bureau": "Secrétaire exécutif, au nom du Bureau",
    "validated": "a validé", "did not validate": "n'a pas validé",
    "deferred its decision on": "a reporté sa décision sur",
    "Draft": "Brouillon", "Complete": "Complète", "Submitted": "Soumise", "Assessed": "Évaluée",
    "Validated": "Validée", "Not validated": "Non validée", "Funded": "Financée", "Withdrawn": "Retirée",
    "TFL meeting": "Réunion des TFL", "TF meeting": "Réunion du groupe de travail",
    "TFL-TFRR planning": "Planification TFL-TFRR", "project team meeting": "Réunion d'équipe de projet",
    "other": "Autre", "open": "ouverte", "in progress": "en cours", "done": "faite", "dropped": "abandonnée",
    "planned": "prévue", "ongoing": "en cours", "completed": "achevée",
    "Members": "Membres", "Activities in the inventory": "Activités de l'inventaire",
    "Concept notes": "Notes conceptuelles", "Meetings held": "Réunions tenues",
    "Concept notes drafted": "Notes conceptuelles rédigées", "Assessed by the STC": "Évaluées par le CST",
    "Validated by the Bureau": "Validées par le Bureau",
    "Letters of support issued": "Lettres de soutien délivrées",
    "Expressions of interest sent": "Manifestations d'intérêt envoyées",
    "Full proposals requested": "Propositions complètes demandées",
    "Full proposals submitted": "Propositions complètes soumises", "Agreements signed": "Accords signés",
    "Activities recorded in this cycle": "Activités enregistrées dans ce cycle",
    "Project ideas": "Idées de projet", "Project teams": "Équipes de projet",
    "The whole cycle": "L'ensemble du cycle", "Every record belongs to a cycle.":
    "Chaque enregistrement appartient à un cycle.", "Activities": "Activités",
    "Action plans": "Plans d'action",
    "Candidacies": "Candidatures", "Meetings": "Réunions",
    "Planned": "Prévues", "Ongoing": "En cours", "Completed": "Achevées", "Not stated": "Non indiqué",
}
_ES = {
    "Online": "En línea", "Total": "Total", "All task forces": "Todos los grupos de trabajo",
    "No region stated": "Región no indicada", "The project team": "El equipo del proyecto",
    "Dear colleagues,": "Estimados colegas:",
    "No currency is stated for these amounts.": "No se indica la moneda de estos montos.",
    "Executive Secretary, on behalf of the Bureau": "Secretario Ejecutivo, en nombre de la Mesa",
    "validated": "validó", "did not validate": "no validó",
    "deferred its decision on": "aplazó su decisión sobre",
    "Draft": "Borrador", "Complete": "Completa", "Submitted": "Presentada", "Assessed": "Evaluada",
    "Validated": "Validada", "Not validated": "No validada", "Funded": "Financiada", "Withdrawn": "Retirada",
    "TFL meeting": "Reunión de TFL", "TF meeting": "Reunión del grupo de trabajo",
    "TFL-TFRR planning": "Planificación TFL-TFRR", "project team meeting": "Reunión del equipo del proyecto",
    "other": "Otra", "open": "abierta", "in progress": "en curso", "done": "hecha", "dropped": "abandonada",
    "planned": "prevista", "ongoing": "en curso", "completed": "terminada",
    "Members": "Miembros", "Activities in the inventory": "Actividades del inventario",
    "Concept notes": "Notas conceptuales", "Meetings held": "Reuniones celebradas",
    "Concept notes drafted": "Notas conceptuales redactadas", "Assessed by the STC": "Evaluadas por el CCT",
    "Validated by the Bureau": "Validadas por la Mesa",
    "Letters of support issued": "Cartas de apoyo emitidas",
    "Expressions of interest sent": "Manifestaciones de interés enviadas",
    "Full proposals requested": "Propuestas completas solicitadas",
    "Full proposals submitted": "Propuestas completas presentadas", "Agreements signed": "Acuerdos firmados",
    "Activities recorded in this cycle": "Actividades registradas en este ciclo",
    "Project ideas": "Ideas de proyecto", "Project teams": "Equipos de proyecto",
    "The whole cycle": "El ciclo completo", "Every record belongs to a cycle.":
    "Cada registro pertenece a un ciclo.", "Activities": "Actividades", "Action plans": "Planes de acción",
    "Candidacies": "Candidaturas", "Meetings": "Reuniones",
    "Planned": "Previstas", "Ongoing": "En curso", "Completed": "Terminadas", "Not stated": "No indicado",
}
PHRASES: dict[str, dict[str, str]] = {"fr": _FR, "es": _ES}
# Phrases with a name or a number in them: (English pattern, French, Spanish).
PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"^Dear (.+),$"), r"Chère, cher \1,", r"Estimado/a \1:"),
    (re.compile(r"^Annual progress report (\d{4})$"), r"Rapport annuel d'avancement \1",
     r"Informe anual de avance \1"),
    (re.compile(r"^Official list (\d{4})$"), r"Liste officielle \1", r"Lista oficial \1"),
    (re.compile(r"^(\d+) records have no cycle: they are counted in no cycle above\.$"),
     r"\1 enregistrements n'ont pas de cycle : ils ne sont comptés dans aucun cycle ci-dessus.",
     r"\1 registros no tienen ciclo: no se cuentan en ningún ciclo de los anteriores."),
    (re.compile(r"^1 record has no cycle: it is counted in no cycle above\.$"),
     r"1 enregistrement n'a pas de cycle : il n'est compté dans aucun cycle ci-dessus.",
     r"1 registro no tiene ciclo: no se cuenta en ningún ciclo de los anteriores."),
    (re.compile(r"^Baseline: the (\d{4}) inventory, frozen on (.+)\.$"),
     r"Situation de référence : l'inventaire \1, figé le \2.",
     r"Línea de base: el inventario \1, congelado el \2."),
    (re.compile(r"^Baseline: the (\d{4}) inventory, frozen when that cycle closed\.$"),
     r"Situation de référence : l'inventaire \1, figé à la clôture de ce cycle.",
     r"Línea de base: el inventario \1, congelado al cierre de ese ciclo."),
    (re.compile(r"^Baseline: the (\d{4}) inventory, counted now \(that cycle is not closed yet\)\.$"),
     r"Situation de référence : l'inventaire \1, compté aujourd'hui (ce cycle n'est pas encore clos).",
     r"Línea de base: el inventario \1, contado hoy (ese ciclo aún no está cerrado)."),
    (re.compile(r"^Task force (.+)$"), r"Groupe de travail \1", r"Grupo de trabajo \1"),
    (re.compile(r"^(\d+) months?$"), r"\1 mois", r"\1 meses"),
    (re.compile(r"^Amounts in (.+)\.$"), r"Montants en \1.", r"Montos en \1."),
    (re.compile(r"^The amount requested \((.+)\) is more than the total budget \((.+)\)\.$"),
     r"Le montant demandé (\1) dépasse le budget total (\2).",
     r"El monto solicitado (\1) supera el presupuesto total (\2)."),
]
# The parts of the minutes' attendance line ("3 present, 1 sent apologies"), each translated.
ATTENDANCE: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"^(\d+) present$"), r"présents : \1", r"presentes: \1"),
    (re.compile(r"^(\d+) sent apologies$"), r"excusés : \1", r"excusados: \1"),
    (re.compile(r"^(\d+) absent$"), r"absents : \1", r"ausentes: \1"),
    (re.compile(r"^(\d+) invited \(attendance not recorded\)$"),
     r"invités sans présence enregistrée : \1", r"invitados sin asistencia registrada: \1"),
]


def say(text: str) -> str:
    """`text` in the current document language when it is one of the program's phrases."""
    language = languages.current()
    if language == languages.DEFAULT:
        return text
    found = PHRASES[language].get(text)
    if found is not None:
        return found
    for pattern, french, spanish in PATTERNS:
        if pattern.match(text):
            return pattern.sub(french if language == "fr" else spanish, text)
    parts = text.split(", ")
    if all(any(p.match(part) for p, _, _ in ATTENDANCE) for part in parts):
        return ", ".join(next(p.sub(fr if language == "fr" else es, part) for p, fr, es in ATTENDANCE
                              if p.match(part)) for part in parts)
    return text


def localise(value: Any) -> Any:
    """A document's context with the program's phrases in the current language; other text stays."""
    if languages.current() == languages.DEFAULT:
        return value
    if isinstance(value, str):
        return say(value)
    if isinstance(value, dict):
        return {key: localise(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(localise(item) for item in value)
    return value
