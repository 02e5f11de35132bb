package actors

// Tenure returns the class of office ("head of government", "foreign") and
// the holdings in which the person of this name (of country, when several
// bear the name) held that job; "" and nil when the catalog does not know the
// person in that office. A "former" title is no tenure: the person spoke out
// of office.
func (c *Catalog) Tenure(name, country, office string) (string, []Holding) {
	if hasFormer(office) {
		return "", nil
	}
	p, ok := c.personOf(name, country)
	if !ok {
		return "", nil
	}
	ix := c.index()
	class := ix.classOf(office)
	if class == "" {
		return "", nil
	}
	var out []Holding
	for _, h := range c.people[p].holdings {
		if ix.holdingClass[h] == class && sameRemit(office, c.holdings[h].Office) {
			out = append(out, c.holdings[h])
		}
	}
	if len(out) == 0 {
		return "", nil
	}
	return class, out
}

func hasFormer(office string) bool {
	for _, w := range tokenize(office) {
		if w.key == "former" || w.key == "ex" {
			return true
		}
	}
	return false
}
