-- The date-order index of event_parties carries the type too, so a country
-- and type filter read in date order through it tests the type in the index
-- instead of reading every row of the country.
DROP INDEX event_parties_order;
CREATE INDEX event_parties_order ON event_parties (parties, date_sort, event_id, type);
