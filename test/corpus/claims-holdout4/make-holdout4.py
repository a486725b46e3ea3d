#!/usr/bin/env python3
"""Generator for the claims-holdout4 evaluation corpus (written blind to the engine).

Every figure comes from `node dist/cli.js roles "<query>" -f json`, copied into DATA below:
  wYYYY = OEWS May YYYY national wages (`wages` for 2025, `previous[].wages` for 2024/2023):
          mean, median, p10, p25, p75, p90 (annual USD), hourlyMean (USD/hour)
  epYYYY = Employment Projections YYYY-(YY+10) (`outlooks[]`): employmentBase (thousands, base year),
          changeNumeric (thousands), changePercent, openingsPerYear (thousands), education,
          selfEmployedPercent (percent of base-year employment; absent = none given)
Each claim names its source field as src="KEY.release.field"; check() below re-derives the verdict
from DATA and refuses to write the files when a label disagrees with the numbers.
Run: python3 make-holdout4.py  (writes claims.json and not-claims.json next to this file)
"""
import json, os, re

DATA = {
    'RT': {"query":"respiratory therapists","title":"Respiratory Therapists","soc":"29-1126","w2025":{"mean":87300,"median":82280,"p10":63660,"p25":74520,"p75":98730,"p90":118050,"hourlyMean":41.97},"w2024":{"mean":84260,"median":80450,"p10":61900,"p25":68410,"p75":95530,"p90":108820,"hourlyMean":40.51},"w2023":{"mean":80340,"median":77960,"p10":59180,"p25":65530,"p75":88820,"p90":104480,"hourlyMean":38.62},"ep2025":{"employmentBase":142,"employmentTarget":154.2,"changePercent":8.5,"openingsPerYear":8.6,"education":"Associate's degree","changeNumeric":12.1},"ep2024":{"employmentBase":139.6,"employmentTarget":156.4,"changePercent":12.1,"openingsPerYear":8.8,"education":"Associate's degree","changeNumeric":16.8}},
    'SLP': {"query":"speech-language pathologists","title":"Speech-Language Pathologists","soc":"29-1127","w2025":{"mean":98170,"median":97870,"p10":62900,"p25":77730,"p75":114570,"p90":134160,"hourlyMean":47.2},"w2024":{"mean":95840,"median":95410,"p10":60480,"p25":75310,"p75":112510,"p90":132850,"hourlyMean":46.08},"w2023":{"mean":92630,"median":89290,"p10":57910,"p25":71140,"p75":107710,"p90":129930,"hourlyMean":44.53},"ep2025":{"employmentBase":193.4,"employmentTarget":225.5,"changePercent":16.6,"openingsPerYear":12.5,"education":"Master's degree","changeNumeric":32.1,"selfEmployedPercent":4.5},"ep2024":{"employmentBase":187.4,"employmentTarget":215.5,"changePercent":15,"openingsPerYear":13.3,"education":"Master's degree","changeNumeric":28.2,"selfEmployedPercent":3.3}},
    'ST': {"query":"surgical technologists","title":"Surgical Technologists","soc":"29-2055","w2025":{"mean":68710,"median":64650,"p10":45940,"p25":54690,"p75":79750,"p90":96940,"hourlyMean":33.03},"w2024":{"mean":65810,"median":62830,"p10":43290,"p25":51740,"p75":77140,"p90":90700,"hourlyMean":31.64},"w2023":{"mean":62250,"median":60610,"p10":40640,"p25":49940,"p75":72520,"p90":83150,"hourlyMean":29.93},"ep2025":{"employmentBase":118.4,"employmentTarget":124.3,"changePercent":5,"openingsPerYear":7.1,"education":"Postsecondary nondegree award","changeNumeric":5.9},"ep2024":{"employmentBase":115.6,"employmentTarget":120.8,"changePercent":4.5,"openingsPerYear":7,"education":"Postsecondary nondegree award","changeNumeric":5.2,"selfEmployedPercent":0.1}},
    'PHL': {"query":"phlebotomists","title":"Phlebotomists","soc":"31-9097","w2025":{"mean":45520,"median":45230,"p10":35780,"p25":38190,"p75":48930,"p90":58780,"hourlyMean":21.88},"w2024":{"mean":44390,"median":43660,"p10":34860,"p25":37540,"p75":48170,"p90":57750,"hourlyMean":21.34},"w2023":{"mean":43130,"median":41810,"p10":33310,"p25":36720,"p75":47410,"p90":55330,"hourlyMean":20.74},"ep2025":{"employmentBase":143.9,"employmentTarget":153.7,"changePercent":6.8,"openingsPerYear":18,"education":"Postsecondary nondegree award","changeNumeric":9.8},"ep2024":{"employmentBase":139.7,"employmentTarget":147.5,"changePercent":5.6,"openingsPerYear":18.4,"education":"Postsecondary nondegree award","changeNumeric":7.9}},
    'EMT': {"query":"emergency medical technicians","title":"Emergency Medical Technicians","soc":"29-2042","w2025":{"mean":46830,"median":44470,"p10":34130,"p25":37960,"p75":50100,"p90":62500,"hourlyMean":22.52},"w2024":{"mean":44790,"median":41340,"p10":31410,"p25":36730,"p75":48160,"p90":60780,"hourlyMean":21.54},"w2023":{"mean":43100,"median":38930,"p10":29910,"p25":34730,"p75":46760,"p90":59390,"hourlyMean":20.72},"ep2025":{"employmentBase":181.9,"employmentTarget":192.5,"changePercent":5.8,"openingsPerYear":13.8,"education":"Postsecondary nondegree award","changeNumeric":10.6},"ep2024":{"employmentBase":181,"employmentTarget":190.2,"changePercent":5.1,"openingsPerYear":14.1,"education":"Postsecondary nondegree award","changeNumeric":9.2}},
    'PARA': {"query":"paramedics","title":"Paramedics","soc":"29-2043","w2025":{"mean":63360,"median":60600,"p10":44230,"p25":49660,"p75":73470,"p90":84850,"hourlyMean":30.46},"w2024":{"mean":60610,"median":58410,"p10":40130,"p25":47920,"p75":68420,"p90":82420,"hourlyMean":29.14},"w2023":{"mean":57450,"median":53180,"p10":38520,"p25":45990,"p75":64370,"p90":79430,"hourlyMean":27.62},"ep2025":{"employmentBase":102.2,"employmentTarget":108,"changePercent":5.7,"openingsPerYear":4.3,"education":"Postsecondary nondegree award","changeNumeric":5.8,"selfEmployedPercent":0.5},"ep2024":{"employmentBase":101.9,"employmentTarget":107,"changePercent":5,"openingsPerYear":4.9,"education":"Postsecondary nondegree award","changeNumeric":5.1}},
    'MT': {"query":"massage therapists","title":"Massage Therapists","soc":"31-9011","w2025":{"mean":63830,"median":58450,"p10":33640,"p25":43480,"p75":78320,"p90":100200,"hourlyMean":30.69},"w2024":{"mean":63430,"median":57950,"p10":33280,"p25":44870,"p75":77170,"p90":97450,"hourlyMean":30.5},"w2023":{"mean":62560,"median":55310,"p10":32240,"p25":41600,"p75":74970,"p90":95700,"hourlyMean":30.08},"ep2025":{"employmentBase":155.4,"employmentTarget":179.1,"changePercent":15.3,"openingsPerYear":20.4,"education":"Postsecondary nondegree award","changeNumeric":23.7,"selfEmployedPercent":35.6},"ep2024":{"employmentBase":168,"employmentTarget":193.9,"changePercent":15.4,"openingsPerYear":24.7,"education":"Postsecondary nondegree award","changeNumeric":25.9,"selfEmployedPercent":41.9}},
    'DIET': {"query":"dietitians","title":"Dietitians and Nutritionists","soc":"29-1031","w2025":{"mean":77130,"median":76400,"p10":49090,"p25":63080,"p75":89340,"p90":103720,"hourlyMean":37.08},"w2024":{"mean":74770,"median":73850,"p10":48830,"p25":61260,"p75":85200,"p90":101760,"hourlyMean":35.95},"w2023":{"mean":71280,"median":69680,"p10":44910,"p25":58290,"p75":81860,"p90":98830,"hourlyMean":34.27},"ep2025":{"employmentBase":86.3,"employmentTarget":93,"changePercent":7.7,"openingsPerYear":5.7,"education":"Bachelor's degree","changeNumeric":6.7,"selfEmployedPercent":8.5},"ep2024":{"employmentBase":90.9,"employmentTarget":95.9,"changePercent":5.5,"openingsPerYear":6.2,"education":"Bachelor's degree","changeNumeric":5,"selfEmployedPercent":12.2}},
    'OPT': {"query":"optometrists","title":"Optometrists","soc":"29-1041","w2025":{"mean":141550,"median":136570,"p10":74870,"p25":109400,"p75":165120,"p90":202180,"hourlyMean":68.05},"w2024":{"mean":140940,"median":134830,"p10":70060,"p25":103310,"p75":163710,"p90":203210,"hourlyMean":67.76},"w2023":{"mean":143000,"median":131860,"p10":64980,"p25":101650,"p75":162070,"p90":204100,"hourlyMean":68.75},"ep2025":{"employmentBase":45.1,"employmentTarget":49.4,"changePercent":9.5,"openingsPerYear":2,"education":"Doctoral or professional degree","changeNumeric":4.3,"selfEmployedPercent":5},"ep2024":{"employmentBase":47.8,"employmentTarget":51.6,"changePercent":8,"openingsPerYear":2.4,"education":"Doctoral or professional degree","changeNumeric":3.8,"selfEmployedPercent":11.5}},
    'DENT': {"query":"dentists","title":"Dentists, General","soc":"29-1021","w2025":{"mean":191350,"median":170950,"p10":86250,"p25":125710,"p75":224040,"p90":319630,"hourlyMean":91.99},"w2024":{"mean":196100,"median":172790,"p10":83860,"p25":126090,"p75":220380,"hourlyMean":94.28},"w2023":{"mean":191750,"median":166300,"p10":80820,"p25":123670,"p75":218030,"hourlyMean":92.19},"ep2025":{"employmentBase":141.9,"employmentTarget":150,"changePercent":5.7,"openingsPerYear":4.2,"education":"Doctoral or professional degree","changeNumeric":8.1,"selfEmployedPercent":12.4},"ep2024":{"employmentBase":129.8,"employmentTarget":135.2,"changePercent":4.1,"openingsPerYear":3.9,"education":"Doctoral or professional degree","changeNumeric":5.4,"selfEmployedPercent":11.8}},
    'QA': {"query":"software quality assurance analysts","title":"Software Quality Assurance Analysts and Testers","soc":"15-1253","w2025":{"mean":111490,"median":104300,"p10":61440,"p25":80310,"p75":133180,"p90":167010,"hourlyMean":53.6},"w2024":{"mean":110260,"median":102610,"p10":60690,"p25":79520,"p75":131870,"p90":166960,"hourlyMean":53.01},"w2023":{"mean":108460,"median":101800,"p10":58740,"p25":78470,"p75":130630,"p90":164520,"hourlyMean":52.15},"ep2025":{"employmentBase":187.6,"employmentTarget":198.2,"changePercent":5.7,"openingsPerYear":10.7,"education":"Bachelor's degree","changeNumeric":10.6},"ep2024":{"employmentBase":201.7,"employmentTarget":221.9,"changePercent":10,"openingsPerYear":14,"education":"Bachelor's degree","changeNumeric":20.2,"selfEmployedPercent":0.1}},
    'DBA': {"query":"database administrators","title":"Database Administrators","soc":"15-1242","w2025":{"mean":110090,"median":104620,"p10":60230,"p25":79610,"p75":135460,"p90":163320,"hourlyMean":52.93},"w2024":{"mean":107440,"median":104620,"p10":56820,"p25":76100,"p75":132850,"p90":160890,"hourlyMean":51.65},"w2023":{"mean":104810,"median":101510,"p10":54320,"p25":71940,"p75":133120,"p90":157710,"hourlyMean":50.39},"ep2025":{"employmentBase":75,"employmentTarget":74.9,"changePercent":-0.1,"openingsPerYear":3.3,"education":"Bachelor's degree","changeNumeric":-0.1,"selfEmployedPercent":1.8},"ep2024":{"employmentBase":78,"employmentTarget":77.5,"changePercent":-0.7,"openingsPerYear":3.8,"education":"Bachelor's degree","changeNumeric":-0.5,"selfEmployedPercent":1.2}},
    'NET': {"query":"network and computer systems administrators","title":"Network and Computer Systems Administrators","soc":"15-1244","w2025":{"mean":103680,"median":99130,"p10":62640,"p25":78010,"p75":126640,"p90":155050,"hourlyMean":49.85},"w2024":{"mean":101190,"median":96800,"p10":60320,"p25":75860,"p75":123390,"p90":150320,"hourlyMean":48.65},"w2023":{"mean":100580,"median":95360,"p10":58680,"p25":74400,"p75":121910,"p90":148710,"hourlyMean":48.36},"ep2025":{"employmentBase":323.6,"employmentTarget":310.4,"changePercent":-4.1,"openingsPerYear":13.4,"education":"Bachelor's degree","changeNumeric":-13.2,"selfEmployedPercent":0.2},"ep2024":{"employmentBase":331.5,"employmentTarget":317.7,"changePercent":-4.2,"openingsPerYear":14.3,"education":"Bachelor's degree","changeNumeric":-13.8,"selfEmployedPercent":0.3}},
    'CSS': {"query":"computer user support specialists","title":"Computer User Support Specialists","soc":"15-1232","w2025":{"mean":67330,"median":61860,"p10":40980,"p25":49000,"p75":79040,"p90":100540,"hourlyMean":32.37},"w2024":{"mean":64990,"median":60340,"p10":38780,"p25":47580,"p75":77010,"p90":98010,"hourlyMean":31.25},"w2023":{"mean":63640,"median":59240,"p10":37690,"p25":46550,"p75":75950,"p90":97020,"hourlyMean":30.6},"ep2025":{"employmentBase":750.6,"employmentTarget":724.4,"changePercent":-3.5,"openingsPerYear":39.7,"education":"Some college, no degree","changeNumeric":-26.2,"selfEmployedPercent":2.5},"ep2024":{"employmentBase":729.5,"employmentTarget":702.5,"changePercent":-3.7,"openingsPerYear":40.8,"education":"Some college, no degree","changeNumeric":-27,"selfEmployedPercent":2}},
    'ACT': {"query":"actuaries","title":"Actuaries","soc":"15-2011","w2025":{"mean":141480,"median":130000,"p10":78570,"p25":97680,"p75":170650,"p90":215100,"hourlyMean":68.02},"w2024":{"mean":134990,"median":125770,"p10":75240,"p25":90970,"p75":164860,"p90":206430,"hourlyMean":64.9},"w2023":{"mean":132500,"median":120000,"p10":75380,"p25":88420,"p75":164320,"p90":209310,"hourlyMean":63.7},"ep2025":{"employmentBase":31.2,"employmentTarget":34.1,"changePercent":9.2,"openingsPerYear":1.5,"education":"Bachelor's degree","changeNumeric":2.9},"ep2024":{"employmentBase":33.6,"employmentTarget":40.9,"changePercent":21.8,"openingsPerYear":2.4,"education":"Bachelor's degree","changeNumeric":7.3}},
    'STAT': {"query":"statisticians","title":"Statisticians","soc":"15-2041","w2025":{"mean":115700,"median":105650,"p10":64000,"p25":82220,"p75":141490,"p90":174050,"hourlyMean":55.63},"w2024":{"mean":112330,"median":103300,"p10":60390,"p25":79210,"p75":137610,"p90":170700,"hourlyMean":54.01},"w2023":{"mean":109190,"median":104110,"p10":58690,"p25":78140,"p75":134950,"p90":163360,"hourlyMean":52.5},"ep2025":{"employmentBase":31.3,"employmentTarget":34.7,"changePercent":11,"openingsPerYear":1.9,"education":"Master's degree","changeNumeric":3.4,"selfEmployedPercent":1.3},"ep2024":{"employmentBase":32.2,"employmentTarget":34.9,"changePercent":8.5,"openingsPerYear":2,"education":"Master's degree","changeNumeric":2.7,"selfEmployedPercent":1.3}},
    'ECON': {"query":"economists","title":"Economists","soc":"19-3011","w2025":{"mean":142130,"median":124720,"p10":67360,"p25":89330,"p75":174720,"p90":238060,"hourlyMean":68.33},"w2024":{"mean":130910,"median":115440,"p10":62340,"p25":82260,"p75":166030,"p90":212710,"hourlyMean":62.94},"w2023":{"mean":132650,"median":115730,"p10":62520,"p25":82330,"p75":166070,"p90":216900,"hourlyMean":63.78},"ep2025":{"employmentBase":18.6,"employmentTarget":19.5,"changePercent":4.7,"openingsPerYear":1.1,"education":"Master's degree","changeNumeric":0.9,"selfEmployedPercent":0.3},"ep2024":{"employmentBase":17.6,"employmentTarget":17.8,"changePercent":1.2,"openingsPerYear":0.9,"education":"Master's degree","changeNumeric":0.2,"selfEmployedPercent":3.7}},
    'FM': {"query":"financial managers","title":"Financial Managers","soc":"11-3031","w2025":{"mean":186910,"median":166570,"p10":94310,"p25":125490,"p75":219980,"p90":323270,"hourlyMean":89.86},"w2024":{"mean":180470,"median":161700,"p10":86490,"p25":118360,"p75":214210,"hourlyMean":86.76},"w2023":{"mean":174820,"median":156100,"p10":82870,"p25":110190,"p75":210830,"hourlyMean":84.05},"ep2025":{"employmentBase":879.7,"employmentTarget":964.6,"changePercent":9.7,"openingsPerYear":65.6,"education":"Bachelor's degree","changeNumeric":84.9,"selfEmployedPercent":1.4},"ep2024":{"employmentBase":868.6,"employmentTarget":997.4,"changePercent":14.8,"openingsPerYear":74.6,"education":"Bachelor's degree","changeNumeric":128.8,"selfEmployedPercent":2.4}},
    'BUD': {"query":"budget analysts","title":"Budget Analysts","soc":"13-2031","w2025":{"mean":96370,"median":91640,"p10":62250,"p25":75320,"p75":114220,"p90":136660,"hourlyMean":46.33},"w2024":{"mean":93920,"median":87930,"p10":60510,"p25":72240,"p75":110380,"p90":134640,"hourlyMean":45.15},"w2023":{"mean":90880,"median":84940,"p10":56760,"p25":68540,"p75":107470,"p90":131630,"hourlyMean":43.69},"ep2025":{"employmentBase":50.4,"employmentTarget":51.3,"changePercent":1.9,"openingsPerYear":2.9,"education":"Bachelor's degree","changeNumeric":1,"selfEmployedPercent":0.8},"ep2024":{"employmentBase":50.4,"employmentTarget":51,"changePercent":1,"openingsPerYear":3.1,"education":"Bachelor's degree","changeNumeric":0.5}},
    'PFA': {"query":"personal financial advisors","title":"Personal Financial Advisors","soc":"13-2052","w2025":{"mean":156670,"median":105070,"p10":50190,"p25":72440,"p75":176790,"p90":357020,"hourlyMean":75.32},"w2024":{"mean":160210,"median":102140,"p10":49990,"p25":70620,"p75":172540,"hourlyMean":77.02},"w2023":{"mean":150670,"median":99580,"p10":48730,"p25":65320,"p75":169910,"hourlyMean":72.44},"ep2025":{"employmentBase":299.4,"employmentTarget":303.5,"changePercent":1.4,"openingsPerYear":17.1,"education":"Bachelor's degree","changeNumeric":4.1,"selfEmployedPercent":9.7},"ep2024":{"employmentBase":326,"employmentTarget":357.2,"changePercent":9.6,"openingsPerYear":24.1,"education":"Bachelor's degree","changeNumeric":31.2,"selfEmployedPercent":15.8}},
    'HRM': {"query":"human resources managers","title":"Human Resources Managers","soc":"11-3121","w2025":{"mean":164230,"median":149280,"p10":88200,"p25":111110,"p75":199290,"p90":267810,"hourlyMean":78.96},"w2024":{"mean":160480,"median":140030,"p10":83790,"p25":105590,"p75":189960,"hourlyMean":77.15},"w2023":{"mean":154740,"median":136350,"p10":81060,"p25":103340,"p75":182120,"hourlyMean":74.39},"ep2025":{"employmentBase":224.9,"employmentTarget":237.4,"changePercent":5.5,"openingsPerYear":16.8,"education":"Bachelor's degree","changeNumeric":12.5,"selfEmployedPercent":0.2},"ep2024":{"employmentBase":221.9,"employmentTarget":233,"changePercent":5,"openingsPerYear":17.9,"education":"Bachelor's degree","changeNumeric":11.1,"selfEmployedPercent":0.6}},
    'PMS': {"query":"project management specialists","title":"Project Management Specialists","soc":"13-1082","w2025":{"mean":110740,"median":102320,"p10":61580,"p25":78440,"p75":133100,"p90":167970,"hourlyMean":53.24},"w2024":{"mean":108100,"median":100750,"p10":59830,"p25":76950,"p75":131660,"p90":165790,"hourlyMean":51.97},"w2023":{"mean":104920,"median":98580,"p10":57500,"p25":74100,"p75":129690,"p90":163040,"hourlyMean":50.44},"ep2025":{"employmentBase":1094.3,"employmentTarget":1167.4,"changePercent":6.7,"openingsPerYear":76.5,"education":"Bachelor's degree","changeNumeric":73.2,"selfEmployedPercent":1.2},"ep2024":{"employmentBase":1046.3,"employmentTarget":1105,"changePercent":5.6,"openingsPerYear":78.2,"education":"Bachelor's degree","changeNumeric":58.7,"selfEmployedPercent":1.8}},
    'MA': {"query":"management analysts","title":"Management Analysts","soc":"13-1111","w2025":{"mean":113790,"median":101860,"p10":60640,"p25":77950,"p75":133370,"p90":171640,"hourlyMean":54.71},"w2024":{"mean":114710,"median":101190,"p10":59720,"p25":76770,"p75":133140,"p90":174140,"hourlyMean":55.15},"w2023":{"mean":115530,"median":99410,"p10":57840,"p25":74540,"p75":130800,"p90":172280,"hourlyMean":55.54},"ep2025":{"employmentBase":1077.1,"employmentTarget":1186.3,"changePercent":10.1,"openingsPerYear":94.1,"education":"Bachelor's degree","changeNumeric":109.2,"selfEmployedPercent":14},"ep2024":{"employmentBase":1075.1,"employmentTarget":1169.7,"changePercent":8.8,"openingsPerYear":98.1,"education":"Bachelor's degree","changeNumeric":94.5,"selfEmployedPercent":13.7}},
    'MRA': {"query":"market research analysts","title":"Market Research Analysts and Marketing Specialists","soc":"13-1161","w2025":{"mean":89490,"median":78760,"p10":43390,"p25":58350,"p75":108310,"p90":155480,"hourlyMean":43.03},"w2024":{"mean":86480,"median":76950,"p10":42070,"p25":56220,"p75":104870,"p90":144610,"hourlyMean":41.58},"w2023":{"mean":83190,"median":74680,"p10":40040,"p25":52840,"p75":102450,"p90":137040,"hourlyMean":40},"ep2025":{"employmentBase":952.7,"employmentTarget":1019,"changePercent":7,"openingsPerYear":82,"education":"Bachelor's degree","changeNumeric":66.3,"selfEmployedPercent":3.8},"ep2024":{"employmentBase":941.7,"employmentTarget":1004.7,"changePercent":6.7,"openingsPerYear":87.2,"education":"Bachelor's degree","changeNumeric":63,"selfEmployedPercent":5.9}},
    'PR': {"query":"public relations specialists","title":"Public Relations Specialists","soc":"27-3031","w2025":{"mean":84120,"median":74750,"p10":44110,"p25":56260,"p75":100370,"p90":135150,"hourlyMean":40.44},"w2024":{"mean":80310,"median":69780,"p10":40750,"p25":51970,"p75":95940,"p90":129480,"hourlyMean":38.61},"w2023":{"mean":77720,"median":66750,"p10":38570,"p25":50280,"p75":92290,"p90":126220,"hourlyMean":37.37},"ep2025":{"employmentBase":314.5,"employmentTarget":320.2,"changePercent":1.8,"openingsPerYear":23,"education":"Bachelor's degree","changeNumeric":5.7,"selfEmployedPercent":1.1},"ep2024":{"employmentBase":315.9,"employmentTarget":331,"changePercent":4.8,"openingsPerYear":27.6,"education":"Bachelor's degree","changeNumeric":15,"selfEmployedPercent":1.9}},
    'TW': {"query":"technical writers","title":"Technical Writers","soc":"27-3042","w2025":{"mean":96970,"median":90390,"p10":57440,"p25":70880,"p75":115510,"p90":145270,"hourlyMean":46.62},"w2024":{"mean":92330,"median":91670,"p10":54400,"p25":68640,"p75":102740,"p90":130430,"hourlyMean":44.39},"w2023":{"mean":86620,"median":80050,"p10":48630,"p25":62060,"p75":102260,"p90":129440,"hourlyMean":41.64},"ep2025":{"employmentBase":46.4,"employmentTarget":46.7,"changePercent":0.8,"openingsPerYear":3.2,"education":"Bachelor's degree","changeNumeric":0.4,"selfEmployedPercent":1},"ep2024":{"employmentBase":56.4,"employmentTarget":56.9,"changePercent":0.9,"openingsPerYear":4.5,"education":"Bachelor's degree","changeNumeric":0.5}},
    'IT': {"query":"interpreters and translators","title":"Interpreters and Translators","soc":"27-3091","w2025":{"mean":66360,"median":60170,"p10":37070,"p25":46530,"p75":80830,"p90":103660,"hourlyMean":31.9},"w2024":{"mean":64950,"median":59440,"p10":35630,"p25":45020,"p75":80020,"p90":99830,"hourlyMean":31.22},"w2023":{"mean":63080,"median":57090,"p10":35410,"p25":44810,"p75":76960,"p90":97100,"hourlyMean":30.33},"ep2025":{"employmentBase":73.9,"employmentTarget":75.4,"changePercent":2,"openingsPerYear":6,"education":"Bachelor's degree","changeNumeric":1.5,"selfEmployedPercent":27.6},"ep2024":{"employmentBase":75.3,"employmentTarget":76.6,"changePercent":1.7,"openingsPerYear":6.9,"education":"Bachelor's degree","changeNumeric":1.3,"selfEmployedPercent":27}},
    'CC': {"query":"childcare workers","title":"Childcare Workers","soc":"39-9011","w2025":{"mean":35030,"median":34980,"p10":24260,"p25":29360,"p75":38570,"p90":46010,"hourlyMean":16.84},"w2024":{"mean":33140,"median":32050,"p10":22900,"p25":28000,"p75":36960,"p90":44560,"hourlyMean":15.93},"w2023":{"mean":32070,"median":30370,"p10":22450,"p25":27040,"p75":36200,"p90":43270,"hourlyMean":15.42},"ep2025":{"employmentBase":1010.3,"employmentTarget":990.4,"changePercent":-2,"openingsPerYear":150.3,"education":"High school diploma or equivalent","changeNumeric":-19.9,"selfEmployedPercent":24.2},"ep2024":{"employmentBase":991.6,"employmentTarget":962.4,"changePercent":-2.9,"openingsPerYear":160.2,"education":"High school diploma or equivalent","changeNumeric":-29.2,"selfEmployedPercent":21.2}},
    'HAIR': {"query":"hairdressers","title":"Hairdressers, Hairstylists, and Cosmetologists","soc":"39-5012","w2025":{"mean":43960,"median":35790,"p10":27040,"p25":30120,"p75":48830,"p90":71190,"hourlyMean":21.13},"w2024":{"mean":43460,"median":35250,"p10":24580,"p25":29060,"p75":48300,"p90":70220,"hourlyMean":20.89},"w2023":{"mean":41780,"median":34970,"p10":23520,"p25":28850,"p75":47420,"p90":63310,"hourlyMean":20.09},"ep2025":{"employmentBase":595,"employmentTarget":640.9,"changePercent":7.7,"openingsPerYear":73.4,"education":"Postsecondary nondegree award","changeNumeric":45.9,"selfEmployedPercent":48.1},"ep2024":{"employmentBase":575.2,"employmentTarget":607.4,"changePercent":5.6,"openingsPerYear":75.8,"education":"Postsecondary nondegree award","changeNumeric":32.2,"selfEmployedPercent":47.6}},
    'FA': {"query":"flight attendants","title":"Flight Attendants","soc":"53-2031","w2025":{"mean":77440,"median":63580,"p10":35110,"p25":51760,"p75":95640,"p90":136430},"w2024":{"mean":78950,"median":67130,"p10":34030,"p25":52280,"p75":98160,"p90":138040},"w2023":{"mean":70980,"median":68370,"p10":39580,"p25":49690,"p75":86610,"p90":104100},"ep2025":{"employmentBase":133.7,"employmentTarget":145.5,"changePercent":8.8,"openingsPerYear":18.5,"education":"High school diploma or equivalent","changeNumeric":11.8,"selfEmployedPercent":0.4},"ep2024":{"employmentBase":130.8,"employmentTarget":142.9,"changePercent":9.2,"openingsPerYear":19.8,"education":"High school diploma or equivalent","changeNumeric":12.1}},
    'PIL': {"query":"airline pilots","title":"Airline Pilots, Copilots, and Flight Engineers","soc":"53-2011","w2025":{"mean":288650,"median":232140,"p10":106710,"p25":182280,"p75":384440,"p90":463830},"w2024":{"mean":280570,"median":226600,"p10":98560,"p25":154360},"w2023":{"mean":250050,"median":219140,"p10":101710,"p25":142770},"ep2025":{"employmentBase":104.6,"employmentTarget":113.3,"changePercent":8.3,"openingsPerYear":11.2,"education":"Bachelor's degree","changeNumeric":8.7},"ep2024":{"employmentBase":100,"employmentTarget":103.9,"changePercent":3.9,"openingsPerYear":11.7,"education":"Bachelor's degree","changeNumeric":3.9}},
    'ATC': {"query":"air traffic controllers","title":"Air Traffic Controllers","soc":"53-2021","w2025":{"mean":146490,"median":148080,"p10":78420,"p25":104520,"p75":190570,"p90":215610,"hourlyMean":70.43},"w2024":{"mean":142740,"median":144580,"p10":76090,"p25":101150,"p75":186510,"p90":210410,"hourlyMean":68.62},"w2023":{"mean":136790,"median":137380,"p10":76190,"p25":96870,"p75":176720,"p90":200990,"hourlyMean":65.77},"ep2025":{"employmentBase":24,"employmentTarget":24.4,"changePercent":1.7,"openingsPerYear":2.1,"education":"Associate's degree","changeNumeric":0.4},"ep2024":{"employmentBase":24.1,"employmentTarget":24.4,"changePercent":1.2,"openingsPerYear":2.2,"education":"Associate's degree","changeNumeric":0.3}},
    'AUTO': {"query":"automotive service technicians","title":"Automotive Service Technicians and Mechanics","soc":"49-3023","w2025":{"mean":56420,"median":50620,"p10":34660,"p25":38900,"p75":70430,"p90":81790,"hourlyMean":27.13},"w2024":{"mean":55260,"median":49670,"p10":33660,"p25":38140,"p75":65660,"p90":80850,"hourlyMean":26.57},"w2023":{"mean":51940,"median":47770,"p10":30600,"p25":36910,"p75":62310,"p90":77630,"hourlyMean":24.97},"ep2025":{"employmentBase":825.8,"employmentTarget":866.7,"changePercent":5,"openingsPerYear":66.2,"education":"Postsecondary nondegree award","changeNumeric":40.9,"selfEmployedPercent":14.6},"ep2024":{"employmentBase":805.6,"employmentTarget":839.2,"changePercent":4.2,"openingsPerYear":70,"education":"Postsecondary nondegree award","changeNumeric":33.6,"selfEmployedPercent":13.8}},
    'DIES': {"query":"diesel mechanics","title":"Bus and Truck Mechanics and Diesel Engine Specialists","soc":"49-3031","w2025":{"mean":64320,"median":61770,"p10":44530,"p25":50540,"p75":75470,"p90":88740,"hourlyMean":30.92},"w2024":{"mean":62480,"median":60640,"p10":41670,"p25":49240,"p75":73690,"p90":85980,"hourlyMean":30.04},"w2023":{"mean":59920,"median":58970,"p10":39020,"p25":47730,"p75":70470,"p90":82430,"hourlyMean":28.81},"ep2025":{"employmentBase":316,"employmentTarget":327.4,"changePercent":3.6,"openingsPerYear":24.4,"education":"High school diploma or equivalent","changeNumeric":11.4,"selfEmployedPercent":5.9},"ep2024":{"employmentBase":319.9,"employmentTarget":327.7,"changePercent":2.4,"openingsPerYear":26.5,"education":"High school diploma or equivalent","changeNumeric":7.8,"selfEmployedPercent":6.8}},
    'AIRM': {"query":"aircraft mechanics","title":"Aircraft Mechanics and Service Technicians","soc":"49-3011","w2025":{"mean":84740,"median":79870,"p10":48780,"p25":62630,"p75":99130,"p90":128890,"hourlyMean":40.74},"w2024":{"mean":80780,"median":78680,"p10":47790,"p25":61920,"p75":95050,"p90":120080,"hourlyMean":38.84},"w2023":{"mean":76260,"median":75020,"p10":45760,"p25":59190,"p75":88350,"p90":114750,"hourlyMean":36.66},"ep2025":{"employmentBase":140,"employmentTarget":147.6,"changePercent":5.4,"openingsPerYear":11.4,"education":"Postsecondary nondegree award","changeNumeric":7.5,"selfEmployedPercent":0.8},"ep2024":{"employmentBase":139.4,"employmentTarget":145,"changePercent":4,"openingsPerYear":11.3,"education":"Postsecondary nondegree award","changeNumeric":5.6}},
    'MACH': {"query":"machinists","title":"Machinists","soc":"51-4041","w2025":{"mean":59320,"median":58750,"p10":39200,"p25":47570,"p75":67700,"p90":80010,"hourlyMean":28.52},"w2024":{"mean":57390,"median":56150,"p10":38100,"p25":46250,"p75":64910,"p90":78760,"hourlyMean":27.59},"w2023":{"mean":54600,"median":50840,"p10":36690,"p25":43680,"p75":62860,"p90":75820,"hourlyMean":26.25},"ep2025":{"employmentBase":288.3,"employmentTarget":291.2,"changePercent":1,"openingsPerYear":26.1,"education":"High school diploma or equivalent","changeNumeric":3,"selfEmployedPercent":0.5},"ep2024":{"employmentBase":299.5,"employmentTarget":299.6,"changePercent":0,"openingsPerYear":29.5,"education":"High school diploma or equivalent","changeNumeric":0,"selfEmployedPercent":0.3}},
    'IRON': {"query":"ironworkers","title":"Structural Iron and Steel Workers","soc":"47-2221","w2025":{"mean":70280,"median":62780,"p10":44580,"p25":49880,"p75":82660,"p90":108260,"hourlyMean":33.79},"w2024":{"mean":69270,"median":62700,"p10":42000,"p25":49090,"p75":82780,"p90":107520,"hourlyMean":33.3},"w2023":{"mean":68220,"median":62760,"p10":40510,"p25":48860,"p75":80040,"p90":105010,"hourlyMean":32.8},"ep2025":{"employmentBase":68.3,"employmentTarget":70.4,"changePercent":3.1,"openingsPerYear":5.9,"education":"High school diploma or equivalent","changeNumeric":2.1},"ep2024":{"employmentBase":65.7,"employmentTarget":68.6,"changePercent":4.4,"openingsPerYear":5.5,"education":"High school diploma or equivalent","changeNumeric":2.9,"selfEmployedPercent":1.9}},
    'ROOF': {"query":"roofers","title":"Roofers","soc":"47-2181","w2025":{"mean":58140,"median":55440,"p10":37460,"p25":46260,"p75":65390,"p90":81720,"hourlyMean":27.95},"w2024":{"mean":57090,"median":50970,"p10":37060,"p25":45300,"p75":64010,"p90":80780,"hourlyMean":27.45},"w2023":{"mean":55840,"median":50030,"p10":36240,"p25":44150,"p75":62330,"p90":79850,"hourlyMean":26.85},"ep2025":{"employmentBase":166.9,"employmentTarget":175.6,"changePercent":5.3,"openingsPerYear":12,"education":"No formal educational credential","changeNumeric":8.8,"selfEmployedPercent":19.8},"ep2024":{"employmentBase":166.7,"employmentTarget":176.5,"changePercent":5.9,"openingsPerYear":12.7,"education":"No formal educational credential","changeNumeric":9.8,"selfEmployedPercent":18.3}},
    'SOL': {"query":"solar photovoltaic installers","title":"Solar Photovoltaic Installers","soc":"47-2231","w2025":{"mean":57900,"median":53140,"p10":41600,"p25":46700,"p75":62870,"p90":79970,"hourlyMean":27.84},"w2024":{"mean":57380,"median":51860,"p10":39070,"p25":46040,"p75":63020,"p90":80150,"hourlyMean":27.59},"w2023":{"mean":53140,"median":48800,"p10":37920,"p25":42740,"p75":60180,"p90":73560,"hourlyMean":25.55},"ep2025":{"employmentBase":31.1,"employmentTarget":42.4,"changePercent":36.5,"openingsPerYear":4.2,"education":"High school diploma or equivalent","changeNumeric":11.3},"ep2024":{"employmentBase":28.6,"employmentTarget":40.6,"changePercent":42.1,"openingsPerYear":4.1,"education":"High school diploma or equivalent","changeNumeric":12}},
    'WIND': {"query":"wind turbine technicians","title":"Wind Turbine Service Technicians","soc":"49-9081","w2025":{"mean":68980,"median":64120,"p10":49230,"p25":58840,"p75":78010,"p90":92460,"hourlyMean":33.16},"w2024":{"mean":67580,"median":62580,"p10":49110,"p25":58910,"p75":75640,"p90":88090,"hourlyMean":32.49},"w2023":{"mean":65380,"median":61770,"p10":47360,"p25":52770,"p75":74940,"p90":90300,"hourlyMean":31.43},"ep2025":{"employmentBase":11.8,"employmentTarget":15.3,"changePercent":29.5,"openingsPerYear":1.5,"education":"Postsecondary nondegree award","changeNumeric":3.5,"selfEmployedPercent":14.7},"ep2024":{"employmentBase":13.6,"employmentTarget":20.5,"changePercent":49.9,"openingsPerYear":2.3,"education":"Postsecondary nondegree award","changeNumeric":6.8,"selfEmployedPercent":16.7}},
    'LA': {"query":"landscape architects","title":"Landscape Architects","soc":"17-1012","w2025":{"mean":88780,"median":79870,"p10":54770,"p25":64170,"p75":104090,"p90":130190,"hourlyMean":42.68},"w2024":{"mean":88000,"median":79660,"p10":51990,"p25":62650,"p75":101580,"p90":132250,"hourlyMean":42.31},"w2023":{"mean":83990,"median":79320,"p10":50000,"p25":61520,"p75":97170,"p90":125600,"hourlyMean":40.38},"ep2025":{"employmentBase":23.5,"employmentTarget":24.5,"changePercent":4.4,"openingsPerYear":1.7,"education":"Bachelor's degree","changeNumeric":1,"selfEmployedPercent":16.7},"ep2024":{"employmentBase":21.8,"employmentTarget":22.6,"changePercent":3.5,"openingsPerYear":1.7,"education":"Bachelor's degree","changeNumeric":0.8,"selfEmployedPercent":10.4}},
    'ARCH': {"query":"architects","title":"Architects, Except Landscape and Naval","soc":"17-1011","w2025":{"mean":106260,"median":99280,"p10":62300,"p25":77960,"p75":126550,"p90":161420,"hourlyMean":51.09},"w2024":{"mean":103390,"median":96690,"p10":60510,"p25":76110,"p75":123300,"p90":159800,"hourlyMean":49.71},"w2023":{"mean":100400,"median":93310,"p10":58870,"p25":73240,"p75":116780,"p90":151300,"hourlyMean":48.27},"ep2025":{"employmentBase":124.6,"employmentTarget":129.9,"changePercent":4.3,"openingsPerYear":6.9,"education":"Bachelor's degree","changeNumeric":5.3,"selfEmployedPercent":14},"ep2024":{"employmentBase":123.6,"employmentTarget":128.4,"changePercent":3.9,"openingsPerYear":7.8,"education":"Bachelor's degree","changeNumeric":4.8,"selfEmployedPercent":10.5}},
    'URB': {"query":"urban and regional planners","title":"Urban and Regional Planners","soc":"19-3051","w2025":{"mean":94750,"median":89320,"p10":60010,"p25":72020,"p75":110030,"p90":134490,"hourlyMean":45.55},"w2024":{"mean":89730,"median":83720,"p10":55590,"p25":66210,"p75":104450,"p90":128550,"hourlyMean":43.14},"w2023":{"mean":85940,"median":81800,"p10":51470,"p25":63830,"p75":102930,"p90":126120,"hourlyMean":41.32},"ep2025":{"employmentBase":45.8,"employmentTarget":47.6,"changePercent":3.9,"openingsPerYear":3.2,"education":"Master's degree","changeNumeric":1.8,"selfEmployedPercent":0.9},"ep2024":{"employmentBase":44.7,"employmentTarget":46.2,"changePercent":3.4,"openingsPerYear":3.4,"education":"Master's degree","changeNumeric":1.5}},
    'SURV': {"query":"surveyors","title":"Surveyors","soc":"17-1022","w2025":{"mean":80570,"median":75440,"p10":46880,"p25":58170,"p75":98130,"p90":125590,"hourlyMean":38.73},"w2024":{"mean":76730,"median":72740,"p10":43680,"p25":53590,"p75":94550,"p90":116330,"hourlyMean":36.89},"w2023":{"mean":74000,"median":68540,"p10":41430,"p25":50970,"p75":91520,"p90":109660,"hourlyMean":35.58},"ep2025":{"employmentBase":52,"employmentTarget":55,"changePercent":5.8,"openingsPerYear":3.1,"education":"Bachelor's degree","changeNumeric":3,"selfEmployedPercent":2.1},"ep2024":{"employmentBase":56.1,"employmentTarget":58.6,"changePercent":4.4,"openingsPerYear":3.9,"education":"Bachelor's degree","changeNumeric":2.5,"selfEmployedPercent":4.3}},
    'ENV': {"query":"environmental scientists","title":"Environmental Scientists and Specialists, Including Health","soc":"19-2041","w2025":{"mean":91680,"median":82220,"p10":52520,"p25":64490,"p75":107970,"p90":140010,"hourlyMean":44.08},"w2024":{"mean":88640,"median":80060,"p10":50130,"p25":62090,"p75":103730,"p90":134830,"hourlyMean":42.62},"w2023":{"mean":86710,"median":78980,"p10":48580,"p25":60920,"p75":103420,"p90":133660,"hourlyMean":41.69},"ep2025":{"employmentBase":93.4,"employmentTarget":99.2,"changePercent":6.1,"openingsPerYear":7.3,"education":"Bachelor's degree","changeNumeric":5.7},"ep2024":{"employmentBase":90.3,"employmentTarget":94.3,"changePercent":4.4,"openingsPerYear":8.5,"education":"Bachelor's degree","changeNumeric":4,"selfEmployedPercent":1.5}},
    'CHEM': {"query":"chemists","title":"Chemists","soc":"19-2031","w2025":{"mean":100450,"median":91240,"p10":58460,"p25":69460,"p75":125550,"p90":160830,"hourlyMean":48.29},"w2024":{"mean":95940,"median":84150,"p10":53210,"p25":63930,"p75":120210,"p90":154430,"hourlyMean":46.13},"w2023":{"mean":95560,"median":84680,"p10":52950,"p25":64940,"p75":118800,"p90":149550,"hourlyMean":45.94},"ep2025":{"employmentBase":84.9,"employmentTarget":90.3,"changePercent":6.4,"openingsPerYear":5.9,"education":"Bachelor's degree","changeNumeric":5.5,"selfEmployedPercent":0.3},"ep2024":{"employmentBase":86.8,"employmentTarget":91,"changePercent":4.9,"openingsPerYear":6.3,"education":"Bachelor's degree","changeNumeric":4.3,"selfEmployedPercent":1}},
    'BIO': {"query":"biochemists","title":"Biochemists and Biophysicists","soc":"19-1021","w2025":{"mean":129840,"median":127410,"p10":74290,"p25":95000,"p75":163460,"p90":201110,"hourlyMean":62.43},"w2024":{"mean":115570,"median":103650,"p10":64890,"p25":78730,"p75":134460,"p90":168900,"hourlyMean":55.56},"w2023":{"mean":120310,"median":107460,"p10":64680,"p25":81650,"p75":136080,"p90":175790,"hourlyMean":57.84},"ep2025":{"employmentBase":35.2,"employmentTarget":39.5,"changePercent":12.3,"openingsPerYear":2.9,"education":"Doctoral or professional degree","changeNumeric":4.3,"selfEmployedPercent":2.7},"ep2024":{"employmentBase":35.6,"employmentTarget":37.6,"changePercent":5.8,"openingsPerYear":2.9,"education":"Doctoral or professional degree","changeNumeric":2.1,"selfEmployedPercent":1.7}},
    'MED': {"query":"medical scientists","title":"Medical Scientists, Except Epidemiologists","soc":"19-1042","w2025":{"mean":116840,"median":103410,"p10":64800,"p25":79840,"p75":139380,"p90":177780,"hourlyMean":56.18},"w2024":{"mean":112690,"median":100590,"p10":61860,"p25":77260,"p75":133870,"p90":168210,"hourlyMean":54.18},"w2023":{"mean":112380,"median":100890,"p10":61810,"p25":76690,"p75":133870,"p90":168020,"hourlyMean":54.03},"ep2025":{"employmentBase":181,"employmentTarget":203.7,"changePercent":12.6,"openingsPerYear":10.5,"education":"Doctoral or professional degree","changeNumeric":22.7},"ep2024":{"employmentBase":165.3,"employmentTarget":179.6,"changePercent":8.7,"openingsPerYear":9.6,"education":"Doctoral or professional degree","changeNumeric":14.3,"selfEmployedPercent":0.6}},
    'ZOO': {"query":"zoologists","title":"Zoologists and Wildlife Biologists","soc":"19-1023","w2025":{"mean":83020,"median":76780,"p10":49100,"p25":61180,"p75":96100,"p90":126440,"hourlyMean":39.91},"w2024":{"mean":77920,"median":72860,"p10":48240,"p25":58360,"p75":90590,"p90":113350,"hourlyMean":37.46},"w2023":{"mean":75740,"median":70600,"p10":45840,"p25":57120,"p75":88190,"p90":110590,"hourlyMean":36.41},"ep2025":{"employmentBase":19.5,"employmentTarget":20.2,"changePercent":3.6,"openingsPerYear":1.4,"education":"Bachelor's degree","changeNumeric":0.7,"selfEmployedPercent":0.9},"ep2024":{"employmentBase":18.2,"employmentTarget":18.5,"changePercent":1.6,"openingsPerYear":1.4,"education":"Bachelor's degree","changeNumeric":0.3,"selfEmployedPercent":0.5}},
    'FOR': {"query":"forensic science technicians","title":"Forensic Science Technicians","soc":"19-4092","w2025":{"mean":79200,"median":72060,"p10":48250,"p25":57830,"p75":94520,"p90":117250,"hourlyMean":38.08},"w2024":{"mean":75260,"median":67440,"p10":45560,"p25":53310,"p75":88710,"p90":110710,"hourlyMean":36.18},"w2023":{"mean":71540,"median":64940,"p10":41410,"p25":50480,"p75":84720,"p90":107490,"hourlyMean":34.4},"ep2025":{"employmentBase":20.1,"employmentTarget":22.8,"changePercent":13.3,"openingsPerYear":2.8,"education":"Bachelor's degree","changeNumeric":2.7,"selfEmployedPercent":0.9},"ep2024":{"employmentBase":20.7,"employmentTarget":23.3,"changePercent":12.8,"openingsPerYear":2.9,"education":"Bachelor's degree","changeNumeric":2.6,"selfEmployedPercent":0.9}},
    'LAW': {"query":"lawyers","title":"Lawyers","soc":"23-1011","w2025":{"mean":185840,"median":159670,"p10":78360,"p25":102990,"p75":221370,"p90":351600,"hourlyMean":89.35},"w2024":{"mean":182760,"median":151160,"p10":72780,"p25":99760,"p75":215420,"hourlyMean":87.86},"w2023":{"mean":176470,"median":145760,"p10":69760,"p25":98030,"p75":217360,"hourlyMean":84.84},"ep2025":{"employmentBase":863.7,"employmentTarget":904.3,"changePercent":4.7,"openingsPerYear":28.7,"education":"Doctoral or professional degree","changeNumeric":40.6,"selfEmployedPercent":11.3},"ep2024":{"employmentBase":864.8,"employmentTarget":900.7,"changePercent":4.1,"openingsPerYear":31.5,"education":"Doctoral or professional degree","changeNumeric":35.9,"selfEmployedPercent":11.9}},
    'JUD': {"query":"judges","title":"Judges, Magistrate Judges, and Magistrates","soc":"23-1023","w2025":{"mean":143830,"median":153990,"p10":46950,"p25":85710,"p75":194950,"p90":221710,"hourlyMean":69.15},"w2024":{"mean":143110,"median":156210,"p10":46520,"p25":86060,"p75":189890,"p90":216540,"hourlyMean":68.8},"w2023":{"mean":139000,"median":148910,"p10":45950,"p25":84300,"p75":182200,"p90":210890,"hourlyMean":66.83},"ep2025":{"employmentBase":25.3,"employmentTarget":26,"changePercent":2.8,"openingsPerYear":0.8,"education":"Doctoral or professional degree","changeNumeric":0.7},"ep2024":{"employmentBase":27.3,"employmentTarget":28,"changePercent":2.5,"openingsPerYear":0.9,"education":"Doctoral or professional degree","changeNumeric":0.7}},
    'CR': {"query":"court reporters","title":"Court Reporters and Simultaneous Captioners","soc":"27-3092","w2025":{"mean":78760,"median":72420,"p10":42130,"p25":53760,"p75":100780,"p90":130560,"hourlyMean":37.86},"w2024":{"mean":74630,"median":67310,"p10":39100,"p25":50210,"p75":92710,"p90":127020,"hourlyMean":35.88},"w2023":{"mean":71040,"median":63940,"p10":35890,"p25":46150,"p75":86690,"p90":126440,"hourlyMean":34.15},"ep2025":{"employmentBase":19.9,"employmentTarget":19.9,"changePercent":-0.1,"openingsPerYear":1.8,"education":"Postsecondary nondegree award","changeNumeric":0,"selfEmployedPercent":33.4},"ep2024":{"employmentBase":17.7,"employmentTarget":17.7,"changePercent":-0.3,"openingsPerYear":1.7,"education":"Postsecondary nondegree award","changeNumeric":0,"selfEmployedPercent":25.6}},
}

