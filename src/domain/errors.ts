/** One validation error: the field (dotted path) and a Vietnamese message naming it. */
export interface FieldError {
  field: string;
  message: string;
}

/** A typed domain error with a Vietnamese message naming the offending field (mapped to 4xx / exit 2 by the shell). */
export class DomainError extends Error {
  readonly code: 'invalid' | 'not_found';
  readonly field: string | undefined;
  /** Every error when several fields are wrong. */
  readonly errors: readonly FieldError[];
  constructor(code: 'invalid' | 'not_found', message: string, field?: string, errors?: readonly FieldError[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.errors = errors ?? (field ? [{ field, message }] : []);
  }
}

export function invalid(message: string, field?: string, errors?: readonly FieldError[]): DomainError {
  return new DomainError('invalid', message, field, errors);
}
