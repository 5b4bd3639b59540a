/**
 * The prompts a tracking issue alerts on, kept in a hidden line of its description: a prompt
 * that alerted and then had too few calls to test (its traffic routed away while it is fixed,
 * a quiet weekend) has not shown it is healthy, so the issue stays open for it.
 *
 *   <!-- prompt-versioner-action:health-alerting BASE64URL(JSON array of names) -->
 *
 * Names are store strings: encoded, so that none can end the comment or forge a marker.
 */
import { md } from '../format/escape.js';
import { decodeHidden, encodeHidden } from '../format/hidden-data.js';

const PREFIX = '<!-- prompt-versioner-action:health-alerting ';
const SUFFIX = ' -->';
/** At most this many names are carried, each cut to this many characters. */
const [MAX_NAMES, MAX_CHARS] = [200, 200];

const cut = (name: string): string => Array.from(name).slice(0, MAX_CHARS).join('');

/** The hidden line for `names` (none: no line). */
export function alertingLine(names: readonly string[]): string {
  const kept = [...new Set(names.map(cut))].slice(0, MAX_NAMES);
  if (kept.length === 0) return '';
  return `${PREFIX}${encodeHidden(kept)}${SUFFIX}`;
}

/** The names a description's hidden line carries; none when it has no valid line. */
export function alertingOf(body: string): string[] {
  for (const line of body.split('\n')) {
    if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) continue;
    const data = decodeHidden(line.slice(PREFIX.length, -SUFFIX.length));
    if (Array.isArray(data) && data.every((n) => typeof n === 'string'))
      return data.slice(0, MAX_NAMES);
  }
  return [];
}

/** What this run writes of the prompts it alerts on, and those kept from the open issue. */
export interface Carried {
  /** Prompts that alerted before and could not be tested now. */
  readonly kept: readonly string[];
  /** The description with the visible note (when any is kept) and the hidden line. */
  readonly body: string;
}

/**
 * The prompts to carry: this run's alerting ones, and those of the open issue's description
 * (`shown`) that this run could not test (`untested`). The note and the hidden line go right
 * after the body's first line (the marker), where trimming a long report cannot cut them.
 */
export function carryAlerting(
  body: string,
  shown: string | undefined,
  alerting: readonly string[],
  untested: readonly string[],
): Carried {
  const now = new Set(alerting.map(cut));
  const quiet = new Set(untested.map(cut));
  const kept = alertingOf(shown ?? '').filter((n) => quiet.has(n) && !now.has(n));
  const note =
    kept.length === 0
      ? ''
      : `\n**Kept open:** ${kept.map((n) => md(n, 100)).join(', ')} alerted before and had too few calls in this run's window to be tested; the issue closes once ${kept.length === 1 ? 'it is' : 'they are'} tested healthy.\n`;
  const line = alertingLine([...now, ...kept]);
  const at = body.indexOf('\n');
  const [head, rest] = at < 0 ? [body, ''] : [body.slice(0, at), body.slice(at)];
  return { kept, body: `${head}${line === '' ? '' : `\n${line}`}${note}${rest}` };
}
