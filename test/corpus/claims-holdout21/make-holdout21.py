#!/usr/bin/env python3
"""Generate claims-holdout21 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement.
Run: python3 make-holdout21.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"pharm": {"query": "PharmD Pharmacist", "soc": "29-1051", "title": "Pharmacists", "oews2025": {"mean": 140920, "median": 140910, "p10": 99290, "p25": 129380, "p75": 161840, "p90": 174230, "hourlyMean": 67.75, "employment": 321970}, "oews2024": {"mean": 137210, "median": 137480, "p10": 86930, "p25": 127250, "p75": 158620, "p90": 172040, "hourlyMean": 65.97, "employment": 328870}, "oews2023": {"mean": 134790, "median": 136030, "p10": 89980, "p25": 125860, "p75": 155550, "p90": 168650, "hourlyMean": 64.81, "employment": 331700}, "ep2025": {"changePercent": 5.2, "changeNumeric": 17.1, "openingsPerYear": 12.5, "employmentBase": 325.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 4.6, "changeNumeric": 15.4, "openingsPerYear": 14.2, "employmentBase": 335.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.6}},
"optom": {"query": "Optometrist (OD)", "soc": "29-1041", "title": "Optometrists", "oews2025": {"mean": 141550, "median": 136570, "p10": 74870, "p25": 109400, "p75": 165120, "p90": 202180, "hourlyMean": 68.05, "employment": 42790}, "oews2024": {"mean": 140940, "median": 134830, "p10": 70060, "p25": 103310, "p75": 163710, "p90": 203210, "hourlyMean": 67.76, "employment": 41890}, "oews2023": {"mean": 143000, "median": 131860, "p10": 64980, "p25": 101650, "p75": 162070, "p90": 204100, "hourlyMean": 68.75, "employment": 41390}, "ep2025": {"changePercent": 9.5, "changeNumeric": 4.3, "openingsPerYear": 2, "employmentBase": 45.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 5}, "ep2024": {"changePercent": 8, "changeNumeric": 3.8, "openingsPerYear": 2.4, "employmentBase": 47.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 11.5}},
"mri": {"query": "MRI Tech", "soc": "29-2035", "title": "Magnetic Resonance Imaging Technologists", "oews2025": {"mean": 96120, "median": 95480, "p10": 68890, "p25": 81040, "p75": 106340, "p90": 127670, "hourlyMean": 46.21, "employment": 43390}, "oews2024": {"mean": 91020, "median": 88180, "p10": 64910, "p25": 78150, "p75": 102440, "p90": 121420, "hourlyMean": 43.76, "employment": 41530}, "oews2023": {"mean": 86600, "median": 83740, "p10": 61470, "p25": 75360, "p75": 99340, "p90": 112420, "hourlyMean": 41.64, "employment": 41340}, "ep2025": {"changePercent": 7.7, "changeNumeric": 3.4, "openingsPerYear": 2.3, "employmentBase": 43.9, "education": "Associate's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 7.1, "changeNumeric": 3.1, "openingsPerYear": 2.6, "employmentBase": 44.1, "education": "Associate's degree", "selfEmployedPercent": 4.6}},
"cvt": {"query": "Cardiovascular Tech", "soc": "29-2031", "title": "Cardiovascular Technologists and Technicians", "oews2025": {"mean": 76940, "median": 74310, "p10": 39000, "p25": 47890, "p75": 98110, "p90": 121350, "hourlyMean": 36.99, "employment": 62960}, "oews2024": {"mean": 72890, "median": 67260, "p10": 37890, "p25": 46470, "p75": 91430, "p90": 108900, "hourlyMean": 35.04, "employment": 61180}, "oews2023": {"mean": 70270, "median": 66170, "p10": 36620, "p25": 44160, "p75": 85930, "p90": 105140, "hourlyMean": 33.79, "employment": 55660}, "ep2025": {"changePercent": 3.7, "changeNumeric": 2.4, "openingsPerYear": 3.4, "employmentBase": 64.5, "education": "Associate's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 3, "changeNumeric": 1.9, "openingsPerYear": 3.8, "employmentBase": 64.7, "education": "Associate's degree", "selfEmployedPercent": 3.7}},
"rd": {"query": "Registered Dietitian (RD)", "soc": "29-1031", "title": "Dietitians and Nutritionists", "oews2025": {"mean": 77130, "median": 76400, "p10": 49090, "p25": 63080, "p75": 89340, "p90": 103720, "hourlyMean": 37.08, "employment": 77570}, "oews2024": {"mean": 74770, "median": 73850, "p10": 48830, "p25": 61260, "p75": 85200, "p90": 101760, "hourlyMean": 35.95, "employment": 76570}, "oews2023": {"mean": 71280, "median": 69680, "p10": 44910, "p25": 58290, "p75": 81860, "p90": 98830, "hourlyMean": 34.27, "employment": 73860}, "ep2025": {"changePercent": 7.7, "changeNumeric": 6.7, "openingsPerYear": 5.7, "employmentBase": 86.3, "education": "Bachelor's degree", "selfEmployedPercent": 8.5}, "ep2024": {"changePercent": 5.5, "changeNumeric": 5, "openingsPerYear": 6.2, "employmentBase": 90.9, "education": "Bachelor's degree", "selfEmployedPercent": 12.2}},
"atc": {"query": "Athletic Trainer (ATC)", "soc": "29-9091", "title": "Athletic Trainers", "oews2025": {"mean": 66620, "median": 62520, "p10": 48180, "p25": 55130, "p75": 74630, "p90": 88760, "employment": 30500}, "oews2024": {"mean": 63960, "median": 60250, "p10": 45380, "p25": 51590, "p75": 70880, "p90": 84100, "employment": 28950}, "oews2023": {"mean": 61540, "median": 57930, "p10": 43180, "p25": 49750, "p75": 66580, "p90": 80640, "employment": 28480}, "ep2025": {"changePercent": 12.7, "changeNumeric": 4.4, "openingsPerYear": 2.4, "employmentBase": 35.2, "education": "Master's degree", "selfEmployedPercent": 5.9}, "ep2024": {"changePercent": 11.1, "changeNumeric": 3.8, "openingsPerYear": 2.4, "employmentBase": 33.9, "education": "Master's degree", "selfEmployedPercent": 6.2}},
"sheet": {"query": "Sheet Metal Worker", "soc": "47-2211", "title": "Sheet Metal Workers", "oews2025": {"mean": 67850, "median": 61800, "p10": 38630, "p25": 47830, "p75": 81610, "p90": 105650, "hourlyMean": 32.62, "employment": 119770}, "oews2024": {"mean": 66110, "median": 60850, "p10": 38030, "p25": 47290, "p75": 79620, "p90": 102680, "hourlyMean": 31.78, "employment": 117470}, "oews2023": {"mean": 64270, "median": 58780, "p10": 37000, "p25": 45840, "p75": 78620, "p90": 100850, "hourlyMean": 30.9, "employment": 116190}, "ep2025": {"changePercent": 2.5, "changeNumeric": 3.3, "openingsPerYear": 9.8, "employmentBase": 131.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 8.4}, "ep2024": {"changePercent": 2.4, "changeNumeric": 3.1, "openingsPerYear": 10.6, "employmentBase": 127, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.5}},
"roof": {"query": "Roofer", "soc": "47-2181", "title": "Roofers", "oews2025": {"mean": 58140, "median": 55440, "p10": 37460, "p25": 46260, "p75": 65390, "p90": 81720, "hourlyMean": 27.95, "employment": 135490}, "oews2024": {"mean": 57090, "median": 50970, "p10": 37060, "p25": 45300, "p75": 64010, "p90": 80780, "hourlyMean": 27.45, "employment": 136740}, "oews2023": {"mean": 55840, "median": 50030, "p10": 36240, "p25": 44150, "p75": 62330, "p90": 79850, "hourlyMean": 26.85, "employment": 135140}, "ep2025": {"changePercent": 5.3, "changeNumeric": 8.8, "openingsPerYear": 12, "employmentBase": 166.9, "education": "No formal educational credential", "selfEmployedPercent": 19.8}, "ep2024": {"changePercent": 5.9, "changeNumeric": 9.8, "openingsPerYear": 12.7, "employmentBase": 166.7, "education": "No formal educational credential", "selfEmployedPercent": 18.3}},
"cyber": {"query": "Cybersecurity Analyst", "soc": "15-1212", "title": "Information Security Analysts", "oews2025": {"mean": 132510, "median": 129180, "p10": 75090, "p25": 97810, "p75": 163500, "p90": 199850, "hourlyMean": 63.71, "employment": 190650}, "oews2024": {"mean": 127730, "median": 124910, "p10": 69660, "p25": 92160, "p75": 159600, "p90": 186420, "hourlyMean": 61.41, "employment": 179430}, "oews2023": {"mean": 124740, "median": 120360, "p10": 69210, "p25": 90050, "p75": 153550, "p90": 182370, "hourlyMean": 59.97, "employment": 175350}, "ep2025": {"changePercent": 21, "changeNumeric": 40.6, "openingsPerYear": 14.1, "employmentBase": 192.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 28.5, "changeNumeric": 52.1, "openingsPerYear": 16, "employmentBase": 182.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.6}},
"sysan": {"query": "Systems Analyst", "soc": "15-1211", "title": "Computer Systems Analysts", "oews2025": {"mean": 114610, "median": 105850, "p10": 67340, "p25": 82860, "p75": 134110, "p90": 167710, "hourlyMean": 55.1, "employment": 519530}, "oews2024": {"mean": 111960, "median": 103790, "p10": 63160, "p25": 80900, "p75": 132360, "p90": 166030, "hourlyMean": 53.83, "employment": 497800}, "oews2023": {"mean": 110800, "median": 103800, "p10": 63230, "p25": 80380, "p75": 132580, "p90": 165700, "hourlyMean": 53.27, "employment": 498810}, "ep2025": {"changePercent": 7.9, "changeNumeric": 42.9, "openingsPerYear": 32.9, "employmentBase": 544.4, "education": "Bachelor's degree", "selfEmployedPercent": 2.6}, "ep2024": {"changePercent": 8.7, "changeNumeric": 45.5, "openingsPerYear": 34.2, "employmentBase": 521.1, "education": "Bachelor's degree", "selfEmployedPercent": 2.2}},
"teller": {"query": "Bank Teller", "soc": "43-3071", "title": "Tellers", "oews2025": {"mean": 42350, "median": 43030, "p10": 34360, "p25": 37040, "p75": 46580, "p90": 49680, "hourlyMean": 20.36, "employment": 329480}, "oews2024": {"mean": 40940, "median": 39340, "p10": 31270, "p25": 36420, "p75": 45550, "p90": 48270, "hourlyMean": 19.68, "employment": 339340}, "oews2023": {"mean": 38850, "median": 37640, "p10": 29720, "p25": 34970, "p75": 43900, "p90": 46950, "hourlyMean": 18.68, "employment": 340820}, "ep2025": {"changePercent": -13.2, "changeNumeric": -44.7, "openingsPerYear": 26.8, "employmentBase": 339.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -12.9, "changeNumeric": -44.9, "openingsPerYear": 29.8, "employmentBase": 347.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"taxprep": {"query": "Tax Preparer", "soc": "13-2082", "title": "Tax Preparers", "oews2025": {"mean": 60930, "median": 54920, "p10": 33760, "p25": 38910, "p75": 76300, "p90": 99270, "hourlyMean": 29.3, "employment": 76480}, "oews2024": {"mean": 58860, "median": 50560, "p10": 30500, "p25": 37750, "p75": 75590, "p90": 96240, "hourlyMean": 28.3, "employment": 73570}, "oews2023": {"mean": 58160, "median": 49010, "p10": 29170, "p25": 35670, "p75": 76020, "p90": 98810, "hourlyMean": 27.96, "employment": 81650}, "ep2025": {"changePercent": 4.7, "changeNumeric": 4.5, "openingsPerYear": 9.4, "employmentBase": 95.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 17.6}, "ep2024": {"changePercent": 4.5, "changeNumeric": 4.1, "openingsPerYear": 10.4, "employmentBase": 90.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 15.5}},
"hsteach": {"query": "High School Teacher", "soc": "25-2031", "title": "Secondary School Teachers, Except Special and Career/Technical Education", "oews2025": {"mean": 76320, "median": 72040, "p10": 48780, "p25": 59980, "p75": 92570, "p90": 107600, "employment": 1065210}, "oews2024": {"mean": 73700, "median": 64580, "p10": 47330, "p25": 57800, "p75": 83010, "p90": 104670, "employment": 1072540}, "oews2023": {"mean": 73800, "median": 65220, "p10": 48040, "p25": 54290, "p75": 83340, "p90": 106380, "employment": 1045170}, "ep2025": {"changePercent": -0.2, "changeNumeric": -2.5, "openingsPerYear": 63.5, "employmentBase": 1087.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": -1.6, "changeNumeric": -17.8, "openingsPerYear": 66.2, "employmentBase": 1094.5, "education": "Bachelor's degree", "selfEmployedPercent": 0}},
"msteach": {"query": "Middle School Teacher", "soc": "25-2022", "title": "Middle School Teachers, Except Special and Career/Technical Education", "oews2025": {"mean": 72030, "median": 64370, "p10": 48080, "p25": 58530, "p75": 80490, "p90": 102540, "employment": 620090}, "oews2024": {"mean": 70040, "median": 62970, "p10": 47050, "p25": 53540, "p75": 79380, "p90": 100980, "employment": 620370}, "oews2023": {"mean": 71460, "median": 64290, "p10": 47490, "p25": 52040, "p75": 82120, "p90": 104410, "employment": 626690}, "ep2025": {"changePercent": -0.4, "changeNumeric": -2.6, "openingsPerYear": 38.8, "employmentBase": 630.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": -2, "changeNumeric": -12.4, "openingsPerYear": 40.5, "employmentBase": 633.7, "education": "Bachelor's degree", "selfEmployedPercent": 0.6}},
"fork": {"query": "Forklift Operator", "soc": "53-7051", "title": "Industrial Truck and Tractor Operators", "oews2025": {"mean": 48370, "median": 46420, "p10": 36840, "p25": 40030, "p75": 54770, "p90": 62520, "hourlyMean": 23.25, "employment": 774420}, "oews2024": {"mean": 47830, "median": 46390, "p10": 36500, "p25": 39780, "p75": 53680, "p90": 61540, "hourlyMean": 23, "employment": 805770}, "oews2023": {"mean": 45720, "median": 44470, "p10": 35260, "p25": 38270, "p75": 50010, "p90": 59860, "hourlyMean": 21.98, "employment": 778920}, "ep2025": {"changePercent": 1.5, "changeNumeric": 11.1, "openingsPerYear": 64.7, "employmentBase": 765.2, "education": "No formal educational credential", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 1.1, "changeNumeric": 9.1, "openingsPerYear": 76.4, "employmentBase": 792.5, "education": "No formal educational credential", "selfEmployedPercent": 0.4}},
"ware": {"query": "Warehouse Associate", "soc": "53-7062", "title": "Laborers and Freight, Stock, and Material Movers, Hand", "oews2025": {"mean": 42260, "median": 40240, "p10": 31270, "p25": 36090, "p75": 46920, "p90": 55140, "hourlyMean": 20.32, "employment": 2950280}, "oews2024": {"mean": 41420, "median": 38940, "p10": 30810, "p25": 35410, "p75": 46370, "p90": 53180, "hourlyMean": 19.91, "employment": 2982530}, "oews2023": {"mean": 39760, "median": 37660, "p10": 29480, "p25": 34040, "p75": 44950, "p90": 50280, "hourlyMean": 19.12, "employment": 3008300}, "ep2025": {"changePercent": 1.8, "changeNumeric": 51.6, "openingsPerYear": 340.5, "employmentBase": 2940.3, "education": "No formal educational credential", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 1.5, "changeNumeric": 44.3, "openingsPerYear": 384.3, "employmentBase": 2988.9, "education": "No formal educational credential", "selfEmployedPercent": 1.3}},
"ea": {"query": "Executive Assistant", "soc": "43-6011", "title": "Executive Secretaries and Executive Administrative Assistants", "oews2025": {"mean": 79140, "median": 76590, "p10": 50560, "p25": 61390, "p75": 94390, "p90": 109850, "hourlyMean": 38.05, "employment": 459910}, "oews2024": {"mean": 77060, "median": 74260, "p10": 48300, "p25": 60000, "p75": 90440, "p90": 107710, "hourlyMean": 37.05, "employment": 472770}, "oews2023": {"mean": 73680, "median": 70310, "p10": 45910, "p25": 56960, "p75": 84860, "p90": 104000, "hourlyMean": 35.42, "employment": 483570}, "ep2025": {"changePercent": 0, "changeNumeric": -0.1, "openingsPerYear": 43.3, "employmentBase": 489.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": -1.6, "changeNumeric": -7.9, "openingsPerYear": 50, "employmentBase": 502.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}},
"medsec": {"query": "Medical Admin Assistant", "soc": "43-6013", "title": "Medical Secretaries and Administrative Assistants", "oews2025": {"mean": 46800, "median": 45930, "p10": 35930, "p25": 38570, "p75": 50580, "p90": 60530, "hourlyMean": 22.5, "employment": 961610}, "oews2024": {"mean": 45580, "median": 44640, "p10": 35050, "p25": 37880, "p75": 49720, "p90": 60050, "hourlyMean": 21.91, "employment": 830760}, "oews2023": {"mean": 43380, "median": 40640, "p10": 31900, "p25": 36540, "p75": 47930, "p90": 58340, "hourlyMean": 20.85, "employment": 749500}, "ep2025": {"changePercent": 4.8, "changeNumeric": 47.1, "openingsPerYear": 89.2, "employmentBase": 979, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 4.2, "changeNumeric": 35.3, "openingsPerYear": 85.9, "employmentBase": 850, "education": "High school diploma or equivalent", "selfEmployedPercent": 0}},
"salesrep": {"query": "Outside Sales Rep", "soc": "41-4012", "title": "Sales Representatives, Wholesale and Manufacturing, Except Technical and Scientific Products", "oews2025": {"mean": 82530, "median": 72080, "p10": 39090, "p25": 50470, "p75": 99640, "p90": 137550, "hourlyMean": 39.68, "employment": 1238190}, "oews2024": {"mean": 81470, "median": 66780, "p10": 37860, "p25": 49040, "p75": 97570, "p90": 134470, "hourlyMean": 39.17, "employment": 1266860}, "oews2023": {"mean": 80490, "median": 65630, "p10": 37240, "p25": 48520, "p75": 96090, "p90": 133010, "hourlyMean": 38.7, "employment": 1288920}, "ep2025": {"changePercent": -0.9, "changeNumeric": -11.2, "openingsPerYear": 99.8, "employmentBase": 1279.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 0.3, "changeNumeric": 4.4, "openingsPerYear": 114.8, "employmentBase": 1310.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.1}},
"salesmgr": {"query": "Sales Manager", "soc": "11-2022", "title": "Sales Managers", "oews2025": {"mean": 164350, "median": 148270, "p10": 73170, "p25": 100360, "p75": 207340, "p90": 290540, "hourlyMean": 79.02, "employment": 637080}, "oews2024": {"mean": 160930, "median": 138060, "p10": 66910, "p25": 95910, "p75": 201490, "hourlyMean": 77.37, "employment": 603710}, "oews2023": {"mean": 157610, "median": 135160, "p10": 63700, "p25": 93540, "p75": 196700, "hourlyMean": 75.77, "employment": 575880}, "ep2025": {"changePercent": 4.5, "changeNumeric": 29, "openingsPerYear": 47.3, "employmentBase": 650.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 4.7, "changeNumeric": 29, "openingsPerYear": 49, "employmentBase": 619.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.9}},
"hcadmin": {"query": "Healthcare Administrator", "soc": "11-9111", "title": "Medical and Health Services Managers", "oews2025": {"mean": 140970, "median": 123860, "p10": 73390, "p25": 94700, "p75": 166100, "p90": 224340, "hourlyMean": 67.77, "employment": 597080}, "oews2024": {"mean": 137730, "median": 117960, "p10": 69680, "p25": 88560, "p75": 162420, "p90": 219080, "hourlyMean": 66.22, "employment": 565840}, "oews2023": {"mean": 134440, "median": 110680, "p10": 67900, "p25": 86080, "p75": 157640, "p90": 216750, "hourlyMean": 64.64, "employment": 515100}, "ep2025": {"changePercent": 24.2, "changeNumeric": 155.1, "openingsPerYear": 62.3, "employmentBase": 640.4, "education": "Bachelor's degree", "selfEmployedPercent": 4.5}, "ep2024": {"changePercent": 23.2, "changeNumeric": 142.9, "openingsPerYear": 62.1, "employmentBase": 616.2, "education": "Bachelor's degree", "selfEmployedPercent": 5.1}},
"hrmgr": {"query": "HR Manager (SHRM-CP)", "soc": "11-3121", "title": "Human Resources Managers", "oews2025": {"mean": 164230, "median": 149280, "p10": 88200, "p25": 111110, "p75": 199290, "p90": 267810, "hourlyMean": 78.96, "employment": 220660}, "oews2024": {"mean": 160480, "median": 140030, "p10": 83790, "p25": 105590, "p75": 189960, "hourlyMean": 77.15, "employment": 215520}, "oews2023": {"mean": 154740, "median": 136350, "p10": 81060, "p25": 103340, "p75": 182120, "hourlyMean": 74.39, "employment": 200600}, "ep2025": {"changePercent": 5.5, "changeNumeric": 12.5, "openingsPerYear": 16.8, "employmentBase": 224.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 5, "changeNumeric": 11.1, "openingsPerYear": 17.9, "employmentBase": 221.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.6}},
"guard": {"query": "Security Officer", "soc": "33-9032", "title": "Security Guards", "oews2025": {"mean": 42470, "median": 38020, "p10": 30210, "p25": 35210, "p75": 46200, "p90": 58840, "hourlyMean": 20.42, "employment": 1283470}, "oews2024": {"mean": 42890, "median": 38370, "p10": 29800, "p25": 35100, "p75": 46660, "p90": 59580, "hourlyMean": 20.62, "employment": 1241770}, "oews2023": {"mean": 40440, "median": 37070, "p10": 28500, "p25": 31660, "p75": 44630, "p90": 57400, "hourlyMean": 19.44, "employment": 1202940}, "ep2025": {"changePercent": 0.9, "changeNumeric": 11.3, "openingsPerYear": 156, "employmentBase": 1294.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 0.4, "changeNumeric": 5.1, "openingsPerYear": 161, "employmentBase": 1262.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}},
"tsa": {"query": "TSA Screener (TSO)", "soc": "33-9093", "title": "Transportation Security Screeners", "oews2025": {"mean": 64310, "median": 66770, "p10": 44700, "p25": 57050, "p75": 72820, "p90": 78350, "hourlyMean": 30.92, "employment": 50290}, "oews2024": {"mean": 61840, "median": 63360, "p10": 45010, "p25": 52210, "p75": 69990, "p90": 75940, "hourlyMean": 29.73, "employment": 46340}, "oews2023": {"mean": 51040, "median": 50020, "p10": 40270, "p25": 44570, "p75": 55810, "p90": 62800, "hourlyMean": 24.54, "employment": 47950}, "ep2025": {"changePercent": -4.2, "changeNumeric": -2.2, "openingsPerYear": 4.5, "employmentBase": 53.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6, "changeNumeric": -3, "openingsPerYear": 4.7, "employmentBase": 50.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}},
"forensic": {"query": "Forensic Science Tech", "soc": "19-4092", "title": "Forensic Science Technicians", "oews2025": {"mean": 79200, "median": 72060, "p10": 48250, "p25": 57830, "p75": 94520, "p90": 117250, "hourlyMean": 38.08, "employment": 19120}, "oews2024": {"mean": 75260, "median": 67440, "p10": 45560, "p25": 53310, "p75": 88710, "p90": 110710, "hourlyMean": 36.18, "employment": 19450}, "oews2023": {"mean": 71540, "median": 64940, "p10": 41410, "p25": 50480, "p75": 84720, "p90": 107490, "hourlyMean": 34.4, "employment": 17520}, "ep2025": {"changePercent": 13.3, "changeNumeric": 2.7, "openingsPerYear": 2.8, "employmentBase": 20.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 12.8, "changeNumeric": 2.6, "openingsPerYear": 2.9, "employmentBase": 20.7, "education": "Bachelor's degree", "selfEmployedPercent": 0.9}},
"mlt": {"query": "Medical Lab Tech (MLT)", "soc": "29-2010", "title": "Clinical Laboratory Technologists and Technicians", "oews2025": {"mean": 67350, "median": 62930, "p10": 38910, "p25": 47650, "p75": 81450, "p90": 100990, "hourlyMean": 32.38, "employment": 332940}, "oews2024": {"mean": 65320, "median": 61890, "p10": 38020, "p25": 46580, "p75": 80010, "p90": 97990, "hourlyMean": 31.41, "employment": 343040}, "oews2023": {"mean": 62870, "median": 60780, "p10": 36770, "p25": 45080, "p75": 78120, "p90": 93900, "hourlyMean": 30.22, "employment": 334380}, "ep2025": {"changePercent": 2.7, "changeNumeric": 9.4, "openingsPerYear": 20.8, "employmentBase": 343, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1.7, "changeNumeric": 6, "openingsPerYear": 22.6, "employmentBase": 351.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}},
"techwriter": {"query": "Tech Writer", "soc": "27-3042", "title": "Technical Writers", "oews2025": {"mean": 96970, "median": 90390, "p10": 57440, "p25": 70880, "p75": 115510, "p90": 145270, "hourlyMean": 46.62, "employment": 45500}, "oews2024": {"mean": 92330, "median": 91670, "p10": 54400, "p25": 68640, "p75": 102740, "p90": 130430, "hourlyMean": 44.39, "employment": 55530}, "oews2023": {"mean": 86620, "median": 80050, "p10": 48630, "p25": 62060, "p75": 102260, "p90": 129440, "hourlyMean": 41.64, "employment": 47970}, "ep2025": {"changePercent": 0.8, "changeNumeric": 0.4, "openingsPerYear": 3.2, "employmentBase": 46.4, "education": "Bachelor's degree", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 0.9, "changeNumeric": 0.5, "openingsPerYear": 4.5, "employmentBase": 56.4, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"pr": {"query": "PR Specialist", "soc": "27-3031", "title": "Public Relations Specialists", "oews2025": {"mean": 84120, "median": 74750, "p10": 44110, "p25": 56260, "p75": 100370, "p90": 135150, "hourlyMean": 40.44, "employment": 283380}, "oews2024": {"mean": 80310, "median": 69780, "p10": 40750, "p25": 51970, "p75": 95940, "p90": 129480, "hourlyMean": 38.61, "employment": 280590}, "oews2023": {"mean": 77720, "median": 66750, "p10": 38570, "p25": 50280, "p75": 92290, "p90": 126220, "hourlyMean": 37.37, "employment": 275550}, "ep2025": {"changePercent": 1.8, "changeNumeric": 5.7, "openingsPerYear": 23, "employmentBase": 314.5, "education": "Bachelor's degree", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": 4.8, "changeNumeric": 15, "openingsPerYear": 27.6, "employmentBase": 315.9, "education": "Bachelor's degree", "selfEmployedPercent": 1.9}},
"baker": {"query": "Baker", "soc": "51-3011", "title": "Bakers", "oews2025": {"mean": 38480, "median": 37160, "p10": 28120, "p25": 32660, "p75": 44360, "p90": 49020, "hourlyMean": 18.5, "employment": 236200}, "oews2024": {"mean": 37670, "median": 36650, "p10": 27560, "p25": 31470, "p75": 42570, "p90": 48260, "hourlyMean": 18.11, "employment": 231890}, "oews2023": {"mean": 35550, "median": 34950, "p10": 24960, "p25": 29570, "p75": 38760, "p90": 46980, "hourlyMean": 17.09, "employment": 220230}, "ep2025": {"changePercent": 5.5, "changeNumeric": 14.5, "openingsPerYear": 36.5, "employmentBase": 262.4, "education": "No formal educational credential", "selfEmployedPercent": 10.1}, "ep2024": {"changePercent": 5.6, "changeNumeric": 14, "openingsPerYear": 39.9, "employmentBase": 249.1, "education": "No formal educational credential", "selfEmployedPercent": 6.2}},
"butcher": {"query": "Butcher", "soc": "51-3021", "title": "Butchers and Meat Cutters", "oews2025": {"mean": 42380, "median": 40140, "p10": 29460, "p25": 35510, "p75": 48050, "p90": 58110, "hourlyMean": 20.37, "employment": 136430}, "oews2024": {"mean": 41300, "median": 38960, "p10": 28850, "p25": 34460, "p75": 47200, "p90": 57130, "hourlyMean": 19.86, "employment": 140040}, "oews2023": {"mean": 39680, "median": 37650, "p10": 27500, "p25": 32240, "p75": 46020, "p90": 54600, "hourlyMean": 19.08, "employment": 136330}, "ep2025": {"changePercent": 2.4, "changeNumeric": 3.3, "openingsPerYear": 15.1, "employmentBase": 138.4, "education": "No formal educational credential", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 1, "changeNumeric": 1.4, "openingsPerYear": 16.9, "employmentBase": 143.1, "education": "No formal educational credential", "selfEmployedPercent": 1.8}},
"stylist": {"query": "Hairstylist", "soc": "39-5012", "title": "Hairdressers, Hairstylists, and Cosmetologists", "oews2025": {"mean": 43960, "median": 35790, "p10": 27040, "p25": 30120, "p75": 48830, "p90": 71190, "hourlyMean": 21.13, "employment": 305710}, "oews2024": {"mean": 43460, "median": 35250, "p10": 24580, "p25": 29060, "p75": 48300, "p90": 70220, "hourlyMean": 20.89, "employment": 295460}, "oews2023": {"mean": 41780, "median": 34970, "p10": 23520, "p25": 28850, "p75": 47420, "p90": 63310, "hourlyMean": 20.09, "employment": 294840}, "ep2025": {"changePercent": 7.7, "changeNumeric": 45.9, "openingsPerYear": 73.4, "employmentBase": 595, "education": "Postsecondary nondegree award", "selfEmployedPercent": 48.1}, "ep2024": {"changePercent": 5.6, "changeNumeric": 32.2, "openingsPerYear": 75.8, "employmentBase": 575.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 47.6}},
"barber": {"query": "Barber", "soc": "39-5011", "title": "Barbers", "oews2025": {"mean": 47070, "median": 38210, "p10": 28600, "p25": 31570, "p75": 58960, "p90": 76460, "hourlyMean": 22.63, "employment": 15000}, "oews2024": {"mean": 47800, "median": 38960, "p10": 27770, "p25": 32050, "p75": 59180, "p90": 78440, "hourlyMean": 22.98, "employment": 18100}, "oews2023": {"mean": 41570, "median": 36150, "p10": 26770, "p25": 30130, "p75": 49220, "p90": 61090, "hourlyMean": 19.99, "employment": 15990}, "ep2025": {"changePercent": 3.3, "changeNumeric": 2.5, "openingsPerYear": 6.9, "employmentBase": 75.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": 79.9}, "ep2024": {"changePercent": 4.1, "changeNumeric": 3.1, "openingsPerYear": 8.4, "employmentBase": 76, "education": "Postsecondary nondegree award", "selfEmployedPercent": 75.6}}
}''')

EDU = [
    ("doctoral or professional", "Doctoral or professional degree"), ("doctoral", "Doctoral or professional degree"),
    ("doctorate", "Doctoral or professional degree"), ("professional degree", "Doctoral or professional degree"),
    ("master", "Master's degree"), ("bachelor", "Bachelor's degree"), ("associate", "Associate's degree"),
    ("postsecondary nondegree", "Postsecondary nondegree award"), ("postsecondary certificate", "Postsecondary nondegree award"), ("certificate", "Postsecondary nondegree award"),
    ("some college", "Some college, no degree"), ("high school", "High school diploma or equivalent"),
    ("no formal", "No formal educational credential"),
]
DESC = [("much faster than average", (7, 999)), ("faster than average", (5, 6)), ("as fast as average", (3, 4)),
        ("about as fast as average", (3, 4)), ("average", (3, 4)), ("slower than average", (1, 2)),
        ("little or no change", (0, 0)), ("decline", (-999, -1))]


def whole(p):
    """BLS displays the one-decimal change as a whole percent, halves away from zero."""
    return int(math.copysign(math.floor(abs(p) + 0.5), p))


def parse_num(raw):
    m = re.match(r"[-\u2212]?\$?([\d,]+(?:\.\d+)?)\s*(k|K|million|thousand)?", raw)
    if not m:
        raise ValueError(f"no number at start of raw {raw!r}")
    digits, unit = m.group(1), m.group(2)
    val = float(digits.replace(",", ""))
    dec = len(digits.split(".")[1]) if "." in digits else 0
    mult = {"k": 1e3, "K": 1e3, "million": 1e6, "thousand": 1e3}.get(unit, 1)
    step = (10 ** -dec) * mult
    # a count written in full ("34,000") is BLS's own rounding: tolerance stays at 100 (see derive)
    return val * mult, step, unit is None and dec == 0 or (unit is None and dec == 2)


class Borderline(Exception):
    pass


def salary_value(rel, stat, period):
    w = rel
    if stat == "mean" and period == "hour":
        return w.get("hourlyMean", w["mean"] / 2080 if "mean" in w else None)
    key = {"range": "p10"}.get(stat, stat)
    a = w.get(key)
    if a is None:
        return None
    return {"year": a, "hour": round(a / 2080, 2), "month": a / 12, "week": a / 52}[period]


def derive_range(item, c, d):
    """A range in words is one claim: both ends against May 2025's 10th/90th percentiles (25th/75th for "middle half")."""
    ends = re.findall(r"\$?\d[\d,]*(?:\.\d+)?\s*[kK]?", c["raw"])
    if len(ends) != 2:
        raise ValueError(f"range raw {c['raw']!r} has {len(ends)} figures")
    vals = [parse_num(e)[0] for e in ends]
    full = all(parse_num(e)[2] for e in ends)
    keys = ("p25", "p75") if re.search(r"middle (half|50)", item["text"], re.I) else ("p10", "p90")
    pair = lambda rel: [salary_value(rel, k, c["period"]) for k in keys]
    cur = pair(d["oews2025"])
    if full and all(abs(v - x) < 0.005 for v, x in zip(vals, cur)):
        return "current"
    for r in ("oews2024", "oews2023"):
        old = pair(d[r])
        if full and None not in old and all(abs(v - x) < 0.005 for v, x in zip(vals, old)):
            if all(abs(v - x) / x <= 0.01 for v, x in zip(vals, cur)):
                raise Borderline("stale range within 1% of current")
            return "outdated"
    offs = [abs(v - x) / x for v, x in zip(vals, cur)]
    if all(o <= 0.15 for o in offs):
        return "current"
    if any(o >= 0.25 for o in offs):
        return "mismatch"
    raise Borderline(f"range ends {offs} off")


