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
import hashlib
import os
import shutil
from pathlib import Path

from cluster_planner import __version__
from cluster_planner.domain.enums import (
    BaselineKind,
    BodyRole,
    DecisionRule,
    ItemStatus,
    MeetingType,
    OptionKind,
    Quadrant,
    Sex,
    SizeClass,
    StakeholderType,
)
from cluster_planner.domain.vision import VisionParts, compose
from cluster_planner.services.plan_document import PlanDocument, new_id
from cluster_planner.storage.plan_file import SCHEMA_VERSION, SUFFIX, restamp

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


S, W, O, T = Quadrant.STRENGTH, Quadrant.WEAKNESS, Quadrant.OPPORTUNITY, Quadrant.THREAT  # noqa: E741

# (key, quadrant, statement, themes, evidence, source); evidence marked illustrative.
_SWOT: list[tuple[str, Quadrant, str, tuple[str, ...], str, str]] = [
    (
        "s_tradition",
        S,
        "A century-old knitting tradition, since the Imbabura textile mill opened in 1924",
        ("skills",),
        "The mill is now a museum that draws visitors.",
        "Diagnostic study",
    ),
    (
        "s_town",
        S,
        "Atuntaqui is known across Ecuador as a town to buy garments",
        ("markets",),
        "The Carnival garment fair draws buyers from across the country.",
        "Municipality (illustrative)",
    ),
    (
        "s_workforce",
        S,
        "Skilled knitters and machine operators, most of them women",
        ("skills", "social_gender"),
        "About 58 % of the cluster's workers are women.",
        "Baseline figures 2025",
    ),
    (
        "s_proximity",
        S,
        "Firms work close together and share suppliers and subcontractors",
        ("production_technology",),
        "Most firms lie within 3 km of the town centre.",
        "Firm mapping",
    ),
    (
        "s_chamber",
        S,
        "The Chamber of Commerce offers equipment for shared use",
        ("institutions_governance",),
        "UNIDO case study of Atuntaqui.",
        "Reference paper",
    ),
    (
        "s_institutions",
        S,
        "The university and the vocational school are willing to update curricula with the firms",
        ("skills", "institutions_governance"),
        "UNIDO case study of Atuntaqui.",
        "Reference paper",
    ),
    (
        "w_price",
        W,
        "Firms compete on price alone, with little product differentiation",
        ("markets",),
        "Most firms sell the same models at falling prices.",
        "Diagnostic interviews",
    ),
    (
        "w_machines",
        W,
        "Most micro firms use outdated knitting machines",
        ("production_technology",),
        "Average machine age of 15 years in the sample.",
        "Firm survey (illustrative)",
    ),
    (
        "w_machines_dup",
        W,
        "Machines are old and slow",
        ("production_technology",),
        "Raised again in the validation workshop.",
        "Workshop notes",
    ),
    (
        "w_marketing",
        W,
        "No joint marketing and no common brand",
        ("markets",),
        "No firm network or brand existed before the initiative.",
        "Reference paper",
    ),
    (
        "w_design",
        W,
        "Weak design capacity: models are copied",
        ("production_technology",),
        "Only 4 of 40 firms surveyed employ a designer.",
        "Firm survey (illustrative)",
    ),
    (
        "w_credit",
        W,
        "Little access to working capital; informal lenders charge high rates",
        ("finance",),
        "Firms cite credit as the main constraint before each season.",
        "Diagnostic interviews",
    ),
    (
        "w_trust",
        W,
        "Low trust among firms; no experience of buying or selling together",
        ("institutions_governance",),
        "Trust grew only as joint actions succeeded.",
        "Reference paper",
    ),
    (
        "w_curricula",
        W,
        "Training curricula are out of step with firms' needs",
        ("skills",),
        "Updated curricula were drafted with the firms.",
        "Reference paper",
    ),
    (
        "o_demand",
        O,
        "Growing national demand for quality, locally made garments",
        ("markets",),
        "Department stores report rising sales of Ecuadorian brands.",
        "Buyer interviews (illustrative)",
    ),
    (
        "o_tourism",
        O,
        "Visitors on the Otavalo–Ibarra route stop in Atuntaqui",
        ("markets",),
        "Weekend visitor counts at the museum and shops.",
        "Municipality (illustrative)",
    ),
    (
        "o_programmes",
        O,
        "Government programmes support SME upgrading and clusters",
        ("policy", "finance"),
        "MICIP requested the initiative with UNIDO.",
        "Reference paper",
    ),
    (
        "o_andean",
        O,
        "Markets in Colombia and Peru under Andean Community trade rules",
        ("markets", "policy"),
        "Some firms already sell to traders from Ipiales.",
        "Diagnostic interviews",
    ),
    (
        "o_online",
        O,
        "Online sales reach urban buyers directly",
        ("markets",),
        "Three firms started selling through social media in 2025.",
        "Firm survey (illustrative)",
    ),
    (
        "o_buyers",
        O,
        "Buyers look for reliable local suppliers",
        ("markets",),
        "A Quito retail group is sourcing locally.",
        "Buyer interviews (illustrative)",
    ),
    (
        "t_imports",
        T,
        "Cheap imported garments and contraband",
        ("markets", "policy"),
        "Imports undercut local prices by 30–40 %.",
        "Customs data (illustrative)",
    ),
    (
        "t_yarn",
        T,
        "Rising price of imported yarn and dependence on a few suppliers",
        ("raw_materials",),
        "Yarn prices rose 18 % in two years.",
        "Supplier price lists",
    ),
    (
        "t_towns",
        T,
        "Competition from other Ecuadorian garment towns",
        ("markets",),
        "Other towns host their own fairs.",
        "Diagnostic interviews",
    ),
    (
        "t_costs",
        T,
        "Dollarisation makes wages costly compared with neighbouring countries",
        ("policy",),
        "Ecuador has used the US dollar since 2000.",
        "Central bank",
    ),
    (
        "t_youth",
        T,
        "Young people leave the trade for jobs in the cities",
        ("skills", "social_gender"),
        "Few apprentices under 25 in the firms visited.",
        "Diagnostic interviews",
    ),
    (
        "t_climate",
        T,
        "Climate change affects cotton supply",
        ("environment",),
        "Dropped in the workshop as too general.",
        "Workshop notes",
    ),
]