BANDS = [(7, None, "much faster"), (5, 6, "faster"), (3, 4, "average"), (1, 2, "slower"), (0, 0, "little"), (None, -1, "decline")]


def shown(v, strict=True):
    """Whole percent as BLS displays it; refuse .5 cases (ambiguous rounding) when the label depends on it."""
    if strict:
        assert abs(abs(v) % 1 - 0.5) > 0.01, v
    return int(round(v))


def band(p):
    for lo, hi, name in BANDS:
        if (lo is None or p >= lo) and (hi is None or p <= hi):
            return name


def field(src):
    key, rel, f = src.split(".")
    return DATA[key][rel].get(f), rel


def usd(src, period="year"):
    v, _ = field(src)
    if src.endswith("hourlyMean"):
        return "$%.2f" % v
    if period == "hour":
        return "$%.2f" % (v / 2080)
    return "${:,}".format(int(round(v)))


def pct(src):
    return str(abs(shown(field(src)[0])))


def thou(src):
    return "{:,}".format(int(round(field(src)[0] * 1000)))


def se(src):
    return str(shown(field(src)[0] or 0))


def C(raw, kind, role, verdict, src=None, stat=None, period=None, year=None, place=None):
    if stat is None:
        stat = {"salary": src and src.split(".")[2].replace("hourlyMean", "mean"), "outlook-percent": "percent",
                "outlook-descriptor": "descriptor", "self-employed": "share", "education": "level"}.get(kind, "count")
    if kind == "salary" and period is None:
        period = "hour" if src and src.endswith("hourlyMean") else "year"
    return {"raw": raw, "kind": kind, "statistic": stat, "role": role, "period": period if kind == "salary" else None,
            "year": year, "place": place, "verdict": verdict, "_src": src}