def derive(item, c):
    d = DATA[ROLEKEY[c["role"]]]
    if c["place"]:
        return "unchecked"
    kind, year = c["kind"], c["year"]
    if kind == "salary":
        if year is not None and year < 2025:
            return "outdated"
        if c["statistic"] == "range":
            return derive_range(item, c, d)
        v, step, full = parse_num(c["raw"])
        cur = salary_value(d["oews2025"], c["statistic"], c["period"])
        olds = [salary_value(d[r], c["statistic"], c["period"]) for r in ("oews2024", "oews2023")]
        if full and abs(v - cur) < 0.005:
            return "current"
        if full and any(o is not None and abs(v - o) < 0.005 for o in olds):
            if abs(v - cur) / cur <= 0.01:
                raise Borderline("stale figure within 1% of current")
            return "outdated"
        off = abs(v - cur) / cur
        if off <= 0.15:
            return "current"
        if off >= 0.25:
            return "mismatch"
        raise Borderline(f"pay {off:.0%} off")
    if kind in ("outlook-percent", "outlook-descriptor"):
        cp, op = d["ep2025"]["changePercent"], d["ep2024"]["changePercent"]
        if year is not None and year < 2035:
            return "outdated"

        def shown(p):  # whole percents BLS could display for p (two when p ends in .5)
            if abs(abs(p * 10) % 10 - 5) < 1e-6:
                return {math.floor(p), math.ceil(p)}
            return {whole(p)}

        if kind == "outlook-percent":
            v = parse_num(c["raw"])[0] * (-1 if c.get("neg") else 1)
            hit = lambda p: v in shown(p)
        else:
            low = c["raw"].lower().replace("the ", "")
            band = next(b for t, b in DESC if low.startswith(t))
            hit = lambda p: any(band[0] <= w <= band[1] for w in shown(p))
        for p in (cp, op):
            if hit(p) and len(shown(p)) > 1:
                raise Borderline(f"percent {p} ends in .5")
        if hit(cp) and hit(op):
            raise Borderline("same figure in both releases")
        return "current" if hit(cp) else "outdated" if hit(op) else "mismatch"
    if kind == "education":
        low = c["raw"].lower()
        lvl = next(l for t, l in EDU if low.startswith(t))
        if lvl == d["ep2025"]["education"]:
            return "current"
        return "outdated" if lvl == d["ep2024"]["education"] else "mismatch"
    if kind == "self-employed":
        v = parse_num(c["raw"])[0]
        cur, old = d["ep2025"]["selfEmployedPercent"], d["ep2024"]["selfEmployedPercent"]
        if year is not None and year < 2025:
            return "outdated"
        if cur is None:
            raise Borderline("no current self-employed share")
        if old is not None and round(cur) == round(old):
            raise Borderline("same share in both releases")
        return "current" if v == round(cur) else "outdated" if old is not None and v == round(old) else "mismatch"
    # counts
    v, step, _ = parse_num(c["raw"])
    v *= -1 if c.get("neg") else 1
    tol = max(100, step / 2) + 1e-6
    if kind == "employment":
        curs = [d["ep2025"]["employmentBase"] * 1000, d["oews2025"]["employment"]]
        olds = [d["ep2024"]["employmentBase"] * 1000, d["oews2024"]["employment"], d["oews2023"]["employment"]]
        if year is not None and year < 2025:
            return "outdated"
    else:
        field = {"employment-change": "changeNumeric", "openings": "openingsPerYear"}[kind]
        curs, olds = [d["ep2025"][field] * 1000], [d["ep2024"][field] * 1000]
        if year is not None and year < 2035:
            return "outdated"
    hc = any(abs(v - x) <= tol for x in curs)
    ho = any(abs(v - x) <= tol for x in olds)
    if hc and ho:
        raise Borderline("count matches current and older release")
    return "current" if hc else "outdated" if ho else "mismatch"


