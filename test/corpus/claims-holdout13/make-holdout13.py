#!/usr/bin/env python3
"""Generate claims-holdout13 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement.
Run: python3 make-holdout13.py [--flips]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"derm": {"query": "Dermatologist", "soc": "29-1213", "title": "Dermatologists", "oews2025": {"mean": 323530, "median": 328730, "p10": 102810, "p25": 139990, "p75": 452450, "p90": 578560, "hourlyMean": 155.55, "employment": 11370}, "oews2024": {"mean": 347810, "p10": 118540, "p25": 172510, "hourlyMean": 167.22, "employment": 10080}, "oews2023": {"mean": 342860, "p10": 103000, "p25": 180750, "hourlyMean": 164.84, "employment": 12040}, "ep2025": {"changePercent": 6.8, "changeNumeric": 0.8, "openingsPerYear": 0.4, "employmentBase": 12.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 4}, "ep2024": {"changePercent": 6.4, "changeNumeric": 0.7, "openingsPerYear": 0.4, "employmentBase": 10.9, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.8}},
"cardio": {"query": "Cardiologist", "soc": "29-1212", "title": "Cardiologists", "oews2025": {"mean": 454940, "median": 496010, "p10": 107190, "p25": 274280, "p75": 610060, "p90": 712130, "hourlyMean": 218.72, "employment": 17290}, "oews2024": {"mean": 432490, "p10": 119970, "p25": 230100, "hourlyMean": 207.93, "employment": 18020}, "oews2023": {"mean": 423250, "p10": 102530, "p25": 235000, "hourlyMean": 203.49, "employment": 15190}, "ep2025": {"changePercent": 4.8, "changeNumeric": 0.9, "openingsPerYear": 0.5, "employmentBase": 18.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.8}, "ep2024": {"changePercent": 4.1, "changeNumeric": 0.8, "openingsPerYear": 0.6, "employmentBase": 19.4, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.7}},
"secsup": {"query": "Security Supervisor", "soc": "33-1091", "title": "First-Line Supervisors of Security Workers", "oews2025": {"mean": 59900, "median": 55940, "p10": 37300, "p25": 45030, "p75": 71950, "p90": 92260, "hourlyMean": 28.8, "employment": 81480}, "oews2024": {"mean": 62990, "median": 58610, "p10": 37800, "p25": 46070, "p75": 74700, "p90": 93930, "hourlyMean": 30.28, "employment": 70310}, "oews2023": {"mean": 59580, "median": 54580, "p10": 36560, "p25": 43460, "p75": 70040, "p90": 87400, "hourlyMean": 28.64, "employment": 64900}, "ep2025": {"changePercent": 3.7, "changeNumeric": 3, "openingsPerYear": 6.8, "employmentBase": 82.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}, "ep2024": {"changePercent": 2.7, "changeNumeric": 1.9, "openingsPerYear": 7, "employmentBase": 71.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}},
"corrsup": {"query": "First-Line Supervisors of Correctional Officers", "soc": "33-1011", "title": "First-Line Supervisors of Correctional Officers", "oews2025": {"mean": 84380, "median": 77970, "p10": 52330, "p25": 59890, "p75": 103320, "p90": 127780, "hourlyMean": 40.57, "employment": 53380}, "oews2024": {"mean": 82260, "median": 76310, "p10": 50340, "p25": 56890, "p75": 102190, "p90": 125170, "hourlyMean": 39.55, "employment": 53390}, "oews2023": {"mean": 76840, "median": 70530, "p10": 42600, "p25": 53890, "p75": 95870, "p90": 116750, "hourlyMean": 36.94, "employment": 52280}, "ep2025": {"changePercent": -2.5, "changeNumeric": -1.4, "openingsPerYear": 3.7, "employmentBase": 56.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -2.8, "changeNumeric": -1.6, "openingsPerYear": 4.3, "employmentBase": 57.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"alj": {"query": "Administrative Law Judge", "soc": "23-1021", "title": "Administrative Law Judges, Adjudicators, and Hearing Officers", "oews2025": {"mean": 125990, "median": 117860, "p10": 61110, "p25": 81140, "p75": 159680, "p90": 207480, "hourlyMean": 60.57, "employment": 16370}, "oews2024": {"mean": 122620, "median": 115230, "p10": 56970, "p25": 76920, "p75": 161290, "p90": 203990, "hourlyMean": 58.95, "employment": 16230}, "oews2023": {"mean": 119940, "median": 111090, "p10": 53140, "p25": 75730, "p75": 160350, "p90": 195000, "hourlyMean": 57.67, "employment": 14670}, "ep2025": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 0.5, "employmentBase": 17.4, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -0.7, "changeNumeric": -0.1, "openingsPerYear": 0.5, "employmentBase": 17.5, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"lawclerk": {"query": "Judicial Law Clerk", "soc": "23-1012", "title": "Judicial Law Clerks", "oews2025": {"mean": 72950, "median": 64920, "p10": 46180, "p25": 52870, "p75": 80420, "p90": 113140, "hourlyMean": 35.07, "employment": 13290}, "oews2024": {"mean": 69850, "median": 60400, "p10": 42000, "p25": 49840, "p75": 78060, "p90": 113150, "hourlyMean": 33.58, "employment": 13220}, "oews2023": {"mean": 64880, "median": 57490, "p10": 41020, "p25": 46090, "p75": 71240, "p90": 102810, "hourlyMean": 31.19, "employment": 14680}, "ep2025": {"changePercent": 2.8, "changeNumeric": 0.4, "openingsPerYear": 1.5, "employmentBase": 14, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.5, "changeNumeric": 0.4, "openingsPerYear": 1, "employmentBase": 14.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 2.7}},
"postmaster": {"query": "Postmaster", "soc": "11-9131", "title": "Postmasters and Mail Superintendents", "oews2025": {"mean": 97360, "median": 96660, "p10": 85090, "p25": 90650, "p75": 102960, "p90": 111740, "hourlyMean": 46.81, "employment": 13810}, "oews2024": {"mean": 93760, "median": 92730, "p10": 81430, "p25": 87150, "p75": 99590, "p90": 109140, "hourlyMean": 45.08, "employment": 13810}, "oews2023": {"mean": 89770, "median": 88670, "p10": 79060, "p25": 82990, "p75": 95660, "p90": 104940, "hourlyMean": 43.16, "employment": 13810}, "ep2025": {"changePercent": -0.3, "changeNumeric": 0, "openingsPerYear": 0.9, "employmentBase": 13.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -3.5, "changeNumeric": -0.5, "openingsPerYear": 0.9, "employmentBase": 13.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"mailclerk": {"query": "Mail Clerk", "soc": "43-9051", "title": "Mail Clerks and Mail Machine Operators, Except Postal Service", "oews2025": {"mean": 41650, "median": 39280, "p10": 30780, "p25": 35470, "p75": 46450, "p90": 54820, "hourlyMean": 20.03, "employment": 55230}, "oews2024": {"mean": 40200, "median": 38150, "p10": 29460, "p25": 34440, "p75": 44940, "p90": 52150, "hourlyMean": 19.33, "employment": 62730}, "oews2023": {"mean": 38370, "median": 36880, "p10": 28390, "p25": 32540, "p75": 42860, "p90": 49700, "hourlyMean": 18.45, "employment": 66600}, "ep2025": {"changePercent": -7.2, "changeNumeric": -4.1, "openingsPerYear": 4.7, "employmentBase": 57.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6.6, "changeNumeric": -4.4, "openingsPerYear": 6.9, "employmentBase": 67.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.1}},
"switch": {"query": "Switchboard Operator", "soc": "43-2011", "title": "Switchboard Operators, Including Answering Service", "oews2025": {"mean": 42300, "median": 38630, "p10": 29990, "p25": 34820, "p75": 46530, "p90": 59470, "hourlyMean": 20.34, "employment": 34280}, "oews2024": {"mean": 42130, "median": 38370, "p10": 29820, "p25": 34250, "p75": 46330, "p90": 60940, "hourlyMean": 20.26, "employment": 35730}, "oews2023": {"mean": 40020, "median": 36750, "p10": 28030, "p25": 31600, "p75": 43840, "p90": 58810, "hourlyMean": 19.24, "employment": 43830}, "ep2025": {"changePercent": -26, "changeNumeric": -9.2, "openingsPerYear": 3.1, "employmentBase": 35.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.6}, "ep2024": {"changePercent": -26.3, "changeNumeric": -9.6, "openingsPerYear": 2.8, "employmentBase": 36.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"telop": {"query": "Telephone Operator", "soc": "43-2021", "title": "Telephone Operators", "oews2025": {"mean": 44970, "median": 41740, "p10": 31510, "p25": 36920, "p75": 51510, "p90": 62950, "hourlyMean": 21.62, "employment": 3430}, "oews2024": {"mean": 42880, "median": 39130, "p10": 31440, "p25": 35860, "p75": 48530, "p90": 57510, "hourlyMean": 20.62, "employment": 3950}, "oews2023": {"mean": 42100, "median": 38080, "p10": 29770, "p25": 33820, "p75": 48590, "p90": 59230, "hourlyMean": 20.24, "employment": 4600}, "ep2025": {"changePercent": -27.6, "changeNumeric": -1, "openingsPerYear": 0.2, "employmentBase": 3.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -27.5, "changeNumeric": -1.1, "openingsPerYear": 0.3, "employmentBase": 4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"newacct": {"query": "New Accounts Clerk", "soc": "43-4141", "title": "New Accounts Clerks", "oews2025": {"mean": 49370, "median": 47670, "p10": 38180, "p25": 43920, "p75": 55100, "p90": 60910, "hourlyMean": 23.73, "employment": 36860}, "oews2024": {"mean": 47610, "median": 46610, "p10": 36980, "p25": 40050, "p75": 51510, "p90": 60110, "hourlyMean": 22.89, "employment": 38030}, "oews2023": {"mean": 44670, "median": 44630, "p10": 35040, "p25": 37970, "p75": 48730, "p90": 56420, "hourlyMean": 21.48, "employment": 41180}, "ep2025": {"changePercent": -6.5, "changeNumeric": -2.5, "openingsPerYear": 2.3, "employmentBase": 37.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -13.2, "changeNumeric": -5.2, "openingsPerYear": 2.3, "employmentBase": 38.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"claimsclerk": {"query": "Insurance Claims Clerk", "soc": "43-9041", "title": "Insurance Claims and Policy Processing Clerks", "oews2025": {"mean": 52920, "median": 49230, "p10": 37560, "p25": 44270, "p75": 60490, "p90": 73590, "hourlyMean": 25.44, "employment": 214260}, "oews2024": {"mean": 51980, "median": 48450, "p10": 36900, "p25": 41600, "p75": 59500, "p90": 73100, "hourlyMean": 24.99, "employment": 229070}, "oews2023": {"mean": 49530, "median": 46900, "p10": 35510, "p25": 38810, "p75": 57420, "p90": 68370, "hourlyMean": 23.81, "employment": 241650}, "ep2025": {"changePercent": -1.9, "changeNumeric": -4.4, "openingsPerYear": 17.5, "employmentBase": 239.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": -3.7, "changeNumeric": -9.5, "openingsPerYear": 20.3, "employmentBase": 256.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}},
"aerotech": {"query": "Aerospace Engineering Technician", "soc": "17-3021", "title": "Aerospace Engineering and Operations Technologists and Technicians", "oews2025": {"mean": 91310, "median": 82890, "p10": 59050, "p25": 67680, "p75": 111280, "p90": 125160, "hourlyMean": 43.9, "employment": 11280}, "oews2024": {"mean": 86330, "median": 79830, "p10": 53730, "p25": 64570, "p75": 102220, "p90": 120440, "hourlyMean": 41.5, "employment": 9060}, "oews2023": {"mean": 81280, "median": 77830, "p10": 50050, "p25": 61490, "p75": 99440, "p90": 113970, "hourlyMean": 39.08, "employment": 10640}, "ep2025": {"changePercent": 11.9, "changeNumeric": 1.4, "openingsPerYear": 1.1, "employmentBase": 11.6, "education": "Associate's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 8.1, "changeNumeric": 0.8, "openingsPerYear": 0.9, "employmentBase": 9.3, "education": "Associate's degree", "selfEmployedPercent": 1.4}},
"indtech": {"query": "Industrial Engineering Technician", "soc": "17-3026", "title": "Industrial Engineering Technologists and Technicians", "oews2025": {"mean": 70700, "median": 66120, "p10": 47300, "p25": 55760, "p75": 80280, "p90": 99150, "hourlyMean": 33.99, "employment": 75570}, "oews2024": {"mean": 69780, "median": 64790, "p10": 46370, "p25": 53230, "p75": 79040, "p90": 97670, "hourlyMean": 33.55, "employment": 73410}, "oews2023": {"mean": 66640, "median": 62610, "p10": 44950, "p25": 50680, "p75": 77390, "p90": 94540, "hourlyMean": 32.04, "employment": 73020}, "ep2025": {"changePercent": 3.1, "changeNumeric": 2.4, "openingsPerYear": 6.6, "employmentBase": 76.7, "education": "Associate's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 1.7, "changeNumeric": 1.3, "openingsPerYear": 6.3, "employmentBase": 74.6, "education": "Associate's degree", "selfEmployedPercent": 1.5}},
"cjprof": {"query": "Criminal Justice Professor", "soc": "25-1111", "title": "Criminal Justice and Law Enforcement Teachers, Postsecondary", "oews2025": {"mean": 87550, "median": 76590, "p10": 45000, "p25": 60020, "p75": 100870, "p90": 140240, "employment": 13150}, "oews2024": {"mean": 84820, "median": 71470, "p10": 45640, "p25": 56100, "p75": 99730, "p90": 143130, "employment": 13560}, "oews2023": {"mean": 83470, "median": 69030, "p10": 46320, "p25": 56020, "p75": 102110, "p90": 134580, "employment": 13390}, "ep2025": {"changePercent": 1.5, "changeNumeric": 0.2, "openingsPerYear": 1.1, "employmentBase": 15.7, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2, "changeNumeric": 0.3, "openingsPerYear": 1.2, "employmentBase": 16.2, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"swprof": {"query": "Social Work Professor", "soc": "25-1113", "title": "Social Work Teachers, Postsecondary", "oews2025": {"mean": 83940, "median": 77570, "p10": 48200, "p25": 61170, "p75": 100400, "p90": 126790, "employment": 12610}, "oews2024": {"mean": 81880, "median": 76210, "p10": 45370, "p25": 57080, "p75": 98570, "p90": 129280, "employment": 13350}, "oews2023": {"mean": 80840, "median": 75020, "p10": 46790, "p25": 53640, "p75": 96670, "p90": 127760, "employment": 11730}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.4, "openingsPerYear": 1.1, "employmentBase": 16, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.3, "changeNumeric": 0.4, "openingsPerYear": 1.3, "employmentBase": 17.1, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"commprof": {"query": "Communications Professor", "soc": "25-1122", "title": "Communications Teachers, Postsecondary", "oews2025": {"mean": 90010, "median": 78580, "p10": 47590, "p25": 61250, "p75": 102450, "p90": 143720, "employment": 29420}, "oews2024": {"mean": 90340, "median": 77800, "p10": 47100, "p25": 60060, "p75": 103230, "p90": 160210, "employment": 29260}, "oews2023": {"mean": 90950, "median": 79910, "p10": 48060, "p25": 61410, "p75": 104810, "p90": 160060, "employment": 28520}, "ep2025": {"changePercent": 2.1, "changeNumeric": 0.8, "openingsPerYear": 2.4, "employmentBase": 35.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 2.1, "changeNumeric": 0.8, "openingsPerYear": 2.7, "employmentBase": 35.8, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}},
"langprof": {"query": "Foreign Language Professor", "soc": "25-1124", "title": "Foreign Language and Literature Teachers, Postsecondary", "oews2025": {"mean": 89990, "median": 79350, "p10": 49060, "p25": 62510, "p75": 102730, "p90": 136050, "employment": 19830}, "oews2024": {"mean": 87670, "median": 77010, "p10": 47090, "p25": 59790, "p75": 101680, "p90": 134960, "employment": 21170}, "oews2023": {"mean": 88490, "median": 78760, "p10": 48230, "p25": 61530, "p75": 103340, "p90": 136260, "employment": 20820}, "ep2025": {"changePercent": 0.2, "changeNumeric": 0.1, "openingsPerYear": 1.6, "employmentBase": 24.6, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": -0.2, "changeNumeric": 0, "openingsPerYear": 1.9, "employmentBase": 26.4, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}},
"firespec": {"query": "Forest Fire Inspectors and Prevention Specialists", "soc": "33-2022", "title": "Forest Fire Inspectors and Prevention Specialists", "oews2025": {"mean": 66640, "median": 56870, "p10": 35420, "p25": 43760, "p75": 81500, "p90": 105460, "hourlyMean": 32.04, "employment": 2780}, "oews2024": {"mean": 61820, "median": 52380, "p10": 33590, "p25": 41000, "p75": 77780, "p90": 100450, "hourlyMean": 29.72, "employment": 2780}, "oews2023": {"mean": 61090, "median": 54080, "p10": 35000, "p25": 39250, "p75": 76540, "p90": 92170, "hourlyMean": 29.37, "employment": 2270}, "ep2025": {"changePercent": 13.1, "changeNumeric": 0.4, "openingsPerYear": 0.4, "employmentBase": 3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 14.6, "changeNumeric": 0.4, "openingsPerYear": 0.3, "employmentBase": 2.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"forestwk": {"query": "Forest and Conservation Worker", "soc": "45-4011", "title": "Forest and Conservation Workers", "oews2025": {"mean": 43680, "median": 43680, "p10": 33780, "p25": 37440, "p75": 45760, "p90": 57220, "hourlyMean": 21, "employment": 6050}, "oews2024": {"mean": 42830, "median": 43680, "p10": 33050, "p25": 36400, "p75": 45200, "p90": 54190, "hourlyMean": 20.59, "employment": 5630}, "oews2023": {"mean": 36860, "median": 33940, "p10": 28600, "p25": 31200, "p75": 40100, "p90": 50450, "hourlyMean": 17.72, "employment": 5750}, "ep2025": {"changePercent": -1.5, "changeNumeric": -0.2, "openingsPerYear": 2.2, "employmentBase": 14.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 26.7}, "ep2024": {"changePercent": -4.7, "changeNumeric": -0.5, "openingsPerYear": 2, "employmentBase": 10.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 15.1}},
"garage": {"query": "Garage Door Technician", "soc": "49-9011", "title": "Mechanical Door Repairers", "oews2025": {"mean": 57540, "median": 55720, "p10": 38490, "p25": 46610, "p75": 65630, "p90": 78260, "hourlyMean": 27.67, "employment": 27120}, "oews2024": {"mean": 54110, "median": 51050, "p10": 37160, "p25": 44720, "p75": 61350, "p90": 73160, "hourlyMean": 26.01, "employment": 27970}, "oews2023": {"mean": 51640, "median": 48650, "p10": 36240, "p25": 42330, "p75": 59700, "p90": 69750, "hourlyMean": 24.83, "employment": 27800}, "ep2025": {"changePercent": 6.4, "changeNumeric": 1.8, "openingsPerYear": 2.1, "employmentBase": 28.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.9}, "ep2024": {"changePercent": 11.4, "changeNumeric": 3.2, "openingsPerYear": 2.7, "employmentBase": 28.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"mobhome": {"query": "Manufactured Home Installer", "soc": "49-9095", "title": "Manufactured Building and Mobile Home Installers", "oews2025": {"mean": 45410, "median": 45990, "p10": 27120, "p25": 35800, "p75": 51970, "p90": 60810, "hourlyMean": 21.83, "employment": 3020}, "oews2024": {"mean": 42620, "median": 41080, "p10": 30280, "p25": 35290, "p75": 48410, "p90": 57190, "hourlyMean": 20.49, "employment": 2610}, "oews2023": {"mean": 39820, "median": 38980, "p10": 26560, "p25": 33860, "p75": 45650, "p90": 54080, "hourlyMean": 19.14, "employment": 2910}, "ep2025": {"changePercent": 5.8, "changeNumeric": 0.2, "openingsPerYear": 0.3, "employmentBase": 3.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 14.9}, "ep2024": {"changePercent": 5.9, "changeNumeric": 0.2, "openingsPerYear": 0.3, "employmentBase": 3.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 17}},
"railyard": {"query": "Rail Yard Engineer", "soc": "53-4013", "title": "Rail Yard Engineers, Dinkey Operators, and Hostlers", "oews2025": {"mean": 68450, "median": 60600, "p10": 44540, "p25": 52780, "p75": 80360, "p90": 100270, "hourlyMean": 32.91, "employment": 3920}, "oews2024": {"mean": 60810, "median": 58030, "p10": 44510, "p25": 51770, "p75": 65530, "p90": 79070, "hourlyMean": 29.23, "employment": 3300}, "oews2023": {"mean": 57580, "median": 57070, "p10": 38800, "p25": 49080, "p75": 63050, "p90": 76470, "hourlyMean": 27.69, "employment": 2430}, "ep2025": {"changePercent": 0.8, "changeNumeric": 0, "openingsPerYear": 0.3, "employmentBase": 3.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 0.3, "changeNumeric": 0, "openingsPerYear": 0.2, "employmentBase": 3.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"track": {"query": "Track Maintenance Operator", "soc": "47-4061", "title": "Rail-Track Laying and Maintenance Equipment Operators", "oews2025": {"mean": 68740, "median": 70070, "p10": 45640, "p25": 51280, "p75": 81670, "p90": 87420, "hourlyMean": 33.05, "employment": 19580}, "oews2024": {"mean": 68270, "median": 67370, "p10": 45720, "p25": 51630, "p75": 79330, "p90": 84840, "hourlyMean": 32.82, "employment": 16480}, "oews2023": {"mean": 67330, "median": 67000, "p10": 46350, "p25": 59350, "p75": 80480, "p90": 82340, "hourlyMean": 32.37, "employment": 18770}, "ep2025": {"changePercent": 1.5, "changeNumeric": 0.3, "openingsPerYear": 1.2, "employmentBase": 17.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1.6, "changeNumeric": 0.2, "openingsPerYear": 1.1, "employmentBase": 15, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"pumper": {"query": "Wellhead Pumper", "soc": "53-7073", "title": "Wellhead Pumpers", "oews2025": {"mean": 70370, "median": 69960, "p10": 44100, "p25": 52330, "p75": 82200, "p90": 98170, "hourlyMean": 33.83, "employment": 17990}, "oews2024": {"mean": 70070, "median": 70010, "p10": 39110, "p25": 54450, "p75": 80720, "p90": 97470, "hourlyMean": 33.69, "employment": 17350}, "oews2023": {"mean": 69930, "median": 71830, "p10": 38490, "p25": 55700, "p75": 81080, "p90": 96600, "hourlyMean": 33.62, "employment": 18230}, "ep2025": {"changePercent": -2, "changeNumeric": -0.4, "openingsPerYear": 1.7, "employmentBase": 18.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -4.7, "changeNumeric": -0.9, "openingsPerYear": 2, "employmentBase": 18.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.6}},
"gascomp": {"query": "Gas Compressor Operator", "soc": "53-7071", "title": "Gas Compressor and Gas Pumping Station Operators", "oews2025": {"mean": 74610, "median": 77320, "p10": 46180, "p25": 58580, "p75": 91020, "p90": 99510, "hourlyMean": 35.87, "employment": 3510}, "oews2024": {"mean": 71750, "median": 71510, "p10": 43950, "p25": 57520, "p75": 88090, "p90": 98350, "hourlyMean": 34.5, "employment": 5110}, "oews2023": {"mean": 63810, "median": 61870, "p10": 36480, "p25": 47470, "p75": 75370, "p90": 93450, "hourlyMean": 30.68, "employment": 4400}, "ep2025": {"changePercent": 2.1, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 3.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -1.3, "changeNumeric": -0.1, "openingsPerYear": 0.6, "employmentBase": 5.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.6}},
"dredge": {"query": "Dredge Operator", "soc": "53-7031", "title": "Dredge Operators", "oews2025": {"mean": 56120, "median": 49640, "p10": 41080, "p25": 46430, "p75": 62070, "p90": 74140, "hourlyMean": 26.98, "employment": 1040}, "oews2024": {"mean": 55820, "median": 48430, "p10": 42060, "p25": 46120, "p75": 60300, "p90": 75050, "hourlyMean": 26.84, "employment": 1030}, "oews2023": {"mean": 53700, "median": 50440, "p10": 37870, "p25": 43670, "p75": 60670, "p90": 72570, "hourlyMean": 25.82, "employment": 940}, "ep2025": {"changePercent": 0.7, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 19.3}, "ep2024": {"changePercent": 1.2, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 8}},
"pumpop": {"query": "Pump Operator", "soc": "53-7072", "title": "Pump Operators, Except Wellhead Pumpers", "oews2025": {"mean": 63960, "median": 61770, "p10": 39420, "p25": 47560, "p75": 77210, "p90": 91820, "hourlyMean": 30.75, "employment": 9780}, "oews2024": {"mean": 61950, "median": 60020, "p10": 37850, "p25": 47270, "p75": 75160, "p90": 89660, "hourlyMean": 29.78, "employment": 12600}, "oews2023": {"mean": 58650, "median": 54690, "p10": 36290, "p25": 43720, "p75": 72680, "p90": 85430, "hourlyMean": 28.2, "employment": 11570}, "ep2025": {"changePercent": 4.3, "changeNumeric": 0.4, "openingsPerYear": 1, "employmentBase": 9.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.6, "changeNumeric": 0.3, "openingsPerYear": 1.5, "employmentBase": 13.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.6}},
"prosth": {"query": "Prosthodontist", "soc": "29-1024", "title": "Prosthodontists", "oews2025": {"mean": 268630, "median": 311180, "p10": 103510, "p25": 252050, "p75": 333480, "p90": 344750, "hourlyMean": 129.15, "employment": 870}, "oews2024": {"mean": 258660, "p10": 97370, "p25": 232000, "hourlyMean": 124.36, "employment": 760}, "oews2023": {"mean": 240750, "median": 234000, "p10": 93600, "p25": 176800, "hourlyMean": 115.75, "employment": 570}, "ep2025": {"changePercent": 5.8, "changeNumeric": 0.1, "openingsPerYear": 0, "employmentBase": 1, "education": "Doctoral or professional degree", "selfEmployedPercent": 12.6}, "ep2024": {"changePercent": 4.5, "changeNumeric": 0, "openingsPerYear": 0, "employmentBase": 0.9, "education": "Doctoral or professional degree", "selfEmployedPercent": 12}},
"oralsurg": {"query": "Oral Surgeon", "soc": "29-1022", "title": "Oral and Maxillofacial Surgeons", "oews2025": {"mean": 346490, "median": 352220, "p10": 86250, "p25": 204610, "p75": 428710, "p90": 622640, "hourlyMean": 166.58, "employment": 4910}, "oews2024": {"mean": 360240, "p10": 82960, "p25": 236780, "hourlyMean": 173.19, "employment": 5330}, "oews2023": {"mean": 334310, "p10": 88060, "p25": 212300, "hourlyMean": 160.73, "employment": 4160}, "ep2025": {"changePercent": 5.6, "changeNumeric": 0.3, "openingsPerYear": 0.2, "employmentBase": 5.6, "education": "Doctoral or professional degree", "selfEmployedPercent": 12.3}, "ep2024": {"changePercent": 4.1, "changeNumeric": 0.3, "openingsPerYear": 0.2, "employmentBase": 6.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 11.9}},
"ccdir": {"query": "Childcare Center Director", "soc": "11-9031", "title": "Education and Childcare Administrators, Preschool and Daycare", "oews2025": {"mean": 64800, "median": 59300, "p10": 38580, "p25": 47040, "p75": 75500, "p90": 98240, "hourlyMean": 31.15, "employment": 73660}, "oews2024": {"mean": 62640, "median": 56270, "p10": 37060, "p25": 45310, "p75": 72690, "p90": 96400, "hourlyMean": 30.12, "employment": 71620}, "oews2023": {"mean": 61320, "median": 54290, "p10": 36550, "p25": 44420, "p75": 69350, "p90": 94890, "hourlyMean": 29.48, "employment": 64090}, "ep2025": {"changePercent": -3.1, "changeNumeric": -2.9, "openingsPerYear": 5.2, "employmentBase": 91.9, "education": "Bachelor's degree", "selfEmployedPercent": 5.8}, "ep2024": {"changePercent": -2.5, "changeNumeric": -2.3, "openingsPerYear": 5.5, "employmentBase": 90.2, "education": "Bachelor's degree", "selfEmployedPercent": 4.9}},
"resadv": {"query": "Residential Advisor", "soc": "39-9041", "title": "Residential Advisors", "oews2025": {"mean": 43990, "median": 42240, "p10": 29870, "p25": 35510, "p75": 49920, "p90": 61060, "hourlyMean": 21.15, "employment": 84760}, "oews2024": {"mean": 41590, "median": 39180, "p10": 28490, "p25": 33890, "p75": 47590, "p90": 58350, "hourlyMean": 19.99, "employment": 82810}, "oews2023": {"mean": 40200, "median": 37950, "p10": 27520, "p25": 32510, "p75": 46310, "p90": 55640, "hourlyMean": 19.33, "employment": 88700}, "ep2025": {"changePercent": 3.5, "changeNumeric": 3.3, "openingsPerYear": 16.5, "employmentBase": 94.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 3}, "ep2024": {"changePercent": 3.8, "changeNumeric": 3.5, "openingsPerYear": 17.4, "employmentBase": 91.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.2}},
"craft": {"query": "Craft Artist", "soc": "27-1012", "title": "Craft Artists", "oews2025": {"mean": 49740, "median": 46080, "p10": 25960, "p25": 35020, "p75": 58240, "p90": 71990, "hourlyMean": 23.91, "employment": 4580}, "oews2024": {"mean": 45340, "median": 38480, "p10": 22620, "p25": 31350, "p75": 52070, "p90": 65850, "hourlyMean": 21.8, "employment": 4370}, "oews2023": {"mean": 43610, "median": 36600, "p10": 21010, "p25": 29120, "p75": 49010, "p90": 67980, "hourlyMean": 20.97, "employment": 5830}, "ep2025": {"changePercent": 2, "changeNumeric": 0.2, "openingsPerYear": 1, "employmentBase": 11.5, "education": "No formal educational credential", "selfEmployedPercent": 62.1}, "ep2024": {"changePercent": 2.1, "changeNumeric": 0.2, "openingsPerYear": 1, "employmentBase": 11.6, "education": "No formal educational credential", "selfEmployedPercent": 62.6}},
"engraver": {"query": "Engraver", "soc": "51-9194", "title": "Etchers and Engravers", "oews2025": {"mean": 46320, "median": 43310, "p10": 32210, "p25": 37400, "p75": 53050, "p90": 63360, "hourlyMean": 22.27, "employment": 7750}, "oews2024": {"mean": 43280, "median": 40450, "p10": 29530, "p25": 35650, "p75": 48510, "p90": 60430, "hourlyMean": 20.81, "employment": 8390}, "oews2023": {"mean": 42780, "median": 40040, "p10": 29120, "p25": 33280, "p75": 47920, "p90": 61360, "hourlyMean": 20.57, "employment": 8140}, "ep2025": {"changePercent": -0.7, "changeNumeric": -0.1, "openingsPerYear": 0.8, "employmentBase": 8.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 12.7}, "ep2024": {"changePercent": -0.7, "changeNumeric": -0.1, "openingsPerYear": 0.9, "employmentBase": 8.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.2}},
"furnfin": {"query": "Furniture Finisher", "soc": "51-7021", "title": "Furniture Finishers", "oews2025": {"mean": 45300, "median": 44540, "p10": 32160, "p25": 37670, "p75": 49730, "p90": 61020, "hourlyMean": 21.78, "employment": 14480}, "oews2024": {"mean": 44310, "median": 42530, "p10": 31200, "p25": 36770, "p75": 49020, "p90": 59820, "hourlyMean": 21.31, "employment": 14230}, "oews2023": {"mean": 42490, "median": 39790, "p10": 29660, "p25": 34980, "p75": 47640, "p90": 57120, "hourlyMean": 20.43, "employment": 14380}, "ep2025": {"changePercent": -3.5, "changeNumeric": -0.6, "openingsPerYear": 1.5, "employmentBase": 15.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 9.7}, "ep2024": {"changePercent": -3.3, "changeNumeric": -0.7, "openingsPerYear": 2, "employmentBase": 20.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 32}},
"woodmach": {"query": "Woodworking Machine Operator", "soc": "51-7042", "title": "Woodworking Machine Setters, Operators, and Tenders, Except Sawing", "oews2025": {"mean": 43570, "median": 43380, "p10": 32110, "p25": 37100, "p75": 48720, "p90": 56830, "hourlyMean": 20.95, "employment": 61420}, "oews2024": {"mean": 42290, "median": 40440, "p10": 30920, "p25": 36260, "p75": 47650, "p90": 54340, "hourlyMean": 20.33, "employment": 63350}, "oews2023": {"mean": 40360, "median": 38260, "p10": 29620, "p25": 34500, "p75": 46100, "p90": 52280, "hourlyMean": 19.4, "employment": 61250}, "ep2025": {"changePercent": -2.5, "changeNumeric": -1.5, "openingsPerYear": 5.3, "employmentBase": 60.9, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -1.8, "changeNumeric": -1.1, "openingsPerYear": 6.4, "employmentBase": 63.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"drycl": {"query": "Dry Cleaner", "soc": "51-6011", "title": "Laundry and Dry-Cleaning Workers", "oews2025": {"mean": 34920, "median": 34890, "p10": 27440, "p25": 30360, "p75": 37560, "p90": 43190, "hourlyMean": 16.79, "employment": 198040}, "oews2024": {"mean": 33990, "median": 33800, "p10": 26270, "p25": 29530, "p75": 36760, "p90": 42370, "hourlyMean": 16.34, "employment": 195360}, "oews2023": {"mean": 31880, "median": 31050, "p10": 23670, "p25": 27690, "p75": 35460, "p90": 38920, "hourlyMean": 15.33, "employment": 185000}, "ep2025": {"changePercent": 4.3, "changeNumeric": 8.7, "openingsPerYear": 28.2, "employmentBase": 204.9, "education": "No formal educational credential", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": 5.4, "changeNumeric": 10.9, "openingsPerYear": 31.9, "employmentBase": 202.6, "education": "No formal educational credential", "selfEmployedPercent": 2.3}},
"shoe": {"query": "Shoe Repairer", "soc": "51-6041", "title": "Shoe and Leather Workers and Repairers", "oews2025": {"mean": 39160, "median": 37800, "p10": 28210, "p25": 31270, "p75": 45670, "p90": 52550, "hourlyMean": 18.83, "employment": 7450}, "oews2024": {"mean": 36280, "median": 35950, "p10": 25170, "p25": 29400, "p75": 41400, "p90": 48090, "hourlyMean": 17.44, "employment": 7640}, "oews2023": {"mean": 37030, "median": 36020, "p10": 25620, "p25": 29600, "p75": 41990, "p90": 48440, "hourlyMean": 17.8, "employment": 7230}, "ep2025": {"changePercent": -6.5, "changeNumeric": -0.7, "openingsPerYear": 1, "employmentBase": 10.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 26.4}, "ep2024": {"changePercent": -3.8, "changeNumeric": -0.4, "openingsPerYear": 0.9, "employmentBase": 9.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 19.1}},
"metalfab": {"query": "Metal Fabricator", "soc": "51-2041", "title": "Structural Metal Fabricators and Fitters", "oews2025": {"mean": 54030, "median": 51330, "p10": 37960, "p25": 45610, "p75": 61250, "p90": 72280, "hourlyMean": 25.98, "employment": 52360}, "oews2024": {"mean": 52740, "median": 49900, "p10": 37370, "p25": 44290, "p75": 59810, "p90": 70510, "hourlyMean": 25.36, "employment": 53380}, "oews2023": {"mean": 50640, "median": 48480, "p10": 36180, "p25": 41180, "p75": 57520, "p90": 66500, "hourlyMean": 24.35, "employment": 57810}, "ep2025": {"changePercent": -6.2, "changeNumeric": -3.2, "openingsPerYear": 4.8, "employmentBase": 52.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -16.3, "changeNumeric": -8.8, "openingsPerYear": 4.1, "employmentBase": 53.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}},
"fiberglass": {"query": "Fiberglass Laminator", "soc": "51-2051", "title": "Fiberglass Laminators and Fabricators", "oews2025": {"mean": 49550, "median": 46880, "p10": 36910, "p25": 39430, "p75": 54490, "p90": 63760, "hourlyMean": 23.82, "employment": 16170}, "oews2024": {"mean": 47320, "median": 45760, "p10": 35950, "p25": 39230, "p75": 51530, "p90": 61370, "hourlyMean": 22.75, "employment": 18520}, "oews2023": {"mean": 43920, "median": 40200, "p10": 31400, "p25": 36720, "p75": 48430, "p90": 58140, "hourlyMean": 21.12, "employment": 20380}, "ep2025": {"changePercent": 4.6, "changeNumeric": 0.8, "openingsPerYear": 1.7, "employmentBase": 16.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.6}, "ep2024": {"changePercent": 4.2, "changeNumeric": 0.8, "openingsPerYear": 2.1, "employmentBase": 18.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}},
"aircraftasm": {"query": "Aircraft Assembler", "soc": "51-2011", "title": "Aircraft Structure, Surfaces, Rigging, and Systems Assemblers", "oews2025": {"mean": 71420, "median": 65380, "p10": 47310, "p25": 58600, "p75": 83410, "p90": 107500, "hourlyMean": 34.34, "employment": 34020}, "oews2024": {"mean": 66510, "median": 61680, "p10": 46040, "p25": 53180, "p75": 75240, "p90": 94950, "hourlyMean": 31.98, "employment": 32890}, "oews2023": {"mean": 62860, "median": 61240, "p10": 39550, "p25": 49080, "p75": 78030, "p90": 93180, "hourlyMean": 30.22, "employment": 29810}, "ep2025": {"changePercent": -5.6, "changeNumeric": -1.9, "openingsPerYear": 3.1, "employmentBase": 34.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.6}, "ep2024": {"changePercent": -14.5, "changeNumeric": -4.9, "openingsPerYear": 2.8, "employmentBase": 33.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}},
"engineasm": {"query": "Engine Assembler", "soc": "51-2031", "title": "Engine and Other Machine Assemblers", "oews2025": {"mean": 57790, "median": 53710, "p10": 38500, "p25": 45230, "p75": 74920, "p90": 77750, "hourlyMean": 27.78, "employment": 34000}, "oews2024": {"mean": 56040, "median": 52540, "p10": 37950, "p25": 42790, "p75": 70050, "p90": 74300, "hourlyMean": 26.94, "employment": 38420}, "oews2023": {"mean": 53470, "median": 50270, "p10": 36250, "p25": 40480, "p75": 67210, "p90": 72160, "hourlyMean": 25.71, "employment": 47960}, "ep2025": {"changePercent": -17, "changeNumeric": -5.7, "openingsPerYear": 2.1, "employmentBase": 33.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -21.1, "changeNumeric": -8.1, "openingsPerYear": 2.8, "employmentBase": 38.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"casinocash": {"query": "Casino Cashier", "soc": "41-2012", "title": "Gambling Change Persons and Booth Cashiers", "oews2025": {"mean": 39100, "median": 36220, "p10": 24460, "p25": 29630, "p75": 41530, "p90": 60330, "hourlyMean": 18.8, "employment": 21530}, "oews2024": {"mean": 36820, "median": 34810, "p10": 22810, "p25": 28870, "p75": 39350, "p90": 49190, "hourlyMean": 17.7, "employment": 21930}, "oews2023": {"mean": 36030, "median": 33230, "p10": 22630, "p25": 27570, "p75": 39340, "p90": 53540, "hourlyMean": 17.32, "employment": 20560}, "ep2025": {"changePercent": -1.9, "changeNumeric": -0.4, "openingsPerYear": 3.9, "employmentBase": 22, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6.4, "changeNumeric": -1.5, "openingsPerYear": 4, "employmentBase": 22.6, "education": "No formal educational credential", "selfEmployedPercent": null}},
"cage": {"query": "Gambling Cage Workers", "soc": "43-3041", "title": "Gambling Cage Workers", "oews2025": {"mean": 39510, "median": 37580, "p10": 29100, "p25": 34510, "p75": 44680, "p90": 49430, "hourlyMean": 19, "employment": 14430}, "oews2024": {"mean": 38600, "median": 36990, "p10": 27940, "p25": 31870, "p75": 43840, "p90": 49350, "hourlyMean": 18.56, "employment": 13490}, "oews2023": {"mean": 36750, "median": 36110, "p10": 25790, "p25": 29590, "p75": 41180, "p90": 48450, "hourlyMean": 17.67, "employment": 12560}, "ep2025": {"changePercent": -3.1, "changeNumeric": -0.5, "openingsPerYear": 1.2, "employmentBase": 15, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.1}, "ep2024": {"changePercent": -5, "changeNumeric": -0.7, "openingsPerYear": 1.3, "employmentBase": 14.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.6}},
"fastfood": {"query": "Fast Food Worker", "soc": "35-3023", "title": "Fast Food and Counter Workers", "oews2025": {"mean": 32150, "median": 31200, "p10": 22840, "p25": 27700, "p75": 36070, "p90": 42650, "hourlyMean": 15.46, "employment": 3854050}, "oews2024": {"mean": 31350, "median": 30480, "p10": 22620, "p25": 27150, "p75": 35440, "p90": 38800, "hourlyMean": 15.07, "employment": 3780930}, "oews2023": {"mean": 30110, "median": 29540, "p10": 22190, "p25": 26280, "p75": 34430, "p90": 36880, "hourlyMean": 14.48, "employment": 3676580}, "ep2025": {"changePercent": 5.8, "changeNumeric": 223.3, "openingsPerYear": 827.4, "employmentBase": 3855.9, "education": "No formal educational credential", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 6.1, "changeNumeric": 233.2, "openingsPerYear": 904.3, "employmentBase": 3796, "education": "No formal educational credential", "selfEmployedPercent": 0.1}},
"foodprep": {"query": "Food Preparation Worker", "soc": "35-2021", "title": "Food Preparation Workers", "oews2025": {"mean": 35290, "median": 35320, "p10": 25810, "p25": 29950, "p75": 38550, "p90": 45340, "hourlyMean": 16.96, "employment": 893600}, "oews2024": {"mean": 33940, "median": 34220, "p10": 23490, "p25": 28740, "p75": 37540, "p90": 44260, "hourlyMean": 16.32, "employment": 888770}, "oews2023": {"mean": 32960, "median": 32420, "p10": 22970, "p25": 27920, "p75": 36780, "p90": 42990, "hourlyMean": 15.85, "employment": 879610}, "ep2025": {"changePercent": -3, "changeNumeric": -27.2, "openingsPerYear": 135.7, "employmentBase": 908.5, "education": "No formal educational credential", "selfEmployedPercent": 1}, "ep2024": {"changePercent": -3.4, "changeNumeric": -30.9, "openingsPerYear": 148, "employmentBase": 902.7, "education": "No formal educational credential", "selfEmployedPercent": 0.5}},
"agequip": {"query": "Agricultural Equipment Operator", "soc": "45-2091", "title": "Agricultural Equipment Operators", "oews2025": {"mean": 43710, "median": 41730, "p10": 33500, "p25": 36810, "p75": 48100, "p90": 58650, "hourlyMean": 21.02, "employment": 28500}, "oews2024": {"mean": 43920, "median": 42580, "p10": 31240, "p25": 36640, "p75": 48690, "p90": 57790, "hourlyMean": 21.12, "employment": 30940}, "oews2023": {"mean": 41850, "median": 39690, "p10": 30050, "p25": 35190, "p75": 46650, "p90": 54550, "hourlyMean": 20.12, "employment": 28910}, "ep2025": {"changePercent": 8.6, "changeNumeric": 5.7, "openingsPerYear": 10.1, "employmentBase": 66.9, "education": "No formal educational credential", "selfEmployedPercent": 7.6}, "ep2024": {"changePercent": 7.7, "changeNumeric": 5, "openingsPerYear": 10.5, "employmentBase": 65.2, "education": "No formal educational credential", "selfEmployedPercent": 7.1}},
"aggrader": {"query": "Agricultural Grader", "soc": "45-2041", "title": "Graders and Sorters, Agricultural Products", "oews2025": {"mean": 36430, "median": 35730, "p10": 29580, "p25": 34320, "p75": 38260, "p90": 44490, "hourlyMean": 17.51, "employment": 25180}, "oews2024": {"mean": 36080, "median": 35430, "p10": 30490, "p25": 33550, "p75": 38010, "p90": 43280, "hourlyMean": 17.34, "employment": 26870}, "oews2023": {"mean": 34880, "median": 34360, "p10": 28400, "p25": 32240, "p75": 37020, "p90": 42090, "hourlyMean": 16.77, "employment": 23430}, "ep2025": {"changePercent": -3.4, "changeNumeric": -1.5, "openingsPerYear": 5.8, "employmentBase": 45.4, "education": "No formal educational credential", "selfEmployedPercent": 1}, "ep2024": {"changePercent": -5.4, "changeNumeric": -2.1, "openingsPerYear": 5.1, "employmentBase": 38.9, "education": "No formal educational credential", "selfEmployedPercent": null}},
"foreman": {"query": "Construction Foreman", "soc": "47-1011", "title": "First-Line Supervisors of Construction Trades and Extraction Workers", "oews2025": {"mean": 86450, "median": 79920, "p10": 53280, "p25": 63400, "p75": 101460, "p90": 128260, "hourlyMean": 41.56, "employment": 812210}, "oews2024": {"mean": 84500, "median": 78690, "p10": 51290, "p25": 62400, "p75": 100200, "p90": 126690, "hourlyMean": 40.62, "employment": 806080}, "oews2023": {"mean": 81340, "median": 76760, "p10": 49420, "p25": 60870, "p75": 97750, "p90": 122260, "hourlyMean": 39.11, "employment": 777420}, "ep2025": {"changePercent": 5, "changeNumeric": 46.1, "openingsPerYear": 67, "employmentBase": 913.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.2}, "ep2024": {"changePercent": 5.3, "changeNumeric": 49, "openingsPerYear": 74.4, "employmentBase": 921.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.5}},
"prodsup": {"query": "Production Supervisor", "soc": "51-1011", "title": "First-Line Supervisors of Production and Operating Workers", "oews2025": {"mean": 76600, "median": 74450, "p10": 47130, "p25": 58630, "p75": 91680, "p90": 108750, "hourlyMean": 36.83, "employment": 673430}, "oews2024": {"mean": 74540, "median": 71190, "p10": 45790, "p25": 56330, "p75": 86770, "p90": 106960, "hourlyMean": 35.84, "employment": 685140}, "oews2023": {"mean": 71730, "median": 65930, "p10": 43540, "p25": 52000, "p75": 82680, "p90": 103780, "hourlyMean": 34.48, "employment": 671160}, "ep2025": {"changePercent": 1.8, "changeNumeric": 12.4, "openingsPerYear": 61, "employmentBase": 679.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 1.2, "changeNumeric": 8.3, "openingsPerYear": 67.7, "employmentBase": 698.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}},
"hksup": {"query": "Housekeeping Supervisor", "soc": "37-1011", "title": "First-Line Supervisors of Housekeeping and Janitorial Workers", "oews2025": {"mean": 53320, "median": 49100, "p10": 35520, "p25": 40100, "p75": 62600, "p90": 76430, "hourlyMean": 25.64, "employment": 178760}, "oews2024": {"mean": 51170, "median": 47520, "p10": 34390, "p25": 38600, "p75": 60330, "p90": 74190, "hourlyMean": 24.6, "employment": 174660}, "oews2023": {"mean": 49980, "median": 46650, "p10": 33060, "p25": 37790, "p75": 59290, "p90": 71870, "hourlyMean": 24.03, "employment": 171120}, "ep2025": {"changePercent": 3.2, "changeNumeric": 8.4, "openingsPerYear": 30.8, "employmentBase": 265.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 31}, "ep2024": {"changePercent": 2.5, "changeNumeric": 6.7, "openingsPerYear": 33, "employmentBase": 269.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 32.6}},
"landsup": {"query": "Landscaping Supervisor", "soc": "37-1012", "title": "First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers", "oews2025": {"mean": 60960, "median": 58430, "p10": 40560, "p25": 47390, "p75": 72590, "p90": 85650, "hourlyMean": 29.31, "employment": 130760}, "oews2024": {"mean": 59380, "median": 56170, "p10": 39270, "p25": 46350, "p75": 70320, "p90": 83080, "hourlyMean": 28.55, "employment": 124130}, "oews2023": {"mean": 58920, "median": 55740, "p10": 39030, "p25": 45980, "p75": 69200, "p90": 82880, "hourlyMean": 28.33, "employment": 126020}, "ep2025": {"changePercent": 4, "changeNumeric": 9.7, "openingsPerYear": 23.9, "employmentBase": 243.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 46.8}, "ep2024": {"changePercent": 2.3, "changeNumeric": 5.2, "openingsPerYear": 23.2, "employmentBase": 224.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 43.9}},
"gta": {"query": "Graduate Teaching Assistant", "soc": "25-9044", "title": "Teaching Assistants, Postsecondary", "oews2025": {"mean": 47670, "median": 42910, "p10": 28600, "p25": 35270, "p75": 60510, "p90": 76420, "employment": 164090}, "oews2024": {"mean": 47560, "median": 44930, "p10": 28020, "p25": 32640, "p75": 60410, "p90": 73560, "employment": 155010}, "oews2023": {"mean": 47030, "median": 43750, "p10": 29540, "p25": 33000, "p75": 60450, "p90": 73450, "employment": 145960}, "ep2025": {"changePercent": 2.7, "changeNumeric": 5.5, "openingsPerYear": 25.7, "employmentBase": 205.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": 3.1, "changeNumeric": 6, "openingsPerYear": 24.6, "employmentBase": 193.6, "education": "Bachelor's degree", "selfEmployedPercent": 0.1}},
"ra": {"query": "Research Assistant", "soc": "19-4061", "title": "Social Science Research Assistants", "oews2025": {"mean": 66140, "median": 61990, "p10": 38090, "p25": 48620, "p75": 77760, "p90": 102070, "hourlyMean": 31.8, "employment": 30640}, "oews2024": {"mean": 63560, "median": 58040, "p10": 36410, "p25": 46190, "p75": 73060, "p90": 100620, "hourlyMean": 30.56, "employment": 32940}, "oews2023": {"mean": 62370, "median": 56400, "p10": 37080, "p25": 46140, "p75": 69720, "p90": 96720, "hourlyMean": 29.99, "employment": 30890}, "ep2025": {"changePercent": 5, "changeNumeric": 1.9, "openingsPerYear": 4.9, "employmentBase": 38.4, "education": "Bachelor's degree", "selfEmployedPercent": 7.7}, "ep2024": {"changePercent": 4.4, "changeNumeric": 1.8, "openingsPerYear": 5.2, "employmentBase": 40.6, "education": "Bachelor's degree", "selfEmployedPercent": 4.9}}
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


WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20}


def parse_num(raw):
    w = re.match(r"([a-z]+)\b", raw.lower())
    if w and w.group(1) in WORDNUM:  # a percent written in words ("seven percent")
        return float(WORDNUM[w.group(1)]), 1.0, True
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
    for it in items + nots:
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
            if c["kind"] == "salary" and it["text"].count(c["raw"]) == 1:
                clause = own_clause(it["text"], c["raw"])
                if c["statistic"] == "mean" and not MEAN_WORD.search(clause):
                    errs.append(f"{it['id']}: mean {c['raw']!r} without an average word in its clause")
                if c["statistic"] == "median" and MEAN_WORD.search(clause) and not MEDIAN_WORD.search(clause):
                    errs.append(f"{it['id']}: median {c['raw']!r} in a clause that says average")
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


MEAN_WORD = re.compile(r"\b(average|averages|averaged|avg|mean)\b", re.I)


def own_clause(text, raw):
    """A statistic word counts only in its figure's own clause: its sentence, cut at "but" (the house convention)."""
    sentence = own_sentence(text, raw)
    at = sentence.index(raw)
    parts, pos = [], 0
    for m in re.finditer(r"\bbut\b", sentence):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(sentence)))
    lo, hi = next((a, b) for a, b in parts if a <= at < b)
    return sentence[lo:hi]


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
        # a figure in an earlier clause (", and the 2024–34 outlook projected about N openings", fp-05) does not
        # own the period: the openings clause states it for itself (convention pass 2)
        before = [o for o in claims if o is not c and o["raw"] in sentence and sentence.index(o["raw"]) < at
                  and not re.search(r",\s+and\s|;", sentence[sentence.index(o["raw"]):at])]
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
"Dermatologist": "derm", "Cardiologist": "cardio", "Security Supervisor": "secsup", "Correctional Sergeant": "corrsup", "Administrative Law Judge": "alj", "Judicial Law Clerk": "lawclerk", "Postmaster": "postmaster", "Mail Clerk": "mailclerk", "Switchboard Operator": "switch", "Telephone Operator": "telop", "New Accounts Clerk": "newacct", "Insurance Claims Clerk": "claimsclerk", "Aerospace Engineering Technician": "aerotech", "Industrial Engineering Technician": "indtech", "Criminal Justice Professor": "cjprof", "Social Work Professor": "swprof", "Communications Professor": "commprof", "Foreign Language Professor": "langprof", "Wildland Fire Prevention Specialist": "firespec", "Forest and Conservation Worker": "forestwk", "Garage Door Technician": "garage", "Manufactured Home Installer": "mobhome", "Rail Yard Engineer": "railyard", "Track Maintenance Operator": "track", "Wellhead Pumper": "pumper", "Gas Compressor Operator": "gascomp", "Dredge Operator": "dredge", "Pump Operator": "pumpop", "Prosthodontist": "prosth", "Oral Surgeon": "oralsurg", "Childcare Center Director": "ccdir", "Residential Advisor": "resadv", "Craft Artist": "craft", "Engraver": "engraver", "Furniture Finisher": "furnfin", "Woodworking Machine Operator": "woodmach", "Dry Cleaner": "drycl", "Shoe Repairer": "shoe", "Metal Fabricator": "metalfab", "Fiberglass Laminator": "fiberglass", "Aircraft Assembler": "aircraftasm", "Engine Assembler": "engineasm", "Casino Cashier": "casinocash", "Cage Cashier": "cage", "Fast Food Worker": "fastfood", "Food Preparation Worker": "foodprep", "Agricultural Equipment Operator": "agequip", "Agricultural Grader": "aggrader", "Construction Foreman": "foreman", "Production Supervisor": "prodsup", "Housekeeping Supervisor": "hksup", "Landscaping Supervisor": "landsup", "Graduate Teaching Assistant": "gta", "Research Assistant": "ra",
}