# Dots entered after the validation workshop: 12 voters × 5 dots, some split by sex.
_TALLIES: dict[str, int | list[tuple[int, Sex]]] = {
    "w_marketing": [(6, Sex.FEMALE), (3, Sex.MALE)],
    "w_machines": [(3, Sex.FEMALE), (2, Sex.MALE)],
    "w_machines_dup": 2,
    "w_credit": [(3, Sex.FEMALE), (3, Sex.MALE)],
    "w_design": 3,
    "w_trust": 2,
    "o_demand": [(5, Sex.FEMALE), (2, Sex.MALE)],
    "o_buyers": 4,
    "o_programmes": 3,
    "o_tourism": 1,
    "t_imports": [(3, Sex.FEMALE), (4, Sex.MALE)],
    "t_yarn": 4,
    "s_town": 3,
    "s_workforce": 3,
    "s_institutions": 1,
}

# (kind, statement, item keys, impact, effort)
_OPTIONS: list[tuple[OptionKind, str, tuple[str, ...], int, int]] = [
    (
        OptionKind.SO,
        "Build a common “Hecho en Atuntaqui” quality brand on the town's garment reputation",
        ("s_town", "o_demand", "o_buyers"),
        5,
        3,
    ),
    (
        OptionKind.SO,
        "Joint trade-fair stands for knitwear in Colombia and Peru",
        ("s_tradition", "o_andean"),
        3,
        4,
    ),
    (
        OptionKind.SO,
        "Firms, university and vocational school meet buyers' quality requirements together",
        ("s_institutions", "o_buyers"),
        4,
        3,
    ),
    (
        OptionKind.ST,
        "Use the Carnival fair to promote quality and design against cheap imports",
        ("s_town", "t_imports"),
        3,
        2,
    ),
    (
        OptionKind.WO,
        "Co-finance shared modern knitting machines through government upgrading programmes",
        ("w_machines", "o_programmes"),
        4,
        4,
    ),
    (
        OptionKind.WO,
        "A design and product development service with the design centre for "
        "online and tourist markets",
        ("w_design", "o_online", "o_tourism"),
        4,
        2,
    ),
    (
        OptionKind.WO,
        "A working-capital credit line with the savings cooperative, backed by buyer orders",
        ("w_credit", "o_buyers"),
        4,
        2,
    ),
    (
        OptionKind.WT,
        "Joint bulk purchase of yarn to cut costs and depend less on a few suppliers",
        ("w_trust", "t_yarn"),
        3,
        1,
    ),
    (
        OptionKind.WT,
        "An apprenticeship scheme with the vocational school to keep young people in the trade",
        ("w_curricula", "t_youth"),
        3,
        3,
    ),
]


