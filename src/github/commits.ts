/**
 * The hotfix's files, committed to the hotfix branch through the Git Data API: a blob-less tree
 * on top of the branch's head, a commit whose parent is that head, and a ref update without
 * force. A head that moved (a human pushed) is re-read: a file the human changed keeps the
 * human's version (our change to it is dropped with a warning), the rest is retried on top.
 */
import path from 'node:path';
import type { SpecFiles } from '../core/ports.js';
import { readSpecFile, symlinkRefused, writeFileAtomic } from '../node/fs-files.js';
import { ACTION_COMMITTER, BOOKKEEPING_TRAILER } from './bookkeeping.js';
import { statusOf } from './errors.js';
import type { GitHub, RepoRef } from './octokit.js';

/** Options of the files port. */
export interface ApiSpecFilesOptions {
  gh: GitHub;
  repo: RepoRef;
  branch: string;
  /** The checkout: files are read from it, and written to it as well. */
  workspace: string;
  /** The branch head the checkout is at (the pushed SHA). */
  head: string;
  /** The tree of `head`, when known without a request. */
  headTree?: string;
  warn: (message: string) => void;
  tries?: number;
  /** Read files from the branch through the API rather than from the checkout (dispatch and
   * chat-ops runs, whose checkout is not the hotfix branch). */
  readRemote?: boolean;
  /** The branch may be past the checkout (a re-run of an older push): a file missing from the
   * checkout is looked for on the branch's head. */
  mayHaveMoved?: boolean;
}

/** SpecFiles over the Git Data API. */
export class ApiSpecFiles implements SpecFiles {
  /** What each path holds at `head` (undefined: absent), as far as we know. */
  private readonly base = new Map<string, string | undefined>();
  private readonly pending = new Map<string, string>();
  /** Files a human changed while we worked: theirs from now on, never written again. */
  private readonly humanOwned = new Set<string>();
  private head: string;
  private headTree: string | undefined;
  /** Commits made by this run. */
  readonly commits: string[] = [];

  constructor(private readonly options: ApiSpecFilesOptions) {
    this.head = options.head;
    this.headTree = options.headTree;
  }

  async read(file: string): Promise<string | undefined> {
    if (this.pending.has(file)) return this.pending.get(file);
    if (this.base.has(file)) return this.base.get(file);
    let text = this.options.readRemote
      ? undefined
      : await readSpecFile(path.join(this.options.workspace, file), file);
    // Not in the checkout: a re-run of an older push may find it on the branch's newer head.
    if (
      text === undefined &&
      (this.options.readRemote || (this.options.mayHaveMoved && (await this.branchMoved())))
    ) {
      text = await this.contentAt(file, this.head);
    }
    this.base.set(file, text);
    return text;
  }

  private moved: Promise<boolean> | undefined;

  /** Whether the branch's head is past the checkout (looked up once); moves `head` there. */
  private branchMoved(): Promise<boolean> {
    this.moved ??= (async () => {
      const { gh, repo, branch } = this.options;
      const { data } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ...repo,
        ref: `heads/${branch}`,
      });
      if (data.object.sha === this.head) return false;
      this.head = data.object.sha;
      this.headTree = undefined;
      return true;
    })();
    return this.moved;
  }

  async write(file: string, content: string): Promise<void> {
    if (this.humanOwned.has(file)) return;
    if (!this.base.has(file)) await this.read(file);
    this.pending.set(file, content);
    if (!this.options.readRemote)
      await writeFileAtomic(path.join(this.options.workspace, file), content);
  }

  async flush(message: string): Promise<void> {
    const { gh, repo, branch, warn } = this.options;
    const changes = () =>
      [...this.pending].filter(([file, content]) => this.base.get(file) !== content);
    const tries = this.options.tries ?? 3;
    for (let attempt = 1; changes().length > 0; attempt += 1) {
      if (attempt > tries) {
        warn(
          `could not commit ${changes()
            .map(([f]) => f)
            .join(
              ', ',
            )} to ${branch} after ${tries} tries (the branch keeps moving); the files are in the job's workspace and the report`,
        );
        return;
      }
      const tree = this.headTree ?? (await this.treeOf(this.head));
      const { data: newTree } = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repo,
        base_tree: tree,
        tree: changes().map(([file, content]) => ({
          path: file,
          mode: '100644' as const,
          type: 'blob' as const,
          content,
        })),
      });
      const { data: commit } = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repo,
        message: `${message}\n\n${BOOKKEEPING_TRAILER}`,
        tree: newTree.sha,
        parents: [this.head],
        committer: { ...ACTION_COMMITTER },
      });
      try {
        await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...repo,
          ref: `heads/${branch}`,
          sha: commit.sha,
          force: false,
        });
      } catch (error) {
        if (statusOf(error) !== 422) throw error;
        await this.rebase();
        continue;
      }
      this.commits.push(commit.sha);
      this.head = commit.sha;
      this.headTree = newTree.sha;
      for (const [file, content] of changes()) this.base.set(file, content);
      this.pending.clear();
    }
    this.pending.clear();
  }

  /** The branch moved: take its new head; a file changed there keeps its new version. */
  private async rebase(): Promise<void> {
    const { gh, repo, branch, warn } = this.options;
    const { data: ref } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...repo,
      ref: `heads/${branch}`,
    });
    this.head = ref.object.sha;
    this.headTree = undefined;
    for (const file of [...this.pending.keys()]) {
      const remote = await this.contentAt(file, this.head);
      if (remote !== this.base.get(file)) {
        warn(
          `${file} was changed on ${branch} while the action worked: your version is kept, the action's update of it is dropped (see the report)`,
        );
        this.pending.delete(file);
        this.humanOwned.add(file);
        this.base.set(file, remote);
      }
    }
  }

  private async treeOf(commitSha: string): Promise<string> {
    const { gh, repo } = this.options;
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      ...repo,
      commit_sha: commitSha,
    });
    return data.tree.sha;
  }

  private async contentAt(file: string, ref: string): Promise<string | undefined> {
    const { gh, repo } = this.options;
    try {
      const { data } = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...repo,
        path: file,
        ref,
      });
      if (!Array.isArray(data) && data.type === 'symlink') throw symlinkRefused(file);
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
      return Buffer.from(data.content, 'base64').toString('utf8');
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }
}
