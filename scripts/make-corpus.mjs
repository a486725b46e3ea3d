// Writes the evaluation corpus: 30 comparison articles in six career-site styles (the house
// style, "What's the Difference?" with section words, a comparison table, Q&A headings, a
// "Key Differences" role-per-row table, and "while"-clause prose with monthly figures), with
// their labels. The labels come from the same hand-written role table as the text, never
// from the engine, so `npm run eval` measures the engine against what the text says.
// Run: npm run corpus (writes test/corpus/articles/ and test/corpus/labels.json).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

// name, plural, a/an, SOC code, annual figure the article quotes (not BLS data: any figure will do).
const R = (name, plural, article, soc, annual) => ({ name, plural, article, soc, annual });
const PAIRS = [
  [R('Electrician', 'electricians', 'an', '47-2111', 61590), R('HVAC Tech', 'HVAC techs', 'an', '49-9021', 57300)],
  [R('Bookkeeper', 'bookkeepers', 'a', '43-3031', 47440), R('Accountant', 'accountants', 'an', '13-2011', 81680)],
  [
    R('Registered Nurse', 'registered nurses', 'a', '29-1141', 86070),
    R('Nurse Practitioner', 'nurse practitioners', 'a', '29-1171', 126260),
  ],
  [R('Software Developer', 'software developers', 'a', '15-1252', 132930), R('Web Developer', 'web developers', 'a', '15-1254', 90930)],
  [R('Product Manager', 'product managers', 'a', '11-2021', 118400), R('Sales Manager', 'sales managers', 'a', '11-2022', 135160)],
  [R('Dental Hygienist', 'dental hygienists', 'a', '29-1292', 87530), R('Dental Assistant', 'dental assistants', 'a', '31-9091', 44820)],
  [R('Paralegal', 'paralegals', 'a', '23-2011', 59200), R('Lawyer', 'lawyers', 'a', '23-1011', 145760)],
  [R('Pharmacist', 'pharmacists', 'a', '29-1051', 132750), R('Pharmacy Technician', 'pharmacy technicians', 'a', '29-2052', 40300)],
  [R('Plumber', 'plumbers', 'a', '47-2152', 61550), R('Carpenter', 'carpenters', 'a', '47-2031', 56350)],
  [
    R('Physical Therapist', 'physical therapists', 'a', '29-1123', 99710),
    R('Occupational Therapist', 'occupational therapists', 'an', '29-1122', 96370),
  ],
  [R('Graphic Designer', 'graphic designers', 'a', '27-1024', 58910), R('Web Developer', 'web developers', 'a', '15-1254', 88250)],
  [R('Data Scientist', 'data scientists', 'a', '15-2051', 108020), R('Statistician', 'statisticians', 'a', '15-2041', 104110)],
  [R('Financial Analyst', 'financial analysts', 'a', '13-2051', 99890), R('Accountant', 'accountants', 'an', '13-2011', 79880)],
  [
    R('Human Resources Manager', 'human resources managers', 'a', '11-3121', 136350),
    R('HR Specialist', 'HR specialists', 'an', '13-1071', 67760),
  ],
  [R('Construction Laborer', 'construction laborers', 'a', '47-2061', 45300), R('Carpenter', 'carpenters', 'a', '47-2031', 56350)],
  [R('Police Officer', 'police officers', 'a', '33-3051', 72280), R('Firefighter', 'firefighters', 'a', '33-2011', 57120)],
  [
    R('Medical Assistant', 'medical assistants', 'a', '31-9092', 42000),
    R('Licensed Practical Nurse', 'licensed practical nurses', 'a', '29-2061', 59730),
  ],
  [R('Chef', 'chefs', 'a', '35-1011', 58920), R('Baker', 'bakers', 'a', '51-3011', 35250)],
  [R('Civil Engineer', 'civil engineers', 'a', '17-2051', 95890), R('Mechanical Engineer', 'mechanical engineers', 'a', '17-2141', 99510)],
  [
    R('Market Research Analyst', 'market research analysts', 'a', '13-1161', 74680),
    R('Marketing Manager', 'marketing managers', 'a', '11-2021', 157620),
  ],
  [
    R('Radiologic Technologist', 'radiologic technologists', 'a', '29-2034', 70240),
    R('MRI Technologist', 'MRI technologists', 'an', '29-2035', 83740),
  ],
  [R('Veterinarian', 'veterinarians', 'a', '29-1131', 119100), R('Veterinary Tech', 'veterinary techs', 'a', '29-2056', 43740)],
  [R('Librarian', 'librarians', 'a', '25-4022', 64370), R('Library Technician', 'library technicians', 'a', '25-4031', 38920)],
  [R('Loan Officer', 'loan officers', 'a', '13-2072', 69990), R('Financial Advisor', 'financial advisors', 'a', '13-2052', 99580)],
  [
    R('Real Estate Agent', 'real estate agents', 'a', '41-9022', 56620),
    R('Real Estate Broker', 'real estate brokers', 'a', '41-9021', 72280),
  ],
  [
    R('Physician Assistant', 'physician assistants', 'a', '29-1071', 130020),
    R('Nurse Practitioner', 'nurse practitioners', 'a', '29-1171', 128490),
  ],
  [R('Architect', 'architects', 'an', '17-1011', 93310), R('Civil Engineer', 'civil engineers', 'a', '17-2051', 95890)],
  [
    R('Network Administrator', 'network administrators', 'a', '15-1244', 96800),
    R('Database Administrator', 'database administrators', 'a', '15-1242', 104620),
  ],
  [
    R('Public Relations Specialist', 'public relations specialists', 'a', '27-3031', 67440),
    R('Public Relations Mgr', 'public relations managers', 'a', '11-2032', 132870),
  ],
  [
    R('Customer Service Rep', 'customer service reps', 'a', '43-4051', 39680),
    R('Admin Assistant', 'admin assistants', 'an', '43-6014', 44910),
  ],
];

