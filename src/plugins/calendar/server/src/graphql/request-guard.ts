/**
 * An Apollo Server plugin for what validation rules cannot see:
 * - input size: argument values in the text and the variables together may hold at most
 *   `maxInputNodes` values, so a 20,000-term `or` filter is refused before the database sees it;
 * - internal errors: Strapi's formatter attaches the original error (an SQL statement, a stack
 *   overflow) to INTERNAL_SERVER_ERROR responses; callers get the message only. Strapi logs it.
 */
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Values in the variables (the set itself not counted), without recursion, stopping past `limit`. */
function countVariables(variables: Record<string, unknown>, limit: number): number {
  const pending: unknown[] = Object.values(variables);
  let count = 0;
  while (pending.length && count <= limit) {
    const next = pending.pop();
    count += 1;
    if (isObject(next)) pending.push(...(Array.isArray(next) ? next : Object.values(next)));
  }
  return count;
}

function countLiterals(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    [Kind.OBJECT_FIELD]: () => void (count += 1),
    [Kind.LIST]: (node) => void (count += node.values.length),
  });
  return count;
}

type RequestContext = {
  document?: DocumentNode;
  request: { variables?: Record<string, unknown> | null };
  response: { body: { kind: string; singleResult?: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> } } };
};

export function requestGuard(maxInputNodes: number) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }: RequestContext) {
          const size = (document ? countLiterals(document) : 0) + countVariables(request.variables ?? {}, maxInputNodes);
          if (size > maxInputNodes) {
            throw new GraphQLError(`The operation's arguments and variables hold more than ${maxInputNodes} values.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
        async willSendResponse({ response }: RequestContext) {
          for (const error of response.body.kind === 'single' ? (response.body.singleResult?.errors ?? []) : []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') delete error.extensions.error;
          }
        },
      };
    },
  };
}
