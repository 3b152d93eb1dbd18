#include "analysis/options.hpp"

#include <thread>

namespace coopnet {

std::size_t resolve_thread_count(std::size_t requested) {
    if (requested > 0) return requested;
    const unsigned hardware = std::thread::hardware_concurrency();
    return hardware == 0 ? 1 : hardware;
}

}  // namespace coopnet
