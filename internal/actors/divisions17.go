package actors

// divisionNames are the capitalised nouns a province, state or region is
// named with after its own name: "Sokoto State", "Rakhine State",
// "Kharkiv Oblast", "Idlib Governorate". Unlike "Washington Post" or
// "Georgia Tech" they name the place itself, not a paper or a body of it.
var divisionNames = map[string]bool{
	"state": true, "province": true, "region": true, "oblast": true, "governorate": true,
	"prefecture": true, "district": true, "krai": true,
}

// divisionAfter reports a place named with its division noun after it
// ("airstrikes on camps in Sokoto State"): the place is mentioned, though a
// capitalised word the tables do not know follows it. A capital or a seat
// of government is left to partOfName: "Washington State" is a state of
// its own, not the US government.
func (s *scan) divisionAfter(i, end int, p place) bool {
	if p.kind == "capital" || p.kind == "seat" || end >= len(s.toks) || s.toks[end].lineStart {
		return false
	}
	return divisionNames[s.key(end)] && !s.givenBefore(i, end) // "Michael Jordan" stays a name
}
