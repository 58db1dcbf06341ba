export const id = 99;
export const ids = [99,282];
export const modules = {

/***/ 3099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Session: () => (/* binding */ Session)
});

// UNUSED EXPORTS: OPEN_DEPLOYMENTS_STATE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 4 modules
var core = __webpack_require__(611);
// EXTERNAL MODULE: ./lib/action/io.js
var io = __webpack_require__(9308);
// EXTERNAL MODULE: ./lib/core/deadline.js
var deadline = __webpack_require__(1923);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(8415);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
// EXTERNAL MODULE: ./lib/core/state.js
var core_state = __webpack_require__(4734);
// EXTERNAL MODULE: ./lib/github/comments.js
var comments = __webpack_require__(8325);
// EXTERNAL MODULE: ./lib/core/rollback-target.js
var rollback_target = __webpack_require__(4345);
// EXTERNAL MODULE: ./lib/core/lane-record.js + 2 modules
var lane_record = __webpack_require__(9518);
// EXTERNAL MODULE: ./lib/github/create-once.js
var create_once = __webpack_require__(3785);
;// CONCATENATED MODULE: ./lib/github/deployments.js



/** The newest deployments read: deeper than this, there is no rollback target. */
const MAX_SCAN_DEPTH = 1000;
const GRAPHQL_PAGE = 100;
/** The deployments of an environment (or all), newest first, each with its latest status. */
const DEPLOYMENTS_QUERY = `query HotfixDeployments($owner: String!, $name: String!, $environments: [String!], $first: Int!, $after: String, $hotfix: GitObjectID = "0000000000000000000000000000000000000000", $withHistory: Boolean = false) {
  repository(owner: $owner, name: $name) {
    object(oid: $hotfix) @include(if: $withHistory) {
      ... on Commit { history(first: 100) { nodes { oid } } }
    }
    deployments(environments: $environments, first: $first, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId
        commitOid
        task
        environment
        payload
        createdAt
        description
        latestStatus { state description }
      }
    }
  }
}`;
const MAX_DESCRIPTION = 140;
/** Builds the GitHub-backed deployment store. */
function githubDeploymentStore(gh, repo, options) {
    // The lane writes an in_progress status on each change of phase; the same text twice in a
    // row is written once.
    const lastProgress = new Map();
    const open = new Set();
    const changed = () => options.onOpenChange?.([...open]);
    const fromGraphQL = (d) => ({
        id: d.databaseId ?? 0,
        environment: d.environment ?? '',
        ref: d.commitOid,
        task: d.task ?? '',
        payload: parsePayload(d.payload),
        createdAt: d.createdAt,
        ...(d.latestStatus
            ? {
                state: d.latestStatus.state.toLowerCase(),
                description: d.latestStatus.description ?? undefined,
            }
            : {}),
    });
    /** The deployments, newest first, page by page (`size` each), up to `depth` in all. */
    async function* newest(environment, depth, size = GRAPHQL_PAGE, 
    /** With the first page, the newest 100 commits of this one's history. */
    history) {
        let after = null;
        for (let read = 0; read < depth;) {
            const data = await gh.graphql(DEPLOYMENTS_QUERY, {
                owner: repo.owner,
                name: repo.repo,
                environments: environment === undefined
                    ? null
                    : typeof environment === 'string'
                        ? [environment]
                        : environment,
                first: Math.min(size, depth - read),
                after,
                ...(history && after === null ? { hotfix: history.sha, withHistory: true } : {}),
            });
            for (const node of data.repository?.object?.history?.nodes ?? [])
                if (node)
                    history?.into.add(node.oid);
            const page = data.repository?.deployments;
            if (!page)
                throw new Error(`GitHub did not find the repository ${repo.owner}/${repo.repo}, or the token cannot see it: check GITHUB_REPOSITORY and the token`);
            const nodes = (page.nodes ?? []).filter((d) => d?.databaseId != null);
            read += nodes.length;
            yield nodes.map(fromGraphQL);
            if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length === 0)
                return;
            after = page.pageInfo.endCursor;
        }
    }
    const toRecord = (d) => ({
        id: d.id,
        environment: d.environment,
        ref: d.sha,
        task: d.task,
        payload: parsePayload(d.payload),
        createdAt: d.created_at,
    });
    const page = async (environment, pageNumber, extra = {}) => {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', {
            ...repo,
            ...(environment === undefined ? { task: lane_record/* DEPLOY_TASK */.so } : { environment }),
            per_page: 30,
            page: pageNumber,
            ...extra,
        });
        return data;
    };
    return {
        async list(environment) {
            // The newest 100, with their latest statuses, in one request.
            for await (const records of newest(environment, GRAPHQL_PAGE)) {
                return environment === undefined ? records.filter((r) => r.task === lane_record/* DEPLOY_TASK */.so) : records;
            }
            return [];
        },
        async scan(environment, exclude) {
            // Newest first, each with its latest status; the first success not of this hotfix is the
            // target. Another hotfix's deployment still running (newer than the target) is noted.
            // The hotfix's newest 100 commits come with the first page: a target among them is in
            // the hotfix's history, and no compare is needed (README, "Never roll production back by
            // accident").
            let active;
            let read = 0;
            const ancestors = new Set();
            const history = exclude.sha ? { sha: exclude.sha, into: ancestors } : undefined;
            for await (const records of newest(environment, MAX_SCAN_DEPTH, GRAPHQL_PAGE, history)) {
                read += records.length;
                for (const record of records) {
                    if ((0,rollback_target/* isOfHotfix */.EE)(record, exclude.hotfix, exclude.sha))
                        continue;
                    if (record.state === 'success')
                        return { target: record, active, ...(history ? { ancestors } : {}) };
                    if ((0,rollback_target/* isActiveState */.aq)(record.state))
                        active ??= record;
                }
            }
            if (read >= MAX_SCAN_DEPTH)
                return {
                    active,
                    note: `no successful deployment of ${environment} in its newest ${MAX_SCAN_DEPTH} deployments: treated as no rollback target`,
                };
            return { active };
        },
        async findRollbackOf(environment, id) {
            // The newest 10 deployments: one request a sample.
            for await (const records of newest(environment, 10, 10)) {
                return records.find((r) => (0,rollback_target/* rollsBack */.cL)(r, id));
            }
            return undefined;
        },
        async create(input) {
            const payload = {
                ...input.payload,
                run: `${options.runKey}:${input.payload.rollbackOf === undefined ? 'deploy' : 'rollback'}`,
            };
            const created = await (0,create_once/* createOnce */.Ur)({
                lookupFirst: false,
                lookup: async () => (await page(input.environment, 1, { sha: input.ref, task: input.task })).find((d) => parsePayload(d.payload).run === payload.run),
                create: async () => {
                    const { data, status } = await gh.request('POST /repos/{owner}/{repo}/deployments', {
                        ...repo,
                        ref: input.ref,
                        task: input.task,
                        environment: input.environment,
                        auto_merge: false,
                        required_contexts: [],
                        payload,
                        description: input.description.slice(0, MAX_DESCRIPTION),
                        production_environment: /^prod(uction)?$/i.test(input.environment),
                        ...create_once/* NO_RETRY */.PE,
                    });
                    if (status !== 201 || !('id' in data))
                        throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
                    return data;
                },
            });
            return toRecord(created);
        },
        async setStatus(id, state, description, extra) {
            const key = String(id);
            const text = description.slice(0, MAX_DESCRIPTION);
            if (state === 'in_progress') {
                if (lastProgress.get(key) === text)
                    return;
                lastProgress.set(key, text);
            }
            await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...repo,
                deployment_id: Number(id),
                state,
                description: text,
                ...(extra?.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
                ...(extra?.logUrl ? { log_url: extra.logUrl } : {}),
                // Keep the history: a rollback target must stay `success` after later deployments.
                auto_inactive: false,
            });
            if (state === 'in_progress' || state === 'queued' || state === 'pending')
                open.add(Number(id));
            else
                open.delete(Number(id));
            changed();
        },
    };
}
/** GitHub returns the payload as an object (or, for old deployments, a JSON string). */
function parsePayload(payload) {
    if (typeof payload === 'string') {
        try {
            return parsePayload(JSON.parse(payload));
        }
        catch {
            return {};
        }
    }
    return typeof payload === 'object' && payload !== null
        ? payload
        : {};
}

