import json
items=[]
def C(raw,kind,stat,role,period=None,year=None,place=None,verdict="current"):
    return dict(raw=raw,kind=kind,statistic=stat,role=role,period=period,year=year,place=place,verdict=verdict)
def S(raw,stat,role,period="year",year=None,place=None,verdict="current"): return C(raw,"salary",stat,role,period,year,place,verdict)
def I(id,style,roles,heading,text,*claims):
    d=dict(id=id,style=style,roles=list(roles))
    if heading: d["heading"]=heading
    d["text"]=text; d["claims"]=list(claims); items.append(d)
PT,OT,PG,AC,FA="Physical Therapist","Occupational Therapist","Paralegal","Accountant","Financial Analyst"
TD,CA,CH,PO,FF="Truck Driver","Carpenter","Chef","Police Officer","Firefighter"
IS,ME,MM,HR,HS="Information Security Analyst","Mechanical Engineer","Marketing Manager","Human Resources Specialist","High School Teacher"
LA,CK,SA="Lawyer","Cook","Software Developer"

# BLS OOH sentences
I("ooh-pt-pay-2025","bls-ooh",(PT,OT),"Pay","The median annual wage for physical therapists was $102,760 in May 2025. The lowest 10 percent earned less than $77,140, and the highest 10 percent earned more than $135,140.",
  S("$102,760","median",PT,year=2025),S("$77,140","p10",PT,year=2025),S("$135,140","p90",PT,year=2025))
I("ooh-ot-pay-2024","bls-ooh",(OT,PT),"Pay","The median annual wage for occupational therapists was $98,340 in May 2024.",
  S("$98,340","median",OT,year=2024,verdict="outdated"))
I("ooh-is-outlook","bls-ooh",(IS,ME),"Job Outlook","Employment of information security analysts is projected to grow 21 percent from 2025 to 2035, much faster than the average for all occupations.",
  C("21 percent","outlook-percent","percent",IS,year=2035),C("much faster than the average","outlook-descriptor","descriptor",IS,year=2035))
I("ooh-is-outlook-2034","bls-ooh",(IS,FA),"Job Outlook","Employment of information security analysts is projected to grow 29 percent from 2024 to 2034.",
  C("29 percent","outlook-percent","percent",IS,year=2034,verdict="outdated"))
I("ooh-paralegal-outlook","bls-ooh",(PG,AC),"Job Outlook","Overall employment of paralegals and legal assistants is projected to show little or no change from 2025 to 2035.",
  C("little or no change","outlook-descriptor","descriptor",PG,year=2035))
I("ooh-truck-openings","bls-ooh",(TD,CA),"Job Outlook","About 214,500 openings for heavy and tractor-trailer truck drivers are projected each year, on average, over the decade.",
  C("214,500 openings","openings","count",TD))
I("ooh-carpenter-employment","bls-ooh",(CA,TD),"Job Outlook","Carpenters held about 889,700 jobs.",
  C("889,700 jobs","employment","count",CA))
I("ooh-carpenter-self-employed","bls-ooh",(CA,CH),"Work Environment","About 25 percent of carpenters were self-employed.",
  C("25 percent","self-employed","share",CA))
I("ooh-ff-education","bls-ooh",(FF,PO),"How to Become One","Firefighters typically need a postsecondary nondegree award and must pass written and physical tests.",
  C("postsecondary nondegree award","education","level",FF))
I("ooh-me-change","bls-ooh",(ME,IS),"Job Outlook","Employment of mechanical engineers is projected to grow 11 percent over the decade, adding about 33,500 jobs.",
  C("11 percent","outlook-percent","percent",ME),C("33,500 jobs","employment-change","count",ME))
# school / program sites
I("school-pt-ot-median","school-site",(PT,OT),"PT vs. OT Salary","Graduates of our DPT program enter a field where physical therapists earn a median of $102,760, while occupational therapists earn a median of $100,330.",
  S("$102,760","median",PT),S("$100,330","median",OT))
I("school-paralegal-hourly","school-site",(PG,AC),"Paralegal Pay","Paralegals make an average of $33.51 per hour, or roughly $69,700 annually.",
  S("$33.51","mean",PG,period="hour"),S("$69,700","mean",PG))
I("school-paralegal-education-wrong","school-site",(PG,AC),"Education","Paralegals typically need a master's degree to enter the occupation.",
  C("master's degree","education","level",PG,verdict="mismatch"))
I("school-ot-education","school-site",(OT,PT),"Admissions","Occupational therapists typically need a master's degree from an accredited program.",
  C("master's degree","education","level",OT))
I("school-cdl-truck-2023","school-site",(TD,CA),"CDL Pay","Our CDL graduates join a field where truck drivers earn a median salary of $54,320 per year.",
  S("$54,320","median",TD,verdict="outdated"))
I("school-chef-culinary","school-site",(CH,CK),"Culinary Careers","Chefs and head cooks average out at $66,700 a year, and the top 10 percent make upwards of $98,560.",
  S("$66,700","mean",CH),S("$98,560","p90",CH))
