import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DepartmentResolver } from './modules/department/department.resolver.js';

export const resolvers = [DepartmentResolver] as const;

export function buildRegieSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

const HEADER = '# Generated from the server code by `npm run schema -w server`; do not edit.\n\n';

/** The committed schema.graphql: sorted, so that it changes only when the API does. */
export function printRegieSchema(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
