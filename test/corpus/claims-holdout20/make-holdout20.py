#!/usr/bin/env python3
"""Generate claims-holdout20 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (the result with the SOC meant):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement, or on a token left unrendered ("{a." / "{b.").
Machinery from holdout8's generator. Run: python3 make-holdout20.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"crna": {"query": "CRNA", "soc": "29-1151", "title": "Nurse Anesthetists", "oews2025": {"mean": 248320, "median": 236590, "p10": 155250, "p25": 206730, "p75": 294350, "p90": 339500, "hourlyMean": 119.38, "employment": 51840}, "oews2024": {"mean": 231700, "median": 223210, "p10": 137230, "p25": 187110, "hourlyMean": 111.39, "employment": 50350}, "oews2023": {"mean": 214200, "median": 212650, "p10": 139980, "p25": 180840, "hourlyMean": 102.98, "employment": 47810}, "ep2025": {"changePercent": 9.7, "changeNumeric": 5.3, "openingsPerYear": 2.4, "employmentBase": 54.5, "education": "Master's degree", "selfEmployedPercent": 2.8}, "ep2024": {"changePercent": 8.6, "changeNumeric": 4.6, "openingsPerYear": 2.7, "employmentBase": 53.8, "education": "Master's degree", "selfEmployedPercent": 3.9}},
"cnm": {"query": "Certified Nurse Midwife (CNM)", "soc": "29-1161", "title": "Nurse Midwives", "oews2025": {"mean": 136980, "median": 134040, "p10": 93620, "p25": 116510, "p75": 157400, "p90": 188320, "hourlyMean": 65.86, "employment": 7920}, "oews2024": {"mean": 128110, "median": 128790, "p10": 74670, "p25": 104260, "p75": 146520, "p90": 177040, "hourlyMean": 61.59, "employment": 8280}, "oews2023": {"mean": 131570, "median": 129650, "p10": 87320, "p25": 110000, "p75": 146770, "p90": 177530, "hourlyMean": 63.26, "employment": 6960}, "ep2025": {"changePercent": 11.5, "changeNumeric": 0.9, "openingsPerYear": 0.4, "employmentBase": 8.2, "education": "Master's degree", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 11.1, "changeNumeric": 0.9, "openingsPerYear": 0.5, "employmentBase": 8.6, "education": "Master's degree", "selfEmployedPercent": 1}},
"slp": {"query": "SLP", "soc": "29-1127", "title": "Speech-Language Pathologists", "oews2025": {"mean": 98170, "median": 97870, "p10": 62900, "p25": 77730, "p75": 114570, "p90": 134160, "hourlyMean": 47.2, "employment": 183390}, "oews2024": {"mean": 95840, "median": 95410, "p10": 60480, "p25": 75310, "p75": 112510, "p90": 132850, "hourlyMean": 46.08, "employment": 178790}, "oews2023": {"mean": 92630, "median": 89290, "p10": 57910, "p25": 71140, "p75": 107710, "p90": 129930, "hourlyMean": 44.53, "employment": 172100}, "ep2025": {"changePercent": 16.6, "changeNumeric": 32.1, "openingsPerYear": 12.5, "employmentBase": 193.4, "education": "Master's degree", "selfEmployedPercent": 4.5}, "ep2024": {"changePercent": 15, "changeNumeric": 28.2, "openingsPerYear": 13.3, "employmentBase": 187.4, "education": "Master's degree", "selfEmployedPercent": 3.3}},
"aud": {"query": "Audiologist (AuD)", "soc": "29-1181", "title": "Audiologists", "oews2025": {"mean": 97740, "median": 95780, "p10": 64610, "p25": 79340, "p75": 111300, "p90": 133120, "hourlyMean": 46.99, "employment": 13660}, "oews2024": {"mean": 95320, "median": 92120, "p10": 61930, "p25": 76440, "p75": 109330, "p90": 129830, "hourlyMean": 45.83, "employment": 14730}, "oews2023": {"mean": 92620, "median": 87740, "p10": 56090, "p25": 74440, "p75": 105480, "p90": 124800, "hourlyMean": 44.53, "employment": 13880}, "ep2025": {"changePercent": 11, "changeNumeric": 1.6, "openingsPerYear": 0.6, "employmentBase": 14.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 2.2}, "ep2024": {"changePercent": 9.5, "changeNumeric": 1.5, "openingsPerYear": 0.7, "employmentBase": 15.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.4}},
"phleb": {"query": "Phlebotomy Tech", "soc": "31-9097", "title": "Phlebotomists", "oews2025": {"mean": 45520, "median": 45230, "p10": 35780, "p25": 38190, "p75": 48930, "p90": 58780, "hourlyMean": 21.88, "employment": 143540}, "oews2024": {"mean": 44390, "median": 43660, "p10": 34860, "p25": 37540, "p75": 48170, "p90": 57750, "hourlyMean": 21.34, "employment": 138880}, "oews2023": {"mean": 43130, "median": 41810, "p10": 33310, "p25": 36720, "p75": 47410, "p90": 55330, "hourlyMean": 20.74, "employment": 137080}, "ep2025": {"changePercent": 6.8, "changeNumeric": 9.8, "openingsPerYear": 18, "employmentBase": 143.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.6, "changeNumeric": 7.9, "openingsPerYear": 18.4, "employmentBase": 139.7, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"pharm": {"query": "Pharm Tech", "soc": "29-2052", "title": "Pharmacy Technicians", "oews2025": {"mean": 46620, "median": 45750, "p10": 36020, "p25": 37850, "p75": 49990, "p90": 61040, "hourlyMean": 22.41, "employment": 471680}, "oews2024": {"mean": 44800, "median": 43460, "p10": 35100, "p25": 36920, "p75": 48580, "p90": 59450, "hourlyMean": 21.54, "employment": 487920}, "oews2023": {"mean": 43330, "median": 40300, "p10": 32720, "p25": 36290, "p75": 47680, "p90": 57130, "hourlyMean": 20.83, "employment": 460280}, "ep2025": {"changePercent": 6.4, "changeNumeric": 30.1, "openingsPerYear": 44.7, "employmentBase": 471.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 6.4, "changeNumeric": 31.5, "openingsPerYear": 49, "employmentBase": 490.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"surg": {"query": "Surgical Technologist", "soc": "29-2055", "title": "Surgical Technologists", "oews2025": {"mean": 68710, "median": 64650, "p10": 45940, "p25": 54690, "p75": 79750, "p90": 96940, "hourlyMean": 33.03, "employment": 117460}, "oews2024": {"mean": 65810, "median": 62830, "p10": 43290, "p25": 51740, "p75": 77140, "p90": 90700, "hourlyMean": 31.64, "employment": 113890}, "oews2023": {"mean": 62250, "median": 60610, "p10": 40640, "p25": 49940, "p75": 72520, "p90": 83150, "hourlyMean": 29.93, "employment": 110320}, "ep2025": {"changePercent": 5, "changeNumeric": 5.9, "openingsPerYear": 7.1, "employmentBase": 118.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 4.5, "changeNumeric": 5.2, "openingsPerYear": 7, "employmentBase": 115.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.1}},
"vet": {"query": "Vet Tech", "soc": "29-2056", "title": "Veterinary Technologists and Technicians", "oews2025": {"mean": 49120, "median": 47380, "p10": 35710, "p25": 38910, "p75": 57650, "p90": 63180, "hourlyMean": 23.61, "employment": 129140}, "oews2024": {"mean": 46280, "median": 45980, "p10": 32120, "p25": 37390, "p75": 50960, "p90": 60880, "hourlyMean": 22.25, "employment": 131320}, "oews2023": {"mean": 44040, "median": 43740, "p10": 30180, "p25": 36340, "p75": 48900, "p90": 59310, "hourlyMean": 21.18, "employment": 122000}, "ep2025": {"changePercent": 9.4, "changeNumeric": 12.3, "openingsPerYear": 13.4, "employmentBase": 131.4, "education": "Associate's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 9.1, "changeNumeric": 12.2, "openingsPerYear": 14.3, "employmentBase": 134.2, "education": "Associate's degree", "selfEmployedPercent": 1.2}},
"medic": {"query": "Paramedic", "soc": "29-2043", "title": "Paramedics", "oews2025": {"mean": 63360, "median": 60600, "p10": 44230, "p25": 49660, "p75": 73470, "p90": 84850, "hourlyMean": 30.46, "employment": 100610}, "oews2024": {"mean": 60610, "median": 58410, "p10": 40130, "p25": 47920, "p75": 68420, "p90": 82420, "hourlyMean": 29.14, "employment": 99530}, "oews2023": {"mean": 57450, "median": 53180, "p10": 38520, "p25": 45990, "p75": 64370, "p90": 79430, "hourlyMean": 27.62, "employment": 98770}, "ep2025": {"changePercent": 5.7, "changeNumeric": 5.8, "openingsPerYear": 4.3, "employmentBase": 102.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 5, "changeNumeric": 5.1, "openingsPerYear": 4.9, "employmentBase": 101.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"disp": {"query": "911 Dispatcher", "soc": "43-5031", "title": "Public Safety Telecommunicators", "oews2025": {"mean": 56740, "median": 53040, "p10": 37320, "p25": 45210, "p75": 64260, "p90": 79830, "hourlyMean": 27.28, "employment": 102500}, "oews2024": {"mean": 54800, "median": 50730, "p10": 35640, "p25": 42140, "p75": 62840, "p90": 78110, "hourlyMean": 26.35, "employment": 101140}, "oews2023": {"mean": 52140, "median": 48890, "p10": 33490, "p25": 39560, "p75": 61460, "p90": 75910, "hourlyMean": 25.07, "employment": 97820}, "ep2025": {"changePercent": 3.7, "changeNumeric": 3.9, "openingsPerYear": 9, "employmentBase": 105.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 3.5, "changeNumeric": 3.6, "openingsPerYear": 10.7, "employmentBase": 105.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"lmt": {"query": "LMT", "soc": "31-9011", "title": "Massage Therapists", "oews2025": {"mean": 63830, "median": 58450, "p10": 33640, "p25": 43480, "p75": 78320, "p90": 100200, "hourlyMean": 30.69, "employment": 98790}, "oews2024": {"mean": 63430, "median": 57950, "p10": 33280, "p25": 44870, "p75": 77170, "p90": 97450, "hourlyMean": 30.5, "employment": 96040}, "oews2023": {"mean": 62560, "median": 55310, "p10": 32240, "p25": 41600, "p75": 74970, "p90": 95700, "hourlyMean": 30.08, "employment": 92650}, "ep2025": {"changePercent": 15.3, "changeNumeric": 23.7, "openingsPerYear": 20.4, "employmentBase": 155.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 35.6}, "ep2024": {"changePercent": 15.4, "changeNumeric": 25.9, "openingsPerYear": 24.7, "employmentBase": 168, "education": "Postsecondary nondegree award", "selfEmployedPercent": 41.9}},
"chiro": {"query": "Chiropractor (DC)", "soc": "29-1011", "title": "Chiropractors", "oews2025": {"mean": 90520, "median": 79200, "p10": 43460, "p25": 60070, "p75": 105050, "p90": 146080, "hourlyMean": 43.52, "employment": 39630}, "oews2024": {"mean": 91830, "median": 79000, "p10": 44780, "p25": 59320, "p75": 104000, "p90": 149990, "hourlyMean": 44.15, "employment": 37630}, "oews2023": {"mean": 89760, "median": 76530, "p10": 39960, "p25": 57980, "p75": 101930, "p90": 142580, "hourlyMean": 43.15, "employment": 41480}, "ep2025": {"changePercent": 8.7, "changeNumeric": 5.3, "openingsPerYear": 2.6, "employmentBase": 61.7, "education": "Doctoral or professional degree", "selfEmployedPercent": 36.3}, "ep2024": {"changePercent": 9.5, "changeNumeric": 5.4, "openingsPerYear": 2.8, "employmentBase": 57.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 34.7}},
"mft": {"query": "MFT", "soc": "21-1013", "title": "Marriage and Family Therapists", "oews2025": {"mean": 76960, "median": 66940, "p10": 44650, "p25": 50070, "p75": 93840, "p90": 123730, "hourlyMean": 37, "employment": 66740}, "oews2024": {"mean": 72720, "median": 63780, "p10": 42610, "p25": 48600, "p75": 85020, "p90": 111610, "hourlyMean": 34.96, "employment": 65870}, "oews2023": {"mean": 68730, "median": 58510, "p10": 39090, "p25": 45250, "p75": 78440, "p90": 104710, "hourlyMean": 33.04, "employment": 63340}, "ep2025": {"changePercent": 13.5, "changeNumeric": 10.3, "openingsPerYear": 6.9, "employmentBase": 76.3, "education": "Master's degree", "selfEmployedPercent": 10.9}, "ep2024": {"changePercent": 12.6, "changeNumeric": 9.8, "openingsPerYear": 7.7, "employmentBase": 77.8, "education": "Master's degree", "selfEmployedPercent": 12.8}},
"couns": {"query": "School Counselor", "soc": "21-1012", "title": "Educational, Guidance, and Career Counselors and Advisors", "oews2025": {"mean": 71430, "median": 64330, "p10": 45020, "p25": 51270, "p75": 82870, "p90": 104770, "hourlyMean": 34.34, "employment": 353310}, "oews2024": {"mean": 71520, "median": 65140, "p10": 43580, "p25": 51690, "p75": 83490, "p90": 105870, "hourlyMean": 34.38, "employment": 342350}, "oews2023": {"mean": 66990, "median": 61710, "p10": 40140, "p25": 48760, "p75": 78780, "p90": 100050, "hourlyMean": 32.21, "employment": 327660}, "ep2025": {"changePercent": 2.9, "changeNumeric": 11.4, "openingsPerYear": 27.8, "employmentBase": 389.5, "education": "Master's degree", "selfEmployedPercent": 0.6}, "ep2024": {"changePercent": 3.5, "changeNumeric": 13.3, "openingsPerYear": 31, "employmentBase": 376.3, "education": "Master's degree", "selfEmployedPercent": 0.6}},
"millw": {"query": "Millwright", "soc": "49-9044", "title": "Millwrights", "oews2025": {"mean": 69780, "median": 65700, "p10": 46290, "p25": 56390, "p75": 81500, "p90": 93600, "hourlyMean": 33.55, "employment": 40330}, "oews2024": {"mean": 68640, "median": 65170, "p10": 45100, "p25": 55420, "p75": 80580, "p90": 93740, "hourlyMean": 33, "employment": 40660}, "oews2023": {"mean": 64310, "median": 62980, "p10": 43160, "p25": 51530, "p75": 76380, "p90": 82700, "hourlyMean": 30.92, "employment": 37930}, "ep2025": {"changePercent": 0.9, "changeNumeric": 0.4, "openingsPerYear": 3.2, "employmentBase": 40.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 3.6, "employmentBase": 41.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"line": {"query": "Journeyman Lineman", "soc": "49-9051", "title": "Electrical Power-Line Installers and Repairers", "oews2025": {"mean": 91970, "median": 95320, "p10": 51470, "p25": 67270, "p75": 109740, "p90": 128690, "hourlyMean": 44.22, "employment": 131070}, "oews2024": {"mean": 90110, "median": 92560, "p10": 50020, "p25": 65740, "p75": 107940, "p90": 126610, "hourlyMean": 43.32, "employment": 123680}, "oews2023": {"mean": 85900, "median": 85420, "p10": 48220, "p25": 63120, "p75": 104230, "p90": 119920, "hourlyMean": 41.3, "employment": 120170}, "ep2025": {"changePercent": 10.3, "changeNumeric": 13.6, "openingsPerYear": 10.9, "employmentBase": 131.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 6.6, "changeNumeric": 8.4, "openingsPerYear": 10.7, "employmentBase": 127.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.4}},
"diesel": {"query": "Diesel Tech", "soc": "49-3031", "title": "Bus and Truck Mechanics and Diesel Engine Specialists", "oews2025": {"mean": 64320, "median": 61770, "p10": 44530, "p25": 50540, "p75": 75470, "p90": 88740, "hourlyMean": 30.92, "employment": 289960}, "oews2024": {"mean": 62480, "median": 60640, "p10": 41670, "p25": 49240, "p75": 73690, "p90": 85980, "hourlyMean": 30.04, "employment": 287230}, "oews2023": {"mean": 59920, "median": 58970, "p10": 39020, "p25": 47730, "p75": 70470, "p90": 82430, "hourlyMean": 28.81, "employment": 285030}, "ep2025": {"changePercent": 3.6, "changeNumeric": 11.4, "openingsPerYear": 24.4, "employmentBase": 316, "education": "High school diploma or equivalent", "selfEmployedPercent": 5.9}, "ep2024": {"changePercent": 2.4, "changeNumeric": 7.8, "openingsPerYear": 26.5, "employmentBase": 319.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.8}},
"auto": {"query": "Auto Tech", "soc": "49-3023", "title": "Automotive Service Technicians and Mechanics", "oews2025": {"mean": 56420, "median": 50620, "p10": 34660, "p25": 38900, "p75": 70430, "p90": 81790, "hourlyMean": 27.13, "employment": 704640}, "oews2024": {"mean": 55260, "median": 49670, "p10": 33660, "p25": 38140, "p75": 65660, "p90": 80850, "hourlyMean": 26.57, "employment": 688840}, "oews2023": {"mean": 51940, "median": 47770, "p10": 30600, "p25": 36910, "p75": 62310, "p90": 77630, "hourlyMean": 24.97, "employment": 676570}, "ep2025": {"changePercent": 5, "changeNumeric": 40.9, "openingsPerYear": 66.2, "employmentBase": 825.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": 14.6}, "ep2024": {"changePercent": 4.2, "changeNumeric": 33.6, "openingsPerYear": 70, "employmentBase": 805.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 13.8}},
"prodsup": {"query": "Production Supervisor", "soc": "51-1011", "title": "First-Line Supervisors of Production and Operating Workers", "oews2025": {"mean": 76600, "median": 74450, "p10": 47130, "p25": 58630, "p75": 91680, "p90": 108750, "hourlyMean": 36.83, "employment": 673430}, "oews2024": {"mean": 74540, "median": 71190, "p10": 45790, "p25": 56330, "p75": 86770, "p90": 106960, "hourlyMean": 35.84, "employment": 685140}, "oews2023": {"mean": 71730, "median": 65930, "p10": 43540, "p25": 52000, "p75": 82680, "p90": 103780, "hourlyMean": 34.48, "employment": 671160}, "ep2025": {"changePercent": 1.8, "changeNumeric": 12.4, "openingsPerYear": 61, "employmentBase": 679.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 1.2, "changeNumeric": 8.3, "openingsPerYear": 67.7, "employmentBase": 698.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}},
"qc": {"query": "QC Inspector", "soc": "51-9061", "title": "Inspectors, Testers, Sorters, Samplers, and Weighers", "oews2025": {"mean": 53450, "median": 48570, "p10": 35510, "p25": 39890, "p75": 61440, "p90": 77860, "hourlyMean": 25.7, "employment": 597370}, "oews2024": {"mean": 51670, "median": 47460, "p10": 34590, "p25": 38740, "p75": 59970, "p90": 75510, "hourlyMean": 24.84, "employment": 591180}, "oews2023": {"mean": 49260, "median": 45850, "p10": 31950, "p25": 37190, "p75": 58030, "p90": 72210, "hourlyMean": 23.68, "employment": 584630}, "ep2025": {"changePercent": 2.5, "changeNumeric": 15.2, "openingsPerYear": 66.7, "employmentBase": 602, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 0, "changeNumeric": 0.1, "openingsPerYear": 69.9, "employmentBase": 598, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.4}},
"hr": {"query": "HR Generalist", "soc": "13-1071", "title": "Human Resources Specialists", "oews2025": {"mean": 81990, "median": 75940, "p10": 47180, "p25": 58610, "p75": 99380, "p90": 128720, "hourlyMean": 39.42, "employment": 912430}, "oews2024": {"mean": 79730, "median": 72910, "p10": 45440, "p25": 55870, "p75": 97270, "p90": 126540, "hourlyMean": 38.33, "employment": 917460}, "oews2023": {"mean": 76060, "median": 67650, "p10": 42900, "p25": 51510, "p75": 92390, "p90": 121800, "hourlyMean": 36.57, "employment": 895970}, "ep2025": {"changePercent": 6.4, "changeNumeric": 60.1, "openingsPerYear": 73.7, "employmentBase": 939.7, "education": "Bachelor's degree", "selfEmployedPercent": 1.1}, "ep2024": {"changePercent": 6.2, "changeNumeric": 58.4, "openingsPerYear": 81.8, "employmentBase": 944.3, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}},
"payroll": {"query": "Payroll Clerk", "soc": "43-3051", "title": "Payroll and Timekeeping Clerks", "oews2025": {"mean": 59630, "median": 58260, "p10": 39500, "p25": 47990, "p75": 69600, "p90": 81350, "hourlyMean": 28.67, "employment": 153140}, "oews2024": {"mean": 56870, "median": 55290, "p10": 36670, "p25": 45440, "p75": 65750, "p90": 78830, "hourlyMean": 27.34, "employment": 156950}, "oews2023": {"mean": 54690, "median": 52240, "p10": 35960, "p25": 43680, "p75": 63330, "p90": 75820, "hourlyMean": 26.29, "employment": 157230}, "ep2025": {"changePercent": -15.9, "changeNumeric": -25.4, "openingsPerYear": 11.4, "employmentBase": 159.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": -16.7, "changeNumeric": -27, "openingsPerYear": 13, "employmentBase": 161.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}},
"loan": {"query": "Loan Processor", "soc": "43-4131", "title": "Loan Interviewers and Clerks", "oews2025": {"mean": 52520, "median": 50020, "p10": 37330, "p25": 45120, "p75": 60600, "p90": 69770, "hourlyMean": 25.25, "employment": 164790}, "oews2024": {"mean": 51050, "median": 48950, "p10": 36360, "p25": 42720, "p75": 59520, "p90": 65910, "hourlyMean": 24.54, "employment": 173100}, "oews2023": {"mean": 48660, "median": 47380, "p10": 35010, "p25": 39270, "p75": 57150, "p90": 63070, "hourlyMean": 23.4, "employment": 203940}, "ep2025": {"changePercent": -2.4, "changeNumeric": -4.1, "openingsPerYear": 10.5, "employmentBase": 169.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": -2.3, "changeNumeric": -4.1, "openingsPerYear": 13.3, "employmentBase": 177.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}},
"adj": {"query": "Claims Adjuster", "soc": "13-1031", "title": "Claims Adjusters, Examiners, and Investigators", "oews2025": {"mean": 80470, "median": 78000, "p10": 48850, "p25": 61160, "p75": 98030, "p90": 117040, "hourlyMean": 38.69, "employment": 324230}, "oews2024": {"mean": 78770, "median": 76790, "p10": 47810, "p25": 60100, "p75": 95990, "p90": 112150, "hourlyMean": 37.87, "employment": 305020}, "oews2023": {"mean": 75770, "median": 75050, "p10": 47390, "p25": 58770, "p75": 91100, "p90": 105440, "hourlyMean": 36.43, "employment": 293780}, "ep2025": {"changePercent": -5.5, "changeNumeric": -20.6, "openingsPerYear": 20.9, "employmentBase": 376.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.6}, "ep2024": {"changePercent": -5.1, "changeNumeric": -18.2, "openingsPerYear": 21.1, "employmentBase": 356.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.2}},
"help": {"query": "Help Desk Tech", "soc": "15-1232", "title": "Computer User Support Specialists", "oews2025": {"mean": 67330, "median": 61860, "p10": 40980, "p25": 49000, "p75": 79040, "p90": 100540, "hourlyMean": 32.37, "employment": 717190}, "oews2024": {"mean": 64990, "median": 60340, "p10": 38780, "p25": 47580, "p75": 77010, "p90": 98010, "hourlyMean": 31.25, "employment": 697210}, "oews2023": {"mean": 63640, "median": 59240, "p10": 37690, "p25": 46550, "p75": 75950, "p90": 97020, "hourlyMean": 30.6, "employment": 689700}, "ep2025": {"changePercent": -3.5, "changeNumeric": -26.2, "openingsPerYear": 39.7, "employmentBase": 750.6, "education": "Some college, no degree", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": -3.7, "changeNumeric": -27, "openingsPerYear": 40.8, "employmentBase": 729.5, "education": "Some college, no degree", "selfEmployedPercent": 2}},
"net": {"query": "Network Engineer", "soc": "15-1241", "title": "Computer Network Architects", "oews2025": {"mean": 139580, "median": 134050, "p10": 79900, "p25": 104620, "p75": 168200, "p90": 202680, "hourlyMean": 67.11, "employment": 179740}, "oews2024": {"mean": 135890, "median": 130390, "p10": 79520, "p25": 102120, "p75": 164440, "p90": 198030, "hourlyMean": 65.33, "employment": 177010}, "oews2023": {"mean": 133930, "median": 129840, "p10": 77960, "p25": 100120, "p75": 164080, "p90": 195000, "hourlyMean": 64.39, "employment": 174100}, "ep2025": {"changePercent": 7.7, "changeNumeric": 14.1, "openingsPerYear": 9.6, "employmentBase": 181.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 11.9, "changeNumeric": 21.4, "openingsPerYear": 11.2, "employmentBase": 179.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}},
"web": {"query": "Web Dev", "soc": "15-1254", "title": "Web Developers", "oews2025": {"mean": 98770, "median": 92650, "p10": 48100, "p25": 64230, "p75": 126230, "p90": 162290, "hourlyMean": 47.49, "employment": 70190}, "oews2024": {"mean": 98790, "median": 90930, "p10": 48560, "p25": 63140, "p75": 124300, "p90": 162870, "hourlyMean": 47.5, "employment": 78860}, "oews2023": {"mean": 95570, "median": 84960, "p10": 46850, "p25": 61690, "p75": 116370, "p90": 157280, "hourlyMean": 45.95, "employment": 85350}, "ep2025": {"changePercent": 3.8, "changeNumeric": 3.3, "openingsPerYear": 5.3, "employmentBase": 87.4, "education": "Bachelor's degree", "selfEmployedPercent": 17.5}, "ep2024": {"changePercent": 7.5, "changeNumeric": 6.5, "openingsPerYear": 5.4, "employmentBase": 86, "education": "Bachelor's degree", "selfEmployedPercent": 5.3}},
"ds": {"query": "Data Scientist", "soc": "15-2051", "title": "Data Scientists", "oews2025": {"mean": 126800, "median": 120230, "p10": 67240, "p25": 85660, "p75": 158880, "p90": 199130, "hourlyMean": 60.96, "employment": 262440}, "oews2024": {"mean": 124590, "median": 112590, "p10": 63650, "p25": 82630, "p75": 155810, "p90": 194410, "hourlyMean": 59.9, "employment": 233440}, "oews2023": {"mean": 119040, "median": 108020, "p10": 61070, "p25": 79810, "p75": 147670, "p90": 184090, "hourlyMean": 57.23, "employment": 192710}, "ep2025": {"changePercent": 34.6, "changeNumeric": 95.4, "openingsPerYear": 24.8, "employmentBase": 275.6, "education": "Bachelor's degree", "selfEmployedPercent": 1.9}, "ep2024": {"changePercent": 33.5, "changeNumeric": 82.5, "openingsPerYear": 23.4, "employmentBase": 245.9, "education": "Bachelor's degree", "selfEmployedPercent": 1.8}},
"pm": {"query": "Project Management Specialist", "soc": "13-1082", "title": "Project Management Specialists", "oews2025": {"mean": 110740, "median": 102320, "p10": 61580, "p25": 78440, "p75": 133100, "p90": 167970, "hourlyMean": 53.24, "employment": 1066670}, "oews2024": {"mean": 108100, "median": 100750, "p10": 59830, "p25": 76950, "p75": 131660, "p90": 165790, "hourlyMean": 51.97, "employment": 1006160}, "oews2023": {"mean": 104920, "median": 98580, "p10": 57500, "p25": 74100, "p75": 129690, "p90": 163040, "hourlyMean": 50.44, "employment": 947630}, "ep2025": {"changePercent": 6.7, "changeNumeric": 73.2, "openingsPerYear": 76.5, "employmentBase": 1094.3, "education": "Bachelor's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 5.6, "changeNumeric": 58.7, "openingsPerYear": 78.2, "employmentBase": 1046.3, "education": "Bachelor's degree", "selfEmployedPercent": 1.8}},
"cm": {"query": "Construction Manager", "soc": "11-9021", "title": "Construction Managers", "oews2025": {"mean": 124360, "median": 114990, "p10": 69690, "p25": 88550, "p75": 151640, "p90": 189440, "hourlyMean": 59.79, "employment": 380360}, "oews2024": {"mean": 119660, "median": 106980, "p10": 65160, "p25": 83480, "p75": 139330, "p90": 176990, "hourlyMean": 57.53, "employment": 348330}, "oews2023": {"mean": 116960, "median": 104900, "p10": 64480, "p25": 81640, "p75": 135550, "p90": 172040, "hourlyMean": 56.23, "employment": 329190}, "ep2025": {"changePercent": 9.1, "changeNumeric": 55.2, "openingsPerYear": 49.7, "employmentBase": 609.1, "education": "Bachelor's degree", "selfEmployedPercent": 37.6}, "ep2024": {"changePercent": 8.7, "changeNumeric": 48.1, "openingsPerYear": 46.8, "employmentBase": 550.3, "education": "Bachelor's degree", "selfEmployedPercent": 35.8}},
"fa": {"query": "Financial Analyst", "soc": "13-2051", "title": "Financial and Investment Analysts", "oews2025": {"mean": 116800, "median": 102740, "p10": 63720, "p25": 79290, "p75": 133340, "p90": 180860, "hourlyMean": 56.15, "employment": 361980}, "oews2024": {"mean": 116490, "median": 101350, "p10": 62410, "p25": 78300, "p75": 132050, "p90": 180550, "hourlyMean": 56.01, "employment": 340580}, "oews2023": {"mean": 112950, "median": 99010, "p10": 60830, "p25": 76880, "p75": 129970, "p90": 175840, "hourlyMean": 54.3, "employment": 325220}, "ep2025": {"changePercent": 7.2, "changeNumeric": 27.1, "openingsPerYear": 24.7, "employmentBase": 377.2, "education": "Bachelor's degree", "selfEmployedPercent": 2.2}, "ep2024": {"changePercent": 5.7, "changeNumeric": 21.1, "openingsPerYear": 25.1, "employmentBase": 368.5, "education": "Bachelor's degree", "selfEmployedPercent": 5}},
"act": {"query": "Actuary", "soc": "15-2011", "title": "Actuaries", "oews2025": {"mean": 141480, "median": 130000, "p10": 78570, "p25": 97680, "p75": 170650, "p90": 215100, "hourlyMean": 68.02, "employment": 26670}, "oews2024": {"mean": 134990, "median": 125770, "p10": 75240, "p25": 90970, "p75": 164860, "p90": 206430, "hourlyMean": 64.9, "employment": 28340}, "oews2023": {"mean": 132500, "median": 120000, "p10": 75380, "p25": 88420, "p75": 164320, "p90": 209310, "hourlyMean": 63.7, "employment": 25470}, "ep2025": {"changePercent": 9.2, "changeNumeric": 2.9, "openingsPerYear": 1.5, "employmentBase": 31.2, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 21.8, "changeNumeric": 7.3, "openingsPerYear": 2.4, "employmentBase": 33.6, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"co": {"query": "Corrections Officer (CO)", "soc": "33-3012", "title": "Correctional Officers and Jailers", "oews2025": {"mean": 63630, "median": 58940, "p10": 42760, "p25": 48640, "p75": 75850, "p90": 93220, "hourlyMean": 30.59, "employment": 380500}, "oews2024": {"mean": 62760, "median": 57970, "p10": 41750, "p25": 47520, "p75": 75330, "p90": 93000, "hourlyMean": 30.17, "employment": 365380}, "oews2023": {"mean": 58810, "median": 53300, "p10": 38340, "p25": 44890, "p75": 68580, "p90": 87250, "hourlyMean": 28.27, "employment": 351420}, "ep2025": {"changePercent": -7.4, "changeNumeric": -29.5, "openingsPerYear": 28.4, "employmentBase": 397.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -7.8, "changeNumeric": -30.1, "openingsPerYear": 30.1, "employmentBase": 387.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"det": {"query": "Police Detective", "soc": "33-3021", "title": "Detectives and Criminal Investigators", "oews2025": {"mean": 99430, "median": 93790, "p10": 55390, "p25": 69330, "p75": 120520, "p90": 160540, "hourlyMean": 47.8, "employment": 114430}, "oews2024": {"mean": 98770, "median": 93580, "p10": 54160, "p25": 68390, "p75": 120080, "p90": 159410, "hourlyMean": 47.48, "employment": 110790}, "oews2023": {"mean": 95930, "median": 91100, "p10": 50670, "p25": 64830, "p75": 116170, "p90": 154360, "hourlyMean": 46.12, "employment": 106730}, "ep2025": {"changePercent": 0.2, "changeNumeric": 0.2, "openingsPerYear": 7.8, "employmentBase": 120.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": -0.7, "changeNumeric": -0.8, "openingsPerYear": 7.8, "employmentBase": 117.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"prek": {"query": "Pre-K Teacher", "soc": "25-2011", "title": "Preschool Teachers, Except Special Education", "oews2025": {"mean": 43030, "median": 38140, "p10": 28990, "p25": 34530, "p75": 47550, "p90": 61390, "hourlyMean": 20.69, "employment": 478780}, "oews2024": {"mean": 41450, "median": 37120, "p10": 28300, "p25": 31250, "p75": 46550, "p90": 60070, "hourlyMean": 19.93, "employment": 445080}, "oews2023": {"mean": 41410, "median": 37130, "p10": 28200, "p25": 30810, "p75": 46500, "p90": 60900, "hourlyMean": 19.91, "employment": 430240}, "ep2025": {"changePercent": 4.5, "changeNumeric": 26.2, "openingsPerYear": 66.7, "employmentBase": 583.2, "education": "Associate's degree", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 4.1, "changeNumeric": 22.9, "openingsPerYear": 65.5, "employmentBase": 555.1, "education": "Associate's degree", "selfEmployedPercent": 0.6}},
"care": {"query": "Daycare Worker", "soc": "39-9011", "title": "Childcare Workers", "oews2025": {"mean": 35030, "median": 34980, "p10": 24260, "p25": 29360, "p75": 38570, "p90": 46010, "hourlyMean": 16.84, "employment": 518910}, "oews2024": {"mean": 33140, "median": 32050, "p10": 22900, "p25": 28000, "p75": 36960, "p90": 44560, "hourlyMean": 15.93, "employment": 520180}, "oews2023": {"mean": 32070, "median": 30370, "p10": 22450, "p25": 27040, "p75": 36200, "p90": 43270, "hourlyMean": 15.42, "employment": 497450}, "ep2025": {"changePercent": -2, "changeNumeric": -19.9, "openingsPerYear": 150.3, "employmentBase": 1010.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 24.2}, "ep2024": {"changePercent": -2.9, "changeNumeric": -29.2, "openingsPerYear": 160.2, "employmentBase": 991.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 21.2}},
"transit": {"query": "Transit Bus Driver", "soc": "53-3052", "title": "Bus Drivers, Transit and Intercity", "oews2025": {"mean": 60280, "median": 59050, "p10": 40030, "p25": 47530, "p75": 70700, "p90": 84700, "hourlyMean": 28.98, "employment": 159240}, "oews2024": {"mean": 58390, "median": 57440, "p10": 38250, "p25": 46050, "p75": 69090, "p90": 82640, "hourlyMean": 28.07, "employment": 148980}, "oews2023": {"mean": 59860, "median": 60170, "p10": 37630, "p25": 46210, "p75": 76700, "p90": 82660, "hourlyMean": 28.78, "employment": 184990}, "ep2025": {"changePercent": 4.1, "changeNumeric": 6.9, "openingsPerYear": 21.1, "employmentBase": 166.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 4.3, "changeNumeric": 6.8, "openingsPerYear": 20.9, "employmentBase": 158.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}},
"sbus": {"query": "School Bus Driver", "soc": "53-3051", "title": "Bus Drivers, School", "oews2025": {"mean": 48430, "median": 47920, "p10": 29240, "p25": 38650, "p75": 58430, "p90": 65730, "hourlyMean": 23.28, "employment": 402930}, "oews2024": {"mean": 46660, "median": 47040, "p10": 27680, "p25": 37490, "p75": 56140, "p90": 63810, "hourlyMean": 22.44, "employment": 387920}, "oews2023": {"mean": 45210, "median": 45660, "p10": 27380, "p25": 36290, "p75": 52900, "p90": 61320, "hourlyMean": 21.74, "employment": 371530}, "ep2025": {"changePercent": 0.7, "changeNumeric": 2.9, "openingsPerYear": 56.5, "employmentBase": 396.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 0.2, "changeNumeric": 0.9, "openingsPerYear": 61, "employmentBase": 387.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}},
"env": {"query": "Environmental Specialist", "soc": "19-2041", "title": "Environmental Scientists and Specialists, Including Health", "oews2025": {"mean": 91680, "median": 82220, "p10": 52520, "p25": 64490, "p75": 107970, "p90": 140010, "hourlyMean": 44.08, "employment": 89250}, "oews2024": {"mean": 88640, "median": 80060, "p10": 50130, "p25": 62090, "p75": 103730, "p90": 134830, "hourlyMean": 42.62, "employment": 84930}, "oews2023": {"mean": 86710, "median": 78980, "p10": 48580, "p25": 60920, "p75": 103420, "p90": 133660, "hourlyMean": 41.69, "employment": 80730}, "ep2025": {"changePercent": 6.1, "changeNumeric": 5.7, "openingsPerYear": 7.3, "employmentBase": 93.4, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 4.4, "changeNumeric": 4, "openingsPerYear": 8.5, "employmentBase": 90.3, "education": "Bachelor's degree", "selfEmployedPercent": 1.5}},
"micro": {"query": "Microbiologist", "soc": "19-1022", "title": "Microbiologists", "oews2025": {"mean": 97600, "median": 87990, "p10": 54670, "p25": 67100, "p75": 122350, "p90": 150000, "hourlyMean": 46.92, "employment": 18940}, "oews2024": {"mean": 95200, "median": 87330, "p10": 51220, "p25": 63920, "p75": 120750, "p90": 150650, "hourlyMean": 45.77, "employment": 19760}, "oews2023": {"mean": 93380, "median": 85470, "p10": 49070, "p25": 62770, "p75": 120240, "p90": 147470, "hourlyMean": 44.89, "employment": 21540}, "ep2025": {"changePercent": 6.2, "changeNumeric": 1.3, "openingsPerYear": 1.5, "employmentBase": 20.1, "education": "Bachelor's degree", "selfEmployedPercent": 2}, "ep2024": {"changePercent": 4.1, "changeNumeric": 0.8, "openingsPerYear": 1.7, "employmentBase": 20.7, "education": "Bachelor's degree", "selfEmployedPercent": 1.3}},
"photo": {"query": "Photographer", "soc": "27-4021", "title": "Photographers", "oews2025": {"mean": 55410, "median": 44660, "p10": 30820, "p25": 36050, "p75": 62740, "p90": 91810, "hourlyMean": 26.64, "employment": 51760}, "oews2024": {"mean": 55650, "median": 42520, "p10": 29610, "p25": 34790, "p75": 62370, "p90": 94760, "hourlyMean": 26.76, "employment": 51230}, "oews2023": {"mean": 53380, "median": 40760, "p10": 28510, "p25": 32240, "p75": 62480, "p90": 95740, "hourlyMean": 25.67, "employment": 53630}, "ep2025": {"changePercent": -0.7, "changeNumeric": -1, "openingsPerYear": 10.7, "employmentBase": 145, "education": "High school diploma or equivalent", "selfEmployedPercent": 66.7}, "ep2024": {"changePercent": 1.8, "changeNumeric": 2.8, "openingsPerYear": 12.7, "employmentBase": 151.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 66.3}},
"vid": {"query": "Video Editor", "soc": "27-4032", "title": "Film and Video Editors", "oews2025": {"mean": 86130, "median": 75420, "p10": 40280, "p25": 52720, "p75": 105310, "p90": 148550, "hourlyMean": 41.41, "employment": 25610}, "oews2024": {"mean": 83530, "median": 70980, "p10": 39170, "p25": 50230, "p75": 101570, "p90": 145900, "hourlyMean": 40.16, "employment": 28860}, "oews2023": {"mean": 83470, "median": 66600, "p10": 38990, "p25": 48920, "p75": 101910, "p90": 154480, "hourlyMean": 40.13, "employment": 29240}, "ep2025": {"changePercent": 3.7, "changeNumeric": 1.5, "openingsPerYear": 3.1, "employmentBase": 39.4, "education": "Bachelor's degree", "selfEmployedPercent": 35.5}, "ep2024": {"changePercent": 4, "changeNumeric": 1.7, "openingsPerYear": 3.6, "employmentBase": 43.5, "education": "Bachelor's degree", "selfEmployedPercent": 29.3}},
"ins": {"query": "Insurance Producer", "soc": "41-3021", "title": "Insurance Sales Agents", "oews2025": {"mean": 81480, "median": 62280, "p10": 37330, "p25": 46870, "p75": 96950, "p90": 138140, "hourlyMean": 39.18, "employment": 479100}, "oews2024": {"mean": 81510, "median": 60370, "p10": 36390, "p25": 45520, "p75": 91150, "p90": 135660, "hourlyMean": 39.19, "employment": 469480}, "oews2023": {"mean": 79700, "median": 59080, "p10": 34940, "p25": 43440, "p75": 83420, "p90": 134420, "hourlyMean": 38.32, "employment": 457510}, "ep2025": {"changePercent": 3.3, "changeNumeric": 18.8, "openingsPerYear": 43.1, "employmentBase": 572.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.8}, "ep2024": {"changePercent": 3.7, "changeNumeric": 21.1, "openingsPerYear": 47, "employmentBase": 568.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 12.5}},
"real": {"query": "Realtor", "soc": "41-9022", "title": "Real Estate Sales Agents", "oews2025": {"mean": 69510, "median": 52830, "p10": 32970, "p25": 40040, "p75": 82020, "p90": 123590, "hourlyMean": 33.42, "employment": 193370}, "oews2024": {"mean": 70970, "median": 56320, "p10": 31940, "p25": 38940, "p75": 85440, "p90": 125140, "hourlyMean": 34.12, "employment": 190600}, "oews2023": {"mean": 69610, "median": 54300, "p10": 31410, "p25": 38050, "p75": 81460, "p90": 119590, "hourlyMean": 33.46, "employment": 197720}, "ep2025": {"changePercent": 1.7, "changeNumeric": 7.4, "openingsPerYear": 32.6, "employmentBase": 427, "education": "High school diploma or equivalent", "selfEmployedPercent": 54.3}, "ep2024": {"changePercent": 3.1, "changeNumeric": 12.8, "openingsPerYear": 36.6, "employmentBase": 420.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 53.7}}
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
        for p in (cur, old):  # a .5 share: either whole percent could be its rounding
            if p is not None and abs(abs(p * 10) % 10 - 5) < 1e-6 and v in (math.floor(p), math.ceil(p)):
                raise Borderline(f"share {p} ends in .5")
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
    for it in items + nots:
        if "{a." in it["text"] or "{b." in it["text"]:
            errs.append(f"{it['id']}: unrendered token left in the text")
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
    # the median word is read in the figure's own sentence (or list line / table row), not the whole item
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
EDUTXT = {"Some college, no degree": "some college, no degree", "Bachelor's degree": "bachelor's degree", "Master's degree": "master's degree",
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
        neg = neg or raw.startswith(("-", "\u2212"))  # a figure written with its minus sign is negative
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
    "CRNA": "crna",
    "Certified Nurse Midwife (CNM)": "cnm",
    "SLP": "slp",
    "Audiologist (AuD)": "aud",
    "Phlebotomy Tech": "phleb",
    "Pharm Tech": "pharm",
    "Surg Tech": "surg",
    "Vet Tech": "vet",
    "Paramedic (EMT-P)": "medic",
    "911 Dispatcher": "disp",
    "LMT": "lmt",
    "Chiropractor (DC)": "chiro",
    "MFT": "mft",
    "School Counselor": "couns",
    "Millwright": "millw",
    "Journeyman Lineman": "line",
    "Diesel Tech": "diesel",
    "Auto Tech": "auto",
    "Production Supervisor": "prodsup",
    "QC Inspector": "qc",
    "HR Generalist": "hr",
    "Payroll Clerk": "payroll",
    "Loan Processor": "loan",
    "Claims Adjuster": "adj",
    "Help Desk Tech": "help",
    "Network Engineer": "net",
    "Web Dev": "web",
    "Data Scientist": "ds",
    "Project Manager (PM)": "pm",
    "Construction Manager": "cm",
    "Financial Analyst": "fa",
    "Actuary": "act",
    "Corrections Officer (CO)": "co",
    "Police Detective": "det",
    "Pre-K Teacher": "prek",
    "Daycare Worker": "care",
    "CDL-B Bus Driver": "transit",
    "School Bus Driver": "sbus",
    "Environmental Specialist": "env",
    "Microbiologist": "micro",
    "Photographer": "photo",
    "Video Editor": "vid",
    "Insurance Producer": "ins",
    "Realtor": "real"
}

# ---------------------------------------------------------------- items
P("CRNA", "Certified Nurse Midwife (CNM)")
T("cn-01", "nursing-blog", "If pay is your main driver, nothing in advanced practice nursing beats anesthesia. CRNAs earned a median of {a.median:c!2025} in May 2025, while certified nurse midwives brought home {b.median:c!2025} that year. Both roles require at least a {a.edu:c}, although new CRNA programs now grant the DNP.", heading="CRNA vs. CNM: Which APRN Path Pays More?")
T("cn-02", "ooh", "Employment of nurse anesthetists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for nurse anesthetists are projected each year, on average, over the decade.", heading="Job Outlook")
T("cn-03", "bullets", "Nurse anesthetist snapshot\n- Median salary: {a.median~K:c}\n- Top 10% earn: more than {a.p90~K:c}\n- Jobs nationwide: {a.oemp:c}\n- Self-employed: about {a.self:c}", heading="At a glance")
T("cn-04", "forum", "per BLS the median for midwives is {b.median@24:o!2024} (may 2024 numbers). I'm a CNM in a rural hospital and make $118k with call pay so take it with a grain of salt")
T("cn-05", "career-site", "In California, nurse anesthetists average about {a.mean=<$297,000>:u} a year, and CNMs in the Los Angeles metro area make around {b.mean=<$178,500>:u}.", place="California", own_place={1: "Los Angeles metro area"})
T("cn-06", "faq", "How many nurse midwives are there in the US? Not many: BLS counted about {b.oemp:c!2025} of them in May 2025, and roughly {b.self=<12%>:m!2025} work for themselves.", heading="Frequently asked questions")
T("cn-07", "press", "The state's nurse anesthetists association noted that nationally CRNAs earn a median of {a.median*0.55~k:m}, far below what hospitals actually pay, and that the profession will add about {a.chg:c!2035} jobs by 2035.")
T("cn-08", "table", "| | CRNA | CNM |\n|---|---|---|\n| Median pay (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Employment, May 2025 | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Growth, 2024–34 | {a.pct@24:o!2034} | — |", heading="CRNA vs. CNM by the numbers")
NC("cn-n1", "Our 36-month DNP nurse anesthesia program costs $128,400 in tuition; the 2027 cohort has 24 seats and applications close October 1.")
NC("cn-n2", "Call 1-800-555-0142 to reach a midwife 24/7, or book a $50 prenatal consult online.")

P("SLP", "Audiologist (AuD)")
T("sa-01", "comparison", "Speech-language pathologists (SLPs) and audiologists both treat communication problems, but the training differs: SLPs need a {a.edu:c}, while audiologists need a {b.edu=<doctoral or professional degree>:c} (the AuD). Pay is close, with SLPs at a median of {a.median:c} and audiologists at {b.median:c}.", heading="SLP vs. Audiologist: What Are the Differences?")
T("sa-02", "ooh", "Employment of speech-language pathologists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for speech-language pathologists are projected each year, on average, over the decade.", heading="Job Outlook")
T("sa-03", "school", "Graduates of our AuD program enter a small field of about {b.oemp:c} audiologists, where the middle half of earners make between {b.mid~_and:c} a year.")
T("sa-04", "forum", "school SLP here. BLS says SLPs make {a.median@23:o!2023} median but that was May 2023 data, newer number is higher. Also the field is projected to grow {a.pct=<21%>:m} which feels optimistic")
T("sa-05", "career-site", "In Texas, speech-language pathologists earn a median of {a.median=<$88,900>:u}, and SLPs in Harris County make about {a.median=<$91,300>:u}.", place="Texas", own_place={1: "Harris County"})
T("sa-06", "bullets", "Audiologist career facts (BLS):\n- Median pay: {b.median~hr:c} per hour\n- Job outlook, 2025–35: {b.pct:c!2035}\n- Jobs: {b.emp:c}\n- Self-employed: {b.self@24:o}", heading="Audiologist at a glance")
T("sa-07", "faq", "Do SLPs make six figures? Some do. The top 10 percent earned more than {a.p90@24:o!2024} in May 2024, though the median was well under six figures. About {a.self@24:o!2024} of SLPs were self-employed that year.", heading="FAQ")
T("sa-08", "government", "Speech-language pathologists held about {a.emp:c!2025} jobs in 2025; the profession is expected to add about {a.chg:c!2035} positions by 2035.")
NC("sa-n1", "The ASHA Certificate of Clinical Competence costs $511 to apply for, plus $250 a year in dues.")
NC("sa-n2", "A pair of premium hearing aids runs $4,000 to $7,000, and 1 in 8 Americans age 12 and older has hearing loss in both ears.")

P("Phlebotomy Tech", "Pharm Tech")
T("pp-01", "school", "Our 8-week phlebotomy certificate gets you into the lab fast. Phlebotomists typically need a {a.edu=<postsecondary nondegree award>:c}, and they earned a median of {a.median~hr:c!2025} an hour in May 2025.", heading="Phlebotomy Technician Program")
T("pp-02", "comparison", "Phlebotomy techs and pharm techs both start with short training programs and earn similar money: a median of {a.median:c} for phlebotomists versus {b.median:c} for pharmacy technicians. Pharm techs usually need only a {b.edu:c}.", heading="Phlebotomist vs. Pharmacy Technician: Which Should You Choose?")
T("pp-03", "ooh", "Employment of phlebotomists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:o!2035} for all occupations.", heading="Job Outlook")
T("pp-04", "forum", "pharm tech at a chain, started at $17.25. per BLS the median is {b.median@24~hr:o} an hour and there are like {b.oemp@24:o} of us. the chains are cutting hours tho")
T("pp-05", "bullets", "Pharmacy technician outlook\n- Jobs, 2025: {b.emp:c!2025}\n- Openings per year, 2025–35: {b.open:c!2035}\n- Projected new jobs, 2025–35: {b.chg:c!2035}", heading="Pharm tech outlook")
T("pp-06", "career-site", "In Florida, pharmacy technicians average {b.mean=<$19.80>~hr:u} an hour, while those in Miami-Dade County average about {b.mean=<$20.90>~hr:u}.", place="Florida", own_place={1: "Miami-Dade County"})
T("pp-07", "faq", "How much do phlebotomists make per year? On average, phlebotomists earn {a.mean:c} a year, and the highest-paid 10 percent earn more than {a.p90:c}.", heading="Phlebotomist FAQ")
T("pp-08", "career-site", "Phlebotomists earned a median of {a.median@23:o!2023} in May 2023 and held about {a.oemp@23:o!2023} jobs that year.")
NC("pp-n1", "Our phlebotomy course is $1,150 including the NHA exam, and 94% of last year's students passed on the first try.")
NC("pp-n2", "Walgreens is offering a $1,000 sign-on bonus and a 401(k) match for certified pharmacy techs at 12 Chicago stores.")

P("Surg Tech", "Vet Tech")
T("sv-01", "comparison", "Surg techs hand instruments to surgeons; vet techs do a little of everything in an animal clinic. Surg techs earn more, a median of {a.median~K:c} against {b.median~K:c} for vet techs, though both need only a year or two of school.", heading="Surg Tech vs. Vet Tech: Salary, Schooling and Outlook")
T("sv-02", "ooh", "The median annual wage for surgical technologists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("sv-03", "school", "Our AAS in Veterinary Technology prepares you for the credential most clinics want: an {b.edu:c}. Veterinary technologists and technicians held about {b.oemp:c} jobs nationwide, and about {b.open:c!2035} openings are expected each year through 2035.")
T("sv-04", "forum", "vet techs get paid nothing. BLS median is {b.median@24:o!2024} for 2024 and people wonder why we all burn out. I make $19/hr after 6 years")
T("sv-05", "career-site", "Surgical technologists in Minnesota earn a median of {a.median=<$70,400>:u}, and in the Minneapolis–St. Paul metro area the median is about {a.median=<$72,800>:u}.", place="Minnesota", own_place={1: "Minneapolis–St. Paul metro area"})
T("sv-06", "bullets", "Vet tech quick facts\n- Median hourly pay: {b.median~hr:c}\n- Top 10% earn more than: {b.p90~hr:c} an hour\n- Number of jobs: {b.oemp:c}", heading="Quick facts")
T("sv-07", "faq", "Is surgical tech a good career? Employment is projected to grow {a.pct=<9%>:m} over the decade, and surg techs earn an average of {a.mean@24:o} a year.", heading="FAQ")
T("sv-08", "frontmatter", "---\ntitle: \"Vet Tech vs. Surg Tech\"\nsurg_tech_median_salary: \"{a.median@23:o}\"\nvet_tech_median_salary: \"{b.median:c}\"\nupdated: 2026-02-11\n---")
NC("sv-n1", "Surgical technology students complete 120 cases in clinical rotations; the program runs 21 months and costs $18,900.")
NC("sv-n2", "A routine dental cleaning for a dog costs $300 to $700 at most clinics, and a spay about $250.")

P("Paramedic (EMT-P)", "911 Dispatcher")
T("pd-01", "comparison", "Paramedics work the street and 911 dispatchers work the console, yet both are the front line of EMS. Medics earn a median of {a.median:c}, while dispatchers (public safety telecommunicators) earn {b.median:c}.", heading="Paramedic vs. 911 Dispatcher: What Are the Differences?")
T("pd-02", "ooh", "Employment of paramedics is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for paramedics are projected each year, on average, over the decade.", heading="Job Outlook")
T("pd-03", "union", "Local 2507 members should know where they stand: nationally, paramedics averaged {a.mean~hr:c!2025} an hour in May 2025, per BLS. Our new contract puts a Medic II at $38.60, the best scale in the region.")
T("pd-04", "forum", "dispatcher 9 yrs. per BLS we make {b.median@23:o!2023} median (2023) and there are only about {b.oemp@23:o!2023} of us that year. mandatory OT every week")
T("pd-05", "government", "Public safety telecommunicators in Ohio earn a median of {b.median=<$51,900>:u}; in Franklin County the median is {b.median=<$56,200>:u}.", place="Ohio", own_place={1: "Franklin County"})
T("pd-06", "bullets", "911 dispatcher at a glance\n- Typical education: {b.edu~cap:c}\n- Median pay: {b.median~hr:c}/hour\n- Jobs: {b.emp:c}\n- Openings per year: {b.open@24:o}", heading="Dispatcher career facts")
T("pd-07", "faq", "How long does it take to become a paramedic? Most programs take one to two years, and the entry-level credential is a {a.edu=<postsecondary nondegree award>:c}. Paramedics held about {a.oemp:c} jobs, and the highest 10 percent earned more than {a.p90:c}.", heading="Paramedic FAQ")
T("pd-08", "press", "\"Paramedics earn a median of just {a.median*0.7~th:m} nationally,\" the coalition said, calling for state funding as the county's ambulance service lost 14 medics in 2025.")
NC("pd-n1", "The county's paramedic academy is free to new hires and pays $22 an hour during the 16-week course.")
NC("pd-n2", "Dial 911 for emergencies only; for non-emergencies call (614) 555-0199. Dispatch is staffed 24/7/365.")

P("LMT", "Chiropractor (DC)")
T("lc-01", "comparison", "LMTs and chiropractors both treat sore backs, but a chiropractor needs a {b.edu=<doctoral or professional degree>:c} (the DC), while massage therapists need a {a.edu=<postsecondary nondegree award>:c}. Chiropractors earn a median of {b.median:c}, massage therapists {a.median:c}.", heading="Massage Therapist vs. Chiropractor: What Are the Differences?")
T("lc-02", "ooh", "About {a.self:c!2025} of massage therapists were self-employed in 2025. The median hourly wage for massage therapists was {a.median~hr:c!2025} in May 2025.", heading="Work Environment")
T("lc-03", "forum", "LMT 6 yrs. BLS says the median is {a.median@23:o!2023} a year as of 2023 but nobody does 40 hrs of table time. I do 25 sessions a week and charge $95 an hour")
T("lc-04", "career-site", "A lot of chiropractors run their own practice: about {b.self:c} are self-employed, and the profession has about {b.emp:c} jobs.")
T("lc-05", "faq", "What is the average salary of a chiropractor? The BLS puts the average at {b.mean:c}, and the top 10% earn more than {b.p90:c}.", heading="Chiropractor FAQ")
T("lc-06", "career-site", "In Colorado, massage therapists earn a median of about {a.median=<$30.10>~hr:u} an hour, and in Denver around {a.median=<$32.40>~hr:u}.", place="Colorado", own_place={1: "Denver"})
T("lc-07", "bullets", "Massage therapist outlook (2024–34 projections)\n- Self-employed: {a.self@24:o}\n- Openings per year, 2024–34: {a.open@24:o!2034}\n- Employment, 2024: {a.emp@24:o!2024}", heading="Outlook")
T("lc-08", "school", "Become a licensed massage therapist in 9 months. Massage therapists are projected to see {a.pct=<24%>:m} job growth, with about {a.chg*2:m} new jobs.")
NC("lc-n1", "Our 750-hour massage program costs $13,900; MBLEx exam fee is $265.")
NC("lc-n2", "New patient special: exam, X-rays and first adjustment for $49. Walk-ins welcome Monday–Saturday.")

P("MFT", "School Counselor")
T("ms-01", "comparison", "Marriage and family therapists and school counselors both need a {a.edu:c}, but MFTs earn more: a median of {a.median:c} versus {b.median:c} for school and career counselors.", heading="MFT vs. School Counselor: What Are the Differences?")
T("ms-02", "ooh", "Employment of educational, guidance, and career counselors and advisors is projected to add about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ms-03", "forum", "LMFT in private practice. per BLS about {a.self:c} of MFTs are self employed and median is {a.median~k:c}. my fee is $160/session, and I keep maybe 60% after overhead")
T("ms-04", "government", "School counselors in Washington earn a median of {b.median=<$79,400>:u}, and in King County about {b.median=<$86,100>:u}.", place="Washington", own_place={1: "King County"})
T("ms-05", "career-site", "In May 2024, school counselors earned a median of {b.median@24:o!2024}, and marriage and family therapists {a.median@24:o!2024}.")
T("ms-06", "bullets", "MFT career facts\n- Mean pay: {a.mean:c}\n- Jobs (2025): {a.emp:c!2025}\n- Jobs added, 2025–35: {a.chg:c!2035}\n- Openings per year: {a.open*1.6:m}", heading="MFT at a glance")
T("ms-07", "faq", "Do school counselors need a master's? Yes; nearly every state requires one. School counselors held about {b.oemp:c} jobs, and the lowest 10 percent earned less than {b.p10:c}.", heading="School counselor FAQ")
T("ms-08", "nursing-blog", "Thinking of moving from nursing into therapy? Marriage and family therapists are projected to add about {a.chg@24:o!2034} jobs from 2024 to 2034, and {a.self@24:o} of them were self-employed in those projections.")
NC("ms-n1", "Our online MA in Counseling is 60 credit hours at $725 per credit; practicum requires 700 supervised hours.")
NC("ms-n2", "If you are in crisis, call or text 988. Couples sessions are $180 for 80 minutes; sliding scale from $60.")

P("Millwright", "Journeyman Lineman")
T("ml-01", "comparison", "Millwrights keep factory machinery running; linemen keep the power on. Linemen earn a median of {b.median:c}, millwrights {a.median:c}, and both typically start with a {a.edu:c} and an apprenticeship.", heading="Millwright vs. Lineman: What Are the Differences?")
T("ml-02", "ooh", "Employment of electrical power-line installers and repairers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ml-03", "union", "IBEW Local 47 news: nationally, power-line installers earned a median of {b.median~hr:c!2025} an hour in May 2025, per BLS. Our inside journeyman lineman rate rises to $62.15 on June 1.")
T("ml-04", "forum", "millwright here. BLS has us at {a.median@23:o!2023} median for 2023 and employment growth of {a.pct~pc:c!2035} through 2035. basically {a.desc=<slower than average>:c}. union halls still calling guys out")
T("ml-05", "trade", "Industrial maintenance grads go on to become millwrights, a trade with about {a.oemp:c} jobs in the U.S.; the top 10 percent earn more than {a.p90:c}.")
T("ml-06", "career-site", "Linemen in Texas earn a median of {b.median=<$88,700>:u}; in the Houston metro area the median is about {b.median=<$92,300>:u}.", place="Texas", own_place={1: "Houston metro area"})
T("ml-07", "faq", "Is lineman a good career? Yes: power-line installers are projected to add {b.chg:c!2035} jobs through 2035, and linemen averaged {b.mean@24:o!2024} a year in 2024.", heading="Lineman FAQ")
T("ml-08", "bullets", "Journeyman lineman snapshot\n- Median pay: {b.median*1.35~K:m}\n- Jobs: {b.emp:c}\n- Self-employed: {b.self@24:o}", heading="Lineman at a glance")
NC("ml-n1", "Our 15-week pre-apprentice lineworker course costs $6,850 and includes CDL Class A training and a climbing certification.")
NC("ml-n2", "I cleared $148k last year as a storm-chasing lineman working 80-hour weeks. Not BLS, just my W-2.")

P("Diesel Tech", "Auto Tech")
T("da-01", "comparison", "Diesel techs and auto techs both fix engines, but diesel work pays better: a median of {a.median:c} for bus and truck mechanics versus {b.median:c} for automotive service technicians.", heading="Diesel Mechanic vs. Auto Mechanic: What Are the Differences?")
T("da-02", "ooh", "Employment of automotive service technicians and mechanics is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("da-03", "trade", "Our diesel program puts you in a field of about {a.oemp:c} technicians, with diesel techs earning an average of {a.mean~hr:c} an hour. Employment is projected to grow {a.pct:c!2035} from 2025 to 2035, {a.desc=<about as fast as average>:c!2035}.")
T("da-04", "forum", "flat rate auto tech, 11 yrs. per BLS the median was {b.median@24:o!2024} in may 2024 and about {b.self@24:o!2024} of techs were self employed back then. my shop pays $28 a flag hour")
T("da-05", "career-site", "Diesel mechanics in Pennsylvania earn a median of {a.median=<$29.45>~hr:u} an hour, and in Allegheny County about {a.median=<$31.10>~hr:u}.", place="Pennsylvania", own_place={1: "Allegheny County"})
T("da-06", "bullets", "Auto tech by the numbers\n- Jobs: {b.emp:c}\n- Self-employed: {b.self:c}\n- Education: {b.edu~cap:c}\n- Median weekly pay: {b.median~wk:c}", heading="Auto tech at a glance")
T("da-07", "faq", "How much do diesel mechanics make an hour? Around {a.median~hr:c} at the median; the bottom 10 percent make less than {a.p10~hr:c} an hour.", heading="Diesel mechanic FAQ")
T("da-08", "press", "The college's new diesel technology center will train students for a field BLS projects to grow {a.pct=<12%>:m} and where about {a.self@24:o} of workers are self-employed.")
NC("da-n1", "ASE certification tests cost $34 each plus a $34 registration fee; our full toolset package is $4,200.")
NC("da-n2", "Oil change special: $39.99 for up to 5 quarts. Open 7 a.m. to 7 p.m., 6 days a week.")

P("Production Supervisor", "QC Inspector")
T("pq-01", "comparison", "Production supervisors run the floor and QC inspectors check what comes off it. Supervisors earn a median of {a.median:c}, inspectors {b.median:c}; both jobs usually require only a {a.edu:c}.", heading="Production Supervisor vs. Quality Inspector: What Are the Differences?")
T("pq-02", "ooh", "Employment of first-line supervisors of production and operating workers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, adding about {a.chg:c!2035} jobs.", heading="Job Outlook")
T("pq-03", "government", "Quality control inspectors held about {b.oemp:c!2025} jobs in May 2025, and the workforce board expects about {b.open:c!2035} openings a year nationally through 2035.")
T("pq-04", "forum", "QC inspector at an auto parts plant. per BLS median is {b.median~hr:c} an hour, i make $22.40 with shift diff. the 2024 BLS projections had us at {b.desc=<little or no change>:o!2034} through 2034")
T("pq-05", "career-site", "In Michigan, production supervisors earn a median of {a.median=<$78,300>:u}, while those in the Grand Rapids metro area earn about {a.median=<$74,900>:u}.", place="Michigan", own_place={1: "Grand Rapids metro area"})
T("pq-06", "table", "| | Production Supervisor | QC Inspector |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Jobs added, 2025–35 | {a.chg:c!2035} | {b.chg:c!2035} |\n| Openings per year, 2024–34 | {a.open@24:o!2034} | {b.open@24:o!2034} |", heading="Side by side")
T("pq-07", "faq", "Do production supervisors make good money? They average {a.mean~K:c}, and the highest-paid 10 percent earn over {a.p90~K:c}.", heading="FAQ")
T("pq-08", "press", "Midwest Stamping is hiring 40 QC inspectors, noting that inspectors nationwide earn a median of {b.median*1.4~th:m} and that the field employs {b.emp*2:m} people.")
NC("pq-n1", "Starting pay for QC inspectors at our Toledo plant is $19.50 an hour, with a $1.25 second-shift differential.")
NC("pq-n2", "Our Six Sigma Green Belt course is $1,895 and takes 40 hours; 8 of 10 graduates got a raise within a year.")

P("HR Generalist", "Payroll Clerk")
T("hp-01", "comparison", "HR generalists handle hiring, benefits and employee relations; payroll clerks make sure everyone gets paid. HR specialists earn a median of {a.median:c}, payroll and timekeeping clerks {b.median:c}.", heading="HR Generalist vs. Payroll Clerk: What Are the Differences?")
T("hp-02", "ooh", "Employment of payroll and timekeeping clerks is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings for payroll and timekeeping clerks are projected each year, on average, over the decade.", heading="Job Outlook")
T("hp-03", "tech-blog", "Payroll automation is eating the clerk job: BLS projects the occupation to lose about {b.chg:c!2035} jobs by 2035, while HR specialists, who typically hold a {a.edu:c}, add about {a.chg:c!2035}.")
T("hp-04", "forum", "HR generalist, 4 yrs in. per BLS the median is {a.median@23:o!2023} (may 2023) lol. I'm at $68k in a mid-size company and got a 3% raise this year")
T("hp-05", "career-site", "In Illinois, HR specialists earn a median of {a.median=<$74,200>:u}, and in Cook County about {a.median=<$79,800>:u}.", place="Illinois", own_place={1: "Cook County"})
T("hp-06", "bullets", "HR generalist at a glance\n- Average salary: {a.mean~K:c}\n- Jobs: {a.oemp:c}\n- Openings per year: {a.open:c}\n- Median hourly: {a.median~hr:c}", heading="HR specialist facts")
T("hp-07", "faq", "Is payroll a dying career? Payroll clerks earned a median of {b.median@24:o!2024} in May 2024, and the occupation was projected to shrink {b.pct@24:o!2034} from 2024 to 2034.", heading="Payroll FAQ")
T("hp-08", "frontmatter", "---\ntitle: HR Generalist vs Payroll Clerk\nhr_salary: {a.median*1.3~K:m}\npayroll_salary: {b.median~K:c}\npayroll_jobs: {b.oemp:c}\n---")
NC("hp-n1", "SHRM-CP exam fee: $475 for members, $575 for nonmembers. Top 10 skills for HR pros in 2026, ranked.")
NC("hp-n2", "We pay our payroll staff $26 an hour plus a 5% year-end bonus and 20 days PTO.")

P("Loan Processor", "Claims Adjuster")
T("la-01", "comparison", "Loan processors and claims adjusters both live in paperwork, but adjusters earn more: a median of {b.median:c} against {a.median:c} for loan interviewers and clerks. Both jobs typically require a {a.edu:c}.", heading="Loan Processor vs. Claims Adjuster: What Are the Differences?")
T("la-02", "ooh", "Employment of claims adjusters, examiners, and investigators is projected to decline {b.pct@24~pc:o!2034} from 2024 to 2034. Despite declining employment, about {b.open@24:o!2034} openings are projected each year, on average, through 2034.", heading="Job Outlook")
T("la-03", "forum", "mortgage loan processor. per BLS median {a.median~hr:c}/hr which tracks. volume died in 2023 and my pipeline went from 40 files to 12")
T("la-04", "career-site", "Claims adjusters in Florida earn a median of {b.median=<$74,600>:u}, and in Tampa closer to {b.median=<$77,900>:u}.", place="Florida", own_place={1: "Tampa"})
T("la-05", "bullets", "Loan processor outlook\n- Jobs, 2025: {a.emp:c!2025}\n- Openings per year, 2025–35: {a.open:c!2035}\n- Self-employed: {a.self=<3%>:m}", heading="Outlook")
T("la-06", "faq", "How much do claims adjusters make? The average is {b.mean:c} a year; the middle half earn between {b.mid~_and:c}.", heading="Adjuster FAQ")
T("la-07", "press", "AssureCo said it will hire 120 adjusters in Dallas, citing BLS data that claims adjusters nationwide earn an average of {b.mean@23:o!2023} (May 2023) and hold about {b.oemp@23:o!2023} jobs that year.")
T("la-08", "career-site", "The adjuster workforce is shrinking: the BLS projects about {b.chg:c!2035} fewer jobs by 2035, though about {b.open:c} positions open up each year.")
NC("la-n1", "Current 30-year fixed rate: 6.25% APR. Call 888-555-0110 to talk with a loan officer.")
NC("la-n2", "Independent adjusters earn a 10% fee on each claim; cat deployments pay $500 a day.")

P("Help Desk Tech", "Network Engineer")
T("hn-01", "tech-blog", "Help desk is the classic first IT job, and network engineering is where many people want to end up. Computer user support specialists earn a median of {a.median:c}; computer network architects earn {b.median:c}.", heading="Help Desk to Network Engineer: The Real Numbers")
T("hn-02", "ooh", "Employment of computer network architects is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for computer network architects are projected each year, on average, over the decade.", heading="Job Outlook")
T("hn-03", "forum", "help desk tech 2 yrs. per BLS median is {a.median~hr:c} an hour and you usually need {a.edu=<some college, no degree>:c} or a cert. i'm at $21 lol")
T("hn-04", "career-site", "Network engineers in Virginia earn a median of {b.median=<$148,300>:u}, and those in Fairfax County earn about {b.median=<$155,000>:u}.", place="Virginia", own_place={1: "Fairfax County"})
T("hn-05", "bullets", "IT support specialist at a glance\n- Jobs: {a.oemp:c}\n- Openings per year: {a.open:c}\n- Jobs lost by 2035: {a.chg:c!2035}\n- Median pay: {a.median@24:o}", heading="Help desk facts")
T("hn-06", "faq", "Do network engineers need a degree? Most have a {b.edu:c}. The bottom 10 percent earned less than {b.p10@24:o!2024} in May 2024, and the top 10 percent more than {b.p90@24:o!2024}.", heading="FAQ")
T("hn-07", "tech-blog", "Don't believe the hype that network engineering is booming: the 2024–34 projections had {b.pct@24:o!2034} growth, and the 2025–35 projections have about {b.chg:c!2035} new jobs.")
T("hn-08", "career-site", "Help desk techs average {a.mean:c} a year, and network architects average {b.mean*0.72~th:m}.")
NC("hn-n1", "CompTIA A+ requires two exams at $253 each; our bootcamp costs $2,995 and runs 12 weeks.")
NC("hn-n2", "Our IT help desk is open 24/7: call ext. 4357 (HELP) or open a ticket; 90% of tickets are closed within 4 hours.")

P("Web Dev", "Data Scientist")
T("wd-01", "tech-blog", "Web devs and data scientists both write code, but the data side pays more: a median of {b.median:c} for data scientists versus {a.median:c} for web developers. Both roles typically ask for a {a.edu:c}.", heading="Web Developer vs. Data Scientist in 2026")
T("wd-02", "ooh", "Employment of data scientists is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for data scientists are projected each year, on average, over the decade.", heading="Job Outlook")
T("wd-03", "forum", "per BLS web devs are growing {a.pct:c} which isn't much, and median pay is {a.median~k:c}. self taught here, making $85k at an agency")
T("wd-04", "career-site", "Data scientists in New York earn a median of {b.median=<$141,700>:u}, and in Brooklyn around {b.median=<$133,000>:u}.", place="New York", own_place={1: "Brooklyn"})
T("wd-05", "table", "| | Web Dev | Data Scientist |\n|---|---|---|\n| Median pay, May 2024 | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs, May 2025 | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Jobs added, 2025–35 | {a.chg:c!2035} | {b.chg:c!2035} |", heading="Comparison table")
T("wd-06", "faq", "How many data scientists are there? About {b.emp:c} jobs, according to the BLS, and the highest 10 percent earned more than {b.p90:c}.", heading="FAQ")
T("wd-07", "press", "The bootcamp said its graduates enter a field where web developers earn a median of {a.median*1.45~th:m} and where about {a.self=<30%>:m} of developers freelance.")
T("wd-08", "career-site", "Web developers earned an average of {a.mean@24:o!2024} in May 2024 and held about {a.oemp@24:o!2024} jobs that year.")
NC("wd-n1", "Our 16-week full-stack bootcamp costs $15,500; 83% of 2025 grads were hired within 6 months.")
NC("wd-n2", "I charge clients $120 an hour for Shopify builds and $2,500 flat for a 5-page site.")

P("Project Manager (PM)", "Construction Manager")
T("pc-01", "comparison", "A PM can work in any industry, while construction managers run building projects. Project management specialists earn a median of {a.median:c}; construction managers earn {b.median:c}. Both usually hold a {a.edu:c}.", heading="Project Manager vs. Construction Manager: What Are the Differences?")
T("pc-02", "ooh", "About {b.self:c!2025} of construction managers were self-employed in 2025. The median annual wage for construction managers was {b.median:c!2025} in May 2025.", heading="Work Environment")
T("pc-03", "forum", "PMP holder here. per BLS PMs make {a.median@23:o!2023} median as of may 2023 and theres over {a.oemp@23:o!2023} of us that year. my base is $118k plus bonus")
T("pc-04", "career-site", "Construction managers in Arizona earn a median of {b.median=<$104,900>:u}, while those in the Phoenix metro area earn about {b.median=<$108,600>:u}.", place="Arizona", own_place={1: "Phoenix metro area"})
T("pc-05", "bullets", "Project management specialist outlook\n- Growth, 2025–35: {a.pct:c!2035}\n- Openings per year, 2025–35: {a.open:c!2035}\n- Employment, 2025: {a.emp:c!2025}", heading="PM outlook")
T("pc-06", "faq", "Do construction managers make six figures? Most do: the average is {b.mean:c}, though the bottom 10 percent earn less than {b.p10:c}.", heading="FAQ")
T("pc-07", "government", "The workforce board notes that construction managers are projected to add {b.chg:c!2035} jobs nationally by 2035, and that the 2024–34 projections showed about {b.self@24:o} self-employed.")
T("pc-08", "career-site", "Project management specialists typically need a {a.edu=<master's degree>:m}, and they are projected to grow {a.pct*2:m} over the decade.")
NC("pc-n1", "The PMP exam costs $405 for PMI members; our 35-hour prep course is $1,199 and comes with 2,000 practice questions.")
NC("pc-n2", "Our general contractor charges a 15% fee on projects over $250,000.")

P("Financial Analyst", "Actuary")
T("fa-01", "comparison", "Financial analysts and actuaries both crunch numbers for money-minded employers. Actuaries earn a median of {b.median:c}, financial analysts {a.median:c}; both typically need a {a.edu:c}.", heading="Financial Analyst vs. Actuary: What Are the Differences?")
T("fa-02", "ooh", "Employment of actuaries is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings for actuaries are projected each year, on average, over the decade.", heading="Job Outlook")
T("fa-03", "forum", "actuarial student, 4 exams passed. per BLS actuaries were projected to grow {b.pct@24:o!2034} 2024-34 which is why everyone piled in. newer numbers are way lower")
T("fa-04", "career-site", "In Connecticut, actuaries earn a median of {b.median=<$142,800>:u}, and in Hartford about {b.median=<$146,000>:u}.", place="Connecticut", own_place={1: "Hartford"})
T("fa-05", "bullets", "Financial analyst snapshot\n- Mean pay: {a.mean:c}\n- Top 10%: {a.p90:c}+\n- Jobs: {a.oemp:c}\n- Self-employed: {a.self:c}", heading="At a glance")
T("fa-06", "faq", "How much do actuaries make an hour? About {b.median~hr:c} at the median, and the lowest 10 percent earned less than {b.p10~hr:c}.", heading="Actuary FAQ")
T("fa-07", "press", "The university's new analytics major targets jobs like financial analyst, where the BLS reported a median of {a.median@24:o!2024} in May 2024 and about {a.self@24:o!2024} self-employed that year.")
T("fa-08", "career-site", "Actuaries are a tiny profession of about {b.emp*3:m} people who earn an average of {b.mean:c}.")
NC("fa-n1", "Each SOA exam costs $300 to $1,200, and most actuaries need 7 to 10 years to reach fellowship.")
NC("fa-n2", "The S&P 500 returned 24% in 2024; our analysts expect 8% in 2026.")

P("Corrections Officer (CO)", "Police Detective")
T("cd-01", "comparison", "Corrections officers work inside jails and prisons; detectives investigate crimes on the outside. Detectives earn a median of {b.median:c}, COs {a.median:c}, and both typically need a {a.edu:c} plus academy training.", heading="Corrections Officer vs. Detective: What Are the Differences?")
T("cd-02", "ooh", "Employment of correctional officers and jailers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings for correctional officers and jailers are projected each year, on average, over the decade.", heading="Job Outlook")
T("cd-03", "union", "To our members at the state facilities: correctional officers nationally averaged {a.mean~hr:c!2025} an hour in May 2025 according to BLS. Our tentative agreement brings a CO III to $34.10 by year three.")
T("cd-04", "forum", "CO 8 years, county jail. per BLS median was {a.median@24:o!2024} in 2024 and the job was supposed to drop {a.pct@24:o!2034} through 2034. mandatory doubles every week because nobody applies")
T("cd-05", "government", "Detectives and criminal investigators in New Jersey earn a median of {b.median=<$118,700>:u}; in Essex County the median is about {b.median=<$121,900>:u}.", place="New Jersey", own_place={1: "Essex County"})
T("cd-06", "bullets", "Police detective career facts\n- Mean pay: {b.mean~K:c}\n- Jobs: {b.oemp:c}\n- Job outlook, 2025–35: {b.desc=<Little or no change>:c!2035}\n- Typical education: {b.edu~cap:c}", heading="Detective at a glance")
T("cd-07", "faq", "How many correctional officers are there? About {a.emp:c} jobs, and the lowest 10 percent earned less than {a.p10:c}.", heading="CO FAQ")
T("cd-08", "career-site", "Detectives were projected to see a {b.desc=<decline>:o!2034} in employment from 2024 to 2034, and the newer projections show about {b.chg=<200>:c!2035} new jobs by 2035.")
NC("cd-n1", "The state corrections academy is 12 weeks; cadets earn $21.40 an hour and receive a $5,000 hiring bonus.")
NC("cd-n2", "Report a tip anonymously at 1-800-222-8477; rewards of up to $1,000 are paid for information leading to an arrest.")

P("Pre-K Teacher", "Daycare Worker")
T("pk-01", "comparison", "Pre-K teachers plan lessons; daycare workers care for infants and toddlers. Preschool teachers earn a median of {a.median:c} and typically need an {a.edu:c}, while childcare workers earn {b.median:c} and usually need a {b.edu:c}.", heading="Pre-K Teacher vs. Daycare Worker: What Are the Differences?")
T("pk-02", "ooh", "Employment of childcare workers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings for childcare workers are projected each year, on average, over the decade.", heading="Job Outlook")
T("pk-03", "forum", "daycare worker 3 yrs, infant room. per BLS the median was {b.median@23:o!2023} in may 2023 and like {b.self@24:o!2023} are self employed (home daycares). i make $15.50 and it's a lot of diapers")
T("pk-04", "government", "Preschool teachers in Georgia earn a median of {a.median=<$33,100>:u}, and in Fulton County about {a.median=<$36,400>:u}.", place="Georgia", own_place={1: "Fulton County"})
T("pk-05", "bullets", "Childcare worker outlook\n- Jobs, 2025: {b.emp:c!2025}\n- Change, 2025–35: {b.chg:c!2035}\n- Self-employed: {b.self:c}", heading="Outlook")
T("pk-06", "faq", "How much do pre-K teachers make an hour? About {a.median~hr:c} at the median, and the highest 10 percent earn more than {a.p90~hr:c}.", heading="Pre-K FAQ")
T("pk-07", "school", "Our CDA-to-associate pathway prepares you for a field of about {a.oemp:c} preschool teachers, projected to add {a.chg:c!2035} jobs by 2035.")
T("pk-08", "press", "The advocacy group said childcare workers earn a median of just {b.median*0.7~th:m} a year, less than many fast-food jobs, and that about {b.open*2:m} openings come up every year.")
NC("pk-n1", "Full-time infant care at our center costs $1,650 a month; the waitlist is 9 to 12 months.")
NC("pk-n2", "Our teachers start at $18 an hour and get free childcare for up to 2 children.")

P("CDL-B Bus Driver", "School Bus Driver")
T("bs-01", "comparison", "A CDL-B with passenger and school bus endorsements opens two doors: transit and intercity bus drivers earn a median of {a.median:c}, school bus drivers {b.median:c}. Both jobs typically require a {a.edu:c} plus the CDL.", heading="Transit Bus Driver vs. School Bus Driver: What Are the Differences?")
T("bs-02", "ooh", "Employment of school bus drivers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations. About {b.open:c} openings for school bus drivers are projected each year, on average, over the decade.", heading="Job Outlook")
T("bs-03", "union", "ATU Local 1181 update: transit bus drivers nationally earned a median of {a.median~hr:c!2025} an hour in May 2025, per BLS. Our operators top out at $41.75 after four years.")
T("bs-04", "forum", "school bus driver, split shift. per BLS median is {b.median@24~hr:o} an hour. i get $23 but only 6 hours a day and no summer pay")
T("bs-05", "career-site", "Transit bus drivers in California earn a median of {a.median=<$64,300>:u}, while those in San Diego earn around {a.median=<$61,800>:u}.", place="California", own_place={1: "San Diego"})
T("bs-06", "bullets", "Transit bus driver facts\n- Mean pay: {a.mean:c}\n- Jobs, May 2025: {a.oemp:c!2025}\n- Openings per year: {a.open=<30,000>:m}", heading="At a glance")
T("bs-07", "faq", "Are school bus drivers in demand? Yes. School districts hire about {b.open:c} drivers a year, and the field holds about {b.emp:c} jobs.", heading="FAQ")
T("bs-08", "press", "The transit authority said bus operators nationwide earned a median of {a.median@23:o!2023} in May 2023 and that the occupation had about {a.oemp@23:o!2023} jobs that year.")
NC("bs-n1", "Our CDL-B school costs $3,200 for 4 weeks; the DMV skills test fee is $50.")
NC("bs-n2", "Route 14 runs every 12 minutes, 5 a.m. to 1 a.m.; a day pass is $5 and seniors ride free.")

P("Environmental Specialist", "Microbiologist")
T("em-01", "comparison", "Environmental scientists and microbiologists both spend time in labs, and both need a {a.edu:c}. Environmental scientists and specialists earn a median of {a.median:c}; microbiologists earn {b.median:c}.", heading="Environmental Scientist vs. Microbiologist: What Are the Differences?")
T("em-02", "ooh", "Employment of environmental scientists and specialists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("em-03", "forum", "micro PhD student. per BLS microbiologists make {b.median~k:c} median and there are only about {b.oemp:c} jobs. good luck getting one of them without a postdoc")
T("em-04", "government", "Environmental specialists in Oregon earn a median of {a.median=<$86,700>:u}, and in Multnomah County around {a.median=<$90,200>:u}.", place="Oregon", own_place={1: "Multnomah County"})
T("em-05", "bullets", "Microbiologist outlook\n- Growth, 2024–34: {b.pct@24:o!2034}\n- Growth, 2025–35: {b.pct:c!2035}\n- Self-employed: {b.self:c}", heading="Outlook")
T("em-06", "faq", "What do environmental scientists make? On average {a.mean:c}; the top 10 percent earn more than {a.p90:c}.", heading="FAQ")
T("em-07", "career-site", "Environmental scientists earned a median of {a.median@24:o!2024} in May 2024, and their employment was projected to grow {a.desc=<about as fast as average>:o!2034} through 2034.")
T("em-08", "press", "The state university's new lab will train microbiologists for a field where the median pay is {b.median*0.6~th:m} and employment is projected to grow {b.pct=<15%>:m}.")
NC("em-n1", "Our field ecology course is 4 credits at $412 per credit, plus a $150 lab fee.")
NC("em-n2", "Water samples are tested within 24 hours; results are accurate to 0.1 mg/L, and 3 of 50 wells exceeded the limit.")

P("Photographer", "Video Editor")
T("pv-01", "comparison", "Photographers and video editors both tell stories visually, and most photographers work for themselves: about {a.self:c} are self-employed. Photographers earn a median of {a.median:c}; film and video editors earn {b.median:c}.", heading="Photographer vs. Video Editor: What Are the Differences?")
T("pv-02", "ooh", "Employment of photographers is projected to {a.desc=<decline>:c!2035} {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for photographers are projected each year, on average, over the decade.", heading="Job Outlook")
T("pv-03", "forum", "wedding photographer 10 yrs. per BLS median is {a.median@24:o!2024} (2024) but that's only people on payroll. I charge $4,500 a wedding and shoot 25 a year")
T("pv-04", "career-site", "Film and video editors in California earn a median of {b.median=<$98,300>:u}, and in Los Angeles County about {b.median=<$104,500>:u}.", place="California", own_place={1: "Los Angeles County"})
T("pv-05", "bullets", "Video editor snapshot\n- Median hourly pay: {b.median~hr:c}\n- Typical education: {b.edu~cap:c}\n- Jobs: {b.emp:c}\n- Openings per year: {b.open:c}", heading="At a glance")
T("pv-06", "faq", "How many photographers are there? About {a.emp:c!2025} jobs in 2025, counting the self-employed, and employment was projected to grow {a.pct@24:o!2034} from 2024 to 2034.", heading="Photographer FAQ")
T("pv-07", "tech-blog", "Editing is a great side hustle, but the full-time job is small: video editors averaged {b.mean:c} and the bottom 10 percent earned less than {b.p10:c}.")
T("pv-08", "press", "The film school's release said video editors earn a median of {b.median*1.5~th:m} and that about {b.chg*4:m!2035} new jobs will open by 2035.")
NC("pv-n1", "Our 2-hour family session is $350 and includes 40 edited images; prints start at $25.")
NC("pv-n2", "Adobe Creative Cloud costs $59.99 a month; our editors deliver a 3-minute highlight reel within 14 days.")

P("Insurance Producer", "Realtor")
T("ir-01", "comparison", "Insurance producers and realtors both sell on commission, but pay is steadier for insurance: a median of {a.median:c} against {b.median:c} for real estate sales agents. Both typically need a {a.edu:c} plus a state license.", heading="Insurance Agent vs. Real Estate Agent: What Are the Differences?")
T("ir-02", "ooh", "Real estate sales agents held about {b.oemp:c!2025} jobs in May 2025. The median annual wage for real estate sales agents was {b.median:c!2025} in May 2025.", heading="Work Environment")
T("ir-03", "forum", "realtor 5 yrs. per BLS median was {b.median@24:o!2024} in 2024 and I think that's generous, half my class quit year one. I closed 11 deals last year")
T("ir-04", "career-site", "Insurance sales agents in Texas earn a median of {a.median=<$55,100>:u}, and those in Dallas County about {a.median=<$60,300>:u}.", place="Texas", own_place={1: "Dallas County"})
T("ir-05", "bullets", "Insurance producer outlook\n- Jobs, 2025: {a.emp:c!2025}\n- Growth, 2025–35: {a.pct:c!2035}\n- New jobs, 2025–35: {a.chg:c!2035}\n- Openings per year, 2025–35: {a.open:c!2035}", heading="Outlook")
T("ir-06", "faq", "What do insurance agents make on average? The BLS mean is {a.mean:c}; the top 10% make over {a.p90:c}.", heading="FAQ")
T("ir-07", "career-site", "Real estate agents are projected to grow {b.pct@24~pc:o!2034} from 2024 to 2034, {b.desc=<about as fast as average>:o!2034}.")
T("ir-08", "press", "The brokerage said real estate agents earn an average of {b.mean*1.6~th:m} and that the field has {b.emp=<1.5 million>:m} agents.")
NC("ir-n1", "Our 40-hour pre-licensing course is $199; the state exam fee is $43 and the license costs $50.")
NC("ir-n2", "Agents on our team keep 80% of commission, and the typical 3% buyer's side on a $400,000 home is $12,000.")

# ---------------------------------------------------------------- second pass: ranges, percentiles, periods, pronouns
P("CRNA", "Certified Nurse Midwife (CNM)")
T("cn-09", "career-site", "Most CRNAs earn somewhere from {a.range~K_to:c} a year (10th to 90th percentile), depending on setting and call schedule.")
P("SLP", "Audiologist (AuD)")
T("sa-09", "career-site", "Audiologists earn a median of about {b.median~mo:c} a month, and they need a doctorate to practice.")
P("Phlebotomy Tech", "Pharm Tech")
T("pp-09", "nursing-blog", "Pharmacy technicians fill prescriptions under a pharmacist's eye. They earn an average of {b.mean~hr:c} an hour, and these workers held about {b.oemp:c!2025} jobs in May 2025.")
T("pp-10", "comparison", "Both pharm techs and phlebotomists earn about {a.median~th:c} a year, so pick the one whose daily work you would enjoy more.")
P("Surg Tech", "Vet Tech")
T("sv-09", "faq", "Do vet techs make less than surg techs? On average, yes: {b.mean:c} a year compared with {a.mean:c} for surgical technologists.", heading="FAQ")
P("MFT", "School Counselor")
T("ms-09", "career-site", "The middle 50% of marriage and family therapists earn between {a.mid~K_and:c}.")
P("Millwright", "Journeyman Lineman")
T("ml-09", "career-site", "The 25th percentile for power-line installers is {b.p25:c}, and the 75th percentile is {b.p75:c}.")
P("Diesel Tech", "Auto Tech")
T("da-09", "trade", "Diesel techs earn a median of about {a.median~wk:c} a week, before overtime.")
P("Help Desk Tech", "Network Engineer")
T("hn-09", "career-site", "In May 2024, help desk techs earned a median of {a.median@24:o!2024}. Back then, they held about {a.oemp@24:o!2024} jobs.")
P("Project Manager (PM)", "Construction Manager")
T("pc-09", "career-site", "Construction managers in the top quarter earn more than {b.p75:c} a year.")
P("Financial Analyst", "Actuary")
T("fa-09", "faq", "What is the salary range for a financial analyst? Pay runs from about {a.range~K_to:c}, from the lowest 10 percent to the highest 10 percent.", heading="FAQ")
P("Corrections Officer (CO)", "Police Detective")
T("cd-09", "career-site", "Correctional officers earn a median of about {a.median~mo:c} a month before overtime.")
P("CDL-B Bus Driver", "School Bus Driver")
T("bs-09", "government", "School bus drivers rarely work a full year. These drivers earned a mean of {b.mean:c!2025} in May 2025.")
P("Environmental Specialist", "Microbiologist")
T("em-09", "career-site", "The lowest-paid 10 percent of microbiologists earn less than {b.p10:c}.")
P("Photographer", "Video Editor")
T("pv-09", "forum", "honestly photographers make about {a.median~K:c} a year per BLS, don't quit your day job")
P("LMT", "Chiropractor (DC)")
T("lc-09", "career-site", "A chiropractor's median pay works out to about {b.median~mo:c} a month.")
P("Insurance Producer", "Realtor")
T("ir-09", "faq", "Do realtors make good money? Some do, but the lowest 10 percent earn less than {b.p10@24:o!2024} (May 2024), and they held {b.oemp@24:o!2024} jobs that year.", heading="FAQ")


P("Web Dev", "Data Scientist")
T("wd-09", "tech-blog", "Web development is no longer a boom field: employment is projected to grow {a.desc=<about as fast as the average>:c!2035} through 2035, adding about {a.chg:c!2035} jobs.")
P("Insurance Producer", "Realtor")
T("ir-10", "government", "Real estate sales agent employment is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035}. About {b.open:c!2035} openings are expected each year through 2035.")
P("Financial Analyst", "Actuary")
T("fa-10", "ooh", "Employment of financial and investment analysts is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
P("Project Manager (PM)", "Construction Manager")
T("pc-10", "forum", "per BLS project management specialists are growing {a.desc=<faster than average>:o} and there are about {a.open@24:o} openings a year. every job title is PM now lol")
P("Environmental Specialist", "Microbiologist")
T("em-10", "career-site", "Microbiology is a hot field: the BLS says jobs will grow {b.desc=<much faster than average>:m}, and microbiologists are paid an average of {b.mean:c}.")
P("HR Generalist", "Payroll Clerk")
T("hp-09", "forum", "per BLS HR specialists are growing {a.desc=<much faster than average>:m} lol. tell that to everyone who got laid off in the last round")
T("hp-10", "career-site", "On average, payroll clerks earn less than HR specialists, taking home {b.mean:c} a year; the top 10 percent of payroll clerks earn more than {b.p90:c}.")
P("Loan Processor", "Claims Adjuster")
T("la-09", "faq", "What do loan processors make? The bottom quarter earn less than {a.p25:c}, and the top quarter more than {a.p75:c}.", heading="Loan processor FAQ")


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout20:\n  " + "\n  ".join(errs))
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
        print("periods", Counter(c["period"] for c in cs if c["kind"] == "salary"))
        print("years", Counter(c["year"] for c in cs if c["year"]), "places", sum(1 for c in cs if c["place"]))
        print("items by pair", Counter(i["id"].rsplit("-", 1)[0] for i in ITEMS))


if __name__ == "__main__":
    main()
