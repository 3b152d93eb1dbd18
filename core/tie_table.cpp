#include "core/tie_table.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

#include "core/detail/huge_pages.hpp"

namespace coopnet {

namespace {

// Makes room for one more entry in a column that runs beside `ends` (capacity `capacity`),
// so that the push_backs after it cannot throw and the columns stay the same length.
template <class T>
void reserve_beside(std::vector<T>& column, std::size_t capacity) {
    if (column.capacity() < capacity) column.reserve(capacity);
}

bool has_details(const Tie& tie) {
    return !tie.kind.empty() || tie.period.since || tie.period.until || !tie.attributes.empty();
}

}  // namespace

TieTable::TieTable(std::vector<Tie> ties) {
    reserve(ties.size());
    for (Tie& tie : ties) push_back(std::move(tie));
}

TieTable::TieTable(std::initializer_list<Tie> ties) {
    reserve(ties.size());
    for (const Tie& tie : ties) push_back(tie);
}

void TieTable::reserve(std::size_t count) { detail::reserve_with_huge_pages(ends_, count); }

TieRef TieTable::operator[](std::size_t i) const {
    static const Details kEmpty{};
    const Details& details =
        details_of_.empty() || details_of_[i] == kNoDetails ? kEmpty : details_[details_of_[i] - 1];
    return TieRef{ends_[i].source, ends_[i].target, weight(i),
                  details.kind,    details.period,  details.attributes};
}

std::vector<Tie> TieTable::to_vector() const {
    std::vector<Tie> ties;
    ties.reserve(size());
    for (const TieRef& tie : *this) ties.push_back(tie.to_tie());
    return ties;
}

void TieTable::push_back(const Tie& tie) { push_back(Tie(tie)); }

void TieTable::push_back(const TieRef& tie) { push_back(tie.to_tie()); }

void TieTable::push_back(NodeId source, NodeId target, double weight) {
    push_back(Tie{source, target, weight, {}, {}, {}});
}

void TieTable::push_back(Tie&& tie) {
    const bool details = has_details(tie);
    const bool store_weight = !weights_.empty() || tie.weight != 1.0;
    const bool store_details = !details_of_.empty() || details;
    // Every step that can throw comes before the first column grows; a column that starts
    // here starts filled for the ties before (weight 1, no details).
    if (store_weight && weights_.empty()) weights_.assign(ends_.size(), 1.0);
    if (store_details && details_of_.empty()) details_of_.assign(ends_.size(), kNoDetails);
    if (ends_.size() == ends_.capacity())
        ends_.reserve(std::max<std::size_t>(16, 2 * ends_.size()));
    if (store_weight) reserve_beside(weights_, ends_.capacity());
    if (store_details) reserve_beside(details_of_, ends_.capacity());
    if (details) {
        if (details_.size() >= std::numeric_limits<std::uint32_t>::max() - 1) {
            throw std::length_error("more than 4 294 967 293 ties with kind, period or attributes");
        }
        details_.push_back(Details{std::move(tie.kind), tie.period, std::move(tie.attributes)});
    }
    ends_.push_back({tie.source, tie.target});
    if (store_weight) weights_.push_back(tie.weight);
    if (store_details) {
        details_of_.push_back(details ? static_cast<std::uint32_t>(details_.size()) : kNoDetails);
    }
}

void TieTable::pop_back() {
    if (!details_of_.empty()) {
        if (details_of_.back() != kNoDetails) details_.pop_back();
        details_of_.pop_back();
    }
    if (!weights_.empty()) weights_.pop_back();
    ends_.pop_back();
}

void TieTable::shrink_to_fit() {
    ends_.shrink_to_fit();
    weights_.shrink_to_fit();
    details_of_.shrink_to_fit();
    details_.shrink_to_fit();
}

std::size_t TieTable::memory_bytes() const noexcept {
    return ends_.capacity() * sizeof(Ends) + weights_.capacity() * sizeof(double) +
           details_of_.capacity() * sizeof(std::uint32_t) + details_.capacity() * sizeof(Details);
}

bool operator==(const TieTable& a, const TieTable& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i])) return false;
    }
    return true;
}

}  // namespace coopnet
