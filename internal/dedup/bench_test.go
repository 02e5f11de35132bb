package dedup

import (
	"fmt"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the processor time the process has used, all threads: unlike
// wall time, it does not grow when other programs load the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportRate reports articles per second of wall time and per second of
// processor time.
func reportRate(b *testing.B, n int, cpuStart time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpuStart; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
}

// benchBodies returns the originals and copies of the labelled set: real
// news bodies of real lengths.
func benchBodies(b *testing.B) []string {
	b.Helper()
	var bodies []string
	for _, r := range readLabelled(b) {
		if r.Set == "copies" {
			bodies = append(bodies, r.Body)
		}
	}
	return bodies
}

func BenchmarkSign(b *testing.B) {
	bodies := benchBodies(b)
	size := 0
	for _, s := range bodies {
		size += len(s)
	}
	b.SetBytes(int64(size / len(bodies)))
	i := 0
	cpu := cpuTime()
	for b.Loop() {
		Sign(bodies[i%len(bodies)])
		i++
	}
	reportRate(b, i, cpu)
}

// BenchmarkAddSigned measures lookup and insertion into an index that
// already holds 100,000 articles.
func BenchmarkAddSigned(b *testing.B) {
	const prefill = 100_000
	sigs := synthetic(prefill+10_000, 7)
	ix := NewIndex(Options{})
	for i, s := range sigs[:prefill] {
		ix.AddSigned(fmt.Sprint(i), s)
	}
	ids := make([]string, len(sigs))
	for i := range ids {
		ids[i] = fmt.Sprint("new/", i)
	}
	i := 0
	cpu := cpuTime()
	for b.Loop() {
		j := prefill + i%(len(sigs)-prefill)
		ix.AddSigned(ids[j], sigs[j])
		i++
	}
	reportRate(b, i, cpu)
}

// BenchmarkSignAndAdd is the whole path for one article on one core.
func BenchmarkSignAndAdd(b *testing.B) {
	bodies := benchBodies(b)
	ids := make([]string, len(bodies))
	for i := range ids {
		ids[i] = fmt.Sprint("article/", i)
	}
	ix := NewIndex(Options{})
	i := 0
	cpu := cpuTime()
	for b.Loop() {
		k := i % len(bodies)
		ix.Add(ids[k], bodies[k])
		i++
	}
	reportRate(b, i, cpu)
}
