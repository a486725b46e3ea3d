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
I("hosp-05", "table", R, "| | Hotel manager | Restaurant manager |\n|---|---|---|\n| Average salary | $78,740 | $72,370 |\n| Jobs | 54,800 | 344,300 |\n| Entry-level education | High school diploma | High school diploma or equivalent |",
  [C("$78,740", "salary", "Hotel Manager", "current", "mean"), C("$72,370", "salary", "Restaurant Manager", "outdated", "mean"), C("54,800", "employment", "Hotel Manager", "current"), C("344,300", "employment", "Restaurant Manager", "current"),
   C("High school diploma |", "education", "Hotel Manager", "current"), C("High school diploma or equivalent", "education", "Restaurant Manager", "current")])
I("hosp-06", "faq", R, "Do hotel managers make good money? Yes: the top 10% of lodging managers earn more than $128,880, while the bottom 10% make under $40,070.",
  [C("$128,880", "salary", "Hotel Manager", "current", "p90"), C("$40,070", "salary", "Hotel Manager", "current", "p10")], heading="FAQ")
I("hosp-07", "career-site", R, "In Las Vegas, lodging managers earn an average of $94,000, and the Nevada casino resorts employ about 1,200 of them.",
  [C("$94,000", "salary", "Hotel Manager", "unchecked", "mean", place="Las Vegas"), C("1,200", "employment", "Hotel Manager", "unchecked", place="Las Vegas")])
I("hosp-08", "school", R, "Our hospitality management graduates step into a field where restaurant managers earn about $36 an hour on average and hotel managers need only a bachelor's degree to advance quickly.",
  [C("$36", "salary", "Restaurant Manager", "current", "mean", period="hour"), C("bachelor's degree", "education", "Hotel Manager", "mismatch")])
I("hosp-09", "ooh", R, "Employment of lodging managers is projected to grow 4 percent from 2025 to 2035, about as fast as the average for all occupations, adding about 2,100 jobs.",
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
  [C("2 percent", "outlook-percent", "Waiter", "current", year=2035), C("423,100", "openings", "Waiter", "current", year=2035)], heading="Job Outlook")
I("bar-04", "career-site", R, "Bartending jobs are expected to grow 6% over the next decade, which is faster than average, with roughly 129,600 openings each year.",
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
