// An immutable text that costs one pointer: empty is a null pointer, anything else is a
// reference-counted block shared by every copy. Made for values that repeat across many
// records, such as tie kinds ("funding" on a thousand ties is stored once when the copies
// come from one another, as NetworkBuilder arranges).
// Memory: 8 bytes per value; a non-empty text adds one block (a count and a std::string).
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace coopnet {

/// Text with value semantics that reads like a `const std::string`: it converts to
/// `const std::string&` and `std::string_view`, compares with any text, and sorts by its
/// characters (never by address). Copies share the characters; they are never changed in
/// place, only replaced. Thread-safe to copy and destroy from several threads.
class SharedString {
public:
    SharedString() noexcept = default;
    SharedString(std::string text) : block_(make(std::move(text))) {}  // NOLINT: implicit
    SharedString(std::string_view text) : block_(make(std::string(text))) {}  // NOLINT
    SharedString(const char* text) : block_(make(std::string(text))) {}  // NOLINT

    SharedString(const SharedString& other) noexcept : block_(other.block_) { retain(); }
    SharedString(SharedString&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
    SharedString& operator=(const SharedString& other) noexcept {
        SharedString copy(other);
        swap(copy);
        return *this;
    }
    SharedString& operator=(SharedString&& other) noexcept {
        SharedString moved(std::move(other));
        swap(moved);
        return *this;
    }
    ~SharedString() { release(); }

    void swap(SharedString& other) noexcept { std::swap(block_, other.block_); }

    /// The text; a reference to one static empty string when empty.
    [[nodiscard]] const std::string& str() const noexcept {
        return block_ != nullptr ? block_->text : empty_string();
    }
    operator const std::string&() const noexcept { return str(); }  // NOLINT: implicit
    operator std::string_view() const noexcept { return str(); }     // NOLINT: implicit

    [[nodiscard]] std::string_view view() const noexcept { return str(); }
    [[nodiscard]] bool empty() const noexcept { return block_ == nullptr; }
    [[nodiscard]] std::size_t size() const noexcept { return str().size(); }
    [[nodiscard]] const char* data() const noexcept { return str().data(); }
    [[nodiscard]] const char* c_str() const noexcept { return str().c_str(); }
    [[nodiscard]] std::string::const_iterator begin() const noexcept { return str().begin(); }
    [[nodiscard]] std::string::const_iterator end() const noexcept { return str().end(); }

    /// Equal characters. One overload per kind of text, so that no comparison needs two
    /// user-defined conversions or has two equally good ones.
    friend bool operator==(const SharedString& a, const SharedString& b) noexcept {
        return a.block_ == b.block_ || a.view() == b.view();
    }
    friend bool operator==(const SharedString& a, std::string_view b) noexcept {
        return a.view() == b;
    }
    friend bool operator==(const SharedString& a, const std::string& b) noexcept {
        return a.view() == std::string_view(b);
    }
    friend bool operator==(const SharedString& a, const char* b) noexcept {
        return a.view() == std::string_view(b);
    }
    /// Order of the characters (as std::string_view compares them).
    friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) noexcept {
        return a.view() <=> b.view();
    }
    friend std::strong_ordering operator<=>(const SharedString& a, std::string_view b) noexcept {
        return a.view() <=> b;
    }
    friend std::strong_ordering operator<=>(const SharedString& a, const std::string& b) noexcept {
        return a.view() <=> std::string_view(b);
    }
    friend std::strong_ordering operator<=>(const SharedString& a, const char* b) noexcept {
        return a.view() <=> std::string_view(b);
    }

    friend std::ostream& operator<<(std::ostream& out, const SharedString& text) {
        return out << text.str();
    }
    friend std::string operator+(const SharedString& a, std::string_view b) {
        std::string joined = a.str();
        joined += b;
        return joined;
    }
    friend std::string operator+(std::string a, const SharedString& b) {
        a += b.str();
        return a;
    }
    friend std::string operator+(const char* a, const SharedString& b) {
        return std::string(a) + b.str();
    }

private:
    struct Block {
        std::atomic<std::size_t> references{1};
        std::string text;
    };

    static Block* make(std::string text) {
        if (text.empty()) return nullptr;
        return new Block{{1}, std::move(text)};
    }
    static const std::string& empty_string() noexcept {
        static const std::string empty;
        return empty;
    }
    void retain() const noexcept {
        if (block_ != nullptr) block_->references.fetch_add(1, std::memory_order_relaxed);
    }
    void release() noexcept {
        if (block_ != nullptr &&
            block_->references.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            delete block_;
        }
        block_ = nullptr;
    }

    Block* block_ = nullptr;
};

}  // namespace coopnet

template <>
struct std::hash<coopnet::SharedString> {
    std::size_t operator()(const coopnet::SharedString& text) const noexcept {
        return std::hash<std::string_view>{}(text.str());
    }
};
