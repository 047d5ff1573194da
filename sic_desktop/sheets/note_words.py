"""The concept-note workbook's words in French and Spanish: sheets, sections, labels, hints, guidance.

The workbook is written in one language; the reader knows the labels of all three, so a note filled in
a French workbook imports like an English one.
"""

from collections.abc import Callable

_FR = {
    "Not in the list": "Valeur hors liste", "Choose a value from the list (%1).":
        "Choisissez une valeur dans la liste (%1).",
    "Not a number": "Nombre attendu", "Enter a whole number.": "Saisissez un nombre entier.",
    "Enter a number.": "Saisissez un nombre.", "It may not be below %1.": "Il ne peut être inférieur à %1.",
    "Not a date": "Date attendue", "Enter a date, e.g. 2025-03-31.": "Saisissez une date, p. ex. 2025-03-31.",
    "Concept note": "Note conceptuelle", "Partners": "Partenaires", "Work plan": "Plan de travail",
    "Budget": "Budget", "Indicators": "Indicateurs", "Lists": "Listes",
    "Field": "Champ", "Value": "Valeur", "Guidance": "Conseils",
    "Fill the tinted cells; drop-down lists offer the allowed values. Partners, work plan, budget and "
    "indicators have their own sheets.":
        "Remplissez les cellules teintées ; les listes déroulantes proposent les valeurs permises. "
        "Partenaires, plan de travail, budget et indicateurs ont leurs propres feuilles.",
    " Required.": " Obligatoire.",
    "Total requested (from the Budget sheet)": "Total demandé (de la feuille Budget)",
    "Total co-financing (from the Budget sheet)": "Total du cofinancement (de la feuille Budget)",
    "Line total": "Total de la ligne",
    "Identification": "Identification", "Context and rationale": "Contexte et justification",
    "Objectives and results": "Objectifs et résultats", "Soil carbon": "Carbone du sol",
    "Co-benefits and safeguards": "Co-bénéfices et garanties",
    "Duration and financing": "Durée et financement", "Risks and sustainability": "Risques et durabilité",
    "ID": "ID", "Title": "Titre", "Acronym": "Acronyme",
    "Task force objective(s)": "Objectif(s) du groupe de travail",
    "Region": "Région", "Countries": "Pays", "Lead organisation": "Organisation chef de file",
    "Context": "Contexte", "Baseline": "Situation de référence",
    "Problem and barriers": "Problème et obstacles",
    "Objectives": "Objectifs", "Outcomes": "Effets", "Outputs": "Produits", "Activities": "Activités",
    "Theory of change": "Théorie du changement", "Soil-carbon actions": "Actions pour le carbone du sol",
    "Expected SOC change (t C/ha/yr)": "Évolution attendue du COS (t C/ha/an)", "Area (ha)": "Surface (ha)",
    "Food security co-benefits": "Co-bénéfices pour la sécurité alimentaire",
    "Adaptation co-benefits": "Co-bénéfices pour l'adaptation", "Safeguards": "Garanties",
    "Measurement, reporting and verification": "Mesure, notification et vérification",
    "Beneficiaries": "Bénéficiaires", "Duration (months)": "Durée (mois)", "Currency": "Monnaie",
    "Amount requested": "Montant demandé", "Candidate funders": "Bailleurs de fonds envisagés",
    "Risks and mitigation": "Risques et atténuation",
    "Sustainability and scaling": "Durabilité et passage à l'échelle",
    "Organisation": "Organisation", "Role": "Rôle", "Contribution": "Contribution", "Activity": "Activité",
    "Output": "Produit", "Responsible": "Responsable", "Start": "Début", "End": "Fin",
    "Category": "Catégorie", "Item": "Poste", "Requested": "Demandé",
    "Co-financing (cash)": "Cofinancement (espèces)",
    "Co-financing (in kind)": "Cofinancement (nature)", "Co-financing source": "Source du cofinancement",
    "Indicator": "Indicateur", "Unit": "Unité", "Target": "Cible",
    "How measured (MRV)": "Mode de mesure (MNV)",
    "Filled by SIC Desktop on export; leave empty for a new note.":
        "Rempli par SIC Desktop à l'export ; laissez vide pour une nouvelle note.",
    "The full title of the project.": "Le titre complet du projet.",
    "Objective codes served, separated by commas, e.g. A2, A5.":
        "Codes des objectifs servis, séparés par des virgules, p. ex. A2, A5.",
    "Countries where the project works.": "Pays où le projet intervient.",
    "The situation without the project.": "La situation sans le projet.",
    "Detail them on the Work plan sheet.": "Détaillez-les dans la feuille Plan de travail.",
    "Soil organic carbon change per hectare and year; may be negative.":
        "Évolution du carbone organique du sol par hectare et par an ; peut être négative.",
    "Area where the change is expected.": "Surface où l'évolution est attendue.",
    "Human rights, land tenure rights, poverty alleviation, gender.":
        "Droits humains, droits fonciers, réduction de la pauvreté, genre.",
    "How the indicators are measured (MRV).": "Comment les indicateurs sont mesurés (MNV).",
}
_ES = {
    "Not in the list": "Valor fuera de la lista", "Choose a value from the list (%1).":
        "Elija un valor de la lista (%1).",
    "Not a number": "Se espera un número", "Enter a whole number.": "Escriba un número entero.",
    "Enter a number.": "Escriba un número.", "It may not be below %1.": "No puede ser inferior a %1.",
    "Not a date": "Se espera una fecha", "Enter a date, e.g. 2025-03-31.":
        "Escriba una fecha, p. ej. 2025-03-31.",
    "Concept note": "Nota conceptual", "Partners": "Socios", "Work plan": "Plan de trabajo",
    "Budget": "Presupuesto", "Indicators": "Indicadores", "Lists": "Listas",
    "Field": "Campo", "Value": "Valor", "Guidance": "Orientación",
    "Fill the tinted cells; drop-down lists offer the allowed values. Partners, work plan, budget and "
    "indicators have their own sheets.":
        "Complete las celdas sombreadas; las listas desplegables ofrecen los valores permitidos. Socios, "
        "plan de trabajo, presupuesto e indicadores tienen sus propias hojas.",
    " Required.": " Obligatorio.",
    "Total requested (from the Budget sheet)": "Total solicitado (de la hoja Presupuesto)",
    "Total co-financing (from the Budget sheet)": "Total de cofinanciación (de la hoja Presupuesto)",
    "Line total": "Total de la línea",
    "Identification": "Identificación", "Context and rationale": "Contexto y justificación",
    "Objectives and results": "Objetivos y resultados", "Soil carbon": "Carbono del suelo",
    "Co-benefits and safeguards": "Beneficios adicionales y salvaguardas",
    "Duration and financing": "Duración y financiación",
    "Risks and sustainability": "Riesgos y sostenibilidad",
    "ID": "ID", "Title": "Título", "Acronym": "Sigla",
    "Task force objective(s)": "Objetivo(s) del grupo de trabajo",
    "Region": "Región", "Countries": "Países", "Lead organisation": "Organización líder",
    "Context": "Contexto", "Baseline": "Línea de base", "Problem and barriers": "Problema y barreras",
    "Objectives": "Objetivos", "Outcomes": "Efectos", "Outputs": "Productos", "Activities": "Actividades",
    "Theory of change": "Teoría del cambio", "Soil-carbon actions": "Acciones de carbono del suelo",
    "Expected SOC change (t C/ha/yr)": "Cambio esperado del COS (t C/ha/año)", "Area (ha)": "Superficie (ha)",
    "Food security co-benefits": "Beneficios para la seguridad alimentaria",
    "Adaptation co-benefits": "Beneficios para la adaptación", "Safeguards": "Salvaguardas",
    "Measurement, reporting and verification": "Medición, reporte y verificación",
    "Beneficiaries": "Beneficiarios", "Duration (months)": "Duración (meses)", "Currency": "Moneda",
    "Amount requested": "Monto solicitado", "Candidate funders": "Financiadores potenciales",
    "Risks and mitigation": "Riesgos y mitigación",
    "Sustainability and scaling": "Sostenibilidad y escalamiento",
    "Organisation": "Organización", "Role": "Función", "Contribution": "Contribución",
    "Activity": "Actividad",
    "Output": "Producto", "Responsible": "Responsable", "Start": "Inicio", "End": "Fin",
    "Category": "Categoría", "Item": "Partida", "Requested": "Solicitado",
    "Co-financing (cash)": "Cofinanciación (efectivo)", "Co-financing (in kind)": "Cofinanciación (especie)",
    "Co-financing source": "Fuente de cofinanciación", "Indicator": "Indicador", "Unit": "Unidad",
    "Target": "Meta", "How measured (MRV)": "Forma de medición (MRV)",
    "Filled by SIC Desktop on export; leave empty for a new note.":
        "Lo completa SIC Desktop al exportar; déjelo vacío para una nota nueva.",
    "The full title of the project.": "El título completo del proyecto.",
    "Objective codes served, separated by commas, e.g. A2, A5.":
        "Códigos de los objetivos atendidos, separados por comas, p. ej. A2, A5.",
    "Countries where the project works.": "Países donde trabaja el proyecto.",
    "The situation without the project.": "La situación sin el proyecto.",
    "Detail them on the Work plan sheet.": "Detállelas en la hoja Plan de trabajo.",
    "Soil organic carbon change per hectare and year; may be negative.":
        "Cambio del carbono orgánico del suelo por hectárea y año; puede ser negativo.",
    "Area where the change is expected.": "Superficie donde se espera el cambio.",
    "Human rights, land tenure rights, poverty alleviation, gender.":
        "Derechos humanos, tenencia de la tierra, reducción de la pobreza, género.",
    "How the indicators are measured (MRV).": "Cómo se miden los indicadores (MRV).",
}
WORDS: dict[str, dict[str, str]] = {"fr": _FR, "es": _ES}


def words_in(language: str) -> Callable[[str], str]:
    """The workbook's words in `language` (English as written, and for anything not translated)."""
    table = WORDS.get(language, {})
    return lambda text: table.get(text, text)


def every_language(text: str) -> list[str]:
    """`text` as each language writes it: what the reader accepts for a label or a sheet's name."""
    return [text, *(table[text] for table in WORDS.values() if text in table)]
