import { useState } from 'react';
import { CheckboxGroupInput, Create, DateInput, ReferenceInput, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, useRedirect } from 'react-admin';
import { endOfDay } from '../common/dates';
import type { IssuedApiToken } from '../dataProvider';
import { useSaveErrorHandler } from '../errors';
import { SCOPE_CHOICES } from './scopes';
import { SecretDialog } from './SecretDialog';

/** The expiry date means "valid through that day". */
const toIssue = ({ expiresAt, ...rest }: { expiresAt?: string | null }) => ({ ...rest, expiresAt: endOfDay(expiresAt) });

// The data provider's create issues the token (issueApiToken); its answer holds the secret, shown once.
export const ApiTokenCreate = () => {
  const onError = useSaveErrorHandler();
  const redirect = useRedirect();
  const [issued, setIssued] = useState<IssuedApiToken>();
  return (
    <>
      <Create title="Issue an API token" redirect={false} transform={toIssue} mutationOptions={{ onError, onSuccess: (token: IssuedApiToken) => setIssued(token) }}>
        <SimpleForm
          defaultValues={{ scopes: ['read'] }}
          toolbar={
            <Toolbar>
              <SaveButton label="Issue token" />
            </Toolbar>
          }
        >
          <TextInput source="name" validate={required()} helperText="What uses it, e.g. Survey tool or BI dashboard" />
          <CheckboxGroupInput source="scopes" choices={SCOPE_CHOICES} row={false} validate={required('Choose at least one scope')} />
          <ReferenceInput source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
            <SelectInput label="Department" helperText="Bind the token to one department; empty: all departments" />
          </ReferenceInput>
          <DateInput source="expiresAt" label="Valid until" helperText="The last day it works; empty: until revoked" />
        </SimpleForm>
      </Create>
      {issued && <SecretDialog name={issued.name as string} secret={issued.secret} onDone={() => redirect('list', 'ApiToken')} />}
    </>
  );
};
