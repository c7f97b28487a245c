import { Admin, Resource } from 'react-admin';
import { dataProvider } from './dataProvider';
import { departments } from './departments';

// Resource names are the GraphQL type names: ra-data-graphql-simple derives the operations
// (allDepartments, updateDepartment, …) from them.
export const App = () => (
  <Admin dataProvider={dataProvider} title="Regie" disableTelemetry>
    <Resource name="Department" {...departments} />
  </Admin>
);
