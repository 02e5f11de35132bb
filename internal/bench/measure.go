package bench

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Figures are the measurements of one stage run.
type Figures struct {
	Stage    string
	Workers  int
	Articles int64 // articles that came out of the stage
	Failed   int64 // inputs or records that failed
	Bytes    int64 // input bytes the stage read (pages, or article bodies)
	Wall     time.Duration
	CPU      time.Duration // user + system time of the process (getrusage)
	MaxRSS   int64         // peak resident set of the process so far, bytes (getrusage)
	HeapPeak uint64        // peak bytes of live and unswept Go heap objects while metered
	// Load is the machine's one-minute load average at the end (Linux):
	// above the core count, other processes took CPU and the wall time
	// overstates the stage's cost; CPU time does not.
	Load float64
	// Notes are extra figures of the stage, printed as key=value.
	Notes []Note
}

// Note is one extra figure.
type Note struct {
	Key   string
	Value string
}

// ArticlesPerSecond is the stage's throughput.
func (f Figures) ArticlesPerSecond() float64 { return float64(f.Articles) / f.Wall.Seconds() }

// MBPerSecond is the stage's input rate in megabytes (10^6) per second.
func (f Figures) MBPerSecond() float64 { return float64(f.Bytes) / 1e6 / f.Wall.Seconds() }

// Print writes the figures as one line of key=value pairs.
func (f Figures) Print(w io.Writer) {
	perArticle := 0.0
	if f.Articles > 0 {
		perArticle = f.CPU.Seconds() * 1e3 / float64(f.Articles)
	}
	fmt.Fprintf(w, "stage=%s workers=%d articles=%d failed=%d MB=%.1f wall_s=%.2f articles/s=%.0f MB/s=%.2f cpu_s=%.2f cpu_ms/article=%.3f maxrss_MB=%.0f heap_peak_MB=%.0f load1=%.1f",
		f.Stage, f.Workers, f.Articles, f.Failed, float64(f.Bytes)/1e6, f.Wall.Seconds(), f.ArticlesPerSecond(), f.MBPerSecond(),
		f.CPU.Seconds(), perArticle, float64(f.MaxRSS)/1e6, float64(f.HeapPeak)/1e6, f.Load)
	for _, n := range f.Notes {
		fmt.Fprintf(w, " %s=%s", n.Key, n.Value)
	}
	fmt.Fprintln(w)
}

// Meter measures wall time, CPU time and memory around work. The heap is
// sampled every few milliseconds from runtime/metrics, which does not stop
// the world; the resident peak comes from the kernel.
type Meter struct {
	mu      sync.Mutex
	running bool
	start   time.Time
	cpu0    time.Duration
	wall    time.Duration
	cpu     time.Duration
	peak    uint64
	stop    chan struct{}
	done    chan struct{}
}

const heapMetric = "/memory/classes/heap/objects:bytes"

// heapSampleEvery is short enough to catch a batch's peak and long enough
// to cost nothing measurable.
const heapSampleEvery = 10 * time.Millisecond

// NewMeter returns a meter that is not running; call Start.
func NewMeter() *Meter { return &Meter{} }

// Start begins (or resumes) a measured section. Sections add up, so a stage
// that prepares its input between sections counts only its own work.
func (m *Meter) Start() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.running {
		return
	}
	m.running = true
	if m.stop == nil {
		m.stop, m.done = make(chan struct{}), make(chan struct{})
		go m.sample()
	}
	m.start = time.Now()
	m.cpu0 = cpuTime()
}

// Pause ends a measured section.
func (m *Meter) Pause() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.running {
		return
	}
	m.running = false
	m.wall += time.Since(m.start)
	m.cpu += cpuTime() - m.cpu0
}

// Stop ends the measurement and fills in f's time and memory figures.
func (m *Meter) Stop(f *Figures) {
	m.Pause()
	if m.stop != nil {
		close(m.stop)
		<-m.done
		m.stop = nil
	}
	f.Wall, f.CPU = m.wall, m.cpu
	f.HeapPeak = max(m.peak, heapNow())
	f.MaxRSS = maxRSS()
	f.Load = loadAverage()
	if f.Workers == 0 {
		f.Workers = runtime.GOMAXPROCS(0)
	}
}

func (m *Meter) sample() {
	defer close(m.done)
	t := time.NewTicker(heapSampleEvery)
	defer t.Stop()
	for {
		select {
		case <-m.stop:
			return
		case <-t.C:
			if h := heapNow(); h > m.peak {
				m.peak = h
			}
		}
	}
}

func heapNow() uint64 {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// loadAverage is the one-minute load average, 0 where /proc has none.
func loadAverage() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	field, _, _ := strings.Cut(string(data), " ")
	v, _ := strconv.ParseFloat(field, 64)
	return v
}

// cpuTime is the user plus system time of the whole process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS is the process's peak resident set in bytes (Linux reports KiB).
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}