ITEMS, NOT = [], []
KINDS = {"salary": {"median", "mean", "p10", "p25", "p75", "p90", "range"}, "outlook-percent": {"percent"},
         "outlook-descriptor": {"descriptor"}, "employment": {"count"}, "employment-change": {"count"},
         "openings": {"count"}, "self-employed": {"share"}, "education": {"level"}}


def C(raw, kind, role, verdict, stat=None, period=None, year=None, place=None, neg=False):
    stat = stat or {"salary": "median", "outlook-percent": "percent", "outlook-descriptor": "descriptor",
                    "self-employed": "share", "education": "level"}.get(kind, "count")
    if kind == "salary" and period is None:
        period = "year"
    return {"raw": raw, "kind": kind, "statistic": stat, "role": role, "period": period, "year": year,
            "place": place, "verdict": verdict, "neg": neg}


def I(id, style, roles, text, claims, heading=None):
    it = {"id": id, "style": style, "roles": list(roles)}
    if heading:
        it["heading"] = heading
    it["text"] = text
    it["claims"] = claims
    ITEMS.append(it)


def N(id, roles, text, heading=None):
    it = {"id": id, "roles": list(roles)}
    if heading:
        it["heading"] = heading
    it["text"] = text
    NOT.append(it)


def check(items, nots, quiet=False):
    errs = []
    ids = [i["id"] for i in items] + [n["id"] for n in nots]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        errs.append(f"duplicate ids {sorted(dup)}")
    for it in list(items) + list(nots):
        # a token the TOKEN regex did not match stays in the text unrendered and without a claim
        if re.search(r"\{[ab]\.", it["text"]):
            errs.append(f"{it['id']}: unrendered token left in text")
    for it in items:
        if not it["claims"]:
            errs.append(f"{it['id']}: no claims")
        for c in it["claims"]:
            if it["text"].count(c["raw"]) != 1:
                errs.append(f"{it['id']}: raw {c['raw']!r} occurs {it['text'].count(c['raw'])} times")
            if c["role"] not in it["roles"]:
                errs.append(f"{it['id']}: role {c['role']!r} not in {it['roles']}")
            if c["statistic"] not in KINDS[c["kind"]]:
                errs.append(f"{it['id']}: statistic {c['statistic']} for {c['kind']}")
            if (c["period"] is None) == (c["kind"] == "salary"):
                errs.append(f"{it['id']}: period {c['period']} for {c['kind']}")
            try:
                got = derive(it, c)
            except Borderline as e:
                errs.append(f"{it['id']}: {c['raw']!r} borderline: {e}")
                continue
            except Exception as e:  # noqa: BLE001
                errs.append(f"{it['id']}: {c['raw']!r} error {e!r}")
                continue
            if got != c["verdict"]:
                errs.append(f"{it['id']}: {c['raw']!r} labelled {c['verdict']}, data says {got}")
    for n in nots:
        if n.get("claims"):
            errs.append(f"{n['id']}: not-claim with claims")
        for r in n["roles"]:
            if r not in ROLEKEY:
                errs.append(f"{n['id']}: unknown role {r}")
    return errs


