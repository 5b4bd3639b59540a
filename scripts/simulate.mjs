// Simulated production fleets and pull-request pairs, run through the bundled CLI, to measure
// how often the health report and the pull-request check raise alarms (issue 12):
//
//   node scripts/simulate.mjs [--seed 1] [--only fleet,step,trend,pr] [--reps 200]
//                             [--scale 1] [--dist DIR]
//
// Builds dist/ into a temp folder from the sources (or runs the bundle in --dist DIR), writes
// every store with scripts/store-writer.mjs in a temp folder, and prints the figures the README
// quotes. Seeded: the same options give the same figures. Not part of `npm test`.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { hash32, mulberry32, writeStore } from './store-writer.mjs';

const run = promisify(execFile);
const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.parse('2026-01-05T00:00:00Z'); // a Monday
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', '+00:00');

function options(argv) {
  const o = {
    seed: 1,
    only: 'fleet,step,trend,pr',
    reps: 100,
    scale: 1,
    dist: null,
    verbose: 0,
    seeds: 5,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    if (!(key in o)) throw new Error(`simulate: unknown option ${argv[i]}`);
    o[key] = typeof o[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  return o;
}

function normal(rand) {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Calls per hour: busier in the European afternoon, quieter at night and on weekends. */
function hourlyCalls(perDay, ms) {
  const hour = new Date(ms).getUTCHours();
  const weekday = new Date(ms).getUTCDay();
  const diurnal = 1 + 0.7 * Math.sin((2 * Math.PI * (hour - 9)) / 24);
  const weekend = weekday === 0 || weekday === 6 ? 0.6 : 1.16;
  return (perDay / 24) * diurnal * weekend;
}

/**
 * One prompt's production calls, hour by hour over `days` days: latency follows the load
 * (diurnal and weekday), and each day has its own small effects on quality, latency, success
 * and tokens when `dayEffects` (drawn from `rand`; 0 turns them off). `change(dayIndex, hourMs)`
 * returns a factor on the quality mean (a step or a slow decline).
 */
function productionCalls(p, days, rand, dayEffects, change = () => 1) {
  const batches = [];
  for (let d = 0; d < days; d++) {
    const q = dayEffects * 0.007 * normal(rand);
    const l = dayEffects * 0.05 * normal(rand);
    const s = dayEffects * 0.004 * normal(rand);
    const t = dayEffects * 0.04 * normal(rand);
    for (let h = 0; h < 24; h++) {
      const at = START + d * DAY + h * HOUR;
      const expected = hourlyCalls(p.perDay, at);
      // Poisson-ish count: the expected count rounded at random keeps the daily total honest.
      const count = Math.floor(expected) + (rand() < expected % 1 ? 1 : 0);
      if (count === 0) continue;
      const load = expected / (p.perDay / 24);
      batches.push({
        start: iso(at),
        count,
        spacingSeconds: 3600 / count,
        jitterSeconds: Math.min(30, 3600 / count),
        model: 'gpt-4o',
        quality: { mean: Math.min(0.99, (p.quality + q) * change(d, at)), sd: 0.12 },
        latency: { median: p.latency * (0.85 + 0.15 * load) * Math.exp(l), sigma: 0.35 },
        success: { p: Math.min(1, p.success + s) },
        tokens: {
          input: { mean: 400, sd: 80 },
          output: { mean: 150 * Math.exp(t), sd: 40 },
        },
        cost: { perKInput: 0.0025, perKOutput: 0.01 },
      });
    }
  }
  return batches;
}

const FLEET = [
  { name: 'support-triage', perDay: 200, quality: 0.82, latency: 700, success: 0.98 },
  { name: 'summarizer', perDay: 500, quality: 0.86, latency: 1200, success: 0.97 },
  { name: 'classifier', perDay: 900, quality: 0.9, latency: 300, success: 0.99 },
  { name: 'extractor', perDay: 1400, quality: 0.78, latency: 900, success: 0.985 },
  { name: 'router', perDay: 2000, quality: 0.88, latency: 250, success: 0.975 },
];

function fleetSpec(prompts, days, seed, dayEffects, change) {
  const rand = mulberry32(hash32(`fleet|${seed}|${dayEffects}`));
  return {
    seed,
    prompts: prompts.map((p) => ({
      name: p.name,
      versions: [
        {
          version: '1.0.0',
          timestamp: iso(START - DAY),
          tags: ['production'],
          calls: productionCalls(p, days, rand, dayEffects, change),
        },
      ],
    })),
  };
}

async function writeTo(dir, name, spec) {
  const file = path.join(dir, name);
  writeFileSync(file, await writeStore(spec));
  return file;
}

/** The CLI's JSON report (exit 1 is a failed policy, still a report). */
async function cli(dist, args) {
  try {
    // A shared machine can be slow: the default 60 s query timeout is for hostile stores.
    const argv = [path.join(dist, 'cli.js'), ...args, '--query-timeout', '900s'];
    const { stdout } = await run(process.execPath, argv, {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout);
  } catch (error) {
    if (error.code === 1 && error.stdout) return JSON.parse(error.stdout);
    throw new Error(`simulate: ${args.join(' ')} failed: ${error.stderr || error.message}`);
  }
}

/** Runs tasks with at most `limit` at once (the machine may be shared). */
async function pool(items, limit, task) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i], i);
      }
    }),
  );
  return out;
}

