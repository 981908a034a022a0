-- Units in path order: a page of a subtree listing is read from the btree without sorting the
-- whole subtree (see units/repo.ts `where`).
CREATE INDEX IF NOT EXISTS units_path_btree ON units USING btree (path);