def num(raw):
    m = re.search(r"-?[\d,]*\.?\d+\s*(k|K|million)?", raw)
    n = float(m.group(0).rstrip("kKmilon ").replace(",", ""))
    if m.group(1) in ("k", "K"):
        n *= 1000
    if m.group(1) == "million":
        n *= 1e6
    return n


def check(item, c):
    assert c["raw"] in item["text"], (item["id"], c["raw"])
    assert c["role"] in item["roles"], item["id"]
    v = c["verdict"]
    if v == "unchecked":
        assert c["place"], item["id"]
        return
    src = c["_src"]
    assert src, (item["id"], c["raw"])
    key, rel, f = src.split(".")
    cur_rel = "w2025" if rel.startswith("w") else "ep2025"
    old_rels = ["w2024", "w2023"] if rel.startswith("w") else ["ep2024"]
    if v in ("current", "mismatch"):
        assert rel == cur_rel, (item["id"], src)
    if v == "outdated":
        assert rel in old_rels, (item["id"], src)
    k = c["kind"]
    if k == "salary":
        n = num(c["raw"])
        val = DATA[key][rel][f]
        if f != "hourlyMean":
            val = val / {"year": 1, "hour": 2080, "month": 12, "week": 52}[c["period"]]
        off = abs(n - val) / val
        if v == "current":
            assert off <= 0.15, (item["id"], c["raw"], val)
        elif v == "outdated":
            assert off <= 0.005, (item["id"], c["raw"], val)
            curv = DATA[key][cur_rel][f]
            assert curv != DATA[key][rel][f]
        else:
            assert off >= 0.25, (item["id"], c["raw"], val)
    elif k in ("outlook-percent", "outlook-descriptor"):
        cp, op = DATA[key]["ep2025"]["changePercent"], DATA[key]["ep2024"]["changePercent"]
        strict = k == "outlook-percent"
        cur, old = shown(cp, strict and v == "current"), shown(op, strict and v == "outdated")
        if k == "outlook-percent":
            n = abs(num(c["raw"]))
            ok = {"current": n == abs(cur), "outdated": n == abs(old) and old != cur, "mismatch": n not in (abs(cur), abs(old))}
        else:
            w = c["raw"].lower()
            name = ("much faster" if "much faster" in w else "faster" if "faster" in w else "slower" if "slower" in w
                    else "little" if "little" in w else "decline" if "declin" in w else "average")
            import math
            # a displayed x.5 percent could round either way: take both bands
            cb = {band(math.floor(cp)), band(math.ceil(cp))} if abs(abs(cp) % 1 - 0.5) < 0.01 else {band(cur)}
            ob = {band(math.floor(op)), band(math.ceil(op))} if abs(abs(op) % 1 - 0.5) < 0.01 else {band(old)}
            ok = {"current": cb == {name}, "outdated": ob == {name} and name not in cb, "mismatch": name not in cb | ob}
        assert ok[v], (item["id"], c["raw"], cur, old)
    elif k in ("employment", "employment-change", "openings"):
        n = num(c["raw"])
        vals = {r: DATA[key][r][f] * 1000 for r in ("ep2025", "ep2024")}
        if v == "mismatch":
            assert all(abs(n - x) / abs(x) > 0.1 for x in vals.values()), (item["id"], c["raw"])
        else:
            assert abs(n - vals[rel]) <= 100, (item["id"], c["raw"], vals)
    elif k == "self-employed":
        n = num(c["raw"])
        vals = {r: shown(DATA[key][r].get(f) or 0) for r in ("ep2025", "ep2024")}
        if v == "mismatch":
            assert n not in vals.values(), item["id"]
        else:
            assert n == vals[rel] and (v == "current" or vals["ep2024"] != vals["ep2025"]), (item["id"], vals)
    elif k == "education":
        lvl = DATA[key]["ep2025"]["education"].lower()
        w = c["raw"].lower().replace("’", "'")
        hit = w in lvl or ((w.startswith("doctoral") or w == "ph.d.") and lvl.startswith("doctoral"))
        assert hit == (v == "current") and v in ("current", "mismatch"), (item["id"], c["raw"], lvl)
    else:
        raise AssertionError(k)


