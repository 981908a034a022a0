/**
 * Generates the benchmark dataset in SQL (generate_series), fast on PGlite and PostgreSQL alike:
 * a tree shaped like Vietnam after the 2025 reform — 34 provinces, each with provincial agencies,
 * its abolished districts, ~98 communes with their merged predecessors, villages, schools,
 * enterprises and other units — and people with Vietnamese names spread over the units.
 * Ids are computed, so `path` (ancestors' ids joined by dots) and `root_id` are set in one pass.
 * The indexes of `units` and `people` are dropped during the load and rebuilt exactly as the
 * migrations define them.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/platform/db.js';
import { rows } from '../src/server/platform/db.js';

export const PROVINCES = [
  'Thành phố Hà Nội', 'Thành phố Huế', 'Tỉnh Lai Châu', 'Tỉnh Điện Biên', 'Tỉnh Sơn La', 'Tỉnh Lạng Sơn', 'Tỉnh Quảng Ninh',
  'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Cao Bằng', 'Tỉnh Tuyên Quang', 'Tỉnh Lào Cai', 'Tỉnh Thái Nguyên',
  'Tỉnh Phú Thọ', 'Tỉnh Bắc Ninh', 'Tỉnh Hưng Yên', 'Thành phố Hải Phòng', 'Tỉnh Ninh Bình', 'Tỉnh Quảng Trị',
  'Thành phố Đà Nẵng', 'Tỉnh Quảng Ngãi', 'Tỉnh Gia Lai', 'Tỉnh Khánh Hòa', 'Tỉnh Lâm Đồng', 'Tỉnh Đắk Lắk',
  'Thành phố Hồ Chí Minh', 'Tỉnh Đồng Nai', 'Tỉnh Tây Ninh', 'Thành phố Cần Thơ', 'Tỉnh Vĩnh Long', 'Tỉnh Đồng Tháp',
  'Tỉnh Cà Mau', 'Tỉnh An Giang',
];

const SYLLABLES = [
  'Tân', 'Phú', 'An', 'Bình', 'Hòa', 'Thịnh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Hưng', 'Long', 'Phước', 'Thạnh', 'Mỹ',
  'Vĩnh', 'Yên', 'Lạc', 'Sơn', 'Thủy', 'Quang', 'Minh', 'Đức', 'Thuận', 'Lợi', 'Hiệp', 'Thành', 'Xuân', 'Hải', 'Lâm', 'Kim',
  'Ngọc', 'Hồng', 'Phong', 'Cẩm', 'Gia', 'Thái', 'Định', 'Hội', 'Lộc', 'Khánh', 'Tường', 'Quý', 'Nghĩa', 'Điền', 'Châu', 'Tiên',
];

const weighted = (list: [string, number][]) => list.flatMap(([v, w]) => Array<string>(w).fill(v));
const SURNAMES = weighted([
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Vũ', 3], ['Võ', 2], ['Phan', 3],
  ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 1], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Đinh', 1], ['Trịnh', 1], ['Đào', 1],
  ['Mai', 1], ['Lương', 1], ['Cao', 1], ['Hà', 1], ['Nông', 1], ['Ma', 1], ['Triệu', 1],
]);
const MIDDLE_MALE = weighted([['Văn', 40], ['Đức', 8], ['Minh', 8], ['Quang', 6], ['Hữu', 5], ['Công', 4], ['Xuân', 4], ['Thanh', 4], ['Ngọc', 3], ['Trọng', 3], ['Tiến', 3], ['Hoàng', 4], ['Đình', 4], ['Duy', 3], ['Quốc', 3]]);
const MIDDLE_FEMALE = weighted([['Thị', 55], ['Thu', 7], ['Thanh', 6], ['Ngọc', 5], ['Thúy', 3], ['Minh', 4], ['Hồng', 4], ['Kim', 3], ['Phương', 3], ['Bích', 2], ['Hoàng', 2], ['Khánh', 2]]);
const GIVEN_MALE = [
  'An', 'Anh', 'Bình', 'Cường', 'Chiến', 'Công', 'Dũng', 'Duy', 'Dương', 'Đạt', 'Định', 'Đông', 'Đức', 'Giang', 'Hải', 'Hiếu',
  'Hòa', 'Hoàng', 'Hùng', 'Huy', 'Hưng', 'Khánh', 'Kiên', 'Lâm', 'Long', 'Lực', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Phong',
  'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Trường', 'Tú', 'Tuấn', 'Tùng', 'Việt',
  'Vinh', 'Vũ', 'Khải', 'Hậu', 'Lợi', 'Quyết', 'Thái', 'Tiến',
];
const GIVEN_FEMALE = [
  'An', 'Anh', 'Ánh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huệ', 'Hương', 'Hường',
  'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh',
  'Tâm', 'Thảo', 'Thơm', 'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Xuân', 'Hậu', 'Nhàn', 'Thoa',
];
const ETHNICITIES = weighted([['Kinh', 85], ['Tày', 3], ['Thái', 3], ['Mường', 2], ['Khmer', 2], ['Mông', 2], ['Nùng', 1], ['Dao', 1], ['Gia Rai', 1]]);
const CATEGORIES = weighted([['nong_dan', 30], ['cong_nhan', 20], ['nguoi_lao_dong', 15], ['vien_chuc', 12], ['cong_chuc', 8], ['can_bo', 3], ['luc_luong_vu_trang', 2], ['khac', 10]]);

export interface Shape {
  provinces: number;
  /** provincial agencies (sở, schools, hospitals, enterprises…) per province */
  agencies: number;
  /** abolished districts per province */
  districts: number;
  communes: number;
  /** old (merged, inactive) communes per commune */
  oldCommunes: number;
  villages: number;
  /** units (schools, enterprises, cooperatives, organisations) per commune */
  units: number;
  total: number;
}

