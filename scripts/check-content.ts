/** `npm run check:content`: the content check on its own, quicker than a build. */
import { checkContent } from '../src/lib/content/check.ts';

const problems = checkContent(process.cwd());
for (const p of problems) console.error(`${p.file} › ${p.field}: ${p.message}`);
console.log(problems.length ? `${problems.length} problem(s)` : 'content check passed');
process.exit(problems.length ? 1 : 0);
