#!/usr/bin/env python3
"""Generates samples/leicestershire: plan.json, the Q2 returns and the malformed returns.

A one-off tool: its output is committed, nothing in the build runs it. Figures are plausible, shaped on the
public Leicestershire spending plans in ../shared/seeds (scheme names, splits, magnitudes); the income per
source and the required-spend minimums are the 2024-25 plan's.
"""
import csv
import io
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "leicestershire")

INCOME = {
    "DFG": 4850818, "Minimum NHS Contribution": 51507543, "iBCF": 17690614,
    "Additional LA Contribution": 0, "Additional NHS Contribution": 0,
    "Local Authority Discharge Funding": 4133661, "ICB Discharge Funding": 4355513,
}
REQUIRED = {"nhsCommissionedOutOfHospital": 14633036, "adultSocialCare": 30774296}

CONTRIBUTORS = [
    ("blaby", "Blaby District Council", "dfg@blaby.example.gov.uk"),
    ("charnwood", "Charnwood Borough Council", "dfg@charnwood.example.gov.uk"),
    ("harborough", "Harborough District Council", "dfg@harborough.example.gov.uk"),
    ("hinckley-bosworth", "Hinckley and Bosworth Borough Council", "dfg@hinckley-bosworth.example.gov.uk"),
    ("melton", "Melton Borough Council", "dfg@melton.example.gov.uk"),
    ("nwleics", "North West Leicestershire District Council", "dfg@nwleics.example.gov.uk"),
    ("oadby-wigston", "Oadby and Wigston Borough Council", "dfg@oadby-wigston.example.gov.uk"),
    ("leicestershire-cc", "Leicestershire County Council", "bcf@leicestershire.example.gov.uk"),
    ("llr-icb", "Leicester, Leicestershire and Rutland ICB", "llricb.bcf@example.nhs.uk"),
]

# Scheme types, sub types and units as the 2024-25 planning template names them.
HOME_CARE = ("Home Care or Domiciliary Care", "Domiciliary care to support hospital discharge", "Hours of care")
RESIDENTIAL = ("Residential Placements", "Care home", "Number of beds")
HOME_IC = ("Home-based intermediate care services", "Reablement at home (to support discharge)", "Packages")
BED_IC = ("Bed based intermediate Care Services (Reablement, rehabilitation, wider short-term services supporting recovery)",
          "Bed-based intermediate care with rehabilitation (to support discharge)", "Number of placements")
UCR = ("Urgent Community Response", "Urgent community response (two-hour)", "")
COMMUNITY = ("Community Based Schemes", "Integrated neighbourhood services", "")
NAVIGATION = ("Integrated Care Planning and Navigation", "Care navigation and planning", "")
ENABLERS = ("Enablers for Integration", "Programme management", "")
WORKFORCE = ("Workforce recruitment and retention", "Local recruitment and retention initiatives", "")
PREVENTION = ("Prevention / Early Intervention", "Social Prescribing", "Number of beneficiaries")
CARE_ACT = ("Care Act Implementation Related Duties", "Other", "")
CARERS = ("Carers Services", "Respite services", "Number of beneficiaries")
ASSISTIVE = ("Assistive Technologies and Equipment", "Telecare", "Number of beneficiaries")
HOUSING = ("Housing Related Schemes", "Housing support to enable discharge", "")
DFG = ("DFG Related Schemes", "Adaptations, including statutory DFG grants", "Number of adaptations funded/people supported")
MARKET = ("Other", "Provider market sustainability", "")
PERSONALISED = ("Personalised Care at Home", "Mental health /wellbeing", "")
HIGH_IMPACT = ("High Impact Change Model for Managing Transfer of Care", "Multi-Disciplinary/Multi-Agency Discharge Teams supporting discharge", "")

LA, NHS, JOINT = "LA", "NHS", "Joint"
COUNTY, ICB = "leicestershire-cc", "llr-icb"
MNC, IBCF, LADF, ICBDF = "Minimum NHS Contribution", "iBCF", "Local Authority Discharge Funding", "ICB Discharge Funding"

