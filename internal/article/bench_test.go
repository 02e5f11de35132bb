package article

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"storyline/internal/capture"
)

// loadCaptures reads the golden inputs of one kind for benchmarks.
func loadCaptures(b *testing.B, pattern, contentType string) ([]capture.Capture, int64) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(repoTestdata, pattern))
	var caps []capture.Capture
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if filepath.Ext(f) == ".gz" {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				b.Fatal(err)
			}
		}
		caps = append(caps, capture.Capture{Source: f, ContentType: contentType, Body: data})
		size += int64(len(data))
	}
	if len(caps) == 0 {
		b.Skipf("no inputs match %s", pattern)
	}
	return caps, size
}

// BenchmarkExtractHTML measures HTML pages per second on one core.
func BenchmarkExtractHTML(b *testing.B) {
	caps, size := loadCaptures(b, "extract/input/*.htm*", "text/html")
	b.SetBytes(size / int64(len(caps)))
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Extract(caps[i%len(caps)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(i)/(cpuTime()-cpu0).Seconds(), "pages/cpu-s")
}

// BenchmarkExtractText measures text captures (MB/s) on one core.
func BenchmarkExtractText(b *testing.B) {
	caps, size := loadCaptures(b, "seeds/*.txt", "text/plain")
	b.SetBytes(size)
	cpu0 := cpuTime()
	for b.Loop() {
		for _, c := range caps {
			if _, err := Extract(c); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/(cpuTime()-cpu0).Seconds(), "MB/cpu-s")
}

// cpuTime is the process's user+system time: on a shared, loaded machine
// per-CPU-second figures are steadier than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
