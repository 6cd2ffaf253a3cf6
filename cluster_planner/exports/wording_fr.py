"""The fixed words of the roadmap documents in French, keyed by English.

Written with the words cluster development uses in French: cluster, Commission du
cluster, acteur, FFOM, option stratégique, valeur de référence, cible, moyen de
vérification, chef de file, cofinancement, suivi, feuille de route. French typography:
a no-break space before the colon and the per cent sign, a narrow one before ; ? !,
guillemets « … » and the apostrophe ’. SWOT letters (S, W, O, T) and option codes (SO,
ST, WO, WT) stay as the plan names its items.
"""

from __future__ import annotations

FRENCH: dict[str, str] = {
    # The document and its cover.
    "Cluster": "Cluster",
    "the cluster": "le cluster",
    "{cluster}: vision and action plan": "{cluster}\u00a0: vision et plan d’action",
    "Vision and action plan": "Vision et plan d’action",
    "Revision {number}": "Révision {number}",
    "Revision {number} of {date}": "Révision {number} du {date}",
    "Current plan, {date}": "Plan en vigueur, {date}",
    "Plan period {start}–{end}": "Période du plan {start}–{end}",
    "Revision {number}, adopted on {date}": "Révision {number}, adoptée le {date}",
    "Endorsed at: {meeting}": "Entérinée lors de\u00a0: {meeting}",
    "Current plan (not an adopted revision)": "Plan en vigueur (pas une révision adoptée)",
    "Based on revision {number} of {date}": "Fondé sur la révision {number} du {date}",
    "Based on revision {number}": "Fondé sur la révision {number}",
    "Printed on {date}": "Imprimé le {date}",
    "Page {page} of": "Page {page} sur",
    "Page {page} of {pages}": "Page {page} sur {pages}",
    # Section titles.
    "Cover": "Couverture",
    "Contents": "Sommaire",
    "Vision": "Vision",
    "Prioritised SWOT": "FFOM priorisée",
    "Strategic options": "Options stratégiques",
    "Objectives and indicators": "Objectifs et indicateurs",
    "Action plan": "Plan d’action",
    "Timeline": "Chronogramme",
    "Who committed to what": "Qui s’est engagé à quoi",
    "Budget by source": "Budget par source",
    "Monitoring": "Suivi",
    "Revision history": "Historique des révisions",
    "Endorsement": "Approbation",
    # Vision.
    "Vision version {number}, adopted on {date} at {meeting} ({rule}).": (
        "Version {number} de la vision, adoptée le {date} lors de «\u00a0{meeting}\u00a0» ({rule})."
    ),
    "No vision has been adopted yet.": "Aucune vision n’a encore été adoptée.",
    "Elements of the vision": "Éléments de la vision",
    "{name}: {description}": "{name}\u00a0: {description}",
    # SWOT.
    "Ranked by the dots given in “{round}” ({date}); rank 1 is the most voted. Items "
    "without votes follow.": (
        "Classement selon les gommettes du vote «\u00a0{round}\u00a0» ({date})\u202f; le "
        "n°\u00a01 est le plus voté. Les éléments sans vote suivent."
    ),
    "The SWOT has not been prioritised yet.": "La FFOM n’a pas encore été priorisée.",
    "rank {rank}": "rang\u00a0{rank}",
    "{dots} dots": "{dots} gommettes",
    "1 dot": "1 gommette",
    # Strategic options.
    "No strategic option has been recorded yet.": (
        "Aucune option stratégique n’a encore été enregistrée."
    ),
    "Options pair the cluster's strengths ({S}) or weaknesses ({W}) with opportunities ({O}) "
    "or threats ({T}). Impact and effort are rated 1 (low) to 5 (high).": (
        "Les options associent les forces ({S}) ou les faiblesses ({W}) du cluster aux "
        "opportunités ({O}) ou aux menaces ({T}). L’impact et l’effort sont notés de 1 (faible) "
        "à 5 (élevé)."
    ),
    "Code": "Code",
    "Option": "Option",
    "Draws on": "S’appuie sur",
    "Impact": "Impact",
    "Effort": "Effort",
    # Objectives and indicators.
    "No objective has been set yet.": "Aucun objectif n’a encore été fixé.",
    "Serves the vision elements: {names}.": ("Sert les éléments de la vision\u00a0: {names}."),
    "{count} actions": "{count} actions",
    "1 action": "1 action",
    "{count} dropped": "{count} abandonnées",
    "1 dropped": "1 abandonnée",
    "No indicator yet.": "Pas encore d’indicateur.",
    "Indicator": "Indicateur",
    "Baseline": "Valeur de référence",
    "Target": "Cible",
    "Actual": "Valeur actuelle",
    "Means of verification": "Moyen de vérification",
    "by {date}": "d’ici le {date}",
    # Action plan.
    "No action has been planned yet.": "Aucune action n’a encore été planifiée.",
    "Each action has one accountable lead organisation; partners bring cash, goods in kind "
    "or staff time. Budgets are the sums of the actions' cost-share lines.": (
        "Chaque action a un seul chef de file responsable\u202f; les partenaires apportent "
        "du numéraire, des biens en nature ou du temps de personnel. Les budgets sont les "
        "sommes des lignes de cofinancement des actions."
    ),
    "Action": "Action",
    "Lead": "Chef de file",
    "Partners": "Partenaires",
    "Start": "Début",
    "End": "Fin",
    "Budget": "Budget",
    "Status": "Statut",
    "Plan total (dropped actions left out)": "Total du plan (hors actions abandonnées)",
    # Timeline.
    "No action has dates yet, so there is no timeline.": (
        "Aucune action n’a encore de dates\u202f: il n’y a donc pas de chronogramme."
    ),
    "Bars run from an action's start to its end; diamonds are milestones (filled when "
    "reached); arrows are dependencies. Each status has its own pattern, so the chart reads "
    "in black and white.": (
        "Les barres vont du début à la fin de chaque action\u202f; les losanges sont des "
        "jalons (pleins une fois atteints)\u202f; les flèches sont des dépendances. Chaque "
        "statut a sa propre trame, si bien que le graphique se lit aussi en noir et blanc."
    ),
    "Progress (line along the bar's foot)": "Avancement (trait au pied de la barre)",
    "Today, {date}": "Aujourd’hui, {date}",
    "No category": "Sans catégorie",
    "Timeline, rows {first} to {last} of {count}": (
        "Chronogramme, lignes {first} à {last} sur {count}"
    ),
    "Q{number}": "T{number}",
    # Who committed to what.
    "No organisation has committed to an action yet.": (
        "Aucune organisation ne s’est encore engagée dans une action."
    ),
    "{organisation} (continued)": "{organisation} (suite)",
    "Actions it leads": "Actions dont elle est chef de file",
    "What it contributes": "Ce qu’elle apporte",
    "What it pays": "Ce qu’elle paie",
    "Indicators it reports on": "Indicateurs dont elle rend compte",
    "Dates": "Dates",
    "Kind": "Nature",
    "What": "Quoi",
    "Amount": "Montant",
    "Cost": "Coût",
    "no dates yet": "pas encore de dates",
    "In this plan it {commitments}.": "Dans ce plan, l’organisation {commitments}.",
    "leads 1 action": "est chef de file d’une action",
    "leads {count} actions": "est chef de file de {count} actions",
    "brings {cash} in cash and {in_kind} in kind": (
        "apporte {cash} en numéraire et {in_kind} en nature"
    ),
    "brings {amount} in cash": "apporte {amount} en numéraire",
    "brings {amount} in kind": "apporte {amount} en nature",
    "gives {days} of staff time": "donne {days} de personnel",
    "pays {amount} of the budget": "paie {amount} du budget",
    "It reports on 1 indicator of the plan.": "Elle rend compte d’un indicateur du plan.",
    "It reports on {count} indicators of the plan.": (
        "Elle rend compte de {count} indicateurs du plan."
    ),
    "Has not committed to any action yet.": "Ne s’est encore engagée dans aucune action.",
    "1 day": "1 jour",
    "{count} days": "{count} jours",
    # Budget.
    "Plan budget: {amount}": "Budget du plan\u00a0: {amount}",
    "Sums of the actions' cost-share lines; dropped actions are left out. Pledged: "
    "promised; secured: confirmed; spent: already paid out.": (
        "Sommes des lignes de cofinancement des actions, hors actions abandonnées. "
        "Promis\u00a0: annoncé\u202f; acquis\u00a0: confirmé\u202f; dépensé\u00a0: déjà "
        "décaissé."
    ),
    "Who pays, and how sure it is": "Qui paie, et avec quelle certitude",
    "Source of funds": "Source des fonds",
    "No source yet": "Pas encore de source",
    "Total": "Total",
    "Budget by objective": "Budget par objectif",
    "Objective": "Objectif",
    "Share of the plan": "Part du plan",
    "Plan total": "Total du plan",
    "{percent} %": "{percent}\u202f%",
    # Monitoring.
    "No indicator has been set yet.": "Aucun indicateur n’a encore été fixé.",
    "The indicators of the objectives ({objective}) and of the actions ({action}): where the "
    "cluster started, where it aims to be, and how and by whom progress is checked. Actual: "
    "the latest value recorded, with its date.": (
        "Les indicateurs des objectifs ({objective}) et des actions ({action})\u00a0: d’où "
        "part le cluster, où il veut arriver, et comment et par qui les progrès sont "
        "vérifiés. Valeur actuelle\u00a0: la dernière valeur relevée, avec sa date."
    ),
    "For": "Pour",
    "How often": "Fréquence",
    "Responsible": "Responsable",
    # Revision history.
    "No revision of this plan has been adopted yet.": (
        "Aucune révision de ce plan n’a encore été adoptée."
    ),
    "Revision": "Révision",
    "Adopted on": "Adoptée le",
    "Meeting": "Réunion",
    "Decision": "Décision",
    "Revision {number}: {title}": "Révision {number}\u00a0: {title}",
    "The first adopted plan.": "Le premier plan adopté.",
    "Changes since revision {number} (not yet adopted)": (
        "Changements depuis la révision {number} (pas encore adoptés)"
    ),
    "No change since revision {number}.": "Aucun changement depuis la révision {number}.",
    "Changes since revision {number}:": "Changements depuis la révision {number}\u00a0:",
    # Endorsement.
    "This roadmap was endorsed by the Cluster Commission of {cluster} at its meeting "
    "“{meeting}” on {date}.": (
        "Cette feuille de route a été entérinée par la Commission du cluster {cluster} lors "
        "de sa réunion «\u00a0{meeting}\u00a0» du {date}."
    ),
    "This roadmap was endorsed by the Cluster Commission of {cluster} at its meeting "
    "“{meeting}”.": (
        "Cette feuille de route a été entérinée par la Commission du cluster {cluster} lors "
        "de sa réunion «\u00a0{meeting}\u00a0»."
    ),
    "This roadmap was endorsed by the Cluster Commission of {cluster} at its "
    "meeting\u00a0of\u00a0______________.": (
        "Cette feuille de route a été entérinée par la Commission du cluster {cluster} lors "
        "de sa réunion\u00a0du\u00a0______________."
    ),
    "Role": "Fonction",
    "Name": "Nom",
    "Signature": "Signature",
    "Date": "Date",
    # Dates.
    "{day} {month} {year}": "{day} {month} {year}",
    "January": "janvier",
    "February": "février",
    "March": "mars",
    "April": "avril",
    "May": "mai",
    "June": "juin",
    "July": "juillet",
    "August": "août",
    "September": "septembre",
    "October": "octobre",
    "November": "novembre",
    "December": "décembre",
    # Action statuses.
    "Proposed": "Proposée",
    "Approved": "Approuvée",
    "In progress": "En cours",
    "Completed": "Achevée",
    "Delayed": "En retard",
    "On hold": "Suspendue",
    "Dropped": "Abandonnée",
    # Contributions, sources and funding status.
    "Cash": "Numéraire",
    "In kind": "En nature",
    "Staff days": "Jours de personnel",
    "Cluster firms": "Entreprises du cluster",
    "Association": "Association",
    "Government": "État et collectivités",
    "Donor": "Bailleur de fonds",
    "Bank": "Banque",
    "Other source": "Autre source",
    "Pledged": "Promis",
    "Secured": "Acquis",
    "Spent": "Dépensé",
    # SWOT quadrants and option kinds.
    "Strengths": "Forces",
    "Weaknesses": "Faiblesses",
    "Opportunities": "Opportunités",
    "Threats": "Menaces",
    "SO: use strengths to seize opportunities": (
        "SO\u00a0: s’appuyer sur les forces pour saisir les opportunités"
    ),
    "ST: use strengths to counter threats": (
        "ST\u00a0: s’appuyer sur les forces pour contrer les menaces"
    ),
    "WO: overcome weaknesses through opportunities": (
        "WO\u00a0: surmonter les faiblesses grâce aux opportunités"
    ),
    "WT: reduce weaknesses and avoid threats": (
        "WT\u00a0: réduire les faiblesses et éviter les menaces"
    ),
    # Horizons and network types.
    "Pilot (quick win)": "Pilote (gain rapide)",
    "Short-term": "Court terme",
    "Strategic": "Stratégique",
    "Horizontal: among firms": "Horizontal\u00a0: entre entreprises",
    "Vertical: firms with institutions": "Vertical\u00a0: entreprises et institutions",
    "Institutional": "Institutionnel",
    # Decision rules and Commission roles.
    "Consensus": "Consensus",
    "Simple majority": "Majorité simple",
    "Two-thirds majority": "Majorité des deux tiers",
    "Other rule": "Autre règle",
    "No seat": "Sans siège",
    "Member": "Membre",
    "Chair": "Présidence",
    "Vice-chair": "Vice-présidence",
    "Secretary": "Secrétariat",
    "Observer": "Observateur",
    # Meetings.
    "Diagnostic workshop": "Atelier de diagnostic",
    "Validation workshop": "Atelier de validation",
    "Vision workshop": "Atelier de vision",
    "Action planning workshop": "Atelier de planification des actions",
    "Cluster Commission meeting": "Réunion de la Commission du cluster",
    "Steering Committee meeting": "Réunion du Comité de pilotage",
    "Review meeting": "Réunion de revue",
    "Other meeting": "Autre réunion",
    # Stakeholder types.
    "Enterprise": "Entreprise",
    "Business association": "Association professionnelle",
    "Cooperative / producer group": "Coopérative / groupement de producteurs",
    "BDS provider": "Prestataire de SDE",
    "Bank / financial service provider": "Banque / prestataire de services financiers",
    "Public authority": "Autorité publique",
    "Training / research institution": "Établissement de formation / de recherche",
    "NGO / civil society": "ONG / société civile",
    "Donor / international organisation": "Bailleur / organisation internationale",
    "Lead firm / buyer": "Entreprise pilote / acheteur",
    "Supplier": "Fournisseur",
    # Joint-action categories.
    "Joint purchase": "Achat groupé",
    "Joint marketing / common brand": "Commercialisation conjointe / marque commune",
    "Trade fair / buyer-seller meet": "Salon professionnel / rencontre acheteurs-vendeurs",
    "Shared equipment / common facility": "Équipement partagé / centre commun",
    "Training / skills": "Formation / compétences",
    "Study tour / twinning": "Voyage d’étude / jumelage",
    "Design / product development": "Design / développement de produits",
    "Quality, testing, certification": "Qualité, essais, certification",
    "Technology, energy, cleaner production": "Technologie, énergie, production plus propre",
    "Finance / credit linkage": "Financement / accès au crédit",
    "Business services linkage": "Liens avec les services aux entreprises",
    "Infrastructure": "Infrastructures",
    "Social protection / occupational safety": (
        "Protection sociale / santé et sécurité au travail"
    ),
    "Institution building (network, consortium, association)": (
        "Renforcement institutionnel (réseau, consortium, association)"
    ),
    "Policy dialogue": "Dialogue sur les politiques",
    "A sheet per organisation: the actions it leads, what it brings as a partner, the part of "
    "the budget it pays and the indicators it reports on. Dropped actions are left out.": (
        "Une fiche par organisation\u00a0: les actions qu’elle pilote, ce qu’elle apporte "
        "comme partenaire, la part du budget qu’elle paie et les indicateurs dont elle rend "
        "compte. Les actions abandonnées ne figurent pas."
    ),
    "⚠ {amount} of the cash it brings is in no cost line of the budget ({codes}): add the cost "
    "lines it pays there, or correct the amounts.": (
        "⚠ {amount} du numéraire qu’elle apporte ne figurent dans aucune ligne de "
        "cofinancement du budget ({codes})\u00a0: ajoutez les lignes qu’elle y paie, ou "
        "corrigez les montants."
    ),
    "Source": "Source",
    "not stated": "non précisé",
    "Not stated": "Non précisé",
    "takes part in 1 action as a partner": "participe à 1 action comme partenaire",
    "takes part in {count} actions as a partner": "participe à {count} actions comme partenaire",
    "has not yet said what it brings to 1 action": (
        "n’a pas encore précisé ce qu’elle apporte à 1 action"
    ),
    "has not yet said what it brings to {count} actions": (
        "n’a pas encore précisé ce qu’elle apporte à {count} actions"
    ),
    "the {amount} in cash it brings is part of it": (
        "les {amount} en numéraire qu’elle apporte en font partie"
    ),
    "{amount} of it is the cash it brings": "dont {amount} du numéraire qu’elle apporte",
    "reports on 1 indicator": "rend compte d’un indicateur",
    "reports on {count} indicators": "rend compte de {count} indicateurs",
    "Moved since revision {number}": "Décalage depuis la révision {number}",
    "new": "nouvelle",
    "Revision {number}'s dates (the baseline)": "Dates de la révision {number} (la référence)",
}
