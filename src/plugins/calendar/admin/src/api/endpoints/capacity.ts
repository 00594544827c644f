/**
 * Capacity, absences and workload: the Workload view's table and forms, and the check the assign
 * controls make before saving. Any write refetches the table (tag `Workload`), and so does a
 * workflow move (an assignment changes someone's load).
 */
import {
  capacityPaths,
  type Absence,
  type Capacity,
  type CapacityInput,
  type CapacityList,
  type CreateAbsenceInput,
  type UpdateAbsenceInput,
  type Workload,
  type WorkloadCheck,
} from '../../../../core/contracts/capacity';
import type { Envelope } from '../../../../core/contracts/fields';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

export interface WorkloadArgs {
  from?: string;
  weeks?: number;
  assignee?: string;
}
export interface WorkloadCheckArgs {
  assignee: number;
  documentId: string;
  locale?: string | null;
}

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getWorkload: build.query<Workload, WorkloadArgs>({
      query: (args) => get(capacityPaths.workload(), { ...args }),
      transformResponse: (r: Envelope<Workload>) => unwrap(r),
      providesTags: ['Workload'],
    }),
    getCapacities: build.query<CapacityList, void>({
      query: () => get(capacityPaths.capacities()),
      transformResponse: (r: Envelope<CapacityList>) => unwrap(r),
      providesTags: ['Workload'],
    }),
    setCapacity: build.mutation<Capacity, { userId: number } & CapacityInput>({
      query: ({ userId, ...body }) => send('PUT', capacityPaths.capacity(userId), body),
      transformResponse: (r: Envelope<Capacity>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Workload']),
    }),
    createAbsence: build.mutation<Absence, CreateAbsenceInput>({
      query: (body) => send('POST', capacityPaths.absences(), body),
      transformResponse: (r: Envelope<Absence>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Workload']),
    }),
    updateAbsence: build.mutation<Absence, { id: number } & UpdateAbsenceInput>({
      query: ({ id, ...body }) => send('PUT', capacityPaths.absence(id), body),
      transformResponse: (r: Envelope<Absence>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['Workload']),
    }),
    deleteAbsence: build.mutation<void, number>({
      query: (id) => send('DELETE', capacityPaths.absence(id)),
      invalidatesTags: afterWrite(() => ['Workload']),
    }),
    checkWorkload: build.query<WorkloadCheck, WorkloadCheckArgs>({
      query: ({ assignee, documentId, locale }) => get(capacityPaths.check(), { assignee, documentId, locale }),
      transformResponse: (r: Envelope<WorkloadCheck>) => unwrap(r),
      providesTags: ['Workload'],
      keepUnusedDataFor: 0,
    }),
  }),
});

export const {
  useGetWorkloadQuery,
  useGetCapacitiesQuery,
  useSetCapacityMutation,
  useCreateAbsenceMutation,
  useUpdateAbsenceMutation,
  useDeleteAbsenceMutation,
  useLazyCheckWorkloadQuery,
  useCheckWorkloadQuery,
} = api;
