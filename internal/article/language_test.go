package article

import (
	"testing"

	"storyline/internal/capture"
)

func TestLanguage(t *testing.T) {
	tests := []struct{ want, text string }{
		{"en", "Foreign and defence ministers from Japan and the United States will hold security talks in Japan on July 28 in an effort to push forward what the president called a historic upgrade in the alliance, officials said on Monday."},
		{"fr", "Les ministres des affaires étrangères des deux pays se sont rencontrés mardi à Genève pour des entretiens consacrés à la sécurité régionale et à la coopération économique, selon un communiqué publié à l'issue de la réunion."},
		{"de", "Die Außenminister beider Länder trafen sich am Dienstag in Genf zu Gesprächen über die regionale Sicherheit und die wirtschaftliche Zusammenarbeit, teilte das Ministerium nach dem Treffen in einer Erklärung mit."},
		{"es", "Los ministros de Asuntos Exteriores de ambos países se reunieron el martes en Ginebra para conversar sobre la seguridad regional y la cooperación económica, según un comunicado publicado tras la reunión."},
		{"nl", "De ministers van Buitenlandse Zaken van beide landen kwamen dinsdag in Genève bijeen voor gesprekken over regionale veiligheid en economische samenwerking, zo staat in een verklaring die na afloop werd gepubliceerd."},
		{"pl", "Ministrowie spraw zagranicznych obu krajów spotkali się we wtorek w Genewie, aby rozmawiać o bezpieczeństwie regionalnym i współpracy gospodarczej, jak podano w komunikacie opublikowanym po spotkaniu."},
		{"ru", "Министры иностранных дел двух стран встретились во вторник в Женеве для переговоров о региональной безопасности и экономическом сотрудничестве, говорится в заявлении, опубликованном после встречи."},
		{"ja", "両国の外相は火曜日にジュネーブで会談し、地域の安全保障と経済協力について協議した。会談後に発表された声明で明らかになった。"},
	}
	for _, tt := range tests {
		if got := languageOf(tt.text); got != tt.want {
			t.Errorf("language(%.30q…) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if !isPlainlyEnglish(tests[0].text) {
		t.Errorf("isPlainlyEnglish misses plain English: %.30q…", tests[0].text)
	}
	// The English shortcut must not take other languages.
	for _, tt := range tests[1:] {
		if isPlainlyEnglish(tt.text) {
			t.Errorf("isPlainlyEnglish(%.30q…) = true", tt.text)
		}
	}
}

func languageOf(s string) string { l, _ := identifyLanguage(s); return l }

// An HTML brief is identified by its body, not by the page's furniture or
// its lang attribute (before, trafilatura's whole-language guess on this
// page was Uyghur).
func TestLanguageOfHTMLBrief(t *testing.T) {
	page := `<!doctype html><html lang="de"><head><title>Kurz gemeldet</title></head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/kontakt">Kontakt und Impressum</a></li></ul></nav>
<article><h1>Biden meets Kishida</h1><p>President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.</p></article>
<footer><p>Alle Rechte vorbehalten. Diese Seite verwendet Cookies, um die Nutzung zu verbessern und Inhalte zu personalisieren.</p></footer>
</body></html>`
	a, err := Extract(capture.Capture{Source: "brief.html", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "en" {
		t.Errorf("language of %q = %q (%.2f), want en", a.Body, a.Language, a.LanguageConfidence)
	}
}

// Too few words to tell is "und", never another language.
func TestLanguageUndetermined(t *testing.T) {
	for _, text := range []string{
		"Scholz, Macron, Meloni",
		"NATO EU UN G7",
	} {
		if got, conf := identifyLanguage(text); got != Undetermined {
			t.Errorf("identifyLanguage(%q) = %q (%.2f), want %q", text, got, conf, Undetermined)
		}
	}
}

// Each rule of the short-text identifier, with lines it must decide and a
// line it must not fire on.
func TestLanguageRules(t *testing.T) {
	tests := []struct {
		rule, want, text string
	}{
		// English words are read with their endings: "postpones",
		// "citing", "scrapped", "widening" come from listed base words.
		{"endings", "en", "Abuja postpones vote, citing threats"},
		{"endings", "en", "Wellington scrapped plan, widening rift"},
		// An ending on a shared word gives a shared word (Catalan "homes").
		{"endings, not", "not en", "Tres homes ferits en un accident a Lleida"},

		// A function word of another language weighs against an English
		// word in the same line (English names in Tagalog, an English
		// loanword in Italian).
		{"foreign function words", "not en", "Pangulong Marcos Dumalo Sa Pulong Ng White House"},
		{"foreign function words", "not en", "Arrestato a Napoli il boss della camorra"},
		// Name particles are not function words of another language.
		{"foreign function words, not", "en", "President Van der Bellen sworn in"},

		// English capitalises titles and the words of institutions' names;
		// they are English words, weighed as shared ones.
		{"capitalised English words", "en", "Iraqi Foreign Minister Fuad Hussein met Blinken in Baghdad"},
		{"capitalised English words", "en", "Defence Secretary John Healey met Umerov in London"},
		// German capitalises its nouns; its function words still decide.
		{"capitalised English words, not", "not en", "Gold und Silber steigen auf ein neues Rekordhoch"},
	}
	for _, tt := range tests {
		got, conf := identifyLanguage(tt.text)
		if (tt.want == "en") != (got == "en") {
			t.Errorf("%s: identifyLanguage(%q) = %q (%.2f), want %s", tt.rule, tt.text, got, conf, tt.want)
		}
	}
}
