-- Extensions tdkt relies on; all exist in PGlite and in PostgreSQL 15+ (postgresql-contrib).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS ltree;
--> statement-breakpoint
-- unaccent() is only STABLE (it reads a dictionary); this wrapper pins the dictionary so it can be
-- used in generated columns and indexes. "Đ/đ" folds to "d" through the unaccent rules.
CREATE OR REPLACE FUNCTION tdkt_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
