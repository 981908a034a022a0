import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken, setUnauthorizedHandler } from './api';
import { canWith, unitsWith, type AbilityScope, type Action, type ResourceType } from '../../shared/access';
import type { AuthResponse, Me } from './types';

export const ME_KEY = ['auth', 'me'] as const;

interface AuthContextValue {
  me: Me | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  logoutAll: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  /**
   * May the user do `action` on `resource`: anywhere, or in a unit (its path, or its id and its
   * ancestors' ids). Read from the abilities the server sent; the server decides for real.
   */
  can: (resource: ResourceType, action: Action, where?: { unitPath?: string | null; unitIds?: readonly number[] }) => boolean;
  /** the granted units where the user may do `action` on `resource` (to pick a unit to act for) */
  unitsWhere: (resource: ResourceType, action: Action) => AbilityScope[];
  /** today in Việt Nam by the server's clock (YYYY-MM-DD), the default of date fields */
  today: string;
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    const res = await api.get<AuthResponse>('/auth/me', undefined, { skipAuthRedirect: true });
    setCsrfToken(res.csrfToken);
    return res.user;
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const meQuery = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });

  const signedOut = useCallback(() => {
    setCsrfToken(null);
    // Forget every cached answer: the next user must not see the previous one's data.
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    qc.setQueryData(ME_KEY, null);
  }, [qc]);

  useEffect(() => {
    setUnauthorizedHandler(signedOut);
    return () => setUnauthorizedHandler(null);
  }, [signedOut]);

  const login = useCallback(
    async (username: string, password: string) => {
      const res = await api.post<AuthResponse>('/auth/login', { username, password }, { skipAuthRedirect: true });
      setCsrfToken(res.csrfToken);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      qc.setQueryData(ME_KEY, res.user);
      return res.user;
    },
    [qc],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout', undefined, { skipAuthRedirect: true });
    } finally {
      signedOut();
    }
  }, [signedOut]);

  const logoutAll = useCallback(async () => {
    try {
      await api.post('/auth/logout-all', undefined, { skipAuthRedirect: true });
    } finally {
      signedOut();
    }
  }, [signedOut]);

  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    const res = await api.post<Partial<AuthResponse> | undefined>('/auth/password', { currentPassword, newPassword });
    // The server may rotate the session on a password change; keep the new token if it sends one.
    if (res?.csrfToken) setCsrfToken(res.csrfToken);
  }, []);

  const me = meQuery.data ?? null;
  const can = useCallback<AuthContextValue['can']>((resource, action, where) => canWith(me?.abilities, resource, action, where), [me]);
  const unitsWhere = useCallback<AuthContextValue['unitsWhere']>((resource, action) => unitsWith(me?.abilities, resource, action), [me]);
  const today = me?.today ?? localToday();

  const value = useMemo<AuthContextValue>(
    () => ({ me, loading: meQuery.isPending, login, logout, logoutAll, changePassword, can, unitsWhere, today }),
    [me, meQuery.isPending, login, logout, logoutAll, changePassword, can, unitsWhere, today],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** Today by the browser's clock, in Việt Nam — only until the session (and the server's today) is known. */
function localToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Today by the server's clock (YYYY-MM-DD). */
export function useToday(): string {
  return useAuth().today;
}

/**
 * The page-level questions the registry pages ask, answered from the session's abilities. The server
 * decides for real; this only hides buttons that would be refused.
 */
export function usePermissions() {
  const { can } = useAuth();
  return {
    canManageUnits: can('unit', 'update'),
    canEditPeople: can('person', 'update'),
    /** people and households; units are imported by those who manage units */
    canImport: can('person', 'import'),
    canViewAudit: can('audit', 'read'),
    canManageUsers: can('user', 'update'),
    /** rule parameters (base salary, rounding, unconfirmed values); the server also wants a grant on the root unit */
    canEditRuleSettings: can('rule_settings', 'update'),
    /** declared days off and make-up working days */
    canEditCalendar: can('calendar', 'update'),
    /** the outbox of mail (reminders), and running the reminders now */
    canRunReminders: can('mail', 'create'),
  };
}
