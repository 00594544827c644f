/**
 * Chat notifications (Settings → Calendar): the hooks, their test message and the recent
 * deliveries. A change to a hook refetches the list; a test message lands in the deliveries.
 */
import type { Envelope } from '../../../../core/contracts/fields';
import {
  chatHookPaths,
  type ChatDeliveriesArgs,
  type ChatDeliveryPage,
  type ChatHook,
  type ChatHookChange,
  type ChatHookInput,
  type ChatHookList,
  type ChatTestResult,
} from '../../../../core/contracts/chat-hooks';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getChatHooks: build.query<ChatHookList, void>({
      query: () => get(chatHookPaths.list()),
      transformResponse: (r: Envelope<ChatHookList>) => unwrap(r),
      providesTags: ['ChatHook'],
    }),
    createChatHook: build.mutation<ChatHook, ChatHookInput>({
      query: (input) => send('POST', chatHookPaths.create(), input),
      transformResponse: (r: Envelope<ChatHook>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['ChatHook']),
    }),
    updateChatHook: build.mutation<ChatHook, { id: number; change: ChatHookChange }>({
      query: ({ id, change }) => send('PUT', chatHookPaths.update(id), change),
      transformResponse: (r: Envelope<ChatHook>) => unwrap(r),
      // Turning a hook off drops what it had queued: the deliveries change too.
      invalidatesTags: afterWrite(() => ['ChatHook', 'ChatDelivery']),
    }),
    deleteChatHook: build.mutation<void, number>({
      query: (id) => send('DELETE', chatHookPaths.remove(id)),
      invalidatesTags: afterWrite(() => ['ChatHook', 'ChatDelivery']),
    }),
    testChatHook: build.mutation<ChatTestResult, number>({
      query: (id) => send('POST', chatHookPaths.test(id), {}),
      transformResponse: (r: Envelope<ChatTestResult>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['ChatDelivery']),
    }),
    getChatDeliveries: build.query<ChatDeliveryPage, ChatDeliveriesArgs>({
      query: (args) => get(chatHookPaths.deliveries(), args),
      providesTags: ['ChatDelivery'],
    }),
  }),
});

export const {
  useGetChatHooksQuery,
  useCreateChatHookMutation,
  useUpdateChatHookMutation,
  useDeleteChatHookMutation,
  useTestChatHookMutation,
  useGetChatDeliveriesQuery,
} = api;