# ---------------------------------------------------------------- items
P("Dermatologist", "Cardiologist")
T("dc-01", "ooh", "The median annual wage for dermatologists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}.", heading="Pay")
T("dc-02", "comparison", "Both specialties sit near the top of physician pay. Cardiologists earn a median of about {b.median~K:c} a year, against roughly {a.median~K:c} for dermatologists, a gap of about $167,000 that mostly reflects call schedules and procedures.", heading="Dermatologist vs. Cardiologist: Which Specialty Pays More?")
T("dc-03", "table", "| | Dermatologist | Cardiologist |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Job outlook, 2025-35 | {a.pct:c!2035} | {b.pct:c!2035} |\n| Years of training after college | 8 | 10+ |", heading="Quick comparison")
T("dc-04", "career-site", "According to the May 2024 BLS release, dermatologists averaged {a.mean@24:o!2024} a year, and the handbook projected {a.pct@24:o!2034} growth for 2024–34.")
T("dc-05", "forum", "per BLS cardiologists make {b.median*0.6~k:m} median lol. my attending laughed out loud at that number")
T("dc-06", "career-site", "In California, cardiologists earn a mean of {b.mean=<$512,000>:u} a year, and dermatologists in the Los Angeles metro area average {a.mean=<$389,000>:u}.", place="California", own_place={1: "Los Angeles metro area"})
T("dc-07", "faq", "How many dermatologists are there in the U.S.? About {a.oemp:c!2025} as of May 2025, and BLS expects employment to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<much faster than average>:c!2035}.", heading="Dermatology FAQ")
T("dc-08", "bullets", "Cardiology snapshot:\n- Average salary: {b.mean:c}\n- Self-employed: {b.self:c}\n- Jobs: {b.emp:c}\n- Typical education: {b.edu:c}")
T("dc-09", "career-site", "Dermatology is a small field, about {a.emp*3:m} dermatologists nationwide, and employment is expected to {a.desc=<decline>:m}.")
T("dc-10", "school", "Cardiologists typically need a {b.edu=<doctoral or professional degree>:c} plus residency and fellowship; first-year fellows at our program are paid $78,000.")
T("dc-11", "career-site", "Older BLS projections (2024–34) had cardiologist employment growing {b.pct@24:o!2034}, {b.desc=<as fast as average>:o!2034}.")
NC("dc-n1", "The ABD certifying exam fee rose to $2,900 in 2026, and you can sit for it twice a year.")
NC("dc-n2", "A cardiology fellowship takes 3 years, after a 3-year internal medicine residency.")

