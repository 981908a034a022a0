import { useEffect } from 'react';
import i18n from './i18n';

export function useDocumentTitle(title: string | undefined | null): void {
  useEffect(() => {
    const app = i18n.t('app.shortName');
    document.title = title ? `${title} — ${app}` : app;
  }, [title]);
}
