/**
 * Loads the demo dataset (see locality.ts) through the real services, as a user would: every unit,
 * person, household, transfer, merge and abolition is a service call that checks policy and writes
 * audit. The whole load is one transaction (each service call a savepoint inside it), so it is all
 * or nothing, and it is skipped when the demo province already exists.
 */
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { EmploymentCategory } from '../../shared/codes.js';
import { ROOT_UNIT_CODE } from '../platform/bootstrap.js';
import { loadConfig, type Config } from '../platform/config.js';
import type { Ctx } from '../platform/context.js';
import type { Database } from '../platform/db.js';
import { rows } from '../platform/db.js';
import type { Deps } from '../platform/http.js';
import type { Role } from '../platform/policy.js';
import * as householdSvc from '../modules/households/service.js';
import * as peopleSvc from '../modules/people/service.js';
import * as unitSvc from '../modules/units/service.js';
import * as unitRepo from '../modules/units/repo.js';
import { demoContext } from './context.js';
import { insertGrant, insertUser, updateUser } from '../modules/users/service.js';
import { seedDemoPlanning } from './planning.js';
import { seedDemoRecords } from './records.js';
import {
  DEPARTMENT_MERGE_DATE, DISTRICTS, ENTERPRISES, PROVINCE, REFORM_DATE, type District, type OldCommune,
} from './locality.js';
import { citizenIdFor, fullName, MIX_MIDLAND, MIX_TOWN, Rng, surnameFor, type Ethnicity, type EthnicMix, type Sex } from './names.js';

export const DEMO_PASSWORD = 'Demo@12345678';
export const DEMO_PROVINCE_CODE = PROVINCE.code;
export const DEMO_SEED = 20250701;

/** The demo accounts besides `admin`; all have DEMO_PASSWORD. `unit` is a unit code. */
export const DEMO_ACCOUNTS: { username: string; fullName: string; role: Role; unit: string }[] = [
  { username: 'chuyenvien', fullName: 'Hoàng Thị Thu Hà', role: 'chuyen_vien', unit: PROVINCE.code },
  { username: 'canbo.xa1', fullName: 'Ma Văn Tuấn', role: 'can_bo_don_vi', unit: 'SL-X01' },
  { username: 'canbo.xa2', fullName: 'Nông Thị Hằng', role: 'can_bo_don_vi', unit: 'SL-X04' },
  { username: 'lanhdao', fullName: 'Lương Văn Dũng', role: 'lanh_dao', unit: PROVINCE.code },
  { username: 'hoidong', fullName: 'Trần Minh Đức', role: 'thanh_vien_hd', unit: PROVINCE.code },
  { username: 'cumtruong', fullName: 'Đặng Thị Lan', role: 'truong_cum', unit: PROVINCE.code },
];

export interface SeedDemoOptions {
  log?: Pick<Logger, 'info' | 'warn'>;
  cfg?: Config;
  /** PRNG seed; the default gives the documented dataset */
  seed?: number;
  /** when set, the `admin` account's password is set to it (first load only) */
  adminPassword?: string;
}

export interface DemoSummary {
  provinceId: number;
  units: number;
  people: number;
  households: number;
  accounts: string[];
  ms: number;
}

interface U {
  id: number;
  code: string;
  name: string;
  path: string;
}

interface Post {
  position: string;
  cat: EmploymentCategory;
  leader?: boolean;
  direct?: boolean;
  sex?: Sex;
  /** position after the 2025 reform, for staff moved to a new commune */
  after?: string;
}

interface P {
  id: number;
  version: number;
  fullName: string;
  sex: Sex;
  joined: string;
  post: Post;
}

const addYears = (d: string, n: number) => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Names that must exist exactly (search demos and tests): given to the first male posts of a unit. */
const FORCED_NAMES: Record<string, string[]> = {
  'SL-H01-X01': ['Nguyễn Văn A'],
  'SL-SNV': ['Nguyễn Văn An'],
  'SL-H02-X01': ['Nguyễn Văn Anh'],
  'SL-DN01': ['Nguyễn Văn An', 'Nguyễn Văn Anh'],
  'SL-H03-X02': ['Nguyễn Văn Anh'],
  'SL-THPT01': ['Nguyễn Văn An'],
};

const times = (n: number, post: Post): Post[] => Array.from({ length: n }, () => ({ ...post }));

class Seeder {
  private cccdSerial = 4217;
  readonly staff = new Map<string, P[]>();
  readonly units = new Map<string, U>();
  private forced = new Map(Object.entries(FORCED_NAMES).map(([k, v]) => [k, [...v]]));

