// The two articles the .vsix suite opens as untitled documents: a complete comparison that
// can drop its Work Environment section, and whose sales-manager salary can be set.
export interface ArticleOptions {
  workEnvironment: boolean;
  salesManagerSalary: string;
}

export function productVsSalesArticle({ workEnvironment, salesManagerSalary }: ArticleOptions): string {
  return [
    '# Product Manager vs. Sales Manager: What Are the Differences?',
    '',
    'Product managers and sales managers both sit close to the customer, yet they spend their days on different problems.',
    '',
    '## What is a Product Manager?',
    '',
    'A product manager owns the direction of a product, talks to customers every week and turns what they need into a roadmap that engineers can deliver.',
    '',
    '## What is a Sales Manager?',
    '',
    'A sales manager leads a team of sales representatives, sets their quotas, coaches them through hard deals and forecasts the quarter for leadership.',
    '',
    '## Product Manager vs. Sales Manager',
    '',
    '### Job Duties',
    '',
    'Product managers rank the backlog, write requirements and decide what ships in each release; sales managers review the pipeline every week and coach their reps.',
    '',
    '### Job Requirements',
    '',
    "Product managers and sales managers usually hold a bachelor's degree in business, marketing or a related field, and most sales managers start as representatives.",
    '',
    ...(workEnvironment
      ? [
          '### Work Environment',
          '',
          'Product managers work in offices or remotely alongside engineering teams; sales managers divide their time between the office, video calls and visits to key clients.',
          '',
        ]
      : []),
    '### Skills',
    '',
    'Product managers need analytical thinking and clear writing; sales managers need coaching ability, resilience under quota pressure and a sense for which deals are real.',
    '',
    '### Salary',
    '',
    `Product managers earn an average salary of $177,770 per year. Sales managers earn an average salary of ${salesManagerSalary} per year. Both figures come from the U.S. Bureau of Labor Statistics (OEWS, May 2025).`,
    '',
  ].join('\n');
}
