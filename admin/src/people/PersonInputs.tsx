import { BooleanInput, email, maxLength, minLength, PasswordInput, ReferenceInput, required, SelectInput, TextInput, type Validator } from 'react-admin';
import { ROLE_CHOICES } from '../roles';

// The server checks the rest (a unique email, a lead's department) and its messages land on these inputs.
const leadNeedsDepartment: Validator = (value, values: { role?: string }) =>
  values.role === 'DEPARTMENT_LEAD' && !value ? 'regie.people.lead_needs_department' : undefined;

const passwordLength = [minLength(10), maxLength(200)];

/** `isNew`: a password sets the first credential; on edit an empty one keeps the current password. */
export const PersonInputs = ({ isNew = false }: { isNew?: boolean }) => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
    <ReferenceInput source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
      <SelectInput validate={leadNeedsDepartment} helperText="regie.people.department_help" />
    </ReferenceInput>
    <BooleanInput source="active" helperText="regie.people.active_help" />
    <PasswordInput
      source="password"
      label={isNew ? undefined : 'regie.people.new_password'}
      autoComplete="new-password"
      validate={passwordLength}
      helperText={isNew ? 'regie.people.password_help_new' : 'regie.people.password_help_edit'}
    />
  </>
);

/** An untouched password input is not sent: the server would take it as a new password. */
export const withoutEmptyPassword = ({ password, ...rest }: { password?: string | null; [field: string]: unknown }) =>
  password ? { ...rest, password } : rest;