# (name, description, type, area, commissioner, pctNhs, provider, source, planned or None for the balancing
#  scheme of its source, plannedOutputs, contributor)
SCHEMES = [
    ("Unified Prevention Offer - First Contact Plus", "Single point of access for prevention, advice and signposting", PREVENTION, "Social Care", LA, None, "Local Authority", MNC, 190000, 14000, COUNTY),
    ("Care Act Support Pathway", "Assessment, advocacy and information duties under the Care Act", CARE_ACT, "Social Care", LA, None, "Local Authority", MNC, 540000, None, COUNTY),
    ("Community Hospital Link Workers", "Social care link workers in community hospitals", HIGH_IMPACT, "Social Care", LA, None, "Local Authority", MNC, 262000, None, COUNTY),
    ("Improving Mental Health Discharge", "Social workers supporting discharge from mental health wards", HIGH_IMPACT, "Social Care", LA, None, "Local Authority", MNC, 345000, None, COUNTY),
    ("Lightbulb - Housing Enablement Team", "Housing support to enable hospital discharge", HOUSING, "Social Care", LA, None, "Local Authority", MNC, 128000, None, COUNTY),
    ("Care Coordination", "Care coordinators in integrated neighbourhood teams", NAVIGATION, "Social Care", LA, None, "Local Authority", MNC, 790000, None, COUNTY),
    ("HART reablement (Home Assessment and Reablement Team)", "Home First integrated reablement, step down and step up", HOME_IC, "Social Care", LA, None, "Local Authority", MNC, 6400000, 1850, COUNTY),
    ("HTLAH - Community Based Review Team", "Two week review team for Help to Live at Home packages", NAVIGATION, "Social Care", LA, None, "Local Authority", MNC, 520000, None, COUNTY),
    ("Crisis Response Service - Social Care", "24 hour crisis response to avoid admission", UCR, "Social Care", LA, None, "Local Authority", MNC, 720000, None, COUNTY),
    ("Home Care Service (ASC protected)", "Help to Live at Home domiciliary care", HOME_CARE, "Social Care", LA, None, "Private Sector", MNC, None, 610000, COUNTY),
    ("Assessment and Review", "Social care assessment and review capacity", CARE_ACT, "Social Care", LA, None, "Local Authority", MNC, 2080000, None, COUNTY),
    ("Residential Respite Service", "Short stay residential respite for carers", CARERS, "Social Care", LA, None, "Private Sector", MNC, 940000, 1300, COUNTY),
    ("Nursing Care Packages", "Nursing care placements (ASC protected)", RESIDENTIAL, "Social Care", LA, None, "Private Sector", MNC, 4560000, 420, COUNTY),
    ("Improving Quality in Care Homes", "Quality improvement team for care homes", WORKFORCE, "Social Care", LA, None, "Local Authority", MNC, 648000, None, COUNTY),
    ("Health and Social Care Protocol Training", "Delegated health tasks training for care staff", WORKFORCE, "Social Care", LA, None, "Local Authority", MNC, 123000, None, COUNTY),
    ("Integration Programme Management", "BCF programme team and governance", ENABLERS, "Social Care", LA, None, "Local Authority", MNC, 508000, None, COUNTY),
    ("Data Integration Tool", "Linked health and care data for population health management", ENABLERS, "Social Care", LA, None, "Local Authority", MNC, 76000, None, COUNTY),
    ("Carers Health and Wellbeing Service", "Information, breaks and support for unpaid carers", CARERS, "Social Care", LA, None, "Charity / Voluntary Sector", MNC, 460000, 3200, COUNTY),
    ("Transforming Care Programme", "Positive Behaviour Support and TCP coordination", PERSONALISED, "Social Care", LA, None, "Local Authority", MNC, 152000, None, COUNTY),
    ("Integrated Community Nursing", "District nursing and community matrons", COMMUNITY, "Community Health", NHS, None, "NHS Community Provider", MNC, 7900000, None, ICB),
    ("Home First, Nursing and Therapies", "Community therapy and nursing supporting Home First", HOME_IC, "Community Health", NHS, None, "NHS Community Provider", MNC, 5150000, 2400, ICB),
    ("LLR Community Integrated Neurology and Stroke Rehabilitation Service", "Community stroke and neurology rehabilitation", COMMUNITY, "Community Health", NHS, None, "NHS Community Provider", MNC, 370000, None, ICB),
    ("Discharge Pathway 3 Contract", "Nursing home beds for complex discharges", BED_IC, "Community Health", NHS, None, "Private Sector", MNC, 640000, 120, ICB),
    ("Night Nursing Service", "Urgent community nursing overnight", UCR, "Community Health", NHS, None, "NHS Community Provider", MNC, 530000, None, ICB),
    ("Home Visiting Service", "GP home visiting for housebound patients", COMMUNITY, "Primary Care", NHS, None, "NHS", MNC, 2520000, None, ICB),
    ("Loughborough Urgent Treatment Centre", "Urgent treatment centre at Loughborough Hospital", UCR, "Acute", NHS, None, "NHS Acute Provider", MNC, 1180000, None, ICB),
    ("Urgent Care Centres (East Leicestershire)", "Urgent care centres at Oadby and Market Harborough", UCR, "Primary Care", NHS, None, "NHS", MNC, 1740000, None, ICB),
    ("Primary Care Coordinators", "Coordinators linking practices and community teams", NAVIGATION, "Primary Care", NHS, None, "NHS", MNC, 45000, None, ICB),
    ("LD Short Breaks", "Pooled budget for learning disability short breaks", CARERS, "Social Care", JOINT, 60, "Private Sector", MNC, 1120000, 240, ICB),
    ("Post Diagnostic Dementia Support", "Community and in-reach service for people affected by dementia", PERSONALISED, "Mental Health", JOINT, 50, "Charity / Voluntary Sector", MNC, 355000, None, ICB),
    ("Stabilising the social care provider market", "Fee uplifts and market sustainability", MARKET, "Social Care", LA, None, "Private Sector", IBCF, None, None, COUNTY),
    ("Assistive Technology", "Telecare to support independent living and Home First", ASSISTIVE, "Social Care", LA, None, "Private Sector", IBCF, 890000, 5400, COUNTY),
    ("Home First Programme Team", "Programme team for Home First", ENABLERS, "Social Care", LA, None, "Local Authority", IBCF, 350000, None, COUNTY),
    ("Social Integration Programme", "Community activities reducing isolation", PREVENTION, "Social Care", LA, None, "Charity / Voluntary Sector", IBCF, 300000, 900, COUNTY),
    ("Development of External Workforce", "Recruitment and retention in the care market", WORKFORCE, "Social Care", LA, None, "Local Authority", IBCF, 250000, None, COUNTY),
    ("Multi-disciplinary review team for high cost placements", "Reviews of the top 100 high cost placements", CARE_ACT, "Social Care", LA, None, "Local Authority", IBCF, 245000, None, COUNTY),
    ("Commissioning Brokerage Team", "Brokerage of care packages", NAVIGATION, "Social Care", LA, None, "Local Authority", IBCF, 98000, None, COUNTY),
    ("CHC Commissioning Capacity", "Continuing healthcare end to end process", CARE_ACT, "Social Care", LA, None, "Local Authority", IBCF, 195000, None, COUNTY),
    ("Enhanced carer support services", "Carers strategy: enhanced support", CARERS, "Social Care", LA, None, "Charity / Voluntary Sector", IBCF, 130000, 650, COUNTY),
    ("Redesign of reablement offer", "Target operating model for reablement", ENABLERS, "Social Care", LA, None, "Local Authority", IBCF, 306000, None, COUNTY),
    ("Adult Mental Health Step Down Beds", "Step down beds for adults leaving mental health wards", BED_IC, "Mental Health", LA, None, "Private Sector", IBCF, 37000, 12, COUNTY),
    ("Discharge to assess home care capacity", "Bridging domiciliary care for pathway 1 discharges", HOME_CARE, "Social Care", LA, None, "Private Sector", LADF, 1650000, 42000, COUNTY),
    ("Interim residential beds (discharge to assess)", "Interim care home beds for pathway 2 and 3", RESIDENTIAL, "Social Care", LA, None, "Private Sector", LADF, 1180000, 260, COUNTY),
    ("HART discharge reablement capacity", "Additional HART capacity over winter", HOME_IC, "Social Care", LA, None, "Local Authority", LADF, 620000, 380, COUNTY),
    ("Hospital social work discharge team", "Seven day social work cover at acute and community hospitals", HIGH_IMPACT, "Social Care", LA, None, "Local Authority", LADF, 410000, None, COUNTY),
    ("Trusted assessors and care home in-reach", "Trusted assessment for care home admissions", HIGH_IMPACT, "Social Care", LA, None, "Local Authority", LADF, None, None, COUNTY),
    ("Transfer of Care Hub", "Integrated discharge hub across LLR", HIGH_IMPACT, "Community Health", NHS, None, "NHS Community Provider", ICBDF, 780000, None, ICB),
    ("Pathway 1 discharge to assess - night sitting", "Night sitting for people discharged home", HOME_IC, "Community Health", NHS, None, "Private Sector", ICBDF, 1450000, 900, ICB),
    ("Pathway 2 community rehabilitation beds", "Community hospital rehabilitation beds", BED_IC, "Community Health", NHS, None, "NHS Community Provider", ICBDF, 1320000, 310, ICB),
    ("Home from Hospital (voluntary sector)", "Settling-in support after discharge", PREVENTION, "Community Health", NHS, None, "Charity / Voluntary Sector", ICBDF, 285000, 1500, ICB),
    ("Mental health discharge support", "Step down and housing support for mental health discharges", PERSONALISED, "Mental Health", NHS, None, "NHS Mental Health Provider", ICBDF, None, None, ICB),
]

