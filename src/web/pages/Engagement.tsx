import { useTranslation } from 'react-i18next';

export function EngagementPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.engagement')}</h1>;
}
