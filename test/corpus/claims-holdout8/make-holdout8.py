#!/usr/bin/env python3
"""Generate claims-holdout8 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement.
Run: python3 make-holdout8.py [--flips]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"mining": {"query": "Mining Engineer", "soc": "17-2151", "title": "Mining and Geological Engineers, Including Mining Safety Engineers", "oews2025": {"mean": 115410, "median": 106220, "p10": 67490, "p25": 85280, "p75": 136590, "p90": 169990, "hourlyMean": 55.49, "employment": 6080}, "oews2024": {"mean": 108940, "median": 101020, "p10": 62500, "p25": 81040, "p75": 129860, "p90": 163740, "hourlyMean": 52.37, "employment": 6770}, "oews2023": {"mean": 105460, "median": 100640, "p10": 55150, "p25": 77730, "p75": 128920, "p90": 160820, "hourlyMean": 50.7, "employment": 7040}, "ep2025": {"changePercent": 3.8, "changeNumeric": 0.2, "openingsPerYear": 0.3, "employmentBase": 6.2, "education": "Bachelor's degree", "selfEmployedPercent": 1.6}, "ep2024": {"changePercent": 0.7, "changeNumeric": 0, "openingsPerYear": 0.4, "employmentBase": 7, "education": "Bachelor's degree", "selfEmployedPercent": 1.7}},
"roust": {"query": "Roustabout", "soc": "47-5071", "title": "Roustabouts, Oil and Gas", "oews2025": {"mean": 49200, "median": 46960, "p10": 36420, "p25": 38850, "p75": 58120, "p90": 64530, "hourlyMean": 23.65, "employment": 44970}, "oews2024": {"mean": 49060, "median": 47510, "p10": 35650, "p25": 38330, "p75": 57170, "p90": 64010, "hourlyMean": 23.59, "employment": 45330}, "oews2023": {"mean": 47730, "median": 46340, "p10": 35150, "p25": 38410, "p75": 53590, "p90": 61350, "hourlyMean": 22.95, "employment": 43830}, "ep2025": {"changePercent": 3.6, "changeNumeric": 1.7, "openingsPerYear": 4.1, "employmentBase": 45.5, "education": "No formal educational credential", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 2.5, "changeNumeric": 1.1, "openingsPerYear": 4.3, "employmentBase": 46, "education": "No formal educational credential", "selfEmployedPercent": 1.4}},
"cnc": {"query": "CNC Operator", "soc": "51-9161", "title": "Computer Numerically Controlled Tool Operators", "oews2025": {"mean": 54320, "median": 50690, "p10": 38140, "p25": 44930, "p75": 61760, "p90": 73890, "hourlyMean": 26.11, "employment": 169450}, "oews2024": {"mean": 52900, "median": 49970, "p10": 37160, "p25": 42710, "p75": 60980, "p90": 71160, "hourlyMean": 25.43, "employment": 176950}, "oews2023": {"mean": 51030, "median": 48550, "p10": 36380, "p25": 40390, "p75": 59630, "p90": 66970, "hourlyMean": 24.54, "employment": 187670}, "ep2025": {"changePercent": -9.4, "changeNumeric": -15.9, "openingsPerYear": 12.5, "employmentBase": 170, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": -10.7, "changeNumeric": -19, "openingsPerYear": 13.5, "employmentBase": 177.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}},
"tooldie": {"query": "Tool and Die Maker", "soc": "51-4111", "title": "Tool and Die Makers", "oews2025": {"mean": 66860, "median": 64050, "p10": 44680, "p25": 51490, "p75": 78770, "p90": 92680, "hourlyMean": 32.14, "employment": 56930}, "oews2024": {"mean": 65100, "median": 63180, "p10": 44200, "p25": 51200, "p75": 77430, "p90": 87660, "hourlyMean": 31.3, "employment": 55130}, "oews2023": {"mean": 62020, "median": 61490, "p10": 40560, "p25": 49070, "p75": 74030, "p90": 81720, "hourlyMean": 29.82, "employment": 58150}, "ep2025": {"changePercent": -9.2, "changeNumeric": -5.2, "openingsPerYear": 4.3, "employmentBase": 56.7, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": -10.8, "changeNumeric": -6, "openingsPerYear": 4.7, "employmentBase": 55.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"powerop": {"query": "Power Plant Operator", "soc": "51-8013", "title": "Power Plant Operators", "oews2025": {"mean": 99790, "median": 102040, "p10": 61790, "p25": 79690, "p75": 119080, "p90": 131940, "hourlyMean": 47.97, "employment": 29320}, "oews2024": {"mean": 95990, "median": 99670, "p10": 59930, "p25": 77400, "p75": 111980, "p90": 128760, "hourlyMean": 46.15, "employment": 30720}, "oews2023": {"mean": 91880, "median": 97010, "p10": 54080, "p25": 72860, "p75": 106780, "p90": 123120, "hourlyMean": 44.17, "employment": 31490}, "ep2025": {"changePercent": -5.1, "changeNumeric": -1.5, "openingsPerYear": 2.3, "employmentBase": 29.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": -11.2, "changeNumeric": -3.5, "openingsPerYear": 2.5, "employmentBase": 31.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"water": {"query": "Water Treatment Plant Operator", "soc": "51-8031", "title": "Water and Wastewater Treatment Plant and System Operators", "oews2025": {"mean": 62540, "median": 60020, "p10": 39110, "p25": 48040, "p75": 74780, "p90": 91060, "hourlyMean": 30.07, "employment": 128490}, "oews2024": {"mean": 60620, "median": 58260, "p10": 37870, "p25": 47020, "p75": 71280, "p90": 86160, "hourlyMean": 29.15, "employment": 126750}, "oews2023": {"mean": 58050, "median": 54890, "p10": 36680, "p25": 44720, "p75": 67790, "p90": 83090, "hourlyMean": 27.91, "employment": 120710}, "ep2025": {"changePercent": -5.7, "changeNumeric": -7.5, "openingsPerYear": 10, "employmentBase": 131, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}, "ep2024": {"changePercent": -6.5, "changeNumeric": -8.7, "openingsPerYear": 10.7, "employmentBase": 132.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.1}},
"nuceng": {"query": "Nuclear Engineer", "soc": "17-2161", "title": "Nuclear Engineers", "oews2025": {"mean": 140420, "median": 133970, "p10": 92960, "p25": 108690, "p75": 163630, "p90": 196290, "hourlyMean": 67.51, "employment": 15280}, "oews2024": {"mean": 134980, "median": 127520, "p10": 88290, "p25": 103010, "p75": 157600, "p90": 187430, "hourlyMean": 64.89, "employment": 14740}, "oews2023": {"mean": 126950, "median": 125460, "p10": 82150, "p25": 100500, "p75": 142700, "p90": 174020, "hourlyMean": 61.03, "employment": 12710}, "ep2025": {"changePercent": 0.4, "changeNumeric": 0.1, "openingsPerYear": 0.8, "employmentBase": 16.6, "education": "Bachelor's degree", "selfEmployedPercent": 5.7}, "ep2024": {"changePercent": -1.1, "changeNumeric": -0.2, "openingsPerYear": 0.8, "employmentBase": 15.4, "education": "Bachelor's degree", "selfEmployedPercent": 2.4}},
"nuctech": {"query": "Nuclear Technician", "soc": "19-4051", "title": "Nuclear Technicians", "oews2025": {"mean": 108940, "median": 110240, "p10": 73150, "p25": 99110, "p75": 123990, "p90": 133600, "hourlyMean": 52.37, "employment": 6470}, "oews2024": {"mean": 100730, "median": 104240, "p10": 64370, "p25": 83330, "p75": 113710, "p90": 126890, "hourlyMean": 48.43, "employment": 5990}, "oews2023": {"mean": 97520, "median": 101740, "p10": 62700, "p25": 76280, "p75": 111420, "p90": 128700, "hourlyMean": 46.88, "employment": 5400}, "ep2025": {"changePercent": 1.1, "changeNumeric": 0.1, "openingsPerYear": 0.9, "employmentBase": 6.7, "education": "Associate's degree", "selfEmployedPercent": 2.7}, "ep2024": {"changePercent": -7.7, "changeNumeric": -0.5, "openingsPerYear": 0.7, "employmentBase": 6, "education": "Associate's degree", "selfEmployedPercent": null}},
"indmech": {"query": "Industrial Machinery Mechanic", "soc": "49-9041", "title": "Industrial Machinery Mechanics", "oews2025": {"mean": 68460, "median": 64520, "p10": 46120, "p25": 55010, "p75": 78780, "p90": 95170, "hourlyMean": 32.91, "employment": 439640}, "oews2024": {"mean": 67160, "median": 63760, "p10": 45090, "p25": 52710, "p75": 78070, "p90": 92730, "hourlyMean": 32.29, "employment": 421940}, "oews2023": {"mean": 63690, "median": 61420, "p10": 42390, "p25": 49780, "p75": 75030, "p90": 85970, "hourlyMean": 30.62, "employment": 412650}, "ep2025": {"changePercent": 17.8, "changeNumeric": 79.7, "openingsPerYear": 44.4, "employmentBase": 446.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.3}, "ep2024": {"changePercent": 16.1, "changeNumeric": 70.7, "openingsPerYear": 45.7, "employmentBase": 439.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}},
"maint": {"query": "Maintenance Worker", "soc": "49-9071", "title": "Maintenance and Repair Workers, General", "oews2025": {"mean": 53780, "median": 49590, "p10": 35350, "p25": 40840, "p75": 62620, "p90": 77180, "hourlyMean": 25.86, "employment": 1529700}, "oews2024": {"mean": 52430, "median": 48620, "p10": 33860, "p25": 39050, "p75": 61710, "p90": 76110, "hourlyMean": 25.21, "employment": 1531700}, "oews2023": {"mean": 49650, "median": 46700, "p10": 30860, "p25": 37160, "p75": 59640, "p90": 73490, "hourlyMean": 23.87, "employment": 1503150}, "ep2025": {"changePercent": 4.2, "changeNumeric": 68.6, "openingsPerYear": 148.7, "employmentBase": 1621.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 3.8, "changeNumeric": 62.4, "openingsPerYear": 159.8, "employmentBase": 1629.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.1}},
"coach": {"query": "Coach", "soc": "27-2022", "title": "Coaches and Scouts", "oews2025": {"mean": 60160, "median": 47320, "p10": 28790, "p25": 35330, "p75": 64710, "p90": 98860, "employment": 248950}, "oews2024": {"mean": 58910, "median": 45920, "p10": 27490, "p25": 33960, "p75": 61930, "p90": 93980, "employment": 250940}, "oews2023": {"mean": 58700, "median": 45910, "p10": 27040, "p25": 32440, "p75": 62070, "p90": 95620, "employment": 238980}, "ep2025": {"changePercent": 6.1, "changeNumeric": 18.1, "openingsPerYear": 36.4, "employmentBase": 298.8, "education": "Bachelor's degree", "selfEmployedPercent": 8.3}, "ep2024": {"changePercent": 6.4, "changeNumeric": 19.5, "openingsPerYear": 41.8, "employmentBase": 306.5, "education": "Bachelor's degree", "selfEmployedPercent": 10.2}},
"ump": {"query": "Umpire", "soc": "27-2023", "title": "Umpires, Referees, and Other Sports Officials", "oews2025": {"mean": 53010, "median": 40710, "p10": 26540, "p25": 32260, "p75": 57160, "p90": 82960, "employment": 15780}, "oews2024": {"mean": 52800, "median": 38820, "p10": 25070, "p25": 30920, "p75": 53560, "p90": 93180, "employment": 15080}, "oews2023": {"mean": 44860, "median": 35820, "p10": 22950, "p25": 29140, "p75": 47690, "p90": 63410, "employment": 14840}, "ep2025": {"changePercent": 5.2, "changeNumeric": 0.9, "openingsPerYear": 4.3, "employmentBase": 18.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 9.7}, "ep2024": {"changePercent": 5.7, "changeNumeric": 1.1, "openingsPerYear": 4.6, "employmentBase": 19.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 18.2}},
"dancer": {"query": "Dancer", "soc": "27-2031", "title": "Dancers", "oews2025": {"hourlyMean": 30.83, "employment": 8130}, "oews2024": {"hourlyMean": 30.3, "employment": 9060}, "oews2023": {"hourlyMean": 29.56, "employment": 11510}, "ep2025": {"changePercent": 2.2, "changeNumeric": 0.3, "openingsPerYear": 1.6, "employmentBase": 13.8, "education": "No formal educational credential", "selfEmployedPercent": 40.7}, "ep2024": {"changePercent": 4.5, "changeNumeric": 0.6, "openingsPerYear": 1.8, "employmentBase": 12.3, "education": "No formal educational credential", "selfEmployedPercent": 25.4}},
"choreo": {"query": "Choreographer", "soc": "27-2032", "title": "Choreographers", "oews2025": {"mean": 73100, "median": 55310, "p10": 34090, "p25": 41600, "p75": 75710, "p90": 138630, "hourlyMean": 35.14, "employment": 2860}, "oews2024": {"mean": 62020, "median": 55600, "p10": 33080, "p25": 39600, "p75": 71190, "p90": 94090, "hourlyMean": 29.82, "employment": 3430}, "oews2023": {"mean": 59090, "median": 52000, "p10": 30040, "p25": 37440, "p75": 77330, "p90": 91140, "hourlyMean": 28.41, "employment": 4190}, "ep2025": {"changePercent": 3.1, "changeNumeric": 0.1, "openingsPerYear": 0.6, "employmentBase": 4.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 39.6}, "ep2024": {"changePercent": 6.1, "changeNumeric": 0.3, "openingsPerYear": 0.7, "employmentBase": 4.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 24.3}},
"arb": {"query": "Arbitrator", "soc": "23-1022", "title": "Arbitrators, Mediators, and Conciliators", "oews2025": {"mean": 91010, "median": 75530, "p10": 47220, "p25": 57360, "p75": 108000, "p90": 155440, "hourlyMean": 43.76, "employment": 9210}, "oews2024": {"mean": 91170, "median": 67710, "p10": 46200, "p25": 60030, "p75": 101010, "p90": 133480, "hourlyMean": 43.83, "employment": 7860}, "oews2023": {"mean": 95370, "median": 71540, "p10": 35960, "p25": 51200, "p75": 107060, "p90": 152730, "hourlyMean": 45.85, "employment": 7060}, "ep2025": {"changePercent": 4.7, "changeNumeric": 0.5, "openingsPerYear": 0.3, "employmentBase": 10.5, "education": "Bachelor's degree", "selfEmployedPercent": 9.5}, "ep2024": {"changePercent": 4.3, "changeNumeric": 0.4, "openingsPerYear": 0.3, "employmentBase": 9.1, "education": "Bachelor's degree", "selfEmployedPercent": 9.1}},
"title": {"query": "Title Examiner", "soc": "23-2093", "title": "Title Examiners, Abstractors, and Searchers", "oews2025": {"mean": 62350, "median": 58650, "p10": 38170, "p25": 47420, "p75": 74810, "p90": 90830, "hourlyMean": 29.97, "employment": 48580}, "oews2024": {"mean": 59600, "median": 54980, "p10": 36710, "p25": 45020, "p75": 70290, "p90": 87240, "hourlyMean": 28.65, "employment": 48170}, "oews2023": {"mean": 59440, "median": 53550, "p10": 36400, "p25": 43760, "p75": 70260, "p90": 89980, "hourlyMean": 28.58, "employment": 49760}, "ep2025": {"changePercent": 2.1, "changeNumeric": 1.3, "openingsPerYear": 5.3, "employmentBase": 59.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.5}, "ep2024": {"changePercent": 2, "changeNumeric": 1.1, "openingsPerYear": 5.4, "employmentBase": 57.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 8.9}},
"psychaide": {"query": "Psychiatric Aide", "soc": "31-1133", "title": "Psychiatric Aides", "oews2025": {"mean": 45690, "median": 44910, "p10": 32090, "p25": 37750, "p75": 49950, "p90": 60440, "hourlyMean": 21.97, "employment": 35520}, "oews2024": {"mean": 43610, "median": 41590, "p10": 30920, "p25": 35930, "p75": 48770, "p90": 58530, "hourlyMean": 20.97, "employment": 34900}, "oews2023": {"mean": 41000, "median": 39160, "p10": 27660, "p25": 32590, "p75": 47630, "p90": 55240, "hourlyMean": 19.71, "employment": 32310}, "ep2025": {"changePercent": 1.9, "changeNumeric": 0.7, "openingsPerYear": 4.9, "employmentBase": 36.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": -0.4, "changeNumeric": -0.1, "openingsPerYear": 5.3, "employmentBase": 38.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}},
"psychtech": {"query": "Psychiatric Technician", "soc": "29-2053", "title": "Psychiatric Technicians", "oews2025": {"mean": 46610, "median": 45130, "p10": 35090, "p25": 38430, "p75": 50160, "p90": 60750, "hourlyMean": 22.41, "employment": 156960}, "oews2024": {"mean": 45000, "median": 42590, "p10": 32980, "p25": 37170, "p75": 48910, "p90": 60150, "hourlyMean": 21.64, "employment": 136300}, "oews2023": {"mean": 43650, "median": 39700, "p10": 31150, "p25": 35730, "p75": 47960, "p90": 59990, "hourlyMean": 20.99, "employment": 115940}, "ep2025": {"changePercent": 22.3, "changeNumeric": 36, "openingsPerYear": 17, "employmentBase": 161.5, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 20, "changeNumeric": 28.9, "openingsPerYear": 15.9, "employmentBase": 144.5, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"hha": {"query": "Home Health Aide", "soc": "31-1120", "title": "Home Health and Personal Care Aides", "oews2025": {"mean": 36120, "median": 35800, "p10": 27040, "p25": 31920, "p75": 39470, "p90": 45040, "hourlyMean": 17.36, "employment": 4305810}, "oews2024": {"mean": 34990, "median": 34900, "p10": 25600, "p25": 30370, "p75": 37980, "p90": 44190, "hourlyMean": 16.82, "employment": 3988140}, "oews2023": {"mean": 33380, "median": 33530, "p10": 23910, "p25": 29120, "p75": 36550, "p90": 42450, "hourlyMean": 16.05, "employment": 3689350}, "ep2025": {"changePercent": 18.1, "changeNumeric": 847.3, "openingsPerYear": 760.5, "employmentBase": 4677.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 17, "changeNumeric": 739.8, "openingsPerYear": 765.8, "employmentBase": 4347.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.8}},
"orderly": {"query": "Orderly", "soc": "31-1132", "title": "Orderlies", "oews2025": {"mean": 40660, "median": 38290, "p10": 32240, "p25": 35570, "p75": 44560, "p90": 50600, "hourlyMean": 19.55, "employment": 52440}, "oews2024": {"mean": 40070, "median": 37700, "p10": 31610, "p25": 34850, "p75": 43160, "p90": 49570, "hourlyMean": 19.27, "employment": 53020}, "oews2023": {"mean": 38440, "median": 36830, "p10": 30260, "p25": 33780, "p75": 40810, "p90": 48000, "hourlyMean": 18.48, "employment": 48710}, "ep2025": {"changePercent": 4, "changeNumeric": 2.1, "openingsPerYear": 7.2, "employmentBase": 52.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.3, "changeNumeric": 1.8, "openingsPerYear": 7.8, "employmentBase": 54, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"radther": {"query": "Radiation Therapist", "soc": "29-1124", "title": "Radiation Therapists", "oews2025": {"mean": 114990, "median": 105310, "p10": 80560, "p25": 92060, "p75": 126340, "p90": 156710, "hourlyMean": 55.28, "employment": 17070}, "oews2024": {"mean": 110820, "median": 101990, "p10": 77860, "p25": 86520, "p75": 120360, "p90": 141550, "hourlyMean": 53.28, "employment": 18700}, "oews2023": {"mean": 104420, "median": 98300, "p10": 72280, "p25": 82300, "p75": 112040, "p90": 136910, "hourlyMean": 50.2, "employment": 16640}, "ep2025": {"changePercent": 2.8, "changeNumeric": 0.5, "openingsPerYear": 0.7, "employmentBase": 17.4, "education": "Associate's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 1.9, "changeNumeric": 0.4, "openingsPerYear": 0.9, "employmentBase": 19.2, "education": "Associate's degree", "selfEmployedPercent": null}},
"orth": {"query": "Orthotist", "soc": "29-2091", "title": "Orthotists and Prosthetists", "oews2025": {"mean": 83740, "median": 81110, "p10": 46350, "p25": 61290, "p75": 99990, "p90": 119810, "hourlyMean": 40.26, "employment": 9390}, "oews2024": {"mean": 81330, "median": 78310, "p10": 46220, "p25": 59990, "p75": 98880, "p90": 118730, "hourlyMean": 39.1, "employment": 9930}, "oews2023": {"mean": 80500, "median": 78100, "p10": 42020, "p25": 57120, "p75": 98160, "p90": 117250, "hourlyMean": 38.7, "employment": 8820}, "ep2025": {"changePercent": 12.9, "changeNumeric": 1.2, "openingsPerYear": 0.7, "employmentBase": 9.5, "education": "Master's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 13.3, "changeNumeric": 1.3, "openingsPerYear": 0.9, "employmentBase": 10.1, "education": "Master's degree", "selfEmployedPercent": null}},
"uw": {"query": "Insurance Underwriter", "soc": "13-2053", "title": "Insurance Underwriters", "oews2025": {"mean": 93700, "median": 81370, "p10": 55530, "p25": 64620, "p75": 110390, "p90": 145160, "hourlyMean": 45.05, "employment": 105420}, "oews2024": {"mean": 90830, "median": 79880, "p10": 51640, "p25": 63070, "p75": 104820, "p90": 138020, "hourlyMean": 43.67, "employment": 107820}, "oews2023": {"mean": 85610, "median": 77860, "p10": 48480, "p25": 61370, "p75": 102000, "p90": 132010, "hourlyMean": 41.16, "employment": 101310}, "ep2025": {"changePercent": -3.8, "changeNumeric": -4.8, "openingsPerYear": 6.8, "employmentBase": 125.6, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": -2.6, "changeNumeric": -3.3, "openingsPerYear": 8.2, "employmentBase": 127, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"compliance": {"query": "Compliance Officer", "soc": "13-1041", "title": "Compliance Officers", "oews2025": {"mean": 88400, "median": 80730, "p10": 48220, "p25": 61280, "p75": 109010, "p90": 133720, "hourlyMean": 42.5, "employment": 417070}, "oews2024": {"mean": 84980, "median": 78420, "p10": 46230, "p25": 59130, "p75": 104800, "p90": 130030, "hourlyMean": 40.86, "employment": 397770}, "oews2023": {"mean": 80190, "median": 75670, "p10": 43790, "p25": 56180, "p75": 100340, "p90": 123710, "hourlyMean": 38.55, "employment": 383620}, "ep2025": {"changePercent": 3.8, "changeNumeric": 16.7, "openingsPerYear": 32.7, "employmentBase": 436.4, "education": "Bachelor's degree", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 3, "changeNumeric": 12.3, "openingsPerYear": 33.3, "employmentBase": 418, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}},
"purchmgr": {"query": "Purchasing Manager", "soc": "11-3061", "title": "Purchasing Managers", "oews2025": {"mean": 156360, "median": 148080, "p10": 92490, "p25": 115550, "p75": 182270, "p90": 223280, "hourlyMean": 75.17, "employment": 84320}, "oews2024": {"mean": 150630, "median": 139510, "p10": 85500, "p25": 107430, "p75": 175460, "p90": 219140, "hourlyMean": 72.42, "employment": 81240}, "oews2023": {"mean": 146710, "median": 136380, "p10": 83510, "p25": 105300, "p75": 172110, "p90": 215170, "hourlyMean": 70.53, "employment": 77530}, "ep2025": {"changePercent": 4, "changeNumeric": 3.5, "openingsPerYear": 6.4, "employmentBase": 88.3, "education": "Bachelor's degree", "selfEmployedPercent": 3.5}, "ep2024": {"changePercent": 3.1, "changeNumeric": 2.6, "openingsPerYear": 6.4, "employmentBase": 83.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.8}},
"purchagent": {"query": "Purchasing Agent", "soc": "13-1020", "title": "Buyers and Purchasing Agents", "oews2025": {"mean": 83770, "median": 77710, "p10": 48380, "p25": 60800, "p75": 100820, "p90": 128870, "hourlyMean": 40.27, "employment": 491430}, "oews2024": {"mean": 81720, "median": 75650, "p10": 46460, "p25": 58670, "p75": 99190, "p90": 127520, "hourlyMean": 39.29, "employment": 486900}, "oews2023": {"mean": 77850, "median": 71950, "p10": 43680, "p25": 54910, "p75": 94910, "p90": 121680, "hourlyMean": 37.43, "employment": 477980}, "ep2025": {"changePercent": 6, "changeNumeric": null, "openingsPerYear": 47.2, "employmentBase": 516.1, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.8, "changeNumeric": 30.1, "openingsPerYear": 52.2, "employmentBase": 522.2, "education": "Bachelor's degree", "selfEmployedPercent": 4.7}},
"saleseng": {"query": "Sales Engineer", "soc": "41-9031", "title": "Sales Engineers", "oews2025": {"mean": 130140, "median": 124900, "p10": 73870, "p25": 92890, "p75": 161230, "p90": 195270, "hourlyMean": 62.57, "employment": 51790}, "oews2024": {"mean": 130410, "median": 121520, "p10": 70580, "p25": 90690, "p75": 159200, "p90": 202670, "hourlyMean": 62.7, "employment": 56690}, "oews2023": {"mean": 130550, "median": 116950, "p10": 67760, "p25": 87030, "p75": 160720, "p90": 202660, "hourlyMean": 62.77, "employment": 59340}, "ep2025": {"changePercent": 2.8, "changeNumeric": 1.4, "openingsPerYear": 3.8, "employmentBase": 51.6, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.5, "changeNumeric": 3.1, "openingsPerYear": 5, "employmentBase": 56.8, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"salesrep": {"query": "Sales Representatives, Wholesale and Manufacturing, Technical and Scientific Products", "soc": "41-4011", "title": "Sales Representatives, Wholesale and Manufacturing, Technical and Scientific Products", "oews2025": {"mean": 119730, "median": 104920, "p10": 52600, "p25": 75030, "p75": 158160, "p90": 200440, "hourlyMean": 57.56, "employment": 284800}, "oews2024": {"mean": 114520, "median": 100070, "p10": 48840, "p25": 65640, "p75": 146150, "p90": 194890, "hourlyMean": 55.06, "employment": 293930}, "oews2023": {"mean": 113520, "median": 99710, "p10": 48140, "p25": 64700, "p75": 143220, "p90": 193470, "hourlyMean": 54.58, "employment": 311780}, "ep2025": {"changePercent": 1.2, "changeNumeric": 3.5, "openingsPerYear": 23.6, "employmentBase": 292, "education": "Bachelor's degree", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 1.9, "changeNumeric": 5.7, "openingsPerYear": 27.2, "employmentBase": 303.2, "education": "Bachelor's degree", "selfEmployedPercent": 2.1}},
"hweng": {"query": "Computer Hardware Engineer", "soc": "17-2061", "title": "Computer Hardware Engineers", "oews2025": {"mean": 162670, "median": 161740, "p10": 92940, "p25": 126090, "p75": 202990, "p90": 225330, "hourlyMean": 78.21, "employment": 76660}, "oews2024": {"mean": 156770, "median": 155020, "p10": 85430, "p25": 115500, "p75": 185380, "p90": 223820, "hourlyMean": 75.37, "employment": 75710}, "oews2023": {"mean": 147770, "median": 138080, "p10": 81630, "p25": 108670, "p75": 175400, "p90": 212770, "hourlyMean": 71.04, "employment": 82660}, "ep2025": {"changePercent": 9.1, "changeNumeric": 6.9, "openingsPerYear": 4.1, "employmentBase": 76.1, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 7.3, "changeNumeric": 5.6, "openingsPerYear": 4.7, "employmentBase": 76.8, "education": "Bachelor's degree", "selfEmployedPercent": 1.1}},
"aero": {"query": "Aerospace Engineer", "soc": "17-2011", "title": "Aerospace Engineers", "oews2025": {"mean": 142060, "median": 134960, "p10": 86700, "p25": 106110, "p75": 169690, "p90": 205890, "hourlyMean": 68.3, "employment": 67710}, "oews2024": {"mean": 141180, "median": 134830, "p10": 85350, "p25": 104740, "p75": 174480, "p90": 205850, "hourlyMean": 67.88, "employment": 68440}, "oews2023": {"mean": 134330, "median": 130720, "p10": 81620, "p25": 101730, "p75": 166610, "p90": 188910, "hourlyMean": 64.58, "employment": 66660}, "ep2025": {"changePercent": 8.3, "changeNumeric": 5.7, "openingsPerYear": 3.8, "employmentBase": 68.7, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 6.1, "changeNumeric": 4.4, "openingsPerYear": 4.5, "employmentBase": 71.6, "education": "Bachelor's degree", "selfEmployedPercent": 2.6}},
"itmgr": {"query": "IT Manager", "soc": "11-3021", "title": "Computer and Information Systems Managers", "oews2025": {"mean": 192160, "median": 175140, "p10": 107550, "p25": 138060, "p75": 220730, "p90": 297510, "hourlyMean": 92.39, "employment": 670570}, "oews2024": {"mean": 187990, "median": 171200, "p10": 104450, "p25": 134350, "p75": 216220, "hourlyMean": 90.38, "employment": 645970}, "oews2023": {"mean": 180720, "median": 169510, "p10": 101590, "p25": 131770, "p75": 214050, "hourlyMean": 86.88, "employment": 592600}, "ep2025": {"changePercent": 15.8, "changeNumeric": 108.1, "openingsPerYear": 53.5, "employmentBase": 685.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.7}, "ep2024": {"changePercent": 15.2, "changeNumeric": 101.6, "openingsPerYear": 55.6, "employmentBase": 667.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.9}},
"cirs": {"query": "Computer Research Scientist", "soc": "15-1221", "title": "Computer and Information Research Scientists", "oews2025": {"mean": 153930, "median": 140300, "p10": 82200, "p25": 103570, "p75": 188700, "p90": 230630, "hourlyMean": 74, "employment": 37200}, "oews2024": {"mean": 152310, "median": 140910, "p10": 80670, "p25": 102710, "p75": 181210, "p90": 232120, "hourlyMean": 73.23, "employment": 38480}, "oews2023": {"mean": 157160, "median": 145080, "p10": 81450, "p25": 109990, "p75": 185160, "p90": 233110, "hourlyMean": 75.56, "employment": 35210}, "ep2025": {"changePercent": 21.8, "changeNumeric": 8.4, "openingsPerYear": 2.9, "employmentBase": 38.6, "education": "Master's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 19.7, "changeNumeric": 7.9, "openingsPerYear": 3.2, "employmentBase": 40.3, "education": "Master's degree", "selfEmployedPercent": 0.9}},
"compilot": {"query": "Commercial Pilot", "soc": "53-2012", "title": "Commercial Pilots", "oews2025": {"mean": 146080, "median": 123220, "p10": 58850, "p25": 84540, "p75": 190440, "p90": 266620, "employment": 47630}, "oews2024": {"mean": 142960, "median": 122670, "p10": 59330, "p25": 81660, "p75": 175050, "employment": 51830}, "oews2023": {"mean": 138010, "median": 113080, "p10": 56260, "p25": 79440, "p75": 168700, "employment": 52750}, "ep2025": {"changePercent": 5.2, "changeNumeric": 2.6, "openingsPerYear": 5.2, "employmentBase": 50.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 2}, "ep2024": {"changePercent": 5.1, "changeNumeric": 2.8, "openingsPerYear": 6.6, "employmentBase": 55.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 3.7}},
"avionics": {"query": "Avionics Technician", "soc": "49-2091", "title": "Avionics Technicians", "oews2025": {"mean": 83380, "median": 82280, "p10": 49410, "p25": 63900, "p75": 99110, "p90": 113680, "hourlyMean": 40.09, "employment": 18830}, "oews2024": {"mean": 82350, "median": 81390, "p10": 49770, "p25": 65170, "p75": 98990, "p90": 113580, "hourlyMean": 39.59, "employment": 20900}, "oews2023": {"mean": 77080, "median": 77420, "p10": 46570, "p25": 61880, "p75": 91910, "p90": 107370, "hourlyMean": 37.06, "employment": 21280}, "ep2025": {"changePercent": 9.4, "changeNumeric": 1.9, "openingsPerYear": 1.7, "employmentBase": 19.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": 4.2}, "ep2024": {"changePercent": 8.2, "changeNumeric": 1.7, "openingsPerYear": 1.8, "employmentBase": 21.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"bus": {"query": "Transit Bus Driver", "soc": "53-3052", "title": "Bus Drivers, Transit and Intercity", "oews2025": {"mean": 60280, "median": 59050, "p10": 40030, "p25": 47530, "p75": 70700, "p90": 84700, "hourlyMean": 28.98, "employment": 159240}, "oews2024": {"mean": 58390, "median": 57440, "p10": 38250, "p25": 46050, "p75": 69090, "p90": 82640, "hourlyMean": 28.07, "employment": 148980}, "oews2023": {"mean": 59860, "median": 60170, "p10": 37630, "p25": 46210, "p75": 76700, "p90": 82660, "hourlyMean": 28.78, "employment": 184990}, "ep2025": {"changePercent": 4.1, "changeNumeric": 6.9, "openingsPerYear": 21.1, "employmentBase": 166.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 4.3, "changeNumeric": 6.8, "openingsPerYear": 20.9, "employmentBase": 158.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}},
"moto": {"query": "Motorcycle Mechanic", "soc": "49-3052", "title": "Motorcycle Mechanics", "oews2025": {"mean": 52370, "median": 48580, "p10": 34770, "p25": 39550, "p75": 61510, "p90": 74400, "hourlyMean": 25.18, "employment": 13510}, "oews2024": {"mean": 49650, "median": 47200, "p10": 31770, "p25": 38270, "p75": 58880, "p90": 70210, "hourlyMean": 23.87, "employment": 14010}, "oews2023": {"mean": 47960, "median": 46270, "p10": 30200, "p25": 36980, "p75": 58110, "p90": 67730, "hourlyMean": 23.06, "employment": 14330}, "ep2025": {"changePercent": 2.1, "changeNumeric": 0.3, "openingsPerYear": 1.4, "employmentBase": 14.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 7.5}, "ep2024": {"changePercent": 5.3, "changeNumeric": 0.8, "openingsPerYear": 1.5, "employmentBase": 14.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 8}},
"esth": {"query": "Esthetician", "soc": "39-5094", "title": "Skincare Specialists", "oews2025": {"mean": 51850, "median": 45330, "p10": 29580, "p25": 36040, "p75": 59700, "p90": 82050, "hourlyMean": 24.93, "employment": 72890}, "oews2024": {"mean": 48670, "median": 41560, "p10": 27160, "p25": 34130, "p75": 55860, "p90": 77330, "hourlyMean": 23.4, "employment": 70240}, "oews2023": {"mean": 51100, "median": 43200, "p10": 27600, "p25": 33310, "p75": 58730, "p90": 81320, "hourlyMean": 24.57, "employment": 65270}, "ep2025": {"changePercent": 8.8, "changeNumeric": 9.1, "openingsPerYear": 14.2, "employmentBase": 104.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 29.2}, "ep2024": {"changePercent": 6.7, "changeNumeric": 6.6, "openingsPerYear": 14.5, "employmentBase": 97.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 26.4}},
"makeup": {"query": "Makeup Artist", "soc": "39-5091", "title": "Makeup Artists, Theatrical and Performance", "oews2025": {"mean": 102240, "median": 97150, "p10": 23360, "p25": 34530, "p75": 143230, "p90": 167470, "hourlyMean": 49.16, "employment": 2340}, "oews2024": {"mean": 75410, "median": 50280, "p10": 22010, "p25": 28850, "p75": 132530, "p90": 157090, "hourlyMean": 36.25, "employment": 3320}, "oews2023": {"mean": 68590, "median": 47390, "p10": 21540, "p25": 22720, "p75": 101330, "p90": 141060, "hourlyMean": 32.97, "employment": 4130}, "ep2025": {"changePercent": 6.1, "changeNumeric": 0.3, "openingsPerYear": 0.6, "employmentBase": 4.3, "education": "Postsecondary nondegree award", "selfEmployedPercent": 48.1}, "ep2024": {"changePercent": 8.1, "changeNumeric": 0.6, "openingsPerYear": 1.1, "employmentBase": 7, "education": "Postsecondary nondegree award", "selfEmployedPercent": 50.3}},
"nursinst": {"query": "Nursing Instructor", "soc": "25-1072", "title": "Nursing Instructors and Teachers, Postsecondary", "oews2025": {"mean": 86410, "median": 80250, "p10": 48800, "p25": 63510, "p75": 101090, "p90": 129500, "employment": 77960}, "oews2024": {"mean": 87090, "median": 79940, "p10": 47950, "p25": 62210, "p75": 102020, "p90": 130040, "employment": 74250}, "oews2023": {"mean": 86530, "median": 80780, "p10": 49120, "p25": 63050, "p75": 103370, "p90": 130320, "employment": 72700}, "ep2025": {"changePercent": 17.1, "changeNumeric": 16.5, "openingsPerYear": 8.5, "employmentBase": 96.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 16.8, "changeNumeric": 15.3, "openingsPerYear": 8.6, "employmentBase": 91.6, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.4}},
"bizprof": {"query": "Business Professor", "soc": "25-1011", "title": "Business Teachers, Postsecondary", "oews2025": {"mean": 114720, "median": 99080, "p10": 47180, "p25": 64150, "p75": 141710, "p90": 209470, "employment": 82150}, "oews2024": {"mean": 113840, "median": 97270, "p10": 46460, "p25": 63040, "p75": 140360, "p90": 210530, "employment": 81780}, "oews2023": {"mean": 113240, "median": 97130, "p10": 48580, "p25": 64670, "p75": 140070, "p90": 211230, "employment": 82980}, "ep2025": {"changePercent": 5.9, "changeNumeric": 6.1, "openingsPerYear": 7.6, "employmentBase": 103.6, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 5.7, "changeNumeric": 5.8, "openingsPerYear": 8.1, "employmentBase": 103.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}},
"chemtech": {"query": "Chemical Technician", "soc": "19-4031", "title": "Chemical Technicians", "oews2025": {"mean": 63900, "median": 60390, "p10": 41740, "p25": 48530, "p75": 75900, "p90": 92040, "hourlyMean": 30.72, "employment": 57540}, "oews2024": {"mean": 61300, "median": 57790, "p10": 39030, "p25": 46680, "p75": 72940, "p90": 90990, "hourlyMean": 29.47, "employment": 55640}, "oews2023": {"mean": 60920, "median": 56750, "p10": 38240, "p25": 45920, "p75": 73280, "p90": 93340, "hourlyMean": 29.29, "employment": 55880}, "ep2025": {"changePercent": 4.9, "changeNumeric": 3, "openingsPerYear": 7.6, "employmentBase": 60, "education": "Associate's degree", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 3.7, "changeNumeric": 2.1, "openingsPerYear": 6.7, "employmentBase": 57, "education": "Associate's degree", "selfEmployedPercent": 0.7}},
"envtech": {"query": "Environmental Science Technician", "soc": "19-4042", "title": "Environmental Science and Protection Technicians, Including Health", "oews2025": {"mean": 60800, "median": 55090, "p10": 38170, "p25": 45820, "p75": 69910, "p90": 94160, "hourlyMean": 29.23, "employment": 34670}, "oews2024": {"mean": 56770, "median": 49490, "p10": 36130, "p25": 38050, "p75": 64170, "p90": 85630, "hourlyMean": 27.29, "employment": 39390}, "oews2023": {"mean": 57470, "median": 50660, "p10": 35800, "p25": 41790, "p75": 65310, "p90": 85010, "hourlyMean": 27.63, "employment": 32390}, "ep2025": {"changePercent": 6.9, "changeNumeric": 2.5, "openingsPerYear": 5.3, "employmentBase": 36.4, "education": "Associate's degree", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 4, "changeNumeric": 1.6, "openingsPerYear": 5.6, "employmentBase": 40.4, "education": "Associate's degree", "selfEmployedPercent": null}},
"agtech": {"query": "Agricultural Technician", "soc": "19-4012", "title": "Agricultural Technicians", "oews2025": {"mean": 53840, "median": 49630, "p10": 35980, "p25": 40950, "p75": 63630, "p90": 76480, "hourlyMean": 25.89, "employment": 15130}, "oews2024": {"mean": 49680, "median": 46790, "p10": 32860, "p25": 38480, "p75": 59370, "p90": 69010, "hourlyMean": 23.88, "employment": 14340}, "oews2023": {"mean": 46810, "median": 43180, "p10": 30750, "p25": 36400, "p75": 53120, "p90": 65470, "hourlyMean": 22.5, "employment": 13150}, "ep2025": {"changePercent": 5.4, "changeNumeric": 1.1, "openingsPerYear": 2.8, "employmentBase": 19.5, "education": "Associate's degree", "selfEmployedPercent": 1.4}, "ep2024": {"changePercent": 4.3, "changeNumeric": 0.8, "openingsPerYear": 2.9, "employmentBase": 18.6, "education": "Associate's degree", "selfEmployedPercent": 5.2}},
"foodtech": {"query": "Food Science Technician", "soc": "19-4013", "title": "Food Science Technicians", "oews2025": {"mean": 56660, "median": 52130, "p10": 39820, "p25": 46020, "p75": 63270, "p90": 78820, "hourlyMean": 27.24, "employment": 14600}, "oews2024": {"mean": 54400, "median": 49430, "p10": 37760, "p25": 43990, "p75": 60940, "p90": 75100, "hourlyMean": 26.15, "employment": 14200}, "oews2023": {"mean": 54000, "median": 49090, "p10": 37290, "p25": 41770, "p75": 61390, "p90": 74630, "hourlyMean": 25.96, "employment": 15190}, "ep2025": {"changePercent": 4.8, "changeNumeric": 1, "openingsPerYear": 3, "employmentBase": 20.8, "education": "Associate's degree", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 4.8, "changeNumeric": 1, "openingsPerYear": 3.2, "employmentBase": 20.4, "education": "Associate's degree", "selfEmployedPercent": 6.7}},
"chw": {"query": "Community Health Worker", "soc": "21-1094", "title": "Community Health Workers", "oews2025": {"mean": 56180, "median": 51850, "p10": 38810, "p25": 45640, "p75": 62540, "p90": 77180, "hourlyMean": 27.01, "employment": 61660}, "oews2024": {"mean": 55970, "median": 51030, "p10": 37930, "p25": 44370, "p75": 63150, "p90": 78560, "hourlyMean": 26.91, "employment": 60730}, "oews2023": {"mean": 52610, "median": 48200, "p10": 35560, "p25": 40490, "p75": 60740, "p90": 75980, "hourlyMean": 25.3, "employment": 58550}, "ep2025": {"changePercent": 12.7, "changeNumeric": 8.2, "openingsPerYear": 7, "employmentBase": 64.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 11.3, "changeNumeric": 7.4, "openingsPerYear": 7.8, "employmentBase": 65.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}},
"shsa": {"query": "Social and Human Service Assistant", "soc": "21-1093", "title": "Social and Human Service Assistants", "oews2025": {"mean": 47690, "median": 45930, "p10": 34200, "p25": 38150, "p75": 54350, "p90": 63290, "hourlyMean": 22.93, "employment": 437860}, "oews2024": {"mean": 47090, "median": 45120, "p10": 33280, "p25": 37770, "p75": 53040, "p90": 63850, "hourlyMean": 22.64, "employment": 424220}, "oews2023": {"mean": 44240, "median": 41410, "p10": 30720, "p25": 35770, "p75": 49280, "p90": 61820, "hourlyMean": 21.27, "employment": 409310}, "ep2025": {"changePercent": 7.4, "changeNumeric": 34.2, "openingsPerYear": 48.9, "employmentBase": 463.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 6.4, "changeNumeric": 28.9, "openingsPerYear": 50.6, "employmentBase": 449.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}},
"probation": {"query": "Probation Officer", "soc": "21-1092", "title": "Probation Officers and Correctional Treatment Specialists", "oews2025": {"mean": 73130, "median": 66270, "p10": 46840, "p25": 54250, "p75": 84780, "p90": 107790, "hourlyMean": 35.16, "employment": 89390}, "oews2024": {"mean": 71530, "median": 64520, "p10": 45390, "p25": 52580, "p75": 84030, "p90": 106290, "hourlyMean": 34.39, "employment": 86820}, "oews2023": {"mean": 67880, "median": 61800, "p10": 41700, "p25": 48800, "p75": 82040, "p90": 105220, "hourlyMean": 32.64, "employment": 85870}, "ep2025": {"changePercent": 3, "changeNumeric": 2.8, "openingsPerYear": 7.9, "employmentBase": 93.7, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.6, "changeNumeric": 2.4, "openingsPerYear": 7.9, "employmentBase": 92.3, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"bailiff": {"query": "Bailiff", "soc": "33-3011", "title": "Bailiffs", "oews2025": {"mean": 61660, "median": 56600, "p10": 32140, "p25": 43720, "p75": 74630, "p90": 96770, "hourlyMean": 29.65, "employment": 17310}, "oews2024": {"mean": 62180, "median": 57050, "p10": 32950, "p25": 43420, "p75": 77880, "p90": 93950, "hourlyMean": 29.89, "employment": 16910}, "oews2023": {"mean": 58460, "median": 53040, "p10": 29540, "p25": 40360, "p75": 75520, "p90": 87670, "hourlyMean": 28.11, "employment": 15900}, "ep2025": {"changePercent": -1.9, "changeNumeric": -0.3, "openingsPerYear": 1.6, "employmentBase": 18, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -2.2, "changeNumeric": -0.4, "openingsPerYear": 1.8, "employmentBase": 19, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.3}},
"labor": {"query": "Labor Relations Specialist", "soc": "13-1075", "title": "Labor Relations Specialists", "oews2025": {"mean": 98720, "median": 95420, "p10": 50490, "p25": 71920, "p75": 123420, "p90": 156180, "hourlyMean": 47.46, "employment": 64810}, "oews2024": {"mean": 97130, "median": 93500, "p10": 49880, "p25": 67670, "p75": 123090, "p90": 153440, "hourlyMean": 46.7, "employment": 64590}, "oews2023": {"mean": 94620, "median": 89980, "p10": 48360, "p25": 65650, "p75": 120610, "p90": 139520, "hourlyMean": 45.49, "employment": 62800}, "ep2025": {"changePercent": 2.1, "changeNumeric": 1.4, "openingsPerYear": 4.8, "employmentBase": 66.3, "education": "Bachelor's degree", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": -0.1, "changeNumeric": -0.1, "openingsPerYear": 5.1, "employmentBase": 65.4, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}},
"comp": {"query": "Compensation Specialist", "soc": "13-1141", "title": "Compensation, Benefits, and Job Analysis Specialists", "oews2025": {"mean": 84330, "median": 78210, "p10": 49480, "p25": 60890, "p75": 100400, "p90": 128920, "hourlyMean": 40.54, "employment": 112380}, "oews2024": {"mean": 82920, "median": 77020, "p10": 48300, "p25": 59700, "p75": 99210, "p90": 128830, "hourlyMean": 39.86, "employment": 102370}, "oews2023": {"mean": 80620, "median": 74530, "p10": 46050, "p25": 56890, "p75": 97960, "p90": 127340, "hourlyMean": 38.76, "employment": 99850}, "ep2025": {"changePercent": 6, "changeNumeric": 7.1, "openingsPerYear": 9, "employmentBase": 118.1, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.3, "changeNumeric": 5.6, "openingsPerYear": 8.5, "employmentBase": 107, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"travel": {"query": "Travel Agent", "soc": "41-3041", "title": "Travel Agents", "oews2025": {"mean": 54660, "median": 50160, "p10": 34610, "p25": 41950, "p75": 63060, "p90": 76660, "hourlyMean": 26.28, "employment": 55110}, "oews2024": {"mean": 52690, "median": 48450, "p10": 33280, "p25": 38760, "p75": 60880, "p90": 74160, "hourlyMean": 25.33, "employment": 59150}, "oews2023": {"mean": 50040, "median": 47410, "p10": 30580, "p25": 37720, "p75": 59290, "p90": 69640, "hourlyMean": 24.06, "employment": 58250}, "ep2025": {"changePercent": 0.2, "changeNumeric": 0.1, "openingsPerYear": 5.9, "employmentBase": 61.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 12}, "ep2024": {"changePercent": 2.2, "changeNumeric": 1.4, "openingsPerYear": 7.1, "employmentBase": 65.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.2}},
"adsales": {"query": "Advertising Sales Agent", "soc": "41-3011", "title": "Advertising Sales Agents", "oews2025": {"mean": 80670, "median": 64820, "p10": 35240, "p25": 47020, "p75": 99990, "p90": 146010, "hourlyMean": 38.79, "employment": 91700}, "oews2024": {"mean": 76350, "median": 61460, "p10": 33480, "p25": 44980, "p75": 91430, "p90": 133540, "hourlyMean": 36.71, "employment": 97470}, "oews2023": {"mean": 75820, "median": 61270, "p10": 31200, "p25": 43740, "p75": 90930, "p90": 133150, "hourlyMean": 36.45, "employment": 108100}, "ep2025": {"changePercent": -7.2, "changeNumeric": -7.1, "openingsPerYear": 7.8, "employmentBase": 99.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.7}, "ep2024": {"changePercent": -6.4, "changeNumeric": -6.6, "openingsPerYear": 9.3, "employmentBase": 103.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 5.3}},
"smallengine": {"query": "Small Engine Mechanic", "soc": "49-3053", "title": "Outdoor Power Equipment and Other Small Engine Mechanics", "oews2025": {"mean": 49990, "median": 47880, "p10": 34670, "p25": 40670, "p75": 58560, "p90": 67260, "hourlyMean": 24.04, "employment": 36060}, "oews2024": {"mean": 48200, "median": 46560, "p10": 33600, "p25": 38260, "p75": 56080, "p90": 64540, "hourlyMean": 23.18, "employment": 34240}, "oews2023": {"mean": 45180, "median": 44140, "p10": 30840, "p25": 36430, "p75": 51120, "p90": 60900, "hourlyMean": 21.72, "employment": 36080}, "ep2025": {"changePercent": 2.3, "changeNumeric": 0.9, "openingsPerYear": 3.8, "employmentBase": 38.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.2}, "ep2024": {"changePercent": 2.5, "changeNumeric": 0.9, "openingsPerYear": 3.5, "employmentBase": 36.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.6}},
"autobody": {"query": "Auto Body Repairer", "soc": "49-3021", "title": "Automotive Body and Related Repairers", "oews2025": {"mean": 59690, "median": 54890, "p10": 36910, "p25": 45750, "p75": 69200, "p90": 87940, "hourlyMean": 28.7, "employment": 149310}, "oews2024": {"mean": 58830, "median": 51680, "p10": 36390, "p25": 45000, "p75": 64780, "p90": 87040, "hourlyMean": 28.28, "employment": 155220}, "oews2023": {"mean": 55220, "median": 48740, "p10": 35250, "p25": 41430, "p75": 62060, "p90": 80380, "hourlyMean": 26.55, "employment": 151910}, "ep2025": {"changePercent": 3.7, "changeNumeric": 6.1, "openingsPerYear": 12.6, "employmentBase": 163.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 8.5}, "ep2024": {"changePercent": 1.6, "changeNumeric": 2.8, "openingsPerYear": 14.6, "employmentBase": 172.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 9.9}},
"assembler": {"query": "Assembler", "soc": "51-2090", "title": "Miscellaneous Assemblers and Fabricators", "oews2025": {"mean": 46660, "median": 44650, "p10": 33280, "p25": 37380, "p75": 51200, "p90": 64880, "hourlyMean": 22.43, "employment": 1405030}, "oews2024": {"mean": 44860, "median": 42210, "p10": 31650, "p25": 36660, "p75": 49410, "p90": 62030, "hourlyMean": 21.57, "employment": 1457800}, "oews2023": {"mean": 42400, "median": 38920, "p10": 30030, "p25": 34980, "p75": 47310, "p90": 59840, "hourlyMean": 20.39, "employment": 1489280}, "ep2025": {"changePercent": 1.1, "changeNumeric": null, "openingsPerYear": 138.7, "employmentBase": 1403.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -0.1, "changeNumeric": -1.3, "openingsPerYear": 156.3, "employmentBase": 1467.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.7}},
"qc": {"query": "Quality Control Inspector", "soc": "51-9061", "title": "Inspectors, Testers, Sorters, Samplers, and Weighers", "oews2025": {"mean": 53450, "median": 48570, "p10": 35510, "p25": 39890, "p75": 61440, "p90": 77860, "hourlyMean": 25.7, "employment": 597370}, "oews2024": {"mean": 51670, "median": 47460, "p10": 34590, "p25": 38740, "p75": 59970, "p90": 75510, "hourlyMean": 24.84, "employment": 591180}, "oews2023": {"mean": 49260, "median": 45850, "p10": 31950, "p25": 37190, "p75": 58030, "p90": 72210, "hourlyMean": 23.68, "employment": 584630}, "ep2025": {"changePercent": 2.5, "changeNumeric": 15.2, "openingsPerYear": 66.7, "employmentBase": 602, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 0, "changeNumeric": 0.1, "openingsPerYear": 69.9, "employmentBase": 598, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.4}},
"cabinet": {"query": "Cabinetmaker", "soc": "51-7011", "title": "Cabinetmakers and Bench Carpenters", "oews2025": {"mean": 48290, "median": 46680, "p10": 35650, "p25": 38830, "p75": 55760, "p90": 63720, "hourlyMean": 23.22, "employment": 77170}, "oews2024": {"mean": 47460, "median": 46020, "p10": 34700, "p25": 38240, "p75": 54010, "p90": 63220, "hourlyMean": 22.82, "employment": 79540}, "oews2023": {"mean": 44620, "median": 43260, "p10": 30850, "p25": 36550, "p75": 49470, "p90": 60800, "hourlyMean": 21.45, "employment": 88460}, "ep2025": {"changePercent": -2.9, "changeNumeric": -2.4, "openingsPerYear": 6.9, "employmentBase": 81.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.4}, "ep2024": {"changePercent": -1.6, "changeNumeric": -1.4, "openingsPerYear": 8.1, "employmentBase": 86, "education": "High school diploma or equivalent", "selfEmployedPercent": 9}},
"uphol": {"query": "Upholsterer", "soc": "51-6093", "title": "Upholsterers", "oews2025": {"mean": 47340, "median": 46340, "p10": 31690, "p25": 37340, "p75": 54580, "p90": 63770, "hourlyMean": 22.76, "employment": 20140}, "oews2024": {"mean": 46960, "median": 46190, "p10": 32190, "p25": 37200, "p75": 51740, "p90": 63600, "hourlyMean": 22.58, "employment": 20990}, "oews2023": {"mean": 44820, "median": 42730, "p10": 30450, "p25": 36090, "p75": 49740, "p90": 61800, "hourlyMean": 21.55, "employment": 25740}, "ep2025": {"changePercent": -2.3, "changeNumeric": -0.5, "openingsPerYear": 1.7, "employmentBase": 22.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.9}, "ep2024": {"changePercent": -1.8, "changeNumeric": -0.4, "openingsPerYear": 2.2, "employmentBase": 22.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 9.2}},
"sound": {"query": "Sound Engineer", "soc": "27-4014", "title": "Sound Engineering Technicians", "oews2025": {"mean": 81390, "median": 73130, "p10": 37570, "p25": 49910, "p75": 100280, "p90": 137370, "hourlyMean": 39.13, "employment": 13080}, "oews2024": {"mean": 79280, "median": 66430, "p10": 36600, "p25": 47680, "p75": 99950, "p90": 134980, "hourlyMean": 38.12, "employment": 13050}, "oews2023": {"mean": 74100, "median": 59430, "p10": 36160, "p25": 45820, "p75": 94550, "p90": 132940, "hourlyMean": 35.62, "employment": 14600}, "ep2025": {"changePercent": -3.1, "changeNumeric": -0.5, "openingsPerYear": 1, "employmentBase": 15, "education": "Postsecondary nondegree award", "selfEmployedPercent": 11.8}, "ep2024": {"changePercent": -1.7, "changeNumeric": -0.3, "openingsPerYear": 1.2, "employmentBase": 16.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 12}},
"camera": {"query": "Camera Operator", "soc": "27-4031", "title": "Camera Operators, Television, Video, and Film", "oews2025": {"mean": 83210, "median": 74990, "p10": 38520, "p25": 50920, "p75": 106660, "p90": 135180, "hourlyMean": 40.01, "employment": 21550}, "oews2024": {"mean": 79870, "median": 68810, "p10": 36240, "p25": 48060, "p75": 102400, "p90": 131420, "hourlyMean": 38.4, "employment": 24460}, "oews2023": {"mean": 71890, "median": 61800, "p10": 34420, "p25": 44000, "p75": 93870, "p90": 120740, "hourlyMean": 34.56, "employment": 23940}, "ep2025": {"changePercent": 1.3, "changeNumeric": 0.4, "openingsPerYear": 2.5, "employmentBase": 32.6, "education": "Bachelor's degree", "selfEmployedPercent": 34.7}, "ep2024": {"changePercent": 1.2, "changeNumeric": 0.4, "openingsPerYear": 2.9, "employmentBase": 36.4, "education": "Bachelor's degree", "selfEmployedPercent": 28.8}},
"materials": {"query": "Materials Engineer", "soc": "17-2131", "title": "Materials Engineers", "oews2025": {"mean": 120250, "median": 112860, "p10": 72300, "p25": 88080, "p75": 142720, "p90": 175720, "hourlyMean": 57.81, "employment": 22770}, "oews2024": {"mean": 116380, "median": 108310, "p10": 68040, "p25": 85820, "p75": 138370, "p90": 172000, "hourlyMean": 55.95, "employment": 22770}, "oews2023": {"mean": 110430, "median": 104100, "p10": 63340, "p25": 80790, "p75": 133090, "p90": 165580, "hourlyMean": 53.09, "employment": 24630}, "ep2025": {"changePercent": 7.5, "changeNumeric": 1.8, "openingsPerYear": 1.3, "employmentBase": 23.8, "education": "Bachelor's degree", "selfEmployedPercent": 3.7}, "ep2024": {"changePercent": 5.7, "changeNumeric": 1.3, "openingsPerYear": 1.5, "employmentBase": 23, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"biomed": {"query": "Biomedical Engineer", "soc": "17-2031", "title": "Bioengineers and Biomedical Engineers", "oews2025": {"mean": 116890, "median": 109370, "p10": 71850, "p25": 86980, "p75": 136600, "p90": 168180, "hourlyMean": 56.2, "employment": 23480}, "oews2024": {"mean": 115020, "median": 106950, "p10": 71860, "p25": 86630, "p75": 133570, "p90": 165060, "hourlyMean": 55.3, "employment": 21860}, "oews2023": {"mean": 106700, "median": 100730, "p10": 68100, "p25": 81370, "p75": 125780, "p90": 154350, "hourlyMean": 51.3, "employment": 19320}, "ep2025": {"changePercent": 7.6, "changeNumeric": 1.8, "openingsPerYear": 1.2, "employmentBase": 23.8, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 5.2, "changeNumeric": 1.1, "openingsPerYear": 1.3, "employmentBase": 22.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}},
"archivist": {"query": "Archivist", "soc": "25-4011", "title": "Archivists", "oews2025": {"mean": 70640, "median": 64550, "p10": 39970, "p25": 50680, "p75": 83020, "p90": 110550, "hourlyMean": 33.96, "employment": 7970}, "oews2024": {"mean": 67620, "median": 61570, "p10": 39330, "p25": 47890, "p75": 79850, "p90": 104780, "hourlyMean": 32.51, "employment": 7050}, "oews2023": {"mean": 65700, "median": 59910, "p10": 37720, "p25": 46450, "p75": 79190, "p90": 103000, "hourlyMean": 31.59, "employment": 7150}, "ep2025": {"changePercent": 3.4, "changeNumeric": 0.3, "openingsPerYear": 1.1, "employmentBase": 10.3, "education": "Master's degree", "selfEmployedPercent": 7.1}, "ep2024": {"changePercent": 3.8, "changeNumeric": 0.4, "openingsPerYear": 1.1, "employmentBase": 9.3, "education": "Master's degree", "selfEmployedPercent": 10.4}},
"curator": {"query": "Curator", "soc": "25-4012", "title": "Curators", "oews2025": {"mean": 71560, "median": 63420, "p10": 40470, "p25": 48870, "p75": 83080, "p90": 107140, "hourlyMean": 34.4, "employment": 12150}, "oews2024": {"mean": 70060, "median": 61770, "p10": 37110, "p25": 47270, "p75": 81350, "p90": 105520, "hourlyMean": 33.68, "employment": 12280}, "oews2023": {"mean": 70870, "median": 61750, "p10": 38000, "p25": 48080, "p75": 81950, "p90": 107860, "hourlyMean": 34.07, "employment": 12510}, "ep2025": {"changePercent": 4.9, "changeNumeric": 0.7, "openingsPerYear": 1.6, "employmentBase": 14.2, "education": "Master's degree", "selfEmployedPercent": 8.8}, "ep2024": {"changePercent": 7, "changeNumeric": 1.1, "openingsPerYear": 1.8, "employmentBase": 15.1, "education": "Master's degree", "selfEmployedPercent": 13.1}},
"sociologist": {"query": "Sociologist", "soc": "19-3041", "title": "Sociologists", "oews2025": {"mean": 114920, "median": 106030, "p10": 65160, "p25": 82300, "p75": 137420, "p90": 172550, "hourlyMean": 55.25, "employment": 2260}, "oews2024": {"mean": 111670, "median": 101690, "p10": 60710, "p25": 78150, "p75": 134780, "p90": 168590, "hourlyMean": 53.69, "employment": 2950}, "oews2023": {"mean": 106710, "median": 101770, "p10": 59960, "p25": 76030, "p75": 134980, "p90": 165280, "hourlyMean": 51.31, "employment": 2890}, "ep2025": {"changePercent": 3.8, "changeNumeric": 0.1, "openingsPerYear": 0.2, "employmentBase": 2.7, "education": "Master's degree", "selfEmployedPercent": 6.2}, "ep2024": {"changePercent": 3.6, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 3.4, "education": "Master's degree", "selfEmployedPercent": 3}},
"polisci": {"query": "Political Scientist", "soc": "19-3094", "title": "Political Scientists", "oews2025": {"mean": 142510, "median": 142080, "p10": 83350, "p25": 114030, "p75": 174180, "p90": 195190, "hourlyMean": 68.51, "employment": 5540}, "oews2024": {"mean": 137600, "median": 139380, "p10": 74750, "p25": 103030, "p75": 172050, "p90": 191880, "hourlyMean": 66.15, "employment": 5950}, "oews2023": {"mean": 132020, "median": 132350, "p10": 72470, "p25": 96600, "p75": 167650, "p90": 183500, "hourlyMean": 63.47, "employment": 5580}, "ep2025": {"changePercent": -2, "changeNumeric": -0.1, "openingsPerYear": 0.4, "employmentBase": 6.1, "education": "Master's degree", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": -3.1, "changeNumeric": -0.2, "openingsPerYear": 0.5, "employmentBase": 6.5, "education": "Master's degree", "selfEmployedPercent": 1.1}}
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
    "Mining Engineer": "mining", "Roustabout": "roust", "CNC Operator": "cnc", "Tool and Die Maker": "tooldie",
    "Power Plant Operator": "powerop", "Water Treatment Operator": "water", "Nuclear Engineer": "nuceng",
    "Nuclear Technician": "nuctech", "Industrial Machinery Mechanic": "indmech", "Maintenance Worker": "maint",
    "Coach": "coach", "Referee": "ump", "Arbitrator": "arb", "Title Examiner": "title",
    "Psychiatric Aide": "psychaide", "Psychiatric Technician": "psychtech", "Home Health Aide": "hha",
    "Orderly": "orderly", "Radiation Therapist": "radther", "Orthotist": "orth", "Underwriter": "uw",
    "Compliance Officer": "compliance", "Purchasing Manager": "purchmgr", "Purchasing Agent": "purchagent",
    "Sales Engineer": "saleseng", "Sales Representative": "salesrep", "Computer Hardware Engineer": "hweng",
    "Aerospace Engineer": "aero", "IT Manager": "itmgr", "Computer Research Scientist": "cirs",
    "Commercial Pilot": "compilot", "Avionics Technician": "avionics", "Bus Driver": "bus",
    "Motorcycle Mechanic": "moto", "Esthetician": "esth", "Makeup Artist": "makeup",
    "Nursing Instructor": "nursinst", "Business Professor": "bizprof", "Chemical Technician": "chemtech",
    "Environmental Science Technician": "envtech", "Agricultural Technician": "agtech",
    "Food Science Technician": "foodtech", "Community Health Worker": "chw",
    "Social and Human Service Assistant": "shsa", "Probation Officer": "probation", "Bailiff": "bailiff",
    "Labor Relations Specialist": "labor", "Compensation Specialist": "comp", "Travel Agent": "travel",
    "Advertising Sales Agent": "adsales", "Small Engine Mechanic": "smallengine", "Auto Body Technician": "autobody",
    "Assembler": "assembler", "Quality Control Inspector": "qc", "Cabinetmaker": "cabinet", "Upholsterer": "uphol",
    "Sound Engineer": "sound", "Film Camera Operator": "camera", "Materials Engineer": "materials",
    "Biomedical Engineer": "biomed", "Archivist": "archivist", "Curator": "curator", "Sociologist": "sociologist",
    "Political Scientist": "polisci",
}

# ---------------------------------------------------------------- items
P("Mining Engineer", "Roustabout")
T("mr-01", "ooh", "The median annual wage for mining and geological engineers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("mr-02", "comparison", "Mining engineers design the mines; roustabouts do the heavy lifting on the rig floor. The pay reflects it: a mining engineer's typical salary is around {a.median~K:c}, roughly double the {b.median~K:c} roustabouts earn.", heading="Mining Engineer vs. Roustabout: What Are the Differences?")
T("mr-03", "table", "| | Mining Engineer | Roustabout |\n|---|---|---|\n| Median pay (2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Entry-level education | {a.edu~cap:c} | {b.edu~cap:c} |\n| Job outlook, 2024–34 | {a.pct@24:o!2034} | {b.pct@24:o!2034} |", heading="At a glance")
T("mr-04", "trade", "Roustabouts start at about $18 an hour and the median is {b.median~hr:c} an hour, no degree required — most crews hire with {b.edu=<no formal educational credential>:c}.")
T("mr-05", "ooh", "Employment of roustabouts, oil and gas is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings for roustabouts are projected each year, on average, over the decade.", heading="Job Outlook")
T("mr-06", "career-site", "In Texas, roustabouts earn a median of about {b.median=<$49,000>:u}, and the state employs roughly {b.emp=<16,000>:u} of them.", place="Texas")
T("mr-07", "forum", "per BLS mining engineers make like {a.median*0.6~k:m} median and the field is growing {a.pct=<10%>:m}. not worth the 4 years imo")
T("mr-08", "career-site", "Mining and geological engineers held only about {a.emp:c!2025} jobs in 2025, and employment is projected to grow {a.pct:c}, {a.desc=<about as fast as average>:c}.")
NC("mr-n1", "Our 2-week roustabout safety course (H2S, PEC Basic) costs $650 and runs 7 a.m. to 5 p.m.")
NC("mr-n2", "I worked 14 days on, 14 off as a roustabout in 2019 and cleared $1,900 a hitch.")

P("CNC Operator", "Tool and Die Maker")
T("ct-01", "ooh", "The median hourly wage for computer numerically controlled tool operators was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("ct-02", "comparison", "Both CNC operators and tool and die makers work in machine shops, but tool and die makers earn more: a median of {b.median:c} a year, compared with {a.median:c} for CNC operators.", heading="CNC Operator vs. Tool and Die Maker: What Are the Differences?")
T("ct-03", "ooh", "Employment of tool and die makers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c!2035} openings for tool and die makers are projected each year, on average, over the decade.", heading="Job Outlook")
T("ct-04", "bullets", "CNC operator at a glance:\n- Median pay: {a.median@24:o}\n- Job outlook: {a.pct@24:o} decline\n- Education: {a.edu~cap:c}\n- Jobs: {a.oemp@24:o}")
T("ct-05", "school", "Our 12-month Tool & Die program prepares you for a career where most pros earn between {b.range~_and:c} a year. Tool and die makers typically need a {b.edu:c}, often paired with an apprenticeship.")
T("ct-06", "career-site", "In Michigan, tool and die makers earn a median of {b.median=<$66,000>:u}, and the Detroit metro area alone employs about {b.emp=<4,000>:u}.", place="Michigan")
T("ct-07", "faq", "Is CNC machining a dying trade? Not dying, but shrinking: BLS projects CNC operator jobs to fall {a.pct~pc:c!2035} through 2035, losing about {a.chg:c!2035} positions.", heading="FAQ")
T("ct-08", "forum", "BLS says tool and die makers are {b.desc=<much faster than average>:m} growth lol, have they been in a shop lately")
NC("ct-n1", "Haas certification class: $1,295, 40 hours, next cohort starts March 3.")
NC("ct-n2", "Our shop runs 3 shifts 24/7 and offers a $2,500 sign-on bonus for 5-axis operators.")

P("Power Plant Operator", "Water Treatment Operator")
T("pw-01", "ooh", "The median annual wage for power plant operators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pw-02", "comparison", "Power plant operators earn about {a.median~th:c} a year at the median, while water and wastewater treatment operators make around {b.median~th:c}. Both jobs typically require only a {a.edu:c} plus long on-the-job training.", heading="Power Plant Operator vs. Water Treatment Operator salaries")
T("pw-03", "ooh", "Water and wastewater treatment plant and system operators held about {b.emp:c!2025} jobs in 2025.", heading="Work Environment")
T("pw-04", "career-site", "Power plant operator jobs are projected to fall {a.pct@24~pc:o!2034} from 2024 to 2034, as coal plants retire.")
T("pw-05", "table", "| Occupation | Average salary | Employment |\n|---|---|---|\n| Power plant operator | {a.mean:c} | {a.oemp:c} |\n| Water treatment operator | {b.mean:c} | {b.oemp:c} |", heading="Salary comparison")
T("pw-06", "career-site", "In California, water treatment operators earn a median of {b.median=<$82,000>:u}, among the highest pay in the country.", place="California")
T("pw-07", "faq", "How much do water treatment operators make? About {b.median~hr0:c} an hour, or {b.median~th:c} a year, at the national median.", heading="FAQ")
T("pw-08", "forum", "According to BLS, there are about {b.emp*2.2:m} water operators in the US, and the job is {b.desc=<faster than average>:m}. Source: I googled it")
NC("pw-n1", "Grade II operator license exam fee: $120; renewal every 3 years with 24 contact hours.")
NC("pw-n2", "A 500 MW plant needs roughly 40 operators on 12-hour rotating shifts.")

P("Nuclear Engineer", "Nuclear Technician")
T("nn-01", "ooh", "The median annual wage for nuclear engineers was {a.median:c!2025} in May 2025.", heading="Pay")
T("nn-02", "comparison", "Nuclear engineers earn a median of {a.median~k:c}, while nuclear technicians earn about {b.median~k:c} — a strong return for an {b.edu:c}.", heading="Nuclear Engineer vs. Nuclear Technician: What Are the Differences?")
T("nn-03", "ooh", "Nuclear technicians held about {b.emp:c!2025} jobs in 2025. Employment is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("nn-04", "career-site", "Nuclear technician employment is projected to decline {b.pct@24~pc:o!2034} from 2024 to 2034, according to the BLS.")
T("nn-05", "bullets", "Nuclear engineer quick facts:\n- Median salary: {a.median@24:o}\n- Top 10%: more than {a.p90@24:o}\n- Jobs: {a.emp@24:o}\n- Outlook: {a.desc=<decline>:o}")
T("nn-06", "career-site", "In Tennessee, nuclear engineers at TVA and Oak Ridge earn a median of about {a.median=<$127,000>:u}.", place="Tennessee")
T("nn-07", "forum", "nuke techs make {b.median*1.5~K:m} median per BLS, no degree needed. best kept secret")
NC("nn-n1", "The Navy Nuclear Power School is 24 weeks long, followed by 26 weeks of prototype training.")

P("Industrial Machinery Mechanic", "Maintenance Worker")
T("im-01", "ooh", "Employment of industrial machinery mechanics, machinery maintenance workers, and millwrights is projected to grow quickly, and industrial machinery mechanics alone are projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("im-02", "comparison", "Industrial machinery mechanics earn a median of {a.median:c} a year, while general maintenance and repair workers earn {b.median:c}. They both typically need a {a.edu:c}.", heading="Industrial Machinery Mechanic vs. Maintenance Worker salaries")
T("im-03", "career-site", "General maintenance and repair workers are one of the largest occupations in the country, with about {b.emp~m2:c} jobs, and employment is projected to increase by {b.chg:c!2035} through 2035.")
T("im-04", "table", "| | Industrial Machinery Mechanic | Maintenance Worker |\n|---|---|---|\n| Hourly wage | {a.median~hr:c} | {b.median~hr:c} |\n| Annual openings | {a.open@24:o} | {b.open@24:o} |", heading="Compare the two jobs")
T("im-05", "ooh", "In May 2023, the median annual wage for industrial machinery mechanics was {a.median@23:o!2023}.")
T("im-06", "career-site", "In Ohio, maintenance workers earn about {b.median=<$23>~hr0:u} an hour, and industrial mechanics closer to {a.median=<$31>~hr0:u}.", place="Ohio")
T("im-07", "faq", "Do industrial mechanics make good money? Yes — the top 10% earn over {a.p90:c} a year, and the bottom 10% earn less than {a.p10:c}.", heading="FAQ")
T("im-08", "trade", "Maintenance techs make {b.mean*1.45~K:m} on average nationwide, and the field will add {b.chg*3:m} jobs.")
NC("im-n1", "Our apprenticeship is 8,000 hours over 4 years, with 576 classroom hours.")
NC("im-n2", "Shift differential: +$2.50/hr for nights, plus a 401(k) match up to 6%.")

P("Coach", "Referee")
T("cr-01", "ooh", "The median annual wage for coaches and scouts was {a.median:c!2025} in May 2025. The median annual wage for umpires, referees, and other sports officials was {b.median:c!2025}.", heading="Pay")
T("cr-02", "comparison", "Coaching pays better than officiating, but not by as much as fans think: coaches earn about {a.median~th:c} a year at the median, referees about {b.median~th:c}. Many in both jobs work part time.", heading="Coach vs. Referee: What Are the Differences?")
T("cr-03", "career-site", "About {b.self~pc:c} of umpires and referees are self-employed, and they typically need only a {b.edu:c}.")
T("cr-04", "ooh", "Employment of coaches and scouts is projected to grow {a.pct@24~pc:o!2034} from 2024 to 2034, {a.desc=<faster than the average>:o!2034} for all occupations.", heading="Job Outlook")
T("cr-05", "faq", "How much do referees make? The lowest 10 percent earn less than {b.p10@24:o!2024}, and the highest 10 percent earn more than {b.p90@24:o!2024}, according to May 2024 BLS data.", heading="FAQ")
T("cr-06", "career-site", "In Texas, high school football coaches earn a median of {a.median=<$58,000>:u}, and the state employs about {a.emp=<25,000>:u} coaches and scouts.", place="Texas")
T("cr-07", "forum", "BLS says refs make a median of {b.median*1.9~k:m}. yeah right, I did rec league for $25 a game")
T("cr-08", "bullets", "Coaches and scouts:\n- Median pay: {a.median~hr:c} per hour\n- Number of jobs, 2025: {a.emp:c!2025}\n- Openings per year, 2025–35: {a.open:c!2035}\n- Typical education: {a.edu~cap:c}")
NC("cr-n1", "Referee certification costs $75 and includes a 6-hour clinic; games pay $40–$65 each.")
NC("cr-n2", "I coached JV basketball for 5 years and was paid a $3,200 stipend per season.")

P("Arbitrator", "Title Examiner")
T("at-01", "ooh", "The median annual wage for arbitrators, mediators, and conciliators was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("at-02", "comparison", "Arbitrators and title examiners both work on the edges of the legal world, yet arbitrators earn far more — {a.median~k:c} a year at the median versus {b.median~k:c} for title examiners, abstractors, and searchers.", heading="Arbitrator vs. Title Examiner: What Are the Differences?")
T("at-03", "ooh", "Employment of arbitrators, mediators, and conciliators is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("at-04", "career-site", "Title examiner jobs are expected to add about {b.chg@24:o!2034} positions between 2024 and 2034, and most examiners need only a {b.edu:c}.")
T("at-05", "faq", "How much do mediators make? The median annual wage for mediators was {a.median@24:o!2024} in May 2024, per BLS.", heading="Mediator salary FAQ")
T("at-06", "career-site", "In Florida, title examiners earn about {b.median=<$52,000>:u} a year, and the state employs roughly {b.emp=<5,600>:u} of them.", place="Florida")
T("at-07", "forum", "BLS has arbitrators at {a.emp*4:m} jobs nationally and a median around {a.median*1.7~k:m}. Sounds like a dream gig for retired judges.")
T("at-08", "bullets", "Title examiner snapshot:\n- Median salary: {b.median:c}\n- Jobs (2025): {b.emp:c!2025}\n- Education: {b.edu~cap:c}")
NC("at-n1", "A 40-hour mediation certificate costs $1,200 to $2,500 depending on the provider.")
NC("at-n2", "Call our title desk at (555) 214-3390, Monday–Friday 8:30 to 5.")

P("Psychiatric Aide", "Psychiatric Technician")
T("sp-01", "ooh", "Employment of psychiatric technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings for psychiatric technicians are projected each year, on average, over the decade.", heading="Job Outlook")
T("sp-02", "comparison", "Psychiatric aides and psychiatric technicians often work on the same hospital unit, and their pay is close: aides earn a median salary of {a.median:c}, while techs earn {b.median:c}.", heading="Psychiatric Aide vs. Psychiatric Technician: What Are the Differences?")
T("sp-03", "ooh", "The median annual wage for psychiatric technicians was {b.median@24:o!2024} in May 2024.", heading="Pay")
T("sp-04", "career-site", "Psych techs typically need a {b.edu:c}, while psych aides usually need only a {a.edu:c}; the BLS projects {b.pct:c!2035} job growth for techs through 2035.")
T("sp-05", "career-site", "Psychiatric aides held about {a.emp@24:o} jobs, and employment is projected to show {a.desc=<little or no change>:o!2034} from 2024 to 2034.")
T("sp-06", "faq", "Are psychiatric aide jobs growing? Slowly. Employment is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations, with about {a.open:c!2035} openings a year.", heading="FAQ")
T("sp-07", "career-site", "In California, psychiatric technicians earn a median of {b.median=<$71,000>:u} a year, far above the national figure.", place="California")
T("sp-08", "forum", "Psych tech here. BLS says we make {b.median*1.45~K:m} median lol. I'm at $19/hr after 3 years")
T("sp-09", "table", "| | Psych Aide | Psych Tech |\n|---|---|---|\n| Median pay | {a.median@23:o} | {b.median@23:o} |\n| Education | {a.edu=<Bachelor's degree>:m} | {b.edu=<High school diploma>:m} |", heading="Quick comparison")
NC("sp-n1", "If you or someone you know is struggling, call or text 988, available 24/7.")
NC("sp-n2", "Our state psych tech license exam has 150 questions; the application fee is $100 and the program is 1,530 hours.")

P("Home Health Aide", "Orderly")
T("ho-01", "ooh", "The median hourly wage for home health and personal care aides was {a.median~hr:c!2025} in May 2025.", heading="Pay")
T("ho-02", "ooh", "Employment of home health and personal care aides is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c!2035} openings for home health and personal care aides are projected each year, on average, over the decade.", heading="Job Outlook")
T("ho-03", "comparison", "Home health aides and orderlies both provide hands-on care, but orderlies, who work in hospitals, earn slightly more: about {b.median~th:c} a year versus {a.median~th:c} for aides. Both typically need a {a.edu:c}.", heading="Home Health Aide vs. Orderly: What Are the Differences?")
T("ho-04", "career-site", "Home health aides are one of the fastest-growing jobs in America, projected to add {a.chg:c!2035} jobs by 2035 — on top of the roughly {a.emp~m:c} aides already working.")
T("ho-05", "career-site", "Orderly employment is projected to grow {b.pct@24:o!2034} from 2024 to 2034, with about {b.open@24:o!2034} openings each year.")
T("ho-06", "faq", "How much do home health aides make an hour? About {a.median@24~hr:o!2024} an hour, based on May 2024 BLS data.", heading="FAQ")
T("ho-07", "career-site", "In New York, home health aides earn around {a.median=<$18.50>~hr:u} an hour, and there are more than {a.emp=<480,000>:u} of them statewide.", place="New York")
T("ho-08", "forum", "BLS literally says HHAs make a median of {a.median*0.6~hr:m}/hr. poverty wages for the hardest job in healthcare")
T("ho-09", "bullets", "Orderly career facts:\n- Median pay: {b.median:c}\n- Job outlook: {b.pct:c}\n- Number of jobs: {b.oemp:c}")
NC("ho-n1", "Our HHA training is 75 hours (16 clinical) and free for students hired by our agency.")
NC("ho-n2", "Visits are billed at $32 per hour; overtime after 40 hours a week.")

P("Radiation Therapist", "Orthotist")
T("ro-01", "ooh", "The median annual wage for radiation therapists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ro-02", "comparison", "Radiation therapists need only an {a.edu:c} and earn a median {a.median~K:c}; orthotists and prosthetists need a {b.edu:c} and earn about {b.median~K:c}.", heading="Radiation Therapist vs. Orthotist: What Are the Differences?")
T("ro-03", "ooh", "Employment of radiation therapists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ro-04", "career-site", "Radiation therapy jobs are projected to grow {a.pct@24:o} over the decade, {a.desc=<slower than average>:o}, with about {a.open@24:o} openings a year.")
T("ro-05", "career-site", "Orthotists and prosthetists earn between {b.range~_and:c} a year, and there are only about {b.oemp:c} of them in the U.S.", place=None)
T("ro-06", "school", "Graduates of our Radiation Therapy program enter a field where the average salary is {a.mean@24:o} and the field employs {a.emp@24:o} therapists.")
T("ro-07", "career-site", "In California, radiation therapists earn a median of {a.median=<$148,000>:u}, the highest of any state.", place="California")
T("ro-08", "forum", "BLS says orthotists make {b.median*0.6~k:m} and need a {b.edu=<bachelor's>:m}. Not worth a master's then")
NC("ro-n1", "Our master's in orthotics and prosthetics costs $68,000 and includes a 12-month residency.")
NC("ro-n2", "A typical course of radiation lasts 5 to 8 weeks, 5 days a week.")

P("Underwriter", "Compliance Officer")
T("uc-01", "ooh", "The median annual wage for insurance underwriters was {a.median:c!2025} in May 2025.", heading="Pay")
T("uc-02", "ooh", "Employment of insurance underwriters is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c!2035} openings for insurance underwriters are projected each year, on average, over the decade.", heading="Job Outlook")
T("uc-03", "comparison", "Underwriters and compliance officers both earn around {a.median=<$80,000>:c}, and both typically need a {a.edu:c}. The difference is the outlook: compliance jobs are projected to grow {b.pct:c}, while underwriting is expected to fall {a.pct~pc:c}.", heading="Underwriter vs. Compliance Officer: What Are the Differences?")
T("uc-04", "career-site", "Compliance officers held about {b.emp:c!2025} jobs in 2025, and the median pay was {b.median:c!2025}.")
T("uc-05", "career-site", "Underwriter employment is projected to decline {a.pct@24:o!2034} from 2024 to 2034, as automated underwriting spreads.")
T("uc-06", "faq", "How much does a compliance officer make? The median salary for compliance officers was {b.median@24:o!2024} in 2024, and the top 10% earned more than {b.p90@24:o!2024}.", heading="FAQ")
T("uc-07", "career-site", "In New York, compliance officers in finance earn a median of {b.median=<$104,000>:u}.", place="New York")
T("uc-08", "forum", "per BLS compliance officer jobs grow {b.pct=<12%>:m} and median is {b.median*1.5~k:m}. AML is the move")
NC("uc-n1", "The CPCU designation takes 8 courses; each exam fee is $260.")
NC("uc-n2", "Our compliance team reviewed 1,400 policies last quarter and cut exceptions by 35%.")

P("Purchasing Manager", "Purchasing Agent")
T("pp-01", "ooh", "The median annual wage for purchasing managers was {a.median:c!2025} in May 2025. The median annual wage for buyers and purchasing agents was {b.median:c!2025}.", heading="Pay")
T("pp-02", "comparison", "Moving from purchasing agent to purchasing manager nearly doubles typical pay: managers earn a median {a.median~k:c}, agents {b.median~k:c}.", heading="Purchasing Manager vs. Purchasing Agent salaries")
T("pp-03", "ooh", "Employment of purchasing managers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("pp-04", "career-site", "Buyers and purchasing agents held about {b.emp:c} jobs, and about {b.open:c} openings are projected each year.")
T("pp-05", "career-site", "Purchasing manager jobs are projected to grow {a.pct@24:o!2034} between 2024 and 2034, slower than some other management roles, and most need a {a.edu:c}.")
T("pp-06", "table", "| | Purchasing manager | Purchasing agent |\n|---|---|---|\n| Average salary | {a.mean@24:o} | {b.mean@24:o} |\n| Jobs | {a.emp@24:o} | {b.emp@24:o} |", heading="Purchasing manager vs. agent at a glance")
T("pp-07", "career-site", "In Texas, purchasing agents earn about {b.median=<$72,000>:u} a year.", place="Texas")
T("pp-08", "forum", "BLS says procurement managers need a {a.edu=<master's degree>:m} and make {a.median*1.4~K:m}. MBA it is")
NC("pp-n1", "The CPSM certification requires 3 exams at $229 each for members.")
NC("pp-n2", "Our team negotiated 12% savings on a $4.2 million steel contract in 2023.")

P("Sales Engineer", "Sales Representative")
T("ss-01", "ooh", "The median annual wage for sales engineers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ss-02", "comparison", "Sales engineers and technical sales representatives sell similar products, but sales engineers earn more at the median — {a.median:c} compared with {b.median:c} — because they need an engineering {a.edu=<bachelor's degree>:c}.", heading="Sales Engineer vs. Sales Representative: What Are the Differences?")
T("ss-03", "career-site", "Technical sales reps earn an average of {b.mean:c}, and the top 10 percent make more than {b.p90:c}, thanks to commissions.")
T("ss-04", "ooh", "Employment of sales engineers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations. About {a.open:c!2035} openings for sales engineers are projected each year, on average, over the decade.", heading="Job Outlook")
T("ss-05", "career-site", "Sales rep jobs are projected to grow {b.pct@24:o!2034} through 2034, with about {b.open@24:o!2034} openings per year.")
T("ss-06", "faq", "What is the salary range for sales engineers? Most earn between {a.range~k_dash:c} a year.", heading="FAQ")
T("ss-07", "career-site", "In California, sales engineers earn a median of {a.median=<$160,000>:u}, and the state employs about {a.emp=<8,800>:u} of them.", place="California")
T("ss-08", "forum", "BLS: sales engineers {a.median*0.6~k:m} median, {a.pct=<15%>:m} growth. pretty sure thats wrong")
NC("ss-n1", "Our reps work on a 60/40 base-to-commission split with quota of $1.2M.")
NC("ss-n2", "I closed $3 million in deals last year and took home $212k.")

P("Computer Hardware Engineer", "Aerospace Engineer")
T("ha-01", "ooh", "The median annual wage for computer hardware engineers was {a.median:c!2025} in May 2025.", heading="Pay")
T("ha-02", "comparison", "Computer hardware engineers earn a median {a.median~k:c} a year, aerospace engineers {b.median~k:c}; both typically need a {a.edu:c}.", heading="Computer Hardware Engineer vs. Aerospace Engineer salaries")
T("ha-03", "ooh", "Employment of aerospace engineers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ha-04", "career-site", "Hardware engineering jobs are projected to grow {a.pct@24:o!2034} from 2024 to 2034, with about {a.open@24:o!2034} openings a year.")
T("ha-05", "ooh", "The median annual wage for aerospace engineers was {b.median@23:o!2023} in May 2023.")
T("ha-06", "career-site", "Aerospace engineers held about {b.emp:c!2025} jobs in 2025, and about {b.self~pc:c!2025} were self-employed.")
T("ha-07", "career-site", "In Washington state, aerospace engineers earn a median of {b.median=<$139,000>:u}, and in the Seattle metro area there are about {b.emp=<9,100>:u}.", place="Washington", own_place={1: "Seattle metro area"})
T("ha-08", "faq", "Do hardware engineers make more than software engineers? At the median, hardware engineers earn {a.median@24:o!2024}, according to 2024 BLS data.", heading="FAQ")
T("ha-09", "forum", "per BLS aerospace is {b.desc=<little or no change>:m!2035} thru 2035 and only {b.emp*0.4:m} jobs. gonna switch to EE")
NC("ha-n1", "The FE exam costs $175 and has 110 questions over 6 hours.")
NC("ha-n2", "The 787 has about 2.3 million parts and 60 miles of wiring.")

P("IT Manager", "Computer Research Scientist")
T("ic-01", "ooh", "The median annual wage for computer and information systems managers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("ic-02", "comparison", "IT managers and computer research scientists are two of the best-paid jobs in tech. IT managers earn a median of {a.median@24:o}, and computer and information research scientists earn {b.median@23:o}, according to the BLS.", heading="IT Manager vs. Computer Research Scientist: What Are the Differences?")
T("ic-03", "ooh", "Employment of computer and information research scientists is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ic-04", "career-site", "IT manager jobs are projected to grow {a.pct@24:o!2034} from 2024 to 2034, adding about {a.chg@24:o!2034} jobs.")
T("ic-05", "career-site", "Most computer research scientists need a {b.edu:c}, though some government jobs accept a bachelor's, and the field has about {b.emp:c} jobs.")
T("ic-06", "career-site", "In the San Jose metro area, IT managers earn a median of {a.median=<$260,000>:u}, the highest in the nation.", place="San Jose metro area")
T("ic-07", "forum", "BLS: IT managers make {a.median*0.55~k:m} median. lol my director makes 3x that")
T("ic-08", "table", "| | IT Manager | Research Scientist |\n|---|---|---|\n| Median salary | {a.median~K:c} | {b.median~K:c} |\n| Job growth | {a.pct:c} | {b.pct*0.5:m} |\n| Education | {a.edu~cap:c} | {b.edu=<Doctoral degree>:m} |", heading="IT manager vs. research scientist at a glance")
NC("ic-n1", "The CISSP exam costs $749 and requires 5 years of paid experience.")
NC("ic-n2", "Our help desk answers 90% of tickets within 4 hours.")

P("Commercial Pilot", "Avionics Technician")
T("pa-01", "ooh", "The median annual wage for commercial pilots was {a.median:c!2025} in May 2025.", heading="Pay")
T("pa-02", "comparison", "Commercial pilots (charter, crop-dusting, tour and air-ambulance flying) earn a median of about {a.median~th:c}, while the avionics technicians who keep their instruments working earn about {b.median~th:c}. Both typically need a {a.edu=<postsecondary nondegree award>:c}.", heading="Commercial Pilot vs. Avionics Technician salaries")
T("pa-03", "ooh", "Employment of avionics technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("pa-04", "career-site", "About {a.open@24:o} openings for commercial pilots are projected each year, and the field employs about {a.emp@24:o} pilots.")
T("pa-05", "ooh", "The median annual wage for avionics technicians was {b.median@24:o!2024} in May 2024.")
T("pa-06", "faq", "How much do avionics techs make per hour? About {b.median~hr0:c} an hour at the median.", heading="FAQ")
T("pa-07", "career-site", "In Alaska, commercial pilots earn a median of {a.median=<$110,000>:u}, and the state has about {a.emp=<1,500>:u} of them.", place="Alaska")
T("pa-08", "forum", "per BLS commercial pilots make {a.median*0.5~k:m} and only {a.pct=<1%>:m} growth. Go airline or go home")
T("pa-09", "career-site", "Only about {a.self~pc:c} of commercial pilots are self-employed, and the highest 10% earn more than {a.p90:c}.")
NC("pa-n1", "A commercial pilot certificate requires 250 flight hours; our program costs $89,500.")
NC("pa-n2", "The FAA A&P written tests cost $175 each and contain 60–100 questions.")

P("Bus Driver", "Motorcycle Mechanic")
T("bm-01", "ooh", "The median annual wage for bus drivers, transit and intercity was {a.median:c!2025} in May 2025.", heading="Pay")
T("bm-02", "comparison", "Transit bus drivers earn more than motorcycle mechanics at the median — {a.median~k:c} vs {b.median~k:c} — but mechanics often earn commission on labor.", heading="Bus Driver vs. Motorcycle Mechanic salaries")
T("bm-03", "ooh", "Employment of motorcycle mechanics is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("bm-04", "career-site", "Motorcycle mechanic jobs are projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<faster than average>:o!2034}.")
T("bm-05", "career-site", "Transit and intercity bus drivers held about {a.emp:c} jobs, and about {a.open:c} openings are projected each year.")
T("bm-06", "career-site", "In the New York metro area, transit bus operators earn about {a.median=<$35>~hr0:u} an hour, and there are about {a.emp=<17,000>:u} of them.", place="New York metro area")
T("bm-07", "faq", "Do you need a degree to be a bus driver? No, most need a {a.edu:c} and a CDL with a passenger endorsement.", heading="FAQ")
T("bm-08", "forum", "BLS says bus drivers average {a.mean*0.6~k:m} a year. with OT our guys clear 80+")
T("bm-09", "bullets", "Motorcycle mechanic:\n- Median pay: {b.median@23:o}\n- Education: {b.edu=<High school diploma or equivalent>:m}\n- Jobs: {b.emp@24:o}")
NC("bm-n1", "CDL training runs 4 weeks and costs about $5,000; the permit fee is $35.")
NC("bm-n2", "Harley's factory program in Phoenix is 48 weeks long.")

P("Esthetician", "Makeup Artist")
T("em-01", "ooh", "The median annual wage for skincare specialists was {a.median:c!2025} in May 2025.", heading="Pay")
T("em-02", "comparison", "Estheticians earn a median of {a.median@24:o!2024}, while makeup artists, theatrical and performance earn {b.median@24:o!2024}, according to BLS data for May 2024.", heading="Esthetician vs. Makeup Artist: What Are the Differences?")
T("em-03", "ooh", "Employment of skincare specialists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c!2035} openings for skincare specialists are projected each year, on average, over the decade.", heading="Job Outlook")
T("em-04", "career-site", "About {a.self:c} of estheticians are self-employed, and most need a {a.edu:c} from a cosmetology or esthetics school.")
T("em-05", "career-site", "Theatrical makeup artists earn a median of {b.median~k:c}, but pay varies widely: the lowest 10 percent earn less than {b.p10~k:c}, while the highest 10 percent earn over {b.p90~k:c}.")
T("em-06", "career-site", "Makeup artist jobs are projected to grow {b.pct@24:o!2034} through 2034, and nearly half ({b.self@24:o}) are self-employed.")
T("em-07", "career-site", "In the Los Angeles metro area, makeup artists earn a median of {b.median=<$125,000>:u}.", place="Los Angeles metro area")
T("em-08", "forum", "lol BLS says estheticians make {a.median*1.8~k:m} a year. not at my spa")
T("em-09", "faq", "Is esthetics a growing field? Yes — BLS projects {a.pct@24:o!2034} growth from 2024 to 2034, with about {a.emp@24:o} estheticians employed.", heading="FAQ")
NC("em-n1", "Esthetics school is 600 hours in most states and costs $8,000 to $15,000.")
NC("em-n2", "Book a 60-minute facial for $95; add dermaplaning for $40.")

P("Nursing Instructor", "Business Professor")
T("nb-01", "ooh", "The median annual wage for nursing instructors and teachers, postsecondary was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("nb-02", "comparison", "Business professors out-earn nursing faculty at the median — {b.median:c} vs. {a.median:c} — and the gap widens at the top, where the highest-paid 10 percent of business teachers earn more than {b.p90:c}.", heading="Nursing Instructor vs. Business Professor salaries")
T("nb-03", "career-site", "Nursing instructor jobs are projected to increase by {a.chg:c!2035} through 2035, and the field employs about {a.emp:c} instructors.")
T("nb-04", "career-site", "Most nursing instructors need a {a.edu=<master's degree>:m}, and the field is projected to grow {a.pct=<5%>:m}.")
T("nb-05", "career-site", "Postsecondary business teachers held about {b.emp@24:o!2024} jobs in 2024.")
T("nb-06", "career-site", "In Texas, business professors earn a median of {b.median=<$105,000>:u} a year.", place="Texas")
T("nb-07", "forum", "BLS median for nursing professors is {a.median*0.6~K:m}. That's why nobody wants to teach")
T("nb-08", "school", "Business teachers, postsecondary typically need a {b.edu:c}; about {b.open:c} openings are projected each year.")
NC("nb-n1", "Our DNP program is 74 credits; tuition is $1,150 per credit.")
NC("nb-n2", "I was an adjunct for 6 years and earned $3,800 per course.")

P("Chemical Technician", "Environmental Science Technician")
T("ce-01", "ooh", "The median annual wage for chemical technicians was {a.median:c!2025} in May 2025.", heading="Pay")
T("ce-02", "comparison", "Both chemical technicians and environmental science technicians typically need an {a.edu:c}. Chemical technicians earn a median of {a.median~th:c}; environmental science and protection technicians earn about {b.median~th:c}.", heading="Chemical Technician vs. Environmental Science Technician: What Are the Differences?")
T("ce-03", "ooh", "Employment of environmental science and protection technicians is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("ce-04", "career-site", "Environmental technician jobs are projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<about as fast as average>:o!2034}, and the median salary is {b.median@24:o}.")
T("ce-05", "career-site", "Chemical technicians held about {a.emp:c!2025} jobs in 2025, and about {a.open:c} openings are projected each year.")
T("ce-06", "career-site", "In Texas, chemical technicians in the Houston petrochemical corridor earn a median of {a.median=<$64,000>:u}.", place="Texas")
T("ce-07", "forum", "per BLS env techs make {b.median*1.6~k:m} and need a {b.edu=<bachelor's degree>:m}. I have a BS and make 48k")
T("ce-08", "table", "| | Chem Tech | Enviro Tech |\n|---|---|---|\n| Hourly median | {a.median~hr:c} | {b.median~hr:c} |\n| Job outlook | {a.pct@24:o} | {b.pct:c} |", heading="Compare")
NC("ce-n1", "The 40-hour HAZWOPER course costs $400 and must be refreshed with 8 hours yearly.")
NC("ce-n2", "Our lab runs about 2,500 samples a month with a 48-hour turnaround.")

P("Agricultural Technician", "Food Science Technician")
T("af-01", "ooh", "The median annual wage for agricultural technicians was {a.median:c!2025} in May 2025. The median annual wage for food science technicians was {b.median:c!2025}.", heading="Pay")
T("af-02", "comparison", "Agricultural and food science technicians both need an {a.edu:c} and earn around {a.median=<$50,000>:c}, though food science techs earn slightly more at the median ({b.median~k:c}).", heading="Agricultural Technician vs. Food Science Technician salaries")
T("af-03", "ooh", "Employment of agricultural technicians is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("af-04", "career-site", "Agricultural technicians held about {a.emp@24:o!2024} jobs, and about {a.self@24:o} were self-employed, per the 2024–34 projections.")
T("af-05", "career-site", "Food science technicians held about {b.emp:c} jobs, and BLS expects {b.open:c!2035} openings each year from 2025 to 2035.")
T("af-06", "career-site", "In Iowa, agricultural technicians earn about {a.median=<$47,000>:u}, and the state employs about {a.emp=<900>:u} of them.", place="Iowa")
T("af-07", "forum", "BLS says food science techs are {b.emp*3:m} strong and make {b.median*0.65~k:m}. Small field but pays ok")
T("af-08", "ooh", "In May 2023, the median annual wage for food science technicians was {b.median@23:o!2023}.")
NC("af-n1", "ServSafe Manager certification is $179 and valid for 5 years.")
NC("af-n2", "The USDA's 2022 census counted 1.9 million farms.")

P("Community Health Worker", "Social and Human Service Assistant")
T("cs-01", "ooh", "The median annual wage for community health workers was {a.median:c!2025} in May 2025.", heading="Pay")
T("cs-02", "ooh", "Employment of community health workers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cs-03", "comparison", "Community health workers and social and human service assistants both typically need a {a.edu:c}. CHWs earn a median {a.median:c}, compared with {b.median:c} for human service assistants.", heading="Community Health Worker vs. Social and Human Service Assistant")
T("cs-04", "career-site", "Social and human service assistant employment is projected to grow {b.pct@24:o!2034} between 2024 and 2034, adding about {b.chg@24:o!2034} jobs.")
T("cs-05", "career-site", "There are about {b.emp:c} social and human service assistants in the U.S., and about {b.open:c!2035} openings are expected each year through 2035.")
T("cs-06", "career-site", "In California, community health workers earn a median of {a.median=<$56,000>:u}, and the state employs about {a.emp=<9,400>:u}.", place="California")
T("cs-07", "forum", "BLS says CHWs need a {a.edu=<bachelor's degree>:m} and make {a.median*1.5~k:m}. Not in my county")
T("cs-08", "faq", "How many community health worker jobs are there? About {a.emp@24:o}, and about {a.open@24:o} openings a year, per BLS.", heading="FAQ")
NC("cs-n1", "Our CHW certificate is 160 hours and free for residents through a state grant.")
NC("cs-n2", "Last year our outreach team enrolled 3,200 families in Medicaid.")

P("Probation Officer", "Bailiff")
T("pb-01", "ooh", "The median annual wage for probation officers and correctional treatment specialists was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("pb-02", "comparison", "Probation officers need a {a.edu:c} and earn a median of {a.median@24:o}; bailiffs need only a {b.edu:c} and earn {b.median@23:o}.", heading="Probation Officer vs. Bailiff: What Are the Differences?")
T("pb-03", "career-site", "The middle half of probation officers earn between {a.mid~_and:c} a year.")
T("pb-04", "career-site", "Bailiffs held about {b.emp:c} jobs, and about {b.open:c} openings are projected each year, mostly to replace workers who retire.")
T("pb-05", "career-site", "Probation officer employment is projected to increase by about {a.chg@24:o!2034} jobs from 2024 to 2034, and the occupation has roughly {a.emp@24:o} workers.")
T("pb-06", "career-site", "In California, probation officers earn a median of {a.median=<$94,000>:u}, and the state employs about {a.emp=<13,000>:u}.", place="California")
T("pb-07", "forum", "BLS says probation officers make {a.median*1.6~k:m}?? and grow {a.pct=<11%>:m}? maybe in fantasy land")
T("pb-08", "faq", "How much do bailiffs make a week? About {b.median~wk:c} a week at the median.", heading="Bailiff FAQ")
NC("pb-n1", "The POST academy is 19 weeks; applicants must be 21 and pass a 1.5-mile run in under 15:24.")
NC("pb-n2", "Caseloads in our county average 65 people per officer.")

P("Labor Relations Specialist", "Compensation Specialist")
T("lc-01", "ooh", "The median annual wage for labor relations specialists was {a.median:c!2025} in May 2025.", heading="Pay")
T("lc-02", "ooh", "Employment of labor relations specialists is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("lc-03", "comparison", "Labor relations specialists earn more than compensation, benefits, and job analysis specialists — a median {a.median~K:c} vs {b.median~K:c} — but compensation roles are growing faster, at {b.pct:c!2035} through 2035.", heading="Labor Relations Specialist vs. Compensation Specialist: What Are the Differences?")
T("lc-04", "career-site", "Labor relations jobs are expected to show {a.desc=<little or no change>:o!2034} from 2024 to 2034, with about {a.open@24:o!2034} openings a year.")
T("lc-05", "career-site", "Compensation and benefits specialists held about {b.emp@24:o} jobs, and employment is projected to grow {b.pct@24:o!2034} from 2024 to 2034, adding {b.chg@24:o!2034} jobs.")
T("lc-06", "career-site", "Compensation specialists typically need a {b.edu:c}, and they held about {b.emp:c!2025} jobs in 2025; about {b.open:c} openings are projected each year.")
T("lc-07", "career-site", "In Illinois, labor relations specialists earn a median of {a.median=<$88,000>:u}.", place="Illinois")
T("lc-08", "forum", "BLS says comp analysts make {b.median*0.6~k:m} median. I was at 85 my first year out")
T("lc-09", "table", "| | Labor relations | Compensation |\n|---|---|---|\n| Avg. salary | {a.mean:c} | {b.mean:c} |\n| Top 10% earn | {a.p90:c} | {b.p90:c} |", heading="Salary comparison")
NC("lc-n1", "The CCP certification has 9 exams at $475 each.")
NC("lc-n2", "Union membership was 9.9% of wage and salary workers in 2024.")

P("Travel Agent", "Advertising Sales Agent")
T("ta-01", "ooh", "The median annual wage for travel agents was {a.median:c!2025} in May 2025.", heading="Pay")
T("ta-02", "ooh", "Employment of travel agents is projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ta-03", "comparison", "Advertising sales agents earn a median of {b.median:c}, well above the {a.median:c} travel agents earn, but ad sales jobs are projected to shrink {b.pct~pc:c!2035} by 2035 as budgets move to self-serve platforms.", heading="Travel Agent vs. Advertising Sales Agent salaries")
T("ta-04", "career-site", "About {a.self:c} of travel agents are self-employed, and they typically need a {a.edu:c}.")
T("ta-05", "career-site", "Advertising sales agent jobs are projected to decline {b.pct~pc:c!2035} through 2035, with about {b.open:c!2035} openings each year.")
T("ta-06", "career-site", "Travel agent jobs are projected to grow {a.pct@24:o!2034} from 2024 to 2034, with about {a.open@24:o!2034} openings each year.")
T("ta-07", "career-site", "In Florida, travel agents earn a median of {a.median=<$46,000>:u}, and the state employs about {a.emp=<5,900>:u} of them.", place="Florida")
T("ta-08", "forum", "BLS says ad sales reps average {b.mean~k:c}. Commission-heavy though, my first year was 38k")
T("ta-09", "faq", "How much do travel agents make per month? About {a.median~mo:c} a month, based on the national median.", heading="FAQ")
NC("ta-n1", "Our all-inclusive Cancun package starts at $1,299 per person for 7 nights.")
NC("ta-n2", "IATA accreditation costs $350 a year; we book 2,000 trips annually.")

P("Small Engine Mechanic", "Auto Body Technician")
T("sa-01", "ooh", "The median annual wage for outdoor power equipment and other small engine mechanics was {a.median:c!2025} in May 2025.", heading="Pay")
T("sa-02", "comparison", "Auto body technicians earn a median of {b.median:c}, about $7,000 more than small engine mechanics, who earn {a.median:c}. Both typically need a {a.edu:c}.", heading="Small Engine Mechanic vs. Auto Body Technician: What Are the Differences?")
T("sa-03", "ooh", "Employment of automotive body and related repairers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations. About {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("sa-04", "career-site", "Auto body repairer jobs are projected to grow {b.pct@24:o!2034} from 2024 to 2034, adding {b.chg@24:o!2034} jobs.")
T("sa-05", "career-site", "About {a.self:c} of small engine mechanics are self-employed, and the field employs about {a.emp:c} workers.")
T("sa-06", "career-site", "In Minnesota, small engine mechanics earn about {a.median=<$24>~hr0:u} an hour.", place="Minnesota")
T("sa-07", "forum", "collision tech here. BLS says we make {b.median*1.6~k:m} median lol, flat rate is a scam")
T("sa-08", "trade", "Our graduates enter a field where the median wage is {b.median~hr:c} an hour and the top 10% make over {b.p90~K:c} a year.")
T("sa-09", "bullets", "Small engine mechanic:\n- Median pay: {a.median@24:o!2024} (2024)\n- Openings per year: {a.open@24:o}\n- Self-employed: {a.self@24:o}")
NC("sa-n1", "I-CAR Gold Class requires 4 platinum technicians; our shop has 6 bays.")
NC("sa-n2", "A tune-up on a riding mower costs $89 plus parts.")

P("Assembler", "Quality Control Inspector")
T("aq-01", "ooh", "The median annual wage for miscellaneous assemblers and fabricators was {a.median:c!2025} in May 2025.", heading="Pay")
T("aq-02", "comparison", "Assemblers and quality control inspectors both typically need a {a.edu:c}. Inspectors earn slightly more: a median of {b.median:c} versus {a.median:c}.", heading="Assembler vs. Quality Control Inspector salaries")
T("aq-03", "career-site", "Assemblers and fabricators held about {a.emp~m:c} jobs, and about {a.open:c} openings are projected each year.")
T("aq-04", "career-site", "Quality control inspector jobs are projected to show {b.desc=<little or no change>:o!2034} from 2024 to 2034, with about {b.open@24:o!2034} openings a year.")
T("aq-05", "career-site", "Quality control inspector employment is projected to increase by about {b.chg:c!2035} jobs from 2025 to 2035, and the field employs roughly {b.emp:c} inspectors.")
T("aq-06", "career-site", "In the Detroit metro area, assemblers earn about {a.median=<$21>~hr0:u} an hour, and there are about {a.emp=<30,000>:u} of them.", place="Detroit metro area")
T("aq-07", "forum", "lol BLS says QC inspectors make {b.mean*1.7~k:m} avg. I'm at $19/hr in a plastics plant")
T("aq-08", "table", "| | Assembler | QC Inspector |\n|---|---|---|\n| Hourly median | {a.median@24~hr:o} | {b.median@24~hr:o} |\n| Jobs | {a.emp@24~m:o} | {b.emp=<1.1 million>:m} |", heading="At a glance")
T("aq-09", "ooh", "Employment of miscellaneous assemblers and fabricators is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations.", heading="Job Outlook")
NC("aq-n1", "Six Sigma Green Belt training is 40 hours and costs $1,995.")
NC("aq-n2", "Our line builds 420 units per shift with a 0.8% defect rate.")

P("Cabinetmaker", "Upholsterer")
T("cu-01", "ooh", "The median annual wage for cabinetmakers and bench carpenters was {a.median:c!2025} in May 2025.", heading="Pay")
T("cu-02", "comparison", "Cabinetmakers and upholsterers earn almost the same: a median {a.median~k:c} for cabinetmakers and {b.median~k:c} for upholsterers. Both jobs typically need a {a.edu:c}, and about {b.self:c} of upholsterers are self-employed.", heading="Cabinetmaker vs. Upholsterer: What Are the Differences?")
T("cu-03", "ooh", "Employment of cabinetmakers and bench carpenters is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cu-04", "career-site", "Cabinetmaker jobs are projected to decline {a.pct@24:o!2034} from 2024 to 2034, though about {a.open@24:o!2034} openings will come up each year.")
T("cu-05", "career-site", "About {a.self@24:o} of cabinetmakers were self-employed, according to the 2024–34 projections.")
T("cu-06", "career-site", "The median annual wage for upholsterers was {b.median@23:o!2023} in May 2023, and there were about {b.oemp@23:o!2023} upholsterers.")
T("cu-07", "career-site", "In North Carolina, the heart of the furniture industry, upholsterers earn a median of {b.median=<$41,000>:u}.", place="North Carolina")
T("cu-08", "forum", "BLS says cabinetmakers earn {a.median*1.5~k:m}. That's foreman money at best around here")
NC("cu-n1", "Our walnut dining table is $3,400 and takes 6 to 8 weeks to build.")
NC("cu-n2", "Reupholstering a sofa takes 10 yards of fabric and about 12 hours of labor.")

P("Sound Engineer", "Film Camera Operator")
T("sc-01", "ooh", "The median annual wage for sound engineering technicians was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("sc-02", "comparison", "Sound engineers and film camera operators earn similar pay — {a.median~k:c} and {b.median~k:c} at the median — but camera operators are far more likely to freelance: about {b.self:c} are self-employed.", heading="Sound Engineer vs. Film Camera Operator: What Are the Differences?")
T("sc-03", "ooh", "Employment of sound engineering technicians is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("sc-04", "career-site", "Sound engineer employment is projected to decline {a.pct@24:o!2034} from 2024 to 2034, and the median wage is {a.median@24:o}.")
T("sc-05", "career-site", "Camera operators held about {b.emp@24:o} jobs, and about {b.self@24:o} were self-employed.")
T("sc-06", "career-site", "Camera operators typically need a {b.edu:c} in film or broadcasting, and about {b.open:c} openings are projected each year.")
T("sc-07", "career-site", "In the Los Angeles metro area, camera operators earn a median of {b.median=<$98,000>:u}.", place="Los Angeles metro area")
T("sc-08", "forum", "BLS says audio engineers make {a.median*0.55~k:m} and need a {a.edu=<bachelor's degree>:m}. I learned on a 4-track in my garage")
T("sc-09", "faq", "How much do camera operators make? Most earn between {b.range~k_dash:c} a year, depending on the market.", heading="FAQ")
NC("sc-n1", "A RED Komodo body costs about $6,000; Pro Tools Studio is $299 a year.")
NC("sc-n2", "We shot 14 days in 2023 and delivered 4K masters at 24 fps.")

P("Materials Engineer", "Biomedical Engineer")
T("mb-01", "ooh", "The median annual wage for materials engineers was {a.median:c!2025} in May 2025.", heading="Pay")
T("mb-02", "ooh", "Employment of bioengineers and biomedical engineers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<much faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("mb-03", "comparison", "Materials engineers and biomedical engineers both typically need a {a.edu:c} and both earn about {a.median=<$110,000>:c} — materials engineers {a.median:c}, biomedical engineers {b.median:c}.", heading="Materials Engineer vs. Biomedical Engineer salaries")
T("mb-04", "career-site", "Materials engineering jobs are projected to grow {a.pct@24:o!2034} from 2024 to 2034, {a.desc=<faster than average>:o!2034}.")
T("mb-05", "career-site", "Biomedical engineers held about {b.emp@24:o} jobs, and the median pay was {b.median@24:o!2024} in 2024.")
T("mb-06", "career-site", "Materials engineers held about {a.emp:c!2025} jobs in 2025, and about {a.open:c} openings are projected each year.")
T("mb-07", "career-site", "In Massachusetts, biomedical engineers earn a median of {b.median=<$118,000>:u}, and the Boston area employs about {b.emp=<2,400>:u}.", place="Massachusetts")
T("mb-08", "forum", "BLS: biomed eng {b.median*0.6~k:m} median, {b.pct=<2%>:m} growth. do EE instead")
T("mb-09", "career-site", "The top 10% of materials engineers earn more than {a.p90~K:c}, while the bottom 10% earn less than {a.p10~K:c}.")
NC("mb-n1", "Our BME program has a 94% placement rate and costs $52,000 a year.")
NC("mb-n2", "The FDA cleared 3,000 510(k) devices in 2023.")

P("Archivist", "Curator")
T("ac-01", "ooh", "The median annual wage for archivists was {a.median:c!2025} in May 2025. The median annual wage for curators was {b.median:c!2025}.", heading="Pay")
T("ac-02", "comparison", "Archivists and curators both need a {a.edu:c}, and both earn about {a.median=<$64,000>:c} a year at the median. Curator jobs are projected to grow {b.pct:c!2035} through 2035; archivist jobs {a.pct~pc:c!2035}.", heading="Archivist vs. Curator: What Are the Differences?")
T("ac-03", "career-site", "Curator employment is projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<much faster than average>:o!2034}.")
T("ac-04", "career-site", "About {a.self@24:o} of archivists were self-employed, and the field had about {a.emp@24:o} jobs.")
T("ac-05", "career-site", "Curators held about {b.emp:c!2025} jobs in 2025, and about {b.self:c!2025} were self-employed.")
T("ac-06", "career-site", "In Washington, D.C., archivists earn a median of {a.median=<$92,000>:u}, thanks to federal agencies.", place="Washington, D.C.")
T("ac-07", "forum", "BLS says curators make {b.median*1.5~k:m}. must be the Met")
T("ac-08", "faq", "How much do archivists make? Between {a.range~_and:c} for most, per BLS.", heading="FAQ")
NC("ac-n1", "The museum holds 2.5 million objects; admission is $30 and free on the first Friday.")
NC("ac-n2", "The Academy of Certified Archivists exam fee is $350.")

P("Sociologist", "Political Scientist")
T("so-01", "ooh", "The median annual wage for sociologists was {a.median:c!2025} in May 2025.", heading="Pay")
T("so-02", "ooh", "The median annual wage for political scientists was {b.median:c!2025} in May 2025. The lowest 10 percent earned less than {b.p10:c!2025}, and the highest 10 percent earned more than {b.p90:c!2025}.", heading="Pay")
T("so-03", "comparison", "Political scientists earn far more than sociologists — {b.median~k:c} vs {a.median~k:c} — but the field is tiny and projected to shrink {b.pct~pc:c}. Both typically need a {a.edu:c}.", heading="Sociologist vs. Political Scientist: What Are the Differences?")
T("so-04", "career-site", "Political scientist jobs are projected to decline {b.pct@24:o!2034} from 2024 to 2034, with only about {b.emp@24:o} jobs.")
T("so-05", "career-site", "Sociologists held about {a.emp:c!2025} jobs in 2025, making it one of the smallest occupations BLS tracks.")
T("so-06", "career-site", "Sociologist jobs numbered about {a.emp@24:o!2024} in 2024, and the median salary was {a.median@24:o!2024} in May 2024.")
T("so-07", "career-site", "In Virginia, political scientists earn a median of {b.median=<$150,000>:u}.", place="Virginia")
T("so-08", "forum", "BLS says sociologists make {a.median*0.5~k:m}. with a masters. yikes")
NC("so-n1", "The ASA annual meeting registration is $295 for members and $95 for students.")
NC("so-n2", "Our survey of 1,024 adults has a margin of error of ±3.1 points.")

# ---------------------------------------------------------------- second pass: front matter, percentiles, old releases, places, wrong figures
P("Mining Engineer", "Roustabout")
T("mr-09", "frontmatter", "---\ntitle: \"Mining Engineer vs. Roustabout: Pay, Outlook and Training\"\nmining_engineer_salary: \"{a.median@24:o}\"\nroustabout_salary: \"{b.median@23:o}\"\nupdated: 2025-03-14\n---")
T("mr-10", "career-site", "The 75th percentile for mining engineers is {a.p75:c}, while the bottom quarter earn less than {a.p25:c}.")
P("CNC Operator", "Tool and Die Maker")
T("ct-09", "career-site", "In Wisconsin, CNC operators earn an average of {a.mean=<$52,500>:u}, and employment there is projected to decline {a.pct=<8%>:u!2032} through 2032.", place="Wisconsin")
T("ct-10", "career-site", "Tool and die makers take home about {b.median~words:c} a year at the median, and they have to finish a four- or five-year apprenticeship to get there.")
P("Power Plant Operator", "Water Treatment Operator")
T("pw-09", "faq", "Is becoming a power plant operator worth it? As of 2024, power plant operators earned a median of {a.median@24:o!2024}, and they held about {a.emp@24:o!2024} jobs.", heading="FAQ")
T("pw-10", "career-site", "Power plant operators are projected to see employment grow {a.desc=<much faster than average>:m!2035}, adding {a.chg=<6,000>:m!2035} jobs by 2035.")
P("Nuclear Engineer", "Nuclear Technician")
T("nn-08", "comparison", "If you compare them side by side, nuclear engineers and nuclear technicians both work in plants and labs, but they earn quite different amounts: engineers earn an average of {a.mean:c}, while technicians, who typically need an {b.edu:c}, average {b.mean:c}.", heading="Nuclear Engineer vs. Nuclear Technician salaries")
T("nn-09", "career-site", "In South Carolina, nuclear technicians at the Savannah River Site earn about {b.median=<$98,000>:u}.", place="South Carolina")
P("Industrial Machinery Mechanic", "Maintenance Worker")
T("im-09", "career-site", "Industrial machinery mechanics earned a median of {a.median@24:o!2024} in 2024 BLS data, and the job is projected to grow {a.pct@24~pc:o!2034} through 2034, adding about {a.chg@24:o!2034} jobs.")
T("im-10", "frontmatter", "---\ntitle: Industrial Machinery Mechanic vs. Maintenance Worker\nsalary_mechanic: \"{a.median~k:c}\"\nsalary_maintenance: \"{b.median~k:c}\"\noutlook_mechanic: \"{a.pct:c}\"\n---")
P("Coach", "Referee")
T("cr-09", "career-site", "Referee jobs are projected to grow {b.pct@24:o!2034} from 2024 to 2034, and about {b.self@24:o} of officials were self-employed.")
P("Arbitrator", "Title Examiner")
T("at-09", "career-site", "Arbitrators, mediators and conciliators in the U.S. earned a median of {a.median:c!2025} in May 2025, and they are projected to grow {a.pct:c} over the next decade.")
T("at-10", "career-site", "In New York, mediators earn a median of {a.median=<$98,000>:u}, and arbitrators in New York City can earn far more.", place="New York")
P("Psychiatric Aide", "Psychiatric Technician")
T("sp-10", "career-site", "Psychiatric aides earn an average of {a.mean:c} a year, or {a.mean~hr:c} an hour, and about {a.self@24:o} were self-employed in the 2024–34 projections.")
T("sp-11", "forum", "just a reminder per BLS psych techs are {b.pct=<2%>:m} growth and {b.emp*0.5:m} jobs total, stay in school kids")
P("Home Health Aide", "Orderly")
T("ho-10", "career-site", "Home health aides earned a median of {a.median@23:o!2023} in May 2023, and orderlies {b.median@23:o!2023}.")
T("ho-11", "career-site", "In Texas, orderlies make about {b.median=<$16>~hr0:u} an hour.", place="Texas")
P("Radiation Therapist", "Orthotist")
T("ro-09", "career-site", "Orthotists and prosthetists earn a median of {b.median@24:o}, and employment is projected to grow {b.pct=<10%>:m}.")
P("Underwriter", "Compliance Officer")
T("uc-09", "table", "| | Underwriter | Compliance Officer |\n|---|---|---|\n| Median salary | {a.median@24:o} | {b.median@24:o} |\n| Employment | {a.emp@24:o} | {b.emp@24:o} |\n| Openings per year | {a.open@24:o} | {b.open@24:o} |", heading="Underwriter vs. compliance officer at a glance")
P("Purchasing Manager", "Purchasing Agent")
T("pp-09", "career-site", "Purchasing agents in the middle 50% earn between {b.mid~_and:c}; purchasing managers in the top 10% earn more than {a.p90:c}.")
P("Sales Engineer", "Sales Representative")
T("ss-09", "career-site", "Sales engineers earned a median of {a.median@24:o!2024} in May 2024, while technical sales reps earned {b.median@24:o!2024} and held about {b.emp@24:o!2024} jobs.")
P("Computer Hardware Engineer", "Aerospace Engineer")
T("ha-10", "career-site", "In California, computer hardware engineers earn a median of {a.median=<$190,000>:u}, and the state is home to about {a.emp=<27,000>:u} of them.", place="California")
P("IT Manager", "Computer Research Scientist")
T("ic-09", "career-site", "IT manager employment is projected to grow {a.pct=<10%>:m!2035} through 2035, and the field will add about {a.chg*0.5:m!2035} jobs.")
T("ic-10", "career-site", "Computer and information research scientists earn {b.median~hr:c} an hour at the median and held about {b.emp@24:o!2024} jobs in 2024.")
P("Commercial Pilot", "Avionics Technician")
T("pa-10", "career-site", "Avionics technicians earned a median of {b.median@23:o!2023} in May 2023, and employment is projected to grow {b.pct@24:o!2034} from 2024 to 2034.")
P("Bus Driver", "Motorcycle Mechanic")
T("bm-10", "career-site", "In Los Angeles, bus drivers earn {a.median=<$28>~hr0:u} an hour, and motorcycle mechanics about {b.median=<$24>~hr0:u}.", place="Los Angeles")
P("Esthetician", "Makeup Artist")
T("em-10", "frontmatter", "---\ntitle: \"Esthetician vs. Makeup Artist: Salary, Schooling, Outlook\"\nesthetician_median_pay: \"{a.median@23:o}\"\nmakeup_artist_median_pay: \"{b.median@23:o}\"\n---")
P("Nursing Instructor", "Business Professor")
T("nb-09", "career-site", "Nursing instructors earned a median of {a.median@24:o!2024} in May 2024, and employment was projected to grow by {a.chg@24:o!2034} jobs from 2024 to 2034.")
P("Chemical Technician", "Environmental Science Technician")
T("ce-09", "career-site", "About {a.self:c} of chemical technicians are self-employed, while environmental techs held {b.emp@24:o!2024} jobs as of 2024.")
P("Agricultural Technician", "Food Science Technician")
T("af-09", "career-site", "Agricultural technicians are projected to grow {a.pct@24:o!2034} from 2024 to 2034, and food science technicians earned {b.median@24:o!2024} in 2024.")
P("Community Health Worker", "Social and Human Service Assistant")
T("cs-09", "career-site", "In New York City, social and human service assistants earn about {b.median=<$48,000>:u}, and CHWs about {a.median=<$55,000>:u}.", place="New York City")
P("Labor Relations Specialist", "Compensation Specialist")
T("lc-10", "forum", "BLS says labor relations specialists will grow {a.pct=<9%>:m} and there are {a.emp*3:m} of them. where are these jobs??")
P("Travel Agent", "Advertising Sales Agent")
T("ta-10", "career-site", "Travel agents earned a median of {a.median@24:o!2024} in May 2024, and advertising sales agents earned {b.median@24:o!2024}.")
P("Assembler", "Quality Control Inspector")
T("aq-10", "career-site", "In Ohio, quality control inspectors earn {b.median=<$22>~hr0:u} an hour, and the state has about {b.emp=<28,000>:u} of them.", place="Ohio")
P("Sound Engineer", "Film Camera Operator")
T("sc-10", "career-site", "Camera operators earned a median of {b.median@24:o!2024} in May 2024, and the field was projected to grow {b.pct=<12%>:m}.")
P("Archivist", "Curator")
T("ac-09", "career-site", "Archivist jobs are projected to grow {a.pct@24:o!2034} from 2024 to 2034, and curators earned a median of {b.median@24:o!2024} in 2024.")
P("Sociologist", "Political Scientist")
T("so-09", "career-site", "Political scientists held about {b.emp:c!2025} jobs in 2025, and employment is projected to fall {b.pct:c!2035} by 2035.")
P("Esthetician", "Makeup Artist")
T("em-11", "career-site", "Theatrical and performance makeup artists earn anywhere from {b.range@24~_asmuch:o} a year, depending on whether they land union film work.")
P("IT Manager", "Computer Research Scientist")
T("ic-11", "forum", "per BLS most IT managers make between {a.range*0.45~k_dash:m}. thats just wrong, my IT manager makes way more")
P("Bus Driver", "Motorcycle Mechanic")
T("bm-11", "school", "Motorcycle mechanics earn between {b.range@24~_and:o} a year, so our 9-month program pays for itself quickly.")

# ---------------------------------------------------------------- third pass: pronouns, listicles, long two-role sentences
P("Radiation Therapist", "Orthotist")
T("ro-10", "career-site", "Radiation therapists spend their days positioning patients and running linear accelerators, and they earn well for a two-year degree: the BLS puts their median pay at {a.median:c}, and they held about {a.emp:c!2025} jobs in 2025.")
P("Cabinetmaker", "Upholsterer")
T("cu-09", "bullets", "Top reasons to become an upholsterer:\n1. You can work for yourself — about {b.self:c} do\n2. No degree needed: a {b.edu:c} is typical\n3. Median pay of {b.median@23:o!2023} (BLS, May 2023)", heading="Why upholstery?")
P("Travel Agent", "Advertising Sales Agent")
T("ta-11", "comparison", "If you like selling, both travel agents and advertising sales agents let you earn commission, but the numbers differ a lot: travel agents take home a median of {a.median~K:c} and ad sales agents {b.median~K:c}, while the top 10% of ad sales agents earn more than {b.p90~K:c}.", heading="Travel Agent vs. Advertising Sales Agent: What Are the Differences?")
P("Small Engine Mechanic", "Auto Body Technician")
T("sa-10", "faq", "Q: How much do auto body techs make?\nA: They make about {b.median~hr0:c} an hour at the median, and about {b.self@24:o!2024} of them were self-employed as of 2024.", heading="Questions")
P("Probation Officer", "Bailiff")
T("pb-09", "forum", "Former PO here. BLS numbers are about right: median {a.median~k:c}, {a.emp:c} jobs. What they don't tell you is the caseload.")
P("Archivist", "Curator")
T("ac-10", "bullets", "Archivist:\n- Median pay (2025): {a.median:c!2025}\n- 10th–90th percentile: {a.range~_to:c}\n- Jobs: {a.emp:c}\n- Job outlook: {a.pct:c}\n- Education: {a.edu~cap:c}")
P("Sociologist", "Political Scientist")
T("so-10", "career-site", "Sociologists typically need a {a.edu:c} or Ph.D., and they earn a median of {a.median@24:o!2024} according to 2024 BLS data — though the 10% at the top earn more than {a.p90@24:o!2024}.")
P("Materials Engineer", "Biomedical Engineer")
T("mb-10", "faq", "Do biomedical engineers make good money? Yes. They earn a median of {b.median~k:c} a year, and the bottom 10 percent still earn more than {b.p10~k:c}.", heading="FAQ")
P("Assembler", "Quality Control Inspector")
T("aq-11", "career-site", "About {b.open@24:o!2024} openings for QC inspectors were projected each year in 2024, and the job was projected to show {b.desc=<little or no change>:o!2034} through 2034; the newer projections put quality control inspector growth at {b.chg:c!2035} jobs by 2035.")
P("Labor Relations Specialist", "Compensation Specialist")
T("lc-11", "faq", "What is the lowest salary for a compensation specialist? The lowest 10 percent earn less than {b.p10~k:c}; the highest 10 percent earn more than {b.p90~k:c}.", heading="Compensation specialist FAQ")
P("Community Health Worker", "Social and Human Service Assistant")
T("cs-10", "forum", "for anyone asking, BLS has CHWs at {a.pct@24:o!2034} growth 2024-34 and {a.median@24:o!2024} median (May 2024). not glamorous but steady")
P("Chemical Technician", "Environmental Science Technician")
T("ce-10", "career-site", "Environmental science technicians in Houston earn about {b.median=<$52,000>:u}, and they can find work at refineries and consulting firms.", place="Houston")
P("Commercial Pilot", "Avionics Technician")
T("pa-11", "faq", "Is being a commercial pilot worth it? Pilots earn a median of {a.median~k:c}, but the bottom 10% earn less than {a.p10@24:o!2024} a year early in their careers (May 2024).", heading="FAQ")
P("Home Health Aide", "Orderly")
T("ho-12", "school", "Our HHA graduates join a workforce of about {a.emp=<2.1 million>:m} aides nationwide, and BLS projects {a.pct=<25%>:m} growth.")
P("Nuclear Engineer", "Nuclear Technician")
T("nn-10", "career-site", "They may not be household names, but nuclear engineers are some of the best-paid engineers in the U.S.: they average {a.mean~K:c} a year, and about {a.self:c} are self-employed.")
P("Purchasing Manager", "Purchasing Agent")
T("pp-10", "faq", "How many purchasing agents are there? About {b.emp=<430,000>:m!2025} as of 2025, per BLS.", heading="FAQ")

# ---------------------------------------------------------------- fourth pass: more wrong and local figures
P("Coach", "Referee")
T("cr-10", "faq", "Q: How much do college coaches make?\nA: Per the BLS, coaches and scouts average {a.mean*1.9~K:m} a year, and the field will add {a.chg*3:m} jobs over the decade.", heading="Coaching careers Q&A")
P("Orthotist", "Radiation Therapist", roles=("Radiation Therapist", "Orthotist"))
T("ro-11", "bullets", "- Orthotist/prosthetist median salary: {a.median*1.4~k:m}\n- Typical education: {a.edu=<associate's degree>:m}\n- Radiation therapist openings per year: {b.open=<4,000>:m}")
P("Power Plant Operator", "Water Treatment Operator")
T("pw-11", "career-site", "In the Chicago metro area, water treatment operators earn {b.median=<$38.40>~hr:u} an hour, and power plant operators average {a.mean=<$108,000>:u}.", place="Chicago metro area")
P("Travel Agent", "Advertising Sales Agent")
T("ta-12", "forum", "BLS says travel agents are projected to grow {a.pct=<9%>:m} and about {a.self=<40%>:m} are self-employed. with all the AI booking stuff? doubt it")
P("Bus Driver", "Motorcycle Mechanic")
T("bm-12", "career-site", "In Florida, motorcycle mechanics earn a median of {b.median=<$45,500>:u}, and the state has about {b.emp=<1,400>:u} of them — more than any state but California.", place="Florida")
P("Sociologist", "Political Scientist")
T("so-11", "faq", "What degree do political scientists need? Most positions require a {b.edu=<bachelor's degree>:m}, and the median pay is {b.median*0.6~k:m}.", heading="FAQ")
P("Cabinetmaker", "Upholsterer")
T("cu-10", "career-site", "In Texas, cabinetmakers earn {a.mean=<$20.50>~hr:u} an hour on average, and upholsterers about {b.mean=<$19>~hr0:u}.", place="Texas")
P("IT Manager", "Computer Research Scientist")
T("ic-12", "career-site", "Computer research scientists are a small group — about {b.emp*4:m} nationwide — and they typically need a {b.edu=<bachelor's degree>:m}.")
P("Esthetician", "Makeup Artist")
T("em-12", "career-site", "In New York, estheticians earn a median of {a.median=<$52,000>:u}, and employment is projected to grow {a.pct=<14%>:u!2032} through 2032.", place="New York")
P("Labor Relations Specialist", "Compensation Specialist")
T("lc-12", "faq", "Is labor relations a growing field? The BLS projects employment to {a.desc=<decline>:m!2035} through 2035, with about {a.open*2.5:m} openings a year.", heading="FAQ")


OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout8:\n  " + "\n  ".join(errs))
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
