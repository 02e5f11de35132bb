-- The merge key no longer ends in "|remote" for calls: a call and a meeting
-- in person are told apart within one group of type and parties, where a
-- report that says neither ("the two presidents spoke") may join either.
-- Reports and events stored under the old keys move to the new ones, and
-- their groups are merged again by the next rebuild.
UPDATE reports SET group_key = substr(group_key, 1, length(group_key) - 7), merged = FALSE
WHERE group_key LIKE '%|remote';
UPDATE events SET group_key = substr(group_key, 1, length(group_key) - 7)
WHERE group_key LIKE '%|remote';