ITEMS = []
NOT = []


def item(id, style, roles, text, claims, heading=None):
    it = {"id": id, "style": style, "roles": roles}
    if heading:
        it["heading"] = heading
    it["text"] = text
    it["claims"] = claims
    ITEMS.append(it)


def nc(id, roles, text, heading=None):
    it = {"id": id, "roles": roles}
    if heading:
        it["heading"] = heading
    it["text"] = text
    NOT.append(it)



# ---------------------------------------------------------------- respiratory therapist vs SLP
R = ["Respiratory Therapist", "Speech-Language Pathologist"]
a, b, c = usd("RT.w2025.median"), usd("RT.w2025.p10"), usd("RT.w2025.p90")
item("rt-ooh-pay", "bls-ooh", R,
     f"The median annual wage for respiratory therapists was {a} in May 2025. The lowest 10 percent earned less than {b}, and the highest 10 percent earned more than {c}.",
     [C(a, "salary", R[0], "current", "RT.w2025.median", year=2025), C(b, "salary", R[0], "current", "RT.w2025.p10", year=2025),
      C(c, "salary", R[0], "current", "RT.w2025.p90", year=2025)], heading="Pay")
item("slp-ooh-outlook", "bls-ooh", R,
     f"Employment of speech-language pathologists is projected to grow {pct('SLP.ep2025.changePercent')} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(pct('SLP.ep2025.changePercent') + " percent", "outlook-percent", R[1], "current", "SLP.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[1], "current", "SLP.ep2025.changePercent", year=2035)], heading="Job Outlook")
o = thou("SLP.ep2025.openingsPerYear")
item("slp-ooh-openings", "bls-ooh", R,
     f"About {o} openings for speech-language pathologists are projected each year, on average, over the decade. Many of those openings are expected to result from the need to replace workers who transfer to different occupations or exit the labor force.",
     [C(f"{o} openings", "openings", R[1], "current", "SLP.ep2025.openingsPerYear")], heading="Job Outlook")
item("rt-ooh-education", "bls-ooh", R,
     "Respiratory therapists typically need an associate's degree to enter the occupation, although some employers prefer to hire candidates who also completed clinical rotations in a hospital setting.",
     [C("associate's degree", "education", R[0], "current", "RT.ep2025.education")], heading="How to Become a Respiratory Therapist")
item("slp-ooh-education", "bls-ooh", R,
     "Speech-language pathologists typically need at least a master's degree. They also must be licensed in all states; requirements vary by state.",
     [C("master's degree", "education", R[1], "current", "SLP.ep2025.education")], heading="How to Become a Speech-Language Pathologist")
a, b = usd("RT.w2025.median"), usd("SLP.w2025.median")
item("rt-slp-table", "summary-table", R,
     f"| | Respiratory Therapist | Speech-Language Pathologist |\n|---|---|---|\n| Median salary | {a} | {b} |\n| Typical entry-level education | Associate's degree | Master's degree |",
     [C(a, "salary", R[0], "current", "RT.w2025.median"), C(b, "salary", R[1], "current", "SLP.w2025.median"),
      C("Associate's degree", "education", R[0], "current", "RT.ep2025.education"),
      C("Master's degree", "education", R[1], "current", "SLP.ep2025.education")], heading="At a Glance")
a, b = usd("RT.w2024.hourlyMean"), usd("SLP.w2025.hourlyMean")
item("rt-slp-hourly", "nursing-site", R,
     f"Respiratory therapists earned an average of {a} per hour in May 2024, while speech-language pathologists now average {b} an hour.",
     [C(a, "salary", R[0], "outdated", "RT.w2024.hourlyMean", year=2024), C(b, "salary", R[1], "current", "SLP.w2025.hourlyMean")],
     heading="Hourly Pay")
item("rt-slp-forum", "forum", R,
     "Honestly SLPs make like $98k on average and RTs are closer to $87k, so the gap is smaller than people think once you count the extra two years of grad school.",
     [C("$98k", "salary", R[1], "current", "SLP.w2025.mean"), C("$87k", "salary", R[0], "current", "RT.w2025.mean")],
     heading="RT or SLP? which one pays better")
item("rt-california", "nursing-site", R,
     "In California, respiratory therapists earn a median salary of $115,000, among the highest in the nation.",
     [C("$115,000", "salary", R[0], "unchecked", stat="median", period="year", place="California")], heading="Respiratory Therapist Salary by State")
item("slp-jobs-wrong", "career-site", R,
     "Speech-language pathologists held about 93,000 jobs in 2025, most of them in schools.",
     [C("93,000 jobs", "employment", R[1], "mismatch", "SLP.ep2025.employmentBase", year=2025)])
item("slp-outlook-old", "career-site", R,
     f"Employment of speech-language pathologists is projected to grow {pct('SLP.ep2024.changePercent')} percent from 2024 to 2034.",
     [C(pct('SLP.ep2024.changePercent') + " percent", "outlook-percent", R[1], "outdated", "SLP.ep2024.changePercent", year=2034)])
e, ch = thou("RT.ep2025.employmentBase"), thou("RT.ep2025.changeNumeric")
item("rt-jobs-change", "bls-ooh", R,
     f"Respiratory therapists held about {e} jobs in 2025. Their employment is projected to increase over the decade, adding about {ch} jobs.",
     [C(f"{e} jobs", "employment", R[0], "current", "RT.ep2025.employmentBase", year=2025),
      C(f"{ch} jobs", "employment-change", R[0], "current", "RT.ep2025.changeNumeric")], heading="Work Environment")

# ---------------------------------------------------------------- surgical technologist vs phlebotomist
R = ["Surgical Technologist", "Phlebotomist"]
a = usd("PHL.w2025.median")
item("phl-school-pay", "school-site", R,
     f"Our 10-month phlebotomy certificate prepares you for a field where the median pay for phlebotomists was {a} in May 2025, according to the Bureau of Labor Statistics.",
     [C(a, "salary", R[1], "current", "PHL.w2025.median", year=2025)], heading="Phlebotomist Salary")
a, b = usd("ST.w2025.mean"), usd("ST.w2025.p90")
item("st-school-pay", "school-site", R,
     f"Surgical technologists earned a mean annual wage of {a} in May 2025, and the top 10 percent made more than {b}.",
     [C(a, "salary", R[0], "current", "ST.w2025.mean", year=2025), C(b, "salary", R[0], "current", "ST.w2025.p90", year=2025)],
     heading="Surgical Technologist Salary")
