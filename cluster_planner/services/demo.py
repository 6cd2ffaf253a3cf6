"""The demo plan: the garment cluster of Atuntaqui, Ecuador, built through the services.

The setting follows the UNIDO case in ``../shared/reference`` (a UNIDO and MICIP
initiative from 2003: a diagnostic with a SWOT, a shared vision of competitiveness
in national and export markets through better access to training and business
services and a joint marketing strategy; networks of firms; a university, the
chamber of commerce and a vocational school as partners; the municipality
promoting the town as a centre of quality garments), and carries that work into
a 2026–2029 action plan of joint actions. Firm names, people and figures are
illustrative, and say so in their notes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

from cluster_planner import __version__
from cluster_planner.domain.enums import (
    ActionStatus,
    BaselineKind,
    BodyRole,
    ContributionKind,
    DecisionRule,
    DependencyKind,
    FundingSource,
    FundingStatus,
    Horizon,
    ItemStatus,
    MeetingType,
    NetworkType,
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
                responsible="CCAA",
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
) -> list[int]:
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
    objectives = []
    for title, element_indexes, option_indexes, indicators in _OBJECTIVES:
        record = document.add_objective(
            title=title,
            element_ids=[elements[i] for i in element_indexes],
            option_ids=[options[i] for i in option_indexes],
        )
        objective_id = new_id(record, "objective")
        objectives.append(objective_id)
        for fields in indicators:
            values = dict(fields)
            values["responsible_id"] = org_ids[str(values.pop("responsible"))]
            if "baseline" in values:
                values["baseline_figure_id"] = figures[str(values.pop("baseline"))].id
            document.add_indicator(objective_id, **values)
    return objectives


# --- the action plan ---------------------------------------------------------------------------
# The demo world stands in mid-November 2026: the pilots are done, the first short-term
# actions are running, the strategic ones start in 2027. Two findings stay open on
# purpose, so the plan checks have something to show: A4.5 is newly proposed without
# dates, and nobody has said yet who pays A2.5's heat recovery equipment.
# The Chamber of Commerce (CCAA) is in no action: the service tests delete it from the
# demo, and an organisation that leads, joins or pays for an action cannot be deleted.

_TA = "Tejidos Andinos Cía. Ltda."
_LE = "Confecciones La Estancia"
_CS = "Creaciones Sarita"
_MI = "Moda Imbabura S.A."
_NWA = "Natabuela Weavers' Association"
_HN = "Hilanderías del Norte"
_QFR = "Quito Fashion Retail Group"
_VTS = "Atuntaqui Vocational Textile School"

CASH, IN_KIND, DAYS = ContributionKind.CASH, ContributionKind.IN_KIND, ContributionKind.STAFF_DAYS
FIRMS, ASSOCIATION, GOVERNMENT = (
    FundingSource.CLUSTER_FIRMS,
    FundingSource.ASSOCIATION,
    FundingSource.GOVERNMENT,
)
DONOR, BANK, OTHER = FundingSource.DONOR, FundingSource.BANK, FundingSource.OTHER
PLEDGED, SECURED, SPENT = FundingStatus.PLEDGED, FundingStatus.SECURED, FundingStatus.SPENT
HORIZONTAL, VERTICAL, INSTITUTIONAL = (
    NetworkType.HORIZONTAL,
    NetworkType.VERTICAL,
    NetworkType.INSTITUTIONAL,
)
D = dt.date

# One dict per action: add_action's fields, plus "key", "objective" (index into
# _OBJECTIVES), "lead", "options" (indexes into _OPTIONS), "items" (SWOT keys),
# "partners" (organisation, contribution, amount, description), "milestones" (title,
# date, done), "budget" (amount, description, source, status, paying organisation)
# and an optional "indicator".
_ACTIONS: list[dict[str, Any]] = [
    # O1: the common brand
    dict(
        key="brand_rules",
        objective=0,
        title="Agree the rules of the “Hecho en Atuntaqui” brand and label",
        description="Firms agree who may use the common label, on which quality rules and for "
        "what licence fee; the design centre draws the label.",
        category="joint_marketing",
        network_type=HORIZONTAL,
        horizon=Horizon.PILOT,
        lead=_TA,
        start_date=D(2026, 6, 1),
        end_date=D(2026, 9, 30),
        status=ActionStatus.COMPLETED,
        progress=100,
        risks="Firms may use the label without meeting the rules; inspection must be light "
        "but real.",
        beneficiary_firms=60,
        options=(0,),
        items=("w_marketing", "w_price"),
        partners=[
            ("CDMN", IN_KIND, 1500, "Label and brand book design"),
            ("UTN", DAYS, 12, "Quality rules drafted with the firms"),
            (_LE, DAYS, 6, "Member of the brand working group"),
        ],
        milestones=[("Brand rules endorsed by the Commission", D(2026, 9, 24), True)],
        budget=[
            (2000, "Working-group meetings and legal advice", FIRMS, SPENT, None),
            (6000, "Brand book, label design and registration fee", DONOR, SPENT, "UNIDO"),
        ],
    ),
    dict(
        key="brand_licences",
        objective=0,
        title="Quality inspection and brand licences for member firms",
        description="The university's textile lab checks samples against the brand rules and "
        "buyers' specifications; firms that pass get a yearly licence to use the label.",
        category="quality",
        network_type=VERTICAL,
        horizon=Horizon.SHORT_TERM,
        lead="UTN",
        start_date=D(2026, 10, 1),
        end_date=D(2027, 9, 30),
        status=ActionStatus.IN_PROGRESS,
        progress=10,
        risks="More than ten firms a month would need a second lab technician.",
        beneficiary_firms=40,
        beneficiary_women=300,
        options=(0, 2),
        items=("o_buyers", "s_institutions"),
        partners=[
            (_QFR, DAYS, 8, "Shares its suppliers' quality specifications"),
            (_TA, CASH, 3000, "Advance on the licence fees"),
        ],
        milestones=[
            ("First ten firms licensed", D(2027, 1, 29), False),
            ("Licence fees cover the lab's running costs", D(2027, 9, 30), False),
        ],
        budget=[
            (4500, "Licence fees", FIRMS, PLEDGED, None),
            (12000, "Lab technician and test kits", GOVERNMENT, SECURED, "MICIP"),
            (5000, "Lab equipment", DONOR, SPENT, "UNIDO"),
        ],
        indicator=dict(
            name="Firms licensed to use the brand label",
            unit="firms",
            baseline_value=0.0,
            baseline_date=D(2026, 9, 30),
            target_value=40.0,
            target_date=D(2027, 9, 30),
            means_of_verification="Brand licence register",
            frequency="Quarterly",
            responsible="UTN",
        ),
    ),
    dict(
        key="carnival",
        objective=0,
        title="A “Hecho en Atuntaqui” quality pavilion at the 2027 Carnival fair",
        description="Licensed firms show their best models together in one pavilion of the "
        "Carnival garment fair, with a fashion show that sets quality against cheap imports.",
        category="trade_fair",
        network_type=HORIZONTAL,
        horizon=Horizon.PILOT,
        lead="GMAA",
        start_date=D(2026, 11, 2),
        end_date=D(2027, 2, 26),
        status=ActionStatus.IN_PROGRESS,
        progress=15,
        risks="Firms may prefer their own stalls on the fair's busiest days.",
        beneficiary_firms=25,
        beneficiary_women=150,
        options=(3,),
        items=("s_town", "t_imports"),
        partners=[
            (_LE, CASH, 1200, "Pavilion fee"),
            (_CS, IN_KIND, 400, "Models for the fashion show"),
            ("CDMN", DAYS, 6, "Pavilion layout and fashion show"),
        ],
        milestones=[
            ("Pavilion space booked", D(2026, 11, 13), True),
            ("Pavilion open at the Carnival fair", D(2027, 2, 6), False),
        ],
        budget=[
            (6000, "Stand fees", FIRMS, PLEDGED, None),
            (9000, "Pavilion structure and fashion show", GOVERNMENT, SECURED, "GMAA"),
            (1000, "Sponsorship by a local radio station", OTHER, PLEDGED, None),
        ],
    ),
    dict(
        key="campaign",
        objective=0,
        title="Regional marketing campaign: Atuntaqui, a centre of quality garments",
        description="The municipality leads a three-year campaign with all stakeholders: signs "
        "on the Otavalo–Ibarra road, a visitors' guide, social media and shop windows in Quito.",
        category="joint_marketing",
        network_type=INSTITUTIONAL,
        horizon=Horizon.STRATEGIC,
        lead="GMAA",
        start_date=D(2027, 3, 1),
        end_date=D(2029, 6, 29),
        status=ActionStatus.APPROVED,
        risks="A new municipal council after the 2027 local elections could cut the budget.",
        beneficiary_firms=120,
        beneficiary_women=900,
        options=(0, 3),
        items=("s_town", "o_demand", "o_tourism"),
        partners=[
            ("MICIP", CASH, 25000, "National co-financing of the campaign"),
            (_QFR, IN_KIND, 5000, "Shop windows in its Quito stores"),
        ],
        milestones=[("Campaign launched on the town's anniversary", D(2027, 6, 15), False)],
        budget=[
            (40000, "Road signs, visitors' guide and events", GOVERNMENT, PLEDGED, "GMAA"),
            (25000, "National co-financing", GOVERNMENT, PLEDGED, "MICIP"),
            (10000, "Firms' share of photography and social media", FIRMS, PLEDGED, None),
        ],
    ),
    dict(
        key="national_fair",
        objective=0,
        title="Joint cluster stand at the national fashion fair in Quito",
        description="Twelve licensed firms share one branded stand and one sales team, and meet "
        "department-store and boutique buyers.",
        category="trade_fair",
        network_type=HORIZONTAL,
        horizon=Horizon.SHORT_TERM,
        lead=_LE,
        start_date=D(2027, 6, 1),
        end_date=D(2027, 10, 29),
        status=ActionStatus.APPROVED,
        risks="Sample orders must be delivered on time, or buyers will not come back.",
        beneficiary_firms=12,
        beneficiary_women=90,
        options=(0,),
        items=("o_demand", "o_buyers"),
        partners=[
            (_MI, CASH, 1500, "Share of the stand"),
            (_QFR, DAYS, 2, "Introduces its buyers"),
        ],
        milestones=[("Stand booked", D(2027, 7, 15), False)],
        budget=[
            (9000, "Stand, transport and sales team", FIRMS, PLEDGED, None),
            (6000, "Fair participation grant", GOVERNMENT, PLEDGED, "MICIP"),
        ],
    ),
    # O2: machines and design
    dict(
        key="cutting_room",
        objective=1,
        title="Shared cutting room with a computerised cutting table",
        description="A cutting room in a rented building near the town centre, run by the firm "
        "network; member firms book the computerised table by the hour.",
        category="shared_equipment",
        network_type=HORIZONTAL,
        horizon=Horizon.SHORT_TERM,
        lead=_MI,
        start_date=D(2026, 9, 1),
        end_date=D(2027, 8, 31),
        status=ActionStatus.DELAYED,
        progress=10,
        risks="The cutting table is held up in customs; firms must still agree on a fair "
        "booking and fee system.",
        beneficiary_firms=25,
        beneficiary_women=180,
        options=(4,),
        items=("w_machines", "s_proximity"),
        partners=[
            (_TA, CASH, 8000, "Share of the cutting table"),
            (_LE, CASH, 3000, "Share of the cutting table"),
            ("UTN", DAYS, 10, "Training of the operators"),
        ],
        milestones=[
            ("Cutting table ordered", D(2026, 10, 15), True),
            ("Cutting table delivered", D(2027, 1, 29), False),
            ("Room open to member firms", D(2027, 3, 31), False),
        ],
        budget=[
            (15000, "Firms' shares of the table and the fit-out", FIRMS, SECURED, None),
            (4000, "Deposit on the cutting table", FIRMS, SPENT, None),
            (35000, "SME upgrading programme grant", GOVERNMENT, PLEDGED, "MICIP"),
        ],
    ),
    dict(
        key="machines",
        objective=1,
        title="Co-financed modern knitting machines for micro firms",
        description="Through the government's SME upgrading programme micro firms replace old "
        "knitting machines: a grant pays a third, a cooperative loan most of the rest.",
        category="technology",
        network_type=VERTICAL,
        horizon=Horizon.STRATEGIC,
        lead="MICIP",
        start_date=D(2027, 4, 1),
        end_date=D(2029, 3, 30),
        status=ActionStatus.APPROVED,
        risks="The programme's budget is set each year; firms may fall behind on repayments "
        "if sales drop.",
        beneficiary_firms=40,
        beneficiary_women=120,
        beneficiary_poor_households=25,
        options=(4,),
        items=("w_machines", "o_programmes"),
        partners=[
            ("CACA", CASH, 120000, "Machine loans"),
            ("UTN", DAYS, 30, "Technical advice on the choice of machines"),
        ],
        milestones=[("First 15 machines installed", D(2027, 12, 15), False)],
        budget=[
            (150000, "Grants for a third of each machine", GOVERNMENT, PLEDGED, "MICIP"),
            (120000, "Machine loans", BANK, PLEDGED, "CACA"),
            (60000, "Firms' own share", FIRMS, PLEDGED, None),
        ],
    ),
    dict(
        key="design_workshops",
        objective=1,
        title="Design workshops with the university: collections for online and tourist buyers",
        description="Ten sessions in which designers from the university and the design centre "
        "help firms create their own models instead of copying.",
        category="design",
        network_type=VERTICAL,
        horizon=Horizon.PILOT,
        lead="UTN",
        start_date=D(2026, 7, 6),
        end_date=D(2026, 10, 30),
        status=ActionStatus.COMPLETED,
        progress=100,
        risks="Firms may go back to copying if the new models do not sell in the first season.",
        beneficiary_firms=18,
        beneficiary_women=25,
        beneficiary_youth=6,
        options=(5,),
        items=("w_design", "o_online"),
        partners=[
            ("CDMN", DAYS, 12, "Trend and pattern sessions"),
            (_CS, DAYS, 5, "Hosts the knitting trials"),
        ],
        milestones=[("Twelve new models shown at the closing session", D(2026, 10, 28), True)],
        budget=[
            (4000, "Designers' fees and materials", DONOR, SPENT, "UNIDO"),
            (1000, "Participation fees", FIRMS, SPENT, None),
        ],
    ),
    dict(
        key="design_service",
        objective=1,
        title="A design and product development service at the design centre",
        description="A paid service that makes the workshops a habit: seasonal trend briefs, "
        "pattern making and sample knitting for member firms.",
        category="design",
        network_type=VERTICAL,
        horizon=Horizon.STRATEGIC,
        lead="CDMN",
        start_date=D(2027, 1, 15),
        end_date=D(2028, 12, 15),
        status=ActionStatus.APPROVED,
        risks="The service must pay its way from fees by 2029, when the donor's support ends.",
        beneficiary_firms=45,
        beneficiary_women=60,
        beneficiary_youth=10,
        options=(5,),
        items=("w_design", "o_online", "o_tourism"),
        partners=[
            ("UTN", DAYS, 40, "Design students as interns"),
            (_LE, CASH, 2000, "First year's subscription"),
        ],
        milestones=[
            ("First seasonal trend brief", D(2027, 3, 31), False),
            ("Service covers its costs from fees", D(2028, 12, 15), False),
        ],
        budget=[
            (12000, "Subscriptions and fees", FIRMS, PLEDGED, None),
            (30000, "Start-up support over two years", DONOR, PLEDGED, "UNIDO"),
        ],
    ),
    dict(
        key="cleaner_dyeing",
        objective=1,
        title="Energy audit and cleaner dyeing pilot in five firms",
        description="University engineers audit energy and water use in five firms that dye "
        "their own yarn, and test low-temperature dyes and heat recovery.",
        category="technology",
        network_type=VERTICAL,
        horizon=Horizon.SHORT_TERM,
        lead="UTN",
        start_date=D(2027, 2, 1),
        end_date=D(2027, 12, 15),
        status=ActionStatus.APPROVED,
        risks="Savings must show within a season, or firms will not invest in the equipment.",
        beneficiary_firms=5,
        beneficiary_women=40,
        options=(4,),
        items=("w_machines",),
        partners=[
            (_TA, IN_KIND, 2500, "Its dye house for the trials"),
            ("UNIDO", DAYS, 15, "Cleaner production expert"),
        ],
        milestones=[("Audit reports to the five firms", D(2027, 5, 31), False)],
        budget=[
            (18000, "Audits and trials", DONOR, SECURED, "UNIDO"),
            (5000, "Firms' share of the audits", FIRMS, PLEDGED, None),
            # Open on purpose: nobody has said yet who pays for the equipment.
            (25000, "Heat recovery equipment for the dye house", None, PLEDGED, None),
        ],
    ),
    # O3: exports to Colombia and Peru
    dict(
        key="study_tour",
        objective=2,
        title="Study tour to the fashion cluster of Medellín, Colombia",
        description="Ten firm owners and the vocational school's director visit knitwear firms, "
        "a design school and a common brand, and report back to the Commission.",
        category="study_tour",
        network_type=HORIZONTAL,
        horizon=Horizon.PILOT,
        lead=_TA,
        start_date=D(2026, 8, 17),
        end_date=D(2026, 9, 30),
        status=ActionStatus.COMPLETED,
        progress=100,
        risks="The lessons stay with the travellers unless they share them.",
        beneficiary_firms=10,
        beneficiary_women=6,
        options=(1,),
        items=("o_andean", "w_trust"),
        partners=[
            ("UNIDO", CASH, 9000, "Travel and visits"),
            (_LE, DAYS, 6, "Takes part and reports back"),
            (_NWA, DAYS, 4, "Takes part for the home-based weavers"),
        ],
        milestones=[
            ("Visits in Medellín", D(2026, 8, 28), True),
            ("Lessons presented to the Commission", D(2026, 9, 24), True),
        ],
        budget=[
            (9000, "Travel and visits", DONOR, SPENT, "UNIDO"),
            (3600, "Participants' share", FIRMS, SPENT, None),
        ],
    ),
    dict(
        key="buyer_meet",
        objective=2,
        title="Buyer-seller meet with Colombian and Peruvian buyers in Atuntaqui",
        description="Some fifteen importers and traders from Ipiales, Cali and Lima visit "
        "licensed firms, see their collections and place trial orders.",
        category="trade_fair",
        network_type=VERTICAL,
        horizon=Horizon.SHORT_TERM,
        lead="MICIP",
        start_date=D(2027, 3, 1),
        end_date=D(2027, 6, 30),
        status=ActionStatus.APPROVED,
        risks="Buyers come once: firms must answer quotes within a week and honour sample orders.",
        beneficiary_firms=30,
        beneficiary_women=220,
        options=(1, 2),
        items=("o_andean", "o_buyers"),
        partners=[
            ("UNIDO", CASH, 6000, "Buyers' travel"),
            (_TA, DAYS, 5, "Hosts factory visits"),
            (_MI, DAYS, 5, "Hosts factory visits"),
        ],
        milestones=[
            ("Buyer list confirmed", D(2027, 4, 15), False),
            ("Meet held in Atuntaqui", D(2027, 5, 20), False),
        ],
        budget=[
            (8000, "Buyer search, venue and interpreters", GOVERNMENT, SECURED, "MICIP"),
            (6000, "Buyers' travel", DONOR, PLEDGED, "UNIDO"),
            (3000, "Samples and catalogue", FIRMS, PLEDGED, None),
        ],
        indicator=dict(
            name="Trial orders placed by foreign buyers",
            unit="orders",
            baseline_value=0.0,
            baseline_date=D(2026, 12, 31),
            target_value=20.0,
            target_date=D(2027, 12, 31),
            means_of_verification="Firms' order books",
            frequency="Quarterly",
            responsible="MICIP",
        ),
    ),
    dict(
        key="colombiamoda",
        objective=2,
        title="Joint knitwear stand at Colombiamoda, Medellín",
        description="Eight export-ready firms share one stand under the Atuntaqui brand at the "
        "fashion fair in Medellín.",
        category="trade_fair",
        network_type=HORIZONTAL,
        horizon=Horizon.SHORT_TERM,
        lead=_MI,
        start_date=D(2027, 5, 3),
        end_date=D(2027, 7, 30),
        status=ActionStatus.APPROVED,
        risks="The exchange rate may price the cluster out of Colombian buyers' budgets.",
        beneficiary_firms=8,
        beneficiary_women=70,
        options=(1,),
        items=("s_tradition", "o_andean"),
        partners=[
            (_TA, CASH, 5000, "Share of the stand"),
            (_LE, CASH, 2500, "Share of the stand"),
            ("MICIP", CASH, 10000, "Export promotion grant"),
        ],
        milestones=[("Stand open at Colombiamoda", D(2027, 7, 27), False)],
        budget=[
            (12000, "Firms' shares of the stand, travel and samples", FIRMS, PLEDGED, None),
            (10000, "Export promotion grant", GOVERNMENT, PLEDGED, "MICIP"),
        ],
    ),
    dict(
        key="export_readiness",
        objective=2,
        title="Export readiness: labelling, sizing and customs for twenty firms",
        description="A course and one-to-one coaching on Andean labelling rules, size charts, "
        "prices in dollars and pesos, and customs papers.",
        category="training",
        network_type=VERTICAL,
        horizon=Horizon.SHORT_TERM,
        lead="CDMN",
        start_date=D(2026, 10, 5),
        end_date=D(2027, 4, 30),
        status=ActionStatus.IN_PROGRESS,
        progress=20,
        risks="Micro firms may drop out of the coaching in the busy weeks before Christmas.",
        beneficiary_firms=20,
        beneficiary_women=14,
        options=(1, 2),
        items=("o_andean",),
        partners=[
            ("MICIP", DAYS, 10, "Trainers on customs and trade rules"),
            ("UTN", DAYS, 8, "Sizing and labelling lab sessions"),
        ],
        milestones=[
            ("Course completed by twenty firms", D(2027, 1, 29), False),
            ("Coaching completed", D(2027, 4, 30), False),
        ],
        budget=[
            (7000, "Trainers and coaching", DONOR, SECURED, "UNIDO"),
            (1500, "Course materials", DONOR, SPENT, "UNIDO"),
            (2000, "Participation fees", FIRMS, PLEDGED, None),
        ],
    ),
    # O4: women-led workshops and young people
    dict(
        key="mentoring",
        objective=3,
        title="Mentoring of women-led workshops by experienced entrepreneurs",
        description="Women who run established firms mentor thirty home-based and small "
        "women-led workshops on costing, bookkeeping and finding customers.",
        category="business_services",
        network_type=HORIZONTAL,
        horizon=Horizon.SHORT_TERM,
        lead=_LE,
        start_date=D(2026, 7, 1),
        end_date=D(2027, 6, 30),
        status=ActionStatus.IN_PROGRESS,
        progress=40,
        risks="Home-based weavers have little time; sessions must fit around childcare.",
        addresses_women=True,
        beneficiary_firms=30,
        beneficiary_women=30,
        beneficiary_poor_households=20,
        items=("s_workforce",),
        partners=[
            (_NWA, DAYS, 15, "Chooses the workshops and hosts the sessions"),
            ("CACA", DAYS, 10, "Bookkeeping sessions"),
            ("UNIDO", CASH, 9500, "Mentors' expenses"),
        ],
        milestones=[
            ("Thirty mentoring pairs formed", D(2026, 8, 14), True),
            ("Mid-term review with the mentees", D(2027, 1, 15), False),
        ],
        budget=[
            (2500, "Mentors' expenses, first half-year", DONOR, SPENT, "UNIDO"),
            (7000, "Mentors' expenses, second half-year", DONOR, SECURED, "UNIDO"),
            (1500, "Meeting room and refreshments", ASSOCIATION, SPENT, _NWA),
        ],
        indicator=dict(
            name="Mentored workshops keeping monthly accounts",
            unit="workshops",
            baseline_value=0.0,
            baseline_date=D(2026, 6, 30),
            target_value=25.0,
            target_date=D(2027, 6, 30),
            means_of_verification="Mentors' reports",
            frequency="Quarterly",
            responsible=_NWA,
        ),
    ),
    dict(
        key="apprenticeships",
        objective=3,
        title="Apprenticeships for young people in cluster firms",
        description="Each year forty young people under 25, half of them young women, split "
        "their week between the vocational school and a cluster firm, with a stipend.",
        category="training",
        network_type=VERTICAL,
        horizon=Horizon.STRATEGIC,
        lead=_VTS,
        start_date=D(2027, 2, 1),
        end_date=D(2029, 7, 31),
        status=ActionStatus.APPROVED,
        risks="Firms may treat apprentices as cheap labour; the school checks each training plan.",
        addresses_women=True,
        beneficiary_firms=30,
        beneficiary_women=60,
        beneficiary_youth=120,
        options=(8,),
        items=("t_youth", "w_curricula"),
        partners=[
            (_TA, IN_KIND, 6000, "Places and tutors for apprentices"),
            (_MI, IN_KIND, 4000, "Places and tutors for apprentices"),
            ("MICIP", CASH, 36000, "Apprentices' stipends"),
        ],
        milestones=[
            ("First forty apprentices start", D(2027, 2, 1), False),
            ("First apprentices hired", D(2028, 1, 31), False),
        ],
        budget=[
            (36000, "Stipends for three intakes", GOVERNMENT, PLEDGED, "MICIP"),
            (18000, "Firms' share of the stipends", FIRMS, PLEDGED, None),
            (9000, "Training of the firms' tutors", DONOR, PLEDGED, "UNIDO"),
        ],
    ),
    dict(
        key="curriculum",
        objective=3,
        title="An updated knitting and garment curriculum with the vocational school",
        description="Firms, the school and the university rewrite the two-year course: modern "
        "machines, pattern making, quality control and safety at work.",
        category="training",
        network_type=VERTICAL,
        horizon=Horizon.SHORT_TERM,
        lead=_VTS,
        start_date=D(2026, 6, 1),
        end_date=D(2027, 1, 29),
        status=ActionStatus.IN_PROGRESS,
        progress=70,
        risks="The Ministry of Education must approve the new course before the 2027 intake.",
        beneficiary_women=50,
        beneficiary_youth=80,
        options=(2, 8),
        items=("s_institutions", "w_curricula"),
        partners=[
            ("UTN", DAYS, 25, "Course modules and teacher training"),
            (_TA, DAYS, 10, "Firms' skill needs and machine time"),
        ],
        milestones=[
            ("Firms' skill needs agreed", D(2026, 7, 31), True),
            ("Draft curriculum sent for approval", D(2026, 12, 15), False),
        ],
        budget=[
            (6000, "Curriculum experts", DONOR, SPENT, "UNIDO"),
            (3000, "Teacher training", DONOR, SECURED, "UNIDO"),
            (2000, "Workshop materials", GOVERNMENT, SECURED, "MICIP"),
        ],
    ),
    dict(
        key="safety",
        objective=3,
        title="Safe workshops: occupational safety for home-based weavers and small firms",
        description="Safety visits and low-cost fixes (lighting, seating, ventilation, guards "
        "on machines) in sixty workshops, most of them run by women at home.",
        category="social_protection",
        network_type=INSTITUTIONAL,
        horizon=Horizon.SHORT_TERM,
        lead="GMAA",
        start_date=D(2027, 1, 15),
        end_date=D(2027, 10, 29),
        status=ActionStatus.ON_HOLD,
        risks="On hold until the municipal budget for 2027 is approved in January.",
        addresses_women=True,
        beneficiary_firms=60,
        beneficiary_women=140,
        beneficiary_poor_households=40,
        items=("s_workforce",),
        partners=[
            (_NWA, DAYS, 12, "Visits with the weavers"),
            ("UTN", DAYS, 15, "Occupational health students"),
        ],
        milestones=[],
        budget=[
            (8000, "Safety inspector and small fixes", GOVERNMENT, PLEDGED, "GMAA"),
            (6000, "Small fixes in home workshops", DONOR, PLEDGED, "UNIDO"),
        ],
    ),
    dict(
        # Open on purpose: newly proposed, with no dates, partners or budget yet.
        key="online_shop",
        objective=3,
        title="An online shop for women-led workshops",
        description="Proposed by the Natabuela weavers in October 2026: one online shop for the "
        "knitwear of home-based and small women-led workshops. Dates, partners and budget "
        "are to be agreed.",
        category="joint_marketing",
        network_type=HORIZONTAL,
        horizon=Horizon.SHORT_TERM,
        lead="CDMN",
        status=ActionStatus.PROPOSED,
        risks="Needs photographs, stock and deliveries that the workshops do not have yet.",
        addresses_women=True,
        beneficiary_firms=40,
        beneficiary_women=80,
        options=(5,),
        items=("o_online",),
        partners=[],
        milestones=[],
        budget=[],
    ),
    # O5: joint purchasing and seasonal credit
    dict(
        key="first_purchase",
        objective=4,
        title="First joint bulk purchase of acrylic yarn through the weavers' cooperative",
        description="The Natabuela weavers' association pools the yarn orders of eighteen firms "
        "and workshops for the school-uniform season and negotiates a volume discount.",
        category="joint_purchase",
        network_type=HORIZONTAL,
        horizon=Horizon.PILOT,
        lead=_NWA,
        start_date=D(2026, 6, 15),
        end_date=D(2026, 8, 31),
        status=ActionStatus.COMPLETED,
        progress=100,
        risks="One late payer can break trust, so orders are paid upfront to the association.",
        addresses_women=True,
        beneficiary_firms=18,
        beneficiary_women=60,
        beneficiary_poor_households=12,
        options=(7,),
        items=("t_yarn", "w_trust"),
        partners=[
            (_HN, IN_KIND, 3200, "A 4 % volume discount"),
            (_CS, DAYS, 4, "Collects the orders in Andrade Marín"),
            (_TA, DAYS, 3, "Checks the yarn's quality on delivery"),
        ],
        milestones=[
            ("Orders pooled and paid", D(2026, 7, 10), True),
            ("Yarn delivered to eighteen firms", D(2026, 8, 20), True),
        ],
        budget=[
            (42000, "Yarn order, paid by the buyers", FIRMS, SPENT, None),
            (1500, "Storage and handling", ASSOCIATION, SPENT, _NWA),
        ],
    ),
    dict(
        key="buying_group",
        objective=4,
        title="A standing buying group for yarn and trims",
        description="After the pilot, the association buys yarn, buttons and labels four times "
        "a year for its members, for a small fee per order.",
        category="joint_purchase",
        network_type=HORIZONTAL,
        horizon=Horizon.SHORT_TERM,
        lead=_NWA,
        start_date=D(2026, 10, 1),
        end_date=D(2027, 9, 30),
        status=ActionStatus.IN_PROGRESS,
        progress=15,
        risks="Larger firms may leave once they can negotiate discounts alone.",
        addresses_women=True,
        beneficiary_firms=45,
        beneficiary_women=150,
        beneficiary_poor_households=30,
        options=(7,),
        items=("t_yarn",),
        partners=[
            (_HN, IN_KIND, 8000, "Volume discounts"),
            ("CACA", DAYS, 6, "Collects payments through members' accounts"),
        ],
        milestones=[("Second pooled order", D(2027, 1, 15), False)],
        budget=[
            (90000, "Members' orders", FIRMS, PLEDGED, None),
            (3000, "Buyer's salary, first year", ASSOCIATION, SECURED, _NWA),
        ],
        indicator=dict(
            name="Saving on yarn against the suppliers' list price",
            unit="%",
            baseline_value=0.0,
            baseline_date=D(2026, 6, 1),
            target_value=8.0,
            target_date=D(2027, 9, 30),
            means_of_verification="Invoices compared with price lists",
            frequency="Every order",
            responsible=_NWA,
        ),
    ),
    dict(
        key="credit_line",
        objective=4,
        title="Seasonal working-capital credit line with the savings cooperative",
        description="The cooperative lends to cluster firms before the school and Christmas "
        "seasons, taking buyers' purchase orders as part of the guarantee.",
        category="finance",
        network_type=VERTICAL,
        horizon=Horizon.SHORT_TERM,
        lead="CACA",
        start_date=D(2026, 9, 1),
        end_date=D(2027, 8, 31),
        status=ActionStatus.IN_PROGRESS,
        progress=25,
        risks="Buyers may cancel orders; defaults in the first season would close the line.",
        beneficiary_firms=70,
        beneficiary_women=400,
        options=(6,),
        items=("w_credit", "o_buyers"),
        partners=[
            (_QFR, DAYS, 4, "Confirms purchase orders for the loans"),
            ("MICIP", CASH, 30000, "Guarantee fund"),
        ],
        milestones=[
            ("First loans before the Christmas season", D(2026, 10, 15), True),
            ("Review of repayments", D(2027, 3, 31), False),
        ],
        budget=[
            (250000, "Credit line", BANK, SECURED, "CACA"),
            (30000, "Guarantee fund", GOVERNMENT, PLEDGED, "MICIP"),
            (4000, "Training of loan officers on the garment season", DONOR, SPENT, "UNIDO"),
        ],
    ),
    dict(
        key="network_association",
        objective=4,
        title="Register the Atuntaqui garment network as an association",
        description="The firms that buy, sell and exhibit together give their network statutes, "
        "a board and fees, so it can hold the brand and sign contracts on its own.",
        category="institution_building",
        network_type=INSTITUTIONAL,
        horizon=Horizon.SHORT_TERM,
        lead=_TA,
        start_date=D(2027, 1, 11),
        end_date=D(2027, 12, 17),
        status=ActionStatus.APPROVED,
        risks="Small firms fear that the large ones will dominate the board.",
        beneficiary_firms=60,
        items=("w_trust",),
        partners=[
            ("UNIDO", DAYS, 10, "Legal and governance advice"),
            ("MICIP", DAYS, 8, "Guidance through the registration"),
        ],
        milestones=[
            ("Statutes adopted", D(2027, 6, 30), False),
            ("Association registered", D(2027, 12, 17), False),
        ],
        budget=[
            (3000, "First year's membership fees", FIRMS, PLEDGED, None),
            (6000, "Lawyer and statutes", DONOR, PLEDGED, "UNIDO"),
        ],
    ),
]

# (predecessor, successor, kind, lag in days); every one holds for the dates above.
_DEPENDENCIES: list[tuple[str, str, DependencyKind, int]] = [
    ("brand_rules", "brand_licences", DependencyKind.FINISH_TO_START, 0),
    ("brand_licences", "campaign", DependencyKind.START_TO_START, 90),
    ("design_workshops", "design_service", DependencyKind.FINISH_TO_START, 60),
    ("study_tour", "buyer_meet", DependencyKind.FINISH_TO_START, 0),
    ("buyer_meet", "colombiamoda", DependencyKind.START_TO_START, 45),
    ("export_readiness", "colombiamoda", DependencyKind.FINISH_TO_START, 0),
    ("curriculum", "apprenticeships", DependencyKind.FINISH_TO_START, 0),
    ("first_purchase", "buying_group", DependencyKind.FINISH_TO_START, 30),
    ("buying_group", "network_association", DependencyKind.FINISH_TO_FINISH, 30),
    ("credit_line", "machines", DependencyKind.START_TO_START, 90),
]


# The plan as the Commission first adopted it (revision 1, May 2026) differed from the
# plan above: these actions had other dates or leads then ...
_AT_FIRST_ADOPTION: dict[str, dict[str, Any]] = {
    "safety": dict(lead="UTN", start_date=D(2026, 9, 1), end_date=D(2027, 6, 30)),
    "machines": dict(end_date=D(2028, 12, 22)),
    "carnival": dict(start_date=D(2026, 10, 1)),
}
# ... this one slipped after the half-year review (so the timeline shows a slip) ...
_AT_SECOND_ADOPTION: dict[str, dict[str, Any]] = {
    "cleaner_dyeing": dict(start_date=D(2027, 1, 4), end_date=D(2027, 11, 15)),
}
# ... this one was proposed later, in October 2026 ...
_ADDED_AFTER_ADOPTION = {"online_shop"}
# ... and this one was in the first plan and dropped at the half-year review.
_DROPPED = dict(
    key="gift_fair",
    objective=0,
    title="A shared stand at the 2027 Quito gift and crafts fair",
    description="Eight firms share one stand and one catalogue at the national gift fair.",
    category="trade_fair",
    network_type=HORIZONTAL,
    horizon=Horizon.SHORT_TERM,
    lead="GMAA",
    start_date=D(2027, 3, 1),
    end_date=D(2027, 5, 28),
    status=ActionStatus.APPROVED,
    progress=0,
    beneficiary_firms=8,
    options=(3,),
    items=("o_buyers",),
    partners=[(_LE, CASH, 800, "Share of the stand")],
    milestones=[],
    budget=[(4000, "Stand rent and catalogue", GOVERNMENT, PLEDGED, "GMAA")],
)
_DROP_REASON = (
    "The organiser cancelled the 2027 edition of the fair; the money goes to the "
    "Carnival quality pavilion instead"
)


def _add_planned_action(
    document: PlanDocument,
    planned: dict[str, Any],
    objectives: list[int],
    items: dict[str, int],
    options: list[int],
    org_ids: dict[str, int],
) -> int:
    fields = dict(planned)
    fields.pop("key")
    objective = objectives[fields.pop("objective")]
    partners = fields.pop("partners")
    milestones = fields.pop("milestones")
    budget = fields.pop("budget")
    indicator = fields.pop("indicator", None)
    record = document.add_action(
        objective,
        lead_id=org_ids[fields.pop("lead")],
        option_ids=[options[i] for i in fields.pop("options", ())],
        item_ids=[items[k] for k in fields.pop("items", ())],
        **fields,
    )
    action_id = new_id(record, "action")
    for org, contribution, amount, description in partners:
        document.add_partner(
            action_id,
            organisation_id=org_ids[org],
            contribution=contribution,
            amount=float(amount),
            description=description,
        )
    for title, date, done in milestones:
        document.add_milestone(action_id, title=title, date=date, done=done)
    for amount, description, source, status, payer in budget:
        document.add_cost_line(
            action_id,
            amount=float(amount),
            description=description,
            source=source,
            status=status,
            organisation_id=org_ids[payer] if payer else None,
        )
    if indicator is not None:
        values = dict(indicator)
        values["responsible_id"] = org_ids[values.pop("responsible")]
        document.add_action_indicator(action_id, **values)
    return action_id


def _build_action_plan(
    document: PlanDocument,
    objectives: list[int],
    items: dict[str, int],
    options: list[int],
    org_ids: dict[str, int],
) -> dict[str, int]:
    """The action plan as first adopted: approved, nothing reported yet."""
    actions: dict[str, int] = {}
    for planned in [*_ACTIONS, _DROPPED]:
        if planned["key"] in _ADDED_AFTER_ADOPTION:
            continue
        first = {
            **planned,
            **_AT_SECOND_ADOPTION.get(planned["key"], {}),
            **_AT_FIRST_ADOPTION.get(planned["key"], {}),
        }
        if first.get("start_date") is not None:
            first.update(status=ActionStatus.APPROVED, progress=0)
        actions[planned["key"]] = _add_planned_action(
            document, first, objectives, items, options, org_ids
        )
    for predecessor, successor, kind, lag in _DEPENDENCIES:
        document.add_dependency(actions[predecessor], actions[successor], kind=kind, lag_days=lag)
    return actions


def _report_progress(document: PlanDocument, actions: dict[str, int], on: dt.date) -> None:
    """What the leads reported before the half-year review: the plan's state today."""
    notes = {
        ActionStatus.COMPLETED: "Finished; the Commission has the report.",
        ActionStatus.IN_PROGRESS: "Under way as planned.",
        ActionStatus.ON_HOLD: "Waiting for the municipal budget for 2027.",
    }
    for planned in _ACTIONS:
        action_id = actions[planned["key"]]
        status = planned["status"]
        if status in (ActionStatus.APPROVED, ActionStatus.PROPOSED) or planned["key"] == "carnival":
            continue
        fields: dict[str, Any] = {"status": status, "progress": planned.get("progress", 0)}
        if status in (ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS):
            fields["actual_start"] = planned["start_date"]
        if status is ActionStatus.COMPLETED:
            fields["actual_end"] = planned["end_date"]
        document.record_progress(action_id, on, note=notes.get(status, ""), **fields)


