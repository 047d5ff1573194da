"""The words of the shipped Word templates in French and Spanish, by their English (make_templates.py).

A text missing here stops the build and is named; placeholders ({{ ... }}) stay as they are.
"""

_SAME = {"TFL": "TFL", "TFRR": "TFRR", "TFM": "TFM", "TF": "TF"}

FR: dict[str, str] = _SAME | {
    "Project ideas and the teams formed": "Idées de projet et équipes formées",
    "Project idea": "Idée de projet",
    "Teams formed": "Équipes formées",
    "The meeting of the project team(s): {{ teams }}":
        "Réunion de l'équipe ou des équipes de projet : {{ teams }}",
    "Each indicator's measured values over time (green), against its baseline (grey dotted "
    "line) and its 2030 target (orange dashed line); the numbers refer to the table.":
        "Valeurs mesurées de chaque indicateur au fil du temps (en vert), face à sa situation de référence "
        "(pointillé gris) et à sa cible 2030 (tirets orange) ; les numéros renvoient au tableau.",
    "6. Task forces in this cycle": "6. Les groupes de travail dans ce cycle",
    "What the cycle overview counts for each task force.":
        "Ce que la vue d'ensemble du cycle compte pour chaque groupe de travail.",
    "Members": "Membres",
    "Meetings": "Réunions",
    "Ideas": "Idées",
    "Teams": "Équipes",
    "Assessed": "Évaluées",
    "Validated": "Validées",
    "7. Progress reports": "7. Rapports d'avancement",
    "Submitted on {{ r.submitted }}": "Soumis le {{ r.submitted }}",
    "No progress reports were recorded for this cycle.":
        "Aucun rapport d'avancement n'est enregistré pour ce cycle.",
    "8. Records with no cycle": "8. Enregistrements sans cycle",
    "Records": "Enregistrements",
    "Official list": "Liste officielle",
    "OFFICIAL LIST · CYCLE {{ cycle }}": "LISTE OFFICIELLE · CYCLE {{ cycle }}",
    "Task force leaders and regional representatives approved by the Governing Board · issued {{ issued }}":
        "Responsables et représentants régionaux des groupes de travail approuvés par le Conseil "
        "d'administration · établie le {{ issued }}",
    "Approved": "Approbation",
    "No leader or representative was approved for this task force in this cycle.":
        "Aucun responsable ni représentant n'a été approuvé pour ce groupe de travail dans ce cycle.",
    "Concept note": "Note conceptuelle",
    "Concept note · version {{ version }}": "Note conceptuelle · version {{ version }}",
    "4 per 1000 Initiative · Strategy Implementation Cycle":
        "Initiative 4 pour 1000 · Cycle de mise en œuvre de la stratégie",
    "Page": "Page",
    "of": "sur",
    "CONCEPT NOTE · TASK FORCE {{ task_force|upper }}": "NOTE CONCEPTUELLE · GROUPE DE TRAVAIL "
                                                         "{{ task_force|upper }}",
    "Version {{ version }} · {{ status }} · {{ issued }}":
        "Version {{ version }} · {{ status }} · {{ issued }}",
    "Task force": "Groupe de travail",
    "Objective(s) served": "Objectif(s) servi(s)",
    "Region": "Région",
    "Countries": "Pays",
    "Lead organisation": "Organisation chef de file",
    "Project team": "Équipe de projet",
    "Project team leader": "Responsable de l'équipe de projet",
    "Duration": "Durée",
    "Amount requested": "Montant demandé",
    "Total budget": "Budget total",
    "{{ budget_totals.total }} {{ currency }} (co-financing {{ budget_totals.cofinancing_share or '0 %' }})":
        "{{ budget_totals.total }} {{ currency }} (cofinancement "
        "{{ budget_totals.cofinancing_share or '0 %' }})",
    "1. Context and rationale": "1. Contexte et justification",
    "Context": "Contexte",
    "Not provided.": "Non renseigné.",
    "Baseline": "Situation de référence",
    "Problem and barriers": "Problème et obstacles",
    "2. Objectives and results": "2. Objectifs et résultats",
    "Objectives": "Objectifs",
    "Outcomes": "Effets",
    "Outputs": "Produits",
    "Activities": "Activités",
    "Theory of change": "Théorie du changement",
    "3. Partners": "3. Partenaires",
    "Organisation": "Organisation",
    "Country": "Pays",
    "Role": "Rôle",
    "Contribution": "Contribution",
    "No partners are listed yet.": "Aucun partenaire n'est encore indiqué.",
    "4. Work plan": "4. Plan de travail",
    "Activity": "Activité",
    "Output": "Produit",
    "Responsible": "Responsable",
    "Start": "Début",
    "End": "Fin",
    "No work plan is given yet.": "Aucun plan de travail n'est encore donné.",
    "5. Soil carbon": "5. Carbone du sol",
    "Soil-carbon actions": "Actions pour le carbone du sol",
    "Expected soil organic carbon (SOC) change": "Évolution attendue du carbone organique du sol (COS)",
    "SOC change": "Évolution du COS",
    "{{ soil.soc_change or '—' }} t C/ha/yr": "{{ soil.soc_change or '—' }} t C/ha/an",
    "Area": "Surface",
    "{{ soil.area or '—' }} ha": "{{ soil.area or '—' }} ha",
    "Annual SOC gain": "Gain annuel de COS",
    "{{ soil.annual_gain or '—' }} t C/yr ({{ soil.annual_co2e or '—' }} t CO₂e/yr)":
        "{{ soil.annual_gain or '—' }} t C/an ({{ soil.annual_co2e or '—' }} t CO₂e/an)",
    "Over the project": "Sur la durée du projet",
    "{{ soil.total_gain or '—' }} t C": "{{ soil.total_gain or '—' }} t C",
    "6. Co-benefits and safeguards": "6. Co-bénéfices et garanties",
    "Food security": "Sécurité alimentaire",
    "Adaptation": "Adaptation",
    "Safeguards": "Garanties",
    "Beneficiaries": "Bénéficiaires",
    "7. Indicators and MRV": "7. Indicateurs et MNV",
    "Indicator": "Indicateur",
    "Unit": "Unité",
    "Target": "Cible",
    "How measured": "Mode de mesure",
    "No indicators are defined yet.": "Aucun indicateur n'est encore défini.",
    "Measurement, reporting and verification": "Mesure, notification et vérification",
    "8. Budget and financing": "8. Budget et financement",
    "Amounts in {{ currency or 'the stated currency' }}.":
        "Montants en {{ currency or 'monnaie indiquée' }}.",
    "Category": "Catégorie",
    "Item": "Poste",
    "Requested": "Demandé",
    "Co-fin. cash": "Cofin. en espèces",
    "Co-fin. in kind": "Cofin. en nature",
    "Total": "Total",
    "Amount requested: {{ amount_requested or budget_totals.requested }}. Co-financing covers "
    "{{ budget_totals.cofinancing_share or '0 %' }} of the total budget.":
        "Montant demandé : {{ amount_requested or budget_totals.requested }}. Le cofinancement couvre "
        "{{ budget_totals.cofinancing_share or '0 %' }} du budget total.",
    "No budget is given yet.": "Aucun budget n'est encore donné.",
    "Candidate funders": "Bailleurs de fonds envisagés",
    "None named yet.": "Aucun n'est encore nommé.",
    "9. Risks and mitigation": "9. Risques et atténuation",
    "10. Sustainability and scaling": "10. Durabilité et passage à l'échelle",
    "Letter of support": "Lettre de soutien",
    "4 per 1000 Initiative · Executive Secretariat": "Initiative 4 pour 1000 · Secrétariat exécutif",
    "Our reference: {{ reference }}": "Notre référence : {{ reference }}",
    "Letter of support · {{ reference }}": "Lettre de soutien · {{ reference }}",
    "4 per 1000 Initiative": "Initiative 4 pour 1000",
    "Soils for Food Security and Climate · Executive Secretariat":
        "Les sols pour la sécurité alimentaire et le climat · Secrétariat exécutif",
    "Letter of support: {{ title }}{% if acronym %} ({{ acronym }}){% endif %}":
        "Lettre de soutien : {{ title }}{% if acronym %} ({{ acronym }}){% endif %}",
    "I am pleased to inform you that on {{ decided_on }} the Bureau of the 4 per 1000 Initiative "
    "{{ decision }} the concept note “{{ title }}” (version {{ version }}), submitted by "
    "{{ lead_organisation or 'your project team' }} through the task force {{ task_force }}.":
        "J'ai le plaisir de vous informer que le {{ decided_on }}, le Bureau de l'Initiative 4 pour 1000 "
        "{{ decision }} la note conceptuelle « {{ title }} » (version {{ version }}), soumise par "
        "{{ lead_organisation or 'votre équipe de projet' }} par l'intermédiaire du groupe de travail "
        "{{ task_force }}.",
    "The Scientific and Technical Committee assessed the concept note on {{ assessed_on }} for its "
    "relevance, quality and completeness{% if recommendation %}, with the recommendation "
    "“{{ recommendation }}”{% endif %}.":
        "Le Comité scientifique et technique a évalué la note conceptuelle le {{ assessed_on }} quant à sa "
        "pertinence, sa qualité et son exhaustivité{% if recommendation %}, avec la recommandation "
        "« {{ recommendation }} »{% endif %}.",
    "The 4 per 1000 Initiative supports this project as a contribution to its strategic plan and to "
    "soils for food security and climate, and encourages funders to consider it favourably. This "
    "letter expresses the Initiative's support; it is not a financial commitment.":
        "L'Initiative 4 pour 1000 soutient ce projet comme une contribution à son plan stratégique et aux "
        "sols pour la sécurité alimentaire et le climat, et encourage les bailleurs de fonds à "
        "l'examiner favorablement. Cette lettre exprime le soutien de l'Initiative ; elle ne constitue "
        "pas un engagement financier.",
    "We wish you every success in securing funding for the project.":
        "Nous vous souhaitons plein succès dans la recherche de financements pour le projet.",
    "Yours sincerely,": "Veuillez agréer nos salutations distinguées.",
    "Meeting minutes": "Procès-verbal de réunion",
    "Minutes · {{ held_on }}": "Procès-verbal · {{ held_on }}",
    "MINUTES · {{ kind|upper }}": "PROCÈS-VERBAL · {{ kind|upper }}",
    "Date": "Date",
    "Place": "Lieu",
    "Cycle and step": "Cycle et étape",
    "{{ cycle or '—' }}{% if step %} · step {{ step }}{% endif %}":
        "{{ cycle or '—' }}{% if step %} · étape {{ step }}{% endif %}",
    "Minutes issued": "Procès-verbal établi le",
    "Participants": "Participants",
    "Name": "Nom",
    "No attendance was recorded.": "Aucune présence n'a été enregistrée.",
    "Apologies": "Excusés",
    "Absent": "Absents",
    "Agenda": "Ordre du jour",
    "Decisions": "Décisions",
    "No.": "N°",
    "Decision": "Décision",
    "No decisions were recorded.": "Aucune décision n'a été enregistrée.",
    "Action items": "Actions à mener",
    "Action": "Action",
    "Owner": "Responsable",
    "Due": "Échéance",
    "Status": "Statut",
    "No action items were recorded.": "Aucune action n'a été enregistrée.",
    "Notes": "Notes",
    "Annual progress report": "Rapport annuel d'avancement",
    "ANNUAL PROGRESS REPORT · CYCLE {{ cycle }}": "RAPPORT ANNUEL D'AVANCEMENT · CYCLE {{ cycle }}",
    "{{ scope }} · issued {{ issued }}": "{{ scope }} · établi le {{ issued }}",
    "In this cycle": "Dans ce cycle",
    "Count": "Nombre",
    "1. Members by role and region": "1. Membres par rôle et par région",
    "2. Inventory of activities": "2. Inventaire des activités",
    "Activities recorded in the inventory, by status: at the baseline (the first cycle) and now, with "
    "the change.":
        "Activités enregistrées dans l'inventaire, par statut : à la situation de référence (le premier "
        "cycle) et aujourd'hui, avec l'évolution.",
    "Now": "Aujourd'hui",
    "Change": "Évolution",
    "3. Action-plan indicators": "3. Indicateurs du plan d'action",
    "Progress of each indicator toward its target (the numbers refer to the table).":
        "Avancement de chaque indicateur vers sa cible (les numéros renvoient au tableau).",
    "Latest": "Dernière valeur",
    "Progress": "Avancement",
    "No action-plan indicators are recorded for this cycle.":
        "Aucun indicateur du plan d'action n'est enregistré pour ce cycle.",
    "4. Concept-note pipeline": "4. Notes conceptuelles en cours",
    "Stage": "Étape",
    "Concept notes": "Notes conceptuelles",
    "5. Meetings held": "5. Réunions tenues",
    "Kind": "Type",
    "Title": "Titre",
    "No meetings were recorded in this cycle.": "Aucune réunion n'a été enregistrée dans ce cycle.",
    "Amount requested: {{ amount_requested or '—' }}. Co-financing covers "
    "{{ budget_totals.cofinancing_share or '0 %' }} of the total budget.":
        "Montant demandé : {{ amount_requested or '—' }}. Le cofinancement couvre "
        "{{ budget_totals.cofinancing_share or '0 %' }} du budget total.",
    "Attendance": "Présence",
    "Invited, attendance not recorded": "Invités, présence non enregistrée",
    "No participants were recorded.": "Aucun participant n'a été enregistré.",
    "Present": "Présents",
    "Warning: {{ budget_warning }}": "Attention : {{ budget_warning }}",
}

