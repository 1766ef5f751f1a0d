#!/usr/bin/env python3
"""Synthetic occupations for the benchmark (bench/run.sh), as PostgreSQL SQL on stdout.

    bench/generate-occupations.py [count] [seed]  > /tmp/occupations.sql

The rows are made up, deterministic for a given count and seed, and meant only for a scratch
database that bench/run.sh creates and drops: they are never content of the site. Each occupation
is a loaded profile with quick facts spread across every education, experience, training and
outlook code, a few narrative blocks and a summary per tab, so the search index and the finder
hold about as much per occupation as a short real profile. The SQL runs after Flyway has created
the schema and the seed, and looks groups and occupations up by slug.
"""
import random
import sys

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 20231

GROUPS = [
    ("healthcare", "Healthcare"),
    ("management", "Management"),
    ("architecture-and-engineering", "Architecture and Engineering"),
    ("business-and-financial", "Business and Financial"),
    ("computer-and-information-technology", "Computer and Information Technology"),
    ("construction-and-extraction", "Construction and Extraction"),
    ("education-training-and-library", "Education, Training, and Library"),
    ("installation-maintenance-and-repair", "Installation, Maintenance, and Repair"),
    ("life-physical-and-social-science", "Life, Physical, and Social Science"),
    ("office-and-administrative-support", "Office and Administrative Support"),
    ("production", "Production"),
    ("protective-service", "Protective Service"),
    ("sales", "Sales"),
    ("transportation-and-material-moving", "Transportation and Material Moving"),
]
QUALIFIERS = ["Clinical", "Industrial", "Agricultural", "Environmental", "Financial", "Medical", "Marine",
              "Electrical", "Mechanical", "Health", "Forensic", "Commercial", "Public", "Digital",
              "Occupational", "Aerospace", "Civil", "Chemical", "Nuclear", "Social", "Retail", "Legal",
              "Pharmacy", "Veterinary", "Dental", "Records", "Laboratory", "Transit", "Energy", "Textile"]
FIELDS = ["Data", "Equipment", "Safety", "Systems", "Records", "Quality", "Inventory", "Survey", "Network",
          "Compliance", "Research", "Maintenance", "Design", "Claims", "Logistics", "Imaging", "Training",
          "Billing", "Field", "Process", "Information", "Materials", "Instrument", "Software", "Facilities"]
ROLES = [("Analyst", "Analysts"), ("Technician", "Technicians"), ("Manager", "Managers"),
         ("Specialist", "Specialists"), ("Coordinator", "Coordinators"), ("Assistant", "Assistants"),
         ("Inspector", "Inspectors"), ("Engineer", "Engineers"), ("Operator", "Operators"),
         ("Planner", "Planners"), ("Supervisor", "Supervisors"), ("Scientist", "Scientists"),
         ("Clerk", "Clerks"), ("Installer", "Installers"), ("Registrar", "Registrars"),
         ("Auditor", "Auditors"), ("Designer", "Designers"), ("Estimator", "Estimators")]
VERBS = ["plan", "coordinate", "review", "inspect", "maintain", "analyze", "install", "record", "test",
         "monitor", "design", "repair", "audit", "schedule", "document", "calibrate", "classify"]
OBJECTS = ["patient records", "budgets", "laboratory samples", "software systems", "field surveys",
           "safety procedures", "production lines", "electrical wiring", "shipping schedules",
           "insurance claims", "clinical data", "building plans", "water quality", "financial reports",
           "medical equipment", "network traffic", "inventory levels", "training programs"]
PLACES = ["hospitals", "offices", "factories", "laboratories", "construction sites", "government agencies",
          "schools", "warehouses", "clinics", "retail stores", "power plants", "consulting firms"]
EDUCATION = ["NO_FORMAL_CREDENTIAL", "HIGH_SCHOOL", "POSTSECONDARY_NONDEGREE", "SOME_COLLEGE",
             "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORAL"]