def _build_review_cycle(
    document: PlanDocument,
    objectives: list[int],
    items: dict[str, int],
    options: list[int],
    org_ids: dict[str, int],
    people: list[int],
) -> None:
    """Two adopted revisions with what happened between them, and a report since."""
    cda = people[0]
    adoption = new_id(
        document.add_meeting(
            title="Cluster Commission: action plan adoption",
            date=D(2026, 5, 21),
            meeting_type=MeetingType.COMMISSION_MEETING,
            venue="Chamber of Commerce hall, Atuntaqui",
            facilitator_id=cda,
            notes="The Commission went through the action plan objective by objective.",
            attendee_ids=[cda, *people[3:12]],
        ),
        "meeting",
    )
    actions = _build_action_plan(document, objectives, items, options, org_ids)
    document.adopt_revision(
        "Action plan 2026–2029",
        D(2026, 5, 21),
        meeting_id=adoption,
        decision="Adopted unanimously; the leads named in the plan accept their actions.",
        reason="The first action plan under the vision adopted in March 2026.",
    )
    # Between the meetings: slipped dates, a new lead, a new proposal, reports, figures.
    for key, first in _AT_FIRST_ADOPTION.items():
        planned = next(a for a in _ACTIONS if a["key"] == key)
        changed = {k: planned[k] for k in first if k != "lead"}
        if "lead" in first:
            changed["lead_id"] = org_ids[planned["lead"]]
        document.update_action(actions[key], **changed)
    new = next(a for a in _ACTIONS if a["key"] in _ADDED_AFTER_ADOPTION)
    actions[new["key"]] = _add_planned_action(document, new, objectives, items, options, org_ids)
    _report_progress(document, actions, D(2026, 11, 6))
    licences = document.action(actions["brand_licences"]).indicators[0]
    document.record_measurement(
        licences.id, measured_on=D(2026, 10, 31), value=4.0, source="Brand licence register"
    )
    for objective_id, value in zip(objectives, (4.0, 24.0), strict=False):
        indicator = next(o for o in document.objectives() if o.id == objective_id).indicators[0]
        document.record_measurement(
            indicator.id,
            measured_on=D(2026, 10, 31),
            value=value,
            source="Chamber of Commerce member survey, October 2026",
        )
    review = new_id(
        document.add_meeting(
            title="Cluster Commission: half-year review",
            date=D(2026, 11, 12),
            meeting_type=MeetingType.REVIEW_MEETING,
            venue="Chamber of Commerce hall, Atuntaqui",
            facilitator_id=cda,
            notes="What we said we would do, what we did, what we do next, what help we need.",
            attendee_ids=[cda, *people[3:10], *people[12:15]],
        ),
        "meeting",
    )
    for key, answers in _REVIEW_ANSWERS.items():
        document.review_action(review, actions[key], **answers)
    document.update_action(
        actions["gift_fair"], status=ActionStatus.DROPPED, drop_reason=_DROP_REASON
    )
    document.adopt_revision(
        "Revised action plan, November 2026",
        D(2026, 11, 12),
        meeting_id=review,
        decision="The revised plan is adopted; the gift fair stand is dropped.",
        reason="Half-year review: the safety programme waits for the municipal budget, "
        "the machines programme needs three more months and the weavers proposed an online shop.",
    )
    for key in _AT_SECOND_ADOPTION:
        planned = next(a for a in _ACTIONS if a["key"] == key)
        document.update_action(
            actions[key], start_date=planned["start_date"], end_date=planned["end_date"]
        )
    document.record_progress(
        actions["carnival"],
        D(2026, 11, 14),
        status=ActionStatus.IN_PROGRESS,
        progress=15,
        actual_start=D(2026, 11, 2),
        note="Pavilion booked; twelve firms signed up.",
    )


