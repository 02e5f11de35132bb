package merge

import "strings"

// nameGazetteerPlaces gives a report that names a place the gazetteer did
// not resolve ("Jakarta", with no id) the gazetteer place that other
// reports of its group name with the same word in the same country: one
// city's name in one country is that city, whether or not the coder found
// its entry for that sentence. Without it "Jakarta" and the gazetteer's
// Jakarta are two places, and splitByPlace cuts one rally in two. A name
// the group's reports give two gazetteer places ("Georgetown" in two
// entries) is left as it is.
func nameGazetteerPlaces(items []item) {
	type nameIn struct{ country, name string }
	resolved := map[nameIn]string{}
	for _, it := range items {
		l := it.r.Event.Location
		if l == nil || l.GeoNamesID == nil || !strings.HasPrefix(it.place.name, "geonames:") {
			continue
		}
		k := nameIn{it.place.country, strings.ToLower(strings.TrimSpace(l.Name))}
		if got, ok := resolved[k]; ok && got != it.place.name {
			resolved[k] = "" // two gazetteer places of one name: neither
			continue
		}
		resolved[k] = it.place.name
	}
	for i := range items {
		p := items[i].place
		if p.name == "" || p.country == "" || strings.HasPrefix(p.name, "geonames:") {
			continue
		}
		if g := resolved[nameIn{p.country, p.name}]; g != "" {
			items[i].place.name = g
		}
	}
}
