#!/usr/bin/env python3
"""Generate claims-holdout16 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Values the CLI gives as absent are null here (Legislators have no May 2024 wages and no 2025-35 projection).
Items are written by hand; a figure in an item's text is written either literally ({a.edu=<master's degree>:m}) or
as a token that renders a DATA figure ({a.median:c}, {b.p90@24:o}, {a.median*0.6~k:m}). The letter after the colon
is the author's label (c current, o outdated, m mismatch, u unchecked); check() re-derives every verdict from the
rendered text alone and refuses to write on any disagreement, and refuses a text that still holds "{a." or "{b."
(a token the TOKEN regex did not match would stay in the text unrendered and without a claim).
Run: python3 make-holdout16.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"schpsy": {"query": "School Psychologist", "soc": "19-3034", "title": "School Psychologists", "oews2025": {"mean": 99160, "median": 95990, "p10": 63070, "p25": 77470, "p75": 120310, "p90": 142330, "hourlyMean": 47.67, "employment": 63940}, "oews2024": {"mean": 93610, "median": 86930, "p10": 60880, "p25": 73240, "p75": 108210, "p90": 132320, "hourlyMean": 45.01, "employment": 63830}, "oews2023": {"mean": 91990, "median": 84940, "p10": 59250, "p25": 70520, "p75": 107400, "p90": 131470, "hourlyMean": 44.22, "employment": 62790}, "ep2025": {"changePercent": 0.8, "changeNumeric": 0.5, "openingsPerYear": 3.4, "employmentBase": 64, "education": "Master's degree", "selfEmployedPercent": 0.3}, "ep2024": {"changePercent": 0.7, "changeNumeric": 0.5, "openingsPerYear": 3.8, "employmentBase": 67.2, "education": "Master's degree", "selfEmployedPercent": 5.3}},
"iopsy": {"query": "Industrial-Organizational Psychologist", "soc": "19-3032", "title": "Industrial-Organizational Psychologists", "oews2025": {"mean": 170230, "median": 193950, "p10": 79010, "p25": 107310, "p75": 222280, "p90": 247220, "hourlyMean": 81.84, "employment": 790}, "oews2024": {"mean": 134400, "median": 109840, "p10": 51880, "p25": 80790, "p75": 198170, "p90": 224590, "hourlyMean": 64.62, "employment": 1050}, "oews2023": {"mean": 154380, "median": 147420, "p10": 45860, "p25": 90100, "p75": 219410, "p90": 219810, "hourlyMean": 74.22, "employment": 1030}, "ep2025": {"changePercent": 6.5, "changeNumeric": 0.3, "openingsPerYear": 0.3, "employmentBase": 4, "education": "Master's degree", "selfEmployedPercent": 80.3}, "ep2024": {"changePercent": 6.3, "changeNumeric": 0.3, "openingsPerYear": 0.4, "employmentBase": 5.6, "education": "Master's degree", "selfEmployedPercent": 80.5}},
"anthprof": {"query": "Anthropology Professor", "soc": "25-1061", "title": "Anthropology and Archeology Teachers, Postsecondary", "oews2025": {"mean": 106880, "median": 99650, "p10": 57840, "p25": 75200, "p75": 128750, "p90": 171310, "employment": 5240}, "oews2024": {"mean": 102530, "median": 95770, "p10": 51380, "p25": 67410, "p75": 122870, "p90": 169090, "employment": 5260}, "oews2023": {"mean": 103640, "median": 93650, "p10": 51980, "p25": 67770, "p75": 126060, "p90": 172180, "employment": 5030}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.2, "openingsPerYear": 0.4, "employmentBase": 6.5, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.7, "changeNumeric": 0.2, "openingsPerYear": 0.5, "employmentBase": 6.5, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"libprof": {"query": "Library Science Professor", "soc": "25-1082", "title": "Library Science Teachers, Postsecondary", "oews2025": {"mean": 88110, "median": 80340, "p10": 57200, "p25": 64080, "p75": 100910, "p90": 129120, "employment": 3630}, "oews2024": {"mean": 84320, "median": 78630, "p10": 53590, "p25": 62130, "p75": 97020, "p90": 126200, "employment": 4100}, "oews2023": {"mean": 88190, "median": 80310, "p10": 53660, "p25": 64430, "p75": 101750, "p90": 131310, "employment": 4220}, "ep2025": {"changePercent": 2.7, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 4.5, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3, "changeNumeric": 0.2, "openingsPerYear": 0.4, "employmentBase": 5.1, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"envprof": {"query": "Environmental Science Professor", "soc": "25-1053", "title": "Environmental Science Teachers, Postsecondary", "oews2025": {"mean": 103610, "median": 94980, "p10": 57780, "p25": 69880, "p75": 126900, "p90": 164190, "employment": 6690}, "oews2024": {"mean": 100360, "median": 87710, "p10": 50670, "p25": 64360, "p75": 124680, "p90": 164290, "employment": 7130}, "oews2023": {"mean": 100910, "median": 88410, "p10": 51280, "p25": 66060, "p75": 126160, "p90": 166150, "employment": 7120}, "ep2025": {"changePercent": 2.7, "changeNumeric": 0.2, "openingsPerYear": 0.6, "employmentBase": 8.4, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.9, "changeNumeric": 0.3, "openingsPerYear": 0.7, "employmentBase": 9, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"forprof": {"query": "Forestry Professor", "soc": "25-1043", "title": "Forestry and Conservation Science Teachers, Postsecondary", "oews2025": {"mean": 102450, "median": 101420, "p10": 50100, "p25": 77440, "p75": 126930, "p90": 148920, "employment": 1520}, "oews2024": {"mean": 103780, "median": 100830, "p10": 58670, "p25": 81380, "p75": 125080, "p90": 154630, "employment": 1310}, "oews2023": {"mean": 102230, "median": 101650, "p10": 58120, "p25": 81040, "p75": 118460, "p90": 141800, "employment": 1260}, "ep2025": {"changePercent": 2.8, "changeNumeric": 0.1, "openingsPerYear": 0.1, "employmentBase": 1.8, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 4, "changeNumeric": 0.1, "openingsPerYear": 0.1, "employmentBase": 1.6, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"paper": {"query": "Paperhanger", "soc": "47-2142", "title": "Paperhangers", "oews2025": {"mean": 53730, "median": 52140, "p10": 36020, "p25": 44890, "p75": 60180, "p90": 69050, "hourlyMean": 25.83, "employment": 1570}, "oews2024": {"mean": 51900, "median": 48260, "p10": 35020, "p25": 40930, "p75": 58470, "p90": 69470, "hourlyMean": 24.95, "employment": 1520}, "oews2023": {"mean": 54020, "median": 48460, "p10": 36400, "p25": 40760, "p75": 60820, "p90": 79390, "hourlyMean": 25.97, "employment": 1830}, "ep2025": {"changePercent": 4.3, "changeNumeric": 0.1, "openingsPerYear": 0.2, "employmentBase": 2.3, "education": "No formal educational credential", "selfEmployedPercent": 32.1}, "ep2024": {"changePercent": 5.3, "changeNumeric": 0.1, "openingsPerYear": 0.2, "employmentBase": 2.3, "education": "No formal educational credential", "selfEmployedPercent": 34.8}},
"sander": {"query": "Floor Sander", "soc": "47-2043", "title": "Floor Sanders and Finishers", "oews2025": {"mean": 52460, "median": 50440, "p10": 37070, "p25": 41600, "p75": 59620, "p90": 70340, "hourlyMean": 25.22, "employment": 3720}, "oews2024": {"mean": 50880, "median": 49150, "p10": 35790, "p25": 41320, "p75": 58230, "p90": 66510, "hourlyMean": 24.46, "employment": 4140}, "oews2023": {"mean": 49910, "median": 47760, "p10": 33080, "p25": 38530, "p75": 57520, "p90": 69540, "hourlyMean": 24, "employment": 5070}, "ep2025": {"changePercent": 1.4, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 4.7, "education": "No formal educational credential", "selfEmployedPercent": 21.1}, "ep2024": {"changePercent": 2.6, "changeNumeric": 0.1, "openingsPerYear": 0.4, "employmentBase": 5.6, "education": "No formal educational credential", "selfEmployedPercent": 25.7}},
"carphelp": {"query": "Carpenter's Helper", "soc": "47-3012", "title": "Helpers--Carpenters", "oews2025": {"mean": 44050, "median": 43780, "p10": 31660, "p25": 36730, "p75": 49400, "p90": 57670, "hourlyMean": 21.18, "employment": 21680}, "oews2024": {"mean": 42080, "median": 41600, "p10": 31540, "p25": 35870, "p75": 46780, "p90": 52380, "hourlyMean": 20.23, "employment": 24610}, "oews2023": {"mean": 40860, "median": 39380, "p10": 29930, "p25": 34450, "p75": 46540, "p90": 53780, "hourlyMean": 19.65, "employment": 21770}, "ep2025": {"changePercent": -1.7, "changeNumeric": -0.4, "openingsPerYear": 2, "employmentBase": 21.9, "education": "No formal educational credential", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 4.5, "changeNumeric": 1.1, "openingsPerYear": 2.7, "employmentBase": 25.2, "education": "No formal educational credential", "selfEmployedPercent": 1.8}},
"roofhelp": {"query": "Roofer's Helper", "soc": "47-3016", "title": "Helpers--Roofers", "oews2025": {"mean": 45150, "median": 44160, "p10": 30140, "p25": 37030, "p75": 48970, "p90": 62400, "hourlyMean": 21.71, "employment": 6030}, "oews2024": {"mean": 42070, "median": 40590, "p10": 27780, "p25": 34800, "p75": 47570, "p90": 55310, "hourlyMean": 20.23, "employment": 5170}, "oews2023": {"mean": 42280, "median": 38620, "p10": 30040, "p25": 35010, "p75": 45400, "p90": 55250, "hourlyMean": 20.33, "employment": 4540}, "ep2025": {"changePercent": -0.1, "changeNumeric": 0, "openingsPerYear": 0.6, "employmentBase": 6.1, "education": "No formal educational credential", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 5.7, "changeNumeric": 0.3, "openingsPerYear": 0.6, "employmentBase": 5.2, "education": "No formal educational credential", "selfEmployedPercent": 1.9}},
"rebar": {"query": "Rebar Worker", "soc": "47-2171", "title": "Reinforcing Iron and Rebar Workers", "oews2025": {"mean": 66060, "median": 58970, "p10": 43310, "p25": 47990, "p75": 77320, "p90": 104540, "hourlyMean": 31.76, "employment": 13800}, "oews2024": {"mean": 62640, "median": 59280, "p10": 39470, "p25": 47300, "p75": 74190, "p90": 95530, "hourlyMean": 30.11, "employment": 14140}, "oews2023": {"mean": 60290, "median": 54850, "p10": 38260, "p25": 46460, "p75": 65490, "p90": 96370, "hourlyMean": 28.99, "employment": 17400}, "ep2025": {"changePercent": -5.3, "changeNumeric": -0.9, "openingsPerYear": 1, "employmentBase": 16.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 17.6}, "ep2024": {"changePercent": 4.6, "changeNumeric": 0.9, "openingsPerYear": 1.5, "employmentBase": 19.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 27.7}},
"brickhelp": {"query": "Brickmason Helper", "soc": "47-3011", "title": "Helpers--Brickmasons, Blockmasons, Stonemasons, and Tile and Marble Setters", "oews2025": {"mean": 50920, "median": 47550, "p10": 36230, "p25": 40100, "p75": 57980, "p90": 70080, "hourlyMean": 24.48, "employment": 14170}, "oews2024": {"mean": 49730, "median": 46480, "p10": 35570, "p25": 38600, "p75": 58080, "p90": 68330, "hourlyMean": 23.91, "employment": 15660}, "oews2023": {"mean": 45590, "median": 42470, "p10": 33270, "p25": 37070, "p75": 50430, "p90": 61930, "hourlyMean": 21.92, "employment": 16460}, "ep2025": {"changePercent": -11.7, "changeNumeric": -1.7, "openingsPerYear": 1.1, "employmentBase": 14.1, "education": "No formal educational credential", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": -10.5, "changeNumeric": -1.7, "openingsPerYear": 1.4, "employmentBase": 16.1, "education": "No formal educational credential", "selfEmployedPercent": 1.8}},
"valve": {"query": "Control Valve Technician", "soc": "49-9012", "title": "Control and Valve Installers and Repairers, Except Mechanical Door", "oews2025": {"mean": 76210, "median": 74340, "p10": 45910, "p25": 54950, "p75": 97120, "p90": 112500, "hourlyMean": 36.64, "employment": 48240}, "oews2024": {"mean": 75970, "median": 74690, "p10": 43840, "p25": 53060, "p75": 97400, "p90": 109050, "hourlyMean": 36.52, "employment": 46920}, "oews2023": {"mean": 72360, "median": 70100, "p10": 38820, "p25": 49520, "p75": 94670, "p90": 105250, "hourlyMean": 34.79, "employment": 47780}, "ep2025": {"changePercent": 4.3, "changeNumeric": 2.2, "openingsPerYear": 3.6, "employmentBase": 50.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.2}, "ep2024": {"changePercent": 1.3, "changeNumeric": 0.6, "openingsPerYear": 3.9, "employmentBase": 47.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"precision": {"query": "Precision Instrument Repairer", "soc": "49-9069", "title": "Precision Instrument and Equipment Repairers, All Other", "oews2025": {"mean": 71180, "median": 68990, "p10": 40140, "p25": 51070, "p75": 84390, "p90": 102990, "hourlyMean": 34.22, "employment": 9400}, "oews2024": {"mean": 70420, "median": 67080, "p10": 44530, "p25": 52090, "p75": 82030, "p90": 100730, "hourlyMean": 33.86, "employment": 9680}, "oews2023": {"mean": 65710, "median": 62040, "p10": 41250, "p25": 48380, "p75": 79430, "p90": 95620, "hourlyMean": 31.59, "employment": 10330}, "ep2025": {"changePercent": 2.5, "changeNumeric": 0.3, "openingsPerYear": 1, "employmentBase": 10.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.9}, "ep2024": {"changePercent": 2, "changeNumeric": 0.2, "openingsPerYear": 1, "employmentBase": 10.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.7}},
"dye": {"query": "Textile Dyeing Machine Operator", "soc": "51-6061", "title": "Textile Bleaching and Dyeing Machine Operators and Tenders", "oews2025": {"mean": 40380, "median": 38180, "p10": 30300, "p25": 35680, "p75": 45280, "p90": 48100, "hourlyMean": 19.41, "employment": 5310}, "oews2024": {"mean": 39000, "median": 37320, "p10": 28990, "p25": 32350, "p75": 43230, "p90": 47660, "hourlyMean": 18.75, "employment": 5820}, "oews2023": {"mean": 37570, "median": 35340, "p10": 27580, "p25": 30410, "p75": 40520, "p90": 46260, "hourlyMean": 18.06, "employment": 6650}, "ep2025": {"changePercent": -12.5, "changeNumeric": -0.7, "openingsPerYear": 0.6, "employmentBase": 5.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 5}, "ep2024": {"changePercent": -10.1, "changeNumeric": -0.6, "openingsPerYear": 0.7, "employmentBase": 6.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}},
"knit": {"query": "Knitting Machine Operator", "soc": "51-6063", "title": "Textile Knitting and Weaving Machine Setters, Operators, and Tenders", "oews2025": {"mean": 40720, "median": 39530, "p10": 29960, "p25": 36390, "p75": 45220, "p90": 49130, "hourlyMean": 19.58, "employment": 13030}, "oews2024": {"mean": 39470, "median": 38260, "p10": 29640, "p25": 34530, "p75": 44180, "p90": 48070, "hourlyMean": 18.97, "employment": 14530}, "oews2023": {"mean": 37880, "median": 37130, "p10": 28700, "p25": 31950, "p75": 41860, "p90": 46940, "hourlyMean": 18.21, "employment": 15980}, "ep2025": {"changePercent": -13.7, "changeNumeric": -1.9, "openingsPerYear": 1.3, "employmentBase": 13.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 5}, "ep2024": {"changePercent": -11.2, "changeNumeric": -1.7, "openingsPerYear": 1.7, "employmentBase": 15.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}},
"adhesive": {"query": "Adhesive Bonding Machine Operator", "soc": "51-9191", "title": "Adhesive Bonding Machine Operators and Tenders", "oews2025": {"mean": 46850, "median": 46460, "p10": 31460, "p25": 37220, "p75": 53610, "p90": 60810, "hourlyMean": 22.53, "employment": 11500}, "oews2024": {"mean": 45670, "median": 45210, "p10": 31290, "p25": 36420, "p75": 52060, "p90": 60420, "hourlyMean": 21.96, "employment": 12170}, "oews2023": {"mean": 44400, "median": 43540, "p10": 31200, "p25": 35660, "p75": 50350, "p90": 58840, "hourlyMean": 21.35, "employment": 12510}, "ep2025": {"changePercent": 1.3, "changeNumeric": 0.2, "openingsPerYear": 1.3, "employmentBase": 12.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.7}, "ep2024": {"changePercent": 1, "changeNumeric": 0.1, "openingsPerYear": 1.3, "employmentBase": 12.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"coating": {"query": "Coating Machine Operator", "soc": "51-9124", "title": "Coating, Painting, and Spraying Machine Setters, Operators, and Tenders", "oews2025": {"mean": 52620, "median": 48250, "p10": 36260, "p25": 40590, "p75": 59680, "p90": 74730, "hourlyMean": 25.3, "employment": 158740}, "oews2024": {"mean": 51610, "median": 47590, "p10": 35480, "p25": 39470, "p75": 58740, "p90": 72800, "hourlyMean": 24.81, "employment": 159500}, "oews2023": {"mean": 48480, "median": 45560, "p10": 33300, "p25": 37790, "p75": 54440, "p90": 66390, "hourlyMean": 23.31, "employment": 155880}, "ep2025": {"changePercent": 2.5, "changeNumeric": 4.1, "openingsPerYear": 15.3, "employmentBase": 164.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.8}, "ep2024": {"changePercent": 0.7, "changeNumeric": 1.2, "openingsPerYear": 15.8, "employmentBase": 165.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.6}},
"shoe": {"query": "Shoe Machine Operator", "soc": "51-6042", "title": "Shoe Machine Operators and Tenders", "oews2025": {"mean": 36280, "median": 35650, "p10": 26560, "p25": 29090, "p75": 43090, "p90": 47700, "hourlyMean": 17.44, "employment": 3280}, "oews2024": {"mean": 37230, "median": 38160, "p10": 24160, "p25": 30450, "p75": 43390, "p90": 47860, "hourlyMean": 17.9, "employment": 3270}, "oews2023": {"mean": 36570, "median": 36970, "p10": 27950, "p25": 30420, "p75": 42650, "p90": 45380, "hourlyMean": 17.58, "employment": 4630}, "ep2025": {"changePercent": -6.9, "changeNumeric": -0.3, "openingsPerYear": 0.4, "employmentBase": 4.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 26.3}, "ep2024": {"changePercent": -3.7, "changeNumeric": -0.2, "openingsPerYear": 0.4, "employmentBase": 4.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 19}},
"sewer": {"query": "Hand Sewer", "soc": "51-6051", "title": "Sewers, Hand", "oews2025": {"mean": 37210, "median": 36480, "p10": 27680, "p25": 33330, "p75": 40720, "p90": 47570, "hourlyMean": 17.89, "employment": 2190}, "oews2024": {"mean": 34810, "median": 33760, "p10": 25530, "p25": 29210, "p75": 38180, "p90": 46320, "hourlyMean": 16.74, "employment": 2240}, "oews2023": {"mean": 33860, "median": 32240, "p10": 26000, "p25": 29020, "p75": 37170, "p90": 43880, "hourlyMean": 16.28, "employment": 3390}, "ep2025": {"changePercent": -12, "changeNumeric": -0.6, "openingsPerYear": 0.6, "employmentBase": 5.3, "education": "No formal educational credential", "selfEmployedPercent": 58.5}, "ep2024": {"changePercent": -7, "changeNumeric": -0.4, "openingsPerYear": 0.7, "employmentBase": 5.4, "education": "No formal educational credential", "selfEmployedPercent": 57.2}},
"meat": {"query": "Meat Packer", "soc": "51-3023", "title": "Slaughterers and Meat Packers", "oews2025": {"mean": 41770, "median": 40130, "p10": 33340, "p25": 36150, "p75": 46870, "p90": 51090, "hourlyMean": 20.08, "employment": 69950}, "oews2024": {"mean": 40710, "median": 39790, "p10": 31470, "p25": 35940, "p75": 45930, "p90": 49460, "hourlyMean": 19.57, "employment": 67500}, "oews2023": {"mean": 38710, "median": 38160, "p10": 30450, "p25": 34560, "p75": 44280, "p90": 47120, "hourlyMean": 18.61, "employment": 71310}, "ep2025": {"changePercent": 2, "changeNumeric": 1.5, "openingsPerYear": 7.7, "employmentBase": 71.2, "education": "No formal educational credential", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 2.2, "changeNumeric": 1.5, "openingsPerYear": 8.4, "employmentBase": 69.6, "education": "No formal educational credential", "selfEmployedPercent": 1.8}},
"freezer": {"query": "Freezer Operator", "soc": "51-9193", "title": "Cooling and Freezing Equipment Operators and Tenders", "oews2025": {"mean": 44940, "median": 41330, "p10": 33430, "p25": 36380, "p75": 49550, "p90": 62340, "hourlyMean": 21.61, "employment": 6900}, "oews2024": {"mean": 44290, "median": 40160, "p10": 33710, "p25": 36150, "p75": 49150, "p90": 62760, "hourlyMean": 21.29, "employment": 6590}, "oews2023": {"mean": 44840, "median": 42420, "p10": 31370, "p25": 36760, "p75": 51530, "p90": 62120, "hourlyMean": 21.56, "employment": 6500}, "ep2025": {"changePercent": 5.9, "changeNumeric": 0.5, "openingsPerYear": 0.8, "employmentBase": 7.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.1}, "ep2024": {"changePercent": 7.2, "changeNumeric": 0.5, "openingsPerYear": 0.8, "employmentBase": 7.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.7}},
"elecasm": {"query": "Electrical Assembler", "soc": "51-2028", "title": "Electrical, Electronic, and Electromechanical Assemblers, Except Coil Winders, Tapers, and Finishers", "oews2025": {"mean": 47660, "median": 45850, "p10": 35350, "p25": 38380, "p75": 51670, "p90": 62950, "hourlyMean": 22.92, "employment": 246970}, "oews2024": {"mean": 45930, "median": 44040, "p10": 34110, "p25": 37450, "p75": 49830, "p90": 61080, "hourlyMean": 22.08, "employment": 261140}, "oews2023": {"mean": 43740, "median": 40490, "p10": 31290, "p25": 36190, "p75": 48230, "p90": 59310, "hourlyMean": 21.03, "employment": 267440}, "ep2025": {"changePercent": 5, "changeNumeric": null, "openingsPerYear": 25.9, "employmentBase": 246.3, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 4.6, "changeNumeric": 11.9, "openingsPerYear": 29.6, "employmentBase": 261.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"timing": {"query": "Timing Device Assembler", "soc": "51-2061", "title": "Timing Device Assemblers and Adjusters", "oews2025": {"mean": 56720, "median": 62620, "p10": 27880, "p25": 29040, "p75": 72740, "p90": 78270, "hourlyMean": 27.27, "employment": 250}, "oews2024": {"mean": 42410, "median": 40790, "p10": 26240, "p25": 27850, "p75": 58440, "p90": 65580, "hourlyMean": 20.39, "employment": 230}, "oews2023": {"mean": 52840, "median": 48840, "p10": 37800, "p25": 42190, "p75": 59090, "p90": 69240, "hourlyMean": 25.41, "employment": 400}, "ep2025": {"changePercent": -6.1, "changeNumeric": 0, "openingsPerYear": 0, "employmentBase": 0.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -17.5, "changeNumeric": 0, "openingsPerYear": 0, "employmentBase": 0.2, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"grind": {"query": "Grinding Machine Operator", "soc": "51-4033", "title": "Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 48170, "median": 46550, "p10": 36110, "p25": 39390, "p75": 54290, "p90": 62600, "hourlyMean": 23.16, "employment": 67000}, "oews2024": {"mean": 46600, "median": 45190, "p10": 34980, "p25": 38420, "p75": 51380, "p90": 61550, "hourlyMean": 22.41, "employment": 70110}, "oews2023": {"mean": 44450, "median": 42610, "p10": 32960, "p25": 37020, "p75": 48800, "p90": 59990, "hourlyMean": 21.37, "employment": 75260}, "ep2025": {"changePercent": -10.8, "changeNumeric": -7.4, "openingsPerYear": 4.5, "employmentBase": 68.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.9}, "ep2024": {"changePercent": -12, "changeNumeric": -8.4, "openingsPerYear": 5.5, "employmentBase": 70.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"polish": {"query": "Hand Polisher", "soc": "51-9022", "title": "Grinding and Polishing Workers, Hand", "oews2025": {"mean": 45020, "median": 42660, "p10": 33480, "p25": 37450, "p75": 49980, "p90": 60810, "hourlyMean": 21.64, "employment": 10510}, "oews2024": {"mean": 43550, "median": 41690, "p10": 32120, "p25": 36660, "p75": 48410, "p90": 57250, "hourlyMean": 20.94, "employment": 11850}, "oews2023": {"mean": 41490, "median": 38940, "p10": 30140, "p25": 34600, "p75": 47050, "p90": 57990, "hourlyMean": 19.95, "employment": 12290}, "ep2025": {"changePercent": -19.2, "changeNumeric": -2.1, "openingsPerYear": 0.7, "employmentBase": 10.8, "education": "No formal educational credential", "selfEmployedPercent": 2.5}, "ep2024": {"changePercent": -21.2, "changeNumeric": -2.5, "openingsPerYear": 0.8, "employmentBase": 11.8, "education": "No formal educational credential", "selfEmployedPercent": null}},
"kinprof": {"query": "Kinesiology Professor", "soc": "25-1193", "title": "Recreation and Fitness Studies Teachers, Postsecondary", "oews2025": {"mean": 86620, "median": 77270, "p10": 44900, "p25": 59990, "p75": 101450, "p90": 134890, "employment": 12630}, "oews2024": {"mean": 87980, "median": 75890, "p10": 44150, "p25": 57290, "p75": 101420, "p90": 158240, "employment": 12680}, "oews2023": {"mean": 87340, "median": 75770, "p10": 44400, "p25": 58540, "p75": 101780, "p90": 148610, "employment": 13270}, "ep2025": {"changePercent": 2.2, "changeNumeric": 0.3, "openingsPerYear": 1, "employmentBase": 15.2, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.4, "changeNumeric": 0.4, "openingsPerYear": 1.1, "employmentBase": 15.4, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"fcsprof": {"query": "Family and Consumer Sciences Professor", "soc": "25-1192", "title": "Family and Consumer Sciences Teachers, Postsecondary", "oews2025": {"mean": 81940, "median": 75870, "p10": 47830, "p25": 57410, "p75": 99320, "p90": 130790, "employment": 2770}, "oews2024": {"mean": 84450, "median": 77280, "p10": 47580, "p25": 56870, "p75": 99530, "p90": 133180, "employment": 2630}, "oews2023": {"mean": 89630, "median": 78410, "p10": 48410, "p25": 59170, "p75": 105280, "p90": 146020, "employment": 2660}, "ep2025": {"changePercent": 2.4, "changeNumeric": 0.1, "openingsPerYear": 0.2, "employmentBase": 3.4, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.4, "changeNumeric": 0.1, "openingsPerYear": 0.2, "employmentBase": 3.2, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"transup": {"query": "Transportation Supervisor", "soc": "53-1047", "title": "First-Line Supervisors of Transportation and Material Moving Workers, Except Aircraft Cargo Handling Supervisors", "oews2025": {"mean": 66860, "median": 62890, "p10": 43360, "p25": 50070, "p75": 78160, "p90": 96150, "hourlyMean": 32.14, "employment": 623640}, "oews2024": {"mean": 65670, "median": 61890, "p10": 41290, "p25": 48750, "p75": 77520, "p90": 94830, "hourlyMean": 31.57, "employment": 605510}, "oews2023": {"mean": 63840, "median": 60510, "p10": 39440, "p25": 47560, "p75": 75940, "p90": 92140, "hourlyMean": 30.69, "employment": 594330}, "ep2025": {"changePercent": 3, "changeNumeric": null, "openingsPerYear": 54.9, "employmentBase": 621.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.7, "changeNumeric": 22.5, "openingsPerYear": 61.3, "employmentBase": 609.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}},
"busmon": {"query": "School Bus Monitor", "soc": "33-9094", "title": "School Bus Monitors", "oews2025": {"mean": 35150, "median": 35100, "p10": 28130, "p25": 31760, "p75": 37760, "p90": 43250, "hourlyMean": 16.9, "employment": 78420}, "oews2024": {"mean": 35270, "median": 34980, "p10": 27250, "p25": 31200, "p75": 38840, "p90": 43240, "hourlyMean": 16.96, "employment": 72140}, "oews2023": {"mean": 33970, "median": 33130, "p10": 26530, "p25": 29540, "p75": 37890, "p90": 41090, "hourlyMean": 16.33, "employment": 72320}, "ep2025": {"changePercent": -1.9, "changeNumeric": -1.4, "openingsPerYear": 13.4, "employmentBase": 76.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -2.7, "changeNumeric": -2, "openingsPerYear": 12.6, "employmentBase": 71.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"legis": {"query": "Legislator", "soc": "11-1031", "title": "Legislators", "oews2025": {"mean": 67390, "median": 44810, "p10": 20380, "p25": 29120, "p75": 80350, "p90": 137820, "employment": 26510}, "oews2023": {"mean": 68140, "median": 47290, "p10": 21010, "p25": 28810, "p75": 82200, "p90": 129510, "employment": 32460}, "ep2024": {"changePercent": 3.4, "changeNumeric": 0.9, "openingsPerYear": 2.2, "employmentBase": 27.7, "education": "Bachelor's degree", "selfEmployedPercent": null}},
"ethprof": {"query": "Ethnic Studies Professor", "soc": "25-1062", "title": "Area, Ethnic, and Cultural Studies Teachers, Postsecondary", "oews2025": {"mean": 98330, "median": 85020, "p10": 52070, "p25": 65660, "p75": 110710, "p90": 160420, "employment": 11300}, "oews2024": {"mean": 97350, "median": 84290, "p10": 51130, "p25": 64320, "p75": 107810, "p90": 164650, "employment": 11430}, "oews2023": {"mean": 100390, "median": 86030, "p10": 51590, "p25": 65390, "p75": 111650, "p90": 169680, "employment": 11570}, "ep2025": {"changePercent": 2.7, "changeNumeric": 0.4, "openingsPerYear": 1, "employmentBase": 14.3, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.4, "changeNumeric": 0.3, "openingsPerYear": 1.1, "employmentBase": 14.5, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"piercer": {"query": "Body Piercer", "soc": "39-9099", "title": "Personal Care and Service Workers, All Other", "oews2025": {"mean": 40120, "median": 41600, "p10": 27480, "p25": 34180, "p75": 42710, "p90": 48910, "hourlyMean": 19.29, "employment": 60420}, "oews2024": {"mean": 37990, "median": 37900, "p10": 24980, "p25": 32450, "p75": 39190, "p90": 49300, "hourlyMean": 18.27, "employment": 62390}, "oews2023": {"mean": 37190, "median": 36980, "p10": 24210, "p25": 31570, "p75": 37690, "p90": 48000, "hourlyMean": 17.88, "employment": 60390}, "ep2025": {"changePercent": 5.9, "changeNumeric": 5.6, "openingsPerYear": 14.4, "employmentBase": 94.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 30.4}, "ep2024": {"changePercent": 6.4, "changeNumeric": 6, "openingsPerYear": 16.1, "employmentBase": 94.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 26.1}},
"tattoo": {"query": "Tattoo Artist", "soc": "27-1019", "title": "Artists and Related Workers, All Other", "oews2025": {"mean": 80530, "median": 71240, "p10": 36580, "p25": 42010, "p75": 115150, "p90": 136660, "hourlyMean": 38.72, "employment": 6930}, "oews2024": {"mean": 79490, "median": 72760, "p10": 33720, "p25": 44760, "p75": 112420, "p90": 133180, "hourlyMean": 38.22, "employment": 7370}, "oews2023": {"mean": 78890, "median": 74750, "p10": 31310, "p25": 41830, "p75": 108590, "p90": 128270, "hourlyMean": 37.93, "employment": 7420}, "ep2025": {"changePercent": 2, "changeNumeric": 0.3, "openingsPerYear": 1.1, "employmentBase": 13, "education": "No formal educational credential", "selfEmployedPercent": 43.9}, "ep2024": {"changePercent": 0.8, "changeNumeric": 0.1, "openingsPerYear": 1.2, "employmentBase": 13.9, "education": "No formal educational credential", "selfEmployedPercent": 44}},
"wholesale": {"query": "Sales Representatives, Wholesale and Manufacturing, Except Technical and Scientific Products", "soc": "41-4012", "title": "Sales Representatives, Wholesale and Manufacturing, Except Technical and Scientific Products", "oews2025": {"mean": 82530, "median": 72080, "p10": 39090, "p25": 50470, "p75": 99640, "p90": 137550, "hourlyMean": 39.68, "employment": 1238190}, "oews2024": {"mean": 81470, "median": 66780, "p10": 37860, "p25": 49040, "p75": 97570, "p90": 134470, "hourlyMean": 39.17, "employment": 1266860}, "oews2023": {"mean": 80490, "median": 65630, "p10": 37240, "p25": 48520, "p75": 96090, "p90": 133010, "hourlyMean": 38.7, "employment": 1288920}, "ep2025": {"changePercent": -0.9, "changeNumeric": -11.2, "openingsPerYear": 99.8, "employmentBase": 1279.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 0.3, "changeNumeric": 4.4, "openingsPerYear": 114.8, "employmentBase": 1310.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.1}},
"salessup": {"query": "First-Line Supervisors of Non-Retail Sales Workers", "soc": "41-1012", "title": "First-Line Supervisors of Non-Retail Sales Workers", "oews2025": {"mean": 99370, "median": 87520, "p10": 50320, "p25": 63940, "p75": 122050, "p90": 164070, "hourlyMean": 47.77, "employment": 214390}, "oews2024": {"mean": 97870, "median": 84130, "p10": 48880, "p25": 62730, "p75": 118190, "p90": 162120, "hourlyMean": 47.06, "employment": 219010}, "oews2023": {"mean": 99020, "median": 84570, "p10": 48640, "p25": 63510, "p75": 119530, "p90": 164420, "hourlyMean": 47.61, "employment": 227150}, "ep2025": {"changePercent": 0.5, "changeNumeric": 1.7, "openingsPerYear": 21.7, "employmentBase": 311.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 30.4}, "ep2024": {"changePercent": 0, "changeNumeric": 0, "openingsPerYear": 24.8, "employmentBase": 320, "education": "High school diploma or equivalent", "selfEmployedPercent": 30}},
"doula": {"query": "Doula", "soc": "29-9099", "title": "Healthcare Practitioners and Technical Workers, All Other", "oews2025": {"mean": 76720, "median": 65790, "p10": 38660, "p25": 47750, "p75": 97000, "p90": 129830, "hourlyMean": 36.89, "employment": 35010}, "oews2024": {"mean": 73200, "median": 64030, "p10": 37220, "p25": 45250, "p75": 91000, "p90": 127340, "hourlyMean": 35.19, "employment": 36970}, "oews2023": {"mean": 70800, "median": 63630, "p10": 35250, "p25": 44250, "p75": 86830, "p90": 120000, "hourlyMean": 34.04, "employment": 36900}, "ep2025": {"changePercent": 5.1, "changeNumeric": 2, "openingsPerYear": 2.2, "employmentBase": 39.1, "education": "Postsecondary nondegree award", "selfEmployedPercent": 6.3}, "ep2024": {"changePercent": 3.6, "changeNumeric": 1.5, "openingsPerYear": 2.6, "employmentBase": 41.7, "education": "Postsecondary nondegree award", "selfEmployedPercent": 6.8}},
"orthopt": {"query": "Orthoptist", "soc": "29-1299", "title": "Healthcare Diagnosing or Treating Practitioners, All Other", "oews2025": {"mean": 127660, "median": 115210, "p10": 65210, "p25": 83780, "p75": 161470, "p90": 195190, "hourlyMean": 61.38, "employment": 28630}, "oews2024": {"mean": 128680, "median": 113730, "p10": 65210, "p25": 83350, "p75": 161350, "p90": 194000, "hourlyMean": 61.86, "employment": 30870}, "oews2023": {"mean": 123840, "median": 107990, "p10": 62400, "p25": 78670, "p75": 154420, "p90": 194670, "hourlyMean": 59.54, "employment": 31100}, "ep2025": {"changePercent": 5.5, "changeNumeric": 2.2, "openingsPerYear": 1.9, "employmentBase": 39.6, "education": "Master's degree", "selfEmployedPercent": 23.5}, "ep2024": {"changePercent": 2, "changeNumeric": 0.8, "openingsPerYear": 2.4, "employmentBase": 41.3, "education": "Master's degree", "selfEmployedPercent": 20.3}},
"saw": {"query": "Sawing Machine Operator", "soc": "51-7041", "title": "Sawing Machine Setters, Operators, and Tenders, Wood", "oews2025": {"mean": 43580, "median": 42770, "p10": 30890, "p25": 36510, "p75": 48620, "p90": 58170, "hourlyMean": 20.95, "employment": 40850}, "oews2024": {"mean": 42390, "median": 39950, "p10": 29670, "p25": 35550, "p75": 47770, "p90": 56560, "hourlyMean": 20.38, "employment": 43140}, "oews2023": {"mean": 40120, "median": 38000, "p10": 28790, "p25": 33470, "p75": 45970, "p90": 51780, "hourlyMean": 19.29, "employment": 43570}, "ep2025": {"changePercent": -1, "changeNumeric": -0.4, "openingsPerYear": 4.5, "employmentBase": 41.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 1}, "ep2024": {"changePercent": -0.6, "changeNumeric": -0.3, "openingsPerYear": 4.8, "employmentBase": 45, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.8}},
"prodhelp": {"query": "Production Helper", "soc": "51-9198", "title": "Helpers--Production Workers", "oews2025": {"mean": 41120, "median": 39070, "p10": 31140, "p25": 35220, "p75": 45990, "p90": 53410, "hourlyMean": 19.77, "employment": 165700}, "oews2024": {"mean": 40080, "median": 38220, "p10": 30060, "p25": 34390, "p75": 44980, "p90": 52120, "hourlyMean": 19.27, "employment": 167490}, "oews2023": {"mean": 38160, "median": 36700, "p10": 28630, "p25": 32400, "p75": 42600, "p90": 49910, "hourlyMean": 18.35, "employment": 181810}, "ep2025": {"changePercent": -8.2, "changeNumeric": -13.8, "openingsPerYear": 20.9, "employmentBase": 167.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": -8.9, "changeNumeric": -15, "openingsPerYear": 23.6, "employmentBase": 168.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}},
"hydtech": {"query": "Hydrologic Technician", "soc": "19-4044", "title": "Hydrologic Technicians", "oews2025": {"mean": 69530, "median": 64790, "p10": 44950, "p25": 52040, "p75": 84680, "p90": 100480, "hourlyMean": 33.43, "employment": 2840}, "oews2024": {"mean": 64410, "median": 58570, "p10": 40330, "p25": 47450, "p75": 79790, "p90": 94310, "hourlyMean": 30.97, "employment": 2940}, "oews2023": {"mean": 61500, "median": 55890, "p10": 37690, "p25": 44840, "p75": 76000, "p90": 91610, "hourlyMean": 29.57, "employment": 3000}, "ep2025": {"changePercent": -1.3, "changeNumeric": 0, "openingsPerYear": 0.4, "employmentBase": 3, "education": "Associate's degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": -2.1, "changeNumeric": -0.1, "openingsPerYear": 0.4, "employmentBase": 3.1, "education": "Associate's degree", "selfEmployedPercent": null}},
"geoprof": {"query": "Geography Professor", "soc": "25-1064", "title": "Geography Teachers, Postsecondary", "oews2025": {"mean": 102350, "median": 97590, "p10": 52550, "p25": 74690, "p75": 123900, "p90": 165460, "employment": 3330}, "oews2024": {"mean": 99020, "median": 86730, "p10": 49990, "p25": 66400, "p75": 120220, "p90": 164350, "employment": 3290}, "oews2023": {"mean": 97660, "median": 85600, "p10": 50870, "p25": 66610, "p75": 109120, "p90": 155010, "employment": 3480}, "ep2025": {"changePercent": 2.7, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 4.1, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.3, "changeNumeric": 0.1, "openingsPerYear": 0.3, "employmentBase": 4, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"carwash": {"query": "Car Wash Attendant", "soc": "53-7061", "title": "Cleaners of Vehicles and Equipment", "oews2025": {"mean": 36980, "median": 35830, "p10": 27380, "p25": 30420, "p75": 41040, "p90": 47610, "hourlyMean": 17.78, "employment": 380430}, "oews2024": {"mean": 36290, "median": 35270, "p10": 26740, "p25": 29790, "p75": 39630, "p90": 47150, "hourlyMean": 17.45, "employment": 373960}, "oews2023": {"mean": 35250, "median": 34150, "p10": 24560, "p25": 28880, "p75": 38500, "p90": 46450, "hourlyMean": 16.95, "employment": 365290}, "ep2025": {"changePercent": 3.9, "changeNumeric": 16.3, "openingsPerYear": 51.5, "employmentBase": 419.5, "education": "No formal educational credential", "selfEmployedPercent": 7.9}, "ep2024": {"changePercent": 3.9, "changeNumeric": 16, "openingsPerYear": 56.2, "employmentBase": 410.1, "education": "No formal educational credential", "selfEmployedPercent": 7.4}},
"shampoo": {"query": "Shampooer", "soc": "39-5093", "title": "Shampooers", "oews2025": {"mean": 31980, "median": 32600, "p10": 23110, "p25": 28550, "p75": 35550, "p90": 38240, "hourlyMean": 15.37, "employment": 8070}, "oews2024": {"mean": 30830, "median": 31470, "p10": 22880, "p25": 27390, "p75": 35610, "p90": 35970, "hourlyMean": 14.82, "employment": 8890}, "oews2023": {"mean": 29260, "median": 29530, "p10": 22190, "p25": 26620, "p75": 32600, "p90": 35850, "hourlyMean": 14.07, "employment": 7360}, "ep2025": {"changePercent": 5.6, "changeNumeric": 0.9, "openingsPerYear": 2.2, "employmentBase": 15.4, "education": "No formal educational credential", "selfEmployedPercent": 46.7}, "ep2024": {"changePercent": 5.5, "changeNumeric": 1, "openingsPerYear": 2.7, "employmentBase": 18.5, "education": "No formal educational credential", "selfEmployedPercent": 50.9}}
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
        if r not in d:
            continue
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
        olds = [salary_value(d[r], c["statistic"], c["period"]) for r in ("oews2024", "oews2023") if r in d]
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
        if year is not None and year < 2035:
            return "outdated"
        if not d.get("ep2025") or d["ep2025"].get("changePercent") is None:
            raise Borderline("no current projection")
        cp, op = d["ep2025"]["changePercent"], d["ep2024"]["changePercent"]

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
        curs = [(d.get("ep2025") or {}).get("employmentBase"), d["oews2025"]["employment"] / 1000]
        olds = [(d.get("ep2024") or {}).get("employmentBase")] + [d[r]["employment"] / 1000 for r in ("oews2024", "oews2023") if r in d]
        curs, olds = [x * 1000 for x in curs if x is not None], [x * 1000 for x in olds if x is not None]
        if year is not None and year < 2025:
            return "outdated"
    else:
        field = {"employment-change": "changeNumeric", "openings": "openingsPerYear"}[kind]
        curs = [x * 1000 for x in [(d.get("ep2025") or {}).get(field)] if x is not None]
        olds = [x * 1000 for x in [(d.get("ep2024") or {}).get(field)] if x is not None]
        if not curs:
            raise Borderline(f"no current {field}")
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
    "School Psychologist": "schpsy",
    "I-O Psychologist": "iopsy",
    "Anthropology Professor": "anthprof",
    "Library Science Professor": "libprof",
    "Environmental Science Professor": "envprof",
    "Forestry Professor": "forprof",
    "Paperhanger": "paper",
    "Floor Sander": "sander",
    "Carpenter's Helper": "carphelp",
    "Roofer's Helper": "roofhelp",
    "Rebar Worker": "rebar",
    "Brickmason Helper": "brickhelp",
    "Control Valve Technician": "valve",
    "Precision Instrument Repairer": "precision",
    "Textile Dyeing Machine Operator": "dye",
    "Knitting Machine Operator": "knit",
    "Adhesive Bonding Machine Operator": "adhesive",
    "Coating Machine Operator": "coating",
    "Shoe Machine Operator": "shoe",
    "Hand Sewer": "sewer",
    "Meat Packer": "meat",
    "Freezer Operator": "freezer",
    "Electrical Assembler": "elecasm",
    "Timing Device Assembler": "timing",
    "Grinding Machine Operator": "grind",
    "Hand Polisher": "polish",
    "Kinesiology Professor": "kinprof",
    "Family and Consumer Sciences Professor": "fcsprof",
    "Transportation Supervisor": "transup",
    "School Bus Monitor": "busmon",
    "Legislator": "legis",
    "Ethnic Studies Professor": "ethprof",
    "Body Piercer": "piercer",
    "Tattoo Artist": "tattoo",
    "Wholesale Sales Representative": "wholesale",
    "Sales Supervisor": "salessup",
    "Doula": "doula",
    "Orthoptist": "orthopt",
    "Sawing Machine Operator": "saw",
    "Production Helper": "prodhelp",
    "Hydrologic Technician": "hydtech",
    "Geography Professor": "geoprof",
    "Car Wash Attendant": "carwash",
    "Shampooer": "shampoo",
}


# ITEMS

# ---------------------------------------------------------------- School Psychologist vs. I-O Psychologist
P("School Psychologist", "I-O Psychologist")
T("sp-01", "comparison", "School psychologists and industrial-organizational psychologists share a discipline but not a paycheck. BLS puts the median for school psychologists at {a.median:c}, while I-O psychologists reached a median of {b.median:c!2025} in May 2025.", heading="School Psychologist vs. I-O Psychologist: What Are the Differences?")
T("sp-02", "ooh", "School psychologists held about {a.emp:c!2025} jobs in 2025. Most worked for state and local governments, mainly in elementary and secondary schools.", heading="Work Environment")
T("sp-03", "ooh", "About {a.open:c} openings for school psychologists are projected each year, on average, over the decade. Many of those openings are expected to result from the need to replace workers who retire.")
T("sp-04", "faq", "Q: What degree do I need to become a school psychologist?\nA: Most states require a specialist-level program; BLS lists a {a.edu:c} as the typical entry-level education.", heading="School psychology FAQ")
T("sp-05", "career-site", "Industrial-organizational psychologists are one of the smallest specialties BLS tracks — only about {b.oemp:c!2025} were employed in May 2025. The top 10 percent of them earned more than {b.p90:c}.")
T("sp-06", "forum", "per BLS the median for I-O psych was {b.median@24:o} not long ago and now people are quoting almost double that. the sample is tiny, dont plan your life around it")
T("sp-07", "career-site", "In Illinois, school psychologists earn an average of {a.mean=<$88,400>:u} a year, and districts around Chicago often pay more.", place="Illinois")
T("sp-08", "bullets", "School psychologist at a glance\n- Median pay: {a.median~k:c}\n- Job openings per year: {a.open@24:o}\n- Self-employed: {a.self@24:o}\n- Entry-level education: {a.edu~cap:c}", heading="At a glance")
T("sp-09", "career-site", "As of May 2024, school psychologists earned a median salary of {a.median@24:o!2024}, and the lowest-paid 10 percent made less than {a.p10@24:o!2024}.")
T("sp-10", "forum", "the BLS median for school psychs is like {a.median*0.55~k:m}?? thats what someone told me in my cohort. pretty sure thats wrong lol")
T("sp-11", "faq", "Do I-O psychologists need a doctorate? Not always. BLS gives a {b.edu:c} as the typical entry-level education, though many consulting roles prefer a PhD.", heading="FAQ")
NC("sp-n1", "Our school psychology specialist program is 66 credit hours, including a 1,200-hour internship. Call 555-0142 to reach the admissions office.")
NC("sp-n2", "I'm an I-O consultant and bill clients $225 an hour for assessment work; my own salary last year was about $140,000.")

# ---------------------------------------------------------------- Anthropology Professor vs. Library Science Professor
P("Anthropology Professor", "Library Science Professor")
T("al-01", "comparison", "Both jobs are faculty posts, but anthropology professors out-earn their library science colleagues: the median is {a.median:c} for anthropology and archeology teachers and {b.median:c} for library science teachers.", heading="Anthropology Professor vs. Library Science Professor: Which Pays More?")
T("al-02", "career-site", "Both anthropology and library science professors typically need a {a.edu=<doctoral or professional degree>:c}, although some library schools hire practitioners with an MLIS for clinical-track roles.")
T("al-03", "ooh", "Postsecondary library science teachers held about {b.emp:c!2025} jobs in 2025, most of them at universities with accredited master's programs.")
T("al-04", "table", "| | Anthropology prof | Library science prof |\n|---|---|---|\n| Median pay (2025) | {a.median:c!2025} | {b.median:c!2025} |\n| Mean pay | {a.mean:c} | {b.mean:c} |\n| Top 10% earn more than | {a.p90:c} | {b.p90:c} |", heading="Side by side")
T("al-05", "forum", "for what its worth BLS says anthro profs make {a.median@24:o} median. that's the tenure-track folks though, adjuncts are a different planet")
T("al-06", "career-site", "Library science faculty held {b.emp@24:o!2024} positions in 2024 and earned a median of {b.median@24:o!2024}.")
T("al-07", "faq", "How much do anthropology professors make at the top? The highest 10 percent earn more than {a.p90~k:c}, and the lowest 10 percent earn less than {a.p10~k:c}.", heading="Salary questions")
T("al-08", "career-site", "In California, anthropology professors earn an average of {a.mean=<$121,500>:u}, among the highest pay for the field anywhere.", place="California")
T("al-09", "school", "Graduates of our MLIS program go on to teach in library schools, where faculty earn a median of {b.median*1.4~k:m} according to the BLS.")
T("al-10", "career-site", "Anthropology professors are a small group — about {a.oemp@23:o!2023} held these jobs in May 2023 — and openings are scarce.")
NC("al-n1", "Tuition for the online MLIS is $1,050 per credit hour, and most students finish the 36 credits in two years.")
NC("al-n2", "Fieldwork grants from the department cover up to $4,500 in travel, and 12 students received one in 2025.")

# ---------------------------------------------------------------- Environmental Science Professor vs. Forestry Professor
P("Environmental Science Professor", "Forestry Professor")
T("ef-01", "comparison", "If you love the outdoors and the lecture hall, both paths work. Environmental science professors earn a median of {a.median~k:c}, and forestry and conservation science professors earn a median of {b.median~k:c}.", heading="Environmental Science Professor vs. Forestry Professor")
T("ef-02", "ooh", "Employment of forestry and conservation science teachers, postsecondary, is projected to grow {b.pct:c!2035} from 2025 to 2035. Most openings will come from the need to replace faculty who retire.")
T("ef-03", "career-site", "Forestry professor jobs were projected to grow {b.pct@24:o!2034} between 2024 and 2034, and the field had roughly {b.emp@24:o!2024} jobs in 2024.")
T("ef-04", "ooh", "Environmental science teachers, postsecondary, held about {a.emp:c!2025} jobs in 2025. Their mean annual wage was {a.mean:c}.")
T("ef-05", "forum", "env sci professor median is {a.median@24:o} per BLS. i got an offer for way less as a lecturer, so ymmv")
T("ef-06", "bullets", "Forestry professor\n- Median: {b.median:c}\n- Top 10%: more than {b.p90:c}\n- Bottom 10%: less than {b.p10:c}\n- Usual degree: {b.edu=<doctoral degree>:c}")
T("ef-07", "career-site", "Environmental science professors make between {a.range~_and:c} a year, depending on rank and institution.")
T("ef-08", "career-site", "In Oregon, forestry professors earn a median of about {b.median=<$98,000>:u}; Oregon State alone employs dozens of them.", place="Oregon")
T("ef-09", "faq", "Is environmental science teaching a growing field? BLS expects it to grow {a.desc=<much faster than average>:m}, with {a.open*4:m} openings a year.", heading="FAQ")
T("ef-10", "career-site", "Environmental science faculty earned an average of {a.mean@24:o!2024} in May 2024, up from the year before.")
NC("ef-n1", "The field station hosts 24 students each summer and charges a $350 lab fee.")
NC("ef-n2", "Top 10 skills for forestry faculty: grant writing, GIS, silviculture, and seven others we cover below.")

# ---------------------------------------------------------------- Paperhanger vs. Floor Sander
P("Paperhanger", "Floor Sander")
T("pf-01", "comparison", "Paperhangers and floor sanders both work in finished interiors, and their pay is close: paperhangers earn a median of {a.median:c} a year and floor sanders and finishers {b.median:c}.", heading="Paperhanger vs. Floor Sander: Pay, Training and Outlook")
T("pf-02", "ooh", "Employment of paperhangers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.")
T("pf-03", "trade", "Floor sanding is hands-on work you can learn on the job — BLS lists {b.edu=<no formal educational credential>:c} as the typical entry requirement — and about {b.self:c} of floor sanders are self-employed.")
T("pf-04", "career-site", "Roughly {a.self:c} of paperhangers work for themselves, which makes wallpapering one of the more entrepreneurial trades.")
T("pf-05", "forum", "BLS had paperhangers at {a.pct@24:o} growth last time i checked, {a.desc=<faster than average>:o}. for a niche trade thats wild")
T("pf-06", "career-site", "Floor sanders earn about {b.mean~hr:c} an hour on average, and experienced finishers who handle refinishing and staining earn more.")
T("pf-07", "ooh", "Employment of floor sanders and finishers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations.")
T("pf-08", "frontmatter", "---\ntitle: \"Paperhanger vs. floor sander\"\npaperhanger_median: \"{a.median@24:o}\"\nfloor_sander_median: \"{b.median@23:o}\"\nupdated: 2025-02-11\n---")
T("pf-09", "career-site", "In Massachusetts, paperhangers earn around {a.median=<$31>~hr0:u} an hour, well above the national figure.", place="Massachusetts")
T("pf-10", "faq", "How many floor sanders are there in the U.S.? About {b.emp:c!2025} as of 2025, down from {b.emp@24:o!2024} in 2024.", heading="FAQ")
NC("pf-n1", "Our installers charge $3 to $5 per square foot for sanding and two coats of finish; call 617-555-0190 for a quote.")
NC("pf-n2", "A double roll of grasscloth runs $180, and most powder rooms need 3 rolls.")

# ---------------------------------------------------------------- Carpenter's Helper vs. Roofer's Helper
P("Carpenter's Helper", "Roofer's Helper")
T("ch-01", "comparison", "Helper jobs are the classic way into the building trades. Carpenters' helpers earn a median of {a.median:c}, and roofers' helpers earn {b.median:c}, according to BLS data for May 2025.", heading="Carpenter's Helper vs. Roofer's Helper: Which Is the Better Start?")
T("ch-02", "ooh", "Employment of helpers—carpenters is projected to {a.desc=<decline>:c!2035} {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings are projected each year, on average, over the decade.")
T("ch-03", "ooh", "Employment of helpers—roofers is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035.")
T("ch-04", "career-site", "Neither job needs a diploma — carpenters' helpers typically have {a.edu=<no formal educational credential>:c} — and most training happens on the crew.")
T("ch-05", "union", "Apprentice wage scales start well above the helper median of {a.median@23:o}, and our local's apprentices get a raise every 1,000 hours.")
T("ch-06", "forum", "bls projected roofer helpers to grow {b.pct@24:o!2034} (2024-34). lol no. half my crew is gone and nobody is hiring helpers")
T("ch-07", "career-site", "In Florida, roofers' helpers make about {b.median=<$19>~hr0:u} an hour, with storm season bringing plenty of overtime.", place="Florida")
T("ch-08", "bullets", "Carpenter's helper quick facts\n- Median hourly pay: {a.median~hr:c}\n- Jobs in 2025: {a.emp:c!2025}\n- Jobs lost, 2025–35: {a.chg:c!2035}", heading="Quick facts")
T("ch-09", "career-site", "Roofers' helpers held about {b.emp:c!2025} jobs in 2025 and earned an average of {b.mean:c!2025}.")
T("ch-10", "faq", "Is there demand for carpenter's helpers? BLS projects about {a.open*3:m} openings a year and {a.pct=<12%>:m} growth.", heading="FAQ")
NC("ch-n1", "We pay helpers $20 an hour to start, plus a $500 tool allowance after 90 days.")
NC("ch-n2", "Roofing crews work 10-hour days in summer, and our 401(k) match is 4%.")

# ---------------------------------------------------------------- Rebar Worker vs. Brickmason Helper
P("Rebar Worker", "Brickmason Helper")
T("rb-01", "comparison", "Rebar workers, also called reinforcing ironworkers, earn a median of {a.median:c}; brickmason and stonemason helpers earn {b.median:c}.", heading="Rebar Worker vs. Brickmason Helper")
T("rb-02", "ooh", "Employment of reinforcing iron and rebar workers is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year.")
T("rb-03", "career-site", "Rebar work used to look like a growth trade: the 2024–34 projections had it growing {a.pct@24:o!2034}, and about {a.self@24:o} of rebar workers were self-employed.")
T("rb-04", "ooh", "Reinforcing iron and rebar workers held about {a.emp:c!2025} jobs in 2025. About {a.self:c} were self-employed.")
T("rb-05", "union", "Ironworkers Local members on rebar crews earn far above the national median of {a.median~k:c}, and the top 10 percent nationally earn more than {a.p90~k:c}.")
T("rb-06", "ooh", "Employment of helpers—brickmasons, blockmasons, stonemasons, and tile and marble setters is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.")
T("rb-07", "forum", "masonry helper here. bls says median is {b.median@23:o}, i make more than that in Denver but its brutal on the back")
T("rb-08", "career-site", "Brickmason helpers held about {b.emp@24:o!2024} jobs in 2024. About {b.open@24:o} openings were projected each year.")
T("rb-09", "career-site", "In Texas, rebar workers earn an average of {a.mean=<$24.90>~hr:u} an hour on commercial jobs.", place="Texas")
T("rb-10", "faq", "What do you need to become a rebar worker? BLS lists a {a.edu:c} as typical, followed by an apprenticeship.", heading="FAQ")
T("rb-11", "career-site", "Brickmason helpers make {b.mean*1.5~k:m} on average, and BLS says the job will grow {b.pct=<8%>:m}.")
NC("rb-n1", "A four-year rebar apprenticeship includes 144 classroom hours a year; the first-year rate is 50% of journeyman scale.")
NC("rb-n2", "Mason tenders moved 3,000 blocks on the Eastside job in 2024.")

# ---------------------------------------------------------------- Control Valve Technician vs. Precision Instrument Repairer
P("Control Valve Technician", "Precision Instrument Repairer")
T("vp-01", "comparison", "Valve techs and precision instrument repairers both keep plants running. Control and valve installers earn a median of {a.median:c}, compared with {b.median:c} for precision instrument repairers.", heading="Valve Technician vs. Instrument Repairer")
T("vp-02", "ooh", "Employment of control and valve installers and repairers is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations. About {a.open:c} openings are projected each year.")
T("vp-03", "career-site", "Control valve technicians held about {a.emp:c!2025} jobs in 2025. Employment is expected to rise by about {a.chg:c} over the decade.")
T("vp-04", "forum", "bls says valve techs will grow {a.pct@24:o} and call it {a.desc=<slower than average>:o}. that was the old projection, the new one is better")
T("vp-05", "career-site", "Precision instrument repairers held about {b.emp:c!2025} jobs in 2025, and about {b.self:c!2025} were self-employed.")
T("vp-06", "school", "Our instrumentation certificate prepares you for precision instrument repair, where the median wage is {b.median~hr:c} an hour.")
T("vp-07", "bullets", "Precision instrument repairer\n- Median pay (May 2024): {b.median@24:o!2024}\n- Self-employed: {b.self@24:o}\n- Education: {b.edu:c}")
T("vp-08", "career-site", "In Louisiana, control valve technicians at refineries earn a median of {a.median=<$81,000>:u}.", place="Louisiana")
T("vp-09", "faq", "How much do valve technicians make at the high end? The top 10% earn more than {a.p90:c}, while the bottom 10% earn less than {a.p10:c}.", heading="FAQ")
T("vp-10", "career-site", "Precision instrument repairers average {b.mean*1.6~k:m} a year, and the field needs a {b.edu=<bachelor's degree>:m}.")
NC("vp-n1", "Our field service team answers calls 24/7, and a standard valve rebuild costs $1,200 plus parts.")
NC("vp-n2", "The certificate program takes 9 months and costs $6,800, including the $250 exam voucher.")

# ---------------------------------------------------------------- Textile Dyeing Machine Operator vs. Knitting Machine Operator
P("Textile Dyeing Machine Operator", "Knitting Machine Operator")
T("dk-01", "comparison", "Dye house operators and knitting machine operators both work in textile mills. Bleaching and dyeing machine operators earn a median of {a.median:c}, while knitting and weaving machine operators earn {b.median:c}.", heading="Dyeing Machine Operator vs. Knitting Machine Operator")
T("dk-02", "ooh", "Employment of textile knitting and weaving machine operators is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. About {b.open:c} openings are projected each year.")
T("dk-03", "career-site", "The 2024–34 projections had dyeing machine operator jobs falling {a.pct@24:o!2034}, with about {a.open@24:o!2034} openings a year.")
T("dk-04", "ooh", "Textile bleaching and dyeing machine operators held about {a.emp:c!2025} jobs in 2025. The lowest 10 percent earned less than {a.p10:c}.")
T("dk-05", "forum", "knitting machine operator here in NC. per BLS median is {b.median@23:o} but thats old, most mills around me pay more now")
T("dk-06", "bullets", "Knitting machine operator\n- Median pay: {b.median:c}\n- Jobs, 2025: {b.emp:c!2025}\n- Self-employed: {b.self:c}\n- Typical education: {b.edu:c}")
T("dk-07", "career-site", "In North Carolina, dyeing machine operators earn around {a.median=<$18>~hr0:u} an hour.", place="North Carolina")
T("dk-08", "career-site", "Knitting machine operators held {b.emp@24:o!2024} jobs in 2024, and employment was projected to fall {b.pct@24:o!2034} through 2034.")
T("dk-09", "faq", "Do dyeing machine operators make good money? They earn {a.mean~hr:c} an hour on average, and the top 10 percent earn more than {a.p90:c} a year.", heading="FAQ")
T("dk-10", "career-site", "Dyeing machine operators are in demand: BLS projects {a.pct=<9%>:m} growth and about {a.open*5:m} openings a year.")
NC("dk-n1", "The mill runs three shifts, 24/7, and pays a $1.50 shift differential for nights.")
NC("dk-n2", "Only 30% of our yarn is dyed on site; the rest ships from a partner mill.")

# ---------------------------------------------------------------- Shoe Machine Operator vs. Hand Sewer
P("Shoe Machine Operator", "Hand Sewer")
T("sh-01", "comparison", "Shoe machine operators and hand sewers are two of the last apparel-production jobs left in the U.S. Shoe machine operators earn a median of {a.median:c} and hand sewers {b.median:c}; both typically need a {a.edu:c}.", heading="Shoe Machine Operator vs. Hand Sewer")
T("sh-02", "ooh", "Employment of shoe machine operators and tenders is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.self:c} of them were self-employed.")
T("sh-03", "career-site", "Shoe machine operators earned a median of {a.median@24:o!2024} in May 2024 — more than they earn now — and the 2024–34 projections called for a {a.pct@24:o!2034} decline.")
T("sh-04", "ooh", "Employment of hand sewers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035, and the occupation is expected to lose about {b.chg:c!2035} jobs.")
T("sh-05", "forum", "hand sewer / upholstery finisher here. bls says {b.self@24:o} of us are self employed which tracks, most people i know do commissions out of their garage")
T("sh-06", "career-site", "Hand sewers make about {b.median~hr:c} an hour at the median, and the top 10 percent earn more than {b.p90:c} a year.")
T("sh-07", "career-site", "In Maine, shoe machine operators at the remaining factories earn a median of {a.median=<$39,800>:u}.", place="Maine")
T("sh-08", "faq", "Is hand sewing a dying trade? BLS projects a {b.pct@24:o!2034} decline from 2024 to 2034, and hand sewers earned a median of {b.median@23:o!2023} in 2023.", heading="FAQ")
T("sh-09", "bullets", "Shoe machine operator\n- Mean wage: {a.mean:c}\n- Bottom 10%: under {a.p10:c}\n- Self-employed (2024–34 projections): {a.self@24:o}")
T("sh-10", "forum", "per BLS shoe machine operators average like {a.mean*1.5~k:m}? no way, not in any shop i've worked in")
NC("sh-n1", "A pair of our hand-sewn moccasins costs $240 and takes 6 hours to make.")
NC("sh-n2", "I made $16.50 an hour at the shoe plant in 2019 before it closed.")

# ---------------------------------------------------------------- Meat Packer vs. Freezer Operator
P("Meat Packer", "Freezer Operator")
T("mf-01", "comparison", "Slaughterers and meat packers earn a median of {a.median:c}; cooling and freezing equipment operators, who run the blast freezers and cold-storage lines in the same plants, earn {b.median:c}.", heading="Meat Packer vs. Freezer Operator: Pay and Outlook")
T("mf-02", "ooh", "Slaughterers and meat packers held about {a.emp:c!2025} jobs in 2025. About {a.open:c} openings are projected each year, on average, over the decade.")
T("mf-03", "ooh", "Employment of cooling and freezing equipment operators and tenders is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations.")
T("mf-04", "career-site", "Freezer operator jobs were projected to grow {b.pct@24:o!2034} from 2024 to 2034, {b.desc=<much faster than average>:o!2034}, according to the previous BLS projections.")
T("mf-05", "forum", "worked kill floor 6 yrs. bls says meat packers make {a.median@23:o} median. overtime is where the money is, not base pay")
T("mf-06", "career-site", "Meat packers don't need a diploma: BLS lists {a.edu=<no formal educational credential>:c} as typical. About {a.self:c} of them are self-employed.")
T("mf-07", "career-site", "In Nebraska, meat packers earn an average of {a.mean=<$21.75>~hr:u} an hour, and plants in Grand Island and Lexington hire year-round.", place="Nebraska")
T("mf-08", "table", "| | Meat packer | Freezer operator |\n|---|---|---|\n| Median | {a.median~hr:c}/hr | {b.median~hr:c}/hr |\n| Jobs (2025) | {a.oemp:c!2025} | {b.emp:c!2025} |\n| Self-employed | {a.self@24:o} | {b.self@24:o} |", heading="Compare")
T("mf-09", "faq", "How many openings are there for meat packers? Around {a.open@24:o!2034} a year were projected for 2024–34.", heading="FAQ")
T("mf-10", "forum", "bls says freezer operators need a {b.edu=<postsecondary certificate>:m} and make {b.median*1.45~k:m}. neither is true at my plant")
NC("mf-n1", "The plant processes 5,000 head a day and offers a $1,000 sign-on bonus after 60 days.")
NC("mf-n2", "Cold-storage rooms are kept at -10°F, and workers get a 15-minute warm-up break every 2 hours.")

# ---------------------------------------------------------------- Electrical Assembler vs. Timing Device Assembler
P("Electrical Assembler", "Timing Device Assembler")
T("et-01", "comparison", "Electrical and electronic assemblers earn a median of {a.median:c}. Timing device assemblers, a tiny occupation concentrated in a few clock and instrument plants, earn {b.median:c}.", heading="Electrical Assembler vs. Timing Device Assembler")
T("et-02", "ooh", "Electrical, electronic, and electromechanical assemblers held about {a.emp:c!2025} jobs in 2025. About {a.open:c} openings are projected each year, on average, over the decade.")
T("et-03", "career-site", "Timing device assemblers earned a median of {b.median@24:o!2024} in May 2024, so the newer figure is a big jump.")
T("et-04", "ooh", "Employment of timing device assemblers and adjusters is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.")
T("et-05", "forum", "electronics assembler for 8 yrs. bls says about {a.open@24:o} openings a year, i believe it, we can't keep people on second shift")
T("et-06", "career-site", "Electrical assemblers earn {a.mean~hr:c} an hour on average, and the top 10 percent make more than {a.p90:c} a year.")
T("et-07", "school", "Our 12-week electronics assembly course prepares you for jobs paying a median of {a.median~th:c} a year, and most employers only ask for a {a.edu:c}.")
T("et-08", "career-site", "In Minnesota, electrical assemblers earn around {a.median=<$23>~hr0:u} an hour at medical device makers.", place="Minnesota")
T("et-09", "bullets", "Electrical assembler\n- Median (2023): {a.median@23:o!2023}\n- Jobs (2024): {a.emp@24:o!2024}\n- Typical education: {a.edu~cap:c}")
T("et-10", "forum", "bls says timing device assemblers make {b.median*0.55~k:m} median and the job is growing {b.pct=<9%>:m}. pretty sure that's not right")
NC("et-n1", "The line builds 1,200 boards per shift; assemblers must pass a 20/20 color-vision test.")
NC("et-n2", "Watch assembly kits start at $89, and our 3-day weekend workshop costs $450.")

# ---------------------------------------------------------------- Grinding Machine Operator vs. Hand Polisher
P("Grinding Machine Operator", "Hand Polisher")
T("gp-01", "comparison", "Grinding machine operators earn a median of {a.median:c}, compared with {b.median:c} for hand grinders and polishers, who do finishing work by hand.", heading="Grinding Machine Operator vs. Hand Polisher")
T("gp-02", "ooh", "Employment of grinding, lapping, polishing, and buffing machine tool operators is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. About {a.open:c} openings are projected each year.")
T("gp-03", "ooh", "Employment of hand grinding and polishing workers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035, a loss of about {b.chg:c!2035} jobs.")
T("gp-04", "career-site", "The older projections had grinding machine jobs falling {a.pct@24:o!2034} through 2034 and about {a.chg@24:o!2034} jobs disappearing.")
T("gp-05", "forum", "hand polisher at a knife shop. bls median is {b.median@23:o} which is about right for new guys. good polishers make way more")
T("gp-06", "career-site", "Hand polishers held about {b.emp:c!2025} jobs in 2025, and they need {b.edu=<no formal educational credential>:c} to start.")
T("gp-07", "bullets", "Grinding machine operator\n- Jobs: {a.emp:c}\n- Self-employed: {a.self:c}\n- Median hourly: {a.median~hr:c}")
T("gp-08", "career-site", "In Ohio, grinding machine operators earn an average of {a.mean=<$48,900>:u} a year.", place="Ohio")
T("gp-09", "faq", "What's the pay range for hand polishers? Most earn between {b.range~_and:c} a year.", heading="FAQ")
T("gp-10", "career-site", "Hand polishers had a {b.pct@24:o!2034} decline projected from 2024 to 2034, and they earned a median of {b.median@24:o!2024} in 2024.")
NC("gp-n1", "Use 120-grit belts for the first pass and 400-grit for the final polish; a belt costs $12.")
NC("gp-n2", "Our shop runs 14 grinders and has gone 500 days without a lost-time injury.")

# ---------------------------------------------------------------- Kinesiology Professor vs. Family and Consumer Sciences Professor
P("Kinesiology Professor", "Family and Consumer Sciences Professor")
T("kf-01", "comparison", "Kinesiology professors (BLS: recreation and fitness studies teachers) earn a median of {a.median:c}, and family and consumer sciences professors {b.median:c}.", heading="Kinesiology Professor vs. Family and Consumer Sciences Professor")
T("kf-02", "ooh", "Employment of family and consumer sciences teachers, postsecondary, is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations.")
T("kf-03", "career-site", "Kinesiology faculty held about {a.emp:c!2025} jobs in 2025. The top 10 percent earned more than {a.p90:c}.")
T("kf-04", "career-site", "Family and consumer sciences professors earned a median of {b.median@24:o!2024} in 2024, and the field was expected to grow {b.pct@24:o!2034} through 2034, {b.desc=<as fast as average>:o!2034}.")
T("kf-05", "forum", "kines prof here (tenured, midwest). per BLS mean is {a.mean@24:o}, feels about right for R2 schools")
T("kf-06", "faq", "What degree does a kinesiology professor need? Usually a {a.edu=<doctoral degree>:c}, though community colleges hire master's holders.", heading="FAQ")
T("kf-07", "career-site", "In Texas, kinesiology professors earn a median of {a.median=<$71,000>:u}.", place="Texas")
T("kf-08", "career-site", "Family and consumer sciences faculty held about {b.emp:c} jobs, and they average {b.mean~k:c} a year.")
T("kf-09", "forum", "bls says FCS profs make {b.median*1.5~k:m}?? lol. maybe at one school in the country")
T("kf-10", "bullets", "Kinesiology professor\n- Median: {a.median~k:c}\n- 10th–90th percentile: {a.range~k_dash:c}\n- Mean: {a.mean~k:c}")
NC("kf-n1", "Our exercise science lab has 8 treadmills and a $45,000 metabolic cart bought in 2022.")
NC("kf-n2", "The department's 2025 enrollment was 1,140 majors, up 6% from last year.")

# ---------------------------------------------------------------- Transportation Supervisor vs. School Bus Monitor
P("Transportation Supervisor", "School Bus Monitor")
T("tb-01", "comparison", "A district's transportation supervisor and its bus monitors work the same routes, but the pay gap is wide: first-line supervisors of transportation workers earn a median of {a.median:c}, and school bus monitors {b.median:c}.", heading="Transportation Supervisor vs. School Bus Monitor")
T("tb-02", "ooh", "First-line supervisors of transportation and material moving workers held about {a.emp:c!2025} jobs in 2025. Employment is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, with about {a.open:c} openings each year.")
T("tb-03", "ooh", "Employment of school bus monitors is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Even so, about {b.open:c} openings are projected each year, mostly to replace monitors who leave.")
T("tb-04", "government", "In Pennsylvania, school bus monitors earn about {b.median=<$16>~hr0:u} an hour, and the state has about {b.emp=<2,400>:u} of them.", place="Pennsylvania")
T("tb-05", "forum", "bus monitor here. bls says we make {b.median~hr:c}/hr median. i make less than that and i'm only paid for route hours")
T("tb-06", "career-site", "Transportation supervisors earned a median of {a.median@23:o!2023} in 2023 and were projected to grow {a.pct@24:o!2034} through 2034.")
T("tb-07", "career-site", "School bus monitors need a {b.edu:c} in most districts, and about {b.open@24:o} openings a year were projected in the older release.")
T("tb-08", "bullets", "Transportation supervisor\n- Mean pay: {a.mean:c}\n- Top 10%: {a.p90:c}+\n- Openings per year: {a.open@24:o}")
T("tb-09", "faq", "Are school bus monitor jobs going away? BLS projects employment to fall by about {b.chg:c!2035} jobs from 2025 to 2035.", heading="FAQ")
T("tb-10", "career-site", "Transportation supervisors make {a.median*0.6~k:m} on average, and the job typically requires a {a.edu=<bachelor's degree>:m}.")
NC("tb-n1", "Monitors are paid for a 4-hour split shift; call the transportation office at 555-0117.")
NC("tb-n2", "The district runs 140 routes and 12 special-education buses.")

# ---------------------------------------------------------------- Adhesive Bonding Machine Operator vs. Coating Machine Operator
P("Adhesive Bonding Machine Operator", "Coating Machine Operator")
T("ac-01", "comparison", "Adhesive bonding machine operators earn a median of {a.median:c}, slightly less than coating, painting, and spraying machine operators at {b.median:c}.", heading="Adhesive Bonding Machine Operator vs. Coating Machine Operator")
T("ac-02", "ooh", "Coating, painting, and spraying machine setters, operators, and tenders held about {b.emp:c!2025} jobs in 2025. Employment is projected to increase by about {b.chg:c!2035} jobs from 2025 to 2035, with about {b.open:c} openings each year.")
T("ac-03", "career-site", "Coating machine operator jobs were expected to grow just {b.pct@24:o!2034} from 2024 to 2034 under the older projections.")
T("ac-04", "career-site", "Adhesive bonding machine operators average {a.mean~hr:c} an hour, and about {a.self:c} work for themselves, often as contract laminators.")
T("ac-05", "forum", "laminating line operator. bls median for adhesive bonding ops is {a.median@23:o}, which is what the temp agency starts you at here in Georgia lol")
T("ac-06", "bullets", "Coating machine operator\n- Median: {b.median~hr:c}/hour\n- Top 10 percent: more than {b.p90:c}\n- Education: {b.edu:c}")
T("ac-07", "career-site", "In Michigan, coating machine operators in auto plants earn a median of {b.median=<$24>~hr0:u} an hour.", place="Michigan")
T("ac-08", "career-site", "As of May 2024, adhesive bonding machine operators earned a median of {a.median@24:o!2024} and the top tenth earned more than {a.p90@24:o!2024}.")
T("ac-09", "faq", "How many coating machine operator jobs open up each year? The older projections said about {b.open@24:o}; the newer ones about {b.open:c}.", heading="FAQ")
T("ac-10", "forum", "bls says coating operators make {b.median*1.5~k:m} and need an {b.edu=<associate's degree>:m}. no and no")
NC("ac-n1", "Our UV coating line runs at 60 feet per minute; operators get a $2 night premium.")
NC("ac-n2", "The plant bought 3 new spray booths for $1.2 million in 2025.")

# ---------------------------------------------------------------- Legislator vs. Ethnic Studies Professor
P("Legislator", "Ethnic Studies Professor")
T("lc-01", "comparison", "Policy people often weigh running for office against teaching. Legislators earn a median of {a.median:c}, while area, ethnic, and cultural studies professors earn a median of {b.median:c}.", heading="Legislator vs. Ethnic Studies Professor: Two Paths Into Public Life")
T("lc-02", "ooh", "Area, ethnic, and cultural studies teachers, postsecondary, held about {b.emp:c!2025} jobs in 2025. Employment is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations.")
T("lc-03", "career-site", "Most state legislators are part-time, which drags the average down to {a.mean:c}; the top 10 percent earn more than {a.p90:c}.")
T("lc-04", "career-site", "Ethnic studies professors earned a median of {b.median@23:o!2023} in May 2023, and the field held {b.emp@24:o!2024} jobs a year later, in 2024.")
T("lc-05", "forum", "per BLS the median legislator makes {a.median@23:o}. a lot of states pay like $20k so idk how the median is that high, must be the big states")
T("lc-06", "career-site", "Ethnic studies professors typically need a {b.edu=<doctoral degree>:c}, and the top 10 percent earn more than {b.p90~k:c}.")
T("lc-07", "career-site", "In New York, state legislators earn a base salary of {a.median=<$142,000>:u}, among the highest in the nation.", place="New York")
T("lc-08", "government", "Legislators held about {a.oemp:c!2025} jobs in May 2025. The 2024–34 projections, the latest BLS published for them, expected {a.pct@24:o!2034} growth.")
T("lc-09", "faq", "How much do ethnic studies professors make? BLS reports a mean of {b.mean:c} a year, and the lowest 10 percent earn less than {b.p10:c}.", heading="FAQ")
T("lc-10", "forum", "bls says ethnic studies faculty will grow {b.pct@24:o!2034} (2024-34), {b.desc=<slower than average>:o!2034}. new projections are a bit better")
T("lc-11", "career-site", "Ethnic studies professor jobs are projected to grow {b.pct=<9%>:m}, and these professors earn a median of {b.median*0.6~k:m}.")
NC("lc-n1", "Lawmakers also receive a $185 per diem during session, which runs 60 days in even years.")
NC("lc-n2", "The department offers 3 majors and 40 courses, and 2 new faculty lines were approved for 2026.")

# ---------------------------------------------------------------- Tattoo Artist vs. Body Piercer
P("Tattoo Artist", "Body Piercer")
T("at-01", "comparison", "Tattoo artists and piercers often share a studio but not a pay scale. Tattoo artists, counted by BLS among artists and related workers, all other, earn a median of {a.median:c}; body piercers, counted among personal care and service workers, all other, earn {b.median:c}.", heading="Tattoo Artist vs. Body Piercer: Which Studio Job Pays More?")
T("at-02", "ooh", "Employment of personal care and service workers, all other, is projected to increase by about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year.")
T("at-03", "career-site", "Body piercers typically need a {b.edu=<high school diploma>:c} plus a bloodborne-pathogens certificate, and about {b.self:c} of workers in their BLS group are self-employed.")
T("at-04", "career-site", "Piercing is increasingly a solo business: {b.self:c} of these workers are self-employed now, compared with {b.self@24:o} in the older release.")
T("at-05", "forum", "tattooing 11 yrs. bls median is {a.median@23:o} for 'artists all other' which includes us. i clear more than that but i own my shop")
T("at-06", "career-site", "Tattoo artists don't need a degree — BLS lists {a.edu=<no formal educational credential>:c} — and jobs are projected to grow {a.pct:c!2035} from 2025 to 2035.")
T("at-07", "career-site", "In Colorado, body piercers earn an average of {b.mean=<$44,000>:u}.", place="Colorado")
T("at-08", "bullets", "Tattoo artist\n- Median: {a.median~K:c}\n- Top 10%: {a.p90~K:c}+\n- Jobs: about {a.emp:c}\n- Growth 2024–34: {a.pct@24:o!2034}")
T("at-09", "career-site", "Body piercers earned a median of {b.median@24:o!2024} in 2024, and their group was projected to add about {b.chg@24:o!2034} jobs from 2024 to 2034.")
T("at-10", "forum", "per BLS piercers make {b.median*1.6~k:m} median. lol where. most studio jobs i see pay commission and nothing else")
NC("at-n1", "Shop minimum is $120, and our hourly rate is $180 for custom work; deposits are non-refundable.")
NC("at-n2", "Navel piercings are $45 plus jewelry; titanium studs start at $30.")

# ---------------------------------------------------------------- Wholesale Sales Representative vs. Sales Supervisor
P("Wholesale Sales Representative", "Sales Supervisor")
T("ws-01", "comparison", "Wholesale and manufacturing sales reps (except technical and scientific products) earn a median of {a.median:c}. The supervisors who manage non-retail sales teams earn {b.median:c}.", heading="Wholesale Sales Rep vs. Sales Supervisor: Which Career Is Right for You?")
T("ws-02", "ooh", "Wholesale and manufacturing sales representatives held about {a.emp~m2:c!2025} jobs in 2025. Employment is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c} openings are projected each year.")
T("ws-03", "career-site", "The 2024–34 projections called for {a.desc=<little or no change>:o!2034} in wholesale rep employment, with about {a.open@24:o!2034} openings a year.")
T("ws-04", "career-site", "Non-retail sales supervisors held about {b.emp:c!2025} jobs in 2025, and about {b.open:c!2035} openings are expected each year through 2035.")
T("ws-05", "forum", "wholesale rep (food distribution). bls says median is {a.median@24:o} but thats base. commission is like half my pay")
T("ws-06", "career-site", "Sales supervisors earn an average of {b.mean:c}, and the top 10 percent make more than {b.p90:c}.")
T("ws-07", "career-site", "In Chicago, wholesale sales reps earn a median of about {a.median=<$78,000>:u}.", place="Chicago")
T("ws-08", "faq", "Do you need a degree to supervise a sales team? Not usually — BLS lists a {b.edu:c} as the typical entry-level education.", heading="FAQ")
T("ws-09", "table", "| | Wholesale rep | Sales supervisor |\n|---|---|---|\n| Median | {a.median~k:c} | {b.median~k:c} |\n| Mean hourly | {a.mean~hr:c} | {b.mean~hr:c} |\n| Openings/yr | {a.open@24:o} | {b.open@24:o} |")
T("ws-10", "forum", "bls says wholesale reps will grow {a.pct=<7%>:m}. with everything going to online ordering? doubt it")
T("ws-11", "career-site", "Sales supervisor employment was projected to grow by about {b.chg:c!2035} jobs from 2025 to 2035.")
NC("ws-n1", "Our reps earn 8% commission on new accounts, plus a $600 monthly car allowance.")
NC("ws-n2", "The 2026 sales kickoff is in Phoenix; register by January 15 for the $99 early rate.")

# ---------------------------------------------------------------- Doula vs. Orthoptist
P("Doula", "Orthoptist")
T("so-01", "comparison", "Doulas fall under BLS's healthcare practitioners and technical workers, all other, with a median of {a.median:c}; orthoptists fall under healthcare diagnosing or treating practitioners, all other, with a median of {b.median:c}.", heading="Doula vs. Orthoptist: Two Small Health Careers")
T("so-02", "ooh", "Employment of healthcare practitioners and technical workers, all other, is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations. About {a.open:c} openings are projected each year, on average, over the decade.")
T("so-03", "career-site", "Doulas typically complete a {a.edu=<postsecondary certificate>:c} program, such as DONA training, before taking clients.")
T("so-04", "career-site", "Orthoptists usually need a {b.edu:c}, and the broader occupation group held about {b.emp:c!2025} jobs in 2025.")
T("so-05", "forum", "birth doula 9 yrs. per bls the median for our group is {a.median@23:o}. that's hospital-employed people, private doulas are all over the map")
T("so-06", "career-site", "The older projections had the orthoptists' group growing {b.pct@24:o!2034} from 2024 to 2034 with about {b.open@24:o} openings a year, and about {b.self@24:o} of its workers were self-employed.")
T("so-07", "career-site", "In Oregon, where Medicaid now covers doula care, doulas earn around {a.median=<$30>~hr0:u} an hour.", place="Oregon")
T("so-08", "faq", "How much do doulas make per hour? BLS's group figure is about {a.median~hr:c} at the median, or {a.mean~hr:c} on average.", heading="Doula FAQ")
T("so-09", "bullets", "Orthoptist (BLS group)\n- Median: {b.median~k:c}\n- 90th percentile: {b.p90~k:c}\n- Openings/year: {b.open:c}\n- Change 2025–35: +{b.chg:c!2035}")
T("so-10", "forum", "bls says doulas need a {a.edu=<bachelor's degree>:m} and make {a.median*1.5~k:m}. nah")
NC("so-n1", "Our birth doula package is $1,400 and includes 2 prenatal visits and 1 postpartum visit.")
NC("so-n2", "The orthoptic fellowship lasts 24 months and accepts 4 fellows a year.")

# ---------------------------------------------------------------- Sawing Machine Operator vs. Production Helper
P("Sawing Machine Operator", "Production Helper")
T("sw-01", "comparison", "Sawmill jobs and production helper jobs are both entry points into manufacturing. Wood sawing machine operators earn a median of {a.median:c}, and production helpers earn {b.median:c}.", heading="Sawing Machine Operator vs. Production Helper")
T("sw-02", "ooh", "Sawing machine setters, operators, and tenders, wood, held about {a.emp:c!2025} jobs in 2025. About {a.open:c} openings are projected each year, on average, over the decade.")
T("sw-03", "ooh", "Employment of helpers—production workers is projected to decline {b.pct~pc:c!2035} from 2025 to 2035, a loss of about {b.chg:c!2035} jobs. Despite declining employment, about {b.open:c} openings are projected each year.")
T("sw-04", "career-site", "Only about {a.self:c} of sawing machine operators are self-employed, down from {a.self@24:o} in the 2024–34 projections.")
T("sw-05", "forum", "sawyer at a hardwood mill in WV. bls says median {a.median@23:o}, pretty close to what the head sawyer makes here honestly")
T("sw-06", "career-site", "Production helpers held {b.emp@24:o!2024} jobs in 2024 and were projected to decline {b.pct@24:o!2034} through 2034, with about {b.open@24:o} openings a year.")
T("sw-07", "government", "In Oregon, sawing machine operators earn a median of {a.median=<$47,600>:u}, and the state's mills employ about {a.emp=<3,900>:u} of them.", place="Oregon")
T("sw-08", "bullets", "Production helper\n- Median hourly: {b.median~hr:c}\n- Mean hourly: {b.mean~hr:c}\n- Self-employed: {b.self:c}\n- Education: {b.edu:c}")
T("sw-09", "faq", "What's the pay range for sawmill operators? Between {a.range~_and:c} a year for most.", heading="FAQ")
T("sw-10", "forum", "per bls production helpers make {b.median*1.5~k:m} median and the job is growing {b.pct=<6%>:m}. my plant just cut a whole shift so no")
T("sw-11", "career-site", "Sawing machine operators earned a median of {a.median@24:o!2024} in May 2024; pay has risen since.")
NC("sw-n1", "The mill cuts 80,000 board feet a day and pays a $250 attendance bonus each quarter.")
NC("sw-n2", "I started as a helper at $15.25 an hour in 2021 and now make $21.")

# ---------------------------------------------------------------- Hydrologic Technician vs. Geography Professor
P("Hydrologic Technician", "Geography Professor")
T("hg-01", "comparison", "GIS skills can take you to a stream gauge or a lecture hall. Hydrologic technicians earn a median of {a.median:c}, while geography professors earn {b.median:c}.", heading="Hydrologic Technician vs. Geography Professor")
T("hg-02", "ooh", "Employment of hydrologic technicians is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.")
T("hg-03", "career-site", "Hydrologic technicians typically need an {a.edu:c}, and the top 10 percent earn more than {a.p90:c}.")
T("hg-04", "career-site", "Geography professors typically need a {b.edu=<doctoral degree>:c}, though some community colleges hire instructors with a master's.")
T("hg-05", "forum", "hydro tech with USGS for 6 yrs. bls says median {a.median@24:o}, i'm a GS-9 and above that")
T("hg-06", "career-site", "Hydrologic technician jobs were projected to fall {a.pct@24:o!2034} between 2024 and 2034, and the median wage was {a.median@23:o!2023} in 2023.")
T("hg-07", "career-site", "In Colorado, hydrologic technicians earn an average of {a.mean=<$71,200>:u}.", place="Colorado")
T("hg-08", "bullets", "Geography professor\n- Median (2024): {b.median@24:o!2024}\n- Mean (2025): {b.mean:c!2025}\n- Bottom 10%: {b.p10:c}")
T("hg-09", "faq", "How much do geography professors make? Most earn between {b.range~k_dash:c}, and the average is {b.mean~k:c}.", heading="FAQ")
T("hg-10", "forum", "bls says hydrologic techs are growing {a.pct=<8%>:m} and make {a.median*0.6~k:m}. wrong on both counts")
NC("hg-n1", "Our GIS certificate is 15 credits and costs $4,200; the spring cohort starts January 12.")
NC("hg-n2", "The river gauge read 14.2 feet on April 3, about 2 feet above flood stage.")

# ---------------------------------------------------------------- Car Wash Attendant vs. Shampooer
P("Car Wash Attendant", "Shampooer")
T("cs-01", "comparison", "Neither job needs a diploma, and both pay close to the bottom of the wage scale: cleaners of vehicles and equipment, which includes car wash attendants, earn a median of {a.median:c}, and shampooers earn {b.median:c}.", heading="Car Wash Attendant vs. Shampooer")
T("cs-02", "ooh", "Cleaners of vehicles and equipment held about {a.emp:c!2025} jobs in 2025. Employment is projected to increase by about {a.chg:c!2035} from 2025 to 2035, with about {a.open:c} openings each year.")
T("cs-03", "ooh", "Shampooers held about {b.emp:c!2025} jobs in 2025, and about {b.self:c!2025} were self-employed.")
T("cs-04", "career-site", "Car wash attendants typically need {a.edu=<no formal educational credential>:c}, and about {a.self:c} are self-employed — many running mobile detailing businesses.")
T("cs-05", "forum", "worked a car wash all through high school. bls says {a.median~hr:c}/hr median now, back then it was way less")
T("cs-06", "career-site", "Shampooers earned a median of {b.median@23:o!2023} in 2023, and about {b.open@24:o!2034} openings a year were projected in the 2024–34 projections.")
T("cs-07", "career-site", "In Arizona, car wash attendants earn about {a.median=<$17>~hr0:u} an hour, plus tips.", place="Arizona")
T("cs-08", "bullets", "Shampooer\n- Hourly median: {b.median~hr:c}\n- Hourly mean: {b.mean~hr:c}\n- Openings per year: {b.open:c}\n- Self-employed (older release): {b.self@24:o}")
T("cs-09", "career-site", "Car wash attendants held {a.emp@24:o!2024} jobs in 2024. About {a.open@24:o} openings a year were projected in the older release.")
T("cs-10", "forum", "per bls car wash attendants average {a.mean*1.5~k:m} a year?? in what world")
T("cs-11", "faq", "How much do the lowest-paid shampooers make? The bottom 10 percent earn less than {b.p10:c} a year; the top 10 percent earn more than {b.p90:c}.", heading="FAQ")
NC("cs-n1", "Unlimited wash club: $29.99 a month, and we're open 7 days a week, 8 a.m. to 8 p.m.")
NC("cs-n2", "Salon assistants at our shop get a $2 tip per shampoo on average and 20% off retail products.")

# ---------------------------------------------------------------- second pass: weekly/monthly pay, middle half, press releases, pronouns
P("School Psychologist", "I-O Psychologist")
T("sp-12", "press", "SPRINGFIELD — The state school psychologists' association today called for higher pay, noting that school psychologists nationally earn a median of {a.median:c} and that the field will need about {a.open:c} new psychologists a year.", heading="Press release")
T("sp-13", "career-site", "The middle half of I-O psychologists earn between {b.mid~_and:c}, and they are overwhelmingly self-employed consultants.")
P("Anthropology Professor", "Library Science Professor")
T("al-11", "frontmatter", "---\nrole: Library Science Professor\nmedian_salary: \"{b.median~th:c}\"\nmean_salary: \"{b.mean@24:o}\"\neducation: \"{b.edu~cap:c}\"\n---")
P("Environmental Science Professor", "Forestry Professor")
T("ef-11", "career-site", "Forestry professors are rare — fewer than {b.emp:c} work nationwide — but they earn well: more than {b.p10:c} even at the bottom tenth.")
P("Paperhanger", "Floor Sander")
T("pf-11", "career-site", "Paperhangers make roughly {a.median~wk:c} a week at the median, and the top earners take home more than {a.p90:c} a year.")
T("pf-12", "union", "Local 1136 reminds members that floor finishers in our jurisdiction earn well above the national median of {b.median~hr:c} an hour; our scale is $34.10.")
P("Carpenter's Helper", "Roofer's Helper")
T("ch-11", "career-site", "Roofers' helpers earn about {b.median~mo:c} a month at the median, and these workers held about {b.emp@24:o!2024} jobs back in 2024.")
T("ch-12", "government", "Construction helpers (carpenters) — statewide outlook: In Wake County, helpers earn a median of {a.median=<$40,100>:u}. Nationally, employment of carpenters' helpers is projected to {a.desc=<decline>:c!2035} through 2035.", own_place={1: None}, place="Wake County")
P("Rebar Worker", "Brickmason Helper")
T("rb-12", "comparison", "Both rebar workers and brickmason helpers are projected to {a.desc=<decline>:c!2035} through 2035, but rebar pays better, with a mean of {a.mean:c} against {b.mean:c} for mason helpers.")
P("Control Valve Technician", "Precision Instrument Repairer")
T("vp-11", "tech-blog", "If you're coming from PLC work, valve repair is an easy pivot: the BLS median is {a.median~k:c}, and the middle half earn {a.mid~k_dash:c}.")
P("Textile Dyeing Machine Operator", "Knitting Machine Operator")
T("dk-11", "career-site", "Knitting machine operators earn about {b.median~wk:c} a week. They also face one of the steepest declines in manufacturing, with about {b.chg:c!2035} jobs lost from 2025 to 2035.")
P("Shoe Machine Operator", "Hand Sewer")
T("sh-11", "career-site", "In the Boston metro area, hand sewers at custom tailoring shops earn about {b.median=<$42,000>:u}, while in Massachusetts as a whole shoe machine operators earn about {a.median=<$38,500>:u}.", place="Boston metro area", own_place={1: "Massachusetts"})
P("Meat Packer", "Freezer Operator")
T("mf-11", "faq", "Do freezer operators make more than meat packers? Yes, slightly: freezer operators average {b.mean:c} a year and meat packers {a.mean:c}.", heading="FAQ")
T("mf-12", "career-site", "On average, freezer operators earn {b.mean~hr:c} an hour, and the top 10% earn {b.p90~k:c} or more a year.")
P("Electrical Assembler", "Timing Device Assembler")
T("et-11", "press", "The company's new plant will hire 300 electrical assemblers. Nationally, these workers earn a median of {a.median:c}, and BLS projects about {a.open:c} openings a year.")
P("Grinding Machine Operator", "Hand Polisher")
T("gp-11", "union", "Grinding machine operators nationally earn a median of {a.median~hr:c} an hour. They held {a.emp@24:o!2024} jobs in 2024, and the older projection had about {a.open@24:o} openings a year.")
P("Kinesiology Professor", "Family and Consumer Sciences Professor")
T("kf-11", "faq", "How much do exercise science professors make a month? About {a.median~mo:c} at the median on a 12-month basis.", heading="FAQ")
P("Transportation Supervisor", "School Bus Monitor")
T("tb-11", "career-site", "Bus monitors earn about {b.median~wk:c} a week at the median, and the bottom 10 percent earn less than {b.p10:c} a year.")
T("tb-12", "comparison", "Both transportation supervisors and bus monitors typically need a {a.edu:c}; supervisors typically also need experience driving or dispatching.")
P("Legislator", "Ethnic Studies Professor")
T("lc-12", "career-site", "The middle half of ethnic studies professors earn between {b.mid~_and:c}, and legislators' middle half earn between {a.mid~_and:c}.")
P("Tattoo Artist", "Body Piercer")
T("at-11", "career-site", "Tattoo artists earn an average of {a.mean~hr:c} an hour, and the 2025–35 projections call for {a.pct~pc:c!2035} growth in the broader group.")
P("Wholesale Sales Representative", "Sales Supervisor")
T("ws-12", "press", "Wholesale sales reps nationally earn a median of {a.median:c}, and employment is projected to fall by about {a.chg:c!2035} jobs from 2025 to 2035.")
P("Doula", "Orthoptist")
T("so-11", "career-site", "In Cuyahoga County, doulas earn about {a.median=<$48,800>:u}, and BLS counts about {a.emp=<350>:u} of them in the Cleveland area.", place="Cuyahoga County", own_place={1: "Cleveland area"})
T("so-12", "career-site", "Orthoptists earn {b.mean:c} on average, and the broader occupation is projected to add about {b.chg:c!2035} jobs from 2025 to 2035.")
P("Sawing Machine Operator", "Production Helper")
T("sw-12", "government", "Production helpers earn a median of {b.median:c}. These workers held about {b.oemp:c!2025} jobs nationally in May 2025.")
P("Hydrologic Technician", "Geography Professor")
T("hg-11", "career-site", "Hydrologic technicians earn about {a.median~mo:c} a month at the median, and the middle half earn between {a.mid~_and:c} a year.")
P("Car Wash Attendant", "Shampooer")
T("cs-12", "career-site", "Shampooers held {b.emp@24:o!2024} jobs in 2024, and about {b.self@24:o!2024} of them were self-employed that year.")

# ---------------------------------------------------------------- third pass: more stale releases, wrong figures, two-role sentences
P("School Psychologist", "I-O Psychologist")
T("sp-14", "career-site", "School psychologists are projected to add {a.chg*4:m} jobs over the decade, and they average {a.mean~k:c} a year.")
P("Anthropology Professor", "Library Science Professor")
T("al-12", "career-site", "Anthropology professors earned an average of {a.mean@24:o!2024} in 2024, while library science professors averaged {b.mean@24:o!2024} that year.")
P("Environmental Science Professor", "Forestry Professor")
T("ef-12", "forum", "per BLS forestry profs make {b.median*0.6~k:m} median and env sci profs {a.median~k:c}. the forestry number has to be a typo")
P("Paperhanger", "Floor Sander")
T("pf-13", "career-site", "The lowest-paid 10% of paperhangers earn less than {a.p10:c}, and floor sanders at the top 10% earn more than {b.p90:c}.")
P("Carpenter's Helper", "Roofer's Helper")
T("ch-13", "career-site", "Carpenters' helpers earned a median of {a.median@24:o!2024} in May 2024, and roofers' helpers earned {b.median@24:o!2024}.")
P("Rebar Worker", "Brickmason Helper")
T("rb-13", "faq", "Are rebar jobs growing? No — BLS projects employment to fall by about {a.chg:c!2035} jobs from 2025 to 2035, after the previous release had projected a gain.", heading="FAQ")
P("Control Valve Technician", "Precision Instrument Repairer")
T("vp-12", "forum", "valve tech, 12 yrs. bls has us at {a.median@23:o} median which is ancient data. anyone in the gulf is making 90+")
P("Textile Dyeing Machine Operator", "Knitting Machine Operator")
T("dk-12", "career-site", "Dyeing machine operators earned a median of {a.median@23:o!2023} in 2023, and about {a.self@24:o!2023} of them were self-employed.")
P("Shoe Machine Operator", "Hand Sewer")
T("sh-12", "career-site", "Hand sewers earned an average of {b.mean@24:o!2024} in 2024, and the field had {b.emp=<5,400>:o!2024} jobs that year.")
P("Meat Packer", "Freezer Operator")
T("mf-13", "career-site", "Freezer operators held about {b.emp:c!2025} jobs in 2025, and about {b.self:c!2025} of them were self-employed.")
P("Electrical Assembler", "Timing Device Assembler")
T("et-12", "career-site", "Timing device assemblers earned an average of {b.mean~hr:c} an hour in May 2025, and the middle 50% earned between {b.mid~_and:c} a year.")
P("Grinding Machine Operator", "Hand Polisher")
T("gp-12", "career-site", "Hand polishers earn a median of {b.median*0.65~hr:m} an hour, and the job requires a {b.edu=<high school diploma>:m}.")
P("Kinesiology Professor", "Family and Consumer Sciences Professor")
T("kf-12", "career-site", "Both kinesiology and FCS professors usually hold a {a.edu=<doctorate>:c}, and FCS faculty earn between {b.range~_and:c} a year.")
P("Transportation Supervisor", "School Bus Monitor")
T("tb-13", "career-site", "Transportation supervisors earn {a.mean~hr:c} an hour on average, and they held {a.emp@24:o!2024} jobs in 2024.")
P("Legislator", "Ethnic Studies Professor")
T("lc-13", "career-site", "Legislators earned an average of {a.mean@23:o!2023} in May 2023, and the 90th percentile was {a.p90@23:o!2023}.")
P("Tattoo Artist", "Body Piercer")
T("at-12", "career-site", "Body piercers average {b.mean@24:o} a year, and the bottom 10% earn less than {b.p10@24:o}.")
P("Wholesale Sales Representative", "Sales Supervisor")
T("ws-13", "career-site", "On average, wholesale sales reps earn {a.mean:c}, and sales supervisors {b.mean*0.6~k:m}.")
P("Doula", "Orthoptist")
T("so-13", "career-site", "Workers in the doulas' BLS group held about {a.emp@24:o!2024} jobs in 2024, and the older projections expected {a.pct@24:o!2034} growth through 2034.")
P("Sawing Machine Operator", "Production Helper")
T("sw-13", "career-site", "Sawing machine operators earn about {a.median~wk:c} a week, and production helpers about {b.median~wk:c}.")
P("Hydrologic Technician", "Geography Professor")
T("hg-12", "career-site", "Hydrologic technician employment is projected to decline {a.pct~pc:c!2035} through 2035, and the top 10% earn more than {a.p90~k:c}.")
P("Car Wash Attendant", "Shampooer")
T("cs-13", "career-site", "Car wash attendants earned a median of {a.median@23:o!2023} in 2023, and shampooers {b.median@24:o!2024} in 2024.")
T("cs-14", "forum", "bls says shampooers will grow {b.pct=<15%>:m} and there are {b.emp*3:m} of them. where?? every salon near me just has the stylists do it")

# ---------------------------------------------------------------- quartiles
P("Doula", "Orthoptist")
T("so-14", "career-site", "In the orthoptists' BLS group, the 75th percentile wage is {b.p75:c}, and the 25th percentile is {b.p25:c}.")
P("Tattoo Artist", "Body Piercer")
T("at-13", "career-site", "The bottom quarter of tattoo artists earn less than {a.p25:c}, while the top quarter clear {a.p75~k:c}.")
P("Rebar Worker", "Brickmason Helper")
T("rb-14", "union", "The top quarter of rebar workers nationally earn more than {a.p75~k:c}, which is roughly where our journeyman scale sits.")


OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout16:\n  " + "\n  ".join(errs))
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
        print("stated years", sum(c["year"] is not None for c in cs), "places", sum(c["place"] is not None for c in cs))
        pairs = Counter(i["id"].split("-")[0] for i in ITEMS)
        print("items per pair", min(pairs.values()), "-", max(pairs.values()), "over", len(pairs), "pairs")


if __name__ == "__main__":
    main()

