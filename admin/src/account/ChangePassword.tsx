import { Card } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { PasswordInput, SaveButton, SimpleForm, Title, Toolbar, required, useDataProvider, useNotify, useTranslate, type Validator } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import { authProvider } from '../authProvider';
import { serverErrorOf } from '../errors';
import { readSession } from '../session';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const sameAsNew: Validator = (value, values: PasswordChange) => (value && value !== values.newPassword ? 'regie.account.passwords_differ' : undefined);

export const ChangePassword = () => {
  const dataProvider = useDataProvider<RegieDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const translate = useTranslate();

  // Returning errors puts the server's message under the input it names (a wrong current password).
  const save = async ({ currentPassword, newPassword }: PasswordChange) => {
    try {
      await dataProvider.changeMyPassword(currentPassword, newPassword);
    } catch (error) {
      const fields = serverErrorOf(error)?.errors;
      if (fields) return fields;
      const message = error instanceof Error ? error.message : translate('regie.account.not_changed');
      notify(message, { type: 'error', messageArgs: { _: message } });
      return undefined;
    }
    // A new password ends every earlier session, this one too: sign in again with it.
    const email = readSession()?.person.email;
    try {
      if (email) await authProvider.login({ email, password: newPassword });
    } catch {
      notify('regie.account.changed_sign_in', { type: 'info' });
      navigate('/login');
      return undefined;
    }
    notify('regie.account.changed', { type: 'success' });
    navigate('/');
    return undefined;
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="regie.account.change_password" />
      <SimpleForm
        onSubmit={(values: Record<string, unknown>) => save(values as unknown as PasswordChange)}
        toolbar={
          <Toolbar>
            <SaveButton label="regie.account.change_password" />
          </Toolbar>
        }
      >
        <PasswordInput source="currentPassword" label="regie.account.current_password" autoComplete="current-password" validate={required()} />
        <PasswordInput source="newPassword" label="regie.account.new_password" autoComplete="new-password" validate={required()} helperText="regie.account.password_length" />
        <PasswordInput source="repeatPassword" label="regie.account.repeat_password" autoComplete="new-password" validate={[required(), sameAsNew]} />
      </SimpleForm>
    </Card>
  );
};
