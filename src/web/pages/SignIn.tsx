// Sign-in with the session cookie (POST /api/v1/auth/login), then back to where the user was going.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../api.ts';
import { Field } from '../components/ui.tsx';
import { LANGUAGES } from '../i18n/index.ts';
import { useSession } from '../session.tsx';

export function SignIn() {
  const { t, i18n } = useTranslation();
  const { me, signIn } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const next = params.get('next');
  if (me) return <Navigate to={next?.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email, password);
    } catch (err) {
      setError(err instanceof ApiError && (err.status === 401 || err.status === 400) ? t('signIn.failed') : err instanceof ApiError ? err.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin" id="main">
      <form onSubmit={(e) => void submit(e)} className="card" aria-labelledby="signin-title">
        <h1 id="signin-title">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        <Field label={t('signIn.email')}>{(id) => <input id={id} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
        <Field label={t('signIn.password')}>
          {(id) => <input id={id} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
          <span className="spacer" />
          {LANGUAGES.map((l) => (
            <button key={l} type="button" className="link-button" aria-pressed={i18n.language === l} onClick={() => void i18n.changeLanguage(l)} lang={l}>
              {l === 'en' ? 'English' : 'Русский'}
            </button>
          ))}
        </div>
      </form>
    </main>
  );
}
