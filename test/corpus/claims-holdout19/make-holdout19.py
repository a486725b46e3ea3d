#!/usr/bin/env python3
"""Generate claims-holdout19 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result; `query` is the title
that resolves to the occupation meant):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement, on a borderline figure, or on a token left unrendered.
Run: python3 make-holdout19.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"rn": {"query": "Registered Nurse (RN)", "soc": "29-1141", "title": "Registered Nurses", "oews2025": {"mean": 101420, "median": 97550, "p10": 68940, "p25": 80330, "p75": 112350, "p90": 137470, "hourlyMean": 48.76, "employment": 3379720}, "oews2024": {"mean": 98430, "median": 93600, "p10": 66030, "p25": 78610, "p75": 107960, "p90": 135320, "hourlyMean": 47.32, "employment": 3282010}, "oews2023": {"mean": 94480, "median": 86070, "p10": 63720, "p25": 75990, "p75": 104670, "p90": 132680, "hourlyMean": 45.42, "employment": 3175390}, "ep2025": {"changePercent": 5.6, "changeNumeric": 194.7, "openingsPerYear": 180.8, "employmentBase": 3465.4, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 4.9, "changeNumeric": 166.1, "openingsPerYear": 189.1, "employmentBase": 3391, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}},
"lpn": {"query": "LPN/LVN", "soc": "29-2061", "title": "Licensed Practical and Licensed Vocational Nurses", "oews2025": {"mean": 67050, "median": 64400, "p10": 49740, "p25": 59000, "p75": 76030, "p90": 83440, "hourlyMean": 32.24, "employment": 648410}, "oews2024": {"mean": 64150, "median": 62340, "p10": 47960, "p25": 55220, "p75": 73160, "p90": 80510, "hourlyMean": 30.84, "employment": 632430}, "oews2023": {"mean": 60790, "median": 59730, "p10": 45670, "p25": 50640, "p75": 67140, "p90": 77870, "hourlyMean": 29.23, "employment": 630250}, "ep2025": {"changePercent": 3, "changeNumeric": 19.7, "openingsPerYear": 51.8, "employmentBase": 666.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 2.6, "changeNumeric": 17.1, "openingsPerYear": 54.4, "employmentBase": 651.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.3}},
"cna": {"query": "CNA", "soc": "31-1131", "title": "Nursing Assistants", "oews2025": {"mean": 42700, "median": 42260, "p10": 33940, "p25": 37260, "p75": 47220, "p90": 51980, "hourlyMean": 20.53, "employment": 1448910}, "oews2024": {"mean": 41270, "median": 39530, "p10": 31390, "p25": 36260, "p75": 46070, "p90": 50140, "hourlyMean": 19.84, "employment": 1388430}, "oews2023": {"mean": 39610, "median": 38200, "p10": 30020, "p25": 34990, "p75": 44540, "p90": 48780, "hourlyMean": 19.04, "employment": 1351760}, "ep2025": {"changePercent": 2.6, "changeNumeric": 39, "openingsPerYear": 196.2, "employmentBase": 1505.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 2.3, "changeNumeric": 32.6, "openingsPerYear": 204.1, "employmentBase": 1441.5, "education": "Postsecondary nondegree award", "selfEmployedPercent": 1.3}},
"ma": {"query": "Certified Medical Assistant (CMA)", "soc": "31-9092", "title": "Medical Assistants", "oews2025": {"mean": 46120, "median": 45690, "p10": 36050, "p25": 38470, "p75": 49180, "p90": 59310, "hourlyMean": 22.17, "employment": 817870}, "oews2024": {"mean": 44720, "median": 44200, "p10": 35020, "p25": 37610, "p75": 48160, "p90": 57830, "hourlyMean": 21.5, "employment": 793460}, "oews2023": {"mean": 43350, "median": 42000, "p10": 33500, "p25": 36780, "p75": 47220, "p90": 56480, "hourlyMean": 20.84, "employment": 763040}, "ep2025": {"changePercent": 12.9, "changeNumeric": 107.6, "openingsPerYear": 109.7, "employmentBase": 833.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 12.5, "changeNumeric": 101.2, "openingsPerYear": 112.3, "employmentBase": 811, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"np": {"query": "Nurse Practitioner (NP)", "soc": "29-1171", "title": "Nurse Practitioners", "oews2025": {"mean": 137300, "median": 132300, "p10": 101340, "p25": 117990, "p75": 156700, "p90": 174420, "hourlyMean": 66.01, "employment": 323040}, "oews2024": {"mean": 132000, "median": 129210, "p10": 97960, "p25": 109940, "p75": 149570, "p90": 169950, "hourlyMean": 63.46, "employment": 307390}, "oews2023": {"mean": 128490, "median": 126260, "p10": 94530, "p25": 106960, "p75": 140610, "p90": 168030, "hourlyMean": 61.78, "employment": 280140}, "ep2025": {"changePercent": 41, "changeNumeric": 137.8, "openingsPerYear": 29.4, "employmentBase": 336.3, "education": "Master's degree", "selfEmployedPercent": 1.6}, "ep2024": {"changePercent": 40.1, "changeNumeric": 128.4, "openingsPerYear": 29.5, "employmentBase": 320.4, "education": "Master's degree", "selfEmployedPercent": 1}},
"pa": {"query": "Physician Assistant (PA-C)", "soc": "29-1071", "title": "Physician Assistants", "oews2025": {"mean": 141280, "median": 135880, "p10": 99380, "p25": 120670, "p75": 163980, "p90": 190280, "hourlyMean": 67.92, "employment": 162150}, "oews2024": {"mean": 136900, "median": 133260, "p10": 95240, "p25": 113770, "p75": 160160, "p90": 182200, "hourlyMean": 65.82, "employment": 155540}, "oews2023": {"mean": 130490, "median": 130020, "p10": 86280, "p25": 108100, "p75": 151720, "p90": 170790, "hourlyMean": 62.74, "employment": 145740}, "ep2025": {"changePercent": 21.1, "changeNumeric": 35.7, "openingsPerYear": 11.5, "employmentBase": 168.9, "education": "Master's degree", "selfEmployedPercent": 1.4}, "ep2024": {"changePercent": 20.4, "changeNumeric": 33.2, "openingsPerYear": 12, "employmentBase": 162.7, "education": "Master's degree", "selfEmployedPercent": 1.5}},
"ot": {"query": "Occupational Therapist (OT)", "soc": "29-1122", "title": "Occupational Therapists", "oews2025": {"mean": 101280, "median": 100330, "p10": 71690, "p25": 82510, "p75": 116670, "p90": 131950, "hourlyMean": 48.69, "employment": 162450}, "oews2024": {"mean": 98240, "median": 98340, "p10": 67090, "p25": 80490, "p75": 110460, "p90": 129830, "hourlyMean": 47.23, "employment": 152280}, "oews2023": {"mean": 96790, "median": 96370, "p10": 65210, "p25": 79290, "p75": 109480, "p90": 129620, "hourlyMean": 46.54, "employment": 144840}, "ep2025": {"changePercent": 14.8, "changeNumeric": 25.2, "openingsPerYear": 10, "employmentBase": 169.6, "education": "Master's degree", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": 13.8, "changeNumeric": 22.1, "openingsPerYear": 10.2, "employmentBase": 160, "education": "Master's degree", "selfEmployedPercent": 2.2}},
"ota": {"query": "COTA", "soc": "31-2011", "title": "Occupational Therapy Assistants", "oews2025": {"mean": 70710, "median": 72300, "p10": 51490, "p25": 61710, "p75": 79160, "p90": 89780, "hourlyMean": 33.99, "employment": 51290}, "oews2024": {"mean": 68540, "median": 68340, "p10": 49070, "p25": 59950, "p75": 77340, "p90": 86930, "hourlyMean": 32.95, "employment": 47910}, "oews2023": {"mean": 68170, "median": 67010, "p10": 48670, "p25": 59400, "p75": 77290, "p90": 89230, "hourlyMean": 32.78, "employment": 46090}, "ep2025": {"changePercent": 21.5, "changeNumeric": 11.2, "openingsPerYear": 8.1, "employmentBase": 52.2, "education": "Associate's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 19.2, "changeNumeric": 9.5, "openingsPerYear": 7.2, "employmentBase": 49.2, "education": "Associate's degree", "selfEmployedPercent": null}},
"pt": {"query": "Physical Therapist (PT)", "soc": "29-1123", "title": "Physical Therapists", "oews2025": {"mean": 105280, "median": 102760, "p10": 77140, "p25": 86160, "p75": 121160, "p90": 135140, "hourlyMean": 50.62, "employment": 267330}, "oews2024": {"mean": 102400, "median": 101020, "p10": 74420, "p25": 83470, "p75": 117190, "p90": 132500, "hourlyMean": 49.23, "employment": 248630}, "oews2023": {"mean": 100440, "median": 99710, "p10": 72260, "p25": 81970, "p75": 113630, "p90": 130870, "hourlyMean": 48.29, "employment": 240820}, "ep2025": {"changePercent": 11.9, "changeNumeric": 33.8, "openingsPerYear": 13.4, "employmentBase": 283.7, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.2}, "ep2024": {"changePercent": 10.9, "changeNumeric": 29.3, "openingsPerYear": 13.2, "employmentBase": 267.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.5}},
"pta": {"query": "PTA", "soc": "31-2021", "title": "Physical Therapist Assistants", "oews2025": {"mean": 68730, "median": 68380, "p10": 47750, "p25": 59820, "p75": 78680, "p90": 89510, "hourlyMean": 33.04, "employment": 112430}, "oews2024": {"mean": 67160, "median": 65510, "p10": 46020, "p25": 58240, "p75": 77270, "p90": 87630, "hourlyMean": 32.29, "employment": 108010}, "oews2023": {"mean": 65860, "median": 64080, "p10": 42110, "p25": 56490, "p75": 76610, "p90": 88830, "hourlyMean": 31.66, "employment": 104000}, "ep2025": {"changePercent": 23, "changeNumeric": 26.2, "openingsPerYear": 18.5, "employmentBase": 114.1, "education": "Associate's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 22, "changeNumeric": 24.5, "openingsPerYear": 19.8, "employmentBase": 111.5, "education": "Associate's degree", "selfEmployedPercent": 0.7}},
"rt": {"query": "Respiratory Therapist (RT)", "soc": "29-1126", "title": "Respiratory Therapists", "oews2025": {"mean": 87300, "median": 82280, "p10": 63660, "p25": 74520, "p75": 98730, "p90": 118050, "hourlyMean": 41.97, "employment": 139790}, "oews2024": {"mean": 84260, "median": 80450, "p10": 61900, "p25": 68410, "p75": 95530, "p90": 108820, "hourlyMean": 40.51, "employment": 136420}, "oews2023": {"mean": 80340, "median": 77960, "p10": 59180, "p25": 65530, "p75": 88820, "p90": 104480, "hourlyMean": 38.62, "employment": 129750}, "ep2025": {"changePercent": 8.5, "changeNumeric": 12.1, "openingsPerYear": 8.6, "employmentBase": 142, "education": "Associate's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 12.1, "changeNumeric": 16.8, "openingsPerYear": 8.8, "employmentBase": 139.6, "education": "Associate's degree", "selfEmployedPercent": null}},
"emt": {"query": "EMT-Basic", "soc": "29-2042", "title": "Emergency Medical Technicians", "oews2025": {"mean": 46830, "median": 44470, "p10": 34130, "p25": 37960, "p75": 50100, "p90": 62500, "hourlyMean": 22.52, "employment": 180510}, "oews2024": {"mean": 44790, "median": 41340, "p10": 31410, "p25": 36730, "p75": 48160, "p90": 60780, "hourlyMean": 21.54, "employment": 177980}, "oews2023": {"mean": 43100, "median": 38930, "p10": 29910, "p25": 34730, "p75": 46760, "p90": 59390, "hourlyMean": 20.72, "employment": 167040}, "ep2025": {"changePercent": 5.8, "changeNumeric": 10.6, "openingsPerYear": 13.8, "employmentBase": 181.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.1, "changeNumeric": 9.2, "openingsPerYear": 14.1, "employmentBase": 181, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"sono": {"query": "Diagnostic Medical Sonographer", "soc": "29-2032", "title": "Diagnostic Medical Sonographers", "oews2025": {"mean": 97240, "median": 96590, "p10": 67820, "p25": 80430, "p75": 106930, "p90": 129370, "hourlyMean": 46.75, "employment": 90160}, "oews2024": {"mean": 92550, "median": 89340, "p10": 64760, "p25": 78080, "p75": 103630, "p90": 123170, "hourlyMean": 44.49, "employment": 86460}, "oews2023": {"mean": 89020, "median": 84470, "p10": 63680, "p25": 75640, "p75": 100580, "p90": 116300, "hourlyMean": 42.8, "employment": 82780}, "ep2025": {"changePercent": 13.9, "changeNumeric": 12.9, "openingsPerYear": 6, "employmentBase": 92.2, "education": "Associate's degree", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": 13, "changeNumeric": 11.7, "openingsPerYear": 5.8, "employmentBase": 90, "education": "Associate's degree", "selfEmployedPercent": 2.5}},
"radt": {"query": "Rad Tech", "soc": "29-2034", "title": "Radiologic Technologists and Technicians", "oews2025": {"mean": 83840, "median": 80110, "p10": 55980, "p25": 64810, "p75": 98750, "p90": 118660, "hourlyMean": 40.31, "employment": 230490}, "oews2024": {"mean": 79760, "median": 77660, "p10": 52360, "p25": 62910, "p75": 93610, "p90": 106990, "hourlyMean": 38.35, "employment": 223460}, "oews2023": {"mean": 75250, "median": 73410, "p10": 50020, "p25": 60690, "p75": 84670, "p90": 102380, "hourlyMean": 36.18, "employment": 221170}, "ep2025": {"changePercent": 5, "changeNumeric": 11.8, "openingsPerYear": 13, "employmentBase": 234.2, "education": "Associate's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 4.3, "changeNumeric": 9.8, "openingsPerYear": 12.9, "employmentBase": 228, "education": "Associate's degree", "selfEmployedPercent": 0.4}},
"hyg": {"query": "Dental Hygienist (RDH)", "soc": "29-1292", "title": "Dental Hygienists", "oews2025": {"mean": 98990, "median": 98100, "p10": 74880, "p25": 83570, "p75": 108480, "p90": 126050, "hourlyMean": 47.59, "employment": 222740}, "oews2024": {"mean": 93890, "median": 94260, "p10": 66470, "p25": 80060, "p75": 102920, "p90": 120060, "hourlyMean": 45.14, "employment": 219070}, "oews2023": {"mean": 89890, "median": 87530, "p10": 65110, "p25": 78010, "p75": 100630, "p90": 118400, "hourlyMean": 43.21, "employment": 211630}, "ep2025": {"changePercent": 8, "changeNumeric": 17.9, "openingsPerYear": 15, "employmentBase": 225.3, "education": "Associate's degree", "selfEmployedPercent": 1.3}, "ep2024": {"changePercent": 7, "changeNumeric": 15.5, "openingsPerYear": 15.3, "employmentBase": 221.6, "education": "Associate's degree", "selfEmployedPercent": 0.5}},
"da": {"query": "Registered Dental Assistant (RDA)", "soc": "31-9091", "title": "Dental Assistants", "oews2025": {"mean": 50200, "median": 48070, "p10": 37130, "p25": 44340, "p75": 58090, "p90": 62250, "hourlyMean": 24.13, "employment": 387790}, "oews2024": {"mean": 48860, "median": 47300, "p10": 36190, "p25": 39520, "p75": 56910, "p90": 61780, "hourlyMean": 23.49, "employment": 375430}, "oews2023": {"mean": 47350, "median": 46540, "p10": 35470, "p25": 38220, "p75": 54430, "p90": 61060, "hourlyMean": 22.77, "employment": 370690}, "ep2025": {"changePercent": 7.4, "changeNumeric": 28.8, "openingsPerYear": 53, "employmentBase": 388.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 6.4, "changeNumeric": 24.4, "openingsPerYear": 52.9, "employmentBase": 381.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.7}},
"hvac": {"query": "HVAC Tech", "soc": "49-9021", "title": "Heating, Air Conditioning, and Refrigeration Mechanics and Installers", "oews2025": {"mean": 64780, "median": 61010, "p10": 40050, "p25": 48360, "p75": 77060, "p90": 95210, "hourlyMean": 31.14, "employment": 409670}, "oews2024": {"mean": 62690, "median": 59810, "p10": 39130, "p25": 47850, "p75": 74820, "p90": 91020, "hourlyMean": 30.14, "employment": 396870}, "oews2023": {"mean": 59620, "median": 57300, "p10": 37270, "p25": 46550, "p75": 71120, "p90": 84250, "hourlyMean": 28.66, "employment": 397450}, "ep2025": {"changePercent": 10.9, "changeNumeric": 48.2, "openingsPerYear": 40.6, "employmentBase": 440.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 6.3}, "ep2024": {"changePercent": 8.1, "changeNumeric": 34.5, "openingsPerYear": 40.1, "employmentBase": 425.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 4.8}},
"elec": {"query": "Journeyman Electrician", "soc": "47-2111", "title": "Electricians", "oews2025": {"mean": 71490, "median": 63190, "p10": 42640, "p25": 49430, "p75": 83940, "p90": 108510, "hourlyMean": 34.37, "employment": 757220}, "oews2024": {"mean": 69630, "median": 62350, "p10": 39430, "p25": 48820, "p75": 81730, "p90": 106030, "hourlyMean": 33.47, "employment": 742580}, "oews2023": {"mean": 67810, "median": 61590, "p10": 38470, "p25": 48100, "p75": 80260, "p90": 104180, "hourlyMean": 32.6, "employment": 712580}, "ep2025": {"changePercent": 9.2, "changeNumeric": 75.9, "openingsPerYear": 72.7, "employmentBase": 821, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.1}, "ep2024": {"changePercent": 9.5, "changeNumeric": 77.4, "openingsPerYear": 81, "employmentBase": 818.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.8}},
"plumb": {"query": "Licensed Plumber", "soc": "47-2152", "title": "Plumbers, Pipefitters, and Steamfitters", "oews2025": {"mean": 72170, "median": 63800, "p10": 44150, "p25": 50190, "p75": 85110, "p90": 108420, "hourlyMean": 34.7, "employment": 465840}, "oews2024": {"mean": 69940, "median": 62970, "p10": 40670, "p25": 48860, "p75": 81900, "p90": 105150, "hourlyMean": 33.63, "employment": 455940}, "oews2023": {"mean": 67840, "median": 61550, "p10": 38690, "p25": 47810, "p75": 80190, "p90": 103140, "hourlyMean": 32.62, "employment": 436160}, "ep2025": {"changePercent": 6.8, "changeNumeric": 34.5, "openingsPerYear": 42, "employmentBase": 510.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 8}, "ep2024": {"changePercent": 4.5, "changeNumeric": 22.7, "openingsPerYear": 44, "employmentBase": 504.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.8}},
"carp": {"query": "Carpenter", "soc": "47-2031", "title": "Carpenters", "oews2025": {"mean": 65630, "median": 60580, "p10": 40410, "p25": 48510, "p75": 76830, "p90": 99910, "hourlyMean": 31.55, "employment": 670090}, "oews2024": {"mean": 64040, "median": 59310, "p10": 38760, "p25": 47550, "p75": 75620, "p90": 98370, "hourlyMean": 30.79, "employment": 697740}, "oews2023": {"mean": 60970, "median": 56350, "p10": 37440, "p25": 46130, "p75": 72290, "p90": 94580, "hourlyMean": 29.31, "employment": 700290}, "ep2025": {"changePercent": 3.9, "changeNumeric": 35, "openingsPerYear": 62.8, "employmentBase": 889.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 25.1}, "ep2024": {"changePercent": 4.5, "changeNumeric": 43.1, "openingsPerYear": 74.1, "employmentBase": 959, "education": "High school diploma or equivalent", "selfEmployedPercent": 26.8}},
"weld": {"query": "Welder", "soc": "51-4121", "title": "Welders, Cutters, Solderers, and Brazers", "oews2025": {"mean": 56760, "median": 53750, "p10": 39240, "p25": 46790, "p75": 63010, "p90": 77530, "hourlyMean": 27.29, "employment": 416210}, "oews2024": {"mean": 55100, "median": 51000, "p10": 38130, "p25": 45580, "p75": 61610, "p90": 75850, "hourlyMean": 26.49, "employment": 424040}, "oews2023": {"mean": 52640, "median": 48940, "p10": 36830, "p25": 42760, "p75": 59900, "p90": 72970, "hourlyMean": 25.31, "employment": 421730}, "ep2025": {"changePercent": 2.4, "changeNumeric": 10.3, "openingsPerYear": 40.3, "employmentBase": 437.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.3}, "ep2024": {"changePercent": 2.2, "changeNumeric": 9.9, "openingsPerYear": 45.6, "employmentBase": 457.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.3}},
"mach": {"query": "CNC Machinist", "soc": "51-4041", "title": "Machinists", "oews2025": {"mean": 59320, "median": 58750, "p10": 39200, "p25": 47570, "p75": 67700, "p90": 80010, "hourlyMean": 28.52, "employment": 287050}, "oews2024": {"mean": 57390, "median": 56150, "p10": 38100, "p25": 46250, "p75": 64910, "p90": 78760, "hourlyMean": 27.59, "employment": 298790}, "oews2023": {"mean": 54600, "median": 50840, "p10": 36690, "p25": 43680, "p75": 62860, "p90": 75820, "hourlyMean": 26.25, "employment": 290720}, "ep2025": {"changePercent": 1, "changeNumeric": 3, "openingsPerYear": 26.1, "employmentBase": 288.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 29.5, "employmentBase": 299.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}},
"dev": {"query": "Software Developer", "soc": "15-1252", "title": "Software Developers", "oews2025": {"mean": 148100, "median": 135980, "p10": 82460, "p25": 105210, "p75": 171980, "p90": 214670, "hourlyMean": 71.2, "employment": 1687890}, "oews2024": {"mean": 144570, "median": 133080, "p10": 79850, "p25": 103050, "p75": 169000, "p90": 211450, "hourlyMean": 69.5, "employment": 1654440}, "oews2023": {"mean": 138110, "median": 132270, "p10": 77020, "p25": 101200, "p75": 167540, "p90": 208620, "hourlyMean": 66.4, "employment": 1656880}, "ep2025": {"changePercent": 10.2, "changeNumeric": 174.7, "openingsPerYear": 95.3, "employmentBase": 1717.8, "education": "Bachelor's degree", "selfEmployedPercent": 1.5}, "ep2024": {"changePercent": 15.8, "changeNumeric": 267.7, "openingsPerYear": 115.2, "employmentBase": 1693.8, "education": "Bachelor's degree", "selfEmployedPercent": 1.6}},
"qa": {"query": "QA Tester", "soc": "15-1253", "title": "Software Quality Assurance Analysts and Testers", "oews2025": {"mean": 111490, "median": 104300, "p10": 61440, "p25": 80310, "p75": 133180, "p90": 167010, "hourlyMean": 53.6, "employment": 186740}, "oews2024": {"mean": 110260, "median": 102610, "p10": 60690, "p25": 79520, "p75": 131870, "p90": 166960, "hourlyMean": 53.01, "employment": 199800}, "oews2023": {"mean": 108460, "median": 101800, "p10": 58740, "p25": 78470, "p75": 130630, "p90": 164520, "hourlyMean": 52.15, "employment": 203040}, "ep2025": {"changePercent": 5.7, "changeNumeric": 10.6, "openingsPerYear": 10.7, "employmentBase": 187.6, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 10, "changeNumeric": 20.2, "openingsPerYear": 14, "employmentBase": 201.7, "education": "Bachelor's degree", "selfEmployedPercent": 0.1}},
"dba": {"query": "DBA", "soc": "15-1242", "title": "Database Administrators", "oews2025": {"mean": 110090, "median": 104620, "p10": 60230, "p25": 79610, "p75": 135460, "p90": 163320, "hourlyMean": 52.93, "employment": 69990}, "oews2024": {"mean": 107440, "median": 104620, "p10": 56820, "p25": 76100, "p75": 132850, "p90": 160890, "hourlyMean": 51.65, "employment": 73180}, "oews2023": {"mean": 104810, "median": 101510, "p10": 54320, "p25": 71940, "p75": 133120, "p90": 157710, "hourlyMean": 50.39, "employment": 76140}, "ep2025": {"changePercent": -0.1, "changeNumeric": -0.1, "openingsPerYear": 3.3, "employmentBase": 75, "education": "Bachelor's degree", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": -0.7, "changeNumeric": -0.5, "openingsPerYear": 3.8, "employmentBase": 78, "education": "Bachelor's degree", "selfEmployedPercent": 1.2}},
"sysad": {"query": "Network and Computer Systems Administrator", "soc": "15-1244", "title": "Network and Computer Systems Administrators", "oews2025": {"mean": 103680, "median": 99130, "p10": 62640, "p25": 78010, "p75": 126640, "p90": 155050, "hourlyMean": 49.85, "employment": 314340}, "oews2024": {"mean": 101190, "median": 96800, "p10": 60320, "p25": 75860, "p75": 123390, "p90": 150320, "hourlyMean": 48.65, "employment": 318570}, "oews2023": {"mean": 100580, "median": 95360, "p10": 58680, "p25": 74400, "p75": 121910, "p90": 148710, "hourlyMean": 48.36, "employment": 323020}, "ep2025": {"changePercent": -4.1, "changeNumeric": -13.2, "openingsPerYear": 13.4, "employmentBase": 323.6, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": -4.2, "changeNumeric": -13.8, "openingsPerYear": 14.3, "employmentBase": 331.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}},
"cpa": {"query": "CPA", "soc": "13-2011", "title": "Accountants and Auditors", "oews2025": {"mean": 94750, "median": 83680, "p10": 56020, "p25": 67020, "p75": 109810, "p90": 144090, "hourlyMean": 45.56, "employment": 1449500}, "oews2024": {"mean": 93520, "median": 81680, "p10": 52780, "p25": 64660, "p75": 106450, "p90": 141420, "hourlyMean": 44.96, "employment": 1448290}, "oews2023": {"mean": 90780, "median": 79880, "p10": 50440, "p25": 62720, "p75": 103990, "p90": 137280, "hourlyMean": 43.65, "employment": 1435770}, "ep2025": {"changePercent": 5, "changeNumeric": 79.4, "openingsPerYear": 115.3, "employmentBase": 1595.2, "education": "Bachelor's degree", "selfEmployedPercent": 5.5}, "ep2024": {"changePercent": 4.6, "changeNumeric": 72.8, "openingsPerYear": 124.2, "employmentBase": 1579.8, "education": "Bachelor's degree", "selfEmployedPercent": 4.6}},
"book": {"query": "Full-Charge Bookkeeper", "soc": "43-3031", "title": "Bookkeeping, Accounting, and Auditing Clerks", "oews2025": {"mean": 53560, "median": 50670, "p10": 36000, "p25": 43520, "p75": 61470, "p90": 74550, "hourlyMean": 25.75, "employment": 1373680}, "oews2024": {"mean": 52020, "median": 49210, "p10": 34600, "p25": 41390, "p75": 60220, "p90": 72660, "hourlyMean": 25.01, "employment": 1455770}, "oews2023": {"mean": 49580, "median": 47440, "p10": 32460, "p25": 38790, "p75": 58040, "p90": 68860, "hourlyMean": 23.84, "employment": 1501910}, "ep2025": {"changePercent": -5.6, "changeNumeric": -85.6, "openingsPerYear": 144.1, "employmentBase": 1532.4, "education": "Some college, no degree", "selfEmployedPercent": 5.6}, "ep2024": {"changePercent": -5.8, "changeNumeric": -94.3, "openingsPerYear": 170, "employmentBase": 1613.4, "education": "Some college, no degree", "selfEmployedPercent": 5.2}},
"fa": {"query": "Financial Planner", "soc": "13-2052", "title": "Personal Financial Advisors", "oews2025": {"mean": 156670, "median": 105070, "p10": 50190, "p25": 72440, "p75": 176790, "p90": 357020, "hourlyMean": 75.32, "employment": 266800}, "oews2024": {"mean": 160210, "median": 102140, "p10": 49990, "p25": 70620, "p75": 172540, "hourlyMean": 77.02, "employment": 270480}, "oews2023": {"mean": 150670, "median": 99580, "p10": 48730, "p25": 65320, "p75": 169910, "hourlyMean": 72.44, "employment": 272190}, "ep2025": {"changePercent": 1.4, "changeNumeric": 4.1, "openingsPerYear": 17.1, "employmentBase": 299.4, "education": "Bachelor's degree", "selfEmployedPercent": 9.7}, "ep2024": {"changePercent": 9.6, "changeNumeric": 31.2, "openingsPerYear": 24.1, "employmentBase": 326, "education": "Bachelor's degree", "selfEmployedPercent": 15.8}},
"lo": {"query": "Mortgage Loan Officer", "soc": "13-2072", "title": "Loan Officers", "oews2025": {"mean": 87790, "median": 76690, "p10": 39430, "p25": 52730, "p75": 104080, "p90": 153180, "hourlyMean": 42.21, "employment": 274330}, "oews2024": {"mean": 86020, "median": 74180, "p10": 38490, "p25": 50460, "p75": 101920, "p90": 145780, "hourlyMean": 41.35, "employment": 290530}, "oews2023": {"mean": 84490, "median": 69990, "p10": 37020, "p25": 49130, "p75": 100020, "p90": 139470, "hourlyMean": 40.62, "employment": 321090}, "ep2025": {"changePercent": 1.1, "changeNumeric": 3.1, "openingsPerYear": 17.1, "employmentBase": 283, "education": "Bachelor's degree", "selfEmployedPercent": 1.4}, "ep2024": {"changePercent": 1.7, "changeNumeric": 5, "openingsPerYear": 20.3, "employmentBase": 301.4, "education": "Bachelor's degree", "selfEmployedPercent": 2.1}},
"elem": {"query": "Elementary Teacher", "soc": "25-2021", "title": "Elementary School Teachers, Except Special Education", "oews2025": {"mean": 72650, "median": 63970, "p10": 47960, "p25": 57710, "p75": 81450, "p90": 104340, "employment": 1388390}, "oews2024": {"mean": 69790, "median": 62340, "p10": 46440, "p25": 50680, "p75": 79410, "p90": 102010, "employment": 1393310}, "oews2023": {"mean": 70740, "median": 63680, "p10": 46960, "p25": 51260, "p75": 81480, "p90": 104440, "employment": 1410070}, "ep2025": {"changePercent": -0.4, "changeNumeric": -5.8, "openingsPerYear": 87.5, "employmentBase": 1419.3, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": -2, "changeNumeric": -27.9, "openingsPerYear": 91, "employmentBase": 1422.7, "education": "Bachelor's degree", "selfEmployedPercent": 0.6}},
"para": {"query": "Paraprofessional", "soc": "25-9045", "title": "Teaching Assistants, Except Postsecondary", "oews2025": {"mean": 38290, "median": 36780, "p10": 27150, "p25": 31060, "p75": 45360, "p90": 50040, "employment": 1420350}, "oews2024": {"mean": 35960, "median": 35240, "p10": 23710, "p25": 29120, "p75": 40400, "p90": 48140, "employment": 1375300}, "oews2023": {"mean": 36430, "median": 35550, "p10": 24200, "p25": 29500, "p75": 40720, "p90": 48870, "employment": 1337320}, "ep2025": {"changePercent": -0.3, "changeNumeric": -4.9, "openingsPerYear": 176.2, "employmentBase": 1463, "education": "Some college, no degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -1.5, "changeNumeric": -21.1, "openingsPerYear": 170.4, "employmentBase": 1422.8, "education": "Some college, no degree", "selfEmployedPercent": 0.1}},
"truck": {"query": "Truck Driver (CDL)", "soc": "53-3032", "title": "Heavy and Tractor-Trailer Truck Drivers", "oews2025": {"mean": 59710, "median": 58640, "p10": 40140, "p25": 47960, "p75": 69120, "p90": 79380, "hourlyMean": 28.71, "employment": 2062040}, "oews2024": {"mean": 58400, "median": 57440, "p10": 38640, "p25": 47230, "p75": 65520, "p90": 78800, "hourlyMean": 28.08, "employment": 2070480}, "oews2023": {"mean": 55990, "median": 54320, "p10": 37440, "p25": 45920, "p75": 63010, "p90": 76780, "hourlyMean": 26.92, "employment": 2044400}, "ep2025": {"changePercent": 3.8, "changeNumeric": 83.8, "openingsPerYear": 214.5, "employmentBase": 2221.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 7.3}, "ep2024": {"changePercent": 4, "changeNumeric": 89.3, "openingsPerYear": 237.6, "employmentBase": 2235.1, "education": "Postsecondary nondegree award", "selfEmployedPercent": 6.9}},
"deliv": {"query": "Amazon Delivery Driver", "soc": "53-3033", "title": "Light Truck Drivers", "oews2025": {"mean": 48770, "median": 44860, "p10": 30800, "p25": 37270, "p75": 52310, "p90": 80310, "hourlyMean": 23.45, "employment": 983300}, "oews2024": {"mean": 47950, "median": 44140, "p10": 29580, "p25": 36670, "p75": 52460, "p90": 79630, "hourlyMean": 23.05, "employment": 994410}, "oews2023": {"mean": 46090, "median": 42470, "p10": 28070, "p25": 35110, "p75": 51110, "p90": 75090, "hourlyMean": 22.16, "employment": 1003960}, "ep2025": {"changePercent": 6.3, "changeNumeric": 67.8, "openingsPerYear": 107.2, "employmentBase": 1068.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.2}, "ep2024": {"changePercent": 7.3, "changeNumeric": 78.9, "openingsPerYear": 120.2, "employmentBase": 1079.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.8}},
"recep": {"query": "Receptionist", "soc": "43-4171", "title": "Receptionists and Information Clerks", "oews2025": {"mean": 39460, "median": 38010, "p10": 28760, "p25": 33960, "p75": 45130, "p90": 49950, "hourlyMean": 18.97, "employment": 910180}, "oews2024": {"mean": 38480, "median": 37230, "p10": 28280, "p25": 32660, "p75": 44070, "p90": 48870, "hourlyMean": 18.5, "employment": 964530}, "oews2023": {"mean": 36590, "median": 35840, "p10": 26940, "p25": 30450, "p75": 40720, "p90": 47360, "hourlyMean": 17.59, "employment": 1003820}, "ep2025": {"changePercent": -1.7, "changeNumeric": -16, "openingsPerYear": 105.1, "employmentBase": 947.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 0, "changeNumeric": 0.3, "openingsPerYear": 128.5, "employmentBase": 1007.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.6}},
"admin": {"query": "Admin Assistant", "soc": "43-6014", "title": "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive", "oews2025": {"mean": 49350, "median": 47540, "p10": 33280, "p25": 38830, "p75": 58000, "p90": 66350, "hourlyMean": 23.73, "employment": 1706790}, "oews2024": {"mean": 47640, "median": 46290, "p10": 31600, "p25": 37770, "p75": 55650, "p90": 64150, "hourlyMean": 22.9, "employment": 1737820}, "oews2023": {"mean": 45490, "median": 44280, "p10": 30280, "p25": 36330, "p75": 52200, "p90": 62340, "hourlyMean": 21.87, "employment": 1785430}, "ep2025": {"changePercent": -6, "changeNumeric": -114.1, "openingsPerYear": 163.9, "employmentBase": 1889.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.5}, "ep2024": {"changePercent": -1.6, "changeNumeric": -30.8, "openingsPerYear": 202.8, "employmentBase": 1944, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.9}},
"police": {"query": "Patrol Officer", "soc": "33-3051", "title": "Police and Sheriff's Patrol Officers", "oews2025": {"mean": 79200, "median": 76210, "p10": 47510, "p25": 59290, "p75": 97600, "p90": 115120, "hourlyMean": 38.08, "employment": 670520}, "oews2024": {"mean": 79320, "median": 76290, "p10": 47640, "p25": 58980, "p75": 97190, "p90": 115280, "hourlyMean": 38.14, "employment": 666990}, "oews2023": {"mean": 76550, "median": 72280, "p10": 45200, "p25": 54770, "p75": 92410, "p90": 111700, "hourlyMean": 36.8, "employment": 646310}, "ep2025": {"changePercent": 3.5, "changeNumeric": 24.2, "openingsPerYear": 51.5, "employmentBase": 693.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.1, "changeNumeric": 22, "openingsPerYear": 53.7, "employmentBase": 698.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}},
"fire": {"query": "Firefighter", "soc": "33-2011", "title": "Firefighters", "oews2025": {"mean": 63630, "median": 59280, "p10": 34910, "p25": 44490, "p75": 77250, "p90": 101040, "hourlyMean": 30.59, "employment": 345990}, "oews2024": {"mean": 63890, "median": 59530, "p10": 34490, "p25": 44180, "p75": 77410, "p90": 101330, "hourlyMean": 30.72, "employment": 332240}, "oews2023": {"mean": 60390, "median": 57120, "p10": 31600, "p25": 40230, "p75": 75320, "p90": 93720, "hourlyMean": 29.03, "employment": 315460}, "ep2025": {"changePercent": 3.7, "changeNumeric": 13.1, "openingsPerYear": 26.8, "employmentBase": 355.3, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.4, "changeNumeric": 11.8, "openingsPerYear": 27.1, "employmentBase": 344.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0}},
"gd": {"query": "Graphic Artist", "soc": "27-1024", "title": "Graphic Designers", "oews2025": {"mean": 70560, "median": 62960, "p10": 39520, "p25": 49040, "p75": 81830, "p90": 104910, "hourlyMean": 33.92, "employment": 197830}, "oews2024": {"mean": 68610, "median": 61300, "p10": 37600, "p25": 47200, "p75": 79000, "p90": 103030, "hourlyMean": 32.98, "employment": 214260}, "oews2023": {"mean": 64700, "median": 58910, "p10": 36420, "p25": 45560, "p75": 77570, "p90": 100450, "hourlyMean": 31.11, "employment": 212720}, "ep2025": {"changePercent": -1.7, "changeNumeric": -4.2, "openingsPerYear": 16, "employmentBase": 253.1, "education": "Bachelor's degree", "selfEmployedPercent": 20.5}, "ep2024": {"changePercent": 2.1, "changeNumeric": 5.7, "openingsPerYear": 20, "employmentBase": 265.9, "education": "Bachelor's degree", "selfEmployedPercent": 17.7}},
"ad": {"query": "Art Director", "soc": "27-1011", "title": "Art Directors", "oews2025": {"mean": 129440, "median": 114850, "p10": 64900, "p25": 82480, "p75": 162640, "p90": 213050, "hourlyMean": 62.23, "employment": 53070}, "oews2024": {"mean": 128100, "median": 111040, "p10": 61060, "p25": 80130, "p75": 160460, "p90": 211410, "hourlyMean": 61.59, "employment": 50370}, "oews2023": {"mean": 125920, "median": 106500, "p10": 60440, "p25": 78970, "p75": 155680, "p90": 209800, "hourlyMean": 60.54, "employment": 51200}, "ep2025": {"changePercent": 4.2, "changeNumeric": 5.9, "openingsPerYear": 12.2, "employmentBase": 140.2, "education": "Bachelor's degree", "selfEmployedPercent": 62.1}, "ep2024": {"changePercent": 4.2, "changeNumeric": 5.7, "openingsPerYear": 12.3, "employmentBase": 135, "education": "Bachelor's degree", "selfEmployedPercent": 61.9}},
"chem": {"query": "Analytical Chemist", "soc": "19-2031", "title": "Chemists", "oews2025": {"mean": 100450, "median": 91240, "p10": 58460, "p25": 69460, "p75": 125550, "p90": 160830, "hourlyMean": 48.29, "employment": 82770}, "oews2024": {"mean": 95940, "median": 84150, "p10": 53210, "p25": 63930, "p75": 120210, "p90": 154430, "hourlyMean": 46.13, "employment": 83250}, "oews2023": {"mean": 95560, "median": 84680, "p10": 52950, "p25": 64940, "p75": 118800, "p90": 149550, "hourlyMean": 45.94, "employment": 83530}, "ep2025": {"changePercent": 6.4, "changeNumeric": 5.5, "openingsPerYear": 5.9, "employmentBase": 84.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 4.9, "changeNumeric": 4.3, "openingsPerYear": 6.3, "employmentBase": 86.8, "education": "Bachelor's degree", "selfEmployedPercent": 1}},
"chemtech": {"query": "Chemical Technician", "soc": "19-4031", "title": "Chemical Technicians", "oews2025": {"mean": 63900, "median": 60390, "p10": 41740, "p25": 48530, "p75": 75900, "p90": 92040, "hourlyMean": 30.72, "employment": 57540}, "oews2024": {"mean": 61300, "median": 57790, "p10": 39030, "p25": 46680, "p75": 72940, "p90": 90990, "hourlyMean": 29.47, "employment": 55640}, "oews2023": {"mean": 60920, "median": 56750, "p10": 38240, "p25": 45920, "p75": 73280, "p90": 93340, "hourlyMean": 29.29, "employment": 55880}, "ep2025": {"changePercent": 4.9, "changeNumeric": 3, "openingsPerYear": 7.6, "employmentBase": 60, "education": "Associate's degree", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 3.7, "changeNumeric": 2.1, "openingsPerYear": 6.7, "employmentBase": 57, "education": "Associate's degree", "selfEmployedPercent": 0.7}},
"storemgr": {"query": "Retail Store Manager", "soc": "41-1011", "title": "First-Line Supervisors of Retail Sales Workers", "oews2025": {"mean": 53380, "median": 48520, "p10": 33120, "p25": 38590, "p75": 62130, "p90": 77080, "hourlyMean": 25.66, "employment": 1121800}, "oews2024": {"mean": 52350, "median": 47320, "p10": 31120, "p25": 37580, "p75": 60510, "p90": 76560, "hourlyMean": 25.17, "employment": 1113160}, "oews2023": {"mean": 52030, "median": 46730, "p10": 30350, "p25": 37090, "p75": 59720, "p90": 76350, "hourlyMean": 25.01, "employment": 1087890}, "ep2025": {"changePercent": -3.7, "changeNumeric": -52.5, "openingsPerYear": 113.5, "employmentBase": 1419.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 21.1}, "ep2024": {"changePercent": -5, "changeNumeric": -72.3, "openingsPerYear": 125.1, "employmentBase": 1432.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 22.5}},
"retail": {"query": "Retail Sales Associate", "soc": "41-2031", "title": "Retail Salespersons", "oews2025": {"mean": 37310, "median": 35410, "p10": 27210, "p25": 29900, "p75": 38670, "p90": 47890, "hourlyMean": 17.94, "employment": 3897860}, "oews2024": {"mean": 37150, "median": 34580, "p10": 25600, "p25": 29140, "p75": 37850, "p90": 47930, "hourlyMean": 17.86, "employment": 3800250}, "oews2023": {"mean": 36690, "median": 33680, "p10": 23740, "p25": 28600, "p75": 37390, "p90": 48110, "hourlyMean": 17.64, "employment": 3684740}, "ep2025": {"changePercent": -0.3, "changeNumeric": -14, "openingsPerYear": 520.6, "employmentBase": 3998.1, "education": "No formal educational credential", "selfEmployedPercent": 3}, "ep2024": {"changePercent": -0.5, "changeNumeric": -19.6, "openingsPerYear": 555.8, "employmentBase": 3936.7, "education": "No formal educational credential", "selfEmployedPercent": 4}}
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


def signed(raw):
    """A figure written with its minus sign ("-27,900" in a change column) is negative whatever the token said."""
    return raw.lstrip().startswith(("-", "\u2212"))


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
            v = parse_num(c["raw"])[0] * (-1 if c.get("neg") or signed(c["raw"]) else 1)
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
        halves = {f(x) for x in (cur, old) if x is not None and abs(abs(x * 10) % 10 - 5) < 1e-6
                  for f in (math.floor, math.ceil)}
        if v in halves:
            raise Borderline("a share that could be either rounding of a .5 share")
        if old is not None and round(cur) == round(old):
            raise Borderline("same share in both releases")
        return "current" if v == round(cur) else "outdated" if old is not None and v == round(old) else "mismatch"
    # counts
    v, step, _ = parse_num(c["raw"])
    v *= -1 if c.get("neg") or signed(c["raw"]) else 1
    tol = max(100, step / 2) + 1e-6
    if kind == "employment":
        curs = [d["ep2025"]["employmentBase"] * 1000, d["oews2025"]["employment"]]
        olds = [d["ep2024"]["employmentBase"] * 1000, d["oews2024"]["employment"], d["oews2023"]["employment"]]
        if year is not None and year < 2025:
            return "outdated"
    else:
        field = {"employment-change": "changeNumeric", "openings": "openingsPerYear"}[kind]
        if d["ep2025"][field] is None:
            raise Borderline("no current figure")
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
    for it in items + nots:
        if "{a." in it["text"] or "{b." in it["text"]:
            errs.append(f"{it['id']}: token left unrendered in text")
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
    "Registered Nurse (RN)": "rn", "LPN/LVN": "lpn", "CNA": "cna", "Certified Medical Assistant (CMA)": "ma",
    "Nurse Practitioner (NP)": "np", "Physician Assistant (PA-C)": "pa", "Occupational Therapist (OT)": "ot",
    "COTA": "ota", "PT": "pt", "PTA": "pta", "Respiratory Therapist (RT)": "rt", "EMT": "emt",
    "Ultrasound Tech": "sono", "Rad Tech": "radt", "Dental Hygienist (RDH)": "hyg",
    "Registered Dental Assistant (RDA)": "da", "HVAC Tech": "hvac", "Journeyman Electrician": "elec",
    "Licensed Plumber": "plumb", "Carpenter": "carp", "Certified Welder": "weld", "CNC Machinist": "mach",
    "Software Developer": "dev", "QA Tester": "qa", "DBA": "dba", "Sysadmin": "sysad", "CPA": "cpa",
    "Full-Charge Bookkeeper": "book", "Financial Planner": "fa", "Mortgage Loan Officer": "lo",
    "Elementary Teacher": "elem", "Paraprofessional": "para", "Truck Driver (CDL)": "truck",
    "Amazon Delivery Driver": "deliv", "Front Desk Receptionist": "recep", "Admin Assistant": "admin",
    "Patrol Officer": "police", "Firefighter": "fire", "Graphic Artist": "gd", "Art Director": "ad",
    "Analytical Chemist": "chem", "Chem Tech": "chemtech", "Store Manager": "storemgr", "Sales Associate": "retail",
}

# ---------------------------------------------------------------- items
P("Registered Nurse (RN)", "LPN/LVN")
T("rl-01", "comparison", "RNs and LPNs both work at the bedside, but the paychecks are far apart: registered nurses earn a median of {a.median:c} a year, while LPN/LVNs take home a median {b.median:c}.", heading="RN vs. LPN/LVN: What Are the Differences?")
T("rl-02", "ooh", "Employment of registered nurses is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for registered nurses are projected each year, on average, over the decade.", heading="Job Outlook")
T("rl-03", "nursing-blog", "Thinking of bridging from LPN to RN? As an LVN you'll usually need a {b.edu=<postsecondary certificate>:c} from a one-year program, and there were about {b.oemp:c!2025} licensed practical and vocational nurses working in May 2025.")
T("rl-04", "forum", "lol per BLS RNs average {a.mean~hr:c} an hour. in my hospital new grads start at $38.50 so idk who's getting the average")
T("rl-05", "table", "| | RN | LPN/LVN |\n|---|---|---|\n| Median pay (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs, 2025 | {a.emp~m:c!2025} | {b.emp:c!2025} |\n| Openings per year, 2025–35 | {a.open:c!2035} | {b.open:c!2035} |", heading="RN vs. LPN at a glance")
T("rl-06", "career-site", "In California, registered nurses earn a median of about {a.median=<$148,000>:u}, the highest of any state, and LPNs in the Los Angeles metro area around {b.median=<$72,500>:u}.", place="California", own_place={1: "Los Angeles metro area"})
T("rl-07", "faq", "Q: Do LPNs need a college degree?\nA: No. BLS lists a {b.edu=<postsecondary nondegree award>:c} as the typical entry-level education for LPNs, while RNs typically need a {a.edu:c}.", heading="FAQ")
T("rl-08", "ooh", "In May 2025, the highest 10 percent of registered nurses earned more than {a.p90:c!2025}, and the lowest 10 percent earned less than {a.p10:c!2025}.", heading="Pay")
NC("rl-n1", "Our accelerated BSN costs $42,900 in tuition and starts every January, May and September; call 1-800-555-0142 to speak with an advisor.")
NC("rl-n2", "Night-shift RNs at our hospital get a $6.00/hour differential and a $15,000 sign-on bonus paid over 24 months.")

P("CNA", "Certified Medical Assistant (CMA)")
T("cm-01", "school", "Our 6-week CNA course prepares you for the state exam. Nursing assistants earn a median of {a.median~hr:c} an hour nationally, and BLS expects about {a.open:c!2035} openings each year through 2035.")
T("cm-02", "comparison", "CNA or CMA? Medical assistants earn a bit more, a median of {b.median~k:c} versus {a.median~k:c} for nursing assistants, and their field is growing much faster.", heading="CNA vs. Medical Assistant: Which Should You Choose?")
T("cm-03", "ooh", "Employment of nursing assistants is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as average>:c!2035} for all occupations.", heading="Job Outlook")
T("cm-04", "forum", "per BLS medical assistants make {b.median*1.5~k:m} median?? no way. MAs at my clinic get like $19/hr")
T("cm-05", "bullets", "Medical assistant at a glance:\n- Median pay (May 2023): {b.median@23:o!2023}\n- Jobs (2025): {b.emp:c!2025}\n- New jobs by 2035: {b.chg:c!2035}\n- Typical entry-level education: {b.edu~cap:c}")
T("cm-06", "career-site", "In Ohio, CNAs make about {a.mean=<$19.40>~hr:u} an hour on average, and nursing homes in Franklin County report paying around {a.mean=<$40,300>:u} a year.", place="Ohio", own_place={1: "Franklin County"})
T("cm-07", "career-site", "Nursing assistants held about {a.oemp:c!2025} jobs in May 2025, and about {a.self:c!2025} of them were self-employed.")
T("cm-08", "faq", "How much do CNAs make? The bottom 10 percent of nursing assistants earn less than {a.p10:c}, and the top 10 percent earn more than {a.p90:c} a year.", heading="CNA FAQ")
NC("cm-n1", "CNA classes cost $1,295, including scrubs, the state exam fee of $125 and a CPR card; 94% of our graduates pass on the first try.")
NC("cm-n2", "Top 10 skills for medical assistants: 1. phlebotomy 2. EHR charting 3. vital signs ... and we answer calls 24/7 at (614) 555-0199.")

P("Nurse Practitioner (NP)", "Physician Assistant (PA-C)")
T("np-01", "comparison", "NPs and PAs both diagnose and prescribe, and both typically need a {a.edu:c}. PAs earn slightly more at the median, {b.median:c} against {a.median:c} for nurse practitioners.", heading="NP vs. PA: What's the Difference?")
T("np-02", "ooh", "Employment of nurse practitioners is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, one of the fastest rates of any occupation.", heading="Job Outlook")
T("np-03", "nursing-blog", "Is NP school worth it? NPs earn an average of {a.mean~K:c} a year, and there were about {a.oemp:c!2025} of them in May 2025 — up from {a.oemp@24:o!2024} in May 2024.")
T("np-04", "forum", "fwiw BLS has PA jobs growing {b.pct@24:o!2034} over 2024-34. NP at like {a.pct*0.3:m} in the new numbers? idk where that comes from, seems low")
T("np-05", "frontmatter", "---\ntitle: \"NP vs. PA Salary Guide\"\nnp_salary: \"{a.median@24:o}\"\npa_salary: \"{b.median@24:o}\"\nupdated: 2025-03-14\n---")
T("np-06", "career-site", "In Texas, PAs earn a median of {b.median=<$131,500>:u}, and the Houston metro area alone employs roughly {b.oemp=<3,900>:u} of them.", place="Texas", own_place={1: "Houston metro area"})
T("np-07", "ooh", "The median annual wage for physician assistants was {b.median:c!2025} in May 2025. The highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("np-08", "career-site", "PAs are projected to add about {b.chg:c!2035} jobs between 2025 and 2035, and only about {b.self*4:m} of them are self-employed.")
NC("np-n1", "Most PA programs run 27 months and cost $95,000 to $120,000; our clinic offers PAs a 401(k) match of 5%.")
NC("np-n2", "I'm an NP in primary care and I make $128k with 4 weeks PTO, for what it's worth.")

P("Occupational Therapist (OT)", "COTA")
T("ot-01", "comparison", "An OT evaluates the patient and writes the plan; a COTA carries much of it out. OTs need a {a.edu:c} and earn a median of {a.median~k:c}, while occupational therapy assistants earn {b.median~k:c} with an {b.edu:c}.", heading="OT vs. COTA: Roles, Pay and Schooling")
T("ot-02", "ooh", "Employment of occupational therapy assistants is projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034.", heading="Job Outlook")
T("ot-03", "school", "Our COTA program is 5 semesters. Graduates enter a field of about {b.oemp:c!2025} assistants (May 2025), with roughly {b.open:c!2035} openings a year projected through 2035.")
T("ot-04", "career-site", "Occupational therapists earned an average of {a.mean:c!2025} in May 2025, and the middle half earned between {a.mid~_and:c!2025} a year.")
T("ot-05", "forum", "BLS says OTs make {a.median@23:o!2023} median (2023 data) — it's higher now, and honestly in home health you can beat that")
T("ot-06", "career-site", "In Florida, COTAs earn about {b.median=<$66,200>:u}, and in Miami-Dade County the median is closer to {b.median=<$61,900>:u}.", place="Florida", own_place={1: "Miami-Dade County"})
T("ot-07", "bullets", "Occupational therapist:\n- Jobs: {a.emp:c}\n- Projected growth, 2025–35: {a.pct:c!2035}\n- New jobs by 2035: {a.chg*1.6:m!2035}\n- Entry-level education: {a.edu=<doctoral or professional degree>:m}")
T("ot-08", "faq", "How much does a COTA make per hour? Occupational therapy assistants averaged {b.mean~hr:c!2025} an hour in May 2025.", heading="COTA FAQ")
NC("ot-n1", "The NBCOT exam fee is $515 for COTA candidates and the application opens 90 days before graduation.")
NC("ot-n2", "Our outpatient clinic pays OTs $58 per visit for home health and offers a $5,000 relocation bonus.")

P("PT", "PTA")
T("pt-01", "comparison", "PTs need a {a.edu=<doctoral degree (DPT)>:c}, while PTAs finish an {b.edu:c} in about two years. The pay gap follows: physical therapists earn a median of {a.median:c}, physical therapist assistants {b.median:c}.", heading="PT vs. PTA: What Are the Differences?")
T("pt-02", "ooh", "Employment of physical therapist assistants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for PTAs are projected each year, on average, over the decade.", heading="Job Outlook")
T("pt-03", "forum", "PT here, 6 yrs outpatient. BLS says the median PT makes {a.median@24:o!2024} (May 2024) and I make less than that lol. the DPT debt is real")
T("pt-04", "career-site", "There were about {a.oemp:c!2025} physical therapists in the U.S. in May 2025, and most entered with a {a.edu:c}.")
T("pt-05", "table", "| | PT | PTA |\n|---|---|---|\n| Average hourly pay | {a.mean~hr:c} | {b.mean~hr:c} |\n| Employment, 2025 | {a.emp:c!2025} | {b.emp:c!2025} |\n| Growth, 2025–35 | {a.pct:c!2035} | {b.pct*2:m!2035} |", heading="Compare")
T("pt-06", "career-site", "In New York City, PTAs earn around {b.median=<$74,800>:u}, while in upstate New York pay is closer to {b.median=<$63,000>:u}.", place="New York City", own_place={1: "upstate New York"})
T("pt-07", "ooh", "The median annual wage for physical therapists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pt-08", "faq", "Is PT a growing field? Yes — BLS projects about {a.chg:c!2035} new physical therapist jobs by 2035, and employment growing {a.pct~pc:c!2035} over that period.", heading="FAQ")
NC("pt-n1", "Our PTA program accepts 24 students per cohort; tuition is $18,600 and clinical rotations total 16 weeks.")
NC("pt-n2", "We bill $145 per session for physical therapy and accept most insurance plans; open 7 days a week.")

P("Respiratory Therapist (RT)", "EMT")
T("re-01", "comparison", "Both respiratory therapists and EMTs handle breathing emergencies, but RTs earn a median of {a.median~k:c} with an {a.edu:c}, while EMTs earn {b.median~k:c} after a short {b.edu=<certificate>:c} course.", heading="Respiratory Therapist vs. EMT")
T("re-02", "ooh", "Employment of respiratory therapists was projected to grow {a.pct@24~pc:o!2034} from 2024 to 2034. About {a.open@24:o} openings were projected each year, on average.", heading="Job Outlook")
T("re-03", "forum", "EMT pay is a joke. per BLS the median is {b.median~hr:c}/hr and thats with 12s and mandatory OT. in my county private ambulance starts at $17")
T("re-04", "career-site", "RTs held about {a.oemp:c!2025} jobs in May 2025, and the occupation is projected to add {a.chg:c!2035} jobs by 2035.")
T("re-05", "bullets", "EMT quick facts:\n- Median annual pay (May 2023): {b.median@23:o!2023}\n- Average hourly pay: {b.mean~hr:c}\n- Jobs: {b.emp:c}\n- Projected growth, 2025–35: {b.pct:c!2035}")
T("re-06", "union", "Our Local's EMTs now earn more than the Illinois median of {b.median=<$43,900>:u}, thanks to the new contract.", place="Illinois", own_place={0: "Illinois"})
T("re-07", "career-site", "Respiratory therapists average {a.mean~K:c} a year, and the top 10% earn over {a.p90~K:c}.")
T("re-08", "faq", "How many openings are there for EMTs? BLS projects about {b.open*1.8:m} openings a year over the next decade.", heading="EMT FAQ")
NC("re-n1", "EMT-B classes meet Tuesday and Thursday 6-10 p.m. for 16 weeks; the NREMT cognitive exam costs $104.")
NC("re-n2", "Starting pay for RTs at our hospital is $36.75/hour plus a 10% night differential.")

P("Ultrasound Tech", "Rad Tech")
T("sr-01", "comparison", "Ultrasound techs (diagnostic medical sonographers) earn a median of {a.median:c}, noticeably more than rad techs at {b.median:c}, and both usually need an {a.edu:c}.", heading="Ultrasound Tech vs. Rad Tech: Which Pays More?")
T("sr-02", "ooh", "Employment of diagnostic medical sonographers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("sr-03", "school", "Radiography grads join a profession of about {b.oemp:c!2025} technologists (May 2025) whose employment is projected to grow {b.pct:c!2035}, {b.desc=<faster than average>:c!2035}, through 2035.")
T("sr-04", "forum", "per BLS sonographers averaged {a.mean@24:o!2024} in 2024. sounds right for my area, travel gigs pay way more though")
T("sr-05", "career-site", "In Arizona, rad techs earn a median of about {b.median=<$84,100>:u}, and the Phoenix metro area employs around {b.oemp=<3,600>:u}.", place="Arizona", own_place={1: "Phoenix metro area"})
T("sr-06", "bullets", "Sonographer salary snapshot:\n- 10th percentile: {a.p10:c}\n- 90th percentile: {a.p90:c}\n- Average hourly: {a.mean~hr:c}")
T("sr-07", "faq", "Do rad techs need a bachelor's? No, most have an {b.edu=<associate's degree>:c}. They earned an average of {b.mean:c!2025} in May 2025, and about {b.chg*2.5:m!2035} new jobs are expected by 2035.", heading="FAQ")
T("sr-08", "career-site", "About {a.self@24:o!2024} of sonographers were self-employed in 2024, per BLS, and the field employed {a.emp@24:o!2024} people that year.")
NC("sr-n1", "ARDMS registry exams cost $250 each, and our 18-month sonography program graduated its 12th class in 2024.")
NC("sr-n2", "Rad techs at our imaging center get $2,000 for passing the CT boards and work four 10-hour shifts.")

P("Dental Hygienist (RDH)", "Registered Dental Assistant (RDA)")
T("dd-01", "comparison", "Hygienists clean teeth and take X-rays; RDAs chairside assist. Dental hygienists earn a median of {a.median~hr:c} an hour, more than double the dental assistant median of {b.median~hr:c}.", heading="RDH vs. RDA: What's the Difference?")
T("dd-02", "ooh", "Employment of dental assistants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than average>:c!2035} for all occupations.", heading="Job Outlook")
T("dd-03", "career-site", "Dental hygienists held about {a.oemp:c!2025} jobs in May 2025, and the highest 10 percent earned more than {a.p90:c!2025} that year.")
T("dd-04", "forum", "BLS says RDHs make like {a.median*0.55~k:m} median, which is wild, every hygienist I know clears way more than that")
T("dd-05", "table", "| | RDH | RDA |\n|---|---|---|\n| Median pay (2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| New jobs, 2025–35 | {a.chg:c!2035} | {b.chg:c!2035} |\n| Education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="RDH vs. RDA by the numbers")
T("dd-06", "career-site", "In Washington, dental hygienists earn around {a.median=<$118,000>:u}, and in the Seattle metro area RDAs make about {b.median=<$58,900>:u}.", place="Washington", own_place={1: "Seattle metro area"})
T("dd-07", "career-site", "Dental assistants earned an average of {b.mean:c!2025} in May 2025, and there were about {b.oemp:c!2025} of them nationwide.")
T("dd-08", "faq", "How many dental hygienist jobs open up each year? BLS projects about {a.open:c!2035} openings a year, on average, from 2025 to 2035.", heading="FAQ")
NC("dd-n1", "Whitening special: $199 through March 31 (regularly $350). Call 555-0131 to book.")
NC("dd-n2", "Our RDA course is 10 weeks, $3,850, and 87% of last year's class was hired within 60 days.")

P("HVAC Tech", "Journeyman Electrician")
T("he-01", "trade", "HVAC techs finish a {a.edu=<postsecondary certificate>:c} program in 6 to 12 months, while electricians usually learn through a four- or five-year apprenticeship after a {b.edu:c}. Pay ends up close: a median of {a.median:c} for HVAC, {b.median:c} for electricians.", heading="HVAC Tech vs. Electrician: Which Trade Is Right for You?")
T("he-02", "ooh", "Employment of heating, air conditioning, and refrigeration mechanics and installers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("he-03", "union", "Brothers and sisters: BLS now counts {b.oemp:c!2025} electricians nationwide (May 2025), and about {b.self:c!2025} of them work for themselves. Our scale beats the national median in every classification.")
T("he-04", "forum", "per BLS journeyman electricians make {b.median@23:o!2023} median but thats 2023 data. in my local JW scale is $52.40/hr so lol")
T("he-05", "bullets", "HVAC technician at a glance:\n- Average salary: {a.mean:c}\n- Average hourly wage: {a.mean~hr:c}\n- Jobs in 2025: {a.emp:c!2025}\n- Self-employed: {a.self:c}")
T("he-06", "career-site", "In Texas, HVAC techs earn a median of about {a.median=<$55,600>:u}, while in the Dallas–Fort Worth metro area it's closer to {a.median=<$58,300>:u}.", place="Texas", own_place={1: "Dallas–Fort Worth metro area"})
T("he-07", "faq", "Is there a shortage of electricians? BLS projects about {b.open:c!2035} openings each year from 2025 to 2035, and employment is expected to add {b.chg:c!2035} jobs over that period.", heading="Electrician FAQ")
T("he-08", "career-site", "Back in 2024, HVAC employment was projected to grow {a.pct@24:o!2034} through 2034, with {a.chg@24:o!2034} new jobs; the newer projections put growth higher.")
NC("he-n1", "Our HVAC program is 36 weeks, $17,450 with tools included, and EPA 608 certification costs $150 extra.")
NC("he-n2", "We offer 24/7 emergency AC repair: $89 diagnostic fee, waived with repair. Call (972) 555-0117.")

P("Licensed Plumber", "Carpenter")
T("pc-01", "comparison", "Plumbers and carpenters both typically need only a {a.edu:c} to start an apprenticeship. Plumbers earn more at the median — {a.median:c} versus {b.median:c} for carpenters.", heading="Plumber vs. Carpenter: What's the Difference?")
T("pc-02", "ooh", "Employment of plumbers, pipefitters, and steamfitters is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than average>:c!2035} for all occupations.", heading="Job Outlook")
T("pc-03", "career-site", "Carpentry is one of the most entrepreneurial trades: about {b.self:c} of carpenters are self-employed, and the trade employed about {b.emp:c} people in the base year of the newest projections.")
T("pc-04", "forum", "BLS says carpenters average {b.mean*0.7~hr0:m}/hr. maybe framing in 2005 lol. finish carpenters around here get $35+")
T("pc-05", "table", "| | Plumber | Carpenter |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Openings per year (2024–34) | {a.open@24:o!2034} | {b.open@24:o!2034} |", heading="Plumber vs. carpenter: older BLS figures")
T("pc-06", "career-site", "In Illinois, licensed plumbers earn around {a.median=<$92,500>:u}, and in Cook County union plumbers average {a.mean=<$98,700>:u}.", place="Illinois", own_place={1: "Cook County"})
T("pc-07", "career-site", "Plumbers held about {a.oemp:c!2025} jobs in May 2025; the highest 10 percent of them earned more than {a.p90:c!2025} that year.")
T("pc-08", "government", "Carpenters statewide are in demand. Nationally, BLS projects {b.chg:c} new carpenter jobs and about {b.open:c} openings a year over the decade, and the typical entry-level education is a {b.edu=<bachelor's degree>:m}.")
NC("pc-n1", "Emergency plumbing: $150 service call, $95/hour after that, 10% off for seniors.")
NC("pc-n2", "Our pre-apprenticeship runs 12 weeks and placed 41 of 45 graduates with union contractors in 2024.")

P("Certified Welder", "CNC Machinist")
T("wm-01", "comparison", "Welders and CNC machinists both start with a {a.edu:c} and on-the-job training. Welders earn a median of {a.median~k:c}; machinists earn {b.median~k:c}.", heading="Welder vs. CNC Machinist")
T("wm-02", "ooh", "Employment of machinists is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than average>:c!2035} for all occupations. About {b.open:c} openings for machinists are projected each year, on average, over the decade.", heading="Job Outlook")
T("wm-03", "forum", "certified welder, 8 yrs pipe. BLS has welders at {a.median~hr:c}/hr median. I'm at $41 on the road, shop guys make way less")
T("wm-04", "school", "Our welding certificate takes 9 months. Welders, cutters, solderers, and brazers held about {a.oemp:c!2025} jobs in May 2025, and about {a.self:c!2025} were self-employed.")
T("wm-05", "career-site", "In 2024, machinists earned a median of {b.median@24:o!2024}, and the 2024–34 projections showed {b.desc=<little or no change>:o!2034} in employment.")
T("wm-06", "career-site", "In Wisconsin, CNC machinists earn about {b.median=<$52,900>:u}, and welders in Milwaukee County about {a.median=<$50,100>:u}.", place="Wisconsin", own_place={1: "Milwaukee County"})
T("wm-07", "bullets", "Welding career facts:\n- Average pay: {a.mean:c}\n- Bottom 10% earn under: {a.p10:c}\n- Top 10% earn over: {a.p90:c}\n- Projected openings per year: {a.open*1.5:m}")
T("wm-08", "faq", "How many new machinist jobs will there be? BLS projects about {b.chg*4:m!2035} new jobs from 2025 to 2035.", heading="FAQ")
NC("wm-n1", "AWS D1.1 certification test: $375 per position, booth time Saturdays 8 a.m.–2 p.m.")
NC("wm-n2", "We're hiring 2nd-shift CNC machinists at $28/hour with a $2,500 sign-on bonus and 401(k).")

P("Software Developer", "QA Tester")
T("sq-01", "tech-blog", "Devs vs. QA: both typically need a {a.edu:c}, but developers out-earn testers, with a median of {a.median~k:c} versus {b.median~k:c} for software QA analysts and testers.", heading="Software Developer vs. QA Tester")
T("sq-02", "ooh", "Employment of software developers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, down from the previous projections.", heading="Job Outlook")
T("sq-03", "forum", "per BLS dev jobs were supposed to grow {a.pct@24:o!2034} through 2034, now the new projections cut it way down. ngl QA is worse")
T("sq-04", "tech-blog", "QA testers averaged {b.mean:c!2025} in May 2025, and the highest 10 percent made more than {b.p90:c!2025}.")
T("sq-05", "table", "| | Dev | QA |\n|---|---|---|\n| Jobs (May 2025) | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Growth, 2025–35 | {a.pct:c!2035} | {b.pct:c!2035} |\n| Openings/yr, 2025–35 | {a.open:c!2035} | {b.open:c!2035} |", heading="Dev vs. QA, BLS numbers")
T("sq-06", "career-site", "In the San Jose metro area, software developers earn a median of about {a.median=<$212,000>:u}, and QA testers in Austin make around {b.median=<$108,000>:u}.", place="San Jose metro area", own_place={1: "Austin"})
T("sq-07", "career-site", "Employment of QA analysts and testers is projected to grow {b.desc=<faster than average>:c!2035} through 2035, adding about {b.chg:c!2035} jobs.")
T("sq-08", "faq", "Do software developers make six figures? Usually. The lowest 10 percent earn less than {a.p10:c}, but that's the bottom; the typical dev made {a.median@24:o!2024} in May 2024.", heading="FAQ")
NC("sq-n1", "Our 16-week coding bootcamp costs $13,950 and reports a 78% placement rate.")
NC("sq-n2", "I'm a junior dev and I make $92k plus $10k RSUs, for reference.")

P("DBA", "Sysadmin")
T("ds-01", "tech-blog", "DBAs keep the data safe; sysadmins keep the servers up. Both typically need a {a.edu:c}, and pay is close: database administrators earn a median of {a.median:c}, network and computer systems administrators {b.median:c}.", heading="DBA vs. Sysadmin: Which IT Career Fits You?")
T("ds-02", "ooh", "Employment of database administrators is projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035. About {a.open:c} openings for database administrators are projected each year, on average, over the decade.", heading="Job Outlook")
T("ds-03", "forum", "sysadmin jobs are shrinking, per BLS the field loses about {b.chg:c!2035} jobs by 2035. Median is {b.median~k:c} tho so not terrible")
T("ds-04", "tech-blog", "There were about {b.oemp:c!2025} network and computer systems administrators in May 2025, versus just {a.oemp:c!2025} DBAs.")
T("ds-05", "bullets", "DBA salary, by percentile:\n- 10th percentile: {a.p10:c}\n- Median: {a.median:c}\n- 90th percentile: {a.p90:c}\n- Average: {a.mean:c}")
T("ds-06", "career-site", "In Virginia, DBAs earn a median of about {a.median=<$128,400>:u}, and sysadmins in the Washington, D.C., metro area average {b.mean=<$121,700>:u}.", place="Virginia", own_place={1: "Washington, D.C., metro area"})
T("ds-07", "career-site", "The 2024–34 projections counted about {b.open@24:o!2034} sysadmin openings a year; back in 2023, sysadmins earned a median of {b.median@23:o!2023}.")
T("ds-08", "faq", "Can DBAs freelance? Some do: about {a.self:c} of database administrators are self-employed, per the 2025–35 projections.", heading="DBA FAQ")
NC("ds-n1", "Our managed database service starts at $299/month for 99.9% uptime and 24/7 monitoring.")
NC("ds-n2", "Oracle's DBA certification exam costs $245, and the study guide is 640 pages.")

P("CPA", "Full-Charge Bookkeeper")
T("cb-01", "comparison", "A CPA needs a {a.edu:c} plus 150 credit hours and the exam; a bookkeeper usually has {b.edu=<some college>:c}. Accountants and auditors earn a median of {a.median:c}; bookkeeping clerks {b.median:c}.", heading="CPA vs. Bookkeeper: What's the Difference?")
T("cb-02", "ooh", "Bookkeeping, accounting, and auditing clerks are projected to lose about {b.chg:c!2035} jobs from 2025 to 2035. Despite that, about {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("cb-03", "forum", "per BLS accountants average {a.mean~K:c} but CPAs in public at year 5 are well past that. bookkeepers median {b.median@24:o!2024} as of may 2024")
T("cb-04", "career-site", "Accountants and auditors held about {a.oemp:c!2025} jobs in May 2025, and BLS projects about {a.open:c!2035} openings each year through 2035.")
T("cb-05", "frontmatter", "---\ntitle: \"CPA vs. Bookkeeper Salary (2025)\"\ncpa_median_salary: \"{a.median~th:c}\"\nbookkeeper_hourly: \"{b.median~hr:c}\"\nreading_time: 7\n---")
T("cb-06", "career-site", "In New York, CPAs earn an average of {a.mean=<$128,300>:u}, and bookkeepers in Albany County about {b.mean=<$51,200>:u}.", place="New York", own_place={1: "Albany County"})
T("cb-07", "faq", "Can bookkeepers work for themselves? Yes — about {b.self:c} of bookkeeping clerks are self-employed, and the top 10% earn more than {b.p90:c} a year.", heading="FAQ")
T("cb-08", "career-site", "Accountants earned a median of {a.median@23:o!2023} in May 2023, and the 2024–34 projections expected {a.chg@24:o!2034} new jobs over that decade.")
T("cb-09", "career-site", "The CPA route is long, but worth it: BLS counts roughly {a.emp*1.5~m:m} accountants and auditors, and the profession is projected to add about {a.chg:c!2035} jobs by 2035.")
NC("cb-n1", "CPA exam fees run about $1,000 to $1,500 across the four sections, and you get 30 months to pass all of them.")
NC("cb-n2", "We charge $450 a month for full-charge bookkeeping for businesses under $1 million in revenue.")

P("Financial Planner", "Mortgage Loan Officer")
T("fl-01", "comparison", "Both jobs typically call for a {a.edu:c}, and both reward sales skills. Personal financial advisors earn a median of {a.median~k:c}; loan officers earn {b.median~k:c}.", heading="Financial Planner vs. Mortgage Loan Officer")
T("fl-02", "ooh", "Employment of personal financial advisors is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than average>:c!2035} for all occupations.", heading="Job Outlook")
T("fl-03", "forum", "BLS: financial advisors {a.pct@24:o!2034} growth 2024-34. new projections say way lower lmao. the robo-advisors came for us")
T("fl-04", "career-site", "Financial advisors average {a.mean:c} a year, and the top 10 percent earn more than {a.p90~k:c}, thanks largely to commissions.")
T("fl-05", "bullets", "Mortgage loan officer:\n- Median pay: {b.median:c}\n- Average hourly: {b.mean~hr:c}\n- Jobs, May 2025: {b.oemp:c!2025}\n- Openings per year: {b.open:c}")
T("fl-06", "career-site", "In Florida, loan officers earn a median of about {b.median=<$71,400>:u}, and the Tampa metro area has roughly {b.oemp=<4,300>:u} of them.", place="Florida", own_place={1: "Tampa metro area"})
T("fl-07", "faq", "Are financial planners self-employed? About {a.self:c} are, down from {a.self@24:o} in the 2024–34 projections.", heading="FAQ")
T("fl-08", "press", "NEWARK, N.J. — Loan officers, who held about {b.emp:c!2025} jobs in 2025 according to BLS, are projected to add only about {b.chg*2:m!2035} jobs by 2035, the firm's report said.")
NC("fl-n1", "Our planners charge a flat $2,400 a year, or 1% of assets under management.")
NC("fl-n2", "Today's 30-year fixed rate is 6.42% (APR 6.51%); call 201-555-0188 for a quote.")

P("Elementary Teacher", "Paraprofessional")
T("tp-01", "comparison", "Teachers need a {a.edu:c} and a license; paraprofessionals usually need {b.edu=<some college, no degree>:c}. Elementary teachers earn a median of {a.median:c}, and teaching assistants {b.median:c}.", heading="Elementary Teacher vs. Paraprofessional")
T("tp-02", "ooh", "Employment of elementary school teachers, except special education, is projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("tp-03", "union", "Paras are the backbone of our schools. Nationally, about {b.oemp:c!2025} teaching assistants worked in May 2025, and their median pay was just {b.median@24:o!2024} a year before that.")
T("tp-04", "forum", "elementary teacher, 11 yrs. BLS says the median is {a.median~k:c}, I make $58k in a 'good' district lol")
T("tp-05", "table", "| | Elementary teacher | Para |\n|---|---|---|\n| Median pay (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Employment change, 2024–34 | {a.chg=<-27,900>:o!2034} | {b.chg=<-21,100>:o!2034} |", heading="Older figures")
T("tp-06", "government", "In Oregon, elementary teachers earn a median of {a.median=<$80,200>:u}, and in Multnomah County teaching assistants earn about {b.median=<$41,600>:u}.", place="Oregon", own_place={1: "Multnomah County"})
T("tp-07", "career-site", "Elementary teachers average {a.mean:c} a year, though the bottom 10 percent earn less than {a.p10:c}.")
T("tp-08", "faq", "Are paraprofessional jobs growing? Not much: BLS projects employment to show {b.desc=<little or no change>:c!2035} through 2035, with about {b.open:c} openings a year as workers leave.", heading="FAQ")
NC("tp-n1", "Para certification (ParaPro) costs $55, and our district pays paras $17.25 an hour on step 1 of the 2025-26 salary schedule.")
NC("tp-n2", "Teachers can deduct up to $300 of classroom supplies; 94% of our teachers say they spend more than that.")

P("Truck Driver (CDL)", "Amazon Delivery Driver")
T("td-01", "comparison", "OTR truckers need a CDL, which usually means a {a.edu=<postsecondary certificate>:c} from a truck-driving school; delivery van drivers typically need only a {b.edu:c}. Heavy truck drivers earn a median of {a.median:c}, light truck (delivery) drivers {b.median:c}.", heading="CDL Truck Driver vs. Amazon Delivery Driver")
T("td-02", "ooh", "Employment of light truck drivers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("td-03", "forum", "DSP driver here. per BLS delivery drivers average {b.mean~hr:c}/hr, amazon DSPs in my area pay $21.50 + $1 peak. 10 hr routes, 250 stops")
T("td-04", "trade", "Our 4-week CDL-A course gets you on the road fast. There were about {a.oemp:c!2025} heavy and tractor-trailer truck drivers in May 2025, and BLS expects about {a.open:c!2035} openings a year through 2035.")
T("td-05", "bullets", "Truck driver pay (BLS):\n- Bottom 10%: under {a.p10:c}\n- Median: {a.median~hr:c}/hour\n- Top 10%: over {a.p90:c}")
T("td-06", "career-site", "In Texas, truck drivers earn a median of around {a.median=<$55,900>:u}, and in the Laredo area about {a.median=<$51,300>:u}.", place="Texas", own_place={1: "Laredo area"})
T("td-07", "press", "SEATTLE — Delivery drivers held about {b.oemp@24:o!2024} jobs in May 2024, according to BLS, and earned a median of {b.median@23:o!2023} a year before that.")
T("td-08", "faq", "Is trucking a growing job? BLS projects about {a.chg*2.2:m!2035} new truck driver jobs between 2025 and 2035.", heading="FAQ")
NC("td-n1", "Sign-on bonus $7,500 for CDL-A drivers; home time every 14 days; call 866-555-0175.")
NC("td-n2", "I've been OTR 12 years and grossed $94,000 last year running a 2022 Freightliner.")

P("Front Desk Receptionist", "Admin Assistant")
T("ra-01", "comparison", "Both roles typically require a {a.edu:c}. Receptionists earn a median of {a.median~hr:c} an hour, while secretaries and administrative assistants earn {b.median~hr:c}.", heading="Receptionist vs. Administrative Assistant")
T("ra-02", "ooh", "Employment of receptionists and information clerks is projected to {a.desc=<decline>:c!2035} {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ra-03", "career-site", "Admin assistants are a huge group — about {b.oemp:c!2025} in May 2025 — but the occupation is projected to shed {b.chg:c!2035} jobs by 2035.")
T("ra-04", "forum", "per BLS receptionists make {a.median@23:o!2023} median (2023). front desk at my dentist office is $16/hr so yeah")
T("ra-05", "bullets", "Administrative assistant:\n- Average salary: {b.mean:c}\n- Middle 50%: {b.mid~k_dash:c}\n- Openings per year: {b.open*1.5:m}\n- Projected change, 2025–35: {b.pct=<-6%>:c!2035}")
T("ra-06", "government", "In Minnesota, receptionists earn about {a.median=<$40,800>:u}, and administrative assistants in Hennepin County about {b.median=<$52,300>:u}.", place="Minnesota", own_place={1: "Hennepin County"})
T("ra-07", "career-site", "In 2024 receptionist employment was projected to show {a.desc=<little or no change>:o!2034} through 2034, with about {a.open@24:o} openings a year.")
T("ra-08", "faq", "How much do receptionists make a year? The average is {a.mean:c}, and the highest 10 percent earn more than {a.p90:c}.", heading="Receptionist FAQ")
NC("ra-n1", "Office hours: Monday–Friday 8 a.m.–5 p.m.; call 555-0163 or email us 24/7.")
NC("ra-n2", "Our admin assistant certificate is 8 courses for $2,400; 70% of students finish in under 6 months.")

P("Patrol Officer", "Firefighter")
T("pf-01", "comparison", "Cops usually need a {a.edu:c} plus police academy; firefighters typically need a {b.edu=<postsecondary nondegree award>:c} such as EMT certification. Patrol officers earn a median of {a.median:c}, firefighters {b.median:c}.", heading="Police Officer vs. Firefighter: Pay, Training and Outlook")
T("pf-02", "ooh", "Employment of firefighters is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for firefighters are projected each year, on average, over the decade.", heading="Job Outlook")
T("pf-03", "union", "Our members know what the job is worth. For the record, BLS put the national median for firefighters at {b.median@23:o!2023} in May 2023 — and our new contract puts top-step firefighters at $96,400.")
T("pf-04", "forum", "per BLS patrol officers average {a.mean~hr:c}/hr. thats before OT, most guys on my dept double that with details")
T("pf-05", "career-site", "There were about {a.oemp:c!2025} police and sheriff's patrol officers in May 2025, and BLS projects about {a.chg:c!2035} new jobs by 2035.")
T("pf-06", "career-site", "In California, police officers earn a median of {a.median=<$119,400>:u}, and firefighters in Los Angeles County earn about {b.median=<$104,800>:u}.", place="California", own_place={1: "Los Angeles County"})
T("pf-07", "faq", "How many police officers are hired each year? BLS projects about {a.open*1.6:m} openings a year, on average.", heading="FAQ")
T("pf-08", "bullets", "Firefighter facts:\n- Average pay: {b.mean:c}\n- Top 10% earn more than: {b.p90:c}\n- Jobs: {b.emp:c}\n- New jobs, 2025–35: {b.chg:c!2035}")
NC("pf-n1", "The civil service exam fee is $45; the physical agility test is a 1.5-mile run in under 14:30.")
NC("pf-n2", "In an emergency, always call 911. For non-emergencies, call (503) 555-0100.")

P("Graphic Artist", "Art Director")
T("ga-01", "comparison", "Graphic designers and art directors both typically need a {a.edu:c}, but art directors usually have five or more years of design experience. The pay gap is big: a median of {a.median~k:c} for designers, {b.median~k:c} for art directors.", heading="Graphic Designer vs. Art Director")
T("ga-02", "ooh", "Employment of graphic designers is projected to {a.desc=<decline>:c!2035} {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ga-03", "forum", "the 2024-34 projections had graphic designers at {a.pct@24:o!2034} growth, now it's a decline. thanks midjourney")
T("ga-04", "career-site", "Art directors earned an average of {b.mean:c!2025} in May 2025, and the highest 10 percent earned more than {b.p90:c!2025}.")
T("ga-05", "career-site", "In New York City, graphic designers earn around {a.median=<$78,600>:u}, and art directors in Manhattan average {b.mean=<$171,200>:u}.", place="New York City", own_place={1: "Manhattan"})
T("ga-06", "bullets", "Graphic designer:\n- Median hourly pay: {a.median~hr:c}\n- Jobs (2024): {a.oemp@24:o!2024}\n- Openings per year (2024–34): {a.open@24:o!2034}")
T("ga-07", "faq", "How many art directors are there? BLS counts about {b.oemp:c!2025} salaried art directors in May 2025, and the occupation is projected to add about {b.chg:c!2035} jobs by 2035.", heading="FAQ")
T("ga-08", "career-site", "Designers who freelance are common, and the median designer salary of {a.median*1.4~k:m} makes it a comfortable career, per BLS.")
NC("ga-n1", "Adobe Creative Cloud costs $59.99/month; our logo packages start at $450.")
NC("ga-n2", "Our 12-week UX/UI certificate is $3,200, with 3 portfolio projects and 1:1 mentoring.")

P("Analytical Chemist", "Chem Tech")
T("cc-01", "comparison", "Chemists need at least a {a.edu:c}; chem techs often start with an {b.edu:c}. Chemists earn a median of {a.median:c}, chemical technicians {b.median:c}.", heading="Chemist vs. Chemical Technician")
T("cc-02", "ooh", "Employment of chemical technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than average>:c!2035} for all occupations. About {b.open:c} openings for chemical technicians are projected each year, on average, over the decade.", heading="Job Outlook")
T("cc-03", "forum", "analytical chemist in pharma QC. BLS median for chemists was {a.median@24:o!2024} in 2024, new data is higher. still underpaid vs the PhDs in R&D")
T("cc-04", "career-site", "Chemists held about {a.oemp:c!2025} jobs in May 2025, and only about {a.self*20:m!2025} were self-employed.")
T("cc-05", "bullets", "Chem tech at a glance:\n- Average hourly wage: {b.mean~hr:c}\n- Employment: {b.emp:c}\n- Self-employed: {b.self:c}\n- Typical education: {b.edu=<bachelor's degree>:m}")
T("cc-06", "career-site", "In New Jersey, analytical chemists earn a median of about {a.median=<$104,900>:u}, and chemical technicians in Middlesex County about {b.median=<$63,700>:u}.", place="New Jersey", own_place={1: "Middlesex County"})
T("cc-07", "faq", "Is chemistry a growing field? BLS projects about {a.chg*3:m!2035} new chemist jobs from 2025 to 2035 and roughly {a.open:c} openings a year.", heading="FAQ")
T("cc-08", "career-site", "In 2024, chemical technicians earned a median of {b.median@24:o!2024}, and their employment was projected to grow {b.desc=<about as fast as average>:o!2034} through 2034.")
NC("cc-n1", "Our HPLC column is $1,150 and ships in 3-5 business days; order 10 and save 15%.")
NC("cc-n2", "ACS membership is $186 a year, and the 2026 national meeting runs March 22-26.")

P("Store Manager", "Sales Associate")
T("ss-01", "comparison", "Store managers (first-line supervisors of retail sales workers) typically need a {a.edu:c} and experience; sales associates usually need {b.edu=<no formal educational credential>:c}. Supervisors earn a median of {a.median:c}, retail salespersons {b.median:c}.", heading="Store Manager vs. Sales Associate")
T("ss-02", "ooh", "Employment of retail salespersons is projected to lose about {b.chg:c!2035} jobs from 2025 to 2035. Despite that, about {b.open:c} openings for retail salespersons are projected each year, on average, over the decade.", heading="Job Outlook")
T("ss-03", "forum", "retail SM here. BLS says we average {a.mean~hr:c}/hr lmao, I'm salaried at $58k and work 55 hrs so do the math")
T("ss-04", "career-site", "Retail salespersons are one of the largest occupations, with about {b.oemp:c!2025} workers in May 2025, and about {b.self:c!2025} were self-employed.")
T("ss-05", "table", "| | Store manager | Sales associate |\n|---|---|---|\n| Median hourly pay | {a.median~hr:c} | {b.median~hr:c} |\n| Jobs (2025) | {a.emp:c!2025} | {b.emp:c!2025} |\n| Openings/yr (2025–35) | {a.open:c!2035} | {b.open:c!2035} |", heading="At a glance")
T("ss-06", "career-site", "In Georgia, store managers earn about {a.median=<$47,300>:u}, and sales associates in the Atlanta metro area around {b.median=<$33,900>:u}.", place="Georgia", own_place={1: "Atlanta metro area"})
T("ss-07", "press", "COLUMBUS, Ohio — The 2024–34 projections expected about {a.open@24:o!2034} openings a year for first-line retail supervisors, who earned a median of {a.median@23:o!2023} in May 2023, the report noted.")
T("ss-08", "faq", "How much do sales associates make? The median is {b.median*0.7~k:m} a year, and the top 10 percent earn more than {b.p90:c}.", heading="FAQ")
NC("ss-n1", "Associates get a 20% employee discount and can earn a $500 referral bonus; apply at any of our 312 stores.")
NC("ss-n2", "Black Friday doors open at 6 a.m.; TVs from $199, 40% off outerwear.")

# ---------------------------------------------------------------- second pass: weekly and monthly pay, quartiles, ranges, pronouns, wrong figures
P("Registered Nurse (RN)", "LPN/LVN")
T("rl-09", "nursing-blog", "LPNs are often the first nurses residents see each morning. They earn a median of about {b.median~wk:c} a week, and the middle half of LPNs earn between {b.mid~_and:c} a year.")
T("rl-10", "forum", "per BLS there are like {a.oemp*0.6~m:m} RNs in the US and growth is {a.pct*3:m}?? source pls, those numbers look made up")
P("CNA", "Certified Medical Assistant (CMA)")
T("cm-09", "career-site", "Medical assistants earn between {b.range~_and:c} a year, from the lowest 10 percent to the highest 10 percent, and BLS lists a {b.edu=<high school diploma>:m} as their typical entry-level education.")
P("Nurse Practitioner (NP)", "Physician Assistant (PA-C)")
T("np-09", "nursing-blog", "Nurse practitioners in the 75th percentile earn {a.p75:c} a year, while the 25th percentile is {a.p25:c}, so experience and specialty matter a lot.")
P("Occupational Therapist (OT)", "COTA")
T("ot-09", "faq", "What do OTs make a month? The median works out to about {a.median~mo:c} a month, before taxes.", heading="OT salary FAQ")
P("PT", "PTA")
T("pt-09", "career-site", "PTAs skip the DPT entirely — they earn a median of {b.median~k:c} after a two-year program, and they're projected to add {b.chg*0.4:m!2035} jobs by 2035.")
P("Respiratory Therapist (RT)", "EMT")
T("re-09", "career-site", "Back in May 2024, respiratory therapists earned a median of {a.median@24:o!2024}; back then, about {a.oemp@24:o!2024} of them were working nationwide.")
P("Ultrasound Tech", "Rad Tech")
T("sr-09", "forum", "rad tech pay per BLS: median {b.median~wk:c}/week. we get paid biweekly and it doesn't feel like that lol")
P("Dental Hygienist (RDH)", "Registered Dental Assistant (RDA)")
T("dd-09", "career-site", "Dental assistants earn from {b.range~k_asmuch:c} a year, and about {b.self*40:m} of them are self-employed, per BLS.")
P("HVAC Tech", "Journeyman Electrician")
T("he-09", "trade", "Electricians in the bottom quarter earn less than {b.p25:c} a year, and the top 10 percent make over {b.p90~k:c}; they're projected to grow {b.pct*2.2:m!2035} through 2035.")
P("Licensed Plumber", "Carpenter")
T("pc-09", "career-site", "Carpenters earn a median of about {b.median~mo:c} a month, and their employment in 2025 was {b.oemp:c!2025}.")
P("Certified Welder", "CNC Machinist")
T("wm-09", "forum", "BLS says CNC machinists need an {b.edu=<associate's degree>:m} and make {b.median*1.4~k:m} median. lol no. I learned on the floor")
P("Software Developer", "QA Tester")
T("sq-09", "tech-blog", "QA folks, take note: the middle 50% of testers earn {b.mid~k_dash:c}, and most hold a {b.edu:c}.")
P("DBA", "Sysadmin")
T("ds-09", "career-site", "Sysadmins earn an average of {b.mean~wk:c} a week, and they held about {b.emp*1.5:m} jobs nationwide.")
P("CPA", "Full-Charge Bookkeeper")
T("cb-10", "career-site", "Bookkeepers in the 25th percentile earn {b.p25:c}, and those in the 75th percentile earn {b.p75:c}.")
P("Financial Planner", "Mortgage Loan Officer")
T("fl-09", "press", "CHARLOTTE, N.C. — Loan officers earned between {b.range@24~_and:o!2024} (10th to 90th percentile) in May 2024, the firm's analysis of BLS data found.")
P("Elementary Teacher", "Paraprofessional")
T("tp-09", "career-site", "Paraprofessionals earn a median of {b.median~mo:c} a month, and they are projected to see {b.pct:c!2035} change in employment through 2035.")
P("Truck Driver (CDL)", "Amazon Delivery Driver")
T("td-09", "career-site", "Truck drivers earn a median of {a.median~wk:c} a week; BLS says most need a {a.edu=<bachelor's degree>:m}, which surprises a lot of CDL students.")
P("Front Desk Receptionist", "Admin Assistant")
T("ra-09", "faq", "Do admin assistants need a degree? No: they typically need a {b.edu=<high school diploma or equivalent>:c}, and they average {b.mean*1.4~k:m} a year.", heading="FAQ")
P("Patrol Officer", "Firefighter")
T("pf-09", "government", "Police officers in the bottom quarter earn less than {a.p25:c}, while the top quarter earn more than {a.p75:c}, nationally.")
P("Graphic Artist", "Art Director")
T("ga-09", "career-site", "Art directors earn from {b.range~k_to:c} a year; they typically need a {b.edu:c} and several years of experience.")
P("Analytical Chemist", "Chem Tech")
T("cc-09", "career-site", "Chemists earn a median of about {a.median~wk:c} a week, and they're projected to grow {a.pct*3:m!2035} through 2035.")
P("Store Manager", "Sales Associate")
T("ss-09", "forum", "per BLS retail sales associates need a {b.edu=<high school diploma>:m} and earn {b.median~hr:c}/hr median. lol I was hired at 16 with nothing")


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout19:\n  " + "\n  ".join(errs))
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
        print(Counter(c["verdict"] for c in cs))
        print(Counter(c["kind"] for c in cs))
        print(Counter(c["statistic"] for c in cs if c["kind"] == "salary"))
        print(Counter(c["period"] for c in cs if c["kind"] == "salary"))
        print(Counter(i["style"] for i in ITEMS))
        print("stated years:", Counter(c["year"] for c in cs if c["year"]), "places:", sum(1 for c in cs if c["place"]))
        print("items by pair:", Counter(i["id"][:2] for i in ITEMS))


if __name__ == "__main__":
    main()
