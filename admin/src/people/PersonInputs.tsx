import { BooleanInput, email, maxLength, minLength, PasswordInput, ReferenceInput, required, SelectInput, TextInput, type Validator } from 'react-admin';
import { ROLE_CHOICES } from '../roles';

// The server checks the rest (a unique email, a lead's department) and its messages land on these inputs.
const leadNeedsDepartment: Validator = (value, values: { role?: string }) =>
  values.role === 'DEPARTMENT_LEAD' && !value ? 'A department lead needs a department' : undefined;

const passwordLength = [minLength(10), maxLength(200)];

/** `isNew`: a password sets the first credential; on edit an empty one keeps the current password. */
export const PersonInputs = ({ isNew = false }: { isNew?: boolean }) => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
    <ReferenceInput source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
      <SelectInput label="Department" validate={leadNeedsDepartment} helperText="Required for a department lead" />
    </ReferenceInput>
    <BooleanInput source="active" helperText="Inactive people cannot sign in; their history stays" />
    <PasswordInput
      source="password"
      label={isNew ? 'Password' : 'New password'}
      autoComplete="new-password"
      validate={passwordLength}
      helperText={isNew ? '10 to 200 characters; without one the person cannot sign in yet' : 'Leave empty to keep the current password'}
    />
  </>
);

/** An untouched password input is not sent: the server would take it as a new password. */
export const withoutEmptyPassword = ({ password, ...rest }: { password?: string | null; [field: string]: unknown }) =>
  password ? { ...rest, password } : rest;
