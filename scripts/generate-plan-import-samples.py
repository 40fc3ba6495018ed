#!/usr/bin/env python3
"""Generates samples/plan-import from samples/leicestershire/plan.json: the scheme table in the template's columns
(schemes.csv) and the plan details (plan-details.csv) that `bcf plan import` turns back into that plan.

A one-off tool: its output is committed, nothing in the build runs it (a test imports the files and compares the
plan with plan.json). Files are written as Excel writes "CSV UTF-8": a BOM, CRLF, quotes where needed.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = os.path.join(HERE, "..", "samples", "leicestershire", "plan.json")
OUT = os.path.join(HERE, "..", "samples", "plan-import")

COLUMNS = [
    "Scheme ID", "Scheme Name", "Brief Description", "Scheme Type", "Sub Types",
    "Please specify if 'Scheme Type' is 'Other'", "Planned Outputs for the year", "Units", "Area of Spend",
    "Please specify if 'Area of Spend' is 'other'", "Commissioner", "% NHS", "% LA", "Provider", "Source of Funding",
    "Previously entered expenditure for the year (£)",
]


def pounds(amount):
    return "£{:,}".format(int(amount)) if amount == int(amount) else "£{:,.2f}".format(amount)


def number(value):
    return "" if value is None else ("{:g}".format(value) if value != int(value) else str(int(value)))


def percent(value):
    return "" if value is None else number(value) + "%"


def ranges(ids):
    """["1", "2", "3", "7"] -> "1-3, 7" (whole-number ids in a run of three or more become a range)."""
    parts, run = [], []

    def flush():
        if len(run) >= 3:
            parts.append(f"{run[0]}-{run[-1]}")
        else:
            parts.extend(str(i) for i in run)
        run.clear()

    for sid in ids:
        if sid.isdigit() and run and int(sid) == run[-1] + 1:
            run.append(int(sid))
            continue
        flush()
        if sid.isdigit():
            run.append(int(sid))
        else:
            parts.append(sid)
    flush()
    return ", ".join(parts)


def write(name, rows):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buffer.getvalue())


def main():
    with open(PLAN, encoding="utf-8") as f:
        plan = json.load(f)
    os.makedirs(OUT, exist_ok=True)

    schemes = [[f"Better Care Fund {plan['year']} plan: {plan['area']}, expenditure by scheme"], COLUMNS]
    for s in plan["schemes"]:
        schemes.append([
            s["id"], s["name"], s.get("description", ""), s.get("schemeType", ""), s.get("subType", ""),
            s.get("schemeTypeOther", ""), number(s.get("plannedOutputs")), s.get("units", ""), s.get("areaOfSpend", ""),
            s.get("areaOfSpendOther", ""), s["commissioner"], percent(s.get("pctNhs")), percent(s.get("pctLa")),
            s.get("provider", ""), s["sourceOfFunding"], pounds(s["plannedExpenditure"]),
        ])
    total = [""] * len(COLUMNS)
    total[1], total[-1] = "Total", pounds(sum(s["plannedExpenditure"] for s in plan["schemes"]))
    schemes.append(total)
    write("schemes.csv", schemes)

    details = [
        [f"Better Care Fund {plan['year']} plan: {plan['area']}, plan details"],
        ["Health and Wellbeing Board", plan["area"]],
        ["Financial year", plan["year"]],
        ["BCF lead name", plan["lead"]["name"]],
        ["BCF lead email", plan["lead"]["email"]],
        ["Minimum NHS commissioned out-of-hospital spend (£)", pounds(plan["requiredSpend"]["nhsCommissionedOutOfHospital"])],
        ["Minimum Adult Social Care spend (£)", pounds(plan["requiredSpend"]["adultSocialCare"])],
    ]
    details += [[f"Income: {source}", pounds(amount)] for source, amount in plan["income"].items()]
    details += [[], ["Contributor ID", "Name", "Email", "Scheme IDs"]]
    details += [[c["id"], c["name"], c["email"], ranges(c["schemes"])] for c in plan["contributors"]]
    write("plan-details.csv", details)


if __name__ == "__main__":
    main()