p = pct("PHL.ep2025.changePercent")
item("phl-ooh-outlook", "bls-ooh", R,
     f"Employment of phlebotomists is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "PHL.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[1], "current", "PHL.ep2025.changePercent", year=2035)])
item("st-descriptor-wrong", "school-site", R,
     "Surgical technologists can expect much faster than average job growth through 2035 as the number of surgical procedures rises.",
     [C("much faster than average", "outlook-descriptor", R[0], "mismatch", "ST.ep2025.changePercent", year=2035)])
item("phl-education", "bls-ooh", R,
     "Phlebotomists typically enter the occupation with a postsecondary nondegree award from a phlebotomy program.",
     [C("postsecondary nondegree award", "education", R[1], "current", "PHL.ep2025.education")], heading="How to Become a Phlebotomist")
item("st-education-wrong", "career-site", R,
     "Surgical technologists typically need a bachelor's degree in surgical technology before they can scrub in.",
     [C("bachelor's degree", "education", R[0], "mismatch", "ST.ep2025.education")])
a, b = usd("PHL.w2025.hourlyMean"), usd("ST.w2025.hourlyMean")
item("phl-st-hourly", "career-site", R,
     f"Phlebotomists average {a} an hour, while surgical techs average {b} an hour.",
     [C(a, "salary", R[1], "current", "PHL.w2025.hourlyMean"), C(b, "salary", R[0], "current", "ST.w2025.hourlyMean")])
a, b = usd("ST.w2025.p10"), usd("ST.w2025.p90")
item("st-range", "school-site", R,
     f"Surgical technologist pay ranges from {a} to as much as {b} a year, depending on experience and specialty.",
     [C(a, "salary", R[0], "current", "ST.w2025.p10", stat="range")])
o = thou("PHL.ep2025.openingsPerYear")
item("phl-openings", "bls-ooh", R,
     f"About {o} openings for phlebotomists are projected each year, on average, over the decade.",
     [C(f"{o} openings", "openings", R[1], "current", "PHL.ep2025.openingsPerYear")])

# ---------------------------------------------------------------- EMT vs paramedic
R = ["EMT", "Paramedic"]
a, b = usd("EMT.w2025.median"), usd("PARA.w2025.median")
item("emt-para-ooh-pay", "bls-ooh", R,
     f"The median annual wage for emergency medical technicians was {a} in May 2025. The median annual wage for paramedics was {b} in May 2025.",
     [C(a, "salary", R[0], "current", "EMT.w2025.median", year=2025), C(b, "salary", R[1], "current", "PARA.w2025.median", year=2025)],
     heading="Pay")
a, b = usd("EMT.w2023.median"), usd("PARA.w2023.median")
item("emt-para-2023", "career-site", R,
     f"In May 2023, EMTs earned a median of {a}, compared with a median of {b} for paramedics.",
     [C(a, "salary", R[0], "outdated", "EMT.w2023.median", year=2023), C(b, "salary", R[1], "outdated", "PARA.w2023.median", year=2023)])
item("emt-para-forum", "forum", R,
     "EMT pay is rough, like $22/hr on average where I am. Going medic bumps you to an average of around $30/hr, which is why everyone does medic school eventually.",
     [C("$22/hr", "salary", R[0], "current", "EMT.w2025.hourlyMean"), C("$30/hr", "salary", R[1], "current", "PARA.w2025.hourlyMean")],
     heading="EMT vs paramedic pay?")
item("para-jobs-wrong", "career-site", R,
     "Paramedics held about 210,000 jobs in 2025, working mostly for ambulance services and fire departments.",
     [C("210,000 jobs", "employment", R[1], "mismatch", "PARA.ep2025.employmentBase", year=2025)])
o = thou("EMT.ep2024.openingsPerYear")
item("emt-openings-old", "career-site", R,
     f"About {o} openings for EMTs are projected each year, on average, over the decade.",
     [C(f"{o} openings", "openings", R[0], "outdated", "EMT.ep2024.openingsPerYear")])
p = pct("EMT.ep2025.changePercent")
item("emt-ooh-outlook", "bls-ooh", R,
     f"Employment of EMTs is projected to grow {p} percent from 2025 to 2035, faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "EMT.ep2025.changePercent", year=2035),
      C("faster than the average", "outlook-descriptor", R[0], "current", "EMT.ep2025.changePercent", year=2035)])
item("para-education", "bls-ooh", R,
     "Paramedics typically need a postsecondary nondegree award, plus work experience as an EMT.",
     [C("postsecondary nondegree award", "education", R[1], "current", "PARA.ep2025.education")])
m = "${:,}".format(round(DATA["PARA"]["w2025"]["mean"] / 12))
item("para-monthly", "faq", R,
     f"How much do paramedics make a month? On average, paramedics make about {m} a month before taxes.",
     [C(m, "salary", R[1], "current", "PARA.w2025.mean", period="month")], heading="FAQ")

# ---------------------------------------------------------------- massage therapist vs dietitian
R = ["Massage Therapist", "Dietitian"]
s_ = se("MT.ep2025.selfEmployedPercent")
item("mt-self-employed", "bls-ooh", R,
     f"About {s_} percent of massage therapists were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "MT.ep2025.selfEmployedPercent", year=2025)], heading="Work Environment")
s_ = se("MT.ep2024.selfEmployedPercent")
item("mt-self-employed-old", "career-site", R,
     f"Many massage therapists are their own boss: about {s_} percent are self-employed, renting a room in a spa or seeing clients at home.",
     [C(f"{s_} percent", "self-employed", R[0], "outdated", "MT.ep2024.selfEmployedPercent")])
p = pct("DIET.ep2025.changePercent")
item("diet-ooh-outlook", "bls-ooh", R,
     f"Employment of dietitians and nutritionists is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "DIET.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[1], "current", "DIET.ep2025.changePercent", year=2035)])
a = usd("DIET.w2024.median")
item("diet-pay-old", "career-site", R,
     f"Registered dietitians earned a median salary of {a}, with hospital and outpatient roles paying the most.",
     [C(a, "salary", R[1], "outdated", "DIET.w2024.median")], heading="Dietitian Salary")
a, b = usd("MT.w2025.p10"), usd("MT.w2025.p90")
item("mt-percentiles", "bls-ooh", R,
     f"The lowest 10 percent of massage therapists earned less than {a}, and the highest 10 percent earned more than {b}.",
     [C(a, "salary", R[0], "current", "MT.w2025.p10"), C(b, "salary", R[0], "current", "MT.w2025.p90")], heading="Pay")
item("diet-education", "bls-ooh", R,
     "Dietitians typically need a bachelor's degree and supervised training through an internship or as part of their coursework.",
     [C("bachelor's degree", "education", R[1], "current", "DIET.ep2025.education")], heading="How to Become a Dietitian")
item("mt-seattle", "forum", R,
     "Massage therapists in the Seattle metro area average $38 an hour if you count tips, at least in my clinic.",
     [C("$38", "salary", R[0], "unchecked", stat="mean", period="hour", place="Seattle metro area")], heading="LMT pay in Seattle")
item("diet-jobs-wrong", "career-site", R,
     "Dietitians and nutritionists held about 186,000 jobs in 2025.",
     [C("186,000 jobs", "employment", R[1], "mismatch", "DIET.ep2025.employmentBase", year=2025)])

# ---------------------------------------------------------------- optometrist vs dentist
R = ["Optometrist", "Dentist"]
a, b = usd("OPT.w2025.mean"), usd("DENT.w2025.mean")
item("opt-dent-intro", "career-site", R,
     f"Optometrists earn an average salary of {a} a year, while dentists average {b}, making both among the best-paid health careers.",
     [C(a, "salary", R[0], "current", "OPT.w2025.mean"), C(b, "salary", R[1], "current", "DENT.w2025.mean")], heading="Optometrist vs. Dentist Salary")
item("dent-education", "bls-ooh", R,
     "Dentists typically need a doctoral or professional degree (a DDS or DMD) and a state license.",
     [C("doctoral or professional degree", "education", R[1], "current", "DENT.ep2025.education")], heading="How to Become a Dentist")
item("opt-education", "school-site", R,
     "Optometrists need a four-year doctoral degree after college, followed by national board exams.",
     [C("doctoral degree", "education", R[0], "current", "OPT.ep2025.education")])
item("dent-self-wrong", "career-site", R,
     "Nearly 45 percent of dentists are self-employed, owning their own practice.",
     [C("45 percent", "self-employed", R[1], "mismatch", "DENT.ep2025.selfEmployedPercent")])
a = usd("OPT.w2025.p25")
item("opt-middle50", "career-site", R,
     f"The middle 50 percent of optometrists earned between {a} and {usd('OPT.w2025.p75')}.",
     [C(a, "salary", R[0], "current", "OPT.w2025.p25", stat="range")])
p = pct("DENT.ep2024.changePercent")
item("dent-outlook-old", "career-site", R,
     f"Employment of dentists is projected to grow {p} percent from 2024 to 2034, about as fast as the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "outdated", "DENT.ep2024.changePercent", year=2034),
      C("about as fast as the average", "outlook-descriptor", R[1], "outdated", "DENT.ep2024.changePercent", year=2034)])
o = thou("OPT.ep2025.openingsPerYear")
item("opt-openings", "bls-ooh", R,
     f"About {o} openings for optometrists are projected each year, on average, over the decade.",
     [C(f"{o} openings", "openings", R[0], "current", "OPT.ep2025.openingsPerYear")])
item("dent-hourly", "faq", R,
     "How much do dentists make an hour? Dentists make around $92 an hour on average.",
     [C("$92", "salary", R[1], "current", "DENT.w2025.hourlyMean")], heading="FAQ")

# ---------------------------------------------------------------- software QA analyst vs DBA
R = ["Software QA Analyst", "Database Administrator"]
a, b = usd("QA.w2025.median"), usd("DBA.w2025.median")
item("qa-dba-blog-pay", "dev-blog", R,
     f"QA analysts pulled a median of {a} in May 2025, and DBAs were right there with a median of {b}. Not a huge difference in pay, a big difference in on-call pain.",
     [C(a, "salary", R[0], "current", "QA.w2025.median", year=2025), C(b, "salary", R[1], "current", "DBA.w2025.median", year=2025)],
     heading="Show me the money")
p = pct("QA.ep2025.changePercent")
item("qa-dba-blog-outlook", "dev-blog", R,
     f"BLS expects database administrator employment to see little or no change from 2025 to 2035, while software QA analyst and tester jobs grow {p} percent.",
     [C("little or no change", "outlook-descriptor", R[1], "current", "DBA.ep2025.changePercent", year=2035),
      C(f"{p} percent", "outlook-percent", R[0], "current", "QA.ep2025.changePercent", year=2035)], heading="Job outlook")
p = pct("QA.ep2024.changePercent")
item("qa-outlook-old", "career-site", R,
     f"Employment of software quality assurance analysts and testers is projected to grow {p} percent from 2024 to 2034.",
     [C(f"{p} percent", "outlook-percent", R[0], "outdated", "QA.ep2024.changePercent", year=2034)])
e = thou("DBA.ep2024.employmentBase")
item("dba-jobs-old", "career-site", R,
     f"Database administrators held about {e} jobs in 2024.",
     [C(f"{e} jobs", "employment", R[1], "outdated", "DBA.ep2024.employmentBase", year=2024)])
item("qa-median-wrong", "dev-blog", R,
     "The median salary for software QA testers is just $62,000, so expect to move into development if you want a raise.",
     [C("$62,000", "salary", R[0], "mismatch", "QA.w2025.median")])
a = usd("DBA.w2025.p90")
item("dba-p90", "dev-blog", R,
     f"Top-earning DBAs, the highest 10 percent, made more than {a} in May 2025.",
     [C(a, "salary", R[1], "current", "DBA.w2025.p90", year=2025)])
item("dba-education", "dev-blog", R,
     "Database administrators typically need a bachelor's degree in computer science or information technology, plus hands-on SQL experience.",
     [C("bachelor's degree", "education", R[1], "current", "DBA.ep2025.education")])

# ---------------------------------------------------------------- network admin vs computer support
R = ["Network Administrator", "Computer Support Specialist"]
p = pct("NET.ep2025.changePercent")
item("net-ooh-decline", "bls-ooh", R,
     f"Employment of network and computer systems administrators is projected to decline {p} percent from 2025 to 2035.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "NET.ep2025.changePercent", year=2035)], heading="Job Outlook")
e, o = thou("CSS.ep2025.employmentBase"), thou("CSS.ep2025.openingsPerYear")
item("css-jobs-openings", "bls-ooh", R,
     f"Computer user support specialists held about {e} jobs in 2025. Despite declining employment, about {o} openings for computer support specialists are projected each year, on average, over the decade.",
     [C(f"{e} jobs", "employment", R[1], "current", "CSS.ep2025.employmentBase", year=2025),
      C(f"{o} openings", "openings", R[1], "current", "CSS.ep2025.openingsPerYear")])
item("css-net-forum", "forum", R,
     "Helpdesk pays like $32/hr on average, netadmins average around $50/hr. Get your CCNA and move up, don't sit on the helpdesk for five years.",
     [C("$32/hr", "salary", R[1], "current", "CSS.w2025.hourlyMean"), C("$50/hr", "salary", R[0], "current", "NET.w2025.hourlyMean")],
     heading="Computer support specialist vs network admin pay")
item("css-education-wrong", "career-site", R,
     "Computer user support specialists typically need a bachelor's degree in information technology.",
     [C("bachelor's degree", "education", R[1], "mismatch", "CSS.ep2025.education")])
item("net-descriptor-wrong", "career-site", R,
     "Network administrator jobs are projected to grow much faster than average through 2035 as every company moves to the cloud.",
     [C("much faster than average", "outlook-descriptor", R[0], "mismatch", "NET.ep2025.changePercent", year=2035)])
item("net-texas", "career-site", R,
     "In Texas, network administrators earn a median salary of $92,000.",
     [C("$92,000", "salary", R[0], "unchecked", stat="median", period="year", place="Texas")])

# ---------------------------------------------------------------- actuary vs statistician
R = ["Actuary", "Statistician"]
a = usd("ACT.w2025.median")
item("act-ooh-pay", "bls-ooh", R,
     f"The median annual wage for actuaries was {a} in May 2025.",
     [C(a, "salary", R[0], "current", "ACT.w2025.median", year=2025)], heading="Pay")
p = pct("ACT.ep2024.changePercent")
item("act-outlook-old", "career-site", R,
     f"Employment of actuaries is projected to grow {p} percent from 2024 to 2034.",
     [C(f"{p} percent", "outlook-percent", R[0], "outdated", "ACT.ep2024.changePercent", year=2034)])
p = pct("STAT.ep2025.changePercent")
item("stat-ooh-outlook", "bls-ooh", R,
     f"Employment of statisticians is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "STAT.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[1], "current", "STAT.ep2025.changePercent", year=2035)])
item("stat-act-education", "career-site", R,
     "Statisticians typically need a master's degree in statistics or mathematics. Actuaries, by contrast, need a bachelor's degree and must pass a series of professional exams.",
     [C("master's degree", "education", R[1], "current", "STAT.ep2025.education"),
      C("bachelor's degree", "education", R[0], "current", "ACT.ep2025.education")], heading="Education")
a, b = usd("ACT.w2024.p10"), usd("ACT.w2024.p90")
item("act-2024-percentiles", "career-site", R,
     f"In May 2024, the lowest 10 percent of actuaries earned less than {a}, and the highest 10 percent earned more than {b}.",
     [C(a, "salary", R[0], "outdated", "ACT.w2024.p10", year=2024), C(b, "salary", R[0], "outdated", "ACT.w2024.p90", year=2024)])
item("stat-mean-wrong", "career-site", R,
     "Statisticians earn an average salary of $72,000 per year.",
     [C("$72,000", "salary", R[1], "mismatch", "STAT.w2025.mean")])