  householdSeq = 0;

  constructor(
    readonly deps: Deps,
    readonly ctx: Ctx,
    private readonly rng: Rng,
  ) {}

  async unit(parent: U, code: string, name: string, level: string, kind: string, extra: { legal?: boolean; validFrom?: string; address?: string } = {}): Promise<U> {
    const u = await unitSvc.createUnit(this.deps, this.ctx, {
      code, name, level, kind, legalPersonality: extra.legal ?? level !== 'thon', parentId: parent.id,
      validFrom: extra.validFrom ?? null, address: extra.address ?? null,
    });
    const row: U = { id: u.id, code: u.code, name: u.name, path: u.path };
    this.units.set(code, row);
    return row;
  }

  async person(
    unit: U,
    post: Post,
    o: { mix?: EthnicMix; ethnicity?: Ethnicity; sex?: Sex; surname?: string; name?: string; born?: [string, string]; joined?: string; cccd?: number } = {},
  ): Promise<P> {
    const rng = this.rng;
    const sex: Sex = o.sex ?? post.sex ?? (rng.chance(0.5) ? 'nam' : 'nu');
    const eth: Ethnicity = o.ethnicity ?? rng.weighted(o.mix ?? MIX_MIDLAND);
    const name = o.name ?? fullName(rng, eth, sex, o.surname);
    const [bFrom, bTo] = o.born ?? ['1966-01-01', '2001-12-31'];
    const birthDate = rng.date(bFrom, bTo);
    const adult = birthDate <= '2007-01-01';
    const joined = o.joined ?? (adult ? rng.date(maxDate(addYears(birthDate, 22), '1995-01-01'), '2025-04-30') : birthDate);
    const citizenId = adult && rng.chance(o.cccd ?? 0.3) ? citizenIdFor(birthDate, sex, this.cccdSerial++ * 37 + rng.int(0, 36)) : null;
    const p = await peopleSvc.createPerson(this.deps, this.ctx, {
      fullName: name, gender: sex, birthDate, ethnicity: eth, citizenId, position: post.position,
      employmentCategory: post.cat, isLeader: !!post.leader, isDirectWorker: !!post.direct, unitId: unit.id, joinedDate: joined,
    });
    return { id: p.id, version: p.version, fullName: name, sex, joined, post };
  }

  /** Creates the staff of a unit from its roster. */
  async staffOf(unit: U, posts: Post[], mix: EthnicMix): Promise<P[]> {
    const list = this.staff.get(unit.code) ?? [];
    const forced = this.forced.get(unit.code) ?? [];
    for (const post of posts) {
      const canForce = forced.length > 0 && post.sex !== 'nu' && !post.leader;
      const p = await this.person(unit, post, canForce ? { name: forced.shift()!, sex: 'nam', ethnicity: 'Kinh' } : { mix });
      list.push(p);
    }
    this.staff.set(unit.code, list);
    return list;
  }

  async transfer(p: P, to: U, date: string, position?: string): Promise<P> {
    let dto = await peopleSvc.transferPerson(this.deps, this.ctx, p.id, { unitId: to.id, date, position });
    // the person's current position follows the new post
    if (position && dto.position !== position) dto = await peopleSvc.updatePerson(this.deps, this.ctx, p.id, { position, version: dto.version });
    p.version = dto.version;
    return p;
  }

  villageNames(d: District, c: OldCommune): string[] {
    if (c.villages) return c.villages;
    const n = this.rng.int(3, 5);
    if (d.villageWord === 'Tổ dân phố') return Array.from({ length: n }, (_, i) => `Tổ dân phố ${i + 1}`);
    const pool = [...d.villagePool];
    const out: string[] = [];
    while (out.length < n && pool.length) {
      const name = pool.splice(this.rng.int(0, pool.length - 1), 1)[0];
      out.push(name.startsWith('Bản ') ? name : `Thôn ${name}`);
    }
    return out;
  }
}

// ─── rosters ────────────────────────────────────────────────────────────────────────────────
const cc = (position: string, extra: Partial<Post> = {}): Post => ({ position, cat: 'cong_chuc', ...extra });
const vc = (position: string, extra: Partial<Post> = {}): Post => ({ position, cat: 'vien_chuc', ...extra });
const nld = (position: string, extra: Partial<Post> = {}): Post => ({ position, cat: 'nguoi_lao_dong', ...extra });

