package main

import (
	"os"
	"syscall"
)

// maxRSS returns the peak resident set size in bytes of the finished process p.
func maxRSS(p *os.ProcessState) int64 {
	if ru, ok := p.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10 // Linux counts kilobytes
	}
	return 0
}
