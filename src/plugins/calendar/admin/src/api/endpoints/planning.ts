/** Planning insight: the quarterly grid and its cells, coverage with its gaps, the KPI report and results. */
import type { CoverageQuery, CoverageReport } from '../../../../core/contracts/coverage';
import { coveragePaths } from '../../../../core/contracts/coverage';
import type { Envelope } from '../../../../core/contracts/fields';
import { kpiPaths, type KpiData, type KpiQuery, type KpiResultInput, type SavedKpiResult } from '../../../../core/contracts/kpis';
import { quarterlyGridPaths, type PlanCellInput, type PlanGrid, type SavedPlanCell } from '../../../../core/contracts/quarterly-grid';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getPlanGrid: build.query<PlanGrid, number>({
      query: (year) => get(quarterlyGridPaths.grid(), { year }),
      transformResponse: (r: Envelope<PlanGrid>) => unwrap(r),
      providesTags: (_r, _e, year) => [{ type: 'Plan', id: year }],
    }),
    /** One cell; a 409 (someone else saved it) reloads the grid. */
    savePlanCell: build.mutation<SavedPlanCell, PlanCellInput>({
      query: (input) => send('PUT', quarterlyGridPaths.saveCell(), input),
      transformResponse: (r: Envelope<SavedPlanCell>) => unwrap(r),
      invalidatesTags: afterWrite((input) => [{ type: 'Plan', id: input.year }]),
    }),
    getCoverage: build.query<CoverageReport, CoverageQuery>({
      query: (q) => get(coveragePaths.report(), q),
      transformResponse: (r: Envelope<CoverageReport>) => unwrap(r),
      providesTags: ['Coverage'],
    }),
    getKpis: build.query<KpiData, KpiQuery>({
      query: (q) => get(kpiPaths.report(), q),
      transformResponse: (r: Envelope<KpiData>) => unwrap(r),
      providesTags: ['Kpi'],
    }),
    saveKpiResults: build.mutation<SavedKpiResult[], KpiResultInput[]>({
      query: (results) => send('POST', kpiPaths.recordByHand(), results.length === 1 ? results[0] : { results }),
      transformResponse: (r: Envelope<SavedKpiResult[]>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Kpi']),
    }),
  }),
});

export const { useGetPlanGridQuery, useSavePlanCellMutation, useGetCoverageQuery, useGetKpisQuery, useSaveKpiResultsMutation } = api;
