import { useTranslation } from 'react-i18next';

export function SchedulePage() {
  const { t } = useTranslation();
  return <h1>{t('nav.schedule')}</h1>;
}
