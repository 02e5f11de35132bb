package article

import "testing"

func TestDateInAddress(t *testing.T) {
	tests := []struct{ uri, want string }{
		{"https://www.example.com/news/world/2019/12/31/protesters-storm-embassy/", "2019-12-31"},
		{"https://www.example.com/news/2018-05-25-netherlands-and-australia", "2018-05-25"},
		{"https://www.example.com/en/20250508/india-strikes-camps", "2025-05-08"},
		{"https://www.example.com/articles/174801/20250624/iran-launches", "2025-06-24"},
		{"https://www.example.com/2025/03/trump-and-zelensky.html", ""}, // a month only
		{"https://www.example.com/2019/02/30/no-such-day/", ""},
		{"https://www.example.com/2019-12/31/mixed", ""},
		{"https://www.example.com/article/1030195664209145856", ""},
		{"https://www.example.com/?p=20191231", ""}, // not in the path
		{"::not a url", ""},
		{"https://www.example.com/news/2021/3/7/talks-resume-in-vienna", "2021-03-07"},
		{"https://www.example.com/eng/news/2023/11/4/5512/", "2023-11-04"},
		{"https://www.example.com/2020/7/pages/12", ""}, // a month and a page number
	}
	for _, tt := range tests {
		if got := dateInAddress(tt.uri); got != tt.want {
			t.Errorf("dateInAddress(%q) = %q, want %q", tt.uri, got, tt.want)
		}
	}
}
