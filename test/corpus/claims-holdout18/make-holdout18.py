#!/usr/bin/env python3
"""Generate claims-holdout18 (claims.json, not-claims.json): a blind labelled corpus.

Machinery is holdout8's (DATA, tokens, check(), strip(), --flips, --stats). Every figure in DATA was copied from
`node dist/cli.js roles "<query>" -f json` (first result; for the two titles the CLI resolves wrongly, the query is
the exact BLS title of the occupation meant, see README):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
A value the CLI gives as absent is null or missing and read with .get(); a claim on one is refused as borderline.
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement, and refuses any text still holding "{a." or "{b."
(a token the TOKEN regex did not match).
Run: python3 make-holdout18.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"soc": {"query": "Short Order Cook", "soc": "35-2015", "title": "Cooks, Short Order", "oews2025": {"mean": 36120, "median": 35880, "p10": 23440, "p25": 30610, "p75": 42450, "p90": 46460, "hourlyMean": 17.37, "employment": 138650}, "oews2024": {"mean": 35660, "median": 35620, "p10": 23770, "p25": 30160, "p75": 39990, "p90": 46010, "hourlyMean": 17.14, "employment": 150420}, "oews2023": {"mean": 33920, "median": 34130, "p10": 23320, "p25": 28430, "p75": 38240, "p90": 44010, "hourlyMean": 16.31, "employment": 126370}, "ep2025": {"changePercent": -5.2, "changeNumeric": -7.2, "openingsPerYear": 17.4, "employmentBase": 138.7, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -5.6, "changeNumeric": -8.4, "openingsPerYear": 20.6, "employmentBase": 151.1, "education": "No formal educational credential", "selfEmployedPercent": null}},
"ffc": {"query": "Fast Food Cook", "soc": "35-2011", "title": "Cooks, Fast Food", "oews2025": {"mean": 32390, "median": 30890, "p10": 22580, "p25": 27260, "p75": 37260, "p90": 42910, "hourlyMean": 15.57, "employment": 641070}, "oews2024": {"mean": 31140, "median": 30160, "p10": 22370, "p25": 26540, "p75": 35710, "p90": 38980, "hourlyMean": 14.97, "employment": 668230}, "oews2023": {"mean": 29760, "median": 29260, "p10": 21800, "p25": 24960, "p75": 34320, "p90": 36510, "hourlyMean": 14.31, "employment": 673490}, "ep2025": {"changePercent": 0.6, "changeNumeric": 3.6, "openingsPerYear": 86.4, "employmentBase": 640.5, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -13.5, "changeNumeric": -90.3, "openingsPerYear": 82.1, "employmentBase": 669.5, "education": "No formal educational credential", "selfEmployedPercent": null}},
"pchef": {"query": "Private Chef", "soc": "35-2013", "title": "Cooks, Private Household", "oews2025": {"mean": 53680, "median": 47940, "p10": 36090, "p25": 40630, "p75": 55450, "p90": 91130, "hourlyMean": 25.81, "employment": 1100}, "oews2024": {"mean": 51290, "median": 44530, "p10": 38240, "p25": 42800, "p75": 47150, "p90": 92480, "hourlyMean": 24.66, "employment": 900}, "oews2023": {"mean": 49790, "median": 42590, "p10": 27140, "p25": 34120, "p75": 57370, "p90": 87410, "hourlyMean": 23.94, "employment": 740}, "ep2025": {"changePercent": 5.1, "changeNumeric": 1.8, "openingsPerYear": 5, "employmentBase": 35.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 79.7}, "ep2024": {"changePercent": 5.1, "changeNumeric": 1.7, "openingsPerYear": 5.3, "employmentBase": 34.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 86.9}},
"pshop": {"query": "Personal Shopper", "soc": "41-9099", "title": "Sales and Related Workers, All Other", "oews2025": {"mean": 58510, "median": 48280, "p10": 29720, "p25": 36860, "p75": 70650, "p90": 97910, "hourlyMean": 28.13, "employment": 93180}, "oews2024": {"mean": 57030, "median": 46370, "p10": 28060, "p25": 35040, "p75": 66240, "p90": 95850, "hourlyMean": 27.42, "employment": 99070}, "oews2023": {"mean": 54150, "median": 44610, "p10": 27250, "p25": 33580, "p75": 63560, "p90": 91940, "hourlyMean": 26.03, "employment": 114280}, "ep2025": {"changePercent": 1.1, "changeNumeric": 1.3, "openingsPerYear": 13.1, "employmentBase": 115.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 16.3}, "ep2024": {"changePercent": 3.7, "changeNumeric": 4.5, "openingsPerYear": 16, "employmentBase": 122.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 14.8}},
"robo": {"query": "Robotics Engineer", "soc": "17-2199", "title": "Engineers, All Other", "oews2025": {"mean": 125330, "median": 122930, "p10": 66810, "p25": 90970, "p75": 158090, "p90": 189950, "hourlyMean": 60.26, "employment": 154070}, "oews2024": {"mean": 121720, "median": 117750, "p10": 62840, "p25": 85750, "p75": 152670, "p90": 183510, "hourlyMean": 58.52, "employment": 150750}, "oews2023": {"mean": 118350, "median": 111970, "p10": 62130, "p25": 83250, "p75": 146060, "p90": 177020, "hourlyMean": 56.9, "employment": 150990}, "ep2025": {"changePercent": 3.7, "changeNumeric": 6.2, "openingsPerYear": 8.8, "employmentBase": 166.7, "education": "Bachelor's degree", "selfEmployedPercent": 5.2}, "ep2024": {"changePercent": 2.1, "changeNumeric": 3.3, "openingsPerYear": 9.3, "employmentBase": 158.8, "education": "Bachelor's degree", "selfEmployedPercent": 2.1}},
"gis": {"query": "GIS Specialist", "soc": "15-1299", "title": "Computer Occupations, All Other", "oews2025": {"mean": 122230, "median": 116580, "p10": 55940, "p25": 79370, "p75": 157500, "p90": 188470, "hourlyMean": 58.77, "employment": 435370}, "oews2024": {"mean": 116700, "median": 108970, "p10": 52650, "p25": 76360, "p75": 147530, "p90": 176800, "hourlyMean": 56.11, "employment": 439380}, "oews2023": {"mean": 112430, "median": 104920, "p10": 49690, "p25": 71990, "p75": 141820, "p90": 174300, "hourlyMean": 54.05, "employment": 437170}, "ep2025": {"changePercent": 5.1, "changeNumeric": 24.2, "openingsPerYear": 27, "employmentBase": 471.2, "education": "Bachelor's degree", "selfEmployedPercent": 4.9}, "ep2024": {"changePercent": 8.2, "changeNumeric": 38.5, "openingsPerYear": 31.3, "employmentBase": 472, "education": "Bachelor's degree", "selfEmployedPercent": 3.9}},
"bcp": {"query": "Business Continuity Planner", "soc": "13-1199", "title": "Business Operations Specialists, All Other", "oews2025": {"mean": 93970, "median": 83050, "p10": 47880, "p25": 62640, "p75": 114010, "p90": 150010, "hourlyMean": 45.18, "employment": 1087090}, "oews2024": {"mean": 92380, "median": 81270, "p10": 46230, "p25": 60820, "p75": 110030, "p90": 147830, "hourlyMean": 44.41, "employment": 1128200}, "oews2023": {"mean": 89130, "median": 79590, "p10": 44370, "p25": 59010, "p75": 106300, "p90": 140300, "hourlyMean": 42.85, "employment": 1103440}, "ep2025": {"changePercent": 3.9, "changeNumeric": 44.7, "openingsPerYear": 98.7, "employmentBase": 1157.6, "education": "Bachelor's degree", "selfEmployedPercent": 1.9}, "ep2024": {"changePercent": 3, "changeNumeric": 36.3, "openingsPerYear": 108.2, "employmentBase": 1205.7, "education": "Bachelor's degree", "selfEmployedPercent": 1.4}},
"quant": {"query": "Quantitative Analyst", "soc": "13-2099", "title": "Financial Specialists, All Other", "oews2025": {"mean": 93810, "median": 81100, "p10": 48460, "p25": 61290, "p75": 110410, "p90": 151490, "hourlyMean": 45.1, "employment": 132130}, "oews2024": {"mean": 93890, "median": 80190, "p10": 46420, "p25": 60140, "p75": 109120, "p90": 151780, "hourlyMean": 45.14, "employment": 127450}, "oews2023": {"mean": 89650, "median": 78310, "p10": 43510, "p25": 57930, "p75": 105060, "p90": 139960, "hourlyMean": 43.1, "employment": 122730}, "ep2025": {"changePercent": 4.1, "changeNumeric": 5.6, "openingsPerYear": 9.4, "employmentBase": 137.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.4}, "ep2024": {"changePercent": 3.1, "changeNumeric": 4.3, "openingsPerYear": 10.3, "employmentBase": 137.1, "education": "Bachelor's degree", "selfEmployedPercent": 2.9}},
"miss": {"query": "Missionary", "soc": "21-2099", "title": "Religious Workers, All Other", "oews2025": {"mean": 53870, "median": 45280, "p10": 31200, "p25": 35310, "p75": 60390, "p90": 93900, "hourlyMean": 25.9, "employment": 15760}, "oews2024": {"mean": 49830, "median": 45120, "p10": 29120, "p25": 34700, "p75": 60310, "p90": 75920, "hourlyMean": 23.96, "employment": 12170}, "oews2023": {"mean": 45050, "median": 37960, "p10": 28530, "p25": 31200, "p75": 50280, "p90": 73310, "hourlyMean": 21.66, "employment": 11870}, "ep2025": {"changePercent": 1.5, "changeNumeric": 1.7, "openingsPerYear": 12.1, "employmentBase": 113.3, "education": "Bachelor's degree", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": 0.6, "changeNumeric": 0.6, "openingsPerYear": 11.1, "employmentBase": 88.4, "education": "Bachelor's degree", "selfEmployedPercent": 6.5}},
"corg": {"query": "Community Organizer", "soc": "21-1099", "title": "Community and Social Service Specialists, All Other", "oews2025": {"mean": 59590, "median": 56730, "p10": 37310, "p25": 45920, "p75": 69910, "p90": 84210, "hourlyMean": 28.65, "employment": 107730}, "oews2024": {"mean": 58360, "median": 54940, "p10": 36470, "p25": 45420, "p75": 67590, "p90": 83210, "hourlyMean": 28.06, "employment": 110390}, "oews2023": {"mean": 54020, "median": 49690, "p10": 34030, "p25": 39980, "p75": 62460, "p90": 79320, "hourlyMean": 25.97, "employment": 95310}, "ep2025": {"changePercent": 5.5, "changeNumeric": 6.6, "openingsPerYear": 11.6, "employmentBase": 118.6, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 4.6, "changeNumeric": 5.5, "openingsPerYear": 13.1, "employmentBase": 119.2, "education": "Bachelor's degree", "selfEmployedPercent": 0.6}},
"ling": {"query": "Linguist", "soc": "19-3099", "title": "Social Scientists and Related Workers, All Other", "oews2025": {"mean": 107690, "median": 101110, "p10": 66120, "p25": 80860, "p75": 129960, "p90": 160300, "hourlyMean": 51.78, "employment": 37100}, "oews2024": {"mean": 106440, "median": 100340, "p10": 62570, "p25": 79210, "p75": 127880, "p90": 160810, "hourlyMean": 51.17, "employment": 36970}, "oews2023": {"mean": 102210, "median": 95890, "p10": 59010, "p25": 75400, "p75": 123200, "p90": 158160, "hourlyMean": 49.14, "employment": 35210}, "ep2025": {"changePercent": -0.2, "changeNumeric": -0.1, "openingsPerYear": 2.7, "employmentBase": 41.5, "education": "Bachelor's degree", "selfEmployedPercent": 3.5}, "ep2024": {"changePercent": -1.7, "changeNumeric": -0.7, "openingsPerYear": 3.2, "employmentBase": 40.8, "education": "Bachelor's degree", "selfEmployedPercent": 1.3}},
"call": {"query": "Calligrapher", "soc": "27-1019", "title": "Artists and Related Workers, All Other", "oews2025": {"mean": 80530, "median": 71240, "p10": 36580, "p25": 42010, "p75": 115150, "p90": 136660, "hourlyMean": 38.72, "employment": 6930}, "oews2024": {"mean": 79490, "median": 72760, "p10": 33720, "p25": 44760, "p75": 112420, "p90": 133180, "hourlyMean": 38.22, "employment": 7370}, "oews2023": {"mean": 78890, "median": 74750, "p10": 31310, "p25": 41830, "p75": 108590, "p90": 128270, "hourlyMean": 37.93, "employment": 7420}, "ep2025": {"changePercent": 2, "changeNumeric": 0.3, "openingsPerYear": 1.1, "employmentBase": 13, "education": "No formal educational credential", "selfEmployedPercent": 43.9}, "ep2024": {"changePercent": 0.8, "changeNumeric": 0.1, "openingsPerYear": 1.2, "employmentBase": 13.9, "education": "No formal educational credential", "selfEmployedPercent": 44}},
"nd": {"query": "Naturopathic Physician", "soc": "29-1299", "title": "Healthcare Diagnosing or Treating Practitioners, All Other", "oews2025": {"mean": 127660, "median": 115210, "p10": 65210, "p25": 83780, "p75": 161470, "p90": 195190, "hourlyMean": 61.38, "employment": 28630}, "oews2024": {"mean": 128680, "median": 113730, "p10": 65210, "p25": 83350, "p75": 161350, "p90": 194000, "hourlyMean": 61.86, "employment": 30870}, "oews2023": {"mean": 123840, "median": 107990, "p10": 62400, "p25": 78670, "p75": 154420, "p90": 194670, "hourlyMean": 59.54, "employment": 31100}, "ep2025": {"changePercent": 5.5, "changeNumeric": 2.2, "openingsPerYear": 1.9, "employmentBase": 39.6, "education": "Master's degree", "selfEmployedPercent": 23.5}, "ep2024": {"changePercent": 2, "changeNumeric": 0.8, "openingsPerYear": 2.4, "employmentBase": 41.3, "education": "Master's degree", "selfEmployedPercent": 20.3}},
"tatrm": {"query": "Tattoo Remover", "soc": "39-9099", "title": "Personal Care and Service Workers, All Other", "oews2025": {"mean": 40120, "median": 41600, "p10": 27480, "p25": 34180, "p75": 42710, "p90": 48910, "hourlyMean": 19.29, "employment": 60420}, "oews2024": {"mean": 37990, "median": 37900, "p10": 24980, "p25": 32450, "p75": 39190, "p90": 49300, "hourlyMean": 18.27, "employment": 62390}, "oews2023": {"mean": 37190, "median": 36980, "p10": 24210, "p25": 31570, "p75": 37690, "p90": 48000, "hourlyMean": 17.88, "employment": 60390}, "ep2025": {"changePercent": 5.9, "changeNumeric": 5.6, "openingsPerYear": 14.4, "employmentBase": 94.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 30.4}, "ep2024": {"changePercent": 6.4, "changeNumeric": 6, "openingsPerYear": 16.1, "employmentBase": 94.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 26.1}},
"dwh": {"query": "Drywall Helper", "soc": "47-3019", "title": "Helpers, Construction Trades, All Other", "oews2025": {"mean": 45140, "median": 42670, "p10": 32900, "p25": 37030, "p75": 48880, "p90": 60080, "hourlyMean": 21.7, "employment": 24770}, "oews2024": {"mean": 44040, "median": 40760, "p10": 31200, "p25": 36400, "p75": 48500, "p90": 59280, "hourlyMean": 21.17, "employment": 25510}, "oews2023": {"mean": 43090, "median": 40220, "p10": 30670, "p25": 35910, "p75": 48050, "p90": 57660, "hourlyMean": 20.71, "employment": 27250}, "ep2025": {"changePercent": -1, "changeNumeric": -0.3, "openingsPerYear": 2.3, "employmentBase": 25.2, "education": "No formal educational credential", "selfEmployedPercent": 1.6}, "ep2024": {"changePercent": 4.4, "changeNumeric": 1.2, "openingsPerYear": 2.8, "employmentBase": 26.3, "education": "No formal educational credential", "selfEmployedPercent": 1.7}},
"gun": {"query": "Gunsmith", "soc": "49-9099", "title": "Installation, Maintenance, and Repair Workers, All Other", "oews2025": {"mean": 53850, "median": 49230, "p10": 36080, "p25": 42170, "p75": 61900, "p90": 77040, "hourlyMean": 25.89, "employment": 176300}, "oews2024": {"mean": 53270, "median": 48640, "p10": 35270, "p25": 40700, "p75": 61090, "p90": 77150, "hourlyMean": 25.61, "employment": 183690}, "oews2023": {"mean": 50480, "median": 46500, "p10": 32400, "p25": 37770, "p75": 59250, "p90": 74780, "hourlyMean": 24.27, "employment": 175860}, "ep2025": {"changePercent": 2.6, "changeNumeric": 5.4, "openingsPerYear": 18.3, "employmentBase": 205.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 13.6}, "ep2024": {"changePercent": 2.4, "changeNumeric": 5.4, "openingsPerYear": 21.5, "employmentBase": 221.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 15.4}},
"candle": {"query": "Candle Maker", "soc": "51-9199", "title": "Production Workers, All Other", "oews2025": {"mean": 44380, "median": 40110, "p10": 31200, "p25": 36030, "p75": 49010, "p90": 61530, "hourlyMean": 21.34, "employment": 251700}, "oews2024": {"mean": 42940, "median": 38820, "p10": 30370, "p25": 35080, "p75": 47550, "p90": 59600, "hourlyMean": 20.64, "employment": 277060}, "oews2023": {"mean": 41400, "median": 37430, "p10": 29220, "p25": 33070, "p75": 46520, "p90": 59090, "hourlyMean": 19.9, "employment": 243500}, "ep2025": {"changePercent": 0.8, "changeNumeric": 2.1, "openingsPerYear": 27.3, "employmentBase": 275.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.2}, "ep2024": {"changePercent": 0.5, "changeNumeric": 1.5, "openingsPerYear": 31.6, "employmentBase": 292.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.7}},
"sail": {"query": "Sail Maker", "soc": "51-6099", "title": "Textile, Apparel, and Furnishings Workers, All Other", "oews2025": {"mean": 40560, "median": 37280, "p10": 31270, "p25": 34320, "p75": 44620, "p90": 52730, "hourlyMean": 19.5, "employment": 13530}, "oews2024": {"mean": 40410, "median": 37010, "p10": 30290, "p25": 32850, "p75": 44810, "p90": 53710, "hourlyMean": 19.43, "employment": 14450}, "oews2023": {"mean": 37430, "median": 35130, "p10": 28030, "p25": 30150, "p75": 40710, "p90": 49810, "hourlyMean": 18, "employment": 15080}, "ep2025": {"changePercent": -13.4, "changeNumeric": -1.9, "openingsPerYear": 0.9, "employmentBase": 14.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.4}, "ep2024": {"changePercent": -9.4, "changeNumeric": -1.4, "openingsPerYear": 1.7, "employmentBase": 14.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"carver": {"query": "Woodworkers, All Other", "soc": "51-7099", "title": "Woodworkers, All Other", "oews2025": {"mean": 46070, "median": 44530, "p10": 30510, "p25": 36320, "p75": 55180, "p90": 64150, "hourlyMean": 22.15, "employment": 5490}, "oews2024": {"mean": 43730, "median": 41220, "p10": 30470, "p25": 35890, "p75": 48820, "p90": 60870, "hourlyMean": 21.03, "employment": 6590}, "oews2023": {"mean": 39520, "median": 37760, "p10": 28250, "p25": 32540, "p75": 44840, "p90": 54660, "hourlyMean": 19, "employment": 7830}, "ep2025": {"changePercent": -2.3, "changeNumeric": -0.4, "openingsPerYear": 1.7, "employmentBase": 15.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 64.3}, "ep2024": {"changePercent": -4.4, "changeNumeric": -0.8, "openingsPerYear": 1.8, "employmentBase": 17.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 59.5}},
"spin": {"query": "Metal Spinner", "soc": "51-4199", "title": "Metal Workers and Plastic Workers, All Other", "oews2025": {"mean": 48580, "median": 45950, "p10": 35350, "p25": 39190, "p75": 54100, "p90": 65510, "hourlyMean": 23.36, "employment": 15900}, "oews2024": {"mean": 45850, "median": 42750, "p10": 33850, "p25": 36890, "p75": 49930, "p90": 62800, "hourlyMean": 22.05, "employment": 20270}, "oews2023": {"mean": 44780, "median": 41200, "p10": 32580, "p25": 36910, "p75": 48910, "p90": 61080, "hourlyMean": 21.53, "employment": 20370}, "ep2025": {"changePercent": -7.1, "changeNumeric": -1.2, "openingsPerYear": 1.3, "employmentBase": 16.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.6}, "ep2024": {"changePercent": -9.5, "changeNumeric": -1.9, "openingsPerYear": 1.7, "employmentBase": 20.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}},
"tablet": {"query": "Extruding, Forming, Pressing, and Compacting Machine Setters, Operators, and Tenders", "soc": "51-9041", "title": "Extruding, Forming, Pressing, and Compacting Machine Setters, Operators, and Tenders", "oews2025": {"mean": 47260, "median": 45760, "p10": 34630, "p25": 38360, "p75": 52580, "p90": 63450, "hourlyMean": 22.72, "employment": 58770}, "oews2024": {"mean": 47040, "median": 45130, "p10": 34790, "p25": 38410, "p75": 51970, "p90": 64660, "hourlyMean": 22.62, "employment": 57310}, "oews2023": {"mean": 44610, "median": 42670, "p10": 32100, "p25": 36810, "p75": 49730, "p90": 61350, "hourlyMean": 21.45, "employment": 57080}, "ep2025": {"changePercent": 1.5, "changeNumeric": 0.9, "openingsPerYear": 5.2, "employmentBase": 58.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2, "changeNumeric": 1.1, "openingsPerYear": 5.2, "employmentBase": 57.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"longwall": {"query": "Longwall Shearer Operator", "soc": "47-5049", "title": "Underground Mining Machine Operators, All Other", "oews2025": {"mean": 69860, "median": 70130, "p10": 49020, "p25": 51670, "p75": 83120, "p90": 85010, "hourlyMean": 33.59, "employment": 3180}, "oews2024": {"mean": 67830, "median": 67220, "p10": 46930, "p25": 50660, "p75": 80440, "p90": 82750, "hourlyMean": 32.61, "employment": 3480}, "oews2023": {"mean": 65290, "median": 68910, "p10": 40140, "p25": 54560, "p75": 77390, "p90": 79240, "hourlyMean": 31.39, "employment": 2560}, "ep2025": {"changePercent": -1, "changeNumeric": 0, "openingsPerYear": 0.3, "employmentBase": 3.2, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -6.1, "changeNumeric": -0.2, "openingsPerYear": 0.4, "employmentBase": 3.6, "education": "No formal educational credential", "selfEmployedPercent": 2.8}},
"choker": {"query": "Choker Setter", "soc": "45-4029", "title": "Logging Workers, All Other", "oews2025": {"mean": 52910, "median": 50840, "p10": 36380, "p25": 41900, "p75": 61450, "p90": 69350, "hourlyMean": 25.44, "employment": 1700}, "oews2024": {"mean": 53820, "median": 52000, "p10": 37260, "p25": 42010, "p75": 62000, "p90": 72070, "hourlyMean": 25.88, "employment": 2160}, "oews2023": {"mean": 52950, "median": 52480, "p10": 34520, "p25": 40560, "p75": 61930, "p90": 70890, "hourlyMean": 25.46, "employment": 2540}, "ep2025": {"changePercent": -7.6, "changeNumeric": -0.2, "openingsPerYear": 0.3, "employmentBase": 2.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 30.3}, "ep2024": {"changePercent": -4.7, "changeNumeric": -0.1, "openingsPerYear": 0.4, "employmentBase": 3.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 27.6}},
"raillab": {"query": "Railroad Laborer", "soc": "53-4099", "title": "Rail Transportation Workers, All Other", "oews2025": {"mean": 60140, "median": 56360, "p10": 40080, "p25": 47570, "p75": 74090, "p90": 83190, "hourlyMean": 28.91, "employment": 1120}, "oews2024": {"mean": 53500, "median": 49330, "p10": 34690, "p25": 40460, "p75": 64710, "p90": 82620, "hourlyMean": 25.72, "employment": 1520}, "oews2023": {"mean": 50730, "median": 44660, "p10": 35420, "p25": 39330, "p75": 54320, "p90": 85490, "hourlyMean": 24.39, "employment": 1830}, "ep2025": {"changePercent": 4.4, "changeNumeric": 0.1, "openingsPerYear": 0.1, "employmentBase": 1.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.9, "changeNumeric": 0.1, "openingsPerYear": 0.2, "employmentBase": 1.6, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"radio": {"query": "Radio Operator", "soc": "43-2099", "title": "Communications Equipment Operators, All Other", "oews2025": {"mean": 62130, "median": 54680, "p10": 38900, "p25": 46460, "p75": 78470, "p90": 94640, "hourlyMean": 29.87, "employment": 1200}, "oews2024": {"mean": 55890, "median": 49910, "p10": 35980, "p25": 44620, "p75": 64310, "p90": 89110, "hourlyMean": 26.87, "employment": 1390}, "oews2023": {"mean": 53240, "median": 49310, "p10": 36130, "p25": 43620, "p75": 61710, "p90": 75960, "hourlyMean": 25.6, "employment": 1380}, "ep2025": {"changePercent": 1, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.5, "changeNumeric": 0, "openingsPerYear": 0.1, "employmentBase": 1.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"wxobs": {"query": "Weather Observer", "soc": "19-4099", "title": "Life, Physical, and Social Science Technicians, All Other", "oews2025": {"mean": 66280, "median": 62280, "p10": 39000, "p25": 48030, "p75": 79780, "p90": 102690, "hourlyMean": 31.86, "employment": 73910}, "oews2024": {"mean": 64640, "median": 60130, "p10": 37310, "p25": 46270, "p75": 77990, "p90": 101870, "hourlyMean": 31.08, "employment": 71400}, "oews2023": {"mean": 62640, "median": 58350, "p10": 36650, "p25": 44040, "p75": 76080, "p90": 100550, "hourlyMean": 30.12, "employment": 72230}, "ep2025": {"changePercent": 4.4, "changeNumeric": 3.9, "openingsPerYear": 11.2, "employmentBase": 89.5, "education": "Associate's degree", "selfEmployedPercent": 7.4}, "ep2024": {"changePercent": 3.5, "changeNumeric": 2.9, "openingsPerYear": 10.6, "employmentBase": 83.2, "education": "Associate's degree", "selfEmployedPercent": 4.9}}
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
        if any(x is not None and abs(abs(x * 10) % 10 - 5) < 1e-6 and v in (math.floor(x), math.ceil(x)) for x in (cur, old)):
            raise Borderline("share could be either rounding of a .5 share (Python's round and BLS's display differ)")
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
        if d["ep2025"].get(field) is None:
            raise Borderline(f"no current {field}")
        curs = [d["ep2025"][field] * 1000]
        olds = [d["ep2024"][field] * 1000] if d["ep2024"].get(field) is not None else []
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
    "Short Order Cook": "soc", "Fast Food Cook": "ffc", "Private Chef": "pchef", "Personal Shopper": "pshop",
    "Robotics Engineer": "robo", "GIS Specialist": "gis", "Business Continuity Planner": "bcp",
    "Quantitative Analyst": "quant", "Missionary": "miss", "Community Organizer": "corg", "Linguist": "ling",
    "Calligrapher": "call", "Naturopathic Physician": "nd", "Tattoo Remover": "tatrm", "Drywall Helper": "dwh",
    "Gunsmith": "gun", "Candle Maker": "candle", "Sail Maker": "sail", "Wood Carver": "carver",
    "Metal Spinner": "spin", "Tablet Press Operator": "tablet", "Longwall Shearer Operator": "longwall",
}

# ---------------------------------------------------------------- items
P("Short Order Cook", "Fast Food Cook")
T("so-01", "ooh", "The median hourly wage for cooks, short order was {a.median~hr:c!2025} in May 2025. In May 2025, the lowest 10 percent earned less than {a.p10~hr:c!2025}, and the highest 10 percent earned more than {a.p90~hr:c!2025}.", heading="Pay")
T("so-02", "comparison", "Short order cooks and fast food cooks both work a hot line, but the diner job pays a little better. Short order cooks earn a median of {a.median:c} a year, and fast food cooks a median of {b.median:c}.", heading="Short Order Cook vs. Fast Food Cook: What Are the Differences?")
T("so-03", "ooh", "Employment of cooks, fast food is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations. About {b.open:c} openings for fast food cooks are projected each year, on average, over the decade.", heading="Job Outlook")
T("so-04", "bullets", "Short order cook — at a glance\n- Median pay (May 2023): {a.median@23:o!2023}\n- Jobs (2024): {a.oemp@24:o!2024}\n- Job outlook, 2024–34: {a.pct@24:o!2034} decline\n- Education: {a.edu~cap:c}")
T("so-05", "forum", "per BLS fast food cooks make like {b.median*0.6~k:m} a year lol. i was at $11/hr at a drive thru in 2021 and that still felt like robbery")
T("so-06", "career-site", "In Nevada, short order cooks earn a median of {a.median=<$37,900>:u}, and the Las Vegas metro area alone employs about {a.oemp=<4,300>:u} of them.", place="Nevada", own_place={1: "Las Vegas metro area"})
T("so-07", "faq", "Is short order cooking a growing job? Not really. BLS projects employment of short order cooks to decline {a.pct~pc:c!2035} from 2025 to 2035. That works out to about {a.chg:c!2035} fewer jobs by 2035.", heading="FAQ")
T("so-08", "table", "| | Short order cook | Fast food cook |\n|---|---|---|\n| Median hourly wage | {a.median~hr:c} | {b.median~hr:c} |\n| Employment, May 2025 | {a.oemp:c!2025} | {b.oemp:c!2025} |\n| Openings per year, 2025–35 | {a.open:c!2035} | {b.open:c!2035} |", heading="Side by side")
T("so-09", "school", "Our 8-week Culinary Basics course gets you line-ready fast, though fast food cooks need {b.edu=<no formal educational credential>:c} to get hired. BLS counts about {b.emp:c} of them nationwide.")
T("so-10", "forum", "fwiw the BLS page I bookmarked has short order cooks averaging {a.mean@23~hr:o} an hour. I make $19 at a waffle place so idk who they surveyed")
NC("so-n1", "Now hiring short order cooks: $17/hr to start, free shift meal, 2 weeks PTO. Call (702) 555-0143.")
NC("so-n2", "Our fast food crew members get a 401(k) match of 4% and a $300 referral bonus after 90 days.")

P("Private Chef", "Personal Shopper")
T("pp-01", "comparison", "Private chefs and personal shoppers both sell a service to busy households, and their pay is closer than you might think. BLS puts the median for private household cooks at {a.median:c} a year; personal shoppers, who fall under \"sales and related workers, all other,\" have a median of {b.median:c}.", heading="Private Chef vs. Personal Shopper")
T("pp-02", "ooh", "Private household cooks held about {a.emp:c!2025} jobs in 2025. About {a.self~pc:c} were self-employed.", heading="Work Environment")
T("pp-03", "career-site", "Most private chefs come out of a {a.edu=<postsecondary certificate>:c} program in culinary arts, which is what BLS lists as the typical entry credential for private household cooks.")
T("pp-04", "forum", "per BLS personal shoppers are in the 'all other' sales bucket, median {b.median@24:o!2024} in 2024, growth projected at {b.pct:c!2035} through 2035. so basically flat")
T("pp-05", "bullets", "Personal shopper snapshot\n- Average pay: {b.mean:c}\n- Jobs (May 2025): {b.oemp:c!2025}\n- Self-employed: {b.self:c}\n- Typical education: {b.edu~cap:c}")
T("pp-06", "career-site", "In Florida, private chefs charge $600 to $1,200 per dinner party, and the state's median for private household cooks is {a.median=<$51,200>:u}; the Miami metro area employs about {a.oemp=<250>:u} of them.", place="Florida", own_place={1: "Miami metro area"})
T("pp-07", "ooh", "Employment of sales and related workers, all other is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("pp-08", "press", "NEW YORK — Chef-staffing platform TableHome today opened bookings in 14 new cities. According to the U.S. Bureau of Labor Statistics, private household cooks earned a mean annual wage of {a.mean:c!2025} in May 2025, and employment is projected to grow {a.pct=<12%>:m!2035} from 2025 to 2035.")
T("pp-09", "faq", "Do personal shoppers need a degree? According to BLS, most need a {b.edu=<bachelor's degree>:m}, and the typical pay is {b.median*1.4~k:m}.", heading="FAQ")
T("pp-10", "forum", "BLS's 2023 numbers had private household cooks at a median of {a.median@23:o!2023} and about {a.self@24~pc:o!2023} self-employed. the share is wild, basically everyone is freelance")
NC("pp-n1", "I charge $85 an hour for grocery runs plus wardrobe edits, 3-hour minimum.")
NC("pp-n2", "Culinary school tuition: $34,500 for the 12-month diploma; financing available at 0% APR.")

P("Robotics Engineer", "GIS Specialist")
T("rg-01", "tech-blog", "Robotics engineers don't get their own BLS code — they're counted under \"engineers, all other,\" where the median salary was {a.median:c!2025} in May 2025. GIS folks land in \"computer occupations, all other\" at a median of {b.median~K:c}.", heading="Robotics Engineer vs. GIS Specialist: which pays more?")
T("rg-02", "ooh", "The median annual wage for engineers, all other was {a.median:c!2025} in May 2025. In May 2025, the lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("rg-03", "bullets", "GIS specialist at a glance\n- Median salary: {b.median:c}\n- Growth, 2025–35: {b.pct:c!2035}\n- New jobs, 2025–35: {b.chg:c!2035}\n- Entry-level education: {b.edu~cap:c}")
T("rg-04", "career-site", "Robotics Engineer Salary (2024 data): average {a.mean@24:o!2024}, 10th percentile {a.p10@24:o!2024}, 90th percentile {a.p90@24:o!2024}.")
T("rg-05", "forum", "per BLS 'engineers, all other' is only growing {a.pct=<1%>:m} over the decade and there are like {a.emp*0.4:m} of us lol. robotics is booming, the category is just a junk drawer")
T("rg-06", "career-site", "In Michigan, robotics engineers (BLS: engineers, all other) earn a median of {a.median=<$109,400>:u}, and the Detroit metro area employs about {a.oemp=<6,900>:u} of them.", place="Michigan", own_place={1: "Detroit metro area"})
T("rg-07", "ooh", "In the 2024–34 projections, employment of computer occupations, all other was projected to grow {b.pct@24~pc:o!2034}, {b.desc=<much faster than the average>:o!2034} for all occupations.", heading="Job Outlook")
T("rg-08", "comparison", "The two groups are very different in size: BLS counted {b.oemp:c!2025} workers in computer occupations, all other in May 2025, against {a.oemp:c!2025} in engineers, all other.")
T("rg-09", "faq", "How many robotics engineering jobs open up each year? BLS projects about {a.open:c!2035} openings a year for engineers, all other, from 2025 to 2035. Around {a.self:c} of these engineers are self-employed.", heading="FAQ")
T("rg-10", "career-site", "GIS analysts average about {b.mean=<$41.20>~hr:m} an hour, per the BLS line for computer occupations, all other.")
NC("rg-n1", "GIS certificate (4 courses, online): $3,960 total. ArcGIS Pro license: $700/year.")
NC("rg-n2", "Top 10 skills for robotics engineers in 2026: ROS 2, C++, Python, kinematics, SLAM and 5 more.")

P("Business Continuity Planner", "Quantitative Analyst")
T("bq-01", "comparison", "Business continuity planners and quantitative analysts both sit in BLS \"all other\" groups, and they earn almost the same: a median of {a.median:c} for business operations specialists, all other, and a median of {b.median:c} for financial specialists, all other. Both typically need a {a.edu:c}.", heading="Business Continuity Planner vs. Quantitative Analyst")
T("bq-02", "government", "Occupation profile: Business Continuity Planner. In Ohio, business operations specialists, all other earn a median of {a.median=<$78,900>:u} a year, and the Columbus metro area employs about {a.oemp=<14,200>:u} of them.", place="Ohio", own_place={1: "Columbus metro area"}, heading="Regional Workforce Board")
T("bq-03", "ooh", "Employment of business operations specialists, all other is projected to grow {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("bq-04", "bullets", "Quantitative analyst (BLS: financial specialists, all other)\n- Median pay, May 2023: {b.median@23:o!2023}\n- Projected growth, 2024–34: {b.pct@24:o!2034}\n- Self-employed: {b.self@24~pc:o}")
T("bq-05", "forum", "per BLS quants make {b.p90~k:c}+ at the 90th percentile and the bottom 10% get under {b.p10~k:c}. that spread tells you the category is a grab bag")
T("bq-06", "career-site", "The middle half of business continuity planners earn between {a.mid~_and:c} a year, according to BLS data for business operations specialists, all other.")
T("bq-07", "faq", "How much does a business continuity planner make per week? About {a.median~wk:c} at the median, based on BLS's annual median for the group.", heading="FAQ")
T("bq-08", "ooh", "Financial specialists, all other held about {b.emp:c!2025} jobs in 2025. Employment is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. That is about {b.chg:c!2035} new jobs between 2025 and 2035.")
T("bq-09", "career-site", "Business continuity planning is a small niche — BLS counts roughly {a.emp=<38,000>:m} workers in the group — and the field is projected to grow {a.pct=<11%>:m!2035} through 2035.")
T("bq-10", "career-site", "On average, quantitative analysts in the BLS group earn {b.mean~hr:c} an hour, and business continuity planners {a.mean~hr:c} an hour.")
NC("bq-n1", "CBCP certification exam fee: $400; DRI annual maintenance fee: $100.")
NC("bq-n2", "Our firm's quant interns earn $62 an hour plus a $15,000 signing bonus.")

P("Missionary", "Community Organizer")
T("mc-01", "comparison", "Missionaries and community organizers both work for causes rather than profit. BLS groups missionaries with religious workers, all other, who earned a median of {a.median:c!2025} in May 2025; community organizers, counted as community and social service specialists, all other, had a median of {b.median:c!2025} that year.", heading="Missionary vs. Community Organizer")
T("mc-02", "career-site", "BLS projects about {a.open:c!2035} openings a year for religious workers, all other from 2025 to 2035. Most roles ask for a {a.edu:c}.")
T("mc-03", "ooh", "The mean annual wage for religious workers, all other was {a.mean:c!2025} in May 2025.", heading="Pay")
T("mc-04", "career-site", "Back in May 2023, BLS put the median for religious workers, all other at just {a.median@23:o!2023}.")
T("mc-05", "government", "In Illinois, community and social service specialists, all other earn a median of {b.median=<$58,300>:u}, and Cook County alone employs about {b.oemp=<5,900>:u} of them.", place="Illinois", own_place={1: "Cook County"}, heading="County Workforce Development Board")
T("mc-06", "forum", "per BLS community organizers average {b.mean@24~hr:o} an hour. I'm at $24/hr in a union shop so yeah")
T("mc-07", "bullets", "Community organizer at a glance\n- Median pay: {b.median:c}\n- Jobs, 2025: {b.emp:c!2025}\n- New jobs, 2025–35: {b.chg:c!2035}\n- Openings each year: {b.open:c}\n- Self-employed: {b.self@24~pc:o}")
T("mc-08", "career-site", "Missionaries are a big group — nearly {a.oemp*4:m} in BLS's count — with a typical salary of {a.median*1.5~k:m}.")
T("mc-09", "ooh", "In the 2024–34 projections, community and social service specialists, all other were expected to add about {b.chg@24:o!2034} jobs.")
T("mc-10", "union", "Organizers Guild Bulletin: our new contract raises the floor to $26.50 an hour in 2027. For comparison, BLS says community and social service specialists, all other have a median hourly wage of {b.median~hr:c}.")
NC("mc-n1", "Mission trip costs: $2,850 per volunteer, covering airfare and 10 days of lodging.")
NC("mc-n2", "Call our organizing hotline at 1-800-555-0199, 24/7.")

P("Linguist", "Calligrapher")
T("lc-01", "comparison", "A linguist and a calligrapher both work with written language, but the paychecks are far apart: social scientists and related workers, all other (where BLS counts linguists) earn a median of {a.median:c}, while artists and related workers, all other earn a median of {b.median:c}.", heading="Linguist vs. Calligrapher")
T("lc-02", "ooh", "Employment of social scientists and related workers, all other is projected to show {a.desc=<little or no change>:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("lc-03", "forum", "calligraphy is mostly gig work. BLS lumps us into 'artists and related workers, all other' — median {b.median@23:o!2023} back in 2023 lol")
T("lc-04", "bullets", "Linguist (BLS: social scientists, all other)\n- Average salary: {a.mean:c}\n- Jobs (2025): {a.emp:c!2025}\n- Typical entry education: {a.edu~cap:c}\n- Openings per year: {a.open:c}")
T("lc-05", "career-site", "In California, artists and related workers, all other earn a median of {b.median=<$82,600>:u}, with about {b.oemp=<1,400>:u} working in the Los Angeles metro area.", place="California", own_place={1: "Los Angeles metro area"})
T("lc-06", "career-site", "Calligrapher pay varies widely: the bottom 10% of artists and related workers, all other earn under {b.p10:c}, while the top 10% make over {b.p90:c}.")
T("lc-07", "faq", "Do you need a degree to be a calligrapher? No — BLS lists {b.edu=<no formal educational credential>:c} as the typical entry-level education for this group, and employment is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="FAQ")
T("lc-08", "career-site", "Linguists need at least a {a.edu=<master's degree>:m}, per BLS, and the group's median pay is {a.median*0.7~k:m}.")
T("lc-09", "press", "WASHINGTON — The Language Workforce Council today released its annual report. Citing BLS data, the report notes that social scientists and related workers, all other earned a mean wage of {a.mean@24:o!2024} in May 2024, and that employment was projected to decline {a.pct@24~pc:o!2034} from 2024 to 2034.")
T("lc-10", "career-site", "Artists in this BLS group average {b.mean~hr:c} an hour.")
NC("lc-n1", "My wedding envelope rate is $4.50 per envelope, $350 minimum.")
NC("lc-n2", "Our linguistics master's program: 36 credits at $1,240 per credit.")

P("Naturopathic Physician", "Tattoo Remover")
T("nt-01", "comparison", "Naturopathic doctors and tattoo removal technicians both treat clients one on one, but the pay gap is huge. BLS counts NDs among healthcare diagnosing or treating practitioners, all other, with a median of {a.median:c}; tattoo removal techs fall under personal care and service workers, all other, with a median of {b.median:c}.", heading="Naturopathic Physician vs. Tattoo Removal Technician")
T("nt-02", "ooh", "Healthcare diagnosing or treating practitioners, all other held about {a.emp:c!2025} jobs in 2025. Employment is projected to add about {a.chg:c!2035} jobs from 2025 to 2035.", heading="Work Environment")
T("nt-03", "nursing-blog", "BLS lists a {a.edu=<master's degree>:c} as the typical entry-level education for this catch-all group, though licensed NDs train for four years after college.")
T("nt-04", "forum", "per BLS tattoo removal falls under 'personal care and service workers, all other' — about {b.self~pc:c} self-employed and a median of {b.median~hr:c}/hr. I charge $150 a session so")
T("nt-05", "career-site", "In Oregon, naturopathic physicians earn a median of {a.median=<$98,000>:u}, and Multnomah County has about {a.oemp=<310>:u} of them.", place="Oregon", own_place={1: "Multnomah County"})
T("nt-06", "bullets", "Healthcare diagnosing or treating practitioners, all other\n- Median pay (May 2023): {a.median@23:o!2023}\n- Projected growth (2024–34): {a.pct@24:o!2034}")
T("nt-07", "ooh", "Employment of personal care and service workers, all other is projected to add {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("nt-08", "career-site", "The middle 50% of tattoo removal technicians earn {b.mid~_to:c} a year, per BLS.")
T("nt-09", "career-site", "NDs are among the best-paid practitioners in wellness: BLS reports an average of {a.mean*1.5~k:m} and about {a.self=<45%>:m} self-employed.")
T("nt-10", "faq", "What training do tattoo removal techs need? Per BLS, an {b.edu=<associate's degree>:m}.", heading="FAQ")
NC("nt-n1", "Laser tattoo removal pricing: $99 per square inch, packages of 6 sessions from $499.")
NC("nt-n2", "ND licensing exam (NPLEX Part II): $1,225; two attempts allowed per year.")

P("Drywall Helper", "Gunsmith")
T("dg-01", "trade", "Thinking about the trades without a degree? Construction helpers (BLS: helpers, construction trades, all other) earn a median of {a.median~hr:c} an hour, and gunsmiths, counted with installation, maintenance, and repair workers, all other, earn a median of {b.median~hr:c} an hour.", heading="Drywall Helper vs. Gunsmith")
T("dg-02", "ooh", "Employment of helpers, construction trades, all other is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("dg-03", "forum", "per BLS drywall helpers make like {a.median@24:o} median. I started at $17 in 2022 and I'm hanging board now at $26")
T("dg-04", "union", "Local 1974 News: our helpers' scale goes to $24.10 an hour on June 1. Nationally, the median for helpers, construction trades, all other was {a.median:c!2025} in May 2025.")
T("dg-05", "bullets", "Gunsmith — career snapshot\n- Median salary: {b.median:c}\n- Average hourly: {b.mean~hr:c}\n- Jobs (BLS, 2025): {b.emp:c!2025}\n- Self-employed: {b.self:c}\n- Education: {b.edu~cap:c}")
T("dg-06", "career-site", "In Montana, gunsmiths earn a median of {b.median=<$44,900>:u}, and about {b.oemp=<260>:u} work in Gallatin County.", place="Montana", own_place={1: "Gallatin County"})
T("dg-07", "ooh", "In the 2024–34 projections, installation, maintenance, and repair workers, all other were expected to grow {b.pct@24~pc:o!2034}, with about {b.open@24:o!2034} openings a year.")
T("dg-08", "career-site", "Construction helpers, all other are projected to grow {a.pct=<9%>:m!2035} through 2035, and BLS says most need a {a.edu=<high school diploma>:m}.")
T("dg-09", "faq", "What's the pay range for gunsmiths? BLS data for the group runs from {b.range~_to:c} a year (10th to 90th percentile).", heading="FAQ")
T("dg-10", "career-site", "Construction trades helpers in the \"all other\" group numbered about {a.oemp@24:o!2024} in May 2024.")
NC("dg-n1", "Gunsmithing certificate: 18 months, $21,900 tuition; FFL/SOT fees extra.")
NC("dg-n2", "A Remington 700 barrel swap runs $450 in our shop, 3-week turnaround.")

P("Candle Maker", "Sail Maker")
T("cs-01", "comparison", "Candle makers and sail makers both turn raw material into finished goods. Candle makers, counted as production workers, all other, earn a median of {a.median:c}; sail makers, in textile, apparel, and furnishings workers, all other, earn a median of {b.median:c}.", heading="Candle Maker vs. Sail Maker")
T("cs-02", "ooh", "Employment of textile, apparel, and furnishings workers, all other is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("cs-03", "ooh", "Production workers, all other held about {a.emp:c!2025} jobs in 2025, and about {a.self~pc:c!2025} were self-employed.", heading="Work Environment")
T("cs-04", "forum", "per BLS sail makers (lumped into 'textile workers all other') averaged {b.mean@23~hr:o!2023} an hour in 2023. my loft pays $22 so not bad")
T("cs-05", "bullets", "Sail maker outlook\n- Projected change, 2024–34: {b.pct@24:o!2034} decline\n- Openings per year, 2024–34: {b.open@24:o!2034}")
T("cs-06", "career-site", "In Vermont, candle and soap makers (production workers, all other) earn a median of {a.median=<$41,300>:u}, and Chittenden County employs about {a.oemp=<540>:u}.", place="Vermont", own_place={1: "Chittenden County"})
T("cs-07", "career-site", "The middle half of production workers, all other earn between {a.mid~_and:c} a year.")
T("cs-08", "faq", "Is candle making a growing field? BLS projects about {a.chg:c!2035} new jobs for production workers, all other from 2025 to 2035. About {a.open:c} openings a year are projected, on average, over the decade.", heading="FAQ")
T("cs-09", "career-site", "Sail makers are in demand: BLS says employment will grow {b.pct=<6%>:m!2035} by 2035, and the median is {b.median*1.35~th:m}.")
T("cs-10", "career-site", "In May 2023, the lowest-paid 10 percent of these textile workers earned less than {b.p10@23:o!2023}.")
NC("cs-n1", "Soy wax, 50 lb case: $89. Our 2-hour candle-pouring workshop is $65 per person.")
NC("cs-n2", "I've been sewing sails since 1998 and bill $38 an hour for repairs.")

P("Wood Carver", "Metal Spinner")
T("wm-01", "comparison", "Wood carvers and metal spinners both shape material on a lathe or by hand. BLS counts wood carvers among woodworkers, all other (median {a.median:c}) and metal spinners among metal workers and plastic workers, all other (median {b.median:c}).", heading="Wood Carver vs. Metal Spinner")
T("wm-02", "ooh", "Woodworkers, all other held about {a.emp:c!2025} jobs in 2025. About {a.self~pc:c} were self-employed.", heading="Work Environment")
T("wm-03", "ooh", "Employment of metal workers and plastic workers, all other is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. The group is projected to lose about {b.chg:c} jobs over the decade.", heading="Job Outlook")
T("wm-04", "forum", "per BLS woodworkers 'all other' (carvers etc) make median {a.median@24:o} and the field shrinks {a.pct@24:o!2034} per the 2024 projections")
T("wm-05", "career-site", "Metal spinners average {b.mean~hr:c} an hour nationally, per BLS (metal workers and plastic workers, all other).")
T("wm-06", "career-site", "In Ohio, metal spinners earn a median of {b.median=<$47,800>:u}; the Cleveland metro area has about {b.oemp=<900>:u} in the BLS group.", place="Ohio", own_place={1: "Cleveland metro area"})
T("wm-07", "bullets", "Wood carver snapshot (BLS: woodworkers, all other)\n- 10th percentile: {a.p10:c}\n- 90th percentile: {a.p90:c}\n- Projected change, 2025–35: {a.pct:c!2035} decline\n- Education: {a.edu~cap:c}")
T("wm-08", "career-site", "Metal spinning is a shrinking craft: BLS counts only about {b.emp=<4,200>:m} workers in the group, and they typically need a {b.edu=<postsecondary certificate>:m}.")
T("wm-09", "ooh", "In May 2024, metal workers and plastic workers, all other earned a mean of {b.mean@24:o!2024}, and there were about {b.oemp@24:o!2024} of them.")
T("wm-10", "career-site", "Wood carvers earn about {a.median~mo:c} a month at the median (BLS: woodworkers, all other).")
NC("wm-n1", "Basswood carving blanks: 3 for $24. Classes run Saturdays 9–12.")
NC("wm-n2", "My spinning shop quotes $180 for a 12-inch copper bowl.")

P("Tablet Press Operator", "Longwall Shearer Operator")
T("tl-01", "comparison", "Tablet press operators and longwall shearer operators both run heavy machines, but underground pay is much higher: extruding, forming, pressing, and compacting machine operators (which include tablet press operators) earn a median of {a.median:c}, and underground mining machine operators, all other earn a median of {b.median:c}.", heading="Tablet Press Operator vs. Longwall Shearer Operator")
T("tl-02", "ooh", "Underground mining machine operators, all other held about {b.emp:c!2025} jobs in 2025. Employment is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("tl-03", "career-site", "Tablet press operators in pharma usually need only a {a.edu:c}; BLS reports a mean annual wage of {a.mean:c!2025} for the occupation group in May 2025.")
T("tl-04", "forum", "per BLS longwall guys (underground mining machine ops, all other) average {b.mean~hr:c}/hr. i clear way more than that with OT")
T("tl-05", "career-site", "In West Virginia, underground mining machine operators, all other earn a median of {b.median=<$74,600>:u}, and about {b.oemp=<900>:u} work in Monongalia County.", place="West Virginia", own_place={1: "Monongalia County"})
T("tl-06", "career-site", "As of May 2023, these press operators averaged {a.mean@23:o!2023} a year, and the lowest 10 percent earned less than {a.p10@23:o!2023}.")
T("tl-07", "career-site", "The middle half of longwall shearer operators earn between {b.mid~_and:c}, according to BLS figures for underground mining machine operators, all other.")
T("tl-08", "ooh", "BLS projects extruding, forming, pressing, and compacting machine operators to add about {a.chg:c!2035} jobs between 2025 and 2035.")
T("tl-09", "career-site", "Tablet press operators typically need an {a.edu=<associate's degree>:m} and earn a median of {a.median*1.4~k:m}.")
T("tl-10", "faq", "Do longwall operators need a degree? No: BLS lists {b.edu=<no formal educational credential>:c}, and its 2024–34 projections showed employment falling {b.pct@24:o!2034}.", heading="FAQ")
NC("tl-n1", "Our GMP tablet press training course is 3 days, $1,850, and ends with a 40-question exam.")
NC("tl-n2", "MSHA new-miner training: 40 hours underground, 24 hours surface.")

# ---------------------------------------------------------------- second round (same pairs)
P("Short Order Cook", "Fast Food Cook")
T("so-11", "frontmatter", "---\ntitle: \"Short Order Cook vs. Fast Food Cook\"\nshort_order_cook_salary: \"{a.median:c}\"\nfast_food_cook_salary: \"{b.median:c}\"\n---")
T("so-12", "career-site", "Both short order cooks and fast food cooks typically need {a.edu=<no formal educational credential>:c}, and most learn the line in a few weeks.")
T("so-13", "career-site", "Fast food cooks earned a median of {b.median:c!2025} in May 2025, up from {b.median@24:o!2024} the year before.")
NC("so-n3", "Fryer station checklist: oil at 350°F, filter every 8 hours, 2 baskets per batch.")
NC("so-n4", "About 70% of our menu is cooked on the flat-top, and 15% of orders come through the app.")

P("Private Chef", "Personal Shopper")
T("pp-11", "table", "| | Private chef | Personal shopper |\n|---|---|---|\n| Median pay | {a.median:c} | {b.median:c} |\n| Employment (2025) | {a.emp:c!2025} | {b.emp:c!2025} |\n| Typical education | {a.edu~cap:c} | {b.edu~cap:c} |", heading="Private chef vs. personal shopper at a glance")
T("pp-12", "career-site", "BLS expects about {a.open:c!2035} openings a year for private household cooks from 2025 to 2035.")
NC("pp-n3", "Our clients typically spend $2,000 to $5,000 per seasonal wardrobe refresh.")
NC("pp-n4", "Private chef starting rate at our agency: $42 an hour, paid weekly.")

P("Robotics Engineer", "GIS Specialist")
T("rg-11", "frontmatter", "---\ntitle: Robotics Engineer Career Guide\nmedian_salary: \"{a.median:c}\"\njob_growth: \"{a.pct:c}\"\neducation: {a.edu:c}\n---")
T("rg-12", "ooh", "In May 2024, the mean wage for computer occupations, all other was {b.mean@24:o!2024}, and the group employed about {b.oemp@24:o!2024} people that year.")
NC("rg-n3", "Call our admissions team at (313) 555-0172 about the 2-year mechatronics AAS.")
NC("rg-n4", "92% of our GIS graduates are placed within 6 months.")

P("Business Continuity Planner", "Quantitative Analyst")
T("bq-11", "press", "CHICAGO — ResilienceWorks today announced a $5 million expansion of its planning practice. According to BLS, business operations specialists, all other held about {a.oemp~m2:c!2025} jobs in May 2025.")
T("bq-12", "faq", "What does a quant make per month? Roughly {b.median~mo:c} at the median for financial specialists, all other.", heading="FAQ")
NC("bq-n3", "Downtime costs the average mid-size firm $9,000 per minute, according to our own 2025 survey.")
NC("bq-n4", "Our quant team's bonus pool was 35% of base salary last year.")

P("Missionary", "Community Organizer")
T("mc-11", "career-site", "Community organizers typically need a {b.edu=<master's degree>:m}, BLS says.")
T("mc-12", "ooh", "Religious workers, all other numbered about {a.oemp:c!2025} in May 2025, up from {a.oemp@24:o!2024} the year before.")
NC("mc-n3", "Our church supports 12 missionary families at $1,500 a month each.")
NC("mc-n4", "Canvassers are paid $20 an hour plus $5 per signed pledge card.")

P("Linguist", "Calligrapher")
T("lc-11", "frontmatter", "---\ntitle: Linguist vs. Calligrapher\nlinguist_pay: \"{a.median~K:c}\"\ncalligrapher_pay: \"{b.median~K:c}\"\n---")
T("lc-12", "ooh", "In the 2024–34 projections, social scientists and related workers, all other had about {a.open@24:o!2034} openings a year.")
NC("lc-n3", "Our calligraphy starter kit (5 nibs, 2 inks, practice pad) is $39.99.")
NC("lc-n4", "Linguists at our localization firm are paid $0.12 per word for post-editing.")

P("Naturopathic Physician", "Tattoo Remover")
T("nt-11", "nursing-blog", "Practitioners in this BLS group average {a.mean~hr:c} an hour.")
T("nt-12", "ooh", "Personal care and service workers, all other held about {b.emp:c!2025} jobs in 2025, and about {b.self~pc:c!2025} were self-employed.")
NC("nt-n3", "New-patient naturopathic visit: $225 for 90 minutes; follow-ups $140.")
NC("nt-n4", "Our Q-switched laser cost $98,000 and clears about 80% of black ink in 6 to 10 sessions.")

P("Drywall Helper", "Gunsmith")
T("dg-11", "table", "| | Drywall helper | Gunsmith |\n|---|---|---|\n| Median pay | {a.median:c} | {b.median:c} |\n| Projected growth, 2025–35 | {a.pct:c!2035} decline | {b.pct:c!2035} |\n| Openings per year | {a.open:c} | {b.open:c} |")
T("dg-12", "government", "Occupational brief: in Pennsylvania, construction trades helpers earn a median of {a.median=<$44,100>:u}, and Allegheny County employs about {a.oemp=<700>:u} of them.", place="Pennsylvania", own_place={1: "Allegheny County"}, heading="Workforce Board")
NC("dg-n3", "Drywall helpers at our company start at $18 an hour; after 90 days, $20.")
NC("dg-n4", "Apprenticeship: 4 years, 8,000 hours of on-the-job training, 576 classroom hours.")

P("Candle Maker", "Sail Maker")
T("cs-11", "frontmatter", "---\ntitle: How to Become a Sail Maker\nmedian_salary: \"{b.median:c}\"\njobs: {b.emp:c}\n---")
T("cs-12", "career-site", "Production workers, all other earned a median of {a.median:c!2025} in May 2025, up from {a.median@24:o!2024} the year before.")
NC("cs-n3", "Sail repair turnaround: 7–10 days in season; rush service +25%.")
NC("cs-n4", "Our candle shop sold 14,000 jars last holiday season.")

P("Wood Carver", "Metal Spinner")
T("wm-11", "career-site", "Both carvers and spinners typically need a {a.edu:c}, and most learn the craft through long apprenticeships.")
T("wm-12", "career-site", "The bottom quarter of metal spinners (BLS: metal workers and plastic workers, all other) earn less than {b.p25:c}.")
NC("wm-n3", "Our carving club meets the 2nd Tuesday of each month; dues are $30 a year.")
NC("wm-n4", "Spinning lathes from our catalog start at $14,500 (model SL-12).")

P("Tablet Press Operator", "Longwall Shearer Operator")
T("tl-11", "bullets", "Longwall shearer operator — at a glance\n- Median pay: {b.median:c}\n- 75th percentile: {b.p75:c}\n- Employment (May 2025): {b.oemp:c!2025}\n- Education: {b.edu~cap:c}")
T("tl-12", "career-site", "In May 2024, extruding and pressing machine operators earned a median of {a.median@24:o!2024}; about {a.oemp@24:o!2024} held the job that year.")
NC("tl-n3", "Our plant presses 1.2 million tablets per shift on 3 rotary presses.")
NC("tl-n4", "Underground miners at our operation start at $31.50 an hour with a $5,000 retention bonus.")

# ---------------------------------------------------------------- two more pairs (transport/forestry, office/science)
ROLEKEY.update({"Choker Setter": "choker", "Railroad Laborer": "raillab", "Radio Operator": "radio",
                "Weather Observer": "wxobs"})

P("Choker Setter", "Railroad Laborer")
T("cr-01", "comparison", "Choker setters and railroad laborers both do hard outdoor work for hourly pay. BLS counts choker setters among logging workers, all other, with a median of {a.median:c}; railroad laborers fall under rail transportation workers, all other, with a median of {b.median:c}.", heading="Choker Setter vs. Railroad Laborer")
T("cr-02", "ooh", "Employment of logging workers, all other is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("cr-03", "forum", "per BLS choker setters (logging workers all other) make median {a.median@23:o} lol. I set chokers 3 seasons in Oregon for $24/hr")
T("cr-04", "bullets", "Railroad laborer at a glance\n- Median pay: {b.median:c}\n- Average hourly: {b.mean~hr:c}\n- Jobs (May 2025): {b.oemp:c!2025}\n- Education: {b.edu~cap:c}")
T("cr-05", "ooh", "In May 2024, rail transportation workers, all other earned a median of {b.median@24:o!2024}, and about {b.oemp@24:o!2024} held such jobs.")
T("cr-06", "career-site", "In Washington, logging workers earn a median of {a.median=<$55,300>:u}, and Grays Harbor County has about {a.oemp=<150>:u} of them.", place="Washington", own_place={1: "Grays Harbor County"})
T("cr-07", "ooh", "Logging workers, all other held about {a.emp:c!2025} jobs in 2025, and about {a.self~pc:c!2025} were self-employed.", heading="Work Environment")
T("cr-08", "career-site", "The middle half of railroad laborers earn between {b.mid~_and:c} a year, per BLS data for rail transportation workers, all other.")
T("cr-09", "career-site", "Railroad laborers typically need a {b.edu=<postsecondary certificate>:m}, and BLS says the occupation will grow {b.pct=<12%>:m!2035} through 2035.")
T("cr-10", "career-site", "Pay for choker setters ranges from {a.range~_to:c} a year (BLS 10th to 90th percentile, logging workers, all other).")
T("cr-11", "union", "Lodge 117 newsletter: our track laborer scale rises to $31.40 an hour on July 1. BLS puts the mean hourly wage for rail transportation workers, all other at {b.mean~hr:c}.")
NC("cr-n1", "Chainsaw safety course: 2 days, $325, includes chaps and helmet rental.")
NC("cr-n2", "Our railroad pays a $2,000 sign-on bonus and 100% of health premiums.")
NC("cr-n3", "Logging crews typically work 10-hour days, 4 days a week, from April to November.")
NC("cr-n4", "I made $61,000 last year setting chokers with overtime.")

P("Radio Operator", "Weather Observer")
T("rw-01", "comparison", "Radio operators and weather observers both keep watch at remote stations. BLS places radio operators in communications equipment operators, all other (median {a.median:c}) and weather observers in life, physical, and social science technicians, all other (median {b.median:c}).", heading="Radio Operator vs. Weather Observer")
T("rw-02", "ooh", "Employment of life, physical, and social science technicians, all other is projected to add about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("rw-03", "career-site", "Weather observers typically need an {b.edu=<associate's degree>:c}; about {b.self:c} of technicians in this BLS group are self-employed.")
T("rw-04", "forum", "per BLS radio operators average {a.mean@24~hr:o} an hour. the coast guard auxiliary pays me nothing so")
T("rw-05", "bullets", "Radio operator snapshot\n- Median pay: {a.median:c}\n- 10th percentile: {a.p10:c}\n- 90th percentile: {a.p90:c}\n- Employment: {a.emp:c}\n- Projected growth, 2025–35: {a.pct:c!2035}")
T("rw-06", "career-site", "In Alaska, science technicians in the \"all other\" group earn a median of {b.median=<$68,900>:u}, and about {b.oemp=<120>:u} work in the Anchorage metro area.", place="Alaska", own_place={1: "Anchorage metro area"})
T("rw-07", "ooh", "In the 2024–34 projections, life, physical, and social science technicians, all other were expected to add about {b.chg@24:o!2034} jobs, with about {b.open@24:o!2034} openings a year.")
T("rw-08", "career-site", "Radio operators earn a typical salary of {a.median*0.65~k:m}, and the field is projected to grow {a.pct=<7%>:m!2035} by 2035.")
T("rw-09", "ooh", "In May 2024, the median for science technicians, all other was {b.median@24:o!2024}, and about {b.oemp@24:o!2024} worked in the group that year.")
T("rw-10", "career-site", "Communications equipment operators, all other earned a mean of {a.mean:c!2025} in May 2025, up from {a.mean@24:o!2024} the year before.")
T("rw-11", "career-site", "Weather observers earn about {b.median~wk:c} a week at the median (BLS: life, physical, and social science technicians, all other).")
NC("rw-n1", "FCC General Radiotelephone Operator License exam: $35 per element, 3 elements.")
NC("rw-n2", "Our station records observations every hour, 24/7, at 1,240 feet elevation.")
NC("rw-n3", "Call the station's weather line at (907) 555-0114.")
NC("rw-n4", "78% of our radio club members hold a General class license.")


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout18:\n  " + "\n  ".join(errs))
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
        print(Counter(c["statistic"] for c in cs if c["kind"] == "salary"))
        print(Counter(c["period"] for c in cs if c["kind"] == "salary")); print(Counter(i["style"] for i in ITEMS))
        print("years", Counter(c["year"] for c in cs if c["year"]))
        print("places", Counter(c["place"] for c in cs if c["place"]))
        print("items per pair", Counter(i["id"].split("-")[0] for i in ITEMS))


if __name__ == "__main__":
    main()
