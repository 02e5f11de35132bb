package actors

import (
	"fmt"
	"strconv"
)

// Coordinates say where a place or the middle of a country lies.
type Coordinates struct {
	Lat, Lon float64
	// GeoNamesID is the place's GeoNames id; 0 for the middle of a country.
	GeoNamesID int64
}

type whereKey struct{ name, country string }

// Locate returns where the place named name in country lies: the place of
// the gazetteer by that canonical name (as Mentions gives it), or, for a
// country named by its own name, the middle of the country. A region or a
// place the gazetteer does not know has none: the middle of its country
// would claim a precision the text does not give.
func (c *Catalog) Locate(name, country string) (Coordinates, bool) {
	c.mu.Lock()
	where := c.where
	c.mu.Unlock()
	if p, ok := where[whereKey{name, country}]; ok {
		return p, true
	}
	if ci, ok := c.Country(country); !ok || ci.Name != name {
		return Coordinates{}, false
	}
	p, ok := where[whereKey{"", country}]
	return p, ok
}

// addWhere reads a row of the gazetteer: geonames_id, name, country, lat,
// lon. An empty name is the middle of the country itself.
func (c *Catalog) addWhere(f []string) error {
	var p Coordinates
	var err error
	if f[0] != "" {
		if p.GeoNamesID, err = strconv.ParseInt(f[0], 10, 64); err != nil || p.GeoNamesID <= 0 {
			return fmt.Errorf("geonames_id %q is not a positive number", f[0])
		}
	}
	if f[2] != "" && !validCode(f[2]) {
		return fmt.Errorf("country %q is not an ISO alpha-3 code", f[2])
	}
	if f[1] == "" && f[2] == "" {
		return fmt.Errorf("neither name nor country")
	}
	if p.Lat, err = strconv.ParseFloat(f[3], 64); err != nil || p.Lat < -90 || p.Lat > 90 {
		return fmt.Errorf("lat %q is not a latitude", f[3])
	}
	if p.Lon, err = strconv.ParseFloat(f[4], 64); err != nil || p.Lon < -180 || p.Lon > 180 {
		return fmt.Errorf("lon %q is not a longitude", f[4])
	}
	if c.where == nil {
		c.where = map[whereKey]Coordinates{}
	}
	c.where[whereKey{f[1], f[2]}] = p
	return nil
}
