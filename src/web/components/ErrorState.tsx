import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../app/api';
import { useErrorText } from '../app/errors';

/** Full-area error: 403 and 404 get their own pictures and the server's message when present. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const status = isApiError(error) ? error.status : 500;
  const kind = status === 403 ? '403' : status === 404 ? '404' : 'error';
  const title =
    status === 403 ? t('errors.forbiddenTitle') : status === 404 ? t('errors.notFoundTitle') : t('errors.title');
  return (
    <Result
      status={kind}
      title={title}
      subTitle={<span data-testid="error-message">{text(error)}</span>}
      extra={[
        <Link key="home" to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>,
        onRetry && status !== 403 && status !== 404 ? (
          <Button key="retry" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null,
      ]}
    />
  );
}
