// Free attributes of actors, ties and projects: a name mapped to text or a number.
// Kept in name order so that every writer emits them deterministically.
// Memory: one pointer when empty (the common case on large networks); otherwise one heap
// vector of (name, value) pairs, sorted by name.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace coopnet {

/// Text stays text exactly as written ("04317" stays "04317"); numbers come only from
/// formats that type them (JSON numbers, GraphML attr.type double/int).
using AttributeValue = std::variant<std::string, double>;

/// An ordered map from attribute name to value with the part of the std::map interface
/// that coopnet uses: find / at / contains / count / operator[] / emplace / try_emplace /
/// insert / insert_or_assign / erase, iteration in name order (entries are
/// `std::pair<std::string, AttributeValue>`, so `const auto& [name, value]` works), size,
/// empty and equality. Names are compared as bytes (std::less<std::string_view>), and
/// lookups take any text without building a std::string. Iterators are read-only (a name
/// must not change in place); change values through operator[] or insert_or_assign.
/// Iterators and references are invalidated by every insertion and erasure.
/// Complexity: lookup O(log n); insertion and erasure O(n) (attributes are few).
class Attributes {
public:
    using key_type = std::string;
    using mapped_type = AttributeValue;
    using value_type = std::pair<std::string, AttributeValue>;
    using size_type = std::size_t;
    using const_iterator = const value_type*;
    using iterator = const_iterator;

    Attributes() noexcept = default;
    /// Like std::map: of repeated names the first one is kept.
    Attributes(std::initializer_list<value_type> entries) {
        for (const value_type& entry : entries) emplace(entry.first, entry.second);
    }
    Attributes(const Attributes& other)
        : entries_(other.empty() ? nullptr : std::make_unique<Entries>(*other.entries_)) {}
    Attributes(Attributes&&) noexcept = default;
    Attributes& operator=(const Attributes& other) {
        if (this != &other) {
            entries_ = other.empty() ? nullptr : std::make_unique<Entries>(*other.entries_);
        }
        return *this;
    }
    Attributes& operator=(Attributes&&) noexcept = default;
    Attributes& operator=(std::initializer_list<value_type> entries) {
        *this = Attributes(entries);
        return *this;
    }
    ~Attributes() = default;

    [[nodiscard]] bool empty() const noexcept { return !entries_ || entries_->empty(); }
    [[nodiscard]] size_type size() const noexcept { return entries_ ? entries_->size() : 0; }
    [[nodiscard]] const_iterator begin() const noexcept {
        return entries_ ? entries_->data() : nullptr;
    }
    [[nodiscard]] const_iterator end() const noexcept {
        return entries_ ? entries_->data() + entries_->size() : nullptr;
    }
    [[nodiscard]] const_iterator cbegin() const noexcept { return begin(); }
    [[nodiscard]] const_iterator cend() const noexcept { return end(); }

    [[nodiscard]] const_iterator find(std::string_view name) const noexcept {
        const_iterator it = lower_bound(name);
        return it != end() && it->first == name ? it : end();
    }
    [[nodiscard]] bool contains(std::string_view name) const noexcept {
        return find(name) != end();
    }
    [[nodiscard]] size_type count(std::string_view name) const noexcept {
        return contains(name) ? 1 : 0;
    }
    /// Throws std::out_of_range when the name is missing (as std::map::at).
    [[nodiscard]] const AttributeValue& at(std::string_view name) const {
        const_iterator it = find(name);
        if (it == end()) throw std::out_of_range("no attribute '" + std::string(name) + "'");
        return it->second;
    }
    [[nodiscard]] AttributeValue& at(std::string_view name) {
        return const_cast<AttributeValue&>(std::as_const(*this).at(name));
    }
    /// The value under `name`, inserted as an empty text first when missing. Unlike
    /// std::map, inserting moves other entries: `a["x"] = a["y"]` may write through a
    /// stale reference; copy the value first (or use insert_or_assign, which does).
    AttributeValue& operator[](std::string_view name) {
        return mutable_value(try_emplace(std::string(name)).first);
    }

    /// Inserts (name, value) unless the name is there; returns where it is and whether it
    /// was inserted.
    template <class Value>
    std::pair<const_iterator, bool> emplace(std::string name, Value&& value) {
        return try_emplace(std::move(name), std::forward<Value>(value));
    }
    template <class... Args>
    std::pair<const_iterator, bool> try_emplace(std::string name, Args&&... args) {
        Entries& entries = ensure();
        auto it = std::lower_bound(entries.begin(), entries.end(), std::string_view(name),
                                   NameLess{});
        if (it != entries.end() && it->first == name) return {&*it, false};
        it = entries.emplace(it, std::piecewise_construct, std::forward_as_tuple(std::move(name)),
                             std::forward_as_tuple(std::forward<Args>(args)...));
        return {&*it, true};
    }
    std::pair<const_iterator, bool> insert(value_type entry) {
        return try_emplace(std::move(entry.first), std::move(entry.second));
    }
    template <class Value>
    std::pair<const_iterator, bool> insert_or_assign(std::string name, Value&& value) {
        // Converted before inserting: `value` may refer to an entry that the insertion moves.
        AttributeValue converted(std::forward<Value>(value));
        auto [it, inserted] = try_emplace(std::move(name));
        mutable_value(it) = std::move(converted);
        return {it, inserted};
    }
    /// Removes the name; returns how many entries went (0 or 1).
    size_type erase(std::string_view name) {
        const_iterator it = find(name);
        if (it == end()) return 0;
        entries_->erase(entries_->begin() + (it - begin()));
        if (entries_->empty()) entries_.reset();
        return 1;
    }
    void clear() noexcept { entries_.reset(); }

    friend bool operator==(const Attributes& a, const Attributes& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    using Entries = std::vector<value_type>;
    struct NameLess {
        bool operator()(const value_type& entry, std::string_view name) const noexcept {
            return std::string_view(entry.first) < name;
        }
    };

    [[nodiscard]] const_iterator lower_bound(std::string_view name) const noexcept {
        return std::lower_bound(begin(), end(), name, NameLess{});
    }
    Entries& ensure() {
        if (!entries_) entries_ = std::make_unique<Entries>();
        return *entries_;
    }
    AttributeValue& mutable_value(const_iterator it) {
        return (*entries_)[static_cast<std::size_t>(it - begin())].second;
    }

    std::unique_ptr<Entries> entries_;
};

/// The value as text: strings unchanged, numbers in shortest round-trip form.
std::string attribute_text(const AttributeValue& value);

}  // namespace coopnet