function department(rng: Rng, size: number, extra: Post[] = []): Post[] {
  const posts: Post[] = [
    cc('Giám đốc Sở', { leader: true }),
    ...times(2, cc('Phó Giám đốc Sở', { leader: true })),
    cc('Chánh Văn phòng', { leader: true }),
    ...times(2, cc('Trưởng phòng', { leader: true })),
    cc('Phó Trưởng phòng', { leader: true }),
    ...extra,
    nld('Nhân viên hợp đồng'),
  ];
  while (posts.length < size) posts.push(cc(rng.chance(0.35) ? 'Chuyên viên chính' : 'Chuyên viên'));
  return posts;
}

function organisation(head: string, size: number): Post[] {
  const posts: Post[] = [{ position: head, cat: 'can_bo', leader: true }, { position: `Phó ${head.charAt(0).toLowerCase()}${head.slice(1)}`, cat: 'can_bo', leader: true }];
  while (posts.length < size) posts.push(cc('Chuyên viên'));
  return posts;
}

function school(rng: Rng, kind: 'mn' | 'th' | 'thcs' | 'thpt', size: number): Post[] {
  const teacher = { mn: 'Giáo viên mầm non', th: 'Giáo viên tiểu học', thcs: 'Giáo viên trung học cơ sở', thpt: 'Giáo viên trung học phổ thông' }[kind];
  const posts: Post[] = [vc('Hiệu trưởng', { leader: true }), vc('Phó Hiệu trưởng', { leader: true }), vc('Kế toán')];
  if (size > 15) posts.push(vc('Phó Hiệu trưởng', { leader: true }));
  if (kind === 'mn') posts.push(nld('Nhân viên nấu ăn', { direct: true, sex: 'nu' }));
  else posts.push(nld('Nhân viên bảo vệ', { direct: true, sex: 'nam' }));
  while (posts.length < size) {
    const subject = kind === 'thcs' || kind === 'thpt' ? rng.pick([' môn Toán', ' môn Ngữ văn', ' môn Tiếng Anh', ' môn Vật lý', ' môn Lịch sử', ' môn Sinh học', ' môn Tin học', '']) : '';
    posts.push(vc(teacher + subject, { sex: kind === 'mn' ? 'nu' : undefined }));
  }
  return posts;
}

function commune(word: string): Post[] {
  const W = word;
  return [
    { position: `Chủ tịch UBND ${W}`, cat: 'can_bo', leader: true, after: 'Phó Chủ tịch UBND xã' },
    { position: `Phó Chủ tịch UBND ${W}`, cat: 'can_bo', leader: true, after: 'Trưởng phòng Kinh tế' },
    { position: `Chủ tịch HĐND ${W}`, cat: 'can_bo', leader: true, after: 'Phó Chủ tịch HĐND xã' },
    cc(`Công chức Văn phòng - Thống kê`, { after: 'Chuyên viên Văn phòng HĐND và UBND' }),
    cc(`Công chức Tư pháp - Hộ tịch`, { after: 'Chuyên viên Văn phòng HĐND và UBND' }),
    cc(`Công chức Địa chính - Xây dựng`, { after: 'Chuyên viên Phòng Kinh tế' }),
    cc(`Công chức Tài chính - Kế toán`, { after: 'Chuyên viên Phòng Kinh tế' }),
    cc(`Công chức Văn hóa - Xã hội`, { after: 'Chuyên viên Phòng Văn hóa - Xã hội' }),
    cc(`Công chức Văn hóa - Xã hội`, { after: 'Chuyên viên Phòng Văn hóa - Xã hội' }),
    cc(`Chỉ huy trưởng Ban Chỉ huy quân sự ${W}`, { sex: 'nam', after: 'Chỉ huy phó Ban Chỉ huy quân sự xã' }),
    { position: `Trưởng Công an ${W}`, cat: 'luc_luong_vu_trang', leader: true, sex: 'nam', after: 'Cán bộ Công an xã' },
  ];
}

const communeWord = (name: string) => (name.startsWith('Thị trấn') ? 'thị trấn' : name.startsWith('Phường') ? 'phường' : 'xã');
const placeOf = (name: string) => name.replace(/^(Xã|Phường|Thị trấn|Huyện|Thành phố|Tỉnh) /, '');