def flips(items):
    """Flip each verdict in turn to every other verdict; count the flips check() catches."""
    caught = total = 0
    for it in items:
        for c in it["claims"]:
            orig = c["verdict"]
            for alt in ("current", "outdated", "mismatch", "unchecked"):
                if alt == orig:
                    continue
                c["verdict"] = alt
                total += 1
                caught += bool(check([it], [], quiet=True))
            c["verdict"] = orig
    return caught, total


# The corpus format (set by the lead before any engine was scored on this corpus): a salary figure
# the text gives no statistic word for is "unspecified", as in the team corpus; its verdict stays the
# one derived against the median.
MEDIAN_WORD = re.compile(r"\b(median|typical|midpoint|middle)\b", re.I)


def statistic_as_written(c, text):
    # the median word must stand in the figure's own sentence (or list line / table row), as in holdout20
    if c["kind"] == "salary" and c["statistic"] == "median" and not MEDIAN_WORD.search(own_sentence(text, c["raw"])):
        return {**c, "statistic": "unspecified"}
    return c


# The lead's, after the blind score and before any tuning (see README): an openings count's year is the one
# its own sentence states, as holdouts 2 to 7 label it ("… are projected each year, on average, over the
# decade." after "from 2025 to 2035" states none). The writer had been told the opposite by the lead's own
# brief; the verdict stays the writer's.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\d$])|\n")  # a list line is its own sentence


def own_sentence(text, raw):
    at = text.index(raw)
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text) if m.end() <= at]
    end = next((m.start() for m in SENTENCE_END.finditer(text) if m.start() >= at + len(raw)), len(text))
    return text[starts[-1]:end]