const usd = (n) => `$${n.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
const hourly = (annual) => Math.round((annual / 2080) * 100) / 100;
const monthly = (annual) => Math.round(annual / 12);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const low = (r) => r.name.replace(/\b(?!HVAC|HR|MRI)([A-Z])([a-z]+)/g, (_, a, b) => a.toLowerCase() + b);

/** Filler prose naming both roles (so sections compare), different per section. */
const prose = (a, b, topic) =>
  `${cap(a.plural)} and ${b.plural} differ in their ${topic}. Most ${a.plural} spend the week on tasks that ${b.plural} rarely meet, while ${b.plural} build skills of their own that ${a.plural} seldom need.`;

// Each style returns { text, sections: [[heading, key|null]], claims: [[raw, roleIndex, period]] }.
const STYLES = {
  house(a, b) {
    const claims = [
      [usd(a.annual), 0, 'year'],
      [usd(b.annual), 1, 'year'],
      [usd(b.annual + 2100), 1, 'year'],
      [usd(a.annual + 1500), 0, 'year'],
    ];
    const text = `# ${a.name} vs. ${b.name}: What Are the Differences?

## What is ${a.article} ${a.name}?

${cap(a.article)} ${low(a)} works in a role that many readers confuse with the ${low(b)}.

## What is ${b.article} ${b.name}?

${cap(b.article)} ${low(b)} has responsibilities of a different kind.

## ${a.name} vs. ${b.name}

### Job Duties

${prose(a, b, 'daily duties')}

### Job Requirements

${prose(a, b, 'education and licences')}

### Work Environment

${prose(a, b, 'workplaces')}

### Skills

${prose(a, b, 'skills')}

### Salary