// EXTERNAL MODULE: ./lib/core/mentions.js
var core_mentions = __webpack_require__(4592);
;// CONCATENATED MODULE: ./lib/github/issues.js
/**
 * Follow-up issues (README, "Branches, files and reports"): T005-T007 and the escalation issue,
 * each found again by its marker (in an issue the token's own user opened) before it is created.
 */


/** The marker of one of a hotfix's issues, e.g. `<!-- hotfix-action:042:T005 -->`. */
function issueMarker(padded, kind) {
    return `<!-- hotfix-action:${padded}:${kind} -->`;
}
async function listOurs(gh, repo, labels, login) {
    const issues = (await gh.paginate('GET /repos/{owner}/{repo}/issues', {
        ...repo,
        state: 'all',
        per_page: 100,
        ...(labels.length > 0 ? { labels: labels.join(',') } : {}),
    }));
    return issues.filter((i) => !i.pull_request && i.user?.login === login);
}
/**
 * Opens each draft unless an issue with its marker exists; one listing serves them all.
 * Returns each draft's issue URL, in order.
 */
async function ensureIssues(gh, repo, drafts, login, 
/** The only mentions kept (`escalation-mentions`); any other `@name` is made inert. */
mentions = [], 
/** When given, a draft that cannot be opened is a warning and the next is still tried. */
warn) {
    if (drafts.length === 0)
        return [];
    const listing = await listOurs(gh, repo, drafts[0].labels, login);
    const urls = [];
    for (const draft of drafts) {
        let fresh = false;
        const opening = (0,create_once/* createOnce */.Ur)({
            lookupFirst: true,
            // The first lookup uses the one listing; a retry after a failed create lists again.
            lookup: async () => {
                const pool = fresh ? await listOurs(gh, repo, draft.labels, login) : listing;
                fresh = true;
                return pool.find((i) => (i.body ?? '').includes(draft.marker));
            },
            create: async () => {
                const { data } = await gh.request('POST /repos/{owner}/{repo}/issues', {
                    ...repo,
                    title: (0,core_mentions/* neutralizeMentions */.t)(draft.title),
                    body: `${draft.marker}\n${(0,core_mentions/* neutralizeMentions */.t)(draft.body, mentions)}`,
                    labels: draft.labels,
                    ...create_once/* NO_RETRY */.PE,
                });
                return data;
            },
        });
        try {
            urls.push((await opening).html_url);
        }
        catch (error) {
            if (!warn)
                throw error;
            warn(`could not open the issue "${draft.title}": ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return urls;
}

;// CONCATENATED MODULE: ./lib/github/compare.js
/** The history of the repository on GitHub. */
function githubHistory(gh, repo) {
    return {
        async relation(running, hotfix) {
            const { data } = await gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
                ...repo,
                basehead: `${running}...${hotfix}`,
                per_page: 1,
            });
            return data.status;
        },
    };
}

// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./lib/github/merge-back.js


/** The GitHub setting a 403 on PR creation points at. */
const PR_SETTING = 'Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"';
const DRAFT_MUTATION = `mutation HotfixMergeBackDraft($id: ID!) {
  convertPullRequestToDraft(input: { pullRequestId: $id }) { pullRequest { isDraft } }
}`;
/** Opens the merge-back PRs, each base on its own; a base that fails is a warning. */
async function openMergeBacks(gh, repo, input) {
    const bases = [...new Set(input.bases)].filter((b) => b !== input.branch);
    return Promise.all(bases.map(async (base) => {
        if (input.openBases?.has(base))
            return { base, outcome: 'open' };
        try {
            return await openMergeBack(gh, repo, input, base);
        }
        catch (error) {
            if ((0,github_errors/* statusOf */.c)(error) === 422 && /No commits between/i.test(detailsOf(error))) {
                input.notice(`merge-back: ${base} already has every commit of ${input.branch}; no PR needed`);
                return { base, outcome: 'contained' };
            }
            input.warn(explain(error, base, input.branch));
            return { base, outcome: 'failed' };
        }
    }));
}
async function openMergeBack(gh, repo, input, base) {
    const lookup = async () => {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls', {
            ...repo,
            head: `${repo.owner}:${input.branch}`,
            base,
            state: 'open',
            per_page: 1,
        });
        return data[0];
    };
    let created = false;
    const pull = await (0,create_once/* createOnce */.Ur)({
        lookupFirst: input.openBases === undefined,
        lookup,
        create: async () => {
            const { data } = await gh.request('POST /repos/{owner}/{repo}/pulls', {
                ...repo,
                title: `Hotfix ${input.hotfix.padded}${input.title ? `: ${input.title.slice(0, 200)}` : ''}`,
                head: input.branch,
                base,
                body: bodyOf(input, base),
                maintainer_can_modify: true,
                ...create_once/* NO_RETRY */.PE,
            });
            created = true;
            return data;
        },
    });
    if (!created)
        return { base, url: pull.html_url, outcome: 'open' };
    if ((await mergeable(gh, repo, pull, input.sleep)) !== false)
        return { base, url: pull.html_url, outcome: 'opened' };
    // Does not merge cleanly: a draft, with a note that says so.
    await gh.graphql(DRAFT_MUTATION, { id: pull.node_id });
    await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: pull.number,
        body: `⚠️ \`${input.branch}\` does not merge cleanly into \`${base}\`, so this PR is a draft: merge \`${base}\` into the hotfix branch (or rebase it), resolve the conflicts, then mark it ready for review.`,
    });
    return { base, url: pull.html_url, outcome: 'draft' };
}
/**
 * Whether a new PR merges cleanly. GitHub works it out after the create (`null` until then):
 * looked at up to 3 times, a second apart; still unknown is taken as clean.
 */
async function mergeable(gh, repo, pull, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    let known = pull.mergeable ?? null;
    for (let look = 0; look < 3 && known === null; look += 1) {
        if (look > 0)
            await sleep(1000);
        const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            ...repo,
            pull_number: pull.number,
        });
        known = data.mergeable;
    }
    return known;
}
function bodyOf(input, base) {
    return [
        `Carries hotfix ${input.hotfix.padded} home: it resolved in production from \`${input.branch}\`; merge this so that \`${base}\` has the fix too.`,
        '',
        `- Spec: ${input.specUrl}`,
        `- Run: ${input.runUrl}`,
        '',
        'Opened by hotfix-action, which never merges: a human reviews and merges.',
    ].join('\n');
}
/** GitHub's answer to a failed request, as text (its message and errors). */
function detailsOf(error) {
    return JSON.stringify(error.response?.data ?? {});
}
/** A failed merge-back said for a human: a 403 names the setting, a missing base names it. */
function explain(error, base, branch) {
    const status = (0,github_errors/* statusOf */.c)(error);
    const text = detailsOf(error);
    if (status === 403)
        return `merge-back: GitHub refused to open the PR from ${branch} to ${base} (403): this repository does not let GitHub Actions open pull requests; allow it in ${PR_SETTING}, or open it by hand`;
    if (status === 422 && /"field":"base"/.test(text))
        return `merge-back-branches: the branch "${base}" does not exist; no merge-back PR to it (fix the input, or create the branch)`;
    return `merge-back: could not open the PR from ${branch} to ${base}: ${(0,github_errors/* describeGitHubError */.d)(error) ?? String(error)}`;
}

