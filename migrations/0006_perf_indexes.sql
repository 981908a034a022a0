-- Scoped search in one index scan: the unit subtree (ltree) and the words (trigrams) together
-- (bench/NOTES.md §1). The GIN indexes stay for searches without a scope (national administrators).
CREATE INDEX IF NOT EXISTS people_scope_search_gist ON people USING gist (unit_path, search_text gist_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS households_scope_search_gist ON households USING gist (unit_path, search_text gist_trgm_ops);
--> statement-breakpoint
-- The chain trigger's cached plan must be the backward scan of the primary key, whatever the size
-- of the log when the plan was made; otherwise every audit row reads the whole log (bench/NOTES.md §3).
ALTER FUNCTION tdkt_audit_chain() SET enable_seqscan = off;