/** The tree for about `target` units: 34 provinces × (agencies + districts + communes × children). */
export function shapeFor(target: number): Shape {
  const provinces = 34;
  const districts = 20;
  const oldCommunes = 3;
  const villages = 30;
  const units = 55;
  const perCommune = 1 + oldCommunes + villages + units;
  const perProvince = Math.max(1 + districts + perCommune, Math.floor((target - 1) / provinces));
  const communes = Math.max(1, Math.floor((perProvince - 1 - districts - 40) / perCommune));
  const agencies = Math.max(1, perProvince - 1 - districts - communes * perCommune);
  const total = 1 + provinces * (1 + agencies + districts + communes * perCommune);
  return { provinces, agencies, districts, communes, oldCommunes, villages, units, total };
}

const arr = (list: string[]) => sql.raw(`ARRAY[${list.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]::text[]`);

async function dropIndexes(database: Database, table: string): Promise<string[]> {
  const defs = await rows<{ name: string; def: string }>(
    database.db,
    sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = ${table} AND indexname NOT LIKE '%_pkey'`,
  );
  for (const d of defs) await database.db.execute(sql.raw(`DROP INDEX "${d.name}"`));
  return defs.map((d) => d.def);
}

export interface GenerateResult {
  units: number;
  people: number;
  /** id of the first province (the benchmark's scope) */
  provinceId: number;
  seconds: { units: number; people: number; indexes: number; analyze: number };
}

/**
 * Fills a migrated, bootstrapped, otherwise empty database. `log` receives progress lines.
 */
export async function generate(database: Database, target: { units: number; people: number }, log: (s: string) => void): Promise<GenerateResult> {
  const db = database.db;
  const shape = shapeFor(target.units);
  log(`shape: ${JSON.stringify(shape)}`);
  await db.execute(sql`SET maintenance_work_mem = '512MB'`).catch(() => undefined);
  const [{ root }] = await rows<{ root: number }>(db, sql`SELECT id AS root FROM units WHERE code = 'GOC'`);
  const [{ maxid }] = await rows<{ maxid: number }>(db, sql`SELECT coalesce(max(id), 0)::int AS maxid FROM units`);
  const rootPath = String(root);
  const { provinces: P, agencies: A, districts: H, communes: C, oldCommunes: O, villages: V, units: D } = shape;
  const K = O + V + D;
  // id blocks: provinces, province children (agencies + districts), communes, commune children
  const s0 = Number(maxid) + 1;
  const s1 = s0 + P;
  const s2 = s1 + P * (A + H);
  const s3 = s2 + P * C;
  const end = s3 + P * C * K;

  const t0 = Date.now();
  const unitIndexes = await dropIndexes(database, 'units');
  const syl = arr(SYLLABLES);
  const nsyl = SYLLABLES.length;
  // provinces
  await db.execute(sql`INSERT INTO units (id, code, name, level, kind, legal_personality, parent_id, root_id, path)
    OVERRIDING SYSTEM VALUE
    SELECT ${s0} + p - 1, 'B' || (${s0} + p - 1), (${arr(PROVINCES)})[1 + (p - 1) % ${PROVINCES.length}], 'tinh', 'tinh_thanh', true,
      ${root}, ${s0} + p - 1, (${rootPath} || '.' || (${s0} + p - 1))::ltree
    FROM generate_series(1, ${P}::int) p`);
  // provincial agencies and abolished districts
  await db.execute(sql`INSERT INTO units (id, code, name, level, kind, legal_personality, parent_id, root_id, path, valid_to)
    OVERRIDING SYSTEM VALUE
    SELECT id, 'B' || id,
      CASE WHEN k <= ${H} THEN 'Huyện ' || s1 || ' ' || s2
           ELSE (ARRAY['Sở ', 'Trường THPT ', 'Bệnh viện Đa khoa ', 'Công ty Cổ phần ', 'Trung tâm ', 'Ban Quản lý ', 'Ngân hàng ', 'Công ty TNHH '])[1 + k % 8] || s1 || ' ' || s2 || ' ' || k END,
      CASE WHEN k <= ${H} THEN 'huyen' ELSE 'don_vi' END,
      CASE WHEN k <= ${H} THEN 'huyen_thi' ELSE (ARRAY['co_quan_hanh_chinh','truong_hoc','don_vi_su_nghiep','doanh_nghiep','don_vi_su_nghiep','co_quan_hanh_chinh','doanh_nghiep','doanh_nghiep'])[1 + k % 8] END,
      true, ${s0} + p - 1, ${s0} + p - 1, (${rootPath} || '.' || (${s0} + p - 1) || '.' || id)::ltree,
      CASE WHEN k <= ${H} THEN DATE '2025-06-30' END
    FROM generate_series(1, ${P}::int) p, generate_series(1, ${A + H}::int) k,
      LATERAL (SELECT ${s1} + (p - 1) * ${A + H} + k - 1 AS id,
        (${syl})[1 + (p * 7 + k * 13) % ${nsyl}] AS s1, (${syl})[1 + (p * 11 + k * 5) % ${nsyl}] AS s2) x`);
  // communes (wards for one in five)
  await db.execute(sql`INSERT INTO units (id, code, name, level, kind, legal_personality, parent_id, root_id, path, valid_from)
    OVERRIDING SYSTEM VALUE
    SELECT id, 'B' || id, CASE WHEN c % 5 = 0 THEN 'Phường ' ELSE 'Xã ' END || (${syl})[1 + (c * 7 + p) % ${nsyl}] || ' ' || (${syl})[1 + (c * 3 + p * 5) % ${nsyl}],
      'xa', 'xa_phuong', true, ${s0} + p - 1, ${s0} + p - 1, (${rootPath} || '.' || (${s0} + p - 1) || '.' || id)::ltree, DATE '2025-07-01'
    FROM generate_series(1, ${P}::int) p, generate_series(1, ${C}::int) c, LATERAL (SELECT ${s2} + (p - 1) * ${C} + c - 1 AS id) x`);
  // under each commune: merged predecessors (inactive), villages, units
  await db.execute(sql`INSERT INTO units (id, code, name, level, kind, legal_personality, parent_id, root_id, path, valid_to)
    OVERRIDING SYSTEM VALUE
    SELECT id, 'B' || id,
      CASE WHEN k <= ${O} THEN 'Xã ' || w1 || ' ' || w2
           WHEN k <= ${O + V} THEN CASE WHEN ci % 5 = 4 THEN 'Tổ dân phố ' || (k - ${O}) ELSE 'Thôn ' || w1 || ' ' || w2 END
           ELSE (ARRAY['Trường Mầm non ', 'Trường Tiểu học ', 'Trường THCS ', 'Trạm Y tế ', 'Hợp tác xã Nông nghiệp ', 'Hội Nông dân ',
                       'Công ty TNHH ', 'Công ty Cổ phần ', 'Doanh nghiệp tư nhân ', 'Hợp tác xã Dịch vụ '])[1 + k % 10] || w1 || ' ' || w2 || ' ' || k END,
      CASE WHEN k <= ${O} THEN 'xa' WHEN k <= ${O + V} THEN 'thon' ELSE 'don_vi' END,
      CASE WHEN k <= ${O} THEN 'xa_phuong' WHEN k <= ${O + V} THEN 'thon_to'
           ELSE (ARRAY['truong_hoc','truong_hoc','truong_hoc','don_vi_su_nghiep','hop_tac_xa','to_chuc_ct_xh','doanh_nghiep','doanh_nghiep','doanh_nghiep','hop_tac_xa'])[1 + k % 10] END,
      k > ${O + V} OR k <= ${O}, cid, pid, (${rootPath} || '.' || pid || '.' || cid || '.' || id)::ltree,
      CASE WHEN k <= ${O} THEN DATE '2025-06-30' END
    FROM generate_series(0, ${P * C - 1}::int) ci, generate_series(1, ${K}::int) k,
      LATERAL (SELECT ${s3} + ci * ${K} + k - 1 AS id, ${s2} + ci AS cid, ${s0} + ci / ${C} AS pid,
        (${syl})[1 + (ci * 7 + k * 3) % ${nsyl}] AS w1, (${syl})[1 + (ci * 13 + k * 11) % ${nsyl}] AS w2) x`);
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('units', 'id'), ${end - 1})`);
  const tUnits = (Date.now() - t0) / 1000;
  log(`units inserted: ${end - s0} in ${tUnits.toFixed(1)} s`);

  // people: 10% in provincial agencies, 90% in villages and units of communes
  const t1 = Date.now();
  const peopleIndexes = await dropIndexes(database, 'people');
  const h = (salt: number) => sql.raw(`(hashint4(g * 31 + ${salt}) & 2147483647)`);
  const batch = 250_000;
  for (let from = 1; from <= target.people; from += batch) {
    const to = Math.min(target.people, from + batch - 1);
    await db.execute(sql`INSERT INTO people (full_name, gender, birth_date, ethnicity, citizen_id, position, employment_category, is_leader, is_direct_worker, unit_id, unit_path, root_id)
      SELECT CASE WHEN g % 100003 = 0 THEN 'Nguyễn Văn A'
                  ELSE (${arr(SURNAMES)})[1 + ${h(1)} % ${SURNAMES.length}] || ' ' ||
                       CASE WHEN male THEN (${arr(MIDDLE_MALE)})[1 + ${h(2)} % ${MIDDLE_MALE.length}] || ' ' || (${arr(GIVEN_MALE)})[1 + ${h(3)} % ${GIVEN_MALE.length}]
                            ELSE (${arr(MIDDLE_FEMALE)})[1 + ${h(2)} % ${MIDDLE_FEMALE.length}] || ' ' || (${arr(GIVEN_FEMALE)})[1 + ${h(3)} % ${GIVEN_FEMALE.length}] END END,
        CASE WHEN male THEN 'nam' ELSE 'nu' END,
        birth,
        (${arr(ETHNICITIES)})[1 + ${h(5)} % ${ETHNICITIES.length}],
        CASE WHEN g < 1000000 AND ${h(6)} % 5 = 0
             THEN lpad((1 + pi % 96)::text, 3, '0') || (CASE WHEN male THEN 0 ELSE 1 END + CASE WHEN birth >= DATE '2000-01-01' THEN 2 ELSE 0 END)::text
                  || to_char(birth, 'YY') || lpad(g::text, 6, '0') END,
        NULL, cat, ${h(7)} % 20 = 0, cat IN ('nong_dan', 'cong_nhan'),
        uid, (${rootPath} || '.' || upath)::ltree, ${s0} + pi
      FROM generate_series(${from}::int, ${to}::int) g,
        LATERAL (SELECT ${h(4)} % 2 = 0 AS male, DATE '1950-01-01' + (${h(8)} % 20000) AS birth,
                        (${arr(CATEGORIES)})[1 + ${h(9)} % ${CATEGORIES.length}] AS cat,
                        ${h(10)} % ${P * C} AS ci, ${h(11)} % ${V + D} AS kk, ${h(12)} % ${A} AS ak, g % 10 = 0 AS agency) r,
        LATERAL (SELECT CASE WHEN agency THEN ${h(13)} % ${P} ELSE ci / ${C} END AS pi) q,
        LATERAL (SELECT CASE WHEN agency THEN ${s1} + pi * ${A + H} + ${H} + ak ELSE ${s3} + ci * ${K} + ${O} + kk END AS uid) u,
        LATERAL (SELECT CASE WHEN agency THEN (${s0} + pi) || '.' || uid ELSE (${s0} + pi) || '.' || (${s2} + ci) || '.' || uid END AS upath) w`);
    log(`people: ${to}`);
  }
  const tPeople = (Date.now() - t1) / 1000;

  const t2 = Date.now();
  for (const def of [...unitIndexes, ...peopleIndexes]) {
    const t = Date.now();
    await db.execute(sql.raw(def));
    log(`${def.replace(/ ON .*/, '')}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const tIndexes = (Date.now() - t2) / 1000;
  const t3 = Date.now();
  await db.execute(sql`ANALYZE`);
  if (database.kind === 'postgres') await db.execute(sql`VACUUM (ANALYZE) people`).catch(() => undefined);
  const tAnalyze = (Date.now() - t3) / 1000;
  const [{ units, people }] = await rows<{ units: number; people: number }>(db, sql`SELECT (SELECT count(*)::int FROM units) AS units, (SELECT count(*)::int FROM people) AS people`);
  return { units, people, provinceId: s0, seconds: { units: tUnits, people: tPeople, indexes: tIndexes, analyze: tAnalyze } };
}
