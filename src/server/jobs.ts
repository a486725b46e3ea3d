// A worker job run against a session: shared by the lint worker, the in-thread fallback
// (when the server runs from sources, without a built worker) and the web server.
import { bestRoleMatch, newArticle } from '../core/templates/new-article.js';
import { articleToMarkdown } from '../core/convert/to-markdown.js';
import type { Session } from '../session/session.js';
import { refreshEditsFor, roleAliasEdit, siteArticle } from '../session/site.js';
import type { Job, JobResults, Notice, Snapshot } from './protocol.js';

async function lintSnapshot(session: Session, job: Extract<Job, { op: 'lint' }>): Promise<Snapshot> {
  const linted = await session.lint(job.doc);
  const { result } = linted;
  return {
    version: job.doc.version,
    isArticle: result.isArticle,
    findings: result.findings,
    sections: result.isArticle ? result.article.sections.flatMap((s) => (s.key ? [s.key] : [])) : [],
    roles: result.isArticle ? result.article.roles : undefined,
    outline: result.isArticle ? await session.outline(job.doc) : [],
    hovers: result.isArticle ? await session.hovers(job.doc) : { cards: [], spans: [] },
    warnings: linted.warnings,
    problems: linted.problems,
  };
}

export async function runJob(session: Session, job: Job): Promise<JobResults[Job['op']]> {
  switch (job.op) {
    case 'lint':
      return lintSnapshot(session, job);
    case 'fixAll':
      return session.fixAll(job.doc);
    case 'preview':
      return session.preview(job.doc, job.fileName);
    case 'convert': {
      const { result } = await session.lint(job.doc);
      if (!result.isArticle) return { ok: false, reason: 'this file is not a comparison article (no "A vs. B" title or heading).' };
      return { ok: true, markdown: articleToMarkdown(result.article) };
    }
    case 'roles': {
      const index = await session.roleIndex();
      const { query, limit = 60, mode = 'search' } = job.params;
      if (mode === 'best') {
        const best = bestRoleMatch(index, query);
        return best ? [best] : [];
      }
      return query.trim() ? index.searchMatches(query, limit) : [];
    }
    case 'newArticle':
      return newArticle(await session.roleIndex(), job.params.roles, job.params.syntax);
    case 'datasetInfo':
      return { occupations: (await session.roleIndex()).occupations.length };
    case 'siteArticle':
      return siteArticle(session, job.doc, { readability: job.readability });
    case 'refresh': {
      const { edits, applied, left } = await refreshEditsFor(session, job.doc);
      return { edits, applied, left: left.length };
    }
    case 'mapRole':
      return roleAliasEdit(session, session.fs, job);
  }
}

/** Applies a message that is not a job (roots, watch events, a closed document, the editor's settings). */
export function applyNotice(session: Session, message: Notice): void {
  if (message.op === 'roots') session.setRoots(message.roots);
  else if (message.op === 'changed') for (const path of message.paths) session.fileChanged(path);
  else if (message.op === 'editor') session.setEditorOptions(message.options);
  else if (message.op === 'datasetFailed') session.datasets.fail(message.file, message.reason);
  else session.close(message.key);
}