// Reports written by builds before `confirmed` existed open the issue on any alert.
const confirmedCount = (r) => r.counts.confirmed ?? r.counts.alerts;

/** Daily health runs at 06:00 UTC; the tracking issue's life as the action would keep it. */
async function dailyRuns(dist, store, firstDay, lastDay) {
  const days = [];
  for (let d = firstDay; d <= lastDay; d++) days.push(d);
  const reports = await pool(days, 2, (d) =>
    cli(dist, [
      'health',
      '--store',
      store,
      '--now',
      iso(START + d * DAY + 6 * HOUR),
      '--format',
      'json',
    ]),
  );
  let open = false;
  let openings = 0;
  const timeline = reports.map((r, i) => {
    if (!open && confirmedCount(r) > 0) {
      open = true;
      openings += 1;
    } else if (open && r.counts.alerts === 0) open = false;
    return { day: days[i], report: r, open };
  });
  return { openings, timeline };
}

const alertsOf = (r) => [...r.prompts.flatMap((p) => p.alerts), ...r.cost.alerts];

async function fleet(o, dist, dir) {
  const runs = 90;
  const days = 28 + runs + 1;
  const prompts = FLEET.map((p) => ({ ...p, perDay: Math.round(p.perDay * o.scale) }));
  const out = [];
  for (const [label, effects] of [
    ['independent calls', 0],
    ['day effects', 1],
  ]) {
    const store = await writeTo(
      dir,
      `fleet-${effects}.sqlite`,
      fleetSpec(prompts, days, o.seed, effects),
    );
    const { openings, timeline } = await dailyRuns(dist, store, 29, 28 + runs);
    const alertDays = timeline.filter((t) => t.report.counts.alerts > 0).length;
    const kinds = {};
    for (const t of timeline)
      for (const a of alertsOf(t.report))
        kinds[`${a.kind}:${a.metric ?? a.budget}`] =
          (kinds[`${a.kind}:${a.metric ?? a.budget}`] ?? 0) + 1;
    if (out.length === 0)
      console.log(
        `\nStable fleet (5 prompts, ${prompts.map((p) => p.perDay).join('/')} calls a day), ${runs} daily health runs:`,
      );
    out.push(label);
    console.log(
      `  ${label.padEnd(18)} tracking-issue openings ${openings}, days with alerts ${alertDays}/${runs}  ${JSON.stringify(kinds)}`,
    );
  }
}

const qualityAlerted = (r, name) =>
  r.prompts.some((p) => p.prompt === name && p.alerts.some((a) => a.metric === 'quality_score'));

async function detection(o, dist, dir, kind) {
  const seeds = [1, 2, 3, 4, 5].slice(0, o.seeds).map((s) => s + 100 * o.seed);
  const onset = 35;
  const follow = kind === 'step' ? 20 : 24;
  const p = { ...FLEET[1], perDay: Math.round(1000 * o.scale) };
  const change =
    kind === 'step'
      ? (d) => (d >= onset ? 0.85 : 1)
      : (d, at) => (at >= START + onset * DAY ? 1 - 0.002 * ((at - START) / DAY - onset) : 1);
  const title =
    kind === 'step'
      ? `\nQuality step of -15 % at day 0 (${p.perDay} calls a day, day effects), runs on days 1..${follow}:`
      : `\nQuality decline of -0.2 %/day from day 0 (${p.perDay} calls a day, day effects), runs on days 1..${follow}:`;
  console.log(title);
  await pool(seeds, 1, async (seed) => {
    const store = await writeTo(
      dir,
      `${kind}-${seed}.sqlite`,
      fleetSpec([p], onset + follow + 1, seed, 1, change),
    );
    const { timeline } = await dailyRuns(dist, store, onset + 1, onset + follow);
    if (o.verbose > 1)
      writeFileSync(`simulate-${kind}-${seed}.json`, JSON.stringify(timeline.at(-1).report));
    if (o.verbose)
      for (const t of timeline) {
        const q = t.report.prompts[0];
        const m = q?.metrics.find((x) => x.metric === 'quality_score');
        const tr = q?.trends.find((x) => x.metric === 'quality_score');
        console.log(
          `    day ${t.day - onset}: window ${m?.status} ${m?.relative_change?.toFixed(3)} p=${m?.p_value_adjusted?.toExponential(1)}; trend ${tr?.status} p=${tr?.p_value_adjusted?.toExponential(1)} projected ${tr?.projected_change?.toFixed(3)}; open ${t.open}`,
        );
      }
    const first = timeline.find((t) => qualityAlerted(t.report, p.name));
    const opened = timeline.find((t) => t.open);
    const alerting = timeline.filter((t) => qualityAlerted(t.report, p.name)).length;
    const openDays = timeline.filter((t) => t.open).length;
    console.log(
      `  seed ${seed}: first quality alert on day ${first ? first.day - onset : 'never'}, issue open from day ${opened ? opened.day - onset : 'never'}, quality alerts on ${alerting}/${timeline.length} days, issue open ${openDays}/${timeline.length} days`,
    );
  });
}

