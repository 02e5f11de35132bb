package article

import "testing"

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
