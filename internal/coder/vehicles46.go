package coder

// Twenty-eighth pass (stop 46), the reader's pass on groups cl and cm,
// vocabulary: a country's lorries stand for it as its ships, boats and
// airliners do (actorNouns, build.go). A government that threatens to
// seize or confiscate "Lithuanian trucks", or stops "Polish lorries" at
// its border, acts against the country they come from. The words are
// added here, beside the pass that found them, rather than in the
// shared table.
func init() {
	for _, w := range []string{"truck", "trucks", "lorry", "lorries"} {
		actorNouns[w] = true
	}
}
