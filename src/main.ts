import * as core from '@actions/core';

/** The action: config -> mode -> publish -> outputs. The only place that fails the step. */
export async function run(): Promise<void> {
  try {
    await Promise.resolve();
    core.info('prompt-versioner-action: not implemented yet');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
