"""Other titles people give the lists' columns: French, Spanish and the common English synonyms.

Compared folded (no case, accents or punctuation), so "E-mail", "EMAIL" and "e mail" are one entry.
"""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "ID": ("Identifiant", "Identificador", "UUID", "Record ID"),
    "Name": ("Full name", "Person", "Member", "Nom", "Nom complet", "Prénom et nom", "Nom et prénom",
             "Membre", "Nombre", "Nombre completo", "Nombre y apellido", "Miembro"),
    "Email": ("E-mail", "E-mail address", "Email address", "Mail", "Courriel", "Adresse électronique",
              "Adresse e-mail", "Adresse mail", "Correo", "Correo electrónico", "Correo-e"),
    "Organisation": ("Organization", "Institution", "Affiliation", "Employer", "Organisme", "Structure",
                     "Organización", "Organizacion", "Institución", "Organismo", "Entidad"),
    "Country": ("Pays", "País", "Nation"),
    "Countries": ("Country", "Pays", "Países", "País"),
    "Region": ("Région", "Región", "Zone"),
    "Role": ("Rôle", "Rol", "Function", "Fonction", "Función", "Membership role"),
    "Preferred role": ("Rôle préféré", "Rôle souhaité", "Rol preferido", "Desired role"),
    "Status": ("State", "Statut", "État", "Estado", "Situación"),
    "Languages": ("Language", "Spoken languages", "Langues", "Langue", "Langues parlées", "Idiomas",
                  "Idioma", "Lenguas"),
    "Expertise": ("Expertise area", "Field of expertise", "Skills", "Domaine d'expertise", "Compétences",
                  "Experiencia", "Especialidad", "Área de especialización", "Pericia"),
    "Profile URL": ("Profile", "Profile link", "Web page", "Profil", "Lien du profil", "URL du profil",
                    "Perfil", "Enlace del perfil", "URL del perfil"),
    "Start": ("Start date", "Begins", "From", "Début", "Date de début", "Inicio", "Fecha de inicio",
              "Desde"),
    "End": ("End date", "Ends", "Until", "Fin", "Date de fin", "Fecha de fin", "Fecha final", "Hasta"),
    "Title": ("Activity", "Activity title", "Titre", "Activité", "Intitulé", "Título", "Actividad"),
    "Description": ("Summary", "Résumé", "Descriptif", "Descripción", "Resumen"),
    "Sponsor": ("Donor", "Funder", "Financed by", "Bailleur", "Bailleur de fonds", "Financeur",
                "Donateur", "Patrocinador", "Donante", "Financiador"),
    "Owner": ("Lead", "Responsible", "Implementer", "Responsable", "Porteur", "Chef de file",
              "Propietario", "Ejecutor"),
    "URL": ("Link", "Web site", "Website", "Lien", "Site web", "Site internet", "Enlace", "Sitio web"),
    "Budget": ("Amount", "Total budget", "Montant", "Presupuesto", "Monto", "Importe"),
    "Cycle": ("Cycle year", "Year", "SIC cycle", "Année", "Cycle SIC", "Année du cycle", "Ciclo", "Año",
              "Año del ciclo"),
    "Currency": ("Devise", "Monnaie", "Moneda", "Divisa"),
}

# The allowed values of choice columns in French and Spanish (folded), as a person may type them.
CHOICES: dict[str, tuple[str, ...]] = {
    "applied": ("candidat", "candidate", "candidature", "postule", "candidato", "candidata", "solicitado"),
    "active": ("actif", "active", "activo", "activa", "en activite"),
    "to confirm": ("to be confirmed", "unconfirmed", "a confirmer", "confirmer", "non confirme",
                   "por confirmar", "a confirmar", "sin confirmar"),
    "inactive": ("inactif", "inactive", "inactivo", "inactiva"),
    "left": ("parti", "partie", "a quitte", "retire", "retiree", "ancien", "ancienne", "salio", "baja",
             "retirado", "retirada"),
    "planned": ("prevu", "prevue", "planifie", "planifiee", "a venir", "previsto", "prevista",
                "planificado", "planificada"),
    "ongoing": ("en cours", "en curso", "en marcha"),
    "completed": ("termine", "terminee", "acheve", "achevee", "fini", "finie", "terminado", "terminada",
                  "completado", "completada", "concluido"),
}