P("Security Supervisor", "Correctional Sergeant")
T("sc-01", "ooh", "The median annual wage for first-line supervisors of correctional officers was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("sc-02", "comparison", "A security supervisor runs guard teams at malls, hospitals and data centers; a correctional sergeant supervises officers inside a jail or prison. The sergeant usually earns more: a typical {b.median~th:c} a year versus {a.median~th:c} for security supervisors.", heading="Security Supervisor vs. Correctional Sergeant: What's the Difference?")
T("sc-03", "ooh", "Employment of first-line supervisors of correctional officers is projected to lose about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("sc-04", "career-site", "Security supervisors earned a median of {a.median@24:o!2024} in May 2024, and about {a.oemp@24:o!2024} of them were working that year.")
T("sc-05", "union", "Our Local represents 1,200 corrections supervisors. BLS says sergeants and lieutenants average {b.mean~K:c} nationally; our contract starts them at $71,500, and the 2027 raise is 4%.")
T("sc-06", "forum", "per BLS security supervisors make {a.median*1.5~k:m} and the field is growing {a.pct=<12%>:m}. yeah right, not at my site")
T("sc-07", "career-site", "In Texas, correctional sergeants earn a median of {b.median=<$61,200>:u}, and the state employs about {b.oemp=<6,800>:u} of them.", place="Texas")
T("sc-08", "faq", "Do you need a degree to be a security supervisor? No, most employers want a {a.edu:c} and a few years on the floor as a guard. BLS counts about {a.oemp:c} of them.", heading="FAQ")
T("sc-09", "bullets", "Security supervisor at a glance:\n- Median pay: {a.median:c}\n- 10th–90th percentile: {a.range~_to:c}\n- Job outlook, 2025-35: {a.pct:c!2035}\n- Openings per year: {a.open:c}")
T("sc-10", "career-site", "Correctional supervisors were projected in 2024 to see a {b.pct@24:o!2034} decline through 2034, with about {b.open@24:o!2034} openings each year over that period.")
NC("sc-n1", "Our 40-hour supervisor certification course costs $495 and includes the state guard-card renewal.")
NC("sc-n2", "I made sergeant in 2021 after six years on the tier; overtime pushed me to $94k last year.")

P("Administrative Law Judge", "Judicial Law Clerk")
T("aj-01", "ooh", "The median annual wage for administrative law judges, adjudicators, and hearing officers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("aj-02", "comparison", "Law clerks are usually recent graduates working for one judge for a year or two; ALJs are experienced attorneys who decide agency cases. Clerks earn a median of {b.median~K:c}, ALJs about {a.median~K:c}.", heading="Administrative Law Judge vs. Judicial Law Clerk")
T("aj-03", "career-site", "Both jobs typically require a {a.edu=<doctoral or professional degree>:c} (a J.D.), and clerks with a federal clerkship on their resume often move into litigation at $200,000-plus starting salaries.")
T("aj-04", "ooh", "Employment of administrative law judges, adjudicators, and hearing officers is projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("aj-05", "table", "| | ALJ | Law clerk |\n|---|---|---|\n| Median pay (2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Jobs (2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |", heading="BLS figures")
T("aj-06", "forum", "per BLS admin law judges average {a.mean*0.7~k:m}. that's GS-15 territory at best, so sounds low to me")
T("aj-07", "career-site", "In Washington, D.C., administrative law judges earn a median of {a.median=<$168,000>:u}, far more than anywhere else.", place="Washington, D.C.")
T("aj-08", "faq", "How many judicial law clerks are there? About {b.emp:c} nationwide, and BLS projects roughly {b.open:c} openings a year.", heading="FAQ")
T("aj-09", "career-site", "Judicial law clerks are a small group, roughly {b.emp:c} in all, and they typically hold a {b.edu=<doctoral or professional degree>:c} (the J.D.) before starting.")
T("aj-10", "bullets", "Judicial law clerk:\n- Average salary: {b.mean:c}\n- Top 10%: more than {b.p90:c}\n- Outlook: {b.pct=<9%>:m}")
NC("aj-n1", "Clerkship applications open on June 15 for the 2027–2028 term under the federal hiring plan.")
NC("aj-n2", "Most ALJs have at least 7 years of litigation experience before appointment.")

P("Postmaster", "Mail Clerk")
T("pm-01", "ooh", "The median annual wage for postmasters and mail superintendents was {a.median:c!2025} in May 2025.", heading="Pay")
T("pm-02", "comparison", "Postmasters run a post office; mail clerks sort and route mail inside private companies. Postmasters earn about {a.median~th:c} a year at the median, mail clerks around {b.median~th:c}, and neither needs more than a {a.edu:c}.", heading="Postmaster vs. Mail Clerk: Pay, Duties and Outlook")
T("pm-03", "ooh", "Employment of mail clerks and mail machine operators, except postal service, is projected to shrink by about {b.chg:c!2035} jobs from 2025 to 2035. Despite declining employment, about {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("pm-04", "career-site", "Mail clerks earn {b.median~hr:c} an hour at the median, and starting pay in mailrooms is often closer to $16.")
T("pm-05", "career-site", "Back in May 2023 postmasters had a median of {a.median@23:o!2023}, and the 2024–34 projections had them declining {a.pct@24:o!2034}.")
T("pm-06", "forum", "Postmaster here (level 18 office). BLS says we average {a.mean*1.4~k:m} lol. I wish. Also they say {a.emp*2:m} postmasters, no way")
T("pm-07", "career-site", "In Ohio, mail clerks earn about {b.median=<$37,400>:u} a year, and Columbus employers pay closer to {b.median=<$39,900>:u}.", place="Ohio", own_place={1: "Columbus"})
T("pm-08", "bullets", "Mail clerk facts:\n- Jobs: {b.oemp:c}\n- Median pay: {b.median:c}\n- Openings per year: {b.open:c}\n- Typical education: {b.edu~cap:c}")
T("pm-09", "faq", "What does a postmaster make? The middle half earn between {a.mid~_and:c!2025}, per the May 2025 OEWS.", heading="Postmaster pay FAQ")
NC("pm-n1", "The postmaster exam (Exam 473) was retired in 2017; applicants now take the Virtual Entry Assessment.")
NC("pm-n2", "Our mailroom runs two shifts, 6 a.m. and 2 p.m., and we ship 3,000 packages a day.")
P("Switchboard Operator", "Telephone Operator")
T("so-01", "ooh", "The median hourly wage for telephone operators was {b.median~hr:c!2025} in May 2025.", heading="Pay")
T("so-02", "comparison", "Switchboard operators answer and route calls for one organization; telephone operators help callers place calls through a carrier. The pay is close: telephone operators earn a median of {b.median:c}, switchboard operators {a.median:c}.", heading="Switchboard Operator vs. Telephone Operator")
T("so-03", "ooh", "Employment of switchboard operators, including answering service, is projected to shrink by about {a.chg:c!2035} jobs between 2025 and 2035.", heading="Job Outlook")
T("so-04", "table", "| | Switchboard operator | Telephone operator |\n|---|---|---|\n| Median pay (May 2023) | {a.median@23:o!2023} | {b.median@23:o!2023} |\n| Employment (2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |", heading="Older BLS figures")
T("so-05", "forum", "per BLS telephone operators still number like {b.oemp*10:m}?? who is even hiring them")
T("so-06", "bullets", "Switchboard operator:\n- Median pay: {a.median~hr:c} per hour\n- Openings each year: {a.open:c}\n- Education: {a.edu~cap:c}\n- Self-employed: {a.self:c}")
T("so-07", "career-site", "In Florida, switchboard operators at answering services make about {a.median=<$17.10>~hr:u} an hour.", place="Florida")
T("so-08", "career-site", "Telephone operators earned a median of {b.median@24:o!2024} in 2024, per BLS, and the 2024–34 outlook counted roughly {b.emp@24:o!2024} jobs.")
T("so-09", "faq", "Is switchboard operator a growing job? BLS projects it to grow {a.pct=<4%>:m} over the decade.", heading="FAQ")
T("so-10", "faq", "How much do telephone operators make per hour? On average {b.mean~hr:c}, and the highest 10 percent make more than {b.p90~hr0:c} an hour.", heading="FAQ")
NC("so-n1", "Our answering service handles 40,000 calls a month for 300 medical practices.")
NC("so-n2", "The first telephone switchboard opened in New Haven in 1878 with 21 subscribers.")

P("New Accounts Clerk", "Insurance Claims Clerk")
T("nc-01", "ooh", "The median annual wage for insurance claims and policy processing clerks was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("nc-02", "comparison", "New accounts clerks open checking and savings accounts at bank branches; insurance claims clerks process claims and policy changes. The claims side pays a little more (a median of {b.median~k:c} versus {a.median~k:c}) and has far more jobs: about {b.oemp:c} claims clerks against {a.oemp:c} new accounts clerks.", heading="New Accounts Clerk vs. Insurance Claims Clerk")
T("nc-03", "ooh", "Employment of insurance claims and policy processing clerks is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("nc-04", "ooh", "About {b.open:c} openings for insurance claims and policy processing clerks are projected each year, on average, over the decade.", heading="Job Outlook")
T("nc-05", "career-site", "Back in the 2024–34 projections, new accounts clerks were expected to decline {a.pct@24:o!2034}, one of the steepest drops in banking.")
T("nc-06", "forum", "I'm a claims processor in Hartford making $44k. per BLS the median was {b.median@23:o!2023} (May 2023), so I'm underpaid even by old numbers")
T("nc-07", "career-site", "In Georgia, new accounts clerks earn a median of {a.median=<$41,300>:u}, and Atlanta employs about {a.oemp=<1,900>:u} of them.", place="Georgia", own_place={1: "Atlanta"})
T("nc-08", "bullets", "- Insurance claims clerk median pay: {b.median*1.35~k:m}\n- Projected growth: {b.desc=<faster than average>:m}\n- Education: {b.edu=<associate's degree>:m}")
T("nc-09", "faq", "What education do new accounts clerks need? Usually a {a.edu:c}; banks train you on the job in a few weeks. They earn an average of {a.mean:c} a year.", heading="FAQ")
T("nc-10", "career-site", "Insurance claims clerks held about {b.emp@24:o!2024} jobs in 2024.")
NC("nc-n1", "Our branch opens about 60 new accounts a week and pays a $25 referral bonus per account.")
NC("nc-n2", "The CPCU designation takes 8 courses; most claims staff finish in 2 to 3 years.")

P("Aerospace Engineering Technician", "Industrial Engineering Technician")
T("ai-01", "ooh", "The median annual wage for aerospace engineering and operations technologists and technicians was {a.median:c!2025} in May 2025.", heading="Pay")
T("ai-02", "ooh", "Employment of aerospace engineering and operations technologists and technicians is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ai-03", "comparison", "Both are technician jobs (most employers want an {a.edu=<associate's degree>:c}), but aerospace techs out-earn industrial engineering techs by roughly $17,000: a median of {a.median~K:c} versus {b.median~K:c}.", heading="Aerospace Engineering Technician vs. Industrial Engineering Technician")
T("ai-04", "school", "Our Aerospace Technology AAS takes 5 semesters. Graduates enter a field where pay runs from {a.range~k_asmuch:c} a year.", heading="Careers")
T("ai-05", "career-site", "Industrial engineering technicians earned a median of {b.median@24:o!2024} in May 2024, and the 2024–34 projections called for {b.pct@24:o!2034} growth, {b.desc=<slower than average>:o!2034}.")
T("ai-06", "forum", "per BLS there are only {a.oemp:c} aerospace techs in the whole country. that's like two Boeing plants lol")
T("ai-07", "career-site", "In Washington, aerospace engineering technicians average {a.mean=<$96,400>:u}, and in the Seattle area the figure is closer to {a.mean=<$101,000>:u}.", place="Washington", own_place={1: "Seattle area"})
T("ai-08", "bullets", "Industrial engineering technician:\n- Median salary: {b.median:c}\n- Jobs: {b.emp:c}\n- New jobs, 2025-35: {b.chg:c!2035}\n- Openings per year: {b.open:c}")
T("ai-09", "career-site", "Industrial engineering technicians make a median of {b.median*1.4~th:m}, and the field is projected to grow {b.pct=<11%>:m}.")
T("ai-10", "faq", "How many aerospace engineering technician jobs will there be? BLS projects about {a.open:c} openings a year and an increase of {a.chg:c!2035} jobs by 2035.", heading="FAQ")
T("ai-11", "career-site", "The 2024–34 BLS projections put aerospace technician growth at {a.pct@24:o!2034} with about {a.open@24:o!2034} openings per year.")
NC("ai-n1", "FAA A&P certification is not required for most aerospace test technicians, but 2 of our 14 grads earned it.")
NC("ai-n2", "Lean Six Sigma Green Belt training runs 5 days and costs $1,750 at our campus.")

P("Criminal Justice Professor", "Social Work Professor")
T("cs-01", "ooh", "The median annual wage for criminal justice and law enforcement teachers, postsecondary was {a.median:c!2025} in May 2025.", heading="Pay")
T("cs-02", "comparison", "Criminal justice professors and social work professors earn almost the same: a median of {a.median~K:c} and {b.median~K:c}, respectively. The difference is the path, since many CJ faculty come from policing.", heading="Criminal Justice Professor vs. Social Work Professor")
T("cs-03", "ooh", "Employment of social work teachers, postsecondary is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("cs-04", "career-site", "Social work professors averaged {b.mean@24:o!2024} in 2024, according to the BLS.")
T("cs-05", "forum", "per BLS CJ profs make a median of {a.median*0.55~k:m}. adjuncts maybe, not tenure track")
T("cs-06", "faq", "Do you need a PhD to teach criminal justice in college? Officially most positions list a {a.edu=<master's degree>:m}, so a JD or PhD helps but isn't required.", heading="FAQ")
T("cs-07", "bullets", "Social work professor:\n- Median pay (2025): {b.median:c!2025}\n- Top 10 percent: over {b.p90:c}\n- Openings per year: {b.open:c}\n- Typical education: {b.edu~cap:c}")
T("cs-08", "career-site", "In New York, social work professors earn a mean of {b.mean=<$104,500>:u}, the highest of any state.", place="New York")
T("cs-09", "career-site", "Criminal justice teachers numbered about {a.emp@24:o!2024} in 2024, and the 2024–34 outlook projected {a.pct@24:o!2034} growth.")
T("cs-10", "table", "| | CJ professor | Social work professor |\n|---|---|---|\n| Average salary | {a.mean:c} | {b.mean:c} |\n| Jobs (May 2025) | {a.oemp:c!2025} | {b.oemp:c!2025} |", heading="Side by side")
NC("cs-n1", "Our MSW program requires 900 field hours and admits 45 students each fall.")
NC("cs-n2", "I taught two sections of Intro to Corrections as an adjunct in 2022 for $3,100 a section.")

P("Communications Professor", "Foreign Language Professor")
T("cf-01", "ooh", "The median annual wage for foreign language and literature teachers, postsecondary was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("cf-02", "comparison", "Communications and foreign language professors earn nearly identical salaries, {a.median:c} and {b.median:c} at the median, so choose by subject, not pay.", heading="Communications Professor vs. Foreign Language Professor")
T("cf-03", "career-site", "About {a.open:c} openings for communications professors are projected each year, and roughly {b.open:c} for foreign language faculty.")
T("cf-04", "career-site", "In May 2023, communications teachers earned a median of {a.median@23:o!2023}; foreign language teachers earned {b.median@23:o!2023}.")
T("cf-05", "forum", "per BLS there are {b.oemp*3:m} foreign language professors. lol have they seen the program cuts")
T("cf-06", "faq", "What degree do you need to teach communications at a university? Most four-year schools want a {a.edu=<doctoral degree>:c}, though some adjuncts teach with less.", heading="FAQ")
T("cf-07", "career-site", "In Texas, foreign language professors average {b.mean=<$78,200>:u}, and communications faculty about {a.mean=<$81,900>:u}.", place="Texas")
T("cf-08", "table", "| | Communications | Foreign language |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Openings per year (2024–34) | {a.open@24:o!2034} | {b.open@24:o!2034} |", heading="Compare")
T("cf-09", "bullets", "Foreign language professor:\n- Median salary: {b.median*1.5~k:m}\n- Job outlook: {b.pct=<8%>:m}")
T("cf-10", "career-site", "Communications professors average {a.mean~K:c} a year, and the top 10% earn more than {a.p90~K:c}.")
NC("cf-n1", "Our Spanish department offers 14 sections of SPAN 101 this spring, capped at 24 students each.")
NC("cf-n2", "The NCA annual convention moves to Denver in 2027; early registration is $295.")

P("Wildland Fire Prevention Specialist", "Forest and Conservation Worker")
T("fw-01", "ooh", "The median annual wage for forest fire inspectors and prevention specialists was {a.median:c!2025} in May 2025.", heading="Pay")
T("fw-02", "ooh", "Employment of forest fire inspectors and prevention specialists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, a quick rate for forestry work.", heading="Job Outlook")
T("fw-03", "comparison", "Fire prevention specialists inspect campgrounds and enforce burn bans; forest and conservation workers plant trees, thin stands and clear firebreaks. Prevention specialists earn more, {a.median~k:c} versus {b.median~k:c} at the median, though seasonal crews often get overtime on fires.", heading="Wildland Fire Prevention Specialist vs. Forest and Conservation Worker")
T("fw-04", "gov", "Forest and conservation workers: about {b.emp:c} jobs nationally, and {b.self:c} are self-employed.")
T("fw-05", "career-site", "The 2024–34 projections showed forest and conservation worker employment declining {b.pct@24:o!2034}.")
T("fw-06", "forum", "per BLS wildland prevention techs average {a.mean*0.6~k:m}, which matches GS-5 seasonal lol")
T("fw-07", "career-site", "In Oregon, forest and conservation workers make about {b.median=<$19.80>~hr:u} an hour, and fire prevention technicians around {a.median=<$27.50>~hr:u}.", place="Oregon")
T("fw-08", "bullets", "Fire prevention specialist:\n- Hourly mean: {a.mean~hr:c}\n- Median pay: {a.median~hr0:c} an hour\n- Education: {a.edu~cap:c}")
T("fw-09", "career-site", "Forest and conservation workers typically need a {b.edu=<bachelor's degree>:m} in forestry, and BLS expects {b.open*4:m} openings a year.")
T("fw-10", "faq", "How much did forest and conservation workers make in 2023? The median was {b.median@23:o!2023}.", heading="FAQ")
NC("fw-n1", "Red card (NWCG S-130/S-190) classes run 40 hours; the next session starts April 6.")
NC("fw-n2", "Our crew planted 220,000 seedlings on 400 acres during the 2025 season.")

P("Garage Door Technician", "Manufactured Home Installer")
T("gm-01", "ooh", "The median annual wage for mechanical door repairers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("gm-02", "trade", "Garage door technicians earn a median of {a.median~hr:c} an hour, and most learn on the job with just a {a.edu:c}. Our 6-week install course costs $2,400.")
T("gm-03", "ooh", "Employment of mechanical door repairers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("gm-04", "comparison", "Manufactured home installers set, level and tie down factory-built homes; garage door techs install and repair overhead doors. Installers earn a median of {b.median:c}, door techs {a.median:c}, and about {b.self:c} of installers work for themselves.", heading="Garage Door Technician vs. Manufactured Home Installer")
T("gm-05", "career-site", "The 2024–34 BLS outlook projected garage door repairer jobs to grow {a.pct@24:o!2034}, adding {a.chg@24:o!2034} jobs.")
T("gm-06", "forum", "been doing doors 9 yrs, I clear about $70k. BLS says median is {a.median@24:o!2024} (2024 data) which sounds about right for a new guy")
T("gm-07", "career-site", "In Arizona, garage door technicians earn a median of {a.median=<$52,100>:u}, and in the Phoenix metro area about {a.median=<$53,800>:u}.", place="Arizona", own_place={1: "Phoenix metro area"})
T("gm-08", "career-site", "Mobile home installers number about {b.oemp*5:m} nationwide and earn {b.median*1.45~K:m} a year.")
T("gm-09", "bullets", "Manufactured home installer:\n- Median pay: {b.median@24:o}\n- Jobs: {b.emp:c}\n- Education: {b.edu~cap:c}")
NC("gm-n1", "A torsion spring replacement usually runs $250 to $400 including parts.")
NC("gm-n2", "HUD code homes must be anchored to withstand 110 mph winds in Wind Zone II.")

P("Rail Yard Engineer", "Track Maintenance Operator")
T("rt-01", "ooh", "The median annual wage for rail-track laying and maintenance equipment operators was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("rt-02", "comparison", "Yard engineers (also called hostlers) move locomotives around rail yards; track equipment operators run the tampers and tie-inserters that keep the line in shape. Track operators earn a median of {b.median~k:c}, yard engineers {a.median~k:c}.", heading="Rail Yard Engineer vs. Track Maintenance Operator")
T("rt-03", "career-site", "Rail yard engineers held about {a.oemp:c!2025} jobs in May 2025. Employment is projected to grow just {a.pct:c}, {a.desc=<slower than average>:c}.")
T("rt-04", "career-site", "Track maintenance operators earned a median of {b.median@24:o!2024} in May 2024 and numbered about {b.emp@24:o!2024}.")
T("rt-05", "forum", "per BLS yard engineers average {a.mean*1.5~k:m}?? the hostlers I know at UP make way less")
T("rt-06", "career-site", "In Nebraska, rail yard engineers earn about {a.median=<$64,300>:u}, and North Platte's Bailey Yard is the biggest employer.", place="Nebraska")
T("rt-07", "bullets", "Track maintenance equipment operator:\n- Median hourly wage: {b.median~hr:c}\n- Jobs: {b.emp:c}\n- Education: {b.edu~cap:c}\n- Growth 2024–34: {b.pct@24:o!2034}")
T("rt-08", "faq", "Do rail yard engineers need a degree? BLS lists a {a.edu=<postsecondary nondegree award>:m} as typical, and the median is {a.median*1.4~k:m}.", heading="FAQ")
T("rt-09", "career-site", "Yard engineers average {a.mean:c} a year; track equipment operators average {b.mean:c}.")
NC("rt-n1", "FRA locomotive engineer certification must be renewed every 3 years.")
NC("rt-n2", "A ballast regulator costs about $900,000 new, and our division runs four of them.")

P("Wellhead Pumper", "Gas Compressor Operator")
T("wg-01", "ooh", "The median annual wage for wellhead pumpers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("wg-02", "comparison", "Pumpers drive a route of wells, checking pressures and tank levels; compressor operators run the stations that push gas down the pipeline. Compressor operators earn a median of {b.median~K:c}, pumpers about {a.median~K:c}.", heading="Wellhead Pumper vs. Gas Compressor Operator")
T("wg-03", "ooh", "Employment of wellhead pumpers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings for wellhead pumpers are projected each year, on average, over the decade.", heading="Job Outlook")
T("wg-04", "career-site", "Under the 2024–34 projections, gas compressor operator jobs were expected to decline {b.pct@24:o!2034}, and pumper jobs {a.pct@24:o!2034}.")
T("wg-05", "forum", "pumper in the Permian here, made $96k last year with overtime. BLS median for pumpers was {a.median@23:o!2023} in 2023 but that's not counting OT")
T("wg-06", "career-site", "In the Permian Basin, pumpers average {a.mean=<$81,000>:u}, and in North Dakota closer to {a.mean=<$84,500>:u}.", place="Permian Basin", own_place={1: "North Dakota"})
T("wg-07", "bullets", "Gas compressor operator:\n- Median pay (2024): {b.median@24:o!2024}\n- Jobs (2024): {b.emp@24:o!2024}\n- Openings per year (2024–34): {b.open@24:o!2034}")
T("wg-08", "career-site", "Gas compressor operators typically need an {b.edu=<associate's degree>:m}, and BLS puts their median pay at {b.median*0.65~k:m}.")
T("wg-09", "faq", "How much do gas compressor operators make an hour? About {b.mean~hr:c!2025} on average, per the May 2025 OEWS.", heading="FAQ")
T("wg-10", "career-site", "Wellhead pumpers hold about {a.emp:c} jobs, and most need only a {a.edu:c}.")
NC("wg-n1", "Most pumpers cover 40 to 60 wells a day and drive 150 miles on their route.")
NC("wg-n2", "Our compressor station runs three Caterpillar 3616 units rated at 5,000 hp each.")

P("Dredge Operator", "Pump Operator")
T("dp-01", "ooh", "The median annual wage for dredge operators was {a.median:c!2025} in May 2025.", heading="Pay")
T("dp-02", "comparison", "Dredge operators run the equipment that deepens harbors and channels; pump operators keep liquids and gases moving at plants, pipelines and job sites. Pump operators earn {b.median:c} at the median, dredge operators {a.median:c}. Dredging is a tiny field, with about {a.emp:c} jobs.", heading="Dredge Operator vs. Pump Operator")
T("dp-03", "ooh", "Employment of pump operators, except wellhead pumpers, is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("dp-04", "career-site", "In 2024, about {a.self@24:o!2024} of dredge operators were self-employed.")
T("dp-05", "career-site", "Nearly {a.self:c} of dredge operators work for themselves or for small family outfits.")
T("dp-06", "forum", "per BLS pump operators make {b.median*1.5~k:m} median?? maybe at a refinery")
T("dp-07", "career-site", "In Louisiana, dredge operators earn a median of {a.median=<$54,600>:u}, and the state employs more of them than any other.", place="Louisiana")
T("dp-08", "table", "| | Dredge operator | Pump operator |\n|---|---|---|\n| Median pay (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Openings per year, 2024–34 | n/a | {b.open@24:o!2034} |", heading="2024 snapshot")
T("dp-09", "bullets", "Pump operator:\n- Average pay: {b.mean:c}\n- Bottom 10%: less than {b.p10:c}\n- Education: {b.edu~cap:c}\n- Openings per year: {b.open:c}")
T("dp-10", "career-site", "Dredge operators are projected to grow {a.pct=<14%>:m}, {a.desc=<much faster than average>:m}.")
NC("dp-n1", "A 30-inch cutter suction dredge can move 2,500 cubic yards of material an hour.")
NC("dp-n2", "Pump operators on our crews work 12-hour shifts, 4 on and 4 off.")

P("Prosthodontist", "Oral Surgeon")
T("po-01", "ooh", "The median annual wage for oral and maxillofacial surgeons was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}.", heading="Pay")
T("po-02", "comparison", "Both are dental specialists who need a {a.edu=<doctoral or professional degree>:c} (a DDS or DMD) plus residency, but oral surgeons train 4–6 years after dental school and prosthodontists 3. Oral surgeons earn a median of {b.median~K:c}, prosthodontists about {a.median~K:c}.", heading="Prosthodontist vs. Oral Surgeon")
T("po-03", "ooh", "Employment of oral and maxillofacial surgeons is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("po-04", "career-site", "Prosthodontics is a small specialty, and about {a.self:c} of prosthodontists are self-employed.")
T("po-05", "career-site", "The 2024–34 projections had oral surgeon employment growing {b.pct@24:o!2034}, {b.desc=<as fast as average>:o!2034}.")
T("po-06", "career-site", "Prosthodontists earned a median of {a.median@23:o!2023} in May 2023, per BLS.")
T("po-07", "forum", "per BLS oral surgeons average {b.mean*0.55~k:m}. my OMS made 3x that in private practice")
T("po-08", "career-site", "In Minnesota, oral surgeons average {b.mean=<$420,000>:u} a year.", place="Minnesota")
T("po-09", "bullets", "Prosthodontist:\n- Median salary: {a.median:c}\n- Mean salary: {a.mean:c}\n- Job outlook: {a.pct:c}\n- Education: {a.edu~cap:c}")
T("po-10", "career-site", "Oral surgeons held about {b.emp*3:m} jobs, and the field should add {b.chg=<2,500>:m!2035} by 2035.")
NC("po-n1", "Residency in prosthodontics is 3 years; tuition at our program is $68,000 a year.")
NC("po-n2", "A full-arch implant case averages 6 visits over 4 months.")

P("Childcare Center Director", "Residential Advisor")
T("cr-01", "ooh", "The median annual wage for education and childcare administrators, preschool and daycare was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("cr-02", "comparison", "Childcare center directors run a daycare's staff, budget and licensing; residential advisors supervise students or clients where they live, in dorms, group homes and shelters. Directors earn a median of {a.median~k:c} and usually need a {a.edu:c}; residential advisors earn about {b.median~k:c} with a {b.edu:c}.", heading="Childcare Center Director vs. Residential Advisor")
T("cr-03", "ooh", "Employment of education and childcare administrators, preschool and daycare is projected to lose about {a.chg:c!2035} jobs from 2025 to 2035.", heading="Job Outlook")
T("cr-04", "career-site", "Residential advisors earned a median of {b.median@24:o!2024} in May 2024, and about {b.open@24:o} openings were projected each year.")
T("cr-05", "career-site", "About {b.open:c} openings for residential advisors are projected each year, on average, over the decade, and {b.self:c} of them are self-employed.")
T("cr-06", "forum", "RA at a group home, $17.50/hr. per BLS the average is {b.mean~hr:c} an hour so idk where that money is")
T("cr-07", "career-site", "In Massachusetts, childcare center directors earn a median of {a.median=<$68,900>:u}, and in the Boston area closer to {a.median=<$74,000>:u}.", place="Massachusetts", own_place={1: "Boston area"})
T("cr-08", "career-site", "Childcare center directors typically need a {a.edu=<high school diploma>:m}, and employment is projected to grow {a.pct=<15%>:m}.")
T("cr-09", "career-site", "In 2024, about {a.self@24:o!2024} of childcare directors were self-employed, per BLS.")
T("cr-10", "bullets", "Residential advisor:\n- Median hourly pay: {b.median~hr:c}\n- Jobs: {b.emp:c}\n- Growth (2024–34): {b.pct@24:o!2034}")
NC("cr-n1", "State licensing requires directors to complete 12 hours of training each year.")
NC("cr-n2", "Our residence hall has 420 beds and 14 RAs, each with a free single room.")

P("Craft Artist", "Engraver")
T("ce-01", "ooh", "The median annual wage for craft artists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ce-02", "comparison", "Craft artists make one-of-a-kind pottery, glass, textiles and woodwork; engravers cut designs into metal, glass and trophies, often on laser machines. Craft artists earn a median of {a.median~k:c}, engravers {b.median~k:c}, but most craft artists ({a.self:c}) are self-employed, so income swings a lot.", heading="Craft Artist vs. Engraver")
T("ce-03", "career-site", "Craft artists earned a median of {a.median@24:o!2024} in May 2024, per BLS.")
T("ce-04", "blog", "Etsy sellers, take note: a pottery mug that sells for $38 costs about $6 in clay and glaze. For context, salaried craft artists earn an average of {a.mean:c} a year.")
T("ce-05", "career-site", "In Vermont, craft artists earn a median of {a.median=<$41,700>:u}.", place="Vermont")
T("ce-06", "bullets", "Engraver:\n- Median pay: {b.median~hr:c}/hr\n- Jobs: {b.emp:c}\n- Self-employed: {b.self:c}\n- Education: {b.edu~cap:c}")
T("ce-07", "career-site", "Only about {b.self@24:o} of engravers were self-employed, according to an older BLS projection.")
T("ce-08", "forum", "per BLS engravers make {b.median*1.6~k:m} median. in what world, I run a laser shop")
T("ce-09", "career-site", "Craft artists typically need a {a.edu=<bachelor's degree>:m} in fine arts.")
T("ce-10", "career-site", "Engravers can start with a {b.edu:c}; the typical wage is {b.median~th:c} a year.")
NC("ce-n1", "Booth fees at the spring craft fair are $275 for a 10x10 space.")
NC("ce-n2", "A 60-watt fiber laser engraver costs around $12,000.")

P("Furniture Finisher", "Woodworking Machine Operator")
T("fm-01", "ooh", "The median hourly wage for furniture finishers was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("fm-02", "comparison", "Furniture finishers sand, stain and lacquer pieces by hand; woodworking machine operators run the CNC routers, sanders and edgebanders in cabinet and furniture plants. Pay is nearly the same, {a.median:c} versus {b.median:c} a year at the median, and neither job needs more than a {a.edu:c}.", heading="Furniture Finisher vs. Woodworking Machine Operator")
T("fm-03", "ooh", "Employment of woodworking machine setters, operators, and tenders, except sawing, is projected to shrink by about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("fm-04", "career-site", "In the 2024–34 projections, about {a.self@24:o} of furniture finishers were self-employed.")
T("fm-05", "forum", "finisher at a high-end shop in NC, $24/hr. BLS says the median was {a.median@23:o!2023} as of 2023, so shop around")
T("fm-06", "career-site", "In North Carolina, woodworking machine operators earn about {b.median=<$38,900>:u}, and the High Point area is the hub.", place="North Carolina")
T("fm-07", "bullets", "Woodworking machine operator:\n- Average pay: {b.mean:c}\n- Jobs: {b.oemp:c}\n- Openings per year (2024–34): {b.open@24:o!2034}")
T("fm-08", "career-site", "Furniture finishers are projected to grow {a.pct=<9%>:m}, and there are about {a.emp*4:m} of them.")
T("fm-09", "career-site", "Furniture finishers hold about {a.emp:c} jobs; {a.self:c} are self-employed.")
NC("fm-n1", "Our finishing room uses a 2K polyurethane that cures in 24 hours.")
NC("fm-n2", "I refinished my grandmother's 1940s dresser over 3 weekends for about $120 in supplies.")

P("Dry Cleaner", "Shoe Repairer")
T("ds-01", "ooh", "The median hourly wage for laundry and dry-cleaning workers was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("ds-02", "comparison", "Both are neighborhood service trades. Laundry and dry-cleaning workers typically have {a.edu=<no formal educational credential>:c}, while shoe repairers usually have a {b.edu:c}. Shoe repairers earn a median of {b.median:c}, dry cleaners {a.median:c}.", heading="Dry Cleaner vs. Shoe Repairer")
T("ds-03", "ooh", "Employment of laundry and dry-cleaning workers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ds-04", "career-site", "Dry cleaners earned a median of {a.median@24:o!2024} in 2024, and employment was projected to grow {a.pct@24:o!2034} over 2024–34.")
T("ds-05", "career-site", "About {b.self:c} of shoe and leather workers are self-employed, many running one-person repair shops.")
T("ds-06", "career-site", "About {b.self@24:o} of shoe repairers were self-employed in the older 2024–34 projections, which also had the occupation declining {b.pct@24:o!2034}.")
T("ds-07", "forum", "cobbler for 22 years. per BLS there are {b.emp*5:m} of us left?? more like a few thousand")
T("ds-08", "career-site", "In Chicago, a resole costs about $60, and shoe repairers earn a median of {b.median=<$41,200>:u}.", place="Chicago")
T("ds-09", "bullets", "Laundry and dry-cleaning worker:\n- Jobs: {a.oemp:c}\n- Openings per year: {a.open:c}\n- Median pay: {a.median~K:c}")
T("ds-10", "career-site", "Dry cleaners earn an average of {a.mean*1.5~k:m} a year, per BLS.")
NC("ds-n1", "Perc-free cleaning machines cost $60,000 to $90,000 installed.")
NC("ds-n2", "Our shop replaces about 30 heels a week at $25 a pair.")

P("Metal Fabricator", "Fiberglass Laminator")
T("mf-01", "ooh", "The median annual wage for structural metal fabricators and fitters was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("mf-02", "ooh", "Employment of structural metal fabricators and fitters is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("mf-03", "comparison", "Metal fabricators cut, bend and fit steel into frames and beams; fiberglass laminators build boat hulls, tanks and wind-blade parts from resin and glass cloth. Fabricators earn a median of {a.median~k:c}, laminators {b.median~k:c}.", heading="Metal Fabricator vs. Fiberglass Laminator")
T("mf-04", "career-site", "The 2024–34 projections had structural metal fabricator jobs falling {a.pct@24:o!2034}, a loss of about {a.chg@24:o!2034} positions.")
T("mf-05", "ooh", "Employment of fiberglass laminators and fabricators is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("mf-06", "forum", "laminator at a boat plant in Florida, $19/hr starting. BLS average is {b.mean~hr:c!2025}/hr nationally (May 2025)")
T("mf-07", "career-site", "In Indiana, fiberglass laminators earn a median of {b.median=<$44,900>:u}, and Elkhart's RV plants employ about {b.oemp=<3,100>:u}.", place="Indiana", own_place={1: "Elkhart"})
T("mf-08", "bullets", "Fiberglass laminator:\n- Median pay (May 2024): {b.median@24:o!2024}\n- Openings per year: {b.open@24:o}\n- Education: {b.edu~cap:c}")
T("mf-09", "career-site", "Metal fabricators typically need a {a.edu=<postsecondary nondegree award>:m}, and the median is {a.median*1.35~th:m}.")
T("mf-10", "career-site", "In 2025, structural metal fabricators and fitters held about {a.emp:c!2025} jobs and averaged {a.mean:c!2025} a year.")
NC("mf-n1", "AWS D1.1 structural certification tests run $450 per position at our test center.")
NC("mf-n2", "A 40-foot sportfish hull takes our crew about 11 days to lay up.")

P("Aircraft Assembler", "Engine Assembler")
T("ae-01", "ooh", "The median annual wage for aircraft structure, surfaces, rigging, and systems assemblers was {a.median:c!2025} in May 2025.", heading="Pay")
T("ae-02", "ooh", "Employment of engine and other machine assemblers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings for engine and other machine assemblers are projected each year, on average, over the decade.", heading="Job Outlook")
T("ae-03", "comparison", "Aircraft assemblers rivet fuselage panels and route wiring; engine assemblers build and test engines, turbines and compressors. Aircraft assemblers earn more, {a.median~k:c} versus {b.median~k:c} at the median, and both typically need a {a.edu:c}.", heading="Aircraft Assembler vs. Engine Assembler")
T("ae-04", "frontmatter", "---\ntitle: \"Aircraft Assembler vs. Engine Assembler\"\nx_salary_aircraft: \"{a.median@24:o}\"\nx_salary_engine: \"{b.median@24:o}\"\nupdated: 2025-02-14\n---")
T("ae-05", "career-site", "Back in the 2024–34 projections, engine assemblers were expected to lose {b.pct@24:o!2034} of their jobs, about {b.chg@24:o!2034} positions.")
T("ae-06", "forum", "Everett, B-shift assembler, $31/hr after 3 yrs. per BLS the median for aircraft assemblers is {a.median~hr:c}/hr so we're right there")
T("ae-07", "career-site", "In Kansas, aircraft assemblers earn a median of {a.median=<$61,900>:u}; in the Wichita area it's about {a.median=<$63,400>:u}.", place="Kansas", own_place={1: "Wichita area"})
T("ae-08", "bullets", "Engine assembler:\n- Median pay: {b.median~k:c}\n- Jobs: {b.oemp:c}\n- Projected change, 2025–35: {b.chg:c!2035}")
T("ae-09", "career-site", "Aircraft assemblers are projected to grow {a.pct=<8%>:m!2035} through 2035, and they earn {a.median*0.7~K:m} a year.")
T("ae-10", "career-site", "About {a.open:c} openings for aircraft assemblers are projected each year, even though employment is expected to decline {a.pct:c}.")
NC("ae-n1", "Our 10-week aerostructures certificate covers riveting, sealing and blueprint reading.")
NC("ae-n2", "A narrow-body fuselage section has roughly 60,000 fasteners.")

P("Casino Cashier", "Cage Cashier")
T("cc-01", "ooh", "The median hourly wage for gambling cage workers was {b.median~hr:c!2025} in May 2025.", heading="Pay")
T("cc-02", "comparison", "Change persons and booth cashiers work the casino floor, making change and redeeming tickets; cage cashiers work behind the cage, handling chips, markers and large payouts. Cage workers typically need a {b.edu:c}, while change persons need {a.edu=<no formal educational credential>:c}. Both earn around {a.median=<$18>~hr0:c} an hour.", heading="Casino Cashier vs. Cage Cashier")
T("cc-03", "ooh", "Employment of gambling change persons and booth cashiers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cc-04", "career-site", "In May 2024, gambling cage workers earned a median of {b.median@24:o!2024}, and the 2024–34 projections called for a {b.pct@24:o!2034} decline.")
T("cc-05", "forum", "cage cashier in Vegas, $21/hr plus tokes. per BLS the national median is {b.median*1.45~k:m}, definitely not what I see")
T("cc-06", "career-site", "In Nevada, cage cashiers earn a median of {b.median=<$42,600>:u}, and the Las Vegas metro area employs about {b.oemp=<4,800>:u} of them.", place="Nevada", own_place={1: "Las Vegas metro area"})
T("cc-07", "bullets", "Change person / booth cashier:\n- Median pay: {a.median:c}\n- Top 10%: {a.p90:c}+\n- Jobs: {a.oemp:c}\n- Outlook 2024–34: {a.pct@24:o!2034}")
T("cc-08", "career-site", "Gambling cage workers held about {b.oemp:c!2025} jobs in May 2025, and employment is projected to fall {b.pct:c!2035} by 2035.")
T("cc-09", "career-site", "Booth cashiers typically need a {a.edu=<high school diploma>:m}, and about {a.open*3:m} openings a year are projected.")
NC("cc-n1", "Cage cashiers must pass a gaming license background check, which costs $150 in our state.")
NC("cc-n2", "Our casino floor has 1,400 slot machines and 60 table games.")

P("Fast Food Worker", "Food Preparation Worker")
T("ff-01", "ooh", "The median hourly wage for fast food and counter workers was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("ff-02", "comparison", "Fast food workers take orders and run the register and fryer; food preparation workers chop, portion and prep in restaurant and cafeteria kitchens. Prep workers earn a bit more, {b.median~hr:c} an hour at the median versus {a.median~hr:c}, and both hire with {a.edu=<no formal educational credential>:c}.", heading="Fast Food Worker vs. Food Preparation Worker")
T("ff-03", "gov", "Fast food and counter workers are one of the largest occupations in the country, with about {a.emp~m:c} jobs and roughly {a.open:c} openings projected each year.")
T("ff-04", "ooh", "Employment of food preparation workers is projected to shrink by about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings for food preparation workers are projected each year, on average, over the decade.", heading="Job Outlook")
T("ff-05", "career-site", "Under the 2024–34 projections, fast food jobs were set to grow by {a.chg@24:o!2034}, with about {a.open@24:o!2034} openings a year.")
T("ff-06", "forum", "shift lead at a burger place, $17.25/hr in Ohio. per BLS fast food median is {a.median*0.7~hr:m}/hr lol that's below min wage in half the country")
T("ff-07", "career-site", "In California, fast food workers earn a median of {a.median=<$20.10>~hr:u} an hour, and in the San Francisco area about {a.median=<$22.40>~hr:u}.", place="California", own_place={1: "San Francisco area"})
T("ff-08", "table", "| | Fast food worker | Food prep worker |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Jobs, 2025 | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Openings per year | {a.open:c} | {b.open:c} |", heading="By the numbers")
T("ff-09", "career-site", "Food prep workers average {b.mean*1.4~k:m} a year and need a {b.edu=<high school diploma>:m}.")
T("ff-10", "career-site", "Food preparation workers earned a median of {b.median@23:o!2023} in May 2023.")
NC("ff-n1", "ServSafe food handler cards cost $15 and take about 90 minutes online.")
NC("ff-n2", "Our prep crew goes through 400 pounds of onions on a Saturday.")

P("Agricultural Equipment Operator", "Agricultural Grader")
T("ag-01", "ooh", "The median annual wage for agricultural equipment operators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ag-02", "ooh", "Employment of agricultural equipment operators is projected to grow {a.pct=<nine percent>:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ag-03", "comparison", "Equipment operators drive tractors, combines and sprayers; graders and sorters inspect and sort produce, eggs and other farm products by size and quality. Operators earn a median of {a.median~k:c}, graders {b.median~k:c}.", heading="Agricultural Equipment Operator vs. Agricultural Grader")
T("ag-04", "career-site", "Agricultural equipment operators were projected in 2024 to grow {a.pct@24:o!2034} through 2034, adding about {a.chg@24:o!2034} jobs.")
T("ag-05", "forum", "drove combine for a custom harvest crew, Texas to ND, 2023 season. made $14/hr plus room. BLS says the median now is {a.median~hr:c}/hr")
T("ag-06", "career-site", "In the Central Valley, graders and sorters earn about {b.median=<$16.90>~hr:u} an hour.", place="Central Valley")
T("ag-07", "bullets", "Agricultural grader and sorter:\n- Median pay (2023): {b.median@23:o!2023}\n- Projected change (2024–34): {b.pct@24:o!2034}\n- Openings per year: {b.open@24:o}")
T("ag-08", "career-site", "Agricultural equipment operators hold about {a.emp*2:m} jobs, and {a.self=<30%>:m} are self-employed.")
T("ag-09", "career-site", "About {a.self:c} of agricultural equipment operators are self-employed, and roughly {a.open:c} openings come up each year.")
T("ag-10", "faq", "Do you need a degree to sort produce? No. Graders and sorters typically have {b.edu=<no formal educational credential>:c}, and they earn an average of {b.mean~hr:c} an hour.", heading="FAQ")
NC("ag-n1", "A new 400-horsepower tractor lists for about $450,000.")
NC("ag-n2", "Our packing shed runs two optical sorting lines at 12 tons an hour.")

P("Construction Foreman", "Production Supervisor")
T("fp-01", "ooh", "The median annual wage for first-line supervisors of construction trades and extraction workers was {a.median:c!2025} in May 2025.", heading="Pay")
T("fp-02", "comparison", "A construction foreman runs a crew on a job site; a production supervisor runs a shift on a factory floor. Foremen earn a median of {a.median~K:c}, production supervisors {b.median~K:c}, and both jobs usually require a {a.edu:c} plus years of experience.", heading="Construction Foreman vs. Production Supervisor")
T("fp-03", "union", "Brothers and sisters: BLS counts {a.emp:c} construction supervisors nationwide, and the outlook calls for about {a.chg:c!2035} more by 2035. Our foreman rate goes to $52.40 on June 1.")
T("fp-04", "ooh", "Employment of first-line supervisors of production and operating workers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("fp-05", "career-site", "Production supervisors earned a median of {b.median@24:o!2024} in May 2024, and the 2024–34 outlook projected about {b.open@24:o!2034} openings a year.")
T("fp-06", "forum", "super for a GC in Dallas, 15 yrs in. per BLS foremen make {a.median*1.45~k:m} median? not unless you're on a mega project")
T("fp-07", "career-site", "In Texas, construction foremen earn a median of {a.median=<$74,800>:u}, and foremen in Houston about {a.median=<$77,100>:u}.", place="Texas", own_place={1: "Houston"})
T("fp-08", "bullets", "Production supervisor:\n- Average salary: {b.mean:c}\n- 10th to 90th percentile: {b.range~k_dash:c}\n- Jobs: {b.oemp:c}\n- Openings per year: {b.open:c}")
T("fp-09", "career-site", "About {a.self@24:o} of construction supervisors were self-employed in the 2024–34 projections.")
T("fp-10", "career-site", "Production supervisors typically need a {b.edu=<bachelor's degree>:m}, and the field is projected to decline {b.pct=<8%>:m}.")
T("fp-11", "career-site", "Roughly {a.self:c} of construction foremen are self-employed, and the middle 50% earn {a.mid~k_dash:c}.")
NC("fp-n1", "OSHA 30 for supervisors runs four days and costs $189 online.")
NC("fp-n2", "Our plant runs 3 shifts and ships 1,100 pallets a week.")

P("Housekeeping Supervisor", "Landscaping Supervisor")
T("hl-01", "ooh", "The median annual wage for first-line supervisors of landscaping, lawn service, and groundskeeping workers was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("hl-02", "comparison", "Housekeeping supervisors manage cleaning crews in hotels, hospitals and office buildings; landscaping supervisors run mowing and installation crews. Landscaping supervisors earn more, about {b.median~th:c} versus {a.median~th:c}, and nearly half of them ({b.self:c}) run their own businesses.", heading="Housekeeping Supervisor vs. Landscaping Supervisor")
T("hl-03", "ooh", "Employment of first-line supervisors of landscaping, lawn service, and groundskeeping workers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("hl-04", "career-site", "In the 2024–34 projections, about {a.self@24:o} of housekeeping supervisors were self-employed. The same projections had landscaping supervisor jobs growing {b.pct@24:o!2034}.")
T("hl-05", "hospital", "Environmental services supervisors in hospitals lead teams of 10 to 30 housekeepers. Nationally, housekeeping supervisors earn an average of {a.mean:c} a year, and the highest-paid 10 percent make more than {a.p90:c}.")
T("hl-06", "forum", "lawn care owner here, 3 crews. BLS says supervisors averaged {b.mean@24:o!2024} in 2024 and about {b.self@24:o!2024} were self-employed")
T("hl-07", "career-site", "In Florida, landscaping supervisors earn a median of {b.median=<$52,300>:u}; in the Orlando area it's about {b.median=<$54,700>:u}.", place="Florida", own_place={1: "Orlando area"})
T("hl-08", "bullets", "Housekeeping supervisor:\n- Median pay: {a.median~hr:c} an hour\n- Jobs: {a.oemp:c}\n- Openings per year: {a.open:c}\n- Self-employed: {a.self:c}")
T("hl-09", "career-site", "Landscaping supervisors typically need an {b.edu=<associate's degree>:m} in horticulture, and they hold about {b.emp*0.5:m} jobs.")
T("hl-10", "career-site", "Housekeeping supervisor employment will add about {a.chg:c!2035} jobs by 2035.")
NC("hl-n1", "Our hotel turns 380 rooms a day with two supervisors per floor block.")
NC("hl-n2", "A commercial zero-turn mower runs about $14,000, and we replace ours every 4 seasons.")

P("Graduate Teaching Assistant", "Research Assistant")
T("tr-01", "ooh", "The median annual wage for teaching assistants, postsecondary was {a.median:c!2025} in May 2025.", heading="Pay")
T("tr-02", "comparison", "TA or RA? Teaching assistants grade papers and lead sections; research assistants collect and analyze data. Both need a {a.edu=<bachelor's degree>:c} to start. Full-time social science RAs earn a median of {b.median~k:c}, while postsecondary TAs earn about {a.median~k:c}, though many grad TAs are paid by stipend instead.", heading="Graduate Teaching Assistant vs. Research Assistant")
T("tr-03", "ooh", "Employment of social science research assistants is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("tr-04", "career-site", "Postsecondary teaching assistants earned a median of {a.median@24:o!2024} in May 2024.")
T("tr-05", "forum", "PhD student here. my TA stipend is $26k. BLS says postsecondary TAs make {a.median*1.6~k:m} median?? who are these people")
T("tr-06", "career-site", "In Massachusetts, research assistants earn a median of {b.median=<$67,800>:u}, and in the Boston area about {b.median=<$70,200>:u}.", place="Massachusetts", own_place={1: "Boston area"})
T("tr-07", "bullets", "Social science research assistant:\n- Median pay: {b.median~hr:c}/hour\n- Jobs: {b.emp:c}\n- Self-employed: {b.self:c}\n- Outlook 2024–34: {b.pct@24:o!2034}")
T("tr-08", "career-site", "There are about {a.oemp:c} postsecondary teaching assistants, and around {a.open:c} openings are projected each year.")
T("tr-09", "career-site", "Under the 2024–34 projections, about {b.self@24:o} of research assistants were self-employed.")
T("tr-10", "career-site", "Research assistants typically need a {b.edu=<master's degree>:m}, and the field will add about {b.chg*4:m!2035} jobs by 2035.")
NC("tr-n1", "Graduate assistantships at our university include a tuition waiver worth $14,000 a year.")
NC("tr-n2", "IRB training (CITI) takes about 4 hours and must be renewed every 3 years.")

# ---------------------------------------------------------------- second pass: older releases, places, other phrasings
P("Dermatologist", "Cardiologist")
T("dc-12", "faq", "How much does a cardiologist make in Ohio? Cardiologists in Ohio earn a mean of {b.mean=<$471,000>:u}/yr, and in the Cleveland area about {b.mean=<$502,000>:u}/yr on average.", heading="Cardiologist salary by state", place="Ohio", own_place={1: "Cleveland area"})
T("dc-13", "career-site", "Dermatologists held {a.oemp@24:o!2024} jobs in May 2024 and earned a mean of {a.mean@24:o!2024}.")
P("Security Supervisor", "Correctional Sergeant")
T("sc-11", "bullets", "Security supervisors (older BLS data):\n- Median: {a.median@24:o} a year\n- Highest 10 percent: above {a.p90@24:o}")
T("sc-12", "faq", "How much does a security supervisor make in Illinois? About {a.median=<$27.40>~hr:u} an hour, and a bit more in the Chicago metro area.", heading="Security supervisor pay by state", place="Illinois")
T("sc-13", "career-site", "Security supervisors typically earn {a.range~k_dash:c}, depending on the site and the shift.")
P("Administrative Law Judge", "Judicial Law Clerk")
T("aj-11", "career-site", "In May 2024, administrative law judge pay ranged between {a.range@24~_and:o!2024}, from the bottom 10 percent to the top 10 percent.")
T("aj-12", "career-site", "Judicial law clerks earned a median of {b.median@23:o!2023} in 2023.")
P("Postmaster", "Mail Clerk")
T("pm-10", "career-site", "Postmasters had a median salary of {a.median@24:o}, according to BLS. Mail clerks had a median of {b.median@24:o}.")
T("pm-11", "faq", "How much does a postmaster make in Alaska? The median is about {a.median=<$104,000>:u}, among the highest in the country.", heading="Postmaster FAQ", place="Alaska")
P("Switchboard Operator", "Telephone Operator")
T("so-11", "career-site", "Telephone operator jobs fell to {b.oemp@23:o!2023} in 2023, and the median wage that year was {b.median@23:o!2023}.")
T("so-12", "career-site", "About {a.emp=<35 thousand>:c} people work as switchboard operators, many of them at answering services.")
P("New Accounts Clerk", "Insurance Claims Clerk")
T("nc-11", "career-site", "As of May 2024, new accounts clerks earned a median of {a.median@24:o!2024} a year. Claims clerks earned {b.median@24:o}.")
T("nc-12", "career-site", "In Connecticut, insurance claims clerks earn an average of {b.mean=<$55,800>:u}, and Hartford-area insurers pay the most.", place="Connecticut")
P("Aerospace Engineering Technician", "Industrial Engineering Technician")
T("ai-12", "faq", "How much does an aerospace engineering technician make in California? Around {a.median=<$88,000>:u} a year, and more near Los Angeles.", heading="FAQ", place="California")
T("ai-13", "bullets", "Industrial engineering technicians (2024–34 projections):\n- Jobs in 2024: {b.emp@24:o!2024}\n- Openings per year: {b.open@24:o}")
T("ai-14", "school", "To get hired as an industrial engineering technician, you'll need an {b.edu=<associate's>:c} in engineering technology; ours takes four semesters.")
P("Criminal Justice Professor", "Social Work Professor")
T("cs-11", "career-site", "In 2024, criminal justice professors earned a median of {a.median@24:o!2024}. Social work professors earned {b.median@24:o}.")
T("cs-12", "career-site", "Criminal justice professors in Florida average {a.mean=<$79,400>:u}.", place="Florida")
T("cs-13", "career-site", "For social work faculty roles, most employers want a {b.edu=<master's>:m} in social work and two years of practice.")
P("Communications Professor", "Foreign Language Professor")
T("cf-11", "career-site", "Foreign language professors numbered about {b.emp@24:o!2024} in 2024.")
T("cf-12", "career-site", "Among communications teachers, postsecondary, the lowest 10 percent earned less than {a.p10@24:o}, and the highest 10 percent more than {a.p90@24:o}.")
T("cf-13", "frontmatter", "---\ntitle: \"Communications Professor vs. Foreign Language Professor\"\ncomm_prof_salary: \"{a.median~th:c}\"\nlang_prof_salary: \"{b.median@24:o}\"\n---")
P("Wildland Fire Prevention Specialist", "Forest and Conservation Worker")
T("fw-11", "faq", "How much do forest and conservation workers make in Washington? About {b.median=<$22.60>~hr:u} an hour, per the state's workforce board.", heading="FAQ", place="Washington")
T("fw-12", "career-site", "Fire prevention specialists earned a median of {a.median@24:o} and averaged {a.mean@24:o} a year in the previous release.")
P("Garage Door Technician", "Manufactured Home Installer")
T("gm-10", "career-site", "Garage door technicians made an average of {a.mean@24:o!2024} in 2024, with the lowest 10 percent below {a.p10@24:o!2024}.")
T("gm-11", "career-site", "In Denver, garage door installers average about {a.mean=<$29.80>~hr:u} an hour.", place="Denver")
P("Rail Yard Engineer", "Track Maintenance Operator")
T("rt-10", "career-site", "Rail yard engineers earned {a.range@24~_to:o!2024} in May 2024, bottom tenth to top tenth.")
T("rt-11", "career-site", "In Illinois, track maintenance operators earn a median of {b.median=<$74,300>:u}.", place="Illinois")
P("Wellhead Pumper", "Gas Compressor Operator")
T("wg-11", "career-site", "Wellhead pumpers numbered about {a.emp@24:o!2024} in 2024, and about {a.self@24:o!2024} of them were self-employed.")
T("wg-12", "faq", "How much does a pumper make in North Dakota? The median is about {a.median=<$83,500>:u}, and oilfield overtime adds more.", heading="FAQ", place="North Dakota")
P("Dredge Operator", "Pump Operator")
T("dp-11", "bullets", "Older BLS pay data:\n- Dredge operators, median (May 2023): {a.median@23:o!2023}\n- Pump operators, median (May 2023): {b.median@23:o!2023}")
T("dp-12", "career-site", "In Houston, pump operators at refineries and pipeline terminals earn about {b.mean=<$33.90>~hr:u} an hour on average.", place="Houston")
P("Prosthodontist", "Oral Surgeon")
T("po-11", "career-site", "In May 2024, the lowest-paid 10 percent of oral surgeons earned less than {b.p10@24:o!2024}.")
T("po-12", "career-site", "Prosthodontists in New York City average {a.mean=<$301,000>:u}.", place="New York City")
P("Childcare Center Director", "Residential Advisor")
T("cr-11", "career-site", "Per the May 2024 figures, childcare center directors earned a median of {a.median@24:o!2024}, and the middle 50 percent earned {a.mid@24~_to:o!2024}.")
T("cr-12", "faq", "How much does a residential advisor make in Minnesota? About {b.median=<$21.70>~hr:u} an hour at the median.", heading="FAQ", place="Minnesota")
P("Craft Artist", "Engraver")
T("ce-11", "career-site", "BLS's 2024 release put the engraver median at {b.median@24:o!2024}.")
T("ce-12", "blog", "In Santa Fe, craft artists selling through galleries report a typical income of {a.median=<$52,000>:u}.", place="Santa Fe")
P("Furniture Finisher", "Woodworking Machine Operator")
T("fm-10", "career-site", "Woodworking machine operators earned a median of {b.median@24:o!2024} in May 2024. Furniture finishers earned {a.median@24:o}.")
T("fm-11", "career-site", "In Grand Rapids, furniture finishers earn about {a.median=<$20.40>~hr:u} an hour.", place="Grand Rapids")
P("Dry Cleaner", "Shoe Repairer")
T("ds-11", "career-site", "Laundry and dry-cleaning workers earned a median of {a.median@23:o!2023} in 2023. The older projections counted about {a.emp@24:o} jobs.")
T("ds-12", "faq", "How much does a dry cleaner make in New Jersey? Roughly {a.median=<$17.40>~hr:u} an hour.", heading="FAQ", place="New Jersey")
T("ds-13", "career-site", "These workers mostly learn on the job. They earn a median of {a.median~hr0:c} an hour, and they held about {a.oemp:c!2025} jobs in May 2025.")
P("Metal Fabricator", "Fiberglass Laminator")
T("mf-11", "career-site", "In the May 2024 data, fiberglass laminators averaged {b.mean@24:o!2024} a year. Structural metal fabricators averaged {a.mean@24:o}.")
T("mf-12", "career-site", "In Pennsylvania, structural metal fabricators earn a median of {a.median=<$52,900>:u}, and in the Pittsburgh area about {a.median=<$54,100>:u}.", place="Pennsylvania", own_place={1: "Pittsburgh area"})
P("Aircraft Assembler", "Engine Assembler")
T("ae-11", "career-site", "Aircraft assembler jobs were projected to shrink by about {a.chg@24:o!2034} from 2024 to 2034.")
T("ae-12", "career-site", "In South Carolina, aircraft assemblers around Charleston earn about {a.median=<$29.10>~hr:u} an hour.", place="Charleston")
P("Casino Cashier", "Cage Cashier")
T("cc-10", "career-site", "Gambling change persons and booth cashiers earned {a.range@24~_to:o!2024} in 2024, from the lowest 10 percent to the highest.")
T("cc-11", "career-site", "In Atlantic City, cage cashiers earn about {b.median=<$19.60>~hr:u} an hour.", place="Atlantic City")
P("Fast Food Worker", "Food Preparation Worker")
T("ff-11", "career-site", "Fast food and counter workers held about {a.emp@24~m2:o!2024} jobs in 2024.")
T("ff-12", "career-site", "In Seattle, food prep workers earn about {b.median=<$22.80>~hr:u} an hour.", place="Seattle")
T("ff-13", "gov", "Fast food employment will add about {a.chg=<223 thousand>:c!2035} jobs by 2035.")
P("Agricultural Equipment Operator", "Agricultural Grader")
T("ag-11", "career-site", "Agricultural equipment operators earned a median of {a.median@24:o} a year in the previous BLS release.")
T("ag-12", "faq", "How much does a tractor operator make in Iowa? About {a.median=<$46,200>:u} a year.", heading="FAQ", place="Iowa")
P("Construction Foreman", "Production Supervisor")
T("fp-12", "career-site", "Construction supervisors were expected to add about {a.chg@24:o!2034} jobs from 2024 to 2034, per the older projections.")
T("fp-13", "career-site", "In Michigan, production supervisors earn a median of {b.median=<$73,100>:u}; in the Detroit metro area it's about {b.median=<$78,600>:u}.", place="Michigan", own_place={1: "Detroit metro area"})
T("fp-14", "career-site", "About {b.open=<61 thousand>:c} production supervisor openings are projected each year.")
P("Housekeeping Supervisor", "Landscaping Supervisor")
T("hl-11", "career-site", "Housekeeping supervisors earned a median of {a.median@24:o!2024} in May 2024.")
T("hl-12", "career-site", "In Las Vegas, hotel housekeeping supervisors earn about {a.median=<$27.90>~hr:u} an hour.", place="Las Vegas")
T("hl-13", "career-site", "Landscaping supervisor employment is projected to grow {b.pct=<four percent>:c!2035} through 2035.")
P("Graduate Teaching Assistant", "Research Assistant")
T("tr-11", "career-site", "Research assistants earned a median of {b.median@24:o} a year, with an average of {b.mean@24:o}, in the previous release.")
T("tr-12", "career-site", "In Washington, D.C., social science research assistants earn a median of {b.median=<$72,400>:u}.", place="Washington, D.C.")
T("tr-13", "career-site", "Teaching assistant jobs at community colleges often require only {a.edu=<some college, no degree>:m}.")

# ---------------------------------------------------------------- third pass: house conventions (clauses, carried years, shared figures)
P("Switchboard Operator", "Telephone Operator")
T("so-13", "career-site", "Some salary sites say telephone operators make {b.median*1.3~k:m} a year, but the BLS median is {b.median~k:c}.")
P("Dry Cleaner", "Shoe Repairer")
T("ds-14", "comparison", "Shoe repairers earn {b.mean:c} on average, while dry cleaners take home {a.mean:c}.")
P("Fast Food Worker", "Food Preparation Worker")
T("ff-14", "career-site", "In Texas, fast food workers earn about {a.median=<$13.90>~hr:u} an hour, and food prep workers in Dallas about {b.median=<$15.60>~hr:u}.", place="Texas", own_place={1: "Dallas"})
P("Housekeeping Supervisor", "Landscaping Supervisor")
T("hl-14", "career-site", "In May 2025, landscaping supervisors earned a median of {b.median:c!2025}, and about {b.self:c!2025} were self-employed.")
T("hl-15", "career-site", "Both typically need a {a.edu:c}, and both learn mostly on the job after years on a crew.")
P("Craft Artist", "Engraver")
T("ce-13", "career-site", "Independent engravers charge about $45 an hour for custom work, while salaried engravers earn a median of {b.median~hr:c} an hour.")
P("Wellhead Pumper", "Gas Compressor Operator")
T("wg-13", "table", "| | Wellhead pumper | Gas compressor operator |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Job outlook, 2025-35 | {a.pct~pc:c!2035} decline | {b.pct:c!2035} |\n| Entry-level education | {a.edu~cap:c} | Same |", heading="Summary")
P("Rail Yard Engineer", "Track Maintenance Operator")
T("rt-12", "table", "| | Rail yard engineer | Track maintenance operator |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Jobs | {a.emp:c} | {b.emp:c} |\n| Entry-level education | {a.edu~cap:c} | — |", heading="At a glance")
P("Postmaster", "Mail Clerk")
T("pm-12", "career-site", "Postmaster jobs are expected to see {a.desc=<little or no change>:c!2035} through 2035.")
P("Agricultural Equipment Operator", "Agricultural Grader")
T("ag-13", "career-site", "Graders and sorters will see roughly {b.open=<5.8 thousand>:c} openings a year.")
P("Dermatologist", "Cardiologist")
T("dc-14", "forum", "BLS has dermatologists at {a.pct=<2%>:m} growth and says you only need a {a.edu=<master's degree>:m}. Something is off with that site")
P("Administrative Law Judge", "Judicial Law Clerk")
T("aj-13", "career-site", "Administrative law judges earn a typical salary of {a.median*1.5~K:m} and number about {a.emp*2:m}.")
P("New Accounts Clerk", "Insurance Claims Clerk")
T("nc-13", "career-site", "New accounts clerks will lose about {a.chg:c!2035} jobs by 2035, and the top 10 percent earn more than {a.p90~hr:c} an hour.")
P("Prosthodontist", "Oral Surgeon")
T("po-13", "bullets", "Oral surgeons:\n- About {b.emp:c} jobs\n- Mean wage: {b.mean~hr:c} per hour")
P("Garage Door Technician", "Manufactured Home Installer")
T("gm-12", "career-site", "Garage door repairers were projected to add {a.chg@24:o!2034} jobs over 2024–34, {a.desc=<much faster than average>:o!2034}.")
P("Wildland Fire Prevention Specialist", "Forest and Conservation Worker")
T("fw-13", "career-site", "Wildland fire prevention specialists number about {a.emp*5:m} and need a {a.edu=<bachelor's degree>:m}.")


OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout13:\n  " + "\n  ".join(errs))
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
