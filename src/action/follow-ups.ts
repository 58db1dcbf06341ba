/**
 * The issues a finished lane opens: T005-T007 (post-mortem) and the escalation issue.
 */
import { escapeInline } from '../core/markdown.js';
import type { LaneSettings } from '../core/settings.js';
import { divergedWords, type LaneState } from '../core/state.js';
import { TASK_TITLES } from '../core/tasks.js';
import { issueMarker, type IssueDraft } from '../github/issues.js';
import type { RunnerContext } from './context.js';

const DAY = 86_400_000;

/** Where hotfix.md is seen on GitHub, on the hotfix branch. */
export function specUrlOf(
  state: Pick<LaneState, 'branch' | 'specPath'>,
  ctx: Pick<RunnerContext, 'serverUrl' | 'repo'>,
): string {
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/blob/${encodeURI(state.branch)}/${encodeURI(state.specPath)}`;
}

/** The drafts of a finished lane's follow-up issues. */
export function followUpDrafts(
  state: LaneState,
  settings: LaneSettings,
  ctx: RunnerContext,
  now: number,
): IssueDraft[] {
  const { padded } = state.hotfix;
  const specUrl = specUrlOf(state, ctx);
  const title = state.title ? ` (${state.title.slice(0, 120)})` : '';
  const link = `Hotfix spec: [${state.specPath}](${specUrl}). Run: ${ctx.runUrl}. Final status: \`${state.status}\`.`;
  const due = (days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);
  const drafts: IssueDraft[] = [];
  if (settings.postMortemIssues && state.deployment) {
    const skip =
      (state.skipTests
        ? `\n\n**Essential tests were skipped**: ${escapeInline(state.skipTests)}`
        : '') +
      (state.allowNoRollback
        ? `\n\n**Deployed without a rollback target**: ${escapeInline(state.allowNoRollback)}`
        : '') +
      (state.allowDiverged && state.divergedFrom
        ? `\n\n**Deployed although ${divergedWords(state.divergedFrom.relation)} what ran (${state.divergedFrom.ref.slice(0, 12)})**: ${escapeInline(state.allowDiverged)}`
        : '');
    drafts.push(
      {
        marker: issueMarker(padded, 'T005'),
        title: `T005 ${TASK_TITLES.T005}: hotfix ${padded}${title}`,
        body: `Deep dive into why the emergency occurred; write the root cause doc.\n\n**Due**: ${due(2)} (within 48 hours)\n\n${link}`,
        labels: settings.labels,
      },
      {
        marker: issueMarker(padded, 'T006'),
        title: `T006 ${TASK_TITLES.T006}: hotfix ${padded}${title}`,
        body: `Replace the hotfix with a proper solution if it is temporary.\n\n${link}`,
        labels: settings.labels,
      },
      {
        marker: issueMarker(padded, 'T007'),
        title: `T007 ${TASK_TITLES.T007}: hotfix ${padded}${title}`,
        body: `Team retrospective and process improvements.\n\n**Due**: ${due(7)} (within 7 days)${skip}\n\n${link}`,
        labels: settings.labels,
      },
    );
  }
  if (state.status === 'escalated') {
    const mentions = settings.escalationMentions.join(' ');
    drafts.push({
      marker: issueMarker(padded, 'escalation'),
      title: `🚨 Hotfix ${padded} escalated: manual intervention required`,
      body: `${mentions ? `${mentions}\n\n` : ''}${escapeInline(state.message ?? '')}\n\n${link}`,
      labels: settings.labels,
    });
  }
  return drafts;
}