# 2020-21 DFG allocations (domain notes), scaled to the 2024-25 DFG income.
DFG_2020 = [
    ("blaby", "Blaby District Council", 540028, 85),
    ("charnwood", "Charnwood Borough Council", 947908, 150),
    ("harborough", "Harborough District Council", 406561, 62),
    ("hinckley-bosworth", "Hinckley and Bosworth Borough Council", 465231, 74),
    ("melton", "Melton Borough Council", 258802, 40),
    ("nwleics", "North West Leicestershire District Council", 625314, 98),
    ("oadby-wigston", "Oadby and Wigston Borough Council", 360615, 55),
    (COUNTY, "Hoarding Project", 315000, None),
]


def scheme_dict(sid, name, description, kind, area, commissioner, pct_nhs, provider, source, planned, outputs, units=None):
    scheme_type, sub_type, default_units = kind
    return {
        "id": sid, "name": name, "description": description,
        "schemeType": scheme_type, "subType": sub_type, "areaOfSpend": area, "commissioner": commissioner,
        "pctNhs": pct_nhs, "pctLa": None if pct_nhs is None else 100 - pct_nhs,
        "provider": provider, "sourceOfFunding": source,
        "plannedExpenditure": planned, "plannedOutputs": outputs,
        "units": (units if units is not None else default_units) if outputs is not None else "",
    }


