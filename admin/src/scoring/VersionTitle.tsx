import { useRecordContext, useTranslate } from 'react-admin';

/** A version as its record is named (titles, references): "Version 3", "Versie 3". */
export const VersionTitle = () => {
  const model = useRecordContext<{ version: number }>();
  const translate = useTranslate();
  return model ? <>{translate('regie.scoring.version', { version: model.version })}</> : null;
};