def year_at(sentence, year):
    m = re.search(rf"{year}|[-\u2013]\s*{year % 100}\b|through\s+{year}", sentence)
    return m.start() if m else -1


def openings_year(c, text, claims):
    """Also as holdouts 2 to 7: a period written before the count, after another claim's figure in the same
    sentence ("grow 2 percent from 2025 to 2035, …, with about 4,900 openings a year"), is that figure's."""
    if c["kind"] == "openings" and c["year"] is not None:
        sentence = own_sentence(text, c["raw"])
        at = year_at(sentence, c["year"])
        if at < 0:
            return {**c, "year": None}
        count_at = sentence.index(c["raw"]) if c["raw"] in sentence else len(sentence)
        before = [o for o in claims if o is not c and o["raw"] in sentence and sentence.index(o["raw"]) < at]
        if at < count_at and before:
            return {**c, "year": None}
    return c


def strip(items):
    out = []
    for it in items:
        it = dict(it)
        it["claims"] = [statistic_as_written({k: v for k, v in c.items() if k != "neg"}, it["text"]) for c in it["claims"]]
        it["claims"] = [openings_year(c, it["text"], it["claims"]) for c in it["claims"]]
        out.append(it)
    return out



# ---------------------------------------------------------------- writing aid
# {r.field[@24|@23][*mult][~fmt]:v[!year]} or {r.field=<literal>:v[!year]}; r is a or b (the pair's roles).
TOKEN = re.compile(r'\{([ab])\.(\w+)(?:=<([^>]*)>)?(@2[34])?(\*[\d.]+)?(~\w+)?:([comu])(?:!(\d{4}))?\}')
VERD = {"c": "current", "o": "outdated", "m": "mismatch", "u": "unchecked"}
SAL = {"median", "mean", "p10", "p25", "p75", "p90"}
EDUTXT = {"Bachelor's degree": "bachelor's degree", "Master's degree": "master's degree",
          "Associate's degree": "associate's degree", "Doctoral or professional degree": "doctoral or professional degree",
          "Postsecondary nondegree award": "postsecondary nondegree award",
          "High school diploma or equivalent": "high school diploma or equivalent",
          "No formal educational credential": "no formal educational credential"}


def money(v, fmt):
    if fmt in ("k", "K"):
        return f"${round(v / 1000)}{fmt}"
    if fmt == "th":
        return f"${round(v / 1000) * 1000:,}"
    if fmt == "words":
        return f"{round(v):,} dollars"
    return f"${round(v):,}"


def render(key, field, lit, rel, mult, fmt, place):
    d = DATA[key]
    mult = float(mult[1:]) if mult else 1.0
    fmt = fmt[1:] if fmt else ""
    period = {"hr": "hour", "hr0": "hour", "mo": "month", "wk": "week"}.get(fmt.split("_")[0], "year")
    if field in SAL or field in ("range", "mid"):
        o = d["oews20" + (rel[1:] if rel else "25")]
        stat = field if field in SAL else "range"
        if lit is not None:
            return lit, "salary", stat, period, False

        def one(v, f):
            v *= mult
            if period == "hour":
                return f"${v / 2080:.2f}" if f == "hr" else f"${round(v / 2080)}"
            if period == "month":
                return f"${round(v / 12):,}"
            if period == "week":
                return f"${round(v / 52):,}"
            return money(v, f)

        if stat == "range":
            lo, hi = ("p25", "p75") if field == "mid" else ("p10", "p90")
            f, _, joiner = fmt.partition("_")
            j = {"and": " and ", "to": " to ", "dash": "–", "asmuch": " to as much as ", "": " to "}[joiner]
            return one(o[lo], f) + j + one(o[hi], f), "salary", "range", period, False
        v = o["hourlyMean"] * 2080 if field == "mean" and period == "hour" and o.get("hourlyMean") else o[field]
        if field == "mean" and fmt == "hr":
            return f"${o['hourlyMean'] * mult:.2f}", "salary", stat, period, False
        return one(v, fmt), "salary", stat, period, False
    ep = d.get("ep20" + (rel[1:] if rel else "25"))
    if field == "pct":
        p = ep["changePercent"]
        neg = p < 0
        if lit is not None:
            return lit, "outlook-percent", "percent", None, neg
        w = abs(whole(p)) if mult == 1.0 else round(abs(p) * mult)
        return (f"{w} percent" if fmt == "pc" else f"{w}%"), "outlook-percent", "percent", None, neg
    if field == "desc":
        return lit, "outlook-descriptor", "descriptor", None, False
    if field == "edu":
        t = lit if lit is not None else EDUTXT[ep["education"]]
        if fmt == "cap" and lit is None:
            t = ep["education"]
        return t, "education", "level", None, False
    if field == "self":
        if lit is not None:
            return lit, "self-employed", "share", None, False
        v = round(ep["selfEmployedPercent"] * mult)
        return (f"{v} percent" if fmt == "pc" else f"{v}%"), "self-employed", "share", None, False
    kind = {"emp": "employment", "oemp": "employment", "chg": "employment-change", "open": "openings"}[field]
    if lit is not None:
        return lit, kind, "count", None, False
    if field == "oemp":
        v = d["oews20" + (rel[1:] if rel else "25")]["employment"] * mult
    else:
        v = {"emp": ep["employmentBase"], "chg": ep["changeNumeric"], "open": ep["openingsPerYear"]}[field] * 1000 * mult
    neg = v < 0
    v = abs(v)
    if fmt == "m":
        return f"{v / 1e6:.1f} million", kind, "count", None, neg
    if fmt == "m2":
        return f"{v / 1e6:.2f} million", kind, "count", None, neg
    if mult != 1.0:
        v = round(v, -2)
    return f"{round(v):,}", kind, "count", None, neg


PAIR = {}


def T(id, style, text, heading=None, place=None, pair=None, own_place=None):
    """One item of the current pair; tokens become claims. own_place: {token index: place} for a figure whose own
    clause names a narrower place than the item's ("In Texas, …, and X in Dallas around $21": Dallas)."""
    a, b = pair or PAIR["cur"]
    names = {"a": a, "b": b}
    claims = []
    out, pos = [], 0
    for n, mt in enumerate(TOKEN.finditer(text)):
        r, field, lit, rel, mult, fmt, v, yr = mt.groups()
        at = (own_place or {}).get(n, place)
        raw, kind, stat, period, neg = render(ROLEKEY[names[r]], field, lit, rel, mult, fmt, at)
        out.append(text[pos:mt.start()])
        out.append(raw)
        pos = mt.end()
        claims.append(C(raw, kind, names[r], VERD[v], stat, period, int(yr) if yr else None, at, neg))
    out.append(text[pos:])
    roles = PAIR.get("roles") or (a, b)
    I(id, style, roles, "".join(out), claims, heading=heading)


def NC(id, text, heading=None):
    N(id, PAIR.get("roles") or PAIR["cur"], text, heading=heading)


def P(a, b, roles=None):
    PAIR["cur"] = (a, b)
    PAIR["roles"] = roles




ROLEKEY = {
    "Pharmacist (PharmD)": "pharm", "Optometrist (OD)": "optom", "MRI Tech": "mri", "Cardiovascular Tech (CVT)": "cvt",
    "Registered Dietitian (RD)": "rd", "Athletic Trainer (ATC)": "atc", "Sheet Metal Worker": "sheet", "Roofer": "roof",
    "Cybersecurity Analyst": "cyber", "Systems Analyst": "sysan", "Bank Teller": "teller", "Tax Preparer": "taxprep",
    "High School Teacher": "hsteach", "Middle School Teacher": "msteach", "Forklift Operator": "fork",
    "Warehouse Associate": "ware", "Executive Assistant": "ea", "Medical Admin Assistant": "medsec",
    "Outside Sales Rep": "salesrep", "Sales Manager": "salesmgr", "Healthcare Administrator": "hcadmin",
    "HR Manager (SHRM-CP)": "hrmgr", "Security Officer": "guard", "TSA Screener (TSO)": "tsa", "Forensic Science Tech": "forensic",
    "Medical Lab Tech (MLT)": "mlt", "Tech Writer": "techwriter", "PR Specialist": "pr", "Baker": "baker",
    "Butcher": "butcher", "Hairstylist": "stylist", "Barber": "barber",
}

