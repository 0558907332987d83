package main

import (
	"os"
	"syscall"
	"time"
)

// maxRSS returns the peak resident set size in bytes of the finished process p.
func maxRSS(p *os.ProcessState) int64 {
	if ru, ok := p.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10 // Linux counts kilobytes
	}
	return 0
}

// cpuTime returns the processor time, user and system, this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
