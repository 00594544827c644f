/** The budget: lines and spend entries of a year, the report, and their writes (all tagged Budget). */
import {
  budgetPaths,
  type BudgetLine,
  type BudgetLineInput,
  type BudgetList,
  type BudgetReport,
  type BudgetThemeUse,
  type SpendEntry,
  type SpendEntryInput,
} from '../../../../core/contracts/budget';
import type { BudgetGrouping } from '../../../../core/budget/budget-report';
import type { Envelope } from '../../../../core/contracts/fields';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

type Update<T> = { documentId: string; changes: Partial<T>; expectedUpdatedAt: string };

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getBudgetList: build.query<BudgetList, { year: number }>({
      query: ({ year }) => get(budgetPaths.list(), { year }),
      transformResponse: (r: Envelope<BudgetList>) => unwrap(r),
      providesTags: ['Budget'],
    }),
    getBudgetReport: build.query<BudgetReport, { year: number; by: BudgetGrouping }>({
      query: ({ year, by }) => get(budgetPaths.report(), { year, by }),
      transformResponse: (r: Envelope<BudgetReport>) => unwrap(r),
      providesTags: ['Budget'],
    }),
    /** Each theme's share spent, for the year wheel's budget ring (a spend entry recolours it). */
    getBudgetThemeUse: build.query<BudgetThemeUse, { year: number }>({
      query: ({ year }) => get(budgetPaths.themeUse(), { year }),
      transformResponse: (r: Envelope<BudgetThemeUse>) => unwrap(r),
      providesTags: ['Budget'],
    }),
    createBudgetLine: build.mutation<BudgetLine, BudgetLineInput>({
      query: (input) => send('POST', budgetPaths.lines(), input),
      transformResponse: (r: Envelope<BudgetLine>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Budget']),
    }),
    updateBudgetLine: build.mutation<BudgetLine, Update<BudgetLineInput>>({
      query: ({ documentId, changes, expectedUpdatedAt }) => send('PUT', budgetPaths.line(documentId), { ...changes, expectedUpdatedAt }),
      transformResponse: (r: Envelope<BudgetLine>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Budget']),
    }),
    deleteBudgetLine: build.mutation<void, string>({
      query: (documentId) => send('DELETE', budgetPaths.line(documentId)),
      invalidatesTags: afterWrite(() => ['Budget']),
    }),
    createSpendEntry: build.mutation<SpendEntry, SpendEntryInput>({
      query: (input) => send('POST', budgetPaths.entries(), input),
      transformResponse: (r: Envelope<SpendEntry>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Budget']),
    }),
    updateSpendEntry: build.mutation<SpendEntry, Update<SpendEntryInput>>({
      query: ({ documentId, changes, expectedUpdatedAt }) => send('PUT', budgetPaths.entry(documentId), { ...changes, expectedUpdatedAt }),
      transformResponse: (r: Envelope<SpendEntry>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Budget']),
    }),
    deleteSpendEntry: build.mutation<void, string>({
      query: (documentId) => send('DELETE', budgetPaths.entry(documentId)),
      invalidatesTags: afterWrite(() => ['Budget']),
    }),
  }),
});

export const {
  useGetBudgetListQuery,
  useGetBudgetReportQuery,
  useGetBudgetThemeUseQuery,
  useCreateBudgetLineMutation,
  useUpdateBudgetLineMutation,
  useDeleteBudgetLineMutation,
  useCreateSpendEntryMutation,
  useUpdateSpendEntryMutation,
  useDeleteSpendEntryMutation,
} = api;
