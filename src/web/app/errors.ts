import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api';

/**
 * One place that turns any thrown error into a sentence for the user. The server's Vietnamese
 * message wins when it sent one; otherwise a message by HTTP status from the locale files.
 */
export function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (e: unknown): string => {
      if (isApiError(e)) {
        if (e.fromServer && e.message) return e.message;
        switch (e.status) {
          case 0:
            return t('errors.network');
          case 400:
          case 422:
            return t('errors.invalid');
          case 401:
            return t('errors.unauthorized');
          case 403:
            return t('errors.forbidden');
          case 404:
            return t('errors.notFound');
          case 409:
            return t('errors.conflict');
          case 413:
            return t('errors.tooLarge');
          case 429:
            return t('errors.tooMany');
          default:
            return t('errors.server');
        }
      }
      return t('errors.unknown');
    },
    [t],
  );
}
