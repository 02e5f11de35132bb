package actors

import "testing"

// TestTableFactsStop39 checks the rows of stop 39: a country's short name
// and honorifics before a minister, parliaments, agencies, armed services,
// armed groups and state companies that news names alone, and office
// holders added to the people tables (former heads of state and government
// included). Each sentence must yield a mention of the country given; the
// last ones must not.
func TestTableFactsStop39(t *testing.T) {
	tests := []countryCase{
		// A short name and an honorific before a minister's name.
		{"Canberra and PNG signed the treaty on Monday.", "2025-10-06", "PNG", true},
		{"Prime Minister Hon. James Marape thanked the donors.", "2023-12-07", "PNG", true},
		{"Officials in KSA said the talks went well.", "2024-03-05", "SAU", true},
		// Parliaments, agencies and forces named alone.
		{"The Supreme People's Assembly adopted the new law.", "2023-09-28", "PRK", true},
		{"The Legislative Yuan passed the budget late on Friday.", "2024-05-24", "TWN", true},
		{"The Majlis voted to suspend cooperation with inspectors.", "2025-06-25", "IRN", true},
		{"OFAC designated three shipping firms on Thursday.", "2024-03-05", "USA", true},
		{"The FCDO summoned the ambassador over the arrests.", "2024-03-05", "GBR", true},
		{"Peshmerga units took up positions near the town.", "2017-10-16", "IRQ", true},
		{"Five RAAF planes have landed with relief supplies.", "2015-03-17", "AUS", true},
		// Armed groups and state companies named alone.
		{"The TPLF said its fighters had withdrawn.", "2021-12-20", "ETH", true},
		{"Gazprom halted flows through the pipeline on Wednesday.", "2022-04-27", "RUS", true},
		// Office holders added to the people tables.
		{"Luis Alberto Castiglioni met his counterpart in Asunción.", "2019-03-01", "PRY", true},
		{"Former President Alan Garcia sought asylum on Saturday.", "2018-11-18", "PER", true},
		{"Fernando Haddad presented the fiscal framework.", "2023-04-18", "BRA", true},
		{"Yolanda Díaz spoke to reporters in Madrid.", "2024-03-05", "ESP", true},
		{"Tony Blair visited the region last week.", "2016-07-06", "GBR", true},
		{"Prime Minister Charlot Salwai thanked Australia for its aid.", "2017-03-01", "VUT", true},
		// Left alone: Germany's Federal Foreign Office is not Britain's
		// Foreign Office, and Iran's "Majlis" is not the Maldives' "People's
		// Majlis".
		{"The Federal Foreign Office in Berlin called it a breach.", "2024-03-05", "GBR", false},
		{"The People's Majlis in Male passed the bill.", "2024-03-05", "IRN", false},
	}
	checkCountryMentions(t, Default(), tests)
}
