import json
items=[]
def C(raw,kind,stat,role,period=None,year=None,place=None,verdict="current"):
    return dict(raw=raw,kind=kind,statistic=stat,role=role,period=period,year=year,place=place,verdict=verdict)
def S(raw,stat,role,period="year",year=None,place=None,verdict="current"): return C(raw,"salary",stat,role,period,year,place,verdict)
def I(id,style,roles,heading,text,*claims):
    d=dict(id=id,style=style,roles=list(roles))
    if heading: d["heading"]=heading
    d["text"]=text; d["claims"]=list(claims); items.append(d)
RN,NP,LPN,CRNA="Registered Nurse","Nurse Practitioner","Licensed Practical Nurse","Nurse Anesthetist"
EL,PL,HV,WE="Electrician","Plumber","HVAC Technician","Welder"
SD,WD,DS="Software Developer","Web Developer","Data Scientist"
PA,DH,DA,PH,PT,MA="Physician Assistant","Dental Hygienist","Dental Assistant","Pharmacist","Pharmacy Technician","Medical Assistant"

# BLS OOH
I("ooh-np-pay-2025","bls-ooh",(NP,RN),"Pay","The median annual wage for nurse practitioners was $132,300 in May 2025. The lowest 10 percent earned less than $101,340, and the highest 10 percent earned more than $174,420.",
  S("$132,300","median",NP,year=2025),S("$101,340","p10",NP,year=2025),S("$174,420","p90",NP,year=2025))
I("ooh-electrician-pay-2024","bls-ooh",(EL,PL),"Pay","The median annual wage for electricians was $62,350 in May 2024. The lowest 10 percent earned less than $39,430, and the highest 10 percent earned more than $106,030.",
  S("$62,350","median",EL,year=2024,verdict="outdated"),S("$39,430","p10",EL,year=2024,verdict="outdated"),S("$106,030","p90",EL,year=2024,verdict="outdated"))