def build_plan():
    schemes, owner = [], {}
    for n, (name, desc, kind, area, comm, pct, prov, source, planned, outputs, contributor) in enumerate(SCHEMES, 1):
        schemes.append(scheme_dict(str(n), name, desc, kind, area, comm, pct, prov, source, planned, outputs))
        owner[str(n)] = contributor
    factor = INCOME["DFG"] / sum(a for _, _, a, _ in DFG_2020)
    for contributor, name, allocation, outputs in DFG_2020:
        sid = str(len(schemes) + 1)
        desc = "Disabled Facilities Grant: home adaptations" if contributor != COUNTY else "Holistic support for people who hoard, through the Regulatory Reform Order"
        schemes.append(scheme_dict(sid, name, desc, DFG, "Social Care", LA, None, "Local Authority", "DFG",
                                   round(allocation * factor), outputs))
        owner[sid] = contributor
    # The balancing scheme of each source (planned None, or the last DFG row) takes the rounding remainder.
    for source, income in INCOME.items():
        of_source = [s for s in schemes if s["sourceOfFunding"] == source]
        if not of_source:
            continue
        open_rows = [s for s in of_source if s["plannedExpenditure"] is None] or [of_source[-1]]
        balancing = open_rows[0]
        balancing["plannedExpenditure"] = 0
        balancing["plannedExpenditure"] = income - sum(s["plannedExpenditure"] for s in of_source)
        assert balancing["plannedExpenditure"] > 0, (source, balancing)
    contributors = [
        {"id": cid, "name": name, "email": email, "schemes": [sid for sid, o in owner.items() if o == cid]}
        for cid, name, email in CONTRIBUTORS
    ]
    return {
        "area": "Leicestershire", "year": "2024-25",
        "lead": {"name": "BCF Lead", "email": "bcf.lead@example.gov.uk"},
        "income": INCOME, "requiredSpend": REQUIRED,
        "contributors": contributors, "schemes": schemes,
    }


def q2_fraction(sid):
    """Spend to date at Q2, roughly half the year: 46% to 56%, fixed per scheme."""
    return 0.46 + (int(sid) * 37 % 11) / 100


def money(amount, style):
    if style == "pounds":
        return f"£{amount:,}"
    if style == "decimal":
        return f"{amount:,}.00"
    if style == "spaced":
        return f" £{amount:,} "
    return str(amount)


OVERSPEND_SCHEME = "Residential Respite Service"
OVERSPEND_COMMENT = "Emergency respite demand over the summer; overspend met from contingency, plan to be revised at Q3"
FORMATS = {
    "blaby": "pounds", "charnwood": "plain", "harborough": "decimal", "hinckley-bosworth": "pounds",
    "melton": "plain", "nwleics": "decimal", "oadby-wigston": "spaced", COUNTY: "pounds", ICB: "plain",
}
COMMENTS = {
    "HART reablement (Home Assessment and Reablement Team)": "Two vacant posts filled in August",
    "Discharge to assess home care capacity": "Spend profiled toward winter",
    "Charnwood Borough Council": "",
    "Integrated Community Nursing": "In line with plan",
}


