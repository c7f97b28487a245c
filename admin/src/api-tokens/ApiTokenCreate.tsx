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
      <Create title="regie.api_tokens.issue_title" redirect={false} transform={toIssue} mutationOptions={{ onError, onSuccess: (token: IssuedApiToken) => setIssued(token) }}>
        <SimpleForm
          defaultValues={{ scopes: ['read'] }}
          toolbar={
            <Toolbar>
              <SaveButton label="regie.api_tokens.issue" />
            </Toolbar>
          }
        >
          <TextInput source="name" validate={required()} helperText="regie.api_tokens.name_help" />
          <CheckboxGroupInput source="scopes" choices={SCOPE_CHOICES} row={false} validate={required('regie.api_tokens.choose_scope')} />
          <ReferenceInput source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
            <SelectInput helperText="regie.api_tokens.department_help" />
          </ReferenceInput>
          <DateInput source="expiresAt" helperText="regie.api_tokens.expires_help" />
        </SimpleForm>
      </Create>
      {issued && <SecretDialog name={issued.name as string} secret={issued.secret} onDone={() => redirect('list', 'ApiToken')} />}
    </>
  );
};