;// CONCATENATED MODULE: ./lib/github/revert.js

/** Opens (or finds) the revert PR; `undefined` when there is nothing to revert. */
async function openRevertPr(gh, repo, input) {
    const branch = `revert/hotfix-${input.hotfix.padded}`;
    const existing = async () => {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls', {
            ...repo,
            head: `${repo.owner}:${branch}`,
            state: 'all',
            per_page: 1,
        });
        return data[0];
    };
    const found = await existing();
    if (found)
        return found.html_url;
    // Is the hotfix in the default branch?
    const { data: merged } = await gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...repo,
        basehead: `${input.sha}...${input.defaultBranch}`,
        per_page: 1,
    });
    if (merged.status !== 'ahead' && merged.status !== 'identical') {
        input.notice(`revert-pr: ${input.defaultBranch} does not contain hotfix ${input.hotfix.padded} (${input.sha.slice(0, 7)}): nothing to revert`);
        return undefined;
    }
    const { data: diff } = await gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...repo,
        basehead: `${input.target}...${input.sha}`,
    });
    const changed = (diff.files ?? []).filter((f) => !f.filename.startsWith(`${input.keep}/`));
    if (changed.length === 0) {
        input.notice(`revert-pr: hotfix ${input.hotfix.padded} changed no file outside ${input.keep}: nothing to revert`);
        return undefined;
    }
    const { data: targetTree } = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        ...repo,
        tree_sha: input.target,
        recursive: 'true',
    });
    const atTarget = new Map(targetTree.tree.map((e) => [e.path ?? '', e]));
    const restore = (path) => {
        const entry = atTarget.get(path);
        return entry?.sha
            ? { path, mode: entry.mode ?? '100644', type: 'blob', sha: entry.sha }
            : { path, mode: '100644', type: 'blob', sha: null };
    };
    const entries = [];
    for (const file of changed) {
        entries.push(restore(file.filename));
        if (file.previous_filename)
            entries.push(restore(file.previous_filename));
    }
    const { data: ref } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ...repo,
        ref: `heads/${input.defaultBranch}`,
    });
    const { data: base } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        ...repo,
        commit_sha: ref.object.sha,
    });
    const { data: tree } = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repo,
        base_tree: base.tree.sha,
        tree: entries,
    });
    const { data: commit } = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repo,
        message: `Revert hotfix ${input.hotfix.padded}: it was rolled back\n\nPuts ${changed.length} file(s) back as they are at ${input.target.slice(0, 7)}, which is what runs now.`,
        tree: tree.sha,
        parents: [ref.object.sha],
    });
    await gh.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repo,
        ref: `refs/heads/${branch}`,
        sha: commit.sha,
    });
    const pr = await (0,create_once/* createOnce */.Ur)({
        lookupFirst: false,
        lookup: existing,
        create: async () => (await gh.request('POST /repos/{owner}/{repo}/pulls', {
            ...repo,
            title: `Revert hotfix ${input.hotfix.padded} (rolled back)`,
            head: branch,
            base: input.defaultBranch,
            body: `Hotfix ${input.hotfix.padded} was rolled back to \`${input.target.slice(0, 7)}\`. This PR reverts its changes on \`${input.defaultBranch}\` so that git matches what runs.`,
            ...create_once/* NO_RETRY */.PE,
        })).data,
    });
    return pr.html_url;
}

// EXTERNAL MODULE: ./lib/github/octokit.js
var octokit = __webpack_require__(1282);
// EXTERNAL MODULE: ./lib/core/report.js
var core_report = __webpack_require__(1565);
;// CONCATENATED MODULE: ./lib/action/reporter.js
/**
 * The Action's reporter: progress in the log (one `core.group` per step), warnings as
 * annotations, and the sticky PR comment kept up to date.
 */


