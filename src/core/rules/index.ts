// Every rule, in one explicit sorted list: no discovery, so a bundle holds exactly these.
import crossArticleSalary from './cross-article-salary.js';
import duplicateSection from './duplicate-section.js';
import educationMismatch from './education-mismatch.js';
import emptySection from './empty-section.js';
import frontMatter from './front-matter.js';
import outlookMismatch from './outlook-mismatch.js';
import readability from './readability.js';
import requiredSections from './required-sections.js';
import roleDefinition from './role-definition.js';
import salaryMismatch from './salary-mismatch.js';
import salaryMissingFigure from './salary-missing-figure.js';
import salaryNoSource from './salary-no-source.js';
import salaryUnknownRole from './salary-unknown-role.js';
import sectionMentionsBothRoles from './section-mentions-both-roles.js';
import sectionOrder from './section-order.js';
import seoDescription from './seo-description.js';
import seoDuplicatePair from './seo-duplicate-pair.js';
import seoKeyphrase from './seo-keyphrase.js';
import seoTitle from './seo-title.js';
import styleAcronym from './style-acronym.js';
import styleJobTitleCase from './style-job-title-case.js';
import stylePattern from './style-pattern.js';
import styleTerm from './style-term.js';
import titleFormat from './title-format.js';
import type { AnyRule } from '../rule.js';
import type { Topic } from '../types.js';

/** A rule of the registry: it declares its topic. */
export type RegisteredRule = AnyRule & { topic: Topic };

export const RULES: readonly RegisteredRule[] = [
  crossArticleSalary,
  duplicateSection,
  educationMismatch,
  emptySection,
  frontMatter,
  outlookMismatch,
  readability,
  requiredSections,
  roleDefinition,
  salaryMismatch,
  salaryMissingFigure,
  salaryNoSource,
  salaryUnknownRole,
  sectionMentionsBothRoles,
  sectionOrder,
  seoDescription,
  seoDuplicatePair,
  seoKeyphrase,
  seoTitle,
  styleAcronym,
  styleJobTitleCase,
  stylePattern,
  styleTerm,
  titleFormat,
];

export function findRule(id: string): RegisteredRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
