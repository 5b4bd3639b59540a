// A fake GitHub REST API on 127.0.0.1 for adapter and end-to-end tests: in-memory state the
// test seeds and inspects, GitHub-style pagination, auth by token, fault injection.
import { FakeServer } from './fake-github/server.js';
import type {
  FakeArtifact,
  FakeComment,
  FakeIssue,
  FakePull,
  FakeRun,
} from './fake-github/state.js';

export { secondaryRateLimit, type FailSpec } from './fake-github/faults.js';
export type { FakeIdentity, FakeServerOptions, LoggedRequest } from './fake-github/server.js';
export type * from './fake-github/state.js';

/** The fake GitHub API with seeding and inspection helpers. */
export class FakeGitHub extends FakeServer {
  /** Adds a pull request; returns it. Its number comes from the issue sequence. */
  addPullRequest(p: Partial<FakePull> & { headSha: string }): FakePull {
    const repo = this.state.repository;
    const pull: FakePull = {
      number: p.number ?? this.state.nextIssueNumber(),
      state: 'open',
      merged: false,
      headRef: 'feature',
      headRepo: repo,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      baseRepo: repo,
      labels: [],
      login: 'octocat',
      ...p,
    };
    this.state.pulls.set(pull.number, pull);
    return pull;
  }

  /** Adds an issue; returns it. */
  addIssue(i: Partial<FakeIssue> & { title: string }): FakeIssue {
    const issue: FakeIssue = {
      number: i.number ?? this.state.nextIssueNumber(),
      body: '',
      labels: [],
      state: 'open',
      state_reason: null,
      login: 'octocat',
      created_at: this.state.now(),
      ...i,
    };
    for (const name of issue.labels) this.addLabel(name);
    this.state.issues.set(issue.number, issue);
    return issue;
  }

  /** Adds a comment by `login` (default a human) to an issue or pull request. */
  addComment(issueNumber: number, body: string, login = 'octocat'): FakeComment {
    const at = this.state.now();
    const c: FakeComment = { id: this.state.nextCommentId(), issueNumber, body, login, created_at: at, updated_at: at }; // prettier-ignore
    this.state.comments.push(c);
    return c;
  }

  /** Adds a label if no label of that name exists. */
  addLabel(name: string, color = 'ededed'): void {
    if (!this.state.label(name)) this.state.labels.set(name, { name, color, description: null });
  }

  /** Stores a file at a ref (branch name or commit sha). */
  setFile(ref: string, path: string, content: Uint8Array | string): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const files = this.state.files.get(ref) ?? new Map<string, Uint8Array>();
    files.set(path, bytes);
    this.state.files.set(ref, files);
  }

  /** Lists `numbers` as the pull requests of commit `sha` (beyond what GitHub finds itself). */
  linkCommit(sha: string, numbers: number[]): void {
    this.state.commitPulls.set(sha, numbers);
  }

  /** Adds a completed, successful run of `workflow` (file name) unless told otherwise. */
  addWorkflowRun(workflow: string, r: Partial<FakeRun> = {}): FakeRun {
    const id = r.id ?? this.state.nextRunId();
    const run: FakeRun = {
      id,
      workflow,
      name: workflow,
      head_branch: 'main',
      head_sha: 'c'.repeat(40),
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      run_number: id,
      run_attempt: 1,
      created_at: this.state.now(),
      headRepo: this.state.repository,
      ...r,
    };
    this.state.runs.push(run);
    return run;
  }

  /** Adds an artifact with its zip bytes to a run. */
  addArtifact(
    runId: number,
    a: Partial<FakeArtifact> & { name: string; zip: Uint8Array },
  ): FakeArtifact {
    const artifact: FakeArtifact = {
      id: a.id ?? this.state.nextArtifactId(),
      runId,
      size_in_bytes: a.zip.length,
      expired: false,
      created_at: this.state.now(),
      ...a,
    };
    this.state.artifacts.push(artifact);
    return artifact;
  }

  /** Comments of an issue or pull request, oldest first. */
  comments(issueNumber: number): FakeComment[] {
    return this.state.comments
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** Issues (not pull requests), by number. */
  issues(): FakeIssue[] {
    return [...this.state.issues.values()].sort((a, b) => a.number - b.number);
  }

  /** Requests matching a method and a path pattern. */
  requestsTo(method: string, path: string | RegExp): FakeServer['requests'] {
    return this.requests.filter(
      (r) =>
        r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }
}
