import { SearchInput as RaSearchInput, TextInput as RaTextInput, useTranslate, type SearchInputProps, type TextInputProps } from 'react-admin';

// react-admin translates an input's label and helper text, not its placeholder: these do.

export const TextInput = ({ placeholder, ...props }: TextInputProps) => {
  const translate = useTranslate();
  return <RaTextInput {...props} placeholder={placeholder && translate(placeholder, { _: placeholder })} />;
};

export const SearchInput = ({ placeholder, ...props }: SearchInputProps) => {
  const translate = useTranslate();
  return <RaSearchInput {...props} placeholder={placeholder && translate(placeholder, { _: placeholder })} />;
};
