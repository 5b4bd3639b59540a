// In-memory state of the fake GitHub API: plain records the tests seed and inspect.

/** An issue or pull request comment. */
export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  created_at: string;
  updated_at: string;
}

/** An issue (pull requests live in `pulls` but share the number sequence). */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  login: string;
  created_at: string;
  /** When it was last closed; absent or null while open. */
  closed_at?: string | null;
  /** When it last changed; absent: when it was created. */
  updated_at?: string;
}

/** A label of the repository. */
export interface FakeLabel {
  name: string;
  color: string;
  description: string | null;
}

/** A check run. */
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  /** As the creator set it (null for a job's own check run). */
  external_id?: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

/** A pull request. `headRepo` differs from the repository for a fork's pull request. */
export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  headRef: string;
  headRepo: string;
  /** The head repository's id, when a test needs it (a fork renamed). */
  headRepoId?: number;
  baseRef: string;
  baseSha: string;
  baseRepo: string;
  labels: string[];
  login: string;
}

/** A workflow run. */
export interface FakeRun {
  id: number;
  workflow: string;
  name: string;
  head_branch: string;
  head_sha: string;
  event: string;
  status: string;
  conclusion: string | null;
  run_number: number;
  run_attempt: number;
  created_at: string;
  headRepo: string;
}

/** A workflow artifact with its zip. */
export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string;
  zip: Uint8Array;
}

/** Everything the fake knows; tests may read and change it directly. */
export class FakeState {
  comments: FakeComment[] = [];
  issues = new Map<number, FakeIssue>();
  labels = new Map<string, FakeLabel>();
  checkRuns = new Map<number, FakeCheckRun>();
  /** File bytes keyed by `ref` then path. */
  files = new Map<string, Map<string, Uint8Array>>();
  pulls = new Map<number, FakePull>();
  /** Extra commit -> pull request numbers (GitHub lists same-repo PRs by head sha itself). */
  commitPulls = new Map<string, number[]>();
  runs: FakeRun[] = [];
  artifacts: FakeArtifact[] = [];
  /**
   * Content type of raw contents downloads. Real GitHub labels them text/plain (which is what
   * makes a client that parses the body corrupt a binary file); set that to test it.
   */
  rawContentType = 'application/octet-stream';
  /** Refs GitHub does not know (a garbage-collected commit): the contents API says so in its 404. */
  unknownRefs = new Set<string>();

  private seq = { issue: 0, comment: 1000, check: 5000, run: 9000, artifact: 700, clock: 0 };

  constructor(readonly repository: string) {}

  /** A timestamp one second after the previous one: creation order is visible and stable. */
  now(): string {
    return new Date(Date.UTC(2024, 0, 1) + 1000 * this.seq.clock++).toISOString();
  }

  nextIssueNumber(): number {
    return ++this.seq.issue;
  }
  nextCommentId(): number {
    return ++this.seq.comment;
  }
  nextCheckRunId(): number {
    return ++this.seq.check;
  }
  nextRunId(): number {
    return ++this.seq.run;
  }
  nextArtifactId(): number {
    return ++this.seq.artifact;
  }

  /** Finds a label by name, case-insensitively as GitHub does. */
  label(name: string): FakeLabel | undefined {
    for (const l of this.labels.values()) if (l.name.toLowerCase() === name.toLowerCase()) return l;
    return undefined;
  }

  /** True when `number` is an issue or a pull request. */
  hasIssueOrPull(number: number): boolean {
    return this.issues.has(number) || this.pulls.has(number);
  }
}
