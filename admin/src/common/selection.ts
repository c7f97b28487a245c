import type { SparseFields } from '../dataProvider';

/**
 * The GraphQL selection of `fields`, in the notation of ra-data-graphql-simple's sparseFields
 * (`['id', { department: ['id', 'name'] }]` → `id department { id name }`): the admin's own
 * queries ask for the same fields as its resource pages, from one definition.
 */
export function selectionOf(fields: SparseFields): string {
  return fields
    .map(field =>
      typeof field === 'string'
        ? field
        : Object.entries(field)
            .map(([name, nested]) => `${name} { ${selectionOf(nested)} }`)
            .join(' '),
    )
    .join(' ');
}
