// The frame of every signed-in page: left navigation, top bar with the user's name, role and party,
// and the language switch.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LANGUAGES } from '../i18n/index.ts';
import { useMe, useSession } from '../session.tsx';
import { Loading } from './ui.tsx';

export function Shell() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const links = [
    ['/', 'nav.summary'],
    ['/instructions', 'nav.instructions'],
    ['/schedule', 'nav.schedule'],
    ['/intake', 'nav.intake'],
    ['/documents', 'nav.documents'],
  ] as const;
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <span className="brand">
          {t('app.name')} <small>{t('app.tagline')}</small>
        </span>
        <div className="who" aria-label={t('user.signedInAs')}>
          <span className="who-name" data-testid="user-name">{me.name}</span>
          <span className="who-role" data-testid="user-role">{t(`roles.${me.role}`)}</span>
          <span className="who-party" data-testid="user-party">{me.party ?? t('user.joint')}</span>
        </div>
        <div className="lang">
          <label htmlFor="lang-select" className="visually-hidden">
            {t('user.language')}
          </label>
          <select id="lang-select" value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : 'Русский'}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="link-button" onClick={() => void signOut()}>
          {t('user.signOut')}
        </button>
      </header>
      <nav className="sidenav" aria-label={t('nav.label')}>
        <ul>
          {links.map(([to, key]) => (
            <li key={to}>
              <NavLink to={to} end={to === '/'}>
                {t(key)}
              </NavLink>
            </li>
          ))}
          {me.role === 'admin' && (
            <li>
              <NavLink to="/audit">{t('nav.audit')}</NavLink>
            </li>
          )}
          <li className="nav-sep">
            <a href="/api/docs">{t('nav.api')}</a>
          </li>
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