def q2_rows(plan, contributor):
    by_id = {s["id"]: s for s in plan["schemes"]}
    rows = []
    for sid in contributor["schemes"]:
        s = by_id[sid]
        f = q2_fraction(sid)
        spend = round(s["plannedExpenditure"] * f)
        comment = COMMENTS.get(s["name"], "")
        if s["name"] == OVERSPEND_SCHEME:
            spend = round(s["plannedExpenditure"] * 1.077)
            comment = OVERSPEND_COMMENT
        outputs = "NA" if s["plannedOutputs"] is None else str(round(s["plannedOutputs"] * f))
        rows.append({"id": sid, "name": s["name"], "spend": spend, "outputs": outputs, "comment": comment})
    return rows


def write_csv(path, header, rows, bom=False, crlf=False):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(path, "wb") as f:
        f.write(("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8"))


STANDARD_HEADER = ["Scheme ID", "Scheme Name", "Expenditure to date (£)", "Outputs delivered to date", "Comments"]


def standard_rows(rows, style):
    return [[r["id"], r["name"], money(r["spend"], style), r["outputs"], r["comment"]] for r in rows]


def write_q2(plan):
    folder = os.path.join(ROOT, "returns", "q2")
    os.makedirs(folder, exist_ok=True)
    for c in plan["contributors"]:
        rows = q2_rows(plan, c)
        path = os.path.join(folder, c["id"] + ".csv")
        style = FORMATS[c["id"]]
        if c["id"] == ICB:
            # Columns in another order, and an extra template column that agrees with the plan.
            by_id = {s["id"]: s for s in plan["schemes"]}
            header = ["Expenditure to date (£)", "Scheme ID", "Source of Funding", "Scheme Name", "Outputs delivered to date", "Comments"]
            body = [[money(r["spend"], style), r["id"], by_id[r["id"]]["sourceOfFunding"], r["name"], r["outputs"], r["comment"]] for r in rows]
            write_csv(path, header, body)
        elif c["id"] == "charnwood":
            # Minimal return: required columns only, names in other case and spacing.
            write_csv(path, ["scheme id", " EXPENDITURE TO DATE (£) ", "Outputs Delivered To Date"],
                      [[r["id"], money(r["spend"], style), r["outputs"]] for r in rows])
        else:
            write_csv(path, STANDARD_HEADER, standard_rows(rows, style), bom=c["id"] == "blaby", crlf=c["id"] == "blaby")


def write_invalid(plan):
    folder = os.path.join(ROOT, "returns", "invalid")
    os.makedirs(folder, exist_ok=True)
    icb = next(c for c in plan["contributors"] if c["id"] == ICB)
    county = next(c for c in plan["contributors"] if c["id"] == COUNTY)
    base = standard_rows(q2_rows(plan, icb), "pounds")
    foreign = standard_rows(q2_rows(plan, county), "pounds")[0]

    def variant(name, rows, header=STANDARD_HEADER):
        write_csv(os.path.join(folder, name), header, rows)

    variant("foreign-scheme.csv", base + [foreign])
    variant("missing-scheme.csv", base[:3] + base[4:])
    variant("duplicate-scheme.csv", base[:5] + [base[2]] + base[5:])
    variant("unparseable-amount.csv", [r if i != 1 else r[:2] + ["about £2.6m"] + r[3:] for i, r in enumerate(base)])
    variant("negative-amount.csv", [r if i != 4 else r[:2] + ["-£12,500"] + r[3:] for i, r in enumerate(base)])
    variant("missing-column.csv", [[r[0], r[1], r[3], r[4]] for r in base],
            ["Scheme ID", "Scheme Name", "Outputs delivered to date", "Comments"])
    variant("name-mismatch.csv", [r if i != 0 else [r[0], "Community Nursing (Melton only)"] + r[2:] for i, r in enumerate(base)])
    variant("bad-outputs.csv", [r if i != 1 else r[:3] + ["about 1200"] + r[4:] for i, r in enumerate(base)])
    open(os.path.join(folder, "empty.csv"), "wb").close()
    with open(os.path.join(folder, "binary.csv"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def main():
    plan = build_plan()
    os.makedirs(ROOT, exist_ok=True)
    with open(os.path.join(ROOT, "plan.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(plan, f, indent=2, ensure_ascii=False)
        f.write("\n")
    write_q2(plan)
    write_invalid(plan)


if __name__ == "__main__":
    main()
