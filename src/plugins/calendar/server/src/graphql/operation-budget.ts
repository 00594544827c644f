/**
 * A GraphQL validation rule that refuses an operation selecting more than `maxFields` fields once
 * its fragments are expanded. The depth limit bounds nesting and `maxLimit` each list, but
 * neither bounds breadth: a body of a thousand aliased `contentPieces` would run a thousand
 * queries.
 */
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export function operationBudget(maxFields: number) {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const sizes = new Map<string, number>();
    // A fragment's size is counted once and reused; a cycle (refused by another rule) counts as 0.
    const sizeOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
      let total = 0;
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) total += 1 + sizeOf(selection.selectionSet, visiting);
        else if (selection.kind === Kind.INLINE_FRAGMENT) total += sizeOf(selection.selectionSet, visiting);
        else {
          const name = selection.name.value;
          if (!sizes.has(name)) {
            if (visiting.has(name)) continue;
            visiting.add(name);
            sizes.set(name, sizeOf(fragments.get(name)?.selectionSet, visiting));
            visiting.delete(name);
          }
          total += sizes.get(name)!;
        }
        if (total > maxFields) return total;
      }
      return total;
    };
    return {
      OperationDefinition(node: { selectionSet: SelectionSetNode; name?: { value: string } }) {
        const size = sizeOf(node.selectionSet, new Set());
        if (size > maxFields) {
          context.reportError(
            new GraphQLError(`The operation${node.name ? ` "${node.name.value}"` : ''} selects more than ${maxFields} fields; split it.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            })
          );
        }
      },
    };
  };
}
