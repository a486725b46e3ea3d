#!/usr/bin/env python3
"""Generate claims-holdout14 (claims.json, not-claims.json): a blind labelled corpus.

Machinery copied from make-holdout8.py (DATA, tokens, check(), strip(), --flips, --stats); DATA and items are new.
Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement.
Run: python3 make-holdout14.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"rad": {"query": "Radiologist", "soc": "29-1224", "title": "Radiologists", "oews2025": {"mean": 381530, "median": 420860, "p10": 89010, "p25": 216800, "p75": 506010, "p90": 594410, "hourlyMean": 183.43, "employment": 26770}, "oews2024": {"mean": 359820, "p10": 82810, "p25": 204330, "hourlyMean": 172.99, "employment": 26290}, "oews2023": {"mean": 353960, "p10": 79760, "p25": 206430, "hourlyMean": 170.17, "employment": 31960}, "ep2025": {"changePercent": 3.4, "changeNumeric": 1, "openingsPerYear": 0.7, "employmentBase": 28.7, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.8}, "ep2024": {"changePercent": 2.7, "changeNumeric": 0.8, "openingsPerYear": 0.8, "employmentBase": 28.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.7}},
"path": {"query": "Pathologist", "soc": "29-1222", "title": "Physicians, Pathologists", "oews2025": {"mean": 285420, "median": 312400, "p10": 92540, "p25": 186300, "p75": 372780, "p90": 449970, "hourlyMean": 137.22, "employment": 11110}, "oews2024": {"mean": 266020, "p10": 83930, "p25": 165940, "hourlyMean": 127.89, "employment": 11800}, "oews2023": {"mean": 270560, "p10": 74220, "p25": 181090, "hourlyMean": 130.08, "employment": 11020}, "ep2025": {"changePercent": 4.8, "changeNumeric": 0.6, "openingsPerYear": 0.3, "employmentBase": 11.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.6}, "ep2024": {"changePercent": 4.2, "changeNumeric": 0.5, "openingsPerYear": 0.4, "employmentBase": 12.6, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.5}},
"erdoc": {"query": "Emergency Medicine Physician", "soc": "29-1214", "title": "Emergency Medicine Physicians", "oews2025": {"mean": 317480, "median": 335550, "p10": 103610, "p25": 184830, "p75": 418890, "p90": 495910, "hourlyMean": 152.64, "employment": 32880}, "oews2024": {"mean": 320700, "p10": 114680, "p25": 181070, "hourlyMean": 154.19, "employment": 33680}, "oews2023": {"mean": 306640, "p10": 127350, "p25": 224540, "hourlyMean": 147.42, "employment": 35100}, "ep2025": {"changePercent": 3.2, "changeNumeric": 1.1, "openingsPerYear": 0.9, "employmentBase": 34.9, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.7}, "ep2024": {"changePercent": 2.7, "changeNumeric": 1, "openingsPerYear": 1, "employmentBase": 36.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.6}},
"intern": {"query": "Internist", "soc": "29-1216", "title": "General Internal Medicine Physicians", "oews2025": {"mean": 267200, "median": 256560, "p10": 73570, "p25": 124470, "p75": 374850, "p90": 475430, "hourlyMean": 128.46, "employment": 67150}, "oews2024": {"mean": 262710, "median": 236350, "p10": 70100, "p25": 135240, "hourlyMean": 126.31, "employment": 66640}, "oews2023": {"mean": 245450, "median": 223310, "p10": 70120, "p25": 108380, "hourlyMean": 118.01, "employment": 67210}, "ep2025": {"changePercent": 4, "changeNumeric": 2.9, "openingsPerYear": 1.9, "employmentBase": 73.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.6}, "ep2024": {"changePercent": 3.3, "changeNumeric": 2.4, "openingsPerYear": 2.1, "employmentBase": 73.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.3}},
"neuro": {"query": "Neurologist", "soc": "29-1217", "title": "Neurologists", "oews2025": {"mean": 267630, "median": 248560, "p10": 83370, "p25": 155990, "p75": 357990, "p90": 450780, "hourlyMean": 128.67, "employment": 10590}, "oews2024": {"mean": 286310, "p10": 83500, "p25": 140970, "hourlyMean": 137.65, "employment": 7700}, "oews2023": {"mean": 271470, "p10": 82990, "p25": 130790, "hourlyMean": 130.51, "employment": 9350}, "ep2025": {"changePercent": 6.4, "changeNumeric": 0.7, "openingsPerYear": 0.3, "employmentBase": 11.4, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.7}, "ep2024": {"changePercent": 5.4, "changeNumeric": 0.5, "openingsPerYear": 0.3, "employmentBase": 8.3, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.6}},
"ortho": {"query": "Orthopedic Surgeon", "soc": "29-1242", "title": "Orthopedic Surgeons, Except Pediatric", "oews2025": {"mean": 373570, "median": 358550, "p10": 84170, "p25": 180610, "p75": 530700, "p90": 659290, "hourlyMean": 179.6, "employment": 14100}, "oews2024": {"mean": 365060, "p10": 83390, "p25": 209730, "hourlyMean": 175.51, "employment": 14160}, "oews2023": {"mean": 378250, "p10": 129360, "p25": 212760, "hourlyMean": 181.85, "employment": 14820}, "ep2025": {"changePercent": 4, "changeNumeric": 0.6, "openingsPerYear": 0.4, "employmentBase": 15.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 5.5}, "ep2024": {"changePercent": 4.1, "changeNumeric": 0.6, "openingsPerYear": 0.4, "employmentBase": 14.7, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.7}},
"musther": {"query": "Music Therapist", "soc": "29-1129", "title": "Therapists, All Other", "oews2025": {"mean": 90420, "median": 77930, "p10": 46540, "p25": 58850, "p75": 105760, "p90": 152530, "hourlyMean": 43.47, "employment": 22640}, "oews2024": {"mean": 73800, "median": 65010, "p10": 38840, "p25": 49510, "p75": 85010, "p90": 120050, "hourlyMean": 35.48, "employment": 19320}, "oews2023": {"mean": 75660, "median": 63650, "p10": 40790, "p25": 50760, "p75": 89050, "p90": 124530, "hourlyMean": 36.38, "employment": 16490}, "ep2025": {"changePercent": 12.6, "changeNumeric": 7.1, "openingsPerYear": 3.6, "employmentBase": 56.1, "education": "Bachelor's degree", "selfEmployedPercent": 58.8}, "ep2024": {"changePercent": 11.5, "changeNumeric": 6.4, "openingsPerYear": 4.1, "employmentBase": 56.1, "education": "Bachelor's degree", "selfEmployedPercent": 63.3}},
"musprof": {"query": "Music Professor", "soc": "25-1121", "title": "Art, Drama, and Music Teachers, Postsecondary", "oews2025": {"mean": 94700, "median": 78620, "p10": 47570, "p25": 61620, "p75": 103850, "p90": 163350, "employment": 93560}, "oews2024": {"mean": 102240, "median": 80190, "p10": 47040, "p25": 60730, "p75": 121600, "p90": 194530, "employment": 97890}, "oews2023": {"mean": 100840, "median": 80360, "p10": 47570, "p25": 61970, "p75": 110120, "p90": 178670, "employment": 101500}, "ep2025": {"changePercent": 2.2, "changeNumeric": 2.6, "openingsPerYear": 8, "employmentBase": 116.9, "education": "Master's degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 1.7, "changeNumeric": 2.1, "openingsPerYear": 9, "employmentBase": 122.8, "education": "Master's degree", "selfEmployedPercent": 0.4}},
"tower": {"query": "Tower Technician", "soc": "49-2021", "title": "Radio, Cellular, and Tower Equipment Installers and Repairers", "oews2025": {"mean": 69870, "median": 63520, "p10": 44460, "p25": 50580, "p75": 82370, "p90": 103990, "hourlyMean": 33.59, "employment": 11140}, "oews2024": {"mean": 69180, "median": 64190, "p10": 42360, "p25": 50610, "p75": 84770, "p90": 102550, "hourlyMean": 33.26, "employment": 11400}, "oews2023": {"mean": 64360, "median": 61310, "p10": 38880, "p25": 48380, "p75": 79800, "p90": 95680, "hourlyMean": 30.94, "employment": 11810}, "ep2025": {"changePercent": 1.2, "changeNumeric": 0.1, "openingsPerYear": 1, "employmentBase": 11.3, "education": "Associate's degree", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 8.6, "changeNumeric": 1, "openingsPerYear": 1.2, "employmentBase": 11.7, "education": "Associate's degree", "selfEmployedPercent": 1.7}},
"substa": {"query": "Substation Technician", "soc": "49-2095", "title": "Electrical and Electronics Repairers, Powerhouse, Substation, and Relay", "oews2025": {"mean": 100760, "median": 103020, "p10": 65730, "p25": 81860, "p75": 118870, "p90": 129920, "hourlyMean": 48.44, "employment": 20720}, "oews2024": {"mean": 97460, "median": 100940, "p10": 60820, "p25": 79930, "p75": 114740, "p90": 127970, "hourlyMean": 46.86, "employment": 23040}, "oews2023": {"mean": 92840, "median": 96600, "p10": 58890, "p25": 78340, "p75": 107830, "p90": 122840, "hourlyMean": 44.63, "employment": 24790}, "ep2025": {"changePercent": 9.7, "changeNumeric": 2, "openingsPerYear": 1.8, "employmentBase": 20.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.5, "changeNumeric": 1.3, "openingsPerYear": 2, "employmentBase": 23.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"cncprog": {"query": "CNC Programmer", "soc": "51-9162", "title": "Computer Numerically Controlled Tool Programmers", "oews2025": {"mean": 72210, "median": 68120, "p10": 47530, "p25": 58270, "p75": 81890, "p90": 100320, "hourlyMean": 34.72, "employment": 28500}, "oews2024": {"mean": 69880, "median": 65670, "p10": 45760, "p25": 55960, "p75": 80300, "p90": 97930, "hourlyMean": 33.6, "employment": 28230}, "oews2023": {"mean": 67650, "median": 63440, "p10": 45980, "p25": 53750, "p75": 78200, "p90": 94880, "hourlyMean": 32.52, "employment": 28030}, "ep2025": {"changePercent": 5.9, "changeNumeric": 1.7, "openingsPerYear": 2.7, "employmentBase": 28.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 12.8, "changeNumeric": 3.6, "openingsPerYear": 3.1, "employmentBase": 28.3, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"grinder": {"query": "Tool Grinder", "soc": "51-4194", "title": "Tool Grinders, Filers, and Sharpeners", "oews2025": {"mean": 53240, "median": 50060, "p10": 35350, "p25": 40800, "p75": 62150, "p90": 77170, "hourlyMean": 25.59, "employment": 5600}, "oews2024": {"mean": 51790, "median": 48970, "p10": 33770, "p25": 39520, "p75": 60210, "p90": 74120, "hourlyMean": 24.9, "employment": 5730}, "oews2023": {"mean": 48520, "median": 46410, "p10": 32020, "p25": 38030, "p75": 56950, "p90": 68150, "hourlyMean": 23.33, "employment": 6660}, "ep2025": {"changePercent": -6.8, "changeNumeric": -0.4, "openingsPerYear": 0.5, "employmentBase": 5.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.6}, "ep2024": {"changePercent": -7.8, "changeNumeric": -0.5, "openingsPerYear": 0.5, "employmentBase": 5.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}},
"pack": {"query": "Packaging Machine Operator", "soc": "51-9111", "title": "Packaging and Filling Machine Operators and Tenders", "oews2025": {"mean": 44590, "median": 43220, "p10": 33390, "p25": 36850, "p75": 49070, "p90": 60030, "hourlyMean": 21.44, "employment": 379060}, "oews2024": {"mean": 43630, "median": 40900, "p10": 31890, "p25": 36250, "p75": 48440, "p90": 58910, "hourlyMean": 20.98, "employment": 383860}, "oews2023": {"mean": 41200, "median": 38330, "p10": 30050, "p25": 34440, "p75": 46540, "p90": 56070, "hourlyMean": 19.81, "employment": 371600}, "ep2025": {"changePercent": 4.1, "changeNumeric": 15.6, "openingsPerYear": 41.4, "employmentBase": 377.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 4.5, "changeNumeric": 17, "openingsPerYear": 45.3, "employmentBase": 381.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"foodcook": {"query": "Food Cooking Machine Operator", "soc": "51-3093", "title": "Food Cooking Machine Operators and Tenders", "oews2025": {"mean": 42570, "median": 41590, "p10": 31680, "p25": 36190, "p75": 47380, "p90": 54410, "hourlyMean": 20.47, "employment": 31250}, "oews2024": {"mean": 41930, "median": 40550, "p10": 30540, "p25": 35310, "p75": 47420, "p90": 54170, "hourlyMean": 20.16, "employment": 27660}, "oews2023": {"mean": 39770, "median": 38550, "p10": 28720, "p25": 33430, "p75": 45870, "p90": 50910, "hourlyMean": 19.12, "employment": 29730}, "ep2025": {"changePercent": -0.3, "changeNumeric": -0.1, "openingsPerYear": 3.7, "employmentBase": 31.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 0.6, "changeNumeric": 0.2, "openingsPerYear": 4.4, "employmentBase": 29.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.2}},
"route": {"query": "Route Sales Driver", "soc": "53-3031", "title": "Driver/Sales Workers", "oews2025": {"mean": 40730, "median": 38770, "p10": 22590, "p25": 30200, "p75": 49000, "p90": 59980, "hourlyMean": 19.58, "employment": 409180}, "oews2024": {"mean": 39670, "median": 37130, "p10": 21760, "p25": 29120, "p75": 47590, "p90": 59730, "hourlyMean": 19.07, "employment": 417420}, "oews2023": {"mean": 38230, "median": 35420, "p10": 20800, "p25": 25900, "p75": 46640, "p90": 61080, "hourlyMean": 18.38, "employment": 463120}, "ep2025": {"changePercent": 7.9, "changeNumeric": 35.2, "openingsPerYear": 45.5, "employmentBase": 442.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.3}, "ep2024": {"changePercent": 8.8, "changeNumeric": 39.8, "openingsPerYear": 51.3, "employmentBase": 451.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.9}},
"vend": {"query": "Vending Machine Technician", "soc": "49-9091", "title": "Coin, Vending, and Amusement Machine Servicers and Repairers", "oews2025": {"mean": 49770, "median": 47450, "p10": 34320, "p25": 39760, "p75": 58110, "p90": 66370, "hourlyMean": 23.93, "employment": 26410}, "oews2024": {"mean": 48530, "median": 47350, "p10": 31420, "p25": 38580, "p75": 56290, "p90": 64720, "hourlyMean": 23.33, "employment": 28260}, "oews2023": {"mean": 45840, "median": 44980, "p10": 28840, "p25": 35420, "p75": 53550, "p90": 63300, "hourlyMean": 22.04, "employment": 36100}, "ep2025": {"changePercent": -3.4, "changeNumeric": -1.2, "openingsPerYear": 3.8, "employmentBase": 34.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 23.4}, "ep2024": {"changePercent": -2.9, "changeNumeric": -0.9, "openingsPerYear": 3.5, "employmentBase": 32.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.5}},
"fsup": {"query": "First-Line Supervisors of Food Preparation and Serving Workers", "soc": "35-1012", "title": "First-Line Supervisors of Food Preparation and Serving Workers", "oews2025": {"mean": 46180, "median": 44080, "p10": 29940, "p25": 35980, "p75": 54570, "p90": 65570, "hourlyMean": 22.2, "employment": 1223240}, "oews2024": {"mean": 44900, "median": 42010, "p10": 29340, "p25": 35400, "p75": 50920, "p90": 63420, "hourlyMean": 21.59, "employment": 1187460}, "oews2023": {"mean": 43310, "median": 38520, "p10": 28830, "p25": 34480, "p75": 48680, "p90": 62320, "hourlyMean": 20.82, "employment": 1176540}, "ep2025": {"changePercent": 5.4, "changeNumeric": 67.1, "openingsPerYear": 171.5, "employmentBase": 1236.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 6, "changeNumeric": 73, "openingsPerYear": 183.9, "employmentBase": 1215, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.6}},
"dietary": {"query": "Food Servers, Nonrestaurant", "soc": "35-3041", "title": "Food Servers, Nonrestaurant", "oews2025": {"mean": 36140, "median": 35360, "p10": 28030, "p25": 31190, "p75": 38500, "p90": 46120, "hourlyMean": 17.37, "employment": 293900}, "oews2024": {"mean": 35030, "median": 34460, "p10": 26590, "p25": 29800, "p75": 37550, "p90": 44770, "hourlyMean": 16.84, "employment": 271780}, "oews2023": {"mean": 33840, "median": 33110, "p10": 24480, "p25": 28640, "p75": 36780, "p90": 43740, "hourlyMean": 16.27, "employment": 267840}, "ep2025": {"changePercent": 4.5, "changeNumeric": 13.3, "openingsPerYear": 48.8, "employmentBase": 296.3, "education": "No formal educational credential", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 3, "changeNumeric": 8.2, "openingsPerYear": 48, "employmentBase": 277.2, "education": "No formal educational credential", "selfEmployedPercent": 0.1}},
"molder": {"query": "Foundry Molder", "soc": "51-4071", "title": "Foundry Mold and Coremakers", "oews2025": {"mean": 49860, "median": 48110, "p10": 37160, "p25": 41870, "p75": 57350, "p90": 62640, "hourlyMean": 23.97, "employment": 12790}, "oews2024": {"mean": 46910, "median": 45700, "p10": 36220, "p25": 39370, "p75": 51360, "p90": 61390, "hourlyMean": 22.55, "employment": 12720}, "oews2023": {"mean": 45130, "median": 44300, "p10": 33070, "p25": 37390, "p75": 50380, "p90": 61300, "hourlyMean": 21.7, "employment": 11780}, "ep2025": {"changePercent": -23, "changeNumeric": -2.9, "openingsPerYear": 0.8, "employmentBase": 12.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -25.9, "changeNumeric": -3.3, "openingsPerYear": 0.9, "employmentBase": 12.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"pourer": {"query": "Metal Pourer", "soc": "51-4052", "title": "Pourers and Casters, Metal", "oews2025": {"mean": 54290, "median": 51810, "p10": 38480, "p25": 45190, "p75": 61700, "p90": 72040, "hourlyMean": 26.1, "employment": 4560}, "oews2024": {"mean": 51320, "median": 48940, "p10": 37250, "p25": 41410, "p75": 59850, "p90": 68030, "hourlyMean": 24.68, "employment": 5830}, "oews2023": {"mean": 50110, "median": 48690, "p10": 36220, "p25": 40140, "p75": 57780, "p90": 68280, "hourlyMean": 24.09, "employment": 5460}, "ep2025": {"changePercent": -5, "changeNumeric": -0.2, "openingsPerYear": 0.4, "employmentBase": 4.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -4.7, "changeNumeric": -0.3, "openingsPerYear": 0.6, "employmentBase": 5.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}},
"heat": {"query": "Heat Treater", "soc": "51-4191", "title": "Heat Treating Equipment Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 50450, "median": 48750, "p10": 35180, "p25": 40660, "p75": 58400, "p90": 66350, "hourlyMean": 24.26, "employment": 14000}, "oews2024": {"mean": 49030, "median": 47450, "p10": 35260, "p25": 39900, "p75": 56330, "p90": 64290, "hourlyMean": 23.57, "employment": 14590}, "oews2023": {"mean": 46540, "median": 44240, "p10": 34850, "p25": 38330, "p75": 51570, "p90": 61410, "hourlyMean": 22.38, "employment": 14950}, "ep2025": {"changePercent": -9.5, "changeNumeric": -1.4, "openingsPerYear": 1.1, "employmentBase": 14.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.6}, "ep2024": {"changePercent": -12.8, "changeNumeric": -1.9, "openingsPerYear": 1.2, "employmentBase": 14.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}},
"plating": {"query": "Plating Technician", "soc": "51-4193", "title": "Plating Machine Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 45100, "median": 43960, "p10": 33790, "p25": 37260, "p75": 49600, "p90": 60370, "hourlyMean": 21.69, "employment": 32410}, "oews2024": {"mean": 43820, "median": 41600, "p10": 31940, "p25": 36620, "p75": 48990, "p90": 58320, "hourlyMean": 21.07, "employment": 31510}, "oews2023": {"mean": 42550, "median": 39740, "p10": 30730, "p25": 35480, "p75": 47530, "p90": 57550, "hourlyMean": 20.46, "employment": 31970}, "ep2025": {"changePercent": -9.7, "changeNumeric": -3.2, "openingsPerYear": 2.5, "employmentBase": 33.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.6}, "ep2024": {"changePercent": -13.6, "changeNumeric": -4.3, "openingsPerYear": 2.5, "employmentBase": 31.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}},
"execasst": {"query": "Executive Assistant", "soc": "43-6011", "title": "Executive Secretaries and Executive Administrative Assistants", "oews2025": {"mean": 79140, "median": 76590, "p10": 50560, "p25": 61390, "p75": 94390, "p90": 109850, "hourlyMean": 38.05, "employment": 459910}, "oews2024": {"mean": 77060, "median": 74260, "p10": 48300, "p25": 60000, "p75": 90440, "p90": 107710, "hourlyMean": 37.05, "employment": 472770}, "oews2023": {"mean": 73680, "median": 70310, "p10": 45910, "p25": 56960, "p75": 84860, "p90": 104000, "hourlyMean": 35.42, "employment": 483570}, "ep2025": {"changePercent": 0, "changeNumeric": -0.1, "openingsPerYear": 43.3, "employmentBase": 489.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": -1.6, "changeNumeric": -7.9, "openingsPerYear": 50, "employmentBase": 502.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}},
"prodplan": {"query": "Production Planner", "soc": "43-5061", "title": "Production, Planning, and Expediting Clerks", "oews2025": {"mean": 62150, "median": 59650, "p10": 40080, "p25": 47820, "p75": 75000, "p90": 86000, "hourlyMean": 29.88, "employment": 390160}, "oews2024": {"mean": 60420, "median": 57770, "p10": 38570, "p25": 46600, "p75": 71480, "p90": 84810, "hourlyMean": 29.05, "employment": 385000}, "oews2023": {"mean": 57610, "median": 53900, "p10": 36640, "p25": 44330, "p75": 67290, "p90": 81410, "hourlyMean": 27.7, "employment": 393980}, "ep2025": {"changePercent": -1.3, "changeNumeric": -5, "openingsPerYear": 32.6, "employmentBase": 392.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": -1.8, "changeNumeric": -7.1, "openingsPerYear": 34.1, "employmentBase": 388.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"physprof": {"query": "Physics Professor", "soc": "25-1054", "title": "Physics Teachers, Postsecondary", "oews2025": {"mean": 111460, "median": 100310, "p10": 60200, "p25": 74050, "p75": 132650, "p90": 177850, "employment": 13090}, "oews2024": {"mean": 105460, "median": 97360, "p10": 54880, "p25": 66730, "p75": 130150, "p90": 169740, "employment": 13590}, "oews2023": {"mean": 106950, "median": 98020, "p10": 55150, "p25": 66780, "p75": 131140, "p90": 171820, "employment": 14030}, "ep2025": {"changePercent": 2.4, "changeNumeric": 0.4, "openingsPerYear": 1.1, "employmentBase": 16.4, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.5, "changeNumeric": 0.4, "openingsPerYear": 1.3, "employmentBase": 17.1, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"electeng": {"query": "Electronics Engineer", "soc": "17-2072", "title": "Electronics Engineers, Except Computer", "oews2025": {"mean": 137280, "median": 130220, "p10": 81840, "p25": 101680, "p75": 167670, "p90": 206960, "hourlyMean": 66, "employment": 96900}, "oews2024": {"mean": 132500, "median": 127590, "p10": 79390, "p25": 98920, "p75": 164000, "p90": 199060, "hourlyMean": 63.7, "employment": 93940}, "oews2023": {"mean": 124190, "median": 119200, "p10": 76700, "p25": 93380, "p75": 151610, "p90": 179690, "hourlyMean": 59.71, "employment": 96410}, "ep2025": {"changePercent": 3.7, "changeNumeric": 3.6, "openingsPerYear": 4.9, "employmentBase": 98.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 6.2, "changeNumeric": 6, "openingsPerYear": 5.7, "employmentBase": 95.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.9}},
"marine": {"query": "Motorboat Mechanics and Service Technicians", "soc": "49-3051", "title": "Motorboat Mechanics and Service Technicians", "oews2025": {"mean": 58070, "median": 57550, "p10": 36950, "p25": 46750, "p75": 66620, "p90": 79330, "hourlyMean": 27.92, "employment": 23220}, "oews2024": {"mean": 56450, "median": 54950, "p10": 35950, "p25": 45070, "p75": 65120, "p90": 78820, "hourlyMean": 27.14, "employment": 24250}, "oews2023": {"mean": 52620, "median": 49990, "p10": 35010, "p25": 41540, "p75": 61210, "p90": 73600, "hourlyMean": 25.3, "employment": 23230}, "ep2025": {"changePercent": 4.9, "changeNumeric": 1.2, "openingsPerYear": 2.6, "employmentBase": 25, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.3}, "ep2024": {"changePercent": 6, "changeNumeric": 1.6, "openingsPerYear": 2.6, "employmentBase": 26.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.9}},
"marelec": {"query": "Marine Electronics Technician", "soc": "49-2093", "title": "Electrical and Electronics Installers and Repairers, Transportation Equipment", "oews2025": {"mean": 83300, "median": 84890, "p10": 50750, "p25": 63560, "p75": 98850, "p90": 116810, "hourlyMean": 40.05, "employment": 6940}, "oews2024": {"mean": 80980, "median": 82730, "p10": 49490, "p25": 65750, "p75": 95730, "p90": 106110, "hourlyMean": 38.93, "employment": 7310}, "oews2023": {"mean": 76380, "median": 79160, "p10": 46720, "p25": 64060, "p75": 86500, "p90": 99570, "hourlyMean": 36.72, "employment": 7920}, "ep2025": {"changePercent": 5.4, "changeNumeric": 0.4, "openingsPerYear": 0.5, "employmentBase": 6.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 6.1, "changeNumeric": 0.4, "openingsPerYear": 0.6, "employmentBase": 7, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"caraudio": {"query": "Car Audio Installer", "soc": "49-2096", "title": "Electronic Equipment Installers and Repairers, Motor Vehicles", "oews2025": {"mean": 51560, "median": 48420, "p10": 35590, "p25": 43310, "p75": 58500, "p90": 70170, "hourlyMean": 24.79, "employment": 8550}, "oews2024": {"mean": 50240, "median": 47940, "p10": 31680, "p25": 39970, "p75": 58900, "p90": 70480, "hourlyMean": 24.16, "employment": 10140}, "oews2023": {"mean": 47570, "median": 45570, "p10": 32380, "p25": 37790, "p75": 54690, "p90": 64880, "hourlyMean": 22.87, "employment": 8900}, "ep2025": {"changePercent": -14.5, "changeNumeric": -1.3, "openingsPerYear": 0.4, "employmentBase": 8.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -13.6, "changeNumeric": -1.4, "openingsPerYear": 0.6, "employmentBase": 10.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"hometheater": {"query": "Home Theater Installer", "soc": "49-2097", "title": "Audiovisual Equipment Installers and Repairers", "oews2025": {"mean": 57930, "median": 52600, "p10": 36760, "p25": 44490, "p75": 67300, "p90": 84190, "hourlyMean": 27.85, "employment": 19780}, "oews2024": {"mean": 55740, "median": 50620, "p10": 36310, "p25": 43330, "p75": 63250, "p90": 82150, "hourlyMean": 26.8, "employment": 22170}, "oews2023": {"mean": 52720, "median": 48380, "p10": 33260, "p25": 39940, "p75": 62340, "p90": 78780, "hourlyMean": 25.35, "employment": 24720}, "ep2025": {"changePercent": 4.8, "changeNumeric": 1.1, "openingsPerYear": 2.2, "employmentBase": 22.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 10.1}, "ep2024": {"changePercent": 6.6, "changeNumeric": 1.6, "openingsPerYear": 2.6, "employmentBase": 24.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 8.4}},
"ophth": {"query": "Ophthalmologist", "soc": "29-1241", "title": "Ophthalmologists, Except Pediatric", "oews2025": {"mean": 304650, "median": 300080, "p10": 100180, "p25": 173650, "p75": 421530, "p90": 489710, "hourlyMean": 146.47, "employment": 8950}, "oews2024": {"mean": 301500, "p10": 104240, "p25": 181490, "hourlyMean": 144.95, "employment": 12110}, "oews2023": {"mean": 312120, "p10": 115520, "p25": 200000, "hourlyMean": 150.06, "employment": 11530}, "ep2025": {"changePercent": 4.5, "changeNumeric": 0.4, "openingsPerYear": 0.2, "employmentBase": 9.7, "education": "Doctoral or professional degree", "selfEmployedPercent": 5.7}, "ep2024": {"changePercent": 4.3, "changeNumeric": 0.5, "openingsPerYear": 0.3, "employmentBase": 12.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.7}},
"obgyn": {"query": "OB-GYN", "soc": "29-1218", "title": "Obstetricians and Gynecologists", "oews2025": {"mean": 279040, "median": 292910, "p10": 94680, "p25": 179810, "p75": 369390, "p90": 437300, "hourlyMean": 134.16, "employment": 21260}, "oews2024": {"mean": 281130, "p10": 94750, "p25": 188130, "hourlyMean": 135.16, "employment": 19900}, "oews2023": {"mean": 278660, "p10": 89850, "p25": 186290, "hourlyMean": 133.97, "employment": 19820}, "ep2025": {"changePercent": 1.7, "changeNumeric": 0.4, "openingsPerYear": 0.5, "employmentBase": 22.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.8}, "ep2024": {"changePercent": 1.2, "changeNumeric": 0.3, "openingsPerYear": 0.6, "employmentBase": 21.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.7}},
"rolling": {"query": "Rolling Mill Operator", "soc": "51-4023", "title": "Rolling Machine Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 53220, "median": 50140, "p10": 37690, "p25": 44020, "p75": 61880, "p90": 70310, "hourlyMean": 25.59, "employment": 25250}, "oews2024": {"mean": 50940, "median": 48630, "p10": 37090, "p25": 41600, "p75": 57730, "p90": 67500, "hourlyMean": 24.49, "employment": 22350}, "oews2023": {"mean": 49290, "median": 47040, "p10": 35690, "p25": 40240, "p75": 55220, "p90": 65830, "hourlyMean": 23.7, "employment": 24750}, "ep2025": {"changePercent": -8.3, "changeNumeric": -2.1, "openingsPerYear": 1.9, "employmentBase": 25.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -8.3, "changeNumeric": -1.9, "openingsPerYear": 1.9, "employmentBase": 22.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"furnace": {"query": "Furnace Operator", "soc": "51-4051", "title": "Metal-Refining Furnace Operators and Tenders", "oews2025": {"mean": 55490, "median": 54430, "p10": 39200, "p25": 46080, "p75": 62810, "p90": 74470, "hourlyMean": 26.68, "employment": 16780}, "oews2024": {"mean": 57290, "median": 55770, "p10": 38760, "p25": 46550, "p75": 65070, "p90": 80280, "hourlyMean": 27.55, "employment": 20330}, "oews2023": {"mean": 54340, "median": 50250, "p10": 37180, "p25": 44080, "p75": 63820, "p90": 82530, "hourlyMean": 26.13, "employment": 20870}, "ep2025": {"changePercent": -2.9, "changeNumeric": -0.5, "openingsPerYear": 1.4, "employmentBase": 16.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -2.3, "changeNumeric": -0.5, "openingsPerYear": 2, "employmentBase": 20.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}},
"lathe": {"query": "Lathe Operator", "soc": "51-4034", "title": "Lathe and Turning Machine Tool Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 52490, "median": 50620, "p10": 36670, "p25": 43250, "p75": 60700, "p90": 69700, "hourlyMean": 25.24, "employment": 16710}, "oews2024": {"mean": 50190, "median": 48620, "p10": 36200, "p25": 41180, "p75": 58100, "p90": 65450, "hourlyMean": 24.13, "employment": 18970}, "oews2023": {"mean": 48850, "median": 47110, "p10": 35760, "p25": 39460, "p75": 55860, "p90": 64470, "hourlyMean": 23.48, "employment": 19560}, "ep2025": {"changePercent": -11.3, "changeNumeric": -1.9, "openingsPerYear": 1.4, "employmentBase": 16.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -13.6, "changeNumeric": -2.6, "openingsPerYear": 1.5, "employmentBase": 18.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"drill": {"query": "Drilling Machine Operator", "soc": "51-4032", "title": "Drilling and Boring Machine Tool Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 51810, "median": 49080, "p10": 36300, "p25": 41710, "p75": 57940, "p90": 68410, "hourlyMean": 24.91, "employment": 4680}, "oews2024": {"mean": 50330, "median": 46630, "p10": 35360, "p25": 41100, "p75": 56820, "p90": 65200, "hourlyMean": 24.2, "employment": 5310}, "oews2023": {"mean": 47490, "median": 44620, "p10": 34550, "p25": 38840, "p75": 53410, "p90": 62820, "hourlyMean": 22.83, "employment": 5740}, "ep2025": {"changePercent": -9.5, "changeNumeric": -0.4, "openingsPerYear": 0.4, "employmentBase": 4.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -19.6, "changeNumeric": -1, "openingsPerYear": 0.4, "employmentBase": 5.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"conveyor": {"query": "Conveyor Operator", "soc": "53-7011", "title": "Conveyor Operators and Tenders", "oews2025": {"mean": 45080, "median": 42420, "p10": 36180, "p25": 38180, "p75": 48530, "p90": 59470, "hourlyMean": 21.68, "employment": 22930}, "oews2024": {"mean": 44800, "median": 41230, "p10": 34940, "p25": 37500, "p75": 48640, "p90": 60390, "hourlyMean": 21.54, "employment": 26060}, "oews2023": {"mean": 42900, "median": 39260, "p10": 32770, "p25": 35290, "p75": 47000, "p90": 59910, "hourlyMean": 20.63, "employment": 24660}, "ep2025": {"changePercent": -2.6, "changeNumeric": -0.8, "openingsPerYear": 2.2, "employmentBase": 29, "education": "No formal educational credential", "selfEmployedPercent": 20.6}, "ep2024": {"changePercent": -3.4, "changeNumeric": -1, "openingsPerYear": 2.6, "employmentBase": 29.1, "education": "No formal educational credential", "selfEmployedPercent": 8.9}},
"feeder": {"query": "Machine Feeder", "soc": "53-7063", "title": "Machine Feeders and Offbearers", "oews2025": {"mean": 43660, "median": 41220, "p10": 32220, "p25": 36420, "p75": 48480, "p90": 58160, "hourlyMean": 20.99, "employment": 42330}, "oews2024": {"mean": 42840, "median": 39700, "p10": 31480, "p25": 36020, "p75": 48220, "p90": 57010, "hourlyMean": 20.6, "employment": 46690}, "oews2023": {"mean": 41000, "median": 39250, "p10": 29880, "p25": 34610, "p75": 46590, "p90": 53320, "hourlyMean": 19.71, "employment": 44500}, "ep2025": {"changePercent": -13.1, "changeNumeric": -5.5, "openingsPerYear": 4, "employmentBase": 41.8, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -13, "changeNumeric": -6, "openingsPerYear": 4.7, "employmentBase": 46.5, "education": "No formal educational credential", "selfEmployedPercent": 0.9}},
"ramp": {"query": "Ramp Supervisor", "soc": "53-1041", "title": "Aircraft Cargo Handling Supervisors", "oews2025": {"mean": 65010, "median": 58170, "p10": 41690, "p25": 49820, "p75": 78530, "p90": 92160, "hourlyMean": 31.26, "employment": 9760}, "oews2024": {"mean": 66190, "median": 63940, "p10": 38010, "p25": 49020, "p75": 79600, "p90": 96300, "hourlyMean": 31.82, "employment": 10160}, "oews2023": {"mean": 64950, "median": 58920, "p10": 45770, "p25": 50390, "p75": 76270, "p90": 91400, "hourlyMean": 31.23, "employment": 9020}, "ep2025": {"changePercent": 9.2, "changeNumeric": 0.9, "openingsPerYear": 0.9, "employmentBase": 9.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 5.2, "changeNumeric": 0.5, "openingsPerYear": 1.1, "employmentBase": 10.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}},
"resagent": {"query": "Reservation Agent", "soc": "43-4181", "title": "Reservation and Transportation Ticket Agents and Travel Clerks", "oews2025": {"mean": 49630, "median": 44390, "p10": 32140, "p25": 37850, "p75": 59640, "p90": 78150, "hourlyMean": 23.86, "employment": 118710}, "oews2024": {"mean": 47720, "median": 41460, "p10": 34550, "p25": 37200, "p75": 54930, "p90": 75050, "hourlyMean": 22.94, "employment": 127440}, "oews2023": {"mean": 46820, "median": 40610, "p10": 31900, "p25": 36070, "p75": 57030, "p90": 71680, "hourlyMean": 22.51, "employment": 119270}, "ep2025": {"changePercent": 2.5, "changeNumeric": 3, "openingsPerYear": 11.8, "employmentBase": 120.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 2.8, "changeNumeric": 3.7, "openingsPerYear": 14.4, "employmentBase": 131.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 3}},
"modelmaker": {"query": "Model Maker", "soc": "51-4061", "title": "Model Makers, Metal and Plastic", "oews2025": {"mean": 68570, "median": 63340, "p10": 39760, "p25": 47360, "p75": 86740, "p90": 99010, "hourlyMean": 32.97, "employment": 2610}, "oews2024": {"mean": 65840, "median": 62700, "p10": 38430, "p25": 48860, "p75": 79470, "p90": 95780, "hourlyMean": 31.65, "employment": 3230}, "oews2023": {"mean": 64920, "median": 64190, "p10": 42470, "p25": 49270, "p75": 76960, "p90": 88420, "hourlyMean": 31.21, "employment": 2840}, "ep2025": {"changePercent": -17.3, "changeNumeric": -0.5, "openingsPerYear": 0.2, "employmentBase": 2.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -18.2, "changeNumeric": -0.6, "openingsPerYear": 0.3, "employmentBase": 3.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"pattern": {"query": "Metal Patternmaker", "soc": "51-4062", "title": "Patternmakers, Metal and Plastic", "oews2025": {"mean": 60610, "median": 58000, "p10": 42460, "p25": 49070, "p75": 69960, "p90": 82590, "hourlyMean": 29.14, "employment": 1470}, "oews2024": {"mean": 57930, "median": 54540, "p10": 39150, "p25": 47520, "p75": 66590, "p90": 79690, "hourlyMean": 27.85, "employment": 1570}, "oews2023": {"mean": 54550, "median": 49670, "p10": 36280, "p25": 44090, "p75": 64830, "p90": 77230, "hourlyMean": 26.22, "employment": 2150}, "ep2025": {"changePercent": -22.8, "changeNumeric": -0.3, "openingsPerYear": 0.1, "employmentBase": 1.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -24.4, "changeNumeric": -0.4, "openingsPerYear": 0.1, "employmentBase": 1.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"press": {"query": "Press Brake Operator", "soc": "51-4031", "title": "Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 48430, "median": 46330, "p10": 35760, "p25": 38870, "p75": 55410, "p90": 65510, "hourlyMean": 23.28, "employment": 171200}, "oews2024": {"mean": 47060, "median": 45590, "p10": 35000, "p25": 38400, "p75": 52150, "p90": 62650, "hourlyMean": 22.62, "employment": 174430}, "oews2023": {"mean": 44260, "median": 42400, "p10": 32640, "p25": 36620, "p75": 49030, "p90": 59810, "hourlyMean": 21.28, "employment": 179230}, "ep2025": {"changePercent": -10.5, "changeNumeric": -17.9, "openingsPerYear": 13.2, "employmentBase": 171, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": -12.1, "changeNumeric": -21.1, "openingsPerYear": 14.4, "employmentBase": 174.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"extrude": {"query": "Extrusion Operator", "soc": "51-4021", "title": "Extruding and Drawing Machine Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 49480, "median": 47720, "p10": 36700, "p25": 40450, "p75": 56840, "p90": 63710, "hourlyMean": 23.79, "employment": 60840}, "oews2024": {"mean": 48170, "median": 46980, "p10": 35390, "p25": 39370, "p75": 54360, "p90": 62470, "hourlyMean": 23.16, "employment": 65700}, "oews2023": {"mean": 45440, "median": 44390, "p10": 32050, "p25": 37320, "p75": 50800, "p90": 59930, "hourlyMean": 21.85, "employment": 63370}, "ep2025": {"changePercent": 0.7, "changeNumeric": 0.4, "openingsPerYear": 5.4, "employmentBase": 60.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 1.2, "changeNumeric": 0.8, "openingsPerYear": 6.5, "employmentBase": 66, "education": "High school diploma or equivalent", "selfEmployedPercent": null}}
}
''')

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
        if "{a." in it["text"] or "{b." in it["text"]:  # a token TOKEN did not match stays unrendered
            errs.append(f"{it['id']}: unrendered token in text")
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
    if c["kind"] == "salary" and c["statistic"] == "median" and not MEDIAN_WORD.search(text):
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
          "No formal educational credential": "no formal educational credential",
          "Some college, no degree": "some college, no degree"}


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
    "Radiologist": "rad", "Pathologist": "path", "Emergency Medicine Physician": "erdoc", "Internist": "intern",
    "Neurologist": "neuro", "Orthopedic Surgeon": "ortho", "Music Therapist": "musther", "Music Professor": "musprof",
    "Tower Technician": "tower", "Substation Technician": "substa", "CNC Programmer": "cncprog",
    "Tool Grinder": "grinder", "Packaging Machine Operator": "pack", "Food Cooking Machine Operator": "foodcook",
    "Route Sales Driver": "route", "Vending Machine Technician": "vend", "Food Service Supervisor": "fsup",
    "Dietary Aide": "dietary", "Foundry Molder": "molder", "Metal Pourer": "pourer", "Heat Treater": "heat",
    "Plating Technician": "plating", "Executive Assistant": "execasst", "Production Planner": "prodplan",
    "Physics Professor": "physprof", "Electronics Engineer": "electeng", "Marine Mechanic": "marine",
    "Marine Electronics Technician": "marelec", "Car Audio Installer": "caraudio", "Home Theater Installer": "hometheater",
    "Ophthalmologist": "ophth", "OB-GYN": "obgyn", "Rolling Mill Operator": "rolling", "Furnace Operator": "furnace",
    "Lathe Operator": "lathe", "Drilling Machine Operator": "drill", "Conveyor Operator": "conveyor",
    "Machine Feeder": "feeder", "Ramp Supervisor": "ramp", "Reservation Agent": "resagent", "Model Maker": "modelmaker",
    "Patternmaker": "pattern", "Press Brake Operator": "press", "Extrusion Operator": "extrude",
}

# ---------------------------------------------------------------- items
P("Radiologist", "Pathologist")
T("rp-01", "ooh", "The median annual wage for radiologists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("rp-02", "comparison", "Radiology and pathology are the two \"doctor's doctor\" specialties: you diagnose from images or from tissue, and you rarely meet patients. Radiologists earn a median of {a.median~k:c} a year, compared with a median of {b.median~k:c} for pathologists, a gap of roughly $108k that mostly reflects imaging volume and overnight reads.", heading="Radiologist vs. Pathologist: Which Specialty Pays More?")
T("rp-03", "table", "| | Radiologist | Pathologist |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Entry-level education | {a.edu=<Doctoral or professional degree>:c} | {b.edu=<Doctoral degree (MD or DO)>:c} |", heading="Radiologist vs. Pathologist at a glance")
T("rp-04", "forum", "MS3 trying to pick between rads and path. Per BLS pathologists average {b.mean@24:o} and rads average {a.mean@24:o}, so the gap isn't as big as SDN makes it sound. My attending says his partnership buy-in was $250k though.")
T("rp-05", "career-site", "Pathologist jobs are projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations, as cancer screening and molecular testing expand.")
T("rp-06", "career-site", "Employment of physicians, pathologists, was projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<about as fast as the average>:o!2034} for all occupations.")
T("rp-07", "career-site", "In California, radiologists earn a median of about {a.median=<$455,000>:u}, among the highest pay for any specialty in the state.", place="California")
T("rp-08", "career-site", "A radiologist's typical salary is about {a.median*0.6~k:m}, and roughly {a.self*3:m} of radiologists are self-employed.")
T("rp-09", "ooh", "Radiologists held about {a.oemp:c!2025} jobs in May 2025, and about {a.self~pc:c!2025} were self-employed.", heading="Work Environment")
T("rp-10", "faq", "Do radiologists make more than pathologists? Usually. The average radiologist earned {a.mean@23:o}, against {b.mean*1.45:m} for the average pathologist.", heading="FAQ")
NC("rp-n1", "Radiology residency runs 4 years after a 1-year internship; most graduates add a 1- or 2-year fellowship.")
NC("rp-n2", "Our teleradiology group pays $1,150 per overnight shift plus an RVU bonus above 60 studies.")

P("Emergency Medicine Physician", "Internist")
T("ei-01", "comparison", "Emergency medicine or internal medicine? According to the BLS, emergency medicine physicians earned a median of {a.median:c!2025} in May 2025, while general internal medicine physicians earned a median of {b.median:c!2025}.", heading="Emergency Medicine Physician vs. Internist: Salary, Schedule and Training")
T("ei-02", "ooh", "The median annual wage for general internal medicine physicians was {b.median@24:o!2024} in May 2024.", heading="Pay")
T("ei-03", "faq", "How much does an ER doctor make in Texas? Emergency physicians in the Houston metro area average about {a.mean=<$349,000>:u} a year.", heading="ER doctor salary FAQ", place="Houston metro area")
T("ei-04", "career-site", "Internal medicine jobs are projected to grow {b.pct:c!2035} through 2035, with about {b.open:c} openings each year.")
T("ei-05", "career-site", "Between 2024 and 2034, internist employment was expected to rise {b.pct@24~pc:o!2034}, or about {b.chg@24:o!2034} jobs.")
T("ei-06", "forum", "per BLS, EM docs make {a.median*1.5~k:m} median lol. Try telling that to my group after the private equity buyout. I'm at $290k and doing 15 shifts a month.")
T("ei-07", "table", "| | ER Physician | Internist |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Top 10% earn | {a.p90:c} | {b.p90:c} |\n| Self-employed | {a.self~pc:c} | n/a |", heading="Pay comparison")
T("ei-08", "ooh", "Emergency medicine physicians held about {a.oemp:c!2025} jobs in 2025.", heading="Work Environment")
T("ei-09", "school", "Both ER physicians and internists need a {a.edu=<doctoral or professional degree>:c} (an MD or DO), followed by a three-year residency.")
T("ei-10", "career-site", "ER doctors earned an average of {a.mean@23:o} a year, according to BLS data, and about {a.self@24~pc:o} of them were self-employed.")
NC("ei-n1", "EM residency is 3 or 4 years; IM residency is 3 years, plus 2 to 3 more for a subspecialty fellowship.")
NC("ei-n2", "Our hospitalist group offers 7-on/7-off scheduling and a $40,000 signing bonus for 2026 starts.")

P("Neurologist", "Orthopedic Surgeon")
T("no-01", "comparison", "Orthopedic surgeons are among the best-paid doctors in the country: their median wage was {b.median:c!2025} in May 2025, versus {a.median:c!2025} for neurologists.", heading="Neurologist or Orthopedic Surgeon for Back Pain?")
T("no-02", "ooh", "Employment of neurologists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. The field will add about {a.chg:c} jobs over the decade.", heading="Job Outlook")
T("no-03", "forum", "ortho makes like {b.median*2~k:m} per BLS. neuro barely clears {a.median*0.6~k:m}. that's why nobody matches neuro")
T("no-04", "career-site", "Neurologists earned an average annual salary of {a.mean@24:o!2024} in May 2024.")
T("no-05", "career-site", "In Ohio, orthopedic surgeons earn a mean of {b.mean=<$391,000>:u}, and the Cleveland metro area employs about {b.oemp=<600>:u} of them.", place="Ohio", own_place={1: "Cleveland metro area"})
T("no-06", "table", "| | Neurologist | Orthopedic surgeon |\n|---|---|---|\n| Median pay (2025) | {a.median~k:c!2025} | {b.median~k:c!2025} |\n| Jobs | {a.oemp:c} | {b.emp:c} |\n| Self-employed | {a.self:c} | {b.self:c} |", heading="Compare the two specialties")
T("no-07", "career-site", "The lowest 10 percent of orthopedic surgeons earned less than {b.p10:c}, while the top 10 percent earned more than {b.p90:c}.")
T("no-08", "career-site", "There were about {a.oemp@24:o} neurologists working in the U.S., according to the BLS.")
T("no-09", "school", "Orthopedic surgeons need a {b.edu=<doctoral or professional degree>:c} followed by a five-year residency; neurologists add a four-year residency to the same MD.")
NC("no-n1", "Most herniated discs improve within 6 to 12 weeks without surgery.")
NC("no-n2", "Dr. Patel sees new patients on Tuesdays and Thursdays; call 614-555-0142 to book.")

P("Music Therapist", "Music Professor")
T("mm-01", "comparison", "If you love music and want a steady paycheck, two paths stand out. Music therapists earn a median salary of {a.median:c}, while college art, drama, and music teachers earn a median of {b.median:c}.", heading="Music Therapist vs. Music Professor: Which Music Career Fits You?")
T("mm-02", "school", "Music therapists typically need a {a.edu:c} in music therapy, and the BLS projects employment in this group of therapists to grow {a.pct:c!2035} from 2025 to 2035.")
T("mm-03", "ooh", "The median annual wage for music therapists was {a.median@23:o!2023} in May 2023.", heading="Pay")
T("mm-04", "career-site", "Nearly {a.self~pc:c} of these therapists are self-employed, many running private practices that charge clients $80 to $120 a session.")
T("mm-05", "faq", "How much do music professors make? The median is {b.median@24:o} a year, and most professors need at least a {b.edu:c}.", heading="FAQ")
T("mm-06", "ooh", "Postsecondary art, drama, and music teachers held about {b.oemp:c!2025} jobs in May 2025, and employment is projected to grow by {b.chg:c!2035} from 2025 to 2035, with about {b.open:c} openings a year.")
T("mm-07", "career-site", "In New York City, music professors average about {b.mean=<$118,000>:u} a year.", place="New York City")
T("mm-08", "forum", "per BLS music therapists make {a.median*1.4~k:m} and the field is growing {a.pct=<25%>:m}?? sign me up, my voice lessons pay $45 an hour")
T("mm-09", "career-site", "College music faculty earn anywhere from {b.range~_asmuch:c} a year, depending on rank and school.")
T("mm-10", "career-site", "Music therapists earn between {a.range@24~_and:o} a year, per the BLS.")
NC("mm-n1", "Board certification (MT-BC) requires 1,200 clinical hours and a $325 exam fee.")
NC("mm-n2", "Dr. Alvarez joined our faculty in 2018 and teaches MUS 210, Music Theory II, every spring.")

P("Tower Technician", "Substation Technician")
T("ts-01", "trade", "Tower technicians (the BLS calls them radio, cellular, and tower equipment installers and repairers) earn a median of {a.median~hr:c} per hour; substation and relay technicians earn a median of {b.median~hr:c} per hour.", heading="Tower Tech vs. Substation Tech: Which Trade Is Right for You?")
T("ts-02", "ooh", "Employment of radio, cellular, and tower equipment installers and repairers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ts-03", "career-site", "Tower tech jobs were projected to grow {a.pct@24:o!2034} between 2024 and 2034, {a.desc=<much faster than average>:o!2034}, thanks to 5G buildouts.")
T("ts-04", "trade", "Substation techs: BLS projects {b.pct:c} growth over the decade, which it calls {b.desc=<much faster than the average>:c}. Our Local's journeyman relay techs make $52.10/hr on the current scale.")
T("ts-05", "school", "You'll need an {a.edu=<associate's>:c} for most tower jobs, while a {b.edu=<postsecondary certificate>:c} is the usual ticket into substation work.")
T("ts-06", "career-site", "In Texas, tower technicians earn about {a.median=<$29>~hr0:u} an hour, and those in Dallas closer to {a.median=<$31>~hr0:u}.", place="Texas", own_place={1: "Dallas"})
T("ts-07", "career-site", "Substation technicians make an average of {b.mean*0.65~k:m} a year.")
T("ts-08", "table", "| | Tower Tech | Substation Tech |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Jobs, 2025 | {a.oemp:c!2025} | {b.emp:c!2025} |\n| Annual openings | {a.open:c} | {b.open:c} |", heading="Side by side")
T("ts-09", "ooh", "The median annual wage for tower technicians was {a.median@23:o!2023} in May 2023.")
T("ts-10", "career-site", "Only about {a.self~pc:c} of tower technicians are self-employed; nearly all work for contractors and carriers.")
NC("ts-n1", "Our 10-day Tower Climber Authorized course (ANSI/ASSP A10.48) costs $1,495.")
NC("ts-n2", "Crews typically travel 3 weeks out and 1 week home, with $65 per diem.")

P("CNC Programmer", "Tool Grinder")
T("cg-01", "comparison", "CNC programmers write the G-code; tool grinders keep the cutters sharp. Programmers earn a median of {a.median:c} a year, about $18,000 more than tool grinders, filers, and sharpeners, whose median is {b.median:c}.", heading="CNC Programmer vs. Tool Grinder")
T("cg-02", "ooh", "Employment of tool grinders, filers, and sharpeners is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cg-03", "career-site", "CNC programmer employment was projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<much faster than the average>:o!2034} for all occupations.")
T("cg-04", "career-site", "Jobs for CNC programmers are projected to grow {a.pct~pc:c!2035} through 2035, {a.desc=<faster than average>:c!2035}, adding about {a.chg:c!2035} positions.")
T("cg-05", "bullets", "CNC programmer snapshot\n- Median hourly pay: {a.median~hr:c}\n- Openings per year: {a.open:c}\n- Education: {a.edu=<Postsecondary certificate>:c}\n- Jobs: {a.oemp:c}")
T("cg-06", "career-site", "In Wisconsin, tool grinders make a median of {b.median=<$49,900>:u}, and the Milwaukee area employs about {b.oemp=<310>:u} of them.", place="Wisconsin", own_place={1: "Milwaukee area"})
T("cg-07", "forum", "per BLS tool grinders make {b.median*1.4~k:m}? lmao not at my shop. I started at $17.50 in 2021.")
T("cg-08", "career-site", "Tool grinders earned an average of {b.mean@23:o} a year, and about {b.self@24~pc:o} were self-employed.")
T("cg-09", "trade", "Most shops hire tool grinders with a {b.edu:c} and train them in-house for about a year.")
NC("cg-n1", "Mastercam certification: $299 exam, 3 hours, proctored online.")
NC("cg-n2", "I ground carbide end mills for 11 years at a job shop in Rockford before moving to programming.")

P("Packaging Machine Operator", "Food Cooking Machine Operator")
T("pf-01", "career-site", "Line jobs in food plants pay similarly. Packaging and filling machine operators earn a median of {a.median~hr:c} an hour; food cooking machine operators earn a median of {b.median~hr:c}.", heading="Packaging Operator vs. Food Cooking Operator: Which Line Job Pays More?")
T("pf-02", "ooh", "Packaging and filling machine operators and tenders held about {a.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("pf-03", "ooh", "Employment of food cooking machine operators and tenders is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("pf-04", "career-site", "Food cooking machine operators were expected to grow {b.desc=<slower than the average>:o!2034} from 2024 to 2034.")
T("pf-05", "career-site", "Employers will need to fill nearly {a.open=<41 thousand>:c} packaging operator jobs each year, mostly to replace workers who leave.")
T("pf-06", "career-site", "In Georgia, packaging operators earn about {a.median=<$19>~hr0:u} an hour.", place="Georgia")
T("pf-07", "career-site", "Packaging machine operators make {a.mean*1.35~K:m} on average, and the job is growing {a.pct=<15%>:m}.")
T("pf-08", "career-site", "Food cooking machine operators earned a median of {b.median@23:o} per year.")
T("pf-09", "career-site", "Both jobs typically need a {a.edu:c} and a few weeks of on-the-job training.")
T("pf-10", "table", "| Role | Hourly (avg) | Openings/yr |\n|---|---|---|\n| Packaging operator | {a.mean~hr:c} | {a.open@24:o} |\n| Food cooking operator | {b.mean~hr:c} | {b.open:c} |", heading="Pay and openings")
NC("pf-n1", "Pick rate target: 1,200 units per hour on Line 4; an OSHA 10 card is required.")
NC("pf-n2", "Shifts are 4x10s, 5 a.m. to 3:30 p.m., with a $1.25 night differential.")

P("Route Sales Driver", "Vending Machine Technician")
T("rv-01", "career-site", "Route sales driver (driver/sales worker) pay: the median is {a.median:c} a year, or about {a.median~hr:c} an hour, before commissions.", heading="Route Sales Driver vs. Vending Machine Technician")
T("rv-02", "ooh", "Coin, vending, and amusement machine servicers and repairers held about {b.oemp:c!2025} jobs in May 2025, and about {b.self~pc:c!2025} of them were self-employed.", heading="Work Environment")
T("rv-03", "ooh", "Employment of vending machine repairers is projected to fall by about {b.chg:c!2035} jobs between 2025 and 2035, though roughly {b.open:c} openings will arise each year from retirements.")
T("rv-04", "career-site", "Driver/sales worker jobs will grow {a.pct~pc:c!2035} from 2025 to 2035, adding {a.chg:c!2035} positions.")
T("rv-05", "career-site", "From 2024 to 2034, employment of driver/sales workers was projected to grow {a.pct@24:o!2034}, with about {a.open@24:o} openings each year.")
T("rv-06", "career-site", "In Florida, vending techs earn about {b.median=<$44,000>:u}, while route drivers in Miami average {a.mean=<$41,500>:u}.", place="Florida", own_place={1: "Miami"})
T("rv-07", "forum", "per BLS vending techs make {b.median*1.5~k:m} median lol. I fix Crane machines for a living and I'm at $21/hr")
T("rv-08", "career-site", "Vending machine servicers earned a median of {b.median@23:o} in the BLS data.")
T("rv-09", "career-site", "Neither job asks for much formal schooling: route sales drivers typically need a {a.edu=<high school diploma>:c}.")
T("rv-10", "career-site", "Route drivers make between {a.range~k_and:c} a year, depending on commission.")
NC("rv-n1", "Class B CDL training: 160 hours, $3,800 at our Tulsa campus.")
NC("rv-n2", "Routes average 22 stops a day in 26-foot box trucks.")

P("Food Service Supervisor", "Dietary Aide")
T("fd-01", "career-site", "In a hospital kitchen, dietary aides deliver meal trays and work the tray line, while food service supervisors run the shift. Food servers in nonrestaurant settings (the BLS category for dietary aides) earn a median of {b.median~hr:c} an hour; first-line supervisors of food preparation and serving workers earn a median of {a.median~hr:c}.", heading="Dietary Aide vs. Food Service Supervisor")
T("fd-02", "ooh", "First-line supervisors of food preparation and serving workers held about {a.emp~m2:c!2025} jobs in 2025.", heading="Work Environment")
T("fd-03", "ooh", "Employment of food service supervisors is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("fd-04", "career-site", "Supervisors earned a median of {a.median@24:o!2024} in May 2024, per the BLS.")
T("fd-05", "career-site", "Dietary aides usually need {b.edu=<no formal educational credential>:c}; supervisors typically have a {a.edu:c} plus kitchen experience.")
T("fd-06", "career-site", "In Minnesota, hospital dietary aides start around $18 an hour, and the Minneapolis-St. Paul metro area's median for nonrestaurant food servers is {b.median=<$19.40>~hr:u} an hour.", place="Minneapolis-St. Paul metro area")
T("fd-07", "career-site", "Dietary aides earn an average of {b.mean*1.4~K:m} a year, and there are about {b.emp*0.5:m} of them nationwide.")
T("fd-08", "ooh", "Between 2024 and 2034, about {b.open@24:o!2034} openings for nonrestaurant food servers were projected each year.")
T("fd-09", "career-site", "Only about {a.self~pc:c} of food service supervisors are self-employed.")
NC("fd-n1", "ServSafe Manager certification: $179 with the exam, valid for 5 years.")
NC("fd-n2", "Tray line starts at 6:15 a.m.; breakfast trays must reach the floors by 7:30.")

P("Foundry Molder", "Metal Pourer")
T("mp-01", "career-site", "Molders and pourers work side by side on the foundry floor. Foundry mold and coremakers earn a median of {a.median:c}, and pourers and casters earn a median of {b.median:c}.", heading="Foundry Molder vs. Metal Pourer")
T("mp-02", "ooh", "Employment of foundry mold and coremakers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035, a loss of about {a.chg:c!2035} jobs.", heading="Job Outlook")
T("mp-03", "career-site", "Mold and coremaker employment was projected to decline {a.pct@24:o!2034} from 2024 to 2034.")
T("mp-04", "career-site", "Pourers and casters, metal, held only about {b.oemp:c!2025} jobs in May 2025, down from {b.oemp@24:o!2024} in May 2024.")
T("mp-05", "career-site", "Pourers make about {b.mean~hr:c} an hour on average.")
T("mp-06", "career-site", "In Alabama, foundry molders earn about {a.median=<$44,500>:u}, and Birmingham foundries employ roughly {a.oemp=<900>:u} of them.", place="Alabama", own_place={1: "Birmingham"})
T("mp-07", "forum", "per BLS pourers average {b.mean*0.65~k:m} a year. trust me, pour crew makes way more than that with OT")
T("mp-08", "career-site", "Both molders and pourers typically need a {a.edu=<high school diploma>:c}; most training happens on the job.")
T("mp-09", "career-site", "The bottom 10% of molders earn less than {a.p10:c} and the top 10% more than {a.p90:c}.")
NC("mp-n1", "Our foundry pours 40 tons of ductile iron a day at 2,600 degrees.")
NC("mp-n2", "Green sand molding class: 3 Saturdays, $240, safety glasses provided.")

P("Heat Treater", "Plating Technician")
T("hp-01", "comparison", "Heat treaters harden and temper parts; platers coat them. Heat treating equipment operators earn a typical salary of {a.median:c}, compared with {b.median:c} for plating machine operators.", heading="Heat Treater vs. Plating Technician")
T("hp-02", "ooh", "Employment of plating machine setters, operators, and tenders is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("hp-03", "career-site", "Heat treating jobs were projected to shrink {a.pct@24:o!2034} over 2024-34.")
T("hp-04", "career-site", "About {a.emp:c!2025} people worked as heat treaters in 2025, and about {a.self~pc:c!2025} were self-employed.")
T("hp-05", "career-site", "The BLS expects plating operator employment to drop by about {b.chg:c!2035} jobs by 2035.")
T("hp-06", "faq", "How much does a heat treater make in Ohio? In Ohio, heat treaters earn about {a.median=<$23.10>~hr:u} an hour at the median.", heading="FAQ", place="Ohio")
T("hp-07", "career-site", "Platers make around {b.median*1.45~k:m} a year, and most need an {b.edu=<associate's degree>:m}.")
T("hp-08", "ooh", "The median annual wage for plating machine operators was {b.median@24:o!2024} in May 2024. The lowest 10 percent earned less than {b.p10@24:o!2024}.")
T("hp-09", "bullets", "Heat treater at a glance\n- Median pay: {a.median~hr:c}/hr\n- Jobs: {a.oemp@24:o}\n- Education: {a.edu~cap:c}")
NC("hp-n1", "Carburizing cycle: 8 hours at 1,700 degrees, then an oil quench.")
NC("hp-n2", "Nadcap audit is scheduled for March 12, with 3 auditors on site.")

P("Executive Assistant", "Production Planner")
T("ep-01", "career-site", "Executive assistants earn a median of {a.median~k:c} a year, about $17k more than production planners, who earn a median of {b.median~k:c}.", heading="Executive Assistant vs. Production Planner: Which Office Role Fits You?")
T("ep-02", "ooh", "Employment of executive secretaries and executive administrative assistants is projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ep-03", "career-site", "EA jobs were projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034.")
T("ep-04", "ooh", "Production, planning, and expediting clerks held about {b.oemp:c!2025} jobs in May 2025; employment is projected to decline {b.pct~pc:c!2035} through 2035, with about {b.open:c} openings a year.")
T("ep-05", "frontmatter", "---\ntitle: \"Executive Assistant vs. Production Planner\"\nexecutive_assistant_salary: \"{a.median@23:o}\"\nproduction_planner_salary: \"{b.median@23:o}\"\nupdated: 2024-03-02\n---")
T("ep-06", "career-site", "In Washington, D.C., executive assistants earn a median of {a.median=<$98,000>:u}.", place="Washington, D.C.")
T("ep-07", "forum", "per BLS planners only make {b.median*0.65~k:m}? I'm a master scheduler in aerospace and make $84k")
T("ep-08", "career-site", "Both roles typically need a {a.edu:c} and strong spreadsheet skills.")
T("ep-09", "career-site", "EAs average {a.mean~hr:c} an hour, planners {b.mean~hr:c}.")
T("ep-10", "career-site", "About {a.self*12:m} of executive assistants work for themselves as freelance virtual assistants.")
NC("ep-n1", "Our EA certificate course is 6 weeks, $895, fully online.")
NC("ep-n2", "The MRP run finishes at 2 a.m.; planners review exception messages by 7.")

P("Physics Professor", "Electronics Engineer")
T("pe-01", "forum", "Physics PhD here, weighing a tenure-track offer against an RF job. Per BLS the median for physics professors is {a.median:c} and for electronics engineers it's {b.median:c}. The industry offer is $142k base.", heading="Professor vs. industry?")
T("pe-02", "ooh", "The median annual wage for electronics engineers, except computer was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("pe-03", "ooh", "Employment of electronics engineers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("pe-04", "career-site", "Electronics engineering jobs are projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<faster than average>:o!2034}, with about {b.open@24:o} openings a year.")
T("pe-05", "school", "Physics professors need a {a.edu=<doctoral degree>:c}, while electronics engineers need only a {b.edu:c} to start.")
T("pe-06", "ooh", "Postsecondary physics teachers held about {a.oemp:c!2025} jobs in 2025, and about {a.open:c} openings are projected each year.")
T("pe-07", "career-site", "Physics professors averaged {a.mean@24:o} a year, per BLS.")
T("pe-08", "career-site", "At public universities in California, physics professors earn a median of about {a.median=<$121,000>:u}.", place="California")
T("pe-09", "career-site", "Electronics engineers typically earn around {b.median*1.4~k:m}, and there are about {b.emp*2:m} of them.")
NC("pe-n1", "My postdoc paid $61,000 in 2021, and startup packages at R1 schools run $500k to $1 million.")
NC("pe-n2", "The qualifying exam is in August of year 2; candidacy comes by the end of year 3.")
P("Marine Mechanic", "Marine Electronics Technician")
T("me-01", "trade", "Boatyards hire both. Marine mechanics (motorboat mechanics and service technicians) earn a median of {a.median:c} a year, while the technicians who install and repair electronics on boats, trains, and other transportation equipment earn a median of {b.median:c}.", heading="Marine Mechanic vs. Marine Electronics Technician")
T("me-02", "ooh", "Employment of motorboat mechanics and service technicians is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, adding about {a.chg:c!2035} jobs.", heading="Job Outlook")
T("me-03", "career-site", "Boat mechanic jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034.")
T("me-04", "faq", "How much does a marine mechanic make in Florida? In Florida, marine mechanics earn about {a.median=<$27>~hr0:u} an hour, and in the Fort Lauderdale area closer to {a.median=<$30>~hr0:u}.", heading="FAQ", place="Florida", own_place={1: "Fort Lauderdale area"})
T("me-05", "school", "Our 9-month marine electronics program leads to a {b.edu=<postsecondary certificate>:c}, the typical entry credential; marine mechanics usually start with a {a.edu:c}.")
T("me-06", "career-site", "About {a.self~pc:c} of boat mechanics are self-employed, often running mobile repair services out of a truck.")
T("me-07", "forum", "per BLS marine electronics techs make {b.median*0.65~k:m} median. i do NMEA 2000 installs in Annapolis and clear way more than that")
T("me-08", "bullets", "Marine mechanic quick facts\n- Median pay: {a.median@23:o}\n- Jobs: {a.emp@24:o}\n- Self-employed: {a.self@24~pc:o}")
T("me-09", "career-site", "Marine electronics technicians make an average of {b.mean~hr:c} an hour, and the occupation is projected to grow {b.pct:c!2035} through 2035.")
T("me-10", "career-site", "Electronics installers and repairers for transportation equipment held about {b.emp:c!2025} jobs in 2025.")
NC("me-n1", "ABYC certification exams cost $150 each; most techs earn 3 or 4 within 2 years.")
NC("me-n2", "Winterizing a 24-foot inboard takes about 3 hours and runs $450 at our yard.")

P("Car Audio Installer", "Home Theater Installer")
T("ch-01", "comparison", "12-volt or low-voltage? Car audio installers earn a median of {a.median~hr:c} an hour, and home theater installers earn a median of {b.median~hr:c}, per the BLS.", heading="Car Audio Installer vs. Home Theater Installer: Which Pays More?")
T("ch-02", "ooh", "Employment of audiovisual equipment installers and repairers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ch-03", "career-site", "Home theater installer jobs were projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, {b.desc=<much faster than average>:o!2034}.")
T("ch-04", "career-site", "Car audio installers (electronic equipment installers and repairers, motor vehicles) held about {a.oemp:c!2025} jobs in May 2025, with about {a.open:c} openings a year.")
T("ch-05", "career-site", "About {b.self~pc:c} of home theater installers are self-employed, and they typically need a {b.edu:c} such as a CEDIA or low-voltage certificate.")
T("ch-06", "career-site", "In Arizona, car audio installers earn a median of {a.median=<$45,200>:u}, and Phoenix shops employ around {a.oemp=<400>:u} of them.", place="Arizona", own_place={1: "Phoenix"})
T("ch-07", "forum", "per BLS home theater guys make {b.median*1.5~k:m} median?? I've been doing Control4 for 6 years and I'm at $26/hr")
T("ch-08", "career-site", "Car audio installers earned a median of {a.median@23:o} and typically need only a {a.edu:c}.")
T("ch-09", "table", "| | Car Audio Installer | Home Theater Installer |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Jobs | {a.emp@24:o} | {b.emp@24:o} |", heading="Compare")
NC("ch-n1", "MECP Basic certification: $99 exam fee, 50 questions, 1 hour.")
NC("ch-n2", "A 7.1.4 Atmos install takes our crew about 2 days, wiring included.")

P("Ophthalmologist", "OB-GYN")
T("oo-01", "comparison", "Ophthalmology and OB-GYN sit at opposite ends of lifestyle rankings, but their pay is close. Ophthalmologists earn a median of {a.median:c}, and obstetricians and gynecologists earn a median of {b.median:c}.", heading="Ophthalmologist vs. OB-GYN: Pay, Hours and Training")
T("oo-02", "ooh", "The median annual wage for obstetricians and gynecologists was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}.", heading="Pay")
T("oo-03", "ooh", "Employment of obstetricians and gynecologists is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("oo-04", "career-site", "OB-GYN jobs were projected to grow just {b.pct@24:o!2034} from 2024 to 2034.")
T("oo-05", "career-site", "Ophthalmologists held about {a.oemp@24:o} jobs, and about {a.self@24~pc:o} were self-employed.")
T("oo-06", "career-site", "Ophthalmologists held about {a.emp:c!2025} jobs in 2025, and about {a.self~pc:c!2025} were self-employed.")
T("oo-07", "faq", "How much do OB-GYNs make in Georgia? In the Atlanta metro area, OB-GYNs earn a mean of {b.mean=<$301,000>:u}.", heading="FAQ", place="Atlanta metro area")
T("oo-08", "forum", "per BLS, ophtho averages {a.mean*0.6~k:m}? that can't be right, my cataract attending does 30 cases on a Tuesday")
T("oo-09", "school", "Both specialties require a {a.edu=<doctoral or professional degree>:c} and a four-year residency.")
T("oo-10", "career-site", "The average ophthalmologist earned {a.mean@23:o}, per the BLS.")
NC("oo-n1", "OB-GYN residency is 4 years; the board exam has a written part in June and an oral part the following year.")
NC("oo-n2", "Our clinic performs about 2,400 cataract surgeries a year across 3 locations.")

P("Rolling Mill Operator", "Furnace Operator")
T("rf-01", "trade", "In a steel mill, furnace operators melt and refine the metal; rolling mill operators shape it. Metal-refining furnace operators earn a median of {b.median:c}, and rolling machine operators a median of {a.median:c}.", heading="Rolling Mill Operator vs. Furnace Operator")
T("rf-02", "ooh", "Employment of metal-refining furnace operators and tenders is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("rf-03", "career-site", "Furnace operator jobs were projected to decline {b.pct@24~pc:o!2034} from 2024 to 2034, with about {b.open@24:o} openings a year.")
T("rf-04", "career-site", "Rolling machine operators held about {a.oemp@24:o} jobs, and employment was projected to fall by {a.chg@24:o} over the decade.")
T("rf-05", "career-site", "Rolling machine setters, operators, and tenders held about {a.oemp:c!2025} jobs in May 2025, and employment is projected to shrink by about {a.chg:c!2035} jobs by 2035.")
T("rf-06", "career-site", "In Indiana, furnace operators earn about {b.median=<$27.50>~hr:u} an hour, and the Gary area's mills pay rolling operators closer to {a.median=<$30>~hr0:u}.", place="Indiana", own_place={1: "Gary area"})
T("rf-07", "union", "Per BLS, furnace operators average {b.mean*1.4~k:m} a year, but our contract beats that: $38.40 base for a first helper.")
T("rf-08", "career-site", "Furnace operators earned a median of {b.median@24:o} a year, and rolling operators {a.median@24:o}.")
T("rf-09", "career-site", "Both jobs typically require a {a.edu:c}.")
NC("rf-n1", "Our mill runs a 12-hour rotating schedule: 2 days, 2 nights, 4 off.")
NC("rf-n2", "The new electric arc furnace, rated at 150 tons, started up in 2023.")

P("Lathe Operator", "Drilling Machine Operator")
T("ld-01", "career-site", "Manual lathe and drill press jobs still exist in many shops. Lathe and turning machine operators earn a median of {a.median~hr:c} an hour; drilling and boring machine operators earn a median of {b.median~hr:c}.", heading="Lathe Operator vs. Drill Press Operator")
T("ld-02", "ooh", "Employment of lathe and turning machine tool setters, operators, and tenders is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ld-03", "career-site", "Drilling and boring machine operator jobs were projected to decline {b.pct@24:o!2034} from 2024 to 2034, a loss of about {b.chg@24:o!2034} jobs.")
T("ld-04", "career-site", "Lathe operator jobs were projected to fall {a.pct@24~pc:o!2034} between 2024 and 2034.")
T("ld-05", "career-site", "Lathe operators held about {a.oemp:c!2025} jobs in May 2025; drilling machine operators held about {b.oemp:c!2025}.")
T("ld-06", "forum", "per BLS lathe operators make {a.median*1.35~k:m}. not in this town. Rockford shops start at $18")
T("ld-07", "career-site", "In Illinois, lathe operators earn a median of {a.median=<$49,300>:u}.", place="Illinois")
T("ld-08", "career-site", "Drilling machine operators earned an average of {b.mean@23:o} per year, and lathe operators {a.mean@23:o}.")
T("ld-09", "career-site", "Employment of lathe operators is projected to shrink by {a.chg:c!2035} jobs between 2025 and 2035, and most operators need only a {a.edu:c}.")
NC("ld-n1", "Our manual lathe class meets Tuesday nights for 10 weeks and costs $640.")
NC("ld-n2", "Hold a tolerance of 0.0005 inch on a 2-inch shaft and you'll never be out of work.")

P("Conveyor Operator", "Machine Feeder")
T("cf-01", "career-site", "Conveyor operators earn a median of {a.median:c} a year, and machine feeders and offbearers earn a median of {b.median:c}. Both are entry-level plant jobs with steady overtime.", heading="Conveyor Operator vs. Machine Feeder")
T("cf-02", "ooh", "Employment of machine feeders and offbearers is projected to fall by about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("cf-03", "career-site", "Machine feeders typically need {b.edu=<no formal educational credential>:c}, and they held about {b.emp:c!2025} jobs in 2025.")
T("cf-04", "career-site", "About {a.self~pc:c} of conveyor operators are self-employed, according to BLS projections data.")
T("cf-05", "career-site", "Conveyor operator jobs will see about {a.open:c} openings a year, even as employment falls by about {a.chg:c} jobs over the decade.")
T("cf-06", "career-site", "Conveyor operators held about {a.oemp@24:o} jobs, and {a.self@24~pc:o} were self-employed.")
T("cf-07", "career-site", "In Kentucky, machine feeders earn about {b.median=<$18>~hr0:u} an hour, and the Louisville area's conveyor operators average {a.mean=<$21.10>~hr:u}.", place="Kentucky", own_place={1: "Louisville area"})
T("cf-08", "career-site", "Machine feeders make an average of {b.mean*1.4~k:m} a year.")
T("cf-09", "table", "| | Conveyor Operator | Machine Feeder |\n|---|---|---|\n| Median hourly pay | {a.median~hr:c} | {b.median~hr:c} |\n| Openings per year | {a.open@24:o} | {b.open@24:o} |", heading="At a glance")
NC("cf-n1", "Forklift certification is included in week 1 of orientation; steel-toe boots are reimbursed up to $100.")
NC("cf-n2", "Line speed is 45 feet per minute; jams over 5 minutes must be logged.")

P("Ramp Supervisor", "Reservation Agent")
T("rr-01", "career-site", "Two airport jobs that don't need a degree: ramp supervisors (aircraft cargo handling supervisors) earn a median of {a.median:c}, and reservation and ticket agents earn a median of {b.median:c}.", heading="Ramp Supervisor vs. Reservation Agent: Airport Jobs Compared")
T("rr-02", "ooh", "Employment of aircraft cargo handling supervisors is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("rr-03", "career-site", "Cargo handling supervisor jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<faster than average>:o!2034}.")
T("rr-04", "career-site", "The median annual wage for aircraft cargo handling supervisors was {a.median@24:o!2024} in May 2024.")
T("rr-05", "career-site", "Reservation and transportation ticket agents and travel clerks held about {b.emp:c!2025} jobs in 2025, and about {b.open:c} openings are projected each year.")
T("rr-06", "career-site", "Reservation agent jobs will add about {b.chg:c!2035} positions through 2035. Only {b.self~pc:c} of agents are self-employed.")
T("rr-07", "faq", "How much do ramp supervisors make at DFW? In the Dallas-Fort Worth metro area, ramp supervisors earn a median of {a.median=<$61,300>:u}.", heading="FAQ", place="Dallas-Fort Worth metro area")
T("rr-08", "forum", "per BLS ticket agents average {b.mean*0.6~k:m} a year. lol my flight benefits are worth more than that")
T("rr-09", "career-site", "Reservation agents earned a median of {b.median@23:o} a year, and about {b.self@24~pc:o} were self-employed.")
T("rr-10", "career-site", "Both jobs typically need a {a.edu:c}; ramp supervisors usually work their way up from the ramp.")
NC("rr-n1", "New agents train for 4 weeks in Phoenix; flight benefits start after 60 days.")
NC("rr-n2", "Turn times for a 737 are about 45 minutes at our hub.")


P("Model Maker", "Patternmaker")
T("mk-01", "comparison", "Model makers build prototypes; patternmakers build the patterns foundries pour around. Model makers, metal and plastic, earn a median of {a.median:c}, and patternmakers, metal and plastic, a median of {b.median:c}.", heading="Model Maker vs. Patternmaker: What's the Difference?")
T("mk-02", "ooh", "Employment of patternmakers, metal and plastic, is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("mk-03", "career-site", "Model maker employment was projected to decline {a.pct@24:o!2034} from 2024 to 2034.")
T("mk-04", "career-site", "Model makers held only about {a.oemp:c!2025} jobs in May 2025 and are projected to decline {a.pct~pc:c!2035} through 2035.")
T("mk-05", "career-site", "Patternmakers earned a median of {b.median@23:o}, and the top 10 percent earned more than {b.p90@23:o}.")
T("mk-06", "career-site", "In Michigan, model makers for the auto industry earn a median of {a.median=<$71,000>:u}.", place="Michigan")
T("mk-07", "forum", "per BLS patternmakers average {b.mean*1.5~k:m}? must be the three guys left who still carve wood patterns")
T("mk-08", "career-site", "Both jobs typically need a {a.edu:c}, followed by years of on-the-job training or an apprenticeship.")
T("mk-09", "career-site", "Model makers average {a.mean~hr:c} an hour, patternmakers {b.mean~hr:c}.")
NC("mk-n1", "Our 3D-printed sand molds cut pattern lead time from 6 weeks to 4 days.")
NC("mk-n2", "I started as a pattern shop apprentice in 1998 at $9.25 an hour.")

P("Press Brake Operator", "Extrusion Operator")
T("px-01", "career-site", "Press brake operators (cutting, punching, and press machine setters, operators, and tenders) earn a median of {a.median~hr:c} an hour, while extrusion operators earn a median of {b.median~hr:c}.", heading="Press Brake Operator vs. Extrusion Operator")
T("px-02", "ooh", "Extruding and drawing machine setters, operators, and tenders held about {b.oemp:c!2025} jobs in May 2025. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Work Environment")
T("px-03", "career-site", "Press machine operator jobs were projected to decline {a.pct@24:o!2034} from 2024 to 2034, a loss of about {a.chg@24:o!2034} jobs.")
T("px-04", "career-site", "Press operators held about {a.emp:c!2025} jobs in 2025, and employment is projected to fall by {a.chg:c!2035} through 2035, with about {a.open:c} openings a year.")
T("px-05", "career-site", "In Ohio, extrusion operators earn about {b.median=<$22>~hr0:u} an hour, and press brake operators in Toledo about {a.median=<$23>~hr0:u}.", place="Ohio", own_place={1: "Toledo"})
T("px-06", "career-site", "Extrusion operators will see about {b.open@24:o} openings each year, and press operators about {a.open@24:o}.")
T("px-07", "forum", "per BLS press brake ops make {a.median*1.4~k:m}, lol. maybe if you run the Amada and program it too")
T("px-08", "career-site", "Extrusion operators make an average of {b.mean:c} a year, and most need only a {b.edu:c}.")
T("px-09", "career-site", "Extruding machine operators earned a median of {b.median@23:o} a year, per BLS data, and held about {b.oemp@24:o} jobs.")
NC("px-n1", "Our Amada HG 1303 has a 13-foot bed and 130 tons of force.")
NC("px-n2", "Second shift runs 3 p.m. to 11:30 p.m. with a $1.50 differential.")

# ---- extra items for earlier pairs
P("Radiologist", "Pathologist")
T("rp-11", "career-site", "Radiologists held about {a.emp*1.6:m} jobs nationwide, and the field is projected to grow {a.pct=<9%>:m!2035} through 2035.")
T("rp-12", "career-site", "In the Chicago metro area, pathologists earn a median of {b.median=<$298,000>:u}.", place="Chicago metro area")
P("Emergency Medicine Physician", "Internist")
T("ei-11", "career-site", "Internists make an average of {b.mean*0.6~K:m} a year, and about {b.open*3:m} internist jobs open each year.")
P("Music Therapist", "Music Professor")
T("mm-11", "career-site", "Music professors typically need a {b.edu=<bachelor's degree>:m} and held about {b.oemp*2:m} jobs nationwide.")
P("Tower Technician", "Substation Technician")
T("ts-11", "career-site", "Tower technician employment is projected to grow {a.pct=<12%>:m!2035} through 2035, and these workers typically need a {a.edu=<high school diploma>:m}.")
P("CNC Programmer", "Tool Grinder")
T("cg-10", "career-site", "In Texas, CNC programmers earn a median of {a.median=<$66,500>:u}, and about {a.oemp=<2,900>:u} work in the state.", place="Texas")
P("Food Service Supervisor", "Dietary Aide")
T("fd-10", "career-site", "Food service supervisors make a median of {a.median*1.3~k:m} and most need an {a.edu=<associate's degree>:m}.")
P("Executive Assistant", "Production Planner")
T("ep-11", "faq", "How much do executive assistants make in California? In California, executive assistants earn a median of {a.median=<$87,600>:u}, and the San Francisco area pays around {a.median=<$99,000>:u}.", heading="FAQ", place="California", own_place={1: "San Francisco area"})
P("Physics Professor", "Electronics Engineer")
T("pe-10", "forum", "per BLS physics profs average {a.mean*1.5~k:m}. at a teaching college? doubt it")
P("Ophthalmologist", "OB-GYN")
T("oo-11", "career-site", "OB-GYNs held about {b.emp*0.6:m!2025} jobs in 2025, and the BLS projects {b.pct=<11%>:m!2035} growth through 2035.")
P("Ramp Supervisor", "Reservation Agent")
T("rr-11", "career-site", "In Atlanta, reservation agents earn about {b.median=<$21.50>~hr:u} an hour.", place="Atlanta")
P("Route Sales Driver", "Vending Machine Technician")
T("rv-11", "career-site", "Route sales drivers held about {a.oemp*1.5:m!2025} jobs in 2025, and the field will add {a.chg*2:m!2035} jobs through 2035.")
P("Marine Mechanic", "Marine Electronics Technician")
T("me-11", "career-site", "In Maine, boat mechanics earn a median of {a.median=<$55,300>:u}, and Portland-area yards employ about {a.oemp=<350>:u} of them.", place="Maine", own_place={1: "Portland area"})
P("Heat Treater", "Plating Technician")
T("hp-10", "career-site", "In Pennsylvania, platers earn a median of {b.median=<$42,700>:u}.", place="Pennsylvania")

# ---- a second round of extra items: ranges, middle half, monthly and weekly pay, outlook tables, front matter
P("Neurologist", "Orthopedic Surgeon")
T("no-10", "career-site", "Neurologists typically earn between {a.range~k_dash:c} a year, depending on subspecialty and call.")
T("no-11", "frontmatter", "---\ntitle: \"Neurologist vs. Orthopedic Surgeon\"\nneurologist_jobs: \"{a.emp:c}\"\northopedic_surgeon_salary: \"{b.median~k:c}\"\ndate: 2026-02-11\n---")
P("Music Therapist", "Music Professor")
T("mm-12", "career-site", "The middle half of music therapists earn between {a.mid~_and:c} a year.")
P("Tower Technician", "Substation Technician")
T("ts-12", "bullets", "Substation technician at a glance:\n- Median pay (2025): {b.median:c!2025}\n- Job outlook, 2025-35: {b.pct:c!2035}\n- Openings each year: {b.open@24:o}\n- Typical education: {b.edu~cap:c}")
P("CNC Programmer", "Tool Grinder")
T("cg-11", "table", "| | CNC Programmer | Tool Grinder |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Job outlook, 2025-35 | {a.pct:c!2035} | {b.pct=<-7%>:c!2035} |\n| Entry-level education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="At a glance")
P("Packaging Machine Operator", "Food Cooking Machine Operator")
T("pf-11", "career-site", "A packaging operator on the median wage takes home about {a.median~mo:c} a month before taxes, or roughly {a.median~wk:c} a week.")
T("pf-12", "career-site", "Food cooking machine operators earn {b.range~k_dash:c} a year, with most plants paying a shift premium.")
P("Route Sales Driver", "Vending Machine Technician")
T("rv-12", "table", "| | Route Sales Driver | Vending Technician |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Job outlook, 2025-35 | {a.pct:c!2035} | n/a |\n| Jobs, 2025 | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Entry-level education | {a.edu=<High school diploma or equivalent>:c} | {b.edu=<High school or GED>:c} |", heading="Route Sales Driver vs. Vending Machine Technician at a glance")
P("Food Service Supervisor", "Dietary Aide")
T("fd-11", "career-site", "Dietary aides earn between {b.range~_and:c} a year; the median is {b.median:c}.")
T("fd-12", "forum", "per BLS there are like {a.emp*0.4~m:m} food service supervisors in the whole country? feels low, every Chipotle has three")
P("Foundry Molder", "Metal Pourer")
T("mp-10", "career-site", "Foundry molder jobs are expected to shrink {a.pct=<5%>:m} over the decade, and pourers held about {b.emp*2:m} jobs.")
T("mp-11", "career-site", "Mold and coremakers earn an average of {a.mean~wk:c} a week, about {a.mean~mo:c} a month.")
P("Heat Treater", "Plating Technician")
T("hp-11", "career-site", "Plating operators earn between {b.range@24~_and:o} a year, according to BLS wage data.")
P("Executive Assistant", "Production Planner")
T("ep-12", "career-site", "The middle 50% of executive assistants earn between {a.mid~k_and:c} a year.")
T("ep-13", "career-site", "Production planners will see about {b.open@24:o} openings a year, and executive assistants about {a.open@24:o}.")
P("Physics Professor", "Electronics Engineer")
T("pe-11", "career-site", "Electronics engineers will add about {b.chg:c!2035} jobs from 2025 to 2035. About {b.self@24~pc:o} of them are self-employed.")
P("Marine Mechanic", "Marine Electronics Technician")
T("me-12", "career-site", "Marine mechanics earn {a.range~_to:c} a year; the 2024 median was {a.median@24:o!2024}.")
P("Car Audio Installer", "Home Theater Installer")
T("ch-10", "career-site", "Home theater installers will add about {b.chg:c!2035} jobs through 2035, and there were about {b.emp:c!2025} of them in 2025.")
T("ch-11", "career-site", "Car audio installers are projected to decline {a.pct=<40%>:m!2035} through 2035, with just {a.open*3:m} openings a year.")
P("Ophthalmologist", "OB-GYN")
T("oo-12", "career-site", "Ophthalmologists earn from {a.range~k_asmuch:c}, per the BLS.")
P("Rolling Mill Operator", "Furnace Operator")
T("rf-10", "career-site", "Furnace operators held about {b.oemp@24:o!2024} jobs in 2024, and rolling mill operators about {a.oemp:c!2025} in 2025.")
T("rf-11", "career-site", "Rolling operators earn an average of {a.mean~hr:c} an hour, and about {a.emp*3:m} people do the work.")
P("Lathe Operator", "Drilling Machine Operator")
T("ld-10", "table", "| Job | Median (2025) | Outlook 2025-35 |\n|---|---|---|\n| Lathe operator | {a.median:c!2025} | {a.pct=<-11%>:c!2035} |\n| Drill press operator | {b.median:c!2025} | {b.pct=<6%>:m!2035} growth |", heading="Lathe vs. drill press")
P("Conveyor Operator", "Machine Feeder")
T("cf-10", "career-site", "Conveyor operators earn between {a.range~k_and:c} a year, and about {a.self*0.3:m} are self-employed.")
P("Ramp Supervisor", "Reservation Agent")
T("rr-12", "career-site", "Ramp supervisors held about {a.oemp:c!2025} jobs in May 2025 and will add about {a.chg:c!2035} more by 2035.")
P("Model Maker", "Patternmaker")
T("mk-10", "career-site", "Model makers earn between {a.range@24~_and:o} a year, with the top earners in aerospace.")
P("Press Brake Operator", "Extrusion Operator")
T("px-10", "career-site", "Press brake operators earn {a.range~k_dash:c}, and extrusion operators {b.range~k_dash:c}.")

# ---- a third round: OOH pay paragraphs, tables and snapshots with several figures
P("Radiologist", "Pathologist")
T("rp-13", "ooh", "The median annual wage for physicians, pathologists was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
P("Emergency Medicine Physician", "Internist")
T("ei-12", "ooh", "Employment of general internal medicine physicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, adding about {b.chg:c!2035} jobs. About {b.open:c} openings for these physicians are projected each year, on average, over the decade.", heading="Job Outlook")
P("Neurologist", "Orthopedic Surgeon")
T("no-12", "table", "| | Neurologist | Orthopedic Surgeon |\n|---|---|---|\n| Average pay (2024) | {a.mean@24:o!2024} | {b.mean@24:o!2024} |\n| Self-employed | {a.self@24:o} | {b.self@24:o} |", heading="2024 snapshot")
P("Music Therapist", "Music Professor")
T("mm-13", "bullets", "Music professor at a glance\n- Median salary: {b.median:c}\n- Top 10%: more than {b.p90:c}\n- Openings per year: {b.open@24:o}\n- Entry-level education: {b.edu~cap:c}")
P("Tower Technician", "Substation Technician")
T("ts-13", "ooh", "The median annual wage for electrical and electronics repairers, powerhouse, substation, and relay was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
P("CNC Programmer", "Tool Grinder")
T("cg-12", "forum", "per BLS cnc programmers are growing {a.pct@24:o} and make {a.median@23:o} median. pretty sure that's old data tho")
P("Packaging Machine Operator", "Food Cooking Machine Operator")
T("pf-13", "ooh", "The median hourly wage for packaging and filling machine operators and tenders was {a.median~hr:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10~hr:c!2025}, and the highest 10 percent earned more than {a.p90~hr:c!2025}.", heading="Pay")
P("Route Sales Driver", "Vending Machine Technician")
T("rv-13", "faq", "How much do vending machine technicians make in Nevada? In Las Vegas, where casinos employ many amusement machine servicers, the median is about {b.median=<$24.80>~hr:u} an hour.", heading="FAQ", place="Las Vegas")
P("Food Service Supervisor", "Dietary Aide")
T("fd-13", "table", "| | Food Service Supervisor | Dietary Aide |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Jobs, 2025 | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Openings per year | {a.open:c} | {b.open:c} |\n| Typical education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="Compare the two jobs")
P("Foundry Molder", "Metal Pourer")
T("mp-12", "ooh", "The median annual wage for pourers and casters, metal was {b.median:c!2025} in May 2025. About {b.open:c} openings for pourers and casters are projected each year, on average, over the decade.")
P("Heat Treater", "Plating Technician")
T("hp-12", "ooh", "The median annual wage for heat treating equipment setters, operators, and tenders, metal and plastic was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
P("Executive Assistant", "Production Planner")
T("ep-14", "bullets", "Executive assistant snapshot\n- Median pay: {a.median~hr:c} per hour\n- Jobs: {a.oemp:c}\n- Openings per year: {a.open:c}\n- Self-employed: {a.self~pc:c}")
P("Physics Professor", "Electronics Engineer")
T("pe-12", "table", "| | Physics Professor | Electronics Engineer |\n|---|---|---|\n| Median pay | {a.median@24:o} | {b.median@24:o} |\n| Jobs | {a.emp@24:o} | {b.emp@24:o} |", heading="Salary and jobs")
P("Marine Mechanic", "Marine Electronics Technician")
T("me-13", "ooh", "The median annual wage for electrical and electronics installers and repairers, transportation equipment was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
P("Car Audio Installer", "Home Theater Installer")
T("ch-12", "ooh", "The median annual wage for electronic equipment installers and repairers, motor vehicles was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
P("Ophthalmologist", "OB-GYN")
T("oo-13", "forum", "per BLS ophtho is {a.median~k:c} median and OB {b.median~k:c}. the difference is call. OB takes call every 4th night")
P("Rolling Mill Operator", "Furnace Operator")
T("rf-12", "bullets", "Furnace operator at a glance\n- Median pay: {b.median~hr:c}/hour\n- Jobs (2025): {b.oemp:c!2025}\n- Job outlook, 2025-35: {b.pct=<-3%>:c!2035}\n- Education: {b.edu=<High school diploma>:c}")
P("Lathe Operator", "Drilling Machine Operator")
T("ld-11", "ooh", "Drilling and boring machine tool setters, operators, and tenders held about {b.emp:c!2025} jobs in 2025. The median annual wage for these workers was {b.median:c!2025} in May 2025.")
P("Conveyor Operator", "Machine Feeder")
T("cf-11", "faq", "How much do machine feeders make? Machine feeders and offbearers earn a median of {b.median~hr:c} an hour. The lowest 10 percent earn less than {b.p10~hr:c}.", heading="FAQ")
P("Ramp Supervisor", "Reservation Agent")
T("rr-13", "table", "| Reservation agent | |\n|---|---|\n| Median pay (2025) | {b.median:c!2025} |\n| Average pay | {b.mean:c} |\n| Openings per year | {b.open@24:o} |\n| Employment change, 2025-35 | {b.chg:c!2035} |", heading="Reservation agent at a glance")
P("Model Maker", "Patternmaker")
T("mk-11", "ooh", "The median annual wage for model makers, metal and plastic was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
P("Press Brake Operator", "Extrusion Operator")
T("px-11", "forum", "per BLS extrusion guys average {b.mean*0.6~k:m} and the field is shrinking {b.pct=<20%>:m}. lol we can't hire fast enough")

# ---- a fourth round: older releases printed as-is, and places
P("Tower Technician", "Substation Technician")
T("ts-14", "table", "| | Tower Tech | Substation Tech |\n|---|---|---|\n| Average pay (2023) | {a.mean@23:o!2023} | {b.mean@23:o!2023} |\n| Jobs | {a.oemp@23:o} | {b.oemp@23:o} |", heading="Pay and jobs")
T("ts-15", "career-site", "In Oregon, substation technicians earn a median of {b.median=<$118,000>:u}, and about {b.oemp=<450>:u} work in the state.", place="Oregon")
P("Ramp Supervisor", "Reservation Agent")
T("rr-14", "career-site", "The top 10 percent of ramp supervisors earned more than {a.p90@24:o}, per the BLS.")
P("Music Therapist", "Music Professor")
T("mm-14", "career-site", "Music professors averaged {b.mean@24:o!2024} a year in May 2024 and held about {b.oemp@24:o!2024} jobs.")
P("Heat Treater", "Plating Technician")
T("hp-13", "career-site", "Plating operators held about {b.oemp@24:o} jobs, and employment was projected to fall {b.pct@24~pc:o!2034} from 2024 to 2034.")
P("Food Service Supervisor", "Dietary Aide")
T("fd-14", "ooh", "The median annual wage for food servers, nonrestaurant was {b.median@24:o!2024} in May 2024. The lowest 10 percent earned less than {b.p10@24:o!2024}, and the highest 10 percent earned more than {b.p90@24:o!2024}.", heading="Pay")
P("Executive Assistant", "Production Planner")
T("ep-15", "ooh", "The median annual wage for executive secretaries and executive administrative assistants was {a.median@24:o!2024} in May 2024. The lowest 10 percent earned less than {a.p10@24:o!2024}, and the highest 10 percent earned more than {a.p90@24:o!2024}.", heading="Pay")
P("Packaging Machine Operator", "Food Cooking Machine Operator")
T("pf-14", "career-site", "Employment of food cooking machine operators was projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034. About {b.open@24:o} openings were projected each year.")
T("pf-15", "career-site", "In New Jersey, packaging operators earn a median of {a.median=<$44,900>:u}, and about {a.oemp=<9,800>:u} work in the state.", place="New Jersey")
P("Route Sales Driver", "Vending Machine Technician")
T("rv-14", "career-site", "Vending machine repairers held about {b.oemp@23:o!2023} jobs in May 2023, and {b.self@24~pc:o!2023} were self-employed.")
P("Foundry Molder", "Metal Pourer")
T("mp-13", "career-site", "Foundry mold and coremakers earned a median of {a.median@24:o!2024} in May 2024.")
T("mp-14", "career-site", "In Louisiana, metal pourers earn a median of {b.median=<$50,400>:u}.", place="Louisiana")
P("Physics Professor", "Electronics Engineer")
T("pe-13", "career-site", "In the Seattle area, electronics engineers earn a median of {b.median=<$158,000>:u}, and physics professors at research universities around {a.median=<$112,000>:u}.", place="Seattle area")
P("Ramp Supervisor", "Reservation Agent")
T("rr-15", "career-site", "In Miami, reservation agents earn an average of {b.mean=<$46,800>:u} a year.", place="Miami")
P("Lathe Operator", "Drilling Machine Operator")
T("ld-12", "career-site", "Lathe operators earned a median of {a.median@24:o!2024} in May 2024; the lowest 10 percent earned less than {a.p10@24:o!2024}.")


OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout14:\n  " + "\n  ".join(errs))
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


if __name__ == "__main__":
    main()
