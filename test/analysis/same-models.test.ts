import { describe, expect, it } from 'vitest';
import { sameModels } from '../../src/analysis/samples.js';
import type { CallContext } from '../../src/store/types.js';

const on = (model: string | null, calls = 10): CallContext => ({
  model,
  temperature: null,
  maxTokens: null,
  calls,
});

describe('sameModels', () => {
  it('restricts the reference to the models both sides have', () => {
    const reference = [on('gpt-4o'), on('claude'), on(null)];
    const r = sameModels(['gpt-4o', 'mistral'], reference);
    expect(r).toEqual({ models: ['gpt-4o'], contexts: [on('gpt-4o')], crossModel: false });
  });
  it('compares across models when the reference has none of the subject’s', () => {
    const reference = [on('claude'), on(null)];
    expect(sameModels(['gpt-4o'], reference)).toEqual({
      models: null,
      contexts: reference,
      crossModel: true,
    });
  });
  it('is not across models when either side has no model or no calls', () => {
    expect(sameModels([], [on('claude')]).crossModel).toBe(false);
    expect(sameModels(['gpt-4o'], []).crossModel).toBe(false);
  });
});
