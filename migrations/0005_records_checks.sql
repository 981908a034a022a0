-- Codes and periods of the records the eligibility engine reads (shared/domain/codes.md).
ALTER TABLE ratings ADD CONSTRAINT ratings_subject_ck CHECK (num_nonnulls(person_id, unit_id) = 1);
--> statement-breakpoint
ALTER TABLE ratings ADD CONSTRAINT ratings_rating_ck CHECK (rating IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'));
--> statement-breakpoint
ALTER TABLE ratings ADD CONSTRAINT ratings_year_ck CHECK (year BETWEEN 1945 AND 2100);
--> statement-breakpoint
ALTER TABLE initiatives ADD CONSTRAINT initiatives_scope_ck CHECK (scope IN ('co_so', 'tinh', 'toan_quoc'));
--> statement-breakpoint
ALTER TABLE initiatives ADD CONSTRAINT initiatives_year_ck CHECK (year BETWEEN 1945 AND 2100);
--> statement-breakpoint
ALTER TABLE initiatives ADD CONSTRAINT initiatives_authors_ck CHECK (jsonb_typeof(authors) = 'array');
--> statement-breakpoint
ALTER TABLE initiatives ADD CONSTRAINT initiatives_used_for_ck CHECK ((used_for_award IS NULL) = (used_for_year IS NULL));
--> statement-breakpoint
ALTER TABLE research_projects ADD CONSTRAINT research_scope_ck CHECK (scope IN ('co_so', 'tinh', 'toan_quoc'));
--> statement-breakpoint
ALTER TABLE research_projects ADD CONSTRAINT research_year_ck CHECK (year BETWEEN 1945 AND 2100);
--> statement-breakpoint
ALTER TABLE research_projects ADD CONSTRAINT research_authors_ck CHECK (jsonb_typeof(authors) = 'array');
--> statement-breakpoint
ALTER TABLE discipline_records ADD CONSTRAINT discipline_level_ck CHECK (level IN ('khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'));
--> statement-breakpoint
ALTER TABLE discipline_records ADD CONSTRAINT discipline_period_ck CHECK (to_date IS NULL OR to_date >= from_date);
--> statement-breakpoint
ALTER TABLE pending_matters ADD CONSTRAINT pending_subject_ck CHECK (num_nonnulls(person_id, unit_id) = 1);
--> statement-breakpoint
ALTER TABLE pending_matters ADD CONSTRAINT pending_kind_ck CHECK (kind IN ('ky_luat', 'dieu_tra', 'thanh_tra', 'khieu_nai'));
--> statement-breakpoint
ALTER TABLE pending_matters ADD CONSTRAINT pending_period_ck CHECK (closed_on IS NULL OR closed_on >= opened_on);
--> statement-breakpoint
ALTER TABLE award_entries ADD CONSTRAINT award_entries_subject_ck CHECK (num_nonnulls(person_id, unit_id, household_id) = 1);
--> statement-breakpoint
ALTER TABLE award_entries ADD CONSTRAINT award_entries_source_ck CHECK (source IN ('import', 'decision'));
--> statement-breakpoint
ALTER TABLE award_entries ADD CONSTRAINT award_entries_year_ck CHECK (year BETWEEN 1945 AND 2100);
--> statement-breakpoint
-- A record belongs where its subject is: when a person is transferred, or a unit or household
-- moves with its subtree (merger), the records follow in the same statement's transaction.
-- Statement-level triggers with transition tables: a subtree move of many rows costs one join.
CREATE FUNCTION tdkt_records_follow_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ratings r SET unit_path = n.unit_path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.unit_path <> o.unit_path AND r.person_id = n.id;
  UPDATE discipline_records r SET unit_path = n.unit_path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.unit_path <> o.unit_path AND r.person_id = n.id;
  UPDATE pending_matters r SET unit_path = n.unit_path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.unit_path <> o.unit_path AND r.person_id = n.id;
  UPDATE award_entries r SET unit_path = n.unit_path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.unit_path <> o.unit_path AND r.person_id = n.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_records_follow AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tdkt_records_follow_people();
--> statement-breakpoint
CREATE FUNCTION tdkt_records_follow_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ratings r SET unit_path = n.path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.path <> o.path AND r.unit_id = n.id AND r.person_id IS NULL;
  UPDATE pending_matters r SET unit_path = n.path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.path <> o.path AND r.unit_id = n.id AND r.person_id IS NULL;
  UPDATE award_entries r SET unit_path = n.path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.path <> o.path AND r.unit_id = n.id;
  UPDATE initiatives r SET unit_path = n.path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.path <> o.path AND r.unit_id = n.id;
  UPDATE research_projects r SET unit_path = n.path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.path <> o.path AND r.unit_id = n.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER units_records_follow AFTER UPDATE ON units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tdkt_records_follow_units();
--> statement-breakpoint
CREATE FUNCTION tdkt_records_follow_households() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE award_entries r SET unit_path = n.unit_path, root_id = n.root_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.unit_path <> o.unit_path AND r.household_id = n.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER households_records_follow AFTER UPDATE ON households REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tdkt_records_follow_households();
