#!/usr/bin/env python3
"""Generate claims-holdout10 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Where the CLI resolves an article's title to the wrong occupation (or to none), `query` is the exact BLS title
the figures were taken from (see README). Items are written by hand; a figure in an item's text is written either
literally ({a.edu=<master's degree>:m}) or as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o},
{a.median*0.6~k:m}). The letter after the colon is the author's label (c current, o outdated, m mismatch,
u unchecked); check() re-derives every verdict from the rendered text alone and refuses to write on any
disagreement. The machinery (tokens, check(), strip(), --flips, --stats) is holdout8's.
Run: python3 make-holdout10.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"dosim": {"query": "Medical Dosimetrist", "soc": "29-2036", "title": "Medical Dosimetrists", "oews2025": {"mean": 148500, "median": 147470, "p10": 111670, "p25": 132080, "p75": 167030, "p90": 185450, "hourlyMean": 71.4, "employment": 3410}, "oews2024": {"mean": 141420, "median": 138110, "p10": 103760, "p25": 125600, "p75": 157840, "p90": 176360, "hourlyMean": 67.99, "employment": 3970}, "oews2023": {"mean": 131850, "median": 132880, "p10": 86480, "p25": 113880, "p75": 153360, "p90": 170330, "hourlyMean": 63.39, "employment": 3900}, "ep2025": {"changePercent": 5, "changeNumeric": 0.2, "openingsPerYear": 0.2, "employmentBase": 3.5, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.5, "changeNumeric": 0.2, "openingsPerYear": 0.2, "employmentBase": 4.8, "education": "Bachelor's degree", "selfEmployedPercent": 13.8}},
"surgasst": {"query": "Surgical Assistant", "soc": "29-9093", "title": "Surgical Assistants", "oews2025": {"mean": 72710, "median": 66800, "p10": 39690, "p25": 50170, "p75": 88010, "p90": 107610, "hourlyMean": 34.96, "employment": 22270}, "oews2024": {"mean": 67190, "median": 60290, "p10": 39540, "p25": 49140, "p75": 80860, "p90": 102390, "hourlyMean": 32.3, "employment": 22860}, "oews2023": {"mean": 65190, "median": 59160, "p10": 37210, "p25": 45100, "p75": 79190, "p90": 101180, "hourlyMean": 31.34, "employment": 18780}, "ep2025": {"changePercent": 6.1, "changeNumeric": 1.5, "openingsPerYear": 1.4, "employmentBase": 24.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 8.1}, "ep2024": {"changePercent": 5.1, "changeNumeric": 1.3, "openingsPerYear": 1.6, "employmentBase": 25.3, "education": "Postsecondary nondegree award", "selfEmployedPercent": 8.6}},
"acu": {"query": "Acupuncturist", "soc": "29-1291", "title": "Acupuncturists", "oews2025": {"mean": 87020, "median": 76040, "p10": 38830, "p25": 55380, "p75": 102280, "p90": 161470, "hourlyMean": 41.84, "employment": 7830}, "oews2024": {"mean": 89750, "median": 78140, "p10": 41840, "p25": 54090, "p75": 107120, "p90": 158540, "hourlyMean": 43.15, "employment": 8440}, "oews2023": {"mean": 84260, "median": 78220, "p10": 41600, "p25": 52000, "p75": 99740, "p90": 140660, "hourlyMean": 40.51, "employment": 9370}, "ep2025": {"changePercent": 8.6, "changeNumeric": 1.3, "openingsPerYear": 0.8, "employmentBase": 14.8, "education": "Master's degree", "selfEmployedPercent": 46.2}, "ep2024": {"changePercent": 6.8, "changeNumeric": 1, "openingsPerYear": 0.9, "employmentBase": 15.3, "education": "Master's degree", "selfEmployedPercent": 44.1}},
"diettech": {"query": "Dietetic Technician", "soc": "29-2051", "title": "Dietetic Technicians", "oews2025": {"mean": 40630, "median": 37640, "p10": 29720, "p25": 33880, "p75": 45750, "p90": 54020, "hourlyMean": 19.54, "employment": 31560}, "oews2024": {"mean": 39560, "median": 37040, "p10": 28280, "p25": 32460, "p75": 44290, "p90": 53440, "hourlyMean": 19.02, "employment": 29950}, "oews2023": {"mean": 38440, "median": 36520, "p10": 27670, "p25": 31420, "p75": 43090, "p90": 50790, "hourlyMean": 18.48, "employment": 24240}, "ep2025": {"changePercent": 2.7, "changeNumeric": 0.9, "openingsPerYear": 4.2, "employmentBase": 32.1, "education": "Associate's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 2.5, "changeNumeric": 0.8, "openingsPerYear": 4, "employmentBase": 30.9, "education": "Associate's degree", "selfEmployedPercent": 0.7}},
"pipe": {"query": "Pipelayer", "soc": "47-2151", "title": "Pipelayers", "oews2025": {"mean": 54700, "median": 49000, "p10": 37730, "p25": 43980, "p75": 61400, "p90": 80170, "hourlyMean": 26.3, "employment": 33050}, "oews2024": {"mean": 54270, "median": 48710, "p10": 36840, "p25": 42320, "p75": 60980, "p90": 80710, "hourlyMean": 26.09, "employment": 33580}, "oews2023": {"mean": 52840, "median": 47330, "p10": 35820, "p25": 39660, "p75": 60480, "p90": 79150, "hourlyMean": 25.41, "employment": 34840}, "ep2025": {"changePercent": -3.1, "changeNumeric": -1, "openingsPerYear": 2.1, "employmentBase": 33.2, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -4.1, "changeNumeric": -1.4, "openingsPerYear": 2.4, "employmentBase": 34.4, "education": "No formal educational credential", "selfEmployedPercent": null}},
"piledr": {"query": "Pile Driver Operator", "soc": "47-2072", "title": "Pile Driver Operators", "oews2025": {"mean": 80710, "median": 73300, "p10": 48790, "p25": 58510, "p75": 106430, "p90": 124600, "hourlyMean": 38.81, "employment": 2310}, "oews2024": {"mean": 79000, "median": 70510, "p10": 46690, "p25": 54750, "p75": 103960, "p90": 121990, "hourlyMean": 37.98, "employment": 3040}, "oews2023": {"mean": 70260, "median": 63550, "p10": 40840, "p25": 49370, "p75": 91460, "p90": 109030, "hourlyMean": 33.78, "employment": 3010}, "ep2025": {"changePercent": -5.7, "changeNumeric": -0.1, "openingsPerYear": 0.2, "employmentBase": 2.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.7}, "ep2024": {"changePercent": 4.3, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 3.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 3}},
"stone": {"query": "Stonemason", "soc": "47-2022", "title": "Stonemasons", "oews2025": {"mean": 60710, "median": 57390, "p10": 39300, "p25": 45450, "p75": 71630, "p90": 86180, "hourlyMean": 29.19, "employment": 7820}, "oews2024": {"mean": 57220, "median": 51990, "p10": 37420, "p25": 44820, "p75": 64120, "p90": 83200, "hourlyMean": 27.51, "employment": 8750}, "oews2023": {"mean": 56930, "median": 51830, "p10": 36530, "p25": 45940, "p75": 64700, "p90": 80850, "hourlyMean": 27.37, "employment": 9790}, "ep2025": {"changePercent": -5.4, "changeNumeric": -0.5, "openingsPerYear": 0.5, "employmentBase": 9.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 17.6}, "ep2024": {"changePercent": -3, "changeNumeric": -0.4, "openingsPerYear": 0.8, "employmentBase": 12.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 27.3}},
"terrazzo": {"query": "Terrazzo Worker", "soc": "47-2053", "title": "Terrazzo Workers and Finishers", "oews2025": {"mean": 84920, "median": 76170, "p10": 46090, "p25": 54830, "p75": 114780, "p90": 126130, "hourlyMean": 40.83, "employment": 1180}, "oews2024": {"mean": 62330, "median": 57260, "p10": 39360, "p25": 46940, "p75": 73490, "p90": 104510, "hourlyMean": 29.97, "employment": 1450}, "oews2023": {"mean": 54220, "median": 48900, "p10": 34990, "p25": 39010, "p75": 60320, "p90": 78610, "hourlyMean": 26.07, "employment": 1460}, "ep2025": {"changePercent": -13, "changeNumeric": -0.2, "openingsPerYear": 0.1, "employmentBase": 1.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -11.1, "changeNumeric": -0.2, "openingsPerYear": 0.1, "employmentBase": 1.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"carpet": {"query": "Carpet Installer", "soc": "47-2041", "title": "Carpet Installers", "oews2025": {"mean": 56990, "median": 50340, "p10": 35450, "p25": 41970, "p75": 66320, "p90": 82140, "hourlyMean": 27.4, "employment": 13780}, "oews2024": {"mean": 55860, "median": 49850, "p10": 32830, "p25": 39140, "p75": 65530, "p90": 83200, "hourlyMean": 26.85, "employment": 14980}, "oews2023": {"mean": 52290, "median": 47520, "p10": 31160, "p25": 36930, "p75": 61580, "p90": 80650, "hourlyMean": 25.14, "employment": 15560}, "ep2025": {"changePercent": -16.4, "changeNumeric": -2.8, "openingsPerYear": 0.7, "employmentBase": 17.4, "education": "No formal educational credential", "selfEmployedPercent": 21}, "ep2024": {"changePercent": -9.6, "changeNumeric": -1.9, "openingsPerYear": 1.1, "employmentBase": 20.3, "education": "No formal educational credential", "selfEmployedPercent": 25.6}},
"floor": {"query": "Floor Layer", "soc": "47-2042", "title": "Floor Layers, Except Carpet, Wood, and Hard Tiles", "oews2025": {"mean": 61760, "median": 56460, "p10": 37600, "p25": 45660, "p75": 73840, "p90": 96700, "hourlyMean": 29.69, "employment": 23640}, "oews2024": {"mean": 60550, "median": 54340, "p10": 37190, "p25": 44760, "p75": 72390, "p90": 97180, "hourlyMean": 29.11, "employment": 24850}, "oews2023": {"mean": 56680, "median": 48840, "p10": 35340, "p25": 40840, "p75": 66170, "p90": 91840, "hourlyMean": 27.25, "employment": 25150}, "ep2025": {"changePercent": 9, "changeNumeric": 2.7, "openingsPerYear": 2.2, "employmentBase": 29.8, "education": "No formal educational credential", "selfEmployedPercent": 21.2}, "ep2024": {"changePercent": 9.5, "changeNumeric": 3.2, "openingsPerYear": 2.7, "employmentBase": 33.7, "education": "No formal educational credential", "selfEmployedPercent": 25.7}},
"rigger": {"query": "Rigger", "soc": "49-9096", "title": "Riggers", "oews2025": {"mean": 66810, "median": 62640, "p10": 40680, "p25": 48210, "p75": 80180, "p90": 97850, "hourlyMean": 32.12, "employment": 22530}, "oews2024": {"mean": 66600, "median": 62060, "p10": 38930, "p25": 47940, "p75": 79340, "p90": 100480, "hourlyMean": 32.02, "employment": 24190}, "oews2023": {"mean": 62020, "median": 56220, "p10": 37420, "p25": 45220, "p75": 75350, "p90": 97080, "hourlyMean": 29.82, "employment": 23870}, "ep2025": {"changePercent": 3.9, "changeNumeric": 0.9, "openingsPerYear": 1.7, "employmentBase": 22.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.2, "changeNumeric": 0.8, "openingsPerYear": 2.5, "employmentBase": 24.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"hoist": {"query": "Hoist and Winch Operator", "soc": "53-7041", "title": "Hoist and Winch Operators", "oews2025": {"mean": 67710, "median": 56450, "p10": 35640, "p25": 42690, "p75": 94350, "p90": 118210, "hourlyMean": 32.55, "employment": 2600}, "oews2024": {"mean": 64070, "median": 52310, "p10": 33910, "p25": 39220, "p75": 90200, "p90": 116120, "hourlyMean": 30.81, "employment": 2480}, "oews2023": {"mean": 65810, "median": 55950, "p10": 33760, "p25": 40490, "p75": 93630, "p90": 111470, "hourlyMean": 31.64, "employment": 2230}, "ep2025": {"changePercent": 0.2, "changeNumeric": 0, "openingsPerYear": 0.3, "employmentBase": 3.2, "education": "No formal educational credential", "selfEmployedPercent": 18.6}, "ep2024": {"changePercent": -1.1, "changeNumeric": 0, "openingsPerYear": 0.3, "employmentBase": 2.7, "education": "No formal educational credential", "selfEmployedPercent": 7.8}},
"plaster": {"query": "Plasterer", "soc": "47-2161", "title": "Plasterers and Stucco Masons", "oews2025": {"mean": 62050, "median": 57660, "p10": 39560, "p25": 47970, "p75": 71310, "p90": 96710, "hourlyMean": 29.83, "employment": 19310}, "oews2024": {"mean": 61000, "median": 56020, "p10": 38610, "p25": 46990, "p75": 72210, "p90": 92930, "hourlyMean": 29.33, "employment": 20880}, "oews2023": {"mean": 59050, "median": 52640, "p10": 36880, "p25": 44810, "p75": 68650, "p90": 92780, "hourlyMean": 28.39, "employment": 22310}, "ep2025": {"changePercent": 2.8, "changeNumeric": 0.6, "openingsPerYear": 1.5, "employmentBase": 22.9, "education": "No formal educational credential", "selfEmployedPercent": 16.8}, "ep2024": {"changePercent": 4.1, "changeNumeric": 1, "openingsPerYear": 1.9, "employmentBase": 24.2, "education": "No formal educational credential", "selfEmployedPercent": 13.4}},
"taper": {"query": "Taper", "soc": "47-2082", "title": "Tapers", "oews2025": {"mean": 72710, "median": 68270, "p10": 43670, "p25": 52730, "p75": 88540, "p90": 107110, "hourlyMean": 34.96, "employment": 12840}, "oews2024": {"mean": 70390, "median": 64700, "p10": 43450, "p25": 50780, "p75": 82990, "p90": 106160, "hourlyMean": 33.84, "employment": 12500}, "oews2023": {"mean": 69300, "median": 63350, "p10": 43870, "p25": 52000, "p75": 84610, "p90": 103130, "hourlyMean": 33.32, "employment": 15560}, "ep2025": {"changePercent": -1.6, "changeNumeric": -0.3, "openingsPerYear": 0.9, "employmentBase": 15.8, "education": "No formal educational credential", "selfEmployedPercent": 19.4}, "ep2024": {"changePercent": 0.1, "changeNumeric": 0, "openingsPerYear": 1.1, "employmentBase": 15.6, "education": "No formal educational credential", "selfEmployedPercent": 19.5}},
"diver": {"query": "Commercial Diver", "soc": "49-9092", "title": "Commercial Divers", "oews2025": {"mean": 88320, "median": 72990, "p10": 43330, "p25": 54810, "p75": 101550, "p90": 157790, "hourlyMean": 42.46, "employment": 3450}, "oews2024": {"mean": 78110, "median": 61130, "p10": 39130, "p25": 49370, "p75": 93840, "p90": 152580, "hourlyMean": 37.55, "employment": 3430}, "oews2023": {"mean": 75570, "median": 61300, "p10": 39430, "p25": 46440, "p75": 89750, "p90": 136990, "hourlyMean": 36.33, "employment": 2790}, "ep2025": {"changePercent": 4.8, "changeNumeric": 0.2, "openingsPerYear": 0.4, "employmentBase": 4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 14.8}, "ep2024": {"changePercent": 8.5, "changeNumeric": 0.4, "openingsPerYear": 0.4, "employmentBase": 4.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 16.6}},
"derrick": {"query": "Derrick Operator", "soc": "47-5011", "title": "Derrick Operators, Oil and Gas", "oews2025": {"mean": 60210, "median": 58620, "p10": 43380, "p25": 49880, "p75": 71610, "p90": 81800, "hourlyMean": 28.95, "employment": 10590}, "oews2024": {"mean": 62490, "median": 62740, "p10": 42930, "p25": 49440, "p75": 72820, "p90": 84620, "hourlyMean": 30.05, "employment": 11040}, "oews2023": {"mean": 58330, "median": 58210, "p10": 42230, "p25": 47420, "p75": 66800, "p90": 75750, "hourlyMean": 28.04, "employment": 11510}, "ep2025": {"changePercent": 1.6, "changeNumeric": 0.2, "openingsPerYear": 0.9, "employmentBase": 10.7, "education": "No formal educational credential", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 0.5, "changeNumeric": 0.1, "openingsPerYear": 1, "employmentBase": 11.3, "education": "No formal educational credential", "selfEmployedPercent": 1.4}},
"stateng": {"query": "Stationary Engineer", "soc": "51-8021", "title": "Stationary Engineers and Boiler Operators", "oews2025": {"mean": 83960, "median": 78620, "p10": 50590, "p25": 63160, "p75": 101150, "p90": 125390, "hourlyMean": 40.37, "employment": 28250}, "oews2024": {"mean": 79710, "median": 75190, "p10": 47310, "p25": 60110, "p75": 96420, "p90": 121200, "hourlyMean": 38.32, "employment": 30780}, "oews2023": {"mean": 73170, "median": 67640, "p10": 41360, "p25": 51970, "p75": 89160, "p90": 113660, "hourlyMean": 35.18, "employment": 33840}, "ep2025": {"changePercent": 3.1, "changeNumeric": 1, "openingsPerYear": 3.2, "employmentBase": 31.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.2, "changeNumeric": 0.7, "openingsPerYear": 3.8, "employmentBase": 33.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.1}},
"chemop": {"query": "Chemical Plant Operator", "soc": "51-8091", "title": "Chemical Plant and System Operators", "oews2025": {"mean": 79970, "median": 78120, "p10": 48400, "p25": 60330, "p75": 98660, "p90": 111930, "hourlyMean": 38.45, "employment": 16610}, "oews2024": {"mean": 76290, "median": 73540, "p10": 48000, "p25": 57080, "p75": 98050, "p90": 107790, "hourlyMean": 36.68, "employment": 17840}, "oews2023": {"mean": 79450, "median": 80030, "p10": 47650, "p25": 59830, "p75": 99960, "p90": 108470, "hourlyMean": 38.2, "employment": 17980}, "ep2025": {"changePercent": -5.2, "changeNumeric": -0.9, "openingsPerYear": 1.3, "employmentBase": 16.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6.1, "changeNumeric": -1.1, "openingsPerYear": 1.6, "employmentBase": 18.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"signal": {"query": "Signal and Track Switch Repairer", "soc": "49-9097", "title": "Signal and Track Switch Repairers", "oews2025": {"mean": 90410, "median": 92460, "p10": 62610, "p25": 79720, "p75": 99320, "p90": 119550, "hourlyMean": 43.47, "employment": 8720}, "oews2024": {"mean": 84940, "median": 83600, "p10": 57410, "p25": 75680, "p75": 95620, "p90": 104860, "hourlyMean": 40.84, "employment": 8210}, "oews2023": {"mean": 81810, "median": 82710, "p10": 61910, "p25": 76760, "p75": 91050, "p90": 95460, "hourlyMean": 39.33, "employment": 9200}, "ep2025": {"changePercent": 1.8, "changeNumeric": 0.2, "openingsPerYear": 0.8, "employmentBase": 8.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 13.7}, "ep2024": {"changePercent": 1.7, "changeNumeric": 0.1, "openingsPerYear": 0.8, "employmentBase": 8.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 15.3}},
"railcar": {"query": "Rail Car Repairer", "soc": "49-3043", "title": "Rail Car Repairers", "oews2025": {"mean": 70680, "median": 67530, "p10": 46800, "p25": 54520, "p75": 84570, "p90": 95100, "hourlyMean": 33.98, "employment": 21350}, "oews2024": {"mean": 67610, "median": 65680, "p10": 45670, "p25": 51640, "p75": 80150, "p90": 92000, "hourlyMean": 32.5, "employment": 18300}, "oews2023": {"mean": 65690, "median": 65030, "p10": 44140, "p25": 49900, "p75": 78240, "p90": 88280, "hourlyMean": 31.58, "employment": 19480}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.5, "openingsPerYear": 1.6, "employmentBase": 20.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.9}, "ep2024": {"changePercent": 2.8, "changeNumeric": 0.5, "openingsPerYear": 1.5, "employmentBase": 17.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.3}},
"credit": {"query": "Credit Counselor", "soc": "13-2071", "title": "Credit Counselors", "oews2025": {"mean": 57210, "median": 52230, "p10": 38350, "p25": 45720, "p75": 64080, "p90": 80440, "hourlyMean": 27.51, "employment": 27770}, "oews2024": {"mean": 55890, "median": 50480, "p10": 38980, "p25": 45420, "p75": 61760, "p90": 77920, "hourlyMean": 26.87, "employment": 28110}, "oews2023": {"mean": 53440, "median": 48570, "p10": 37460, "p25": 41980, "p75": 59990, "p90": 75030, "hourlyMean": 25.69, "employment": 27950}, "ep2025": {"changePercent": 3.3, "changeNumeric": 1, "openingsPerYear": 2, "employmentBase": 31.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 3.3, "changeNumeric": 1.1, "openingsPerYear": 2.2, "employmentBase": 31.8, "education": "Bachelor's degree", "selfEmployedPercent": 1.4}},
"collector": {"query": "Bill Collector", "soc": "43-3011", "title": "Bill and Account Collectors", "oews2025": {"mean": 49060, "median": 47030, "p10": 34400, "p25": 39010, "p75": 56740, "p90": 65580, "hourlyMean": 23.59, "employment": 158830}, "oews2024": {"mean": 48370, "median": 46040, "p10": 33960, "p25": 38290, "p75": 54990, "p90": 65830, "hourlyMean": 23.25, "employment": 165020}, "oews2023": {"mean": 46020, "median": 44250, "p10": 31960, "p25": 37260, "p75": 50680, "p90": 62360, "hourlyMean": 22.12, "employment": 190910}, "ep2025": {"changePercent": -10.4, "changeNumeric": -16.7, "openingsPerYear": 11.2, "employmentBase": 160.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": -10.5, "changeNumeric": -17.5, "openingsPerYear": 13.7, "employmentBase": 166.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}},
"file": {"query": "File Clerk", "soc": "43-4071", "title": "File Clerks", "oews2025": {"mean": 45590, "median": 43600, "p10": 31200, "p25": 36420, "p75": 51770, "p90": 63490, "hourlyMean": 21.92, "employment": 73440}, "oews2024": {"mean": 43700, "median": 41270, "p10": 29620, "p25": 35120, "p75": 50020, "p90": 61080, "hourlyMean": 21.01, "employment": 78980}, "oews2023": {"mean": 40730, "median": 38130, "p10": 27040, "p25": 32350, "p75": 47180, "p90": 58140, "hourlyMean": 19.58, "employment": 82290}, "ep2025": {"changePercent": -15.8, "changeNumeric": -12, "openingsPerYear": 5.6, "employmentBase": 76.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.4}, "ep2024": {"changePercent": -15.9, "changeNumeric": -13.4, "openingsPerYear": 7.3, "employmentBase": 84.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.9}},
"dataentry": {"query": "Data Entry Keyer", "soc": "43-9021", "title": "Data Entry Keyers", "oews2025": {"mean": 43310, "median": 41340, "p10": 31200, "p25": 35760, "p75": 48410, "p90": 58790, "hourlyMean": 20.82, "employment": 127080}, "oews2024": {"mean": 42070, "median": 39850, "p10": 30100, "p25": 34900, "p75": 47260, "p90": 56930, "hourlyMean": 20.22, "employment": 135280}, "oews2023": {"mean": 40130, "median": 37790, "p10": 28250, "p25": 32660, "p75": 46020, "p90": 55330, "hourlyMean": 19.29, "employment": 154230}, "ep2025": {"changePercent": -25.5, "changeNumeric": -33.6, "openingsPerYear": 7.7, "employmentBase": 131.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.6}, "ep2024": {"changePercent": -25.9, "changeNumeric": -36.7, "openingsPerYear": 9.5, "employmentBase": 141.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.2}},
"desk": {"query": "Hotel Desk Clerk", "soc": "43-4081", "title": "Hotel, Motel, and Resort Desk Clerks", "oews2025": {"mean": 35550, "median": 35070, "p10": 27120, "p25": 29810, "p75": 38100, "p90": 45470, "hourlyMean": 17.09, "employment": 261420}, "oews2024": {"mean": 34740, "median": 34270, "p10": 26600, "p25": 29210, "p75": 37430, "p90": 44720, "hourlyMean": 16.7, "employment": 261430}, "oews2023": {"mean": 32570, "median": 30790, "p10": 23500, "p25": 28100, "p75": 36040, "p90": 41820, "hourlyMean": 15.66, "employment": 263800}, "ep2025": {"changePercent": 1.8, "changeNumeric": 4.9, "openingsPerYear": 35.5, "employmentBase": 264.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.7, "changeNumeric": 9.9, "openingsPerYear": 43.6, "employmentBase": 264.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"bellhop": {"query": "Bellhop", "soc": "39-6011", "title": "Baggage Porters and Bellhops", "oews2025": {"mean": 38570, "median": 37080, "p10": 27040, "p25": 31200, "p75": 44130, "p90": 51600, "hourlyMean": 18.54, "employment": 28510}, "oews2024": {"mean": 36960, "median": 36020, "p10": 25480, "p25": 29830, "p75": 40780, "p90": 48490, "hourlyMean": 17.77, "employment": 31220}, "oews2023": {"mean": 36100, "median": 34840, "p10": 24710, "p25": 30180, "p75": 39290, "p90": 47610, "hourlyMean": 17.36, "employment": 28780}, "ep2025": {"changePercent": -3, "changeNumeric": -0.9, "openingsPerYear": 3.8, "employmentBase": 29.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": -1.6, "changeNumeric": -0.5, "openingsPerYear": 4.6, "employmentBase": 32.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"elig": {"query": "Eligibility Interviewer", "soc": "43-4061", "title": "Eligibility Interviewers, Government Programs", "oews2025": {"mean": 56090, "median": 54210, "p10": 38900, "p25": 45910, "p75": 63610, "p90": 74690, "hourlyMean": 26.97, "employment": 154800}, "oews2024": {"mean": 53970, "median": 51500, "p10": 37690, "p25": 43850, "p75": 61680, "p90": 72280, "hourlyMean": 25.95, "employment": 156260}, "oews2023": {"mean": 51840, "median": 50270, "p10": 36720, "p25": 41290, "p75": 61510, "p90": 68180, "hourlyMean": 24.92, "employment": 150190}, "ep2025": {"changePercent": 1.6, "changeNumeric": 2.6, "openingsPerYear": 12.7, "employmentBase": 162.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1, "changeNumeric": 1.7, "openingsPerYear": 14, "employmentBase": 166.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}},
"court": {"query": "Court Clerk", "soc": "43-4031", "title": "Court, Municipal, and License Clerks", "oews2025": {"mean": 52320, "median": 48700, "p10": 36300, "p25": 40810, "p75": 60840, "p90": 73820, "hourlyMean": 25.15, "employment": 179750}, "oews2024": {"mean": 51200, "median": 47700, "p10": 34860, "p25": 39730, "p75": 59590, "p90": 72370, "hourlyMean": 24.61, "employment": 170010}, "oews2023": {"mean": 48760, "median": 46110, "p10": 32190, "p25": 37850, "p75": 57010, "p90": 67330, "hourlyMean": 23.44, "employment": 157960}, "ep2025": {"changePercent": 3.4, "changeNumeric": 6.3, "openingsPerYear": 17.1, "employmentBase": 187, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 3, "changeNumeric": 5.5, "openingsPerYear": 18.5, "employmentBase": 180.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}},
"math": {"query": "Mathematician", "soc": "15-2021", "title": "Mathematicians", "oews2025": {"mean": 129260, "median": 126710, "p10": 69240, "p25": 88570, "p75": 157020, "p90": 195190, "hourlyMean": 62.15, "employment": 2030}, "oews2024": {"mean": 122520, "median": 121680, "p10": 63430, "p25": 85720, "p75": 153340, "p90": 187660, "hourlyMean": 58.91, "employment": 2220}, "oews2023": {"mean": 119770, "median": 116440, "p10": 62260, "p25": 81910, "p75": 148240, "p90": 183500, "hourlyMean": 57.58, "employment": 2220}, "ep2025": {"changePercent": 0.6, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 2.2, "education": "Master's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -0.7, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 2.4, "education": "Master's degree", "selfEmployedPercent": null}},
"dbarch": {"query": "Database Architect", "soc": "15-1243", "title": "Database Architects", "oews2025": {"mean": 144440, "median": 139500, "p10": 86240, "p25": 109370, "p75": 169290, "p90": 204000, "hourlyMean": 69.44, "employment": 67140}, "oews2024": {"mean": 142620, "median": 135980, "p10": 81630, "p25": 107900, "p75": 169480, "p90": 209990, "hourlyMean": 68.57, "employment": 64770}, "oews2023": {"mean": 137030, "median": 134700, "p10": 76000, "p25": 104330, "p75": 166780, "p90": 194960, "hourlyMean": 65.88, "employment": 59920}, "ep2025": {"changePercent": 9.4, "changeNumeric": 6.5, "openingsPerYear": 3.9, "employmentBase": 69.5, "education": "Bachelor's degree", "selfEmployedPercent": 2.1}, "ep2024": {"changePercent": 8.7, "changeNumeric": 5.8, "openingsPerYear": 4, "employmentBase": 66.9, "education": "Bachelor's degree", "selfEmployedPercent": 1.4}},
"choreo": {"query": "Choreographer", "soc": "27-2032", "title": "Choreographers", "oews2025": {"mean": 73100, "median": 55310, "p10": 34090, "p25": 41600, "p75": 75710, "p90": 138630, "hourlyMean": 35.14, "employment": 2860}, "oews2024": {"mean": 62020, "median": 55600, "p10": 33080, "p25": 39600, "p75": 71190, "p90": 94090, "hourlyMean": 29.82, "employment": 3430}, "oews2023": {"mean": 59090, "median": 52000, "p10": 30040, "p25": 37440, "p75": 77330, "p90": 91140, "hourlyMean": 28.41, "employment": 4190}, "ep2025": {"changePercent": 3.1, "changeNumeric": 0.1, "openingsPerYear": 0.6, "employmentBase": 4.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 39.6}, "ep2024": {"changePercent": 6.1, "changeNumeric": 0.3, "openingsPerYear": 0.7, "employmentBase": 4.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 24.3}},
"musdir": {"query": "Music Director", "soc": "27-2041", "title": "Music Directors and Composers", "oews2025": {"mean": 90470, "median": 73710, "p10": 39880, "p25": 53110, "p75": 104090, "p90": 165760, "hourlyMean": 43.5, "employment": 12540}, "oews2024": {"mean": 84230, "median": 63670, "p10": 34990, "p25": 47330, "p75": 96590, "p90": 157010, "hourlyMean": 40.5, "employment": 12330}, "oews2023": {"mean": 87840, "median": 62590, "p10": 34240, "p25": 46910, "p75": 101690, "p90": 173810, "hourlyMean": 42.23, "employment": 10770}, "ep2025": {"changePercent": 1.2, "changeNumeric": 0.6, "openingsPerYear": 4.2, "employmentBase": 51.1, "education": "Bachelor's degree", "selfEmployedPercent": 24.7}, "ep2024": {"changePercent": -0.3, "changeNumeric": -0.1, "openingsPerYear": 4.3, "employmentBase": 47.3, "education": "Bachelor's degree", "selfEmployedPercent": 25.6}},
"setdes": {"query": "Set Designer", "soc": "27-1027", "title": "Set and Exhibit Designers", "oews2025": {"mean": 83160, "median": 75240, "p10": 41750, "p25": 52830, "p75": 104030, "p90": 135410, "hourlyMean": 39.98, "employment": 10630}, "oews2024": {"mean": 78450, "median": 66280, "p10": 35990, "p25": 48920, "p75": 100020, "p90": 129420, "hourlyMean": 37.71, "employment": 10850}, "oews2023": {"mean": 67170, "median": 59490, "p10": 32240, "p25": 42980, "p75": 82620, "p90": 113740, "hourlyMean": 32.29, "employment": 10090}, "ep2025": {"changePercent": 1.4, "changeNumeric": 0.5, "openingsPerYear": 2.2, "employmentBase": 31.6, "education": "Bachelor's degree", "selfEmployedPercent": 66.3}, "ep2024": {"changePercent": 2.3, "changeNumeric": 0.7, "openingsPerYear": 2.5, "employmentBase": 31.3, "education": "Bachelor's degree", "selfEmployedPercent": 63.5}},
"costume": {"query": "Costume Attendant", "soc": "39-3092", "title": "Costume Attendants", "oews2025": {"mean": 63440, "median": 50400, "p10": 32150, "p25": 38610, "p75": 77680, "p90": 109520, "hourlyMean": 30.5, "employment": 6510}, "oews2024": {"mean": 65890, "median": 54810, "p10": 33610, "p25": 39240, "p75": 83090, "p90": 115240, "hourlyMean": 31.68, "employment": 6290}, "oews2023": {"mean": 60230, "median": 52370, "p10": 33430, "p25": 38860, "p75": 76170, "p90": 95070, "hourlyMean": 28.96, "employment": 6300}, "ep2025": {"changePercent": 5.9, "changeNumeric": 0.4, "openingsPerYear": 1.7, "employmentBase": 6.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 5.9, "changeNumeric": 0.4, "openingsPerYear": 1.8, "employmentBase": 6.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}},
"announcer": {"query": "Announcer", "soc": "27-3011", "title": "Broadcast Announcers and Radio Disc Jockeys", "oews2025": {"mean": 78720, "median": 47340, "p10": 28190, "p25": 35360, "p75": 75480, "p90": 138440, "hourlyMean": 37.85, "employment": 21240}, "oews2024": {"mean": 80110, "median": 45680, "p10": 26000, "p25": 33280, "p75": 72080, "p90": 131780, "hourlyMean": 38.52, "employment": 23880}, "oews2023": {"mean": 86950, "median": 44890, "p10": 24400, "p25": 30920, "p75": 66070, "p90": 127560, "hourlyMean": 41.81, "employment": 25070}, "ep2025": {"changePercent": -7.6, "changeNumeric": -1.7, "openingsPerYear": 2, "employmentBase": 21.8, "education": "Bachelor's degree", "selfEmployedPercent": 2.3}, "ep2024": {"changePercent": -5.5, "changeNumeric": -1.3, "openingsPerYear": 2.3, "employmentBase": 24.1, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"producer": {"query": "Producer", "soc": "27-2012", "title": "Producers and Directors", "oews2025": {"mean": 113300, "median": 90360, "p10": 45780, "p25": 62670, "p75": 134800, "p90": 198540, "hourlyMean": 54.47, "employment": 143120}, "oews2024": {"mean": 114280, "median": 83480, "p10": 43060, "p25": 59810, "p75": 131160, "p90": 198530, "hourlyMean": 54.94, "employment": 145270}, "oews2023": {"mean": 107170, "median": 82510, "p10": 42040, "p25": 58540, "p75": 128040, "p90": 174540, "hourlyMean": 51.52, "employment": 154470}, "ep2025": {"changePercent": 4, "changeNumeric": 7.3, "openingsPerYear": 12.1, "employmentBase": 181, "education": "Bachelor's degree", "selfEmployedPercent": 20.4}, "ep2024": {"changePercent": 4.9, "changeNumeric": 8.3, "openingsPerYear": 12.8, "employmentBase": 167, "education": "Bachelor's degree", "selfEmployedPercent": 8.2}},
"lighting": {"query": "Lighting Technician", "soc": "27-4015", "title": "Lighting Technicians", "oews2025": {"mean": 78380, "median": 68060, "p10": 42310, "p25": 52770, "p75": 95640, "p90": 130760, "hourlyMean": 37.68, "employment": 8900}, "oews2024": {"mean": 70000, "median": 60560, "p10": 36340, "p25": 47100, "p75": 83340, "p90": 117690, "hourlyMean": 33.65, "employment": 10130}, "oews2023": {"mean": 73250, "median": 62240, "p10": 37680, "p25": 47470, "p75": 82980, "p90": 126590, "hourlyMean": 35.22, "employment": 9520}, "ep2025": {"changePercent": -4.8, "changeNumeric": -0.5, "openingsPerYear": 0.6, "employmentBase": 9.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 12.2}, "ep2024": {"changePercent": -4.6, "changeNumeric": -0.6, "openingsPerYear": 0.8, "employmentBase": 12.1, "education": "Postsecondary nondegree award", "selfEmployedPercent": 13.1}},
"av": {"query": "AV Technician", "soc": "27-4011", "title": "Audio and Video Technicians", "oews2025": {"mean": 64630, "median": 58100, "p10": 37990, "p25": 46390, "p75": 77560, "p90": 100650, "hourlyMean": 31.07, "employment": 70230}, "oews2024": {"mean": 61370, "median": 54830, "p10": 35290, "p25": 43860, "p75": 73590, "p90": 98190, "hourlyMean": 29.51, "employment": 70080}, "oews2023": {"mean": 59260, "median": 51640, "p10": 33790, "p25": 41440, "p75": 69980, "p90": 95640, "hourlyMean": 28.49, "employment": 66700}, "ep2025": {"changePercent": 3.9, "changeNumeric": 3.4, "openingsPerYear": 6.6, "employmentBase": 87.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 10}, "ep2024": {"changePercent": 3.3, "changeNumeric": 3.1, "openingsPerYear": 7.3, "employmentBase": 92.3, "education": "Postsecondary nondegree award", "selfEmployedPercent": 11}},
"airfield": {"query": "Airfield Operations Specialist", "soc": "53-2022", "title": "Airfield Operations Specialists", "oews2025": {"mean": 63610, "median": 56850, "p10": 35870, "p25": 42000, "p75": 77340, "p90": 102120, "hourlyMean": 30.58, "employment": 15190}, "oews2024": {"mean": 67120, "median": 56750, "p10": 35200, "p25": 41220, "p75": 78320, "p90": 111030, "hourlyMean": 32.27, "employment": 16640}, "oews2023": {"mean": 62140, "median": 51140, "p10": 33870, "p25": 39700, "p75": 74410, "p90": 106860, "hourlyMean": 29.88, "employment": 18320}, "ep2025": {"changePercent": 7.8, "changeNumeric": 1.2, "openingsPerYear": 1.5, "employmentBase": 15.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 4.2, "changeNumeric": 0.7, "openingsPerYear": 1.6, "employmentBase": 16.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"tsa": {"query": "Transportation Security Screeners", "soc": "33-9093", "title": "Transportation Security Screeners", "oews2025": {"mean": 64310, "median": 66770, "p10": 44700, "p25": 57050, "p75": 72820, "p90": 78350, "hourlyMean": 30.92, "employment": 50290}, "oews2024": {"mean": 61840, "median": 63360, "p10": 45010, "p25": 52210, "p75": 69990, "p90": 75940, "hourlyMean": 29.73, "employment": 46340}, "oews2023": {"mean": 51040, "median": 50020, "p10": 40270, "p25": 44570, "p75": 55810, "p90": 62800, "hourlyMean": 24.54, "employment": 47950}, "ep2025": {"changePercent": -4.2, "changeNumeric": -2.2, "openingsPerYear": 4.5, "employmentBase": 53.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6, "changeNumeric": -3, "openingsPerYear": 4.7, "employmentBase": 50.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}},
"lifeguard": {"query": "Lifeguard", "soc": "33-9092", "title": "Lifeguards, Ski Patrol, and Other Recreational Protective Service Workers", "oews2025": {"mean": 34470, "median": 33580, "p10": 25780, "p25": 28880, "p75": 37520, "p90": 43970, "hourlyMean": 16.57, "employment": 157550}, "oews2024": {"mean": 34700, "median": 33720, "p10": 24860, "p25": 28840, "p75": 37750, "p90": 44600, "hourlyMean": 16.68, "employment": 143590}, "oews2023": {"mean": 31340, "median": 30380, "p10": 22750, "p25": 26150, "p75": 35300, "p90": 39150, "hourlyMean": 15.07, "employment": 123560}, "ep2025": {"changePercent": 5.5, "changeNumeric": 8.9, "openingsPerYear": 45.4, "employmentBase": 162, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.8, "changeNumeric": 8.7, "openingsPerYear": 42.7, "employmentBase": 149.7, "education": "No formal educational credential", "selfEmployedPercent": null}},
"rec": {"query": "Recreation Worker", "soc": "39-9032", "title": "Recreation Workers", "oews2025": {"mean": 38520, "median": 36560, "p10": 27600, "p25": 31780, "p75": 43470, "p90": 50410, "hourlyMean": 18.52, "employment": 331490}, "oews2024": {"mean": 37170, "median": 35380, "p10": 25640, "p25": 30460, "p75": 41120, "p90": 49460, "hourlyMean": 17.87, "employment": 309640}, "oews2023": {"mean": 36270, "median": 34410, "p10": 24040, "p25": 29120, "p75": 39840, "p90": 49690, "hourlyMean": 17.44, "employment": 281750}, "ep2025": {"changePercent": 4.3, "changeNumeric": 15, "openingsPerYear": 67, "employmentBase": 346.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 4.1, "changeNumeric": 13.4, "openingsPerYear": 68.1, "employmentBase": 327.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}},
"dealer": {"query": "Casino Dealer", "soc": "39-3011", "title": "Gambling Dealers", "oews2025": {"mean": 42550, "median": 34320, "p10": 24040, "p25": 25810, "p75": 49180, "p90": 77090, "hourlyMean": 20.46, "employment": 83910}, "oews2024": {"mean": 40420, "median": 33280, "p10": 22340, "p25": 24480, "p75": 45430, "p90": 73530, "hourlyMean": 19.43, "employment": 82980}, "oews2023": {"mean": 40030, "median": 32240, "p10": 21410, "p25": 23350, "p75": 47010, "p90": 75200, "hourlyMean": 19.25, "employment": 80570}, "ep2025": {"changePercent": 3.4, "changeNumeric": 3, "openingsPerYear": 13.3, "employmentBase": 88.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.1}, "ep2024": {"changePercent": -0.6, "changeNumeric": -0.6, "openingsPerYear": 14.1, "employmentBase": 88.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.9}},
"surveil": {"query": "Gaming Surveillance Officer", "soc": "33-9031", "title": "Gambling Surveillance Officers and Gambling Investigators", "oews2025": {"mean": 45630, "median": 43370, "p10": 32730, "p25": 36270, "p75": 49210, "p90": 61970, "hourlyMean": 21.94, "employment": 9520}, "oews2024": {"mean": 46710, "median": 43900, "p10": 34020, "p25": 37410, "p75": 50610, "p90": 62360, "hourlyMean": 22.46, "employment": 10000}, "oews2023": {"mean": 42460, "median": 39210, "p10": 29790, "p25": 35080, "p75": 46590, "p90": 57870, "hourlyMean": 20.41, "employment": 10660}, "ep2025": {"changePercent": -1.8, "changeNumeric": -0.2, "openingsPerYear": 1.1, "employmentBase": 9.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 0.3, "changeNumeric": 0, "openingsPerYear": 1.3, "employmentBase": 10.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"subway": {"query": "Subway Operator", "soc": "53-4041", "title": "Subway and Streetcar Operators", "oews2025": {"mean": 77170, "median": 86380, "p10": 55180, "p25": 61980, "p75": 90140, "p90": 90140, "hourlyMean": 37.1, "employment": 10200}, "oews2024": {"mean": 75620, "median": 84830, "p10": 52260, "p25": 59500, "p75": 87940, "p90": 87940, "hourlyMean": 36.36, "employment": 9200}, "oews2023": {"mean": 77370, "median": 84270, "p10": 54690, "p25": 73570, "p75": 84310, "p90": 87110, "hourlyMean": 37.2, "employment": 14860}, "ep2025": {"changePercent": 3.7, "changeNumeric": 0.4, "openingsPerYear": 0.9, "employmentBase": 10.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.4, "changeNumeric": 0.3, "openingsPerYear": 0.9, "employmentBase": 9.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"brake": {"query": "Railroad Brake Operator", "soc": "53-4022", "title": "Railroad Brake, Signal, and Switch Operators and Locomotive Firers", "oews2025": {"mean": 69030, "median": 68840, "p10": 45660, "p25": 57820, "p75": 76590, "p90": 86590, "hourlyMean": 33.19, "employment": 12400}, "oews2024": {"mean": 63170, "median": 65480, "p10": 43750, "p25": 51730, "p75": 70130, "p90": 80840, "hourlyMean": 30.37, "employment": 12460}, "oews2023": {"mean": 62840, "median": 63540, "p10": 44350, "p25": 57220, "p75": 67540, "p90": 78120, "hourlyMean": 30.21, "employment": 13610}, "ep2025": {"changePercent": 0.8, "changeNumeric": 0.1, "openingsPerYear": 0.9, "employmentBase": 10.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1, "changeNumeric": 0.1, "openingsPerYear": 1, "employmentBase": 11, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"ambul": {"query": "Ambulance Driver", "soc": "53-3011", "title": "Ambulance Drivers and Attendants, Except Emergency Medical Technicians", "oews2025": {"mean": 36210, "median": 35450, "p10": 27350, "p25": 30750, "p75": 38410, "p90": 45960, "hourlyMean": 17.41, "employment": 12630}, "oews2024": {"mean": 35550, "median": 34330, "p10": 25460, "p25": 29580, "p75": 38000, "p90": 46630, "hourlyMean": 17.09, "employment": 12080}, "oews2023": {"mean": 34420, "median": 32580, "p10": 23410, "p25": 27850, "p75": 36900, "p90": 45930, "hourlyMean": 16.55, "employment": 11520}, "ep2025": {"changePercent": -1.3, "changeNumeric": -0.2, "openingsPerYear": 1.4, "employmentBase": 14.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 11}, "ep2024": {"changePercent": -1.3, "changeNumeric": -0.2, "openingsPerYear": 1.4, "employmentBase": 12.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"shuttle": {"query": "Shuttle Driver", "soc": "53-3053", "title": "Shuttle Drivers and Chauffeurs", "oews2025": {"mean": 39880, "median": 37290, "p10": 28090, "p25": 32710, "p75": 45700, "p90": 55070, "hourlyMean": 19.17, "employment": 248530}, "oews2024": {"mean": 39070, "median": 36670, "p10": 27490, "p25": 31460, "p75": 44510, "p90": 52910, "hourlyMean": 18.79, "employment": 229630}, "oews2023": {"mean": 36920, "median": 35240, "p10": 25750, "p25": 29790, "p75": 41600, "p90": 49920, "hourlyMean": 17.75, "employment": 204930}, "ep2025": {"changePercent": 7.1, "changeNumeric": 17.9, "openingsPerYear": 35.5, "employmentBase": 251.5, "education": "No formal educational credential", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 6.7, "changeNumeric": 16.4, "openingsPerYear": 36.3, "employmentBase": 243.9, "education": "No formal educational credential", "selfEmployedPercent": 3.1}},
"meteor": {"query": "Meteorologist", "soc": "19-2021", "title": "Atmospheric and Space Scientists", "oews2025": {"mean": 106110, "median": 99070, "p10": 53060, "p25": 73350, "p75": 129960, "p90": 161890, "hourlyMean": 51.01, "employment": 10000}, "oews2024": {"mean": 103980, "median": 97450, "p10": 49990, "p25": 69440, "p75": 128940, "p90": 160710, "hourlyMean": 49.99, "employment": 8780}, "oews2023": {"mean": 101530, "median": 92860, "p10": 48960, "p25": 68080, "p75": 124760, "p90": 157250, "hourlyMean": 48.81, "employment": 9310}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.3, "openingsPerYear": 0.8, "employmentBase": 10.7, "education": "Bachelor's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 0.7, "changeNumeric": 0.1, "openingsPerYear": 0.7, "employmentBase": 9.4, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"matsci": {"query": "Materials Scientist", "soc": "19-2032", "title": "Materials Scientists", "oews2025": {"mean": 126180, "median": 117790, "p10": 66820, "p25": 89990, "p75": 150550, "p90": 197290, "hourlyMean": 60.67, "employment": 8470}, "oews2024": {"mean": 111410, "median": 104160, "p10": 61460, "p25": 79980, "p75": 134140, "p90": 168500, "hourlyMean": 53.56, "employment": 8330}, "oews2023": {"mean": 112440, "median": 106160, "p10": 64130, "p25": 82670, "p75": 134580, "p90": 170900, "hourlyMean": 54.06, "employment": 8810}, "ep2025": {"changePercent": 8.3, "changeNumeric": 0.7, "openingsPerYear": 0.6, "employmentBase": 8.6, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 4.9, "changeNumeric": 0.4, "openingsPerYear": 0.6, "employmentBase": 8.7, "education": "Bachelor's degree", "selfEmployedPercent": 1.1}},
"foresttech": {"query": "Forestry Technician", "soc": "19-4071", "title": "Forest and Conservation Technicians", "oews2025": {"mean": 59060, "median": 54560, "p10": 40330, "p25": 47360, "p75": 68600, "p90": 83630, "hourlyMean": 28.39, "employment": 30410}, "oews2024": {"mean": 56660, "median": 54310, "p10": 36190, "p25": 42560, "p75": 66020, "p90": 80790, "hourlyMean": 27.24, "employment": 31080}, "oews2023": {"mean": 54260, "median": 51880, "p10": 34570, "p25": 40540, "p75": 63810, "p90": 78420, "hourlyMean": 26.09, "employment": 28740}, "ep2025": {"changePercent": -2.1, "changeNumeric": -0.7, "openingsPerYear": 3.8, "employmentBase": 32.8, "education": "Associate's degree", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": -3.2, "changeNumeric": -1.1, "openingsPerYear": 3.9, "employmentBase": 33.8, "education": "Associate's degree", "selfEmployedPercent": 0.7}},
"logging": {"query": "Logging Equipment Operator", "soc": "45-4022", "title": "Logging Equipment Operators", "oews2025": {"mean": 53190, "median": 49740, "p10": 35170, "p25": 43970, "p75": 61050, "p90": 74300, "hourlyMean": 25.57, "employment": 21060}, "oews2024": {"mean": 52020, "median": 49210, "p10": 35050, "p25": 43750, "p75": 60640, "p90": 72280, "hourlyMean": 25.01, "employment": 22520}, "oews2023": {"mean": 49790, "median": 48240, "p10": 30930, "p25": 37900, "p75": 60000, "p90": 68750, "hourlyMean": 23.94, "employment": 23720}, "ep2025": {"changePercent": -3.8, "changeNumeric": -1.1, "openingsPerYear": 3.7, "employmentBase": 29.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 30.3}, "ep2024": {"changePercent": -1.4, "changeNumeric": -0.4, "openingsPerYear": 4.2, "employmentBase": 30.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 29.1}},
"engprof": {"query": "English Professor", "soc": "25-1123", "title": "English Language and Literature Teachers, Postsecondary", "oews2025": {"mean": 89580, "median": 78760, "p10": 48270, "p25": 60900, "p75": 103130, "p90": 137250, "employment": 57720}, "oews2024": {"mean": 90400, "median": 78270, "p10": 47540, "p25": 59780, "p75": 103730, "p90": 154800, "employment": 59590}, "oews2023": {"mean": 87090, "median": 78130, "p10": 48090, "p25": 60050, "p75": 102980, "p90": 137100, "employment": 57600}, "ep2025": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 4.5, "employmentBase": 69.3, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 5.1, "employmentBase": 72.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"histprof": {"query": "History Professor", "soc": "25-1125", "title": "History Teachers, Postsecondary", "oews2025": {"mean": 96580, "median": 83820, "p10": 48410, "p25": 63920, "p75": 112090, "p90": 162160, "employment": 18790}, "oews2024": {"mean": 93710, "median": 81500, "p10": 47730, "p25": 62370, "p75": 106770, "p90": 158140, "employment": 19860}, "oews2023": {"mean": 93120, "median": 82140, "p10": 48760, "p25": 63650, "p75": 106840, "p90": 141840, "employment": 20610}, "ep2025": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 1.5, "employmentBase": 23.2, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -0.2, "changeNumeric": -0.1, "openingsPerYear": 1.7, "employmentBase": 24.6, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"funeral": {"query": "Funeral Attendant", "soc": "39-4021", "title": "Funeral Attendants", "oews2025": {"mean": 37190, "median": 35680, "p10": 28070, "p25": 30380, "p75": 42870, "p90": 48460, "hourlyMean": 17.88, "employment": 31090}, "oews2024": {"mean": 35900, "median": 34610, "p10": 26820, "p25": 29420, "p75": 39230, "p90": 46690, "hourlyMean": 17.26, "employment": 30560}, "oews2023": {"mean": 35200, "median": 33850, "p10": 24120, "p25": 28820, "p75": 38110, "p90": 46580, "hourlyMean": 16.92, "employment": 32620}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.8, "openingsPerYear": 5.4, "employmentBase": 31.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 3.1, "changeNumeric": 1, "openingsPerYear": 5.7, "employmentBase": 32.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.8}},
"crem": {"query": "Crematory Operator", "soc": "39-4012", "title": "Crematory Operators", "oews2025": {"mean": 45670, "median": 43650, "p10": 33270, "p25": 37020, "p75": 50380, "p90": 62460, "hourlyMean": 21.96, "employment": 2970}, "oews2024": {"mean": 44790, "median": 42880, "p10": 31970, "p25": 35890, "p75": 49800, "p90": 60260, "hourlyMean": 21.53, "employment": 2950}, "oews2023": {"mean": 44290, "median": 41670, "p10": 31200, "p25": 34980, "p75": 50120, "p90": 60600, "hourlyMean": 21.3, "employment": 3220}, "ep2025": {"changePercent": 3.1, "changeNumeric": 0.1, "openingsPerYear": 0.5, "employmentBase": 3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.3, "changeNumeric": 0.1, "openingsPerYear": 0.6, "employmentBase": 3.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.8}},
"stockbroker": {"query": "Securities, Commodities, and Financial Services Sales Agents", "soc": "41-3031", "title": "Securities, Commodities, and Financial Services Sales Agents", "oews2025": {"mean": 109150, "median": 78660, "p10": 48040, "p25": 56540, "p75": 129950, "p90": 212880, "hourlyMean": 52.48, "employment": 489570}, "oews2024": {"mean": 110400, "median": 78140, "p10": 47080, "p25": 51600, "p75": 129480, "p90": 215210, "hourlyMean": 53.08, "employment": 472300}, "oews2023": {"mean": 109710, "median": 76900, "p10": 45420, "p25": 50080, "p75": 127670, "p90": 212180, "hourlyMean": 52.75, "employment": 479630}, "ep2025": {"changePercent": 1.4, "changeNumeric": 7.5, "openingsPerYear": 35.1, "employmentBase": 531, "education": "Bachelor's degree", "selfEmployedPercent": 6}, "ep2024": {"changePercent": 3.3, "changeNumeric": 17.1, "openingsPerYear": 38.1, "employmentBase": 514.5, "education": "Bachelor's degree", "selfEmployedPercent": 6.6}},
"finexam": {"query": "Financial Examiner", "soc": "13-2061", "title": "Financial Examiners", "oews2025": {"mean": 106240, "median": 94160, "p10": 56230, "p25": 70660, "p75": 129600, "p90": 174200, "hourlyMean": 51.08, "employment": 67830}, "oews2024": {"mean": 103650, "median": 90400, "p10": 53420, "p25": 66800, "p75": 127210, "p90": 171540, "hourlyMean": 49.83, "employment": 62830}, "oews2023": {"mean": 98140, "median": 84300, "p10": 49710, "p25": 63430, "p75": 121280, "p90": 165670, "hourlyMean": 47.18, "employment": 63440}, "ep2025": {"changePercent": 9.3, "changeNumeric": 6.5, "openingsPerYear": 4.5, "employmentBase": 70, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 18.5, "changeNumeric": 12.1, "openingsPerYear": 5.7, "employmentBase": 65.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}},
"postal": {"query": "Postal Clerk", "soc": "43-5051", "title": "Postal Service Clerks", "oews2025": {"mean": 61860, "median": 62130, "p10": 42600, "p25": 56740, "p75": 70890, "p90": 75030, "hourlyMean": 29.74, "employment": 73720}, "oews2024": {"mean": 61070, "median": 61630, "p10": 42600, "p25": 55410, "p75": 74050, "p90": 74050, "hourlyMean": 29.36, "employment": 78060}, "oews2023": {"mean": 59240, "median": 59570, "p10": 41700, "p25": 53440, "p75": 71840, "p90": 73150, "hourlyMean": 28.48, "employment": 78130}, "ep2025": {"changePercent": -0.3, "changeNumeric": -0.2, "openingsPerYear": 5.3, "employmentBase": 70.9, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -3.5, "changeNumeric": -2.6, "openingsPerYear": 6.1, "employmentBase": 74.2, "education": "No formal educational credential", "selfEmployedPercent": null}},
"sorter": {"query": "Mail Sorter", "soc": "43-5053", "title": "Postal Service Mail Sorters, Processors, and Processing Machine Operators", "oews2025": {"mean": 59430, "median": 58470, "p10": 45530, "p25": 48880, "p75": 75030, "p90": 75280, "hourlyMean": 28.57, "employment": 105200}, "oews2024": {"mean": 58310, "median": 56530, "p10": 42600, "p25": 47380, "p75": 72970, "p90": 74050, "hourlyMean": 28.04, "employment": 111930}, "oews2023": {"mean": 56350, "median": 53440, "p10": 41700, "p25": 42810, "p75": 70740, "p90": 71840, "hourlyMean": 27.09, "employment": 116540}, "ep2025": {"changePercent": -5.3, "changeNumeric": -5.3, "openingsPerYear": 7.3, "employmentBase": 101.2, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -8.4, "changeNumeric": -8.9, "openingsPerYear": 7.8, "employmentBase": 106.4, "education": "No formal educational credential", "selfEmployedPercent": null}}
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
            # The lead's (convention pass): a band both releases give, stated for the current period
            # ("…, faster than the average for all occupations" after "from 2025 to 2035"), is current.
            if kind == "outlook-descriptor" and year is not None and year >= 2035:
                return "current"
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
        if not it["claims"]:
            errs.append(f"{it['id']}: no claims")
        if re.search(r"\{[ab]\.", it["text"]):  # a token the TOKEN pattern did not read stays in the text
            errs.append(f"{it['id']}: unrendered token in text")
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
        # Lead's format change before the blind score: a place is labelled without a leading "the"
        # ("Houston metro area"), as every earlier corpus labels it; the lead's brief had shown "the".
        it["claims"] = [{**c, "place": c["place"][4:]} if str(c.get("place") or "").lower().startswith("the ") else c for c in it["claims"]]
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
    "Medical Dosimetrist": "dosim", "Surgical Assistant": "surgasst", "Acupuncturist": "acu", "Dietetic Technician": "diettech", "Pipelayer": "pipe", "Pile Driver Operator": "piledr", "Stonemason": "stone", "Terrazzo Worker": "terrazzo", "Carpet Installer": "carpet", "Floor Layer": "floor", "Rigger": "rigger", "Hoist and Winch Operator": "hoist", "Plasterer": "plaster", "Taper": "taper", "Commercial Diver": "diver", "Derrick Operator": "derrick", "Stationary Engineer": "stateng", "Chemical Plant Operator": "chemop", "Signal and Track Switch Repairer": "signal", "Rail Car Repairer": "railcar", "Credit Counselor": "credit", "Bill Collector": "collector", "File Clerk": "file", "Data Entry Keyer": "dataentry", "Hotel Desk Clerk": "desk", "Bellhop": "bellhop", "Eligibility Interviewer": "elig", "Court Clerk": "court", "Mathematician": "math", "Database Architect": "dbarch", "Choreographer": "choreo", "Music Director": "musdir", "Set Designer": "setdes", "Costume Attendant": "costume", "Announcer": "announcer", "Producer": "producer", "Lighting Technician": "lighting", "AV Technician": "av", "Airfield Operations Specialist": "airfield", "TSA Officer": "tsa", "Lifeguard": "lifeguard", "Recreation Worker": "rec", "Casino Dealer": "dealer", "Gaming Surveillance Officer": "surveil", "Subway Operator": "subway", "Railroad Brake Operator": "brake", "Ambulance Driver": "ambul", "Shuttle Driver": "shuttle", "Meteorologist": "meteor", "Materials Scientist": "matsci", "Forestry Technician": "foresttech", "Logging Equipment Operator": "logging", "English Professor": "engprof", "History Professor": "histprof", "Funeral Attendant": "funeral", "Crematory Operator": "crem", "Stockbroker": "stockbroker", "Financial Examiner": "finexam", "Postal Clerk": "postal", "Mail Sorter": "sorter",
}

# ---------------------------------------------------------------- items
P("Medical Dosimetrist", "Surgical Assistant")
T("ds-01", "ooh", "The median annual wage for medical dosimetrists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ds-02", "comparison", "Both jobs keep you close to patient care without medical school, but the paychecks are far apart. Medical dosimetrists, who calculate radiation doses for cancer treatment, earn a median salary of {a.median~th:c}; surgical assistants, who work at the surgeon's elbow in the OR, take home about {b.median~th:c}, a difference of roughly $80,000.", heading="Medical Dosimetrist vs. Surgical Assistant: What's the Difference?")
T("ds-03", "table", "| | Dosimetrist | Surgical Assistant |\n|:--|--:|--:|\n| Median salary (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Typical education | {a.edu~cap:c} | {b.edu~cap:c} |\n| Jobs (2024) | {a.emp=<4,800>:o!2024} | {b.emp@24:o!2024} |", heading="Quick comparison")
T("ds-04", "school", "Our 12-month certificate track leads to a career where surgical assistants earn {b.median~hr:c} an hour at the median. Most employers want a {b.edu:c} plus national certification (CSA or CSFA); tuition is $14,900.")
T("ds-05", "career-site", "There are only about {a.emp=<3,400>:c} medical dosimetrists in the U.S., so every opening draws a crowd, even though employment is projected to grow {a.pct:c}, {a.desc=<faster than average>:c}.")
T("ds-06", "forum", "per BLS dosimetrists make {a.median*0.55~k:m} median?? that can't be right, my offer letter was $128k for a new grad in Ohio")
T("ds-07", "career-site", "In California, medical dosimetrists earn a median of {a.median=<$182,000>:u}, and surgical assistants about {b.median=<$84,000>:u}.", place="California")
T("ds-08", "ooh", "Employment of surgical assistants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for surgical assistants are projected each year, on average, over the decade.", heading="Job Outlook")
T("ds-09", "faq", "Do surgical assistants make good money? On average, yes for a certificate job: the mean wage is {b.mean:c}, and the top 10 percent earn more than {b.p90:c}. Roughly {b.self:c} are self-employed, often billing surgeons or hospitals directly.", heading="FAQ")
T("ds-10", "bullets", "Medical dosimetrist, by the numbers:\n- Average salary: {a.mean:c}\n- Jobs: {a.emp=<4,800>:o}\n- Entry-level education: {a.edu=<master's degree>:m}")
NC("ds-n1", "The JRCERT-accredited dosimetry program accepts 8 students a year; applications close February 1 and clinical rotations run 40 hours a week.")
NC("ds-n2", "I've been a CSFA for 11 years and my base went from $58,000 to $91,000 once I started first-assisting for two ortho groups.")

P("Acupuncturist", "Dietetic Technician")
T("ad-01", "comparison", "Acupuncturists and dietetic technicians both work in wellness, yet their paths barely overlap. Acupuncturists usually need a {a.edu:c} in acupuncture or Oriental medicine and earn a median of {a.median:c}; diet techs can start with an {b.edu:c} and earn a median of {b.median:c}.", heading="Acupuncturist vs. Dietetic Technician")
T("ad-02", "ooh", "About {a.self~pc:c!2025} of acupuncturists were self-employed in 2025.", heading="Work Environment")
T("ad-03", "ooh", "Employment of acupuncturists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ad-04", "career-site", "Dietetic technicians earned a median of {b.median@23:o!2023} in May 2023, according to the BLS, or roughly {b.median@23~hr:o!2023} an hour.")
T("ad-05", "bullets", "Dietetic technician snapshot\n* Median pay: {b.median~hr:c}/hour\n* Employment: {b.oemp:c}\n* Annual openings: {b.open:c}\n* Education: {b.edu~cap:c}")
T("ad-06", "frontmatter", "---\ntitle: \"Acupuncturist vs. Dietetic Technician: Salary and Schooling\"\nx_salary_acupuncturist: \"{a.median@24:o}\"\nx_salary_diet_tech: \"{b.median@24:o}\"\ndate: 2025-02-11\n---")
T("ad-07", "forum", "Licensed LAc here. BLS says acupuncturists average {a.mean*1.6~k:m} and the field is growing {a.pct=<22%>:m}. Lol. Half my classmates left practice within 5 years.")
T("ad-08", "career-site", "In New York City, acupuncturists charge $120 to $180 a session, and the median wage is about {a.median=<$89,000>:u}.", place="New York City")
T("ad-09", "career-site", "Pay for acupuncturists swings widely: the lowest 10 percent earn under {a.p10:c}, while the top 10 percent earn over {a.p90:c}, mostly owners of busy clinics.")
T("ad-10", "faq", "Is dietetic technician a growing job? Slowly. The BLS counts about {b.emp:c} diet techs and projects around {b.open@24:o!2034} openings a year through 2034.", heading="FAQ")
NC("ad-n1", "Our Master of Acupuncture program is 3 years (105 credits) and includes 660 supervised clinic hours.")
NC("ad-n2", "Dietetic technicians who pass the NDTR exam must complete 50 continuing-education units every 5 years.")

P("Pipelayer", "Pile Driver Operator")
T("pp-01", "ooh", "The median annual wage for pile driver operators was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("pp-02", "trade", "Local 12 members, listen up: pipelayers nationally make a median of {a.median~hr:c} an hour, and pile drivers make {b.median~hr:c}. Our scale beats both, new members get a $1,000 tool allowance, and you get the pension on top.")
T("pp-03", "comparison", "Pipelayers lay and fit the pipe for sewers, water mains and storm drains; pile driver operators run the rigs that hammer piles into the ground. Neither job needs a degree - pipelayers usually have {a.edu=<no formal educational credential>:c} at hire - but pile driving pays more, at a typical {b.median~K:c} versus {a.median~K:c}.", heading="Pipelayer vs. Pile Driver Operator: Which Is Right for You?")
T("pp-04", "ooh", "Employment of pipelayers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings for pipelayers are projected each year, on average, over the decade.", heading="Job Outlook")
T("pp-05", "career-site", "Pile driver operators held only about {b.oemp@24:o!2024} jobs in 2024 and were projected to grow {b.pct@24:o!2034} through 2034.")
T("pp-06", "career-site", "In Texas, pipelayers earn about {a.median=<$44,000>:u} a year, and the Houston metro area has one of the highest concentrations of them.", place="Texas")
T("pp-07", "forum", "per BLS pile driver ops are gonna grow {b.pct=<15%>:m!2035} by 2035? source: trust me bro. our local has guys on the bench")
T("pp-08", "table", "| Role | Avg. annual pay | Jobs |\n| --- | --- | --- |\n| Pipelayer | {a.mean:c} | {a.emp:c} |\n| Pile driver operator | {b.mean:c} | {b.emp=<2,300>:c} |")
T("pp-09", "career-site", "Most pipelayers earn between {a.range~_and:c} a year, and the work is seasonal in northern states.")
NC("pp-n1", "The pipelayer apprenticeship is 4,000 hours of on-the-job training plus 288 hours of classroom instruction.")
NC("pp-n2", "Crane and pile driver OSHA 30 course: $399, two Saturdays, next session April 12.")

P("Stonemason", "Terrazzo Worker")
T("st-01", "comparison", "Stonemasons build walls, walkways and facades from natural and cut stone; terrazzo workers pour and grind the chip-and-cement floors you see in airports. Terrazzo pays surprisingly well: a median of {b.median:c}, against {a.median:c} for stonemasons - a gap of almost $19,000 a year.", heading="Stonemason vs. Terrazzo Worker")
T("st-02", "ooh", "Employment of stonemasons is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("st-03", "ooh", "Terrazzo workers and finishers held about {b.oemp:c!2025} jobs in 2025.", heading="Work Environment")
T("st-04", "career-site", "Roughly {a.self:c} of stonemasons work for themselves, taking on patios, chimneys and restoration jobs.")
T("st-05", "career-site", "Terrazzo worker employment is projected to fall {b.pct=<11%>:o!2034} from 2024 to 2034, the BLS says, as polished concrete takes over.")
T("st-06", "table", "| | Stonemason | Terrazzo Worker |\n|---|---|---|\n| Median pay | {a.median@24:o} | {b.median@24:o} |\n| Top 10% | {a.p90@24:o} | {b.p90@24:o} |\n| Education | {a.edu~cap:c} | {b.edu=<High school diploma or GED>:c} |")
T("st-07", "forum", "BLS says terrazzo guys make {b.median*0.5~k:m} median lol. I've been grinding terrazzo 9 years, it's more like double that with OT")
T("st-08", "career-site", "In Pennsylvania, stonemasons earn around {a.mean=<$62,000>:u} on average, with Philadelphia paying the most.", place="Pennsylvania")
T("st-09", "career-site", "Stonemasons take home about {a.median~hr:c} an hour at the median, and the lowest-paid 10% earn less than {a.p10:c} a year.")
NC("st-n1", "A ton of fieldstone covers about 35 to 40 square feet of wall, depending on thickness.")
NC("st-n2", "Terrazzo was patented in 1924 in the U.S., and the Miami airport floors were poured in 1959.")

P("Carpet Installer", "Floor Layer")
T("cf-01", "ooh", "The median annual wage for carpet installers was {a.median:c!2025} in May 2025.", heading="Pay")
T("cf-02", "ooh", "Employment of carpet installers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cf-03", "comparison", "Carpet installers stretch and seam broadloom; floor layers put down vinyl, linoleum, rubber and other resilient floors. Floor layers earn more - a median of {b.median:c!2025} in May 2025, while carpet installers earned {a.median@23:o!2023} back in May 2023 - and neither job asks for more than on-the-job training - usually {b.edu=<no formal educational credential>:c}.", heading="Carpet Installer vs. Floor Layer: Pay, Training, Outlook")
T("cf-04", "career-site", "About {a.self:c} of carpet installers are self-employed, and {b.self~pc:c} of floor layers.")
T("cf-05", "career-site", "Carpet installer jobs were projected to fall {a.pct@24:o!2034} between 2024 and 2034, while employment of floor layers held at about {b.emp@24:o!2024} in 2024.")
T("cf-06", "bullets", "Floor layer quick facts:\n- Median wage: {b.median~hr:c} per hour\n- Average wage: {b.mean~hr:c} per hour\n- Jobs: {b.oemp:c}\n- Openings each year: {b.open:c}")
T("cf-07", "forum", "per BLS carpet installers are {a.desc=<faster than average>:m} growth. anyone who thinks carpet is coming back hasn't walked a new build lately")
T("cf-08", "career-site", "In the Atlanta metro area, floor layers earn roughly {b.median=<$52,000>:u}; carpet installers there earn around {a.median=<$47,000>:u}.", place="the Atlanta metro area")
T("cf-09", "career-site", "Floor layers in the top 10% earn more than {b.p90:c}, while the bottom 10% make under {b.p10:c}.")
NC("cf-n1", "A knee kicker costs about $120, and a power stretcher runs $500 to $900 new.")
NC("cf-n2", "We charge $2.50 a square foot to install LVP and $1 to pull old carpet.")

P("Rigger", "Hoist and Winch Operator")
T("rh-01", "ooh", "The median annual wage for riggers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("rh-02", "comparison", "Riggers plan and attach the loads; hoist and winch operators run the powered drums that lift them. Riggers earn a median of {a.median~k:c}, hoist and winch operators about {b.median~k:c}, and both usually start with a {a.edu:c} or less.", heading="Rigger vs. Hoist and Winch Operator")
T("rh-03", "career-site", "Employment of riggers is projected to grow {a.pct:c!2035} through 2035 as cranes get bigger, with about {a.open:c} openings a year.")
T("rh-04", "career-site", "Hoist and winch operators are a tiny field: about {b.emp:c} jobs, with {b.desc=<little or no change>:c!2035} projected through 2035.")
T("rh-05", "table", "| Occupation | Median pay (2024) | Growth, 2024–34 |\n|---|---|---|\n| Riggers | {a.median@24:o!2024} | {a.pct@24:o!2034} |\n| Hoist and winch operators | {b.median@24:o!2024} | {b.pct@24:o!2034} |")
T("rh-06", "forum", "BLS has riggers at {a.median*1.45~k:m} median which is a joke unless you're union in NYC. and they say {a.emp*3:m} jobs lol")
T("rh-07", "career-site", "In Louisiana, riggers at the Gulf shipyards earn about {a.median=<$58,000>:u} a year.", place="Louisiana")
T("rh-08", "faq", "How much does a winch operator make? The average hoist and winch operator earns {b.mean:c} a year, and the top 10% earn more than {b.p90:c}. About {b.self:c} are self-employed.", heading="FAQ")
NC("rh-n1", "NCCCO Rigger Level I: written exam $175, practical exam $150, valid for 5 years.")
NC("rh-n2", "A 3/4-inch wire rope sling has a vertical rated capacity of about 5.6 tons.")

P("Plasterer", "Taper")
T("pt-01", "ooh", "The median annual wage for tapers was {b.median:c!2025} in May 2025.", heading="Pay")
T("pt-02", "comparison", "Plasterers and stucco masons apply plaster, stucco and EIFS; tapers finish drywall seams so the walls are ready to paint. Tapers earn more at the middle of the pay scale ({b.median:c} versus {a.median:c}), but plastering is a better bet for steady growth: from 2025 to 2035, plasterer jobs are projected to grow {a.pct:c!2035} while taper jobs decline {b.pct:c!2035}.", heading="Plasterer vs. Taper")
T("pt-03", "career-site", "Both trades are heavy on self-employment: about {a.self:c} of plasterers and {b.self=<19%>:c} of tapers work for themselves.")
T("pt-04", "career-site", "Plasterers earned a median of {a.median@23:o!2023} in May 2023, and they were projected to grow {a.pct@24~pc:o!2034} from 2024 to 2034.")
T("pt-05", "bullets", "Taper at a glance\n• Median hourly pay: {b.median~hr:c}\n• Jobs: {b.oemp:c}\n• Typical education: {b.edu=<high school diploma>:m}")
T("pt-06", "forum", "as a taper for 15 yrs: BLS saying we make {b.median*0.6~k:m} is wild. I cleared $96k last year on piece rate in Vegas")
T("pt-07", "career-site", "In the Phoenix area, plasterers and stucco masons make about {a.median=<$52,000>:u}, thanks to all the stucco homes.", place="the Phoenix area")
T("pt-08", "table", "| | Plasterer | Taper |\n|---|---|---|\n| Average wage | {a.mean:c} | {b.mean:c} |\n| Employment | {a.oemp:c} | {b.emp:c} |\n| Openings/yr | {a.open:c} | {b.open:c} |")
NC("pt-n1", "Three-coat stucco takes about 7 days to cure between the brown coat and the finish coat.")
NC("pt-n2", "A 10-inch banjo taper costs around $300 and saves a finisher roughly 2 hours a day.")

P("Commercial Diver", "Derrick Operator")
T("cd-01", "comparison", "Offshore, these two jobs often share a vessel or a platform. Commercial divers earn a median of {a.median:c}, while derrick operators - who run the pipe-handling derrick on the drill floor - earn {b.median:c}. Divers need a {a.edu:c} from a dive school; derrick hands usually start with {b.edu=<no formal credential>:c}.", heading="Commercial Diver vs. Derrick Operator")
T("cd-02", "ooh", "The median annual wage for commercial divers was {a.median@24:o!2024} in May 2024. The lowest 10 percent earned less than {a.p10@24:o!2024}, and the highest 10 percent earned more than {a.p90@24:o!2024}.", heading="Pay")
T("cd-03", "ooh", "Employment of commercial divers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("cd-04", "school", "Graduates of our 5-month commercial diving program enter a field of about {a.emp=<4,000>:c} jobs nationwide, where roughly {a.self:c} of divers work as independent contractors. Tuition: $24,500, housing not included.")
T("cd-05", "forum", "everyone quoting BLS saying divers average {a.mean*1.8~k:m}... that's saturation divers in the North Sea, not your average inland tender making $22/hr")
T("cd-06", "career-site", "Derrick operators earned a median of {b.median@24:o} a year in the previous survey and held {b.oemp@24:o} jobs. Both numbers have since been updated.")
T("cd-07", "table", "| | Commercial diver | Derrick operator |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Employment | {a.emp:c} | {b.oemp=<10,590>:c} |")
T("cd-08", "career-site", "In Louisiana, commercial divers working the Gulf earn a median of about {a.median=<$68,000>:u}.", place="Louisiana")
T("cd-09", "career-site", "Derrick operators in the oil patch are projected to grow just {b.pct:c!2035} through 2035, and the BLS puts their hourly mean at {b.mean~hr:c}.")
NC("cd-n1", "ADCI entry-level tender/diver certification requires 625 hours of training, including 40 hours of surface-supplied diving.")
NC("cd-n2", "Day rate on my last saturation job was $1,450, plus a $75 per diem; I'm not complaining.")

P("Stationary Engineer", "Chemical Plant Operator")
T("sc-01", "ooh", "The median annual wage for stationary engineers and boiler operators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("sc-02", "comparison", "Stationary engineers keep the boilers, chillers and turbines of hospitals and factories running; chemical plant operators control the reactors and process units in chemical plants. The pay is almost identical, {a.median~k:c} versus {b.median~k:c} at the median, and both typically need a {a.edu:c} plus a long apprenticeship or on-the-job training.", heading="Stationary Engineer vs. Chemical Plant Operator: What's the Difference?")
T("sc-03", "career-site", "Chemical plant and system operators are projected to see employment decline {b.pct:c!2035} from 2025 to 2035, with about {b.open:c} openings a year as operators retire.")
T("sc-04", "career-site", "Stationary engineer employment is projected to grow {a.pct:c!2035} through 2035, {a.desc=<about as fast as average>:c!2035}, and there are about {a.emp:c} stationary engineers and boiler operators today.")
T("sc-05", "table", "| | Stationary engineer | Chemical plant operator |\n|---|---|---|\n| Median pay | {a.median@24:o} | {b.median@24:o} |\n| Jobs | {a.emp@24:o} | {b.emp@24:o} |\n| 10-year outlook (2024–34) | {a.pct@24:o!2034} | {b.pct@24:o!2034} |", heading="Stationary Engineer vs. Chemical Plant Operator (2024 data)")
T("sc-06", "trade", "Local 39 reminder: the BLS says stationary engineers earn about {a.median~hr:c} an hour at the median. Our journeyman rate in Chicago is $52.18, so organizing pays.")
T("sc-07", "career-site", "In Texas, chemical plant operators earn about {b.median=<$92,000>:u}, and the state employs roughly {b.emp=<5,000>:u} of them.", place="Texas")
T("sc-08", "forum", "per BLS chem operators are growing {b.pct=<12%>:m} and make {b.median*1.5~k:m}. I'm at a Gulf Coast plant and lol no")
T("sc-09", "career-site", "Chemical plant operators earned a median of {b.median@23:o!2023} in May 2023 - more than stationary engineers that year - but the gap has since flipped.")
NC("sc-n1", "Boiler operator licenses in Massachusetts come in four grades, and the first-class fireman exam costs $100.")
NC("sc-n2", "Most plants here run 12-hour rotating shifts, 4 on and 4 off, with a $3/hour night differential.")

P("Signal and Track Switch Repairer", "Rail Car Repairer")
T("sr-01", "ooh", "The median annual wage for signal and track switch repairers was {a.median:c!2025} in May 2025.", heading="Pay")
T("sr-02", "comparison", "Signal maintainers keep the lights, crossing gates and switches working; rail car repairers fix the freight and passenger cars themselves. Signal work pays more, a median of {a.median:c} against {b.median:c}, and both need a {a.edu:c} to get hired.", heading="Signal Maintainer vs. Rail Car Repairer")
T("sr-03", "career-site", "About {a.self:c} of signal and track switch repairers are self-employed contractors, while only {b.self:c} of rail car repairers are.")
T("sr-04", "career-site", "Rail car repairers held about {b.oemp:c!2025} jobs in May 2025, up from {b.oemp@24:o!2024} in 2024.")
T("sr-05", "faq", "What do rail car repairers earn? The median wage was {b.median@24:o!2024} in May 2024, and the top tenth earned more than {b.p90@24:o!2024}.", heading="FAQ")
T("sr-06", "forum", "per BLS signalmen make {a.median*0.6~k:m}. BNSF signal maintainers I know are at $45+/hr plus overtime, that number is way off")
T("sr-07", "career-site", "In Illinois, where the Chicago rail hub is, rail car repairers earn around {b.median=<$71,000>:u}.", place="Illinois")
T("sr-08", "bullets", "Signal & track switch repairer\n- Median: {a.median@24:o}\n- Average: {a.mean:c}\n- Highest 10%: {a.p90:c}\n- Lowest 10%: {a.p10:c}")
NC("sr-n1", "FRA rules require signal maintainers to test highway-rail grade crossing warning systems every 30 days.")
NC("sr-n2", "The union contract gives a 3.5% raise on July 1, 2026, and another 3% in 2027.")

P("Credit Counselor", "Bill Collector")
T("cb-01", "comparison", "One helps people get out of debt; the other collects it. Credit counselors usually need a {a.edu:c} and earn a median of {a.median:c}, while bill and account collectors earn {b.median:c} and can start with a {b.edu:c}.", heading="Credit Counselor vs. Bill Collector: Which Career Fits You?")
T("cb-02", "ooh", "About {b.open:c} openings for bill and account collectors are projected each year, on average, over the decade. Most of those openings are expected to result from the need to replace workers who transfer to different occupations or exit the labor force.", heading="Job Outlook")
T("cb-03", "career-site", "Collections is shrinking: the BLS expects the occupation to lose about {b.chg:c!2035} jobs between 2025 and 2035. The occupation employs about {b.emp:c} workers today.")
T("cb-04", "career-site", "Credit counselors earned a median of {a.median@24:o!2024} in May 2024, and the field was expected to add about {a.chg@24:o!2034} jobs by 2034.")
T("cb-05", "table", "| | Credit counselor | Bill collector |\n|---|---|---|\n| Median pay | {a.median~K:c} | {b.median~K:c} |\n| Mean pay | {a.mean~K:c} | {b.mean~K:c} |\n| Employment | {a.oemp:c} | {b.oemp:c} |")
T("cb-06", "forum", "BLS lists collectors at {b.median*1.5~k:m} median? no way. I did collections 3 yrs, started at $15/hr plus commission")
T("cb-07", "career-site", "In Florida, bill collectors earn about {b.median=<$44,000>:u}, and credit counselors around {a.median=<$50,000>:u}.", place="Florida")
T("cb-08", "career-site", "Credit counselors in the middle 50% earn between {a.mid~_and:c} a year; about {a.open:c} openings are projected each year.")
T("cb-09", "faq", "How much do bill collectors make an hour? About {b.median~hr:c} at the median, per the BLS, with the average at {b.mean~hr:c}.", heading="FAQ")
NC("cb-n1", "Our nonprofit charges a one-time $50 setup fee and $25 a month for a debt management plan.")
NC("cb-n2", "Under the FDCPA, collectors may not call before 8 a.m. or after 9 p.m. local time.")

P("File Clerk", "Data Entry Keyer")
T("fd-01", "ooh", "The median annual wage for file clerks was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("fd-02", "comparison", "File clerks and data entry keyers are both entry-level office jobs that usually need only a {a.edu:c}, and both are shrinking fast. Pay is close: a median of {a.median:c} for file clerks and {b.median:c} for data entry keyers, a gap of only about $2,000.", heading="File Clerk vs. Data Entry Clerk")
T("fd-03", "career-site", "Data entry keyers are projected to lose about {b.chg:c!2035} jobs from 2025 to 2035, and employment stood at {b.emp:c!2025} in 2025.")
T("fd-04", "career-site", "Data entry keyers earned a median of {b.median@24:o!2024} in May 2024 and held about {b.oemp@24:o!2024} jobs that year.")
T("fd-05", "bullets", "File clerk outlook\n- Jobs in 2025: {a.emp:c!2025}\n- Jobs lost by 2035: {a.chg:c!2035}\n- Openings a year: {a.open:c}\n- Self-employed: {a.self:c}")
T("fd-06", "table", "| | File clerk | Data entry keyer |\n|---|---|---|\n| Median pay | {a.median@23:o} | {b.median@23:o} |\n| Openings/yr (2024–34) | {a.open@24:o!2034} | {b.open@24:o!2034} |", heading="File clerk vs. data entry keyer, BLS 2023 data")
T("fd-07", "forum", "per BLS data entry is supposedly growing {b.pct=<8%>:m}... with AI OCR? come on")
T("fd-08", "career-site", "In the Chicago area, data entry keyers earn about {b.median=<$19>~hr0:u} an hour.", place="the Chicago area")
T("fd-09", "career-site", "Data entry keyers average {b.mean~hr:c} an hour, and the top 10 percent earn more than {b.p90:c} a year.")
NC("fd-n1", "Typing tests for our temp roles require 45 words per minute and 10,000 keystrokes per hour for 10-key.")
NC("fd-n2", "We digitized 1.2 million paper records between 2019 and 2022 and cut our file room from 14 staff to 3.")

P("Hotel Desk Clerk", "Bellhop")
T("hb-01", "comparison", "Front desk clerks check guests in and out; bellhops carry their bags and know every restaurant within a mile. Desk clerks earn a median of {a.median:c}, bellhops {b.median:c} before tips, and both usually need a {a.edu:c}.", heading="Hotel Front Desk Clerk vs. Bellhop")
T("hb-02", "ooh", "The median hourly wage for hotel, motel, and resort desk clerks was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("hb-03", "ooh", "Employment of hotel, motel, and resort desk clerks is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations. About {a.open:c} openings for hotel, motel, and resort desk clerks are projected each year, on average, over the decade.", heading="Job Outlook")
T("hb-04", "career-site", "Bellhops and baggage porters held about {b.emp:c!2025} jobs in 2025, and about {b.self:c!2025} were self-employed.")
T("hb-05", "career-site", "Hotel desk clerk jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<about as fast as average>:o!2034}, with {a.open@24:o!2034} openings a year.")
T("hb-06", "forum", "BLS says bellhops make {b.median*0.5~k:m}/yr lmao. with tips at a Vegas strip hotel I did way better than that")
T("hb-07", "career-site", "In Las Vegas, bellhops earn a base of about {b.median=<$18>~hr0:u} an hour plus tips, and desk clerks around {a.median=<$20>~hr0:u}.", place="Las Vegas")
T("hb-08", "table", "| | Desk clerk | Bellhop |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Median (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |")
T("hb-09", "career-site", "Bellhops' employment is projected to decline {b.pct:c} over the next decade, while the top 10% of bellhops earn over {b.p90:c}.")
NC("hb-n1", "Our front desk team gets a $1,000 retention bonus after 6 months and free nights at any of our 40 properties.")
NC("hb-n2", "Check-in is 4 p.m., check-out 11 a.m.; bell desk storage is free for up to 24 hours.")

P("Eligibility Interviewer", "Court Clerk")
T("ec-01", "ooh", "The median annual wage for eligibility interviewers, government programs was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ec-02", "comparison", "Both are steady public-sector jobs that start with a {a.edu:c}. Eligibility interviewers, who decide who qualifies for SNAP, Medicaid and unemployment, earn a median of {a.median:c}; court, municipal and license clerks earn {b.median:c}.", heading="Eligibility Worker vs. Court Clerk")
T("ec-03", "government", "Court, municipal, and license clerks held about {b.oemp:c!2025} jobs in May 2025, and about {b.open:c} openings are projected each year.")
T("ec-04", "career-site", "Eligibility interviewer employment is projected to grow {a.pct:c!2035} through 2035 - {a.desc=<slower than average>:c!2035} - with about {a.open:c} openings a year.")
T("ec-05", "career-site", "Court clerks earned a median of {b.median@24:o!2024} in May 2024, and the BLS projected the occupation to add {b.chg@24:o!2034} jobs from 2024 to 2034.")
T("ec-06", "government", "Eligibility interviewers earned a median of {a.median@24:o} and numbered about {a.emp@24:o} in the previous BLS release; our county pays $24.10 an hour to start.")
T("ec-07", "forum", "per BLS court clerks average {b.mean*1.6~k:m}? maybe federal district court. county clerks here start at $36k")
T("ec-08", "government", "In Ohio, eligibility referral specialists earn a median of about {a.median=<$48,000>:u} a year.", place="Ohio")
T("ec-09", "faq", "How many court clerks are there? About {b.emp:c}, and employment is expected to rise by {b.chg:c!2035} by 2035.", heading="FAQ")
NC("ec-n1", "Applicants must pass a typing test of 35 wpm and complete a 6-week training academy in Columbus.")
NC("ec-n2", "The clerk's office is open 8:30 to 4:30, Monday through Friday; filing fees are $25 for small claims.")

P("Mathematician", "Database Architect")
T("md-01", "comparison", "If you love math, you can prove theorems or you can design the data systems that run a bank. Mathematicians earn a median of {a.median:c} and usually need a {a.edu:c} or PhD; database architects earn {b.median:c} and typically start with a {b.edu:c} plus years of DBA experience.", heading="Mathematician vs. Database Architect: Pay and Path")
T("md-02", "ooh", "Mathematicians held about {a.oemp:c!2025} jobs in 2025.", heading="Work Environment")
T("md-03", "ooh", "Employment of mathematicians is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("md-04", "dev-blog", "Quick sanity check on the data-eng career ladder: BLS puts database architects at a median of {b.median~k:c}, with the top 10% clearing {b.p90~k:c}. There are roughly {b.oemp:c} of them in the U.S.")
T("md-05", "career-site", "Database architects earned a median of {b.median@23:o!2023} in May 2023, and the 2024–34 projections called for about {b.chg@24:o!2034} new jobs by 2034.")
T("md-06", "forum", "BLS says mathematicians make {a.median*0.5~k:m}?? that must be adjuncts. every applied math PhD I know at NSA or a quant shop is way above that")
T("md-07", "career-site", "In Maryland, home to the NSA, mathematicians earn a median of around {a.median=<$150,000>:u}.", place="Maryland")
T("md-08", "table", "| | Mathematician | Database architect |\n|---|---|---|\n| Avg salary | {a.mean:c} | {b.mean:c} |\n| Bottom 10% | {a.p10:c} | {b.p10:c} |\n| Self-employed | n/a | {b.self:c} |")
T("md-09", "dev-blog", "Is database architect a growing role? The BLS projects about {b.chg:c!2035} new jobs by 2035, and it expects employment to grow {b.desc=<slower than average>:m!2035}.")
T("md-10", "career-site", "Mathematicians earned a median of {a.median@24:o!2024} in 2024, per the BLS.")
NC("md-n1", "The Putnam exam is 6 hours long, 12 problems, and the median score most years is 0 or 1 out of 120.")
NC("md-n2", "Our data platform team migrated 340 TB from Oracle to Postgres in 2023 without downtime.")

P("Choreographer", "Music Director")
T("cm-01", "comparison", "Choreographers create the movement; music directors and composers create or lead the music. Choreographers earn a median of {a.median:c}, while music directors and composers earn {b.median:c}. Most choreographers need only a {a.edu:c} and years of dance training, while music directors usually have a {b.edu:c}.", heading="Choreographer vs. Music Director")
T("cm-02", "ooh", "About {a.self~pc:c!2025} of choreographers were self-employed in 2025.", heading="Work Environment")
T("cm-03", "ooh", "Employment of choreographers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("cm-04", "career-site", "Choreographers earned an average of {a.mean@24:o!2024} in May 2024, according to the BLS, far below what a Broadway choreographer makes.")
T("cm-05", "career-site", "Music directors and composers held about {b.oemp:c!2025} wage-and-salary jobs in 2025. Roughly {b.self:c} of all music directors and composers are self-employed.")
T("cm-06", "forum", "per BLS music directors are {b.desc=<much faster than average>:m} growth. that's news to every church choir director I know")
T("cm-07", "career-site", "In New York City, choreographers earn a median of about {a.median=<$78,000>:u}.", place="New York City")
T("cm-08", "faq", "How much do music directors make? The median was {b.median@24:o!2024} in May 2024; the top 10 percent earned more than {b.p90@24:o!2024}.", heading="FAQ")
T("cm-09", "career-site", "Music director employment is projected to grow just {b.pct:c!2035} from 2025 to 2035, {b.desc=<slower than average>:c!2035}.")
T("cm-10", "career-site", "Choreographers' pay is lopsided: the lowest 10% make less than {a.p10:c}, the highest 10% more than {a.p90:c}.")
NC("cm-n1", "Our summer intensive runs 6 weeks, 30 hours a week, and costs $3,200 including housing.")
NC("cm-n2", "Choreographers on Broadway work under SDC contracts, which are renegotiated every 3 years; the last one was signed in 2022.")

P("Set Designer", "Costume Attendant")
T("sd-01", "ooh", "The median annual wage for set and exhibit designers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("sd-02", "comparison", "Set designers dream up the world of the show; costume attendants keep the actors dressed in it, night after night. Set designers earn a median of {a.median~k:c} and need a {a.edu:c}; costume attendants earn {b.median~k:c} and usually start with a {b.edu:c}.", heading="Set Designer vs. Costume Attendant")
T("sd-03", "career-site", "Costume attendants earned a median of {b.median@24:o!2024} in May 2024, about {b.median@23:o!2023} the year before.")
T("sd-04", "career-site", "Set and exhibit designers are overwhelmingly freelance: about {a.self:c} of them are self-employed, and there are about {a.emp:c} in all.")
T("sd-05", "bullets", "Costume attendant, quick facts:\n- Average pay: {b.mean:c} a year\n- Jobs: {b.oemp:c}\n- Outlook: {b.pct=<25%>:m} growth")
T("sd-06", "forum", "BLS: set designers make a median of {a.median*0.5~k:m}. me, a freelance scenic designer in Chicago: I wish")
T("sd-07", "career-site", "In Los Angeles, costume attendants on union film sets earn about {b.median=<$38>~hr0:u} an hour.", place="Los Angeles")
T("sd-08", "career-site", "Set designer jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034, and designers earned {a.median@24:o!2024} at the median in 2024.")
T("sd-09", "faq", "Do costume attendants need a degree? Many theaters list a {b.edu=<bachelor's degree>:m} as the typical requirement, but plenty of dressers learn on the job.", heading="FAQ")
NC("sd-n1", "Our MFA in scenic design is 3 years and every student designs at least 4 mainstage productions.")
NC("sd-n2", "A single Broadway costume can take 100 hours to build and cost $10,000 or more.")

P("Announcer", "Producer")
T("ap-01", "ooh", "The median annual wage for broadcast announcers and radio disc jockeys was {a.median:c!2025} in May 2025.", heading="Pay")
T("ap-02", "ooh", "Employment of broadcast announcers and radio disc jockeys is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings for broadcast announcers and radio disc jockeys are projected each year, on average, over the decade.", heading="Job Outlook")
T("ap-03", "comparison", "On-air talent and the people behind the control room glass earn very different amounts. Announcers earn a median of {a.median:c} (though the average is {a.mean:c}, pulled up by a few stars); producers and directors earn {b.median:c}. Both typically have a {a.edu:c} in communications or media.", heading="Announcer vs. Producer: Who Earns More?")
T("ap-04", "career-site", "Producers and directors held about {b.oemp@24:o!2024} jobs in 2024, and employment was projected to grow {b.pct@24:o!2034} through 2034, {b.desc=<faster than average>:o!2034}.")
T("ap-05", "career-site", "About {b.self:c} of producers and directors are self-employed, and the field should see about {b.open:c} openings a year.")
T("ap-06", "forum", "per BLS radio DJs make {a.median*1.7~k:m} median. Source: definitely not anyone who works in a small-market station")
T("ap-07", "career-site", "In Atlanta, producers earn about {b.median=<$98,000>:u}, with Tyler Perry Studios and Netflix shoots driving demand.", place="Atlanta")
T("ap-08", "table", "| | Announcer | Producer |\n|---|---|---|\n| Median (2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs lost/gained, 2025–35 | {a.chg:c!2035} | {b.chg:c!2035} |")
T("ap-09", "career-site", "Producers' employment is projected to grow {b.pct:c!2035} over the 2025-35 decade, while announcers lose ground.")
NC("ap-n1", "Our broadcasting certificate takes 9 months and includes 200 hours of live studio time.")
NC("ap-n2", "I made $31,000 my first year as a morning-show co-host in a market of 150,000 people.")

P("Lighting Technician", "AV Technician")
T("la-01", "comparison", "Lighting technicians rig and focus the lights for stage, film and TV; audio and video technicians set up the sound, projection and streaming gear for everything from concerts to corporate meetings. Both usually need a {a.edu:c} or equivalent training, but lighting techs earn more: {a.median:c} versus {b.median:c} at the median.", heading="Lighting Technician vs. AV Technician")
T("la-02", "ooh", "The median annual wage for audio and video technicians was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("la-03", "career-site", "Employment of audio and video technicians is projected to grow {b.pct:c!2035} from 2025 to 2035, with about {b.open:c} openings each year.")
T("la-04", "career-site", "Lighting technicians earned a median of {a.median@24:o!2024} in May 2024, and there were about {a.oemp@24:o!2024} of them that year.")
T("la-05", "trade", "IATSE Local 728 members earn well above the national picture, where lighting technicians make a median of {a.median~hr:c} an hour and about {a.self:c} are self-employed.")
T("la-06", "forum", "BLS lists AV techs at {b.median*1.6~k:m} median. must be counting the broadcast engineers. corporate AV here pays $24/hr")
T("la-07", "career-site", "In Nashville, AV technicians average about {b.mean=<$55,000>:u} a year.", place="Nashville")
T("la-08", "bullets", "Lighting technician\n- Median pay: {a.median~k:c}\n- Jobs: {a.emp:c}\n- Openings per year: {a.open:c}\n- Outlook: {a.pct=<8%>:m} growth")
T("la-09", "career-site", "AV technicians earned a median of {b.median@23:o!2023} in 2023 and held {b.emp@24:o!2024} jobs in 2024.")
NC("la-n1", "An ETC Source Four costs around $400 used; a full rep plot at our theater uses 220 of them.")
NC("la-n2", "I did 212 shows last season and billed $48,000 as a freelance lighting programmer.")

P("Airfield Operations Specialist", "TSA Officer")
T("at-01", "comparison", "Airfield operations specialists keep runways, taxiways and ramps safe; TSA officers screen passengers and bags. Both start with a {a.edu:c}, and pay is comparable: a median of {a.median:c} for airfield operations specialists and {b.median:c} for transportation security screeners.", heading="Airfield Operations Specialist vs. TSA Officer")
T("at-02", "ooh", "Employment of airfield operations specialists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("at-03", "government", "Transportation security screeners held about {b.emp:c!2025} jobs in 2025, and employment is projected to decline {b.pct:c!2035} by 2035, with about {b.open:c} openings a year from turnover.")
T("at-04", "career-site", "TSA officers earned a median of {b.median@24:o!2024} in May 2024, and the highest 10 percent made more than {b.p90@24:o!2024}.")
T("at-05", "career-site", "Airfield ops jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034, and airfield operations specialists earned {a.median@23:o!2023} in May 2023.")
T("at-06", "forum", "per BLS TSA screeners make {b.median*0.55~k:m}. lol, we got a big pay raise a couple years ago")
T("at-07", "career-site", "In the Denver area, airfield operations specialists earn around {a.median=<$72,000>:u}, and about {a.emp=<600>:u} of them work there.", place="the Denver area")
T("at-08", "table", "| | Airfield operations | TSA officer |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |")
T("at-09", "faq", "How much does a TSA officer make an hour? The mean is {b.mean~hr:c}, and the median is about {b.median~hr:c}.", heading="FAQ")
NC("at-n1", "New TSA officers get a $2,000 recruitment incentive at 5 major airports and complete 2 weeks at the TSA Academy in Glynco.")
NC("at-n2", "Part 139 airports must inspect the airfield at least once a day, and more often during construction.")

P("Lifeguard", "Recreation Worker")
T("lr-01", "comparison", "Lifeguards and recreation workers both land summer jobs at parks and pools, and pay is close: lifeguards earn a median of {a.median:c} and recreation workers {b.median:c}. Lifeguards need CPR and lifeguard certification rather than a diploma ({a.edu=<no formal educational credential>:c} is typical), while recreation workers usually need a {b.edu:c}.", heading="Lifeguard vs. Recreation Worker")
T("lr-02", "ooh", "Lifeguards, ski patrol, and other recreational protective service workers held about {a.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("lr-03", "ooh", "About {a.open:c} openings for lifeguards, ski patrol, and other recreational protective service workers are projected each year, on average, over the decade.", heading="Job Outlook")
T("lr-04", "government", "Recreation workers held about {b.oemp:c!2025} jobs in May 2025, and employment is projected to increase by about {b.chg:c!2035} jobs by 2035.")
T("lr-05", "career-site", "Recreation workers earned a median of {b.median@24:o!2024} in May 2024, and about {b.open@24:o!2034} openings a year were projected through 2034.")
T("lr-06", "forum", "BLS says lifeguards make {a.median*1.5~k:m}/yr median. bro I made $14/hr at the Y")
T("lr-07", "career-site", "In Los Angeles County, ocean lifeguards earn a median of about {a.median=<$75,000>:u}, far above pool lifeguards.", place="Los Angeles County")
T("lr-08", "career-site", "Lifeguards earned a median of {a.median@23:o!2023} in May 2023 and {a.median~hr:c!2025} an hour in 2025.")
T("lr-09", "faq", "What's the pay range for recreation workers? Most earn between {b.range~_and:c} a year, per the BLS.", heading="FAQ")
NC("lr-n1", "Red Cross lifeguard certification is 25.5 hours and costs about $300; recertification is every 2 years.")
NC("lr-n2", "Our summer camp hires 60 counselors for 8 weeks, June 16 to August 8.")

P("Casino Dealer", "Gaming Surveillance Officer")
T("cg-01", "ooh", "The median hourly wage for gambling dealers was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("cg-02", "comparison", "Dealers run the tables; surveillance officers watch them from the eye in the sky. Dealers earn a median of {a.median:c} a year plus tokes, while gambling surveillance officers earn {b.median:c}. Both usually start with a {a.edu:c} and a gaming license.", heading="Casino Dealer vs. Surveillance Officer")
T("cg-03", "ooh", "Employment of gambling dealers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("cg-04", "career-site", "Surveillance officer employment is projected to decline {b.pct:c!2035} from 2025 to 2035, with about {b.open:c} openings each year.")
T("cg-05", "career-site", "Gambling dealers earned a median of {a.median@24:o!2024} in May 2024, and their employment was projected to {a.desc=<decline>:o!2034} through 2034.")
T("cg-06", "forum", "per BLS dealers make {a.median*1.8~k:m} median. on the Strip with tokes, sure. downtown Reno? not even close")
T("cg-07", "career-site", "In Las Vegas, blackjack dealers earn a base around {a.median=<$12>~hr0:u} an hour, and tokes can double that.", place="Las Vegas")
T("cg-08", "table", "| | Dealer | Surveillance |\n|---|---|---|\n| Median pay | {a.median~K:c} | {b.median@24:o} |\n| Jobs | {a.emp:c} | {b.oemp:c} |")
T("cg-09", "career-site", "Dealers average {a.mean:c} a year, and the top 10 percent earn over {a.p90:c}.")
NC("cg-n1", "Dealer school takes 8 to 12 weeks per game; blackjack is usually first, then craps.")
NC("cg-n2", "I dealt craps at the Bellagio from 2011 to 2019 and averaged $95,000 a year with tokes.")

P("Subway Operator", "Railroad Brake Operator")
T("sb-01", "ooh", "The median annual wage for subway and streetcar operators was {a.median:c!2025} in May 2025.", heading="Pay")
T("sb-02", "comparison", "Subway operators drive passenger trains through city tunnels; railroad brake, signal and switch operators work the freight yards, coupling cars and throwing switches. Both hire with a {a.edu:c}, and transit pays more: a median of {a.median:c} against {b.median:c} for brake operators.", heading="Subway Operator vs. Railroad Brake Operator")
T("sb-03", "government", "Subway and streetcar operators held about {a.emp:c!2025} jobs in 2025, and employment is projected to grow {a.pct:c!2035} through 2035.")
T("sb-04", "career-site", "Railroad brake, signal and switch operators earned a median of {b.median@24:o!2024} in May 2024, and the field employed about {b.emp=<11,000>:o!2024} that year.")
T("sb-05", "trade", "ATU members: the BLS now has subway operators at {a.median~hr:c} an hour at the median nationally. In the 2023 data it was {a.median@23:o!2023} a year. MTA's top operator rate beats that.")
T("sb-06", "forum", "per BLS brakemen make {b.median*1.5~k:m} median lol. maybe with a conductor promotion and 60 hr weeks")
T("sb-07", "career-site", "In New York City, subway train operators earn a top rate of about {a.median=<$94,000>:u} a year.", place="New York City")
T("sb-08", "table", "| | Subway operator | Brake operator |\n|---|---|---|\n| Average wage | {a.mean:c} | {b.mean:c} |\n| Lowest 10% | {a.p10:c} | {b.p10:c} |\n| Employment | {a.oemp:c} | {b.emp:c} |")
T("sb-09", "career-site", "Subway operators are projected to grow {a.pct=<12%>:m} over the next decade, the site claims, with {a.open=<2,500>:m} openings a year.")
NC("sb-n1", "New operators complete about 27 weeks of training before they run a train in passenger service.")
NC("sb-n2", "I hired on with the railroad in 2016 as a brakeman and made $44,000 my first year on the extra board.")

P("Ambulance Driver", "Shuttle Driver")
T("as-01", "comparison", "Ambulance drivers and attendants (who are not EMTs) drive patients between facilities; shuttle drivers and chauffeurs move hotel guests, airport travelers and executives. Pay is similar - a median of {a.median:c} for ambulance drivers and {b.median:c} for shuttle drivers - and ambulance work asks for a {a.edu:c}, while most shuttle jobs need {b.edu=<no formal educational credential>:c} beyond a clean license.", heading="Ambulance Driver vs. Shuttle Driver")
T("as-02", "ooh", "Employment of shuttle drivers and chauffeurs is projected to increase by {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings for shuttle drivers and chauffeurs are projected each year, on average, over the decade.", heading="Job Outlook")
T("as-03", "career-site", "Ambulance drivers and attendants held about {a.emp:c!2025} jobs in 2025, and about {a.self:c!2025} were self-employed.")
T("as-04", "career-site", "Shuttle drivers and chauffeurs earned a median of {b.median@23:o!2023} in May 2023, and employment was projected to rise by {b.chg@24:o!2034} jobs from 2024 to 2034.")
T("as-05", "bullets", "Shuttle driver / chauffeur\n- Median hourly pay: {b.median~hr:c}\n- Jobs: {b.oemp:c}\n- New jobs by 2035: {b.chg:c!2035}\n- Self-employed: {b.self:c}")
T("as-06", "forum", "BLS says ambulance drivers make {a.median*1.6~k:m} median. I drive wheelchair vans for $15/hr, so uh, no")
T("as-07", "career-site", "In Chicago, limo chauffeurs earn around {b.median=<$42,000>:u} plus gratuities.", place="Chicago")
T("as-08", "career-site", "Ambulance drivers earned {a.median@24:o!2024} at the median in 2024; the top 10% earned more than {a.p90@24:o!2024}.")
T("as-09", "faq", "Is a shuttle driver job full time? Often not, but the median pay is {b.median~k:c} a year and the average is {b.mean~k:c}.", heading="FAQ")
NC("as-n1", "Our shuttle drivers need a CDL with passenger endorsement if the van seats 16 or more, including the driver.")
NC("as-n2", "Non-emergency transport company hiring: $17 an hour, $500 sign-on bonus after 90 days.")

P("Meteorologist", "Materials Scientist")
T("mm-01", "ooh", "The median annual wage for atmospheric and space scientists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("mm-02", "comparison", "Both are physical-science careers open with a {a.edu:c}. Meteorologists forecast weather and study the atmosphere, earning a median of {a.median:c}; materials scientists develop new metals, polymers and ceramics and earn {b.median:c}.", heading="Meteorologist vs. Materials Scientist")
T("mm-03", "ooh", "Employment of materials scientists is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("mm-04", "career-site", "Meteorologists held about {a.oemp:c!2025} jobs in 2025, and employment is projected to grow {a.pct:c!2035}, {a.desc=<about as fast as average>:c!2035}, through 2035.")
T("mm-05", "career-site", "Materials scientists earned a median of {b.median@24:o!2024} in May 2024, and employment was projected to grow {b.pct@24:o!2034} from 2024 to 2034.")
T("mm-06", "forum", "per BLS meteorologists make {a.median*1.5~k:m}?? TV mets in top-10 markets maybe. NWS GS-11s are nowhere near that")
T("mm-07", "career-site", "In Oklahoma, home of the National Weather Center, meteorologists earn a median of about {a.median=<$88,000>:u}.", place="Oklahoma")
T("mm-08", "table", "| | Meteorologist | Materials scientist |\n|---|---|---|\n| Median (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Employment (2025) | {a.emp:c!2025} | {b.oemp:c!2025} |")
T("mm-09", "career-site", "Materials scientists average {b.mean:c} a year, and the top tenth make over {b.p90:c}; a {b.edu=<doctoral degree>:m} is usually required - or so this career guide says.")
T("mm-10", "career-site", "About {a.self:c} of meteorologists are self-employed, mostly private forecasting consultants.")
NC("mm-n1", "The NWS hires meteorologists at GS-5 to GS-9, and a degree must include 24 semester hours of atmospheric science.")
NC("mm-n2", "Our lab bought a $1.2 million transmission electron microscope in 2021.")

P("Forestry Technician", "Logging Equipment Operator")
T("fl-01", "comparison", "Forest and conservation technicians measure timber, fight fires and mark trees for harvest; logging equipment operators run the feller bunchers and skidders that cut and move them. Forestry techs typically have an {a.edu:c} and earn a median of {a.median:c}; logging equipment operators need a {b.edu:c} and earn {b.median:c}.", heading="Forestry Technician vs. Logging Equipment Operator")
T("fl-02", "ooh", "Employment of logging equipment operators is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("fl-03", "career-site", "Forest and conservation technicians held about {a.oemp:c!2025} jobs in 2025, and employment is projected to fall {a.pct:c!2035} by 2035.")
T("fl-04", "career-site", "About {b.self:c} of logging equipment operators are self-employed, running their own skidders as contract loggers.")
T("fl-05", "career-site", "Logging equipment operators earned a median of {b.median@23:o!2023} in May 2023, and about {b.open@24:o!2034} openings a year were expected through 2034.")
T("fl-06", "government", "Forestry technicians with the Forest Service start at GS-4 or GS-5. Nationally, forest and conservation technicians earned a median of {a.median@23:o!2023} in May 2023 and {a.median:c!2025} in May 2025.")
T("fl-07", "forum", "per BLS logging is {b.desc=<much faster than average>:m} growth and pays {b.median*1.6~k:m}. show me that job in Maine")
T("fl-08", "career-site", "In Oregon, logging equipment operators earn about {b.median=<$58,000>:u} a year.", place="Oregon")
T("fl-09", "table", "| | Forestry tech | Logging operator |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Openings/yr | n/a | {b.open:c} |\n| Jobs | {a.emp:c} | {b.emp:c} |")
NC("fl-n1", "Wildland fire crews work 14-day assignments, and hazard pay adds 25% to base pay for qualifying hours.")
NC("fl-n2", "A new feller buncher costs $500,000 to $700,000, which is why most contractors buy used.")

P("English Professor", "History Professor")
T("eh-01", "ooh", "The median annual wage for English language and literature teachers, postsecondary was {a.median:c!2025} in May 2025.", heading="Pay")
T("eh-02", "comparison", "Both jobs usually require a {a.edu:c} - a PhD - and both face a tight academic job market. History professors earn a median of {b.median:c}, slightly more than English professors at {a.median:c}.", heading="English Professor vs. History Professor")
T("eh-03", "career-site", "There are about {a.emp:c} English professors and {b.emp:c} history professors in the U.S., and each field will have about {a.open:c} and {b.open:c} openings a year, respectively.")
T("eh-04", "career-site", "History professors earned a median of {b.median@24:o!2024} in May 2024, and the highest-paid 10 percent earned more than {b.p90@24:o!2024}.")
T("eh-05", "career-site", "English professors in the top 10% earned more than {a.p90@24:o!2024} in 2024 data, though the newest survey shows a much lower figure.")
T("eh-06", "forum", "BLS says English profs make {a.median*1.5~k:m} median. as an adjunct teaching 5 sections for $24k total, I'd like to see that survey")
T("eh-07", "career-site", "In California, history professors at four-year universities earn about {b.median=<$105,000>:u}.", place="California")
T("eh-08", "table", "| | English professor | History professor |\n|---|---|---|\n| Median | {a.median~k:c} | {b.median~k:c} |\n| Average | {a.mean~k:c} | {b.mean~k:c} |\n| Education | {a.edu=<Doctoral degree>:c} | {b.edu=<master's degree>:m} |")
T("eh-09", "faq", "How many history professor jobs open each year? About {b.open@24:o!2034} a year through 2034, per the older projections, from a base of {b.emp@24:o!2024} jobs in 2024.", heading="FAQ")
NC("eh-n1", "The MLA job list posted 785 English positions in 2023-24, down from 1,826 in 2007-08.")
NC("eh-n2", "Our doctoral program guarantees 5 years of funding at $32,000 a year plus tuition remission.")

P("Funeral Attendant", "Crematory Operator")
T("fc-01", "comparison", "Funeral attendants place caskets, direct mourners and drive the hearse; crematory operators run the retorts. Both usually require a {a.edu:c}, and crematory operators earn more: a median of {b.median:c} versus {a.median:c}.", heading="Funeral Attendant vs. Crematory Operator")
T("fc-02", "ooh", "The median hourly wage for funeral attendants was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("fc-03", "career-site", "Funeral attendants held about {a.oemp:c!2025} jobs in 2025, and about {a.open:c} openings are projected each year, mostly to replace workers who retire.")
T("fc-04", "career-site", "Crematory operators earned a median of {b.median@24:o!2024} in May 2024 and {b.median@23:o!2023} in May 2023.")
T("fc-05", "career-site", "Funeral attendants earned a median of {a.median@24:o!2024} in 2024, and the BLS counted {a.emp@24:o!2024} of them.")
T("fc-06", "forum", "per BLS crematory operators make {b.median*1.6~k:m}. I run a retort in a small town for $17/hr, so no")
T("fc-07", "career-site", "In Florida, where cremation rates top 70%, crematory operators earn about {b.median=<$40,000>:u}.", place="Florida")
T("fc-08", "bullets", "Crematory operator facts\n- Average pay: {b.mean:c}\n- Highest 10%: {b.p90:c}\n- Lowest 10%: {b.p10:c}\n- Education: {b.edu=<postsecondary certificate>:m}")
T("fc-09", "career-site", "Funeral attendant pay ranges from {a.range~_asmuch:c} a year, and part-time work is common.")
NC("fc-n1", "CANA crematory operator certification is a one-day course and costs about $550.")
NC("fc-n2", "Our funeral home handles about 400 calls a year, 62% of them cremations.")

P("Stockbroker", "Financial Examiner")
T("sf-01", "comparison", "Stockbrokers - securities, commodities and financial services sales agents - earn commissions selling investments; financial examiners work for regulators and banks checking that institutions follow the rules. Both need a {a.edu:c}. Examiners earn a median of {b.median:c}, brokers {a.median:c}, though the average broker makes {a.mean:c} thanks to big producers.", heading="Stockbroker vs. Financial Examiner")
T("sf-02", "ooh", "Employment of financial examiners is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for financial examiners are projected each year, on average, over the decade.", heading="Job Outlook")
T("sf-03", "career-site", "Securities sales agents held about {a.oemp:c!2025} jobs in 2025, and employment is projected to grow {a.pct:c!2035}, {a.desc=<slower than average>:c!2035}, through 2035.")
T("sf-04", "career-site", "Financial examiner employment was projected to add {b.chg@24:o!2034} jobs from 2024 to 2034, nearly twice the number in the newer projections.")
T("sf-05", "table", "| | Stockbroker | Financial examiner |\n|---|---|---|\n| Median pay | {a.median@23:o} | {b.median@24:o} |\n| Top 10% | {a.p90:c} | {b.p90:c} |\n| Self-employed | {a.self:c} | n/a |", heading="Stockbroker vs. examiner pay")
T("sf-06", "forum", "per BLS financial examiners make {b.median*0.6~k:m}. at the OCC I started at a higher grade than that straight out of school")
T("sf-07", "career-site", "In the New York metro area, securities sales agents earn a median of about {a.median=<$125,000>:u}.", place="the New York metro area")
T("sf-08", "career-site", "Financial examiners earned an average of {b.mean@24:o!2024} in 2024, and they held {b.emp:c!2025} jobs in 2025.")
T("sf-09", "faq", "How many stockbroker openings are there each year? About {a.open:c}, and the field will add about {a.chg:c!2035} jobs by 2035.", heading="FAQ")
NC("sf-n1", "The Series 7 exam has 125 questions and a 3-hour 45-minute time limit; the fee is $300.")
NC("sf-n2", "My first year as a rookie broker I grossed $62,000 in commissions and kept about 40% of it.")

P("Postal Clerk", "Mail Sorter")
T("pm-01", "ooh", "The median annual wage for postal service clerks was {a.median:c!2025} in May 2025.", heading="Pay")
T("pm-02", "ooh", "Employment of postal service mail sorters, processors, and processing machine operators is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("pm-03", "comparison", "Window clerks sell stamps and take packages; mail processors feed the sorting machines in the plants. Neither job requires a diploma - both list {a.edu=<no formal educational credential>:c} - and both pay about the same: {a.median:c} for postal clerks and {b.median:c} for mail sorters.", heading="Postal Clerk vs. Mail Sorter (Mail Processor)")
T("pm-04", "career-site", "Postal clerk employment is projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035, after the previous projections called for a {a.pct@24:o!2034} decline through 2034.")
T("pm-05", "career-site", "Mail sorters earned a median of {b.median@24:o!2024} in May 2024, and the occupation was projected to shrink by {b.chg@24:o!2034} jobs from 2024 to 2034.")
T("pm-06", "forum", "per BLS postal clerks make {a.median*0.6~k:m}?? career clerks at my PO top out way higher. PSEs start around $20 though")
T("pm-07", "career-site", "In California, mail processing clerks earn about {b.median=<$60,000>:u}, and postal clerks about {a.median=<$63,000>:u}.", place="California")
T("pm-08", "table", "| | Postal clerk | Mail sorter |\n|---|---|---|\n| Jobs | {a.oemp:c} | {b.oemp:c} |\n| Openings/yr | {a.open:c} | {b.open@24:o} |")
T("pm-09", "forum", "per BLS May 2023: postal clerks {a.median@23:o!2023}, mail processors {b.median@23:o!2023}. PSE/MHA pay is way lower than that until you convert")
NC("pm-n1", "USPS 474 exam (Virtual Entry Assessment) scores are valid for 1 year; a score of 70 is passing.")
NC("pm-n2", "I started as a PSE clerk in 2018 at $17.05 an hour and converted to career in 2020.")

# ---------------------------------------------------------------- second pass: places, stale releases, wrong figures, other periods
P("Medical Dosimetrist", "Surgical Assistant")
T("ds-11", "frontmatter", "---\ntitle: \"Medical Dosimetrist vs. Surgical Assistant: Salary Guide\"\nx_salary_dosimetrist: \"{a.median@23:o}\"\nx_salary_surgical_assistant: \"{b.median@23:o}\"\nupdated: 2024-06-02\n---")
T("ds-12", "career-site", "In Texas, surgical assistants earn about {b.median=<$31>~hr0:u} an hour, and the state employs roughly {b.emp=<1,900>:u} of them.", place="Texas")
T("ds-13", "career-site", "Dosimetrists are in demand: the field is projected to grow {a.pct=<17%>:m!2035} by 2035, and they earn {a.median*1.4~k:m} a year at the median, this guide claims.")
P("Acupuncturist", "Dietetic Technician")
T("ad-11", "career-site", "In Oregon, licensed acupuncturists earn a median of about {a.median=<$64,000>:u}, and dietetic technicians around {b.median=<$41,000>:u}.", place="Oregon")
T("ad-12", "career-site", "Dietetic techs earn {b.median~mo:c} a month at the median, and these workers' employment is projected to grow by about {b.chg@24:o!2034} jobs between 2024 and 2034.")
P("Pipelayer", "Pile Driver Operator")
T("pp-10", "trade", "Pile drivers in the middle half earn between {b.mid~_and:c}. The same contractor newsletter claims pipelayer jobs will grow {a.pct=<6%>:m!2035} by 2035; the BLS projections say otherwise.")
T("pp-11", "career-site", "In Florida, pile driver operators working on bridges and seawalls earn about {b.median=<$62,000>:u} a year.", place="Florida")
P("Stonemason", "Terrazzo Worker")
T("st-10", "faq", "Has terrazzo pay really jumped that much? It has. In May 2023 the BLS put the median for terrazzo workers at {b.median@23:o!2023}; stonemasons were at {a.median@23:o!2023} that year.", heading="FAQ")
T("st-11", "career-site", "In Miami, where terrazzo floors are everywhere, terrazzo finishers earn roughly {b.median=<$54,000>:u}.", place="Miami")
P("Carpet Installer", "Floor Layer")
T("cf-10", "faq", "How much do carpet installers make a week? About {a.median~wk:c} at the median, before any piecework bonuses.", heading="FAQ")
T("cf-11", "career-site", "Floor layers' employment is projected to grow {b.desc=<slower than average>:m!2035} through 2035, and they earn {b.mean*1.35~k:m} on average, according to this trade site.")
P("Rigger", "Hoist and Winch Operator")
T("rh-09", "career-site", "In the Houston metro area, riggers earn about {a.median=<$60,000>:u}, while hoist and winch operators earn around {b.median=<$58,000>:u}.", place="the Houston metro area")
T("rh-10", "forum", "old numbers but per BLS riggers were {a.median@23:o!2023} median back in May 2023 and there were {a.oemp@24:o!2024} of us in 2024. pay has gone up since, at least at my outfit")
P("Plasterer", "Taper")
T("pt-09", "frontmatter", "---\ntitle: Plasterer vs. Taper - which trade pays more?\nx_salary_plasterer: \"{a.median@24:o}\"\nx_salary_taper: \"{b.median@24:o}\"\nx_growth_plasterer: \"{a.pct@24:o}\"\n---")
T("pt-10", "career-site", "In California, plasterers and stucco masons earn about {a.median=<$68,000>:u}, and tapers around {b.median=<$79,000>:u}.", place="California")
P("Commercial Diver", "Derrick Operator")
T("cd-10", "forum", "per BLS derrick hands make {b.median*1.4~k:m}, lol. and they claim the oilfield will grow {b.pct=<11%>:m}")
T("cd-11", "career-site", "In Texas, derrick operators in the Permian Basin earn about {b.median=<$64,000>:u} a year.", place="Permian Basin")
P("Stationary Engineer", "Chemical Plant Operator")
T("sc-10", "bullets", "From our 2024 salary guide (still online, never updated):\n- Stationary engineer, median pay in 2023: {a.median@23:o!2023}\n- Chemical plant operator jobs in 2024: {b.emp@24:o!2024}")
T("sc-11", "career-site", "Most chemical plant operators earn between {b.range~k_dash:c} a year, and the typical stationary engineer earns {a.median*1.3~k:m}, the guide says.")
P("Signal and Track Switch Repairer", "Rail Car Repairer")
T("sr-09", "career-site", "In Nebraska, home to Union Pacific's headquarters, signal maintainers earn about {a.median=<$88,000>:u}.", place="Nebraska")
T("sr-10", "career-site", "Rail car repairers are projected to grow {b.pct=<9%>:m!2035} through 2035 and earn an average of {b.mean*0.7~k:m}, this listicle says.")
P("Credit Counselor", "Bill Collector")
T("cb-10", "career-site", "Back in May 2023, the BLS reported median pay of {a.median@23:o!2023} for credit counselors and {b.median@23:o!2023} for bill and account collectors - numbers many salary sites still quote.")
T("cb-11", "career-site", "In Texas, debt collectors earn about {b.median=<$41,000>:u} a year, and the state employs about {b.emp=<5,000>:u} of them, many in San Antonio call centers.", place="Texas")
P("File Clerk", "Data Entry Keyer")
T("fd-10", "career-site", "In New York, file clerks earn about {a.median=<$45,000>:u}, and the state employs roughly {a.emp=<6,500>:u} of them.", place="New York")
T("fd-11", "career-site", "File clerks earned {a.median@24:o!2024} at the median in 2024, and about {a.open@24:o!2034} openings a year were projected for 2024–34.")
P("Hotel Desk Clerk", "Bellhop")
T("hb-10", "career-site", "Front desk agents earn {a.median~mo:c} a month at the median, and about {a.emp*1.6:m} of them work in the U.S., says one hotel-jobs site.")
T("hb-11", "career-site", "In Orlando, hotel desk clerks earn around {a.median=<$36,000>:u}, and bellhops about {b.median=<$30,000>:u} plus tips.", place="Orlando")
P("Eligibility Interviewer", "Court Clerk")
T("ec-10", "government", "In California, eligibility workers in county social services earn about {a.median=<$62,000>:u}, and the state employs about {a.emp=<14,000>:u} of them.", place="California")
T("ec-11", "table", "| Occupation | Median wage, May 2023 |\n|---|---|\n| Court, municipal and license clerks | {b.median@23:o!2023} |\n| Eligibility interviewers | {a.median@23:o!2023} |")
P("Mathematician", "Database Architect")
T("md-11", "dev-blog", "In the Seattle area, database architects earn a median of about {b.median=<$165,000>:u}.", place="the Seattle area")
T("md-12", "career-site", "Mathematicians are projected to grow {a.pct=<29%>:m!2035} through 2035, and database architects average {b.mean*0.6~k:m}, this guide claims.")
P("Choreographer", "Music Director")
T("cm-11", "career-site", "When we first published this guide, choreographers earned a median of {a.median@23:o!2023} (May 2023) and music directors and composers {b.median@23:o!2023} (May 2023).")
T("cm-12", "career-site", "In Los Angeles, music directors and composers earn about {b.median=<$88,000>:u}.", place="Los Angeles")
P("Set Designer", "Costume Attendant")
T("sd-10", "career-site", "Set designers earned {a.median@23:o!2023} at the median in 2023, and about {a.self@24:o!2024} of them were self-employed in 2024.")
T("sd-11", "career-site", "In New York City, set and exhibit designers earn about {a.median=<$92,000>:u}.", place="New York City")
P("Announcer", "Producer")
T("ap-10", "frontmatter", "---\ntitle: \"Announcer vs. Producer: Salary, Skills and Outlook\"\nx_salary_announcer: \"{a.median@23:o}\"\nx_salary_producer: \"{b.median@23:o}\"\ndata_year: 2023\n---")
T("ap-11", "career-site", "Radio DJs are a growing field, with employment projected to grow {a.pct=<12%>:m} and a median wage of {a.median*1.5~k:m}, the article says.")
P("Lighting Technician", "AV Technician")
T("la-10", "career-site", "In Las Vegas, lighting technicians on the Strip earn around {a.median=<$75,000>:u}.", place="Las Vegas")
T("la-11", "career-site", "These workers earned a median of {a.median@23:o!2023} in May 2023, when lighting technician jobs were also projected to decline {a.pct@24:o!2034} over 2024–34.")
P("Airfield Operations Specialist", "TSA Officer")
T("at-10", "career-site", "In Georgia, TSA officers at Hartsfield-Jackson earn about {b.median=<$52,000>:u} a year.", place="Georgia")
T("at-11", "government", "TSA officers (transportation security screeners) earned a median wage of {b.median@23:o!2023} in May 2023. Their employment was projected to fall {b.pct@24:o!2034} from 2024 to 2034.")
P("Lifeguard", "Recreation Worker")
T("lr-10", "career-site", "In Texas, pool lifeguards earn about {a.median=<$13>~hr0:u} an hour, and recreation workers about {b.median=<$15>~hr0:u}.", place="Texas")
T("lr-11", "career-site", "Recreation workers are projected to grow {b.pct=<12%>:m!2035} through 2035, and lifeguards average {a.mean*1.4~k:m}, the site says.")
P("Casino Dealer", "Gaming Surveillance Officer")
T("cg-10", "forum", "Surveillance guy here. The BLS number everyone posts ({b.median@23:o!2023} median, May 2023) is stale; dealers were at {a.median@23:o!2023} that year too. Both have gone up.")
T("cg-11", "career-site", "In Atlantic City, surveillance officers earn about {b.median=<$46,000>:u}, and the area employs roughly {b.emp=<700>:u} of them.", place="Atlantic City")
P("Subway Operator", "Railroad Brake Operator")
T("sb-10", "career-site", "Subway operators earned a median of {a.median@24:o!2024} in May 2024. For brake, signal and switch operators, the most recent figure we could find was {b.median@23:o!2023}, from May 2023.")
T("sb-11", "career-site", "In Chicago, CTA rail operators earn about {a.median=<$41>~hr0:u} an hour at top rate.", place="Chicago")
P("Ambulance Driver", "Shuttle Driver")
T("as-10", "career-site", "In Florida, shuttle drivers earn about {b.median=<$34,000>:u}, and ambulance drivers around {a.median=<$33,000>:u}.", place="Florida")
T("as-11", "career-site", "Shuttle driver jobs will grow {b.desc=<slower than average>:m}, the site says, and ambulance drivers earn {a.median*1.35~k:m}.")
P("Meteorologist", "Materials Scientist")
T("mm-11", "faq", "Are meteorologist jobs growing? Not by much: the 2024–34 projections called for {a.pct@24:o!2034} growth, and the median wage was {a.median@24:o!2024} in May 2024.", heading="FAQ")
T("mm-12", "career-site", "In Ohio, materials scientists in the aerospace and polymer industries earn about {b.median=<$105,000>:u}.", place="Ohio")
P("Forestry Technician", "Logging Equipment Operator")
T("fl-10", "career-site", "Forestry techs earn {a.median*1.4~k:m} at the median, and logging equipment operators are projected to grow {b.pct=<6%>:m}, this guide says.")
T("fl-11", "career-site", "In Washington, forest and conservation technicians earn about {a.median=<$58,000>:u}.", place="Washington")
P("English Professor", "History Professor")
T("eh-10", "career-site", "In New York, English professors earn a median of about {a.median=<$92,000>:u}.", place="New York")
T("eh-11", "career-site", "They earned a median of {b.median@23:o!2023} in May 2023, and history professors held about {b.emp@24:o!2024} jobs in 2024, per the BLS.")
P("Funeral Attendant", "Crematory Operator")
T("fc-10", "career-site", "Crematory operators earn {b.mean*1.4~k:m} on average, and funeral attendants are projected to grow {a.pct=<10%>:m}, this listicle says.")
T("fc-11", "career-site", "In Ohio, funeral attendants earn about {a.median=<$31,000>:u}.", place="Ohio")
P("Stockbroker", "Financial Examiner")
T("sf-10", "comparison", "Our older comparison (May 2023 data) showed financial examiners earning a median of {b.median@23:o!2023} and brokers {a.median@23:o!2023}. The gap has held steady since.", heading="Stockbroker vs. Financial Examiner: 2023 numbers")
T("sf-11", "career-site", "In Connecticut, financial examiners earn about {b.median=<$105,000>:u}.", place="Connecticut")
P("Postal Clerk", "Mail Sorter")
T("pm-10", "career-site", "In Texas, mail processing clerks earn about {b.median=<$57,000>:u}, and the state employs about {b.emp=<4,000>:u} of them.", place="Texas")
T("pm-11", "career-site", "Mail sorters earn {b.median*1.35~k:m} at the median, and postal clerk employment is projected to grow {a.pct=<6%>:m}, says one civil-service site.")

# ---------------------------------------------------------------- third pass: ranges, percentiles one by one, pronouns, national wording
P("Surgical Assistant", "Medical Dosimetrist")
T("ds-14", "career-site", "Surgical assistants typically earn between {a.range~k_dash:c} a year in the U.S., depending on whether they are certified (CSA or CSFA) and how much call they take.")
P("Floor Layer", "Carpet Installer")
T("cf-12", "school", "Graduates of our 10-week flooring course enter a trade where most floor layers earn between {a.range~_and:c}. Carpet installers earned anywhere from {b.range@24~_asmuch:o!2024} in the 2024 survey.")
P("Stationary Engineer", "Chemical Plant Operator")
T("sc-12", "career-site", "Most stationary engineers earn between {a.range*1.4~_and:m} a year, according to one salary site - well above what the BLS reports.")
P("Credit Counselor", "Bill Collector")
T("cb-12", "career-site", "Bill collectors' pay runs from {b.range~hr_to:c} an hour, and they are projected to lose {b.chg*2:m!2035} jobs by 2035, a salary site claims.")
P("Producer", "Announcer")
T("ap-12", "comparison", "What does a producer make? The typical producer or director earns {a.median:c}. The bottom 10 percent earn less than {a.p10:c}; the top 10 percent, more than {a.p90:c}. Announcers, by contrast, have a midpoint wage of {b.median~K:c}.", heading="What Does a Producer Make Compared With an Announcer?")
P("Database Architect", "Mathematician")
T("md-13", "dev-blog", "TL;DR for anyone eyeing the DBA-to-architect jump: database architects in the U.S. earn a median of {a.median~k:c}, the 75th percentile is {a.p75~k:c}, and the bottom quarter earn less than {a.p25~k:c}. They usually need a {a.edu:c}; they don't need the PhD a mathematician often has.")
P("Recreation Worker", "Lifeguard")
T("lr-12", "government", "Parks & Rec is hiring! Nationally, recreation workers earn a median of {a.median~hr:c} an hour. These workers typically need a {a.edu:c}, and employment is projected to grow by about {a.chg:c!2035} jobs from 2025 to 2035... though ours are seasonal.")
P("Announcer", "Producer")
T("ap-13", "forum", "DJ for 20 yrs. the BLS range of {a.range*2~k_dash:m} for announcers is fantasy land, most of us are part-time")
P("Financial Examiner", "Stockbroker")
T("sf-12", "career-site", "Financial examiners' pay ranges from {a.range@24~_asmuch:o!2024} a year, per the 2024 BLS survey, and the field was projected to grow {a.desc=<much faster than average>:o!2034} through 2034.")
P("Hotel Desk Clerk", "Bellhop")
T("hb-12", "career-site", "Desk clerks make between {a.range~hr_and:c} an hour in the U.S.; night auditors often get a shift differential.")
P("Mail Sorter", "Postal Clerk")
T("pm-12", "career-site", "Mail processors' employment is projected to decline {a.pct=<8 percent>:o!2034} from 2024 to 2034, per the previous projections, and they make a typical {a.median@24:o!2024} (May 2024).")
P("Acupuncturist", "Dietetic Technician")
T("ad-13", "comparison", "Acupuncturists earn about twice what dietetic technicians make: a median of {a.median~k:c} versus {b.median~k:c}. But they also need a {a.edu:c}, a 3- to 4-year program, against a 2-year {b.edu:c} for diet techs.", heading="Acupuncturist vs. Dietetic Technician: Is the Extra Schooling Worth It?")

#ITEMS-END

OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout10:\n  " + "\n  ".join(errs))
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
