// A worker job run against a session: shared by the lint worker and by the in-thread
// fallback (when the server runs from sources, without a built worker).
import type { Session } from '../session/session.js';
import type { Job, JobResults, Snapshot } from './protocol.js';

export async function runJob(session: Session, job: Job): Promise<JobResults[Job['op']]> {
  switch (job.op) {
    case 'lint': {
      const linted = await session.lint(job.doc);
      const snapshot: Snapshot = {
        version: job.doc.version,
        isArticle: linted.result.isArticle,
        findings: linted.result.findings,
        outline: await session.outline(job.doc),
        hovers: await session.hovers(job.doc),
        warnings: linted.warnings,
      };
      return snapshot;
    }
    case 'fixAll':
      return session.fixAll(job.doc);
    case 'preview':
      return session.preview(job.doc, job.fileName);
  }
}
