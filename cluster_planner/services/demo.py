"""The demo plan: the garment cluster of Atuntaqui, Ecuador, built through the services.

The setting follows the UNIDO case in ``../shared/reference`` (a UNIDO and MICIP
initiative from 2003: a diagnostic with a SWOT, a shared vision of competitiveness
in national and export markets through better access to training and business
services and a joint marketing strategy; networks of firms; a university, the
chamber of commerce and a vocational school as partners; the municipality
promoting the town as a centre of quality garments). Firm names, people and
figures are illustrative, and say so in their notes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cluster_planner.domain.enums import (
    BaselineKind,
    BodyRole,
    MeetingType,
    Sex,
    SizeClass,
    StakeholderType,
)
from cluster_planner.services.plan_document import PlanDocument, new_id

ILLUSTRATIVE = "Illustrative entry of the demo plan."

_ORGANISATIONS: list[dict[str, object]] = [
    dict(
        name="Ministry of Industry and Competitiveness",
        acronym="MICIP",
        stakeholder_type=StakeholderType.PUBLIC_AUTHORITY,
        town="Quito",
        notes="Requested the initiative in 2003 with UNIDO; sits on the Steering Committee.",
    ),
    dict(
        name="United Nations Industrial Development Organization",
        acronym="UNIDO",
        stakeholder_type=StakeholderType.DONOR,
        town="Vienna",
        notes="Launched the cluster development initiative with MICIP in 2003.",
    ),
    dict(
        name="Municipality of Antonio Ante (Atuntaqui)",
        acronym="GMAA",
        stakeholder_type=StakeholderType.PUBLIC_AUTHORITY,
        town="Atuntaqui",
        notes="Leads the regional marketing strategy promoting Atuntaqui as a centre "
        "of quality garment production.",
    ),
    dict(
        name="Chamber of Commerce of Antonio Ante",
        acronym="CCAA",
        stakeholder_type=StakeholderType.BUSINESS_ASSOCIATION,
        town="Atuntaqui",
        notes="Makes equipment available for the shared use of cluster enterprises.",
    ),
    dict(
        name="Universidad Técnica del Norte",
        acronym="UTN",
        stakeholder_type=StakeholderType.TRAINING_RESEARCH,
        town="Ibarra",
        notes="Partner in technological upgrading and updated training curricula.",
    ),
    dict(
        name="Atuntaqui Vocational Textile School",
        acronym="",
        stakeholder_type=StakeholderType.TRAINING_RESEARCH,
        town="Atuntaqui",
        notes="Vocational school drafting updated curricula with the firms. " + ILLUSTRATIVE,
    ),
    dict(
        name="Cooperativa de Ahorro y Crédito Atuntaqui",
        acronym="CACA",
        stakeholder_type=StakeholderType.FINANCIAL,
        town="Atuntaqui",
        notes="Savings and credit cooperative; candidate for a working-capital credit line.",
    ),
    dict(
        name="Norte Design and Fashion Centre",
        acronym="CDMN",
        stakeholder_type=StakeholderType.BDS_PROVIDER,
        town="Ibarra",
        notes=ILLUSTRATIVE,
    ),
    dict(
        name="Tejidos Andinos Cía. Ltda.",
        stakeholder_type=StakeholderType.ENTERPRISE,
        size_class=SizeClass.MEDIUM,
        town="Atuntaqui",
        notes="Knitwear. " + ILLUSTRATIVE,
    ),
    dict(
        name="Confecciones La Estancia",
        stakeholder_type=StakeholderType.ENTERPRISE,
        size_class=SizeClass.SMALL,
        women_led=True,
        town="Atuntaqui",
        notes="Children's wear. " + ILLUSTRATIVE,
    ),
    dict(
        name="Creaciones Sarita",
        stakeholder_type=StakeholderType.ENTERPRISE,
        size_class=SizeClass.MICRO,
        women_led=True,
        town="Andrade Marín",
        notes="Sweaters and cardigans. " + ILLUSTRATIVE,
    ),
    dict(
        name="Moda Imbabura S.A.",
        stakeholder_type=StakeholderType.ENTERPRISE,
        size_class=SizeClass.SMALL,
        town="Atuntaqui",
        notes="Jeans and casual wear. " + ILLUSTRATIVE,
    ),
    dict(
        name="Natabuela Weavers' Association",
        stakeholder_type=StakeholderType.COOPERATIVE,
        women_led=True,
        town="San Francisco de Natabuela",
        notes="Producer group of home-based women weavers. " + ILLUSTRATIVE,
    ),
    dict(
        name="Hilanderías del Norte",
        stakeholder_type=StakeholderType.SUPPLIER,
        size_class=SizeClass.MEDIUM,
        town="Otavalo",
        notes="Yarn supplier. " + ILLUSTRATIVE,
    ),
    dict(
        name="Quito Fashion Retail Group",
        stakeholder_type=StakeholderType.LEAD_FIRM,
        size_class=SizeClass.LARGE,
        town="Quito",
        notes="Department-store buyer sourcing from the cluster. " + ILLUSTRATIVE,
    ),
]

# (name, sex, organisation acronym or name, role, commission role, steering role)
_PEOPLE: list[tuple[str, Sex, str, str, BodyRole, BodyRole]] = [
    (
        "María Fernanda Cevallos",
        Sex.FEMALE,
        "UNIDO",
        "Cluster Development Agent",
        BodyRole.SECRETARY,
        BodyRole.OBSERVER,
    ),
    (
        "Jorge Andrade",
        Sex.MALE,
        "MICIP",
        "Director of SME Development",
        BodyRole.NONE,
        BodyRole.CHAIR,
    ),
    (
        "Patricia Salazar",
        Sex.FEMALE,
        "UNIDO",
        "Project Coordinator, Ecuador",
        BodyRole.NONE,
        BodyRole.MEMBER,
    ),
    (
        "Luis Alberto Guerrero",
        Sex.MALE,
        "GMAA",
        "Head of Economic Development",
        BodyRole.MEMBER,
        BodyRole.NONE,
    ),
    ("Rosa Elena Pabón", Sex.FEMALE, "CCAA", "President", BodyRole.CHAIR, BodyRole.NONE),
    (
        "Diego Morales",
        Sex.MALE,
        "UTN",
        "Dean, Faculty of Applied Sciences",
        BodyRole.MEMBER,
        BodyRole.MEMBER,
    ),
    (
        "Carmen Yépez",
        Sex.FEMALE,
        "Atuntaqui Vocational Textile School",
        "Director",
        BodyRole.MEMBER,
        BodyRole.NONE,
    ),
    ("Fernando Terán", Sex.MALE, "CACA", "Credit Manager", BodyRole.MEMBER, BodyRole.NONE),
    ("Gabriela Ruiz", Sex.FEMALE, "CDMN", "Design Consultant", BodyRole.NONE, BodyRole.NONE),
    (
        "Hernán Villacís",
        Sex.MALE,
        "Tejidos Andinos Cía. Ltda.",
        "General Manager",
        BodyRole.VICE_CHAIR,
        BodyRole.NONE,
    ),
    (
        "Sara Montalvo",
        Sex.FEMALE,
        "Confecciones La Estancia",
        "Owner",
        BodyRole.MEMBER,
        BodyRole.NONE,
    ),
    ("Sarita Chicaiza", Sex.FEMALE, "Creaciones Sarita", "Owner", BodyRole.NONE, BodyRole.NONE),
    (
        "Marco Proaño",
        Sex.MALE,
        "Moda Imbabura S.A.",
        "Production Manager",
        BodyRole.MEMBER,
        BodyRole.NONE,
    ),
    (
        "Luz María Tuquerres",
        Sex.FEMALE,
        "Natabuela Weavers' Association",
        "Coordinator",
        BodyRole.MEMBER,
        BodyRole.NONE,
    ),
    (
        "Iván Cabrera",
        Sex.MALE,
        "Hilanderías del Norte",
        "Sales Manager",
        BodyRole.NONE,
        BodyRole.NONE,
    ),
    (
        "Verónica Almeida",
        Sex.FEMALE,
        "Quito Fashion Retail Group",
        "Sourcing Manager",
        BodyRole.OBSERVER,
        BodyRole.NONE,
    ),
]

_BASELINE = [
    (BaselineKind.FIRMS_MICRO, 260),
    (BaselineKind.FIRMS_SMALL, 85),
    (BaselineKind.FIRMS_MEDIUM, 22),
    (BaselineKind.FIRMS_LARGE, 3),
    (BaselineKind.EMPLOYMENT_WOMEN, 2650),
    (BaselineKind.EMPLOYMENT_MEN, 1900),
    (BaselineKind.TURNOVER, 42_000_000),
    (BaselineKind.EXPORTS, 2_800_000),
]


def build_demo(document: PlanDocument) -> None:
    """Fill an empty, open plan with the demo cluster, one service call per action."""
    document.update_profile(
        name="Atuntaqui garment cluster",
        sector="Textiles and garments",
        main_products="Knitwear, sweaters, children's wear, jeans and casual wear",
        country="Ecuador",
        region="Imbabura",
        town="Atuntaqui (Antonio Ante)",
        currency="USD",
        language="en",
        horizon_start=2026,
        horizon_end=2030,
        description=(
            "Small garment makers of Atuntaqui compete on price in national markets. "
            "A cluster initiative launched by UNIDO and MICIP in 2003 helped them build "
            "networks, work with a university, the chamber of commerce and a vocational "
            "school, and market the town as a centre of quality garment production. "
            "This demo plan continues that work; its firms, people and figures are illustrative."
        ),
    )
    for kind, value in _BASELINE:
        document.add_baseline_figure(
            kind=kind,
            value=float(value),
            as_of=dt.date(2025, 12, 31),
            source="Diagnostic study 2025 (illustrative figures)",
        )
    org_ids: dict[str, int] = {}
    for fields in _ORGANISATIONS:
        org_id = new_id(document.add_organisation(**fields), "organisation")
        org_ids[str(fields["name"])] = org_id
        if fields.get("acronym"):
            org_ids[str(fields["acronym"])] = org_id
    person_ids: list[int] = []
    for name, sex, org, role, commission, steering in _PEOPLE:
        record = document.add_person(
            name=name,
            sex=sex,
            organisation_id=org_ids[org],
            role=role,
            commission_role=commission,
            steering_role=steering,
        )
        person_ids.append(new_id(record, "person"))
    cda = person_ids[0]
    document.add_meeting(
        title="Diagnostic validation workshop",
        date=dt.date(2026, 2, 12),
        meeting_type=MeetingType.VALIDATION_WORKSHOP,
        venue="Chamber of Commerce hall, Atuntaqui",
        facilitator_id=cda,
        notes="The diagnostic study and its SWOT were presented and discussed.",
        attendee_ids=[cda, *person_ids[3:14]],
    )
    document.add_meeting(
        title="Cluster Commission: vision workshop",
        date=dt.date(2026, 3, 19),
        meeting_type=MeetingType.VISION_WORKSHOP,
        venue="Municipal auditorium, Atuntaqui",
        facilitator_id=cda,
        notes="Members named the elements of a shared vision.",
        attendee_ids=[cda, *person_ids[3:8], *person_ids[9:15]],
    )


def create_demo_plan(path: Path | str) -> PlanDocument:
    """Create a fresh demo plan at ``path`` (replacing any file there) and return it open."""
    document = PlanDocument.create(path, overwrite=True)
    try:
        build_demo(document)
    except BaseException:
        document.close()
        raise
    return document