a, b = usd("ACT.w2025.mean"), usd("STAT.w2025.mean")
pa, pb = pct("ACT.ep2025.changePercent"), pct("STAT.ep2025.changePercent")
oa, ob = thou("ACT.ep2025.openingsPerYear"), thou("STAT.ep2025.openingsPerYear")
item("act-stat-table", "summary-table", R,
     f"| Metric | Actuary | Statistician |\n|---|---|---|\n| Average salary | {a} | {b} |\n| Job growth | {pa}% | {pb}% |\n| Annual openings | {oa} | {ob} |",
     [C(a, "salary", R[0], "current", "ACT.w2025.mean"), C(b, "salary", R[1], "current", "STAT.w2025.mean"),
      C(f"{pa}%", "outlook-percent", R[0], "current", "ACT.ep2025.changePercent"),
      C(f"{pb}%", "outlook-percent", R[1], "current", "STAT.ep2025.changePercent"),
      C(oa, "openings", R[0], "current", "ACT.ep2025.openingsPerYear"),
      C(ob, "openings", R[1], "current", "STAT.ep2025.openingsPerYear")], heading="Actuary vs. Statistician at a Glance")

# ---------------------------------------------------------------- financial manager vs budget analyst
R = ["Financial Manager", "Budget Analyst"]
e = thou("FM.ep2025.employmentBase")
item("fm-ooh-jobs", "bls-ooh", R,
     f"Financial managers held about {e} jobs in 2025.",
     [C(f"{e} jobs", "employment", R[0], "current", "FM.ep2025.employmentBase", year=2025)], heading="Work Environment")
p, ch = pct("FM.ep2025.changePercent"), thou("FM.ep2025.changeNumeric")
item("fm-ooh-outlook", "bls-ooh", R,
     f"Employment of financial managers is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations, adding about {ch} jobs over the decade.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "FM.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[0], "current", "FM.ep2025.changePercent", year=2035),
      C(f"{ch} jobs", "employment-change", R[0], "current", "FM.ep2025.changeNumeric", year=2035)], heading="Job Outlook")
p = pct("BUD.ep2025.changePercent")
item("bud-ooh-outlook", "bls-ooh", R,
     f"Employment of budget analysts is projected to grow {p} percent from 2025 to 2035, slower than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "BUD.ep2025.changePercent", year=2035),
      C("slower than the average", "outlook-descriptor", R[1], "current", "BUD.ep2025.changePercent", year=2035)])
a, b = usd("BUD.w2025.median"), usd("FM.w2025.median")
item("bud-fm-pay", "career-site", R,
     f"Budget analysts earned a median of {a} in May 2025; the median for financial managers was {b}.",
     [C(a, "salary", R[1], "current", "BUD.w2025.median", year=2025), C(b, "salary", R[0], "current", "FM.w2025.median", year=2025)],
     heading="Salary Comparison")
item("bud-outlook-wrong", "career-site", R,
     "Budget analyst jobs are expected to grow 15 percent over the next decade, much faster than average.",
     [C("15 percent", "outlook-percent", R[1], "mismatch", "BUD.ep2025.changePercent"),
      C("much faster than average", "outlook-descriptor", R[1], "mismatch", "BUD.ep2025.changePercent")])
a = usd("FM.w2025.p90")
item("fm-p90", "bls-ooh", R,
     f"The highest 10 percent of financial managers earned more than {a} in May 2025.",
     [C(a, "salary", R[0], "current", "FM.w2025.p90", year=2025)])
item("bud-education", "faq", R,
     "Do budget analysts need a degree? Yes. Budget analysts usually need at least a bachelor's degree, often in accounting, finance or economics.",
     [C("bachelor's degree", "education", R[1], "current", "BUD.ep2025.education")], heading="FAQ")

# ---------------------------------------------------------------- personal financial advisor vs financial manager
R = ["Personal Financial Advisor", "Financial Manager"]
s_ = se("PFA.ep2025.selfEmployedPercent")
item("pfa-self", "bls-ooh", R,
     f"About {s_} percent of personal financial advisors were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "PFA.ep2025.selfEmployedPercent", year=2025)])
p = pct("PFA.ep2024.changePercent")
item("pfa-outlook-old", "career-site", R,
     f"Employment of personal financial advisors is projected to grow {p} percent over the decade, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[0], "outdated", "PFA.ep2024.changePercent"),
      C("much faster than the average", "outlook-descriptor", R[0], "outdated", "PFA.ep2024.changePercent")])
a, b = usd("PFA.w2025.median"), usd("PFA.w2025.mean")
item("pfa-median-mean", "career-site", R,
     f"Personal financial advisors have a median salary of {a}, though the average is much higher at {b} because top earners pull it up.",
     [C(a, "salary", R[0], "current", "PFA.w2025.median"), C(b, "salary", R[0], "current", "PFA.w2025.mean")], heading="Financial Advisor Salary")

# ---------------------------------------------------------------- economist vs statistician
R = ["Economist", "Statistician"]
a = usd("ECON.w2024.median")
item("econ-2024", "career-site", R,
     f"Economists earned a median annual wage of {a} in May 2024.",
     [C(a, "salary", R[0], "outdated", "ECON.w2024.median", year=2024)], heading="Economist Salary")
item("econ-education", "career-site", R,
     "Economists typically need a master's degree or Ph.D. for most jobs outside entry-level government work.",
     [C("master's degree", "education", R[0], "current", "ECON.ep2025.education")])

# ---------------------------------------------------------------- HR manager vs management analyst
R = ["HR Manager", "Management Analyst"]
a, b = usd("HRM.w2025.median"), usd("MA.w2025.median")
item("hrm-ma-intro", "career-site", R,
     f"HR managers earn a median salary of {a}, compared with a median of {b} for management analysts.",
     [C(a, "salary", R[0], "current", "HRM.w2025.median"), C(b, "salary", R[1], "current", "MA.w2025.median")],
     heading="HR Manager vs. Management Analyst: Salary")
p = pct("MA.ep2025.changePercent")
item("ma-ooh-outlook", "bls-ooh", R,
     f"Employment of management analysts is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "MA.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[1], "current", "MA.ep2025.changePercent", year=2035)])
o = thou("MA.ep2025.openingsPerYear")
item("ma-openings", "bls-ooh", R,
     f"About {o} openings for management analysts are projected each year, on average, over the decade.",
     [C(f"{o} openings", "openings", R[1], "current", "MA.ep2025.openingsPerYear")])
item("hrm-education-wrong", "career-site", R,
     "Human resources managers typically need a master's degree in human resources or business administration to be hired.",
     [C("master's degree", "education", R[0], "mismatch", "HRM.ep2025.education")])
a = usd("HRM.w2025.p10")
item("hrm-p10", "bls-ooh", R,
     f"The lowest 10 percent of human resources managers earned less than {a}.",
     [C(a, "salary", R[0], "current", "HRM.w2025.p10")], heading="Pay")
item("hrm-newyork", "career-site", R,
     "Human resources managers in New York earn an average of $200,000 a year.",
     [C("$200,000", "salary", R[0], "unchecked", stat="mean", period="year", place="New York")])

# ---------------------------------------------------------------- project management specialist vs management analyst
R = ["Project Management Specialist", "Management Analyst"]
a, b = usd("PMS.w2025.median"), usd("MA.w2025.median")
pa, pb = pct("PMS.ep2025.changePercent"), pct("MA.ep2025.changePercent")
oa, ob = thou("PMS.ep2025.openingsPerYear"), thou("MA.ep2025.openingsPerYear")
item("pms-ma-table", "summary-table", R,
     f"| | Project Management Specialist | Management Analyst |\n|---|---|---|\n| Median pay | {a} | {b} |\n| Job outlook, 2025-35 | {pa}% | {pb}% |\n| Annual openings | {oa} | {ob} |",
     [C(a, "salary", R[0], "current", "PMS.w2025.median"), C(b, "salary", R[1], "current", "MA.w2025.median"),
      C(f"{pa}%", "outlook-percent", R[0], "current", "PMS.ep2025.changePercent", year=2035),
      C(f"{pb}%", "outlook-percent", R[1], "current", "MA.ep2025.changePercent", year=2035),
      C(oa, "openings", R[0], "current", "PMS.ep2025.openingsPerYear"),
      C(ob, "openings", R[1], "current", "MA.ep2025.openingsPerYear")])
e = thou("PMS.ep2025.employmentBase")
item("pms-jobs", "bls-ooh", R,
     f"Project management specialists held about {e} jobs in 2025.",
     [C(f"{e} jobs", "employment", R[0], "current", "PMS.ep2025.employmentBase", year=2025)])

# ---------------------------------------------------------------- market research analyst vs PR specialist
R = ["Market Research Analyst", "Public Relations Specialist"]
a = usd("PR.w2025.median")
item("pr-ooh-pay", "bls-ooh", R,
     f"The median annual wage for public relations specialists was {a} in May 2025.",
     [C(a, "salary", R[1], "current", "PR.w2025.median", year=2025)], heading="Pay")
p = pct("MRA.ep2025.changePercent")
item("mra-ooh-outlook", "bls-ooh", R,
     f"Employment of market research analysts is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "MRA.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[0], "current", "MRA.ep2025.changePercent", year=2035)])
p = pct("PR.ep2024.changePercent")
item("pr-outlook-old", "career-site", R,
     f"Employment of public relations specialists is projected to grow {p} percent from 2024 to 2034, faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "outdated", "PR.ep2024.changePercent", year=2034),
      C("faster than the average", "outlook-descriptor", R[1], "outdated", "PR.ep2024.changePercent", year=2034)])
a = usd("MRA.w2024.mean")
item("mra-pay-old", "career-site", R,
     f"Market research analysts earned an average of {a} a year.",
     [C(a, "salary", R[0], "outdated", "MRA.w2024.mean")], heading="Market Research Analyst Salary")
o = thou("PR.ep2025.openingsPerYear")
item("pr-openings", "bls-ooh", R,
     f"About {o} openings for public relations specialists are projected each year, on average, over the decade.",
     [C(f"{o} openings", "openings", R[1], "current", "PR.ep2025.openingsPerYear")])
item("pr-mra-forum", "forum", R,
     "PR pays like $84k on average, market research about $89k avg. Pick whichever you'd actually enjoy doing.",
     [C("$84k", "salary", R[1], "current", "PR.w2025.mean"), C("$89k", "salary", R[0], "current", "MRA.w2025.mean")],
     heading="PR vs market research analyst?")

# ---------------------------------------------------------------- technical writer vs interpreter
R = ["Technical Writer", "Interpreter"]
e, p = thou("TW.ep2025.employmentBase"), pct("TW.ep2025.changePercent")
item("tw-ooh-jobs-outlook", "bls-ooh", R,
     f"Technical writers held about {e} jobs in 2025. Employment of technical writers is projected to grow {p} percent from 2025 to 2035, slower than the average for all occupations.",
     [C(f"{e} jobs", "employment", R[0], "current", "TW.ep2025.employmentBase", year=2025),
      C(f"{p} percent", "outlook-percent", R[0], "current", "TW.ep2025.changePercent", year=2035),
      C("slower than the average", "outlook-descriptor", R[0], "current", "TW.ep2025.changePercent", year=2035)])
e = thou("TW.ep2024.employmentBase")
item("tw-jobs-old", "dev-blog", R,
     f"Technical writers held about {e} jobs in 2024, a small field compared with software developers.",
     [C(f"{e} jobs", "employment", R[0], "outdated", "TW.ep2024.employmentBase", year=2024)])
s_ = se("IT.ep2025.selfEmployedPercent")
item("it-self", "bls-ooh", R,
     f"About {s_} percent of interpreters and translators were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[1], "current", "IT.ep2025.selfEmployedPercent", year=2025)])
a, b = usd("TW.w2025.median"), usd("IT.w2025.median")
item("tw-it-pay", "career-site", R,
     f"Technical writers earned a median of {a} in May 2025, while interpreters and translators earned a median of {b}.",
     [C(a, "salary", R[0], "current", "TW.w2025.median", year=2025), C(b, "salary", R[1], "current", "IT.w2025.median", year=2025)])
item("it-education-wrong", "career-site", R,
     "Interpreters and translators typically need a master's degree in translation studies.",
     [C("master's degree", "education", R[1], "mismatch", "IT.ep2025.education")])
item("it-florida", "forum", R,
     "Court interpreters in Florida earn about $30 per hour on average, less than federal court pays.",
     [C("$30", "salary", R[1], "unchecked", stat="mean", period="hour", place="Florida")], heading="Interpreter pay")

# ---------------------------------------------------------------- court reporter vs interpreter
R = ["Court Reporter", "Interpreter"]
s_ = se("CR.ep2025.selfEmployedPercent")
item("cr-self", "bls-ooh", R,
     f"About {s_} percent of court reporters and simultaneous captioners were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "CR.ep2025.selfEmployedPercent", year=2025)])
item("cr-outlook", "bls-ooh", R,
     "Employment of court reporters and simultaneous captioners is projected to show little or no change from 2025 to 2035.",
     [C("little or no change", "outlook-descriptor", R[0], "current", "CR.ep2025.changePercent", year=2035)], heading="Job Outlook")
item("cr-education", "school-site", R,
     "Court reporters typically need a postsecondary nondegree award from a community college or technical institute, and many states require a license.",
     [C("postsecondary nondegree award", "education", R[0], "current", "CR.ep2025.education")])
a = usd("CR.w2024.median")
item("cr-2024", "school-site", R,
     f"Court reporters earned a median salary of {a} in May 2024.",
     [C(a, "salary", R[0], "outdated", "CR.w2024.median", year=2024)], heading="Court Reporter Salary")

# ---------------------------------------------------------------- flight attendant vs airline pilot
R = ["Flight Attendant", "Airline Pilot"]
a, b = usd("FA.w2025.median"), usd("PIL.w2025.median")
item("fa-pil-ooh-pay", "bls-ooh", R,
     f"The median annual wage for flight attendants was {a} in May 2025. The median annual wage for airline pilots, copilots, and flight engineers was {b} in May 2025.",
     [C(a, "salary", R[0], "current", "FA.w2025.median", year=2025), C(b, "salary", R[1], "current", "PIL.w2025.median", year=2025)], heading="Pay")
a = usd("FA.w2023.median")
item("fa-2023", "career-site", R,
     f"In May 2023, flight attendants earned a median of {a}, not counting per diem.",
     [C(a, "salary", R[0], "outdated", "FA.w2023.median", year=2023)])
p = pct("PIL.ep2025.changePercent")
item("pil-ooh-outlook", "bls-ooh", R,
     f"Employment of airline pilots, copilots, and flight engineers is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "PIL.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[1], "current", "PIL.ep2025.changePercent", year=2035)])
item("pil-mean-wrong", "career-site", R,
     "Airline pilots earn an average of $130,000 per year, rising with seniority.",
     [C("$130,000", "salary", R[1], "mismatch", "PIL.w2025.mean")])
item("fa-pil-education", "career-site", R,
     "Flight attendants typically need a high school diploma or equivalent, while airline pilots typically need an associate's degree and an airline transport pilot certificate.",
     [C("high school diploma", "education", R[0], "current", "FA.ep2025.education"),
      C("associate's degree", "education", R[1], "mismatch", "PIL.ep2025.education")], heading="Education and Training")
o = thou("FA.ep2025.openingsPerYear")
item("fa-openings", "bls-ooh", R,
     f"About {o} openings for flight attendants are projected each year, on average, over the decade.",
     [C(f"{o} openings", "openings", R[0], "current", "FA.ep2025.openingsPerYear")])
item("fa-forum", "forum", R,
     "FAs start low, reserve pay is brutal, but the average across all FAs is around $77k once you have seniority in the mix.",
     [C("$77k", "salary", R[0], "current", "FA.w2025.mean")], heading="flight attendant vs pilot, is FA worth it?")

# ---------------------------------------------------------------- air traffic controller vs airline pilot
R = ["Air Traffic Controller", "Airline Pilot"]
a, b = usd("ATC.w2025.median"), usd("ATC.w2025.p90")
item("atc-pay", "career-site", R,
     f"Air traffic controllers earned a median salary of {a} in May 2025, and the top 10 percent earned more than {b}.",
     [C(a, "salary", R[0], "current", "ATC.w2025.median", year=2025), C(b, "salary", R[0], "current", "ATC.w2025.p90", year=2025)])
