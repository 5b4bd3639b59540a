// The artifact client alone, bundled as dist/artifact-client.js: it and the Azure SDK under it
// are most of the action's code, and only `publish: artifact` needs them, so the action's own
// bundle loads them at that point only (see upload.ts).
export { DefaultArtifactClient } from '@actions/artifact';