/**
 * One pull-request replicate: a history baseline of 30 days (40 calls a day) with day-to-day
 * drift (a random walk plus day noise, scaled by `drift`), and a candidate of `n` calls on the
 * next day, whose quality is the day's level times `effect`.
 */
function prSpec(seed, n, drift, effect) {
  const rand = mulberry32(hash32(`pr|${seed}|${drift}|${effect}|${n}`));
  const days = 30;
  let walkQ = 0;
  let walkL = 0;
  let walkT = 0;
  const level = () => {
    walkQ += drift * 0.006 * normal(rand);
    walkL += drift * 0.06 * normal(rand);
    walkT += drift * 0.04 * normal(rand);
    return {
      q: 0.75 + walkQ + drift * 0.01 * normal(rand),
      l: 800 * Math.exp(walkL + drift * 0.15 * normal(rand)),
      t: 150 * Math.exp(walkT + drift * 0.08 * normal(rand)),
      s: Math.min(1, 0.97 + drift * 0.004 * normal(rand)),
    };
  };
  const batch = (at, count, lv, qFactor) => ({
    start: iso(at),
    count,
    spacingSeconds: Math.floor((20 * 3600) / count),
    jitterSeconds: 60,
    model: 'gpt-4o',
    quality: { mean: lv.q * qFactor, sd: 0.2 },
    latency: { median: lv.l, sigma: 0.4 },
    success: { p: lv.s },
    tokens: { input: { mean: 400, sd: 80 }, output: { mean: lv.t, sd: 40 } },
    cost: { perKInput: 0.0025, perKOutput: 0.01 },
  });
  const history = [];
  for (let d = 0; d < days; d++) history.push(batch(START + d * DAY, 40, level(), 1));
  const today = level();
  return {
    seed,
    prompts: [
      {
        name: 'assistant',
        versions: [
          { version: '1.0.0', timestamp: iso(START - DAY), calls: history },
          {
            version: '1.1.0',
            timestamp: iso(START + days * DAY),
            systemPrompt: 'You are a careful assistant. Be brief.',
            calls: [{ ...batch(START + days * DAY + HOUR, n, today, effect), spacingSeconds: 30 }],
          },
        ],
      },
    ],
  };
}

async function pr(o, dist, dir) {
  const cases = [
    { label: 'no change, independent', drift: 0, effect: 1, n: 60 },
    { label: 'no change, mild drift', drift: 0.5, effect: 1, n: 60 },
    { label: 'no change, drift', drift: 1, effect: 1, n: 60 },
    { label: 'quality -15 %, independent', drift: 0, effect: 0.85, n: 60 },
    { label: 'quality -15 %, drift', drift: 1, effect: 0.85, n: 60 },
  ];
  console.log(
    `\nPull-request check, history baseline of 30 days x 40 calls, ${o.reps} replicates each:`,
  );
  for (const c of cases) {
    const outcomes = await pool(
      Array.from({ length: o.reps }, (_, i) => i + 1 + 10_000 * o.seed),
      2,
      async (seed) => {
        const store = await writeTo(dir, `pr-${seed}.sqlite`, prSpec(seed, c.n, c.drift, c.effect));
        const r = await cli(dist, [
          'compare',
          '--store',
          store,
          '--prompt',
          'assistant',
          '--candidate',
          '1.1.0',
          '--baseline',
          '1.0.0',
          '--format',
          'json',
        ]);
        rmSync(store);
        const m = r.comparisons[0].metrics;
        return {
          regressed: r.comparisons[0].status === 'regressed',
          quality: m.find((x) => x.metric === 'quality_score')?.status === 'regressed',
          metrics: m.filter((x) => x.status === 'regressed').map((x) => x.metric),
        };
      },
    );
    const share = (f) => ((100 * outcomes.filter(f).length) / outcomes.length).toFixed(1);
    const which = {};
    for (const x of outcomes) for (const m of x.metrics) which[m] = (which[m] ?? 0) + 1;
    console.log(
      `  ${c.label.padEnd(28)} n=${String(c.n).padEnd(4)} regressed ${share((x) => x.regressed).padStart(5)} %, quality regressed ${share((x) => x.quality).padStart(5)} %  ${JSON.stringify(which)}`,
    );
  }
}

async function main() {
  const o = options(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-simulate-'));
  try {
    let dist = o.dist;
    if (!dist) {
      dist = path.join(dir, 'dist');
      execFileSync(process.execPath, ['scripts/build.mjs', '--out', dist], { stdio: 'inherit' });
    }
    console.log(`pv-check simulation, seed ${o.seed}, bundle ${o.dist ?? 'built from src/'}`);
    const only = new Set(o.only.split(','));
    if (only.has('fleet')) await fleet(o, dist, dir);
    if (only.has('step')) await detection(o, dist, dir, 'step');
    if (only.has('trend')) await detection(o, dist, dir, 'trend');
    if (only.has('pr')) await pr(o, dist, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