_REVIEW_ANSWERS: dict[str, dict[str, str]] = {
    "brand_licences": dict(
        done="Four firms licensed; the lab technician started in October.",
        next_steps="License ten firms by the end of January.",
        help_needed="Buyers' quality specifications from Quito Fashion Retail Group.",
        decision="Continue as planned.",
    ),
    "safety": dict(
        done="Nothing yet: the municipal budget for 2027 is not approved.",
        next_steps="The municipality takes the lead once its budget passes in January.",
        help_needed="UNIDO to keep its share pledged until then.",
        decision="New dates and a new lead (GMAA).",
    ),
    "gift_fair": dict(
        done="The organiser cancelled the 2027 fair.",
        decision="Drop the action; its money goes to the Carnival pavilion.",
    ),
    "machines": dict(
        done="The credit line is being negotiated.",
        next_steps="Sign the credit line in the first quarter of 2027.",
        help_needed="MICIP to confirm the grant share.",
        decision="End moved to March 2029.",
    ),
}


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
    objectives = _build_vision(document, new_id(vision_meeting, "meeting"), items, options, org_ids)
    _build_review_cycle(document, objectives, items, options, org_ids, person_ids)


def create_demo_plan(path: Path | str, *, template_folder: Path | None = None) -> PlanDocument:
    """Create a fresh demo plan at ``path`` (replacing any file there) and return it open.

    With ``template_folder``, the demo is built there once per version of the demo
    and later copies are taken from it, so "Open the demo plan" is instant after
    the first time.
    """
    path = Path(path)
    if template_folder is None:
        return PlanDocument.create(path, overwrite=True, fill=build_demo)
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
