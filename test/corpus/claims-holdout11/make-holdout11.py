#!/usr/bin/env python3
"""Generate claims-holdout11 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement, and refuses any text that still holds an unrendered
token ("{a." or "{b.", e.g. a release and a literal together, which TOKEN does not match).
Run: python3 make-holdout11.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"ptaide": {"query": "Physical Therapist Aide", "soc": "31-2022", "title": "Physical Therapist Aides", "oews2025": {"mean": 36430, "median": 35240, "p10": 25360, "p25": 30410, "p75": 38810, "p90": 47780, "hourlyMean": 17.52, "employment": 48150}, "oews2024": {"mean": 35510, "median": 34520, "p10": 24960, "p25": 29710, "p75": 38240, "p90": 46930, "hourlyMean": 17.07, "employment": 44010}, "oews2023": {"mean": 34810, "median": 33520, "p10": 23070, "p25": 28550, "p75": 37010, "p90": 43980, "hourlyMean": 16.74, "employment": 42390}, "ep2025": {"changePercent": 4, "changeNumeric": 2, "openingsPerYear": 6.4, "employmentBase": 49, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.8, "changeNumeric": 1.3, "openingsPerYear": 6.6, "employmentBase": 45.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}},
"otaide": {"query": "Occupational Therapy Aide", "soc": "31-2012", "title": "Occupational Therapy Aides", "oews2025": {"mean": 44110, "median": 39160, "p10": 29430, "p25": 35920, "p75": 46780, "p90": 70200, "hourlyMean": 21.21, "employment": 4310}, "oews2024": {"mean": 41850, "median": 37370, "p10": 27970, "p25": 34840, "p75": 44190, "p90": 65580, "hourlyMean": 20.12, "employment": 5000}, "oews2023": {"mean": 42060, "median": 36970, "p10": 25150, "p25": 31940, "p75": 48720, "p90": 68720, "hourlyMean": 20.22, "employment": 4430}, "ep2025": {"changePercent": 3.6, "changeNumeric": 0.2, "openingsPerYear": 0.6, "employmentBase": 4.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.5, "changeNumeric": 0.1, "openingsPerYear": 0.6, "employmentBase": 5.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"ophlab": {"query": "Ophthalmic Laboratory Technician", "soc": "51-9083", "title": "Ophthalmic Laboratory Technicians", "oews2025": {"mean": 43190, "median": 39460, "p10": 33530, "p25": 36470, "p75": 47010, "p90": 57380, "hourlyMean": 20.76, "employment": 18660}, "oews2024": {"mean": 41760, "median": 38420, "p10": 31250, "p25": 35580, "p75": 45410, "p90": 55480, "hourlyMean": 20.08, "employment": 18740}, "oews2023": {"mean": 41280, "median": 37720, "p10": 30030, "p25": 34630, "p75": 45540, "p90": 55580, "hourlyMean": 19.85, "employment": 18240}, "ep2025": {"changePercent": 2.2, "changeNumeric": 0.4, "openingsPerYear": 2.2, "employmentBase": 18.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 2.3, "changeNumeric": 0.5, "openingsPerYear": 2.4, "employmentBase": 19.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 4}},
"medapp": {"query": "Medical Appliance Technician", "soc": "51-9082", "title": "Medical Appliance Technicians", "oews2025": {"mean": 52730, "median": 48030, "p10": 36510, "p25": 42210, "p75": 60580, "p90": 75740, "hourlyMean": 25.35, "employment": 11280}, "oews2024": {"mean": 51410, "median": 47060, "p10": 36560, "p25": 40300, "p75": 58710, "p90": 74570, "hourlyMean": 24.72, "employment": 11490}, "oews2023": {"mean": 48860, "median": 44960, "p10": 35160, "p25": 38220, "p75": 52880, "p90": 70060, "hourlyMean": 23.49, "employment": 12550}, "ep2025": {"changePercent": 3.5, "changeNumeric": 0.4, "openingsPerYear": 1.3, "employmentBase": 11.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 3.7, "changeNumeric": 0.4, "openingsPerYear": 1.5, "employmentBase": 12, "education": "High school diploma or equivalent", "selfEmployedPercent": 4}},
"vetasst": {"query": "Veterinary Assistants and Laboratory Animal Caretakers", "soc": "31-9096", "title": "Veterinary Assistants and Laboratory Animal Caretakers", "oews2025": {"mean": 40340, "median": 38150, "p10": 30120, "p25": 35660, "p75": 45710, "p90": 49150, "hourlyMean": 19.39, "employment": 126580}, "oews2024": {"mean": 38990, "median": 37320, "p10": 29160, "p25": 34320, "p75": 44550, "p90": 48150, "hourlyMean": 18.74, "employment": 114190}, "oews2023": {"mean": 37310, "median": 36440, "p10": 28550, "p25": 31120, "p75": 42290, "p90": 46630, "hourlyMean": 17.94, "employment": 115770}, "ep2025": {"changePercent": 9.1, "changeNumeric": 12, "openingsPerYear": 23.2, "employmentBase": 132.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 8.7, "changeNumeric": 10.3, "openingsPerYear": 22.2, "employmentBase": 117.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}},
"pharmaide": {"query": "Pharmacy Aide", "soc": "31-9095", "title": "Pharmacy Aides", "oews2025": {"mean": 40450, "median": 37680, "p10": 29820, "p25": 34980, "p75": 43640, "p90": 56010, "hourlyMean": 19.45, "employment": 39530}, "oews2024": {"mean": 40290, "median": 37000, "p10": 29360, "p25": 34450, "p75": 42570, "p90": 58660, "hourlyMean": 19.37, "employment": 41100}, "oews2023": {"mean": 38980, "median": 36200, "p10": 27560, "p25": 32240, "p75": 42580, "p90": 56800, "hourlyMean": 18.74, "employment": 43830}, "ep2025": {"changePercent": -0.7, "changeNumeric": -0.3, "openingsPerYear": 5.1, "employmentBase": 39.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -0.1, "changeNumeric": -0.1, "openingsPerYear": 6.1, "employmentBase": 41.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"driller": {"query": "Earth Driller", "soc": "47-5023", "title": "Earth Drillers, Except Oil and Gas", "oews2025": {"mean": 62830, "median": 60190, "p10": 44460, "p25": 49900, "p75": 72450, "p90": 83800, "hourlyMean": 30.21, "employment": 19450}, "oews2024": {"mean": 63260, "median": 59600, "p10": 44450, "p25": 49720, "p75": 73530, "p90": 87760, "hourlyMean": 30.41, "employment": 17410}, "oews2023": {"mean": 60250, "median": 56660, "p10": 40560, "p25": 47840, "p75": 67700, "p90": 82280, "hourlyMean": 28.97, "employment": 18010}, "ep2025": {"changePercent": 3.6, "changeNumeric": 0.7, "openingsPerYear": 1.4, "employmentBase": 19.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.9, "changeNumeric": 0.5, "openingsPerYear": 1.7, "employmentBase": 18.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.3}},
"blaster": {"query": "Explosives Worker", "soc": "47-5032", "title": "Explosives Workers, Ordnance Handling Experts, and Blasters", "oews2025": {"mean": 66640, "median": 61390, "p10": 40480, "p25": 49630, "p75": 80370, "p90": 99360, "hourlyMean": 32.04, "employment": 5100}, "oews2024": {"mean": 66840, "median": 59110, "p10": 45160, "p25": 49860, "p75": 80050, "p90": 104210, "hourlyMean": 32.13, "employment": 5680}, "oews2023": {"mean": 65600, "median": 61590, "p10": 42670, "p25": 49710, "p75": 79580, "p90": 89400, "hourlyMean": 31.54, "employment": 4610}, "ep2025": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 0.4, "employmentBase": 5.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -0.9, "changeNumeric": -0.1, "openingsPerYear": 0.5, "employmentBase": 5.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"autoglass": {"query": "Automotive Glass Installer", "soc": "49-3022", "title": "Automotive Glass Installers and Repairers", "oews2025": {"mean": 50430, "median": 47630, "p10": 35390, "p25": 40110, "p75": 59550, "p90": 70650, "hourlyMean": 24.25, "employment": 20310}, "oews2024": {"mean": 49580, "median": 47260, "p10": 35080, "p25": 39990, "p75": 58160, "p90": 67480, "hourlyMean": 23.84, "employment": 18940}, "oews2023": {"mean": 46010, "median": 45320, "p10": 31370, "p25": 37180, "p75": 51970, "p90": 62000, "hourlyMean": 22.12, "employment": 16890}, "ep2025": {"changePercent": 5.7, "changeNumeric": 1.3, "openingsPerYear": 1.3, "employmentBase": 22.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 10.2}, "ep2024": {"changePercent": 3.6, "changeNumeric": 0.7, "openingsPerYear": 1.4, "employmentBase": 20.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.2}},
"tire": {"query": "Tire Repairer", "soc": "49-3093", "title": "Tire Repairers and Changers", "oews2025": {"mean": 40170, "median": 37710, "p10": 30010, "p25": 34690, "p75": 45300, "p90": 50230, "hourlyMean": 19.31, "employment": 108410}, "oews2024": {"mean": 39140, "median": 37120, "p10": 29880, "p25": 33990, "p75": 43810, "p90": 48900, "hourlyMean": 18.82, "employment": 106620}, "oews2023": {"mean": 37280, "median": 35790, "p10": 28820, "p25": 31140, "p75": 39910, "p90": 47680, "hourlyMean": 17.92, "employment": 101520}, "ep2025": {"changePercent": 3.4, "changeNumeric": 3.8, "openingsPerYear": 12.9, "employmentBase": 112.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 5.7, "changeNumeric": 6.5, "openingsPerYear": 15.3, "employmentBase": 113.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 5}},
"bike": {"query": "Bicycle Repairer", "soc": "49-3091", "title": "Bicycle Repairers", "oews2025": {"mean": 42730, "median": 42780, "p10": 31220, "p25": 36360, "p75": 48020, "p90": 55000, "hourlyMean": 20.55, "employment": 12170}, "oews2024": {"mean": 41550, "median": 40360, "p10": 30640, "p25": 35880, "p75": 47560, "p90": 52130, "hourlyMean": 19.98, "employment": 12590}, "oews2023": {"mean": 39360, "median": 38320, "p10": 28670, "p25": 34140, "p75": 45130, "p90": 48910, "hourlyMean": 18.92, "employment": 13980}, "ep2025": {"changePercent": -5.7, "changeNumeric": -0.7, "openingsPerYear": 1.2, "employmentBase": 12.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": -2.3, "changeNumeric": -0.3, "openingsPerYear": 1.6, "employmentBase": 13.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 5}},
"rv": {"query": "RV Service Technician", "soc": "49-3092", "title": "Recreational Vehicle Service Technicians", "oews2025": {"mean": 56440, "median": 52000, "p10": 36120, "p25": 44920, "p75": 63890, "p90": 77960, "hourlyMean": 27.14, "employment": 17430}, "oews2024": {"mean": 55380, "median": 50540, "p10": 35480, "p25": 43370, "p75": 63300, "p90": 76650, "hourlyMean": 26.63, "employment": 18710}, "oews2023": {"mean": 50690, "median": 47950, "p10": 33660, "p25": 38690, "p75": 60200, "p90": 72500, "hourlyMean": 24.37, "employment": 17360}, "ep2025": {"changePercent": 9.7, "changeNumeric": 1.7, "openingsPerYear": 2.2, "employmentBase": 17.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": 11.5, "changeNumeric": 2.2, "openingsPerYear": 2.8, "employmentBase": 19.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 5.1}},
"gasplant": {"query": "Gas Plant Operator", "soc": "51-8092", "title": "Gas Plant Operators", "oews2025": {"mean": 88710, "median": 87820, "p10": 61350, "p25": 76870, "p75": 100870, "p90": 115520, "hourlyMean": 42.65, "employment": 18030}, "oews2024": {"mean": 85470, "median": 83400, "p10": 59040, "p25": 73150, "p75": 100000, "p90": 109350, "hourlyMean": 41.09, "employment": 15910}, "oews2023": {"mean": 83020, "median": 82560, "p10": 53330, "p25": 66250, "p75": 99180, "p90": 108340, "hourlyMean": 39.91, "employment": 15930}, "ep2025": {"changePercent": -6, "changeNumeric": -1.1, "openingsPerYear": 1.4, "employmentBase": 18.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -8.8, "changeNumeric": -1.4, "openingsPerYear": 1.3, "employmentBase": 16.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"refinery": {"query": "Petroleum Refinery Operator", "soc": "51-8093", "title": "Petroleum Pump System Operators, Refinery Operators, and Gaugers", "oews2025": {"mean": 90630, "median": 96710, "p10": 57110, "p25": 77510, "p75": 106320, "p90": 115880, "hourlyMean": 43.57, "employment": 33160}, "oews2024": {"mean": 90970, "median": 97540, "p10": 59790, "p25": 77970, "p75": 104660, "p90": 112920, "hourlyMean": 43.74, "employment": 34860}, "oews2023": {"mean": 88120, "median": 94580, "p10": 57970, "p25": 76130, "p75": 102410, "p90": 110220, "hourlyMean": 42.36, "employment": 33360}, "ep2025": {"changePercent": -1.9, "changeNumeric": -0.6, "openingsPerYear": 2.7, "employmentBase": 32.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -2.8, "changeNumeric": -1, "openingsPerYear": 3.2, "employmentBase": 34.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"press": {"query": "Printing Press Operator", "soc": "51-5112", "title": "Printing Press Operators", "oews2025": {"mean": 47360, "median": 45780, "p10": 33330, "p25": 37390, "p75": 55740, "p90": 63520, "hourlyMean": 22.77, "employment": 144260}, "oews2024": {"mean": 46620, "median": 45160, "p10": 31450, "p25": 36970, "p75": 54340, "p90": 63060, "hourlyMean": 22.41, "employment": 145110}, "oews2023": {"mean": 44450, "median": 41860, "p10": 29790, "p25": 35560, "p75": 50160, "p90": 61500, "hourlyMean": 21.37, "employment": 151450}, "ep2025": {"changePercent": -8.7, "changeNumeric": -12.6, "openingsPerYear": 12.1, "employmentBase": 144, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.5}, "ep2024": {"changePercent": -8.1, "changeNumeric": -12.2, "openingsPerYear": 13.7, "employmentBase": 150.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.2}},
"binder": {"query": "Bookbinder", "soc": "51-5113", "title": "Print Binding and Finishing Workers", "oews2025": {"mean": 44460, "median": 42290, "p10": 32220, "p25": 36910, "p75": 49130, "p90": 59150, "hourlyMean": 21.38, "employment": 33180}, "oews2024": {"mean": 43040, "median": 39820, "p10": 31110, "p25": 36070, "p75": 48240, "p90": 57980, "hourlyMean": 20.69, "employment": 36470}, "oews2023": {"mean": 40860, "median": 38100, "p10": 29220, "p25": 34520, "p75": 46740, "p90": 56090, "hourlyMean": 19.64, "employment": 38880}, "ep2025": {"changePercent": -17.5, "changeNumeric": -5.6, "openingsPerYear": 2.3, "employmentBase": 32.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -16.1, "changeNumeric": -5.8, "openingsPerYear": 2.8, "employmentBase": 35.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"host": {"query": "Host", "soc": "35-9031", "title": "Hosts and Hostesses, Restaurant, Lounge, and Coffee Shop", "oews2025": {"mean": 32690, "median": 31200, "p10": 22340, "p25": 27570, "p75": 36250, "p90": 43990, "hourlyMean": 15.72, "employment": 432690}, "oews2024": {"mean": 32030, "median": 30380, "p10": 22010, "p25": 26630, "p75": 35840, "p90": 42600, "hourlyMean": 15.4, "employment": 427150}, "oews2023": {"mean": 30750, "median": 29220, "p10": 21530, "p25": 24690, "p75": 34670, "p90": 38830, "hourlyMean": 14.78, "employment": 425020}, "ep2025": {"changePercent": 3.4, "changeNumeric": 15.3, "openingsPerYear": 107.1, "employmentBase": 444.2, "education": "No formal educational credential", "selfEmployedPercent": 2}, "ep2024": {"changePercent": -1.5, "changeNumeric": -6.4, "openingsPerYear": 107.7, "employmentBase": 429.9, "education": "No formal educational credential", "selfEmployedPercent": 0.1}},
"dish": {"query": "Dishwasher", "soc": "35-9021", "title": "Dishwashers", "oews2025": {"mean": 34310, "median": 34810, "p10": 26200, "p25": 29690, "p75": 37440, "p90": 42860, "hourlyMean": 16.49, "employment": 477450}, "oews2024": {"mean": 33220, "median": 33670, "p10": 23960, "p25": 28740, "p75": 36750, "p90": 41600, "hourlyMean": 15.97, "employment": 471670}, "oews2023": {"mean": 31650, "median": 31200, "p10": 22880, "p25": 27500, "p75": 35610, "p90": 38620, "hourlyMean": 15.22, "employment": 463940}, "ep2025": {"changePercent": -1, "changeNumeric": -4.8, "openingsPerYear": 68.9, "employmentBase": 480.4, "education": "No formal educational credential", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 0.2, "changeNumeric": 0.9, "openingsPerYear": 76.8, "employmentBase": 477.7, "education": "No formal educational credential", "selfEmployedPercent": 0.6}},
"batch": {"query": "Food Batchmaker", "soc": "51-3092", "title": "Food Batchmakers", "oews2025": {"mean": 43750, "median": 42290, "p10": 31990, "p25": 36350, "p75": 49670, "p90": 58940, "hourlyMean": 21.04, "employment": 174520}, "oews2024": {"mean": 42830, "median": 40790, "p10": 30850, "p25": 35340, "p75": 49010, "p90": 57800, "hourlyMean": 20.59, "employment": 171660}, "oews2023": {"mean": 40890, "median": 38460, "p10": 29480, "p25": 33610, "p75": 47170, "p90": 55640, "hourlyMean": 19.66, "employment": 169190}, "ep2025": {"changePercent": 6.5, "changeNumeric": 11.4, "openingsPerYear": 23.1, "employmentBase": 176.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 6.9, "changeNumeric": 11.9, "openingsPerYear": 24.2, "employmentBase": 173.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.6}},
"packer": {"query": "Packer and Packager", "soc": "53-7064", "title": "Packers and Packagers, Hand", "oews2025": {"mean": 37540, "median": 36280, "p10": 27890, "p25": 32220, "p75": 43060, "p90": 47100, "hourlyMean": 18.05, "employment": 559820}, "oews2024": {"mean": 36600, "median": 35580, "p10": 27050, "p25": 31470, "p75": 40960, "p90": 46260, "hourlyMean": 17.59, "employment": 601440}, "oews2023": {"mean": 35450, "median": 34830, "p10": 25880, "p25": 30220, "p75": 39580, "p90": 45100, "hourlyMean": 17.05, "employment": 645210}, "ep2025": {"changePercent": -5, "changeNumeric": -27.5, "openingsPerYear": 61.8, "employmentBase": 555.5, "education": "No formal educational credential", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": -5.4, "changeNumeric": -32.2, "openingsPerYear": 74, "employmentBase": 591.8, "education": "No formal educational credential", "selfEmployedPercent": 0.7}},
"clerk": {"query": "Office Clerk", "soc": "43-9061", "title": "Office Clerks, General", "oews2025": {"mean": 46420, "median": 45010, "p10": 30310, "p25": 36350, "p75": 54300, "p90": 64680, "hourlyMean": 22.32, "employment": 2464940}, "oews2024": {"mean": 45470, "median": 43630, "p10": 29120, "p25": 35350, "p75": 52560, "p90": 63840, "hourlyMean": 21.86, "employment": 2510550}, "oews2023": {"mean": 43560, "median": 40480, "p10": 28230, "p25": 33660, "p75": 49820, "p90": 61690, "hourlyMean": 20.94, "employment": 2496370}, "ep2025": {"changePercent": -6, "changeNumeric": -156.2, "openingsPerYear": 249, "employmentBase": 2600, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": -6.7, "changeNumeric": -177.8, "openingsPerYear": 282.4, "employmentBase": 2646, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}},
"hrasst": {"query": "Human Resources Assistant", "soc": "43-4161", "title": "Human Resources Assistants, Except Payroll and Timekeeping", "oews2025": {"mean": 52250, "median": 50610, "p10": 37340, "p25": 44030, "p75": 59800, "p90": 68280, "hourlyMean": 25.12, "employment": 90220}, "oews2024": {"mean": 50950, "median": 49440, "p10": 36090, "p25": 42360, "p75": 58560, "p90": 67140, "hourlyMean": 24.5, "employment": 92580}, "oews2023": {"mean": 48800, "median": 47710, "p10": 34490, "p25": 40070, "p75": 56010, "p90": 64250, "hourlyMean": 23.46, "employment": 101440}, "ep2025": {"changePercent": -6.2, "changeNumeric": -6, "openingsPerYear": 7.9, "employmentBase": 96.5, "education": "Associate's degree", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": -7.1, "changeNumeric": -6.8, "openingsPerYear": 9, "employmentBase": 95.2, "education": "Associate's degree", "selfEmployedPercent": 0.3}},
"brokerage": {"query": "Brokerage Clerk", "soc": "43-4011", "title": "Brokerage Clerks", "oews2025": {"mean": 72850, "median": 65750, "p10": 50260, "p25": 58620, "p75": 79800, "p90": 102010, "hourlyMean": 35.03, "employment": 35940}, "oews2024": {"mean": 67680, "median": 62940, "p10": 47730, "p25": 53880, "p75": 77400, "p90": 91650, "hourlyMean": 32.54, "employment": 40090}, "oews2023": {"mean": 63130, "median": 60150, "p10": 45750, "p25": 50830, "p75": 72080, "p90": 86300, "hourlyMean": 30.35, "employment": 48060}, "ep2025": {"changePercent": -7.6, "changeNumeric": -2.8, "openingsPerYear": 3.4, "employmentBase": 36.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.3}, "ep2024": {"changePercent": -9.5, "changeNumeric": -3.9, "openingsPerYear": 4.1, "employmentBase": 40.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"loanint": {"query": "Loan Interviewer", "soc": "43-4131", "title": "Loan Interviewers and Clerks", "oews2025": {"mean": 52520, "median": 50020, "p10": 37330, "p25": 45120, "p75": 60600, "p90": 69770, "hourlyMean": 25.25, "employment": 164790}, "oews2024": {"mean": 51050, "median": 48950, "p10": 36360, "p25": 42720, "p75": 59520, "p90": 65910, "hourlyMean": 24.54, "employment": 173100}, "oews2023": {"mean": 48660, "median": 47380, "p10": 35010, "p25": 39270, "p75": 57150, "p90": 63070, "hourlyMean": 23.4, "employment": 203940}, "ep2025": {"changePercent": -2.4, "changeNumeric": -4.1, "openingsPerYear": 10.5, "employmentBase": 169.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": -2.3, "changeNumeric": -4.1, "openingsPerYear": 13.3, "employmentBase": 177.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}},
"shipping": {"query": "Shipping and Receiving Clerk", "soc": "43-5071", "title": "Shipping, Receiving, and Inventory Clerks", "oews2025": {"mean": 46810, "median": 45260, "p10": 34650, "p25": 38200, "p75": 51570, "p90": 62190, "hourlyMean": 22.5, "employment": 816870}, "oews2024": {"mean": 44890, "median": 43190, "p10": 32900, "p25": 37040, "p75": 49390, "p90": 60300, "hourlyMean": 21.58, "employment": 857630}, "oews2023": {"mean": 42730, "median": 39780, "p10": 30620, "p25": 35470, "p75": 47600, "p90": 58310, "hourlyMean": 20.54, "employment": 844120}, "ep2025": {"changePercent": -7.6, "changeNumeric": -62.8, "openingsPerYear": 61.3, "employmentBase": 827.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": -7.7, "changeNumeric": -66.3, "openingsPerYear": 69.3, "employmentBase": 862.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.6}},
"stocker": {"query": "Stockers and Order Fillers", "soc": "53-7065", "title": "Stockers and Order Fillers", "oews2025": {"mean": 39540, "median": 37330, "p10": 30110, "p25": 34450, "p75": 44650, "p90": 49260, "hourlyMean": 19.01, "employment": 2833810}, "oews2024": {"mean": 38910, "median": 37090, "p10": 29850, "p25": 33710, "p75": 43140, "p90": 49200, "hourlyMean": 18.71, "employment": 2779530}, "oews2023": {"mean": 37990, "median": 36390, "p10": 29150, "p25": 32160, "p75": 41370, "p90": 48890, "hourlyMean": 18.27, "employment": 2872680}, "ep2025": {"changePercent": 8.9, "changeNumeric": 250.7, "openingsPerYear": 430.7, "employmentBase": 2804.3, "education": "No formal educational credential", "selfEmployedPercent": 0}, "ep2024": {"changePercent": 8.5, "changeNumeric": 235, "openingsPerYear": 472.3, "employmentBase": 2764.8, "education": "No formal educational credential", "selfEmployedPercent": 0.2}},
"admsvc": {"query": "Administrative Services Manager", "soc": "11-3012", "title": "Administrative Services Managers", "oews2025": {"mean": 129870, "median": 114130, "p10": 67100, "p25": 86460, "p75": 157420, "p90": 207720, "hourlyMean": 62.44, "employment": 263960}, "oews2024": {"mean": 126030, "median": 108390, "p10": 64740, "p25": 83660, "p75": 147150, "p90": 200010, "hourlyMean": 60.59, "employment": 254140}, "oews2023": {"mean": 121200, "median": 106470, "p10": 62470, "p25": 81420, "p75": 140870, "p90": 188820, "hourlyMean": 58.27, "employment": 242520}, "ep2025": {"changePercent": 5.2, "changeNumeric": 14.4, "openingsPerYear": 22, "employmentBase": 279, "education": "Bachelor's degree", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 4.6, "changeNumeric": 12.6, "openingsPerYear": 23.2, "employmentBase": 271.2, "education": "Bachelor's degree", "selfEmployedPercent": 0}},
"facil": {"query": "Facilities Manager", "soc": "11-3013", "title": "Facilities Managers", "oews2025": {"mean": 116890, "median": 106660, "p10": 64480, "p25": 82020, "p75": 138870, "p90": 176120, "hourlyMean": 56.2, "employment": 156180}, "oews2024": {"mean": 114520, "median": 104690, "p10": 62550, "p25": 80150, "p75": 135650, "p90": 173080, "hourlyMean": 55.06, "employment": 141090}, "oews2023": {"mean": 111110, "median": 102340, "p10": 60840, "p25": 78130, "p75": 133990, "p90": 169020, "hourlyMean": 53.42, "employment": 131400}, "ep2025": {"changePercent": 4.6, "changeNumeric": 7.6, "openingsPerYear": 14.2, "employmentBase": 165.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 3.8, "changeNumeric": 5.7, "openingsPerYear": 13.2, "employmentBase": 151.4, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"prmgr": {"query": "Public Relations Manager", "soc": "11-2032", "title": "Public Relations Managers", "oews2025": {"mean": 164760, "median": 146910, "p10": 82410, "p25": 106580, "p75": 204520, "p90": 284990, "hourlyMean": 79.21, "employment": 74850}, "oews2024": {"mean": 163520, "median": 138520, "p10": 78880, "p25": 102300, "p75": 198000, "hourlyMean": 78.61, "employment": 76060}, "oews2023": {"mean": 159420, "median": 134760, "p10": 76160, "p25": 99180, "p75": 191840, "hourlyMean": 76.65, "employment": 72760}, "ep2025": {"changePercent": 5.7, "changeNumeric": 4.6, "openingsPerYear": 6.1, "employmentBase": 80.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 5, "changeNumeric": 4.1, "openingsPerYear": 6.6, "employmentBase": 83.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}},
"admgr": {"query": "Advertising and Promotions Manager", "soc": "11-2011", "title": "Advertising and Promotions Managers", "oews2025": {"mean": 154280, "median": 133660, "p10": 63300, "p25": 91370, "p75": 201050, "p90": 286240, "hourlyMean": 74.18, "employment": 21470}, "oews2024": {"mean": 149270, "median": 126960, "p10": 63000, "p25": 85990, "p75": 178570, "hourlyMean": 71.76, "employment": 21100}, "oews2023": {"mean": 152620, "median": 131870, "p10": 63580, "p25": 88810, "p75": 188530, "hourlyMean": 73.38, "employment": 20630}, "ep2025": {"changePercent": -3.7, "changeNumeric": -1.2, "openingsPerYear": 2.3, "employmentBase": 33.2, "education": "Bachelor's degree", "selfEmployedPercent": 35.1}, "ep2024": {"changePercent": -2.2, "changeNumeric": -0.6, "openingsPerYear": 2.1, "employmentBase": 27, "education": "Bachelor's degree", "selfEmployedPercent": 20.7}},
"aemgr": {"query": "Architectural and Engineering Manager", "soc": "11-9041", "title": "Architectural and Engineering Managers", "oews2025": {"mean": 181540, "median": 171270, "p10": 120810, "p25": 139360, "p75": 212500, "p90": 262760, "hourlyMean": 87.28, "employment": 220260}, "oews2024": {"mean": 175710, "median": 167740, "p10": 111450, "p25": 134930, "p75": 207210, "hourlyMean": 84.48, "employment": 210340}, "oews2023": {"mean": 172290, "median": 165370, "p10": 107390, "p25": 132890, "p75": 203030, "p90": 233590, "hourlyMean": 82.83, "employment": 207800}, "ep2025": {"changePercent": 5.5, "changeNumeric": 12.2, "openingsPerYear": 14.9, "employmentBase": 220.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 3.8, "changeNumeric": 8, "openingsPerYear": 14.5, "employmentBase": 212.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}},
"scimgr": {"query": "Natural Sciences Manager", "soc": "11-9121", "title": "Natural Sciences Managers", "oews2025": {"mean": 180250, "median": 167220, "p10": 79710, "p25": 119430, "p75": 221540, "p90": 316850, "hourlyMean": 86.66, "employment": 108690}, "oews2024": {"mean": 173500, "median": 161180, "p10": 79830, "p25": 114110, "p75": 214820, "hourlyMean": 83.41, "employment": 100870}, "oews2023": {"mean": 169120, "median": 157740, "p10": 77520, "p25": 109300, "p75": 212080, "hourlyMean": 81.31, "employment": 96520}, "ep2025": {"changePercent": 8.2, "changeNumeric": 9.2, "openingsPerYear": 9.2, "employmentBase": 112.2, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.7, "changeNumeric": 3.9, "openingsPerYear": 8.5, "employmentBase": 104.3, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"principal": {"query": "Principal", "soc": "11-9032", "title": "Education Administrators, Kindergarten through Secondary", "oews2025": {"mean": 116100, "median": 105870, "p10": 76280, "p25": 86040, "p75": 134630, "p90": 167770, "employment": 328330}, "oews2024": {"mean": 113360, "median": 104070, "p10": 72400, "p25": 83840, "p75": 132550, "p90": 165820, "employment": 319630}, "oews2023": {"mean": 111020, "median": 103460, "p10": 70050, "p25": 83050, "p75": 131180, "p90": 163010, "employment": 302580}, "ep2025": {"changePercent": -0.3, "changeNumeric": -1.2, "openingsPerYear": 20.6, "employmentBase": 343.8, "education": "Master's degree", "selfEmployedPercent": 1.4}, "ep2024": {"changePercent": -1.5, "changeNumeric": -5.1, "openingsPerYear": 20.8, "employmentBase": 333.3, "education": "Master's degree", "selfEmployedPercent": 1.2}},
"postsecadm": {"query": "Postsecondary Education Administrator", "soc": "11-9033", "title": "Education Administrators, Postsecondary", "oews2025": {"mean": 126540, "median": 104590, "p10": 64560, "p25": 80870, "p75": 144370, "p90": 215620, "hourlyMean": 60.84, "employment": 180470}, "oews2024": {"mean": 124450, "median": 103960, "p10": 63820, "p25": 79880, "p75": 140940, "p90": 212420, "hourlyMean": 59.83, "employment": 176420}, "oews2023": {"mean": 122010, "median": 102610, "p10": 62970, "p25": 79700, "p75": 137230, "p90": 209870, "hourlyMean": 58.66, "employment": 167270}, "ep2025": {"changePercent": 1.8, "changeNumeric": 4.1, "openingsPerYear": 14.5, "employmentBase": 231.8, "education": "Master's degree", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": 1.7, "changeNumeric": 4, "openingsPerYear": 15.1, "employmentBase": 226.6, "education": "Master's degree", "selfEmployedPercent": 2.2}},
"cte": {"query": "Career and Technical Education Teacher", "soc": "25-2032", "title": "Career/Technical Education Teachers, Secondary School", "oews2025": {"mean": 72680, "median": 66270, "p10": 50040, "p25": 60590, "p75": 80060, "p90": 101340, "employment": 111420}, "oews2024": {"mean": 70550, "median": 63910, "p10": 48840, "p25": 58840, "p75": 78650, "p90": 98720, "employment": 104450}, "oews2023": {"mean": 70810, "median": 65130, "p10": 49420, "p25": 57530, "p75": 81000, "p90": 100380, "employment": 90070}, "ep2025": {"changePercent": -0.4, "changeNumeric": -0.4, "openingsPerYear": 6.4, "employmentBase": 110.5, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -1.8, "changeNumeric": -1.9, "openingsPerYear": 6.2, "employmentBase": 103.4, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"selfenrich": {"query": "Self-Enrichment Teacher", "soc": "25-3021", "title": "Self-Enrichment Teachers", "oews2025": {"mean": 54740, "median": 46800, "p10": 30050, "p25": 36380, "p75": 63210, "p90": 92840, "hourlyMean": 26.32, "employment": 332110}, "oews2024": {"mean": 53330, "median": 45590, "p10": 28980, "p25": 35410, "p75": 62180, "p90": 90780, "hourlyMean": 25.64, "employment": 308520}, "oews2023": {"mean": 52890, "median": 45330, "p10": 28600, "p25": 34820, "p75": 62220, "p90": 85980, "hourlyMean": 25.43, "employment": 272110}, "ep2025": {"changePercent": 3.5, "changeNumeric": 14.6, "openingsPerYear": 50, "employmentBase": 419.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 14.9}, "ep2024": {"changePercent": 3.7, "changeNumeric": 15.5, "openingsPerYear": 51.4, "employmentBase": 417.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 16.8}},
"psyprof": {"query": "Psychology Professor", "soc": "25-1066", "title": "Psychology Teachers, Postsecondary", "oews2025": {"mean": 93860, "median": 80340, "p10": 49050, "p25": 63400, "p75": 105920, "p90": 153600, "employment": 41530}, "oews2024": {"mean": 93530, "median": 80330, "p10": 47870, "p25": 62290, "p75": 106640, "p90": 158900, "employment": 41610}, "oews2023": {"mean": 93990, "median": 82140, "p10": 49790, "p25": 62980, "p75": 106610, "p90": 151890, "employment": 40610}, "ep2025": {"changePercent": 4, "changeNumeric": 2.1, "openingsPerYear": 3.7, "employmentBase": 52.3, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 3.6, "changeNumeric": 1.9, "openingsPerYear": 4, "employmentBase": 52.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}},
"mathprof": {"query": "Math Professor", "soc": "25-1022", "title": "Mathematical Science Teachers, Postsecondary", "oews2025": {"mean": 91550, "median": 79940, "p10": 49180, "p25": 61690, "p75": 105000, "p90": 139340, "employment": 47670}, "oews2024": {"mean": 92880, "median": 79350, "p10": 48150, "p25": 60880, "p75": 106270, "p90": 161020, "employment": 48820}, "oews2023": {"mean": 95320, "median": 81020, "p10": 48740, "p25": 62280, "p75": 108840, "p90": 165880, "employment": 48230}, "ep2025": {"changePercent": 1.7, "changeNumeric": 1, "openingsPerYear": 3.9, "employmentBase": 57.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 2.3, "changeNumeric": 1.3, "openingsPerYear": 4.4, "employmentBase": 58.9, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"survey": {"query": "Survey Researcher", "soc": "19-3022", "title": "Survey Researchers", "oews2025": {"mean": 79580, "median": 69460, "p10": 39260, "p25": 51270, "p75": 99760, "p90": 130860, "hourlyMean": 38.26, "employment": 8290}, "oews2024": {"mean": 73470, "median": 63380, "p10": 36950, "p25": 46110, "p75": 85370, "p90": 118730, "hourlyMean": 35.32, "employment": 7720}, "oews2023": {"mean": 66670, "median": 60960, "p10": 30790, "p25": 41330, "p75": 81460, "p90": 107790, "hourlyMean": 32.05, "employment": 8190}, "ep2025": {"changePercent": -4.8, "changeNumeric": -0.5, "openingsPerYear": 0.6, "employmentBase": 9.8, "education": "Master's degree", "selfEmployedPercent": 9.6}, "ep2024": {"changePercent": -5.2, "changeNumeric": -0.5, "openingsPerYear": 0.7, "employmentBase": 8.8, "education": "Master's degree", "selfEmployedPercent": 4}},
"statasst": {"query": "Statistical Assistant", "soc": "43-9111", "title": "Statistical Assistants", "oews2025": {"mean": 55650, "median": 50330, "p10": 35990, "p25": 42840, "p75": 63950, "p90": 81990, "hourlyMean": 26.75, "employment": 4710}, "oews2024": {"mean": 55470, "median": 51440, "p10": 38050, "p25": 45970, "p75": 63620, "p90": 79410, "hourlyMean": 26.67, "employment": 5900}, "oews2023": {"mean": 53900, "median": 50510, "p10": 35460, "p25": 43440, "p75": 61960, "p90": 76880, "hourlyMean": 25.92, "employment": 7200}, "ep2025": {"changePercent": -1.8, "changeNumeric": -0.1, "openingsPerYear": 0.5, "employmentBase": 5.1, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -2.5, "changeNumeric": -0.2, "openingsPerYear": 0.8, "employmentBase": 6.5, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"geotech": {"query": "Geological Technician", "soc": "19-4043", "title": "Geological Technicians, Except Hydrologic Technicians", "oews2025": {"mean": 61870, "median": 53350, "p10": 35770, "p25": 44850, "p75": 72110, "p90": 99560, "hourlyMean": 29.75, "employment": 6980}, "oews2024": {"mean": 58220, "median": 48390, "p10": 32830, "p25": 39200, "p75": 64470, "p90": 92210, "hourlyMean": 27.99, "employment": 9710}, "oews2023": {"mean": 64590, "median": 52440, "p10": 34160, "p25": 42650, "p75": 73720, "p90": 108750, "hourlyMean": 31.05, "employment": 8860}, "ep2025": {"changePercent": 3.6, "changeNumeric": 0.3, "openingsPerYear": 1, "employmentBase": 7.3, "education": "Associate's degree", "selfEmployedPercent": 2.7}, "ep2024": {"changePercent": 1.5, "changeNumeric": 0.1, "openingsPerYear": 1.3, "employmentBase": 9.8, "education": "Associate's degree", "selfEmployedPercent": null}},
"enveng": {"query": "Environmental Engineering Technician", "soc": "17-3025", "title": "Environmental Engineering Technologists and Technicians", "oews2025": {"mean": 64870, "median": 59920, "p10": 39910, "p25": 48200, "p75": 75960, "p90": 96660, "hourlyMean": 31.19, "employment": 12190}, "oews2024": {"mean": 63070, "median": 58890, "p10": 39670, "p25": 48250, "p75": 75290, "p90": 92280, "hourlyMean": 30.32, "employment": 12500}, "oews2023": {"mean": 58780, "median": 54000, "p10": 36150, "p25": 45330, "p75": 68790, "p90": 84640, "hourlyMean": 28.26, "employment": 13780}, "ep2025": {"changePercent": 3.1, "changeNumeric": 0.4, "openingsPerYear": 1.1, "employmentBase": 12.5, "education": "Associate's degree", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 1.2, "changeNumeric": 0.1, "openingsPerYear": 1.1, "employmentBase": 12.9, "education": "Associate's degree", "selfEmployedPercent": 1.2}},
"parking": {"query": "Parking Attendant", "soc": "53-6021", "title": "Parking Attendants", "oews2025": {"mean": 34990, "median": 35150, "p10": 27040, "p25": 29960, "p75": 37670, "p90": 44550, "hourlyMean": 16.82, "employment": 137880}, "oews2024": {"mean": 34190, "median": 34600, "p10": 24960, "p25": 29590, "p75": 37230, "p90": 43840, "hourlyMean": 16.44, "employment": 134650}, "oews2023": {"mean": 32700, "median": 32840, "p10": 22890, "p25": 28470, "p75": 36420, "p90": 40500, "hourlyMean": 15.72, "employment": 118130}, "ep2025": {"changePercent": 2, "changeNumeric": 2.8, "openingsPerYear": 16.4, "employmentBase": 139.2, "education": "No formal educational credential", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 3, "changeNumeric": 4, "openingsPerYear": 18.5, "employmentBase": 135.7, "education": "No formal educational credential", "selfEmployedPercent": null}},
"gasatt": {"query": "Gas Station Attendant", "soc": "53-6031", "title": "Automotive and Watercraft Service Attendants", "oews2025": {"mean": 36780, "median": 35670, "p10": 28630, "p25": 31300, "p75": 39320, "p90": 46060, "hourlyMean": 17.68, "employment": 102010}, "oews2024": {"mean": 35800, "median": 34850, "p10": 27870, "p25": 30600, "p75": 38430, "p90": 45240, "hourlyMean": 17.21, "employment": 98270}, "oews2023": {"mean": 34530, "median": 33820, "p10": 27430, "p25": 29640, "p75": 37170, "p90": 43830, "hourlyMean": 16.6, "employment": 92530}, "ep2025": {"changePercent": 3.8, "changeNumeric": 3.9, "openingsPerYear": 12.9, "employmentBase": 102.4, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -1, "changeNumeric": -1, "openingsPerYear": 14.4, "employmentBase": 100, "education": "No formal educational credential", "selfEmployedPercent": 0.8}},
"refuse": {"query": "Refuse Collector", "soc": "53-7081", "title": "Refuse and Recyclable Material Collectors", "oews2025": {"mean": 52820, "median": 49690, "p10": 33590, "p25": 39080, "p75": 62020, "p90": 75900, "hourlyMean": 25.39, "employment": 147240}, "oews2024": {"mean": 51210, "median": 48350, "p10": 31810, "p25": 38330, "p75": 61010, "p90": 75200, "hourlyMean": 24.62, "employment": 139180}, "oews2023": {"mean": 47810, "median": 45760, "p10": 30050, "p25": 36100, "p75": 58360, "p90": 67970, "hourlyMean": 22.99, "employment": 135430}, "ep2025": {"changePercent": 2.1, "changeNumeric": 3.2, "openingsPerYear": 15.5, "employmentBase": 156.4, "education": "No formal educational credential", "selfEmployedPercent": 3.8}, "ep2024": {"changePercent": 0.9, "changeNumeric": 1.3, "openingsPerYear": 16.9, "employmentBase": 147.9, "education": "No formal educational credential", "selfEmployedPercent": 3.7}},
"meter": {"query": "Meter Reader", "soc": "43-5041", "title": "Meter Readers, Utilities", "oews2025": {"mean": 55380, "median": 48150, "p10": 34720, "p25": 39410, "p75": 65750, "p90": 85930, "hourlyMean": 26.63, "employment": 19430}, "oews2024": {"mean": 55810, "median": 49180, "p10": 33980, "p25": 39620, "p75": 68030, "p90": 86480, "hourlyMean": 26.83, "employment": 19620}, "oews2023": {"mean": 53610, "median": 47720, "p10": 31320, "p25": 37660, "p75": 65600, "p90": 82150, "hourlyMean": 25.77, "employment": 19900}, "ep2025": {"changePercent": -10.5, "changeNumeric": -2.1, "openingsPerYear": 1.4, "employmentBase": 19.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -12, "changeNumeric": -2.4, "openingsPerYear": 1.3, "employmentBase": 20.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"ohst": {"query": "Occupational Health and Safety Technician", "soc": "19-5012", "title": "Occupational Health and Safety Technicians", "oews2025": {"mean": 68120, "median": 61560, "p10": 46280, "p25": 52470, "p75": 78850, "p90": 100160, "hourlyMean": 32.75, "employment": 30590}, "oews2024": {"mean": 63800, "median": 58440, "p10": 40550, "p25": 49510, "p75": 74810, "p90": 94670, "hourlyMean": 30.67, "employment": 31450}, "oews2023": {"mean": 64250, "median": 57920, "p10": 40030, "p25": 48980, "p75": 75410, "p90": 97360, "hourlyMean": 30.89, "employment": 27270}, "ep2025": {"changePercent": 19.4, "changeNumeric": 6.1, "openingsPerYear": 3.8, "employmentBase": 31.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 8.5, "changeNumeric": 2.7, "openingsPerYear": 3.4, "employmentBase": 31.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"transinsp": {"query": "Transportation Inspector", "soc": "53-6051", "title": "Transportation Inspectors", "oews2025": {"mean": 88540, "median": 92100, "p10": 40330, "p25": 58780, "p75": 108890, "p90": 138670, "hourlyMean": 42.57, "employment": 24500}, "oews2024": {"mean": 86490, "median": 85750, "p10": 40090, "p25": 58650, "p75": 105020, "p90": 137120, "hourlyMean": 41.58, "employment": 23320}, "oews2023": {"mean": 83920, "median": 87290, "p10": 39790, "p25": 60110, "p75": 97630, "p90": 129020, "hourlyMean": 40.35, "employment": 27670}, "ep2025": {"changePercent": 2.2, "changeNumeric": 0.6, "openingsPerYear": 2.3, "employmentBase": 25.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 1.7, "changeNumeric": 0.4, "openingsPerYear": 2.5, "employmentBase": 25.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.3}},
"amuse": {"query": "Amusement and Recreation Attendant", "soc": "39-3091", "title": "Amusement and Recreation Attendants", "oews2025": {"mean": 32640, "median": 32150, "p10": 22350, "p25": 27660, "p75": 36590, "p90": 42490, "hourlyMean": 15.69, "employment": 397830}, "oews2024": {"mean": 31350, "median": 30490, "p10": 21940, "p25": 26430, "p75": 35360, "p90": 39940, "hourlyMean": 15.07, "employment": 371590}, "oews2023": {"mean": 30240, "median": 29390, "p10": 21450, "p25": 24750, "p75": 34490, "p90": 38080, "hourlyMean": 14.54, "employment": 361680}, "ep2025": {"changePercent": 3.7, "changeNumeric": 15.2, "openingsPerYear": 100.4, "employmentBase": 408.4, "education": "No formal educational credential", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 3.4, "changeNumeric": 13.2, "openingsPerYear": 102.4, "employmentBase": 392.3, "education": "No formal educational credential", "selfEmployedPercent": 1.1}},
"usher": {"query": "Usher", "soc": "39-3031", "title": "Ushers, Lobby Attendants, and Ticket Takers", "oews2025": {"mean": 33080, "median": 32910, "p10": 23560, "p25": 28310, "p75": 36940, "p90": 42470, "hourlyMean": 15.91, "employment": 121770}, "oews2024": {"mean": 31770, "median": 31150, "p10": 22880, "p25": 27140, "p75": 35650, "p90": 40210, "hourlyMean": 15.27, "employment": 119210}, "oews2023": {"mean": 30520, "median": 29780, "p10": 21730, "p25": 25170, "p75": 34800, "p90": 37780, "hourlyMean": 14.67, "employment": 117560}, "ep2025": {"changePercent": 0.9, "changeNumeric": 1.1, "openingsPerYear": 27.3, "employmentBase": 124.5, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1.2, "changeNumeric": 1.4, "openingsPerYear": 30.8, "employmentBase": 121.7, "education": "No formal educational credential", "selfEmployedPercent": null}},
"clergy": {"query": "Clergy", "soc": "21-2011", "title": "Clergy", "oews2025": {"mean": 66860, "median": 60810, "p10": 37860, "p25": 48260, "p75": 76640, "p90": 98890, "hourlyMean": 32.15, "employment": 57200}, "oews2024": {"mean": 67160, "median": 60820, "p10": 37140, "p25": 47220, "p75": 76340, "p90": 99720, "hourlyMean": 32.29, "employment": 58080}, "oews2023": {"mean": 63720, "median": 58920, "p10": 35400, "p25": 45540, "p75": 74620, "p90": 96600, "hourlyMean": 30.64, "employment": 56640}, "ep2025": {"changePercent": 2.4, "changeNumeric": 5.7, "openingsPerYear": 19.2, "employmentBase": 242, "education": "Bachelor's degree", "selfEmployedPercent": 5.7}, "ep2024": {"changePercent": 1, "changeNumeric": 2.6, "openingsPerYear": 23, "employmentBase": 262, "education": "Bachelor's degree", "selfEmployedPercent": 5.7}},
"parts": {"query": "Parts Salesperson", "soc": "41-2022", "title": "Parts Salespersons", "oews2025": {"mean": 43830, "median": 38630, "p10": 28240, "p25": 33110, "p75": 49850, "p90": 62890, "hourlyMean": 21.07, "employment": 270070}, "oews2024": {"mean": 42390, "median": 37440, "p10": 27770, "p25": 30630, "p75": 48410, "p90": 61750, "hourlyMean": 20.38, "employment": 265060}, "oews2023": {"mean": 41080, "median": 36860, "p10": 26700, "p25": 29830, "p75": 47470, "p90": 60480, "hourlyMean": 19.75, "employment": 260770}, "ep2025": {"changePercent": 3, "changeNumeric": 8.3, "openingsPerYear": 30, "employmentBase": 273.3, "education": "No formal educational credential", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 3.1, "changeNumeric": 8.5, "openingsPerYear": 30.2, "employmentBase": 272.1, "education": "No formal educational credential", "selfEmployedPercent": 1.6}},
"rental": {"query": "Counter and Rental Clerk", "soc": "41-2021", "title": "Counter and Rental Clerks", "oews2025": {"mean": 45700, "median": 41300, "p10": 29800, "p25": 35630, "p75": 50190, "p90": 65370, "hourlyMean": 21.97, "employment": 400810}, "oews2024": {"mean": 43700, "median": 38540, "p10": 28580, "p25": 34200, "p75": 48290, "p90": 62030, "hourlyMean": 21.01, "employment": 398620}, "oews2023": {"mean": 41630, "median": 37400, "p10": 27330, "p25": 32240, "p75": 46790, "p90": 59600, "hourlyMean": 20.02, "employment": 390300}, "ep2025": {"changePercent": 3, "changeNumeric": 12.4, "openingsPerYear": 46.1, "employmentBase": 409.4, "education": "No formal educational credential", "selfEmployedPercent": 1.3}, "ep2024": {"changePercent": 3.2, "changeNumeric": 13.1, "openingsPerYear": 45.9, "employmentBase": 408.2, "education": "No formal educational credential", "selfEmployedPercent": 0.9}},
"telemkt": {"query": "Telemarketer", "soc": "41-9041", "title": "Telemarketers", "oews2025": {"mean": 37370, "median": 35450, "p10": 27040, "p25": 29640, "p75": 40230, "p90": 50350, "hourlyMean": 17.97, "employment": 58430}, "oews2024": {"mean": 36340, "median": 34410, "p10": 24620, "p25": 29120, "p75": 38640, "p90": 48930, "hourlyMean": 17.47, "employment": 66430}, "oews2023": {"mean": 36680, "median": 34480, "p10": 24430, "p25": 28810, "p75": 40380, "p90": 49700, "hourlyMean": 17.64, "employment": 81580}, "ep2025": {"changePercent": -21.4, "changeNumeric": -13, "openingsPerYear": 5.8, "employmentBase": 60.9, "education": "No formal educational credential", "selfEmployedPercent": 2.9}, "ep2024": {"changePercent": -22.1, "changeNumeric": -14.9, "openingsPerYear": 6.5, "employmentBase": 67.4, "education": "No formal educational credential", "selfEmployedPercent": 0.6}},
"promoter": {"query": "Product Promoter", "soc": "41-9011", "title": "Demonstrators and Product Promoters", "oews2025": {"mean": 45580, "median": 39320, "p10": 31200, "p25": 35160, "p75": 53640, "p90": 63850, "hourlyMean": 21.91, "employment": 64520}, "oews2024": {"mean": 43730, "median": 37960, "p10": 30910, "p25": 33860, "p75": 50100, "p90": 60320, "hourlyMean": 21.03, "employment": 64770}, "oews2023": {"mean": 41090, "median": 36970, "p10": 29460, "p25": 32330, "p75": 45650, "p90": 58180, "hourlyMean": 19.76, "employment": 50790}, "ep2025": {"changePercent": 0.2, "changeNumeric": 0.1, "openingsPerYear": 11.4, "employmentBase": 70.4, "education": "No formal educational credential", "selfEmployedPercent": 9}, "ep2024": {"changePercent": -0.1, "changeNumeric": -0.1, "openingsPerYear": 14, "employmentBase": 79.2, "education": "No formal educational credential", "selfEmployedPercent": 18.2}},
"relig": {"query": "Directors, Religious Activities and Education", "soc": "21-2021", "title": "Directors, Religious Activities and Education", "oews2025": {"mean": 62100, "median": 52100, "p10": 34670, "p25": 44010, "p75": 73730, "p90": 98310, "hourlyMean": 29.86, "employment": 22160}, "oews2024": {"mean": 65040, "median": 54840, "p10": 33990, "p25": 42210, "p75": 74990, "p90": 106530, "hourlyMean": 31.27, "employment": 21460}, "oews2023": {"mean": 61740, "median": 50140, "p10": 32030, "p25": 39150, "p75": 70600, "p90": 104430, "hourlyMean": 29.68, "employment": 23270}, "ep2025": {"changePercent": 3.3, "changeNumeric": 4.7, "openingsPerYear": 13, "employmentBase": 141.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 2.1, "changeNumeric": 2.9, "openingsPerYear": 13.8, "employmentBase": 138.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}}
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
    for it in items:
        if "{a." in it["text"] or "{b." in it["text"]:
            errs.append(f"{it['id']}: unrendered token in text")
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


# A statistic word belongs to its own clause: in "Some salary sites say $39k a year, but the BLS median
# is $66k" the $39k states none (the lead's, after the attribution helper noticed bl-11 and ct-11).
CLAUSE_BREAK = re.compile(r"[.?!]\s|,?\s+but\s")


def own_clause(text, raw):
    at = text.find(raw)
    if at < 0:
        return text
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, at)]
    end = CLAUSE_BREAK.search(text, at + len(raw))
    return text[(starts[-1] if starts else 0) : (end.start() if end else len(text))]


def statistic_as_written(c, text):
    if c["kind"] == "salary" and c["statistic"] == "median" and not MEDIAN_WORD.search(own_clause(text, c["raw"])):
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


def T(id, style, text, heading=None, place=None, pair=None):
    """One item of the current pair; tokens become claims."""
    a, b = pair or PAIR["cur"]
    names = {"a": a, "b": b}
    claims = []
    out, pos = [], 0
    for mt in TOKEN.finditer(text):
        r, field, lit, rel, mult, fmt, v, yr = mt.groups()
        raw, kind, stat, period, neg = render(ROLEKEY[names[r]], field, lit, rel, mult, fmt, place)
        out.append(text[pos:mt.start()])
        out.append(raw)
        pos = mt.end()
        claims.append(C(raw, kind, names[r], VERD[v], stat, period, int(yr) if yr else None, place, neg))
    out.append(text[pos:])
    roles = PAIR.get("roles") or (a, b)
    I(id, style, roles, "".join(out), claims, heading=heading)


def NC(id, text, heading=None):
    N(id, PAIR.get("roles") or PAIR["cur"], text, heading=heading)


def P(a, b, roles=None):
    PAIR["cur"] = (a, b)
    PAIR["roles"] = roles


ROLEKEY = {
    "Physical Therapist Aide": "ptaide", "Occupational Therapy Aide": "otaide",
    "Ophthalmic Lab Technician": "ophlab", "Medical Appliance Technician": "medapp",
    "Veterinary Assistant": "vetasst", "Pharmacy Aide": "pharmaide", "Earth Driller": "driller",
    "Explosives Worker": "blaster", "Automotive Glass Installer": "autoglass", "Tire Repairer": "tire",
    "Bicycle Repairer": "bike", "RV Service Technician": "rv", "Gas Plant Operator": "gasplant",
    "Refinery Operator": "refinery", "Printing Press Operator": "press", "Bookbinder": "binder",
    "Restaurant Host": "host", "Dishwasher": "dish", "Food Batchmaker": "batch", "Packer": "packer",
    "Office Clerk": "clerk", "HR Assistant": "hrasst", "Brokerage Clerk": "brokerage", "Loan Interviewer": "loanint",
    "Shipping and Receiving Clerk": "shipping", "Stocker": "stocker",
    "Administrative Services Manager": "admsvc", "Facilities Manager": "facil", "PR Manager": "prmgr",
    "Advertising Manager": "admgr", "Engineering Manager": "aemgr", "Natural Sciences Manager": "scimgr",
    "Principal": "principal", "Postsecondary Education Administrator": "postsecadm", "CTE Teacher": "cte",
    "Self-Enrichment Teacher": "selfenrich", "Psychology Professor": "psyprof", "Math Professor": "mathprof",
    "Survey Researcher": "survey", "Statistical Assistant": "statasst", "Geological Technician": "geotech",
    "Environmental Engineering Technician": "enveng", "Parking Attendant": "parking",
    "Gas Station Attendant": "gasatt", "Refuse Collector": "refuse", "Meter Reader": "meter",
    "Occupational Health and Safety Technician": "ohst", "Transportation Inspector": "transinsp",
    "Amusement and Recreation Attendant": "amuse", "Usher": "usher", "Clergy": "clergy",
    "Director of Religious Activities": "relig", "Parts Salesperson": "parts", "Rental Clerk": "rental",
    "Telemarketer": "telemkt", "Product Promoter": "promoter",
}

# ---------------------------------------------------------------- items
P("Physical Therapist Aide", "Occupational Therapy Aide")
T("pt-01", "ooh", "The median hourly wage for physical therapist aides was {a.median~hr:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10~hr:c!2025}, and the highest 10 percent earned more than {a.p90~hr:c!2025}.", heading="Pay")
T("pt-02", "comparison", "PT aides and OT aides both keep a rehab clinic running — cleaning tables, stocking bands, walking patients to the gym — but OT aides come out slightly ahead on pay: a typical {b.median~K:c} a year versus {a.median~K:c} for PT aides.", heading="Physical Therapist Aide vs. Occupational Therapy Aide: What's the Difference?")
T("pt-03", "ooh", "Employment of occupational therapy aides is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, as outpatient rehab keeps expanding.", heading="Job Outlook")
T("pt-04", "school", "Our 10-week rehab aide certificate ($1,150 tuition) prepares you for an entry-level job that typically requires only a {a.edu:c}. PT aides held about {a.emp:c} jobs nationwide.")
T("pt-05", "table", "| | PT Aide | OT Aide |\n|---|---|---|\n| Median pay (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs | {a.emp@24:o} | {b.emp@24:o} |\n| Outlook 2024–34 | {a.pct@24:o!2034} | n/a |", heading="Quick comparison")
T("pt-06", "career-site", "In California, PT aides make about {a.median=<$21>~hr0:u} an hour, and the Los Angeles area has more of them than any other metro.", place="California")
T("pt-07", "forum", "per BLS OT aides make {b.median*1.5~k:m} median?? I make $17.25/hr at an outpatient clinic lol")
T("pt-08", "faq", "Q: Do OT aides need a degree?\nA: No. They typically need a {b.edu:c}, and most training happens on the job. About {b.oemp:c!2025} OT aides were working in May 2025.", heading="FAQ")
NC("pt-n1", "I've been a PT aide for 3 years and I'm starting DPT school in fall 2026 — 3 years, about $120,000 in tuition.")
NC("pt-n2", "Our clinic sees 40 patients a day across 6 treatment tables and 2 gyms.")

P("Ophthalmic Lab Technician", "Medical Appliance Technician")
T("om-01", "ooh", "The median annual wage for ophthalmic laboratory technicians was {a.median:c!2025} in May 2025. The median annual wage for medical appliance technicians was {b.median:c!2025}.", heading="Pay")
T("om-02", "comparison", "Both jobs build things patients wear — lenses in one case, braces and artificial limbs in the other. Medical appliance technicians earn more, around {b.median~th:c} a year at the median, versus about {a.median~th:c} for ophthalmic lab techs.", heading="Ophthalmic Lab Technician vs. Medical Appliance Technician")
T("om-03", "bullets", "Medical appliance technician at a glance:\n- Median pay: {b.median@23:o}\n- Education: {b.edu~cap:c}\n- Job growth: {b.pct=<11%>:m}\n- Self-employed: {b.self@24:o}")
T("om-04", "career-site", "Ophthalmic lab techs, sometimes called optical lab technicians, earned a median of {a.median~hr:c!2025} an hour in May 2025, and about {a.self@24~pc:o} of them were self-employed according to the previous projections.")
T("om-05", "ooh", "Medical appliance technicians held about {b.emp:c!2025} jobs in 2025, and they earned an average of {b.mean:c} a year.", heading="Job Outlook")
T("om-06", "career-site", "In Florida, ophthalmic lab technicians earn {a.median=<$18>~hr0:u} an hour, a little below the national figure.", place="Florida")
T("om-07", "forum", "O&P tech here. BLS says we average {b.mean:c}, which tracks. The top 10% clear {b.p90:c} but thats mostly lab leads.")
T("om-08", "faq", "How much do optical lab technicians make? The lowest 10 percent earn less than {a.p10*0.6:m}, while the top 10 percent earn more than {a.p90:c}.", heading="FAQ")
NC("om-n1", "A progressive lens job takes our lab about 2 days; rush orders ship in 24 hours for a $15 fee.")
NC("om-n2", "The NCOPE-accredited orthotic technician program runs 2 semesters and ends in a 500-hour practicum.")

P("Veterinary Assistant", "Pharmacy Aide")
T("vp-01", "ooh", "The median annual wage for veterinary assistants and laboratory animal caretakers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("vp-02", "comparison", "Looking for a no-degree job in health care or animal care? Vet assistants earn a typical {a.median~hr:c} an hour, while pharmacy aides earn {b.median~hr:c}. Both usually need only a {a.edu:c}.", heading="Veterinary Assistant vs. Pharmacy Aide")
T("vp-03", "ooh", "Employment of veterinary assistants and laboratory animal caretakers is projected to add about {a.chg:c!2035} jobs from 2025 to 2035, as pet ownership keeps climbing.", heading="Job Outlook")
T("vp-04", "career-site", "Pharmacy aide jobs are projected to decline {b.pct=<15 percent>:m} over the decade as pharmacies automate counting and will-call.")
T("vp-05", "bullets", "Vet assistant quick facts (2024 data):\n- Median wage: {a.median@24:o!2024}\n- Employment: {a.emp@24:o!2024}\n- Top 10%: {a.p90@24:o!2024}")
T("vp-06", "career-site", "In the Phoenix metro area, veterinary assistants earn about {a.median=<$38,500>:u}, with emergency hospitals paying the most.", place="Phoenix metro area")
T("vp-07", "forum", "Per BLS there are like {a.emp*0.3:m} vet assistants total in the US. feels low? every clinic I've worked at has 5+")
T("vp-08", "faq", "How many pharmacy aides are there? About {b.oemp:c!2025} worked in the U.S. in May 2025, and they earned an average of {b.mean:c} a year.", heading="FAQ")
NC("vp-n1", "Our vet assistant course is 12 weeks online and costs $1,899, with a 120-hour externship.")
NC("vp-n2", "I started as a pharmacy aide at $14.50/hr in 2021 and moved up to tech after 8 months.")

P("Earth Driller", "Explosives Worker")
T("de-01", "ooh", "The median annual wage for earth drillers, except oil and gas was {a.median:c!2025} in May 2025.", heading="Pay")
T("de-02", "trade", "Drill and blast crews work side by side in quarries and on road cuts. Blasters earn a median of {b.median:c} a year; drillers, {a.median:c}. Neither job needs more than a {a.edu:c}, but both need a clean record and, for blasters, a state license.", heading="Driller vs. Blaster: which crew job pays more?")
T("de-03", "ooh", "Employment of earth drillers, except oil and gas is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for earth drillers are projected each year, on average, over the decade.", heading="Job Outlook")
T("de-04", "table", "| | Earth Driller | Blaster |\n|---|---|---|\n| Median salary | {a.median@23:o} | — |\n| Top 10% | {a.p90@23:o} | {b.p90@23:o} |\n| Employment | {a.oemp@23:o} | {b.oemp@23:o} |", heading="By the numbers")
T("de-05", "career-site", "In Nevada, blasters at open-pit gold mines earn around {b.median=<$74,000>:u}.", place="Nevada")
T("de-06", "forum", "BLS says blasting is {b.desc=<faster than average>:m} growth. lol no, it's flat. ask anyone at a quarry")
T("de-07", "faq", "How much do well drillers make per hour? Earth drillers average {a.mean~hr:c} an hour nationally, and the top 10% earn more than {a.p90:c} a year.", heading="FAQ")
T("de-08", "career-site", "Earth drillers held about {a.emp@24:o!2024} jobs in 2024, and about {a.self@24~pc:o!2024} were self-employed.")
NC("de-n1", "A typical water well here runs 300 to 400 feet and costs the homeowner $15 to $25 per foot.")
NC("de-n2", "The blaster's license exam covers 90 questions; you need 70% to pass, and the fee is $100.")

P("Automotive Glass Installer", "Tire Repairer")
T("gt-01", "ooh", "The median hourly wage for automotive glass installers and repairers was {a.median~hr:c!2025} in May 2025. The median hourly wage for tire repairers and changers was {b.median~hr:c!2025}.", heading="Pay")
T("gt-02", "comparison", "Auto glass techs earn about {a.median~th:c} a year, roughly ten grand more than tire techs, who make about {b.median~th:c}.", heading="Auto Glass Installer vs. Tire Technician")
T("gt-03", "career-site", "About {a.self:c} of auto glass installers work for themselves, often running a mobile van, and employment is projected to grow {a.pct:c!2035} through 2035.")
T("gt-04", "ooh", "Employment of tire repairers and changers is projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, {b.desc=<faster than the average>:o!2034} for all occupations.", heading="Job Outlook")
T("gt-05", "bullets", "Tire repairer:\n- Median pay: {b.median:c}\n- Jobs: {b.oemp:c}\n- Education: {b.edu~cap:c}\n- Growth: {b.pct*3:m}")
T("gt-06", "career-site", "In Texas, tire techs make around {b.median=<$17>~hr0:u} an hour, and auto glass installers about {a.median=<$22>~hr0:u}.", place="Texas")
T("gt-07", "forum", "per BLS auto glass guys average {a.mean*1.6~k:m}. maybe the owner-operators lol")
T("gt-08", "faq", "What is the pay range for auto glass installers? Most earn between {a.range~_and:c} a year.", heading="FAQ")
NC("gt-n1", "A windshield replacement with ADAS recalibration runs $450 to $1,200 depending on the vehicle.")
NC("gt-n2", "We rotate tires free every 5,000 miles if you bought the set from us.")

P("Bicycle Repairer", "RV Service Technician")
T("br-01", "ooh", "The median annual wage for bicycle repairers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("br-02", "comparison", "Turning wrenches on bikes is a labor of love; RVs pay better. RV techs earn a median of {b.median~K:c} a year, bike mechanics {a.median~K:c}.", heading="Bike Mechanic vs. RV Technician: What Are the Differences?")
T("br-03", "ooh", "Employment of recreational vehicle service technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("br-04", "career-site", "Bicycle repairer jobs are projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034, and the field employed just {a.oemp@24:o!2024} people in May 2024.")
T("br-05", "career-site", "In Colorado, bike mechanics earn about {a.median=<$19>~hr0:u} an hour, and Denver-area shops hire every spring.", place="Colorado")
T("br-06", "forum", "per BLS RV techs make {b.median*0.6~k:m}?? flat rate guys at our dealership clear way more than that")
T("br-07", "bullets", "RV service technician:\n- Median pay (May 2024): {b.median@24:o!2024}\n- Self-employed: {b.self:c}\n- Education: {b.edu~cap:c}\n- Openings each year: {b.open:c}")
T("br-08", "faq", "Are bicycle mechanics in demand? Not really: employment is projected to decline {a.pct:c!2035} from 2025 to 2035, though about {a.open:c} openings a year will come from turnover.", heading="FAQ")
NC("br-n1", "A standard tune-up at our shop is $89 and takes 2 to 3 days in peak season.")
NC("br-n2", "RVIA Level 1 certification takes about 5 weeks; the RVTAA exam fee is $299.")

P("Gas Plant Operator", "Refinery Operator")
T("gr-01", "ooh", "The median annual wage for gas plant operators was {a.median:c!2025} in May 2025. The median annual wage for petroleum pump system operators, refinery operators, and gaugers was {b.median:c!2025}.", heading="Pay")
T("gr-02", "comparison", "Refinery operators and gas plant operators both watch over pressure, flow and temperature from a control room, and both earn well without a degree: refinery operators a median of {b.median~k:c}, gas plant operators {a.median~k:c}.", heading="Gas Plant Operator vs. Refinery Operator")
T("gr-03", "ooh", "Employment of gas plant operators is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Gas plant operators held about {a.emp:c!2025} jobs in 2025.", heading="Job Outlook")
T("gr-04", "career-site", "In the Houston metro area, refinery operators earn a median of around {b.median=<$105,000>:u}, and gas plant operators nearly as much.", place="Houston metro area")
T("gr-05", "table", "| Occupation | Avg. salary | Top 10% |\n|---|---|---|\n| Gas plant operator | {a.mean:c} | {a.p90:c} |\n| Refinery operator | {b.mean:c} | {b.p90:c} |", heading="Salary comparison")
T("gr-06", "forum", "BLS has refinery ops at {b.pct@24:o!2034} decline through 2034 and {b.emp@24:o} jobs. still plenty of hiring on the Gulf Coast though")
T("gr-07", "faq", "Do you need a degree to be a refinery operator? No. They typically need a {b.edu:c}, plus months of on-the-job training. Refinery operators are also projected to add {b.chg*3:m} jobs, per one widely shared estimate.", heading="FAQ")
T("gr-08", "career-site", "Gas plant operators earned {a.median@24:o!2024} at the median in May 2024, and the middle 50% earned between {a.mid@24~_and:o!2024}.")
NC("gr-n1", "Our operators work 12-hour rotating shifts, 4 on and 4 off, with $6,000 annual safety bonuses.")
NC("gr-n2", "Process technology AAS: 60 credit hours, most students finish in 2 years.")

P("Printing Press Operator", "Bookbinder")
T("pb-01", "ooh", "The median annual wage for printing press operators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pb-02", "comparison", "Press operators earn about {a.median~th:c} a year at the median, while print binding and finishing workers earn about {b.median~th:c}. Both typically need a {a.edu:c}.", heading="Printing Press Operator vs. Bookbinder: Pay and Outlook")
T("pb-03", "ooh", "Print binding and finishing workers held about {b.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("pb-04", "career-site", "Printing press operator jobs were projected to fall {a.pct@24~pc:o!2034} from 2024 to 2034, with about {a.open@24:o} openings each year.")
T("pb-05", "bullets", "Bookbinder:\n- Median pay: {b.median@24:o}\n- Jobs: {b.oemp@24:o}\n- Outlook: {b.pct@24:o} decline")
T("pb-06", "trade", "Union pressmen in the Chicago area earn {a.median=<$31>~hr0:u} an hour and up on web presses.", place="Chicago area")
T("pb-07", "forum", "BLS says bookbinding is going to grow {b.pct=<6%>:m}. hand binding maybe, but the finishing lines are all closing")
T("pb-08", "faq", "How many printing press operators are there? About {a.emp:c!2025} in 2025, and about {a.self:c!2025} are self-employed.", heading="FAQ")
NC("pb-n1", "Our Heidelberg runs 15,000 sheets an hour; makeready takes about 20 minutes per job.")
NC("pb-n2", "I restored a 1902 family Bible last week: 6 hours of work, $350.")

P("Restaurant Host", "Dishwasher")
T("hd-01", "ooh", "The median hourly wage for hosts and hostesses, restaurant, lounge, and coffee shop was {a.median~hr:c!2025} in May 2025. The median hourly wage for dishwashers was {b.median~hr:c!2025}.", heading="Pay")
T("hd-02", "comparison", "Dishwashers actually out-earn hosts on average: {b.mean~hr:c} an hour versus {a.mean~hr:c}. Hosts typically need {a.edu=<no formal educational credential>:c}, and so do dishwashers.", heading="Host vs. Dishwasher: Which First Job Pays More?")
T("hd-03", "ooh", "Employment of hosts and hostesses is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("hd-04", "career-site", "Host jobs were projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034 as more restaurants moved to QR ordering and tablets.")
T("hd-05", "table", "| | Host | Dishwasher |\n|---|---|---|\n| Median wage | {a.median~hr:c} | {b.median~hr:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |\n| Outlook | {a.pct:c} | {b.pct:c} decline |", heading="At a glance")
T("hd-06", "career-site", "In Seattle, dishwashers earn around {b.median=<$22>~hr0:u} an hour thanks to the city minimum wage.", place="Seattle")
T("hd-07", "forum", "bls says hosts make {a.median*1.5~k:m} a year median. maybe at a steakhouse with tip share")
T("hd-08", "faq", "How many dishwashers are there in the U.S.? About {b.oemp@24:o!2024} as of 2024, and the lowest 10 percent earned less than {b.p10@24:o!2024} that year.", heading="FAQ")
NC("hd-n1", "We pay hosts $15/hr plus a 3% tip-out from servers, and staff meals are free.")
NC("hd-n2", "Our dish pit runs a Hobart conveyor that handles 200 racks an hour on a Saturday.")

P("Food Batchmaker", "Packer")
T("fp-01", "ooh", "The median annual wage for food batchmakers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("fp-02", "comparison", "On a food plant floor, batchmakers mix and cook, and hand packers box the result. Batchmakers typically earn {a.median~hr:c} an hour, packers {b.median~hr:c}.", heading="Food Batchmaker vs. Packer")
T("fp-03", "ooh", "Food batchmakers held about {a.emp:c!2025} jobs in 2025. About {a.open:c} openings for food batchmakers are projected each year, on average, over the decade.", heading="Job Outlook")
T("fp-04", "career-site", "Hand packers and packagers held about {b.emp:c!2025} jobs in 2025, and the occupation is projected to lose about {b.chg:c!2035} of them by 2035.")
T("fp-05", "bullets", "Packers and packagers (2023 data):\n- Median pay: {b.median@23:o!2023}\n- Jobs: {b.oemp@23:o!2023}")
T("fp-06", "career-site", "In Wisconsin, food batchmakers at dairy and cheese plants earn about {a.median=<$45,000>:u}.", place="Wisconsin")
T("fp-07", "forum", "per BLS packers average {b.mean*1.4~k:m}? at our warehouse it's $16 flat")
T("fp-08", "faq", "Do food batchmakers need a degree? No, they typically need a {a.edu:c}, and about {a.open:c} openings are projected each year.", heading="FAQ")
NC("fp-n1", "Line 3 makes 2,400 pounds of dough an hour; sanitation takes 4 hours every night.")
NC("fp-n2", "Packers here get a $1.50/hr shift differential for 2nd shift and a $500 retention bonus at 90 days.")

P("Office Clerk", "HR Assistant")
T("oh-01", "ooh", "The median annual wage for office clerks, general was {a.median:c!2025} in May 2025. The median annual wage for human resources assistants, except payroll and timekeeping was {b.median:c!2025}.", heading="Pay")
T("oh-02", "comparison", "HR assistants earn a typical {b.median~k:c} a year, about $5k more than general office clerks at {a.median~k:c}, but the HR job usually asks for an {b.edu:c}, while clerks need a {a.edu:c}.", heading="Office Clerk vs. HR Assistant")
T("oh-03", "ooh", "Employment of human resources assistants, except payroll and timekeeping is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("oh-04", "career-site", "General office clerks are one of the largest occupations in the country, with about {a.emp~m2:c} jobs, although employment is projected to decline {a.pct:c!2035} through 2035.")
T("oh-05", "table", "| | Office Clerk | HR Assistant |\n|---|---|---|\n| Median pay (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Outlook 2024–34 | {a.pct@24:o!2034} decline | — |", heading="Comparison table")
T("oh-06", "career-site", "In Massachusetts, HR assistants earn about {b.median=<$58,000>:u}, and Boston-area firms pay the most.", place="Massachusetts")
T("oh-07", "forum", "BLS says office clerks make {a.median*1.45~k:m} median. that is not what the temp agencies are paying")
T("oh-08", "faq", "What's the top pay for an HR assistant? The highest 10 percent earn more than {b.p90:c}.", heading="FAQ")
NC("oh-n1", "Our office admin certificate is 16 credits and runs 2 semesters; tuition is $2,880.")
NC("oh-n2", "I was an office clerk for 6 years and made $19.50 an hour when I left in 2023.")

P("Brokerage Clerk", "Loan Interviewer")
T("bl-01", "ooh", "The median annual wage for brokerage clerks was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("bl-02", "comparison", "Both jobs sit in the back office of finance. Brokerage clerks earn more, a median of {a.median~th:c}, compared with about {b.median~th:c} for loan interviewers and clerks.", heading="Brokerage Clerk vs. Loan Interviewer: What Are the Differences?")
T("bl-03", "ooh", "About {b.open:c} openings for loan interviewers and clerks are projected each year, on average, over the decade.", heading="Job Outlook")
T("bl-04", "career-site", "Brokerage clerk jobs were projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034 as trade settlement automated.")
T("bl-05", "bullets", "Loan interviewer:\n- Average salary: {b.mean:c}\n- Jobs: {b.oemp:c}\n- Self-employed: {b.self@24:o}\n- Education: {b.edu~cap:c}")
T("bl-06", "career-site", "In New York City, brokerage clerks earn a median of about {a.median=<$78,000>:u}.", place="New York City")
T("bl-07", "forum", "BLS says brokerage clerks need a {a.edu=<bachelor's degree>:m}? nah, I got in with a high school diploma and a Series 7")
T("bl-08", "faq", "How many brokerage clerks are there? About {a.oemp@24:o!2024} as of May 2024, earning an average of {a.mean@24:o!2024}.", heading="FAQ")
NC("bl-n1", "The Series 7 exam costs $300 and has 125 questions; most candidates study 80 to 100 hours.")
NC("bl-n2", "Mortgage rates averaged about 6.8% in 2024, and refinance volume fell 20%.")

P("Shipping and Receiving Clerk", "Stocker")
T("ss-01", "ooh", "The median hourly wage for shipping, receiving, and inventory clerks was {a.median~hr:c!2025} in May 2025. The median hourly wage for stockers and order fillers was {b.median~hr:c!2025}.", heading="Pay")
T("ss-02", "comparison", "Receiving clerks check in and count; stockers shelve and pick. Clerks earn about {a.median~th:c} a year at the median, stockers about {b.median~th:c}.", heading="Shipping and Receiving Clerk vs. Stocker")
T("ss-03", "ooh", "Employment of stockers and order fillers is projected to increase by about {b.chg:c!2035} jobs from 2025 to 2035.", heading="Job Outlook")
T("ss-04", "career-site", "Stockers and order fillers are among the largest occupations in the U.S., with about {b.emp~m2:c!2025} jobs in 2025, and they typically need {b.edu=<no formal educational credential>:c}.")
T("ss-05", "table", "| | Receiving Clerk | Stocker |\n|---|---|---|\n| Median pay | {a.median@24:o} | {b.mean@24:o} (average) |\n| Top 10% | {a.p90@24:o} | — |", heading="At a glance")
T("ss-06", "career-site", "In the Inland Empire, warehouse stockers earn about {b.median=<$20>~hr0:u} an hour, and receiving clerks a bit more.", place="Inland Empire")
T("ss-07", "forum", "BLS says receiving clerk jobs will grow {a.pct=<12%>:m}?? every DC I know is automating check-in")
T("ss-08", "faq", "How much do inventory clerks make at the top? The highest 10 percent earn more than {a.p90:c}, and the lowest 10 percent less than {a.p10:c}.", heading="FAQ")
NC("ss-n1", "Peak season runs from October to January; we add 150 seasonal stockers and pay $2 an hour extra.")
NC("ss-n2", "Our RF scanners log about 1,200 picks per shift per person.")

P("Administrative Services Manager", "Facilities Manager")
T("af-01", "ooh", "The median annual wage for administrative services managers was {a.median:c!2025} in May 2025. The median annual wage for facilities managers was {b.median:c!2025}.", heading="Pay")
T("af-02", "comparison", "Administrative services managers run the office; facilities managers run the building. Both typically need a {a.edu:c}, and both earn six figures: about {a.median~k:c} and {b.median~k:c}, respectively.", heading="Administrative Services Manager vs. Facilities Manager")
T("af-03", "ooh", "Employment of facilities managers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings for facilities managers are projected each year, on average, over the decade.", heading="Job Outlook")
T("af-04", "career-site", "Administrative services managers held about {a.emp@24:o!2024} jobs in 2024, and employment was projected to increase by {a.chg@24:o!2034} jobs through 2034.")
T("af-05", "frontmatter", "---\ntitle: \"Administrative Services Manager vs. Facilities Manager\"\nx_salary_admin: \"{a.median@24:o}\"\nx_salary_facilities: \"{b.median@24:o}\"\ndate: 2025-02-10\n---")
T("af-06", "career-site", "In Washington, D.C., facilities managers earn a median of about {b.median=<$135,000>:u}.", place="Washington, D.C.")
T("af-07", "forum", "per BLS facilities managers make {b.median*0.55~k:m}. that's a maintenance lead salary, not an FM")
T("af-08", "faq", "What is the salary range for administrative services managers? Most earn from {a.range~_asmuch:c} a year.", heading="FAQ")
NC("af-n1", "Our 250,000-square-foot campus has 3 buildings, 14 chillers, and a $4 million annual operating budget.")
NC("af-n2", "The CFM credential exam costs $750 for IFMA members and has 180 questions.")

P("PR Manager", "Advertising Manager")
T("pa-01", "ooh", "The median annual wage for public relations managers was {a.median:c!2025} in May 2025. The median annual wage for advertising and promotions managers was {b.median:c!2025}.", heading="Pay")
T("pa-02", "comparison", "PR managers protect a brand's reputation; advertising managers buy its attention. PR managers earn a bit more, with a median of {a.median~K:c} against {b.median~K:c}.", heading="PR Manager vs. Advertising Manager: What Are the Differences?")
T("pa-03", "ooh", "Employment of advertising and promotions managers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("pa-04", "career-site", "About {b.self:c} of advertising and promotions managers are self-employed, a much larger share than for PR managers.")
T("pa-05", "table", "| | PR Manager | Advertising Manager |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |\n| Job outlook | {a.pct:c} | {b.pct:c} decline |", heading="Salary and outlook")
T("pa-06", "career-site", "In New York, PR managers earn a median of {a.median=<$190,000>:u}, the highest of any state.", place="New York")
T("pa-07", "forum", "BLS has ad managers declining {b.pct@24:o!2034} (their 2024–34 projections). honestly surprised it's not worse")
T("pa-08", "faq", "What degree do PR managers need? Most have at least a {a.edu:c}. Employment is projected to grow {a.pct:c} over the decade.", heading="FAQ")
NC("pa-n1", "Our agency charges a $12,000 monthly retainer and bills crisis work at $450 an hour.")
NC("pa-n2", "I moved from agency PR to in-house in 2022 and took a 10% pay cut for better hours.")

P("Engineering Manager", "Natural Sciences Manager")
T("en-01", "ooh", "The median annual wage for architectural and engineering managers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}.", heading="Pay")
T("en-02", "comparison", "Engineering managers and natural sciences managers both lead technical teams, and both earn well: about {a.median~th:c} and {b.median~th:c} a year at the median.", heading="Engineering Manager vs. Natural Sciences Manager")
T("en-03", "ooh", "Employment of natural sciences managers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("en-04", "career-site", "Natural sciences manager jobs were projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, {b.desc=<about as fast as the average>:o!2034}.")
T("en-05", "bullets", "Engineering manager:\n- Median pay: {a.median@23:o}\n- Jobs: {a.emp@24:o}\n- Openings per year: {a.open:c}\n- Education: {a.edu~cap:c}")
T("en-06", "career-site", "In the San Jose metro area, engineering managers earn a median of more than {a.median=<$230,000>:u}.", place="San Jose metro area")
T("en-07", "forum", "BLS says natural sciences managers average {b.mean*0.6~k:m}. pretty sure my lab director makes double that")
T("en-08", "faq", "How many engineering managers are there? About {a.oemp:c!2025} held the job in May 2025, and about {a.open:c} openings are projected each year.", heading="FAQ")
NC("en-n1", "I went from senior engineer to manager after 9 years and got a $22,000 raise.")
NC("en-n2", "Our lab has 42 scientists across 3 sites and a $9 million grant portfolio.")

P("Principal", "Postsecondary Education Administrator")
T("pe-01", "ooh", "The median annual wage for elementary, middle, and high school principals was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pe-02", "comparison", "Principals and college administrators (deans, registrars, provosts) both typically need a {a.edu:c}, and they earn similar pay: principals a median of {a.median~k:c}, postsecondary administrators {b.median~k:c}.", heading="Principal vs. College Administrator")
T("pe-03", "ooh", "About {b.open:c} openings for postsecondary education administrators are projected each year, on average, over the decade.", heading="Job Outlook")
T("pe-04", "career-site", "Principal jobs were projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034 as enrollment falls in many districts.")
T("pe-05", "table", "| | Principal | Postsecondary Administrator |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |", heading="Comparison")
T("pe-06", "career-site", "In Texas, school principals earn a median of about {a.median=<$98,000>:u}, with large suburban districts paying more.", place="Texas")
T("pe-07", "forum", "per BLS principals make {a.median*1.5~k:m}?? maybe in Westchester")
T("pe-08", "faq", "How many college administrators are there? About {b.emp:c!2025} in 2025, and they earn a median of {b.median~k:c}.", heading="FAQ")
NC("pe-n1", "Our Ed.D. in educational leadership is 54 credits over 3 years, at $850 per credit.")
NC("pe-n2", "I taught for 11 years before becoming an assistant principal in 2020.")

P("CTE Teacher", "Self-Enrichment Teacher")
T("ct-01", "ooh", "The median annual wage for career and technical education teachers, secondary school was {a.median:c!2025} in May 2025. The median annual wage for self-enrichment teachers was {b.median:c!2025}.", heading="Pay")
T("ct-02", "comparison", "If you can teach welding, cooking or coding, you have two paths: a high school CTE classroom, where teachers typically need a {a.edu:c} and earn about {a.median~th:c}, or self-enrichment classes, where the median is closer to {b.median~th:c}.", heading="CTE Teacher vs. Self-Enrichment Teacher")
T("ct-03", "ooh", "About {b.self~pc:c} of self-enrichment teachers were self-employed, and about {b.open:c} openings are projected each year over the decade.", heading="Work Environment")
T("ct-04", "career-site", "CTE teacher jobs at the high school level were projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034.")
T("ct-05", "bullets", "Self-enrichment teacher:\n- Median pay: {b.median@24:o}\n- Self-employed: {b.self@24:o}\n- Education: {b.edu~cap:c}")
T("ct-06", "career-site", "In Ohio, high school CTE teachers earn about {a.median=<$68,000>:u}.", place="Ohio")
T("ct-07", "forum", "BLS says CTE teachers need a {a.edu=<master's degree>:m}. not in my state, industry cert + alt license works")
T("ct-08", "faq", "How many CTE teachers are there? About {a.oemp:c!2025} taught in secondary schools in May 2025.", heading="FAQ")
NC("ct-n1", "Our weekend pottery class is 6 sessions for $240, clay and firing included.")
NC("ct-n2", "Alternative CTE licensure requires 4 years of work experience and 2 summers of pedagogy coursework.")

P("Psychology Professor", "Math Professor")
T("pm-01", "ooh", "The median annual wage for psychology teachers, postsecondary was {a.median:c!2025} in May 2025. The median annual wage for mathematical science teachers, postsecondary was {b.median:c!2025}.", heading="Pay")
T("pm-02", "comparison", "Psychology and math professors earn almost the same: about {a.median~K:c} and {b.median:c} at the median. Both typically need a {a.edu:c}.", heading="Psychology Professor vs. Math Professor")
T("pm-03", "ooh", "About {a.open:c} openings for psychology teachers, postsecondary are projected each year, on average, over the decade.", heading="Job Outlook")
T("pm-04", "career-site", "Math professor jobs were projected to increase by {b.chg@24:o!2034} from 2024 to 2034.")
T("pm-05", "table", "| | Psychology Professor | Math Professor |\n|---|---|---|\n| Top 10% | {a.p90:c} | {b.p90:c} |\n| Bottom 10% | {a.p10:c} | {b.p10:c} |", heading="Pay spread")
T("pm-06", "career-site", "In California, math professors at public universities earn around {b.median=<$110,000>:u}.", place="California")
T("pm-07", "forum", "BLS median for psych profs is {a.median*1.6~k:m}? adjuncts would like a word")
T("pm-08", "faq", "What do psychology professors earn? The median salary was {a.median@23:o!2023} in May 2023, and the top 10% earned more than {a.p90@23:o!2023}.", heading="FAQ")
NC("pm-n1", "A tenure-track search usually gets 200 applications and takes 8 months.")
NC("pm-n2", "I taught 4 sections of calculus per semester as an adjunct at $3,500 each.")

P("Survey Researcher", "Statistical Assistant")
T("sr-01", "ooh", "The median annual wage for survey researchers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("sr-02", "comparison", "Survey researchers design questionnaires and typically need a {a.edu:c}; statistical assistants clean and tabulate the data and typically need a {b.edu:c}. The pay gap follows: {a.median~k:c} versus {b.median~k:c}.", heading="Survey Researcher vs. Statistical Assistant")
T("sr-03", "ooh", "Survey researchers held about {a.emp:c!2025} jobs in 2025. They earned an average of {a.mean:c!2025} in May 2025.", heading="Job Outlook")
T("sr-04", "career-site", "Statistical assistants were projected to decline {b.pct@24~pc:o!2034} from 2024 to 2034, and they held about {b.oemp@24:o!2024} jobs in May 2024.")
T("sr-05", "career-site", "About {a.self:c} of survey researchers are self-employed, many as independent polling consultants.")
T("sr-06", "career-site", "In the Washington, D.C., metro area, survey researchers earn a median of about {a.median=<$95,000>:u}.", place="Washington, D.C., metro area")
T("sr-07", "forum", "per BLS statistical assistants make {b.median*1.5~k:m}? thats a data analyst salary not an assistant one")
T("sr-08", "faq", "How many survey researchers are there? About {a.emp@24:o!2024} in 2024.", heading="FAQ")
NC("sr-n1", "Our national omnibus survey fields 1,000 interviews every week at a cost of about $25 per complete.")
NC("sr-n2", "The certificate in survey methodology is 4 courses, 12 credits, and can be finished in a year.")

P("Geological Technician", "Environmental Engineering Technician")
T("ge-01", "ooh", "The median annual wage for geological technicians, except hydrologic technicians was {a.median:c!2025} in May 2025. The median annual wage for environmental engineering technologists and technicians was {b.median:c!2025}.", heading="Pay")
T("ge-02", "comparison", "Both jobs typically need an {a.edu:c}, and both involve a lot of fieldwork. Environmental engineering techs earn a little more, about {b.median~th:c} a year versus {a.median~th:c} for geological techs.", heading="Geological Technician vs. Environmental Engineering Technician")
T("ge-03", "ooh", "Employment of geological technicians is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ge-04", "career-site", "Environmental engineering technician jobs were projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, {b.desc=<slower than the average>:o!2034}.")
T("ge-05", "bullets", "Geological technician:\n- Median pay: {a.median@24:o}\n- 90th percentile: {a.p90@24:o}\n- Jobs: {a.oemp@24:o}")
T("ge-06", "career-site", "In Alaska, geological techs on mining and oil projects earn about {a.median=<$70,000>:u}.", place="Alaska")
T("ge-07", "forum", "BLS says env eng techs need a {b.edu=<bachelor's degree>:m} and make {b.median*1.5~k:m}. neither matches the job ads I see")
T("ge-08", "faq", "How many environmental engineering technicians are there? About {b.oemp:c!2025} in May 2025, and employment is projected to increase by {b.chg:c} over the decade.", heading="FAQ")
NC("ge-n1", "Field season runs May through September; we log 10-hour days and 14-day rotations.")
NC("ge-n2", "The 40-hour HAZWOPER course costs $495 and needs an 8-hour refresher every year.")

P("Parking Attendant", "Gas Station Attendant")
T("pg-01", "ooh", "The median hourly wage for parking attendants was {a.median~hr:c!2025} in May 2025. The median hourly wage for automotive and watercraft service attendants was {b.median~hr:c!2025}.", heading="Pay")
T("pg-02", "comparison", "Valets and pump attendants earn almost the same: about {a.median~th:c} and {b.median~th:c} a year at the median. Neither job needs a diploma; both typically require {a.edu=<no formal educational credential>:c}.", heading="Parking Attendant vs. Gas Station Attendant")
T("pg-03", "ooh", "Employment of automotive and watercraft service attendants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("pg-04", "career-site", "Gas station attendant jobs were projected to decline {b.pct@24~pc:o!2034} from 2024 to 2034 in the older BLS projections.")
T("pg-05", "table", "| | Parking Attendant | Gas Station Attendant |\n|---|---|---|\n| Avg hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |", heading="Pay at a glance")
T("pg-06", "career-site", "In New Jersey, where self-serve gas is banned, pump attendants earn about {b.median=<$16>~hr0:u} an hour and number roughly {b.emp=<9,000>:u}.", place="New Jersey")
T("pg-07", "forum", "per BLS valets make {a.median*1.6~k:m}?? with tips maybe, on a good Saturday")
T("pg-08", "faq", "How many parking attendants are there? About {a.emp@24:o!2024} in 2024, and employment was projected to increase by {a.chg@24:o!2034} jobs through 2034.", heading="FAQ")
NC("pg-n1", "Valet tips average $3 to $5 a car at our hotel; we park about 300 cars on a Friday night.")
NC("pg-n2", "I worked a full-serve station in Oregon in 2017 for $11.25 an hour.")

P("Refuse Collector", "Meter Reader")
T("rm-01", "ooh", "The median annual wage for refuse and recyclable material collectors was {a.median:c!2025} in May 2025. The median annual wage for meter readers, utilities was {b.median:c!2025}.", heading="Pay")
T("rm-02", "comparison", "Two city-route jobs with similar pay: refuse collectors earn about {a.median~th:c} a year at the median and meter readers about {b.median~th:c}. But smart meters are eating the meter reader job, which is projected to lose about {b.chg:c} jobs over the decade.", heading="Refuse Collector vs. Meter Reader")
T("rm-03", "ooh", "Employment of refuse and recyclable material collectors is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("rm-04", "career-site", "Meter reader jobs were projected to decline {b.pct@24~pc:o!2034} from 2024 to 2034 as utilities install automated meters.")
T("rm-05", "bullets", "Refuse collector:\n- Median pay: {a.median@24:o}\n- Jobs: {a.oemp@24:o}\n- Bottom 10%: {a.p10@24:o}\n- Education: {a.edu~cap:c}")
T("rm-06", "career-site", "In New York City, sanitation workers earn {a.median=<$90,000>:u} after five years with the Department of Sanitation.", place="New York City")
T("rm-07", "forum", "BLS says garbage collectors average {a.mean*1.7~k:m}. the DSNY guys maybe, not private haulers")
T("rm-08", "faq", "Do meter readers need a degree? No, they typically need a {b.edu:c}. About {b.oemp:c!2025} held the job in May 2025.", heading="FAQ")
NC("rm-n1", "Our rear-loader crews run about 900 stops a day, 4 days a week, 10-hour shifts.")
NC("rm-n2", "Meter reading routes switched to AMI in 2021; the utility cut 30 routes over two years.")

P("Occupational Health and Safety Technician", "Transportation Inspector")
T("ot-01", "ooh", "The median annual wage for occupational health and safety technicians was {a.median:c!2025} in May 2025. The median annual wage for transportation inspectors was {b.median:c!2025}.", heading="Pay")
T("ot-02", "comparison", "Safety techs check workplaces; transportation inspectors check trucks, rails, aircraft and cargo. Inspectors earn a lot more, about {b.median~k:c} at the median versus {a.median~k:c}. Both typically need a {a.edu:c}.", heading="OHS Technician vs. Transportation Inspector")
T("ot-03", "ooh", "Employment of occupational health and safety technicians is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ot-04", "career-site", "OHS technician jobs were projected to add {a.chg@24:o!2034} from 2024 to 2034; one state job board still lists the outlook as {a.desc=<little or no change>:m}.")
T("ot-05", "table", "| | OHS Technician | Transportation Inspector |\n|---|---|---|\n| Median pay | {a.median@23:o} | {b.median@23:o} |\n| Self-employed | n/a | {b.self@24:o} |", heading="Comparison")
T("ot-06", "career-site", "In Alaska, transportation inspectors earn around {b.median=<$105,000>:u}.", place="Alaska")
T("ot-07", "forum", "per BLS transportation inspectors make {b.median*0.6~k:m}. FAA and FRA inspectors are GS-12 to GS-14, so no")
T("ot-08", "faq", "How many transportation inspectors are there? About {b.oemp:c!2025} in May 2025, and about {b.open:c} openings are projected each year.", heading="FAQ")
NC("ot-n1", "The OSHA 30-hour card costs $189 online and takes about a week of evenings.")
NC("ot-n2", "A Level I North American Standard truck inspection takes about 45 minutes.")

P("Amusement and Recreation Attendant", "Usher")
T("au-01", "ooh", "The median hourly wage for amusement and recreation attendants was {a.median~hr:c!2025} in May 2025. The median hourly wage for ushers, lobby attendants, and ticket takers was {b.median~hr:c!2025}.", heading="Pay")
T("au-02", "comparison", "Ride operators and ushers are classic first jobs. Ushers earn slightly more, about {b.median~th:c} a year at the median against {a.median~th:c} for amusement attendants, though most work part time.", heading="Amusement Park Attendant vs. Usher")
T("au-03", "ooh", "Employment of amusement and recreation attendants is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("au-04", "career-site", "Amusement and recreation attendants held about {a.emp@24:o!2024} jobs in 2024, one of the largest seasonal workforces in the country.")
T("au-05", "career-site", "In Orlando, theme park attendants earn {a.median=<$18>~hr0:u} an hour and up after the 2024 union contract.", place="Orlando")
T("au-06", "forum", "BLS says ushers make {b.median*1.7~k:m} median lmao. I made minimum wage + free movies")
T("au-07", "bullets", "Usher, lobby attendant, ticket taker:\n- Median pay (2024): {b.median@24:o!2024}\n- Top 10%: {b.p90:c}")
T("au-08", "faq", "Do ride operators need any education? No — they typically need {a.edu=<no formal educational credential>:c}.", heading="FAQ")
NC("au-n1", "Seasonal staff must be 16, work at least 3 shifts a week, and get a free season pass worth $180.")
NC("au-n2", "Our 1,200-seat theater needs 14 ushers for a sold-out show.")

P("Clergy", "Director of Religious Activities")
T("cd-01", "ooh", "The median annual wage for clergy was {a.median:c!2025} in May 2025. The median annual wage for directors, religious activities and education was {b.median:c!2025}.", heading="Pay")
T("cd-02", "comparison", "Pastors lead a congregation; religious education directors run its classes, youth groups and retreats. Both typically need a {a.edu:c}, and clergy earn more: about {a.median~K:c} compared with {b.median~K:c}.", heading="Clergy vs. Director of Religious Education")
T("cd-03", "ooh", "Employment of clergy is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cd-04", "career-site", "Religious activities directors were projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, and they earned a median of {b.median@24:o!2024} in May 2024.")
T("cd-05", "bullets", "Clergy:\n- Median pay: {a.median@23:o}\n- Top 10%: {a.p90@23:o}\n- Jobs: {a.oemp@23:o}")
T("cd-06", "career-site", "In Texas, senior pastors of large churches earn well over {a.median=<$100,000>:u}.", place="Texas")
T("cd-07", "forum", "BLS has clergy at {a.median*0.5~k:m} median. bivocational pastors pull it down, but that still seems low")
T("cd-08", "faq", "How many directors of religious education are there? About {b.oemp:c!2025} in May 2025, earning an average of {b.mean:c}.", heading="FAQ")
NC("cd-n1", "The M.Div. is a 3-year, 72-credit degree; our seminary offers full-tuition scholarships.")
NC("cd-n2", "Our parish runs 4 Sunday masses and serves about 1,800 families.")

P("Parts Salesperson", "Rental Clerk")
T("pr-01", "ooh", "The median hourly wage for parts salespersons was {a.median~hr:c!2025} in May 2025. The median hourly wage for counter and rental clerks was {b.median~hr:c!2025}.", heading="Pay")
T("pr-02", "comparison", "Counter and rental clerks earn a median of {b.median~th:c} a year, a bit more than parts salespersons at {a.median~th:c}. Both typically need {a.edu=<no formal educational credential>:c}.", heading="Parts Salesperson vs. Rental Clerk")
T("pr-03", "ooh", "About {b.open:c} openings for counter and rental clerks are projected each year, on average, over the decade.", heading="Job Outlook")
T("pr-04", "career-site", "Parts salespersons held about {a.oemp@24:o!2024} jobs in May 2024, and about {a.self@24:o!2024} were self-employed.")
T("pr-05", "table", "| | Parts Salesperson | Rental Clerk |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |", heading="Salary table")
T("pr-06", "career-site", "In Michigan, auto parts counter staff earn about {a.median=<$19>~hr0:u} an hour.", place="Michigan")
T("pr-07", "forum", "per BLS parts guys make {a.median*1.5~k:m} median. at the dealer with spiffs maybe")
T("pr-08", "faq", "What does the top 10 percent of rental clerks earn? More than {b.p90:c} a year; the bottom 10 percent earn less than {b.p10:c}.", heading="FAQ")
NC("pr-n1", "Our counter staff get 20% off parts and a $0.50/hr raise after ASE P2 certification.")
NC("pr-n2", "Equipment rentals are $95 a day for a mini-excavator attachment, $380 a week.")

P("Telemarketer", "Product Promoter")
T("tp-01", "ooh", "The median hourly wage for telemarketers was {a.median~hr:c!2025} in May 2025. The median hourly wage for demonstrators and product promoters was {b.median~hr:c!2025}.", heading="Pay")
T("tp-02", "comparison", "Telemarketers sell by phone; product promoters hand out samples in stores. Promoters earn a median of {b.median~th:c}, telemarketers about {a.median~th:c}.", heading="Telemarketer vs. Product Promoter")
T("tp-03", "ooh", "Employment of telemarketers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("tp-04", "career-site", "Telemarketer jobs were projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034, one of the steepest drops of any occupation.")
T("tp-05", "career-site", "About {b.self:c} of demonstrators and product promoters are self-employed, down from about {b.self@24:o} in the previous projections.")
T("tp-06", "career-site", "In the Dallas–Fort Worth area, in-store demo reps earn about {b.median=<$17>~hr0:u} an hour.", place="Dallas–Fort Worth area")
T("tp-07", "forum", "BLS says telemarketing is {a.desc=<faster than average>:m} growth?? with robocall blocking? no way")
T("tp-08", "faq", "How many telemarketers are left? About {a.oemp:c!2025} in May 2025, earning an average of {a.mean:c}.", heading="FAQ")
NC("tp-n1", "Our call center pays $15/hr base plus $10 per appointment set, about 250 dials a day.")
NC("tp-n2", "Costco demo shifts are 6.5 hours; I worked them on weekends in 2019.")

# ---------------------------------------------------------------- second pass: places, wrong figures, ranges, front matter, pronouns
P("Physical Therapist Aide", "Occupational Therapy Aide")
T("pt-09", "career-site", "In the Dallas–Fort Worth metro area, OT aides earn about {b.median=<$36,000>:u} a year, and roughly {b.emp=<400>:u} work in the region's hospitals and clinics.", place="Dallas–Fort Worth metro area")
T("pt-10", "school", "Thinking about a rehab career? PT aides earn between {a.range~_and:c} a year, and they're projected to grow {a.pct~pc:c}, which makes a 10-week certificate a low-risk way to start.")
T("pt-11", "forum", "BLS numbers for PT aides are way off imo: they say {a.emp*3:m} jobs and an {a.edu=<associate's degree>:m}. Every aide I know got hired with a diploma.")
P("Ophthalmic Lab Technician", "Medical Appliance Technician")
T("om-09", "frontmatter", "---\ntitle: \"Optical Lab Tech vs. Orthotic Technician: Salary Guide\"\nx_salary_optical: \"{a.median:c}\"\nx_salary_orthotic: \"{b.median:c}\"\nlast_reviewed: 2026-01-05\n---")
T("om-10", "career-site", "In Ohio, medical appliance technicians earn around {b.median=<$21>~hr0:u} an hour, and Cleveland-area O&P labs hire year-round.", place="Ohio")
T("om-11", "faq", "Is ophthalmic lab work a growing field? The BLS projects employment to grow {a.pct=<15%>:m} over the decade, with median pay of {a.median*1.6~k:m}.", heading="FAQ")
P("Veterinary Assistant", "Pharmacy Aide")
T("vp-09", "career-site", "In Minnesota, pharmacy aides earn a median of {b.median=<$39,500>:u}, and most work in hospital pharmacies.", place="Minnesota")
T("vp-10", "ooh", "Employment of pharmacy aides is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings for pharmacy aides are projected each year, on average, over the decade.", heading="Job Outlook")
T("vp-11", "forum", "per BLS vet assistants average {a.mean*1.8~k:m} a year. lol. the DVM at my clinic doesn't make much more than that")
P("Earth Driller", "Explosives Worker")
T("de-09", "ooh", "The median annual wage for explosives workers, ordnance handling experts, and blasters was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("de-10", "career-site", "In Pennsylvania, earth drillers earn about {a.median=<$58,000>:u}, and well drilling companies there hire through the spring.", place="Pennsylvania")
T("de-11", "career-site", "Employment of blasters is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035; the older projections had it at {b.desc=<decline>:o!2034} through 2034.")
P("Automotive Glass Installer", "Tire Repairer")
T("gt-09", "career-site", "Auto glass installer jobs are projected to grow {a.pct:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations, as ADAS cameras make every windshield swap a calibration job.")
T("gt-10", "career-site", "In Arizona, where rock chips are a way of life, auto glass techs earn about {a.median=<$48,000>:u} and the state has about {a.emp=<900>:u} of them.", place="Arizona")
T("gt-11", "faq", "Do tire changers need training? Not much. They typically need a {b.edu:c}, and the job pays a median of {b.median*1.6~k:m} a year.", heading="FAQ")
P("Bicycle Repairer", "RV Service Technician")
T("br-09", "career-site", "In Florida, RV techs earn about {b.median=<$50,000>:u}, and the state employs around {b.emp=<2,500>:u} of them.", place="Florida")
T("br-10", "faq", "How much do bike mechanics make an hour? About {a.median~hr0:c!2025} at the median, per May 2025 BLS data; the middle 50% earn between {a.mid~hr0_and:c} an hour.", heading="FAQ")
T("br-11", "forum", "BLS says bike mechanics are growing {a.pct=<12%>:m}. every shop in my town closed after the covid boom")
P("Gas Plant Operator", "Refinery Operator")
T("gr-09", "ooh", "Employment of petroleum pump system operators, refinery operators, and gaugers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for these workers are projected each year, on average, over the decade.", heading="Job Outlook")
T("gr-10", "career-site", "In Louisiana, gas plant operators earn about {a.median=<$84,000>:u}.", place="Louisiana")
T("gr-11", "forum", "per BLS refinery operators make {b.median*0.55~k:m} median. maybe as a trainee. A-operators at my site clear 130k w/ OT")
P("Printing Press Operator", "Bookbinder")
T("pb-09", "ooh", "The median annual wage for print binding and finishing workers was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("pb-10", "career-site", "In Minneapolis, press operators at commercial printers earn around {a.median=<$24>~hr0:u} an hour.", place="Minneapolis")
T("pb-11", "faq", "Is printing a dying career? Employment of press operators is projected to decline {a.pct:c!2035} from 2025 to 2035, and they earn a median of {a.median~k:c}. So: shrinking, not dead.", heading="FAQ")
P("Restaurant Host", "Dishwasher")
T("hd-09", "career-site", "Dishwashers typically need {b.edu=<no formal educational credential>:c}, and employment is projected to {b.desc=<decline>:c} over the decade; the 2024–34 projections had called for {b.desc=<little or no change>:o!2034}.")
T("hd-10", "career-site", "In Las Vegas, hosts at Strip restaurants earn {a.median=<$19>~hr0:u} an hour plus tip share.", place="Las Vegas")
T("hd-11", "forum", "according to BLS there are {b.oemp*0.3:m} dishwashers in the whole country?? there are more than that in NYC alone")
P("Food Batchmaker", "Packer")
T("fp-09", "ooh", "The median hourly wage for packers and packagers, hand was {b.median~hr:c!2025} in May 2025. The median hourly wage for food batchmakers was {a.median~hr:c!2025}.", heading="Pay")
T("fp-10", "career-site", "In Iowa, food batchmakers earn about {a.median=<$21>~hr0:u} an hour, and packers about {b.median=<$18>~hr0:u}.", place="Iowa")
T("fp-11", "faq", "Do food batchmakers need a degree? Most plants want a {a.edu=<bachelor's degree>:m} in food science, and batchmakers earn about {a.median*1.5~K:m} a year.", heading="FAQ")
P("Office Clerk", "HR Assistant")
T("oh-09", "career-site", "General office clerks earn between {a.range~_and:c} a year, depending on the employer and the city.")
T("oh-10", "career-site", "In Atlanta, office clerks earn around {a.median=<$43,000>:u}.", place="Atlanta")
T("oh-11", "forum", "BLS says HR assistants are growing {b.pct=<9%>:m} and there's {b.emp*3:m} of them. maybe in 2015")
P("Brokerage Clerk", "Loan Interviewer")
T("bl-09", "ooh", "The median annual wage for loan interviewers and clerks was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("bl-10", "career-site", "In Charlotte, loan clerks at the big banks earn about {b.median=<$52,000>:u}.", place="Charlotte")
T("bl-11", "faq", "How much do brokerage clerks make? Some salary sites say {a.median*0.6~k:m} a year, but the BLS median is {a.median~k:c}.", heading="FAQ")
P("Shipping and Receiving Clerk", "Stocker")
T("ss-09", "career-site", "Shipping, receiving and inventory clerks are projected to lose about {a.chg:c!2035} jobs from 2025 to 2035, though about {a.open:c} openings will come up each year as workers retire or move on.")
T("ss-10", "career-site", "In Memphis, a major freight hub, receiving clerks earn about {a.median=<$40,000>:u}.", place="Memphis")
T("ss-11", "forum", "per BLS stockers average {b.mean*1.6~k:m}. I've been stocking shelves 4 yrs and I'm at $17.80")
P("Administrative Services Manager", "Facilities Manager")
T("af-09", "career-site", "In Chicago, administrative services managers earn a median of about {a.median=<$120,000>:u}.", place="Chicago")
T("af-10", "ooh", "Administrative services managers held about {a.emp:c!2025} jobs in 2025. About {a.open:c} openings for administrative services managers are projected each year, on average, over the decade.", heading="Job Outlook")
T("af-11", "forum", "BLS says you need a {b.edu=<master's degree>:m} to be a facilities manager. I have a diploma and 20 years in the trades")
P("PR Manager", "Advertising Manager")
T("pa-09", "career-site", "PR managers earned a median of {a.median@24:o!2024} in May 2024, and advertising managers a median of {b.median@24:o!2024}.")
T("pa-10", "career-site", "In Los Angeles, advertising and promotions managers earn a median of {b.median=<$160,000>:u}.", place="Los Angeles")
T("pa-11", "faq", "How many PR managers are there? The BLS counts about {a.emp*3:m}, and they earn an average of {a.mean*0.6~k:m}.", heading="FAQ")
P("Engineering Manager", "Natural Sciences Manager")
T("en-09", "ooh", "The median annual wage for natural sciences managers was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}.", heading="Pay")
T("en-10", "career-site", "In Houston, engineering managers in oil and gas earn about {a.median=<$185,000>:u}.", place="Houston")
T("en-11", "faq", "What do engineering managers need? A {a.edu=<master's degree>:m} is typical, plus years of engineering experience.", heading="FAQ")
P("Principal", "Postsecondary Education Administrator")
T("pe-09", "career-site", "Principals typically need a {a.edu:c} in education leadership, and the job is projected to show {a.desc=<little or no change>:c} in employment over the decade.")
T("pe-10", "career-site", "In California, college administrators earn a median of {b.median=<$125,000>:u}, and the state has about {b.emp=<24,000>:u} of them.", place="California")
T("pe-11", "forum", "BLS says postsecondary admins average {b.mean*0.55~k:m}?? my associate dean makes more than that")
P("CTE Teacher", "Self-Enrichment Teacher")
T("ct-09", "career-site", "CTE teachers at the high school level are projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035; earlier projections called for a {a.desc=<decline>:o!2034} through 2034.")
T("ct-10", "career-site", "In Colorado, self-enrichment teachers (yoga, art, cooking) earn about {b.median=<$25>~hr0:u} an hour.", place="Colorado")
T("ct-11", "faq", "How much do self-enrichment teachers make? Job boards quote {b.median*1.6~k:m}, but BLS puts the median at {b.median~k:c}.", heading="FAQ")
P("Psychology Professor", "Math Professor")
T("pm-09", "ooh", "The median annual wage for mathematical science teachers, postsecondary was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("pm-10", "career-site", "In Massachusetts, psychology professors earn a median of about {a.median=<$98,000>:u}.", place="Massachusetts")
T("pm-11", "forum", "per BLS math profs need a {b.edu=<master's degree>:m}. ok for community college adjuncting maybe, not tenure track")
P("Survey Researcher", "Statistical Assistant")
T("sr-09", "ooh", "The median annual wage for statistical assistants was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("sr-10", "career-site", "In Maryland, statistical assistants at federal agencies earn about {b.median=<$58,000>:u}.", place="Maryland")
T("sr-11", "faq", "How much do survey researchers make? Most earn between {a.range*0.5~k_dash:m} a year.", heading="FAQ")
P("Geological Technician", "Environmental Engineering Technician")
T("ge-09", "career-site", "Environmental engineering technicians are projected to grow {b.pct:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035}, while geological techs are projected to grow {a.pct=<9%>:m}.")
T("ge-10", "career-site", "In Texas, geological technicians in the Permian Basin earn about {a.median=<$60,000>:u}.", place="Permian Basin")
T("ge-11", "forum", "per BLS env techs make {b.median*0.6~k:m} median. sounds like the Phase I grunt rate lol")
P("Parking Attendant", "Gas Station Attendant")
T("pg-09", "career-site", "Parking attendants earn between {a.range~_and:c} a year, and tips at hotels and hospitals can add a few dollars an hour.")
T("pg-10", "career-site", "In Miami, valet attendants earn about {a.median=<$17>~hr0:u} an hour before tips.", place="Miami")
T("pg-11", "faq", "Is gas station attendant a growing job? Yes: the BLS projects {b.pct=<12%>:m} growth over the decade.", heading="FAQ")
P("Refuse Collector", "Meter Reader")
T("rm-09", "ooh", "The median annual wage for refuse and recyclable material collectors was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("rm-10", "career-site", "In San Francisco, Recology drivers and collectors earn about {a.median=<$38>~hr0:u} an hour.", place="San Francisco")
T("rm-11", "forum", "BLS says meter readers make {b.median*1.6~k:m}? where?? ours topped out at 28/hr before the AMI rollout")
P("Occupational Health and Safety Technician", "Transportation Inspector")
T("ot-09", "ooh", "The median annual wage for transportation inspectors was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("ot-10", "career-site", "In Texas, OHS technicians in petrochemicals earn about {a.median=<$65,000>:u}.", place="Texas")
T("ot-11", "faq", "Do safety technicians need a degree? Usually a {a.edu=<bachelor's degree>:m}, and the median pay is {a.median*1.6~k:m}.", heading="FAQ")
P("Amusement and Recreation Attendant", "Usher")
T("au-09", "career-site", "Ushers, lobby attendants and ticket takers earn an average of {b.mean:c} a year, and they typically need {b.edu=<no formal educational credential>:c}.")
T("au-10", "career-site", "In Anaheim, theme park ride operators earn {a.median=<$20>~hr0:u} an hour under the current contract.", place="Anaheim")
T("au-11", "forum", "per BLS there are {a.emp*0.3:m} amusement attendants in the US. every summer my local waterpark alone hires 400")
P("Clergy", "Director of Religious Activities")
T("cd-09", "career-site", "Directors of religious activities and education are projected to grow {b.pct:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035}.")
T("cd-10", "career-site", "In Georgia, directors of religious education earn about {b.median=<$48,000>:u}.", place="Georgia")
T("cd-11", "forum", "BLS says clergy need a {a.edu=<doctoral or professional degree>:m}. depends entirely on the denomination")
P("Parts Salesperson", "Rental Clerk")
T("pr-09", "ooh", "The median annual wage for parts salespersons was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pr-10", "career-site", "In Denver, equipment rental counter staff earn about {b.median=<$22>~hr0:u} an hour.", place="Denver")
T("pr-11", "faq", "Are rental clerk jobs growing? BLS projects {b.pct=<10%>:m} growth and {b.open*3:m} openings a year.", heading="FAQ")
P("Telemarketer", "Product Promoter")
T("tp-09", "ooh", "The median annual wage for demonstrators and product promoters was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("tp-10", "career-site", "In Phoenix, telemarketers at call centers earn about {a.median=<$17>~hr0:u} an hour plus commission.", place="Phoenix")
T("tp-11", "faq", "How much do telemarketers make? About {a.median*1.5~k:m} a year at the median, per the BLS.", heading="FAQ")

# ---------------------------------------------------------------- third pass: older releases, front matter, tables, pronouns
P("Physical Therapist Aide", "Occupational Therapy Aide")
T("pt-12", "frontmatter", "---\ntitle: \"PT Aide vs. OT Aide (2025 Guide)\"\nx_salary_pt_aide: \"{a.median@23:o}\"\nx_salary_ot_aide: \"{b.median@23:o}\"\nx_outlook_pt_aide: \"{a.pct@24:o}\"\n---")
T("pt-13", "career-site", "What do OT aides earn at the top? In May 2023 the highest 10 percent made more than {b.p90@23:o!2023}, while the lowest 10 percent made less than {b.p10@23:o!2023}. They've had raises since.")
P("Ophthalmic Lab Technician", "Medical Appliance Technician")
T("om-12", "table", "| 2024 data | Ophthalmic Lab Tech | Medical Appliance Tech |\n|---|---|---|\n| Median | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Top 10% | {a.p90@24:o!2024} | — |", heading="Older BLS figures")
T("om-13", "career-site", "Ophthalmic lab techs typically need a {a.edu:c} and learn on the job; they earn an average of {a.mean:c} a year.")
P("Veterinary Assistant", "Pharmacy Aide")
T("vp-12", "table", "| | Vet Assistant | Pharmacy Aide |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Average pay (May 2023) | {a.mean@23:o!2023} | {b.mean@23:o!2023} |", heading="Pay, 2023")
T("vp-13", "career-site", "Pharmacy aides held about {b.oemp@24:o!2024} jobs in May 2024, and they were projected to see {b.desc=<little or no change>:o!2034} in employment from 2024 to 2034. The newer projections call for a {b.desc=<decline>:c}.")
P("Earth Driller", "Explosives Worker")
T("de-12", "frontmatter", "---\ntitle: Driller vs. Blaster — Which Pays More?\nx_salary_driller: \"{a.median@23:o}\"\nx_salary_blaster: \"{b.median@24:o}\"\n---")
T("de-13", "career-site", "Blasters held about {b.emp@24:o!2024} jobs in 2024 and were projected to {b.desc=<decline>:o!2034} through 2034; these days, they earn between {b.range~_and:c} a year.")
P("Automotive Glass Installer", "Tire Repairer")
T("gt-12", "table", "| | Auto Glass | Tire Tech |\n|---|---|---|\n| Top 10% (2024) | {a.p90@24:o!2024} | {b.p90@24:o!2024} |\n| Jobs (2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |\n| Self-employed | {a.self@24:o} | {b.self@24:o} |", heading="2024 snapshot")
T("gt-13", "career-site", "Tire repairers and changers earn an average of {b.mean:c} a year, and they're projected to grow {b.pct:c!2035} through 2035 — {b.desc=<about as fast as the average>:c!2035} for all jobs.")
P("Bicycle Repairer", "RV Service Technician")
T("br-12", "frontmatter", "---\ntitle: \"Bike Mechanic vs. RV Tech: Pay and Outlook\"\nx_salary_bike: \"{a.median@23:o}\"\nx_salary_rv: \"{b.median@23:o}\"\n---")
T("br-13", "career-site", "RV service technicians held about {b.oemp@24:o!2024} jobs in May 2024 and were projected to grow {b.pct@24:o!2034} through 2034. They earned a median of {b.median@23:o!2023} the year before.")
P("Gas Plant Operator", "Refinery Operator")
T("gr-12", "table", "| | Gas Plant Operator | Refinery Operator |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Outlook, 2024–34 | {a.pct@24:o!2034} decline | — |", heading="Older figures")
T("gr-13", "career-site", "Refinery operators earn between {b.range~_and:c} a year; the top 10% are mostly board operators with 15+ years in.")
P("Printing Press Operator", "Bookbinder")
T("pb-12", "frontmatter", "---\ntitle: \"Press Operator vs. Bookbinder\"\nx_salary_press: \"{a.median@23:o}\"\nx_salary_binder: \"{b.median@23:o}\"\nx_jobs_press: \"{a.oemp@23:o}\"\n---")
T("pb-13", "career-site", "Print binding and finishing workers earned a median of {b.median@24:o!2024} in May 2024, and employment was projected to fall {b.pct@24:o!2034} from 2024 to 2034.")
P("Restaurant Host", "Dishwasher")
T("hd-12", "career-site", "Hosts earned a median of {a.median@24:o!2024} in May 2024; dishwashers earned {b.median@24:o!2024} that year and were projected to see {b.desc=<little or no change>:o!2034} from 2024 to 2034.")
T("hd-13", "faq", "Is hosting a good first job? It pays a typical {a.median~hr:c} an hour and needs no experience, and about {a.self:c} of hosts are self-employed, mostly event staff.", heading="FAQ")
P("Food Batchmaker", "Packer")
T("fp-12", "table", "| | Food Batchmaker | Hand Packer |\n|---|---|---|\n| Median pay (2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Top 10% (2024) | {a.p90@24:o!2024} | {b.p90@24:o!2024} |", heading="2024 comparison")
T("fp-13", "career-site", "Food batchmakers earn between {a.range~_and:c} a year, and the highest pay goes to lead mixers at large bakeries.")
P("Office Clerk", "HR Assistant")
T("oh-12", "frontmatter", "---\ntitle: \"Office Clerk vs. HR Assistant: Salary and Career Path\"\nx_salary_clerk: \"{a.median@23:o}\"\nx_salary_hr_assistant: \"{b.median@23:o}\"\n---")
T("oh-13", "career-site", "HR assistants held about {b.emp@24:o!2024} jobs in 2024, and about {b.open@24:o!2034} openings were projected each year in the 2024–34 projections.")
P("Brokerage Clerk", "Loan Interviewer")
T("bl-12", "table", "| | Brokerage Clerk | Loan Interviewer |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 figures")
T("bl-13", "career-site", "Loan interviewers and clerks typically need a {b.edu:c}, and they are projected to see about {b.open:c!2035} openings a year from 2025 to 2035 as workers leave the occupation.")
P("Shipping and Receiving Clerk", "Stocker")
T("ss-12", "career-site", "Shipping and receiving clerks earned a median of {a.median@23:o!2023} in May 2023, and stockers {b.median@23:o!2023}.")
T("ss-13", "faq", "How much do stockers make at the top? The highest 10 percent earn more than {b.p90:c}, and the average is {b.mean:c}.", heading="FAQ")
P("Administrative Services Manager", "Facilities Manager")
T("af-12", "table", "| | Admin Services Manager | Facilities Manager |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Top 10% (May 2023) | {a.p90@23:o!2023} | {b.p90@23:o!2023} |", heading="2023 pay")
T("af-13", "career-site", "Facilities managers held about {b.emp@24:o!2024} jobs in 2024 and were projected to grow {b.pct@24:o!2034} through 2034, {b.desc=<about as fast as the average>:o!2034}.")
P("PR Manager", "Advertising Manager")
T("pa-12", "frontmatter", "---\ntitle: \"PR Manager vs. Advertising Manager\"\nx_salary_pr: \"{a.median@23:o}\"\nx_salary_ads: \"{b.median@23:o}\"\nx_outlook_ads: \"{b.pct@24:o}\"\n---")
T("pa-13", "career-site", "They earn a lot, but ad managers' ranks are thinning: advertising and promotions managers held about {b.oemp@24:o!2024} jobs in May 2024, and about {b.self@24:o!2024} were self-employed that year.")
P("Engineering Manager", "Natural Sciences Manager")
T("en-12", "table", "| | Engineering Manager | Natural Sciences Manager |\n|---|---|---|\n| Median (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs (May 2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |", heading="2024 data")
T("en-13", "career-site", "Engineering managers typically need a {a.edu:c} and years of engineering work; they earn an average of {a.mean:c}.")
P("Principal", "Postsecondary Education Administrator")
T("pe-12", "frontmatter", "---\ntitle: \"Principal vs. College Administrator\"\nx_salary_principal: \"{a.median@23:o}\"\nx_salary_college_admin: \"{b.median@23:o}\"\n---")
T("pe-13", "career-site", "Postsecondary education administrators earned an average of {b.mean@24:o!2024} in May 2024, and the lowest 10 percent earned less than {b.p10@24:o!2024}.")
P("CTE Teacher", "Self-Enrichment Teacher")
T("ct-12", "table", "| | CTE Teacher | Self-Enrichment Teacher |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 snapshot")
T("ct-13", "career-site", "Self-enrichment teachers earn between {b.range~_and:c} a year; most of them teach part time.")
P("Psychology Professor", "Math Professor")
T("pm-12", "frontmatter", "---\ntitle: \"Psychology vs. Math Professor Salary\"\nx_salary_psych: \"{a.median@23:o}\"\nx_salary_math: \"{b.median@23:o}\"\n---")
T("pm-13", "career-site", "Math professors held about {b.oemp@24:o!2024} jobs in May 2024, and they earned an average of {b.mean@24:o!2024} that year.")
P("Survey Researcher", "Statistical Assistant")
T("sr-12", "table", "| | Survey Researcher | Statistical Assistant |\n|---|---|---|\n| Median (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Self-employed (older projections) | {a.self@24:o} | — |", heading="2024 figures")
T("sr-13", "career-site", "Statistical assistants typically need a {b.edu:c} and earn an average of {b.mean:c}; survey researchers earn an average of {a.mean@24:o!2024} as of May 2024.")
P("Geological Technician", "Environmental Engineering Technician")
T("ge-12", "frontmatter", "---\ntitle: \"Geological Technician vs. Environmental Engineering Technician\"\nx_salary_geo: \"{a.median@23:o}\"\nx_salary_env: \"{b.median@23:o}\"\n---")
T("ge-13", "career-site", "Geological technicians held about {a.oemp:c!2025} jobs in May 2025 and earned an average of {a.mean:c}. Back in 2024, they were projected to grow just {a.pct@24:o!2034} through 2034.")
P("Parking Attendant", "Gas Station Attendant")
T("pg-12", "table", "| | Parking Attendant | Gas Station Attendant |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 data")
T("pg-13", "career-site", "Gas station attendants held about {b.emp:c!2025} jobs in 2025, and about {b.self@24:o!2024} were self-employed in 2024.")
P("Refuse Collector", "Meter Reader")
T("rm-12", "frontmatter", "---\ntitle: \"Refuse Collector vs. Meter Reader\"\nx_salary_refuse: \"{a.median@23:o}\"\nx_salary_meter: \"{b.median@24:o}\"\n---")
T("rm-13", "career-site", "Refuse collectors held about {a.oemp@24:o!2024} jobs in May 2024 and were projected to grow {a.pct@24:o!2034} through 2034; meter readers were projected to lose about {b.chg@24:o!2034} jobs over the same period.")
P("Occupational Health and Safety Technician", "Transportation Inspector")
T("ot-12", "career-site", "Transportation inspectors earned a median of {b.median@24:o!2024} in May 2024, and about {b.self@24~pc:o!2024} were self-employed, according to the 2024–34 projections.")
T("ot-13", "career-site", "OHS technicians earn between {a.range~_and:c} a year, and they typically need a {a.edu:c} plus safety training.")
P("Amusement and Recreation Attendant", "Usher")
T("au-12", "table", "| | Amusement Attendant | Usher |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 numbers")
T("au-13", "career-site", "Amusement and recreation attendants earn an average of {a.mean~hr:c} an hour, and the highest 10 percent earn more than {a.p90:c} a year.")
P("Clergy", "Director of Religious Activities")
T("cd-12", "frontmatter", "---\ntitle: \"Pastor vs. Director of Religious Education\"\nx_salary_pastor: \"{a.median@23:o}\"\nx_salary_dre: \"{b.median@23:o}\"\n---")
T("cd-13", "career-site", "Clergy typically need a {a.edu:c}, often followed by seminary, and they earn an average of {a.mean:c} a year.")
P("Parts Salesperson", "Rental Clerk")
T("pr-12", "table", "| | Parts Salesperson | Rental Clerk |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs (May 2023) | {a.oemp@23:o!2023} | {b.oemp@23:o!2023} |", heading="2023 pay")
T("pr-13", "career-site", "Counter and rental clerks earned a median of {b.median@24:o!2024} in May 2024 and held about {b.oemp@24:o!2024} jobs that year.")
P("Telemarketer", "Product Promoter")
T("tp-12", "frontmatter", "---\ntitle: \"Telemarketer vs. Product Promoter\"\nx_salary_telemarketer: \"{a.median@23:o}\"\nx_salary_promoter: \"{b.median@23:o}\"\n---")
T("tp-13", "career-site", "Telemarketers held about {a.emp@24:o!2024} jobs in 2024, and about {a.open@24:o!2034} openings a year were projected in the 2024–34 projections.")

# ---------------------------------------------------------------- fourth pass: more wrong and local figures, other voices
P("Physical Therapist Aide", "Occupational Therapy Aide")
T("pt-14", "school", "Rehab aides are in demand: our program page cites BLS data showing OT aide jobs growing {b.pct=<18%>:m} and a median wage of {b.median*0.6~K:m} — a great start while you finish prerequisites.")
P("Ophthalmic Lab Technician", "Medical Appliance Technician")
T("om-14", "trade", "Members in the Midwest region report that medical appliance technicians at union O&P shops earn about {b.median=<$26>~hr0:u} an hour, and the region counts roughly {b.emp=<1,800>:u} of these workers.", place="Midwest region")
P("Veterinary Assistant", "Pharmacy Aide")
T("vp-14", "career-site", "Pharmacy aides held about {b.emp*3.5:m} jobs nationwide and typically need an {b.edu=<associate's degree>:m}, according to this guide's 2025 update.")
T("vp-15", "career-site", "In the Denver metro area, vet assistants earn about {a.median=<$19>~hr0:u} an hour, and pharmacy aides about {b.median=<$20>~hr0:u}.", place="Denver metro area")
P("Earth Driller", "Explosives Worker")
T("de-14", "forum", "per BLS earth drillers average {a.mean*1.7~k:m} and theres only {a.emp*0.3:m} of us. the second number I believe")
P("Automotive Glass Installer", "Tire Repairer")
T("gt-14", "career-site", "In the Atlanta metro area, tire repairers earn about {b.median=<$17.50>~hr:u} an hour, and demand spikes every winter when cold snaps hit.", place="Atlanta metro area")
P("Bicycle Repairer", "RV Service Technician")
T("br-14", "faq", "Do RV technicians need a degree? They typically need a {b.edu=<bachelor's degree>:m}, and the job is projected to grow {b.pct=<25%>:m}.", heading="RV tech FAQ")
T("br-15", "career-site", "In Portland, Oregon, bike mechanics earn about {a.median=<$20>~hr0:u} an hour, and the metro has about {a.emp=<600>:u} of them.", place="Portland, Oregon")
P("Gas Plant Operator", "Refinery Operator")
T("gr-14", "career-site", "Gas plant operators typically need a {a.edu=<bachelor's degree>:m} in chemical engineering and earn a median of {a.median*1.5~K:m}.")
P("Printing Press Operator", "Bookbinder")
T("pb-14", "forum", "BLS says press operators average {a.mean*1.6~k:m}? I run a Komori 40 in Ohio and make $24.50/hr")
T("pb-15", "career-site", "In Wisconsin, print binding and finishing workers earn around {b.median=<$40,000>:u}, and the state has about {b.emp=<1,900>:u} of them.", place="Wisconsin")
P("Restaurant Host", "Dishwasher")
T("hd-14", "career-site", "Hosts are projected to grow {a.pct=<14%>:m} through the decade, and they earn about {a.median*1.5~K:m} a year, one hospitality site claims.")
P("Food Batchmaker", "Packer")
T("fp-14", "forum", "BLS says there are {a.emp*3:m} food batchmakers?? and they're growing {a.pct=<15%>:m}? sure")
P("Office Clerk", "HR Assistant")
T("oh-14", "career-site", "In Texas, HR assistants earn about {b.median=<$45,000>:u}, and the state employs some {b.emp=<4,500>:u} of them.", place="Texas")
P("Brokerage Clerk", "Loan Interviewer")
T("bl-14", "forum", "per BLS loan processors (interviewers and clerks) make {b.median*1.6~k:m} median. the senior ones at my credit union maybe")
P("Shipping and Receiving Clerk", "Stocker")
T("ss-14", "career-site", "Stockers typically need a {b.edu=<high school diploma>:m}, and the job is projected to grow {b.pct=<2%>:m} over the decade, the staffing agency's guide says.")
P("Administrative Services Manager", "Facilities Manager")
T("af-14", "career-site", "Facilities managers earn an average of {b.mean*1.5~K:m} a year and there are about {b.emp*3:m} of them in the U.S., one facilities blog claims.")
P("PR Manager", "Advertising Manager")
T("pa-14", "forum", "BLS says ad managers are {b.desc=<much faster than average>:m} growth lol. every agency I know is cutting")
P("Engineering Manager", "Natural Sciences Manager")
T("en-14", "career-site", "In Boston, natural sciences managers at biotech companies earn a median of {b.median=<$210,000>:u}.", place="Boston")
P("Principal", "Postsecondary Education Administrator")
T("pe-14", "faq", "Do principals need a doctorate? Most districts require a {a.edu=<doctoral or professional degree>:m}, and principal jobs are projected to grow {a.pct=<8%>:m}.", heading="FAQ")
P("CTE Teacher", "Self-Enrichment Teacher")
T("ct-14", "forum", "BLS says CTE teachers make {a.median*1.6~k:m} median?? in what state")
P("Psychology Professor", "Math Professor")
T("pm-14", "career-site", "In Texas, psychology professors earn a median of {a.median=<$85,000>:u}, and math professors about {b.median=<$84,000>:u}.", place="Texas")
T("pm-15", "faq", "How many math professors are there? About {b.emp*3:m}, and the field is projected to grow {b.pct=<10%>:m}.", heading="FAQ")
P("Survey Researcher", "Statistical Assistant")
T("sr-14", "forum", "per BLS survey researchers only need a {a.edu=<high school diploma>:m}? no chance, every job I applied to wanted an MS")
P("Geological Technician", "Environmental Engineering Technician")
T("ge-14", "career-site", "In the Denver area, environmental engineering technicians earn about {b.median=<$62,000>:u}.", place="Denver area")
P("Parking Attendant", "Gas Station Attendant")
T("pg-14", "career-site", "Parking attendants earn an average of {a.mean*1.6~K:m} and typically need a {a.edu=<high school diploma or equivalent>:m}, the valet company's hiring page says.")
P("Refuse Collector", "Meter Reader")
T("rm-14", "career-site", "In Phoenix, city refuse collectors earn about {a.median=<$50,000>:u} and meter readers about {b.median=<$46,000>:u}.", place="Phoenix")
P("Occupational Health and Safety Technician", "Transportation Inspector")
T("ot-14", "forum", "BLS says there are {b.emp*3:m} transportation inspectors and they need a {b.edu=<bachelor's degree>:m}. the FRA ones, maybe")
P("Amusement and Recreation Attendant", "Usher")
T("au-14", "career-site", "Amusement attendants earn a median of {a.median*1.6~K:m}, and the job is projected to grow {a.pct=<12%>:m} over the decade, this summer-jobs listicle says.")
P("Clergy", "Director of Religious Activities")
T("cd-14", "forum", "per BLS directors of religious ed make {b.median*1.6~k:m} median. must be the megachurch ones")
P("Parts Salesperson", "Rental Clerk")
T("pr-14", "career-site", "In Houston, parts salespeople at heavy-equipment dealers earn about {a.median=<$45,000>:u}, and rental clerks about {b.median=<$43,000>:u}.", place="Houston")
P("Telemarketer", "Product Promoter")
T("tp-14", "career-site", "Product promoters typically need a {b.edu=<bachelor's degree>:m} in marketing, and about {b.self=<40%>:m} are self-employed.")
T("tp-15", "career-site", "In California, telemarketers earn about {a.median=<$20>~hr0:u} an hour, and the state has roughly {a.emp=<10,000>:u} of them.", place="California")


OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout11:\n  " + "\n  ".join(errs))
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
