// Runs a piece of work in a child process, for the code coopnet cannot make fail cleanly:
// Graphviz and the libraries under it (cgraph, gvc, Pango, Cairo, GLib). When they run out
// of memory they dereference the null pointer malloc returned (SIGSEGV), abort (GLib's
// g_error: SIGTRAP) or call exit(1) (gvc's writer); none of that can be caught in-process,
// and it would end coopnet without a word and with its temporary files left behind. In a
// forked child such a death is only the child's: the parent sees it with waitpid and
// reports it as an error, and unwinds normally. Internal to viz (not a public header).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace coopnet::detail {

/// The child of run_isolated died: killed by a signal, or ended by exit() without its
/// result. Unlike an OutputError that Graphviz reports (a layout it refused), a death says
/// nothing about the picture and much about the machine (most often memory ran out), so
/// a caller that goes on without a picture when Graphviz refuses must not go on after it.
class ChildDied : public OutputError {
public:
    using OutputError::OutputError;
};

/// Runs `work` in a forked child process and returns the bytes it returned.
///
/// The child sends back either `work`'s bytes or the exception it threw, over a pipe, and
/// ends with _exit (it never returns into the caller's code, runs no destructor of the
/// parent's objects and flushes none of its buffers). The parent rethrows the child's
/// exception as the same class with the same message: InvalidArgument, Interrupted,
/// OutputError, std::bad_alloc (out of memory); any other std::exception as OutputError.
/// A child that dies by a signal or exits by itself becomes
/// `ChildDied(failure + " (killed by signal 11: Segmentation fault)")` or
/// `ChildDied(failure + " (exited with status 1)")`.
///
/// Interrupts (core/interrupt.hpp): the child takes SIGINT and SIGTERM with their default
/// action, so Ctrl-C, which reaches the whole foreground process group, ends a layout at
/// once; the parent, whose handler set the flag, then throws Interrupted. An interrupt of
/// the parent alone (SIGTERM to its pid) kills the child too.
///
/// Only a single-threaded process may fork safely (another thread may hold a lock, e.g.
/// malloc's, that the child would find locked forever). When other threads are running,
/// `work` runs in this process instead, unprotected.
///
/// @param work what to do; its captures are the parent's memory, copied into the child.
/// @param failure the beginning of the message for a child that dies, e.g. "Graphviz
///   failed while drawing the map".
/// @throws what `work` threw, as above; ChildDied when the child dies; OutputError when no
///   process or pipe can be made; Interrupted when an interrupt was requested before or during it.
std::string run_isolated(const std::function<std::string()>& work, std::string_view failure);

}  // namespace coopnet::detail
