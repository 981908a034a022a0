import { migrate } from '../../server/platform/migrate.js';
import { out, withDatabase } from '../runtime.js';

export const command = {
  summary: 'Áp dụng các migration CSDL còn thiếu',
  run: () =>
    withDatabase(
      async ({ database }) => {
        const applied = await migrate(database);
        out(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'CSDL đã ở phiên bản mới nhất.');
      },
      { migrate: false },
    ),
};
