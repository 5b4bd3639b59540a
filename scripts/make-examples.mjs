// Writes the example stores in examples/ (committed; deterministic: same bytes on every run).
//   base.sqlite + head.sqlite  a pull request: the store on the base branch, and after the
//                              PR's evaluation run logged the changed prompts' calls
//   health.sqlite              ~90 days of production history for the scheduled health report
// Run: node scripts/make-examples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeStore } from './store-writer.mjs';

const OUT = new URL('../examples/', import.meta.url);
const DAY = 86_400_000;
const at = (iso, days = 0) =>
  new Date(Date.parse(iso) + days * DAY).toISOString().replace('.000Z', '+00:00');

// Calls spread evenly over [from, to), `perDay` a day.
function span(from, to, perDay, extra) {
  const days = (Date.parse(to) - Date.parse(from)) / DAY;
  return {
    start: from,
    count: Math.round(days * perDay),
    spacingSeconds: 86400 / perDay,
    jitterSeconds: 600,
    ...extra,
  };
}

const SUMMARIZER = {
  model: 'gpt-4o',
  temperature: 0.2,
  maxTokens: 512,
  quality: { mean: 0.85, sd: 0.07, nullP: 0.02 },
  qualityNullOnFailure: true,
  latency: { median: 420, sigma: 0.3 },
  success: { p: 0.985 },
  tokens: { input: { mean: 310, sd: 60 }, output: { mean: 110, sd: 25 } },
  cost: { perKInput: 0.0025, perKOutput: 0.01 },
};
const CLASSIFIER = {
  model: 'gpt-4o-mini',
  temperature: 0,
  maxTokens: 16,
  quality: { mean: 0.88, sd: 0.06 },
  accuracy: { mean: 0.91, sd: 0.05 },
  latency: { median: 180, sigma: 0.25 },
  success: { p: 0.995 },
  tokens: { input: { mean: 220, sd: 30 }, output: { mean: 4, sd: 1 } },
  cost: { perKInput: 0.00015, perKOutput: 0.0006 },
};
const PR_DAY = '2026-11-26T09:00:00+00:00';
const pr = (extra, count) => ({
  start: PR_DAY,
  count,
  spacingSeconds: 240,
  jitterSeconds: 60,
  ...extra,
});

function pullRequest(head) {
  const summarizer = [
    {
      version: '1.0.0-RC.2',
      timestamp: '2026-09-28T14:03:11+00:00',
      systemPrompt: 'You summarize support tickets for engineers.',
      userPrompt: 'Summarize in three bullet points:\n{ticket}',
      calls: [
        span('2026-09-28T15:00:00+00:00', '2026-10-20T00:00:00+00:00', 8, {
          ...SUMMARIZER,
          quality: { mean: 0.8, sd: 0.08 },
        }),
      ],
    },
    {
      version: '1.1.0',
      timestamp: '2026-10-20T09:12:40+00:00',
      tags: ['production'],
      gitCommit: 'c41d9e2',
      systemPrompt:
        'You summarize support tickets for engineers. Be factual; never invent details.',
      userPrompt: 'Summarize in three bullet points:\n{ticket}',
      calls: [
        span('2026-10-20T10:00:00+00:00', '2026-11-25T00:00:00+00:00', 8, SUMMARIZER),
        ...(head ? [pr(SUMMARIZER, 60)] : []),
      ],
    },
  ];
  const classifier = [
    {
      version: '2.0.0-M.1',
      timestamp: '2026-10-02T08:00:00+00:00',
      systemPrompt: 'Classify the ticket as bug, question or feature.',
      userPrompt: '{ticket}',
      calls: [span('2026-10-02T08:30:00+00:00', '2026-10-16T00:00:00+00:00', 10, CLASSIFIER)],
    },
    {
      version: '2.0.0',
      timestamp: '2026-10-16T11:45:00+00:00',
      versionTags: ['production'],
      gitCommit: '9a0b7f3',
      systemPrompt: 'Classify the ticket as bug, question or feature. Answer with one word.',
      userPrompt: '{ticket}',
      calls: [
        span('2026-10-16T12:00:00+00:00', '2026-11-25T00:00:00+00:00', 10, CLASSIFIER),
        ...(head ? [pr(CLASSIFIER, 60)] : []),
      ],
    },
  ];
  const prompts = [
    { name: 'summarizer', versions: summarizer },
    { name: 'ticket classifier', versions: classifier },
  ];
  if (!head) return { seed: 2026, prompts };
  summarizer.push({
    version: '1.2.0',
    timestamp: '2026-11-26T08:41:27+00:00',
    gitCommit: 'e5f6a7b',
    systemPrompt: 'Summarize support tickets. Keep it under 40 words.',
    userPrompt: 'Summarize:\n{ticket}',
    // The shorter prompt saves a few tokens and loses about 15 % of quality.
    calls: [
      pr(
        {
          ...SUMMARIZER,
          quality: { mean: 0.74, sd: 0.09, nullP: 0.02 },
          tokens: { input: { mean: 290, sd: 60 }, output: { mean: 95, sd: 25 } },
        },
        80,
      ),
    ],
  });
  classifier.push({
    version: '2.1.0',
    timestamp: '2026-11-26T08:42:03+00:00',
    gitCommit: 'e5f6a7b',
    systemPrompt:
      'Classify the ticket as bug, question or feature. Answer with one word, lower case.',
    userPrompt: '{ticket}',
    calls: [pr({ ...CLASSIFIER, quality: { mean: 0.89, sd: 0.06 } }, 80)],
  });
  prompts.push({
    name: 'support reply | `draft` @cs-team',
    versions: [
      {
        version: 'feature-support-reply-3f9c2ab-dirty',
        timestamp: '2026-11-26T08:43:50+01:00',
        gitCommit: '3f9c2ab',
        systemPrompt: 'Draft a friendly reply to the customer. Sign as <agent>.',
        userPrompt: 'Ticket:\n{ticket}\nNotes: {notes}',
        calls: [
          pr(
            {
              ...SUMMARIZER,
              offset: '+01:00',
              fractionalSeconds: true,
              quality: { mean: 0.81, sd: 0.08 },
            },
            40,
          ),
        ],
      },
    ],
  });
  return { seed: 2026, prompts };
}

