#!/usr/bin/env python3
"""Generator for the claims-holdout5 corpus (written blind to the claim engine).

DATA below is copied from `node dist/cli.js roles "<query>" -f json` (one record per occupation used):
wages_YYYY = the record's `wages` (2025) / `previous[].wages` (2024, 2023); employment_YYYY = `employment`;
ep-2025-35 / ep-2024-34 = the matching `outlooks[]` entry (counts in thousands, as the CLI prints them).
CNA (31-1131) is taken from the "Certified Nursing Assistant" query: the CLI resolves "CNA" to 31-1120 (home health
and personal care aides), which is the wrong occupation (see README).

check() re-derives every verdict from DATA and refuses to write the files if any label disagrees.
Run: python3 make-holdout5.py          (writes claims.json and not-claims.json next to this file)
     python3 make-holdout5.py --flips  (flips each label in turn and counts how many check() catches)
"""
import json
import math
import os
import re
import sys

null = None
DATA = {
    '29-1141': {"query": "Registered Nurse", "title": "Registered Nurses", "wages_2025": {"median": 97550, "mean": 101420, "p10": 68940, "p25": 80330, "p75": 112350, "p90": 137470, "hourlyMean": 48.76}, "employment_2025": 3379720, "wages_2024": {"median": 93600, "mean": 98430, "p10": 66030, "p25": 78610, "p75": 107960, "p90": 135320, "hourlyMean": 47.32}, "employment_2024": 3282010, "wages_2023": {"median": 86070, "mean": 94480, "p10": 63720, "p25": 75990, "p75": 104670, "p90": 132680, "hourlyMean": 45.42}, "employment_2023": 3175390, "ep-2025-35": {"employmentBase": 3465.4, "employmentTarget": 3660.1, "changePercent": 5.6, "changeNumeric": 194.7, "openingsPerYear": 180.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}, "ep-2024-34": {"employmentBase": 3391, "employmentTarget": 3557.1, "changePercent": 4.9, "changeNumeric": 166.1, "openingsPerYear": 189.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}},
    '29-2061': {"query": "Licensed Practical Nurse", "title": "Licensed Practical and Licensed Vocational Nurses", "wages_2025": {"median": 64400, "mean": 67050, "p10": 49740, "p25": 59000, "p75": 76030, "p90": 83440, "hourlyMean": 32.24}, "employment_2025": 648410, "wages_2024": {"median": 62340, "mean": 64150, "p10": 47960, "p25": 55220, "p75": 73160, "p90": 80510, "hourlyMean": 30.84}, "employment_2024": 632430, "wages_2023": {"median": 59730, "mean": 60790, "p10": 45670, "p25": 50640, "p75": 67140, "p90": 77870, "hourlyMean": 29.23}, "employment_2023": 630250, "ep-2025-35": {"employmentBase": 666.9, "employmentTarget": 686.7, "changePercent": 3, "changeNumeric": 19.7, "openingsPerYear": 51.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.9}, "ep-2024-34": {"employmentBase": 651.4, "employmentTarget": 668.5, "changePercent": 2.6, "changeNumeric": 17.1, "openingsPerYear": 54.4, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.3}},
    '29-1071': {"query": "Physician Assistant", "title": "Physician Assistants", "wages_2025": {"median": 135880, "mean": 141280, "p10": 99380, "p25": 120670, "p75": 163980, "p90": 190280, "hourlyMean": 67.92}, "employment_2025": 162150, "wages_2024": {"median": 133260, "mean": 136900, "p10": 95240, "p25": 113770, "p75": 160160, "p90": 182200, "hourlyMean": 65.82}, "employment_2024": 155540, "wages_2023": {"median": 130020, "mean": 130490, "p10": 86280, "p25": 108100, "p75": 151720, "p90": 170790, "hourlyMean": 62.74}, "employment_2023": 145740, "ep-2025-35": {"employmentBase": 168.9, "employmentTarget": 204.6, "changePercent": 21.1, "changeNumeric": 35.7, "openingsPerYear": 11.5, "education": "Master's degree", "selfEmployedPercent": 1.4}, "ep-2024-34": {"employmentBase": 162.7, "employmentTarget": 195.8, "changePercent": 20.4, "changeNumeric": 33.2, "openingsPerYear": 12, "education": "Master's degree", "selfEmployedPercent": 1.5}},
    '29-1171': {"query": "Nurse Practitioner", "title": "Nurse Practitioners", "wages_2025": {"median": 132300, "mean": 137300, "p10": 101340, "p25": 117990, "p75": 156700, "p90": 174420, "hourlyMean": 66.01}, "employment_2025": 323040, "wages_2024": {"median": 129210, "mean": 132000, "p10": 97960, "p25": 109940, "p75": 149570, "p90": 169950, "hourlyMean": 63.46}, "employment_2024": 307390, "wages_2023": {"median": 126260, "mean": 128490, "p10": 94530, "p25": 106960, "p75": 140610, "p90": 168030, "hourlyMean": 61.78}, "employment_2023": 280140, "ep-2025-35": {"employmentBase": 336.3, "employmentTarget": 474.1, "changePercent": 41, "changeNumeric": 137.8, "openingsPerYear": 29.4, "education": "Master's degree", "selfEmployedPercent": 1.6}, "ep-2024-34": {"employmentBase": 320.4, "employmentTarget": 448.8, "changePercent": 40.1, "changeNumeric": 128.4, "openingsPerYear": 29.5, "education": "Master's degree", "selfEmployedPercent": 1}},
    '31-1131': {"query": "Certified Nursing Assistant", "title": "Nursing Assistants", "wages_2025": {"median": 42260, "mean": 42700, "p10": 33940, "p25": 37260, "p75": 47220, "p90": 51980, "hourlyMean": 20.53}, "employment_2025": 1448910, "wages_2024": {"median": 39530, "mean": 41270, "p10": 31390, "p25": 36260, "p75": 46070, "p90": 50140, "hourlyMean": 19.84}, "employment_2024": 1388430, "wages_2023": {"median": 38200, "mean": 39610, "p10": 30020, "p25": 34990, "p75": 44540, "p90": 48780, "hourlyMean": 19.04}, "employment_2023": 1351760, "ep-2025-35": {"employmentBase": 1505.9, "employmentTarget": 1544.9, "changePercent": 2.6, "changeNumeric": 39, "openingsPerYear": 196.2, "education": "Postsecondary nondegree award", "selfEmployedPercent": 1.8}, "ep-2024-34": {"employmentBase": 1441.5, "employmentTarget": 1474, "changePercent": 2.3, "changeNumeric": 32.6, "openingsPerYear": 204.1, "education": "Postsecondary nondegree award", "selfEmployedPercent": 1.3}},
    '31-2011': {"query": "Occupational Therapy Assistant", "title": "Occupational Therapy Assistants", "wages_2025": {"median": 72300, "mean": 70710, "p10": 51490, "p25": 61710, "p75": 79160, "p90": 89780, "hourlyMean": 33.99}, "employment_2025": 51290, "wages_2024": {"median": 68340, "mean": 68540, "p10": 49070, "p25": 59950, "p75": 77340, "p90": 86930, "hourlyMean": 32.95}, "employment_2024": 47910, "wages_2023": {"median": 67010, "mean": 68170, "p10": 48670, "p25": 59400, "p75": 77290, "p90": 89230, "hourlyMean": 32.78}, "employment_2023": 46090, "ep-2025-35": {"employmentBase": 52.2, "employmentTarget": 63.4, "changePercent": 21.5, "changeNumeric": 11.2, "openingsPerYear": 8.1, "education": "Associate's degree", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 49.2, "employmentTarget": 58.7, "changePercent": 19.2, "changeNumeric": 9.5, "openingsPerYear": 7.2, "education": "Associate's degree", "selfEmployedPercent": null}},
    '31-2021': {"query": "Physical Therapist Assistant", "title": "Physical Therapist Assistants", "wages_2025": {"median": 68380, "mean": 68730, "p10": 47750, "p25": 59820, "p75": 78680, "p90": 89510, "hourlyMean": 33.04}, "employment_2025": 112430, "wages_2024": {"median": 65510, "mean": 67160, "p10": 46020, "p25": 58240, "p75": 77270, "p90": 87630, "hourlyMean": 32.29}, "employment_2024": 108010, "wages_2023": {"median": 64080, "mean": 65860, "p10": 42110, "p25": 56490, "p75": 76610, "p90": 88830, "hourlyMean": 31.66}, "employment_2023": 104000, "ep-2025-35": {"employmentBase": 114.1, "employmentTarget": 140.4, "changePercent": 23, "changeNumeric": 26.2, "openingsPerYear": 18.5, "education": "Associate's degree", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 111.5, "employmentTarget": 136, "changePercent": 22, "changeNumeric": 24.5, "openingsPerYear": 19.8, "education": "Associate's degree", "selfEmployedPercent": 0.7}},
    '49-9021': {"query": "HVAC Technician", "title": "Heating, Air Conditioning, and Refrigeration Mechanics and Installers", "wages_2025": {"median": 61010, "mean": 64780, "p10": 40050, "p25": 48360, "p75": 77060, "p90": 95210, "hourlyMean": 31.14}, "employment_2025": 409670, "wages_2024": {"median": 59810, "mean": 62690, "p10": 39130, "p25": 47850, "p75": 74820, "p90": 91020, "hourlyMean": 30.14}, "employment_2024": 396870, "wages_2023": {"median": 57300, "mean": 59620, "p10": 37270, "p25": 46550, "p75": 71120, "p90": 84250, "hourlyMean": 28.66}, "employment_2023": 397450, "ep-2025-35": {"employmentBase": 440.9, "employmentTarget": 489.1, "changePercent": 10.9, "changeNumeric": 48.2, "openingsPerYear": 40.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 6.3}, "ep-2024-34": {"employmentBase": 425.2, "employmentTarget": 459.7, "changePercent": 8.1, "changeNumeric": 34.5, "openingsPerYear": 40.1, "education": "Postsecondary nondegree award", "selfEmployedPercent": 4.8}},
    '47-2111': {"query": "Electrician", "title": "Electricians", "wages_2025": {"median": 63190, "mean": 71490, "p10": 42640, "p25": 49430, "p75": 83940, "p90": 108510, "hourlyMean": 34.37}, "employment_2025": 757220, "wages_2024": {"median": 62350, "mean": 69630, "p10": 39430, "p25": 48820, "p75": 81730, "p90": 106030, "hourlyMean": 33.47}, "employment_2024": 742580, "wages_2023": {"median": 61590, "mean": 67810, "p10": 38470, "p25": 48100, "p75": 80260, "p90": 104180, "hourlyMean": 32.6}, "employment_2023": 712580, "ep-2025-35": {"employmentBase": 821, "employmentTarget": 896.9, "changePercent": 9.2, "changeNumeric": 75.9, "openingsPerYear": 72.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.1}, "ep-2024-34": {"employmentBase": 818.7, "employmentTarget": 896.1, "changePercent": 9.5, "changeNumeric": 77.4, "openingsPerYear": 81, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.8}},
    '13-2011': {"query": "Accountant", "title": "Accountants and Auditors", "wages_2025": {"median": 83680, "mean": 94750, "p10": 56020, "p25": 67020, "p75": 109810, "p90": 144090, "hourlyMean": 45.56}, "employment_2025": 1449500, "wages_2024": {"median": 81680, "mean": 93520, "p10": 52780, "p25": 64660, "p75": 106450, "p90": 141420, "hourlyMean": 44.96}, "employment_2024": 1448290, "wages_2023": {"median": 79880, "mean": 90780, "p10": 50440, "p25": 62720, "p75": 103990, "p90": 137280, "hourlyMean": 43.65}, "employment_2023": 1435770, "ep-2025-35": {"employmentBase": 1595.2, "employmentTarget": 1674.6, "changePercent": 5, "changeNumeric": 79.4, "openingsPerYear": 115.3, "education": "Bachelor's degree", "selfEmployedPercent": 5.5}, "ep-2024-34": {"employmentBase": 1579.8, "employmentTarget": 1652.6, "changePercent": 4.6, "changeNumeric": 72.8, "openingsPerYear": 124.2, "education": "Bachelor's degree", "selfEmployedPercent": 4.6}},
    '13-2051': {"query": "Financial Analyst", "title": "Financial and Investment Analysts", "wages_2025": {"median": 102740, "mean": 116800, "p10": 63720, "p25": 79290, "p75": 133340, "p90": 180860, "hourlyMean": 56.15}, "employment_2025": 361980, "wages_2024": {"median": 101350, "mean": 116490, "p10": 62410, "p25": 78300, "p75": 132050, "p90": 180550, "hourlyMean": 56.01}, "employment_2024": 340580, "wages_2023": {"median": 99010, "mean": 112950, "p10": 60830, "p25": 76880, "p75": 129970, "p90": 175840, "hourlyMean": 54.3}, "employment_2023": 325220, "ep-2025-35": {"employmentBase": 377.2, "employmentTarget": 404.3, "changePercent": 7.2, "changeNumeric": 27.1, "openingsPerYear": 24.7, "education": "Bachelor's degree", "selfEmployedPercent": 2.2}, "ep-2024-34": {"employmentBase": 368.5, "employmentTarget": 389.6, "changePercent": 5.7, "changeNumeric": 21.1, "openingsPerYear": 25.1, "education": "Bachelor's degree", "selfEmployedPercent": 5}},
    '15-1255': {"query": "UX Designer", "title": "Web and Digital Interface Designers", "wages_2025": {"median": 104000, "mean": 117490, "p10": 53750, "p25": 73290, "p75": 158820, "p90": 201550, "hourlyMean": 56.49}, "employment_2025": 113330, "wages_2024": {"median": 98090, "mean": 111450, "p10": 47840, "p25": 64990, "p75": 141860, "p90": 192180, "hourlyMean": 53.58}, "employment_2024": 111400, "wages_2023": {"median": 98540, "mean": 108820, "p10": 48210, "p25": 66020, "p75": 139500, "p90": 176490, "hourlyMean": 52.32}, "employment_2023": 111060, "ep-2025-35": {"employmentBase": 132.7, "employmentTarget": 140.8, "changePercent": 6, "changeNumeric": 8, "openingsPerYear": 8.3, "education": "Bachelor's degree", "selfEmployedPercent": 13.3}, "ep-2024-34": {"employmentBase": 128.9, "employmentTarget": 137.9, "changePercent": 7, "changeNumeric": 9, "openingsPerYear": 9.1, "education": "Bachelor's degree", "selfEmployedPercent": 10.1}},
    '15-1254': {"query": "Web Developer", "title": "Web Developers", "wages_2025": {"median": 92650, "mean": 98770, "p10": 48100, "p25": 64230, "p75": 126230, "p90": 162290, "hourlyMean": 47.49}, "employment_2025": 70190, "wages_2024": {"median": 90930, "mean": 98790, "p10": 48560, "p25": 63140, "p75": 124300, "p90": 162870, "hourlyMean": 47.5}, "employment_2024": 78860, "wages_2023": {"median": 84960, "mean": 95570, "p10": 46850, "p25": 61690, "p75": 116370, "p90": 157280, "hourlyMean": 45.95}, "employment_2023": 85350, "ep-2025-35": {"employmentBase": 87.4, "employmentTarget": 90.6, "changePercent": 3.8, "changeNumeric": 3.3, "openingsPerYear": 5.3, "education": "Bachelor's degree", "selfEmployedPercent": 17.5}, "ep-2024-34": {"employmentBase": 86, "employmentTarget": 92.5, "changePercent": 7.5, "changeNumeric": 6.5, "openingsPerYear": 5.4, "education": "Bachelor's degree", "selfEmployedPercent": 5.3}},
    '33-3051': {"query": "Police Officer", "title": "Police and Sheriff's Patrol Officers", "wages_2025": {"median": 76210, "mean": 79200, "p10": 47510, "p25": 59290, "p75": 97600, "p90": 115120, "hourlyMean": 38.08}, "employment_2025": 670520, "wages_2024": {"median": 76290, "mean": 79320, "p10": 47640, "p25": 58980, "p75": 97190, "p90": 115280, "hourlyMean": 38.14}, "employment_2024": 666990, "wages_2023": {"median": 72280, "mean": 76550, "p10": 45200, "p25": 54770, "p75": 92410, "p90": 111700, "hourlyMean": 36.8}, "employment_2023": 646310, "ep-2025-35": {"employmentBase": 693.2, "employmentTarget": 717.3, "changePercent": 3.5, "changeNumeric": 24.2, "openingsPerYear": 51.5, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 698.8, "employmentTarget": 720.8, "changePercent": 3.1, "changeNumeric": 22, "openingsPerYear": 53.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}},
    '33-3021': {"query": "Detective", "title": "Detectives and Criminal Investigators", "wages_2025": {"median": 93790, "mean": 99430, "p10": 55390, "p25": 69330, "p75": 120520, "p90": 160540, "hourlyMean": 47.8}, "employment_2025": 114430, "wages_2024": {"median": 93580, "mean": 98770, "p10": 54160, "p25": 68390, "p75": 120080, "p90": 159410, "hourlyMean": 47.48}, "employment_2024": 110790, "wages_2023": {"median": 91100, "mean": 95930, "p10": 50670, "p25": 64830, "p75": 116170, "p90": 154360, "hourlyMean": 46.12}, "employment_2023": 106730, "ep-2025-35": {"employmentBase": 120.5, "employmentTarget": 120.7, "changePercent": 0.2, "changeNumeric": 0.2, "openingsPerYear": 7.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.2}, "ep-2024-34": {"employmentBase": 117.9, "employmentTarget": 117.1, "changePercent": -0.7, "changeNumeric": -0.8, "openingsPerYear": 7.8, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
    '25-2021': {"query": "Elementary School Teacher", "title": "Elementary School Teachers, Except Special Education", "wages_2025": {"median": 63970, "mean": 72650, "p10": 47960, "p25": 57710, "p75": 81450, "p90": 104340, "hourlyMean": null}, "employment_2025": 1388390, "wages_2024": {"median": 62340, "mean": 69790, "p10": 46440, "p25": 50680, "p75": 79410, "p90": 102010, "hourlyMean": null}, "employment_2024": 1393310, "wages_2023": {"median": 63680, "mean": 70740, "p10": 46960, "p25": 51260, "p75": 81480, "p90": 104440, "hourlyMean": null}, "employment_2023": 1410070, "ep-2025-35": {"employmentBase": 1419.3, "employmentTarget": 1413.4, "changePercent": -0.4, "changeNumeric": -5.8, "openingsPerYear": 87.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.3}, "ep-2024-34": {"employmentBase": 1422.7, "employmentTarget": 1394.8, "changePercent": -2, "changeNumeric": -27.9, "openingsPerYear": 91, "education": "Bachelor's degree", "selfEmployedPercent": 0.6}},
    '25-2031': {"query": "High School Teacher", "title": "Secondary School Teachers, Except Special and Career/Technical Education", "wages_2025": {"median": 72040, "mean": 76320, "p10": 48780, "p25": 59980, "p75": 92570, "p90": 107600, "hourlyMean": null}, "employment_2025": 1065210, "wages_2024": {"median": 64580, "mean": 73700, "p10": 47330, "p25": 57800, "p75": 83010, "p90": 104670, "hourlyMean": null}, "employment_2024": 1072540, "wages_2023": {"median": 65220, "mean": 73800, "p10": 48040, "p25": 54290, "p75": 83340, "p90": 106380, "hourlyMean": null}, "employment_2023": 1045170, "ep-2025-35": {"employmentBase": 1087.5, "employmentTarget": 1085, "changePercent": -0.2, "changeNumeric": -2.5, "openingsPerYear": 63.5, "education": "Bachelor's degree", "selfEmployedPercent": 0.1}, "ep-2024-34": {"employmentBase": 1094.5, "employmentTarget": 1076.7, "changePercent": -1.6, "changeNumeric": -17.8, "openingsPerYear": 66.2, "education": "Bachelor's degree", "selfEmployedPercent": 0}},
    '29-1051': {"query": "Pharmacist", "title": "Pharmacists", "wages_2025": {"median": 140910, "mean": 140920, "p10": 99290, "p25": 129380, "p75": 161840, "p90": 174230, "hourlyMean": 67.75}, "employment_2025": 321970, "wages_2024": {"median": 137480, "mean": 137210, "p10": 86930, "p25": 127250, "p75": 158620, "p90": 172040, "hourlyMean": 65.97}, "employment_2024": 328870, "wages_2023": {"median": 136030, "mean": 134790, "p10": 89980, "p25": 125860, "p75": 155550, "p90": 168650, "hourlyMean": 64.81}, "employment_2023": 331700, "ep-2025-35": {"employmentBase": 325.2, "employmentTarget": 342.3, "changePercent": 5.2, "changeNumeric": 17.1, "openingsPerYear": 12.5, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.3}, "ep-2024-34": {"employmentBase": 335.1, "employmentTarget": 350.5, "changePercent": 4.6, "changeNumeric": 15.4, "openingsPerYear": 14.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 0.6}},
    '29-2052': {"query": "Pharmacy Technician", "title": "Pharmacy Technicians", "wages_2025": {"median": 45750, "mean": 46620, "p10": 36020, "p25": 37850, "p75": 49990, "p90": 61040, "hourlyMean": 22.41}, "employment_2025": 471680, "wages_2024": {"median": 43460, "mean": 44800, "p10": 35100, "p25": 36920, "p75": 48580, "p90": 59450, "hourlyMean": 21.54}, "employment_2024": 487920, "wages_2023": {"median": 40300, "mean": 43330, "p10": 32720, "p25": 36290, "p75": 47680, "p90": 57130, "hourlyMean": 20.83}, "employment_2023": 460280, "ep-2025-35": {"employmentBase": 471.2, "employmentTarget": 501.3, "changePercent": 6.4, "changeNumeric": 30.1, "openingsPerYear": 44.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 0.1}, "ep-2024-34": {"employmentBase": 490.4, "employmentTarget": 521.8, "changePercent": 6.4, "changeNumeric": 31.5, "openingsPerYear": 49, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
    '29-2034': {"query": "Radiologic Technologist", "title": "Radiologic Technologists and Technicians", "wages_2025": {"median": 80110, "mean": 83840, "p10": 55980, "p25": 64810, "p75": 98750, "p90": 118660, "hourlyMean": 40.31}, "employment_2025": 230490, "wages_2024": {"median": 77660, "mean": 79760, "p10": 52360, "p25": 62910, "p75": 93610, "p90": 106990, "hourlyMean": 38.35}, "employment_2024": 223460, "wages_2023": {"median": 73410, "mean": 75250, "p10": 50020, "p25": 60690, "p75": 84670, "p90": 102380, "hourlyMean": 36.18}, "employment_2023": 221170, "ep-2025-35": {"employmentBase": 234.2, "employmentTarget": 246, "changePercent": 5, "changeNumeric": 11.8, "openingsPerYear": 13, "education": "Associate's degree", "selfEmployedPercent": 0.4}, "ep-2024-34": {"employmentBase": 228, "employmentTarget": 237.8, "changePercent": 4.3, "changeNumeric": 9.8, "openingsPerYear": 12.9, "education": "Associate's degree", "selfEmployedPercent": 0.4}},
    '29-2032': {"query": "Sonographer", "title": "Diagnostic Medical Sonographers", "wages_2025": {"median": 96590, "mean": 97240, "p10": 67820, "p25": 80430, "p75": 106930, "p90": 129370, "hourlyMean": 46.75}, "employment_2025": 90160, "wages_2024": {"median": 89340, "mean": 92550, "p10": 64760, "p25": 78080, "p75": 103630, "p90": 123170, "hourlyMean": 44.49}, "employment_2024": 86460, "wages_2023": {"median": 84470, "mean": 89020, "p10": 63680, "p25": 75640, "p75": 100580, "p90": 116300, "hourlyMean": 42.8}, "employment_2023": 82780, "ep-2025-35": {"employmentBase": 92.2, "employmentTarget": 105.1, "changePercent": 13.9, "changeNumeric": 12.9, "openingsPerYear": 6, "education": "Associate's degree", "selfEmployedPercent": 1.1}, "ep-2024-34": {"employmentBase": 90, "employmentTarget": 101.7, "changePercent": 13, "changeNumeric": 11.7, "openingsPerYear": 5.8, "education": "Associate's degree", "selfEmployedPercent": 2.5}},
    '51-4121': {"query": "Welder", "title": "Welders, Cutters, Solderers, and Brazers", "wages_2025": {"median": 53750, "mean": 56760, "p10": 39240, "p25": 46790, "p75": 63010, "p90": 77530, "hourlyMean": 27.29}, "employment_2025": 416210, "wages_2024": {"median": 51000, "mean": 55100, "p10": 38130, "p25": 45580, "p75": 61610, "p90": 75850, "hourlyMean": 26.49}, "employment_2024": 424040, "wages_2023": {"median": 48940, "mean": 52640, "p10": 36830, "p25": 42760, "p75": 59900, "p90": 72970, "hourlyMean": 25.31}, "employment_2023": 421730, "ep-2025-35": {"employmentBase": 437.7, "employmentTarget": 448.1, "changePercent": 2.4, "changeNumeric": 10.3, "openingsPerYear": 40.3, "education": "High school diploma or equivalent", "selfEmployedPercent": 4.3}, "ep-2024-34": {"employmentBase": 457.3, "employmentTarget": 467.2, "changePercent": 2.2, "changeNumeric": 9.9, "openingsPerYear": 45.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.3}},
    '47-2152': {"query": "Plumber", "title": "Plumbers, Pipefitters, and Steamfitters", "wages_2025": {"median": 63800, "mean": 72170, "p10": 44150, "p25": 50190, "p75": 85110, "p90": 108420, "hourlyMean": 34.7}, "employment_2025": 465840, "wages_2024": {"median": 62970, "mean": 69940, "p10": 40670, "p25": 48860, "p75": 81900, "p90": 105150, "hourlyMean": 33.63}, "employment_2024": 455940, "wages_2023": {"median": 61550, "mean": 67840, "p10": 38690, "p25": 47810, "p75": 80190, "p90": 103140, "hourlyMean": 32.62}, "employment_2023": 436160, "ep-2025-35": {"employmentBase": 510.6, "employmentTarget": 545.2, "changePercent": 6.8, "changeNumeric": 34.5, "openingsPerYear": 42, "education": "High school diploma or equivalent", "selfEmployedPercent": 8}, "ep-2024-34": {"employmentBase": 504.5, "employmentTarget": 527.2, "changePercent": 4.5, "changeNumeric": 22.7, "openingsPerYear": 44, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.8}},
    '53-3032': {"query": "Truck Driver", "title": "Heavy and Tractor-Trailer Truck Drivers", "wages_2025": {"median": 58640, "mean": 59710, "p10": 40140, "p25": 47960, "p75": 69120, "p90": 79380, "hourlyMean": 28.71}, "employment_2025": 2062040, "wages_2024": {"median": 57440, "mean": 58400, "p10": 38640, "p25": 47230, "p75": 65520, "p90": 78800, "hourlyMean": 28.08}, "employment_2024": 2070480, "wages_2023": {"median": 54320, "mean": 55990, "p10": 37440, "p25": 45920, "p75": 63010, "p90": 76780, "hourlyMean": 26.92}, "employment_2023": 2044400, "ep-2025-35": {"employmentBase": 2221.2, "employmentTarget": 2305, "changePercent": 3.8, "changeNumeric": 83.8, "openingsPerYear": 214.5, "education": "Postsecondary nondegree award", "selfEmployedPercent": 7.3}, "ep-2024-34": {"employmentBase": 2235.1, "employmentTarget": 2324.4, "changePercent": 4, "changeNumeric": 89.3, "openingsPerYear": 237.6, "education": "Postsecondary nondegree award", "selfEmployedPercent": 6.9}},
    '53-3033': {"query": "Delivery Driver", "title": "Light Truck Drivers", "wages_2025": {"median": 44860, "mean": 48770, "p10": 30800, "p25": 37270, "p75": 52310, "p90": 80310, "hourlyMean": 23.45}, "employment_2025": 983300, "wages_2024": {"median": 44140, "mean": 47950, "p10": 29580, "p25": 36670, "p75": 52460, "p90": 79630, "hourlyMean": 23.05}, "employment_2024": 994410, "wages_2023": {"median": 42470, "mean": 46090, "p10": 28070, "p25": 35110, "p75": 51110, "p90": 75090, "hourlyMean": 22.16}, "employment_2023": 1003960, "ep-2025-35": {"employmentBase": 1068.5, "employmentTarget": 1136.4, "changePercent": 6.3, "changeNumeric": 67.8, "openingsPerYear": 107.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 7.2}, "ep-2024-34": {"employmentBase": 1079.8, "employmentTarget": 1158.6, "changePercent": 7.3, "changeNumeric": 78.9, "openingsPerYear": 120.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.8}},
    '41-9022': {"query": "Real Estate Agent", "title": "Real Estate Sales Agents", "wages_2025": {"median": 52830, "mean": 69510, "p10": 32970, "p25": 40040, "p75": 82020, "p90": 123590, "hourlyMean": 33.42}, "employment_2025": 193370, "wages_2024": {"median": 56320, "mean": 70970, "p10": 31940, "p25": 38940, "p75": 85440, "p90": 125140, "hourlyMean": 34.12}, "employment_2024": 190600, "wages_2023": {"median": 54300, "mean": 69610, "p10": 31410, "p25": 38050, "p75": 81460, "p90": 119590, "hourlyMean": 33.46}, "employment_2023": 197720, "ep-2025-35": {"employmentBase": 427, "employmentTarget": 434.5, "changePercent": 1.7, "changeNumeric": 7.4, "openingsPerYear": 32.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 54.3}, "ep-2024-34": {"employmentBase": 420.9, "employmentTarget": 433.7, "changePercent": 3.1, "changeNumeric": 12.8, "openingsPerYear": 36.6, "education": "High school diploma or equivalent", "selfEmployedPercent": 53.7}},
    '41-9021': {"query": "Real Estate Broker", "title": "Real Estate Brokers", "wages_2025": {"median": 73220, "mean": 83950, "p10": 37110, "p25": 46480, "p75": 103360, "p90": 143300, "hourlyMean": 40.36}, "employment_2025": 46100, "wages_2024": {"median": 72280, "mean": 91660, "p10": 36920, "p25": 48200, "p75": 114220, "p90": 166730, "hourlyMean": 44.07}, "employment_2024": 49590, "wages_2023": {"median": 63060, "mean": 86130, "p10": 36490, "p25": 47200, "p75": 98060, "p90": 160980, "hourlyMean": 41.41}, "employment_2023": 51350, "ep-2025-35": {"employmentBase": 103.5, "employmentTarget": 104.3, "changePercent": 0.8, "changeNumeric": 0.8, "openingsPerYear": 7.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 54.9}, "ep-2024-34": {"employmentBase": 111.3, "employmentTarget": 115, "changePercent": 3.3, "changeNumeric": 3.7, "openingsPerYear": 9.7, "education": "High school diploma or equivalent", "selfEmployedPercent": 54.5}},
    '21-1021': {"query": "Social Worker", "title": "Child, Family, and School Social Workers", "wages_2025": {"median": 59550, "mean": 64000, "p10": 42280, "p25": 48270, "p75": 76070, "p90": 95530, "hourlyMean": 30.77}, "employment_2025": 392550, "wages_2024": {"median": 58570, "mean": 62920, "p10": 40580, "p25": 47480, "p75": 74060, "p90": 94030, "hourlyMean": 30.25}, "employment_2024": 382960, "wages_2023": {"median": 53940, "mean": 59190, "p10": 37900, "p25": 45120, "p75": 68450, "p90": 85590, "hourlyMean": 28.46}, "employment_2023": 352160, "ep-2025-35": {"employmentBase": 405.1, "employmentTarget": 422.9, "changePercent": 4.4, "changeNumeric": 17.8, "openingsPerYear": 33.9, "education": "Bachelor's degree", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 399.9, "employmentTarget": 413.3, "changePercent": 3.4, "changeNumeric": 13.4, "openingsPerYear": 35.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}},
    '21-1018': {"query": "Counselor", "title": "Substance Abuse, Behavioral Disorder, and Mental Health Counselors", "wages_2025": {"median": 59350, "mean": 64440, "p10": 38940, "p25": 47100, "p75": 76530, "p90": 97590, "hourlyMean": 30.98}, "employment_2025": 491930, "wages_2024": {"median": 59190, "mean": 65100, "p10": 39090, "p25": 47170, "p75": 76230, "p90": 98210, "hourlyMean": 31.3}, "employment_2024": 440380, "wages_2023": {"median": 53710, "mean": 60080, "p10": 36700, "p25": 44600, "p75": 70130, "p90": 89920, "hourlyMean": 28.89}, "employment_2023": 397880, "ep-2025-35": {"employmentBase": 533.4, "employmentTarget": 631.4, "changePercent": 18.4, "changeNumeric": 98, "openingsPerYear": 50.5, "education": "Master's degree", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 483.5, "employmentTarget": 564.6, "changePercent": 16.8, "changeNumeric": 81, "openingsPerYear": 48.3, "education": "Master's degree", "selfEmployedPercent": 5.9}},
    '23-2011': {"query": "Paralegal", "title": "Paralegals and Legal Assistants", "wages_2025": {"median": 62890, "mean": 69700, "p10": 44740, "p25": 50340, "p75": 80080, "p90": 101500, "hourlyMean": 33.51}, "employment_2025": 392880, "wages_2024": {"median": 61010, "mean": 66510, "p10": 39710, "p25": 48190, "p75": 78280, "p90": 98990, "hourlyMean": 31.98}, "employment_2024": 367220, "wages_2023": {"median": 60970, "mean": 66460, "p10": 39710, "p25": 48180, "p75": 77600, "p90": 98830, "hourlyMean": 31.95}, "employment_2023": 354890, "ep-2025-35": {"employmentBase": 404.9, "employmentTarget": 403.8, "changePercent": -0.3, "changeNumeric": -1.1, "openingsPerYear": 40.8, "education": "Associate's degree", "selfEmployedPercent": 2.1}, "ep-2024-34": {"employmentBase": 376.2, "employmentTarget": 376.8, "changePercent": 0.2, "changeNumeric": 0.6, "openingsPerYear": 39.3, "education": "Associate's degree", "selfEmployedPercent": 1.4}},
    '35-1011': {"query": "Chef", "title": "Chefs and Head Cooks", "wages_2025": {"median": 62470, "mean": 66700, "p10": 37900, "p25": 48440, "p75": 78750, "p90": 98560, "hourlyMean": 32.07}, "employment_2025": 200040, "wages_2024": {"median": 60990, "mean": 64720, "p10": 36000, "p25": 47710, "p75": 76790, "p90": 96030, "hourlyMean": 31.11}, "employment_2024": 182320, "wages_2023": {"median": 58920, "mean": 62640, "p10": 36040, "p25": 45590, "p75": 75590, "p90": 93900, "hourlyMean": 30.12}, "employment_2023": 172370, "ep-2025-35": {"employmentBase": 220.3, "employmentTarget": 234.7, "changePercent": 6.6, "changeNumeric": 14.4, "openingsPerYear": 25.2, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.8}, "ep-2024-34": {"employmentBase": 197.3, "employmentTarget": 211.3, "changePercent": 7.1, "changeNumeric": 14, "openingsPerYear": 24.4, "education": "High school diploma or equivalent", "selfEmployedPercent": 6.3}},
    '35-2014': {"query": "Cook", "title": "Cooks, Restaurant", "wages_2025": {"median": 37390, "mean": 38730, "p10": 28700, "p25": 34010, "p75": 44620, "p90": 47900, "hourlyMean": 18.62}, "employment_2025": 1409890, "wages_2024": {"median": 36830, "mean": 37730, "p10": 28010, "p25": 31310, "p75": 43610, "p90": 47340, "hourlyMean": 18.14}, "employment_2024": 1452130, "wages_2023": {"median": 35780, "mean": 36060, "p10": 26980, "p25": 29860, "p75": 39630, "p90": 46420, "hourlyMean": 17.34}, "employment_2023": 1412350, "ep-2025-35": {"employmentBase": 1417.5, "employmentTarget": 1588.8, "changePercent": 12.1, "changeNumeric": 171.4, "openingsPerYear": 218.6, "education": "No formal educational credential", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 1460.2, "employmentTarget": 1677.2, "changePercent": 14.9, "changeNumeric": 217, "openingsPerYear": 250.7, "education": "No formal educational credential", "selfEmployedPercent": null}},
    '29-1151': {"query": "Nurse Anesthetist", "title": "Nurse Anesthetists", "wages_2025": {"median": 236590, "mean": 248320, "p10": 155250, "p25": 206730, "p75": 294350, "p90": 339500, "hourlyMean": 119.38}, "employment_2025": 51840, "wages_2024": {"median": 223210, "mean": 231700, "p10": 137230, "p25": 187110, "p75": null, "p90": null, "hourlyMean": 111.39}, "employment_2024": 50350, "wages_2023": {"median": 212650, "mean": 214200, "p10": 139980, "p25": 180840, "p75": null, "p90": null, "hourlyMean": 102.98}, "employment_2023": 47810, "ep-2025-35": {"employmentBase": 54.5, "employmentTarget": 59.8, "changePercent": 9.7, "changeNumeric": 5.3, "openingsPerYear": 2.4, "education": "Master's degree", "selfEmployedPercent": 2.8}, "ep-2024-34": {"employmentBase": 53.8, "employmentTarget": 58.5, "changePercent": 8.6, "changeNumeric": 4.6, "openingsPerYear": 2.7, "education": "Master's degree", "selfEmployedPercent": 3.9}},
    '29-1122': {"query": "Occupational Therapist", "title": "Occupational Therapists", "wages_2025": {"median": 100330, "mean": 101280, "p10": 71690, "p25": 82510, "p75": 116670, "p90": 131950, "hourlyMean": 48.69}, "employment_2025": 162450, "wages_2024": {"median": 98340, "mean": 98240, "p10": 67090, "p25": 80490, "p75": 110460, "p90": 129830, "hourlyMean": 47.23}, "employment_2024": 152280, "wages_2023": {"median": 96370, "mean": 96790, "p10": 65210, "p25": 79290, "p75": 109480, "p90": 129620, "hourlyMean": 46.54}, "employment_2023": 144840, "ep-2025-35": {"employmentBase": 169.6, "employmentTarget": 194.8, "changePercent": 14.8, "changeNumeric": 25.2, "openingsPerYear": 10, "education": "Master's degree", "selfEmployedPercent": 2.5}, "ep-2024-34": {"employmentBase": 160, "employmentTarget": 182.1, "changePercent": 13.8, "changeNumeric": 22.1, "openingsPerYear": 10.2, "education": "Master's degree", "selfEmployedPercent": 2.2}},
    '29-1123': {"query": "Physical Therapist", "title": "Physical Therapists", "wages_2025": {"median": 102760, "mean": 105280, "p10": 77140, "p25": 86160, "p75": 121160, "p90": 135140, "hourlyMean": 50.62}, "employment_2025": 267330, "wages_2024": {"median": 101020, "mean": 102400, "p10": 74420, "p25": 83470, "p75": 117190, "p90": 132500, "hourlyMean": 49.23}, "employment_2024": 248630, "wages_2023": {"median": 99710, "mean": 100440, "p10": 72260, "p25": 81970, "p75": 113630, "p90": 130870, "hourlyMean": 48.29}, "employment_2023": 240820, "ep-2025-35": {"employmentBase": 283.7, "employmentTarget": 317.6, "changePercent": 11.9, "changeNumeric": 33.8, "openingsPerYear": 13.4, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.2}, "ep-2024-34": {"employmentBase": 267.2, "employmentTarget": 296.4, "changePercent": 10.9, "changeNumeric": 29.3, "openingsPerYear": 13.2, "education": "Doctoral or professional degree", "selfEmployedPercent": 4.5}},
    '15-1252': {"query": "Software Developer", "title": "Software Developers", "wages_2025": {"median": 135980, "mean": 148100, "p10": 82460, "p25": 105210, "p75": 171980, "p90": 214670, "hourlyMean": 71.2}, "employment_2025": 1687890, "wages_2024": {"median": 133080, "mean": 144570, "p10": 79850, "p25": 103050, "p75": 169000, "p90": 211450, "hourlyMean": 69.5}, "employment_2024": 1654440, "wages_2023": {"median": 132270, "mean": 138110, "p10": 77020, "p25": 101200, "p75": 167540, "p90": 208620, "hourlyMean": 66.4}, "employment_2023": 1656880, "ep-2025-35": {"employmentBase": 1717.8, "employmentTarget": 1892.6, "changePercent": 10.2, "changeNumeric": 174.7, "openingsPerYear": 95.3, "education": "Bachelor's degree", "selfEmployedPercent": 1.5}, "ep-2024-34": {"employmentBase": 1693.8, "employmentTarget": 1961.4, "changePercent": 15.8, "changeNumeric": 267.7, "openingsPerYear": 115.2, "education": "Bachelor's degree", "selfEmployedPercent": 1.6}},
    '15-2051': {"query": "Data Scientist", "title": "Data Scientists", "wages_2025": {"median": 120230, "mean": 126800, "p10": 67240, "p25": 85660, "p75": 158880, "p90": 199130, "hourlyMean": 60.96}, "employment_2025": 262440, "wages_2024": {"median": 112590, "mean": 124590, "p10": 63650, "p25": 82630, "p75": 155810, "p90": 194410, "hourlyMean": 59.9}, "employment_2024": 233440, "wages_2023": {"median": 108020, "mean": 119040, "p10": 61070, "p25": 79810, "p75": 147670, "p90": 184090, "hourlyMean": 57.23}, "employment_2023": 192710, "ep-2025-35": {"employmentBase": 275.6, "employmentTarget": 371, "changePercent": 34.6, "changeNumeric": 95.4, "openingsPerYear": 24.8, "education": "Bachelor's degree", "selfEmployedPercent": 1.9}, "ep-2024-34": {"employmentBase": 245.9, "employmentTarget": 328.3, "changePercent": 33.5, "changeNumeric": 82.5, "openingsPerYear": 23.4, "education": "Bachelor's degree", "selfEmployedPercent": 1.8}},
    '29-1292': {"query": "Dental Hygienist", "title": "Dental Hygienists", "wages_2025": {"median": 98100, "mean": 98990, "p10": 74880, "p25": 83570, "p75": 108480, "p90": 126050, "hourlyMean": 47.59}, "employment_2025": 222740, "wages_2024": {"median": 94260, "mean": 93890, "p10": 66470, "p25": 80060, "p75": 102920, "p90": 120060, "hourlyMean": 45.14}, "employment_2024": 219070, "wages_2023": {"median": 87530, "mean": 89890, "p10": 65110, "p25": 78010, "p75": 100630, "p90": 118400, "hourlyMean": 43.21}, "employment_2023": 211630, "ep-2025-35": {"employmentBase": 225.3, "employmentTarget": 243.2, "changePercent": 8, "changeNumeric": 17.9, "openingsPerYear": 15, "education": "Associate's degree", "selfEmployedPercent": 1.3}, "ep-2024-34": {"employmentBase": 221.6, "employmentTarget": 237.2, "changePercent": 7, "changeNumeric": 15.5, "openingsPerYear": 15.3, "education": "Associate's degree", "selfEmployedPercent": 0.5}},
    '31-9091': {"query": "Dental Assistant", "title": "Dental Assistants", "wages_2025": {"median": 48070, "mean": 50200, "p10": 37130, "p25": 44340, "p75": 58090, "p90": 62250, "hourlyMean": 24.13}, "employment_2025": 387790, "wages_2024": {"median": 47300, "mean": 48860, "p10": 36190, "p25": 39520, "p75": 56910, "p90": 61780, "hourlyMean": 23.49}, "employment_2024": 375430, "wages_2023": {"median": 46540, "mean": 47350, "p10": 35470, "p25": 38220, "p75": 54430, "p90": 61060, "hourlyMean": 22.77}, "employment_2023": 370690, "ep-2025-35": {"employmentBase": 388.6, "employmentTarget": 417.4, "changePercent": 7.4, "changeNumeric": 28.8, "openingsPerYear": 53, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.1}, "ep-2024-34": {"employmentBase": 381.9, "employmentTarget": 406.3, "changePercent": 6.4, "changeNumeric": 24.4, "openingsPerYear": 52.9, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.7}},
    '31-9092': {"query": "Medical Assistant", "title": "Medical Assistants", "wages_2025": {"median": 45690, "mean": 46120, "p10": 36050, "p25": 38470, "p75": 49180, "p90": 59310, "hourlyMean": 22.17}, "employment_2025": 817870, "wages_2024": {"median": 44200, "mean": 44720, "p10": 35020, "p25": 37610, "p75": 48160, "p90": 57830, "hourlyMean": 21.5}, "employment_2024": 793460, "wages_2023": {"median": 42000, "mean": 43350, "p10": 33500, "p25": 36780, "p75": 47220, "p90": 56480, "hourlyMean": 20.84}, "employment_2023": 763040, "ep-2025-35": {"employmentBase": 833.9, "employmentTarget": 941.5, "changePercent": 12.9, "changeNumeric": 107.6, "openingsPerYear": 109.7, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0.2}, "ep-2024-34": {"employmentBase": 811, "employmentTarget": 912.2, "changePercent": 12.5, "changeNumeric": 101.2, "openingsPerYear": 112.3, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
    '47-2031': {"query": "Carpenter", "title": "Carpenters", "wages_2025": {"median": 60580, "mean": 65630, "p10": 40410, "p25": 48510, "p75": 76830, "p90": 99910, "hourlyMean": 31.55}, "employment_2025": 670090, "wages_2024": {"median": 59310, "mean": 64040, "p10": 38760, "p25": 47550, "p75": 75620, "p90": 98370, "hourlyMean": 30.79}, "employment_2024": 697740, "wages_2023": {"median": 56350, "mean": 60970, "p10": 37440, "p25": 46130, "p75": 72290, "p90": 94580, "hourlyMean": 29.31}, "employment_2023": 700290, "ep-2025-35": {"employmentBase": 889.7, "employmentTarget": 924.7, "changePercent": 3.9, "changeNumeric": 35, "openingsPerYear": 62.8, "education": "High school diploma or equivalent", "selfEmployedPercent": 25.1}, "ep-2024-34": {"employmentBase": 959, "employmentTarget": 1002.1, "changePercent": 4.5, "changeNumeric": 43.1, "openingsPerYear": 74.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 26.8}},
    '47-2061': {"query": "Construction Laborer", "title": "Construction Laborers", "wages_2025": {"median": 47120, "mean": 52030, "p10": 35090, "p25": 38620, "p75": 59740, "p90": 78090, "hourlyMean": 25.02}, "employment_2025": 1096780, "wages_2024": {"median": 46730, "mean": 51260, "p10": 34200, "p25": 38100, "p75": 58910, "p90": 77530, "hourlyMean": 24.64}, "employment_2024": 1057660, "wages_2023": {"median": 45300, "mean": 49280, "p10": 31510, "p25": 37070, "p75": 56780, "p90": 76010, "hourlyMean": 23.69}, "employment_2023": 1019090, "ep-2025-35": {"employmentBase": 1489.3, "employmentTarget": 1598.6, "changePercent": 7.3, "changeNumeric": 109.3, "openingsPerYear": 120, "education": "No formal educational credential", "selfEmployedPercent": 26.9}, "ep-2024-34": {"employmentBase": 1457, "employmentTarget": 1563.4, "changePercent": 7.3, "changeNumeric": 106.5, "openingsPerYear": 129.4, "education": "No formal educational credential", "selfEmployedPercent": 26.9}},
    '33-2011': {"query": "Firefighter", "title": "Firefighters", "wages_2025": {"median": 59280, "mean": 63630, "p10": 34910, "p25": 44490, "p75": 77250, "p90": 101040, "hourlyMean": 30.59}, "employment_2025": 345990, "wages_2024": {"median": 59530, "mean": 63890, "p10": 34490, "p25": 44180, "p75": 77410, "p90": 101330, "hourlyMean": 30.72}, "employment_2024": 332240, "wages_2023": {"median": 57120, "mean": 60390, "p10": 31600, "p25": 40230, "p75": 75320, "p90": 93720, "hourlyMean": 29.03}, "employment_2023": 315460, "ep-2025-35": {"employmentBase": 355.3, "employmentTarget": 368.4, "changePercent": 3.7, "changeNumeric": 13.1, "openingsPerYear": 26.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 344.9, "employmentTarget": 356.7, "changePercent": 3.4, "changeNumeric": 11.8, "openingsPerYear": 27.1, "education": "Postsecondary nondegree award", "selfEmployedPercent": 0}},
    '33-3012': {"query": "Correctional Officer", "title": "Correctional Officers and Jailers", "wages_2025": {"median": 58940, "mean": 63630, "p10": 42760, "p25": 48640, "p75": 75850, "p90": 93220, "hourlyMean": 30.59}, "employment_2025": 380500, "wages_2024": {"median": 57970, "mean": 62760, "p10": 41750, "p25": 47520, "p75": 75330, "p90": 93000, "hourlyMean": 30.17}, "employment_2024": 365380, "wages_2023": {"median": 53300, "mean": 58810, "p10": 38340, "p25": 44890, "p75": 68580, "p90": 87250, "hourlyMean": 28.27}, "employment_2023": 351420, "ep-2025-35": {"employmentBase": 397.8, "employmentTarget": 368.2, "changePercent": -7.4, "changeNumeric": -29.5, "openingsPerYear": 28.4, "education": "High school diploma or equivalent", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 387.5, "employmentTarget": 357.4, "changePercent": -7.8, "changeNumeric": -30.1, "openingsPerYear": 30.1, "education": "High school diploma or equivalent", "selfEmployedPercent": null}},
    '17-2141': {"query": "Mechanical Engineer", "title": "Mechanical Engineers", "wages_2025": {"median": 104110, "mean": 113610, "p10": 73990, "p25": 84130, "p75": 132590, "p90": 164340, "hourlyMean": 54.62}, "employment_2025": 296810, "wages_2024": {"median": 102320, "mean": 110080, "p10": 68740, "p25": 81800, "p75": 130290, "p90": 161240, "hourlyMean": 52.92}, "employment_2024": 286760, "wages_2023": {"median": 99510, "mean": 105220, "p10": 64560, "p25": 79160, "p75": 126990, "p90": 157470, "hourlyMean": 50.59}, "employment_2023": 281290, "ep-2025-35": {"employmentBase": 298.5, "employmentTarget": 332, "changePercent": 11.2, "changeNumeric": 33.5, "openingsPerYear": 17.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.5}, "ep-2024-34": {"employmentBase": 293.1, "employmentTarget": 319.6, "changePercent": 9.1, "changeNumeric": 26.5, "openingsPerYear": 18.1, "education": "Bachelor's degree", "selfEmployedPercent": 1.2}},
    '17-2051': {"query": "Civil Engineer", "title": "Civil Engineers", "wages_2025": {"median": 100840, "mean": 108670, "p10": 68240, "p25": 79930, "p75": 129680, "p90": 163220, "hourlyMean": 52.24}, "employment_2025": 367840, "wages_2024": {"median": 99590, "mean": 107050, "p10": 65920, "p25": 78790, "p75": 128290, "p90": 160990, "hourlyMean": 51.47}, "employment_2024": 355410, "wages_2023": {"median": 95890, "mean": 101160, "p10": 63220, "p25": 76500, "p75": 123010, "p90": 150640, "hourlyMean": 48.64}, "employment_2023": 327950, "ep-2025-35": {"employmentBase": 380.6, "employmentTarget": 405.1, "changePercent": 6.4, "changeNumeric": 24.5, "openingsPerYear": 22.7, "education": "Bachelor's degree", "selfEmployedPercent": 1.9}, "ep-2024-34": {"employmentBase": 368.9, "employmentTarget": 387.5, "changePercent": 5, "changeNumeric": 18.5, "openingsPerYear": 23.6, "education": "Bachelor's degree", "selfEmployedPercent": 1.3}},
    '27-1024': {"query": "Graphic Designer", "title": "Graphic Designers", "wages_2025": {"median": 62960, "mean": 70560, "p10": 39520, "p25": 49040, "p75": 81830, "p90": 104910, "hourlyMean": 33.92}, "employment_2025": 197830, "wages_2024": {"median": 61300, "mean": 68610, "p10": 37600, "p25": 47200, "p75": 79000, "p90": 103030, "hourlyMean": 32.98}, "employment_2024": 214260, "wages_2023": {"median": 58910, "mean": 64700, "p10": 36420, "p25": 45560, "p75": 77570, "p90": 100450, "hourlyMean": 31.11}, "employment_2023": 212720, "ep-2025-35": {"employmentBase": 253.1, "employmentTarget": 248.8, "changePercent": -1.7, "changeNumeric": -4.2, "openingsPerYear": 16, "education": "Bachelor's degree", "selfEmployedPercent": 20.5}, "ep-2024-34": {"employmentBase": 265.9, "employmentTarget": 271.5, "changePercent": 2.1, "changeNumeric": 5.7, "openingsPerYear": 20, "education": "Bachelor's degree", "selfEmployedPercent": 17.7}},
    '27-1011': {"query": "Art Director", "title": "Art Directors", "wages_2025": {"median": 114850, "mean": 129440, "p10": 64900, "p25": 82480, "p75": 162640, "p90": 213050, "hourlyMean": 62.23}, "employment_2025": 53070, "wages_2024": {"median": 111040, "mean": 128100, "p10": 61060, "p25": 80130, "p75": 160460, "p90": 211410, "hourlyMean": 61.59}, "employment_2024": 50370, "wages_2023": {"median": 106500, "mean": 125920, "p10": 60440, "p25": 78970, "p75": 155680, "p90": 209800, "hourlyMean": 60.54}, "employment_2023": 51200, "ep-2025-35": {"employmentBase": 140.2, "employmentTarget": 146, "changePercent": 4.2, "changeNumeric": 5.9, "openingsPerYear": 12.2, "education": "Bachelor's degree", "selfEmployedPercent": 62.1}, "ep-2024-34": {"employmentBase": 135, "employmentTarget": 140.7, "changePercent": 4.2, "changeNumeric": 5.7, "openingsPerYear": 12.3, "education": "Bachelor's degree", "selfEmployedPercent": 61.9}},
    '29-1131': {"query": "Veterinarian", "title": "Veterinarians", "wages_2025": {"median": 130100, "mean": 142680, "p10": 73920, "p25": 101460, "p75": 166120, "p90": 215700, "hourlyMean": 68.6}, "employment_2025": 83900, "wages_2024": {"median": 125510, "mean": 140270, "p10": 70350, "p25": 98420, "p75": 161610, "p90": 212890, "hourlyMean": 67.44}, "employment_2024": 80630, "wages_2023": {"median": 119100, "mean": 136300, "p10": 72360, "p25": 94860, "p75": 155230, "p90": 201440, "hourlyMean": 65.53}, "employment_2023": 78220, "ep-2025-35": {"employmentBase": 91.1, "employmentTarget": 99.6, "changePercent": 9.4, "changeNumeric": 8.6, "openingsPerYear": 3.1, "education": "Doctoral or professional degree", "selfEmployedPercent": 7.2}, "ep-2024-34": {"employmentBase": 86.4, "employmentTarget": 94.7, "changePercent": 9.6, "changeNumeric": 8.3, "openingsPerYear": 3, "education": "Doctoral or professional degree", "selfEmployedPercent": 6.1}},
    '29-2056': {"query": "Vet Tech", "title": "Veterinary Technologists and Technicians", "wages_2025": {"median": 47380, "mean": 49120, "p10": 35710, "p25": 38910, "p75": 57650, "p90": 63180, "hourlyMean": 23.61}, "employment_2025": 129140, "wages_2024": {"median": 45980, "mean": 46280, "p10": 32120, "p25": 37390, "p75": 50960, "p90": 60880, "hourlyMean": 22.25}, "employment_2024": 131320, "wages_2023": {"median": 43740, "mean": 44040, "p10": 30180, "p25": 36340, "p75": 48900, "p90": 59310, "hourlyMean": 21.18}, "employment_2023": 122000, "ep-2025-35": {"employmentBase": 131.4, "employmentTarget": 143.8, "changePercent": 9.4, "changeNumeric": 12.3, "openingsPerYear": 13.4, "education": "Associate's degree", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 134.2, "employmentTarget": 146.4, "changePercent": 9.1, "changeNumeric": 12.2, "openingsPerYear": 14.3, "education": "Associate's degree", "selfEmployedPercent": 1.2}},
    '25-2012': {"query": "Kindergarten Teacher", "title": "Kindergarten Teachers, Except Special Education", "wages_2025": {"median": 62680, "mean": 69370, "p10": 46990, "p25": 52180, "p75": 79910, "p90": 101830, "hourlyMean": null}, "employment_2025": 108870, "wages_2024": {"median": 61430, "mean": 67020, "p10": 45750, "p25": 50290, "p75": 77720, "p90": 99360, "hourlyMean": null}, "employment_2024": 114410, "wages_2023": {"median": 62690, "mean": 67790, "p10": 45650, "p25": 50970, "p75": 78950, "p90": 100390, "hourlyMean": null}, "employment_2023": 118580, "ep-2025-35": {"employmentBase": 111.2, "employmentTarget": 110.9, "changePercent": -0.3, "changeNumeric": -0.3, "openingsPerYear": 11.9, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep-2024-34": {"employmentBase": 117.2, "employmentTarget": 115.2, "changePercent": -1.6, "changeNumeric": -1.9, "openingsPerYear": 12.8, "education": "Bachelor's degree", "selfEmployedPercent": 0.1}},
    '25-2011': {"query": "Preschool Teacher", "title": "Preschool Teachers, Except Special Education", "wages_2025": {"median": 38140, "mean": 43030, "p10": 28990, "p25": 34530, "p75": 47550, "p90": 61390, "hourlyMean": 20.69}, "employment_2025": 478780, "wages_2024": {"median": 37120, "mean": 41450, "p10": 28300, "p25": 31250, "p75": 46550, "p90": 60070, "hourlyMean": 19.93}, "employment_2024": 445080, "wages_2023": {"median": 37130, "mean": 41410, "p10": 28200, "p25": 30810, "p75": 46500, "p90": 60900, "hourlyMean": 19.91}, "employment_2023": 430240, "ep-2025-35": {"employmentBase": 583.2, "employmentTarget": 609.4, "changePercent": 4.5, "changeNumeric": 26.2, "openingsPerYear": 66.7, "education": "Associate's degree", "selfEmployedPercent": 0.9}, "ep-2024-34": {"employmentBase": 555.1, "employmentTarget": 578.1, "changePercent": 4.1, "changeNumeric": 22.9, "openingsPerYear": 65.5, "education": "Associate's degree", "selfEmployedPercent": 0.6}},
    '15-1212': {"query": "Information Security Analyst", "title": "Information Security Analysts", "wages_2025": {"median": 129180, "mean": 132510, "p10": 75090, "p25": 97810, "p75": 163500, "p90": 199850, "hourlyMean": 63.71}, "employment_2025": 190650, "wages_2024": {"median": 124910, "mean": 127730, "p10": 69660, "p25": 92160, "p75": 159600, "p90": 186420, "hourlyMean": 61.41}, "employment_2024": 179430, "wages_2023": {"median": 120360, "mean": 124740, "p10": 69210, "p25": 90050, "p75": 153550, "p90": 182370, "hourlyMean": 59.97}, "employment_2023": 175350, "ep-2025-35": {"employmentBase": 192.9, "employmentTarget": 233.4, "changePercent": 21, "changeNumeric": 40.6, "openingsPerYear": 14.1, "education": "Bachelor's degree", "selfEmployedPercent": 0.2}, "ep-2024-34": {"employmentBase": 182.8, "employmentTarget": 234.9, "changePercent": 28.5, "changeNumeric": 52.1, "openingsPerYear": 16, "education": "Bachelor's degree", "selfEmployedPercent": 0.6}},
    '15-1211': {"query": "Computer Systems Analyst", "title": "Computer Systems Analysts", "wages_2025": {"median": 105850, "mean": 114610, "p10": 67340, "p25": 82860, "p75": 134110, "p90": 167710, "hourlyMean": 55.1}, "employment_2025": 519530, "wages_2024": {"median": 103790, "mean": 111960, "p10": 63160, "p25": 80900, "p75": 132360, "p90": 166030, "hourlyMean": 53.83}, "employment_2024": 497800, "wages_2023": {"median": 103800, "mean": 110800, "p10": 63230, "p25": 80380, "p75": 132580, "p90": 165700, "hourlyMean": 53.27}, "employment_2023": 498810, "ep-2025-35": {"employmentBase": 544.4, "employmentTarget": 587.2, "changePercent": 7.9, "changeNumeric": 42.9, "openingsPerYear": 32.9, "education": "Bachelor's degree", "selfEmployedPercent": 2.6}, "ep-2024-34": {"employmentBase": 521.1, "employmentTarget": 566.5, "changePercent": 8.7, "changeNumeric": 45.5, "openingsPerYear": 34.2, "education": "Bachelor's degree", "selfEmployedPercent": 2.2}},
    '43-3031': {"query": "Bookkeeper", "title": "Bookkeeping, Accounting, and Auditing Clerks", "wages_2025": {"median": 50670, "mean": 53560, "p10": 36000, "p25": 43520, "p75": 61470, "p90": 74550, "hourlyMean": 25.75}, "employment_2025": 1373680, "wages_2024": {"median": 49210, "mean": 52020, "p10": 34600, "p25": 41390, "p75": 60220, "p90": 72660, "hourlyMean": 25.01}, "employment_2024": 1455770, "wages_2023": {"median": 47440, "mean": 49580, "p10": 32460, "p25": 38790, "p75": 58040, "p90": 68860, "hourlyMean": 23.84}, "employment_2023": 1501910, "ep-2025-35": {"employmentBase": 1532.4, "employmentTarget": 1446.8, "changePercent": -5.6, "changeNumeric": -85.6, "openingsPerYear": 144.1, "education": "Some college, no degree", "selfEmployedPercent": 5.6}, "ep-2024-34": {"employmentBase": 1613.4, "employmentTarget": 1519.1, "changePercent": -5.8, "changeNumeric": -94.3, "openingsPerYear": 170, "education": "Some college, no degree", "selfEmployedPercent": 5.2}},
    '41-3021': {"query": "Insurance Agent", "title": "Insurance Sales Agents", "wages_2025": {"median": 62280, "mean": 81480, "p10": 37330, "p25": 46870, "p75": 96950, "p90": 138140, "hourlyMean": 39.18}, "employment_2025": 479100, "wages_2024": {"median": 60370, "mean": 81510, "p10": 36390, "p25": 45520, "p75": 91150, "p90": 135660, "hourlyMean": 39.19}, "employment_2024": 469480, "wages_2023": {"median": 59080, "mean": 79700, "p10": 34940, "p25": 43440, "p75": 83420, "p90": 134420, "hourlyMean": 38.32}, "employment_2023": 457510, "ep-2025-35": {"employmentBase": 572.6, "employmentTarget": 591.4, "changePercent": 3.3, "changeNumeric": 18.8, "openingsPerYear": 43.1, "education": "High school diploma or equivalent", "selfEmployedPercent": 11.8}, "ep-2024-34": {"employmentBase": 568.8, "employmentTarget": 589.8, "changePercent": 3.7, "changeNumeric": 21.1, "openingsPerYear": 47, "education": "High school diploma or equivalent", "selfEmployedPercent": 12.5}},
    '13-2072': {"query": "Loan Officer", "title": "Loan Officers", "wages_2025": {"median": 76690, "mean": 87790, "p10": 39430, "p25": 52730, "p75": 104080, "p90": 153180, "hourlyMean": 42.21}, "employment_2025": 274330, "wages_2024": {"median": 74180, "mean": 86020, "p10": 38490, "p25": 50460, "p75": 101920, "p90": 145780, "hourlyMean": 41.35}, "employment_2024": 290530, "wages_2023": {"median": 69990, "mean": 84490, "p10": 37020, "p25": 49130, "p75": 100020, "p90": 139470, "hourlyMean": 40.62}, "employment_2023": 321090, "ep-2025-35": {"employmentBase": 283, "employmentTarget": 286, "changePercent": 1.1, "changeNumeric": 3.1, "openingsPerYear": 17.1, "education": "Bachelor's degree", "selfEmployedPercent": 1.4}, "ep-2024-34": {"employmentBase": 301.4, "employmentTarget": 306.5, "changePercent": 1.7, "changeNumeric": 5, "openingsPerYear": 20.3, "education": "Bachelor's degree", "selfEmployedPercent": 2.1}},
    '41-2011': {"query": "Cashier", "title": "Cashiers", "wages_2025": {"median": 32880, "mean": 33180, "p10": 24530, "p25": 28720, "p75": 36330, "p90": 40410, "hourlyMean": 15.95}, "employment_2025": 3089410, "wages_2024": {"median": 31190, "mean": 31810, "p10": 23070, "p25": 27780, "p75": 35410, "p90": 38220, "hourlyMean": 15.29}, "employment_2024": 3148030, "wages_2023": {"median": 29720, "mean": 30710, "p10": 22580, "p25": 26870, "p75": 34500, "p90": 37190, "hourlyMean": 14.77}, "employment_2023": 3298660, "ep-2025-35": {"employmentBase": 3106.3, "employmentTarget": 2905.7, "changePercent": -6.5, "changeNumeric": -200.6, "openingsPerYear": 521.3, "education": "No formal educational credential", "selfEmployedPercent": 0.4}, "ep-2024-34": {"employmentBase": 3157.2, "employmentTarget": 2843.6, "changePercent": -9.9, "changeNumeric": -313.6, "openingsPerYear": 542.6, "education": "No formal educational credential", "selfEmployedPercent": 0.2}},
    '41-2031': {"query": "Retail Salesperson", "title": "Retail Salespersons", "wages_2025": {"median": 35410, "mean": 37310, "p10": 27210, "p25": 29900, "p75": 38670, "p90": 47890, "hourlyMean": 17.94}, "employment_2025": 3897860, "wages_2024": {"median": 34580, "mean": 37150, "p10": 25600, "p25": 29140, "p75": 37850, "p90": 47930, "hourlyMean": 17.86}, "employment_2024": 3800250, "wages_2023": {"median": 33680, "mean": 36690, "p10": 23740, "p25": 28600, "p75": 37390, "p90": 48110, "hourlyMean": 17.64}, "employment_2023": 3684740, "ep-2025-35": {"employmentBase": 3998.1, "employmentTarget": 3984.1, "changePercent": -0.3, "changeNumeric": -14, "openingsPerYear": 520.6, "education": "No formal educational credential", "selfEmployedPercent": 3}, "ep-2024-34": {"employmentBase": 3936.7, "employmentTarget": 3917.1, "changePercent": -0.5, "changeNumeric": -19.6, "openingsPerYear": 555.8, "education": "No formal educational credential", "selfEmployedPercent": 4}},
    '25-4022': {"query": "Librarian", "title": "Librarians and Media Collections Specialists", "wages_2025": {"median": 68270, "mean": 72840, "p10": 43660, "p25": 56310, "p75": 84480, "p90": 103990, "hourlyMean": 35.02}, "employment_2025": 133790, "wages_2024": {"median": 64320, "mean": 69180, "p10": 38920, "p25": 50920, "p75": 80640, "p90": 100880, "hourlyMean": 33.26}, "employment_2024": 131830, "wages_2023": {"median": 64370, "mean": 68570, "p10": 38690, "p25": 50930, "p75": 80980, "p90": 101970, "hourlyMean": 32.97}, "employment_2023": 133760, "ep-2025-35": {"employmentBase": 142.3, "employmentTarget": 145.9, "changePercent": 2.6, "changeNumeric": 3.6, "openingsPerYear": 12.6, "education": "Master's degree", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 142.1, "employmentTarget": 144.5, "changePercent": 1.7, "changeNumeric": 2.4, "openingsPerYear": 13.5, "education": "Master's degree", "selfEmployedPercent": 0.9}},
    '25-4031': {"query": "Library Technician", "title": "Library Technicians", "wages_2025": {"median": 44580, "mean": 45500, "p10": 29300, "p25": 35740, "p75": 52430, "p90": 63080, "hourlyMean": 21.88}, "employment_2025": 68690, "wages_2024": {"median": 39970, "mean": 43050, "p10": 27890, "p25": 33510, "p75": 49740, "p90": 60960, "hourlyMean": 20.7}, "employment_2024": 73770, "wages_2023": {"median": 39310, "mean": 42570, "p10": 27040, "p25": 32240, "p75": 49860, "p90": 61620, "hourlyMean": 20.46}, "employment_2023": 76670, "ep-2025-35": {"employmentBase": 72.8, "employmentTarget": 68.1, "changePercent": -6.4, "changeNumeric": -4.6, "openingsPerYear": 10.8, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}, "ep-2024-34": {"employmentBase": 78.6, "employmentTarget": 73.2, "changePercent": -6.8, "changeNumeric": -5.4, "openingsPerYear": 13, "education": "Postsecondary nondegree award", "selfEmployedPercent": null}},
}

# Article role names -> SOC code of DATA.
ALIAS = {
    "RN": "29-1141", "Registered Nurse": "29-1141",
    "LPN": "29-2061", "Licensed Practical Nurse": "29-2061",
    "PA": "29-1071", "Physician Assistant": "29-1071",
    "NP": "29-1171", "Nurse Practitioner": "29-1171",
    "CNA": "31-1131", "Certified Nursing Assistant": "31-1131",
    "OTA": "31-2011", "Occupational Therapy Assistant": "31-2011",
    "PTA": "31-2021", "Physical Therapist Assistant": "31-2021",
    "HVAC Technician": "49-9021", "Electrician": "47-2111",
    "Accountant": "13-2011", "CPA": "13-2011", "Financial Analyst": "13-2051",
    "UX Designer": "15-1255", "Web Developer": "15-1254",
    "Police Officer": "33-3051", "Detective": "33-3021",
    "Elementary School Teacher": "25-2021", "High School Teacher": "25-2031",
    "Pharmacist": "29-1051", "Pharmacy Technician": "29-2052",
    "Radiologic Technologist": "29-2034", "Sonographer": "29-2032",
    "Welder": "51-4121", "Plumber": "47-2152",
    "Truck Driver": "53-3032", "Delivery Driver": "53-3033",
    "Real Estate Agent": "41-9022", "Real Estate Broker": "41-9021",
    "Social Worker": "21-1021", "Mental Health Counselor": "21-1018",
    "Paralegal": "23-2011", "Legal Assistant": "23-2011",
    "Chef": "35-1011", "Line Cook": "35-2014",
    "Nurse Anesthetist": "29-1151", "CRNA": "29-1151",
    "Occupational Therapist": "29-1122", "Physical Therapist": "29-1123",
    "Software Developer": "15-1252", "Data Scientist": "15-2051",
    "Dental Hygienist": "29-1292", "Dental Assistant": "31-9091",
    "Medical Assistant": "31-9092",
    "Carpenter": "47-2031", "Construction Laborer": "47-2061",
    "Firefighter": "33-2011", "Correctional Officer": "33-3012",
    "Mechanical Engineer": "17-2141", "Civil Engineer": "17-2051",
    "Graphic Designer": "27-1024", "Art Director": "27-1011",
    "Veterinarian": "29-1131", "Vet Tech": "29-2056",
    "Kindergarten Teacher": "25-2012", "Preschool Teacher": "25-2011",
    "Information Security Analyst": "15-1212", "Computer Systems Analyst": "15-1211",
    "Bookkeeper": "43-3031",
    "Insurance Agent": "41-3021", "Loan Officer": "13-2072",
    "Cashier": "41-2011", "Retail Salesperson": "41-2031",
    "Librarian": "25-4022", "Library Technician": "25-4031",
}

EDU = [
    ("doctoral or professional", "Doctoral or professional degree"), ("doctoral", "Doctoral or professional degree"),
    ("doctor of", "Doctoral or professional degree"), ("master", "Master's degree"),
    ("bachelor", "Bachelor's degree"), ("associate", "Associate's degree"),
    ("postsecondary nondegree", "Postsecondary nondegree award"), ("certificate", "Postsecondary nondegree award"),
    ("some college", "Some college, no degree"), ("hs diploma", "High school diploma or equivalent"), ("high school", "High school diploma or equivalent"),
    ("no formal", "No formal educational credential"),
]
DESC = [("much faster than average", 7, None), ("faster than average", 5, 6), ("as fast as average", 3, 4),
        ("about as fast as average", 3, 4), ("average", 3, 4), ("slower than average", 1, 2),
        ("little or no change", 0, 0), ("decline", None, -1)]
PER = {"year": 1, "hour": 2080, "month": 12, "week": 52}

ITEMS, NOT = [], []


class Bad(Exception):
    pass


def C(raw, kind, role, verdict, stat=None, per=None, yr=None, place=None, hi=None, neg=False, v=None):
    if kind == "salary":
        per = per or "year"
    return {"raw": raw, "kind": kind, "statistic": stat, "role": role, "period": per, "year": yr, "place": place,
            "verdict": verdict, "_hi": hi, "_neg": neg, "_v": v}


def I(id, style, roles, heading, text, *claims):
    ITEMS.append({"id": id, "style": style, "roles": list(roles), "heading": heading, "text": text,
                  "claims": list(claims)})


def N(id, roles, heading, text):
    NOT.append({"id": id, "roles": list(roles), "heading": heading, "text": text})


def num(raw):
    s = raw.strip().lower().replace("$", "").replace(",", "").replace("%", "").replace("percent", "").strip()
    m = re.fullmatch(r"([0-9.]+)\s*(k|million)?", s)
    if not m:
        raise Bad(f"cannot read a number from {raw!r}")
    x = float(m.group(1))
    return x * {"k": 1000, "million": 1e6, None: 1}[m.group(2)]


def unit(raw):
    """Precision of a count as written: 3.4 million -> 100,000; 667,000 -> 1,000; 3,465,400 -> 100."""
    s = raw.lower().replace(",", "")
    m = re.search(r"([0-9.]+)\s*(million|k)?", s)
    digits, suf = m.group(1), m.group(2)
    if suf:
        dec = len(digits.split(".")[1]) if "." in digits else 0
        return (1e6 if suf == "million" else 1e3) / 10 ** dec
    n = int(float(digits))
    u = 1
    while n and n % (u * 10) == 0:
        u *= 10
    return max(u, 100)


def whole(x):
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)


def halfish(x):
    return round(abs(x) * 10) % 10 == 5


def band(p):
    for name, lo, hi in DESC:
        if name in ("average", "about as fast as average"):
            continue
        if (lo is None or p >= lo) and (hi is None or p <= hi):
            return name
    raise Bad(p)


def canon_desc(raw):
    r = raw.lower().strip().replace("the average", "average")
    if r in ("average", "about as fast as average", "as fast as average"):
        return "as fast as average"
    if r.startswith("decline") or r.startswith("declin"):
        return "decline"
    for name, _, _ in DESC:
        if r == name:
            return name
    raise Bad(f"unknown descriptor {raw!r}")


def derive(item, c):
    """The verdict the rules give for claim c; raises Bad on borderline / ambiguous cases."""
    if c["role"] not in item["roles"]:
        raise Bad("role not in item roles")
    if c["raw"] not in item["text"]:
        raise Bad(f"raw {c['raw']!r} not in text")
    if item["text"].count(c["raw"]) != 1:
        raise Bad(f"raw {c['raw']!r} occurs more than once in text")
    d = DATA[ALIAS[c["role"]]]
    k, yr = c["kind"], c["year"]
    if c["place"]:
        return "unchecked"
    if k == "salary":
        return pay(d, c)
    if k == "education":
        want = next((v for key, v in EDU if key in c["raw"].lower()), None)
        if want is None:
            raise Bad("education phrase")
        if yr is not None:
            raise Bad("education year")
        return "current" if want == d["ep-2025-35"]["education"] else "mismatch"
    cur, old = d["ep-2025-35"], d["ep-2024-34"]
    if k in ("outlook-percent", "outlook-descriptor"):
        if yr not in (None, 2035, 2034):
            raise Bad("outlook year")
        if halfish(cur["changePercent"]):
            raise Bad(".5 current percent")
        cw, ow = whole(cur["changePercent"]), whole(old["changePercent"])
        if k == "outlook-percent":
            v = num(c["raw"]) * (-1 if c["_neg"] else 1)
            if halfish(old["changePercent"]) and abs(v - old["changePercent"]) < 1:
                raise Bad(".5 old percent")
            if halfish(old["changePercent"]):
                ow = None
            dec = "." in c["raw"]
            iscur = (v == cur["changePercent"]) if dec else (v == cw)
            isold = (v == old["changePercent"]) if dec else (v == ow)
        else:
            t = canon_desc(c["raw"])
            oldbands = {band(ow)}
            if halfish(old["changePercent"]):
                p = old["changePercent"]
                oldbands = {band(math.floor(p)), band(math.ceil(p))}
                if t in oldbands and t != band(cw):
                    raise Bad(".5 old percent (descriptor)")
            iscur, isold = t == band(cw), t in oldbands
            if iscur and isold:
                isold = False  # a descriptor true for both editions is current (bands are wide)
        if yr == 2034:
            if iscur:
                raise Bad("2024-34 figure equal to current")
            return "outdated"
        if iscur:
            if isold and k == "outlook-percent":
                raise Bad("percent equal in both releases")
            return "current"
        return "outdated" if isold else "mismatch"
    field = {"employment": "employmentBase", "employment-change": "changeNumeric", "openings": "openingsPerYear",
             "self-employed": "selfEmployedPercent"}[k]
    v = num(c["raw"]) * (-1 if c["_neg"] else 1)
    if k == "self-employed":
        if cur[field] is None or halfish(cur[field]):
            raise Bad("self-employed share missing or .5")
        iscur = v == whole(cur[field])
        isold = old[field] is not None and v == whole(old[field])
        far = True
    else:
        tol = unit(c["raw"]) / 2 if unit(c["raw"]) > 100 else 100
        curs = [cur[field] * 1000]
        olds = [old[field] * 1000] if old[field] is not None else []
        if k == "employment":
            curs.append(d["employment_2025"])
            olds += [d["employment_2024"], d["employment_2023"]]
        iscur = any(abs(v - x) <= tol + 1e-6 for x in curs)
        isold = any(abs(v - x) <= tol + 1e-6 for x in olds)
        far = all(abs(v - x) > 0.10 * abs(x) for x in curs + olds)
    if yr is not None and yr not in (2025, 2035):
        if iscur:
            raise Bad("older year with the current figure")
        return "outdated"
    if iscur and isold:
        raise Bad("figure equal in current and older release")
    if iscur:
        return "current"
    if isold:
        return "outdated"
    if not far:
        raise Bad("count near a release figure but not within rounding")
    return "mismatch"


def pay(d, c):
    st, per, yr = c["statistic"], c["period"], c["year"]
    if yr is not None and yr > 2025:
        raise Bad("future pay year")
    if st == "range":
        lo, hi = num(c["raw"]) * PER[per], c["_hi"] * PER[per]
        w = d["wages_2025"]
        ok = any(abs(lo / w[a] - 1) <= 0.15 and abs(hi / w[b] - 1) <= 0.15 for a, b in (("p10", "p90"), ("p25", "p75")))
        oldx = any(lo == d[y]["p10"] and hi == d[y]["p90"] for y in ("wages_2024", "wages_2023")) and per == "year"
        if yr is not None and yr < 2025:
            return "outdated"
        if oldx and not (lo == w["p10"] and hi == w["p90"]):
            return "outdated"
        if ok:
            return "current"
        raise Bad("range not clearly current")
    v = num(c["raw"])
    w = d["wages_2025"]
    cur = w[st]
    if cur is None:
        raise Bad("no current statistic")

    def as_text(x, wages):  # a release figure written in the claim's period, exact
        if per == "year":
            return [x]
        if per == "hour":
            out = [round(x / 2080, 2)]
            if st == "mean" and wages["hourlyMean"] is not None:
                out.append(wages["hourlyMean"])
            return out
        return [round(x / PER[per])]

    iscur = v in as_text(cur, w)
    isold = any(d[y][st] is not None and v in as_text(d[y][st], d[y]) for y in ("wages_2024", "wages_2023"))
    if yr is not None and yr < 2025:
        if iscur:
            raise Bad("older year with the current figure")
        return "outdated"
    if isold and not iscur:
        if yr == 2025:
            raise Bad("May 2025 stated with an older figure")
        return "outdated"
    r = abs(v * PER[per] / cur - 1)
    if r <= 0.15:
        return "current"
    if r >= 0.25:
        return "mismatch"
    raise Bad(f"pay {r:.0%} off (borderline)")


def check(items, nots):
    errs, ids = [], set()
    for it in items + nots:
        if it["id"] in ids:
            errs.append(f"duplicate id {it['id']}")
        ids.add(it["id"])
        if len(it["roles"]) != 2 or any(r not in ALIAS for r in it["roles"]):
            errs.append(f"{it['id']}: roles {it['roles']}")
    for it in items:
        if not it["claims"]:
            errs.append(f"{it['id']}: no claims")
        for c in it["claims"]:
            try:
                got = derive(it, c)
            except Bad as e:
                errs.append(f"{it['id']} {c['raw']!r}: {e}")
                continue
            if got != c["verdict"]:
                errs.append(f"{it['id']} {c['raw']!r}: labelled {c['verdict']}, derived {got}")
    return errs


# The scorer's statistic for each kind other than salary (the corpus format; set by the lead after
# the first scoring run showed the generator wrote null there, which the scorer counts as a miss).
KIND_STATISTIC = {"outlook-percent": "percent", "outlook-descriptor": "descriptor", "employment": "count",
                  "employment-change": "count", "openings": "count", "self-employed": "share", "education": "level"}


# A salary figure the text gives no statistic word for is "unspecified", as in the team corpus (the
# corpus format, set by the lead before any engine branch was scored); its verdict stays the one
# derived against the median.
MEDIAN_WORD = re.compile(r"\b(median|typical|midpoint|middle)\b", re.I)


def as_written(c, text):
    if c["kind"] == "salary" and c["statistic"] == "median" and not MEDIAN_WORD.search(text):
        return {**c, "statistic": "unspecified"}
    return c


def public(it):
    out = {k: it[k] for k in ("id", "style", "roles") if k in it}
    if it.get("heading"):
        out["heading"] = it["heading"]
    out["text"] = it["text"]
    if "claims" in it:
        out["claims"] = [{k: c[k] for k in ("raw", "kind", "statistic", "role", "period", "year", "place", "verdict")}
                         | ({"statistic": KIND_STATISTIC[c["kind"]]} if c["kind"] in KIND_STATISTIC else {})
                         for c in (as_written(c, it["text"]) for c in it["claims"])]
    return out


def main():
    for it in ITEMS:
        for c in it["claims"]:
            if c["kind"] != "salary":
                c["statistic"] = None
                c["period"] = None
    errs = check(ITEMS, NOT)
    if "--flips" in sys.argv:
        if errs:
            print("fix errors first:", *errs, sep="\n")
            sys.exit(1)
        caught = total = 0
        for it in ITEMS:
            for c in it["claims"]:
                orig = c["verdict"]
                for alt in ("current", "outdated", "mismatch", "unchecked"):
                    if alt == orig:
                        continue
                    c["verdict"] = alt
                    total += 1
                    caught += bool(check([it], []))
                c["verdict"] = orig
        print(f"flips caught: {caught}/{total}")
        return
    if errs:
        print(f"{len(errs)} label error(s); nothing written:", *errs, sep="\n")
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "claims.json"), "w") as f:
        json.dump([public(i) for i in ITEMS], f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(here, "not-claims.json"), "w") as f:
        json.dump([public(i) for i in NOT], f, indent=2, ensure_ascii=False)
        f.write("\n")
    from collections import Counter
    cl = [c for i in ITEMS for c in i["claims"]]
    print(len(ITEMS), "items,", len(cl), "claims,", len(NOT), "not-claims")
    print("verdicts", Counter(c["verdict"] for c in cl))
    print("kinds", Counter(c["kind"] for c in cl))
    print("kind x verdict", sorted(Counter((c["kind"], c["verdict"]) for c in cl).items()))
    print("styles", Counter(i["style"] for i in ITEMS))
    print("pairs", len({tuple(sorted(i["roles"])) for i in ITEMS + NOT}))



# ---------------------------------------------------------------- items
# C(raw, kind, role, verdict, stat=, per=, yr=, place=, hi= (range top), neg= (a decline))
LR = ("LPN", "RN")
I("lr01", "ooh", LR, "Pay",
  "The median annual wage for registered nurses was $97,550 in May 2025. The lowest 10 percent earned less than $68,940, and the highest 10 percent earned more than $137,470.",
  C("$97,550", "salary", "RN", "current", stat="median", yr=2025),
  C("$68,940", "salary", "RN", "current", stat="p10", yr=2025),
  C("$137,470", "salary", "RN", "current", stat="p90", yr=2025))
I("lr02", "ooh", LR, "Job Outlook",
  "Employment of licensed practical and licensed vocational nurses is projected to grow about as fast as the average for all occupations from 2025 to 2035. About 51,800 openings for LPNs are projected each year, on average, over the decade.",
  C("about as fast as the average", "outlook-descriptor", "LPN", "current", yr=2035),
  C("51,800", "openings", "LPN", "current"))
I("lr03", "career-site", LR, "How much do LPNs and RNs make?",
  "Registered nurses earn $101,420 per year on average, while LPNs take home around $64,150.",
  C("$101,420", "salary", "RN", "current", stat="mean"),
  C("$64,150", "salary", "LPN", "outdated", stat="mean"))
I("lr04", "two-role", LR, None,
  "RNs earn a median of about $93,600 a year, while LPNs earn closer to $64,400.",
  C("$93,600", "salary", "RN", "outdated", stat="median"),
  C("$64,400", "salary", "LPN", "current", stat="median"))
I("lr05", "table", LR, "At a glance",
  "| | LPN | RN |\n|---|---|---|\n| Median salary | $64,400 | $97,550 |\n| Job growth (2025–35) | As fast as average | 6% |\n| Typical education | Postsecondary nondegree award | Bachelor's degree |",
  C("$64,400", "salary", "LPN", "current", stat="median"),
  C("$97,550", "salary", "RN", "current", stat="median"),
  C("As fast as average", "outlook-descriptor", "LPN", "current", yr=2035),
  C("6%", "outlook-percent", "RN", "current", yr=2035),
  C("Postsecondary nondegree award", "education", "LPN", "current"),
  C("Bachelor's degree", "education", "RN", "current"))
I("lr06", "nursing-site", LR, "LPN salary by state",
  "LPNs in California earn a median of $82,410 a year, the highest of any state.",
  C("$82,410", "salary", "LPN", "unchecked", stat="median", place="California"))
I("lr07", "faq", LR, "How much does an LPN make per hour?",
  "The average LPN makes $32.24 an hour, or roughly $67,000 a year.",
  C("$32.24", "salary", "LPN", "current", stat="mean", per="hour"),
  C("$67,000", "salary", "LPN", "current", stat="mean"))
I("lr08", "nursing-site", LR, "Outlook",
  "RN jobs are expected to grow 5 percent over the next ten years, with about 189,100 openings each year.",
  C("5 percent", "outlook-percent", "RN", "outdated"),
  C("189,100", "openings", "RN", "outdated"))
I("lr09", "blog", LR, None,
  "With roughly 1.2 million LPNs working in the U.S., the field is far larger than most people realize.",
  C("1.2 million", "employment", "LPN", "mismatch"))
I("lr10", "ooh", LR, "Job Outlook",
  "Registered nurses held about 3,465,400 jobs in 2025. Employment of registered nurses is projected to grow 6 percent from 2025 to 2035, faster than the average for all occupations. That is an increase of about 194,700 jobs.",
  C("3,465,400", "employment", "RN", "current", yr=2025),
  C("6 percent", "outlook-percent", "RN", "current", yr=2035),
  C("faster than the average", "outlook-descriptor", "RN", "current", yr=2035),
  C("194,700", "employment-change", "RN", "current"))
I("lr11", "ooh", LR, "Pay",
  "The median annual wage for registered nurses was $77,600 in May 2021.",
  C("$77,600", "salary", "RN", "outdated", stat="median", yr=2021))
I("lr12", "nursing-site", LR, None,
  "There are about 3.5 million registered nurses in the United States, roughly five times as many as LPNs.",
  C("3.5 million", "employment", "RN", "current"))
N("lr-n1", LR, None, "I'm an LPN in Ohio and make $29/hr after 3 years; my RN friends make like $40.")
N("lr-n2", LR, "LPN to RN bridge", "Most LPN-to-RN bridge programs take 12 to 18 months and require 2 semesters of prerequisites.")

PN = ("PA", "NP")
I("pn01", "career-site", PN, "Salary",
  "Physician assistants earned a median salary of $135,880 in May 2025, compared with $132,300 for nurse practitioners in the same period.",
  C("$135,880", "salary", "PA", "current", stat="median", yr=2025),
  C("$132,300", "salary", "NP", "current", stat="median", yr=2025))
I("pn02", "nursing-site", PN, "NP salary",
  "According to the BLS, the median nurse practitioner salary is $129,210 per year.",
  C("$129,210", "salary", "NP", "outdated", stat="median"))
I("pn03", "two-role", PN, None,
  "NPs average $63.46 an hour; PAs average $67.92.",
  C("$63.46", "salary", "NP", "outdated", stat="mean", per="hour"),
  C("$67.92", "salary", "PA", "current", stat="mean", per="hour"))
I("pn04", "ooh", PN, "Job Outlook",
  "Employment of nurse practitioners is projected to grow 41 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("41 percent", "outlook-percent", "NP", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "NP", "current", yr=2035))
I("pn05", "career-site", PN, "Job outlook",
  "PA jobs are projected to grow 28% through 2035.",
  C("28%", "outlook-percent", "PA", "mismatch", yr=2035))
I("pn06", "table", PN, "PA vs. NP at a glance",
  "| | Physician Assistant | Nurse Practitioner |\n|---|---|---|\n| Average salary | $141,280 | $137,300 |\n| Projected growth | 21% | 41% |\n| Jobs (2025) | 168,900 | 336,300 |\n| Degree | Master's degree | MSN (master's degree) |",
  C("$141,280", "salary", "PA", "current", stat="mean"),
  C("$137,300", "salary", "NP", "current", stat="mean"),
  C("21%", "outlook-percent", "PA", "current"),
  C("41%", "outlook-percent", "NP", "current"),
  C("168,900", "employment", "PA", "current", yr=2025),
  C("336,300", "employment", "NP", "current", yr=2025),
  C("Master's degree", "education", "PA", "current"),
  C("MSN (master's degree)", "education", "NP", "current"))
I("pn07", "career-site", PN, "Pay by state",
  "In New York, nurse practitioners earn a mean wage of $155,060.",
  C("$155,060", "salary", "NP", "unchecked", stat="mean", place="New York"))
I("pn08", "ooh", PN, None,
  "About 11,500 openings for physician assistants are projected each year, on average, over the decade.",
  C("11,500", "openings", "PA", "current"))
I("pn09", "career-site", PN, "Salary range",
  "Most PAs earn between $99,380 and $190,280.",
  C("$99,380", "salary", "PA", "current", stat="range", hi=190280))
N("pn-n1", PN, None, "I'm a second-year PA student and my loans are about $180k.")
N("pn-n2", PN, "Clinical hours", "PA programs require about 2,000 clinical hours, while NP programs require 500 to 1,000.")

CL = ("CNA", "LPN")
I("cl01", "career-site", CL, None,
  "CNAs earn an average of $42,700 per year, while LPNs earn an average of $67,050.",
  C("$42,700", "salary", "CNA", "current", stat="mean"),
  C("$67,050", "salary", "LPN", "current", stat="mean"))
I("cl02", "faq", CL, "How much does a CNA make?",
  "The median hourly wage for nursing assistants is $19.00.",
  C("$19.00", "salary", "CNA", "outdated", stat="median", per="hour"))
I("cl03", "ooh", CL, "Job Outlook",
  "Employment of nursing assistants is projected to grow 3 percent from 2025 to 2035, about as fast as the average for all occupations.",
  C("3 percent", "outlook-percent", "CNA", "current", yr=2035),
  C("about as fast as the average", "outlook-descriptor", "CNA", "current", yr=2035))
I("cl04", "ooh", CL, None,
  "About 196,200 openings for nursing assistants are projected each year, on average, over the decade.",
  C("196,200", "openings", "CNA", "current"))
I("cl05", "blog", CL, "CNA pay in Texas",
  "CNA pay in Texas averages about $16 an hour.",
  C("$16", "salary", "CNA", "unchecked", stat="mean", per="hour", place="Texas"))
I("cl06", "school", CL, "Admission",
  "CNAs typically need an associate degree before they can sit for the state exam.",
  C("associate degree", "education", "CNA", "mismatch"))
I("cl07", "school", CL, "Education",
  "CNAs complete a state-approved certificate program, and LPNs also need a postsecondary certificate, usually earned in about a year.",
  C("certificate program", "education", "CNA", "current"),
  C("postsecondary certificate", "education", "LPN", "current"))
I("cl08", "two-role", CL, None,
  "Nursing assistants made $38,200 a year in May 2023, compared with $59,730 for LPNs.",
  C("$38,200", "salary", "CNA", "outdated", stat="median", yr=2023),
  C("$59,730", "salary", "LPN", "outdated", stat="median", yr=2023))
N("cl-n1", CL, "Cost", "CNA classes at our campus take 6 to 12 weeks and cost $1,500.")

OP = ("OTA", "PTA")
I("op01", "school", OP, "Program outcomes",
  "In May 2025, occupational therapy assistants earned a median wage of $72,300 and physical therapist assistants earned $68,380.",
  C("$72,300", "salary", "OTA", "current", stat="median", yr=2025),
  C("$68,380", "salary", "PTA", "current", stat="median", yr=2025))
I("op02", "career-site", OP, None,
  "PTAs make a median of about $65,510 a year.",
  C("$65,510", "salary", "PTA", "outdated", stat="median"))
I("op03", "ooh", OP, "Job Outlook",
  "Employment of physical therapist assistants is projected to grow 23 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("23 percent", "outlook-percent", "PTA", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "PTA", "current", yr=2035))
I("op04", "career-site", OP, "Outlook",
  "PTA employment is expected to grow by just 4% over the decade.",
  C("4%", "outlook-percent", "PTA", "mismatch"))
I("op05", "school", OP, None,
  "OTAs held about 52,200 jobs, and there will be about 8,100 openings for OTAs each year.",
  C("52,200", "employment", "OTA", "current"),
  C("8,100", "openings", "OTA", "current"))
I("op06", "career-site", OP, None,
  "Employment of OTAs is projected to increase by 9,500 jobs.",
  C("9,500", "employment-change", "OTA", "outdated"))
I("op07", "school", OP, "Education",
  "OTAs need an associate degree from an ACOTE-accredited program; PTAs need an associate's degree from a CAPTE-accredited one.",
  C("associate degree", "education", "OTA", "current"),
  C("associate's degree", "education", "PTA", "current"))
I("op08", "career-site", OP, "Top-paying states",
  "PTAs in Texas earn a median of $79,050.",
  C("$79,050", "salary", "PTA", "unchecked", stat="median", place="Texas"))
N("op-n1", OP, None, "Our OTA program takes 16 months and includes 2 fieldwork rotations of 8 weeks each.")

HE = ("HVAC Technician", "Electrician")
I("he01", "career-site", HE, "Salary",
  "HVAC technicians earn a median salary of $61,010 per year, while electricians earn $63,190.",
  C("$61,010", "salary", "HVAC Technician", "current", stat="median"),
  C("$63,190", "salary", "Electrician", "current", stat="median"))
I("he02", "two-role", HE, None,
  "Electricians average $33.47 an hour compared with $31.14 for HVAC techs.",
  C("$33.47", "salary", "Electrician", "outdated", stat="mean", per="hour"),
  C("$31.14", "salary", "HVAC Technician", "current", stat="mean", per="hour"))
I("he03", "ooh", HE, "Job Outlook",
  "Employment of heating, air conditioning, and refrigeration mechanics and installers is projected to grow 11 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("11 percent", "outlook-percent", "HVAC Technician", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "HVAC Technician", "current", yr=2035))
I("he04", "career-site", HE, "Is HVAC a good career?",
  "HVAC jobs are expected to grow 8% over the next decade.",
  C("8%", "outlook-percent", "HVAC Technician", "outdated"))
I("he05", "ooh", HE, None,
  "About 72,700 openings for electricians are projected each year, on average, over the decade.",
  C("72,700", "openings", "Electrician", "current"))
I("he06", "trade-school", HE, None,
  "There are roughly 81,000 electrician job openings every year, so demand is strong.",
  C("81,000", "openings", "Electrician", "outdated"))
I("he07", "ooh", HE, "Work Environment",
  "About 7% of electricians are self-employed.",
  C("7%", "self-employed", "Electrician", "current"))
I("he08", "table", HE, "Quick comparison",
  "| | HVAC Technician | Electrician |\n|---|---|---|\n| Median pay | $61k | $63k |\n| Education | Postsecondary certificate | High school diploma plus apprenticeship |\n| Jobs | 440,900 | 821,000 |",
  C("$61k", "salary", "HVAC Technician", "current", stat="median"),
  C("$63k", "salary", "Electrician", "current", stat="median"),
  C("Postsecondary certificate", "education", "HVAC Technician", "current"),
  C("High school diploma", "education", "Electrician", "current"),
  C("440,900", "employment", "HVAC Technician", "current"),
  C("821,000", "employment", "Electrician", "current"))
I("he09", "career-site", HE, "Best-paying states",
  "In Illinois, electricians earn a mean annual wage of $90,250.",
  C("$90,250", "salary", "Electrician", "unchecked", stat="mean", place="Illinois"))
I("he10", "trade-school", HE, "Pay",
  "The top 10% of HVAC technicians earn more than $128,000.",
  C("$128,000", "salary", "HVAC Technician", "mismatch", stat="p90"))
I("he11", "ooh", HE, "Pay",
  "In May 2020, the median annual wage for electricians was $56,900.",
  C("$56,900", "salary", "Electrician", "outdated", stat="median", yr=2020))
I("he12", "ooh", HE, "Work Environment",
  "About 5% of HVAC mechanics and installers are self-employed.",
  C("5%", "self-employed", "HVAC Technician", "outdated"))
N("he-n1", HE, "Training", "A 4-year apprenticeship includes about 8,000 hours of on-the-job training and 576 classroom hours.")
N("he-n2", HE, None, "Our HVAC program has 9 start dates a year and a 92% job placement rate.")

AF = ("Accountant", "Financial Analyst")
I("af01", "career-site", AF, None,
  "Financial analysts earn about $102,740 a year, while accountants make $83,680.",
  C("$102,740", "salary", "Financial Analyst", "current", stat="median"),
  C("$83,680", "salary", "Accountant", "current", stat="median"))
I("af02", "ooh", AF, "Pay",
  "The median annual wage for accountants and auditors was $79,880 in May 2023.",
  C("$79,880", "salary", "Accountant", "outdated", stat="median", yr=2023))
I("af03", "ooh", AF, "Job Outlook",
  "Employment of financial and investment analysts is projected to grow 7 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("7 percent", "outlook-percent", "Financial Analyst", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Financial Analyst", "current", yr=2035))
I("af04", "career-site", AF, "Job outlook",
  "Financial analyst jobs are projected to grow 6 percent.",
  C("6 percent", "outlook-percent", "Financial Analyst", "outdated"))
I("af05", "career-site", AF, None,
  "About 124,200 openings for accountants and auditors are projected each year.",
  C("124,200", "openings", "Accountant", "outdated"))
I("af06", "ooh", AF, None,
  "Accountants and auditors held about 1,595,200 jobs in 2025.",
  C("1,595,200", "employment", "Accountant", "current", yr=2025))
I("af07", "career-site", AF, "Education",
  "Accountants typically need a master's degree to get hired.",
  C("master's degree", "education", "Accountant", "mismatch"))
I("af08", "career-site", AF, "Salary by location",
  "Financial analysts in the New York metro area earn a median of $135,000.",
  C("$135,000", "salary", "Financial Analyst", "unchecked", stat="median", place="New York metro area"))
I("af09", "blog", AF, None,
  "Entry-level accountants, the bottom 10%, earn under $38,000.",
  C("$38,000", "salary", "Accountant", "mismatch", stat="p10"))
I("af10", "career-site", AF, None,
  "Accounting jobs are projected to grow faster than average, with about 79,400 new jobs expected from 2025 to 2035.",
  C("faster than average", "outlook-descriptor", "Accountant", "current"),
  C("79,400", "employment-change", "Accountant", "current", yr=2035))
N("af-n1", AF, "Licensing", "The CPA exam has 4 sections and you need 150 credit hours to be licensed in most states.")

CF = ("CPA", "Financial Analyst")
I("cf01", "faq", CF, "Do CPAs make more than financial analysts?",
  "Not usually: the average CPA salary is $94,750, compared with $116,800 for financial analysts.",
  C("$94,750", "salary", "CPA", "current", stat="mean"),
  C("$116,800", "salary", "Financial Analyst", "current", stat="mean"))
I("cf02", "faq", CF, "What degree do you need?",
  "Financial analysts typically need a bachelor's degree in finance, accounting or economics.",
  C("bachelor's degree", "education", "Financial Analyst", "current"))
I("cf03", "faq", CF, "Is there demand for CPAs?",
  "Yes. CPAs will see about 115,300 openings a year through 2035.",
  C("115,300", "openings", "CPA", "current", yr=2035))
I("cf04", "faq", CF, "How much do financial analysts make?",
  "The median financial analyst salary was $101,350, according to the latest BLS data.",
  C("$101,350", "salary", "Financial Analyst", "outdated", stat="median"))

UW = ("UX Designer", "Web Developer")
I("uw01", "career-site", UW, "Salary",
  "UX designers earn a median salary of $104,000, compared with $92,650 for web developers.",
  C("$104,000", "salary", "UX Designer", "current", stat="median"),
  C("$92,650", "salary", "Web Developer", "current", stat="median"))
I("uw02", "career-site", UW, None,
  "Web developers make a median of $90,930 per year.",
  C("$90,930", "salary", "Web Developer", "outdated", stat="median"))
I("uw03", "ooh", UW, "Job Outlook",
  "Employment of web and digital interface designers is projected to grow 6 percent from 2025 to 2035, faster than the average for all occupations.",
  C("6 percent", "outlook-percent", "UX Designer", "current", yr=2035),
  C("faster than the average", "outlook-descriptor", "UX Designer", "current", yr=2035))
I("uw04", "bootcamp", UW, "Outlook",
  "Web developer jobs are projected to grow 4 percent through 2035.",
  C("4 percent", "outlook-percent", "Web Developer", "current", yr=2035))
I("uw05", "career-site", UW, "Freelancing",
  "About 13% of UX designers work for themselves.",
  C("13%", "self-employed", "UX Designer", "current"))
I("uw06", "bootcamp", UW, "Do you need a degree?",
  "UX designers typically need only a high school diploma and a strong portfolio.",
  C("high school diploma", "education", "UX Designer", "mismatch"))
I("uw07", "career-site", UW, None,
  "Web developers average $47.49 per hour.",
  C("$47.49", "salary", "Web Developer", "current", stat="mean", per="hour"))
I("uw08", "career-site", UW, "Where UX pays best",
  "UX designers in Seattle earn around $145,000 on average.",
  C("$145,000", "salary", "UX Designer", "unchecked", stat="mean", place="Seattle"))
I("uw09", "bootcamp", UW, None,
  "Web developers earn an average of $135,000 a year.",
  C("$135,000", "salary", "Web Developer", "mismatch", stat="mean"))
I("uw10", "two-role", UW, None,
  "UX designers earned $98,540 and web developers earned $84,960 in May 2023.",
  C("$98,540", "salary", "UX Designer", "outdated", stat="median", yr=2023),
  C("$84,960", "salary", "Web Developer", "outdated", stat="median", yr=2023))
N("uw-n1", UW, None, "Our bootcamp grads landed jobs within 6 months, and 87% report a raise.")
N("uw-n2", UW, "Tools", "Figma has over 4 million users and a free plan with 3 projects.")

PD = ("Police Officer", "Detective")
I("pd01", "ooh", PD, "Pay",
  "The median annual wage for police and sheriff's patrol officers was $76,210 in May 2025.",
  C("$76,210", "salary", "Police Officer", "current", stat="median", yr=2025))
I("pd02", "career-site", PD, None,
  "Police officers make a median of $76,290 a year.",
  C("$76,290", "salary", "Police Officer", "outdated", stat="median"))
I("pd03", "ooh", PD, "Job Outlook",
  "Employment of detectives and criminal investigators is projected to show little or no change from 2025 to 2035.",
  C("little or no change", "outlook-descriptor", "Detective", "current", yr=2035))
I("pd04", "career-site", PD, None,
  "Detective jobs are projected to decline 1 percent from 2024 to 2034.",
  C("1 percent", "outlook-percent", "Detective", "outdated", yr=2034, neg=True))
I("pd05", "two-role", PD, None,
  "Detectives earn about $99,430 on average, compared with $79,200 for patrol officers.",
  C("$99,430", "salary", "Detective", "current", stat="mean"),
  C("$79,200", "salary", "Police Officer", "current", stat="mean"))
I("pd06", "ooh", PD, None,
  "About 51,500 openings for police and sheriff's patrol officers are projected each year, on average, over the decade.",
  C("51,500", "openings", "Police Officer", "current"))
I("pd07", "career-site", PD, "Outlook",
  "Police employment is projected to grow by about 22,000 jobs.",
  C("22,000", "employment-change", "Police Officer", "outdated"))
I("pd08", "career-site", PD, "Education",
  "Detectives typically need a bachelor's degree in criminal justice.",
  C("bachelor's degree", "education", "Detective", "mismatch"))
I("pd09", "career-site", PD, "Pay by state",
  "In California, police officers earn a median of $119,000.",
  C("$119,000", "salary", "Police Officer", "unchecked", stat="median", place="California"))
I("pd10", "table", PD, "At a glance",
  "| | Police Officer | Detective |\n|---|---|---|\n| Median pay | $76,210 | $93,790 |\n| Education | High school diploma | HS diploma + police experience |\n| Jobs (2025) | 693,200 | 120,500 |",
  C("$76,210", "salary", "Police Officer", "current", stat="median"),
  C("$93,790", "salary", "Detective", "current", stat="median"),
  C("High school diploma", "education", "Police Officer", "current"),
  C("HS diploma", "education", "Detective", "current"),
  C("693,200", "employment", "Police Officer", "current", yr=2025),
  C("120,500", "employment", "Detective", "current", yr=2025))
N("pd-n1", PD, None, "I've been a cop for 12 years and my base pay is $88k, with OT I clear $120k.")

EH = ("Elementary School Teacher", "High School Teacher")
I("eh01", "ooh", EH, "Pay",
  "The median annual wage for high school teachers was $72,040 in May 2025.",
  C("$72,040", "salary", "High School Teacher", "current", stat="median", yr=2025))
I("eh02", "career-site", EH, None,
  "Elementary teachers earn a median salary of $63,680.",
  C("$63,680", "salary", "Elementary School Teacher", "outdated", stat="median"))
I("eh03", "ooh", EH, "Job Outlook",
  "Employment of high school teachers is projected to show little or no change from 2025 to 2035.",
  C("little or no change", "outlook-descriptor", "High School Teacher", "current", yr=2035))
I("eh04", "career-site", EH, "Outlook",
  "Employment of elementary school teachers is projected to decline 2 percent over the decade.",
  C("2 percent", "outlook-percent", "Elementary School Teacher", "outdated", neg=True))
I("eh05", "ooh", EH, None,
  "About 87,500 openings for elementary school teachers are projected each year, on average, over the decade.",
  C("87,500", "openings", "Elementary School Teacher", "current"))
I("eh06", "two-role", EH, None,
  "High school teachers average $76,320 a year and elementary teachers average $72,650.",
  C("$76,320", "salary", "High School Teacher", "current", stat="mean"),
  C("$72,650", "salary", "Elementary School Teacher", "current", stat="mean"))
I("eh07", "career-site", EH, "Requirements",
  "Elementary school teachers need a master's degree to start teaching.",
  C("master's degree", "education", "Elementary School Teacher", "mismatch"))
I("eh08", "career-site", EH, "Salary by state",
  "High school teachers in New York earn a mean salary of $99,600.",
  C("$99,600", "salary", "High School Teacher", "unchecked", stat="mean", place="New York"))
I("eh09", "blog", EH, None,
  "The median salary for high school teachers is $52,000, which is why so many leave.",
  C("$52,000", "salary", "High School Teacher", "mismatch", stat="median"))
I("eh10", "ooh", EH, None,
  "High school teachers held about 1,087,500 jobs in 2025.",
  C("1,087,500", "employment", "High School Teacher", "current", yr=2025))
N("eh-n1", EH, None, "Class sizes average 24 students in elementary grades, and teachers spend about $500 of their own money on supplies.")

PP = ("Pharmacist", "Pharmacy Technician")
I("pp01", "career-site", PP, "Salary",
  "Pharmacists earn a median salary of $140,910, while pharmacy technicians earn $45,750.",
  C("$140,910", "salary", "Pharmacist", "current", stat="median"),
  C("$45,750", "salary", "Pharmacy Technician", "current", stat="median"))
I("pp02", "school", PP, None,
  "Pharmacy techs make a median of about $22 an hour.",
  C("$22", "salary", "Pharmacy Technician", "current", stat="median", per="hour"))
I("pp03", "career-site", PP, None,
  "Pharmacists earn an average of $65.97 per hour.",
  C("$65.97", "salary", "Pharmacist", "outdated", stat="mean", per="hour"))
I("pp04", "school", PP, "Education",
  "Pharmacists need a Doctor of Pharmacy (Pharm.D.) degree, while pharmacy technicians typically need a high school diploma.",
  C("Doctor of Pharmacy", "education", "Pharmacist", "current"),
  C("high school diploma", "education", "Pharmacy Technician", "current"))
I("pp05", "career-site", PP, None,
  "Pharmacists held about 335,100 jobs.",
  C("335,100", "employment", "Pharmacist", "outdated"))
I("pp06", "ooh", PP, None,
  "About 44,700 openings for pharmacy technicians are projected each year, on average, over the decade.",
  C("44,700", "openings", "Pharmacy Technician", "current"))
I("pp07", "school", PP, "Career outlook",
  "Pharmacy technician jobs are projected to grow 15% from 2025 to 2035.",
  C("15%", "outlook-percent", "Pharmacy Technician", "mismatch", yr=2035))
I("pp08", "career-site", PP, "Where pharmacists earn the most",
  "Pharmacists in California earn a mean of $156,000 a year.",
  C("$156,000", "salary", "Pharmacist", "unchecked", stat="mean", place="California"))
I("pp09", "ooh", PP, None,
  "Pharmacist employment is projected to increase by 17,100 jobs from 2025 to 2035.",
  C("17,100", "employment-change", "Pharmacist", "current", yr=2035))
I("pp10", "ooh", PP, "Pay",
  "Pharmacists earned a median of $128,710 in May 2020.",
  C("$128,710", "salary", "Pharmacist", "outdated", stat="median", yr=2020))
N("pp-n1", PP, None, "Most pharmacy technician programs take 4 to 12 months; the PTCB exam fee is $129.")

RS = ("Radiologic Technologist", "Sonographer")
I("rs01", "school", RS, "Career outlook",
  "Diagnostic medical sonographers earned a median annual wage of $96,590 in May 2025.",
  C("$96,590", "salary", "Sonographer", "current", stat="median", yr=2025))
I("rs02", "career-site", RS, None,
  "Sonographers make a median of $89,340 per year.",
  C("$89,340", "salary", "Sonographer", "outdated", stat="median"))
I("rs03", "ooh", RS, "Job Outlook",
  "Employment of radiologic technologists is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations.",
  C("5 percent", "outlook-percent", "Radiologic Technologist", "current", yr=2035),
  C("faster than the average", "outlook-descriptor", "Radiologic Technologist", "current", yr=2035))
I("rs04", "school", RS, None,
  "Sonography jobs are expected to grow 14% through 2035, much faster than average.",
  C("14%", "outlook-percent", "Sonographer", "current", yr=2035),
  C("much faster than average", "outlook-descriptor", "Sonographer", "current", yr=2035))
I("rs05", "career-site", RS, None,
  "Sonographer employment is projected to grow 13 percent from 2024 to 2034.",
  C("13 percent", "outlook-percent", "Sonographer", "outdated", yr=2034))
I("rs06", "two-role", RS, None,
  "Rad techs earn a median of about $38.51 an hour, versus $46.44 for sonographers.",
  C("$38.51", "salary", "Radiologic Technologist", "current", stat="median", per="hour"),
  C("$46.44", "salary", "Sonographer", "current", stat="median", per="hour"))
I("rs07", "career-site", RS, None,
  "About 25,000 openings for sonographers are projected each year.",
  C("25,000", "openings", "Sonographer", "mismatch"))
I("rs08", "school", RS, "Education",
  "Rad techs typically need an associate's degree.",
  C("associate's degree", "education", "Radiologic Technologist", "current"))
I("rs09", "career-site", RS, "Top-paying states",
  "Radiologic technologists in Massachusetts earn a median of $95,000.",
  C("$95,000", "salary", "Radiologic Technologist", "unchecked", stat="median", place="Massachusetts"))
I("rs10", "career-site", RS, None,
  "Radiologic technologists earn an average of $79,760 a year.",
  C("$79,760", "salary", "Radiologic Technologist", "outdated", stat="mean"))
N("rs-n1", RS, None, "The ARRT exam has 200 scored questions and a passing score of 75.")

WP = ("Welder", "Plumber")
I("wp01", "career-site", WP, None,
  "Welders earn $53,750 per year on average, and plumbers earn $63,800.",
  C("$53,750", "salary", "Welder", "current", stat="mean"),
  C("$63,800", "salary", "Plumber", "current", stat="mean"))
I("wp02", "trade-school", WP, "Pay",
  "Welders earn a median wage of $51,000.",
  C("$51,000", "salary", "Welder", "outdated", stat="median"))
I("wp03", "ooh", WP, "Job Outlook",
  "Employment of plumbers, pipefitters, and steamfitters is projected to grow 7 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("7 percent", "outlook-percent", "Plumber", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Plumber", "current", yr=2035))
I("wp04", "ooh", WP, "Work Environment",
  "About 6% of welders are self-employed.",
  C("6%", "self-employed", "Welder", "outdated"))
I("wp05", "ooh", WP, None,
  "About 40,300 openings for welders, cutters, solderers, and brazers are projected each year.",
  C("40,300", "openings", "Welder", "current"))
I("wp06", "career-site", WP, None,
  "Plumbers make a median of $30.67 an hour.",
  C("$30.67", "salary", "Plumber", "current", stat="median", per="hour"))
I("wp07", "trade-school", WP, "Education",
  "Welders typically need an associate degree.",
  C("associate degree", "education", "Welder", "mismatch"))
I("wp08", "career-site", WP, "Best states",
  "Welders in Alaska earn an average of $83,000 a year.",
  C("$83,000", "salary", "Welder", "unchecked", stat="mean", place="Alaska"))
I("wp09", "ooh", WP, None,
  "Plumbers, pipefitters, and steamfitters held about 510,600 jobs in 2025.",
  C("510,600", "employment", "Plumber", "current", yr=2025))
I("wp10", "blog", WP, None,
  "The highest-paid 10% of welders earn more than $110,000.",
  C("$110,000", "salary", "Welder", "mismatch", stat="p90"))
N("wp-n1", WP, None, "At my shop, journeyman plumbers start at $42 an hour.")

TD = ("Truck Driver", "Delivery Driver")
I("td01", "career-site", TD, "Salary",
  "Heavy truck drivers earn a median of $58,640 a year, compared with $44,860 for delivery drivers.",
  C("$58,640", "salary", "Truck Driver", "current", stat="median"),
  C("$44,860", "salary", "Delivery Driver", "current", stat="median"))
I("td02", "two-role", TD, None,
  "Truckers average $28.08 an hour; delivery drivers average $23.05.",
  C("$28.08", "salary", "Truck Driver", "outdated", stat="mean", per="hour"),
  C("$23.05", "salary", "Delivery Driver", "outdated", stat="mean", per="hour"))
I("td03", "ooh", TD, "Job Outlook",
  "Employment of delivery truck drivers is projected to grow 6 percent from 2025 to 2035, faster than the average for all occupations.",
  C("6 percent", "outlook-percent", "Delivery Driver", "current", yr=2035),
  C("faster than the average", "outlook-descriptor", "Delivery Driver", "current", yr=2035))
I("td04", "ooh", TD, None,
  "About 214,500 openings for heavy and tractor-trailer truck drivers are projected each year.",
  C("214,500", "openings", "Truck Driver", "current"))
I("td05", "career-site", TD, None,
  "Delivery drivers will see roughly 120,200 openings a year.",
  C("120,200", "openings", "Delivery Driver", "outdated"))
I("td06", "trade-school", TD, "Training",
  "Long-haul truckers usually need a postsecondary certificate from a truck-driving school.",
  C("postsecondary certificate", "education", "Truck Driver", "current"))
I("td07", "blog", TD, None,
  "There are about 3.5 million truck drivers in the U.S.",
  C("3.5 million", "employment", "Truck Driver", "mismatch"))
I("td08", "career-site", TD, "Pay by state",
  "Truck drivers in Wyoming earn a mean wage of $68,000.",
  C("$68,000", "salary", "Truck Driver", "unchecked", stat="mean", place="Wyoming"))
I("td09", "ooh", TD, None,
  "Truck driver employment is projected to increase by 83,800 jobs through 2035.",
  C("83,800", "employment-change", "Truck Driver", "current", yr=2035))
N("td-n1", TD, None, "I drove OTR for 3 years and averaged 2,500 miles a week at 60 cents a mile.")
N("td-n2", TD, "CDL", "A Class A CDL course is about 160 hours and costs $4,000 to $7,000.")

RE = ("Real Estate Agent", "Real Estate Broker")
I("re01", "career-site", RE, "Salary",
  "Real estate agents earn a median of $52,830 a year, while brokers earn $73,220.",
  C("$52,830", "salary", "Real Estate Agent", "current", stat="median"),
  C("$73,220", "salary", "Real Estate Broker", "current", stat="median"))
I("re02", "career-site", RE, None,
  "The median real estate agent salary is $56,320.",
  C("$56,320", "salary", "Real Estate Agent", "outdated", stat="median"))
I("re03", "ooh", RE, "Job Outlook",
  "Employment of real estate sales agents is projected to grow 2 percent from 2025 to 2035, slower than the average for all occupations.",
  C("2 percent", "outlook-percent", "Real Estate Agent", "current", yr=2035),
  C("slower than the average", "outlook-descriptor", "Real Estate Agent", "current", yr=2035))
I("re04", "blog", RE, None,
  "Brokers can expect 3% job growth over the next decade.",
  C("3%", "outlook-percent", "Real Estate Broker", "outdated"))
I("re05", "two-role", RE, None,
  "Agents average $69,610 a year; brokers average $83,950.",
  C("$69,610", "salary", "Real Estate Agent", "outdated", stat="mean"),
  C("$83,950", "salary", "Real Estate Broker", "current", stat="mean"))
I("re06", "ooh", RE, None,
  "Real estate sales agents held about 427,000 jobs in 2025.",
  C("427,000", "employment", "Real Estate Agent", "current", yr=2025))
I("re07", "career-site", RE, "Requirements",
  "Real estate brokers typically need a bachelor's degree.",
  C("bachelor's degree", "education", "Real Estate Broker", "mismatch"))
I("re08", "career-site", RE, "Salary by state",
  "In Florida, real estate agents earn a median of $58,000.",
  C("$58,000", "salary", "Real Estate Agent", "unchecked", stat="median", place="Florida"))
I("re09", "blog", RE, None,
  "Brokers earn a median income of $112,000.",
  C("$112,000", "salary", "Real Estate Broker", "mismatch", stat="median"))
I("re10", "ooh", RE, None,
  "Employment of real estate sales agents is projected to grow by 7,400 jobs from 2025 to 2035.",
  C("7,400", "employment-change", "Real Estate Agent", "current", yr=2035))
N("re-n1", RE, None, "Agents typically split a 6% commission, and a $400,000 sale can net the agent about $6,000.")

SC = ("Social Worker", "Mental Health Counselor")
I("sc01", "career-site", SC, "Salary",
  "Child, family, and school social workers earn a median of $59,550, and mental health counselors earn $59,350.",
  C("$59,550", "salary", "Social Worker", "current", stat="median"),
  C("$59,350", "salary", "Mental Health Counselor", "current", stat="median"))
I("sc02", "ooh", SC, "Job Outlook",
  "Employment of substance abuse, behavioral disorder, and mental health counselors is projected to grow 18 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("18 percent", "outlook-percent", "Mental Health Counselor", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Mental Health Counselor", "current", yr=2035))
I("sc03", "school", SC, None,
  "Counselor jobs are projected to grow 17% over the decade.",
  C("17%", "outlook-percent", "Mental Health Counselor", "outdated"))
I("sc04", "ooh", SC, None,
  "Mental health counselor employment is projected to increase by about 98,000 jobs from 2025 to 2035.",
  C("98,000", "employment-change", "Mental Health Counselor", "current", yr=2035))
I("sc05", "school", SC, "Education",
  "Mental health counselors typically need a master's degree, while social workers can start with a bachelor's degree.",
  C("master's degree", "education", "Mental Health Counselor", "current"),
  C("bachelor's degree", "education", "Social Worker", "current"))
I("sc06", "career-site", SC, None,
  "Social workers earned a median of $53,940.",
  C("$53,940", "salary", "Social Worker", "outdated", stat="median"))
I("sc07", "ooh", SC, None,
  "About 33,900 openings for child, family, and school social workers are projected each year.",
  C("33,900", "openings", "Social Worker", "current"))
I("sc08", "career-site", SC, "Outlook",
  "Social work jobs are expected to grow 12 percent from 2025 to 2035.",
  C("12 percent", "outlook-percent", "Social Worker", "mismatch", yr=2035))
I("sc09", "career-site", SC, "Pay by state",
  "Counselors in New Jersey earn an average of $78,000.",
  C("$78,000", "salary", "Mental Health Counselor", "unchecked", stat="mean", place="New Jersey"))
I("sc10", "career-site", SC, None,
  "Social worker jobs are projected to grow 4 percent through 2035, about as fast as average.",
  C("4 percent", "outlook-percent", "Social Worker", "current", yr=2035),
  C("about as fast as average", "outlook-descriptor", "Social Worker", "current", yr=2035))
N("sc-n1", SC, "Licensure", "Licensure requires 3,000 supervised hours and passing the NCE, which has 200 questions.")

PL = ("Paralegal", "Legal Assistant")
I("pl01", "career-site", PL, "Salary",
  "Paralegals and legal assistants earn a median of $62,890 per year.",
  C("$62,890", "salary", "Paralegal", "current", stat="median"))
I("pl02", "faq", PL, "Do legal assistants make less than paralegals?",
  "BLS groups the two jobs together; the median pay for legal assistants is $61,010 a year.",
  C("$61,010", "salary", "Legal Assistant", "outdated", stat="median"))
I("pl03", "ooh", PL, None,
  "Paralegals and legal assistants held about 404,900 jobs in 2025.",
  C("404,900", "employment", "Paralegal", "current", yr=2025))
I("pl04", "career-site", PL, None,
  "About 39,300 openings for paralegals are projected each year.",
  C("39,300", "openings", "Paralegal", "outdated"))
I("pl05", "school", PL, "Career outlook",
  "Paralegal jobs are projected to grow 10 percent from 2025 to 2035.",
  C("10 percent", "outlook-percent", "Paralegal", "mismatch", yr=2035))
I("pl06", "school", PL, "Education",
  "Paralegals typically need an associate's degree.",
  C("associate's degree", "education", "Paralegal", "current"))
I("pl07", "career-site", PL, "Top-paying areas",
  "Legal assistants in Washington, D.C. earn a mean of $92,000.",
  C("$92,000", "salary", "Legal Assistant", "unchecked", stat="mean", place="Washington, D.C."))
I("pl08", "career-site", PL, None,
  "Legal assistants earn about $33.51 per hour on average.",
  C("$33.51", "salary", "Legal Assistant", "current", stat="mean", per="hour"))
I("pl09", "faq", PL, "Is paralegal work growing?",
  "Not really: employment is projected to show little or no change from 2025 to 2035.",
  C("little or no change", "outlook-descriptor", "Paralegal", "current", yr=2035))
N("pl-n1", PL, None, "Our ABA-approved paralegal certificate is 24 credits and costs $6,900.")

CK = ("Chef", "Line Cook")
I("ck01", "career-site", CK, "Salary",
  "Chefs and head cooks earn a median of $62,470 a year, while restaurant cooks earn $37,390.",
  C("$62,470", "salary", "Chef", "current", stat="median"),
  C("$37,390", "salary", "Line Cook", "current", stat="median"))
I("ck02", "career-site", CK, None,
  "Line cooks make about $18.14 an hour on average.",
  C("$18.14", "salary", "Line Cook", "outdated", stat="mean", per="hour"))
I("ck03", "ooh", CK, "Job Outlook",
  "Employment of restaurant cooks is projected to grow 12 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("12 percent", "outlook-percent", "Line Cook", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Line Cook", "current", yr=2035))
I("ck04", "blog", CK, None,
  "Cook jobs will grow 15% over the decade, adding about 217,000 jobs.",
  C("15%", "outlook-percent", "Line Cook", "outdated"),
  C("217,000", "employment-change", "Line Cook", "outdated"))
I("ck05", "ooh", CK, "Work Environment",
  "About 7% of chefs and head cooks are self-employed.",
  C("7%", "self-employed", "Chef", "current"))
I("ck06", "ooh", CK, None,
  "About 25,200 openings for chefs and head cooks are projected each year.",
  C("25,200", "openings", "Chef", "current"))
I("ck07", "culinary-school", CK, "Education",
  "Line cooks typically need a culinary associate degree.",
  C("associate degree", "education", "Line Cook", "mismatch"))
I("ck08", "career-site", CK, None,
  "Chefs in Las Vegas earn a median of $70,000.",
  C("$70,000", "salary", "Chef", "unchecked", stat="median", place="Las Vegas"))
I("ck09", "culinary-school", CK, None,
  "Head chefs earn an average salary of $95,000.",
  C("$95,000", "salary", "Chef", "mismatch", stat="mean"))
I("ck10", "career-site", CK, "Education",
  "Restaurant cooks typically need no formal educational credential.",
  C("no formal educational credential", "education", "Line Cook", "current"))
N("ck-n1", CK, None, "I worked the line for 6 years at $16/hr before I made sous chef at $52k.")

NA = ("Nurse Practitioner", "CRNA")
I("na01", "nursing-site", NA, None,
  "CRNAs are the highest-paid nurses, with a median salary of $236,590 in May 2025, versus $132,300 for nurse practitioners that year.",
  C("$236,590", "salary", "CRNA", "current", stat="median", yr=2025),
  C("$132,300", "salary", "Nurse Practitioner", "current", stat="median", yr=2025))
I("na02", "nursing-site", NA, None,
  "Nurse anesthetists earn an average of $214,200 a year.",
  C("$214,200", "salary", "CRNA", "outdated", stat="mean"))
I("na03", "ooh", NA, "Job Outlook",
  "Employment of nurse anesthetists is projected to grow 10 percent from 2025 to 2035.",
  C("10 percent", "outlook-percent", "CRNA", "current", yr=2035))
I("na04", "blog", NA, None,
  "Nurse anesthetists held about 120,000 jobs.",
  C("120,000", "employment", "CRNA", "mismatch"))
I("na05", "nursing-site", NA, None,
  "In May 2023, nurse practitioners earned a median of $126,260.",
  C("$126,260", "salary", "Nurse Practitioner", "outdated", stat="median", yr=2023))
I("na06", "nursing-site", NA, "Highest-paying states",
  "CRNAs in Montana earn a mean wage of $290,000.",
  C("$290,000", "salary", "CRNA", "unchecked", stat="mean", place="Montana"))
I("na07", "ooh", NA, None,
  "NP employment is projected to grow by 137,800 jobs from 2025 to 2035.",
  C("137,800", "employment-change", "Nurse Practitioner", "current", yr=2035))
I("na08", "nursing-site", NA, "Education",
  "CRNAs now need a doctoral degree to enter the field.",
  C("doctoral degree", "education", "CRNA", "mismatch"))
I("na09", "nursing-site", NA, None,
  "Nurse practitioners held about 320,400 jobs.",
  C("320,400", "employment", "Nurse Practitioner", "outdated"))
N("na-n1", NA, None, "A CRNA program takes 36 months and requires at least 1 year of ICU experience.")

OT = ("Occupational Therapist", "Physical Therapist")
I("ot01", "career-site", OT, "Salary",
  "Physical therapists earn a median salary of $102,760, slightly more than occupational therapists at $100,330.",
  C("$102,760", "salary", "Physical Therapist", "current", stat="median"),
  C("$100,330", "salary", "Occupational Therapist", "current", stat="median"))
I("ot02", "ooh", OT, "Job Outlook",
  "Employment of occupational therapists is projected to grow 15 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("15 percent", "outlook-percent", "Occupational Therapist", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Occupational Therapist", "current", yr=2035))
I("ot03", "career-site", OT, None,
  "PT jobs are projected to grow 11% over the next decade.",
  C("11%", "outlook-percent", "Physical Therapist", "outdated"))
I("ot04", "school", OT, "Education",
  "PTs need a Doctor of Physical Therapy (DPT) degree; OTs typically need a master's degree.",
  C("Doctor of Physical Therapy", "education", "Physical Therapist", "current"),
  C("master's degree", "education", "Occupational Therapist", "current"))
I("ot05", "career-site", OT, None,
  "Occupational therapists earn $47.23 an hour on average.",
  C("$47.23", "salary", "Occupational Therapist", "outdated", stat="mean", per="hour"))
I("ot06", "ooh", OT, None,
  "Physical therapists held about 283,700 jobs in 2025.",
  C("283,700", "employment", "Physical Therapist", "current", yr=2025))
I("ot07", "blog", OT, None,
  "The lowest 10 percent of physical therapists earned less than $52,000.",
  C("$52,000", "salary", "Physical Therapist", "mismatch", stat="p10"))
I("ot08", "career-site", OT, "Pay by state",
  "In Nevada, occupational therapists earn a median of $118,000.",
  C("$118,000", "salary", "Occupational Therapist", "unchecked", stat="median", place="Nevada"))
I("ot09", "ooh", OT, None,
  "About 13,400 openings for physical therapists are projected each year.",
  C("13,400", "openings", "Physical Therapist", "current"))
N("ot-n1", OT, None, "Most DPT programs take 3 years and the NPTE has 250 questions.")

SD = ("Software Developer", "Data Scientist")
I("sd01", "career-site", SD, None,
  "Software developers earn about $136k a year, while data scientists earn about $120k.",
  C("$136k", "salary", "Software Developer", "current", stat="median"),
  C("$120k", "salary", "Data Scientist", "current", stat="median"))
I("sd02", "bootcamp", SD, "Outlook",
  "Software developer jobs are projected to grow 16% over the next decade, with about 115,200 openings each year.",
  C("16%", "outlook-percent", "Software Developer", "outdated"),
  C("115,200", "openings", "Software Developer", "outdated"))
I("sd03", "ooh", SD, "Job Outlook",
  "Employment of data scientists is projected to grow 35 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("35 percent", "outlook-percent", "Data Scientist", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Data Scientist", "current", yr=2035))
I("sd04", "career-site", SD, None,
  "The median data scientist salary is $112,590.",
  C("$112,590", "salary", "Data Scientist", "outdated", stat="median"))
I("sd05", "ooh", SD, None,
  "Software developers held about 1,717,800 jobs in 2025, and employment is projected to grow by about 174,700 jobs from 2025 to 2035.",
  C("1,717,800", "employment", "Software Developer", "current", yr=2025),
  C("174,700", "employment-change", "Software Developer", "current", yr=2035))
I("sd06", "bootcamp", SD, "Do you need a PhD?",
  "Data scientists typically need a doctoral degree.",
  C("doctoral degree", "education", "Data Scientist", "mismatch"))
I("sd07", "career-site", SD, "Salary by city",
  "Software developers in San Jose earn a median of $205,000.",
  C("$205,000", "salary", "Software Developer", "unchecked", stat="median", place="San Jose"))
I("sd08", "blog", SD, None,
  "Software developer jobs are projected to grow 25 percent from 2025 to 2035.",
  C("25 percent", "outlook-percent", "Software Developer", "mismatch", yr=2035))
I("sd09", "table", SD, "Side by side",
  "| | Software Developer | Data Scientist |\n|---|---|---|\n| Median pay (May 2025) | $135,980 | $120,230 |\n| Job outlook, 2025–35 | 10% | 35% |\n| Openings per year | 95,300 | 24,800 |",
  C("$135,980", "salary", "Software Developer", "current", stat="median", yr=2025),
  C("$120,230", "salary", "Data Scientist", "current", stat="median", yr=2025),
  C("10%", "outlook-percent", "Software Developer", "current", yr=2035),
  C("35%", "outlook-percent", "Data Scientist", "current", yr=2035),
  C("95,300", "openings", "Software Developer", "current"),
  C("24,800", "openings", "Data Scientist", "current"))
N("sd-n1", SD, None, "LeetCode has over 3,000 problems; I did 400 before my FAANG offer of $185k.")

DD = ("Dental Hygienist", "Dental Assistant")
I("dd01", "career-site", DD, "Salary",
  "Dental hygienists earn a median of $98,100 per year, about double the $48,070 dental assistants earn.",
  C("$98,100", "salary", "Dental Hygienist", "current", stat="median"),
  C("$48,070", "salary", "Dental Assistant", "current", stat="median"))
I("dd02", "career-site", DD, None,
  "Hygienists make $45.14 an hour on average.",
  C("$45.14", "salary", "Dental Hygienist", "outdated", stat="mean", per="hour"))
I("dd03", "ooh", DD, "Job Outlook",
  "Employment of dental assistants is projected to grow 7 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("7 percent", "outlook-percent", "Dental Assistant", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Dental Assistant", "current", yr=2035))
I("dd04", "school", DD, None,
  "Dental hygienist employment is projected to grow 7 percent from 2024 to 2034.",
  C("7 percent", "outlook-percent", "Dental Hygienist", "outdated", yr=2034))
I("dd05", "school", DD, "Education",
  "Dental hygienists typically need an associate's degree, while dental assistants often complete a postsecondary certificate.",
  C("associate's degree", "education", "Dental Hygienist", "current"),
  C("postsecondary certificate", "education", "Dental Assistant", "current"))
I("dd06", "blog", DD, None,
  "Dental assistants earn a median of $65,000 a year.",
  C("$65,000", "salary", "Dental Assistant", "mismatch", stat="median"))
I("dd07", "career-site", DD, "Top-paying states",
  "Dental hygienists in Alaska earn a mean wage of $130,000.",
  C("$130,000", "salary", "Dental Hygienist", "unchecked", stat="mean", place="Alaska"))
I("dd08", "ooh", DD, None,
  "Dental hygienist employment will increase by about 17,900 jobs.",
  C("17,900", "employment-change", "Dental Hygienist", "current"))
N("dd-n1", DD, None, "Our hygiene program accepts 24 students a year and boasts a 100% board pass rate.")

MC = ("Medical Assistant", "CNA")
I("mc01", "career-site", MC, None,
  "Medical assistants earn about $45,690 a year, while CNAs earn $42,260.",
  C("$45,690", "salary", "Medical Assistant", "current", stat="median"),
  C("$42,260", "salary", "CNA", "current", stat="median"))
I("mc02", "two-role", MC, None,
  "Medical assistants make $21.50 an hour on average, compared with $19.84 for CNAs.",
  C("$21.50", "salary", "Medical Assistant", "outdated", stat="mean", per="hour"),
  C("$19.84", "salary", "CNA", "outdated", stat="mean", per="hour"))
I("mc03", "ooh", MC, None,
  "About 109,700 openings for medical assistants are projected each year.",
  C("109,700", "openings", "Medical Assistant", "current"))
I("mc04", "career-site", MC, None,
  "Medical assistants held about 811,000 jobs.",
  C("811,000", "employment", "Medical Assistant", "outdated"))
I("mc05", "career-site", MC, "Outlook",
  "CNA jobs are expected to grow 18% through 2035.",
  C("18%", "outlook-percent", "CNA", "mismatch", yr=2035))
I("mc06", "blog", MC, None,
  "Nursing assistants held about 4.7 million jobs in 2025.",
  C("4.7 million", "employment", "CNA", "mismatch", yr=2025))
I("mc07", "school", MC, "Education",
  "Medical assistants typically need a postsecondary nondegree award.",
  C("postsecondary nondegree award", "education", "Medical Assistant", "current"))
I("mc08", "career-site", MC, "Pay by state",
  "Medical assistants in Washington state earn a median of $54,000.",
  C("$54,000", "salary", "Medical Assistant", "unchecked", stat="median", place="Washington"))
I("mc09", "faq", MC, "How many CNA jobs open each year?",
  "About 196,200 openings for nursing assistants are projected each year.",
  C("196,200", "openings", "CNA", "current"))
N("mc-n1", MC, None, "The CCMA exam costs $160 and has 150 scored questions.")

CC = ("Carpenter", "Construction Laborer")
I("cc01", "career-site", CC, "Salary",
  "Carpenters earn a median of $60,580, while construction laborers earn $47,120.",
  C("$60,580", "salary", "Carpenter", "current", stat="median"),
  C("$47,120", "salary", "Construction Laborer", "current", stat="median"))
I("cc02", "ooh", CC, "Work Environment",
  "About 25% of carpenters are self-employed.",
  C("25%", "self-employed", "Carpenter", "current"))
I("cc03", "career-site", CC, None,
  "Carpenters held about 959,000 jobs.",
  C("959,000", "employment", "Carpenter", "outdated"))
I("cc04", "ooh", CC, None,
  "About 120,000 openings for construction laborers are projected each year.",
  C("120,000", "openings", "Construction Laborer", "current"))
I("cc05", "trade-school", CC, "Education",
  "Construction laborers typically need no formal educational credential, and carpenters typically start with a high school diploma.",
  C("no formal educational credential", "education", "Construction Laborer", "current"),
  C("high school diploma", "education", "Carpenter", "current"))
I("cc06", "career-site", CC, None,
  "Carpenters make about $30.79 an hour on average.",
  C("$30.79", "salary", "Carpenter", "outdated", stat="mean", per="hour"))
I("cc07", "blog", CC, None,
  "Construction laborer employment is projected to fall 5 percent from 2025 to 2035.",
  C("5 percent", "outlook-percent", "Construction Laborer", "mismatch", yr=2035, neg=True))
I("cc08", "career-site", CC, "Pay by state",
  "Carpenters in Hawaii earn a mean of $86,000.",
  C("$86,000", "salary", "Carpenter", "unchecked", stat="mean", place="Hawaii"))
I("cc09", "trade-school", CC, None,
  "Carpenter jobs are projected to grow about as fast as average through 2035.",
  C("about as fast as average", "outlook-descriptor", "Carpenter", "current", yr=2035))
N("cc-n1", CC, None, "A carpentry apprenticeship lasts 4 years, and apprentices start at about 50% of journeyman pay.")

FC = ("Firefighter", "Correctional Officer")
I("fc01", "ooh", FC, "Pay",
  "The median annual wage for firefighters was $59,280 in May 2025.",
  C("$59,280", "salary", "Firefighter", "current", stat="median", yr=2025))
I("fc02", "career-site", FC, None,
  "Firefighters earn a median salary of $59,530.",
  C("$59,530", "salary", "Firefighter", "outdated", stat="median"))
I("fc03", "ooh", FC, "Job Outlook",
  "Employment of correctional officers and jailers is projected to decline 7 percent from 2025 to 2035. That is a loss of about 29,500 jobs over the decade.",
  C("7 percent", "outlook-percent", "Correctional Officer", "current", yr=2035, neg=True),
  C("29,500", "employment-change", "Correctional Officer", "current", neg=True))
I("fc04", "career-site", FC, None,
  "Correctional officer jobs are projected to shrink 8 percent.",
  C("8 percent", "outlook-percent", "Correctional Officer", "outdated", neg=True))
I("fc05", "ooh", FC, None,
  "Firefighter jobs are projected to grow 4 percent from 2025 to 2035, about as fast as the average for all occupations.",
  C("4 percent", "outlook-percent", "Firefighter", "current", yr=2035),
  C("about as fast as the average", "outlook-descriptor", "Firefighter", "current", yr=2035))
I("fc06", "career-site", FC, "Education",
  "Firefighters typically need a postsecondary nondegree award, such as EMT training.",
  C("postsecondary nondegree award", "education", "Firefighter", "current"))
I("fc07", "career-site", FC, None,
  "Correctional officers typically need a bachelor's degree.",
  C("bachelor's degree", "education", "Correctional Officer", "mismatch"))
I("fc08", "career-site", FC, "Pay by state",
  "Firefighters in California earn a mean wage of $103,000.",
  C("$103,000", "salary", "Firefighter", "unchecked", stat="mean", place="California"))
I("fc09", "two-role", FC, None,
  "Correctional officers earn a median of $58,940, almost exactly what firefighters earn on average ($63,630).",
  C("$58,940", "salary", "Correctional Officer", "current", stat="median"),
  C("$63,630", "salary", "Firefighter", "current", stat="mean"))
N("fc-n1", FC, None, "Firefighters typically work 24-hour shifts followed by 48 hours off.")

ME = ("Mechanical Engineer", "Civil Engineer")
I("me01", "career-site", ME, "Salary",
  "Mechanical engineers earn a median salary of $104,110, compared with $100,840 for civil engineers.",
  C("$104,110", "salary", "Mechanical Engineer", "current", stat="median"),
  C("$100,840", "salary", "Civil Engineer", "current", stat="median"))
I("me02", "ooh", ME, "Pay",
  "Civil engineers made a median of $95,890 in May 2023.",
  C("$95,890", "salary", "Civil Engineer", "outdated", stat="median", yr=2023))
I("me03", "ooh", ME, "Job Outlook",
  "Employment of mechanical engineers is projected to grow 11 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("11 percent", "outlook-percent", "Mechanical Engineer", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Mechanical Engineer", "current", yr=2035))