item("atc-education", "faq", R,
     "What degree do air traffic controllers need? Air traffic controllers typically need an associate's degree or a degree from an FAA-approved program, then training at the FAA Academy.",
     [C("associate's degree", "education", R[0], "current", "ATC.ep2025.education")], heading="FAQ")
p = pct("ATC.ep2025.changePercent")
item("atc-outlook", "bls-ooh", R,
     f"Employment of air traffic controllers is projected to grow {p} percent from 2025 to 2035, slower than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "ATC.ep2025.changePercent", year=2035),
      C("slower than the average", "outlook-descriptor", R[0], "current", "ATC.ep2025.changePercent", year=2035)])

# ---------------------------------------------------------------- automotive service technician vs diesel mechanic
R = ["Automotive Service Technician", "Diesel Mechanic"]
a, b = usd("AUTO.w2025.median"), usd("DIES.w2025.median")
item("auto-dies-pay", "school-site", R,
     f"Automotive service technicians earned a median of {a} in May 2025, compared with a median of {b} for diesel service technicians and mechanics.",
     [C(a, "salary", R[0], "current", "AUTO.w2025.median", year=2025), C(b, "salary", R[1], "current", "DIES.w2025.median", year=2025)],
     heading="Auto Tech vs. Diesel Tech Pay")
a = usd("DIES.w2025.hourlyMean")
item("dies-hourly", "school-site", R,
     f"Diesel techs average {a} per hour, and many shops pay overtime.",
     [C(a, "salary", R[1], "current", "DIES.w2025.hourlyMean")])
s_ = se("AUTO.ep2025.selfEmployedPercent")
item("auto-self", "bls-ooh", R,
     f"About {s_} percent of automotive service technicians and mechanics were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "AUTO.ep2025.selfEmployedPercent", year=2025)])
p = pct("DIES.ep2025.changePercent")
item("dies-outlook", "bls-ooh", R,
     f"Employment of diesel service technicians and mechanics is projected to grow {p} percent from 2025 to 2035, about as fast as the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "DIES.ep2025.changePercent", year=2035),
      C("about as fast as the average", "outlook-descriptor", R[1], "current", "DIES.ep2025.changePercent", year=2035)])
o = thou("AUTO.ep2025.openingsPerYear")
item("auto-openings", "bls-ooh", R,
     f"About {o} openings for automotive service technicians and mechanics are projected each year, on average, over the decade.",
     [C(f"{o} openings", "openings", R[0], "current", "AUTO.ep2025.openingsPerYear")])
item("dies-education", "school-site", R,
     "Diesel mechanics typically need a high school diploma or equivalent, followed by long-term on-the-job training.",
     [C("high school diploma", "education", R[1], "current", "DIES.ep2025.education")])
item("auto-houston", "school-site", R,
     "Auto mechanics in the Houston metro area make a median of $48,000 a year.",
     [C("$48,000", "salary", R[0], "unchecked", stat="median", period="year", place="Houston metro area")])
item("auto-jobs-wrong", "career-site", R,
     "Automotive service technicians held about 1.4 million jobs in 2025.",
     [C("1.4 million jobs", "employment", R[0], "mismatch", "AUTO.ep2025.employmentBase", year=2025)])

# ---------------------------------------------------------------- aircraft mechanic vs diesel mechanic
R = ["Aircraft Mechanic", "Diesel Mechanic"]
a = usd("AIRM.w2024.median")
item("airm-pay-old", "school-site", R,
     f"Aircraft mechanics and service technicians earned a median of {a} a year.",
     [C(a, "salary", R[0], "outdated", "AIRM.w2024.median")], heading="A&P Mechanic Salary")
p = pct("AIRM.ep2025.changePercent")
item("airm-outlook", "bls-ooh", R,
     f"Employment of aircraft mechanics and technicians is projected to grow {p} percent from 2025 to 2035, faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "AIRM.ep2025.changePercent", year=2035),
      C("faster than the average", "outlook-descriptor", R[0], "current", "AIRM.ep2025.changePercent", year=2035)])
a, b = usd("AIRM.w2025.p10"), usd("AIRM.w2025.p90")
item("airm-percentiles", "bls-ooh", R,
     f"The lowest 10 percent of aircraft mechanics earned less than {a}, and the highest 10 percent earned more than {b}.",
     [C(a, "salary", R[0], "current", "AIRM.w2025.p10"), C(b, "salary", R[0], "current", "AIRM.w2025.p90")])

# ---------------------------------------------------------------- roofer vs solar installer vs wind tech
R = ["Roofer", "Solar Installer"]
item("roof-education", "bls-ooh", R,
     "Roofers typically need no formal educational credential; most learn on the job as helpers.",
     [C("no formal educational credential", "education", R[0], "current", "ROOF.ep2025.education")], heading="How to Become a Roofer")
s_ = se("ROOF.ep2025.selfEmployedPercent")
item("roof-self", "bls-ooh", R,
     f"About {s_} percent of roofers were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "ROOF.ep2025.selfEmployedPercent", year=2025)])
item("sol-descriptor", "career-site", R,
     "Employment of solar photovoltaic installers is projected to grow much faster than the average for all occupations from 2025 to 2035.",
     [C("much faster than the average", "outlook-descriptor", R[1], "current", "SOL.ep2025.changePercent", year=2035)])
item("sol-percent-wrong", "forum", R,
     "Solar installer jobs are projected to grow 60 percent, so roofers who learn panels are set for life.",
     [C("60 percent", "outlook-percent", R[1], "mismatch", "SOL.ep2025.changePercent")], heading="roofing vs solar install?")
a = usd("SOL.w2025.mean")
item("sol-mean", "career-site", R,
     f"Solar photovoltaic installers earned an average of {a} a year in May 2025.",
     [C(a, "salary", R[1], "current", "SOL.w2025.mean", year=2025)])
a = usd("ROOF.w2025.hourlyMean")
item("roof-hourly", "career-site", R,
     f"Roofers average {a} an hour nationwide.",
     [C(a, "salary", R[0], "current", "ROOF.w2025.hourlyMean")])
item("roof-florida", "forum", R,
     "Roofers in Florida earn a median of $24 an hour, and it's hot as hell up there.",
     [C("$24", "salary", R[0], "unchecked", stat="median", period="hour", place="Florida")], heading="roofing pay by state")

R = ["Wind Turbine Technician", "Solar Installer"]
a, o = usd("WIND.w2025.median"), thou("WIND.ep2025.openingsPerYear")
item("wind-pay-openings", "bls-ooh", R,
     f"The median annual wage for wind turbine service technicians was {a} in May 2025. About {o} openings for wind turbine service technicians are projected each year, on average, over the decade.",
     [C(a, "salary", R[0], "current", "WIND.w2025.median", year=2025), C(f"{o} openings", "openings", R[0], "current", "WIND.ep2025.openingsPerYear")])
item("wind-education", "school-site", R,
     "Wind turbine technicians typically need a postsecondary nondegree award from a technical school, such as our 8-month wind energy certificate.",
     [C("postsecondary nondegree award", "education", R[0], "current", "WIND.ep2025.education")])
p = pct("WIND.ep2024.changePercent")
item("wind-outlook-old", "career-site", R,
     f"Employment of wind turbine technicians is projected to grow {p} percent from 2024 to 2034.",
     [C(f"{p} percent", "outlook-percent", R[0], "outdated", "WIND.ep2024.changePercent", year=2034)])

# ---------------------------------------------------------------- landscape architect vs architect
R = ["Landscape Architect", "Architect"]
a = usd("LA.w2025.median")
item("la-ooh-pay", "bls-ooh", R,
     f"The median annual wage for landscape architects was {a} in May 2025.",
     [C(a, "salary", R[0], "current", "LA.w2025.median", year=2025)], heading="Pay")
e = thou("ARCH.ep2025.employmentBase")
item("arch-jobs", "bls-ooh", R,
     f"Architects held about {e} jobs in 2025.",
     [C(f"{e} jobs", "employment", R[1], "current", "ARCH.ep2025.employmentBase", year=2025)], heading="Work Environment")
s_ = se("LA.ep2025.selfEmployedPercent")
item("la-self", "bls-ooh", R,
     f"About {s_} percent of landscape architects were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "LA.ep2025.selfEmployedPercent", year=2025)])
item("arch-la-education", "career-site", R,
     "Architects typically need a bachelor's degree in architecture, while landscape architects typically need a master's degree in landscape architecture.",
     [C("bachelor's degree", "education", R[1], "current", "ARCH.ep2025.education"),
      C("master's degree", "education", R[0], "mismatch", "LA.ep2025.education")], heading="Education")
p = pct("ARCH.ep2025.changePercent")
item("arch-outlook", "bls-ooh", R,
     f"Employment of architects is projected to grow {p} percent from 2025 to 2035, about as fast as the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "ARCH.ep2025.changePercent", year=2035),
      C("about as fast as the average", "outlook-descriptor", R[1], "current", "ARCH.ep2025.changePercent", year=2035)])
a, b, c, d = usd("LA.w2025.mean"), usd("ARCH.w2025.mean"), usd("LA.w2025.median"), usd("ARCH.w2025.median")
item("la-arch-table", "summary-table", R,
     f"| | Landscape Architect | Architect |\n|---|---|---|\n| Average salary | {a} | {b} |\n| Median salary | {c} | {d} |",
     [C(a, "salary", R[0], "current", "LA.w2025.mean"), C(b, "salary", R[1], "current", "ARCH.w2025.mean"),
      C(c, "salary", R[0], "current", "LA.w2025.median"), C(d, "salary", R[1], "current", "ARCH.w2025.median")])

# ---------------------------------------------------------------- urban planner vs surveyor
R = ["Urban Planner", "Surveyor"]
item("urb-education", "bls-ooh", R,
     "Urban and regional planners typically need a master's degree from an accredited planning program.",
     [C("master's degree", "education", R[0], "current", "URB.ep2025.education")], heading="How to Become an Urban Planner")
p = pct("SURV.ep2025.changePercent")
item("surv-edu-outlook", "bls-ooh", R,
     f"Surveyors typically need a bachelor's degree. Employment of surveyors is projected to grow {p} percent from 2025 to 2035, faster than the average for all occupations.",
     [C("bachelor's degree", "education", R[1], "current", "SURV.ep2025.education"),
      C(f"{p} percent", "outlook-percent", R[1], "current", "SURV.ep2025.changePercent", year=2035),
      C("faster than the average", "outlook-descriptor", R[1], "current", "SURV.ep2025.changePercent", year=2035)])
a = usd("URB.w2023.median")
item("urb-2023", "career-site", R,
     f"In May 2023, the median annual wage for urban and regional planners was {a}.",
     [C(a, "salary", R[0], "outdated", "URB.w2023.median", year=2023)])
item("surv-median-wrong", "career-site", R,
     "Surveyors earn a median salary of $52,000, which is modest for a licensed profession.",
     [C("$52,000", "salary", R[1], "mismatch", "SURV.w2025.median")])
a, b = usd("URB.w2025.p10"), usd("URB.w2025.p90")
item("urb-range", "career-site", R,
     f"Urban planners earn between {a} and {b} a year, depending on experience and employer.",
     [C(a, "salary", R[0], "current", "URB.w2025.p10", stat="range")])

# ---------------------------------------------------------------- environmental scientist vs chemist
R = ["Environmental Scientist", "Chemist"]
a = usd("ENV.w2025.median")
item("env-ooh-pay", "bls-ooh", R,
     f"The median annual wage for environmental scientists and specialists was {a} in May 2025.",
     [C(a, "salary", R[0], "current", "ENV.w2025.median", year=2025)], heading="Pay")
p = pct("CHEM.ep2025.changePercent")
item("chem-outlook", "bls-ooh", R,
     f"Employment of chemists is projected to grow {p} percent from 2025 to 2035, faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "CHEM.ep2025.changePercent", year=2035),
      C("faster than the average", "outlook-descriptor", R[1], "current", "CHEM.ep2025.changePercent", year=2035)])
e, o = thou("ENV.ep2025.employmentBase"), thou("ENV.ep2025.openingsPerYear")
item("env-jobs-openings", "career-site", R,
     f"Environmental scientists held about {e} jobs in 2025, and about {o} openings are projected each year.",
     [C(f"{e} jobs", "employment", R[0], "current", "ENV.ep2025.employmentBase", year=2025),
      C(f"{o} openings", "openings", R[0], "current", "ENV.ep2025.openingsPerYear")])
item("chem-education-wrong", "career-site", R,
     "Chemists typically need a doctoral degree to get hired in industry.",
     [C("doctoral degree", "education", R[1], "mismatch", "CHEM.ep2025.education")])
w = "${:,}".format(round(DATA["CHEM"]["w2025"]["mean"] / 52))
item("chem-weekly", "faq", R,
     f"How much do chemists make a week? Chemists make about {w} a week on average.",
     [C(w, "salary", R[1], "current", "CHEM.w2025.mean", period="week")], heading="FAQ")

# ---------------------------------------------------------------- biochemist vs medical scientist
R = ["Biochemist", "Medical Scientist"]
p = pct("BIO.ep2025.changePercent")
item("bio-outlook", "bls-ooh", R,
     f"Employment of biochemists and biophysicists is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "BIO.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[0], "current", "BIO.ep2025.changePercent", year=2035)])
item("med-education", "bls-ooh", R,
     "Medical scientists typically have a Ph.D., usually in biology or a related life science.",
     [C("Ph.D.", "education", R[1], "current", "MED.ep2025.education")], heading="How to Become a Medical Scientist")
a, b = usd("MED.w2025.median"), usd("BIO.w2025.median")
item("med-bio-pay", "career-site", R,
     f"Medical scientists earned a median of {a} in May 2025, while biochemists earned a median of {b}.",
     [C(a, "salary", R[1], "current", "MED.w2025.median", year=2025), C(b, "salary", R[0], "current", "BIO.w2025.median", year=2025)])
p = pct("BIO.ep2024.changePercent")
item("bio-outlook-old", "career-site", R,
     f"Biochemist employment is projected to grow {p} percent from 2024 to 2034.",
     [C(f"{p} percent", "outlook-percent", R[0], "outdated", "BIO.ep2024.changePercent", year=2034)])
ch = thou("MED.ep2025.changeNumeric")
item("med-change", "bls-ooh", R,
     f"Medical scientist employment is projected to add about {ch} jobs from 2025 to 2035.",
     [C(f"{ch} jobs", "employment-change", R[1], "current", "MED.ep2025.changeNumeric", year=2035)])
item("bio-forum", "forum", R,
     "biochem PhDs average ~$130k from what I've seen, med sci a bit less. Postdoc years pay way worse though.",
     [C("$130k", "salary", R[0], "current", "BIO.w2025.mean")], heading="biochemist or medical scientist?")

# ---------------------------------------------------------------- zoologist vs forensic science technician
R = ["Zoologist", "Forensic Science Technician"]
a = usd("ZOO.w2025.median")
item("zoo-pay", "bls-ooh", R,
     f"The median annual wage for zoologists and wildlife biologists was {a} in May 2025.",
     [C(a, "salary", R[0], "current", "ZOO.w2025.median", year=2025)], heading="Pay")
a = usd("FOR.w2025.p10")
item("for-edu-p10", "career-site", R,
     f"Forensic science technicians typically need a bachelor's degree in a natural science. The lowest 10 percent of forensic science technicians earned less than {a}.",
     [C("bachelor's degree", "education", R[1], "current", "FOR.ep2025.education"), C(a, "salary", R[1], "current", "FOR.w2025.p10")])
p = pct("ZOO.ep2025.changePercent")
item("zoo-outlook", "bls-ooh", R,
     f"Employment of zoologists and wildlife biologists is projected to grow {p} percent from 2025 to 2035, about as fast as the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "ZOO.ep2025.changePercent", year=2035),
      C("about as fast as the average", "outlook-descriptor", R[0], "current", "ZOO.ep2025.changePercent", year=2035)])