def _build_diagnostic(document: PlanDocument, meeting_id: int) -> tuple[dict[str, int], list[int]]:
    items: dict[str, int] = {}
    for key, quadrant, statement, themes, evidence, source in _SWOT:
        record = document.add_swot_item(
            quadrant=quadrant, statement=statement, themes=themes, evidence=evidence, source=source
        )
        items[key] = new_id(record, "swot_item")
    round_id = new_id(
        document.add_voting_round(
            meeting_id=meeting_id,
            title="Priorities of the diagnostic",
            dots_per_voter=5,
            voters=12,
        ),
        "voting_round",
    )
    for key, tally in _TALLIES.items():
        if isinstance(tally, int):
            document.set_tally(round_id, items[key], tally)
        else:
            document.set_tally(
                round_id, items[key], breakdown=[{"count": c, "sex": sex} for c, sex in tally]
            )
    document.reveal_voting_round(round_id)
    document.merge_swot_items(items["w_machines"], [items["w_machines_dup"]])
    document.update_swot_item(items["t_climate"], status=ItemStatus.DROPPED)
    options = []
    for kind, statement, keys, impact, effort in _OPTIONS:
        record = document.add_option(
            kind=kind,
            statement=statement,
            item_ids=[items[k] for k in keys],
            impact=impact,
            effort=effort,
        )
        options.append(new_id(record, "strategic_option"))
    return items, options


# Vision elements: (name, description, option indexes into _OPTIONS, SWOT item keys)
_ELEMENTS: list[tuple[str, str, tuple[int, ...], tuple[str, ...]]] = [
    (
        "A recognised garment brand in national and export markets",
        "Atuntaqui stands for quality knitwear, not only low prices.",
        (0, 1, 3),
        ("w_marketing", "w_price"),
    ),
    ("Modern, well-designed production", "Shared machines and design services.", (4, 5), ()),
    (
        "Women-led workshops and young people grow with the cluster",
        "Inclusion of home-based weavers and apprentices.",
        (8,),
        ("s_workforce",),
    ),
    (
        "Firms that buy, sell and learn together",
        "Trust built through joint actions.",
        (2, 7),
        ("w_trust",),
    ),
    ("Finance that fits the garment season", "Working capital before each season.", (6,), ()),
]

_VISION_PARTS = {
    "cluster": "the Atuntaqui garment cluster",
    "positioning": "a recognised brand of quality knitwear in national and export markets",
    "horizon_year": 2030,
    "economic_target": "cluster firms raise their sales by 30 %",
    "inclusion_target": "at least 250 women-led workshops raise their turnover by 20 %",
    "commitment": "young people find skilled work in the trade",
}

