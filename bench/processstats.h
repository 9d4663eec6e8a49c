#pragma once

#include <QtGlobal>

// Peak resident memory of this process (Linux /proc), resettable so each corpus size is measured
// on its own within one run.
namespace ProcessStats {

// Peak RSS in bytes since start or the last resetPeak(); 0 when unknown.
qint64 peakRss();
// CPU time of all threads of this process so far, in ms.
double cpuMs();
// Current RSS in bytes; 0 when unknown.
qint64 currentRss();
// Makes the peak start again from the current RSS (Linux >= 4.0); false when not supported.
bool resetPeak();

} // namespace ProcessStats
