import { Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, required, TextInput } from 'react-admin';

// react-admin's login card with an email instead of a username; a refusal ("Wrong email or
// password", "Too many failed sign-ins; …") shows as the server words it.
export const LoginPage = () => (
  <Login>
    <Typography component="h1" variant="h5" align="center">
      Regie
    </Typography>
    <Typography variant="body2" color="text.secondary" align="center">
      Sign in to the CX regie
    </Typography>
    <LoginForm>
      <TextInput autoFocus source="email" label="Email" type="email" autoComplete="email" validate={required()} />
      <PasswordInput source="password" label="Password" autoComplete="current-password" validate={required()} />
    </LoginForm>
  </Login>
);