/** Builds the Action's reporter. */
function actionReporter(options = {}) {
    const now = options.now ?? Date.now;
    const minInterval = options.minIntervalMs ?? 5000;
    let grouped = false;
    // A run that is over within the interval writes its comment once, at the end.
    let lastAt = now();
    let timer;
    let latest;
    let writing = Promise.resolve();
    const write = (state) => {
        lastAt = now();
        const report = (0,core_report/* renderReport */.B1)(state);
        writing = writing.then(async () => {
            try {
                const comment = await options.comment?.();
                if (!comment)
                    return;
                await comment.upsert(report);
            }
            catch (error) {
                core/* warning */.$e(`could not update the PR comment: ${error instanceof Error ? error.message : String(error)}`);
            }
        });
        return writing;
    };
    return {
        progress: (message) => io/* info */.pq(message),
        warn: (message) => core/* warning */.$e(message),
        section(title) {
            if (grouped)
                core/* endGroup */.N4();
            core/* startGroup */.Oh(title);
            grouped = true;
        },
        settled: () => writing,
        close() {
            if (grouped)
                core/* endGroup */.N4();
            grouped = false;
            clearTimeout(timer);
            timer = undefined;
        },
        async publish(state) {
            if (!options.comment)
                return;
            latest = state;
            if (state.status !== 'running') {
                clearTimeout(timer);
                timer = undefined;
                void write(state);
                return;
            }
            // While running: at most once per interval; what comes in between is written when the
            // interval is up (the latest state then), so a long step still shows on the PR.
            const wait = lastAt + minInterval - now();
            if (wait <= 0)
                return write(state);
            timer ??= setTimeout(() => {
                timer = undefined;
                if (latest?.status === 'running')
                    void write(latest);
            }, wait);
            timer.unref();
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./lib/node/git.js
/**
 * git through `@actions/exec` with argument arrays: no shell, nothing echoed to the log. The
 * lane only queries (the CLI's repository, the Action's checkout); the demo also builds its own
 * temp repository with it.
 */

/** Runs `git <args>` in `cwd`, silently, whatever its exit code. */
function runGit(cwd, args) {
    return (0,exec/* getExecOutput */.H)('git', [...args], { cwd, silent: true, ignoreReturnCode: true });
}
/** Runs `git <args>` in `cwd` and returns its trimmed stdout; a non-zero exit throws. */
async function git(cwd, args) {
    const { exitCode, stdout, stderr } = await runGit(cwd, args);
    if (exitCode !== 0)
        throw new Error(`git ${args.join(' ')} exited with ${exitCode}: ${stderr.trim()}`);
    return stdout.trim();
}
/** The repo's top folder, the current branch and HEAD's SHA. */
async function repoState(cwd) {
    let root;
    try {
        root = await git(cwd, ['rev-parse', '--show-toplevel']);
    }
    catch {
        throw new Error(`${cwd} is not inside a git repository: run hotfix from your service's repository`);
    }
    const branch = await git(root, ['rev-parse', '--abbrev-ref', 'HEAD']);
    const sha = await git(root, ['rev-parse', 'HEAD']);
    return { root, branch, sha };
}
/**
 * How the hotfix relates to what runs, from the local repository (`git merge-base
 * --is-ancestor`; README, "Never roll production back by accident"). A commit the clone does not
 * have throws (the lane warns and goes on).
 */
function gitHistory(cwd) {
    const contains = async (ancestor, commit) => {
        // Exit 1 is the answer "no"; anything above is git failing.
        const { exitCode, stderr } = await runGit(cwd, [
            'merge-base',
            '--is-ancestor',
            ancestor,
            commit,
        ]);
        if (exitCode > 1)
            throw new Error(`git merge-base: ${stderr.trim()}`);
        return exitCode === 0;
    };
    return {
        async relation(running, hotfix) {
            if (running === hotfix)
                return 'identical';
            if (await contains(running, hotfix))
                return 'ahead';
            return (await contains(hotfix, running)) ? 'behind' : 'diverged';
        },
    };
}

// EXTERNAL MODULE: ./lib/node/workspace.js + 1 modules
var workspace = __webpack_require__(1805);
// EXTERNAL MODULE: ./lib/core/markdown.js
var markdown = __webpack_require__(8346);
// EXTERNAL MODULE: ./lib/core/tasks.js
var tasks = __webpack_require__(973);
;// CONCATENATED MODULE: ./lib/action/follow-ups.js
/**
 * The issues a finished lane opens: T005-T007 (post-mortem) and the escalation issue.
 */




const DAY = 86_400_000;
/** Where hotfix.md is seen on GitHub, on the hotfix branch. */
function specUrlOf(state, ctx) {
    return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/blob/${encodeURI(state.branch)}/${encodeURI(state.specPath)}`;
}
/** The drafts of a finished lane's follow-up issues. */
function followUpDrafts(state, settings, ctx, now) {
    const { padded } = state.hotfix;
    const specUrl = specUrlOf(state, ctx);
    const title = state.title ? ` (${state.title.slice(0, 120)})` : '';
    const link = `Hotfix spec: [${state.specPath}](${specUrl}). Run: ${ctx.runUrl}. Final status: \`${state.status}\`.`;
    const due = (days) => new Date(now + days * DAY).toISOString().slice(0, 10);
    const drafts = [];
    if (settings.postMortemIssues && state.deployment) {
        const skip = (state.skipTests
            ? `\n\n**Essential tests were skipped**: ${(0,markdown/* escapeInline */.VV)(state.skipTests)}`
            : '') +
            (state.allowNoRollback
                ? `\n\n**Deployed without a rollback target**: ${(0,markdown/* escapeInline */.VV)(state.allowNoRollback)}`
                : '') +
            (state.allowDiverged && state.divergedFrom
                ? `\n\n**Deployed although ${(0,core_state/* divergedWords */.q3)(state.divergedFrom.relation)} what ran (${state.divergedFrom.ref.slice(0, 12)})**: ${(0,markdown/* escapeInline */.VV)(state.allowDiverged)}`
                : '');
        drafts.push({
            marker: issueMarker(padded, 'T005'),
            title: `T005 ${tasks/* TASK_TITLES */.s2.T005}: hotfix ${padded}${title}`,
            body: `Deep dive into why the emergency occurred; write the root cause doc.\n\n**Due**: ${due(2)} (within 48 hours)\n\n${link}`,
            labels: settings.labels,
        }, {
            marker: issueMarker(padded, 'T006'),
            title: `T006 ${tasks/* TASK_TITLES */.s2.T006}: hotfix ${padded}${title}`,
            body: `Replace the hotfix with a proper solution if it is temporary.\n\n${link}`,
            labels: settings.labels,
        }, {
            marker: issueMarker(padded, 'T007'),
            title: `T007 ${tasks/* TASK_TITLES */.s2.T007}: hotfix ${padded}${title}`,
            body: `Team retrospective and process improvements.\n\n**Due**: ${due(7)} (within 7 days)${skip}\n\n${link}`,
            labels: settings.labels,
        });
    }
    if (state.status === 'escalated') {
        const mentions = settings.escalationMentions.join(' ');
        drafts.push({
            marker: issueMarker(padded, 'escalation'),
            title: `🚨 Hotfix ${padded} escalated: manual intervention required`,
            body: `${mentions ? `${mentions}\n\n` : ''}${(0,markdown/* escapeInline */.VV)(state.message ?? '')}\n\n${link}`,
            labels: settings.labels,
        });
    }
    return drafts;
}

;// CONCATENATED MODULE: ./lib/node/clock.js
/** Wall-clock time and `setTimeout` sleeps that an AbortSignal cuts short. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/node/command-runner.js
/**
 * Runs user commands as `bash -c <command>` in their own process group. The command string
 * comes from the workflow's inputs or the spec; untrusted values travel in the environment
 * (`HOTFIX_*`), never in the string. Output is streamed line by line, with secrets masked, and
 * a timeout or an abort kills the whole group.
 */

const TAIL_LINES = 20;
/** The most standard output kept when a spec captures it. */
const MAX_CAPTURE = 1_000_000;
/** The longest line written; the rest of a longer one is dropped. */
const MAX_LINE = 64_000;
/**
 * The environment a user command runs in: the runner's, less every `INPUT_*` variable (the
 * action's inputs, its token among them) and `ACTIONS_RUNTIME_TOKEN`, plus the command's own
 * `HOTFIX_*` values. A command that needs a token gets it from the step's `env:` (README,
 * "Tokens and secrets").
 */
function commandEnvironment(base, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (/^INPUT_/i.test(name) || name.toUpperCase() === 'ACTIONS_RUNTIME_TOKEN')
            continue;
        env[name] = value;
    }
    return { ...env, ...extra };
}
/** Replaces each secret in `text` by `***`. */
function maskSecrets(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret.length >= 4)
            out = out.split(secret).join('***');
    return out;
}
/** Builds a command runner over child processes. */
function processRunner(options) {
    const grace = options.killGraceMs ?? 2000;
    return {
        run(spec, signal) {
            const started = Date.now();
            return new Promise((resolve) => {
                const child = (0,external_node_child_process_.spawn)('bash', ['-c', spec.command], {
                    cwd: options.cwd,
                    env: commandEnvironment(process.env, spec.env),
                    stdio: ['ignore', 'pipe', 'pipe'],
                    detached: true,
                });
                const tail = [];
                let timedOut = false;
                let killTimer;
                const killGroup = () => {
                    const signalGroup = (sig) => {
                        try {
                            process.kill(-child.pid, sig);
                        }
                        catch {
                            /* already gone */
                        }
                    };
                    signalGroup('SIGTERM');
                    killTimer ??= setTimeout(() => signalGroup('SIGKILL'), grace);
                };
                const timer = setTimeout(() => {
                    timedOut = true;
                    killGroup();
                }, spec.timeoutMs);
                const onAbort = () => killGroup();
                signal?.addEventListener('abort', onAbort, { once: true });
                if (signal?.aborted)
                    killGroup();
                const pipe = (stream) => {
                    let partial = '';
                    stream.on('data', (chunk) => {
                        const text = partial + chunk.toString('utf8');
                        const lines = text.split('\n');
                        partial = lines.pop() ?? '';
                        // A runaway command printing megabytes on one line is cut, not buffered forever; a
                        // line that ends inside this chunk is cut the same way (the unfinished part may have
                        // reached almost the limit before the chunk added to it).
                        if (partial.length > MAX_LINE) {
                            lines.push(partial);
                            partial = '';
                        }
                        for (const line of lines)
                            emit(line.slice(0, MAX_LINE));
                    });
                    stream.on('end', () => {
                        if (partial !== '')
                            emit(partial);
                    });
                };
                const emit = (line) => {
                    const masked = maskSecrets(line, options.secrets ?? []);
                    options.writeLine(`  [${spec.label}] ${masked}`);
                    tail.push(masked);
                    if (tail.length > TAIL_LINES)
                        tail.shift();
                };
                let stdout = '';
                if (spec.captureStdout) {
                    child.stdout.on('data', (chunk) => {
                        if (stdout.length < MAX_CAPTURE)
                            stdout += chunk.toString('utf8');
                    });
                }
                else {
                    pipe(child.stdout);
                }
                pipe(child.stderr);
                const done = (exitCode) => {
                    clearTimeout(timer);
                    if (killTimer)
                        clearTimeout(killTimer);
                    signal?.removeEventListener('abort', onAbort);
                    resolve({
                        exitCode,
                        timedOut,
                        tail: tail.join('\n'),
                        durationMs: Date.now() - started,
                        ...(spec.captureStdout ? { stdout: maskSecrets(stdout, options.secrets ?? []) } : {}),
                    });
                };
                child.on('error', (error) => {
                    emit(`could not start: ${error.message}`);
                    done(127);
                });
                child.on('close', (code) => done(code));
            });
        },
    };
}

;// CONCATENATED MODULE: ./lib/node/webhook.js
/**
 * `notify-webhook` (README, "Keeping people informed"): each URL gets a `POST` of Slack's
 * incoming-webhook shape, `{"text": ..., "hotfix": {...}}`. A webhook that fails or does not
 * answer within {@link WEBHOOK_TIMEOUT_MS} is tried once more, then it is a warning: a
 * notification never fails the lane or holds it.
 */

/** How long one attempt may take. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** The JSON body a webhook receives. */
function webhookBody(notification, link) {
    const { text, event, status, number, environment, sha } = notification;
    return JSON.stringify({
        text,
        hotfix: { number, event, status, environment, sha, url: link },
    });
}
/** A notifier posting to every URL at once; `undefined` when there is none. */
function webhookNotifier(options) {
    if (options.urls.length === 0)
        return undefined;
    return {
        async notify(notification) {
            const body = webhookBody(notification, options.link);
            await Promise.all(options.urls.map((url, index) => deliver(url, index + 1, body, notification, options)));
        },
    };
}
async function deliver(url, line, body, notification, options) {
    const send = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
    const problems = [];
    for (let attempt = 1; attempt <= 2; attempt += 1) {
        try {
            const response = await send(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body,
                redirect: 'manual',
                signal: AbortSignal.timeout(timeoutMs),
            });
            await response.body?.cancel().catch(() => { });
            if (response.ok)
                return;
            problems.push(`answered ${response.status}`);
        }
        catch (error) {
            problems.push(error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
                ? `no answer within ${(0,duration/* formatDuration */.a3)(timeoutMs)}`
                : 'could not be reached');
        }
    }
    // The URL is a credential: the warning names the line and the host only.
    options.warn(`notify-webhook line ${line} (${new URL(url).host}): the ${notification.event} notification was not delivered (${problems.join(', then ')}); the lane goes on`);
}