// The health report's store: "now" is 2026-11-26T00:00:00Z.
const NOW = '2026-11-26T00:00:00+00:00';
const ago = (days) => at(NOW, -days);
const ROUTER = { ...CLASSIFIER, accuracy: null, quality: { mean: 0.9, sd: 0.04 } };

function health() {
  const triage = {
    ...SUMMARIZER,
    model: 'gpt-4o-mini',
    quality: { mean: 0.86, sd: 0.06 },
    cost: { perKInput: 0.00015, perKOutput: 0.0006 },
  };
  const writer = { ...SUMMARIZER, quality: { mean: 0.82, sd: 0.07 } };
  return {
    seed: 90,
    prompts: [
      {
        // Quality slides from 0.86 to about 0.74 over the last three weeks.
        name: 'triage',
        versions: [
          {
            version: '0f3a9c1e5b7d2468',
            timestamp: ago(92),
            calls: [span(ago(90), ago(60), 14, triage)],
          },
          {
            version: '7494c5ca74a7667b',
            timestamp: ago(60.5),
            tags: ['production'],
            calls: [
              span(ago(60), ago(21), 14, triage),
              span(ago(21), NOW, 14, { ...triage, quality: { mean: 0.86, sd: 0.06, end: 0.74 } }),
            ],
          },
        ],
      },
      {
        // Answers got three times longer two days ago: the cost per call jumps.
        name: 'release notes writer',
        versions: [
          {
            version: '3.4.0',
            timestamp: ago(88),
            versionTags: ['production'],
            calls: [
              span(ago(88), ago(2), 10, writer),
              span(ago(2), NOW, 10, {
                ...writer,
                tokens: { input: { mean: 310, sd: 60 }, output: { mean: 360, sd: 60 } },
              }),
            ],
          },
        ],
      },
      {
        // Logs naive local times (Python's datetime.now().isoformat()); silent for two days.
        name: 'extractor',
        versions: [
          {
            version: '1.3.0-SNAPSHOT',
            timestamp: '2026-08-27T10:00:00',
            tags: ['production', 'beta'],
            calls: [
              span(ago(90), ago(2), 8, { ...CLASSIFIER, offset: '', fractionalSeconds: true }),
            ],
          },
        ],
      },
      {
        name: 'router',
        versions: [
          {
            version: 'main-8e1f0c2',
            timestamp: ago(91),
            gitCommit: '8e1f0c2',
            calls: [span(ago(90), ago(45), 12, ROUTER)],
          },
          {
            version: 'main-b7d4e91-dirty',
            timestamp: ago(45.2),
            gitCommit: 'b7d4e91',
            tags: ['production'],
            calls: [span(ago(45), NOW, 12, ROUTER)],
          },
        ],
      },
    ],
  };
}

mkdirSync(OUT, { recursive: true });
for (const [file, spec] of [
  ['base.sqlite', pullRequest(false)],
  ['head.sqlite', pullRequest(true)],
  ['health.sqlite', health()],
]) {
  const bytes = await writeStore(spec);
  writeFileSync(new URL(file, OUT), bytes);
  console.log(`examples/${file}: ${(bytes.length / 1024).toFixed(0)} KiB`);
}
