#!/usr/bin/env python3
"""Generate claims-holdout17 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date).
Values the CLI gives as absent are null (or missing) and read with .get(); a claim whose current figure is missing is
refused as borderline. The machinery is holdout8's (tokens, check(), strip(), --flips, --stats); check() also refuses
any text that still holds "{a." or "{b." (a token the TOKEN regex did not match).
Run: python3 make-holdout17.py [--flips] [--stats]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{
"archprof": {"query": "Architecture Professor", "soc": "25-1031", "title": "Architecture Teachers, Postsecondary", "oews2025": {"mean": 101250, "median": 96870, "p10": 58430, "p25": 74970, "p75": 128510, "p90": 159030, "employment": 7700}, "oews2024": {"mean": 110360, "median": 101480, "p10": 59590, "p25": 78090, "p75": 129310, "p90": 166720, "employment": 9120}, "oews2023": {"mean": 114900, "median": 105770, "p10": 60610, "p25": 80010, "p75": 133570, "p90": 174390, "employment": 8350}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.3, "openingsPerYear": 0.7, "employmentBase": 9.7, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2, "changeNumeric": 0.2, "openingsPerYear": 0.9, "employmentBase": 11.6, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"socprof": {"query": "Sociology Professor", "soc": "25-1067", "title": "Sociology Teachers, Postsecondary", "oews2025": {"mean": 96980, "median": 84290, "p10": 49930, "p25": 64990, "p75": 110650, "p90": 160140, "employment": 11850}, "oews2024": {"mean": 97270, "median": 82540, "p10": 49330, "p25": 64130, "p75": 113000, "p90": 167240, "employment": 12380}, "oews2023": {"mean": 97580, "median": 82670, "p10": 49900, "p25": 64320, "p75": 109450, "p90": 169920, "employment": 12870}, "ep2025": {"changePercent": 2.2, "changeNumeric": 0.3, "openingsPerYear": 1, "employmentBase": 14.6, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.1, "changeNumeric": 0.3, "openingsPerYear": 1.1, "employmentBase": 15.4, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"earthprof": {"query": "Earth Science Professor", "soc": "25-1051", "title": "Atmospheric, Earth, Marine, and Space Sciences Teachers, Postsecondary", "oews2025": {"mean": 116020, "median": 103170, "p10": 59700, "p25": 77260, "p75": 135510, "p90": 203190, "employment": 9900}, "oews2024": {"mean": 112950, "median": 101390, "p10": 53310, "p25": 66620, "p75": 135500, "p90": 199260, "employment": 11480}, "oews2023": {"mean": 111930, "median": 100690, "p10": 52430, "p25": 65900, "p75": 135790, "p90": 195940, "employment": 11770}, "ep2025": {"changePercent": 2.4, "changeNumeric": 0.3, "openingsPerYear": 0.8, "employmentBase": 12, "education": "Doctoral or professional degree", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.6, "changeNumeric": 0.4, "openingsPerYear": 1, "employmentBase": 14, "education": "Doctoral or professional degree", "selfEmployedPercent": null}},
"remote": {"query": "Remote Sensing Scientist", "soc": "19-2099", "title": "Physical Scientists, All Other", "oews2025": {"mean": 129230, "median": 122570, "p10": 67000, "p25": 86620, "p75": 161890, "p90": 195190, "hourlyMean": 62.13, "employment": 22300}, "oews2024": {"mean": 123070, "median": 117960, "p10": 61990, "p25": 82450, "p75": 154900, "p90": 191880, "hourlyMean": 59.17, "employment": 22580}, "oews2023": {"mean": 119050, "median": 112280, "p10": 59590, "p25": 81210, "p75": 148430, "p90": 183500, "hourlyMean": 57.24, "employment": 20820}, "ep2025": {"changePercent": 2.1, "changeNumeric": 0.6, "openingsPerYear": 1.4, "employmentBase": 26.6, "education": "Bachelor's degree", "selfEmployedPercent": 2.7}, "ep2024": {"changePercent": 0.6, "changeNumeric": 0.2, "openingsPerYear": 2, "employmentBase": 31.9, "education": "Bachelor's degree", "selfEmployedPercent": 17.5}},
"botanist": {"query": "Botanist", "soc": "19-1029", "title": "Biological Scientists, All Other", "oews2025": {"mean": 106330, "median": 98920, "p10": 60430, "p25": 76800, "p75": 127670, "p90": 168010, "hourlyMean": 51.12, "employment": 55850}, "oews2024": {"mean": 100440, "median": 93330, "p10": 54500, "p25": 67950, "p75": 121350, "p90": 159780, "hourlyMean": 48.29, "employment": 59710}, "oews2023": {"mean": 99060, "median": 91100, "p10": 52230, "p25": 66400, "p75": 119390, "p90": 158730, "hourlyMean": 47.62, "employment": 61220}, "ep2025": {"changePercent": 4.7, "changeNumeric": 2.8, "openingsPerYear": 4.3, "employmentBase": 59.6, "education": "Bachelor's degree", "selfEmployedPercent": 1.5}, "ep2024": {"changePercent": 1.2, "changeNumeric": 0.8, "openingsPerYear": 4.8, "employmentBase": 63.7, "education": "Bachelor's degree", "selfEmployedPercent": 1}},
"ranch": {"query": "Ranch Hand", "soc": "45-2093", "title": "Farmworkers, Farm, Ranch, and Aquacultural Animals", "oews2025": {"mean": 39260, "median": 36670, "p10": 27360, "p25": 31020, "p75": 45700, "p90": 54080, "hourlyMean": 18.88, "employment": 32810}, "oews2024": {"mean": 38580, "median": 36150, "p10": 27110, "p25": 31220, "p75": 44280, "p90": 51840, "hourlyMean": 18.55, "employment": 35420}, "oews2023": {"mean": 37060, "median": 35120, "p10": 25500, "p25": 29600, "p75": 42850, "p90": 50300, "hourlyMean": 17.82, "employment": 32590}, "ep2025": {"changePercent": -3.2, "changeNumeric": -6.4, "openingsPerYear": 26.6, "employmentBase": 202.1, "education": "No formal educational credential", "selfEmployedPercent": 2.8}, "ep2024": {"changePercent": -5, "changeNumeric": -11.1, "openingsPerYear": 31.2, "employmentBase": 224.6, "education": "No formal educational credential", "selfEmployedPercent": 2.3}},
"hcsw": {"query": "Healthcare Social Worker", "soc": "21-1022", "title": "Healthcare Social Workers", "oews2025": {"mean": 71790, "median": 67880, "p10": 46220, "p25": 56710, "p75": 82240, "p90": 100360, "hourlyMean": 34.51, "employment": 187630}, "oews2024": {"mean": 72030, "median": 68090, "p10": 45030, "p25": 55360, "p75": 83410, "p90": 100870, "hourlyMean": 34.63, "employment": 185940}, "oews2023": {"mean": 67430, "median": 62940, "p10": 41840, "p25": 50190, "p75": 78710, "p90": 97790, "hourlyMean": 32.42, "employment": 185020}, "ep2025": {"changePercent": 8.5, "changeNumeric": 16.5, "openingsPerYear": 16.9, "employmentBase": 194.8, "education": "Master's degree", "selfEmployedPercent": 0.9}, "ep2024": {"changePercent": 7.7, "changeNumeric": 14.8, "openingsPerYear": 18.4, "employmentBase": 193.2, "education": "Master's degree", "selfEmployedPercent": 0.3}},
"sasw": {"query": "Substance Abuse Social Worker", "soc": "21-1023", "title": "Mental Health and Substance Abuse Social Workers", "oews2025": {"mean": 68030, "median": 60280, "p10": 39740, "p25": 47070, "p75": 79730, "p90": 104170, "hourlyMean": 32.71, "employment": 132810}, "oews2024": {"mean": 68290, "median": 60060, "p10": 39620, "p25": 46550, "p75": 78980, "p90": 104130, "hourlyMean": 32.83, "employment": 125910}, "oews2023": {"mean": 63870, "median": 55960, "p10": 37150, "p25": 43750, "p75": 74810, "p90": 100090, "hourlyMean": 30.71, "employment": 114680}, "ep2025": {"changePercent": 10.3, "changeNumeric": 14.3, "openingsPerYear": 12.5, "employmentBase": 138.9, "education": "Master's degree", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": 9.7, "changeNumeric": 13.3, "openingsPerYear": 13.5, "employmentBase": 136.8, "education": "Master's degree", "selfEmployedPercent": 4.8}},
"allergist": {"query": "Allergist", "soc": "29-1229", "title": "Physicians, All Other", "oews2025": {"mean": 262040, "median": 265930, "p10": 69170, "p25": 102930, "p75": 378770, "p90": 452360, "hourlyMean": 125.98, "employment": 342720}, "oews2024": {"mean": 253470, "p10": 66860, "p25": 95080, "hourlyMean": 121.86, "employment": 315360}, "oews2023": {"mean": 248640, "median": 236000, "p10": 66260, "p25": 85110, "hourlyMean": 119.54, "employment": 310080}, "ep2025": {"changePercent": 3.4, "changeNumeric": 12.6, "openingsPerYear": 9.4, "employmentBase": 367.4, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.3}, "ep2024": {"changePercent": 2.5, "changeNumeric": 8.6, "openingsPerYear": 9.6, "employmentBase": 340.7, "education": "Doctoral or professional degree", "selfEmployedPercent": 3.9}},
"endo": {"query": "Endoscopy Technician", "soc": "31-9099", "title": "Healthcare Support Workers, All Other", "oews2025": {"mean": 50810, "median": 48430, "p10": 34770, "p25": 39470, "p75": 59710, "p90": 71470, "hourlyMean": 24.43, "employment": 109740}, "oews2024": {"mean": 48760, "median": 46050, "p10": 32450, "p25": 37570, "p75": 57650, "p90": 68180, "hourlyMean": 23.44, "employment": 103650}, "oews2023": {"mean": 47010, "median": 44490, "p10": 31630, "p25": 36540, "p75": 54630, "p90": 65250, "hourlyMean": 22.6, "employment": 102230}, "ep2025": {"changePercent": 4.8, "changeNumeric": 5.5, "openingsPerYear": 14.1, "employmentBase": 113.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 3.5, "changeNumeric": 3.8, "openingsPerYear": 14.4, "employmentBase": 109.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.5}},
"painthelp": {"query": "Painter's Helper", "soc": "47-3014", "title": "Helpers--Painters, Paperhangers, Plasterers, and Stucco Masons", "oews2025": {"mean": 42440, "median": 40470, "p10": 31200, "p25": 36830, "p75": 49090, "p90": 52000, "hourlyMean": 20.4, "employment": 7490}, "oews2024": {"mean": 40880, "median": 38140, "p10": 31360, "p25": 35230, "p75": 45290, "p90": 51720, "hourlyMean": 19.65, "employment": 7220}, "oews2023": {"mean": 38750, "median": 37010, "p10": 29060, "p25": 32180, "p75": 43680, "p90": 50750, "hourlyMean": 18.63, "employment": 7700}, "ep2025": {"changePercent": 1.5, "changeNumeric": 0.1, "openingsPerYear": 0.7, "employmentBase": 7.6, "education": "No formal educational credential", "selfEmployedPercent": 1.7}, "ep2024": {"changePercent": 2.3, "changeNumeric": 0.2, "openingsPerYear": 0.8, "employmentBase": 7.4, "education": "No formal educational credential", "selfEmployedPercent": 1.8}},
"weather": {"query": "Weatherization Installer", "soc": "47-4090", "title": "Miscellaneous Construction and Related Workers", "oews2025": {"mean": 55130, "median": 49910, "p10": 36510, "p25": 42810, "p75": 62440, "p90": 78700, "hourlyMean": 26.51, "employment": 28380}, "oews2024": {"mean": 52910, "median": 48120, "p10": 35160, "p25": 39990, "p75": 60960, "p90": 77540, "hourlyMean": 25.44, "employment": 33530}, "oews2023": {"mean": 51670, "median": 47090, "p10": 34840, "p25": 38800, "p75": 58690, "p90": 77500, "hourlyMean": 24.84, "employment": 28930}, "ep2025": {"changePercent": 3.9, "changeNumeric": null, "openingsPerYear": 2.4, "employmentBase": 29.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.5, "changeNumeric": 1.2, "openingsPerYear": 3.1, "employmentBase": 35, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.2}},
"refract": {"query": "Refractory Repairer", "soc": "49-9045", "title": "Refractory Materials Repairers, Except Brickmasons", "oews2025": {"mean": 63770, "median": 61290, "p10": 40590, "p25": 50050, "p75": 75000, "p90": 86510, "hourlyMean": 30.66, "employment": 1080}, "oews2024": {"mean": 61480, "median": 58540, "p10": 37050, "p25": 48380, "p75": 73940, "p90": 81440, "hourlyMean": 29.56, "employment": 1100}, "oews2023": {"mean": 49900, "median": 48410, "p10": 31130, "p25": 35730, "p75": 62670, "p90": 69990, "hourlyMean": 23.99, "employment": 540}, "ep2025": {"changePercent": -13.7, "changeNumeric": -0.2, "openingsPerYear": 0.1, "employmentBase": 1.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -16.9, "changeNumeric": -0.2, "openingsPerYear": 0.1, "employmentBase": 1.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"mechins": {"query": "Mechanical Insulator", "soc": "47-2132", "title": "Insulation Workers, Mechanical", "oews2025": {"mean": 65530, "median": 58340, "p10": 42470, "p25": 48100, "p75": 77360, "p90": 100220, "hourlyMean": 31.5, "employment": 25660}, "oews2024": {"mean": 63540, "median": 57250, "p10": 39450, "p25": 47480, "p75": 75300, "p90": 94110, "hourlyMean": 30.55, "employment": 25640}, "oews2023": {"mean": 60530, "median": 53920, "p10": 38910, "p25": 46090, "p75": 71200, "p90": 90760, "hourlyMean": 29.1, "employment": 22850}, "ep2025": {"changePercent": 5.1, "changeNumeric": 1.4, "openingsPerYear": 1.8, "employmentBase": 26.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 4.7, "changeNumeric": 1.3, "openingsPerYear": 2.3, "employmentBase": 27.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.3}},
"maintsup": {"query": "First-Line Supervisors of Mechanics, Installers, and Repairers", "soc": "49-1011", "title": "First-Line Supervisors of Mechanics, Installers, and Repairers", "oews2025": {"mean": 85220, "median": 79860, "p10": 49600, "p25": 62690, "p75": 101360, "p90": 126790, "hourlyMean": 40.97, "employment": 617500}, "oews2024": {"mean": 82930, "median": 78300, "p10": 48460, "p25": 61240, "p75": 99630, "p90": 124280, "hourlyMean": 39.87, "employment": 600680}, "oews2023": {"mean": 79020, "median": 75820, "p10": 46070, "p25": 58900, "p75": 96310, "p90": 118980, "hourlyMean": 37.99, "employment": 589880}, "ep2025": {"changePercent": 4.1, "changeNumeric": 25.5, "openingsPerYear": 48.9, "employmentBase": 629, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": 3.1, "changeNumeric": 19.1, "openingsPerYear": 52.4, "employmentBase": 617.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.3}},
"mainthelp": {"query": "Maintenance Helper", "soc": "49-9098", "title": "Helpers--Installation, Maintenance, and Repair Workers", "oews2025": {"mean": 41490, "median": 39630, "p10": 29310, "p25": 34910, "p75": 46890, "p90": 55890, "hourlyMean": 19.95, "employment": 95580}, "oews2024": {"mean": 40750, "median": 38860, "p10": 28770, "p25": 33760, "p75": 46600, "p90": 54650, "hourlyMean": 19.59, "employment": 97540}, "oews2023": {"mean": 38720, "median": 36710, "p10": 27080, "p25": 31310, "p75": 44230, "p90": 52590, "hourlyMean": 18.61, "employment": 101890}, "ep2025": {"changePercent": 5.3, "changeNumeric": 5.1, "openingsPerYear": 13.6, "employmentBase": 97.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.3}, "ep2024": {"changePercent": 2.3, "changeNumeric": 2.2, "openingsPerYear": 11.8, "employmentBase": 98.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"locoelec": {"query": "Locomotive Electrician", "soc": "49-2093", "title": "Electrical and Electronics Installers and Repairers, Transportation Equipment", "oews2025": {"mean": 83300, "median": 84890, "p10": 50750, "p25": 63560, "p75": 98850, "p90": 116810, "hourlyMean": 40.05, "employment": 6940}, "oews2024": {"mean": 80980, "median": 82730, "p10": 49490, "p25": 65750, "p75": 95730, "p90": 106110, "hourlyMean": 38.93, "employment": 7310}, "oews2023": {"mean": 76380, "median": 79160, "p10": 46720, "p25": 64060, "p75": 86500, "p90": 99570, "hourlyMean": 36.72, "employment": 7920}, "ep2025": {"changePercent": 5.4, "changeNumeric": 0.4, "openingsPerYear": 0.5, "employmentBase": 6.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": 6.1, "changeNumeric": 0.4, "openingsPerYear": 0.6, "employmentBase": 7, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"indelec": {"query": "Industrial Electronics Repairer", "soc": "49-2094", "title": "Electrical and Electronics Repairers, Commercial and Industrial Equipment", "oews2025": {"mean": 75570, "median": 74090, "p10": 46840, "p25": 60040, "p75": 88710, "p90": 105590, "hourlyMean": 36.33, "employment": 65010}, "oews2024": {"mean": 72950, "median": 71300, "p10": 44980, "p25": 56750, "p75": 85160, "p90": 103060, "hourlyMean": 35.07, "employment": 59990}, "oews2023": {"mean": 69810, "median": 66680, "p10": 41600, "p25": 53350, "p75": 81330, "p90": 100510, "hourlyMean": 33.56, "employment": 58320}, "ep2025": {"changePercent": 0.3, "changeNumeric": 0.2, "openingsPerYear": 4.7, "employmentBase": 65.5, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep2024": {"changePercent": -0.8, "changeNumeric": -0.5, "openingsPerYear": 4.7, "employmentBase": 61.1, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
"shuttle": {"query": "Shuttle Car Operator", "soc": "47-5044", "title": "Loading and Moving Machine Operators, Underground Mining", "oews2025": {"mean": 71240, "median": 74500, "p10": 52030, "p25": 61410, "p75": 79150, "p90": 87730, "hourlyMean": 34.25, "employment": 5930}, "oews2024": {"mean": 68470, "median": 68860, "p10": 48310, "p25": 59130, "p75": 76820, "p90": 82900, "hourlyMean": 32.92, "employment": 6130}, "oews2023": {"mean": 63620, "median": 64070, "p10": 45250, "p25": 56740, "p75": 72590, "p90": 75400, "hourlyMean": 30.59, "employment": 5160}, "ep2025": {"changePercent": -15.8, "changeNumeric": -0.9, "openingsPerYear": 0.4, "employmentBase": 5.9, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -22.3, "changeNumeric": -1.4, "openingsPerYear": 0.5, "employmentBase": 6.4, "education": "No formal educational credential", "selfEmployedPercent": 2.8}},
"exthelp": {"query": "Extraction Helper", "soc": "47-5081", "title": "Helpers--Extraction Workers", "oews2025": {"mean": 50620, "median": 47730, "p10": 36960, "p25": 41430, "p75": 57920, "p90": 68020, "hourlyMean": 24.34, "employment": 6700}, "oews2024": {"mean": 50330, "median": 48400, "p10": 35770, "p25": 39980, "p75": 57560, "p90": 68240, "hourlyMean": 24.2, "employment": 6720}, "oews2023": {"mean": 46990, "median": 45520, "p10": 34970, "p25": 38280, "p75": 55100, "p90": 63320, "hourlyMean": 22.59, "employment": 7360}, "ep2025": {"changePercent": 1.7, "changeNumeric": 0.1, "openingsPerYear": 0.7, "employmentBase": 7.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 5.5}, "ep2024": {"changePercent": -1.7, "changeNumeric": -0.1, "openingsPerYear": 0.7, "employmentBase": 7, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.3}},
"txcut": {"query": "Textile Cutting Machine Operator", "soc": "51-6062", "title": "Textile Cutting Machine Setters, Operators, and Tenders", "oews2025": {"mean": 39530, "median": 38760, "p10": 28650, "p25": 34230, "p75": 45220, "p90": 49420, "hourlyMean": 19.01, "employment": 9000}, "oews2024": {"mean": 38500, "median": 37940, "p10": 27230, "p25": 32380, "p75": 43710, "p90": 49080, "hourlyMean": 18.51, "employment": 8960}, "oews2023": {"mean": 37040, "median": 36620, "p10": 27540, "p25": 31490, "p75": 41100, "p90": 46790, "hourlyMean": 17.81, "employment": 9760}, "ep2025": {"changePercent": -13.6, "changeNumeric": -1.3, "openingsPerYear": 0.9, "employmentBase": 9.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 5.1}, "ep2024": {"changePercent": -11.7, "changeNumeric": -1.1, "openingsPerYear": 1, "employmentBase": 9.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}},
"txwind": {"query": "Textile Winding Machine Operator", "soc": "51-6064", "title": "Textile Winding, Twisting, and Drawing Out Machine Setters, Operators, and Tenders", "oews2025": {"mean": 40120, "median": 38670, "p10": 31790, "p25": 36420, "p75": 42940, "p90": 49420, "hourlyMean": 19.29, "employment": 22020}, "oews2024": {"mean": 38440, "median": 37660, "p10": 30380, "p25": 35270, "p75": 40970, "p90": 46940, "hourlyMean": 18.48, "employment": 20600}, "oews2023": {"mean": 37100, "median": 35530, "p10": 29530, "p25": 32950, "p75": 39780, "p90": 46840, "hourlyMean": 17.84, "employment": 23550}, "ep2025": {"changePercent": -10.3, "changeNumeric": -2.4, "openingsPerYear": 2.4, "employmentBase": 23.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 5}, "ep2024": {"changePercent": -9, "changeNumeric": -1.9, "openingsPerYear": 2.5, "employmentBase": 21.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}},
"fish": {"query": "Fish Cutter", "soc": "51-3022", "title": "Meat, Poultry, and Fish Cutters and Trimmers", "oews2025": {"mean": 39280, "median": 38300, "p10": 29980, "p25": 35350, "p75": 44170, "p90": 48150, "hourlyMean": 18.89, "employment": 145700}, "oews2024": {"mean": 38640, "median": 37700, "p10": 29200, "p25": 34050, "p75": 43450, "p90": 48680, "hourlyMean": 18.58, "employment": 141090}, "oews2023": {"mean": 36840, "median": 36300, "p10": 28700, "p25": 31820, "p75": 40670, "p90": 46150, "hourlyMean": 17.71, "employment": 138300}, "ep2025": {"changePercent": 5.7, "changeNumeric": 8.5, "openingsPerYear": 17, "employmentBase": 149.8, "education": "No formal educational credential", "selfEmployedPercent": 1.2}, "ep2024": {"changePercent": 5.5, "changeNumeric": 8.1, "openingsPerYear": 18.4, "employmentBase": 146.8, "education": "No formal educational credential", "selfEmployedPercent": 1.8}},
"slicer": {"query": "Slicing Machine Operator", "soc": "51-9032", "title": "Cutting and Slicing Machine Setters, Operators, and Tenders", "oews2025": {"mean": 47460, "median": 46570, "p10": 35930, "p25": 39440, "p75": 53800, "p90": 61120, "hourlyMean": 22.82, "employment": 44980}, "oews2024": {"mean": 46420, "median": 45700, "p10": 34890, "p25": 38540, "p75": 52000, "p90": 60430, "hourlyMean": 22.32, "employment": 47540}, "oews2023": {"mean": 44700, "median": 44310, "p10": 32760, "p25": 37430, "p75": 50570, "p90": 58240, "hourlyMean": 21.49, "employment": 52720}, "ep2025": {"changePercent": -0.9, "changeNumeric": -0.4, "openingsPerYear": 5.4, "employmentBase": 45.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.6}, "ep2024": {"changePercent": -2.3, "changeNumeric": -1.1, "openingsPerYear": 5.3, "employmentBase": 49, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.3}},
"still": {"query": "Still Operator", "soc": "51-9012", "title": "Separating, Filtering, Clarifying, Precipitating, and Still Machine Setters, Operators, and Tenders", "oews2025": {"mean": 56030, "median": 51610, "p10": 36200, "p25": 44410, "p75": 63930, "p90": 79750, "hourlyMean": 26.94, "employment": 60100}, "oews2024": {"mean": 53830, "median": 49500, "p10": 35810, "p25": 41830, "p75": 61350, "p90": 75860, "hourlyMean": 25.88, "employment": 54200}, "oews2023": {"mean": 51960, "median": 48120, "p10": 34100, "p25": 39010, "p75": 59560, "p90": 72950, "hourlyMean": 24.98, "employment": 53170}, "ep2025": {"changePercent": -5.7, "changeNumeric": -3.5, "openingsPerYear": 5.2, "employmentBase": 61.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": -4.3, "changeNumeric": -2.3, "openingsPerYear": 5.4, "employmentBase": 54.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}},
"chemeq": {"query": "Chemical Equipment Operator", "soc": "51-9011", "title": "Chemical Equipment Operators and Tenders", "oews2025": {"mean": 60710, "median": 58040, "p10": 37440, "p25": 45970, "p75": 74080, "p90": 92250, "hourlyMean": 29.19, "employment": 139630}, "oews2024": {"mean": 59800, "median": 57090, "p10": 37270, "p25": 45660, "p75": 71400, "p90": 88460, "hourlyMean": 28.75, "employment": 127410}, "oews2023": {"mean": 57350, "median": 51720, "p10": 36200, "p25": 43580, "p75": 66810, "p90": 84310, "hourlyMean": 27.57, "employment": 120260}, "ep2025": {"changePercent": 3.6, "changeNumeric": 5, "openingsPerYear": 13.9, "employmentBase": 140.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 3.3, "changeNumeric": 4.3, "openingsPerYear": 14.4, "employmentBase": 128.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}},
"crusher": {"query": "Crusher Operator", "soc": "51-9021", "title": "Crushing, Grinding, and Polishing Machine Setters, Operators, and Tenders", "oews2025": {"mean": 51380, "median": 48540, "p10": 36520, "p25": 40430, "p75": 60040, "p90": 69240, "hourlyMean": 24.7, "employment": 26000}, "oews2024": {"mean": 49400, "median": 46890, "p10": 35380, "p25": 38990, "p75": 58440, "p90": 65980, "hourlyMean": 23.75, "employment": 28550}, "oews2023": {"mean": 46390, "median": 44510, "p10": 32650, "p25": 36920, "p75": 53850, "p90": 63180, "hourlyMean": 22.31, "employment": 26210}, "ep2025": {"changePercent": -1.7, "changeNumeric": -0.4, "openingsPerYear": 2.3, "employmentBase": 26.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.4}, "ep2024": {"changePercent": -2.5, "changeNumeric": -0.7, "openingsPerYear": 2.7, "employmentBase": 28.7, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
"kiln": {"query": "Kiln Operator", "soc": "51-9051", "title": "Furnace, Kiln, Oven, Drier, and Kettle Operators and Tenders", "oews2025": {"mean": 50940, "median": 48040, "p10": 35960, "p25": 41130, "p75": 59830, "p90": 69800, "hourlyMean": 24.49, "employment": 14280}, "oews2024": {"mean": 49250, "median": 47010, "p10": 35010, "p25": 39250, "p75": 57840, "p90": 66190, "hourlyMean": 23.68, "employment": 16160}, "oews2023": {"mean": 47540, "median": 45640, "p10": 34430, "p25": 38200, "p75": 54660, "p90": 63340, "hourlyMean": 22.86, "employment": 14820}, "ep2025": {"changePercent": 2.6, "changeNumeric": 0.4, "openingsPerYear": 1.8, "employmentBase": 14.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.8}, "ep2024": {"changePercent": 3, "changeNumeric": 0.5, "openingsPerYear": 1.9, "employmentBase": 16.5, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.5}},
"setter": {"query": "Multiple Machine Tool Setters, Operators, and Tenders, Metal and Plastic", "soc": "51-4081", "title": "Multiple Machine Tool Setters, Operators, and Tenders, Metal and Plastic", "oews2025": {"mean": 50030, "median": 47180, "p10": 35780, "p25": 39420, "p75": 57800, "p90": 74450, "hourlyMean": 24.05, "employment": 124590}, "oews2024": {"mean": 48590, "median": 46060, "p10": 34130, "p25": 38320, "p75": 56220, "p90": 72850, "hourlyMean": 23.36, "employment": 129850}, "oews2023": {"mean": 43990, "median": 41600, "p10": 31240, "p25": 36330, "p75": 49660, "p90": 59700, "hourlyMean": 21.15, "employment": 127790}, "ep2025": {"changePercent": 0.6, "changeNumeric": 0.8, "openingsPerYear": 11.6, "employmentBase": 127.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 2.7}, "ep2024": {"changePercent": -0.5, "changeNumeric": -0.7, "openingsPerYear": 12.8, "employmentBase": 131, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.1}},
"weldop": {"query": "Welding Machine Operator", "soc": "51-4122", "title": "Welding, Soldering, and Brazing Machine Setters, Operators, and Tenders", "oews2025": {"mean": 50220, "median": 47920, "p10": 36860, "p25": 40560, "p75": 57390, "p90": 66540, "hourlyMean": 24.15, "employment": 31600}, "oews2024": {"mean": 49270, "median": 47060, "p10": 35780, "p25": 39480, "p75": 55870, "p90": 66190, "hourlyMean": 23.69, "employment": 36290}, "oews2023": {"mean": 47120, "median": 45350, "p10": 35270, "p25": 38600, "p75": 52430, "p90": 63260, "hourlyMean": 22.65, "employment": 33020}, "ep2025": {"changePercent": -8.9, "changeNumeric": -2.9, "openingsPerYear": 2.5, "employmentBase": 32.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.4}, "ep2024": {"changePercent": -9, "changeNumeric": -3.5, "openingsPerYear": 3.2, "employmentBase": 38.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.4}},
"cake": {"query": "Cake Decorator", "soc": "51-9123", "title": "Painting, Coating, and Decorating Workers", "oews2025": {"mean": 45210, "median": 41600, "p10": 31470, "p25": 37030, "p75": 50360, "p90": 60820, "hourlyMean": 21.73, "employment": 7940}, "oews2024": {"mean": 44130, "median": 40860, "p10": 28490, "p25": 34540, "p75": 50700, "p90": 62770, "hourlyMean": 21.22, "employment": 8470}, "oews2023": {"mean": 44050, "median": 40230, "p10": 30660, "p25": 34980, "p75": 48980, "p90": 59160, "hourlyMean": 21.18, "employment": 10700}, "ep2025": {"changePercent": 1.3, "changeNumeric": 0.1, "openingsPerYear": 0.7, "employmentBase": 8.2, "education": "No formal educational credential", "selfEmployedPercent": 3.7}, "ep2024": {"changePercent": 1.4, "changeNumeric": 0.1, "openingsPerYear": 0.8, "employmentBase": 8.8, "education": "No formal educational credential", "selfEmployedPercent": 3.5}},
"instcook": {"query": "Institutional Cook", "soc": "35-2012", "title": "Cooks, Institution and Cafeteria", "oews2025": {"mean": 38810, "median": 37450, "p10": 28480, "p25": 32440, "p75": 44800, "p90": 49670, "hourlyMean": 18.66, "employment": 441050}, "oews2024": {"mean": 37310, "median": 36450, "p10": 26800, "p25": 30530, "p75": 42860, "p90": 48320, "hourlyMean": 17.94, "employment": 448260}, "oews2023": {"mean": 35920, "median": 35320, "p10": 25290, "p25": 29280, "p75": 40320, "p90": 47310, "hourlyMean": 17.27, "employment": 435640}, "ep2025": {"changePercent": 2.8, "changeNumeric": 12.6, "openingsPerYear": 62.9, "employmentBase": 454, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2, "changeNumeric": 9.3, "openingsPerYear": 69.7, "employmentBase": 466.1, "education": "No formal educational credential", "selfEmployedPercent": null}},
"glass": {"query": "Glass Blower", "soc": "51-9195", "title": "Molders, Shapers, and Casters, Except Metal and Plastic", "oews2025": {"mean": 47500, "median": 46170, "p10": 35850, "p25": 39280, "p75": 53000, "p90": 61530, "hourlyMean": 22.84, "employment": 33190}, "oews2024": {"mean": 46730, "median": 45690, "p10": 34950, "p25": 38500, "p75": 51340, "p90": 61050, "hourlyMean": 22.47, "employment": 34750}, "oews2023": {"mean": 44710, "median": 43310, "p10": 32540, "p25": 37150, "p75": 49330, "p90": 59740, "hourlyMean": 21.5, "employment": 38480}, "ep2025": {"changePercent": 5.8, "changeNumeric": 2.5, "openingsPerYear": 5.1, "employmentBase": 43, "education": "High school diploma or equivalent", "selfEmployedPercent": 22.7}, "ep2024": {"changePercent": 6.2, "changeNumeric": 2.6, "openingsPerYear": 5.5, "employmentBase": 41.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 14.2}},
"handcut": {"query": "Hand Cutter", "soc": "51-9031", "title": "Cutters and Trimmers, Hand", "oews2025": {"mean": 41050, "median": 38020, "p10": 26630, "p25": 34050, "p75": 47850, "p90": 57870, "hourlyMean": 19.74, "employment": 6060}, "oews2024": {"mean": 41960, "median": 38800, "p10": 29910, "p25": 33860, "p75": 48790, "p90": 57820, "hourlyMean": 20.17, "employment": 7070}, "oews2023": {"mean": 39260, "median": 37040, "p10": 28770, "p25": 32090, "p75": 43400, "p90": 54350, "hourlyMean": 18.88, "employment": 7220}, "ep2025": {"changePercent": -18.9, "changeNumeric": -1.1, "openingsPerYear": 0.5, "employmentBase": 5.9, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep2024": {"changePercent": -18.1, "changeNumeric": -1.3, "openingsPerYear": 0.6, "employmentBase": 7, "education": "No formal educational credential", "selfEmployedPercent": 3.4}},
"pickle": {"query": "Metal Pickling Operator", "soc": "51-9192", "title": "Cleaning, Washing, and Metal Pickling Equipment Operators and Tenders", "oews2025": {"mean": 44600, "median": 43530, "p10": 33790, "p25": 37310, "p75": 49320, "p90": 58570, "hourlyMean": 21.44, "employment": 14760}, "oews2024": {"mean": 43380, "median": 41460, "p10": 32770, "p25": 37140, "p75": 48280, "p90": 56590, "hourlyMean": 20.86, "employment": 13890}, "oews2023": {"mean": 41500, "median": 39340, "p10": 31370, "p25": 35370, "p75": 46530, "p90": 54180, "hourlyMean": 19.95, "employment": 15210}, "ep2025": {"changePercent": 3.4, "changeNumeric": 0.5, "openingsPerYear": 1.7, "employmentBase": 16.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.2}, "ep2024": {"changePercent": 3.6, "changeNumeric": 0.5, "openingsPerYear": 1.6, "employmentBase": 14.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.7}},
"weigher": {"query": "Recordkeeping Weigher", "soc": "43-5111", "title": "Weighers, Measurers, Checkers, and Samplers, Recordkeeping", "oews2025": {"mean": 47630, "median": 46380, "p10": 35290, "p25": 39180, "p75": 54850, "p90": 60910, "hourlyMean": 22.9, "employment": 53300}, "oews2024": {"mean": 46660, "median": 45650, "p10": 34580, "p25": 38650, "p75": 53060, "p90": 60120, "hourlyMean": 22.43, "employment": 49720}, "oews2023": {"mean": 44240, "median": 43270, "p10": 32440, "p25": 36830, "p75": 50080, "p90": 57050, "hourlyMean": 21.27, "employment": 51250}, "ep2025": {"changePercent": -4.8, "changeNumeric": -2.6, "openingsPerYear": 4.7, "employmentBase": 53.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.5}, "ep2024": {"changePercent": -4.8, "changeNumeric": -2.4, "openingsPerYear": 5.3, "employmentBase": 49.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.4}},
"athlete": {"query": "Athlete", "soc": "27-2021", "title": "Athletes and Sports Competitors", "oews2025": {"mean": 206180, "median": 66710, "p10": 26500, "p25": 36790, "p75": 109880, "p90": 742310, "employment": 15070}, "oews2024": {"mean": 259750, "median": 62360, "p10": 24960, "p25": 36750, "p75": 130770, "employment": 14370}, "oews2023": {"mean": 328830, "median": 70280, "p10": 27730, "p25": 38040, "p75": 201140, "employment": 14930}, "ep2025": {"changePercent": 5.5, "changeNumeric": 1.3, "openingsPerYear": 2.2, "employmentBase": 22.9, "education": "No formal educational credential", "selfEmployedPercent": 29}, "ep2024": {"changePercent": 5.5, "changeNumeric": 1, "openingsPerYear": 2.1, "employmentBase": 19.1, "education": "No formal educational credential", "selfEmployedPercent": 20.7}},
"dancer": {"query": "Dancer", "soc": "27-2031", "title": "Dancers", "oews2025": {"hourlyMean": 30.83, "employment": 8130}, "oews2024": {"hourlyMean": 30.3, "employment": 9060}, "oews2023": {"hourlyMean": 29.56, "employment": 11510}, "ep2025": {"changePercent": 2.2, "changeNumeric": 0.3, "openingsPerYear": 1.6, "employmentBase": 13.8, "education": "No formal educational credential", "selfEmployedPercent": 40.7}, "ep2024": {"changePercent": 4.5, "changeNumeric": 0.6, "openingsPerYear": 1.8, "employmentBase": 12.3, "education": "No formal educational credential", "selfEmployedPercent": 25.4}},
"dj": {"query": "Club DJ", "soc": "27-2091", "title": "Disc Jockeys, Except Radio", "oews2025": {"hourlyMean": 32.57, "employment": 7920}, "oews2024": {"hourlyMean": 33.25, "employment": 8170}, "oews2023": {"hourlyMean": 31.39, "employment": 7190}, "ep2025": {"changePercent": 3.8, "changeNumeric": 0.6, "openingsPerYear": 1.7, "employmentBase": 16.9, "education": "High school diploma or equivalent", "selfEmployedPercent": 56.1}, "ep2024": {"changePercent": 3.8, "changeNumeric": 0.6, "openingsPerYear": 1.5, "employmentBase": 15.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 46.9}},
"magician": {"query": "Magician", "soc": "27-2099", "title": "Entertainers and Performers, Sports and Related Workers, All Other", "oews2025": {"hourlyMean": 30.7, "employment": 16550}, "oews2024": {"hourlyMean": 29.74, "employment": 15040}, "oews2023": {"hourlyMean": 30.03, "employment": 14720}, "ep2025": {"changePercent": 4.7, "changeNumeric": 2.1, "openingsPerYear": 4.5, "employmentBase": 43.7, "education": "No formal educational credential", "selfEmployedPercent": 61.7}, "ep2024": {"changePercent": 6, "changeNumeric": 2.1, "openingsPerYear": 4.4, "employmentBase": 35.8, "education": "No formal educational credential", "selfEmployedPercent": 56.2}},
"recsup": {"query": "Recreation Supervisor", "soc": "39-1014", "title": "First-Line Supervisors of Entertainment and Recreation Workers, Except Gambling Services", "oews2025": {"mean": 53550, "median": 48560, "p10": 34760, "p25": 39400, "p75": 62320, "p90": 79060, "hourlyMean": 25.75, "employment": 103190}, "oews2024": {"mean": 51400, "median": 46900, "p10": 32960, "p25": 37960, "p75": 60190, "p90": 76430, "hourlyMean": 24.71, "employment": 92830}, "oews2023": {"mean": 50650, "median": 46060, "p10": 31400, "p25": 37220, "p75": 59540, "p90": 75550, "hourlyMean": 24.35, "employment": 88140}, "ep2025": {"changePercent": 5.3, "changeNumeric": 5.8, "openingsPerYear": 10.6, "employmentBase": 109.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 3.1}, "ep2024": {"changePercent": 6.3, "changeNumeric": 7.8, "openingsPerYear": 13.4, "employmentBase": 123.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 21.5}},
"locker": {"query": "Locker Room Attendant", "soc": "39-3093", "title": "Locker Room, Coatroom, and Dressing Room Attendants", "oews2025": {"mean": 38460, "median": 36300, "p10": 26590, "p25": 31200, "p75": 43880, "p90": 54260, "hourlyMean": 18.49, "employment": 15560}, "oews2024": {"mean": 36490, "median": 34800, "p10": 23530, "p25": 29120, "p75": 41530, "p90": 50790, "hourlyMean": 17.54, "employment": 14960}, "oews2023": {"mean": 34590, "median": 33450, "p10": 21580, "p25": 27210, "p75": 38490, "p90": 47320, "hourlyMean": 16.63, "employment": 14720}, "ep2025": {"changePercent": 6.4, "changeNumeric": 1, "openingsPerYear": 4, "employmentBase": 16, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.8}, "ep2024": {"changePercent": 6.4, "changeNumeric": 1, "openingsPerYear": 4.2, "employmentBase": 15.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 1.2}},
"roomsvc": {"query": "Room Service Attendant", "soc": "35-3041", "title": "Food Servers, Nonrestaurant", "oews2025": {"mean": 36140, "median": 35360, "p10": 28030, "p25": 31190, "p75": 38500, "p90": 46120, "hourlyMean": 17.37, "employment": 293900}, "oews2024": {"mean": 35030, "median": 34460, "p10": 26590, "p25": 29800, "p75": 37550, "p90": 44770, "hourlyMean": 16.84, "employment": 271780}, "oews2023": {"mean": 33840, "median": 33110, "p10": 24480, "p25": 28640, "p75": 36780, "p90": 43740, "hourlyMean": 16.27, "employment": 267840}, "ep2025": {"changePercent": 4.5, "changeNumeric": 13.3, "openingsPerYear": 48.8, "employmentBase": 296.3, "education": "No formal educational credential", "selfEmployedPercent": 0.2}, "ep2024": {"changePercent": 3, "changeNumeric": 8.2, "openingsPerYear": 48, "employmentBase": 277.2, "education": "No formal educational credential", "selfEmployedPercent": 0.1}},
"lossprev": {"query": "Loss Prevention Specialist", "soc": "33-9099", "title": "Protective Service Workers, All Other", "oews2025": {"mean": 48070, "median": 42540, "p10": 32470, "p25": 35420, "p75": 54910, "p90": 74590, "hourlyMean": 23.11, "employment": 81500}, "oews2024": {"mean": 48210, "median": 41600, "p10": 30620, "p25": 35540, "p75": 54310, "p90": 72670, "hourlyMean": 23.18, "employment": 83110}, "oews2023": {"mean": 47420, "median": 39360, "p10": 30920, "p25": 34690, "p75": 51540, "p90": 70990, "hourlyMean": 22.8, "employment": 82500}, "ep2025": {"changePercent": 3, "changeNumeric": 2.4, "openingsPerYear": 22.6, "employmentBase": 82.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep2024": {"changePercent": 2.5, "changeNumeric": 2.1, "openingsPerYear": 23.3, "employmentBase": 84, "education": "High school diploma or equivalent", "selfEmployedPercent": null}}
}
''')

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
    if None in cur:
        raise Borderline("no current range")
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
        if cur is None:
            raise Borderline("no current figure for this statistic")
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
        curs = [d["ep2025"]["employmentBase"] * 1000, d["oews2025"].get("employment")]
        olds = [d["ep2024"]["employmentBase"] * 1000] + [d[r].get("employment") for r in ("oews2024", "oews2023") if r in d]
        if year is not None and year < 2025:
            return "outdated"
    else:
        field = {"employment-change": "changeNumeric", "openings": "openingsPerYear"}[kind]
        curs = [d["ep2025"][field] * 1000] if d["ep2025"].get(field) is not None else []
        olds = [d["ep2024"][field] * 1000] if d["ep2024"].get(field) is not None else []
        if year is not None and year < 2035:
            return "outdated"
    if not curs:
        raise Borderline("no current count")
    hc = any(x is not None and abs(v - x) <= tol for x in curs)
    ho = any(x is not None and abs(v - x) <= tol for x in olds)
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
ROLEKEY = {
    "Architecture Professor": "archprof", "Sociology Professor": "socprof", "Earth Science Professor": "earthprof",
    "Remote Sensing Scientist": "remote", "Botanist": "botanist", "Ranch Hand": "ranch",
    "Healthcare Social Worker": "hcsw", "Substance Abuse Social Worker": "sasw", "Allergist": "allergist",
    "Endoscopy Technician": "endo", "Painter's Helper": "painthelp", "Weatherization Installer": "weather",
    "Refractory Repairer": "refract", "Mechanical Insulator": "mechins", "Maintenance Supervisor": "maintsup",
    "Maintenance Helper": "mainthelp", "Locomotive Electrician": "locoelec",
    "Industrial Electronics Repairer": "indelec", "Shuttle Car Operator": "shuttle", "Extraction Helper": "exthelp",
    "Textile Cutting Machine Operator": "txcut", "Textile Winding Machine Operator": "txwind", "Fish Cutter": "fish",
    "Slicing Machine Operator": "slicer", "Still Operator": "still", "Chemical Equipment Operator": "chemeq",
    "Crusher Operator": "crusher", "Kiln Operator": "kiln", "Machine Tool Setter": "setter",
    "Welding Machine Operator": "weldop", "Cake Decorator": "cake", "Institutional Cook": "instcook",
    "Glass Blower": "glass", "Hand Cutter": "handcut", "Metal Pickling Operator": "pickle", "Weigher": "weigher",
    "Athlete": "athlete", "Dancer": "dancer", "Club DJ": "dj", "Magician": "magician",
    "Recreation Supervisor": "recsup", "Locker Room Attendant": "locker", "Room Service Attendant": "roomsvc",
    "Loss Prevention Specialist": "lossprev",
}

# ---------------------------------------------------------------- items
P("Architecture Professor", "Sociology Professor")
T("as-01", "ooh", "The median annual wage for architecture teachers, postsecondary was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("as-02", "comparison", "Architecture professors and sociology professors both teach undergraduates and graduate students, and both typically need a {a.edu:c} to land a tenure-track job. Pay is where they split: architecture faculty earn a median of about {a.median~th:c}, while sociology faculty earn closer to {b.median~th:c}.", heading="Architecture Professor vs. Sociology Professor: What Are the Differences?")
T("as-03", "table", "| | Architecture Professor | Sociology Professor |\n|---|---|---|\n| Median pay (May 2024) | {a.median@24:o!2024} | {b.median@24:o!2024} |\n| Employment (May 2024) | {a.oemp@24:o!2024} | {b.oemp@24:o!2024} |", heading="Side by side")
T("as-04", "forum", "per BLS sociology profs make {b.median*1.4~k:m} median?? not at my school lol. adjuncts here get $4,200 a course")
T("as-05", "ooh", "Employment of architecture teachers, postsecondary is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<about as fast as the average>:c!2035} for all occupations.", heading="Job Outlook")
T("as-06", "faq", "How many sociology professors are there? BLS counted about {b.oemp:c!2025} sociology teachers at colleges and universities in May 2025.", heading="FAQ")
T("as-07", "career-site", "In Pennsylvania, architecture professors earn a median of {a.median=<$104,500>:u} a year, according to state wage data.", place="Pennsylvania")
T("as-08", "school", "Per the BLS's May 2025 figures, sociology faculty nationwide earn between {b.range~k_and:c!2025} a year, and most openings call for a {b.edu=<doctoral degree>:c}.", heading="Careers in Sociology")
T("as-09", "bullets", "Architecture professor at a glance:\n- Median salary: {a.median@24:o}\n- Job growth: {a.pct@24:o}\n- Typical education: {a.edu~cap:c}")
T("as-10", "forum", "sociology phd here. BLS says hiring for sociology profs is {b.desc=<much faster than average>:m}. the tenure-track market i see says otherwise, 200 applicants a line")
T("as-11", "career-site", "According to BLS data for May 2025, sociology professors earned an average of {b.mean:c!2025}, and architecture professors averaged {a.mean:c!2025}.")
NC("as-n1", "Our Master of Architecture program costs $38,400 per year; call the admissions office at (412) 555-0199 before January 15.")
NC("as-n2", "The department ranks in the top 10 in the region, and 85% of our sociology majors finish in four years.")

P("Earth Science Professor", "Remote Sensing Scientist")
T("er-01", "ooh", "The median annual wage for atmospheric, earth, marine, and space sciences teachers, postsecondary was {a.median:c!2025} in May 2025.", heading="Pay")
T("er-02", "comparison", "Remote sensing scientists, whom BLS counts among physical scientists, all other, out-earn most geoscience faculty: their median pay is about {b.median~K:c} a year versus {a.median~K:c} for earth science professors.", heading="Earth Science Professor vs. Remote Sensing Scientist")
T("er-03", "tech-blog", "If you're moving from GIS into remote sensing, the numbers are decent. In May 2025, BLS put the group's mean hourly wage at {b.mean~hr:c!2025}, and most roles ask for a {b.edu:c} in geography, physics or a related field.")
T("er-04", "ooh", "Employment of atmospheric, earth, marine, and space sciences teachers, postsecondary is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than the average>:c!2035} for all occupations. About {a.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("er-05", "bullets", "Remote sensing scientist (physical scientists, all other):\n- Median pay (2024): {b.median@24:o!2024}\n- Jobs: {b.emp:c}\n- Outlook, 2024–34: {b.pct@24:o!2034}")
T("er-06", "forum", "geology prof here. the BLS earth science faculty median is like {a.median*0.62~k:m}, which is wildly off from what the R1s pay")
T("er-07", "career-site", "In Colorado, remote sensing scientists earn a median of {b.median=<$131,200>:u}, and Boulder County alone employs about {b.emp=<1,100>:u} of them.", place="Colorado", own_place={1: "Boulder County"})
T("er-08", "faq", "Do earth science professors need a PhD? Usually yes: BLS lists a {a.edu:c} as the typical entry-level education, and there are only about {a.oemp:c!2025} of these faculty jobs nationwide as of May 2025.", heading="FAQ")
T("er-09", "career-site", "Physical scientists in the \"all other\" group, remote sensing specialists among them, are a small field of about {b.oemp:c} workers. Around {b.self:c} of them are self-employed, and BLS expects employment to grow {b.pct:c} over the decade.")
T("er-10", "forum", "per BLS remote sensing pays {b.median*1.35~k:m} median lol, I'm at a state agency making $88k with 6 yrs in")
NC("er-n1", "Our spring field camp runs 6 weeks and costs $2,950, including 24/7 access to the field station.")
NC("er-n2", "made $71k my first year as a remote sensing analyst, 3 yrs in now and at $94k. federal contractor, DC area")

P("Botanist", "Ranch Hand")
T("br-01", "career-site", "Botanists fall under BLS's \"biological scientists, all other\" group, which had a median annual wage of {a.median:c!2025} in May 2025 and employed roughly {a.oemp:c!2025} people.", heading="How much do botanists make?")
T("br-02", "comparison", "The pay gap is wide. A botanist's median salary sits around {a.median~k:c}, while ranch hands (farmworkers on farm, ranch and aquacultural animal operations) earn a median of {b.median~k:c}. Ranch work needs {b.edu:c}; botany usually needs at least a {a.edu:c}.", heading="Botanist vs. Ranch Hand")
T("br-03", "ooh", "Employment of farmworkers, farm, ranch, and aquacultural animals is projected to decline {b.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {b.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("br-04", "forum", "ranch hand in montana, I clear about $2,600 a month plus housing. BLS says ranch hands average {b.mean~hr:c} an hour nationally, which sounds right for feedlots not for us")
T("br-05", "career-site", "In Texas, ranch hands earn a median of {b.median=<$35,100>:u} a year, and the Amarillo metro area employs about {b.oemp=<1,400>:u} of them.", place="Texas", own_place={1: "Amarillo metro area"})
T("br-06", "bullets", "Botanist snapshot:\n- Median pay: {a.median@24:o}\n- Projected growth: {a.pct@24:o}\n- Entry-level education: {a.edu~cap:c}")
T("br-07", "ooh", "Employment of biological scientists, all other is projected to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<faster than the average>:c!2035} for all occupations. The group is projected to add about {a.chg:c} jobs over the decade.", heading="Job Outlook")
T("br-08", "faq", "Is ranch work a growing field? No. BLS projects employment of animal farmworkers to fall {b.pct~pc:c!2035} through 2035, losing about {b.chg:c!2035} jobs, though turnover still creates work.", heading="FAQ")
T("br-09", "forum", "per BLS botanists make {a.median*0.55~k:m}?? my plant-id consultancy bills $95 an hour and I still eat ramen")
T("br-10", "government", "Ranch and animal farmworkers numbered about {b.emp:c!2025} nationally in 2025, and about {b.self:c!2025} of them were self-employed.", heading="Agricultural workforce brief")
NC("br-n1", "Our 4-H livestock camp costs $175 a week, ages 9 to 18, and the 2026 session opens June 8.")
NC("br-n2", "Starting pay for our ranch hands is $16 an hour plus room and board; we need 2 hands by April 1.")

P("Healthcare Social Worker", "Substance Abuse Social Worker")
T("hs-01", "ooh", "The median annual wage for healthcare social workers was {a.median:c!2025} in May 2025. The median annual wage for mental health and substance abuse social workers was {b.median:c!2025} in May 2025.", heading="Pay")
T("hs-02", "comparison", "Both specialties require a {a.edu:c} for most clinical roles, typically an MSW plus state licensure. Hospital social workers average {a.mean:c} a year, compared with {b.mean:c} for substance abuse social workers.", heading="Healthcare Social Worker vs. Substance Abuse Social Worker: What's the Difference?")
T("hs-03", "career-site", "Healthcare social workers held about {a.oemp:c!2025} jobs in May 2025, and about {a.self:c!2025} were self-employed.")
T("hs-04", "ooh", "Employment of mental health and substance abuse social workers is projected to add about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average.", heading="Job Outlook")
T("hs-05", "forum", "LCSW in substance abuse, 6 years. BLS says we make {b.median@23:o} median?? that was the number like two years ago. my agency starts MSWs at $54k")
T("hs-06", "career-site", "In California, healthcare social workers earn a median of {a.median=<$92,300>:u}, and the Los Angeles metro area employs about {a.oemp=<8,900>:u}.", place="California", own_place={1: "Los Angeles metro area"})
T("hs-07", "bullets", "Healthcare social worker\n- Median pay: {a.median@23:o}\n- New jobs by 2034: {a.chg@24:o!2034}\n- Education: {a.edu~cap:c}")
T("hs-08", "nursing-blog", "Case managers often ask whether to move into hospital social work. The pay is comparable: the top 10% of healthcare social workers earn more than {a.p90:c}, and the bottom 10% earn less than {a.p10:c}.")
T("hs-09", "forum", "per BLS substance abuse social workers make {b.median*1.5~k:m}?? in what universe")
T("hs-10", "faq", "What is the hourly wage for healthcare social workers? The average was {a.mean~hr:c!2025} an hour in May 2025.", heading="FAQ")
NC("hs-n1", "Our MSW program offers a $5,000 stipend and 900 field hours; call (503) 555-0142.")
NC("hs-n2", "Our union scale for hospital social workers reaches $41.75 an hour at step 5; 60% of referrals come from the emergency department.")

P("Allergist", "Endoscopy Technician")
T("ae-01", "career-site", "BLS doesn't publish a separate line for allergists; they fall under \"physicians, all other,\" whose median annual wage was {a.median:c!2025} in May 2025. The mean was {a.mean:c!2025}.", heading="Allergist salary")
T("ae-02", "comparison", "An allergist needs a {a.edu:c} (an MD or DO) plus residency and fellowship, while endoscopy technicians usually start with a {b.edu:c} and on-the-job training. Endoscopy techs earn a median of about {b.median~th:c}.", heading="Allergist vs. Endoscopy Technician")
T("ae-03", "nursing-blog", "Endoscopy techs are counted by BLS as healthcare support workers, all other. That group earns an average of {b.mean~hr:c} an hour and is projected to grow {b.pct:c}, {b.desc=<faster than average>:c}, over the decade.")
T("ae-04", "forum", "GI tech here, 4 yrs. per BLS we make {b.median@24:o} median, I'm at $23.75/hr in Ohio so yeah about that")
T("ae-05", "career-site", "In Florida, endoscopy technicians earn a median of {b.median=<$45,300>:u}, and the Miami-Fort Lauderdale area employs about {b.oemp=<3,400>:u} of them.", place="Florida", own_place={1: "Miami-Fort Lauderdale area"})
T("ae-06", "faq", "How many allergists and other specialist physicians are there? BLS counts about {a.oemp:c!2025} physicians in the \"all other\" group as of May 2025, and projects about {a.open:c} openings a year.", heading="FAQ")
T("ae-07", "bullets", "Endoscopy technician at a glance:\n- Median pay: {b.median:c}\n- Job growth (2024–34): {b.pct@24:o!2034}\n- Openings per year: {b.open:c}")
T("ae-08", "forum", "per BLS allergists earn {a.median*0.5~k:m} median. lol no, every allergist I know clears way more than that")
T("ae-09", "press", "Physicians in the all-other group, which includes allergists and immunologists, earned a mean hourly wage of {a.mean@24~hr:o!2024} in May 2024, BLS data show.")
T("ae-10", "career-site", "About {a.self:c} of physicians in the all-other group are self-employed, and employment is projected to grow by about {a.chg:c!2035} jobs from 2025 to 2035.")
NC("ae-n1", "Allergy testing at our clinic costs $185 per panel; call (614) 555-0110 to book.")
NC("ae-n2", "Our endoscopy suite performs 40 procedures a day and is open 6 a.m. to 8 p.m.")

P("Painter's Helper", "Weatherization Installer")
T("pw-01", "trade", "Painter's helpers prep surfaces, mask trim and clean up. BLS lists a median wage of {a.median~hr:c} an hour for helpers of painters, paperhangers, plasterers and stucco masons, and the typical entry-level education is {a.edu=<no formal educational credential>:c}.", heading="What does a painter's helper do?")
T("pw-02", "comparison", "Weatherization installers, who fall under BLS's miscellaneous construction workers group, earn a median of about {b.median~th:c} a year versus {a.median~th:c} for painter's helpers. Weatherization jobs typically ask for a {b.edu:c}.", heading="Painter's Helper vs. Weatherization Installer")
T("pw-03", "government", "Miscellaneous construction and related workers, including weatherization installers, held about {b.oemp:c!2025} jobs nationwide in May 2025. About {b.open:c!2035} openings are projected each year from 2025 to 2035.", heading="Weatherization workforce")
T("pw-04", "forum", "per BLS painter helpers make {a.median*1.45~k:m}, my boss pays $17 an hour lol")
T("pw-05", "bullets", "Painter's helper\n- Median pay (2024): {a.median@24:o!2024}\n- Typical education: {a.edu~cap:c}")
T("pw-06", "career-site", "In Michigan, weatherization installers earn a median of {b.median=<$47,900>:u} a year, and Wayne County employs about {b.oemp=<600>:u} of them.", place="Michigan", own_place={1: "Wayne County"})
T("pw-07", "union", "Helpers in our trades earn far less than journeymen. Nationally, painter and plasterer helpers averaged {a.mean~hr:c} an hour, per BLS. Our apprentice scale starts at $21.40.")
T("pw-08", "faq", "What does a weatherization installer make per hour? The BLS median for the group works out to {b.median~hr:c} an hour, and the average is {b.mean~hr:c}.", heading="FAQ")
T("pw-09", "career-site", "Weatherization installers earned a median of {b.median@23:o!2023} in 2023, and the highest 10 percent made more than {b.p90@23:o!2023}.")
NC("pw-n1", "Free home energy audits: call 1-800-555-0177; qualifying households get up to $8,000 in upgrades.")
NC("pw-n2", "A 5-gallon bucket of primer runs about $120, and a good 18-inch roller frame costs $25.")

P("Refractory Repairer", "Mechanical Insulator")
T("ri-01", "ooh", "The median annual wage for refractory materials repairers, except brickmasons was {a.median:c!2025} in May 2025.", heading="Pay")
T("ri-02", "comparison", "Refractory repairers reline furnaces, kilns and boilers with heat-resistant brick and castables; mechanical insulators wrap pipes, ducts and boilers. Both typically need a {a.edu:c}. Mechanical insulators earn a median of {b.median:c}, versus {a.median:c} for refractory repairers.", heading="Refractory Repairer vs. Mechanical Insulator")
T("ri-03", "ooh", "Employment of refractory materials repairers, except brickmasons is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("ri-04", "union", "Insulators, take note: BLS says mechanical insulation workers nationally earned an average of {b.mean:c} a year, and the top 10% made more than {b.p90:c}. Local 17's journeyman scale is $52.30 an hour plus benefits.")
T("ri-05", "bullets", "Refractory repairer\n- Median pay: {a.median@24:o}\n- Outlook: {a.pct@24:o} decline\n- Typical education: {a.edu~cap:c}")
T("ri-06", "forum", "per BLS refractory guys are growing {a.pct=<8%>:m}. every steel mill around me shut down, so no")
T("ri-07", "career-site", "In Louisiana, mechanical insulators earn a median of {b.median=<$61,800>:u} a year, and the Baton Rouge area employs about {b.oemp=<900>:u} of them.", place="Louisiana", own_place={1: "Baton Rouge area"})
T("ri-08", "ooh", "About {b.open:c!2035} openings for insulation workers, mechanical are projected each year, on average, from 2025 to 2035.", heading="Job Outlook")
T("ri-09", "faq", "How much do mechanical insulators make an hour? In May 2024 the average was {b.mean@24~hr:o!2024}; about {b.self@24:o!2024} of them were self-employed in the 2024 base year.", heading="FAQ")
NC("ri-n1", "Our insulator apprenticeship is 5 years, 8,000 hours of work plus 240 classroom hours a year.")
NC("ri-n2", "Castable refractory runs about $1.10 a pound; a typical ladle reline uses 9 tons.")

P("Maintenance Supervisor", "Maintenance Helper")
T("mh-01", "ooh", "The median annual wage for first-line supervisors of mechanics, installers, and repairers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("mh-02", "comparison", "Maintenance helpers assist technicians by fetching parts, cleaning work areas and holding materials; maintenance supervisors schedule and oversee that work. The median pay reflects it: about {a.median~K:c} for supervisors versus {b.median~K:c} for helpers.", heading="Maintenance Supervisor vs. Maintenance Helper")
T("mh-03", "career-site", "Maintenance supervisors (first-line supervisors of mechanics, installers and repairers) held about {a.emp:c!2025} jobs in 2025, and BLS projects about {a.open:c!2035} openings a year from 2025 to 2035.")
T("mh-04", "ooh", "Employment of helpers--installation, maintenance, and repair workers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<faster than the average>:c!2035} for all occupations.", heading="Job Outlook")
T("mh-05", "forum", "maintenance helper at a plant, $18.50/hr. per BLS helpers average {b.mean~hr:c} an hour so i'm under. supervisor makes like {a.median*1.6~k:m} per BLS which seems crazy high")
T("mh-06", "bullets", "Maintenance helper\n- Median pay (May 2024): {b.median@24:o!2024}\n- Growth 2024–34: {b.pct@24:o!2034}\n- Typical education: {b.edu~cap:c}")
T("mh-07", "career-site", "In Georgia, maintenance supervisors earn a median of {a.median=<$76,400>:u}, and Atlanta employs about {a.oemp=<14,200>:u} of them.", place="Georgia", own_place={1: "Atlanta"})
T("mh-08", "faq", "Do you need a degree to become a maintenance supervisor? No. BLS lists a {a.edu:c} as the typical entry-level education, plus years of work experience. The mean wage is {a.mean:c}.", heading="FAQ")
T("mh-09", "government", "Maintenance helpers numbered about {b.emp:c!2025} nationally in 2025. The occupation is projected to add about {b.chg:c} jobs over the decade, with about {b.open:c} openings a year.", heading="Regional workforce board: in-demand jobs")
T("mh-10", "forum", "per BLS maint supervisors are growing {a.pct@24:o}. idk if that's the newest number")
NC("mh-n1", "We pay a $1,500 referral bonus and match 4% on the 401(k) for all maintenance staff.")
NC("mh-n2", "Our CMMS tracks 2,400 work orders a month; 98% close within 72 hours.")

P("Locomotive Electrician", "Industrial Electronics Repairer")
T("li-01", "ooh", "The median annual wage for electrical and electronics installers and repairers, transportation equipment was {a.median:c!2025} in May 2025.", heading="Pay")
T("li-02", "comparison", "Locomotive electricians troubleshoot traction motors, wiring and control systems on trains; industrial electronics repairers fix motor drives, PLCs and controls in plants. Both typically need a {a.edu:c}. Locomotive electricians earn a median of about {a.median~th:c}, versus {b.median~th:c} for industrial electronics repairers.", heading="Locomotive Electrician vs. Industrial Electronics Repairer")
T("li-03", "ooh", "Employment of electrical and electronics repairers, commercial and industrial equipment is projected to show {b.desc=<little or no change>:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("li-04", "forum", "railroad electrician here. BLS says the median for our code is {a.median@24:o}. we're union and well over that")
T("li-05", "bullets", "Industrial electronics repairer\n- Median pay: {b.median:c}\n- Hourly average: {b.mean~hr:c}\n- Jobs: {b.oemp:c}\n- Outlook: {b.pct@24:o} decline")
T("li-06", "career-site", "In Nebraska, locomotive electricians earn a median of {a.median=<$88,900>:u}, and Omaha employs about {a.oemp=<300>:u} of them.", place="Nebraska", own_place={1: "Omaha"})
T("li-07", "faq", "Is demand for locomotive electricians growing? BLS projects employment of transportation equipment electrical repairers to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="FAQ")
T("li-08", "forum", "per BLS industrial electronics techs make {b.median*0.6~k:m} median. lol, our PLC guys start at $34/hr")
T("li-09", "career-site", "Transportation equipment electricians averaged {a.mean~hr:c!2025} an hour in May 2025.")
NC("li-n1", "Our 26-week industrial electronics certificate costs $9,800 and includes a $400 tool kit.")
NC("li-n2", "The railroad runs 24/7 maintenance at 3 shops; call 402-555-0133 for the hiring line.")

P("Shuttle Car Operator", "Extraction Helper")
T("se-01", "ooh", "The median annual wage for loading and moving machine operators, underground mining was {a.median:c!2025} in May 2025.", heading="Pay")
T("se-02", "comparison", "Shuttle car operators haul coal and ore from the continuous miner to the feeder; extraction helpers assist drillers and miners on the surface and underground. Shuttle car operators earn a median of about {a.median~K:c} a year, compared with {b.median~K:c} for helpers, and neither job requires a degree: shuttle car operators need {a.edu:c}, helpers typically a {b.edu:c}.", heading="Shuttle Car Operator vs. Extraction Helper")
T("se-03", "ooh", "Employment of loading and moving machine operators, underground mining is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("se-04", "forum", "shuttle car op in WV, BLS says we decline {a.pct@24:o} over 10 yrs. mine's hiring anyway, $31/hr to start")
T("se-05", "career-site", "In West Virginia, shuttle car operators earn a median of {a.median=<$76,300>:u}, and McDowell County employs about {a.oemp=<250>:u} of them.", place="West Virginia", own_place={1: "McDowell County"})
T("se-06", "bullets", "Extraction helper\n- Median pay (2024): {b.median@24:o!2024}\n- Mean hourly: {b.mean~hr:c}\n- Outlook (2024–34): {b.pct@24:o!2034}")
T("se-07", "faq", "How much do shuttle car operators make per hour? The average was {a.mean~hr:c!2025} in May 2025, per BLS.", heading="FAQ")
T("se-08", "forum", "per BLS extraction helpers make {b.median*1.5~k:m}?? where, the moon")
T("se-09", "government", "Helpers of extraction workers earned a mean of {b.mean:c!2025} in May 2025, and employment is projected to grow {b.pct:c!2035} from 2025 to 2035.", heading="Energy workforce brief")
NC("se-n1", "MSHA new-miner training is 40 hours and costs $550; the next class starts March 2.")
NC("se-n2", "The mine ran 3 shifts and moved 12,000 tons a day in 2019.")

P("Textile Cutting Machine Operator", "Textile Winding Machine Operator")
T("tw-01", "ooh", "The median annual wage for textile cutting machine setters, operators, and tenders was {a.median:c!2025} in May 2025. The median annual wage for textile winding, twisting, and drawing out machine setters, operators, and tenders was {b.median:c!2025} in May 2025.", heading="Pay")
T("tw-02", "comparison", "Both jobs typically need a {a.edu:c} and a few weeks of on-the-job training, and both pay about the same: cutting machine operators average {a.mean~hr:c} an hour, winding machine operators {b.mean~hr:c}.", heading="Textile Cutting vs. Winding Machine Operator")
T("tw-03", "ooh", "Employment of textile cutting machine setters, operators, and tenders is projected to decline {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("tw-04", "ooh", "Employment of textile winding, twisting, and drawing out machine setters, operators, and tenders is projected to decline {b.pct~pc:c!2035} from 2025 to 2035, losing about {b.chg:c!2035} jobs.", heading="Job Outlook")
T("tw-05", "forum", "winder tender at a yarn mill in NC. per BLS we're growing {b.pct=<4%>:m}?? they closed two plants this year")
T("tw-06", "career-site", "In North Carolina, textile winding machine operators earn a median of {b.median=<$37,200>:u}, and Gaston County employs about {b.oemp=<1,900>:u} of them.", place="North Carolina", own_place={1: "Gaston County"})
T("tw-07", "bullets", "Textile cutting machine operator\n- Median pay (May 2024): {a.median@24:o!2024}\n- Jobs (May 2024): {a.oemp@24:o!2024}\n- Outlook, 2024–34: {a.pct@24:o!2034} decline")
T("tw-08", "career-site", "About {a.self:c} of textile cutting machine operators are self-employed, according to BLS projections data.")
T("tw-09", "forum", "per BLS textile cutters make {a.median*1.45~k:m} median lmao. I run a Gerber cutter for $17.25")
NC("tw-n1", "Our mill pays a $750 attendance bonus each quarter and runs 12-hour shifts, 2-2-3.")
NC("tw-n2", "The new cutter handles 120 plies at once and cuts 40 meters a minute.")

P("Fish Cutter", "Slicing Machine Operator")
T("fs-01", "ooh", "The median annual wage for meat, poultry, and fish cutters and trimmers was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("fs-02", "comparison", "Fish cutters fillet and trim by hand with knives; slicing machine operators set up and run the machines that portion product. Fish cutters earn a median of about {a.median~th:c} a year, slicing machine operators about {b.median~th:c}. Fish cutting requires {a.edu:c}, while slicing machine jobs typically ask for a {b.edu:c}.", heading="Fish Cutter vs. Slicing Machine Operator")
T("fs-03", "career-site", "In Alaska, fish cutters earn a median of {a.median=<$41,700>:u}, and the Kodiak Island Borough employs about {a.oemp=<1,200>:u} in peak season.", place="Alaska", own_place={1: "Kodiak Island Borough"})
T("fs-04", "ooh", "Employment of cutting and slicing machine setters, operators, and tenders is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("fs-05", "forum", "processor in Seattle, I got $21/hr plus overtime last season. per BLS fish cutters average {a.mean~hr:c} an hour so not bad")
T("fs-06", "bullets", "Slicing machine operator\n- Median pay (May 2024): {b.median@24:o!2024}\n- Jobs: {b.oemp:c}\n- Outlook (2024–34): {b.pct@24:o!2034} decline")
T("fs-07", "government", "Meat, poultry, and fish cutters and trimmers held about {a.emp:c!2025} jobs nationally in 2025. BLS projects about {a.open:c!2035} openings a year through 2035. The occupation is projected to add about {a.chg:c} jobs over the decade.", heading="Food processing careers")
T("fs-08", "forum", "per BLS fish cutters make {a.median*1.5~k:m} median. i wish")
T("fs-09", "faq", "What do slicing machine operators earn per hour? The median works out to about {b.median~hr:c} an hour, and about {b.self:c} of these workers are self-employed.", heading="FAQ")
NC("fs-n1", "Our fillet knife set is $89.99, and we ship orders over $50 free in 2 days.")
NC("fs-n2", "The plant processes 150,000 pounds of salmon a day during the 10-week season.")

P("Still Operator", "Chemical Equipment Operator")
T("sc-01", "ooh", "The median annual wage for separating, filtering, clarifying, precipitating, and still machine setters, operators, and tenders was {a.median:c!2025} in May 2025.", heading="Pay")
T("sc-02", "comparison", "Still operators run distillation columns and stills in breweries, distilleries and chemical plants; chemical equipment operators tend reactors, mixers and dryers. Chemical equipment operators earn a median of {b.median:c}, a bit more than still operators' {a.median:c}. Both typically need a {a.edu:c}.", heading="Still Operator vs. Chemical Equipment Operator")
T("sc-03", "ooh", "Employment of separating, filtering, clarifying, precipitating, and still machine setters, operators, and tenders is projected to decline {a.pct~pc:c!2035} from 2025 to 2035. Despite declining employment, about {a.open:c!2035} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("sc-04", "ooh", "Employment of chemical equipment operators and tenders is projected to grow {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("sc-05", "forum", "bourbon still operator in KY. BLS says still operators average {a.mean~hr:c} an hour. our distillery pays $24 plus a bottle a month lol")
T("sc-06", "career-site", "In Kentucky, still operators earn a median of {a.median=<$50,200>:u}, and the Louisville metro employs about {a.oemp=<1,300>:u}.", place="Kentucky", own_place={1: "Louisville metro"})
T("sc-07", "bullets", "Chemical equipment operator\n- Median pay: {b.median@23:o}\n- Mean pay: {b.mean:c}\n- Jobs: {b.oemp:c}\n- Outlook: {b.pct@24:o}")
T("sc-08", "forum", "per BLS chem operators are growing {b.pct=<9%>:m}, not at my plant")
T("sc-09", "career-site", "Chemical equipment operators numbered about {b.emp:c!2025} in 2025, and BLS projects the occupation to add about {b.chg:c!2035} jobs from 2025 to 2035.")
NC("sc-n1", "Distillery tours run daily at 10 a.m. and 2 p.m.; tickets are $25, call 502-555-0189.")
NC("sc-n2", "Our column runs at 78 degrees at the head and produces 160 proof spirit.")

P("Crusher Operator", "Kiln Operator")
T("ck-01", "ooh", "The median annual wage for crushing, grinding, and polishing machine setters, operators, and tenders was {a.median:c!2025} in May 2025. The median annual wage for furnace, kiln, oven, drier, and kettle operators and tenders was {b.median:c!2025} in May 2025.", heading="Pay")
T("ck-02", "comparison", "Crusher operators at quarries and cement plants run the machines that break rock down; kiln operators fire the clinker, brick or lime. Kiln operators average {b.mean~hr:c} an hour, crusher operators {a.mean~hr:c}. Both jobs typically require a {a.edu:c}.", heading="Crusher Operator vs. Kiln Operator")
T("ck-03", "career-site", "About {a.self:c} of crusher operators are self-employed, and BLS projects about {a.open:c} openings a year for the occupation.")
T("ck-04", "forum", "kiln burner at a cement plant. BLS median for kiln operators is {b.median@24:o}? we're at $33 an hour with overtime")
T("ck-05", "career-site", "In Texas, crusher operators earn a median of {a.median=<$46,200>:u}, and the San Antonio area employs about {a.oemp=<700>:u} of them.", place="Texas", own_place={1: "San Antonio area"})
T("ck-06", "bullets", "Kiln operator\n- Median pay (2024): {b.median@24:o!2024}\n- Jobs: {b.oemp:c}\n- Typical education: {b.edu~cap:c}")
T("ck-07", "forum", "per BLS crusher operators make {a.median*0.62~k:m} median. quarry near me pays way more than that")
T("ck-08", "faq", "How many kiln operators are there? BLS counts about {b.emp:c} furnace, kiln, oven, drier and kettle operators.", heading="FAQ")
NC("ck-n1", "The quarry produces 1.5 million tons a year and runs 2 shifts, 6 a.m. to 10 p.m.")
NC("ck-n2", "Our pottery studio's kiln firing fee is $0.05 per cubic inch; membership is $140 a month.")

P("Machine Tool Setter", "Welding Machine Operator")
T("mw-01", "ooh", "The median annual wage for multiple machine tool setters, operators, and tenders, metal and plastic was {a.median:c!2025} in May 2025. The lowest 10 percent earned less than {a.p10:c!2025}, and the highest 10 percent earned more than {a.p90:c!2025}.", heading="Pay")
T("mw-02", "comparison", "A machine tool setter sets up and runs several kinds of machines (lathes, mills, presses) across a cell; a welding machine operator tends robotic or automatic welders. Setters earn a median of {a.median:c}, welding machine operators {b.median:c}, and both jobs typically need a {a.edu:c}.", heading="Machine Tool Setter vs. Welding Machine Operator")
T("mw-03", "frontmatter", "---\ntitle: \"Machine Tool Setter Salary Guide\"\ndate: 2026-10-02\nmedian_salary: \"{a.median@24:o}\"\nhourly_mean: \"{a.mean~hr:c}\"\njob_growth: \"{a.pct:c}\"\n---")
T("mw-04", "ooh", "About {b.open:c!2035} openings for welding, soldering, and brazing machine setters, operators, and tenders are projected each year, on average, from 2025 to 2035.", heading="Job Outlook")
T("mw-05", "forum", "robotic weld cell operator, 3 yrs. per BLS we average {b.mean~hr:c}/hr, I'm at $22.50. lead hands get more")
T("mw-06", "career-site", "In Ohio, multiple machine tool setters earn a median of {a.median=<$48,900>:u}, and the Dayton area employs about {a.oemp=<2,700>:u} of them.", place="Ohio", own_place={1: "Dayton area"})
T("mw-07", "career-site", "The middle half of multiple machine tool setters earn between {a.mid~_and:c} a year, and about {a.self:c} are self-employed.")
T("mw-08", "forum", "per BLS welding machine operators make {b.median*1.4~k:m} median. that's welder-fitter money, not machine tender money")
T("mw-09", "government", "Welding machine operators held about {b.oemp:c!2025} jobs in May 2025, and about {b.self:c!2025} of them were self-employed.", heading="Advanced manufacturing occupations")
T("mw-10", "faq", "Is machine setting a growing job? Barely: BLS projects employment to grow {a.pct~pc:c!2035} from 2025 to 2035, {a.desc=<slower than average>:c!2035}, with about {a.open:c} openings a year.", heading="FAQ")
NC("mw-n1", "Our shop offers a $3,000 sign-on bonus, 10 paid holidays and a 6% 401(k) match.")
NC("mw-n2", "Top 10 skills for setters: blueprint reading, GD&T, micrometers and 7 more.")

P("Cake Decorator", "Institutional Cook")
T("ci-01", "career-site", "BLS groups cake decorators with painting, coating, and decorating workers, whose median annual wage was {a.median:c!2025} in May 2025.", heading="How much do cake decorators make?")
T("ci-02", "comparison", "Cake decorators and institutional cooks (the cooks who work in school cafeterias, hospitals and prisons) both enter the field with {a.edu:c}. Institutional cooks earn a median of about {b.median~th:c}; cake decorators, about {a.median~th:c}.", heading="Cake Decorator vs. Institutional Cook")
T("ci-03", "ooh", "Employment of cooks, institution and cafeteria is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<about as fast as the average>:c!2035} for all occupations. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("ci-04", "forum", "school cafeteria cook here, 9 years. per BLS we make {b.median@24:o} median. 180-day contract so actual take home is lower")
T("ci-05", "career-site", "In Illinois, institutional cooks earn a median of {b.median=<$38,800>:u}, and Cook County employs about {b.oemp=<11,500>:u} of them.", place="Illinois", own_place={1: "Cook County"})
T("ci-06", "bullets", "Cake decorator\n- Median pay: {a.median~wk:c} a week\n- Jobs: {a.oemp:c}")
T("ci-07", "forum", "per BLS cake decorators average {a.mean*1.5~hr:m}/hr?? I charge $6 a slice for custom cakes and still can't get there")
T("ci-08", "government", "Institutional and cafeteria cooks numbered about {b.emp:c!2025} in 2025. The occupation is projected to add about {b.chg:c} jobs over the decade.", heading="Food service occupations in demand")
T("ci-09", "faq", "What do cafeteria cooks make a month? The median for institution and cafeteria cooks is about {b.median~mo:c} a month.", heading="FAQ")
NC("ci-n1", "Our 8-week cake decorating course is $495 and includes a $60 starter kit.")
NC("ci-n2", "The district serves 22,000 lunches a day; a student lunch costs $3.25.")

P("Glass Blower", "Hand Cutter")
T("gh-01", "career-site", "Glass blowers are counted by BLS among molders, shapers, and casters, except metal and plastic. That group's median annual wage was {a.median:c!2025} in May 2025, and about {a.self:c!2025} of these workers were self-employed.", heading="Glass blower salary")
T("gh-02", "comparison", "Glass blowers and hand cutters both work with their hands, but the outlook is opposite. BLS projects hand cutters and trimmers to decline {b.pct:c!2035} from 2025 to 2035, while molders and shapers (glass blowers included) keep adding jobs. Median pay is close: {a.median~th:c} versus {b.median~th:c}.", heading="Glass Blower vs. Hand Cutter")
T("gh-03", "forum", "studio glassblower, mostly teach + commissions. I charge $180 for a custom vase. per BLS the median for our group is {a.median@23:o}, which is an old number and it's factory casters anyway")
T("gh-04", "career-site", "In Washington, glass blowers earn a median of {a.median=<$49,800>:u}, and the Seattle area employs about {a.oemp=<600>:u} of them.", place="Washington", own_place={1: "Seattle area"})
T("gh-05", "bullets", "Hand cutter and trimmer\n- Median pay (May 2024): {b.median@24:o!2024}\n- Hourly average: {b.mean~hr:c}\n- Outlook (2024–34): {b.pct@24:o!2034} decline\n- Education: {b.edu~cap:c}")
T("gh-06", "ooh", "Employment of cutters and trimmers, hand is projected to decline {b.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("gh-07", "forum", "per BLS hand cutters make {b.median*1.5~k:m} median lol. fabric cutting at our shop is $16/hr")
T("gh-08", "faq", "How many glass blowers are there? BLS counts about {a.oemp:c!2025} molders, shapers and casters (the group that includes glass blowers) as of May 2025, with about {a.open:c} openings a year projected.", heading="FAQ")
T("gh-09", "career-site", "The top 10 percent of molders, shapers and casters earn more than {a.p90:c}, and the bottom 10 percent less than {a.p10:c}.")
NC("gh-n1", "Our intro glassblowing class is $325 for 3 sessions; the furnace runs 24/7 at 2,100 degrees.")
NC("gh-n2", "Hand cutters at our plant trim 1,200 pieces per shift; we pay $1.10 per piece over quota.")

P("Metal Pickling Operator", "Weigher")
T("pg-01", "ooh", "The median annual wage for cleaning, washing, and metal pickling equipment operators and tenders was {a.median:c!2025} in May 2025.", heading="Pay")
T("pg-02", "comparison", "Pickling line operators run the acid baths that strip scale from steel coil; weighers (recordkeeping) weigh, measure and log shipments and materials. Weighers earn a median of about {b.median~th:c}, pickling operators about {a.median~th:c}. Both jobs typically require a {a.edu:c}.", heading="Metal Pickling Operator vs. Weigher")
T("pg-03", "ooh", "Employment of weighers, measurers, checkers, and samplers, recordkeeping is projected to lose about {b.chg:c!2035} jobs from 2025 to 2035. About {b.open:c} openings are projected each year, on average, over the decade.", heading="Job Outlook")
T("pg-04", "forum", "pickle line operator at a steel mill in Indiana, $27/hr with shift diff. per BLS the group averages {a.mean~hr:c} an hour, so mills pay way above")
T("pg-05", "career-site", "In Indiana, metal pickling operators earn a median of {a.median=<$47,300>:u}, and Lake County employs about {a.oemp=<400>:u} of them.", place="Indiana", own_place={1: "Lake County"})
T("pg-06", "bullets", "Weigher (recordkeeping)\n- Median pay (2024): {b.median@24:o!2024}\n- Jobs (2024): {b.oemp@24:o!2024}\n- Typical education: {b.edu~cap:c}")
T("pg-07", "career-site", "Metal pickling equipment operators held about {a.oemp:c!2025} jobs in 2025, and about {a.self:c!2025} were self-employed. BLS projects employment to grow {a.pct:c} over the decade.")
T("pg-08", "forum", "per BLS weighers make {b.median*0.6~k:m} median. scale house at our quarry pays more than that lol")
T("pg-09", "faq", "What does a scale clerk make per hour? BLS puts the mean for weighers, measurers, checkers and samplers at {b.mean~hr:c!2025} an hour in May 2025.", heading="FAQ")
NC("pg-n1", "Certified truck scales cost $45,000 to $90,000 installed; call 317-555-0102 for a quote.")
NC("pg-n2", "Our pickling line runs 1,100 feet per minute and handles coil up to 72 inches wide.")

P("Athlete", "Dancer")
T("ad-01", "career-site", "Athletes and sports competitors had a median annual wage of {a.median:c!2025} in May 2025, but the average is far higher, {a.mean:c!2025}, because a few stars earn millions.", heading="How much do athletes make?")
T("ad-02", "comparison", "Dancers are paid by the hour or by the gig, and BLS doesn't publish an annual wage for them; their mean hourly wage was {b.mean~hr:c!2025} in May 2025. Both careers typically require {a.edu:c}, just years of training.", heading="Athlete vs. Dancer: Which Career Pays More?")
T("ad-03", "ooh", "Employment of dancers is projected to grow {b.pct~pc:c!2035} from 2025 to 2035, {b.desc=<slower than the average>:c!2035} for all occupations. About {b.open:c} openings for dancers are projected each year, on average, over the decade.", heading="Job Outlook")
T("ad-04", "forum", "per BLS dancers average {b.mean@24~hr:o}/hr. sure, for the 10 hours a week you actually get booked")
T("ad-05", "career-site", "In New York, dancers earn a mean of {b.mean=<$36.40>~hr:u} an hour, and New York City employs about {b.oemp=<2,100>:u} of them.", place="New York", own_place={1: "New York City"})
T("ad-06", "bullets", "Dancer\n- Mean hourly wage: {b.mean~hr:c}\n- Jobs: {b.oemp:c}\n- Self-employed: {b.self:c}\n- Outlook (2024–34): {b.pct@24:o!2034}")
T("ad-07", "career-site", "About {a.self:c} of athletes are self-employed, and there are roughly {a.oemp:c!2025} athlete jobs in the OEWS survey as of May 2025.")
T("ad-08", "forum", "per BLS pro athletes median is {a.median*2~k:m}? no way, minor leaguers make nothing")
T("ad-09", "press", "Athletes held about {a.oemp@24:o!2024} jobs in May 2024 and earned a median of {a.median@24:o!2024}, BLS data show.")
NC("ad-n1", "Our summer dance intensive is $1,200 for 4 weeks; auditions are February 12 at 10 a.m.")
NC("ad-n2", "The team's 2025 payroll topped $180 million, and 26 players are on the active roster.")

P("Club DJ", "Magician")
T("dm-01", "career-site", "BLS tracks club and event DJs as disc jockeys, except radio. They earned a mean hourly wage of {a.mean~hr:c!2025} in May 2025, and about {a.self:c!2025} of them were self-employed.", heading="How much do club DJs make?")
T("dm-02", "comparison", "Magicians fall under BLS's \"entertainers and performers, sports and related workers, all other,\" a group with a mean wage of {b.mean~hr:c} an hour. Club DJs average {a.mean~hr:c}. DJs typically need a {a.edu:c}; magicians, {b.edu:c}.", heading="Club DJ vs. Magician: Which Gig Pays Better?")
T("dm-03", "forum", "wedding DJ, 8 yrs. I charge $1,400 for a 5-hour reception. per BLS DJs average {a.mean@24~hr:o} an hour, guess that's the hourly employee guys")
T("dm-04", "career-site", "In Nevada, club DJs earn a mean of {a.mean=<$41.20>~hr:u} an hour, and the Las Vegas area employs about {a.oemp=<900>:u} of them.", place="Nevada", own_place={1: "Las Vegas area"})
T("dm-05", "ooh", "Employment of entertainers and performers, sports and related workers, all other is projected to grow {b.pct~pc:c!2035} from 2025 to 2035. About {b.self:c} of these workers are self-employed.", heading="Job Outlook")
T("dm-06", "bullets", "Magician (entertainers and performers, all other)\n- Mean hourly wage (May 2024): {b.mean@24~hr:o!2024}\n- Jobs: {b.oemp:c}\n- Outlook (2024–34): {b.pct@24:o!2034}")
T("dm-07", "forum", "per BLS magicians are growing {b.pct=<15%>:m}?? lol the birthday party market is not booming")
T("dm-08", "faq", "How many DJs are there in the U.S.? BLS counts about {a.emp:c} disc jockeys (except radio), with about {a.open:c} openings a year projected.", heading="FAQ")
T("dm-09", "forum", "per BLS club DJs average {a.mean*1.6~hr:m}/hr. maybe the residency guys in Ibiza")
NC("dm-n1", "Book us for your event: packages start at $850, call 702-555-0166, available 24/7.")
NC("dm-n2", "Our magic shop sells the Svengali deck for $12.95; 10% off for club members.")

P("Recreation Supervisor", "Locker Room Attendant")
T("rl-01", "ooh", "The median annual wage for first-line supervisors of entertainment and recreation workers, except gambling services was {a.median:c!2025} in May 2025.", heading="Pay")
T("rl-02", "comparison", "Recreation supervisors run the day-to-day at rec centers, pools and camps; locker room attendants hand out towels and keep locker areas clean. Supervisors earn a median of about {a.median~th:c} a year, attendants about {b.median~th:c}. Both jobs typically need a {a.edu:c}.", heading="Recreation Supervisor vs. Locker Room Attendant")
T("rl-03", "government", "As of May 2025, BLS counted roughly {a.oemp:c!2025} recreation supervisors, many of them at city parks and recreation departments. BLS projects about {a.open:c!2035} openings for these workers each year from 2025 to 2035.", heading="Parks and Recreation careers")
T("rl-04", "ooh", "Employment of first-line supervisors of entertainment and recreation workers, except gambling services is projected to grow {a.pct~pc:c!2035} from 2025 to 2035.", heading="Job Outlook")
T("rl-05", "forum", "rec supervisor for a city in Arizona, $24.80/hr. per BLS we average {a.mean@24~hr:o}/hr, I think that's last year's table")
T("rl-06", "career-site", "In Arizona, recreation supervisors earn a median of {a.median=<$51,400>:u}, and Maricopa County employs about {a.oemp=<2,300>:u} of them.", place="Arizona", own_place={1: "Maricopa County"})
T("rl-07", "bullets", "Locker room attendant\n- Median pay: {b.median@24:o}\n- Mean hourly: {b.mean~hr:c}\n- Openings per year: {b.open:c}")
T("rl-08", "faq", "What do locker room attendants make? The median is about {b.median~hr:c} an hour, or roughly {b.median~wk:c} a week, and the top 10 percent earn more than {b.p90:c} a year.", heading="FAQ")
T("rl-09", "forum", "per BLS locker room attendants make {b.median*1.5~k:m} median lol. country club pays me $15 plus tips")
T("rl-10", "career-site", "Recreation supervisors held about {a.oemp@23:o!2023} jobs in 2023. They earned a mean of {a.mean@23:o!2023} that year.")
NC("rl-n1", "Summer camp registration opens March 1: $210 per week, with a 10% sibling discount.")
NC("rl-n2", "Our fitness center has 400 lockers, 3 pools and is open 5 a.m. to 11 p.m.")

P("Room Service Attendant", "Loss Prevention Specialist")
T("rp-01", "career-site", "Room service attendants are counted by BLS as food servers, nonrestaurant. They earned a median annual wage of {a.median:c!2025} in May 2025, or about {a.median~hr:c!2025} an hour.", heading="Room service attendant pay")
T("rp-02", "comparison", "Hotels employ both. Loss prevention specialists, whom BLS counts among protective service workers, all other, earn a median of about {b.median~th:c}, compared with {a.median~th:c} for room service attendants. Loss prevention jobs typically need a {b.edu:c}; room service needs {a.edu:c}.", heading="Room Service Attendant vs. Loss Prevention Specialist")
T("rp-03", "ooh", "Food servers, nonrestaurant held about {a.emp:c!2025} jobs in 2025. Employment is projected to add about {a.chg:c} jobs over the decade, and about {a.open:c} openings are projected each year.", heading="Work Environment")
T("rp-04", "forum", "room service at a Vegas strip hotel, union. base is $18.90 plus service charge. per BLS we average {a.mean~hr:c}/hr, lol")
T("rp-05", "career-site", "In Nevada, loss prevention specialists earn a median of {b.median=<$44,100>:u}, and Clark County employs about {b.oemp=<2,600>:u} of them.", place="Nevada", own_place={1: "Clark County"})
T("rp-06", "bullets", "Loss prevention specialist\n- Median pay (May 2024): {b.median@24:o!2024}\n- Mean hourly (May 2025): {b.mean~hr:c!2025}\n- Openings per year: {b.open:c}")
T("rp-07", "forum", "LP at a big box store. per BLS loss prevention makes {b.median*1.45~k:m} median?? maybe for district managers")
T("rp-08", "faq", "How many loss prevention jobs are there? BLS counts about {b.oemp:c!2025} protective service workers in the \"all other\" group as of May 2025, and projects employment to grow {b.pct=<9%>:m}.", heading="FAQ")
T("rp-09", "career-site", "Room service attendants earned a median of {a.median@23:o!2023} in 2023, and the group numbered about {a.oemp@23:o!2023} that year.")
NC("rp-n1", "In-room dining is available 24/7; a $5 delivery charge and 18% gratuity apply.")
NC("rp-n2", "Our loss prevention team cut shrink by 30% in 2024 and recovered $1.2 million in merchandise.")

# ---------------------------------------------------------------- second pass: forms the first pass wrote few of
P("Architecture Professor", "Sociology Professor")
T("as-12", "table", "| | Architecture Professor | Sociology Professor |\n|---|---|---|\n| Median salary | {a.median:c} | {b.median:c} |\n| Typical entry-level education | {a.edu~cap:c} | {b.edu=<Master's degree>:m} |", heading="Quick comparison")
P("Earth Science Professor", "Remote Sensing Scientist")
T("er-11", "school", "Where do our geoscience PhDs land? Many teach. Nationally, earth science faculty at the 75th percentile earn {a.p75:c}, and those at the 25th percentile earn {a.p25:c}.", heading="Graduate outcomes")
P("Botanist", "Ranch Hand")
T("br-11", "trade", "Ranch hand pay depends on the outfit and the season: nationally, it runs from {b.range~_asmuch:c} a year, per BLS. Many ranches add housing and a beef allowance.")
T("br-12", "career-site", "In the 2024–34 projections, biological scientists in the all-other group were expected to add about {a.chg@24:o!2034} jobs.")
P("Healthcare Social Worker", "Substance Abuse Social Worker")
T("hs-11", "forum", "you only need a {a.edu=<bachelor's degree>:m} to be a hospital social worker per BLS. source: trust me")
T("hs-12", "career-site", "On average, healthcare social workers earn {a.mean@23:o}, and substance abuse social workers {b.mean@23:o}.")
P("Allergist", "Endoscopy Technician")
T("ae-11", "nursing-blog", "Endoscopy techs take home a median of about {b.median~wk:c} a week before taxes, and these workers usually train on the job for a few months.")
P("Painter's Helper", "Weatherization Installer")
T("pw-10", "press", "The state energy office today announced 300 new weatherization positions. Nationally, these workers earned a median of {b.median:c!2025} in May 2025, according to the Bureau of Labor Statistics.", heading="Press release")
P("Refractory Repairer", "Mechanical Insulator")
T("ri-10", "school", "Our refractory technician certificate prepares you for furnace and kiln relining. Refractory repairers typically need an {a.edu=<associate's degree>:m}, and they earn a mean of {a.mean~hr:c} an hour nationally.")
P("Maintenance Supervisor", "Maintenance Helper")
T("mh-11", "tech-blog", "Hiring a maintenance lead for your plant? Budget accordingly: BLS salaries for maintenance supervisors run {a.range~k_dash:c}, with a median near {a.median~k:c}.")
P("Locomotive Electrician", "Industrial Electronics Repairer")
T("li-10", "union", "Brothers and sisters: transportation equipment electricians nationally earned a median of {a.median@23:o!2023} back in 2023. Our contract rate beats that by $9 an hour.", heading="Local newsletter")
P("Shuttle Car Operator", "Extraction Helper")
T("se-10", "career-site", "Shuttle car operators rarely need a degree. They earn a mean of {a.mean:c} a year, and the top 10 percent make more than {a.p90:c}.")
P("Textile Cutting Machine Operator", "Textile Winding Machine Operator")
T("tw-10", "frontmatter", "---\noccupation: Textile Winding Machine Operator\nmedian_pay: \"{b.median:c}\"\noutlook: \"{b.pct:c} decline\"\neducation: \"{b.edu~cap:c}\"\n---")
P("Fish Cutter", "Slicing Machine Operator")
T("fs-10", "table", "| Role | Median pay | Typical education |\n|---|---|---|\n| Fish cutter | {a.median:c} | {a.edu~cap:c} |\n| Slicing machine operator | {b.median:c} | {b.edu=<Bachelor's degree>:m} |")
P("Still Operator", "Chemical Equipment Operator")
T("sc-10", "career-site", "In the 2024–34 projections, BLS expected still operator jobs to fall {a.pct@24~pc:o!2034}.")
P("Crusher Operator", "Kiln Operator")
T("ck-09", "press", "Quarry wages are rising. The 75th percentile wage for crushing, grinding and polishing machine operators was {a.p75:c!2025} in May 2025, up from {a.p75@24:o!2024} a year earlier, BLS data show.", heading="Aggregates association news")
P("Machine Tool Setter", "Welding Machine Operator")
T("mw-11", "forum", "per BLS you need an {b.edu=<associate's degree>:m} to run a robotic welder? nah, 2 weeks of training")
P("Cake Decorator", "Institutional Cook")
T("ci-10", "school", "Graduates of our culinary certificate go into roles like institutional cook, where the median wage is {b.median~hr:c} an hour nationally. Tuition is $4,900 for two semesters.")
P("Glass Blower", "Hand Cutter")
T("gh-10", "career-site", "Molders, shapers and casters, the group that includes glass blowers, held about {a.oemp@23:o!2023} jobs in 2023.")
P("Metal Pickling Operator", "Weigher")
T("pg-10", "government", "In Indiana, weigher and checker jobs are projected to fall {b.pct=<7%>:u!2032} through 2032, and the state employs about {b.oemp=<1,500>:u} of them.", place="Indiana", heading="Indiana occupational projections")
P("Athlete", "Dancer")
T("ad-10", "career-site", "Most athletes earn far less than the headlines suggest: the bottom 10 percent earned less than {a.p10:c}, and the 75th percentile was {a.p75:c}.")
P("Club DJ", "Magician")
T("dm-10", "government", "Entertainers and performers in the all-other group, magicians among them, numbered about {b.emp:c!2025} in 2025, and about {b.self:c!2025} of them were self-employed.", heading="Creative economy report")
P("Recreation Supervisor", "Locker Room Attendant")
T("rl-11", "forum", "per BLS recreation supervisor jobs usually require a {a.edu=<bachelor's degree>:m}. my city only asked for a diploma + 3 yrs")
P("Room Service Attendant", "Loss Prevention Specialist")
T("rp-10", "faq", "What does room service pay per month? The median for nonrestaurant food servers is about {a.median~mo:c} a month.", heading="FAQ")

# ---------------------------------------------------------------- third pass: more counts, shares and dated figures
P("Architecture Professor", "Sociology Professor")
T("as-13", "career-site", "In May 2023, the median annual wage for sociology teachers, postsecondary was {b.median@23:o!2023}. Architecture programs, meanwhile, expect about {a.open:c} openings a year nationally.")
P("Earth Science Professor", "Remote Sensing Scientist")
T("er-12", "faq", "How fast is remote sensing growing? In the 2024–34 projections, BLS expected physical scientists in the all-other group to grow just {b.pct@24~pc:o!2034}. Earth science professors average {a.mean:c} a year, and the top 10 percent earn more than {a.p90:c}.", heading="FAQ")
P("Botanist", "Ranch Hand")
T("br-13", "forum", "ranch hands averaged {b.mean@24~hr:o!2024} an hour in May 2024 per BLS. botanists average {a.mean~hr:c}. guess which one I picked")
P("Healthcare Social Worker", "Substance Abuse Social Worker")
T("hs-13", "government", "Healthcare social workers are projected to add about {a.chg:c!2035} jobs from 2025 to 2035, with about {a.open:c} openings a year.", heading="Health workforce outlook")
T("hs-14", "forum", "per BLS the top 10% of substance abuse social workers make over {b.p90*1.4~k:m}. sure, if you're running the agency")
P("Allergist", "Endoscopy Technician")
T("ae-12", "career-site", "Pay in the physicians-all-other group is wide: the bottom 10 percent earn less than {a.p10:c}, often residents and fellows, while the median is {a.median:c}.")
P("Painter's Helper", "Weatherization Installer")
T("pw-11", "school", "Our 10-week weatherization technician program gets you job-ready. Nationally, the middle 50% of workers in BLS's miscellaneous construction group earn between {b.mid~_and:c} a year. Tuition is $2,400.", heading="Weatherization Technician Certificate")
T("pw-12", "career-site", "The top 10 percent of painter's helpers earn more than {a.p90:c} a year, and the bottom 10 percent less than {a.p10:c}.")
P("Refractory Repairer", "Mechanical Insulator")
T("ri-11", "forum", "per BLS refractory repairers made {a.median@23:o!2023} in 2023. we bricklayers in the mills make a lot more, union")
P("Maintenance Supervisor", "Maintenance Helper")
T("mh-12", "career-site", "About {b.self:c} of maintenance helpers are self-employed; most work for manufacturers, property managers and schools.")
P("Locomotive Electrician", "Industrial Electronics Repairer")
T("li-11", "career-site", "Locomotive electricians' employment was projected to grow {a.pct@24:o!2034} from 2024 to 2034 in BLS's previous projections.")
P("Shuttle Car Operator", "Extraction Helper")
T("se-11", "government", "Underground loading and moving machine operators are projected to lose about {a.chg:c!2035} jobs from 2025 to 2035 as coal production falls.", heading="Coal country workforce transition")
P("Textile Cutting Machine Operator", "Textile Winding Machine Operator")
T("tw-11", "career-site", "Textile winding machine operators are rarely self-employed: about {b.self:c} work for themselves, mostly in small yarn shops.")
P("Fish Cutter", "Slicing Machine Operator")
T("fs-11", "career-site", "Only about {a.self:c} of meat, poultry and fish cutters are self-employed, per BLS.")
P("Still Operator", "Chemical Equipment Operator")
T("sc-11", "career-site", "In the 2024–34 projections, BLS expected about {a.open@24:o!2034} openings a year for still and separating machine operators.")
P("Crusher Operator", "Kiln Operator")
T("ck-10", "union", "Members at the cement plant asked how we compare. Kiln operators nationally averaged {b.mean@23~hr:o!2023} an hour in 2023; our kiln burners make $34.10 under the current contract.", heading="Local 9 bulletin")
P("Machine Tool Setter", "Welding Machine Operator")
T("mw-12", "tech-blog", "For cost modeling, assume setter wages near the middle: a quarter of multiple machine tool setters earn less than {a.p25:c}, and a quarter earn more than {a.p75:c}.")
P("Cake Decorator", "Institutional Cook")
T("ci-11", "government", "About {b.open:c!2035} openings for institution and cafeteria cooks are projected each year from 2025 to 2035.", heading="Food service occupations in demand")
P("Glass Blower", "Hand Cutter")
T("gh-11", "ooh", "Employment of cutters and trimmers, hand is projected to lose about {b.chg:c!2035} jobs from 2025 to 2035.", heading="Job Outlook")
P("Metal Pickling Operator", "Weigher")
T("pg-11", "career-site", "Pickling operator jobs were projected to grow {a.pct@24~pc:o!2034} from 2024 to 2034, BLS said in its previous projections.")
P("Athlete", "Dancer")
T("ad-11", "career-site", "Athlete employment is projected to add about {a.chg:c!2035} jobs from 2025 to 2035. About {b.self@24:o} of dancers are self-employed, according to an older BLS table.")
P("Club DJ", "Magician")
T("dm-11", "career-site", "BLS projected about {a.open@24:o!2034} openings a year for DJs from 2024 to 2034.")
P("Recreation Supervisor", "Locker Room Attendant")
T("rl-12", "government", "Recreation supervisor employment is projected to add about {a.chg:c!2035} jobs from 2025 to 2035.", heading="Parks and Recreation careers")
P("Room Service Attendant", "Loss Prevention Specialist")
T("rp-11", "career-site", "In the 2024–34 projections, BLS expected nonrestaurant food servers to add about {a.chg@24:o!2034} jobs.")

OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout17:\n  " + "\n  ".join(errs))
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
        print("stated year:", sum(c["year"] is not None for c in cs), "place:", sum(c["place"] is not None for c in cs))
        print(Counter(i["id"].split("-")[0] for i in ITEMS))


if __name__ == "__main__":
    main()
