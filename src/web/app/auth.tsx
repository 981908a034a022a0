import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken, setUnauthorizedHandler } from './api';
import type { AuthResponse, Me, RoleCode } from './types';

export const ME_KEY = ['auth', 'me'] as const;

interface AuthContextValue {
  me: Me | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  logoutAll: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  hasRole: (...roles: RoleCode[]) => boolean;
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
  const hasRole = useCallback((...roles: RoleCode[]) => !!me?.roles.some((r) => roles.includes(r.role)), [me]);

  const value = useMemo<AuthContextValue>(
    () => ({ me, loading: meQuery.isPending, login, logout, logoutAll, changePassword, hasRole }),
    [me, meQuery.isPending, login, logout, logoutAll, changePassword, hasRole],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** Who may do what in the UI. The server decides for real; this only hides buttons that would be refused. */
export function usePermissions() {
  const { hasRole } = useAuth();
  return {
    isAdmin: hasRole('quan_tri'),
    canManageUnits: hasRole('quan_tri', 'chuyen_vien'),
    canEditPeople: hasRole('quan_tri', 'chuyen_vien', 'can_bo_don_vi'),
    /** people and households; units are imported by those who manage units */
    canImport: hasRole('quan_tri', 'chuyen_vien', 'can_bo_don_vi'),
    canViewAudit: hasRole('quan_tri', 'chuyen_vien'),
    canManageUsers: hasRole('quan_tri'),
    /** rule parameters (base salary, rounding, unconfirmed values); the server also wants a grant on the root unit */
    canEditRuleSettings: hasRole('quan_tri'),
    /** declared days off and make-up working days */
    canEditCalendar: hasRole('quan_tri', 'chuyen_vien'),
  };
}
