#!/usr/bin/env python3
"""Writes claims.json and not-claims.json for the claims-holdout3 evaluation set.

Written blind to the engine: every figure below was copied by hand from
`node dist/cli.js roles "<title>" -f json` (OEWS May 2025/2024/2023 `wages`,
`previous[].wages`, and EP `outlooks[]` for 2025-35 and 2024-34). The comment on
each claim names the field it came from. Field names used in the comments:

  w25.median      -> wages.median (OEWS May 2025)
  w24.median      -> previous[year=2024].wages.median, w23 likewise
  w25.hourlyMean  -> wages.hourlyMean
  w25.median/2080 -> hourly median (release.hoursPerYear = 2080)
  ep25.base       -> outlooks[2025-35].employmentBase (thousands)
  ep25.pct        -> outlooks[2025-35].changePercent (OOH prints it rounded to a whole percent)
  ep25.chg        -> outlooks[2025-35].changeNumeric (thousands)
  ep25.open       -> outlooks[2025-35].openingsPerYear (thousands)
  ep25.self       -> outlooks[2025-35].selfEmployedPercent
  ep25.edu        -> outlooks[2025-35].education
  ep24.*          -> the same fields of outlooks[2024-34]
Descriptor bands from data/source/ooh-outlook-descriptors.md: >=7 much faster, 5-6 faster,
3-4 as fast, 1-2 slower, 0 little or no change, <=-1 decline.

Run: python3 make-holdout3.py   (writes next to this file, then validates)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def C(raw, kind, role, verdict, stat=None, period=None, year=None, place=None):
    default_stat = {
        "outlook-percent": "percent",
        "outlook-descriptor": "descriptor",
        "employment": "count",
        "employment-change": "count",
        "openings": "count",
        "self-employed": "share",
        "education": "level",
    }
    if kind == "salary":
        assert stat in ("mean", "median", "p10", "p25", "p75", "p90", "range"), raw
        period = period or "year"
    else:
        stat = stat or default_stat[kind]
        period = None
    return {
        "raw": raw,
        "kind": kind,
        "statistic": stat,
        "role": role,
        "period": period,
        "year": year,
        "place": place,
        "verdict": verdict,
    }


ITEMS = []


def item(id, style, roles, text, claims, heading=None):
    it = {"id": id, "style": style, "roles": roles}
    if heading:
        it["heading"] = heading
    it["text"] = text
    it["claims"] = claims
    ITEMS.append(it)


DH, DA = "Dental Hygienist", "Dental Assistant"
PH, PT = "Pharmacist", "Pharmacy Technician"
WD, DS, SD = "Web Developer", "Data Scientist", "Software Developer"
EL, PL = "Electrician", "Plumber"
WE, HV = "Welder", "HVAC Technician"
MA, LPN = "Medical Assistant", "Licensed Practical Nurse"
RN, NP, PA = "Registered Nurse", "Nurse Practitioner", "Physician Assistant"
RT, MRI = "Radiologic Technologist", "MRI Technologist"
SC, SW = "School Counselor", "Social Worker"
GD, UX = "Graphic Designer", "UX Designer"
CM, CE = "Construction Manager", "Civil Engineer"
RE, IA = "Real Estate Agent", "Insurance Agent"
LO, FA = "Loan Officer", "Financial Advisor"
ET = "Elementary School Teacher"
VET, VT = "Veterinarian", "Veterinary Technician"
OT, PHT = "Occupational Therapist", "Physical Therapist"
LAW, PAR = "Lawyer", "Paralegal"
CAR = "Carpenter"
ACC = "Accountant"

# ---------------------------------------------------------------- dental hygienists (29-1292)
item("dh-ooh-median", "bls-ooh", [DH, DA],
     "The median annual wage for dental hygienists was $98,100 in May 2025.",
     [C("$98,100", "salary", DH, "current", "median", year=2025)],  # w25.median 98100
     heading="Pay")
item("dh-ooh-percentiles", "bls-ooh", [DH, DA],
     "The lowest 10 percent earned less than $74,880, and the highest 10 percent earned more than $126,050.",
     [C("$74,880", "salary", DH, "current", "p10"),  # w25.p10 74880
      C("$126,050", "salary", DH, "current", "p90")],  # w25.p90 126050
     heading="Pay")
item("dh-ooh-outlook", "bls-ooh", [DH, DA],
     "Employment of dental hygienists is projected to grow 8 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("8 percent", "outlook-percent", DH, "current", year=2035),  # ep25.pct 8.0 (ep24 7)
      C("much faster than the average", "outlook-descriptor", DH, "current", year=2035)],
     heading="Job Outlook")
item("dh-ooh-openings", "bls-ooh", [DH, DA],
     "About 15,000 openings for dental hygienists are projected each year, on average, over the decade.",
     [C("15,000 openings", "openings", DH, "current")],  # ep25.open 15.0 (ep24 15.3)
     heading="Job Outlook")
item("dh-ooh-jobs", "bls-ooh", [DH, DA],
     "Dental hygienists held about 225,300 jobs in 2025.",
     [C("225,300 jobs", "employment", DH, "current", year=2025)],  # ep25.base 225.3
     heading="Work Environment")
item("dh-ooh-education", "bls-ooh", [DH, DA],
     "Dental hygienists typically need an associate's degree in dental hygiene. Programs usually take 3 years to complete.",
     [C("associate's degree", "education", DH, "current")],  # ep25.edu Associate's degree
     heading="How to Become a Dental Hygienist")
item("dh-forum-hourly", "forum", [DH, DA],
     "Hygienist here. Per BLS we average about $47/hr nationally, and it's a lot more on the West Coast.",
     [C("$47/hr", "salary", DH, "current", "mean", period="hour")])  # w25.hourlyMean 47.59
item("dh-decline-wrong", "school-site", [DH, DA],
     "Unfortunately, dental hygienist jobs are expected to decline over the next decade as offices consolidate.",
     [C("decline", "outlook-descriptor", DH, "mismatch")])  # ep25.pct 8.0, ep24 7 -> much faster in both
item("dh-2023", "nursing-site", [DH, RT],
     "In May 2023, dental hygienists earned a median salary of $87,530.",
     [C("$87,530", "salary", DH, "outdated", "median", year=2023)])  # w23.median 87530
item("dh-rt-table", "summary-table", [DH, RT],
     "| Career | Average salary | Job growth |\n| --- | --- | --- |\n| Dental hygienist | $98,990 | 8% |\n| Radiologic technologist | $83,840 | 5% |",
     [C("$98,990", "salary", DH, "current", "mean"),  # w25.mean 98990
      C("8%", "outlook-percent", DH, "current"),  # ep25.pct 8.0
      C("$83,840", "salary", RT, "current", "mean"),  # RT w25.mean 83840
      C("5%", "outlook-percent", RT, "current")],  # RT ep25.pct 5.0 (ep24 4.3)
     heading="Salary and outlook at a glance")

# ---------------------------------------------------------------- pharmacists (29-1051) / pharmacy technicians (29-2052)
item("ph-2024-median", "bls-ooh", [PH, PT],
     "The median annual wage for pharmacists was $137,480 in May 2024.",
     [C("$137,480", "salary", PH, "outdated", "median", year=2024)])  # w24.median 137480
item("ph-education", "bls-ooh", [PH, PT],
     "Pharmacists typically need a doctoral or professional degree, the Doctor of Pharmacy (Pharm.D.), which takes 4 years after prerequisite coursework.",
     [C("doctoral or professional degree", "education", PH, "current")])  # ep25.edu Doctoral or professional degree
item("pt-education", "school-site", [PH, PT],
     "Pharmacy technicians typically need a high school diploma or equivalent and learn through on-the-job training, although some complete a postsecondary certificate program.",
     [C("high school diploma or equivalent", "education", PT, "current")])  # PT ep25.edu High school diploma or equivalent
item("pt-hourly-median", "bls-ooh", [PH, PT],
     "The median hourly wage for pharmacy technicians was $22.00 in May 2025.",
     [C("$22.00", "salary", PT, "current", "median", period="hour", year=2025)])  # PT w25.median 45750 / 2080 = 21.995
item("ph-jobs-outlook", "bls-ooh", [PH, PT],
     "Pharmacists held about 325,200 jobs in 2025. Employment of pharmacists is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations.",
     [C("325,200 jobs", "employment", PH, "current", year=2025),  # ep25.base 325.2
      C("5 percent", "outlook-percent", PH, "current", year=2035),  # ep25.pct 5.2
      C("faster than the average", "outlook-descriptor", PH, "current", year=2035)])
item("ph-p90", "dev-blog", [PH, PT],
     "Pharmacy is still one of the best-paid clinical jobs that doesn't require med school, with the top 10% earning more than $174,230.",
     [C("$174,230", "salary", PH, "current", "p90")])  # w25.p90 174230
item("pt-mean-wrong", "forum", [PH, PT],
     "Pharmacy techs earn an average of $65,000 a year, so it's a solid stepping stone.",
     [C("$65,000", "salary", PT, "mismatch", "mean")])  # PT w25.mean 46620 -> +39%
item("ph-openings-wrong", "school-site", [PH, PT],
     "About 60,000 openings for pharmacists are projected each year, on average, over the decade.",
     [C("60,000 openings", "openings", PH, "mismatch")])  # ep25.open 12.5, ep24 14.2
item("ph-ohio", "nursing-site", [PH, PT],
     "Pharmacists in Ohio earned a median of $130,000 per year.",
     [C("$130,000", "salary", PH, "unchecked", "median", place="Ohio")])

# ---------------------------------------------------------------- web developers (15-1254) / data scientists (15-2051) / software developers (15-1252)
item("wd-ds-median", "dev-blog", [WD, DS],
     "As of May 2025, web developers earned a median salary of $92,650 and data scientists a median of $120,230.",
     [C("$92,650", "salary", WD, "current", "median", year=2025),  # WD w25.median 92650
      C("$120,230", "salary", DS, "current", "median", year=2025)])  # DS w25.median 120230
item("ds-growth", "dev-blog", [WD, DS],
     "Data science is booming: the BLS projects 35% growth for data scientists between 2025 and 2035, much faster than average.",
     [C("35%", "outlook-percent", DS, "current", year=2035),  # DS ep25.pct 34.6 (ep24 33.5)
      C("much faster than average", "outlook-descriptor", DS, "current", year=2035)])
item("wd-growth-wrong", "dev-blog", [WD, DS],
     "Web developer jobs are expected to grow 16% over the next decade, so there's plenty of room for newcomers.",
     [C("16%", "outlook-percent", WD, "mismatch")])  # WD ep25.pct 3.8, ep24 7.5
item("wd-p90", "dev-blog", [WD, DS],
     "The top 10% of web developers make more than $162,290 a year.",
     [C("$162,290", "salary", WD, "current", "p90")])  # WD w25.p90 162290 (w24 162870)
item("ds-openings", "dev-blog", [WD, DS],
     "The BLS expects about 24,800 openings for data scientists each year over the decade.",
     [C("24,800 openings", "openings", DS, "current")])  # DS ep25.open 24.8 (ep24 23.4)
item("ds-education", "bls-ooh", [WD, DS],
     "Data scientists typically need at least a bachelor's degree in mathematics, statistics, computer science, or a related field to enter the occupation.",
     [C("bachelor's degree", "education", DS, "current")])  # DS ep25.edu Bachelor's degree
item("ds-rounded", "forum", [WD, DS],
     "Data scientists make about $120,000 median according to the BLS, which honestly matches the offers I've seen.",
     [C("$120,000", "salary", DS, "current", "median")])  # DS w25.median 120230
item("wd-jobs-wrong", "dev-blog", [WD, DS],
     "Web developers held about 250,000 jobs, making it one of the largest tech occupations.",
     [C("250,000 jobs", "employment", WD, "mismatch")])  # WD ep25.base 87.4, ep24 86.0
item("sd-wd-pay", "dev-blog", [SD, WD],
     "Software developers pulled a median of $135,980 in May 2025, and the top 10% cleared $214,670.",
     [C("$135,980", "salary", SD, "current", "median", year=2025),  # SD w25.median 135980
      C("$214,670", "salary", SD, "current", "p90", year=2025)])  # SD w25.p90 214670
item("sd-2034", "dev-blog", [SD, WD],
     "Software developer jobs are projected to grow 16% from 2024 to 2034.",
     [C("16%", "outlook-percent", SD, "outdated", year=2034)])  # SD ep24.pct 15.8
item("sd-ooh-outlook", "bls-ooh", [SD, WD],
     "Employment of software developers is projected to grow 10 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("10 percent", "outlook-percent", SD, "current", year=2035),  # SD ep25.pct 10.2
      C("much faster than the average", "outlook-descriptor", SD, "current", year=2035)])
item("sd-change-old", "dev-blog", [SD, WD],
     "Employment of software developers is projected to add about 267,700 jobs over the decade.",
     [C("267,700 jobs", "employment-change", SD, "outdated")])  # SD ep24.chg 267.7 (ep25 174.7)
item("wd-jobs", "bls-ooh", [WD, DS],
     "Web developers held about 87,400 jobs in 2025.",
     [C("87,400 jobs", "employment", WD, "current", year=2025)])  # WD ep25.base 87.4

# ---------------------------------------------------------------- electricians (47-2111) / plumbers (47-2152)
item("el-median", "school-site", [EL, PL],
     "Electricians earned a median annual wage of $63,190 in May 2025, according to the Bureau of Labor Statistics.",
     [C("$63,190", "salary", EL, "current", "median", year=2025)])  # EL w25.median 63190
item("pl-hourly", "school-site", [EL, PL],
     "Plumbers, pipefitters, and steamfitters made a median of $30.67 per hour.",
     [C("$30.67", "salary", PL, "current", "median", period="hour")])  # PL w25.median 63800 / 2080 = 30.67
item("el-outlook", "bls-ooh", [EL, PL],
     "Employment of electricians is projected to grow 9 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("9 percent", "outlook-percent", EL, "current", year=2035),  # EL ep25.pct 9.2 (ep24 9.5)
      C("much faster than the average", "outlook-descriptor", EL, "current", year=2035)])
item("pl-growth", "school-site", [EL, PL],
     "Plumbing jobs are projected to grow 7% through 2035, and demand is strong in new construction.",
     [C("7%", "outlook-percent", PL, "current", year=2035)])  # PL ep25.pct 6.8 (ep24 4.5)
item("el-openings", "bls-ooh", [EL, PL],
     "About 72,700 openings for electricians are projected each year, on average, over the decade.",
     [C("72,700 openings", "openings", EL, "current")])  # EL ep25.open 72.7 (ep24 81.0)
item("el-jobs-2024", "bls-ooh", [EL, PL],
     "Electricians held about 818,700 jobs in 2024.",
     [C("818,700 jobs", "employment", EL, "outdated", year=2024)])  # EL ep24.base 818.7 (ep25 821.0)
item("pl-education", "school-site", [EL, PL],
     "Most plumbers learn through a 4- or 5-year apprenticeship; the typical entry-level education is a high school diploma or equivalent.",
     [C("high school diploma or equivalent", "education", PL, "current")])  # PL ep25.edu
item("el-education-wrong", "school-site", [EL, PL],
     "Electricians typically need a bachelor's degree in electrical engineering before they can be licensed.",
     [C("bachelor's degree", "education", EL, "mismatch")])  # EL ep25.edu High school diploma or equivalent
item("el-california", "school-site", [EL, PL],
     "In California, electricians earn an average of $92,000 per year.",
     [C("$92,000", "salary", EL, "unchecked", "mean", place="California")])
item("el-self-wrong", "forum", [EL, PL],
     "About 40 percent of electricians are self-employed, so you'll probably end up running your own shop.",
     [C("40 percent", "self-employed", EL, "mismatch")])  # EL ep25.self 7.1, ep24 7.8

# ---------------------------------------------------------------- welders (51-4121) / HVAC (49-9021)
item("we-hv-median", "school-site", [WE, HV],
     "Welders earn a median of $53,750 per year, compared to $61,010 for HVAC technicians.",
     [C("$53,750", "salary", WE, "current", "median"),  # WE w25.median 53750
      C("$61,010", "salary", HV, "current", "median")])  # HV w25.median 61010
item("hv-education", "school-site", [WE, HV],
     "HVAC technicians typically need a postsecondary nondegree award from a certificate program at a technical or trade school, and some learn through an apprenticeship instead.",
     [C("postsecondary nondegree award", "education", HV, "current")])  # HV ep25.edu
item("we-jobs", "bls-ooh", [WE, HV],
     "Welders, cutters, solderers, and brazers held about 437,700 jobs.",
     [C("437,700 jobs", "employment", WE, "current")])  # WE ep25.base 437.7 (ep24 457.3)
item("hv-outlook", "bls-ooh", [WE, HV],
     "Employment of heating, air conditioning, and refrigeration mechanics and installers is projected to grow 11 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("11 percent", "outlook-percent", HV, "current", year=2035),  # HV ep25.pct 10.9 (ep24 8.1)
      C("much faster than the average", "outlook-descriptor", HV, "current", year=2035)])
item("hv-forum-spread", "forum", [WE, HV],
     "HVAC guy here, 12 yrs in. BLS has the bottom 10% around $40k and the top 10% over $95k, so there's a huge spread.",
     [C("$40k", "salary", HV, "current", "p10"),  # HV w25.p10 40050
      C("$95k", "salary", HV, "current", "p90")])  # HV w25.p90 95210
item("we-monthly", "career-site", [WE, HV],
     "The average welder makes about $4,730 a month.",
     [C("$4,730", "salary", WE, "current", "mean", period="month")])  # WE w25.mean 56760 / 12 = 4730
item("we-mean-wrong", "school-site", [WE, HV],
     "Welders earn an average of $85,000 a year nationally.",
     [C("$85,000", "salary", WE, "mismatch", "mean")])  # WE w25.mean 56760 -> +50%
item("we-outlook", "bls-ooh", [WE, HV],
     "Employment of welders, cutters, solderers, and brazers is projected to grow 2 percent from 2025 to 2035, slower than the average for all occupations.",
     [C("2 percent", "outlook-percent", WE, "current", year=2035),  # WE ep25.pct 2.4
      C("slower than the average", "outlook-descriptor", WE, "current", year=2035)])
item("we-openings", "bls-ooh", [WE, HV],
     "About 40,300 openings for welders, cutters, solderers, and brazers are projected each year, on average, over the decade.",
     [C("40,300 openings", "openings", WE, "current")])  # WE ep25.open 40.3 (ep24 45.6)
item("hv-houston", "forum", [WE, HV],
     "In the Houston metro area, HVAC techs average about $55,000 a year.",
     [C("$55,000", "salary", HV, "unchecked", "mean", place="Houston metro area")])

# ---------------------------------------------------------------- medical assistants (31-9092) / LPN (29-2061)
item("ma-lpn-median", "nursing-site", [MA, LPN],
     "Medical assistants earned a median annual wage of $45,690 in May 2025, while LPNs earned $64,400.",
     [C("$45,690", "salary", MA, "current", "median", year=2025),  # MA w25.median 45690
      C("$64,400", "salary", LPN, "current", "median", year=2025)])  # LPN w25.median 64400
item("ma-outlook", "bls-ooh", [MA, LPN],
     "Employment of medical assistants is projected to grow 13 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("13 percent", "outlook-percent", MA, "current", year=2035),  # MA ep25.pct 12.9
      C("much faster than the average", "outlook-descriptor", MA, "current", year=2035)])
item("ma-openings", "bls-ooh", [MA, LPN],
     "About 109,700 openings for medical assistants are projected each year, on average, over the decade.",
     [C("109,700 openings", "openings", MA, "current")])  # MA ep25.open 109.7 (ep24 112.3)
item("lpn-education", "nursing-site", [MA, LPN],
     "LPNs must complete a state-approved educational program, which typically results in a certificate or diploma (a postsecondary nondegree award) and takes about 1 year to complete.",
     [C("postsecondary nondegree award", "education", LPN, "current")])  # LPN ep25.edu
item("lpn-hourly", "nursing-site", [MA, LPN],
     "Licensed practical nurses make an average of $32.24 per hour.",
     [C("$32.24", "salary", LPN, "current", "mean", period="hour")])  # LPN w25.hourlyMean 32.24
item("lpn-outlook", "nursing-site", [MA, LPN],
     "LPN employment is expected to grow 3% from 2025 to 2035, about as fast as the average.",
     [C("3%", "outlook-percent", LPN, "current", year=2035),  # LPN ep25.pct 3.0
      C("about as fast as the average", "outlook-descriptor", LPN, "current", year=2035)])
item("lpn-2023", "nursing-site", [LPN, RN],
     "The median salary for LPNs was $59,730 in May 2023.",
     [C("$59,730", "salary", LPN, "outdated", "median", year=2023)])  # LPN w23.median 59730
item("lpn-texas", "nursing-site", [LPN, RN],
     "LPNs in Texas earn a median of $58,000 a year.",
     [C("$58,000", "salary", LPN, "unchecked", "median", place="Texas")])
item("lpn-2024-hourly", "nursing-site", [LPN, RN],
     "In May 2024, LPNs earned a mean of $30.84 an hour.",
     [C("$30.84", "salary", LPN, "outdated", "mean", period="hour", year=2024)])  # LPN w24.hourlyMean 30.84
item("ma-range-forum", "forum", [MA, LPN],
     "MA pay nationally runs from about $36k to $59k per BLS, so it's not nothing, but LPN school pays off fast.",
     [C("$36k", "salary", MA, "current", "range")])  # MA w25.p10 36050, p90 59310
item("ma-education-wrong", "school-site", [MA, LPN],
     "Medical assistants typically need a bachelor's degree in health sciences to find work.",
     [C("bachelor's degree", "education", MA, "mismatch")])  # MA ep25.edu Postsecondary nondegree award
item("ma-weekly", "career-site", [MA, LPN],
     "Medical assistants take home about $879 a week at the median.",
     [C("$879", "salary", MA, "current", "median", period="week")])  # MA w25.median 45690 / 52 = 878.65

# ---------------------------------------------------------------- RN (29-1141) / NP (29-1171) / PA (29-1071)
item("np-intro", "nursing-site", [RN, NP],
     "Registered nurses are the backbone of health care, but nurse practitioners earn a median of $132,300 a year.",
     [C("$132,300", "salary", NP, "current", "median")])  # NP w25.median 132300
item("rn-median", "nursing-site", [RN, NP],
     "RNs earned a median annual wage of $97,550 in May 2025.",
     [C("$97,550", "salary", RN, "current", "median", year=2025)])  # RN w25.median 97550
item("np-outlook", "bls-ooh", [RN, NP],
     "Employment of nurse practitioners is projected to grow 41 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("41 percent", "outlook-percent", NP, "current", year=2035),  # NP ep25.pct 41.0 (ep24 40.1)
      C("much faster than the average", "outlook-descriptor", NP, "current", year=2035)])
item("np-jobs", "bls-ooh", [RN, NP],
     "Nurse practitioners held about 336,300 jobs in 2025.",
     [C("336,300 jobs", "employment", NP, "current", year=2025)])  # NP ep25.base 336.3
item("rn-openings", "bls-ooh", [RN, NP],
     "About 180,800 openings for registered nurses are projected each year, on average, over the decade.",
     [C("180,800 openings", "openings", RN, "current")])  # RN ep25.open 180.8
item("rn-openings-old", "nursing-site", [RN, LPN],
     "About 189,100 openings for registered nurses are projected each year, on average, over the decade.",
     [C("189,100 openings", "openings", RN, "outdated")])  # RN ep24.open 189.1
item("rn-2034", "nursing-site", [RN, NP],
     "Employment of registered nurses is projected to grow 5 percent from 2024 to 2034.",
     [C("5 percent", "outlook-percent", RN, "outdated", year=2034)])  # RN ep24.pct 4.9
item("np-change", "nursing-site", [RN, NP],
     "Nurse practitioner employment is projected to increase by about 137,800 jobs over the decade.",
     [C("137,800 jobs", "employment-change", NP, "current")])  # NP ep25.chg 137.8 (ep24 128.4)
item("np-education-long", "nursing-site", [RN, NP],
     "To become a nurse practitioner, you typically need a registered nursing license, clinical experience as an RN, and a master's degree, usually a Master of Science in Nursing (MSN), from an accredited program before you can sit for a national certification exam.",
     [C("master's degree", "education", NP, "current")])  # NP ep25.edu Master's degree
item("np-percentiles", "bls-ooh", [RN, NP],
     "The lowest 10 percent of nurse practitioners earned less than $101,340, and the highest 10 percent earned more than $174,420.",
     [C("$101,340", "salary", NP, "current", "p10"),  # NP w25.p10 101340
      C("$174,420", "salary", NP, "current", "p90")])  # NP w25.p90 174420
item("np-mean-wrong", "forum", [RN, NP],
     "NPs make around $210,000 per year on average, that's why everyone in my unit is going back to school.",
     [C("$210,000", "salary", NP, "mismatch", "mean")])  # NP w25.mean 137300 -> +53%
item("rn-sf", "nursing-site", [RN, NP],
     "Registered nurses in the San Francisco metro area earn a mean of $170,000 a year.",
     [C("$170,000", "salary", RN, "unchecked", "mean", place="San Francisco metro area")])
item("pa-median", "bls-ooh", [PA, NP],
     "Physician assistants earned a median annual wage of $135,880 in May 2025.",
     [C("$135,880", "salary", PA, "current", "median", year=2025)])  # PA w25.median 135880
item("pa-outlook", "bls-ooh", [PA, NP],
     "Employment of physician assistants is projected to grow 21 percent from 2025 to 2035.",
     [C("21 percent", "outlook-percent", PA, "current", year=2035)])  # PA ep25.pct 21.1 (ep24 20.4)
item("pa-education", "faq", [PA, NP],
     "**What degree do you need to be a PA?** PAs typically need a master's degree from an accredited program, and they must be licensed in every state.",
     [C("master's degree", "education", PA, "current")])  # PA ep25.edu Master's degree
item("pa-np-table", "summary-table", [PA, NP],
     "| | Physician Assistant | Nurse Practitioner |\n| --- | --- | --- |\n| Median salary | $135,880 | $132,300 |\n| Job growth (2025–35) | 21% | 41% |\n| Openings per year | 11,500 | 29,400 |",
     [C("$135,880", "salary", PA, "current", "median"),  # PA w25.median
      C("$132,300", "salary", NP, "current", "median"),  # NP w25.median
      C("21%", "outlook-percent", PA, "current", year=2035),  # PA ep25.pct 21.1
      C("41%", "outlook-percent", NP, "current", year=2035),  # NP ep25.pct 41.0
      C("11,500", "openings", PA, "current"),  # PA ep25.open 11.5 (ep24 12.0)
      C("29,400", "openings", NP, "current")],  # NP ep25.open 29.4 (ep24 29.5)
     heading="PA vs. NP at a glance")
item("pa-jobs-2024", "bls-ooh", [PA, NP],
     "Physician assistants held about 162,700 jobs in 2024.",
     [C("162,700 jobs", "employment", PA, "outdated", year=2024)])  # PA ep24.base 162.7

# ---------------------------------------------------------------- radiologic technologists (29-2034)
item("rt-2024", "school-site", [RT, MRI],
     "Radiologic technologists and technicians earned a median annual wage of $77,660 in May 2024.",
     [C("$77,660", "salary", RT, "outdated", "median", year=2024)])  # RT w24.median 77660
item("rt-education", "school-site", [RT, MRI],
     "Radiologic technologists typically need an associate's degree, and most states require them to be licensed or certified.",
     [C("associate's degree", "education", RT, "current")])  # RT ep25.edu Associate's degree
item("rt-outlook", "bls-ooh", [RT, MRI],
     "Employment of radiologic technologists is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations.",
     [C("5 percent", "outlook-percent", RT, "current", year=2035),  # RT ep25.pct 5.0 (ep24 4.3)
      C("faster than the average", "outlook-descriptor", RT, "current", year=2035)])
item("rt-range-wrong", "forum", [RT, MRI],
     "Rad techs earn between $30,000 and $40,000 a year, so don't expect to get rich.",
     [C("$30,000", "salary", RT, "mismatch", "range")])  # RT w25.p10 55980, p90 118660
item("rt-hourly", "school-site", [RT, MRI],
     "Radiologic technologists make a mean hourly wage of $40.31.",
     [C("$40.31", "salary", RT, "current", "mean", period="hour")])  # RT w25.hourlyMean 40.31

# ---------------------------------------------------------------- school counselors (21-1012) / social workers
item("sc-median", "bls-ooh", [SC, SW],
     "School and career counselors and advisors earned a median annual wage of $64,330 in May 2025.",
     [C("$64,330", "salary", SC, "current", "median", year=2025)])  # SC w25.median 64330
item("sc-education", "bls-ooh", [SC, SW],
     "School counselors typically need a master's degree in school counseling or a related field, and public schools require a state-issued credential.",
     [C("master's degree", "education", SC, "current")])  # SC ep25.edu Master's degree
item("sw-new-york", "faq", [SC, SW],
     "Social workers in New York earn an average of $72,000 a year.",
     [C("$72,000", "salary", SW, "unchecked", "mean", place="New York")])
item("sc-outlook", "bls-ooh", [SC, SW],
     "Employment of school and career counselors and advisors is projected to grow 3 percent from 2025 to 2035, about as fast as the average for all occupations.",
     [C("3 percent", "outlook-percent", SC, "current", year=2035),  # SC ep25.pct 2.9
      C("about as fast as the average", "outlook-descriptor", SC, "current", year=2035)])

# ---------------------------------------------------------------- graphic designers (27-1024) / UX (15-1255)
item("gd-ux-median", "dev-blog", [GD, UX],
     "Graphic designers earned a median of $62,960 in May 2025, versus $104,000 for web and digital interface designers, the BLS category that covers UX designers.",
     [C("$62,960", "salary", GD, "current", "median", year=2025),  # GD w25.median 62960
      C("$104,000", "salary", UX, "current", "median", year=2025)])  # UX w25.median 104000
item("gd-decline", "bls-ooh", [GD, UX],
     "Employment of graphic designers is projected to decline 2 percent from 2025 to 2035.",
     [C("2 percent", "outlook-percent", GD, "current", year=2035)])  # GD ep25.pct -1.7 (ep24 +2.1); the verb is the percent's direction (README)
item("gd-descriptor-wrong", "dev-blog", [GD, UX],
     "Graphic design is a field with much faster than average growth, thanks to social media.",
     [C("much faster than average", "outlook-descriptor", GD, "mismatch")])  # GD ep25 -1.7 decline, ep24 2.1 slower
item("ux-self", "bls-ooh", [GD, UX],
     "About 13 percent of web and digital interface designers were self-employed.",
     [C("13 percent", "self-employed", UX, "current")])  # UX ep25.self 13.3 (ep24 10.1)
item("ux-2034", "dev-blog", [GD, UX],
     "Employment of web and digital interface designers is projected to grow 7 percent from 2024 to 2034.",
     [C("7 percent", "outlook-percent", UX, "outdated", year=2034)])  # UX ep24.pct 7.0 (ep25 6.0)
item("gd-education", "school-site", [GD, UX],
     "Graphic designers typically need a bachelor's degree in graphic design or a related field.",
     [C("bachelor's degree", "education", GD, "current")])  # GD ep25.edu Bachelor's degree

# ---------------------------------------------------------------- construction managers (11-9021) / civil engineers (17-2051)
item("cm-median", "bls-ooh", [CM, CE],
     "Construction managers earned a median annual wage of $114,990 in May 2025.",
     [C("$114,990", "salary", CM, "current", "median", year=2025)])  # CM w25.median 114990
item("cm-self", "bls-ooh", [CM, CE],
     "About 38 percent of construction managers were self-employed in 2025.",
     [C("38 percent", "self-employed", CM, "current", year=2025)])  # CM ep25.self 37.6 (ep24 35.8)
item("ce-outlook", "bls-ooh", [CM, CE],
     "Employment of civil engineers is projected to grow 6 percent from 2025 to 2035, faster than the average for all occupations.",
     [C("6 percent", "outlook-percent", CE, "current", year=2035),  # CE ep25.pct 6.4 (ep24 5.0)
      C("faster than the average", "outlook-descriptor", CE, "current", year=2035)])
item("ce-middle50", "bls-ooh", [CM, CE],
     "The middle 50 percent of civil engineers earned between $79,930 and $129,680.",
     [C("$79,930", "salary", CE, "current", "range")])  # CE w25.p25 79930, p75 129680
item("cm-ce-table", "summary-table", [CM, CE],
     "| | Construction Manager | Civil Engineer |\n| --- | --- | --- |\n| Average salary | $124,360 | $108,670 |\n| Job growth | 9% | 6% |",
     [C("$124,360", "salary", CM, "current", "mean"),  # CM w25.mean 124360
      C("$108,670", "salary", CE, "current", "mean"),  # CE w25.mean 108670
      C("9%", "outlook-percent", CM, "current"),  # CM ep25.pct 9.1
      C("6%", "outlook-percent", CE, "current")])  # CE ep25.pct 6.4
item("cm-change", "school-site", [CM, CE],
     "Construction manager employment is projected to add about 55,200 jobs from 2025 to 2035.",
     [C("55,200 jobs", "employment-change", CM, "current", year=2035)])  # CM ep25.chg 55.2
item("ce-2023", "dev-blog", [CM, CE],
     "In May 2023, civil engineers earned a median of $95,890.",
     [C("$95,890", "salary", CE, "outdated", "median", year=2023)])  # CE w23.median 95890

# ---------------------------------------------------------------- real estate (41-9022) / insurance (41-3021)
item("re-ia-faq", "faq", [RE, IA],
     "**Do real estate agents make more than insurance agents?** Not usually. The median real estate sales agent earned $52,830 in May 2025, compared with $62,280 for insurance sales agents.",
     [C("$52,830", "salary", RE, "current", "median", year=2025),  # RE w25.median 52830
      C("$62,280", "salary", IA, "current", "median", year=2025)])  # IA w25.median 62280
item("re-self", "bls-ooh", [RE, IA],
     "About 54 percent of real estate sales agents were self-employed.",
     [C("54 percent", "self-employed", RE, "current")])  # RE ep25.self 54.3 (ep24 53.7)
item("re-education", "faq", [RE, IA],
     "Real estate agents typically need a high school diploma or equivalent, and they must be licensed in the state where they work.",
     [C("high school diploma or equivalent", "education", RE, "current")])  # RE ep25.edu
item("ia-jobs", "bls-ooh", [RE, IA],
     "Insurance sales agents held about 572,600 jobs in 2025.",
     [C("572,600 jobs", "employment", IA, "current", year=2025)])  # IA ep25.base 572.6
item("ia-outlook-wrong", "school-site", [RE, IA],
     "Insurance agents' employment is expected to grow 15 percent over the decade, much faster than average.",
     [C("15 percent", "outlook-percent", IA, "mismatch"),  # IA ep25.pct 3.3, ep24 3.7
      C("much faster than average", "outlook-descriptor", IA, "mismatch")])  # both releases: as fast
item("re-florida", "forum", [RE, IA],
     "In Florida, the median pay for real estate agents is about $48,000.",
     [C("$48,000", "salary", RE, "unchecked", "median", place="Florida")])
item("re-2024", "bls-ooh", [RE, IA],
     "The median annual wage for real estate sales agents was $56,320 in May 2024.",
     [C("$56,320", "salary", RE, "outdated", "median", year=2024)])  # RE w24.median 56320

# ---------------------------------------------------------------- loan officers (13-2072) / financial advisors (13-2052)
item("lo-pay", "bls-ooh", [LO, FA],
     "Loan officers earned a median annual wage of $76,690 in May 2025. The lowest 10 percent earned less than $39,430, and the highest 10 percent earned more than $153,180.",
     [C("$76,690", "salary", LO, "current", "median", year=2025),  # LO w25.median 76690
      C("$39,430", "salary", LO, "current", "p10", year=2025),  # LO w25.p10 39430
      C("$153,180", "salary", LO, "current", "p90", year=2025)],  # LO w25.p90 153180
     heading="Pay")
item("lo-outlook", "bls-ooh", [LO, FA],
     "Employment of loan officers is projected to grow 1 percent from 2025 to 2035, slower than the average for all occupations.",
     [C("1 percent", "outlook-percent", LO, "current", year=2035),  # LO ep25.pct 1.1 (ep24 1.7)
      C("slower than the average", "outlook-descriptor", LO, "current", year=2035)])
item("lo-education", "bls-ooh", [LO, FA],
     "Loan officers typically need a bachelor's degree, and mortgage loan officers must be licensed.",
     [C("bachelor's degree", "education", LO, "current")])  # LO ep25.edu Bachelor's degree
item("fa-self-old", "dev-blog", [FA, ACC],
     "About 16 percent of personal financial advisors were self-employed.",
     [C("16 percent", "self-employed", FA, "outdated")])  # FA ep24.self 15.8 (ep25 9.7)
item("acc-fa-range", "career-site", [FA, ACC],
     "Accountants and auditors earn from $56,020 to as much as $144,090 a year.",
     [C("$56,020", "salary", ACC, "current", "range")])  # ACC w25.p10 56020, p90 144090

# ---------------------------------------------------------------- elementary school teachers (25-2021)
item("et-median", "bls-ooh", [ET, SC],
     "Elementary school teachers earned a median annual wage of $63,970 in May 2025.",
     [C("$63,970", "salary", ET, "current", "median", year=2025)])  # ET w25.median 63970
item("et-outlook", "bls-ooh", [ET, SC],
     "Employment of elementary school teachers is projected to show little or no change from 2025 to 2035.",
     [C("little or no change", "outlook-descriptor", ET, "current", year=2035)])  # ET ep25.pct -0.4 (ep24 -2)
item("et-education-wrong", "faq", [ET, SC],
     "Elementary teachers typically need a master's degree to enter the profession.",
     [C("master's degree", "education", ET, "mismatch")])  # ET ep25.edu Bachelor's degree
item("et-openings", "bls-ooh", [ET, SC],
     "About 87,500 openings for elementary school teachers are projected each year, on average, over the decade.",
     [C("87,500 openings", "openings", ET, "current")])  # ET ep25.open 87.5 (ep24 91.0)

# ---------------------------------------------------------------- veterinarians (29-1131) / vet techs (29-2056)
item("vet-vt-median", "school-site", [VET, VT],
     "Veterinarians earned a median annual wage of $130,100 in May 2025, while veterinary technologists and technicians earned $47,380.",
     [C("$130,100", "salary", VET, "current", "median", year=2025),  # VET w25.median 130100
      C("$47,380", "salary", VT, "current", "median", year=2025)])  # VT w25.median 47380
item("vet-education", "bls-ooh", [VET, VT],
     "Veterinarians typically need a Doctor of Veterinary Medicine (D.V.M. or V.M.D.) degree, a doctoral or professional degree that usually takes 4 years to complete.",
     [C("doctoral or professional degree", "education", VET, "current")])  # VET ep25.edu
item("vt-education", "school-site", [VET, VT],
     "Veterinary technicians typically need an associate's degree from a veterinary technology program.",
     [C("associate's degree", "education", VT, "current")])  # VT ep25.edu Associate's degree
item("vt-hourly-wrong", "forum", [VET, VT],
     "Vet techs make about $35 an hour on average, which is why so many of us stay in the field.",
     [C("$35", "salary", VT, "mismatch", "mean", period="hour")])  # VT w25.hourlyMean 23.61 -> +48%
item("vet-outlook", "bls-ooh", [VET, VT],
     "Employment of veterinarians is projected to grow 9 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("9 percent", "outlook-percent", VET, "current", year=2035),  # VET ep25.pct 9.4 (ep24 9.6)
      C("much faster than the average", "outlook-descriptor", VET, "current", year=2035)])
item("vet-openings", "bls-ooh", [VET, VT],
     "About 3,100 openings for veterinarians are projected each year, on average, over the decade.",
     [C("3,100 openings", "openings", VET, "current")])  # VET ep25.open 3.1 (ep24 3.0)
item("vt-change", "bls-ooh", [VET, VT],
     "Employment of veterinary technologists and technicians is projected to grow by about 12,300 jobs over the decade.",
     [C("12,300 jobs", "employment-change", VT, "current")])  # VT ep25.chg 12.3

# ---------------------------------------------------------------- therapists, lawyers, carpenters
item("ot-pt-median", "school-site", [OT, PHT],
     "Occupational therapists earned a median annual wage of $100,330 in May 2025; physical therapists earned $102,760.",
     [C("$100,330", "salary", OT, "current", "median", year=2025),  # OT w25.median 100330
      C("$102,760", "salary", PHT, "current", "median", year=2025)])  # PHT w25.median 102760
item("pht-education", "bls-ooh", [OT, PHT],
     "Physical therapists typically need a Doctor of Physical Therapy (DPT) degree and must be licensed.",
     [C("Doctor of Physical Therapy (DPT) degree", "education", PHT, "current")])  # PHT ep25.edu Doctoral or professional degree
item("ot-outlook", "bls-ooh", [OT, PHT],
     "Employment of occupational therapists is projected to grow 15 percent from 2025 to 2035, much faster than the average for all occupations.",
     [C("15 percent", "outlook-percent", OT, "current", year=2035),  # OT ep25.pct 14.8 (ep24 13.8)
      C("much faster than the average", "outlook-descriptor", OT, "current", year=2035)])
item("par-outlook", "bls-ooh", [PAR, LAW],
     "Employment of paralegals and legal assistants is projected to show little or no change from 2025 to 2035.",
     [C("little or no change", "outlook-descriptor", PAR, "current", year=2035)])  # PAR ep25.pct -0.3
item("law-median", "bls-ooh", [PAR, LAW],
     "Lawyers earned a median annual wage of $159,670 in May 2025, and they typically need a Juris Doctor (J.D.) degree, a doctoral or professional degree.",
     [C("$159,670", "salary", LAW, "current", "median", year=2025),  # LAW w25.median 159670
      C("doctoral or professional degree", "education", LAW, "current")])  # LAW ep25.edu
item("car-self", "bls-ooh", [CAR, EL],
     "About 25 percent of carpenters were self-employed.",
     [C("25 percent", "self-employed", CAR, "current")])  # CAR ep25.self 25.1 (ep24 26.8)

# ---------------------------------------------------------------- second pass: tables and more old, wrong and local figures
item("el-pl-table", "summary-table", [EL, PL],
     "| | Electrician | Plumber |\n| --- | --- | --- |\n| Average salary | $71,490 | $72,170 |\n| Job growth | 9% | 7% |",
     [C("$71,490", "salary", EL, "current", "mean"),  # EL w25.mean 71490
      C("$72,170", "salary", PL, "current", "mean"),  # PL w25.mean 72170
      C("9%", "outlook-percent", EL, "current"),  # EL ep25.pct 9.2
      C("7%", "outlook-percent", PL, "current")],  # PL ep25.pct 6.8
     heading="Electrician vs. plumber: quick comparison")
item("lpn-rn-table", "summary-table", [LPN, RN],
     "| | LPN | RN |\n| --- | --- | --- |\n| Median salary (May 2023) | $59,730 | $86,070 |\n| Job growth | 3% | 6% |",
     [C("$59,730", "salary", LPN, "outdated", "median", year=2023),  # LPN w23.median 59730
      C("$86,070", "salary", RN, "outdated", "median", year=2023),  # RN w23.median 86070
      C("3%", "outlook-percent", LPN, "current"),  # LPN ep25.pct 3.0
      C("6%", "outlook-percent", RN, "current")])  # RN ep25.pct 5.6 (ep24 4.9)
item("wd-ux-table", "summary-table", [WD, UX],
     "| | Web Developer | UX Designer |\n| --- | --- | --- |\n| Median salary | $92,650 | $104,000 |\n| Job growth | 4% | 6% |\n| Typical education | Bachelor's degree | Associate's degree |",
     [C("$92,650", "salary", WD, "current", "median"),  # WD w25.median
      C("$104,000", "salary", UX, "current", "median"),  # UX w25.median
      C("4%", "outlook-percent", WD, "current"),  # WD ep25.pct 3.8 (ep24 7.5)
      C("6%", "outlook-percent", UX, "current"),  # UX ep25.pct 6.0 (ep24 7.0)
      C("Bachelor's degree", "education", WD, "current"),  # WD ep25.edu
      C("Associate's degree", "education", UX, "mismatch")])  # UX ep25.edu Bachelor's degree
item("vet-2023", "school-site", [VET, VT],
     "Veterinarians earned a median annual wage of $119,100 in May 2023.",
     [C("$119,100", "salary", VET, "outdated", "median", year=2023)])  # VET w23.median 119100
item("ds-jobs-2024", "dev-blog", [DS, WD],
     "Data scientists held about 245,900 jobs in 2024.",
     [C("245,900 jobs", "employment", DS, "outdated", year=2024)])  # DS ep24.base 245.9
item("el-openings-old", "school-site", [EL, PL],
     "About 81,000 openings for electricians are projected each year, on average, over the decade.",
     [C("81,000 openings", "openings", EL, "outdated")])  # EL ep24.open 81.0 (ep25 72.7)
item("hv-2034", "school-site", [HV, WE],
     "Employment of HVAC technicians is projected to grow 8 percent from 2024 to 2034.",
     [C("8 percent", "outlook-percent", HV, "outdated", year=2034)])  # HV ep24.pct 8.1
item("pa-median-wrong", "nursing-site", [PA, NP],
     "Physician assistants earned a median of $92,000 in May 2025.",
     [C("$92,000", "salary", PA, "mismatch", "median", year=2025)])  # PA w25.median 135880 -> -32%
item("lo-education-wrong", "faq", [LO, FA],
     "**Do you need a degree to be a loan officer?** Loan officers typically need a master's degree in finance.",
     [C("master's degree", "education", LO, "mismatch")])  # LO ep25.edu Bachelor's degree
item("sc-openings-wrong", "school-site", [SC, SW],
     "About 90,000 openings for school and career counselors and advisors are projected each year.",
     [C("90,000 openings", "openings", SC, "mismatch")])  # SC ep25.open 27.8, ep24 31.0
item("ph-p90-2024", "bls-ooh", [PH, PT],
     "The highest 10 percent of pharmacists earned more than $172,040 in May 2024.",
     [C("$172,040", "salary", PH, "outdated", "p90", year=2024)])  # PH w24.p90 172040
item("dh-washington", "forum", [DH, DA],
     "Dental hygienists in Washington state average $56 an hour.",
     [C("$56", "salary", DH, "unchecked", "mean", period="hour", place="Washington")])
item("el-chicago", "forum", [EL, PL],
     "Electricians in the Chicago area earn a median of $98,000 with union scale.",
     [C("$98,000", "salary", EL, "unchecked", "median", place="Chicago area")])
item("rn-change-wrong", "nursing-site", [RN, NP],
     "Employment of registered nurses is projected to add about 400,000 jobs over the decade.",
     [C("400,000 jobs", "employment-change", RN, "mismatch")])  # RN ep25.chg 194.7, ep24 166.1
item("pa-change-2034", "bls-ooh", [PA, NP],
     "From 2024 to 2034, employment of physician assistants is projected to increase by about 33,200 jobs.",
     [C("33,200 jobs", "employment-change", PA, "outdated", year=2034)])  # PA ep24.chg 33.2
item("cm-self-wrong", "school-site", [CM, CE],
     "About 60 percent of construction managers are self-employed.",
     [C("60 percent", "self-employed", CM, "mismatch")])  # CM ep25.self 37.6, ep24 35.8
item("rt-2023-forum", "forum", [RT, MRI],
     "back in May 2023 the BLS median for rad techs was $73,410, it's gone up a lot since.",
     [C("$73,410", "salary", RT, "outdated", "median", year=2023)])  # RT w23.median 73410
item("ph-weekly-wrong", "forum", [PH, PT],
     "Pharmacists earn about $1,200 a week, barely more than techs.",
     [C("$1,200", "salary", PH, "mismatch", "median", period="week")])  # PH w25.median 140910 / 52 = 2710 -> -56%
item("rn-monthly", "nursing-site", [RN, LPN],
     "Registered nurses earn a median of about $8,130 a month before taxes.",
     [C("$8,130", "salary", RN, "current", "median", period="month")])  # RN w25.median 97550 / 12 = 8129

# ---------------------------------------------------------------- third pass: pronouns, headings, abbreviations, bounds
item("lpn-they", "nursing-site", [LPN, RN],
     "LPNs are in demand across long-term care. They earned a median annual wage of $64,400 in May 2025.",
     [C("$64,400", "salary", LPN, "current", "median", year=2025)],  # LPN w25.median 64400
     heading="Licensed Practical Nurse Salary")
item("pt-heading-only", "bls-ooh", [PH, PT],
     "The median annual wage was $45,750 in May 2025.",
     [C("$45,750", "salary", PT, "current", "median", year=2025)],  # PT w25.median 45750
     heading="Pharmacy Technician Pay")
item("pa-np-abbrev", "forum", [PA, NP],
     "A PA earns a median of $135,880 a year, while NPs get $132,300, so pay is basically a wash.",
     [C("$135,880", "salary", PA, "current", "median"),  # PA w25.median
      C("$132,300", "salary", NP, "current", "median")])  # NP w25.median
item("we-hourly-range", "school-site", [WE, HV],
     "Welders typically make between $22.50 and $30.29 an hour.",
     [C("$22.50", "salary", WE, "current", "range", period="hour")])  # WE w25.p25 46790/2080 = 22.495, p75 63010/2080 = 30.29
item("we-p90-wrong", "school-site", [WE, HV],
     "The top 10 percent of welders earn more than $150,000 a year, especially on pipelines.",
     [C("$150,000", "salary", WE, "mismatch", "p90")])  # WE w25.p90 77530 -> +93%
item("sd-p25", "dev-blog", [SD, WD],
     "The bottom quarter of software developers earn less than $105,210.",
     [C("$105,210", "salary", SD, "current", "p25")])  # SD w25.p25 105210
item("dh-p75", "bls-ooh", [DH, DA],
     "The top 25 percent of dental hygienists earned more than $108,480.",
     [C("$108,480", "salary", DH, "current", "p75")])  # DH w25.p75 108480
item("wd-descriptor-2034", "dev-blog", [WD, DS],
     "Web developer employment was projected to grow much faster than average from 2024 to 2034.",
     [C("much faster than average", "outlook-descriptor", WD, "outdated", year=2034)])  # WD ep24.pct 7.5 (ep25 3.8 -> as fast)
item("el-texas-jobs", "school-site", [EL, PL],
     "Texas employs about 75,000 electricians, more than any other state except California.",
     [C("75,000 electricians", "employment", EL, "unchecked", place="Texas")])
item("ot-pht-faq", "faq", [OT, PHT],
     "**Who needs more school, an OT or a PT?** OTs typically need a master's degree, while PTs typically need a doctoral or professional degree.",
     [C("master's degree", "education", OT, "current"),  # OT ep25.edu Master's degree
      C("doctoral or professional degree", "education", PHT, "current")])  # PHT ep25.edu
item("acc-median-2024", "career-site", [ACC, FA],
     "In May 2024, accountants and auditors earned a median of $81,680, according to the BLS.",
     [C("$81,680", "salary", ACC, "outdated", "median", year=2024)])  # ACC w24.median 81680
item("acc-outlook", "bls-ooh", [ACC, FA],
     "Employment of accountants and auditors is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations. About 115,300 openings are projected each year, on average, over the decade.",
     [C("5 percent", "outlook-percent", ACC, "current", year=2035),  # ACC ep25.pct 5.0 (ep24 4.6)
      C("faster than the average", "outlook-descriptor", ACC, "current", year=2035),
      C("115,300 openings", "openings", ACC, "current")])  # ACC ep25.open 115.3 (ep24 124.2)

# ---------------------------------------------------------------- not-a-claim items
NOT = [
    ("nc-phone", [DH, DA], "Call our admissions team at (800) 555-0142 to learn more about the dental hygiene program."),
    ("nc-founded", [RN, LPN], "Founded in 1998, our school has trained thousands of nurses across the Midwest."),
    ("nc-401k", [EL, PL], "Most union shops offer health insurance and a 401(k) with a company match."),
    ("nc-signing-bonus", [RN, NP], "Some hospitals offer RNs a $10,000 signing bonus for night shifts."),
    ("nc-tuition", [LPN, RN], "Tuition for the 12-month LPN program is $14,500, plus a $150 application fee."),
    ("nc-exam-fee", [LPN, RN], "The NCLEX-PN exam fee is $200, and most states charge a separate licensing fee."),
    ("nc-24-7", [PL, EL], "Emergency plumbers are available 24/7 in most cities, often at double the normal rate."),
    ("nc-top-10-skills", [WD, DS], "Top 10 skills every web developer needs in 2026"),
    ("nc-90-employers", [WE, HV], "90% of employers prefer candidates with an industry certification."),
    ("nc-training-hours", [WE, HV], "Our HVAC certificate program includes 900 hours of hands-on training."),
    ("nc-age", [EL, PL], "You must be at least 18 years old to apply for an electrical apprenticeship."),
    ("nc-rank", [NP, PA], "U.S. News ranked nurse practitioner the No. 1 best job in 2024."),
    ("nc-cert-cost", [WE, HV], "The AWS Certified Welder test costs about $50 to $300 depending on the test facility."),
    ("nc-gloves", [WE, HV], "A good pair of welding gloves costs around $25."),
    ("nc-cohorts", [WD, UX], "Our bootcamp runs 3 cohorts a year, with classes of 20 students."),
    ("nc-survey", [DS, WD], "Data scientists spend roughly 60% of their time cleaning data, according to one industry survey."),
    ("nc-pa-program", [PA, NP], "The PA program takes 27 months to complete and includes 2,000 hours of clinical rotations."),
    ("nc-commission", [RE, IA], "Real estate commission is typically 5% to 6% of the sale price, split between the two agents."),
    ("nc-exam-questions", [IA, FA], "The state insurance licensing exam has 150 questions and a passing score of 70%."),
    ("nc-vet-debt", [VET, VT], "Veterinary school can cost $200,000 or more in total, and many graduates carry over $150,000 in student debt."),
    ("nc-nclex", [RN, LPN], "The NCLEX-RN has a maximum of 150 questions and a five-hour time limit."),
    ("nc-cpht", [PT, PH], "Pharmacy technicians must renew their CPhT certification every 2 years and complete 20 hours of continuing education."),
    ("nc-ux-cert", [UX, GD], "Register by March 15, 2026, to save $100 on our UX design certificate."),
    ("nc-prelicensing", [RE, IA], "Depending on the state, real estate agents need 63 to 180 hours of prelicensing coursework."),
    ("nc-shift", [RN, LPN], "Most hospital nurses work three 12-hour shifts a week."),
    ("nc-patients", [DH, DA], "A hygienist in a busy practice may see 8 to 10 patients a day."),
    ("nc-rating", [MA, LPN], "Rated 4.8 out of 5 by more than 1,200 graduates."),
    ("nc-open-house", [EL, PL], "Open house: Saturday, April 11, from 10 a.m. to 2 p.m."),
    ("nc-apprentice-ages", [HV, WE], "Most HVAC apprentices start between the ages of 18 and 24."),
    ("nc-class-size", [ET, SC], "The average class size in our district is 24 students."),
]
NOT_CLAIMS = [{"id": i, "roles": r, "text": t} for i, r, t in NOT]


def validate():
    ids = set()
    kinds = {"salary", "outlook-percent", "outlook-descriptor", "employment", "employment-change",
             "openings", "self-employed", "education"}
    for it in ITEMS + NOT_CLAIMS:
        assert it["id"] not in ids, "duplicate id " + it["id"]
        ids.add(it["id"])
        assert len(it["roles"]) == 2, it["id"]
    for it in ITEMS:
        assert it["claims"], it["id"]
        for c in it["claims"]:
            assert c["raw"] in it["text"], (it["id"], c["raw"])
            assert c["role"] in it["roles"], (it["id"], c["role"])
            assert c["kind"] in kinds, (it["id"], c["kind"])
            assert c["verdict"] in ("current", "outdated", "mismatch", "unchecked"), it["id"]
            assert (c["verdict"] == "unchecked") == (c["place"] is not None), it["id"]


def main():
    validate()
    with open(os.path.join(HERE, "claims.json"), "w", encoding="utf-8") as f:
        json.dump(ITEMS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "not-claims.json"), "w", encoding="utf-8") as f:
        json.dump(NOT_CLAIMS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    from collections import Counter
    claims = [c for it in ITEMS for c in it["claims"]]
    print(f"items {len(ITEMS)}, claims {len(claims)}, not-claims {len(NOT_CLAIMS)}")
    print("kinds", dict(Counter(c["kind"] for c in claims)))
    print("verdicts", dict(Counter(c["verdict"] for c in claims)))
    print("styles", dict(Counter(it["style"] for it in ITEMS)))
    print("periods", dict(Counter(c["period"] for c in claims if c["period"])))


if __name__ == "__main__":
    sys.exit(main())