I("me04", "school", ME, None,
  "Civil engineering jobs are projected to grow 5 percent, faster than average.",
  C("5 percent", "outlook-percent", "Civil Engineer", "outdated"),
  C("faster than average", "outlook-descriptor", "Civil Engineer", "current"))
I("me05", "blog", ME, None,
  "Mechanical engineers held about 450,000 jobs.",
  C("450,000", "employment", "Mechanical Engineer", "mismatch"))
I("me06", "school", ME, "Education",
  "Civil engineers need a bachelor's degree from an ABET-accredited program.",
  C("bachelor's degree", "education", "Civil Engineer", "current"))
I("me07", "career-site", ME, None,
  "Mechanical engineers in Houston earn around $115,000 on average.",
  C("$115,000", "salary", "Mechanical Engineer", "unchecked", stat="mean", place="Houston"))
I("me08", "ooh", ME, None,
  "About 22,700 openings for civil engineers are projected each year.",
  C("22,700", "openings", "Civil Engineer", "current"))
I("me09", "career-site", ME, "Salary range",
  "Most mechanical engineers earn between $73,990 and $164,340.",
  C("$73,990", "salary", "Mechanical Engineer", "current", stat="range", hi=164340))
N("me-n1", ME, None, "The FE exam is 110 questions over 6 hours, and the PE requires 4 years of experience.")