I("school-police-academy-wrong","school-site",(PO,FF),"Police Pay","Police officers start at a median salary of $105,000 per year.",
  S("$105,000","median",PO,verdict="mismatch"))
I("school-hs-teacher-education","school-site",(HS,PG),"Teaching Careers","High school teachers typically need a bachelor's degree and a state-issued certification.",
  C("bachelor's degree","education","level",HS))
# Indeed / Glassdoor-like career guides
I("guide-accountant-fa-median","career-guide",(AC,FA),"Accountant vs. Financial Analyst Salary","According to the BLS, accountants earn a median of $83,680 a year, while financial analysts take home a median of $102,740.",
  S("$83,680","median",AC),S("$102,740","median",FA))
I("guide-accountant-2024","career-guide",(AC,FA),"Salary","As of May 2024, accountants and auditors earned a median salary of $81,680.",
  S("$81,680","median",AC,year=2024,verdict="outdated"))
I("guide-fa-mean-wrong","career-guide",(FA,AC),"Financial Analyst Salary","Financial analysts earn an average of $160,000 per year.",
  S("$160,000","mean",FA,verdict="mismatch"))
I("guide-accountant-outlook","career-guide",(AC,FA),"Job Outlook","The BLS projects accountant jobs will grow 5% from 2025 to 2035, with about 115,300 openings each year.",
  C("5%","outlook-percent","percent",AC,year=2035),C("115,300 openings","openings","count",AC))
I("guide-accountant-openings-2034","career-guide",(AC,FA),"Job Outlook","About 124,200 openings for accountants and auditors are projected each year.",
  C("124,200 openings","openings","count",AC,verdict="outdated"))
I("guide-hr-quartiles","career-guide",(HR,MM),"HR Specialist Salary","The bottom quarter of HR specialists earn less than $58,610, while the top quarter earn more than $99,380.",
  S("$58,610","p25",HR),S("$99,380","p75",HR))
I("guide-hr-hourly-2023","career-guide",(HR,MM),"HR Specialist Pay","Human resources specialists make $36.57 an hour on average.",
  S("$36.57","mean",HR,period="hour",verdict="outdated"))
I("guide-mm-range","career-guide",(MM,HR),"Marketing Manager Salary","Most marketing managers earn between $90,260 and $293,610 a year.",
  S("$90,260 and $293,610","range",MM))
I("guide-mm-2023","career-guide",(MM,HR),"Marketing Manager Salary","As of 2023, the median pay for marketing managers was $157,620 per year.",
  S("$157,620","median",MM,year=2023,verdict="outdated"))
I("guide-me-mean","career-guide",(ME,IS),"Mechanical Engineer Salary","Mechanical engineers bring home an average of $113,610 annually.",
  S("$113,610","mean",ME))
I("guide-me-outlook-2034","career-guide",(ME,IS),"Job Outlook","Mechanical engineering jobs are expected to grow 9% between 2024 and 2034.",
  C("9%","outlook-percent","percent",ME,year=2034,verdict="outdated"))
I("guide-is-employment-wrong","career-guide",(IS,ME),"Job Market","Information security analysts held roughly 450,000 jobs last year.",
  C("450,000 jobs","employment","count",IS,verdict="mismatch"))
# Reddit-like FAQ answers
I("faq-truck-take-home","faq",(TD,CA),"FAQ","**Is trucking worth it?**\n\nHonestly, long-haul truck drivers take home about $59,710 a year on average, per the BLS.",
  S("$59,710","mean",TD))
I("faq-carpenter-hourly","faq",(CA,TD),"FAQ","**What do carpenters make?**\n\nCarpenters make roughly $31.55 an hour on average, more if you join the union.",
  S("$31.55","mean",CA,period="hour"))
I("faq-ff-median-wrong","faq",(FF,PO),"FAQ","**Do firefighters make good money?**\n\nThe median firefighter salary is around $85,000 a year.",
  S("$85,000","median",FF,verdict="mismatch"))
I("faq-ff-outlook","faq",(FF,PO),"FAQ","**Are fire departments hiring?**\n\nFirefighter employment is projected to grow 4 percent through 2035, with about 26,800 openings each year.",
  C("4 percent","outlook-percent","percent",FF,year=2035),C("26,800 openings","openings","count",FF))
I("faq-police-new-york","faq",(PO,FF),"FAQ","**How much do cops make in New York?**\n\nPolice officers in New York earn a median of about $98,000 a year.",
  S("$98,000","median",PO,place="New York",verdict="unchecked"))
I("faq-chef-texas","faq",(CH,CK),"FAQ","**What do chefs make in Texas?**\n\nChefs in Texas average around $55,000 a year.",
  S("$55,000","mean",CH,place="Texas",verdict="unchecked"))
I("faq-hs-teacher-2024","faq",(HS,PG),"FAQ","**What do high school teachers make?**\n\nHigh school teachers earned a median of $64,580 in May 2024.",
  S("$64,580","median",HS,year=2024,verdict="outdated"))
