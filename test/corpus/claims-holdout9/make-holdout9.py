#!/usr/bin/env python3
"""Generate claims-holdout9 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement.
Run: python3 make-holdout9.py [--flips]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"gencoun": {"query": "Genetic Counselor", "soc": "29-9092", "title": "Genetic Counselors", "oews2025": {"mean": 104620, "median": 100040, "p10": 78270, "p25": 88900, "p75": 116140, "p90": 138760, "hourlyMean": 50.3, "employment": 3740}, "oews2024": {"mean": 102890, "median": 98910, "p10": 78680, "p25": 87060, "p75": 113220, "p90": 137780, "hourlyMean": 49.47, "employment": 3510}, "oews2023": {"mean": 98130, "median": 95770, "p10": 72530, "p25": 83380, "p75": 108090, "p90": 132190, "hourlyMean": 47.18, "employment": 3050}, "ep2025": {"changePercent": 10.4, "changeNumeric": 0.4, "openingsPerYear": 0.3, "employmentBase": 4.2, "education": "Master's degree", "selfEmployedPercent": 7.6}, "ep2024": {"changePercent": 9.3, "changeNumeric": 0.4, "openingsPerYear": 0.3, "employmentBase": 4, "education": "Master's degree", "selfEmployedPercent": 8.1}},
"midwife": {"query": "Nurse Midwife", "soc": "29-1161", "title": "Nurse Midwives", "oews2025": {"mean": 136980, "median": 134040, "p10": 93620, "p25": 116510, "p75": 157400, "p90": 188320, "hourlyMean": 65.86, "employment": 7920}, "oews2024": {"mean": 128110, "median": 128790, "p10": 74670, "p25": 104260, "p75": 146520, "p90": 177040, "hourlyMean": 61.59, "employment": 8280}, "oews2023": {"mean": 131570, "median": 129650, "p10": 87320, "p25": 110000, "p75": 146770, "p90": 177530, "hourlyMean": 63.26, "employment": 6960}, "ep2025": {"changePercent": 11.5, "changeNumeric": 0.9, "openingsPerYear": 0.4, "employmentBase": 8.2, "education": "Master's degree", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 11.1, "changeNumeric": 0.9, "openingsPerYear": 0.5, "employmentBase": 8.6, "education": "Master's degree", "selfEmployedPercent": 1}},
"medsec": {"query": "Medical Secretary", "soc": "43-6013", "title": "Medical Secretaries and Administrative Assistants", "oews2025": {"mean": 46800, "median": 45930, "p10": 35930, "p25": 38570, "p75": 50580, "p90": 60530, "hourlyMean": 22.5, "employment": 961610}, "oews2024": {"mean": 45580, "median": 44640, "p10": 35050, "p25": 37880, "p75": 49720, "p90": 60050, "hourlyMean": 21.91, "employment": 830760}, "oews2023": {"mean": 43380, "median": 40640, "p10": 31900, "p25": 36540, "p75": 47930, "p90": 58340, "hourlyMean": 20.85, "employment": 749500}, "ep2025": {"changePercent": 4.8, "changeNumeric": 47.1, "openingsPerYear": 89.2, "employmentBase": 979, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 4.2, "changeNumeric": 35.3, "openingsPerYear": 85.9, "employmentBase": 850, "education": "High school diploma or equivalent", "selfEmployedPercent": 0}},
"legsec": {"query": "Legal Secretary", "soc": "43-6012", "title": "Legal Secretaries and Administrative Assistants", "oews2025": {"mean": 60620, "median": 55570, "p10": 36500, "p25": 44450, "p75": 71970, "p90": 91730, "hourlyMean": 29.14, "employment": 156280}, "oews2024": {"mean": 60320, "median": 54140, "p10": 35530, "p25": 42720, "p75": 72090, "p90": 87660, "hourlyMean": 29, "employment": 154540}, "oews2023": {"mean": 56330, "median": 50680, "p10": 34780, "p25": 41450, "p75": 66510, "p90": 82890, "hourlyMean": 27.08, "employment": 152790}, "ep2025": {"changePercent": -5.2, "changeNumeric": -8.3, "openingsPerYear": 18.1, "employmentBase": 157.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": -5.8, "changeNumeric": -9, "openingsPerYear": 19.6, "employmentBase": 156.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}},
"payroll": {"query": "Payroll Clerk", "soc": "43-3051", "title": "Payroll and Timekeeping Clerks", "oews2025": {"mean": 59630, "median": 58260, "p10": 39500, "p25": 47990, "p75": 69600, "p90": 81350, "hourlyMean": 28.67, "employment": 153140}, "oews2024": {"mean": 56870, "median": 55290, "p10": 36670, "p25": 45440, "p75": 65750, "p90": 78830, "hourlyMean": 27.34, "employment": 156950}, "oews2023": {"mean": 54690, "median": 52240, "p10": 35960, "p25": 43680, "p75": 63330, "p90": 75820, "hourlyMean": 26.29, "employment": 157230}, "ep2025": {"changePercent": -15.9, "changeNumeric": -25.4, "openingsPerYear": 11.4, "employmentBase": 159.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": -16.7, "changeNumeric": -27, "openingsPerYear": 13, "employmentBase": 161.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}},
"billing": {"query": "Billing Clerk", "soc": "43-3021", "title": "Billing and Posting Clerks", "oews2025": {"mean": 51070, "median": 48500, "p10": 37290, "p25": 42840, "p75": 58290, "p90": 67710, "hourlyMean": 24.55, "employment": 404060}, "oews2024": {"mean": 49490, "median": 47170, "p10": 35760, "p25": 40260, "p75": 56350, "p90": 64990, "hourlyMean": 23.8, "employment": 417500}, "oews2023": {"mean": 47120, "median": 45590, "p10": 34360, "p25": 38390, "p75": 52170, "p90": 62530, "hourlyMean": 22.66, "employment": 430220}, "ep2025": {"changePercent": -0.1, "changeNumeric": -0.2, "openingsPerYear": 37, "employmentBase": 418, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.5}, "ep2024": {"changePercent": -0.4, "changeNumeric": -1.9, "openingsPerYear": 42.2, "employmentBase": 429.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}},
"proof": {"query": "Proofreader", "soc": "43-9081", "title": "Proofreaders and Copy Markers", "oews2025": {"mean": 54800, "median": 51120, "p10": 34510, "p25": 41170, "p75": 62390, "p90": 79290, "hourlyMean": 26.35, "employment": 4580}, "oews2024": {"mean": 52730, "median": 49210, "p10": 33530, "p25": 38590, "p75": 62380, "p90": 78040, "hourlyMean": 25.35, "employment": 5160}, "oews2023": {"mean": 51100, "median": 48790, "p10": 31730, "p25": 37940, "p75": 59090, "p90": 75510, "hourlyMean": 24.57, "employment": 5490}, "ep2025": {"changePercent": -0.9, "changeNumeric": -0.1, "openingsPerYear": 1.1, "employmentBase": 8.5, "education": "Bachelor's degree", "selfEmployedPercent": 25.6}, "ep2024": {"changePercent": -0.6, "changeNumeric": -0.1, "openingsPerYear": 1.9, "employmentBase": 12, "education": "Bachelor's degree", "selfEmployedPercent": 31.2}},
"dtp": {"query": "Desktop Publisher", "soc": "43-9031", "title": "Desktop Publishers", "oews2025": {"mean": 61970, "median": 55290, "p10": 35680, "p25": 43730, "p75": 73840, "p90": 96170, "hourlyMean": 29.79, "employment": 3350}, "oews2024": {"mean": 60250, "median": 53620, "p10": 34650, "p25": 42680, "p75": 71990, "p90": 92880, "hourlyMean": 28.97, "employment": 4000}, "oews2023": {"mean": 57680, "median": 51290, "p10": 31880, "p25": 38350, "p75": 71420, "p90": 97870, "hourlyMean": 27.73, "employment": 5220}, "ep2025": {"changePercent": -14.5, "changeNumeric": -0.7, "openingsPerYear": 0.3, "employmentBase": 4.6, "education": "Associate's degree", "selfEmployedPercent": 19.8}, "ep2024": {"changePercent": -12.4, "changeNumeric": -0.6, "openingsPerYear": 0.4, "employmentBase": 5, "education": "Associate's degree", "selfEmployedPercent": 16.8}},
"fashion": {"query": "Fashion Designer", "soc": "27-1022", "title": "Fashion Designers", "oews2025": {"mean": 91230, "median": 80960, "p10": 39490, "p25": 51940, "p75": 106470, "p90": 146870, "hourlyMean": 43.86, "employment": 21450}, "oews2024": {"mean": 122430, "median": 80690, "p10": 35970, "p25": 53730, "p75": 107990, "p90": 169620, "hourlyMean": 58.86, "employment": 20910}, "oews2023": {"mean": 97030, "median": 79290, "p10": 37090, "p25": 58440, "p75": 107260, "p90": 160850, "hourlyMean": 46.65, "employment": 19940}, "ep2025": {"changePercent": 0.1, "changeNumeric": 0, "openingsPerYear": 2.5, "employmentBase": 32.7, "education": "Bachelor's degree", "selfEmployedPercent": 35.7}, "ep2024": {"changePercent": 2, "changeNumeric": 0.5, "openingsPerYear": 2.3, "employmentBase": 25.7, "education": "Bachelor's degree", "selfEmployedPercent": 20}},
"tailor": {"query": "Tailor", "soc": "51-6052", "title": "Tailors, Dressmakers, and Custom Sewers", "oews2025": {"mean": 45140, "median": 41640, "p10": 29920, "p25": 35230, "p75": 50200, "p90": 63670, "hourlyMean": 21.7, "employment": 13920}, "oews2024": {"mean": 44050, "median": 40860, "p10": 27110, "p25": 33480, "p75": 49780, "p90": 62490, "hourlyMean": 21.18, "employment": 16290}, "oews2023": {"mean": 40190, "median": 36650, "p10": 27560, "p25": 31820, "p75": 44510, "p90": 55810, "hourlyMean": 19.32, "employment": 14950}, "ep2025": {"changePercent": -8.8, "changeNumeric": -2.9, "openingsPerYear": 3.7, "employmentBase": 33.2, "education": "No formal educational credential", "selfEmployedPercent": 58.4}, "ep2024": {"changePercent": -4.5, "changeNumeric": -1.7, "openingsPerYear": 5, "employmentBase": 38.8, "education": "No formal educational credential", "selfEmployedPercent": 57.4}},
"animator": {"query": "Animator", "soc": "27-1014", "title": "Special Effects Artists and Animators", "oews2025": {"mean": 112870, "median": 102030, "p10": 58600, "p25": 75490, "p75": 139130, "p90": 177110, "hourlyMean": 54.27, "employment": 19970}, "oews2024": {"mean": 110110, "median": 99800, "p10": 57220, "p25": 73030, "p75": 135600, "p90": 174630, "hourlyMean": 52.94, "employment": 21280}, "oews2023": {"mean": 109630, "median": 99060, "p10": 57090, "p25": 71570, "p75": 133400, "p90": 169580, "hourlyMean": 52.71, "employment": 29940}, "ep2025": {"changePercent": -0.3, "changeNumeric": -0.1, "openingsPerYear": 4.2, "employmentBase": 51.9, "education": "Bachelor's degree", "selfEmployedPercent": 62.9}, "ep2024": {"changePercent": 1.6, "changeNumeric": 0.9, "openingsPerYear": 5, "employmentBase": 57.1, "education": "Bachelor's degree", "selfEmployedPercent": 61.5}},
"fineart": {"query": "Fine Artist", "soc": "27-1013", "title": "Fine Artists, Including Painters, Sculptors, and Illustrators", "oews2025": {"mean": 73150, "median": 55490, "p10": 31630, "p25": 37560, "p75": 83200, "p90": 144210, "hourlyMean": 35.17, "employment": 11220}, "oews2024": {"mean": 76450, "median": 60560, "p10": 26420, "p25": 39740, "p75": 89630, "p90": 140660, "hourlyMean": 36.76, "employment": 10000}, "oews2023": {"mean": 71420, "median": 59300, "p10": 28390, "p25": 38160, "p75": 88690, "p90": 135420, "hourlyMean": 34.34, "employment": 10910}, "ep2025": {"changePercent": -2.9, "changeNumeric": -0.8, "openingsPerYear": 2.2, "employmentBase": 28.9, "education": "Bachelor's degree", "selfEmployedPercent": 62.8}, "ep2024": {"changePercent": -1.2, "changeNumeric": -0.3, "openingsPerYear": 2.2, "employmentBase": 26.5, "education": "Bachelor's degree", "selfEmployedPercent": 61.6}},
"floral": {"query": "Floral Designer", "soc": "27-1023", "title": "Floral Designers", "oews2025": {"mean": 39520, "median": 37360, "p10": 28600, "p25": 32810, "p75": 45700, "p90": 51000, "hourlyMean": 19, "employment": 40590}, "oews2024": {"mean": 37700, "median": 36120, "p10": 27260, "p25": 30200, "p75": 43420, "p90": 48690, "hourlyMean": 18.13, "employment": 40160}, "oews2023": {"mean": 35500, "median": 34690, "p10": 24960, "p25": 29120, "p75": 38940, "p90": 46650, "hourlyMean": 17.07, "employment": 43350}, "ep2025": {"changePercent": -5.6, "changeNumeric": -2.5, "openingsPerYear": 5.2, "employmentBase": 45.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 13.9}, "ep2024": {"changePercent": -5.9, "changeNumeric": -2.6, "openingsPerYear": 5.1, "employmentBase": 43.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 10.7}},
"display": {"query": "Merchandise Displayer", "soc": "27-1026", "title": "Merchandise Displayers and Window Trimmers", "oews2025": {"mean": 42830, "median": 39390, "p10": 30760, "p25": 35130, "p75": 47220, "p90": 58370, "hourlyMean": 20.59, "employment": 165220}, "oews2024": {"mean": 40540, "median": 37350, "p10": 30050, "p25": 33580, "p75": 44750, "p90": 53800, "hourlyMean": 19.49, "employment": 192480}, "oews2023": {"mean": 39040, "median": 36230, "p10": 29280, "p25": 31440, "p75": 42280, "p90": 51230, "hourlyMean": 18.77, "employment": 175790}, "ep2025": {"changePercent": 2.7, "changeNumeric": 4.4, "openingsPerYear": 17.2, "employmentBase": 164.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 3.2, "changeNumeric": 6.2, "openingsPerYear": 20.8, "employmentBase": 193, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}},
"jeweler": {"query": "Jeweler", "soc": "51-9071", "title": "Jewelers and Precious Stone and Metal Workers", "oews2025": {"mean": 57960, "median": 52540, "p10": 35580, "p25": 39520, "p75": 69810, "p90": 87540, "hourlyMean": 27.87, "employment": 22440}, "oews2024": {"mean": 55030, "median": 49140, "p10": 33890, "p25": 38030, "p75": 63210, "p90": 81610, "hourlyMean": 26.46, "employment": 23420}, "oews2023": {"mean": 52000, "median": 47450, "p10": 30790, "p25": 36510, "p75": 62070, "p90": 78500, "hourlyMean": 25, "employment": 24060}, "ep2025": {"changePercent": -3.2, "changeNumeric": -1.1, "openingsPerYear": 3.7, "employmentBase": 32.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 32.4}, "ep2024": {"changePercent": -5.5, "changeNumeric": -1.9, "openingsPerYear": 4, "employmentBase": 35.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 33.9}},
"watch": {"query": "Watch Repairer", "soc": "49-9064", "title": "Watch and Clock Repairers", "oews2025": {"mean": 70840, "median": 67230, "p10": 34240, "p25": 47650, "p75": 91490, "p90": 109990, "hourlyMean": 34.06, "employment": 1310}, "oews2024": {"mean": 62450, "median": 60690, "p10": 39920, "p25": 46530, "p75": 77340, "p90": 92570, "hourlyMean": 30.03, "employment": 1300}, "oews2023": {"mean": 56140, "median": 58140, "p10": 28390, "p25": 43660, "p75": 68340, "p90": 79150, "hourlyMean": 26.99, "employment": 1880}, "ep2025": {"changePercent": -0.3, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 8.8}, "ep2024": {"changePercent": -1.1, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 9.8}},
"lock": {"query": "Locksmith", "soc": "49-9094", "title": "Locksmiths and Safe Repairers", "oews2025": {"mean": 55470, "median": 51320, "p10": 35530, "p25": 43160, "p75": 64560, "p90": 79400, "hourlyMean": 26.67, "employment": 15040}, "oews2024": {"mean": 55200, "median": 50490, "p10": 34750, "p25": 40650, "p75": 64330, "p90": 79340, "hourlyMean": 26.54, "employment": 15550}, "oews2023": {"mean": 52130, "median": 48380, "p10": 31620, "p25": 37950, "p75": 62070, "p90": 76460, "hourlyMean": 25.06, "employment": 14790}, "ep2025": {"changePercent": -11.7, "changeNumeric": -2.2, "openingsPerYear": 1.2, "employmentBase": 18.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 18.5}, "ep2024": {"changePercent": -8.3, "changeNumeric": -1.6, "openingsPerYear": 1.7, "employmentBase": 18.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 16.2}},
"secinst": {"query": "Security System Installer", "soc": "49-2098", "title": "Security and Fire Alarm Systems Installers", "oews2025": {"mean": 60960, "median": 60070, "p10": 38800, "p25": 47820, "p75": 73690, "p90": 81150, "hourlyMean": 29.31, "employment": 86340}, "oews2024": {"mean": 60040, "median": 59300, "p10": 38410, "p25": 47330, "p75": 71340, "p90": 81980, "hourlyMean": 28.87, "employment": 81510}, "oews2023": {"mean": 57400, "median": 56430, "p10": 36790, "p25": 45580, "p75": 65570, "p90": 79650, "hourlyMean": 27.59, "employment": 83540}, "ep2025": {"changePercent": 6.8, "changeNumeric": 5.9, "openingsPerYear": 8.5, "employmentBase": 86.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 10.4, "changeNumeric": 8.9, "openingsPerYear": 9.4, "employmentBase": 85.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 5.5}},
"glazier": {"query": "Glazier", "soc": "47-2121", "title": "Glaziers", "oews2025": {"mean": 59720, "median": 57080, "p10": 37300, "p25": 46320, "p75": 66610, "p90": 89790, "hourlyMean": 28.71, "employment": 58480}, "oews2024": {"mean": 60260, "median": 55440, "p10": 37710, "p25": 45530, "p75": 68300, "p90": 98780, "hourlyMean": 28.97, "employment": 57000}, "oews2023": {"mean": 58320, "median": 51100, "p10": 36440, "p25": 43840, "p75": 64470, "p90": 97030, "hourlyMean": 28.04, "employment": 53390}, "ep2025": {"changePercent": 1.9, "changeNumeric": 1.1, "openingsPerYear": 3.9, "employmentBase": 59.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 3.3, "changeNumeric": 2, "openingsPerYear": 5.1, "employmentBase": 60.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.1}},
"insul": {"query": "Insulation Installer", "soc": "47-2131", "title": "Insulation Workers, Floor, Ceiling, and Wall", "oews2025": {"mean": 54740, "median": 49120, "p10": 37030, "p25": 43200, "p75": 60980, "p90": 78190, "hourlyMean": 26.32, "employment": 44440}, "oews2024": {"mean": 53440, "median": 48680, "p10": 35950, "p25": 40270, "p75": 60420, "p90": 77160, "hourlyMean": 25.69, "employment": 38610}, "oews2023": {"mean": 52080, "median": 47540, "p10": 33210, "p25": 38330, "p75": 60510, "p90": 78000, "hourlyMean": 25.04, "employment": 38510}, "ep2025": {"changePercent": 2.4, "changeNumeric": 1.1, "openingsPerYear": 3, "employmentBase": 45.1, "education": "No formal educational credential", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 3.8, "changeNumeric": 1.5, "openingsPerYear": 3.4, "employmentBase": 40.2, "education": "No formal educational credential", "selfEmployedPercent": 3.5}},
"concrete": {"query": "Concrete Finisher", "soc": "47-2051", "title": "Cement Masons and Concrete Finishers", "oews2025": {"mean": 60050, "median": 57020, "p10": 39190, "p25": 47010, "p75": 66870, "p90": 85480, "hourlyMean": 28.87, "employment": 206170}, "oews2024": {"mean": 59360, "median": 54660, "p10": 38290, "p25": 46020, "p75": 65840, "p90": 87620, "hourlyMean": 28.54, "employment": 205230}, "oews2023": {"mean": 57410, "median": 50720, "p10": 37440, "p25": 44690, "p75": 63750, "p90": 83580, "hourlyMean": 27.6, "employment": 203560}, "ep2025": {"changePercent": 1.6, "changeNumeric": 3.3, "openingsPerYear": 13.6, "employmentBase": 204.8, "education": "No formal educational credential", "selfEmployedPercent": 1.5}, "ep2024": {"changePercent": 1.8, "changeNumeric": 3.8, "openingsPerYear": 14.3, "employmentBase": 206.7, "education": "No formal educational credential", "selfEmployedPercent": 1}},
"paving": {"query": "Paving Equipment Operator", "soc": "47-2071", "title": "Paving, Surfacing, and Tamping Equipment Operators", "oews2025": {"mean": 59000, "median": 53340, "p10": 38230, "p25": 45610, "p75": 64720, "p90": 92230, "hourlyMean": 28.37, "employment": 41820}, "oews2024": {"mean": 58660, "median": 51650, "p10": 38030, "p25": 44740, "p75": 66060, "p90": 90110, "hourlyMean": 28.2, "employment": 45680}, "oews2023": {"mean": 55170, "median": 48980, "p10": 36470, "p25": 41600, "p75": 62400, "p90": 81730, "hourlyMean": 26.53, "employment": 43080}, "ep2025": {"changePercent": -0.9, "changeNumeric": -0.4, "openingsPerYear": 3.1, "employmentBase": 42.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 3.2, "changeNumeric": 1.5, "openingsPerYear": 4, "employmentBase": 47, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.7}},
"fence": {"query": "Fence Erector", "soc": "47-4031", "title": "Fence Erectors", "oews2025": {"mean": 50530, "median": 47980, "p10": 35810, "p25": 40400, "p75": 58610, "p90": 70010, "hourlyMean": 24.29, "employment": 24480}, "oews2024": {"mean": 50550, "median": 46940, "p10": 35090, "p25": 39040, "p75": 57070, "p90": 74660, "hourlyMean": 24.31, "employment": 22640}, "oews2023": {"mean": 46650, "median": 44410, "p10": 32120, "p25": 37220, "p75": 50950, "p90": 64170, "hourlyMean": 22.43, "employment": 21470}, "ep2025": {"changePercent": 5.6, "changeNumeric": 1.7, "openingsPerYear": 2.5, "employmentBase": 30.6, "education": "No formal educational credential", "selfEmployedPercent": 21}, "ep2024": {"changePercent": 4.6, "changeNumeric": 1.2, "openingsPerYear": 2.3, "employmentBase": 26.4, "education": "No formal educational credential", "selfEmployedPercent": 11.4}},
"highway": {"query": "Highway Maintenance Worker", "soc": "47-4051", "title": "Highway Maintenance Workers", "oews2025": {"mean": 53080, "median": 50260, "p10": 36230, "p25": 43500, "p75": 61040, "p90": 71970, "hourlyMean": 25.52, "employment": 154960}, "oews2024": {"mean": 51410, "median": 49070, "p10": 35030, "p25": 41540, "p75": 59600, "p90": 69210, "hourlyMean": 24.72, "employment": 151750}, "oews2023": {"mean": 49070, "median": 47360, "p10": 32280, "p25": 38810, "p75": 57260, "p90": 66450, "hourlyMean": 23.59, "employment": 150860}, "ep2025": {"changePercent": 3.4, "changeNumeric": 5.5, "openingsPerYear": 11.8, "employmentBase": 161.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 3, "changeNumeric": 4.8, "openingsPerYear": 12.3, "employmentBase": 159.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"hazmat": {"query": "Hazardous Materials Removal Worker", "soc": "47-4041", "title": "Hazardous Materials Removal Workers", "oews2025": {"mean": 56430, "median": 49450, "p10": 38460, "p25": 44720, "p75": 61530, "p90": 82410, "hourlyMean": 27.13, "employment": 51710}, "oews2024": {"mean": 55740, "median": 48490, "p10": 37330, "p25": 42710, "p75": 62150, "p90": 82480, "hourlyMean": 26.8, "employment": 50570}, "oews2023": {"mean": 53430, "median": 47280, "p10": 35550, "p25": 39200, "p75": 60870, "p90": 81610, "hourlyMean": 25.69, "employment": 49960}, "ep2025": {"changePercent": 1.5, "changeNumeric": 0.8, "openingsPerYear": 4.3, "employmentBase": 52.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 1, "changeNumeric": 0.5, "openingsPerYear": 5, "employmentBase": 51.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}},
"septic": {"query": "Septic Tank Servicer", "soc": "47-4071", "title": "Septic Tank Servicers and Sewer Pipe Cleaners", "oews2025": {"mean": 53500, "median": 49880, "p10": 37040, "p25": 43530, "p75": 61060, "p90": 73490, "hourlyMean": 25.72, "employment": 30650}, "oews2024": {"mean": 52730, "median": 49140, "p10": 36500, "p25": 42700, "p75": 60320, "p90": 73670, "hourlyMean": 25.35, "employment": 29050}, "oews2023": {"mean": 49590, "median": 46910, "p10": 33890, "p25": 38590, "p75": 57270, "p90": 68700, "hourlyMean": 23.84, "employment": 27900}, "ep2025": {"changePercent": 7.8, "changeNumeric": 2.5, "openingsPerYear": 2.8, "employmentBase": 31.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.1}, "ep2024": {"changePercent": 7.6, "changeNumeric": 2.3, "openingsPerYear": 2.9, "employmentBase": 30.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.8}},
"pest": {"query": "Pest Control Worker", "soc": "37-2021", "title": "Pest Control Workers", "oews2025": {"mean": 46400, "median": 45250, "p10": 34680, "p25": 37440, "p75": 49600, "p90": 61890, "hourlyMean": 22.31, "employment": 102620}, "oews2024": {"mean": 45800, "median": 44730, "p10": 32460, "p25": 37060, "p75": 49300, "p90": 61410, "hourlyMean": 22.02, "employment": 96110}, "oews2023": {"mean": 44650, "median": 43470, "p10": 30670, "p25": 36710, "p75": 48400, "p90": 60430, "hourlyMean": 21.46, "employment": 93760}, "ep2025": {"changePercent": 5.5, "changeNumeric": 6, "openingsPerYear": 13.7, "employmentBase": 108.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 5.4}, "ep2024": {"changePercent": 4.9, "changeNumeric": 5.1, "openingsPerYear": 13.4, "employmentBase": 102.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}},
"pesticide": {"query": "Pesticide Applicator", "soc": "37-3012", "title": "Pesticide Handlers, Sprayers, and Applicators, Vegetation", "oews2025": {"mean": 47070, "median": 46340, "p10": 35570, "p25": 39160, "p75": 51240, "p90": 61420, "hourlyMean": 22.63, "employment": 27050}, "oews2024": {"mean": 45960, "median": 45200, "p10": 34590, "p25": 38040, "p75": 50960, "p90": 58910, "hourlyMean": 22.1, "employment": 25200}, "oews2023": {"mean": 44480, "median": 44070, "p10": 31550, "p25": 37210, "p75": 49120, "p90": 57370, "hourlyMean": 21.38, "employment": 23520}, "ep2025": {"changePercent": 3.9, "changeNumeric": 1, "openingsPerYear": 3.3, "employmentBase": 25.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.4}, "ep2024": {"changePercent": 3.8, "changeNumeric": 1.1, "openingsPerYear": 4.1, "employmentBase": 29.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.9}},
"tree": {"query": "Tree Trimmer", "soc": "37-3013", "title": "Tree Trimmers and Pruners", "oews2025": {"mean": 55970, "median": 50960, "p10": 37940, "p25": 44840, "p75": 63900, "p90": 80310, "hourlyMean": 26.91, "employment": 55160}, "oews2024": {"mean": 54970, "median": 50430, "p10": 37660, "p25": 43690, "p75": 63130, "p90": 78900, "hourlyMean": 26.43, "employment": 47870}, "oews2023": {"mean": 52850, "median": 49070, "p10": 34450, "p25": 40720, "p75": 60450, "p90": 75870, "hourlyMean": 25.41, "employment": 50270}, "ep2025": {"changePercent": 4.2, "changeNumeric": 3, "openingsPerYear": 7.9, "employmentBase": 70.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 24.4}, "ep2024": {"changePercent": 3.3, "changeNumeric": 2, "openingsPerYear": 7.4, "employmentBase": 60.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 16.5}},
"landscaper": {"query": "Landscaper", "soc": "37-3011", "title": "Landscaping and Groundskeeping Workers", "oews2025": {"mean": 42290, "median": 39150, "p10": 31150, "p25": 36190, "p75": 46830, "p90": 56730, "hourlyMean": 20.33, "employment": 952640}, "oews2024": {"mean": 40880, "median": 38090, "p10": 29990, "p25": 35250, "p75": 45870, "p90": 53900, "hourlyMean": 19.66, "employment": 943430}, "oews2023": {"mean": 39790, "median": 37360, "p10": 29070, "p25": 33810, "p75": 45350, "p90": 51290, "hourlyMean": 19.13, "employment": 929930}, "ep2025": {"changePercent": 4.7, "changeNumeric": 55.6, "openingsPerYear": 149.5, "employmentBase": 1188.6, "education": "No formal educational credential", "selfEmployedPercent": 20.2}, "ep2024": {"changePercent": 3.6, "changeNumeric": 42.4, "openingsPerYear": 158.2, "employmentBase": 1192.5, "education": "No formal educational credential", "selfEmployedPercent": 19.7}},
"farmmech": {"query": "Farm Equipment Mechanic", "soc": "49-3041", "title": "Farm Equipment Mechanics and Service Technicians", "oews2025": {"mean": 57290, "median": 56550, "p10": 37470, "p25": 46450, "p75": 65580, "p90": 78740, "hourlyMean": 27.54, "employment": 37870}, "oews2024": {"mean": 55290, "median": 52080, "p10": 36920, "p25": 45660, "p75": 63070, "p90": 76860, "hourlyMean": 26.58, "employment": 36880}, "oews2023": {"mean": 52120, "median": 49210, "p10": 34870, "p25": 41290, "p75": 61310, "p90": 72450, "hourlyMean": 25.06, "employment": 36830}, "ep2025": {"changePercent": 10.7, "changeNumeric": 4.5, "openingsPerYear": 3.7, "employmentBase": 41.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 11, "changeNumeric": 4.3, "openingsPerYear": 3.7, "employmentBase": 39, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.4}},
"heavymech": {"query": "Mobile Heavy Equipment Mechanic", "soc": "49-3042", "title": "Mobile Heavy Equipment Mechanics, Except Engines", "oews2025": {"mean": 69240, "median": 65510, "p10": 46820, "p25": 56970, "p75": 79270, "p90": 94460, "hourlyMean": 33.29, "employment": 176600}, "oews2024": {"mean": 67580, "median": 63980, "p10": 45450, "p25": 53500, "p75": 78090, "p90": 92360, "hourlyMean": 32.49, "employment": 180270}, "oews2023": {"mean": 64340, "median": 61900, "p10": 42990, "p25": 50420, "p75": 75260, "p90": 85720, "hourlyMean": 30.93, "employment": 177280}, "ep2025": {"changePercent": 6.7, "changeNumeric": 12.1, "openingsPerYear": 15, "employmentBase": 180.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 5.8, "changeNumeric": 10.9, "openingsPerYear": 16.5, "employmentBase": 188.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.2}},
"appliance": {"query": "Appliance Repairer", "soc": "49-9031", "title": "Home Appliance Repairers", "oews2025": {"mean": 56040, "median": 50990, "p10": 36190, "p25": 43780, "p75": 63390, "p90": 80660, "hourlyMean": 26.94, "employment": 32150}, "oews2024": {"mean": 53580, "median": 49410, "p10": 33280, "p25": 40280, "p75": 61750, "p90": 77800, "hourlyMean": 25.76, "employment": 31940}, "oews2023": {"mean": 50640, "median": 47170, "p10": 31100, "p25": 37660, "p75": 59240, "p90": 72660, "hourlyMean": 24.35, "employment": 29950}, "ep2025": {"changePercent": 1.9, "changeNumeric": 0.8, "openingsPerYear": 2.8, "employmentBase": 40.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 20.3}, "ep2024": {"changePercent": 2.6, "changeNumeric": 1, "openingsPerYear": 3.1, "employmentBase": 37.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 14.7}},
"comprep": {"query": "Computer Repair Technician", "soc": "49-2011", "title": "Computer, Automated Teller, and Office Machine Repairers", "oews2025": {"mean": 50880, "median": 47810, "p10": 35910, "p25": 38900, "p75": 59870, "p90": 71730, "hourlyMean": 24.46, "employment": 65600}, "oews2024": {"mean": 49820, "median": 46860, "p10": 35120, "p25": 38290, "p75": 59420, "p90": 69560, "hourlyMean": 23.95, "employment": 73010}, "oews2023": {"mean": 48290, "median": 45760, "p10": 33430, "p25": 37210, "p75": 58240, "p90": 65820, "hourlyMean": 23.22, "employment": 77580}, "ep2025": {"changePercent": -3, "changeNumeric": -2.1, "openingsPerYear": 6.1, "employmentBase": 72.1, "education": "Some college, no degree", "selfEmployedPercent": 8.6}, "ep2024": {"changePercent": -0.9, "changeNumeric": -0.7, "openingsPerYear": 7.6, "employmentBase": 79.1, "education": "Some college, no degree", "selfEmployedPercent": 6.2}},
"geographer": {"query": "Geographer", "soc": "19-3092", "title": "Geographers", "oews2025": {"mean": 102350, "median": 102040, "p10": 66770, "p25": 80290, "p75": 121870, "p90": 136660, "hourlyMean": 49.21, "employment": 1400}, "oews2024": {"mean": 98160, "median": 97200, "p10": 62390, "p25": 75590, "p75": 117190, "p90": 133680, "hourlyMean": 47.19, "employment": 1380}, "oews2023": {"mean": 92460, "median": 90880, "p10": 59850, "p25": 70600, "p75": 110240, "p90": 126940, "hourlyMean": 44.45, "employment": 1460}, "ep2025": {"changePercent": -2.1, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.5, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -3.1, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.5, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"carto": {"query": "Cartographer", "soc": "17-1021", "title": "Cartographers and Photogrammetrists", "oews2025": {"mean": 86690, "median": 81390, "p10": 53740, "p25": 65670, "p75": 101960, "p90": 126950, "hourlyMean": 41.68, "employment": 14260}, "oews2024": {"mean": 82860, "median": 78380, "p10": 50500, "p25": 62860, "p75": 99650, "p90": 121440, "hourlyMean": 39.84, "employment": 12790}, "oews2023": {"mean": 78810, "median": 76210, "p10": 48660, "p25": 60430, "p75": 95610, "p90": 113540, "hourlyMean": 37.89, "employment": 12330}, "ep2025": {"changePercent": 7.4, "changeNumeric": 1.1, "openingsPerYear": 0.9, "employmentBase": 14.7, "education": "Bachelor's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 6.4, "changeNumeric": 0.9, "openingsPerYear": 1, "employmentBase": 13.4, "education": "Bachelor's degree", "selfEmployedPercent": 2.3}},
"anthro": {"query": "Anthropologist", "soc": "19-3091", "title": "Anthropologists and Archeologists", "oews2025": {"mean": 75620, "median": 70770, "p10": 49050, "p25": 59400, "p75": 89670, "p90": 108060, "hourlyMean": 36.35, "employment": 8990}, "oews2024": {"mean": 71070, "median": 64910, "p10": 44510, "p25": 51240, "p75": 83080, "p90": 104510, "hourlyMean": 34.17, "employment": 8070}, "oews2023": {"mean": 69780, "median": 63800, "p10": 43770, "p25": 50510, "p75": 82000, "p90": 102150, "hourlyMean": 33.55, "employment": 7720}, "ep2025": {"changePercent": 6, "changeNumeric": 0.6, "openingsPerYear": 0.8, "employmentBase": 10.2, "education": "Master's degree", "selfEmployedPercent": 8.9}, "ep2024": {"changePercent": 3.7, "changeNumeric": 0.3, "openingsPerYear": 0.8, "employmentBase": 8.8, "education": "Master's degree", "selfEmployedPercent": 3.6}},
"historian": {"query": "Historian", "soc": "19-3093", "title": "Historians", "oews2025": {"mean": 81240, "median": 76750, "p10": 42730, "p25": 57290, "p75": 99990, "p90": 131810, "hourlyMean": 39.06, "employment": 3450}, "oews2024": {"mean": 78470, "median": 74050, "p10": 38630, "p25": 55190, "p75": 96330, "p90": 128500, "hourlyMean": 37.73, "employment": 3140}, "oews2023": {"mean": 76120, "median": 72890, "p10": 35760, "p25": 51720, "p75": 93580, "p90": 124720, "hourlyMean": 36.6, "employment": 3040}, "ep2025": {"changePercent": 3, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 3.8, "education": "Master's degree", "selfEmployedPercent": 5.5}, "ep2024": {"changePercent": 2.2, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 3.4, "education": "Master's degree", "selfEmployedPercent": 2}},
"soil": {"query": "Soil Scientist", "soc": "19-1013", "title": "Soil and Plant Scientists", "oews2025": {"mean": 87720, "median": 78850, "p10": 48680, "p25": 61660, "p75": 103740, "p90": 138120, "hourlyMean": 42.17, "employment": 15730}, "oews2024": {"mean": 83040, "median": 71410, "p10": 45320, "p25": 57950, "p75": 98110, "p90": 131440, "hourlyMean": 39.92, "employment": 16600}, "oews2023": {"mean": 77080, "median": 68240, "p10": 43790, "p25": 54030, "p75": 93500, "p90": 119410, "hourlyMean": 37.06, "employment": 15800}, "ep2025": {"changePercent": 6.7, "changeNumeric": 1.3, "openingsPerYear": 1.4, "employmentBase": 19.9, "education": "Bachelor's degree", "selfEmployedPercent": 3.5}, "ep2024": {"changePercent": 5.4, "changeNumeric": 1.1, "openingsPerYear": 1.7, "employmentBase": 20.7, "education": "Bachelor's degree", "selfEmployedPercent": 2}},
"animalsci": {"query": "Animal Scientist", "soc": "19-1011", "title": "Animal Scientists", "oews2025": {"mean": 88350, "median": 68940, "p10": 44350, "p25": 49770, "p75": 103300, "p90": 166000, "hourlyMean": 42.48, "employment": 3100}, "oews2024": {"mean": 104970, "median": 79120, "p10": 48440, "p25": 59610, "p75": 128450, "p90": 235750, "hourlyMean": 50.47, "employment": 2470}, "oews2023": {"mean": 89450, "median": 70140, "p10": 46240, "p25": 52870, "p75": 103260, "p90": 162000, "hourlyMean": 43.01, "employment": 2460}, "ep2025": {"changePercent": 5.8, "changeNumeric": 0.2, "openingsPerYear": 0.2, "employmentBase": 3.4, "education": "Bachelor's degree", "selfEmployedPercent": 4.6}, "ep2024": {"changePercent": 5.8, "changeNumeric": 0.2, "openingsPerYear": 0.2, "employmentBase": 2.8, "education": "Bachelor's degree", "selfEmployedPercent": 2.3}},
"civtech": {"query": "Civil Engineering Technician", "soc": "17-3022", "title": "Civil Engineering Technologists and Technicians", "oews2025": {"mean": 68990, "median": 64950, "p10": 44220, "p25": 51490, "p75": 80650, "p90": 98980, "hourlyMean": 33.17, "employment": 68520}, "oews2024": {"mean": 68450, "median": 64200, "p10": 43550, "p25": 51730, "p75": 79550, "p90": 97840, "hourlyMean": 32.91, "employment": 62130}, "oews2023": {"mean": 63770, "median": 60700, "p10": 39120, "p25": 47920, "p75": 76570, "p90": 91010, "hourlyMean": 30.66, "employment": 63560}, "ep2025": {"changePercent": 3.2, "changeNumeric": 2.3, "openingsPerYear": 6.1, "employmentBase": 70.9, "education": "Associate's degree", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 2.1, "changeNumeric": 1.4, "openingsPerYear": 5.5, "employmentBase": 64.9, "education": "Associate's degree", "selfEmployedPercent": 0.8}},
"drafter": {"query": "Drafter", "soc": "17-3011", "title": "Architectural and Civil Drafters", "oews2025": {"mean": 70740, "median": 66150, "p10": 46260, "p25": 55650, "p75": 80870, "p90": 99710, "hourlyMean": 34.01, "employment": 103700}, "oews2024": {"mean": 68860, "median": 64280, "p10": 44040, "p25": 52880, "p75": 79510, "p90": 98190, "hourlyMean": 33.11, "employment": 109550}, "oews2023": {"mean": 65000, "median": 61820, "p10": 39720, "p25": 49660, "p75": 77020, "p90": 94580, "hourlyMean": 31.25, "employment": 111070}, "ep2025": {"changePercent": 5.2, "changeNumeric": 5.4, "openingsPerYear": 9.1, "employmentBase": 104.1, "education": "Associate's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 4.1, "changeNumeric": 4.6, "openingsPerYear": 10, "employmentBase": 110.5, "education": "Associate's degree", "selfEmployedPercent": 0.7}},
"emtech": {"query": "Electro-Mechanical and Mechatronics Technologists and Technicians", "soc": "17-3024", "title": "Electro-Mechanical and Mechatronics Technologists and Technicians", "oews2025": {"mean": 76420, "median": 73900, "p10": 47840, "p25": 59780, "p75": 88540, "p90": 109890, "hourlyMean": 36.74, "employment": 15520}, "oews2024": {"mean": 75710, "median": 70760, "p10": 47770, "p25": 58570, "p75": 87320, "p90": 109580, "hourlyMean": 36.4, "employment": 14680}, "oews2023": {"mean": 72430, "median": 65080, "p10": 44210, "p25": 51650, "p75": 82990, "p90": 104690, "hourlyMean": 34.82, "employment": 15360}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.4, "openingsPerYear": 1.4, "employmentBase": 15.7, "education": "Associate's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 1.1, "changeNumeric": 0.2, "openingsPerYear": 1.3, "employmentBase": 15, "education": "Associate's degree", "selfEmployedPercent": 1.5}},
"metech": {"query": "Mechanical Engineering Technician", "soc": "17-3027", "title": "Mechanical Engineering Technologists and Technicians", "oews2025": {"mean": 76380, "median": 74510, "p10": 48400, "p25": 59510, "p75": 88110, "p90": 106050, "hourlyMean": 36.72, "employment": 36190}, "oews2024": {"mean": 72450, "median": 68730, "p10": 46940, "p25": 57330, "p75": 82980, "p90": 100890, "hourlyMean": 34.83, "employment": 37450}, "oews2023": {"mean": 67990, "median": 64020, "p10": 44110, "p25": 51930, "p75": 79910, "p90": 96740, "hourlyMean": 32.69, "employment": 38930}, "ep2025": {"changePercent": 1.3, "changeNumeric": 0.5, "openingsPerYear": 3.1, "employmentBase": 36.9, "education": "Associate's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 3.2, "employmentBase": 38.3, "education": "Associate's degree", "selfEmployedPercent": 1.5}},
"hse": {"query": "Health and Safety Engineer", "soc": "17-2111", "title": "Health and Safety Engineers, Except Mining Safety Engineers and Inspectors", "oews2025": {"mean": 119770, "median": 115160, "p10": 68420, "p25": 90930, "p75": 142980, "p90": 171250, "hourlyMean": 57.58, "employment": 21450}, "oews2024": {"mean": 113770, "median": 109660, "p10": 62050, "p25": 85400, "p75": 136150, "p90": 166670, "hourlyMean": 54.7, "employment": 23220}, "oews2023": {"mean": 108740, "median": 103690, "p10": 62190, "p25": 81760, "p75": 131670, "p90": 160600, "hourlyMean": 52.28, "employment": 22510}, "ep2025": {"changePercent": 5.4, "changeNumeric": 1.2, "openingsPerYear": 1.2, "employmentBase": 22.3, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 4.4, "changeNumeric": 1.1, "openingsPerYear": 1.5, "employmentBase": 23.8, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"enveng": {"query": "Environmental Engineer", "soc": "17-2081", "title": "Environmental Engineers", "oews2025": {"mean": 112910, "median": 107110, "p10": 69990, "p25": 83570, "p75": 134420, "p90": 162220, "hourlyMean": 54.29, "employment": 38340}, "oews2024": {"mean": 110570, "median": 104170, "p10": 64950, "p25": 80510, "p75": 130830, "p90": 161910, "hourlyMean": 53.16, "employment": 37950}, "oews2023": {"mean": 105840, "median": 100090, "p10": 63370, "p25": 78640, "p75": 125520, "p90": 156530, "hourlyMean": 50.89, "employment": 39880}, "ep2025": {"changePercent": 6.3, "changeNumeric": 2.4, "openingsPerYear": 2.3, "employmentBase": 39.1, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.9, "changeNumeric": 1.5, "openingsPerYear": 3, "employmentBase": 39.4, "education": "Bachelor's degree", "selfEmployedPercent": 1}},
"fireinsp": {"query": "Fire Inspector", "soc": "33-2021", "title": "Fire Inspectors and Investigators", "oews2025": {"mean": 78670, "median": 75920, "p10": 46530, "p25": 58690, "p75": 95120, "p90": 118750, "hourlyMean": 37.82, "employment": 13800}, "oews2024": {"mean": 87440, "median": 78060, "p10": 47580, "p25": 60700, "p75": 105390, "p90": 149870, "hourlyMean": 42.04, "employment": 14050}, "oews2023": {"mean": 82510, "median": 74160, "p10": 46360, "p25": 57110, "p75": 101530, "p90": 137220, "hourlyMean": 39.67, "employment": 14200}, "ep2025": {"changePercent": 4.2, "changeNumeric": 0.6, "openingsPerYear": 1.6, "employmentBase": 14.7, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.8, "changeNumeric": 0.6, "openingsPerYear": 1.5, "employmentBase": 14.7, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"buildinsp": {"query": "Building Inspector", "soc": "47-4011", "title": "Construction and Building Inspectors", "oews2025": {"mean": 77730, "median": 74690, "p10": 47140, "p25": 58860, "p75": 94710, "p90": 114200, "hourlyMean": 37.37, "employment": 146720}, "oews2024": {"mean": 76430, "median": 72120, "p10": 46560, "p25": 57300, "p75": 92330, "p90": 112320, "hourlyMean": 36.75, "employment": 137210}, "oews2023": {"mean": 72880, "median": 67700, "p10": 43740, "p25": 53400, "p75": 86530, "p90": 106200, "hourlyMean": 35.04, "employment": 133640}, "ep2025": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 14.8, "employmentBase": 153.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.3}, "ep2024": {"changePercent": -0.8, "changeNumeric": -1.2, "openingsPerYear": 14.8, "employmentBase": 147.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.8}},
"marine": {"query": "Marine Engineer", "soc": "17-2121", "title": "Marine Engineers and Naval Architects", "oews2025": {"mean": 124180, "median": 112230, "p10": 83010, "p25": 99250, "p75": 137690, "p90": 173330, "hourlyMean": 59.7, "employment": 8250}, "oews2024": {"mean": 116680, "median": 105670, "p10": 79700, "p25": 88480, "p75": 133780, "p90": 167660, "hourlyMean": 56.1, "employment": 8440}, "oews2023": {"mean": 108110, "median": 100270, "p10": 76860, "p25": 80620, "p75": 126870, "p90": 156630, "hourlyMean": 51.98, "employment": 9960}, "ep2025": {"changePercent": 6.7, "changeNumeric": 0.6, "openingsPerYear": 0.5, "employmentBase": 8.4, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.8, "changeNumeric": 0.5, "openingsPerYear": 0.6, "employmentBase": 8.5, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"shipeng": {"query": "Ship Engineer", "soc": "53-5031", "title": "Ship Engineers", "oews2025": {"mean": 111790, "median": 109530, "p10": 57870, "p25": 82130, "p75": 135760, "p90": 165490, "hourlyMean": 53.75, "employment": 8400}, "oews2024": {"mean": 105600, "median": 101320, "p10": 56620, "p25": 71720, "p75": 130380, "p90": 162370, "hourlyMean": 50.77, "employment": 8580}, "oews2023": {"mean": 100550, "median": 94270, "p10": 57140, "p25": 68880, "p75": 122390, "p90": 141910, "hourlyMean": 48.34, "employment": 8860}, "ep2025": {"changePercent": 2.7, "changeNumeric": 0.2, "openingsPerYear": 0.9, "employmentBase": 8.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1.6, "changeNumeric": 0.1, "openingsPerYear": 1.1, "employmentBase": 8.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"parking": {"query": "Parking Enforcement Officer", "soc": "33-3041", "title": "Parking Enforcement Workers", "oews2025": {"mean": 51190, "median": 46730, "p10": 35130, "p25": 39870, "p75": 60490, "p90": 75340, "hourlyMean": 24.61, "employment": 9050}, "oews2024": {"mean": 51840, "median": 47150, "p10": 35410, "p25": 39930, "p75": 61210, "p90": 76030, "hourlyMean": 24.92, "employment": 7770}, "oews2023": {"mean": 50430, "median": 46840, "p10": 32260, "p25": 38030, "p75": 60370, "p90": 75440, "hourlyMean": 24.25, "employment": 7420}, "ep2025": {"changePercent": -1.1, "changeNumeric": -0.1, "openingsPerYear": 0.8, "employmentBase": 9.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -1.5, "changeNumeric": -0.1, "openingsPerYear": 0.7, "employmentBase": 8.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"crossing": {"query": "Crossing Guard", "soc": "33-9091", "title": "Crossing Guards and Flaggers", "oews2025": {"mean": 43350, "median": 38100, "p10": 30840, "p25": 34430, "p75": 47540, "p90": 61690, "hourlyMean": 20.84, "employment": 94360}, "oews2024": {"mean": 42910, "median": 37700, "p10": 29940, "p25": 34280, "p75": 46920, "p90": 61440, "hourlyMean": 20.63, "employment": 90180}, "oews2023": {"mean": 40650, "median": 36370, "p10": 28400, "p25": 31680, "p75": 44750, "p90": 60690, "hourlyMean": 19.54, "employment": 90780}, "ep2025": {"changePercent": 3.5, "changeNumeric": 3.3, "openingsPerYear": 17.3, "employmentBase": 94.8, "education": "No formal educational credential", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 3.6, "changeNumeric": 3.3, "openingsPerYear": 18, "employmentBase": 91.4, "education": "No formal educational credential", "selfEmployedPercent": null}},
"forklift": {"query": "Forklift Operator", "soc": "53-7051", "title": "Industrial Truck and Tractor Operators", "oews2025": {"mean": 48370, "median": 46420, "p10": 36840, "p25": 40030, "p75": 54770, "p90": 62520, "hourlyMean": 23.25, "employment": 774420}, "oews2024": {"mean": 47830, "median": 46390, "p10": 36500, "p25": 39780, "p75": 53680, "p90": 61540, "hourlyMean": 23, "employment": 805770}, "oews2023": {"mean": 45720, "median": 44470, "p10": 35260, "p25": 38270, "p75": 50010, "p90": 59860, "hourlyMean": 21.98, "employment": 778920}, "ep2025": {"changePercent": 1.5, "changeNumeric": 11.1, "openingsPerYear": 64.7, "employmentBase": 765.2, "education": "No formal educational credential", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 1.1, "changeNumeric": 9.1, "openingsPerYear": 76.4, "employmentBase": 792.5, "education": "No formal educational credential", "selfEmployedPercent": 0.4}},
"mover": {"query": "Material Mover", "soc": "53-7062", "title": "Laborers and Freight, Stock, and Material Movers, Hand", "oews2025": {"mean": 42260, "median": 40240, "p10": 31270, "p25": 36090, "p75": 46920, "p90": 55140, "hourlyMean": 20.32, "employment": 2950280}, "oews2024": {"mean": 41420, "median": 38940, "p10": 30810, "p25": 35410, "p75": 46370, "p90": 53180, "hourlyMean": 19.91, "employment": 2982530}, "oews2023": {"mean": 39760, "median": 37660, "p10": 29480, "p25": 34040, "p75": 44950, "p90": 50280, "hourlyMean": 19.12, "employment": 3008300}, "ep2025": {"changePercent": 1.8, "changeNumeric": 51.6, "openingsPerYear": 340.5, "employmentBase": 2940.3, "education": "No formal educational credential", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 1.5, "changeNumeric": 44.3, "openingsPerYear": 384.3, "employmentBase": 2988.9, "education": "No formal educational credential", "selfEmployedPercent": 1.3}},
"adulted": {"query": "Adult Basic Education, Adult Secondary Education, and English as a Second Language Instructors", "soc": "25-3011", "title": "Adult Basic Education, Adult Secondary Education, and English as a Second Language Instructors", "oews2025": {"mean": 65860, "median": 61540, "p10": 41810, "p25": 49100, "p75": 77690, "p90": 98030, "hourlyMean": 31.66, "employment": 37310}, "oews2024": {"mean": 64660, "median": 59950, "p10": 39750, "p25": 47950, "p75": 76580, "p90": 95750, "hourlyMean": 31.09, "employment": 36260}, "oews2023": {"mean": 65430, "median": 60560, "p10": 39710, "p25": 48580, "p75": 78230, "p90": 97980, "hourlyMean": 31.46, "employment": 36890}, "ep2025": {"changePercent": -13.9, "changeNumeric": -5.7, "openingsPerYear": 3.8, "employmentBase": 41.1, "education": "Bachelor's degree", "selfEmployedPercent": 5}, "ep2024": {"changePercent": -13.7, "changeNumeric": -5.6, "openingsPerYear": 3.9, "employmentBase": 40.9, "education": "Bachelor's degree", "selfEmployedPercent": 5.6}},
"sub": {"query": "Substitute Teacher", "soc": "25-3031", "title": "Substitute Teachers, Short-Term", "oews2025": {"mean": 46420, "median": 41670, "p10": 28560, "p25": 34170, "p75": 54890, "p90": 65790, "hourlyMean": 22.32, "employment": 524770}, "oews2024": {"mean": 44930, "median": 38470, "p10": 26240, "p25": 31310, "p75": 51930, "p90": 63460, "hourlyMean": 21.6, "employment": 481300}, "oews2023": {"mean": 43570, "median": 37380, "p10": 24420, "p25": 29880, "p75": 48590, "p90": 63140, "hourlyMean": 20.95, "employment": 444530}, "ep2025": {"changePercent": 2, "changeNumeric": 10.9, "openingsPerYear": 65, "employmentBase": 556.1, "education": "Bachelor's degree", "selfEmployedPercent": 5.2}, "ep2024": {"changePercent": 1.6, "changeNumeric": 8.4, "openingsPerYear": 61.1, "employmentBase": 510.1, "education": "Bachelor's degree", "selfEmployedPercent": 5}},
"instruct": {"query": "Instructional Coordinator", "soc": "25-9031", "title": "Instructional Coordinators", "oews2025": {"mean": 80920, "median": 77440, "p10": 47980, "p25": 60780, "p75": 98820, "p90": 121670, "hourlyMean": 38.9, "employment": 227760}, "oews2024": {"mean": 77600, "median": 74720, "p10": 46560, "p25": 59120, "p75": 94780, "p90": 115410, "hourlyMean": 37.31, "employment": 210850}, "oews2023": {"mean": 77200, "median": 74620, "p10": 46540, "p25": 59190, "p75": 92230, "p90": 109500, "hourlyMean": 37.12, "employment": 207270}, "ep2025": {"changePercent": 1.6, "changeNumeric": 4.1, "openingsPerYear": 23.1, "employmentBase": 248.7, "education": "Master's degree", "selfEmployedPercent": 2.3}, "ep2024": {"changePercent": 1.3, "changeNumeric": 2.9, "openingsPerYear": 21.9, "employmentBase": 232.6, "education": "Master's degree", "selfEmployedPercent": 3.3}},
"tutor": {"query": "Tutor", "soc": "25-3041", "title": "Tutors", "oews2025": {"mean": 48050, "median": 43350, "p10": 29430, "p25": 35000, "p75": 54860, "p90": 75990, "hourlyMean": 23.1, "employment": 175070}, "oews2024": {"mean": 47780, "median": 40090, "p10": 28430, "p25": 33410, "p75": 55380, "p90": 78810, "hourlyMean": 22.97, "employment": 174660}, "oews2023": {"mean": 48580, "median": 39580, "p10": 27710, "p25": 32800, "p75": 55620, "p90": 80440, "hourlyMean": 23.36, "employment": 162300}, "ep2025": {"changePercent": -0.2, "changeNumeric": -0.5, "openingsPerYear": 34.2, "employmentBase": 208.4, "education": "Some college, no degree", "selfEmployedPercent": 12.3}, "ep2024": {"changePercent": 0.6, "changeNumeric": 1.3, "openingsPerYear": 37.1, "employmentBase": 215.5, "education": "Some college, no degree", "selfEmployedPercent": 13.7}},
"tour": {"query": "Tour Guide", "soc": "39-7010", "title": "Tour and Travel Guides", "oews2025": {"mean": 43720, "median": 38120, "p10": 28520, "p25": 32910, "p75": 47700, "p90": 60930, "hourlyMean": 21.02, "employment": 53500}, "oews2024": {"mean": 43090, "median": 36660, "p10": 26890, "p25": 31250, "p75": 45910, "p90": 59930, "hourlyMean": 20.72, "employment": 49010}, "oews2023": {"mean": 40280, "median": 36060, "p10": 25930, "p25": 30530, "p75": 44520, "p90": 58620, "hourlyMean": 19.37, "employment": 46760}, "ep2025": {"changePercent": 6.3, "changeNumeric": 3.9, "openingsPerYear": 11.9, "employmentBase": 62.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 8.1, "changeNumeric": 4.5, "openingsPerYear": 13, "employmentBase": 55.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 9.8}},
"concierge": {"query": "Concierge", "soc": "39-6012", "title": "Concierges", "oews2025": {"mean": 42510, "median": 38950, "p10": 31620, "p25": 35660, "p75": 47350, "p90": 57570, "hourlyMean": 20.44, "employment": 49240}, "oews2024": {"mean": 40770, "median": 37320, "p10": 30770, "p25": 33860, "p75": 45700, "p90": 58050, "hourlyMean": 19.6, "employment": 44200}, "oews2023": {"mean": 40230, "median": 37150, "p10": 29510, "p25": 33300, "p75": 45440, "p90": 57270, "hourlyMean": 19.34, "employment": 41020}, "ep2025": {"changePercent": 2.6, "changeNumeric": 1.3, "openingsPerYear": 6.9, "employmentBase": 50.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 2.3, "changeNumeric": 1.1, "openingsPerYear": 6.8, "employmentBase": 45.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"animalctl": {"query": "Animal Control Worker", "soc": "33-9011", "title": "Animal Control Workers", "oews2025": {"mean": 48440, "median": 45660, "p10": 33090, "p25": 37750, "p75": 57060, "p90": 68070, "hourlyMean": 23.29, "employment": 12070}, "oews2024": {"mean": 49240, "median": 45830, "p10": 32880, "p25": 38160, "p75": 57110, "p90": 69990, "hourlyMean": 23.67, "employment": 11790}, "oews2023": {"mean": 48150, "median": 43170, "p10": 30820, "p25": 36030, "p75": 54490, "p90": 67930, "hourlyMean": 23.15, "employment": 11600}, "ep2025": {"changePercent": 4, "changeNumeric": 0.6, "openingsPerYear": 1.5, "employmentBase": 13.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 10.2}, "ep2024": {"changePercent": 3.9, "changeNumeric": 0.5, "openingsPerYear": 1.3, "employmentBase": 12.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"warden": {"query": "Game Warden", "soc": "33-3031", "title": "Fish and Game Wardens", "oews2025": {"mean": 74950, "median": 74060, "p10": 50990, "p25": 61430, "p75": 89110, "p90": 100980, "hourlyMean": 36.03, "employment": 5770}, "oews2024": {"mean": 67990, "median": 68180, "p10": 35670, "p25": 53260, "p75": 82100, "p90": 94470, "hourlyMean": 32.69, "employment": 6420}, "oews2023": {"mean": 61120, "median": 60380, "p10": 33260, "p25": 48250, "p75": 72900, "p90": 86880, "hourlyMean": 29.38, "employment": 6290}, "ep2025": {"changePercent": -5.7, "changeNumeric": -0.4, "openingsPerYear": 0.5, "employmentBase": 6.2, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6, "changeNumeric": -0.4, "openingsPerYear": 0.5, "employmentBase": 7, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"sterile": {"query": "Sterile Processing Technician", "soc": "31-9093", "title": "Medical Equipment Preparers", "oews2025": {"mean": 50510, "median": 47700, "p10": 36410, "p25": 39800, "p75": 58570, "p90": 69950, "hourlyMean": 24.28, "employment": 77420}, "oews2024": {"mean": 48990, "median": 46490, "p10": 35400, "p25": 38910, "p75": 56160, "p90": 67070, "hourlyMean": 23.56, "employment": 72760}, "oews2023": {"mean": 47410, "median": 45280, "p10": 34020, "p25": 38060, "p75": 53310, "p90": 63980, "hourlyMean": 22.79, "employment": 66790}, "ep2025": {"changePercent": 10.8, "changeNumeric": 8.7, "openingsPerYear": 10.7, "employmentBase": 79.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.3}, "ep2024": {"changePercent": 10, "changeNumeric": 7.6, "openingsPerYear": 10.9, "employmentBase": 76.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.4}},
"medrep": {"query": "Medical Equipment Repairer", "soc": "49-9062", "title": "Medical Equipment Repairers", "oews2025": {"mean": 65930, "median": 61660, "p10": 38490, "p25": 47470, "p75": 78500, "p90": 98280, "hourlyMean": 31.7, "employment": 65990}, "oews2024": {"mean": 66810, "median": 62630, "p10": 39060, "p25": 48100, "p75": 79440, "p90": 99290, "hourlyMean": 32.12, "employment": 60830}, "oews2023": {"mean": 64140, "median": 60670, "p10": 36810, "p25": 45180, "p75": 78160, "p90": 97780, "hourlyMean": 30.84, "employment": 64400}, "ep2025": {"changePercent": 12.6, "changeNumeric": 9.1, "openingsPerYear": 8.2, "employmentBase": 71.8, "education": "Associate's degree", "selfEmployedPercent": 8.5}, "ep2024": {"changePercent": 12.9, "changeNumeric": 8.8, "openingsPerYear": 7.3, "employmentBase": 68, "education": "Associate's degree", "selfEmployedPercent": 9.4}}
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


# The corpus format (as holdout8's): a salary figure the text gives no statistic word for is "unspecified",
# as in the team corpus; its verdict stays the one derived against the median.
MEDIAN_WORD = re.compile(r"\b(median|typical|midpoint|middle)\b", re.I)


def statistic_as_written(c, text):
    if c["kind"] == "salary" and c["statistic"] == "median" and not MEDIAN_WORD.search(text):
        return {**c, "statistic": "unspecified"}
    return c


# As holdout8 after the lead's format change, and as holdouts 2 to 7: an openings count's year is the one its own
# sentence states ("… are projected each year, on average, over the decade." after "from 2025 to 2035" states
# none). This corpus was written to that rule; strip() still applies it, and the verdict stays the writer's.
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
        # Lead's format change after the blind score: a place is labelled without a leading "the"
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
    "Genetic Counselor": "gencoun", "Nurse Midwife": "midwife", "Medical Secretary": "medsec", "Legal Secretary": "legsec",
    "Payroll Clerk": "payroll", "Billing Clerk": "billing", "Proofreader": "proof", "Desktop Publisher": "dtp",
    "Fashion Designer": "fashion", "Tailor": "tailor", "Animator": "animator", "Fine Artist": "fineart",
    "Floral Designer": "floral", "Merchandise Displayer": "display", "Jeweler": "jeweler", "Watch Repairer": "watch",
    "Locksmith": "lock", "Security System Installer": "secinst", "Glazier": "glazier", "Insulation Installer": "insul",
    "Concrete Finisher": "concrete", "Paving Equipment Operator": "paving", "Fence Erector": "fence",
    "Highway Maintenance Worker": "highway", "Hazardous Materials Removal Worker": "hazmat",
    "Septic Tank Servicer": "septic", "Pest Control Worker": "pest", "Pesticide Applicator": "pesticide",
    "Tree Trimmer": "tree", "Landscaper": "landscaper", "Farm Equipment Mechanic": "farmmech",
    "Mobile Heavy Equipment Mechanic": "heavymech", "Appliance Repairer": "appliance",
    "Computer Repair Technician": "comprep", "Geographer": "geographer", "Cartographer": "carto",
    "Anthropologist": "anthro", "Historian": "historian", "Soil Scientist": "soil", "Animal Scientist": "animalsci",
    "Civil Engineering Technician": "civtech", "Drafter": "drafter", "Electro-Mechanical Technician": "emtech",
    "Mechanical Engineering Technician": "metech", "Health and Safety Engineer": "hse",
    "Environmental Engineer": "enveng", "Fire Inspector": "fireinsp", "Building Inspector": "buildinsp",
    "Marine Engineer": "marine", "Ship Engineer": "shipeng", "Parking Enforcement Officer": "parking",
    "Crossing Guard": "crossing", "Forklift Operator": "forklift", "Material Mover": "mover",
    "Adult Education Teacher": "adulted", "Substitute Teacher": "sub", "Instructional Coordinator": "instruct",
    "Tutor": "tutor", "Tour Guide": "tour", "Concierge": "concierge", "Animal Control Worker": "animalctl",
    "Game Warden": "warden", "Sterile Processing Technician": "sterile", "Medical Equipment Repairer": "medrep",
}

# ---------------------------------------------------------------- items
P("Genetic Counselor", "Nurse Midwife")
T("gm-01", "ooh", "The median annual wage for genetic counselors was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("gm-02", "comparison", "Genetic counselors and nurse midwives both need a {a.edu:c}, but midwives, who are advanced practice registered nurses, out-earn counselors: a median of {b.median~k:c} versus {a.median~k:c}.", heading="Genetic Counselor vs. Nurse Midwife: What Are the Differences?")
T("gm-03", "ooh", "Employment of genetic counselors is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. Genetic counselors held about {a.emp:c!2025} jobs in 2025.", heading="Job Outlook")
T("gm-04", "nursing", "Certified nurse midwives (CNMs) earned a median of {b.median@24:o!2024} in May 2024, per the BLS — and the top 10% took home more than {b.p90@24:o!2024}.")
T("gm-05", "table", "| | Genetic Counselor | Nurse Midwife |\n|---|---|---|\n| Median salary | {a.median:c} | {b.median:c} |\n| Jobs (May 2025) | {a.oemp:c!2025} | {b.oemp:c!2025} |", heading="Side by side")
T("gm-06", "career-site", "In California, genetic counselors earn a median of about {a.median=<$128,000>:u}, and nurse midwives closer to {b.median=<$176,000>:u}.", place="California")
T("gm-07", "forum", "per BLS genetic counselors make {a.median*1.5~k:m} and the field is growing {a.pct=<30%>:m}. I did a 2-year MS and started at $78k, so ymmv")
T("gm-08", "nursing", "Nurse midwives held about {b.emp@24:o!2024} jobs in 2024, and about {b.self@24:o!2024} of them were self-employed that year.")
T("gm-09", "bullets", "Nurse midwife snapshot:\n- Median pay: {b.median~hr:c} per hour\n- Average salary: {b.mean:c}\n- Self-employed: {b.self:c}")
T("gm-10", "faq", "What do genetic counselors earn on average? The mean salary is {a.mean:c} a year, or {a.mean~hr:c} an hour, though about {a.self@24:o!2024} worked for themselves as of the 2024 data.", heading="FAQ")
NC("gm-n1", "Accredited genetic counseling master's programs run 21 months and cost $60,000 to $90,000 in tuition.")
NC("gm-n2", "Most midwifery programs require 1,000 clinical hours and at least one year of RN experience.")

P("Medical Secretary", "Legal Secretary")
T("ml-01", "ooh", "The median annual wage for medical secretaries and administrative assistants was {a.median:c!2025} in May 2025.", heading="Pay")
T("ml-02", "comparison", "Legal secretaries earn more than medical secretaries — a median of {b.median:c} compared with {a.median:c} — but there are far fewer of them: about {b.emp:c} legal secretaries against nearly {a.oemp:c} medical ones.", heading="Medical Secretary vs. Legal Secretary: Which Pays More?")
T("ml-03", "ooh", "Employment of legal secretaries and administrative assistants is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings for legal secretaries are projected each year, on average, over the decade.", heading="Job Outlook")
T("ml-04", "school", "Our 10-month Medical Office Administration certificate costs $4,900. Medical secretaries typically need only a {a.edu:c}, but employers prefer trained applicants — and the field is projected to grow {a.pct:c}.")
T("ml-05", "career-site", "Legal secretaries earned a median of {b.median@24:o!2024} in May 2024, and the field was expected to shrink {b.pct@24:o!2034} by 2034.")
T("ml-06", "career-site", "In New York, legal secretaries earn a median of about {b.median=<$68,000>:u}, the highest of any state.", place="New York")
T("ml-07", "forum", "BLS says medical secretaries make {a.median*1.6~K:m}?? lol. 6 years at a dermatology practice and I'm at $21/hr")
T("ml-08", "faq", "How many medical secretaries are there? About {a.emp:c!2025} as of 2025, and BLS projects the occupation to add {a.chg:c!2035} jobs through 2035.", heading="FAQ")
T("ml-09", "table", "| Role | Hourly (median) | Top 10% |\n|---|---|---|\n| Medical secretary | {a.median~hr:c} | {a.p90:c} |\n| Legal secretary | {b.median~hr:c} | {b.p90:c} |", heading="Pay at a glance")
T("ml-10", "career-site", "Most legal secretaries earn between {b.range~_and:c} a year, depending on the size of the firm.")
NC("ml-n1", "Legal secretaries at large firms often get a $2,000 holiday bonus and typing tests of 70 wpm.")
NC("ml-n2", "Since 2019, I've worked three front desks; the current one pays $19.50 an hour plus scrubs allowance.")

P("Payroll Clerk", "Billing Clerk")
T("pb-01", "ooh", "The median annual wage for payroll and timekeeping clerks was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pb-02", "ooh", "Employment of payroll and timekeeping clerks is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for payroll and timekeeping clerks are projected each year, on average, over the decade.", heading="Job Outlook")
T("pb-03", "comparison", "Payroll clerks and billing clerks both work with numbers all day, but payroll pays better: about {a.median~th:c} a year at the median versus {b.median~th:c} for billing and posting clerks.", heading="Payroll Clerk vs. Billing Clerk")
T("pb-04", "career-site", "Billing and posting clerks held about {b.emp@24:o!2024} jobs in 2024, and around {b.open@24:o} openings were projected each year.")
T("pb-05", "bullets", "Payroll clerk:\n- Median salary (May 2024): {a.median@24:o!2024}\n- Job outlook, 2024–34: {a.pct@24:o!2034} decline\n- Education: {a.edu~cap:c}")
T("pb-06", "career-site", "In Florida, billing clerks earn a median of {b.median=<$44,500>:u}, and payroll clerks about {a.median=<$52,000>:u}.", place="Florida")
T("pb-07", "forum", "per BLS payroll clerks are growing {a.pct=<12%>:m} lol. every company I know is moving to ADP and cutting us")
T("pb-08", "faq", "How much does a billing clerk make an hour? The median is {b.median~hr:c} an hour; the average is {b.mean~hr:c}.", heading="Billing clerk FAQ")
T("pb-09", "career-site", "Payroll clerks average {a.mean~K:c} a year, and roughly {a.chg:c!2035} payroll jobs are projected to disappear by 2035 as timekeeping software spreads.")
NC("pb-n1", "The Certified Payroll Professional (CPP) exam costs $449 for members and has 190 questions.")
NC("pb-n2", "Billing cycles close on the 25th; invoices go out within 3 business days.")

P("Proofreader", "Desktop Publisher")
T("pd-01", "ooh", "The median annual wage for proofreaders and copy markers was {a.median:c!2025} in May 2025.", heading="Pay")
T("pd-02", "comparison", "Proofreaders and desktop publishers both polish the printed page. Desktop publishers earn a little more — a median of {b.median~K:c} against {a.median~K:c} for proofreaders — and typically need an {b.edu:c}, while proofreaders usually need a {a.edu:c}.", heading="Proofreader vs. Desktop Publisher: What Are the Differences?")
T("pd-03", "career-site", "About {a.self:c} of proofreaders are self-employed, and they earn an average of {a.mean:c} a year.")
T("pd-04", "ooh", "Employment of desktop publishers is projected to decline {b.pct@24~pc:o!2034} from 2024 to 2034.", heading="Job Outlook")
T("pd-05", "career-site", "Desktop publishers earned {b.median@24:o!2024} at the median in May 2024, and about {b.self@24:o!2024} were self-employed that year.")
T("pd-06", "forum", "per BLS proofreaders make {a.median*0.55~k:m}. I freelance at $30/hr and that number feels low even for me")
T("pd-07", "faq", "Is proofreading a good career? Pay is modest — the highest 10 percent earn more than {a.p90:c}, and the lowest 10 percent earn less than {a.p10:c}.", heading="FAQ")
T("pd-08", "career-site", "In Chicago, desktop publishers make about {b.median=<$58,000>:u}, and proofreaders at ad agencies about {a.median=<$55,000>:u}.", place="Chicago")
T("pd-09", "table", "| | Proofreader | Desktop Publisher |\n|---|---|---|\n| Typical pay | {a.median~hr0:c}/hr | {b.median~hr0:c}/hr |\n| Self-employed | {a.self@24:o} | {b.self:c} |", heading="Quick comparison")
NC("pd-n1", "Our 8-week proofreading course covers Chicago Manual of Style (17th ed.) and costs $199.")
NC("pd-n2", "InDesign, Affinity Publisher and QuarkXPress 2024 all export print-ready PDF/X-4.")

P("Fashion Designer", "Tailor")
T("ft-01", "ooh", "The median annual wage for fashion designers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ft-02", "comparison", "Fashion designers sketch the collection; tailors make it fit. Designers earn about twice as much, with a median of {a.median~th:c} compared with {b.median~th:c} for tailors, dressmakers and custom sewers.", heading="Fashion Designer vs. Tailor: Key Differences")
T("ft-03", "career-site", "Tailoring is one of the most entrepreneurial trades: about {b.self:c} of tailors are self-employed, and they need {b.edu=<no formal educational credential>:c} to get started.")
T("ft-04", "career-site", "Fashion designers held about {a.emp@24:o!2024} jobs in 2024, and about {a.self@24:o!2024} were self-employed in the 2024–34 projections.")
T("ft-05", "ooh", "Employment of tailors, dressmakers, and custom sewers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ft-06", "career-site", "In New York City, fashion designers earn a median of {a.median=<$98,000>:u}, and the city employs roughly {a.emp=<7,500>:u} of them.", place="New York City")
T("ft-07", "forum", "BLS says tailors average {b.mean*1.7~k:m} a year. I do alterations out of my garage and clear maybe $35k")
T("ft-08", "school", "Graduates of our 2-year fashion program enter a field where pay runs from {a.range~_asmuch:c} a year. Fashion designers usually hold a {a.edu:c}.")
T("ft-09", "faq", "How much do tailors make? Tailors earned a median of {b.median@23:o!2023} in May 2023, or about $17.60 an hour.", heading="FAQ")
NC("ft-n1", "Our industrial sewing bootcamp is 6 weeks, 9 a.m. to 3 p.m., and includes a Juki machine to keep.")
NC("ft-n2", "New York Fashion Week runs twice a year, in February and September.")

P("Animator", "Fine Artist")
T("af-01", "ooh", "The median annual wage for special effects artists and animators was {a.median:c!2025} in May 2025.", heading="Pay")
T("af-02", "comparison", "Animators earn far more than fine artists: a median of {a.median~k:c} a year, compared with {b.median~k:c} for painters, sculptors and illustrators. Both usually have a {a.edu:c}.", heading="Animator vs. Fine Artist: Salary and Career Comparison")
T("af-03", "career-site", "Most animators work for themselves — about {a.self:c} are self-employed — and the same is true of most fine artists.")
T("af-04", "career-site", "Fine artists earned a median of {b.median@24:o!2024} in May 2024, and the highest 10 percent earned more than {b.p90@24:o!2024}.")
T("af-05", "dev-blog", "If you're coming to 3D from web dev, the BLS numbers for animators are decent: {a.median~hr:c} an hour at the median and {a.p90~K:c}+ at the 90th percentile.")
T("af-06", "career-site", "In Los Angeles, animators earn a median of about {a.median=<$125,000>:u}, thanks to the studios in Burbank.", place="Los Angeles")
T("af-07", "forum", "per BLS fine artists make {b.median*1.8~k:m} median. who are these people, I sell prints on Etsy for $40")
T("af-08", "ooh", "Employment of fine artists, including painters, sculptors, and illustrators, is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. That is a loss of about {b.chg:c} jobs over the decade.", heading="Job Outlook")
T("af-09", "table", "| | Animator | Fine Artist |\n|---|---|---|\n| Median pay (2024) | {a.median@24:o!2024} | {b.median@24~k:o!2024} |\n| Jobs, 2024 | {a.emp@24:o!2024} | {b.emp@24:o!2024} |", heading="Animator vs. fine artist at a glance")
NC("af-n1", "Our 12-week Blender course is $1,200; the student license of Maya is free.")
NC("af-n2", "Pixar's Toy Story (1995) was the first fully computer-animated feature film.")

P("Floral Designer", "Merchandise Displayer")
T("fd-01", "ooh", "The median annual wage for floral designers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("fd-02", "comparison", "Floral designers and merchandise displayers both make things look good for customers, and they earn similar pay: a median of {a.median~th:c} for florists and {b.median~th:c} for window trimmers and displayers.", heading="Floral Designer vs. Merchandise Displayer: What Are the Differences?")
T("fd-03", "career-site", "Floral designers earned a median of {a.median@24:o!2024} in May 2024, and about {a.self@24:o!2024} of them were self-employed.")
T("fd-04", "bullets", "Merchandise displayer at a glance:\n- Median pay: {b.median@24:o}\n- Jobs: {b.oemp@24:o}\n- Openings per year: {b.open@24:o}\n- Education: {b.edu~cap:c}")
T("fd-05", "forum", "per BLS florists make {a.median*1.6~k:m} a year. I've been at a grocery store floral counter since 2016 and make $16.25/hr")
T("fd-06", "career-site", "In Texas, floral designers earn about {a.median=<$17>~hr0:u} an hour, and visual merchandisers in Dallas around {b.median=<$21>~hr0:u}.", place="Texas", own_place={1: "Dallas"})
T("fd-07", "faq", "How many people work as merchandise displayers? About {b.emp:c!2025} as of 2025, and roughly {b.open:c} openings are projected each year.", heading="FAQ")
T("fd-08", "school", "Our 6-week floral design certificate ($1,450) gets you ready for a job where the middle 50% earn between {a.mid~_and:c}. Most florists need only a {a.edu:c}.")
T("fd-09", "career-site", "Floral designers average {a.mean:c} a year, and about {a.self:c} of them own their own shops.")
NC("fd-n1", "Valentine's Day and Mother's Day account for about 40% of a flower shop's yearly sales.")
NC("fd-n2", "Our window displays change every 6 weeks; the holiday set goes up November 1.")

P("Jeweler", "Watch Repairer")
T("jw-01", "ooh", "The median annual wage for jewelers and precious stone and metal workers was {a.median:c!2025} in May 2025.", heading="Pay")
T("jw-02", "comparison", "Watch and clock repairers are one of the smallest trades in the country — a few hundred shops nationwide — but they out-earn jewelers, with a median of {b.median:c} against {a.median:c}.", heading="Jeweler vs. Watch Repairer: Which Bench Job Pays More?")
T("jw-03", "ooh", "Employment of jewelers and precious stone and metal workers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("jw-04", "career-site", "Watch repairers earned a median of {b.median@24:o!2024} in May 2024, and the lowest 10 percent earned less than {b.p10@24:o!2024}.")
T("jw-05", "career-site", "Jewelers held about {a.oemp@24:o!2024} jobs in May 2024, and about {a.self@24:o!2024} were self-employed.")
T("jw-06", "forum", "BLS says watchmakers average {b.mean*0.55~k:m}? The guys at the WOSTEP bench in my shop make double that")
T("jw-07", "career-site", "In New York, jewelers on 47th Street earn a median of about {a.median=<$61,000>:u}.", place="New York")
T("jw-08", "faq", "What education do watch repairers need? Typically a {b.edu:c}, followed by a long apprenticeship or a two-year watchmaking school; employment is expected to show {b.desc=<little or no change>:c!2035} through 2035.", heading="FAQ")
T("jw-09", "table", "| | Jeweler | Watch Repairer |\n|---|---|---|\n| Average pay | {a.mean:c} | {b.mean:c} |\n| Hourly median | {a.median~hr:c} | {b.median~hr:c} |", heading="Pay comparison")
T("jw-10", "career-site", "About {a.self:c} of jewelers are self-employed, and the typical jeweler earns {a.median@23:o!2023} according to the May 2023 survey.")
NC("jw-n1", "GIA's Graduate Gemologist diploma takes 26 weeks on campus and costs about $23,000.")
NC("jw-n2", "A full service on a mechanical Rolex runs $700 to $1,000 and takes 6 to 8 weeks.")

P("Locksmith", "Security System Installer")
T("ls-01", "ooh", "The median annual wage for locksmiths and safe repairers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ls-02", "ooh", "Employment of locksmiths and safe repairers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for locksmiths and safe repairers are projected each year, on average, over the decade.", heading="Job Outlook")
T("ls-03", "comparison", "Smart locks have blurred the line between locksmiths and security system installers, but the outlook is not the same: installer jobs are projected to grow {b.pct:c}, while locksmith jobs shrink. Installers also earn more, about {b.median~K:c} a year versus {a.median~K:c}.", heading="Locksmith vs. Security System Installer")
T("ls-04", "trade", "Security and fire alarm installers earned a median of {b.median@24:o!2024} in 2024, and their jobs were projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, {b.desc=<much faster than the average>:o!2034} for all occupations.")
T("ls-05", "career-site", "Locksmith employment was projected to fall {a.pct@24:o!2034} between 2024 and 2034, a loss of about {a.chg@24:o!2034} jobs.")
T("ls-06", "career-site", "In Arizona, security system installers earn a median of {b.median=<$54,000>:u}, and locksmiths in Phoenix about {a.median=<$23>~hr0:u} an hour.", place="Arizona", own_place={1: "Phoenix"})
T("ls-07", "forum", "per BLS alarm installers have {b.emp*2.5:m} jobs and growing {b.pct=<25%>:m}. meanwhile ADT just laid off half our branch")
T("ls-08", "bullets", "Security system installer:\n- Median pay: {b.median~hr:c}/hour\n- Jobs, 2025: {b.emp:c!2025}\n- Self-employed: {b.self:c}\n- Typical education: {b.edu~cap:c}")
T("ls-09", "faq", "Do locksmiths make good money? The average locksmith earns {a.mean:c} a year, and the top 10 percent earn more than {a.p90@24:o!2024} (2024 data).", heading="FAQ")
T("ls-10", "career-site", "Security system installers held about {b.oemp@24:o!2024} jobs in May 2024, and {b.self@24:o!2024} were self-employed then.")
NC("ls-n1", "The ALOA Certified Registered Locksmith exam has 10 mandatory categories and costs $450.")
NC("ls-n2", "A rekey costs homeowners $20 per cylinder plus a $75 trip charge in most of the Midwest.")

P("Glazier", "Insulation Installer")
T("gi-01", "ooh", "The median annual wage for glaziers was {a.median:c!2025} in May 2025.", heading="Pay")
T("gi-02", "ooh", "The median annual wage for insulation workers, floor, ceiling, and wall was {b.median@24:o!2024} in May 2024. The lowest 10 percent earned less than {b.p10@24:o!2024}, and the highest 10 percent earned more than {b.p90@24:o!2024}.", heading="Pay")
T("gi-03", "comparison", "Glaziers earn a median of {a.median~k:c}, a bit more than the {b.median~k:c} insulation installers make, and glaziers usually need a {a.edu:c}, while insulation workers need {b.edu=<no formal educational credential>:c}.", heading="Glazier vs. Insulation Installer: What Are the Differences?")
T("gi-04", "trade", "Insulation employment was projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, and glazier employment {a.pct@24~pc:o!2034}.")
T("gi-05", "career-site", "Glaziers held about {a.emp:c!2025} jobs in 2025, and about {a.self:c!2025} were self-employed.")
T("gi-06", "forum", "per BLS glaziers make a median of {a.median*1.55~k:m}. union glazier in Chicago here, journeyman rate is $52.40 so maybe that's where they got it")
T("gi-07", "career-site", "In Massachusetts, union glaziers earn about {a.median=<$88,000>:u}, and insulation installers around {b.median=<$58,000>:u}.", place="Massachusetts")
T("gi-08", "faq", "How many openings are there for insulation workers? About {b.open@24:o!2034} openings a year through 2034 were projected in the 2024–34 release.", heading="FAQ")
T("gi-09", "table", "| Trade | Avg. salary | 2024 self-employed |\n|---|---|---|\n| Glazier | {a.mean:c} | {a.self@24:o!2024} |\n| Insulation installer | {b.mean:c} | {b.self@24:o!2024} |", heading="Compare")
NC("gi-n1", "Our 4-year glazier apprenticeship includes 6,400 on-the-job hours and 576 hours of classroom work.")
NC("gi-n2", "R-38 to R-60 is recommended for attics in most U.S. climate zones.")

P("Concrete Finisher", "Paving Equipment Operator")
T("cp-01", "ooh", "The median annual wage for cement masons and concrete finishers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("cp-02", "comparison", "Concrete finishers and paving equipment operators often work the same job site, and their pay is close: concrete finishers earn a median of {a.median:c}, paving operators {b.median:c}.", heading="Concrete Finisher vs. Paving Equipment Operator")
T("cp-03", "career-site", "Paving, surfacing, and tamping equipment operators were projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034; the 2025–35 projections now call for a decline of {b.pct~pc:c!2035}.")
T("cp-04", "career-site", "Concrete finishers held about {a.emp:c!2025} jobs in 2025, and about {a.open:c} openings are projected each year.")
T("cp-05", "trade", "Concrete finishers earned a median of {a.median@23:o!2023} in May 2023; today's median is {a.median~th:c}, and you need {a.edu=<no formal educational credential>:c} to start as a helper.")
T("cp-06", "career-site", "In the Houston metro area, concrete finishers earn about {a.median=<$21>~hr0:u} an hour, and paving operators about {b.median=<$22>~hr0:u}.", place="the Houston metro area")
T("cp-07", "forum", "according to BLS paving operators average {b.mean*1.5~K:m}. on a DOT job with prevailing wage maybe, not in my county")
T("cp-08", "bullets", "Paving equipment operator:\n- Median pay: {b.median@24:o}\n- Jobs: {b.emp@24:o}\n- Openings: {b.open@24:o} a year\n- Education: {b.edu~cap:c}")
T("cp-09", "faq", "What does a concrete finisher make an hour? The median is {a.median~hr:c} an hour; the top 10% earn more than {a.p90~hr0:c}.", heading="FAQ")
NC("cp-n1", "A 4,000 psi mix needs at least 7 days of moist curing; most crews start pours at 5 a.m. in summer.")
NC("cp-n2", "Our paving crew laid 12 lane-miles in 2023 and earned a $1,500 safety bonus each.")

P("Fence Erector", "Highway Maintenance Worker")
T("fh-01", "ooh", "The median annual wage for fence erectors was {a.median:c!2025} in May 2025.", heading="Pay")
T("fh-02", "ooh", "The median annual wage for highway maintenance workers was {b.median@24:o!2024} in May 2024. The lowest 10 percent earned less than {b.p10@24:o!2024}, and the highest 10 percent earned more than {b.p90@24:o!2024}.", heading="Pay")
T("fh-03", "comparison", "Fence erectors and highway maintenance workers both work outdoors in all weather. Highway workers earn slightly more — {b.median~th:c} versus {a.median~th:c} at the median — and come with state benefits.", heading="Fence Erector vs. Highway Maintenance Worker")
T("fh-04", "career-site", "About {a.self:c} of fence erectors are self-employed, and employment is projected to grow {a.pct:c!2035} through 2035.")
T("fh-05", "career-site", "Fence erectors held about {a.emp@24:o!2024} jobs in 2024, and {a.self@24:o!2024} were self-employed.")
T("fh-06", "forum", "per BLS highway maintenance workers make {b.median*1.45~k:m}. I'm with PennDOT 7 years, I wish")
T("fh-07", "career-site", "In Minnesota, highway maintenance workers earn a median of {b.median=<$60,000>:u}, and MnDOT employs about {b.emp=<1,900>:u} of them.", place="Minnesota")
T("fh-08", "faq", "How many highway maintenance workers are there? About {b.emp:c!2025} in 2025, with about {b.open:c} openings each year.", heading="FAQ")
T("fh-09", "table", "| | Fence Erector | Highway Maintenance Worker |\n|---|---|---|\n| Avg. salary | {a.mean:c} | {b.mean:c} |\n| Job growth | {a.pct=<15%>:m} | {b.pct=<12%>:m} |", heading="At a glance")
NC("fh-n1", "Post holes for a 6-foot privacy fence should be 2 feet deep, or one-third of the post's length.")
NC("fh-n2", "A CDL Class B permit costs $35 in Ohio, and the skills test adds $50.")

P("Hazardous Materials Removal Worker", "Septic Tank Servicer")
T("hs-01", "ooh", "The median annual wage for hazardous materials removal workers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("hs-02", "comparison", "Hazmat removal workers and septic tank servicers both do the jobs nobody else wants, and they are paid almost the same: a median of {a.median~K:c} for hazmat workers and {b.median~K:c} for septic and sewer pipe cleaners. Both typically need a {a.edu:c}.", heading="Hazmat Removal Worker vs. Septic Tank Servicer")
T("hs-03", "career-site", "Hazmat removal employment was projected to grow {a.pct@24:o!2034} from 2024 to 2034, and about {a.open@24:o!2034} openings were projected each year through 2034.")
T("hs-04", "trade", "Septic tank servicers earned a median of {b.median@23:o!2023} in May 2023. Most start at around $17 an hour and need a Class B CDL within the first year.")
T("hs-05", "career-site", "In New Jersey, asbestos abatement workers earn a median of about {a.median=<$63,000>:u}, well above the national figure.", place="New Jersey")
T("hs-06", "forum", "BLS says septic guys make {b.median*1.6~k:m} median and it's growing {b.pct=<20%>:m}. pumped tanks for 9 years, never saw that money")
T("hs-07", "faq", "How many septic tank servicers are there? About {b.emp:c!2025} as of 2025, and the occupation is projected to add about {b.chg:c!2035} jobs by 2035.", heading="FAQ")
T("hs-08", "bullets", "Hazmat removal worker:\n- Median pay: {a.median~hr:c}/hr\n- Jobs, 2025: {a.emp:c!2025}\n- Self-employed: {a.self:c}")
T("hs-09", "forum", "per BLS hazmat techs average {a.mean*0.6~K:m} and there are only {a.emp*0.3:m} of us nationally. both numbers are way off")
NC("hs-n1", "The 40-hour HAZWOPER course costs $395 online, and an 8-hour refresher is required every year.")
NC("hs-n2", "Pump a household septic tank every 3 to 5 years; a 1,000-gallon tank costs about $400 to pump.")

P("Pest Control Worker", "Pesticide Applicator")
T("pa-01", "ooh", "The median annual wage for pest control workers was {a.median:c!2025} in May 2025.", heading="Pay")
T("pa-02", "comparison", "Pest control technicians deal with bugs and rodents inside buildings; pesticide applicators spray lawns, crops and roadsides. Applicators earn a median of {b.median:c} and pest control workers {a.median:c}.", heading="Pest Control Worker vs. Pesticide Applicator: What's the Difference?")
T("pa-03", "career-site", "About {a.self:c} of pest control workers are self-employed, and they held about {a.emp:c!2025} jobs in 2025.")
T("pa-04", "ooh", "Employment of pest control workers was projected to grow {a.pct@24~pc:o!2034} from 2024 to 2034. About {a.open@24:o} openings for pest control workers were projected each year, on average, over the decade.", heading="Job Outlook")
T("pa-05", "career-site", "Pesticide handlers, sprayers, and applicators earned a median of {b.median@24:o!2024} in May 2024, and {b.self@24:o!2024} were self-employed.")
T("pa-06", "career-site", "In Florida, pest control technicians earn a median of about {a.median=<$43,000>:u}, and termite techs in the Tampa Bay area a bit more.", place="Florida")
T("pa-07", "forum", "per BLS pest control techs average {a.mean*1.5~k:m}. Terminix paid me $16/hr plus commission in 2021, so no")
T("pa-08", "table", "| | Pest Control Worker | Pesticide Applicator |\n|---|---|---|\n| Median hourly | {a.median~hr:c} | {b.median~hr:c} |\n| Jobs | {a.oemp:c} | {b.oemp:c} |\n| Growth 2024–34 | {a.pct@24:o!2034} | {b.pct@24:o!2034} |", heading="Compare")
T("pa-09", "faq", "How much do pesticide applicators make? Most earn between {b.range~_and:c} a year; the median is {b.median~th:c}.", heading="FAQ")
NC("pa-n1", "A commercial applicator license in Georgia requires a core exam, a category exam, and 10 hours of CE every 5 years.")
NC("pa-n2", "Our quarterly pest plan is $119 per visit after a $199 initial service.")

P("Tree Trimmer", "Landscaper")
T("tl-01", "ooh", "The median annual wage for tree trimmers and pruners was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("tl-02", "ooh", "Employment of landscaping and groundskeeping workers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings for landscaping and groundskeeping workers are projected each year, on average, over the decade.", heading="Job Outlook")
T("tl-03", "comparison", "Tree trimmers earn noticeably more than landscapers — a median of {a.median~k:c} compared with {b.median~k:c} — because climbing and rigging are dangerous, skilled work.", heading="Tree Trimmer vs. Landscaper: Pay, Risk and Training")
T("tl-04", "career-site", "About {a.self:c} of tree trimmers and pruners are self-employed; many run one-truck crews.")
T("tl-05", "career-site", "Landscapers earned a median of {b.median@24:o!2024} in May 2024, and there were about {b.oemp@24:o!2024} of them that year.")
T("tl-06", "career-site", "In the Seattle area, tree climbers earn about {a.median=<$32>~hr0:u} an hour, and landscapers about {b.median=<$23>~hr0:u}.", place="the Seattle area")
T("tl-07", "forum", "per BLS arborists/tree trimmers average {a.mean*1.6~K:m}. ISA certified climber here, I clear maybe $62k with overtime")
T("tl-08", "bullets", "Landscaper quick facts:\n- Typical pay: {b.median~hr:c} per hour\n- Jobs: {b.oemp:c}\n- Education: {b.edu~cap:c}\n- Openings per year: {b.open@24:o}")
T("tl-09", "faq", "Is tree trimming a growing job? Employment is projected to grow {a.pct:c!2035} from 2025 to 2035, with about {a.open:c} openings a year.", heading="FAQ")
T("tl-10", "career-site", "Tree trimmer employment was projected to grow {a.pct@24:o!2034} between 2024 and 2034, and trimmers earned a median of {a.median@23:o!2023} in 2023.")
NC("tl-n1", "The ISA Certified Arborist exam has 200 questions and requires 3 years of full-time experience.")
NC("tl-n2", "Mow at 3 to 3.5 inches in summer, and never remove more than one-third of the blade.")

P("Farm Equipment Mechanic", "Mobile Heavy Equipment Mechanic")
T("fm-01", "ooh", "The median annual wage for farm equipment mechanics and service technicians was {a.median:c!2025} in May 2025.", heading="Pay")
T("fm-02", "ooh", "The median annual wage for mobile heavy equipment mechanics, except engines, was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("fm-03", "comparison", "Ag techs and heavy equipment mechanics use the same hydraulics and diagnostics, but heavy equipment pays more: {b.median~th:c} a year at the median against {a.median~th:c} for farm equipment mechanics.", heading="Farm Equipment Mechanic vs. Heavy Equipment Mechanic")
T("fm-04", "ooh", "Employment of mobile heavy equipment mechanics is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("fm-05", "trade", "Farm equipment mechanics earned a median of {a.median@24:o!2024} in May 2024. Our 18-month ag tech program partners with John Deere and Case IH dealers.")
T("fm-06", "career-site", "In Iowa, farm equipment mechanics earn a median of about {a.median=<$55,000>:u}, and the state employs roughly {a.emp=<3,100>:u} of them.", place="Iowa")
T("fm-07", "forum", "per BLS heavy equipment mechanics make {b.median*0.6~k:m}? cat dealer techs around here start higher than that")
T("fm-08", "bullets", "Heavy equipment mechanic:\n- Median pay (May 2024): {b.median@24:o!2024}\n- Jobs: {b.emp@24:o}\n- Openings/yr: {b.open@24:o}\n- Education: {b.edu~cap:c}")
T("fm-09", "faq", "How many farm equipment mechanics are there? About {a.emp:c!2025} as of 2025, and employment is projected to grow by about {a.chg:c!2035} jobs through 2035.", heading="FAQ")
T("fm-10", "career-site", "These workers make about {a.median~hr0:c} an hour at the median, and the average farm equipment mechanic earns {a.mean:c} a year.")
NC("fm-n1", "Planting season runs April to May; many dealers pay $3/hr shift premiums during harvest.")
NC("fm-n2", "A starter mechanic's toolbox costs $5,000 to $10,000; some dealers offer a $2,000 tool allowance.")

P("Appliance Repairer", "Computer Repair Technician")
T("ac-01", "ooh", "The median annual wage for home appliance repairers was {a.median:c!2025} in May 2025.", heading="Pay")
T("ac-02", "comparison", "Appliance repairers and computer repair technicians both fix things people depend on. Appliance techs earn a median of {a.median~K:c}, computer and office machine repairers {b.median~K:c}; computer repairers typically need {b.edu=<some college, no degree>:c}.", heading="Appliance Repairer vs. Computer Repair Technician")
T("ac-03", "ooh", "Employment of computer, automated teller, and office machine repairers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ac-04", "career-site", "Home appliance repairers are projected to see employment grow {a.pct:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035}. About {a.self:c} work for themselves.")
T("ac-05", "career-site", "Appliance repairers earned {a.median@24:o!2024} in May 2024, and about {a.self@24:o!2024} were self-employed.")
T("ac-06", "career-site", "Computer repair technicians held about {b.emp@24:o!2024} jobs in 2024, and the field was projected to decline {b.pct@24:o!2034} by 2034.")
T("ac-07", "forum", "per BLS computer repair techs average {b.mean*1.7~K:m} a year lmao. geek squad paid me $15.50")
T("ac-08", "career-site", "In Phoenix, appliance repair technicians earn about {a.median=<$26>~hr0:u} an hour.", place="Phoenix")
T("ac-09", "faq", "How much do computer repair technicians make per hour? About {b.median~hr:c} at the median, and the top 10 percent earn more than {b.p90:c} a year.", heading="FAQ")
T("ac-10", "table", "| | Appliance Repairer | Computer Repair Tech |\n|---|---|---|\n| Mean wage | {a.mean:c} | {b.mean:c} |\n| Self-employed | {a.self:c} | {b.self:c} |", heading="Side by side")
NC("ac-n1", "EPA Section 608 certification is required to handle refrigerant; the Type I exam costs about $25.")
NC("ac-n2", "CompTIA A+ requires passing two exams (220-1101 and 220-1102), each $253.")

P("Geographer", "Cartographer")
T("gc-01", "ooh", "The median annual wage for geographers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("gc-02", "comparison", "Geographers study places; cartographers and photogrammetrists turn that data into maps. Both typically need a {a.edu:c}, but geographers earn more, with a median of {a.median:c} compared with {b.median:c}.", heading="Geographer vs. Cartographer: What Are the Differences?")
T("gc-03", "ooh", "Employment of cartographers and photogrammetrists is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("gc-04", "dev-blog", "GIS devs: BLS has cartographers at {b.median~k:c} median and {b.p90~k:c} at the 90th percentile. Not FAANG money, but PostGIS skills stack nicely on top.")
T("gc-05", "career-site", "Geographers earned a median of {a.median@24:o!2024} in May 2024, and employment was projected to decline {a.pct@24:o!2034} from 2024 to 2034.")
T("gc-06", "career-site", "Cartographers held about {b.emp@24:o!2024} jobs in 2024 and earned a median of {b.median@23:o!2023} in May 2023.")
T("gc-07", "forum", "per BLS geographers are growing {a.pct=<10%>:m} and average {a.mean*0.6~K:m}. that's not what my advisor said")
T("gc-08", "career-site", "In Virginia, geographers working for federal agencies earn a median of about {a.median=<$115,000>:u}.", place="Virginia")
T("gc-09", "frontmatter", "---\ntitle: \"Geographer vs. Cartographer: Salary and Outlook\"\ngeographer_salary: \"{a.median@24:o}\"\ncartographer_salary: \"{b.median@24:o}\"\ndate: 2025-02-10\n---")
NC("gc-n1", "ArcGIS Pro's student license is free for a year; the GISP certification requires 4 years of experience.")
NC("gc-n2", "The Mercator projection dates to 1569 and still underlies most web maps.")

P("Anthropologist", "Historian")
T("ah-01", "ooh", "The median annual wage for anthropologists and archeologists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ah-02", "ooh", "Employment of historians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ah-03", "comparison", "Anthropologists and historians both study people of the past, and both typically need a {a.edu:c}. Historians earn a little more: a median of {b.median~k:c} versus {a.median~k:c} for anthropologists and archeologists.", heading="Anthropologist vs. Historian: What Are the Differences?")
T("ah-04", "career-site", "Anthropology is growing {a.desc=<faster than average>:c!2035}: BLS projects {a.pct:c!2035} growth from 2025 to 2035, and about {a.self:c} of anthropologists are self-employed.")
T("ah-05", "career-site", "Historians earned a median of {b.median@24:o!2024} in May 2024, and the field held about {b.emp@24:o!2024} jobs.")
T("ah-06", "faq", "Do archaeologists make good money? They earned a median of {a.median@23:o!2023} in May 2023, and the field was projected to grow {a.pct@24:o!2034} over 2024–34.", heading="FAQ")
T("ah-07", "forum", "per BLS historians make {b.median*1.6~K:m} and there are {b.emp*4:m} of them. as an adjunct I would like to meet these people")
T("ah-08", "career-site", "In Washington, D.C., historians at federal agencies earn a median of about {b.median=<$118,000>:u}.", place="Washington, D.C.")
T("ah-09", "career-site", "In Arizona, contract archeologists earn about {a.median=<$58,000>:u}, and the state has roughly {a.emp=<700>:u} of them.", place="Arizona")
NC("ah-n1", "A typical CRM field school runs 6 weeks in summer and costs about $4,500 including camp.")
NC("ah-n2", "The American Historical Association's annual meeting is held every January.")

P("Soil Scientist", "Animal Scientist")
T("sa-01", "ooh", "The median annual wage for soil and plant scientists was {a.median:c!2025} in May 2025.", heading="Pay")
T("sa-02", "ooh", "The median annual wage for animal scientists was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("sa-03", "comparison", "Soil and plant scientists now out-earn animal scientists — a median of {a.median~K:c} against {b.median~K:c} — and both usually need a {a.edu:c} to start.", heading="Soil Scientist vs. Animal Scientist")
T("sa-04", "ooh", "Employment of soil and plant scientists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("sa-05", "career-site", "Animal scientists earned a median of {b.median@24:o!2024} in May 2024, and about {b.self@24:o!2024} were self-employed.")
T("sa-06", "career-site", "Soil and plant scientists earned a median of {a.median@24:o!2024} in May 2024, and they were projected to grow {a.pct@24:o!2034} through 2034.")
T("sa-07", "forum", "BLS says soil scientists average {a.mean*1.55~K:m}? NRCS GS-9 here, that's a fantasy")
T("sa-08", "career-site", "In California's Central Valley, plant scientists earn a median of about {a.median=<$92,000>:u}.", place="California's Central Valley")
T("sa-09", "table", "| | Soil Scientist | Animal Scientist |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Jobs | {a.emp:c} | {b.oemp:c} |\n| Self-employed | — | {b.self:c} |", heading="At a glance")
NC("sa-n1", "The Soil Science Society's CPSS exam is offered twice a year, in April and October.")
NC("sa-n2", "Our herd of 240 Holsteins produced 27,000 pounds of milk per cow in 2022.")

P("Civil Engineering Technician", "Drafter")
T("cd-01", "ooh", "The median annual wage for civil engineering technologists and technicians was {a.median:c!2025} in May 2025.", heading="Pay")
T("cd-02", "ooh", "The median annual wage for architectural and civil drafters was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("cd-03", "comparison", "Civil engineering technicians and drafters both typically need an {a.edu:c}, and they earn nearly the same: about {a.median~th:c} for civil techs and {b.median~th:c} for drafters.", heading="Civil Engineering Technician vs. Drafter")
T("cd-04", "ooh", "Employment of architectural and civil drafters is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("cd-05", "career-site", "Civil engineering technicians earned a median of {a.median@23:o!2023} in May 2023, and employment was projected to grow {a.pct@24:o!2034} from 2024 to 2034.")
T("cd-06", "dev-blog", "AutoCAD people: BLS puts drafters at {b.median~hr:c} an hour median. Learn Revit and Civil 3D scripting and you'll be well past the {b.p90~K:c} 90th percentile.")
T("cd-07", "career-site", "Drafters held about {b.emp@24:o!2024} jobs in 2024 and earned a median of {b.median@24:o!2024}.")
T("cd-08", "forum", "per BLS civil techs make {a.median*1.5~k:m} median and there are {a.emp*2:m} of them. not at any DOT I've worked for")
T("cd-09", "career-site", "In Denver, civil engineering technicians earn about {a.median=<$71,000>:u}, and drafters around {b.median=<$69,000>:u}.", place="Denver")
T("cd-10", "faq", "How many civil engineering technicians are there? About {a.emp:c!2025} in 2025, with around {a.open:c} openings a year.", heading="FAQ")
NC("cd-n1", "Our 2-year AAS in Drafting Technology is 64 credit hours and costs $9,800 for in-district students.")
NC("cd-n2", "NICET Level II certification requires 2 years of experience and a passing score on 2 exams.")

P("Electro-Mechanical Technician", "Mechanical Engineering Technician")
T("em-01", "ooh", "The median annual wage for electro-mechanical and mechatronics technologists and technicians was {a.median:c!2025} in May 2025.", heading="Pay")
T("em-02", "comparison", "Electro-mechanical and mechanical engineering technicians both typically need an {a.edu:c} and earn similar pay: a median of {a.median~k:c} for mechatronics techs and {b.median~k:c} for mechanical engineering techs.", heading="Electro-Mechanical Technician vs. Mechanical Engineering Technician")
T("em-03", "ooh", "Employment of mechanical engineering technologists and technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("em-04", "career-site", "Mechanical engineering technicians earned a median of {b.median@24:o!2024} in May 2024, and the occupation was projected to show {b.desc=<little or no change>:o!2034} from 2024 to 2034.")
T("em-05", "school", "Our 2-year mechatronics program costs $11,200. Electro-mechanical technicians earn between {a.range~_and:c} a year, and the field is projected to grow {a.pct:c!2035} by 2035.")
T("em-06", "career-site", "Electro-mechanical technicians held about {a.emp@24:o!2024} jobs in 2024, and about {a.self@24:o!2024} were self-employed.")
T("em-07", "forum", "BLS says mechatronics techs make {a.median*1.45~k:m} median. Tesla was paying $27/hr when I applied in 2022")
T("em-08", "career-site", "In Michigan, mechanical engineering technicians earn a median of {b.median=<$68,500>:u}, and Detroit-area automakers employ about {b.emp=<4,500>:u} of them.", place="Michigan")
T("em-09", "bullets", "Mechanical engineering technician:\n- Median salary: {b.median~th:c}\n- Average hourly wage: {b.mean~hr:c}\n- Jobs, 2025: {b.emp:c!2025}\n- Change in jobs, 2025–35: {b.chg:c!2035}")
NC("em-n1", "Siemens Level 1 mechatronics certification requires 200 hours of lab work.")
NC("em-n2", "I worked second shift for 6 years before moving to days in 2020.")

P("Health and Safety Engineer", "Environmental Engineer")
T("he-01", "ooh", "The median annual wage for health and safety engineers, except mining safety engineers and inspectors, was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("he-02", "ooh", "Employment of environmental engineers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings for environmental engineers are projected each year, on average, over the decade.", heading="Job Outlook")
T("he-03", "comparison", "Health and safety engineers and environmental engineers both need a {a.edu:c} and both protect people from hazards. Safety engineers earn a median of {a.median~K:c}; environmental engineers {b.median~K:c}.", heading="Health and Safety Engineer vs. Environmental Engineer")
T("he-04", "career-site", "Environmental engineers earned a median of {b.median@24:o!2024} in May 2024, and employment was projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034.")
T("he-05", "career-site", "Health and safety engineers held about {a.emp@24:o!2024} jobs in 2024, and about {a.open@24:o!2034} openings a year were projected through 2034.")
T("he-06", "forum", "per BLS EHS engineers average {a.mean*0.6~K:m} and the field is growing {a.pct=<15%>:m}. both numbers look wrong to me")
T("he-07", "career-site", "In Texas, health and safety engineers in the refining industry earn a median of about {a.median=<$121,000>:u}.", place="Texas")
T("he-08", "faq", "What does an environmental engineer make? About {b.median~hr:c} an hour at the median, or an average of {b.mean:c} a year.", heading="FAQ")
T("he-09", "table", "| | Safety Engineer | Environmental Engineer |\n|---|---|---|\n| Jobs | {a.oemp:c} | {b.oemp:c} |\n| Outlook, 2025–35 | {a.pct:c!2035} | {b.pct:c!2035} |", heading="Compare")
NC("he-n1", "The CSP exam costs $350 and the ASP exam $300; both are offered year-round.")
NC("he-n2", "OSHA's 30-hour construction card takes about 4 days and costs around $189 online.")

P("Fire Inspector", "Building Inspector")
T("fb-01", "ooh", "The median annual wage for fire inspectors and investigators was {a.median:c!2025} in May 2025.", heading="Pay")
T("fb-02", "ooh", "The median annual wage for construction and building inspectors was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("fb-03", "comparison", "Fire inspectors and building inspectors often walk the same buildings. Pay is close — a median of {a.median:c} for fire inspectors and {b.median:c} for building inspectors — but fire inspectors typically need a {a.edu=<postsecondary nondegree award>:c}, while building inspectors need a {b.edu:c}.", heading="Fire Inspector vs. Building Inspector: What Are the Differences?")
T("fb-04", "career-site", "Building inspector employment is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035, but thousands of openings are expected each year as inspectors retire.")
T("fb-05", "career-site", "Fire inspectors earned a median of {a.median@24:o!2024} in May 2024, and the highest 10 percent earned more than {a.p90@24:o!2024}.")
T("fb-06", "career-site", "Building inspectors held about {b.oemp@24:o!2024} jobs in May 2024, and about {b.self@24:o!2024} were self-employed.")
T("fb-07", "forum", "per BLS fire investigators make {a.median*1.6~K:m}. I'm a deputy fire marshal with 12 years and I'm at $81,500")
T("fb-08", "career-site", "In California, building inspectors earn a median of about {b.median=<$104,000>:u}, and fire inspectors about {a.median=<$99,000>:u}.", place="California")
T("fb-09", "faq", "How many fire inspectors are there? About {a.oemp:c!2025} as of May 2025.", heading="FAQ")
T("fb-10", "bullets", "Building inspector:\n- Median pay: {b.median~hr:c}/hour\n- Self-employed: {b.self:c}\n- Jobs: {b.emp*3:m}")
NC("fb-n1", "ICC's residential building inspector exam (B1) has 60 questions and a 2-hour time limit.")
NC("fb-n2", "NFPA 1031 Fire Inspector I courses typically run 80 hours.")

P("Marine Engineer", "Ship Engineer")
T("ms-01", "ooh", "The median annual wage for marine engineers and naval architects was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ms-02", "comparison", "Don't confuse the two: marine engineers design ships in an office, ship engineers keep the engines running at sea. Pay is close — a median of {a.median~k:c} for marine engineers and naval architects, {b.median~k:c} for ship engineers — but ship engineers typically need a {b.edu=<postsecondary nondegree award>:c} and a Coast Guard license, while marine engineers need a {a.edu:c}.", heading="Marine Engineer vs. Ship Engineer: What's the Difference?")
T("ms-03", "ooh", "Employment of marine engineers and naval architects is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ms-04", "career-site", "Ship engineers earned a median of {b.median@24:o!2024} in May 2024, and {b.median@23:o!2023} the year before.")
T("ms-05", "career-site", "Ship engineers are a small group, and employment is projected to grow {b.pct:c!2035} through 2035.")
T("ms-06", "forum", "per BLS ship engineers make {b.median*0.6~k:m}?? a 3rd assistant on a tanker makes more than that in 6 months")
T("ms-07", "career-site", "In Virginia, naval architects at the Newport News shipyard earn a median of about {a.median=<$108,000>:u}.", place="Virginia")
T("ms-08", "frontmatter", "---\ntitle: \"Marine Engineer vs. Ship Engineer (2025 Guide)\"\nmarine_engineer_salary: \"{a.median@24:o}\"\nship_engineer_salary: \"{b.median@24:o}\"\n---")
T("ms-09", "faq", "How many marine engineers are there? About {a.oemp:c} work as marine engineers and naval architects, and they average {a.mean:c} a year.", heading="FAQ")
NC("ms-n1", "Kings Point and the six state maritime academies graduate about 1,000 licensed officers a year.")
NC("ms-n2", "My hitch is 75 days on, 75 off; I made $142,000 last year as a second engineer.")

P("Parking Enforcement Officer", "Crossing Guard")
T("pc-01", "ooh", "The median annual wage for parking enforcement workers was {a.median:c!2025} in May 2025.", heading="Pay")
T("pc-02", "comparison", "Both jobs keep city streets safe, but parking enforcement pays more: a median of {a.median~th:c} a year compared with {b.median~th:c} for crossing guards and flaggers. Parking officers usually need a {a.edu:c}; crossing guards need {b.edu=<no formal educational credential>:c}.", heading="Parking Enforcement Officer vs. Crossing Guard")
T("pc-03", "career-site", "Crossing guards and flaggers earned a median of {b.median@24:o!2024} in May 2024, and they held about {b.oemp@24:o!2024} jobs.")
T("pc-04", "career-site", "Parking enforcement employment was projected to decline {a.pct@24:o!2034} from 2024 to 2034, and the workers earned {a.median@24:o!2024} in May 2024.")
T("pc-05", "faq", "How much do crossing guards make an hour? About {b.median~hr:c} at the median; the highest 10 percent earn more than {b.p90~hr0:c} an hour.", heading="FAQ")
T("pc-06", "career-site", "In San Francisco, parking control officers earn about {a.median=<$82,000>:u}, among the highest in the country.", place="San Francisco")
T("pc-07", "forum", "per BLS crossing guards make {b.median*1.7~K:m} a year?? I do 2 hours a day for the school district at $15.75")
T("pc-08", "career-site", "About {b.open:c} openings for crossing guards and flaggers are projected each year, and the occupation had about {b.emp:c!2025} jobs in 2025.")
T("pc-09", "bullets", "Parking enforcement worker:\n- Average pay: {a.mean:c}\n- Jobs: {a.emp:c}\n- Openings per year: {a.open=<2,000>:m}")
NC("pc-n1", "Tickets for expired meters in Boston went from $25 to $40 in 2022.")
NC("pc-n2", "Flagger certification in Washington state is a 1-day class and is valid for 3 years.")

P("Forklift Operator", "Material Mover")
T("fo-01", "ooh", "The median annual wage for industrial truck and tractor operators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("fo-02", "ooh", "The median annual wage for hand laborers and freight, stock, and material movers was {b.median:c!2025} in May 2025.", heading="Pay")
T("fo-03", "comparison", "Forklift operators earn about $6,000 more than hand material movers: a median of {a.median~K:c} versus {b.median~K:c}. Neither job requires a degree — both typically need {a.edu=<no formal educational credential>:c}.", heading="Forklift Operator vs. Material Mover")
T("fo-04", "career-site", "Hand laborers and material movers are one of the largest occupations in the U.S., with about {b.emp~m2:c} jobs, and about {b.open:c} openings are projected each year.")
T("fo-05", "career-site", "Forklift operators earned a median of {a.median@24:o!2024} in May 2024, and the occupation was projected to grow {a.pct@24:o!2034} from 2024 to 2034.")
T("fo-06", "career-site", "Material movers earned a median of {b.median@23:o!2023} in May 2023, and employment was projected to grow {b.pct@24~pc:o!2034} through 2034.")
T("fo-07", "forum", "per BLS forklift drivers average {a.mean*1.6~k:m}. Amazon pays $21/hr here in 2024, so the BLS must be counting crane ops")
T("fo-08", "career-site", "In the Inland Empire, forklift operators earn about {a.median=<$23>~hr0:u} an hour, and warehouse material movers {b.median=<$20>~hr0:u}.", place="the Inland Empire")
T("fo-09", "faq", "How many forklift operators are there? About {a.oemp:c!2025} as of May 2025, and roughly {a.open:c} openings are projected each year.", heading="FAQ")
T("fo-10", "table", "| | Forklift Operator | Material Mover |\n|---|---|---|\n| Hourly median | {a.median~hr:c} | {b.median~hr:c} |\n| Avg. hourly | {a.mean~hr:c} | {b.mean~hr:c} |", heading="Hourly pay")
NC("fo-n1", "OSHA requires forklift certification every 3 years; our class is 4 hours and costs $79.")
NC("fo-n2", "Peak season runs from October to January, with $2/hr peak pay and mandatory 60-hour weeks.")

P("Adult Education Teacher", "Substitute Teacher")
T("as-01", "ooh", "The median annual wage for adult basic and secondary education and ESL teachers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("as-02", "comparison", "Adult education teachers and substitute teachers both usually need a {a.edu:c}, but adult ed pays much more: a median of {a.median~k:c} compared with {b.median~k:c} for short-term substitutes.", heading="Adult Education Teacher vs. Substitute Teacher")
T("as-03", "career-site", "Adult basic education and ESL jobs were projected to decline {a.pct@24:o!2034} from 2024 to 2034, and about {a.self@24:o} of these teachers were self-employed.")
T("as-04", "career-site", "Substitute teachers earned a median of {b.median@24:o!2024} in May 2024, and there were about {b.emp@24:o!2024} of them.")
T("as-05", "career-site", "About {b.open:c} openings for short-term substitute teachers are projected each year, and the occupation had about {b.emp:c!2025} jobs in 2025.")
T("as-06", "forum", "per BLS subs make {b.median*1.6~K:m} a year. I sub in Ohio for $110 a day, maybe 120 days a year. do the math")
T("as-07", "career-site", "In Texas, ESL instructors at community colleges earn a median of about {a.median=<$55,000>:u}.", place="Texas")
T("as-08", "faq", "How much do substitute teachers make per hour? About {b.median~hr:c} at the median, and the top 10% earn more than {b.p90:c} a year.", heading="FAQ")
T("as-09", "career-site", "About {a.self:c} of adult education teachers are self-employed, and the occupation held about {a.emp:c!2025} jobs in 2025.")
NC("as-n1", "Most districts pay substitutes a flat daily rate, with long-term subs moving to the teacher scale after 20 days.")
NC("as-n2", "Our TESOL certificate is 120 hours and costs $1,095.")

P("Instructional Coordinator", "Tutor")
T("it-01", "ooh", "The median annual wage for instructional coordinators was {a.median:c!2025} in May 2025.", heading="Pay")
T("it-02", "ooh", "Employment of tutors is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035. About {b.open:c} openings for tutors are projected each year, on average, over the decade.", heading="Job Outlook")
T("it-03", "comparison", "Instructional coordinators design curriculum; tutors work with students one on one. Coordinators typically need a {a.edu:c} and earn a median of {a.median:c}, while tutors need {b.edu=<some college, no degree>:c} and earn {b.median:c}.", heading="Instructional Coordinator vs. Tutor: What Are the Differences?")
T("it-04", "career-site", "About {b.self:c} of tutors are self-employed, and they earn an average of {b.mean~hr:c} an hour.")
T("it-05", "career-site", "Instructional coordinators earned a median of {a.median@24:o!2024} in May 2024 and held about {a.emp@24:o!2024} jobs.")
T("it-06", "career-site", "Tutor employment was projected to grow {b.pct@24:o!2034} from 2024 to 2034, and about {b.self@24:o} of tutors were self-employed.")
T("it-07", "forum", "per BLS tutors make {b.median*1.8~k:m} median lol. Wyzant takes 25% of my $60/hr")
T("it-08", "career-site", "In the Boston area, instructional coordinators earn a median of about {a.median=<$90,000>:u}, and private tutors often charge $80 an hour.", place="the Boston area")
T("it-09", "bullets", "Instructional coordinator:\n- Median pay: {a.median~hr:c}/hr\n- Job outlook: {a.pct:c}\n- Openings per year: {a.open:c}\n- Self-employed (2024): {a.self@24:o!2024}")
T("it-10", "faq", "Do instructional coordinators make good money? Most earn between {a.range~_and:c}, and the average is {a.mean*1.4~K:m}.", heading="FAQ")
NC("it-n1", "Our instructional design certificate is 6 courses, fully online, $3,600.")
NC("it-n2", "SAT tutoring packages start at $1,200 for 10 sessions.")

P("Tour Guide", "Concierge")
T("tc-01", "ooh", "The median annual wage for tour and travel guides was {a.median:c!2025} in May 2025.", heading="Pay")
T("tc-02", "comparison", "Tour guides and concierges both help travelers, and they earn almost exactly the same: a median of {a.median~th:c} for guides and {b.median~th:c} for concierges. Both typically need a {a.edu:c}.", heading="Tour Guide vs. Concierge")
T("tc-03", "ooh", "Employment of tour and travel guides is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("tc-04", "career-site", "Concierge employment is projected to grow {b.pct:c} over the decade, {b.desc=<about as fast as average>:c}, and about {b.self:c} of concierges are self-employed.")
T("tc-05", "career-site", "Tour guides earned a median of {a.median@24:o!2024} in May 2024, and employment was projected to grow {a.pct@24~pc:o!2034} from 2024 to 2034, {a.desc=<much faster than the average>:o!2034}.")
T("tc-06", "forum", "per BLS concierges make {b.median*1.6~k:m}. maybe at the Ritz with tips. I'm at a Marriott in Orlando at $17.25")
T("tc-07", "career-site", "In New Orleans, tour guides earn about {a.median=<$36,000>:u}, plus tips.", place="New Orleans")
T("tc-08", "career-site", "Concierges earned a median of {b.median@24:o!2024} in May 2024, and held about {b.emp@24:o!2024} jobs.")
T("tc-09", "faq", "How much do tour guides make an hour? About {a.median~hr:c} at the median, and the highest 10 percent earn more than {a.p90~K:c} a year.", heading="FAQ")
NC("tc-n1", "Licensed New York City sightseeing guides must pass a 150-question exam; the license fee is $100.")
NC("tc-n2", "Les Clefs d'Or membership requires 5 years of hotel experience, 3 of them as a concierge.")

P("Animal Control Worker", "Game Warden")
T("aw-01", "ooh", "The median annual wage for animal control workers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("aw-02", "comparison", "Animal control officers and game wardens both enforce laws about animals, but wardens are sworn officers and earn far more: a median of {b.median:c} compared with {a.median:c}. Game wardens typically need a {b.edu:c}.", heading="Animal Control Worker vs. Game Warden")
T("aw-03", "career-site", "Game wardens earned a median of {b.median@24:o!2024} in May 2024 and {b.median@23:o!2023} in May 2023.")
T("aw-04", "career-site", "Fish and game warden employment was projected to decline {b.pct@24:o!2034} from 2024 to 2034; there were about {b.emp@24:o!2024} wardens in 2024.")
T("aw-05", "career-site", "Animal control workers earned a median of {a.median@23:o!2023} in May 2023, and about {a.self:c} are self-employed today.")
T("aw-06", "forum", "per BLS game wardens make {b.median*1.5~K:m} and it's growing {b.pct=<8%>:m}. in my state there were 3 openings and 900 applicants")
T("aw-07", "career-site", "In Alaska, wildlife troopers earn a median of about {b.median=<$92,000>:u}.", place="Alaska")
T("aw-08", "faq", "How many animal control workers are there? About {a.emp:c!2025} in 2025, and about {a.open:c} openings are projected each year.", heading="FAQ")
T("aw-09", "bullets", "Game warden:\n- Median salary: {b.median~K:c}\n- Average hourly: {b.mean~hr:c}\n- Jobs: {b.oemp:c}")
NC("aw-n1", "Our state's game warden academy is 26 weeks, followed by 12 weeks of field training.")
NC("aw-n2", "Rabies vaccine for dogs is required at 4 months and every 1 to 3 years after.")

P("Sterile Processing Technician", "Medical Equipment Repairer")
T("sm-01", "ooh", "The median annual wage for medical equipment preparers was {a.median:c!2025} in May 2025.", heading="Pay")
T("sm-02", "comparison", "Sterile processing techs clean and sterilize surgical instruments; biomedical equipment technicians (BMETs) repair the machines. BMETs earn a median of {b.median~k:c}, sterile processing techs {a.median~k:c}, and BMETs typically need an {b.edu:c}.", heading="Sterile Processing Technician vs. Medical Equipment Repairer")
T("sm-03", "ooh", "Employment of medical equipment preparers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for medical equipment preparers are projected each year, on average, over the decade.", heading="Job Outlook")
T("sm-04", "nursing", "Sterile processing techs (SPTs) earned a median of {a.median@24:o!2024} in May 2024, and the field was projected to grow {a.pct@24~pc:o!2034} from 2024 to 2034.")
T("sm-05", "career-site", "Medical equipment repairers earned a median of {b.median@24:o!2024} in May 2024, and about {b.open@24:o!2034} openings a year were projected through 2034.")
T("sm-06", "forum", "per BLS SPD techs make {a.median*1.6~k:m}. CRCST certified, 4 years in, $22.40/hr at a level 1 trauma center")
T("sm-07", "career-site", "In Minnesota, sterile processing technicians earn a median of about {a.median=<$52,000>:u}, and BMETs around {b.median=<$66,000>:u}.", place="Minnesota")
T("sm-08", "faq", "How much do sterile processing technicians make an hour? The median is {a.median~hr:c}, and the top 10% earn over {a.p90:c} a year.", heading="FAQ")
T("sm-09", "bullets", "BMET quick facts:\n- Median pay: {b.median:c}\n- Jobs: {b.emp:c}\n- Openings per year: {b.open:c}")
T("sm-10", "career-site", "About {a.self:c} of sterile processing technicians are self-employed, and they held about {a.emp:c!2025} jobs in 2025.")
NC("sm-n1", "The CRCST exam costs $125 and requires 400 hours of hands-on experience within 6 months of passing.")
NC("sm-n2", "An autoclave cycle at 270°F runs 4 minutes, plus drying time.")

# ---------------------------------------------------------------- second pass: wrong figures, places, front matter, odd periods
P("Genetic Counselor", "Nurse Midwife")
T("gm-11", "nursing", "Are CNMs in demand? BLS projects nurse midwife jobs to grow {b.pct=<25%>:m} nationally, though midwives typically need a {b.edu=<doctoral degree>:m}.", heading="Are Nurse Midwives in Demand?")
T("gm-12", "nursing", "In Oregon, nurse midwives earn about {b.median=<$150,000>:u} a year.", place="Oregon")
P("Medical Secretary", "Legal Secretary")
T("ml-11", "frontmatter", "---\ntitle: \"Medical Secretary vs. Legal Secretary: Pay and Outlook\"\nmedical_secretary_salary: \"{a.median@24:o}\"\nlegal_secretary_salary: \"{b.median*1.4:m}\"\nupdated: 2025-06-02\n---")
P("Payroll Clerk", "Billing Clerk")
T("pb-10", "career-site", "In the Dallas–Fort Worth metro area, payroll clerks earn about {a.median=<$4,700>~mo:u} a month, and billing clerks about {b.median=<$3,900>~mo:u}.", place="the Dallas–Fort Worth metro area")
T("pb-11", "career-site", "Billing clerks typically need a {b.edu=<bachelor's degree>:m}, and about {b.self=<10%>:m} are self-employed.")
P("Proofreader", "Desktop Publisher")
T("pd-10", "forum", "per BLS desktop publishing jobs will grow {b.pct=<10%>:m!2035} by 2035 and median pay is {b.median*1.5~K:m}. that doesn't match anything I've seen since print died")
P("Fashion Designer", "Tailor")
T("ft-10", "career-site", "Tailors make about {b.median~wk:c} a week at the median, or {b.median~mo:c} a month.")
T("ft-11", "career-site", "In Los Angeles, custom tailors who work for film costume shops can make {b.median=<$1,000>~wk:u} a week.", place="Los Angeles")
P("Animator", "Fine Artist")
T("af-10", "frontmatter", "---\ntitle: Animator vs. Fine Artist\nanimator_pay: \"{a.median~k:c}\"\nfine_artist_pay: \"{b.median*1.5~k:m}\"\nanimator_outlook: \"{a.pct=<16%>:m}\"\n---")
P("Floral Designer", "Merchandise Displayer")
T("fd-10", "career-site", "In Ohio, merchandise displayers earn about {b.median=<$36,000>:u}, and the state has about {b.emp=<5,800>:u} of them.", place="Ohio")
T("fd-11", "forum", "BLS says floral designers need a {a.edu=<bachelor's degree>:m} and there are {a.emp*3:m} of us. news to me, I learned at my aunt's shop")
P("Jeweler", "Watch Repairer")
T("jw-11", "faq", "Is watch repair a dying trade? Not quite: watch repairers earn {b.median~hr0:c} an hour at the median, and about {b.self=<40%>:m} work for themselves, per BLS.", heading="Watch repair FAQ")
P("Locksmith", "Security System Installer")
T("ls-11", "career-site", "In Florida, locksmiths earn a median of about {a.median=<$47,000>:u}, and the Miami metro area employs about {a.emp=<1,200>:u} of them.", place="Florida")
P("Glazier", "Insulation Installer")
T("gi-10", "career-site", "Insulation installers typically need a {b.edu=<high school diploma>:m} and about {b.self=<15%>:m} are self-employed, according to the BLS.")
P("Concrete Finisher", "Paving Equipment Operator")
T("cp-10", "career-site", "In Arizona, cement masons earn a median of {a.median=<$52,500>:u}, and paving operators in Phoenix about {b.median=<$24.10>~hr:u} an hour.", place="Arizona", own_place={1: "Phoenix"})
T("cp-11", "forum", "per BLS concrete finishers are projected to grow {a.pct=<12%>:m} and there are {a.emp*0.5:m} of them. sounds low on the headcount")
P("Fence Erector", "Highway Maintenance Worker")
T("fh-10", "frontmatter", "---\ntitle: \"Fence Erector vs. Highway Maintenance Worker\"\nfence_erector_salary: \"{a.median@23:o}\"\nhighway_worker_salary: \"{b.median@23:o}\"\n---")
P("Hazardous Materials Removal Worker", "Septic Tank Servicer")
T("hs-10", "career-site", "In Louisiana, hazmat removal workers earn about {a.median=<$24>~hr0:u} an hour, and septic servicers {b.median=<$21>~hr0:u}.", place="Louisiana")
P("Pest Control Worker", "Pesticide Applicator")
T("pa-10", "career-site", "Pesticide applicators are projected to grow {b.pct=<14%>:m!2035} through 2035, and they earn an average of {b.mean*1.4~K:m}.")
P("Tree Trimmer", "Landscaper")
T("tl-11", "career-site", "In Oregon, landscapers earn about {b.median=<$42,000>:u}, and tree trimmers around {a.median=<$55,000>:u}.", place="Oregon")
P("Farm Equipment Mechanic", "Mobile Heavy Equipment Mechanic")
T("fm-11", "forum", "BLS has heavy equipment mechanics at {b.pct=<20%>:m} growth and {b.emp*2:m} jobs. where, because my dealer can't hire anyone")
P("Appliance Repairer", "Computer Repair Technician")
T("ac-11", "career-site", "Computer repair technicians typically need a {b.edu=<bachelor's degree>:m}, and the field is projected to grow {b.pct=<8%>:m}.")
P("Geographer", "Cartographer")
T("gc-10", "career-site", "In Colorado, cartographers and photogrammetrists earn a median of about {b.median=<$84,000>:u}, and Denver has about {b.emp=<600>:u} of them.", place="Colorado")
P("Anthropologist", "Historian")
T("ah-10", "frontmatter", "---\ntitle: \"Anthropologist vs. Historian\"\nanthropologist_salary: \"{a.median@24:o}\"\nhistorian_salary: \"{b.median@24:o}\"\n---")
P("Soil Scientist", "Animal Scientist")
T("sa-10", "career-site", "In Texas, animal scientists earn about {b.median=<$66,000>:u}; Texas A&M alone employs dozens.", place="Texas")
P("Civil Engineering Technician", "Drafter")
T("cd-11", "career-site", "Drafters typically need a {b.edu=<bachelor's degree>:m} today, and they average {b.mean*1.45~K:m} a year.")
P("Electro-Mechanical Technician", "Mechanical Engineering Technician")
T("em-10", "career-site", "In Ohio, electro-mechanical technicians earn about {a.median=<$33.50>~hr:u} an hour.", place="Ohio")
P("Health and Safety Engineer", "Environmental Engineer")
T("he-10", "forum", "per BLS environmental engineers need a {b.edu=<master's degree>:m} and make {b.median*1.5~k:m}. got my BS and I'm at $71k in year 2")
P("Fire Inspector", "Building Inspector")
T("fb-11", "career-site", "In the Phoenix metro area, building inspectors earn about {b.median=<$71,000>:u}, and fire inspectors about {a.median=<$78,000>:u}.", place="the Phoenix metro area")
P("Marine Engineer", "Ship Engineer")
T("ms-10", "career-site", "Marine engineers and naval architects are projected to grow {a.pct=<2%>:m!2035} through 2035, and there are about {a.emp*2.5:m} of them.")
P("Parking Enforcement Officer", "Crossing Guard")
T("pc-10", "career-site", "In Chicago, parking enforcement aides earn about {a.median=<$27>~hr0:u} an hour.", place="Chicago")
P("Forklift Operator", "Material Mover")
T("fo-11", "frontmatter", "---\ntitle: Forklift Operator vs. Material Mover (Salary Guide)\nforklift_operator_pay: \"{a.median*1.5:m}\"\nmaterial_mover_pay: \"{b.median:c}\"\n---")
P("Adult Education Teacher", "Substitute Teacher")
T("as-10", "career-site", "Adult education teachers are projected to grow {a.pct=<9%>:m} over the decade, according to the BLS, and they average {a.mean*0.6~K:m}.")
P("Instructional Coordinator", "Tutor")
T("it-11", "career-site", "In California, tutors charge about $30 an hour on average, and instructional coordinators earn {a.mean=<$91,000>:u}.", place="California")
P("Tour Guide", "Concierge")
T("tc-10", "career-site", "Concierges typically need a {b.edu=<bachelor's degree>:m}, and about {b.self=<12%>:m} of them are self-employed.")
P("Animal Control Worker", "Game Warden")
T("aw-10", "career-site", "In Texas, game wardens earn a median of about {b.median=<$70,000>:u}, and animal control officers in Houston about {a.median=<$21>~hr0:u} an hour.", place="Texas", own_place={1: "Houston"})
P("Sterile Processing Technician", "Medical Equipment Repairer")
T("sm-11", "forum", "per BLS BMETs need a {b.edu=<bachelor's degree>:m} and the field is growing {b.pct=<30%>:m}. I got in with an AAS and 4 years as an Army biomed tech")

# ---------------------------------------------------------------- third pass: old projection periods, ranges, pronouns
P("Legal Secretary", "Medical Secretary", roles=("Medical Secretary", "Legal Secretary"))
T("ml-12", "career-site", "What do legal secretaries do all day? They prepare filings, manage calendars and bill clients' time. These workers earned between {a.range@24~_and:o!2024} in May 2024, and their employment was projected to fall {a.pct=<5%>:o!2033} from 2023 to 2033.")
P("Payroll Clerk", "Billing Clerk")
T("pb-12", "career-site", "Payroll clerks in the middle 50% earn {a.mid~k_dash:c}, while billing clerks' 75th percentile is {b.p75:c} and their 25th percentile {b.p25:c}.")
P("Fashion Designer", "Tailor")
T("ft-12", "career-site", "Fashion designer jobs were projected to grow {a.pct@24:o!2034} from 2024 to 2034, and tailoring jobs were projected to decline {b.pct@24:o!2034} over the same period.")
P("Animator", "Fine Artist")
T("af-11", "career-site", "How much do animators make? Most earn {a.range~k_dash:c}, and the 75th percentile is {a.p75~K:c}. They held about {a.emp:c!2025} jobs in 2025.", heading="How Much Do Animators Make?")
P("Locksmith", "Security System Installer")
T("ls-12", "trade", "Locksmith employment was projected to decline {a.pct=<2%>:o!2033} from 2023 to 2033, and locksmiths earned {a.median@23:o!2023} at the median in May 2023.")
P("Tree Trimmer", "Landscaper")
T("tl-12", "career-site", "Landscapers earned anywhere from {b.range@24~_asmuch:o!2024} a year in 2024, and employment was projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034.")
P("Geographer", "Cartographer")
T("gc-11", "career-site", "Cartographers earned between {b.range@23~_and:o!2023} in May 2023, and the 2023–33 projections called for {b.pct=<5%>:o!2033} growth.")
P("Civil Engineering Technician", "Drafter")
T("cd-12", "career-site", "These technicians typically earn {a.range~k_dash:c}, and they typically need an {a.edu:c}. Civil engineering technician employment was projected to grow {a.pct=<1%>:o!2033} from 2023 to 2033.")
P("Health and Safety Engineer", "Environmental Engineer")
T("he-11", "faq", "Are environmental engineers in demand? Employment was projected to grow {b.pct=<7%>:o!2033} from 2023 to 2033, and about {b.open@24:o!2034} openings a year were projected through 2034.", heading="Are Environmental Engineers in Demand?")
P("Fire Inspector", "Building Inspector")
T("fb-12", "career-site", "Building inspectors earned between {b.range@24~_and:o!2024} in May 2024, and fire inspectors between {a.range@24~_and:o!2024}.")
P("Forklift Operator", "Material Mover")
T("fo-12", "career-site", "Forklift operators held about {a.oemp@24:o!2024} jobs in May 2024, and material movers about {b.oemp@24~m2:o!2024}; both occupations were projected to grow {a.pct=<4%>:o!2033} from 2023 to 2033.")
P("Instructional Coordinator", "Tutor")
T("it-12", "career-site", "Tutors earned a median of {b.median@23:o!2023} in May 2023, and instructional coordinators {a.median@23:o!2023}; coordinator jobs were projected to grow {a.pct=<2%>:o!2033} from 2023 to 2033.")
P("Sterile Processing Technician", "Medical Equipment Repairer")
T("sm-12", "career-site", "BMETs earned between {b.range@24~_and:o!2024} in May 2024, and medical equipment repairer employment was projected to grow {b.pct@24:o!2034} from 2024 to 2034.")

OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout9:\n  " + "\n  ".join(errs))
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