GA = ("Graphic Designer", "Art Director")
I("ga01", "career-site", GA, "Salary",
  "Art directors earn a median of $114,850, nearly twice what graphic designers make ($62,960).",
  C("$114,850", "salary", "Art Director", "current", stat="median"),
  C("$62,960", "salary", "Graphic Designer", "current", stat="median"))
I("ga02", "ooh", GA, "Job Outlook",
  "Employment of graphic designers is projected to decline 2 percent from 2025 to 2035.",
  C("2 percent", "outlook-percent", "Graphic Designer", "current", yr=2035, neg=True))
I("ga03", "blog", GA, None,
  "Graphic design jobs are projected to grow 2% over the next ten years.",
  C("2%", "outlook-percent", "Graphic Designer", "outdated"))
I("ga04", "career-site", GA, None,
  "Graphic designers held about 265,900 jobs.",
  C("265,900", "employment", "Graphic Designer", "outdated"))
I("ga05", "ooh", GA, None,
  "Art directors held about 140,200 jobs in 2025.",
  C("140,200", "employment", "Art Director", "current", yr=2025))
I("ga06", "blog", GA, None,
  "Art directors earn an average of $85,000 per year.",
  C("$85,000", "salary", "Art Director", "mismatch", stat="mean"))
I("ga07", "school", GA, "Education",
  "Graphic designers typically need a bachelor's degree.",
  C("bachelor's degree", "education", "Graphic Designer", "current"))
