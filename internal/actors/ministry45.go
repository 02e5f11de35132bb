package actors

// Twenty-seventh pass (stop 45), accusations written by hand: a ministry
// placed in a capital. Wire copy that has named the country once sends
// its charges through "the foreign ministry in Baku", "the defence
// ministry in Moscow", "the parliament in Kyiv", as it does through "the
// government in Tehran" (stop 41, capitalBodies): a state's ministries and
// parliament sit in its own capital only, unlike its embassies and troops.
// Read as a place, the capital left the charge without its maker.
func init() {
	for _, name := range []string{
		"Foreign Ministry", "Ministry of Foreign Affairs", "Defense Ministry", "Defence Ministry",
		"Ministry of Defense", "Ministry of Defence", "Parliament",
	} {
		capitalBodies[name] = true
	}
}
