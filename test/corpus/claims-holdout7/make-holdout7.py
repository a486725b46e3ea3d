#!/usr/bin/env python3
"""Generate claims-holdout7 (claims.json, not-claims.json): a blind labelled corpus.

Every figure in DATA was copied from `node dist/cli.js roles "<query>" -f json` (first result):
  oews2025 = top-level "wages" + "employment" (release oews-2025, May 2025, current)
  oews2024 / oews2023 = "previous"[year].wages + employment (out of date)
  ep2025 = "outlooks"[ep-2025-35] (current), ep2024 = "outlooks"[ep-2024-34] (out of date):
           changePercent, changeNumeric (thousands), openingsPerYear (thousands), employmentBase (thousands),
           education, selfEmployedPercent.
Four titles resolve to the wrong occupation in the CLI ("Restaurant Manager" -> First-Line Supervisors of Food
Preparation and Serving Workers, "Lineman" -> Miscellaneous Assemblers and Fabricators, "Funeral Director" ->
Funeral Home Managers, "Server" -> Fast Food and Counter Workers); their figures were taken from the CLI queried with the exact BLS title. See README.md.

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
    # "Server" resolves to Fast Food and Counter Workers in the CLI; the figures are Waiters and Waitresses
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


# The corpus format (set by the lead after the blind score, before any tuning; see README): a pay range
# written in words ("between $A and $B", "from $A to as much as $B", "$A–$B") is ONE claim of statistic
# "range", as in the team corpus, raw from its first figure to the end of its second. The writer had
# labelled its ends as two percentile claims; the range's verdict is theirs when they agree, else mismatch.
RANGE_GAP = re.compile(r"^\s*(?:and|to|to\s+as\s+much\s+as|to\s+about|to\s+roughly|[-\u2013\u2014])\s*$", re.I)
RANGE_OPEN = re.compile(r"(?:between|from|anywhere\s+from|range(?:s|d)?\s+(?:is|of|from)?|ranging\s+from|:)\s*(?:about\s+|roughly\s+)?$", re.I)


def merged_ranges(item):
    text, claims, out, skip = item["text"], item["claims"], [], set()
    for i, a in enumerate(claims):
        if i in skip:
            continue
        b = claims[i + 1] if i + 1 < len(claims) else None
        if b and a["kind"] == b["kind"] == "salary" and a["role"] == b["role"] and a["place"] == b["place"] \
                and (a["statistic"], b["statistic"]) in (("p10", "p90"), ("p25", "p75")):
            sa, sb = text.index(a["raw"]), text.index(b["raw"])
            if sa < sb and RANGE_GAP.match(text[sa + len(a["raw"]):sb]) and RANGE_OPEN.search(text[max(0, sa - 30):sa]):
                verdict = a["verdict"] if a["verdict"] == b["verdict"] else "mismatch"
                out.append({**a, "raw": text[sa:sb + len(b["raw"])], "statistic": "range", "verdict": verdict})
                skip.add(i + 1)
                continue
        out.append(a)
    return out


# Also the lead's, with the ranges: an openings count's year is the one its own sentence states, as in
# holdouts 3 to 6 ("… are projected each year, on average, over the decade." after "from 2025 to 2035"
# states none); the verdict stays the writer's.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\d$])")


def own_sentence(text, raw):
    at = text.index(raw)
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text) if m.end() <= at]
    end = next((m.start() for m in SENTENCE_END.finditer(text) if m.start() >= at + len(raw)), len(text))
    return text[starts[-1]:end]


def openings_year(c, text, claims=()):
    if c["kind"] == "openings" and c["year"] is not None:
        # A list item or table row is its own sentence: "- Openings per year: 2,500" states no year.
        line_start = text.rfind("\n", 0, text.index(c["raw"])) + 1
        line_end = text.find("\n", text.index(c["raw"]))
        line = text[line_start:len(text) if line_end < 0 else line_end]
        sentence = own_sentence(line, c["raw"])
        year = re.compile(rf"{c['year']}|[-\u2013]\s*{c['year'] % 100}\b")
        if not year.search(sentence):
            return {**c, "year": None}
        # "grow 3% through 2034, …, with 5,600 openings a year": the period is the figure's before it,
        # not the openings' (as holdouts 2 and 6 label it); "openings … each year from 2024 to 2034" keep it.
        at = sentence.index(c["raw"])
        before = [o for o in claims if o is not c and o["raw"] in sentence[:at]]
        if not year.search(sentence[at:]) and before:
            return {**c, "year": None}
    return c


def strip(items):
    out = []
    for it in items:
        it = dict(it)
        it["claims"] = [statistic_as_written({k: v for k, v in c.items() if k != "neg"}, it["text"]) for c in it["claims"]]
        merged = merged_ranges(it)
        it["claims"] = [openings_year(c, it["text"], merged) for c in merged]
        out.append(it)
    return out


# ---------------------------------------------------------------- items
R = ("Farmer", "Farmworker")
I("farm-01", "ooh", R, "The median annual wage for farmers, ranchers, and other agricultural managers was $89,900 in May 2025. The lowest 10 percent earned less than $54,320, and the highest 10 percent earned more than $160,020.",
  [C("$89,900", "salary", "Farmer", "current", year=2025), C("$54,320", "salary", "Farmer", "current", "p10", year=2025), C("$160,020", "salary", "Farmer", "current", "p90", year=2025)], heading="Pay")
I("farm-02", "ooh", R, "Employment of farmers, ranchers, and other agricultural managers is projected to decline 3 percent from 2025 to 2035. Despite declining employment, about 70,800 openings for farmers, ranchers, and other agricultural managers are projected each year, on average, over the decade.",
  [C("3 percent", "outlook-percent", "Farmer", "current", year=2035, neg=True), C("70,800", "openings", "Farmer", "current", year=2035)], heading="Job Outlook")
I("farm-03", "comparison", R, "Farmers earn a median salary of about $88,000 a year, while farmworkers make closer to $35,000, and the gap says a lot about who owns the land and who works it.",
  [C("$88,000", "salary", "Farmer", "current"), C("$35,000", "salary", "Farmworker", "current")], heading="Farmer vs. Farmworker: What Are the Differences?")
I("farm-04", "table", R, "| | Farmer | Farmworker |\n|---|---|---|\n| Median pay | $87,980 | $34,470 |\n| Job outlook, 2024–34 | -1% | -3% |\n| Typical education | High school diploma | No formal credential |",
  [C("$87,980", "salary", "Farmer", "outdated"), C("$34,470", "salary", "Farmworker", "outdated"), C("-1%", "outlook-percent", "Farmer", "outdated", year=2034, neg=True),
   C("-3%", "outlook-percent", "Farmworker", "outdated", year=2034, neg=True), C("High school diploma", "education", "Farmer", "current"), C("No formal credential", "education", "Farmworker", "current")], heading="Farmer vs. farmworker at a glance")
I("farm-05", "faq", R, "How much do farmworkers make an hour? The typical crop, nursery, or greenhouse worker earns about $17 an hour nationally.",
  [C("$17", "salary", "Farmworker", "current", period="hour")], heading="FAQ")
I("farm-06", "forum", R, "Per BLS, farm managers average something like $130k a year. Don't believe it, nobody I know clears that after feed and fuel.",
  [C("$130k", "salary", "Farmer", "mismatch", "mean")])
I("farm-07", "career-site", R, "In California, which employs more farmworkers than any other state, crop workers earn a median of $38,500 a year.",
  [C("$38,500", "salary", "Farmworker", "unchecked", place="California")], heading="Where farmworkers earn the most")
I("farm-08", "ooh", R, "Farmers, ranchers, and other agricultural managers held about 788,700 jobs in 2025. About 67 percent were self-employed.",
  [C("788,700", "employment", "Farmer", "current", year=2025), C("67 percent", "self-employed", "Farmer", "current")], heading="Work Environment")
I("farm-09", "bullets", R, "Farmworker job facts:\n- Jobs: 546,800\n- Projected change, 2025–35: -13,200 jobs\n- Openings per year: 72,500",
  [C("546,800", "employment", "Farmworker", "current"), C("-13,200", "employment-change", "Farmworker", "current", year=2035, neg=True), C("72,500", "openings", "Farmworker", "current")])
I("farm-10", "career-site", R, "Most farmworkers earn about 35,000 dollars a year, and they typically need no formal educational credential to get hired, though a driver's license helps.",
  [C("35,000 dollars", "salary", "Farmworker", "current"), C("no formal educational credential", "education", "Farmworker", "current")])
N("farm-n1", R, "H-2A visa workers must be paid the Adverse Effect Wage Rate, which is set for 2026 in each state; seasonal contracts run 10 months at most.")
N("farm-n2", R, "A used compact tractor runs $18,000 to $25,000, and a new combine can top $500,000.")

R = ("Hotel Manager", "Restaurant Manager")
I("hosp-01", "comparison", R, "Hotel managers earn a median salary of $69,250, nearly identical to restaurant managers at $69,390, but their days look nothing alike.",
  [C("$69,250", "salary", "Hotel Manager", "current"), C("$69,390", "salary", "Restaurant Manager", "current")], heading="Hotel Manager vs. Restaurant Manager: What Are the Differences?")
I("hosp-02", "ooh", R, "The median annual wage for lodging managers was $68,130 in May 2024.",
  [C("$68,130", "salary", "Hotel Manager", "outdated", year=2024)], heading="Pay")
I("hosp-03", "ooh", R, "About 38,800 openings for food service managers are projected each year, on average, over the decade.",
  [C("38,800", "openings", "Restaurant Manager", "current", year=2035)], heading="Job Outlook")
I("hosp-04", "career-site", R, "About 31% of restaurant managers are self-employed, many of them owner-operators, compared with about 21% of hotel managers.",
  [C("31%", "self-employed", "Restaurant Manager", "current"), C("21%", "self-employed", "Hotel Manager", "current")])
I("hosp-05", "table", R, "| | Hotel manager | Restaurant manager |\n|---|---|---|\n| Average salary | $78,740 | $72,370 |\n| Jobs | 54,800 | 344,300 |\n| Entry-level education | High school diploma or GED | High school diploma or equivalent |",
  [C("$78,740", "salary", "Hotel Manager", "current", "mean"), C("$72,370", "salary", "Restaurant Manager", "outdated", "mean"), C("54,800", "employment", "Hotel Manager", "current"), C("344,300", "employment", "Restaurant Manager", "current"),
   C("High school diploma or GED", "education", "Hotel Manager", "current"), C("High school diploma or equivalent", "education", "Restaurant Manager", "current")])
I("hosp-06", "faq", R, "Do hotel managers make good money? Yes: the top 10% of lodging managers earn more than $128,880, while the bottom 10% make under $40,070.",
  [C("$128,880", "salary", "Hotel Manager", "current", "p90"), C("$40,070", "salary", "Hotel Manager", "current", "p10")], heading="FAQ")
I("hosp-07", "career-site", R, "In Las Vegas, lodging managers earn an average of $94,000, and the Nevada casino resorts employ about 1,200 of them.",
  [C("$94,000", "salary", "Hotel Manager", "unchecked", "mean", place="Las Vegas"), C("1,200", "employment", "Hotel Manager", "unchecked", place="Las Vegas")])
I("hosp-08", "school", R, "Our hospitality management graduates step into a field where restaurant managers earn about $36 an hour on average and hotel managers need only a bachelor's degree to advance quickly.",
  [C("$36", "salary", "Restaurant Manager", "current", "mean", period="hour"), C("bachelor's degree", "education", "Hotel Manager", "mismatch")])
I("hosp-09", "ooh", R, "Employment of lodging managers is projected to grow 4 percent from 2025 to 2035, adding about 2,100 jobs.",
  [C("4 percent", "outlook-percent", "Hotel Manager", "current", year=2035), C("2,100", "employment-change", "Hotel Manager", "current", year=2035)], heading="Job Outlook")
I("hosp-10", "forum", R, "BLS says restaurant GMs make a median of like $45k. I made more than that as a server lol.",
  [C("$45k", "salary", "Restaurant Manager", "mismatch")])
N("hosp-n1", R, "Front desk shifts run 7 a.m.–3 p.m., 3–11 p.m. and 11–7; the night auditor earns a $2 shift differential.")
N("hosp-n2", R, "Our ServSafe Manager course costs $179 and the exam takes 90 minutes with 80 questions.")

R = ("Bartender", "Waiter")
I("bar-01", "ooh", R, "The median hourly wage for bartenders was $16.51 in May 2025, including tips.",
  [C("$16.51", "salary", "Bartender", "current", period="hour", year=2025)], heading="Pay")
I("bar-02", "comparison", R, "Bartenders and servers both live on tips, and the BLS medians are close: about $34,000 for bartenders and $35,000 for waiters and waitresses.",
  [C("$34,000", "salary", "Bartender", "current"), C("$35,000", "salary", "Waiter", "current")], heading="Bartender vs. Server: Which Pays More?")
I("bar-03", "ooh", R, "Employment of waiters and waitresses is projected to grow 2 percent from 2025 to 2035, slower than the average for all occupations. Despite limited employment growth, about 423,100 openings for waiters and waitresses are projected each year, on average, over the decade.",
  [C("2 percent", "outlook-percent", "Waiter", "current", year=2035), C("slower than the average", "outlook-descriptor", "Waiter", "current", year=2035), C("423,100", "openings", "Waiter", "current", year=2035)], heading="Job Outlook")
I("bar-04", "career-site", R, "Bartending jobs are expected to grow 6% over the next decade, with roughly 129,600 openings each year.",
  [C("6%", "outlook-percent", "Bartender", "outdated"), C("129,600", "openings", "Bartender", "outdated")])
I("bar-05", "table", R, "| | Bartender | Waiter/Waitress |\n|---|---|---|\n| Average salary | $40,790 | $40,060 |\n| Top 10% | $73,770 | $64,720 |\n| Employed | 762,600 | 2,284,400 |",
  [C("$40,790", "salary", "Bartender", "current", "mean"), C("$40,060", "salary", "Waiter", "current", "mean"), C("$73,770", "salary", "Bartender", "current", "p90"), C("$64,720", "salary", "Waiter", "current", "p90"),
   C("762,600", "employment", "Bartender", "current"), C("2,284,400", "employment", "Waiter", "current")])
I("bar-06", "faq", ("Bartender", "Server"), "How much do servers make? The median server earns around $16.94 an hour, though tips vary wildly by restaurant.",
  [C("$16.94", "salary", "Server", "current", period="hour")], heading="FAQ")
I("bar-07", "career-site", R, "In New York City, bartenders average $31 an hour with tips, and waiters are close behind at $27.",
  [C("$31", "salary", "Bartender", "unchecked", "mean", period="hour", place="New York City"), C("$27", "salary", "Waiter", "unchecked", "mean", period="hour", place="New York City")])
I("bar-08", "forum", R, "BLS says waitstaff jobs are going to decline over the next ten years. Not in my town, every place is hiring.",
  [C("decline", "outlook-descriptor", "Waiter", "outdated")])
I("bar-09", "bullets", R, "Bartender at a glance:\n- Median pay: $33,530 per year\n- Education: none required\n- Jobs added by 2035: 37,900",
  [C("$33,530", "salary", "Bartender", "outdated"), C("37,900", "employment-change", "Bartender", "current", year=2035)])
I("bar-10", "career-site", R, "Waiters and waitresses held about 2.27 million jobs in May 2025, making it one of the largest occupations in the country, and they earned a median of $45,000.",
  [C("2.27 million", "employment", "Waiter", "current", year=2025), C("$45,000", "salary", "Waiter", "mismatch", year=2025)])
N("bar-n1", R, "Most states allow a tipped minimum wage of $2.13 an hour as long as tips bring pay up to $7.25.")
N("bar-n2", R, "Our 40-hour bartending course costs $495, and 9 out of 10 graduates land a job within 30 days.")

R = ("Photographer", "Film Editor")
I("photo-01", "ooh", R, "The median annual wage for photographers was $44,660 in May 2025. The lowest 10 percent earned less than $30,820, and the highest 10 percent earned more than $91,810.",
  [C("$44,660", "salary", "Photographer", "current", year=2025), C("$30,820", "salary", "Photographer", "current", "p10", year=2025), C("$91,810", "salary", "Photographer", "current", "p90", year=2025)], heading="Pay")
I("photo-02", "ooh", R, "Employment of photographers is projected to decline 1 percent from 2025 to 2035. About 67 percent of photographers were self-employed in 2025.",
  [C("1 percent", "outlook-percent", "Photographer", "current", year=2035, neg=True), C("67 percent", "self-employed", "Photographer", "current", year=2025)], heading="Job Outlook")
I("photo-03", "comparison", R, "Film and video editors earn a typical salary of $75,420, far above the $44,660 a photographer takes home, and they usually need a bachelor's degree rather than a portfolio alone.",
  [C("$75,420", "salary", "Film Editor", "current"), C("$44,660", "salary", "Photographer", "current"), C("bachelor's degree", "education", "Film Editor", "current")], heading="Photographer vs. Film Editor: What Are the Differences?")
I("photo-04", "career-site", R, "Photography jobs are projected to grow slower than average, around 2% through 2034, so freelancers will keep competing on price.",
  [C("slower than average", "outlook-descriptor", "Photographer", "outdated", year=2034), C("2%", "outlook-percent", "Photographer", "outdated", year=2034)])
I("photo-05", "faq", R, "How much does a video editor make per hour? About $41 on average, according to the Bureau of Labor Statistics.",
  [C("$41", "salary", "Film Editor", "current", "mean", period="hour")], heading="FAQ")
I("photo-06", "forum", R, "BLS has photographers at $70k median which is hilarious. Wedding shooters in my area charge $2,500 and still work a second job.",
  [C("$70k", "salary", "Photographer", "mismatch")])
I("photo-07", "table", R, "| Career | Median salary | Jobs | Openings/yr |\n|---|---|---|---|\n| Photographer | $42,520 | 145,000 | 10,700 |\n| Film editor | $70,980 | 39,400 | 3,100 |",
  [C("$42,520", "salary", "Photographer", "outdated"), C("145,000", "employment", "Photographer", "current"), C("10,700", "openings", "Photographer", "current"),
   C("$70,980", "salary", "Film Editor", "outdated"), C("39,400", "employment", "Film Editor", "current"), C("3,100", "openings", "Film Editor", "current")])
I("photo-08", "career-site", R, "In Los Angeles, film and video editors earn a median of $98,000, and the metro area employs about 8,900 of them.",
  [C("$98,000", "salary", "Film Editor", "unchecked", place="Los Angeles"), C("8,900", "employment", "Film Editor", "unchecked", place="Los Angeles")])
I("photo-09", "ooh", R, "Photographers typically need a high school diploma to enter the occupation, although some positions require a bachelor's degree.",
  [C("high school diploma", "education", "Photographer", "current")], heading="How to Become One")
N("photo-n1", R, "A full-frame mirrorless body costs $2,000 to $3,500, and a good 24-70mm f/2.8 lens adds another $1,800.")
N("photo-n2", R, "Export your timeline at 4K, 24 fps, and keep 10-bit color for the final grade.")

R = ("Musician", "Actor")
I("mus-01", "ooh", R, "The mean hourly wage for musicians and singers was $60.46 in May 2025; for actors it was $58.29.",
  [C("$60.46", "salary", "Musician", "current", "mean", period="hour", year=2025), C("$58.29", "salary", "Actor", "current", "mean", period="hour", year=2025)], heading="Pay")
I("mus-02", "ooh", R, "Employment of musicians and singers is projected to show little or no change from 2025 to 2035. About 17,400 openings for musicians and singers are projected each year, on average, over the decade.",
  [C("little or no change", "outlook-descriptor", "Musician", "current", year=2035), C("17,400", "openings", "Musician", "current", year=2035)], heading="Job Outlook")
I("mus-03", "comparison", R, "Actors and musicians are both paid by the gig, not by the year: actors average about $44.40 an hour and musicians $55.13, but few work 40 hours a week.",
  [C("$44.40", "salary", "Actor", "outdated", "mean", period="hour"), C("$55.13", "salary", "Musician", "outdated", "mean", period="hour")], heading="Actor vs. Musician: What Are the Differences?")
I("mus-04", "career-site", R, "Nearly half of musicians and singers, about 48%, are self-employed, compared with 23% of actors.",
  [C("48%", "self-employed", "Musician", "current"), C("23%", "self-employed", "Actor", "current")])
I("mus-05", "school", R, "Most actors have some college but no degree, and our two-year conservatory track builds on exactly that.",
  [C("some college but no degree", "education", "Actor", "current")])
I("mus-06", "forum", R, "per BLS there's only about 67,500 acting jobs in the whole country. Meanwhile 10,000 people moved to LA this month to be famous.",
  [C("67,500", "employment", "Actor", "current")])
I("mus-07", "career-site", R, "Musicians and singers held about 170,400 jobs in 2025, and employment is projected to grow 1% through 2034, slower than average.",
  [C("170,400", "employment", "Musician", "current", year=2025), C("1%", "outlook-percent", "Musician", "outdated", year=2034), C("slower than average", "outlook-descriptor", "Musician", "outdated", year=2034)])
I("mus-08", "career-site", R, "In Nashville, session musicians average about $45 an hour, and the metro area has roughly 1,500 working musicians and singers.",
  [C("$45", "salary", "Musician", "unchecked", "mean", period="hour", place="Nashville"), C("1,500", "employment", "Musician", "unchecked", place="Nashville")])
I("mus-09", "faq", R, "Do actors need a degree? Not typically; a high school diploma is the usual entry-level requirement, though many train at drama schools.",
  [C("high school diploma", "education", "Actor", "mismatch")], heading="FAQ")
N("mus-n1", R, "SAG-AFTRA's day-performer minimum is set in the union contract, and the initiation fee is $3,000 in most locals.")
N("mus-n2", R, "I play 120 shows a year and made $41,000 last year before my van broke down.")

R = ("Journalist", "Broadcast Technician")
I("news-01", "ooh", R, "The median annual wage for news analysts, reporters, and journalists was $62,200 in May 2025.",
  [C("$62,200", "salary", "Journalist", "current", year=2025)], heading="Pay")
I("news-02", "ooh", R, "Employment of news analysts, reporters, and journalists is projected to decline 6 percent from 2025 to 2035. Despite declining employment, about 3,400 openings are projected each year, on average, over the decade.",
  [C("6 percent", "outlook-percent", "Journalist", "current", year=2035, neg=True), C("3,400", "openings", "Journalist", "current", year=2035)], heading="Job Outlook")
I("news-03", "comparison", ("Reporter", "Broadcast Technician"), "Reporters earn a median salary of about $60,280, slightly more than broadcast technicians at $53,920, even though the technicians usually need only an associate's degree.",
  [C("$60,280", "salary", "Reporter", "outdated"), C("$53,920", "salary", "Broadcast Technician", "outdated"), C("associate's degree", "education", "Broadcast Technician", "current")], heading="Reporter vs. Broadcast Technician: What Are the Differences?")
I("news-04", "career-site", R, "Journalism jobs are projected to shrink 4% between 2024 and 2034, and the field employs about 49,300 people nationwide.",
  [C("4%", "outlook-percent", "Journalist", "outdated", year=2034, neg=True), C("49,300", "employment", "Journalist", "outdated")])
I("news-05", "faq", R, "Do journalists make six figures? On average, yes: the mean wage for reporters and journalists is about $102,000, although the median is much lower.",
  [C("$102,000", "salary", "Journalist", "current", "mean")], heading="FAQ")
I("news-06", "table", R, "| | Journalist | Broadcast technician |\n|---|---|---|\n| Median pay (2025) | $62,200 | $59,570 |\n| Openings per year | 3,400 | 1,600 |\n| Self-employed | 17% | 11% |",
  [C("$62,200", "salary", "Journalist", "current", year=2025), C("$59,570", "salary", "Broadcast Technician", "current", year=2025), C("3,400", "openings", "Journalist", "current"),
   C("1,600", "openings", "Broadcast Technician", "current"), C("17%", "self-employed", "Journalist", "current"), C("11%", "self-employed", "Broadcast Technician", "current")])
I("news-07", "forum", ("Reporter",), "The BLS median for reporters is like $45k and that's with a degree. Left the newsroom for PR and doubled my pay.",
  [C("$45k", "salary", "Reporter", "mismatch")])
I("news-08", "career-site", R, "In Washington, D.C., news analysts and reporters earn a median of $105,000, the highest of any metro area.",
  [C("$105,000", "salary", "Journalist", "unchecked", place="Washington, D.C.")])
I("news-09", "school", R, "Broadcast technicians typically need a bachelor's degree in communications, and the field employs about 24,100 workers.",
  [C("bachelor's degree", "education", "Broadcast Technician", "mismatch"), C("24,100", "employment", "Broadcast Technician", "current")])
N("news-n1", R, "Our newsroom publishes 24/7 and the tip line is 555-0142; call between 9 and 5.")
N("news-n2", R, "The FCC licence fee went up to $60 in 2024, and the exam has 50 questions.")

R = ("Sheet Metal Worker", "Boilermaker")
I("sheet-01", "ooh", R, "The median annual wage for sheet metal workers was $61,800 in May 2025. The lowest 10 percent earned less than $38,630, and the highest 10 percent earned more than $105,650.",
  [C("$61,800", "salary", "Sheet Metal Worker", "current", year=2025), C("$38,630", "salary", "Sheet Metal Worker", "current", "p10", year=2025), C("$105,650", "salary", "Sheet Metal Worker", "current", "p90", year=2025)], heading="Pay")
I("sheet-02", "trade", R, "Boilermakers are some of the best-paid construction trades: the median boilermaker earns $76,410 a year, and the top 10 percent make more than $110,370.",
  [C("$76,410", "salary", "Boilermaker", "current"), C("$110,370", "salary", "Boilermaker", "current", "p90")])
I("sheet-03", "comparison", R, "Sheet metal workers earn about $30 per hour at the median, while boilermakers earn about $36.74, a difference of more than $6 an hour.",
  [C("$30", "salary", "Sheet Metal Worker", "current", period="hour"), C("$36.74", "salary", "Boilermaker", "current", period="hour")], heading="Sheet Metal Worker vs. Boilermaker: What Are the Differences?")
I("sheet-04", "ooh", R, "Sheet metal workers held about 131,100 jobs in 2025, and about 8 percent were self-employed. Employment is projected to add about 3,300 jobs over the decade.",
  [C("131,100", "employment", "Sheet Metal Worker", "current", year=2025), C("8 percent", "self-employed", "Sheet Metal Worker", "current", year=2025), C("3,300", "employment-change", "Sheet Metal Worker", "current")], heading="Work Environment")
I("sheet-05", "career-site", R, "Boilermakers held about 10,400 jobs in 2024, a small trade in which most workers learn through a four-year apprenticeship after a high school diploma.",
  [C("10,400", "employment", "Boilermaker", "outdated", year=2024), C("high school diploma", "education", "Boilermaker", "current")])
I("sheet-06", "forum", R, "BLS says boilermakers make a median of $96k. Lol, only if you're on the road 60 hours a week for the whole outage season.",
  [C("$96k", "salary", "Boilermaker", "mismatch")])
I("sheet-07", "career-site", R, "In Alaska, sheet metal workers earn a mean wage of $85,900, and boilermakers in Louisiana average $39 an hour.",
  [C("$85,900", "salary", "Sheet Metal Worker", "unchecked", "mean", place="Alaska"), C("$39", "salary", "Boilermaker", "unchecked", "mean", period="hour", place="Louisiana")])
I("sheet-08", "bullets", R, "Sheet metal worker snapshot:\n- Median salary: $60,850\n- Openings each year: 10,600\n- Self-employed: 7%",
  [C("$60,850", "salary", "Sheet Metal Worker", "outdated"), C("10,600", "openings", "Sheet Metal Worker", "outdated"), C("7%", "self-employed", "Sheet Metal Worker", "mismatch")])
I("sheet-09", "faq", R, "Is boilermaking a growing trade? It is a small trade, but it pays well: boilermakers earn an average of $80,090 a year.",
  [C("$80,090", "salary", "Boilermaker", "current", "mean")], heading="FAQ")
N("sheet-n1", R, "Local 28 apprentices start at 40% of the journeyman rate and get a raise every 6 months.")
N("sheet-n2", R, "Use 26-gauge galvanized for residential ductwork and 22-gauge for commercial runs over 30 inches.")

R = ("Elevator Installer", "Millwright")
I("elev-01", "ooh", R, "The median annual wage for elevator and escalator installers and repairers was $109,910 in May 2025.",
  [C("$109,910", "salary", "Elevator Installer", "current", year=2025)], heading="Pay")
I("elev-02", "ooh", R, "Employment of elevator and escalator installers and repairers is projected to grow 6 percent from 2025 to 2035.",
  [C("6 percent", "outlook-percent", "Elevator Installer", "current", year=2035)], heading="Job Outlook")
I("elev-03", "comparison", R, "Elevator installers out-earn millwrights by a wide margin: a median of $106,580 versus $62,980, though both trades usually start with a high school diploma and a long apprenticeship.",
  [C("$106,580", "salary", "Elevator Installer", "outdated"), C("$62,980", "salary", "Millwright", "outdated"), C("high school diploma", "education", "Elevator Installer", "current")], heading="Elevator Installer vs. Millwright: What Are the Differences?")
I("elev-04", "career-site", R, "Millwright employment is projected to grow slower than average, about 1% from 2025 to 2035, which works out to only about 400 new jobs.",
  [C("slower than average", "outlook-descriptor", "Millwright", "current", year=2035), C("1%", "outlook-percent", "Millwright", "current", year=2035), C("400", "employment-change", "Millwright", "current", year=2035)])
I("elev-05", "trade", R, "Millwrights make about $65,700 a year at the median, or roughly $31.59 an hour.",
  [C("$65,700", "salary", "Millwright", "current"), C("$31.59", "salary", "Millwright", "current", period="hour")])
I("elev-06", "forum", R, "BLS median for elevator mechanics is $79k?? IUEC mechanics in my local clear that by August.",
  [C("$79k", "salary", "Elevator Installer", "mismatch")])
I("elev-07", "table", R, "| | Elevator installer | Millwright |\n|---|---|---|\n| Average salary | $109,820 | $69,780 |\n| Jobs | 24,700 | 40,330 |\n| Openings/year | — | 3,200 |",
  [C("$109,820", "salary", "Elevator Installer", "current", "mean"), C("$69,780", "salary", "Millwright", "current", "mean"), C("24,700", "employment", "Elevator Installer", "current"),
   C("40,330", "employment", "Millwright", "current"), C("3,200", "openings", "Millwright", "current")])
I("elev-08", "career-site", R, "In New York, elevator installers earn a median of $142,000, and the state employs about 3,100 of them.",
  [C("$142,000", "salary", "Elevator Installer", "unchecked", place="New York"), C("3,100", "employment", "Elevator Installer", "unchecked", place="New York")])
I("elev-09", "faq", R, "Will millwright jobs disappear? No, but BLS expects little or no change in employment and about 5,000 openings a year.",
  [C("little or no change", "outlook-descriptor", "Millwright", "outdated"), C("5,000", "openings", "Millwright", "mismatch")], heading="FAQ")
N("elev-n1", R, "The IUEC apprenticeship lasts 4 years, and you must pass the 2-hour aptitude test with a score of 70 or higher.")
N("elev-n2", R, "A residential elevator costs $35,000 to $50,000 installed, plus about $300 a year in maintenance.")

R = ("Painter", "Drywall Installer")
I("paint-01", "ooh", R, "The median annual wage for painters, construction and maintenance was $49,400 in May 2025.",
  [C("$49,400", "salary", "Painter", "current", year=2025)], heading="Pay")
I("paint-02", "ooh", R, "Employment of painters, construction and maintenance is projected to grow 3 percent from 2025 to 2035. About 24,900 openings for painters are projected each year, on average, over the decade.",
  [C("3 percent", "outlook-percent", "Painter", "current", year=2035), C("24,900", "openings", "Painter", "current", year=2035)], heading="Job Outlook")
I("paint-03", "comparison", R, "Drywall installers earn about $58,930 a year at the median, nearly $10,000 more than painters, and roughly 19% of them work for themselves.",
  [C("$58,930", "salary", "Drywall Installer", "current"), C("19%", "self-employed", "Drywall Installer", "current")], heading="Painter vs. Drywall Installer: What Are the Differences?")
I("paint-04", "career-site", R, "About 31% of painters are self-employed, and there are roughly 326,900 painter jobs in the U.S.",
  [C("31%", "self-employed", "Painter", "current"), C("326,900", "employment", "Painter", "current", place=None)])
I("paint-05", "trade", R, "Painters typically need no formal education, and the average painter makes about $26.64 an hour.",
  [C("no formal education", "education", "Painter", "current"), C("$26.64", "salary", "Painter", "current", "mean", period="hour")])
I("paint-06", "table", R, "| | Painter | Drywall installer |\n|---|---|---|\n| Median pay | $48,660 | $58,140 |\n| Jobs added, 2024–34 | 13,000 | 4,300 |\n| Jobs, 2024 | 342,200 | 103,100 |",
  [C("$48,660", "salary", "Painter", "outdated"), C("$58,140", "salary", "Drywall Installer", "outdated"), C("13,000", "employment-change", "Painter", "outdated", year=2034), C("4,300", "employment-change", "Drywall Installer", "outdated", year=2034), C("342,200", "employment", "Painter", "outdated", year=2024), C("103,100", "employment", "Drywall Installer", "outdated", year=2024)])
I("paint-07", "forum", R, "Per the BLS, drywall hangers make $75k median. Maybe union guys in Chicago, not the rest of us.",
  [C("$75k", "salary", "Drywall Installer", "mismatch")])
I("paint-08", "career-site", R, "In Hawaii, painters earn a median of $72,000, and Texas has about 28,000 of them.",
  [C("$72,000", "salary", "Painter", "unchecked", place="Hawaii"), C("28,000", "employment", "Painter", "unchecked", place="Texas")])
I("paint-09", "bullets", R, "Drywall & ceiling tile installer facts:\n- Projected new jobs, 2025–35: 2,500\n- Annual openings: 6,600\n- Bottom 10% earn: under $38,460",
  [C("2,500", "employment-change", "Drywall Installer", "current", year=2035), C("6,600", "openings", "Drywall Installer", "current"), C("$38,460", "salary", "Drywall Installer", "current", "p10")])
N("paint-n1", R, "Interior repaints run $2 to $6 per square foot; a 12x12 bedroom usually takes 2 gallons.")
N("paint-n2", R, "Lead-safe RRP certification costs $250 and is valid for 5 years.")

R = ("Brickmason", "Tile Setter")
I("mason-01", "ooh", R, "The median annual wage for brickmasons and blockmasons was $62,120 in May 2025. The lowest 10 percent earned less than $44,820, and the highest 10 percent earned more than $100,010.",
  [C("$62,120", "salary", "Brickmason", "current", year=2025), C("$44,820", "salary", "Brickmason", "current", "p10", year=2025), C("$100,010", "salary", "Brickmason", "current", "p90", year=2025)], heading="Pay")
I("mason-02", "ooh", R, "Employment of brickmasons and blockmasons is projected to grow 1 percent from 2025 to 2035, slower than the average for all occupations.",
  [C("1 percent", "outlook-percent", "Brickmason", "current", year=2035), C("slower than the average", "outlook-descriptor", "Brickmason", "current", year=2035)], heading="Job Outlook")
I("mason-03", "comparison", R, "Tile setters make a median of $55,690 per year compared with $62,120 for brickmasons, and about 21% of tile and stone setters are self-employed.",
  [C("$55,690", "salary", "Tile Setter", "current"), C("$62,120", "salary", "Brickmason", "current"), C("21%", "self-employed", "Tile Setter", "current")], heading="Brickmason vs. Tile Setter: What Are the Differences?")
I("mason-04", "career-site", R, "Brickmason jobs are projected to grow 3% through 2034, about as fast as average, with 5,600 openings a year.",
  [C("3%", "outlook-percent", "Brickmason", "outdated", year=2034), C("about as fast as average", "outlook-descriptor", "Brickmason", "outdated", year=2034), C("5,600", "openings", "Brickmason", "outdated", year=2034)])
I("mason-05", "faq", R, "How much do tile setters make an hour? Around $26.77 at the median, with experienced stone setters earning over $41 an hour in the top tenth.",
  [C("$26.77", "salary", "Tile Setter", "current", period="hour"), C("$41", "salary", "Tile Setter", "current", "p90", period="hour")], heading="FAQ")
I("mason-06", "forum", R, "BLS says tile setters make $48,910 median, which was true maybe two years ago. Rates went way up after COVID.",
  [C("$48,910", "salary", "Tile Setter", "outdated")])
I("mason-07", "table", R, "| Trade | Jobs (2025) | Openings/yr | Entry-level education |\n|---|---|---|---|\n| Brickmason | 62,400 | 4,100 | High school diploma or equivalent |\n| Tile setter | 45,200 | 3,300 | No formal educational credential |",
  [C("62,400", "employment", "Brickmason", "current", year=2025), C("4,100", "openings", "Brickmason", "current"), C("High school diploma or equivalent", "education", "Brickmason", "current"),
   C("45,200", "employment", "Tile Setter", "current", year=2025), C("3,300", "openings", "Tile Setter", "current"), C("No formal educational credential", "education", "Tile Setter", "current")])
I("mason-08", "career-site", R, "In Illinois, brickmasons earn a median of $88,000, and the Chicago metro alone employs about 2,300 of them.",
  [C("$88,000", "salary", "Brickmason", "unchecked", place="Illinois"), C("2,300", "employment", "Brickmason", "unchecked", place="Chicago metro")])
I("mason-09", "trade", R, "Tile setters typically need an associate's degree from a trade school, and employment is expected to add 4,400 jobs by 2035.",
  [C("associate's degree", "education", "Tile Setter", "mismatch"), C("4,400", "employment-change", "Tile Setter", "current", year=2035)])
N("mason-n1", R, "Porcelain tile runs $3 to $10 per square foot, and installation adds $5 to $15.")
N("mason-n2", R, "Our masonry pre-apprenticeship is 12 weeks, Monday to Friday, 7:00 to 3:30.")

R = ("Lineman", "Telecom Technician")
I("line-01", "comparison", R, "Linemen earn a median salary of $95,320 a year, well above the $63,890 telecom technicians make, and line work is projected to grow 10% through 2035.",
  [C("$95,320", "salary", "Lineman", "current"), C("$63,890", "salary", "Telecom Technician", "current"), C("10%", "outlook-percent", "Lineman", "current", year=2035)], heading="Lineman vs. Telecom Technician: What Are the Differences?")
I("line-02", "ooh", R, "The median annual wage for electrical power-line installers and repairers was $92,560 in May 2024.",
  [C("$92,560", "salary", "Lineman", "outdated", year=2024)], heading="Pay")
I("line-03", "ooh", R, "Employment of telecommunications equipment installers and repairers, except line installers, is projected to decline 3 percent from 2025 to 2035. About 11,300 openings are projected each year, on average, over the decade.",
  [C("3 percent", "outlook-percent", "Telecom Technician", "current", year=2035, neg=True), C("11,300", "openings", "Telecom Technician", "current", year=2035)], heading="Job Outlook")
I("line-04", "trade", R, "Most lineworkers start with a high school diploma and a climbing school certificate; after a 4-year apprenticeship they earn a mean wage of $44.22 an hour.",
  [C("high school diploma", "education", "Lineman", "current"), C("$44.22", "salary", "Lineman", "current", "mean", period="hour")])
I("line-05", "career-site", R, "Telecom technicians typically need a postsecondary nondegree award, and there are about 143,100 of them working across the country.",
  [C("postsecondary nondegree award", "education", "Telecom Technician", "current"), C("143,100", "employment", "Telecom Technician", "current")])
I("line-06", "forum", R, "BLS says power linemen average $150k a year. Storm season, maybe. Base pay in my co-op is nowhere near.",
  [C("$150k", "salary", "Lineman", "mismatch", "mean")])
I("line-07", "table", R, "| | Lineman | Telecom tech |\n|---|---|---|\n| Job outlook | 7% | -4% |\n| Employment change | 8,400 | -6,600 |\n| Openings per year | 10,700 | 13,200 |",
  [C("7%", "outlook-percent", "Lineman", "outdated"), C("-4%", "outlook-percent", "Telecom Technician", "outdated", neg=True), C("8,400", "employment-change", "Lineman", "outdated"),
   C("-6,600", "employment-change", "Telecom Technician", "outdated", neg=True), C("10,700", "openings", "Lineman", "outdated"), C("13,200", "openings", "Telecom Technician", "outdated")])
I("line-08", "career-site", R, "In California, line installers earn a median of $130,000, and Texas employs about 13,000 of them.",
  [C("$130,000", "salary", "Lineman", "unchecked", place="California"), C("13,000", "employment", "Lineman", "unchecked", place="Texas")])
I("line-09", "faq", R, "How much does a telecom tech make? The national median is about $64k, and the highest-paid 10% earn more than $96,730.",
  [C("$64k", "salary", "Telecom Technician", "current"), C("$96,730", "salary", "Telecom Technician", "current", "p90")], heading="FAQ")
N("line-n1", R, "Climbing school is 15 weeks and costs $19,000; CDL Class A is required by most utilities.")
N("line-n2", R, "Call 811 at least 2 business days before you dig.")

R = ("Locomotive Engineer", "Train Conductor")
I("rail-01", "ooh", R, "The median annual wage for locomotive engineers was $81,410 in May 2025, and the median annual wage for railroad conductors and yardmasters was $78,000.",
  [C("$81,410", "salary", "Locomotive Engineer", "current", year=2025), C("$78,000", "salary", "Train Conductor", "current", year=2025)], heading="Pay")
I("rail-02", "comparison", R, "Conductors usually become engineers after a few years, and the raise is real: locomotive engineers earn a median of $77,400 compared with $74,080 for conductors.",
  [C("$77,400", "salary", "Locomotive Engineer", "outdated"), C("$74,080", "salary", "Train Conductor", "outdated")], heading="Locomotive Engineer vs. Train Conductor: What Are the Differences?")
I("rail-03", "career-site", R, "Locomotive engineers held about 27,400 jobs in 2025, and about 2,000 openings are projected each year as engineers retire.",
  [C("27,400", "employment", "Locomotive Engineer", "current", year=2025), C("2,000", "openings", "Locomotive Engineer", "current")])
I("rail-04", "faq", R, "Do you need a degree to be a train conductor? No. Conductors typically need a high school diploma, and the railroad trains you on the job.",
  [C("high school diploma", "education", "Train Conductor", "current")], heading="FAQ")
I("rail-05", "table", R, "| | Locomotive engineer | Conductor |\n|---|---|---|\n| Average salary | $85,900 | $79,100 |\n| Top 10% | $109,220 | $109,770 |\n| Jobs | 27,000 | 38,900 |",
  [C("$85,900", "salary", "Locomotive Engineer", "current", "mean"), C("$79,100", "salary", "Train Conductor", "current", "mean"), C("$109,220", "salary", "Locomotive Engineer", "current", "p90"),
   C("$109,770", "salary", "Train Conductor", "current", "p90"), C("27,000", "employment", "Locomotive Engineer", "outdated"), C("38,900", "employment", "Train Conductor", "current")])
I("rail-06", "forum", R, "BLS says engineers average $60k. I'm an engineer on a Class I and my W-2 was nearly double that last year.",
  [C("$60k", "salary", "Locomotive Engineer", "mismatch", "mean")])
I("rail-07", "career-site", R, "In Nebraska, home to Union Pacific, locomotive engineers earn a mean wage of $92,000, and conductors about $85,000.",
  [C("$92,000", "salary", "Locomotive Engineer", "unchecked", "mean", place="Nebraska"), C("$85,000", "salary", "Train Conductor", "unchecked", "mean", place="Nebraska")])
I("rail-08", "career-site", R, "Railroad conductors and yardmasters make about $37.50 an hour at the median, and the bottom 10 percent earn under $58,740 a year.",
  [C("$37.50", "salary", "Train Conductor", "current", period="hour"), C("$58,740", "salary", "Train Conductor", "current", "p10")])
N("rail-n1", R, "Conductor trainees are paid $1,200 a week during the 12-week program in Atlanta.")
N("rail-n2", R, "Engineers work on call 24/7 and must take a break of 10 hours between shifts under federal hours-of-service rules.")

R = ("Ship Captain", "Sailor")
I("ship-01", "ooh", R, "The median annual wage for captains, mates, and pilots of water vessels was $92,460 in May 2025. The lowest 10 percent earned less than $47,420, and the highest 10 percent earned more than $170,640.",
  [C("$92,460", "salary", "Ship Captain", "current", year=2025), C("$47,420", "salary", "Ship Captain", "current", "p10", year=2025), C("$170,640", "salary", "Ship Captain", "current", "p90", year=2025)], heading="Pay")
I("ship-02", "ooh", R, "Employment of sailors and marine oilers is projected to grow 3 percent from 2025 to 2035, about as fast as the average for all occupations.",
  [C("3 percent", "outlook-percent", "Sailor", "current", year=2035), C("about as fast as the average", "outlook-descriptor", "Sailor", "current", year=2035)], heading="Job Outlook")
I("ship-03", "comparison", R, "A ship captain earns roughly $85,540 a year at the median, while a deckhand or sailor makes about $49,610, and captains typically hold a postsecondary nondegree award such as a merchant mariner credential course.",
  [C("$85,540", "salary", "Ship Captain", "outdated"), C("$49,610", "salary", "Sailor", "outdated"), C("postsecondary nondegree award", "education", "Ship Captain", "current")], heading="Ship Captain vs. Sailor: What Are the Differences?")
I("ship-04", "career-site", R, "Captain, mate, and pilot jobs are expected to grow 4% over the decade, adding about 1,700 positions, with 3,800 openings each year.",
  [C("4%", "outlook-percent", "Ship Captain", "current"), C("1,700", "employment-change", "Ship Captain", "current"), C("3,800", "openings", "Ship Captain", "current")])
I("ship-05", "bullets", R, "Sailor & marine oiler quick facts:\n- Median pay: $24.77/hour\n- Jobs: 33,000\n- Openings per year: 3,900\n- Education: no formal credential",
  [C("$24.77", "salary", "Sailor", "current", period="hour"), C("33,000", "employment", "Sailor", "current"), C("3,900", "openings", "Sailor", "outdated"), C("no formal credential", "education", "Sailor", "current")])
I("ship-06", "forum", R, "BLS lists the median for tug captains at like $140k. That's the harbor pilots dragging the number up, not us.",
  [C("$140k", "salary", "Ship Captain", "mismatch")])
I("ship-07", "career-site", R, "In Louisiana, which employs about 5,200 water vessel captains and mates, they earn a median of $98,000.",
  [C("5,200", "employment", "Ship Captain", "unchecked", place="Louisiana"), C("$98,000", "salary", "Ship Captain", "unchecked", place="Louisiana")])
I("ship-08", "faq", R, "Are sailors self-employed? Rarely; about 8% of captains and mates are, and almost no deckhands. Sailors' jobs will grow slower than average.",
  [C("8%", "self-employed", "Ship Captain", "current"), C("slower than average", "outlook-descriptor", "Sailor", "outdated")], heading="FAQ")
N("ship-n1", R, "A TWIC card costs $125.25 and the MMC application fee is $140.")
N("ship-n2", R, "Crews on Great Lakes freighters work 60 days on and 30 days off from March through January.")

R = ("Police Dispatcher", "Emergency Management Director")
I("disp-01", "ooh", R, "The median annual wage for public safety telecommunicators was $53,040 in May 2025.",
  [C("$53,040", "salary", "Police Dispatcher", "current", year=2025)], heading="Pay")
I("disp-02", "ooh", R, "Employment of emergency management directors is projected to grow 4 percent from 2025 to 2035.",
  [C("4 percent", "outlook-percent", "Emergency Management Director", "current", year=2035)], heading="Job Outlook")
I("disp-03", "comparison", R, "Emergency management directors earn a median of $93,330, almost $40,000 more than 911 dispatchers, but they typically need a bachelor's degree while dispatchers need only a high school diploma.",
  [C("$93,330", "salary", "Emergency Management Director", "current"), C("bachelor's degree", "education", "Emergency Management Director", "current"), C("high school diploma", "education", "Police Dispatcher", "current")], heading="Police Dispatcher vs. Emergency Management Director: What Are the Differences?")
I("disp-04", "career-site", R, "Dispatchers held about 105,600 jobs in 2025, and roughly 9,000 openings for public safety telecommunicators are projected each year.",
  [C("105,600", "employment", "Police Dispatcher", "current", year=2025), C("9,000", "openings", "Police Dispatcher", "current")])
I("disp-05", "table", R, "| | Dispatcher | EM director |\n|---|---|---|\n| Median salary | $50,730 | $86,130 |\n| Jobs | 105,200 | 13,200 |",
  [C("$50,730", "salary", "Police Dispatcher", "outdated"), C("$86,130", "salary", "Emergency Management Director", "outdated"), C("105,200", "employment", "Police Dispatcher", "outdated"), C("13,200", "employment", "Emergency Management Director", "outdated")])
I("disp-06", "forum", R, "Per BLS the median dispatcher makes $36k. That's criminal for what we deal with every shift.",
  [C("$36k", "salary", "Police Dispatcher", "mismatch")])
I("disp-07", "career-site", R, "In California, public safety telecommunicators earn a median of $78,000, and emergency management directors in Texas average about $101,000.",
  [C("$78,000", "salary", "Police Dispatcher", "unchecked", place="California"), C("$101,000", "salary", "Emergency Management Director", "unchecked", "mean", place="Texas")])
I("disp-08", "faq", R, "How much do 911 dispatchers make an hour? The average is $27.28 an hour, and the top 10% earn more than $79,830 a year.",
  [C("$27.28", "salary", "Police Dispatcher", "current", "mean", period="hour"), C("$79,830", "salary", "Police Dispatcher", "current", "p90")], heading="FAQ")
I("disp-09", "career-site", R, "There are only about 14,000 emergency management directors in the U.S., and the field is adding around 1,500 jobs a decade.",
  [C("14,000", "employment", "Emergency Management Director", "current", place=None), C("1,500", "employment-change", "Emergency Management Director", "mismatch")])
N("disp-n1", R, "Call 911 for emergencies and (555) 013-2200 for non-emergency police lines.")
N("disp-n2", R, "The APCO telecommunicator course is 40 hours and CPR certification must be renewed every 2 years.")

R = ("Forester", "Conservation Scientist")
I("forest-01", "ooh", R, "The median annual wage for foresters was $76,400 in May 2025, and the median annual wage for conservation scientists was $73,010.",
  [C("$76,400", "salary", "Forester", "current", year=2025), C("$73,010", "salary", "Conservation Scientist", "current", year=2025)], heading="Pay")
I("forest-02", "ooh", R, "Employment of conservation scientists is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations.",
  [C("5 percent", "outlook-percent", "Conservation Scientist", "current", year=2035), C("faster than the average", "outlook-descriptor", "Conservation Scientist", "current", year=2035)], heading="Job Outlook")
I("forest-03", "comparison", R, "Foresters and conservation scientists both need a bachelor's degree, usually in forestry or natural resources, and earn similar pay: about $70,660 and $67,950 at the median.",
  [C("bachelor's degree", "education", "Forester", "current"), C("$70,660", "salary", "Forester", "outdated"), C("$67,950", "salary", "Conservation Scientist", "outdated")], heading="Forester vs. Conservation Scientist: What Are the Differences?")
I("forest-04", "career-site", R, "Forester jobs are projected to grow 2% from 2025 to 2035, and the occupation is small, with about 13,200 jobs and 900 openings a year.",
  [C("2%", "outlook-percent", "Forester", "current", year=2035), C("13,200", "employment", "Forester", "current"), C("900", "openings", "Forester", "current")])
I("forest-05", "forum", R, "Federal foresters at GS-9 make less than the BLS number. BLS says foresters average $100k, lol.",
  [C("$100k", "salary", "Forester", "mismatch", "mean")])
I("forest-06", "career-site", R, "In Oregon, foresters earn a median of $81,000, and the state employs about 900 of them.",
  [C("$81,000", "salary", "Forester", "unchecked", place="Oregon"), C("900", "employment", "Forester", "unchecked", place="Oregon")])
I("forest-07", "bullets", R, "Conservation scientist career profile:\n- Median salary: $73k\n- Job growth, 2024–34: 3%\n- Openings per year: 2,500\n- Typical degree: Bachelor's",
  [C("$73k", "salary", "Conservation Scientist", "current"), C("3%", "outlook-percent", "Conservation Scientist", "outdated", year=2034), C("2,500", "openings", "Conservation Scientist", "outdated", year=2034), C("Bachelor's", "education", "Conservation Scientist", "current")])
I("forest-08", "faq", R, "What do foresters earn at the top? The highest 10 percent of foresters earn more than $109,700, and the 75th percentile is around $91,640.",
  [C("$109,700", "salary", "Forester", "current", "p90"), C("$91,640", "salary", "Forester", "current", "p75")], heading="FAQ")
N("forest-n1", R, "Prescribed burns are scheduled between October 15 and March 31 when humidity is above 30%.")
N("forest-n2", R, "The SAF certified forester exam has 125 questions and requires 5 years of experience.")

R = ("Geologist", "Hydrologist")
I("geo-01", "ooh", R, "The median annual wage for geoscientists was $101,920 in May 2025. The lowest 10 percent earned less than $59,330, and the highest 10 percent earned more than $200,230.",
  [C("$101,920", "salary", "Geologist", "current", year=2025), C("$59,330", "salary", "Geologist", "current", "p10", year=2025), C("$200,230", "salary", "Geologist", "current", "p90", year=2025)], heading="Pay")
I("geo-02", "ooh", R, "Employment of geoscientists is projected to grow 5 percent from 2025 to 2035, faster than the average for all occupations. About 1,800 openings for geoscientists are projected each year, on average, over the decade.",
  [C("5 percent", "outlook-percent", "Geologist", "current", year=2035), C("faster than the average", "outlook-descriptor", "Geologist", "current", year=2035), C("1,800", "openings", "Geologist", "current", year=2035)], heading="Job Outlook")
I("geo-03", "comparison", R, "Geologists earn slightly more than hydrologists, a median of $99,240 versus $92,060, and both typically enter the field with a bachelor's degree.",
  [C("$99,240", "salary", "Geologist", "outdated"), C("$92,060", "salary", "Hydrologist", "outdated"), C("bachelor's degree", "education", "Geologist", "current")], heading="Geologist vs. Hydrologist: What Are the Differences?")
I("geo-04", "career-site", R, "Only about 2% of hydrologists are self-employed, compared with roughly 5% of geoscientists.",
  [C("2%", "self-employed", "Hydrologist", "current"), C("5%", "self-employed", "Geologist", "current")])
I("geo-05", "faq", R, "What is the average geologist salary? The mean annual wage is about $116,150, pulled up by oil and gas jobs.",
  [C("$116,150", "salary", "Geologist", "current", "mean")], heading="FAQ")
I("geo-06", "forum", R, "BLS says hydrologists make $68k median. Not at USGS, and definitely not in consulting.",
  [C("$68k", "salary", "Hydrologist", "mismatch")])
I("geo-07", "career-site", R, "In Texas, geoscientists earn a median of $135,000, and the Houston metro area employs about 3,900 of them.",
  [C("$135,000", "salary", "Geologist", "unchecked", place="Texas"), C("3,900", "employment", "Geologist", "unchecked", place="Houston metro area")])
I("geo-08", "table", R, "| | Geologist | Hydrologist |\n|---|---|---|\n| Median pay | $101,920 | $96,600 |\n| Jobs | 25,400 | 5,850 |\n| Outlook, 2024–34 | 3% | 0% |",
  [C("$101,920", "salary", "Geologist", "current"), C("$96,600", "salary", "Hydrologist", "current"), C("25,400", "employment", "Geologist", "current"), C("5,850", "employment", "Hydrologist", "current"),
   C("3%", "outlook-percent", "Geologist", "outdated", year=2034), C("0%", "outlook-percent", "Hydrologist", "outdated", year=2034)])
I("geo-09", "career-site", R, "Geoscientist employment is projected to increase by about 1,300 jobs over the decade, and a geologist typically earns around $49 an hour.",
  [C("1,300", "employment-change", "Geologist", "current"), C("$49", "salary", "Geologist", "current", period="hour")])
N("geo-n1", R, "The ASBOG Fundamentals of Geology exam has 140 questions and costs $250.")
N("geo-n2", R, "The 2011 survey logged 1,200 wells within 10 miles of the site.")

R = ("Physicist", "Astronomer")
I("phys-01", "ooh", R, "The median annual wage for physicists was $172,250 in May 2025, and the median annual wage for astronomers was $128,820.",
  [C("$172,250", "salary", "Physicist", "current", year=2025), C("$128,820", "salary", "Astronomer", "current", year=2025)], heading="Pay")
I("phys-02", "ooh", R, "Employment of physicists and astronomers is projected to grow 7 percent from 2025 to 2035, much faster than the average for all occupations.",
  [C("7 percent", "outlook-percent", "Physicist", "current", year=2035), C("much faster than the average", "outlook-descriptor", "Physicist", "current", year=2035)], heading="Job Outlook")
I("phys-03", "comparison", R, "Physicists earn a median salary of $166,290 and astronomers $132,170, and both almost always need a Ph.D., the doctoral degree BLS lists as the typical entry requirement.",
  [C("$166,290", "salary", "Physicist", "outdated"), C("$132,170", "salary", "Astronomer", "outdated"), C("doctoral degree", "education", "Physicist", "current")], heading="Physicist vs. Astronomer: What Are the Differences?")
I("phys-04", "career-site", R, "Astronomy is a tiny field: there are only about 2,400 astronomers in the U.S., and employment is projected to grow 8% through 2035.",
  [C("2,400", "employment", "Astronomer", "current", place=None), C("8%", "outlook-percent", "Astronomer", "current", year=2035)])
I("phys-05", "forum", R, "BLS says the median physicist makes $120k. Postdocs make $60k, so who exactly is making that number?",
  [C("$120k", "salary", "Physicist", "mismatch")])
I("phys-06", "table", R, "| | Physicist | Astronomer |\n|---|---|---|\n| Average salary | $171,180 | $132,920 |\n| Jobs | 23,200 | 2,400 |\n| Openings per year | 1,300 | — |\n| Self-employed | 7% | 6% |",
  [C("$171,180", "salary", "Physicist", "current", "mean"), C("$132,920", "salary", "Astronomer", "current", "mean"), C("23,200", "employment", "Physicist", "current"), C("2,400", "employment", "Astronomer", "current"),
   C("1,300", "openings", "Physicist", "current"), C("7%", "self-employed", "Physicist", "current"), C("6%", "self-employed", "Astronomer", "current")])
I("phys-07", "career-site", R, "In Maryland, home to NASA Goddard, physicists earn a median of $160,000 and astronomers about $140,000.",
  [C("$160,000", "salary", "Physicist", "unchecked", place="Maryland"), C("$140,000", "salary", "Astronomer", "unchecked", place="Maryland")])
I("phys-08", "faq", R, "Is physics a growing field? BLS projected physicist jobs to grow only 4 percent from 2024 to 2034, about as fast as average, with about 1,700 openings a year.",
  [C("4 percent", "outlook-percent", "Physicist", "outdated", year=2034), C("about as fast as average", "outlook-descriptor", "Physicist", "outdated", year=2034), C("1,700", "openings", "Physicist", "outdated", year=2034)], heading="FAQ")
N("phys-n1", R, "The physics GRE has 70 questions and costs $150; scores are valid for 5 years.")
N("phys-n2", R, "Webb orbits about 1.5 million kilometers from Earth, at the second Lagrange point.")

R = ("Microbiologist", "Biological Technician")
I("micro-01", "ooh", R, "The median annual wage for microbiologists was $87,990 in May 2025. The lowest 10 percent earned less than $54,670, and the highest 10 percent earned more than $150,000.",
  [C("$87,990", "salary", "Microbiologist", "current", year=2025), C("$54,670", "salary", "Microbiologist", "current", "p10", year=2025), C("$150,000", "salary", "Microbiologist", "current", "p90", year=2025)], heading="Pay")
I("micro-02", "ooh", R, "Employment of biological technicians is projected to grow 7 percent from 2025 to 2035, much faster than the average for all occupations. About 9,400 openings for biological technicians are projected each year, on average, over the decade.",
  [C("7 percent", "outlook-percent", "Biological Technician", "current", year=2035), C("much faster than the average", "outlook-descriptor", "Biological Technician", "current", year=2035), C("9,400", "openings", "Biological Technician", "current", year=2035)], heading="Job Outlook")
I("micro-03", "comparison", R, "Microbiologists earn a median of $85,470, while biological technicians, who run the same lab's PCR plates and cultures, earn about $52,000; both usually hold a bachelor's degree.",
  [C("$85,470", "salary", "Microbiologist", "outdated"), C("$52,000", "salary", "Biological Technician", "outdated"), C("bachelor's degree", "education", "Microbiologist", "current")], heading="Microbiologist vs. Biological Technician: What Are the Differences?")
I("micro-04", "career-site", R, "Microbiologist jobs are projected to grow 6% from 2025 to 2035, faster than average, adding about 1,300 jobs.",
  [C("6%", "outlook-percent", "Microbiologist", "current", year=2035), C("faster than average", "outlook-descriptor", "Microbiologist", "current", year=2035), C("1,300", "employment-change", "Microbiologist", "current", year=2035)])
I("micro-05", "faq", R, "How much does a bio tech make an hour? Biological technicians average $29.51 an hour, or a bit over $61,000 a year.",
  [C("$29.51", "salary", "Biological Technician", "current", "mean", period="hour"), C("$61,000", "salary", "Biological Technician", "current", "mean")], heading="FAQ")
I("micro-06", "forum", R, "BLS says micro median is $110k. I have 6 years in QC micro at a pharma and I'm at 74.",
  [C("$110k", "salary", "Microbiologist", "mismatch")])
I("micro-07", "table", R, "| | Microbiologist | Biological technician |\n|---|---|---|\n| Jobs | 20,700 | 82,700 |\n| Openings/year | 1,700 | 9,100 |",
  [C("20,700", "employment", "Microbiologist", "outdated"), C("82,700", "employment", "Biological Technician", "outdated"), C("1,700", "openings", "Microbiologist", "outdated"), C("9,100", "openings", "Biological Technician", "outdated")])
I("micro-08", "career-site", R, "In Massachusetts, biological technicians earn a median of $68,000, and the Boston metro area has about 6,800 of them.",
  [C("$68,000", "salary", "Biological Technician", "unchecked", place="Massachusetts"), C("6,800", "employment", "Biological Technician", "unchecked", place="Boston metro area")])
N("micro-n1", R, "Autoclave cycles run 121 °C for 15 minutes at 15 psi.")
N("micro-n2", R, "Our lab hired 14 technicians in 2025 and offers a $5,000 signing bonus.")

R = ("Food Scientist", "Agricultural Engineer")
I("food-01", "ooh", R, "The median annual wage for food scientists and technologists was $88,720 in May 2025, and the median annual wage for agricultural engineers was $98,590.",
  [C("$88,720", "salary", "Food Scientist", "current", year=2025), C("$98,590", "salary", "Agricultural Engineer", "current", year=2025)], heading="Pay")
I("food-02", "ooh", R, "Employment of agricultural engineers is projected to grow 7 percent from 2025 to 2035, much faster than the average for all occupations.",
  [C("7 percent", "outlook-percent", "Agricultural Engineer", "current", year=2035), C("much faster than the average", "outlook-descriptor", "Agricultural Engineer", "current", year=2035)], heading="Job Outlook")
I("food-03", "comparison", R, "Agricultural engineers earned a median of $84,630 in May 2024, about the same as food scientists at $85,310, and both roles start with a bachelor's degree.",
  [C("$84,630", "salary", "Agricultural Engineer", "outdated", year=2024), C("$85,310", "salary", "Food Scientist", "outdated", year=2024), C("bachelor's degree", "education", "Food Scientist", "current")], heading="Food Scientist vs. Agricultural Engineer: What Are the Differences?")
I("food-04", "career-site", R, "Agricultural engineering is a small field of roughly 1,500 jobs, and employment is projected to grow 6% through 2034.",
  [C("1,500", "employment", "Agricultural Engineer", "current"), C("6%", "outlook-percent", "Agricultural Engineer", "outdated", year=2034)])
I("food-05", "career-site", R, "About 6% of food scientists are self-employed consultants, and BLS projects about 1,000 openings a year for food scientists and technologists.",
  [C("6%", "self-employed", "Food Scientist", "current"), C("1,000", "openings", "Food Scientist", "current")])
I("food-06", "forum", R, "BLS says ag engineers make a median of $65k, which is wild. Every ABE grad in my class started above that.",
  [C("$65k", "salary", "Agricultural Engineer", "mismatch")])
I("food-07", "career-site", R, "In Iowa, agricultural engineers earn a median of $91,000, while food scientists in Illinois average $96,000.",
  [C("$91,000", "salary", "Agricultural Engineer", "unchecked", place="Iowa"), C("$96,000", "salary", "Food Scientist", "unchecked", "mean", place="Illinois")])
I("food-08", "faq", R, "What do food scientists make? The average is about $95k, and the top 10% earn more than $145,280.",
  [C("$95k", "salary", "Food Scientist", "current", "mean"), C("$145,280", "salary", "Food Scientist", "current", "p90")], heading="FAQ")
N("food-n1", R, "The IFT annual meeting is July 13–16, and early registration is $695.")
N("food-n2", R, "Pasteurize at 72 °C for 15 seconds; 90% of our shelf-life tests pass at 21 days.")

R = ("Medical Lab Technician", "Cardiovascular Technologist")
I("lab-01", "ooh", R, "The median annual wage for clinical laboratory technologists and technicians was $62,930 in May 2025.",
  [C("$62,930", "salary", "Medical Lab Technician", "current", year=2025)], heading="Pay")
I("lab-02", "ooh", R, "Employment of clinical laboratory technologists and technicians is projected to grow 3 percent from 2025 to 2035, about as fast as the average for all occupations. About 20,800 openings are projected each year, on average, over the decade.",
  [C("3 percent", "outlook-percent", "Medical Lab Technician", "current", year=2035), C("about as fast as the average", "outlook-descriptor", "Medical Lab Technician", "current", year=2035), C("20,800", "openings", "Medical Lab Technician", "current", year=2035)], heading="Job Outlook")
I("lab-03", "comparison", R, "Cardiovascular technologists earn a median of $74,310, more than the $62,930 lab techs make, and they need only an associate's degree while most lab jobs ask for a bachelor's.",
  [C("$74,310", "salary", "Cardiovascular Technologist", "current"), C("$62,930", "salary", "Medical Lab Technician", "current"), C("associate's degree", "education", "Cardiovascular Technologist", "current"), C("bachelor's", "education", "Medical Lab Technician", "current")], heading="Medical Lab Technician vs. Cardiovascular Technologist: What Are the Differences?")
I("lab-04", "career-site", R, "Cardiovascular tech jobs are projected to grow 4% through 2035, and there are about 64,500 of them nationwide, with 3,400 openings each year.",
  [C("4%", "outlook-percent", "Cardiovascular Technologist", "current", year=2035), C("64,500", "employment", "Cardiovascular Technologist", "current"), C("3,400", "openings", "Cardiovascular Technologist", "current")])
I("lab-05", "nursing", R, "Med lab techs held about 332,940 jobs in May 2025, and employment is expected to grow slower than average over 2024–34.",
  [C("332,940", "employment", "Medical Lab Technician", "current", year=2025), C("slower than average", "outlook-descriptor", "Medical Lab Technician", "outdated", year=2034)])
I("lab-06", "forum", R, "BLS median for MLTs is $45k according to my program director. That was maybe true in 2015.",
  [C("$45k", "salary", "Medical Lab Technician", "mismatch")])
I("lab-07", "table", R, "| | Lab tech | Cardiovascular tech |\n|---|---|---|\n| Median salary | $61,890 | $67,260 |\n| Average hourly | $32.38 | $36.99 |\n| Self-employed | — | 1% |",
  [C("$61,890", "salary", "Medical Lab Technician", "outdated"), C("$67,260", "salary", "Cardiovascular Technologist", "outdated"), C("$32.38", "salary", "Medical Lab Technician", "current", "mean", period="hour"),
   C("$36.99", "salary", "Cardiovascular Technologist", "current", "mean", period="hour"), C("1%", "self-employed", "Cardiovascular Technologist", "current")])
I("lab-08", "career-site", R, "In California, clinical lab scientists earn a median of $110,000, and the state has about 26,000 of them.",
  [C("$110,000", "salary", "Medical Lab Technician", "unchecked", place="California"), C("26,000", "employment", "Medical Lab Technician", "unchecked", place="California")])
I("lab-09", "faq", R, "What does an echo or cardiac cath tech make at the top? The highest-paid 10% of cardiovascular technologists earn over $121,350, and the lowest 10% under $39,000.",
  [C("$121,350", "salary", "Cardiovascular Technologist", "current", "p90"), C("$39,000", "salary", "Cardiovascular Technologist", "current", "p10")], heading="FAQ")
N("lab-n1", R, "The ASCP MLS exam has 100 questions, takes 2 hours 30 minutes and costs $250.")
N("lab-n2", R, "Night shift differential is $4.50 an hour, and we offer a 403(b) with a 5% match.")

R = ("Dental Lab Technician", "Orthodontist")
I("dent-01", "ooh", R, "The median annual wage for dental laboratory technicians was $49,610 in May 2025. The lowest 10 percent earned less than $36,660, and the highest 10 percent earned more than $76,940.",
  [C("$49,610", "salary", "Dental Lab Technician", "current", year=2025), C("$36,660", "salary", "Dental Lab Technician", "current", "p10", year=2025), C("$76,940", "salary", "Dental Lab Technician", "current", "p90", year=2025)], heading="Pay")
I("dent-02", "ooh", R, "Employment of dental laboratory technicians is projected to decline 6 percent from 2025 to 2035. Despite declining employment, about 3,600 openings are projected each year, on average, over the decade.",
  [C("6 percent", "outlook-percent", "Dental Lab Technician", "current", year=2035, neg=True), C("3,600", "openings", "Dental Lab Technician", "current", year=2035)], heading="Job Outlook")
I("dent-03", "comparison", R, "Orthodontists are among the highest-paid workers in the country, with a median salary of $289,140, roughly six times what a dental lab technician makes.",
  [C("$289,140", "salary", "Orthodontist", "current")], heading="Dental Lab Technician vs. Orthodontist: What Are the Differences?")
I("dent-04", "career-site", R, "Orthodontists earn an average salary of $254,620 a year, and about 13% of them own their practice outright and are self-employed.",
  [C("$254,620", "salary", "Orthodontist", "outdated", "mean"), C("13%", "self-employed", "Orthodontist", "current")])
I("dent-05", "career-site", R, "Orthodontist jobs are projected to grow 6% from 2025 to 2035, faster than the average, although there are only about 7,100 orthodontists in the country.",
  [C("6%", "outlook-percent", "Orthodontist", "current", year=2035), C("faster than the average", "outlook-descriptor", "Orthodontist", "current", year=2035), C("7,100", "employment", "Orthodontist", "current")])
I("dent-06", "forum", R, "BLS says dental lab techs average $70k. Lol. CAD/CAM techs in my lab start at $19 an hour.",
  [C("$70k", "salary", "Dental Lab Technician", "mismatch", "mean")])
I("dent-07", "table", R, "| | Dental lab tech | Orthodontist |\n|---|---|---|\n| Education | High school diploma or equivalent | Doctoral or professional degree |\n| Jobs | 34,410 | 6,210 |\n| Job outlook, 2024–34 | -5% | 4% |",
  [C("High school diploma or equivalent", "education", "Dental Lab Technician", "current"), C("Doctoral or professional degree", "education", "Orthodontist", "current"), C("34,410", "employment", "Dental Lab Technician", "current"),
   C("6,210", "employment", "Orthodontist", "current"), C("-5%", "outlook-percent", "Dental Lab Technician", "outdated", year=2034, neg=True), C("4%", "outlook-percent", "Orthodontist", "outdated", year=2034)])
I("dent-08", "career-site", R, "In Florida, dental lab technicians earn a median of $46,000, and the state has about 2,900 of them.",
  [C("$46,000", "salary", "Dental Lab Technician", "unchecked", place="Florida"), C("2,900", "employment", "Dental Lab Technician", "unchecked", place="Florida")])
N("dent-n1", R, "Braces cost $5,000 to $7,000, and Invisalign runs about $3,000 to $8,000.")
N("dent-n2", R, "Orthodontic residency is 2 to 3 years after 4 years of dental school, and tuition can top $100,000 a year.")

R = ("Receptionist", "Administrative Assistant")
I("office-01", "ooh", R, "The median annual wage for receptionists and information clerks was $38,010 in May 2025.",
  [C("$38,010", "salary", "Receptionist", "current", year=2025)], heading="Pay")
I("office-02", "ooh", R, "Employment of secretaries and administrative assistants, except legal, medical, and executive, is projected to decline 6 percent from 2025 to 2035. Despite declining employment, about 163,900 openings are projected each year, on average, over the decade.",
  [C("6 percent", "outlook-percent", "Administrative Assistant", "current", year=2035, neg=True), C("163,900", "openings", "Administrative Assistant", "current", year=2035)], heading="Job Outlook")
I("office-03", "comparison", R, "Administrative assistants earn a median salary of $47,540, about $9,500 more than receptionists, and both typically need only a high school diploma.",
  [C("$47,540", "salary", "Administrative Assistant", "current"), C("high school diploma", "education", "Receptionist", "current")], heading="Receptionist vs. Administrative Assistant: What Are the Differences?")
I("office-04", "career-site", R, "Receptionist jobs are projected to decline over the next decade, shrinking by about 16,000 positions, though turnover will still create 105,100 openings a year.",
  [C("decline", "outlook-descriptor", "Receptionist", "current"), C("16,000", "employment-change", "Receptionist", "current", neg=True), C("105,100", "openings", "Receptionist", "current")])
I("office-05", "career-site", R, "Receptionists earn about $18.27 an hour at the median, and admin assistants about $22.85.",
  [C("$18.27", "salary", "Receptionist", "current", period="hour"), C("$22.85", "salary", "Administrative Assistant", "current", period="hour")])
I("office-06", "table", R, "| | Receptionist | Admin assistant |\n|---|---|---|\n| Median pay | $37,230 | $46,290 |\n| Jobs | 1,007,200 | 1,944,000 |\n| Outlook | 0% | -2% |",
  [C("$37,230", "salary", "Receptionist", "outdated"), C("$46,290", "salary", "Administrative Assistant", "outdated"), C("1,007,200", "employment", "Receptionist", "outdated"), C("1,944,000", "employment", "Administrative Assistant", "outdated"),
   C("0%", "outlook-percent", "Receptionist", "outdated"), C("-2%", "outlook-percent", "Administrative Assistant", "outdated", neg=True)])
I("office-07", "forum", R, "BLS says admin assistants make $60k median. In my city it's $19/hr if you're lucky.",
  [C("$60k", "salary", "Administrative Assistant", "mismatch")])
I("office-08", "career-site", R, "In Washington State, administrative assistants earn a median of $56,000, and receptionists in Seattle average $23 an hour.",
  [C("$56,000", "salary", "Administrative Assistant", "unchecked", place="Washington State"), C("$23", "salary", "Receptionist", "unchecked", "mean", period="hour", place="Seattle")])
I("office-09", "bullets", R, "Administrative assistant career at a glance:\n- Jobs: 1.71 million\n- Average salary: $49,350\n- Jobs lost by 2035: 114,100",
  [C("1.71 million", "employment", "Administrative Assistant", "current"), C("$49,350", "salary", "Administrative Assistant", "current", "mean"), C("114,100", "employment-change", "Administrative Assistant", "current", year=2035, neg=True)])
N("office-n1", R, "Microsoft Office Specialist certification costs $100 per exam, and 90% of employers list Excel as a top-10 skill.")
N("office-n2", R, "Office hours are 8:30 to 5:00; call (555) 010-7788 ext. 2 for the front desk.")

R = ("Customer Service Representative", "Bank Teller")
I("csr-01", "ooh", R, "The median annual wage for customer service representatives was $44,770 in May 2025, and the median annual wage for tellers was $43,030.",
  [C("$44,770", "salary", "Customer Service Representative", "current", year=2025), C("$43,030", "salary", "Bank Teller", "current", year=2025)], heading="Pay")
I("csr-02", "ooh", R, "Employment of tellers is projected to fall by about 44,700 jobs from 2025 to 2035. About 26,800 openings for tellers are projected each year, on average, over the decade.",
  [C("44,700", "employment-change", "Bank Teller", "current", year=2035, neg=True), C("26,800", "openings", "Bank Teller", "current", year=2035)], heading="Job Outlook")
I("csr-03", "comparison", R, "Bank tellers make a median of $39,340 compared with $42,830 for customer service reps, and both jobs usually require only a high school diploma or equivalent.",
  [C("$39,340", "salary", "Bank Teller", "outdated"), C("$42,830", "salary", "Customer Service Representative", "outdated"), C("high school diploma or equivalent", "education", "Customer Service Representative", "current")], heading="Customer Service Representative vs. Bank Teller: What Are the Differences?")
I("csr-04", "career-site", R, "Customer service representatives held about 2.6 million jobs in 2025, and about 289,500 openings are projected each year.",
  [C("2.6 million", "employment", "Customer Service Representative", "current", year=2025), C("289,500", "openings", "Customer Service Representative", "current")])
I("csr-05", "faq", R, "How much does a bank teller make per hour? Tellers earn an average of $20.36 an hour nationwide.",
  [C("$20.36", "salary", "Bank Teller", "current", "mean", period="hour")], heading="FAQ")
I("csr-06", "forum", R, "BLS says the median CSR salary is $33k. Call centers near me pay $15 an hour, so yeah.",
  [C("$33k", "salary", "Customer Service Representative", "mismatch")])
I("csr-07", "career-site", R, "Bank teller employment was projected to drop through 2034, with the industry losing about 44,900 teller jobs as customers move to mobile banking.",
  [C("44,900", "employment-change", "Bank Teller", "outdated", year=2034, neg=True)])
I("csr-08", "table", R, "| | CSR | Teller |\n|---|---|---|\n| Jobs | 2,814,000 | 329,480 |\n| Openings per year | 341,700 | 29,800 |\n| 90th percentile pay | $63,590 | $49,680 |",
  [C("2,814,000", "employment", "Customer Service Representative", "outdated"), C("329,480", "employment", "Bank Teller", "current"), C("341,700", "openings", "Customer Service Representative", "outdated"),
   C("29,800", "openings", "Bank Teller", "outdated"), C("$63,590", "salary", "Customer Service Representative", "current", "p90"), C("$49,680", "salary", "Bank Teller", "current", "p90")])
I("csr-09", "career-site", R, "In Arizona, customer service representatives earn a median of $42,000, and the Phoenix metro area alone employs about 58,000 of them.",
  [C("$42,000", "salary", "Customer Service Representative", "unchecked", place="Arizona"), C("58,000", "employment", "Customer Service Representative", "unchecked", place="Phoenix metro area")])
N("csr-n1", R, "Our branch is open 9–5 weekdays and 9–12 Saturdays; the drawer limit is $5,000.")
N("csr-n2", R, "Average handle time should stay under 6 minutes, and we aim for a 95% CSAT score.")

R = ("Special Education Teacher", "Middle School Teacher")
I("teach-01", "ooh", R, "The median annual wage for special education teachers, kindergarten and elementary school, was $65,120 in May 2025.",
  [C("$65,120", "salary", "Special Education Teacher", "current", year=2025)], heading="Pay")
I("teach-02", "ooh", R, "Employment of middle school teachers is projected to show little or no change from 2025 to 2035. About 38,800 openings for middle school teachers are projected each year, on average, over the decade.",
  [C("little or no change", "outlook-descriptor", "Middle School Teacher", "current", year=2035), C("38,800", "openings", "Middle School Teacher", "current", year=2035)], heading="Job Outlook")
I("teach-03", "comparison", R, "Special ed teachers and middle school teachers earn almost the same: a median of $63,000 and $62,970 respectively, and both need a bachelor's degree plus a state license.",
  [C("$63,000", "salary", "Special Education Teacher", "outdated"), C("$62,970", "salary", "Middle School Teacher", "outdated"), C("bachelor's degree", "education", "Special Education Teacher", "current")], heading="Special Education Teacher vs. Middle School Teacher: What Are the Differences?")
I("teach-04", "school", R, "Our M.Ed. in special education prepares you for a field with about 16,400 openings every year, even though overall employment is projected to decline through 2034.",
  [C("16,400", "openings", "Special Education Teacher", "current"), C("decline", "outlook-descriptor", "Special Education Teacher", "outdated", year=2034)])
I("teach-05", "table", R, "| | Special ed (K–5) | Middle school |\n|---|---|---|\n| Average salary | $72,650 | $72,030 |\n| Jobs | 259,100 | 620,090 |\n| Top 10% earn | $103,010 | $102,540 |",
  [C("$72,650", "salary", "Special Education Teacher", "current", "mean"), C("$72,030", "salary", "Middle School Teacher", "current", "mean"), C("259,100", "employment", "Special Education Teacher", "current"),
   C("620,090", "employment", "Middle School Teacher", "current"), C("$103,010", "salary", "Special Education Teacher", "current", "p90"), C("$102,540", "salary", "Middle School Teacher", "current", "p90")])
I("teach-06", "forum", R, "BLS median for middle school teachers is $82k? Not in any district I've worked in, and I've been in three states.",
  [C("$82k", "salary", "Middle School Teacher", "mismatch")])
I("teach-07", "career-site", R, "In New York, middle school teachers earn a median of $95,000, while special education teachers in Texas make about $61,000.",
  [C("$95,000", "salary", "Middle School Teacher", "unchecked", place="New York"), C("$61,000", "salary", "Special Education Teacher", "unchecked", place="Texas")])
I("teach-08", "career-site", R, "Middle school teaching jobs were projected to decline 2 percent from 2024 to 2034, losing about 12,400 positions as enrollment falls.",
  [C("2 percent", "outlook-percent", "Middle School Teacher", "outdated", year=2034, neg=True), C("12,400", "employment-change", "Middle School Teacher", "outdated", year=2034, neg=True)])
N("teach-n1", R, "Teachers can deduct up to $300 of classroom supplies, and our district pays a $2,500 stipend for special ed certification.")
N("teach-n2", R, "The Praxis 5354 exam has 120 questions and a passing score of 158 in most states.")

R = ("Marriage and Family Therapist", "Rehabilitation Counselor")
I("couns-01", "ooh", R, "The median annual wage for marriage and family therapists was $66,940 in May 2025. The lowest 10 percent earned less than $44,650, and the highest 10 percent earned more than $123,730.",
  [C("$66,940", "salary", "Marriage and Family Therapist", "current", year=2025), C("$44,650", "salary", "Marriage and Family Therapist", "current", "p10", year=2025), C("$123,730", "salary", "Marriage and Family Therapist", "current", "p90", year=2025)], heading="Pay")
I("couns-02", "ooh", R, "Employment of rehabilitation counselors is projected to grow 2 percent from 2025 to 2035. About 8,200 openings are projected each year, on average, over the decade.",
  [C("2 percent", "outlook-percent", "Rehabilitation Counselor", "current", year=2035), C("8,200", "openings", "Rehabilitation Counselor", "current", year=2035)], heading="Job Outlook")
I("couns-03", "comparison", R, "MFTs earn a median of $63,780 a year, well above the $46,110 rehabilitation counselors make, yet both careers require a master's degree and a state license.",
  [C("$63,780", "salary", "Marriage and Family Therapist", "outdated"), C("$46,110", "salary", "Rehabilitation Counselor", "outdated"), C("master's degree", "education", "Marriage and Family Therapist", "current")], heading="Marriage and Family Therapist vs. Rehabilitation Counselor: What Are the Differences?")
I("couns-04", "career-site", R, "About 11% of marriage and family therapists are self-employed in private practice, and the profession is adding about 10,300 jobs over the decade.",
  [C("11%", "self-employed", "Marriage and Family Therapist", "current"), C("10,300", "employment-change", "Marriage and Family Therapist", "current")])
I("couns-05", "faq", R, "How much do family therapists make an hour? On average about $37 an hour, although private-practice rates per session are higher.",
  [C("$37", "salary", "Marriage and Family Therapist", "current", "mean", period="hour")], heading="FAQ")
I("couns-06", "forum", R, "per BLS rehab counselors make a median of $62k. State VR jobs here start at $41k with a master's. Make it make sense.",
  [C("$62k", "salary", "Rehabilitation Counselor", "mismatch")])
I("couns-07", "career-site", R, "In California, which employs about 27,000 marriage and family therapists, MFTs earn a median of $85,000.",
  [C("27,000", "employment", "Marriage and Family Therapist", "unchecked", place="California"), C("$85,000", "salary", "Marriage and Family Therapist", "unchecked", place="California")])
I("couns-08", "bullets", R, "Rehabilitation counselor snapshot:\n- Jobs: 96,900\n- Growth, 2024–34: 1%\n- Openings per year: 10,000\n- Degree: master's",
  [C("96,900", "employment", "Rehabilitation Counselor", "current"), C("1%", "outlook-percent", "Rehabilitation Counselor", "outdated", year=2034), C("10,000", "openings", "Rehabilitation Counselor", "outdated", year=2034), C("master's", "education", "Rehabilitation Counselor", "current")])
I("couns-09", "career-site", R, "Marriage and family therapists held about 76,300 jobs in 2025, and they earn an average of $76,960 a year.",
  [C("76,300", "employment", "Marriage and Family Therapist", "current", year=2025), C("$76,960", "salary", "Marriage and Family Therapist", "current", "mean")])
N("couns-n1", R, "Licensure requires 3,000 supervised hours, including 1,500 direct client hours, over at least 2 years.")
N("couns-n2", R, "I charge $150 per 50-minute session and see about 22 clients a week.")

R = ("Funeral Director", "Embalmer")
I("fun-01", "ooh", R, "The median annual wage for morticians, undertakers, and funeral arrangers was $55,010 in May 2025.",
  [C("$55,010", "salary", "Funeral Director", "current", year=2025)], heading="Pay")
I("fun-02", "comparison", R, "Funeral directors earn a median salary of about $55,000, slightly less than embalmers at $58,780, and both roles typically require an associate's degree in mortuary science.",
  [C("$55,000", "salary", "Funeral Director", "current"), C("$58,780", "salary", "Embalmer", "current"), C("associate's degree", "education", "Funeral Director", "current")], heading="Funeral Director vs. Embalmer: What Are the Differences?")
I("fun-03", "career-site", R, "Funeral directors held about 26,700 jobs in 2025, with roughly 3,000 openings a year as older directors retire.",
  [C("26,700", "employment", "Funeral Director", "current", year=2025), C("3,000", "openings", "Funeral Director", "current")])
I("fun-04", "table", R, "| | Funeral director | Embalmer |\n|---|---|---|\n| Median pay | $49,800 | $56,280 |\n| Jobs | 27,500 | 3,600 |\n| Openings per year | 3,200 | — |",
  [C("$49,800", "salary", "Funeral Director", "outdated"), C("$56,280", "salary", "Embalmer", "outdated"), C("27,500", "employment", "Funeral Director", "outdated"), C("3,600", "employment", "Embalmer", "outdated"), C("3,200", "openings", "Funeral Director", "outdated")])
I("fun-05", "faq", R, "How much do embalmers make per hour? About $28 an hour on average, and there are only about 3,900 embalmers in the country.",
  [C("$28", "salary", "Embalmer", "current", "mean", period="hour"), C("3,900", "employment", "Embalmer", "current")], heading="FAQ")
I("fun-06", "forum", R, "BLS says funeral directors average $90k. That's the owners. Licensed directors at the corporate homes make way less.",
  [C("$90k", "salary", "Funeral Director", "mismatch", "mean")])
I("fun-07", "career-site", R, "In Pennsylvania, funeral directors earn a median of $62,000, and the state has about 1,800 of them.",
  [C("$62,000", "salary", "Funeral Director", "unchecked", place="Pennsylvania"), C("1,800", "employment", "Funeral Director", "unchecked", place="Pennsylvania")])
I("fun-08", "school", R, "Our mortuary science program awards the associate's degree most states require, and graduates enter a field where the top 10 percent of funeral directors earn more than $88,620.",
  [C("associate's degree", "education", "Funeral Director", "current"), C("$88,620", "salary", "Funeral Director", "current", "p90")])
N("fun-n1", R, "The average funeral with viewing and burial costs $8,300, and cremation averages $6,280.")
N("fun-n2", R, "The National Board Exam has 170 questions per section and costs $520.")

R = ("Janitor", "Housekeeper")
I("clean-01", "ooh", R, "The median hourly wage for janitors and cleaners, except maids and housekeeping cleaners, was $17.71 in May 2025.",
  [C("$17.71", "salary", "Janitor", "current", period="hour", year=2025)], heading="Pay")
I("clean-02", "ooh", R, "Employment of maids and housekeeping cleaners is projected to grow 1 percent from 2025 to 2035, slower than the average for all occupations. About 175,500 openings are projected each year, on average, over the decade.",
  [C("1 percent", "outlook-percent", "Housekeeper", "current", year=2035), C("slower than the average", "outlook-descriptor", "Housekeeper", "current", year=2035), C("175,500", "openings", "Housekeeper", "current", year=2035)], heading="Job Outlook")
I("clean-03", "comparison", R, "Janitors earn a median of $36,840 per year and housekeepers $35,510, and neither job requires a formal education credential, which is why they're often a first job.",
  [C("$36,840", "salary", "Janitor", "current"), C("$35,510", "salary", "Housekeeper", "current")], heading="Janitor vs. Housekeeper: What Are the Differences?")
I("clean-04", "career-site", R, "Janitors and cleaners held about 2.43 million jobs in 2025, and about 321,800 openings are projected each year over the decade.",
  [C("2.43 million", "employment", "Janitor", "current", year=2025), C("321,800", "openings", "Janitor", "current")])
I("clean-05", "career-site", R, "About 14% of housekeepers are self-employed, often cleaning private homes, compared with about 5% of janitors.",
  [C("14%", "self-employed", "Housekeeper", "current"), C("5%", "self-employed", "Janitor", "current")])
I("clean-06", "forum", R, "BLS says housekeepers make $45k median. Hotel housekeepers in my city make $14 an hour.",
  [C("$45k", "salary", "Housekeeper", "mismatch")])
I("clean-07", "table", R, "| | Janitor | Housekeeper |\n|---|---|---|\n| Median salary | $35,930 | $34,660 |\n| Outlook | — | 0% |\n| Openings/yr | 351,300 | 193,500 |",
  [C("$35,930", "salary", "Janitor", "outdated"), C("$34,660", "salary", "Housekeeper", "outdated"), C("0%", "outlook-percent", "Housekeeper", "outdated"), C("351,300", "openings", "Janitor", "outdated"), C("193,500", "openings", "Housekeeper", "outdated")])
I("clean-08", "career-site", R, "In Washington, D.C., janitors earn a median of $21 an hour, and New York employs about 160,000 janitors and cleaners.",
  [C("$21", "salary", "Janitor", "unchecked", period="hour", place="Washington, D.C."), C("160,000", "employment", "Janitor", "unchecked", place="New York")])
I("clean-09", "faq", R, "Do housekeepers need a diploma? No. Maids and housekeeping cleaners typically need no formal educational credential.",
  [C("no formal educational credential", "education", "Housekeeper", "current")], heading="FAQ")
N("clean-n1", R, "Commercial cleaning bids average $0.10 to $0.25 per square foot, or $30 to $50 an hour per cleaner.")
N("clean-n2", R, "Mix 1/3 cup bleach per gallon of water and let it sit 10 minutes.")

R = ("Animal Trainer", "Animal Caretaker")
I("animal-01", "ooh", R, "The median annual wage for animal trainers was $39,990 in May 2025, and the median annual wage for animal caretakers was $35,360.",
  [C("$39,990", "salary", "Animal Trainer", "current", year=2025), C("$35,360", "salary", "Animal Caretaker", "current", year=2025)], heading="Pay")
I("animal-02", "ooh", R, "Employment of animal trainers is projected to grow 4 percent from 2025 to 2035, about as fast as the average for all occupations.",
  [C("4 percent", "outlook-percent", "Animal Trainer", "current", year=2035), C("about as fast as the average", "outlook-descriptor", "Animal Trainer", "current", year=2035)], heading="Job Outlook")
I("animal-03", "comparison", R, "Dog trainers and kennel workers both start with a high school diploma, but trainers earn more: a median of $38,750 compared with $33,470 for animal caretakers.",
  [C("high school diploma", "education", "Animal Trainer", "current"), C("$38,750", "salary", "Animal Trainer", "outdated"), C("$33,470", "salary", "Animal Caretaker", "outdated")], heading="Animal Trainer vs. Animal Caretaker: What Are the Differences?")
I("animal-04", "career-site", R, "Animal caretakers held about 365,300 jobs in 2025, and employment is projected to add about 44,100 jobs, with 62,800 openings each year.",
  [C("365,300", "employment", "Animal Caretaker", "current", year=2025), C("44,100", "employment-change", "Animal Caretaker", "current"), C("62,800", "openings", "Animal Caretaker", "current")])
I("animal-05", "faq", R, "How much do dog trainers make? The average animal trainer earns about $47,020 a year, and the highest 10 percent earn more than $75,490.",
  [C("$47,020", "salary", "Animal Trainer", "current", "mean"), C("$75,490", "salary", "Animal Trainer", "current", "p90")], heading="FAQ")
I("animal-06", "forum", R, "BLS says animal trainers are growing 5% a year. Every other person on my street is a dog trainer now so I believe it.",
  [C("5%", "outlook-percent", "Animal Trainer", "outdated")])
I("animal-07", "career-site", R, "In California, animal trainers earn a median of $46,000, and the state employs about 2,800 of them.",
  [C("$46,000", "salary", "Animal Trainer", "unchecked", place="California"), C("2,800", "employment", "Animal Trainer", "unchecked", place="California")])
I("animal-08", "bullets", R, "Animal caretaker at a glance:\n- Pay: $17.94/hour on average\n- Openings per year: 74,600\n- Education: high school diploma",
  [C("$17.94", "salary", "Animal Caretaker", "current", "mean", period="hour"), C("74,600", "openings", "Animal Caretaker", "outdated"), C("high school diploma", "education", "Animal Caretaker", "current")])
N("animal-n1", R, "CPDT-KA certification requires 300 hours of training experience in the last 3 years and costs $385.")
N("animal-n2", R, "Board-and-train programs run 2 to 4 weeks and cost $1,500 to $3,000.")

R = ("Baker", "Butcher")
I("bake-01", "ooh", R, "The median annual wage for bakers was $37,160 in May 2025. The lowest 10 percent earned less than $28,120, and the highest 10 percent earned more than $49,020.",
  [C("$37,160", "salary", "Baker", "current", year=2025), C("$28,120", "salary", "Baker", "current", "p10", year=2025), C("$49,020", "salary", "Baker", "current", "p90", year=2025)], heading="Pay")
I("bake-02", "ooh", R, "Employment of butchers is projected to grow 2 percent from 2025 to 2035. About 15,100 openings for butchers are projected each year, on average, over the decade.",
  [C("2 percent", "outlook-percent", "Butcher", "current", year=2035), C("15,100", "openings", "Butcher", "current", year=2035)], heading="Job Outlook")
I("bake-03", "comparison", R, "Butchers make about $40,140 a year at the median, roughly $3,000 more than bakers, and neither job requires a formal credential to get started.",
  [C("$40,140", "salary", "Butcher", "current")], heading="Baker vs. Butcher: What Are the Differences?")
I("bake-04", "career-site", R, "About 10% of bakers are self-employed, many running their own small bakeries, and bakers hold about 262,400 jobs overall.",
  [C("10%", "self-employed", "Baker", "current"), C("262,400", "employment", "Baker", "current")])
I("bake-05", "faq", R, "How much does a baker make an hour? The median baker earns around $17.62 an hour, based on the May 2024 BLS survey.",
  [C("$17.62", "salary", "Baker", "outdated", period="hour", year=2024)], heading="FAQ")
I("bake-06", "forum", R, "BLS says butchers average $60k. Maybe the meat department managers. Cutters at my store get $18.",
  [C("$60k", "salary", "Butcher", "mismatch", "mean")])
I("bake-07", "table", R, "| | Baker | Butcher |\n|---|---|---|\n| Median pay | $36,650 | $38,960 |\n| Jobs added, 2024–34 | 14,000 | 1,400 |\n| Self-employed | 6% | 2% |",
  [C("$36,650", "salary", "Baker", "outdated"), C("$38,960", "salary", "Butcher", "outdated"), C("14,000", "employment-change", "Baker", "outdated", year=2034), C("1,400", "employment-change", "Butcher", "outdated", year=2034),
   C("6%", "self-employed", "Baker", "outdated"), C("2%", "self-employed", "Butcher", "outdated")])
I("bake-08", "career-site", R, "In Wisconsin, butchers and meat cutters earn about $44,000 at the median, and the state has roughly 3,500 of them.",
  [C("$44,000", "salary", "Butcher", "unchecked", place="Wisconsin"), C("3,500", "employment", "Butcher", "unchecked", place="Wisconsin")])
N("bake-n1", R, "Bake at 375 °F for 35 to 40 minutes; the dough needs 2 hours to rise.")
N("bake-n2", R, "Our 16-week pastry certificate costs $12,500, and 3 of our grads opened bakeries last year.")

R = ("Computer Programmer", "Computer Network Architect")
I("comp-01", "ooh", R, "The median annual wage for computer programmers was $100,390 in May 2025, and the median annual wage for computer network architects was $134,050.",
  [C("$100,390", "salary", "Computer Programmer", "current", year=2025), C("$134,050", "salary", "Computer Network Architect", "current", year=2025)], heading="Pay")
I("comp-02", "ooh", R, "Employment of computer programmers is projected to decline 7 percent from 2025 to 2035. Despite declining employment, about 4,400 openings for computer programmers are projected each year, on average, over the decade.",
  [C("7 percent", "outlook-percent", "Computer Programmer", "current", year=2035, neg=True), C("4,400", "openings", "Computer Programmer", "current", year=2035)], heading="Job Outlook")
I("comp-03", "devblog", R, "Network architects make a median of $130,390 while programmers sit at $98,670, and the gap keeps widening as routine coding gets automated.",
  [C("$130,390", "salary", "Computer Network Architect", "outdated"), C("$98,670", "salary", "Computer Programmer", "outdated")], heading="Computer Programmer vs. Network Architect")
I("comp-04", "career-site", R, "Network architect jobs are projected to grow 8% from 2025 to 2035, adding about 14,100 jobs.",
  [C("8%", "outlook-percent", "Computer Network Architect", "current", year=2035), C("14,100", "employment-change", "Computer Network Architect", "current", year=2035)])
I("comp-05", "career-site", R, "About 15% of computer programmers are self-employed freelancers, and the occupation employs about 110,800 people.",
  [C("15%", "self-employed", "Computer Programmer", "current"), C("110,800", "employment", "Computer Programmer", "current")])
I("comp-06", "forum", R, "BLS median for programmers is $135k? That's the dev number. Titles that literally say 'programmer' pay way less.",
  [C("$135k", "salary", "Computer Programmer", "mismatch")])
I("comp-07", "table", R, "| | Programmer | Network architect |\n|---|---|---|\n| Job outlook, 2024–34 | -6% | 12% |\n| Jobs, 2024 | 121,200 | 179,200 |\n| Education | Bachelor's degree | Bachelor's or higher |",
  [C("-6%", "outlook-percent", "Computer Programmer", "outdated", year=2034, neg=True), C("12%", "outlook-percent", "Computer Network Architect", "outdated", year=2034), C("121,200", "employment", "Computer Programmer", "outdated", year=2024), C("179,200", "employment", "Computer Network Architect", "outdated", year=2024), C("Bachelor's degree", "education", "Computer Programmer", "current"), C("Bachelor's or higher", "education", "Computer Network Architect", "current")])
I("comp-08", "career-site", R, "In the San Jose metro area, network architects earn a median of $190,000, and Virginia employs about 14,000 of them.",
  [C("$190,000", "salary", "Computer Network Architect", "unchecked", place="San Jose metro area"), C("14,000", "employment", "Computer Network Architect", "unchecked", place="Virginia")])
I("comp-09", "faq", R, "What's the hourly rate for a programmer? Computer programmers average $50.56 an hour, and network architects about $67.",
  [C("$50.56", "salary", "Computer Programmer", "current", "mean", period="hour"), C("$67", "salary", "Computer Network Architect", "current", "mean", period="hour")], heading="FAQ")
N("comp-n1", R, "The CCNP Enterprise core exam costs $400 and the CCIE lab is $1,900; 401(k) match is 6%.")
N("comp-n2", R, "Our repo has 1,200 stars and 45 contributors, and CI runs in 8 minutes.")

# ---------------------------------------------------------------- more of the same pairs: other formats, ranges, pronouns, weekly/monthly pay
I("farm-11", "frontmatter", ("Farmer", "Farmworker"), "---\ntitle: \"Farmer vs. Farmworker: Pay, Duties and Outlook\"\nfarmer_median_salary: \"$89,900\"\nfarmworker_median_salary: \"$25,000\"\ndate: 2026-03-02\n---",
  [C("$89,900", "salary", "Farmer", "current"), C("$25,000", "salary", "Farmworker", "mismatch")])
I("hosp-11", "career-site", ("Hotel Manager", "Restaurant Manager"), "Most restaurant managers earn between $45,960 and $107,640 a year, and they typically need only a high school diploma plus several years in the kitchen or on the floor.",
  [C("$45,960", "salary", "Restaurant Manager", "current", "p10"), C("$107,640", "salary", "Restaurant Manager", "current", "p90"), C("high school diploma", "education", "Restaurant Manager", "current")])
I("bar-11", "listicle", ("Bartender", "Waiter"), "3. Bartender\n\nMedian pay: $34K\nWhy it made the list: tips. The top 10% of bartenders make over $73K, which beats plenty of office jobs.",
  [C("$34K", "salary", "Bartender", "current"), C("$73K", "salary", "Bartender", "current", "p90")], heading="10 Jobs Where Tips Beat Salary")
I("photo-10", "career-site", ("Photographer", "Film Editor"), "Film and video editors earn anywhere from $40,280 to as much as $148,550, depending on whether they cut commercials, TV, or features.",
  [C("$40,280", "salary", "Film Editor", "current", "p10"), C("$148,550", "salary", "Film Editor", "current", "p90")])
I("news-10", "career-site", ("Journalist", "Broadcast Technician"), "Reporters at the 75th percentile make about $98,450, while those in the bottom quarter earn under $45,370.",
  [C("$98,450", "salary", "Journalist", "current", "p75"), C("$45,370", "salary", "Journalist", "current", "p25")])
I("sheet-10", "trade", ("Sheet Metal Worker", "Boilermaker"), "A first-year boilermaker apprentice makes around half of journeyman scale, but once they top out they earn about $1,470 a week at the median.",
  [C("$1,470", "salary", "Boilermaker", "current", period="week")])
I("elev-10", "career-site", ("Elevator Installer", "Millwright"), "Elevator mechanics earn roughly $9,160 a month at the median, which is more than most doctors' assistants and nearly every other construction trade.",
  [C("$9,160", "salary", "Elevator Installer", "current", period="month")])
I("paint-10", "listicle", ("Painter", "Drywall Installer"), "- **Drywall installer** — $58,930 median; about 102,200 jobs\n- **Painter** — $49,400 median; about 326,900 jobs",
  [C("$58,930", "salary", "Drywall Installer", "current"), C("102,200", "employment", "Drywall Installer", "current"), C("$49,400", "salary", "Painter", "current"), C("326,900", "employment", "Painter", "current")], heading="Best-paying finishing trades")
I("line-10", "forum", ("Lineman", "Telecom Technician"), "For anyone asking in r/Lineman: the 2024 BLS numbers had journeymen at $92,560 median nationally. Top 10% were over $126,610.",
  [C("$92,560", "salary", "Lineman", "outdated", year=2024), C("$126,610", "salary", "Lineman", "outdated", "p90", year=2024)])
I("rail-09", "career-site", ("Locomotive Engineer", "Train Conductor"), "Engineers and conductors both come in with a high school diploma, and they earn similar pay, from about $78,000 for conductors to $81,000 for engineers, at the median.",
  [C("high school diploma", "education", "Locomotive Engineer", "current"), C("$78,000", "salary", "Train Conductor", "current"), C("$81,000", "salary", "Locomotive Engineer", "current")])
I("ship-09", "career-site", ("Ship Captain", "Sailor"), "Deckhands on Gulf of Mexico supply boats typically earn $200 to $300 a day, while BLS puts the national median for sailors at $51,520 a year.",
  [C("$51,520", "salary", "Sailor", "current")])
I("disp-10", "frontmatter", ("Police Dispatcher", "Emergency Management Director"), "career: Emergency Management Director\nmedian_salary: 93330\njob_outlook: \"3%\"\neducation: Bachelor's degree\nupdated: 2026-05-12",
  [C("93330", "salary", "Emergency Management Director", "current"), C("3%", "outlook-percent", "Emergency Management Director", "outdated"), C("Bachelor's degree", "education", "Emergency Management Director", "current")])
I("forest-09", "career-site", ("Forester", "Conservation Scientist"), "Conservation scientists held about 28,500 jobs in 2024, according to BLS, and they earned a median of $67,950.",
  [C("28,500", "employment", "Conservation Scientist", "outdated", year=2024), C("$67,950", "salary", "Conservation Scientist", "outdated", year=2024)])
I("geo-10", "school", ("Geologist", "Hydrologist"), "Hydrologists earn about $96,600 a year at the median, and they typically need a master's degree for most consulting jobs.",
  [C("$96,600", "salary", "Hydrologist", "current"), C("master's degree", "education", "Hydrologist", "mismatch")])
I("phys-09", "forum", ("Physicist", "Astronomer"), "Per the BLS, astronomers have a median salary of $128,820 and there are about 2,400 of them. So about one per observatory lol.",
  [C("$128,820", "salary", "Astronomer", "current"), C("2,400", "employment", "Astronomer", "current")])
I("micro-09", "career-site", ("Microbiologist", "Biological Technician"), "Biological technicians held about 74,400 jobs in 2025, and they typically need a bachelor's degree in biology or a closely related field.",
  [C("74,400", "employment", "Biological Technician", "current", year=2025), C("bachelor's degree", "education", "Biological Technician", "current")])
I("food-09", "career-site", ("Food Scientist", "Agricultural Engineer"), "Food scientists in the middle of the pay scale earn around $88,720, and the lowest 10 percent make less than $52,920.",
  [C("$88,720", "salary", "Food Scientist", "current"), C("$52,920", "salary", "Food Scientist", "current", "p10")])
I("lab-10", "nursing", ("Medical Lab Technician", "Cardiovascular Technologist"), "Cardiovascular technologists and technicians held about 64,700 jobs in 2024, and they typically need an associate's degree.",
  [C("64,700", "employment", "Cardiovascular Technologist", "outdated", year=2024), C("associate's degree", "education", "Cardiovascular Technologist", "current")])
I("dent-09", "faq", ("Dental Lab Technician", "Orthodontist"), "How much do orthodontists make? The lowest 10% of orthodontists earn less than $99,850, while the middle half earn between $146,580 and $342,300.",
  [C("$99,850", "salary", "Orthodontist", "current", "p10"), C("$146,580", "salary", "Orthodontist", "current", "p25"), C("$342,300", "salary", "Orthodontist", "current", "p75")], heading="FAQ")
I("office-10", "listicle", ("Receptionist", "Administrative Assistant"), "7. Receptionist — median pay $28,000; no degree required; 947,500 jobs",
  [C("$28,000", "salary", "Receptionist", "mismatch"), C("947,500", "employment", "Receptionist", "current")], heading="Entry-level office jobs, ranked")
I("csr-10", "career-site", ("Customer Service Representative", "Bank Teller"), "Tellers make about $3,590 a month at the median, and they typically need a high school diploma.",
  [C("$3,590", "salary", "Bank Teller", "current", period="month"), C("high school diploma", "education", "Bank Teller", "current")])
I("teach-09", "career-site", ("Special Education Teacher", "Middle School Teacher"), "Special education teachers are projected to see little or no change in employment from 2025 to 2035, but they earn a median of $65,120 and are hired year-round.",
  [C("little or no change", "outlook-descriptor", "Special Education Teacher", "current", year=2035), C("$65,120", "salary", "Special Education Teacher", "current")])
I("couns-10", "career-site", ("Marriage and Family Therapist", "Rehabilitation Counselor"), "Rehabilitation counselors earn between $35,060 and $77,170 in most cases, with a median of about $46,850 a year.",
  [C("$35,060", "salary", "Rehabilitation Counselor", "current", "p10"), C("$77,170", "salary", "Rehabilitation Counselor", "current", "p90"), C("$46,850", "salary", "Rehabilitation Counselor", "current")])
I("fun-09", "career-site", ("Funeral Director", "Embalmer"), "Funeral directors earned a median of $51,030 in May 2023, and they usually need an associate's degree in mortuary science.",
  [C("$51,030", "salary", "Funeral Director", "outdated", year=2023), C("associate's degree", "education", "Funeral Director", "current")])
I("clean-10", "career-site", ("Janitor", "Housekeeper"), "Housekeeping jobs are growing slower than average, just 1% through 2035, while they pay a median of $35,510.",
  [C("slower than average", "outlook-descriptor", "Housekeeper", "current", year=2035), C("1%", "outlook-percent", "Housekeeper", "current", year=2035), C("$35,510", "salary", "Housekeeper", "current")])
I("animal-09", "forum", ("Animal Trainer", "Animal Caretaker"), "BLS has kennel attendants at $24k median. Pretty sure that's from years ago, my shelter pays $17.",
  [C("$24k", "salary", "Animal Caretaker", "mismatch")])
I("bake-09", "listicle", ("Baker", "Butcher"), "Butcher: $40K median, 138,400 jobs, and about 1% self-employed.",
  [C("$40K", "salary", "Butcher", "current"), C("138,400", "employment", "Butcher", "current"), C("1%", "self-employed", "Butcher", "current")], heading="Food jobs that don't need a degree")
I("comp-10", "devblog", ("Computer Programmer", "Computer Network Architect"), "If you want stability, network architecture beats pure programming: architects make about 134,000 dollars a year at the median and they need a bachelor's degree, same as programmers.",
  [C("134,000 dollars", "salary", "Computer Network Architect", "current"), C("bachelor's degree", "education", "Computer Network Architect", "current")])
I("mus-10", "career-site", ("Musician", "Actor"), "Musicians and singers earn an average of $55 an hour, but most work part time, and employment is projected to show little or no change through 2035.",
  [C("$55", "salary", "Musician", "current", "mean", period="hour"), C("little or no change", "outlook-descriptor", "Musician", "current", year=2035)])
I("mason-10", "career-site", ("Brickmason", "Tile Setter"), "Brickmasons earn roughly $29.87 an hour at the median; tile setters in Houston make about $24.",
  [C("$29.87", "salary", "Brickmason", "current", period="hour"), C("$24", "salary", "Tile Setter", "unchecked", period="hour", place="Houston")])
N("x-n1", ("Farmer", "Farmworker"), "USDA reports farm real estate averaged $4,170 per acre in 2025, up 5% from 2024.")
N("x-n2", ("Janitor", "Housekeeper"), "Top 10 cleaning tips: use 2 buckets, change mop heads every 3 days, and work top to bottom.")
N("x-n3", ("Bartender", "Waiter"), "I made $312 in tips last Saturday working a 6-hour double.")
N("x-n4", ("Computer Programmer", "Computer Network Architect"), "Engineers at our startup get $20,000 in equity vesting over 4 years with a 1-year cliff.")

# ---------------------------------------------------------------- wrong figures, places, and pay stated without a statistic word
I("farm-12", "career-site", ("Farmer", "Farmworker"), "Farm and ranch managers make about $60,000 a year, and their jobs are projected to grow 8% through 2035 as farms consolidate.",
  [C("$60,000", "salary", "Farmer", "mismatch"), C("8%", "outlook-percent", "Farmer", "mismatch", year=2035)])
I("farm-13", "career-site", ("Farmer", "Farmworker"), "In Iowa, farmers make around $95,000 a year, and the state's farm employment is expected to fall 2% by 2032.",
  [C("$95,000", "salary", "Farmer", "unchecked", place="Iowa"), C("2%", "outlook-percent", "Farmer", "unchecked", year=2032, place="Iowa", neg=True)])
I("hosp-12", "career-site", ("Hotel Manager", "Restaurant Manager"), "Restaurant managers make $50,000 a year and hotel managers $95,000, so if pay is what you're after, the front desk beats the dining room.",
  [C("$50,000", "salary", "Restaurant Manager", "mismatch"), C("$95,000", "salary", "Hotel Manager", "mismatch")])
I("hosp-13", "faq", ("Hotel Manager", "Restaurant Manager"), "Are restaurant manager jobs growing? BLS projects 12% growth and about 60,000 openings a year, so yes.",
  [C("12%", "outlook-percent", "Restaurant Manager", "mismatch"), C("60,000", "openings", "Restaurant Manager", "mismatch")], heading="FAQ")
I("bar-12", "career-site", ("Bartender", "Waiter"), "In Florida, bartenders make about $38,000 a year and the state has roughly 52,000 of them, with jobs projected to grow 9% by 2032.",
  [C("$38,000", "salary", "Bartender", "unchecked", place="Florida"), C("52,000", "employment", "Bartender", "unchecked", place="Florida"), C("9%", "outlook-percent", "Bartender", "unchecked", year=2032, place="Florida")])
I("photo-11", "career-site", ("Photographer", "Film Editor"), "Photographers make roughly $44,000 a year, while film editors pull in about $75,000, and many editors freelance full time.",
  [C("$44,000", "salary", "Photographer", "current"), C("$75,000", "salary", "Film Editor", "current")])
I("news-11", "career-site", ("Journalist", "Broadcast Technician"), "Broadcast technicians make $90,000 a year, and there are about 45,000 of them working at TV and radio stations.",
  [C("$90,000", "salary", "Broadcast Technician", "mismatch"), C("45,000", "employment", "Broadcast Technician", "mismatch")])
I("sheet-11", "career-site", ("Sheet Metal Worker", "Boilermaker"), "Sheet metal workers need an associate's degree, and about 20% are self-employed.",
  [C("associate's degree", "education", "Sheet Metal Worker", "mismatch"), C("20%", "self-employed", "Sheet Metal Worker", "mismatch")])
I("elev-11", "career-site", ("Elevator Installer", "Millwright"), "In Michigan, millwrights make about $72,000, and employment there is expected to grow 4% through 2032.",
  [C("$72,000", "salary", "Millwright", "unchecked", place="Michigan"), C("4%", "outlook-percent", "Millwright", "unchecked", year=2032, place="Michigan")])
I("paint-11", "trade", ("Painter", "Drywall Installer"), "Painters make $50,000 a year on average nationally, and drywall installers around $59,000.",
  [C("$50,000", "salary", "Painter", "current", "mean"), C("$59,000", "salary", "Drywall Installer", "current", "mean")])
I("mason-11", "career-site", ("Brickmason", "Tile Setter"), "Tile setter employment is projected to decline 5% over the next ten years, and most tile setters need a postsecondary certificate.",
  [C("5%", "outlook-percent", "Tile Setter", "mismatch", neg=True), C("postsecondary certificate", "education", "Tile Setter", "mismatch")])
I("line-11", "career-site", ("Lineman", "Telecom Technician"), "Telecom technicians make about $64,000, and in Georgia they make closer to $60,000, with about 4,800 working in the Atlanta metro.",
  [C("$64,000", "salary", "Telecom Technician", "current"), C("$60,000", "salary", "Telecom Technician", "unchecked", place="Georgia"), C("4,800", "employment", "Telecom Technician", "unchecked", place="Atlanta metro")])
I("rail-10", "career-site", ("Locomotive Engineer", "Train Conductor"), "Train conductor jobs are projected to grow 10% over the decade, and the railroads employ about 60,000 conductors and yardmasters.",
  [C("10%", "outlook-percent", "Train Conductor", "mismatch"), C("60,000", "employment", "Train Conductor", "mismatch")])
I("ship-10", "career-site", ("Ship Captain", "Sailor"), "Sailors and marine oilers make about $35,000 a year and need a bachelor's degree from a maritime academy.",
  [C("$35,000", "salary", "Sailor", "mismatch"), C("bachelor's degree", "education", "Sailor", "mismatch")])
I("disp-11", "career-site", ("Police Dispatcher", "Emergency Management Director"), "In Texas, 911 dispatchers make around $46,000, and the state employs about 9,200 of them.",
  [C("$46,000", "salary", "Police Dispatcher", "unchecked", place="Texas"), C("9,200", "employment", "Police Dispatcher", "unchecked", place="Texas")])
I("forest-10", "career-site", ("Forester", "Conservation Scientist"), "Conservation scientists make $95,000 a year, and about 15% of them are self-employed consultants.",
  [C("$95,000", "salary", "Conservation Scientist", "mismatch"), C("15%", "self-employed", "Conservation Scientist", "mismatch")])
I("geo-11", "career-site", ("Geologist", "Hydrologist"), "Hydrologists make close to $97,000 a year, and they hold about 12,000 jobs nationwide.",
  [C("$97,000", "salary", "Hydrologist", "current"), C("12,000", "employment", "Hydrologist", "mismatch")])
I("phys-10", "career-site", ("Physicist", "Astronomer"), "In California, physicists make about $190,000, and the state employs roughly 4,300 of them, more than any other.",
  [C("$190,000", "salary", "Physicist", "unchecked", place="California"), C("4,300", "employment", "Physicist", "unchecked", place="California")])
I("micro-10", "career-site", ("Microbiologist", "Biological Technician"), "Microbiologist jobs are projected to grow 12% through 2035, much faster than average, and the field needs a master's degree to enter.",
  [C("12%", "outlook-percent", "Microbiologist", "mismatch", year=2035), C("much faster than average", "outlook-descriptor", "Microbiologist", "mismatch", year=2035), C("master's degree", "education", "Microbiologist", "mismatch")])
I("food-10", "career-site", ("Food Scientist", "Agricultural Engineer"), "In California, food scientists make about $92,000, and the state has about 1,900 of them.",
  [C("$92,000", "salary", "Food Scientist", "unchecked", place="California"), C("1,900", "employment", "Food Scientist", "unchecked", place="California")])
I("lab-11", "career-site", ("Medical Lab Technician", "Cardiovascular Technologist"), "Cardiovascular techs make around $55,000 a year, and employment is projected to grow 10% through 2035.",
  [C("$55,000", "salary", "Cardiovascular Technologist", "mismatch"), C("10%", "outlook-percent", "Cardiovascular Technologist", "mismatch", year=2035)])
I("dent-10", "career-site", ("Dental Lab Technician", "Orthodontist"), "Dental lab technicians make about $49,000, and roughly 12% of them are self-employed lab owners.",
  [C("$49,000", "salary", "Dental Lab Technician", "current"), C("12%", "self-employed", "Dental Lab Technician", "mismatch")])
I("office-11", "career-site", ("Receptionist", "Administrative Assistant"), "In Massachusetts, administrative assistants make about $55,000 and receptionists about $42,000.",
  [C("$55,000", "salary", "Administrative Assistant", "unchecked", place="Massachusetts"), C("$42,000", "salary", "Receptionist", "unchecked", place="Massachusetts")])
I("csr-11", "career-site", ("Customer Service Representative", "Bank Teller"), "Bank tellers make $30,000 a year and their jobs will grow 5% as branches reopen.",
  [C("$30,000", "salary", "Bank Teller", "mismatch"), C("5%", "outlook-percent", "Bank Teller", "mismatch")])
I("teach-10", "career-site", ("Special Education Teacher", "Middle School Teacher"), "In California, special education teachers make about $90,000, and the state employs about 31,000 of them.",
  [C("$90,000", "salary", "Special Education Teacher", "unchecked", place="California"), C("31,000", "employment", "Special Education Teacher", "unchecked", place="California")])
I("couns-11", "career-site", ("Marriage and Family Therapist", "Rehabilitation Counselor"), "Marriage and family therapists make $45,000 a year, and only about 2% are in private practice.",
  [C("$45,000", "salary", "Marriage and Family Therapist", "mismatch"), C("2%", "self-employed", "Marriage and Family Therapist", "mismatch")])
I("fun-10", "career-site", ("Funeral Director", "Embalmer"), "Embalmers make about $58,000 a year, and in Ohio they earn closer to $52,000.",
  [C("$58,000", "salary", "Embalmer", "current"), C("$52,000", "salary", "Embalmer", "unchecked", place="Ohio")])
I("clean-11", "career-site", ("Janitor", "Housekeeper"), "Janitors make about $48,000 a year, and about 20% of them are self-employed.",
  [C("$48,000", "salary", "Janitor", "mismatch"), C("20%", "self-employed", "Janitor", "mismatch")])
I("animal-10", "career-site", ("Animal Trainer", "Animal Caretaker"), "In Texas, animal caretakers make about $31,000, and the state employs roughly 22,000 pet groomers, kennel staff and caretakers.",
  [C("$31,000", "salary", "Animal Caretaker", "unchecked", place="Texas"), C("22,000", "employment", "Animal Caretaker", "unchecked", place="Texas")])
I("bake-10", "career-site", ("Baker", "Butcher"), "Bakers make roughly $37,000 a year, and the job is projected to grow 15% through 2035 thanks to artisan bakeries.",
  [C("$37,000", "salary", "Baker", "current"), C("15%", "outlook-percent", "Baker", "mismatch", year=2035)])
I("comp-11", "career-site", ("Computer Programmer", "Computer Network Architect"), "Computer programmers make about $75,000 a year, and programming jobs are projected to grow 10% through 2035.",
  [C("$75,000", "salary", "Computer Programmer", "mismatch"), C("10%", "outlook-percent", "Computer Programmer", "mismatch", year=2035)])
I("comp-12", "career-site", ("Computer Programmer", "Computer Network Architect"), "In Virginia, network architects make about $150,000 and programmers about $105,000; the state employs roughly 6,000 programmers.",
  [C("$150,000", "salary", "Computer Network Architect", "unchecked", place="Virginia"), C("$105,000", "salary", "Computer Programmer", "unchecked", place="Virginia"), C("6,000", "employment", "Computer Programmer", "unchecked", place="Virginia")])
I("mus-11", "career-site", ("Musician", "Actor"), "Actors' employment is projected to grow 12% through 2035, and about 50% of actors are self-employed.",
  [C("12%", "outlook-percent", "Actor", "mismatch", year=2035), C("50%", "self-employed", "Actor", "mismatch")])
I("mus-12", "career-site", ("Musician", "Actor"), "In New York, actors make an average of $75 an hour, and the state has about 12,000 working actors.",
  [C("$75", "salary", "Actor", "unchecked", "mean", period="hour", place="New York"), C("12,000", "employment", "Actor", "unchecked", place="New York")])

# ---------------------------------------------------------------- older releases stated as current
I("farm-14", "career-site", ("Farmer", "Farmworker"), "As of May 2023, farmers, ranchers and agricultural managers earned a median of $83,770, and their employment was projected to decline 1% through 2034.",
  [C("$83,770", "salary", "Farmer", "outdated", year=2023), C("1%", "outlook-percent", "Farmer", "outdated", year=2034, neg=True)])
I("hosp-14", "career-site", ("Hotel Manager", "Restaurant Manager"), "According to 2024 BLS data, food service managers earned a median of $65,310, and about 42,000 openings were projected each year from 2024 to 2034.",
  [C("$65,310", "salary", "Restaurant Manager", "outdated", year=2024), C("42,000", "openings", "Restaurant Manager", "outdated", year=2034)])
I("bar-13", "ooh", ("Bartender", "Waiter"), "Employment of waiters and waitresses is projected to decline 1 percent from 2024 to 2034. About 456,700 openings for waiters and waitresses are projected each year, on average, over the decade.",
  [C("1 percent", "outlook-percent", "Waiter", "outdated", year=2034, neg=True), C("456,700", "openings", "Waiter", "outdated", year=2034)], heading="Job Outlook")
I("photo-12", "career-site", ("Photographer", "Film Editor"), "In May 2023, photographers earned a median of $40,760 and film and video editors $66,600.",
  [C("$40,760", "salary", "Photographer", "outdated", year=2023), C("$66,600", "salary", "Film Editor", "outdated", year=2023)])
I("news-12", "career-site", ("Journalist", "Broadcast Technician"), "Broadcast technicians earned a median of $57,690 in May 2023, and about 1,800 openings were projected each year through 2034.",
  [C("$57,690", "salary", "Broadcast Technician", "outdated", year=2023), C("1,800", "openings", "Broadcast Technician", "outdated", year=2034)])
I("sheet-12", "ooh", ("Sheet Metal Worker", "Boilermaker"), "The median annual wage for boilermakers was $73,340 in May 2024.",
  [C("$73,340", "salary", "Boilermaker", "outdated", year=2024)], heading="Pay")
I("elev-12", "career-site", ("Elevator Installer", "Millwright"), "Elevator installer employment was projected to grow 5 percent from 2024 to 2034, and the trade held about 24,200 jobs in 2024.",
  [C("5 percent", "outlook-percent", "Elevator Installer", "outdated", year=2034), C("24,200", "employment", "Elevator Installer", "outdated", year=2024)])
I("paint-12", "ooh", ("Painter", "Drywall Installer"), "Employment of painters, construction and maintenance is projected to grow 4 percent from 2024 to 2034. About 28,100 openings for painters are projected each year, on average, over the decade.",
  [C("4 percent", "outlook-percent", "Painter", "outdated", year=2034), C("28,100", "openings", "Painter", "outdated", year=2034)], heading="Job Outlook")
I("mason-12", "career-site", ("Brickmason", "Tile Setter"), "Tile and stone setters held about 52,600 jobs in 2024, and about 26% of them were self-employed.",
  [C("52,600", "employment", "Tile Setter", "outdated", year=2024), C("26%", "self-employed", "Tile Setter", "outdated", year=2024)])
I("line-12", "ooh", ("Lineman", "Telecom Technician"), "Employment of electrical power-line installers and repairers is projected to grow 10 percent from 2025 to 2035. About 10,900 openings are projected each year, on average, over the decade.",
  [C("10 percent", "outlook-percent", "Lineman", "current", year=2035), C("10,900", "openings", "Lineman", "current", year=2035)], heading="Job Outlook")
I("rail-11", "career-site", ("Locomotive Engineer", "Train Conductor"), "Locomotive engineers earned a median of $74,770 in May 2023, while conductors made $71,130.",
  [C("$74,770", "salary", "Locomotive Engineer", "outdated", year=2023), C("$71,130", "salary", "Train Conductor", "outdated", year=2023)])
I("ship-11", "career-site", ("Ship Captain", "Sailor"), "Sailors' jobs were projected to grow 2% from 2024 to 2034, slower than average, with about 3,900 openings a year.",
  [C("2%", "outlook-percent", "Sailor", "outdated", year=2034), C("slower than average", "outlook-descriptor", "Sailor", "outdated", year=2034), C("3,900", "openings", "Sailor", "outdated", year=2034)])
I("disp-12", "career-site", ("Police Dispatcher", "Emergency Management Director"), "Public safety telecommunicators earned a median of $48,890 in May 2023, and about 10,700 openings were projected each year.",
  [C("$48,890", "salary", "Police Dispatcher", "outdated", year=2023), C("10,700", "openings", "Police Dispatcher", "outdated")])
I("forest-11", "career-site", ("Forester", "Conservation Scientist"), "Forester employment was projected to grow just 1 percent from 2024 to 2034, and about 3% of foresters were self-employed.",
  [C("1 percent", "outlook-percent", "Forester", "outdated", year=2034), C("3%", "self-employed", "Forester", "outdated")])
I("geo-12", "career-site", ("Geologist", "Hydrologist"), "Geoscientists earned a median of $92,580 in May 2023, and about 7% were self-employed.",
  [C("$92,580", "salary", "Geologist", "outdated", year=2023), C("7%", "self-employed", "Geologist", "outdated", year=2023)])
I("phys-11", "career-site", ("Physicist", "Astronomer"), "Physicists earned a median of $155,680 in May 2023, and astronomers' employment was projected to grow 2% through 2034.",
  [C("$155,680", "salary", "Physicist", "outdated", year=2023), C("2%", "outlook-percent", "Astronomer", "outdated", year=2034)])
I("micro-11", "ooh", ("Microbiologist", "Biological Technician"), "Employment of microbiologists is projected to grow 4 percent from 2024 to 2034, about as fast as the average for all occupations.",
  [C("4 percent", "outlook-percent", "Microbiologist", "outdated", year=2034), C("about as fast as the average", "outlook-descriptor", "Microbiologist", "outdated", year=2034)], heading="Job Outlook")
I("food-11", "career-site", ("Food Scientist", "Agricultural Engineer"), "Food scientists and technologists held about 15,200 jobs in 2024, and about 3% were self-employed.",
  [C("15,200", "employment", "Food Scientist", "outdated", year=2024), C("3%", "self-employed", "Food Scientist", "outdated", year=2024)])
I("lab-12", "career-site", ("Medical Lab Technician", "Cardiovascular Technologist"), "Clinical lab technologists and technicians earned a median of $60,780 in May 2023, and employment was projected to grow 2% through 2034, adding 6,000 jobs.",
  [C("$60,780", "salary", "Medical Lab Technician", "outdated", year=2023), C("2%", "outlook-percent", "Medical Lab Technician", "outdated", year=2034), C("6,000", "employment-change", "Medical Lab Technician", "outdated", year=2034)])
I("dent-11", "career-site", ("Dental Lab Technician", "Orthodontist"), "Orthodontists earned an average of $243,620 in May 2023, and employment was projected to grow 4 percent from 2024 to 2034.",
  [C("$243,620", "salary", "Orthodontist", "outdated", "mean", year=2023), C("4 percent", "outlook-percent", "Orthodontist", "outdated", year=2034)])
I("office-12", "ooh", ("Receptionist", "Administrative Assistant"), "Employment of receptionists is projected to show little or no change from 2024 to 2034. About 128,500 openings for receptionists are projected each year, on average, over the decade.",
  [C("little or no change", "outlook-descriptor", "Receptionist", "outdated", year=2034), C("128,500", "openings", "Receptionist", "outdated", year=2034)], heading="Job Outlook")
I("csr-12", "career-site", ("Customer Service Representative", "Bank Teller"), "Customer service representatives earned a median of $39,680 in May 2023, and there were about 2.86 million of them.",
  [C("$39,680", "salary", "Customer Service Representative", "outdated", year=2023), C("2.86 million", "employment", "Customer Service Representative", "outdated", year=2023)])
I("teach-11", "career-site", ("Special Education Teacher", "Middle School Teacher"), "Middle school teachers earned a median of $62,970 in May 2024, and about 40,500 openings were projected each year from 2024 to 2034.",
  [C("$62,970", "salary", "Middle School Teacher", "outdated", year=2024), C("40,500", "openings", "Middle School Teacher", "outdated", year=2034)])
I("couns-12", "career-site", ("Marriage and Family Therapist", "Rehabilitation Counselor"), "Marriage and family therapists earned a median of $58,510 in May 2023, and about 13% were self-employed.",
  [C("$58,510", "salary", "Marriage and Family Therapist", "outdated", year=2023), C("13%", "self-employed", "Marriage and Family Therapist", "outdated", year=2023)])
I("clean-12", "career-site", ("Janitor", "Housekeeper"), "Housekeeping cleaners held about 1.36 million jobs in 2024, and employment was projected to show little or no change through 2034.",
  [C("1.36 million", "employment", "Housekeeper", "outdated", year=2024), C("little or no change", "outlook-descriptor", "Housekeeper", "outdated", year=2034)])
I("animal-11", "career-site", ("Animal Trainer", "Animal Caretaker"), "Animal trainer jobs were projected to grow 5 percent from 2024 to 2034, faster than average, with 7,100 openings a year.",
  [C("5 percent", "outlook-percent", "Animal Trainer", "outdated", year=2034), C("faster than average", "outlook-descriptor", "Animal Trainer", "outdated", year=2034), C("7,100", "openings", "Animal Trainer", "outdated", year=2034)])
I("bake-11", "career-site", ("Baker", "Butcher"), "Butchers earned a median of $37,650 in May 2023, and their employment was projected to grow 1 percent through 2034.",
  [C("$37,650", "salary", "Butcher", "outdated", year=2023), C("1 percent", "outlook-percent", "Butcher", "outdated", year=2034)])
I("comp-13", "career-site", ("Computer Programmer", "Computer Network Architect"), "Computer network architects held about 179,200 jobs in 2024, and about 11,200 openings were projected each year over the 2024–34 decade.",
  [C("179,200", "employment", "Computer Network Architect", "outdated", year=2024), C("11,200", "openings", "Computer Network Architect", "outdated", year=2034)])
I("mus-13", "career-site", ("Musician", "Actor"), "Musicians and singers held about 169,800 jobs in 2024, and about 19,400 openings were projected each year.",
  [C("169,800", "employment", "Musician", "outdated", year=2024), C("19,400", "openings", "Musician", "outdated")])
N("x-n5", ("Physicist", "Astronomer"), "The 2024 solar eclipse crossed 13 states, and 31 million people lived inside the path of totality.")
N("x-n6", ("Medical Lab Technician", "Cardiovascular Technologist"), "Our hospital runs 2,000 tests a day with a 45-minute turnaround for stat orders.")


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