I("ga08", "career-site", GA, None,
  "Art directors in New York earn a median of $160,000.",
  C("$160,000", "salary", "Art Director", "unchecked", stat="median", place="New York"))
I("ga09", "career-site", GA, None,
  "Graphic designers average $33.92 an hour.",
  C("$33.92", "salary", "Graphic Designer", "current", stat="mean", per="hour"))
N("ga-n1", GA, None, "My portfolio had 12 projects and I charged $75 an hour as a freelancer.")

VV = ("Veterinarian", "Vet Tech")
I("vv01", "career-site", VV, "Salary",
  "Veterinarians earn a median salary of $130,100, while vet techs earn about $47,380.",
  C("$130,100", "salary", "Veterinarian", "current", stat="median"),
  C("$47,380", "salary", "Vet Tech", "current", stat="median"))
I("vv02", "career-site", VV, None,
  "Vets earn a median of $125,510 a year.",
  C("$125,510", "salary", "Veterinarian", "outdated", stat="median"))
I("vv03", "ooh", VV, "Job Outlook",
  "Employment of veterinarians is projected to grow 9 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("9 percent", "outlook-percent", "Veterinarian", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Veterinarian", "current", yr=2035))
I("vv04", "blog", VV, None,
  "Veterinarian jobs will grow 10% through 2034.",
  C("10%", "outlook-percent", "Veterinarian", "outdated", yr=2034))
