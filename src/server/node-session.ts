// The session as the server's lint worker holds it: Node's file system, the bundled dataset.
import { limitsFromEnv } from '../node/limits.js';
import { createNodeSession as nodeSession } from '../node/node-session.js';
import type { Session } from '../session/session.js';

export function createNodeSession(): Session {
  // The server reads configs and datasets through one file system, so the larger (dataset)
  // cap applies to both; the lint worker's memory limit stops anything the cap lets through.
  return nodeSession(limitsFromEnv(process.env).datasetBytes);
}
