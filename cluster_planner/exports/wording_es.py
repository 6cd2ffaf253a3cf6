"""The fixed words of the roadmap documents in Spanish (Latin America), keyed by English.

Written with the words cluster development uses in Spanish: clúster, Comisión del
Clúster, actor, FODA, opción estratégica, línea de base, meta, medio de verificación,
organización líder, cofinanciamiento, monitoreo, hoja de ruta. SWOT letters (S, W, O,
T) and option codes (SO, ST, WO, WT) stay as the plan names its items.
"""

from __future__ import annotations

SPANISH: dict[str, str] = {
    # The document and its cover.
    "Cluster": "Clúster",
    "the cluster": "el clúster",
    "{cluster}: vision and action plan": "{cluster}: visión y plan de acción",
    "Vision and action plan": "Visión y plan de acción",
    "Revision {number}": "Revisión {number}",
    "Revision {number} of {date}": "Revisión {number} del {date}",
    "Current plan, {date}": "Plan vigente, {date}",
    "Plan period {start}–{end}": "Período del plan {start}–{end}",
    "Revision {number}, adopted on {date}": "Revisión {number}, adoptada el {date}",
    "Endorsed at: {meeting}": "Avalada en: {meeting}",
    "Current plan (not an adopted revision)": "Plan vigente (no es una revisión adoptada)",
    "Based on revision {number} of {date}": "Basado en la revisión {number} del {date}",
    "Based on revision {number}": "Basado en la revisión {number}",
    "Printed on {date}": "Impreso el {date}",
    "Page {page} of": "Página {page} de",
    "Page {page} of {pages}": "Página {page} de {pages}",
    # Section titles.
    "Cover": "Portada",
    "Contents": "Contenido",
    "Vision": "Visión",
    "Prioritised SWOT": "FODA priorizado",
    "Strategic options": "Opciones estratégicas",
    "Objectives and indicators": "Objetivos e indicadores",
    "Action plan": "Plan de acción",
    "Timeline": "Cronograma",
    "Who committed to what": "Quién se comprometió a qué",
    "Budget by source": "Presupuesto por fuente",
    "Monitoring": "Monitoreo",
    "Revision history": "Historial de revisiones",
    "Endorsement": "Aval",
    # Vision.
    "Vision version {number}, adopted on {date} at {meeting} ({rule}).": (
        "Versión {number} de la visión, adoptada el {date} en {meeting} ({rule})."
    ),
    "No vision has been adopted yet.": "Todavía no se ha adoptado una visión.",
    "Elements of the vision": "Elementos de la visión",
    "{name}: {description}": "{name}: {description}",
    # SWOT.
    "Ranked by the dots given in “{round}” ({date}); rank 1 is the most voted. Items "
    "without votes follow.": (
        "Ordenado por los puntos dados en «{round}» ({date}); el n.º 1 es el más votado. "
        "Siguen los elementos sin votos."
    ),
    "The SWOT has not been prioritised yet.": "Todavía no se ha priorizado el FODA.",
    "rank {rank}": "puesto\u00a0{rank}",
    "{dots} dots": "{dots} puntos",
    "1 dot": "1 punto",
    # Strategic options.
    "No strategic option has been recorded yet.": (
        "Todavía no se ha registrado ninguna opción estratégica."
    ),
    "Options pair the cluster's strengths ({S}) or weaknesses ({W}) with opportunities ({O}) "
    "or threats ({T}). Impact and effort are rated 1 (low) to 5 (high).": (
        "Las opciones combinan las fortalezas ({S}) o debilidades ({W}) del clúster con las "
        "oportunidades ({O}) o amenazas ({T}). El impacto y el esfuerzo se califican de 1 "
        "(bajo) a 5 (alto)."
    ),
    "Code": "Código",
    "Option": "Opción",
    "Draws on": "Se basa en",
    "Impact": "Impacto",
    "Effort": "Esfuerzo",
    # Objectives and indicators.
    "No objective has been set yet.": "Todavía no se ha fijado ningún objetivo.",
    "Serves the vision elements: {names}.": "Contribuye a los elementos de la visión: {names}.",
    "{count} actions": "{count} acciones",
    "1 action": "1 acción",
    "{count} dropped": "{count} descartadas",
    "1 dropped": "1 descartada",
    "No indicator yet.": "Todavía sin indicadores.",
    "Indicator": "Indicador",
    "Baseline": "Línea de base",
    "Target": "Meta",
    "Actual": "Valor actual",
    "Means of verification": "Medio de verificación",
    "by {date}": "al {date}",
    # Action plan.
    "No action has been planned yet.": "Todavía no se ha planificado ninguna acción.",
    "Each action has one accountable lead organisation; partners bring cash, goods in kind "
    "or staff time. Budgets are the sums of the actions' cost-share lines.": (
        "Cada acción tiene una sola organización líder responsable; los socios aportan "
        "efectivo, bienes en especie o tiempo de personal. Los presupuestos son la suma de "
        "las líneas de cofinanciamiento de las acciones."
    ),
    "Action": "Acción",
    "Lead": "Líder",
    "Partners": "Socios",
    "Start": "Inicio",
    "End": "Fin",
    "Budget": "Presupuesto",
    "Status": "Estado",
    "Plan total (dropped actions left out)": "Total del plan (sin las acciones descartadas)",
    # Timeline.
    "No action has dates yet, so there is no timeline.": (
        "Ninguna acción tiene fechas todavía, por eso no hay cronograma."
    ),
    "Bars run from an action's start to its end; diamonds are milestones (filled when "
    "reached); arrows are dependencies. Each status has its own pattern, so the chart reads "
    "in black and white.": (
        "Las barras van del inicio al fin de cada acción; los rombos son hitos (rellenos "
        "cuando se alcanzan); las flechas son dependencias. Cada estado tiene su propia "
        "trama, de modo que el gráfico se lee también en blanco y negro."
    ),
    "Progress (line along the bar's foot)": "Avance (línea al pie de la barra)",
    "Today, {date}": "Hoy, {date}",
    "No category": "Sin categoría",
    "Timeline, rows {first} to {last} of {count}": (
        "Cronograma, filas {first} a {last} de {count}"
    ),
    "Q{number}": "T{number}",
    # Who committed to what.
    "No organisation has committed to an action yet.": (
        "Todavía ninguna organización se ha comprometido con una acción."
    ),
    "{organisation} (continued)": "{organisation} (continuación)",
    "Actions it leads": "Acciones que lidera",
    "What it contributes": "Lo que aporta",
    "What it pays": "Lo que paga",
    "Indicators it reports on": "Indicadores que reporta",
    "Dates": "Fechas",
    "Kind": "Tipo",
    "What": "Qué",
    "Amount": "Monto",
    "Cost": "Costo",
    "no dates yet": "todavía sin fechas",
    "In this plan it {commitments}.": "En este plan, {commitments}.",
    "leads 1 action": "lidera 1 acción",
    "leads {count} actions": "lidera {count} acciones",
    "brings {cash} in cash and {in_kind} in kind": (
        "aporta {cash} en efectivo y {in_kind} en especie"
    ),
    "brings {amount} in cash": "aporta {amount} en efectivo",
    "brings {amount} in kind": "aporta {amount} en especie",
    "gives {days} of staff time": "aporta {days} de personal",
    "pays {amount} of the budget": "paga {amount} del presupuesto",
    "It reports on 1 indicator of the plan.": "Reporta 1 indicador del plan.",
    "It reports on {count} indicators of the plan.": "Reporta {count} indicadores del plan.",
    "Has not committed to any action yet.": "Todavía no se ha comprometido con ninguna acción.",
    "1 day": "1 día",
    "{count} days": "{count} días",
    # Budget.
    "Plan budget: {amount}": "Presupuesto del plan: {amount}",
    "Sums of the actions' cost-share lines; dropped actions are left out. Pledged: "
    "promised; secured: confirmed; spent: already paid out.": (
        "Sumas de las líneas de cofinanciamiento de las acciones, sin las acciones "
        "descartadas. Comprometido: prometido; asegurado: confirmado; gastado: ya pagado."
    ),
    "Who pays, and how sure it is": "Quién paga y con qué seguridad",
    "Source of funds": "Fuente de fondos",
    "No source yet": "Sin fuente todavía",
    "Total": "Total",
    "Budget by objective": "Presupuesto por objetivo",
    "Objective": "Objetivo",
    "Share of the plan": "Parte del plan",
    "Plan total": "Total del plan",
    "{percent} %": "{percent}\u00a0%",
    # Monitoring.
    "No indicator has been set yet.": "Todavía no se ha fijado ningún indicador.",
    "The indicators of the objectives ({objective}) and of the actions ({action}): where the "
    "cluster started, where it aims to be, and how and by whom progress is checked. Actual: "
    "the latest value recorded, with its date.": (
        "Los indicadores de los objetivos ({objective}) y de las acciones ({action}): de "
        "dónde partió el clúster, adónde quiere llegar, y cómo y quién verifica el avance. "
        "Valor actual: el último valor registrado, con su fecha."
    ),
    "For": "De",
    "How often": "Frecuencia",
    "Responsible": "Responsable",
    # Revision history.
    "No revision of this plan has been adopted yet.": (
        "Todavía no se ha adoptado ninguna revisión de este plan."
    ),
    "Revision": "Revisión",
    "Adopted on": "Adoptada el",
    "Meeting": "Reunión",
    "Decision": "Decisión",
    "Revision {number}: {title}": "Revisión {number}: {title}",
    "The first adopted plan.": "El primer plan adoptado.",
    "Changes since revision {number} (not yet adopted)": (
        "Cambios desde la revisión {number} (todavía no adoptados)"
    ),
    "No change since revision {number}.": "Sin cambios desde la revisión {number}.",
    "Changes since revision {number}:": "Cambios desde la revisión {number}:",
    # Endorsement.
    "This roadmap was endorsed by the Cluster Commission of {cluster} at its meeting "
    "“{meeting}” on {date}.": (
        "Esta hoja de ruta fue avalada por la Comisión del Clúster de {cluster} en su "
        "reunión «{meeting}» del {date}."
    ),
    "This roadmap was endorsed by the Cluster Commission of {cluster} at its meeting "
    "“{meeting}”.": (
        "Esta hoja de ruta fue avalada por la Comisión del Clúster de {cluster} en su "
        "reunión «{meeting}»."
    ),
    "This roadmap was endorsed by the Cluster Commission of {cluster} at its "
    "meeting\u00a0of\u00a0______________.": (
        "Esta hoja de ruta fue avalada por la Comisión del Clúster de {cluster} en su "
        "reunión\u00a0del\u00a0______________."
    ),
    "Role": "Cargo",
    "Name": "Nombre",
    "Signature": "Firma",
    "Date": "Fecha",
    # Dates.
    "{day} {month} {year}": "{day} de {month} de {year}",
    "January": "enero",
    "February": "febrero",
    "March": "marzo",
    "April": "abril",
    "May": "mayo",
    "June": "junio",
    "July": "julio",
    "August": "agosto",
    "September": "septiembre",
    "October": "octubre",
    "November": "noviembre",
    "December": "diciembre",
    # Action statuses.
    "Proposed": "Propuesta",
    "Approved": "Aprobada",
    "In progress": "En curso",
    "Completed": "Completada",
    "Delayed": "Retrasada",
    "On hold": "En pausa",
    "Dropped": "Descartada",
    # Contributions, sources and funding status.
    "Cash": "Efectivo",
    "In kind": "En especie",
    "Staff days": "Días de personal",
    "Cluster firms": "Empresas del clúster",
    "Association": "Gremio",
    "Government": "Gobierno",
    "Donor": "Donante",
    "Bank": "Banco",
    "Other source": "Otra fuente",
    "Pledged": "Comprometido",
    "Secured": "Asegurado",
    "Spent": "Gastado",
    # SWOT quadrants and option kinds.
    "Strengths": "Fortalezas",
    "Weaknesses": "Debilidades",
    "Opportunities": "Oportunidades",
    "Threats": "Amenazas",
    "SO: use strengths to seize opportunities": (
        "SO: usar las fortalezas para aprovechar las oportunidades"
    ),
    "ST: use strengths to counter threats": "ST: usar las fortalezas para enfrentar las amenazas",
    "WO: overcome weaknesses through opportunities": (
        "WO: superar las debilidades aprovechando las oportunidades"
    ),
    "WT: reduce weaknesses and avoid threats": (
        "WT: reducir las debilidades y evitar las amenazas"
    ),
    # Horizons and network types.
    "Pilot (quick win)": "Piloto (logro rápido)",
    "Short-term": "Corto plazo",
    "Strategic": "Estratégica",
    "Horizontal: among firms": "Horizontal: entre empresas",
    "Vertical: firms with institutions": "Vertical: empresas con instituciones",
    "Institutional": "Institucional",
    # Decision rules and Commission roles.
    "Consensus": "Consenso",
    "Simple majority": "Mayoría simple",
    "Two-thirds majority": "Mayoría de dos tercios",
    "Other rule": "Otra regla",
    "No seat": "Sin puesto",
    "Member": "Miembro",
    "Chair": "Presidencia",
    "Vice-chair": "Vicepresidencia",
    "Secretary": "Secretaría",
    "Observer": "Observador",
    # Meetings.
    "Diagnostic workshop": "Taller de diagnóstico",
    "Validation workshop": "Taller de validación",
    "Vision workshop": "Taller de visión",
    "Action planning workshop": "Taller de planificación de acciones",
    "Cluster Commission meeting": "Reunión de la Comisión del Clúster",
    "Steering Committee meeting": "Reunión del Comité Directivo",
    "Review meeting": "Reunión de seguimiento",
    "Other meeting": "Otra reunión",
    # Stakeholder types.
    "Enterprise": "Empresa",
    "Business association": "Gremio empresarial",
    "Cooperative / producer group": "Cooperativa / grupo de productores",
    "BDS provider": "Proveedor de SDE",
    "Bank / financial service provider": "Banco / proveedor de servicios financieros",
    "Public authority": "Autoridad pública",
    "Training / research institution": "Institución de capacitación / investigación",
    "NGO / civil society": "ONG / sociedad civil",
    "Donor / international organisation": "Donante / organismo internacional",
    "Lead firm / buyer": "Empresa ancla / comprador",
    "Supplier": "Proveedor",
    # Joint-action categories.
    "Joint purchase": "Compra conjunta",
    "Joint marketing / common brand": "Comercialización conjunta / marca común",
    "Trade fair / buyer-seller meet": "Feria comercial / rueda de negocios",
    "Shared equipment / common facility": "Equipamiento compartido / centro común",
    "Training / skills": "Capacitación / competencias",
    "Study tour / twinning": "Gira de estudio / hermanamiento",
    "Design / product development": "Diseño / desarrollo de productos",
    "Quality, testing, certification": "Calidad, ensayos, certificación",
    "Technology, energy, cleaner production": "Tecnología, energía, producción más limpia",
    "Finance / credit linkage": "Financiamiento / acceso al crédito",
    "Business services linkage": "Vinculación con servicios empresariales",
    "Infrastructure": "Infraestructura",
    "Social protection / occupational safety": (
        "Protección social / seguridad y salud en el trabajo"
    ),
    "Institution building (network, consortium, association)": (
        "Fortalecimiento institucional (red, consorcio, asociación)"
    ),
    "Policy dialogue": "Diálogo de políticas",
    "A sheet per organisation: the actions it leads, what it brings as a partner, the part of "
    "the budget it pays and the indicators it reports on. Dropped actions are left out.": (
        "Una ficha por organización: las acciones que lidera, lo que aporta como socio, la "
        "parte del presupuesto que paga y los indicadores que reporta. No se incluyen las "
        "acciones descartadas."
    ),
    "⚠ {amount} of the cash it brings is in no cost line of the budget ({codes}): add the cost "
    "lines it pays there, or correct the amounts.": (
        "⚠ {amount} del efectivo que aporta no figura en ninguna línea de costo del "
        "presupuesto ({codes}): agregue las líneas de costo que paga allí o corrija los "
        "montos."
    ),
    "Source": "Fuente",
    "not stated": "sin precisar",
    "Not stated": "Sin precisar",
    "takes part in 1 action as a partner": "participa en 1 acción como socio",
    "takes part in {count} actions as a partner": "participa en {count} acciones como socio",
    "has not yet said what it brings to 1 action": "aún no ha precisado lo que aporta a 1 acción",
    "has not yet said what it brings to {count} actions": (
        "aún no ha precisado lo que aporta a {count} acciones"
    ),
    "the {amount} in cash it brings is part of it": (
        "los {amount} en efectivo que aporta forman parte de ello"
    ),
    "{amount} of it is the cash it brings": "{amount} corresponden al efectivo que aporta",
    "reports on 1 indicator": "reporta 1 indicador",
    "reports on {count} indicators": "reporta {count} indicadores",
    "Moved since revision {number}": "Desplazada desde la revisión {number}",
    "new": "nueva",
    "Revision {number}'s dates (the baseline)": "Fechas de la revisión {number} (la línea de base)",
}
