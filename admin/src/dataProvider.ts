import buildGraphQLProvider from 'ra-data-graphql-simple';
import { withServerErrors } from './errors';

// Same origin as the admin: the server serves both, and `npm run dev` proxies /graphql.
export const dataProvider = withServerErrors(buildGraphQLProvider({ clientOptions: { uri: '/graphql' } }));
