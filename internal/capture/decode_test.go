package capture

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// News text in the charsets news sites have used, each read back as the
// UTF-8 it was written in. The sentences are short reports of the kind the
// pipeline codes, written for this test.
var encodedNews = []struct {
	name string
	enc  encoding.Encoding
	text string
}{
	{"UTF-16LE with BOM", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
		"The foreign minister met her counterpart in Geneva on Tuesday.\nBoth sides said the talks on the ceasefire would continue next week.\n"},
	{"UTF-16BE with BOM", unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
		"Le président a reçu mercredi à l'Élysée le chancelier allemand.\nLes deux dirigeants ont évoqué la sécurité énergétique de l'Europe.\n"},
	{"Windows-1252", charmap.Windows1252,
		"The minister said: “We will not sign an agreement that costs farmers €200 a year.”\nTalks resume on Monday — the third round since the summit in Brussels.\n"},
	{"Latin-1 (ISO-8859-1)", charmap.ISO8859_1,
		"Der Außenminister traf am Montag in München seinen französischen Amtskollegen.\nÜber die Handelsbeziehungen und die Lage an der Grenze wurde ausführlich gesprochen.\n"},
	{"Latin-1, Spanish", charmap.ISO8859_1,
		"El presidente viajará el próximo jueves a Bogotá para reunirse con su homólogo colombiano.\nAmbos gobiernos firmarán un acuerdo de cooperación en materia de energía y pesca.\n"},
	{"Latin-1, one short line", charmap.ISO8859_1, // ties with ISO-8859-2
		"Le ministre a déclaré qu'il était prêt.\n"},
	{"Shift-JIS", japanese.ShiftJIS,
		"外務大臣は火曜日、東京で韓国の外相と会談し、両国の経済協力について話し合った。\n会談の後、両氏は共同記者会見を開き、来月にも再び会う予定だと述べた。\n"},
	{"GB18030", simplifiedchinese.GB18030,
		"外交部长周二在北京会见了来访的法国外长，双方就贸易和气候变化问题交换了意见。\n两国领导人计划于明年春天举行会晤。\n"},
	{"EUC-KR", korean.EUCKR,
		"외교부 장관은 화요일 서울에서 일본 외무상과 회담을 가졌다.\n양측은 경제 협력과 북한 문제에 대해 논의했으며 다음 달에 다시 만나기로 했다.\n"},
	{"KOI8-R", charmap.KOI8R,
		"Министр иностранных дел во вторник встретился в Москве со своим китайским коллегой.\nСтороны обсудили вопросы торговли, энергетики и безопасности в регионе.\n"},
	{"Windows-1251", charmap.Windows1251,
		"Президент подписал указ о проведении парламентских выборов в следующем году.\nНаблюдатели из соседних стран прибудут в столицу за неделю до голосования.\n"},
}

func encode(t *testing.T, enc encoding.Encoding, text string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatalf("encode test text: %v", err)
	}
	if utf8.Valid(b) {
		t.Fatalf("encoded test text is valid UTF-8: it tests nothing")
	}
	return b
}

// A text file in a legacy charset reads as UTF-8, whatever its name says.
func TestReaderDecodesText(t *testing.T) {
	for _, tc := range encodedNews {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), "page.txt", encode(t, tc.enc, tc.text))
			caps, errs := readAll(t, Open(context.Background(), []string{path}))
			if len(errs) != 0 || len(caps) != 1 {
				t.Fatalf("got %d captures, errors %v", len(caps), errs)
			}
			if got := string(caps[0].Body); got != tc.text {
				t.Errorf("body\n got %q\nwant %q", got, tc.text)
			}
			if caps[0].ContentType != "text/plain; charset=utf-8" {
				t.Errorf("content type %q", caps[0].ContentType)
			}
		})
	}
}

// Text records of an archive are decoded too, by their declared charset
// when they have one (even one the bytes could be mistaken for another),
// else by their bytes; HTML is left to the article stage.
func TestWARCDecodesText(t *testing.T) {
	ru := "Стороны обсудили вопросы торговли."
	koi8 := string(encode(t, charmap.KOI8R, ru))
	cp1251 := string(encode(t, charmap.Windows1251, encodedNews[10].text))
	html := "<html><head><meta charset=\"windows-1251\"></head><body><p>" + cp1251 + "</p></body></html>"
	archive := warcRecord("conversion", "http://a.example/1", "text/plain; charset=koi8-r", koi8) +
		warcRecord("conversion", "http://a.example/2", "text/plain", cp1251) +
		warcRecord("resource", "http://a.example/3", "text/html", html)
	caps, errs := readAll(t, OpenReader(context.Background(), "a.warc", strings.NewReader(archive)))
	if len(errs) != 0 || len(caps) != 3 {
		t.Fatalf("got %d captures, errors %v", len(caps), errs)
	}
	if string(caps[0].Body) != ru || string(caps[1].Body) != encodedNews[10].text {
		t.Errorf("decoded records: %q, %q", caps[0].Body, caps[1].Body)
	}
	if string(caps[2].Body) != html || caps[2].ContentType != "text/html" {
		t.Errorf("HTML record changed: %q (%s)", caps[2].Body, caps[2].ContentType)
	}
}

// Only what is not text at all is refused; UTF-8 passes untouched.
func TestDecodeTextRefusesOnlyBinary(t *testing.T) {
	utf := []byte("Plain UTF-8 news: the prime minister’s visit to Zürich.\n")
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), ErrBinary},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), ErrBinary},
		{"zero bytes without a BOM", append([]byte("abc\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 3}, 100)...), ErrBinary},
		{"control bytes", bytes.Repeat([]byte{0x01, 0x02, 0x03, 0x04, 0x05, 'a'}, 200), ErrBinary},
		{"UTF-8", utf, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), "page.txt", tc.data)
			caps, errs := readAll(t, Open(context.Background(), []string{path}))
			if tc.want != nil {
				if len(errs) != 1 || !errors.Is(errs[0], tc.want) || errs[0].Source != path {
					t.Errorf("errors %v, captures %d: want %v naming %s", errs, len(caps), tc.want, path)
				}
				return
			}
			if len(errs) != 0 || len(caps) != 1 || !bytes.Equal(caps[0].Body, tc.data) || caps[0].ContentType != "text/plain" {
				t.Errorf("UTF-8 text changed: %v %v", caps, errs)
			}
		})
	}
}

// FuzzDecodeText: whatever the bytes, decoding gives valid UTF-8 or an
// error, and valid UTF-8 comes back as it went in.
func FuzzDecodeText(f *testing.F) {
	for _, tc := range encodedNews {
		b, _ := tc.enc.NewEncoder().Bytes([]byte(tc.text))
		f.Add(b)
	}
	f.Add([]byte("plain ascii"))
	f.Add([]byte{0xff, 0xfe, 'a'})
	f.Add([]byte{0xfe, 0xff, 0xd8, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		out, ct, err := decodeText("text/plain", data)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("decoded %q to invalid UTF-8 %q", data, out)
		}
		if utf8.Valid(data) && (!bytes.Equal(out, data) || ct != "text/plain") {
			t.Fatalf("valid UTF-8 %q changed to %q (%s)", data, out, ct)
		}
	})
}