I("vv05", "ooh", VV, None,
  "About 13,400 openings for veterinary technologists and technicians are projected each year.",
  C("13,400", "openings", "Vet Tech", "current"))
I("vv06", "school", VV, "Education",
  "Vet techs typically need an associate's degree from an AVMA-accredited program.",
  C("associate's degree", "education", "Vet Tech", "current"))
I("vv07", "blog", VV, None,
  "Vet techs typically earn around $72,000 a year.",
  C("$72,000", "salary", "Vet Tech", "mismatch", stat="median"))
I("vv08", "career-site", VV, None,
  "Veterinarians in Connecticut earn a mean of $170,000.",
  C("$170,000", "salary", "Veterinarian", "unchecked", stat="mean", place="Connecticut"))
I("vv09", "ooh", VV, "Work Environment",
  "About 7% of veterinarians are self-employed.",
  C("7%", "self-employed", "Veterinarian", "current"))
N("vv-n1", VV, None, "Vet school costs can top $200,000 and the NAVLE has 360 questions.")

PK = ("Preschool Teacher", "Kindergarten Teacher")
I("pk01", "career-site", PK, "Salary",
  "Kindergarten teachers earn a median of $62,680, while preschool teachers earn $38,140.",
  C("$62,680", "salary", "Kindergarten Teacher", "current", stat="median"),
  C("$38,140", "salary", "Preschool Teacher", "current", stat="median"))