# Objectives: (title, element indexes, option indexes, indicators)
_OBJECTIVES: list[tuple[str, tuple[int, ...], tuple[int, ...], list[dict[str, object]]]] = [
    (
        "Build and promote a common Atuntaqui quality brand",
        (0,),
        (0, 3),
        [
            dict(
                name="Firms selling under the common brand",
                unit="firms",
                baseline_value=0.0,
                baseline_date=dt.date(2025, 12, 31),
                baseline_source="Diagnostic study 2025",
                target_value=60.0,
                target_date=dt.date(2028, 12, 31),
                means_of_verification="Brand licence register",
                frequency="Yearly",
                responsible="CCAA",
            ),
        ],
    ),
    (
        "Upgrade machinery and design in cluster firms",
        (1,),
        (4, 5),
        [
            dict(
                name="Firms using modern knitting machines (own or shared)",
                unit="firms",
                baseline_value=22.0,
                baseline_date=dt.date(2025, 12, 31),
                baseline_source="Firm survey (illustrative)",
                target_value=80.0,
                target_date=dt.date(2029, 12, 31),
                means_of_verification="Firm survey",
                frequency="Every two years",
                responsible="UTN",
            ),
        ],
    ),
    (
        "Open export channels to Colombia and Peru",
        (0,),
        (1,),
        [
            dict(
                name="Cluster exports",
                unit="USD",
                baseline="exports",
                target_value=4_500_000.0,
                target_date=dt.date(2030, 12, 31),
                means_of_verification="Customs records for the canton",
                frequency="Yearly",
                responsible="GMAA",
            ),
        ],
    ),
    (
        "Grow women-led workshops and keep young people in the trade",
        (2,),
        (8,),
        [
            dict(
                name="Women-led workshops raising turnover by 20 % or more",
                unit="workshops",
                baseline_value=0.0,
                baseline_date=dt.date(2025, 12, 31),
                baseline_source="Diagnostic study 2025",
                target_value=250.0,
                target_date=dt.date(2030, 12, 31),
                means_of_verification="Sample survey",
                frequency="Yearly",
                responsible="Natabuela Weavers' Association",
            ),
            dict(
                name="Apprentices under 25 trained and employed",
                unit="people",
                baseline_value=0.0,
                baseline_date=dt.date(2025, 12, 31),
                target_value=120.0,
                target_date=dt.date(2029, 12, 31),
                means_of_verification="Vocational school records",
                frequency="Yearly",
                responsible="Atuntaqui Vocational Textile School",
            ),
        ],
    ),
    (
        "Cut input costs through joint purchasing and seasonal credit",
        (3, 4),
        (7, 6),
        [
            dict(
                name="Firms with a working-capital credit",
                unit="firms",
                baseline_value=15.0,
                baseline_date=dt.date(2025, 12, 31),
                baseline_source="Cooperative records",
                target_value=70.0,
                target_date=dt.date(2028, 12, 31),
                means_of_verification="Cooperative loan register",
                frequency="Twice a year",
                responsible="CACA",
            ),
        ],
    ),
]


