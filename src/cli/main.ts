import { existsSync } from 'node:fs';
import { parseConfig, type Config } from '../config/config.js';
import { ConfigError, optionName, parseEnum, parseInstantInput } from '../config/parse.js';
import { renderHealthMarkdown } from '../render/health/markdown.js';
import { renderHealthText } from '../render/health/text.js';
import type { HealthReport } from '../report/health-types.js';
import { renderJson } from '../report/json.js';
import { renderCompareMarkdown } from '../render/compare/markdown.js';
import { renderSummary } from '../render/summary/render.js';
import { runnerSafeJson, runnerSafeText } from '../format/runner-safe.js';
import { renderCompareText } from '../render/compare/text.js';
import type { CompareReport } from '../report/types.js';
import { engine, type StoreInput } from '../worker/facade.js';
import { VERSION } from '../version.js';
import { DEFAULT_STORE, parseArgs, usage, type ParsedArgs } from './args.js';
import { checkOutput, oneFile, statOrNull, writeOutput } from './output.js';

/** What the CLI prints and how it exits. */
export interface CliResult {
  readonly stdout: string;
  readonly exitCode: 0 | 1 | 2;
}

type Format = 'text' | 'markdown' | 'json';

function format(args: ParsedArgs): Format {
  return parseEnum(optionName, 'format', args.options.get('format') ?? 'text', [
    'text',
    'markdown',
    'json',
  ]);
}

function need(args: ParsedArgs, name: string, why: string): string {
  const v = args.options.get(name);
  if (v === undefined || v.trim() === '') throw new ConfigError(`Missing --${name}: ${why}.`);
  return v;
}

/** --store, else the library's default path; a missing default is said to be the default. */
function storePath(args: ParsedArgs): string {
  const given = args.options.get('store');
  if (given !== undefined) return need(args, 'store', 'the store to read');
  if (!existsSync(DEFAULT_STORE))
    throw new ConfigError(
      `No store at ${DEFAULT_STORE} (the default of --store) in ${process.cwd()}: give --store PATH, or run where Prompt Versioner logs.`,
    );
  return DEFAULT_STORE;
}

/** Whether two paths name one file; a missing one is said when it is read. */
function sameFile(a: string, b: string): boolean {
  return oneFile(statOrNull(a), statOrNull(b));
}

// The store is untrusted: its queries run in a worker under --query-timeout.
async function compare(args: ParsedArgs, config: Config, now: string): Promise<CompareReport> {
  const has = (n: string): boolean => args.options.has(n);
  if (has('base') || has('head')) {
    if (has('store')) {
      throw new ConfigError(
        'Give either --base and --head, or --store with --prompt and --candidate, not both.',
      );
    }
    const head: StoreInput = { path: need(args, 'head', 'the store after the change') };
    const base: StoreInput = { path: need(args, 'base', 'the store before the change') };
    if (sameFile(head.path, base.path))
      throw new ConfigError(
        `--base and --head are the same file (${JSON.stringify(base.path)}): nothing could differ. Give the store before the change as --base, for example: git show main:.prompt_versions/db.sqlite > base.sqlite`,
      );
    // One version of one prompt, or every change: a half-given selection is not quietly dropped.
    const selects = has('prompt') || has('candidate') || has('baseline');
    const selection = selects
      ? {
          prompt: need(args, 'prompt', 'the prompt of --candidate (or leave out --candidate and --baseline to compare every change)'), // prettier-ignore
          candidate: need(args, 'candidate', 'the version of --prompt to compare (or leave out --prompt and --baseline to compare every change)'), // prettier-ignore
          baseline: config.baseline,
        }
      : undefined;
    const question = {
      head,
      base,
      ...(selection ? { selection } : {}),
      generatedAt: now,
      lostScope: 'every' as const,
    };
    return engine.compare(config, question, optionName);
  }
  const prompt = need(args, 'prompt', 'the prompt whose versions to compare (or give --base and --head)'); // prettier-ignore
  const head: StoreInput = { path: storePath(args) };
  const candidate = need(args, 'candidate', 'the version under test');
  const selection = { prompt, candidate, baseline: config.baseline };
  return engine.compare(config, { head, base: null, selection, generatedAt: now }, optionName);
}

function health(args: ParsedArgs, config: Config, now: string): Promise<HealthReport> {
  const store = { path: storePath(args) };
  return engine.health(config, store, now, optionName, !args.options.has('now'));
}

/**
 * What the CLI prints, with no workflow command in it: it often runs in a workflow step, and
 * the report quotes store strings anyone who can write the store chose.
 */
function safe(text: string, fmt: Format): string {
  return fmt === 'json' ? runnerSafeJson(text) : runnerSafeText(text);
}

/** The JSON report as written to --output: parses the same, prints no workflow command. */
function jsonFile(report: CompareReport | HealthReport): string {
  return runnerSafeJson(renderJson(report));
}

function renderHealth(report: HealthReport, fmt: Format, charts: boolean): string {
  if (fmt === 'json') return renderJson(report);
  if (fmt === 'markdown') return renderHealthMarkdown(report, { charts, detail: 'full' });
  return renderHealthText(report);
}

function renderCompare(report: CompareReport, fmt: Format, charts: boolean): string {
  if (fmt === 'json') return renderJson(report);
  if (fmt === 'markdown') return renderCompareMarkdown(report, { charts, detail: 'full' });
  return renderCompareText(report, { color: false });
}

/** Runs one CLI invocation; throws ConfigError/StoreError/SelectionError for bad input. */
export async function runCli(
  argv: readonly string[],
  clock: () => Date = () => new Date(),
): Promise<CliResult> {
  const args = parseArgs(argv);
  if (args.command === 'help') return { stdout: usage(args.topic), exitCode: 0 };
  if (args.command === 'version') return { stdout: `pv-check ${VERSION}\n`, exitCode: 0 };
  const config = parseConfig((name) => args.options.get(name), optionName);
  const fmt = format(args);
  const nowOption = args.options.get('now');
  const now = nowOption ? parseInstantInput(optionName, 'now', nowOption) : clock().toISOString();
  if (args.command === 'summary') {
    const store = storePath(args);
    const report = await engine.summary(config, { path: store }, now, optionName);
    return {
      stdout: safe(fmt === 'json' ? renderJson(report) : renderSummary(report, fmt), fmt),
      exitCode: 0,
    };
  }
  const output = args.options.get('output');
  if (output) {
    const named = ['store', 'base', 'head'].flatMap((n) => args.options.get(n) ?? []);
    checkOutput(output, named.length > 0 ? named : [DEFAULT_STORE]);
  }
  if (args.command === 'health') {
    const report = await health(args, config, now);
    if (output) await writeOutput(output, jsonFile(report));
    return {
      stdout: safe(renderHealth(report, fmt, config.charts), fmt),
      exitCode: report.verdict === 'regressed' ? 1 : 0,
    };
  }
  const report = await compare(args, config, now);
  if (output) await writeOutput(output, jsonFile(report));
  return {
    stdout: safe(renderCompare(report, fmt, config.charts), fmt),
    exitCode: report.verdict === 'regressed' ? 1 : 0,
  };
}