I("ooh-ds-outlook","bls-ooh",(DS,SD),"Job Outlook","Employment of data scientists is projected to grow 35 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("35 percent","outlook-percent","percent",DS,year=2035),C("much faster than the average","outlook-descriptor","descriptor",DS,year=2035))
I("ooh-welder-outlook","bls-ooh",(WE,EL),"Job Outlook","Employment of welders, cutters, solderers, and brazers is projected to grow 2 percent from 2025 to 2035, slower than the average for all occupations.",
  C("2 percent","outlook-percent","percent",WE,year=2035),C("slower than the average","outlook-descriptor","descriptor",WE,year=2035))
I("ooh-lpn-openings","bls-ooh",(LPN,RN),"Job Outlook","About 51,800 openings for licensed practical and licensed vocational nurses are projected each year, on average, over the decade.",
  C("51,800 openings","openings","count",LPN))
I("ooh-hvac-employment","bls-ooh",(HV,EL),"Job Outlook","Heating, air conditioning, and refrigeration mechanics and installers held about 440,900 jobs.",
  C("440,900 jobs","employment","count",HV))
I("ooh-sd-outlook-2034","bls-ooh",(SD,WD),"Job Outlook","Overall employment of software developers is projected to grow 15 percent from 2024 to 2034, much faster than the average for all occupations.",
  C("15 percent","outlook-percent","percent",SD,year=2034,verdict="outdated"),C("much faster than the average","outlook-descriptor","descriptor",SD,year=2034,verdict="outdated"))
I("ooh-pharmacist-change","bls-ooh",(PH,PT),"Job Outlook","Employment of pharmacists is projected to grow 5 percent over the next decade. That works out to about 17,100 new jobs.",
  C("5 percent","outlook-percent","percent",PH),C("17,100","employment-change","count",PH))
# nursing sites
I("nursing-crna-np-mean","nursing-site",(CRNA,NP),"CRNA vs. NP Salary","CRNAs are among the highest-paid nurses, with an average salary of $248,320 per year, while NPs bring home an average of $137,300.",
  S("$248,320","mean",CRNA),S("$137,300","mean",NP))
I("nursing-rn-lpn-hourly","nursing-site",(RN,LPN),"How Much Do RNs Make?","RNs make $48.76 per hour on average, compared with $32.24 an hour for LPNs.",
  S("$48.76","mean",RN,period="hour"),S("$32.24","mean",LPN,period="hour"))
I("nursing-lpn-rn-intro-2023","nursing-site",(LPN,RN),None,"Becoming an LPN is the fastest way into nursing: LPNs earn a median salary of $59,730, while registered nurses take home a median of $86,070.",
  S("$59,730","median",LPN,verdict="outdated"),S("$86,070","median",RN,verdict="outdated"))
I("nursing-california-rn","nursing-site",(RN,NP),"Salary by State","California RNs earn a median of $148,330 a year, the highest in the nation.",
  S("$148,330","median",RN,place="California",verdict="unchecked"))
I("nursing-ohio-np","nursing-site",(NP,RN),"Salary by State","Nurse practitioners in Ohio pull in around $121,000 annually.",
  S("$121,000","unspecified",NP,place="Ohio",verdict="unchecked"))
I("nursing-np-rn-intro","nursing-site",(RN,NP),None,"Both careers start with a nursing license, but nurse practitioners earn a median of $132,300 compared with $97,550 for registered nurses.",
  S("$132,300","median",NP),S("$97,550","median",RN))
I("nursing-np-rn-jump","nursing-site",(NP,RN),"Job Outlook","The number of NP jobs will jump by 41 percent over the next decade, while RN employment grows a more modest 6 percent.",
  C("41 percent","outlook-percent","percent",NP),C("6 percent","outlook-percent","percent",RN))
I("nursing-rn-top-bottom","nursing-site",(RN,LPN),"RN Salary Ranges","The top 10% of RNs earn more than $137,470, while the bottom 10% earn less than $68,940.",
  S("$137,470","p90",RN),S("$68,940","p10",RN))
I("nursing-lpn-average-wrong","nursing-site",(LPN,RN),"LPN Salary","The average LPN salary is $88,000 per year according to the BLS.",
  S("$88,000","mean",LPN,verdict="mismatch"))
I("nursing-rn-as-of-2019","nursing-site",(RN,NP),"RN Salary","As of 2019, the median pay for registered nurses was $73,300 per year.",
  S("$73,300","median",RN,year=2019,verdict="outdated"))
I("nursing-crna-range","nursing-site",(CRNA,NP),"CRNA Salary","Most CRNAs earn anywhere between $155,250 and $339,500 a year.",
  S("$155,250 and $339,500","range",CRNA))
I("nursing-np-employment-wrong","nursing-site",(NP,RN),"Job Outlook","Nurse practitioners held about 500,000 jobs, and the number keeps climbing.",
  C("500,000 jobs","employment","count",NP,verdict="mismatch"))
I("nursing-rn-change-2024-34","nursing-site",(RN,LPN),"Job Outlook","RN employment is expected to add about 166,100 jobs over the decade.",
  C("166,100 jobs","employment-change","count",RN,verdict="outdated"))
# trade schools
I("trade-electrician-hourly-annual","trade-school",(EL,PL),"Electrician Pay","Electricians make an average of $34.37 per hour, or about $71,490 a year.",
  S("$34.37","mean",EL,period="hour"),S("$71,490","mean",EL))
I("trade-plumber-may-2023","trade-school",(PL,EL),"Plumber vs. Electrician Salaries","In May 2023, the median pay for plumbers was $61,550 per year.",
  S("$61,550","median",PL,year=2023,verdict="outdated"))
I("trade-hvac-hourly","trade-school",(HV,EL),"HVAC Tech Pay","HVAC techs take home roughly $31 per hour on average.",
  S("$31","mean",HV,period="hour"))
I("trade-welder-median-wrong","trade-school",(WE,EL),"Welder Salary","Welders command a median salary of $75,000 a year.",
  S("$75,000","median",WE,verdict="mismatch"))
I("trade-welder-quartiles","trade-school",(WE,EL),"Welder Salary","The bottom quarter of welders earn less than $46,790, while the top quarter earn more than $63,010.",
  S("$46,790","p25",WE),S("$63,010","p75",WE))
I("trade-plumber-range-2024","trade-school",(PL,HV),"How Much Do Plumbers Make?","Plumber salaries run from $40,670 to as much as $105,150 depending on experience.",
  S("$40,670 to as much as $105,150","range",PL,verdict="outdated"))
I("trade-electrician-outlook","trade-school",(EL,PL),"Job Outlook","The BLS expects electrician jobs to grow 9% from 2025 to 2035, much faster than average.",
  C("9%","outlook-percent","percent",EL,year=2035),C("much faster than average","outlook-descriptor","descriptor",EL,year=2035))
I("trade-hvac-self-employed-wrong","trade-school",(HV,PL),"Working Conditions","About 20% of HVAC technicians are self-employed.",
  C("20%","self-employed","share",HV,verdict="mismatch"))
I("trade-plumber-self-employed","trade-school",(PL,EL),"Working Conditions","Roughly 8 percent of plumbers were self-employed, running their own shops.",
  C("8 percent","self-employed","share",PL))
I("trade-welder-openings-wrong","trade-school",(WE,EL),"Job Outlook","About 85,000 openings for welders are projected each year.",
  C("85,000 openings","openings","count",WE,verdict="mismatch"))
I("trade-hvac-outlook-2032","trade-school",(HV,EL),"HVAC Job Outlook","Employment of HVAC mechanics is projected to grow 6 percent from 2022 to 2032, faster than the average for all occupations.",
  C("6 percent","outlook-percent","percent",HV,year=2032,verdict="outdated"),C("faster than the average","outlook-descriptor","descriptor",HV,year=2032,verdict="outdated"))
I("trade-electrician-education","trade-school",(EL,PL),"Education","Electricians typically need a high school diploma or equivalent and then learn through an apprenticeship.",
  C("high school diploma","education","level",EL))
# developer blogs
I("dev-sd-wd-median","developer-blog",(SD,WD),"Software Developer vs. Web Developer Salaries","According to the BLS, software developers pull in a median of $135,980 a year, while web developers bring home a median of $92,650.",
  S("$135,980","median",SD),S("$92,650","median",WD))
I("dev-sd-2024-data","developer-blog",(SD,WD),"Salary","According to the BLS's 2024 data, the average software developer salary is $144,570.",
  S("$144,570","mean",SD,year=2024,verdict="outdated"))
I("dev-ds-mean-wrong","developer-blog",(DS,SD),"Data Scientist Salary","Data scientists earn an average of $165,000 per year.",
  S("$165,000","mean",DS,verdict="mismatch"))
I("dev-wd-outlook-2034","developer-blog",(WD,SD),"Job Outlook","Web developer jobs are expected to grow 8% between 2024 and 2034.",
  C("8%","outlook-percent","percent",WD,year=2034,verdict="outdated"))
I("dev-sd-employment","developer-blog",(SD,WD),"Job Market","Software developers held roughly 1.72 million jobs last year.",
  C("1.72 million","employment","count",SD))
I("dev-ds-change","developer-blog",(DS,SD),"Job Outlook","The field is set to add about 95,400 data scientist jobs over the next ten years.",
  C("95,400","employment-change","count",DS))
I("dev-sd-openings-2024-34","developer-blog",(SD,WD),"Job Outlook","About 115,200 openings for software developers are projected each year, on average.",
  C("115,200 openings","openings","count",SD,verdict="outdated"))
I("dev-wd-education-wrong","developer-blog",(WD,SD),"Education","Web developers typically need an associate's degree to get started.",
  C("associate's degree","education","level",WD,verdict="mismatch"))
I("dev-ds-education","developer-blog",(DS,SD),"Education","Data scientists typically need at least a bachelor's degree in mathematics, statistics, computer science, or a related field.",
  C("bachelor's degree","education","level",DS))
I("dev-sd-descriptor-wrong","developer-blog",(SD,WD),"Outlook","Software developer employment is projected to show little or no change over the next decade.",
  C("little or no change","outlook-descriptor","descriptor",SD,verdict="mismatch"))
I("dev-wd-openings","developer-blog",(WD,SD),"Job Outlook","Expect about 5,300 openings for web developers each year.",
  C("5,300 openings","openings","count",WD))
# Zippia / Indeed tables
I("zippia-rn-np-table","zippia",(RN,NP),"Registered Nurse vs. Nurse Practitioner at a Glance",
  "| | Registered Nurse | Nurse Practitioner |\n| --- | --- | --- |\n| Average salary | $101,420 | $137,300 |\n| Job growth | 6% | 41% |\n| Typical education | Bachelor's degree | Master's degree |",
  S("$101,420","mean",RN),S("$137,300","mean",NP),C("6%","outlook-percent","percent",RN),C("41%","outlook-percent","percent",NP),
  C("Bachelor's degree","education","level",RN),C("Master's degree","education","level",NP))
I("zippia-electrician-plumber-table","zippia",(EL,PL),"Summary",
  "| | Electrician | Plumber |\n|---|---|---|\n| Median salary | $62,350 | $62,970 |\n| Job growth | 9% | 7% |\n| Jobs | 821,000 | 510,600 |",
  S("$62,350","median",EL,verdict="outdated"),S("$62,970","median",PL,verdict="outdated"),C("9%","outlook-percent","percent",EL),C("7%","outlook-percent","percent",PL),
  C("821,000","employment","count",EL),C("510,600","employment","count",PL))
I("indeed-ds-sd-table","indeed",(DS,SD),"Data Scientist vs. Software Developer: Overview",
  "| | Data Scientist | Software Developer |\n|---|---|---|\n| Average salary | $94,000 | $109,000 |\n| Job growth | 35% | 10% |",
  S("$94,000","mean",DS,verdict="mismatch"),S("$109,000","mean",SD,verdict="mismatch"),C("35%","outlook-percent","percent",DS),C("10%","outlook-percent","percent",SD))
# FAQ
I("faq-pa-np-pay","faq",(PA,NP),"FAQ","**Who makes more, a PA or an NP?**\n\nPAs earn slightly more: the median PA salary was $135,880 in May 2025. NPs earned a median of $132,300.",
  S("$135,880","median",PA,year=2025),S("$132,300","median",NP))
I("faq-dh-education","faq",(DH,DA),"FAQ","**What degree do dental hygienists need?**\n\nDental hygienists typically need an associate's degree in dental hygiene.",
  C("associate's degree","education","level",DH))
I("faq-dh-going-rate-wrong","faq",(DH,DA),"FAQ","**How much do dental hygienists make?**\n\nThe going rate for dental hygienists is around $34 an hour.",
  S("$34","unspecified",DH,period="hour",verdict="mismatch"))
I("faq-pharmacist-openings","faq",(PH,PT),"FAQ","**Is there demand for pharmacists?**\n\nYes. About 12,500 openings for pharmacists are projected each year over the decade.",
  C("12,500 openings","openings","count",PH))
# career sites
I("career-ma-range-median","career-site",(MA,DA),"Medical Assistant Salary","Medical assistants earn between $36,050 and $59,310 a year, with a median of $45,690.",
  S("$36,050 and $59,310","range",MA),S("$45,690","median",MA))
I("career-ma-outlook","career-site",(MA,DA),"Outlook","Medical assistant jobs are projected to increase 13 percent through 2035, much faster than the average.",
  C("13 percent","outlook-percent","percent",MA,year=2035),C("much faster than the average","outlook-descriptor","descriptor",MA,year=2035))
I("career-pharmacist-median-wrong","career-site",(PH,PT),"Pharmacist Salary","Pharmacists earn a median annual salary of $98,000.",
  S("$98,000","median",PH,verdict="mismatch"))
I("career-pa-descriptor","career-site",(PA,NP),"Outlook","PA employment is expected to grow much faster than average through 2035.",
  C("much faster than average","outlook-descriptor","descriptor",PA,year=2035))
I("career-lpn-descriptor-wrong","career-site",(LPN,RN),"Outlook","LPN employment is projected to show much faster than average growth.",
  C("much faster than average","outlook-descriptor","descriptor",LPN,verdict="mismatch"))
I("career-dh-median-2025","career-site",(DH,DA),"Dental Hygienist Salary","Dental hygienists earned a median salary of $98,100 in May 2025.",
  S("$98,100","median",DH,year=2025))
I("career-dh-mean-2023","career-site",(DH,DA),"Dental Hygienist Salary","The average dental hygienist salary is $89,890, according to the BLS.",
  S("$89,890","mean",DH,verdict="outdated"))

I("dev-ds-median-2023","developer-blog",(DS,SD),"Data Scientist Salary","Data scientists make a median of $108,020 a year, well above the average for all occupations.",
  S("$108,020","median",DS,verdict="outdated"))
I("nursing-crna-median-2023","nursing-site",(CRNA,NP),None,"If pay is your priority, CRNAs earn a median of $212,650, far ahead of most nursing roles.",
  S("$212,650","median",CRNA,verdict="outdated"))
I("trade-hvac-employment-wrong","trade-school",(HV,EL),"Job Outlook","HVAC mechanics held about 300,000 jobs across the country.",
  C("300,000 jobs","employment","count",HV,verdict="mismatch"))
I("nursing-lpn-outlook-wrong","nursing-site",(LPN,RN),"Job Outlook","LPN jobs will grow by 10 percent from 2025 to 2035.",
  C("10 percent","outlook-percent","percent",LPN,year=2035,verdict="mismatch"))
I("faq-pharmacist-openings-2024-34","faq",(PH,PT),"FAQ","**How many pharmacist jobs open up each year?**\n\nAbout 14,200 openings for pharmacists are projected each year.",
  C("14,200 openings","openings","count",PH,verdict="outdated"))
I("career-ma-hourly-wrong","career-site",(MA,DA),"Medical Assistant Pay","Medical assistants make $28 an hour on average.",
  S("$28","mean",MA,period="hour",verdict="mismatch"))

nots=[]
def N(id,roles,text,heading=None):
    d=dict(id=id,roles=list(roles))
    if heading: d["heading"]=heading
    d["text"]=text; nots.append(d)
N("six-figures-crna",(CRNA,NP),"Many CRNAs earn six figures within a few years of graduating.","Salary")
N("six-figures-dev",(SD,WD),"Senior software developers often clear six figures once they lead a team.","Salary")
N("relocation-bonus",(RN,LPN),"Travel nurses can receive a $10,000 relocation bonus on top of their RN pay.","Salary")
N("advisor-phone",(HV,EL),"Questions about becoming an HVAC technician? Text our program advisor at 1-800-555-0142.")
N("union-401k",(EL,PL),"Union electricians get a pension and a 401(k) on top of their wages.","Benefits")
N("on-call-24-7",(PL,EL),"Emergency plumbers are on call 24/7, including holidays.")
N("welding-tuition",(WE,EL),"Welding school tuition runs about $17,000 for a 9-month welder certificate.","Education")
N("top-5-languages",(SD,WD),"These are the top 5 programming languages software developers should learn in 2026.","Skills")
N("share-hiring-managers",(DS,SD),"85% of hiring managers say data scientists need strong SQL skills.","Skills")
N("first-np-program",(NP,RN),"The first nurse practitioner program opened in 1965 at the University of Colorado.")
N("scrubs-price-range",(LPN,RN),"A set of scrubs for LPNs costs $35 to $60 at most uniform stores.")
N("nclex-fee",(RN,LPN),"The NCLEX-RN registration fee is $200 for registered nurse candidates.","Licensing")
N("shift-length",(RN,NP),"Most RNs work 12-hour shifts, three days a week.","Work Schedule")
N("program-length",(MA,DA),"Our 10-week medical assistant program prepares you for certification.")
N("survey-rating",(DH,DA),"Dental hygienists rated their job satisfaction 4.2 out of 5 in our reader survey.")
N("laptop-price",(WD,SD),"A good laptop for web developers costs around $1,500.","Getting Started")

for it in items:
    for c in it["claims"]:
        assert it["text"].count(c["raw"])>=1, (it["id"],c["raw"])
        # label spans are located by first occurrence; make sure it is the intended one
assert len({i["id"] for i in items})==len(items)
import os; d=os.path.dirname(os.path.abspath(__file__))+"/"
json.dump(items,open(d+"claims.json","w"),indent=2,ensure_ascii=False); open(d+"claims.json","a").write("\n")
json.dump(nots,open(d+"not-claims.json","w"),indent=2,ensure_ascii=False); open(d+"not-claims.json","a").write("\n")
from collections import Counter
cl=[c for i in items for c in i["claims"]]
print(len(items),"items",len(cl),"claims",len(nots),"not-claims")
print(Counter(c["kind"] for c in cl)); print(Counter(c["verdict"] for c in cl)); print(Counter(i["style"] for i in items))
print(Counter((c["kind"],c["statistic"]) for c in cl))
