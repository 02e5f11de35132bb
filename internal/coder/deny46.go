package coder

// Twenty-eighth pass (stop 46), the reader's pass on groups cl and cm,
// vocabulary of denials: a government answering another's charge about
// an incident calls its "account", "version" or "information" untrue as
// often as its "claims" ("said Germany's account was totally inconsistent
// with the facts", "Manila's version of events is false"), and
// "inconsistent with the facts" judges a statement untrue as "false"
// does. The copula and "describe ... as" cues are in cues.tsv (stop-46
// block); the words are added here to the tables of judgedcharge17.go.
func init() {
	for _, w := range []string{"account", "accounts", "version", "information"} {
		judgedChargeNouns[w] = true
	}
	untrueWords["inconsistent"] = true
}
