import { lazy, Suspense, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api';
import { AuthProvider, useAuth } from './auth';
import { AppLayout } from './AppLayout';
import { LoginPage } from './LoginPage';
import { PageSpinner } from '../components/PageSpinner';

/**
 * A page's code is loaded on first visit. After a redeploy an open tab asks for chunk names that
 * no longer exist: reload once to get the new ones instead of showing a blank page.
 */
function page<T extends { default: React.ComponentType }>(load: () => Promise<T>) {
  return lazy(() =>
    load().catch((err: unknown) => {
      const key = 'tdkt:chunk-reload';
      if (!sessionStorage.getItem(key)) {
        sessionStorage.setItem(key, '1');
        window.location.reload();
        return new Promise<T>(() => {});
      }
      sessionStorage.removeItem(key);
      throw err;
    }),
  );
}

const Dashboard = page(() => import('../features/dashboard/DashboardPage'));
const UnitsPage = page(() => import('../features/units/UnitsPage'));
const UnitDetailPage = page(() => import('../features/units/UnitDetailPage'));
const PeoplePage = page(() => import('../features/people/PeoplePage'));
const PersonDetailPage = page(() => import('../features/people/PersonDetailPage'));
const HouseholdsPage = page(() => import('../features/households/HouseholdsPage'));
const HouseholdDetailPage = page(() => import('../features/households/HouseholdDetailPage'));
const ImportPage = page(() => import('../features/imports/ImportPage'));
const AuditPage = page(() => import('../features/audit/AuditPage'));
const UsersPage = page(() => import('../features/users/UsersPage'));
const CatalogPage = page(() => import('../features/rules/CatalogPage'));
const MoneyPage = page(() => import('../features/rules/MoneyPage'));
const CheckPage = page(() => import('../features/rules/CheckPage'));
const RuleSettingsPage = page(() => import('../features/rules/RuleSettingsPage'));
const CalendarPage = page(() => import('../features/rules/CalendarPage'));
const DossiersPage = page(() => import('../features/dossiers/DossiersPage'));
const DossierDetailPage = page(() => import('../features/dossiers/DossierDetailPage'));
const CouncilsPage = page(() => import('../features/councils/CouncilsPage'));
const RegisterPage = page(() => import('../features/records/RegisterPage'));
const RecordsPage = page(() => import('../features/records/RecordsPage'));
const SessionPage = page(() => import('../features/councils/SessionPage'));
const ConsultationsPage = page(() => import('../features/consultation/ConsultationsPage'));
const ConsultationPage = page(() => import('../features/consultation/ConsultationPage'));
const VerifyPage = page(() => import('../features/certificates/VerifyPage'));
const CertificateLayoutPage = page(() => import('../features/certificates/CertificateLayoutPage'));
const PlansPage = page(() => import('../features/plans/PlansPage'));
const PlanDetailPage = page(() => import('../features/plans/PlanDetailPage'));
const TasksPage = page(() => import('../features/tasks/TasksPage'));
const MovementsPage = page(() => import('../features/movements/MovementsPage'));
const MovementDetailPage = page(() => import('../features/movements/MovementDetailPage'));
const RegistrationsPage = page(() => import('../features/registrations/RegistrationsPage'));
const RegistrationDetailPage = page(() => import('../features/registrations/RegistrationDetailPage'));
const OutboxPage = page(() => import('../features/reminders/OutboxPage'));
const NotFoundPage = page(() => import('./NotFoundPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; network and 5xx errors get one more try.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 1,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
    mutations: { retry: false },
  },
});

function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpinner />;
  if (!me) {
    const next = location.pathname + location.search;
    const to = next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
    return <Navigate to={to} replace />;
  }
  return <>{children}</>;
}

function Localized({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : viVN}
      theme={{
        token: { colorPrimary: '#b71c1c', colorLink: '#1d4ed8', borderRadius: 6 },
        components: {
          Layout: { siderBg: '#1f1f1f', triggerBg: '#141414', headerBg: '#ffffff', headerPadding: '0 16px' },
          Menu: { darkItemBg: '#1f1f1f', darkSubMenuItemBg: '#171717', darkItemSelectedBg: '#b71c1c' },
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Localized>
        <BrowserRouter>
          <AuthProvider>
            <Suspense fallback={<PageSpinner />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/cong-khai" element={<ConsultationsPage />} />
                <Route path="/cong-khai/:id" element={<ConsultationPage />} />
                <Route path="/verify/:code" element={<VerifyPage />} />
                <Route
                  element={
                    <RequireAuth>
                      <AppLayout />
                    </RequireAuth>
                  }
                >
                  <Route index element={<Dashboard />} />
                  <Route path="units" element={<UnitsPage />} />
                  <Route path="units/:id" element={<UnitDetailPage />} />
                  <Route path="people" element={<PeoplePage />} />
                  <Route path="people/:id" element={<PersonDetailPage />} />
                  <Route path="households" element={<HouseholdsPage />} />
                  <Route path="households/:id" element={<HouseholdDetailPage />} />
                  <Route path="import" element={<ImportPage />} />
                  <Route path="audit" element={<AuditPage />} />
                  <Route path="users" element={<UsersPage />} />
                  <Route path="rules" element={<CatalogPage />} />
                  <Route path="rules/money" element={<MoneyPage />} />
                  <Route path="rules/check" element={<CheckPage />} />
                  <Route path="dossiers" element={<DossiersPage />} />
                  <Route path="dossiers/:id" element={<DossierDetailPage />} />
                  <Route path="councils" element={<CouncilsPage />} />
                  <Route path="councils/sessions/:id" element={<SessionPage />} />
                  <Route path="register" element={<RegisterPage />} />
                  <Route path="records" element={<RecordsPage />} />
                  <Route path="admin/rule-settings" element={<RuleSettingsPage />} />
                  <Route path="admin/calendar" element={<CalendarPage />} />
                  <Route path="admin/certificate-layout" element={<CertificateLayoutPage />} />
                  <Route path="plans" element={<PlansPage />} />
                  <Route path="plans/:id" element={<PlanDetailPage />} />
                  <Route path="tasks" element={<TasksPage />} />
                  <Route path="movements" element={<MovementsPage />} />
                  <Route path="movements/:id" element={<MovementDetailPage />} />
                  <Route path="registrations" element={<RegistrationsPage />} />
                  <Route path="registrations/:id" element={<RegistrationDetailPage />} />
                  <Route path="admin/outbox" element={<OutboxPage />} />
                  <Route path="dashboard" element={<Navigate to="/" replace />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </AuthProvider>
        </BrowserRouter>
      </Localized>
    </QueryClientProvider>
  );
}