// ─── the load ───────────────────────────────────────────────────────────────────────────────
async function load(s: Seeder, rng: Rng, root: U, opts: SeedDemoOptions) {
  const P = PROVINCE;
  const province = await s.unit(root, P.code, P.name, 'tinh', 'tinh_thanh', { address: P.address });

  // Provincial agencies. Sở Nội vụ is the standing agency of the provincial TĐKT council.
  const provMix = MIX_TOWN;
  const vp = await s.unit(province, 'SL-VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh', 'don_vi', 'co_quan_hanh_chinh');
  await s.staffOf(vp, department(rng, 14), provMix);
  const snv = await s.unit(province, 'SL-SNV', 'Sở Nội vụ', 'don_vi', 'co_quan_hanh_chinh', { address: 'Số 7 đường Trường Chinh, phường Sơn Lâm' });
  await s.staffOf(snv, department(rng, 24, [
    cc('Trưởng phòng Công tác thi đua, khen thưởng', { leader: true }),
    cc('Phó Trưởng phòng Công tác thi đua, khen thưởng', { leader: true }),
    ...times(4, cc('Chuyên viên Phòng Công tác thi đua, khen thưởng')),
  ]), provMix);
  const sgd = await s.unit(province, 'SL-SGDDT', 'Sở Giáo dục và Đào tạo', 'don_vi', 'co_quan_hanh_chinh');
  await s.staffOf(sgd, department(rng, 13), provMix);
  for (const [code, name, size] of [
    ['SL-THPT01', 'Trường THPT Chuyên Sơn Lâm', 26], ['SL-THPT02', 'Trường THPT Định Hóa', 22], ['SL-THPT03', 'Trường THPT Chợ Đồn', 20],
  ] as const) {
    const u = await s.unit(sgd, code, name, 'don_vi', 'truong_hoc');
    await s.staffOf(u, school(rng, 'thpt', size), provMix);
  }
  const syt = await s.unit(province, 'SL-SYT', 'Sở Y tế', 'don_vi', 'co_quan_hanh_chinh');
  await s.staffOf(syt, department(rng, 11), provMix);
  const bv = await s.unit(syt, 'SL-BVDK', 'Bệnh viện Đa khoa tỉnh Sơn Lâm', 'don_vi', 'don_vi_su_nghiep');
  const bvPosts: Post[] = [vc('Giám đốc Bệnh viện', { leader: true }), ...times(2, vc('Phó Giám đốc Bệnh viện', { leader: true })), ...times(3, vc('Trưởng khoa', { leader: true }))];
  while (bvPosts.length < 36) bvPosts.push(rng.weighted([[vc('Bác sĩ'), 4], [vc('Điều dưỡng'), 5], [vc('Dược sĩ'), 1], [vc('Kỹ thuật viên xét nghiệm'), 1], [nld('Hộ lý', { direct: true }), 2]] as const));
  await s.staffOf(bv, bvPosts, provMix);
  const stc = await s.unit(province, 'SL-STC', 'Sở Tài chính', 'don_vi', 'co_quan_hanh_chinh');
  await s.staffOf(stc, department(rng, 11), provMix);
  // two departments merged into Sở Nông nghiệp và Môi trường on 1/3/2025
  const snn = await s.unit(province, 'SL-SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'don_vi', 'co_quan_hanh_chinh');
  const snnStaff = await s.staffOf(snn, department(rng, 12), provMix);
  const stn = await s.unit(province, 'SL-STNMT', 'Sở Tài nguyên và Môi trường', 'don_vi', 'co_quan_hanh_chinh');
  const stnStaff = await s.staffOf(stn, department(rng, 10), provMix);
  const svh = await s.unit(province, 'SL-SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'don_vi', 'co_quan_hanh_chinh');
  await s.staffOf(svh, department(rng, 9), provMix);
  const qs = await s.unit(province, 'SL-BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', 'don_vi', 'luc_luong_vu_trang');
  const lv = (position: string, leader = false): Post => ({ position, cat: 'luc_luong_vu_trang', leader, sex: 'nam' });
  await s.staffOf(qs, [lv('Chỉ huy trưởng', true), lv('Chính ủy', true), lv('Phó Chỉ huy trưởng', true), ...times(4, lv('Sĩ quan')), ...times(2, lv('Quân nhân chuyên nghiệp'))], provMix);
  for (const [code, name, head, size] of [
    ['SL-MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 7],
    ['SL-LDLD', 'Liên đoàn Lao động tỉnh', 'Chủ tịch Liên đoàn Lao động tỉnh', 6],
    ['SL-HND', 'Hội Nông dân tỉnh', 'Chủ tịch Hội Nông dân tỉnh', 5],
    ['SL-HLHPN', 'Hội Liên hiệp Phụ nữ tỉnh', 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', 5],
    ['SL-TD', 'Tỉnh đoàn', 'Bí thư Tỉnh đoàn', 5],
    ['SL-HCCB', 'Hội Cựu chiến binh tỉnh', 'Chủ tịch Hội Cựu chiến binh tỉnh', 4],
  ] as const) {
    const u = await s.unit(province, code, name, 'don_vi', 'to_chuc_ct_xh');
    const posts = organisation(head, size);
    if (code === 'SL-HLHPN') posts.forEach((p) => (p.sex = 'nu'));
    if (code === 'SL-HCCB') posts.forEach((p) => (p.sex = 'nam'));
    await s.staffOf(u, posts, provMix);
  }

  // Enterprises
  for (const e of ENTERPRISES) {
    const u = await s.unit(province, e.code, e.name, 'don_vi', 'doanh_nghiep');
    const worker = { may: 'Công nhân may', che: 'Công nhân chế biến chè', mo: 'Công nhân khai thác mỏ', xay_dung: 'Công nhân xây dựng' }[e.trade];
    const posts: Post[] = [
      nld(e.trade === 'may' ? 'Tổng Giám đốc' : 'Giám đốc', { leader: true }), nld('Phó Giám đốc', { leader: true }), nld('Kế toán trưởng', { leader: true }),
      nld('Trưởng phòng Kỹ thuật', { leader: true }), nld('Quản đốc phân xưởng', { leader: true }),
      ...times(2, { position: 'Tổ trưởng sản xuất', cat: 'cong_nhan', direct: true }),
      nld('Kỹ sư'), nld('Nhân viên kinh doanh'), nld('Chủ tịch Công đoàn cơ sở'),
    ];
    while (posts.length < e.size) posts.push({ position: worker, cat: 'cong_nhan', direct: true, sex: e.trade === 'may' ? (rng.chance(0.85) ? 'nu' : 'nam') : e.trade === 'che' ? undefined : 'nam' });
    await s.staffOf(u, posts, e.trade === 'may' ? MIX_TOWN : MIX_MIDLAND);
  }
  // A change of company form is recorded as a rename (lineage "renamed").
  for (const e of ENTERPRISES) {
    if (!e.renamedTo) continue;
    const u = (await unitRepo.findByCode(s.deps.database.db, e.code))!;
    await unitSvc.updateUnit(s.deps, s.ctx, u.id, { name: e.renamedTo, version: u.version, renameDate: e.renameDate });
  }

  // Districts, communes, villages, schools, cooperatives, households (before the reform)
  const villagersByCommune = new Map<string, P[]>();
  for (const d of DISTRICTS) {
    const district = await s.unit(province, d.code, d.name, 'huyen', 'huyen_thi');
    const dWord = `${d.word} ${d.short}`;
    const office = await s.unit(district, `${d.code}-VP`, `Văn phòng HĐND và UBND ${dWord}`, 'don_vi', 'co_quan_hanh_chinh');
    await s.staffOf(office, [cc('Chánh Văn phòng', { leader: true }), cc('Phó Chánh Văn phòng', { leader: true }), ...times(6, cc('Chuyên viên')), nld('Nhân viên văn thư'), nld('Lái xe', { sex: 'nam' })], d.mix);
    const pnv = await s.unit(district, `${d.code}-PNV`, `Phòng Nội vụ ${dWord}`, 'don_vi', 'co_quan_hanh_chinh');
    await s.staffOf(pnv, [cc('Trưởng phòng Nội vụ', { leader: true }), cc('Phó Trưởng phòng Nội vụ', { leader: true }), cc('Chuyên viên phụ trách thi đua, khen thưởng'), ...times(2, cc('Chuyên viên'))], d.mix);

    const schoolsOfDistrict: U[] = [];
    for (const c of d.communes) {
      const word = communeWord(c.name);
      const place = placeOf(c.name);
      const cu = await s.unit(district, c.code, c.name, 'xa', 'xa_phuong', { address: `${c.name}, ${dWord}, tỉnh ${P.short}` });
      await s.staffOf(cu, commune(word), d.mix);
      const hnd = await s.unit(cu, `${c.code}-HND`, `Hội Nông dân ${word} ${place}`, 'don_vi', 'to_chuc_ct_xh');
      await s.staffOf(hnd, [{ position: `Chủ tịch Hội Nông dân ${word}`, cat: 'can_bo', leader: true }, { position: `Phó Chủ tịch Hội Nông dân ${word}`, cat: 'can_bo' }], d.mix);
      const mn = await s.unit(cu, `${c.code}-MN`, `Trường Mầm non ${place}`, 'don_vi', 'truong_hoc');
      await s.staffOf(mn, school(rng, 'mn', rng.int(5, 7)), d.mix);
      const th = await s.unit(cu, `${c.code}-TH`, `Trường Tiểu học ${place}`, 'don_vi', 'truong_hoc');
      await s.staffOf(th, school(rng, 'th', rng.int(7, 9)), d.mix);
      schoolsOfDistrict.push(mn, th);
      if (c.thcs) {
        const thcs = await s.unit(cu, `${c.code}-THCS`, `Trường THCS ${place}`, 'don_vi', 'truong_hoc');
        await s.staffOf(thcs, school(rng, 'thcs', rng.int(8, 10)), d.mix);
        schoolsOfDistrict.push(thcs);
      }
      if (c.coop) {
        const coop = await s.unit(cu, `${c.code}-HTX`, c.coop, 'don_vi', 'hop_tac_xa');
        const posts: Post[] = [{ position: 'Giám đốc hợp tác xã', cat: 'nong_dan', leader: true, direct: true }, nld('Kế toán hợp tác xã')];
        while (posts.length < rng.int(6, 9)) posts.push({ position: 'Thành viên hợp tác xã', cat: 'nong_dan', direct: true });
        await s.staffOf(coop, posts, d.mix);
      }

      // villages with their households
      const villagers: P[] = [];
      const urban = d.villageWord === 'Tổ dân phố' && word === 'phường';
      let vi = 0;
      for (const vName of s.villageNames(d, c)) {
        vi++;
        const isTo = vName.startsWith('Tổ dân phố');
        const v = await s.unit(cu, `${c.code}-T${String(vi).padStart(2, '0')}`, vName, 'thon', 'thon_to', { legal: false });
        const households = rng.int(2, 3);
        for (let h = 1; h <= households; h++) {
          const members = await household(s, rng, v, d, h === 1 ? (isTo ? 'Tổ trưởng tổ dân phố' : 'Trưởng thôn') : null, urban);
          villagers.push(...members);
        }
      }
      villagersByCommune.set(c.code, villagers);
    }

    // Teachers moving between schools of the district at the start of a school year
    for (const sc of schoolsOfDistrict) {
      if (!rng.chance(0.45)) continue;
      const teachers = (s.staff.get(sc.code) ?? []).filter((p) => p.post.position.startsWith('Giáo viên') && p.joined < '2022-01-01');
      if (!teachers.length) continue;
      const p = rng.pick(teachers);
      const to = rng.pick(schoolsOfDistrict.filter((x) => x.code !== sc.code && x.code.slice(-3) === sc.code.slice(-3)));
      if (!to) continue;
      const year = rng.int(Math.max(Number(p.joined.slice(0, 4)) + 1, 2016), 2024);
      await s.transfer(p, to, `${year}-08-15`, p.post.position);
      (s.staff.get(to.code) ?? []).push(p);
      s.staff.set(sc.code, (s.staff.get(sc.code) ?? []).filter((x) => x !== p));
    }
  }

  // 1/3/2025: Sở NN&PTNT and Sở TN&MT merged into Sở Nông nghiệp và Môi trường
  const snnmt = await s.unit(province, 'SL-SNNMT', 'Sở Nông nghiệp và Môi trường', 'don_vi', 'co_quan_hanh_chinh', { validFrom: DEPARTMENT_MERGE_DATE });
  const note = 'Hợp nhất theo Nghị quyết của HĐND tỉnh về thành lập Sở Nông nghiệp và Môi trường';
  for (const [from, staff] of [[snn, snnStaff], [stn, stnStaff]] as const) {
    for (const p of [...staff]) {
      const position = from === stn && p.post.position === 'Giám đốc Sở' ? 'Phó Giám đốc Sở' : p.post.position;
      await s.transfer(p, snnmt, DEPARTMENT_MERGE_DATE, position);
    }
    await unitSvc.mergeUnit(s.deps, s.ctx, from.id, { intoUnitId: snnmt.id, date: DEPARTMENT_MERGE_DATE, note });
  }

  // 1/7/2025: districts abolished; communes merged into new communes directly under the province
  const reformNote = 'Sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện (Nghị quyết của Ủy ban Thường vụ Quốc hội năm 2025)';
  for (const d of DISTRICTS) {
    const district = s.units.get(d.code)!;
    const newUnits: U[] = [];
    for (const nc of d.newCommunes) {
      const word = communeWord(nc.name);
      const place = placeOf(nc.name);
      const nu = await s.unit(province, nc.code, nc.name, 'xa', 'xa_phuong', { validFrom: REFORM_DATE, address: `${nc.name}, tỉnh ${P.short}` });
      const nhnd = await s.unit(nu, `${nc.code}-HND`, `Hội Nông dân ${word} ${place}`, 'don_vi', 'to_chuc_ct_xh', { validFrom: REFORM_DATE });
      newUnits.push(nu);
      for (const [i, oldCode] of nc.from.entries()) {
        const old = s.units.get(oldCode)!;
        const oldHnd = s.units.get(`${oldCode}-HND`)!;
        // commune staff follow the new commune; the first old commune's chairman chairs the new one
        for (const p of [...(s.staff.get(oldCode) ?? [])]) {
          let position = p.post.after?.replace(/xã$/, word) ?? p.post.position;
          if (i === 0 && p.post.position.startsWith('Chủ tịch UBND')) position = `Chủ tịch UBND ${word}`;
          if (i === 0 && p.post.position.startsWith('Chủ tịch HĐND')) position = `Chủ tịch HĐND ${word}`;
          await s.transfer(p, nu, REFORM_DATE, position);
        }
        for (const p of [...(s.staff.get(oldHnd.code) ?? [])]) {
          const position = i === 0 ? p.post.position : 'Ủy viên Ban Thường vụ Hội Nông dân';
          await s.transfer(p, nhnd, REFORM_DATE, position.replace(/(xã|thị trấn|phường)$/, word));
        }
        await unitSvc.mergeUnit(s.deps, s.ctx, oldHnd.id, { intoUnitId: nhnd.id, date: REFORM_DATE, note: reformNote });
        await unitSvc.mergeUnit(s.deps, s.ctx, old.id, { intoUnitId: nu.id, date: REFORM_DATE, note: reformNote });
      }
    }
    // district staff go to the new communes; the district's agencies and the district end
    for (const agency of [`${d.code}-VP`, `${d.code}-PNV`]) {
      let k = 0;
      for (const p of [...(s.staff.get(agency) ?? [])]) {
        const to = newUnits[k++ % newUnits.length];
        const position = p.post.leader ? (agency.endsWith('PNV') ? 'Trưởng phòng Văn hóa - Xã hội' : 'Chánh Văn phòng HĐND và UBND') : agency.endsWith('PNV') ? 'Chuyên viên Phòng Văn hóa - Xã hội' : 'Chuyên viên Văn phòng HĐND và UBND';
        await s.transfer(p, to, REFORM_DATE, position);
      }
      await unitSvc.abolishUnit(s.deps, s.ctx, s.units.get(agency)!.id, { date: REFORM_DATE, note: reformNote });
    }
    await unitSvc.abolishUnit(s.deps, s.ctx, district.id, { date: REFORM_DATE, note: reformNote });
  }

  // Demo accounts
  const tx = s.deps.database.db;
  for (const a of DEMO_ACCOUNTS) {
    const id = await insertUser(tx, s.ctx, { username: a.username, fullName: a.fullName, password: DEMO_PASSWORD });
    const unit = (await unitRepo.findByCode(tx, a.unit))!;
    await insertGrant(tx, s.ctx, id, a.role, unit);
  }
  if (opts.adminPassword) {
    const [admin] = await rows<{ id: number; version: number }>(tx, sql`SELECT id, version FROM users WHERE lower(username) = 'admin'`);
    if (admin) await updateUser(s.deps, s.ctx, Number(admin.id), { password: opts.adminPassword, version: admin.version });
  }
  return province;
}

/** One household of a village: the head, a spouse, children, sometimes a parent. */
async function household(s: Seeder, rng: Rng, v: U, d: District, headPost: string | null, urban: boolean): Promise<P[]> {
  const eth: Ethnicity = rng.weighted(d.mix);
  const headSex: Sex = rng.chance(0.78) ? 'nam' : 'nu';
  const work: Post = urban ? rng.pick([nld('Kinh doanh tự do'), { position: 'Công nhân', cat: 'cong_nhan', direct: true }, nld('Lao động tự do', { direct: true })]) : { position: 'Làm nông nghiệp', cat: 'nong_dan', direct: true };
  const headPostFull: Post = headPost ? { position: headPost, cat: 'khac' } : work;
  const familyName = surnameFor(rng, eth);
  const head = await s.person(v, headPostFull, { ethnicity: eth, sex: headSex, surname: headSex === 'nam' ? familyName : undefined, born: ['1958-01-01', '1992-12-31'], cccd: 0.4 });
  const members: { p: P; relation: string }[] = [{ p: head, relation: 'Chủ hộ' }];
  if (rng.chance(0.9)) {
    const spouseSex: Sex = headSex === 'nam' ? 'nu' : 'nam';
    const spouse = await s.person(v, work, { ethnicity: rng.chance(0.85) ? eth : rng.weighted(d.mix), sex: spouseSex, surname: spouseSex === 'nam' ? familyName : undefined, born: ['1960-01-01', '1994-12-31'] });
    members.push({ p: spouse, relation: headSex === 'nam' ? 'Vợ' : 'Chồng' });
  }
  const kids = rng.int(0, 2);
  for (let i = 0; i < kids; i++) {
    const sex: Sex = rng.chance(0.5) ? 'nam' : 'nu';
    const kid = await s.person(v, { position: 'Học sinh', cat: 'khac' }, { ethnicity: eth, sex, surname: familyName, born: ['2008-01-01', '2019-12-31'], cccd: 0 });
    members.push({ p: kid, relation: 'Con' });
  }
  if (rng.chance(0.2)) {
    const sex: Sex = rng.chance(0.6) ? 'nu' : 'nam';
    const elder = await s.person(v, { position: 'Hưu trí', cat: 'khac' }, { ethnicity: eth, sex, surname: headSex === 'nam' && sex === 'nam' ? familyName : undefined, born: ['1938-01-01', '1956-12-31'] });
    members.push({ p: elder, relation: sex === 'nu' ? 'Mẹ' : 'Bố' });
  }
  const seq = ++s.householdSeq;
  const commune = v.code.replace(/-T\d+$/, '');
  const communeName = (s.units.get(commune)?.name ?? '').replace(/^(Xã|Phường|Thị trấn)/, (m) => m.toLowerCase());
  await householdSvc.createHousehold(s.deps, s.ctx, {
    code: `HGD-${v.code}-${String(seq).padStart(4, '0')}`,
    headName: head.fullName,
    headPersonId: head.id,
    address: `Số ${rng.int(1, 220)}, ${v.name}, ${communeName}, ${d.word} ${d.short}, tỉnh ${PROVINCE.short}`,
    thonUnitId: v.id,
    members: members.map((m) => ({ personId: m.p.id, relation: m.relation })),
  });
  return members.map((m) => m.p);
}

/**
 * Loads the demo dataset into a migrated, bootstrapped database. Returns null (and changes nothing)
 * when the demo province already exists. Several instances starting at once load it exactly once.
 */
export async function seedDemo(database: Database, opts: SeedDemoOptions = {}): Promise<DemoSummary | null> {
  const started = Date.now();
  const cfg = opts.cfg ?? loadConfig();
  const result = await database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(72430010)`);
    if (await unitRepo.findByCode(tx, DEMO_PROVINCE_CODE)) return null;
    const rootRow = await unitRepo.findByCode(tx, ROOT_UNIT_CODE);
    if (!rootRow) throw new Error('demo: the root unit is missing; run bootstrap first');
    const root: U = { id: rootRow.id, code: rootRow.code, name: rootRow.name, path: rootRow.path };
    const { ctx, deps } = demoContext(database, tx, cfg, { id: root.id, name: rootRow.name, path: root.path }, 'demo-seed');
    const rng = new Rng(opts.seed ?? DEMO_SEED);
    const seeder = new Seeder(deps, ctx, rng);
    const province = await load(seeder, rng, root, opts);
    const [counts] = await rows<{ units: number; people: number; households: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM units WHERE path <@ ${province.path}::ltree) AS units,
        (SELECT count(*)::int FROM people WHERE unit_path <@ ${province.path}::ltree) AS people,
        (SELECT count(*)::int FROM households WHERE unit_path <@ ${province.path}::ltree) AS households`,
    );
    return { provinceId: province.id, units: counts.units, people: counts.people, households: counts.households, accounts: ['admin', ...DEMO_ACCOUNTS.map((a) => a.username)] };
  });
  await seedDemoRecords(database, { log: opts.log, cfg });
  await seedDemoPlanning(database, { log: opts.log, cfg });
  if (!result) {
    opts.log?.info('demo: the demo dataset is already loaded');
    return null;
  }
  const summary = { ...result, ms: Date.now() - started };
  opts.log?.info(
    `demo: loaded ${PROVINCE.name}: ${summary.units} units, ${summary.people} people, ${summary.households} households, accounts ${summary.accounts.join(', ')} (${summary.ms} ms)`,
  );
  return summary;
}
