// The ties of a network, stored by column so that what most ties lack costs nothing: the
// ends of every tie (8 bytes), the weights only once a tie's weight is not 1 (8 bytes per
// tie from then on), and kind, period and attributes only once a tie has one of them (a
// 4-byte reference per tie from then on, plus one record per tie that has them). A million
// plain ties among integer ids take 8 MB instead of the 48 of a vector of Tie values; a
// network where every tie has a kind and a weight takes 20 bytes per tie plus its records.
// Reading a tie gives a TieRef: the ends and weight by value, the rest by reference to the
// table's record or to a shared empty one. Either way the ties read back exactly as added.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <vector>

#include "core/adjacency.hpp"
#include "core/attributes.hpp"
#include "core/date.hpp"
#include "core/shared_string.hpp"

namespace coopnet {

struct TieRef;

/// One tie as a value: what readers build and make_network takes.
struct Tie {
    NodeId source = 0;
    NodeId target = 0;
    double weight = 1.0;  ///< strength of cooperation, finite and > 0
    SharedString kind;    ///< free text: steering, funding, project, exchange ...
    Period period;
    Attributes attributes;

    [[nodiscard]] bool is_self_tie() const { return source == target; }
    friend bool operator==(const Tie&, const Tie&) = default;
};

/// A tie read from a TieTable (or from a Tie, see Tie::ref): valid while the table is
/// unchanged. `Tie tie = ref.to_tie()` makes an owning copy.
struct TieRef {
    NodeId source;
    NodeId target;
    double weight;
    const SharedString& kind;
    const Period& period;
    const Attributes& attributes;

    TieRef(NodeId source, NodeId target, double weight, const SharedString& kind,
           const Period& period, const Attributes& attributes)
        : source(source),
          target(target),
          weight(weight),
          kind(kind),
          period(period),
          attributes(attributes) {}
    /// A view of `tie` (like std::string_view of a std::string: valid while `tie` lives).
    TieRef(const Tie& tie)  // NOLINT: implicit, so that one function reads both
        : TieRef(tie.source, tie.target, tie.weight, tie.kind, tie.period, tie.attributes) {}

    [[nodiscard]] bool is_self_tie() const { return source == target; }
    [[nodiscard]] Tie to_tie() const {
        return Tie{source, target, weight, kind, period, attributes};
    }
    friend bool operator==(const TieRef& a, const TieRef& b) {
        return a.source == b.source && a.target == b.target && a.weight == b.weight &&
               a.kind == b.kind && a.period == b.period && a.attributes == b.attributes;
    }
};

class TieTable {
public:
    /// Random access over the ties in the order they were added; `*it` is a TieRef.
    class const_iterator {
    public:
        using iterator_concept = std::random_access_iterator_tag;
        using iterator_category = std::input_iterator_tag;  // *it is not a reference
        using value_type = TieRef;
        using reference = TieRef;
        using difference_type = std::ptrdiff_t;

        const_iterator() = default;
        const_iterator(const TieTable* table, std::size_t index) : table_(table), index_(index) {}

        TieRef operator*() const { return (*table_)[index_]; }
        TieRef operator[](difference_type n) const {
            return (*table_)[index_ + static_cast<std::size_t>(n)];
        }
        const_iterator& operator++() { return ++index_, *this; }
        const_iterator operator++(int) { return {table_, index_++}; }
        const_iterator& operator--() { return --index_, *this; }
        const_iterator operator--(int) { return {table_, index_--}; }
        const_iterator& operator+=(difference_type n) {
            index_ += static_cast<std::size_t>(n);
            return *this;
        }
        const_iterator& operator-=(difference_type n) {
            index_ -= static_cast<std::size_t>(n);
            return *this;
        }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
            return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) {
            return a.index_ == b.index_;
        }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) {
            return a.index_ <=> b.index_;
        }

    private:
        const TieTable* table_ = nullptr;
        std::size_t index_ = 0;
    };
    using iterator = const_iterator;

    TieTable() = default;
    TieTable(std::vector<Tie> ties);  // NOLINT: implicit, so make_network takes either
    TieTable(std::initializer_list<Tie> ties);

    [[nodiscard]] std::size_t size() const noexcept { return ends_.size(); }
    [[nodiscard]] bool empty() const noexcept { return ends_.empty(); }
    [[nodiscard]] TieRef operator[](std::size_t i) const;
    [[nodiscard]] TieRef front() const { return (*this)[0]; }
    [[nodiscard]] TieRef back() const { return (*this)[size() - 1]; }
    [[nodiscard]] const_iterator begin() const noexcept { return {this, 0}; }
    [[nodiscard]] const_iterator end() const noexcept { return {this, size()}; }

    [[nodiscard]] NodeId source(std::size_t i) const noexcept { return ends_[i].source; }
    [[nodiscard]] NodeId target(std::size_t i) const noexcept { return ends_[i].target; }
    [[nodiscard]] double weight(std::size_t i) const noexcept {
        return weights_.empty() ? 1.0 : weights_[i];
    }
    /// The ties as values (to change them and build another table).
    [[nodiscard]] std::vector<Tie> to_vector() const;
    /// True when every tie weighs 1 (no weight column is kept).
    [[nodiscard]] bool unit_weights() const noexcept { return weights_.empty(); }

    /// Room for `count` ties' ends without growing again (the other columns grow to the
    /// same capacity once they appear).
    void reserve(std::size_t count);
    void push_back(const Tie& tie);
    void push_back(Tie&& tie);
    void push_back(const TieRef& tie);
    /// A tie without kind, period or attributes.
    void push_back(NodeId source, NodeId target, double weight);
    void pop_back();
    /// Sets the ends of tie i (readers that resolve ids after the tie arrived).
    void set_ends(std::size_t i, NodeId source, NodeId target) noexcept {
        ends_[i] = {source, target};
    }
    /// Gives back unused capacity.
    void shrink_to_fit();

    /// Heap bytes held by the table's columns and records (not the strings the records
    /// share with others).
    [[nodiscard]] std::size_t memory_bytes() const noexcept;

    /// Equal ties in the same order, however they are stored.
    friend bool operator==(const TieTable& a, const TieTable& b);

private:
    struct Ends {
        NodeId source;
        NodeId target;
    };
    struct Details {
        SharedString kind;
        Period period;
        Attributes attributes;
    };
    static constexpr std::uint32_t kNoDetails = 0;

    void push_weight(double weight);
    /// Starts the details column (index kNoDetails for every tie so far) and returns it.
    void push_details(Details details);

    std::vector<Ends> ends_;
    std::vector<double> weights_;            ///< empty while every weight is 1
    std::vector<std::uint32_t> details_of_;  ///< empty while no tie has details; else 1 + index
    std::vector<Details> details_;
};

}  // namespace coopnet
