import type { Ctx } from '../../platform/context.ts';
import type { ReportAction, ReportStatus } from './schema.ts';

/**
 * What can be done to a report in each status. A draft is edited, refreshed from the data,
 * checked, issued or deleted; an issued report is frozen: it is downloaded, or corrected by a
 * new version that gets its own number.
 */
export const reportLifecycle = {
  draft: ['edit', 'regenerate', 'check', 'finalise', 'delete', 'download'],
  final: ['check', 'newVersion', 'download'],
} as const satisfies Record<ReportStatus, readonly ReportAction[]>;

const readOnly: readonly ReportAction[] = ['check', 'download'];

/** The actions shown to this caller: province reviewers (and the portal) only read. */
export function actionsFor(ctx: Ctx, status: ReportStatus, communeId: string): ReportAction[] {
  const all: readonly ReportAction[] = reportLifecycle[status];
  const writes =
    ctx.kind === 'system' ||
    (ctx.actor !== null &&
      ['officer', 'leader', 'admin'].includes(ctx.actor.role) &&
      (ctx.scope.write === '*' || ctx.scope.write.includes(communeId)));
  return writes ? [...all] : all.filter((a) => readOnly.includes(a));
}

export function canDo(status: ReportStatus, action: ReportAction): boolean {
  return (reportLifecycle[status] as readonly ReportAction[]).includes(action);
}
