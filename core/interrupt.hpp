// Cooperative interruption of long work (Ctrl-C). The CLI installs a signal handler that
// only sets a flag; the analysis kernels poll the flag between units of work (a batch of
// sources, an iteration) and stop with Interrupted, which unwinds through the atomic
// writers (io/atomic_file.hpp) so that no partial output is left behind.
#pragma once

#include "core/error.hpp"

namespace coopnet {

/// Thrown when the user interrupted the work (SIGINT or SIGTERM); the CLI exits with 130.
class Interrupted : public Error {
public:
    Interrupted() : Error("interrupted; no output was written") {}
};

/// Sets the flag (async-signal-safe: a lock-free atomic store).
void request_interrupt() noexcept;

/// Clears the flag (for tests and long-lived hosts).
void clear_interrupt() noexcept;

/// True once an interrupt was requested.
[[nodiscard]] bool interrupt_requested() noexcept;

/// Throws Interrupted when an interrupt was requested.
void throw_if_interrupted();

/// Routes SIGINT and SIGTERM to request_interrupt(). The first signal asks the work to
/// stop at the next check and says so on stderr; a second SIGINT ends the process at
/// once (the default action), for work that cannot be interrupted (a Graphviz layout).
void install_interrupt_handler();

}  // namespace coopnet
