import { Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';

// react-admin's login card with an email instead of a username; a refusal ("Wrong email or
// password", "Too many failed sign-ins; …") shows as the server words it.
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography component="h1" variant="h5" align="center">
        Regie
      </Typography>
      <Typography variant="body2" color="text.secondary" align="center">
        {translate('regie.layout.login.subtitle')}
      </Typography>
      <LoginForm>
        <TextInput autoFocus source="email" label="regie.layout.login.email" type="email" autoComplete="email" validate={required()} />
        <PasswordInput source="password" label="regie.layout.login.password" autoComplete="current-password" validate={required()} />
      </LoginForm>
    </Login>
  );
};
