/**
 * A GraphQL validation rule that bounds the work of one operation before it runs. The depth limit
 * bounds nesting and `maxLimit` each page, but neither bounds breadth or fan-out: a thousand
 * aliased `contentPieces`, or `localizations` inside `localizations`, each page multiplying the
 * next, would run thousands of queries. Two budgets, fragments expanded where they are spread:
 * - `maxFields`: fields selected in the text;
 * - `maxLoads`: relation loads, each selection of an object field counted once per parent it is
 *   resolved for (a paginated field yields `pagination.limit` parents, the default page when not
 *   given, the largest when a variable), plus a fixed weight for expensive fields.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface OperationBudget {
  maxFields: number;
  maxLoads: number;
  defaultLimit: number;
  maxLimit: number;
  /** Loads a field costs on its own (a feed built from many rows). */
  weights: Record<string, number>;
}

type Cost = { fields: number; loads: number };

/** The page a paginated field asks for, as far as the text tells. */
function pageOf(field: FieldNode, budget: OperationBudget): number {
  const pagination = field.arguments?.find((a) => a.name.value === 'pagination')?.value;
  if (!pagination) return budget.defaultLimit;
  if (pagination.kind !== Kind.OBJECT) return budget.maxLimit;
  const size = pagination.fields.find((f) => f.name.value === 'limit' || f.name.value === 'pageSize')?.value;
  if (!size) return budget.defaultLimit;
  if (size.kind !== Kind.INT) return budget.maxLimit;
  const n = Number(size.value);
  return n < 1 || n > budget.maxLimit ? budget.maxLimit : n;
}

export function operationBudget(budget: OperationBudget) {
  return (context: ValidationContext) => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Loads are linear in the number of parents, so a fragment is costed once, for one parent.
    const fragmentCosts = new Map<string, Cost>();
    const costOf = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined | null, visiting: Set<string>): Cost => {
      const total: Cost = { fields: 0, loads: 0 };
      // Fields are counted as written; loads once per parent they are resolved for.
      const add = (cost: Cost, parents = 1) => {
        total.fields += cost.fields;
        total.loads += cost.loads * parents;
      };
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          total.fields += 1;
          if (!selection.selectionSet) continue;
          const definition = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
          total.loads += 1 + (budget.weights[selection.name.value] ?? 0);
          const parents = definition?.args.some((a) => a.name === 'pagination') ? pageOf(selection, budget) : 1;
          add(costOf(selection.selectionSet, definition ? getNamedType(definition.type) : undefined, visiting), parents);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          add(costOf(selection.selectionSet, condition, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue; // a cycle: another rule refuses it
          if (!fragmentCosts.has(name)) {
            visiting.add(name);
            fragmentCosts.set(name, costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), visiting));
            visiting.delete(name);
          }
          add(fragmentCosts.get(name)!);
        }
        if (total.fields > budget.maxFields || total.loads > budget.maxLoads) return total;
      }
      return total;
    };
    return {
      OperationDefinition(node: {
        operation: 'query' | 'mutation' | 'subscription';
        selectionSet: SelectionSetNode;
        name?: { value: string };
      }) {
        const root = node.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
        const cost = costOf(node.selectionSet, root, new Set());
        const name = node.name ? ` "${node.name.value}"` : '';
        const problem =
          cost.fields > budget.maxFields
            ? `selects more than ${budget.maxFields} fields`
            : cost.loads > budget.maxLoads
              ? `would load related data more than ${budget.maxLoads} times (pages multiply their relations); ask for smaller pages or fewer relations`
              : null;
        if (problem) {
          context.reportError(new GraphQLError(`The operation${name} ${problem}.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        }
      },
    };
  };
}
