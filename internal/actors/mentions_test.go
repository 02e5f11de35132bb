package actors

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"
)

// testCatalog holds the embedded tables except the people, and the invented
// people of testdata/people.tsv, so the cases do not change when the real
// tables grow.
func testCatalog(t testing.TB) *Catalog {
	t.Helper()
	c := newCatalog()
	files, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded tables: %v", err)
	}
	for _, name := range files {
		f, err := dataFS.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		if errs := c.load(name, f, true); len(errs) > 0 {
			t.Fatalf("embedded table: %v", errs)
		}
		f.Close()
	}
	if err := c.LoadFile("testdata/people.tsv"); err != nil {
		t.Fatal(err)
	}
	return c
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// show prints a mention compactly: text|kind|name|country|title, then
// flags.
func show(m Mention) string {
	s := fmt.Sprintf("%s|%s|%s|%s|%s", m.Text, m.Kind, m.Name, m.Country, m.Title)
	if m.Metonym {
		s += "|metonym"
	}
	if m.Group {
		s += "|group"
	}
	if m.Adjective {
		s += "|adjective"
	}
	if m.Ref >= 0 {
		s += fmt.Sprintf("|ref=%d", m.Ref)
	}
	return s
}

func TestMentions(t *testing.T) {
	c := testCatalog(t)
	tests := []struct {
		name string
		text string
		ref  string
		want []string
	}{
		{"title country name", "U.S. Secretary of State Robert Hale arrived in Seoul on Monday.", "2030-06-01",
			[]string{"U.S. Secretary of State Robert Hale|person|Robert Hale|USA|Secretary of State", "Seoul|place|Seoul|KOR|"}},
		{"adjective title unknown name", "Australian Defence Minister Richard Marles flew to Manila.", "2030-06-01",
			[]string{"Australian Defence Minister Richard Marles|person|Richard Marles|AUS|Defence Minister", "Manila|place|Manila|PHL|"}},
		{"unknown name title default country", "Secretary of State Jane Doe spoke.", "2030-06-01",
			[]string{"Secretary of State Jane Doe|person|Jane Doe|USA|Secretary of State"}},
		{"counterpart", "In Ankara, Hale met his Japanese counterpart Hiroshi Tanabe for U.S. talks.", "2030-06-01",
			[]string{"Ankara|place|Ankara|TUR|", "Hale|person|Robert Hale|USA|Secretary of State", "Japanese counterpart Hiroshi Tanabe|person|Hiroshi Tanabe|JPN|Minister for Foreign Affairs", "U.S.|country|United States|USA|"}},
		{"counterpart without name", "Hale called his Japanese counterpart from America.", "2030-06-01",
			[]string{"Hale|person|Robert Hale|USA|Secretary of State", "Japanese counterpart|person|Hiroshi Tanabe|JPN|Minister for Foreign Affairs", "America|country|United States|USA|"}},
		{"family name first in capitals", "Foreign Minister TANABE Hiroshi held talks.", "2030-06-01",
			[]string{"Foreign Minister TANABE Hiroshi|person|Hiroshi Tanabe|JPN|Foreign Minister"}},
		{"family name first plain", "Tanabe Hiroshi and Sonoda Akira met reporters.", "2030-06-01",
			[]string{"Tanabe Hiroshi|person|Hiroshi Tanabe|JPN|Minister for Foreign Affairs", "Sonoda Akira|person|Akira Sonoda|JPN|Prime Minister"}},
		{"appositive title", "Daniel Kowalski, the Polish deputy foreign minister, said talks went well.", "2030-06-01",
			[]string{"Daniel Kowalski, the Polish deputy foreign minister|person|Daniel Kowalski|POL|Deputy Foreign Minister"}},
		{"a title before the next name is no appositive", "Robert Hale, Spanish Foreign Minister Maria Castellanos and others met.", "2030-06-01",
			[]string{"Robert Hale|person|Robert Hale|USA|Secretary of State", "Spanish Foreign Minister Maria Castellanos|person|Maria Castellanos|ESP|Foreign Minister"}},
		{"a title of another state after a comma is the next person", "In a call with the Japanese prime minister, the Spanish foreign minister praised the deal.", "2030-06-01",
			[]string{"Japanese prime minister|person|Akira Sonoda|JPN|Prime Minister", "Spanish foreign minister|person|Maria Castellanos|ESP|Foreign Minister"}},
		{"appositive remit", "Ellen Park, the U.S. assistant secretary of state for East Asian and Pacific affairs, will travel to Tokyo.", "2030-06-01",
			[]string{"Ellen Park, the U.S. assistant secretary of state for East Asian and Pacific affairs|person|Ellen Park|USA|Assistant Secretary of State", "Tokyo|place|Tokyo|JPN|"}},
		{"short mentions", "Secretary of State Robert Hale landed in Tokyo. The secretary met officials. Hale said more talks would follow.", "2030-06-01",
			[]string{"Secretary of State Robert Hale|person|Robert Hale|USA|Secretary of State", "Tokyo|place|Tokyo|JPN|",
				"The secretary|person|Robert Hale|USA|Secretary of State|ref=0", "Hale|person|Robert Hale|USA|Secretary of State|ref=0"}},
		{"short minister", "Spanish Foreign Minister Maria Castellanos visited Rabat. The minister praised Morocco.", "2030-06-01",
			[]string{"Spanish Foreign Minister Maria Castellanos|person|Maria Castellanos|ESP|Foreign Minister", "Rabat|place|Rabat|MAR|",
				"The minister|person|Maria Castellanos|ESP|Foreign Minister|ref=0", "Morocco|country|Morocco|MAR|"}},
		{"honorific", "Prime Minister Akira Sonoda spoke. Mr. Sonoda said Japan would help.", "2030-06-01",
			[]string{"Prime Minister Akira Sonoda|person|Akira Sonoda|JPN|Prime Minister", "Mr. Sonoda|person|Akira Sonoda|JPN|Prime Minister|ref=0", "Japan|country|Japan|JPN|"}},
		{"title only resolved by date", "Japan's foreign minister will attend.", "2030-06-01",
			[]string{"Japan's foreign minister|person|Hiroshi Tanabe|JPN|Foreign Minister"}},
		{"title only earlier date", "Japan's foreign minister will attend.", "2029-06-01",
			[]string{"Japan's foreign minister|person|Kenji Morita|JPN|Foreign Minister"}},
		{"title only former not resolved", "The former Japanese foreign minister will attend.", "2030-06-01",
			[]string{"former Japanese foreign minister|person||JPN|former Foreign Minister"}},
		{"title only nobody known", "The U.S. defense secretary arrived.", "2030-06-01",
			[]string{"U.S. defense secretary|person||USA|Defense Secretary"}},
		{"title then name after comma", "Japan's foreign minister, Hiroshi Tanabe, said so.", "2030-06-01",
			[]string{"Japan's foreign minister, Hiroshi Tanabe|person|Hiroshi Tanabe|JPN|Foreign Minister"}},
		{"same person other office by date", "Robert Hale said so.", "2028-03-01",
			[]string{"Robert Hale|person|Robert Hale|USA|National Security Adviser"}},
		{"military", "Gen. Thomas Reyes toured the base.", "2030-06-01",
			[]string{"Gen. Thomas Reyes|person|Thomas Reyes|USA|General"}},
		{"ambassador without remit is nobody of the tables", "The Japanese ambassador was summoned.", "2030-06-01",
			[]string{"Japanese ambassador|person||JPN|Ambassador"}},
		{"ambassador with remit", "Japan's ambassador to the United States spoke.", "2030-06-01",
			[]string{"Japan's ambassador to the United States|person|Yuki Arai|JPN|Ambassador to the United States"}},
		{"ambassador to", "U.S. Ambassador to Japan Rahm Emanuel spoke.", "2030-06-01",
			[]string{"U.S. Ambassador to Japan Rahm Emanuel|person|Rahm Emanuel|USA|Ambassador to Japan"}},
		{"a minister is sent to no country", "A visit by the Japanese foreign minister to Kenya ended.", "2030-06-01",
			[]string{"Japanese foreign minister|person|Hiroshi Tanabe|JPN|Foreign Minister", "Kenya|country|Kenya|KEN|"}},
		{"special envoy to", "Japan's special envoy to Kenya arrived.", "2030-06-01",
			[]string{"Japan's special envoy to Kenya|person||JPN|Special Envoy to Kenya"}},
		{"premier family first", "Chinese Premier Li Wenqiang visited Jakarta. Li said trade would grow.", "2030-06-01",
			[]string{"Chinese Premier Li Wenqiang|person|Li Wenqiang|CHN|Premier", "Jakarta|place|Jakarta|IDN|", "Li|person|Li Wenqiang|CHN|Premier|ref=0"}},
		{"organisation officer", "UN Secretary-General Ana Souza visited.", "2030-06-01",
			[]string{"UN Secretary-General Ana Souza|person|Ana Souza||Secretary-General"}},
		{"metonyms coordinated", "Tokyo and Washington announced a pact.", "2030-06-01",
			[]string{"Tokyo|country|Japan|JPN||metonym", "Washington|country|United States|USA||metonym"}},
		{"metonym warns", "Pyongyang warned of consequences, and Beijing has criticised the drills.", "2030-06-01",
			[]string{"Pyongyang|country|North Korea|PRK||metonym", "Beijing|country|China|CHN||metonym"}},
		{"seat of government", "The Kremlin said it would respond.", "2030-06-01",
			[]string{"The Kremlin|country|Russia|RUS||metonym"}},
		{"seat as venue", "They met at the White House.", "2030-06-01",
			[]string{"the White House|place|the White House|USA|"}},
		{"capitals as places", "Talks in Washington and Tokyo follow a visit to Beijing.", "2030-06-01",
			[]string{"Washington|place|Washington|USA|", "Tokyo|place|Tokyo|JPN|", "Beijing|place|Beijing|CHN|"}},
		{"city with country", "Ministers gathered in Liverpool, England, for the meeting.", "2030-06-01",
			[]string{"Liverpool, England|place|Liverpool|GBR|"}},
		{"unknown city with country", "The summit opened in Hakodate, Japan, on Sunday.", "2030-06-01",
			[]string{"Hakodate, Japan|place|Hakodate|JPN|"}},
		{"dateline", "SEOUL, June 3 (Reuters) - South Korea protested.", "2030-06-01",
			[]string{"SEOUL|place|Seoul|KOR|", "South Korea|country|South Korea|KOR|"}},
		{"venue", "The leaders met at Camp David.", "2030-06-01",
			[]string{"Camp David|place|Camp David|USA|"}},
		{"groups", "On the sidelines of the Group of Seven meeting, the Quad and ASEAN met; NATO watched.", "2030-06-01",
			[]string{"Group of Seven|organisation|Group of Seven|||group", "the Quad|organisation|Quad|||group",
				"ASEAN|organisation|Association of Southeast Asian Nations|||group", "NATO|organisation|North Atlantic Treaty Organization||"}},
		{"state forces by name", "IRGC commanders and the Israel Defense Forces traded fire.", "2030-06-01",
			[]string{"IRGC|organisation|Islamic Revolutionary Guard Corps|IRN|", "Israel Defense Forces|organisation|Israel Defense Forces|ISR|"}},
		{"stripped stops", "The U S and India met.", "2030-06-01",
			[]string{"U S|country|United States|USA|", "India|country|India|IND|"}},
		{"g20", "At the G20 summit, G-7 leaders spoke.", "2030-06-01",
			[]string{"G20|organisation|Group of 20|||group", "G-7|organisation|Group of Seven|||group"}},
		{"country forms", "Japanese, U.S., South Korean and British officials met America's allies from the Philippines.", "2030-06-01",
			[]string{"Japanese|country|Japan|JPN|", "U.S.|country|United States|USA|", "South Korean|country|South Korea|KOR|",
				"British officials|organisation|United Kingdom Officials|GBR|", "America|country|United States|USA|", "the Philippines|country|Philippines|PHL|"}},
		{"uk forms", "Britain and the U.K. are one; the UK too.", "2030-06-01",
			[]string{"Britain|country|United Kingdom|GBR|", "U.K.|country|United Kingdom|GBR|", "UK|country|United Kingdom|GBR|"}},
		{"institutions", "Japan's Defense Ministry said the Chinese government and South Korean troops agreed.", "2030-06-01",
			[]string{"Japan's Defense Ministry|organisation|Japan Defense Ministry|JPN|", "Chinese government|organisation|China Government|CHN|",
				"South Korean troops|organisation|South Korea Troops|KOR|"}},
		{"institution with its own country", "The State Department denied it.", "2030-06-01",
			[]string{"State Department|organisation|United States State Department|USA|"}},
		{"person not country", "Fans of Michael Jordan cheered as Chad Smith played.", "2030-06-01",
			[]string{"Michael Jordan|person|Michael Jordan||", "Chad Smith|person|Chad Smith||"}},
		{"publisher not country", "The report was first carried by the Washington Post and by Japan Today.", "2030-06-01", nil},
		{"us state after city", "She was born in Atlanta, Georgia.", "2030-06-01",
			[]string{"Atlanta|place|Atlanta|USA|", "Georgia|place|Georgia|USA|"}},
		{"georgia the country", "Georgia applied to join the EU.", "2030-06-01",
			[]string{"Georgia|country|Georgia|GEO|", "EU|organisation|European Union||"}},
		{"longest match", "Papua New Guinea, Equatorial Guinea and New Mexico.", "2030-06-01",
			[]string{"Papua New Guinea|country|Papua New Guinea|PNG|", "Equatorial Guinea|country|Equatorial Guinea|GNQ|", "New Mexico|place|New Mexico|USA|"}},
		{"token boundaries", "Nigeria and Niger signed.", "2030-06-01",
			[]string{"Nigeria|country|Nigeria|NGA|", "Niger|country|Niger|NER|"}},
		{"seas and regions", "Patrols in the South China Sea and the East China Sea near the Korean Peninsula shape the Indo-Pacific.", "2030-06-01",
			[]string{"South China Sea|place|South China Sea||", "East China Sea|place|East China Sea||", "the Korean Peninsula|place|Korean Peninsula||", "Indo-Pacific|place|Indo-Pacific||"}},
		{"korea alone", "Korea and North Korea and the DPRK.", "2030-06-01",
			[]string{"Korea|country|South Korea|KOR|", "North Korea|country|North Korea|PRK|", "DPRK|country|North Korea|PRK|"}},
		{"lower case words", "us and them; turkey and china plates; the guinea pig.", "2030-06-01", nil},
		{"hyphenated pair", "The U.S.-Japan alliance and Japan-China ties.", "2030-06-01",
			[]string{"U.S.|country|United States|USA|", "Japan|country|Japan|JPN|", "Japan|country|Japan|JPN|", "China|country|China|CHN|"}},
		{"capital as the city", "The festival lights up the center of Amsterdam. Tokyo residents cheered.", "2030-06-01",
			[]string{"Amsterdam|place|Amsterdam|NLD|", "Tokyo|place|Tokyo|JPN|"}},
		{"capital paired with a capital", "Ties with Seoul improved as talks between Tokyo and Canberra resumed.", "2030-06-01",
			[]string{"Seoul|country|South Korea|KOR||metonym", "Tokyo|country|Japan|JPN||metonym", "Canberra|country|Australia|AUS||metonym"}},
		{"possessive capital", "Beijing's response was swift.", "2030-06-01",
			[]string{"Beijing|country|China|CHN||metonym"}},
		{"lower-case title and one unknown word", "Turn up the speaker Audio levels.", "2030-06-01", nil},
		{"headline names nobody", "Defense Minister Considers Review Of Export Rules", "2030-06-01", nil},
		{"headline keeps known people", "Prime Minister Akira Sonoda To Visit Seoul", "2030-06-01",
			[]string{"Prime Minister Akira Sonoda|person|Akira Sonoda|JPN|Prime Minister", "Seoul|place|Seoul|KOR|"}},
		// Two people of one name in two countries stay two people.
		{"same name by country word", "Canadian Governor General Alex Morgan spoke.", "2030-06-01",
			[]string{"Canadian Governor General Alex Morgan|person|Alex Morgan|CAN|Governor General"}},
		{"same name by date now", "Alex Morgan inspected the fleet.", "2030-06-01",
			[]string{"Alex Morgan|person|Alex Morgan|AUS|Chief of the Defence Force"}},
		{"same name by date then", "Alex Morgan opened parliament.", "2025-06-01",
			[]string{"Alex Morgan|person|Alex Morgan|CAN|Governor General"}},
		{"national and international offices one person", "Lena Brandt spoke. Brandt left.", "2030-06-01",
			[]string{"Lena Brandt|person|Lena Brandt||President of the European Commission", "Brandt|person|Lena Brandt||President of the European Commission|ref=0"}},
		{"national office of the same person earlier", "Lena Brandt spoke.", "2027-06-01",
			[]string{"Lena Brandt|person|Lena Brandt|DEU|Defence Minister"}},
		// Offices of international organisations, found through the
		// organisation written before or after the title.
		{"organisation title only", "The NATO Secretary-General warned Moscow.", "2030-06-01",
			[]string{"NATO Secretary-General|person|Piet Jansen||Secretary-General", "Moscow|country|Russia|RUS||metonym"}},
		{"organisation chief", "The UN chief and the NATO chief met.", "2030-06-01",
			[]string{"The UN chief|person|||Chief", "NATO chief|person|Piet Jansen||NATO Secretary-General"}},
		{"organisation office after title", "The President of the European Commission spoke.", "2030-06-01",
			[]string{"President of the European Commission|person|Lena Brandt||President of the European Commission"}},
		{"organisation possessive foreign policy chief", "The EU's foreign policy chief flew in.", "2030-06-01",
			[]string{"EU's foreign policy chief|person|Olga Berg||Foreign Policy Chief"}},
		{"organisation high representative", "EU High Representative Olga Berg spoke.", "2030-06-01",
			[]string{"EU High Representative Olga Berg|person|Olga Berg||High Representative"}},
		{"organisation office before the holder", "The NATO Secretary-General arrived.", "2029-06-01",
			[]string{"NATO Secretary-General|person|||Secretary-General"}},
		{"chief needs an organisation", "The chief executive and Chief Justice Ann Lee spoke.", "2030-06-01", nil},
		{"armed forces minister is defence", "France's armed forces minister and the French defence minister met.", "2030-06-01",
			[]string{"France's armed forces minister|person|Marc Petit|FRA|Armed Forces Minister", "French defence minister|person|Marc Petit|FRA|Defence Minister"}},
		{"defence minister before the renaming", "France's armed forces minister spoke.", "2027-06-01",
			[]string{"France's armed forces minister|person|Claire Roux|FRA|Armed Forces Minister"}},
		// A country or place word that is part of a person's name.
		{"given name before country at sentence start", "Michael Jordan said he would play.", "2030-06-01",
			[]string{"Michael Jordan|person|Michael Jordan||"}},
		{"family name introduced then alone", "Fans met Michael Jordan on Friday. Jordan said he was happy.", "2030-06-01",
			[]string{"Michael Jordan|person|Michael Jordan||", "Jordan|person|Michael Jordan|||ref=0"}},
		{"country alone stays the country", "Jordan said it would reopen the crossing.", "2030-06-01",
			[]string{"Jordan|country|Jordan|JOR|"}},
		{"given name that is a country", "Israel Kamakawiwo'ole sang, and Israel said nothing.", "2030-06-01",
			[]string{"Israel Kamakawiwo'ole|person|Israel Kamakawiwo'ole||", "Israel|country|Israel|ISR|"}},
		{"capital as a family name", "Kevin Washington testified. Washington said he had no comment.", "2030-06-01",
			[]string{"Kevin Washington|person|Kevin Washington||", "Washington|person|Kevin Washington|||ref=0"}},
		{"word before country not a given name", "Will China respond? Imperial Japan fell.", "2030-06-01",
			[]string{"China|country|China|CHN|", "Japan|country|Japan|JPN|"}},
		{"paper not person", "The Jordan Times and Georgia Tech reported it.", "2030-06-01", nil},
		{"country possessive after person named", "Jordan Peterson spoke. Jordan's foreign minister replied.", "2030-06-01",
			[]string{"Jordan Peterson|person|Jordan Peterson||", "Jordan's foreign minister|person||JOR|Foreign Minister"}},
		// A country adjective modifying a noun that is not an actor.
		{"adjective before abstract noun", "Russian aggression worried Chinese planners.", "2030-06-01",
			[]string{"Russian|country|Russia|RUS||adjective", "Chinese|country|China|CHN||adjective"}},
		{"adjective before actor noun", "Chinese warships shadowed the French side.", "2030-06-01",
			[]string{"Chinese|country|China|CHN|", "French|country|France|FRA|"}},
		{"adjective through actor modifiers", "Russian nuclear submarines surfaced; Russian nuclear rhetoric grew.", "2030-06-01",
			[]string{"Russian|country|Russia|RUS|", "Russian|country|Russia|RUS||adjective"}},
		{"adjective institution is an organisation", "Japanese officials praised Japanese cars.", "2030-06-01",
			[]string{"Japanese officials|organisation|Japan Officials|JPN|", "Japanese|country|Japan|JPN||adjective"}},
		{"coordinated adjectives share the noun", "Italian and Spanish wines gained while Italian and Spanish diplomats met.", "2030-06-01",
			[]string{"Italian|country|Italy|ITA||adjective", "Spanish|country|Spain|ESP||adjective", "Italian|country|Italy|ITA|", "Spanish diplomats|organisation|Spain Diplomats|ESP|"}},
		{"adjective with hyphen", "Turkish-made drones and Iranian-backed militias appeared.", "2030-06-01",
			[]string{"Turkish|country|Turkey|TUR||adjective", "Iranian|country|Iran|IRN||adjective"}},
		{"demonym as a noun", "The Dutch said no, Canadians agreed and the Swiss will decide.", "2030-06-01",
			[]string{"Dutch|country|Netherlands|NLD|", "Canadians|country|Canada|CAN|", "Swiss|country|Switzerland|CHE|"}},
		{"people and groups are actors", "Peruvian civilians, Chilean rebels and Bolivian firms; the Peruvian-led forces.", "2030-06-01",
			[]string{"Peruvian civilians|person||PER|civilians", "Chilean|country|Chile|CHL|", "Bolivian|country|Bolivia|BOL|", "Peruvian|country|Peru|PER|"}},
		{"acts and places are modified", "Chile rejected a Peruvian proposal for the Bolivian town of Oruro.", "2030-06-01",
			[]string{"Chile|country|Chile|CHL|", "Peruvian|country|Peru|PER||adjective", "Bolivian|country|Bolivia|BOL||adjective", "Oruro|place|Oruro|BOL|"}},
		{"adjective before a capitalised group", "Syrian Kurds and the Estonian Supreme Court objected.", "2030-06-01",
			[]string{"Syrian|country|Syria|SYR|", "Estonian|country|Estonia|EST|"}},
		{"adjective-led place names are places", "Patrols crossed the English Channel and the Arabian Sea.", "2030-06-01",
			[]string{"English Channel|place|English Channel||", "Arabian Sea|place|Arabian Sea||"}},
		{"country name before a body of its own", "The Malawi Electoral Commission and the Nepal Army met near the Zambia River.", "2030-06-01",
			[]string{"Malawi|country|Malawi|MWI|", "Nepal Army|organisation|Nepal Army|NPL|"}},
		{"currency is not the country", "Aid worth US $5 million and 20 million U.S. dollars arrived.", "2030-06-01", nil},
		{"glued currency prefix is not the country", "Aid worth US$5 million and A$2 million arrived.", "2030-06-01", nil},
		{"country in ordinary case before a dollar sign", "Aid worth Chile $5 million arrived.", "2030-06-01",
			[]string{"Chile|country|Chile|CHL|"}},
		{"acronym in brackets is not a person", "The Riverside Heritage (RH) group met. Later RH said no.", "2030-06-01",
			[]string{"RH|person|Robert Hale|USA|Secretary of State"}},
		{"regnal number is another person", "King Fahad met King Fahad II.", "2030-06-01",
			[]string{"King Fahad|person|Fahad bin Rashid|OMN|King", "King Fahad II|person|Fahad II||King"}},
		{"national movements have countries", "Hamas and Hezbollah rejected it; the Taliban agreed.", "2030-06-01",
			[]string{"Hamas|organisation|Hamas|PSE|", "Hezbollah|organisation|Hezbollah|LBN|", "the Taliban|organisation|Taliban|AFG|"}},
		{"country name is never an adjective", "India trade rose.", "2030-06-01",
			[]string{"India|country|India|IND|"}},
		// A capital: the place where something happens, or the government.
		{"in capital", "Talks were held in Ankara.", "2030-06-01", []string{"Ankara|place|Ankara|TUR|"}},
		{"from capital", "The envoy flew back from Canberra.", "2030-06-01", []string{"Canberra|place|Canberra|AUS|"}},
		{"capital says", "Ankara said it would retaliate.", "2030-06-01", []string{"Ankara|country|Turkey|TUR||metonym"}},
		{"capital with time then verb", "Ankara on Tuesday rejected the offer; Canberra last week agreed.", "2030-06-01",
			[]string{"Ankara|country|Turkey|TUR||metonym", "Canberra|country|Australia|AUS||metonym"}},
		{"capitals paired", "Ankara and Athens signed a pact.", "2030-06-01",
			[]string{"Ankara|country|Turkey|TUR||metonym", "Athens|country|Greece|GRC||metonym"}},
		{"capitals as places paired", "He lives in Ankara and Athens.", "2030-06-01",
			[]string{"Ankara|place|Ankara|TUR|", "Athens|place|Athens|GRC|"}},
		{"capital possessive", "Canberra's decision stung.", "2030-06-01", []string{"Canberra|country|Australia|AUS||metonym"}},
		{"capital then institution", "The Ankara government protested.", "2030-06-01",
			[]string{"Ankara government|organisation|Turkey Government|TUR|"}},
		{"capital embassy is placed", "The Ankara embassy closed.", "2030-06-01", []string{"Ankara|place|Ankara|TUR|"}},
		{"capital object of verb", "The move angered Athens.", "2030-06-01", []string{"Athens|country|Greece|GRC||metonym"}},
		{"capital based is no mention", "An Ankara-based analyst said so.", "2030-06-01", nil},
		{"capital time is the city", "It was noon Ankara time.", "2030-06-01", []string{"Ankara|place|Ankara|TUR|"}},
		{"name does not cross lines", "The Prime Minister\nJohn Fenwick Fan Club", "2030-06-01",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Mentions(tt.text, day(tt.ref))
			var gs []string
			for _, m := range got {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d give %q, text %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
				gs = append(gs, show(m))
			}
			if strings.Join(gs, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Mentions(%q)\n got:\n  %s\nwant:\n  %s", tt.text, strings.Join(gs, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
