// `npm run demo`: the main job. Lints the example articles with the bundled dataset and
// explains the result, so a first-time reader sees both a clean article and one with problems.
import { spawnSync } from 'node:child_process';

const run = (args) => {
  console.log(`\n$ career-articles ${args.join(' ')}`);
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' }).status;
};

const clean = run(['lint', 'examples/product-manager-vs-sales-manager.md', 'examples/software-developer-vs-web-developer.md']);
const flawed = run(['lint', 'examples/registered-nurse-vs-nurse-practitioner.md']);

console.log(`\nThe two clean examples exit ${clean}; the example with problems exits ${flawed} (1 = errors found).`);
console.log(
  'Try: node dist/cli.js lint --fix <copy of an article>, node dist/cli.js inspect <article>, node dist/cli.js roles "sales manager".',
);
process.exit(clean === 0 && flawed === 1 ? 0 : 1);
