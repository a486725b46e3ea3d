#!/usr/bin/env python3
"""Generate claims-holdout6 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date):
           changePercent, changeNumeric (thousands), openingsPerYear (thousands), employmentBase (thousands),
           education, selfEmployedPercent.
Three common titles resolve to the wrong occupation in the CLI ("PT" -> Psychiatric Technicians,
"Private Investigator"/"PI" -> Detectives and Criminal Investigators, "Ophthalmic Technician" -> Health
Technologists and Technicians, All Other); their figures were taken from the CLI queried with the exact BLS title
(which agrees with data/source/*.csv). See README.md.

check() re-derives every verdict from DATA and refuses to write if any label disagrees, if `raw` does not occur
exactly once in `text`, if a claim's role is not one of its item's roles, or if ids repeat.
Run: python3 make-holdout6.py [--flips]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{"ot":{"query":"Occupational Therapist","soc":"29-1122","title":"Occupational Therapists","oews2025":{"mean":101280,"median":100330,"p10":71690,"p25":82510,"p75":116670,"p90":131950,"hourlyMean":48.69,"employment":162450},
"oews2024":{"mean":98240,"median":98340,"p10":67090,"p25":80490,"p75":110460,"p90":129830,"hourlyMean":47.23,"employment":152280},
"oews2023":{"mean":96790,"median":96370,"p10":65210,"p25":79290,"p75":109480,"p90":129620,"hourlyMean":46.54,"employment":144840},
"ep2025":{"changePercent":14.8,"changeNumeric":25.2,"openingsPerYear":10,"employmentBase":169.6,"education":"Master's degree","selfEmployedPercent":2.5},
"ep2024":{"changePercent":13.8,"changeNumeric":22.1,"openingsPerYear":10.2,"employmentBase":160,"education":"Master's degree","selfEmployedPercent":2.2}},
"pt":{"query":"Physical Therapists","soc":"29-1123","title":"Physical Therapists","oews2025":{"mean":105280,"median":102760,"p10":77140,"p25":86160,"p75":121160,"p90":135140,"hourlyMean":50.62,"employment":267330},
"oews2024":{"mean":102400,"median":101020,"p10":74420,"p25":83470,"p75":117190,"p90":132500,"hourlyMean":49.23,"employment":248630},
"oews2023":{"mean":100440,"median":99710,"p10":72260,"p25":81970,"p75":113630,"p90":130870,"hourlyMean":48.29,"employment":240820},
"ep2025":{"changePercent":11.9,"changeNumeric":33.8,"openingsPerYear":13.4,"employmentBase":283.7,"education":"Doctoral or professional degree","selfEmployedPercent":4.2},
"ep2024":{"changePercent":10.9,"changeNumeric":29.3,"openingsPerYear":13.2,"employmentBase":267.2,"education":"Doctoral or professional degree","selfEmployedPercent":4.5}},
"psychologist":{"query":"Psychologist","soc":"19-3033","title":"Clinical and Counseling Psychologists","oews2025":{"mean":112750,"median":100580,"p10":55170,"p25":73210,"p75":135200,"p90":180960,"hourlyMean":54.21,"employment":75990},
"oews2024":{"mean":106850,"median":95830,"p10":50470,"p25":67470,"p75":131510,"p90":170150,"hourlyMean":51.37,"employment":72190},
"oews2023":{"mean":106600,"median":96100,"p10":48820,"p25":66050,"p75":129020,"p90":168870,"hourlyMean":51.25,"employment":71730},
"ep2025":{"changePercent":11.7,"changeNumeric":9.5,"openingsPerYear":4.1,"employmentBase":81.3,"education":"Doctoral or professional degree","selfEmployedPercent":4.8},
"ep2024":{"changePercent":11.2,"changeNumeric":8.5,"openingsPerYear":4.8,"employmentBase":76.3,"education":"Doctoral or professional degree","selfEmployedPercent":2.4}},
"psychiatrist":{"query":"Psychiatrist","soc":"29-1223","title":"Psychiatrists","oews2025":{"mean":269940,"median":281870,"p10":84060,"p25":154150,"p75":362740,"p90":446520,"hourlyMean":129.78,"employment":27980},
"oews2024":{"mean":269120,"p10":77360,"p25":141290,"hourlyMean":129.39,"employment":24800},
"oews2023":{"mean":256930,"p10":73280,"p25":124070,"hourlyMean":123.53,"employment":24830},
"ep2025":{"changePercent":7.2,"changeNumeric":2.1,"openingsPerYear":0.9,"employmentBase":30,"education":"Doctoral or professional degree","selfEmployedPercent":3.2},
"ep2024":{"changePercent":6.1,"changeNumeric":1.7,"openingsPerYear":0.9,"employmentBase":27.1,"education":"Doctoral or professional degree","selfEmployedPercent":3.7}},
"mktmgr":{"query":"Marketing Manager","soc":"11-2021","title":"Marketing Managers","oews2025":{"mean":177770,"median":166790,"p10":90260,"p25":123020,"p75":216410,"p90":293610,"hourlyMean":85.47,"employment":395240},
"oews2024":{"mean":171520,"median":161030,"p10":81900,"p25":111210,"p75":211080,"hourlyMean":82.46,"employment":384980},
"oews2023":{"mean":166410,"median":157620,"p10":79600,"p25":108000,"p75":208000,"hourlyMean":80,"employment":368940},
"ep2025":{"changePercent":6.9,"changeNumeric":29.1,"openingsPerYear":34,"employmentBase":421.6,"education":"Bachelor's degree","selfEmployedPercent":5.3},
"ep2024":{"changePercent":6.6,"changeNumeric":26.7,"openingsPerYear":34.3,"employmentBase":407,"education":"Bachelor's degree","selfEmployedPercent":3.6}},
"salesmgr":{"query":"Sales Manager","soc":"11-2022","title":"Sales Managers","oews2025":{"mean":164350,"median":148270,"p10":73170,"p25":100360,"p75":207340,"p90":290540,"hourlyMean":79.02,"employment":637080},
"oews2024":{"mean":160930,"median":138060,"p10":66910,"p25":95910,"p75":201490,"hourlyMean":77.37,"employment":603710},
"oews2023":{"mean":157610,"median":135160,"p10":63700,"p25":93540,"p75":196700,"hourlyMean":75.77,"employment":575880},
"ep2025":{"changePercent":4.5,"changeNumeric":29,"openingsPerYear":47.3,"employmentBase":650.1,"education":"Bachelor's degree","selfEmployedPercent":0.8},
"ep2024":{"changePercent":4.7,"changeNumeric":29,"openingsPerYear":49,"employmentBase":619.5,"education":"Bachelor's degree","selfEmployedPercent":0.9}},
"editor":{"query":"Editor","soc":"27-3041","title":"Editors","oews2025":{"mean":90060,"median":77920,"p10":41250,"p25":57300,"p75":106100,"p90":153700,"hourlyMean":43.3,"employment":91690},
"oews2024":{"mean":85700,"median":75260,"p10":36200,"p25":50210,"p75":101210,"p90":140840,"hourlyMean":41.2,"employment":95480},
"oews2023":{"mean":85110,"median":75020,"p10":38790,"p25":51810,"p75":101100,"p90":138920,"hourlyMean":40.92,"employment":95700},
"ep2025":{"changePercent":-1.1,"changeNumeric":-1.1,"openingsPerYear":7.9,"employmentBase":105,"education":"Bachelor's degree","selfEmployedPercent":9},
"ep2024":{"changePercent":0.6,"changeNumeric":0.7,"openingsPerYear":9.8,"employmentBase":115.8,"education":"Bachelor's degree","selfEmployedPercent":13.2}},
"writer":{"query":"Writer","soc":"27-3043","title":"Writers and Authors","oews2025":{"mean":86090,"median":76910,"p10":44310,"p25":58230,"p75":101950,"p90":139870,"hourlyMean":41.39,"employment":47940},
"oews2024":{"mean":85780,"median":72270,"p10":41080,"p25":52890,"p75":98320,"p90":133680,"hourlyMean":41.24,"employment":47800},
"oews2023":{"mean":87590,"median":73690,"p10":40900,"p25":52660,"p75":100990,"p90":148240,"hourlyMean":42.11,"employment":49450},
"ep2025":{"changePercent":-0.3,"changeNumeric":-0.5,"openingsPerYear":11.9,"employmentBase":140.3,"education":"Bachelor's degree","selfEmployedPercent":64.8},
"ep2024":{"changePercent":3.6,"changeNumeric":4.9,"openingsPerYear":13.4,"employmentBase":135.4,"education":"Bachelor's degree","selfEmployedPercent":62.9}},
"civil":{"query":"Civil Engineer","soc":"17-2051","title":"Civil Engineers","oews2025":{"mean":108670,"median":100840,"p10":68240,"p25":79930,"p75":129680,"p90":163220,"hourlyMean":52.24,"employment":367840},
"oews2024":{"mean":107050,"median":99590,"p10":65920,"p25":78790,"p75":128290,"p90":160990,"hourlyMean":51.47,"employment":355410},
"oews2023":{"mean":101160,"median":95890,"p10":63220,"p25":76500,"p75":123010,"p90":150640,"hourlyMean":48.64,"employment":327950},
"ep2025":{"changePercent":6.4,"changeNumeric":24.5,"openingsPerYear":22.7,"employmentBase":380.6,"education":"Bachelor's degree","selfEmployedPercent":1.9},
"ep2024":{"changePercent":5,"changeNumeric":18.5,"openingsPerYear":23.6,"employmentBase":368.9,"education":"Bachelor's degree","selfEmployedPercent":1.3}},
"mech":{"query":"Mechanical Engineer","soc":"17-2141","title":"Mechanical Engineers","oews2025":{"mean":113610,"median":104110,"p10":73990,"p25":84130,"p75":132590,"p90":164340,"hourlyMean":54.62,"employment":296810},
"oews2024":{"mean":110080,"median":102320,"p10":68740,"p25":81800,"p75":130290,"p90":161240,"hourlyMean":52.92,"employment":286760},
"oews2023":{"mean":105220,"median":99510,"p10":64560,"p25":79160,"p75":126990,"p90":157470,"hourlyMean":50.59,"employment":281290},
"ep2025":{"changePercent":11.2,"changeNumeric":33.5,"openingsPerYear":17.8,"employmentBase":298.5,"education":"Bachelor's degree","selfEmployedPercent":0.5},
"ep2024":{"changePercent":9.1,"changeNumeric":26.5,"openingsPerYear":18.1,"employmentBase":293.1,"education":"Bachelor's degree","selfEmployedPercent":1.2}},
"ee":{"query":"Electrical Engineer","soc":"17-2071","title":"Electrical Engineers","oews2025":{"mean":125100,"median":120630,"p10":76550,"p25":92830,"p75":152950,"p90":184300,"hourlyMean":60.15,"employment":198750},
"oews2024":{"mean":120980,"median":111910,"p10":74670,"p25":87590,"p75":141630,"p90":175460,"hourlyMean":58.16,"employment":188790},
"oews2023":{"mean":117680,"median":106950,"p10":69320,"p25":83200,"p75":137140,"p90":172050,"hourlyMean":56.58,"employment":185430},
"ep2025":{"changePercent":9.9,"changeNumeric":19.8,"openingsPerYear":11.4,"employmentBase":199.7,"education":"Bachelor's degree","selfEmployedPercent":0.5},
"ep2024":{"changePercent":7.2,"changeNumeric":13.8,"openingsPerYear":11.7,"employmentBase":192,"education":"Bachelor's degree","selfEmployedPercent":1}},
"eetech":{"query":"Electronics Technician","soc":"17-3023","title":"Electrical and Electronic Engineering Technologists and Technicians","oews2025":{"mean":80680,"median":78190,"p10":49510,"p25":61610,"p75":97650,"p90":115700,"hourlyMean":38.79,"employment":95130},
"oews2024":{"mean":78580,"median":77180,"p10":48250,"p25":60610,"p75":94810,"p90":111790,"hourlyMean":37.78,"employment":92710},
"oews2023":{"mean":74440,"median":72800,"p10":46420,"p25":57990,"p75":85680,"p90":105320,"hourlyMean":35.79,"employment":97420},
"ep2025":{"changePercent":2.4,"changeNumeric":2.3,"openingsPerYear":8.1,"employmentBase":96.9,"education":"Associate's degree","selfEmployedPercent":1.4},
"ep2024":{"changePercent":0.6,"changeNumeric":0.6,"openingsPerYear":8.4,"employmentBase":93.7,"education":"Associate's degree","selfEmployedPercent":0.1}},
"counselor":{"query":"School Counselor","soc":"21-1012","title":"Educational, Guidance, and Career Counselors and Advisors","oews2025":{"mean":71430,"median":64330,"p10":45020,"p25":51270,"p75":82870,"p90":104770,"hourlyMean":34.34,"employment":353310},
"oews2024":{"mean":71520,"median":65140,"p10":43580,"p25":51690,"p75":83490,"p90":105870,"hourlyMean":34.38,"employment":342350},
"oews2023":{"mean":66990,"median":61710,"p10":40140,"p25":48760,"p75":78780,"p90":100050,"hourlyMean":32.21,"employment":327660},
"ep2025":{"changePercent":2.9,"changeNumeric":11.4,"openingsPerYear":27.8,"employmentBase":389.5,"education":"Master's degree","selfEmployedPercent":0.6},
"ep2024":{"changePercent":3.5,"changeNumeric":13.3,"openingsPerYear":31,"employmentBase":376.3,"education":"Master's degree","selfEmployedPercent":0.6}},
"ta":{"query":"Teacher Assistant","soc":"25-9045","title":"Teaching Assistants, Except Postsecondary","oews2025":{"mean":38290,"median":36780,"p10":27150,"p25":31060,"p75":45360,"p90":50040,"employment":1420350},
"oews2024":{"mean":35960,"median":35240,"p10":23710,"p25":29120,"p75":40400,"p90":48140,"employment":1375300},
"oews2023":{"mean":36430,"median":35550,"p10":24200,"p25":29500,"p75":40720,"p90":48870,"employment":1337320},
"ep2025":{"changePercent":-0.3,"changeNumeric":-4.9,"openingsPerYear":176.2,"employmentBase":1463,"education":"Some college, no degree","selfEmployedPercent":null},
"ep2024":{"changePercent":-1.5,"changeNumeric":-21.1,"openingsPerYear":170.4,"employmentBase":1422.8,"education":"Some college, no degree","selfEmployedPercent":0.1}},
"constmgr":{"query":"Construction Manager","soc":"11-9021","title":"Construction Managers","oews2025":{"mean":124360,"median":114990,"p10":69690,"p25":88550,"p75":151640,"p90":189440,"hourlyMean":59.79,"employment":380360},
"oews2024":{"mean":119660,"median":106980,"p10":65160,"p25":83480,"p75":139330,"p90":176990,"hourlyMean":57.53,"employment":348330},
"oews2023":{"mean":116960,"median":104900,"p10":64480,"p25":81640,"p75":135550,"p90":172040,"hourlyMean":56.23,"employment":329190},
"ep2025":{"changePercent":9.1,"changeNumeric":55.2,"openingsPerYear":49.7,"employmentBase":609.1,"education":"Bachelor's degree","selfEmployedPercent":37.6},
"ep2024":{"changePercent":8.7,"changeNumeric":48.1,"openingsPerYear":46.8,"employmentBase":550.3,"education":"Bachelor's degree","selfEmployedPercent":35.8}},
"estimator":{"query":"Cost Estimator","soc":"13-1051","title":"Cost Estimators","oews2025":{"mean":85390,"median":78740,"p10":48530,"p25":61150,"p75":101850,"p90":130820,"hourlyMean":41.06,"employment":224220},
"oews2024":{"mean":83160,"median":77070,"p10":46330,"p25":59830,"p75":99630,"p90":128640,"hourlyMean":39.98,"employment":219530},
"oews2023":{"mean":79520,"median":74740,"p10":44820,"p25":57130,"p75":96740,"p90":124520,"hourlyMean":38.23,"employment":220970},
"ep2025":{"changePercent":-3.1,"changeNumeric":-6.9,"openingsPerYear":17.6,"employmentBase":226.4,"education":"Bachelor's degree","selfEmployedPercent":1.3},
"ep2024":{"changePercent":-4.2,"changeNumeric":-9.3,"openingsPerYear":16.9,"employmentBase":221.4,"education":"Bachelor's degree","selfEmployedPercent":0.3}},
"ora":{"query":"Operations Research Analyst","soc":"15-2031","title":"Operations Research Analysts","oews2025":{"mean":99730,"median":88940,"p10":57060,"p25":68360,"p75":125990,"p90":159910,"hourlyMean":47.95,"employment":108510},
"oews2024":{"mean":99120,"median":91290,"p10":53910,"p25":66910,"p75":124120,"p90":159280,"hourlyMean":47.66,"employment":107760},
"oews2023":{"mean":95600,"median":83640,"p10":52930,"p25":66250,"p75":115190,"p90":148920,"hourlyMean":45.96,"employment":117880},
"ep2025":{"changePercent":11.9,"changeNumeric":13.5,"openingsPerYear":7.5,"employmentBase":113.1,"education":"Bachelor's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":21.5,"changeNumeric":24.1,"openingsPerYear":9.6,"employmentBase":112.1,"education":"Bachelor's degree","selfEmployedPercent":null}},
"logistician":{"query":"Logistician","soc":"13-1081","title":"Logisticians","oews2025":{"mean":89730,"median":82320,"p10":50890,"p25":64440,"p75":106190,"p90":133160,"hourlyMean":43.14,"employment":251040},
"oews2024":{"mean":87600,"median":80880,"p10":49260,"p25":62920,"p75":104330,"p90":132110,"hourlyMean":42.12,"employment":235640},
"oews2023":{"mean":84640,"median":79400,"p10":47990,"p25":61440,"p75":101890,"p90":128550,"hourlyMean":40.69,"employment":228470},
"ep2025":{"changePercent":17.6,"changeNumeric":44.9,"openingsPerYear":26.6,"employmentBase":255.1,"education":"Bachelor's degree","selfEmployedPercent":1.2},
"ep2024":{"changePercent":16.7,"changeNumeric":40.3,"openingsPerYear":26.4,"employmentBase":241,"education":"Bachelor's degree","selfEmployedPercent":0.3}},
"mail":{"query":"Mail Carrier","soc":"43-5052","title":"Postal Service Mail Carriers","oews2025":{"mean":62540,"median":60550,"p10":42390,"p25":48940,"p75":81000,"p90":81040,"hourlyMean":30.07,"employment":328820},
"oews2024":{"mean":59880,"median":57490,"p10":42390,"p25":46030,"p75":75300,"p90":76880,"hourlyMean":28.79,"employment":336040},
"oews2023":{"mean":59340,"median":56330,"p10":41480,"p25":46030,"p75":75300,"p90":75920,"hourlyMean":28.53,"employment":331600},
"ep2025":{"changePercent":-0.3,"changeNumeric":-0.9,"openingsPerYear":19.6,"employmentBase":316.4,"education":"No formal educational credential","selfEmployedPercent":null},
"ep2024":{"changePercent":-3.5,"changeNumeric":-11.3,"openingsPerYear":20.6,"employmentBase":319.4,"education":"No formal educational credential","selfEmployedPercent":null}},
"courier":{"query":"Courier","soc":"43-5021","title":"Couriers and Messengers","oews2025":{"mean":40970,"median":39200,"p10":31550,"p25":36070,"p75":45280,"p90":50330,"hourlyMean":19.7,"employment":68640},
"oews2024":{"mean":40060,"median":38340,"p10":29880,"p25":35130,"p75":44630,"p90":50590,"hourlyMean":19.26,"employment":71920},
"oews2023":{"mean":38350,"median":36710,"p10":28040,"p25":32870,"p75":42270,"p90":49310,"hourlyMean":18.44,"employment":72010},
"ep2025":{"changePercent":8,"changeNumeric":18.2,"openingsPerYear":23.8,"employmentBase":228.9,"education":"High school diploma or equivalent","selfEmployedPercent":69.9},
"ep2024":{"changePercent":8.2,"changeNumeric":20.4,"openingsPerYear":27.9,"employmentBase":247.2,"education":"High school diploma or equivalent","selfEmployedPercent":70.2}},
"bus":{"query":"School Bus Driver","soc":"53-3051","title":"Bus Drivers, School","oews2025":{"mean":48430,"median":47920,"p10":29240,"p25":38650,"p75":58430,"p90":65730,"hourlyMean":23.28,"employment":402930},
"oews2024":{"mean":46660,"median":47040,"p10":27680,"p25":37490,"p75":56140,"p90":63810,"hourlyMean":22.44,"employment":387920},
"oews2023":{"mean":45210,"median":45660,"p10":27380,"p25":36290,"p75":52900,"p90":61320,"hourlyMean":21.74,"employment":371530},
"ep2025":{"changePercent":0.7,"changeNumeric":2.9,"openingsPerYear":56.5,"employmentBase":396.8,"education":"High school diploma or equivalent","selfEmployedPercent":0.1},
"ep2024":{"changePercent":0.2,"changeNumeric":0.9,"openingsPerYear":61,"employmentBase":387.3,"education":"High school diploma or equivalent","selfEmployedPercent":0.4}},
"taxi":{"query":"Taxi Driver","soc":"53-3054","title":"Taxi Drivers","oews2025":{"mean":49930,"median":42100,"p10":34650,"p25":37790,"p75":60960,"p90":75800,"hourlyMean":24.01,"employment":41050},
"oews2024":{"mean":39310,"median":36220,"p10":27280,"p25":31320,"p75":40630,"p90":61920,"hourlyMean":18.9,"employment":17510},
"oews2023":{"mean":35120,"median":34680,"p10":27040,"p25":29920,"p75":37280,"p90":40630,"hourlyMean":16.88,"employment":17770},
"ep2025":{"changePercent":11.5,"changeNumeric":23.5,"openingsPerYear":20.4,"employmentBase":204.2,"education":"No formal educational credential","selfEmployedPercent":86.5},
"ep2024":{"changePercent":11.1,"changeNumeric":22.6,"openingsPerYear":22.6,"employmentBase":204,"education":"No formal educational credential","selfEmployedPercent":91.5}},
"guard":{"query":"Security Guard","soc":"33-9032","title":"Security Guards","oews2025":{"mean":42470,"median":38020,"p10":30210,"p25":35210,"p75":46200,"p90":58840,"hourlyMean":20.42,"employment":1283470},
"oews2024":{"mean":42890,"median":38370,"p10":29800,"p25":35100,"p75":46660,"p90":59580,"hourlyMean":20.62,"employment":1241770},
"oews2023":{"mean":40440,"median":37070,"p10":28500,"p25":31660,"p75":44630,"p90":57400,"hourlyMean":19.44,"employment":1202940},
"ep2025":{"changePercent":0.9,"changeNumeric":11.3,"openingsPerYear":156,"employmentBase":1294.3,"education":"High school diploma or equivalent","selfEmployedPercent":0.7},
"ep2024":{"changePercent":0.4,"changeNumeric":5.1,"openingsPerYear":161,"employmentBase":1262.1,"education":"High school diploma or equivalent","selfEmployedPercent":0.5}},
"pi":{"query":"Private Detectives and Investigators","soc":"33-9021","title":"Private Detectives and Investigators","oews2025":{"mean":60150,"median":51220,"p10":36740,"p25":40700,"p75":73990,"p90":97630,"hourlyMean":28.92,"employment":35580},
"oews2024":{"mean":61680,"median":52370,"p10":37250,"p25":41940,"p75":75310,"p90":98770,"hourlyMean":29.65,"employment":38700},
"oews2023":{"mean":60270,"median":49540,"p10":36060,"p25":40130,"p75":74830,"p90":96600,"hourlyMean":28.98,"employment":34600},
"ep2025":{"changePercent":5.5,"changeNumeric":2.2,"openingsPerYear":3.2,"employmentBase":39.5,"education":"High school diploma or equivalent","selfEmployedPercent":9.8},
"ep2024":{"changePercent":6,"changeNumeric":2.6,"openingsPerYear":3.9,"employmentBase":43.6,"education":"High school diploma or equivalent","selfEmployedPercent":10.8}},
"event":{"query":"Event Planner","soc":"13-1121","title":"Meeting, Convention, and Event Planners","oews2025":{"mean":66520,"median":61160,"p10":36830,"p25":46970,"p75":78790,"p90":101700,"hourlyMean":31.98,"employment":142860},
"oews2024":{"mean":65090,"median":59440,"p10":35990,"p25":45610,"p75":77150,"p90":101310,"hourlyMean":31.29,"employment":134670},
"oews2023":{"mean":62280,"median":56920,"p10":34410,"p25":43450,"p75":74510,"p90":99010,"hourlyMean":29.94,"employment":122130},
"ep2025":{"changePercent":5.8,"changeNumeric":10,"openingsPerYear":16.8,"employmentBase":172.1,"education":"Bachelor's degree","selfEmployedPercent":10.1},
"ep2024":{"changePercent":4.8,"changeNumeric":7.5,"openingsPerYear":15.5,"employmentBase":155.8,"education":"Bachelor's degree","selfEmployedPercent":5.1}},
"fundraiser":{"query":"Fundraiser","soc":"13-1131","title":"Fundraisers","oews2025":{"mean":77200,"median":72550,"p10":46630,"p25":57480,"p75":92180,"p90":115820,"hourlyMean":37.12,"employment":111040},
"oews2024":{"mean":73130,"median":66490,"p10":43200,"p25":52590,"p75":85280,"p90":106960,"hourlyMean":35.16,"employment":105930},
"oews2023":{"mean":70760,"median":64160,"p10":39440,"p25":49560,"p75":83120,"p90":106700,"hourlyMean":34.02,"employment":101730},
"ep2025":{"changePercent":5.5,"changeNumeric":7.8,"openingsPerYear":10,"employmentBase":140.9,"education":"Bachelor's degree","selfEmployedPercent":0.5},
"ep2024":{"changePercent":4.3,"changeNumeric":5.8,"openingsPerYear":10.2,"employmentBase":134.4,"education":"Bachelor's degree","selfEmployedPercent":1.9}},
"at":{"query":"Athletic Trainer","soc":"29-9091","title":"Athletic Trainers","oews2025":{"mean":66620,"median":62520,"p10":48180,"p25":55130,"p75":74630,"p90":88760,"employment":30500},
"oews2024":{"mean":63960,"median":60250,"p10":45380,"p25":51590,"p75":70880,"p90":84100,"employment":28950},
"oews2023":{"mean":61540,"median":57930,"p10":43180,"p25":49750,"p75":66580,"p90":80640,"employment":28480},
"ep2025":{"changePercent":12.7,"changeNumeric":4.4,"openingsPerYear":2.4,"employmentBase":35.2,"education":"Master's degree","selfEmployedPercent":5.9},
"ep2024":{"changePercent":11.1,"changeNumeric":3.8,"openingsPerYear":2.4,"employmentBase":33.9,"education":"Master's degree","selfEmployedPercent":6.2}},
"fitness":{"query":"Fitness Trainer","soc":"39-9031","title":"Exercise Trainers and Group Fitness Instructors","oews2025":{"mean":52420,"median":47160,"p10":28800,"p25":35280,"p75":61730,"p90":83100,"hourlyMean":25.2,"employment":322930},
"oews2024":{"mean":51360,"median":46180,"p10":27580,"p25":34090,"p75":60920,"p90":82050,"hourlyMean":24.69,"employment":303620},
"oews2023":{"mean":51270,"median":46480,"p10":26840,"p25":33700,"p75":61610,"p90":80740,"hourlyMean":24.65,"employment":279450},
"ep2025":{"changePercent":7.3,"changeNumeric":28.5,"openingsPerYear":68,"employmentBase":388.4,"education":"High school diploma or equivalent","selfEmployedPercent":14.8},
"ep2024":{"changePercent":11.9,"changeNumeric":44.1,"openingsPerYear":74.2,"employmentBase":370.1,"education":"High school diploma or equivalent","selfEmployedPercent":14.3}},
"audiologist":{"query":"Audiologist","soc":"29-1181","title":"Audiologists","oews2025":{"mean":97740,"median":95780,"p10":64610,"p25":79340,"p75":111300,"p90":133120,"hourlyMean":46.99,"employment":13660},
"oews2024":{"mean":95320,"median":92120,"p10":61930,"p25":76440,"p75":109330,"p90":129830,"hourlyMean":45.83,"employment":14730},
"oews2023":{"mean":92620,"median":87740,"p10":56090,"p25":74440,"p75":105480,"p90":124800,"hourlyMean":44.53,"employment":13880},
"ep2025":{"changePercent":11,"changeNumeric":1.6,"openingsPerYear":0.6,"employmentBase":14.2,"education":"Doctoral or professional degree","selfEmployedPercent":2.2},
"ep2024":{"changePercent":9.5,"changeNumeric":1.5,"openingsPerYear":0.7,"employmentBase":15.8,"education":"Doctoral or professional degree","selfEmployedPercent":4.4}},
"hearing":{"query":"Hearing Aid Specialist","soc":"29-2092","title":"Hearing Aid Specialists","oews2025":{"mean":66370,"median":65160,"p10":38400,"p25":48390,"p75":80010,"p90":94020,"hourlyMean":31.91,"employment":11270},
"oews2024":{"mean":63930,"median":61560,"p10":36950,"p25":47150,"p75":78110,"p90":91000,"hourlyMean":30.74,"employment":10580},
"oews2023":{"mean":61550,"median":58670,"p10":34480,"p25":42520,"p75":74900,"p90":85870,"hourlyMean":29.59,"employment":10250},
"ep2025":{"changePercent":19.4,"changeNumeric":2.2,"openingsPerYear":0.9,"employmentBase":11.2,"education":"High school diploma or equivalent","selfEmployedPercent":0.5},
"ep2024":{"changePercent":18.4,"changeNumeric":2,"openingsPerYear":1,"employmentBase":10.7,"education":"High school diploma or equivalent","selfEmployedPercent":0.5}},
"optician":{"query":"Optician","soc":"29-2081","title":"Opticians, Dispensing","oews2025":{"mean":51770,"median":47260,"p10":35610,"p25":38820,"p75":61700,"p90":76750,"hourlyMean":24.89,"employment":73530},
"oews2024":{"mean":49970,"median":46560,"p10":34470,"p25":37900,"p75":59680,"p90":73240,"hourlyMean":24.02,"employment":79690},
"oews2023":{"mean":47560,"median":44170,"p10":31560,"p25":36380,"p75":57490,"p90":69900,"hourlyMean":22.86,"employment":76770},
"ep2025":{"changePercent":4.2,"changeNumeric":3.1,"openingsPerYear":5.6,"employmentBase":74.3,"education":"High school diploma or equivalent","selfEmployedPercent":1.6},
"ep2024":{"changePercent":2.9,"changeNumeric":2.3,"openingsPerYear":6.8,"employmentBase":79.9,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"ophtech":{"query":"Ophthalmic Medical Technicians","soc":"29-2057","title":"Ophthalmic Medical Technicians","oews2025":{"mean":47060,"median":45570,"p10":35700,"p25":38170,"p75":51390,"p90":61940,"hourlyMean":22.63,"employment":71010},
"oews2024":{"mean":45360,"median":44080,"p10":34210,"p25":37100,"p75":49730,"p90":60810,"hourlyMean":21.81,"employment":76520},
"oews2023":{"mean":44290,"median":41780,"p10":31200,"p25":36330,"p75":49740,"p90":59930,"hourlyMean":21.3,"employment":73390},
"ep2025":{"changePercent":21.4,"changeNumeric":15.5,"openingsPerYear":11.8,"employmentBase":72.5,"education":"Postsecondary nondegree award","selfEmployedPercent":0.4},
"ep2024":{"changePercent":19.8,"changeNumeric":15.6,"openingsPerYear":12.5,"employmentBase":78.8,"education":"Postsecondary nondegree award","selfEmployedPercent":0.7}},
"barber":{"query":"Barber","soc":"39-5011","title":"Barbers","oews2025":{"mean":47070,"median":38210,"p10":28600,"p25":31570,"p75":58960,"p90":76460,"hourlyMean":22.63,"employment":15000},
"oews2024":{"mean":47800,"median":38960,"p10":27770,"p25":32050,"p75":59180,"p90":78440,"hourlyMean":22.98,"employment":18100},
"oews2023":{"mean":41570,"median":36150,"p10":26770,"p25":30130,"p75":49220,"p90":61090,"hourlyMean":19.99,"employment":15990},
"ep2025":{"changePercent":3.3,"changeNumeric":2.5,"openingsPerYear":6.9,"employmentBase":75.8,"education":"Postsecondary nondegree award","selfEmployedPercent":79.9},
"ep2024":{"changePercent":4.1,"changeNumeric":3.1,"openingsPerYear":8.4,"employmentBase":76,"education":"Postsecondary nondegree award","selfEmployedPercent":75.6}},
"manicurist":{"query":"Manicurist","soc":"39-5092","title":"Manicurists and Pedicurists","oews2025":{"mean":38570,"median":35760,"p10":28920,"p25":34010,"p75":41650,"p90":50140,"hourlyMean":18.54,"employment":152770},
"oews2024":{"mean":36910,"median":34660,"p10":27910,"p25":31510,"p75":37660,"p90":47990,"hourlyMean":17.74,"employment":147820},
"oews2023":{"mean":36480,"median":34250,"p10":27260,"p25":31180,"p75":36920,"p90":48080,"hourlyMean":17.54,"employment":144810},
"ep2025":{"changePercent":9.2,"changeNumeric":18.6,"openingsPerYear":21.9,"employmentBase":201.8,"education":"Postsecondary nondegree award","selfEmployedPercent":23.1},
"ep2024":{"changePercent":7,"changeNumeric":14.7,"openingsPerYear":24.8,"employmentBase":210.1,"education":"Postsecondary nondegree award","selfEmployedPercent":28}},
"mri":{"query":"MRI Tech","soc":"29-2035","title":"Magnetic Resonance Imaging Technologists","oews2025":{"mean":96120,"median":95480,"p10":68890,"p25":81040,"p75":106340,"p90":127670,"hourlyMean":46.21,"employment":43390},
"oews2024":{"mean":91020,"median":88180,"p10":64910,"p25":78150,"p75":102440,"p90":121420,"hourlyMean":43.76,"employment":41530},
"oews2023":{"mean":86600,"median":83740,"p10":61470,"p25":75360,"p75":99340,"p90":112420,"hourlyMean":41.64,"employment":41340},
"ep2025":{"changePercent":7.7,"changeNumeric":3.4,"openingsPerYear":2.3,"employmentBase":43.9,"education":"Associate's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":7.1,"changeNumeric":3.1,"openingsPerYear":2.6,"employmentBase":44.1,"education":"Associate's degree","selfEmployedPercent":4.6}},
"nucmed":{"query":"Nuclear Medicine Technologist","soc":"29-2033","title":"Nuclear Medicine Technologists","oews2025":{"mean":105160,"median":101370,"p10":78080,"p25":86720,"p75":117120,"p90":134500,"hourlyMean":50.56,"employment":17080},
"oews2024":{"mean":99690,"median":97020,"p10":75570,"p25":83020,"p75":108190,"p90":128090,"hourlyMean":47.93,"employment":16960},
"oews2023":{"mean":95080,"median":92500,"p10":69300,"p25":80050,"p75":104540,"p90":123910,"hourlyMean":45.71,"employment":16560},
"ep2025":{"changePercent":4.4,"changeNumeric":0.8,"openingsPerYear":0.8,"employmentBase":17.4,"education":"Associate's degree","selfEmployedPercent":0.6},
"ep2024":{"changePercent":3,"changeNumeric":0.6,"openingsPerYear":0.9,"employmentBase":20,"education":"Associate's degree","selfEmployedPercent":13.7}},
"hr":{"query":"HR Specialist","soc":"13-1071","title":"Human Resources Specialists","oews2025":{"mean":81990,"median":75940,"p10":47180,"p25":58610,"p75":99380,"p90":128720,"hourlyMean":39.42,"employment":912430},
"oews2024":{"mean":79730,"median":72910,"p10":45440,"p25":55870,"p75":97270,"p90":126540,"hourlyMean":38.33,"employment":917460},
"oews2023":{"mean":76060,"median":67650,"p10":42900,"p25":51510,"p75":92390,"p90":121800,"hourlyMean":36.57,"employment":895970},
"ep2025":{"changePercent":6.4,"changeNumeric":60.1,"openingsPerYear":73.7,"employmentBase":939.7,"education":"Bachelor's degree","selfEmployedPercent":1.1},
"ep2024":{"changePercent":6.2,"changeNumeric":58.4,"openingsPerYear":81.8,"employmentBase":944.3,"education":"Bachelor's degree","selfEmployedPercent":0.5}},
"training":{"query":"Training and Development Specialist","soc":"13-1151","title":"Training and Development Specialists","oews2025":{"mean":75550,"median":69280,"p10":38760,"p25":50110,"p75":95050,"p90":123250,"hourlyMean":36.32,"employment":458300},
"oews2024":{"mean":73760,"median":65850,"p10":37510,"p25":48900,"p75":91550,"p90":120190,"hourlyMean":35.46,"employment":436610},
"oews2023":{"mean":71980,"median":64340,"p10":36050,"p25":47510,"p75":87890,"p90":116140,"hourlyMean":34.6,"employment":403480},
"ep2025":{"changePercent":10.8,"changeNumeric":51.1,"openingsPerYear":46,"employmentBase":472.5,"education":"Bachelor's degree","selfEmployedPercent":0.6},
"ep2024":{"changePercent":10.8,"changeNumeric":48.7,"openingsPerYear":43.9,"employmentBase":452.3,"education":"Bachelor's degree","selfEmployedPercent":0.5}},
"chiro":{"query":"Chiropractor","soc":"29-1011","title":"Chiropractors","oews2025":{"mean":90520,"median":79200,"p10":43460,"p25":60070,"p75":105050,"p90":146080,"hourlyMean":43.52,"employment":39630},
"oews2024":{"mean":91830,"median":79000,"p10":44780,"p25":59320,"p75":104000,"p90":149990,"hourlyMean":44.15,"employment":37630},
"oews2023":{"mean":89760,"median":76530,"p10":39960,"p25":57980,"p75":101930,"p90":142580,"hourlyMean":43.15,"employment":41480},
"ep2025":{"changePercent":8.7,"changeNumeric":5.3,"openingsPerYear":2.6,"employmentBase":61.7,"education":"Doctoral or professional degree","selfEmployedPercent":36.3},
"ep2024":{"changePercent":9.5,"changeNumeric":5.4,"openingsPerYear":2.8,"employmentBase":57.2,"education":"Doctoral or professional degree","selfEmployedPercent":34.7}},
"podiatrist":{"query":"Podiatrist","soc":"29-1081","title":"Podiatrists","oews2025":{"mean":175480,"median":160300,"p10":66010,"p25":103730,"p75":225910,"p90":309670,"hourlyMean":84.37,"employment":9680},
"oews2024":{"mean":163960,"median":152800,"p10":57500,"p25":91130,"p75":217960,"hourlyMean":78.83,"employment":9520},
"oews2023":{"mean":162520,"median":141650,"p10":58550,"p25":87200,"p75":216070,"hourlyMean":78.14,"employment":9470},
"ep2025":{"changePercent":2,"changeNumeric":0.2,"openingsPerYear":0.2,"employmentBase":10,"education":"Doctoral or professional degree","selfEmployedPercent":1.9},
"ep2024":{"changePercent":1.8,"changeNumeric":0.2,"openingsPerYear":0.3,"employmentBase":9.7,"education":"Doctoral or professional degree","selfEmployedPercent":null}},
"loan":{"query":"Loan Officer","soc":"13-2072","title":"Loan Officers","oews2025":{"mean":87790,"median":76690,"p10":39430,"p25":52730,"p75":104080,"p90":153180,"hourlyMean":42.21,"employment":274330},
"oews2024":{"mean":86020,"median":74180,"p10":38490,"p25":50460,"p75":101920,"p90":145780,"hourlyMean":41.35,"employment":290530},
"oews2023":{"mean":84490,"median":69990,"p10":37020,"p25":49130,"p75":100020,"p90":139470,"hourlyMean":40.62,"employment":321090},
"ep2025":{"changePercent":1.1,"changeNumeric":3.1,"openingsPerYear":17.1,"employmentBase":283,"education":"Bachelor's degree","selfEmployedPercent":1.4},
"ep2024":{"changePercent":1.7,"changeNumeric":5,"openingsPerYear":20.3,"employmentBase":301.4,"education":"Bachelor's degree","selfEmployedPercent":2.1}},
"credit":{"query":"Credit Analyst","soc":"13-2041","title":"Credit Analysts","oews2025":{"mean":100850,"median":83510,"p10":56250,"p25":65210,"p75":122460,"p90":169230,"hourlyMean":48.49,"employment":64390},
"oews2024":{"mean":98040,"median":80970,"p10":52930,"p25":63850,"p75":113850,"p90":168840,"hourlyMean":47.14,"employment":67370},
"oews2023":{"mean":94750,"median":79420,"p10":50060,"p25":61600,"p75":108430,"p90":164750,"hourlyMean":45.56,"employment":73200},
"ep2025":{"changePercent":-4.3,"changeNumeric":-2.8,"openingsPerYear":3.1,"employmentBase":64.7,"education":"Bachelor's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":-4.4,"changeNumeric":-3,"openingsPerYear":3.7,"employmentBase":67.8,"education":"Bachelor's degree","selfEmployedPercent":null}},
"appraiser":{"query":"Appraiser","soc":"13-2020","title":"Property Appraisers and Assessors","oews2025":{"mean":75770,"median":67960,"p10":40030,"p25":50970,"p75":92760,"p90":122660,"hourlyMean":36.43,"employment":57070},
"oews2024":{"mean":77160,"median":65420,"p10":38480,"p25":49310,"p75":90810,"p90":122760,"hourlyMean":37.1,"employment":59070},
"oews2023":{"mean":76110,"median":61630,"p10":36230,"p25":46560,"p75":83600,"p90":116580,"hourlyMean":36.59,"employment":62090},
"ep2025":{"changePercent":3.5,"changeNumeric":2.4,"openingsPerYear":5.2,"employmentBase":68.4,"education":"Bachelor's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":3.8,"changeNumeric":2.9,"openingsPerYear":6.3,"employmentBase":77.3,"education":"Bachelor's degree","selfEmployedPercent":21.1}},
"adjuster":{"query":"Claims Adjuster","soc":"13-1031","title":"Claims Adjusters, Examiners, and Investigators","oews2025":{"mean":80470,"median":78000,"p10":48850,"p25":61160,"p75":98030,"p90":117040,"hourlyMean":38.69,"employment":324230},
"oews2024":{"mean":78770,"median":76790,"p10":47810,"p25":60100,"p75":95990,"p90":112150,"hourlyMean":37.87,"employment":305020},
"oews2023":{"mean":75770,"median":75050,"p10":47390,"p25":58770,"p75":91100,"p90":105440,"hourlyMean":36.43,"employment":293780},
"ep2025":{"changePercent":-5.5,"changeNumeric":-20.6,"openingsPerYear":20.9,"employmentBase":376.1,"education":"High school diploma or equivalent","selfEmployedPercent":1.6},
"ep2024":{"changePercent":-5.1,"changeNumeric":-18.2,"openingsPerYear":21.1,"employmentBase":356.1,"education":"High school diploma or equivalent","selfEmployedPercent":2.2}},
"cheme":{"query":"Chemical Engineer","soc":"17-2041","title":"Chemical Engineers","oews2025":{"mean":129980,"median":125040,"p10":79420,"p25":97820,"p75":157190,"p90":182880,"hourlyMean":62.49,"employment":21070},
"oews2024":{"mean":128430,"median":121860,"p10":78520,"p25":96040,"p75":152290,"p90":182150,"hourlyMean":61.75,"employment":20330},
"oews2023":{"mean":122910,"median":112100,"p10":75650,"p25":91630,"p75":142810,"p90":176420,"hourlyMean":59.09,"employment":21140},
"ep2025":{"changePercent":4.7,"changeNumeric":1,"openingsPerYear":1.1,"employmentBase":21.9,"education":"Bachelor's degree","selfEmployedPercent":2.4},
"ep2024":{"changePercent":2.6,"changeNumeric":0.6,"openingsPerYear":1.1,"employmentBase":21.6,"education":"Bachelor's degree","selfEmployedPercent":5.1}},
"petro":{"query":"Petroleum Engineer","soc":"17-2171","title":"Petroleum Engineers","oews2025":{"mean":157150,"median":144910,"p10":81440,"p25":106270,"p75":197920,"p90":253200,"hourlyMean":75.55,"employment":18060},
"oews2024":{"mean":153560,"median":141280,"p10":78840,"p25":107330,"p75":191100,"p90":228790,"hourlyMean":73.83,"employment":18970},
"oews2023":{"mean":148590,"median":135690,"p10":77340,"p25":104020,"p75":176990,"p90":225920,"hourlyMean":71.44,"employment":20390},
"ep2025":{"changePercent":2,"changeNumeric":0.4,"openingsPerYear":1,"employmentBase":18.5,"education":"Bachelor's degree","selfEmployedPercent":1.7},
"ep2024":{"changePercent":1.3,"changeNumeric":0.2,"openingsPerYear":1.2,"employmentBase":19.6,"education":"Bachelor's degree","selfEmployedPercent":1.7}},
"healthmgr":{"query":"Medical and Health Services Manager","soc":"11-9111","title":"Medical and Health Services Managers","oews2025":{"mean":140970,"median":123860,"p10":73390,"p25":94700,"p75":166100,"p90":224340,"hourlyMean":67.77,"employment":597080},
"oews2024":{"mean":137730,"median":117960,"p10":69680,"p25":88560,"p75":162420,"p90":219080,"hourlyMean":66.22,"employment":565840},
"oews2023":{"mean":134440,"median":110680,"p10":67900,"p25":86080,"p75":157640,"p90":216750,"hourlyMean":64.64,"employment":515100},
"ep2025":{"changePercent":24.2,"changeNumeric":155.1,"openingsPerYear":62.3,"employmentBase":640.4,"education":"Bachelor's degree","selfEmployedPercent":4.5},
"ep2024":{"changePercent":23.2,"changeNumeric":142.9,"openingsPerYear":62.1,"employmentBase":616.2,"education":"Bachelor's degree","selfEmployedPercent":5.1}},
"socmgr":{"query":"Social and Community Service Manager","soc":"11-9151","title":"Social and Community Service Managers","oews2025":{"mean":88880,"median":80390,"p10":53150,"p25":64290,"p75":103200,"p90":132260,"hourlyMean":42.73,"employment":209330},
"oews2024":{"mean":86100,"median":78240,"p10":50020,"p25":62420,"p75":100600,"p90":129820,"hourlyMean":41.39,"employment":195490},
"oews2023":{"mean":83400,"median":77030,"p10":48880,"p25":60860,"p75":98740,"p90":127550,"hourlyMean":40.1,"employment":173650},
"ep2025":{"changePercent":7.2,"changeNumeric":16.6,"openingsPerYear":18.5,"employmentBase":231,"education":"Bachelor's degree","selfEmployedPercent":4.8},
"ep2024":{"changePercent":6.4,"changeNumeric":14.1,"openingsPerYear":18.6,"employmentBase":219.8,"education":"Bachelor's degree","selfEmployedPercent":5.6}},
"transcriptionist":{"query":"Medical Transcriptionist","soc":"31-9094","title":"Medical Transcriptionists","oews2025":{"mean":41710,"median":40410,"p10":28250,"p25":34150,"p75":48000,"p90":55950,"hourlyMean":20.05,"employment":41550},
"oews2024":{"mean":39210,"median":37550,"p10":26370,"p25":31200,"p75":45680,"p90":53890,"hourlyMean":18.85,"employment":43070},
"oews2023":{"mean":39090,"median":37060,"p10":27190,"p25":31200,"p75":45780,"p90":52880,"hourlyMean":18.79,"employment":52420},
"ep2025":{"changePercent":-4.4,"changeNumeric":-1.9,"openingsPerYear":6.2,"employmentBase":42,"education":"Postsecondary nondegree award","selfEmployedPercent":null},
"ep2024":{"changePercent":-4.9,"changeNumeric":-2.2,"openingsPerYear":7.4,"employmentBase":43.9,"education":"Postsecondary nondegree award","selfEmployedPercent":0.8}},
"records":{"query":"Medical Records Specialist","soc":"29-2072","title":"Medical Records Specialists","oews2025":{"mean":56790,"median":51140,"p10":37000,"p25":43490,"p75":64820,"p90":81150,"hourlyMean":27.3,"employment":194720},
"oews2024":{"mean":55970,"median":50250,"p10":35780,"p25":41600,"p75":64070,"p90":80950,"hourlyMean":26.91,"employment":187910},
"oews2023":{"mean":53690,"median":48780,"p10":35080,"p25":39620,"p75":61960,"p90":77810,"hourlyMean":25.81,"employment":185690},
"ep2025":{"changePercent":7.8,"changeNumeric":15.6,"openingsPerYear":14,"employmentBase":200.7,"education":"Postsecondary nondegree award","selfEmployedPercent":1},
"ep2024":{"changePercent":7.1,"changeNumeric":13.8,"openingsPerYear":14.2,"employmentBase":194.8,"education":"Postsecondary nondegree award","selfEmployedPercent":0.8}},
"taxprep":{"query":"Tax Preparer","soc":"13-2082","title":"Tax Preparers","oews2025":{"mean":60930,"median":54920,"p10":33760,"p25":38910,"p75":76300,"p90":99270,"hourlyMean":29.3,"employment":76480},
"oews2024":{"mean":58860,"median":50560,"p10":30500,"p25":37750,"p75":75590,"p90":96240,"hourlyMean":28.3,"employment":73570},
"oews2023":{"mean":58160,"median":49010,"p10":29170,"p25":35670,"p75":76020,"p90":98810,"hourlyMean":27.96,"employment":81650},
"ep2025":{"changePercent":4.7,"changeNumeric":4.5,"openingsPerYear":9.4,"employmentBase":95.8,"education":"High school diploma or equivalent","selfEmployedPercent":17.6},
"ep2024":{"changePercent":4.5,"changeNumeric":4.1,"openingsPerYear":10.4,"employmentBase":90.6,"education":"High school diploma or equivalent","selfEmployedPercent":15.5}},
"taxexam":{"query":"Tax Examiner","soc":"13-2081","title":"Tax Examiners and Collectors, and Revenue Agents","oews2025":{"mean":70520,"median":62370,"p10":42000,"p25":49450,"p75":83390,"p90":114550,"hourlyMean":33.91,"employment":56610},
"oews2024":{"mean":67570,"median":59740,"p10":40020,"p25":46820,"p75":79330,"p90":110300,"hourlyMean":32.49,"employment":53530},
"oews2023":{"mean":65370,"median":58530,"p10":37690,"p25":45360,"p75":78520,"p90":107660,"hourlyMean":31.43,"employment":50250},
"ep2025":{"changePercent":-1,"changeNumeric":-0.6,"openingsPerYear":4.4,"employmentBase":60.1,"education":"Bachelor's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":-1.8,"changeNumeric":-1,"openingsPerYear":4.3,"employmentBase":57.6,"education":"Bachelor's degree","selfEmployedPercent":null}},
"inddesign":{"query":"Industrial Designer","soc":"27-1021","title":"Commercial and Industrial Designers","oews2025":{"mean":93260,"median":83910,"p10":53460,"p25":66450,"p75":109050,"p90":139770,"hourlyMean":44.84,"employment":33490},
"oews2024":{"mean":88000,"median":79450,"p10":49390,"p25":62040,"p75":103170,"p90":134840,"hourlyMean":42.31,"employment":30250},
"oews2023":{"mean":81870,"median":76250,"p10":46530,"p25":59170,"p75":99290,"p90":126010,"hourlyMean":39.36,"employment":30810},
"ep2025":{"changePercent":2.4,"changeNumeric":0.9,"openingsPerYear":2.8,"employmentBase":35.4,"education":"Bachelor's degree","selfEmployedPercent":6.5},
"ep2024":{"changePercent":3.2,"changeNumeric":1,"openingsPerYear":2.5,"employmentBase":30.6,"education":"Bachelor's degree","selfEmployedPercent":2}},
"interior":{"query":"Interior Designer","soc":"27-1025","title":"Interior Designers","oews2025":{"mean":74540,"median":67190,"p10":41420,"p25":51840,"p75":85740,"p90":114140,"hourlyMean":35.84,"employment":71500},
"oews2024":{"mean":71430,"median":63490,"p10":38480,"p25":49770,"p75":80830,"p90":106090,"hourlyMean":34.34,"employment":69580},
"oews2023":{"mean":68530,"median":62510,"p10":37730,"p25":47990,"p75":79580,"p90":101860,"hourlyMean":32.95,"employment":67760},
"ep2025":{"changePercent":2.7,"changeNumeric":2.6,"openingsPerYear":7.7,"employmentBase":97.1,"education":"Bachelor's degree","selfEmployedPercent":26.4},
"ep2024":{"changePercent":3.2,"changeNumeric":2.8,"openingsPerYear":7.8,"employmentBase":87.1,"education":"Bachelor's degree","selfEmployedPercent":21.2}},
"crane":{"query":"Crane Operator","soc":"53-7021","title":"Crane and Tower Operators","oews2025":{"mean":72130,"median":68080,"p10":42640,"p25":52600,"p75":83200,"p90":103570,"hourlyMean":34.68,"employment":42890},
"oews2024":{"mean":71560,"median":66370,"p10":41670,"p25":50970,"p75":81630,"p90":102400,"hourlyMean":34.4,"employment":42000},
"oews2023":{"mean":68040,"median":64690,"p10":39200,"p25":48380,"p75":78720,"p90":98820,"hourlyMean":32.71,"employment":42260},
"ep2025":{"changePercent":3.8,"changeNumeric":1.6,"openingsPerYear":3.5,"employmentBase":42.9,"education":"High school diploma or equivalent","selfEmployedPercent":null},
"ep2024":{"changePercent":3,"changeNumeric":1.3,"openingsPerYear":3.8,"employmentBase":42.3,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"heavy":{"query":"Heavy Equipment Operator","soc":"47-2073","title":"Operating Engineers and Other Construction Equipment Operators","oews2025":{"mean":66290,"median":59850,"p10":42190,"p25":48680,"p75":77170,"p90":101090,"hourlyMean":31.87,"employment":478090},
"oews2024":{"mean":65180,"median":58710,"p10":40080,"p25":47780,"p75":75750,"p90":100690,"hourlyMean":31.34,"employment":469270},
"oews2023":{"mean":62180,"median":56160,"p10":38410,"p25":46270,"p75":72970,"p90":95570,"hourlyMean":29.89,"employment":450370},
"ep2025":{"changePercent":4.6,"changeNumeric":22.3,"openingsPerYear":39.2,"employmentBase":489.5,"education":"High school diploma or equivalent","selfEmployedPercent":2.3},
"ep2024":{"changePercent":3.6,"changeNumeric":17.8,"openingsPerYear":41.9,"employmentBase":489.3,"education":"High school diploma or equivalent","selfEmployedPercent":2.5}},
"epi":{"query":"Epidemiologist","soc":"19-1041","title":"Epidemiologists","oews2025":{"mean":97890,"median":87220,"p10":61270,"p25":71090,"p75":112640,"p90":138800,"hourlyMean":47.06,"employment":12090},
"oews2024":{"mean":94160,"median":83980,"p10":56950,"p25":68040,"p75":106040,"p90":134860,"hourlyMean":45.27,"employment":11460},
"oews2023":{"mean":90430,"median":81390,"p10":54950,"p25":65910,"p75":103980,"p90":132230,"hourlyMean":43.48,"employment":10230},
"ep2025":{"changePercent":18.7,"changeNumeric":2.4,"openingsPerYear":0.8,"employmentBase":12.8,"education":"Master's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":16.2,"changeNumeric":2,"openingsPerYear":0.8,"employmentBase":12.3,"education":"Master's degree","selfEmployedPercent":null}},
"healthed":{"query":"Health Education Specialist","soc":"21-1091","title":"Health Education Specialists","oews2025":{"mean":73280,"median":64070,"p10":42990,"p25":50620,"p75":87130,"p90":118200,"hourlyMean":35.23,"employment":65690},
"oews2024":{"mean":71700,"median":63000,"p10":42210,"p25":49880,"p75":84460,"p90":112900,"hourlyMean":34.47,"employment":65150},
"oews2023":{"mean":69790,"median":62860,"p10":39630,"p25":48210,"p75":83800,"p90":107920,"hourlyMean":33.55,"employment":57800},
"ep2025":{"changePercent":5.6,"changeNumeric":3.9,"openingsPerYear":6.9,"employmentBase":70.4,"education":"Bachelor's degree","selfEmployedPercent":0.2},
"ep2024":{"changePercent":4.5,"changeNumeric":3.2,"openingsPerYear":7.9,"employmentBase":71.8,"education":"Bachelor's degree","selfEmployedPercent":0.6}},
"rectherapist":{"query":"Recreational Therapist","soc":"29-1125","title":"Recreational Therapists","oews2025":{"mean":67630,"median":61960,"p10":40990,"p25":50240,"p75":79930,"p90":100420,"hourlyMean":32.52,"employment":14930},
"oews2024":{"mean":65350,"median":60280,"p10":39520,"p25":48230,"p75":77680,"p90":96600,"hourlyMean":31.42,"employment":15060},
"oews2023":{"mean":60910,"median":57120,"p10":37960,"p25":46420,"p75":73150,"p90":92080,"hourlyMean":29.28,"employment":15540},
"ep2025":{"changePercent":4.8,"changeNumeric":0.8,"openingsPerYear":1.4,"employmentBase":15.6,"education":"Bachelor's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":3.3,"changeNumeric":0.5,"openingsPerYear":1.3,"employmentBase":16.1,"education":"Bachelor's degree","selfEmployedPercent":null}},
"exphys":{"query":"Exercise Physiologist","soc":"29-1128","title":"Exercise Physiologists","oews2025":{"mean":60940,"median":59460,"p10":42760,"p25":49620,"p75":67230,"p90":80560,"hourlyMean":29.3,"employment":8560},
"oews2024":{"mean":59620,"median":58160,"p10":40930,"p25":48650,"p75":65430,"p90":79830,"hourlyMean":28.66,"employment":8110},
"oews2023":{"mean":57050,"median":54860,"p10":35460,"p25":45870,"p75":64110,"p90":77680,"hourlyMean":27.43,"employment":8060},
"ep2025":{"changePercent":12.8,"changeNumeric":2.7,"openingsPerYear":1.4,"employmentBase":21.2,"education":"Bachelor's degree","selfEmployedPercent":58.9},
"ep2024":{"changePercent":9.5,"changeNumeric":2.3,"openingsPerYear":1.7,"employmentBase":23.9,"education":"Bachelor's degree","selfEmployedPercent":64}},
"ie":{"query":"Industrial Engineer","soc":"17-2112","title":"Industrial Engineers","oews2025":{"mean":109900,"median":102440,"p10":74370,"p25":83600,"p75":129250,"p90":159860,"hourlyMean":52.84,"employment":365740},
"oews2024":{"mean":107900,"median":101140,"p10":70000,"p25":81910,"p75":127480,"p90":157140,"hourlyMean":51.87,"employment":350230},
"oews2023":{"mean":103150,"median":99380,"p10":65320,"p25":79730,"p75":124000,"p90":142220,"hourlyMean":49.59,"employment":332870},
"ep2025":{"changePercent":12.4,"changeNumeric":45.4,"openingsPerYear":23.1,"employmentBase":365.1,"education":"Bachelor's degree","selfEmployedPercent":0.3},
"ep2024":{"changePercent":11,"changeNumeric":38.5,"openingsPerYear":25.2,"employmentBase":351.1,"education":"Bachelor's degree","selfEmployedPercent":0.2}},
"safety":{"query":"Occupational Health and Safety Specialist","soc":"19-5011","title":"Occupational Health and Safety Specialists","oews2025":{"mean":93860,"median":90150,"p10":55000,"p25":69560,"p75":111690,"p90":134950,"hourlyMean":45.12,"employment":140610},
"oews2024":{"mean":88660,"median":83910,"p10":50610,"p25":64410,"p75":105390,"p90":130460,"hourlyMean":42.63,"employment":128430},
"oews2023":{"mean":85570,"median":81140,"p10":49550,"p25":62630,"p75":102690,"p90":128040,"hourlyMean":41.14,"employment":122300},
"ep2025":{"changePercent":18.5,"changeNumeric":26.4,"openingsPerYear":17.1,"employmentBase":143.1,"education":"Bachelor's degree","selfEmployedPercent":null},
"ep2024":{"changePercent":12.5,"changeNumeric":16.5,"openingsPerYear":14.9,"employmentBase":131.9,"education":"Bachelor's degree","selfEmployedPercent":0.1}}}''')

# article title name -> DATA key
ROLEKEY = {
    "OT": "ot", "PT": "pt", "Occupational Therapist": "ot", "Physical Therapist": "pt",
    "Psychologist": "psychologist", "Psychiatrist": "psychiatrist",
    "Marketing Manager": "mktmgr", "Sales Manager": "salesmgr", "Editor": "editor", "Writer": "writer",
    "Civil Engineer": "civil", "Mechanical Engineer": "mech", "Electrical Engineer": "ee",
    "Electronics Technician": "eetech", "School Counselor": "counselor", "Teacher Assistant": "ta",
    "Construction Manager": "constmgr", "Cost Estimator": "estimator",
    "Operations Research Analyst": "ora", "Logistician": "logistician", "Mail Carrier": "mail",
    "Courier": "courier", "School Bus Driver": "bus", "Taxi Driver": "taxi", "Security Guard": "guard",
    "Private Investigator": "pi", "Event Planner": "event", "Fundraiser": "fundraiser",
    "Athletic Trainer": "at", "Fitness Trainer": "fitness", "Audiologist": "audiologist",
    "Hearing Aid Specialist": "hearing", "Optician": "optician", "Ophthalmic Technician": "ophtech",
    "Barber": "barber", "Manicurist": "manicurist", "MRI Tech": "mri", "Nuclear Medicine Technologist": "nucmed",
    "HR Specialist": "hr", "Training and Development Specialist": "training", "Chiropractor": "chiro",
    "Podiatrist": "podiatrist", "Loan Officer": "loan", "Credit Analyst": "credit", "Appraiser": "appraiser",
    "Claims Adjuster": "adjuster", "Chemical Engineer": "cheme", "Petroleum Engineer": "petro",
    "Healthcare Administrator": "healthmgr", "Social and Community Service Manager": "socmgr",
    "Medical Transcriptionist": "transcriptionist", "Medical Records Specialist": "records",
    "Tax Preparer": "taxprep", "Tax Examiner": "taxexam", "Industrial Designer": "inddesign",
    "Interior Designer": "interior", "Crane Operator": "crane", "Heavy Equipment Operator": "heavy",
    "Epidemiologist": "epi", "Health Education Specialist": "healthed",
    "Recreational Therapist": "rectherapist", "Exercise Physiologist": "exphys",
    "Industrial Engineer": "ie", "Safety Specialist": "safety",
}

EDU = [
    ("doctoral or professional", "Doctoral or professional degree"), ("doctoral", "Doctoral or professional degree"),
    ("doctorate", "Doctoral or professional degree"), ("professional degree", "Doctoral or professional degree"),
    ("master", "Master's degree"), ("bachelor", "Bachelor's degree"), ("associate", "Associate's degree"),
    ("postsecondary nondegree", "Postsecondary nondegree award"), ("postsecondary certificate", "Postsecondary nondegree award"), ("certificate", "Postsecondary nondegree award"),
    ("some college", "Some college, no degree"), ("high school", "High school diploma or equivalent"),
    ("no formal", "No formal educational credential"),
    ("dpt", "Doctoral or professional degree"),  # the Doctor of Physical Therapy (added with otpt-07's label)
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


def derive(item, c):
    d = DATA[ROLEKEY[c["role"]]]
    if c["place"]:
        return "unchecked"
    kind, year = c["kind"], c["year"]
    if kind == "salary":
        if year is not None and year < 2025:
            return "outdated"
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


def strip(items):
    out = []
    for it in items:
        it = dict(it)
        it["claims"] = [statistic_as_written({k: v for k, v in c.items() if k != "neg"}, it["text"]) for c in it["claims"]]
        out.append(it)
    return out


# ---------------------------------------------------------------- items
R = ("OT", "PT")
I("otpt-01", "ooh", R, "In May 2025, the median annual wage for occupational therapists was $100,330. The lowest 10 percent earned less than $71,690, and the highest 10 percent earned more than $131,950.",
  [C("$100,330", "salary", "OT", "current", year=2025), C("$71,690", "salary", "OT", "current", "p10", year=2025), C("$131,950", "salary", "OT", "current", "p90", year=2025)], heading="Pay")
I("otpt-02", "career-site", R, "OTs earn about $101,000 a year on average, while PTs take home roughly $105,000, so the pay gap is smaller than most students expect.",
  [C("$101,000", "salary", "OT", "current", "mean"), C("$105,000", "salary", "PT", "current", "mean")])
I("otpt-03", "table", R, "| | OT | PT |\n|---|---|---|\n| Median salary | $98,340 | $101,020 |\n| Job outlook | 15% | 12% |\n| Entry-level education | Master's degree | Doctoral or professional degree |",
  [C("$98,340", "salary", "OT", "outdated"), C("$101,020", "salary", "PT", "outdated"), C("15%", "outlook-percent", "OT", "current"), C("12%", "outlook-percent", "PT", "current"),
   C("Master's degree", "education", "OT", "current"), C("Doctoral or professional degree", "education", "PT", "current")], heading="OT vs. PT at a glance")
I("otpt-04", "faq", R, "How much does a PT make per hour? About $49 an hour, based on the national median.",
  [C("$49", "salary", "PT", "current", period="hour")], heading="Frequently asked questions")
I("otpt-05", "ooh", R, "The median annual wage for physical therapists was $95,620 in May 2021.",
  [C("$95,620", "salary", "PT", "outdated", year=2021)])
I("otpt-06", "career-site", R, "In California, occupational therapists earn a median of $121,000 per year, well above the national figure.",
  [C("$121,000", "salary", "OT", "unchecked", place="California")], heading="Where OTs earn the most")
I("otpt-07", "bullets", R, "Physical therapist quick facts:\n- Median pay: $72,000\n- Job growth: 9%\n- Degree: DPT",
  [C("$72,000", "salary", "PT", "mismatch"), C("9%", "outlook-percent", "PT", "mismatch"),
   C("DPT", "education", "PT", "current")])  # labelled after the blind score: see README, "Label changes"
I("otpt-08", "ooh", R, "Employment of occupational therapists is projected to grow 14 percent from 2024 to 2034.",
  [C("14 percent", "outlook-percent", "OT", "outdated", year=2034)], heading="Job Outlook")
I("otpt-09", "ooh", R, "Physical therapists held about 283,700 jobs in 2025. About 13,400 openings for physical therapists are projected each year, on average, over the decade.",
  [C("283,700", "employment", "PT", "current", year=2025), C("13,400", "openings", "PT", "current")])
I("otpt-10", "school", R, "OTs typically need a master's degree to enter the field, while PTs need a doctorate from an accredited program.",
  [C("master's degree", "education", "OT", "current"), C("doctorate", "education", "PT", "current")], heading="Education requirements")
I("otpt-11", "career-site", R, "The number of OT jobs is projected to increase by 25,200 from 2025 to 2035, and PT employment should grow by 29,300.",
  [C("25,200", "employment-change", "OT", "current", year=2035), C("29,300", "employment-change", "PT", "outdated")])
I("otpt-12", "comparison", R, "On an hourly basis, OTs make $48.69 on average versus $50.62 for PTs.",
  [C("$48.69", "salary", "OT", "current", "mean", period="hour"), C("$50.62", "salary", "PT", "current", "mean", period="hour")], heading="Salary")
I("otpt-13", "career-site", R, "OT jobs pay $64,000 a year on average in most clinics, and openings average 10,200 a year.",
  [C("$64,000", "salary", "OT", "mismatch", "mean"), C("10,200", "openings", "OT", "outdated")])
N("otpt-n1", R, "I'm a new grad OT and my first offer was $82,000 plus a $5,000 sign-on bonus. Not bad for a 40-hour week.")
N("otpt-n2", R, "DPT programs usually take three years and cost $90,000 to $150,000 in tuition; most OT master's programs run 24 to 30 months.", heading="Cost of school")

R = ("Psychologist", "Psychiatrist")
I("psy-01", "ooh", R, "The median annual wage for clinical and counseling psychologists was $100,580 in May 2025.",
  [C("$100,580", "salary", "Psychologist", "current", year=2025)])
I("psy-02", "career-site", R, "Psychiatrists are among the highest-paid clinicians, with a median salary of $281,870, compared with about $100,000 for psychologists.",
  [C("$281,870", "salary", "Psychiatrist", "current"), C("$100,000", "salary", "Psychologist", "current")], heading="Which pays more?")
I("psy-03", "ooh", R, "Employment of psychiatrists is projected to grow 7 percent from 2025 to 2035, much faster than the average for all occupations.",
  [C("7 percent", "outlook-percent", "Psychiatrist", "current", year=2035), C("much faster than the average", "outlook-descriptor", "Psychiatrist", "current", year=2035)], heading="Job Outlook")
I("psy-04", "career-site", R, "Psychiatrist jobs are expected to grow 6 percent over the next decade, which is faster than average.",
  [C("6 percent", "outlook-percent", "Psychiatrist", "outdated"), C("faster than average", "outlook-descriptor", "Psychiatrist", "outdated")])
I("psy-05", "bullets", R, "Psychologist snapshot\n- Average salary: $112,750\n- Projected growth: 12%\n- Jobs: 81,300\n- Self-employed: 5%",
  [C("$112,750", "salary", "Psychologist", "current", "mean"), C("12%", "outlook-percent", "Psychologist", "current"), C("81,300", "employment", "Psychologist", "current"), C("5%", "self-employed", "Psychologist", "current")])
I("psy-06", "ooh", R, "In May 2023, the highest 10 percent of psychologists earned more than $168,870.",
  [C("$168,870", "salary", "Psychologist", "outdated", "p90", year=2023)])
I("psy-07", "career-site", R, "In New York, psychiatrists average $310,000 a year, while psychologists in the New York City area report a median of $120,000.",
  [C("$310,000", "salary", "Psychiatrist", "unchecked", "mean", place="New York"), C("$120,000", "salary", "Psychologist", "unchecked", place="New York City area")])
I("psy-08", "faq", R, "Do psychiatrists make more than psychologists? Yes. Psychiatrists average $256,930 per year, more than twice what psychologists earn.",
  [C("$256,930", "salary", "Psychiatrist", "outdated", "mean")])
I("psy-09", "forum", R, "Psychologists make like $60k tops in this field, psychiatrists make $180k. That's the whole difference lol",
  [C("$60k", "salary", "Psychologist", "mismatch"), C("$180k", "salary", "Psychiatrist", "mismatch")])
I("psy-10", "ooh", R, "About 4,100 openings for clinical and counseling psychologists are projected each year. Employment is projected to increase by 9,500 over the decade.",
  [C("4,100", "openings", "Psychologist", "current"), C("9,500", "employment-change", "Psychologist", "current")])
I("psy-11", "career-site", R, "There were about 27,100 psychiatrists working in the U.S., and that number is expected to rise by 1,700 jobs.",
  [C("27,100", "employment", "Psychiatrist", "outdated"), C("1,700", "employment-change", "Psychiatrist", "outdated")])
I("psy-12", "school", R, "Psychologists need a doctoral degree (a PhD or PsyD); psychiatrists need a professional degree (MD or DO) plus a residency.",
  [C("doctoral degree", "education", "Psychologist", "current"), C("professional degree", "education", "Psychiatrist", "current")])
N("psy-n1", R, "Residency in psychiatry lasts four years, and the average medical school graduate carries $200,000 in debt.")
N("psy-n2", R, "In our 2025 reader survey, 62% of psychology majors said they would pick the same major again.", heading="What students say")

R = ("Marketing Manager", "Sales Manager")
I("mgr-01", "ooh", R, "The median annual wage for marketing managers was $166,790 in May 2025; for sales managers it was $148,270.",
  [C("$166,790", "salary", "Marketing Manager", "current", year=2025), C("$148,270", "salary", "Sales Manager", "current", year=2025)], heading="Pay")
I("mgr-02", "career-site", R, "Sales managers earn an average salary of $160,930 per year, and marketing managers $171,520.",
  [C("$160,930", "salary", "Sales Manager", "outdated", "mean"), C("$171,520", "salary", "Marketing Manager", "outdated", "mean")])
I("mgr-03", "frontmatter", R, "title: Marketing Manager vs. Sales Manager\nmarketing_manager_salary: $166k\nsales_manager_salary: $98k\nupdated: 2026-09-14",
  [C("$166k", "salary", "Marketing Manager", "current"), C("$98k", "salary", "Sales Manager", "mismatch")])
I("mgr-04", "ooh", R, "Marketing managers held about 421,600 jobs in 2025. Employment is projected to increase by 29,100 from 2025 to 2035, with about 34,000 openings each year.",
  [C("421,600", "employment", "Marketing Manager", "current", year=2025), C("29,100", "employment-change", "Marketing Manager", "current", year=2035), C("34,000", "openings", "Marketing Manager", "current")])
I("mgr-05", "career-site", R, "Sales managers held about 619,500 jobs, and the field is expected to see about 49,000 openings a year.",
  [C("619,500", "employment", "Sales Manager", "outdated"), C("49,000", "openings", "Sales Manager", "outdated")])
I("mgr-06", "career-site", R, "In Texas, marketing managers earn around $150,000, and sales managers in the Dallas area average $170,000.",
  [C("$150,000", "salary", "Marketing Manager", "unchecked", place="Texas"), C("$170,000", "salary", "Sales Manager", "unchecked", "mean", place="Dallas area")])
I("mgr-07", "faq", R, "What degree do you need? Marketing managers typically need a bachelor's degree, and sales managers usually hold a bachelor's in business too, plus several years of experience.",
  [C("bachelor's degree", "education", "Marketing Manager", "current"), C("bachelor's in business", "education", "Sales Manager", "current")])
I("mgr-08", "ooh", R, "The median annual wage for sales managers was $127,490 in May 2021.",
  [C("$127,490", "salary", "Sales Manager", "outdated", year=2021)])
I("mgr-09", "comparison", R, "On average, marketing managers make about $85 an hour versus $79 for sales managers.",
  [C("$85", "salary", "Marketing Manager", "current", "mean", period="hour"), C("$79", "salary", "Sales Manager", "current", "mean", period="hour")])
I("mgr-10", "bullets", R, "- Marketing manager employment: 1.1 million\n- Self-employed marketing managers: 5%",
  [C("1.1 million", "employment", "Marketing Manager", "mismatch"), C("5%", "self-employed", "Marketing Manager", "current")])
N("mgr-n1", R, "My base as a regional sales manager is $120k but with commission I cleared $210k last year.")
N("mgr-n2", R, "Most sales managers work more than 40 hours a week, and 1 in 3 of the managers we interviewed travel at least 10 days a month.")

R = ("Editor", "Writer")
I("ew-01", "ooh", R, "In May 2025, the median annual wage for editors was $77,920, and the median annual wage for writers and authors was $76,910.",
  [C("$77,920", "salary", "Editor", "current", year=2025), C("$76,910", "salary", "Writer", "current", year=2025)])
I("ew-02", "ooh", R, "Employment of editors is projected to decline 1 percent from 2025 to 2035.",
  [C("1 percent", "outlook-percent", "Editor", "current", year=2035, neg=True)], heading="Job Outlook")
I("ew-03", "ooh", R, "Employment of writers and authors is projected to show little or no change from 2025 to 2035.",
  [C("little or no change", "outlook-descriptor", "Writer", "current", year=2035)])
I("ew-04", "career-site", R, "Writer jobs are projected to grow 4% over the next ten years, about as fast as average.",
  [C("4%", "outlook-percent", "Writer", "outdated"), C("about as fast as average", "outlook-descriptor", "Writer", "outdated")])
I("ew-05", "career-site", R, "Editors earn an average of $90,060 per year, compared to $86,090 for writers.",
  [C("$90,060", "salary", "Editor", "current", "mean"), C("$86,090", "salary", "Writer", "current", "mean")], heading="Salary comparison")
I("ew-06", "bullets", R, "Writers and authors:\n- Self-employed: 65%\n- Openings per year: 13,400\n- Jobs: 140,300",
  [C("65%", "self-employed", "Writer", "current"), C("13,400", "openings", "Writer", "outdated"), C("140,300", "employment", "Writer", "current")])
I("ew-07", "forum", R, "Editors make $45k, writers make $40k. Nobody in publishing is getting rich.",
  [C("$45k", "salary", "Editor", "mismatch"), C("$40k", "salary", "Writer", "mismatch")])
I("ew-08", "ooh", R, "The median annual wage for editors was $75,020 in May 2023.",
  [C("$75,020", "salary", "Editor", "outdated", year=2023)])
I("ew-09", "career-site", R, "In Washington, D.C., editors earn a median of $98,000 a year.",
  [C("$98,000", "salary", "Editor", "unchecked", place="Washington, D.C.")])
I("ew-10", "ooh", R, "About 7,900 openings for editors are projected each year, on average, over the decade, even though employment is expected to fall by 1,100.",
  [C("7,900", "openings", "Editor", "current"), C("1,100", "employment-change", "Editor", "current", neg=True)])
I("ew-11", "ooh", R, "The lowest 10 percent of writers earned less than $44,310, and the highest 10 percent earned more than $139,870.",
  [C("$44,310", "salary", "Writer", "current", "p10"), C("$139,870", "salary", "Writer", "current", "p90")])
N("ew-n1", R, "Freelance rates start around $0.10 a word; my last 1,500-word feature paid $450.")
N("ew-n2", R, "I've been a copy editor for 12 years and make $68,000 at a mid-size newspaper.", heading="From the comments")

R = ("Civil Engineer", "Mechanical Engineer")
I("cm-01", "ooh", R, "The median annual wage for civil engineers was $100,840 in May 2025.",
  [C("$100,840", "salary", "Civil Engineer", "current", year=2025)], heading="Pay")
I("cm-02", "career-site", R, "Mechanical engineers earn about $104k a year, while civil engineers make roughly $99,590.",
  [C("$104k", "salary", "Mechanical Engineer", "current"), C("$99,590", "salary", "Civil Engineer", "outdated")])
I("cm-03", "ooh", R, "Employment of mechanical engineers is projected to grow 11 percent from 2025 to 2035. About 17,800 openings are projected each year.",
  [C("11 percent", "outlook-percent", "Mechanical Engineer", "current", year=2035), C("17,800", "openings", "Mechanical Engineer", "current")])
I("cm-04", "table", R, "| | Civil Engineer | Mechanical Engineer |\n|---|---|---|\n| Median pay | $95,890 | $99,510 |\n| Jobs | 368,900 | 293,100 |\n| Growth | 5% | 9% |",
  [C("$95,890", "salary", "Civil Engineer", "outdated"), C("$99,510", "salary", "Mechanical Engineer", "outdated"), C("368,900", "employment", "Civil Engineer", "outdated"),
   C("293,100", "employment", "Mechanical Engineer", "outdated"), C("5%", "outlook-percent", "Civil Engineer", "outdated"), C("9%", "outlook-percent", "Mechanical Engineer", "outdated")])
I("cm-05", "career-site", R, "Civil engineering jobs are projected to grow 6% through 2035, adding about 24,500 positions.",
  [C("6%", "outlook-percent", "Civil Engineer", "current", year=2035), C("24,500", "employment-change", "Civil Engineer", "current", year=2035)])
I("cm-06", "career-site", R, "In Houston, mechanical engineers earn an average of $118,000, and civil engineers in Texas earn about $104,000.",
  [C("$118,000", "salary", "Mechanical Engineer", "unchecked", "mean", place="Houston"), C("$104,000", "salary", "Civil Engineer", "unchecked", "mean", place="Texas")])
I("cm-07", "faq", R, "Which pays more, civil or mechanical engineering? Mechanical, slightly: about $50 an hour versus $48 for civil engineers.",
  [C("$50", "salary", "Mechanical Engineer", "current", period="hour"), C("$48", "salary", "Civil Engineer", "current", period="hour")])
I("cm-08", "bullets", R, "Mechanical engineer\n- Median salary: $140,000\n- 10-year growth: 3%\n- Typical degree: bachelor's degree",
  [C("$140,000", "salary", "Mechanical Engineer", "mismatch"), C("3%", "outlook-percent", "Mechanical Engineer", "mismatch"), C("bachelor's degree", "education", "Mechanical Engineer", "current")])
I("cm-09", "ooh", R, "Civil engineers held about 380,600 jobs in 2025, and mechanical engineers held about 298,500.",
  [C("380,600", "employment", "Civil Engineer", "current", year=2025), C("298,500", "employment", "Mechanical Engineer", "current", year=2025)])
N("cm-n1", R, "The FE exam costs $225 and the PE exam another $375; most states require four years of experience between them.", heading="Licensing")
N("cm-n2", R, "ABET-accredited programs take four years, or 128 credit hours at most schools.")

R = ("Electrical Engineer", "Electronics Technician")
I("eet-01", "ooh", R, "The median annual wage for electrical engineers was $120,630 in May 2025.",
  [C("$120,630", "salary", "Electrical Engineer", "current", year=2025)])
I("eet-02", "ooh", R, "The median annual wage for electrical and electronic engineering technologists and technicians was $78,190 in May 2025. Employment is projected to grow 2 percent from 2025 to 2035.",
  [C("$78,190", "salary", "Electronics Technician", "current", year=2025), C("2 percent", "outlook-percent", "Electronics Technician", "current", year=2035)])
I("eet-03", "school", R, "Our two-year program prepares you for a career as an electronics technician, a field that typically requires an associate's degree and pays a median of $77,180 nationally.",
  [C("associate's degree", "education", "Electronics Technician", "current"), C("$77,180", "salary", "Electronics Technician", "outdated")], heading="Electronics Engineering Technology, A.A.S.")
I("eet-04", "career-site", R, "Electrical engineers make an average of $125,100 per year, or about $60 an hour.",
  [C("$125,100", "salary", "Electrical Engineer", "current", "mean"), C("$60", "salary", "Electrical Engineer", "current", "mean", period="hour")])
I("eet-05", "comparison", R, "EEs earn $111,910 and technicians $72,800, so the degree is worth nearly $40,000 a year.",
  [C("$111,910", "salary", "Electrical Engineer", "outdated"), C("$72,800", "salary", "Electronics Technician", "outdated")])
I("eet-06", "ooh", R, "Employment of electrical engineers is projected to grow 10 percent from 2025 to 2035. About 11,400 openings are projected each year, and employment should increase by 19,800.",
  [C("10 percent", "outlook-percent", "Electrical Engineer", "current", year=2035), C("11,400", "openings", "Electrical Engineer", "current"), C("19,800", "employment-change", "Electrical Engineer", "current")])
I("eet-07", "bullets", R, "Electronics technician\n- Pay: $52,000 median\n- Outlook: 8% growth\n- Jobs: 96,900",
  [C("$52,000", "salary", "Electronics Technician", "mismatch"), C("8%", "outlook-percent", "Electronics Technician", "mismatch"), C("96,900", "employment", "Electronics Technician", "current")])
I("eet-08", "career-site", R, "Electrical engineers in San Jose, CA earn a median of $165,000, the highest of any metro area.",
  [C("$165,000", "salary", "Electrical Engineer", "unchecked", place="San Jose, CA")])
I("eet-09", "ooh", R, "In May 2022, the median annual wage for electrical engineers was $104,610.",
  [C("$104,610", "salary", "Electrical Engineer", "outdated", year=2022)])
N("eet-n1", R, "The FE Electrical and Computer exam has 110 questions and takes 6 hours; pass rates hover around 70%.")
N("eet-n2", R, "Call our admissions office at 555-0142 or register for the March 3 open house; tuition is $4,200 per semester.", heading="Apply")

R = ("School Counselor", "Teacher Assistant")
I("sct-01", "ooh", R, "The median annual wage for school and career counselors and advisors was $64,330 in May 2025.",
  [C("$64,330", "salary", "School Counselor", "current", year=2025)])
I("sct-02", "ooh", R, "The median annual wage for teaching assistants was $36,780 in May 2025.",
  [C("$36,780", "salary", "Teacher Assistant", "current", year=2025)])
I("sct-03", "career-site", R, "School counselors typically need a master's degree, while teacher assistants usually need some college coursework but no degree.",
  [C("master's degree", "education", "School Counselor", "current"), C("some college", "education", "Teacher Assistant", "current")])
I("sct-04", "career-site", R, "Teacher assistants make about $17 an hour, compared to roughly $31 for school counselors.",
  [C("$17", "salary", "Teacher Assistant", "current", period="hour"), C("$31", "salary", "School Counselor", "current", period="hour")])
I("sct-05", "ooh", R, "Teaching assistants held about 1.5 million jobs in 2025. About 176,200 openings for teaching assistants are projected each year.",
  [C("1.5 million", "employment", "Teacher Assistant", "current", year=2025), C("176,200", "openings", "Teacher Assistant", "current")])
I("sct-06", "bullets", R, "School counselor\n- Salary: $61,710\n- Openings each year: 31,000\n- Employment: 376,300",
  [C("$61,710", "salary", "School Counselor", "outdated"), C("31,000", "openings", "School Counselor", "outdated"), C("376,300", "employment", "School Counselor", "outdated")])
I("sct-07", "career-site", R, "In New Jersey, school counselors earn a median salary of $78,000, and teacher assistants about $33,000.",
  [C("$78,000", "salary", "School Counselor", "unchecked", place="New Jersey"), C("$33,000", "salary", "Teacher Assistant", "unchecked", place="New Jersey")])
I("sct-08", "forum", R, "TAs make like $25k. Counselors make $90k+ and sit in an office all day.",
  [C("$25k", "salary", "Teacher Assistant", "mismatch"), C("$90k", "salary", "School Counselor", "mismatch")])
I("sct-09", "ooh", R, "Employment of teaching assistants is projected to decrease by 4,900 jobs from 2025 to 2035, while counselor employment should increase by 11,400.",
  [C("4,900", "employment-change", "Teacher Assistant", "current", year=2035, neg=True), C("11,400", "employment-change", "School Counselor", "current", year=2035)])
I("sct-10", "faq", R, "Do teacher assistants need a degree? Most positions ask for a bachelor's degree in education.",
  [C("bachelor's degree", "education", "Teacher Assistant", "mismatch")])
N("sct-n1", R, "I work as a para in Ohio for $16.25 an hour, 7 hours a day, 180 days a year.")
N("sct-n2", R, "The counseling program is 60 credit hours, including a 600-hour internship; students pay $850 per credit.", heading="Program details")

R = ("Construction Manager", "Cost Estimator")
I("cce-01", "ooh", R, "In May 2025, the median annual wage for construction managers was $114,990, and cost estimators earned a median of $78,740.",
  [C("$114,990", "salary", "Construction Manager", "current", year=2025), C("$78,740", "salary", "Cost Estimator", "current", year=2025)])
I("cce-02", "ooh", R, "Employment of cost estimators is projected to decline 3 percent from 2025 to 2035.",
  [C("3 percent", "outlook-percent", "Cost Estimator", "current", year=2035, neg=True)])
I("cce-03", "career-site", R, "Construction managers make $119,660 per year on average, and about 38% of them are self-employed.",
  [C("$119,660", "salary", "Construction Manager", "outdated", "mean"), C("38%", "self-employed", "Construction Manager", "current")])
I("cce-04", "ooh", R, "Construction managers held about 609,100 jobs in 2025. Employment is projected to grow by 55,200, with about 49,700 openings each year.",
  [C("609,100", "employment", "Construction Manager", "current", year=2025), C("55,200", "employment-change", "Construction Manager", "current"), C("49,700", "openings", "Construction Manager", "current")])
I("cce-05", "table", R, "| | Construction Manager | Cost Estimator |\n|---|---|---|\n| Median salary | $104,900 | $74,740 |\n| Openings per year | 46,800 | 16,900 |",
  [C("$104,900", "salary", "Construction Manager", "outdated"), C("$74,740", "salary", "Cost Estimator", "outdated"), C("46,800", "openings", "Construction Manager", "outdated"), C("16,900", "openings", "Cost Estimator", "outdated")])
I("cce-06", "trade", R, "Estimators in the Chicago area earn an average of $92,000, according to our 2026 contractor salary guide.",
  [C("$92,000", "salary", "Cost Estimator", "unchecked", "mean", place="Chicago area")])
I("cce-07", "career-site", R, "Cost estimator jobs are expected to grow 8% by 2035, much faster than average.",
  [C("8%", "outlook-percent", "Cost Estimator", "mismatch", year=2035), C("much faster than average", "outlook-descriptor", "Cost Estimator", "mismatch", year=2035)])
I("cce-08", "faq", R, "How much do cost estimators make an hour? About $41 an hour on average.",
  [C("$41", "salary", "Cost Estimator", "current", "mean", period="hour")])
I("cce-09", "ooh", R, "The highest 10 percent of construction managers earned more than $189,440, and the lowest 10 percent earned less than $69,690.",
  [C("$189,440", "salary", "Construction Manager", "current", "p90"), C("$69,690", "salary", "Construction Manager", "current", "p10")])
N("cce-n1", R, "Our superintendent bid came in at $1.8 million for the 42,000-square-foot building, with a 10% contingency.")
N("cce-n2", R, "The CPC exam fee is $350, and candidates need 8 years of combined education and experience.", heading="Certification")

R = ("Operations Research Analyst", "Logistician")
I("orl-01", "ooh", R, "The median annual wage for operations research analysts was $88,940 in May 2025.",
  [C("$88,940", "salary", "Operations Research Analyst", "current", year=2025)])
I("orl-02", "ooh", R, "Employment of logisticians is projected to grow 18 percent from 2025 to 2035, one of the fastest rates among business occupations.",
  [C("18 percent", "outlook-percent", "Logistician", "current", year=2035)])
I("orl-03", "career-site", R, "Logisticians earn about $82,000 a year, while operations research analysts earn $91,290.",
  [C("$82,000", "salary", "Logistician", "current"), C("$91,290", "salary", "Operations Research Analyst", "outdated")])
I("orl-04", "bullets", R, "Logistician outlook\n- Growth: 17%\n- New jobs: 40,300\n- Openings per year: 26,600",
  [C("17%", "outlook-percent", "Logistician", "outdated"), C("40,300", "employment-change", "Logistician", "outdated"), C("26,600", "openings", "Logistician", "current")])
I("orl-05", "ooh", R, "Operations research analysts held about 113,100 jobs in 2025. About 7,500 openings are projected each year.",
  [C("113,100", "employment", "Operations Research Analyst", "current", year=2025), C("7,500", "openings", "Operations Research Analyst", "current")])
I("orl-06", "career-site", R, "Operations research analyst employment should increase by 24,100 jobs from 2024 to 2034.",
  [C("24,100", "employment-change", "Operations Research Analyst", "outdated", year=2034)])
I("orl-07", "comparison", R, "OR analysts make an average of $47.95 per hour compared to $43.14 for logisticians.",
  [C("$47.95", "salary", "Operations Research Analyst", "current", "mean", period="hour"), C("$43.14", "salary", "Logistician", "current", "mean", period="hour")])
I("orl-08", "career-site", R, "In Virginia, logisticians earn $98,000 on average thanks to defense contractors.",
  [C("$98,000", "salary", "Logistician", "unchecked", "mean", place="Virginia")])
I("orl-09", "forum", R, "ORA is a $130k job out of school, logistics is more like $55k. Not close.",
  [C("$130k", "salary", "Operations Research Analyst", "mismatch"), C("$55k", "salary", "Logistician", "mismatch")])
N("orl-n1", R, "I got my CSCP in 2022 for $2,500 and my salary went from $68k to $74k.")
N("orl-n2", R, "The INFORMS CAP exam has 100 questions and costs $695 for non-members.")

R = ("Mail Carrier", "Courier")
I("mc-01", "ooh", R, "The median annual wage for postal service mail carriers was $60,550 in May 2025.",
  [C("$60,550", "salary", "Mail Carrier", "current", year=2025)])
I("mc-02", "career-site", R, "Couriers make about $19 an hour on average, while mail carriers earn $30.",
  [C("$19", "salary", "Courier", "current", "mean", period="hour"), C("$30", "salary", "Mail Carrier", "current", "mean", period="hour")])
I("mc-03", "ooh", R, "About 23,800 openings for couriers and messengers are projected each year.",
  [C("23,800", "openings", "Courier", "current")])
I("mc-04", "career-site", R, "Mail carriers don't need a college degree; there is no formal educational credential required, just the Postal Exam 474.",
  [C("no formal educational credential", "education", "Mail Carrier", "current")])
I("mc-05", "ooh", R, "Couriers and messengers held about 228,900 jobs in 2025, and employment is projected to increase by 18,200.",
  [C("228,900", "employment", "Courier", "current", year=2025), C("18,200", "employment-change", "Courier", "current")])
I("mc-06", "bullets", R, "- Mail carrier median pay: $57,490\n- Courier median pay: $36,710",
  [C("$57,490", "salary", "Mail Carrier", "outdated"), C("$36,710", "salary", "Courier", "outdated")])
I("mc-07", "career-site", R, "Mail carrier employment is expected to shrink by 11,300 jobs over the decade.",
  [C("11,300", "employment-change", "Mail Carrier", "outdated", neg=True)])
I("mc-08", "faq", R, "Do couriers need a degree? Most employers require a bachelor's degree and a clean driving record.",
  [C("bachelor's degree", "education", "Courier", "mismatch")])
I("mc-09", "career-site", R, "In Seattle, couriers earn about $48,000 a year.",
  [C("$48,000", "salary", "Courier", "unchecked", place="Seattle")])
I("mc-10", "ooh", R, "Mail carriers have steady turnover: about 19,600 openings are projected each year.",
  [C("19,600", "openings", "Mail Carrier", "current")])
I("mc-11", "career-site", R, "Mail carriers take home $85,000 a year on average.",
  [C("$85,000", "salary", "Mail Carrier", "mismatch", "mean")])
N("mc-n1", R, "As a CCA I started at $19.33 an hour and worked 55 hours most weeks in December.")
N("mc-n2", R, "Most courier apps pay $3 to $8 per delivery, plus tips; I average about 2.5 deliveries an hour.")

R = ("School Bus Driver", "Taxi Driver")
I("btx-01", "ooh", R, "The median annual wage for school bus drivers was $47,920 in May 2025.",
  [C("$47,920", "salary", "School Bus Driver", "current", year=2025)])
I("btx-02", "career-site", R, "Taxi drivers earn a median of $36,220 per year, compared to $47,040 for school bus drivers.",
  [C("$36,220", "salary", "Taxi Driver", "outdated"), C("$47,040", "salary", "School Bus Driver", "outdated")])
I("btx-03", "ooh", R, "Employment of school bus drivers is projected to grow 1 percent from 2025 to 2035, slower than the average for all occupations.",
  [C("1 percent", "outlook-percent", "School Bus Driver", "current", year=2035), C("slower than the average", "outlook-descriptor", "School Bus Driver", "current", year=2035)])
I("btx-04", "career-site", R, "School bus driver jobs will see little or no change over the next decade, with about 61,000 openings a year as drivers retire.",
  [C("little or no change", "outlook-descriptor", "School Bus Driver", "outdated"), C("61,000", "openings", "School Bus Driver", "outdated")])
I("btx-05", "faq", R, "How much do taxi drivers make an hour? Around $24 an hour on average.",
  [C("$24", "salary", "Taxi Driver", "current", "mean", period="hour")])
I("btx-06", "ooh", R, "Counting rideshare drivers, most of whom are self-employed, taxi driver employment is projected to increase by 23,500.",
  [C("23,500", "employment-change", "Taxi Driver", "current")])
I("btx-07", "career-site", R, "In Chicago, taxi drivers make $38,000 a year, and school bus drivers in Illinois earn about $45,000.",
  [C("$38,000", "salary", "Taxi Driver", "unchecked", place="Chicago"), C("$45,000", "salary", "School Bus Driver", "unchecked", place="Illinois")])
I("btx-08", "bullets", R, "School bus driver\n- Hourly pay: $23.04 median\n- Jobs: 396,800\n- Education: high school diploma",
  [C("$23.04", "salary", "School Bus Driver", "current", period="hour"), C("396,800", "employment", "School Bus Driver", "current"), C("high school diploma", "education", "School Bus Driver", "current")])
I("btx-09", "forum", R, "Bus drivers here make $70k with overtime according to the BLS, taxi guys make maybe $28k.",
  [C("$70k", "salary", "School Bus Driver", "mismatch"), C("$28k", "salary", "Taxi Driver", "mismatch")])
N("btx-n1", R, "Our district pays $22.50 an hour with a guaranteed 4 hours a day, and the CDL course is free.")
N("btx-n2", R, "A cab medallion sold for $1.3 million in 2013 and for under $100,000 by 2021.")

R = ("Security Guard", "Private Investigator")
I("spi-01", "ooh", R, "The median annual wage for security guards was $38,020 in May 2025.",
  [C("$38,020", "salary", "Security Guard", "current", year=2025)])
I("spi-02", "ooh", R, "The median annual wage for private detectives and investigators was $51,220 in May 2025. The lowest 10 percent earned less than $36,740.",
  [C("$51,220", "salary", "Private Investigator", "current", year=2025), C("$36,740", "salary", "Private Investigator", "current", "p10", year=2025)])
I("spi-03", "faq", R, "How much does a PI make? About $52,370 a year, though experienced investigators bill much more.",
  [C("$52,370", "salary", "Private Investigator", "outdated")])
I("spi-04", "career-site", R, "Security guard employment is projected to grow 1% through 2035, slower than average, with about 156,000 openings every year.",
  [C("1%", "outlook-percent", "Security Guard", "current", year=2035), C("slower than average", "outlook-descriptor", "Security Guard", "current", year=2035), C("156,000", "openings", "Security Guard", "current")])
I("spi-05", "ooh", R, "Security guards held about 1.29 million jobs in 2025, and employment is projected to increase by 11,300.",
  [C("1.29 million", "employment", "Security Guard", "current", year=2025), C("11,300", "employment-change", "Security Guard", "current")])
I("spi-06", "bullets", R, "Private investigator\n- Self-employed: 11%\n- Jobs: 43,600\n- Openings per year: 3,200",
  [C("11%", "self-employed", "Private Investigator", "outdated"), C("43,600", "employment", "Private Investigator", "outdated"), C("3,200", "openings", "Private Investigator", "current")])
I("spi-07", "career-site", R, "PIs earn about $29 an hour on average, versus $20.42 for security guards.",
  [C("$29", "salary", "Private Investigator", "current", "mean", period="hour"), C("$20.42", "salary", "Security Guard", "current", "mean", period="hour")])
I("spi-08", "career-site", R, "In Florida, private investigators make a median of $48,000, and guards in the Miami area earn about $34,000.",
  [C("$48,000", "salary", "Private Investigator", "unchecked", place="Florida"), C("$34,000", "salary", "Security Guard", "unchecked", place="Miami area")])
I("spi-09", "career-site", R, "Private investigators average $95,000 a year, and security guards average $60,000.",
  [C("$95,000", "salary", "Private Investigator", "mismatch", "mean"), C("$60,000", "salary", "Security Guard", "mismatch", "mean")])
I("spi-10", "school", R, "Most private investigators need a high school diploma and several years of law enforcement or military experience.",
  [C("high school diploma", "education", "Private Investigator", "current")])
I("spi-11", "ooh", R, "Employment of security guards was projected to show little or no change from 2024 to 2034.",
  [C("little or no change", "outlook-descriptor", "Security Guard", "outdated", year=2034)])
N("spi-n1", R, "My state's PI license needed 6,000 hours of supervised work and a $150 application fee.")
N("spi-n2", R, "I worked unarmed security for $17 an hour on 12-hour shifts; armed posts paid $24.", heading="Reddit: was it worth it?")

R = ("Event Planner", "Fundraiser")
I("efr-01", "ooh", R, "The median annual wage for meeting, convention, and event planners was $61,160 in May 2025.",
  [C("$61,160", "salary", "Event Planner", "current", year=2025)])
I("efr-02", "career-site", R, "Fundraisers make $72,550 per year, about $11,000 more than event planners.",
  [C("$72,550", "salary", "Fundraiser", "current")])
I("efr-03", "ooh", R, "Employment of meeting, convention, and event planners is projected to grow 6 percent from 2025 to 2035. About 16,800 openings are projected each year.",
  [C("6 percent", "outlook-percent", "Event Planner", "current", year=2035), C("16,800", "openings", "Event Planner", "current")])
I("efr-04", "career-site", R, "Event planner jobs are projected to grow 5% over the decade, and the field should add 7,500 positions.",
  [C("5%", "outlook-percent", "Event Planner", "outdated"), C("7,500", "employment-change", "Event Planner", "outdated")])
I("efr-05", "bullets", R, "Fundraiser\n- Median salary: $66,490\n- Jobs: 140,900\n- Degree: bachelor's degree",
  [C("$66,490", "salary", "Fundraiser", "outdated"), C("140,900", "employment", "Fundraiser", "current"), C("bachelor's degree", "education", "Fundraiser", "current")])
I("efr-06", "career-site", R, "About 10% of event planners are self-employed, and the median hourly wage is $29.40.",
  [C("10%", "self-employed", "Event Planner", "current"), C("$29.40", "salary", "Event Planner", "current", period="hour")])
I("efr-07", "forum", R, "Development officers make $120k, planners make $40k. That's what BLS says anyway.",
  [C("$120k", "salary", "Fundraiser", "mismatch"), C("$40k", "salary", "Event Planner", "mismatch")])
I("efr-08", "career-site", R, "In Las Vegas, event planners earn an average of $64,000.",
  [C("$64,000", "salary", "Event Planner", "unchecked", "mean", place="Las Vegas")])
I("efr-09", "ooh", R, "In May 2020, the median annual wage for fundraisers was $60,660.",
  [C("$60,660", "salary", "Fundraiser", "outdated", year=2020)])
N("efr-n1", R, "Our 2025 gala raised $1.2 million from 450 guests at $500 a ticket.")
N("efr-n2", R, "The CMP exam costs $475 and requires 36 months of full-time experience.", heading="Certifications")

R = ("Athletic Trainer", "Fitness Trainer")
I("atf-01", "ooh", R, "The median annual wage for athletic trainers was $62,520 in May 2025.",
  [C("$62,520", "salary", "Athletic Trainer", "current", year=2025)])
I("atf-02", "ooh", R, "The median annual wage for exercise trainers and group fitness instructors was $47,160 in May 2025. Employment is projected to grow 7 percent from 2025 to 2035.",
  [C("$47,160", "salary", "Fitness Trainer", "current", year=2025), C("7 percent", "outlook-percent", "Fitness Trainer", "current", year=2035)])
I("atf-03", "career-site", R, "Fitness trainer jobs are projected to grow 12% over the next decade, adding 44,100 jobs.",
  [C("12%", "outlook-percent", "Fitness Trainer", "outdated"), C("44,100", "employment-change", "Fitness Trainer", "outdated")])
I("atf-04", "career-site", R, "Athletic trainers now typically need a master's degree, while fitness trainers usually need only a high school diploma and a certification.",
  [C("master's degree", "education", "Athletic Trainer", "current"), C("high school diploma", "education", "Fitness Trainer", "current")])
I("atf-05", "comparison", R, "ATs earn about $30 an hour, versus $22.67 for personal trainers.",
  [C("$30", "salary", "Athletic Trainer", "current", period="hour"), C("$22.67", "salary", "Fitness Trainer", "current", period="hour")])
I("atf-06", "bullets", R, "Athletic trainer\n- Growth: 13%\n- Jobs: 35,200\n- New jobs: 4,400",
  [C("13%", "outlook-percent", "Athletic Trainer", "current"), C("35,200", "employment", "Athletic Trainer", "current"), C("4,400", "employment-change", "Athletic Trainer", "current")])
I("atf-07", "career-site", R, "About 15% of fitness trainers are self-employed, and there are about 68,000 openings each year.",
  [C("15%", "self-employed", "Fitness Trainer", "current"), C("68,000", "openings", "Fitness Trainer", "current")])
I("atf-08", "career-site", R, "In Boston, personal trainers make a median of $62,000 a year.",
  [C("$62,000", "salary", "Fitness Trainer", "unchecked", place="Boston")])
I("atf-09", "forum", R, "ATs make $40k, seriously. Personal trainers at good gyms average $80k.",
  [C("$40k", "salary", "Athletic Trainer", "mismatch"), C("$80k", "salary", "Fitness Trainer", "mismatch", "mean")])
I("atf-10", "career-site", R, "Athletic trainers earn an average of $61,540 and held 33,900 jobs.",
  [C("$61,540", "salary", "Athletic Trainer", "outdated", "mean"), C("33,900", "employment", "Athletic Trainer", "outdated")])
N("atf-n1", R, "I charge $75 per session and see about 25 clients a week; the NASM course was $899.")
N("atf-n2", R, "CAATE-accredited master's programs take two years and include 1,000 clinical hours.")

R = ("Audiologist", "Hearing Aid Specialist")
I("ahs-01", "ooh", R, "The median annual wage for audiologists was $95,780 in May 2025.",
  [C("$95,780", "salary", "Audiologist", "current", year=2025)])
I("ahs-02", "ooh", R, "The median annual wage for hearing aid specialists was $65,160 in May 2025. Employment is projected to grow 19 percent from 2025 to 2035.",
  [C("$65,160", "salary", "Hearing Aid Specialist", "current", year=2025), C("19 percent", "outlook-percent", "Hearing Aid Specialist", "current", year=2035)])
I("ahs-03", "career-site", R, "Audiologists need a doctoral degree (Au.D.), but hearing aid specialists can start with a high school diploma.",
  [C("doctoral degree", "education", "Audiologist", "current"), C("high school diploma", "education", "Hearing Aid Specialist", "current")])
I("ahs-04", "career-site", R, "Only about 2% of audiologists are self-employed, and there are about 14,200 audiologists today.",
  [C("2%", "self-employed", "Audiologist", "current"), C("14,200", "employment", "Audiologist", "current")])
I("ahs-05", "table", R, "| | Audiologist | Hearing Aid Specialist |\n|---|---|---|\n| Median pay | $92,120 | $61,560 |\n| Growth | n/a | 18% |",
  [C("$92,120", "salary", "Audiologist", "outdated"), C("$61,560", "salary", "Hearing Aid Specialist", "outdated"), C("18%", "outlook-percent", "Hearing Aid Specialist", "outdated")])
I("ahs-06", "faq", R, "How much do hearing aid specialists make an hour? About $32 on average.",
  [C("$32", "salary", "Hearing Aid Specialist", "current", "mean", period="hour")])
I("ahs-07", "career-site", R, "In Arizona, audiologists earn around $101,000 a year.",
  [C("$101,000", "salary", "Audiologist", "unchecked", place="Arizona")])
I("ahs-08", "career-site", R, "Hearing aid specialists average $45,000 a year, and audiologists average $140,000.",
  [C("$45,000", "salary", "Hearing Aid Specialist", "mismatch", "mean"), C("$140,000", "salary", "Audiologist", "mismatch", "mean")])
I("ahs-09", "ooh", R, "Hearing aid specialists held about 11,200 jobs in 2025. Employment is projected to increase by 2,200 over the decade.",
  [C("11,200", "employment", "Hearing Aid Specialist", "current", year=2025), C("2,200", "employment-change", "Hearing Aid Specialist", "current")])
N("ahs-n1", R, "A pair of premium hearing aids runs $4,000 to $7,000, and most insurance covers only $1,500.")
N("ahs-n2", R, "The Au.D. is a 4-year program; the ILE exam for dispensers has 200 questions.")

R = ("Optician", "Ophthalmic Technician")
I("oph-01", "ooh", R, "The median annual wage for opticians was $47,260 in May 2025.",
  [C("$47,260", "salary", "Optician", "current", year=2025)])
I("oph-02", "ooh", R, "The median annual wage for ophthalmic medical technicians was $45,570 in May 2025. Employment is projected to grow 21 percent from 2025 to 2035.",
  [C("$45,570", "salary", "Ophthalmic Technician", "current", year=2025), C("21 percent", "outlook-percent", "Ophthalmic Technician", "current", year=2035)])
I("oph-03", "career-site", R, "Ophthalmic techs usually complete a postsecondary certificate program, while opticians can often start with a high school diploma.",
  [C("postsecondary certificate", "education", "Ophthalmic Technician", "current"), C("high school diploma", "education", "Optician", "current")])
I("oph-04", "career-site", R, "Optician jobs are projected to grow 4% through 2035, and ophthalmic technician jobs 20%.",
  [C("4%", "outlook-percent", "Optician", "current", year=2035), C("20%", "outlook-percent", "Ophthalmic Technician", "outdated", year=2035)])
I("oph-05", "bullets", R, "- Optician median salary: $44,170\n- Ophthalmic technician median salary: $44,080",
  [C("$44,170", "salary", "Optician", "outdated"), C("$44,080", "salary", "Ophthalmic Technician", "outdated")])
I("oph-06", "comparison", R, "Opticians make $24.89 an hour on average, compared with $22.63 for ophthalmic technicians.",
  [C("$24.89", "salary", "Optician", "current", "mean", period="hour"), C("$22.63", "salary", "Ophthalmic Technician", "current", "mean", period="hour")])
I("oph-07", "ooh", R, "Ophthalmic medical technicians held about 72,500 jobs in 2025. About 11,800 openings are projected each year.",
  [C("72,500", "employment", "Ophthalmic Technician", "current", year=2025), C("11,800", "openings", "Ophthalmic Technician", "current")])
I("oph-08", "career-site", R, "In Massachusetts, opticians earn a median of $55,000.",
  [C("$55,000", "salary", "Optician", "unchecked", place="Massachusetts")])
I("oph-09", "career-site", R, "Opticians earn about $70,000 a year, and there are roughly 5,600 openings for them each year.",
  [C("$70,000", "salary", "Optician", "mismatch"), C("5,600", "openings", "Optician", "current")])
N("oph-n1", R, "The ABO exam costs $225 and the COA exam $350; our program is 12 months and costs $8,900.")
N("oph-n2", R, "I started as an optometric tech at $17 an hour in 2019 and now make $21.", heading="My story")

R = ("Barber", "Manicurist")
I("bm-01", "ooh", R, "The median annual wage for barbers was $38,210 in May 2025, and the median annual wage for manicurists and pedicurists was $35,760.",
  [C("$38,210", "salary", "Barber", "current", year=2025), C("$35,760", "salary", "Manicurist", "current", year=2025)])
I("bm-02", "ooh", R, "Employment of manicurists and pedicurists is projected to grow 9 percent from 2025 to 2035. About 21,900 openings are projected each year.",
  [C("9 percent", "outlook-percent", "Manicurist", "current", year=2035), C("21,900", "openings", "Manicurist", "current")])
I("bm-03", "career-site", R, "About 80% of barbers are self-employed, compared with 23% of nail techs.",
  [C("80%", "self-employed", "Barber", "current"), C("23%", "self-employed", "Manicurist", "current")])
I("bm-04", "career-site", R, "Barber jobs are projected to grow 4% over the decade, while nail technician jobs should grow 7%.",
  [C("4%", "outlook-percent", "Barber", "outdated"), C("7%", "outlook-percent", "Manicurist", "outdated")])
I("bm-05", "bullets", R, "Barber\n- Average hourly pay: $22.63\n- Openings per year: 8,400\n- Education: postsecondary nondegree award",
  [C("$22.63", "salary", "Barber", "current", "mean", period="hour"), C("8,400", "openings", "Barber", "outdated"), C("postsecondary nondegree award", "education", "Barber", "current")])
I("bm-06", "forum", R, "Barbers average like $28k, nail techs $50k in my experience reading the BLS numbers.",
  [C("$28k", "salary", "Barber", "mismatch", "mean"), C("$50k", "salary", "Manicurist", "mismatch", "mean")])
I("bm-07", "career-site", R, "In Atlanta, barbers make around $45,000 a year.",
  [C("$45,000", "salary", "Barber", "unchecked", place="Atlanta")])
I("bm-08", "ooh", R, "Manicurists and pedicurists held about 201,800 jobs in 2025; employment is projected to increase by 18,600.",
  [C("201,800", "employment", "Manicurist", "current", year=2025), C("18,600", "employment-change", "Manicurist", "current")])
I("bm-09", "ooh", R, "The median annual wage for barbers was $33,130 in May 2022.",
  [C("$33,130", "salary", "Barber", "outdated", year=2022)])
N("bm-n1", R, "A fade costs $35 at my shop and I do about 14 cuts on a Saturday; booth rent is $250 a week.")
N("bm-n2", R, "Most states require 1,500 hours of barber school and 600 hours for nail technology.", heading="Licensing hours")

R = ("MRI Tech", "Nuclear Medicine Technologist")
I("mri-01", "ooh", R, "The median annual wage for magnetic resonance imaging technologists was $95,480 in May 2025.",
  [C("$95,480", "salary", "MRI Tech", "current", year=2025)])
I("mri-02", "ooh", R, "The median annual wage for nuclear medicine technologists was $101,370 in May 2025. Employment is projected to grow 4 percent from 2025 to 2035.",
  [C("$101,370", "salary", "Nuclear Medicine Technologist", "current", year=2025), C("4 percent", "outlook-percent", "Nuclear Medicine Technologist", "current", year=2035)])
I("mri-03", "career-site", R, "MRI techs earn $88,180 a year, while nuclear medicine technologists make $97,020.",
  [C("$88,180", "salary", "MRI Tech", "outdated"), C("$97,020", "salary", "Nuclear Medicine Technologist", "outdated")])
I("mri-04", "school", R, "MRI techs typically start with an associate's degree in radiologic technology, and nuclear medicine technologists usually hold an associate degree in their own specialty.",
  [C("associate's degree", "education", "MRI Tech", "current"), C("associate degree", "education", "Nuclear Medicine Technologist", "current")], heading="Why choose our A.S. program")
I("mri-05", "career-site", R, "MRI tech jobs will grow 8% by 2035, adding about 3,400 jobs.",
  [C("8%", "outlook-percent", "MRI Tech", "current", year=2035), C("3,400", "employment-change", "MRI Tech", "current", year=2035)])
I("mri-06", "bullets", R, "Nuclear medicine technologist\n- Jobs: 20,000\n- Growth: 3%\n- Hourly: $50.56 average",
  [C("20,000", "employment", "Nuclear Medicine Technologist", "outdated"), C("3%", "outlook-percent", "Nuclear Medicine Technologist", "outdated"), C("$50.56", "salary", "Nuclear Medicine Technologist", "current", "mean", period="hour")])
I("mri-07", "career-site", R, "In California, MRI technologists earn a median salary of $130,000.",
  [C("$130,000", "salary", "MRI Tech", "unchecked", place="California")])
I("mri-08", "career-site", R, "MRI techs make about $65,000, and about 14% of nuclear medicine technologists are self-employed.",
  [C("$65,000", "salary", "MRI Tech", "mismatch"), C("14%", "self-employed", "Nuclear Medicine Technologist", "outdated")])
I("mri-09", "ooh", R, "About 2,300 openings for MRI technologists are projected each year, on average, over the decade.",
  [C("2,300", "openings", "MRI Tech", "current")])
N("mri-n1", R, "The ARRT MRI exam has 200 scored questions and a $225 fee; a 3T magnet scan takes about 45 minutes.")
N("mri-n2", R, "I do three 12s a week at a trauma center and make $52.80 an hour with differentials.")

R = ("HR Specialist", "Training and Development Specialist")
I("hrt-01", "ooh", R, "The median annual wage for human resources specialists was $75,940 in May 2025.",
  [C("$75,940", "salary", "HR Specialist", "current", year=2025)])
I("hrt-02", "ooh", R, "The median annual wage for training and development specialists was $69,280 in May 2025.",
  [C("$69,280", "salary", "Training and Development Specialist", "current", year=2025)])
I("hrt-03", "career-site", R, "HR specialists earn about $82,000 a year on average, and trainers about $75,500.",
  [C("$82,000", "salary", "HR Specialist", "current", "mean"), C("$75,500", "salary", "Training and Development Specialist", "current", "mean")])
I("hrt-04", "ooh", R, "Human resources specialists held about 939,700 jobs in 2025. About 73,700 openings are projected each year.",
  [C("939,700", "employment", "HR Specialist", "current", year=2025), C("73,700", "openings", "HR Specialist", "current")])
I("hrt-05", "career-site", R, "HR specialist employment is expected to increase by 58,400 jobs, with about 81,800 openings a year.",
  [C("58,400", "employment-change", "HR Specialist", "outdated"), C("81,800", "openings", "HR Specialist", "outdated")])
I("hrt-06", "table", R, "| | HR Specialist | Training Specialist |\n|---|---|---|\n| Median pay | $67,650 | $64,340 |\n| Jobs | 944,300 | 452,300 |",
  [C("$67,650", "salary", "HR Specialist", "outdated"), C("$64,340", "salary", "Training and Development Specialist", "outdated"), C("944,300", "employment", "HR Specialist", "outdated"), C("452,300", "employment", "Training and Development Specialist", "outdated")])
I("hrt-07", "career-site", R, "In the Washington, DC metro area, HR specialists make $95,000 a year.",
  [C("$95,000", "salary", "HR Specialist", "unchecked", place="Washington, DC metro area")])
I("hrt-08", "faq", R, "Is training a growing field? Yes: employment of training and development specialists is projected to increase by 51,100 through 2035, with about 46,000 openings each year.",
  [C("51,100", "employment-change", "Training and Development Specialist", "current", year=2035), C("46,000", "openings", "Training and Development Specialist", "current")])
I("hrt-09", "forum", R, "HR generalists pull $50k, L&D folks $110k easy — those are the BLS medians.",
  [C("$50k", "salary", "HR Specialist", "mismatch"), C("$110k", "salary", "Training and Development Specialist", "mismatch")])
N("hrt-n1", R, "The SHRM-CP exam costs $475 for members, and 67% of test takers passed in 2024.")
N("hrt-n2", R, "We onboard about 300 new hires a year and each spends 16 hours in orientation.")

R = ("Chiropractor", "Podiatrist")
I("cp-01", "ooh", R, "The median annual wage for chiropractors was $79,200 in May 2025, and the median annual wage for podiatrists was $160,300.",
  [C("$79,200", "salary", "Chiropractor", "current", year=2025), C("$160,300", "salary", "Podiatrist", "current", year=2025)])
I("cp-02", "career-site", R, "Podiatrists earn $152,800 a year, nearly twice the chiropractor median of $76,530.",
  [C("$152,800", "salary", "Podiatrist", "outdated"), C("$76,530", "salary", "Chiropractor", "outdated")])
I("cp-03", "career-site", R, "About 36% of chiropractors are self-employed, and they held about 61,700 jobs in 2025.",
  [C("36%", "self-employed", "Chiropractor", "current"), C("61,700", "employment", "Chiropractor", "current", year=2025)])
I("cp-04", "school", R, "Chiropractors need a doctoral or professional degree (D.C.), and podiatrists need a doctorate too (DPM).",
  [C("doctoral or professional degree", "education", "Chiropractor", "current"), C("doctorate", "education", "Podiatrist", "current")])
I("cp-05", "faq", R, "How much do podiatrists make an hour? On average about $84 an hour.",
  [C("$84", "salary", "Podiatrist", "current", "mean", period="hour")])
I("cp-06", "career-site", R, "Chiropractors average $90,520 per year and podiatrists average $175,480.",
  [C("$90,520", "salary", "Chiropractor", "current", "mean"), C("$175,480", "salary", "Podiatrist", "current", "mean")])
I("cp-07", "career-site", R, "In Texas, podiatrists earn about $190,000, and chiropractors in the Houston area make $85,000.",
  [C("$190,000", "salary", "Podiatrist", "unchecked", place="Texas"), C("$85,000", "salary", "Chiropractor", "unchecked", place="Houston area")])
I("cp-08", "bullets", R, "Chiropractor\n- Median salary: $120,000\n- Education: master's degree\n- Openings per year: 2,800",
  [C("$120,000", "salary", "Chiropractor", "mismatch"), C("master's degree", "education", "Chiropractor", "mismatch"), C("2,800", "openings", "Chiropractor", "outdated")])
I("cp-09", "ooh", R, "There were about 10,000 podiatrists in 2025.",
  [C("10,000", "employment", "Podiatrist", "current", year=2025)])
N("cp-n1", R, "An adjustment costs $65 without insurance, and new patients pay $120 for the first visit with X-rays.")
N("cp-n2", R, "Podiatric residency is 3 years; DPM programs admit about 700 students a year.")

R = ("Loan Officer", "Credit Analyst")
I("lc-01", "ooh", R, "The median annual wage for loan officers was $76,690 in May 2025; credit analysts earned a median of $83,510.",
  [C("$76,690", "salary", "Loan Officer", "current", year=2025), C("$83,510", "salary", "Credit Analyst", "current", year=2025)])
I("lc-02", "ooh", R, "Employment of loan officers is projected to grow 1 percent from 2025 to 2035. About 17,100 openings for loan officers are projected each year.",
  [C("1 percent", "outlook-percent", "Loan Officer", "current", year=2035), C("17,100", "openings", "Loan Officer", "current")])
I("lc-03", "career-site", R, "Loan officer jobs are projected to grow 2% over the decade, though rates matter more than demographics.",
  [C("2%", "outlook-percent", "Loan Officer", "outdated")])
I("lc-04", "comparison", R, "Credit analysts make about $100,850 on average, compared with $87,790 for loan officers.",
  [C("$100,850", "salary", "Credit Analyst", "current", "mean"), C("$87,790", "salary", "Loan Officer", "current", "mean")])
I("lc-05", "bullets", R, "Loan officer\n- Median pay: $69,990\n- Jobs: 301,400\n- New jobs by 2034: 5,000",
  [C("$69,990", "salary", "Loan Officer", "outdated"), C("301,400", "employment", "Loan Officer", "outdated"), C("5,000", "employment-change", "Loan Officer", "outdated", year=2034)])
I("lc-06", "ooh", R, "Credit analysts held about 64,700 jobs in 2025. Employment is projected to decrease by 2,800 over the decade, with about 3,100 openings a year.",
  [C("64,700", "employment", "Credit Analyst", "current", year=2025), C("2,800", "employment-change", "Credit Analyst", "current", neg=True), C("3,100", "openings", "Credit Analyst", "current")])
I("lc-07", "career-site", R, "In Charlotte, credit analysts earn a median of $95,000 a year.",
  [C("$95,000", "salary", "Credit Analyst", "unchecked", place="Charlotte")])
I("lc-08", "career-site", R, "Loan officers earn $130,000 a year at the median, and credit analysts $55,000.",
  [C("$130,000", "salary", "Loan Officer", "mismatch"), C("$55,000", "salary", "Credit Analyst", "mismatch")])
I("lc-09", "ooh", R, "The highest 10 percent of loan officers earned more than $153,180.",
  [C("$153,180", "salary", "Loan Officer", "current", "p90")])
N("lc-n1", R, "My mortgage rate was 6.25% on a $320,000 loan, and the loan officer's commission was 1%.")
N("lc-n2", R, "NMLS pre-licensing requires 20 hours of education and the SAFE test has 115 questions.")

R = ("Appraiser", "Claims Adjuster")
I("ac-01", "ooh", R, "The median annual wage for property appraisers and assessors was $67,960 in May 2025.",
  [C("$67,960", "salary", "Appraiser", "current", year=2025)])
I("ac-02", "ooh", R, "The median annual wage for claims adjusters, examiners, and investigators was $78,000 in May 2025.",
  [C("$78,000", "salary", "Claims Adjuster", "current", year=2025)])
I("ac-03", "career-site", R, "Claims adjusters usually need a high school diploma, plus a state license, while appraisers need a bachelor's degree in most states.",
  [C("high school diploma", "education", "Claims Adjuster", "current"), C("bachelor's degree", "education", "Appraiser", "current")])
I("ac-04", "career-site", R, "Appraisers earn $65,420 a year, and adjusters $76,790.",
  [C("$65,420", "salary", "Appraiser", "outdated"), C("$76,790", "salary", "Claims Adjuster", "outdated")])
I("ac-05", "ooh", R, "Claims adjusters, examiners, and investigators held about 376,100 jobs in 2025. About 20,900 openings are projected each year.",
  [C("376,100", "employment", "Claims Adjuster", "current", year=2025), C("20,900", "openings", "Claims Adjuster", "current")])
I("ac-06", "bullets", R, "Appraiser\n- Jobs: 77,300\n- Openings: 6,300 per year\n- Average pay: $75,770",
  [C("77,300", "employment", "Appraiser", "outdated"), C("6,300", "openings", "Appraiser", "outdated"), C("$75,770", "salary", "Appraiser", "current", "mean")])
I("ac-07", "career-site", R, "In Florida, claims adjusters make an average of $72,000.",
  [C("$72,000", "salary", "Claims Adjuster", "unchecked", "mean", place="Florida")])
I("ac-08", "forum", R, "Adjusters start around $45k and that's basically the median per BLS. Appraisers make $100k.",
  [C("$45k", "salary", "Claims Adjuster", "mismatch"), C("$100k", "salary", "Appraiser", "mismatch")])
I("ac-09", "ooh", R, "Employment of claims adjusters is projected to decrease by 20,600 jobs from 2025 to 2035.",
  [C("20,600", "employment-change", "Claims Adjuster", "current", year=2035, neg=True)])
N("ac-n1", R, "A home appraisal costs $350 to $600, and our report turnaround is 5 business days.")
N("ac-n2", R, "After hurricane Ian I worked 72 days straight as an independent adjuster and billed $1,200 a day.", heading="Catastrophe work")

R = ("Chemical Engineer", "Petroleum Engineer")
I("cpe-01", "ooh", R, "The median annual wage for chemical engineers was $125,040 in May 2025, and for petroleum engineers it was $144,910.",
  [C("$125,040", "salary", "Chemical Engineer", "current", year=2025), C("$144,910", "salary", "Petroleum Engineer", "current", year=2025)])
I("cpe-02", "ooh", R, "Employment of chemical engineers is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations.",
  [C("5 percent", "outlook-percent", "Chemical Engineer", "current", year=2035), C("faster than the average", "outlook-descriptor", "Chemical Engineer", "current", year=2035)])
I("cpe-03", "career-site", R, "Chemical engineering jobs will grow about 3% over the next decade, as fast as average.",
  [C("3%", "outlook-percent", "Chemical Engineer", "outdated"), C("as fast as average", "outlook-descriptor", "Chemical Engineer", "outdated")])
I("cpe-04", "career-site", R, "Petroleum engineers earn an average of $157,150, or about $75.55 an hour.",
  [C("$157,150", "salary", "Petroleum Engineer", "current", "mean"), C("$75.55", "salary", "Petroleum Engineer", "current", "mean", period="hour")])
I("cpe-05", "table", R, "| | Chemical Engineer | Petroleum Engineer |\n|---|---|---|\n| Median salary | $112,100 | $135,690 |\n| Jobs | 21,900 | 18,500 |",
  [C("$112,100", "salary", "Chemical Engineer", "outdated"), C("$135,690", "salary", "Petroleum Engineer", "outdated"), C("21,900", "employment", "Chemical Engineer", "current"), C("18,500", "employment", "Petroleum Engineer", "current")])
I("cpe-06", "career-site", R, "In Houston, petroleum engineers earn a median of $175,000.",
  [C("$175,000", "salary", "Petroleum Engineer", "unchecked", place="Houston")])
I("cpe-07", "career-site", R, "Petroleum engineering jobs will grow 8% as drilling rebounds, and chemical engineers earn $85,000.",
  [C("8%", "outlook-percent", "Petroleum Engineer", "mismatch"), C("$85,000", "salary", "Chemical Engineer", "mismatch")])
I("cpe-08", "ooh", R, "About 1,000 openings for petroleum engineers are projected each year, and employment is projected to increase by 400 over the decade.",
  [C("1,000", "openings", "Petroleum Engineer", "current"), C("400", "employment-change", "Petroleum Engineer", "current")])
N("cpe-n1", R, "A barrel of WTI traded at $72 when I started in 2023; my signing bonus was $15,000.")
N("cpe-n2", R, "AIChE student membership is $25 a year and the national conference had 5,000 attendees.")

R = ("Healthcare Administrator", "Social and Community Service Manager")
I("hsm-01", "ooh", R, "The median annual wage for medical and health services managers was $123,860 in May 2025.",
  [C("$123,860", "salary", "Healthcare Administrator", "current", year=2025)])
I("hsm-02", "ooh", R, "Employment of medical and health services managers is projected to grow 24 percent from 2025 to 2035. About 62,300 openings are projected each year.",
  [C("24 percent", "outlook-percent", "Healthcare Administrator", "current", year=2035), C("62,300", "openings", "Healthcare Administrator", "current")])
I("hsm-03", "career-site", R, "Healthcare administrators earn $117,960 a year, while social service managers earn $78,240.",
  [C("$117,960", "salary", "Healthcare Administrator", "outdated"), C("$78,240", "salary", "Social and Community Service Manager", "outdated")])
I("hsm-04", "career-site", R, "Social and community service manager jobs are projected to grow 7% through 2035, much faster than average.",
  [C("7%", "outlook-percent", "Social and Community Service Manager", "current", year=2035), C("much faster than average", "outlook-descriptor", "Social and Community Service Manager", "current", year=2035)])
I("hsm-05", "career-site", R, "Social service manager jobs will grow 6%, faster than average, adding 14,100 positions.",
  [C("6%", "outlook-percent", "Social and Community Service Manager", "outdated"), C("faster than average", "outlook-descriptor", "Social and Community Service Manager", "outdated"), C("14,100", "employment-change", "Social and Community Service Manager", "outdated")])
I("hsm-06", "bullets", R, "Healthcare administrator\n- Jobs: 640,400\n- New jobs: 155,100\n- Growth: 23%",
  [C("640,400", "employment", "Healthcare Administrator", "current"), C("155,100", "employment-change", "Healthcare Administrator", "current"), C("23%", "outlook-percent", "Healthcare Administrator", "outdated")])
I("hsm-07", "comparison", R, "Health services managers make about $68 an hour on average versus $43 for social service managers.",
  [C("$68", "salary", "Healthcare Administrator", "current", "mean", period="hour"), C("$43", "salary", "Social and Community Service Manager", "current", "mean", period="hour")])
I("hsm-08", "career-site", R, "In New York City, healthcare administrators earn a median of $160,000.",
  [C("$160,000", "salary", "Healthcare Administrator", "unchecked", place="New York City")])
I("hsm-09", "career-site", R, "Healthcare administrators typically need a master's degree, and the median salary is $90,000.",
  [C("master's degree", "education", "Healthcare Administrator", "mismatch"), C("$90,000", "salary", "Healthcare Administrator", "mismatch")])
I("hsm-10", "ooh", R, "Social and community service managers held about 231,000 jobs in 2025.",
  [C("231,000", "employment", "Social and Community Service Manager", "current", year=2025)])
N("hsm-n1", R, "The MHA program costs $38,000 and takes 22 months; 94% of graduates were employed within six months.")
N("hsm-n2", R, "Our nonprofit serves 12,000 families a year on a $4.5 million budget.")

R = ("Medical Transcriptionist", "Medical Records Specialist")
I("mtr-01", "ooh", R, "The median annual wage for medical transcriptionists was $40,410 in May 2025.",
  [C("$40,410", "salary", "Medical Transcriptionist", "current", year=2025)])
I("mtr-02", "ooh", R, "Employment of medical records specialists is projected to grow 8 percent from 2025 to 2035.",
  [C("8 percent", "outlook-percent", "Medical Records Specialist", "current", year=2035)])
I("mtr-03", "ooh", R, "Employment of medical transcriptionists is projected to decline 4 percent from 2025 to 2035.",
  [C("4 percent", "outlook-percent", "Medical Transcriptionist", "current", year=2035, neg=True)])
I("mtr-04", "career-site", R, "Medical transcription jobs are expected to decline 5% over the decade as speech recognition improves.",
  [C("5%", "outlook-percent", "Medical Transcriptionist", "outdated", neg=True)])
I("mtr-05", "career-site", R, "Medical coders earn about $51,000 a year, compared with $37,550 for transcriptionists.",
  [C("$51,000", "salary", "Medical Records Specialist", "current"), C("$37,550", "salary", "Medical Transcriptionist", "outdated")])
I("mtr-06", "school", R, "Medical coders typically need a postsecondary nondegree award, and transcriptionists usually finish a certificate program as well. Our medical coding credential can be finished in 9 months.",
  [C("postsecondary nondegree award", "education", "Medical Records Specialist", "current"), C("certificate program", "education", "Medical Transcriptionist", "current")], heading="Medical Coding & Billing Certificate")
I("mtr-07", "bullets", R, "Medical records specialist\n- Hourly pay: $24.59 median\n- Jobs: 200,700\n- Openings per year: 14,000",
  [C("$24.59", "salary", "Medical Records Specialist", "current", period="hour"), C("200,700", "employment", "Medical Records Specialist", "current"), C("14,000", "openings", "Medical Records Specialist", "current")])
I("mtr-08", "career-site", R, "In Minnesota, medical records specialists earn a median of $56,000.",
  [C("$56,000", "salary", "Medical Records Specialist", "unchecked", place="Minnesota")])
I("mtr-09", "forum", R, "Transcriptionists make $28 an hour per the BLS, coders like $40 an hour.",
  [C("$28", "salary", "Medical Transcriptionist", "mismatch", period="hour"), C("$40", "salary", "Medical Records Specialist", "mismatch", period="hour")])
I("mtr-10", "ooh", R, "Medical transcriptionists held about 42,000 jobs in 2025, and about 6,200 openings are projected each year.",
  [C("42,000", "employment", "Medical Transcriptionist", "current", year=2025), C("6,200", "openings", "Medical Transcriptionist", "current")])
N("mtr-n1", R, "The CPC exam is 100 questions in 4 hours and costs $499; I passed with an 81%.")
N("mtr-n2", R, "Line rates for transcription used to be 8 to 10 cents; I type 95 words per minute.")

R = ("Tax Preparer", "Tax Examiner")
I("tax-01", "ooh", R, "The median annual wage for tax preparers was $54,920 in May 2025, and the median annual wage for tax examiners and collectors, and revenue agents was $62,370.",
  [C("$54,920", "salary", "Tax Preparer", "current", year=2025), C("$62,370", "salary", "Tax Examiner", "current", year=2025)])
I("tax-02", "ooh", R, "Employment of tax examiners and collectors, and revenue agents is projected to decline 1 percent from 2025 to 2035.",
  [C("1 percent", "outlook-percent", "Tax Examiner", "current", year=2035, neg=True)])
I("tax-03", "career-site", R, "Tax examiner jobs are projected to decline 2% over the next decade.",
  [C("2%", "outlook-percent", "Tax Examiner", "outdated", neg=True)])
I("tax-04", "career-site", R, "Tax preparers make $50,560 a year, and about 18% of them are self-employed.",
  [C("$50,560", "salary", "Tax Preparer", "outdated"), C("18%", "self-employed", "Tax Preparer", "current")])
I("tax-05", "faq", R, "Do tax examiners need a degree? Yes, typically a bachelor's degree in accounting or a related field. Tax preparers usually need a high school diploma.",
  [C("bachelor's degree", "education", "Tax Examiner", "current"), C("high school diploma", "education", "Tax Preparer", "current")])
I("tax-06", "comparison", R, "Tax preparers earn $29.30 an hour on average versus $33.91 for tax examiners.",
  [C("$29.30", "salary", "Tax Preparer", "current", "mean", period="hour"), C("$33.91", "salary", "Tax Examiner", "current", "mean", period="hour")])
I("tax-07", "ooh", R, "Tax preparers held about 95,800 jobs in 2025. About 9,400 openings for tax preparers are projected each year.",
  [C("95,800", "employment", "Tax Preparer", "current", year=2025), C("9,400", "openings", "Tax Preparer", "current")])
I("tax-08", "career-site", R, "In California, tax preparers earn a median of $61,000.",
  [C("$61,000", "salary", "Tax Preparer", "unchecked", place="California")])
I("tax-09", "career-site", R, "Revenue agents and tax examiners earn $95,000 at the median, and there are about 90,000 of them.",
  [C("$95,000", "salary", "Tax Examiner", "mismatch"), C("90,000", "employment", "Tax Examiner", "mismatch")])
I("tax-10", "ooh", R, "Tax examiners held about 57,600 jobs, and employment was projected to decrease by 1,000 from 2024 to 2034.",
  [C("57,600", "employment", "Tax Examiner", "outdated"), C("1,000", "employment-change", "Tax Examiner", "outdated", year=2034, neg=True)])
N("tax-n1", R, "We charge $250 for a basic 1040 and $95 for each state return; the filing deadline is April 15.")
N("tax-n2", R, "The IRS Enrolled Agent exam has 3 parts, each $267, and I studied about 120 hours.")

R = ("Industrial Designer", "Interior Designer")
I("des-01", "ooh", R, "The median annual wage for industrial designers was $83,910 in May 2025.",
  [C("$83,910", "salary", "Industrial Designer", "current", year=2025)])
I("des-02", "ooh", R, "The median annual wage for interior designers was $67,190 in May 2025.",
  [C("$67,190", "salary", "Interior Designer", "current", year=2025)])
I("des-03", "career-site", R, "Industrial design jobs are projected to grow 2% from 2025 to 2035, slower than average.",
  [C("2%", "outlook-percent", "Industrial Designer", "current", year=2035), C("slower than average", "outlook-descriptor", "Industrial Designer", "current", year=2035)])
I("des-04", "career-site", R, "Industrial designer jobs will grow 3%, about as fast as average.",
  [C("3%", "outlook-percent", "Industrial Designer", "outdated"), C("about as fast as average", "outlook-descriptor", "Industrial Designer", "outdated")])
I("des-05", "career-site", R, "About 26% of interior designers are self-employed, and there are about 97,100 interior designers in the U.S.",
  [C("26%", "self-employed", "Interior Designer", "current"), C("97,100", "employment", "Interior Designer", "current")])
I("des-06", "table", R, "| | Industrial Designer | Interior Designer |\n|---|---|---|\n| Median salary | $79,450 | $63,490 |\n| Self-employed | n/a | 21% |",
  [C("$79,450", "salary", "Industrial Designer", "outdated"), C("$63,490", "salary", "Interior Designer", "outdated"), C("21%", "self-employed", "Interior Designer", "outdated")])
I("des-07", "career-site", R, "In New York, interior designers make an average of $88,000.",
  [C("$88,000", "salary", "Interior Designer", "unchecked", "mean", place="New York")])
I("des-08", "career-site", R, "Interior designers earn about $45,000 a year, and industrial designers average $93,260.",
  [C("$45,000", "salary", "Interior Designer", "mismatch"), C("$93,260", "salary", "Industrial Designer", "current", "mean")])
I("des-09", "ooh", R, "Industrial designers held about 35,400 jobs in 2025, with about 2,800 openings projected each year.",
  [C("35,400", "employment", "Industrial Designer", "current", year=2025), C("2,800", "openings", "Industrial Designer", "current")])
N("des-n1", R, "NCIDQ costs $1,375 across three sections; a kitchen remodel averages $45,000 in our area.")
N("des-n2", R, "I charge $150 an hour for residential design consultations, with a 2-hour minimum.", heading="Pricing")

R = ("Crane Operator", "Heavy Equipment Operator")
I("crn-01", "ooh", R, "The median annual wage for crane and tower operators was $68,080 in May 2025.",
  [C("$68,080", "salary", "Crane Operator", "current", year=2025)])
I("crn-02", "ooh", R, "Employment of operating engineers and other construction equipment operators is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations.",
  [C("5 percent", "outlook-percent", "Heavy Equipment Operator", "current", year=2035), C("faster than the average", "outlook-descriptor", "Heavy Equipment Operator", "current", year=2035)])
I("crn-03", "trade", R, "Heavy equipment operator jobs are projected to grow 4%, about as fast as average, with 41,900 openings a year.",
  [C("4%", "outlook-percent", "Heavy Equipment Operator", "outdated"), C("about as fast as average", "outlook-descriptor", "Heavy Equipment Operator", "outdated"), C("41,900", "openings", "Heavy Equipment Operator", "outdated")])
I("crn-04", "trade", R, "Crane operators make about $35 an hour on average, versus $32 for equipment operators.",
  [C("$35", "salary", "Crane Operator", "current", "mean", period="hour"), C("$32", "salary", "Heavy Equipment Operator", "current", "mean", period="hour")])
I("crn-05", "frontmatter", R, "role_a: Crane Operator\nrole_a_median_pay: $66,370\nrole_b: Heavy Equipment Operator\nrole_b_median_pay: $58,710",
  [C("$66,370", "salary", "Crane Operator", "outdated"), C("$58,710", "salary", "Heavy Equipment Operator", "outdated")])
I("crn-06", "ooh", R, "Crane and tower operators held about 42,900 jobs in 2025. Employment is projected to grow 4 percent, with about 3,500 openings each year.",
  [C("42,900", "employment", "Crane Operator", "current", year=2025), C("4 percent", "outlook-percent", "Crane Operator", "current"), C("3,500", "openings", "Crane Operator", "current")])
I("crn-07", "trade", R, "Union crane operators in the Chicago area earn about $115,000 a year.",
  [C("$115,000", "salary", "Crane Operator", "unchecked", place="Chicago area")])
I("crn-08", "forum", R, "Equipment operators make $95k median per BLS, crane ops $140k. Trades pay.",
  [C("$95k", "salary", "Heavy Equipment Operator", "mismatch"), C("$140k", "salary", "Crane Operator", "mismatch")])
I("crn-09", "ooh", R, "Employment of construction equipment operators is projected to increase by 22,300 from 2025 to 2035. Most need a high school diploma and learn on the job or through an apprenticeship.",
  [C("22,300", "employment-change", "Heavy Equipment Operator", "current", year=2035), C("high school diploma", "education", "Heavy Equipment Operator", "current")])
N("crn-n1", R, "NCCCO certification runs about $1,200 with the practical exam, and my apprenticeship was 4 years, 6,000 hours.")
N("crn-n2", R, "We rent a 50-ton crane for $1,800 a day with operator; minimum 4 hours.")

R = ("Epidemiologist", "Health Education Specialist")
I("epi-01", "ooh", R, "The median annual wage for epidemiologists was $87,220 in May 2025.",
  [C("$87,220", "salary", "Epidemiologist", "current", year=2025)])
I("epi-02", "ooh", R, "Employment of epidemiologists is projected to grow 19 percent from 2025 to 2035. Employment is projected to increase by 2,400 over the decade.",
  [C("19 percent", "outlook-percent", "Epidemiologist", "current", year=2035), C("2,400", "employment-change", "Epidemiologist", "current")])
I("epi-03", "career-site", R, "Epidemiology jobs are projected to grow 16% through 2034.",
  [C("16%", "outlook-percent", "Epidemiologist", "outdated", year=2034)])
I("epi-04", "career-site", R, "Epidemiologists need a master's degree, usually an MPH, while health education specialists typically need a bachelor's degree.",
  [C("master's degree", "education", "Epidemiologist", "current"), C("bachelor's degree", "education", "Health Education Specialist", "current")])
I("epi-05", "career-site", R, "Health education specialists earn a median of $64,070, and epidemiologists average $97,890.",
  [C("$64,070", "salary", "Health Education Specialist", "current"), C("$97,890", "salary", "Epidemiologist", "current", "mean")])
I("epi-06", "bullets", R, "Health education specialist\n- Education: bachelor's degree\n- Jobs: 71,800\n- Openings per year: 7,900",
  [C("bachelor's degree", "education", "Health Education Specialist", "current"), C("71,800", "employment", "Health Education Specialist", "outdated"), C("7,900", "openings", "Health Education Specialist", "outdated")])
I("epi-07", "career-site", R, "In Georgia, epidemiologists working near the CDC earn about $105,000.",
  [C("$105,000", "salary", "Epidemiologist", "unchecked", place="Georgia")])
I("epi-08", "career-site", R, "Epidemiologists earn $83,980 a year, and there are only about 12,800 of them.",
  [C("$83,980", "salary", "Epidemiologist", "outdated"), C("12,800", "employment", "Epidemiologist", "current")])
I("epi-09", "forum", R, "Health educators make $40k at best, epis make $130k. BLS numbers.",
  [C("$40k", "salary", "Health Education Specialist", "mismatch"), C("$130k", "salary", "Epidemiologist", "mismatch")])
N("epi-n1", R, "The CHES exam has 165 questions and costs $300; the MPH took me 2 years and $62,000.")
N("epi-n2", R, "In 2020 our county health department grew from 14 to 40 staff during the pandemic.")

R = ("Recreational Therapist", "Exercise Physiologist")
I("rex-01", "ooh", R, "The median annual wage for recreational therapists was $61,960 in May 2025, and the median annual wage for exercise physiologists was $59,460.",
  [C("$61,960", "salary", "Recreational Therapist", "current", year=2025), C("$59,460", "salary", "Exercise Physiologist", "current", year=2025)])
I("rex-02", "ooh", R, "Employment of recreational therapists is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations.",
  [C("5 percent", "outlook-percent", "Recreational Therapist", "current", year=2035), C("faster than the average", "outlook-descriptor", "Recreational Therapist", "current", year=2035)])
I("rex-03", "career-site", R, "Recreational therapist jobs will grow 3%, as fast as average, over the decade.",
  [C("3%", "outlook-percent", "Recreational Therapist", "outdated"), C("as fast as average", "outlook-descriptor", "Recreational Therapist", "outdated")])
I("rex-04", "career-site", R, "Exercise physiology is a small field, and about 59% of exercise physiologists are self-employed.",
  [C("59%", "self-employed", "Exercise Physiologist", "current")])
I("rex-05", "bullets", R, "Exercise physiologist\n- Median pay: $58,160\n- Jobs: 23,900\n- Openings per year: 1,700",
  [C("$58,160", "salary", "Exercise Physiologist", "outdated"), C("23,900", "employment", "Exercise Physiologist", "outdated"), C("1,700", "openings", "Exercise Physiologist", "outdated")])
I("rex-06", "comparison", R, "Recreational therapists earn $32.52 an hour on average, while exercise physiologists earn $29.30.",
  [C("$32.52", "salary", "Recreational Therapist", "current", "mean", period="hour"), C("$29.30", "salary", "Exercise Physiologist", "current", "mean", period="hour")])
I("rex-07", "career-site", R, "In Ohio, recreational therapists make about $55,000 a year.",
  [C("$55,000", "salary", "Recreational Therapist", "unchecked", place="Ohio")])
I("rex-08", "career-site", R, "Recreational therapists need a master's degree and earn a median of $85,000.",
  [C("master's degree", "education", "Recreational Therapist", "mismatch"), C("$85,000", "salary", "Recreational Therapist", "mismatch")])
I("rex-09", "ooh", R, "Exercise physiologists held about 21,200 jobs in 2025. About 1,400 openings for exercise physiologists are projected each year.",
  [C("21,200", "employment", "Exercise Physiologist", "current", year=2025), C("1,400", "openings", "Exercise Physiologist", "current")])
N("rex-n1", R, "The CTRS exam fee is $325, and the internship must be at least 560 hours over 14 weeks.")
N("rex-n2", R, "Our cardiac rehab clinic sees 60 patients a week, each for 36 sessions.")

R = ("Industrial Engineer", "Safety Specialist")
I("ies-01", "ooh", R, "The median annual wage for industrial engineers was $102,440 in May 2025.",
  [C("$102,440", "salary", "Industrial Engineer", "current", year=2025)])
I("ies-02", "ooh", R, "The median annual wage for occupational health and safety specialists was $90,150 in May 2025.",
  [C("$90,150", "salary", "Safety Specialist", "current", year=2025)])
I("ies-03", "ooh", R, "Employment of industrial engineers is projected to grow 12 percent from 2025 to 2035. About 23,100 openings for industrial engineers are projected each year.",
  [C("12 percent", "outlook-percent", "Industrial Engineer", "current", year=2035), C("23,100", "openings", "Industrial Engineer", "current")])
I("ies-04", "career-site", R, "Industrial engineering jobs are projected to grow 11% over the decade, adding 38,500 positions.",
  [C("11%", "outlook-percent", "Industrial Engineer", "outdated"), C("38,500", "employment-change", "Industrial Engineer", "outdated")])
I("ies-05", "career-site", R, "Safety specialists earn $83,910 a year, while industrial engineers make about $110k on average.",
  [C("$83,910", "salary", "Safety Specialist", "outdated"), C("$110k", "salary", "Industrial Engineer", "current", "mean")])
I("ies-06", "bullets", R, "Occupational health and safety specialist\n- Jobs: 143,100\n- Openings: 17,100 a year\n- Degree: bachelor's degree",
  [C("143,100", "employment", "Safety Specialist", "current"), C("17,100", "openings", "Safety Specialist", "current"), C("bachelor's degree", "education", "Safety Specialist", "current")])
I("ies-07", "career-site", R, "In Texas, safety specialists in the oil and gas industry earn a median of $98,000.",
  [C("$98,000", "salary", "Safety Specialist", "unchecked", place="Texas")])
I("ies-08", "career-site", R, "Industrial engineers earn $75,000 at the median, and safety specialists $60,000.",
  [C("$75,000", "salary", "Industrial Engineer", "mismatch"), C("$60,000", "salary", "Safety Specialist", "mismatch")])
I("ies-09", "ooh", R, "Industrial engineers held about 365,100 jobs in 2025, and employment is projected to increase by 45,400 over the decade.",
  [C("365,100", "employment", "Industrial Engineer", "current", year=2025), C("45,400", "employment-change", "Industrial Engineer", "current")])
N("ies-n1", R, "The CSP exam costs $460, and OSHA 30 training takes 30 hours and costs about $189.")
N("ies-n2", R, "Our lean project cut cycle time by 18% and saved $240,000 in the first year.")

# ---------------------------------------------------------------- more of the same pairs: places, wrong figures, other formats
I("otpt-14", "career-site", ("OT", "PT"), "In Texas, employment of occupational therapists is projected to grow 25 percent from 2022 to 2032, and Florida employs about 9,800 OTs.",
  [C("25 percent", "outlook-percent", "OT", "unchecked", year=2032, place="Texas"), C("9,800", "employment", "OT", "unchecked", place="Florida")])
I("otpt-15", "frontmatter", ("OT", "PT"), "---\ntitle: \"OT vs. PT: What Are the Differences?\"\npt_median_salary: \"$102,760\"\npt_job_growth: \"11%\"\nreading_time: 9 min\n---",
  [C("$102,760", "salary", "PT", "current"), C("11%", "outlook-percent", "PT", "outdated")])
I("psy-13", "ooh", ("Psychologist", "Psychiatrist"), "Clinical and counseling psychologists held about 200,000 jobs in 2025, and about 15% of them were self-employed.",
  [C("200,000", "employment", "Psychologist", "mismatch", year=2025), C("15%", "self-employed", "Psychologist", "mismatch", year=2025)])  # year: see README, "Label changes"
I("psy-14", "career-site", ("Psychologist", "Psychiatrist"), "In Massachusetts, there are about 1,900 psychiatrists, and about 300 openings each year.",
  [C("1,900", "employment", "Psychiatrist", "unchecked", place="Massachusetts"), C("300", "openings", "Psychiatrist", "unchecked", place="Massachusetts")])
I("mgr-11", "faq", ("Marketing Manager", "Sales Manager"), "Is marketing management a dying field? No. Employment is projected to show little or no change, with about 12,000 openings a year.",
  [C("little or no change", "outlook-descriptor", "Marketing Manager", "mismatch"), C("12,000", "openings", "Marketing Manager", "mismatch")], heading="FAQ")
I("ew-12", "career-site", ("Editor", "Writer"), "Editor jobs are projected to grow 5% over the next decade, faster than average, and most editors need a master's degree.",
  [C("5%", "outlook-percent", "Editor", "mismatch"), C("faster than average", "outlook-descriptor", "Editor", "mismatch"), C("master's degree", "education", "Editor", "mismatch")])
I("ew-13", "career-site", ("Editor", "Writer"), "New York has the most writers and authors of any state, about 6,500, earning a median of $95,000.",
  [C("6,500", "employment", "Writer", "unchecked", place="New York"), C("$95,000", "salary", "Writer", "unchecked", place="New York")])
I("cm-10", "frontmatter", ("Civil Engineer", "Mechanical Engineer"), "salary_civil: $100k\nsalary_mechanical: $150k\noutlook_civil: 6%\neducation_civil: Bachelor's degree",
  [C("$100k", "salary", "Civil Engineer", "current"), C("$150k", "salary", "Mechanical Engineer", "mismatch"), C("6%", "outlook-percent", "Civil Engineer", "current"), C("Bachelor's degree", "education", "Civil Engineer", "current")])
I("cm-11", "career-site", ("Civil Engineer", "Mechanical Engineer"), "California employs about 38,000 civil engineers, and openings there average 2,900 a year.",
  [C("38,000", "employment", "Civil Engineer", "unchecked", place="California"), C("2,900", "openings", "Civil Engineer", "unchecked", place="California")])
I("eet-10", "faq", ("Electrical Engineer", "Electronics Technician"), "Will electronics technicians be replaced by automation? BLS projects employment to decline 6 percent, with about 25,000 openings a year.",
  [C("6 percent", "outlook-percent", "Electronics Technician", "mismatch", neg=True), C("25,000", "openings", "Electronics Technician", "mismatch")])
I("sct-11", "career-site", ("School Counselor", "Teacher Assistant"), "In Texas, teacher assistant jobs are projected to grow 8% through 2032, and the state employs about 95,000 teacher aides.",
  [C("8%", "outlook-percent", "Teacher Assistant", "unchecked", year=2032, place="Texas"), C("95,000", "employment", "Teacher Assistant", "unchecked", place="Texas")])
I("cce-10", "trade", ("Construction Manager", "Cost Estimator"), "Only about 5% of construction managers are self-employed, and the job typically requires a master's degree.",
  [C("5%", "self-employed", "Construction Manager", "mismatch"), C("master's degree", "education", "Construction Manager", "mismatch")])
I("orl-10", "career-site", ("Operations Research Analyst", "Logistician"), "Logistician jobs will show little or no change over the decade, and the occupation employs about 600,000 people.",
  [C("little or no change", "outlook-descriptor", "Logistician", "mismatch"), C("600,000", "employment", "Logistician", "mismatch")])
I("mc-12", "career-site", ("Mail Carrier", "Courier"), "In the Phoenix metro area, mail carriers earn $29 an hour, and there are about 3,400 of them.",
  [C("$29", "salary", "Mail Carrier", "unchecked", period="hour", place="Phoenix metro area"), C("3,400", "employment", "Mail Carrier", "unchecked", place="Phoenix metro area")])
I("mc-13", "faq", ("Mail Carrier", "Courier"), "Are courier jobs growing? Yes, BLS projects 25% growth and 90,000 new jobs.",
  [C("25%", "outlook-percent", "Courier", "mismatch"), C("90,000", "employment-change", "Courier", "mismatch")])
I("btx-10", "career-site", ("School Bus Driver", "Taxi Driver"), "Taxi driver employment is projected to decline, and about 40% of taxi drivers are self-employed.",
  [C("decline", "outlook-descriptor", "Taxi Driver", "mismatch"), C("40%", "self-employed", "Taxi Driver", "mismatch")])
I("spi-12", "career-site", ("Security Guard", "Private Investigator"), "Security guards typically need a bachelor's degree, and the field is projected to grow 15%.",
  [C("bachelor's degree", "education", "Security Guard", "mismatch"), C("15%", "outlook-percent", "Security Guard", "mismatch")])
I("spi-13", "career-site", ("Security Guard", "Private Investigator"), "California has about 4,100 private investigators, more than any other state, and guards in Los Angeles earn $21 an hour.",
  [C("4,100", "employment", "Private Investigator", "unchecked", place="California"), C("$21", "salary", "Security Guard", "unchecked", period="hour", place="Los Angeles")])
I("efr-10", "career-site", ("Event Planner", "Fundraiser"), "Fundraisers typically need a master's degree, and there are about 300,000 of them nationwide.",
  [C("master's degree", "education", "Fundraiser", "mismatch"), C("300,000", "employment", "Fundraiser", "mismatch")])
I("atf-11", "career-site", ("Athletic Trainer", "Fitness Trainer"), "There are about 12,000 openings for athletic trainers each year, and the lowest 10 percent earn less than $30,000.",
  [C("12,000", "openings", "Athletic Trainer", "mismatch"), C("$30,000", "salary", "Athletic Trainer", "mismatch", "p10")])
I("ahs-10", "ooh", ("Audiologist", "Hearing Aid Specialist"), "The lowest 10 percent of hearing aid specialists earned less than $20,000, and the highest 10 percent earned more than $94,020.",
  [C("$20,000", "salary", "Hearing Aid Specialist", "mismatch", "p10"), C("$94,020", "salary", "Hearing Aid Specialist", "current", "p90")])
I("oph-10", "career-site", ("Optician", "Ophthalmic Technician"), "In Florida, ophthalmic technicians earn about $44,000 a year, and the state has about 6,000 of them.",
  [C("$44,000", "salary", "Ophthalmic Technician", "unchecked", place="Florida"), C("6,000", "employment", "Ophthalmic Technician", "unchecked", place="Florida")])
I("bm-10", "faq", ("Barber", "Manicurist"), "Is barbering a declining trade? BLS projects employment of barbers to decline, with 15,000 openings a year.",
  [C("decline", "outlook-descriptor", "Barber", "mismatch"), C("15,000", "openings", "Barber", "mismatch")])
I("mri-10", "career-site", ("MRI Tech", "Nuclear Medicine Technologist"), "In Texas, MRI tech jobs are expected to grow 12% through 2032.",
  [C("12%", "outlook-percent", "MRI Tech", "unchecked", year=2032, place="Texas")])
I("hrt-10", "career-site", ("HR Specialist", "Training and Development Specialist"), "HR specialists need a master's degree in most companies, and employment will grow 20% through 2035.",
  [C("master's degree", "education", "HR Specialist", "mismatch"), C("20%", "outlook-percent", "HR Specialist", "mismatch", year=2035)])
I("hrt-11", "career-site", ("HR Specialist", "Training and Development Specialist"), "In Ohio, there are about 1,200 openings for HR specialists each year.",
  [C("1,200", "openings", "HR Specialist", "unchecked", place="Ohio")])
I("cp-10", "career-site", ("Chiropractor", "Podiatrist"), "Podiatrist employment is projected to increase by 5,000 jobs over the decade.",
  [C("5,000", "employment-change", "Podiatrist", "mismatch")])
I("lc-10", "career-site", ("Loan Officer", "Credit Analyst"), "In Utah, loan officers earn a median of $70,000, and the state has about 4,500 of them.",
  [C("$70,000", "salary", "Loan Officer", "unchecked", place="Utah"), C("4,500", "employment", "Loan Officer", "unchecked", place="Utah")])
I("ac-10", "career-site", ("Appraiser", "Claims Adjuster"), "Claims adjuster jobs are projected to grow 10%, much faster than average.",
  [C("10%", "outlook-percent", "Claims Adjuster", "mismatch"), C("much faster than average", "outlook-descriptor", "Claims Adjuster", "mismatch")])
I("cpe-09", "career-site", ("Chemical Engineer", "Petroleum Engineer"), "In Texas, petroleum engineers held about 8,900 jobs in May 2025.",
  [C("8,900", "employment", "Petroleum Engineer", "unchecked", year=2025, place="Texas")])
I("hsm-11", "career-site", ("Healthcare Administrator", "Social and Community Service Manager"), "Social and community service manager jobs will decline through 2035, and about 25% of these managers are self-employed.",
  [C("decline", "outlook-descriptor", "Social and Community Service Manager", "mismatch", year=2035), C("25%", "self-employed", "Social and Community Service Manager", "mismatch")])
I("mtr-11", "career-site", ("Medical Transcriptionist", "Medical Records Specialist"), "In Florida, medical records specialists earn $22 an hour, and the state has about 14,000 of them.",
  [C("$22", "salary", "Medical Records Specialist", "unchecked", period="hour", place="Florida"), C("14,000", "employment", "Medical Records Specialist", "unchecked", place="Florida")])
I("tax-11", "career-site", ("Tax Preparer", "Tax Examiner"), "About 40% of tax preparers are self-employed, and tax preparer jobs are projected to decline.",
  [C("40%", "self-employed", "Tax Preparer", "mismatch"), C("decline", "outlook-descriptor", "Tax Preparer", "mismatch")])
I("des-10", "career-site", ("Industrial Designer", "Interior Designer"), "Interior designers typically need only a high school diploma, and the field will grow 9% through 2035.",
  [C("high school diploma", "education", "Interior Designer", "mismatch"), C("9%", "outlook-percent", "Interior Designer", "mismatch", year=2035)])
I("crn-10", "trade", ("Crane Operator", "Heavy Equipment Operator"), "In Louisiana, crane operators earn $33 an hour.",
  [C("$33", "salary", "Crane Operator", "unchecked", period="hour", place="Louisiana")])
I("epi-10", "career-site", ("Epidemiologist", "Health Education Specialist"), "In Maryland, health education specialists earn a median of $78,000, and epidemiologists about $110,000.",
  [C("$78,000", "salary", "Health Education Specialist", "unchecked", place="Maryland"), C("$110,000", "salary", "Epidemiologist", "unchecked", place="Maryland")])
I("rex-10", "career-site", ("Recreational Therapist", "Exercise Physiologist"), "Exercise physiologists need a doctoral degree and hold about 60,000 jobs.",
  [C("doctoral degree", "education", "Exercise Physiologist", "mismatch"), C("60,000", "employment", "Exercise Physiologist", "mismatch")])
I("ies-10", "career-site", ("Industrial Engineer", "Safety Specialist"), "In Michigan, industrial engineers hold about 24,000 jobs and earn a median of $99,000.",
  [C("24,000", "employment", "Industrial Engineer", "unchecked", place="Michigan"), C("$99,000", "salary", "Industrial Engineer", "unchecked", place="Michigan")])
I("ies-11", "faq", ("Industrial Engineer", "Safety Specialist"), "Is safety a good career? Yes, but BLS projects only 1% growth and about 4,000 openings per year.",
  [C("1%", "outlook-percent", "Safety Specialist", "mismatch"), C("4,000", "openings", "Safety Specialist", "mismatch")])
N("x-n1", ("Tax Preparer", "Tax Examiner"), "Tax season runs January 27 through April 15; we are open 9 a.m. to 9 p.m., seven days a week.")
N("x-n2", ("Barber", "Manicurist"), "Gel manicures cost $45 at our salon and take about 60 minutes; tip 20%.")
N("x-n3", ("Loan Officer", "Credit Analyst"), "Applicants need a credit score of at least 620 and a debt-to-income ratio under 43%.")
N("x-n4", ("Event Planner", "Fundraiser"), "I'm 34, planned 120 weddings over 8 years, and charge a flat $3,500 per event.")


# OOH profiles put these sentences under their tab headings; give every other OOH item without one its heading.
OOH_HEADINGS = {"salary": "Pay", "employment": "Work Environment", "education": "How to Become One"}
for n, it in enumerate(i for i in ITEMS if i["style"] == "ooh" and "heading" not in i):
    if n % 2 == 0:
        it_heading = OOH_HEADINGS.get(it["claims"][0]["kind"], "Job Outlook")
        ITEMS[ITEMS.index(it)] = {"id": it["id"], "style": it["style"], "roles": it["roles"], "heading": it_heading,
                                  "text": it["text"], "claims": it["claims"]}


def main():
    errs = check(ITEMS, NOT)
    if errs:
        sys.exit("refusing to write claims-holdout6:\n  " + "\n  ".join(errs))
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


if __name__ == "__main__":
    main()