I("pk02", "career-site", PK, None,
  "The median kindergarten teacher salary is $62,690.",
  C("$62,690", "salary", "Kindergarten Teacher", "outdated", stat="median"))
I("pk03", "ooh", PK, "Job Outlook",
  "Kindergarten teacher employment is projected to show little or no change from 2025 to 2035.",
  C("little or no change", "outlook-descriptor", "Kindergarten Teacher", "current", yr=2035))
I("pk04", "ooh", PK, None,
  "About 66,700 openings for preschool teachers are projected each year.",
  C("66,700", "openings", "Preschool Teacher", "current"))
I("pk05", "school", PK, "Education",
  "Preschool teachers typically need an associate's degree; kindergarten teachers need a bachelor's degree.",
  C("associate's degree", "education", "Preschool Teacher", "current"),
  C("bachelor's degree", "education", "Kindergarten Teacher", "current"))
I("pk06", "blog", PK, None,
  "Preschool teachers earn an average of $55,000 a year.",
  C("$55,000", "salary", "Preschool Teacher", "mismatch", stat="mean"))
I("pk07", "career-site", PK, None,
  "Preschool teachers in New York earn a median of $48,000.",
  C("$48,000", "salary", "Preschool Teacher", "unchecked", stat="median", place="New York"))
I("pk08", "career-site", PK, None,
  "Kindergarten teachers held about 117,200 jobs.",
  C("117,200", "employment", "Kindergarten Teacher", "outdated"))