EDUCATION_WEIGHTS = [8, 22, 10, 4, 14, 28, 9, 5]
EDUCATION_TEXT = {
    "NO_FORMAL_CREDENTIAL": "no formal educational credential",
    "HIGH_SCHOOL": "a high school diploma or equivalent",
    "POSTSECONDARY_NONDEGREE": "a postsecondary nondegree award",
    "SOME_COLLEGE": "some college, no degree",
    "ASSOCIATE": "an associate's degree",
    "BACHELOR": "a bachelor's degree",
    "MASTER": "a master's degree",
    "DOCTORAL": "a doctoral or professional degree",
}
EXPERIENCE = ["NONE", "LESS_THAN_5_YEARS", "FIVE_YEARS_OR_MORE"]
TRAINING = ["NONE", "SHORT_TERM", "MODERATE_TERM", "LONG_TERM", "APPRENTICESHIP", "INTERNSHIP_RESIDENCY"]


def descriptor(percent):
    """BLS's wording for a projected change, 2022-32 thresholds."""
    if percent <= -2:
        return "DECLINE", "decline"
    if percent <= 0:
        return "LITTLE_OR_NO_CHANGE", "show little or no change"
    if percent <= 2:
        return "SLOWER", "grow slower than the average for all occupations"
    if percent <= 4:
        return "AVERAGE", "grow about as fast as the average for all occupations"
    if percent <= 7:
        return "FASTER", "grow faster than the average for all occupations"
    return "MUCH_FASTER", "grow much faster than the average for all occupations"


# Only rows this script inserted get blocks and summaries, should a title match a seeded occupation.
SYNTHETIC = "and o.source_url like 'https://bench.invalid/%'"


