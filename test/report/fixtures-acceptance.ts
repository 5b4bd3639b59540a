// Acceptance records as the bot writes them, for the acceptance tests of analysis and report.
import type { AcceptItem, Grant } from '../../src/report/acceptance-types.js';

/** One accepted (or failing) metric: summarizer 1.2.0's quality, −14.7 % by default. */
export const acceptItem = (over: Partial<AcceptItem> = {}): AcceptItem => ({
  prompt: 'summarizer',
  version: '1.2.0',
  metric: 'quality_score',
  status: 'regressed',
  change: -0.147,
  threshold: 0.1,
  ...over,
});

/** alice's acceptance by label of `covers`. */
export const labelGrant = (covers: AcceptItem[], over: Partial<Grant> = {}): Grant => ({
  by: 'alice',
  at: '2026-12-01T10:00:00Z',
  via: 'label',
  ref: 1,
  covers,
  ...over,
});
