#!/usr/bin/env python3
"""Generate claims-holdout15 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement.
Run: python3 make-holdout15.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"uro": {"query": "Urologist", "soc": "29-1229", "title": "Physicians, All Other", "oews2025": {"mean": 262040, "median": 265930, "p10": 69170, "p25": 102930, "p75": 378770, "p90": 452360, "hourlyMean": 125.98, "employment": 342720}, "oews2024": {"mean": 253470, "p10": 66860, "p25": 95080, "hourlyMean": 121.86, "employment": 315360}, "oews2023": {"mean": 248640, "median": 236000, "p10": 66260, "p25": 85110, "hourlyMean": 119.54, "employment": 310080}, "ep2025": {"employmentBase": 367.4, "changePercent": 3.4, "openingsPerYear": 9.4, "education": "Doctoral or professional degree", "changeNumeric": 12.6, "selfEmployedPercent": 3.3}, "ep2024": {"employmentBase": 340.7, "changePercent": 2.5, "openingsPerYear": 9.6, "education": "Doctoral or professional degree", "changeNumeric": 8.6, "selfEmployedPercent": 3.9}},
"pedsurg": {"query": "Pediatric Surgeon", "soc": "29-1243", "title": "Pediatric Surgeons", "oews2025": {"mean": 502050, "median": 559030, "p10": 215410, "p25": 336380, "p75": 583200, "p90": 726660, "hourlyMean": 241.37, "employment": 1190}, "oews2024": {"mean": 450810, "p10": 189720, "hourlyMean": 216.74, "employment": 1050}, "oews2023": {"mean": 449320, "p10": 172810, "hourlyMean": 216.02, "employment": 1180}, "ep2025": {"employmentBase": 1.3, "changePercent": 2, "openingsPerYear": 0, "education": "Doctoral or professional degree", "changeNumeric": 0, "selfEmployedPercent": 5.2}, "ep2024": {"employmentBase": 1.1, "changePercent": 1.5, "openingsPerYear": 0, "education": "Doctoral or professional degree", "changeNumeric": 0}},
"perio": {"query": "Dentists, All Other Specialists", "soc": "29-1029", "title": "Dentists, All Other Specialists", "oews2025": {"mean": 247930, "median": 224990, "p10": 104120, "p25": 166130, "p75": 280590, "p90": 402700, "hourlyMean": 119.2, "employment": 5230}, "oews2024": {"mean": 246530, "median": 225770, "p10": 75360, "p25": 172780, "hourlyMean": 118.52, "employment": 5900}, "oews2023": {"mean": 244470, "median": 227690, "p10": 107330, "p25": 188860, "hourlyMean": 117.53, "employment": 5920}, "ep2025": {"employmentBase": 5.8, "changePercent": 1.3, "openingsPerYear": 0.1, "education": "Doctoral or professional degree", "changeNumeric": 0.1, "selfEmployedPercent": 7}, "ep2024": {"employmentBase": 6.6, "changePercent": 0.3, "openingsPerYear": 0.2, "education": "Doctoral or professional degree", "changeNumeric": 0, "selfEmployedPercent": 7.4}},
"perf": {"query": "Perfusionist", "soc": "29-2099", "title": "Health Technologists and Technicians, All Other", "oews2025": {"mean": 58710, "median": 50290, "p10": 38180, "p25": 44170, "p75": 64340, "p90": 85270, "hourlyMean": 28.23, "employment": 182610}, "oews2024": {"mean": 56370, "median": 48790, "p10": 37290, "p25": 40740, "p75": 62280, "p90": 81290, "hourlyMean": 27.1, "employment": 174060}, "oews2023": {"mean": 54220, "median": 47470, "p10": 35890, "p25": 38710, "p75": 60980, "p90": 79860, "hourlyMean": 26.07, "employment": 171110}, "ep2025": {"employmentBase": 185.6, "changePercent": 5.9, "openingsPerYear": 12.4, "education": "Postsecondary nondegree award", "changeNumeric": 10.9, "selfEmployedPercent": 0.4}, "ep2024": {"employmentBase": 178.8, "changePercent": 5.2, "openingsPerYear": 13.6, "education": "Postsecondary nondegree award", "changeNumeric": 9.3, "selfEmployedPercent": 0.5}},
"elechelp": {"query": "Electrician's Helper", "soc": "47-3013", "title": "Helpers--Electricians", "oews2025": {"mean": 44080, "median": 42670, "p10": 33020, "p25": 36830, "p75": 48470, "p90": 58340, "hourlyMean": 21.19, "employment": 63630}, "oews2024": {"mean": 42900, "median": 39890, "p10": 31200, "p25": 36400, "p75": 47520, "p90": 56770, "hourlyMean": 20.62, "employment": 64440}, "oews2023": {"mean": 41240, "median": 38340, "p10": 29970, "p25": 35040, "p75": 46470, "p90": 55900, "hourlyMean": 19.83, "employment": 68670}, "ep2025": {"employmentBase": 65, "changePercent": 0.6, "openingsPerYear": 6.1, "education": "High school diploma or equivalent", "changeNumeric": 0.4, "selfEmployedPercent": 1.7}, "ep2024": {"employmentBase": 66.6, "changePercent": 0.2, "openingsPerYear": 6.8, "education": "High school diploma or equivalent", "changeNumeric": 0.1, "selfEmployedPercent": 1.8}},
"plumbhelp": {"query": "Plumber's Helper", "soc": "47-3015", "title": "Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters", "oews2025": {"mean": 43730, "median": 42360, "p10": 33590, "p25": 36940, "p75": 47720, "p90": 57780, "hourlyMean": 21.03, "employment": 44330}, "oews2024": {"mean": 41720, "median": 39270, "p10": 31050, "p25": 35750, "p75": 46550, "p90": 54860, "hourlyMean": 20.06, "employment": 43640}, "oews2023": {"mean": 39460, "median": 37650, "p10": 29780, "p25": 34320, "p75": 44140, "p90": 50920, "hourlyMean": 18.97, "employment": 45300}, "ep2025": {"employmentBase": 45.3, "changePercent": 2.4, "openingsPerYear": 4.4, "education": "High school diploma or equivalent", "changeNumeric": 1.1, "selfEmployedPercent": 1.7}, "ep2024": {"employmentBase": 45.3, "changePercent": 4.9, "openingsPerYear": 4.9, "education": "High school diploma or equivalent", "changeNumeric": 2.2, "selfEmployedPercent": 1.8}},
"drag": {"query": "Dragline Operator", "soc": "47-5022", "title": "Excavating and Loading Machine and Dragline Operators, Surface Mining", "oews2025": {"mean": 59930, "median": 57430, "p10": 41600, "p25": 47890, "p75": 65730, "p90": 82400, "hourlyMean": 28.81, "employment": 34480}, "oews2024": {"mean": 57860, "median": 52550, "p10": 39650, "p25": 46290, "p75": 63630, "p90": 80970, "hourlyMean": 27.82, "employment": 34210}, "oews2023": {"mean": 55500, "median": 50050, "p10": 38080, "p25": 44460, "p75": 61760, "p90": 77240, "hourlyMean": 26.68, "employment": 32630}, "ep2025": {"employmentBase": 34.7, "changePercent": 1, "openingsPerYear": 2.4, "education": "High school diploma or equivalent", "changeNumeric": 0.4}, "ep2024": {"employmentBase": 35.8, "changePercent": -0.4, "openingsPerYear": 3.1, "education": "High school diploma or equivalent", "changeNumeric": -0.1, "selfEmployedPercent": 3.2}},
"rock": {"query": "Rock Splitter", "soc": "47-5051", "title": "Rock Splitters, Quarry", "oews2025": {"mean": 51500, "median": 48740, "p10": 37340, "p25": 42670, "p75": 60030, "p90": 67710, "hourlyMean": 24.76, "employment": 3320}, "oews2024": {"mean": 50540, "median": 47460, "p10": 37240, "p25": 39990, "p75": 58290, "p90": 68380, "hourlyMean": 24.3, "employment": 3080}, "oews2023": {"mean": 47830, "median": 46530, "p10": 32050, "p25": 37440, "p75": 56940, "p90": 64020, "hourlyMean": 23, "employment": 3610}, "ep2025": {"employmentBase": 3.5, "changePercent": 5.8, "openingsPerYear": 0.4, "education": "No formal educational credential", "changeNumeric": 0.2, "selfEmployedPercent": 5.4}, "ep2024": {"employmentBase": 3.2, "changePercent": 4.4, "openingsPerYear": 0.4, "education": "No formal educational credential", "changeNumeric": 0.1, "selfEmployedPercent": 3.3}},
"wp": {"query": "Word Processor", "soc": "43-9022", "title": "Word Processors and Typists", "oews2025": {"mean": 51120, "median": 49280, "p10": 36810, "p25": 40800, "p75": 57670, "p90": 65150, "hourlyMean": 24.58, "employment": 35010}, "oews2024": {"mean": 49730, "median": 47850, "p10": 35300, "p25": 39740, "p75": 56000, "p90": 64370, "hourlyMean": 23.91, "employment": 36030}, "oews2023": {"mean": 47170, "median": 46450, "p10": 33160, "p25": 38460, "p75": 53020, "p90": 62280, "hourlyMean": 22.68, "employment": 37200}, "ep2025": {"employmentBase": 40.4, "changePercent": -34.4, "openingsPerYear": 1.9, "education": "High school diploma or equivalent", "changeNumeric": -13.9, "selfEmployedPercent": 10.9}, "ep2024": {"employmentBase": 40, "changePercent": -36.1, "openingsPerYear": 2.2, "education": "High school diploma or equivalent", "changeNumeric": -14.4, "selfEmployedPercent": 7.5}},
"omo": {"query": "Office Machine Operator", "soc": "43-9071", "title": "Office Machine Operators, Except Computer", "oews2025": {"mean": 43220, "median": 40960, "p10": 31750, "p25": 36090, "p75": 47910, "p90": 57960, "hourlyMean": 20.78, "employment": 25130}, "oews2024": {"mean": 41620, "median": 39020, "p10": 29850, "p25": 34420, "p75": 46680, "p90": 56340, "hourlyMean": 20.01, "employment": 24740}, "oews2023": {"mean": 39600, "median": 37450, "p10": 28450, "p25": 32040, "p75": 44790, "p90": 53560, "hourlyMean": 19.04, "employment": 27960}, "ep2025": {"employmentBase": 25.8, "changePercent": -14.9, "openingsPerYear": 2.1, "education": "High school diploma or equivalent", "changeNumeric": -3.8}, "ep2024": {"employmentBase": 25.5, "changePercent": -15.2, "openingsPerYear": 2.8, "education": "High school diploma or equivalent", "changeNumeric": -3.9}},
"corr": {"query": "Correspondence Clerk", "soc": "43-4021", "title": "Correspondence Clerks", "oews2025": {"mean": 48090, "median": 46800, "p10": 33300, "p25": 38610, "p75": 56090, "p90": 64510, "hourlyMean": 23.12, "employment": 4290}, "oews2024": {"mean": 46610, "median": 46740, "p10": 33530, "p25": 38510, "p75": 52480, "p90": 62200, "hourlyMean": 22.41, "employment": 6260}, "oews2023": {"mean": 46940, "median": 42120, "p10": 31200, "p25": 36250, "p75": 57660, "p90": 68650, "hourlyMean": 22.57, "employment": 4650}, "ep2025": {"employmentBase": 4.8, "changePercent": -5.6, "openingsPerYear": 0.5, "education": "High school diploma or equivalent", "changeNumeric": -0.3, "selfEmployedPercent": 4.3}, "ep2024": {"employmentBase": 6.9, "changePercent": -5.6, "openingsPerYear": 0.7, "education": "High school diploma or equivalent", "changeNumeric": -0.4, "selfEmployedPercent": 5.1}},
"credit": {"query": "Credit Authorizer", "soc": "43-4041", "title": "Credit Authorizers, Checkers, and Clerks", "oews2025": {"mean": 51420, "median": 50080, "p10": 30260, "p25": 40520, "p75": 60860, "p90": 72700, "hourlyMean": 24.72, "employment": 12030}, "oews2024": {"mean": 51270, "median": 49130, "p10": 34590, "p25": 40850, "p75": 59530, "p90": 71730, "hourlyMean": 24.65, "employment": 11960}, "oews2023": {"mean": 50380, "median": 48000, "p10": 32950, "p25": 39110, "p75": 57130, "p90": 65460, "hourlyMean": 24.22, "employment": 14290}, "ep2025": {"employmentBase": 12.2, "changePercent": -7.4, "openingsPerYear": 0.9, "education": "High school diploma or equivalent", "changeNumeric": -0.9, "selfEmployedPercent": 1}, "ep2024": {"employmentBase": 12, "changePercent": -6.2, "openingsPerYear": 1, "education": "High school diploma or equivalent", "changeNumeric": -0.7}},
"philprof": {"query": "Philosophy Professor", "soc": "25-1126", "title": "Philosophy and Religion Teachers, Postsecondary", "oews2025": {"mean": 92040, "median": 80260, "p10": 49140, "p25": 62600, "p75": 104770, "p90": 139580, "employment": 20460}, "oews2024": {"mean": 88210, "median": 78050, "p10": 47550, "p25": 60980, "p75": 101680, "p90": 134910, "employment": 20840}, "oews2023": {"mean": 89680, "median": 79930, "p10": 48450, "p25": 61830, "p75": 103340, "p90": 137310, "employment": 20320}, "ep2025": {"employmentBase": 26.8, "changePercent": 2, "openingsPerYear": 1.8, "education": "Doctoral or professional degree", "changeNumeric": 0.5, "selfEmployedPercent": 0.4}, "ep2024": {"employmentBase": 27.3, "changePercent": 0.7, "openingsPerYear": 2, "education": "Doctoral or professional degree", "changeNumeric": 0.2, "selfEmployedPercent": 0.5}},
"polprof": {"query": "Political Science Professor", "soc": "25-1065", "title": "Political Science Teachers, Postsecondary", "oews2025": {"mean": 108100, "median": 98070, "p10": 56450, "p25": 73260, "p75": 129130, "p90": 174660, "employment": 16970}, "oews2024": {"mean": 105160, "median": 94680, "p10": 50490, "p25": 65330, "p75": 127480, "p90": 173380, "employment": 17170}, "oews2023": {"mean": 104910, "median": 93810, "p10": 51610, "p25": 66330, "p75": 127940, "p90": 172910, "employment": 17090}, "ep2025": {"employmentBase": 21.5, "changePercent": 2.5, "openingsPerYear": 1.5, "education": "Doctoral or professional degree", "changeNumeric": 0.5, "selfEmployedPercent": 0.2}, "ep2024": {"employmentBase": 21.8, "changePercent": 2, "openingsPerYear": 1.6, "education": "Doctoral or professional degree", "changeNumeric": 0.4, "selfEmployedPercent": 0.3}},
"agprof": {"query": "Agriculture Professor", "soc": "25-1041", "title": "Agricultural Sciences Teachers, Postsecondary", "oews2025": {"mean": 102050, "median": 98700, "p10": 50870, "p25": 66410, "p75": 126850, "p90": 163150, "employment": 8920}, "oews2024": {"mean": 97790, "median": 86350, "p10": 49080, "p25": 63980, "p75": 123290, "p90": 160870, "employment": 8700}, "oews2023": {"mean": 95610, "median": 85260, "p10": 49240, "p25": 64120, "p75": 110310, "p90": 149660, "employment": 7550}, "ep2025": {"employmentBase": 10.9, "changePercent": 2.9, "openingsPerYear": 0.8, "education": "Doctoral or professional degree", "changeNumeric": 0.3}, "ep2024": {"employmentBase": 10.7, "changePercent": 4.1, "openingsPerYear": 0.8, "education": "Doctoral or professional degree", "changeNumeric": 0.4}},
"ext": {"query": "Extension Agent", "soc": "25-9021", "title": "Farm and Home Management Educators", "oews2025": {"mean": 61060, "median": 60220, "p10": 37650, "p25": 46990, "p75": 73130, "p90": 85060, "hourlyMean": 29.35, "employment": 8220}, "oews2024": {"mean": 60470, "median": 58120, "p10": 36780, "p25": 46010, "p75": 69110, "p90": 85230, "hourlyMean": 29.07, "employment": 10260}, "oews2023": {"mean": 61430, "median": 59770, "p10": 36710, "p25": 46080, "p75": 75310, "p90": 84770, "hourlyMean": 29.53, "employment": 8110}, "ep2025": {"employmentBase": 9.7, "changePercent": -3.2, "openingsPerYear": 0.8, "education": "Master's degree", "changeNumeric": -0.3}, "ep2024": {"employmentBase": 12.4, "changePercent": -2.5, "openingsPerYear": 1.1, "education": "Master's degree", "changeNumeric": -0.3, "selfEmployedPercent": 0.7}},
"proj": {"query": "Motion Picture Projectionist", "soc": "39-3021", "title": "Motion Picture Projectionists", "oews2025": {"mean": 51480, "median": 38270, "p10": 23390, "p25": 30040, "p75": 77730, "p90": 88310, "hourlyMean": 24.75, "employment": 1480}, "oews2024": {"mean": 50290, "median": 38180, "p10": 24160, "p25": 29250, "p75": 75380, "p90": 82040, "hourlyMean": 24.18, "employment": 1950}, "oews2023": {"mean": 43800, "median": 35160, "p10": 22840, "p25": 27040, "p75": 46260, "p90": 81490, "hourlyMean": 21.06, "employment": 2610}, "ep2025": {"employmentBase": 1.5, "changePercent": -6.2, "openingsPerYear": 0.3, "education": "No formal educational credential", "changeNumeric": -0.1}, "ep2024": {"employmentBase": 2, "changePercent": -3.7, "openingsPerYear": 0.5, "education": "No formal educational credential", "changeNumeric": -0.1}},
"photo": {"query": "Photographic Process Worker", "soc": "51-9151", "title": "Photographic Process Workers and Processing Machine Operators", "oews2025": {"mean": 46050, "median": 40610, "p10": 30090, "p25": 35170, "p75": 50150, "p90": 68800, "hourlyMean": 22.14, "employment": 4800}, "oews2024": {"mean": 46050, "median": 40100, "p10": 30840, "p25": 34460, "p75": 51590, "p90": 69290, "hourlyMean": 22.14, "employment": 5550}, "oews2023": {"mean": 41900, "median": 35620, "p10": 29390, "p25": 31950, "p75": 44650, "p90": 65480, "hourlyMean": 20.14, "employment": 5770}, "ep2025": {"employmentBase": 5.3, "changePercent": -5.6, "openingsPerYear": 0.6, "education": "High school diploma or equivalent", "changeNumeric": -0.3, "selfEmployedPercent": 14.7}, "ep2024": {"employmentBase": 11.2, "changePercent": -2.6, "openingsPerYear": 1.5, "education": "High school diploma or equivalent", "changeNumeric": -0.3, "selfEmployedPercent": 39}},
"mill": {"query": "Milling Machine Operator", "soc": "51-4035", "title": "Milling and Planing Machine Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 56740, "median": 52800, "p10": 37840, "p25": 45210, "p75": 64900, "p90": 81030, "hourlyMean": 27.28, "employment": 12460}, "oews2024": {"mean": 52940, "median": 48310, "p10": 36810, "p25": 41650, "p75": 61290, "p90": 75000, "hourlyMean": 25.45, "employment": 13810}, "oews2023": {"mean": 50020, "median": 47200, "p10": 35140, "p25": 38390, "p75": 59280, "p90": 69920, "hourlyMean": 24.05, "employment": 13990}, "ep2025": {"employmentBase": 12.4, "changePercent": -13.2, "openingsPerYear": 1, "education": "High school diploma or equivalent", "changeNumeric": -1.6}, "ep2024": {"employmentBase": 13.8, "changePercent": -14.4, "openingsPerYear": 1.1, "education": "High school diploma or equivalent", "changeNumeric": -2}},
"forge": {"query": "Forging Machine Operator", "soc": "51-4022", "title": "Forging Machine Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 51680, "median": 49030, "p10": 36800, "p25": 42440, "p75": 60130, "p90": 68720, "hourlyMean": 24.85, "employment": 8930}, "oews2024": {"mean": 50900, "median": 49240, "p10": 35150, "p25": 41350, "p75": 59270, "p90": 69540, "hourlyMean": 24.47, "employment": 8760}, "oews2023": {"mean": 47350, "median": 46990, "p10": 31860, "p25": 38390, "p75": 54220, "p90": 64070, "hourlyMean": 22.76, "employment": 9170}, "ep2025": {"employmentBase": 8.9, "changePercent": -17.2, "openingsPerYear": 0.6, "education": "High school diploma or equivalent", "changeNumeric": -1.5}, "ep2024": {"employmentBase": 8.8, "changePercent": -18.9, "openingsPerYear": 0.6, "education": "High school diploma or equivalent", "changeNumeric": -1.7}},
"mold": {"query": "Injection Molding Operator", "soc": "51-4072", "title": "Molding, Coremaking, and Casting Machine Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 45960, "median": 44350, "p10": 34170, "p25": 37270, "p75": 51020, "p90": 61600, "hourlyMean": 22.1, "employment": 150470}, "oews2024": {"mean": 44130, "median": 41230, "p10": 31990, "p25": 36290, "p75": 49100, "p90": 60110, "hourlyMean": 21.22, "employment": 154820}, "oews2023": {"mean": 42060, "median": 38870, "p10": 30280, "p25": 34900, "p75": 47320, "p90": 57970, "hourlyMean": 20.22, "employment": 158980}, "ep2025": {"employmentBase": 150, "changePercent": -3.4, "openingsPerYear": 13.8, "education": "High school diploma or equivalent", "changeNumeric": -5.2}, "ep2024": {"employmentBase": 154.6, "changePercent": -3.8, "openingsPerYear": 15.9, "education": "High school diploma or equivalent", "changeNumeric": -5.8}},
"tire": {"query": "Tire Builder", "soc": "51-9197", "title": "Tire Builders", "oews2025": {"mean": 57160, "median": 57390, "p10": 40150, "p25": 47900, "p75": 64380, "p90": 74680, "hourlyMean": 27.48, "employment": 20770}, "oews2024": {"mean": 56230, "median": 55580, "p10": 39990, "p25": 48740, "p75": 65410, "p90": 70250, "hourlyMean": 27.03, "employment": 20970}, "oews2023": {"mean": 53930, "median": 54080, "p10": 37940, "p25": 46280, "p75": 62330, "p90": 66700, "hourlyMean": 25.93, "employment": 20660}, "ep2025": {"employmentBase": 20.3, "changePercent": 0.8, "openingsPerYear": 1.9, "education": "High school diploma or equivalent", "changeNumeric": 0.2}, "ep2024": {"employmentBase": 20.9, "changePercent": 2.3, "openingsPerYear": 2.5, "education": "High school diploma or equivalent", "changeNumeric": 0.5}},
"paper": {"query": "Paper Goods Machine Operator", "soc": "51-9196", "title": "Paper Goods Machine Setters, Operators, and Tenders", "oews2025": {"mean": 52840, "median": 50270, "p10": 37300, "p25": 44920, "p75": 60180, "p90": 70320, "hourlyMean": 25.4, "employment": 96130}, "oews2024": {"mean": 51750, "median": 49390, "p10": 36610, "p25": 43520, "p75": 59220, "p90": 68640, "hourlyMean": 24.88, "employment": 96950}, "oews2023": {"mean": 48910, "median": 47250, "p10": 35590, "p25": 39040, "p75": 56690, "p90": 64290, "hourlyMean": 23.52, "employment": 96460}, "ep2025": {"employmentBase": 96.1, "changePercent": -3.6, "openingsPerYear": 9, "education": "High school diploma or equivalent", "changeNumeric": -3.5}, "ep2024": {"employmentBase": 97.5, "changePercent": -6.3, "openingsPerYear": 8.1, "education": "High school diploma or equivalent", "changeNumeric": -6.1, "selfEmployedPercent": 1.2}},
"prepress": {"query": "Prepress Technician", "soc": "51-5111", "title": "Prepress Technicians and Workers", "oews2025": {"mean": 50800, "median": 48690, "p10": 35810, "p25": 40930, "p75": 58580, "p90": 66080, "hourlyMean": 24.43, "employment": 23840}, "oews2024": {"mean": 49130, "median": 47300, "p10": 34270, "p25": 39000, "p75": 57530, "p90": 65530, "hourlyMean": 23.62, "employment": 23070}, "oews2023": {"mean": 46540, "median": 45070, "p10": 31330, "p25": 36390, "p75": 54330, "p90": 63440, "hourlyMean": 22.38, "employment": 23590}, "ep2025": {"employmentBase": 24.7, "changePercent": -15.3, "openingsPerYear": 2.1, "education": "Postsecondary nondegree award", "changeNumeric": -3.8, "selfEmployedPercent": 5.1}, "ep2024": {"employmentBase": 26.2, "changePercent": -14.6, "openingsPerYear": 2.8, "education": "Postsecondary nondegree award", "changeNumeric": -3.8, "selfEmployedPercent": 12.9}},
"mix": {"query": "Mixing Machine Operator", "soc": "51-9023", "title": "Mixing and Blending Machine Setters, Operators, and Tenders", "oews2025": {"mean": 52090, "median": 48990, "p10": 36790, "p25": 42850, "p75": 59860, "p90": 70200, "hourlyMean": 25.04, "employment": 94920}, "oews2024": {"mean": 49990, "median": 47680, "p10": 35000, "p25": 39800, "p75": 57940, "p90": 67570, "hourlyMean": 24.04, "employment": 100840}, "oews2023": {"mean": 47950, "median": 46100, "p10": 34090, "p25": 38610, "p75": 55470, "p90": 63700, "hourlyMean": 23.05, "employment": 105740}, "ep2025": {"employmentBase": 97.3, "changePercent": -6.1, "openingsPerYear": 7.9, "education": "High school diploma or equivalent", "changeNumeric": -5.9, "selfEmployedPercent": 2.5}, "ep2024": {"employmentBase": 101.1, "changePercent": -6.8, "openingsPerYear": 8.8, "education": "High school diploma or equivalent", "changeNumeric": -6.8}},
"roast": {"query": "Coffee Roaster", "soc": "51-3091", "title": "Food and Tobacco Roasting, Baking, and Drying Machine Operators and Tenders", "oews2025": {"mean": 45930, "median": 44810, "p10": 33250, "p25": 37540, "p75": 50680, "p90": 62680, "hourlyMean": 22.08, "employment": 20370}, "oews2024": {"mean": 44140, "median": 42730, "p10": 32390, "p25": 36610, "p75": 48680, "p90": 60070, "hourlyMean": 21.22, "employment": 19500}, "oews2023": {"mean": 42410, "median": 39850, "p10": 29650, "p25": 34740, "p75": 48480, "p90": 59020, "hourlyMean": 20.39, "employment": 19570}, "ep2025": {"employmentBase": 21.6, "changePercent": 0.4, "openingsPerYear": 2.5, "education": "No formal educational credential", "changeNumeric": 0.1, "selfEmployedPercent": 8.3}, "ep2024": {"employmentBase": 20.7, "changePercent": 0.6, "openingsPerYear": 2.4, "education": "No formal educational credential", "changeNumeric": 0.1, "selfEmployedPercent": 8.8}},
"layout": {"query": "Layout Worker", "soc": "51-4192", "title": "Layout Workers, Metal and Plastic", "oews2025": {"mean": 66520, "median": 63870, "p10": 39980, "p25": 50910, "p75": 79470, "p90": 93860, "hourlyMean": 31.98, "employment": 5970}, "oews2024": {"mean": 65770, "median": 61870, "p10": 40430, "p25": 51810, "p75": 76980, "p90": 93230, "hourlyMean": 31.62, "employment": 5610}, "oews2023": {"mean": 60110, "median": 62270, "p10": 41480, "p25": 48180, "p75": 66580, "p90": 79370, "hourlyMean": 28.9, "employment": 6660}, "ep2025": {"employmentBase": 6.2, "changePercent": -3.4, "openingsPerYear": 0.5, "education": "High school diploma or equivalent", "changeNumeric": -0.2, "selfEmployedPercent": 2.2}, "ep2024": {"employmentBase": 5.7, "changePercent": -5.4, "openingsPerYear": 0.5, "education": "High school diploma or equivalent", "changeNumeric": -0.3}},
"coil": {"query": "Coil Winder", "soc": "51-2021", "title": "Coil Winders, Tapers, and Finishers", "oews2025": {"mean": 50470, "median": 48220, "p10": 37540, "p25": 42050, "p75": 58770, "p90": 63300, "hourlyMean": 24.26, "employment": 12840}, "oews2024": {"mean": 48940, "median": 47260, "p10": 35180, "p25": 39380, "p75": 57800, "p90": 62790, "hourlyMean": 23.53, "employment": 12170}, "oews2023": {"mean": 46020, "median": 44890, "p10": 32890, "p25": 37480, "p75": 52040, "p90": 61220, "hourlyMean": 22.13, "employment": 11900}, "ep2025": {"employmentBase": 12.9, "changePercent": -4, "openingsPerYear": 1.2, "education": "High school diploma or equivalent", "changeNumeric": -0.5}, "ep2024": {"employmentBase": 12.2, "changePercent": -6.3, "openingsPerYear": 1.2, "education": "High school diploma or equivalent", "changeNumeric": -0.8}},
"transit": {"query": "Transit Police Officer", "soc": "33-3052", "title": "Transit and Railroad Police", "oews2025": {"mean": 91810, "median": 90230, "p10": 57690, "p25": 68990, "p75": 119290, "p90": 125910, "hourlyMean": 44.14, "employment": 4390}, "oews2024": {"mean": 91820, "median": 82320, "p10": 58370, "p25": 65920, "p75": 114040, "p90": 141870, "hourlyMean": 44.14, "employment": 3000}, "oews2023": {"mean": 78230, "median": 72250, "p10": 52550, "p25": 62230, "p75": 100170, "p90": 108090, "hourlyMean": 37.61, "employment": 2360}, "ep2025": {"employmentBase": 4.4, "changePercent": 3.2, "openingsPerYear": 0.3, "education": "High school diploma or equivalent", "changeNumeric": 0.1}, "ep2024": {"employmentBase": 3.1, "changePercent": 3, "openingsPerYear": 0.2, "education": "High school diploma or equivalent", "changeNumeric": 0.1, "selfEmployedPercent": 1.8}},
"passatt": {"query": "Passenger Attendant", "soc": "53-6061", "title": "Passenger Attendants", "oews2025": {"mean": 37820, "median": 37720, "p10": 27970, "p25": 31240, "p75": 41680, "p90": 46590, "hourlyMean": 18.18, "employment": 27110}, "oews2024": {"mean": 38480, "median": 37560, "p10": 29120, "p25": 32090, "p75": 41180, "p90": 49510, "hourlyMean": 18.5, "employment": 25340}, "oews2023": {"mean": 36780, "median": 35620, "p10": 27040, "p25": 32020, "p75": 39470, "p90": 47680, "hourlyMean": 17.68, "employment": 20190}, "ep2025": {"employmentBase": 27.2, "changePercent": 6, "openingsPerYear": 4.3, "education": "High school diploma or equivalent", "changeNumeric": 1.6, "selfEmployedPercent": 1.6}, "ep2024": {"employmentBase": 25.6, "changePercent": 4.7, "openingsPerYear": 4.1, "education": "High school diploma or equivalent", "changeNumeric": 1.2}},
"d2d": {"query": "Door-to-Door Sales Worker", "soc": "41-9091", "title": "Door-to-Door Sales Workers, News and Street Vendors, and Related Workers", "oews2025": {"mean": 43850, "median": 41380, "p10": 32010, "p25": 36470, "p75": 47390, "p90": 51470, "hourlyMean": 21.08, "employment": 2760}, "oews2024": {"mean": 39890, "median": 34530, "p10": 23440, "p25": 31200, "p75": 42970, "p90": 55970, "hourlyMean": 19.18, "employment": 4590}, "oews2023": {"mean": 42200, "median": 34910, "p10": 22140, "p25": 29540, "p75": 46140, "p90": 62400, "hourlyMean": 20.29, "employment": 6220}, "ep2025": {"employmentBase": 50.9, "changePercent": -10.4, "openingsPerYear": 4.8, "education": "No formal educational credential", "changeNumeric": -5.3, "selfEmployedPercent": 94.6}, "ep2024": {"employmentBase": 25.3, "changePercent": -10, "openingsPerYear": 2.7, "education": "No formal educational credential", "changeNumeric": -2.5, "selfEmployedPercent": 81.8}},
"auction": {"query": "Auctioneer", "soc": "41-9099", "title": "Sales and Related Workers, All Other", "oews2025": {"mean": 58510, "median": 48280, "p10": 29720, "p25": 36860, "p75": 70650, "p90": 97910, "hourlyMean": 28.13, "employment": 93180}, "oews2024": {"mean": 57030, "median": 46370, "p10": 28060, "p25": 35040, "p75": 66240, "p90": 95850, "hourlyMean": 27.42, "employment": 99070}, "oews2023": {"mean": 54150, "median": 44610, "p10": 27250, "p25": 33580, "p75": 63560, "p90": 91940, "hourlyMean": 26.03, "employment": 114280}, "ep2025": {"employmentBase": 115.3, "changePercent": 1.1, "openingsPerYear": 13.1, "education": "High school diploma or equivalent", "changeNumeric": 1.3, "selfEmployedPercent": 16.3}, "ep2024": {"employmentBase": 122.6, "changePercent": 3.7, "openingsPerYear": 16, "education": "High school diploma or equivalent", "changeNumeric": 4.5, "selfEmployedPercent": 14.8}},
"recmgr": {"query": "Entertainment and Recreation Manager", "soc": "11-9072", "title": "Entertainment and Recreation Managers, Except Gambling", "oews2025": {"mean": 89750, "median": 79520, "p10": 46270, "p25": 61060, "p75": 104770, "p90": 139110, "hourlyMean": 43.15, "employment": 37980}, "oews2024": {"mean": 87060, "median": 77180, "p10": 45320, "p25": 58380, "p75": 101750, "p90": 134680, "hourlyMean": 41.86, "employment": 36700}, "oews2023": {"mean": 84080, "median": 73460, "p10": 42730, "p25": 53480, "p75": 99170, "p90": 133680, "hourlyMean": 40.42, "employment": 29690}, "ep2025": {"employmentBase": 43.9, "changePercent": 6, "openingsPerYear": 5.1, "education": "Bachelor's degree", "changeNumeric": 2.7, "selfEmployedPercent": 8.4}, "ep2024": {"employmentBase": 43.2, "changePercent": 7.7, "openingsPerYear": 5.5, "education": "Bachelor's degree", "changeNumeric": 3.3, "selfEmployedPercent": 8.6}},
"spa": {"query": "Spa Manager", "soc": "11-9179", "title": "Personal Service Managers, All Other", "oews2025": {"mean": 78190, "median": 69770, "p10": 44910, "p25": 54130, "p75": 94440, "p90": 118710, "hourlyMean": 37.59, "employment": 10450}, "oews2024": {"mean": 70620, "median": 61340, "p10": 36880, "p25": 47670, "p75": 82890, "p90": 111130, "hourlyMean": 33.95, "employment": 10490}, "oews2023": {"mean": 62980, "median": 57570, "p10": 31000, "p25": 41410, "p75": 73650, "p90": 99900, "hourlyMean": 30.28, "employment": 11170}, "ep2025": {"employmentBase": 25.5, "changePercent": 6.2, "openingsPerYear": 2, "education": "High school diploma or equivalent", "changeNumeric": 1.6, "selfEmployedPercent": 56.2}, "ep2024": {"employmentBase": 25.1, "changePercent": 6.5, "openingsPerYear": 2.1, "education": "High school diploma or equivalent", "changeNumeric": 1.6, "selfEmployedPercent": 54.3}},
"book": {"query": "Sports Book Writer", "soc": "39-3012", "title": "Gambling and Sports Book Writers and Runners", "oews2025": {"mean": 36450, "median": 34980, "p10": 22090, "p25": 28150, "p75": 44840, "p90": 48270, "hourlyMean": 17.53, "employment": 8950}, "oews2024": {"mean": 32570, "median": 30460, "p10": 22200, "p25": 24960, "p75": 36310, "p90": 45900, "hourlyMean": 15.66, "employment": 7600}, "oews2023": {"mean": 32030, "median": 29170, "p10": 21580, "p25": 24260, "p75": 35880, "p90": 43440, "hourlyMean": 15.4, "employment": 8700}, "ep2025": {"employmentBase": 9.6, "changePercent": 1.8, "openingsPerYear": 1.4, "education": "High school diploma or equivalent", "changeNumeric": 0.2, "selfEmployedPercent": 4.7}, "ep2024": {"employmentBase": 8.2, "changePercent": -6.1, "openingsPerYear": 1.2, "education": "High school diploma or equivalent", "changeNumeric": -0.5, "selfEmployedPercent": 4.4}},
"change": {"query": "Gaming Change Person", "soc": "41-2012", "title": "Gambling Change Persons and Booth Cashiers", "oews2025": {"mean": 39100, "median": 36220, "p10": 24460, "p25": 29630, "p75": 41530, "p90": 60330, "hourlyMean": 18.8, "employment": 21530}, "oews2024": {"mean": 36820, "median": 34810, "p10": 22810, "p25": 28870, "p75": 39350, "p90": 49190, "hourlyMean": 17.7, "employment": 21930}, "oews2023": {"mean": 36030, "median": 33230, "p10": 22630, "p25": 27570, "p75": 39340, "p90": 53540, "hourlyMean": 17.32, "employment": 20560}, "ep2025": {"employmentBase": 22, "changePercent": -1.9, "openingsPerYear": 3.9, "education": "No formal educational credential", "changeNumeric": -0.4}, "ep2024": {"employmentBase": 22.6, "changePercent": -6.4, "openingsPerYear": 4, "education": "No formal educational credential", "changeNumeric": -1.5}},
"survey": {"query": "Survey Interviewer", "soc": "43-4111", "title": "Interviewers, Except Eligibility and Loan", "oews2025": {"mean": 47240, "median": 45920, "p10": 33900, "p25": 38330, "p75": 53090, "p90": 62810, "hourlyMean": 22.71, "employment": 148060}, "oews2024": {"mean": 45400, "median": 43830, "p10": 31980, "p25": 37380, "p75": 50440, "p90": 60960, "hourlyMean": 21.83, "employment": 157310}, "oews2023": {"mean": 42750, "median": 40300, "p10": 30110, "p25": 35600, "p75": 48350, "p90": 58090, "hourlyMean": 20.55, "employment": 160550}, "ep2025": {"employmentBase": 153.6, "changePercent": -10.4, "openingsPerYear": 13.2, "education": "High school diploma or equivalent", "changeNumeric": -16, "selfEmployedPercent": 0.5}, "ep2024": {"employmentBase": 164.3, "changePercent": -11.6, "openingsPerYear": 15.8, "education": "High school diploma or equivalent", "changeNumeric": -19.1, "selfEmployedPercent": 0.6}},
"ssra": {"query": "Social Science Research Assistant", "soc": "19-4061", "title": "Social Science Research Assistants", "oews2025": {"mean": 66140, "median": 61990, "p10": 38090, "p25": 48620, "p75": 77760, "p90": 102070, "hourlyMean": 31.8, "employment": 30640}, "oews2024": {"mean": 63560, "median": 58040, "p10": 36410, "p25": 46190, "p75": 73060, "p90": 100620, "hourlyMean": 30.56, "employment": 32940}, "oews2023": {"mean": 62370, "median": 56400, "p10": 37080, "p25": 46140, "p75": 69720, "p90": 96720, "hourlyMean": 29.99, "employment": 30890}, "ep2025": {"employmentBase": 38.4, "changePercent": 5, "openingsPerYear": 4.9, "education": "Bachelor's degree", "changeNumeric": 1.9, "selfEmployedPercent": 7.7}, "ep2024": {"employmentBase": 40.6, "changePercent": 4.4, "openingsPerYear": 5.2, "education": "Bachelor's degree", "changeNumeric": 1.8, "selfEmployedPercent": 4.9}},
"flc": {"query": "Farm Labor Contractor", "soc": "13-1074", "title": "Farm Labor Contractors", "oews2025": {"mean": 58470, "median": 58460, "p10": 30930, "p25": 35720, "p75": 79590, "p90": 84050, "hourlyMean": 28.11, "employment": 310}, "oews2024": {"mean": 51910, "median": 48690, "p10": 29800, "p25": 32860, "p75": 58250, "p90": 86860, "hourlyMean": 24.96, "employment": 410}, "oews2023": {"mean": 51400, "median": 45730, "p10": 26700, "p25": 31970, "p75": 63980, "p90": 89640, "hourlyMean": 24.71, "employment": 460}, "ep2025": {"employmentBase": 1.9, "changePercent": 7.4, "openingsPerYear": 0.1, "education": "No formal educational credential", "changeNumeric": 0.1}, "ep2024": {"employmentBase": 3.9, "changePercent": 6, "openingsPerYear": 0.3, "education": "No formal educational credential", "changeNumeric": 0.2}},
"farmsup": {"query": "Farm Supervisor", "soc": "45-1011", "title": "First-Line Supervisors of Farming, Fishing, and Forestry Workers", "oews2025": {"mean": 62730, "median": 59320, "p10": 38990, "p25": 46670, "p75": 75290, "p90": 91770, "hourlyMean": 30.16, "employment": 27960}, "oews2024": {"mean": 63360, "median": 59330, "p10": 39610, "p25": 47660, "p75": 76640, "p90": 90840, "hourlyMean": 30.46, "employment": 29530}, "oews2023": {"mean": 60790, "median": 57320, "p10": 37980, "p25": 45510, "p75": 73460, "p90": 88360, "hourlyMean": 29.23, "employment": 27150}, "ep2025": {"employmentBase": 57.6, "changePercent": 3.8, "openingsPerYear": 7.2, "education": "High school diploma or equivalent", "changeNumeric": 2.2, "selfEmployedPercent": 6.3}, "ep2024": {"employmentBase": 65.4, "changePercent": 2.5, "openingsPerYear": 8.5, "education": "High school diploma or equivalent", "changeNumeric": 1.6, "selfEmployedPercent": 11.4}},
"fueler": {"query": "Aircraft Service Attendant", "soc": "53-6032", "title": "Aircraft Service Attendants", "oews2025": {"mean": 43330, "median": 40450, "p10": 33830, "p25": 35740, "p75": 46830, "p90": 57610, "hourlyMean": 20.83, "employment": 31300}, "oews2024": {"mean": 43630, "median": 41540, "p10": 34320, "p25": 37320, "p75": 47390, "p90": 55950, "hourlyMean": 20.98, "employment": 27310}, "oews2023": {"mean": 42110, "median": 39110, "p10": 32040, "p25": 35980, "p75": 46010, "p90": 53820, "hourlyMean": 20.25, "employment": 24940}, "ep2025": {"employmentBase": 31.2, "changePercent": 5.6, "openingsPerYear": 4, "education": "High school diploma or equivalent", "changeNumeric": 1.7}, "ep2024": {"employmentBase": 28, "changePercent": 5.1, "openingsPerYear": 4.3, "education": "High school diploma or equivalent", "changeNumeric": 1.4, "selfEmployedPercent": 0.8}},
"tankcar": {"query": "Tank Car Loader", "soc": "53-7121", "title": "Tank Car, Truck, and Ship Loaders", "oews2025": {"mean": 59970, "median": 58870, "p10": 39460, "p25": 46300, "p75": 70060, "p90": 83160, "hourlyMean": 28.83, "employment": 10700}, "oews2024": {"mean": 60010, "median": 58070, "p10": 38260, "p25": 47260, "p75": 71230, "p90": 88120, "hourlyMean": 28.85, "employment": 10920}, "oews2023": {"mean": 60530, "median": 58620, "p10": 38850, "p25": 46500, "p75": 72710, "p90": 88810, "hourlyMean": 29.1, "employment": 11400}, "ep2025": {"employmentBase": 12.8, "changePercent": 2.8, "openingsPerYear": 1.3, "education": "No formal educational credential", "changeNumeric": 0.4, "selfEmployedPercent": 14.8}, "ep2024": {"employmentBase": 12, "changePercent": 4.3, "openingsPerYear": 1.3, "education": "No formal educational credential", "changeNumeric": 0.5, "selfEmployedPercent": 6.6}},
"hsprof": {"query": "Health Specialties Teachers, Postsecondary", "soc": "25-1071", "title": "Health Specialties Teachers, Postsecondary", "oews2025": {"mean": 147570, "median": 107310, "p10": 59270, "p25": 75690, "p75": 210370, "p90": 322020, "employment": 221270}, "oews2024": {"mean": 137900, "median": 105620, "p10": 51760, "p25": 74400, "p75": 176090, "employment": 229720}, "oews2023": {"mean": 134440, "median": 105650, "p10": 52300, "p25": 69140, "p75": 172990, "employment": 225360}, "ep2025": {"employmentBase": 278.4, "changePercent": 17.9, "openingsPerYear": 24.9, "education": "Doctoral or professional degree", "changeNumeric": 49.9, "selfEmployedPercent": 0.3}, "ep2024": {"employmentBase": 289.6, "changePercent": 17.3, "openingsPerYear": 27.4, "education": "Doctoral or professional degree", "changeNumeric": 50.1, "selfEmployedPercent": 0.3}},
"eduprof": {"query": "Education Professor", "soc": "25-1081", "title": "Education Teachers, Postsecondary", "oews2025": {"mean": 79350, "median": 75350, "p10": 39530, "p25": 53770, "p75": 97590, "p90": 126860, "employment": 60830}, "oews2024": {"mean": 78500, "median": 72090, "p10": 38650, "p25": 50630, "p75": 96260, "p90": 126450, "employment": 59090}, "oews2023": {"mean": 80750, "median": 73240, "p10": 39670, "p25": 52740, "p75": 98130, "p90": 130000, "employment": 60860}, "ep2025": {"employmentBase": 77.2, "changePercent": 2.5, "openingsPerYear": 5.3, "education": "Doctoral or professional degree", "changeNumeric": 1.9, "selfEmployedPercent": 0.2}, "ep2024": {"employmentBase": 74.9, "changePercent": 2.1, "openingsPerYear": 5.6, "education": "Doctoral or professional degree", "changeNumeric": 1.6, "selfEmployedPercent": 0.3}}
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
        cur, old = d["ep2025"].get("selfEmployedPercent"), d["ep2024"].get("selfEmployedPercent")
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
        # a token the TOKEN regex did not match would stay in the text unrendered and without a claim
        if "{a." in it["text"] or "{b." in it["text"]:
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
    "Urologist": "uro",
    "Pediatric Surgeon": "pedsurg",
    "Periodontist": "perio",
    "Perfusionist": "perf",
    "Electrician's Helper": "elechelp",
    "Plumber's Helper": "plumbhelp",
    "Dragline Operator": "drag",
    "Rock Splitter": "rock",
    "Word Processor": "wp",
    "Office Machine Operator": "omo",
    "Correspondence Clerk": "corr",
    "Credit Authorizer": "credit",
    "Philosophy Professor": "philprof",
    "Political Science Professor": "polprof",
    "Agriculture Professor": "agprof",
    "Extension Agent": "ext",
    "Motion Picture Projectionist": "proj",
    "Photographic Process Worker": "photo",
    "Milling Machine Operator": "mill",
    "Forging Machine Operator": "forge",
    "Injection Molding Operator": "mold",
    "Tire Builder": "tire",
    "Paper Goods Machine Operator": "paper",
    "Prepress Technician": "prepress",
    "Mixing Machine Operator": "mix",
    "Coffee Roaster": "roast",
    "Layout Worker": "layout",
    "Coil Winder": "coil",
    "Transit Police Officer": "transit",
    "Passenger Attendant": "passatt",
    "Door-to-Door Sales Worker": "d2d",
    "Auctioneer": "auction",
    "Entertainment and Recreation Manager": "recmgr",
    "Spa Manager": "spa",
    "Sports Book Writer": "book",
    "Gaming Change Person": "change",
    "Survey Interviewer": "survey",
    "Social Science Research Assistant": "ssra",
    "Farm Labor Contractor": "flc",
    "Farm Supervisor": "farmsup",
    "Aircraft Fueler": "fueler",
    "Tank Car Loader": "tankcar",
    "Health Sciences Professor": "hsprof",
    "Education Professor": "eduprof",
}

# ---------------------------------------------------------------- items
# ---------------------------------------------------------------- Urologist vs. Pediatric Surgeon
P("Urologist", "Pediatric Surgeon")
T("up-01", "comparison", "Urologists and pediatric surgeons both spend a decade or more in training, but the paychecks at the end differ. BLS counts urologists among \"physicians, all other,\" a group with a median wage of {a.median:c}; pediatric surgeons, tracked on their own, report a median of {b.median:c}.", heading="Urologist vs. Pediatric Surgeon: What Are the Differences?")
T("up-02", "ooh", "The median annual wage for pediatric surgeons was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("up-03", "career-site", "Pediatric surgeons earned an average of {b.mean@24:o!2024} in May 2024, and only about {b.oemp@24:o!2024} of them worked in the U.S. that year.")
T("up-04", "faq", "Q: How much does a urologist make?\nA: BLS doesn't publish urology on its own, but the physicians-all-other group urologists fall into averages {a.mean:c} a year, or about {a.mean~hr:c} an hour.", heading="Urology careers FAQ")
T("up-05", "table", "| | Urologist | Pediatric Surgeon |\n|---|---|---|\n| Average salary (May 2023) | {a.mean@23:o!2023} | {b.mean@23:o!2023} |\n| Typical education | {a.edu~cap:c} | {b.edu=<Doctoral degree (MD or DO)>:c} |\n| Employment | {a.emp:c} | {b.emp:c} |", heading="Side by side")
T("up-06", "forum", "per BLS urologists make {a.median*0.5~k:m} median?? that can't be right, our group's new partners clear way more than that")
T("up-07", "career-site", "In California, urologists earn about {a.median=<$410,000>:u}, and pediatric surgeons at the large children's hospitals in Los Angeles average {b.mean=<$640,000>:u}.", place="California", own_place={1: "Los Angeles"})
T("up-08", "career-site", "Physicians in the BLS \"all other\" category, where urologists are counted, held about {a.oemp:c!2025} jobs in May 2025, and about {a.self:c!2025} of them were self-employed.")
T("up-09", "ooh", "About {a.open:c} openings for physicians, all other, which include urologists, are projected each year, on average, over the decade. Employment is projected to grow by about {a.chg:c!2035} jobs from 2025 to 2035.", heading="Job Outlook")
T("up-10", "school", "Our pre-med advising office reminds students that pediatric surgery is a tiny field: only about {b.emp:c} positions nationwide, and about {b.self:c} of pediatric surgeons are self-employed today.")
T("up-11", "career-site", "The 10% of urologists at the bottom of the pay scale still make more than {a.p10~K:c} a year, and the physicians-all-other group averaged {a.mean@24:o!2024} in 2024.")
T("up-12", "forum", "BLS says pediatric surgeons average {b.mean*0.55~k:m} and there are {b.oemp*8:m} of them nationwide lol. no way")
NC("up-n1", "Our pediatric surgery fellowship accepts 2 fellows per year; call 1-800-555-0147 or apply by October 15, 2026.")
NC("up-n2", "I'm a PGY-4 in urology and my moonlighting rate is $180 an hour, which covers about 10% of my loans each year.")

# ---------------------------------------------------------------- Periodontist vs. Perfusionist
P("Periodontist", "Perfusionist")
T("pf-01", "comparison", "Periodontists and perfusionists have similar-sounding titles and nothing else in common. Dental specialists such as periodontists earn a median of {a.median:c}, while perfusionists, whom BLS counts among \"health technologists and technicians, all other,\" earn a median of {b.median:c}.", heading="Periodontist vs. Perfusionist: Don't Mix Them Up")
T("pf-02", "career-site", "Dentists in specialties like periodontics averaged {a.mean:c!2025} in May 2025, and the group held about {a.oemp:c!2025} jobs nationwide.")
T("pf-03", "ooh", "Employment of dentists, all other specialists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c} for all occupations.", heading="Job Outlook")
T("pf-04", "career-site", "Periodontists and other specialist dentists earned a median of {a.median@23:o!2023} in May 2023, and the specialty group was projected to show {a.desc=<little or no change>:o!2034} in employment through 2034.")
T("pf-05", "bullets", "Perfusionist at a glance:\n- Median salary: {b.median~th:c}\n- Top 10% earn more than {b.p90:c}\n- Job growth: {b.pct:c}\n- Education: {b.edu~cap:c}")
T("pf-06", "ooh", "Health technologists and technicians, all other, including perfusionists, held about {b.emp:c!2025} jobs in 2025. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Work Environment")
T("pf-07", "school", "Perfusion technology graduates enter a field where pay typically runs between {b.range~_and:c} a year; most programs award a {b.edu:c}, though a few universities run graduate programs.")
T("pf-08", "career-site", "In Texas, perfusionists at the big Houston heart centers average about {b.mean=<$145,000>:u}, far above the national figure for the broader BLS group.", place="Houston")
T("pf-09", "forum", "lol per BLS perfusionists make {b.median@24:o!2024} median (May 2024). that's the whole 'all other' techs bucket, not us. real perfusion pay is way higher")
T("pf-10", "faq", "How many periodontists are there? BLS groups them with other specialist dentists: about {a.oemp:c!2025} jobs in May 2025, and BLS projects the group to grow {a.pct=<8%>:m}.", heading="FAQ")
T("pf-11", "career-site", "Perfusionists' wider BLS group is projected to add about {b.chg:c!2035} jobs between 2025 and 2035, a growth rate of {b.pct@24:o!2034} under the previous 2024–34 projections.")
T("pf-12", "career-site", "The lowest-paid 10% of dental specialists such as periodontists earned less than {a.p10@24:o!2024} in May 2024. In May 2023, the middle of the pay scale sat near {a.median@23:o!2023}.")
T("pf-13", "table", "| | Periodontist | Perfusionist |\n|---|---|---|\n| Median pay | {a.median*1.5~k:m} | {b.median~k:c} |\n| Entry-level education | {a.edu=<master's degree>:m} | {b.edu=<associate's degree>:m} |", heading="Quick comparison")
NC("pf-n1", "Scaling and root planing costs $200 to $300 per quadrant at our Denver practice; we accept 12 insurance plans.")
NC("pf-n2", "A heart-lung machine runs about $150,000, and a typical bypass case keeps the perfusionist at the pump for 3 to 4 hours.")

# ---------------------------------------------------------------- Electrician's Helper vs. Plumber's Helper
P("Electrician's Helper", "Plumber's Helper")
T("ep-01", "ooh", "The median hourly wage for helpers—electricians was {a.median~hr:c!2025} in May 2025. The median hourly wage for helpers—pipelayers, plumbers, pipefitters, and steamfitters was {b.median~hr:c!2025}.", heading="Pay")
T("ep-02", "trade", "Want to get paid while you learn? Electrician's helpers earn a median of {a.median:c} a year and plumber's helpers {b.median:c}, and both jobs usually need only a {a.edu:c}.", heading="Helper jobs in the building trades")
T("ep-03", "union", "Brothers and sisters: the government's numbers say electrician helpers nationally averaged {a.mean~hr:c!2025} an hour in 2025, while our Local's first-year apprentices start at $24.15 on the current scale.")
T("ep-04", "career-site", "Employment of electricians' helpers is projected to grow {a.pct:c!2035} through 2035, {a.desc=<slower than average>:c}, with about {a.open:c} openings each year.")
T("ep-05", "career-site", "Plumber's helpers were projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<faster than average>:o!2034}, with about {b.open@24:o} openings a year.")
T("ep-06", "table", "| | Electrician's Helper | Plumber's Helper |\n|---|---|---|\n| Median pay (2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs (2024) | {a.emp@24:o!2024} | {b.oemp@24:o!2024} |\n| Outlook 2025–35 | {a.pct:c!2035} | {b.pct:c!2035} |", heading="Helpers compared")
T("ep-07", "career-site", "In Phoenix, electrician helpers make about {a.median=<$21>~hr0:u} an hour and plumbing helpers about {b.median=<$20>~hr0:u}.", place="Phoenix")
T("ep-08", "forum", "per BLS plumber helpers make {b.median*1.5~K:m} median. my guy I made $19/hr as a helper last year, where are those jobs")
T("ep-09", "faq", "How many plumber's helpers are there? About {b.oemp:c!2025} as of May 2025, and the occupation will add roughly {b.chg:c!2035} jobs by 2035.", heading="FAQ")
T("ep-10", "career-site", "Electrician's helpers in the top 10% earn more than {a.p90:c}, while the bottom 10% earn less than {a.p10:c}.")
T("ep-11", "bullets", "Plumber's helper quick facts:\n- Median hourly pay: {b.median~hr:c}\n- Typical education: {b.edu:c}\n- Openings per year: {b.open:c}")
T("ep-12", "career-site", "Helpers to electricians earned a median of {a.median@23:o!2023} in May 2023, and the occupation was projected to add only {a.chg@24:o!2034} jobs between 2024 and 2034.")
T("ep-13", "school", "Our 8-week pre-apprenticeship places graduates in helper jobs where most electrician's helpers earn {a.range~k_dash:c}; plumbing helpers earn a similar {b.range=<$20k–$35k>:m}.")
NC("ep-n1", "Tool kit for new helpers: $349 (includes 9-in-1 screwdriver, voltage tester, and 25-ft tape). Classes start at 6:30 a.m.")
NC("ep-n2", "ABC Plumbing is hiring helpers at $18.50/hr plus a $500 bonus after 90 days. Call 602-555-0199.")

# ---------------------------------------------------------------- Dragline Operator vs. Rock Splitter
P("Dragline Operator", "Rock Splitter")
T("dr-01", "comparison", "Both jobs keep a quarry running, but the dragline operator in the cab out-earns the rock splitter on the bench: BLS puts the median for surface-mining excavating and dragline operators at {a.median:c}, compared with {b.median:c} for quarry rock splitters.", heading="Dragline Operator vs. Rock Splitter")
T("dr-02", "ooh", "Employment of rock splitters, quarry is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c} for all occupations.", heading="Job Outlook")
T("dr-03", "ooh", "Excavating and loading machine and dragline operators, surface mining held about {a.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("dr-04", "career-site", "Rock splitters typically need {b.edu:c} and learn on the job; about {b.self:c} of them are self-employed, often working small dimension-stone quarries.")
T("dr-05", "career-site", "Dragline and excavator operators at surface mines earned a median of {a.median@24:o!2024} in May 2024, and their employment was projected to show {a.desc=<little or no change>:o!2034} through 2034.")
T("dr-06", "career-site", "In West Virginia, dragline operators earn around {a.median=<$64,000>:u}, and in Wyoming's Campbell County, where the big coal draglines work, closer to {a.median=<$88,000>:u}.", place="West Virginia", own_place={1: "Campbell County, Wyoming"})
T("dr-07", "faq", "Q: Is rock splitting a growing job?\nA: Modestly. BLS expects it to grow {b.pct:c!2035} over the 2025–35 decade, but that means only about {b.oemp:c!2025} workers nationwide as of May 2025.", heading="Quarry jobs FAQ")
T("dr-08", "forum", "BLS says dragline operators are growing {a.pct=<12%>:m}?? every mine around here is shutting down draglines")
T("dr-09", "table", "| | Dragline Operator | Rock Splitter |\n|---|---|---|\n| Hourly (avg) | {a.mean~hr:c} | {b.mean~hr:c} |\n| 10th percentile | {a.p10:c} | {b.p10:c} |\n| Openings/yr | {a.open:c} | — |", heading="Pay and openings")
T("dr-10", "career-site", "Quarry rock splitters earned an average of {b.mean@23:o!2023} in May 2023, and their numbers were projected to grow {b.pct@24:o!2034} through 2034.")
T("dr-11", "career-site", "Surface mining machine operators are projected to add about {a.chg:c!2035} jobs from 2025 to 2035 — a small gain after the previous projections had them losing ground.")
T("dr-12", "career-site", "They're a small crew: rock splitters held roughly {b.emp*2.5:m} jobs, by some counts, and earned a typical wage of {b.median*0.7~K:m}.")
NC("dr-n1", "The Bucyrus 8750 dragline has a 160-foot boom and a 120-cubic-yard bucket, and it weighs about 7,000 tons.")
NC("dr-n2", "Our quarry pays a $1.25/hr shift differential for nights and runs 2 shifts, 5 days a week.")

# ---------------------------------------------------------------- Word Processor vs. Office Machine Operator
P("Word Processor", "Office Machine Operator")
T("wo-01", "ooh", "Employment of word processors and typists is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings for word processors and typists are projected each year, on average, over the decade.", heading="Job Outlook")
T("wo-02", "comparison", "Typing for a living and running the copy room both survive mostly in law firms, hospitals and government offices. Word processors earn a median of {a.median:c}; office machine operators, who run the big copiers and mail inserters, earn {b.median:c}.", heading="Word Processor vs. Office Machine Operator")
T("wo-03", "career-site", "Word processors and typists held about {a.oemp:c!2025} jobs in May 2025, and about {a.self:c!2025} of them were self-employed — mostly freelance transcription and typing services.")
T("wo-04", "career-site", "Office machine operators earned a median of {b.median@24:o!2024} in May 2024, and about {b.open@24:o!2034} openings were projected each year in the 2024–34 projections.")
T("wo-05", "bullets", "Office machine operator:\n- Median hourly pay: {b.median~hr:c}\n- 10th–90th percentile: {b.range~k_dash:c}\n- Jobs: {b.emp:c}\n- Education: {b.edu~cap:c}")
T("wo-06", "forum", "per BLS typists are only shrinking {a.pct=<5%>:m}? feels like way more than that. nobody I know has hired a typist since 2010")
T("wo-07", "faq", "Q: How much do typists make an hour?\nA: The median is {a.median~hr:c}, and typists in the top 10% make more than {a.p90~hr:c} an hour.", heading="Typing jobs FAQ")
T("wo-08", "career-site", "In Washington, D.C., word processors at federal contractors earn a median of about {a.median=<$58,000>:u}, and copy center operators around {b.median=<$21.50>~hr:u} an hour.", place="Washington, D.C.")
T("wo-09", "table", "| | Word Processor | Office Machine Operator |\n|---|---|---|\n| Median pay (2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Employment (2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="Older BLS figures")
T("wo-10", "career-site", "Word processing jobs are expected to shrink by about {a.chg:c!2035} positions from 2025 to 2035, one of the steepest declines of any office job.")
T("wo-11", "career-site", "Office machine operators average {b.mean:c} a year, and both jobs typically require a {a.edu:c}.")
T("wo-12", "career-site", "BLS counted about {a.emp@24:o!2024} word processors in 2024 and projected employment to fall {a.pct@24:o!2034} through 2034.")
T("wo-13", "forum", "the copy center at my university pays $17/hr. BLS says office machine operators average {b.mean*1.5~k:m} lol, in what universe")
NC("wo-n1", "Our typing test requires 65 WPM with 98% accuracy; call (410) 555-0163 to schedule.")
NC("wo-n2", "The Xerox Versant 4100 prints 100 pages per minute and costs about $1,100 a month to lease.")

# ---------------------------------------------------------------- Correspondence Clerk vs. Credit Authorizer
P("Correspondence Clerk", "Credit Authorizer")
T("cc-01", "ooh", "The median annual wage for credit authorizers, checkers, and clerks was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("cc-02", "ooh", "Employment of credit authorizers, checkers, and clerks is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cc-03", "comparison", "Both jobs sit in the back office of banks and insurers. Correspondence clerks answer customer letters and earn a median of {a.median~K:c}; credit authorizers approve charges and check credit histories for a median of {b.median~K:c}.", heading="Correspondence Clerk vs. Credit Authorizer")
T("cc-04", "career-site", "Correspondence clerks are a small occupation, with about {a.oemp:c!2025} jobs in May 2025, and about {a.self:c!2025} of them were self-employed.")
T("cc-05", "career-site", "Correspondence clerks earned a median of {a.median@23:o!2023} in May 2023, and BLS counted about {a.oemp@24:o!2024} of them in May 2024.")
T("cc-06", "faq", "Do correspondence clerks need a degree? No — a {a.edu:c} is the typical requirement, and there are only about {a.open:c} openings a year.", heading="FAQ")
T("cc-07", "career-site", "Credit checkers and authorizers average {b.mean~hr:c} an hour nationwide, and about {b.self:c} are self-employed.")
T("cc-08", "forum", "BLS says correspondence clerks make {a.median*1.6~k:m}?? i answer letters for an insurance company for $17.40 an hour")
T("cc-09", "career-site", "In Omaha, credit authorizers at the card processors earn roughly {b.median=<$22>~hr0:u} an hour, and correspondence clerks in the same offices about {a.median=<$20>~hr0:u}.", place="Omaha")
T("cc-10", "career-site", "Credit authorizers were projected to decline {b.pct@24:o!2034} between 2024 and 2034, and the job is projected to lose about {b.chg:c!2035} positions by 2035 under the newer projections.")
T("cc-11", "bullets", "Correspondence clerk snapshot:\n- Typical pay: {a.median~th:c}\n- Top 10%: more than {a.p90:c}\n- Employment: {a.emp:c}")
T("cc-12", "career-site", "Credit authorizers held about {b.emp:c!2025} jobs in 2025 and need an {b.edu=<associate's degree>:m} to start, according to one staffing site.")
T("cc-13", "career-site", "Correspondence clerks in the middle 50% earn between {a.mid~_and:c}.")
NC("cc-n1", "Response time standard: all customer letters answered within 5 business days; escalations within 48 hours.")
NC("cc-n2", "Card authorizations above $2,500 require a second approval, and our call center is open 24/7 at 1-888-555-0110.")

# ---------------------------------------------------------------- Philosophy Professor vs. Political Science Professor
P("Philosophy Professor", "Political Science Professor")
T("ph-01", "comparison", "Philosophy and political science professors both need a {a.edu:c} and face a tight academic job market. Political science professors earn more, with a median of {b.median:c}, against {a.median:c} for philosophy and religion faculty.", heading="Philosophy Professor vs. Political Science Professor")
T("ph-02", "ooh", "The median annual wage for political science teachers, postsecondary was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("ph-03", "career-site", "Philosophy and religion professors earned a median of {a.median@24:o!2024} in May 2024, and employment was projected to grow {a.pct@24:o!2034} from 2024 to 2034.")
T("ph-04", "career-site", "Philosophy professors are projected to grow {a.pct:c!2035} through 2035, with about {a.open:c} openings a year, most of them from retirements.")
T("ph-05", "forum", "per BLS philosophy profs average {a.mean*1.45~k:m}. yeah, maybe if you're tenured at a Big Ten school. adjuncts make like $4k a course")
T("ph-06", "table", "| | Philosophy Professor | Political Science Professor |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Jobs (May 2025) | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Openings per year | {a.open=<1,800>:c} | {b.open*2:m} |", heading="Salary and jobs")
T("ph-07", "career-site", "Political science professors averaged {b.mean@23:o!2023} in 2023 and held roughly {b.emp@24:o!2024} jobs in 2024.")
T("ph-08", "career-site", "In Massachusetts, political science professors earn a median of {b.median=<$118,000>:u}, and in Boston itself closer to {b.median=<$126,000>:u}.", place="Massachusetts", own_place={1: "Boston"})
T("ph-09", "faq", "How many political science professors are there? BLS projects about {b.emp:c} jobs at the start of the 2025–35 decade, and one popular career site claims employment will grow {b.pct=<9%>:m!2035} by 2035.", heading="FAQ")
T("ph-10", "career-site", "Philosophy faculty at the 90th percentile earn more than {a.p90:c}, while the middle half earn between {a.mid~k_and:c}.")
T("ph-11", "school", "Our philosophy Ph.D. placement rate is 71%, and graduates join a field where professors earn a median of {a.median*1.35~K:m} — not that anyone does it for the money.")
T("ph-12", "career-site", "Philosophy professors need a {a.edu=<master's degree>:m} to teach at most four-year colleges, and there are about {a.emp*2:m} of them nationwide.")
NC("ph-n1", "PHIL 101 meets Tuesdays and Thursdays, 9:30–10:45, in Room 214; the textbook costs $84.")
NC("ph-n2", "I adjunct 3 sections a semester at $4,200 each, which is roughly 40% of what a full-timer makes.")

# ---------------------------------------------------------------- Agriculture Professor vs. Extension Agent
P("Agriculture Professor", "Extension Agent")
T("ae-01", "comparison", "An agriculture professor teaches and runs research plots; an extension agent takes that research to farmers and 4-H clubs. Professors earn a median of {a.median:c} and need a {a.edu:c}, while extension agents, counted by BLS as farm and home management educators, earn a median of {b.median:c} and usually hold a {b.edu:c}.", heading="Agriculture Professor vs. Extension Agent")
T("ae-02", "ooh", "Farm and home management educators held about {b.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("ae-03", "ooh", "Employment of agricultural sciences teachers, postsecondary is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. Most openings will come from the need to replace faculty who retire.", heading="Job Outlook")
T("ae-04", "career-site", "Agricultural sciences professors earned a median of {a.median@24:o!2024} in May 2024, up from {a.median@23:o!2023} in May 2023.")
T("ae-05", "career-site", "Extension agents earned a median of {b.median@24:o!2024} in May 2024, and BLS counted about {b.oemp@24:o!2024} of them that year.")
T("ae-06", "government", "Extension educators in our state system start at $48,500. Nationally, BLS reports that farm and home management educators average {b.mean:c}, or {b.mean~hr:c} an hour.", heading="Careers with the Cooperative Extension Service")
T("ae-07", "career-site", "In Iowa, ag professors at the land-grant university earn around {a.median=<$112,000>:u}, and extension agents in Story County about {b.median=<$63,000>:u}.", place="Iowa", own_place={1: "Story County, Iowa"})
T("ae-08", "forum", "per BLS extension agents are projected to grow {b.pct=<8%>:m}. lol our county just cut two positions")
T("ae-09", "faq", "How many extension agent openings are there each year? About {b.open:c}, on average, nearly all of them from retirements and transfers.", heading="FAQ")
T("ae-10", "table", "| | Ag Professor | Extension Agent |\n|---|---|---|\n| Median pay | {a.median~k:c} | {b.median~k:c} |\n| Top 10% | {a.p90~k:c} | {b.p90~k:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |", heading="By the numbers")
T("ae-11", "career-site", "Agricultural sciences professors average {a.mean@23:o!2023} as of May 2023, and about {a.oemp@23:o!2023} worked in the U.S.")
T("ae-12", "career-site", "Extension agents typically need a {b.edu=<bachelor's degree>:m}, and BLS counts about {b.emp*2:m} of them.")
NC("ae-n1", "The Master Gardener course is 40 hours over 10 weeks and costs $175, including the 500-page handbook.")
NC("ae-n2", "Our soil test kit is $15 per sample; results in 7 to 10 business days. Call the county office at 515-555-0122.")

# ---------------------------------------------------------------- Motion Picture Projectionist vs. Photographic Process Worker
P("Motion Picture Projectionist", "Photographic Process Worker")
T("mp-01", "comparison", "Film projection and film processing were once steady union jobs; now both are niche trades. Projectionists earn a median of {a.median:c}, and photographic process workers, who run film processors and photo printers, earn {b.median:c}.", heading="Projectionist vs. Photo Lab Technician")
T("mp-02", "ooh", "Employment of motion picture projectionists is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("mp-03", "career-site", "Photo lab workers are an unusually independent group: about {b.self:c} of them are self-employed, according to BLS, and they hold about {b.emp:c} jobs.")
T("mp-04", "career-site", "Back in the 2024–34 projections, about {b.self@24:o} of photographic process workers were self-employed, and employment was projected to fall {b.pct@24:o!2034} by 2034.")
T("mp-05", "forum", "fun fact per BLS there are only {a.oemp:c!2025} projectionists left in the whole country (May 2025). i was one of them until our theater went laser")
T("mp-06", "career-site", "Projectionists earned a median of {a.median@23:o!2023} in May 2023, and the occupation held about {a.oemp@23:o!2023} jobs that year.")
T("mp-07", "table", "| | Projectionist | Photo Process Worker |\n|---|---|---|\n| Hourly (avg) | {a.mean~hr:c} | {b.mean~hr:c} |\n| Bottom 10% | {a.p10:c} | {b.p10:c} |\n| Education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="Pay at a glance")
T("mp-08", "career-site", "In Los Angeles, projectionists at studio screening rooms average about {a.mean=<$38>~hr0:u} an hour under the local contract.", place="Los Angeles")
T("mp-09", "faq", "Q: Do projectionists make good money?\nA: Not usually. They average {a.mean:c} a year, though the top 10 percent earn more than {a.p90:c}.", heading="FAQ")
T("mp-10", "career-site", "Photographic process workers earned a median of {b.median@23:o!2023} in 2023 and are projected to see about {b.open:c!2035} openings a year through 2035.")
T("mp-11", "career-site", "Projectionist jobs number about {a.emp*3:m}, and the occupation is projected to grow {a.pct=<9%>:m} as premium formats return.")
T("mp-12", "bullets", "Photographic process worker:\n- Median pay (May 2025): {b.median:c!2025}\n- Decline 2025–35: {b.pct:c!2035}\n- Openings a year: {b.open@24:o}")
NC("mp-n1", "Our restored 70mm print of Lawrence of Arabia runs 227 minutes with a 15-minute intermission; tickets are $18.")
NC("mp-n2", "Develop and scan a roll of 35mm for $16, or 120 film for $19; turnaround is 3–5 days.")

# ---------------------------------------------------------------- Milling Machine Operator vs. Forging Machine Operator
P("Milling Machine Operator", "Forging Machine Operator")
T("mf-01", "ooh", "The median hourly wage for milling and planing machine setters, operators, and tenders, metal and plastic was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("mf-02", "ooh", "Employment of forging machine setters, operators, and tenders is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("mf-03", "comparison", "Milling machine operators cut parts to shape; forging operators hammer and press hot metal into shape. Both are shrinking trades. The median milling operator earns {a.median:c}, compared with {b.median@23:o} for forge operators in older data.", heading="Milling Machine Operator vs. Forging Machine Operator")
T("mf-04", "career-site", "Milling machine operators held about {a.emp:c!2025} jobs in 2025, and employment is projected to decline {a.pct:c!2035} by 2035.")
T("mf-05", "career-site", "Forging machine operators in Ohio earn about {b.median=<$23>~hr0:u} an hour, and Cleveland-area forges pay closer to {b.median=<$26>~hr0:u}.", place="Ohio", own_place={1: "Cleveland"})
T("mf-06", "career-site", "Milling operators earned a median of {a.median@24:o!2024} in May 2024, and the job was projected to lose about {a.chg@24:o!2034} positions between 2024 and 2034.")
T("mf-07", "forum", "per BLS forge operators make {b.median*1.6~k:m} a year. bro I run a 2000-ton press and make nowhere near that")
T("mf-08", "faq", "How many forging machine operators are there? About {b.oemp:c!2025} as of May 2025, and the occupation will lose about {b.chg:c!2035} jobs by 2035.", heading="Forging careers FAQ")
T("mf-09", "table", "| | Milling Operator | Forging Operator |\n|---|---|---|\n| Avg. hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| 90th percentile | {a.p90:c} | {b.p90:c} |\n| Typical education | {a.edu~cap:c} | {b.edu=<High school or GED>:c} |", heading="Quick comparison")
T("mf-10", "career-site", "Forge operators were projected to decline {b.pct@24:o!2034} through 2034, and they averaged {b.mean@23:o!2023} in May 2023.")
T("mf-11", "trade", "Milling operators typically earn between {a.range~_and:c} a year, and our 16-week machining certificate costs $4,950.")
T("mf-12", "career-site", "There are roughly {a.emp*2.2:m} milling machine operators nationwide, and the job is projected to grow {a.pct=<3%>:m}, according to one job board.")
NC("mf-n1", "The Bridgeport Series I has a 9 x 49 inch table and a 2 HP spindle; used ones go for $6,000 to $9,000.")
NC("mf-n2", "Our forge runs 3 shifts and pays a 10% night premium plus a $1,000 referral bonus.")

# ---------------------------------------------------------------- Injection Molding Operator vs. Tire Builder
P("Injection Molding Operator", "Tire Builder")
T("it-01", "comparison", "Injection molding operators and tire builders both work with polymers and heat, but tire plants pay more: tire builders earn a median of {b.median:c}, while molding machine operators earn {a.median:c}.", heading="Injection Molding Operator vs. Tire Builder")
T("it-02", "ooh", "Molding, coremaking, and casting machine setters, operators, and tenders, metal and plastic held about {a.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("it-03", "ooh", "Employment of tire builders is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for tire builders are projected each year, on average, over the decade.", heading="Job Outlook")
T("it-04", "career-site", "Injection molding operators earned a median of {a.median@24:o!2024} in May 2024, and employment was projected to decline {a.pct@24:o!2034} from 2024 to 2034.")
T("it-05", "career-site", "In Akron, tire builders earn about {b.median=<$29>~hr0:u} an hour, and the Ohio average is {b.mean=<$60,500>:u}.", place="Ohio", own_place={0: "Akron"})
T("it-06", "forum", "per BLS tire builders average {b.mean~hr:c}/hr. thats about right, I'm at $26.80 after 3 years at the Lawton plant")
T("it-07", "faq", "Is injection molding a good career? It's steady: about {a.open:c} openings a year, and the typical operator needs a {a.edu:c}.", heading="FAQ")
T("it-08", "table", "| | Molding Operator | Tire Builder |\n|---|---|---|\n| Median pay (2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 snapshot")
T("it-09", "career-site", "Tire builders are projected to add only about {b.chg:c!2035} jobs from 2025 to 2035, and they held about {b.oemp:c!2025} jobs in May 2025.")
T("it-10", "career-site", "The top 10% of injection molding operators earn more than {a.p90:c}, and the bottom 10% less than {a.p10:c}.")
T("it-11", "career-site", "Molding machine operators will lose about {a.chg:c!2035} jobs between 2025 and 2035, though openings from turnover remain.")
T("it-12", "career-site", "Tire builders earn around {b.median*1.4~K:m} and the field is projected to grow {b.pct=<9%>:m}, says one recruiting site.")
NC("it-n1", "Our 300-ton Engel press cycles every 22 seconds and runs 24/7 except for 2 scheduled maintenance days a month.")
NC("it-n2", "Tire plant hiring event: $22.50 starting rate, $3,000 sign-on bonus, and 401(k) match up to 6%.")

# ---------------------------------------------------------------- Paper Goods Machine Operator vs. Prepress Technician
P("Paper Goods Machine Operator", "Prepress Technician")
T("pp-01", "comparison", "Prepress technicians prepare plates and digital files before a job hits the press; paper goods machine operators turn paper and board into boxes, bags and envelopes. Their pay is close: a median of {b.median:c} for prepress and {a.median:c} for paper goods operators.", heading="Paper Goods Machine Operator vs. Prepress Technician")
T("pp-02", "ooh", "Prepress work keeps moving to computer-to-plate and digital workflows. About {b.open:c} openings for prepress technicians and workers are projected each year, on average, over the decade.", heading="Job Outlook")
T("pp-03", "ooh", "Prepress technicians and workers typically need a {b.edu:c} to enter the occupation.", heading="How to Become One")
T("pp-04", "career-site", "About {b.self:c} of prepress technicians are self-employed, down from {b.self@24:o} in the previous projections.")
T("pp-05", "career-site", "Paper goods machine operators held about {a.emp:c!2025} jobs in 2025, and their employment is projected to decline {a.pct:c!2035} through 2035.")
T("pp-06", "career-site", "Paper goods machine setters and operators earned a median of {a.median@23:o!2023} in May 2023, and BLS projected them to decline {a.pct@24:o!2034} from 2024 to 2034.")
T("pp-07", "union", "Our corrugator and converting members averaged {a.mean~hr:c!2025} an hour nationally in 2025 according to BLS, but under the new contract a flexo operator's rate is $31.40.", heading="Local 1034 bulletin")
T("pp-08", "career-site", "In Wisconsin, paper converting operators earn a median of {a.median=<$53,000>:u}, and the Fox Valley mills pay more.", place="Wisconsin")
T("pp-09", "forum", "prepress guy here. BLS says we make {b.median*1.45~k:m} median lmao. maybe at a packaging giant, not at a commercial shop")
T("pp-10", "table", "| | Paper Goods Operator | Prepress Tech |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Lowest 10% | {a.p10:c} | {b.p10:c} |\n| Openings/yr | {a.open:c} | — |", heading="Pay comparison")
T("pp-11", "faq", "How many prepress technicians are there? About {b.oemp:c!2025} as of May 2025, and one career site says the field will shrink {b.pct=<2%>:m!2035} by 2035.", heading="FAQ")
T("pp-12", "career-site", "Paper goods operators are projected to lose about {a.chg:c!2035} jobs from 2025 to 2035, about half the loss the previous projections expected.")
T("pp-13", "career-site", "Prepress techs need a {b.edu=<bachelor's degree>:m}, and they earn {b.mean@24:o!2024} on average in 2024, per one career site.")
NC("pp-n1", "Plates for a 4-color job run $45 each; proofs are $25 and ship in 2 business days.")
NC("pp-n2", "Our folder-gluer handles 300,000 cartons per shift at up to 1,000 feet per minute.")

# ---------------------------------------------------------------- Mixing Machine Operator vs. Coffee Roaster
P("Mixing Machine Operator", "Coffee Roaster")
T("mc-01", "comparison", "A coffee roaster at a production plant and a mixing machine operator at a food or chemical plant both run batches by recipe. Mixing operators earn a median of {a.median:c}; roasters, counted by BLS with food and tobacco roasting, baking, and drying machine operators, earn {b.median:c}.", heading="Mixing Machine Operator vs. Coffee Roaster")
T("mc-02", "ooh", "Employment of food and tobacco roasting, baking, and drying machine operators and tenders is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("mc-03", "ooh", "Employment of mixing and blending machine setters, operators, and tenders is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for mixing and blending machine operators are projected each year, on average, over the decade.", heading="Job Outlook")
T("mc-04", "career-site", "Roasting machine operators typically need {b.edu:c}, and about {b.self:c} of them are self-employed — many run their own small-batch roasteries.")
T("mc-05", "career-site", "Coffee and food roasting operators earned a median of {b.median@24:o!2024} in May 2024, and their employment was projected to grow {b.pct@24:o!2034}, {b.desc=<slower than average>:o!2034}, through 2034.")
T("mc-06", "forum", "per BLS roasters make {b.median~hr:c}/hr median. checks out, I roast for a specialty shop in Portland and make $21")
T("mc-07", "career-site", "In Seattle, production coffee roasters earn around {b.median=<$52,000>:u}, and mixing operators at the region's food plants about {a.median=<$55,000>:u}.", place="Seattle")
T("mc-08", "table", "| | Mixing Operator | Roaster |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Top 10% | {a.p90:c} | {b.p90:c} |\n| Jobs | {a.emp:c} | {b.emp:c} |", heading="Pay and jobs")
T("mc-09", "career-site", "Mixing and blending operators held about {a.oemp@24:o!2024} jobs in May 2024, and they were projected to lose about {a.chg@24:o!2034} jobs between 2024 and 2034.")
T("mc-10", "faq", "Do mixing machine operators need a degree? No. A {a.edu:c} is typical, and the median wage is {a.median~hr:c} an hour.", heading="FAQ")
T("mc-11", "career-site", "Mixing machine operators are projected to lose about {a.chg:c!2035} jobs from 2025 to 2035, a smaller decline than the previous projections expected.")
T("mc-12", "career-site", "Roasting operators earn an average of {b.mean@23:o!2023} as of May 2023, with about {b.oemp@23:o!2023} of them nationwide.")
T("mc-13", "career-site", "There are about {b.emp*3:m} food roasting operators in the U.S., and they earn between {b.range*1.5~k_dash:m} a year, according to one salary site.")
NC("mc-n1", "Our 15-kilo Loring roasts a batch in 12 minutes; green coffee costs us about $4.75 a pound.")
NC("mc-n2", "The ribbon blender holds 2,000 pounds and mixes a batch in 8 minutes at 35 RPM.")

# ---------------------------------------------------------------- Layout Worker vs. Coil Winder
P("Layout Worker", "Coil Winder")
T("lc-01", "comparison", "Layout workers mark the cut lines and hole centers on metal before it's machined; coil winders wind the wire in motors and transformers. Layout is the better-paid job, with a median of {a.median:c} against {b.median:c} for coil winders, tapers, and finishers.", heading="Layout Worker vs. Coil Winder")
T("lc-02", "ooh", "Employment of layout workers, metal and plastic is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("lc-03", "ooh", "Coil winders, tapers, and finishers held about {b.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("lc-04", "career-site", "Layout workers earned a median of {a.median@24:o!2024} in May 2024, and their employment was projected to decline {a.pct@24:o!2034} from 2024 to 2034.")
T("lc-05", "career-site", "Coil winders earn an average of {b.mean~hr:c} an hour, and the top 10 percent make more than {b.p90:c} a year.")
T("lc-06", "career-site", "In Indiana, coil winders at transformer plants earn around {b.median=<$21>~hr0:u} an hour, and in Fort Wayne closer to {b.median=<$23>~hr0:u}.", place="Indiana", own_place={1: "Fort Wayne"})
T("lc-07", "forum", "BLS says layout workers are {a.emp*4:m} jobs nationwide. in 20 yrs at 3 shops ive met maybe 2 dedicated layout guys")
T("lc-08", "faq", "How much does a coil winder make? The median is {b.median~hr:c} an hour, and coil winders held about {b.oemp:c!2025} jobs in May 2025.", heading="FAQ")
T("lc-09", "table", "| | Layout Worker | Coil Winder |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Employment (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 data")
T("lc-10", "career-site", "Coil winders are projected to lose about {b.chg:c!2035} jobs between 2025 and 2035, and about {b.pct:c!2035} of the occupation overall.")
T("lc-11", "career-site", "Layout workers average {a.mean:c} a year, and about {a.self:c} are self-employed.")
T("lc-12", "career-site", "Coil winders were projected to decline {b.pct@24:o!2034} through 2034, and they need a {b.edu=<postsecondary certificate>:m} to start, one trade school claims.")
T("lc-13", "bullets", "Layout worker:\n- Median salary: {a.median~K:c}\n- Pay range (10th–90th): {a.range~K_to:c}\n- Education: {a.edu:c}")
NC("lc-n1", "Layout fluid costs $12 a can; a 24-inch height gauge runs about $450.")
NC("lc-n2", "Our winding line produces 1,200 stator coils a day with a 0.3% reject rate.")

# ---------------------------------------------------------------- Transit Police Officer vs. Passenger Attendant
P("Transit Police Officer", "Passenger Attendant")
T("tp-01", "comparison", "Transit police patrol the trains and stations; passenger attendants help riders on board. The gap in pay is large: transit and railroad police earn a median of {a.median:c}, passenger attendants {b.median:c}. Both typically need a {a.edu:c}.", heading="Transit Police Officer vs. Passenger Attendant")
T("tp-02", "ooh", "Employment of passenger attendants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for passenger attendants are projected each year, on average, over the decade.", heading="Job Outlook")
T("tp-03", "ooh", "The median annual wage for transit and railroad police was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("tp-04", "career-site", "Transit and railroad police earned a median of {a.median@23:o!2023} in May 2023 and held about {a.oemp@23:o!2023} jobs that year.")
T("tp-05", "career-site", "Transit police held about {a.emp:c!2025} jobs in 2025, a small force spread across a few dozen agencies.")
T("tp-06", "government", "Metro Transit Police recruits start at $68,240 after academy. Nationally, BLS reports transit and railroad police earn a median of {a.median@24:o!2024} (May 2024); our top step is $104,000.", heading="Join Metro Transit Police")
T("tp-07", "career-site", "In New York City, transit police officers earn a median of about {a.median=<$98,000>:u}, and Amtrak police in the Northeast Corridor average {a.mean=<$101,000>:u}.", place="New York City", own_place={1: "Northeast Corridor"})
T("tp-08", "forum", "per BLS railroad police make {a.median*0.55~k:m}?? my cousin is MTA PD and makes double that with OT")
T("tp-09", "career-site", "Passenger attendants held about {b.emp:c!2025} jobs in 2025, and the occupation is projected to add about {b.chg:c!2035} jobs by 2035.")
T("tp-10", "career-site", "Passenger attendants averaged {b.mean~hr:c} an hour, and about {b.self:c} were self-employed.")
T("tp-11", "table", "| | Transit Police | Passenger Attendant |\n|---|---|---|\n| Median pay (2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs (2024) | {a.emp@24:o!2024} | {b.emp@24:o!2024} |", heading="2024 numbers")
T("tp-12", "career-site", "Passenger attendant jobs were projected to grow {b.pct@24:o!2034} between 2024 and 2034, with about {b.chg@24:o!2034} new jobs.")
T("tp-13", "faq", "How much do passenger attendants make? The middle half earn between {b.mid~_and:c} a year.", heading="FAQ")
NC("tp-n1", "Report suspicious activity: text 696-973 or call 1-888-555-0168, 24/7. See something, say something.")
NC("tp-n2", "Attendants on our dinner trains earn $16.50 an hour plus tips; the season runs May 1 to October 31.")

# ---------------------------------------------------------------- Door-to-Door Sales Worker vs. Auctioneer
P("Door-to-Door Sales Worker", "Auctioneer")
T("da-01", "comparison", "Door-to-door sellers and auctioneers both live on commission and a quick pitch. BLS puts door-to-door sales workers, news and street vendors at a median of {a.median:c}; auctioneers fall in \"sales and related workers, all other,\" with a median of {b.median:c}.", heading="Door-to-Door Sales vs. Auctioneer")
T("da-02", "career-site", "Door-to-door selling is overwhelmingly self-employment: about {a.self:c} of these workers work for themselves, up from {a.self@24:o} in the 2024–34 projections.")
T("da-03", "ooh", "Door-to-door sales workers, news and street vendors, and related workers held about {a.emp:c!2025} jobs in 2025, most of them self-employed.", heading="Work Environment")
T("da-04", "career-site", "Door-to-door sales workers earned a median of {a.median@24:o!2024} in May 2024, and BLS counted about {a.oemp@24:o!2024} wage-and-salary jobs that year.")
T("da-05", "forum", "per BLS door to door sales makes {a.median*1.7~k:m} median. I did solar D2D in Utah one summer and cleared $22k, commission only")
T("da-06", "career-site", "Auctioneers and other sales workers in the BLS catch-all group are projected to grow {b.pct:c!2035} from 2025 to 2035, {b.desc=<slower than average>:c}.")
T("da-07", "career-site", "The sales catch-all that includes auctioneers was projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<about as fast as average>:o!2034}, with about {b.open@24:o} openings a year.")
T("da-08", "faq", "Q: Do auctioneers need a license?\nA: Many states require one. BLS says the typical entry education for this group is a {b.edu:c}, and about {b.self:c} are self-employed.", heading="Auctioneer FAQ")
T("da-09", "career-site", "In Texas, auctioneers at livestock sales earn around {b.median=<$55,000>:u}, and in the Fort Worth stockyards top callers earn well over {b.p90=<$120,000>:u}.", place="Texas", own_place={1: "Fort Worth"})
T("da-10", "table", "| | Door-to-Door Sales | Auctioneer |\n|---|---|---|\n| Avg. hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| Openings per year | {a.open:c} | {b.open:c} |\n| Education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="Quick facts")
T("da-11", "career-site", "Door-to-door and street vendor jobs are projected to fall by about {a.chg:c!2035} between 2025 and 2035.")
T("da-12", "career-site", "The auctioneers' BLS group averaged {b.mean@23:o!2023} in May 2023, with about {b.oemp@23:o!2023} wage-and-salary workers.")
T("da-13", "career-site", "Auctioneers typically earn between {b.range*0.6~k_dash:m}, and the field is projected to grow {b.pct=<11%>:m}.")
NC("da-n1", "Buyer's premium is 15% on all lots; bidding opens Saturday at 10 a.m. at 4410 County Road 12.")
NC("da-n2", "Our reps knock 80 doors a day and close about 2% — the average sale is a $1,200 pest control contract.")

# ---------------------------------------------------------------- Entertainment and Recreation Manager vs. Spa Manager
P("Entertainment and Recreation Manager", "Spa Manager")
T("es-01", "comparison", "Recreation managers run parks programs, amusement parks and sports complexes; spa managers run day spas and resort wellness centers. Entertainment and recreation managers earn a median of {a.median:c}, and spa managers, grouped by BLS under personal service managers, all other, earn {b.median:c}.", heading="Recreation Manager vs. Spa Manager")
T("es-02", "ooh", "Employment of entertainment and recreation managers, except gambling is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c} for all occupations. About {a.open:c} openings for these managers are projected each year, on average, over the decade.", heading="Job Outlook")
T("es-03", "ooh", "Entertainment and recreation managers typically need a {a.edu:c} in recreation, business, or a related field.", heading="How to Become One")
T("es-04", "career-site", "Spa managers are often owners: about {b.self:c} of personal service managers are self-employed, compared with {a.self:c} of recreation managers.")
T("es-05", "career-site", "Spa and personal service managers earned a median of {b.median@24:o!2024} in May 2024, and they held about {b.emp@24:o!2024} jobs that year.")
T("es-06", "career-site", "Recreation managers were projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<much faster than average>:o!2034}.")
T("es-07", "career-site", "In Orlando, theme park entertainment managers earn a median of about {a.median=<$86,000>:u}, and resort spa directors around {b.median=<$78,000>:u}.", place="Orlando")
T("es-08", "forum", "per BLS spa managers make {b.median*1.6~k:m} median. ok but which spa, because mine pays $48k and commission on retail")
T("es-09", "table", "| | Recreation Manager | Spa Manager |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| 10th percentile | {a.p10:c} | {b.p10:c} |\n| Typical education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="At a glance")
T("es-10", "faq", "How many spa managers are there? BLS counts about {b.emp:c!2025} personal service managers in 2025. About {b.self@24:o} of them were self-employed in the older 2024–34 projections.", heading="FAQ")
T("es-11", "career-site", "Recreation managers averaged {a.mean@23:o!2023} in May 2023, and the top 10% earned more than {a.p90@23:o!2023} that year.")
T("es-12", "career-site", "Entertainment and recreation managers held about {a.oemp:c!2025} jobs in May 2025, and they will add about {a.chg:c!2035} jobs by 2035.")
T("es-13", "career-site", "Spa managers average {b.mean~hr:c} an hour nationwide, but in Scottsdale resort spas the average is closer to {b.mean=<$44>~hr0:u}.", own_place={1: "Scottsdale"})
NC("es-n1", "Our 90-minute hot stone massage is $165; members save 20% and get one free facial a year.")
NC("es-n2", "The park district's summer camp runs 8 weeks, 7:30 a.m. to 6 p.m., for $1,450 per child.")

# ---------------------------------------------------------------- Sports Book Writer vs. Gaming Change Person
P("Sports Book Writer", "Gaming Change Person")
T("sg-01", "comparison", "On the casino floor, sports book writers take bets at the counter while change persons and booth cashiers swap cash for chips and tickets. Book writers and runners earn a median of {a.median:c}; change persons earn {b.median:c}.", heading="Sports Book Writer vs. Gaming Change Person")
T("sg-02", "ooh", "Employment of gambling and sports book writers and runners is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c} for all occupations.", heading="Job Outlook")
T("sg-03", "career-site", "Sports book writers were projected to decline {a.pct@24:o!2034} from 2024 to 2034, but legal sports betting has since turned the outlook around.")
T("sg-04", "career-site", "Book writers and runners earned a median of {a.median@24:o!2024} in May 2024 and held about {a.oemp@24:o!2024} jobs.")
T("sg-05", "career-site", "In Las Vegas, sports book writers earn about {a.median=<$19>~hr0:u} an hour before tokes, and change persons on the Strip about {b.median=<$18>~hr0:u}.", place="Las Vegas")
T("sg-06", "forum", "per BLS book writers average {a.mean~hr:c!2025}/hr (2025). lmao that's without tokes, on a super bowl weekend tokes are like $600", )
T("sg-07", "faq", "Do gaming change persons need a diploma? No — BLS lists {b.edu:c} as typical, and there are about {b.oemp:c} change persons and booth cashiers nationwide.", heading="Casino jobs FAQ")
T("sg-08", "career-site", "Employment of change persons is projected to decline {b.pct:c!2035} through 2035, a smaller drop than the {b.pct@24:o!2034} decline projected for 2024–34.")
T("sg-09", "table", "| | Book Writer | Change Person |\n|---|---|---|\n| Median hourly | {a.median~hr:c} | {b.median~hr:c} |\n| Top 10% | {a.p90:c} | {b.p90:c} |\n| Openings/yr | {a.open:c} | — |", heading="Casino pay")
T("sg-10", "career-site", "Book writers and runners held about {a.emp:c!2025} jobs in 2025, and about {a.self:c!2025} were self-employed.")
T("sg-11", "career-site", "Gaming change persons averaged {b.mean@23:o!2023} in May 2023, and employment was projected to lose about {b.chg@24:o!2034} jobs from 2024 to 2034.")
T("sg-12", "career-site", "Sports book writers are projected to grow {a.pct=<15%>:m} thanks to mobile betting, with about {a.open*3:m} openings a year, one gaming blog says.")
NC("sg-n1", "Minimum bet at the windows is $5; parlays pay up to 100 to 1. Must be 21+. Problem gambling helpline: 1-800-522-4700.")
NC("sg-n2", "Our cage and booth staff get a $0.75/hr graveyard differential and 2 free meals per shift.")

# ---------------------------------------------------------------- Survey Interviewer vs. Social Science Research Assistant
P("Survey Interviewer", "Social Science Research Assistant")
T("si-01", "comparison", "Survey interviewers collect the data; social science research assistants help analyze it. BLS counts survey interviewers with \"interviewers, except eligibility and loan,\" a group earning a median of {a.median:c}; research assistants earn a median of {b.median:c} and typically need a {b.edu:c}.", heading="Survey Interviewer vs. Research Assistant")
T("si-02", "ooh", "Employment of social science research assistants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c} for all occupations. About {b.open:c} openings for social science research assistants are projected each year, on average, over the decade.", heading="Job Outlook")
T("si-03", "ooh", "Employment of interviewers, except eligibility and loan, is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("si-04", "career-site", "Survey interviewers and other interviewers held about {a.oemp:c!2025} jobs in May 2025, and the group is projected to shed about {a.chg:c!2035} jobs by 2035.")
T("si-05", "career-site", "Social science research assistants earned a median of {b.median@24:o!2024} in May 2024, and about {b.self@24:o!2024} of them were self-employed under the older projections.")
T("si-06", "forum", "per BLS RAs make {b.median*1.5~k:m} median?? i'm a full-time RA at an R1 making $41k. maybe at a think tank")
T("si-07", "government", "The Census Bureau hires field representatives in every state at $22.69 to $31.12 an hour depending on locality. For comparison, BLS reports a national median of {a.median~hr:c} an hour for interviewers.", heading="Field Representative jobs")
T("si-08", "career-site", "In Ann Arbor, research assistants at the university's survey research center earn around {b.median=<$54,000>:u}, and telephone interviewers about {a.median=<$19>~hr0:u} an hour.", place="Ann Arbor")
T("si-09", "table", "| | Survey Interviewer | Research Assistant |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Job outlook, 2024–34 | {a.pct=<-12%>@24:o!2034} | {b.pct@24:o!2034} |", heading="Older data")
T("si-10", "career-site", "Social science research assistants held about {b.emp:c!2025} jobs in 2025, and about {b.self:c!2025} were self-employed.")
T("si-11", "faq", "How much do survey interviewers make? They average {a.mean:c} a year, and the top 10% earn more than {a.p90:c}.", heading="FAQ")
T("si-12", "career-site", "Research assistants were projected to grow {b.pct@24:o!2034} through 2034, {b.desc=<about as fast as average>:o!2034}, and they earn between {b.range~_and:c} today.")
T("si-13", "career-site", "Survey interviewers need a {a.edu=<bachelor's degree>:m}, and there are about {a.oemp*2.5:m} of them, according to one career guide.")
NC("si-n1", "This survey takes about 12 minutes. Participants receive a $10 gift card; 1 in 50 also wins $100.")
NC("si-n2", "Response rates for phone surveys fell from 36% in 1997 to 6% in 2018, according to one polling firm.")

# ---------------------------------------------------------------- Farm Labor Contractor vs. Farm Supervisor
P("Farm Labor Contractor", "Farm Supervisor")
T("fs-01", "comparison", "A farm labor contractor recruits and hires crews for growers; a farm supervisor runs those crews in the field. Their pay is now close: contractors earn a median of {a.median:c} and first-line supervisors of farming workers {b.median:c}.", heading="Farm Labor Contractor vs. Farm Supervisor")
T("fs-02", "ooh", "Employment of farm labor contractors is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than the average>:c} for all occupations.", heading="Job Outlook")
T("fs-03", "ooh", "First-line supervisors of farming, fishing, and forestry workers held about {b.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("fs-04", "career-site", "Farm labor contractors earned a median of {a.median@24:o!2024} in May 2024, and employment was projected to grow {a.pct@24:o!2034}, {a.desc=<faster than average>:o!2034}, from 2024 to 2034.")
T("fs-05", "career-site", "Farm supervisors were self-employed at a rate of about {b.self:c}, and roughly {b.open:c} openings are expected each year.")
T("fs-06", "career-site", "In California's Central Valley, farm labor contractors earn around {a.median=<$62,000>:u}, and supervisors in Fresno County about {b.median=<$57,000>:u}.", place="Central Valley", own_place={1: "Fresno County"})
T("fs-07", "forum", "per BLS farm labor contractors are {a.emp*5:m} jobs total. that's just in Kern County lol")
T("fs-08", "faq", "Do farm supervisors need a degree? No. A {b.edu:c} plus years of field experience is typical, and the median pay is {b.median~hr:c} an hour.", heading="FAQ")
T("fs-09", "career-site", "Farm supervisors were projected to grow {b.pct@24:o!2034} from 2024 to 2034 with about {b.open@24:o} openings a year. Under those projections, about {b.self@24:o} of farm supervisors were self-employed.")
T("fs-10", "table", "| | Labor Contractor | Farm Supervisor |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Top 10% | {a.p90:c} | {b.p90:c} |\n| Job growth, 2025–35 | {a.pct:c!2035} | {b.pct:c!2035} |", heading="Pay and outlook")
T("fs-11", "career-site", "Farm labor contractors averaged {a.mean@23:o!2023} in May 2023, and BLS counted about {a.emp@24:o!2024} of them in 2024.")
T("fs-12", "career-site", "Farm supervisors are projected to add about {b.chg:c!2035} jobs between 2025 and 2035, and they average {b.mean~hr:c} an hour.")
T("fs-13", "career-site", "Farm labor contractors usually need a {a.edu=<high school diploma>:m} and a state license, and they earn a median of {a.median*0.6~K:m}, one site claims.")
NC("fs-n1", "H-2A workers in California earn the adverse effect wage rate of $19.97 an hour in 2025; housing is provided at no cost.")
NC("fs-n2", "Our crew picked 14,000 boxes of mandarins last season with 62 workers over 9 weeks.")

# ---------------------------------------------------------------- Aircraft Fueler vs. Tank Car Loader
P("Aircraft Fueler", "Tank Car Loader")
T("at-01", "comparison", "Both jobs move fuel for a living. Aircraft fuelers, counted by BLS as aircraft service attendants, earn a median of {a.median:c}; tank car, truck, and ship loaders earn {b.median:c}.", heading="Aircraft Fueler vs. Tank Car Loader")
T("at-02", "ooh", "Employment of aircraft service attendants is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for aircraft service attendants are projected each year, on average, over the decade.", heading="Job Outlook")
T("at-03", "ooh", "Tank car, truck, and ship loaders typically need {b.edu:c} and learn on the job.", heading="How to Become One")
T("at-04", "career-site", "Tank car loaders are more independent than you might think: about {b.self:c} are self-employed, up from {b.self@24:o} in the 2024–34 projections.")
T("at-05", "career-site", "Aircraft service attendants earned a median of {a.median@24:o!2024} in May 2024, and they held about {a.oemp@24:o!2024} jobs that year.")
T("at-06", "forum", "per BLS ramp fuelers make {a.median~hr:c}/hr median. sounds right, I'm at $19.75 at a FBO in Denver after a year")
T("at-07", "career-site", "In Houston, tank truck and rail loaders at the Ship Channel terminals earn about {b.median=<$31>~hr0:u} an hour, and aircraft fuelers at IAH about {a.median=<$20>~hr0:u}.", place="Houston")
T("at-08", "table", "| | Aircraft Fueler | Tank Car Loader |\n|---|---|---|\n| Avg. hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| Jobs | {a.emp:c} | {b.emp:c} |\n| Outlook, 2025–35 | {a.pct:c!2035} | {b.pct:c!2035} |", heading="Compare")
T("at-09", "career-site", "Tank car loaders held about {b.oemp:c!2025} jobs in May 2025, and the occupation was projected to grow {b.pct@24:o!2034} from 2024 to 2034 in the older projections.")
T("at-10", "faq", "How much does an aircraft fueler make? The median is {a.median~th:c} a year, and the bottom 10 percent earn less than {a.p10:c}.", heading="FAQ")
T("at-11", "career-site", "Aircraft service attendants are projected to add about {a.chg:c!2035} jobs from 2025 to 2035, up from the {a.chg@24:o!2034} jobs projected for 2024–34.")
T("at-12", "career-site", "Tank car loaders earned a median of {b.median@24:o!2024} in May 2024, and the highest-paid 10% earned more than {b.p90@24:o!2024}.")
T("at-13", "career-site", "Aircraft fuelers earn {a.median*1.5~K:m} a year at the median and need an {a.edu=<associate's degree>:m}, according to one aviation school.")
NC("at-n1", "Jet A was $6.42 a gallon at our FBO this week; we fuel 24/7 and offer a 10-cent discount on 500+ gallons.")
NC("at-n2", "A DOT-111 tank car holds about 30,000 gallons; a full unit train carries 100 cars.")

# ---------------------------------------------------------------- Health Sciences Professor vs. Education Professor
P("Health Sciences Professor", "Education Professor")
T("he-01", "comparison", "Nursing, medical and health sciences faculty and education professors both teach future professionals, but health specialties teaching pays much more: a median of {a.median:c} against {b.median:c} for education professors. Both typically need a {a.edu:c}.", heading="Health Sciences Professor vs. Education Professor")
T("he-02", "ooh", "Employment of health specialties teachers, postsecondary is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for health specialties teachers are projected each year, on average, over the decade.", heading="Job Outlook")
T("he-03", "ooh", "The median annual wage for education teachers, postsecondary was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("he-04", "career-site", "Health specialties professors earned a median of {a.median@24:o!2024} in May 2024, and they were projected to grow {a.pct@24:o!2034} between 2024 and 2034.")
T("he-05", "career-site", "Education professors held about {b.emp:c!2025} jobs in 2025, and the field is projected to add about {b.chg:c!2035} jobs by 2035.")
T("he-06", "forum", "per BLS health sciences profs average {a.mean*0.6~k:m}. in my med school the clinical faculty make 3x that")
T("he-07", "table", "| | Health Sciences Prof | Education Prof |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Jobs (May 2025) | {a.oemp:c!2025} | {b.oemp@24:o!2025} |", heading="Faculty pay")
T("he-08", "career-site", "In Minnesota, education professors earn a median of about {b.median=<$81,000>:u}, and health sciences faculty at the Rochester campus considerably more.", place="Minnesota")
T("he-09", "faq", "How many health sciences professors are there? About {a.emp:c} in the base year of BLS's 2025–35 projections, with about {a.chg:c!2035} jobs added by 2035.", heading="FAQ")
T("he-10", "career-site", "Education professors averaged {b.mean@23:o!2023} in May 2023. Under the older projections, about {b.open@24:o} openings were projected each year.")
T("he-11", "career-site", "The top 10% of health specialties teachers earn more than {a.p90~K:c}, while the middle half earn {a.mid~K_to:c}.")
T("he-12", "school", "Our Ed.D. in Higher Education prepares you for faculty roles where professors of education earn {b.mean*1.4~K:m} on average and openings number about {b.open*3:m} a year.")
NC("he-n1", "The clinical faculty track requires 2 years of teaching and 20% protected research time; apply by January 15.")
NC("he-n2", "Tuition for the online Ed.D. is $985 per credit hour for 54 credits.")

# ---------------------------------------------------------------- extra pass: front matter, press releases, weekly/monthly pay, quartiles
P("Urologist", "Pediatric Surgeon")
T("up-13", "frontmatter", "---\ntitle: \"Urologist vs. Pediatric Surgeon: Salary and Training\"\nupdated: 2026-02-11\nurologist_salary: \"{a.median~k:c}\"\npediatric_surgeon_salary: \"{b.median~k:c}\"\npediatric_surgeon_jobs: \"{b.emp:c}\"\n---")
P("Injection Molding Operator", "Tire Builder")
T("it-13", "press", "AKRON, Ohio — The Summit County Workforce Board today announced 140 new tire-building apprenticeships. Tire builders nationally earn a median of {b.median~th:c}, according to the U.S. Bureau of Labor Statistics, and the occupation employs about {b.oemp:c} workers.", heading="Press release")
P("Electrician's Helper", "Plumber's Helper")
T("ep-14", "career-site", "A plumber's helper at the median takes home about {b.median~wk:c} a week before taxes, and the bottom quarter of electrician's helpers earn less than {a.p25:c} a year.")
P("Word Processor", "Office Machine Operator")
T("wo-14", "frontmatter", "---\ntitle: Word Processor vs. Office Machine Operator\nword_processor_pay: \"{a.median@24:o}\"\noffice_machine_operator_pay: \"{b.median@24:o}\"\nword_processor_outlook: \"{a.pct=<-34%>:c}\"\n---")
P("Transit Police Officer", "Passenger Attendant")
T("tp-14", "press", "WASHINGTON — The transit authority will hire 60 officers this year. Transit and railroad police nationwide earn a median of {a.median~mo:c} a month, according to federal data, and the 75th percentile earns {a.p75:c} a year.", heading="News release")
P("Paper Goods Machine Operator", "Prepress Technician")
T("pp-14", "government", "Regional occupation profile: paper goods machine operators in the Fox Cities earn a median of {a.median=<$26.10>~hr:u} an hour, while nationally the figure is {a.median~hr:c}. Statewide, Wisconsin employs about {a.oemp=<9,400>:u} of them.", own_place={0: "Fox Cities", 2: "Wisconsin"})
P("Entertainment and Recreation Manager", "Spa Manager")
T("es-14", "career-site", "Rec managers (the BLS title is entertainment and recreation managers, except gambling) earn about {a.median~wk:c} a week at the median, and the lowest-paid quarter earn less than {a.p25:c} a year.")
P("Social Science Research Assistant", "Survey Interviewer", roles=("Survey Interviewer", "Social Science Research Assistant"))
T("si-14", "forum", "per bls social science RAs: median {a.median~k:c}, growth {a.pct:c!2035} (2025-35). honestly not bad for a bachelor's. survey interviewers shrinking {b.pct@24:o!2034} tho (2024-34 numbers)", pair=("Social Science Research Assistant", "Survey Interviewer"))
P("Farm Labor Contractor", "Farm Supervisor")
T("fs-14", "press", "FRESNO, Calif. — Labor contracting is one of agriculture's fastest-growing management jobs, with employment projected to grow {a.pct=<7 percent>:c!2035} from 2025 to 2035, according to the Bureau of Labor Statistics. Farm supervisors earn a median of {b.median~mo:c} a month nationally.", heading="Press release")
P("Door-to-Door Sales Worker", "Auctioneer")
T("da-14", "frontmatter", "---\ntitle: \"Auctioneer Salary Guide\"\nauctioneer_salary: \"{b.median:c}\"\nauctioneer_openings_per_year: \"{b.open:c}\"\ndoor_to_door_salary: \"{a.median@23:o}\"\n---")
P("Agriculture Professor", "Extension Agent")
T("ae-13", "career-site", "Ag professors at the 25th percentile make {a.p25:c}, and at the 75th percentile {a.p75:c}; extension agents' 75th percentile is {b.p75@24:o!2024} in the May 2024 data.")
P("Sports Book Writer", "Gaming Change Person")
T("sg-13", "union", "Culinary and gaming workers: BLS says booth cashiers and change persons average only {b.mean:c} a year nationally. Our contract puts Strip change persons at $22.45 an hour, and that's before the 2027 raise.", heading="Union newsletter")
P("Coffee Roaster", "Mixing Machine Operator", roles=("Mixing Machine Operator", "Coffee Roaster"))
T("mc-14", "faq", "Q: How much do coffee roasters make?\nA: Production roasters make a median of about {b.median~mo:c} a month, or {b.median~wk:c} a week, according to BLS.", heading="Coffee careers FAQ", pair=("Mixing Machine Operator", "Coffee Roaster"))
P("Word Processor", "Office Machine Operator")
T("wo-15", "tech-blog", "We shipped our speech-to-text pipeline last quarter, and it's worth asking who it displaces. BLS projects word processor and typist employment to fall {a.pct~pc:c!2035} between 2025 and 2035 — one of the steepest declines in its projections — while these workers still earn a median of {a.median~hr:c} an hour.", heading="Engineering blog: automating the last typing pool")
P("Paper Goods Machine Operator", "Prepress Technician")
T("pp-15", "tech-blog", "Computer-to-plate killed the stripping table, and the numbers show it: prepress techs held about {b.oemp@23:o!2023} jobs in May 2023 and the average prepress salary was {b.mean@24:o!2024} in 2024. Our imposition API is aimed at the shops that still employ them.", heading="Dev log")



def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout15:\n  " + "\n  ".join(errs))
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
        print(Counter(c["period"] for c in cs if c["kind"] == "salary"))
        print("claims with a stated year:", sum(c["year"] is not None for c in cs), "with a place:", sum(c["place"] is not None for c in cs))
        print("items by pair:", sorted(Counter(i["id"].split("-")[0] for i in ITEMS).values()))


if __name__ == "__main__":
    main()
