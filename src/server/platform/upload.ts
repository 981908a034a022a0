import type { FastifyRequest } from 'fastify';
import { AppError, Invalid } from './errors.js';

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The one uploaded file (multipart field `file`), read into memory within the configured size limit. */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  return (await readUploadFile(req, maxBytes)).buffer;
}

/** The uploaded file with the name the browser gave it. */
export async function readUploadFile(req: FastifyRequest, maxBytes: number): Promise<{ buffer: Buffer; filename: string }> {
  const tooLarge = () => new AppError(413, 'FILE_TOO_LARGE', `Tệp tải lên vượt quá dung lượng cho phép (tối đa ${mb(maxBytes)}).`);
  if (!req.isMultipart()) {
    throw new AppError(415, 'NOT_MULTIPART', 'Hãy gửi tệp dưới dạng multipart/form-data, trong trường "file".');
  }
  try {
    const part = await req.file();
    if (!part) throw new Invalid('Chưa có tệp nào được tải lên (trường "file").', undefined, 'NO_FILE');
    if (part.fieldname !== 'file') throw new Invalid(`Tệp phải được gửi trong trường "file" (nhận được "${part.fieldname}").`, undefined, 'NO_FILE');
    const buf = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    return { buffer: buf, filename: part.filename || 'tep' };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT') throw new Invalid('Chỉ được tải lên một tệp mỗi lần.', undefined, code);
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new Invalid('Yêu cầu có quá nhiều phần.', undefined, code);
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) throw new Invalid('Nội dung tải lên không hợp lệ (multipart/form-data bị lỗi).', undefined, 'BAD_MULTIPART');
    throw err;
  }
}

