/** Copy the plan into next year: the preview (no writes) and the apply, which refetches what it fills in. */
import type { Envelope } from '../../../../core/contracts/fields';
import { planCopyPaths, type PlanCopyAnswer, type PlanCopyInput } from '../../../../core/contracts/plan-copy';
import { afterWrite, calendarApi, send, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    previewPlanCopy: build.mutation<PlanCopyAnswer, PlanCopyInput>({
      query: (input) => send('POST', planCopyPaths.preview(), input),
      transformResponse: (r: Envelope<PlanCopyAnswer>) => unwrap(r),
    }),
    applyPlanCopy: build.mutation<PlanCopyAnswer, PlanCopyInput>({
      query: (input) => send('POST', planCopyPaths.apply(), input),
      transformResponse: (r: Envelope<PlanCopyAnswer>) => unwrap(r),
      // New themes, cells, goals and ideas: the wheel, the grid, coverage, KPIs and the reference data.
      invalidatesTags: afterWrite((input) => [
        'Occurrence',
        'Piece',
        { type: 'Plan', id: input.targetYear },
        'Coverage',
        'Kpi',
        'Reference',
      ]),
    }),
  }),
});

export const { usePreviewPlanCopyMutation, useApplyPlanCopyMutation } = api;
