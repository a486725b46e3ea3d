#!/usr/bin/env python3
"""Generate claims-holdout12 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement.
Run: python3 make-holdout12.py [--flips]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"anes": {"query": "Anesthesiologist", "soc": "29-1211", "title": "Anesthesiologists", "oews2025": {"mean": 360570, "median": 391490, "p10": 101460, "p25": 207000, "p75": 490530, "p90": 557130, "hourlyMean": 173.35, "employment": 38760}, "oews2024": {"mean": 336640, "p10": 124450, "p25": 186680, "hourlyMean": 161.85, "employment": 41890}, "oews2023": {"mean": 339470, "p10": 84940, "p25": 191980, "hourlyMean": 163.21, "employment": 33470}, "ep2025": {"changePercent": 3.6, "changeNumeric": 1.5, "openingsPerYear": 1.1, "employmentBase": 41.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.9}, "ep2024": {"changePercent": 3.2, "changeNumeric": 1.4, "openingsPerYear": 1.3, "employmentBase": 45.3, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.7}},
"surg": {"query": "Surgeons, All Other", "soc": "29-1249", "title": "Surgeons, All Other", "oews2025": {"mean": 373930, "median": 414010, "p10": 80320, "p25": 134850, "p75": 511420, "p90": 655320, "hourlyMean": 179.78, "employment": 25140}, "oews2024": {"mean": 371280, "p10": 77290, "p25": 139070, "hourlyMean": 178.5, "employment": 24080}, "oews2023": {"mean": 343990, "p10": 78000, "p25": 120000, "hourlyMean": 165.38, "employment": 26370}, "ep2025": {"changePercent": 4, "changeNumeric": 1.1, "openingsPerYear": 0.7, "employmentBase": 27.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 5.3}, "ep2024": {"changePercent": 3.9, "changeNumeric": 1, "openingsPerYear": 0.6, "employmentBase": 25.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.7}},
"peds": {"query": "Pediatrician", "soc": "29-1221", "title": "Pediatricians, General", "oews2025": {"mean": 212110, "median": 210040, "p10": 91470, "p25": 138290, "p75": 273700, "p90": 338500, "hourlyMean": 101.98, "employment": 39390}, "oews2024": {"mean": 222340, "median": 210130, "p10": 96240, "p25": 159510, "hourlyMean": 106.89, "employment": 42960}, "oews2023": {"mean": 205860, "median": 198690, "p10": 85120, "p25": 141050, "hourlyMean": 98.97, "employment": 34870}, "ep2025": {"changePercent": 1.5, "changeNumeric": 0.6, "openingsPerYear": 1, "employmentBase": 42.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.8}, "ep2024": {"changePercent": 0.8, "changeNumeric": 0.4, "openingsPerYear": 1.2, "employmentBase": 46.4, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.6}},
"fam": {"query": "Family Physician", "soc": "29-1215", "title": "Family Medicine Physicians", "oews2025": {"mean": 255820, "median": 244180, "p10": 76830, "p25": 162420, "p75": 334270, "p90": 428550, "hourlyMean": 122.99, "employment": 107510}, "oews2024": {"mean": 256830, "median": 238380, "p10": 81330, "p25": 167580, "hourlyMean": 123.47, "employment": 107950}, "oews2023": {"mean": 240790, "median": 224640, "p10": 68890, "p25": 152810, "hourlyMean": 115.77, "employment": 112010}, "ep2025": {"changePercent": 3.3, "changeNumeric": 3.7, "openingsPerYear": 2.9, "employmentBase": 114.3, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.8}, "ep2024": {"changePercent": 2.7, "changeNumeric": 3.1, "openingsPerYear": 3.3, "employmentBase": 116, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.5}},
"engprof": {"query": "Engineering Professor", "soc": "25-1032", "title": "Engineering Teachers, Postsecondary", "oews2025": {"mean": 124520, "median": 109270, "p10": 61550, "p25": 81570, "p75": 150860, "p90": 210370, "employment": 40270}, "oews2024": {"mean": 119340, "median": 106120, "p10": 59790, "p25": 80060, "p75": 136400, "p90": 200650, "employment": 39910}, "oews2023": {"mean": 120630, "median": 106910, "p10": 60250, "p25": 81960, "p75": 139300, "p90": 200030, "employment": 38370}, "ep2025": {"changePercent": 7.8, "changeNumeric": 3.9, "openingsPerYear": 3.9, "employmentBase": 50.9, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 8.1, "changeNumeric": 4.1, "openingsPerYear": 4.1, "employmentBase": 50.3, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"csprof": {"query": "Computer Science Professor", "soc": "25-1021", "title": "Computer Science Teachers, Postsecondary", "oews2025": {"mean": 104420, "median": 96980, "p10": 49460, "p25": 66600, "p75": 131320, "p90": 170200, "employment": 35480}, "oews2024": {"mean": 105830, "median": 96690, "p10": 48910, "p25": 65200, "p75": 132200, "p90": 172380, "employment": 36240}, "oews2023": {"mean": 106380, "median": 96430, "p10": 49770, "p25": 65660, "p75": 133800, "p90": 175150, "employment": 36150}, "ep2025": {"changePercent": 4.9, "changeNumeric": 2.2, "openingsPerYear": 3.2, "employmentBase": 43.9, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 5.3, "changeNumeric": 2.4, "openingsPerYear": 3.5, "employmentBase": 44.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"bioprof": {"query": "Biology Professor", "soc": "25-1042", "title": "Biological Science Teachers, Postsecondary", "oews2025": {"mean": 102840, "median": 84620, "p10": 52150, "p25": 64350, "p75": 126770, "p90": 169900, "employment": 50190}, "oews2024": {"mean": 101340, "median": 83460, "p10": 50760, "p25": 64010, "p75": 125310, "p90": 169560, "employment": 53250}, "oews2023": {"mean": 102270, "median": 83920, "p10": 51670, "p25": 64990, "p75": 126760, "p90": 171410, "employment": 52050}, "ep2025": {"changePercent": 7.3, "changeNumeric": 4.5, "openingsPerYear": 4.7, "employmentBase": 62, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 7.3, "changeNumeric": 4.8, "openingsPerYear": 5.4, "employmentBase": 66, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"chemprof": {"query": "Chemistry Professor", "soc": "25-1052", "title": "Chemistry Teachers, Postsecondary", "oews2025": {"mean": 105210, "median": 93250, "p10": 57870, "p25": 68530, "p75": 127280, "p90": 172110, "employment": 19980}, "oews2024": {"mean": 103030, "median": 86220, "p10": 52870, "p25": 64980, "p75": 125920, "p90": 171600, "employment": 20390}, "oews2023": {"mean": 102630, "median": 85810, "p10": 52590, "p25": 65580, "p75": 125370, "p90": 171750, "employment": 20210}, "ep2025": {"changePercent": 2.3, "changeNumeric": 0.6, "openingsPerYear": 1.7, "employmentBase": 24.9, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.2, "changeNumeric": 0.6, "openingsPerYear": 1.9, "employmentBase": 25.4, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"lawprof": {"query": "Law Professor", "soc": "25-1112", "title": "Law Teachers, Postsecondary", "oews2025": {"mean": 144770, "median": 128500, "p10": 64250, "p25": 88700, "p75": 176490, "p90": 287900, "employment": 20060}, "oews2024": {"mean": 139950, "median": 126650, "p10": 58330, "p25": 84540, "p75": 173580, "employment": 22800}, "oews2023": {"mean": 142440, "median": 127360, "p10": 51810, "p25": 77860, "p75": 179700, "employment": 14570}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.7, "openingsPerYear": 1.8, "employmentBase": 25.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 2.2, "changeNumeric": 0.6, "openingsPerYear": 2.2, "employmentBase": 29.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}},
"econprof": {"query": "Economics Professor", "soc": "25-1063", "title": "Economics Teachers, Postsecondary", "oews2025": {"mean": 138850, "median": 123920, "p10": 64060, "p25": 86840, "p75": 168770, "p90": 224200, "employment": 11560}, "oews2024": {"mean": 133140, "median": 119980, "p10": 57550, "p25": 80850, "p75": 166600, "p90": 217160, "employment": 12420}, "oews2023": {"mean": 133650, "median": 115300, "p10": 58060, "p25": 82110, "p75": 168240, "p90": 221170, "employment": 12210}, "ep2025": {"changePercent": 2.4, "changeNumeric": 0.4, "openingsPerYear": 1, "employmentBase": 14.6, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.1, "changeNumeric": 0.3, "openingsPerYear": 1.2, "employmentBase": 15.8, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"libasst": {"query": "Library Assistant", "soc": "43-4121", "title": "Library Assistants, Clerical", "oews2025": {"mean": 39370, "median": 36910, "p10": 27730, "p25": 31820, "p75": 45620, "p90": 55310, "hourlyMean": 18.93, "employment": 85520}, "oews2024": {"mean": 37910, "median": 36010, "p10": 25090, "p25": 30190, "p75": 44200, "p90": 52790, "hourlyMean": 18.22, "employment": 80070}, "oews2023": {"mean": 35970, "median": 34020, "p10": 23510, "p25": 28670, "p75": 41300, "p90": 50200, "hourlyMean": 17.29, "employment": 83680}, "ep2025": {"changePercent": -6.4, "changeNumeric": -5.7, "openingsPerYear": 12.3, "employmentBase": 89.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6.7, "changeNumeric": -5.6, "openingsPerYear": 12.8, "employmentBase": 84.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"museum": {"query": "Museum Technician", "soc": "25-4013", "title": "Museum Technicians and Conservators", "oews2025": {"mean": 57410, "median": 51440, "p10": 33780, "p25": 41050, "p75": 67640, "p90": 87530, "hourlyMean": 27.6, "employment": 12310}, "oews2024": {"mean": 53630, "median": 47460, "p10": 30720, "p25": 37460, "p75": 62990, "p90": 82790, "hourlyMean": 25.78, "employment": 13070}, "oews2023": {"mean": 54890, "median": 48670, "p10": 30730, "p25": 37580, "p75": 65020, "p90": 84400, "hourlyMean": 26.39, "employment": 12670}, "ep2025": {"changePercent": 3.6, "changeNumeric": 0.5, "openingsPerYear": 1.6, "employmentBase": 14, "education": "Bachelor's degree", "selfEmployedPercent": 7.9}, "ep2024": {"changePercent": 5.4, "changeNumeric": 0.8, "openingsPerYear": 1.9, "employmentBase": 15.7, "education": "Bachelor's degree", "selfEmployedPercent": 12}},
"officemgr": {"query": "Office Manager", "soc": "43-1011", "title": "First-Line Supervisors of Office and Administrative Support Workers", "oews2025": {"mean": 73490, "median": 69500, "p10": 45610, "p25": 55950, "p75": 85090, "p90": 104710, "hourlyMean": 35.33, "employment": 1436680}, "oews2024": {"mean": 71560, "median": 66140, "p10": 43920, "p25": 53190, "p75": 82340, "p90": 102980, "hourlyMean": 34.4, "employment": 1495580}, "oews2023": {"mean": 68620, "median": 63450, "p10": 41060, "p25": 50160, "p75": 79690, "p90": 100270, "hourlyMean": 32.99, "employment": 1504570}, "ep2025": {"changePercent": 0.1, "changeNumeric": 0.9, "openingsPerYear": 127.4, "employmentBase": 1506.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": -0.3, "changeNumeric": -3.9, "openingsPerYear": 144.5, "employmentBase": 1558.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}},
"opsmgr": {"query": "Operations Manager", "soc": "11-1021", "title": "General and Operations Managers", "oews2025": {"mean": 134940, "median": 105770, "p10": 50090, "p25": 72320, "p75": 167280, "p90": 253390, "hourlyMean": 64.87, "employment": 3503020}, "oews2024": {"mean": 133120, "median": 102950, "p10": 47420, "p25": 67160, "p75": 164130, "hourlyMean": 64, "employment": 3584420}, "oews2023": {"mean": 129330, "median": 101280, "p10": 46340, "p25": 65180, "p75": 160290, "p90": 232110, "hourlyMean": 62.18, "employment": 3507810}, "ep2025": {"changePercent": 5, "changeNumeric": 181.3, "openingsPerYear": 285, "employmentBase": 3599, "education": "Bachelor's degree", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 4.4, "changeNumeric": 164, "openingsPerYear": 308.7, "employmentBase": 3712.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.9}},
"prodmgr": {"query": "Production Manager", "soc": "11-3051", "title": "Industrial Production Managers", "oews2025": {"mean": 134170, "median": 126060, "p10": 78000, "p25": 98160, "p75": 161880, "p90": 205520, "hourlyMean": 64.5, "employment": 246250}, "oews2024": {"mean": 129180, "median": 121440, "p10": 74900, "p25": 94620, "p75": 156330, "p90": 197310, "hourlyMean": 62.11, "employment": 234380}, "oews2023": {"mean": 125900, "median": 116970, "p10": 72010, "p25": 91590, "p75": 151220, "p90": 190480, "hourlyMean": 60.53, "employment": 222890}, "ep2025": {"changePercent": 2.6, "changeNumeric": 6.5, "openingsPerYear": 17, "employmentBase": 252.1, "education": "Bachelor's degree", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 1.9, "changeNumeric": 4.6, "openingsPerYear": 17.1, "employmentBase": 241.9, "education": "Bachelor's degree", "selfEmployedPercent": 2.6}},
"logmgr": {"query": "Logistics Manager", "soc": "11-3071", "title": "Transportation, Storage, and Distribution Managers", "oews2025": {"mean": 121600, "median": 107230, "p10": 65120, "p25": 82440, "p75": 146770, "p90": 194900, "hourlyMean": 58.46, "employment": 221180}, "oews2024": {"mean": 116010, "median": 102010, "p10": 61200, "p25": 78360, "p75": 136050, "p90": 180590, "hourlyMean": 55.77, "employment": 213000}, "oews2023": {"mean": 111870, "median": 99200, "p10": 58810, "p25": 76120, "p75": 133090, "p90": 175530, "hourlyMean": 53.79, "employment": 198780}, "ep2025": {"changePercent": 6.1, "changeNumeric": 14, "openingsPerYear": 18.3, "employmentBase": 228.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.6}, "ep2024": {"changePercent": 6.1, "changeNumeric": 13.1, "openingsPerYear": 18.5, "employmentBase": 216.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}},
"cbmgr": {"query": "Compensation and Benefits Manager", "soc": "11-3111", "title": "Compensation and Benefits Managers", "oews2025": {"mean": 162640, "median": 149230, "p10": 89160, "p25": 113170, "p75": 200610, "p90": 256570, "hourlyMean": 78.19, "employment": 22940}, "oews2024": {"mean": 156230, "median": 140360, "p10": 81660, "p25": 105210, "p75": 190890, "hourlyMean": 75.11, "employment": 20070}, "oews2023": {"mean": 150940, "median": 136380, "p10": 76550, "p25": 102540, "p75": 181030, "p90": 229970, "hourlyMean": 72.57, "employment": 18690}, "ep2025": {"changePercent": 1.1, "changeNumeric": 0.3, "openingsPerYear": 1.6, "employmentBase": 23.7, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 0.2, "changeNumeric": 0, "openingsPerYear": 1.5, "employmentBase": 20.9, "education": "Bachelor's degree", "selfEmployedPercent": 1.4}},
"tdmgr": {"query": "Training and Development Manager", "soc": "11-3131", "title": "Training and Development Managers", "oews2025": {"mean": 148370, "median": 133000, "p10": 79550, "p25": 101850, "p75": 176870, "p90": 233600, "hourlyMean": 71.33, "employment": 48050}, "oews2024": {"mean": 140590, "median": 127090, "p10": 75810, "p25": 96110, "p75": 169310, "p90": 219990, "hourlyMean": 67.59, "employment": 44960}, "oews2023": {"mean": 138450, "median": 125040, "p10": 73410, "p25": 94240, "p75": 166780, "p90": 220060, "hourlyMean": 66.56, "employment": 41540}, "ep2025": {"changePercent": 6.4, "changeNumeric": 3.2, "openingsPerYear": 4.1, "employmentBase": 50.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 5.8, "changeNumeric": 2.7, "openingsPerYear": 3.8, "employmentBase": 46.4, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"sgt": {"query": "Police Sergeant", "soc": "33-1012", "title": "First-Line Supervisors of Police and Detectives", "oews2025": {"mean": 112190, "median": 106040, "p10": 63350, "p25": 81860, "p75": 132620, "p90": 165110, "hourlyMean": 53.94, "employment": 154610}, "oews2024": {"mean": 110990, "median": 105980, "p10": 62370, "p25": 80940, "p75": 133520, "p90": 165050, "hourlyMean": 53.36, "employment": 153130}, "oews2023": {"mean": 106000, "median": 101750, "p10": 60090, "p25": 77750, "p75": 128460, "p90": 160710, "hourlyMean": 50.96, "employment": 138140}, "ep2025": {"changePercent": 3.3, "changeNumeric": 5.2, "openingsPerYear": 10.6, "employmentBase": 160.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.9, "changeNumeric": 4.6, "openingsPerYear": 10.9, "employmentBase": 160.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"firecap": {"query": "Fire Captain", "soc": "33-1021", "title": "First-Line Supervisors of Firefighting and Prevention Workers", "oews2025": {"mean": 96930, "median": 93530, "p10": 53430, "p25": 72140, "p75": 119500, "p90": 140010, "hourlyMean": 46.6, "employment": 99140}, "oews2024": {"mean": 97030, "median": 92430, "p10": 53970, "p25": 72240, "p75": 115990, "p90": 142300, "hourlyMean": 46.65, "employment": 93680}, "oews2023": {"mean": 90740, "median": 86220, "p10": 49910, "p25": 66390, "p75": 108380, "p90": 135050, "hourlyMean": 43.63, "employment": 84120}, "ep2025": {"changePercent": 3.7, "changeNumeric": 3.8, "openingsPerYear": 6.6, "employmentBase": 101.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.4, "changeNumeric": 3.4, "openingsPerYear": 6.5, "employmentBase": 97.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"casmgr": {"query": "Casino Manager", "soc": "11-9071", "title": "Gambling Managers", "oews2025": {"mean": 103050, "median": 93220, "p10": 55960, "p25": 72570, "p75": 122990, "p90": 164350, "hourlyMean": 49.54, "employment": 5030}, "oews2024": {"mean": 102480, "median": 85580, "p10": 51670, "p25": 70190, "p75": 120490, "p90": 165220, "hourlyMean": 49.27, "employment": 4620}, "oews2023": {"mean": 98270, "median": 82380, "p10": 49940, "p25": 65210, "p75": 113720, "p90": 159440, "hourlyMean": 47.24, "employment": 4590}, "ep2025": {"changePercent": 3.6, "changeNumeric": 0.2, "openingsPerYear": 0.6, "employmentBase": 5.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.7}, "ep2024": {"changePercent": 1.2, "changeNumeric": 0.1, "openingsPerYear": 0.6, "employmentBase": 5.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.7}},
"gamesup": {"query": "First-Line Supervisors of Gambling Services Workers", "soc": "39-1013", "title": "First-Line Supervisors of Gambling Services Workers", "oews2025": {"mean": 64830, "median": 63820, "p10": 41400, "p25": 51340, "p75": 75770, "p90": 84750, "hourlyMean": 31.17, "employment": 26010}, "oews2024": {"mean": 62600, "median": 61590, "p10": 38360, "p25": 49190, "p75": 74080, "p90": 82370, "hourlyMean": 30.1, "employment": 25530}, "oews2023": {"mean": 62110, "median": 61210, "p10": 37230, "p25": 48510, "p75": 74080, "p90": 82290, "hourlyMean": 29.86, "employment": 25100}, "ep2025": {"changePercent": 3.5, "changeNumeric": 1, "openingsPerYear": 2.6, "employmentBase": 27.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.7}, "ep2024": {"changePercent": 2, "changeNumeric": 0.6, "openingsPerYear": 3.3, "employmentBase": 32.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 19.1}},
"reactor": {"query": "Nuclear Reactor Operator", "soc": "51-8011", "title": "Nuclear Power Reactor Operators", "oews2025": {"mean": 121380, "median": 122890, "p10": 98640, "p25": 109440, "p75": 130490, "p90": 149310, "hourlyMean": 58.36, "employment": 5150}, "oews2024": {"mean": 122830, "median": 122610, "p10": 99300, "p25": 107170, "p75": 131520, "p90": 152690, "hourlyMean": 59.05, "employment": 5720}, "oews2023": {"mean": 121240, "median": 120350, "p10": 92270, "p25": 103880, "p75": 134100, "p90": 151980, "hourlyMean": 58.29, "employment": 5760}, "ep2025": {"changePercent": -5.9, "changeNumeric": -0.3, "openingsPerYear": 0.4, "employmentBase": 5.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -15.3, "changeNumeric": -0.9, "openingsPerYear": 0.4, "employmentBase": 5.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"dispatchp": {"query": "Power Dispatcher", "soc": "51-8012", "title": "Power Distributors and Dispatchers", "oews2025": {"mean": 111320, "median": 106730, "p10": 72440, "p25": 90200, "p75": 130940, "p90": 154270, "hourlyMean": 53.52, "employment": 8520}, "oews2024": {"mean": 109620, "median": 107240, "p10": 70760, "p25": 91670, "p75": 128690, "p90": 144900, "hourlyMean": 52.7, "employment": 9180}, "oews2023": {"mean": 105460, "median": 104750, "p10": 68360, "p25": 87440, "p75": 122830, "p90": 138950, "hourlyMean": 50.7, "employment": 9040}, "ep2025": {"changePercent": 1.2, "changeNumeric": 0.1, "openingsPerYear": 0.7, "employmentBase": 8.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -3.2, "changeNumeric": -0.3, "openingsPerYear": 0.8, "employmentBase": 9.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"rotary": {"query": "Rotary Drill Operator", "soc": "47-5012", "title": "Rotary Drill Operators, Oil and Gas", "oews2025": {"mean": 72130, "median": 67890, "p10": 47010, "p25": 53810, "p75": 81360, "p90": 101860, "hourlyMean": 34.68, "employment": 12600}, "oews2024": {"mean": 70080, "median": 65010, "p10": 42750, "p25": 52600, "p75": 81550, "p90": 98510, "hourlyMean": 33.69, "employment": 13090}, "oews2023": {"mean": 67320, "median": 61770, "p10": 40290, "p25": 50060, "p75": 79560, "p90": 89810, "hourlyMean": 32.36, "employment": 12180}, "ep2025": {"changePercent": 0.8, "changeNumeric": 0.1, "openingsPerYear": 1.1, "employmentBase": 12.7, "education": "No formal educational credential", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 0.2, "changeNumeric": 0, "openingsPerYear": 1.2, "employmentBase": 13.3, "education": "No formal educational credential", "selfEmployedPercent": 1.4}},
"serviceop": {"query": "Service Unit Operator", "soc": "47-5013", "title": "Service Unit Operators, Oil and Gas", "oews2025": {"mean": 62470, "median": 58160, "p10": 38940, "p25": 47480, "p75": 73230, "p90": 97560, "hourlyMean": 30.04, "employment": 43140}, "oews2024": {"mean": 61530, "median": 57980, "p10": 40010, "p25": 47330, "p75": 70510, "p90": 93820, "hourlyMean": 29.58, "employment": 44120}, "oews2023": {"mean": 59390, "median": 55750, "p10": 38090, "p25": 45570, "p75": 67790, "p90": 87350, "hourlyMean": 28.55, "employment": 46150}, "ep2025": {"changePercent": 1.1, "changeNumeric": 0.5, "openingsPerYear": 3.8, "employmentBase": 43.8, "education": "No formal educational credential", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 0.4, "changeNumeric": 0.2, "openingsPerYear": 4.1, "employmentBase": 45.2, "education": "No formal educational credential", "selfEmployedPercent": 1.4}},
"contmine": {"query": "Continuous Mining Machine Operator", "soc": "47-5041", "title": "Continuous Mining Machine Operators", "oews2025": {"mean": 65050, "median": 61810, "p10": 46770, "p25": 51610, "p75": 77570, "p90": 86210, "hourlyMean": 31.27, "employment": 14000}, "oews2024": {"mean": 63920, "median": 63380, "p10": 41450, "p25": 50850, "p75": 76850, "p90": 84420, "hourlyMean": 30.73, "employment": 14340}, "oews2023": {"mean": 62110, "median": 61420, "p10": 40120, "p25": 49450, "p75": 75730, "p90": 80840, "hourlyMean": 29.86, "employment": 15700}, "ep2025": {"changePercent": 3.2, "changeNumeric": 0.4, "openingsPerYear": 1.4, "employmentBase": 14, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": 0.6, "changeNumeric": 0.1, "openingsPerYear": 1.6, "employmentBase": 14.9, "education": "No formal educational credential", "selfEmployedPercent": 2.8}},
"bolter": {"query": "Roof Bolter", "soc": "47-5043", "title": "Roof Bolters, Mining", "oews2025": {"mean": 78100, "median": 78540, "p10": 63750, "p25": 71390, "p75": 81860, "p90": 92830, "hourlyMean": 37.55, "employment": 2160}, "oews2024": {"mean": 74760, "median": 76640, "p10": 50880, "p25": 67110, "p75": 80230, "p90": 87420, "hourlyMean": 35.94, "employment": 2230}, "oews2023": {"mean": 68540, "median": 66660, "p10": 53970, "p25": 59520, "p75": 75540, "p90": 78030, "hourlyMean": 32.95, "employment": 1960}, "ep2025": {"changePercent": -18.9, "changeNumeric": -0.4, "openingsPerYear": 0.1, "employmentBase": 2.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -34.2, "changeNumeric": -0.8, "openingsPerYear": 0.1, "employmentBase": 2.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.8}},
"semi": {"query": "Semiconductor Processing Technician", "soc": "51-9141", "title": "Semiconductor Processing Technicians", "oews2025": {"mean": 60180, "median": 51430, "p10": 37690, "p25": 45640, "p75": 65010, "p90": 82540, "hourlyMean": 28.93, "employment": 31460}, "oews2024": {"mean": 59640, "median": 51180, "p10": 35980, "p25": 45320, "p75": 74640, "p90": 87190, "hourlyMean": 28.68, "employment": 32150}, "oews2023": {"mean": 48970, "median": 45850, "p10": 31610, "p25": 38510, "p75": 56660, "p90": 67870, "hourlyMean": 23.54, "employment": 26450}, "ep2025": {"changePercent": 8.2, "changeNumeric": 2.6, "openingsPerYear": 3.4, "employmentBase": 31.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 10.9, "changeNumeric": 3.5, "openingsPerYear": 3.9, "employmentBase": 31.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"calib": {"query": "Calibration Technician", "soc": "17-3028", "title": "Calibration Technologists and Technicians", "oews2025": {"mean": 74170, "median": 67820, "p10": 46680, "p25": 56380, "p75": 92080, "p90": 106550, "hourlyMean": 35.66, "employment": 16540}, "oews2024": {"mean": 71080, "median": 65040, "p10": 44730, "p25": 52250, "p75": 83600, "p90": 105440, "hourlyMean": 34.18, "employment": 15320}, "oews2023": {"mean": 67360, "median": 62790, "p10": 42370, "p25": 50050, "p75": 79170, "p90": 100850, "hourlyMean": 32.39, "employment": 13220}, "ep2025": {"changePercent": 4.8, "changeNumeric": 0.8, "openingsPerYear": 1.5, "employmentBase": 17, "education": "Associate's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 4.7, "changeNumeric": 0.7, "openingsPerYear": 1.4, "employmentBase": 15.8, "education": "Associate's degree", "selfEmployedPercent": 1.5}},
"sewing": {"query": "Sewing Machine Operator", "soc": "51-6031", "title": "Sewing Machine Operators", "oews2025": {"mean": 37600, "median": 36670, "p10": 27860, "p25": 31960, "p75": 42830, "p90": 47840, "hourlyMean": 18.08, "employment": 104880}, "oews2024": {"mean": 36680, "median": 36000, "p10": 26860, "p25": 31200, "p75": 40810, "p90": 47060, "hourlyMean": 17.64, "employment": 109590}, "oews2023": {"mean": 35000, "median": 34440, "p10": 25360, "p25": 29690, "p75": 38340, "p90": 45360, "hourlyMean": 16.83, "employment": 116130}, "ep2025": {"changePercent": -15.1, "changeNumeric": -17.7, "openingsPerYear": 9.8, "employmentBase": 117.2, "education": "No formal educational credential", "selfEmployedPercent": 11.3}, "ep2024": {"changePercent": -10.8, "changeNumeric": -13.3, "openingsPerYear": 13, "employmentBase": 124, "education": "No formal educational credential", "selfEmployedPercent": 11.2}},
"presser": {"query": "Pressers, Textile, Garment, and Related Materials", "soc": "51-6021", "title": "Pressers, Textile, Garment, and Related Materials", "oews2025": {"mean": 34640, "median": 35060, "p10": 27180, "p25": 29870, "p75": 37940, "p90": 43050, "hourlyMean": 16.65, "employment": 26120}, "oews2024": {"mean": 33370, "median": 33880, "p10": 24960, "p25": 29060, "p75": 36830, "p90": 41410, "hourlyMean": 16.04, "employment": 26830}, "oews2023": {"mean": 32340, "median": 32240, "p10": 23650, "p25": 28460, "p75": 36050, "p90": 39360, "hourlyMean": 15.55, "employment": 28700}, "ep2025": {"changePercent": -15.7, "changeNumeric": -4.1, "openingsPerYear": 2.2, "employmentBase": 26.3, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -13.5, "changeNumeric": -3.8, "openingsPerYear": 2.8, "employmentBase": 28.4, "education": "No formal educational credential", "selfEmployedPercent": null}},
"music": {"query": "Musical Instrument Repairer", "soc": "49-9063", "title": "Musical Instrument Repairers and Tuners", "oews2025": {"mean": 49960, "median": 46420, "p10": 31220, "p25": 37670, "p75": 58430, "p90": 71600, "hourlyMean": 24.02, "employment": 5380}, "oews2024": {"mean": 49020, "median": 45320, "p10": 30130, "p25": 35820, "p75": 56960, "p90": 73430, "hourlyMean": 23.57, "employment": 5730}, "oews2023": {"mean": 46250, "median": 42800, "p10": 29330, "p25": 34980, "p75": 52590, "p90": 63970, "hourlyMean": 22.24, "employment": 6170}, "ep2025": {"changePercent": 1.9, "changeNumeric": 0.1, "openingsPerYear": 0.6, "employmentBase": 6, "education": "High school diploma or equivalent", "selfEmployedPercent": 8.4}, "ep2024": {"changePercent": 1.4, "changeNumeric": 0.1, "openingsPerYear": 0.6, "employmentBase": 6.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 9.8}},
"camrep": {"query": "Camera Repairer", "soc": "49-9061", "title": "Camera and Photographic Equipment Repairers", "oews2025": {"mean": 56040, "median": 52720, "p10": 34320, "p25": 41630, "p75": 66070, "p90": 83940, "hourlyMean": 26.94, "employment": 1650}, "oews2024": {"mean": 53420, "median": 49300, "p10": 36020, "p25": 42590, "p75": 62400, "p90": 76550, "hourlyMean": 25.69, "employment": 2010}, "oews2023": {"mean": 58870, "median": 46850, "p10": 34710, "p25": 42840, "p75": 63940, "p90": 120090, "hourlyMean": 28.3, "employment": 2540}, "ep2025": {"changePercent": -15.5, "changeNumeric": -0.3, "openingsPerYear": 0.1, "employmentBase": 1.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.3}, "ep2024": {"changePercent": -15.1, "changeNumeric": -0.3, "openingsPerYear": 0.2, "employmentBase": 2.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 8.7}},
"barista": {"query": "Barista", "soc": "35-3023", "title": "Fast Food and Counter Workers", "oews2025": {"mean": 32150, "median": 31200, "p10": 22840, "p25": 27700, "p75": 36070, "p90": 42650, "hourlyMean": 15.46, "employment": 3854050}, "oews2024": {"mean": 31350, "median": 30480, "p10": 22620, "p25": 27150, "p75": 35440, "p90": 38800, "hourlyMean": 15.07, "employment": 3780930}, "oews2023": {"mean": 30110, "median": 29540, "p10": 22190, "p25": 26280, "p75": 34430, "p90": 36880, "hourlyMean": 14.48, "employment": 3676580}, "ep2025": {"changePercent": 5.8, "changeNumeric": 223.3, "openingsPerYear": 827.4, "employmentBase": 3855.9, "education": "No formal educational credential", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 6.1, "changeNumeric": 233.2, "openingsPerYear": 904.3, "employmentBase": 3796, "education": "No formal educational credential", "selfEmployedPercent": 0.1}},
"busser": {"query": "Dining Room and Cafeteria Attendants and Bartender Helpers", "soc": "35-9011", "title": "Dining Room and Cafeteria Attendants and Bartender Helpers", "oews2025": {"mean": 34230, "median": 33980, "p10": 21300, "p25": 28330, "p75": 37250, "p90": 46570, "hourlyMean": 16.46, "employment": 542750}, "oews2024": {"mean": 34190, "median": 32670, "p10": 22260, "p25": 27830, "p75": 36880, "p90": 46380, "hourlyMean": 16.44, "employment": 522010}, "oews2023": {"mean": 32730, "median": 31180, "p10": 21490, "p25": 26290, "p75": 35820, "p90": 44580, "hourlyMean": 15.74, "employment": 483390}, "ep2025": {"changePercent": 5.3, "changeNumeric": 28.9, "openingsPerYear": 95.3, "employmentBase": 546.6, "education": "No formal educational credential", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 6.3, "changeNumeric": 33.1, "openingsPerYear": 99.6, "employmentBase": 527.4, "education": "No formal educational credential", "selfEmployedPercent": 0.2}},
"model": {"query": "Fashion Model", "soc": "41-9012", "title": "Models", "oews2025": {"mean": 72800, "median": 48470, "p10": 34190, "p25": 35710, "p75": 99320, "p90": 131470, "hourlyMean": 35, "employment": 3780}, "oews2024": {"mean": 81540, "median": 89990, "p10": 38010, "p25": 45760, "p75": 89990, "p90": 124380, "hourlyMean": 39.2, "employment": 5350}, "oews2023": {"mean": 68700, "median": 47430, "p10": 31680, "p25": 34390, "p75": 64480, "p90": 140310, "hourlyMean": 33.03, "employment": 3090}, "ep2025": {"changePercent": -2.1, "changeNumeric": -0.1, "openingsPerYear": 0.7, "employmentBase": 4.2, "education": "No formal educational credential", "selfEmployedPercent": 7.6}, "ep2024": {"changePercent": -0.5, "changeNumeric": 0, "openingsPerYear": 1.2, "employmentBase": 6.7, "education": "No formal educational credential", "selfEmployedPercent": 16.3}},
"agent": {"query": "Talent Agent", "soc": "13-1011", "title": "Agents and Business Managers of Artists, Performers, and Athletes", "oews2025": {"mean": 141580, "median": 82890, "p10": 48010, "p25": 63670, "p75": 146430, "p90": 284570, "hourlyMean": 68.07, "employment": 12620}, "oews2024": {"mean": 165600, "median": 96310, "p10": 48530, "p25": 63100, "p75": 168850, "hourlyMean": 79.62, "employment": 14220}, "oews2023": {"mean": 132810, "median": 84900, "p10": 47100, "p25": 62280, "p75": 129930, "hourlyMean": 63.85, "employment": 12870}, "ep2025": {"changePercent": 9.7, "changeNumeric": 2.6, "openingsPerYear": 2.4, "employmentBase": 26.9, "education": "Bachelor's degree", "selfEmployedPercent": 45.4}, "ep2024": {"changePercent": 8.7, "changeNumeric": 1.9, "openingsPerYear": 2.2, "employmentBase": 21.4, "education": "Bachelor's degree", "selfEmployedPercent": 26.1}},
"motorboat": {"query": "Motorboat Operator", "soc": "53-5022", "title": "Motorboat Operators", "oews2025": {"mean": 56270, "median": 47520, "p10": 34510, "p25": 42760, "p75": 69010, "p90": 84530, "hourlyMean": 27.05, "employment": 2480}, "oews2024": {"mean": 55370, "median": 51880, "p10": 31970, "p25": 39860, "p75": 68490, "p90": 82330, "hourlyMean": 26.62, "employment": 2380}, "oews2023": {"mean": 51810, "median": 46420, "p10": 28890, "p25": 35860, "p75": 64490, "p90": 80960, "hourlyMean": 24.91, "employment": 2710}, "ep2025": {"changePercent": 4.9, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 2.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": 7.5}, "ep2024": {"changePercent": 1.4, "changeNumeric": 0, "openingsPerYear": 0.3, "employmentBase": 2.7, "education": "Postsecondary nondegree award", "selfEmployedPercent": 6.5}},
"bridge": {"query": "Bridge Tender", "soc": "53-6011", "title": "Bridge and Lock Tenders", "oews2025": {"mean": 55370, "median": 57700, "p10": 28090, "p25": 38640, "p75": 69620, "p90": 75360, "hourlyMean": 26.62, "employment": 3040}, "oews2024": {"mean": 56520, "median": 58490, "p10": 32690, "p25": 43700, "p75": 69530, "p90": 74400, "hourlyMean": 27.17, "employment": 2720}, "oews2023": {"mean": 50070, "median": 49120, "p10": 28990, "p25": 33340, "p75": 64250, "p90": 69880, "hourlyMean": 24.07, "employment": 3460}, "ep2025": {"changePercent": -2.3, "changeNumeric": -0.1, "openingsPerYear": 0.3, "employmentBase": 3.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -3.3, "changeNumeric": -0.1, "openingsPerYear": 0.3, "employmentBase": 2.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"traffic": {"query": "Traffic Technician", "soc": "53-6041", "title": "Traffic Technicians", "oews2025": {"mean": 62050, "median": 59090, "p10": 39090, "p25": 46440, "p75": 75850, "p90": 85130, "hourlyMean": 29.83, "employment": 7860}, "oews2024": {"mean": 61310, "median": 58480, "p10": 38060, "p25": 46690, "p75": 74480, "p90": 85810, "hourlyMean": 29.48, "employment": 7580}, "oews2023": {"mean": 56680, "median": 52240, "p10": 36290, "p25": 42770, "p75": 67370, "p90": 78840, "hourlyMean": 27.25, "employment": 7530}, "ep2025": {"changePercent": 4, "changeNumeric": 0.3, "openingsPerYear": 0.9, "employmentBase": 8.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.7, "changeNumeric": 0.3, "openingsPerYear": 0.8, "employmentBase": 7.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.1}},
"survtech": {"query": "Surveying Technician", "soc": "17-3031", "title": "Surveying and Mapping Technicians", "oews2025": {"mean": 58000, "median": 54240, "p10": 37520, "p25": 45430, "p75": 66700, "p90": 81630, "hourlyMean": 27.89, "employment": 58010}, "oews2024": {"mean": 56890, "median": 51940, "p10": 36910, "p25": 44180, "p75": 65240, "p90": 80870, "hourlyMean": 27.35, "employment": 56720}, "oews2023": {"mean": 54090, "median": 48940, "p10": 35080, "p25": 39790, "p75": 62540, "p90": 79150, "hourlyMean": 26, "employment": 56050}, "ep2025": {"changePercent": 5.8, "changeNumeric": 3.4, "openingsPerYear": 6.9, "employmentBase": 58.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": 4.5, "changeNumeric": 2.7, "openingsPerYear": 7.6, "employmentBase": 59.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.6}},
"aginsp": {"query": "Agricultural Inspector", "soc": "45-2011", "title": "Agricultural Inspectors", "oews2025": {"mean": 54910, "median": 49940, "p10": 37020, "p25": 42330, "p75": 64500, "p90": 79580, "hourlyMean": 26.4, "employment": 14410}, "oews2024": {"mean": 55650, "median": 50990, "p10": 37440, "p25": 42740, "p75": 64960, "p90": 80240, "hourlyMean": 26.75, "employment": 12090}, "oews2023": {"mean": 52170, "median": 48010, "p10": 35360, "p25": 39640, "p75": 60690, "p90": 75270, "hourlyMean": 25.08, "employment": 12660}, "ep2025": {"changePercent": 2.3, "changeNumeric": 0.4, "openingsPerYear": 2.5, "employmentBase": 17.8, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1.5, "changeNumeric": 0.2, "openingsPerYear": 2.2, "employmentBase": 14.7, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"breeder": {"query": "Animal Breeder", "soc": "45-2021", "title": "Animal Breeders", "oews2025": {"mean": 57010, "median": 51130, "p10": 38480, "p25": 44320, "p75": 62080, "p90": 90550, "hourlyMean": 27.41, "employment": 1330}, "oews2024": {"mean": 56150, "median": 52000, "p10": 37130, "p25": 43310, "p75": 59630, "p90": 89970, "hourlyMean": 27, "employment": 1730}, "oews2023": {"mean": 53520, "median": 47540, "p10": 33710, "p25": 39980, "p75": 61330, "p90": 77410, "hourlyMean": 25.73, "employment": 1360}, "ep2025": {"changePercent": 3, "changeNumeric": 0.2, "openingsPerYear": 1, "employmentBase": 6.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.5}, "ep2024": {"changePercent": 2.4, "changeNumeric": 0.2, "openingsPerYear": 1.2, "employmentBase": 7.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.4}},
"telline": {"query": "Telecom Line Installer", "soc": "49-9052", "title": "Telecommunications Line Installers and Repairers", "oews2025": {"mean": 73940, "median": 74330, "p10": 45310, "p25": 54310, "p75": 95850, "p90": 103680, "hourlyMean": 35.55, "employment": 97720}, "oews2024": {"mean": 72440, "median": 70500, "p10": 42940, "p25": 50620, "p75": 95520, "p90": 104840, "hourlyMean": 34.83, "employment": 98360}, "oews2023": {"mean": 69040, "median": 64640, "p10": 40180, "p25": 48540, "p75": 91500, "p90": 101120, "hourlyMean": 33.19, "employment": 98950}, "ep2025": {"changePercent": -3.4, "changeNumeric": -3.5, "openingsPerYear": 8, "employmentBase": 103.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.9}, "ep2024": {"changePercent": -3.1, "changeNumeric": -3.1, "openingsPerYear": 8.9, "employmentBase": 99.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.3}},
"motorrep": {"query": "Electric Motor Repairer", "soc": "49-2092", "title": "Electric Motor, Power Tool, and Related Repairers", "oews2025": {"mean": 58610, "median": 56210, "p10": 37100, "p25": 45190, "p75": 69090, "p90": 85200, "hourlyMean": 28.18, "employment": 14450}, "oews2024": {"mean": 56820, "median": 53990, "p10": 36310, "p25": 44480, "p75": 66180, "p90": 79230, "hourlyMean": 27.32, "employment": 16570}, "oews2023": {"mean": 52550, "median": 49230, "p10": 34590, "p25": 40440, "p75": 61160, "p90": 74520, "hourlyMean": 25.27, "employment": 16010}, "ep2025": {"changePercent": 4.4, "changeNumeric": 0.7, "openingsPerYear": 1.4, "employmentBase": 16.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.4}, "ep2024": {"changePercent": 3.4, "changeNumeric": 0.6, "openingsPerYear": 1.7, "employmentBase": 17.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}},
"hit": {"query": "Health Information Technologist", "soc": "29-9021", "title": "Health Information Technologists and Medical Registrars", "oews2025": {"mean": 74970, "median": 68020, "p10": 39830, "p25": 48940, "p75": 95630, "p90": 117420, "hourlyMean": 36.04, "employment": 38100}, "oews2024": {"mean": 73410, "median": 67310, "p10": 39120, "p25": 48400, "p75": 92410, "p90": 112130, "hourlyMean": 35.3, "employment": 37620}, "oews2023": {"mean": 70260, "median": 62990, "p10": 38310, "p25": 46580, "p75": 86950, "p90": 107650, "hourlyMean": 33.78, "employment": 34430}, "ep2025": {"changePercent": 15.9, "changeNumeric": 6.7, "openingsPerYear": 3, "employmentBase": 42, "education": "Associate's degree", "selfEmployedPercent": 7.2}, "ep2024": {"changePercent": 14.7, "changeNumeric": 6.2, "openingsPerYear": 3.2, "employmentBase": 41.9, "education": "Associate's degree", "selfEmployedPercent": 7.8}},
"neuro": {"query": "Neurodiagnostic Technologist", "soc": "29-2099", "title": "Health Technologists and Technicians, All Other", "oews2025": {"mean": 58710, "median": 50290, "p10": 38180, "p25": 44170, "p75": 64340, "p90": 85270, "hourlyMean": 28.23, "employment": 182610}, "oews2024": {"mean": 56370, "median": 48790, "p10": 37290, "p25": 40740, "p75": 62280, "p90": 81290, "hourlyMean": 27.1, "employment": 174060}, "oews2023": {"mean": 54220, "median": 47470, "p10": 35890, "p25": 38710, "p75": 60980, "p90": 79860, "hourlyMean": 26.07, "employment": 171110}, "ep2025": {"changePercent": 5.9, "changeNumeric": 10.9, "openingsPerYear": 12.4, "employmentBase": 185.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 5.2, "changeNumeric": 9.3, "openingsPerYear": 13.6, "employmentBase": 178.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.5}},
"retailmgr": {"query": "Retail Store Manager", "soc": "41-1011", "title": "First-Line Supervisors of Retail Sales Workers", "oews2025": {"mean": 53380, "median": 48520, "p10": 33120, "p25": 38590, "p75": 62130, "p90": 77080, "hourlyMean": 25.66, "employment": 1121800}, "oews2024": {"mean": 52350, "median": 47320, "p10": 31120, "p25": 37580, "p75": 60510, "p90": 76560, "hourlyMean": 25.17, "employment": 1113160}, "oews2023": {"mean": 52030, "median": 46730, "p10": 30350, "p25": 37090, "p75": 59720, "p90": 76350, "hourlyMean": 25.01, "employment": 1087890}, "ep2025": {"changePercent": -3.7, "changeNumeric": -52.5, "openingsPerYear": 113.5, "employmentBase": 1419.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 21.1}, "ep2024": {"changePercent": -5, "changeNumeric": -72.3, "openingsPerYear": 125.1, "employmentBase": 1432.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 22.5}},
"propmgr": {"query": "Property Manager", "soc": "11-9141", "title": "Property, Real Estate, and Community Association Managers", "oews2025": {"mean": 83710, "median": 69990, "p10": 41010, "p25": 50720, "p75": 97910, "p90": 139680, "hourlyMean": 40.25, "employment": 311180}, "oews2024": {"mean": 82720, "median": 66700, "p10": 39360, "p25": 49530, "p75": 95760, "p90": 141040, "hourlyMean": 39.77, "employment": 296640}, "oews2023": {"mean": 78400, "median": 62850, "p10": 37540, "p25": 47940, "p75": 92560, "p90": 135990, "hourlyMean": 37.69, "employment": 284120}, "ep2025": {"changePercent": 3.7, "changeNumeric": 17.1, "openingsPerYear": 36.9, "employmentBase": 460.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 31.3}, "ep2024": {"changePercent": 3.6, "changeNumeric": 17, "openingsPerYear": 39, "employmentBase": 466.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 34}},
"risk": {"query": "Risk Analyst", "soc": "13-2054", "title": "Financial Risk Specialists", "oews2025": {"mean": 124420, "median": 117330, "p10": 64820, "p25": 83980, "p75": 158250, "p90": 196110, "hourlyMean": 59.82, "employment": 63850}, "oews2024": {"mean": 119930, "median": 106000, "p10": 62270, "p25": 80280, "p75": 145020, "p90": 182310, "hourlyMean": 57.66, "employment": 56320}, "oews2023": {"mean": 118950, "median": 106090, "p10": 61090, "p25": 79140, "p75": 141030, "p90": 184330, "hourlyMean": 57.19, "employment": 55290}, "ep2025": {"changePercent": 7.4, "changeNumeric": 4.9, "openingsPerYear": 4.8, "employmentBase": 66, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 6.5, "changeNumeric": 3.9, "openingsPerYear": 4.8, "employmentBase": 60.5, "education": "Bachelor's degree", "selfEmployedPercent": 4}},
"insapp": {"query": "Insurance Appraiser", "soc": "13-1032", "title": "Insurance Appraisers, Auto Damage", "oews2025": {"mean": 78900, "median": 78240, "p10": 58360, "p25": 65050, "p75": 91880, "p90": 101590, "hourlyMean": 37.93, "employment": 11560}, "oews2024": {"mean": 77050, "median": 76650, "p10": 56690, "p25": 64280, "p75": 86430, "p90": 101800, "hourlyMean": 37.04, "employment": 7790}, "oews2023": {"mean": 75660, "median": 74520, "p10": 56890, "p25": 63690, "p75": 82740, "p90": 100240, "hourlyMean": 36.37, "employment": 8670}, "ep2025": {"changePercent": -8.7, "changeNumeric": -1.2, "openingsPerYear": 0.7, "employmentBase": 13.5, "education": "Postsecondary nondegree award", "selfEmployedPercent": 2}, "ep2024": {"changePercent": -8.2, "changeNumeric": -0.8, "openingsPerYear": 0.5, "employmentBase": 9.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 2.7}},
"ceo": {"query": "Chief Executives", "soc": "11-1011", "title": "Chief Executives", "oews2025": {"mean": 269630, "median": 213990, "p10": 75700, "p25": 129540, "p75": 356200, "p90": 507730, "hourlyMean": 129.63, "employment": 204350}, "oews2024": {"mean": 262930, "median": 206420, "p10": 73710, "p25": 126080, "hourlyMean": 126.41, "employment": 211850}, "oews2023": {"mean": 258900, "median": 206680, "p10": 80000, "p25": 130840, "hourlyMean": 124.47, "employment": 211230}, "ep2025": {"changePercent": 3.2, "changeNumeric": 9.3, "openingsPerYear": 19.1, "employmentBase": 291.6, "education": "Bachelor's degree", "selfEmployedPercent": 26.6}, "ep2024": {"changePercent": 4.3, "changeNumeric": 13.3, "openingsPerYear": 22.2, "employmentBase": 309.4, "education": "Bachelor's degree", "selfEmployedPercent": 25.9}},
"devdir": {"query": "Fundraising Managers", "soc": "11-2033", "title": "Fundraising Managers", "oews2025": {"mean": 140020, "median": 125470, "p10": 75130, "p25": 95970, "p75": 169990, "p90": 222350, "hourlyMean": 67.32, "employment": 38810}, "oews2024": {"mean": 137290, "median": 123480, "p10": 73700, "p25": 92880, "p75": 166420, "p90": 216660, "hourlyMean": 66.01, "employment": 36920}, "oews2023": {"mean": 133620, "median": 119200, "p10": 68800, "p25": 86880, "p75": 162660, "p90": 212730, "hourlyMean": 64.24, "employment": 31810}, "ep2025": {"changePercent": 5.4, "changeNumeric": 2.6, "openingsPerYear": 3.7, "employmentBase": 48.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 4.2, "changeNumeric": 1.9, "openingsPerYear": 3.6, "employmentBase": 45.7, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}},
"dispatch": {"query": "Dispatcher", "soc": "43-5032", "title": "Dispatchers, Except Police, Fire, and Ambulance", "oews2025": {"mean": 54740, "median": 50340, "p10": 36030, "p25": 42750, "p75": 62450, "p90": 78140, "hourlyMean": 26.32, "employment": 202810}, "oews2024": {"mean": 53150, "median": 48880, "p10": 34600, "p25": 40240, "p75": 61520, "p90": 76130, "hourlyMean": 25.55, "employment": 211000}, "oews2023": {"mean": 50830, "median": 46860, "p10": 32110, "p25": 37800, "p75": 59500, "p90": 75840, "hourlyMean": 24.44, "employment": 206090}, "ep2025": {"changePercent": -0.7, "changeNumeric": -1.5, "openingsPerYear": 16, "employmentBase": 203.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": -0.9, "changeNumeric": -2.1, "openingsPerYear": 18.5, "employmentBase": 218.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.7}},
"cargo": {"query": "Cargo and Freight Agent", "soc": "43-5011", "title": "Cargo and Freight Agents", "oews2025": {"mean": 57230, "median": 52260, "p10": 38340, "p25": 45710, "p75": 63390, "p90": 79810, "hourlyMean": 27.52, "employment": 97670}, "oews2024": {"mean": 55420, "median": 49900, "p10": 37240, "p25": 43490, "p75": 62230, "p90": 76350, "hourlyMean": 26.64, "employment": 97800}, "oews2023": {"mean": 52460, "median": 48330, "p10": 36520, "p25": 40410, "p75": 60140, "p90": 72820, "hourlyMean": 25.22, "employment": 105220}, "ep2025": {"changePercent": 6.2, "changeNumeric": 6.2, "openingsPerYear": 9, "employmentBase": 100.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 8.5, "changeNumeric": 8.6, "openingsPerYear": 8.8, "employmentBase": 100.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}},
"faller": {"query": "Faller", "soc": "45-4021", "title": "Fallers", "oews2025": {"mean": 57110, "median": 52100, "p10": 35180, "p25": 41360, "p75": 63390, "p90": 82360, "hourlyMean": 27.46, "employment": 3130}, "oews2024": {"mean": 59120, "median": 53900, "p10": 35620, "p25": 43670, "p75": 65040, "p90": 84510, "hourlyMean": 28.42, "employment": 4110}, "oews2023": {"mean": 61190, "median": 53170, "p10": 32920, "p25": 44510, "p75": 69780, "p90": 90930, "hourlyMean": 29.42, "employment": 4800}, "ep2025": {"changePercent": -9.9, "changeNumeric": -0.4, "openingsPerYear": 0.5, "employmentBase": 4.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 30.4}, "ep2024": {"changePercent": -7.3, "changeNumeric": -0.4, "openingsPerYear": 0.7, "employmentBase": 5.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 29.6}},
"loggrader": {"query": "Log Grader", "soc": "45-4023", "title": "Log Graders and Scalers", "oews2025": {"mean": 47770, "median": 46330, "p10": 34950, "p25": 37780, "p75": 56250, "p90": 62400, "hourlyMean": 22.97, "employment": 3070}, "oews2024": {"mean": 48130, "median": 46710, "p10": 35050, "p25": 38390, "p75": 56200, "p90": 63370, "hourlyMean": 23.14, "employment": 3310}, "oews2023": {"mean": 47120, "median": 45600, "p10": 33060, "p25": 37970, "p75": 55100, "p90": 62360, "hourlyMean": 22.65, "employment": 3640}, "ep2025": {"changePercent": -2.2, "changeNumeric": -0.1, "openingsPerYear": 0.6, "employmentBase": 4.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 29.5}, "ep2024": {"changePercent": -0.7, "changeNumeric": 0, "openingsPerYear": 0.6, "employmentBase": 4.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 28.3}},
"orderclerk": {"query": "Order Clerk", "soc": "43-4151", "title": "Order Clerks", "oews2025": {"mean": 48220, "median": 46170, "p10": 35530, "p25": 39660, "p75": 54310, "p90": 63530, "hourlyMean": 23.19, "employment": 75200}, "oews2024": {"mean": 46270, "median": 44660, "p10": 33530, "p25": 38110, "p75": 51890, "p90": 61680, "hourlyMean": 22.24, "employment": 83420}, "oews2023": {"mean": 43530, "median": 41600, "p10": 30730, "p25": 35590, "p75": 49660, "p90": 59560, "hourlyMean": 20.93, "employment": 91830}, "ep2025": {"changePercent": -17.5, "changeNumeric": -13.8, "openingsPerYear": 6.3, "employmentBase": 78.9, "education": "Some college, no degree", "selfEmployedPercent": 4.8}, "ep2024": {"changePercent": -17.2, "changeNumeric": -15.4, "openingsPerYear": 8, "employmentBase": 89.5, "education": "Some college, no degree", "selfEmployedPercent": 5.5}},
"procclerk": {"query": "Procurement Clerk", "soc": "43-3061", "title": "Procurement Clerks", "oews2025": {"mean": 52370, "median": 50580, "p10": 38040, "p25": 43420, "p75": 60080, "p90": 68620, "hourlyMean": 25.18, "employment": 55810}, "oews2024": {"mean": 50430, "median": 48510, "p10": 36810, "p25": 41240, "p75": 57680, "p90": 65890, "hourlyMean": 24.25, "employment": 59900}, "oews2023": {"mean": 47940, "median": 46670, "p10": 34520, "p25": 38940, "p75": 54790, "p90": 63140, "hourlyMean": 23.05, "employment": 61580}, "ep2025": {"changePercent": -8.1, "changeNumeric": -4.6, "openingsPerYear": 3.7, "employmentBase": 56.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -8.7, "changeNumeric": -5.4, "openingsPerYear": 4.6, "employmentBase": 61.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}}
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
        # a token the TOKEN pattern did not match ({a.emp@24=<…>:o}) would stay in the text with no claim
        if "{a." in it["text"] or "{b." in it["text"]:
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
# {…:u|Dallas} gives that one claim its own place (the nearest place to a figure wins over the item's).
TOKEN = re.compile(r'\{([ab])\.(\w+)(?:=<([^>]*)>)?(@2[34])?(\*[\d.]+)?(~\w+)?:([comu])(?:!(\d{4}))?(?:\|([^}]+))?\}')
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


def T(id, style, text, heading=None, place=None, pair=None):
    """One item of the current pair; tokens become claims."""
    a, b = pair or PAIR["cur"]
    names = {"a": a, "b": b}
    claims = []
    out, pos = [], 0
    for mt in TOKEN.finditer(text):
        r, field, lit, rel, mult, fmt, v, yr, own_place = mt.groups()
        raw, kind, stat, period, neg = render(ROLEKEY[names[r]], field, lit, rel, mult, fmt, place)
        out.append(text[pos:mt.start()])
        out.append(raw)
        pos = mt.end()
        claims.append(C(raw, kind, names[r], VERD[v], stat, period, int(yr) if yr else None, own_place or place, neg))
    out.append(text[pos:])
    roles = PAIR.get("roles") or (a, b)
    I(id, style, roles, "".join(out), claims, heading=heading)


def NC(id, text, heading=None):
    N(id, PAIR.get("roles") or PAIR["cur"], text, heading=heading)


def P(a, b, roles=None):
    PAIR["cur"] = (a, b)
    PAIR["roles"] = roles


ROLEKEY = {"Anesthesiologist": "anes", "Surgeon": "surg", "Pediatrician": "peds", "Family Physician": "fam", "Engineering Professor": "engprof", "Computer Science Professor": "csprof", "Biology Professor": "bioprof", "Chemistry Professor": "chemprof", "Law Professor": "lawprof", "Economics Professor": "econprof", "Library Assistant": "libasst", "Museum Technician": "museum", "Office Manager": "officemgr", "Operations Manager": "opsmgr", "Production Manager": "prodmgr", "Logistics Manager": "logmgr", "Compensation and Benefits Manager": "cbmgr", "Training and Development Manager": "tdmgr", "Police Sergeant": "sgt", "Fire Captain": "firecap", "Casino Manager": "casmgr", "Gaming Supervisor": "gamesup", "Nuclear Reactor Operator": "reactor", "Power Dispatcher": "dispatchp", "Rotary Drill Operator": "rotary", "Service Unit Operator": "serviceop", "Continuous Mining Machine Operator": "contmine", "Roof Bolter": "bolter", "Semiconductor Processing Technician": "semi", "Calibration Technician": "calib", "Sewing Machine Operator": "sewing", "Presser": "presser", "Musical Instrument Repairer": "music", "Camera Repairer": "camrep", "Barista": "barista", "Busser": "busser", "Fashion Model": "model", "Talent Agent": "agent", "Motorboat Operator": "motorboat", "Bridge Tender": "bridge", "Traffic Technician": "traffic", "Surveying Technician": "survtech", "Agricultural Inspector": "aginsp", "Animal Breeder": "breeder", "Telecom Line Installer": "telline", "Electric Motor Repairer": "motorrep", "Health Information Technologist": "hit", "Neurodiagnostic Technologist": "neuro", "Retail Store Manager": "retailmgr", "Property Manager": "propmgr", "Risk Analyst": "risk", "Insurance Appraiser": "insapp", "Executive Director": "ceo", "Development Director": "devdir", "Dispatcher": "dispatch", "Cargo and Freight Agent": "cargo", "Faller": "faller", "Log Grader": "loggrader", "Order Clerk": "orderclerk", "Procurement Clerk": "procclerk"}

# ---------------------------------------------------------------- items
P("Anesthesiologist", "Surgeon")
T("as-01", "ooh", "The median annual wage for anesthesiologists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("as-02", "comparison", "Surgeons edge out anesthesiologists in the middle of the pay scale: a median of {b.median~k:c} against {a.median~k:c}. Both typically need a {a.edu:c} followed by at least four years of residency, and a surgical fellowship adds one or two more.", heading="Anesthesiologist vs. Surgeon: Which Specialty Pays More?")
T("as-03", "table", "| | Anesthesiologist | Surgeon |\n|---|---|---|\n| Jobs (May 2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Self-employed | {a.self:c} | {b.self:c} |", heading="Side by side")
T("as-04", "ooh", "Employment of anesthesiologists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for anesthesiologists are projected each year, on average, over the decade.", heading="Job Outlook")
T("as-05", "faq", "How much does a surgeon make an hour?\nThe BLS puts the average hourly wage for surgeons at {b.mean~hr:c}, which works out to roughly {b.mean~th:c} a year before call pay.", heading="Surgeon salary FAQ")
T("as-06", "forum", "per BLS anesthesiologists average like {a.mean*0.55~k:m} a year?? my buddy who's a CRNA clears $240k so that can't be right")
T("as-07", "career-site", "In California, anesthesiologists earn a mean of {a.mean=<$412,000>:u}, and surgeons in the Los Angeles metro area average {b.mean=<$398,000>:u|Los Angeles metro area}.", place="California")
T("as-08", "bullets", "Surgeon snapshot:\n- Bottom 10% (May 2024): under {b.p10@24:o!2024}\n- Jobs: {b.oemp@24:o}\n- Self-employed: {b.self@24:o}")
T("as-09", "career-site", "Anesthesiologists averaged {a.mean@24:o!2024} in May 2024, up from {a.mean@23:o!2023} in May 2023, and the specialty employed about {a.oemp@23:o!2023} physicians that year.")
T("as-10", "ooh", "Surgeons, all other held about {b.emp:c!2025} jobs in 2025. About {b.self:c} were self-employed.", heading="Work Environment")
T("as-11", "faq", "Do anesthesiologists need a PhD? No. Anesthesiologists need a {a.edu=<master's degree>:m} and a license, and the field is growing {a.pct=<9%>:m}.", heading="Questions we get")
NC("as-n1", "Anesthesiology residency is four years after a one-year internship; the ABA BASIC exam fee is $1,225.")
NC("as-n2", "Our surgical group is hiring: $75,000 sign-on bonus, 6 weeks PTO, 1:5 call.")

P("Pediatrician", "Family Physician")
T("pf-01", "ooh", "The median annual wage for pediatricians, general was {a.median:c!2025} in May 2025. The median annual wage for family medicine physicians was {b.median:c!2025}.", heading="Pay")
T("pf-02", "comparison", "Family physicians out-earn general pediatricians by a wide margin. The typical family doctor makes {b.median~K:c} a year, compared with {a.median~K:c} for a pediatrician, a gap of more than $30,000.", heading="Pediatrician vs. Family Physician: What Are the Differences?")
T("pf-03", "career-site", "In 2025, family medicine physicians held about {b.oemp:c!2025} jobs and general pediatricians about {a.oemp:c!2025}. Family medicine is projected to add about {b.chg:c!2035} jobs through 2035, pediatrics only {a.chg:c!2035}.")
T("pf-04", "frontmatter", "---\ntitle: \"Pediatrician vs. Family Physician\"\ndate: 2023-09-02\npediatrician_salary: \"{a.median@23:o}\"\nfamily_physician_salary: \"{b.median@23:o}\"\n---", heading="front matter")
T("pf-05", "faq", "How much do pediatricians make per hour? On average about {a.mean~hr:c} an hour, and the lowest 10% earn less than {a.p10~k:c} a year.", heading="FAQ")
T("pf-06", "ooh", "In May 2023, the median annual wage for family medicine physicians was {b.median@23:o!2023}.", heading="Pay")
T("pf-07", "career-site", "In Texas, family physicians in the Houston area earn a median of {b.median=<$251,000>:u|Houston area}, a bit above the state's pediatricians at {a.median=<$198,000>:u}.", place="Texas")
T("pf-08", "forum", "Peds here. BLS says we make a median of {a.median*1.45~K:m}. lol. lmao. I make $205k after 9 years")
T("pf-09", "school", "Whether you choose pediatrics or family medicine, you'll need a {a.edu=<doctoral or professional degree>:c} (an M.D. or D.O.), then a three-year residency.")
T("pf-10", "bullets", "Family physicians (2024–34 projections):\n- Growth 2024–34: {b.pct@24:o!2034}\n- Openings per year: {b.open@24:o}\n- New jobs: {b.chg@24:o}")
T("pf-11", "career-site", "Pediatricians earn an average salary of {a.mean~th:c}, and about {a.self=<15%>:m} of them are self-employed in private practice. Openings run about {a.open:c} a year.")
NC("pf-n1", "Pediatric residency is 3 years; family medicine is also 3 years, with an optional 1-year sports medicine fellowship.")
NC("pf-n2", "Well-child visits are recommended at 2, 4, 6, 9, 12, 15 and 18 months.")

P("Engineering Professor", "Computer Science Professor")
T("ec-01", "ooh", "The median annual wage for engineering teachers, postsecondary was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ec-02", "comparison", "Engineering professors earn a median of {a.median~k:c}, about $12,000 more than computer science professors at {b.median~k:c}. Both typically need a {a.edu:c}, usually a Ph.D. in their field.", heading="Engineering Professor vs. Computer Science Professor")
T("ec-03", "ooh", "Employment of computer science teachers, postsecondary is projected to increase by about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ec-04", "table", "| Role | Median salary (May 2024) | Jobs (2024) |\n|---|---|---|\n| Engineering professor | {a.median@24:o!2024} | {a.oemp@24:o!2024} |\n| CS professor | n/a | {b.oemp@24:o!2024} |", heading="Salary data")
T("ec-05", "career-site", "Engineering teachers held about {a.emp:c!2025} jobs in 2025, and the BLS projects about {a.chg:c!2035} new positions through 2035.")
T("ec-06", "forum", "adjunct here. per BLS cs profs make {b.median*1.5~k:m} median. i make $4,500 a course. do the math")
T("ec-07", "faq", "Are engineering professor jobs growing? Yes. The 2024–34 projections showed {a.pct@24~pc:o!2034} growth, with about {a.open@24:o!2034} openings each year.", heading="FAQ")
T("ec-08", "career-site", "In Massachusetts, computer science professors earn an average of {b.mean=<$131,000>:u}, and engineering professors in the Boston area average {a.mean=<$142,000>:u|Boston area}.", place="Massachusetts")
T("ec-09", "bullets", "CS professor at a glance:\n- Average salary: {b.mean:c}\n- Top 10%: more than {b.p90:c}\n- Openings per year: {b.open:c}\n- Jobs: {b.oemp:c}")
T("ec-10", "career-site", "Computer science professors typically need a {b.edu=<master's degree>:m}, and there are roughly {b.emp*2:m} of them teaching in U.S. colleges.")
NC("ec-n1", "Tenure-track searches in CS usually open in September; campus visits run January through March.")
NC("ec-n2", "Our department's teaching load is 2-2, with a $20,000 startup package for new faculty.")

P("Biology Professor", "Chemistry Professor")
T("bc-01", "ooh", "The median annual wage for chemistry teachers, postsecondary was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("bc-02", "comparison", "Chemistry professors earn a median of {b.median~th:c}, while biology professors earn about {a.median~th:c}. Biology departments are bigger, though: about {a.oemp:c} biology teachers work at colleges and universities, against {b.oemp:c} in chemistry.", heading="Biology Professor vs. Chemistry Professor: Pay and Jobs")
T("bc-03", "career-site", "In May 2024, chemistry professors earned a median of {b.median@24:o!2024}, and biology professors {a.median=<$83,460>:o!2024}.")
T("bc-04", "ooh", "Biological science teachers, postsecondary held about {a.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("bc-05", "faq", "Is it hard to get a job as a chemistry professor? Fairly. Only about {b.open:c} openings are projected each year, and the BLS expects the field to add just {b.chg=<1,500>:m!2035} jobs by 2035.", heading="FAQ")
T("bc-06", "bullets", "Biology professor:\n- Average salary: {a.mean:c}\n- 10th–90th percentile: {a.range~_to:c}\n- Education: {a.edu~cap:c}\n- Openings per year: {a.open*2.5:m}")
T("bc-07", "forum", "According to BLS biology professors average {a.mean*0.6~k:m}. That's grad-student-plus money, no wonder nobody wants to do a postdoc")
T("bc-08", "career-site", "In North Carolina, biology professors in the Raleigh-Durham area earn about {a.median=<$91,000>:u}, thanks to the Research Triangle.", place="Raleigh-Durham area")
T("bc-09", "career-site", "In May 2023, chemistry professors held {b.oemp@23:o!2023} jobs and earned a median of {b.median@23:o!2023}.")
T("bc-10", "school", "Our Ph.D. program in chemistry places graduates in faculty jobs where pay runs from {b.range~_asmuch:c} a year.")
NC("bc-n1", "A typical biology Ph.D. takes 5.5 years; our stipend is $38,000 a year plus tuition remission.")
NC("bc-n2", "Office hours: Tuesday 2–4 p.m., Room 214 of the Chemistry Building.")
P("Law Professor", "Economics Professor")
T("le-01", "ooh", "The median annual wage for law teachers, postsecondary was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("le-02", "comparison", "Law professors and economics professors sit near the top of the faculty pay scale. Law faculty earn a median of {a.median~K:c}, economists {b.median~K:c}; both usually need a {a.edu:c} (a J.D. for law, a Ph.D. for economics).", heading="Law Professor vs. Economics Professor: What Are the Differences?")
T("le-03", "career-site", "Economics professors averaged {b.mean@24:o!2024} in May 2024, and the top tenth earned more than {b.p90@24:o!2024}.")
T("le-04", "ooh", "Employment of law teachers, postsecondary is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("le-05", "table", "| | Law professor | Economics professor |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Bottom 10% | {a.p10:c} | {b.p10:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |", heading="Compare")
T("le-06", "faq", "How many law professors are there in the U.S.? About {a.emp@24:o!2024} in the 2024 base year of the projections, with about {a.open@24:o!2034} openings a year projected through 2034.", heading="FAQ")
T("le-07", "forum", "per BLS econ profs make a median of {b.median*1.6~k:m}?? only at Harvard maybe. regional state school here, $96k after 7 yrs")
T("le-08", "career-site", "In New York, law professors earn an average of {a.mean=<$186,000>:u}, and economics professors around {b.mean=<$162,000>:u}.", place="New York")
T("le-09", "bullets", "Economics professor facts:\n- Median salary: {b.median:c}\n- Jobs (2025): {b.emp:c!2025}\n- Openings per year: {b.open:c}\n- Education: {b.edu~cap:c}")
T("le-10", "career-site", "Law schools employed about {a.oemp@24:o!2024} law teachers in May 2024, and the lowest-paid tenth earned less than {a.p10@24:o!2024}.")
NC("le-n1", "The AALS Faculty Recruitment Conference is held each October in Washington, D.C.; registration is $475.")
NC("le-n2", "A J.D. takes three years; our LL.M. adds one more and costs $68,900.")

P("Library Assistant", "Museum Technician")
T("lm-01", "ooh", "The median hourly wage for library assistants, clerical was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("lm-02", "comparison", "Love old things and quiet rooms? Library assistants earn about {a.median~th:c} a year at the median and usually need only a {a.edu:c}. Museum technicians and conservators earn more, around {b.median~th:c}, but typically need a {b.edu:c}.", heading="Library Assistant vs. Museum Technician: Which Job Fits You?")
T("lm-03", "ooh", "Employment of library assistants, clerical is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings for library assistants are projected each year, on average, over the decade.", heading="Job Outlook")
T("lm-04", "ooh", "Employment of museum technicians and conservators is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("lm-05", "career-site", "Museum techs were projected to grow {b.pct@24:o!2034} between 2024 and 2034, {b.desc=<faster than the average>:o!2034}, and about {b.self@24:o} worked for themselves.")
T("lm-06", "faq", "How much do museum technicians make an hour? On average {b.mean~hr:c} an hour nationally, per the latest BLS data.", heading="FAQ")
T("lm-07", "career-site", "In Washington, D.C., museum technicians at the Smithsonian and other institutions earn a median of {b.median=<$68,000>:u}.", place="Washington, D.C.")
T("lm-08", "forum", "BLS says library assistants are {a.desc=<faster than average>:m} growth?? every branch in my county is cutting hours")
T("lm-09", "bullets", "Library assistant quick facts (May 2024):\n- Median pay: {a.median@24:o}\n- Jobs: {a.oemp@24:o}\n- Top 10% earned more than {a.p90@24:o}")
T("lm-10", "career-site", "Museum technicians held about {b.oemp:c!2025} jobs in May 2025, and about {b.self=<20%>:m!2025} were self-employed.")
T("lm-11", "school", "Our Museum Studies certificate leads to technician jobs paying between {b.range~_and:c} a year. Library assistants, by comparison, earn from {a.range*1.4~th_to:m}.")
NC("lm-n1", "Volunteers at the county library must be 14 or older and commit to 4 hours a week.")
NC("lm-n2", "The conservation lab keeps artifacts at 50% relative humidity and 68°F.")

P("Office Manager", "Operations Manager")
T("oo-01", "ooh", "The median annual wage for first-line supervisors of office and administrative support workers was {a.median:c!2025} in May 2025.", heading="Pay")
T("oo-02", "comparison", "An office manager keeps the office running; an operations manager keeps the business running. That difference shows in pay: office managers earn a median of {a.median~k:c}, while general and operations managers earn {b.median~k:c}. Most office managers have a {a.edu:c}, while operations managers usually need a {b.edu:c}.", heading="Office Manager vs. Operations Manager: What's the Difference?")
T("oo-03", "ooh", "General and operations managers held about {b.emp~m2:c!2025} jobs in 2025. Employment is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("oo-04", "table", "| | Office Manager | Operations Manager |\n|---|---|---|\n| Median salary | {a.median@24:o} | {b.median@24:o} |\n| Jobs | {a.oemp@24:o} | {b.oemp@24:o} |\n| Outlook 2024–34 | {a.chg@24:o!2034} jobs | {b.pct@24:o!2034} |", heading="Office Manager vs. Operations Manager (2024 data)")
T("oo-05", "career-site", "Office managers are one of the largest supervisory groups in the country, about {a.oemp~m2:c} strong, and the BLS expects the field to add about {a.chg:c!2035} jobs by 2035.")
T("oo-06", "faq", "What's the hourly wage for an office manager? The typical office manager earns {a.median~hr:c} an hour; the top 10 percent make more than {a.p90~hr0:c}.", heading="FAQ")
T("oo-07", "career-site", "In the Dallas–Fort Worth metro area, operations managers earn a median of {b.median=<$112,400>:u}, and office managers around {a.median=<$68,000>:u}.", place="Dallas–Fort Worth metro area")
T("oo-08", "forum", "BLS: ops managers avg {b.mean*0.65~K:m}. meanwhile every GM I know at a warehouse is pulling way more than that")
T("oo-09", "bullets", "Operations manager career outlook:\n- Average salary: {b.mean:c}\n- Lowest 10%: under {b.p10*0.6~th:m}\n- Highest 10%: over {b.p90:c}\n- New jobs by 2035: {b.chg:c!2035}")
T("oo-10", "career-site", "In 2023, office supervisors earned a median of {a.median@23:o!2023}, and operations managers {b.median@23:o!2023}.")
T("oo-11", "faq", "Do you need a degree to be an office manager? Not usually. A {a.edu=<bachelor's degree>:m} is the norm, and the job will grow {a.pct=<8%>:m} over the decade.", heading="FAQ")
NC("oo-n1", "Our office manager certificate is 6 online modules and costs $1,295.")
NC("oo-n2", "I went from office manager at $52,000 to ops manager at $88,000 in 2022.")

P("Production Manager", "Logistics Manager")
T("pl-01", "ooh", "The median annual wage for industrial production managers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pl-02", "ooh", "The median annual wage for transportation, storage, and distribution managers was {b.median:c!2025} in May 2025.", heading="Pay")
T("pl-03", "comparison", "Production managers run the plant floor; logistics managers move what it makes. Production managers earn a bit more, a median of {a.median~K:c} against {b.median~K:c}, but logistics managers can get in with a {b.edu:c} and years of warehouse experience.", heading="Production Manager vs. Logistics Manager: What Are the Differences?")
T("pl-04", "career-site", "Logistics manager jobs are projected to increase by {b.chg:c!2035} through 2035, with {b.open:c} openings a year, and about {b.self:c} of these managers are self-employed.")
T("pl-05", "ooh", "Employment of industrial production managers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("pl-06", "career-site", "Industrial production managers were projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<slower than the average>:o!2034}.")
T("pl-07", "table", "| Metric | Production Manager | Logistics Manager |\n|---|---|---|\n| Avg. salary | {a.mean:c} | {b.mean:c} |\n| Hourly (avg.) | {a.mean~hr:c} | {b.mean~hr:c} |\n| Employment | {a.oemp*1.8:m} | {b.oemp:c} |", heading="By the numbers")
T("pl-08", "career-site", "In Ohio, production managers in the Columbus area earn about {a.median=<$118,000>:u|Columbus area}, while logistics managers statewide average {b.mean=<$109,500>:u}.", place="Ohio")
T("pl-09", "forum", "per BLS logistics managers make {b.median@24:o} median and production mgrs {a.median@24:o}. I'm a DC manager at $95k so about right")
T("pl-10", "faq", "Is supply chain management a good career? Logistics managers earn a median of {b.median~k:c}, and the bottom 10% still make more than {b.p10~k:c}. The field has about {b.emp*1.6:m} jobs.", heading="FAQ")
T("pl-11", "career-site", "Production managers typically need a {a.edu=<master's degree>:m}, and the BLS projects {a.chg*2.5:m} new jobs through the decade.")
NC("pl-n1", "APICS CSCP exam: $1,395 for members; most candidates study 75–100 hours.")
NC("pl-n2", "Our plant runs 3 shifts, 5 days a week, with 450 employees across 2 buildings.")
P("Compensation and Benefits Manager", "Training and Development Manager")
T("ct-01", "ooh", "The median annual wage for compensation and benefits managers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ct-02", "comparison", "Both roles sit in HR leadership, and both typically need a {a.edu:c} plus several years of related work experience. Compensation and benefits managers earn a median of {a.median~k:c}; training and development managers, {b.median~k:c}.", heading="Compensation and Benefits Manager vs. Training and Development Manager")
T("ct-03", "ooh", "Employment of compensation and benefits managers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ct-04", "career-site", "Training and development managers held about {b.oemp:c!2025} jobs in May 2025. The BLS expects about {b.open:c} openings each year and {b.chg:c!2035} new positions by 2035.")
T("ct-05", "career-site", "Comp and benefits managers were projected to see {a.desc=<little or no change>:o!2034} in employment from 2024 to 2034, and they earned a median of {a.median@24:o!2024} in May 2024.")
T("ct-06", "table", "| | Comp & Benefits Mgr | T&D Mgr |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2023) | n/a | {b.oemp@23:o!2023} |", heading="Older data")
T("ct-07", "faq", "How much do training managers make an hour? The average is {b.mean~hr:c} an hour, and the top tenth of training and development managers earn more than {b.p90~K:c} a year.", heading="FAQ")
T("ct-08", "career-site", "In New Jersey, compensation and benefits managers earn an average of {a.mean=<$181,000>:u}, some of the highest pay for the role anywhere.", place="New Jersey")
T("ct-09", "forum", "BLS says T&D managers average {b.mean*0.6~k:m}?? L&D directors at my company make double that. and they say the field grows {b.pct=<14%>:m}")
T("ct-10", "bullets", "Compensation & benefits manager:\n- Average salary: {a.mean:c}\n- Jobs: {a.oemp*2:m}\n- New jobs, 2025–35: {a.chg:c!2035}\n- Education: {a.edu~cap:c}")
NC("ct-n1", "The CCP certification from WorldatWork has 4 exams at $885 each.")
NC("ct-n2", "Open enrollment for our 2026 benefits runs November 3–21.")

P("Police Sergeant", "Fire Captain")
T("pc-01", "ooh", "The median annual wage for first-line supervisors of police and detectives was {a.median:c!2025} in May 2025.", heading="Pay")
T("pc-02", "comparison", "Police sergeants earn more than fire captains at the median, {a.median~th:c} versus {b.median~th:c}, but fire captains often work 24-hour shifts that leave more days off. Sergeants typically need only a {a.edu:c} plus years on patrol; fire captains usually hold a {b.edu:c} such as an EMT or paramedic certificate.", heading="Police Sergeant vs. Fire Captain: Pay, Hours, and Promotion")
T("pc-03", "ooh", "Employment of first-line supervisors of firefighting and prevention workers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. The occupation is projected to add about {b.chg:c} jobs over the decade.", heading="Job Outlook")
T("pc-04", "career-site", "There are about {a.emp:c} police supervisors in the U.S., and the field is projected to add about {a.chg:c!2035} jobs by 2035, with {a.open:c} openings a year.")
T("pc-05", "career-site", "Fire captains earned a median of {b.median@23:o!2023} in May 2023, and fire supervisors held about {b.oemp@24:o!2024} jobs in May 2024.")
T("pc-06", "faq", "How much do police sergeants make? Sergeants and lieutenants average {a.mean~hr:c} an hour. The lowest 10 percent earn less than {a.p10:c} a year and the highest 10 percent more than {a.p90:c}.", heading="FAQ")
T("pc-07", "trade", "Union newsletter: In Chicago, sergeants with 10 years in earn about {a.median=<$124,000>:u}, and captains in the Cook County fire districts about {b.median=<$118,000>:u|Cook County}.", place="Chicago")
T("pc-08", "forum", "per BLS fire captains make {b.median*1.4~k:m} median. lol where. my captain makes $84k with OT")
T("pc-09", "bullets", "Fire captain at a glance:\n- Average pay: {b.mean:c}\n- Top 10%: over {b.p90:c}\n- Jobs (2025): {b.emp:c!2025}\n- Projected growth: {b.pct=<9%>:m}")
T("pc-10", "career-site", "Police supervisors were projected to add {a.chg@24:o!2034} jobs from 2024 to 2034, and they earned a median of {a.median@23:o!2023} back in 2023.")
T("pc-11", "faq", "Do fire captains need a college degree? Most departments want a {b.edu=<bachelor's degree>:m}, and the BLS projects {b.chg*3:m} new captain jobs over the next decade.", heading="FAQ")
NC("pc-n1", "The sergeant's exam is offered every 2 years; candidates need 5 years of service.")
NC("pc-n2", "Our department works 24 on, 48 off, with a Kelly day every 3rd week.")

P("Casino Manager", "Gaming Supervisor")
T("cg-01", "ooh", "The median annual wage for gambling managers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("cg-02", "comparison", "Casino managers oversee the whole gaming floor; gaming supervisors (pit bosses, slot supervisors) watch a section of it. The pay gap is real: casino managers earn a median of {a.median~k:c}, gaming supervisors {b.median~k:c}. Both typically start with a {a.edu:c} and years of dealing experience.", heading="Casino Manager vs. Gaming Supervisor: What Are the Differences?")
T("cg-03", "ooh", "Employment of gambling managers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("cg-04", "career-site", "First-line supervisors of gambling services workers held about {b.oemp:c!2025} jobs in May 2025, and about {b.self:c!2025} of them were self-employed.")
T("cg-05", "career-site", "Gaming supervisor employment was projected to add {b.chg@24:o!2034} jobs between 2024 and 2034, and about {b.self@24:o} were self-employed in the 2024 projections.")
T("cg-06", "career-site", "In Nevada, casino managers earn an average of {a.mean=<$121,000>:u}, and pit bosses on the Las Vegas Strip earn around {b.mean=<$71,000>:u|Las Vegas Strip}.", place="Nevada")
T("cg-07", "table", "| | Casino manager | Gaming supervisor |\n|---|---|---|\n| Median (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Employment (May 2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |", heading="2024 snapshot")
T("cg-08", "forum", "BLS says pit bosses avg {b.mean*1.5~K:m} a year. lmao. floor sup at a tribal casino here, $26/hr")
T("cg-09", "faq", "How much do gaming supervisors make per hour? Gaming supervisors average {b.mean~hr:c} an hour, and the top 10 percent earn more than {b.p90*1.4:m} a year.", heading="FAQ")
T("cg-10", "bullets", "Casino manager:\n- Median pay: {a.median:c}\n- Jobs (2025): {a.emp:c!2025}\n- Growth through 2035: {a.pct:c!2035}\n- Education: {a.edu=<Associate's degree>:m}")
NC("cg-n1", "Dealer school is 8 weeks for blackjack and 12 weeks for craps; tuition is $1,200.")
NC("cg-n2", "Tokes are pooled and split every 24 hours among the 30 dealers on shift.")

P("Nuclear Reactor Operator", "Power Dispatcher")
T("nd-01", "ooh", "The median annual wage for nuclear power reactor operators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90=<$149,310>:c!2025}.", heading="Pay")
T("nd-02", "comparison", "Reactor operators and power dispatchers are two of the best-paid jobs you can get with a {a.edu:c}. Reactor operators earn a median of {a.median~K:c}; power distributors and dispatchers, {b.median~K:c}. Both need years of on-the-job training and, for reactor operators, an NRC license.", heading="Nuclear Reactor Operator vs. Power Dispatcher: What Are the Differences?")
T("nd-03", "ooh", "Employment of nuclear power reactor operators is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("nd-04", "career-site", "Nuclear reactor operators were projected to decline {a.pct@24:o!2034} from 2024 to 2034 as plants retired, and the occupation had about {a.oemp@24:o!2024} jobs in May 2024.")
T("nd-05", "ooh", "Employment of power distributors and dispatchers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("nd-06", "career-site", "Power dispatcher employment was projected to {b.desc=<decline>:o!2034} through 2034, and the occupation averaged {b.mean@24:o!2024} in May 2024.")
T("nd-07", "table", "| | Reactor operator | Power dispatcher |\n|---|---|---|\n| Avg. salary | {a.mean:c} | {b.mean:c} |\n| Avg. hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |", heading="Compare")
T("nd-08", "career-site", "In Illinois, home to more reactors than any other state, reactor operators earn a median of about {a.median=<$128,000>:u}.", place="Illinois")
T("nd-09", "forum", "per BLS there are like {a.emp*5:m} reactor operators in the US? there are ~90 reactors lol. median {a.median*0.7~k:m} is also low")
T("nd-10", "faq", "How much do power dispatchers make? The bottom 10% of power dispatchers earn less than {b.p10~k:c}, and the top 10% more than {b.p90~k:c}.", heading="FAQ")
NC("nd-n1", "The NRC generic fundamentals exam has 100 questions; license classes run about 18 months.")
NC("nd-n2", "Control room shifts are 12 hours, rotating every 2 weeks between days and nights.")
P("Rotary Drill Operator", "Service Unit Operator")
T("rs-01", "ooh", "The median annual wage for rotary drill operators, oil and gas was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("rs-02", "comparison", "Drillers run the rig; service unit operators come in afterward to keep the well producing. Rotary drill operators earn a median of {a.median~th:c}, service unit operators about {b.median~th:c}, and neither job requires a diploma: BLS lists {a.edu:c} for both.", heading="Rotary Drill Operator vs. Service Unit Operator")
T("rs-03", "ooh", "Employment of service unit operators, oil and gas is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations. About {b.open:c} openings for service unit operators are projected each year, on average, over the decade.", heading="Job Outlook")
T("rs-04", "career-site", "Rotary drill operator jobs were projected to show {a.desc=<little or no change>:o!2034} from 2024 to 2034; the newer projections call for {a.pct:c!2035} growth through 2035.")
T("rs-05", "trade", "Roughnecks who move up to driller can expect around {a.median~hr:c} an hour at the median, with the top tenth clearing {a.p90~K:c} a year. Service operators average {b.mean~hr:c} an hour.")
T("rs-06", "career-site", "In Texas, rotary drill operators in the Midland metro area earn a median of {a.median=<$78,000>:u|Midland metro area}, and service unit operators statewide earn about {b.median=<$61,000>:u}.", place="Texas")
T("rs-07", "table", "| | Rotary drill operator | Service unit operator |\n|---|---|---|\n| Median wage (2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 figures")
T("rs-08", "forum", "per BLS service rig operators make {b.median*1.6~k:m} median. maybe in 2014 lol. I'm at $27/hr in the Bakken")
T("rs-09", "bullets", "Service unit operator:\n- Average salary: {b.mean:c}\n- Jobs: {b.oemp:c}\n- Projected growth: {b.pct=<7%>:m}\n- New jobs, 2025–35: {b.chg:c!2035}")
T("rs-10", "career-site", "Rotary drill operators held about {a.oemp:c!2025} jobs in May 2025, mostly in Texas, Oklahoma and North Dakota.")
T("rs-11", "faq", "Do you need a degree to be a driller? No, but most companies want a {a.edu=<high school diploma>:m}, and the BLS projects {a.pct=<12%>:m} growth.", heading="FAQ")
NC("rs-n1", "SafeLand orientation is one day and costs $250; IADC WellSharp takes 5 days.")
NC("rs-n2", "We run 14/14 hitches with a $150 per diem and a company truck.")

P("Continuous Mining Machine Operator", "Roof Bolter")
T("cb-01", "ooh", "The median annual wage for continuous mining machine operators was {a.median:c!2025} in May 2025.", heading="Pay")
T("cb-02", "ooh", "The median annual wage for roof bolters, mining was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("cb-03", "comparison", "Underground, the roof bolter and the miner operator work side by side. Roof bolters earn more, a median of {b.median~k:c} against {a.median~k:c} for continuous miner operators, but bolting jobs are disappearing: BLS projects a {b.pct:c!2035} decline from 2025 to 2035.", heading="Continuous Mining Machine Operator vs. Roof Bolter")
T("cb-04", "trade", "Local 1702 newsletter: Roof bolter jobs were projected to drop {b.pct@24:o!2034} between 2024 and 2034. Continuous miner operators were projected to grow {a.pct@24:o!2034}, {a.desc=<slower than the average>:o!2034}.")
T("cb-05", "ooh", "Employment of continuous mining machine operators is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("cb-06", "career-site", "Continuous mining machine operators held {a.oemp:c!2025} jobs in May 2025. They averaged {a.mean:c} a year, or {a.mean~hr:c} an hour.")
T("cb-07", "career-site", "In West Virginia, roof bolters earn about {b.median=<$74,000>:u}, and continuous miner operators around {a.median=<$69,500>:u}.", place="West Virginia")
T("cb-08", "forum", "BLS says there's {a.emp*3:m} continuous miner operators in the country. half the mines in my county closed. median {a.median*1.4~k:m} my foot")
T("cb-09", "bullets", "Roof bolter at a glance (2024):\n- Median pay: {b.median@24:o}\n- Average pay: {b.mean@24:o}\n- Typical education: {b.edu~cap:c}")
T("cb-10", "faq", "Is roof bolting dangerous? Yes, and pay reflects it: even the bottom 10% of roof bolters make more than {b.p10~k:c}, with the average at {b.mean~k:c}.", heading="FAQ")
NC("cb-n1", "MSHA Part 48 new-miner training is 40 hours underground; annual refresher is 8 hours.")
NC("cb-n2", "The seam here runs 42 inches, so bolters work on their knees for a 10-hour shift.")

P("Semiconductor Processing Technician", "Calibration Technician")
T("sc-01", "ooh", "The median annual wage for semiconductor processing technicians was {a.median:c!2025} in May 2025.", heading="Pay")
T("sc-02", "comparison", "Chip fabs need both kinds of tech. Semiconductor processing technicians run the wafer tools and earn a median of {a.median~K:c}; calibration technicians keep the instruments honest and earn about {b.median~K:c}. Calibration techs usually need an {b.edu:c}, while fab techs can start with a {a.edu:c}.", heading="Semiconductor Technician vs. Calibration Technician")
T("sc-03", "ooh", "Employment of semiconductor processing technicians is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("sc-04", "career-site", "Thanks to the CHIPS Act, semiconductor tech jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034, adding {a.chg@24:o!2034} jobs.")
T("sc-05", "school", "Our 2-year Metrology & Calibration AAS prepares you for jobs paying from {b.range~_to:c}, with most graduates hired before finishing their final semester.")
T("sc-06", "career-site", "In Arizona, semiconductor technicians in the Phoenix metro area earn around {a.median=<$58,000>:u|Phoenix metro area}, and calibration techs statewide average {b.mean=<$71,000>:u}.", place="Arizona")
T("sc-07", "table", "| | Fab technician | Calibration technician |\n|---|---|---|\n| Average wage | {a.mean:c} | {b.mean:c} |\n| Jobs (2025) | {a.emp*1.5:m!2025} | {b.oemp:c!2025} |\n| Self-employed | n/a | {b.self:c} |", heading="Compare")
T("sc-08", "forum", "BLS has semiconductor techs at {a.median*1.35~k:m} median lol. Intel Hillsboro starting offer was $23/hr")
T("sc-09", "faq", "How much do calibration technicians make in a year? The median is {b.median@24:o!2024} according to the BLS's May 2024 data, with the top 10% above {b.p90@23:o!2023} in 2023.", heading="FAQ")
T("sc-10", "bullets", "Calibration technician:\n- Median: {b.median:c}\n- Hourly average: {b.mean~hr:c}\n- Jobs (2025): {b.emp:c!2025}\n- Education: {b.edu=<Bachelor's degree>:m}")
NC("sc-n1", "Cleanroom gowning takes about 10 minutes; bunny suits are changed every shift.")
NC("sc-n2", "Our 12-week fab tech bootcamp is free for Arizona residents and includes a $500 stipend.")

P("Sewing Machine Operator", "Presser")
T("sp-01", "ooh", "The median hourly wage for sewing machine operators was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("sp-02", "ooh", "Employment of sewing machine operators is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings for sewing machine operators are projected each year, on average, over the decade.", heading="Job Outlook")
T("sp-03", "comparison", "Sewing machine operators and garment pressers are among the last apparel-factory jobs left in the U.S. Sewers earn a median of {a.median~th:c} a year, pressers about {b.median~th:c}. Neither job asks for a diploma; both need {a.edu:c}.", heading="Sewing Machine Operator vs. Presser")
T("sp-04", "career-site", "Textile and garment pressers are projected to decline {b.pct~pc:c!2035} from 2025 to 2035, losing about {b.chg:c!2035} jobs.")
T("sp-05", "career-site", "Sewing machine operator jobs were projected to fall {a.pct@24:o!2034} from 2024 to 2034, with {a.open@24:o} openings a year.")
T("sp-06", "career-site", "In Los Angeles County, home of the city's garment district, sewing machine operators earn a median of {a.median=<$17.20>~hr:u} an hour, and pressers about {b.median=<$16.90>~hr:u}.", place="Los Angeles County")
T("sp-07", "table", "| | Sewer | Presser |\n|---|---|---|\n| Avg hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |\n| Median, May 2024 | {a.median@24:o!2024} | {b.median@24:o!2024} |", heading="Quick numbers")
T("sp-08", "forum", "BLS says pressers are growing {b.pct=<6%>:m}? the dry cleaner I work at closed 2 of 3 stores")
T("sp-09", "bullets", "Presser facts:\n- Median pay: {b.median:c}\n- Lowest 10%: under {b.p10*0.7~th:m}\n- Jobs (2025): {b.emp:c!2025}")
T("sp-10", "faq", "How many sewing machine operators are there? About {a.oemp:c}, in factories and alterations shops, and the top 10 percent of them earn more than {a.p90:c}.", heading="FAQ")
NC("sp-n1", "Industrial Juki machines run about $1,800; our alterations class meets Saturdays 9–12.")
NC("sp-n2", "Piece rate at my old shop was 18 cents a collar, about 200 collars an hour.")
P("Musical Instrument Repairer", "Camera Repairer")
T("mc-01", "ooh", "The median annual wage for musical instrument repairers and tuners was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("mc-02", "comparison", "Both are bench trades for people with steady hands, and both typically need a {a.edu:c} plus long on-the-job training. Camera and photographic equipment repairers earn a median of {b.median~k:c}, instrument repairers {a.median~k:c}.", heading="Musical Instrument Repairer vs. Camera Repairer")
T("mc-03", "career-site", "Piano techs and band-instrument repairers held about {a.oemp:c!2025} jobs in May 2025, and about {a.self:c!2025} of them run their own shops.")
T("mc-04", "ooh", "Employment of musical instrument repairers and tuners is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("mc-05", "career-site", "Camera repairers are a tiny trade: about {b.oemp:c!2025} jobs nationwide in 2025 and {b.emp@24:o!2024} in the 2024 projections' base year. About {b.self:c} are self-employed.")
T("mc-06", "table", "| | Instrument repairer | Camera repairer |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Self-employed (2024–34 projections) | {a.self@24:o} | {b.self@24:o} |", heading="Older figures")
T("mc-07", "career-site", "In Tennessee, guitar techs and instrument repairers in the Nashville area earn a median of {a.median=<$44,000>:u|Nashville area}.", place="Tennessee")
T("mc-08", "forum", "per BLS instrument repair techs average {a.mean*1.6~k:m}. I've been doing brass repair 12 years and make $41k. who are these people")
T("mc-09", "faq", "How much do camera repair technicians earn per hour? About {b.mean*1.5~hr:m} on average; the top 10 percent earn more than {b.p90:c} a year.", heading="FAQ")
T("mc-10", "bullets", "Musical instrument repairer:\n- Average pay: {a.mean:c}\n- Jobs: {a.emp:c}\n- Growth 2025–35: {a.pct:c!2035}\n- Education: {a.edu=<Associate's degree>:m}")
NC("mc-n1", "Our band instrument repair program is 10 months and includes a $1,800 tool kit.")
NC("mc-n2", "A full piano tuning takes about 90 minutes; pitch raises add 30 more.")

P("Barista", "Busser")
T("bb-01", "ooh", "The median hourly wage for fast food and counter workers was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("bb-02", "comparison", "Baristas (counted by BLS with fast food and counter workers) earn a median of {a.median~hr0:c} an hour before tips, while bussers (dining room and cafeteria attendants) earn about {b.median~hr0:c}. Neither job requires a diploma; BLS lists {a.edu:c} as the typical entry-level education for both.", heading="Barista vs. Busser: Which Pays More?")
T("bb-03", "ooh", "Employment of dining room and cafeteria attendants and bartender helpers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("bb-04", "career-site", "Fast food and counter workers are one of the biggest occupations in America, with about {a.oemp~m2:c} jobs, and about {a.open:c} openings each year.")
T("bb-05", "career-site", "Counter worker employment was projected to add {a.chg@24:o!2034} jobs from 2024 to 2034, with about {a.open@24:o} openings a year.")
T("bb-06", "career-site", "In Seattle, baristas earn around {a.median=<$21>~hr0:u} an hour thanks to the city minimum wage, and bussers in the Seattle area closer to {b.median=<$20>~hr0:u|Seattle area}.", place="Seattle")
T("bb-07", "table", "| | Barista | Busser |\n|---|---|---|\n| Median (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs (May 2024) | {a.oemp@24~m2:o!2024} | {b.oemp@24:o!2024} |", heading="2024 data")
T("bb-08", "forum", "BLS says baristas make {a.median*1.5~hr:m}/hr median??? not at my Starbucks lol. $17 + tips")
T("bb-09", "bullets", "Busser quick facts:\n- Average hourly: {b.mean~hr:c}\n- Bottom 10%: less than {b.p10:c} a year\n- Jobs: {b.oemp:c}\n- New jobs by 2035: {b.chg:c!2035}")
T("bb-10", "faq", "Is being a busser a dead-end job? Not necessarily. Employment is projected to grow {b.pct:c!2035} through 2035, and many bussers move up to server, where tips run higher.", heading="FAQ")
NC("bb-n1", "Food handler cards cost $10 online and are valid for 3 years in Texas.")
NC("bb-n2", "Tip pool split: servers 70%, bussers 20%, bar 10%, paid out every Friday.")

P("Fashion Model", "Talent Agent")
T("ma-01", "ooh", "The median hourly wage for models was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("ma-02", "comparison", "Models get the spotlight, but agents get the paycheck. Agents and business managers of artists, performers, and athletes earn a median of {b.median~K:c}, while models earn {a.median~K:c}. About {b.self:c} of agents are self-employed.", heading="Fashion Model vs. Talent Agent: Who Really Makes the Money?")
T("ma-03", "ooh", "Employment of agents and business managers of artists, performers, and athletes is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ma-04", "career-site", "Modeling is a shrinking field: employment is projected to decline {a.pct~pc:c!2035} between 2025 and 2035, and there were only about {a.oemp:c!2025} models on payrolls in May 2025.")
T("ma-05", "career-site", "In May 2024, models earned a median of {a.median@24:o!2024}, and talent agents {b.median@24:o!2024}.")
T("ma-06", "career-site", "In New York, fashion models earn a median of {a.median=<$62,000>:u}, and talent agents in Los Angeles average {b.mean=<$188,000>:u|Los Angeles}.", place="New York")
T("ma-07", "table", "| | Model | Talent agent |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Top 10% | {a.p90:c} | {b.p90:c} |\n| Typical education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="At a glance")
T("ma-08", "forum", "per BLS about {b.self@24:o} of talent agents are self employed (2024 projections). Makes sense, every agent I know runs their own shop")
T("ma-09", "faq", "How many models are there in the US? Only about {a.emp*2.5:m}, according to the BLS, and the median pay is {a.median*1.5~k:m}.", heading="FAQ")
T("ma-10", "bullets", "Talent agent:\n- Average salary: {b.mean:c}\n- Jobs: {b.oemp*3:m}\n- New jobs 2025–35: {b.chg:c!2035}\n- Bottom 10%: under {b.p10~k:c}")
NC("ma-n1", "Comp cards cost about $300 to print; test shoots run $150 to $500.")
NC("ma-n2", "Standard agency commission is 20% for print and 10% for union acting jobs.")

P("Motorboat Operator", "Bridge Tender")
T("mb-01", "ooh", "The median annual wage for motorboat operators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("mb-02", "comparison", "Motorboat operators run water taxis, tour boats and survey launches; bridge and lock tenders open the spans and locks that let them through. Bridge tenders earn a median of {b.median~th:c}, motorboat operators about {a.median~th:c}. Operators usually need a {a.edu:c} (a USCG license), while tenders typically have a {b.edu:c}.", heading="Motorboat Operator vs. Bridge Tender")
T("mb-03", "ooh", "Employment of motorboat operators is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("mb-04", "career-site", "Motorboat operator jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<slower than the average>:o!2034}, and the job paid a median of {a.median@24:o!2024} in May 2024.")
T("mb-05", "ooh", "Employment of bridge and lock tenders is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("mb-06", "career-site", "Bridge and lock tenders held about {b.emp:c!2025} jobs in 2025 and averaged {b.mean~hr:c} an hour.")
T("mb-07", "career-site", "In Florida, bridge tenders along the coast earn around {b.median=<$19>~hr0:u} an hour, and motorboat operators in the Miami area average {a.mean=<$58,500>:u|Miami area}.", place="Florida")
T("mb-08", "forum", "per BLS bridge tenders make {b.median*1.5~k:m} median. I tend a drawbridge in NJ for $22/hr. Nice work if you can find it tho")
T("mb-09", "table", "| | Motorboat operator | Bridge tender |\n|---|---|---|\n| Median pay (2023) | {a.median=<$46,420>:o!2023} | {b.median@23:o!2023} |\n| Average pay | {a.mean:c} | {b.mean:c} |", heading="Pay table")
T("mb-10", "faq", "Is bridge tending a dying job? It is shrinking. BLS projected a {b.pct@24:o!2034} decline from 2024 to 2034, and more bridges are now opened remotely.", heading="FAQ")
NC("mb-n1", "The OUPV (six-pack) captain's license needs 360 days on the water; the course is about $1,000.")
NC("mb-n2", "The Route 1 bridge opens on the hour and half hour from 7 a.m. to 6 p.m., April through October.")
P("Traffic Technician", "Surveying Technician")
T("ts-01", "ooh", "The median annual wage for traffic technicians was {a.median:c!2025} in May 2025.", heading="Pay")
T("ts-02", "ooh", "The median annual wage for surveying and mapping technicians was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("ts-03", "comparison", "Both jobs keep public works moving, and both typically need a {a.edu:c}. Traffic technicians, who time signals and count cars, earn a median of {a.median~k:c}; surveying techs earn about {b.median~k:c}.", heading="Traffic Technician vs. Surveying Technician")
T("ts-04", "ooh", "Employment of surveying and mapping technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for surveying and mapping technicians are projected each year, on average, over the decade.", heading="Job Outlook")
T("ts-05", "government", "County workforce board: Surveying technician jobs were projected to add {b.chg@24:o!2034} positions nationally from 2024 to 2034, and about {b.self@24:o} of survey techs were self-employed.")
T("ts-06", "career-site", "Traffic technicians held about {a.emp:c!2025} jobs in 2025 and averaged {a.mean~hr:c} an hour.")
T("ts-07", "career-site", "In Colorado, traffic technicians in the Denver metro area earn about {a.median=<$64,000>:u|Denver metro area}, and surveying technicians statewide {b.median=<$57,500>:u}.", place="Colorado")
T("ts-08", "table", "| | Traffic tech | Survey tech |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 data")
T("ts-09", "forum", "BLS has survey techs at {b.median*1.45~k:m} median. I run a total station for a land surveyor in Georgia and make $19.50/hr")
T("ts-10", "bullets", "Surveying technician:\n- Average pay: {b.mean:c}\n- Jobs: {b.oemp:c}\n- New jobs by 2035: {b.chg:c!2035}\n- Self-employed: {b.self=<9%>:m}")
T("ts-11", "faq", "Do traffic technicians need a degree? Most agencies want an {a.edu=<associate's degree>:m} in civil engineering technology.", heading="FAQ")
NC("ts-n1", "The NICET Level I exam in highway construction costs $85 and has 90 questions.")
NC("ts-n2", "Our crew counts traffic at 14 intersections for 48 hours in both directions.")

P("Agricultural Inspector", "Animal Breeder")
T("ab-01", "ooh", "The median annual wage for agricultural inspectors was {a.median:c!2025} in May 2025.", heading="Pay")
T("ab-02", "comparison", "Agricultural inspectors work for USDA and state agencies checking farms and food; animal breeders raise livestock, dogs or horses for traits. Breeders earn a median of {b.median~th:c} and need only a {b.edu:c}, while inspectors earn about {a.median~th:c} and typically need a {a.edu:c}.", heading="Agricultural Inspector vs. Animal Breeder")
T("ab-03", "ooh", "Employment of animal breeders is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ab-04", "career-site", "Animal breeder jobs were projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<slower than the average>:o!2034}, with about {b.open@24:o} openings a year.")
T("ab-05", "government", "Agricultural inspectors held about {a.oemp:c!2025} jobs in May 2025. Nationally, employment is projected to add about {a.chg:c!2035} jobs by 2035.")
T("ab-06", "career-site", "In Kentucky, thoroughbred breeders earn about {b.median=<$48,000>:u}, and agricultural inspectors in the Lexington area average {a.mean=<$52,000>:u|Lexington area}.", place="Kentucky")
T("ab-07", "table", "| | Ag inspector | Animal breeder |\n|---|---|---|\n| Average (May 2025) | {a.mean:c!2025} | {b.mean:c!2025} |\n| Hourly average | {a.mean~hr:c} | {b.mean~hr:c} |\n| Jobs (2024 projections base) | {a.emp@24:o!2024} | {b.emp@24:o!2024} |", heading="Compare")
T("ab-08", "forum", "per BLS animal breeders average {b.mean*1.7~k:m} lol. if you breed dogs for a living you know that's a joke, and there are maybe {b.oemp*4:m} of us on payrolls")
T("ab-09", "faq", "How much do agricultural inspectors make? The lowest 10 percent earn less than {a.p10~k:c}, and the highest 10 percent more than {a.p90~k:c}.", heading="FAQ")
T("ab-10", "career-site", "In 2023, animal breeders earned a median of {b.median@23:o!2023}, and agricultural inspectors {a.median@23:o!2023}.")
NC("ab-n1", "USDA APHIS posts inspector openings at GS-5 to GS-9; the probationary period is 1 year.")
NC("ab-n2", "Our Angus bull sale is March 14 at noon; catalogs mail February 20.")

P("Telecom Line Installer", "Electric Motor Repairer")
T("te-01", "ooh", "The median annual wage for telecommunications line installers and repairers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("te-02", "comparison", "Not every electrical trade means wiring houses. Telecom line installers climb poles and splice fiber for a median of {a.median~K:c}; electric motor and power tool repairers rewind motors in a shop for about {b.median~K:c}. Both typically need a {a.edu:c}.", heading="Telecom Line Installer vs. Electric Motor Repairer")
T("te-03", "ooh", "Employment of telecommunications line installers and repairers is projected to decline about {a.chg:c!2035} jobs from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("te-04", "ooh", "Employment of electric motor, power tool, and related repairers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("te-05", "trade", "CWA Local update: line techs average {a.mean~hr:c} an hour nationally, and about {a.self:c} work as independent contractors.")
T("te-06", "career-site", "Electric motor repairers were projected to grow {b.pct@24:o!2034} from 2024 to 2034 and earned a median of {b.median@24:o!2024} in May 2024.")
T("te-07", "career-site", "In Pennsylvania, fiber line techs in the Pittsburgh area earn around {a.median=<$36>~hr0:u|Pittsburgh area} an hour, and motor rewinders statewide about {b.median=<$27>~hr0:u}.", place="Pennsylvania")
T("te-08", "table", "| | Line installer | Motor repairer |\n|---|---|---|\n| Avg. salary | {a.mean:c} | {b.mean:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |\n| Openings/yr | {a.open:c} | {b.open:c} |", heading="At a glance")
T("te-09", "forum", "per BLS motor repair guys make {b.median*1.4~k:m} median and the field is {b.desc=<much faster than average>:m}. my shop closed last year lol")
T("te-10", "bullets", "Telecom line installer (2024–34 projections):\n- Openings per year: {a.open@24:o}\n- Self-employed: {a.self@24:o}\n- Median pay (May 2023): {a.median@23:o!2023}")
NC("te-n1", "Pole-climbing school is 2 weeks; fiber splicing certification adds 3 days and $900.")
NC("te-n2", "Our motor shop rewinds up to 500 HP and offers 24-hour emergency service.")

P("Health Information Technologist", "Neurodiagnostic Technologist")
T("hn-01", "ooh", "The median annual wage for health information technologists and medical registrars was {a.median:c!2025} in May 2025.", heading="Pay")
T("hn-02", "comparison", "Two allied health jobs, two very different days: health information technologists work with data and registries, while neurodiagnostic techs run EEGs at the bedside. HI technologists earn a median of {a.median~k:c} with an {a.edu:c}; neurodiagnostic technologists earn about {b.median~k:c} after a {b.edu:c} program.", heading="Health Information Technologist vs. Neurodiagnostic Technologist")
T("hn-03", "ooh", "Employment of health information technologists and medical registrars is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("hn-04", "hospital-blog", "Our EEG and neurodiagnostic team is part of a national workforce of health technologists that is projected to grow {b.pct~pc:c!2035} through 2035, adding {b.chg:c!2035} jobs.")
T("hn-05", "career-site", "Health information technologists were projected to grow {a.pct@24:o!2034} from 2024 to 2034, and about {a.self@24:o} were self-employed.")
T("hn-06", "career-site", "In Minnesota, neurodiagnostic technologists at hospitals in the Rochester area earn a median of {b.median=<$61,000>:u|Rochester area}.", place="Minnesota")
T("hn-07", "faq", "What do health information technologists make per hour? About {a.mean~hr:c} on average. The top 10 percent earn more than {a.p90:c} a year.", heading="FAQ")
T("hn-08", "forum", "hospital EEG tech here. per BLS our median is {b.median*1.5~k:m}. must be nice. I make $29/hr with call")
T("hn-09", "bullets", "Health information technologist:\n- Jobs (May 2025): {a.oemp:c!2025}\n- Self-employed: {a.self:c}\n- New jobs, 2025–35: {a.chg:c!2035}")
T("hn-10", "career-site", "In May 2024, neurodiagnostic and other health technologists earned a median of {b.median@24:o!2024}, and the group held about {b.oemp@24:o!2024} jobs.")
NC("hn-n1", "The RHIT exam costs $299 for AHIMA members and has 150 questions.")
NC("hn-n2", "A routine EEG takes about 60 minutes; ambulatory studies run 24 to 72 hours.")

P("Retail Store Manager", "Property Manager")
T("rp-01", "ooh", "The median annual wage for first-line supervisors of retail sales workers was {a.median:c!2025} in May 2025.", heading="Pay")
T("rp-02", "comparison", "Both are management jobs you can land without a degree; both typically need a {a.edu:c} and experience. Property managers earn a median of {b.median~th:c}, retail store managers about {a.median~th:c}.", heading="Retail Store Manager vs. Property Manager: Which Pays Better?")
T("rp-03", "ooh", "Employment of first-line supervisors of retail sales workers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("rp-04", "career-site", "Property, real estate, and community association managers held about {b.oemp:c!2025} jobs in May 2025, and about {b.self:c!2025} are self-employed.")
T("rp-05", "career-site", "Retail supervisor jobs were projected to fall {a.pct@24:o!2034} from 2024 to 2034, a loss of {a.chg@24:o!2034} jobs.")
T("rp-06", "career-site", "In Florida, property managers in the Miami metro area earn a median of {b.median=<$74,000>:u|Miami metro area}, and retail store managers statewide about {a.median=<$47,000>:u}.", place="Florida")
T("rp-07", "table", "| | Retail manager | Property manager |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Bottom 10% | {a.p10:c} | {b.p10:c} |\n| Top 10% | {a.p90:c} | {b.p90:c} |", heading="Salary comparison")
T("rp-08", "forum", "per BLS retail managers avg {a.mean*1.5~K:m}?? I'm an ASM at a big box making $52k, the SM makes maybe $70k")
T("rp-09", "faq", "How many property managers are there? About {b.emp@24:o!2024} in the 2024 base year, with {b.open@24:o} openings a year projected, and about {b.self@24:o!2024} were self-employed.", heading="FAQ")
T("rp-10", "bullets", "Retail store manager:\n- Median pay: {a.median:c}\n- Hourly average: {a.mean~hr:c}\n- Jobs (2025): {a.emp~m2:c!2025}\n- Self-employed: {a.self=<35%>:m}")
NC("rp-n1", "The CAM license in Florida requires a 16-hour course and a $75 exam fee.")
NC("rp-n2", "Black Friday hours: 6 a.m. to 11 p.m.; managers work 12-hour shifts all week.")

P("Risk Analyst", "Insurance Appraiser")
T("ri-01", "ooh", "The median annual wage for financial risk specialists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ri-02", "comparison", "Insurers hire both: risk analysts model what could go wrong, auto damage appraisers price what already did. Risk analysts earn a median of {a.median~K:c} and typically need a {a.edu:c}; appraisers earn around {b.median~K:c} with a {b.edu:c} (a state license).", heading="Risk Analyst vs. Insurance Appraiser")
T("ri-03", "ooh", "Employment of insurance appraisers, auto damage is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ri-04", "career-site", "Financial risk specialists held about {a.oemp:c!2025} jobs in May 2025, and the field is projected to add about {a.chg:c!2035} jobs through 2035.")
T("ri-05", "career-site", "In May 2024, risk analysts earned a median of {a.median@24:o!2024}. Back then, about {a.self@24:o!2024} of them were self-employed.")
T("ri-06", "career-site", "In Connecticut, the insurance capital, risk analysts in the Hartford area earn a median of {a.median=<$128,000>:u|Hartford area}.", place="Connecticut")
T("ri-07", "table", "| | Risk analyst | Auto appraiser |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |", heading="Numbers")
T("ri-08", "forum", "per BLS auto damage appraisers make {b.median*0.6~k:m} median. nah. I'm a field appraiser at $74k plus car")
T("ri-09", "faq", "Is auto appraising a dying field? Somewhat: BLS projected an {b.pct@24:o!2034} decline from 2024 to 2034 as photo estimating took over.", heading="FAQ")
T("ri-10", "bullets", "Insurance appraiser:\n- Median: {b.median:c}\n- Bottom 10%: {b.p10:c}\n- Top 10%: {b.p90*1.35~th:m}\n- Jobs (2025): {b.emp:c!2025}")
NC("ri-n1", "The FRM Part I exam costs $600 early registration; Part II is offered in May and November.")
NC("ri-n2", "Our appraisers handle about 6 field inspections a day within a 60-mile radius.")
# ---------------------------------------------------------------- second pass: older releases, wrong figures, places
P("Anesthesiologist", "Surgeon")
T("as-12", "forum", "r/medicine: per BLS surgeons were projected to add {b.chg=<1,400>:m} jobs and {a.open@24:o} openings for gas docs each year. Numbers feel low but whatever")
T("as-13", "career-site", "In Texas, anesthesiologists earn an average of {a.mean=<$389,000>:u}, while those in Dallas average {a.mean=<$402,500>:u|Dallas}.", place="Texas")
P("Pediatrician", "Family Physician")
T("pf-12", "career-site", "What do pediatricians earn? They averaged {a.mean@24:o!2024} in May 2024, and about {a.self@24:o!2024} of them were self-employed in the 2024–34 projections.")
T("pf-13", "forum", "BLS: family docs have {b.emp*0.5:m} jobs and grow {b.pct=<11%>:m}. meanwhile my FM residency class had 9 people")
P("Engineering Professor", "Computer Science Professor")
T("ec-11", "career-site", "In 2023, engineering professors earned a median of {a.median@23:o!2023}, computer science professors {b.median=<$96,430>:o!2023}, and engineering faculty held about {a.oemp@23:o!2023} jobs.")
T("ec-12", "career-site", "In California, engineering professors at UC campuses earn a mean of {a.mean=<$151,000>:u}, and computer science professors in the San Jose metro area average {b.mean=<$163,000>:u|San Jose metro area}.", place="California")
P("Biology Professor", "Chemistry Professor")
T("bc-11", "faq", "How many biology professors are there? About {a.oemp@24:o!2024} in May 2024, earning an average of {a.mean@24:o!2024} that year.", heading="FAQ")
T("bc-12", "forum", "per BLS chem profs are {b.desc=<much faster than average>:m} growth and there are {b.oemp*3:m} of them. lol the job market is brutal")
P("Law Professor", "Economics Professor")
T("le-11", "career-site", "Economics professors held {b.oemp@24:o!2024} jobs in May 2024, and their median pay was {b.median@24:o!2024}. Law professors' top 10 percent earned more than {a.p90*1.5~th:m}.")
T("le-12", "career-site", "In Washington, D.C., law professors at Georgetown and GW earn well above the national figure, around {a.median=<$171,000>:u} at the median.", place="Washington, D.C.")
P("Library Assistant", "Museum Technician")
T("lm-12", "career-site", "Library assistant jobs were projected to decline {a.pct@24:o!2034} from 2024 to 2034, and the job paid a median of {a.median@23:o!2023} in May 2023.")
T("lm-13", "forum", "Curator friend says BLS lists museum techs at {b.median*1.5~K:m} median and {b.emp*3:m} jobs. Absolutely not, I make $19 an hour")
P("Office Manager", "Operations Manager")
T("oo-12", "faq", "How much do office managers make a week? The typical office manager makes about {a.median~wk:c} a week, or {a.median~mo:c} a month.", heading="FAQ")
T("oo-13", "career-site", "In California, office managers earn a median of {a.median=<$78,900>:u}, while operations managers in the San Francisco area average {b.mean=<$172,000>:u|San Francisco area}.", place="California")
P("Production Manager", "Logistics Manager")
T("pl-12", "career-site", "Logistics managers were projected to add {b.chg@24:o!2034} jobs from 2024 to 2034, and production managers were expected to add {a.chg@24:o!2034}. About {b.self@24:o} of logistics managers were self-employed then.")
T("pl-13", "career-site", "In Georgia, logistics managers in the Atlanta metro area earn a median of {b.median=<$110,300>:u|Atlanta metro area}, and the state has about {b.emp=<9,800>:u} of them.", place="Georgia")
P("Compensation and Benefits Manager", "Training and Development Manager")
T("ct-11", "career-site", "Training and development managers averaged {b.mean@24:o!2024} in May 2024, and comp managers {a.mean@24:o!2024}. The middle half of training managers earned between {b.mid@24~_and:o}.")
T("ct-12", "faq", "Are comp and benefits managers in demand? The BLS projects {a.pct=<7%>:m} growth and about {a.open*3:m} openings a year.", heading="FAQ")
P("Police Sergeant", "Fire Captain")
T("pc-12", "career-site", "In California, police sergeants earn a median of {a.median=<$148,000>:u}, and fire captains in the Los Angeles area average {b.mean=<$162,000>:u|Los Angeles area}.", place="California")
T("pc-13", "career-site", "Fire captains were projected to grow {b.pct@24:o!2034} from 2024 to 2034, and police supervisors were projected to add {a.chg@24:o!2034} jobs over the same period.")
P("Casino Manager", "Gaming Supervisor")
T("cg-11", "career-site", "In New Jersey, casino managers in Atlantic City earn a median of {a.median=<$99,000>:u|Atlantic City}, and gaming supervisors statewide about {b.median=<$68,000>:u}.", place="New Jersey")
T("cg-12", "career-site", "Gambling managers were projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<slower than the average>:o!2034}, and earned a median of {a.median@23:o!2023} in May 2023.")
P("Nuclear Reactor Operator", "Power Dispatcher")
T("nd-11", "trade", "IBEW bulletin: reactor operators earned a median of {a.median@23:o!2023} in 2023, and power dispatchers {b.median@23:o!2023}. Dispatchers held about {b.oemp@24:o!2024} jobs in 2024.")
T("nd-12", "career-site", "In Georgia, reactor operators at Plant Vogtle near Augusta earn about {a.median=<$131,000>:u|Augusta}, more than the state's power dispatchers at {b.median=<$104,000>:u}.", place="Georgia")
P("Rotary Drill Operator", "Service Unit Operator")
T("rs-12", "career-site", "Rotary drill operators averaged {a.mean@24:o!2024} in May 2024, and service unit operators held about {b.oemp@24:o!2024} jobs that May.")
T("rs-13", "forum", "per BLS rotary drill ops have {a.emp*2:m} jobs nationally and make {a.mean*0.65~K:m} avg. that's roustabout money")
P("Continuous Mining Machine Operator", "Roof Bolter")
T("cb-11", "career-site", "Continuous miner operators held about {a.oemp@24:o!2024} jobs in May 2024 and averaged {a.mean@24:o!2024} that year.")
T("cb-12", "trade", "In Kentucky, roof bolters in Harlan County make about {b.median=<$36>~hr0:u|Harlan County} an hour, and continuous miner operators statewide around {a.median=<$33>~hr0:u}.", place="Kentucky")
P("Semiconductor Processing Technician", "Calibration Technician")
T("sc-11", "career-site", "In Oregon, semiconductor technicians in the Portland metro area earn about {a.median=<$62,000>:u|Portland metro area}, and the state has about {a.emp=<4,900>:u} of them.", place="Oregon")
T("sc-12", "career-site", "Calibration technicians earned a median of {b.median@23:o!2023} in 2023, and semiconductor techs held about {a.oemp@23:o!2023} jobs in May 2023.")
P("Sewing Machine Operator", "Presser")
T("sp-11", "career-site", "Pressers earned a median of {b.median@23:o!2023} in May 2023 and held about {b.oemp@24:o!2024} jobs in May 2024. Sewing machine operators were projected to lose {a.chg@24:o!2034} jobs by 2034.")
T("sp-12", "forum", "BLS says sewing machine operators make {a.median*1.5~K:m} median. in what world. I do alterations at $16/hr")
P("Musical Instrument Repairer", "Camera Repairer")
T("mc-11", "career-site", "Camera repairers averaged {b.mean@24:o!2024} in May 2024, and instrument repairers earned a median of {a.median@23:o!2023} a year earlier, in May 2023.")
T("mc-12", "forum", "per BLS camera repair is growing {b.pct=<8%>:m}. bro it's 2025, who repairs cameras. I do, but still")
P("Barista", "Busser")
T("bb-11", "career-site", "In New York City, baristas earn around {a.median=<$18.50>~hr:u} an hour, and in the Hudson Valley about {a.median=<$16.75>~hr:u|Hudson Valley}.", place="New York City")
T("bb-12", "faq", "How much do bussers make a week? The median works out to about {b.median~wk:c} a week before tips; bussers held {b.oemp@23:o!2023} jobs in May 2023.", heading="FAQ")
P("Fashion Model", "Talent Agent")
T("ma-11", "career-site", "Talent agents averaged {b.mean@24:o!2024} in May 2024, compared with {b.mean@23:o!2023} in May 2023, and far above models' {a.mean@24:o!2024} that year.")
T("ma-12", "career-site", "Models were projected to show {a.desc=<little or no change>:o!2034} from 2024 to 2034, and agents were projected to grow {b.pct@24:o!2034}.")
P("Motorboat Operator", "Bridge Tender")
T("mb-11", "career-site", "In Louisiana, motorboat operators who run crew boats in the Gulf earn a median of {a.median=<$54,000>:u}, and lock tenders on the Mississippi around {b.median=<$52,000>:u}.", place="Louisiana")
T("mb-12", "forum", "per BLS motorboat operators will see {a.desc=<little or no change>:m} and there are like {a.oemp*6:m} of them. every marina I know is hiring")
P("Traffic Technician", "Surveying Technician")
T("ts-12", "career-site", "Surveying technicians averaged {b.mean@24:o!2024} in May 2024; the middle half earned between {b.mid@24~_and:o!2024}.")
T("ts-13", "forum", "per BLS traffic techs make {a.median*0.65~k:m} median and there's {a.emp*3:m} of us. where do they get this")
P("Agricultural Inspector", "Animal Breeder")
T("ab-11", "career-site", "In California, agricultural inspectors at border stations earn a median of {a.median=<$58,000>:u}, and animal breeders in the Central Valley about {b.median=<$44,000>:u|Central Valley}.", place="California")
T("ab-12", "faq", "Do animal breeders need a degree? Most have a {b.edu=<bachelor's degree>:m} in animal science, and the field will add {b.chg*5:m} jobs.", heading="FAQ")
P("Telecom Line Installer", "Electric Motor Repairer")
T("te-11", "career-site", "Telecom line installers were projected to lose {a.chg@24:o!2034} jobs from 2024 to 2034, and electric motor repairers earned a median of {b.median@23:o!2023} in May 2023.")
T("te-12", "career-site", "In Texas, line installers in Houston earn around {a.median=<$72,000>:u|Houston}, and motor repairers in the state about {b.median=<$52,500>:u}.", place="Texas")
P("Health Information Technologist", "Neurodiagnostic Technologist")
T("hn-11", "school", "Our HIT associate program prepares you for a field where pay ranges from {a.range@24~_to:o} a year and the BLS projects {a.pct=<25%>:m} growth.")
T("hn-12", "career-site", "In Ohio, health information technologists in the Cleveland area earn a median of {a.median=<$64,500>:u|Cleveland area}, close to the national figure.", place="Ohio")
P("Retail Store Manager", "Property Manager")
T("rp-11", "career-site", "Property managers earned a median of {b.median@23:o!2023} in May 2023 and {b.median@24:o!2024} in May 2024. Retail supervisors earned {a.median@23:o!2023} in 2023.")
T("rp-12", "forum", "per BLS property managers have {b.oemp*2:m} jobs and a median of {b.median*1.5~K:m}. where??")
P("Risk Analyst", "Insurance Appraiser")
T("ri-11", "career-site", "Insurance appraisers held about {b.oemp@24:o!2024} jobs in May 2024, and risk analysts averaged {a.mean@24:o!2024} that year.")
T("ri-12", "career-site", "In Illinois, auto damage appraisers in the Chicago area earn about {b.median=<$81,000>:u|Chicago area}, and risk analysts statewide average {a.mean=<$131,000>:u}.", place="Illinois")
# ---------------------------------------------------------------- third pass: front matter, pronouns, question titles
P("Barista", "Busser")
T("bb-13", "frontmatter", "---\ntitle: \"Barista vs. Busser: Which Restaurant Job Pays More?\"\nupdated: 2025-11-02\nbarista_hourly: \"{a.median~hr:c}\"\nbusser_salary: \"{b.median:c}\"\n---", heading="front matter")
P("Police Sergeant", "Fire Captain")
T("pc-14", "frontmatter", "---\ntitle: Police Sergeant vs. Fire Captain\nsergeant_salary: {a.median@23:o}\nfire_captain_salary: {b.median@23:o}\nsergeant_jobs: {a.oemp@23:o}\n---", heading="front matter")
P("Pediatrician", "Family Physician")
T("pf-14", "hospital-blog", "Our pediatric hospitalists see kids from newborns to 18. These physicians earn a median of {a.median:c} nationally, and they held about {a.oemp:c!2025} jobs in May 2025.", heading="Careers at Children's: meet our pediatricians")
P("Continuous Mining Machine Operator", "Roof Bolter")
T("cb-13", "career-site", "Roof bolters install the steel bolts that hold up the mine roof. These workers typically need a {b.edu:c}, and they earn an average of {b.mean~hr:c} an hour; the bottom 25 percent earn less than {b.p25:c} a year.")
P("Health Information Technologist", "Neurodiagnostic Technologist")
T("hn-13", "forum", "Yes. I switched from coding to registry work. BLS median for HITs is {a.median~k:c} and growth is {a.pct:c}, with about {a.open:c} openings a year. the pay is fine, the remote work is better", heading="Is HIT a good career? (r/healthIT)")
P("Risk Analyst", "Insurance Appraiser")
T("ri-13", "faq", "What does an insurance appraiser make an hour? They average {b.mean~hr:c} an hour, and the top quarter make more than {b.p75:c} a year.", heading="Is auto damage appraising a good job?")
P("Production Manager", "Logistics Manager")
T("pl-14", "career-site", "Logistics managers coordinate carriers, warehouses and customs. They earn a median of {b.median~th:c}; the middle half earn between {b.mid~k_and:c}, and they typically need a {b.edu:c} and several years of experience.")
P("Sewing Machine Operator", "Presser")
T("sp-13", "career-site", "Pressers steam and iron finished garments. These workers earn about {b.median~mo:c} a month at the median, or {b.median~wk:c} a week.")
# ---------------------------------------------------------------- pairs 27-30
P("Executive Director", "Development Director")
T("ed-01", "ooh", "The median annual wage for chief executives was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ed-02", "comparison", "At most nonprofits the executive director runs the organization and the development director raises the money that keeps it running. Nationally, chief executives earn a median of {a.median~K:c} and fundraising managers {b.median~K:c}, though nonprofit EDs earn far less than corporate CEOs. Both typically need a {a.edu:c}.", heading="Executive Director vs. Development Director: What's the Difference?")
T("ed-03", "ooh", "Employment of fundraising managers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ed-04", "career-site", "Development directors were projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<about as fast as the average>:o!2034}, and they earned a median of {b.median@23:o!2023} in May 2023.")
T("ed-05", "career-site", "Chief executives held about {a.oemp:c!2025} jobs in May 2025. About {a.self:c} are self-employed, and the BLS projects {a.open:c} openings a year.")
T("ed-06", "table", "| | Executive director | Development director |\n|---|---|---|\n| Average salary (May 2024) | {a.mean@24:o!2024} | {b.mean@24:o!2024} |\n| Jobs (May 2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |", heading="2024 figures")
T("ed-07", "career-site", "In Minnesota, nonprofit executive directors in the Twin Cities earn around {a.median=<$118,000>:u|Twin Cities}, and development directors statewide about {b.median=<$98,000>:u}.", place="Minnesota")
T("ed-08", "forum", "per BLS fundraising managers make {b.median*1.5~k:m} median. lol I'm a development director at a $3M org and make $82k")
T("ed-09", "faq", "How much do development directors make per hour? About {b.mean~hr:c} on average. The bottom 10% earn less than {b.p10~k:c} a year.", heading="Development director salary FAQ")
T("ed-10", "bullets", "Chief executive:\n- Average pay: {a.mean:c}\n- Jobs (2025): {a.emp:c!2025}\n- New jobs by 2035: {a.chg:c!2035}\n- Self-employed (2024–34): {a.self@24:o}")
T("ed-11", "career-site", "Fundraising managers held about {b.oemp:c!2025} jobs in May 2025, and the field is expected to add {b.chg:c!2035} jobs by 2035. Most need a {b.edu=<master's degree>:m} in nonprofit management, says the BLS.")
NC("ed-n1", "The CFRE exam costs $875 and requires 36 months of professional fundraising experience.")
NC("ed-n2", "Our gala raised $412,000 from 380 guests on October 18.")

P("Dispatcher", "Cargo and Freight Agent")
T("dc-01", "ooh", "The median annual wage for dispatchers, except police, fire, and ambulance was {a.median:c!2025} in May 2025.", heading="Pay")
T("dc-02", "comparison", "Truck dispatchers and freight agents both keep loads moving, and both typically need a {a.edu:c}. Cargo and freight agents earn a median of {b.median~th:c}; dispatchers, about {a.median~th:c}.", heading="Dispatcher vs. Freight Agent: Which Logistics Job Is Right for You?")
T("dc-03", "ooh", "Employment of cargo and freight agents is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings for cargo and freight agents are projected each year, on average, over the decade.", heading="Job Outlook")
T("dc-04", "career-site", "Cargo agents were projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<much faster than the average>:o!2034}.")
T("dc-05", "career-site", "Dispatchers held about {a.emp:c!2025} jobs in 2025. The BLS projects the field to lose about {a.chg:c!2035} jobs by 2035, with {a.open:c} openings a year.")
T("dc-06", "career-site", "In Illinois, truck dispatchers in the Chicago metro area earn a median of {a.median=<$52,800>:u|Chicago metro area}, and freight agents statewide about {b.median=<$55,000>:u}.", place="Illinois")
T("dc-07", "table", "| | Dispatcher | Freight agent |\n|---|---|---|\n| Median (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="Older data")
T("dc-08", "forum", "per BLS dispatchers avg {a.mean*1.45~K:m}. yeah no. I dispatch for a 40-truck fleet in Ohio, $48k and I'm on call weekends")
T("dc-09", "faq", "How much do freight agents make an hour? On average {b.mean~hr:c}. The lowest 10 percent earn less than {b.p10:c} a year, and the highest 10 percent more than {b.p90:c}.", heading="FAQ")
T("dc-10", "bullets", "Dispatcher quick facts:\n- Average pay: {a.mean:c}\n- Self-employed: {a.self:c}\n- Self-employed (2024–34 projections): {a.self@24:o}\n- Education: {a.edu=<Associate's degree>:m}")
NC("dc-n1", "Our freight broker course is 6 weeks online; the FMCSA broker authority filing fee is $300.")
NC("dc-n2", "Dispatch works three shifts: 6–2, 2–10, and 10–6, with a 30-minute overlap.")

P("Faller", "Log Grader")
T("fl-01", "ooh", "The median annual wage for fallers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("fl-02", "comparison", "Fallers cut the trees; log graders and scalers measure and grade them at the landing or the mill. Fallers earn a median of {a.median~k:c} against {b.median~k:c} for graders, and both typically need a {a.edu:c}.", heading="Faller vs. Log Grader")
T("fl-03", "ooh", "Employment of fallers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings for fallers are projected each year, on average, over the decade.", heading="Job Outlook")
T("fl-04", "career-site", "Faller employment was projected to drop {a.pct@24:o!2034} between 2024 and 2034, and fallers earned a median of {a.median@24:o!2024} in May 2024.")
T("fl-05", "ooh", "Employment of log graders and scalers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("fl-06", "career-site", "In Oregon, fallers in the Willamette Valley earn about {a.median=<$31>~hr0:u|Willamette Valley} an hour, and log scalers statewide around {b.median=<$24>~hr0:u}.", place="Oregon")
T("fl-07", "trade", "Timber workers' newsletter: log graders held {b.oemp:c!2025} jobs in May 2025, down from {b.oemp@24:o!2024} in May 2024, and about {b.self=<30%>:c!2025} of graders are self-employed.")
T("fl-08", "forum", "per BLS fallers make a median of {a.median*1.5~k:m} and there are {a.emp*3:m} of us. whoever wrote that never ran a saw in the rain")
T("fl-09", "table", "| | Faller | Log grader |\n|---|---|---|\n| Average | {a.mean:c} | {b.mean:c} |\n| Average (May 2023) | {a.mean@23:o!2023} | n/a |\n| Jobs | {a.oemp:c} | {b.emp:c} |", heading="Logging pay")
T("fl-10", "faq", "How much do log scalers make an hour? About {b.mean~hr:c} on average, and the top 10 percent earn more than {b.p90:c} a year.", heading="FAQ")
NC("fl-n1", "Game of Logging Level 1 is a one-day course, $275, held at the county fairgrounds.")
NC("fl-n2", "A Scribner scale reads 24 board feet for a 16-foot log with a 6-inch top.")

P("Order Clerk", "Procurement Clerk")
T("op-01", "ooh", "The median annual wage for order clerks was {a.median:c!2025} in May 2025.", heading="Pay")
T("op-02", "ooh", "The median annual wage for procurement clerks was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("op-03", "comparison", "Order clerks take customers' orders; procurement clerks place the company's own. Procurement clerks earn a bit more, a median of {b.median~K:c} versus {a.median~K:c}. Order clerks typically have {a.edu:c}, while procurement clerks usually need a {b.edu:c}.", heading="Order Clerk vs. Procurement Clerk")
T("op-04", "ooh", "Employment of procurement clerks is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings for procurement clerks are projected each year, on average, over the decade.", heading="Job Outlook")
T("op-05", "career-site", "Order clerk jobs are disappearing: the BLS projects a loss of {a.chg:c!2035} jobs through 2035, from a base of about {a.emp:c!2025} in 2025.")
T("op-06", "career-site", "Order clerks were projected to lose {a.chg@24:o!2034} jobs from 2024 to 2034, with about {a.open@24:o} openings a year; procurement clerks were projected to decline {b.pct@24:o!2034} over the same period.")
T("op-07", "career-site", "In Wisconsin, order clerks in the Milwaukee area earn around {a.median=<$22>~hr0:u|Milwaukee area} an hour, and procurement clerks statewide about {b.median=<$24.10>~hr:u}.", place="Wisconsin")
T("op-08", "bullets", "Order clerk (May 2024):\n- Median pay: {a.median@24:o}\n- Jobs: {a.oemp@24:o}\n- Self-employed: {a.self@24:o}")
T("op-09", "forum", "per BLS procurement clerks make {b.median*1.45~K:m} median. our buyers don't even make that. and there's supposedly {b.emp*2:m} of us")
T("op-10", "faq", "How much do order clerks make an hour? About {a.mean~hr:c} on average, and about {a.self:c} of order clerks are self-employed.", heading="FAQ")
NC("op-n1", "Purchase orders over $5,000 need a second signature; the cutoff for same-day processing is 2 p.m.")
NC("op-n2", "Our ERP training is 3 half-days; new clerks shadow a senior clerk for 2 weeks.")
#ITEMS
OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout12:\n  " + "\n  ".join(errs))
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
