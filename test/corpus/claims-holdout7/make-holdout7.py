#!/usr/bin/env python3
"""Generate claims-holdout7 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date):
           changePercent, changeNumeric (thousands), openingsPerYear (thousands), employmentBase (thousands),
           education, selfEmployedPercent.
Three titles resolve to the wrong occupation in the CLI ("Restaurant Manager" -> First-Line Supervisors of Food
Preparation and Serving Workers, "Lineman" -> Miscellaneous Assemblers and Fabricators, "Funeral Director" ->
Funeral Home Managers); their figures were taken from the CLI queried with the exact BLS title. See README.md.

check() re-derives every verdict from DATA and refuses to write if any label disagrees, if `raw` does not occur
exactly once in `text`, if a claim's role is not one of its item's roles, or if ids repeat.
Run: python3 make-holdout7.py [--flips]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.loads(r'''
{"farmer":{"query":"Farmer","soc":"11-9013","title":"Farmers, Ranchers, and Other Agricultural Managers","oews2025":{"mean":99820,"median":89900,"p10":54320,"p25":66300,"p75":118860,"p90":160020,"hourlyMean":47.99,"employment":6500},"oews2024":{"mean":97240,"median":87980,"p10":51700,"p25":67970,"p75":115200,"p90":156530,"hourlyMean":46.75,"employment":5910},"oews2023":{"mean":90160,"median":83770,"p10":47800,"p25":63510,"p75":109090,"p90":136410,"hourlyMean":43.35,"employment":6150},"ep2025":{"changePercent":-3.4,"changeNumeric":-26.5,"openingsPerYear":70.8,"employmentBase":788.7,"education":"High school diploma or equivalent","selfEmployedPercent":66.9},"ep2024":{"changePercent":-1.3,"changeNumeric":-11.1,"openingsPerYear":85.5,"employmentBase":836.1,"education":"High school diploma or equivalent","selfEmployedPercent":62.6}},
"farmworker":{"query":"Farmworker","soc":"45-2092","title":"Farmworkers and Laborers, Crop, Nursery, and Greenhouse","oews2025":{"mean":37630,"median":35660,"p10":32900,"p25":34320,"p75":38840,"p90":45690,"hourlyMean":18.09,"employment":265500},"oews2024":{"mean":37850,"median":35690,"p10":32260,"p25":34280,"p75":38950,"p90":46370,"hourlyMean":18.2,"employment":261690},"oews2023":{"mean":36140,"median":34470,"p10":30590,"p25":32980,"p75":37010,"p90":44010,"hourlyMean":17.37,"employment":258730},"ep2025":{"changePercent":-2.4,"changeNumeric":-13.2,"openingsPerYear":72.5,"employmentBase":546.8,"education":"No formal educational credential","selfEmployedPercent":8.9},"ep2024":{"changePercent":-3.3,"changeNumeric":-16.8,"openingsPerYear":71.7,"employmentBase":504.8,"education":"No formal educational credential","selfEmployedPercent":7.9}},
"hotel":{"query":"Hotel Manager","soc":"11-9081","title":"Lodging Managers","oews2025":{"mean":78740,"median":69250,"p10":40070,"p25":49530,"p75":94030,"p90":128880,"hourlyMean":37.86,"employment":42620},"oews2024":{"mean":77460,"median":68130,"p10":39490,"p25":50040,"p75":90670,"p90":126990,"hourlyMean":37.24,"employment":41350},"oews2023":{"mean":76790,"median":65360,"p10":39270,"p25":49380,"p75":87930,"p90":127090,"hourlyMean":36.92,"employment":41980},"ep2025":{"changePercent":3.8,"changeNumeric":2.1,"openingsPerYear":5.5,"employmentBase":54.8,"education":"High school diploma or equivalent","selfEmployedPercent":20.7},"ep2024":{"changePercent":3.4,"changeNumeric":1.8,"openingsPerYear":5.4,"employmentBase":52,"education":"High school diploma or equivalent","selfEmployedPercent":19.1}},
"foodmgr":{"query":"Food Service Managers","soc":"11-9051","title":"Food Service Managers","oews2025":{"mean":74880,"median":69390,"p10":45960,"p25":56870,"p75":86800,"p90":107640,"hourlyMean":36,"employment":238430},"oews2024":{"mean":72370,"median":65310,"p10":42380,"p25":53090,"p75":82300,"p90":105420,"hourlyMean":34.79,"employment":244230},"oews2023":{"mean":69580,"median":63060,"p10":42990,"p25":50390,"p75":79630,"p90":101240,"hourlyMean":33.45,"employment":246070},"ep2025":{"changePercent":5.8,"changeNumeric":19.9,"openingsPerYear":38.8,"employmentBase":344.3,"education":"High school diploma or equivalent","selfEmployedPercent":30.6},"ep2024":{"changePercent":6.4,"changeNumeric":22.6,"openingsPerYear":42,"employmentBase":352.8,"education":"High school diploma or equivalent","selfEmployedPercent":30.3}},
"bartender":{"query":"Bartender","soc":"35-3011","title":"Bartenders","oews2025":{"mean":40790,"median":34340,"p10":20110,"p25":27400,"p75":47570,"p90":73770,"hourlyMean":19.61,"employment":756390},"oews2024":{"mean":39880,"median":33530,"p10":19930,"p25":25790,"p75":46790,"p90":71920,"hourlyMean":19.17,"employment":745610},"oews2023":{"mean":37090,"median":31510,"p10":19870,"p25":23860,"p75":42800,"p90":61210,"hourlyMean":17.83,"employment":711140},"ep2025":{"changePercent":5,"changeNumeric":37.9,"openingsPerYear":121.2,"employmentBase":762.6,"education":"No formal educational credential","selfEmployedPercent":0.2},"ep2024":{"changePercent":5.9,"changeNumeric":44.8,"openingsPerYear":129.6,"employmentBase":756.7,"education":"No formal educational credential","selfEmployedPercent":0.4}},
"waiter":{"query":"Waiter","soc":"35-3031","title":"Waiters and Waitresses","oews2025":{"mean":40060,"median":35230,"p10":18100,"p25":27750,"p75":47110,"p90":64720,"hourlyMean":19.26,"employment":2270910},"oews2024":{"mean":38360,"median":33760,"p10":18500,"p25":25690,"p75":45350,"p90":62510,"hourlyMean":18.44,"employment":2302690},"oews2023":{"mean":36530,"median":31940,"p10":18600,"p25":23770,"p75":41600,"p90":60100,"hourlyMean":17.56,"employment":2237850},"ep2025":{"changePercent":2,"changeNumeric":46.5,"openingsPerYear":423.1,"employmentBase":2284.4,"education":"No formal educational credential","selfEmployedPercent":0.1},"ep2024":{"changePercent":-0.7,"changeNumeric":-16.3,"openingsPerYear":456.7,"employmentBase":2329.7,"education":"No formal educational credential","selfEmployedPercent":0.7}},
"photographer":{"query":"Photographer","soc":"27-4021","title":"Photographers","oews2025":{"mean":55410,"median":44660,"p10":30820,"p25":36050,"p75":62740,"p90":91810,"hourlyMean":26.64,"employment":51760},"oews2024":{"mean":55650,"median":42520,"p10":29610,"p25":34790,"p75":62370,"p90":94760,"hourlyMean":26.76,"employment":51230},"oews2023":{"mean":53380,"median":40760,"p10":28510,"p25":32240,"p75":62480,"p90":95740,"hourlyMean":25.67,"employment":53630},"ep2025":{"changePercent":-0.7,"changeNumeric":-1,"openingsPerYear":10.7,"employmentBase":145,"education":"High school diploma or equivalent","selfEmployedPercent":66.7},"ep2024":{"changePercent":1.8,"changeNumeric":2.8,"openingsPerYear":12.7,"employmentBase":151.2,"education":"High school diploma or equivalent","selfEmployedPercent":66.3}},
"filmeditor":{"query":"Film Editor","soc":"27-4032","title":"Film and Video Editors","oews2025":{"mean":86130,"median":75420,"p10":40280,"p25":52720,"p75":105310,"p90":148550,"hourlyMean":41.41,"employment":25610},"oews2024":{"mean":83530,"median":70980,"p10":39170,"p25":50230,"p75":101570,"p90":145900,"hourlyMean":40.16,"employment":28860},"oews2023":{"mean":83470,"median":66600,"p10":38990,"p25":48920,"p75":101910,"p90":154480,"hourlyMean":40.13,"employment":29240},"ep2025":{"changePercent":3.7,"changeNumeric":1.5,"openingsPerYear":3.1,"employmentBase":39.4,"education":"Bachelor's degree","selfEmployedPercent":35.5},"ep2024":{"changePercent":4,"changeNumeric":1.7,"openingsPerYear":3.6,"employmentBase":43.5,"education":"Bachelor's degree","selfEmployedPercent":29.3}},
"musician":{"query":"Musician","soc":"27-2042","title":"Musicians and Singers","oews2025":{"hourlyMean":60.46,"employment":36180},"oews2024":{"hourlyMean":55.13,"employment":38350},"oews2023":{"hourlyMean":51.65,"employment":35520},"ep2025":{"changePercent":0.3,"changeNumeric":0.6,"openingsPerYear":17.4,"employmentBase":170.4,"education":"No formal educational credential","selfEmployedPercent":47.8},"ep2024":{"changePercent":1.1,"changeNumeric":1.8,"openingsPerYear":19.4,"employmentBase":169.8,"education":"No formal educational credential","selfEmployedPercent":46.8}},
"actor":{"query":"Actor","soc":"27-2011","title":"Actors","oews2025":{"hourlyMean":58.29,"employment":55000},"oews2024":{"hourlyMean":44.4,"employment":38800},"oews2023":{"hourlyMean":41.01,"employment":62560},"ep2025":{"changePercent":0,"changeNumeric":0,"openingsPerYear":6.3,"employmentBase":67.5,"education":"Some college, no degree","selfEmployedPercent":23},"ep2024":{"changePercent":0.3,"changeNumeric":0.2,"openingsPerYear":6.3,"employmentBase":57,"education":"Some college, no degree","selfEmployedPercent":27.9}},
"journalist":{"query":"Journalist","soc":"27-3023","title":"News Analysts, Reporters, and Journalists","oews2025":{"mean":102460,"median":62200,"p10":36240,"p25":45370,"p75":98450,"p90":144140,"hourlyMean":49.26,"employment":39250},"oews2024":{"mean":106030,"median":60280,"p10":34590,"p25":40420,"p75":97460,"p90":162430,"hourlyMean":50.98,"employment":41550},"oews2023":{"mean":101430,"median":57500,"p10":31550,"p25":38160,"p75":91890,"p90":160360,"hourlyMean":48.76,"employment":45020},"ep2025":{"changePercent":-5.9,"changeNumeric":-2.8,"openingsPerYear":3.4,"employmentBase":47.1,"education":"Bachelor's degree","selfEmployedPercent":16.8},"ep2024":{"changePercent":-3.9,"changeNumeric":-1.9,"openingsPerYear":4.1,"employmentBase":49.3,"education":"Bachelor's degree","selfEmployedPercent":15.6}},
"broadcast":{"query":"Broadcast Technician","soc":"27-4012","title":"Broadcast Technicians","oews2025":{"mean":67960,"median":59570,"p10":31390,"p25":40320,"p75":83520,"p90":123670,"hourlyMean":32.68,"employment":21110},"oews2024":{"mean":64220,"median":53920,"p10":29190,"p25":36900,"p75":80390,"p90":115400,"hourlyMean":30.87,"employment":21080},"oews2023":{"mean":71600,"median":57690,"p10":28080,"p25":36770,"p75":96710,"p90":125410,"hourlyMean":34.43,"employment":26190},"ep2025":{"changePercent":-3.1,"changeNumeric":-0.8,"openingsPerYear":1.6,"employmentBase":24.1,"education":"Associate's degree","selfEmployedPercent":11.3},"ep2024":{"changePercent":-2.8,"changeNumeric":-0.7,"openingsPerYear":1.8,"employmentBase":24.8,"education":"Associate's degree","selfEmployedPercent":12.6}},
"sheetmetal":{"query":"Sheet Metal Worker","soc":"47-2211","title":"Sheet Metal Workers","oews2025":{"mean":67850,"median":61800,"p10":38630,"p25":47830,"p75":81610,"p90":105650,"hourlyMean":32.62,"employment":119770},"oews2024":{"mean":66110,"median":60850,"p10":38030,"p25":47290,"p75":79620,"p90":102680,"hourlyMean":31.78,"employment":117470},"oews2023":{"mean":64270,"median":58780,"p10":37000,"p25":45840,"p75":78620,"p90":100850,"hourlyMean":30.9,"employment":116190},"ep2025":{"changePercent":2.5,"changeNumeric":3.3,"openingsPerYear":9.8,"employmentBase":131.1,"education":"High school diploma or equivalent","selfEmployedPercent":8.4},"ep2024":{"changePercent":2.4,"changeNumeric":3.1,"openingsPerYear":10.6,"employmentBase":127,"education":"High school diploma or equivalent","selfEmployedPercent":6.5}},
"boilermaker":{"query":"Boilermaker","soc":"47-2011","title":"Boilermakers","oews2025":{"mean":80090,"median":76410,"p10":50490,"p25":64760,"p75":95430,"p90":110370,"hourlyMean":38.5,"employment":10190},"oews2024":{"mean":76900,"median":73340,"p10":48390,"p25":62230,"p75":93520,"p90":107600,"hourlyMean":36.97,"employment":10170},"oews2023":{"mean":73840,"median":71140,"p10":49510,"p25":61220,"p75":85270,"p90":102120,"hourlyMean":35.5,"employment":11130},"ep2025":{"changePercent":-1.8,"changeNumeric":-0.2,"openingsPerYear":0.7,"employmentBase":10.2,"education":"High school diploma or equivalent","selfEmployedPercent":null},"ep2024":{"changePercent":-2.4,"changeNumeric":-0.2,"openingsPerYear":0.8,"employmentBase":10.4,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"elevator":{"query":"Elevator Installer","soc":"47-4021","title":"Elevator and Escalator Installers and Repairers","oews2025":{"mean":109820,"median":109910,"p10":59270,"p25":79290,"p75":135720,"p90":158890,"hourlyMean":52.8,"employment":23790},"oews2024":{"mean":104860,"median":106580,"p10":54720,"p25":76700,"p75":131740,"p90":149250,"hourlyMean":50.42,"employment":23340},"oews2023":{"mean":100060,"median":102420,"p10":51960,"p25":75570,"p75":127310,"p90":138910,"hourlyMean":48.11,"employment":23990},"ep2025":{"changePercent":5.7,"changeNumeric":1.4,"openingsPerYear":1.9,"employmentBase":24.7,"education":"High school diploma or equivalent","selfEmployedPercent":null},"ep2024":{"changePercent":5,"changeNumeric":1.2,"openingsPerYear":2,"employmentBase":24.2,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"millwright":{"query":"Millwright","soc":"49-9044","title":"Millwrights","oews2025":{"mean":69780,"median":65700,"p10":46290,"p25":56390,"p75":81500,"p90":93600,"hourlyMean":33.55,"employment":40330},"oews2024":{"mean":68640,"median":65170,"p10":45100,"p25":55420,"p75":80580,"p90":93740,"hourlyMean":33,"employment":40660},"oews2023":{"mean":64310,"median":62980,"p10":43160,"p25":51530,"p75":76380,"p90":82700,"hourlyMean":30.92,"employment":37930},"ep2025":{"changePercent":0.9,"changeNumeric":0.4,"openingsPerYear":3.2,"employmentBase":40.7,"education":"High school diploma or equivalent","selfEmployedPercent":null},"ep2024":{"changePercent":0,"changeNumeric":0,"openingsPerYear":3.6,"employmentBase":41.3,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"painter":{"query":"Painter","soc":"47-2141","title":"Painters, Construction and Maintenance","oews2025":{"mean":55420,"median":49400,"p10":37440,"p25":44640,"p75":61660,"p90":78810,"hourlyMean":26.64,"employment":225190},"oews2024":{"mean":53710,"median":48660,"p10":36680,"p25":42510,"p75":60270,"p90":76550,"hourlyMean":25.82,"employment":224180},"oews2023":{"mean":52110,"median":47700,"p10":35570,"p25":38970,"p75":59480,"p90":76030,"hourlyMean":25.05,"employment":215910},"ep2025":{"changePercent":3,"changeNumeric":9.8,"openingsPerYear":24.9,"employmentBase":326.9,"education":"No formal educational credential","selfEmployedPercent":31.3},"ep2024":{"changePercent":3.8,"changeNumeric":13,"openingsPerYear":28.1,"employmentBase":342.2,"education":"No formal educational credential","selfEmployedPercent":33.8}},
"drywall":{"query":"Drywall Installer","soc":"47-2081","title":"Drywall and Ceiling Tile Installers","oews2025":{"mean":63600,"median":58930,"p10":38460,"p25":47440,"p75":74230,"p90":102010,"hourlyMean":30.58,"employment":83080},"oews2024":{"mean":62810,"median":58140,"p10":37810,"p25":46880,"p75":72660,"p90":101380,"hourlyMean":30.2,"employment":82900},"oews2023":{"mean":61480,"median":55700,"p10":36730,"p25":45860,"p75":71780,"p90":103310,"hourlyMean":29.56,"employment":90860},"ep2025":{"changePercent":2.5,"changeNumeric":2.5,"openingsPerYear":6.6,"employmentBase":102.2,"education":"No formal educational credential","selfEmployedPercent":19.4},"ep2024":{"changePercent":4.2,"changeNumeric":4.3,"openingsPerYear":7.7,"employmentBase":103.1,"education":"No formal educational credential","selfEmployedPercent":19.5}},
"brickmason":{"query":"Brickmason","soc":"47-2021","title":"Brickmasons and Blockmasons","oews2025":{"mean":68280,"median":62120,"p10":44820,"p25":51110,"p75":79350,"p90":100010,"hourlyMean":32.83,"employment":52550},"oews2024":{"mean":65390,"median":60800,"p10":41330,"p25":49430,"p75":77290,"p90":95560,"hourlyMean":31.44,"employment":53520},"oews2023":{"mean":63430,"median":59640,"p10":38360,"p25":48250,"p75":74900,"p90":94220,"hourlyMean":30.5,"employment":56830},"ep2025":{"changePercent":1.1,"changeNumeric":0.7,"openingsPerYear":4.1,"employmentBase":62.4,"education":"High school diploma or equivalent","selfEmployedPercent":17.5},"ep2024":{"changePercent":3.2,"changeNumeric":2.4,"openingsPerYear":5.6,"employmentBase":74.1,"education":"High school diploma or equivalent","selfEmployedPercent":27.1}},
"tile":{"query":"Tile Setter","soc":"47-2044","title":"Tile and Stone Setters","oews2025":{"mean":59250,"median":55690,"p10":37140,"p25":45200,"p75":70220,"p90":86110,"hourlyMean":28.49,"employment":35850},"oews2024":{"mean":57590,"median":52240,"p10":36140,"p25":44540,"p75":64980,"p90":82960,"hourlyMean":27.69,"employment":38740},"oews2023":{"mean":53920,"median":48910,"p10":33120,"p25":38330,"p75":62230,"p90":80030,"hourlyMean":25.92,"employment":42420},"ep2025":{"changePercent":9.8,"changeNumeric":4.4,"openingsPerYear":3.3,"employmentBase":45.2,"education":"No formal educational credential","selfEmployedPercent":21.1},"ep2024":{"changePercent":10.1,"changeNumeric":5.3,"openingsPerYear":4.2,"employmentBase":52.6,"education":"No formal educational credential","selfEmployedPercent":25.7}},
"lineman":{"query":"Electrical Power-Line Installers and Repairers","soc":"49-9051","title":"Electrical Power-Line Installers and Repairers","oews2025":{"mean":91970,"median":95320,"p10":51470,"p25":67270,"p75":109740,"p90":128690,"hourlyMean":44.22,"employment":131070},"oews2024":{"mean":90110,"median":92560,"p10":50020,"p25":65740,"p75":107940,"p90":126610,"hourlyMean":43.32,"employment":123680},"oews2023":{"mean":85900,"median":85420,"p10":48220,"p25":63120,"p75":104230,"p90":119920,"hourlyMean":41.3,"employment":120170},"ep2025":{"changePercent":10.3,"changeNumeric":13.6,"openingsPerYear":10.9,"employmentBase":131.9,"education":"High school diploma or equivalent","selfEmployedPercent":0.3},"ep2024":{"changePercent":6.6,"changeNumeric":8.4,"openingsPerYear":10.7,"employmentBase":127.4,"education":"High school diploma or equivalent","selfEmployedPercent":1.4}},
"telecom":{"query":"Telecom Technician","soc":"49-2022","title":"Telecommunications Equipment Installers and Repairers, Except Line Installers","oews2025":{"mean":68500,"median":63890,"p10":44240,"p25":51830,"p75":81690,"p90":96730,"hourlyMean":32.93,"employment":140920},"oews2024":{"mean":66650,"median":62630,"p10":42440,"p25":50580,"p75":80040,"p90":94970,"hourlyMean":32.04,"employment":153890},"oews2023":{"mean":64010,"median":61270,"p10":38360,"p25":47870,"p75":78230,"p90":91740,"hourlyMean":30.77,"employment":159670},"ep2025":{"changePercent":-3.3,"changeNumeric":-4.7,"openingsPerYear":11.3,"employmentBase":143.1,"education":"Postsecondary nondegree award","selfEmployedPercent":0.8},"ep2024":{"changePercent":-4.2,"changeNumeric":-6.6,"openingsPerYear":13.2,"employmentBase":156.9,"education":"Postsecondary nondegree award","selfEmployedPercent":1.9}},
"locomotive":{"query":"Locomotive Engineer","soc":"53-4011","title":"Locomotive Engineers","oews2025":{"mean":85900,"median":81410,"p10":60680,"p25":75190,"p75":93260,"p90":109220,"hourlyMean":41.3,"employment":33470},"oews2024":{"mean":81540,"median":77400,"p10":60980,"p25":73410,"p75":84230,"p90":100690,"hourlyMean":39.2,"employment":31990},"oews2023":{"mean":75870,"median":74770,"p10":59450,"p25":73240,"p75":80340,"p90":92670,"hourlyMean":36.48,"employment":32390},"ep2025":{"changePercent":0.5,"changeNumeric":0.1,"openingsPerYear":2,"employmentBase":27.4,"education":"High school diploma or equivalent","selfEmployedPercent":null},"ep2024":{"changePercent":0.7,"changeNumeric":0.2,"openingsPerYear":2.2,"employmentBase":27,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"conductor":{"query":"Train Conductor","soc":"53-4031","title":"Railroad Conductors and Yardmasters","oews2025":{"mean":79100,"median":78000,"p10":58740,"p25":65610,"p75":83820,"p90":109770,"hourlyMean":38.03,"employment":46440},"oews2024":{"mean":75490,"median":74080,"p10":53490,"p25":63480,"p75":82060,"p90":103350,"hourlyMean":36.29,"employment":42710},"oews2023":{"mean":72220,"median":71130,"p10":54610,"p25":62180,"p75":78490,"p90":99210,"hourlyMean":34.72,"employment":46490},"ep2025":{"changePercent":0.9,"changeNumeric":0.3,"openingsPerYear":3,"employmentBase":38.9,"education":"High school diploma or equivalent","selfEmployedPercent":null},"ep2024":{"changePercent":1.1,"changeNumeric":0.4,"openingsPerYear":3.1,"employmentBase":36.8,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"captain":{"query":"Ship Captain","soc":"53-5021","title":"Captains, Mates, and Pilots of Water Vessels","oews2025":{"mean":103720,"median":92460,"p10":47420,"p25":63880,"p75":127180,"p90":170640,"hourlyMean":49.87,"employment":36850},"oews2024":{"mean":97660,"median":85540,"p10":46260,"p25":60800,"p75":124530,"p90":164230,"hourlyMean":46.95,"employment":35390},"oews2023":{"mean":97820,"median":88730,"p10":44600,"p25":60550,"p75":123640,"p90":161510,"hourlyMean":47.03,"employment":34520},"ep2025":{"changePercent":4,"changeNumeric":1.7,"openingsPerYear":3.8,"employmentBase":41.3,"education":"Postsecondary nondegree award","selfEmployedPercent":8.2},"ep2024":{"changePercent":0.5,"changeNumeric":0.2,"openingsPerYear":4.3,"employmentBase":40.7,"education":"Postsecondary nondegree award","selfEmployedPercent":7.1}},
"sailor":{"query":"Sailor","soc":"53-5011","title":"Sailors and Marine Oilers","oews2025":{"mean":56830,"median":51520,"p10":34560,"p25":41430,"p75":67590,"p90":83620,"hourlyMean":27.32,"employment":31670},"oews2024":{"mean":55320,"median":49610,"p10":33350,"p25":38450,"p75":65370,"p90":81890,"hourlyMean":26.59,"employment":31360},"oews2023":{"mean":53470,"median":48400,"p10":32240,"p25":37960,"p75":62700,"p90":79180,"hourlyMean":25.71,"employment":29960},"ep2025":{"changePercent":3.2,"changeNumeric":1.1,"openingsPerYear":3.6,"employmentBase":33,"education":"No formal educational credential","selfEmployedPercent":0.5},"ep2024":{"changePercent":2.3,"changeNumeric":0.7,"openingsPerYear":3.9,"employmentBase":32.1,"education":"No formal educational credential","selfEmployedPercent":null}},
"dispatcher":{"query":"Police Dispatcher","soc":"43-5031","title":"Public Safety Telecommunicators","oews2025":{"mean":56740,"median":53040,"p10":37320,"p25":45210,"p75":64260,"p90":79830,"hourlyMean":27.28,"employment":102500},"oews2024":{"mean":54800,"median":50730,"p10":35640,"p25":42140,"p75":62840,"p90":78110,"hourlyMean":26.35,"employment":101140},"oews2023":{"mean":52140,"median":48890,"p10":33490,"p25":39560,"p75":61460,"p90":75910,"hourlyMean":25.07,"employment":97820},"ep2025":{"changePercent":3.7,"changeNumeric":3.9,"openingsPerYear":9,"employmentBase":105.6,"education":"High school diploma or equivalent","selfEmployedPercent":0.1},"ep2024":{"changePercent":3.5,"changeNumeric":3.6,"openingsPerYear":10.7,"employmentBase":105.2,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"emd":{"query":"Emergency Management Director","soc":"11-9161","title":"Emergency Management Directors","oews2025":{"mean":102420,"median":93330,"p10":54210,"p25":67910,"p75":126490,"p90":166430,"hourlyMean":49.24,"employment":13500},"oews2024":{"mean":97700,"median":86130,"p10":51260,"p25":64470,"p75":119690,"p90":160420,"hourlyMean":46.97,"employment":12570},"oews2023":{"mean":93690,"median":83960,"p10":50340,"p25":62630,"p75":112190,"p90":151560,"hourlyMean":45.05,"employment":11910},"ep2025":{"changePercent":3.9,"changeNumeric":0.5,"openingsPerYear":1.1,"employmentBase":14,"education":"Bachelor's degree","selfEmployedPercent":null},"ep2024":{"changePercent":3,"changeNumeric":0.4,"openingsPerYear":1,"employmentBase":13.2,"education":"Bachelor's degree","selfEmployedPercent":null}},
"forester":{"query":"Forester","soc":"19-1032","title":"Foresters","oews2025":{"mean":79170,"median":76400,"p10":50790,"p25":62710,"p75":91640,"p90":109700,"hourlyMean":38.06,"employment":10430},"oews2024":{"mean":74670,"median":70660,"p10":49240,"p25":58810,"p75":85450,"p90":103220,"hourlyMean":35.9,"employment":9650},"oews2023":{"mean":70680,"median":67330,"p10":46700,"p25":55520,"p75":82120,"p90":98590,"hourlyMean":33.98,"employment":9450},"ep2025":{"changePercent":2.2,"changeNumeric":0.3,"openingsPerYear":0.9,"employmentBase":13.2,"education":"Bachelor's degree","selfEmployedPercent":0.5},"ep2024":{"changePercent":1.2,"changeNumeric":0.2,"openingsPerYear":1.1,"employmentBase":13.8,"education":"Bachelor's degree","selfEmployedPercent":3.4}},
"conservation":{"query":"Conservation Scientist","soc":"19-1031","title":"Conservation Scientists","oews2025":{"mean":77130,"median":73010,"p10":47550,"p25":57700,"p75":91560,"p90":110410,"hourlyMean":37.08,"employment":25950},"oews2024":{"mean":74310,"median":67950,"p10":45260,"p25":53190,"p75":87980,"p90":107720,"hourlyMean":35.73,"employment":25590},"oews2023":{"mean":73160,"median":68750,"p10":42850,"p25":53000,"p75":87460,"p90":105460,"hourlyMean":35.17,"employment":22790},"ep2025":{"changePercent":5.3,"changeNumeric":1.5,"openingsPerYear":2.1,"employmentBase":27.7,"education":"Bachelor's degree","selfEmployedPercent":0.4},"ep2024":{"changePercent":3.4,"changeNumeric":1,"openingsPerYear":2.5,"employmentBase":28.5,"education":"Bachelor's degree","selfEmployedPercent":3.5}},
"geologist":{"query":"Geologist","soc":"19-2042","title":"Geoscientists, Except Hydrologists and Geographers","oews2025":{"mean":116150,"median":101920,"p10":59330,"p25":75110,"p75":139380,"p90":200230,"hourlyMean":55.84,"employment":23470},"oews2024":{"mean":111310,"median":99240,"p10":58790,"p25":72440,"p75":134350,"p90":178880,"hourlyMean":53.52,"employment":22510},"oews2023":{"mean":104000,"median":92580,"p10":52500,"p25":66280,"p75":127480,"p90":172600,"hourlyMean":50,"employment":24620},"ep2025":{"changePercent":5.1,"changeNumeric":1.3,"openingsPerYear":1.8,"employmentBase":25.4,"education":"Bachelor's degree","selfEmployedPercent":4.9},"ep2024":{"changePercent":3.2,"changeNumeric":0.8,"openingsPerYear":2,"employmentBase":25.1,"education":"Bachelor's degree","selfEmployedPercent":7}},
"hydrologist":{"query":"Hydrologist","soc":"19-2043","title":"Hydrologists","oews2025":{"mean":103600,"median":96600,"p10":64020,"p25":77210,"p75":122830,"p90":153130,"hourlyMean":49.81,"employment":5850},"oews2024":{"mean":98130,"median":92060,"p10":60010,"p25":73330,"p75":114940,"p90":139420,"hourlyMean":47.18,"employment":5720},"oews2023":{"mean":96410,"median":88770,"p10":57120,"p25":69240,"p75":114710,"p90":141790,"hourlyMean":46.35,"employment":6150},"ep2025":{"changePercent":1.5,"changeNumeric":0.1,"openingsPerYear":0.4,"employmentBase":6.3,"education":"Bachelor's degree","selfEmployedPercent":2.1},"ep2024":{"changePercent":-0.1,"changeNumeric":0,"openingsPerYear":0.5,"employmentBase":6.3,"education":"Bachelor's degree","selfEmployedPercent":3.1}},
"physicist":{"query":"Physicist","soc":"19-2012","title":"Physicists","oews2025":{"mean":171180,"median":172250,"p10":82110,"p25":111720,"p75":222760,"p90":274110,"hourlyMean":82.3,"employment":20430},"oews2024":{"mean":166000,"median":166290,"p10":80020,"p25":117450,"p75":210260,"hourlyMean":79.81,"employment":21340},"oews2023":{"mean":158270,"median":155680,"p10":80950,"p25":112610,"p75":186330,"p90":232940,"hourlyMean":76.09,"employment":18350},"ep2025":{"changePercent":7.2,"changeNumeric":1.7,"openingsPerYear":1.3,"employmentBase":23.2,"education":"Doctoral or professional degree","selfEmployedPercent":7},"ep2024":{"changePercent":4,"changeNumeric":1,"openingsPerYear":1.7,"employmentBase":24.6,"education":"Doctoral or professional degree","selfEmployedPercent":8.7}},
"astronomer":{"query":"Astronomer","soc":"19-2011","title":"Astronomers","oews2025":{"mean":132920,"median":128820,"p10":78010,"p25":99920,"p75":166000,"p90":195190,"hourlyMean":63.91,"employment":2120},"oews2024":{"mean":134430,"median":132170,"p10":70730,"p25":94990,"p75":177690,"p90":191880,"hourlyMean":64.63,"employment":1560},"oews2023":{"mean":128940,"median":127930,"p10":56500,"p25":85600,"p75":172210,"p90":183500,"hourlyMean":61.99,"employment":2080},"ep2025":{"changePercent":7.8,"changeNumeric":0.2,"openingsPerYear":0.1,"employmentBase":2.4,"education":"Doctoral or professional degree","selfEmployedPercent":5.8},"ep2024":{"changePercent":2.2,"changeNumeric":0,"openingsPerYear":0.1,"employmentBase":1.8,"education":"Doctoral or professional degree","selfEmployedPercent":5.4}},
"micro":{"query":"Microbiologist","soc":"19-1022","title":"Microbiologists","oews2025":{"mean":97600,"median":87990,"p10":54670,"p25":67100,"p75":122350,"p90":150000,"hourlyMean":46.92,"employment":18940},"oews2024":{"mean":95200,"median":87330,"p10":51220,"p25":63920,"p75":120750,"p90":150650,"hourlyMean":45.77,"employment":19760},"oews2023":{"mean":93380,"median":85470,"p10":49070,"p25":62770,"p75":120240,"p90":147470,"hourlyMean":44.89,"employment":21540},"ep2025":{"changePercent":6.2,"changeNumeric":1.3,"openingsPerYear":1.5,"employmentBase":20.1,"education":"Bachelor's degree","selfEmployedPercent":2},"ep2024":{"changePercent":4.1,"changeNumeric":0.8,"openingsPerYear":1.7,"employmentBase":20.7,"education":"Bachelor's degree","selfEmployedPercent":1.3}},
"biotech":{"query":"Biological Technician","soc":"19-4021","title":"Biological Technicians","oews2025":{"mean":61380,"median":57510,"p10":40330,"p25":48130,"p75":71520,"p90":84940,"hourlyMean":29.51,"employment":69620},"oews2024":{"mean":58020,"median":52000,"p10":38060,"p25":45380,"p75":66410,"p90":81990,"hourlyMean":27.89,"employment":76190},"oews2023":{"mean":56540,"median":51430,"p10":36970,"p25":42390,"p75":65510,"p90":80330,"hourlyMean":27.18,"employment":76990},"ep2025":{"changePercent":7.4,"changeNumeric":5.5,"openingsPerYear":9.4,"employmentBase":74.4,"education":"Bachelor's degree","selfEmployedPercent":0.1},"ep2024":{"changePercent":3.5,"changeNumeric":2.9,"openingsPerYear":9.1,"employmentBase":82.7,"education":"Bachelor's degree","selfEmployedPercent":null}},
"foodsci":{"query":"Food Scientist","soc":"19-1012","title":"Food Scientists and Technologists","oews2025":{"mean":95360,"median":88720,"p10":52920,"p25":68810,"p75":116650,"p90":145280,"hourlyMean":45.85,"employment":13060},"oews2024":{"mean":92190,"median":85310,"p10":49580,"p25":65240,"p75":111700,"p90":141860,"hourlyMean":44.32,"employment":14370},"oews2023":{"mean":88350,"median":82090,"p10":48480,"p25":63980,"p75":105640,"p90":135430,"hourlyMean":42.48,"employment":14100},"ep2025":{"changePercent":6.2,"changeNumeric":0.9,"openingsPerYear":1,"employmentBase":14.1,"education":"Bachelor's degree","selfEmployedPercent":5.7},"ep2024":{"changePercent":6.5,"changeNumeric":1,"openingsPerYear":1.2,"employmentBase":15.2,"education":"Bachelor's degree","selfEmployedPercent":3.3}},
"ageng":{"query":"Agricultural Engineer","soc":"17-2021","title":"Agricultural Engineers","oews2025":{"mean":108230,"median":98590,"p10":68060,"p25":82260,"p75":124880,"p90":166460,"hourlyMean":52.04,"employment":1480},"oews2024":{"mean":84240,"median":84630,"p10":43020,"p25":49930,"p75":103940,"p90":132700,"hourlyMean":40.5,"employment":1680},"oews2023":{"mean":93490,"median":88750,"p10":62150,"p25":79620,"p75":101030,"p90":127590,"hourlyMean":44.95,"employment":1860},"ep2025":{"changePercent":6.9,"changeNumeric":0.1,"openingsPerYear":0.1,"employmentBase":1.5,"education":"Bachelor's degree","selfEmployedPercent":null},"ep2024":{"changePercent":5.9,"changeNumeric":0.1,"openingsPerYear":0.1,"employmentBase":1.7,"education":"Bachelor's degree","selfEmployedPercent":null}},
"medlab":{"query":"Medical Lab Technician","soc":"29-2010","title":"Clinical Laboratory Technologists and Technicians","oews2025":{"mean":67350,"median":62930,"p10":38910,"p25":47650,"p75":81450,"p90":100990,"hourlyMean":32.38,"employment":332940},"oews2024":{"mean":65320,"median":61890,"p10":38020,"p25":46580,"p75":80010,"p90":97990,"hourlyMean":31.41,"employment":343040},"oews2023":{"mean":62870,"median":60780,"p10":36770,"p25":45080,"p75":78120,"p90":93900,"hourlyMean":30.22,"employment":334380},"ep2025":{"changePercent":2.7,"changeNumeric":9.4,"openingsPerYear":20.8,"employmentBase":343,"education":"Bachelor's degree","selfEmployedPercent":null},"ep2024":{"changePercent":1.7,"changeNumeric":6,"openingsPerYear":22.6,"employmentBase":351.2,"education":"Bachelor's degree","selfEmployedPercent":0.5}},
"cvt":{"query":"Cardiovascular Technologist","soc":"29-2031","title":"Cardiovascular Technologists and Technicians","oews2025":{"mean":76940,"median":74310,"p10":39000,"p25":47890,"p75":98110,"p90":121350,"hourlyMean":36.99,"employment":62960},"oews2024":{"mean":72890,"median":67260,"p10":37890,"p25":46470,"p75":91430,"p90":108900,"hourlyMean":35.04,"employment":61180},"oews2023":{"mean":70270,"median":66170,"p10":36620,"p25":44160,"p75":85930,"p90":105140,"hourlyMean":33.79,"employment":55660},"ep2025":{"changePercent":3.7,"changeNumeric":2.4,"openingsPerYear":3.4,"employmentBase":64.5,"education":"Associate's degree","selfEmployedPercent":1.2},"ep2024":{"changePercent":3,"changeNumeric":1.9,"openingsPerYear":3.8,"employmentBase":64.7,"education":"Associate's degree","selfEmployedPercent":3.7}},
"dentlab":{"query":"Dental Lab Technician","soc":"51-9081","title":"Dental Laboratory Technicians","oews2025":{"mean":54290,"median":49610,"p10":36660,"p25":40420,"p75":62070,"p90":76940,"hourlyMean":26.1,"employment":34410},"oews2024":{"mean":54060,"median":48310,"p10":36100,"p25":39250,"p75":62320,"p90":78680,"hourlyMean":25.99,"employment":33920},"oews2023":{"mean":52390,"median":47690,"p10":33940,"p25":38250,"p75":60880,"p90":77460,"hourlyMean":25.19,"employment":34190},"ep2025":{"changePercent":-5.9,"changeNumeric":-2,"openingsPerYear":3.6,"employmentBase":34.4,"education":"High school diploma or equivalent","selfEmployedPercent":1},"ep2024":{"changePercent":-4.7,"changeNumeric":-1.6,"openingsPerYear":3.9,"employmentBase":35.2,"education":"High school diploma or equivalent","selfEmployedPercent":4}},
"ortho":{"query":"Orthodontist","soc":"29-1023","title":"Orthodontists","oews2025":{"mean":259400,"median":289140,"p10":99850,"p25":146580,"p75":342300,"p90":416000,"hourlyMean":124.71,"employment":6210},"oews2024":{"mean":254620,"p10":98560,"p25":137320,"hourlyMean":122.41,"employment":5150},"oews2023":{"mean":243620,"p10":89980,"p25":132000,"hourlyMean":117.13,"employment":6400},"ep2025":{"changePercent":6,"changeNumeric":0.4,"openingsPerYear":0.2,"employmentBase":7.1,"education":"Doctoral or professional degree","selfEmployedPercent":12.6},"ep2024":{"changePercent":4.4,"changeNumeric":0.3,"openingsPerYear":0.2,"employmentBase":5.9,"education":"Doctoral or professional degree","selfEmployedPercent":12}},
"receptionist":{"query":"Receptionist","soc":"43-4171","title":"Receptionists and Information Clerks","oews2025":{"mean":39460,"median":38010,"p10":28760,"p25":33960,"p75":45130,"p90":49950,"hourlyMean":18.97,"employment":910180},"oews2024":{"mean":38480,"median":37230,"p10":28280,"p25":32660,"p75":44070,"p90":48870,"hourlyMean":18.5,"employment":964530},"oews2023":{"mean":36590,"median":35840,"p10":26940,"p25":30450,"p75":40720,"p90":47360,"hourlyMean":17.59,"employment":1003820},"ep2025":{"changePercent":-1.7,"changeNumeric":-16,"openingsPerYear":105.1,"employmentBase":947.5,"education":"High school diploma or equivalent","selfEmployedPercent":0.7},"ep2024":{"changePercent":0,"changeNumeric":0.3,"openingsPerYear":128.5,"employmentBase":1007.2,"education":"High school diploma or equivalent","selfEmployedPercent":0.6}},
"admin":{"query":"Administrative Assistant","soc":"43-6014","title":"Secretaries and Administrative Assistants, Except Legal, Medical, and Executive","oews2025":{"mean":49350,"median":47540,"p10":33280,"p25":38830,"p75":58000,"p90":66350,"hourlyMean":23.73,"employment":1706790},"oews2024":{"mean":47640,"median":46290,"p10":31600,"p25":37770,"p75":55650,"p90":64150,"hourlyMean":22.9,"employment":1737820},"oews2023":{"mean":45490,"median":44280,"p10":30280,"p25":36330,"p75":52200,"p90":62340,"hourlyMean":21.87,"employment":1785430},"ep2025":{"changePercent":-6,"changeNumeric":-114.1,"openingsPerYear":163.9,"employmentBase":1889.8,"education":"High school diploma or equivalent","selfEmployedPercent":1.5},"ep2024":{"changePercent":-1.6,"changeNumeric":-30.8,"openingsPerYear":202.8,"employmentBase":1944,"education":"High school diploma or equivalent","selfEmployedPercent":1.9}},
"csr":{"query":"Customer Service Representative","soc":"43-4051","title":"Customer Service Representatives","oews2025":{"mean":46590,"median":44770,"p10":31750,"p25":36870,"p75":51780,"p90":63590,"hourlyMean":22.4,"employment":2595750},"oews2024":{"mean":45380,"median":42830,"p10":30690,"p25":35970,"p75":50140,"p90":62730,"hourlyMean":21.82,"employment":2725930},"oews2023":{"mean":43520,"median":39680,"p10":29560,"p25":34780,"p75":48480,"p90":61250,"hourlyMean":20.92,"employment":2858710},"ep2025":{"changePercent":-5.3,"changeNumeric":-141.8,"openingsPerYear":289.5,"employmentBase":2666,"education":"High school diploma or equivalent","selfEmployedPercent":0.5},"ep2024":{"changePercent":-5.5,"changeNumeric":-153.7,"openingsPerYear":341.7,"employmentBase":2814,"education":"High school diploma or equivalent","selfEmployedPercent":0.8}},
"teller":{"query":"Bank Teller","soc":"43-3071","title":"Tellers","oews2025":{"mean":42350,"median":43030,"p10":34360,"p25":37040,"p75":46580,"p90":49680,"hourlyMean":20.36,"employment":329480},"oews2024":{"mean":40940,"median":39340,"p10":31270,"p25":36420,"p75":45550,"p90":48270,"hourlyMean":19.68,"employment":339340},"oews2023":{"mean":38850,"median":37640,"p10":29720,"p25":34970,"p75":43900,"p90":46950,"hourlyMean":18.68,"employment":340820},"ep2025":{"changePercent":-13.2,"changeNumeric":-44.7,"openingsPerYear":26.8,"employmentBase":339.2,"education":"High school diploma or equivalent","selfEmployedPercent":null},"ep2024":{"changePercent":-12.9,"changeNumeric":-44.9,"openingsPerYear":29.8,"employmentBase":347.4,"education":"High school diploma or equivalent","selfEmployedPercent":null}},
"sped":{"query":"Special Education Teacher","soc":"25-2052","title":"Special Education Teachers, Kindergarten and Elementary School","oews2025":{"mean":72650,"median":65120,"p10":49350,"p25":59710,"p75":80280,"p90":103010,"employment":260870},"oews2024":{"mean":70150,"median":63000,"p10":47590,"p25":57050,"p75":79320,"p90":100620,"employment":231570},"oews2023":{"mean":71770,"median":64910,"p10":47710,"p25":54360,"p75":81990,"p90":103430,"employment":212850},"ep2025":{"changePercent":-0.4,"changeNumeric":null,"openingsPerYear":16.4,"employmentBase":259.1,"education":"Bachelor's degree","selfEmployedPercent":null},"ep2024":{"changePercent":-1.8,"changeNumeric":-4.1,"openingsPerYear":15.4,"employmentBase":230.2,"education":"Bachelor's degree","selfEmployedPercent":0.3}},
"middle":{"query":"Middle School Teacher","soc":"25-2022","title":"Middle School Teachers, Except Special and Career/Technical Education","oews2025":{"mean":72030,"median":64370,"p10":48080,"p25":58530,"p75":80490,"p90":102540,"employment":620090},"oews2024":{"mean":70040,"median":62970,"p10":47050,"p25":53540,"p75":79380,"p90":100980,"employment":620370},"oews2023":{"mean":71460,"median":64290,"p10":47490,"p25":52040,"p75":82120,"p90":104410,"employment":626690},"ep2025":{"changePercent":-0.4,"changeNumeric":-2.6,"openingsPerYear":38.8,"employmentBase":630.1,"education":"Bachelor's degree","selfEmployedPercent":0.3},"ep2024":{"changePercent":-2,"changeNumeric":-12.4,"openingsPerYear":40.5,"employmentBase":633.7,"education":"Bachelor's degree","selfEmployedPercent":0.6}},
"mft":{"query":"Marriage and Family Therapist","soc":"21-1013","title":"Marriage and Family Therapists","oews2025":{"mean":76960,"median":66940,"p10":44650,"p25":50070,"p75":93840,"p90":123730,"hourlyMean":37,"employment":66740},"oews2024":{"mean":72720,"median":63780,"p10":42610,"p25":48600,"p75":85020,"p90":111610,"hourlyMean":34.96,"employment":65870},"oews2023":{"mean":68730,"median":58510,"p10":39090,"p25":45250,"p75":78440,"p90":104710,"hourlyMean":33.04,"employment":63340},"ep2025":{"changePercent":13.5,"changeNumeric":10.3,"openingsPerYear":6.9,"employmentBase":76.3,"education":"Master's degree","selfEmployedPercent":10.9},"ep2024":{"changePercent":12.6,"changeNumeric":9.8,"openingsPerYear":7.7,"employmentBase":77.8,"education":"Master's degree","selfEmployedPercent":12.8}},
"rehab":{"query":"Rehabilitation Counselor","soc":"21-1015","title":"Rehabilitation Counselors","oews2025":{"mean":51820,"median":46850,"p10":35060,"p25":38770,"p75":59260,"p90":77170,"hourlyMean":24.91,"employment":94740},"oews2024":{"mean":51260,"median":46110,"p10":34480,"p25":38700,"p75":59040,"p90":77200,"hourlyMean":24.64,"employment":88930},"oews2023":{"mean":48430,"median":44040,"p10":31390,"p25":36440,"p75":56610,"p90":73710,"hourlyMean":23.28,"employment":84750},"ep2025":{"changePercent":2.2,"changeNumeric":2.2,"openingsPerYear":8.2,"employmentBase":96.9,"education":"Master's degree","selfEmployedPercent":null},"ep2024":{"changePercent":1.4,"changeNumeric":1.3,"openingsPerYear":10,"employmentBase":91.9,"education":"Master's degree","selfEmployedPercent":null}},
"funeral":{"query":"Morticians, Undertakers, and Funeral Arrangers","soc":"39-4031","title":"Morticians, Undertakers, and Funeral Arrangers","oews2025":{"mean":58160,"median":55010,"p10":33350,"p25":42430,"p75":72010,"p90":88620,"hourlyMean":27.96,"employment":25100},"oews2024":{"mean":56340,"median":49800,"p10":31470,"p25":38470,"p75":67140,"p90":85940,"hourlyMean":27.09,"employment":25700},"oews2023":{"mean":58020,"median":51030,"p10":30660,"p25":39320,"p75":71300,"p90":91870,"hourlyMean":27.9,"employment":24200},"ep2025":{"changePercent":3,"changeNumeric":0.8,"openingsPerYear":3,"employmentBase":26.7,"education":"Associate's degree","selfEmployedPercent":5.2},"ep2024":{"changePercent":3.1,"changeNumeric":0.8,"openingsPerYear":3.2,"employmentBase":27.5,"education":"Associate's degree","selfEmployedPercent":5}},
"embalmer":{"query":"Embalmer","soc":"39-4011","title":"Embalmers","oews2025":{"mean":58390,"median":58780,"p10":38310,"p25":48010,"p75":66130,"p90":77570,"hourlyMean":28.07,"employment":3890},"oews2024":{"mean":57520,"median":56280,"p10":35160,"p25":46160,"p75":64760,"p90":78740,"hourlyMean":27.65,"employment":3420},"oews2023":{"mean":56690,"median":54090,"p10":35360,"p25":45130,"p75":63100,"p90":79650,"hourlyMean":27.26,"employment":3380},"ep2025":{"changePercent":0.7,"changeNumeric":0,"openingsPerYear":0.7,"employmentBase":3.9,"education":"Associate's degree","selfEmployedPercent":null},"ep2024":{"changePercent":1.3,"changeNumeric":0,"openingsPerYear":0.6,"employmentBase":3.6,"education":"Associate's degree","selfEmployedPercent":4.8}},
"janitor":{"query":"Janitor","soc":"37-2011","title":"Janitors and Cleaners, Except Maids and Housekeeping Cleaners","oews2025":{"mean":38760,"median":36840,"p10":28640,"p25":32240,"p75":44060,"p90":50270,"hourlyMean":18.64,"employment":2209760},"oews2024":{"mean":37460,"median":35930,"p10":27570,"p25":30830,"p75":41650,"p90":49040,"hourlyMean":18.01,"employment":2199900},"oews2023":{"mean":36250,"median":35020,"p10":25770,"p25":29570,"p75":39630,"p90":48210,"hourlyMean":17.43,"employment":2172500},"ep2025":{"changePercent":2.2,"changeNumeric":53.6,"openingsPerYear":321.8,"employmentBase":2432.6,"education":"No formal educational credential","selfEmployedPercent":4.8},"ep2024":{"changePercent":2,"changeNumeric":47.8,"openingsPerYear":351.3,"employmentBase":2447.7,"education":"No formal educational credential","selfEmployedPercent":5.5}},
"housekeeper":{"query":"Housekeeper","soc":"37-2012","title":"Maids and Housekeeping Cleaners","oews2025":{"mean":37080,"median":35510,"p10":27640,"p25":30350,"p75":39590,"p90":48570,"hourlyMean":17.83,"employment":860670},"oews2024":{"mean":36180,"median":34660,"p10":26800,"p25":29630,"p75":38510,"p90":47590,"hourlyMean":17.39,"employment":854910},"oews2023":{"mean":34650,"median":33450,"p10":24520,"p25":28600,"p75":37640,"p90":45680,"hourlyMean":16.66,"employment":836230},"ep2025":{"changePercent":0.6,"changeNumeric":7.4,"openingsPerYear":175.5,"employmentBase":1332.1,"education":"No formal educational credential","selfEmployedPercent":13.7},"ep2024":{"changePercent":0.4,"changeNumeric":6,"openingsPerYear":193.5,"employmentBase":1356.8,"education":"No formal educational credential","selfEmployedPercent":12.8}},
"trainer":{"query":"Animal Trainer","soc":"39-2011","title":"Animal Trainers","oews2025":{"mean":47020,"median":39990,"p10":29600,"p25":33740,"p75":53580,"p90":75490,"hourlyMean":22.61,"employment":18770},"oews2024":{"mean":45780,"median":38750,"p10":29120,"p25":32870,"p75":48900,"p90":70800,"hourlyMean":22.01,"employment":20110},"oews2023":{"mean":44910,"median":38810,"p10":28960,"p25":33120,"p75":49080,"p90":65320,"hourlyMean":21.59,"employment":19240},"ep2025":{"changePercent":4.2,"changeNumeric":2,"openingsPerYear":6.5,"employmentBase":47.8,"education":"High school diploma or equivalent","selfEmployedPercent":38.7},"ep2024":{"changePercent":5.1,"changeNumeric":2.4,"openingsPerYear":7.1,"employmentBase":47.3,"education":"High school diploma or equivalent","selfEmployedPercent":38.8}},
"caretaker":{"query":"Animal Caretaker","soc":"39-2021","title":"Animal Caretakers","oews2025":{"mean":37300,"median":35360,"p10":27250,"p25":29820,"p75":40050,"p90":50060,"hourlyMean":17.94,"employment":266910},"oews2024":{"mean":34750,"median":33470,"p10":24500,"p25":28870,"p75":37160,"p90":46480,"hourlyMean":16.71,"employment":277300},"oews2023":{"mean":33530,"median":31200,"p10":23180,"p25":28030,"p75":36220,"p90":45080,"hourlyMean":16.12,"employment":268830},"ep2025":{"changePercent":12.1,"changeNumeric":44.1,"openingsPerYear":62.8,"employmentBase":365.3,"education":"High school diploma or equivalent","selfEmployedPercent":24.8},"ep2024":{"changePercent":12.1,"changeNumeric":47.6,"openingsPerYear":74.6,"employmentBase":392.1,"education":"High school diploma or equivalent","selfEmployedPercent":25.2}},
"baker":{"query":"Baker","soc":"51-3011","title":"Bakers","oews2025":{"mean":38480,"median":37160,"p10":28120,"p25":32660,"p75":44360,"p90":49020,"hourlyMean":18.5,"employment":236200},"oews2024":{"mean":37670,"median":36650,"p10":27560,"p25":31470,"p75":42570,"p90":48260,"hourlyMean":18.11,"employment":231890},"oews2023":{"mean":35550,"median":34950,"p10":24960,"p25":29570,"p75":38760,"p90":46980,"hourlyMean":17.09,"employment":220230},"ep2025":{"changePercent":5.5,"changeNumeric":14.5,"openingsPerYear":36.5,"employmentBase":262.4,"education":"No formal educational credential","selfEmployedPercent":10.1},"ep2024":{"changePercent":5.6,"changeNumeric":14,"openingsPerYear":39.9,"employmentBase":249.1,"education":"No formal educational credential","selfEmployedPercent":6.2}},
"butcher":{"query":"Butcher","soc":"51-3021","title":"Butchers and Meat Cutters","oews2025":{"mean":42380,"median":40140,"p10":29460,"p25":35510,"p75":48050,"p90":58110,"hourlyMean":20.37,"employment":136430},"oews2024":{"mean":41300,"median":38960,"p10":28850,"p25":34460,"p75":47200,"p90":57130,"hourlyMean":19.86,"employment":140040},"oews2023":{"mean":39680,"median":37650,"p10":27500,"p25":32240,"p75":46020,"p90":54600,"hourlyMean":19.08,"employment":136330},"ep2025":{"changePercent":2.4,"changeNumeric":3.3,"openingsPerYear":15.1,"employmentBase":138.4,"education":"No formal educational credential","selfEmployedPercent":1.2},"ep2024":{"changePercent":1,"changeNumeric":1.4,"openingsPerYear":16.9,"employmentBase":143.1,"education":"No formal educational credential","selfEmployedPercent":1.8}},
"programmer":{"query":"Computer Programmer","soc":"15-1251","title":"Computer Programmers","oews2025":{"mean":105170,"median":100390,"p10":57710,"p25":75850,"p75":130680,"p90":160460,"hourlyMean":50.56,"employment":92230},"oews2024":{"mean":103640,"median":98670,"p10":52190,"p25":71860,"p75":128960,"p90":162090,"hourlyMean":49.83,"employment":109870},"oews2023":{"mean":107750,"median":99700,"p10":58950,"p25":74610,"p75":129650,"p90":167230,"hourlyMean":51.8,"employment":120370},"ep2025":{"changePercent":-7.3,"changeNumeric":-8.1,"openingsPerYear":4.4,"employmentBase":110.8,"education":"Bachelor's degree","selfEmployedPercent":14.6},"ep2024":{"changePercent":-6,"changeNumeric":-7.2,"openingsPerYear":5.5,"employmentBase":121.2,"education":"Bachelor's degree","selfEmployedPercent":6.2}},
"architect":{"query":"Computer Network Architect","soc":"15-1241","title":"Computer Network Architects","oews2025":{"mean":139580,"median":134050,"p10":79900,"p25":104620,"p75":168200,"p90":202680,"hourlyMean":67.11,"employment":179740},"oews2024":{"mean":135890,"median":130390,"p10":79520,"p25":102120,"p75":164440,"p90":198030,"hourlyMean":65.33,"employment":177010},"oews2023":{"mean":133930,"median":129840,"p10":77960,"p25":100120,"p75":164080,"p90":195000,"hourlyMean":64.39,"employment":174100},"ep2025":{"changePercent":7.7,"changeNumeric":14.1,"openingsPerYear":9.6,"employmentBase":181.8,"education":"Bachelor's degree","selfEmployedPercent":0.4},"ep2024":{"changePercent":11.9,"changeNumeric":21.4,"openingsPerYear":11.2,"employmentBase":179.2,"education":"Bachelor's degree","selfEmployedPercent":0.4}}}''')

# article title as written -> DATA key
ROLEKEY = {
    "Farmer": "farmer", "Farmworker": "farmworker", "Hotel Manager": "hotel", "Restaurant Manager": "foodmgr",
    "Bartender": "bartender", "Waiter": "waiter", "Server": "waiter", "Photographer": "photographer", "Film Editor": "filmeditor",
    "Musician": "musician", "Actor": "actor", "Journalist": "journalist", "Reporter": "journalist",
    "Broadcast Technician": "broadcast", "Sheet Metal Worker": "sheetmetal", "Boilermaker": "boilermaker",
    "Elevator Installer": "elevator", "Millwright": "millwright", "Painter": "painter", "Drywall Installer": "drywall",
    "Brickmason": "brickmason", "Tile Setter": "tile", "Lineman": "lineman", "Telecom Technician": "telecom",
    "Locomotive Engineer": "locomotive", "Train Conductor": "conductor", "Ship Captain": "captain", "Sailor": "sailor",
    "Police Dispatcher": "dispatcher", "Emergency Management Director": "emd", "Forester": "forester",
    "Conservation Scientist": "conservation", "Geologist": "geologist", "Hydrologist": "hydrologist",
    "Physicist": "physicist", "Astronomer": "astronomer", "Microbiologist": "micro", "Biological Technician": "biotech",
    "Food Scientist": "foodsci", "Agricultural Engineer": "ageng", "Medical Lab Technician": "medlab",
    "Cardiovascular Technologist": "cvt", "Dental Lab Technician": "dentlab", "Orthodontist": "ortho",
    "Receptionist": "receptionist", "Administrative Assistant": "admin", "Customer Service Representative": "csr",
    "Bank Teller": "teller", "Special Education Teacher": "sped", "Middle School Teacher": "middle",
    "Marriage and Family Therapist": "mft", "Rehabilitation Counselor": "rehab", "Funeral Director": "funeral",
    "Embalmer": "embalmer", "Janitor": "janitor", "Housekeeper": "housekeeper", "Animal Trainer": "trainer",
    "Animal Caretaker": "caretaker", "Baker": "baker", "Butcher": "butcher", "Computer Programmer": "programmer",
    "Computer Network Architect": "architect",
}

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
exec(open(os.path.join(HERE, 'items7.py'), encoding='utf-8').read())


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
        sys.exit("refusing to write claims-holdout7:\n  " + "\n  ".join(errs))
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