N("pk-n1", PK, None, "Our preschool keeps a 1-to-10 ratio and a class size of 20.")

IC = ("Information Security Analyst", "Computer Systems Analyst")
I("ic01", "career-site", IC, "Salary",
  "Information security analysts earn a median of $129,180, compared with $105,850 for computer systems analysts.",
  C("$129,180", "salary", "Information Security Analyst", "current", stat="median"),
  C("$105,850", "salary", "Computer Systems Analyst", "current", stat="median"))
I("ic02", "ooh", IC, "Job Outlook",
  "Employment of information security analysts is projected to grow 21 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("21 percent", "outlook-percent", "Information Security Analyst", "current", yr=2035),
  C("much faster than the average", "outlook-descriptor", "Information Security Analyst", "current", yr=2035))
I("ic03", "bootcamp", IC, None,
  "Cybersecurity analyst jobs are projected to grow 32% over the decade.",
  C("32%", "outlook-percent", "Information Security Analyst", "mismatch"))
I("ic04", "career-site", IC, None,
  "Computer systems analyst jobs will grow 9 percent.",
  C("9 percent", "outlook-percent", "Computer Systems Analyst", "outdated"))
I("ic05", "career-site", IC, None,
  "About 16,000 openings for information security analysts are projected each year.",
  C("16,000", "openings", "Information Security Analyst", "outdated"))
I("ic06", "career-site", IC, None,
  "Computer systems analysts earn a median of $103,790.",
  C("$103,790", "salary", "Computer Systems Analyst", "outdated", stat="median"))
I("ic07", "school", IC, "Education",
  "Information security analysts typically need a bachelor's degree in a computer-related field.",
  C("bachelor's degree", "education", "Information Security Analyst", "current"))
I("ic08", "career-site", IC, None,
  "Information security analysts in Virginia earn a mean of $150,000.",
  C("$150,000", "salary", "Information Security Analyst", "unchecked", stat="mean", place="Virginia"))
I("ic09", "ooh", IC, None,
  "Employment of computer systems analysts is projected to increase by 42,900 jobs.",
  C("42,900", "employment-change", "Computer Systems Analyst", "current"))
I("ic10", "table", IC, "Compare",
  "| | Information Security Analyst | Computer Systems Analyst |\n|---|---|---|\n| Average salary | $132,510 | $114,610 |\n| Growth | 21% | 8% |\n| Employment | 192,900 | 544,400 |",
  C("$132,510", "salary", "Information Security Analyst", "current", stat="mean"),
  C("$114,610", "salary", "Computer Systems Analyst", "current", stat="mean"),
  C("21%", "outlook-percent", "Information Security Analyst", "current"),
  C("8%", "outlook-percent", "Computer Systems Analyst", "current"),
  C("192,900", "employment", "Information Security Analyst", "current"),
  C("544,400", "employment", "Computer Systems Analyst", "current"))
N("ic-n1", IC, None, "The CISSP requires 5 years of experience and the exam has up to 150 questions.")

BA = ("Bookkeeper", "Accountant")
I("ba01", "career-site", BA, "Salary",
  "Bookkeepers earn a median of $50,670 a year, while accountants earn $83,680.",
  C("$50,670", "salary", "Bookkeeper", "current", stat="median"),
  C("$83,680", "salary", "Accountant", "current", stat="median"))
I("ba02", "ooh", BA, "Job Outlook",
  "Employment of bookkeeping, accounting, and auditing clerks is projected to decline from 2025 to 2035.",
  C("decline", "outlook-descriptor", "Bookkeeper", "current", yr=2035))
I("ba03", "ooh", BA, None,
  "Bookkeeping clerk employment is projected to fall by about 85,600 jobs from 2025 to 2035.",
  C("85,600", "employment-change", "Bookkeeper", "current", yr=2035, neg=True))
I("ba04", "career-site", BA, None,
  "About 170,000 openings for bookkeeping clerks are projected each year.",
  C("170,000", "openings", "Bookkeeper", "outdated"))
I("ba05", "career-site", BA, "Education",
  "Bookkeepers typically need some college coursework but no degree.",
  C("some college", "education", "Bookkeeper", "current"))
I("ba06", "blog", BA, None,
  "Bookkeepers typically need a bachelor's degree in accounting.",
  C("bachelor's degree", "education", "Bookkeeper", "mismatch"))
I("ba07", "career-site", BA, None,
  "Bookkeepers make $25.01 an hour on average.",
  C("$25.01", "salary", "Bookkeeper", "outdated", stat="mean", per="hour"))
I("ba08", "career-site", BA, None,
  "In Massachusetts, bookkeepers earn a median of $58,000.",
  C("$58,000", "salary", "Bookkeeper", "unchecked", stat="median", place="Massachusetts"))
