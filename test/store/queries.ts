// The statements a piece of store code runs, for tests that count queries.
import type { BindParams, Statement } from 'sql.js';
import { vi } from 'vitest';
import { loadSqlJs } from '../../src/store/sqljs.js';

// The SQL text of every statement run while `run` runs (each run binds its statement once).
export async function queriesOf(run: () => void): Promise<string[]> {
  const SQL = await loadSqlJs();
  const probe = new SQL.Database();
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Statement;
  probe.close();
  const seen: string[] = [];
  const bind = Object.getOwnPropertyDescriptor(proto, 'bind')!.value as (
    this: Statement,
    values?: BindParams,
  ) => boolean;
  const spy = vi.spyOn(proto, 'bind').mockImplementation(function (
    this: Statement,
    values?: BindParams,
  ) {
    seen.push(this.getSQL());
    return bind.call(this, values);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return seen;
}