// EXTERNAL MODULE: ./lib/core/monitor.js + 1 modules
var monitor = __webpack_require__(5566);
;// CONCATENATED MODULE: ./lib/sources/command.js
/** Reads the object of numbers a monitor command printed. */
function parseMonitorOutput(stdout) {
    const text = stdout.trim();
    const lastLine = text.split('\n').at(-1) ?? '';
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        try {
            parsed = JSON.parse(lastLine);
        }
        catch {
            throw new Error(`monitor-command printed no JSON object: ${JSON.stringify(text.slice(0, 120))}`);
        }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error('monitor-command must print one JSON object of numbers, e.g. {"error_rate": 0.01}');
    }
    const values = {};
    for (const [key, value] of Object.entries(parsed)) {
        if (typeof value === 'number' && Number.isFinite(value))
            values[key] = value;
    }
    return values;
}
/** Builds the command source. The command string comes from the workflow's inputs only. */
function commandSource(options) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    return {
        name: 'monitor-command',
        async sample(signal) {
            // The one process runner (README, "Layout"): the workspace as cwd, the action's inputs
            // out of the environment, secrets masked, the whole group killed on a timeout or abort.
            const result = await options.runner.run({
                label: 'monitor-command',
                command: options.command,
                env: options.env ?? {},
                timeoutMs,
                captureStdout: true,
            }, signal);
            if (result.timedOut)
                throw new Error(`monitor-command did not finish within ${timeoutMs} ms`);
            if (result.exitCode !== 0) {
                const last = result.tail.split('\n').at(-1) ?? '';
                throw new Error(`monitor-command exited with ${result.exitCode ?? 'a signal'}${last ? `: ${last.slice(0, 200)}` : ''}`);
            }
            return parseMonitorOutput(result.stdout ?? '');
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./lib/sources/endpoint.js
var endpoint = __webpack_require__(5637);
;// CONCATENATED MODULE: ./lib/sources/http-probe.js
/**
 * The HTTP probe: one sample = several GET requests to each URL. Gives `error_rate` (share of
 * failed requests), `latency_p95_ms`, `latency_max_ms` and `availability` (share of URLs that
 * answered at least once). A failure is a network error, a status >= 400, a redirect (3xx: a
 * health endpoint answers itself; redirects are not followed), or a request that has not
 * finished within its deadline (a hard one: a server trickling bytes cannot stretch it). At most
 * {@link MAX_BODY_BYTES} of a body are read (README, "The HTTP probe").
 */



/** How much of a body the probe reads; the rest is not waited for. */
const MAX_BODY_BYTES = 64 * 1024;
const agents = {
    http: new external_node_http_.Agent({ keepAlive: true, maxSockets: 16 }),
    https: new external_node_https_.Agent({ keepAlive: true, maxSockets: 16 }),
};
function probeOnce(target, timeoutMs, signal) {
    return new Promise((resolve) => {
        const started = performance.now();
        const { url } = target;
        const lib = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        let settled = false;
        const settle = (probe) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            resolve(probe);
        };
        const req = lib.request(url, {
            method: 'GET',
            agent: url.protocol === 'https:' ? agents.https : agents.http,
            headers: { 'user-agent': 'hotfix-action-probe', ...target.headers },
            signal,
        }, (res) => {
            const status = res.statusCode ?? 599;
            let read = 0;
            const done = () => settle({ ok: status < 300, ms: performance.now() - started });
            res.on('data', (chunk) => {
                read += chunk.length;
                // Enough of the body: the answer is known; the rest is not waited for.
                if (read >= MAX_BODY_BYTES) {
                    done();
                    req.destroy();
                }
            });
            res.on('end', done);
            res.on('error', () => settle({ ok: false }));
            res.on('close', () => settle({ ok: false }));
        });
        // A hard deadline for the whole request, body included.
        const deadline = setTimeout(() => {
            settle({ ok: false });
            req.destroy(new Error('timeout'));
        }, timeoutMs);
        req.on('error', () => settle({ ok: false }));
        req.end();
    });
}
/** The p-th percentile (nearest rank) of sorted numbers. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return Number.NaN;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
/** Builds the HTTP probe source. */
function httpProbe(options) {
    const urls = options.urls.map((u) => (0,endpoint/* endpoint */.sR)(u, options.headers));
    const requests = options.requests ?? 5;
    const timeoutMs = options.timeoutMs ?? 5000;
    return {
        name: 'http-probe',
        async sample(signal) {
            const perUrl = await Promise.all(urls.map((url) => Promise.all(Array.from({ length: requests }, () => probeOnce(url, timeoutMs, signal)))));
            if (signal?.aborted)
                throw signal.reason ?? new Error('aborted');
            const all = perUrl.flat();
            const failed = all.filter((p) => !p.ok).length;
            const latencies = all
                .filter((p) => p.ms !== undefined)
                .map((p) => p.ms)
                .sort((a, b) => a - b);
            const values = {
                error_rate: failed / all.length,
                availability: perUrl.filter((probes) => probes.some((p) => p.ok)).length / perUrl.length,
            };
            if (latencies.length > 0) {
                values.latency_p95_ms = Math.round(percentile(latencies, 95) * 100) / 100;
                values.latency_max_ms = Math.round(latencies.at(-1) * 100) / 100;
            }
            return values;
        },
    };
}

;// CONCATENATED MODULE: ./lib/sources/prometheus.js

/** Reads a query answer's single value; `undefined` for no data. */
function instantValue(answer) {
    const data = answer.data;
    if (!data)
        return undefined;
    if (data.resultType === 'scalar' && Array.isArray(data.result))
        return toNumber(data.result[1]);
    if (data.resultType !== 'vector' || !Array.isArray(data.result)) {
        throw new Error(`expected an instant vector or scalar, got ${data.resultType}`);
    }
    if (data.result.length === 0)
        return undefined;
    if (data.result.length > 1)
        throw new Error(`the query returned ${data.result.length} series; aggregate it to one (e.g. sum(...))`);
    const first = data.result[0];
    return toNumber(first.value?.[1]);
}
/** Prometheus writes sample values as Go does: `+Inf`, `-Inf`, `NaN` or a decimal. */
function toNumber(text) {
    if (text === '+Inf' || text === 'Inf')
        return Number.POSITIVE_INFINITY;
    if (text === '-Inf')
        return Number.NEGATIVE_INFINITY;
    const n = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
    return Number.isFinite(n) ? n : undefined;
}
/** Builds the Prometheus source. */
function prometheusSource(options) {
    const { url: baseUrl, headers } = (0,endpoint/* endpoint */.sR)(options.baseUrl, options.headers);
    const base = baseUrl.href.replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? 10_000;
    return {
        name: 'prometheus',
        async sample(signal) {
            const values = {};
            await Promise.all(options.queries.map(async (query) => {
                const url = `${base}/api/v1/query?query=${encodeURIComponent(query)}`;
                const timeout = AbortSignal.timeout(timeoutMs);
                const res = await fetch(url, {
                    headers,
                    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
                });
                const body = (await res.json().catch(() => undefined));
                if (!body || typeof body !== 'object')
                    throw new Error(`${url} answered ${res.status} without JSON`);
                if (body.status !== 'success')
                    throw new Error(`query ${JSON.stringify(query)} failed: ${body.error ?? res.status}`);
                const value = instantValue(body);
                if (value !== undefined)
                    values[query] = value;
            }));
            return values;
        },
    };
}

;// CONCATENATED MODULE: ./lib/sources/index.js
/**
 * Builds the metric source of a run from its settings and thresholds.
 */








/** The sources the settings name, combined; `undefined` when there is none. */
function buildSources(settings, thresholds, context = {}) {
    const sources = [];
    // A probe request must answer well within one interval, or the cadence slips.
    const timeoutMs = Math.max(250, Math.min(5000, Math.floor(settings.monitorIntervalMs / 2)));
    if (settings.probeUrls.length > 0)
        sources.push(httpProbe({ urls: settings.probeUrls, timeoutMs, headers: settings.monitorHeaders }));
    const queries = thresholds.filter((t) => t.promql).map((t) => t.metric);
    if (settings.prometheusUrl && queries.length > 0) {
        sources.push(prometheusSource({
            baseUrl: settings.prometheusUrl,
            queries,
            headers: settings.monitorHeaders,
        }));
    }
    if (settings.monitorCommand) {
        if (!context.runner)
            throw new Error('monitor-command needs the process runner: pass it to buildSources');
        sources.push(commandSource({
            command: settings.monitorCommand,
            env: context.env,
            runner: context.runner,
            timeoutMs: Math.max(1000, settings.monitorIntervalMs),
        }));
    }
    return sources.length === 0 ? undefined : (0,monitor/* combineSources */.y6)(sources);
}

;// CONCATENATED MODULE: ./lib/wiring/lane-ports.js




/** Plugs the shared Node adapters into the lane's ports. */
function lanePorts(options) {
    const { settings, reporter } = options;
    const runner = processRunner({
        cwd: options.root,
        writeLine: (line) => reporter.progress(line),
        secrets: options.secrets,
    });
    return {
        clock: systemClock,
        runner,
        store: options.store,
        files: options.files,
        reporter,
        sources: (thresholds, env) => buildSources(settings, thresholds, { env, runner }),
        notifier: webhookNotifier({
            urls: settings.notifyWebhooks,
            link: options.link,
            warn: (message) => reporter.warn(message),
            ...(options.fetch ? { fetch: options.fetch } : {}),
        }),
        ...(options.history ? { history: options.history } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/action/session.js
/**
 * One Action run's parts, built once from the runner's context and the inputs: the GitHub
 * client, the deployment store, the reporter and the lane's ports.
 */




















/** Saved for the post step: deployments still `in_progress` (main.ts reads it by this name). */
const OPEN_DEPLOYMENTS_STATE = 'open-deployments';
/** The parts of one run. */
class Session {
    ctx;
    token;
    settings;
    signal;
    secrets;
    gh;
    requests = [];
    /** The default branch, when the event's payload names it (saves a request). */
    defaultBranch;
    /** The bases the hotfix branch has open PRs to, when the PR lookup said (README, "Carrying the fix home"). */
    openBases;
    login;
    constructor(ctx, token, settings, signal, 
    /** Never printed: masked in every line a command writes. */
    secrets = [token]) {
        this.ctx = ctx;
        this.token = token;
        this.settings = settings;
        this.signal = signal;
        this.secrets = secrets;
        this.gh = (0,octokit.createGitHub)({
            token,
            baseUrl: ctx.apiUrl,
            warn: (message) => core/* warning */.$e(message),
            onRequest: (method, url) => this.requests.push(`${method} ${url}`),
            attemptTimeoutMs: Math.ceil(ctx.githubWaitMs / 6),
        });
    }
    /**
     * The open PR of a branch; the token's login comes with it in the same request (a GraphQL
     * answer without it, or a GraphQL error, falls back to the REST reads).
     */
    async pullRequestOf(branch) {
        try {
            const { pr, login, openBases } = await (0,comments/* findPullRequestAndLogin */.At)(this.gh, this.ctx.repo, branch);
            if (login)
                this.login ??= Promise.resolve(login);
            this.openBases = openBases;
            return pr;
        }
        catch {
            return (0,comments/* findPullRequest */._f)(this.gh, this.ctx.repo, branch);
        }
    }
    /** The token's own login (looked up once). */
    ownLogin() {
        this.login ??= (0,comments/* ownLogin */.C4)(this.gh, this.token);
        return this.login;
    }
    /** The deployment store; open deployments are saved for the post step. */
    store() {
        return githubDeploymentStore(this.gh, this.ctx.repo, {
            runKey: `${this.ctx.runId}-${this.ctx.runAttempt}`,
            onOpenChange: (open) => core/* saveState */.LZ(OPEN_DEPLOYMENTS_STATE, JSON.stringify(open)),
        });
    }
    /** The sticky comment of a hotfix on a PR (no PR: none). */
    comment(hotfix, pr) {
        if (pr === undefined || this.settings.dryRun)
            return async () => undefined;
        let comment;
        return () => {
            comment ??= this.ownLogin().then((login) => new comments/* StickyComment */.HU(this.gh, this.ctx.repo, pr, (0,comments/* commentMarker */.Ql)(hotfix.padded), login, this.settings.escalationMentions));
            return comment;
        };
    }
    /** The lane's input for a hotfix, with every port plugged. */
    async laneInput(hotfix, branch, sha, files, pr, settings = this.settings) {
        const { ctx } = this;
        const features = await (0,workspace/* featuresDirOf */.QJ)(ctx.workspace, settings.featuresDir);
        if (features.notice)
            core/* notice */.lm(features.notice);
        const reporter = actionReporter({ comment: this.comment(hotfix, pr) });
        const ports = lanePorts({
            root: ctx.workspace,
            settings,
            store: this.store(),
            files,
            reporter,
            secrets: this.secrets,
            link: pr !== undefined
                ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/pull/${pr}`
                : ctx.runUrl,
            fetch: octokit/* proxyFetch */.Z,
            history: githubHistory(this.gh, ctx.repo),
        });
        const input = {
            hotfix,
            branch,
            sha,
            featuresDir: features.dir,
            settings,
            version: version/* VERSION */.x,
            ports,
            logUrl: ctx.runUrl,
            signal: this.signal,
            recordWaitMs: ctx.githubWaitMs,
        };
        return { input, reporter };
    }
    /** The tree of a commit from the checkout, when it has it (saves a request). */
    async localTree(sha) {
        try {
            return (await git(this.ctx.workspace, ['rev-parse', `${sha}^{tree}`])) || undefined;
        }
        catch {
            return undefined;
        }
    }
    /**
     * `work`, or nothing with a warning when GitHub has not answered it within the GitHub wait
     * (README, "The rollback never waits on GitHub"); a failure is a warning too.
     */
    async within(work, what) {
        try {
            await (0,deadline/* within */.u)(work, this.ctx.githubWaitMs, () => core/* warning */.$e(`could not ${what}: GitHub did not answer within ${(0,duration/* formatDuration */.a3)(this.ctx.githubWaitMs)}; the run ends without it`));
        }
        catch (error) {
            core/* warning */.$e(`could not ${what}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        }
    }
    /** Outputs, job summary, metrics and follow-up issues of a finished run. */
    async finish(state) {
        const { settings } = this;
        const clock = (0,core_state/* resolutionClock */.zS)(state, Date.now());
        core/* setOutput */.uH('hotfix-number', state.hotfix.padded);
        core/* setOutput */.uH('hotfix-slug', state.hotfix.slug);
        core/* setOutput */.uH('spec-path', state.specPath);
        core/* setOutput */.uH('tasks-path', state.tasksPath);
        core/* setOutput */.uH('status', state.status);
        core/* setOutput */.uH('deployment-id', state.deployment ? String(state.deployment.id) : '');
        core/* setOutput */.uH('rollback-target', state.rollbackTarget ?? '');
        core/* setOutput */.uH('time-to-resolution-seconds', String(clock.seconds));
        core/* setOutput */.uH('within-target', String(clock.withinTarget ?? true));
        await io/* appendSummary */.fe((0,core_report/* renderReport */.B1)(state, 'summary'));
        if (settings.dryRun)
            return;
        try {
            await (0,workspace/* recordMetrics */.Hd)(this.ctx.workspace, state);
        }
        catch (error) {
            core/* warning */.$e(`could not write .specswarm/workflow-metrics.json: ${error instanceof Error ? error.message : String(error)}`);
        }
        // The revert PR, the merge-back PRs and the follow-up issues do not wait for each other.
        await Promise.all([
            this.within(this.revertPr(state), 'open the revert PR'),
            this.within(this.mergeBack(state), 'open the merge-back PRs'),
            this.within(this.followUps(state), 'open the follow-up issues'),
        ]);
    }
    /** The default branch: the event payload's, else asked of GitHub. */
    async defaultBranchName() {
        return (this.defaultBranch ??
            (await this.gh.request('GET /repos/{owner}/{repo}', { ...this.ctx.repo })).data.default_branch);
    }
    /** The revert PR of a successful rollback, when asked for. */
    async revertPr(state) {
        if (!this.settings.revertPr ||
            state.rollback?.state !== 'success' ||
            !state.rollbackTarget ||
            !state.sha)
            return;
        const url = await openRevertPr(this.gh, this.ctx.repo, {
            hotfix: state.hotfix,
            sha: state.sha,
            target: state.rollbackTarget,
            defaultBranch: await this.defaultBranchName(),
            keep: external_node_path_.posix.dirname(state.specPath),
            notice: (m) => core/* notice */.lm(m),
        });
        if (url)
            io/* info */.pq(`Revert PR: ${url}`);
    }
    /**
     * After `resolved`, a PR from the hotfix branch to the default branch and to each of
     * `merge-back-branches` when none is open (README, "Carrying the fix home").
     */
    async mergeBack(state) {
        if (!this.settings.mergeBack || state.status !== 'resolved')
            return;
        const defaultBranch = await this.defaultBranchName();
        const results = await openMergeBacks(this.gh, this.ctx.repo, {
            hotfix: state.hotfix,
            title: state.title,
            branch: state.branch,
            bases: [defaultBranch, ...this.settings.mergeBackBranches],
            openBases: this.openBases,
            specUrl: specUrlOf(state, this.ctx),
            runUrl: this.ctx.runUrl,
            warn: (message) => core/* warning */.$e(message),
            notice: (message) => core/* notice */.lm(message),
        });
        for (const r of results)
            if (r.outcome === 'opened' || r.outcome === 'draft')
                io/* info */.pq(`Merge-back PR to ${r.base}: ${r.url}${r.outcome === 'draft' ? ' (draft: it does not merge cleanly)' : ''}`);
    }
    /** T005-T007 and the escalation issue; each one that cannot be opened is a warning. */
    async followUps(state) {
        const drafts = followUpDrafts(state, this.settings, this.ctx, Date.now());
        if (drafts.length === 0)
            return;
        const urls = await ensureIssues(this.gh, this.ctx.repo, drafts, await this.ownLogin(), this.settings.escalationMentions, (message) => core/* warning */.$e(message));
        if (urls.length > 0)
            io/* info */.pq(`Follow-up issues: ${urls.join(' ')}`);
    }
}


/***/ }),

/***/ 1282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ proxyFetch),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub)
/* harmony export */ });
/* unused harmony export DEFAULT_ATTEMPT_TIMEOUT_MS */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3411);
/**
 * The GitHub client, built once with `@actions/github`'s `getOctokit` (the runner's proxy
 * settings, typed routes, pagination) and two plugins: retries of 5xx (the retry plugin) and
 * rate limits and secondary rate limits waited out with their `retry-after` (the throttling
 * plugin). Writes are not spaced out in advance (a hotfix makes a handful of them and cannot wait
 * a second each): the plugin's `write` group only gates the start of each write (its job is a
 * no-op), so with no `minTime` writes go out side by side and the follow-up issues never queue
 * behind a slow comment write. Each attempt has a deadline: fetch has none of its own.
 */






