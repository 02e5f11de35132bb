-- What a rebuild reads, kept in the indexes it reads through, so that it
-- does not read the rows: the month and the article of each report not
-- merged yet (which months of a group to merge again, and whether its
-- article is linked), and the name and country of each actor's events
-- (actor_counts). Both were read from the rows before, one page of a
-- large table per report or actor row.
DROP INDEX reports_unmerged;
CREATE INDEX reports_unmerged ON reports (merged, group_key, month, article_id);
DROP INDEX event_actors_actor;
CREATE INDEX event_actors_actor ON event_actors (actor_id, name, country, event_id);
