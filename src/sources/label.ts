import type { StoreInput } from '../engine.js';

/** How messages name a store input: the label of bytes read from elsewhere, else the path. */
export function storeLabel(input: StoreInput): string {
  return 'label' in input ? input.label : input.path;
}
