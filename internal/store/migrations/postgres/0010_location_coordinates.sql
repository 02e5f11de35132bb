-- Where an event's place lies (WGS84 degrees) and its GeoNames id, from the
-- place tables; NULL when they do not say. Events stored before are given
-- them by the next rebuild, as their records change.
ALTER TABLE events ADD COLUMN location_lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN location_lon DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN location_geonames_id BIGINT;