${cap(a.plural)} earn an average salary of ${claims[0][0]}, while ${b.plural} earn ${claims[1][0]}. The median pay for ${b.plural} is ${claims[2][0]}, compared with ${claims[3][0]} for ${a.plural}, according to the BLS.
`;
    const sections = [
      ['Job Duties', 'duties'],
      ['Job Requirements', 'requirements'],
      ['Work Environment', 'environment'],
      ['Skills', 'skills'],
      ['Salary', 'salary'],
    ];
    return { text, sections, claims };
  },
  difference(a, b) {
    const claims = [
      [`${usd(a.annual)} a year`, 0, 'year'],
      [`${usd(b.annual)} per year`, 1, 'year'],
      [`${usd(hourly(a.annual))} an hour`, 0, 'hour'],
      [`${usd(hourly(b.annual))} an hour`, 1, 'hour'],
    ];
    const text = `# ${a.name} vs. ${b.name}: What's the Difference?

If you are weighing a career as ${a.article} ${low(a)} against one as ${b.article} ${low(b)}, here is how the two compare.

## Responsibilities of ${cap(a.plural)} vs. ${cap(b.plural)}

${prose(a, b, 'responsibilities')}

## Education and Training

${prose(a, b, 'training paths')}

## Work Setting

${prose(a, b, 'work settings')}

## Pay

According to Indeed, ${a.article} ${low(a)} makes ${claims[0][0]} on average. ${cap(b.plural)} earn about ${claims[1][0]}, according to Glassdoor.

In hourly terms, ${a.plural} earn ${claims[2][0]} and ${b.plural} earn ${claims[3][0]}.
`;
    const sections = [
      [`Responsibilities of ${cap(a.plural)} vs. ${cap(b.plural)}`, 'duties'],
      ['Education and Training', 'requirements'],
      ['Work Setting', 'environment'],
      ['Pay', 'salary'],
    ];
    return { text, sections, claims };
  },
  table(a, b) {
    const claims = [
      [usd(a.annual - 3000), 0, 'year'],
      [usd(b.annual - 3000), 1, 'year'],
      [usd(hourly(a.annual)), 0, 'hour'],
      [usd(hourly(b.annual)), 1, 'hour'],
    ];
    const text = `# ${a.name} vs. ${b.name}

## What Does ${a.article === 'an' ? 'an' : 'a'} ${a.name} Do?

${cap(a.plural)} handle work that is easy to tell apart from what ${b.plural} do.

## Comparing ${cap(a.plural)} to ${cap(b.plural)}

| | ${a.name} | ${b.name} |
| --- | --- | --- |
| Median Salary (2019) | ${claims[0][0]} | ${claims[1][0]} |
| Hourly rate | ${claims[2][0]} | ${claims[3][0]} |
| Education | Certificate or degree | Certificate or degree |

## Duties

${prose(a, b, 'duties')}

## Certifications

${prose(a, b, 'certifications')}

## Workplace

${prose(a, b, 'workplaces')}
`;
    const sections = [
      ['Duties', 'duties'],
      ['Certifications', 'requirements'],
      ['Workplace', 'environment'],
    ];
    return { text, sections, claims };
  },
  question(a, b) {
    const claims = [
      [usd(a.annual), 0, 'year'],
      [usd(b.annual), 1, 'year'],
      [`${usd(a.annual - 900)} a year`, 0, 'year'],
      [`${usd(b.annual - 700)} a year`, 1, 'year'],
    ];
    const text = `# What Is the Difference Between ${a.article === 'an' ? 'an' : 'a'} ${low(a)} and ${b.article} ${low(b)}?

## What is ${a.article} ${a.name}?

${cap(a.article)} ${low(a)} is a professional whose days look different from a ${low(b)}'s.

## What is ${b.article} ${b.name}?

${cap(b.article)} ${low(b)} has a separate set of tasks.

## What is the difference between ${a.article} ${low(a)} and ${b.article} ${low(b)}?

### Duties

${prose(a, b, 'duties')}

### Education

${prose(a, b, 'schooling')}