# ---------------------------------------------------------------- items
P("Pharmacist (PharmD)", "Optometrist (OD)")
T("po-01", "ooh", "The median annual wage for pharmacists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("po-02", "comparison", "PharmDs and ODs both spend four years in a professional program after college, and both jobs call for a {a.edu:c}. Pay ends up close, too: pharmacists take home a median of about {a.median~th:c}, optometrists around {b.median~th:c}.", heading="Pharmacist vs. Optometrist: Which Doctorate Pays Off?")
T("po-03", "nursing-blog", "Retail pharmacy is not the only path. Hospital pharmacists earn more on average, but across all settings BLS puts the average pharmacist salary at {a.mean:c} — roughly {a.mean~hr:c} an hour.")
T("po-04", "faq", "How many optometrists are there? About {b.oemp:c!2025} ODs worked in the U.S. in May 2025, and roughly {b.self:c!2025} of them were self-employed, usually owning a practice.", heading="FAQ")
T("po-05", "forum", "lol pharmacy is saturated. per BLS the median was {a.median@23:o!2023} back in 2023 and new grads in ohio are getting offered like $52/hr. optometry school is another 4 yrs tho")
T("po-06", "career-site", "In California, optometrists earn a median of roughly {b.median=<$150,000>:u}, and in the Los Angeles metro the figure climbs to about {b.median=<$158,200>:u}.", place="California", own_place={1: "Los Angeles metro"})
T("po-07", "ooh", "Eye care keeps expanding as the population ages. About {b.open:c!2035} openings for optometrists are projected each year, on average, from 2025 to 2035.", heading="Job Outlook")
T("po-08", "bullets", "Optometrist at a glance (2024–34 projections):\n- Median pay, May 2024: {b.median@24:o!2024}\n- Openings per year: {b.open@24:o!2034}\n- Growth, 2024–34: {b.pct@24:o!2034}")
T("po-09", "press", "New state figures show pharmacists remain among the best-paid health workers; nationally, BLS reports {a.emp:c!2025} pharmacist jobs in 2025 and projects {a.chg:c!2035} more by 2035.")
NC("po-n1", "Our PharmD program's tuition is $48,600 a year; call admissions at (614) 555-0148 with questions.")
NC("po-n2", "I'm an OD in a private practice and I billed $312,000 last year; my take-home was about 40% of that.")

P("MRI Tech", "Cardiovascular Tech (CVT)")
T("mc-01", "school", "Our 24-month MRI program leads to an A.A.S. — the usual entry point, since BLS lists an {a.edu:c} for MRI technologists. Graduates join a field where the typical salary is {a.median:c}.", heading="MRI Technology, A.A.S.")
T("mc-02", "comparison", "MRI techs out-earn CVTs by a wide margin: the median for MRI technologists was {a.median:c!2025} in May 2025, against {b.median:c!2025} for cardiovascular technologists and technicians.", heading="MRI Tech vs. Cardiovascular Tech")
T("mc-03", "ooh", "Employment of cardiovascular technologists and technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("mc-04", "table", "| | MRI Tech | CVT |\n|---|---|---|\n| Median pay, May 2024 | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs, May 2024 | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |\n| Growth, 2024–34 | {a.pct@24:o!2034} | {b.pct@24:o!2034} |", heading="At a glance")
T("mc-05", "forum", "cvt here (invasive lab). bls says cardio techs make {b.median*1.45~k:m} median which is not what anyone in my cath lab sees lol")
T("mc-06", "government", "In Florida, MRI technologists earn an average of {a.mean=<$88,410>:u} a year; in Miami-Dade County, about {a.mean=<$91,300>:u}.", place="Florida", own_place={1: "Miami-Dade County"})
T("mc-07", "career-site", "MRI techs are in demand: jobs are expected to rise {a.pct:c!2035} through 2035, with about {a.chg:c!2035} positions added.")
T("mc-08", "bullets", "Cardiovascular tech quick facts:\n- Top 10% earn: {b.p90:c}\n- Bottom 10% earn: {b.p10:c}\n- Mean hourly wage: {b.mean~hr:c}")
NC("mc-n1", "The ARRT MRI exam fee is $225, and our clinical rotations run 7 a.m. to 3:30 p.m., 32 hours a week.")
NC("mc-n2", "Mercy Heart Institute is hiring CVTs at $41.50/hr with a $10,000 sign-on bonus.")

P("Registered Dietitian (RD)", "Athletic Trainer (ATC)")
T("ra-01", "ooh", "The median annual wage for athletic trainers was {b.median:c!2025} in May 2025.", heading="Pay")
T("ra-02", "comparison", "RDs and ATCs both work in sports and wellness, but their training differs: dietitians need a {a.edu:c}, while athletic trainers now need a {b.edu:c}. Dietitians earn a median of {a.median:c}; ATs, {b.median:c}.", heading="Dietitian vs. Athletic Trainer")
T("ra-03", "nursing-blog", "Dietitian jobs are projected to grow {a.pct:c!2035} between 2025 and 2035, {a.desc=<much faster than average>:c!2035}. Expect about {a.open:c!2035} openings each year through 2035.")
T("ra-04", "faq", "Do athletic trainers make good money? Not compared with other health professions. The average is {b.mean:c}, and the top 10 percent earn more than {b.p90:c}.", heading="FAQ")
T("ra-05", "forum", "fwiw the bls median for RDs was {a.median@24:o!2024} in 2024 and about {a.self@24:o!2024} were self employed. private practice is where the money is")
T("ra-06", "career-site", "In Texas, athletic trainers make around {b.median=<$58,900>:u}, while in Houston the median is closer to {b.median=<$61,000>:u}.", place="Texas", own_place={1: "Houston"})
T("ra-07", "government", "Athletic trainers: {b.oemp:c!2025} employed nationally (May 2025); projected change 2025–35: {b.pct:c!2035}; annual openings: {b.open*1.6:m}.")
T("ra-08", "frontmatter", "---\ntitle: \"Registered Dietitian Career Guide\"\nrd_median_salary: {a.median*0.75:m}\nrd_job_growth: {a.pct:c}\nrd_education: {a.edu=<Bachelor's degree>:c}\n---")
NC("ra-n1", "The RD exam costs $200 and our dietetic internship accepts 12 students per year.")
NC("ra-n2", "BOC certification requires 500 clinical hours; renewal is $50 every 2 years.")

P("Sheet Metal Worker", "Roofer")
T("sr-01", "union", "Brothers and sisters: nationally, sheet metal workers' median pay reached {a.median:c!2025} in May 2025, and the top 10 percent made over {a.p90:c!2025}. Our Local 28 scale is $58.40 an hour on the check.", heading="From the Business Manager")
T("sr-02", "comparison", "Roofers and sheet metal workers often share a job site. Roofers need {b.edu:c} to start, and they earn less: {b.median:c} at the median compared with {a.median:c} for sheet metal workers.", heading="Roofer vs. Sheet Metal Worker")
T("sr-03", "ooh", "Employment of roofers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings for roofers are projected each year, on average, over the decade.", heading="Job Outlook")
T("sr-04", "trade", "Roofing is one of the most entrepreneurial trades: about {b.self:c} of roofers are self-employed, and the mean hourly wage is {b.mean~hr:c}.")
T("sr-05", "forum", "tin knockers in my area start at $24. bls had sheet metal median at {a.median@23:o!2023} in 2023. the 2024-34 numbers had about {a.self@24:o} self employed")
T("sr-06", "career-site", "In Illinois, sheet metal workers earn a median of {a.median=<$84,600>:u}; in Cook County it is about {a.median=<$92,000>:u}.", place="Illinois", own_place={1: "Cook County"})
T("sr-07", "bullets", "Sheet metal worker snapshot:\n- Jobs: {a.oemp:c}\n- Openings each year: {a.open:c}\n- Typical pay: {a.median*1.4:m}")
T("sr-08", "faq", "Is roofing growing? Yes, modestly: BLS projects {b.chg:c!2035} more roofer jobs by 2035, growth of {b.pct:c!2035}.", heading="FAQ")
NC("sr-n1", "Our 10-week roofing course costs $3,400 and covers OSHA 30; call 1-800-555-0199.")
NC("sr-n2", "We charge $9 per square foot for standing-seam metal roofs, installed.")

P("Cybersecurity Analyst", "Systems Analyst")
T("cs-01", "tech-blog", "If you're weighing infosec against systems analysis, the pay gap is real: information security analysts pull a median of {a.median~K:c}, computer systems analysts about {b.median~K:c}.", heading="Cybersecurity Analyst vs. Systems Analyst in 2026")
T("cs-02", "ooh", "Employment of information security analysts is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c!2035} openings for information security analysts are projected each year, on average, over the decade.", heading="Job Outlook")
T("cs-03", "forum", "per BLS infosec was supposed to grow {a.pct@24:o!2034} from 2024 to 2034 lol. the new numbers are way lower. entry level is brutal rn")
T("cs-04", "bullets", "Computer systems analyst:\n- Median pay (May 2025): {b.median:c!2025}\n- 2025–35 growth: {b.pct:c!2035} ({b.desc=<faster than average>:m!2035})\n- Jobs added, 2025–35: {b.chg:c!2035}\n- Entry education: {b.edu~cap:c}")
T("cs-05", "faq", "What do systems analysts make per hour? On average, {b.mean~hr:c}, and the best-paid 10 percent earn above {b.p90:c} a year.", heading="FAQ")
T("cs-06", "career-site", "In Virginia, cybersecurity analysts earn a median of {a.median=<$138,500>:u}, and in the Washington-Arlington-Alexandria metro, {a.median=<$142,000>:u}.", place="Virginia", own_place={1: "Washington-Arlington-Alexandria metro"})
T("cs-07", "press", "Information security analysts held {a.oemp:c!2025} jobs in May 2025, up from {a.oemp@24:o!2024} a year earlier, BLS data show.")
T("cs-08", "comparison", "Both roles usually need a {a.edu:c}. Systems analysts are far more numerous, with about {b.emp:c!2025} jobs in 2025, and their median was {b.median@24:o!2024} in 2024.")
NC("cs-n1", "The CISSP exam costs $749, and our bootcamp is $12,995 with a 90% completion rate.")
NC("cs-n2", "I'm a SOC analyst making $87k in Tampa, 3 years in; is that low?")

P("Bank Teller", "Tax Preparer")
T("bt-01", "ooh", "The median hourly wage for tellers was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("bt-02", "comparison", "Neither job requires a degree: tellers and tax preparers typically need a {a.edu:c}. But tax preparers earn more, a median of {b.median:c} against {a.median:c} for tellers.", heading="Bank Teller vs. Tax Preparer")
T("bt-03", "ooh", "BLS expects a loss of about {a.chg:c!2035} teller jobs from 2025 to 2035. Even so, about {a.open:c!2035} openings for tellers are projected each year, on average, over the decade.", heading="Job Outlook")
T("bt-04", "forum", "former teller here. bls says tellers averaged {a.mean@24:o!2024} in 2024 and there were {a.oemp@24:o!2024} of us that year. branches keep closing")
T("bt-05", "career-site", "About {b.self:c} of tax preparers are self-employed, and the field is growing {b.pct=<9%>:m}, according to BLS projections.")
T("bt-06", "government", "In New York, tellers earn an hourly mean of {a.mean=<$21.80>~hr:u}; in Kings County the mean is about {a.mean=<$22.40>~hr:u}.", place="New York", own_place={1: "Kings County"})
T("bt-07", "bullets", "Tax preparer pay:\n- 10th percentile: {b.p10:c}\n- 90th percentile: {b.p90:c}\n- Mean: {b.mean~hr:c} per hour")
T("bt-08", "faq", "How many tax preparers are there? {b.oemp:c!2025} in May 2025, according to BLS, down from {b.oemp@23:o!2023} in May 2023.", heading="FAQ")
NC("bt-n1", "H&R Block's tax course costs $149 and runs 12 weeks; returns start at $89.")
NC("bt-n2", "Our credit union offers tellers a 6% 401(k) match and paid training in the first 30 days.")

P("High School Teacher", "Middle School Teacher")
T("hm-01", "ooh", "The median annual wage for high school teachers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("hm-02", "comparison", "Both jobs require a {a.edu:c} and a state license. High school teachers earn a median of {a.median:c}, a bit more than the {b.median:c} middle school teachers make.", heading="High School vs. Middle School Teacher: Salary and Outlook")
T("hm-03", "ooh", "Employment of middle school teachers is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035. About {b.open:c!2035} openings for middle school teachers are projected each year, on average, over the decade.", heading="Job Outlook")
T("hm-04", "forum", "per BLS HS teachers made {a.median@24:o!2024} median in 2024, and jobs were supposed to drop {a.pct@24:o!2034} from 2024 to 2034. 12 yrs in and im at 61k in ohio")
T("hm-05", "government", "In Ohio, secondary school teachers earn an annual mean of {a.mean=<$74,200>:u}, and in Franklin County about {a.mean=<$79,900>:u}.", place="Ohio", own_place={1: "Franklin County"})
T("hm-06", "bullets", "Middle school teachers at a glance:\n- Employed: {b.oemp:c}\n- Average salary: {b.mean:c}\n- Openings per year: {b.open*1.5:m}")
T("hm-07", "faq", "Are high school teaching jobs growing? Barely: about {a.open:c} openings a year come mostly from retirements, and employment holds at roughly {a.emp:c}.", heading="FAQ")
NC("hm-n1", "Our alternative certification program costs $4,995 and takes 9 months; 87% of completers are hired by August.")
NC("hm-n2", "The district salary schedule starts new teachers at $48,500 with a $3,000 stipend for coaching.")

P("Forklift Operator", "Warehouse Associate")
T("fw-01", "career-site", "Forklift operators earn a median of {a.median~hr:c} an hour, about {a.median:c} a year, while warehouse associates (BLS: laborers and freight, stock, and material movers) make {b.median~hr:c}.", heading="Forklift Operator vs. Warehouse Associate")
T("fw-02", "ooh", "Employment of hand laborers and material movers is projected to add about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("fw-03", "forum", "warehouse work is the biggest job in the country basically. like {b.oemp~m2:c} people per BLS. i make $19.75 at a 3PL and that's above the {b.median@23~hr:o!2023} median they had in 2023")
T("fw-04", "bullets", "Industrial truck operator quick facts:\n- Typical education: {a.edu=<no formal educational credential>:c}\n- Jobs (2025): {a.oemp:c!2025}\n- Openings per year: {a.open:c}\n- Top 10% earn: {a.p90:c}")
T("fw-05", "government", "In Georgia, forklift operators earn a median of {a.median=<$21.60>~hr:u} an hour; in the Atlanta metro, {a.median=<$22.45>~hr:u}.", place="Georgia", own_place={1: "Atlanta metro"})
T("fw-06", "faq", "Do forklift drivers make more than warehouse workers? On average yes: {a.mean:c} versus {b.mean:c} a year.", heading="FAQ")
T("fw-07", "press", "Warehouse associates numbered {b.oemp@24:o!2024} in May 2024, and the 2024–34 projections counted {b.open@24:o!2034} openings a year.")
NC("fw-n1", "OSHA forklift certification: $79 online, 3 hours, card mailed in 5-7 days.")
NC("fw-n2", "Our DC pays $2 an hour extra for second shift and offers a $500 referral bonus.")

P("Executive Assistant", "Medical Admin Assistant")
T("em-01", "comparison", "Both roles typically need only a {a.edu:c}, yet executive assistants earn a median of {a.median:c}, far above the {b.median:c} medical secretaries make.", heading="Executive Assistant vs. Medical Secretary")
T("em-02", "ooh", "Employment of medical secretaries and administrative assistants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035}. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("em-03", "forum", "EAs aren't going anywhere but they aren't growing either. BLS projected a {a.pct@24:o!2034} decline through 2034, and the newer projections show {a.desc=<little or no change>:c}.")
T("em-04", "bullets", "Executive assistant\n- Median (May 2024): {a.median@24:o!2024}\n- Mean hourly: {a.mean~hr:c}\n- 75th percentile: {a.p75:c}")
T("em-05", "government", "In Massachusetts, executive administrative assistants earn a mean of {a.mean=<$86,300>:u}; in Suffolk County, {a.mean=<$92,100>:u}.", place="Massachusetts", own_place={1: "Suffolk County"})
T("em-06", "career-site", "Medical secretaries held about {b.oemp:c!2025} jobs in May 2025, a big jump from {b.oemp@23:o!2023} in May 2023.")
T("em-07", "faq", "What's the pay range for medical secretaries? Most earn {b.range~_to:c} a year; the average is {b.mean~hr:c} an hour.", heading="FAQ")
NC("em-n1", "Our medical office administration certificate costs $2,850 and includes 120 hours of externship.")
NC("em-n2", "Top 10 skills for executive assistants: calendar management, travel booking, Excel ...")

P("Outside Sales Rep", "Sales Manager")
T("ss-01", "comparison", "Sales managers earn a median of {b.median:c}, about twice the {a.median:c} wholesale and manufacturing sales reps make, though reps' commissions push the top 10 percent above {a.p90:c}.", heading="Sales Rep vs. Sales Manager")
T("ss-02", "ooh", "The median annual wage for sales managers was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("ss-03", "forum", "outside sales reps per BLS: median {a.median@24:o!2024} in 2024. my base is 55k plus 8% commission, did 140k last year")
T("ss-04", "bullets", "Sales manager at a glance:\n- Education: {b.edu~cap:c}\n- Jobs: {b.oemp:c}\n- Openings per year: {b.open:c}\n- Average pay: {b.mean~hr:c}/hr")
T("ss-05", "ooh", "Employment of wholesale and manufacturing sales representatives is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ss-06", "career-site", "In North Carolina, outside sales reps earn a median of {a.median=<$68,900>:u}; in Charlotte, {a.median=<$74,300>:u}.", place="North Carolina", own_place={1: "Charlotte"})
T("ss-07", "faq", "Is sales management growing? BLS expects {b.pct=<10%>:m} growth, with most openings from turnover.", heading="FAQ")
NC("ss-n1", "Our sales team earns a 12% commission on the first $250,000 and a $5,000 quarterly bonus.")
NC("ss-n2", "Sandler training: $1,450 per seat for 6 sessions.")

P("Healthcare Administrator", "HR Manager (SHRM-CP)")
T("hh-01", "comparison", "Both jobs usually start with a {a.edu:c}, and both pay well: healthcare administrators earn a median of {a.median:c}, HR managers {b.median:c}.", heading="Healthcare Administrator vs. HR Manager")
T("hh-02", "ooh", "Employment of medical and health services managers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c!2035} openings for medical and health services managers are projected each year, on average, over the decade.", heading="Job Outlook")
T("hh-03", "press", "Health system leaders remain in demand. BLS counts {a.oemp:c!2025} medical and health services managers in May 2025 and projects {a.chg:c!2035} additional jobs by 2035, {a.pct=<31%>:m!2035} growth.")
T("hh-04", "forum", "HRMs per bls: median was {b.median@23:o!2023} back in may 2023, average {b.mean@23:o!2023}. that year i made 98k as an HRBP so yeah")
T("hh-05", "bullets", "HR manager at a glance:\n- Average salary: {b.mean:c}\n- Jobs: {b.emp:c}\n- Openings per year: {b.open:c}\n- Self-employed: {b.self:c}")
T("hh-06", "career-site", "In Minnesota, healthcare administrators earn a median of {a.median=<$131,700>:u}; in the Rochester metro area, {a.median=<$139,000>:u}.", place="Minnesota", own_place={1: "Rochester metro area"})
T("hh-07", "faq", "How much do hospital administrators make per hour? An average of {a.mean~hr:c}, according to BLS.", heading="FAQ")
NC("hh-n1", "Our online MHA costs $640 per credit hour, 36 credits; 24/7 tech support included.")
NC("hh-n2", "SHRM-CP exam: $475 for members; the pass rate was 67% last year.")

P("Security Officer", "TSA Screener (TSO)")
T("gt-01", "comparison", "TSA officers (transportation security screeners) earn a median of {b.median:c}, far more than the {a.median:c} security guards make, and both jobs need only a {a.edu:c}.", heading="Security Guard vs. TSA Officer")
T("gt-02", "ooh", "Employment of transportation security screeners is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("gt-03", "forum", "security officer here, $17.50/hr at a hospital contract. per BLS guards had a median of {a.median@23~hr:o!2023} an hour in 2023 lol")
T("gt-04", "bullets", "Security guard facts:\n- Jobs (May 2025): {a.oemp:c!2025}\n- Openings each year: {a.open:c}\n- Mean hourly wage: {a.mean~hr:c}")
T("gt-05", "government", "In Nevada, security guards earn an hourly mean of {a.mean=<$18.90>~hr:u}; in Clark County, about {a.mean=<$19.20>~hr:u}.", place="Nevada", own_place={1: "Clark County"})
T("gt-06", "faq", "How many TSOs are there? About {b.oemp:c!2025} screeners in May 2025, compared with {b.oemp@24:o!2024} in May 2024. On average they earn {b.mean:c} a year.", heading="FAQ")
T("gt-07", "career-site", "Security guard jobs are expected to grow {a.pct=<4%>:m} over the decade, adding about {a.chg:c} positions.")
NC("gt-n1", "TSA is hiring at Denver International with a $2,000 bonus; call 1-877-872-7990.")
NC("gt-n2", "Our guard card class is $99 and takes 8 hours; armed certification adds $250.")

P("Forensic Science Tech", "Medical Lab Tech (MLT)")
T("fm-01", "comparison", "CSIs and MLTs both work in labs and both typically need a {a.edu:c}. Forensic science technicians earn a median of {a.median:c}; clinical laboratory technologists and technicians, {b.median:c}.", heading="Forensic Science Tech vs. Medical Lab Tech")
T("fm-02", "ooh", "The median annual wage for forensic science technicians was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("fm-03", "ooh", "Employment of clinical laboratory technologists and technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("fm-04", "forum", "crime scene techs are a tiny field, only {a.oemp@23:o!2023} jobs per BLS in 2023. csi effect is real, everyone wants in")
T("fm-05", "nursing-blog", "Med lab techs are the unseen half of the hospital: about {b.oemp:c} of them run the tests, with a mean salary of {b.mean:c}.")
T("fm-06", "career-site", "In Arizona, forensic science techs earn a median of {a.median=<$69,400>:u}; in Maricopa County, {a.median=<$71,800>:u}.", place="Arizona", own_place={1: "Maricopa County"})
T("fm-07", "bullets", "MLT salary percentiles:\n- 25th percentile: {b.p25:c}\n- 75th percentile: {b.p75:c}\n- Median (May 2024): {b.median@24:o!2024}")
NC("fm-n1", "Our forensic science B.S. requires 120 credits; lab fees are $175 per semester.")
NC("fm-n2", "ASCP MLT exam fee: $225. 42% of our grads work in hospital labs.")

P("Tech Writer", "PR Specialist")
T("tp-01", "tech-blog", "Docs people get paid: technical writers' median is {a.median:c}, while PR specialists sit at {b.median:c}. Both roles usually ask for a {a.edu:c}.", heading="Technical Writer vs. PR Specialist")
T("tp-02", "ooh", "Employment of public relations specialists is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035}. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("tp-03", "forum", "tech writers per BLS: {a.oemp@24:o!2024} jobs in may 2024 and a median of {a.median@24:o!2024} that year. AI is eating the junior roles tho")
T("tp-04", "bullets", "PR specialist pay:\n- Average: {b.mean:c}\n- Top 10%: {b.p90:c}\n- Hourly mean: {b.mean~hr:c}")
T("tp-05", "career-site", "In Washington, technical writers earn a median of {a.median=<$104,800>:u}; in Seattle, {a.median=<$112,300>:u}.", place="Washington", own_place={1: "Seattle"})
T("tp-06", "faq", "How many technical writers are there? About {a.oemp:c!2025} in May 2025, and {a.self:c!2025} of them were self-employed that year.", heading="FAQ")
T("tp-07", "press", "PR specialists held {b.emp:c!2025} jobs in 2025. Their median pay, {b.median*0.7:m}, lags other communications roles.")
NC("tp-n1", "I charge clients $85 an hour for API docs and bill about 30 hours a week.")
NC("tp-n2", "Our agency's retainer starts at $6,500/month; 3 of our top 10 clients are SaaS startups.")

P("Baker", "Butcher")
T("bb-01", "comparison", "Neither trade needs a diploma: bakers and butchers typically need {a.edu:c}. Butchers earn a median of {b.median:c}, bakers {a.median:c}.", heading="Baker vs. Butcher")
T("bb-02", "ooh", "The median hourly wage for butchers and meat cutters was {b.median~hr:c!2025} in May 2025.", heading="Pay")
T("bb-03", "ooh", "Employment of butchers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("bb-04", "forum", "bakers per bls: {a.median@23~hr:o!2023} an hour median in 2023. the 2024-34 release had about {a.self@24:o} self employed. i make $16 at a grocery bakery so checks out")
T("bb-05", "bullets", "Baker at a glance:\n- Jobs: {a.oemp:c}\n- Openings per year: {a.open:c}\n- Self-employed: {a.self:c}\n- Top tenth earn: {a.p90:c}")
T("bb-06", "career-site", "In Iowa, butchers earn a median of {b.median=<$42,100>:u}; in Polk County, {b.median=<$43,900>:u}.", place="Iowa", own_place={1: "Polk County"})
T("bb-07", "school", "Our baking & pastry certificate prepares you for bakery jobs projected to grow {a.pct=<15%>:m} through 2035.")
NC("bb-n1", "A loaf of our sourdough is $9, and the bakery opens at 6 a.m., 7 days a week.")
NC("bb-n2", "Butcher apprenticeship: 2,000 hours, starting at $17 an hour, $1 raise every 6 months.")

P("Hairstylist", "Barber")
T("hb-01", "comparison", "Stylists and barbers both need a {a.edu:c} (a cosmetology or barber license). Barbers earn a median of {b.median:c}, hairstylists {a.median:c}.", heading="Hairstylist vs. Barber")
T("hb-02", "ooh", "Employment of barbers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings for barbers are projected each year, on average, over the decade.", heading="Job Outlook")
T("hb-03", "career-site", "Barbering is a business more than a job: about {b.self:c} of barbers are self-employed, and the mean wage is {b.mean~hr:c} an hour, tips included.")
T("hb-04", "forum", "cosmetologists per BLS: median {a.median@23:o!2023} in 2023, and {a.oemp@23:o!2023} of us on payrolls that year. booth renters arent even counted")
T("hb-05", "bullets", "Hairstylist outlook:\n- Growth, 2025–35: {a.pct:c!2035}\n- Jobs added, 2025–35: {a.chg:c!2035}\n- Openings per year: {a.open:c}")
T("hb-06", "government", "In Georgia, barbers earn a median of {b.median=<$36,800>:u}; in Fulton County, {b.median=<$40,200>:u}.", place="Georgia", own_place={1: "Fulton County"})
T("hb-07", "faq", "Do barbers make more than hairstylists? At the top, yes: the highest 10 percent of barbers earn more than {b.p90:c}, compared with {a.p90:c} for stylists.", heading="FAQ")
NC("hb-n1", "Cosmetology school: 1,500 hours, $16,900 tuition; state board exam fee $120.")
NC("hb-n2", "We charge $45 for a fade and $30 for a beard trim; walk-ins 9-7.")

# ---------------------------------------------------------------- second pass: ranges, weekly/monthly, bounds, old releases, wrong figures
P("Pharmacist (PharmD)", "Optometrist (OD)")
T("po-10", "faq", "What's the salary range for optometrists? The middle half of ODs earn {b.mid~_to:c} a year, and the bottom 10 percent less than {b.p10:c}.", heading="FAQ")
T("po-11", "forum", "pharmacists are at like {a.median*1.3~k:m} median now per BLS? no way. more like 140 where i am")
P("MRI Tech", "Cardiovascular Tech (CVT)")
T("mc-09", "press", "The hospital's new imaging center will hire 14 MRI technologists. Nationally, MRI techs earned a median of {a.median~wk:c} a week in May 2025, BLS data show.")
T("mc-10", "career-site", "Cardiovascular techs are projected to add about {b.chg:c!2035} jobs through 2035; in the 2024–34 projections, {b.self@24:o} of them were self-employed.")
P("Registered Dietitian (RD)", "Athletic Trainer (ATC)")
T("ra-09", "union", "Our RDs at County General earn $38.15 an hour under the new contract, above the national median of {a.median~hr:c}. Nationally, about {a.self:c} of dietitians work for themselves.")
T("ra-10", "comparison", "Athletic trainers have grown fast: {b.oemp@23:o!2023} jobs in May 2023, {b.oemp:c!2025} by May 2025.")
P("Sheet Metal Worker", "Roofer")
T("sr-09", "government", "Roofers: median {b.median~mo:c} per month; 25th percentile {b.p25:c} a year; 75th percentile {b.p75:c} a year.")
T("sr-10", "forum", "roofers per BLS make like {b.median*0.65~k:m}, and sheet metal is {a.median~k:c}. guess which one im doing")
P("Cybersecurity Analyst", "Systems Analyst")
T("cs-09", "frontmatter", "---\ntitle: \"Systems Analyst vs. Cybersecurity Analyst\"\nsalary_systems_analyst: {b.median:c}\nsalary_infosec: {a.median:c}\ngrowth_infosec_2025_35: {a.pct:c!2035}\n---")
T("cs-10", "faq", "Are systems analyst jobs growing? Yes: BLS expects about {b.open:c} openings a year, and in 2024 it put the median at {b.median@24:o!2024}.", heading="FAQ")
P("Bank Teller", "Tax Preparer")
T("bt-09", "career-site", "Tellers earn between {a.range~_and:c} a year, and the median works out to about {a.median~wk:c} a week.")
T("bt-10", "press", "Tax season hiring is up: nationally, tax preparers earned an average of {b.mean@24:o!2024} in May 2024, and about {b.self@24:o!2024} of them were self-employed that year.")
P("High School Teacher", "Middle School Teacher")
T("hm-08", "union", "Our members deserve better than the national median of {a.median@23:o!2023} that BLS reported for high school teachers in 2023. Middle school teachers did no better: {b.median@23:o!2023} that year.")
T("hm-09", "faq", "How many middle school teachers are there? About {b.emp:c}, and BLS projects {b.chg:c} fewer jobs by the mid-2030s.", heading="FAQ")
P("Forklift Operator", "Warehouse Associate")
T("fw-08", "career-site", "Forklift operators earn more than {a.p10:c} even in the bottom 10 percent. In May 2024, the top 10 percent made over {a.p90@24:o!2024}.")
T("fw-09", "bullets", "Warehouse associate (hand laborer) pay:\n- Median weekly: {b.median~wk:c}\n- Average hourly: {b.mean~hr:c}\n- Top 10%: {b.p90*1.4:m}")
P("Executive Assistant", "Medical Admin Assistant")
T("em-08", "career-site", "Medical admin assistants' jobs are projected to grow {b.pct@24:o!2034} between 2024 and 2034, with {b.chg@24:o!2034} new positions by 2034.")
T("em-09", "forum", "EA to a CEO, i make 95k. per bls the median EA made {a.median*1.35~k:m} which seems high??")
P("Outside Sales Rep", "Sales Manager")
T("ss-08", "press", "Sales managers held {b.oemp:c!2025} jobs in May 2025, BLS reported, and the average annual wage was {b.mean:c!2025}.")
T("ss-09", "bullets", "Sales rep quick facts:\n- Median monthly: {a.median~mo:c}\n- Jobs: {a.emp:c}\n- Outlook: {a.desc=<decline>:c}")
P("Healthcare Administrator", "HR Manager (SHRM-CP)")
T("hh-08", "government", "Medical and health services managers: projected growth {a.pct@24:o!2034} (2024–34), {a.chg@24:o!2034} jobs added by 2034.")
T("hh-09", "faq", "Do HR managers need a master's? Some guides say BLS lists a {b.edu=<master's degree>:m} as the typical entry level for HR managers. Either way, the median pay is {b.median:c}.", heading="FAQ")
P("Security Officer", "TSA Screener (TSO)")
T("gt-08", "comparison", "Security officers outnumber TSOs more than twenty to one: {a.emp:c!2025} versus {b.emp:c!2025} in 2025.")
T("gt-09", "forum", "tso here. per BLS screeners made {b.median@23:o!2023} median in 2023 and now it's {b.median:c!2025} in 2025, the pay reform was real")
P("Forensic Science Tech", "Medical Lab Tech (MLT)")
T("fm-08", "career-site", "Forensic science technician jobs are projected to grow {a.pct=<25%>:m} over the decade, though only about {a.oemp:c} people hold the job.")
T("fm-09", "faq", "How much do MLTs make per week? The median is about {b.median~wk:c}; the average hourly wage is {b.mean~hr:c}.", heading="FAQ")
P("Tech Writer", "PR Specialist")
T("tp-08", "comparison", "PR specialists are projected to grow {b.pct@24:o!2034} from 2024 to 2034. The 2024–34 projections listed {b.open@24:o!2034} openings a year.")
T("tp-09", "bullets", "Tech writer pay (May 2025):\n- 10th percentile: {a.p10:c!2025}\n- 90th percentile: {a.p90:c!2025}\n- Mean: {a.mean:c!2025}")
P("Baker", "Butcher")
T("bb-08", "comparison", "Butchers earn an average of {b.mean:c}, and the top 10 percent more than {b.p90:c}; bakers average {a.mean~hr:c} an hour.")
T("bb-09", "forum", "per BLS butchers had {b.oemp@24:o!2024} jobs in 2024 and only {b.pct@24:o!2034} growth from 2024 to 2034. meat cutting is automated now")
P("Hairstylist", "Barber")
T("hb-08", "career-site", "Barbers held about {b.oemp@24:o!2024} jobs in May 2024; today there are about {b.oemp:c!2025} (May 2025).")
T("hb-09", "faq", "Is cosmetology a growing field? BLS projects {a.pct~pc:c!2035} growth through 2035, {a.desc=<much faster than the average>:c!2035}.", heading="FAQ")


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout21:\n  " + "\n  ".join(errs))
    if "--flips" in sys.argv:
        caught, total = flips(ITEMS)
        print(f"label flips caught by check(): {caught}/{total}")
    with open(os.path.join(HERE, "claims.json"), "w", encoding="utf-8") as f:
        json.dump(strip(ITEMS), f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "not-claims.json"), "w", encoding="utf-8") as f:
        json.dump(NOT, f, indent=2, ensure_ascii=False)
        f.write("\n")
    n = sum(len(i["claims"]) for i in ITEMS)
    print(f"wrote {len(ITEMS)} items, {n} claims, {len(NOT)} not-claims")
    if "--stats" in sys.argv:
        from collections import Counter
        cs = [c for i in strip(ITEMS) for c in i["claims"]]
        print(Counter(c["verdict"] for c in cs)); print(Counter(c["kind"] for c in cs))
        print(Counter(c["statistic"] for c in cs if c["kind"] == "salary")); print(Counter(i["style"] for i in ITEMS))
        print(Counter(c["period"] for c in cs if c["kind"] == "salary")); print(Counter(c["year"] for c in cs if c["year"]))
        print(sum(1 for c in cs if c["place"]), "with a place")


if __name__ == "__main__":
    main()