/** How long one attempt of a request may wait for GitHub's answer. */
const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000;
/** `@actions/github`'s fetch: through the runner's proxy settings (also for webhooks). */
const proxyFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
/**
 * `@actions/github`'s fetch (which goes through the runner's proxy) with a deadline on each
 * attempt: fetch has none, and GitHub may never answer. Each attempt is counted here, at the
 * HTTP layer, so that retries count too.
 */
function fetchWithDeadline(timeoutMs, onRequest) {
    const base = proxyFetch;
    return (url, init) => {
        onRequest?.(init?.method ?? 'GET', url);
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return base(url, { ...init, signal });
    };
}
/** A throttling handler: warns, and retries up to `tries` times after GitHub's `retry-after`. */
function waitAndRetry(kind, tries, warn) {
    return (retryAfter, request, _octokit, retryCount) => {
        warn(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return retryCount < tries;
    };
}
/** Builds the client. */
function createGitHub(options) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: `hotfix-action/${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}`,
        request: {
            ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request,
            fetch: fetchWithDeadline(options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS, options.onRequest),
        },
        log: { debug: () => { }, info: () => { }, warn: options.warn, error: options.warn },
        throttle: {
            write: new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__.Group({ maxConcurrent: 1, minTime: 0 }),
            notifications: new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__.Group({ maxConcurrent: 1, minTime: 0 }),
            onRateLimit: waitAndRetry('rate limit', 2, options.warn),
            onSecondaryRateLimit: waitAndRetry('secondary rate limit', 3, options.warn),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The version stamped into the files the action writes: package.json's, written by scripts/version.mjs. */
const VERSION = '0.1.0';


/***/ })

};