def q(value):
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def slugify(text):
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def occupations(rng):
    seen = set()
    result = []
    while len(result) < COUNT:
        qualifier, field, role = rng.choice(QUALIFIERS), rng.choice(FIELDS), rng.choice(ROLES)
        title = f"{qualifier} {field} {role[1]}"
        if title in seen:
            continue
        seen.add(title)
        n = len(result) + 1
        group = GROUPS[rng.randrange(len(GROUPS))][0]
        education = rng.choices(EDUCATION, EDUCATION_WEIGHTS)[0]
        pay = int(min(max(rng.lognormvariate(10.9, 0.45), 24000), 230000)) // 10 * 10
        employment = int(min(max(rng.lognormvariate(10.0, 1.3), 800), 900000)) // 100 * 100
        percent = round(rng.triangular(-8, 20, 3))
        outlook, outlook_text = descriptor(percent)
        change = round(employment * percent / 100, -2)
        plural = title.lower()
        verb1, verb2 = rng.sample(VERBS, 2)
        object1, object2, object3 = rng.sample(OBJECTS, 3)
        place1, place2 = rng.sample(PLACES, 2)
        duties = f"{title} {verb1} and {verb2} {object1} and {object2}."
        result.append({
            "slug": slugify(title), "group": group, "title": title,
            "singular": f"{qualifier} {field} {role[0]}", "plural": plural,
            "soc": f"{rng.randint(11, 53)}-{n:04d}", "duties": duties,
            "education": education, "experience": rng.choice(EXPERIENCE), "training": rng.choice(TRAINING),
            "pay": pay, "hourly": round(pay / 2080, 2), "p10": pay * 6 // 10 // 10 * 10,
            "p90": pay * 17 // 10 // 10 * 10, "employment": employment,
            "projected": int(employment + change), "percent": percent, "outlook": outlook,
            "change": int(change), "openings": max(10, employment // 10 // 100 * 100),
            "summaries": [
                ("WHAT_THEY_DO", duties),
                ("WORK_ENVIRONMENT", f"{title} work in {place1} and {place2}. Most work full time."),
                ("HOW_TO_BECOME_ONE", f"{title} typically need {EDUCATION_TEXT[education]} to enter the occupation."),
                ("PAY", f"The median annual wage for {plural} was ${pay:,} in May 2022."),
                ("JOB_OUTLOOK", f"Employment of {plural} is projected to {outlook_text} from 2022 to 2032."),
            ],
            "blocks": [
                ("WHAT_THEY_DO", "HEADING", None, f"Duties of {plural}"),
                ("WHAT_THEY_DO", "PARAGRAPH", None, f"{title} typically do the following:"),
                ("WHAT_THEY_DO", "LIST_ITEM", None, f"{verb1.capitalize()} {object1}"),
                ("WHAT_THEY_DO", "LIST_ITEM", None, f"{verb2.capitalize()} {object2}"),
                ("WHAT_THEY_DO", "LIST_ITEM", None, f"Keep accurate records of {object3}"),
                ("WHAT_THEY_DO", "PARAGRAPH", None,
                 f"{title} use specialized software and tools to {verb1} {object3}, and they report "
                 f"their findings to managers and other workers in {place1}."),
                ("WORK_ENVIRONMENT", "PARAGRAPH", None,
                 f"{title} held about {employment:,} jobs in 2022. Most worked in {place1}; others "
                 f"worked in {place2}."),
                ("HOW_TO_BECOME_ONE", "HEADING", None, "Education"),
                ("HOW_TO_BECOME_ONE", "PARAGRAPH", None,
                 f"{title} typically need {EDUCATION_TEXT[education]}. Courses in {object1} and "
                 f"{object2} are helpful."),
                ("PAY", "PARAGRAPH", None, f"The median annual wage for {plural} was ${pay:,} in May 2022."),
                ("JOB_OUTLOOK", "PARAGRAPH", None,
                 f"Employment of {plural} is projected to change {percent} percent from 2022 to 2032."),
            ],
        })
    return result


def batches(rows, size=250):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def main():
    rng = random.Random(SEED)
    rows = occupations(rng)
    out = sys.stdout
    out.write(f"-- {COUNT} synthetic occupations, seed {SEED}, generated by bench/generate-occupations.py\n")
    out.write("begin;\n")
    for position, (slug, title) in enumerate(GROUPS, start=1):
        out.write("insert into occupation_group (slug, title, position) "
                  f"select {q(slug)}, {q(title)}, {100 + position} "
                  f"where not exists (select 1 from occupation_group where slug = {q(slug)});\n")
    for batch in batches(rows):
        out.write("insert into occupation (slug, group_id, title, singular_title, plural_noun, soc_code, "
                  "profile_loaded, summary_duties, entry_education, work_experience, on_the_job_training, "
                  "median_pay_annual, median_pay_hourly, wage_p10_annual, wage_p90_annual, wages_reference_date, "
                  "employment_base_year, employment, projection_end_year, projected_employment, outlook_percent, "
                  "outlook_descriptor, employment_change, openings_per_year, source_url, citation_visited_date, "
                  "last_modified_date, edition_id, is_current)\n"
                  "select v.slug, g.id, v.title, v.singular, v.plural, v.soc, true, v.duties, "
                  "v.education, v.experience, v.training, v.pay, v.hourly, v.p10, v.p90, date '2022-05-01', 2022, "
                  "v.employment, 2032, v.projected, v.percent, v.outlook, v.change, v.openings, "
                  "'https://bench.invalid/ooh/' || v.slug || '.htm', date '2024-03-13', date '2023-09-06', "
                  "(select id from edition where code = '2022-32'), true\n"
                  "from (values\n")
        out.write(",\n".join(
            "(" + ", ".join(q(r[k]) for k in ("slug", "group", "title", "singular", "plural", "soc", "duties",
                                               "education", "experience", "training", "pay", "hourly", "p10",
                                               "p90", "employment", "projected", "percent", "outlook", "change",
                                               "openings")) + ")"
            for r in batch))
        out.write(") as v(slug, grp, title, singular, plural, soc, duties, education, experience, training, "
                  "pay, hourly, p10, p90, employment, projected, percent, outlook, change, openings)\n"
                  "join occupation_group g on g.slug = v.grp\n"
                  "where not exists (select 1 from occupation o where o.slug = v.slug);\n")
    for batch in batches(rows, 100):
        out.write("insert into tab_summary (occupation_id, tab, position, text)\n"
                  "select o.id, v.tab, 1, v.text from (values\n")
        out.write(",\n".join(f"({q(r['slug'])}, {q(tab)}, {q(text)})" for r in batch for tab, text in r["summaries"]))
        out.write(") as v(slug, tab, text) join occupation o on o.slug = v.slug "
                  + SYNTHETIC + ";\n")
        out.write("insert into narrative_block (occupation_id, tab, position, kind, label, text)\n"
                  "select o.id, v.tab, v.position, v.kind, v.label, v.text from (values\n")
        out.write(",\n".join(
            f"({q(r['slug'])}, {q(tab)}, {position}, {q(kind)}, {q(label)}, {q(text)})"
            for r in batch
            for position, (tab, kind, label, text) in enumerate(r["blocks"], start=1)))
        out.write(") as v(slug, tab, position, kind, label, text) join occupation o on o.slug = v.slug "
                  + SYNTHETIC + ";\n")
    out.write("commit;\n")


if __name__ == "__main__":
    main()
