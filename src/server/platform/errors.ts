/**
 * Typed application errors, mapped to HTTP in one place (see `errorHandler`). Messages are Vietnamese:
 * they are shown to the user as they are.
 */
import type { FieldError } from '../../domain/errors.js';

export class AppError extends Error {
  public readonly details?: unknown;
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    details?: unknown,
  ) {
    super(message);
    this.details = isOneField(details) ? [{ field: details.field, message }] : details;
  }
}

/**
 * The one shape of validation details, on every 400 (schema validation, services, the domain): the
 * fields at fault, each with its message (`field` '' when the message is about the whole record).
 * `{ field: 'code' }` is shorthand for that field with the error's own message.
 */
export type FieldErrors = readonly FieldError[];

function isOneField(d: unknown): d is { field: string } {
  return !!d && typeof d === 'object' && !Array.isArray(d) && Object.keys(d).length === 1 && typeof (d as { field?: unknown }).field === 'string';
}

export class Invalid extends AppError {
  constructor(message: string, fields?: { field: string } | FieldErrors, code = 'INVALID') {
    super(400, code, message, fields);
  }
}
export class Unprocessable extends AppError {
  constructor(message: string, details?: unknown, code = 'UNPROCESSABLE') {
    super(422, code, message, details);
  }
}
export class Unauthorized extends AppError {
  constructor(message = 'Bạn cần đăng nhập để tiếp tục.', code = 'UNAUTHORIZED') {
    super(401, code, message);
  }
}
export class Forbidden extends AppError {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này.', code = 'FORBIDDEN') {
    super(403, code, message);
  }
}
export class NotFound extends AppError {
  constructor(message = 'Không tìm thấy dữ liệu.', code = 'NOT_FOUND') {
    super(404, code, message);
  }
}
export class Conflict extends AppError {
  constructor(message: string, details?: unknown, code = 'CONFLICT') {
    super(409, code, message, details);
  }
}
export class TooMany extends AppError {
  constructor(message: string, code = 'TOO_MANY_REQUESTS') {
    super(429, code, message);
  }
}

export const versionConflict = () =>
  new Conflict(
    'Dữ liệu đã được người khác thay đổi trong lúc bạn sửa. Vui lòng tải lại trang và thực hiện lại.',
    undefined,
    'VERSION_CONFLICT',
  );

/** PostgreSQL error codes that come from bad input, not from a fault of tdkt. */
export function fromPgError(err: unknown): AppError | undefined {
  const e = (err as { cause?: unknown }).cause ?? err;
  const code = (e as { code?: string }).code;
  const constraint = (e as { constraint?: string }).constraint;
  switch (code) {
    case '23505':
      return new Conflict('Dữ liệu bị trùng với bản ghi đã có.', { constraint }, 'DUPLICATE');
    case '23503':
      return new Invalid('Dữ liệu tham chiếu tới bản ghi không tồn tại hoặc đang được sử dụng.', undefined, 'REFERENCE');
    case '23514':
    case '23502':
      return new Invalid('Dữ liệu không hợp lệ.', undefined, 'CONSTRAINT');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return new Invalid('Giá trị không đúng định dạng.', undefined, 'FORMAT');
    default:
      return undefined;
  }
}

/**
 * Runs a write; a unique-key violation of a constraint that `messages` names becomes a 409
 * DUPLICATE saying what is duplicated (on `field` when given). Any other error goes on unchanged.
 */
export async function withDuplicateMessages<T>(messages: Record<string, string | { message: string; field: string }>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const mapped = fromPgError(err);
    const constraint = (mapped?.details as { constraint?: string } | undefined)?.constraint;
    const m = mapped?.code === 'DUPLICATE' && constraint ? messages[constraint] : undefined;
    if (m) throw typeof m === 'string' ? new Conflict(m, { constraint }, 'DUPLICATE') : new Conflict(m.message, { field: m.field }, 'DUPLICATE');
    throw err;
  }
}
