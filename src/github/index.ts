// The GitHub port: every GitHub API call the action makes goes through these modules.
export * from './acceptance.js';
export * from './artifacts.js';
export { TooLargeError } from './bytes.js';
export * from './checks.js';
export * from './client.js';
export * from './comments.js';
export * from './contents.js';
export type { Forbidden } from './errors.js';
export { isNotFound } from './errors.js';
export { ACTIONS_BOT_LOGIN, isBotUser, whoAmI } from './identity.js';
export * from './issues.js';
export * from './markers.js';
export * from './pulls.js';
export * from './runs.js';
export { trimWithNote } from './trim.js';
export * from './zip.js';
export { getDefaultBranch } from './repository.js';
