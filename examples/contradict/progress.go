package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress shows on one updating line of a terminal how far the run has got.
type progress struct {
	w     io.Writer
	on    bool  // false: print error lines only
	total int64 // input bytes; 0 when unknown

	mu    sync.Mutex
	begin time.Time
	docs  int
	bytes int64
	shown bool // a progress line is on screen
	done  chan struct{}
	wg    sync.WaitGroup
}

const progressEvery = 250 * time.Millisecond

func newProgress(w io.Writer, on bool) *progress {
	return &progress{w: w, on: on, begin: time.Now(), done: make(chan struct{})}
}

// start redraws the line every progressEvery until stop.
func (p *progress) start() {
	p.begin = time.Now()
	p.wg.Go(func() {
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case now := <-t.C:
				p.mu.Lock()
				fmt.Fprint(p.w, "\r"+p.line(now)+"\x1b[K")
				p.shown = true
				p.mu.Unlock()
			}
		}
	})
}

// add counts one document of n input bytes done.
func (p *progress) add(n int64) {
	p.mu.Lock()
	p.docs++
	p.bytes += n
	p.mu.Unlock()
}

// println writes s on its own line, above the progress line.
func (p *progress) println(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintln(p.w, s)
}

// stop stops the updates and clears the line.
func (p *progress) stop() {
	if p.on {
		close(p.done)
		p.wg.Wait()
	}
	p.mu.Lock()
	p.clear()
	p.mu.Unlock()
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// line describes the progress at now: "120 documents, 40.0 docs/s, 1.2 MB/s, 35%, 6s left".
func (p *progress) line(now time.Time) string {
	secs := now.Sub(p.begin).Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	rate := float64(p.bytes) / secs
	s := fmt.Sprintf("%d documents, %.1f docs/s, %.1f MB/s", p.docs, float64(p.docs)/secs, rate/1e6)
	if p.total > 0 {
		done := min(p.bytes, p.total)
		s += fmt.Sprintf(", %d%%", done*100/p.total)
		if rate > 0 {
			left := time.Duration(float64(p.total-done) / rate * float64(time.Second))
			s += ", " + left.Round(time.Second).String() + " left"
		}
	}
	return s
}
