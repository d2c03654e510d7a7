// `npm run bench`: runs the benchmarks and prints their figures as JSON (not a test: nothing here
// passes or fails on speed). Usage: npm run bench [-- p1|p2|p3|p4|p5 ...]; default all: P2, P3, P4, P5, then P1.
// P3 and P4 need no browser (socket.io bots) and run without Chromium.
import os from 'node:os';
import { runP1 } from './p1-capacity';
import { runP2 } from './p2-join';
import { runP3 } from './p3-session';
import { runP4 } from './p4-breakouts';
import { runP5 } from './p5-schedule';

const known = ['p2', 'p3', 'p4', 'p5', 'p1'] as const;
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (process.argv.includes('--help')) {
  console.log(
    'npm run bench [-- p1|p2|p3|p4|p5]   P2: join → first remote frame in Chromium; P3: facilitator action → state at 200 bot peers; ' +
      'P4: 60 bots split into 10 breakouts and recalled; P5: schedule expansion (1,000 series × 1 year) and common slots (50 people × 14 days); ' +
      'P1: consumers one worker forwards',
  );
  process.exit(0);
}
const unknown = asked.filter((a) => !(known as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
  process.exit(2);
}
const run = asked.length ? asked : [...known];

// Every benchmark bounds itself; this is the last line of defence.
const hardStop = setTimeout(() => {
  console.error('bench: hard time limit (15 min) reached');
  process.exit(2);
}, 15 * 60_000);

const results: Record<string, unknown> = {
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  startedAt: new Date().toISOString(),
};
if (run.includes('p2')) {
  if (process.env.HEARTH_CHROMIUM_MISSING) throw new Error(process.env.HEARTH_CHROMIUM_MISSING);
  results.p2 = await runP2({ joins: Number(process.env.P2_JOINS ?? 12), members: Number(process.env.P2_MEMBERS ?? 2) });
}
if (run.includes('p3')) results.p3 = await runP3();
if (run.includes('p4')) results.p4 = await runP4();
if (run.includes('p5')) results.p5 = await runP5();
if (run.includes('p1')) results.p1 = await runP1();
clearTimeout(hardStop);
console.log(JSON.stringify(results, null, 2));