ES: dict[str, str] = _SAME | {
    "Project ideas and the teams formed": "Ideas de proyecto y equipos formados",
    "Project idea": "Idea de proyecto",
    "Teams formed": "Equipos formados",
    "The meeting of the project team(s): {{ teams }}":
        "Reunión del equipo o los equipos de proyecto: {{ teams }}",
    "Each indicator's measured values over time (green), against its baseline (grey dotted "
    "line) and its 2030 target (orange dashed line); the numbers refer to the table.":
        "Valores medidos de cada indicador a lo largo del tiempo (en verde), frente a su línea de base "
        "(punteado gris) y su meta 2030 (guiones naranjas); los números remiten a la tabla.",
    "6. Task forces in this cycle": "6. Los grupos de trabajo en este ciclo",
    "What the cycle overview counts for each task force.":
        "Lo que la vista general del ciclo cuenta para cada grupo de trabajo.",
    "Members": "Miembros",
    "Meetings": "Reuniones",
    "Ideas": "Ideas",
    "Teams": "Equipos",
    "Assessed": "Evaluadas",
    "Validated": "Validadas",
    "7. Progress reports": "7. Informes de avance",
    "Submitted on {{ r.submitted }}": "Presentado el {{ r.submitted }}",
    "No progress reports were recorded for this cycle.":
        "No se registró ningún informe de avance para este ciclo.",
    "8. Records with no cycle": "8. Registros sin ciclo",
    "Records": "Registros",
    "Official list": "Lista oficial",
    "OFFICIAL LIST · CYCLE {{ cycle }}": "LISTA OFICIAL · CICLO {{ cycle }}",
    "Task force leaders and regional representatives approved by the Governing Board · issued {{ issued }}":
        "Líderes y representantes regionales de los grupos de trabajo aprobados por la Junta Directiva · "
        "emitida el {{ issued }}",
    "Approved": "Aprobación",
    "No leader or representative was approved for this task force in this cycle.":
        "No se aprobó ningún líder ni representante para este grupo de trabajo en este ciclo.",
    "Concept note": "Nota conceptual",
    "Concept note · version {{ version }}": "Nota conceptual · versión {{ version }}",
    "4 per 1000 Initiative · Strategy Implementation Cycle":
        "Iniciativa 4 por 1000 · Ciclo de implementación de la estrategia",
    "Page": "Página",
    "of": "de",
    "CONCEPT NOTE · TASK FORCE {{ task_force|upper }}": "NOTA CONCEPTUAL · GRUPO DE TRABAJO "
                                                         "{{ task_force|upper }}",
    "Version {{ version }} · {{ status }} · {{ issued }}":
        "Versión {{ version }} · {{ status }} · {{ issued }}",
    "Task force": "Grupo de trabajo",
    "Objective(s) served": "Objetivo(s) atendido(s)",
    "Region": "Región",
    "Countries": "Países",
    "Lead organisation": "Organización líder",
    "Project team": "Equipo del proyecto",
    "Project team leader": "Líder del equipo del proyecto",
    "Duration": "Duración",
    "Amount requested": "Monto solicitado",
    "Total budget": "Presupuesto total",
    "{{ budget_totals.total }} {{ currency }} (co-financing {{ budget_totals.cofinancing_share or '0 %' }})":
        "{{ budget_totals.total }} {{ currency }} (cofinanciación "
        "{{ budget_totals.cofinancing_share or '0 %' }})",
    "1. Context and rationale": "1. Contexto y justificación",
    "Context": "Contexto",
    "Not provided.": "No indicado.",
    "Baseline": "Línea de base",
    "Problem and barriers": "Problema y barreras",
    "2. Objectives and results": "2. Objetivos y resultados",
    "Objectives": "Objetivos",
    "Outcomes": "Efectos",
    "Outputs": "Productos",
    "Activities": "Actividades",
    "Theory of change": "Teoría del cambio",
    "3. Partners": "3. Socios",
    "Organisation": "Organización",
    "Country": "País",
    "Role": "Función",
    "Contribution": "Contribución",
    "No partners are listed yet.": "Todavía no se indican socios.",
    "4. Work plan": "4. Plan de trabajo",
    "Activity": "Actividad",
    "Output": "Producto",
    "Responsible": "Responsable",
    "Start": "Inicio",
    "End": "Fin",
    "No work plan is given yet.": "Todavía no se presenta un plan de trabajo.",
    "5. Soil carbon": "5. Carbono del suelo",
    "Soil-carbon actions": "Acciones de carbono del suelo",
    "Expected soil organic carbon (SOC) change": "Cambio esperado del carbono orgánico del suelo (COS)",
    "SOC change": "Cambio del COS",
    "{{ soil.soc_change or '—' }} t C/ha/yr": "{{ soil.soc_change or '—' }} t C/ha/año",
    "Area": "Superficie",
    "{{ soil.area or '—' }} ha": "{{ soil.area or '—' }} ha",
    "Annual SOC gain": "Ganancia anual de COS",
    "{{ soil.annual_gain or '—' }} t C/yr ({{ soil.annual_co2e or '—' }} t CO₂e/yr)":
        "{{ soil.annual_gain or '—' }} t C/año ({{ soil.annual_co2e or '—' }} t CO₂e/año)",
    "Over the project": "Durante el proyecto",
    "{{ soil.total_gain or '—' }} t C": "{{ soil.total_gain or '—' }} t C",
    "6. Co-benefits and safeguards": "6. Beneficios adicionales y salvaguardas",
    "Food security": "Seguridad alimentaria",
    "Adaptation": "Adaptación",
    "Safeguards": "Salvaguardas",
    "Beneficiaries": "Beneficiarios",
    "7. Indicators and MRV": "7. Indicadores y MRV",
    "Indicator": "Indicador",
    "Unit": "Unidad",
    "Target": "Meta",
    "How measured": "Forma de medición",
    "No indicators are defined yet.": "Todavía no se definen indicadores.",
    "Measurement, reporting and verification": "Medición, reporte y verificación",
    "8. Budget and financing": "8. Presupuesto y financiación",
    "Amounts in {{ currency or 'the stated currency' }}.":
        "Montos en {{ currency or 'la moneda indicada' }}.",
    "Category": "Categoría",
    "Item": "Partida",
    "Requested": "Solicitado",
    "Co-fin. cash": "Cofin. en efectivo",
    "Co-fin. in kind": "Cofin. en especie",
    "Total": "Total",
    "Amount requested: {{ amount_requested or budget_totals.requested }}. Co-financing covers "
    "{{ budget_totals.cofinancing_share or '0 %' }} of the total budget.":
        "Monto solicitado: {{ amount_requested or budget_totals.requested }}. La cofinanciación cubre "
        "{{ budget_totals.cofinancing_share or '0 %' }} del presupuesto total.",
    "No budget is given yet.": "Todavía no se presenta un presupuesto.",
    "Candidate funders": "Financiadores potenciales",
    "None named yet.": "Todavía no se nombra ninguno.",
    "9. Risks and mitigation": "9. Riesgos y mitigación",
    "10. Sustainability and scaling": "10. Sostenibilidad y escalamiento",
    "Letter of support": "Carta de apoyo",
    "4 per 1000 Initiative · Executive Secretariat": "Iniciativa 4 por 1000 · Secretaría Ejecutiva",
    "Our reference: {{ reference }}": "Nuestra referencia: {{ reference }}",
    "Letter of support · {{ reference }}": "Carta de apoyo · {{ reference }}",
    "4 per 1000 Initiative": "Iniciativa 4 por 1000",
    "Soils for Food Security and Climate · Executive Secretariat":
        "Suelos para la seguridad alimentaria y el clima · Secretaría Ejecutiva",
    "Letter of support: {{ title }}{% if acronym %} ({{ acronym }}){% endif %}":
        "Carta de apoyo: {{ title }}{% if acronym %} ({{ acronym }}){% endif %}",
    "I am pleased to inform you that on {{ decided_on }} the Bureau of the 4 per 1000 Initiative "
    "{{ decision }} the concept note “{{ title }}” (version {{ version }}), submitted by "
    "{{ lead_organisation or 'your project team' }} through the task force {{ task_force }}.":
        "Me complace informarle que el {{ decided_on }} la Mesa de la Iniciativa 4 por 1000 {{ decision }} "
        "la nota conceptual «{{ title }}» (versión {{ version }}), presentada por "
        "{{ lead_organisation or 'su equipo de proyecto' }} a través del grupo de trabajo {{ task_force }}.",
    "The Scientific and Technical Committee assessed the concept note on {{ assessed_on }} for its "
    "relevance, quality and completeness{% if recommendation %}, with the recommendation "
    "“{{ recommendation }}”{% endif %}.":
        "El Comité Científico y Técnico evaluó la nota conceptual el {{ assessed_on }} en cuanto a su "
        "pertinencia, calidad y completitud{% if recommendation %}, con la recomendación "
        "«{{ recommendation }}»{% endif %}.",
    "The 4 per 1000 Initiative supports this project as a contribution to its strategic plan and to "
    "soils for food security and climate, and encourages funders to consider it favourably. This "
    "letter expresses the Initiative's support; it is not a financial commitment.":
        "La Iniciativa 4 por 1000 apoya este proyecto como una contribución a su plan estratégico y a los "
        "suelos para la seguridad alimentaria y el clima, y alienta a los financiadores a considerarlo "
        "favorablemente. Esta carta expresa el apoyo de la Iniciativa; no constituye un compromiso "
        "financiero.",
    "We wish you every success in securing funding for the project.":
        "Le deseamos mucho éxito en la obtención de financiación para el proyecto.",
    "Yours sincerely,": "Atentamente,",
    "Meeting minutes": "Acta de reunión",
    "Minutes · {{ held_on }}": "Acta · {{ held_on }}",
    "MINUTES · {{ kind|upper }}": "ACTA · {{ kind|upper }}",
    "Date": "Fecha",
    "Place": "Lugar",
    "Cycle and step": "Ciclo y etapa",
    "{{ cycle or '—' }}{% if step %} · step {{ step }}{% endif %}":
        "{{ cycle or '—' }}{% if step %} · etapa {{ step }}{% endif %}",
    "Minutes issued": "Acta emitida el",
    "Participants": "Participantes",
    "Name": "Nombre",
    "No attendance was recorded.": "No se registró la asistencia.",
    "Apologies": "Excusas",
    "Absent": "Ausentes",
    "Agenda": "Orden del día",
    "Decisions": "Decisiones",
    "No.": "N.º",
    "Decision": "Decisión",
    "No decisions were recorded.": "No se registraron decisiones.",
    "Action items": "Acciones pendientes",
    "Action": "Acción",
    "Owner": "Responsable",
    "Due": "Plazo",
    "Status": "Estado",
    "No action items were recorded.": "No se registraron acciones.",
    "Notes": "Notas",
    "Annual progress report": "Informe anual de avance",
    "ANNUAL PROGRESS REPORT · CYCLE {{ cycle }}": "INFORME ANUAL DE AVANCE · CICLO {{ cycle }}",
    "{{ scope }} · issued {{ issued }}": "{{ scope }} · emitido el {{ issued }}",
    "In this cycle": "En este ciclo",
    "Count": "Cantidad",
    "1. Members by role and region": "1. Miembros por función y región",
    "2. Inventory of activities": "2. Inventario de actividades",
    "Activities recorded in the inventory, by status: at the baseline (the first cycle) and now, with "
    "the change.":
        "Actividades registradas en el inventario, por estado: en la línea de base (el primer ciclo) y "
        "ahora, con el cambio.",
    "Now": "Ahora",
    "Change": "Cambio",
    "3. Action-plan indicators": "3. Indicadores del plan de acción",
    "Progress of each indicator toward its target (the numbers refer to the table).":
        "Avance de cada indicador hacia su meta (los números remiten a la tabla).",
    "Latest": "Último valor",
    "Progress": "Avance",
    "No action-plan indicators are recorded for this cycle.":
        "No hay indicadores del plan de acción registrados para este ciclo.",
    "4. Concept-note pipeline": "4. Notas conceptuales en curso",
    "Stage": "Etapa",
    "Concept notes": "Notas conceptuales",
    "5. Meetings held": "5. Reuniones celebradas",
    "Kind": "Tipo",
    "Title": "Título",
    "No meetings were recorded in this cycle.": "No se registraron reuniones en este ciclo.",
    "Amount requested: {{ amount_requested or '—' }}. Co-financing covers "
    "{{ budget_totals.cofinancing_share or '0 %' }} of the total budget.":
        "Monto solicitado: {{ amount_requested or '—' }}. La cofinanciación cubre "
        "{{ budget_totals.cofinancing_share or '0 %' }} del presupuesto total.",
    "Attendance": "Asistencia",
    "Invited, attendance not recorded": "Invitados, asistencia no registrada",
    "No participants were recorded.": "No se registraron participantes.",
    "Present": "Presentes",
    "Warning: {{ budget_warning }}": "Atención: {{ budget_warning }}",
}

WORDS: dict[str, dict[str, str]] = {"fr": FR, "es": ES}
