import { Card } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { PasswordInput, SaveButton, SimpleForm, Title, Toolbar, required, useDataProvider, useNotify, type Validator } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import { authProvider } from '../authProvider';
import { serverErrorOf } from '../errors';
import { readSession } from '../session';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const PASSWORD_LENGTH = 'Between 10 and 200 characters';

const sameAsNew: Validator = (value, values: PasswordChange) => (value && value !== values.newPassword ? 'The passwords differ' : undefined);

export const ChangePassword = () => {
  const dataProvider = useDataProvider<RegieDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();

  // Returning errors puts the server's message under the input it names (a wrong current password).
  const save = async ({ currentPassword, newPassword }: PasswordChange) => {
    try {
      await dataProvider.changeMyPassword(currentPassword, newPassword);
    } catch (error) {
      const fields = serverErrorOf(error)?.errors;
      if (fields) return fields;
      const message = error instanceof Error ? error.message : 'The password could not be changed';
      notify(message, { type: 'error', messageArgs: { _: message } });
      return undefined;
    }
    // A new password ends every earlier session, this one too: sign in again with it.
    const email = readSession()?.person.email;
    try {
      if (email) await authProvider.login({ email, password: newPassword });
    } catch {
      notify('Your password has been changed; sign in with it', { type: 'info' });
      navigate('/login');
      return undefined;
    }
    notify('Your password has been changed', { type: 'success' });
    navigate('/');
    return undefined;
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="Change password" />
      <SimpleForm
        onSubmit={(values: Record<string, unknown>) => save(values as unknown as PasswordChange)}
        toolbar={
          <Toolbar>
            <SaveButton label="Change password" />
          </Toolbar>
        }
      >
        <PasswordInput source="currentPassword" label="Current password" autoComplete="current-password" validate={required()} />
        <PasswordInput source="newPassword" label="New password" autoComplete="new-password" validate={required()} helperText={PASSWORD_LENGTH} />
        <PasswordInput source="repeatPassword" label="New password again" autoComplete="new-password" validate={[required(), sameAsNew]} />
      </SimpleForm>
    </Card>
  );
};
