// How a GitHub Actions runner would find workflow commands in a process's output.

/** Every place a runner or log viewer might end a line. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/**
 * The lines of `output` the runner would act on: `::` first after leading white space (as
 * .NET's TrimStart sees it), or the legacy `##[` anywhere.
 */
export function workflowCommands(output: string): string[] {
  return output
    .split(LINE_BREAK)
    .filter((line) => /^[\s\u0085\u180E]*::/.test(line) || line.includes('##['));
}

/** Store strings that form a workflow command where they are printed raw. */
export const COMMAND_STRINGS = [
  '::add-mask::X',
  '::error title=Forged::boom',
  'q ##[set-output name=verdict]passed',
  '##[stop-commands]tok',
  ' \u00A0::warning::indented',
  'a\u2028::notice::after U+2028',
  'b\u0085::debug::after NEL',
  'c\r::group::after CR',
  '###[x]',
];
