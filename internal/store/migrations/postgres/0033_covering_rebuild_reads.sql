-- What a rebuild reads, kept in the indexes it reads through: the month
-- and the article of each report not merged yet, and the name and country
-- of each actor's events (actor_counts).
DROP INDEX reports_unmerged;
CREATE INDEX reports_unmerged ON reports (merged, group_key) INCLUDE (month, article_id);
DROP INDEX event_actors_actor;
CREATE INDEX event_actors_actor ON event_actors (actor_id) INCLUDE (name, country, event_id);
