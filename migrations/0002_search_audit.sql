-- Diacritic- and case-insensitive search columns with trigram indexes ("nguyen van a" finds "Nguyễn Văn A").
ALTER TABLE units ADD COLUMN search_text text GENERATED ALWAYS AS (tdkt_fold(code || ' ' || name)) STORED;
--> statement-breakpoint
CREATE INDEX units_search_trgm ON units USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE people ADD COLUMN search_text text GENERATED ALWAYS AS (tdkt_fold(full_name)) STORED;
--> statement-breakpoint
CREATE INDEX people_search_trgm ON people USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE households ADD COLUMN search_text text GENERATED ALWAYS AS (tdkt_fold(code || ' ' || head_name || ' ' || coalesce(address, ''))) STORED;
--> statement-breakpoint
CREATE INDEX households_search_trgm ON households USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE units ADD CONSTRAINT units_level_ck CHECK (level IN ('trung_uong','tinh','huyen','xa','don_vi','thon'));
--> statement-breakpoint
ALTER TABLE people ADD CONSTRAINT people_gender_ck CHECK (gender IN ('nam','nu'));
--> statement-breakpoint
ALTER TABLE people ADD CONSTRAINT people_citizen_id_ck CHECK (citizen_id IS NULL OR citizen_id ~ '^[0-9]{12}$');
--> statement-breakpoint
ALTER TABLE unit_lineage ADD CONSTRAINT unit_lineage_kind_ck CHECK (kind IN ('merged_into','split_from','renamed','abolished'));
--> statement-breakpoint
-- Audit trail: append-only and hash-chained. The chain is computed here, under a transaction-level
-- advisory lock, so concurrent writers from several instances still form one gap-free chain.
-- `tdkt audit verify` recomputes every hash in the application from the stored text forms.
CREATE OR REPLACE FUNCTION tdkt_audit_payload(r audit_log) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT concat_ws('|',
    r.id::text, r.prev_hash,
    to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    coalesce(r.actor_id::text, ''), coalesce(r.actor_name, ''), r.action, r.entity_type,
    coalesce(r.entity_id, ''), coalesce(r.unit_path::text, ''),
    coalesce(r.before::text, ''), coalesce(r.after::text, ''),
    coalesce(r.request_id, ''), coalesce(r.ip, '')) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tdkt_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(72430001);
  SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
  NEW.id := coalesce(last_id, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.at := date_trunc('milliseconds', coalesce(NEW.at, clock_timestamp()));
  NEW.hash := encode(sha256(convert_to(tdkt_audit_payload(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION tdkt_audit_chain();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tdkt_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION tdkt_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION tdkt_audit_append_only();
--> statement-breakpoint
INSERT INTO unit_kinds (code, name, builtin, sort_order) VALUES
  ('co_quan_hanh_chinh', 'Cơ quan hành chính', true, 10),
  ('don_vi_su_nghiep', 'Đơn vị sự nghiệp công lập', true, 20),
  ('truong_hoc', 'Trường học', true, 30),
  ('doanh_nghiep', 'Doanh nghiệp', true, 40),
  ('hop_tac_xa', 'Hợp tác xã', true, 50),
  ('to_chuc_ct_xh', 'Tổ chức chính trị - xã hội', true, 60),
  ('co_quan_dang', 'Cơ quan Đảng', true, 65),
  ('luc_luong_vu_trang', 'Đơn vị lực lượng vũ trang', true, 70),
  ('tinh_thanh', 'Tỉnh, thành phố trực thuộc Trung ương', true, 5),
  ('huyen_thi', 'Huyện, thị xã, thành phố thuộc tỉnh (trước 1/7/2025)', true, 6),
  ('xa_phuong', 'Xã, phường, đặc khu', true, 7),
  ('thon_to', 'Thôn, tổ dân phố', true, 80),
  ('khac', 'Khác', true, 999)
ON CONFLICT (code) DO NOTHING;