def _build_vision(
    document: PlanDocument,
    meeting_id: int,
    items: dict[str, int],
    options: list[int],
    org_ids: dict[str, int],
) -> None:
    elements = []
    for name, description, option_indexes, item_keys in _ELEMENTS:
        record = document.add_vision_element(
            name=name,
            description=description,
            option_ids=[options[i] for i in option_indexes],
            item_ids=[items[k] for k in item_keys],
        )
        elements.append(new_id(record, "vision_element"))
    brand = document.add_vision_draft(
        title="Draft A: brand first",
        statement=compose(VisionParts(**_VISION_PARTS)),  # type: ignore[arg-type]
        element_ids=elements,
        votes=14,
        **{k: v for k, v in _VISION_PARTS.items() if k != "cluster"},
    )
    document.add_vision_draft(
        title="Draft B: people first",
        statement=(
            "By 2030, the weavers and garment makers of Atuntaqui live well from their trade: "
            "250 women-led workshops raise their turnover by 20 %, young people find skilled "
            "work, and the town is known for quality knitwear."
        ),
        horizon_year=2030,
        votes=7,
        element_ids=elements[1:3],
    )
    document.adopt_vision(
        new_id(brand, "vision_draft"),
        meeting_id=meeting_id,
        adopted_on=dt.date(2026, 3, 19),
        decision_rule=DecisionRule.SIMPLE_MAJORITY,
        votes_for=14,
        votes_against=7,
        abstentions=1,
        result="Draft A adopted; Draft B's inclusion target kept in it.",
        dissent="The Natabuela weavers asked that home-based weavers be named at the next review.",
        next_review=dt.date(2027, 3, 31),
    )
    figures = {f.kind.value: f for f in document.baseline_figures()}
    for title, element_indexes, option_indexes, indicators in _OBJECTIVES:
        record = document.add_objective(
            title=title,
            element_ids=[elements[i] for i in element_indexes],
            option_ids=[options[i] for i in option_indexes],
        )
        objective_id = new_id(record, "objective")
        for fields in indicators:
            values = dict(fields)
            values["responsible_id"] = org_ids[str(values.pop("responsible"))]
            if "baseline" in values:
                values["baseline_figure_id"] = figures[str(values.pop("baseline"))].id
            document.add_indicator(objective_id, **values)


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
    validation = document.add_meeting(
        title="Diagnostic validation workshop",
        date=dt.date(2026, 2, 12),
        meeting_type=MeetingType.VALIDATION_WORKSHOP,
        venue="Chamber of Commerce hall, Atuntaqui",
        facilitator_id=cda,
        notes="The diagnostic study and its SWOT were presented and discussed.",
        attendee_ids=[cda, *person_ids[3:14]],
    )
    vision_meeting = document.add_meeting(
        title="Cluster Commission: vision workshop",
        date=dt.date(2026, 3, 19),
        meeting_type=MeetingType.VISION_WORKSHOP,
        venue="Municipal auditorium, Atuntaqui",
        facilitator_id=cda,
        notes="Members named the elements of a shared vision.",
        attendee_ids=[cda, *person_ids[3:8], *person_ids[9:15]],
    )
    items, options = _build_diagnostic(document, new_id(validation, "meeting"))
    _build_vision(document, new_id(vision_meeting, "meeting"), items, options, org_ids)


def create_demo_plan(path: Path | str, *, template_folder: Path | None = None) -> PlanDocument:
    """Create a fresh demo plan at ``path`` (replacing any file there) and return it open.

    With ``template_folder``, the demo is built there once per version of the demo
    and later copies are taken from it, so "Open the demo plan" is instant after
    the first time.
    """
    path = Path(path)
    if template_folder is None:
        document = PlanDocument.create(path, overwrite=True)
        try:
            build_demo(document)
        except BaseException:
            document.close()
            raise
        return document
    template = _template(template_folder)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    shutil.copyfile(template, tmp)
    restamp(tmp)
    os.replace(tmp, path)
    return PlanDocument.open(path)


def _fingerprint() -> str:
    """Changes whenever the demo's content or the plan schema changes."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{__version__}/{SCHEMA_VERSION}".encode())
    return digest.hexdigest()[:12]


def _template(folder: Path) -> Path:
    template = folder / f"template-{_fingerprint()}{SUFFIX}"
    if template.exists():
        return template
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"template-*{SUFFIX}"):
        old.unlink(missing_ok=True)
    building = folder / f".template-{os.getpid()}{SUFFIX}"
    create_demo_plan(building).close()
    os.replace(building, template)  # atomic: a second app never sees half a template
    return template


def prune_demo_copies(folder: Path, keep: int = 10) -> list[Path]:
    """Remove all but the ``keep`` newest demo copies in ``folder``, skipping open ones."""
    copies = sorted(folder.glob(f"demo-*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = []
    for copy in copies[keep:]:
        if copy.with_name(copy.name + ".lock").exists():
            continue
        copy.unlink(missing_ok=True)
        removed.append(copy)
    return removed