item("zoo-education-wrong", "career-site", R,
     "Zoologists typically need a doctoral degree to get their first job.",
     [C("doctoral degree", "education", R[0], "mismatch", "ZOO.ep2025.education")])
item("for-california", "career-site", R,
     "Forensic science technicians in California earn a median of $95,000 a year.",
     [C("$95,000", "salary", R[1], "unchecked", stat="median", period="year", place="California")])

# ---------------------------------------------------------------- lawyer vs judge
R = ["Lawyer", "Judge"]
a, b = usd("LAW.w2025.median"), usd("JUD.w2025.median")
item("law-jud-pay", "bls-ooh", R,
     f"The median annual wage for lawyers was {a} in May 2025. The median annual wage for judges, magistrate judges, and magistrates was {b} in May 2025.",
     [C(a, "salary", R[0], "current", "LAW.w2025.median", year=2025), C(b, "salary", R[1], "current", "JUD.w2025.median", year=2025)], heading="Pay")
s_ = se("LAW.ep2025.selfEmployedPercent")
item("law-self", "bls-ooh", R,
     f"About {s_} percent of lawyers were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "LAW.ep2025.selfEmployedPercent", year=2025)])
p = pct("JUD.ep2025.changePercent")
item("jud-outlook", "bls-ooh", R,
     f"Employment of judges, magistrate judges, and magistrates is projected to grow {p} percent from 2025 to 2035, about as fast as the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "JUD.ep2025.changePercent", year=2035),
      C("about as fast as the average", "outlook-descriptor", R[1], "current", "JUD.ep2025.changePercent", year=2035)])
p = pct("LAW.ep2024.changePercent")
item("law-outlook-old", "career-site", R,
     f"Employment of lawyers is projected to grow {p} percent from 2024 to 2034.",
     [C(f"{p} percent", "outlook-percent", R[0], "outdated", "LAW.ep2024.changePercent", year=2034)])
item("jud-education", "career-site", R,
     "Judges typically need a doctoral or professional degree (a J.D.) and several years of experience practicing law.",
     [C("doctoral or professional degree", "education", R[1], "current", "JUD.ep2025.education")])
item("law-jobs-wrong", "career-site", R,
     "Lawyers held about 450,000 jobs in 2025.",
     [C("450,000 jobs", "employment", R[0], "mismatch", "LAW.ep2025.employmentBase", year=2025)])
a = usd("LAW.w2025.p90")
item("law-p90", "bls-ooh", R,
     f"The highest 10 percent of lawyers earned more than {a} in May 2025.",
     [C(a, "salary", R[0], "current", "LAW.w2025.p90", year=2025)])
item("jud-forum", "forum", R,
     "Judges average like $69/hr, which is less than a lot of partners bill in 20 minutes lol.",
     [C("$69/hr", "salary", R[1], "current", "JUD.w2025.hourlyMean")], heading="lawyer vs judge pay")

# ---------------------------------------------------------------- childcare worker vs hairdresser
R = ["Childcare Worker", "Hairdresser"]
item("cc-hair-forum", "forum", R,
     "Left daycare for cosmetology school. Childcare workers average about $17 an hour; hairstylists average around $21 an hour before tips. Not rich either way but my back hurts less.",
     [C("$17", "salary", R[0], "current", "CC.w2025.hourlyMean"), C("$21", "salary", R[1], "current", "HAIR.w2025.hourlyMean")],
     heading="childcare worker to hairdresser, worth it?")
s_ = se("CC.ep2025.selfEmployedPercent")
item("cc-self", "bls-ooh", R,
     f"About {s_} percent of childcare workers were self-employed in 2025.",
     [C(f"{s_} percent", "self-employed", R[0], "current", "CC.ep2025.selfEmployedPercent", year=2025)])
p = pct("HAIR.ep2025.changePercent")
item("hair-outlook", "bls-ooh", R,
     f"Employment of hairdressers, hairstylists, and cosmetologists is projected to grow {p} percent from 2025 to 2035, much faster than the average for all occupations.",
     [C(f"{p} percent", "outlook-percent", R[1], "current", "HAIR.ep2025.changePercent", year=2035),
      C("much faster than the average", "outlook-descriptor", R[1], "current", "HAIR.ep2025.changePercent", year=2035)])
p, o = pct("CC.ep2025.changePercent"), thou("CC.ep2025.openingsPerYear")
item("cc-outlook", "bls-ooh", R,
     f"Employment of childcare workers is projected to decline {p} percent from 2025 to 2035. Despite declining employment, about {o} openings for childcare workers are projected each year, on average, over the decade.",
     [C(f"{p} percent", "outlook-percent", R[0], "current", "CC.ep2025.changePercent", year=2035),
      C(f"{o} openings", "openings", R[0], "current", "CC.ep2025.openingsPerYear")])
item("hair-education", "school-site", R,
     "Hairdressers typically need a postsecondary nondegree award from a state-approved cosmetology program and must pass a state licensing exam.",
     [C("postsecondary nondegree award", "education", R[1], "current", "HAIR.ep2025.education")], heading="Become a Licensed Stylist")
item("cc-education-wrong", "career-site", R,
     "Childcare workers typically need an associate's degree in early childhood education.",
     [C("associate's degree", "education", R[0], "mismatch", "CC.ep2025.education")])

# ---------------------------------------------------------------- machinist vs ironworker
R = ["Machinist", "Ironworker"]
a, b = usd("MACH.w2025.median"), usd("IRON.w2025.median")
item("mach-iron-pay", "career-site", R,
     f"Machinists earned a median of {a} in May 2025, while the median for ironworkers was {b}.",
     [C(a, "salary", R[0], "current", "MACH.w2025.median", year=2025), C(b, "salary", R[1], "current", "IRON.w2025.median", year=2025)])
item("iron-education", "school-site", R,
     "Ironworkers typically need a high school diploma and complete a 3- or 4-year apprenticeship.",
     [C("high school diploma", "education", R[1], "current", "IRON.ep2025.education")])
item("mach-outlook-old", "career-site", R,
     "Employment of machinists is projected to show little or no change over the decade.",
     [C("little or no change", "outlook-descriptor", R[0], "outdated", "MACH.ep2024.changePercent")])
item("iron-hourly-wrong", "forum", R,
     "Ironworkers average $52 an hour, way more than machinists. Union scale in most places.",
     [C("$52", "salary", R[1], "mismatch", "IRON.w2025.hourlyMean")], heading="machinist vs ironworker")


# ---------------------------------------------------------------- more: quartiles, late mismatches, old figures
R = ["Respiratory Therapist", "Speech-Language Pathologist"]
a = usd("SLP.w2025.p90")
item("slp-p90-nursing", "nursing-site", R,
     f"Respiratory therapy is a fast route into healthcare, but speech-language pathologists earn more: the highest 10 percent of SLPs earned more than {a} in May 2025.",
     [C(a, "salary", R[1], "current", "SLP.w2025.p90", year=2025)], heading="Which Career Pays More?")
item("slp-education-long", "school-site", R,
     "To become a speech-language pathologist, you will typically need a master's degree from a program accredited by the Council on Academic Accreditation, then complete a clinical fellowship of about 36 weeks and pass the Praxis exam before applying for a state license.",
     [C("master's degree", "education", R[1], "current", "SLP.ep2025.education")], heading="Steps to Become an SLP")
R = ["Surgical Technologist", "Phlebotomist"]
item("phl-median-wrong", "nursing-site", R,
     "Phlebotomists earn a median salary of $32,000 a year, so many use the job as a stepping stone to nursing school.",
     [C("$32,000", "salary", R[1], "mismatch", "PHL.w2025.median")], heading="Phlebotomist Salary")
R = ["Massage Therapist", "Dietitian"]
a = usd("DIET.w2025.p25")
item("diet-p25", "career-site", R,
     f"One in four dietitians earned less than {a} in May 2025, usually in entry-level community nutrition jobs.",
     [C(a, "salary", R[1], "current", "DIET.w2025.p25", year=2025)])
R = ["Optometrist", "Dentist"]
a = usd("OPT.w2025.p75")
item("opt-p75", "career-site", R,
     f"A quarter of optometrists earned more than {a}, typically practice owners.",
     [C(a, "salary", R[0], "current", "OPT.w2025.p75")])
R = ["Software QA Analyst", "Database Administrator"]
item("dba-descriptor-wrong", "dev-blog", R,
     "Database administrator jobs are expected to grow faster than the average through 2035, thanks to all the AI data pipelines.",
     [C("faster than the average", "outlook-descriptor", R[1], "mismatch", "DBA.ep2025.changePercent", year=2035)])
R = ["Market Research Analyst", "Public Relations Specialist"]
item("pr-mean-wrong", "career-site", R,
     "Public relations specialists average $128,000 a year, well ahead of market research analysts.",
     [C("$128,000", "salary", R[1], "mismatch", "PR.w2025.mean")])
R = ["HR Manager", "Management Analyst"]
a = usd("HRM.w2024.p10")
item("hrm-p10-2024", "career-site", R,
     f"In May 2024, the lowest 10 percent of HR managers earned less than {a}.",
     [C(a, "salary", R[0], "outdated", "HRM.w2024.p10", year=2024)])
R = ["Urban Planner", "Surveyor"]
item("surv-texas-outlook", "career-site", R,
     "In Texas, employment of surveyors is projected to grow 12 percent over the decade, according to the state workforce commission.",
     [C("12 percent", "outlook-percent", R[1], "unchecked", place="Texas")])
R = ["Machinist", "Ironworker"]
a = usd("MACH.w2024.hourlyMean")
item("mach-hourly-old", "school-site", R,
     f"Machinists average {a} an hour, with CNC programmers at the top of the scale.",
     [C(a, "salary", R[0], "outdated", "MACH.w2024.hourlyMean")])
R = ["Actuary", "Statistician"]
item("act-openings-wrong", "career-site", R,
     "About 9,000 openings for actuaries are projected each year, on average, over the decade.",
     [C("9,000 openings", "openings", R[0], "mismatch", "ACT.ep2025.openingsPerYear")])
R = ["Zoologist", "Forensic Science Technician"]
item("zoo-change-wrong", "career-site", R,
     "Employment of zoologists and wildlife biologists is projected to increase by about 7,000 jobs over the decade.",
     [C("7,000 jobs", "employment-change", R[0], "mismatch", "ZOO.ep2025.changeNumeric")])
R = ["Flight Attendant", "Airline Pilot"]
a = usd("FA.w2024.p90")
item("fa-p90-2024", "career-site", R,
     f"In May 2024, the highest 10 percent of flight attendants earned more than {a}.",
     [C(a, "salary", R[0], "outdated", "FA.w2024.p90", year=2024)])


# ================================================================ not claims: numbers that are not BLS facts
nc("nc-phone", ["Respiratory Therapist", "Speech-Language Pathologist"],
   "Call our admissions office at (555) 014-2025 to schedule a campus tour of the respiratory care lab.")
nc("nc-founded", ["Respiratory Therapist", "Speech-Language Pathologist"],
   "Founded in 1998, our college has trained respiratory therapists for more than 25 years.")
nc("nc-tuition", ["Surgical Technologist", "Phlebotomist"],
   "Tuition for the 10-month phlebotomy program is $1,850, including a $150 lab fee and your first set of scrubs.",
   heading="Program Cost")
nc("nc-signing-bonus", ["Surgical Technologist", "Phlebotomist"],
   "Many hospitals now offer surgical technologists a $5,000 signing bonus for a two-year commitment.")
nc("nc-401k", ["HR Manager", "Management Analyst"],
   "Most large employers offer HR managers a 401(k) match of up to 4 percent of salary.")
nc("nc-24-7", ["EMT", "Paramedic"],
   "Ambulance services operate 24/7, so EMTs and paramedics work nights, weekends and holidays on 12- or 24-hour shifts.")
nc("nc-top10", ["Software QA Analyst", "Database Administrator"],
   "Top 10 skills for database administrators: SQL, backup and recovery, performance tuning, security, scripting, cloud platforms, data modeling, replication, monitoring and communication.")
nc("nc-90-employers", ["Network Administrator", "Computer Support Specialist"],
   "90% of employers prefer network administrators who hold at least one vendor certification, according to our 2025 hiring survey.")
nc("nc-exam-fee", ["EMT", "Paramedic"],
   "The NREMT paramedic cognitive exam costs $160 per attempt.", heading="Certification Costs")
nc("nc-hours-training", ["Massage Therapist", "Dietitian"],
   "Most states require at least 500 hours of supervised training before a massage therapist can sit for the licensing exam.")
nc("nc-age", ["Massage Therapist", "Dietitian"],
   "You must be at least 18 years old and hold a high school transcript to enroll in our massage therapy program.")
nc("nc-rank", ["Optometrist", "Dentist"],
   "Our Doctor of Optometry program ranks No. 3 in the nation for board exam pass rates.")
nc("nc-schools-count", ["Optometrist", "Dentist"],
   "There are 23 accredited schools and colleges of optometry in the United States and 70 accredited dental schools.")
nc("nc-loans", ["Optometrist", "Dentist"],
   "Dental students graduate with an average student loan balance of $300,000, so plan your repayment strategy early.",
   heading="Paying for Dental School")
nc("nc-exam-pass", ["Actuary", "Statistician"],
   "Only about 40 percent of candidates pass the SOA's Exam P on a given sitting, and the exam fee is $285.")
nc("nc-flight-hours", ["Air Traffic Controller", "Airline Pilot"],
   "Airline pilots must log 1,500 flight hours before they can fly for a U.S. passenger airline.")
nc("nc-retire-age", ["Air Traffic Controller", "Airline Pilot"],
   "Air traffic controllers must be hired before age 31 and generally must retire by age 56.")
nc("nc-academy", ["Air Traffic Controller", "Airline Pilot"],
   "Training at the FAA Academy in Oklahoma City lasts about 5 months, and trainees are paid during the course.")
nc("nc-cosmo-hours", ["Childcare Worker", "Hairdresser"],
   "Cosmetology licenses require 1,500 hours of training in many states, and the state board exam fee is around $120.")
nc("nc-tower-height", ["Wind Turbine Technician", "Solar Installer"],
   "Wind turbine technicians climb towers that can be more than 300 feet tall, often in 20-mph winds.")
nc("nc-solar-price", ["Roofer", "Solar Installer"],
   "A typical residential solar system costs $15,000 to $25,000 before the 30 percent federal tax credit.")
nc("nc-bar-pass", ["Lawyer", "Judge"],
   "The first-time bar exam pass rate in our state was 78 percent in 2025.")
nc("nc-scrubs", ["Surgical Technologist", "Phlebotomist"],
   "Expect to spend $200 to $400 on scrubs, shoes and a stethoscope during your first semester.")
nc("nc-year-only", ["Technical Writer", "Interpreter"],
   "Since 2020, more technical writers work remotely, and in 2035 many of today's interpreters will be nearing retirement.")
nc("nc-class-size", ["Automotive Service Technician", "Diesel Mechanic"],
   "Our diesel technology classes have a 12-to-1 student-to-instructor ratio, and 85 percent of shop time is hands-on.")
nc("nc-reddit-rent", ["Childcare Worker", "Hairdresser"],
   "Booth rent at my salon is $250 a week, and I pay another $80 a month for product.")


def main():
    ids = [i["id"] for i in ITEMS] + [i["id"] for i in NOT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for it in ITEMS:
        assert it["style"] in ("bls-ooh", "nursing-site", "school-site", "dev-blog", "summary-table", "faq", "forum", "career-site")
        assert len(it["roles"]) == 2
        for c in it["claims"]:
            check(it, c)
            del c["_src"]
    here = os.path.dirname(os.path.abspath(__file__))
    for name, data in (("claims.json", ITEMS), ("not-claims.json", NOT)):
        with open(os.path.join(here, name), "w") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(ITEMS), "items,", sum(len(i["claims"]) for i in ITEMS), "claims,", len(NOT), "not-claims")


if __name__ == "__main__":
    main()