I("ba09", "ooh", BA, "Work Environment",
  "About 6% of bookkeepers are self-employed.",
  C("6%", "self-employed", "Bookkeeper", "current"))
N("ba-n1", BA, None, "QuickBooks certification takes about 20 hours and costs $150.")

IL = ("Insurance Agent", "Loan Officer")
I("il01", "career-site", IL, "Salary",
  "Loan officers earn a median salary of $76,690, compared with $62,280 for insurance sales agents.",
  C("$76,690", "salary", "Loan Officer", "current", stat="median"),
  C("$62,280", "salary", "Insurance Agent", "current", stat="median"))
I("il02", "career-site", IL, None,
  "Insurance agents make $39.19 an hour on average.",
  C("$39.19", "salary", "Insurance Agent", "outdated", stat="mean", per="hour"))
I("il03", "ooh", IL, "Job Outlook",
  "Employment of loan officers is projected to grow 1 percent from 2025 to 2035, slower than the average for all occupations.",
  C("1 percent", "outlook-percent", "Loan Officer", "current", yr=2035),
  C("slower than the average", "outlook-descriptor", "Loan Officer", "current", yr=2035))
I("il04", "career-site", IL, None,
  "Insurance sales agent jobs are projected to grow 4 percent.",
  C("4 percent", "outlook-percent", "Insurance Agent", "outdated"))
I("il05", "career-site", IL, "Education",
  "Loan officers typically need only a high school diploma.",
  C("high school diploma", "education", "Loan Officer", "mismatch"))
I("il06", "ooh", IL, None,
  "About 43,100 openings for insurance sales agents are projected each year.",
  C("43,100", "openings", "Insurance Agent", "current"))
I("il07", "career-site", IL, None,
  "Loan officers in Colorado earn a mean wage of $99,000.",
  C("$99,000", "salary", "Loan Officer", "unchecked", stat="mean", place="Colorado"))
I("il08", "career-site", IL, None,
  "Loan officers held about 301,400 jobs.",
  C("301,400", "employment", "Loan Officer", "outdated"))
I("il09", "blog", IL, None,
  "Insurance agents earn a median of $95,000 a year.",
  C("$95,000", "salary", "Insurance Agent", "mismatch", stat="median"))
N("il-n1", IL, None, "Most agents earn 5% to 10% commission on renewals and 40% on new policies.")

CR = ("Cashier", "Retail Salesperson")
I("cr01", "career-site", CR, "Pay",
  "Cashiers earn a median of $15.81 an hour, while retail salespersons earn $17.02.",
  C("$15.81", "salary", "Cashier", "current", stat="median", per="hour"),
  C("$17.02", "salary", "Retail Salesperson", "current", stat="median", per="hour"))
I("cr02", "career-site", CR, None,
  "Cashiers make an average of $15.29 per hour.",
  C("$15.29", "salary", "Cashier", "outdated", stat="mean", per="hour"))
I("cr03", "ooh", CR, None,
  "Cashiers held about 3,106,300 jobs in 2025.",
  C("3,106,300", "employment", "Cashier", "current", yr=2025))
I("cr04", "ooh", CR, "Job Outlook",
  "Cashier employment is projected to fall by 200,600 jobs from 2025 to 2035.",
  C("200,600", "employment-change", "Cashier", "current", yr=2035, neg=True))
I("cr05", "blog", CR, None,
  "Cashier jobs will shrink by about 313,600 positions.",
  C("313,600", "employment-change", "Cashier", "outdated", neg=True))
I("cr06", "ooh", CR, None,
  "About 520,600 openings for retail salespersons are projected each year.",
  C("520,600", "openings", "Retail Salesperson", "current"))
I("cr07", "career-site", CR, "Education",
  "Retail salespersons typically need no formal educational credential.",
  C("no formal educational credential", "education", "Retail Salesperson", "current"))
I("cr08", "career-site", CR, None,
  "Cashiers in Washington earn a median of $19 an hour.",
  C("$19", "salary", "Cashier", "unchecked", stat="median", per="hour", place="Washington"))
I("cr09", "blog", CR, None,
  "Retail sales jobs are projected to grow 8% through 2035.",
  C("8%", "outlook-percent", "Retail Salesperson", "mismatch", yr=2035))
N("cr-n1", CR, None, "I work 28 hours a week at Target and get a 10% employee discount.")

LL = ("Librarian", "Library Technician")
I("ll01", "career-site", LL, "Salary",
  "Librarians earn a median of $68,270 per year, while library technicians earn $44,580.",
  C("$68,270", "salary", "Librarian", "current", stat="median"),
  C("$44,580", "salary", "Library Technician", "current", stat="median"))
I("ll02", "ooh", LL, "Job Outlook",
  "Employment of librarians and library media specialists is projected to grow 3 percent from 2025 to 2035, about as fast as the average for all occupations.",
  C("3 percent", "outlook-percent", "Librarian", "current", yr=2035),
  C("about as fast as the average", "outlook-descriptor", "Librarian", "current", yr=2035))
I("ll03", "blog", LL, None,
  "Librarian jobs are projected to grow 2 percent, slower than average.",
  C("2 percent", "outlook-percent", "Librarian", "outdated"),
  C("slower than average", "outlook-descriptor", "Librarian", "outdated"))
I("ll04", "school", LL, "Education",
  "Librarians typically need a master's degree in library science (MLS).",
  C("master's degree", "education", "Librarian", "current"))
I("ll05", "ooh", LL, None,
  "Library technician jobs are projected to decline 6 percent from 2025 to 2035.",
  C("6 percent", "outlook-percent", "Library Technician", "current", yr=2035, neg=True))
I("ll06", "career-site", LL, None,
  "Library technicians earn a median of $39,970.",
  C("$39,970", "salary", "Library Technician", "outdated", stat="median"))
I("ll07", "career-site", LL, "Education",
  "Library technicians typically need a bachelor's degree.",
  C("bachelor's degree", "education", "Library Technician", "mismatch"))
I("ll08", "career-site", LL, None,
  "Librarians in California earn a mean of $95,000.",
  C("$95,000", "salary", "Librarian", "unchecked", stat="mean", place="California"))
N("ll-n1", LL, None, "Most MLS programs take 2 years and require 36 credit hours.")



# ---- more wrong figures (mismatch), state/metro figures (unchecked), monthly/weekly pay, forum text
I("x01", "nursing-site", LR, None,
  "RNs earn a median of $130,000 a year, and LPNs earn about $22 an hour.",
  C("$130,000", "salary", "RN", "mismatch", stat="median"),
  C("$22", "salary", "LPN", "mismatch", stat="median", per="hour"))
I("x02", "nursing-site", LR, None,
  "That works out to about $8,130 a month for a registered nurse at the median.",
  C("$8,130", "salary", "RN", "current", stat="median", per="month"))
I("x03", "nursing-site", LR, "RN outlook by state",
  "In Texas, employment of registered nurses is projected to grow 12% from 2025 to 2035.",
  C("12%", "outlook-percent", "RN", "unchecked", yr=2035, place="Texas"))
I("x04", "forum", LR, None,
  "Fwiw the BLS says LPNs in Ohio make about $28 an hour, which matches what I see on postings.",
  C("$28", "salary", "LPN", "unchecked", stat="mean", per="hour", place="Ohio"))
I("x05", "career-site", PN, "Education",
  "PAs typically need a bachelor's degree, while NP jobs are projected to grow 52% from 2025 to 2035.",
  C("bachelor's degree", "education", "PA", "mismatch"),
  C("52%", "outlook-percent", "NP", "mismatch", yr=2035))
I("x06", "trade-school", HE, None,
  "Electricians typically earn $42,000 a year, and about 40% of them are self-employed.",
  C("$42,000", "salary", "Electrician", "mismatch", stat="median"),
  C("40%", "self-employed", "Electrician", "mismatch"))
I("x07", "career-site", HE, "Pay by city",
  "HVAC technicians in Florida earn a median of $52,000, while electricians in New York City earn an average of $96,000.",
  C("$52,000", "salary", "HVAC Technician", "unchecked", stat="median", place="Florida"),
  C("$96,000", "salary", "Electrician", "unchecked", stat="mean", place="New York City"))
I("x08", "career-site", PD, None,
  "Detectives held about 250,000 jobs, and those in Alaska earn a median of $120,000.",
  C("250,000", "employment", "Detective", "mismatch"),
  C("$120,000", "salary", "Detective", "unchecked", stat="median", place="Alaska"))
I("x09", "blog", PP, None,
  "Pharmacists earn a median of $95,000, and pharmacy technicians in California earn a mean wage of $56,000.",
  C("$95,000", "salary", "Pharmacist", "mismatch", stat="median"),
  C("$56,000", "salary", "Pharmacy Technician", "unchecked", stat="mean", place="California"))
I("x10", "career-site", RS, "Education",
  "Sonographers typically need a bachelor's degree.",
  C("bachelor's degree", "education", "Sonographer", "mismatch"))
I("x11", "trade-school", WP, "Outlook",
  "Plumber jobs are projected to grow 2 percent from 2025 to 2035.",
  C("2 percent", "outlook-percent", "Plumber", "mismatch", yr=2035))
I("x12", "career-site", WP, "Pay by city",
  "Plumbers in Chicago earn a median of $96,000, and welders in Wyoming earn about $31 an hour on average.",
  C("$96,000", "salary", "Plumber", "unchecked", stat="median", place="Chicago"),
  C("$31", "salary", "Welder", "unchecked", stat="mean", per="hour", place="Wyoming"))
I("x13", "gig-blog", TD, None,
  "Delivery drivers average $31 an hour.",
  C("$31", "salary", "Delivery Driver", "mismatch", stat="mean", per="hour"))
I("x14", "career-site", TD, "Employment by state",
  "Truck drivers in Texas held about 230,000 jobs.",
  C("230,000", "employment", "Truck Driver", "unchecked", place="Texas"))
I("x15", "blog", RE, None,
  "Real estate agents held about 1.6 million jobs.",
  C("1.6 million", "employment", "Real Estate Agent", "mismatch"))
I("x16", "career-site", SC, None,
  "Counselors earn a median salary of $42,000, and social workers in Connecticut earn a mean of $79,000.",
  C("$42,000", "salary", "Mental Health Counselor", "mismatch", stat="median"),
  C("$79,000", "salary", "Social Worker", "unchecked", stat="mean", place="Connecticut"))
I("x17", "culinary-school", CK, "Education",
  "Chefs typically need a bachelor's degree in culinary arts.",
  C("bachelor's degree", "education", "Chef", "mismatch"))
I("x18", "career-site", OT, "Outlook",
  "OT jobs are projected to grow 3 percent through 2035.",
  C("3 percent", "outlook-percent", "Occupational Therapist", "mismatch", yr=2035))
I("x19", "bootcamp", SD, None,
  "Data scientists earn a median of $165,000.",
  C("$165,000", "salary", "Data Scientist", "mismatch", stat="median"))
I("x20", "school", DD, None,
  "About 40,000 openings for dental hygienists are projected each year.",
  C("40,000", "openings", "Dental Hygienist", "mismatch"))
I("x21", "career-site", DD, "Pay by state",
  "Dental assistants in Minnesota earn around $29 an hour on average.",
  C("$29", "salary", "Dental Assistant", "unchecked", stat="mean", per="hour", place="Minnesota"))
I("x22", "career-site", FC, None,
  "Firefighter employment is expected to drop 5 percent from 2025 to 2035.",
  C("5 percent", "outlook-percent", "Firefighter", "mismatch", yr=2035, neg=True))
I("x23", "bootcamp", UW, None,
  "Web developers held about 200,000 jobs, and those in San Francisco earn a median of $140,000.",
  C("200,000", "employment", "Web Developer", "mismatch"),
  C("$140,000", "salary", "Web Developer", "unchecked", stat="median", place="San Francisco"))
I("x24", "career-site", VV, "Education",
  "Vets typically need a master's degree, and vet techs earn about $3,950 a month.",
  C("master's degree", "education", "Veterinarian", "mismatch"),
  C("$3,950", "salary", "Vet Tech", "current", stat="median", per="month"))
I("x25", "career-site", PK, None,
  "Kindergarten teachers earn a median of $45,000, though those in California earn a median of $92,000.",
  C("$45,000", "salary", "Kindergarten Teacher", "mismatch", stat="median"),
  C("$92,000", "salary", "Kindergarten Teacher", "unchecked", stat="median", place="California"))
I("x26", "career-site", IL, None,
  "Loan officers earn a median of $52,000.",
  C("$52,000", "salary", "Loan Officer", "mismatch", stat="median"))
I("x27", "career-site", LL, None,
  "Library technician jobs are projected to grow 5 percent.",
  C("5 percent", "outlook-percent", "Library Technician", "mismatch"))
I("x28", "trade-school", CC, None,
  "Self-employment is rare among carpenters: only about 3% work for themselves. Construction laborers typically need a postsecondary certificate.",
  C("3%", "self-employed", "Carpenter", "mismatch"),
  C("postsecondary certificate", "education", "Construction Laborer", "mismatch"))
I("x29", "career-site", CR, None,
  "Cashiers bring home about $632 a week at the median.",
  C("$632", "salary", "Cashier", "current", stat="median", per="week"))
I("x30", "career-site", MC, "Pay by state",
  "In Massachusetts, medical assistants earn $24.50 an hour on average.",
  C("$24.50", "salary", "Medical Assistant", "unchecked", stat="mean", per="hour", place="Massachusetts"))
I("x31", "career-site", GA, None,
  "Graphic designers in the Washington, D.C. metro area earn around $87,000 on average.",
  C("$87,000", "salary", "Graphic Designer", "unchecked", stat="mean", place="Washington, D.C. metro area"))
I("x32", "career-site", IC, None,
  "Information security analysts in the Dallas area earn a median of $125,000.",
  C("$125,000", "salary", "Information Security Analyst", "unchecked", stat="median", place="Dallas area"))

N("xn01", LR, None, "r/nursing: new grad RN in Texas here, making $38/hr plus a $4 night differential.")
N("xn02", WP, None, "Honestly as a welder I made $72k last year with overtime, more than my buddy the plumber.")
N("xn03", LR, None, "Took me 2 years and about $14,000 to finish my ADN.")
N("xn04", PL, None, "Our survey of 1,204 readers found 63% of paralegals would choose the same career again.")
N("xn05", SD, None, "Updated March 2026 · 8 min read")
N("xn06", PN, None, "Call 1-800-555-0199 to speak with an admissions advisor about our 27-month PA program.")
N("xn07", DD, None, "Ranked #3 of 25 best healthcare jobs by our editors.")
N("xn08", TD, "How much do they make?", "I'm a delivery driver for a parcel company and I clear about $1,100 a week before taxes.")
N("xn09", HE, None, "Step 1 of 4: finish a 6-month certificate. Step 2: log 2,000 hours under a licensed tech.")

# ---- more tables, FAQ, descriptors (stale and wrong), forum posts quoting BLS
I("t01", "table", CL, "CNA vs. LPN at a glance",
  "| | CNA | LPN |\n|---|---|---|\n| Median pay | $42,260 | $64,400 |\n| Outlook | Slower than average | Average |\n| Openings per year | 196,200 | 54,400 |",
  C("$42,260", "salary", "CNA", "current", stat="median"),
  C("$64,400", "salary", "LPN", "current", stat="median"),
  C("Slower than average", "outlook-descriptor", "CNA", "outdated"),
  C("Average", "outlook-descriptor", "LPN", "current"),
  C("196,200", "openings", "CNA", "current"),
  C("54,400", "openings", "LPN", "outdated"))
I("t02", "table", WP, "Welder vs. plumber",
  "| | Welder | Plumber |\n|---|---|---|\n| Median pay | $53,750 | $63,800 |\n| Job outlook | Slower than average | Much faster than average |\n| Self-employed | 4% | n/a |\n| Jobs | 437,700 | 510,600 |",
  C("$53,750", "salary", "Welder", "current", stat="median"),
  C("$63,800", "salary", "Plumber", "current", stat="median"),
  C("Slower than average", "outlook-descriptor", "Welder", "current"),
  C("Much faster than average", "outlook-descriptor", "Plumber", "current"),
  C("4%", "self-employed", "Welder", "current"),
  C("437,700", "employment", "Welder", "current"),
  C("510,600", "employment", "Plumber", "current"))
I("t03", "table", EH, "Pay and outlook",
  "| | Elementary School Teacher | High School Teacher |\n|---|---|---|\n| Median pay (May 2024) | $62,340 | $64,580 |\n| Openings per year | 91,000 | 63,500 |\n| Outlook | Decline | Little or no change |",
  C("$62,340", "salary", "Elementary School Teacher", "outdated", stat="median", yr=2024),
  C("$64,580", "salary", "High School Teacher", "outdated", stat="median", yr=2024),
  C("91,000", "openings", "Elementary School Teacher", "outdated"),
  C("63,500", "openings", "High School Teacher", "current"),
  C("Decline", "outlook-descriptor", "Elementary School Teacher", "outdated"),
  C("Little or no change", "outlook-descriptor", "High School Teacher", "current"))
I("t04", "table", RE, "Agent or broker?",
  "| | Real Estate Agent | Real Estate Broker |\n|---|---|---|\n| Median pay | $52,830 | $73,220 |\n| Job outlook | As fast as average | Slower than average |\n| Education | High school diploma | HS diploma + broker license |",
  C("$52,830", "salary", "Real Estate Agent", "current", stat="median"),
  C("$73,220", "salary", "Real Estate Broker", "current", stat="median"),
  C("As fast as average", "outlook-descriptor", "Real Estate Agent", "outdated"),
  C("Slower than average", "outlook-descriptor", "Real Estate Broker", "current"),
  C("High school diploma", "education", "Real Estate Agent", "current"),
  C("HS diploma", "education", "Real Estate Broker", "current"))
I("f01", "faq", TD, "How much do delivery drivers make?",
  "Delivery drivers earn a median of $21.57 an hour, according to the BLS.",
  C("$21.57", "salary", "Delivery Driver", "current", stat="median", per="hour"))
I("f02", "faq", TD, "Is truck driving a growing field?",
  "Yes, but slowly: employment is projected to grow about as fast as average, with 214,500 openings a year.",
  C("about as fast as average", "outlook-descriptor", "Truck Driver", "current"),
  C("214,500", "openings", "Truck Driver", "current"))
I("f03", "faq", RS, "How many people work as sonographers?",
  "Diagnostic medical sonographers held about 92,200 jobs in 2025.",
  C("92,200", "employment", "Sonographer", "current", yr=2025))
I("f04", "faq", OP, "Do OTAs make more than PTAs?",
  "Slightly. OTAs average $70,710 a year and PTAs average $68,730.",
  C("$70,710", "salary", "OTA", "current", stat="mean"),
  C("$68,730", "salary", "PTA", "current", stat="mean"))
I("f05", "faq", DD, "How much did dental hygienists make last year?",
  "In May 2024, the median wage for dental hygienists was $94,260.",
  C("$94,260", "salary", "Dental Hygienist", "outdated", stat="median", yr=2024))
I("f06", "faq", CR, "What's the pay range for cashiers?",
  "Most cashiers earn between $11.79 and $19.43 an hour.",
  C("$11.79", "salary", "Cashier", "current", stat="range", per="hour", hi=19.43))
I("d01", "career-site", AF, None,
  "Financial analyst jobs are projected to grow faster than average.",
  C("faster than average", "outlook-descriptor", "Financial Analyst", "outdated"))
I("d02", "bootcamp", UW, None,
  "UX design jobs are projected to grow much faster than average.",
  C("much faster than average", "outlook-descriptor", "UX Designer", "outdated"))
I("d03", "school", RS, None,
  "Rad tech employment is projected to grow about as fast as average.",
  C("about as fast as average", "outlook-descriptor", "Radiologic Technologist", "outdated"))
I("d04", "gig-blog", TD, None,
  "Delivery driver jobs will grow much faster than average.",
  C("much faster than average", "outlook-descriptor", "Delivery Driver", "outdated"))
I("d05", "career-site", PD, None,
  "Detective jobs are projected to decline over the decade.",
  C("decline", "outlook-descriptor", "Detective", "outdated"))
I("d06", "school", GA, None,
  "Graphic design employment is projected to grow slower than average.",
  C("slower than average", "outlook-descriptor", "Graphic Designer", "outdated"))
I("d07", "career-site", FC, None,
  "Correctional officer jobs are projected to grow faster than average.",
  C("faster than average", "outlook-descriptor", "Correctional Officer", "mismatch"))
I("d08", "blog", BA, None,
  "Bookkeeping is projected to grow much faster than average through 2035.",
  C("much faster than average", "outlook-descriptor", "Bookkeeper", "mismatch", yr=2035))
I("d09", "career-site", LL, None,
  "Library technician employment should grow about as fast as average.",
  C("about as fast as average", "outlook-descriptor", "Library Technician", "mismatch"))
I("d10", "blog", CR, None,
  "Retail sales jobs are projected to grow much faster than average.",
  C("much faster than average", "outlook-descriptor", "Retail Salesperson", "mismatch"))
I("r01", "forum", RS, None,
  "BLS says the median for rad techs is like $80k, sonographers closer to $97k. Not a huge gap tbh.",
  C("$80k", "salary", "Radiologic Technologist", "current", stat="median"),
  C("$97k", "salary", "Sonographer", "current", stat="median"))
I("r02", "forum", HE, None,
  "Per the OOH, HVAC is supposed to grow 11% through 2035, so I'm not worried about work.",
  C("11%", "outlook-percent", "HVAC Technician", "current", yr=2035))
I("r03", "forum", PN, None,
  "The BLS number everyone quotes for NPs ($126,260) is old; it's higher now.",
  C("$126,260", "salary", "NP", "outdated", stat="median"))
N("rn01", RS, None, "I'm a rad tech in Ohio, 4 years in, making $34/hr base plus $3 call pay.")
N("rn02", PN, None, "My NP offer was $118k with 5 weeks PTO and a $10k sign-on bonus.")
N("rn03", HE, None, "My HVAC apprenticeship paid $19/hr in year 1 and $26 by year 3.")

main()
