// Entry: translations, the session, and client-side routes. Pages other than sign-in and the summary
// load on demand so the first page stays small.
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { Shell } from './components/Shell.tsx';
import { Loading } from './components/ui.tsx';
import { prefetch } from './hooks.ts';
import { initI18n } from './i18n/index.ts';
import { NotFound } from './pages/NotFound.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { prefetchSummary, SummaryPage } from './pages/Summary.tsx';
import { RegistryProvider, SessionProvider, useSession } from './session.tsx';
import './styles.css';

const Instructions = lazy(() => import('./pages/Instructions.tsx').then((m) => ({ default: m.InstructionsPage })));
const Instruction = lazy(() => import('./pages/Instruction.tsx').then((m) => ({ default: m.InstructionPage })));
const Schedule = lazy(() => import('./pages/Schedule.tsx').then((m) => ({ default: m.SchedulePage })));
const Engagement = lazy(() => import('./pages/Engagement.tsx').then((m) => ({ default: m.EngagementPage })));
const Intake = lazy(() => import('./pages/Intake.tsx').then((m) => ({ default: m.IntakePage })));
const Audit = lazy(() => import('./pages/Audit.tsx').then((m) => ({ default: m.AuditPage })));
const Documents = lazy(() => import('./pages/Documents.tsx').then((m) => ({ default: m.DocumentsPage })));

function RequireSession() {
  const { me, checking } = useSession();
  const location = useLocation();
  if (checking) return <Loading />;
  if (!me) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <RegistryProvider>
      <Outlet />
    </RegistryProvider>
  );
}

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignIn /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <Shell />,
        children: [
          { index: true, element: <SummaryPage /> },
          { path: 'instructions', element: <Instructions /> },
          { path: 'instructions/:id', element: <Instruction /> },
          { path: 'schedule', element: <Schedule /> },
          { path: 'engagements/:id', element: <Engagement /> },
          { path: 'intake', element: <Intake /> },
          { path: 'documents', element: <Documents /> },
          { path: 'documents/:id', element: <Documents /> },
          { path: 'audit', element: <Audit /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

// The session check leaves at once, and on the summary's address its requests with it rather than after
// it answers (one round trip less before the first page is usable; see bench/web.ts).
prefetch('/auth/me');
if (location.pathname === '/') prefetchSummary(new URLSearchParams(location.search));
await initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </StrictMode>,
  );
}