I("faq-chef-outlook-wrong","faq",(CH,CK),"FAQ","**Is there demand for chefs?**\n\nEmployment of chefs and head cooks is projected to grow 15 percent from 2025 to 2035.",
  C("15 percent","outlook-percent","percent",CH,year=2035,verdict="mismatch"))
I("faq-truck-self-employed-wrong","faq",(TD,CA),"FAQ","**Can I be my own boss?**\n\nAbout 30 percent of truck drivers are self-employed owner-operators.",
  C("30 percent","self-employed","share",TD,verdict="mismatch"))
# Markdown summary tables
I("table-pt-ot","summary-table",(PT,OT),"Physical Therapist vs. Occupational Therapist at a Glance",
  "| | Physical Therapist | Occupational Therapist |\n| --- | --- | --- |\n| Median salary | $102,760 | $100,330 |\n| Job growth | 12% | 15% |\n| Typical education | Doctoral or professional degree | Master's degree |",
  S("$102,760","median",PT),S("$100,330","median",OT),C("12%","outlook-percent","percent",PT),C("15%","outlook-percent","percent",OT),
  C("Doctoral or professional degree","education","level",PT),C("Master's degree","education","level",OT))
I("table-police-ff-2023","summary-table",(PO,FF),"Police Officer vs. Firefighter: Summary",
  "| | Police Officer | Firefighter |\n|---|---|---|\n| Median salary | $72,280 | $57,120 |\n| Jobs | 693,200 | 355,300 |",
  S("$72,280","median",PO,verdict="outdated"),S("$57,120","median",FF,verdict="outdated"),
  C("693,200","employment","count",PO),C("355,300","employment","count",FF))
I("table-is-me-wrong","summary-table",(IS,ME),"Information Security Analyst vs. Mechanical Engineer",
  "| | Information Security Analyst | Mechanical Engineer |\n|---|---|---|\n| Average salary | $95,000 | $79,000 |\n| Job growth | 21% | 11% |",
  S("$95,000","mean",IS,verdict="mismatch"),S("$79,000","mean",ME,verdict="mismatch"),C("21%","outlook-percent","percent",IS),C("11%","outlook-percent","percent",ME))
I("table-hr-mm","summary-table",(HR,MM),"HR Specialist vs. Marketing Manager",
  "| | HR Specialist | Marketing Manager |\n|---|---|---|\n| Average salary | $81,990 | $177,770 |\n| Openings per year | 73,700 | 34,000 |",
  S("$81,990","mean",HR),S("$177,770","mean",MM),C("73,700","openings","count",HR),C("34,000","openings","count",MM))
# misc single-claim phrasing
I("guide-paralegal-top-2024","career-guide",(PG,AC),"Paralegal Salary","The top 10% of paralegals earn more than $98,990, while the bottom 10% earn less than $39,710.",
  S("$98,990","p90",PG,verdict="outdated"),S("$39,710","p10",PG,verdict="outdated"))
I("school-ot-change-wrong","school-site",(OT,PT),"Outlook","The field is set to add about 60,000 occupational therapist jobs over the next ten years.",
  C("60,000","employment-change","count",OT,verdict="mismatch"))
I("guide-hr-descriptor-wrong","career-guide",(HR,MM),"Outlook","Employment of HR specialists is projected to decline over the next decade.",
  C("decline","outlook-descriptor","descriptor",HR,verdict="mismatch"))

nots=[]
def N(id,roles,text,heading=None):
    d=dict(id=id,roles=list(roles))
    if heading: d["heading"]=heading
    d["text"]=text; nots.append(d)
N("cdl-tuition",(TD,CA),"CDL training costs between $3,000 and $10,000 at most truck driving schools.","Training")
N("npte-fee",(PT,OT),"The NPTE registration fee is $485 for physical therapist candidates.","Licensing")
N("cpa-hours",(AC,FA),"Most states require 150 credit hours before an accountant can sit for the CPA exam.","Education")
N("academy-weeks",(PO,FF),"The police academy lasts about 21 weeks, followed by field training.")
N("ff-shift",(FF,PO),"Many firefighters work 24-hour shifts followed by 48 hours off.","Work Schedule")
N("knife-set",(CH,CK),"A decent chef's knife set costs around $250.","Getting Started")
N("cissp-experience",(IS,ME),"The CISSP requires 5 years of paid security experience for information security analysts.","Certifications")
N("survey-burnout",(HS,PG),"In our reader survey, 62% of high school teachers said they had considered quitting.")
N("signing-bonus",(TD,CA),"Some carriers offer truck drivers a $5,000 signing bonus.","Pay Extras")
N("phone-advisor",(PG,AC),"Questions about our paralegal certificate? Call 1-800-555-0199.")
N("tools-cost",(CA,TD),"A starter tool kit for apprentice carpenters runs about $800.","Getting Started")
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