### Work Environment

${prose(a, b, 'work environments')}

### Salary and Outlook

${cap(a.article)} ${low(a)} has an average salary of ${claims[0][0]}, which is ${a.annual > b.annual ? 'higher' : 'lower'} than the ${claims[1][0]} average salary of ${b.article} ${low(b)}.

Median pay by role, per the Bureau of Labor Statistics:

- ${cap(a.plural)}: ${claims[2][0]}
- ${cap(b.plural)}: ${claims[3][0]}
`;
    const sections = [
      ['Duties', 'duties'],
      ['Education', 'requirements'],
      ['Work Environment', 'environment'],
      ['Salary and Outlook', 'salary'],
    ];
    return { text, sections, claims };
  },
  keyDifferences(a, b) {
    const claims = [
      [usd(a.annual), 0, 'year'],
      [usd(hourly(a.annual)), 0, 'hour'],
      [usd(b.annual), 1, 'year'],
      [usd(hourly(b.annual)), 1, 'hour'],
    ];
    const text = `# ${a.name} vs. ${b.name}: Key Differences

## Job Duties

${prose(a, b, 'job duties')}

## Skills

${prose(a, b, 'skill sets')}

## Qualifications

${prose(a, b, 'qualifications')}

## Earnings

The table lists average pay as reported by ZipRecruiter.

| Role | Average salary | Hourly wage |
| --- | --- | --- |
| ${a.name} | ${claims[0][0]} | ${claims[1][0]} |
| ${b.name} | ${claims[2][0]} | ${claims[3][0]} |
`;
    const sections = [
      ['Job Duties', 'duties'],
      ['Skills', 'skills'],
      ['Qualifications', 'requirements'],
      ['Earnings', 'salary'],
    ];
    return { text, sections, claims };
  },
  whileClause(a, b) {
    const claims = [
      [`${usd(a.annual)} per year`, 0, 'year'],
      [usd(b.annual), 1, 'year'],
      [`${usd(b.annual - 12000)} a year`, 1, 'year'],
      [usd(a.annual + 20000), 0, 'year'],
      [`${usd(monthly(b.annual))} a month`, 1, 'month'],
    ];
    const text = `# ${a.name} vs. ${b.name} – Which Career Is Right for You?

## Roles and Responsibilities

${prose(a, b, 'roles')}

## Working Conditions

${prose(a, b, 'schedules')}

## Salary Comparison

While ${a.plural} earn ${claims[0][0]} on average, ${b.plural} take home about ${claims[1][0]}. Entry-level ${b.plural} start near ${claims[2][0]}, and experienced ${a.plural} can reach ${claims[3][0]}. That is roughly ${claims[4][0]} for a ${low(b)}.
`;
    const sections = [
      ['Roles and Responsibilities', 'duties'],
      ['Working Conditions', 'environment'],
      ['Salary Comparison', 'salary'],
    ];
    return { text, sections, claims };
  },
};

const folder = new URL('../test/corpus/articles/', import.meta.url);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const styles = Object.keys(STYLES);
const labels = PAIRS.map(([a, b], i) => {
  const style = styles[i % styles.length];
  const { text, sections, claims } = STYLES[style](a, b);
  const file = `${String(i + 1).padStart(2, '0')}-${style}-${a.name}-vs-${b.name}.md`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
  writeFileSync(new URL(file, folder), text);
  return {
    file,
    style,
    roles: [
      { name: a.name, soc: a.soc },
      { name: b.name, soc: b.soc },
    ],
    sections: sections.map(([heading, key]) => ({ heading, key })),
    claims: claims.map(([raw, role, period]) => ({ raw, role, period })),
  };
});
writeFileSync(new URL('../test/corpus/labels.json', import.meta.url), `${JSON.stringify(labels, null, 2)}\n`);
console.log(`${labels.length} articles, ${labels.reduce((n, l) => n + l.claims.length, 0)} claims`);
