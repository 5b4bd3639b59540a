import type { EngineRequest } from '../engine.js';

/** The labels of the stores a request reads, for messages (the path, or the given label). */
export function requestLabels(request: EngineRequest): string[] {
  const inputs = request.kind === 'compare' ? [request.head, request.base] : [request.store];
  return inputs.flatMap((i) => (i === null ? [] : ['path' in i ? i.path : i.label]));
}
